"""Rich display for notebooks: article cards, and the page text painted with what ``segment`` made of it.

``Page._repr_html_`` and ``Article._repr_html_`` call into this module, which is imported only when a notebook
asks for HTML, so ``import newsseg`` stays cheap.

The HTML is self-contained: no script, no external asset, and no ``<style>`` element. Every element carries
its look in a ``style`` attribute, so the display survives the sanitisers of notebook viewers that drop
``<style>`` (GitHub's among them) and never restyles the rest of a notebook. Each element also has a
``newsseg-...`` class that says what it is, for tests and for users who want their own CSS. Every piece of
text is escaped with ``html.escape``: page text is data, never markup.

The page view paints the input as printed (``Page.source``): each article's spans in the article's own colour,
titles, bylines, datelines, captions, page credits and leftovers marked, and, in red, any non-white-space text
that no span covers or that two owners claim, so a reader sees at once where a segmentation went wrong.
"""

from __future__ import annotations

import collections
import html
import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from newsseg.model import Article, Page, Span

__all__ = ["article_html", "page_html"]

#: Pale backgrounds for articles, far enough apart to tell neighbours apart; cycled past the twelfth article.
ARTICLE_COLOURS = (
    "#fde2c8",
    "#cde8f6",
    "#d7f0cf",
    "#f6d3e4",
    "#e6dcf5",
    "#fff3b0",
    "#c9efe9",
    "#f3d9c9",
    "#dde6c4",
    "#d6dcf7",
    "#f7d6d0",
    "#e2eedd",
)

#: What each mark means, and how it looks. A mark only outlines or underlines, so the article colour below it
#: still shows whose text it is; credits and leftovers belong to no article and get a background of their own.
ROLES: dict[str, tuple[str, str]] = {
    "title": ("title block (kicker, headline, subtitle)", "font-weight:bold;border-bottom:2px solid #333;"),
    "byline": ("byline", "outline:1px dashed #1f5fa8;"),
    "dateline": ("dateline", "border-bottom:2px dotted #2a7d2a;"),
    "caption": ("photo caption", "font-style:italic;border-bottom:2px solid #b0640a;"),
    "credit": ("page credits", "background:#d9d9ee;outline:1px solid #7777aa;"),
    "leftover": ("leftover (no article)", "background:#e4e4e4;color:#666;"),
    "lost": ("in no span: lost text", "background:#ffc4c4;outline:1px solid #d00;"),
    "clash": ("in two spans: claimed twice", "text-decoration:underline wavy #d00;"),
}

#: When marks overlap, the one shown; problems first, then the most specific part of an article.
_PRIORITY = ("lost", "clash", "title", "byline", "caption", "dateline", "credit", "leftover")

_BOX = (
    "font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Noto Sans CJK SC','Microsoft YaHei',"
    "sans-serif;"
    "color:#222;background:#fff;line-height:1.55;"
)
#: Cards read best at a line length a reader can follow; the page text below them takes the cell's whole width.
_CARDS = "margin:0.6em 0;max-width:72em;"
_CARD = "border:1px solid #ccc;border-left:8px solid {colour};border-radius:4px;padding:0.5em 0.8em;margin:0 0 0.6em;"
_BADGE = "font-size:0.75em;color:#555;background:#eee;border-radius:3px;padding:0 0.3em;margin-right:0.3em;"
_MUTED = "color:#666;font-size:0.85em;"
#: A ``<mark>`` without the browser's yellow: the role's own look goes on top.
_MARK = "background:transparent;color:inherit;"
#: The page text flows in newspaper-like columns across the cell's width: its lines are column-wrapped at 8-30
#: characters, so one column of them would be a narrow strip many screens long. A line longer than a column wraps.
_SOURCE = (
    "white-space:pre-wrap;word-break:break-all;column-width:20em;column-gap:1.6em;column-rule:1px solid #e4e4e4;"
    "font-family:'Noto Sans Mono CJK SC','Sarasa Mono SC',monospace;"
    "font-size:0.9em;line-height:1.6;border:1px solid #ccc;padding:0.6em;background:#fff;color:#222;"
)
#: A paragraph start or article number set into the source view; not selectable, so a copy gives the source.
_INSET = (
    "user-select:none;font-size:0.7em;font-weight:normal;font-style:normal;color:#fff;background:#555;"
    "border-radius:3px;padding:0 0.25em;margin-right:0.15em;vertical-align:super;"
)

#: Paragraphs a card in the page view shows before folding the rest into a ``<details>``.
_OPEN_PARAGRAPHS = 1


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _colour(index: int) -> str:
    return ARTICLE_COLOURS[index % len(ARTICLE_COLOURS)]


def _visible(text: str) -> str:
    """``text`` escaped for HTML, with the control characters HTML forbids shown as their Unicode pictures."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "\f":
            out.append(f'<span class="newsseg-inset" style="{_INSET}">form feed</span>\n')
        elif (code < 0x20 and ch not in "\t\n\r") or code == 0x7F:
            out.append(chr(0x2400 + code) if code < 0x20 else "\u2421")  # ␀ … ␟, ␡
        elif 0x80 <= code < 0xA0:
            out.append("\ufffd")  # C1 controls: not allowed in HTML text, and never meaningful in a page
        else:
            out.append(_e(ch))
    return "".join(out)


# --- cards --------------------------------------------------------------------------------------------------


def _span_note(spans: Sequence[Span]) -> str:
    if not spans:
        return "no span"
    shown = ", ".join(f"{s.start}–{s.end}" for s in spans[:4])
    more = f" and {len(spans) - 4} more" if len(spans) > 4 else ""
    return f"characters {shown}{more}"


def _names(label: str, names: Iterable[str]) -> str:
    joined = "、".join(names)
    return f" · {_e(label)} {_e(joined)}" if joined else ""


def _card(article: Article, index: int | None, *, folded: bool) -> str:
    colour = _colour(index or 0)
    parts = [f'<div class="newsseg-card" style="{_CARD.format(colour=colour)}">']
    number = f"#{index + 1} · " if index is not None else ""
    parts.append(
        f'<div style="{_MUTED}"><span class="newsseg-kind" style="{_BADGE}">{number}{_e(article.kind)}</span>'
        f"{_e(_span_note(article.spans))}</div>"
    )
    head = article.headline
    if head is not None and head.kicker:
        parts.append(f'<div class="newsseg-kicker" style="font-size:0.9em;color:#444;">{_e(head.kicker)}</div>')
    if head is not None and head.main:
        parts.append(
            f'<div class="newsseg-headline" style="font-size:1.3em;font-weight:bold;margin:0.1em 0;">'
            f"{_e(head.main)}</div>"
        )
    else:
        parts.append(f'<div class="newsseg-headline" style="{_MUTED}font-style:italic;">(no headline)</div>')
    if head is not None and head.subtitle:
        parts.append(f'<div class="newsseg-subtitle" style="font-size:1em;color:#333;">——{_e(head.subtitle)}</div>')

    facts: list[str] = []
    line = article.byline
    if line is not None:
        where = "".join(
            [
                _names("agency", [line.agency] if line.agency else []),
                _names("place", [line.place] if line.place else []),
                _names("reporters", line.reporters),
                _names("correspondents", line.correspondents),
                _names("photographers", line.photographers),
                "".join(_names(role, [name]) for role, name in line.others),
            ]
        )
        facts.append(
            f'<div class="newsseg-byline"><b>byline</b> {_e(line.text)}<span style="{_MUTED}">{where}</span></div>'
        )
    date = article.dateline
    if date is not None:
        pieces = [f"{date.year}年" if date.year else "", f"{date.month}月" if date.month else ""]
        pieces.append(f"{date.day}日" if date.day else "")
        reading = "".join(pieces)
        if date.part:
            reading += f" {date.part}"
        if date.date is not None:
            reading += f" = {date.date.isoformat()}"
        if date.relative:
            reading += " (relative to the issue)"
        note = f" → {_e(reading.strip())}" if reading.strip() else ""
        facts.append(
            f'<div class="newsseg-dateline"><b>dateline</b> {_e(date.text)}<span style="{_MUTED}">{note}</span></div>'
        )
    if facts:
        parts.append(f'<div style="font-size:0.9em;margin:0.3em 0;">{"".join(facts)}</div>')

    paragraphs = [f'<p class="newsseg-paragraph" style="margin:0.3em 0;">{_e(p.text)}</p>' for p in article.paragraphs]
    if folded and len(paragraphs) > _OPEN_PARAGRAPHS:
        hidden = len(paragraphs) - _OPEN_PARAGRAPHS
        noun = "paragraph" if hidden == 1 else "paragraphs"
        parts.extend(paragraphs[:_OPEN_PARAGRAPHS])
        parts.append(
            f'<details><summary style="{_MUTED}cursor:pointer;">{hidden} more {noun}</summary>'
            f"{''.join(paragraphs[_OPEN_PARAGRAPHS:])}</details>"
        )
    elif paragraphs:
        parts.extend(paragraphs)
    else:
        parts.append(f'<p style="{_MUTED}font-style:italic;">(no paragraphs)</p>')

    for caption in article.captions:
        marker = f'<span style="{_BADGE}">{_e(caption.marker)}</span>' if caption.marker else ""
        parts.append(
            f'<div class="newsseg-caption" style="font-size:0.9em;font-style:italic;margin:0.2em 0;">'
            f'<span style="{_BADGE}font-style:normal;">图</span>{marker}{_e(caption.text)}</div>'
        )
    parts.append("</div>")
    return "".join(parts)


def article_html(article: Article) -> str:
    """One article as a card: kicker, headline, subtitle, byline, dateline, paragraphs and captions."""
    return f'<div class="newsseg newsseg-article" style="{_BOX}">{_card(article, None, folded=False)}</div>'


# --- the painted source -------------------------------------------------------------------------------------


def _inside(span: Span | None, length: int) -> bool:
    return span is not None and span.end <= length and span.start < span.end


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _fits(span: Span | None, text: str | None, source: str) -> bool:
    """Whether ``span`` lies in ``source`` and covers ``text`` (white space aside).

    A record whose span was left in other coordinates (say, of its paragraph) is not painted at a wrong place.
    """
    if span is None or not _inside(span, len(source)):
        return False
    return text is None or _squeeze(text) in _squeeze(span.of(source))


class _Paint:
    """Who owns each stretch of the source and which marks lie on it; painted in one sweep."""

    def __init__(self, length: int) -> None:
        self.length = length
        self.owners: list[tuple[int, int, int]] = []  # (start, end, owner): an article index, or -1 and -2 below
        self.marks: list[tuple[int, int, str]] = []
        self.insets: dict[int, list[str]] = {}

    def own(self, span: Span, owner: int) -> None:
        if _inside(span, self.length):
            self.owners.append((span.start, span.end, owner))

    def mark(self, span: Span | None, role: str) -> None:
        if span is not None and _inside(span, self.length):
            self.marks.append((span.start, span.end, role))

    def inset(self, offset: int, label: str, tooltip: str) -> None:
        if 0 <= offset < self.length:
            self.insets.setdefault(offset, []).append(
                f'<span class="newsseg-inset" title="{_e(tooltip)}" style="{_INSET}">{_e(label)}</span>'
            )

    def render(self, source: str) -> tuple[str, int, int]:
        """The painted source, and how many non-space characters are lost and claimed twice."""
        owner_edges: dict[int, list[tuple[int, int]]] = {}  # offset -> (owner, +1 opens / -1 closes)
        mark_edges: dict[int, list[tuple[str, int]]] = {}
        for start, end, owner in self.owners:
            owner_edges.setdefault(start, []).append((owner, 1))
            owner_edges.setdefault(end, []).append((owner, -1))
        for start, end, role in self.marks:
            mark_edges.setdefault(start, []).append((role, 1))
            mark_edges.setdefault(end, []).append((role, -1))
        edges = sorted({0, self.length, *self.insets, *owner_edges, *mark_edges})
        # One sweep: at each edge, count in what opens and count out what closes there; each stretch between
        # two edges then has a fixed set of owners and marks. Linear in the spans: long pages render fast.
        owners: collections.Counter[int] = collections.Counter()
        marks: collections.Counter[str] = collections.Counter()
        out: list[str] = []
        lost = clash = 0
        for left, right in itertools.pairwise(edges):
            for owner, step in owner_edges.get(left, ()):
                owners[owner] += step
            for role, step in mark_edges.get(left, ()):
                marks[role] += step
            out.extend(self.insets.get(left, ()))
            text = source[left:right]
            roles = {role for role, n in marks.items() if n > 0}
            holders = sorted(owner for owner, n in owners.items() for _ in range(n))
            solid = len(text) - sum(ch.isspace() for ch in text)
            if solid and not holders:
                roles.add("lost")
                lost += solid
            elif solid and len(holders) > 1:
                roles.add("clash")
                clash += solid
            shown = next((r for r in _PRIORITY if r in roles), None)
            if shown is not None and solid:
                # White space at either end stays outside the mark: a red box round a blank line helps nobody.
                core = text.strip()
                head = text[: len(text) - len(text.lstrip())]
                tail = text[len(head) + len(core) :]
                look = _MARK + ROLES[shown][1]
                mark = f'<mark class="newsseg-{shown}" style="{look}">{_visible(core)}</mark>'
                body = f"{_visible(head)}{mark}{_visible(tail)}"
            else:
                body = _visible(text)
            articles = [owner for owner in holders if owner >= 0]
            if articles:
                first = articles[0]
                body = f'<span class="newsseg-a{first}" style="background:{_colour(first)};">{body}</span>'
            out.append(body)
        return "".join(out), lost, clash


def _legend(count: int) -> str:
    chips = [
        f'<mark class="newsseg-{role}" style="{_MARK}{style}margin-right:0.8em;">{_e(label)}</mark>'
        for role, (label, style) in ROLES.items()
    ]
    swatches = [
        f'<span class="newsseg-a{i}" style="background:{_colour(i)};padding:0 0.4em;margin-right:0.3em;">'
        f"#{i + 1}</span>"
        for i in range(min(count, len(ARTICLE_COLOURS)))
    ]
    inset = f'<span style="{_INSET}">¶</span>'
    return (
        f'<div class="newsseg-legend" style="font-size:0.85em;margin:0.4em 0;">{"".join(chips)}'
        f"<span>{inset} paragraph start</span>"
        f'<div style="margin-top:0.3em;">articles: {"".join(swatches) or "none"}</div></div>'
    )


def _painted_source(page: Page) -> tuple[str, int, int]:
    source = page.source
    paint = _Paint(len(source))
    for index, article in enumerate(page.articles):
        for span in article.spans:
            paint.own(span, index)
        if article.spans and _inside(article.spans[0], len(source)):
            title = article.title or "(no headline)"
            paint.inset(article.spans[0].start, f"#{index + 1}", f"article {index + 1}: {title}")
        if article.headline is not None:
            for span in article.headline.spans:
                paint.mark(span, "title")
        if article.byline is not None and _fits(article.byline.span, article.byline.text, source):
            paint.mark(article.byline.span, "byline")
        if article.dateline is not None and _fits(article.dateline.span, article.dateline.text, source):
            paint.mark(article.dateline.span, "dateline")
        for caption in article.captions:
            for piece in caption.pieces or (caption.span,):  # pieces: a caption read from columns side by side
                paint.mark(piece, "caption")
        for number, paragraph in enumerate(article.paragraphs, 1):
            if _inside(paragraph.span, len(source)):
                paint.inset(paragraph.span.start, "¶", f"article {index + 1}, paragraph {number}")
    for credit in page.credits:
        paint.own(credit.span, -1)
        paint.mark(credit.span, "credit")
    for leftover in page.leftovers:
        paint.own(leftover.span, -2)
        paint.mark(leftover.span, "leftover")
    return paint.render(source)


def page_html(page: Page) -> str:
    """The page: a summary, the article cards, and the source text painted by article and part."""
    count = len(page.articles)
    summary = [
        f"{count} article{'s' if count != 1 else ''}",
        f"{len(page.credits)} credit{'s' if len(page.credits) != 1 else ''}",
        f"{len(page.leftovers)} leftover{'s' if len(page.leftovers) != 1 else ''}",
        f"{len(page.source):,} characters",
    ]
    parts = [f'<div class="newsseg newsseg-page" style="{_BOX}">']
    parts.append(f'<div class="newsseg-summary" style="font-weight:bold;">Page: {_e(" · ".join(summary))}</div>')
    if page.credits:
        roles = " · ".join(f"{c.role} {c.name}" for c in page.credits)
        parts.append(f'<div class="newsseg-credits" style="{_MUTED}">credits: {_e(roles)}</div>')

    painted, lost, clash = _painted_source(page) if page.source else ("", 0, 0)
    problems = []
    if lost:
        problems.append(f"{lost:,} characters lie in no span")
    if clash:
        problems.append(f"{clash:,} characters lie in two spans")
    if problems:
        parts.append(
            f'<div class="newsseg-problems" style="color:#b00;font-weight:bold;">'
            f"{_e('; '.join(problems))} (marked red in the page text below)</div>"
        )

    parts.append(f'<div class="newsseg-cards" style="{_CARDS}">')
    parts.extend(_card(article, index, folded=True) for index, article in enumerate(page.articles))
    parts.append("</div>")
    if page.leftovers:
        items = "".join(
            f'<li><code>{_e(x.text)}</code> <span style="{_MUTED}">{x.span.start}–{x.span.end}</span></li>'
            for x in page.leftovers
        )
        parts.append(
            '<details class="newsseg-leftovers"><summary style="cursor:pointer;">leftovers</summary>'
            f"<ul>{items}</ul></details>"
        )
    if page.source:
        parts.append(
            '<details class="newsseg-source" open><summary style="cursor:pointer;font-weight:bold;">page text</summary>'
        )
        parts.append(_legend(count))
        parts.append(f'<pre class="newsseg-text" style="{_SOURCE}">{painted}</pre></details>')
    else:
        parts.append(f'<div style="{_MUTED}">(no page text: Page.source is empty)</div>')
    parts.append("</div>")
    return "".join(parts)

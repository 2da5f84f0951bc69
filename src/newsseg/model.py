"""The records newsseg returns.

Every record is an immutable ``attrs`` class that keeps the character span(s) of the input it was built from, so a
user can always go back from an article, a paragraph or a byline to the text it came from.
``Page.to_dict()`` gives the JSON-ready shape of ``SPEC.md``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    import datetime as dt

__all__ = [
    "Article",
    "Box",
    "Byline",
    "Caption",
    "Credit",
    "Dateline",
    "Headline",
    "Leftover",
    "Page",
    "Paragraph",
    "Span",
]

#: The kinds of article, as in ``SPEC.md``.
KINDS = ("news", "feature", "commentary", "interview", "photo")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input string.

    >>> text = "本报讯（记者郭树勋）8月7日上午"
    >>> Span(10, 16).of(text)
    '8月7日上午'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        """Reject a reversed or negative range."""
        if not 0 <= self.start <= self.end:
            msg = f"a span needs 0 <= start <= end, got [{self.start}, {self.end})"
            raise ValueError(msg)

    def __len__(self) -> int:
        """How many characters the span covers."""
        return self.end - self.start

    def of(self, text: str) -> str:
        """The text this span covers in ``text``."""
        return text[self.start : self.end]

    def to_list(self) -> list[int]:
        """``[start, end]``, the JSON form."""
        return [self.start, self.end]


@attrs.frozen(order=True)
class Box:
    """A rectangle on a PDF page, in PDF points: ``x0, y0`` its lower left corner, ``x1, y1`` its upper right.

    >>> Box(page=1, x0=36.0, y0=700.5, x1=180.0, y1=712.0).to_list()
    [36.0, 700.5, 180.0, 712.0]
    """

    page: int  # 1-based, as a reader counts pages
    x0: float
    y0: float
    x1: float
    y1: float

    def to_list(self) -> list[float]:
        """``[x0, y0, x1, y1]``, the JSON form."""
        return [self.x0, self.y0, self.x1, self.y1]


@attrs.frozen(kw_only=True)
class Paragraph:
    """One true paragraph: wrapped lines joined, letter-spacing removed, characters as printed."""

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Headline:
    """A title block: 引题 ``kicker`` above, 主题 ``main``, 副题 ``subtitle`` below (``——`` dropped)."""

    kicker: str | None = None
    main: str | None = None
    subtitle: str | None = None
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """``{"kicker", "main", "subtitle"}``."""
        return {"kicker": self.kicker, "main": self.main, "subtitle": self.subtitle}


@attrs.frozen(kw_only=True)
class Byline:
    """Who wrote or photographed an article, and for dispatches where and when it was filed.

    ``text`` is the byline as printed. ``source`` is the paper's own marker (本报讯, 本报, 本報訊); ``agency`` a news
    agency (新华社, 中新社, 中央社 …). ``place``, ``month`` and ``day`` come from a dispatch head such as
    ``新华社北京8月7日电``. ``others`` keeps further roles as ``(role, name)`` pairs (实习生, 特约记者 …).
    """

    text: str
    source: str | None = None
    agency: str | None = None
    place: str | None = None
    month: int | None = None
    day: int | None = None
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    others: tuple[tuple[str, str], ...] = ()
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The byline object of ``SPEC.md`` (with ``month``, ``day`` and ``others`` added)."""
        return {
            "text": self.text,
            "source": self.source,
            "agency": self.agency,
            "place": self.place,
            "month": self.month,
            "day": self.day,
            "reporters": list(self.reporters),
            "correspondents": list(self.correspondents),
            "photographers": list(self.photographers),
            "others": [list(pair) for pair in self.others],
        }


@attrs.frozen(kw_only=True)
class Dateline:
    """The date or time expression that opens the news.

    ``part`` is what follows the date as printed (上午, 晚, 20时许). ``relative`` is true for words such as 近日 or
    昨天 whose date depends on the issue; ``year`` and ``date`` are filled only when the text or the caller's issue
    date states them, never guessed.
    """

    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    date: dt.date | None = None
    relative: bool = False
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The dateline object of ``SPEC.md`` (``date`` as ISO text, ``relative`` added)."""
        return {
            "text": self.text,
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "part": self.part,
            "date": self.date.isoformat() if self.date else None,
            "relative": self.relative,
        }


@attrs.frozen(kw_only=True)
class Caption:
    """A photo caption without its credit and position marker (上图, ⬅ …); ``marker`` keeps the marker."""

    text: str
    span: Span
    marker: str | None = None


@attrs.frozen(kw_only=True)
class Credit:
    """One page credit such as 编辑:陈彬."""

    role: str
    name: str
    span: Span


@attrs.frozen(kw_only=True)
class Leftover:
    """Text that belongs to no article: a page number, furniture, noise."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "span"}``."""
        return {"text": self.text, "span": self.span.to_list()}


@attrs.frozen(kw_only=True)
class Article:
    """One report with its own body, and everything printed with it."""

    kind: str
    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    captions: tuple[Caption, ...] = ()
    spans: tuple[Span, ...] = ()
    #: The (1-based) PDF page the article starts on, and the boxes it covers; set only for PDF input.
    page: int | None = None
    boxes: tuple[Box, ...] = ()

    @property
    def title(self) -> str | None:
        """The main title, or ``None``."""
        return self.headline.main if self.headline else None

    @property
    def text(self) -> str:
        """The body: paragraphs joined by newlines."""
        return "\n".join(p.text for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """The article object of ``SPEC.md``."""
        return {
            "kind": self.kind,
            "headline": self.headline.to_dict() if self.headline else None,
            "byline": self.byline.to_dict() if self.byline else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "paragraphs": [p.text for p in self.paragraphs],
            "captions": [c.text for c in self.captions],
            "spans": [s.to_list() for s in self.spans],
            **({"page": self.page, "bbox": [[b.page, *b.to_list()] for b in self.boxes]} if self.page else {}),
        }

    def _repr_html_(self) -> str:
        from newsseg._html import article_html  # noqa: PLC0415 - display code is loaded only in notebooks

        return article_html(self)


@attrs.frozen(kw_only=True)
class Page:
    """A segmented page: its articles in the order their bodies appear, its credits, and what is left over.

    The spans of all articles, credits and leftovers cover every non-whitespace character of ``source`` exactly once.
    """

    articles: tuple[Article, ...] = ()
    credits: tuple[Credit, ...] = ()
    leftovers: tuple[Leftover, ...] = ()
    source: str = attrs.field(default="", repr=False)

    @property
    def credits_dict(self) -> dict[str, str]:
        """Role to name, in the order printed."""
        return {c.role: c.name for c in self.credits}

    @property
    def credits_spans(self) -> tuple[Span, ...]:
        """The input ranges of the credits, sorted."""
        return tuple(sorted(c.span for c in self.credits))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data in the shape of ``SPEC.md``."""
        return {
            "credits": self.credits_dict or None,
            "credits_spans": [s.to_list() for s in self.credits_spans],
            "articles": [a.to_dict() for a in self.articles],
            "leftovers": [x.to_dict() for x in self.leftovers],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string, Chinese unescaped."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per article, ready for ``pandas.DataFrame``.

        Lists become ``"、"``-joined strings and the body one newline-joined string.
        """
        rows: list[dict[str, Any]] = []
        for index, art in enumerate(self.articles):
            head = art.headline or Headline()
            line = art.byline
            date = art.dateline
            rows.append(
                {
                    "article": index,
                    "kind": art.kind,
                    "kicker": head.kicker,
                    "headline": head.main,
                    "subtitle": head.subtitle,
                    "byline": line.text if line else None,
                    "source": line.source if line else None,
                    "agency": line.agency if line else None,
                    "place": line.place if line else None,
                    "reporters": "、".join(line.reporters) if line else "",
                    "correspondents": "、".join(line.correspondents) if line else "",
                    "photographers": "、".join(line.photographers) if line else "",
                    "dateline": date.text if date else None,
                    "month": date.month if date else None,
                    "day": date.day if date else None,
                    "date": date.date.isoformat() if date and date.date else None,
                    "paragraphs": len(art.paragraphs),
                    "text": art.text,
                    "captions": "\n".join(c.text for c in art.captions),
                    "start": art.spans[0].start if art.spans else None,
                    "end": art.spans[-1].end if art.spans else None,
                }
            )
        return rows

    def _repr_html_(self) -> str:
        from newsseg._html import page_html  # noqa: PLC0415 - display code is loaded only in notebooks

        return page_html(self)

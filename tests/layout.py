"""Synthetic newspaper pages laid out from KNOWN articles, the way a PDF or OCR extractor would have produced
them.

The articles come from two places whose structure is known by hand: the corpus (``../shared/corpus/*.json``,
absent on a machine without the shared folder: real 人民日报 and 中央社 articles with full paragraphs) and the seed
pages with their golden files (``seeds/*.txt`` + ``tests/golden/*.gold.json``; the golden files hold only paragraph
starts, so the full paragraphs are cut back out of the seed text and kept only where that cut is unambiguous).

:func:`lay_out_page` wraps every paragraph at a column width, drops the first-line indent, puts blank lines at
column breaks (in mid-sentence too), letter-spaces justified lines, places title blocks before or after
bodies, puts bylines on the first line or on a line of their own (or breaks them), adds a page-credits line
and a photo item, and may switch to half-width punctuation, CRLF, a BOM or Traditional script. It returns the
page text together with the structure a correct segmenter must recover. Everything is deterministic from the
seed.

The checks shared by the test modules (:func:`check_page_coverage`, :func:`check_reflow_coverage`) live here
too.
"""

from __future__ import annotations

import functools
import itertools
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from newsseg.model import Page, Paragraph

ROOT = Path(__file__).resolve().parent.parent
#: The shared corpus beside the checkout (real articles of other papers; not copied into the project) and the
#: papers we collected ourselves, each file with its source.
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
PAPERS = ROOT / "tests" / "papers"
#: The corpus files the laid-out page tests were measured on (their known failures are a table keyed by page).
LAYOUT_CORPUS = ("rmrb-*.json", "cna-*.json")
GOLDEN = ROOT / "tests" / "golden"
SEEDS = ROOT / "seeds"

#: Widths (in full-width characters) of the columns pages are laid out at, as in ``SPEC.md``.
WIDTHS = tuple(range(8, 31))

_WS = re.compile(r"[\s\u3000]+")


def squeeze(text: str | None) -> str | None:
    """``text`` without white space (``None`` stays ``None``): how the golden files compare texts."""
    return None if text is None else _WS.sub("", text)


# --- the known articles -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """One article whose structure is known: the title block, byline, paragraphs and photo captions."""

    origin: str
    kind: str
    kicker: str | None
    headline: str | None
    subtitle: str | None
    byline: str | None
    byline_alone: bool
    reporters: tuple[str, ...]
    correspondents: tuple[str, ...]
    photographers: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    photo_credit: str | None = None


def corpus_paths(patterns: Sequence[str] = ("*.json",)) -> list[Path]:
    """The corpus files matching ``patterns``: the shared corpus (where present) and ``tests/papers``."""
    return sorted({path for folder in (SHARED_CORPUS, PAPERS) for pat in patterns for path in folder.glob(pat)})


def known_articles(path: Path) -> tuple[Known, ...]:
    """The articles of one corpus file (one source page)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Known(
            origin=f"{path.stem}#{index}",
            kind=art["kind"],
            kicker=art["kicker"],
            headline=art["headline"],
            subtitle=art["subheadline"],
            byline=art["byline"],
            byline_alone=bool(art.get("byline_alone")),
            reporters=tuple(art["reporters"]),
            correspondents=tuple(art["correspondents"]),
            photographers=tuple(art["photographers"]),
            paragraphs=tuple(p for p in art["paragraphs"] if p.strip()),
            captions=tuple(art["captions"]),
            photo_credit=art.get("photo_credit"),
        )
        for index, art in enumerate(data["articles"])
    )


@functools.cache
def corpus_groups() -> tuple[tuple[Known, ...], ...]:
    """The corpus articles the layout tests use, one tuple per source page."""
    return tuple(known_articles(path) for path in corpus_paths(LAYOUT_CORPUS) if path.parent == SHARED_CORPUS)


@functools.cache
def seed_groups() -> tuple[tuple[Known, ...], ...]:
    """The seed pages' articles, their paragraphs cut out of the seed text at the golden paragraph starts.

    An article is kept only when the cut is clean: its body and every paragraph start are found in order, the
    byline stands right before the body, and the body holds no other article's byline, title or caption (which
    would mean the extractor interleaved something into it). Photo items are left out (their text is the
    caption).
    """
    groups = []
    for gold_path in sorted(GOLDEN.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page, line_starts = _squeeze_with_line_starts((SEEDS / gold["page"]).read_text(encoding="utf-8"))
        arts = gold["articles"]

        def printed_parts(a: dict[str, Any]) -> set[str]:
            parts = (a["byline"], a["headline"], a["kicker"], a["subheadline"], *a["captions"])
            return {squeeze(x) or "" for x in parts if x and len(x) >= 6}

        kept = []
        for index, art in enumerate(arts):
            if art["kind"] == "photo" or page.count(art["body_start"]) != 1:
                continue
            start = page.find(art["body_start"])
            end = page.find(art["body_end"], start)
            if end < 0:
                continue
            body = page[start : end + len(art["body_end"])]
            byline = squeeze(art["byline"])
            if byline and page[start - len(byline) : start] != byline:
                continue
            foreign = set().union(*(printed_parts(a) for a in arts if a is not art)) - printed_parts(art)
            if any(x in body for x in foreign):
                continue
            cuts, pos = [], 0
            for head in art["paragraph_starts"]:
                at = body.find(head, pos)
                # a later paragraph starts a printed line (the same 8 characters may occur mid-paragraph
                # before it)
                while at > 0 and start + at not in line_starts:
                    at = body.find(head, at + 1)
                if at < 0:
                    break
                cuts.append(at)
                pos = at + len(head)
            if len(cuts) != len(art["paragraph_starts"]) or not cuts or cuts[0] != 0:
                continue
            paragraphs = tuple(body[a:b] for a, b in zip(cuts, [*cuts[1:], len(body)], strict=True))
            alone = byline is not None and byline != "" and not byline.startswith("本报讯")
            printed = f"本报记者 {byline.removeprefix('本报记者')}" if alone and byline else art["byline"]
            kept.append(
                Known(
                    origin=f"{gold['page']}#{index}",
                    kind=art["kind"],
                    kicker=art["kicker"],
                    headline=art["headline"],
                    subtitle=art["subheadline"],
                    byline=printed,
                    byline_alone=alone,
                    reporters=tuple(art["reporters"]),
                    correspondents=tuple(art["correspondents"]),
                    photographers=tuple(art["photographers"]),
                    paragraphs=paragraphs,
                    captions=(),
                )
            )
        groups.append(tuple(kept))
    return tuple(groups)


def _squeeze_with_line_starts(text: str) -> tuple[str, set[int]]:
    """``squeeze(text)`` and the offsets in it of characters that begin a printed line."""
    out: list[str] = []
    starts: set[int] = set()
    at_line_start = True
    for ch in text:
        if ch == "\n":
            at_line_start = True
        elif not _WS.match(ch):
            if at_line_start:
                starts.add(len(out))
            out.append(ch)
            at_line_start = False
    return "".join(out), starts


def all_groups() -> tuple[tuple[Known, ...], ...]:
    """Every source page's known articles: corpus pages first, then seed pages."""
    return corpus_groups() + seed_groups()


# --- the expected structure ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """What a correct ``segment`` gives for one article of a laid-out page (texts as printed)."""

    kind: str
    kicker: str | None
    headline: str | None
    subtitle: str | None
    byline: str | None
    reporters: tuple[str, ...]
    photographers: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    origin: str = ""

    @property
    def key(self) -> str:
        """How an article is recognised in the output: its body's start (its caption's for a photo item)."""
        return body_key(self.paragraphs, self.captions)


def body_key(paragraphs: Sequence[str], captions: Sequence[str]) -> str:
    """The first 15 non-space characters of the body, or of the first caption when there is no body."""
    for text in (*paragraphs, *captions):
        squeezed = squeeze(text) or ""
        if squeezed:
            return squeezed[:15]
    return ""


@dataclass(frozen=True)
class LaidPage:
    """A laid-out page: its text and what a correct segmenter recovers from it."""

    text: str
    articles: tuple[Expected, ...]
    credits: dict[str, str] = field(default_factory=dict)
    width: int = 0
    layout: str = ""
    seed: int = 0

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Every body paragraph of the page in order (what reflow of a body-only page gives)."""
        return tuple(p for a in self.articles for p in a.paragraphs)


# --- layouts ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """How an extractor put a page out. Probabilities are per line (column breaks, letter-spacing)."""

    titles: Literal["after", "before"] = "after"
    paragraph_gap: float = 0.0  # chance of a blank line at a true paragraph end
    column_break: float = 0.08  # chance of a blank line after any body line (a column break, in mid-sentence too)
    letter_spacing: float = 0.0  # chance that a full line is justified by spaces between its characters
    halfwidth: bool = False  # ，（）：；！？ printed half-width, as some PDF tools do
    traditional: bool = False  # a Traditional copy through OpenCC s2t
    crlf: bool = False
    bom: bool = False
    broken_byline: float = 0.0  # chance that 本报讯（记者X） is printed as `本报讯 （记 者\nX）`
    byline_alone: float = 0.0  # chance that an article without a byline gets `本报记者 X` on a line of its own
    credits: bool = False  # a page-credits line 编辑:X 版式:Y
    photo: bool = False  # a photo item: caption + `本报记者 X 摄`
    doubled_title: float = 0.0  # chance that the extractor doubled a headline
    wrap_title: float = 0.3  # chance that a long headline is wrapped over two lines


LAYOUTS: dict[str, Layout] = {
    # The seed style: titles after bodies, blank lines at paragraph ends and at column breaks.
    "after": Layout(titles="after", paragraph_gap=0.7, column_break=0.08),
    # Titles before bodies, no blank line at paragraph ends: only the indent and punctuation tell.
    "before": Layout(titles="before", paragraph_gap=0.0, column_break=0.06),
    # Justified columns with letter-spaced lines, broken bylines, bylines on a line of their own.
    "spaced": Layout(letter_spacing=0.06, broken_byline=0.5, byline_alone=0.5, paragraph_gap=0.5),
    # A PDF tool's output: half-width punctuation, CRLF, a BOM, credits and a photo item.
    "halfwidth": Layout(titles="before", halfwidth=True, crlf=True, bom=True, credits=True, photo=True),
    # A Traditional copy with everything else mixed in.
    "traditional": Layout(
        titles="after",
        traditional=True,
        paragraph_gap=0.5,
        letter_spacing=0.04,
        credits=True,
        photo=True,
        doubled_title=0.3,
    ),
}

_CLOSERS = "，。、；：？！）》」』”’…—,.;:?!)"  # never start a line (kinsoku)
_HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "！": "!", "？": "?"})
_LATIN_RUN = re.compile(r"[A-Za-z0-9.%]")


def _cells(ch: str) -> int:
    """Display cells of a character: 2 for full-width (CJK, full-width punctuation), 1 for the rest.

    Curly quotes, dashes and ellipses are "ambiguous" in Unicode but take a whole cell in a Chinese column, as the
    seed pages show (their lines with quotes hold as many characters as those without).
    """
    if unicodedata.east_asian_width(ch) in "WF":
        return 2
    return 2 if ch in "“”‘’—…·" else 1


def wrap(text: str, width: int, rng: random.Random, *, indent: int = 2, spacing: float = 0.0) -> list[str]:
    """Lines of ``text`` in a column ``width`` full-width characters wide.

    The first line is ``indent`` characters shorter (the extractor dropped the indent). Latin words and
    numbers are not split; closing punctuation never starts a line. With chance ``spacing`` a line other than
    the last is set two to four characters short and justified with spaces between its characters (``沁 泉
    湖``).
    """
    lines: list[str] = []
    pos = 0
    n = len(text)
    first = True
    while pos < n:
        cap = 2 * (width - (indent if first else 0))
        spaced = False
        if not first and rng.random() < spacing:
            cap -= 2 * rng.randint(2, 4)
            spaced = True
        cap = max(cap, 4)
        end, used = pos, 0
        while end < n and used + _cells(text[end]) <= cap:
            used += _cells(text[end])
            end += 1
        if end < n:
            # keep a Latin word or number whole, when it can move to the next line
            if _LATIN_RUN.match(text[end]) and end > pos and _LATIN_RUN.match(text[end - 1]):
                back = end
                while back > pos and _LATIN_RUN.match(text[back - 1]):
                    back -= 1
                if back > pos:
                    end = back
            while end < n and text[end] in _CLOSERS:
                end += 1
        line = text[pos:end]
        if spaced and end < n and not any(ord(ch) < 0x80 for ch in line):
            line = " ".join(line)
        stripped = line.strip()
        if stripped:
            lines.append(stripped)
        pos = end
        first = False
    return lines


_SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻"
_SURNAMES += "柏窦章苏潘葛范彭鲁马方任袁柳唐罗薛雷"
_GIVEN = "志红建国明华丽萍海燕文杰宏伟晓东玉兰振宇思远子涵雨桐俊峰立新秀英家豪嘉怡浩然欣怡博文梓轩"


def fake_name(rng: random.Random) -> str:
    """A made-up two- or three-character Chinese name (no rule may rely on a real page's names)."""
    given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(_SURNAMES) + given


_BROKEN = re.compile(r"^(本报讯|本報訊)[（(](记者|記者)([^）)]+)[）)]$")


def _title_lines(art: Known, lay: Layout, rng: random.Random) -> tuple[list[str], str | None]:
    """The lines of an article's title block, and the headline as it will be printed (doubled or not)."""
    lines: list[str] = []
    if art.kicker:
        lines.append(art.kicker)
    if art.headline:
        head = art.headline
        if rng.random() < lay.doubled_title:
            lines.append(head + head)
        elif len(head) >= 12 and " " not in head and rng.random() < lay.wrap_title:
            cut = rng.randint(len(head) // 3, 2 * len(head) // 3)
            lines.extend([head[:cut], head[cut:]])
        else:
            lines.append(head)
    if art.subtitle:
        lines.append("——" + art.subtitle)
    return lines, art.headline


def _convert(art: Known, conv: Callable[[str], str]) -> Known:
    """``art`` with every text field passed through ``conv``."""

    def one(x: str | None) -> str | None:
        return None if x is None else conv(x)

    def many(xs: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(conv(x) for x in xs)

    return replace(
        art,
        kicker=one(art.kicker),
        headline=one(art.headline),
        subtitle=one(art.subtitle),
        byline=one(art.byline),
        reporters=many(art.reporters),
        correspondents=many(art.correspondents),
        photographers=many(art.photographers),
        paragraphs=many(art.paragraphs),
        captions=many(art.captions),
        photo_credit=one(art.photo_credit),
    )


@functools.cache
def _s2t() -> Callable[[str], str]:
    """OpenCC's Simplified -> Traditional converter (built once: loading its dictionaries takes a moment)."""
    from opencc import OpenCC  # noqa: PLC0415

    convert: Callable[[str], str] = OpenCC("s2t").convert
    return convert


@functools.cache
def _t2s() -> Callable[[str], str]:
    """OpenCC's Traditional -> Simplified converter."""
    from opencc import OpenCC  # noqa: PLC0415

    convert: Callable[[str], str] = OpenCC("t2s").convert
    return convert


def _blank(rng: random.Random, out: list[str]) -> None:
    """One or two blank lines, as extractors put around title blocks and between items."""
    out.extend([""] * rng.choice((1, 1, 2)))


def _body_lines(
    art: Known, lay: Layout, width: int, rng: random.Random, *, byline: str | None, broken: bool
) -> list[str]:
    """The body of ``art`` in columns: the byline on its first line, column breaks and paragraph gaps."""
    out: list[str] = []
    for index, para in enumerate(art.paragraphs):
        text = para
        lead: list[str] = []
        indent = 2
        if index == 0 and byline:
            match = _BROKEN.match(byline) if broken else None
            if match:
                source, role, name = match.groups()
                close = "）" if "（" in byline else ")"
                lead = [f"{source} {'（' if close == '）' else '('}{' '.join(role)}"]
                text = f"{name}{close}{para}"
                indent = 0
            else:
                text = byline + para
        lines = lead + wrap(text, width, rng, indent=indent, spacing=lay.letter_spacing)
        for i, line in enumerate(lines):
            out.append(line)
            last = i == len(lines) - 1
            if (last and index < len(art.paragraphs) - 1 and rng.random() < lay.paragraph_gap) or (
                not last and rng.random() < lay.column_break
            ):
                out.append("")
    return out


def lay_out_page(
    width: int,
    layout: str | Layout,
    seed: int,
    *,
    bodies_only: bool = False,
    group: Sequence[Known] | None = None,
) -> LaidPage:
    """A page laid out from one source page's known articles at column ``width`` in ``layout``, from ``seed``.

    The source page is drawn from :func:`all_groups` and 2 to 5 of its articles are laid out; a ``group`` given
    is laid out whole instead (the per-paper evaluation does so). With ``bodies_only`` the page holds only the
    body paragraphs (no titles, bylines, credits, photos): the input for reflow, whose expected result is
    :attr:`LaidPage.paragraphs`.

    >>> page = lay_out_page(12, "after", 1)
    >>> page == lay_out_page(12, "after", 1)
    True
    >>> [len(line) for line in wrap("各级各部门要进一步提高思想认识，严格贯彻落实。", 8, random.Random(0))]
    [6, 8, 9]
    """
    lay = LAYOUTS[layout] if isinstance(layout, str) else layout
    name = layout if isinstance(layout, str) else "custom"
    rng = random.Random(f"{width}/{name}/{seed}")  # noqa: S311 - reproducible layouts, not secrets
    if group is None:
        group = rng.choice([g for g in all_groups() if any(a.paragraphs for a in g)])
        with_body = [a for a in group if a.paragraphs]
        count = min(len(with_body), rng.randint(2, 5))
        start = rng.randrange(len(with_body) - count + 1)
        chosen = list(with_body[start : start + count])
    else:
        chosen = [a for a in group if a.paragraphs]
    photo_pool = [a for g in corpus_groups() for a in g if a.captions]

    convert = _s2t() if lay.traditional else None
    if convert:
        chosen = [_convert(a, convert) for a in chosen]
    if lay.halfwidth:
        chosen = [_convert(a, lambda s: s.translate(_HALF)) for a in chosen]

    out: list[str] = []
    expected: list[Expected] = []
    boundaries = [0]  # line numbers where an article block starts or the page ends
    for art in chosen:
        byline = art.byline
        alone = art.byline_alone
        reporters = art.reporters
        if not byline and rng.random() < lay.byline_alone and not bodies_only:
            name_ = fake_name(rng)
            byline, alone, reporters = f"本报记者 {name_}", True, (name_,)
            if convert:
                byline, reporters = convert(byline), (convert(name_),)
        if bodies_only:
            byline = None
        broken = rng.random() < lay.broken_byline
        titles, _ = ([], None) if bodies_only else _title_lines(art, lay, rng)
        body: list[str] = []
        if byline and alone:
            body += [byline, ""]
        body += _body_lines(art, lay, width, rng, byline=None if alone else byline, broken=broken)
        block = titles
        if block and lay.titles == "before":
            out.extend(block)
            _blank(rng, out)
            out.extend(body)
            _blank(rng, out)
        elif block:
            out.extend(body)
            _blank(rng, out)
            out.extend(block)
            _blank(rng, out)
        else:
            out.extend(body)
            _blank(rng, out)
        expected.append(
            Expected(
                kind=art.kind,
                kicker=art.kicker,
                headline=art.headline,
                subtitle=art.subtitle,
                byline=byline,
                reporters=reporters,
                photographers=(),  # an article's own photos (and so their credits) are not laid out
                paragraphs=art.paragraphs,
                captions=(),  # the photo item below has one
                origin=art.origin,
            )
        )
        boundaries.append(len(out))

    if lay.photo and not bodies_only and photo_pool:
        item = rng.choice(photo_pool)
        # the caption in the page's own script: 中央社 captions are Traditional
        caption = convert(item.captions[0]) if convert else _t2s()(item.captions[0])
        if lay.halfwidth:
            caption = caption.translate(_HALF)
        shooter = fake_name(rng)
        credit = f"本报记者 {shooter} 摄"
        if convert:
            shooter, credit = convert(shooter), convert(credit)
        # between two article blocks, never inside a body; articles are listed in the order their bodies
        # appear
        after = rng.randrange(len(boundaries))
        at = boundaries[after]
        out[at:at] = [*wrap(caption, width, rng, indent=0), credit, ""]
        photo = Expected(
            kind="photo",
            kicker=None,
            headline=None,
            subtitle=None,
            byline=None,
            reporters=(),
            photographers=(shooter,),
            paragraphs=(),
            captions=(caption,),
            origin=item.origin,
        )
        expected.insert(after, photo)

    page_credits: dict[str, str] = {}
    if lay.credits and not bodies_only:
        editor, designer = fake_name(rng), fake_name(rng)
        if convert:
            editor, designer = convert(editor), convert(designer)
        roles = ("编辑", "版式") if not convert else ("編輯", "版式")
        colon = rng.choice((":", "："))
        page_credits = {roles[0]: editor, roles[1]: designer}
        line = f"{roles[0]}{colon}{editor} {roles[1]}{colon}{designer}"
        if rng.random() < 0.5:
            out[0:0] = [line, ""]
        else:
            out.extend(["", line])

    text = "\n".join(out).strip("\n") + "\n"
    if lay.crlf:
        text = text.replace("\n", "\r\n")
    if lay.bom:
        text = "\ufeff" + text
    return LaidPage(text=text, articles=tuple(expected), credits=page_credits, width=width, layout=name, seed=seed)


# --- checks shared by the tests -----------------------------------------------------------------------------

#: Characters that carry no text: a span need not cover them (control and format characters such as NUL, BOM,
# ZWSP).
IGNORABLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def is_blank(ch: str) -> bool:
    """Whether ``ch`` is white space or an invisible control or format character (NUL, BOM, ZWSP)."""
    return ch.isspace() or unicodedata.category(ch) in IGNORABLE_CATEGORIES


def _check_spans(spans: Iterable[tuple[int, int, str]], text: str) -> list[int]:
    """Every span well formed and within ``text``; returns how many spans cover each offset."""
    depth = [0] * (len(text) + 1)
    for start, end, what in spans:
        assert 0 <= start <= end <= len(text), f"{what} span [{start}, {end}) outside the text of {len(text)}"
        depth[start] += 1
        depth[end] -= 1
    covered, run = [], 0
    for offset in range(len(text)):
        run += depth[offset]
        covered.append(run)
    return covered


def _report(text: str, covered: Sequence[int], what: str) -> None:
    """Fail with the first few characters covered zero or several times (overlaps fail for any character)."""
    bad = [
        (i, text[i], covered[i])
        for i in range(len(text))
        if covered[i] > 1 or (covered[i] == 0 and not is_blank(text[i]))
    ]
    if bad:
        shown = ", ".join(f"{i}:{ch!r}x{n}" for i, ch, n in bad[:8])
        msg = f"{what}: {len(bad)} characters not covered exactly once (offset:char x times): {shown}"
        raise AssertionError(msg)


def check_page_coverage(page: Page, text: str) -> None:
    """Assert the exact-once rule of ``SPEC.md`` ("Nothing is lost") on ``page = segment(text)``.

    Every non-blank character of ``text`` lies in exactly one span among the articles' ``spans``, the credits
    and the leftovers; no character at all lies in two; each article's spans are sorted and disjoint; each
    paragraph of an article (each of its pieces, if it has any) lies inside that article's spans; leftovers are
    sorted; the page keeps its source.
    """
    assert page.source == text, "Page.source is not the input"
    spans: list[tuple[int, int, str]] = []
    for number, art in enumerate(page.articles):
        own = [(s.start, s.end) for s in art.spans]
        assert own == sorted(own), f"article {number}: spans not sorted: {own}"
        for (_, end), (start, _) in itertools.pairwise(own):
            assert end <= start, f"article {number}: spans overlap: {own}"
        spans += [(s.start, s.end, f"article {number}") for s in art.spans]
        for para in art.paragraphs:
            for piece in para.pieces or (para.span,):  # pieces: a paragraph read from columns side by side
                inside = any(s.start <= piece.start and piece.end <= s.end for s in art.spans)
                assert inside, f"article {number}: paragraph {para.text[:10]!r} {piece} outside the article's spans"
    spans += [(c.span.start, c.span.end, f"credit {c.role}") for c in page.credits]
    left = [(x.span.start, x.span.end) for x in page.leftovers]
    assert left == sorted(left), f"leftovers not sorted: {left}"
    for x in page.leftovers:
        assert x.text == x.span.of(text), f"leftover text {x.text!r} is not the text of its span {x.span}"
    spans += [(x.span.start, x.span.end, "leftover") for x in page.leftovers]
    _report(text, _check_spans(spans, text), "segment")


def check_reflow_coverage(paragraphs: Sequence[Paragraph], text: str) -> None:
    """Assert that reflow's paragraph spans are sorted, disjoint and cover every non-blank character once, and
    that each paragraph's text has exactly the non-blank characters of its span (joined lines lose only white
    space).
    """
    own = [(p.span.start, p.span.end) for p in paragraphs]
    assert own == sorted(own), f"reflow: paragraph spans not sorted: {own}"
    _report(text, _check_spans(((a, b, "paragraph") for a, b in own), text), "reflow")
    for para in paragraphs:
        printed = "".join(ch for ch in para.span.of(text) if not is_blank(ch))
        got = "".join(ch for ch in para.text if not is_blank(ch))
        assert got == printed, f"reflow: paragraph text {got[:20]!r}… differs from its span {printed[:20]!r}…"

"""From a page's characters to text in reading order: lines, blocks, title groups, and the order a reader follows.

The stages, each a plain function over plain data:

1. **lines**: characters in content-stream order that share a baseline and follow each other closely make a run;
   runs on one baseline, of one size, less than a gutter apart are one line (a byline or title may print a
   one-em gap, a column gutter is wider than that);
2. **blocks**: lines stacked in one column, of one size and weight, at most a leading and a half apart, make a
   block (a column of body text, a caption, a headline over two lines);
3. **title groups**: a headline block (set larger or bold) with the kicker just above it and the subtitle just
   below, which may be set at body size;
4. **reading order**: a recursive XY cut of the page's blocks (a title group is one block): a region is cut across
   at a horizontal gap that no block straddles, else down at a vertical one, and the parts are read top to bottom,
   left to right. A cut across just under a title that heads only part of the region is refused (it would read
   two titles set side by side before either body), and so is one through the white at a short column's foot
   when the text under the cut carries on the column beside it; a cut down that would part the columns of
   articles stacked one above the other is refused, and a title set in a column of its own beside its body is
   read before it.
   Where no cut is left (articles that interlock like a pinwheel), each block goes with the nearest title above
   it. A photo (an image, or a filled box with no text on it) holds its place like a block, and the caption
   under it covers it: no cut runs through the white it leaves in a column, and its caption is read where it
   stands.
"""

from __future__ import annotations

import bisect
import itertools
import statistics
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from newsseg._pdfread import Char, Figure

__all__ = ["Block", "LineBox", "body_size", "order_blocks", "page_blocks", "photos"]

#: Sizes within this ratio are one size (10 and 10.3 pt are one; a 9 pt caption under 10 pt body is not).
_SAME_SIZE = 1.04
#: A title line is set this much larger than the page's body type (the smallest headline seen is 1.4 body sizes;
#: subtitles at 1.1 are caught as the lines next to a headline).
_TITLE_RATIO = 1.15
#: Characters of one run: the next starts within this many sizes after the last ends (an em-gap between a
#: byline's parts or a title's phrases is 1.0; a column gutter is 1.2 body sizes or more).
_JOIN_GAP = 1.1
#: A kicker or subtitle set in a narrow title column runs to this many lines (a body column's top is set further
#: from a title under it than a kicker is).
_TITLE_PART_LINES = 5
#: Items of a credits line (role：name, at most this many characters) may stand this many sizes apart.
_SHORT_ITEM = 10
_ITEM_GAP = 2.2
#: The widest white between two body columns that is a gutter (typeset pages use 1.2 to 1.7 body sizes).
_GUTTER_MAX = 3.0
#: Body text within this many sizes of a gap's height (give or take a band) says whether the gap is a gutter.
_GUTTER_BAND = 8.0
#: A space is written where the gap between two characters is this many sizes (a one-em gap in a title, or the
#: word space between Latin words, which is about a quarter em).
_EM_GAP = 0.7
_WORD_GAP = 0.2
#: Lines of a block: baselines at most this many sizes apart (the loosest leading typeset pages use is 1.7).
_LEADING_MAX = 1.85
#: A title beside its body keeps a type size off it, besides the gutter (at most 1.7 sizes on typeset pages).
_BESIDE_GAP = 4.0


class LineBox(NamedTuple):
    """One printed line: its text, box, size, weight and the x where each character starts."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool


class Block(NamedTuple):
    """Lines read together, top to bottom; ``title`` for a title group.

    ``inset`` marks a photo's caption when the photo is set in the text right over it (across that column or
    block): the photo is that text's. ``heads`` is, for a caption with text set right under it across the photo's
    width, that text's first line (of its first column): the photo heads it.
    """

    lines: tuple[LineBox, ...]
    x0: float
    y0: float
    x1: float
    y1: float
    title: bool
    inset: bool = False
    heads: LineBox | None = None


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _line_of(chars: Sequence[Char]) -> LineBox:
    """A line from characters on one baseline, sorted by x; spaces where the gaps are wide."""
    out = [chars[0].text]
    for prev, ch in itertools.pairwise(chars):
        gap = ch.x0 - prev.x1
        size = min(prev.size, ch.size)
        if (
            gap >= _EM_GAP * size
            or (gap >= _WORD_GAP * size and (_latin(prev.text[-1]) or _latin(ch.text[0])))
            or (prev.space_after and gap >= 0.1 * size)
        ):
            out.append(" ")
        out.append(ch.text)
    size = statistics.median_low(c.size for c in chars) if len(chars) > 2 else max(c.size for c in chars)
    return LineBox(
        "".join(out),
        min(c.x0 for c in chars),
        min(c.y0 for c in chars),
        max(c.x1 for c in chars),
        max(c.y1 for c in chars),
        size,
        sum(c.bold for c in chars) * 2 > len(chars),
    )


def _same_size(a: float, b: float) -> bool:
    return max(a, b) <= min(a, b) * _SAME_SIZE


def page_lines(chars: Sequence[Char], body: float) -> list[LineBox]:
    """The page's lines: runs in content-stream order, then runs on one baseline joined where they are close.

    Two runs never join across a column gutter (white between body columns): titles set side by side in
    neighbouring columns stand less than one of their own ems apart.
    """
    chars = _without_overprints(chars)
    gutter = _gutters(chars, body)
    runs: list[list[Char]] = []
    for ch in chars:
        run = runs[-1] if runs else None
        if run is not None:
            last = run[-1]
            mid = (ch.y0 + ch.y1) / 2
            if (
                last.y0 - 0.3 * last.size < mid < last.y1 + 0.3 * last.size
                and abs((last.y0 + last.y1) / 2 - mid) < 0.35 * min(last.size, ch.size)
                and -0.3 * ch.size <= ch.x0 - last.x1 <= _JOIN_GAP * min(last.size, ch.size)
                and _same_size(last.size, ch.size)
                and not gutter(last.x1, ch.x0, ch.y0)
            ):
                run.append(ch)
                continue
        runs.append([ch])
    # Runs on one baseline (a line written in pieces, or out of order): sort and join the close ones.
    runs.sort(key=lambda r: (-round((r[0].y0 + r[0].y1) / 2), r[0].x0))
    merged: list[list[Char]] = []
    for run in runs:
        for other in reversed(merged[-8:]):
            a, b = other[-1], run[0]
            # The items of a credits line (编辑：X    校对：Y) stand two ems apart: one line too.
            items = _credit_item(run, body) and _credit_item(other[-_SHORT_ITEM:], body)
            join = _ITEM_GAP if items else _JOIN_GAP
            if (
                abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2) < 0.35 * min(a.size, b.size)
                and -0.3 * b.size <= b.x0 - a.x1 <= join * min(a.size, b.size)
                and _same_size(a.size, b.size)
                and (items or not gutter(a.x1, b.x0, b.y0))
            ):
                other.extend(run)
                break
        else:
            merged.append(run)
    return [_line_of(sorted(run, key=lambda c: c.x0)) for run in merged]


def _without_overprints(chars: Sequence[Char]) -> list[Char]:
    """The characters with each one printed again over itself dropped, the first marked bold.

    Papers fake a bold face by printing a line twice, the second a fraction of a point off: a reader would see every
    character twice. (PDFium drops them the same way.)
    """
    order = sorted(range(len(chars)), key=lambda k: (chars[k].text, chars[k].y0, chars[k].x0))
    twin_of: dict[int, int] = {}
    for pos, k in enumerate(order):
        ch = chars[k]
        back = pos - 1
        while back >= 0:
            other = chars[order[back]]
            if other.text != ch.text or ch.y0 - other.y0 >= 0.25 * ch.size:
                break
            # Off by a fraction of the glyph's own width: two narrow letters side by side (ll) are not twins.
            if abs(other.x0 - ch.x0) < 0.3 * (ch.x1 - ch.x0) and order[back] not in twin_of:
                first, second = sorted((k, order[back]))
                twin_of[second] = first
                break
            back -= 1
    if not twin_of:
        return list(chars)
    bold = set(twin_of.values())
    return [ch._replace(bold=True) if k in bold else ch for k, ch in enumerate(chars) if k not in twin_of]


def _gutters(chars: Sequence[Char], body: float) -> Callable[[float, float, float], bool]:
    """A test for a gap from ``x0`` to ``x1`` at height ``y`` that is a column gutter.

    A gutter is white between two body columns, no wider than a gutter: body characters set near that height
    (within a few lines) cover both sides of the gap's middle but not the middle itself. (A title column with no
    body text beside it, or a credits line far below, does not make one.)
    """
    band = _GUTTER_BAND * body
    spans: dict[int, list[tuple[float, float]]] = {}
    for c in chars:
        if _same_size(c.size, body):
            spans.setdefault(int(c.y0 // band), []).append((c.x0, c.x1))
    merged: dict[int, tuple[list[float], list[tuple[float, float]]]] = {}

    def coverage(key: int) -> tuple[list[float], list[tuple[float, float]]]:
        if key not in merged:
            covered: list[tuple[float, float]] = []
            for start, end in sorted(x for k in (key - 1, key, key + 1) for x in spans.get(k, ())):
                if covered and start <= covered[-1][1] + 0.5:
                    covered[-1] = (covered[-1][0], max(covered[-1][1], end))
                else:
                    covered.append((start, end))
            merged[key] = ([c[0] for c in covered], covered)
        return merged[key]

    def gutter(x0: float, x1: float, y: float) -> bool:
        if x1 - x0 < 0.5 * body:
            return False
        starts, covered = coverage(int(y // band))
        mid = (x0 + x1) / 2
        index = bisect.bisect_right(starts, mid) - 1
        if index < 0 or covered[index][1] >= mid or index + 1 >= len(covered):
            return False  # covered, or no body column on one side
        return covered[index + 1][0] - covered[index][1] < _GUTTER_MAX * body

    return gutter


def _credit_item(chars: Sequence[Char], body: float) -> bool:
    """A short run with a colon at body size: 编辑：何平 (not a short title line such as 河北：举全省之力)."""
    return len(chars) <= _SHORT_ITEM and _same_size(chars[0].size, body) and any(c.text in "：:" for c in chars)


def body_size(chars: Sequence[Char]) -> float:
    """The page's body type size: the size most characters are set in (0.0 for no characters)."""
    counts: dict[float, int] = {}
    for ch in chars:
        key = round(ch.size, 1)
        counts[key] = counts.get(key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else 0.0


def _stacks(stack: list[LineBox], lower: LineBox) -> float | None:
    """How well ``lower`` continues ``stack`` (None: not at all): same type, next baseline, same column.

    The column is the width of the stack's last lines, so an indented line follows a paragraph's short last line.
    """
    upper = stack[-1]
    if not (_same_size(upper.size, lower.size) and upper.bold == lower.bold):
        return None
    step = upper.y0 - lower.y0
    if not 0.9 * upper.size <= step <= _LEADING_MAX * upper.size:
        return None
    x0, x1 = min(ln.x0 for ln in stack[-4:]), max(ln.x1 for ln in stack[-4:])
    overlap = min(x1, lower.x1) - max(x0, lower.x0)
    if overlap >= 0.5 * min(x1 - x0, lower.x1 - lower.x0):
        return overlap
    # A paragraph's short last line at a column's top, then the next paragraph's indented first line.
    if len(stack) == 1 and -0.5 * lower.size <= lower.x0 - x0 <= 2.5 * lower.size:
        return max(overlap, 0.0)
    return None


def _block(lines: Sequence[LineBox], *, title: bool) -> Block:
    return Block(
        tuple(lines),
        min(ln.x0 for ln in lines),
        min(ln.y0 for ln in lines),
        max(ln.x1 for ln in lines),
        max(ln.y1 for ln in lines),
        title,
    )


def _is_title(line: LineBox, body: float) -> bool:
    return line.size >= body * _TITLE_RATIO or (line.bold and line.size >= body * 0.98)


def page_blocks(chars: Sequence[Char], body: float) -> list[Block]:
    """The page's blocks, title groups among them (not yet in reading order)."""
    lines = sorted(page_lines(chars, body), key=lambda ln: (-ln.y0, ln.x0))
    stacks: list[list[LineBox]] = []
    for line in lines:
        best = None
        for stack in stacks:
            overlap = _stacks(stack, line)
            if overlap is not None and (best is None or overlap > best[0]):
                best = (overlap, stack)
        if best is None:
            stacks.append([line])
        else:
            best[1].append(line)
    blocks = [_block(s, title=any(_is_title(ln, body) for ln in s)) for s in stacks]
    return _title_groups(blocks, body)


def _near_title(block: Block, head: Block, body: float) -> bool:
    """``block`` is the kicker above or the subtitle below the headline ``head``.

    A few lines, at body size or more, set close to it, centred with it or flush left with it (a kicker may
    be wider than a short headline over two lines).
    """
    if block.title or len(block.lines) > _TITLE_PART_LINES or block.lines[0].size < body * 0.97:
        return False
    gap = block.y0 - head.y1 if block.y0 >= head.y1 - 1 else head.y0 - block.y1
    if not -1 <= gap <= 0.9 * max(block.lines[0].size, body):
        return False
    centre, head_centre = (block.x0 + block.x1) / 2, (head.x0 + head.x1) / 2
    return abs(centre - head_centre) < body or abs(block.x0 - head.x0) < body / 2


def _title_groups(blocks: list[Block], body: float) -> list[Block]:
    """Each headline with its kicker and subtitle as one title block; the other blocks as they are."""
    heads = [b for b in blocks if b.title]
    # Headline blocks set one under the other (a two-size headline, a subtitle set large) are one group.
    heads.sort(key=lambda b: -b.y1)
    groups: list[list[Block]] = []
    for head in heads:
        for group in groups:
            last = group[-1]
            gap = last.y0 - head.y1
            overlap = min(last.x1, head.x1) - max(last.x0, head.x0)
            if -1 <= gap <= 0.9 * head.lines[0].size and overlap > 0.3 * min(last.x1 - last.x0, head.x1 - head.x0):
                group.append(head)
                break
        else:
            groups.append([head])
    used: set[int] = set()
    for group in groups:
        for _ in range(2):  # a kicker above and a subtitle below, each possibly over two lines
            for index, block in enumerate(blocks):
                if index not in used and any(_near_title(block, head, body) for head in group):
                    used.add(index)
                    group.append(block)
    out = [b for i, b in enumerate(blocks) if i not in used and not b.title]
    for group in groups:
        lines = sorted((ln for b in group for ln in b.lines), key=lambda ln: (-ln.y0, ln.x0))
        out.append(_block(lines, title=True))
    return out


# --- reading order -------------------------------------------------------------------------------------------


def _gaps(spans: list[tuple[float, float]], low: float, high: float, minimum: float) -> list[float]:
    """Where the union of ``spans`` leaves gaps of at least ``minimum`` inside ``[low, high]``: their middles."""
    spans = sorted(spans)
    out: list[float] = []
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= minimum and low < start and reach < high:
            out.append((reach + start) / 2)
        reach = max(reach, end)
    return out


class _Item(NamedTuple):
    """A block as the XY cut sees it: a title set beside its body reaches down as far as the body does."""

    x0: float
    y0: float
    x1: float
    y1: float
    title: bool
    block: Block


def column_starts(blocks: Sequence[Block]) -> list[float]:
    """Where the body columns of these blocks start (their left edges), for ``order_blocks``'s ``grid``."""
    return [b.x0 for b in blocks if not b.title and len(b.lines) > 1]


def order_blocks(
    blocks: Sequence[Block], body: float, grid: Sequence[float] | None = None, figures: Sequence[Figure] = ()
) -> list[Block]:
    """The blocks of one page in reading order (see the module's description).

    ``grid`` is where body columns start, on this page and the others of the document (a page with few columns of
    text shows its grid poorly); by default this page's own. ``figures`` are the page's photos (see ``photos``):
    a photo holds its place in the page as a block does, and its caption is read where the photo stands.
    """
    columns = sorted(b.x1 - b.x0 for b in blocks if len(b.lines) >= 5 and not b.title)
    column = columns[len(columns) // 2] if columns else 0.0
    starts = list(grid) if grid is not None else column_starts(blocks)
    items = [_Item(*_extent(b, blocks, body, column, starts), b.title, b) for b in blocks]
    items = _with_photos(items, figures, body)
    return [item.block for item in _xy(items, body) if item.block.lines]


#: A photo is at least this many body sizes wide and high (a rule or a bullet is not).
_PHOTO_MIN = 3.0


def photos(figures: Sequence[Figure], chars: Sequence[Char], body: float) -> list[Figure]:
    """The page's photos among its figures: images and filled shapes large enough, with no text printed on them.

    A tinted panel behind a box of text, or a page's background, has characters on it; a photo (or the grey box a
    proof sets for one) has none. A figure inside another (a frame's fill) is that one.
    """
    big = [f for f in figures if min(f.x1 - f.x0, f.y1 - f.y0) >= _PHOTO_MIN * body]
    if not big:
        return []
    # Characters by their left edge: a figure looks only at those that start within its width.
    by_x = sorted(chars, key=lambda c: c.x0)
    lefts = [c.x0 for c in by_x]

    def bare_of_text(f: Figure) -> bool:
        start, end = bisect.bisect_right(lefts, f.x0), bisect.bisect_left(lefts, f.x1)
        return not any(c.x1 < f.x1 and f.y0 < c.y0 and c.y1 < f.y1 for c in itertools.islice(by_x, start, end))

    bare = [f for f in big if bare_of_text(f)]

    def inside(f: Figure, o: Figure) -> bool:
        return o.x0 <= f.x0 + 1 and o.y0 <= f.y0 + 1 and o.x1 >= f.x1 - 1 and o.y1 >= f.y1 - 1

    # Of two figures one inside the other, the outer one; of two the same, the first.
    return [
        f
        for k, f in enumerate(bare)
        if not any(inside(f, o) and (j < k or o != f) for j, o in enumerate(bare) if j != k)
    ]


def _with_photos(items: list[_Item], figures: Sequence[Figure], body: float) -> list[_Item]:
    """The items with each photo in place: its caption's item covers it, or it stands as an item without text.

    The caption is the block set right under the photo (else right over it) across most of its width: a caption,
    or the column's text that the photo heads; a line in caption type right under the caption (a credit set to
    the right) is the caption's too. A photo without one is an item of its own, so that no cut is made through it
    (a cut across the white a photo leaves in a column would part the column's text). A caption under a photo set
    right under text across the photo's width is ``inset``: the photo is that text's; else its ``heads`` is the first
    line of the text set right under it across the photo's width, if any.
    """
    out = list(items)
    for fig in figures:
        width = fig.x1 - fig.x0

        def spans(item: _Item, fig: Figure = fig, width: float = width) -> bool:
            block = item.block
            return (
                not item.title
                and bool(block.lines)
                and block.x0 >= fig.x0 - body
                and block.x1 <= fig.x1 + body
                and block.x1 - block.x0 >= 0.5 * width
            )

        under = [(fig.y0 - o.block.y1, k) for k, o in enumerate(out) if spans(o) and -1 <= fig.y0 - o.block.y1 <= body]
        over = [(o.block.y0 - fig.y1, k) for k, o in enumerate(out) if spans(o) and -1 <= o.block.y0 - fig.y1 <= body]
        if not (under or over):
            out.append(_Item(fig.x0, fig.y0, fig.x1, fig.y1, title=False, block=Block((), *fig, title=False)))
            continue
        _, k = min(under or over)
        item = original = out[k]
        if under:
            item = _with_credit(item, out, fig, body)
            inset = any(
                not o.title
                and o.block.lines
                and _same_size(o.block.lines[0].size, body)
                and -1 <= o.block.y0 - fig.y1 <= body
                and o.block.x0 <= fig.x0 + body
                and o.block.x1 >= fig.x1 - body
                for o in out
            )
            if inset:
                item = item._replace(block=item.block._replace(inset=True))
            else:
                item = item._replace(block=item.block._replace(heads=_headed(item.block, out, fig, body)))
        k = next(j for j, o in enumerate(out) if o is original)  # a credit taken out may have moved it
        out[k] = item._replace(
            x0=min(item.x0, fig.x0), y0=min(item.y0, fig.y0), x1=max(item.x1, fig.x1), y1=max(item.y1, fig.y1)
        )
    return out


def _headed(caption: Block, items: list[_Item], fig: Figure, body: float) -> LineBox | None:
    """The first line of the text set right under ``caption`` across the photo's width (its columns together)."""
    under = [
        o.block
        for o in items
        if not o.title
        and o.block.lines
        and o.block is not caption
        and _same_size(o.block.lines[0].size, body)
        and -1 <= caption.y0 - o.block.y1 <= 2 * body
        and o.block.x0 >= fig.x0 - body
        and o.block.x1 <= fig.x1 + body
    ]
    if not under or min(b.x0 for b in under) > fig.x0 + body or max(b.x1 for b in under) < fig.x1 - body:
        return None
    return min(under, key=lambda b: b.x0).lines[0]


def _with_credit(caption: _Item, items: list[_Item], fig: Figure, body: float) -> _Item:
    """The caption with the lines in caption type set right under it, within the photo's width (its credit).

    They are taken out of ``items``.
    """
    block = caption.block
    while True:
        nxt = next(
            (
                o
                for o in items
                if o is not caption
                and not o.title
                and o.block.lines
                and all(ln.size * _SAME_SIZE < body for ln in o.block.lines)
                and -1 <= block.y0 - o.block.y1 <= body
                and o.block.x0 >= fig.x0 - body
                and o.block.x1 <= fig.x1 + body
            ),
            None,
        )
        if nxt is None:
            return caption._replace(block=block)
        items.remove(nxt)
        block = _block((*block.lines, *nxt.block.lines), title=False)
        caption = caption._replace(
            x0=min(caption.x0, nxt.x0), y0=min(caption.y0, nxt.y0), x1=max(caption.x1, nxt.x1), y1=caption.y1
        )


def _extent(
    block: Block, blocks: Sequence[Block], body: float, column: float, starts: list[float]
) -> tuple[float, float, float, float]:
    """The box the XY cut sees: a title set in a column of its own beside its body covers the body too.

    A title is beside its body when nothing stands just under it and text starts at its height in the next column
    to its right or left (not another title's body; of two sides, the one whose text starts nearer its top); the
    columns that follow at that height are the rest of the body. (A photo
    over the body hides it, and the reading order may then go wrong.) A title set flush left in its column ends
    short of the column's width (``column``, the page's usual). Any other block is its own box.
    """
    own = (block.x0, block.y0, block.x1, block.y1)
    if not block.title:
        return own
    if _over_body(block, blocks, body):
        return own  # something under it: a title over its body, not beside it

    titles = [t for t in blocks if t.title and t is not block]

    def headed(other: Block) -> bool:  # the body under another title
        return any(
            t.y0 - 3 * body <= other.y1 <= t.y0 + 1 and min(t.x1, other.x1) - max(t.x0, other.x0) > 0 for t in titles
        )

    def level(other: Block) -> bool:
        return not other.title and abs(other.y1 - block.y1) <= 2 * body and other.y0 < block.y1 and not headed(other)

    found: list[tuple[float, tuple[float, float, float, float]]] = []
    for side in (1, -1):
        x0, y0, x1 = block.x0, block.y0, block.x1
        # The first column beside a flush-left title starts a gutter after the title's column, not its text.
        reach = max(x1, x0 + column) if side == 1 else x0
        first: float | None = None
        columns: list[list[Block]] = []
        while True:
            near = [
                o
                for o in blocks
                if level(o)
                and (
                    o.x0 >= x1 and o.x0 - reach < _BESIDE_GAP * body
                    if side == 1
                    else 0 <= x0 - o.x1 < _BESIDE_GAP * body
                )
            ]
            if not near:
                break
            nxt = max(near, key=lambda o: o.y1)
            # The whole column: a byline on a line of its own over the body is a block of its own.
            col = [o for o in near if min(o.x1, nxt.x1) - max(o.x0, nxt.x0) > 0]
            if first is not None and _beside_other(col, side, block, blocks, body):
                break  # the column of another title set beside it, level with this one
            if first is None:
                first = abs(nxt.y1 - block.y1)
            columns.append(col)
            x0, x1 = min(x0, *(o.x0 for o in col)), max(x1, *(o.x1 for o in col))
            reach = x1
        # Left of the title, its body's first column opens the text: the columns beyond one that carries on text
        # from elsewhere (a jump from the page before, set level with the title) are not its body.
        while side == -1 and len(columns) > 1 and _carries_on(max(columns[-1], key=lambda o: o.y1), body):
            columns.pop()
        if columns:
            x0, x1 = (
                min(block.x0, *(o.x0 for c in columns for o in c)),
                max(block.x1, *(o.x1 for c in columns for o in c)),
            )
            y0 = min(block.y0, *(o.y0 for c in columns for o in c))
        if first is not None and y0 < block.y0:
            found.append((first, (x0, y0, x1, block.y1)))
    if len(found) == 2 and abs(found[0][0] - found[1][0]) < 1:
        # Flush left with a column, the title stands in its article's first column, the body to its right; set in
        # from its column's edge, it keeps off a body to its left.
        flush = _on_grid(block.x0, starts, body)
        return found[0][1] if flush else found[1][1]
    if found:  # the side whose first column starts nearest the title's top
        return min(found, key=lambda f: f[0])[1]
    return own


def _carries_on(block: Block, body: float) -> bool:
    """Whether a column's top block carries on text from elsewhere: its first line fills the column, flush left.

    A text's first line is indented, or short (an author line); a paragraph wrapped from another column is neither.
    """
    if block.title or len(block.lines) < 2:
        return False
    top = block.lines[0]
    return top.x0 - block.x0 < 0.5 * body and block.x1 - top.x1 <= body


def _over_body(block: Block, blocks: Sequence[Block], body: float) -> bool:
    """Whether something stands just under ``block``: a title over its body."""
    for other in blocks:
        if other is not block and other.y1 <= block.y0 + 1 and block.y0 - other.y1 < 3 * body:
            overlap = min(other.x1, block.x1) - max(other.x0, block.x0)
            if overlap > 0.3 * min(other.x1 - other.x0, block.x1 - block.x0):
                return True
    return False


def _beside_other(col: list[Block], side: int, block: Block, blocks: Sequence[Block], body: float) -> bool:
    """Whether another title set beside its body, level with ``block``, stands just beyond ``col``."""
    edge = max(o.x1 for o in col) if side == 1 else min(o.x0 for o in col)
    return any(
        t.title
        and t is not block
        and abs(t.y1 - block.y1) <= 2 * body
        and 0 <= (t.x0 - edge if side == 1 else edge - t.x1) < _BESIDE_GAP * body
        and not _over_body(t, blocks, body)
        for t in blocks
    )


def _on_grid(x: float, starts: list[float], body: float) -> bool:
    """Whether ``x`` is where a column starts: at a body column's start, or a whole number of columns from one."""
    starts = sorted({round(v, 1) for v in starts})
    steps = [b - a for a, b in itertools.pairwise(starts) if b - a > 3 * body]
    pitch = min(steps, default=0.0)
    for start in starts:
        if abs(x - start) < 1:
            return True
        if pitch and abs((x - start) / pitch - round((x - start) / pitch)) * pitch < 1:
            return True
    return False


def _xy(items: list[_Item], body: float) -> list[_Item]:
    if len(items) <= 1:
        return items
    # A title beside its body, and nothing else in the region than that body: the title, then the body.
    for item in items:
        if item.title and (item.x0, item.y0, item.x1) != (item.block.x0, item.block.y0, item.block.x1):
            inside = [o for o in items if o is not item and _within(o, item, body)]
            if len(inside) == len(items) - 1:
                return [item, *_xy(inside, body)]
    # Across: gaps in the vertical extent, from the top of the page down.
    for cut in _gaps([(-b.y1, -b.y0) for b in items], -1e9, 1e9, 0.2 * body):
        above = [b for b in items if -b.y0 <= cut]
        below = [b for b in items if -b.y0 > cut]
        if above and below and not _refuse_cut(above, body) and not _short_column(above, below, body):
            return _xy(above, body) + _xy(below, body)
    # Down: gaps in the horizontal extent, left to right (a gutter is more than half a body size).
    xs = _gaps([(b.x0, b.x1) for b in items], -1e9, 1e9, 0.6 * body)
    if xs:
        for cut in xs:
            left = [b for b in items if (b.x0 + b.x1) / 2 < cut]
            right = [b for b in items if (b.x0 + b.x1) / 2 >= cut]
            if (
                _clean_cut(left, right, body)
                and _clean_cut(right, left, body)
                and not _heads_across(left, right, body)
                and not _heads_across(right, left, body)
            ):
                parts = _titles_first([left, right], body)
                return [b for part in parts for b in _xy(part, body)]
        edges = [-1e9, *xs, 1e9]
        parts = [[b for b in items if lo < (b.x0 + b.x1) / 2 < hi] for lo, hi in itertools.pairwise(edges)]
        return [b for part in _titles_first(parts, body) for b in _xy(part, body)]
    # Neither: articles that interlock like a pinwheel.
    return _by_titles(items, body)


def _by_titles(items: list[_Item], body: float) -> list[_Item]:
    """Articles that interlock (no cut parts them): each block goes with its title, the titles top to bottom.

    A block's title is the title set beside it whose reach it lies in, else the nearest across of the titles above
    its top, and of those equally near the lowest. The
    blocks without a title above them come first, then each title with its blocks, in the order of the cuts.
    """
    titles = sorted((b for b in items if b.title), key=lambda b: (-round(b.y1 / (3 * body)), b.x0))
    rest = [b for b in items if not b.title]
    if not titles or not rest:
        return sorted(items, key=lambda b: (-round(b.y1 / (2 * body)), b.x0))
    lead: list[_Item] = []
    under: dict[int, list[_Item]] = {id(t): [] for t in titles}
    for block in rest:
        beside = [t for t in titles if t.y0 < t.block.y0 and _within(block, t, body)]
        if beside:  # the body of a title set beside it
            under[id(min(beside, key=lambda t: (t.x1 - t.x0) * (t.y1 - t.y0)))].append(block)
            continue
        above = [t for t in titles if t.y0 >= block.y1 - 2 * body]
        if not above:
            lead.append(block)
            continue
        best = min(above, key=lambda t: (max(0.0, t.x0 - block.x1, block.x0 - t.x1), t.y0 - block.y1))
        under[id(best)].append(block)
    out = sorted(lead, key=lambda b: (-round(b.y1 / (2 * body)), b.x0))
    for title in titles:
        out.append(title)
        out.extend(_xy(under[id(title)], body))
    return out


def _within(inner: _Item, outer: _Item, body: float) -> bool:
    return (
        inner.x0 >= outer.x0 - body
        and inner.x1 <= outer.x1 + body
        and inner.y0 >= outer.y0 - body
        and inner.y1 <= outer.y1 + 2 * body
    )


def _heads_across(one: list[_Item], other: list[_Item], body: float) -> bool:
    """Whether a title in ``one`` heads a block of ``other`` too: a title centred over columns on both sides.

    The block of ``other`` starts just under the title, and of the titles it starts just under, this one is the
    nearest across; a block of ``one`` starts just under it too.
    """

    def under(block: _Item, title: _Item) -> bool:
        return title.y0 - 3 * body <= block.y1 <= title.y0 + 1

    def apart(block: _Item, title: _Item) -> float:
        return max(0.0, title.x0 - block.x1, block.x0 - title.x1)

    # A title set flush left with a column starts its article there: nothing left of it is under it.
    starts = [b.x0 for b in (*one, *other) if not b.title]
    flush = {id(t) for t in (*one, *other) if t.title and any(abs(t.x0 - x) < 1 for x in starts)}
    titles = [t for t in (*one, *other) if t.title]
    for title in one:
        if not title.title or not any(under(b, title) for b in one if b is not title):
            continue
        for block in other:
            if block.title or not under(block, title):
                continue
            heads = [t for t in titles if under(block, t) and not (id(t) in flush and block.x1 < t.x0)]
            nearest = min(heads, key=lambda t: apart(block, t), default=None)
            if nearest is title:
                return True
    return False


def _clean_cut(one: list[_Item], other: list[_Item], body: float) -> bool:
    """Whether a cut down between ``one`` and ``other`` parts whole articles, not the columns of stacked ones.

    Where ``one`` has a gap across (articles one above the other) and ``other`` has a block that starts or ends
    level with that gap, the cut would read the top article's first columns, then the article under them, then
    the top article's last columns.
    """
    if len(one) < 2:
        return True
    # Gaps between articles (more than a line's white), not the one between a byline line and its body.
    gaps = [(-hi, -lo) for lo, hi in _gap_spans([(-b.y1, -b.y0) for b in one], 0.8 * body)]
    # Columns of body text: a one-line byline or title, or a photo's caption, may stand anywhere.
    columns = [b for b in other if len(b.block.lines) > 1 and _same_size(b.block.lines[0].size, body)]
    for lo, hi in gaps:
        if all(b.title for b in one if hi - 1 <= b.y0 <= hi + body):
            continue  # the white under a title, over its own body: no article ends there
        # The top article's last column may end a few lines short of its others; the next article's columns
        # start level with each other.
        if any(hi - body <= b.y0 <= hi + 3 * body or lo - body / 2 <= b.y1 <= hi + body / 2 for b in columns):
            return False
    return True


def _short_column(above: list[_Item], below: list[_Item], body: float) -> bool:
    """Whether a cut across runs through the white at the foot of a short column, parting the next column's text.

    The part below has no title and stands right under a block above it (less than a line's white apart: the text
    a caption or a photo broke), and beside it a column of text above ends well over the cut with nothing of the
    part below under it: columns of one article, the short one ending before the white, not two articles stacked.
    """
    if any(b.title for b in below):
        return False
    top = max(b.y1 for b in below)
    x0, x1 = min(b.x0 for b in below), max(b.x1 for b in below)
    under = any(b.y0 - top < body and min(b.x1, x1) - max(b.x0, x0) > 0 for b in above)
    return under and any(
        not b.title
        and len(b.block.lines) > 1
        and _same_size(b.block.lines[0].size, body)
        and b.y0 - top > 3 * body
        and (b.x0 >= x1 or b.x1 <= x0)
        for b in above
    )


def _gap_spans(spans: list[tuple[float, float]], minimum: float) -> list[tuple[float, float]]:
    """The gaps of at least ``minimum`` that the union of ``spans`` leaves, as ``(start, end)``."""
    spans = sorted(spans)
    out: list[tuple[float, float]] = []
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= minimum:
            out.append((reach, start))
        reach = max(reach, end)
    return out


def _refuse_cut(above: list[_Item], body: float) -> bool:
    """Whether to refuse a cut across just under titles of articles set side by side.

    When a title stands just above the cut and another block stands beside it, also just above the cut, the cut
    would read two articles' titles (or a title and another article's top) before either body; a cut down parts
    them instead.
    """
    nearest = min(b.y0 for b in above)
    low = [b for b in above if b.y0 - nearest < 3 * body]
    # A title's own bottom: one set beside its body reaches down with the body and is read before it anyway.
    return any(
        t.title and t.block.y0 - nearest < 3 * body and any(o is not t and (o.x1 <= t.x0 or o.x0 >= t.x1) for o in low)
        for t in low
    )


#: Marks that end a sentence; a column that ends without one runs on.
_SENTENCE_END = "。！？!?…"
_CLOSING = "”’」』）)"


def _runs_on(text: str) -> bool:
    """Whether a column's last line stops mid-sentence."""
    text = text.rstrip()
    if text[-1:] in _CLOSING:
        text = text[:-1]
    return text[-1:] not in _SENTENCE_END


def defer_jump(ordered: list[Block], body: float, following: Block | None) -> list[Block]:
    """A page's reading order with the article that jumps to the next page read last.

    An article that runs on to the next page ends at the foot of the page, mid-sentence, and another article
    follows it in reading order (a title, or a column that does not start level with its own); read after that
    other article, it runs straight into its continuation at the top of the next page (a page break does not end
    an article). The article is its blocks back to its title over the columns level with the last. ``following``
    is the first block of the next page, which must not be a title; there is none after the last page.
    """
    if following is None or following.title or len(ordered) < 3:
        return ordered
    # The foot of the text columns (a credits line may stand under them).
    foot = min((b.y0 for b in ordered if len(b.lines) > 1), default=0.0)
    for index, block in enumerate(ordered[:-1]):
        after = ordered[index + 1]
        if block.title or block.y0 > foot + 2 * body or not _runs_on(block.lines[-1].text):
            continue
        if not (after.title or abs(after.y1 - block.y1) > 2 * body):
            continue  # the next column of the same article
        start = index
        while start > 0:
            prev = ordered[start - 1]
            if prev.title:
                start -= 1
                break
            if abs(prev.y1 - ordered[start].y1) > 2 * body:
                break
            start -= 1
        return ordered[:start] + ordered[index + 1 :] + ordered[start : index + 1]
    return ordered


def _titles_first(parts: list[list[_Item]], body: float) -> list[list[_Item]]:
    """The parts of a cut down, a title set in a column of its own right of its body moved before that body.

    The title part (a title that reaches down beside its body) moves before the parts just left of it that start
    at its height and hold no title.
    """
    parts = [p for p in parts if p]
    index = 1
    while index < len(parts):
        part = parts[index]
        if all(b.title and b.y0 < b.block.y0 for b in part):
            top = max(b.y1 for b in part)
            start = index
            while start > 0:
                prev = parts[start - 1]
                prev_top = max(b.y1 for b in prev)
                if any(b.title for b in prev) or abs(prev_top - top) > 1.5 * body:
                    break
                start -= 1
            if start < index:
                parts.insert(start, parts.pop(index))
        index += 1
    return parts

r"""Columns printed side by side on one line, as ``pdftotext -layout`` prints a newspaper page, read one after another.

``pdftotext -layout`` keeps a page's geometry: each printed line of the page is one line of text, and the columns of a
multi-column page stand side by side on it, parted by runs of spaces at about the same character offset on every
line (one character cell per character, a CJK character as much as a Latin one: measured on the typeset corpus
pages, where the second column starts at offset 27 or 30 whatever the CJK share of the first column's text).
Read as prose, such a page interleaves its columns line by line.

:func:`split_columns` finds the gutters (a column of offsets that is white space on most lines of a horizontal band
and that no line's text crosses, with text on both sides of it on many lines), cuts each line into its columns'
fragments and lays the fragments out again in reading order: a band's first column top to bottom, then its second
and so on, a line that crosses the gutters (a title over several columns) where it stands, between the bands above
and below it. The gutters are looked for again within each band and each column, so a column set in two narrower
ones is read as such. docs/how-it-decides.md (section 0) gives the evidence for each threshold.

Every fragment keeps its offsets in the input: :class:`Columns` maps a range of the rearranged text back to the
ranges of the input it was read from.

>>> left = ["本报讯　甲乙丙丁戊", "己庚辛壬癸子丑寅", "卯辰巳午未申酉戌", "亥终。"]
>>> right = ["新华社北京电　天地", "玄黄宇宙洪荒日月", "盈昃辰宿列张寒来", "暑往秋收冬藏。"]
>>> page = "\n".join(f"{a:<12}    {b}" for a, b in zip(left, right))
>>> print(page)
本报讯　甲乙丙丁戊       新华社北京电　天地
己庚辛壬癸子丑寅        玄黄宇宙洪荒日月
卯辰巳午未申酉戌        盈昃辰宿列张寒来
亥终。             暑往秋收冬藏。
>>> print(split_columns(page).text)
本报讯　甲乙丙丁戊
己庚辛壬癸子丑寅
卯辰巳午未申酉戌
亥终。
<BLANKLINE>
新华社北京电　天地
玄黄宇宙洪荒日月
盈昃辰宿列张寒来
暑往秋收冬藏。
<BLANKLINE>
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

import attrs

from newsseg._lexicon import splits_word
from newsseg._patterns import CREDIT_ROLE_COLON, SENTENCE_END
from newsseg._text import normalize, to_simplified
from newsseg.byline import match_byline
from newsseg.model import Article, Caption, Leftover, Page, Paragraph, Span
from newsseg.reflow import ends_sentence

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Text runs of one column: characters parted by single spaces at most. Two spaces or more part columns: one space
#: is a word space in Latin text, the gap of a letter-spaced title (人 民 日 报) or of a name set to width
#: (陈  凌 takes two, but on one line only, where a gutter needs many).
_RUN = re.compile(r"[^ \t]+(?:[ \t][^ \t]+)*")

#: A gutter has text on both sides on at least this many lines of its band: fewer is a table or a credits line.
_MIN_SIDE_BY_SIDE = 4

#: ... and on at least this share of the band's non-blank lines. Columns set to different line pitches share few
#: printed lines (a 新华社 brief beside a feature: about half of the lines hold both in the typeset pages).
_SIDE_BY_SIDE_SHARE = 0.25

#: Two columns set at two line pitches (few of their lines side by side) show their gutter by this many lines of
#: text on each side of it, none across.
_PITCH_LINES = 3 * 4

#: A column is at least this many cells wide on the lines that hold text on both sides (median): narrower pieces
#: are the cells of a table or a list (1  2  3), not columns of prose.
_MIN_COLUMN_WIDTH = 4

#: A line's text may reach this many cells into a gutter: pdftotext places each character at its own x and rounds,
#: and a line of narrow Latin letters and digits pushes the next column's text a cell or two to the right.
_JITTER = 2

#: ... but only a few lines may reach into it: at the gutter, this share of the lines with text on both sides of it
#: is white space (a title centred over two columns reaches two cells past either edge of a narrow gutter).
_BLANK_SHARE = 0.8

#: This many blank lines across the whole width part two bands: columns that run on are set at one line pitch, and
#: the blank lines of one column are filled by its neighbours' text.
_BAND_GAP = 2

#: A gutter that stops within a region makes a band of its own when it has text on both sides on this many lines
#: and on this share of the region's non-blank lines.
_MIN_BAND_LINES = 8
_BAND_SHARE = 0.2

#: At most this many lines of text over a band are a head set over its columns (a title and its subtitle).
_HEAD_LINES = 3

#: Titles set side by side over the columns below them share at least this many printed lines: one line parted in
#: two may be one title printed with a gap between its phrases (一江碧水东流  千里绘就长歌).
_SIDE_BY_SIDE_HEADS = 2

#: A title beside its body leaves at least this many cells of white space down the whole band between them.
_SIDE_GAP = 3

#: A title set beside its body (right of it, or left of a body of one column) takes at most this many printed lines:
#: a kicker, two lines of headline, a subtitle.
_SIDE_TITLE_LINES = 4

#: ... and stands at most this many lines below the top of its article (its byline, on the article's first line).
_TITLE_DROP = 2


@attrs.frozen
class _Piece:
    """The part of one input line that belongs to one column: offsets ``[lo, hi)`` into that line's text."""

    row: int
    lo: int
    hi: int


@attrs.frozen
class Columns:
    """A text laid out again in reading order, and where each of its characters stands in the input.

    ``text`` is the rearranged text; for each stretch of the input copied into it, ``starts`` holds its offset in
    ``text``, ``origins`` its offset in the input and ``lengths`` its length. The line feeds and blank lines the
    rearrangement wrote between the stretches come from no offset of the input.
    """

    text: str
    source: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]
    lengths: tuple[int, ...]

    def pieces(self, span: Span) -> tuple[Span, ...]:
        """The ranges of the input that ``span`` of :attr:`text` was read from, in reading order.

        Ranges of the input that only white space parts are one range; each range is trimmed of outer white space.
        """
        out: list[Span] = []
        k = max(0, bisect.bisect_right(self.starts, span.start) - 1)
        while k < len(self.starts) and self.starts[k] < span.end:
            lo = max(span.start, self.starts[k]) - self.starts[k]
            hi = min(span.end, self.starts[k] + self.lengths[k]) - self.starts[k]
            if lo < hi:
                start, end = self.origins[k] + lo, self.origins[k] + hi
                while start < end and self.source[start].isspace():
                    start += 1
                while end > start and self.source[end - 1].isspace():
                    end -= 1
                if start < end:
                    if out and out[-1].end <= start and not self.source[out[-1].end : start].strip():
                        out[-1] = Span(out[-1].start, end)
                    else:
                        out.append(Span(start, end))
            k += 1
        return tuple(out)

    def hull(self, span: Span) -> Span:
        """The one range of the input from the first to the last character ``span`` of :attr:`text` was read from."""
        found = self.pieces(span)
        if not found:
            at = self.origin(span.start)
            return Span(at, at)
        return Span(min(s.start for s in found), max(s.end for s in found))

    def restore(self, page: Page) -> Page:
        """``page``, segmented from :attr:`text`, with every span pointing into the input.

        Articles keep the ranges of all the fragments they were read from (merged where only white space parts
        them), so the exact-once cover of the input holds as it held on the rearranged text; a paragraph or caption
        read from several fragments has them as ``pieces``; a leftover becomes one per fragment; a byline, a
        dateline, a credit or a decision gets the range from its first character to its last.
        """
        articles = tuple(self._article(a) for a in page.articles)
        leftovers = [
            Leftover(text=piece.of(self.source), span=piece) for x in page.leftovers for piece in self.pieces(x.span)
        ]
        return Page(
            articles=articles,
            credits=tuple(attrs.evolve(c, span=self.hull(c.span)) for c in page.credits),
            leftovers=tuple(sorted(leftovers, key=lambda x: x.span)),
            source=self.source,
            decisions=tuple(attrs.evolve(d, span=self.hull(d.span)) for d in page.decisions),
        )

    def _article(self, article: Article) -> Article:
        spans: list[Span] = []
        for piece in sorted(p for span in article.spans for p in self.pieces(span)):
            if spans and not self.source[spans[-1].end : piece.start].strip():
                spans[-1] = Span(spans[-1].start, max(spans[-1].end, piece.end))
            else:
                spans.append(piece)
        headline = article.headline
        if headline is not None:
            headline = attrs.evolve(headline, spans=tuple(p for span in headline.spans for p in self.pieces(span)))
        byline, dateline = article.byline, article.dateline
        if byline is not None and byline.span is not None:
            byline = attrs.evolve(byline, span=self.hull(byline.span))
        if dateline is not None and dateline.span is not None:
            dateline = attrs.evolve(dateline, span=self.hull(dateline.span))
        return attrs.evolve(
            article,
            spans=tuple(spans),
            headline=headline,
            byline=byline,
            dateline=dateline,
            paragraphs=tuple(self._paragraph(p) for p in article.paragraphs),
            captions=tuple(self._caption(c) for c in article.captions),
        )

    def _paragraph(self, paragraph: Paragraph) -> Paragraph:
        pieces = self._all_pieces(paragraph.pieces or (paragraph.span,))
        return attrs.evolve(
            paragraph, span=_hull(pieces, self.hull(paragraph.span)), pieces=pieces if len(pieces) > 1 else ()
        )

    def _caption(self, caption: Caption) -> Caption:
        pieces = self._all_pieces(caption.pieces or (caption.span,))
        return attrs.evolve(
            caption, span=_hull(pieces, self.hull(caption.span)), pieces=pieces if len(pieces) > 1 else ()
        )

    def _all_pieces(self, spans: Sequence[Span]) -> tuple[Span, ...]:
        """The ranges of the input that ``spans`` of :attr:`text` were read from, in reading order."""
        return tuple(piece for span in spans for piece in self.pieces(span))

    def origin(self, offset: int) -> int:
        """The input offset of the character at ``offset`` in :attr:`text` (of the copied stretch before it)."""
        k = max(0, bisect.bisect_right(self.starts, offset) - 1)
        if not self.starts:
            return 0
        return self.origins[k] + min(max(0, offset - self.starts[k]), self.lengths[k])


def _hull(pieces: Sequence[Span], default: Span) -> Span:
    """The range from the first of ``pieces`` to the last (``default`` when there are none)."""
    if not pieces:
        return default
    return Span(min(p.start for p in pieces), max(p.end for p in pieces))


def split_columns(source: str) -> Columns | None:
    r"""``source`` with its side-by-side columns read one after another; ``None`` when no page of it has any.

    Each form-feed page is laid out on its own; a page without side-by-side columns is kept as it is.

    >>> split_columns("本报讯（记者王明）8月7日上午，市政府召开会议。\n  人 民 日 报   本版责编：陈  凌\n") is None
    True
    """
    normal = normalize(source)
    writer = _Writer(source)
    changed = False
    page_start = 0
    for page_end in [*(m.start() for m in re.finditer("\f", source)), len(source)]:
        # The cheap tests first: most pages fail them, and are copied without a piece made for each of their lines.
        # A line that parts two columns holds two spaces in a row, so a page with fewer such pairs than the lines
        # that must show a gutter has none, and its lines are not even listed (issue 13).
        rows = (
            _rows(normal, page_start, page_end) if normal.count("  ", page_start, page_end) >= _MIN_SIDE_BY_SIDE else []
        )
        parted = _parted_lines(rows)
        whole = [_Piece(i, 0, len(text)) for i, (_, text) in enumerate(rows)] if parted else []
        if (parted >= _MIN_SIDE_BY_SIDE and _arrange(rows, whole, sides=False) != [whole]) or (
            0 < parted <= _SIDE_TITLE_LINES and _titled_aside(rows, whole)
        ):
            # A page with columns, or one column with its title beside it (an article jumped to a page of its own):
            # look again, titles set beside their bodies counted now.
            changed = True
            writer.page(rows, _arrange(rows, whole, sides=True))
        else:
            writer.copy(page_start, page_end)
        if page_end < len(source):
            writer.copy(page_end, page_end + 1)  # the form feed
        page_start = page_end + 1
    if not changed:
        return None
    return writer.columns()


def _titled_aside(rows: Sequence[tuple[int, str]], whole: list[_Piece]) -> bool:
    """Whether a page of one column has a title set beside its body (an article jumped to a page of its own)."""
    runs = [_runs(rows, p) for p in whole]
    return _left_title(rows, whole, runs) is not None


#: A line holds two columns' text only if it has two spaces or more between text.
_TWO_COLUMNS = re.compile(r"[^ \t] {2,}[^ \t]")


def _parted_lines(rows: Sequence[tuple[int, str]]) -> int:
    """How many lines part text by two spaces or more: the cheap count that most pages leave short of a gutter."""
    # A plain substring test first: a line without two spaces in a row cannot match, and most lines have none; the
    # regex engine stepping through every character of every line was 2% of `segment` (issue 13).
    return sum(1 for _, text in rows if "  " in text and _TWO_COLUMNS.search(text))


class _Writer:
    """Builds the rearranged text and its map to the input."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.out: list[str] = []
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.lengths: list[int] = []
        self.at = 0

    def copy(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` as it is."""
        if start < end:
            self.starts.append(self.at)
            self.origins.append(start)
            self.lengths.append(end - start)
            self.out.append(self.source[start:end])
            self.at += end - start

    def newline(self) -> None:
        self.out.append("\n")
        self.at += 1

    def page(self, rows: Sequence[tuple[int, str]], runs: Sequence[Sequence[_Piece]]) -> None:
        """Write a page's runs of pieces, each a stretch of one column, one blank line between two runs.

        Within a run, blank lines are kept only beyond the column's own line pitch: a column set at a pitch other
        than its neighbours' has a blank line between each two of its lines, where the neighbours' lines stand.
        """
        first = True
        for run in runs:
            texts = [(p, m) for p in run if (m := _RUN.search(rows[p.row][1], p.lo, p.hi)) is not None]
            if not texts:
                continue
            if not first:
                self.newline()
            first = False
            edge = min(m.start() for _, m in texts)
            gaps = [b.row - a.row - 1 for (a, _), (b, _) in itertools.pairwise(texts)]
            pitch = Counter(gaps).most_common(1)[0][0] if gaps else 0
            lines = [rows[p.row][1][m.start() : p.hi].rstrip() for p, m in texts]
            full = max(map(len, lines), default=0)
            for k, (piece, found) in enumerate(texts):
                if k:
                    blanks = max(0, gaps[k - 1] - pitch)
                    if blanks and gaps[k - 1] <= _pitch(gaps, k - 1) and _runs_on(lines[k - 1], full):
                        blanks = 0  # the column's own pitch there, inside a sentence that runs on: no break
                    for _ in range(blanks):
                        self.newline()
                base, text = rows[piece.row]
                end = len(text[: piece.hi].rstrip())
                self.copy(base + max(piece.lo, min(edge, found.start())), base + end)
                self.newline()

    def columns(self) -> Columns:
        return Columns(
            text="".join(self.out),
            source=self.source,
            starts=tuple(self.starts),
            origins=tuple(self.origins),
            lengths=tuple(self.lengths),
        )


#: A column's line pitch is read off this many gaps on each side of a gap: a column may change its pitch down the
#: page (a photo or a title beside it moves its neighbours' lines), and read over the whole run, the pitch of its
#: longer part made a blank line of every gap of the other.
_PITCH_REACH = 3


def _pitch(gaps: Sequence[int], k: int) -> int:
    """The commonest of the gaps around gap ``k`` (the smaller on a tie): the column's own line pitch there."""
    near = Counter(gaps[max(0, k - _PITCH_REACH) : k + _PITCH_REACH + 1])
    return min(near, key=lambda gap: (-near[gap], gap))


def _runs_on(line: str, full: int) -> bool:
    """Whether a column's line fills it (``full`` cells, give or take two) and ends no sentence: it goes on below."""
    return len(line) >= full - 2 and not ends_sentence(line)


def _rows(normal: str, start: int, end: int) -> list[tuple[int, str]]:
    """The lines of ``normal[start:end]``: each line's offset and its text, tabs and all, without the line feed."""
    out = []
    pos = start
    for text in normal[start:end].split("\n"):
        out.append((pos, text))
        pos += len(text) + 1
    return out


def _runs(rows: Sequence[tuple[int, str]], piece: _Piece) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _RUN.finditer(rows[piece.row][1], piece.lo, piece.hi)]


def _arrange(
    rows: Sequence[tuple[int, str]], region: list[_Piece], *, sides: bool, lead: bool = True
) -> list[list[_Piece]]:
    """The pieces of ``region`` (one per line, top to bottom) in reading order, as runs of one column each.

    A band's gutters are looked for once the page is cut into its bands: at white space across the whole width
    (:data:`_BAND_GAP` blank lines), then where a gutter that holds on a long run of lines stops (a title across
    the columns, or columns of other widths below). Only then is a band cut into its columns, each read in turn.
    But where a gutter holds from the region's top to its bottom, the lines that stop another gutter cross only
    some of the columns (a photo's caption across two of three): the region is cut into its columns first, and
    the bands looked for in each, unless all that stands over the band is a head (``_head``: a title over the
    columns, set in fewer cells than they take). With ``sides``, a title set beside its body (a narrow column of
    a few lines, white space all down beside it) is a column too.
    """
    runs = [_runs(rows, p) for p in region]
    if sum(1 for r in runs if r) < _MIN_SIDE_BY_SIDE:
        return [region]
    title = _right_title(rows, region, runs) if sides and lead else None
    if title is not None:
        return _title_first(rows, region, runs, title)
    beside = _left_title(rows, region, runs) if sides else None
    if beside is not None:
        cut, x = beside
        above, below = region[:cut], region[cut:]
        heads = [_Piece(p.row, p.lo, min(p.hi, x)) for p in below]
        body = [_Piece(p.row, max(p.lo, x), p.hi) for p in below]
        return [
            *(_arrange(rows, above, sides=sides, lead=lead) if above else []),
            heads,
            *_arrange(rows, body, sides=sides, lead=lead),
        ]
    stretches = _gutter_stretches(runs)
    parts = _blank_parts(runs)
    if len(parts) > 1:
        arranged = [_arrange(rows, region[top:bottom], sides=sides, lead=lead) for top, bottom in parts]
        out: list[list[_Piece]] = []
        k = 0
        while k < len(parts):
            top, bottom = parts[k]
            # Titles side by side over the part under them: each read before the column it stands over.
            merged = (
                _heads_over(rows, region[top:bottom], arranged[k + 1])
                if k + 1 < len(parts) and _side_by_side_heads(runs[top:bottom])
                else None
            )
            if merged is not None:
                out.extend(merged)
                k += 2
                continue
            out.extend(arranged[k])
            k += 1
        return out
    band = _best_band(runs, stretches)
    if band is not None and stretches and not _head(runs[: band[0]]):
        band = None
    if band is not None:
        top, bottom = band
        return [
            run
            for part in (region[:top], region[top:bottom], region[bottom:])
            if part
            for run in _arrange(rows, part, sides=sides, lead=lead)
        ]
    gutters = [_best_in(runs, stretch) for stretch in stretches]
    if not gutters and sides:
        gutters = [_best_in(runs, stretch) for stretch in _side_stretches(runs)]
    if not gutters:
        return [region]
    head = _title_over(rows, region, runs, gutters)
    if head is not None:
        # The title over the band's columns: read before them (its region is cut under it).
        return [region[: head + 1], *_arrange(rows, region[head + 1 :], sides=sides, lead=lead)]
    columns: list[list[_Piece]] = [[] for _ in range(len(gutters) + 1)]
    for piece, line_runs in zip(region, runs, strict=True):
        cuts = [piece.lo, *(_cut(line_runs, x, piece.hi) for x in gutters), piece.hi]
        for k in range(len(columns)):
            columns[k].append(_Piece(piece.row, cuts[k], max(cuts[k], cuts[k + 1])))
    texts = [[rows[p.row][1][p.lo : p.hi].strip() for p in column] for column in columns]
    for first in range(len(columns) - 1):
        broken = _broken_band(texts[first:])
        if broken is None:
            continue
        cut, last = broken
        last += first
        # The columns before, whole; the band above, column by column; its columns' lines under it as a region of
        # their own; the rest.
        below = [
            _Piece(columns[first][k].row, columns[first][k].lo, columns[last][k].hi) for k in range(cut, len(region))
        ]
        return [
            *(
                run
                for k, column in enumerate(columns[:first])
                for run in _arrange(rows, column, sides=sides, lead=lead and k == 0)
            ),
            *(
                run
                for k, column in enumerate(columns[first : last + 1], first)
                for run in _arrange(rows, column[:cut], sides=sides, lead=lead and k == 0)
            ),
            *_arrange(rows, below, sides=sides, lead=False),
            *(run for column in columns[last + 1 :] for run in _arrange(rows, column, sides=sides, lead=False)),
        ]
    return [
        run for k, column in enumerate(columns) for run in _arrange(rows, column, sides=sides, lead=lead and k == 0)
    ]


def _right_title(
    rows: Sequence[tuple[int, str]], region: Sequence[_Piece], runs: Sequence[Sequence[tuple[int, int]]]
) -> int | None:
    """Where a title set right of its body starts (an offset into the lines), or ``None``.

    Some papers set an article's title in a narrow column right of its text, at its top, with white space under it.
    ``pdftotext -layout`` prints its few lines beside the body's, and read with the body's last column it was glued to
    a line of it (取而代宜宾如何“宜宾”之的是). It shows as: at most :data:`_SIDE_TITLE_LINES` lines whose last
    text starts right of all other text, :data:`_SIDE_GAP` cells or more past the text beside it on those that have
    some, with no line's text across that offset; many lines of body (:data:`_PITCH_LINES`) from its first line
    down; and no sentence ended in it, nor a credit (本版责编：…, set at the top right of some pages).
    """
    found = None
    for x in sorted({r[-1][0] for r in runs if len(r) > 1}, reverse=True):
        right = [k for k, r in enumerate(runs) if r and r[-1][0] >= x]
        if len(right) > _SIDE_TITLE_LINES:
            break
        if any(s < x < e for r in runs for s, e in r):
            continue
        beside = [runs[k][-2] for k in right if len(runs[k]) > 1]
        if not beside or any(s >= x or e > x - _SIDE_GAP for s, e in beside):
            continue
        if sum(1 for r in runs[right[0] :] if r and r[0][0] < x) < _PITCH_LINES:
            continue
        texts = [rows[region[k].row][1][runs[k][-1][0] : runs[k][-1][1]] for k in right]
        if not any(SENTENCE_END.search(t) or CREDIT_ROLE_COLON.search(t) for t in texts):
            found = x
    return found


def _left_title(
    rows: Sequence[tuple[int, str]], region: Sequence[_Piece], runs: Sequence[Sequence[tuple[int, int]]]
) -> tuple[int, int] | None:
    """Where a title set left of its body stands, or ``None``: its first line (or its byline's) and its body's edge.

    A title may stand in a narrow column left of its article's text, the text's first lines beside it (看似“可爱” /
    实则有害 beside 区别于猫和狗等常见宠物…). ``pdftotext -layout`` prints its few lines beside the body's, and with
    too few of them for a gutter, each was glued to the body's line (看似“可爱”区别于猫和狗…). It shows as: at most
    :data:`_SIDE_TITLE_LINES` lines with text left of an offset (:data:`_SIDE_GAP` cells or more short of it),
    from its first line to the region's foot no other text left of it and no line's text across it, many lines of
    body right of it (:data:`_PITCH_LINES`) in one column, and no sentence ended nor a credit in the title.
    """
    for x in sorted({r[1][0] for r in runs if len(r) > 1}):
        left = [k for k, r in enumerate(runs) if r and r[0][0] < x]
        head = [k for k in left if runs[k][0][1] <= x - _SIDE_GAP]
        if not head or len(head) > _SIDE_TITLE_LINES:
            continue
        top = head[0]
        tail = [k for k in left if k >= top]
        if tail != head or head[-1] - top >= 2 * _SIDE_TITLE_LINES:
            continue  # text left of it further down: a column of its own, not a title's
        if any(s < x < e for r in runs[top:] for s, e in r):
            continue
        if any(len(runs[k]) > 2 or (len(runs[k]) > 1 and runs[k][1][0] < x) for k in head):
            continue
        if any(len(r) > 1 for k, r in enumerate(runs[top:], top) if k not in head):
            continue  # the body is one column: more beside it is a band of columns, the title one of their heads
        if sum(1 for r in runs[top:] if r and r[-1][1] > x) < _PITCH_LINES:
            continue
        texts = [rows[region[k].row][1][runs[k][0][0] : runs[k][0][1]] for k in head]
        if any(SENTENCE_END.search(t) or CREDIT_ROLE_COLON.search(t) for t in texts):
            continue
        # its article's first lines may stand over it, right of it (the byline): they go with the body
        cut = top
        while cut > 0 and top - (cut - 1) <= _TITLE_DROP and runs[cut - 1] and runs[cut - 1][0][0] >= x:
            cut -= 1
        return cut, x
    return None


def _title_first(
    rows: Sequence[tuple[int, str]], region: list[_Piece], runs: Sequence[Sequence[tuple[int, int]]], x: int
) -> list[list[_Piece]]:
    """The region read with its title right of the body (from offset ``x``) moved to where its article starts.

    That is the body's first column at the title's first line, or a line or two above it (:data:`_TITLE_DROP`)
    where the article's first lines (its byline) stand over the title's: the title then reads before them.
    """
    right = [k for k, r in enumerate(runs) if r and r[-1][0] >= x]
    title = [_Piece(region[k].row, x, region[k].hi) for k in right]
    body = [_Piece(p.row, p.lo, min(p.hi, x)) if k in right else p for k, p in enumerate(region)]
    out = _arrange(rows, body, sides=True, lead=True)
    top = region[right[0]].row

    def text(piece: _Piece) -> str:
        return rows[piece.row][1][piece.lo : piece.hi].strip()

    def start(piece: _Piece) -> int:
        found = _RUN.search(rows[piece.row][1], piece.lo, piece.hi)
        return found.start() if found else piece.hi

    for j, run in enumerate(out):
        at = next((i for i, p in enumerate(run) if abs(p.row - top) <= 1 and text(p)), None)
        if at is None or not any(p.row >= top and text(p) for p in run[at:]):
            continue  # the column's text there ends above the title: the article starts in a later column
        # Up to the article's first line: over a blank line (the byline set apart), not past a sentence's end;
        for i in range(at - 1, -1, -1):
            if top - run[i].row > _TITLE_DROP or ends_sentence(text(run[i])):
                break
            if text(run[i]):
                at = i
        # ... and past the column's top, where the byline was read apart as a run of its own.
        k = j
        above = [p for p in out[j - 1] if text(p)] if j and not at else []
        if (
            above
            and all(0 < top - p.row <= _TITLE_DROP for p in above)
            and not ends_sentence(text(above[-1]))
            and run[at].lo - _JITTER <= start(above[0]) < run[at].hi
        ):
            k, at = j - 1, out[j - 1].index(above[0])
        return [*out[:k], *([out[k][:at]] if at else []), title, out[k][at:], *out[k + 1 :]]
    return [title, *out]


def _head(runs: Sequence[Sequence[tuple[int, int]]]) -> bool:
    """Whether the lines ``runs`` are a head set over the columns: a few lines of one run of text each."""
    lines = [r for r in runs if r]
    return 0 < len(lines) <= _HEAD_LINES and all(len(r) == 1 for r in lines)


def _title_over(
    rows: Sequence[tuple[int, str]],
    region: Sequence[_Piece],
    runs: Sequence[Sequence[tuple[int, int]]],
    gutters: Sequence[int],
) -> int | None:
    """The region's first line (or its head's last), when a title is set over the columns below it; else ``None``.

    ``pdftotext -layout`` gives every character one cell, whatever its size, so a title set large across the
    columns takes fewer cells than the columns it spans, and may lie between two gutters as if it were a column's
    line. It gives itself away by where it starts: in a gutter's white space, left of where every line of the
    column to its right starts (by more than :data:`_JITTER` cells), while the lines of a column start at its edge
    or an indent right of it. Or, on the band's first line, by the first column starting under it (then the index
    returned is that of the head's last line: its subtitle may follow it).
    """
    first = next((k for k, r in enumerate(runs) if r), None)
    if first is None or len(runs[first]) != 1 or not gutters:
        return None
    start = runs[first][0][0]
    k = sum(1 for x in gutters if x <= start + _JITTER)  # the column whose gutter it starts in, or right of
    if k == 0:
        return None
    lo = gutters[k - 1]
    hi = gutters[k] if k < len(gutters) else None
    edges = [s for r in runs[first + 1 :] for s, e in r if s >= lo and (hi is None or e <= hi + _JITTER)]
    if len(edges) < _MIN_SIDE_BY_SIDE:
        return None
    edge = Counter(edges).most_common(1)[0][0]  # the column's left edge: where most of its lines start
    if start < edge - _JITTER:
        return first
    # ... or, set large and centred, right of the column's edge, on the band's first lines (a title and its
    # subtitle, each alone on its line): the first column, blank beside them, starts on the line under them, as do
    # two more, where a column's first line has its neighbours beside it; and no sentence ends in them, as the first
    # line of a paragraph set at another pitch may end, nor is one a byline (a dispatch head alone on its line).
    if first or start <= edge + _JITTER:
        return None  # not on the region's first line: blank lines over the band stay with the band above
    last = 0
    while last + 1 < len(runs) and len(runs[last + 1]) == 1 and runs[last + 1][0][0] > gutters[0]:
        last += 1
    below = runs[last + 1] if last + 1 < len(runs) else []
    if last >= _HEAD_LINES or len(below) < 3 or below[0][0] >= gutters[0]:
        return None
    lines = [rows[region[k].row][1][runs[k][0][0] : runs[k][0][1]] for k in range(last + 1)]
    return None if any(ends_sentence(line) or match_byline(line) for line in lines) else last


def _side_by_side_heads(runs: Sequence[Sequence[tuple[int, int]]]) -> bool:
    """Whether lines ``runs`` may be titles set side by side: a few lines, two or more of them parted in two."""
    lines = [r for r in runs if r]
    return 0 < len(lines) <= _HEAD_LINES and sum(1 for r in lines if len(r) > 1) >= _SIDE_BY_SIDE_HEADS


def _heads_over(
    rows: Sequence[tuple[int, str]], head: Sequence[_Piece], below: Sequence[Sequence[_Piece]]
) -> list[list[_Piece]] | None:
    """``below``'s runs, each title of ``head`` read right before the first of them it stands over; else ``None``.

    Titles set side by side over the columns of the band below them (each over its own article's columns) share
    their printed lines, and read across they interleave (英驻美大使质疑英美民调：特朗普支持率). A title stands over
    the first run of ``below`` (top to bottom, left to right) whose text spans its middle, give or take
    :data:`_JITTER` cells; ``None`` unless every line of ``head`` (two or more) holds titles over two runs or more,
    in the runs' order, and no title line ends a sentence.
    """
    extents = []
    for run in below:
        spans = [r for piece in run for r in _runs(rows, piece)]
        extents.append((min(s for s, _ in spans), max(e for _, e in spans)) if spans else None)
    taken: dict[int, list[_Piece]] = {}
    parted = 0
    for piece in head:
        line: list[tuple[int, int, int]] = []
        for s, e in _runs(rows, piece):
            middle = (s + e) / 2
            over = next(
                (k for k, ext in enumerate(extents) if ext and ext[0] - _JITTER <= middle <= ext[1] + _JITTER), None
            )
            if over is None or ends_sentence(rows[piece.row][1][s:e]):
                return None
            line.append((over, s, e))
        targets = [k for k, _, _ in line]
        if targets != sorted(targets):
            return None
        parted += len(set(targets)) > 1
        for k in dict.fromkeys(targets):
            mine = [(s, e) for t, s, e in line if t == k]
            taken.setdefault(k, []).append(_Piece(piece.row, mine[0][0], mine[-1][1]))
    if parted < max(_SIDE_BY_SIDE_HEADS, sum(1 for piece in head if _runs(rows, piece))):
        return None  # a line over one column only: text beside a title (a title set beside its body), not two titles
    out: list[list[_Piece]] = []
    for k, run in enumerate(below):
        if k in taken:
            out.append(taken[k])
        out.append(list(run))
    return out


def _side_stretches(runs: Sequence[Sequence[tuple[int, int]]]) -> list[range]:
    """Gutters beside a title: white space on every line, text right of it on many lines, left of it on some."""
    found: list[range] = []
    for x in _candidates(runs):
        if any(s <= x < e for r in runs for s, e in r):
            continue
        left = sum(1 for r in runs if r and r[0][0] < x)
        right = sum(1 for r in runs if r and r[-1][1] > x)
        if not left or right < _MIN_SIDE_BY_SIDE:
            continue
        if found and found[-1].stop == x:
            found[-1] = range(found[-1].start, x + 1)
        else:
            found.append(range(x, x + 1))
    return [stretch for stretch in found if len(stretch) >= _SIDE_GAP]


def _blank_parts(runs: Sequence[Sequence[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The region cut at every run of :data:`_BAND_GAP` or more blank lines (each run goes with the part above)."""
    parts: list[tuple[int, int]] = []
    top = 0
    k = 0
    while k < len(runs):
        if runs[k]:
            k += 1
            continue
        end = k
        while end < len(runs) and not runs[end]:
            end += 1
        if end - k >= _BAND_GAP and any(runs[top:k]) and any(runs[end:]):
            parts.append((top, end))
            top = end
        k = end
    parts.append((top, len(runs)))
    return parts


def _crosses(line_runs: Sequence[tuple[int, int]], x: int) -> bool:
    """Whether a line's text runs through offset ``x``, more than :data:`_JITTER` cells past either side."""
    return any(s + _JITTER < x < e - _JITTER for s, e in line_runs)


def _left_count(line_runs: Sequence[tuple[int, int]], x: int) -> int:
    """How many of a line's runs lie left of the gutter at ``x`` (a run that reaches into it: by its middle)."""
    return sum(1 for s, e in line_runs if (s + e) / 2 < x)


def _cut(line_runs: Sequence[tuple[int, int]], x: int, hi: int) -> int:
    """Where a line that does not cross the gutter at ``x`` is cut: at ``x``, or where its text leaves room.

    The right-hand piece starts in the gutter, so that the spaces before an indented line stay its indent.
    """
    k = _left_count(line_runs, x)
    if k == len(line_runs):
        return hi
    left_end = line_runs[k - 1][1] if k else 0
    return max(left_end, min(line_runs[k][0], x))


def _side_by_side(line_runs: Sequence[tuple[int, int]], x: int) -> tuple[int, int] | None:
    """The widths of a line's text left and right of ``x``, when it has text on both sides."""
    left = [(s, e) for s, e in line_runs if (s + e) / 2 < x]
    right = [(s, e) for s, e in line_runs if (s + e) / 2 >= x]
    if not left or not right:
        return None
    return left[-1][1] - left[0][0], right[-1][1] - right[0][0]


def _gutter_support(
    runs: Sequence[Sequence[tuple[int, int]]], x: int, top: int, bottom: int, *, pitch: bool = True
) -> int:
    """How many lines of ``[top, bottom)`` have text on both sides of ``x`` (0 if one crosses it or too few)."""
    widths = []
    blank = 0
    for line_runs in runs[top:bottom]:
        if _crosses(line_runs, x):
            return 0
        pair = _side_by_side(line_runs, x)
        if pair is not None:
            widths.append(pair)
            blank += not any(s <= x < e for s, e in line_runs)
    filled = sum(1 for r in runs[top:bottom] if r)
    if len(widths) < max(_MIN_SIDE_BY_SIDE, _SIDE_BY_SIDE_SHARE * filled):
        return _pitch_support(runs[top:bottom], x) if pitch else 0
    if blank < _BLANK_SHARE * len(widths):
        return 0
    lefts, rights = sorted(w for w, _ in widths), sorted(w for _, w in widths)
    if min(lefts[len(lefts) // 2], rights[len(rights) // 2]) < _MIN_COLUMN_WIDTH:
        return 0
    return len(widths)


def _pitch_support(runs: Sequence[Sequence[tuple[int, int]]], x: int) -> int:
    """How many lines hold text on one side of ``x`` only, where columns set at two line pitches stand side by side.

    ``pdftotext -layout`` prints such columns' lines in turn, few of them on one printed line, so few lines hold text
    on both sides of their gutter (谌贻琴访问保加利亚's dispatch beside 进博会推介会's). 0 if none.

    No line crosses ``x`` (the caller checked); at least :data:`_PITCH_LINES` lines on each side, those on the right
    starting at the column's edge (most of them within :data:`_JITTER` cells of the leftmost).
    """
    left = [r for r in runs if r and r[-1][1] <= x]
    right = [r for r in runs if r and r[0][0] > x]
    if len(left) < _PITCH_LINES or len(right) < _PITCH_LINES:
        return 0
    edge = min(r[0][0] for r in right)
    if 2 * sum(1 for r in right if r[0][0] <= edge + _JITTER) < len(right):
        return 0
    return len(left) + len(right)


def _candidates(runs: Sequence[Sequence[tuple[int, int]]]) -> range:
    """The offsets where a gutter may stand: between the leftmost text and the end of the longest line."""
    starts = [r[0][0] for r in runs if r]
    ends = [r[-1][1] for r in runs if r]
    return range(min(starts, default=0) + 1, max(ends, default=0))


def _parted(runs: Sequence[Sequence[tuple[int, int]]]) -> list[int]:
    """The offsets of :func:`_candidates` where :data:`_MIN_SIDE_BY_SIDE` lines or more part two runs of text.

    ``_gutter_support`` counts no other offset (it wants that many lines blank there with text on both sides), so
    they need not be tried: on a page of prose, where a few lines part their text by two spaces each at its own
    offset (dated photo credits, letter-spaced names), that is nearly all of them.
    """
    delta: dict[int, int] = {}
    for line_runs in runs:
        for (_, end), (start, _) in itertools.pairwise(line_runs):
            delta[end] = delta.get(end, 0) + 1
            delta[start] = delta.get(start, 0) - 1
    parted: set[int] = set()
    depth, at = 0, 0
    for x in sorted(delta):
        if depth >= _MIN_SIDE_BY_SIDE:
            parted.update(range(at, x))
        depth += delta[x]
        at = x
    # ... and, for columns set at two line pitches (``_pitch_support``), the cell before an edge where many lines
    # start right of the region's leftmost text, alone on their printed line.
    lefts = [r[0][0] for r in runs if r]
    if lefts:
        edge = min(lefts) + _MIN_COLUMN_WIDTH  # once: asked of every line, it made the loop quadratic
        starts = Counter(start for start in lefts if start > edge)
        parted.update(start - 1 for start, count in starts.items() if count >= _MIN_SIDE_BY_SIDE)
    return [x for x in _candidates(runs) if x in parted]


def _gutter_stretches(runs: Sequence[Sequence[tuple[int, int]]]) -> list[range]:
    """The gutters of the whole region: each a stretch of offsets where a gutter qualifies."""
    found: list[range] = []
    for x in _parted(runs):
        if _gutter_support(runs, x, 0, len(runs)):
            if found and found[-1].stop == x:
                found[-1] = range(found[-1].start, x + 1)
            else:
                found.append(range(x, x + 1))
    return found


def _best_in(runs: Sequence[Sequence[tuple[int, int]]], stretch: range) -> int:
    """The offset of a gutter's stretch that the most lines leave blank (the one nearest its middle on a tie)."""
    middle = (stretch.start + stretch.stop - 1) / 2

    def blank_lines(x: int) -> tuple[int, float]:
        return sum(1 for r in runs if not any(s <= x < e for s, e in r)), -abs(x - middle)

    return max(stretch, key=blank_lines)


def _best_band(runs: Sequence[Sequence[tuple[int, int]]], stretches: Sequence[range]) -> tuple[int, int] | None:
    """The run of lines ``[top, bottom)`` with the best-supported gutter that stops within the region, or ``None``.

    Only a gutter with text on both sides on :data:`_MIN_BAND_LINES` lines or more counts: a few short lines of one
    column (a list, the end of a paragraph) leave a gap that is no band's gutter; nor does a gutter that parts the
    lines where a gutter of the whole region (``stretches``) parts them: that is the same gutter, narrowed on some
    lines by text that reaches into it.
    """
    gutters = [_best_in(runs, stretch) for stretch in stretches]
    best: tuple[int, int, int] | None = None
    filled = sum(1 for r in runs if r)
    for x in _parted(runs):
        top = 0
        while top < len(runs):
            bottom = top
            while bottom < len(runs) and not _crosses(runs[bottom], x):
                bottom += 1
            if bottom > top and (bottom - top) < len(runs):
                support = _gutter_support(runs, x, top, bottom, pitch=False)
                if (
                    support >= max(_MIN_BAND_LINES, _BAND_SHARE * filled)
                    and (best is None or support > best[0])
                    and not any(_same_cuts(runs[top:bottom], x, g) for g in gutters)
                ):
                    best = (support, top, bottom)
            top = bottom + 1
    return None if best is None else (best[1], best[2])


def _same_cuts(runs: Sequence[Sequence[tuple[int, int]]], x: int, gutter: int) -> bool:
    """Whether offsets ``x`` and ``gutter`` cut most lines of ``runs`` that have text on both sides alike."""
    both = [r for r in runs if _side_by_side(r, x) is not None]
    same = sum(1 for r in both if _left_count(r, x) == _left_count(r, gutter))
    return 2 * same >= len(both)


def _broken_band(texts: Sequence[Sequence[str]]) -> tuple[int, int] | None:
    """Where a band of the first columns ends above a new article in the first, or ``None``: the line and last column.

    ``texts`` holds each column's lines, stripped, one per line of the region.

    Columns that part on every line of the region may still hold two bands on their left: an article over the
    first two columns, another under it in the first only, the second column blank beside it (“中美两国工商界…”
    over 内塔尼亚胡的麻烦有多大, ``pdftotext -layout``). Read column by column, the article below cut the one above
    in two (``_arrange`` asks it of the columns from each one on, so the band may stand right of a column that runs
    down the page). It shows as: a blank line across the first columns (``texts[0]`` to the last returned, two at
    least), over it a line of the first column that fills it and runs on (into the second column's top, which holds
    a run of text, :data:`_MIN_SIDE_BY_SIDE` lines at least: not a photo's label beside a title), under it
    the new article's byline, on its first line or under a title of no more than :data:`_HEAD_LINES` lines
    short of the column, and no word cut by the blank line (read on the Simplified copy). A mere blank between two
    lines of one paragraph (a column set at another pitch) has no byline under it; a line in brackets opens an
    article only as a dispatch head dated to the day (（中央社記者王承中台北30 / 日電）), a signature in brackets
    (（本报记者张武岳）) ending one.
    """
    if len(texts) < 2:
        return None
    lines = [t for t in texts[0] if t and "  " not in t]
    if len(lines) < _PITCH_LINES:
        return None
    full = sorted(map(len, lines))[len(lines) // 2]  # the first column's width: its median line
    above = ""  # the first column's last line of text so far
    second = 0  # how many lines of text the second column has so far: a column's run, not a label beside a title
    for k in range(1, len(texts[0]) - 1):
        second += bool(texts[1][k - 1])
        above = texts[0][k - 1] or above
        if texts[0][k] or texts[1][k] or second < _MIN_SIDE_BY_SIDE or "  " in above or not _runs_on(above, full):
            continue
        below = [t for t in texts[0][k + 1 : k + 1 + 2 * _HEAD_LINES] if t][: _HEAD_LINES + 1]
        if (
            below
            and "  " not in below[0]
            and _opens_with_byline(below, full)
            and not splits_word(to_simplified(above), to_simplified(below[0]))
        ):
            last = 1
            while last + 1 < len(texts) and not texts[last + 1][k]:
                last += 1
            return k, last
    return None


def _opens_with_byline(lines: Sequence[str], full: int) -> bool:
    """Whether ``lines`` open an article: a byline first, or after title lines short of the column (``full``)."""
    for k, line in enumerate(lines):
        if line.startswith(("(", "（")):
            # A dispatch head in brackets, over two lines (（中央社記者王承中台北30 / 日電）…); else a signature,
            # which ends an article.
            head = match_byline("".join(lines[k : k + 2]))
            return head is not None and head.day is not None
        if match_byline(line) is not None:
            return True
        if ends_sentence(line) or len(line) >= full - 2:
            return False
    return False

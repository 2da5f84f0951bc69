r"""Reflow: join an extractor's wrapped lines back into the paragraphs the writer wrote.

For every line end, and every blank line, the page's own evidence decides whether a paragraph ends there:

- **sentence-final punctuation**: a paragraph ends only after 。！？… (or a closing quote or bracket after one), or
  after a colon where the next line opens a list; a line that stops mid-sentence is a wrap or a column break, however
  many blank lines follow it (``进一\\n\\n步提高``);
- **column width**: most lines of a column are full; the common line width nearby is the column width, and a line
  that falls more than a character short of it ended its paragraph;
- **dropped indent**: a paragraph's first line is about two characters shorter than a full line, because the
  extractor drops the indent; after a full line that ends a sentence, such a line starts a new paragraph;
- **letter-spacing**: a justified line (``翠 屏 湖 清 水 河``) is full, however few characters it has;
- **long lines**: where no column width shows (the extractor kept whole paragraphs on one line), each line that ends a
  sentence ends its paragraph;
- **word boundaries** (jieba): a line that ends mid-word (``进一|步``) never ends a paragraph, even before a marker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from typing import TYPE_CHECKING

import attrs

from newsseg._lexicon import splits_word
from newsseg._text import Line, coerce_text, iter_lines, normalize
from newsseg.model import Paragraph, Span

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["reflow", "reflow_text"]

#: Characters that end a sentence; a paragraph ends only after one of them.
_SENTENCE_END = frozenset("。！？!?…")
#: Characters that may follow a sentence end and still close it (”。 ） 」 』 ’).
CLOSERS = frozenset("”’」』）)】〕》\"'")
#: An agency's sign-off after an article's last sentence: an editor's or reporter's name in brackets, a code.
_TRAILER = re.compile(r"(?<=[。！？!?…”’」』])\s*(?:[（(][^（()）\n]{1,16}[）)])?\s*\d{0,10}$")
#: The end of a sign-off, which may have begun on the line before.
_TRAILER_END = re.compile(r"[）)]\s*\d{0,10}$")
#: The last character of a non-empty sign-off, with any digit (``str.isdecimal``, which is what ``\d`` matches): a
#: line ending on anything else has none to take off.
_TRAILER_LAST = frozenset("）)")
#: A sign-off closed by its date code (``（編輯：陳妍君）1140107``): the agency's article ends there.
_DATED_SIGN_OFF_END = re.compile(r"[）)]\s*\d{5,10}$")
#: The same sign-off alone on a line.
_SIGN_OFF = re.compile(r"^[（(][^（()）]{1,16}[）)]\s*\d{0,10}$|^\d{5,10}$")
#: Punctuation inside a sentence: a line ending on one never ends a paragraph.
_CLAUSE_END = frozenset("，、；,;—")
#: A line that opens a question or an answer starts a paragraph of its own.
_QA_START = re.compile(r"^(?:问|答|問|Q|A)\s*[:：]")
#: The first characters a question or answer line and a sign-off line (with any digit) can have: tested before their
#: regexes, which most lines fail on their first character (issue 13: paragraph_ends runs on every body line).
_QA_FIRST = frozenset("问答問QA")
_SIGN_OFF_FIRST = frozenset("（(")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: A space between two wide characters, and two wide characters side by side (for letter-spacing).
_SPREAD_GAP = re.compile(r"[^\x00-\x7f\s] +(?=[^\x00-\x7f\s])")
_CLOSE_GAP = re.compile(r"[^\x00-\x7f\s](?=[^\x00-\x7f\s])")

#: How many lines on either side are looked at to find the column width around a line. A column holds a
#: paragraph or two in that many lines, enough for the full lines to outnumber first and last lines.
_WINDOW = 6
#: How many lines must share a width before it counts as a column width: three could be chance.
_MIN_SUPPORT = 4
#: Full lines differ by up to a character and a half (3 units) where punctuation was squeezed or hangs at the line
#: end and where half-width digits leave a gap; a line shorter than that did not fill its column (measured on the
#: laid-out test pages: 2 units splits too many paragraphs, 4 joins too many).
_FULL = 3
_SHORT = 3
#: The dropped first-line indent: two characters (4 units), give or take one for half-width digits and brackets.
_INDENT, _INDENT_MIN, _INDENT_MAX = 4, 3, 7
#: A line without Chinese up to this long (a number, a code) is a fragment of the line before, not a paragraph.
_FRAGMENT = 12
#: Past this width (35 CJK characters) a line is no newspaper column: the extractor kept paragraphs whole.
_LONGEST_COLUMN = 70


#: The characters that take half a cell: ASCII letters and digits and the marks that go with numbers.
_NARROW = re.compile(r"[0-9A-Za-z.%\-+/]")
#: What counts as a space (``\s`` is exactly what ``str.isspace`` is true for).
_SPACE = re.compile(r"\s")
#: Either: a line with neither (most lines of Chinese text) is two units a character.
_NARROW_OR_SPACE = re.compile(r"[0-9A-Za-z.%\-+/\s]")


def display_width(text: str) -> int:
    """Width in half-character units: Latin letters and digits count 1, everything else 2, spaces nothing.

    Half-width punctuation counts 2 like Chinese: an extractor that prints ``,`` read a full-width ``，`` that took a
    whole cell on the page. Spaces are the extractor's, not the page's.

    >>> display_width("8月份部分景点"), display_width("科考,筹建")
    (13, 10)
    """
    # Counted by the regex engine, not character by character in Python: this runs on every line (issue 13).
    if not _NARROW_OR_SPACE.search(text):
        return 2 * len(text)
    return 2 * len(text) - len(_NARROW.findall(text)) - 2 * len(_SPACE.findall(text))


#: Punctuation a typesetter may hang past the column's edge.
_HANGING = frozenset("，。、；：？！,;:?!”’」』）)")


def line_width(text: str) -> int:
    """The width a line takes in its column: a punctuation mark hanging past the edge does not count.

    >>> line_width("从本届世锦赛看，备战东京奥运会，") == display_width("从本届世锦赛看，备战东京奥运会")
    True
    """
    stripped = text.rstrip()
    if stripped and stripped[-1] in _HANGING:
        stripped = stripped[:-1]
    return display_width(stripped)


def is_letter_spaced(text: str) -> bool:
    """Whether a line was justified by spreading its characters (``翠 屏 湖 清 水 河``).

    >>> is_letter_spaced("翠 屏 湖 清 水 河"), is_letter_spaced("GDP 增长 5%")
    (True, False)
    >>> is_letter_spaced("提升站位 认清形势 紧扣目标")  # phrases set apart are not spread characters
    False
    """
    if text.count(" ") < 2:
        return False  # each spread gap holds a space: most lines are settled without a regex
    spaced = len(_SPREAD_GAP.findall(text))
    # Spread characters, not phrases set apart (提升站位 认清形势): most gaps between characters are spaces.
    return spaced >= 2 and spaced >= len(_CLOSE_GAP.findall(text))


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation, perhaps closed by quotes or brackets.

    >>> ends_sentence("确保如期开园。"), ends_sentence("他说：“好。”"), ends_sentence("各级各部门要进一")
    (True, True, False)

    An agency's sign-off after the last sentence (``（编辑：林淑媛）1131229``, ``（完）``) still ends it:

    >>> ends_sentence("提供必要协助。（編輯：林淑媛）1131229"), ends_sentence("（編輯：林淑媛）")
    (True, False)
    """
    stripped = text.rstrip()
    last = stripped[-1:]
    if last in _TRAILER_LAST or last.isdecimal():  # a plain test, not a call into the regex engine per line
        stripped = _TRAILER.sub("", stripped) or stripped
    index = len(stripped) - 1
    while index >= 0 and stripped[index] in CLOSERS:
        index -= 1
    return index >= 0 and stripped[index] in _SENTENCE_END


@attrs.frozen
class Row:
    """A non-blank line with the measurements reflow decides on."""

    line: Line
    width: int
    justified: bool
    final: bool  # ends with sentence-final punctuation
    colon: bool  # ends with a colon (a list or an answer may follow)

    @classmethod
    def of(cls, line: Line) -> Row:
        """Measure ``line``."""
        return rows_of([line])[0]


def rows_of(lines: Sequence[Line]) -> list[Row]:
    """Measure every line: ``Row.of`` of each, worked out in one loop (issue 13: this runs on every line of a page)."""
    rows: list[Row] = []
    for line in lines:
        text = line.text
        spaced = text.count(" ") >= 2 and is_letter_spaced(text)
        stripped = text.rstrip()
        last = stripped[-1:]
        # ends_sentence's answer without the call where the last character settles it: a sentence's end is never
        # a closer, and only a closer or a digit (a sign-off's) can stand after one.
        final = last in _SENTENCE_END or ((last in CLOSERS or last.isdecimal()) and ends_sentence(text))
        if last in _HANGING:
            stripped = stripped[:-1]
        width = 2 * len(stripped)
        if _NARROW_OR_SPACE.search(stripped):
            width -= len(_NARROW.findall(stripped)) + 2 * len(_SPACE.findall(stripped))
        rows.append(Row(line, width, spaced, final, text[-1] in "：:"))
    return rows


def column_widths(rows: Sequence[Row]) -> list[int | None]:
    """The column width around each row; ``None`` where lines are whole paragraphs.

    Where the lines show no column (too few, or too ragged) the value is the widest nearby line, negated: it still
    tells a subhead from a wrapped line, but says nothing of indents or short last lines.

    The width is the median width of the nearby rows: most lines of a column are full, so the median is a full
    line, while first and last lines of paragraphs fall below it. Typesetters squeeze punctuation, so full lines
    themselves differ by a character; the width counts as a column only where most nearby lines lie within that of
    the median. Justified lines are left out: their spread characters are fewer than a full line's.
    """
    widths = _widths(rows)
    page = _column_width(sorted(w for w in widths if w is not None))
    page_column = page is not None and page > 0
    # The window of rows i-_WINDOW..i+_WINDOW, kept sorted as it slides: one insort and one removal per row
    # instead of a sort per row (issue 13).
    window: list[int] = []
    count = len(widths)
    for width in widths[:_WINDOW]:
        if width is not None:
            insort(window, width)
    out: list[int | None] = []
    local: int | None = None
    for i in range(count):
        entering = widths[i + _WINDOW] if i + _WINDOW < count else None
        leaving = widths[i - _WINDOW - 1] if i > _WINDOW else None
        # A width that enters as the same width leaves (full lines of one column) leaves the window as it was, and
        # its column width with it: worked out again only where the window changed (issue 13).
        if i == 0 or entering != leaving:
            if entering is not None:
                insort(window, entering)
            if leaving is not None:
                window.remove(leaving)
            # _column_width(window), inline: this runs for most rows of every page, twice (issue 13).
            if not window:
                local = 0
            elif (median := window[len(window) // 2]) > _LONGEST_COLUMN:
                local = None
            else:
                spread = median // 8 if median // 8 > _SHORT else _SHORT  # noqa: FURB136 - builtin max costs more
                close = bisect_right(window, median + spread) - bisect_left(window, median - spread)
                local = median if close >= _MIN_SUPPORT and 2 * close > len(window) else -window[-1]
        # Where the lines around disagree (an article's edge, a photo), the page's own column width stands in.
        out.append(page if page_column and local is not None and local <= 0 else local)
    return out


def column_widths_at(rows: Sequence[Row], indices: Iterable[int]) -> dict[int, int | None]:
    """``column_widths(rows)[i]`` for each ``i`` of ``indices``, each window sorted on its own: for a few rows."""
    widths = _widths(rows)
    page = _column_width(sorted(w for w in widths if w is not None))
    page_column = page is not None and page > 0
    out: dict[int, int | None] = {}
    for i in indices:
        local = _column_width(sorted(w for w in widths[max(0, i - _WINDOW) : i + _WINDOW + 1] if w is not None))
        out[i] = page if page_column and local is not None and local <= 0 else local
    return out


def _widths(rows: Sequence[Row]) -> list[int | None]:
    """Each row's width, None for a justified row: its spread characters are fewer than a full line's."""
    return [None if r.justified else r.width for r in rows]


def _column_width(window: list[int]) -> int | None:
    """The column width these sorted line widths show; None for long lines, minus the widest for no column."""
    if not window:
        return 0
    median = window[len(window) // 2]
    if median > _LONGEST_COLUMN:
        return None
    # Lines with digits or Latin letters are narrower than the column by a little more on wide columns.
    spread = max(_SHORT, median // 8)
    close = bisect_right(window, median + spread) - bisect_left(window, median - spread)
    column = close >= _MIN_SUPPORT and 2 * close > len(window)
    return median if column else -window[-1]


def paragraph_ends(rows: Sequence[Row], widths: Sequence[int | None] | None = None) -> list[bool]:
    """For each row, whether a paragraph ends after it (the last row always ends one)."""
    if widths is None:
        widths = column_widths(rows)
    ends: list[bool] = []
    for i, row in enumerate(rows):
        if i + 1 == len(rows):
            ends.append(True)
            continue
        here = row
        text = row.line.text
        if i and not row.final and ("）" in text or ")" in text) and _TRAILER_END.search(text):
            # A sign-off broken over two lines (…查辦。（編輯： / 翟思嘉）1140703) ends the sentence before it.
            here = attrs.evolve(row, final=ends_sentence(rows[i - 1].line.text[-24:] + row.line.text))
        if here.final and text[-1:].isdecimal() and _DATED_SIGN_OFF_END.search(text):
            # A dated sign-off ends the article, however wide its line runs (…降落。 / （譯者：X/核稿：Y）1131230,
            # wider than the column): a caption set wider still under it is no line of its paragraph.
            ends.append(True)
            continue
        first = i == 0 or ends[-1]
        after = rows[i + 2] if i + 2 < len(rows) else None
        ends.append(_ends_here(here, rows[i + 1], after, widths[i], first=first))
    return ends


def _ends_here(row: Row, nxt: Row, after: Row | None, width: int | None, *, first: bool) -> bool:
    """Whether the paragraph ends between ``row`` and ``nxt`` (``after`` follows ``nxt``).

    ``first`` says ``row`` opens its paragraph, so it is expected to be short by the dropped indent.
    """
    opening = nxt.line.text[:1]
    if opening in _QA_FIRST and _QA_START.match(nxt.line.text) and not splits_word(row.line.text, nxt.line.text):
        return True  # an interview's question or answer starts its own paragraph
    column = width is not None and width > 0
    widest = abs(width) if width is not None else 0  # the column, or the widest line where there is none
    expected = width - _INDENT if width is not None and column and first else width
    if (opening in _SIGN_OFF_FIRST or opening.isdecimal()) and _SIGN_OFF.match(nxt.line.text):
        return False  # an agency's sign-off on a line of its own closes the paragraph before it
    if not (row.final or row.colon):
        # Mid-sentence: a wrap or a column break, whatever blank lines follow. Only a line that is plainly not
        # wrapped ends a paragraph without punctuation (a subhead such as 核心阅读): in a column, a line well short
        # of the width; on a page of whole-paragraph lines, a line with no blank line after it (the blank lines on
        # such pages are column breaks). Never a line cut inside a word.
        if row.line.text[-1] in _CLAUSE_END:
            return False  # a comma or an enumeration comma: the sentence runs on
        if len(nxt.line.text) <= _FRAGMENT and not _CJK.search(nxt.line.text):
            return False  # a number or code run over to a line of its own belongs to the line before
        if width is None or row.width > _LONGEST_COLUMN:
            # A whole paragraph on a line: the blank lines of such text are column breaks, and a line without one
            # after it was not cut there (this keeps reflow's own output as it is).
            plain = nxt.line.blank_before == 0
        elif first:
            # A paragraph's first line shorter than an indented line by more than a character and a half.
            plain = not row.justified and row.width <= widest - _INDENT - _SHORT
        else:
            # A wrapped subhead's last half line, in a column. (Not where there is no column: lines joined by
            # reflow would then be judged differently the second time.)
            plain = column and not row.justified and 2 * row.width <= widest
        return plain and not splits_word(row.line.text, nxt.line.text)
    if not column or expected is None:
        return True  # whole paragraphs on a line, or no column to judge by: each sentence-final line ends one
    full = row.justified or row.width >= expected - _FULL
    if not full:
        return True  # the line stopped short of the column: its paragraph ended
    if nxt.line.indent >= 2 and nxt.line.blank_before == 0:
        return True  # an indent the extractor kept
    # A full line that ends a sentence: a new paragraph only if the next line shows the dropped indent, i.e. it is
    # about two characters short and is not itself the end of a paragraph (a short last line proves nothing).
    dropped = _INDENT_MIN <= widest - nxt.width <= _INDENT_MAX and not nxt.justified
    return dropped and not nxt.final and after is not None


# --- joining ------------------------------------------------------------------------------------------------

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
#: The same characters as a set, for the test on one character that joining makes at every line end.
_ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_LATIN_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-+%]*$")
_LATIN_TOKEN_START = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-+%]*")
_LETTER = re.compile("[A-Za-z]")


def _keep_space(left: str, right: str) -> bool:
    """Whether white space between ``left`` and ``right`` (the texts on either side) is a real space.

    A space between two Latin words or numbers stays (``New York``, ``737 800``); so does one between a Latin word
    and Chinese (``GDP 增长``, ``5G 基站``). Spaces around bare numbers (``8 月 8 日``, ``2019 年``) and between
    Chinese characters or punctuation are typesetting and go.
    """
    a, b = left[-1:], right[:1]
    if not a or not b:
        return False
    if _ASCII_WORD.match(a) and _ASCII_WORD.match(b):
        return True
    if _ASCII_WORD.match(a) and _CJK.match(b):
        token = _LATIN_TOKEN.search(left)
        return bool(token and _LETTER.search(token.group()))
    if _CJK.match(a) and _ASCII_WORD.match(b):
        token = _LATIN_TOKEN_START.match(right)
        return bool(token and _LETTER.search(token.group()))
    return False


_WS_RUN = re.compile(r"\s+")


def clean_line(text: str) -> str:
    """One line with letter-spacing and typesetting spaces removed and real spaces kept as one.

    >>> clean_line("东 湖 公 园 开 放"), clean_line("全市 2019 年度 GDP 增长")
    ('东湖公园开放', '全市2019年度 GDP 增长')
    """
    parts = _WS_RUN.split(text.strip())
    out = parts[0]
    for part in parts[1:]:
        out += (" " if _keep_space(out, part) else "") + part
    return out


def join_lines(texts: Sequence[str]) -> str:
    """Lines of one paragraph joined: nothing between Chinese, one space between Latin words.

    >>> join_lines(["各级各部门要进一", "步提高思想认识。"])
    '各级各部门要进一步提高思想认识。'
    """
    out = ""
    for text in texts:
        # A line with no white space at all (most lines of Chinese text) is its own clean form: one search in C
        # instead of stripping, splitting and joining it again (issue 13).
        piece = clean_line(text) if _WS_RUN.search(text) else text
        if out and piece and out[-1] in _ASCII_WORD_CHARS and piece[0] in _ASCII_WORD_CHARS:
            out += " "
        out += piece
    return out


def build_paragraphs(source: str, rows: Sequence[Row], ends: Sequence[bool]) -> list[Paragraph]:
    """Paragraph records from rows and the decisions after each; text is sliced from ``source`` as printed."""
    paragraphs: list[Paragraph] = []
    current: list[Row] = []
    for row, end in zip(rows, ends, strict=True):
        current.append(row)
        if end:
            texts = [source[r.line.start : r.line.end] for r in current]
            span = Span(current[0].line.start, current[-1].line.end)
            paragraphs.append(Paragraph(text=join_lines(texts), span=span))
            current = []
    return paragraphs


def reflow(text: str | bytes) -> tuple[Paragraph, ...]:
    r"""The true paragraphs of ``text``, each with the span of the input it came from.

    >>> paras = reflow("会议强调，要认\n真学习。\n\n李建国在讲话中指\n出，要认清形势。")
    >>> [p.text for p in paras]
    ['会议强调，要认真学习。', '李建国在讲话中指出，要认清形势。']
    >>> paras[1].span
    Span(start=14, end=31)

    ``bytes`` are decoded (UTF-8, UTF-8 with BOM, GB18030); anything else but ``str`` is a ``TypeError``.
    """
    source = coerce_text(text)
    rows = rows_of(list(iter_lines(normalize(source))))
    return tuple(build_paragraphs(source, rows, paragraph_ends(rows)))


def reflow_text(text: str | bytes) -> list[str]:
    r"""The paragraphs of ``text`` as plain strings.

    >>> reflow_text("各级各部门要进一\n\n步提高思想认识。")
    ['各级各部门要进一步提高思想认识。']
    """
    return [p.text for p in reflow(text)]

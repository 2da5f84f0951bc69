r"""Newspaper pages from PDF: text in reading order with each line's box, type size and weight, then ``segment``.

Install the extra first: ``pip install 'newsseg[pdf]'`` (it adds pdfminer.six, a pure-Python PDF reader).

A PDF keeps the two strongest signals of a newspaper page that extracted text loses: type size (a headline is set
larger than the body) and position (columns, blocks, a title across the columns it heads). ``read_pdf_lines``
reads the characters with their boxes and sizes, builds lines, blocks and title groups, and writes the page as
text in reading order, a title group before the body it heads, a blank line between blocks and a form feed
between pages; beside the text it returns one ``PdfLine`` per printed line, with its character range in that text.
``segment_pdf`` gives that text to the same ``segment`` as text input, then maps each article's spans back to the
lines they cover: ``Article.page`` and ``Article.boxes``.

>>> from newsseg.pdf import PdfError, page_svg
>>> issubclass(PdfError, ValueError)
True
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from newsseg._pdflayout import (
    Block,
    LineBox,
    body_size,
    column_starts,
    defer_jump,
    order_blocks,
    page_blocks,
    photos,
)
from newsseg._pdfread import MISSING_EXTRA, Figure, PdfError, read_chars, source_name
from newsseg._text import coerce_issue_date
from newsseg.model import Box
from newsseg.segment import LineHint, segment_with

if TYPE_CHECKING:
    import datetime as dt
    import pathlib
    from collections.abc import Iterable

    from newsseg.model import Article, Page

__all__ = ["MISSING_EXTRA", "PdfError", "PdfLine", "page_svg", "read_pdf_lines", "segment_pdf"]

#: A paragraph's first line starts this many type sizes right of its block (papers indent two characters).
_INDENT = 1.5


@attrs.frozen(kw_only=True)
class PdfLine:
    """One printed line of a PDF page and where it went in the text ``read_pdf_lines`` returns.

    ``size_ratio`` is the line's type size over the page's body size (a headline is 1.4 or more); ``bold`` says the
    line is set in a bold face or with stroked glyphs; ``block`` numbers the blocks of the whole document in
    reading order (a column of body text, a caption, a title group); ``title`` marks the lines of a title group;
    ``inset`` the lines of a photo's caption when the photo is set in the text printed just before it;
    ``heads``, on a photo caption's lines, is where the text set right under the caption starts (``start`` of its
    first line): the photo heads that text.
    """

    text: str
    page: int
    box: Box
    size: float
    size_ratio: float
    bold: bool
    start: int
    end: int
    block: int
    title: bool = False
    inset: bool = False
    heads: int | None = None


def read_pdf_lines(
    source: str | pathlib.Path | bytes, *, pages: Iterable[int] | None = None, join_titles: bool = False
) -> tuple[str, list[PdfLine]]:
    r"""The text of a PDF in reading order, one text line per printed line, and the lines with their boxes.

    Blocks are parted by a blank line, title groups are blocks of their own written before the body they head,
    a paragraph's first line keeps a two-space indent, and pages are parted by a form feed. ``pages`` are 1-based.
    With ``join_titles``, a headline (or subtitle) wrapped over several lines of one size is written on one text
    line, so that text alone shows it is one; each of its printed lines keeps its own ``PdfLine``, with its range
    inside that text line.

    Raises:
        PdfError: the file cannot be read, is encrypted, or has a page with images but no text (it needs OCR).
        ModuleNotFoundError: the ``pdf`` extra is not installed.
    """
    name = source_name(source)
    parts: list[str] = []
    lines: list[PdfLine] = []
    pos = 0
    block_no = 0
    seen = 0
    laid: list[tuple[int, list[Block], float]] = []
    starts: dict[LineBox, int] = {}  # where each printed line starts in the text
    heading: list[tuple[int, LineBox]] = []  # caption lines (by index) and the first line of the text under them
    figures: dict[int, list[Figure]] = {}
    for raw in read_chars(source, pages):
        seen += 1
        if not raw.chars:
            if raw.images:
                msg = f"{name}: page {raw.number} has no text layer, only images; run OCR first (e.g. ocrmypdf)"
                raise PdfError(msg)
            continue
        body = body_size(raw.chars)
        laid.append((raw.number, page_blocks(raw.chars, body), body))
        figures[raw.number] = photos(raw.figures, raw.chars, body)
    # The column grid of the whole document: a page with few columns of text shows it poorly.
    grid = [x for _, blocks, _ in laid for x in column_starts(blocks)]
    laid = [(number, order_blocks(blocks, body, grid, figures[number]), body) for number, blocks, body in laid]
    for page_index, (number, ordered, body) in enumerate(laid):
        following = laid[page_index + 1][1][0] if page_index + 1 < len(laid) and laid[page_index + 1][1] else None
        blocks = defer_jump(ordered, body, following)
        if parts:
            parts.append("\f")
            pos += 1
        for k, block in enumerate(blocks):
            if k:
                parts.append("\n\n")
                pos += 2
            for j, line in enumerate(block.lines):
                if j and _wraps(block.lines[j - 1], line, block):
                    if join_titles:
                        sep = " " if line.text[:1].isascii() and block.lines[j - 1].text[-1:].isascii() else ""
                        parts.append(sep)
                        pos += len(sep)
                    else:
                        parts.append("\n")
                        pos += 1
                elif j:
                    parts.append("\n")
                    pos += 1
                if _indented(line.x0, block, line.size):
                    parts.append("  ")
                    pos += 2
                parts.append(line.text)
                starts[line] = pos
                if block.heads is not None:
                    heading.append((len(lines), block.heads))
                box = Box(number, round(line.x0, 2), round(line.y0, 2), round(line.x1, 2), round(line.y1, 2))
                ratio = round(line.size / body, 3) if body else 1.0
                lines.append(
                    PdfLine(
                        text=line.text,
                        page=number,
                        box=box,
                        size=round(line.size, 2),
                        size_ratio=ratio,
                        bold=line.bold,
                        start=pos,
                        end=pos + len(line.text),
                        block=block_no,
                        title=block.title,
                        inset=block.inset,
                    )
                )
                pos += len(line.text)
            block_no += 1
    for index, first in heading:
        if first in starts:
            lines[index] = attrs.evolve(lines[index], heads=starts[first])
    if not seen:
        msg = f"{name}: the PDF has no pages" + (" of those asked for" if pages is not None else "")
        raise PdfError(msg)
    if not lines:
        msg = f"{name}: no text found in the PDF"
        raise PdfError(msg)
    parts.append("\n")
    return "".join(parts), lines


def _wraps(prev: LineBox, line: LineBox, block: Block) -> bool:
    """Whether ``line`` carries on the title line ``prev``: one headline (or subtitle) wrapped, same size and weight."""
    return block.title and prev.bold == line.bold and abs(prev.size - line.size) <= 0.02 * prev.size


def _indented(x0: float, block: Block, size: float) -> bool:
    return not block.title and len(block.lines) > 1 and x0 - block.x0 >= _INDENT * size


def segment_pdf(
    source: str | pathlib.Path | bytes, *, pages: Iterable[int] | None = None, issue_date: dt.date | None = None
) -> Page:
    """Segment the pages of a PDF: ``segment`` on the reader's text, and each article given its boxes.

    The text is that of ``read_pdf_lines`` with ``join_titles``.

    Each article's ``page`` is the (1-based) page it starts on and ``boxes`` one box per block of the page it
    covers (a column of its body, its title group, a caption), in PDF points with the origin at the lower left.

    Raises:
        PdfError: the file cannot be read, is encrypted, or has a page with images but no text (it needs OCR).
        ModuleNotFoundError: the ``pdf`` extra is not installed.
    """
    # Until the line labeller reads PdfLine.size_ratio, a wrapped headline is one text line: segment takes each
    # line of a title block for a part of it (kicker, headline, subtitle).
    text, lines = read_pdf_lines(source, pages=pages, join_titles=True)
    hints = _hints(lines)
    page = segment_with(text, issue_date=coerce_issue_date(issue_date), hints=hints)
    articles = tuple(_placed(article, lines) for article in page.articles)
    return attrs.evolve(page, articles=articles)


def _hints(lines: list[PdfLine]) -> dict[int, LineHint]:
    """What the print shows of each line (by its start in the text) that the text may not: type, title group, wraps.

    In a block whose paragraphs start indented, a line set flush left carries on a paragraph when the line before
    it fills the column (to within a type size: squeezed punctuation), or, at the column's top, when it fills the
    column and runs on into the next line (an author line over the body may fill the column, but the body's first
    line under it is indented); a line that fills the column runs on into a flush one.
    """
    by_block: dict[int, list[PdfLine]] = {}
    for line in lines:
        by_block.setdefault(line.block, []).append(line)
    hints: dict[int, LineHint] = {}
    for block in by_block.values():
        left, right = min(ln.box.x0 for ln in block), max(ln.box.x1 for ln in block)
        indented = [ln.box.x0 - left >= _INDENT * ln.size for ln in block]
        known = not block[0].title and len(block) > 1 and any(indented)
        full = [right - ln.box.x1 <= ln.size for ln in block]
        for j, line in enumerate(block):
            flush_next = j + 1 < len(block) and not indented[j + 1]
            runs_on = known and full[j] and flush_next
            carries = known and not indented[j] and (full[j - 1] if j else (full[j] and flush_next))
            hints[line.start] = LineHint(
                size_ratio=line.size_ratio,
                title=line.title,
                carries=carries,
                runs_on=runs_on,
                inset=line.inset,
                heads=line.heads,
            )
    return hints


def _placed(article: Article, lines: list[PdfLine]) -> Article:
    """The article with the page it starts on and one merged box per block its spans cover."""
    boxes: dict[int, Box] = {}
    first: PdfLine | None = None
    starts = [ln.start for ln in lines]
    for span in article.spans:
        index = max(0, bisect.bisect_right(starts, span.start) - 1)
        while index < len(lines) and lines[index].start < span.end:
            line = lines[index]
            index += 1
            if line.end <= span.start:
                continue
            if first is None or line.start < first.start:
                first = line
            old = boxes.get(line.block)
            box = line.box
            if old is not None:
                box = Box(old.page, min(old.x0, box.x0), min(old.y0, box.y0), max(old.x1, box.x1), max(old.y1, box.y1))
            boxes[line.block] = box
    if first is None:
        return article
    return attrs.evolve(article, page=first.page, boxes=tuple(boxes[k] for k in sorted(boxes)))


#: Fill colours for the articles of ``page_svg``, repeated when a page has more articles.
_COLOURS = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#469990")


def page_svg(page: Page, *, number: int = 1, size: tuple[float, float] = (842.0, 1191.0)) -> str:
    """An SVG of one PDF page (``number``, 1-based) with each article's boxes in its own colour.

    ``size`` is the page's width and height in points (A3 by default). A notebook shows the string with
    ``IPython.display.SVG``.

    >>> from newsseg.model import Article, Box, Page
    >>> art = Article(kind="news", page=1, boxes=(Box(1, 36.0, 700.0, 180.0, 1100.0),))
    >>> print(page_svg(Page(articles=(art,)), size=(842.0, 1191.0)))
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 842 1191" width="421" height="595.5">
    <rect x="0" y="0" width="842" height="1191" fill="white" stroke="#999"/>
    <g fill="#e6194b" fill-opacity="0.25" stroke="#e6194b"><title>1 news</title>
    <rect x="36" y="91" width="144" height="400"/></g>
    </svg>
    """
    width, height = size
    out = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
            f'width="{width / 2:g}" height="{height / 2:g}">'
        ),
        f'<rect x="0" y="0" width="{width:g}" height="{height:g}" fill="white" stroke="#999"/>',
    ]
    for index, article in enumerate(page.articles):
        boxes = [b for b in article.boxes if b.page == number]
        if not boxes:
            continue
        colour = _COLOURS[index % len(_COLOURS)]
        label = _escape(f"{index + 1} {article.kind}" + (f" {article.title}" if article.title else ""))
        rects = "".join(
            f'\n<rect x="{b.x0:g}" y="{height - b.y1:g}" width="{b.x1 - b.x0:g}" height="{b.y1 - b.y0:g}"/>'
            for b in boxes
        )
        out.append(f'<g fill="{colour}" fill-opacity="0.25" stroke="{colour}"><title>{label}</title>{rects}</g>')
    out.append("</svg>")
    return "\n".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

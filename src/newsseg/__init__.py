r"""newsseg: turn the extracted text of Chinese newspaper pages into clean, structured articles.

>>> import newsseg
>>> page = newsseg.segment("本报讯（记者张建华）8月7日上午，新城区召开会议。\n\n新城区召开政府廉政工作会议\n")
>>> page.articles[0].headline.main
'新城区召开政府廉政工作会议'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsseg.byline import parse_byline
from newsseg.conventions import Conventions
from newsseg.dateline import parse_dateline
from newsseg.headline import parse_headline
from newsseg.model import Article, Box, Byline, Caption, Credit, Dateline, Headline, Leftover, Page, Paragraph, Span
from newsseg.reflow import reflow, reflow_text
from newsseg.segment import segment
from newsseg.stream import iter_pages, segment_pages
from newsseg.userdict import read_userdict, user_words

if TYPE_CHECKING:
    from newsseg.pdf import PdfError, read_pdf_lines, segment_pdf

__all__ = [
    "Article",
    "Box",
    "Byline",
    "Caption",
    "Conventions",
    "Credit",
    "Dateline",
    "Headline",
    "Leftover",
    "Page",
    "Paragraph",
    "PdfError",
    "Span",
    "iter_pages",
    "parse_byline",
    "parse_dateline",
    "parse_headline",
    "read_pdf_lines",
    "read_userdict",
    "reflow",
    "reflow_text",
    "segment",
    "segment_pages",
    "segment_pdf",
    "user_words",
]

__version__ = "0.2.0"

#: Names loaded from ``newsseg.pdf`` on first use: the PDF layout code is some 1,200 lines that a program reading
#: text pages never runs, and ``import newsseg`` (each worker process's start among them) need not compile it.
_FROM_PDF = frozenset({"PdfError", "read_pdf_lines", "segment_pdf"})


def __getattr__(name: str) -> object:
    if name in _FROM_PDF:
        from newsseg import pdf  # noqa: PLC0415 - deferred, see _FROM_PDF

        value = getattr(pdf, name)
        globals()[name] = value  # found as a plain attribute from now on
        return value
    msg = f"module 'newsseg' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *_FROM_PDF})

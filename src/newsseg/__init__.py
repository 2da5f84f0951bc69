r"""newsseg: turn the extracted text of Chinese newspaper pages into clean, structured articles.

>>> import newsseg
>>> page = newsseg.segment("本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n\n示范区召开政府廉政工作会议\n")
>>> page.articles[0].headline.main
'示范区召开政府廉政工作会议'
"""

from __future__ import annotations

from newsseg.byline import parse_byline
from newsseg.conventions import Conventions
from newsseg.dateline import parse_dateline
from newsseg.headline import parse_headline
from newsseg.model import Article, Box, Byline, Caption, Credit, Dateline, Headline, Leftover, Page, Paragraph, Span
from newsseg.pdf import PdfError, read_pdf_lines, segment_pdf
from newsseg.reflow import reflow, reflow_text
from newsseg.segment import segment
from newsseg.stream import iter_pages, segment_pages
from newsseg.userdict import read_userdict, user_words

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

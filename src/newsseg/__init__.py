r"""newsseg: turn the extracted text of Chinese newspaper pages into clean, structured articles.

>>> import newsseg
>>> page = newsseg.segment("本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n\n示范区召开政府廉政工作会议\n")
>>> page.articles[0].headline.main
'示范区召开政府廉政工作会议'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsseg.byline import parse_byline
    from newsseg.dateline import parse_dateline
    from newsseg.headline import parse_headline
    from newsseg.model import Article, Byline, Caption, Credit, Dateline, Headline, Leftover, Page, Paragraph, Span
    from newsseg.reflow import reflow, reflow_text
    from newsseg.segment import segment
    from newsseg.stream import iter_pages, segment_pages

#: Where each public name lives. They are imported on first use, so that ``import newsseg`` stays cheap: the
#: parsers compile many patterns, and a script that only imports the package should not pay for them.
_HOMES = {
    "Article": "newsseg.model",
    "Byline": "newsseg.model",
    "Caption": "newsseg.model",
    "Credit": "newsseg.model",
    "Dateline": "newsseg.model",
    "Headline": "newsseg.model",
    "Leftover": "newsseg.model",
    "Page": "newsseg.model",
    "Paragraph": "newsseg.model",
    "Span": "newsseg.model",
    "iter_pages": "newsseg.stream",
    "parse_byline": "newsseg.byline",
    "parse_dateline": "newsseg.dateline",
    "parse_headline": "newsseg.headline",
    "reflow": "newsseg.reflow",
    "reflow_text": "newsseg.reflow",
    "segment": "newsseg.segment",
    "segment_pages": "newsseg.stream",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401 - a public name of any kind
    home = _HOMES.get(name)
    if home is None:
        msg = f"module 'newsseg' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])


__all__ = [
    "Article",
    "Byline",
    "Caption",
    "Credit",
    "Dateline",
    "Headline",
    "Leftover",
    "Page",
    "Paragraph",
    "Span",
    "iter_pages",
    "parse_byline",
    "parse_dateline",
    "parse_headline",
    "reflow",
    "reflow_text",
    "segment",
    "segment_pages",
]

__version__ = "0.1.0"

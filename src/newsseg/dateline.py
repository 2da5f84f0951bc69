"""Datelines. (Placeholder: being written; the contract below is fixed.)

``parse_dateline(text, *, issue_date=None, byline=None)``: the first date or time expression of a body's first
paragraph ``text`` (outside quotation marks), as a ``Dateline`` whose ``span`` is in ``text`` coordinates, or None.
``byline`` (a dispatch head such as 新华社北京8月7日电) gives the month of a day alone and the day of 今天/上午.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime

    from newsseg.model import Byline, Dateline


def parse_dateline(
    text: str, *, issue_date: datetime.date | None = None, byline: Byline | None = None
) -> Dateline | None:
    """Placeholder."""
    del text, issue_date, byline
    return None

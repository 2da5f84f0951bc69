"""Placeholder: being written."""

from __future__ import annotations

import datetime

from newsseg.model import Page


def segment(text: str, *, issue_date: datetime.date | None = None) -> Page:
    """Placeholder."""
    del issue_date
    return Page(source=text)

"""Placeholder: being written."""

from __future__ import annotations

from newsseg.model import Headline


def parse_headline(lines: str | list[str]) -> Headline:
    """Placeholder."""
    del lines
    return Headline()

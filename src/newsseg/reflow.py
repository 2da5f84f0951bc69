"""Placeholder: being written."""

from __future__ import annotations

from newsseg.model import Paragraph


def reflow(text: str) -> tuple[Paragraph, ...]:
    """Placeholder."""
    del text
    return ()


def reflow_text(text: str) -> list[str]:
    """Placeholder."""
    return [p.text for p in reflow(text)]

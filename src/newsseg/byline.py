"""Bylines, dispatch heads and photo credits. (Placeholder: being written; the contract below is fixed.)

Contract used by ``segment``:

- ``parse_byline(text)``: the whole string is a byline or photo credit -> ``Byline`` (spans in ``text``) or None.
- ``match_byline(text, pos=0, endpos=None)``: a byline that starts at ``text[pos]`` (after white space) -> ``Byline``
  whose ``span`` is its printed extent in ``text`` coordinates, or None.
- ``match_photo_credit(text, pos=0, endpos=None)``: a photo credit (本报记者 X 摄, X/摄 ...) that *ends* at ``endpos``
  (after trailing white space is skipped) -> ``Byline`` with ``photographers`` and ``span``, or None.
"""

from __future__ import annotations

from newsseg.model import Byline


def parse_byline(text: str) -> Byline | None:
    """Placeholder."""
    del text
    return None


def match_byline(text: str, pos: int = 0, endpos: int | None = None) -> Byline | None:
    """Placeholder."""
    del text, pos, endpos
    return None


def match_photo_credit(text: str, pos: int = 0, endpos: int | None = None) -> Byline | None:
    """Placeholder."""
    del text, pos, endpos
    return None

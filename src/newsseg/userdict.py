r"""The caller's own words: place names, people, terms that jieba's dictionary lacks.

Where a line break falls inside a word decides whether a column wrap is joined without a break, and whether a short
line can end a title. jieba's dictionary knows common words; a paper's own names (翠屏湖, 清水河) it may cut in two.
``user_words`` adds words for the calls made inside it, as ``jieba.load_userdict`` adds them to jieba, but without
changing any shared dictionary: other threads and other callers see none of them.

>>> import newsseg
>>> text = "观摩会在新城区举行。\n\n翠屏湖\n\n公园项目是重中之重，建设者日夜施工。"
>>> newsseg.reflow_text(text)
['观摩会在新城区举行。', '翠屏湖', '公园项目是重中之重，建设者日夜施工。']
>>> with newsseg.user_words(["翠屏湖公园"]):
...     newsseg.reflow_text(text)
['观摩会在新城区举行。', '翠屏湖公园项目是重中之重，建设者日夜施工。']
"""

from __future__ import annotations

import contextlib
import os
import pathlib
from typing import TYPE_CHECKING

from newsseg._lexicon import _user_words

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["read_userdict", "user_words"]


def read_userdict(path: str | os.PathLike[str]) -> list[str]:
    """The words of a jieba user dictionary file: one word a line, perhaps with a frequency and a tag after it.

    Lines are ``word [freq] [tag]`` as ``jieba.load_userdict`` reads them; blank lines and ``#`` comments are
    skipped; the file is UTF-8 (a BOM is allowed).
    """
    words = []
    for line in pathlib.Path(path).read_text(encoding="utf-8-sig").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            words.append(stripped.split()[0])
    return words


@contextlib.contextmanager
def user_words(words: Iterable[str] | str | os.PathLike[str]) -> Iterator[frozenset[str]]:
    """Use ``words`` (or the words of a user dictionary file) for the calls made inside the ``with`` block.

    Words of one character, or with white space, are refused: a break inside them means nothing.
    """
    if isinstance(words, (os.PathLike, pathlib.Path)):
        words = read_userdict(words)
    elif isinstance(words, str):
        msg = "user_words takes a list of words or a path (pathlib.Path) to a user dictionary, not one string"
        raise TypeError(msg)
    chosen = frozenset(words)
    bad = [w for w in chosen if not isinstance(w, str) or len(w) < 2 or any(c.isspace() for c in w)]
    if bad:
        msg = f"user words must be strings of two or more characters without white space, not {bad[:3]!r}"
        raise ValueError(msg)
    token = _user_words.set(_user_words.get() | chosen)
    try:
        yield chosen
    finally:
        _user_words.reset(token)

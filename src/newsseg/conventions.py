r"""A paper's conventions: the house style it keeps from page to page.

A paper prints its title blocks on the same side of their bodies, sets its body in columns of one width, opens its
articles with the same kind of byline and repeats its running heads on every page. ``segment`` reads these from
each page on its own evidence; on a short page, or a page whose first title happens to follow a photo, that evidence
is thin. :meth:`Conventions.learn` reads them from a batch of pages of one paper (a majority over the pages), and
``segment(text, conventions=...)`` applies them: a pinned title direction replaces the page's own guess, and lines
learned as running heads are furniture.

>>> body = "".join(f"第{n}段，新城区召开会议，部署下一步工作。\n" for n in range(8))
>>> titles = {3: "新城区召开会议", 4: "全市举行活动", 5: "高新区发布报告"}
>>> pages = [f"人民日报\n本报讯（记者张建华）{d}日上午，\n{body}\n{t}\n\n第 {d} 版" for d, t in titles.items()]
>>> learned = Conventions.learn(pages)
>>> learned.titles_first, learned.running_heads, learned.byline_form
(False, ('人民日报', '第#版'), 'dispatch')
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from newsseg._text import coerce_text, normalize, to_simplified
from newsseg.byline import match_byline

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["Conventions"]

_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"[0-9０-９一二三四五六七八九十〇零]+")
#: How many lines at the top and at the foot of a printed page may be its running heads and footers.
_EDGE = 3
#: A line is a running head when it recurs at the edge of at least this share of the pages (and of two at least).
_SHARE = 0.5
#: A running head is short: a paper's name, a date, a section, a page number (the longest seen, a name with its
#: date and page, ``《学习时报》（2026年05月01日第01版）``, is under 24 characters).
_HEAD_MAX = 24
#: Pages shorter than this many lines are all edge: they tell no running head from text.
_HEAD_MIN_LINES = 2 * _EDGE + 2
#: Sentence punctuation: a line holding it is text, however often it recurs.
_SENTENCE = re.compile(r"[，。；！？,;!?]")
#: Brackets and quotes a running head opens and closes on its own line; a line that closes one it did not open
#: (长）, the foot of a signature wrapped at the column's width) is the tail of a wrapped sentence.
_OPENERS, _CLOSERS = "（([【〔“《「『", "）)]】〕”》」』"


def _whole(key: str) -> bool:
    """Whether ``key`` closes every bracket and quote it opens, and no other."""
    return sum(key.count(ch) for ch in _OPENERS) == sum(key.count(ch) for ch in _CLOSERS)


def head_key(text: str) -> str:
    """A line as running heads repeat it: no white space, every number the same (``第 3 版`` is ``第#版``).

    >>> head_key("2019年10月15日  星期二") == head_key("2019年10月16日 星期三".replace("三", "二"))
    True
    """
    return _DIGITS.sub("#", _WS.sub("", to_simplified(normalize(text))))


@attrs.frozen(kw_only=True)
class Conventions:
    """A paper's house style; ``None`` (or empty) where a page or batch does not show it."""

    #: Title blocks printed before their bodies (True) or after them (False), as the extractor put them out.
    titles_first: bool | None = None
    #: Running heads and footers, as :func:`head_key` gives them: lines that are furniture on every page.
    running_heads: tuple[str, ...] = ()
    #: The body's column width, in half-character units (a Chinese character is 2).
    column_width: int | None = None
    #: How articles name their authors: ``dispatch`` (本报讯…, …电 opening the first paragraph), ``author_line``
    #: (本报记者 X or a bare name alone on a line), ``signature`` (a name at the end), or None.
    byline_form: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            "titles_first": self.titles_first,
            "running_heads": list(self.running_heads),
            "column_width": self.column_width,
            "byline_form": self.byline_form,
        }

    @classmethod
    def detect(cls, text: str | bytes) -> Conventions:
        """What one page (or one text of several form-feed pages) shows of its conventions."""
        from newsseg.segment import page_conventions  # noqa: PLC0415 - segment imports this module

        return page_conventions(coerce_text(text))

    @classmethod
    def learn(cls, texts: Iterable[str | bytes]) -> Conventions:
        """The conventions a batch of pages of one paper shares: the majority of the pages' own readings."""
        import statistics  # noqa: PLC0415 - some 6 ms to import, which `segment` never needs

        pages = [coerce_text(t) for t in texts]
        found = [cls.detect(text) for text in pages]
        directions = Counter(c.titles_first for c in found if c.titles_first is not None)
        forms = Counter(c.byline_form for c in found if c.byline_form is not None)
        widths = [c.column_width for c in found if c.column_width]
        return cls(
            titles_first=directions.most_common(1)[0][0] if directions else None,
            running_heads=running_heads([p for text in pages for p in text.split("\f") if p.strip()]),
            column_width=int(statistics.median(widths)) if widths else None,
            byline_form=forms.most_common(1)[0][0] if forms else None,
        )


def running_heads(pages: Sequence[str]) -> tuple[str, ...]:
    """The lines that stand at the top or the foot of at least half the printed pages (and of two at least)."""
    if len(pages) < 2:  # one page shows nothing repeating
        return ()
    seen: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        if len(lines) < _HEAD_MIN_LINES:
            continue
        # A dispatch head or signature recurs too (新华社成都4月27日电 closing several items): it is no furniture.
        edge = [line for line in lines[:_EDGE] + lines[-_EDGE:] if match_byline(line) is None]
        keys = {head_key(line) for line in edge}
        seen.update(key for key in keys if 0 < len(key) <= _HEAD_MAX and not _SENTENCE.search(key) and _whole(key))
    need = max(2, int(len(pages) * _SHARE + 0.5))
    return tuple(sorted(key for key, count in seen.items() if count >= need))

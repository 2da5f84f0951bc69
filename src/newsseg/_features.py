"""Line features: what the labeller knows of a line, computed once per line as plain named values.

A feature is a name with a value (1.0 for a yes). Names say what they measure in the page's own terms: how wide the
line is against its column, whether it ends a sentence, what stands before and after it, what the page's rules
(bylines, credits, captions) found around it. Buckets (``len:5-8``) turn numbers into yes/no evidence a linear model
can weigh; their edges are the column widths newspapers use (8 to 30 characters).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from itertools import compress
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

__all__ = ["OPEN_END", "SENTENCE_INSIDE", "TAG", "TAG_FIRST", "LineFacts", "line_features"]

#: A sentence end inside a line (a title has none; 好！ may close one, 好！他说 may not).
SENTENCE_INSIDE = re.compile(r"[。；;]|[！？!?]\S")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"[0-9０-９]")
_LATIN = re.compile(r"[A-Za-z]")
_WS = re.compile(r"\s+")
#: A line that is all one bracketed tag: a column's name printed by its title (（国际论坛）, 【深观察】).
TAG = re.compile(r"^[（(【〔\[「][^（()）【】〔〕\]」]{1,12}[）)】〕\]」]$")
#: The characters ``TAG`` may open with: a line that opens with none is no tag, and needs no regex.
TAG_FIRST = frozenset("（(【〔[「")
#: Characters a title cannot end on (a particle, a conjunction, an open bracket, a comma).
OPEN_END = frozenset("的了着和与及在被对向把将从为之，、,“‘《（(「『【")
_QA = re.compile(r"^\s*(?:问|問|Q|答|A)\s*[:：]")

#: Length buckets, in characters: a column's line holds 8 to 30, titles 4 to 30, furniture 1 to 12.
_LENGTHS = (2, 4, 8, 12, 16, 24, 32, 48)
#: Width against the column: far short, a paragraph's last line, full, a little wide, spanning columns.
_RATIOS = (0.5, 0.8, 0.93, 1.07, 1.3)


@attrs.frozen
class LineFacts:
    """What the segmenter already knows of a line when the labeller is asked."""

    text: str
    kind: str  # the rules' kind: body, byline, credit, caption, photo_credit, furniture
    width: int  # display width (half-character units)
    column: int | None  # the column width around it; None for whole-paragraph lines, negative for none
    final: bool  # ends a sentence
    blank_before: int
    indent: int
    splits_next: bool  # the line break to the next line falls inside a word
    doubled: bool  # the extractor printed it twice (a styled title)
    opens: bool  # the page's rules would let a title start here
    closes: int  # 2: a title block would close on firm evidence, 1: on blank lines, 0: no
    title_like: bool = False  # short, with Chinese, no sentence inside or at its end
    size: float = 0.0  # type size against the page's body type (PDF input); 0 where unknown


def _bucket(value: float, edges: Sequence[float]) -> int:
    """The index of the first edge at or above ``value`` (``len(edges)`` past the last): a binary search in C."""
    if value != value:  # noqa: PLR0124 - NaN (a size from a broken PDF font) is above every edge, as it always was
        return len(edges)
    return bisect_left(edges, value)


def _own(facts: LineFacts, compact: str) -> list[str]:
    """The names of a line's own features, in order: each line's are worked out once, then used three times."""
    out = [f"len:{_bucket(len(compact), _LENGTHS)}"]
    column = facts.column
    if column is None:
        out.append("col:long")
    elif column <= 0:
        out.append("col:none")
    else:
        out.append(f"ratio:{_bucket(facts.width / column, _RATIOS)}")
    if facts.final:
        out.append("final")
    if compact and compact[-1] in OPEN_END:
        out.append("open_end")
    if compact and compact[-1] in "：:":
        out.append("colon_end")
    if facts.blank_before:
        out.append("blank_before")
    return out


#: Pairs of evidence that weigh together, not each alone: a line wider than its column is a title only without
#: sentence punctuation; a blank line before says more on a page where blank lines are rare.
_CROSSED = ("ratio:", "commas:", "final", "blank_before", "prev_final", "title_like", "rule_title:", "col:", "len:")


@functools.lru_cache(maxsize=4096)
def _crossed(names: tuple[str, ...], page: str) -> Mapping[str, float]:
    """The crossed features of these names on this page, in the order they were always added.

    Lines repeat a few combinations, so they are cached (issue 13); the mapping is shared and only read.
    """
    feats: dict[str, float] = {}
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            feats[f"{names[a]}&{names[b]}"] = 1.0
    for name in names:
        feats[f"{page}&{name}"] = 1.0
    feats[page] = 1.0
    return feats


class _Crosses(dict[str, bool]):
    """Whether a feature name is one of the crossed kinds, worked out once per name (names come from templates)."""

    def __missing__(self, name: str) -> bool:
        crosses = self[name] = name.startswith(_CROSSED)
        return crosses


_CROSSES = _Crosses()


def _cross(feats: dict[str, float], page: str) -> None:
    # compress() and map() keep the per-name test in C; the names keep their order in feats.
    feats.update(_crossed(tuple(compress(feats, map(_CROSSES.__getitem__, feats))), page))


def line_features(
    lines: Sequence[LineFacts], only: Collection[int] | None = None, *, blank_lines: int | None = None
) -> list[dict[str, float]]:
    """The features of every line, its own and its neighbours'.

    With ``only``, the features of those lines alone (the others' dicts are empty): a page asks the labeller about
    few of its lines, and only those lines and their neighbours are read. ``blank_lines``, how many lines have a
    blank line before them, is counted from ``lines`` unless the caller knows it: then ``lines`` may be a sequence
    that works each line's facts out only when it is read.
    """
    out: list[dict[str, float]] = []
    count = len(lines)
    # How the extractor sets blank lines on this page: around titles and at paragraph ends (the seeds), after
    # every line (pdfminer), or hardly ever (pdftotext): the same blank line says different things.
    if blank_lines is None:
        blank_lines = sum(1 for facts in lines if facts.blank_before)
    blanks = blank_lines / count if count else 0.0
    page_blanks = f"blanks:{_bucket(blanks, (0.03, 0.15, 0.5))}"
    # Each line's own features, for the lines asked about and their neighbours alone: a page asks about a tenth of
    # its lines (issue 13).
    reach = range(count) if only is None else sorted({k for i in only for k in (i - 1, i, i + 1) if 0 <= k < count})
    compacts: dict[int, str] = {}
    own: dict[int, list[str]] = {}
    # Each line read once (``lines`` may work its facts out on first reading): the lines asked about and their
    # neighbours are all in ``reach``.
    read: dict[int, LineFacts] = {}
    for i in reach:
        read[i] = facts = lines[i]
        compacts[i] = compact = _WS.sub("", facts.text)
        own[i] = _own(facts, compact)
    for i in range(count):
        if only is not None and i not in only:
            out.append({})
            continue
        facts = read[i]
        feats: dict[str, float] = {"kind:" + facts.kind: 1.0}
        for name in own[i]:
            feats[name] = 1.0
        text = facts.text
        compact = compacts[i]
        if SENTENCE_INSIDE.search(compact):
            feats["sentence_inside"] = 1.0
        commas = compact.count("，") + compact.count(",")
        feats[f"commas:{min(commas, 2)}"] = 1.0
        cjk = len(_CJK.findall(compact))
        if compact:
            feats[f"cjk:{_bucket(cjk / len(compact), (0.3, 0.7, 0.95))}"] = 1.0
        if _DIGIT.search(compact):
            feats["digits"] = 1.0
        if _LATIN.search(compact):
            feats["latin"] = 1.0
        if TAG.match(compact):
            feats["tag"] = 1.0
        if compact[:1] in "—―─":
            feats["dash_start"] = 1.0
        if _QA.match(text):
            feats["qa"] = 1.0
        if facts.indent:
            feats["indent"] = 1.0
        if facts.splits_next:
            feats["splits_next"] = 1.0
        if facts.doubled:
            feats["doubled"] = 1.0
        if facts.opens:
            feats["rule_opens"] = 1.0
        if facts.closes:
            feats[f"rule_closes:{facts.closes}"] = 1.0
        if facts.opens and facts.closes:
            feats[f"rule_title:{facts.closes}"] = 1.0
        if facts.size:
            feats[f"size:{_bucket(facts.size, (0.9, 1.1, 1.3, 1.7))}"] = 1.0
        if facts.title_like:
            feats["title_like"] = 1.0
        if i == 0:
            feats["page_first"] = 1.0
        else:
            prev = read[i - 1]
            feats["prev_kind:" + prev.kind] = 1.0
            for name in own[i - 1]:
                feats["prev_" + name] = 1.0
        if i + 1 == count:
            feats["page_last"] = 1.0
        else:
            nxt = read[i + 1]
            feats["next_kind:" + nxt.kind] = 1.0
            for name in own[i + 1]:
                feats["next_" + name] = 1.0
            if nxt.indent > facts.indent:
                feats["next_indented"] = 1.0
        _cross(feats, page_blanks)
        out.append(feats)
    return out

"""Line features: what the labeller knows of a line, computed once per line as plain named values.

A feature is a name with a value (1.0 for a yes). Names say what they measure in the page's own terms: how wide the
line is against its column, whether it ends a sentence, what stands before and after it, what the page's rules
(bylines, credits, captions) found around it. Buckets (``len:5-8``) turn numbers into yes/no evidence a linear model
can weigh; their edges are the column widths newspapers use (8 to 30 characters).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["LineFacts", "line_features"]

_SENTENCE_INSIDE = re.compile(r"[。；;]|[！？!?]\S")
_CJK = re.compile(r"[\u3400-\u9fff]")
_DIGIT = re.compile(r"[0-9０-９]")
_LATIN = re.compile(r"[A-Za-z]")
_WS = re.compile(r"\s+")
#: A line that is all one bracketed tag: a column's name (（国际论坛）, 【深观察】).
_TAG = re.compile(r"^[（(【〔\[「][^（()）【】〔〕]{1,12}[）)】〕\]」]$")
#: Characters a title cannot end on (a particle, a conjunction, an open bracket, a comma).
_OPEN_END = frozenset("的了着和与及在被对向把将从为之，、,“‘《（(「『【")
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
    for k, edge in enumerate(edges):
        if value <= edge:
            return k
    return len(edges)


def _own(facts: LineFacts, prefix: str, out: dict[str, float]) -> None:
    compact = _WS.sub("", facts.text)
    out[f"{prefix}len:{_bucket(len(compact), _LENGTHS)}"] = 1.0
    column = facts.column
    if column is None:
        out[f"{prefix}col:long"] = 1.0
    elif column <= 0:
        out[f"{prefix}col:none"] = 1.0
    else:
        out[f"{prefix}ratio:{_bucket(facts.width / column, _RATIOS)}"] = 1.0
    if facts.final:
        out[f"{prefix}final"] = 1.0
    if compact and compact[-1] in _OPEN_END:
        out[f"{prefix}open_end"] = 1.0
    if compact and compact[-1] in "：:":
        out[f"{prefix}colon_end"] = 1.0
    if facts.blank_before:
        out[f"{prefix}blank_before"] = 1.0


#: Pairs of evidence that weigh together, not each alone: a line wider than its column is a title only without
#: sentence punctuation; a blank line before says more on a page where blank lines are rare.
_CROSSED = ("ratio:", "commas:", "final", "blank_before", "prev_final", "title_like", "rule_title:", "col:", "len:")


def _cross(feats: dict[str, float], page: str) -> None:
    names = [name for name in feats if name.startswith(_CROSSED)]
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            feats[f"{names[a]}&{names[b]}"] = 1.0
    for name in names:
        feats[f"{page}&{name}"] = 1.0
    feats[page] = 1.0


def line_features(lines: Sequence[LineFacts]) -> list[dict[str, float]]:
    """The features of every line, its own and its neighbours'."""
    out: list[dict[str, float]] = []
    count = len(lines)
    # How the extractor sets blank lines on this page: around titles and at paragraph ends (the seeds), after
    # every line (pdfminer), or hardly ever (pdftotext): the same blank line says different things.
    blanks = sum(1 for facts in lines if facts.blank_before) / count if count else 0.0
    page_blanks = f"blanks:{_bucket(blanks, (0.03, 0.15, 0.5))}"
    for i, facts in enumerate(lines):
        feats: dict[str, float] = {"kind:" + facts.kind: 1.0}
        _own(facts, "", feats)
        text = facts.text
        compact = _WS.sub("", text)
        if _SENTENCE_INSIDE.search(compact):
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
        if _TAG.match(compact):
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
            prev = lines[i - 1]
            feats["prev_kind:" + prev.kind] = 1.0
            _own(prev, "prev_", feats)
        if i + 1 == count:
            feats["page_last"] = 1.0
        else:
            nxt = lines[i + 1]
            feats["next_kind:" + nxt.kind] = 1.0
            _own(nxt, "next_", feats)
            if nxt.indent > facts.indent:
                feats["next_indented"] = 1.0
        _cross(feats, page_blanks)
        out.append(feats)
    return out

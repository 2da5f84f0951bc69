"""Fitting the line labeller: line labels read off annotated pages, and a logistic model fitted on them.

This module is for development: ``benchmarks/fit_labeller.py`` calls it to write the shipped weights
(``newsseg/labeller.json``), and ``benchmarks/eval_papers.py`` to fit one labeller per left-out paper. Fitting needs
scikit-learn (the ``train`` extra); applying the weights (``newsseg._labeller``) needs nothing but Python.

The annotation of a page (``golden/SCHEMA.md``: body start and end, title parts, byline, captions) says where each
article's parts are, not which line is which. :func:`line_labels` reads that off the page: every annotated string is
found in the page text with white space removed, title parts, bylines and captions first (where a string occurs more
than once, the occurrence that fills whole lines wins), then each body from its start to its end over what is left.
A line takes the label of most of its characters; a line no annotation covers is page furniture.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from newsseg._text import iter_lines, normalize

if TYPE_CHECKING:
    from collections.abc import Sequence

    from newsseg._labeller import Labeller

__all__ = ["fit", "line_labels"]

_WS = re.compile(r"\s+")


def _norm(text: str | None) -> str:
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


def line_labels(text: str, gold: dict[str, Any]) -> list[str]:
    """One label per non-blank line of ``text`` (as ``iter_lines`` gives them), read off its annotation.

    Labels: ``title``, ``byline``, ``body``, ``caption``, ``credit`` (page credits), ``furniture``.
    """
    lines = list(iter_lines(normalize(text)))
    chars: list[str] = []
    owner: list[int] = []
    starts: list[int] = []
    for index, line in enumerate(lines):
        squeezed = _norm(line.text)
        starts.append(len(chars))
        chars.extend(squeezed)
        owner.extend([index] * len(squeezed))
    compact = "".join(chars)
    ends = {starts[i] + len(_norm(line.text)) for i, line in enumerate(lines)}
    line_starts = set(starts)
    mark: list[str | None] = [None] * len(compact)

    def place(needle: str, label: str, at: int = -1) -> int:
        """Mark the best free occurrence of ``needle`` (only the one at ``at``, if given); its end, or -1."""
        if len(needle) < 2:
            return -1
        best, best_score = -1, -1
        pos = compact.find(needle, max(at, 0))
        if at >= 0 and pos != at:
            return -1
        while pos >= 0:
            if all(m is None for m in mark[pos : pos + len(needle)]):
                score = (pos in line_starts) + (pos + len(needle) in ends)
                if score > best_score:
                    best, best_score = pos, score
            pos = compact.find(needle, pos + 1)
        if best < 0:
            return -1
        for k in range(best, best + len(needle)):
            mark[k] = label
        return best + len(needle)

    articles = gold.get("articles") or []
    for art in articles:
        for part in ("kicker", "headline", "subheadline"):
            value = _norm(art.get(part))
            end = place(value, "title") if value else -1
            if end >= 0 and part == "headline":
                place(value, "title", at=end)  # the extractor may have doubled it
        place(_norm(art.get("byline")), "byline")
        for caption in art.get("captions") or []:
            place(_norm(caption), "caption")
    for value in (gold.get("credits") or {}).values():
        for name in str(value).split("、"):
            found = compact.find(_norm(name))
            if found >= 0 and mark[found] is None:
                at = owner[found]
                for k in range(starts[at], starts[at] + len(_norm(lines[at].text))):
                    mark[k] = mark[k] or "credit"
    cursor = 0
    for art in articles:
        start, last = _norm(art.get("body_start")), _norm(art.get("body_end"))
        if not start:
            continue
        label = "caption" if art.get("kind") == "photo" else "body"
        begin = _find_free(compact, mark, start, cursor)
        if begin < 0:
            begin = _find_free(compact, mark, start, 0)
        if begin < 0:
            continue
        stop = compact.find(last, begin) if last else -1
        stop = begin + len(start) if stop < 0 else stop + len(last)
        for k in range(begin, stop):
            if mark[k] is None:
                mark[k] = label
        cursor = begin
    labels = []
    for index, line in enumerate(lines):
        span = mark[starts[index] : starts[index] + len(_norm(line.text))]
        counts: dict[str, int] = {}
        for m in span:
            key = m or "furniture"
            counts[key] = counts.get(key, 0) + 1
        labels.append(max(counts, key=lambda k: counts[k]) if counts else "furniture")
    return labels


def _find_free(compact: str, mark: Sequence[str | None], needle: str, after: int) -> int:
    pos = compact.find(needle, after)
    while pos >= 0 and any(m is not None for m in mark[pos : pos + len(needle)]):
        pos = compact.find(needle, pos + 1)
    return pos


def fit(pages: Sequence[tuple[str, dict[str, Any]]], *, c: float = 1.0) -> Labeller:
    """A labeller fitted on annotated pages ``(text, gold)`` (needs scikit-learn)."""
    from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415 - a development extra
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    from newsseg._labeller import Labeller  # noqa: PLC0415
    from newsseg.segment import training_rows  # noqa: PLC0415 - segment imports this module's users lazily

    features: list[dict[str, float]] = []
    targets: list[str] = []
    for text, gold in pages:
        feats, labels = training_rows(text, line_labels(text, gold))
        features.extend(feats)
        targets.extend(labels)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(matrix, targets)
    names = vectorizer.get_feature_names_out()
    classes = [str(k) for k in model.classes_]
    if len(classes) == 2:
        rows = [-model.coef_[0], model.coef_[0]]
        bias = [-model.intercept_[0], model.intercept_[0]]
    else:
        rows, bias = list(model.coef_), list(model.intercept_)
    weights = {
        label: {str(name): round(float(w), 5) for name, w in zip(names, row, strict=True) if abs(w) > 1e-6}
        for label, row in zip(classes, rows, strict=True)
    }
    return Labeller(weights=weights, bias={k: round(float(b), 5) for k, b in zip(classes, bias, strict=True)})

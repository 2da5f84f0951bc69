"""The line labeller: a multinomial logistic model over a line's features, applied in plain Python.

The weights are fitted on annotated pages of several papers (``newsseg._train``, ``benchmarks/fit_labeller.py``) and
shipped as ``labeller.json``; applying them needs no library. Each label's score is the sum of the weights of the
features a line has, plus the label's bias; the probabilities are their softmax. :meth:`Labeller.explain` lists the
features that weighed most for a decision, so every label can say which evidence made it.
"""

from __future__ import annotations

import functools
import json
import math
import threading
from importlib import resources
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["Labeller", "default_labeller"]


@attrs.frozen
class Labeller:
    """Weights per label and feature, and a bias per label."""

    weights: Mapping[str, Mapping[str, float]]
    bias: Mapping[str, float]
    #: Each feature's weights for every label, in the order of ``labels``: one lookup per feature at run time.
    _table: dict[str, tuple[float, ...]] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Build the per-feature table."""
        table: dict[str, list[float]] = {}
        labels = self.labels
        for index, label in enumerate(labels):
            for name, weight in self.weights.get(label, {}).items():
                table.setdefault(name, [0.0] * len(labels))[index] = weight
        object.__setattr__(self, "_table", {k: tuple(v) for k, v in table.items()})

    @functools.cached_property
    def labels(self) -> tuple[str, ...]:
        """The labels, sorted."""
        return tuple(sorted(self.bias))

    def scores(self, features: Mapping[str, float]) -> list[float]:
        """The raw score of each label (in the order of ``labels``)."""
        table = self._table
        known = [(row, value) for name, value in features.items() if (row := table.get(name)) is not None]
        # Label by label, each sum in the features' order from the bias, as always (the same floats): one pass of
        # plain additions per label is cheaper than an inner loop per feature (issue 13).
        out = []
        for k, label in enumerate(self.labels):
            total = self.bias[label]
            for row, value in known:
                total += row[k] * value
            out.append(total)
        return out

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """Each label's probability."""
        scores = self.scores(features)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def explain(self, features: Mapping[str, float], label: str, *, most: int = 4) -> list[tuple[str, float]]:
        """The features that pushed most for ``label`` against the others, with how much."""
        index = self.labels.index(label)
        pushes = []
        for name, value in features.items():
            row = self._table.get(name)
            if row is None:
                continue
            others = max((w for k, w in enumerate(row) if k != index), default=0.0)
            pushes.append((name, round((row[index] - others) * value, 2)))
        pushes.sort(key=lambda item: -abs(item[1]))
        return pushes[:most]

    def to_json(self) -> str:
        """The weights as JSON, the form shipped in ``labeller.json``."""
        return json.dumps({"bias": self.bias, "weights": self.weights}, ensure_ascii=False, indent=0, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Labeller:
        """A labeller from ``to_json()``'s text."""
        data = json.loads(text)
        return cls(weights=data["weights"], bias=data["bias"])


_lock = threading.Lock()
_default: Labeller | None = None


def default_labeller() -> Labeller:
    """The labeller fitted on every annotated paper, loaded once from the package's ``labeller.json``."""
    global _default  # noqa: PLW0603 - a lazy, lock-guarded module cache, as _lexicon does for jieba
    if _default is None:
        with _lock:
            if _default is None:
                text = resources.files("newsseg").joinpath("labeller.json").read_text(encoding="utf-8")
                _default = Labeller.from_json(text)
    return _default

"""Fit the line labeller on every annotated paper and write the shipped weights (``src/newsseg/labeller.json``).

    pip install -e '.[train]'
    python benchmarks/fit_labeller.py                 # all papers, all generators
    python benchmarks/fit_labeller.py --without rmrb  # leave a paper out (what eval_papers.py does per paper)

The pages are those of ``eval_papers.py``: the seed pages, the corpus typeset as PDFs and read back by three
extractors, and the corpus laid out by ``tests/layout.py``. Anyone with an annotated page of another paper can put it
in ``tests/papers`` (corpus format) and refit.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_papers

from newsseg._train import fit

OUT = eval_papers.ROOT / "src" / "newsseg" / "labeller.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--without", default="", help="comma-separated papers to leave out")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "newsseg-eval"))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    args = ap.parse_args(argv)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    samples = eval_papers.seed_samples() + eval_papers.typeset_samples(cache) + eval_papers.layout_samples()
    left_out = set(filter(None, args.without.split(",")))
    pages = [(s.text, s.gold) for s in samples if s.paper not in left_out]
    labeller = fit(pages, c=args.C)
    Path(args.out).write_text(labeller.to_json() + "\n", encoding="utf-8")
    sizes = {label: len(w) for label, w in labeller.weights.items()}
    print(f"fitted on {len(pages)} pages; weights per label {sizes}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

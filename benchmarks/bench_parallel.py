"""Pages per second with 1, 2 and N worker processes, and the speed-up against one worker.

A plain script, not a test::

    .venv/bin/python benchmarks/bench_parallel.py            # 1, 2 and os.cpu_count() workers
    .venv/bin/python benchmarks/bench_parallel.py --workers 1 2 4 --repeat 5

The batch is the seed pages plus pages laid out here from the articles of ``tests/corpus/*.json``: paragraphs
re-wrapped at several column widths, with byline, title block (after the body, as on most seed pages, or
before it), photo captions, column breaks and a page-credits line. The pages are written to a temporary folder
and segmented with ``newsseg.batch.segment_files``, so file reading and result transfer are in the figures.

Two figures per worker count:

* **warm**: a pool already started and its workers' dictionaries loaded (a long-running job or service), the
  number the 1.7x target is about;
* **cold**: what one ``newsseg --jobs N DIR`` run pays, pool start-up and dictionary load per worker included.

The 1-worker figure runs in this process after one warm-up page, as ``--jobs 1`` does.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import newsseg
from newsseg.batch import make_pool, segment_files, warm_worker

if TYPE_CHECKING:
    import concurrent.futures

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
#: The tests' copy of the corpus, else the shared one beside the checkout (where the tests now read it).
CORPUS = sorted(
    next((c for c in (ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus") if c.is_dir()), ROOT).glob("*.json")
)

#: Column widths in characters, narrow news columns to wide commentary columns; 0 keeps whole paragraphs on
#: one line, as some PDF tools do.
WIDTHS = (8, 10, 12, 13, 14, 16, 18, 20, 22, 25, 28, 30, 0)
#: An extractor's column break: a blank line after this many lines of a column, wherever a sentence stands.
COLUMN_LINES = 38
CREDITS = "编辑:陈彬 版式:车璇 校对:刘勇 组版:杨杰"


# --- the page builder ---------------------------------------------------------------------------------------


def _wrap(text: str, width: int) -> list[str]:
    if width == 0:
        return [text]
    return [text[i : i + width] for i in range(0, len(text), width)]


def _article_lines(article: dict[str, Any], width: int, *, title_after: bool) -> list[str]:
    paragraphs = [str(p) for p in article.get("paragraphs") or []]
    byline = article.get("byline")
    body: list[str] = []
    if byline and article.get("byline_alone"):
        body.append(str(byline))
    elif byline and paragraphs:
        paragraphs[0] = f"{byline}{paragraphs[0]}"
    for paragraph in paragraphs:
        body.extend(_wrap(paragraph, width))
    # Column breaks: a blank line every COLUMN_LINES lines, in mid-sentence as often as not.
    broken: list[str] = []
    for number, line in enumerate(body, 1):
        broken.append(line)
        if width and number % COLUMN_LINES == 0:
            broken.append("")
    for caption in article.get("captions") or []:
        broken.extend(["", *_wrap(f"上图 {caption}", width or 60)])
    if article.get("photo_credit"):
        broken.append(str(article["photo_credit"]))
    title = [str(article[key]) for key in ("kicker", "headline") if article.get(key)]
    if article.get("subheadline"):
        title.append(f"——{article['subheadline']}")
    if not title:
        return broken
    return [*broken, "", *title] if title_after else [*title, "", *broken]


def lay_out(articles: list[dict[str, Any]], width: int, *, title_after: bool) -> str:
    """One page: its articles at one column width, blank lines between them, the page credits at the end."""
    blocks = ["\n".join(_article_lines(a, width, title_after=title_after)) for a in articles]
    return "\n\n".join([*blocks, CREDITS]) + "\n"


def build_batch(folder: Path) -> list[Path]:
    """Write the seeds and the laid-out pages to ``folder``; return their paths (at least 200)."""
    paths: list[Path] = []
    for seed in SEEDS:
        target = folder / f"seed-{seed.name}"
        target.write_bytes(seed.read_bytes())
        paths.append(target)
    for source in CORPUS:
        articles = json.loads(source.read_text(encoding="utf-8"))["articles"]
        for width in WIDTHS:
            for title_after in (True, False):
                for rotate in (0, 1):
                    # Rotating the articles changes which one opens the page and where column breaks fall.
                    order = articles[rotate:] + articles[:rotate]
                    text = lay_out(order, width, title_after=title_after)
                    name = f"{source.stem}-w{width:02d}-{'after' if title_after else 'before'}-r{rotate}.txt"
                    target = folder / name
                    target.write_text(text, encoding="utf-8")
                    paths.append(target)
    return paths


# --- timing -------------------------------------------------------------------------------------------------


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (a pool shut down)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _run(paths: list[Path], *, jobs: int, executor: concurrent.futures.Executor | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds for the batch (CPU of a pool's workers only once the pool has ended)."""
    start, cpu = time.perf_counter(), _cpu()
    results = list(segment_files(paths, jobs=jobs, executor=executor))
    elapsed, used = time.perf_counter() - start, _cpu() - cpu
    bad = [r for r in results if not r.ok]
    if bad:
        msg = f"{len(bad)} pages failed, first: {bad[0].path}: {bad[0].error}"
        raise SystemExit(msg)
    return elapsed, used


def _warm_pool(workers: int) -> concurrent.futures.ProcessPoolExecutor:
    pool = make_pool(workers)  # the pool segment_files and the command line make: forked warm where safe
    # Keep every worker busy at once, so that all of them start and run the initializer before timing.
    list(pool.map(time.sleep, [0.5] * workers))
    return pool


def measure(paths: list[Path], counts: list[int], repeat: int) -> dict[int, tuple[float, float, float]]:
    """Best-of-``repeat`` seconds for the batch per worker count: (warm wall, cold wall, cold CPU).

    The runs of the different worker counts are interleaved, so that a burst of load from elsewhere on the
    machine hurts them all alike rather than one of them.
    """
    warm_worker()
    newsseg.segment(paths[0].read_text(encoding="utf-8"))  # 1 worker: this process, warmed
    pools = {n: _warm_pool(n) for n in counts if n > 1}
    warm: dict[int, list[tuple[float, float]]] = {n: [] for n in counts}
    cold: dict[int, list[tuple[float, float]]] = {n: [] for n in counts}
    try:
        for _ in range(repeat):
            for n in counts:
                warm[n].append(_run(paths, jobs=n, executor=pools.get(n)) if n > 1 else _run(paths, jobs=1))
    finally:
        for pool in pools.values():
            pool.shutdown()
    for _ in range(repeat):
        for n in counts:
            if n > 1:  # one worker has no pool to start: its cold figures are its warm ones
                cold[n].append(_run(paths, jobs=n))
    if 1 in counts:
        cold[1] = warm[1]
    return {n: (min(w for w, _ in warm[n]), min(w for w, _ in cold[n]), min(c for _, c in cold[n])) for n in counts}


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def _version() -> str:
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown commit"
    doc = (newsseg.segment.__doc__ or "").strip().splitlines()
    return f"{commit}; segment: {doc[0] if doc else '?'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    cores = os.cpu_count() or 1
    parser.add_argument("--workers", type=int, nargs="+", default=sorted({1, 2, cores}))
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is kept")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsseg-bench-") as tmp:
        paths = build_batch(Path(tmp))
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        print(f"newsseg {newsseg.__version__} ({_version()})")
        print(f"Python {platform.python_version()} on {platform.platform()}, {cores} cores")
        laid_out = len(paths) - len(SEEDS)
        print(f"batch: {len(paths)} pages ({len(SEEDS)} seeds + {laid_out} laid out), {chars:,} chars")
        print(f"best of {args.repeat} runs; load average before: {_load()}\n")
        print(
            f"{'workers':>7}  {'warm pages/s':>12}  {'speed-up':>8}  {'cold pages/s':>12}  {'speed-up':>8}"
            f"  {'CPU ms/page':>11}  {'idle bound':>10}"
        )
        figures = measure(paths, args.workers, args.repeat)
        base_warm = base_cold = base_cpu = 0.0
        for workers, (warm, cold, cpu) in figures.items():
            warm_rate, cold_rate = len(paths) / warm, len(paths) / cold
            if workers == 1:
                base_warm, base_cold, base_cpu = warm_rate, cold_rate, cpu
            up_warm = f"{warm_rate / base_warm:.2f}x" if base_warm else "-"
            up_cold = f"{cold_rate / base_cold:.2f}x" if base_cold else "-"
            # What the speed-up would be on otherwise idle cores: the same CPU work, spread over the workers
            # (no more of them than there are cores).
            bound = f"{min(workers, cores) * base_cpu / cpu:.2f}x" if base_cpu else "-"
            print(
                f"{workers:>7}  {warm_rate:>12.1f}  {up_warm:>8}  {cold_rate:>12.1f}  {up_cold:>8}"
                f"  {1000 * cpu / len(paths):>11.2f}  {bound:>10}"
            )
        print(f"\nload average after: {_load()} (other work on the machine makes figures noisy)")


if __name__ == "__main__":
    main()

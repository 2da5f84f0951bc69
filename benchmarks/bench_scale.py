"""Scale benchmark (issue 6): stream a ~50 MB archive of pages through ``segment_pages``; time, rate, peak
memory.

A benchmark, not a test: it prints numbers. The input is the seed pages and pages laid out from the test
corpus (``tests/layout.py``), repeated and joined by form feeds into a temporary file, then read back with
``newsseg.stream.segment_pages`` (chunked reads, one page at a time). Near-linear scaling is checked by
running a small input first and comparing its rate with the large one's.

    python benchmarks/bench_scale.py                 # 5 MB then 50 MB
    python benchmarks/bench_scale.py --sizes 1 5     # other sizes in MB (UTF-8 bytes of the file)

Peak RSS is measured in a fresh child process per size (``resource.getrusage(RUSAGE_CHILDREN)``), so one run's
memory does not hide in the next's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

#: Slower than this many times the small input's per-character time counts as non-linear (timer noise and
#: page-mix differences stay well under it).
LINEAR_SLACK = 1.5


def build_input(path: Path, megabytes: float) -> tuple[int, int]:
    """Write about ``megabytes`` MB of pages joined by form feeds to ``path``; return (pages, characters)."""
    from layout import LAYOUTS, lay_out_page  # type: ignore[import-not-found, unused-ignore]  # tests/ is on sys.path

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    laid = [lay_out_page(width, name, 0).text for width in (9, 13, 17, 22, 28) for name in LAYOUTS]
    pool = seeds + laid
    target = int(megabytes * 1_000_000)
    written = pages = chars = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        while written < target:
            page = pool[pages % len(pool)]
            if pages:
                out.write("\f")
                chars += 1
                written += 1
            out.write(page)
            written += len(page.encode("utf-8"))
            chars += len(page)
            pages += 1
    return pages, chars


_CHILD = """
import json, resource, sys, time
import newsseg, newsseg._lexicon
from newsseg.stream import segment_pages
newsseg._lexicon.tokenizer()  # jieba's one-off dictionary load is not part of the per-page cost
newsseg.segment("本报讯（记者甲）近日，示范区召开会议。")
path = sys.argv[1]
t0 = time.perf_counter()
pages = articles = 0
with open(path, encoding="utf-8", newline="") as handle:
    for offset, page in segment_pages(handle):
        pages += 1
        articles += len(page.articles)
elapsed = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
json.dump({"seconds": elapsed, "pages": pages, "articles": articles, "peak_rss_kib": rss}, sys.stdout)
"""


def run(path: Path) -> dict[str, float]:
    """Stream ``path`` through segment_pages in a fresh interpreter; its timings and peak RSS."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


_BASELINE = """
import resource, newsseg, newsseg._lexicon as lex
lex.tokenizer()
newsseg.segment("本报讯（记者甲）近日，示范区召开会议。")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[5.0, 50.0], help="input sizes in MB")
    args = parser.parse_args()

    probe = subprocess.run([sys.executable, "-c", _BASELINE], capture_output=True, text=True, check=True)
    baseline = int(probe.stdout)
    print(f"baseline peak RSS (python + newsseg + jieba loaded): {baseline / 1024:.0f} MiB")
    rates: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"archive-{size:g}MB.txt"
            pages, chars = build_input(path, size)
            mb = path.stat().st_size / 1e6
            result = run(path)
            seconds = result["seconds"]
            rate = chars / seconds
            rates.append((chars, seconds))
            print(
                f"{mb:7.1f} MB  {pages:6d} pages  {chars:>11,d} chars  "
                f"{int(result['articles']):7d} articles  "
                f"{seconds:8.1f} s  {rate:>10,.0f} chars/s  {mb / seconds:6.2f} MB/s  "
                f"peak RSS {result['peak_rss_kib'] / 1024:7.0f} MiB "
                f"(+{(result['peak_rss_kib'] - baseline) / 1024:.0f} over baseline)"
            )
            path.unlink()
    if len(rates) >= 2:
        (small_chars, small_s), (big_chars, big_s) = rates[0], rates[-1]
        ratio = (big_s / big_chars) / (small_s / small_chars)
        verdict = "near-linear" if ratio <= LINEAR_SLACK else "NOT linear"
        print(
            f"time per character, largest vs smallest input: x{ratio:.2f} "
            f"({big_chars / small_chars:.1f}x the input took {big_s / small_s:.1f}x the time): {verdict}"
        )
        return 0 if ratio <= LINEAR_SLACK else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

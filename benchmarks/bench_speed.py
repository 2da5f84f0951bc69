"""How fast newsseg is, measured against the targets of issue 5.

A plain script, not a test: timings on a shared machine are too noisy to fail a build on. Run it from the
project root, with newsseg installed in the interpreter that runs it:

    python benchmarks/bench_speed.py            # the full run, a few minutes
    python benchmarks/bench_speed.py --quick    # fewer repeats, for a look
    python benchmarks/bench_speed.py --json results.json

What it measures, all on the five pages in ``seeds/``:

- warm ``segment`` throughput, with ``jieba.cut`` on the same text in the same run as the yardstick (target:
  ``segment`` at least as fast as ``jieba.cut``, ratio >= 1);
- cold ``import newsseg`` in a fresh interpreter against bare ``python -c pass`` (target: <= 0.25 s above);
- the first ``segment`` call in a fresh interpreter, which loads jieba's dictionary, against a warm call;
- peak resident memory of a fresh interpreter that segments the seeds, and the 100x input (target: <= 200 MB);
- the time for the seeds joined once, 10 and 100 times with form feeds (target: 100x within 1.2x of linear), and
  the 100x input page by page through ``newsseg.stream.segment_pages`` where that exists.

Only the standard library: peak memory is the process's own high-water mark (``VmHWM`` in ``/proc``, else
``resource.getrusage``), so this runs on Linux and macOS.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

TARGET_RATIO = 1.0  # segment at least as fast as jieba.cut on the same text
TARGET_IMPORT = 0.25  # seconds above bare Python
TARGET_RSS_MB = 200.0
TARGET_LINEAR = 1.2  # time per character at 100x over time per character at 1x


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if dirty:
            commit += " (src/ has uncommitted changes)"
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    import jieba

    import newsseg

    try:
        load = os.getloadavg()[0]  # a busy machine slows every figure: say how busy it was
    except OSError:
        load = -1.0
    return {
        "load_1min": load,
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "newsseg": newsseg.__version__,
        "jieba": getattr(jieba, "__version__", "?"),
        "commit": commit,
    }


def _run(code: str) -> str:
    """Run ``code`` in a fresh interpreter (the one running this script) and return its stdout."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return result.stdout


def _wall(code: str) -> float:
    start = time.perf_counter()
    _run(code)
    return time.perf_counter() - start


def cold_import(runs: int) -> dict[str, float]:
    """Median wall time of ``python -c 'import newsseg'`` and of ``python -c pass``, runs interleaved."""
    bare: list[float] = []
    full: list[float] = []
    _wall("import newsseg")  # warm the OS file cache and the bytecode cache; a cold disk is not what we measure
    for _ in range(runs):
        bare.append(_wall("pass"))
        full.append(_wall("import newsseg"))
    b, f = statistics.median(bare), statistics.median(full)
    return {"bare_s": b, "import_s": f, "above_bare_s": f - b}


_FIRST_CALL = """
import time, sys
from pathlib import Path
text = Path(sys.argv[1] if len(sys.argv) > 1 else {seed!r}).read_text(encoding="utf-8")
import newsseg
t0 = time.perf_counter()
newsseg.segment(text)
t1 = time.perf_counter()
newsseg.segment(text)
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def first_call(runs: int) -> dict[str, float]:
    """Median time of the first ``segment`` in a fresh interpreter (dictionary load included), and a warm."""
    code = _FIRST_CALL.format(seed=str(SEEDS[0]))
    firsts: list[float] = []
    seconds: list[float] = []
    for _ in range(runs):
        first, second = map(float, _run(code).split())
        firsts.append(first)
        seconds.append(second)
    return {"first_s": statistics.median(firsts), "warm_s": statistics.median(seconds)}


_PEAK = """
import resource, sys
from pathlib import Path
seeds = [Path(p).read_text(encoding="utf-8") for p in {seeds!r}]
def peak_mb():
    # VmHWM is the peak of this process's own memory. getrusage's ru_maxrss is the fallback where there is no
    # /proc: on Linux it is carried over from the parent through fork and exec, so a big parent inflates it.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB on Linux
base = peak_mb()
import newsseg
imported = peak_mb()
for text in seeds:
    newsseg.segment(text)
after_seeds = peak_mb()
big = "\\f".join(["\\f".join(seeds)] * {copies})
if {paged!r}:
    from newsseg.stream import segment_pages
    for _ in segment_pages(big):
        pass
else:
    newsseg.segment(big)
print(base, imported, after_seeds, peak_mb())
"""


def peak_rss(copies: int) -> dict[str, float]:
    """Peak resident memory (MB) of a fresh interpreter: bare, imported, after seeds, after big input.

    The big input goes through ``segment`` whole, and, in a second interpreter, page by page through
    ``newsseg.stream.segment_pages`` where that exists.
    """
    out = _run(_PEAK.format(seeds=[str(p) for p in SEEDS], copies=copies, paged=False)).split()
    base, imported, seeds, big = map(float, out)
    result = {"bare_mb": base, "import_mb": imported, "seeds_mb": seeds, f"seeds_{copies}x_mb": big}
    if _has_stream():
        paged = _run(_PEAK.format(seeds=[str(p) for p in SEEDS], copies=copies, paged=True)).split()
        result[f"seeds_{copies}x_paged_mb"] = float(paged[-1])
    return result


def _has_stream() -> bool:
    try:
        import newsseg.stream  # noqa: F401
    except ImportError:
        return False
    return True


def warm_throughput(texts: list[str], rounds: int) -> dict[str, float]:
    """Median over rounds of the time to segment every seed and to ``jieba.cut`` them, interleaved."""
    import jieba

    import newsseg

    jieba.setLogLevel(60)  # the benchmark's own process: hush the "Building prefix dict" lines
    jieba.initialize()
    for text in texts:  # warm both: dictionaries loaded, caches filled
        newsseg.segment(text)
        list(jieba.cut(text))
    seg_times: list[float] = []
    cut_times: list[float] = []
    for _ in range(rounds):
        seg = cut = 0.0
        for text in texts:
            t0 = time.perf_counter()
            newsseg.segment(text)
            t1 = time.perf_counter()
            list(jieba.cut(text))
            t2 = time.perf_counter()
            seg += t1 - t0
            cut += t2 - t1
        seg_times.append(seg)
        cut_times.append(cut)
    chars = sum(len(t) for t in texts)
    seg_s, cut_s = statistics.median(seg_times), statistics.median(cut_times)
    return {
        "chars": chars,
        "segment_s": seg_s,
        "jieba_cut_s": cut_s,
        "segment_chars_per_s": chars / seg_s,
        "jieba_cut_chars_per_s": chars / cut_s,
        "ratio": cut_s / seg_s,  # > 1: segment is faster than jieba.cut
    }


def scaling(texts: list[str], repeats: dict[int, int]) -> dict[str, Any]:
    """Best time to segment the seeds joined 1, 10 and 100 times, and each per-character cost against 1x."""
    import newsseg

    one = "\f".join(texts)
    rows: dict[str, Any] = {}
    base_per_char = 0.0
    for copies, tries in repeats.items():
        text = "\f".join([one] * copies)
        best = min(_timed(newsseg.segment, text) for _ in range(tries))
        per_char = best / len(text)
        if copies == 1:
            base_per_char = per_char
        rows[f"{copies}x"] = {
            "chars": len(text),
            "seconds": best,
            "vs_linear": per_char / base_per_char,
        }
    if _has_stream():
        # The same input page by page: what an archive of many pages should go through.
        from newsseg.stream import segment_pages

        copies = max(repeats)
        text = "\f".join([one] * copies)
        t0 = time.perf_counter()
        for _ in segment_pages(text):
            pass
        seconds = time.perf_counter() - t0
        rows[f"{copies}x paged"] = {
            "chars": len(text),
            "seconds": seconds,
            "vs_linear": seconds / len(text) / base_per_char,
        }
    return rows


def _timed(func: Any, text: str) -> float:
    t0 = time.perf_counter()
    func(text)
    return time.perf_counter() - t0


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats: a look, not a measurement")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)

    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    runs = 3 if args.quick else 9
    rounds = 3 if args.quick else 15
    repeats = {1: 3, 10: 2, 100: 1} if args.quick else {1: 7, 10: 3, 100: 2}

    results: dict[str, Any] = {"machine": machine()}
    m = results["machine"]
    print(f"machine: {m['nproc']} CPUs, {m['cpu']}, {m['implementation']} {m['python']}, {m['system']}")
    print(f"newsseg {m['newsseg']} at {m['commit']}, jieba {m['jieba']}; {len(SEEDS)} seed pages")
    print(f"load average over the last minute at the start: {m['load_1min']:.2f}")

    # Memory first, while this process is small: a child starts with a copy of its parent.
    rss = results["memory"] = peak_rss(100)
    print(
        f"\npeak resident memory of a fresh interpreter:\n"
        f"  bare {rss['bare_mb']:.0f} MB, after import {rss['import_mb']:.0f} MB, "
        f"after the seeds {rss['seeds_mb']:.0f} MB: {verdict(rss['seeds_mb'] <= TARGET_RSS_MB)}\n"
        f"  after 100x through segment whole {rss['seeds_100x_mb']:.0f} MB: "
        f"{verdict(rss['seeds_100x_mb'] <= TARGET_RSS_MB)}"
    )
    if "seeds_100x_paged_mb" in rss:
        paged = rss["seeds_100x_paged_mb"]
        print(f"  after 100x page by page (segment_pages) {paged:.0f} MB: {verdict(paged <= TARGET_RSS_MB)}")

    warm = results["warm"] = warm_throughput(texts, rounds)
    print(
        f"\nwarm throughput, median of {rounds} rounds over {warm['chars']:,} characters:\n"
        f"  segment    {warm['segment_s'] * 1000:8.1f} ms  {warm['segment_chars_per_s']:>12,.0f} chars/s\n"
        f"  jieba.cut  {warm['jieba_cut_s'] * 1000:8.1f} ms  "
        f"{warm['jieba_cut_chars_per_s']:>12,.0f} chars/s\n"
        f"  ratio (jieba.cut time / segment time) {warm['ratio']:.2f}: "
        f"{verdict(warm['ratio'] >= TARGET_RATIO)}"
    )

    cold = results["import"] = cold_import(runs)
    print(
        f"\ncold import, median of {runs} fresh interpreters:\n"
        f"  python -c pass            {cold['bare_s'] * 1000:7.0f} ms\n"
        f"  python -c 'import newsseg' {cold['import_s'] * 1000:6.0f} ms\n"
        f"  above bare Python         {cold['above_bare_s'] * 1000:7.0f} ms: "
        f"{verdict(cold['above_bare_s'] <= TARGET_IMPORT)}"
    )

    first = results["first_call"] = first_call(runs)
    print(
        f"\nfirst segment() in a fresh interpreter (jieba dictionary load), median of {runs}:\n"
        f"  first call {first['first_s'] * 1000:7.0f} ms, second call {first['warm_s'] * 1000:6.0f} ms "
        f"(on {SEEDS[0].name})"
    )

    scale = results["scaling"] = scaling(texts, repeats)
    print("\nseeds joined with form feeds, best time:")
    for label, row in scale.items():
        print(f"  {label:>5} {row['chars']:>10,} chars {row['seconds']:8.2f} s  {row['vs_linear']:.2f}x linear")
    ratio100 = scale["100x"]["vs_linear"]
    print(f"  100x per-character cost {ratio100:.2f}x that of 1x: {verdict(ratio100 <= TARGET_LINEAR)}")
    if "100x paged" in scale:
        paged = scale["100x paged"]["vs_linear"]
        print(f"  100x page by page (segment_pages) {paged:.2f}x: {verdict(paged <= TARGET_LINEAR)}")

    results["load_1min_at_end"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else -1.0
    print(f"\nload average over the last minute at the end: {results['load_1min_at_end']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Warm ``segment`` throughput before and after the per-line work of issue 13, against ``jieba.cut``.

A plain script, not a test: timings on a shared machine are too noisy to fail a build on. Run it from the
project root with the project's interpreter:

    python benchmarks/bench_lines.py                 # main (before) against the working tree's src/ (after)
    python benchmarks/bench_lines.py --before 5be66fb --rounds 7
    python benchmarks/bench_lines.py --json lines.json

Each version runs in its own worker process (``git archive`` of the ``--before`` commit's ``src/``, and this
tree's ``src/``), so both are imported the normal way and neither is patched. The workers take turns, one round
each, so a burst of load from other users of the machine falls on both alike; each round times ``segment`` on
the five seed pages and then ``jieba.cut`` (HMM on, a private ``jieba.Tokenizer``) on the same text, in the same
process. The figure kept is the best of the rounds, in process CPU time (less disturbed by other processes) with
wall time beside it. The issue's target: ``segment`` at least 3 times as fast as ``jieba.cut``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TARGET_RATIO = 3.0  # issue 13: warm segment at least 3x jieba.cut's characters per second

_WORKER = "--worker"


def _worker() -> None:
    """Answer each line on stdin with one round's times, as a JSON line: segment and jieba.cut, CPU and wall."""
    import jieba

    import newsseg

    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    tokenizer = jieba.Tokenizer()  # never the global jieba.dt
    tokenizer.initialize()
    for text in texts:  # warm: the dictionary, the lexicon, the regex caches
        newsseg.segment(text)
        list(tokenizer.cut(text))
    for _ in sys.stdin:
        times: dict[str, float] = {}
        for name, run in (
            ("segment", newsseg.segment),
            ("jieba", lambda text: list(tokenizer.cut(text))),
        ):
            cpu, wall = time.process_time(), time.perf_counter()
            for text in texts:
                run(text)
            times[f"{name}_cpu"] = time.process_time() - cpu
            times[f"{name}_wall"] = time.perf_counter() - wall
        print(json.dumps(times), flush=True)


def _load() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return -1.0


def _src_of(commit: str, into: Path) -> Path:
    """The ``src/`` tree of ``commit``, extracted under ``into``."""
    archive = into / "src.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), commit, "src"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _start(src: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.Popen(
        [sys.executable, __file__, _WORKER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # jieba's "Building prefix dict" lines
        text=True,
        env=env,
        cwd=ROOT,
    )


def _round(worker: subprocess.Popen[str]) -> dict[str, float]:
    assert worker.stdin is not None
    assert worker.stdout is not None
    worker.stdin.write("go\n")
    worker.stdin.flush()
    line = worker.stdout.readline()
    if not line:
        msg = "a worker died: run it by hand to see why (python benchmarks/bench_lines.py --worker)"
        raise RuntimeError(msg)
    times: dict[str, float] = json.loads(line)
    return times


def measure(before: str, rounds: int) -> dict[str, Any]:
    """Best-of-``rounds`` throughput of both versions, rounds interleaved."""
    chars = sum(len(path.read_text(encoding="utf-8")) for path in SEEDS)
    with tempfile.TemporaryDirectory() as tmp:
        versions = {"before": _src_of(before, Path(tmp)), "after": ROOT / "src"}
        workers = {name: _start(src) for name, src in versions.items()}
        load_start = _load()
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in workers}
        try:
            for _ in range(rounds):
                for name, worker in workers.items():
                    samples[name].append(_round(worker))
        finally:
            for worker in workers.values():
                assert worker.stdin is not None
                worker.stdin.close()
                worker.wait()
        load_end = _load()
    out: dict[str, Any] = {"chars": chars, "rounds": rounds, "before": before, "load_1min": [load_start, load_end]}
    for name, rows in samples.items():
        figures: dict[str, float] = {}
        for clock in ("cpu", "wall"):
            seg = min(row[f"segment_{clock}"] for row in rows)
            cut = min(row[f"jieba_{clock}"] for row in rows)
            figures[f"segment_chars_per_s_{clock}"] = chars / seg
            figures[f"jieba_chars_per_s_{clock}"] = chars / cut
            figures[f"ratio_{clock}"] = cut / seg
        out[name] = figures
    out["speedup_cpu"] = out["after"]["segment_chars_per_s_cpu"] / out["before"]["segment_chars_per_s_cpu"]
    out["speedup_wall"] = out["after"]["segment_chars_per_s_wall"] / out["before"]["segment_chars_per_s_wall"]
    return out


def report(result: dict[str, Any]) -> str:
    """The figures as a table."""
    lines = [
        (
            f"{result['chars']:,} characters (5 seed pages), best of {result['rounds']} interleaved rounds; "
            f"load average {result['load_1min'][0]:.2f} at the start, {result['load_1min'][1]:.2f} at the end"
        ),
        f"{'':8} {'segment chars/s':>22} {'jieba.cut chars/s':>22} {'segment / jieba.cut':>22}",
        f"{'':8} {'cpu':>10} {'wall':>11} {'cpu':>10} {'wall':>11} {'cpu':>10} {'wall':>11}",
    ]
    for name in ("before", "after"):
        f = result[name]
        lines.append(
            f"{name:8} {f['segment_chars_per_s_cpu']:>10,.0f} {f['segment_chars_per_s_wall']:>11,.0f} "
            f"{f['jieba_chars_per_s_cpu']:>10,.0f} {f['jieba_chars_per_s_wall']:>11,.0f} "
            f"{f['ratio_cpu']:>10.2f} {f['ratio_wall']:>11.2f}"
        )
    ratio = result["after"]["ratio_cpu"]
    verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
    lines.append(
        f"segment after/before: {result['speedup_cpu']:.2f}x cpu, {result['speedup_wall']:.2f}x wall; "
        f"target segment >= {TARGET_RATIO:g}x jieba.cut: {verdict} ({ratio:.2f}x)"
    )
    return "\n".join(lines)


def main() -> None:
    """Parse the options, measure, print (and write the JSON if asked)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default="main", help="the commit to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds per version, interleaved (default: 7)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    result = measure(args.before, args.rounds)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == [_WORKER]:
        _worker()
    else:
        main()

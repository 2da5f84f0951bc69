"""The five targets of issue 13, measured in one run and printed as one table, with the machine's load beside them.

A plain script, not a test: timings on a shared machine are too noisy to fail a build on. From the project root,
with the source tree first on the path::

    PYTHONPATH=src python benchmarks/bench_targets.py                # a couple of minutes
    PYTHONPATH=src python benchmarks/bench_targets.py --quick        # fewer rounds, for a look
    PYTHONPATH=src python benchmarks/bench_targets.py --reference 6b3622d --json targets.json

The targets:

1. **warm**: ``segment`` at least 3x as fast as ``jieba.cut`` (HMM on, its default) on the same text: the five
   seed pages, rounds interleaved (segment, then jieba.cut, in every round), best of 7 for each;
2. **cold**: ``python -c "import newsseg; newsseg.segment(page)"`` on one seed page at most 0.5 s above bare
   ``python -c pass``; fresh interpreters, interleaved, best of 7 (median beside it), newsseg's dictionary cache
   already made (a first run ever builds it: shown apart);
3. **jobs**: ``newsseg --jobs 2`` at least 1.8x as fast as ``--jobs 1`` on 200 page files (the seeds and pages
   laid out from the corpus), the whole command timed, output byte-identical; interleaved, best of 7. Beside it,
   the best two idle cores could do: the CPU time of starting the command and of the warm-up it does before it
   forks its workers (``batch.warm_worker``) is the part no second core can share; the rest of ``--jobs 1``'s
   CPU time is the part two cores halve. On a machine that other work keeps busy, the measured figure falls below
   that bound, however good the code;
4. **memory**: peak resident memory at most 150 MB for 50 seed pages joined by blank lines into one string, in a
   fresh interpreter (``VmHWM``);
5. **output**: the speed work leaves every output as it was, so that no accuracy figure can move: every page
   (the 200 files, and the PDF-extracted pages of ``eval_papers.py``'s cache where that exists) segmented with
   the compact lexicon and tagger and with jieba's own Tokenizer and tagger gives the same ``Page``; and, with
   ``--reference REV``, the command's JSON lines for those pages are the same at ``REV`` (``git archive``) as in
   this tree.

Where (5) reports pages that differ from ``--reference``, the figures themselves are in
``benchmarks/eval_papers.py`` (slow: it typesets PDFs), to be run at both commits.

The fresh interpreters of (2), (3) and (4) run as an installed newsseg runs: with its bytecode cached. ``pip
install`` compiles a package's modules as it installs them; a source tree run with ``PYTHONDONTWRITEBYTECODE=1`` (as
some environments set it) compiles newsseg's source in every new interpreter instead, some 70 to 80 ms of CPU time
that no user pays and that the serial part of (3) would count. So the children get a ``PYTHONPYCACHEPREFIX`` folder
made for the run (the tree is left as it was) and no ``PYTHONDONTWRITEBYTECODE``, and a run of the command and of
the cold script before any measurement writes the cache. ``--no-bytecode`` measures the old way, each child
compiling again (every run before 2026-12-02 night, "speed4"); the table says which it was.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from bench_parallel import lay_out  # noqa: E402

import newsseg  # noqa: E402 - after the path is set, so that this tree's newsseg is the one measured

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
#: Where the corpus of laid-out pages is: the tests' copy, else the shared one beside the worktree.
CORPORA = (ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus")
#: The sources laid out into the 200 files, always the same ones, whichever copy of the corpus is found.
SOURCES = ("cna-a", "cna-b", "rmrb-20191015-p03", "rmrb-20191015-p12")
WIDTHS = (8, 10, 12, 13, 14, 16, 18, 20, 22, 25, 28, 30, 0)
#: PDF pages read back by pdftotext and pdfminer, as ``eval_papers.py`` leaves them.
PDF_PAGES = Path(tempfile.gettempdir()) / "newsseg-eval"
FILES = 200

TARGET_WARM = 3.0  # segment time at most a third of jieba.cut's
TARGET_COLD = 0.5  # seconds above bare Python
TARGET_JOBS = 1.8  # --jobs 2 speed-up over --jobs 1
TARGET_RSS_MB = 150.0


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


#: Where the child interpreters keep their bytecode for this run (``PYTHONPYCACHEPREFIX``), set by ``main``; None:
#: as the environment has it (with ``PYTHONDONTWRITEBYTECODE=1``, each child compiles newsseg's source again).
PYCACHE: Path | None = None


def env() -> dict[str, str]:
    """The environment for child interpreters: this tree's ``src`` first on the path, bytecode cached in ``PYCACHE``."""
    path = os.environ.get("PYTHONPATH")
    child = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{path}" if path else str(SRC)}
    if PYCACHE is not None:
        child.pop("PYTHONDONTWRITEBYTECODE", None)
        child["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return child


def bytecode_note() -> str:
    if PYCACHE is None:
        return "child interpreters compile newsseg again (--no-bytecode: as runs before speed4)"
    return "child interpreters with bytecode cached, as after pip install (PYTHONPYCACHEPREFIX for the run)"


def commit() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return head[:72] + (" (src/ changed since)" if dirty else "")


# --- the 200 files ------------------------------------------------------------------------------------------


def build_files(folder: Path) -> list[Path]:
    """The seeds, then pages laid out from ``SOURCES`` at every width, titles after and before: 200 files."""
    paths = []
    for seed in SEEDS:
        target = folder / f"000-seed-{seed.name}"
        target.write_bytes(seed.read_bytes())
        paths.append(target)
    corpus = next((c for c in CORPORA if (c / f"{SOURCES[0]}.json").is_file()), None)
    laid: list[str] = []
    if corpus is not None:
        for source in SOURCES:
            articles = json.loads((corpus / f"{source}.json").read_text(encoding="utf-8"))["articles"]
            for width in WIDTHS:
                for title_after in (True, False):
                    for rotate in (0, 1):
                        order = articles[rotate:] + articles[:rotate]
                        laid.append(lay_out(order, width, title_after=title_after))
    else:  # no corpus: the seeds again, so that the figures are still of real pages
        laid = [seed.read_text(encoding="utf-8") for seed in SEEDS] * (FILES // len(SEEDS))
    for number, text in enumerate(laid[: FILES - len(paths)], 1):
        target = folder / f"{number:03d}-laid.txt"
        target.write_text(text, encoding="utf-8")
        paths.append(target)
    return paths


# --- 1. warm throughput -------------------------------------------------------------------------------------


def warm(rounds: int) -> dict[str, float]:
    import jieba

    jieba.setLogLevel(60)  # this process only: hush "Building prefix dict"
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for text in texts:  # both warmed: dictionaries loaded, patterns compiled
        newsseg.segment(text)
        list(jieba.cut(text))
    seg: list[tuple[float, float]] = []
    cut: list[tuple[float, float]] = []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            newsseg.segment(text)
        middle, middle_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            list(jieba.cut(text))
        seg.append((middle - start, middle_cpu - start_cpu))
        cut.append((time.perf_counter() - middle, time.process_time() - middle_cpu))
    chars = sum(map(len, texts))
    # Wall time is what the target is about; CPU time (this process's own) is what other work on the machine
    # disturbs least, so it is shown beside it.
    seg_s, cut_s = min(w for w, _ in seg), min(w for w, _ in cut)
    seg_cpu, cut_cpu = min(c for _, c in seg), min(c for _, c in cut)
    return {
        "segment_s": seg_s,
        "jieba_cut_s": cut_s,
        "ratio": cut_s / seg_s,
        "ratio_cpu": cut_cpu / seg_cpu,
        "chars": chars,
    }


# --- 2. cold start ------------------------------------------------------------------------------------------

_COLD = "import sys, newsseg; newsseg.segment(open(sys.argv[1], encoding='utf-8').read())"


def _wall(code: str, *args: str, extra: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of ``python -c code args`` in a fresh interpreter."""
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env={**env(), **(extra or {})}, cwd=ROOT)
    return time.perf_counter() - start, _children_cpu() - cpu


def cold(rounds: int) -> dict[str, float]:
    page = str(SEEDS[0])
    _wall(_COLD, page)  # the dictionary cache made, the OS file cache and bytecode warm: not what is measured
    bare: list[tuple[float, float]] = []
    full: list[tuple[float, float]] = []
    for _ in range(rounds):
        bare.append(_wall("pass"))
        full.append(_wall(_COLD, page))
    with tempfile.TemporaryDirectory() as empty:  # the very first run on a machine: the cache is built
        first_ever, _ = _wall(_COLD, page, extra={"NEWSSEG_CACHE_DIR": empty})
    bare_s, full_s = min(w for w, _ in bare), min(w for w, _ in full)
    return {
        "bare_s": bare_s,
        "segment_s": full_s,
        "above_s": full_s - bare_s,
        "above_median_s": statistics.median(w for w, _ in full) - statistics.median(w for w, _ in bare),
        "above_cpu_s": min(c for _, c in full) - min(c for _, c in bare),
        "first_ever_s": first_ever - bare_s,
    }


def _children_cpu() -> float:
    """CPU seconds of the child processes that have ended (a command and its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# --- 3. --jobs ----------------------------------------------------------------------------------------------


def _cli(paths: list[Path], jobs: int, src: Path = SRC) -> tuple[float, bytes]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "newsseg", "--jobs", str(jobs), "--format", "jsonl", *map(str, paths)],
        capture_output=True,
        check=False,
        env={**env(), "PYTHONPATH": str(src)},
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1: some page failed, which the output says
        raise SystemExit(done.stderr.decode("utf-8", "replace"))
    return elapsed, done.stdout


_WARM = "import newsseg.cli, newsseg.batch; newsseg.batch.warm_worker()"


def jobs(paths: list[Path], rounds: int) -> dict[str, Any]:
    """Best wall seconds of the whole command for --jobs 1 and 2, and the CPU seconds that best run used."""
    runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
    outputs: set[bytes] = set()
    _cli(paths[:2], 1)  # bytecode and file caches warm
    for _ in range(rounds):
        for count, times in runs.items():
            cpu = _children_cpu()
            elapsed, out = _cli(paths, count)
            times.append((elapsed, _children_cpu() - cpu))
            outputs.add(out)
    (one, cpu1), (two, cpu2) = min(runs[1]), min(runs[2])
    # What no number of cores can share: starting Python, importing the command, and the warm-up the command does
    # before it forks its workers (batch.warm_worker: the lexicon, the name tagger's tables, the patterns, the
    # sample page). With that serial part, two idle cores could at best reach this speed-up (Amdahl). Measured in
    # CPU seconds, which other work on the machine disturbs far less than wall time.
    serial = float("inf")
    for _ in range(rounds):
        _, cpu = _wall(_WARM)
        serial = min(serial, cpu)
    bound = cpu1 / (serial + (cpu1 - serial) / 2)
    return {
        "jobs1_s": one,
        "jobs2_s": two,
        "jobs1_cpu": cpu1,
        "jobs2_cpu": cpu2,
        "ratio": one / two,
        "serial_s": serial,
        "bound": bound,
        "identical": len(outputs) == 1,
    }


# --- 4. memory ----------------------------------------------------------------------------------------------

_PEAK = """
import sys
from pathlib import Path
def peak():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)
pages = [Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]]
text = "\\n\\n".join(pages * (50 // len(pages)))
import newsseg
imported = peak()
page = newsseg.segment(text)
print(imported, peak(), len(text), len(page.articles))
"""


def memory() -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, *map(str, SEEDS)], capture_output=True, text=True, check=True, env=env()
    )
    imported, peak, chars, articles = map(float, done.stdout.split())
    return {"import_mb": imported, "peak_mb": peak, "chars": chars, "articles": articles}


# --- 5. output unchanged ------------------------------------------------------------------------------------


def _pdf_pages() -> list[Path]:
    return sorted(PDF_PAGES.glob("typeset-*/*.txt")) if PDF_PAGES.is_dir() else []


def same_with_jieba(paths: list[Path]) -> dict[str, int]:
    """Pages whose ``Page`` differs between the compact lexicon and tagger and jieba's own Tokenizer and tagger."""
    from newsseg import _lexicon

    texts = [p.read_text(encoding="utf-8-sig") for p in paths]
    ours = [newsseg.segment(t) for t in texts]
    swaps = {
        "splits_word": (_lexicon.splits_word, _lexicon.jieba_splits_word),
        "opens_with_person_name": (_lexicon.opens_with_person_name, _lexicon.jieba_opens_with_person_name),
    }
    patched = [
        (module, name, compact, jiebas)
        for module in list(sys.modules.values())
        for name, (compact, jiebas) in swaps.items()
        if getattr(module, name, None) is compact
    ]
    for module, name, _, jiebas in patched:
        setattr(module, name, jiebas)
    try:
        theirs = [newsseg.segment(t) for t in texts]
    finally:
        for module, name, compact, _ in patched:
            setattr(module, name, compact)
    return {"pages": len(texts), "differ": sum(a != b for a, b in zip(ours, theirs, strict=True))}


def same_as_reference(paths: list[Path], rev: str) -> dict[str, Any]:
    """Pages whose JSON line differs between ``rev`` (its ``src/``, from ``git archive``) and this tree."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"], capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        _, theirs = _cli(paths, 1, Path(folder) / "src")
    _, ours = _cli(paths, 1)
    a, b = ours.splitlines(), theirs.splitlines()
    differ = [str(p.name) for p, x, y in zip(paths, a, b, strict=False) if x != y]
    return {"reference": rev, "pages": len(paths), "differ": len(differ) + abs(len(a) - len(b)), "first": differ[:5]}


# --- the run ------------------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a look, not a measurement")
    parser.add_argument("--reference", metavar="REV", help="also compare every output with this commit's")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="child interpreters as the environment has them (no bytecode cache where PYTHONDONTWRITEBYTECODE is set)",
    )
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else 7
    with tempfile.TemporaryDirectory(prefix="newsseg-pycache-") as pycache:
        global PYCACHE  # noqa: PLW0603 - one setting for every child of the run
        PYCACHE = None if args.no_bytecode else Path(pycache)
        return run(args, rounds)


def run(args: argparse.Namespace, rounds: int) -> int:
    print(f"newsseg {newsseg.__version__} at {commit()}")
    print(f"Python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} CPUs")
    print(bytecode_note())
    results: dict[str, Any] = {"commit": commit(), "load_start": load(), "bytecode_cached": PYCACHE is not None}
    with tempfile.TemporaryDirectory() as folder:
        paths = build_files(Path(folder))
        pdf = _pdf_pages()
        print(f"{len(paths)} page files ({len(SEEDS)} seeds), {len(pdf)} PDF-extracted pages; load {load()}\n")
        # Before anything is measured: the command and the cold script run once, which writes the bytecode of
        # every module they import into PYCACHE (and warms the OS file cache either way).
        _cli(paths[:2], 2)
        _wall(_COLD, str(SEEDS[0]))
        rows: list[tuple[str, str, str, bool, str]] = []

        started = time.perf_counter()
        rss = results["memory"] = memory()
        rows.append(
            (
                f"peak RSS, 50 seed pages as one string ({rss['chars']:,.0f} chars)",
                f"{rss['peak_mb']:.0f} MB (after import {rss['import_mb']:.0f})",
                f"<= {TARGET_RSS_MB:.0f} MB",
                rss["peak_mb"] <= TARGET_RSS_MB,
                load(),
            )
        )
        c = results["cold"] = cold(rounds)
        rows.append(
            (
                "cold import + segment(seed page) above `python -c pass`",
                (
                    f"{c['above_s']:.2f} s (median {c['above_median_s']:.2f}, CPU {c['above_cpu_s']:.2f}; "
                    f"first run ever {c['first_ever_s']:.2f})"
                ),
                f"<= {TARGET_COLD} s",
                c["above_s"] <= TARGET_COLD,
                load(),
            )
        )
        j = results["jobs"] = jobs(paths, rounds)
        rows.append(
            (
                f"--jobs 2 over --jobs 1, {len(paths)} files",
                (
                    f"{j['ratio']:.2f}x ({j['jobs1_s']:.2f} s / {j['jobs2_s']:.2f} s; CPU {j['jobs1_cpu']:.2f} / "
                    f"{j['jobs2_cpu']:.2f} s), output {'identical' if j['identical'] else 'DIFFERS'}; "
                    f"{j['bound']:.2f}x at best on 2 idle cores (CPU {j['serial_s']:.2f} s serial)"
                ),
                f">= {TARGET_JOBS}x, identical",
                j["ratio"] >= TARGET_JOBS and j["identical"],
                load(),
            )
        )
        w = results["warm"] = warm(rounds)
        rows.append(
            (
                f"warm segment vs jieba.cut (HMM), {w['chars']:,} chars",
                (
                    f"{w['ratio']:.2f}x ({w['segment_s'] * 1000:.0f} ms / {w['jieba_cut_s'] * 1000:.0f} ms; "
                    f"by CPU time {w['ratio_cpu']:.2f}x)"
                ),
                f">= {TARGET_WARM}x",
                w["ratio"] >= TARGET_WARM,
                load(),
            )
        )
        same = results["same_with_jieba"] = same_with_jieba(paths + pdf)
        rows.append(
            (
                "output, compact lexicon and tagger vs jieba's",
                f"{same['differ']} of {same['pages']} pages differ",
                "0 differ",
                same["differ"] == 0,
                load(),
            )
        )
        if args.reference:
            ref = results["reference"] = same_as_reference(paths + pdf, args.reference)
            rows.append(
                (
                    f"output vs {args.reference} (`newsseg --format jsonl`)",
                    f"{ref['differ']} of {ref['pages']} pages differ" + (f": {ref['first']}" if ref["first"] else ""),
                    "0 differ",
                    ref["differ"] == 0,
                    load(),
                )
            )
        elapsed = time.perf_counter() - started

    width = max(len(r[0]) for r in rows)
    value = max(len(r[1]) for r in rows)
    print(f"{'target':<{width}}  {'measured':<{value}}  {'wanted':<16}  {'':4}  load (1, 5, 15 min)")
    for what, measured, wanted, ok, at in rows:
        print(f"{what:<{width}}  {measured:<{value}}  {wanted:<16}  {verdict(ok):4}  {at}")
    print(f"\n{bytecode_note()}")
    print(f"{elapsed:.0f} s; load average at the end {load()} (other work on the machine slows every figure)")
    results["load_end"] = load()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

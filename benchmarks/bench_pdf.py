"""PDF input (issue 11): segment_pdf against the reader alone, its memory, and the readers compared.

A plain script, not a test. Run it from the project root with the pdf extra, reportlab and pypdfium2 installed
(and the shared corpus and tools in ``../shared``):

    python benchmarks/bench_pdf.py              # typesets a 4-page A3 PDF in a temporary folder, then measures
    python benchmarks/bench_pdf.py --repeat 3 --json results.json

What it measures:

- **speed**: on one 4-page A3 page set from corpus articles by ``../shared/tools/typeset.py``, the chosen reader
  alone (``pdfminer.high_level.extract_text``, what a user runs today) against ``newsseg.read_pdf_lines`` and
  ``newsseg.segment_pdf`` (target: ``segment_pdf`` under 2x the reader alone). Each in a fresh interpreter, the
  best of ``--repeat`` runs, jieba's dictionary load included in ``segment_pdf`` (a first call pays it);
- **memory**: the peak resident set of each of those interpreters (target: under 300 MB);
- **readers**: pdfminer.six, pypdfium2 and pdftotext on the same PDF: time, Chinese text fidelity against what
  the typesetter printed (characters lost and added), whether type sizes and boxes are there, and reading order
  (paragraphs read whole and in order; a paragraph broken by another column's text is not).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import itertools
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests"))

TARGET_RATIO = 2.0
TARGET_RSS_MB = 300.0
PAGES = 4
WS = re.compile(r"\s+")

#: Run in a fresh interpreter: the task, then its wall time and the process's peak resident set.
CHILD = """
import resource, sys, time
path, task = sys.argv[2], sys.argv[1]
if task == "reader":
    from pdfminer.high_level import extract_text as run
else:
    import newsseg
    run = newsseg.read_pdf_lines if task == "lines" else newsseg.segment_pdf
times = []
for _ in range(2):
    t0 = time.perf_counter()
    run(path)
    times.append(time.perf_counter() - t0)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
print(times[0], times[1], peak)
"""


def _typeset(src: Path, out: Path) -> int:
    """Typeset the source file ``src`` into ``out`` (pdfminer.six alone reads it back); how many PDF pages it took."""
    subprocess.run(
        [sys.executable, str(SHARED / "tools" / "typeset.py"), str(src), "--out", str(out), "--extractors", "pdfminer"],
        check=True,
        capture_output=True,
    )
    return int(json.loads((out / "pdf" / "layouts.json").read_text(encoding="utf-8"))["long"]["pdf_pages"])


def make_pdf(out: Path) -> tuple[Path, dict[str, Any]]:
    """A source of corpus articles long enough for PAGES pages, typeset as one PDF."""
    corpus = sorted((SHARED / "corpus").glob("xhmrdx-*.json"))
    articles: list[dict[str, Any]] = []
    source: dict[str, Any] = {}
    src = out / "long.json"
    pages = 0
    for path in corpus:
        articles.extend(json.loads(path.read_text(encoding="utf-8"))["articles"])
        source = {"credits": {"编辑": "林晓", "校对": "周明"}, "articles": articles}
        src.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
        pages = _typeset(src, out)
        if pages >= PAGES:
            break
    while pages > PAGES:  # drop articles from the end until it is PAGES pages
        articles.pop()
        src.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
        pages = _typeset(src, out)
    return out / "pdf" / "long.pdf", source


def child(task: str, pdf: Path, repeat: int) -> tuple[float, float, float]:
    """Best first-call and second-call wall times, and highest peak RSS (MB), over ``repeat`` fresh interpreters.

    The first call pays the one-off costs (pdfminer's CMaps, jieba's dictionary); the second is what each further
    PDF of an archive costs.
    """
    runs = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", CHILD, task, str(pdf)], check=True, capture_output=True, text=True)
        cold, warm, peak = done.stdout.split()
        runs.append((float(cold), float(warm), float(peak)))
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)


# --- the readers compared ---------------------------------------------------------------------------------------


def text_pdfminer(pdf: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(pdf))


def text_pdfium(pdf: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return "\f".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def text_pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True).stdout.decode(
        "utf-8"
    )


def text_newsseg(pdf: Path) -> str:
    import newsseg

    return newsseg.read_pdf_lines(pdf)[0]


def sizes_pdfium(pdf: Path) -> str:
    """What pypdfium2 gives of each Chinese character's size and box (the typeset CID fonts are not embedded)."""
    import pypdfium2 as pdfium
    from pypdfium2 import raw

    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[0].get_textpage()
        text = page.get_text_range()
        heights, sizes = [], []
        for k in range(min(raw.FPDFText_CountChars(page), len(text))):
            if "\u4e00" <= text[k] <= "\u9fff":
                _, bottom, _, top = page.get_charbox(k)
                heights.append(top - bottom)
                sizes.append(raw.FPDFText_GetFontSize(page, k))
        heights.sort()
        sizes.sort()
        return f"sizes yes (median {sizes[len(sizes) // 2]:.1f} pt), boxes {heights[len(heights) // 2]:.2f} pt high"
    finally:
        doc.close()


def compare(pdf: Path, source: dict[str, Any]) -> list[dict[str, Any]]:
    """Each reader's time, fidelity and reading order on ``pdf``."""
    from pdfcheck import flat, printed

    want = collections.Counter(printed(source))
    pars = [flat(p) for a in source["articles"] for p in a["paragraphs"] if len(flat(p)) >= 8]
    readers = {"pdfminer.six extract_text": (text_pdfminer, "yes (LTChar.size, bbox)")}
    if importlib.util.find_spec("pypdfium2") is not None:
        readers["pypdfium2 get_text_range"] = (text_pdfium, sizes_pdfium(pdf))
    else:
        print("pypdfium2 is not installed: its row is left out (pip install pypdfium2)", file=sys.stderr)
    readers["newsseg.read_pdf_lines (pdfminer.six)"] = (text_newsseg, "yes (PdfLine)")
    if shutil.which("pdftotext"):
        readers["pdftotext (poppler)"] = (text_pdftotext, "no (text only)")
    rows = []
    for name, (read, sizes) in readers.items():
        read(pdf)  # warm: imports, CMaps
        t0 = time.perf_counter()
        text = read(pdf)
        secs = time.perf_counter() - t0
        got = collections.Counter(flat(text))
        whole = flat(text)
        found = [whole.find(p) for p in pars]
        in_order = sum(1 for a, b in itertools.pairwise(found) if 0 <= a < b)
        rows.append(
            {
                "reader": name,
                "seconds": round(secs, 3),
                "lost": sum((want - got).values()),
                "added": sum((got - want).values()),
                "paragraphs_whole": f"{sum(f >= 0 for f in found)}/{len(pars)}",
                "in_order": f"{in_order}/{len(pars) - 1}",
                "sizes": sizes,
            }
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="fresh interpreters per task (default: %(default)s)")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--keep", help="keep the typeset PDF in this folder")
    args = ap.parse_args()
    if not (SHARED / "tools" / "typeset.py").exists():
        print("needs ../shared/tools/typeset.py and ../shared/corpus")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.keep) if args.keep else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        pdf, source = make_pdf(out)
        print(f"{pdf.name}: {PAGES} A3 pages, {len(source['articles'])} articles, {pdf.stat().st_size // 1024} KB")
        figures: dict[str, Any] = {}
        for task in ("reader", "lines", "segment"):
            cold, warm, peak = child(task, pdf, args.repeat)
            figures[task] = {
                "first_call_s": round(cold, 3),
                "next_call_s": round(warm, 3),
                "peak_rss_mb": round(peak, 1),
            }
            print(f"  {task:8s} first call {cold:6.3f} s, next {warm:6.3f} s, peak RSS {peak:6.1f} MB")
        cold_ratio = figures["segment"]["first_call_s"] / figures["reader"]["first_call_s"]
        ratio = figures["segment"]["next_call_s"] / figures["reader"]["next_call_s"]
        figures["ratio_first_call"] = round(cold_ratio, 2)
        figures["ratio"] = round(ratio, 2)
        peak = max(v["peak_rss_mb"] for v in figures.values() if isinstance(v, dict))
        print(
            f"segment_pdf / pdfminer extract_text: {ratio:.2f} per PDF after the first (target < {TARGET_RATIO}), "
            f"{cold_ratio:.2f} on a first call in a fresh interpreter; peak RSS {peak:.0f} MB (target < "
            f"{TARGET_RSS_MB:.0f})"
        )
        rows = compare(pdf, source)
        figures["readers"] = rows
        print("\n| reader (second call) | s | lost | added | paragraphs whole | in order | sizes/boxes |")
        print("|---|---|---|---|---|---|---|")
        for r in rows:
            print(
                f"| {r['reader']} | {r['seconds']} | {r['lost']} | {r['added']} | {r['paragraphs_whole']} | "
                f"{r['in_order']} | {r['sizes']} |"
            )
        if args.json:
            Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0 if ratio < TARGET_RATIO and peak < TARGET_RSS_MB else 1


if __name__ == "__main__":
    sys.exit(main())

"""Evaluate newsseg paper by paper, on pages made by more than one generator, each paper left out of the fitting.

    python benchmarks/eval_papers.py                     # the table (markdown) on stdout
    python benchmarks/eval_papers.py --systems newsseg   # only the current code
    python benchmarks/eval_papers.py --json out.json     # every cell as data too

Papers are the sources in ``../shared/corpus`` and ``tests/papers`` (the paper is the file name's first part:
``rmrb-20191015-p03.json`` is 人民日报), and the seed pages with their golden files (paper ``seeds``: real pages
as an extractor gave them). Pages of the corpus papers are made by two generators that do not share code:

- ``typeset``: ``../shared/tools/typeset.py`` sets each source as a real multi-column A3 PDF and reads it back with
  pdftotext (reading order), ``pdftotext -raw`` (content-stream order) and pdfminer.six, in two looks (``--seed``);
  ``pdftotext -layout`` (columns side by side on each line, as printed) is run here on the same PDFs;
- ``layout``: our own generator (``tests/layout.py``) lays each source out at two column widths in its five
  layouts (titles after or before bodies, letter-spacing, half-width punctuation, a Traditional copy).

For each paper the line labeller is fitted on the *other* papers' pages only (leave one paper out), so a paper's
figures say how newsseg does on a paper it was not tuned on. Beside it stand a naive baseline (an article at each
byline marker, paragraphs at blank lines) and the previous release (0.1.0, read from git).

Scores are those of ``../shared/tools/score.py``: article F1 (an article counts when its body starts and ends where
the annotation says), then accuracy of headline, kicker, subtitle, byline names, dateline, captions over the golden
articles, paragraph-start F1 and page credits. Datelines are scored leniently (day and month, only where the
annotation names a day), since 新华每日电讯 is annotated with the dispatch head's date.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

RELEASE = "413c71e"  # newsseg 0.1.0 as it landed
EXTRACTORS = ("pdftotext", "pdftotext-raw", "pdfminer", "pdftotext-layout")
#: The extractors typeset.py runs itself; pdftotext -layout is run here (typeset.py does not know it).
TYPESET_EXTRACTORS = ("pdftotext", "pdftotext-raw", "pdfminer")
TYPESET_SEEDS = (0, 1)
#: Pages the leave-one-paper-out labeller is never fitted on: PDFs (read by segment_pdf), pdftotext -layout (a line
#: holds several columns, so it has no one label) and pypdfium2 (an extractor kept unseen, to measure one).
NOT_FITTED = ("pdf", "typeset:pdftotext-layout", "typeset:pypdfium2")
#: Generators outside the "all" rows, which stay the same pages as in the tables before them: PDFs, and pypdfium2's
#: text (asked for with --generators pdfium).
APART = ("pdf", "typeset:pypdfium2")
LAYOUT_WIDTHS = (12, 22)
METRICS = ("article_f1", "headline", "kicker", "subheadline", "byline", "dateline", "captions", "paragraph_f1")
_WS = re.compile(r"\s+")


def paper_of(name: str) -> str:
    """The paper a page belongs to: the file name's first part (``xhmrdx-20260427-p06`` is ``xhmrdx``)."""
    return name.split("-", 1)[0] if "-" in name else "seeds"


@functools.cache
def scorer() -> Any:
    """``../shared/tools/score.py`` as a module."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    if spec is None or spec.loader is None:
        msg = "cannot load ../shared/tools/score.py"
        raise SystemExit(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- pages ---------------------------------------------------------------------------------------------------


class Sample:
    """One evaluation page: its text, its gold annotation, which paper and generator made it."""

    def __init__(self, name: str, paper: str, generator: str, text: str, gold: dict[str, Any]) -> None:
        """A page and its annotation."""
        self.name, self.paper, self.generator, self.text, self.gold = name, paper, generator, text, gold


def traditional(samples: list[Sample]) -> list[Sample]:
    """The pages and their annotations in Traditional characters, converted one character at a time (OpenCC s2tw).

    One character at a time, so that a page and its annotation convert alike (OpenCC's phrases would read a line
    break or an annotation's cut into different characters): the same pages in another script, every layout kept.
    Quotation marks become the corner ones Taiwan's and Hong Kong's papers print (“” to 「」, ‘’ to 『』). Pages that
    print Traditional already (中央社) stay as they are, but for the odd character.
    """
    from opencc import OpenCC

    converter = OpenCC("s2tw")
    quotes = {"“": "「", "”": "」", "‘": "『", "’": "』"}

    @functools.cache
    def one(ch: str) -> str:
        return quotes.get(ch) or converter.convert(ch)

    def convert(value: Any) -> Any:
        if isinstance(value, str):
            return "".join(one(ch) for ch in value)
        if isinstance(value, list):
            return [convert(v) for v in value]
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        return value

    # the pdf pages are read from the PDFs, in the script these print
    return [
        Sample(s.name, s.paper, s.generator, convert(s.text), convert(s.gold)) for s in samples if s.generator != "pdf"
    ]


def corpus_sources() -> list[Path]:
    from layout import corpus_paths

    return corpus_paths()


def typeset_samples(cache: Path, looks: tuple[int, ...] = TYPESET_SEEDS) -> list[Sample]:
    """Pages of every corpus source typeset as PDFs and read back by three extractors, in each of ``looks``."""
    sources = corpus_sources()
    tool = SHARED / "tools" / "typeset.py"
    if not sources or not tool.exists():
        return []
    out: list[Sample] = []
    for seed in looks:
        folder = cache / f"typeset-{seed}"
        stamp = folder / "sources.txt"
        wanted = "\n".join(f"{p}:{p.stat().st_mtime_ns}" for p in sources)
        if not stamp.exists() or stamp.read_text(encoding="utf-8") != wanted:
            folder.mkdir(parents=True, exist_ok=True)
            cmd = [sys.executable, str(tool), *map(str, sources), "--seed", str(seed), "--out", str(folder)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if done.returncode:
                print(f"typeset.py failed (seed {seed}): {done.stderr[-400:]}", file=sys.stderr)
                continue
            stamp.write_text(wanted, encoding="utf-8")
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = (folder / gold["page"]).read_bytes().decode("utf-8")
            extractor = next(
                e for e in sorted(TYPESET_EXTRACTORS, key=len, reverse=True) if gold["page"].endswith(f"-{e}.txt")
            )
            name = gold["page"][: -len(".txt")]
            out.append(Sample(f"{name}@{seed}", paper_of(name), f"typeset:{extractor}", text, gold))
        out += layout_text_samples(folder, seed)
    return out


def _reread_samples(folder: Path, seed: int, extractor: str, read: Callable[[Path, Path], bool]) -> list[Sample]:
    """The typeset PDFs of ``folder`` read by another extractor, scored against the same gold as pdftotext's text.

    The gold of one source is the same for every extractor (typeset.py writes it once per text); ``read(pdf, page)``
    writes the extractor's text of ``pdf`` to ``page`` (False: it failed), once, and again when the PDF is newer.
    """
    out: list[Sample] = []
    for pdf in sorted((folder / "pdf").glob("*.pdf")):
        gold_path = folder / f"{pdf.stem}-pdftotext.gold.json"
        if not gold_path.exists():
            continue
        page = folder / f"{pdf.stem}-{extractor}.txt"
        if (not page.exists() or page.stat().st_mtime_ns < pdf.stat().st_mtime_ns) and not read(pdf, page):
            continue
        gold = {**json.loads(gold_path.read_text(encoding="utf-8")), "page": page.name}
        name = page.name[: -len(".txt")]
        text = page.read_bytes().decode("utf-8")
        out.append(Sample(f"{name}@{seed}", paper_of(name), f"typeset:{extractor}", text, gold))
    return out


def layout_text_samples(folder: Path, seed: int) -> list[Sample]:
    """The typeset PDFs read with ``pdftotext -layout``, scored against the same gold as pdftotext's text."""
    if shutil.which("pdftotext") is None:
        return []

    def read(pdf: Path, page: Path) -> bool:
        cmd = ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), str(page)]
        done = subprocess.run(cmd, capture_output=True, check=False)
        if done.returncode:
            print(f"pdftotext -layout failed on {pdf.name}: {done.stderr[-400:]!r}", file=sys.stderr)
        return not done.returncode

    return _reread_samples(folder, seed, "pdftotext-layout", read)


def pdfium_samples(cache: Path, looks: tuple[int, ...] = TYPESET_SEEDS) -> list[Sample]:
    """The typeset PDFs read by pypdfium2 (PDFium's ``get_text_range``, page by page, form feeds between), scored
    against the same gold as pdftotext's text: an extractor no rule was written for and no labeller fitted on.

    PDFium gives CRLF line ends, content-stream order and no blank lines. Left out where pypdfium2 is not installed.
    """
    if importlib.util.find_spec("pypdfium2") is None:
        print("pypdfium2 is not installed: no pypdfium2 pages (pip install pypdfium2)", file=sys.stderr)
        return []
    import pypdfium2

    def read(pdf: Path, page: Path) -> bool:
        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            text = "\f".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        finally:
            doc.close()
        page.write_bytes(text.encode("utf-8"))
        return True

    return [s for seed in looks for s in _reread_samples(cache / f"typeset-{seed}", seed, "pypdfium2", read)]


def pdf_samples(cache: Path, looks: tuple[int, ...] = TYPESET_SEEDS) -> list[Sample]:
    """The typeset PDFs themselves, read by ``segment_pdf`` (the text field holds the PDF's path)."""
    out: list[Sample] = []
    for seed in looks:
        folder = cache / f"typeset-{seed}"
        for pdf in sorted((folder / "pdf").glob("*.pdf")):
            gold_path = folder / f"{pdf.stem}-pdftotext.gold.json"
            if gold_path.exists():
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                out.append(Sample(f"{pdf.stem}.pdf@{seed}", paper_of(pdf.stem), "pdf", str(pdf), gold))
    return out


def layout_samples(widths: tuple[int, ...] = LAYOUT_WIDTHS) -> list[Sample]:
    """Pages of every corpus source laid out by our own generator, whole, at ``widths`` in every layout."""
    from layout import LAYOUTS, known_articles, lay_out_page, squeeze

    out: list[Sample] = []
    for path in corpus_sources():
        source = json.loads(path.read_text(encoding="utf-8"))
        datelines = {f"{path.stem}#{i}": a.get("dateline") for i, a in enumerate(source["articles"])}
        group = known_articles(path)
        if not any(a.paragraphs for a in group):
            continue
        for width in widths:
            for name in LAYOUTS:
                laid = lay_out_page(width, name, 0, group=group)
                arts = []
                for exp in laid.articles:
                    body = [squeeze(p) or "" for p in exp.paragraphs] or [squeeze(c) or "" for c in exp.captions]
                    arts.append(
                        {
                            "kind": exp.kind,
                            "kicker": exp.kicker,
                            "headline": exp.headline,
                            "subheadline": exp.subtitle,
                            "byline": exp.byline,
                            "reporters": list(exp.reporters),
                            "correspondents": [],
                            "photographers": list(exp.photographers),
                            "dateline": datelines.get(exp.origin) if exp.kind != "photo" else None,
                            "body_start": body[0][:15],
                            "body_end": body[-1][-15:],
                            "paragraph_starts": [b[:8] for b in body] if exp.kind != "photo" else [],
                            "captions": list(exp.captions),
                        }
                    )
                gold = {"page": path.stem, "credits": laid.credits or None, "articles": arts}
                if source.get("issue_date"):
                    gold["issue_date"] = source["issue_date"]  # as typeset.py's gold has it
                # the byline names: the generator keeps only reporters, so compare those alone
                for art, exp in zip(arts, laid.articles, strict=True):
                    art["correspondents"] = _correspondents(exp, source)
                out.append(Sample(f"{path.stem}/{name}/{width}", paper_of(path.stem), "layout", laid.text, gold))
    return out


def _correspondents(exp: Any, source: dict[str, Any]) -> list[str]:
    stem, _, index = exp.origin.partition("#")
    del stem
    if not index.isdigit() or exp.kind == "photo":
        return []
    art = source["articles"][int(index)]
    return list(art.get("correspondents") or []) if exp.byline == art.get("byline") else []


def seed_samples() -> list[Sample]:
    """The real seed pages with their golden files."""
    out = []
    gold_dir = SHARED / "golden" if (SHARED / "golden").exists() else ROOT / "tests" / "golden"
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / gold["page"]).read_bytes().decode("utf-8")
        out.append(Sample(gold["page"], "seeds", "real", text, gold))
    return out


# --- systems -------------------------------------------------------------------------------------------------

_BYLINE_MARK = re.compile(
    r"^\s*(?:本报讯|本報訊|\S{1,6}讯|新华社|新華社|（中央社|\(中央社|本报记者|本報記者|据\S{0,8}报道)"
)


def baseline(text: str) -> dict[str, Any]:
    """The naive segmenter: a new article at each line that opens with a byline marker, paragraphs at blank lines."""
    articles: list[list[list[str]]] = []
    for line in text.replace("\r", "").replace("\f", "\n\n").split("\n"):
        if _BYLINE_MARK.match(line) or not articles:
            articles.append([[]])
        if not line.strip():
            if articles[-1][-1]:
                articles[-1].append([])
            continue
        articles[-1][-1].append(line.strip())
    return {
        "articles": [
            {"kind": "news", "paragraphs": ["".join(p) for p in art if p], "captions": []}
            for art in articles
            if any(art)
        ]
    }


def release_predictions(samples: list[Sample], workdir: Path) -> dict[str, dict[str, Any]]:
    """The previous release's output for every sample, run in a subprocess on its source from git."""
    tree = workdir / f"release-{RELEASE}"
    if not (tree / "src" / "newsseg").exists():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", RELEASE, "src"], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    pages = workdir / "release-pages.json"
    texts = {s.name: [s.text, s.gold.get("issue_date")] for s in samples if s.generator != "pdf"}
    pages.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    result = workdir / "release-out.json"
    code = (
        "import datetime, json, sys, newsseg\n"
        "pages = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "out = {}\n"
        "for name, (text, issue) in pages.items():\n"
        "    day = datetime.date.fromisoformat(issue) if issue else None\n"
        "    try: out[name] = newsseg.segment(text, issue_date=day).to_dict()\n"
        "    except Exception as exc: out[name] = {'articles': [], 'error': repr(exc)}\n"
        "json.dump(out, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    subprocess.run([sys.executable, "-c", code, str(pages), str(result)], env=env, check=True)
    return json.loads(result.read_text(encoding="utf-8"))


def learned_conventions(samples: list[Sample]) -> dict[str, Any]:
    """For every page, the conventions learned from the *other* pages of its paper as the same generator made them
    (a batch of one paper, as a user's archive is), never from the page itself."""
    from collections import Counter

    from newsseg import Conventions
    from newsseg.conventions import running_heads

    detected = {s.name: Conventions.detect(s.text) for s in samples}
    out: dict[str, Any] = {}
    for sample in samples:
        others = [s for s in samples if (s.paper, s.generator) == (sample.paper, sample.generator) and s is not sample]
        directions = Counter(detected[s.name].titles_first for s in others if detected[s.name].titles_first is not None)
        pages = [p for s in others for p in s.text.split("\f") if p.strip()]
        out[sample.name] = Conventions(
            titles_first=directions.most_common(1)[0][0] if directions else None,
            running_heads=running_heads(pages),
        )
    return out


def newsseg_predictions(
    samples: list[Sample], *, lopo: bool, conventions: bool = False, c: float = 1.0
) -> dict[str, dict[str, Any]]:
    """The current code's output; with ``lopo`` the line labeller of each paper is fitted without that paper; with
    ``conventions`` each page gets the conventions learned from the other pages of its paper."""
    import newsseg

    out: dict[str, dict[str, Any]] = {}
    models: dict[str, Any] = {}
    learned = learned_conventions(samples) if conventions else {}
    for sample in samples:
        kwargs: dict[str, Any] = {"issue_date": _issue_date(sample)}
        if conventions:
            kwargs["conventions"] = learned[sample.name]
        if lopo:
            if sample.paper not in models:
                models[sample.paper] = fit_without(samples, sample.paper, c=c)
            if models[sample.paper] is not None:
                kwargs["model"] = models[sample.paper]
        try:
            if sample.generator == "pdf":
                out[sample.name] = newsseg.segment_pdf(sample.text, issue_date=kwargs.get("issue_date")).to_dict()
                continue
            out[sample.name] = _segment(newsseg, sample.text, **kwargs).to_dict()
        except Exception as exc:
            print(f"{sample.name}: newsseg raised {exc!r}", file=sys.stderr)
            out[sample.name] = {"articles": []}
    return out


def rules_predictions(samples: list[Sample]) -> dict[str, dict[str, Any]]:
    """The hand rules alone: the same code with a labeller that is never sure (no title of its own)."""
    from newsseg._labeller import Labeller
    from newsseg.segment import segment_with

    never = Labeller(weights={}, bias={"body": 0.0, "title": -50.0})
    return {
        s.name: segment_with(s.text, model=never, issue_date=_issue_date(s)).to_dict()
        for s in samples
        if s.generator != "pdf"
    }


def _issue_date(sample: Sample) -> dt.date | None:
    """The issue's date of a page's annotation, which ``score.py`` gives ``segment`` (relative datelines: 昨日)."""
    issue = sample.gold.get("issue_date")
    return dt.date.fromisoformat(issue) if issue else None


def _segment(newsseg: Any, text: str, **kwargs: Any) -> Any:
    if "model" in kwargs:
        from newsseg.segment import segment_with

        return segment_with(text, **kwargs)
    return newsseg.segment(text, **kwargs)


def fit_without(samples: list[Sample], paper: str, *, c: float = 1.0) -> Any:
    """The line labeller fitted on every paper's pages but ``paper``'s, or None where the code has no fitting."""
    try:
        from newsseg._train import fit
    except ImportError:
        return None
    # Not on pdftotext -layout text: its printed lines hold several columns' text each, so a line has no one label,
    # and the other rows' figures stay those of the same fitting with or without that extractor; nor on pypdfium2's,
    # kept unseen (NOT_FITTED).
    training = [(s.text, s.gold) for s in samples if s.paper != paper and s.generator not in NOT_FITTED]
    if not training:  # only PDFs asked for (--generators pdf): segment_pdf uses the shipped labeller anyway
        return None
    return fit(training, c=c)


# --- scoring -------------------------------------------------------------------------------------------------


def score(samples: list[Sample], predictions: dict[str, dict[str, Any]]) -> dict[tuple[str, str], dict[str, float]]:
    """score.py's figures for every (paper, generator) group, and for (paper, 'all')."""
    tools = scorer()
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for sample in samples:
        if sample.name not in predictions:
            continue  # a system that cannot read this input (the release and the baseline read no PDF)
        with contextlib.redirect_stdout(io.StringIO()):
            res = tools.score_page(sample.gold, predictions[sample.name], False, io.StringIO(), True)  # noqa: FBT003
        groups[sample.paper, sample.generator].append(res)
        groups["all", sample.generator].append(res)
        if sample.generator not in APART:  # "all" is text input, the same pages for every system
            groups[sample.paper, "all"].append(res)
            groups["all", "all"].append(res)
    return {key: _summary(tools, results) for key, results in groups.items()}


def _summary(tools: Any, results: list[dict[str, Any]]) -> dict[str, float]:
    matched = sum(r["matched"] for r in results)
    pred = sum(r["pred"] for r in results)
    gold = sum(r["gold"] for r in results)
    out = {"article_f1": tools.f1(matched, pred, gold)[0], "pages": len(results), "articles": gold}
    for key in ("headline", "kicker", "subheadline", "byline", "dateline", "captions"):
        n = sum(r["tallies"][key].n for r in results)
        ok = sum(r["tallies"][key].ok for r in results)
        out[key] = ok / n if n else 1.0
    tp = sum(r["para"][0] for r in results)
    out["paragraph_f1"] = tools.f1(tp, sum(r["para"][1] for r in results), sum(r["para"][2] for r in results))[0]
    return out


def table(scores: dict[str, dict[tuple[str, str], dict[str, float]]], generators: list[str]) -> str:
    """The markdown table: one row per paper and generator, one column group per metric, systems side by side."""
    systems = list(scores)
    head = ["paper", "pages from", "pages", "articles"] + [f"{m} ({s})" for m in METRICS for s in systems]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    first = scores[systems[0]]
    papers = [*sorted({p for p, _ in first if p != "all"}), "all"]
    for paper in papers:
        for gen in [*generators, "all"]:
            cell = first.get((paper, gen))
            if cell is None:
                continue
            row = [paper, gen, str(int(cell["pages"])), str(int(cell["articles"]))]
            row += [f"{scores[s].get((paper, gen), {}).get(m, float('nan')):.3f}" for m in METRICS for s in systems]
            lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def summary(scores: dict[str, dict[tuple[str, str], dict[str, float]]], generators: list[str]) -> str:
    """The short table: the current code's figures, and article F1 of every other system beside them."""
    first = next(iter(scores))
    others = [s for s in scores if s != first]
    head = ["paper", "pages from", "pages", "articles", "article F1", "headline", "byline", "dateline", "paragraph F1"]
    head += [f"article F1 ({s})" for s in others]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    papers = [*sorted({p for p, _ in scores[first] if p != "all"}), "all"]
    for paper in papers:
        for gen in [*generators, "all"]:
            cell = scores[first].get((paper, gen))
            if cell is None:
                continue
            row = [paper, gen, str(int(cell["pages"])), str(int(cell["articles"]))]
            row += [f"{cell[m]:.3f}" for m in ("article_f1", "headline", "byline", "dateline", "paragraph_f1")]
            row += [
                f"{scores[s][(paper, gen)]['article_f1']:.3f}" if (paper, gen) in scores[s] else "–" for s in others
            ]
            lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--systems",
        default="newsseg,release,baseline",
        help="comma-separated: newsseg, conventions (newsseg with each paper's conventions learned from its other "
        "pages), release, baseline",
    )
    ap.add_argument(
        "--generators",
        default="real,typeset,layout,pdf",
        help="comma-separated: real, typeset, layout, pdf, pdfium (the typeset PDFs read by pypdfium2: an extractor "
        "no rule was written for, outside the 'all' rows)",
    )
    ap.add_argument("--papers", default="", help="comma-separated papers to keep (default: all)")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "newsseg-eval"), help="generated pages")
    ap.add_argument("--no-lopo", action="store_true", help="use the shipped labeller for every paper")
    ap.add_argument(
        "--looks",
        default=",".join(map(str, TYPESET_SEEDS)),
        help="typeset.py seeds of the typeset pages (default: %(default)s, the looks the rules were measured on; "
        "5, 6, 9 and 10 served as development sets; others, 7 and 8 among them, with --no-lopo and --generators "
        "typeset, are looks no rule was tuned on)",
    )
    ap.add_argument(
        "--widths",
        default=",".join(map(str, LAYOUT_WIDTHS)),
        help="column widths (characters) of the layout pages (default: %(default)s; SPEC allows 8 to 30)",
    )
    ap.add_argument(
        "--traditional",
        action="store_true",
        help="every page and its annotation converted to Traditional characters, one character at a time, with "
        "corner quotation marks",
    )
    ap.add_argument(
        "-C",
        type=float,
        default=1.0,
        help="the labeller's inverse regularisation strength for the leave-one-paper-out fits (fit_labeller.py -C)",
    )
    ap.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    ap.add_argument("--full", action="store_true", help="every metric of every system (default: the short table)")
    args = ap.parse_args(argv)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    wanted = set(args.generators.split(","))
    samples: list[Sample] = []
    if "real" in wanted:
        samples += seed_samples()
    looks = tuple(int(seed) for seed in args.looks.split(","))
    if "typeset" in wanted:
        samples += typeset_samples(cache, looks)
    if "layout" in wanted:
        samples += layout_samples(tuple(int(width) for width in args.widths.split(",")))
    if "pdf" in wanted:
        samples += pdf_samples(cache, looks)
    if "pdfium" in wanted:
        samples += pdfium_samples(cache, looks)
    if args.papers:
        keep = set(args.papers.split(","))
        samples = [s for s in samples if s.paper in keep]
    if args.traditional:
        samples = traditional(samples)
    if not samples:
        print("no pages to evaluate (is ../shared beside the checkout?)", file=sys.stderr)
        return 2
    generators = sorted({s.generator for s in samples})
    scores: dict[str, dict[tuple[str, str], dict[str, float]]] = {}
    timing: dict[str, float] = {}
    for system in args.systems.split(","):
        t0 = time.perf_counter()
        if system == "newsseg":
            preds = newsseg_predictions(samples, lopo=not args.no_lopo, c=args.C)
        elif system == "rules":
            preds = rules_predictions(samples)
        elif system == "conventions":
            preds = newsseg_predictions(samples, lopo=not args.no_lopo, conventions=True, c=args.C)
        elif system == "release":
            preds = release_predictions(samples, cache)
        elif system == "baseline":
            preds = {s.name: baseline(s.text) for s in samples if s.generator != "pdf"}
        else:
            ap.error(f"unknown system {system!r}")
        timing[system] = time.perf_counter() - t0
        scores[system] = score(samples, preds)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(table(scores, generators) if args.full else summary(scores, generators))
    print()
    print(
        f"{len(samples)} pages; seconds per system: "
        + ", ".join(f"{k} {v:.1f}" for k, v in timing.items())
        + f"; load average {load:.2f} on {os.cpu_count()} cores"
    )
    if args.json:
        data = {s: {f"{p}|{g}": v for (p, g), v in sc.items()} for s, sc in scores.items()}
        Path(args.json).write_text(json.dumps(data, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

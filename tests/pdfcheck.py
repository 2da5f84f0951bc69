"""The PDF reader judged on its own, apart from the segmenter: is every character there, is each article read in order?

For a PDF typeset from a corpus source (``../shared/tools/typeset.py``), ``reader_misses`` compares the text of
``newsseg.pdf.read_pdf_lines`` with the source's articles: characters lost or added, paragraphs not found whole
(lines read across two articles, or columns out of order), paragraphs out of order, a headline not among the title
lines or not written before its body. A segmenter miss on a page without reader misses is the segmenter's.

    python tests/pdfcheck.py DIR/pdf ../shared/corpus     # every DIR/pdf/<source>.pdf against its source
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

from newsseg.pdf import read_pdf_lines

WS = re.compile(r"\s+")
GLYPH = str.maketrans({"\u30fb": "\u00b7"})


def flat(text: str | None) -> str:
    return WS.sub("", text or "").translate(GLYPH)


def printed(source: dict[str, Any]) -> str:
    """Every character the typesetter prints for a source, without white space."""
    out = []
    for art in source["articles"]:
        out.extend(art.get(key) or "" for key in ("kicker", "headline", "photo_credit"))
        out.append("——" + art["subheadline"] if art.get("subheadline") else "")
        out.append(art.get("byline_printed") or art.get("byline") or "")
        out.extend(art["paragraphs"])
        out.extend(art.get("captions") or [])
    out.extend(f"{k}：{v}" for k, v in (source.get("credits") or {}).items())
    return flat("".join(out))


def reader_misses(pdf: Path | str | bytes, source: dict[str, Any]) -> list[str]:
    """What the reader got wrong on a PDF typeset from ``source`` (empty when nothing)."""
    text, lines = read_pdf_lines(pdf)
    misses = []
    got = collections.Counter(flat(text))
    want = collections.Counter(printed(source))
    lost, added = want - got, got - want
    if lost:
        misses.append(f"lost {sum(lost.values())} characters: {''.join(sorted(lost.elements()))[:40]}")
    if added:
        misses.append(f"added {sum(added.values())} characters: {''.join(sorted(added.elements()))[:40]}")
    whole = flat(text)
    titles = flat("".join(ln.text for ln in lines if ln.title))
    for index, art in enumerate(source["articles"]):
        lead = art["paragraphs"][0] if art["paragraphs"] else ""
        name = f"art{index} {flat(art.get('headline'))[:12] or flat(lead)[:12]}"
        pos = -1
        first = None
        for k, par in enumerate(art["paragraphs"]):
            at = whole.find(flat(par), pos + 1)
            if at < 0:
                misses.append(f"{name}: paragraph {k} not read whole: {flat(par)[:16]}")
                continue
            if first is None:
                first = at
            pos = at
        head = flat(art.get("headline"))
        if head:
            if head not in titles:
                misses.append(f"{name}: headline not among the title lines")
            at = whole.find(head)
            lead = flat(art.get("byline_printed") or art.get("byline") or "")
            extra = len(flat(art.get("subheadline"))) + 2 + len(lead) + len(flat(art.get("photo_credit")))
            extra += sum(len(flat(c)) for c in art.get("captions") or [])
            if first is not None and not 0 <= first - at - len(head) <= extra + 4:
                misses.append(f"{name}: headline not written just before its body ({first - at - len(head)} chars)")
    return misses


def main(argv: list[str]) -> int:
    pdfs, corpus = Path(argv[0]), Path(argv[1])
    bad = 0
    for pdf in sorted(pdfs.glob("*.pdf")):
        src = corpus / f"{pdf.stem}.json"
        if not src.exists():
            continue
        source = json.loads(src.read_text(encoding="utf-8"))
        gold = next(pdfs.parent.glob(f"{pdf.stem}-*.gold.json"), None)
        if gold is not None:  # typeset.py --add-credits prints credits the source lacks
            source["credits"] = json.loads(gold.read_text(encoding="utf-8")).get("credits")
        misses = reader_misses(pdf, source)
        bad += bool(misses)
        print(f"{pdf.stem}: {'ok' if not misses else ''}")  # noqa: T201 - a script's report
        for miss in misses:
            print(f"  {miss}")  # noqa: T201
    print(f"pages with reader misses: {bad}")  # noqa: T201
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

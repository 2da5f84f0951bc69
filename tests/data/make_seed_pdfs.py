"""Typeset small PDFs from our seed pages for the fast PDF tests (run by hand; the outputs are committed).

For each seed page, the articles ``newsseg.segment`` reads from it become a source in the corpus format
(``../shared/corpus/README.md``), kept as ``tests/data/<name>.json``; ``../shared/tools/typeset.py`` sets that
source as a multi-column A3 page, kept as ``tests/data/<name>.pdf``. The JSON is what the PDF prints, so the tests
can check the reader against it character for character.

    python tests/data/make_seed_pdfs.py        # from the project root, with reportlab and pdfminer.six installed
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import newsseg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TYPESET = ROOT.parent / "shared" / "tools" / "typeset.py"

#: (output name, seed page, how many of its articles, typeset.py seed): two looks, a title beside its body among
#: them, a photo with its credit and captions, page credits, and a kicker and subtitle.
PAGES = (
    ("seed-000", "000_e620f357bb1e5750", 9, 2),
    ("seed-004", "004_fe7e849a08d988fd", 6, 1),
)


def source_of(page: newsseg.Page, count: int) -> dict[str, object]:
    """The first ``count`` articles of a segmented page in the corpus format."""
    articles = []
    for art in page.articles[:count]:
        head = art.headline
        line = art.byline
        photo = art.kind == "photo"
        credit = line.text.replace("\n", "") if photo and line else None
        byline = None if photo or line is None else line.text.replace("\n", "")
        articles.append(
            {
                "kind": art.kind,
                "kicker": head.kicker if head else None,
                "headline": head.main if head else None,
                "subheadline": head.subtitle if head else None,
                "byline": byline,
                "byline_alone": bool(byline) and not byline.startswith(("本报讯", "新华社")),
                "reporters": list(line.reporters) if line and not photo else [],
                "correspondents": list(line.correspondents) if line and not photo else [],
                "photographers": list(line.photographers) if line else [],
                "dateline": None,
                "paragraphs": [p.text for p in art.paragraphs],
                "captions": [c.text for c in art.captions],
                "photo_credit": credit,
            }
        )
    return {"credits": page.credits_dict or None, "articles": articles}


def main() -> int:
    """Write ``tests/data/<name>.json`` and ``.pdf`` for each of ``PAGES``."""
    for name, seed, count, look in PAGES:
        text = (ROOT / "seeds" / f"{seed}.txt").read_text(encoding="utf-8-sig")
        source = source_of(newsseg.segment(text), count)
        (HERE / f"{name}.json").write_text(json.dumps(source, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(  # noqa: S603 - our own interpreter and the shared typesetting tool
                [
                    sys.executable,
                    str(TYPESET),
                    str(HERE / f"{name}.json"),
                    "--seed",
                    str(look),
                    "--out",
                    tmp,
                    "--extractors",
                    "pdfminer",
                ],
                check=True,
            )
            shutil.copy(Path(tmp) / "pdf" / f"{name}.pdf", HERE / f"{name}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What ``import newsseg`` loads: the text pipeline, never the PDF layout code, which comes with its first name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import newsseg

SRC = Path(__file__).resolve().parents[1] / "src"

_FRESH = """
import sys
import newsseg
print(sorted(m for m in sys.modules if m in {"newsseg.pdf", "newsseg._pdflayout", "newsseg._pdfread"}))
newsseg.segment_pdf
print(sorted(m for m in sys.modules if m in {"newsseg.pdf", "newsseg._pdflayout", "newsseg._pdfread"}))
"""


def test_import_leaves_the_pdf_code_until_asked() -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(  # noqa: S603 - our own interpreter on our own script
        [sys.executable, "-c", _FRESH], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.splitlines() == ["[]", "['newsseg._pdflayout', 'newsseg._pdfread', 'newsseg.pdf']"]


def test_the_pdf_names_are_the_pdf_modules() -> None:
    from newsseg import PdfError, pdf  # noqa: PLC0415 - the import is what is tested

    assert PdfError is pdf.PdfError
    assert newsseg.read_pdf_lines is pdf.read_pdf_lines
    assert newsseg.segment_pdf is pdf.segment_pdf
    assert {"PdfError", "read_pdf_lines", "segment_pdf"} <= set(dir(newsseg))
    assert set(newsseg.__all__) <= set(dir(newsseg))

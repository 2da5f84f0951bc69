"""Characters off a PDF page, with their boxes, sizes and weight (the only module that imports pdfminer.six).

pdfminer.six interprets the content stream; a small device of ours (instead of pdfminer's layout analysis, which
we do not use) keeps each character as a plain tuple: text, box, type size and whether it is set bold. That is
all the layout stage (``newsseg.pdf``) needs, and it costs less than pdfminer's own ``LTChar`` objects.
"""

from __future__ import annotations

import io
import math
import pathlib
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["Char", "Figure", "PdfError", "RawPage", "read_chars", "source_name"]

#: The message of a missing extra: the library's core does not depend on a PDF reader.
MISSING_EXTRA = "reading PDFs needs pdfminer.six: pip install 'newsseg[pdf]'"


class PdfError(ValueError):
    """A PDF newsseg cannot read: broken, encrypted, or pages without a text layer. The message names the file."""


class Char(NamedTuple):
    """One printed character: its text, its box in PDF points (origin lower left), its type size, its weight."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    space_after: bool = False  # a space glyph is drawn right after it (a word space the typesetter set)


class Figure(NamedTuple):
    """Where a page paints an image or a filled shape (a photo, a grey box standing for one, a tinted panel)."""

    x0: float
    y0: float
    x1: float
    y1: float


class RawPage(NamedTuple):
    """A page's characters in content-stream order, its size, how many images it paints, and its figures."""

    number: int  # 1-based
    width: float
    height: float
    chars: list[Char]
    images: int
    figures: list[Figure]  # images and filled shapes, in PDF points


def source_name(source: object) -> str:
    """How an error message names the input: the file's name, or ``'PDF data'`` for bytes."""
    if isinstance(source, (str, pathlib.Path)):
        return str(source)
    return "PDF data"


#: Font names that say bold (a real bold face; the CID fonts of typeset pages have one weight and are made bold by
#: stroking the outline, text render mode 1 or 2, which ``_Device`` reads).
_BOLD_NAMES = ("bold", "heavy", "black", "demi", "semibold", "黑")


def _device_class() -> type[Any]:
    """The pdfminer device, defined on first use so that importing this module needs no pdfminer."""
    from pdfminer.pdfdevice import PDFTextDevice  # noqa: PLC0415 - optional dependency, loaded on first use
    from pdfminer.pdffont import PDFUnicodeNotDefined  # noqa: PLC0415

    class _Device(PDFTextDevice):  # type: ignore[misc,unused-ignore]  # Any when pdfminer is not installed
        """Collects characters as tuples; ``render_string`` notes the render mode that ``render_char`` lacks."""

        def __init__(self, rsrcmgr: Any) -> None:  # noqa: ANN401 - pdfminer's own untyped objects
            super().__init__(rsrcmgr)
            self.chars: list[Char] = []
            self.images = 0
            self.figures: list[Figure] = []
            self._stroked = False
            self._fonts: dict[int, tuple[bool, float]] = {}

        def render_image(self, name: str, stream: Any) -> None:  # noqa: ANN401, ARG002
            self.images += 1
            # An image fills the unit square of the current transformation matrix.
            self._figure([(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)])

        def paint_path(self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any) -> None:  # noqa: ANN401, ARG002
            if fill:  # a filled shape (a rule or a frame is stroked)
                self._figure([(float(seg[-2]), float(seg[-1])) for seg in path if len(seg) >= 3])

        def _figure(self, points: list[tuple[float, float]]) -> None:
            if len(points) < 3 or self.ctm is None:
                return
            a, b, c, d, e, f = self.ctm
            xs = [a * x + c * y + e for x, y in points]
            ys = [b * x + d * y + f for x, y in points]
            self.figures.append(Figure(min(xs), min(ys), max(xs), max(ys)))

        def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:  # noqa: ANN401
            # 1 stroke, 2 fill and stroke: how a one-weight CJK font is made bold.
            self._stroked = textstate.render in (1, 2, 5, 6)
            super().render_string(textstate, seq, ncs, graphicstate)

        def render_char(  # noqa: PLR0913, PLR0917 - pdfminer's signature
            self,
            matrix: tuple[float, float, float, float, float, float],
            font: Any,  # noqa: ANN401
            fontsize: float,
            scaling: float,
            rise: float,
            cid: int,
            ncs: Any,  # noqa: ANN401, ARG002
            graphicstate: Any,  # noqa: ANN401, ARG002
        ) -> float:
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = ""  # a glyph without a Unicode mapping: nothing a reader could read either
            adv: float = font.char_width(cid) * fontsize * scaling
            key = id(font)
            facts = self._fonts.get(key)
            if facts is None:
                name = str(getattr(font, "fontname", "")).lower()
                facts = (any(b in name for b in _BOLD_NAMES), font.get_descent())
                self._fonts[key] = facts
            a, b, c, d, e, f = matrix
            # The glyph box as pdfminer's LTChar computes it: the advance wide, one type size high.
            lo = facts[1] * fontsize + rise
            hi = lo + fontsize
            xs = (e + c * lo, e + c * hi, e + a * adv + c * lo, e + a * adv + c * hi)
            ys = (f + d * lo, f + d * hi, f + b * adv + d * lo, f + b * adv + d * hi)
            # The size as printed: the type size scaled by the text and page matrices.
            size = fontsize * math.hypot(c, d)
            if text and not text.isspace():
                self.chars.append(Char(text, min(xs), min(ys), max(xs), max(ys), size, facts[0] or self._stroked))
            elif text and self.chars and not self.chars[-1].space_after:
                # Not a character of its own (its box would be white), but a word space the line may keep.
                self.chars[-1] = self.chars[-1]._replace(space_after=True)
            return adv

    return _Device


def read_chars(source: str | pathlib.Path | bytes, pages: Iterable[int] | None = None) -> Iterator[RawPage]:
    """The characters of each page (1-based ``pages``, all by default) in content-stream order.

    Raises:
        PdfError: the file is not a PDF pdfminer can parse, or it is encrypted with a password.
        ModuleNotFoundError: pdfminer.six is not installed (the ``pdf`` extra).
    """
    try:
        from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect  # noqa: PLC0415
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager  # noqa: PLC0415
        from pdfminer.pdfpage import PDFPage  # noqa: PLC0415
        from pdfminer.pdfparser import PDFParser  # noqa: PLC0415
        from pdfminer.psexceptions import PSException  # noqa: PLC0415
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(MISSING_EXTRA, name=exc.name) from exc
    from pdfminer.pdfexceptions import PDFException  # noqa: PLC0415

    name = source_name(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        stream: Any = io.BytesIO(bytes(source))
    else:
        try:
            stream = pathlib.Path(source).open("rb")  # noqa: SIM115 - closed in the finally below
        except OSError as exc:
            msg = f"{name}: cannot open the file ({exc.strerror or exc})"
            raise PdfError(msg) from exc
    wanted = None if pages is None else {p - 1 for p in pages}
    try:
        try:
            doc = PDFDocument(PDFParser(stream))
        except PDFPasswordIncorrect as exc:
            msg = f"{name}: the PDF is encrypted with a password; decrypt it first (e.g. qpdf --decrypt)"
            raise PdfError(msg) from exc
        except (PDFException, PSException, ValueError, TypeError, KeyError, AttributeError) as exc:
            msg = f"{name}: not a readable PDF ({type(exc).__name__}: {exc})"
            raise PdfError(msg) from exc
        manager = PDFResourceManager(caching=True)
        device = _device_class()(manager)
        interpreter = PDFPageInterpreter(manager, device)
        try:
            for index, page in enumerate(PDFPage.create_pages(doc)):
                if wanted is not None and index not in wanted:
                    continue
                device.chars, device.images, device.figures = [], 0, []
                interpreter.process_page(page)
                x0, y0, x1, y1 = page.mediabox
                # pdfminer gives positions from the media box's lower left corner, wherever that box starts.
                yield RawPage(index + 1, x1 - x0, y1 - y0, device.chars, device.images, device.figures)
        except PdfError:
            raise
        except (PDFException, PSException, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            msg = f"{name}: not a readable PDF ({type(exc).__name__}: {exc})"
            raise PdfError(msg) from exc
    finally:
        stream.close()

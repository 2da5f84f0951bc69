r"""Page by page through inputs of any size: split at form feeds, segment each page, keep the offsets.

Archives arrive as one long text with a form feed (``\f``) between pages. :func:`iter_pages` reads such a
text from a string or a text file object in chunks, never the whole file, and yields each page with the offset
where it starts in the whole input; :func:`segment_pages` segments each page as it comes. Memory stays bounded
by the largest page and the chunk size, however long the input.

The spans in each :class:`~newsseg.model.Page` are relative to its page; add the page's offset to map them
back to the whole input.

>>> from newsseg.stream import iter_pages
>>> list(iter_pages("本报讯（记者张建华）\f编辑:何平"))
[(0, '本报讯（记者张建华）'), (11, '编辑:何平')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from newsseg.segment import segment

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator

    from newsseg.model import Page

__all__ = ["PAGE_BREAK", "iter_pages", "segment_pages"]

#: The character between pages: PDF-to-text tools (pdftotext, mutool) write a form feed at each page end.
PAGE_BREAK = "\f"

#: Characters read at a time from a file: large enough that the per-read cost vanishes, small next to a page
#: archive. One mebichar is about 3 MB of UTF-8 Chinese text.
CHUNK_SIZE = 1 << 20


class TextReader(Protocol):
    """What :func:`iter_pages` needs from a file: ``read(size)`` returning ``str`` (``""`` at the end)."""

    def read(self, size: int = ..., /) -> str:
        """Up to ``size`` characters; ``""`` at the end."""
        ...


def iter_pages(source: str | TextReader, *, chunk_size: int = CHUNK_SIZE) -> Iterator[tuple[int, str]]:
    r"""Split ``source`` at form feeds and yield ``(offset, page)`` for every page, in order.

    ``source`` is a ``str`` or a text file object (anything with ``read(size) -> str``), read ``chunk_size``
    characters at a time. The pages are exactly those of ``text.split("\f")`` (an empty page between two form
    feeds included, so page numbers stay true), and ``offset`` is where each starts in the whole input,
    counted in characters. Open files with ``newline=""`` so that CR LF line ends stay as printed and offsets
    match the file. A wrong type of ``source`` is reported at the call, not at the first page.

    >>> list(iter_pages("甲\f\f乙"))
    [(0, '甲'), (2, ''), (3, '乙')]
    >>> import io
    >>> list(iter_pages(io.StringIO("第一版\f第二版"), chunk_size=2))
    [(0, '第一版'), (4, '第二版')]
    >>> iter_pages(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: source must be str or a text file object (read() -> str), not bytes
    """
    if isinstance(source, str):
        return _split_string(source)
    read = getattr(source, "read", None)
    if not callable(read):
        msg = f"source must be str or a text file object (read() -> str), not {type(source).__name__}"
        raise TypeError(msg)
    if chunk_size < 1:
        msg = f"chunk_size must be at least 1, got {chunk_size}"
        raise ValueError(msg)
    return _split_reader(source, chunk_size)


def _split_string(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    while (end := text.find(PAGE_BREAK, start)) >= 0:
        yield start, text[start:end]
        start = end + 1
    yield start, text[start:]


def _split_reader(reader: TextReader, chunk_size: int) -> Iterator[tuple[int, str]]:
    parts: list[str] = []  # the current page's pieces so far; joined once, so a long page costs linear time
    start = 0  # offset of the current page in the whole input
    consumed = 0  # characters read so far
    while True:
        chunk = reader.read(chunk_size)
        if not isinstance(chunk, str):
            msg = (
                f"source.read() returned {type(chunk).__name__}, not str: open the file in text mode with an "
                "encoding, e.g. open(path, encoding='utf-8', newline='')"
            )
            raise TypeError(msg)
        if not chunk:
            break
        pos = 0
        while (end := chunk.find(PAGE_BREAK, pos)) >= 0:
            parts.append(chunk[pos:end])
            page = "".join(parts)
            yield start, page
            parts.clear()
            start = consumed + end + 1
            pos = end + 1
        if pos < len(chunk):
            parts.append(chunk[pos:])
        consumed += len(chunk)
    yield start, "".join(parts)


def segment_pages(
    source: str | TextReader, *, issue_date: dt.date | None = None, chunk_size: int = CHUNK_SIZE
) -> Iterator[tuple[int, Page]]:
    r"""Segment every page of ``source`` as it is read: ``(offset, page)`` pairs, in input order.

    The spans of each ``Page`` are relative to that page's text (``page.source``); ``offset`` is where the
    page starts in the whole input, so ``offset + span.start`` points into the whole input. ``issue_date`` is
    passed to :func:`~newsseg.segment` for every page.

    >>> pages = segment_pages("本报讯（记者张建华）近日……\f编辑:何平")
    >>> [(offset, len(page.source)) for offset, page in pages]
    [(0, 14), (15, 5)]
    """
    pages = iter_pages(source, chunk_size=chunk_size)  # checks the source now, not at the first page
    return ((offset, segment(text, issue_date=issue_date)) for offset, text in pages)

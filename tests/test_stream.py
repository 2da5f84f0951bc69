"""Streaming (issue 6): pages split at form feeds from strings and files, lazily, in bounded memory."""

from __future__ import annotations

import io
import itertools
import tracemalloc
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseg
from layout import check_page_coverage
from newsseg.stream import iter_pages, segment_pages
from strategies import seed_pages

if TYPE_CHECKING:
    from pathlib import Path

pages_text = st.lists(
    st.text(alphabet=st.sampled_from("本报讯记者甲乙 \n\r\f\ufeff，。AB12"), max_size=30), max_size=8
).map("\f".join)


def _split(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for page in text.split("\f"):
        out.append((start, page))
        start += len(page) + 1
    return out


@given(pages_text, st.integers(min_value=1, max_value=17))
def test_iter_pages_is_split_at_form_feeds_with_offsets(text: str, chunk_size: int) -> None:
    want = _split(text)
    assert list(iter_pages(text)) == want
    assert list(iter_pages(io.StringIO(text), chunk_size=chunk_size)) == want
    for offset, page in want:
        assert text[offset : offset + len(page)] == page


@pytest.mark.parametrize("chunk_size", [1, 7, 4096])
def test_segment_pages_spans_map_back_to_the_whole_input(chunk_size: int) -> None:
    text = "\f".join(seed_pages()[:3]) + "\f\f" + seed_pages()[3][:500]
    seen = list(segment_pages(io.StringIO(text), chunk_size=chunk_size))
    assert [offset for offset, _ in seen] == [offset for offset, _ in _split(text)]
    for offset, page in seen:
        piece = text[offset : offset + len(page.source)]
        assert page.source == piece
        check_page_coverage(page, piece)
        assert page.to_dict() == newsseg.segment(piece).to_dict()
        for art in page.articles:
            for span in art.spans:
                assert text[offset + span.start : offset + span.end] == span.of(piece)


def test_files_keep_crlf_and_offsets(tmp_path: Path) -> None:
    text = "\ufeff本报讯（记者甲）\r\n近日，\r\n示范区召开会议。\f编辑:陈彬 版式:车璇\r\n"
    path = tmp_path / "pages.txt"
    path.write_text(text, encoding="utf-8", newline="")
    with path.open(encoding="utf-8", newline="") as handle:
        got = list(iter_pages(handle, chunk_size=3))
    assert got == _split(text)


class _CountingReader:
    """A text file that records every read and can be endless."""

    def __init__(self, page: str, pages: int | None) -> None:
        self.page, self.pages = page + "\f", pages
        self.sizes: list[int] = []
        self.served = 0

    def read(self, size: int = -1, /) -> str:
        self.sizes.append(size)
        if self.pages is not None and self.served >= self.pages:
            return ""
        self.served += 1
        return self.page


def test_reading_is_lazy_and_chunked() -> None:
    reader = _CountingReader("本报讯（记者甲）近日，示范区召开会议。", pages=None)  # never ends
    first = list(itertools.islice(iter_pages(reader, chunk_size=64), 3))
    assert [page for _, page in first] == ["本报讯（记者甲）近日，示范区召开会议。"] * 3
    assert reader.sizes == [64] * len(reader.sizes)
    assert len(reader.sizes) <= 4


def test_memory_stays_bounded_on_a_long_input() -> None:
    page = seed_pages()[0]
    count = 20_000_000 // len(page)  # about 20 million characters, 60 MB of UTF-8
    reader = _CountingReader(page, pages=count)
    tracemalloc.start()
    try:
        total = sum(len(p) for _, p in iter_pages(reader, chunk_size=1 << 16))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == count * len(page)
    assert peak < 40 * len(page) + (1 << 20), f"peak {peak} bytes for pages of {len(page)} characters"


@pytest.mark.parametrize("source", [b"bytes", 3, None, ["page"]], ids=lambda v: type(v).__name__)
def test_bad_sources_raise_type_error_at_the_call(source: object) -> None:
    with pytest.raises(TypeError, match=type(source).__name__):
        iter_pages(source)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=type(source).__name__):
        segment_pages(source)  # type: ignore[arg-type]


def test_binary_files_are_refused_with_advice() -> None:
    with pytest.raises(TypeError, match="text mode"):
        list(iter_pages(io.BytesIO("本报讯".encode())))  # type: ignore[arg-type]


def test_chunk_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        iter_pages(io.StringIO("x"), chunk_size=0)

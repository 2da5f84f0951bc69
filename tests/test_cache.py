"""The Traditional -> Simplified table read from newsseg's cache is the one OpenCC gives, and a bad file is rebuilt."""

from __future__ import annotations

import marshal
from typing import TYPE_CHECKING

import pytest

from newsseg import _text

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "newsseg"
    monkeypatch.setenv("NEWSSEG_CACHE_DIR", str(folder))
    _text._t2s_cached.cache_clear()
    yield folder
    _text._t2s_cached.cache_clear()


def _fresh() -> tuple[str, dict[int, str]]:
    chars = _text._read_traditional_chars()
    return chars, _text._build_t2s_table(chars)


def test_the_cached_table_is_opencc_s(cache: Path) -> None:
    chars, table = _fresh()
    assert _text._t2s_cached() == (chars, table)  # built, and written
    (written,) = cache.iterdir()
    assert written.name.startswith(f"t2s-{_text._T2S_FORMAT}-")
    stamp = written.stat().st_mtime_ns
    _text._t2s_cached.cache_clear()
    assert _text._t2s_cached() == (chars, table)  # read back
    assert written.stat().st_mtime_ns == stamp
    assert [p.name for p in cache.iterdir()] == [written.name]  # no temporary file left behind
    assert len(table) > 2500
    assert all(len(ch) == 1 for ch in chars)


def test_a_damaged_or_stale_cache_is_rebuilt(cache: Path) -> None:
    expected = _fresh()
    _text._t2s_cached()
    (written,) = cache.iterdir()
    key, _, _ = marshal.loads(written.read_bytes())  # noqa: S302 - our own file
    for damage in (b"", b"not marshal", written.read_bytes()[:100], marshal.dumps((key + "0", "", {}))):
        written.write_bytes(damage)
        _text._t2s_cached.cache_clear()
        assert _text._t2s_cached() == expected
        stored, chars, table = marshal.loads(written.read_bytes())  # noqa: S302 - the good one put back
        assert (stored, chars, table) == (key, *expected)


def test_no_cache_folder_builds_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSEG_CACHE_DIR", "")
    _text._t2s_cached.cache_clear()
    try:
        assert _text._t2s_cached() == _fresh()
    finally:
        _text._t2s_cached.cache_clear()

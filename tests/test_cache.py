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
    _text._t2s_hit.cache_clear()
    yield folder
    _text._t2s_cached.cache_clear()
    _text._t2s_hit.cache_clear()


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
    _text._t2s_hit.cache_clear()
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
        _text._t2s_hit.cache_clear()
        assert _text._t2s_cached() == expected
        stored, chars, table = marshal.loads(written.read_bytes())  # noqa: S302 - the good one put back
        assert (stored, chars, table) == (key, *expected)


def test_no_cache_folder_builds_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSEG_CACHE_DIR", "")
    _text._t2s_cached.cache_clear()
    _text._t2s_hit.cache_clear()
    try:
        assert _text._t2s_cached() == _fresh()
    finally:
        _text._t2s_cached.cache_clear()
        _text._t2s_hit.cache_clear()


@pytest.mark.parametrize("setting", ["", "empty"])
def test_a_simplified_page_never_builds_the_table(
    setting: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without a cache folder, or before the table is cached, a Simplified text reads only OpenCC's character list:
    # OpenCC's converter (some 25 ms) is built for a Traditional text alone.
    monkeypatch.setenv("NEWSSEG_CACHE_DIR", "" if setting == "" else str(tmp_path / "newsseg"))

    def refuse(chars: str) -> dict[int, str]:
        raise AssertionError(chars[:8])

    caches = (_text._t2s_hit, _text._t2s_cached, _text._t2s_table, _text._traditional_chars, _text._traditional)
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(_text, "_build_t2s_table", refuse)
    try:
        assert _text.to_simplified("本报讯（记者张建华）示范区召开会议") == "本报讯（记者张建华）示范区召开会议"
        with pytest.raises(AssertionError):
            _text.to_simplified("本報訊")
    finally:
        for cached in caches:
            cached.cache_clear()

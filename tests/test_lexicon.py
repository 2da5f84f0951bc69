"""``_lexicon``: the compact dictionary answers as jieba's own Tokenizer does, and its cache is safe to lose."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsseg import _lexicon

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED_TEXT = "".join(path.read_text(encoding="utf-8") for path in SEEDS)


def test_the_block_patterns_are_jiebas() -> None:
    import jieba  # noqa: PLC0415

    every = [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000]
    for ours, theirs in (
        (_lexicon._HAN_CHAR, jieba.re_han_default),
        (_lexicon._RE_HAN, jieba.re_han_default),
        (_lexicon._ENG, jieba.re_eng),
        (_lexicon._RE_SKIP, jieba.re_skip_default),
    ):
        assert [ch for ch in every if ours.match(ch)] == [ch for ch in every if theirs.match(ch)]
    assert _lexicon._RE_SKIP.split("a\r\nb c") == jieba.re_skip_default.split("a\r\nb c")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_line_break_of_the_seeds_is_judged_as_jieba_judges_it(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    pairs = list(itertools.pairwise(lines))
    texts = [line for line in lines if line.strip()]
    pairs += itertools.pairwise(texts)  # across blank lines too, as reflow asks
    assert [_lexicon.splits_word(a, b) for a, b in pairs] == [_lexicon.jieba_splits_word(a, b) for a, b in pairs]


def test_every_position_of_a_seed_page_is_judged_as_jieba_judges_it() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    cuts = [(text[max(0, i - 5) : i], text[i : i + 5]) for i in range(len(text))]
    got = [_lexicon.splits_word(a, b) for a, b in cuts]
    assert got == [_lexicon.jieba_splits_word(a, b) for a, b in cuts]
    assert 0 < sum(got) < len(got)


# Seed characters (the words that matter), ASCII letters and digits (jieba groups them), the other block
# characters (+#&._%-), punctuation, spaces including a Windows line end, and characters just outside jieba's
# blocks (a full-width digit, a byte-order mark, an ideograph beyond the BMP, U+9FD6 just past its Han range).
_ALPHABET = st.sampled_from(
    sorted(set(SEED_TEXT) | set("abcXYZ0129+#&._%-") | {" ", "\t", "\r", "\n", "\u3000", "１", "\ufeff", "𠀀", "鿖"})
)


@given(st.text(_ALPHABET, max_size=7), st.text(_ALPHABET, max_size=7))
def test_splits_word_agrees_with_jieba_on_any_text(left: str, right: str) -> None:
    assert _lexicon.splits_word(left, right) == _lexicon.jieba_splits_word(left, right)


@given(st.text(_ALPHABET, max_size=_lexicon._MAX_WORD))
def test_the_cut_agrees_with_jieba_up_to_the_longest_word_kept(text: str) -> None:
    expected = [len(word) for word in _lexicon.tokenizer().cut(text, HMM=False)]
    assert _lexicon.lexicon().cut(text) == expected


@given(st.text(st.sampled_from(sorted(set(SEED_TEXT))), min_size=2, max_size=12).map(lambda t: (t, len(t) // 2)))
def test_splits_word_agrees_with_jieba_inside_running_text(cut: tuple[str, int]) -> None:
    text, at = cut
    assert _lexicon.splits_word(text[:at], text[at:]) == _lexicon.jieba_splits_word(text[:at], text[at:])


def test_the_tagger_patterns_are_jiebas() -> None:
    import jieba.posseg  # noqa: PLC0415

    every = [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000]
    for ours, theirs in (
        (_lexicon._TAG_BLOCK, jieba.posseg.re_han_internal),
        (_lexicon._HMM_BLOCK, jieba.posseg.re_han_detail),
    ):
        assert [ch for ch in every if ours.match(ch)] == [ch for ch in every if theirs.match(ch)]


def test_every_short_run_of_a_seed_page_is_tagged_as_jiebas_tagger_tags_it() -> None:
    text = SEEDS[1].read_text(encoding="utf-8")
    runs = sorted({text[i : i + size] for i in range(len(text)) for size in (1, 2, 3, 4, 9)})
    got = [_lexicon.opens_with_person_name(run) for run in runs]
    assert got == [_lexicon.jieba_opens_with_person_name(run) for run in runs]
    assert 0 < sum(got) < len(got)


@given(st.text(_ALPHABET, max_size=_lexicon._MAX_WORD + 2))
def test_opens_with_person_name_agrees_with_jiebas_tagger_on_any_text(text: str) -> None:
    assert _lexicon.opens_with_person_name(text) == _lexicon.jieba_opens_with_person_name(text)


def test_the_lexicon_is_one_object_across_threads() -> None:
    start = threading.Barrier(8)

    def get(_: int) -> int:
        start.wait()
        return id(_lexicon.lexicon())

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert len(set(pool.map(get, range(8)))) == 1


# --- the cache ----------------------------------------------------------------------------------------


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache" / "newsseg"
    monkeypatch.setenv("NEWSSEG_CACHE_DIR", str(folder))
    return folder


def _same(a: _lexicon.Lexicon, b: _lexicon.Lexicon) -> bool:
    return (a.groups, a.split, a.weights, a.unknown) == (b.groups, b.split, b.weights, b.unknown)


def test_the_cache_is_written_once_and_read_back(cache: Path) -> None:
    built = _lexicon.load()
    (written,) = cache.iterdir()
    assert written.name.startswith(f"lexicon-{_lexicon._FORMAT}-")
    stamp = written.stat().st_mtime_ns
    assert _same(_lexicon.load(), built)
    assert [p.name for p in cache.iterdir()] == [written.name]  # no temporary file left behind
    assert written.stat().st_mtime_ns == stamp  # read, not written again


def test_a_damaged_or_foreign_cache_is_rebuilt(cache: Path) -> None:
    built = _lexicon.load()
    (written,) = cache.iterdir()
    _, key, _ = _lexicon._key()
    for damage in (b"", b"not marshal", written.read_bytes()[:1000]):
        written.write_bytes(damage)
        assert _lexicon._read_cache(written, key) is None
        assert _same(_lexicon.load(), built)
        rewritten = _lexicon._read_cache(written, key)  # and the good one put back in its place
        assert rewritten is not None
        assert _same(rewritten, built)
    # A cache made from another dictionary (another key) is not used.
    assert _lexicon._read_cache(written, key + "0") is None
    assert _lexicon._read_cache(cache / "missing", key) is None


@pytest.fixture
def own_dict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of jieba's dict.txt that the lexicon reads instead, to be changed as an upgrade of jieba would."""
    copy = tmp_path / "jieba" / "dict.txt"
    copy.parent.mkdir()
    copy.write_bytes(_lexicon._dict_bytes())
    monkeypatch.setattr(_lexicon, "_dict_path", lambda: copy)
    return copy


def test_a_changed_dictionary_is_read_again(cache: Path, own_dict: Path) -> None:
    built = _lexicon.load()
    (written,) = cache.iterdir()
    # jieba upgraded in place: the same path, a dictionary with one more word (so another size and time)
    with own_dict.open("ab") as handle:
        handle.write("沁泉湖 300 ns\n".encode())
    changed = _lexicon.load()
    assert [p.name for p in cache.iterdir()] == [written.name]  # rewritten in place, the old one not left behind
    assert (
        3 in {end for _, end in changed.words_from("沁泉湖", 0)},
        3 in {end for _, end in built.words_from("沁泉湖", 0)},
    ) == (True, False)
    assert not _same(changed, built)
    assert _same(_lexicon.load(), changed)
    # The same bytes with another modification time (a reinstall): built again, to the same lexicon
    stat = own_dict.stat()
    os.utime(own_dict, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    _, key, _ = _lexicon._key()
    assert _lexicon._read_cache(written, key) is None
    assert _same(_lexicon.load(), changed)
    assert _lexicon._read_cache(written, key) is not None


def test_a_dictionary_that_is_no_plain_file_is_keyed_by_its_digest(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_lexicon, "_dict_path", lambda: None)  # as in a zip or a frozen app
    name, key, data = _lexicon._key()
    assert data is not None
    assert key == f"sha256:{_lexicon._digest(data)}"
    assert name == key.removeprefix("sha256:")[:16]
    built = _lexicon.load()
    (written,) = cache.iterdir()
    assert written.name == f"lexicon-{_lexicon._FORMAT}-{name}.marshal"
    assert _same(_lexicon.load(), built)


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSSEG_CACHE_DIR", str(blocker / "newsseg"))
    assert _lexicon.load().cut("各级各部门要进一步提高") == _lexicon.lexicon().cut("各级各部门要进一步提高")


def test_an_empty_cache_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSEG_CACHE_DIR", "")
    assert _lexicon.cache_dir() is None


def test_the_default_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSSEG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform != "win32":
        assert _lexicon.cache_dir() == tmp_path / "newsseg"


_COLD = """
import sys
import newsseg
newsseg.segment(open(sys.argv[1], encoding="utf-8").read())
print("jieba" in sys.modules)
"""


def test_with_a_cache_segment_never_imports_jieba(cache: Path) -> None:
    _lexicon.load()  # fills the cache
    env = {**os.environ, "NEWSSEG_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(  # noqa: S603 - our own interpreter on our own script
        [sys.executable, "-c", _COLD, str(SEEDS[0])], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.split() == ["False"], done.stderr

"""The faster line measurements (issue 13) give exactly what the plain ones gave.

The implementations before issue 13 are kept here, private, as the reference: ``display_width`` as a per-character
sum, ``column_widths`` sorting a fresh window per line, ``Row.of`` over those, ``iter_lines`` on a page's slice with
each line shifted after, and ``line_features`` computing every neighbour's features again. Each is compared with
the library's own on the seed pages, on laid-out pages at every column width and layout, and on random text; and
``segment`` with the references patched in must give the same JSON as ``segment`` as it is.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseg
from layout import LAYOUTS, WIDTHS, lay_out_page
from newsseg._features import LineFacts, line_features
from newsseg._labeller import Labeller, default_labeller
from newsseg._text import Line, iter_lines, normalize, to_simplified
from newsseg.reflow import (
    Row,
    column_widths,
    column_widths_at,
    display_width,
    ends_sentence,
    is_letter_spaced,
    line_width,
    rows_of,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Sequence

# The modules themselves: the package exports functions of the same names (newsseg.reflow is the function).
reflow_module = importlib.import_module("newsseg.reflow")
segment_module = importlib.import_module("newsseg.segment")
features_module = importlib.import_module("newsseg._features")
text_module = importlib.import_module("newsseg._text")
byline_module = importlib.import_module("newsseg.byline")
dateline_module = importlib.import_module("newsseg.dateline")

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

# --- the reference: the implementations before issue 13, copied -------------------------------------------------

_NARROW = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.%-+/")
_HANGING = frozenset("，。、；：？！,;:?!”’」』）)")
_SPREAD_GAP = re.compile(r"[^\x00-\x7f\s] +(?=[^\x00-\x7f\s])")
_CLOSE_GAP = re.compile(r"[^\x00-\x7f\s](?=[^\x00-\x7f\s])")
_SENTENCE_END = frozenset("。！？!?…")
_CLOSERS = frozenset("”’」』）)】〕》\"'")
_TRAILER = re.compile(r"(?<=[。！？!?…”’」』])\s*(?:[（(][^（()）\n]{1,16}[）)])?\s*\d{0,10}$")
_WINDOW = 6
_MIN_SUPPORT = 4
_SHORT = 3
_LONGEST_COLUMN = 70


def _ref_display_width(text: str) -> int:
    return sum(1 if ch in _NARROW else 2 for ch in text if not ch.isspace())


def _ref_line_width(text: str) -> int:
    stripped = text.rstrip()
    if stripped and stripped[-1] in _HANGING:
        stripped = stripped[:-1]
    return _ref_display_width(stripped)


def _ref_is_letter_spaced(text: str) -> bool:
    spaced = len(_SPREAD_GAP.findall(text))
    joined = len(_CLOSE_GAP.findall(text))
    return spaced >= 2 and spaced >= joined


def _ref_ends_sentence(text: str) -> bool:
    stripped = _TRAILER.sub("", text.rstrip()) or text.rstrip()
    index = len(stripped) - 1
    while index >= 0 and stripped[index] in _CLOSERS:
        index -= 1
    return index >= 0 and stripped[index] in _SENTENCE_END


def _ref_row_of(line: Line) -> Row:
    text = line.text
    return Row(line, _ref_line_width(text), _ref_is_letter_spaced(text), _ref_ends_sentence(text), text[-1] in "：:")


def _ref_rows_of(lines: Sequence[Line]) -> list[Row]:
    return [_ref_row_of(line) for line in lines]


def _ref_column_width(widths: list[int]) -> int | None:
    window = sorted(widths)
    if not window:
        return 0
    median = window[len(window) // 2]
    if median > _LONGEST_COLUMN:
        return None
    spread = max(_SHORT, median // 8)
    close = sum(1 for w in window if abs(w - median) <= spread)
    column = close >= _MIN_SUPPORT and 2 * close > len(window)
    return median if column else -window[-1]


def _ref_column_widths(rows: Sequence[Row]) -> list[int | None]:
    page = _ref_column_width([r.width for r in rows if not r.justified])
    out: list[int | None] = []
    for i in range(len(rows)):
        local = _ref_column_width([r.width for r in rows[max(0, i - _WINDOW) : i + _WINDOW + 1] if not r.justified])
        out.append(page if local is not None and local <= 0 and page is not None and page > 0 else local)
    return out


def _ref_iter_lines(normal: str, start: int, end: int) -> Iterator[Line]:
    """The lines of ``normal[start:end]`` as ``_Segmenter`` built them: from the slice, each shifted after."""
    for line in iter_lines(normal[start:end]):
        yield attrs.evolve(line, start=line.start + start, end=line.end + start)


_F_SENTENCE_INSIDE = re.compile(r"[。；;]|[！？!?]\S")
_F_CJK = re.compile(r"[\u3400-\u9fff]")
_F_DIGIT = re.compile(r"[0-9０-９]")
_F_LATIN = re.compile(r"[A-Za-z]")
_F_WS = re.compile(r"\s+")
_F_TAG = re.compile(r"^[（(【〔\[「][^（()）【】〔〕]{1,12}[）)】〕\]」]$")
_F_OPEN_END = frozenset("的了着和与及在被对向把将从为之，、,“‘《（(「『【")
_F_QA = re.compile(r"^\s*(?:问|問|Q|答|A)\s*[:：]")
_F_LENGTHS = (2, 4, 8, 12, 16, 24, 32, 48)
_F_RATIOS = (0.5, 0.8, 0.93, 1.07, 1.3)
_F_CROSSED = ("ratio:", "commas:", "final", "blank_before", "prev_final", "title_like", "rule_title:", "col:", "len:")


def _f_bucket(value: float, edges: Sequence[float]) -> int:
    for k, edge in enumerate(edges):
        if value <= edge:
            return k
    return len(edges)


def _f_own(facts: LineFacts, prefix: str, out: dict[str, float]) -> None:
    compact = _F_WS.sub("", facts.text)
    out[f"{prefix}len:{_f_bucket(len(compact), _F_LENGTHS)}"] = 1.0
    column = facts.column
    if column is None:
        out[f"{prefix}col:long"] = 1.0
    elif column <= 0:
        out[f"{prefix}col:none"] = 1.0
    else:
        out[f"{prefix}ratio:{_f_bucket(facts.width / column, _F_RATIOS)}"] = 1.0
    if facts.final:
        out[f"{prefix}final"] = 1.0
    if compact and compact[-1] in _F_OPEN_END:
        out[f"{prefix}open_end"] = 1.0
    if compact and compact[-1] in "：:":
        out[f"{prefix}colon_end"] = 1.0
    if facts.blank_before:
        out[f"{prefix}blank_before"] = 1.0


def _f_cross(feats: dict[str, float], page: str) -> None:
    names = [name for name in feats if name.startswith(_F_CROSSED)]
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            feats[f"{names[a]}&{names[b]}"] = 1.0
    for name in names:
        feats[f"{page}&{name}"] = 1.0
    feats[page] = 1.0


def _ref_line_features(
    lines: Sequence[LineFacts], only: Collection[int] | None = None, *, blank_lines: int | None = None
) -> list[dict[str, float]]:
    # The reference computes every line's features (the segmenter reads those it asked for), and counts the blank
    # lines itself from every line's facts.
    del only, blank_lines
    out: list[dict[str, float]] = []
    count = len(lines)
    blanks = sum(1 for facts in lines if facts.blank_before) / count if count else 0.0
    page_blanks = f"blanks:{_f_bucket(blanks, (0.03, 0.15, 0.5))}"
    for i, facts in enumerate(lines):
        feats: dict[str, float] = {"kind:" + facts.kind: 1.0}
        _f_own(facts, "", feats)
        text = facts.text
        compact = _F_WS.sub("", text)
        if _F_SENTENCE_INSIDE.search(compact):
            feats["sentence_inside"] = 1.0
        commas = compact.count("，") + compact.count(",")
        feats[f"commas:{min(commas, 2)}"] = 1.0
        cjk = len(_F_CJK.findall(compact))
        if compact:
            feats[f"cjk:{_f_bucket(cjk / len(compact), (0.3, 0.7, 0.95))}"] = 1.0
        if _F_DIGIT.search(compact):
            feats["digits"] = 1.0
        if _F_LATIN.search(compact):
            feats["latin"] = 1.0
        if _F_TAG.match(compact):
            feats["tag"] = 1.0
        if compact[:1] in "—―─":
            feats["dash_start"] = 1.0
        if _F_QA.match(text):
            feats["qa"] = 1.0
        if facts.indent:
            feats["indent"] = 1.0
        if facts.splits_next:
            feats["splits_next"] = 1.0
        if facts.doubled:
            feats["doubled"] = 1.0
        if facts.opens:
            feats["rule_opens"] = 1.0
        if facts.closes:
            feats[f"rule_closes:{facts.closes}"] = 1.0
        if facts.opens and facts.closes:
            feats[f"rule_title:{facts.closes}"] = 1.0
        if facts.size:
            feats[f"size:{_f_bucket(facts.size, (0.9, 1.1, 1.3, 1.7))}"] = 1.0
        if facts.title_like:
            feats["title_like"] = 1.0
        if i == 0:
            feats["page_first"] = 1.0
        else:
            prev = lines[i - 1]
            feats["prev_kind:" + prev.kind] = 1.0
            _f_own(prev, "prev_", feats)
        if i + 1 == count:
            feats["page_last"] = 1.0
        else:
            nxt = lines[i + 1]
            feats["next_kind:" + nxt.kind] = 1.0
            _f_own(nxt, "next_", feats)
            if nxt.indent > facts.indent:
                feats["next_indented"] = 1.0
        _f_cross(feats, page_blanks)
        out.append(feats)
    return out


# --- the pages ---------------------------------------------------------------------------------------------------


def _pages() -> list[tuple[str, str]]:
    pages = [(path.name, path.read_text(encoding="utf-8")) for path in SEEDS]
    for width in WIDTHS:
        for layout in LAYOUTS:
            for seed in (0, 1):
                pages.append((f"{layout}-{width}-{seed}", lay_out_page(width, layout, seed).text))  # noqa: PERF401
    return pages


PAGES = _pages()
IDS = [name for name, _ in PAGES]


def _matching_copy(text: str) -> str:
    return to_simplified(normalize(text.removeprefix("\ufeff")))


@pytest.mark.parametrize("text", [text for _, text in PAGES], ids=IDS)
def test_lines_and_measurements(text: str) -> None:
    normal = _matching_copy(text)
    half = normal.find("\n", len(normal) // 2) + 1  # a page that starts inside the text, as form feeds make
    for start, end in ((0, len(normal)), (half, len(normal)), (0, half)):
        lines = list(iter_lines(normal[start:end], offset=start))
        assert lines == list(_ref_iter_lines(normal, start, end))
    lines = list(iter_lines(normal))
    for line in lines:
        assert display_width(line.text) == _ref_display_width(line.text)
    rows = rows_of(lines)
    assert rows == _ref_rows_of(lines)
    assert [Row.of(line) for line in lines] == rows
    assert column_widths(rows) == _ref_column_widths(rows)
    # Body runs as _body_widths cuts them: every sixth row left out, and short runs.
    body = [row for k, row in enumerate(rows) if k % 6]
    assert column_widths(body) == _ref_column_widths(body)
    for cut in (0, 1, 2, 5, 13, 14):
        assert column_widths(rows[:cut]) == _ref_column_widths(rows[:cut])
    # Measured at a few rows alone, as _body_widths does where a run shows no width of its own.
    for some in (rows, body):
        expected = _ref_column_widths(some)
        picked = list(range(0, len(some), 5))
        assert column_widths_at(some, picked) == {i: expected[i] for i in picked}


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    fast = newsseg.segment(text).to_json()
    with monkeypatch.context() as patch:
        patch.setattr(reflow_module, "column_widths", _ref_column_widths)
        patch.setattr(reflow_module, "rows_of", _ref_rows_of)
        patch.setattr(reflow_module.Row, "of", classmethod(lambda _cls, line: _ref_row_of(line)))
        for name, ref in (
            ("display_width", _ref_display_width),
            ("line_width", _ref_line_width),
            ("is_letter_spaced", _ref_is_letter_spaced),
            ("ends_sentence", _ref_ends_sentence),
        ):
            patch.setattr(reflow_module, name, ref)
        patch.setattr(segment_module, "column_widths", _ref_column_widths)
        patch.setattr(segment_module, "rows_of", _ref_rows_of)
        patch.setattr(segment_module, "line_features", _ref_line_features)
        slow = newsseg.segment(text).to_json()
    return fast, slow


@pytest.mark.parametrize("text", [text for _, text in PAGES], ids=IDS)
def test_segment_same_json(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = _both(text, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize("text", [text for name, text in PAGES if name.endswith(".txt") or name.startswith("after-1")])
def test_line_features_same(text: str) -> None:
    seg = segment_module._Segmenter(text, _matching_copy(text), None)
    seg.classify()
    seg.widths = seg._body_widths()
    facts = seg.facts()
    fast, slow = line_features(facts), _ref_line_features(facts)
    assert fast == slow
    assert [list(f) for f in fast] == [list(f) for f in slow]  # in the same order: weights are summed in it
    # A few lines asked about, their facts read lazily as the segmenter does: the same features, in the same order.
    only = set(range(0, len(facts), 7))
    lazy = segment_module._LazyFacts(facts.__getitem__, len(facts))
    part = line_features(lazy, only=only, blank_lines=sum(1 for f in facts if f.blank_before))
    assert [list(part[i].items()) for i in sorted(only)] == [list(slow[i].items()) for i in sorted(only)]
    assert not any(part[i] for i in range(len(facts)) if i not in only)


# --- random text -------------------------------------------------------------------------------------------------

_CHARS = st.sampled_from(
    list("本报讯记者郭树勋。，、；：？！…”’」』）)】〕》\"'（(编辑完123456789０abcXYZ.%-+/ \t\u3000\u00a0\u2028\x85")
)
_TEXT = st.one_of(st.text(_CHARS, max_size=40), st.text(max_size=40))


@given(_TEXT)
def test_widths_of_random_text(text: str) -> None:
    assert display_width(text) == _ref_display_width(text)
    assert line_width(text) == _ref_line_width(text)
    assert is_letter_spaced(text) == _ref_is_letter_spaced(text)
    assert ends_sentence(text) == _ref_ends_sentence(text)


def test_display_width_of_every_character() -> None:
    # Every code point, so "space" and "digit" mean for the regexes exactly what str.isspace and \d meant.
    chars = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for k in range(0, len(chars), 4096):
        chunk = chars[k : k + 4096]
        assert display_width(chunk) == _ref_display_width(chunk)
        for ch in chunk:
            assert ends_sentence(f"好。{ch}") == _ref_ends_sentence(f"好。{ch}")


_WIDTH_ROW = st.tuples(st.integers(0, 90), st.booleans())


@given(st.lists(_WIDTH_ROW, max_size=60))
def test_column_widths_of_random_rows(specs: list[tuple[int, bool]]) -> None:
    line = Line(0, 1, "甲", 0, 0)
    rows = [Row(line, width, justified, False, False) for width, justified in specs]  # noqa: FBT003
    assert column_widths(rows) == _ref_column_widths(rows)
    assert column_widths_at(rows, range(len(rows))) == dict(enumerate(_ref_column_widths(rows)))


@given(
    st.lists(st.sampled_from(["甲乙丙。", "", " ", "\n", "\n\n", "  丁 ", "\r\n", "戊己"]), max_size=20),
    st.integers(0, 9),
)
def test_iter_lines_offset(parts: list[str], offset: int) -> None:
    normal = "".join(parts)
    start = min(offset, len(normal))
    assert list(iter_lines(normal[start:], offset=start)) == list(_ref_iter_lines(normal, start, len(normal)))


@given(st.one_of(st.floats(), st.integers(-5, 60)))
def test_buckets(value: float) -> None:
    for edges in ((2, 4, 8, 12, 16, 24, 32, 48), (0.5, 0.8, 0.93, 1.07, 1.3), (0.03, 0.15, 0.5)):
        assert features_module._bucket(value, edges) == _f_bucket(value, edges)


# --- the matching copy: a text with nothing to change is returned as it is -----------------------------------


def test_normalize_skips_only_unchanged_characters() -> None:
    # Every code point the pre-check lets through unchanged is one the table leaves as it is.
    for code in range(0x110000):
        ch = chr(code)
        if not text_module._MAY_CHANGE.search(ch):
            assert text_module._normal_char(ch) == ch, hex(code)


def test_to_simplified_skips_only_simplified_text() -> None:
    table = text_module._t2s_table()
    for code in table:
        assert text_module._traditional().search(chr(code)), hex(code)
    # And the shortcut returns what translate returns, for every code point, in chunks.
    fresh = text_module._Table()  # not the module's own, which would keep every code point after this test
    chars = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for k in range(0, len(chars), 4096):
        chunk = chars[k : k + 4096]
        assert to_simplified(chunk) == chunk.translate(table)
        assert normalize(chunk) == chunk.translate(fresh)


def _listed_alike() -> list[str]:
    """Characters ``to_simplified``'s test finds that the table leaves as they are (覆, as both scripts write it)."""
    table = text_module._t2s_table()
    return sorted(ch for ch in text_module._traditional_chars() if ord(ch) not in table)


def test_to_simplified_leaves_characters_written_alike() -> None:
    alike = _listed_alike()
    assert "覆" in alike
    table = text_module._t2s_table()
    changed = chr(next(iter(table)))
    for ch in alike:
        text = f"本报讯{ch}新城区召开会议。"
        assert to_simplified(text) == text.translate(table) == text
    # However many come before it, a character that changes is translated, and so is every one after it.
    for before in range(text_module._SAME_LOOKED + 3):
        text = "".join(alike[:before]) + changed + "会议" + changed
        assert to_simplified(text) == text.translate(table) != text


@given(st.text(alphabet=st.sampled_from([*_listed_alike()[:40], *"本報讯記者會議。\n 𫐏"]), max_size=40))
def test_to_simplified_of_random_mixtures(text: str) -> None:
    assert to_simplified(text) == text.translate(text_module._t2s_table())


@given(_TEXT)
def test_matching_copy_of_random_text(text: str) -> None:
    assert to_simplified(text) == text.translate(text_module._t2s_table())
    expected = text.translate(text_module._Table())
    if "\r\n" in text:
        chars = list(expected)
        for k in range(len(text) - 1):
            if text[k : k + 2] == "\r\n":
                chars[k] = " "
        expected = "".join(chars)
    assert normalize(text) == expected


# --- page furniture: the five forms in one pattern ------------------------------------------------------------


def _ref_furniture(copy: str) -> str | None:
    """``match_furniture`` before issue 13: each form's pattern tried in turn."""
    copy = copy.strip()
    if not copy or len(copy) > byline_module.LINE_MAX:
        return None
    patterns = byline_module.P
    forms = (
        ("jump", patterns.JUMP),
        ("page_number", patterns.PAGE_NUMBER),
        ("running_head", patterns.DATE_HEAD),
        ("running_head", patterns.PAPER_HEAD),
        ("running_head", patterns.SECTION_HEAD),
    )
    for kind, pattern in forms:
        if pattern.fullmatch(copy):
            return kind
    compact = "".join(copy.split())
    if compact in patterns.SECTION_WORDS or patterns.SECTION_SHAPE.fullmatch(compact):
        return "section"
    return None


_FURNITURE_CHARS = st.sampled_from(
    list("下上转接续至第三一版页面A3B12 0年月日星期二周农历人民日报晚电讯（）()《》[]【】：:-－—/要闻综合新")
)
_FURNITURE_EXAMPLES = (
    "下转第三版",
    "（上接第一版）",
    "(转A2版)",
    "A3",
    "第 82 页",
    "- 5 -",
    "3/8",
    "2019年10月15日 星期二",
    "2026年05月01日 第01版",
    "人民日报",
    "《 学习时报 》（ 2026年05月01日  第 01 版 ）",
    "版面：要闻",
    "第01版：国内大局",
    "[01版：国内大局]",
    "要闻",
    "综合新闻",
    "示范区召开政府廉政工作会议",
)


@given(st.one_of(st.sampled_from(_FURNITURE_EXAMPLES), st.text(_FURNITURE_CHARS, max_size=30)))
def test_furniture_forms_as_one_pattern(text: str) -> None:
    assert byline_module.match_furniture(text, normal=True) == _ref_furniture(text)


# --- datelines: white space and quotations found by the regex engine -------------------------------------------


def _ref_compact(copy: str, start: int) -> tuple[str, list[int]]:
    kept: list[str] = []
    index: list[int] = []
    for offset in range(start, len(copy)):
        ch = copy[offset]
        if not ch.isspace():
            kept.append(ch)
            index.append(offset)
    return "".join(kept), index


def _ref_mask_quotes(text: str) -> str:
    pairs = dateline_module.P.QUOTE_PAIRS
    chars = list(text)
    index = 0
    length = len(text)
    while index < length:
        close = pairs.get(text[index])
        if close is None:
            index += 1
            continue
        end = text.find(close, index + 1)
        if end < 0:
            if close == text[index]:
                index += 1
                continue
            stop = dateline_module.P.SENTENCE_END.search(text, index + 1)
            end = (stop.start() if stop else length) - 1
        for k in range(index, end + 1):
            chars[k] = dateline_module._MASK
        index = end + 1
    return "".join(chars)


_QUOTED = st.text(st.sampled_from(list('“”「」『』‘’《》"＂甲乙8月。！？ \t\u3000')), max_size=40)


@given(st.one_of(_QUOTED, _TEXT), st.integers(0, 5))
def test_dateline_compact_and_masks(text: str, start: int) -> None:
    assert dateline_module._compact(text, start) == _ref_compact(text, start)
    assert dateline_module._mask_quotes(text) == _ref_mask_quotes(text)


def test_dateline_compact_of_every_space() -> None:
    chars = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert dateline_module._compact(chars, 0) == _ref_compact(chars, 0)


# --- reflow: the tests on one character made before a regex ------------------------------------------------------


def test_first_character_tests_of_every_character() -> None:
    # Each cheap test passes every character its regex could match on.
    for code in range(0x110000):
        ch = chr(code)
        assert (ch in reflow_module._ASCII_WORD_CHARS) == bool(reflow_module._ASCII_WORD.match(ch)), hex(code)
        if reflow_module._QA_START.match(ch + ":"):
            assert ch in reflow_module._QA_FIRST, hex(code)
        if reflow_module._SIGN_OFF.match(ch + "编辑：某）") or reflow_module._SIGN_OFF.match(ch + "12345"):
            assert ch in reflow_module._SIGN_OFF_FIRST or ch.isdecimal(), hex(code)


_REFLOW_CHARS = st.sampled_from(list("问答問QA:：（()）编辑某12345６ \t甲。"))


@given(st.one_of(st.text(_REFLOW_CHARS, max_size=24), _TEXT))
def test_first_character_tests_of_random_lines(text: str) -> None:
    opening = text[:1]
    if reflow_module._QA_START.match(text):
        assert opening in reflow_module._QA_FIRST
    if reflow_module._SIGN_OFF.match(text):
        assert opening in reflow_module._SIGN_OFF_FIRST or opening.isdecimal()
    if reflow_module._TRAILER_END.search(text):
        assert "）" in text or ")" in text


@given(st.text(st.sampled_from(list("本报讯记者郭树勋示范区召开会议 ，。a1㐀鿿丶\u33ff\ua000")), max_size=30), _TEXT)
def test_overlap_of_han_pairs(words: str, text: str) -> None:
    pairs = {
        words[k : k + 2]
        for k in range(len(words) - 1)
        if segment_module._CJK.match(words[k]) and segment_module._CJK.match(words[k + 1])
    }
    expected = sum(1 for p in pairs if p in words + text) / len(pairs) if pairs else 0.0
    assert segment_module._overlap(words, words + text) == expected


# --- the labeller: scores summed label by label ----------------------------------------------------------------


def _ref_scores(labeller: Labeller, features: dict[str, float]) -> list[float]:
    out = [labeller.bias[label] for label in labeller.labels]
    for name, value in features.items():
        row = labeller._table.get(name)
        if row is not None:
            for k, w in enumerate(row):
                out[k] += w * value
    return out


_NAMES = [*sorted(default_labeller()._table), "no such feature"]


@given(st.dictionaries(st.sampled_from(_NAMES), st.one_of(st.just(1.0), st.floats(-3, 3)), max_size=40))
def test_labeller_scores_same_floats(features: dict[str, float]) -> None:
    labeller = default_labeller()
    assert labeller.scores(features) == _ref_scores(labeller, features)

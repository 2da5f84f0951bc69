"""Hypothesis strategies: hostile text, and real seed pages mangled as extractors and archives mangle them."""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from layout import LAYOUTS, SEEDS, WIDTHS, lay_out_page

#: Pieces with meaning to a segmenter: markers it keys on, in both scripts and both punctuation widths.
MARKERS = (
    "本报讯",
    "本報訊",
    "记者",
    "記者",
    "本报记者",
    "通讯员",
    "摄",
    "攝",
    "（记 者",
    "本报讯（记者",
    "新华社北京8月7日电",
    "（中央社記者王小明台北7日電）",
    "【記者王小明／台北報導】",
    "编辑:",
    "版式：",
    "校对:",
    "——",
    "问:",
    "答：",
    "上图",
    "⬅",
    "➡",
    "图为",
    "8月7日上午",
    "7 月\n12日",
    "近日",
    "八月七日",
    "２０２０年",
    "GDP 增长",
    "5G 基站",
)
BRACKETS = "（）()【】《》“”‘’「」『』[]"
#: Characters PDF tools and archives leave in text: white space of all kinds, controls, BOM, zero-width,
# Kangxi radicals.
ODD = "\n\n\n\r\r\n\f\t \u3000\ufeff\x00\x01\x1b\x7f\x85"
ODD += "\u200b\u200c\u200d\u2060\u00a0\u00ad\u2028\u2029⼗⼤⾼⼈⼝"
PUNCT = "，。、；：？！…—,.;:?!-·%"


def _alphabet() -> st.SearchStrategy[str]:
    return st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK unified ideographs
        st.sampled_from("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"),
        st.sampled_from(PUNCT + BRACKETS),
        st.sampled_from("0123456789０１２３ABCxyz"),
        st.sampled_from(ODD),
        st.characters(),  # anything at all, surrogates excluded by hypothesis
    )


#: Random text: characters of every class above, and whole markers, in any order.
random_text: st.SearchStrategy[str] = st.lists(
    st.one_of(_alphabet(), _alphabet(), st.sampled_from(MARKERS)), max_size=400
).map("".join)


@functools.cache
def seed_pages() -> tuple[str, ...]:
    """The five real seed pages as read (BOM, CRLF and all)."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


@functools.cache
def laid_pages() -> tuple[str, ...]:
    """A few pages laid out from known articles, one per layout."""
    return tuple(lay_out_page(w, name, 0).text for w, name in zip((9, 14, 20, 26, 30), LAYOUTS, strict=True))


def _lines_swapped(text: str, i: int, j: int) -> str:
    lines = text.split("\n")
    if len(lines) > 1:
        i, j = i % len(lines), j % len(lines)
        lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@st.composite
def mangled_pages(draw: st.DrawFn) -> str:
    """A real page (a seed, or a laid-out one), cut to a window, then edited a few times at random places."""
    source = draw(st.sampled_from(seed_pages() + laid_pages()))
    size = draw(st.integers(min_value=50, max_value=len(source)))
    start = draw(st.integers(min_value=0, max_value=len(source) - size))
    text = source[start : start + size]
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        pos = draw(st.integers(min_value=0, max_value=len(text)))
        op = draw(st.sampled_from(("delete", "insert", "marker", "bracket", "blank", "swap", "odd", "width")))
        if op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(min_value=1, max_value=40)) :]
        elif op == "insert":
            text = text[:pos] + draw(_alphabet()) + text[pos:]
        elif op == "marker":
            text = text[:pos] + draw(st.sampled_from(MARKERS)) + text[pos:]
        elif op == "bracket":
            text = text[:pos] + draw(st.sampled_from(BRACKETS)) + text[pos:]
        elif op == "blank":
            text = text[:pos] + "\n" * draw(st.integers(min_value=1, max_value=3)) + text[pos:]
        elif op == "swap":
            text = _lines_swapped(text, pos, draw(st.integers(min_value=0, max_value=10_000)))
        elif op == "odd":
            text = text[:pos] + draw(st.sampled_from(ODD)) + text[pos:]
        else:  # a line broken at another width, as another extractor would have done it
            width = draw(st.sampled_from(WIDTHS))
            text = (
                text[:pos]
                + "\n".join(text[pos + i : pos + i + width] for i in range(0, 200, width))
                + text[pos + 200 :]
            )
    return text

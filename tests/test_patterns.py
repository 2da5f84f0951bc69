"""The pattern pieces spelled to compile fast match every text exactly as their plain spellings did.

Each ``[{HAN}]`` costs ``re`` some 0.7 ms to compile, so ``_patterns`` says "a Han character" as few times as it can
(issue 13). The plain spellings below are the ones the pieces had before; a rewrite must find the same match, with
the same groups, at every position, which a backtracking engine does when it tries the same paths in the same order.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsseg import _patterns as P  # noqa: N812 - as byline.py names it

H = P.HAN
#: The plain spelling of each rewritten piece, by its name in ``_patterns``.
PLAIN = {
    "AGENCY_SHAPE": rf"[{H}](?:\s*[{H}]){{0,7}}?\s*[社台网]",
    "NAME": rf"(?:[{H}]{{1,6}}[·・•][{H}]{{1,8}}|[{H}](?:\s{{0,3}}[{H}]){{1,3}})",
    "PLACE": rf"(?![记記]\s*者)[{H}](?:\s*[{H}]){{0,9}}?(?:\s*[/／、]\s*[{H}](?:\s*[{H}]){{0,9}}?)?",
    "LOOSE_NAME": rf"(?:(?!报\s*[道导])[{H}])(?:[ \t\u3000]{{0,2}}(?!报\s*[道导])[{H}]){{1,3}}",
}
_PLAIN_NAME = PLAIN["NAME"]
PLAIN["NAMES"] = rf"(?:{_PLAIN_NAME}(?:\s*[、，,和]\s*{_PLAIN_NAME}|\s+{_PLAIN_NAME}){{0,5}})"
_POSTED = rf"(?:本\s*报\s*)?驻\s*[{H}](?:\s*[{H}]){{0,7}}?\s*记\s*者"
PLAIN["ROLE"] = P.ROLE.replace(rf"(?:本\s*报\s*)?驻(?:\s*[{H}]){{1,8}}?\s*记\s*者", _POSTED, 1)
_PLAIN_LOOSE = PLAIN["LOOSE_NAME"]
PLAIN["LOOSE_CREDITS"] = (
    rf"(?:[\s、，,]*{PLAIN['ROLE']}\s*[:：]?\s*{_PLAIN_LOOSE}(?:\s*[、，,]\s*{_PLAIN_LOOSE}|\s+{_PLAIN_LOOSE})*"
    rf"(?:(?![{H}])|(?=报\s*[道导])))+"
)
#: Pieces written inline in ``BYLINE_HEAD``, and their plain spellings: the body of a 中央社 head, and the
#: Taiwanese form with an outlet before a slash, whose lookahead for a role word was dropped (the role word is
#: matched right after it, so the lookahead only cut short paths that were going to fail there).
INLINE = {
    "cna_body": (
        rf"(?P<cna_body>(?![\s、，,])(?:\s*[{H}、，,]){{1,25}}?)\s*\d",
        rf"(?P<cna_body>[{H}](?:\s*[{H}、，,]){{0,24}}?)\s*\d",
    ),
    "slash": (
        (
            rf"(?:(?P<outlet>(?!\s)(?:\s*[{H}]){{2,8}})\s*[／/]\s*)?(?P<inner>{P.ROLE}[^／/\n]{{1,40}}?)\s*[／/]\s*"
            rf"(?P<place>(?!\s)(?:\s*[{H}]){{1,10}}?)??\s*报\s*导"
        ),
        (
            rf"(?:(?P<outlet>[{H}](?:\s*[{H}]){{1,7}})\s*[／/]\s*(?={PLAIN['ROLE']}))?"
            rf"(?P<inner>{PLAIN['ROLE']}[^／/\n]{{1,40}}?)\s*[／/]\s*(?P<place>[{H}](?:\s*[{H}]){{0,9}}?)??\s*报\s*导"
        ),
    ),
}

#: Text made of what these pieces look at: Han characters (the role words' among them), runs of each kind of white
#: space they treat apart, separators, and a digit and a letter, which end a run.
_TEXT = st.lists(
    st.one_of(
        st.sampled_from("张三李四王本报驻记者道导社台网"),
        st.sampled_from(["记者", "本报驻", "报道", "摄影"]),
        st.text(st.sampled_from("张三李四王"), min_size=5, max_size=12),  # past the pieces' longest runs
        st.text(st.sampled_from(" \t\u3000\n"), min_size=1, max_size=4),
        st.sampled_from("、，,和/／·・1a"),
    ),
    max_size=16,
).map("".join)


def _same(fast: str, plain: str, text: str) -> None:
    # Alone, and before a digit: a lazy run then has to stretch to the digit, so its upper bound is tried too.
    for fast_pattern, plain_pattern in ((fast, plain), (f"(?:{fast})1", f"(?:{plain})1")):
        compiled, reference = re.compile(fast_pattern), re.compile(plain_pattern)
        for at in range(len(text) + 1):
            got, want = compiled.match(text, at), reference.match(text, at)
            assert (got and got.regs) == (want and want.regs), (text, at)
        got, want = compiled.fullmatch(text), reference.fullmatch(text)
        assert (got and got.regs) == (want and want.regs), text


def test_every_rewritten_piece_is_checked() -> None:
    assert all(getattr(P, name) != plain for name, plain in PLAIN.items())
    assert all(fast != plain for fast, plain in INLINE.values())


@pytest.mark.parametrize("name", sorted(PLAIN))
@settings(max_examples=400)  # cheap, and a bound is found only on a long enough run
@given(text=_TEXT)
def test_piece_matches_as_its_plain_spelling(name: str, text: str) -> None:
    _same(getattr(P, name), PLAIN[name], text)


@pytest.mark.parametrize("name", sorted(INLINE))
@settings(max_examples=400)  # cheap, and a bound is found only on a long enough run
@given(text=_TEXT)
def test_inline_piece_matches_as_its_plain_spelling(name: str, text: str) -> None:
    fast, plain = INLINE[name]
    _same(fast, plain, text)


#: Runs of every length up to past the pieces' bounds, letter-spaced or not, before what may end them.
EDGES = [
    gap.join(head * n) + tail
    for n in range(1, 15)
    for head in ("张", "报")
    for gap in ("", " ", "\u3000\n")
    for tail in ("", "1", "社", "、王五", " 记者", "/" + "李" * n + "1", "/ " + " 李" * n + "1")
]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_piece_matches_as_its_plain_spelling_on_long_runs(name: str) -> None:
    for text in EDGES:
        _same(getattr(P, name), PLAIN[name], text)


@pytest.mark.parametrize("name", sorted(INLINE))
def test_inline_piece_matches_as_its_plain_spelling_on_long_runs(name: str) -> None:
    fast, plain = INLINE[name]
    for text in EDGES:
        _same(fast, plain, text)


def test_section_shape_holds_at_most_six_characters() -> None:
    # match_furniture tries SECTION_SHAPE only on lines of at most _SECTION_LONGEST characters.
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]  # noqa: PLC0415 - Python 3.11 on
    except ImportError:  # Python 3.10
        import sre_parse  # type: ignore[no-redef]  # noqa: PLC0415

    from newsseg import byline  # noqa: PLC0415

    pattern = P.SECTION_SHAPE.pattern
    assert sre_parse.parse(pattern).getwidth()[1] == byline._SECTION_LONGEST

"""Bytes in the encodings Chinese pages come in are read right, and bytes that read as no Chinese are refused."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from opencc import OpenCC

import newsseg
from newsseg._text import READS_AS_CHINESE, chinese_share, decode

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_e620f357bb1e5750.txt").read_text(encoding="utf-8-sig")
# A Traditional copy of a seed page, as a Big5 paper would print it (the few characters Big5 lacks as "?").
TRADITIONAL = OpenCC("s2t").convert(SEED).encode("big5", errors="replace").decode("big5")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (SEED, "utf-8"),
        (SEED, "gb18030"),
        (TRADITIONAL, "big5"),
        (TRADITIONAL, "gb18030"),
        (SEED, "utf-16"),  # Python writes the byte-order mark
        (TRADITIONAL, "utf-16-be"),
    ],
)
def test_each_encoding_is_detected(text: str, encoding: str) -> None:
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    assert decode(raw) == text


def test_big5_page_segments_as_its_text() -> None:
    """Before: Big5 bytes were decoded as GB18030 and gave one article of mojibake."""
    page = newsseg.segment(TRADITIONAL.encode("big5"))
    assert page.source == TRADITIONAL
    assert page.to_dict() == newsseg.segment(TRADITIONAL).to_dict()


def test_utf16_with_a_byte_order_mark_is_read() -> None:
    """Before: refused as undecodable."""
    assert newsseg.segment(SEED.encode("utf-16")).source == SEED


def test_big5_read_as_gb18030_does_not_read_as_chinese() -> None:
    wrong = TRADITIONAL.encode("big5").decode("gb18030")
    assert chinese_share(wrong) < READS_AS_CHINESE <= chinese_share(TRADITIONAL)


def test_bytes_that_read_as_no_chinese_are_refused_not_returned() -> None:
    noise = random.Random(12).randbytes(4000)  # noqa: S311 - noise, not a secret
    with pytest.raises(ValueError, match=r"does not read as Chinese|decode as none"):
        decode(noise)
    with pytest.raises(ValueError, match="does not read as Chinese"):
        decode("ロシアの首都モスクワで開かれた会議について報じた".encode("shift_jis"))


def test_a_given_encoding_overrides_detection() -> None:
    raw = TRADITIONAL.encode("big5")
    assert decode(raw, encoding="big5") == TRADITIONAL
    with pytest.raises(ValueError, match="not utf-8"):
        decode(raw, encoding="utf-8")
    with pytest.raises(ValueError, match="unknown encoding 'klingon'"):
        decode(raw, encoding="klingon")


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_short_snippets_are_detected_too(encoding: str) -> None:
    """A caption or a title alone is short: 20 characters from each part of a page still decode right."""
    text = TRADITIONAL if encoding == "big5" else SEED
    for start in range(0, len(text) - 20, 97):
        snippet = text[start : start + 20]
        assert decode(snippet.encode(encoding)) == snippet


@given(st.binary(max_size=300))
def test_any_bytes_give_text_or_a_value_error(raw: bytes) -> None:
    try:
        text: str | None = decode(raw)
        refusal = ""
    except ValueError as exc:
        text, refusal = None, str(exc)
    assert isinstance(text, str) or refusal.endswith("give the encoding")

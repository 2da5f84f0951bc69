"""Input handling shared by every stage: checking and decoding the input, a normalised copy for matching, lines.

The normalised copy has exactly the length of the input, one character for one character, so an offset found on
it is an offset into the input: spans never need remapping, and output text is always sliced from the input as
printed.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator

#: Encodings tried, in order, for ``bytes`` input. GB18030 is a superset of GBK and GB2312, the encodings of most
#: Chinese text that is not UTF-8.
ENCODINGS = ("utf-8-sig", "gb18030")

_SPACE_LIKE = {
    "\ufeff",  # BOM, also a zero-width no-break space
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\u00a0",  # no-break space
    "\u3000",  # ideographic (full-width) space
    "\u00ad",  # soft hyphen, left by some PDF tools at line ends
}


def coerce_text(text: object, *, what: str = "text") -> str:
    """Return ``text`` as ``str``: ``str`` as is, ``bytes`` decoded; anything else is a ``TypeError``.

    >>> coerce_text("本报讯".encode("gb18030"))
    '本报讯'
    >>> coerce_text(3)
    Traceback (most recent call last):
    ...
    TypeError: text must be str or bytes, not int
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        for encoding in ENCODINGS:
            decoded = _decode(raw, encoding)
            if decoded is not None:
                return decoded
        msg = f"{what}: {len(raw)} bytes that decode as none of {', '.join(ENCODINGS)}; decode them yourself"
        raise ValueError(msg)
    msg = f"{what} must be str or bytes, not {type(text).__name__}"
    raise TypeError(msg)


def _decode(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _normal_char(ch: str) -> str:
    """The character matching sees in place of ``ch`` (always one character)."""
    if ch in _SPACE_LIKE:
        return " "
    code = ord(ch)
    if ch in "\r\f\v\x1c\x1d\x1e\x85\u2028\u2029":
        return "\n"
    if code < 0x20 and ch not in "\n\t":
        return " "  # NUL and other control characters
    if 0x7F <= code < 0xA0:
        return " "
    if 0xFF01 <= code <= 0xFF5E and (ch.isalnum()):
        return chr(code - 0xFEE0)  # full-width digits and Latin letters, as in ２０２０年
    if 0x2E80 <= code <= 0x2FDF:
        # Kangxi radicals and CJK radical supplements, which PDF fonts emit for ordinary characters (⼗ for 十).
        folded = unicodedata.normalize("NFKC", ch)
        return folded if len(folded) == 1 else ch
    return ch


class _Table(dict[int, str]):
    """A ``str.translate`` table that fills itself: each code point is worked out once."""

    def __missing__(self, code: int) -> str:
        value = _normal_char(chr(code))
        self[code] = value
        return value


_TABLE = _Table()


def normalize(text: str) -> str:
    r"""A copy of ``text`` for matching, of the same length: one character in place of each character.

    CR, form feeds and other line separators become ``\n`` (a CR before ``\n`` becomes a space); BOM, zero-width
    and full-width spaces and control characters become spaces; Kangxi radicals become the ordinary characters;
    full-width digits and letters become ASCII.

    >>> normalize("⼗⼤\r\n２０２０年\u200b")
    '十大 \n2020年 '
    """
    out = text.translate(_TABLE)
    if "\r\n" in text:
        # A CR that ends a line before a LF is not a line of its own.
        chars = list(out)
        start = 0
        while (index := text.find("\r\n", start)) >= 0:
            chars[index] = " "
            start = index + 2
        out = "".join(chars)
    return out


# --- Traditional Chinese -------------------------------------------------------------------------------------


_t2s_lock = threading.Lock()


@functools.cache
def _t2s_table() -> dict[int, str]:
    """Traditional -> Simplified, one character for one character, from OpenCC's own character table."""
    with _t2s_lock:
        from opencc import OpenCC  # noqa: PLC0415 - loaded only for Traditional pages

        converter = OpenCC("t2s")
    table: dict[int, str] = {}
    for chars in _traditional_chars():
        simple = converter.convert(chars)
        if len(simple) == 1 and simple != chars:
            table[ord(chars)] = simple
    return table


@functools.cache
def _traditional_chars() -> frozenset[str]:
    """Every character OpenCC's t2s character table changes."""
    from importlib import resources  # noqa: PLC0415

    path = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    chars: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, _ = line.partition("\t")
        if len(key) == 1:
            chars.add(key)
    return frozenset(chars)


def to_simplified(text: str) -> str:
    """``text`` with Traditional characters mapped to Simplified, same length; unchanged when there are none.

    >>> to_simplified("本報訊（記者王小明）")
    '本报讯（记者王小明）'
    """
    return text.translate(_t2s_table())  # in C: cheaper than looking for a Traditional character first


# --- lines --------------------------------------------------------------------------------------------------


@attrs.frozen
class Line:
    """One physical line of the input: ``[start, end)`` with outer whitespace trimmed, and its normalised text."""

    start: int
    end: int
    text: str  # normalised, outer whitespace trimmed
    blank_before: int  # how many blank lines separate it from the previous non-blank line
    indent: int  # leading white space in the input line (an extractor's text-box start or a kept indent)


def iter_lines(normal: str) -> Iterator[Line]:
    r"""The non-blank lines of a normalised text, with their offsets and the blank lines before each.

    >>> [(ln.text, ln.blank_before) for ln in iter_lines(normalize("甲\n\n 乙 \r\n丙"))]
    [('甲', 0), ('乙', 1), ('丙', 0)]
    """
    pos = 0
    blanks = 0
    length = len(normal)
    while pos <= length:
        nl = normal.find("\n", pos)
        if nl < 0:
            nl = length
        raw = normal[pos:nl]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            yield Line(start, start + len(stripped), stripped, blanks, lead)
            blanks = 0
        else:
            blanks += 1
        pos = nl + 1

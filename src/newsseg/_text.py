"""Input handling shared by every stage: checking and decoding the input, a normalised copy for matching, lines.

The normalised copy has exactly the length of the input, one character for one character, so an offset found on
it is an offset into the input: spans never need remapping, and output text is always sliced from the input as
printed.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import marshal
import os
import re
import threading
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator

#: The encodings the batch tools name when bytes do not decode (kept for their messages; detection tries more).
ENCODINGS = ("utf-8-sig", "gb18030")

#: Encodings tried, in order, for ``bytes`` without a byte-order mark: UTF-8 first (it almost never decodes text
#: in another encoding), then the two legacy Chinese ones, GB18030 (a superset of GBK and GB2312) and Big5.
#: Measured against charset-normalizer 3.5 on 480 snippets of the seed and corpus pages, in GB18030 and (through
#: OpenCC s2t) Big5: this detection read all of them right, charset-normalizer 91% of the 20-character snippets and
#: 99% of the 60- and 200-character ones, at 2-5 times the time; so no dependency is added for it.
CANDIDATES = ("utf-8", "gb18030", "big5")

#: Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

#: Below this share of common characters among its non-ASCII characters, a decoded text is not taken for Chinese.
#: The five seed pages, the six corpus pages and Traditional copies of the seeds score 0.99-1.0 in their own encoding
#: (GB18030 or Big5); their Big5 bytes read as GB18030 score 0.17-0.35 (GB18030 bytes do not decode as Big5 at all).
READS_AS_CHINESE = 0.7

#: Punctuation and symbols of Chinese text that a wrong decoding rarely produces.
_COMMON_MARKS = frozenset("，。、：；！？“”‘’（）《》【】「」『』—…·．％\u3000\ufeff")

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


def coerce_text(text: object, *, what: str = "text", encoding: str | None = None) -> str:
    """Return ``text`` as ``str``: ``str`` as is, ``bytes`` decoded; anything else is a ``TypeError``.

    Bytes are decoded with ``encoding`` if given, else as :func:`decode` detects.

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
        return decode(bytes(text), encoding=encoding, what=what)
    if isinstance(text, os.PathLike):
        msg = (
            f"{what} must be the page text, not a path ({os.fspath(text)!r}): read the file first, "
            "e.g. path.read_bytes() to have its encoding detected, or path.read_text(encoding=...)"
        )
        raise TypeError(msg)
    msg = f"{what} must be str or bytes, not {type(text).__name__}"
    raise TypeError(msg)


def decode(raw: bytes, *, encoding: str | None = None, what: str = "text") -> str:
    r"""``raw`` decoded: with ``encoding`` if given, else by its byte-order mark, else as it reads as Chinese.

    Without a byte-order mark each of :data:`CANDIDATES` is tried; of those that decode, the one whose text has
    the largest share of common Chinese characters wins, and if even that share is low, the bytes are refused
    with a ``ValueError``: text in the wrong encoding is never returned silently.

    >>> decode("本報訊（記者王小明台北7日電）".encode("big5"))
    '本報訊（記者王小明台北7日電）'
    >>> decode("\ufeff本报讯".encode("utf-16-le"))
    '本报讯'
    >>> decode(b"\xa4\xa4\xa4\xe5", encoding="big5")
    '中文'
    """
    if encoding is not None:
        try:
            return raw.decode(encoding)
        except LookupError:
            msg = f"{what}: unknown encoding {encoding!r}"
            raise ValueError(msg) from None
        except UnicodeDecodeError as exc:
            msg = f"{what}: not {encoding}: {exc.reason} at byte {exc.start}"
            raise ValueError(msg) from None
    for bom, name in _BOMS:
        if raw.startswith(bom):
            marked = _decode(raw, name)
            if marked is not None:
                return marked.removeprefix("\ufeff")
            break  # the mark was chance: try the others
    candidates = list(CANDIDATES)
    if len(raw) % 2 == 0 and raw.count(0) * 4 >= len(raw):
        candidates += ["utf-16-le", "utf-16-be"]  # UTF-16 without a mark: ASCII comes with a NUL byte each
    tried: list[tuple[float, str, str]] = []
    for name in candidates:
        text = _decode(raw, name)
        if text is None:
            continue
        if name == "utf-8" and "\x00" not in text:
            return text  # bytes of another encoding are almost never valid UTF-8 as well
        tried.append((chinese_share(text), name, text))
    if not tried:
        msg = f"{what}: {len(raw)} bytes that decode as none of {', '.join(candidates)}; give the encoding"
        raise ValueError(msg)
    share, name, text = max(tried, key=lambda item: item[0])
    if share < READS_AS_CHINESE:
        readings = ", ".join(f"{n} {s:.0%}" for s, n, _ in tried)
        msg = (
            f"{what}: does not read as Chinese in any encoding tried (common characters: {readings}); give the encoding"
        )
        raise ValueError(msg)
    return text


def chinese_share(text: str) -> float:
    """The share of common Chinese characters and punctuation among the non-ASCII, non-space characters of ``text``.

    1.0 for text without such characters (ASCII reads as itself in every candidate encoding).

    >>> chinese_share("本报讯（记者张建华）")
    1.0
    >>> round(chinese_share("本報訊（記者王小明）".encode("big5").decode("gb18030")), 2)
    0.3
    """
    common = _common_chars()
    total = good = 0
    for ch in text:
        if ch.isascii() or ch.isspace():
            continue
        total += 1
        good += ch in common
    return good / total if total else 1.0


@functools.cache
def _common_chars() -> frozenset[str]:
    """The 3,755 level-one characters of GB2312 and the 5,401 common characters of Big5, with common marks.

    Both tables are read from Python's own codecs: their byte ranges are the frequency-ordered common sets.
    """
    chars = set(_COMMON_MARKS)
    for lead in range(0xB0, 0xD8):  # GB2312 level one: rows 16-55
        chars.update(bytes([lead, trail]).decode("gb2312", errors="ignore") for trail in range(0xA1, 0xFF))
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    for lead in range(0xA4, 0xC7):  # Big5 常用字: A440-C67E
        chars.update(bytes([lead, trail]).decode("big5", errors="ignore") for trail in trails)
    chars.discard("")
    return frozenset(chars)


def coerce_issue_date(value: object) -> dt.date | None:
    """An issue date given as ``datetime.date``, ``datetime.datetime`` (its date), an ISO string, or ``None``.

    >>> coerce_issue_date("2020-08-10"), coerce_issue_date(dt.datetime(2020, 8, 10, 6, 30))
    (datetime.date(2020, 8, 10), datetime.date(2020, 8, 10))
    >>> coerce_issue_date("8月10日")
    Traceback (most recent call last):
    ...
    ValueError: issue_date: not an ISO date (YYYY-MM-DD): '8月10日'
    >>> coerce_issue_date(20200810)
    Traceback (most recent call last):
    ...
    TypeError: issue_date must be a datetime.date, a datetime.datetime or an ISO date string, not int
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text).date()
        except ValueError:
            msg = f"issue_date: not an ISO date (YYYY-MM-DD): {value!r}"
            raise ValueError(msg) from None
    msg = f"issue_date must be a datetime.date, a datetime.datetime or an ISO date string, not {type(value).__name__}"
    raise TypeError(msg)


#: A page shorter than this, on one line, is checked for being a file name given by mistake.
_PATH_LIKE_MAX = 1024


def refuse_path(text: str) -> None:
    """Raise ``ValueError`` when ``text`` is one line naming an existing file: a path passed instead of its text.

    >>> refuse_path("本报讯（记者张建华）8月7日上午，新城区召开会议。")
    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile(suffix=".txt") as handle:
    ...     refuse_path(handle.name)
    Traceback (most recent call last):
    ...
    ValueError: text is the path of an existing file (...); segment() takes the page text: read the file first
    """
    line = text.strip()
    if not line or "\n" in line or len(line) > _PATH_LIKE_MAX:
        return
    try:
        exists = os.path.isfile(line)  # noqa: PTH113 - a str, as the caller gave it
    except (OSError, ValueError):  # a NUL byte, a name too long for the file system
        return
    if exists:
        msg = f"text is the path of an existing file ({line!r}); segment() takes the page text: read the file first"
        raise ValueError(msg)


def _decode(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


#: Corner brackets as quotation marks, and the curly marks matching reads them as.
_CORNER_QUOTES = {"「": "“", "」": "”", "『": "‘", "』": "’"}


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
    if ch in _CORNER_QUOTES:
        # Taiwan's and Hong Kong's quotation marks (「好」, 『』 inside): matched as the curly ones they stand for
        return _CORNER_QUOTES[ch]
    if ch == "‧":
        return "·"  # the middle dot of a foreign name as Taiwan's texts print it (唐納‧川普, Big5's hyphenation point)
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

#: Every character ``_normal_char`` may change, and a few it leaves (the radical blocks are taken whole);
#: full-width punctuation (，：（）) is not among them. A page with none of them is its own
#: normal copy, found by one regex scan in C instead of a table lookup per character in ``str.translate`` (issue 13).
#: ``tests/test_speed_equivalence.py`` checks that no character outside it changes.
_MAY_CHANGE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\xa0\xad\u200b-\u200d\u2027-\u2029\u2060\u2e80-\u2fdf\u3000\u300c-\u300f\ufeff"
    r"\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
)


def normalize(text: str) -> str:
    r"""A copy of ``text`` for matching, of the same length: one character in place of each character.

    CR, form feeds and other line separators become ``\n`` (a CR before ``\n`` becomes a space); BOM, zero-width
    and full-width spaces and control characters become spaces; Kangxi radicals become the ordinary characters;
    full-width digits and letters become ASCII; corner quotation marks (「」『』) become curly ones (“”‘’), and a
    hyphenation point between the parts of a name (‧) a middle dot (·).

    >>> normalize("⼗⼤\r\n２０２０年\u200b")
    '十大 \n2020年 '
    >>> normalize("他说：「好」"), normalize("唐納‧川普")
    ('他说：“好”', '唐納·川普')
    """
    if not _MAY_CHANGE.search(text):
        return text  # nothing to change: most pages
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
    """Traditional -> Simplified, one character for one character, from OpenCC's own character table.

    Built once per machine and cached (``_cache``): OpenCC converts the table's 4,000 characters one by one in
    Python, some 25 ms that every process using it paid; read back, 1 ms.
    """
    return _t2s_cached()[1]


@functools.cache
def _traditional_chars() -> frozenset[str]:
    """Every character OpenCC's t2s character table changes: from the cache where it is made, else from the file.

    Never built through OpenCC: a Simplified page needs only these characters (``to_simplified``'s test).
    """
    cached = _t2s_hit()
    return frozenset(cached[0] if cached is not None else _read_traditional_chars())


#: The cache file's layout; raise it when the layout changes.
_T2S_FORMAT = 1


@functools.cache
def _t2s_cached() -> tuple[str, dict[int, str]]:
    """The characters OpenCC's t2s table lists (in the file's order) and the table, from the cache or built."""
    cached = _t2s_hit()
    if cached is not None:
        return cached
    path, key = _t2s_file()
    chars = _read_traditional_chars()
    table = _build_t2s_table(chars)
    if path is not None:
        from newsseg import _cache  # noqa: PLC0415 - only where the table is built

        _cache.write_atomically(path, marshal.dumps((key, chars, table)))
    return chars, table


@functools.cache
def _t2s_hit() -> tuple[str, dict[int, str]] | None:
    """The cached characters and table, read once per process; None where there is no valid cache file."""
    path, key = _t2s_file()
    return _read_t2s(path, key) if path is not None else None


def _t2s_file() -> tuple[Path | None, str]:
    """Where the table is cached (None: no cache folder, or OpenCC is no plain files) and the key it must hold."""
    from newsseg import _cache  # noqa: PLC0415

    folder = _cache.cache_dir()
    files = _opencc_files()
    if folder is None or not files:
        return None, ""
    try:
        key = _cache.files_key(files)
    except OSError:
        return None, ""
    import zlib  # noqa: PLC0415 - a checksum for the file's name, as the lexicon's; not security

    # One file per OpenCC installation, named by its path: two environments do not rebuild it in turn.
    name = f"{zlib.crc32(str(files[0]).encode('utf-8', 'surrogateescape')):08x}"
    return folder / f"t2s-{_T2S_FORMAT}-{name}.marshal", key


def _read_t2s(path: Path, key: str) -> tuple[str, dict[int, str]] | None:
    """The cached characters and table if ``path`` holds them for ``key``; None for a missing, stale or bad file."""
    try:
        stored, chars, table = marshal.loads(path.read_bytes())  # noqa: S302 - our own file
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if stored != key or not isinstance(chars, str) or not isinstance(table, dict):
        return None
    return chars, table


def _opencc_files() -> list[Path]:
    """The files OpenCC's t2s conversion reads (its code, its configuration, its two dictionaries); [] if not files."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.origin:
        return []
    folder = Path(spec.origin).parent
    files = [
        folder / "opencc.py",
        folder / "config" / "t2s.json",
        folder / "dictionary" / "TSPhrases.txt",
        folder / "dictionary" / "TSCharacters.txt",
    ]
    return files if all(f.is_file() for f in files) else []


def _build_t2s_table(chars: str) -> dict[int, str]:
    with _t2s_lock:
        from opencc import OpenCC  # noqa: PLC0415 - loaded only to build the table

        converter = OpenCC("t2s")
    table: dict[int, str] = {}
    for ch in chars:
        simple = converter.convert(ch)
        if len(simple) == 1 and simple != ch:
            table[ord(ch)] = simple
    return table


def _read_traditional_chars() -> str:
    """The one-character keys of OpenCC's t2s character table, each once, in the file's order."""
    from importlib import resources  # noqa: PLC0415

    path = resources.files("opencc") / "dictionary" / "TSCharacters.txt"
    chars: dict[str, None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, _ = line.partition("\t")
        if len(key) == 1:
            chars[key] = None
    return "".join(chars)


def load_traditional_table() -> None:
    """Build the Traditional -> Simplified table now (a batch does, before it forks its workers)."""
    _t2s_table()


@functools.cache
def _traditional() -> re.Pattern[str]:
    """Any character OpenCC's character table lists (a superset of the table's keys), or any character past the BMP.

    Read from the table's file, not from OpenCC: a page without such a character never loads OpenCC (some 50 ms of
    a worker's start-up). Built from the BMP characters alone, the class compiles to one bitmap that the regex
    engine tests in constant time per character; the few characters past the BMP are caught by one range for all of
    them (a class listing them one by one would be scanned per character, ten times slower than translating).
    """
    bmp = "".join(re.escape(ch) for ch in sorted(_traditional_chars()) if ord(ch) <= _BMP_LAST)
    return re.compile(f"[{bmp}\U00010000-\U0010ffff]")


_BMP_LAST = 0xFFFF


def to_simplified(text: str) -> str:
    """``text`` with Traditional characters mapped to Simplified, same length; unchanged when there are none.

    >>> to_simplified("本報訊（記者王小明）")
    '本报讯（记者王小明）'
    """
    # Most pages are Simplified: one regex scan in C finds that at a tenth of the cost of translate's lookup per
    # character (issue 13); a page with a Traditional character (or one past the BMP) is translated as before.
    pattern = _traditional()
    first = pattern.search(text)
    if first is None:
        return text
    # The characters found need not change: the file lists some that both scripts write alike (覆), which a
    # Simplified page holds. Where the first few found are all such, and there are no more, the page is left as
    # it is instead of looked up character by character (issue 13: some 0.4 ms a page).
    table = _t2s_table()
    for count, found in enumerate(pattern.finditer(text, first.start())):
        if count >= _SAME_LOOKED or ord(found.group()) in table:
            return text.translate(table)
    return text


#: How many characters found by ``_traditional`` that the table leaves as they are ``to_simplified`` looks past
#: before it translates the text anyway.
_SAME_LOOKED = 8


# --- lines --------------------------------------------------------------------------------------------------


@attrs.frozen
class Line:
    """One physical line of the input: ``[start, end)`` with outer whitespace trimmed, and its normalised text."""

    start: int
    end: int
    text: str  # normalised, outer whitespace trimmed
    blank_before: int  # how many blank lines separate it from the previous non-blank line
    indent: int  # leading white space in the input line (an extractor's text-box start or a kept indent)


def iter_lines(normal: str, offset: int = 0) -> Iterator[Line]:
    r"""The non-blank lines of a normalised text, with their offsets and the blank lines before each.

    ``offset`` is added to every line's start and end: the lines of a page sliced from a longer text come out at
    their places in that text, with no record built twice.

    >>> [(ln.text, ln.blank_before) for ln in iter_lines(normalize("甲\n\n 乙 \r\n丙"))]
    [('甲', 0), ('乙', 1), ('丙', 0)]
    >>> [(ln.start, ln.end) for ln in iter_lines("甲\n 乙", offset=10)]
    [(10, 11), (13, 14)]
    """
    pos = offset
    blanks = 0
    # split("\n"), not splitlines(): only a line feed ends a line here (the text may not have been normalised).
    for raw in normal.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip()) if raw[0].isspace() else pos
            yield Line(start, start + len(stripped), stripped, blanks, start - pos)
            blanks = 0
        else:
            blanks += 1
        pos += len(raw) + 1

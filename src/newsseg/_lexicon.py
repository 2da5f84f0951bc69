r"""The only module that reads jieba's dictionary: word boundaries as jieba finds them, loaded on first need, once.

``splits_word`` asks where jieba (``cut(..., HMM=False)``, its dictionary-only mode) would put the word boundaries in
the few characters around a line break. Building jieba's ``Tokenizer`` for that costs 0.6 to 3 s and some 75 MB:
half a million dictionary entries as Python objects, read with ``marshal.load`` from a file in the temp directory.
This module answers the same question from a compact copy of the same dictionary (some 12 MB, 20 to 30 ms):

- only what a window of ``_MAX_WORD`` characters can use: the words jieba would find (frequency above 0, at most
  ``_MAX_WORD`` characters, made of the characters jieba cuts as Chinese text), each with the log probability that
  jieba's ``calc`` gives it;
- grouped by first character, each group one string of the rest of its words, sorted, so that one ``str.find``
  tells whether a fragment is a word, only the start of one, or neither (jieba's ``frag in FREQ``);
- built once per machine from jieba's ``dict.txt`` (with jieba's own reader, so that duplicates and the total
  count come out as jieba has them) and cached by newsseg in the user's cache folder (``NEWSSEG_CACHE_DIR``, else
  ``$XDG_CACHE_HOME/newsseg`` or ``~/.cache/newsseg``; ``%LOCALAPPDATA%\newsseg`` on Windows), written atomically,
  read back with ``marshal.loads`` of the file's bytes. Where the cache can't be written, the copy is built in
  memory each time, and nothing is left behind.
- keyed by the path, size and modification time (in nanoseconds) of ``dict.txt``, as jieba checks its own cache
  against the dictionary's modification time and Python its bytecode against the source's size and modification
  time: an upgrade of jieba writes a new file, whose size or time differs, and the copy is built again. One cache
  file per jieba installation (some 3.6 MB), rewritten in place when that installation changes. The SHA-256 of
  the file's 5 MB, the key until 2026-12, cost every process some 7 ms (read, hash, ``import hashlib``); it is
  still the key where jieba is not plain files (a zip, a frozen app), and so has no path to look at. A caller's
  own words (``user_words``) never enter the lexicon, so they are no part of the key.

``NEWSSEG_CACHE_DIR=""`` turns the disk cache off.

jieba's module-level tokenizer ``jieba.dt`` is not shared even when a program has it loaded: anyone may
``add_word``, ``del_word`` or ``load_userdict`` on it, and newsseg's output would then change with the caller's
jieba state (``del_word`` leaves no trace in the entry count or the total); the compact copy costs little enough
that a second one is no burden.

``tokenizer()`` still builds a full private ``jieba.Tokenizer`` for code that needs jieba's cutting itself;
nothing in newsseg calls it on the way through ``segment``.
"""

from __future__ import annotations

import contextvars
import importlib.util
import marshal
import math
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from newsseg._cache import cache_dir, write_atomically
from newsseg._patterns import _lazy

if TYPE_CHECKING:
    import jieba
    import jieba.posseg

#: The longest word the lexicon keeps: ``splits_word`` cuts at most 4 characters on either side of a line break,
#: so a longer word can never lie inside its window.
_MAX_WORD = 8
#: The cache file's layout; raise it when the layout or ``_MAX_WORD`` changes, so that old files are rebuilt.
#: 5: keyed by dict.txt's path, size and modification time, no longer by its SHA-256.
_FORMAT = 5
#: jieba's ``re_han_default`` and ``re_skip_default``: text is cut block by block, a block being a run of these
#: characters; tests/test_lexicon.py checks that they are still jieba's. Compiled on first use: a class of 20,000
#: code points takes ``re`` about a millisecond, which ``import newsseg`` need not pay.
_RE_HAN = _lazy(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_RE_SKIP = _lazy(r"(\r\n|\s)")
_HAN_WORD = _lazy(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")
_HAN_CHAR = _lazy(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]")
#: jieba's ``re_eng``: single letters and digits next to each other are put together into one token.
_ENG = _lazy(r"[a-zA-Z0-9]")
#: Starts a word in a group string (never a character of a word).
_SEP = "\n"
#: Between groups in the cache file (in no group and no key).
_GROUP_SEP = "\x1e"
#: A word's weight is stored as one character right after the word: ``chr(_WEIGHT_BASE + i)`` for
#: ``weights[i]``. Words hold only the block characters above (at most U+9FD5), so a character from U+A000 on
#: cannot be part of one; up to the surrogates, that leaves room for 14,336 distinct weights (jieba 0.42.1's
#: dictionary has 5,086 distinct frequencies).
_WEIGHT_BASE = 0xA000
_WEIGHT_LIMIT = 0xD800 - _WEIGHT_BASE
#: A group string longer than this is split by second character: ``str.find`` over the 15,000 characters of the
#: words that begin with 一 takes some 12 µs, over 2,000 under 2 µs; splitting only the 108 groups above this
#: length adds 36,000 small strings (some 5 MB) where splitting every group would add 180,000.
_SPLIT_ABOVE = 2048


@attrs.frozen(eq=False)
class Lexicon:
    """jieba's dictionary, cut down to what a window of ``_MAX_WORD`` characters needs.

    ``groups[c]`` holds every word that starts with ``c``, as ``_SEP + word[1:] + weight`` each, sorted by word.
    A first character in ``split`` begins too many words for one string to be searched quickly: ``groups[c]`` then
    holds only ``c`` itself (``_SEP`` and its weight, or a second ``_SEP`` where ``c`` alone is no word), and
    ``groups[c + d]`` the words that begin with ``c + d``, as ``_SEP + word[2:] + weight``. ``weights`` are
    jieba's ``log(freq) - log(total)``; ``unknown`` is ``-log(total)``, what jieba gives a single character that
    is no word.
    """

    groups: dict[str, str]
    split: frozenset[str]
    weights: tuple[float, ...]
    unknown: float
    #: The words of at most ``_MAX_WORD`` characters that ``dict.txt`` tags as a person's name (``nr…``), joined
    #: by ``_SEP``: what jieba's part-of-speech tagger needs of its tag table to say whether a text opens with a
    #: name. A set is made of it on the first such question only (``person_words``).
    persons: str = ""

    def words_from(self, text: str, start: int) -> list[tuple[float, int]]:
        """(weight, end) for each word of ``text`` that begins at ``start`` (jieba's ``DAG[start]``, weighted)."""
        found: list[tuple[float, int]] = []
        group = self.groups.get(text[start])
        head = start + 1  # the group holds the words that begin with text[start:head], by what follows that
        end = start + 1
        size = len(text)
        split = text[start] in self.split  # asked once, not at every length (this runs some 60 times a line break)
        at = 0
        while end <= size:
            if split and end == start + 2:
                group = self.groups.get(text[start:end])
                head = end
                at = 0
            if group is None:
                break
            # Searched from where the shorter fragment was found: every match of the longer one is a match of the
            # shorter one at the same place, so none lies before it, and the long groups are not scanned again.
            at = group.find(_SEP + text[head:end], at)
            if at < 0:  # not even the beginning of a word: no longer one either (jieba's `frag in FREQ`)
                break
            code = ord(group[at + 1 + end - head]) - _WEIGHT_BASE
            if code >= 0:  # a weight follows: the fragment is a word, not only the start of one
                found.append((self.weights[code], end))
            end += 1
        return found

    def route(self, block: str) -> list[tuple[float, int]]:
        """The best route through one block (jieba's ``calc``): per start, its log probability and first word's end.

        ``route[i][1]`` is the index of the last character of the word the best route takes at ``i``.
        """
        size = len(block)
        route: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
        groups, split, weights = self.groups, self.split, self.weights
        for start in range(size - 1, -1, -1):
            # jieba's calc adds log(freq) - logtotal and the best route on from the word's end, takes the largest
            # (probability, end) pair: the same sums in the same order, so the same floats, and a tie goes to the
            # longer word as in jieba (a later pair replaces the best only if larger, as ``max`` keeps the first).
            # The words are those of ``words_from``, found inline: this runs for every character of every window
            # ``splits_word`` cuts, where a call and a list per character were a tenth of its time (issue 13).
            best: tuple[float, int] | None = None
            group = groups.get(block[start])
            head = end = start + 1
            cut_by_pair = block[start] in split
            at = 0
            while end <= size:
                if cut_by_pair and end == start + 2:
                    group = groups.get(block[start:end])
                    head = end
                    at = 0
                if group is None:
                    break
                if end > head:
                    at = group.find(_SEP + block[head:end], at)
                    if at < 0:
                        break
                # else the fragment is the group's own head (``at`` is 0): every group string opens with its first
                # entry's ``_SEP`` (``build``), where ``find`` of ``_SEP`` alone would stop; one search less at
                # every start (issue 13).
                code = ord(group[at + 1 + end - head]) - _WEIGHT_BASE
                if code >= 0:
                    pair = (weights[code] + route[end][0], end - 1)
                    if best is None or pair > best:
                        best = pair
                end += 1
            route[start] = (self.unknown + route[start + 1][0], start) if best is None else best
        return route

    def cut_block(self, block: str) -> list[int]:
        """Token lengths of jieba's ``__cut_DAG_NO_HMM`` on one block: the most probable route, letters grouped."""
        size = len(block)
        route = self.route(block)
        lengths: list[int] = []
        letters = 0
        at = 0
        while at < size:
            end = route[at][1] + 1
            if end - at == 1 and _ENG.match(block[at]):
                letters += 1
            else:
                if letters:
                    lengths.append(letters)
                    letters = 0
                lengths.append(end - at)
            at = end
        if letters:
            lengths.append(letters)
        return lengths

    def cut(self, text: str) -> list[int]:
        """Token lengths of ``jieba.Tokenizer.cut(text, HMM=False)`` on the default dictionary.

        Exact where no run of block characters in ``text`` is longer than ``_MAX_WORD``: longer words are not kept.
        """
        lengths: list[int] = []
        for block in _RE_HAN.split(text):
            if not block:
                continue
            if _RE_HAN.match(block):
                lengths += self.cut_block(block)
                continue
            for piece in _RE_SKIP.split(block):
                if _RE_SKIP.match(piece):
                    lengths.append(len(piece))
                else:
                    lengths += [1] * len(piece)
        return lengths


def _without_weight(tail: str) -> str:
    return tail[:-1]


def build(frequencies: dict[str, int], total: int, tags: dict[str, str] | None = None) -> Lexicon:
    """The compact lexicon of jieba's ``FREQ`` and ``total`` (as ``Tokenizer.gen_pfdict`` returns them)."""
    log_total = math.log(total)
    codes: dict[float, int] = {}
    tails: dict[str, list[str]] = {}
    for word, freq in frequencies.items():
        if freq and len(word) <= _MAX_WORD and _HAN_WORD.fullmatch(word):
            weight = math.log(freq) - log_total
            code = codes.setdefault(weight, len(codes))
            tails.setdefault(word[0], []).append(word[1:] + chr(_WEIGHT_BASE + code))
    if len(codes) > _WEIGHT_LIMIT:
        msg = f"jieba's dictionary has {len(codes)} distinct frequencies, more than the {_WEIGHT_LIMIT} this holds"
        raise ValueError(msg)
    # Sorted by the word alone (the weight characters would sort above every word character), a word comes before
    # every longer word it begins, so the first match of `_SEP + tail` is the word itself where there is one.
    groups: dict[str, str] = {}
    split: set[str] = set()
    for first, rest in tails.items():
        rest.sort(key=_without_weight)
        if sum(len(tail) + 1 for tail in rest) <= _SPLIT_ABOVE:
            groups[first] = "".join(_SEP + tail for tail in rest)
            continue
        split.add(first)
        alone = [tail for tail in rest if len(tail) == 1]
        groups[first] = _SEP + (alone[0] if alone else _SEP)
        pairs: dict[str, list[str]] = {}
        for tail in rest:
            if len(tail) > 1:
                pairs.setdefault(first + tail[0], []).append(_SEP + tail[1:])
        groups.update((pair, "".join(entries)) for pair, entries in pairs.items())
    persons = _SEP.join(word for word, tag in (tags or {}).items() if tag.startswith("nr") and len(word) <= _MAX_WORD)
    return Lexicon(
        groups=groups, split=frozenset(split), weights=tuple(codes), unknown=0.0 - log_total, persons=persons
    )


def read_tags(data: bytes) -> dict[str, str]:
    """Each word's part-of-speech tag in ``dict.txt``, read as jieba's ``POSTokenizer.load_word_tag`` reads it."""
    tags: dict[str, str] = {}
    for raw in data.splitlines():
        line = raw.strip().decode("utf-8")
        if line:
            word, _, tag = line.split(" ")
            tags[word] = tag
    return tags


def _dict_path() -> Path | None:
    """The path of jieba's default dictionary, ``jieba/dict.txt``, found without importing jieba; None: none."""
    spec = importlib.util.find_spec("jieba")
    if spec is not None and spec.origin:
        path = Path(spec.origin).with_name("dict.txt")
        if path.is_file():
            return path
    return None


def _dict_bytes() -> bytes:
    """The bytes of jieba's default dictionary, read without importing jieba where possible."""
    path = _dict_path()
    if path is not None:
        return path.read_bytes()
    import jieba  # noqa: PLC0415 - only where the package is not plain files (a zip, a frozen app)

    with jieba.Tokenizer().get_dict_file() as handle:
        data: bytes = handle.read()
    return data


def _from_dict(data: bytes) -> Lexicon:
    """Read ``dict.txt`` with jieba's own reader, so that duplicates and the total come out as jieba has them."""
    import io  # noqa: PLC0415

    import jieba  # noqa: PLC0415 - deferred: needed only when there is no cache

    frequencies, total = jieba.Tokenizer.gen_pfdict(io.BytesIO(data))
    return build(frequencies, total, read_tags(data))


def _digest(data: bytes) -> str:
    """The dictionary's SHA-256, the key where it is no plain file (some 5 ms with the import of ``hashlib``)."""
    import hashlib  # noqa: PLC0415 - deferred, as everything here, so that `import newsseg` stays cheap

    return hashlib.sha256(data).hexdigest()


def _key() -> tuple[str, str, bytes | None]:
    """The name of the cache file for jieba's dictionary, the key the file must hold to be used, and the bytes.

    For a plain file, the name follows from its path alone, so that an upgrade of jieba in place overwrites its old
    cache rather than leaving it behind; the key adds the size and modification time. Called before the
    dictionary is read: were the file replaced in between, the new words would be cached under the old file's
    key, which the next process finds stale and rebuilds, where the other order could keep old words under the
    new file's key for good. The bytes are returned only where they had to be read for the key (no plain file),
    so that the lexicon is built from the very bytes the key was made of.
    """
    path = _dict_path()
    if path is None:
        data = _dict_bytes()
        digest = _digest(data)
        return digest[:16], f"sha256:{digest}", data
    import zlib  # noqa: PLC0415 - already loaded by the time a command needs the lexicon; a checksum, not security

    stat = path.stat()
    where = str(path)
    # A name shared by two paths (a checksum collision) only makes them rebuild in turn: the key inside decides.
    name = f"{zlib.crc32(where.encode('utf-8', 'surrogateescape')):08x}"
    return name, f"{where}\0{stat.st_size}\0{stat.st_mtime_ns}", None


def _cache_file(folder: Path, name: str) -> Path:
    return folder / f"lexicon-{_FORMAT}-{name}.marshal"


def _read_cache(path: Path, key: str) -> Lexicon | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        fmt, stored, keys, groups, split, weights, unknown, persons = marshal.loads(data)  # noqa: S302 - ours
        if fmt != _FORMAT or stored != key:
            return None
        # The keys and the groups travel as one UTF-16 string each: decoded and cut up in C, they load in about
        # 10 ms, where 48,000 separate strings in a marshalled dict took 18.
        names = keys.decode("utf-16-le").split(_GROUP_SEP)
        texts = groups.decode("utf-16-le").split(_GROUP_SEP)
        persons = persons.decode("utf-16-le")
    except (ValueError, EOFError, TypeError, AttributeError):
        return None
    if len(names) != len(texts) or not isinstance(split, frozenset) or not isinstance(weights, tuple):
        return None
    return Lexicon(
        groups=dict(zip(names, texts, strict=True)), split=split, weights=weights, unknown=unknown, persons=persons
    )


def _write_cache(path: Path, key: str, lexicon: Lexicon) -> None:
    keys = _GROUP_SEP.join(lexicon.groups).encode("utf-16-le")
    groups = _GROUP_SEP.join(lexicon.groups.values()).encode("utf-16-le")
    persons = lexicon.persons.encode("utf-16-le")
    data = marshal.dumps((_FORMAT, key, keys, groups, lexicon.split, lexicon.weights, lexicon.unknown, persons))
    write_atomically(path, data)


def load() -> Lexicon:
    """The compact lexicon: from the cache when it matches jieba's dictionary, else built (and cached)."""
    folder = cache_dir()
    if folder is None:
        return _from_dict(_dict_bytes())
    name, key, data = _key()
    path = _cache_file(folder, name)
    cached = _read_cache(path, key)
    if cached is not None:
        return cached
    built = _from_dict(_dict_bytes() if data is None else data)
    _write_cache(path, key, built)
    return built


_lock = threading.Lock()
_lexicon: Lexicon | None = None
_tokenizer: jieba.Tokenizer | None = None
_tagger: jieba.posseg.POSTokenizer | None = None


def lexicon() -> Lexicon:
    """The shared compact lexicon, loaded on the first call (some 20 ms from the cache; about a second to build)."""
    global _lexicon  # noqa: PLW0603 - a lazily built singleton is the point of this module
    if _lexicon is None:  # fast path: a plain read
        with _lock:
            if _lexicon is None:  # another thread may have won the race
                _lexicon = load()
    return _lexicon


def tokenizer() -> jieba.Tokenizer:
    """A full private jieba tokenizer, built on the first call (about a second: the dictionary load).

    ``splits_word`` does not need it; it is here for code that wants jieba's own cutting.
    """
    global _tokenizer  # noqa: PLW0603 - a lazily built singleton is the point of this module
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import logging  # noqa: PLC0415 - deferred as jieba is: `import newsseg` need not pay for it

                import jieba  # noqa: PLC0415 - deferred so that `import newsseg` stays cheap

                # jieba logs "Building prefix dict ..." at DEBUG to stderr while it loads; hush its own logger for
                # the load only and put the level back, so a user's jieba logging is left as they set it.
                log = logging.getLogger("jieba")
                level = log.level
                log.setLevel(logging.WARNING)
                try:
                    tok = jieba.Tokenizer()
                    tok.initialize()
                finally:
                    log.setLevel(level)
                _tokenizer = tok
    return _tokenizer


def splits_word(left: str, right: str) -> bool:
    """Whether the boundary between ``left`` and ``right`` falls inside a dictionary word.

    Only the few characters around the boundary are cut, so the cost does not grow with the text. The answer is
    the one of ``jieba.cut(window, HMM=False)`` with jieba's default dictionary.

    >>> splits_word("各级各部门要进一", "步提高思想认识")
    True
    >>> splits_word("确保如期开园。", "为进一步加快")
    False
    """
    if not left or not right:
        return False
    words = _user_words.get()
    if words and _in_user_word(left, right, words):
        return True
    if not (_HAN_CHAR.match(left[-1]) and _HAN_CHAR.match(right[0])):
        # jieba cuts text into blocks of these characters first and every other character (or space) is a token
        # of its own, so the boundary is one, but for a Windows line end cut in two.
        return left[-1] == "\r" and right[0] == "\n"
    window_left = left[-(_MAX_WORD // 2) :]
    window_right = right[: _MAX_WORD // 2]
    # Only the run of block characters the boundary falls in is cut (jieba's blocks): a word of another block, or a
    # token between blocks, ends at its block's edge, before the boundary, so the window's cut says no more there
    # than this block's does; a comma inside the window left a block before it routed for nothing (issue 13).
    left_run, right_run = _HAN_WORD.match(window_left[::-1]), _HAN_WORD.match(window_right)
    if left_run is None or right_run is None:  # never: left[-1] and right[0] are block characters (tested above)
        return False
    before, after = left_run.end(), right_run.end()
    pos = 0
    for length in lexicon().cut_block(window_left[-before:] + window_right[:after]):
        end = pos + length
        if pos < before < end:
            return True
        if end >= before:
            return False
        pos = end
    return False


def finishes_word(left: str, right: str) -> bool:
    """Whether ``right`` opens with the end of a word that ``left`` began, and reads wrongly on its own.

    Read alone, ``right`` starts with a lone character, the word's end. Stronger than ``splits_word``, whose word
    across may be a chance: 资 / 深化 reads 资深 across, but 深化 reads whole on its own.

    >>> finishes_word("路面坑洼，车", "辆不得不减速避让"), finishes_word("传统文化资", "深化分类特色发展")
    (True, False)
    """
    if not splits_word(left, right):
        return False
    return lexicon().cut(right[: _MAX_WORD // 2])[:1] == [1]


#: The caller's own words (``newsseg.user_words``), for the calls made in this context: a line break inside one is
#: inside a word. A context variable, not a change to any shared dictionary, so threads and other callers are not
#: touched.
_user_words: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("newsseg_user_words", default=frozenset())


def _in_user_word(left: str, right: str, words: frozenset[str]) -> bool:
    """Whether one of ``words`` runs across the boundary between ``left`` and ``right`` (no white space in it)."""
    longest = max(map(len, words))
    tail, head = left[-(longest - 1) :], right[: longest - 1]
    window = tail + head
    cut = len(tail)
    for size in {len(w) for w in words}:
        for start in range(max(0, cut - size + 1), cut):
            if window[start : start + size] in words:
                return True
    return False


def word_count(word: str) -> int:
    """How often jieba's dictionary lists ``word`` (its ``FREQ``; 0 for no word), from the compact lexicon.

    >>> word_count("北京") > 10_000, word_count("的重")
    (True, 0)
    """
    if not word:
        return 0
    known = lexicon()
    for weight, end in known.words_from(word, 0):
        if end == len(word):
            return round(math.exp(weight - known.unknown))
    return 0


def pos_tagger() -> jieba.posseg.POSTokenizer:
    """A private copy of jieba's part-of-speech tagger over the shared tokenizer, built on the first call (a second).

    For the rare text ``opens_with_person_name`` cannot answer from the compact lexicon (a run of more than
    ``_MAX_WORD`` Han characters), and for tests that check the two answer alike.
    """
    global _tagger  # noqa: PLW0603 - a lazily built singleton, as above
    if _tagger is None:
        lexicon = tokenizer()
        with _lock:
            if _tagger is None:
                import jieba.posseg  # noqa: PLC0415 - deferred like jieba itself

                _tagger = jieba.posseg.POSTokenizer(lexicon)  # never the global jieba.posseg.dt
    return _tagger


def jieba_splits_word(left: str, right: str) -> bool:
    """``splits_word`` as jieba's full Tokenizer answers it (HMM off), for checks of the compact lexicon.

    >>> jieba_splits_word("各级各部门要进一", "步提高思想认识")
    True
    """
    if not left or not right:
        return False
    window_left, window_right = left[-(_MAX_WORD // 2) :], right[: _MAX_WORD // 2]
    boundary = len(window_left)
    pos = 0
    for word in tokenizer().cut(window_left + window_right, HMM=False):
        end = pos + len(word)
        if pos < boundary < end:
            return True
        pos = end
    return False


def jieba_opens_with_person_name(text: str) -> bool:
    """``opens_with_person_name`` as jieba's own part-of-speech tagger answers it (HMM on): a second and 100 MB."""
    first = next(iter(pos_tagger().cut(text)), None)
    return first is not None and str(first.flag).startswith("nr")


#: jieba.posseg's ``re_han_internal`` and ``re_han_detail``: the tagger cuts text into blocks of the first kind and
#: tags a run that is no word with its hidden Markov model, block by block of the second kind.
_TAG_BLOCK = _lazy(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._]+")
_HMM_BLOCK = _lazy(r"[\u4E00-\u9FD5]+")

_persons: frozenset[str] | None = None
_hmm: tuple[Any, ...] | None = None


def person_words() -> frozenset[str]:
    """The words ``dict.txt`` tags as a person's name (``nr…``), of at most ``_MAX_WORD`` characters."""
    global _persons  # noqa: PLW0603 - a lazily built singleton, as above
    if _persons is None:
        _persons = frozenset(lexicon().persons.split(_SEP))
    return _persons


def load_tagger() -> None:
    """Load now what ``opens_with_person_name`` needs (some 35 ms), as a process that forks workers wants to."""
    person_words()
    _hmm_model()


def _hmm_model() -> tuple[Any, ...]:
    """jieba.posseg's model (states by character, start, transition, emission) and its ``viterbi``.

    Read from jieba's own files by path (some 20 ms): importing ``jieba.posseg`` would also build its global tagger,
    whose tag table alone costs 0.2 s and 60 MB. Where jieba is not plain files, it is imported after all.
    """
    global _hmm  # noqa: PLW0603 - a lazily built singleton, as above
    if _hmm is None:
        with _lock:
            if _hmm is None:
                _hmm = _read_hmm_model()
    return _hmm


def _read_hmm_model() -> tuple[Any, ...]:
    spec = importlib.util.find_spec("jieba")
    folder = Path(spec.origin).with_name("posseg") if spec is not None and spec.origin else None
    names = ("char_state_tab", "prob_start", "prob_trans", "prob_emit", "viterbi")
    if folder is not None and all((folder / f"{name}.py").is_file() for name in names):
        modules = []
        for name in names:
            part = importlib.util.spec_from_file_location(f"newsseg._jieba_posseg_{name}", folder / f"{name}.py")
            if part is None or part.loader is None:
                break
            module = importlib.util.module_from_spec(part)
            part.loader.exec_module(module)
            modules.append(module)
        else:
            *tables, viterbi = modules
            return (*(table.P for table in tables), viterbi.viterbi)
    import jieba.posseg  # noqa: PLC0415 - only where jieba is not plain files (a zip, a frozen app)

    posseg = jieba.posseg
    return (posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P, posseg.viterbi)


def _first_is_person_hmm(run: str) -> bool:
    """jieba.posseg's ``__cut_detail`` on a run that is no word: whether its first token is tagged a name."""
    block = _HMM_BLOCK.match(run)
    if block is None:  # a digit or a letter first: tagged m, eng or x
        return False
    states, start, trans, emit, viterbi = _hmm_model()
    _, tags = viterbi(block.group(), states, start, trans, emit)
    # __cut yields at the first E (end of a word) or S (a single character); with neither, the whole run at once
    # with the first character's tag
    first = next((tag for position, tag in tags if position in "ES"), tags[0][1])
    return str(first).startswith("nr")


def opens_with_person_name(text: str) -> bool:
    """Whether jieba's tagger reads ``text`` as opening with a person's name (a tag ``nr…``, its HMM included).

    It tags 118 of the 122 names of the corpus so, and 2% of the short runs cut at random from its body text that
    the form alone would let pass. The answer is that of ``jieba.posseg.POSTokenizer.cut`` (HMM on) with jieba's
    default dictionary, found from the compact lexicon, the words it tags as names, and jieba's model: the first
    token is all it needs, and the tagger's own tables would cost a second and some 100 MB to load.

    >>> opens_with_person_name("恩浩"), opens_with_person_name("的重")
    (True, False)
    """
    block = _TAG_BLOCK.match(text)
    if block is None:  # white space, punctuation, an empty text: tagged x
        return False
    run = block.group()
    if len(run) > _MAX_WORD:  # a longer word may lie in it, which the compact lexicon does not hold
        return jieba_opens_with_person_name(text)
    # jieba.posseg's __cut_DAG: single characters on the best route gather into a buffer; the first token is the
    # buffer (when one gathered before the first word) or the first word
    known = lexicon()
    route = known.route(run)
    names = person_words()
    at = 0
    while at < len(run) and route[at][1] == at:
        at += 1
    if at == 0:
        return run[: route[0][1] + 1] in names
    buffer = run[:at]
    if len(buffer) == 1 or word_count(buffer):  # one character, or a word as a whole: tagged character by character
        return buffer[0] in names
    return _first_is_person_hmm(buffer)

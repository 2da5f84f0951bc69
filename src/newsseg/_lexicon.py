"""The only module that imports jieba: one private tokenizer, loaded on first need, once, thread-safely.

jieba's module-level tokenizer is shared global state, and its logger prints to stderr; newsseg uses neither.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba
    import jieba.posseg

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_tagger: jieba.posseg.POSTokenizer | None = None


def tokenizer() -> jieba.Tokenizer:
    """The shared tokenizer, built on the first call (about a second: the dictionary load)."""
    global _tokenizer  # noqa: PLW0603 - a lazily built singleton is the point of this module
    if _tokenizer is None:  # fast path: a plain read
        with _lock:
            if _tokenizer is None:  # another thread may have won the race
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

    Only the few characters around the boundary are cut, so the cost does not grow with the text.

    >>> splits_word("各级各部门要进一", "步提高思想认识")
    True
    >>> splits_word("确保如期开园。", "为进一步加快")
    False
    """
    if not left or not right:
        return False
    window_left, window_right = left[-4:], right[:4]
    boundary = len(window_left)
    pos = 0
    for word in tokenizer().cut(window_left + window_right, HMM=False):
        end = pos + len(word)
        if pos < boundary < end:
            return True
        pos = end
    return False


def _pos_tagger() -> jieba.posseg.POSTokenizer:
    """A part-of-speech tagger over the shared tokenizer, built on the first call (its tag table: under a second)."""
    global _tagger  # noqa: PLW0603 - a lazily built singleton, as above
    if _tagger is None:
        lexicon = tokenizer()
        with _lock:
            if _tagger is None:
                import jieba.posseg  # noqa: PLC0415 - deferred like jieba itself

                _tagger = jieba.posseg.POSTokenizer(lexicon)  # never the global jieba.posseg.dt
    return _tagger


def opens_with_person_name(text: str) -> bool:
    """Whether jieba's tagger reads ``text`` as opening with a person's name (a tag ``nr…``, its HMM included).

    It tags 118 of the 122 names of the corpus so, and 2% of the short runs cut at random from its body text that
    the form alone would let pass.

    >>> opens_with_person_name("恩浩"), opens_with_person_name("的重")
    (True, False)
    """
    if not text:
        return False
    first = next(iter(_pos_tagger().cut(text)), None)
    return first is not None and str(first.flag).startswith("nr")

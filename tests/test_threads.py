"""Concurrency (issue 6): segment from 8 threads at once gives the serial results; jieba is built once."""

from __future__ import annotations

import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import newsseg
from strategies import laid_pages, seed_pages

THREADS = 8


def test_eight_threads_give_the_serial_results() -> None:
    texts = [*seed_pages(), *laid_pages()]
    serial = [newsseg.segment(t).to_dict() for t in texts]
    start = threading.Barrier(THREADS)

    def work(index: int) -> list[dict[str, object]]:
        start.wait()  # all threads begin together, so the calls really overlap
        order = texts[index % len(texts) :] + texts[: index % len(texts)]  # each thread in its own order
        results = [newsseg.segment(t).to_dict() for t in order * 2]
        shift = index % len(texts)
        return [results[(i - shift) % len(texts)] for i in range(len(texts))]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        outcomes = list(pool.map(work, range(THREADS)))
    for index, outcome in enumerate(outcomes):
        assert outcome == serial, f"thread {index} differs from the serial results"


def test_reflow_from_eight_threads_gives_the_serial_results() -> None:
    texts = [*seed_pages(), *laid_pages()]
    serial = [newsseg.reflow_text(t) for t in texts]
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        outcomes = list(pool.map(lambda _: [newsseg.reflow_text(t) for t in texts], range(THREADS)))
    assert all(outcome == serial for outcome in outcomes)


def test_tokenizer_is_one_object() -> None:
    from newsseg import _lexicon  # noqa: PLC0415

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        ids = set(pool.map(lambda _: id(_lexicon.tokenizer()), range(THREADS * 4)))
    assert ids == {id(_lexicon.tokenizer())}


# In a fresh interpreter: 8 threads race for the first tokenizer; jieba must be initialised exactly once, and
# `import newsseg` alone must not load it.
_RACE = """
import sys, threading
import newsseg
assert "jieba" not in sys.modules, "import newsseg loaded jieba"
import jieba
calls = []
original = jieba.Tokenizer.initialize
def counting(self, *args, **kwargs):
    calls.append(threading.get_ident())
    return original(self, *args, **kwargs)
jieba.Tokenizer.initialize = counting
from newsseg import _lexicon
barrier = threading.Barrier(8)
seen = []
texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]]
def work(i):
    barrier.wait()
    seen.append(id(_lexicon.tokenizer()))
    newsseg.segment(texts[i % len(texts)])
threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(len(calls), len(set(seen)), len(seen))
"""


def test_jieba_is_built_once_under_a_race() -> None:
    from layout import SEEDS  # noqa: PLC0415

    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    done = subprocess.run(  # noqa: S603 - our own interpreter on our own script
        [sys.executable, "-c", _RACE, *paths], capture_output=True, text=True, check=True, timeout=300
    )
    calls, distinct, seen = map(int, done.stdout.split())
    assert (calls, distinct, seen) == (1, 1, THREADS), done.stdout + done.stderr

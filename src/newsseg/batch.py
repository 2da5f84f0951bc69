"""Many pages at once: segmented in worker processes, results in input order, a bad file reported, not fatal.

Where the platform forks (Linux, and any Unix but macOS, whose system libraries are not safe to fork), the
calling process loads the dictionary and compiles the patterns once, then forks its workers, which start warm and
share that memory; elsewhere, or where the caller runs threads of its own (forking then risks a deadlock), workers
start fresh and each warms itself as it starts, in parallel with the others. Pages travel to the workers as paths
(the worker reads the file) and come back as pickled ``Page`` records, several pages to a message.

>>> from newsseg.batch import segment_files
>>> [(r.path, r.ok) for r in segment_files(["no/such/page.txt"], jobs=1)]
[('no/such/page.txt', False)]
"""

from __future__ import annotations

import concurrent.futures
import functools
import multiprocessing
import os
import signal
import sys
import threading
from importlib import resources
from typing import TYPE_CHECKING, TypeVar

import attrs

from newsseg._text import ENCODINGS, coerce_text
from newsseg.segment import segment

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator
    from multiprocessing.context import BaseContext

    from newsseg.model import Page

__all__ = [
    "FileResult",
    "chunk_size",
    "default_jobs",
    "make_pool",
    "map_pages",
    "segment_data",
    "segment_files",
    "warm_worker",
]

T = TypeVar("T")

#: Pages per task sent to a worker, at most. A page takes about 10 ms of one core and a task's messages well
#: under 1 ms, so four pages keep messaging cheap while the last task of a batch leaves a core idle for only
#: some 40 ms.
_MAX_CHUNK = 4
#: Below this many files, one process: a page takes some 5 to 10 ms, so a handful of pages is done before the
#: second process would have paid for its start (10 to 20 ms forked, some 250 ms fresh: import and warm-up).
_FEW_FILES = 16


@attrs.frozen(kw_only=True)
class FileResult:
    """The outcome for one input file: its ``page``, or an ``error`` message saying why there is none.

    ``path`` is the path as given (``"-"`` for standard input in the command line).
    """

    path: str
    page: Page | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the file was read, decoded and segmented."""
        return self.page is not None


def default_jobs(n_files: int) -> int:
    """How many processes to use for ``n_files`` files: 1 for a handful (fewer than 16), else one per core.

    "Cores" are those this process may run on (its CPU affinity, where the platform tells), never more than
    there are files.

    >>> default_jobs(3)
    1
    """
    if n_files < _FEW_FILES:
        return 1
    return max(1, min(_cores(), n_files))


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def warm_worker() -> None:
    """Load the dictionary and compile the page patterns in this process now, so the first page does not wait.

    Used as the initializer of worker processes, and before forking them; safe to call more than once.
    """
    from newsseg import _lexicon, _text  # noqa: PLC0415 - only worker processes and benchmarks need it

    global _warm  # noqa: PLW0603 - once per process
    if _warm:
        return
    _lexicon.lexicon()
    # What the byline parser asks of a bare name (is it tagged a person's name?): the words tagged as names are
    # loaded here, shared by forked workers (some 11 ms; pages among the 200 files of the --jobs benchmark ask them).
    # Not jieba's hidden Markov model for names no word list holds (``_lexicon.load_tagger``, some 30 ms): few
    # pages need it (none of those 200 files), and a worker that meets one loads it then, in parallel with the
    # other workers, which costs a batch no more wall time than loading it here before the fork would.
    _lexicon.person_words()
    # The Traditional -> Simplified table (1 ms from newsseg's cache, some 25 ms to build with OpenCC): a Simplified
    # page never asks for it, so it is read here, once, shared by forked workers.
    _text.load_traditional_table()
    # One real page through the whole pipeline compiles the patterns that are built on first use: some 100 ms that
    # every page would otherwise wait for on its worker's first task.
    segment((resources.files("newsseg") / "sample_page.txt").read_text(encoding="utf-8"))
    _warm = True


_warm = False


def segment_data(path: str, data: bytes | str, *, issue_date: dt.date | None = None) -> FileResult:
    r"""Decode and segment one page already read, as ``segment_files`` does for a file named ``path``.

    >>> segment_data("page.txt", b"\xff\xfe\xfa").error
    'cannot decode as utf-8-sig or gb18030'
    """
    try:
        text = coerce_text(data)
    except ValueError:
        return FileResult(path=path, error=f"cannot decode as {' or '.join(ENCODINGS)}")
    try:
        page = segment(text, issue_date=issue_date)
    except Exception as exc:  # noqa: BLE001 - one page that trips a bug must not stop a batch of thousands
        return FileResult(path=path, error=f"segment failed: {type(exc).__name__}: {exc}")
    return FileResult(path=path, page=page)


def _segment_path(path: str, *, issue_date: dt.date | None) -> FileResult:
    """Read and segment one file; every failure becomes an error message, never an exception."""
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - the path stays a str, as the user gave it
            data = handle.read()
    except OSError as exc:
        return FileResult(path=path, error=exc.strerror or str(exc))
    return segment_data(path, data, issue_date=issue_date)


def _start_worker() -> None:
    """The initializer of the pools made here: Ctrl-C is the parent's to handle, then the dictionary."""
    # A terminal sends SIGINT to the whole process group; the parent stops the pool, so workers need not
    # each print a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_worker()


def _same(result: FileResult) -> FileResult:
    return result


def _segment_chunk(paths: list[str], *, issue_date: dt.date | None, then: Callable[[FileResult], T]) -> list[T]:
    return [then(_segment_path(path, issue_date=issue_date)) for path in paths]


def _chunks(paths: list[str], size: int) -> list[list[str]]:
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def chunk_size(count: int, workers: int) -> int:
    """How many of ``count`` pages to send a worker at a time when ``workers`` share them: at most four.

    About eight tasks per worker keeps the tail of a batch short, and a few pages per task keep messaging cheap.

    >>> chunk_size(200, 2), chunk_size(20, 2), chunk_size(3, 2)
    (4, 2, 1)
    """
    return max(1, min(_MAX_CHUNK, -(-count // (workers * 8))))


def _in_executor(
    paths: list[str],
    executor: concurrent.futures.Executor,
    *,
    jobs: int,
    issue_date: dt.date | None,
    then: Callable[[FileResult], T],
) -> Iterator[T]:
    work = functools.partial(_segment_chunk, issue_date=issue_date, then=then)
    for results in executor.map(work, _chunks(paths, chunk_size(len(paths), jobs))):
        yield from results


def _pool_context() -> tuple[BaseContext, bool]:
    """How to start workers, and whether they are forked from this process (and so inherit its warm state).

    ``fork`` where it is safe: a platform that forks, and no other thread in this process. Otherwise ``spawn``
    (a fresh interpreter per worker), named explicitly: on Linux before Python 3.14 the default would fork anyway.
    """
    if sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods():
        # macOS is left out: fork is unsafe with its system libraries, and Python defaults to spawn there.
        # With another thread running, a lock it holds at the fork would stay held in the child for ever.
        if threading.active_count() == 1:
            return multiprocessing.get_context("fork"), True
    return multiprocessing.get_context("spawn"), False


def make_pool(jobs: int) -> concurrent.futures.ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes that start warm, for work of one's own (the command line's, per file).

    Where forking is safe (see the module's docstring) this process warms itself first, once, and the workers are
    forked from it: they start with the dictionary loaded and the patterns compiled, and share that memory. Elsewhere
    they are spawned and each warms itself as it starts, in parallel with the others. Either way a worker leaves
    Ctrl-C to this process, which should shut the pool down (``with make_pool(2) as pool: ...``).
    """
    if jobs < 1:
        msg = f"jobs must be at least 1, got {jobs}"
        raise ValueError(msg)
    context, forked = _pool_context()
    if forked:
        warm_worker()  # here, once: the forked workers start with it done and share its memory
    return concurrent.futures.ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, mp_context=context)


def _in_pool(
    paths: list[str], *, workers: int, issue_date: dt.date | None, then: Callable[[FileResult], T]
) -> Iterator[T]:
    pool = make_pool(workers)
    try:
        yield from _in_executor(paths, pool, jobs=workers, issue_date=issue_date, then=then)
    finally:
        # A caller that stops early (an error, a closed pipe) should not wait for the rest of the batch.
        pool.shutdown(wait=True, cancel_futures=True)


def map_pages(
    then: Callable[[FileResult], T],
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    issue_date: dt.date | None = None,
    executor: concurrent.futures.Executor | None = None,
) -> Iterator[T]:
    """Like ``segment_files``, with ``then`` applied to each ``FileResult`` in the worker that made it.

    For work that should run in parallel too, and for results smaller than a ``Page`` to send back:
    rendering, conversion, ``to_records()``. ``then`` must pickle (a module-level function, or a
    ``functools.partial`` of one) and must not raise.

    >>> def headlines(result):
    ...     return [a.title for a in result.page.articles] if result.page else result.error
    >>> list(map_pages(headlines, ["no/such/page.txt"], jobs=1))
    ['No such file or directory']
    """
    names = [os.fspath(path) for path in paths]
    if jobs is None:
        jobs = default_jobs(len(names))
    if jobs < 1:  # checked here, not in a generator, so that the caller hears of it at once
        msg = f"jobs must be at least 1, got {jobs}"
        raise ValueError(msg)
    if executor is not None:
        return _in_executor(names, executor, jobs=jobs, issue_date=issue_date, then=then)
    if jobs == 1 or len(names) <= 1:
        return (then(_segment_path(name, issue_date=issue_date)) for name in names)
    return _in_pool(names, workers=min(jobs, len(names)), issue_date=issue_date, then=then)


def segment_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    issue_date: dt.date | None = None,
    executor: concurrent.futures.Executor | None = None,
) -> Iterator[FileResult]:
    """Segment page files, ``jobs`` at a time, yielding one ``FileResult`` per path in the order given.

    Files are read as bytes and decoded as UTF-8 or GB18030. A file that cannot be read, decoded or
    segmented gives a result with an ``error``, and the others go on. ``jobs`` defaults to
    ``default_jobs(len(paths))``: one process for a handful of files, else one per core; with ``jobs=1`` (or a
    single file) everything runs in this process. Pass ``executor`` to reuse a
    pool of your own across calls (``warm_worker`` makes a good initializer for it); ``jobs`` then only sets
    how the work is chunked.
    """
    return map_pages(_same, paths, jobs=jobs, issue_date=issue_date, executor=executor)

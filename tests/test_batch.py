"""``segment_files``: worker processes, input order, bad files never stop the rest, the dictionary loaded once."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import signal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import pytest

import newsseg
from newsseg import _lexicon, batch
from newsseg.batch import FileResult, segment_data, segment_files, warm_worker

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def expected(path: Path) -> newsseg.Page:
    return newsseg.segment(path.read_text(encoding="utf-8-sig"))


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    """Thirteen inputs: a short page, the seeds twice, a missing and an undecodable file in the middle."""
    paths = [*SEEDS, tmp_path / "missing.txt", *SEEDS]
    short = tmp_path / "short.txt"
    short.write_text(
        "本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n\n示范区召开政府廉政工作会议\n", encoding="utf-8"
    )
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\xfa\xff\x80")
    return [short, *paths[:6], binary, *paths[6:]]


def test_results_come_in_input_order_with_errors_in_place(pages: list[Path]) -> None:
    results = list(segment_files(pages, jobs=2))
    assert [r.path for r in results] == [str(p) for p in pages]
    failed = {r.path: r.error for r in results if not r.ok}
    assert failed == {
        str(pages[6]): "No such file or directory",
        str(pages[7]): "cannot decode as utf-8-sig or gb18030",
    }
    for path, result in zip(pages, results, strict=True):
        if result.ok:
            assert result.page == expected(path)
            assert result.error is None


def test_one_worker_and_two_workers_agree(pages: list[Path]) -> None:
    assert list(segment_files(pages, jobs=1)) == list(segment_files(pages, jobs=2))


def test_jobs_below_one_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        segment_files(SEEDS, jobs=0)  # not only when iterated


def test_a_page_that_trips_a_bug_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, *, issue_date: object = None) -> newsseg.Page:
        del issue_date
        if "示范区" in text:
            msg = "boom"
            raise RuntimeError(msg)
        return newsseg.Page(source=text)

    monkeypatch.setattr(batch, "segment", broken)
    results = list(segment_files(SEEDS, jobs=1))
    assert any(r.error == "segment failed: RuntimeError: boom" for r in results)
    assert len(results) == len(SEEDS)


def test_segment_data_decodes_like_the_files() -> None:
    text = "本报讯（记者郭树勋）8月7日上午，示范区召开会议。"
    utf8 = segment_data("a", text.encode("utf-8"))
    gb = segment_data("a", text.encode("gb18030"))
    assert utf8 == gb == segment_data("a", text) == FileResult(path="a", page=newsseg.segment(text))
    assert segment_data("b", b"\x80\xff").error == "cannot decode as utf-8-sig or gb18030"


def test_a_directory_given_as_a_file_is_an_error(tmp_path: Path) -> None:
    (result,) = segment_files([tmp_path], jobs=1)
    assert not result.ok
    assert result.error == "Is a directory"


class _RecordingPool(concurrent.futures.ProcessPoolExecutor):
    """A process pool that remembers how it was made and how many tasks it was sent."""

    made: list[dict[str, object]] = []  # noqa: RUF012 - test bookkeeping
    tasks: list[int] = []  # noqa: RUF012

    def __init__(self, **kwargs: Any) -> None:
        type(self).made.append(kwargs)
        super().__init__(**kwargs)

    def map(self, fn: Callable[..., T], *iterables: Iterable[Any], **kwargs: Any) -> Iterator[T]:
        chunks = list(iterables[0])
        type(self).tasks.append(len(chunks))
        return super().map(fn, chunks, **kwargs)


def test_workers_load_jieba_once_and_take_pages_in_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _RecordingPool)
    paths = SEEDS * 8  # 40 pages
    results = list(segment_files(paths, jobs=2))
    assert len(results) == 40
    (made,) = _RecordingPool.made
    assert made["max_workers"] == 2
    assert made["initializer"] is batch._start_worker
    assert made["mp_context"] is batch._pool_context()[0]
    # 40 pages in fewer tasks than pages: each task carries several pages to an already-warm worker.
    assert 2 <= _RecordingPool.tasks[0] < 40


def test_warm_worker_loads_the_dictionary() -> None:
    warm_worker()
    assert _lexicon._lexicon is not None
    assert batch._warm
    warm_worker()  # a second call is harmless


def test_a_handful_of_files_runs_in_one_process() -> None:
    assert [batch.default_jobs(n) for n in (0, 1, 5, 15)] == [1, 1, 1, 1]
    cores = batch._cores()
    assert batch.default_jobs(16) == min(16, cores)
    assert batch.default_jobs(200) == cores
    assert batch.default_jobs(10**6) >= 1


def test_jobs_default_to_one_for_a_few_files(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(**_kwargs: object) -> NoReturn:
        msg = "no pool should be made for five files"
        raise AssertionError(msg)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    assert all(r.ok for r in segment_files(SEEDS))


_LOADS: list[int] = []


def _counting_load() -> _lexicon.Lexicon:
    _LOADS.append(os.getpid())
    return _LOADED


_LOADED = _lexicon.lexicon()


def loads_seen(result: FileResult) -> tuple[bool, int]:
    """Runs in the worker: whether its page was segmented, and how many times its process loaded the lexicon."""
    return result.ok, len(_LOADS)


@pytest.mark.skipif(not batch._pool_context()[1], reason="the platform does not fork")
def test_forked_workers_share_the_dictionary_loaded_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_lexicon, "_lexicon", None)
    monkeypatch.setattr(_lexicon, "load", _counting_load)
    monkeypatch.setattr(batch, "_warm", False)
    _LOADS.clear()
    seen = list(batch.map_pages(loads_seen, SEEDS * 4, jobs=2))
    # Loaded once, here, before the fork: no worker loaded it again.
    assert seen == [(True, 1)] * 20
    assert [os.getpid()] == _LOADS


def loads_here(_: object) -> int:
    """Runs in a worker of ``make_pool``: how many times its process loaded the lexicon."""
    return len(_LOADS)


@pytest.mark.skipif(not batch._pool_context()[1], reason="the platform does not fork")
def test_make_pool_forks_workers_warm_from_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool the command line runs its per-file work in: no worker loads the dictionary again."""
    monkeypatch.setattr(_lexicon, "_lexicon", None)
    monkeypatch.setattr(_lexicon, "load", _counting_load)
    monkeypatch.setattr(batch, "_warm", False)
    _LOADS.clear()
    with batch.make_pool(2) as pool:
        assert batch._warm  # warmed here before the fork
        seen = list(pool.map(loads_here, range(8)))
    assert seen == [1] * 8
    assert [os.getpid()] == _LOADS


def test_make_pool_spawns_workers_that_warm_themselves(monkeypatch: pytest.MonkeyPatch) -> None:
    spawn = multiprocessing.get_context("spawn")
    monkeypatch.setattr(batch, "_pool_context", lambda: (spawn, False))
    monkeypatch.setattr(batch, "_warm", False)
    with batch.make_pool(2) as pool:
        assert not batch._warm  # nothing done here: this process's own state is not the workers'
        assert list(pool.map(worker_is_warm, range(4))) == [True] * 4
    with pytest.raises(ValueError, match="at least 1"):
        batch.make_pool(0)


def worker_is_warm(_: object) -> bool:
    return batch._warm and _lexicon._lexicon is not None


def test_no_fork_while_other_threads_run() -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        context, forked = batch._pool_context()
    finally:
        release.set()
        thread.join()
    assert not forked
    assert context.get_start_method() == "spawn"


def test_spawned_workers_warm_themselves_and_agree(pages: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    spawn = multiprocessing.get_context("spawn")
    monkeypatch.setattr(batch, "_pool_context", lambda: (spawn, False))
    assert list(segment_files(pages, jobs=2)) == list(segment_files(pages, jobs=1))


def test_a_pool_of_ones_own(pages: list[Path]) -> None:
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, initializer=warm_worker) as pool:
        first = list(segment_files(pages, executor=pool, jobs=2))
        second = list(segment_files(SEEDS, executor=pool, jobs=2))
    assert first == list(segment_files(pages, jobs=1))
    assert [r.page for r in second] == [expected(p) for p in SEEDS]


def test_single_file_and_one_job_stay_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(**_kwargs: object) -> NoReturn:
        msg = "no pool should be made"
        raise AssertionError(msg)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    assert next(segment_files(SEEDS[:1], jobs=4)).ok
    assert all(r.ok for r in segment_files(SEEDS, jobs=1))


def titles_or_error(result: FileResult) -> tuple[str, object]:
    """Runs in the worker: only this small tuple travels back."""
    if result.page is None:
        return result.path, result.error
    return result.path, [a.title for a in result.page.articles]


def test_map_pages_applies_its_function_in_the_workers(pages: list[Path]) -> None:
    got = list(batch.map_pages(titles_or_error, pages, jobs=2))
    assert got == [titles_or_error(r) for r in segment_files(pages, jobs=1)]
    assert got[6] == (str(pages[6]), "No such file or directory")


def test_pool_workers_leave_ctrl_c_to_the_parent_and_load_the_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(signal, "signal", lambda *args: calls.append(args))
    monkeypatch.setattr(batch, "warm_worker", lambda: calls.append("warm"))
    batch._start_worker()
    assert calls == [(signal.SIGINT, signal.SIG_IGN), "warm"]

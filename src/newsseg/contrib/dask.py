"""Segment an archive of page files on a Dask cluster, or on all cores of one machine, and write JSON lines.

Needs the ``dask`` extra (``pip install "newsseg[dask]"``). The same code runs in Dask's local schedulers
(``scheduler="synchronous"``, ``"threads"``, ``"processes"``) and on a ``dask.distributed`` cluster::

    from newsseg.contrib.dask import segment_bag, write_jsonl

    pages = segment_bag("archive/2020/*.txt", issue_date=None)
    write_jsonl(pages, "out/part-*.jsonl", scheduler="processes")

Each record is a dict: ``{"file": path, **page.to_dict()}``, the line ``newsseg --format jsonl`` prints; a
page that cannot be read, decoded or segmented gives ``{"file": path, "error": message}`` instead, so one bad
file never stops a job (``bag.filter(lambda r: "error" not in r)`` drops them).
"""

from __future__ import annotations

import functools
import glob
import json
import os
from typing import TYPE_CHECKING, Any

from newsseg.batch import segment_data

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    import dask.bag

__all__ = ["list_pages", "segment_bag", "write_jsonl"]


def _is_url(path: str) -> bool:
    return "://" in path


def list_pages(paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    """The page files named by a list of paths, a glob pattern or a directory (its ``.txt`` files), sorted.

    A list is kept as given. A URL (``s3://bucket/pages/*.txt``) is expanded by ``fsspec``, which Dask
    installs; the filesystem's own package (``s3fs``, ``gcsfs``, ...) must be installed too.
    """
    if not isinstance(paths_or_glob, (str, os.PathLike)):
        return [os.fspath(path) for path in paths_or_glob]
    pattern = os.fspath(paths_or_glob)
    if _is_url(pattern):
        import fsspec  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415 - comes with dask

        fs, _, found = fsspec.get_fs_token_paths(pattern)
        return sorted(fs.unstrip_protocol(path) for path in found)
    if os.path.isdir(pattern):  # noqa: PTH112 - paths stay str, as given
        pattern = os.path.join(pattern, "*.txt")  # noqa: PTH118
    return sorted(glob.glob(pattern))  # noqa: PTH207


def _segment_record(path: str, *, issue_date: dt.date | None) -> dict[str, Any]:
    """One page file as a JSON-ready record; failures become an ``error`` record, never an exception."""
    try:
        if _is_url(path):
            import fsspec  # type: ignore[import-untyped,unused-ignore]  # noqa: PLC0415

            with fsspec.open(path, "rb") as handle:
                data = handle.read()
        else:
            with open(path, "rb") as handle:  # noqa: PTH123
                data = handle.read()
    except OSError as exc:
        return {"file": path, "error": exc.strerror or str(exc)}
    result = segment_data(path, data, issue_date=issue_date)
    if result.page is None:
        return {"file": path, "error": result.error}
    return {"file": path, **result.page.to_dict()}


def segment_bag(
    paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    issue_date: dt.date | None = None,
    npartitions: int | None = None,
) -> dask.bag.Bag:
    """A lazy ``dask.bag.Bag`` of page records, one per file, in the order of ``list_pages(paths_or_glob)``.

    Files are read on the workers, so only paths travel through the scheduler. ``npartitions`` defaults to
    Dask's choice (up to 100 partitions); a few per worker core keeps every core busy to the end.
    """
    import dask.bag as db  # noqa: PLC0415 - dask is an optional extra

    paths = list_pages(paths_or_glob)
    # dask.bag has no type annotations; the ignores below are for mypy --strict's untyped-call check.
    bag: dask.bag.Bag = db.from_sequence(paths, npartitions=npartitions)  # type: ignore[no-untyped-call,unused-ignore]
    records: dask.bag.Bag = bag.map(functools.partial(_segment_record, issue_date=issue_date))  # type: ignore[no-untyped-call,unused-ignore]
    return records


def write_jsonl(bag: dask.bag.Bag, path: str, **compute: Any) -> list[str]:  # noqa: ANN401 - Dask's options
    """Write a bag of records as UTF-8 JSON lines, one file per partition; return the file names.

    ``path`` is a glob such as ``"out/part-*.jsonl"`` (``*`` becomes the partition number; ``.gz`` compresses)
    or any URL ``fsspec`` can write to. ``compute`` goes to ``dask.compute`` (``scheduler="processes"``, ...).
    """
    lines = bag.map(functools.partial(json.dumps, ensure_ascii=False))  # type: ignore[no-untyped-call,unused-ignore]
    files: list[str] = lines.to_textfiles(path, encoding="utf-8", last_endline=True, **compute)
    return files

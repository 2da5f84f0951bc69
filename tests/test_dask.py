"""The Dask recipe in local mode: the same records as serial ``segment`` calls, in the same order."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install 'newsseg[dask]'")

import newsseg
from newsseg.contrib.dask import list_pages, segment_bag, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def serial(paths: list[Path]) -> list[dict[str, object]]:
    return [{"file": str(p), **newsseg.segment(p.read_text(encoding="utf-8-sig")).to_dict()} for p in paths]


def test_list_pages_from_a_glob_a_directory_or_a_list() -> None:
    assert list_pages(str(ROOT / "seeds" / "*.txt")) == [str(p) for p in SEEDS]
    assert list_pages(ROOT / "seeds") == [str(p) for p in SEEDS]
    assert list_pages([SEEDS[2], str(SEEDS[0])]) == [str(SEEDS[2]), str(SEEDS[0])]


def test_synchronous_bag_equals_serial_segment() -> None:
    bag = segment_bag(str(ROOT / "seeds" / "*.txt"), npartitions=3)
    assert bag.npartitions == 3
    assert bag.compute(scheduler="synchronous") == serial(SEEDS)  # type: ignore[no-untyped-call,unused-ignore]


def test_processes_write_json_lines_equal_to_serial_segment(tmp_path: Path) -> None:
    paths = [*SEEDS, tmp_path / "missing.txt", *SEEDS]
    bag = segment_bag(paths, npartitions=4)
    files = write_jsonl(bag, str(tmp_path / "out" / "part-*.jsonl"), scheduler="processes", num_workers=2)
    assert len(files) == 4
    records: list[dict[str, object]] = []
    for name in sorted(files, key=lambda f: int(Path(f).stem.split("-")[1])):
        text = Path(name).read_text(encoding="utf-8")
        assert text.endswith("\n")
        records.extend(json.loads(line) for line in text.splitlines())
    assert [r["file"] for r in records] == [str(p) for p in paths]
    assert records[5] == {"file": str(tmp_path / "missing.txt"), "error": "No such file or directory"}
    assert records[:5] + records[6:] == serial(SEEDS) * 2


def test_issue_date_reaches_the_workers() -> None:
    day = dt.date(2020, 8, 10)
    got = segment_bag(SEEDS[:2], issue_date=day).compute(scheduler="synchronous")  # type: ignore[no-untyped-call,unused-ignore]
    want = [
        {"file": str(p), **newsseg.segment(p.read_text(encoding="utf-8-sig"), issue_date=day).to_dict()}
        for p in SEEDS[:2]
    ]
    assert got == want

"""Dateline accuracy: newsseg against dateparser and JioNLP on the table of ``tests/test_dateline.py``.

Run from the project root: ``python benchmarks/bench_dateline.py``. dateparser and jionlp are optional and
imported lazily; a tool that is not installed is skipped with a note (``pip install dateparser jionlp``).

Two measures, each over the rows where it applies:

- **find**: the tool reads the first paragraph and must give the dateline's month and day (or nothing,
  where the paragraph has no dateline or only a vague word such as 近日). newsseg: ``parse_dateline``;
  dateparser: ``dateparser.search.search_dates`` (first hit); JioNLP: ``jionlp.ner.extract_time`` (first
  hit, parsed).
- **parse**: the tool is handed the expression alone (``7月12日上午``, ``近日``) and must read it right.
  newsseg: ``parse_dateline``; dateparser: ``dateparser.parse(languages=["zh"])``; JioNLP:
  ``jionlp.parse_time``. A day whose month came from a dispatch head inside the paragraph loses it here.

The external tools get the issue date, or for a dispatch head (中央社台北30日電) a reference day built
from it, as their relative base, so that 昨天 can be right for them too.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsseg.byline import parse_byline
from newsseg.dateline import parse_dateline

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]

#: A reading: (year, month, day), "vague" (a relative word with no date), or None (nothing found).
Reading = tuple[int | None, int | None, int | None] | str | None

#: The base date handed to the external tools when a row gives neither an issue date nor a dispatch day.
DEFAULT_BASE = dt.datetime(2019, 10, 15)  # noqa: DTZ001 - a calendar date, no time zone involved


def load_table() -> list[tuple[str, str | None, dt.date | None, dict[str, Any] | None]]:
    """The ``DATELINES`` table of the test module, without importing the tests as a package."""
    spec = importlib.util.spec_from_file_location("_dateline_table", ROOT / "tests" / "test_dateline.py")
    if spec is None or spec.loader is None:
        msg = "tests/test_dateline.py not found"
        raise SystemExit(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.DATELINES)


def judge(expected: dict[str, Any] | None, got: Reading) -> bool:
    """Right when the reading names the expected day (and month, year where known), or nothing when none."""
    if expected is None:
        return got is None
    month, day, year = expected.get("month"), expected.get("day"), expected.get("year")
    if day is None and month is None:
        return got in (None, "vague")  # 近日, 连日来: the honest answer is no date
    if not isinstance(got, tuple):
        return False
    got_year, got_month, got_day = got
    if day is not None and got_day != day:
        return False
    if month is not None and got_month != month:
        return False
    return year is None or got_year == year


def base_for(head: str | None, issue: dt.date | None) -> dt.datetime:
    """The relative base for the external tools: the issue date, else the dispatch head's day."""
    if issue is not None:
        return dt.datetime(issue.year, issue.month, issue.day)  # noqa: DTZ001
    byline = parse_byline(head) if head else None
    if byline is not None and byline.day is not None:
        return dt.datetime(DEFAULT_BASE.year, byline.month or 1, byline.day)  # noqa: DTZ001
    return DEFAULT_BASE


# --- newsseg --------------------------------------------------------------------------------------


def newsseg_reading(text: str, head: str | None, issue: dt.date | None) -> Reading:
    record = parse_dateline(text, issue_date=issue, byline=parse_byline(head) if head else None)
    if record is None:
        return None
    if record.month is None and record.day is None:
        return "vague" if record.relative else None
    return (record.year, record.month, record.day)


# --- dateparser -----------------------------------------------------------------------------------


def dateparser_tools() -> tuple[Callable[..., Reading], Callable[..., Reading]] | None:
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        return None

    def settings(base: dt.datetime) -> dict[str, Any]:
        return {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}

    def find(text: str, head: str | None, issue: dt.date | None) -> Reading:
        try:
            hits = search_dates(text, languages=["zh"], settings=settings(base_for(head, issue)))
        except Exception:
            return None
        if not hits:
            return None
        when = hits[0][1]
        return (when.year, when.month, when.day)

    def parse(text: str, head: str | None, issue: dt.date | None) -> Reading:
        try:
            when = dateparser.parse(text, languages=["zh"], settings=settings(base_for(head, issue)))
        except Exception:
            return None
        return None if when is None else (when.year, when.month, when.day)

    return find, parse


# --- JioNLP ---------------------------------------------------------------------------------------


def jionlp_tools() -> tuple[Callable[..., Reading], Callable[..., Reading]] | None:
    try:
        import jionlp
    except ImportError:
        return None

    def reading(parsed: dict[str, Any] | None) -> Reading:
        times = parsed.get("time") if parsed else None
        if not isinstance(times, list) or not times or not isinstance(times[0], str):
            return None  # a time_delta or time_period reading (a dict): no date
        first = times[0]
        when = dt.datetime.fromisoformat(first)
        return (when.year, when.month, when.day)

    def find(text: str, head: str | None, issue: dt.date | None) -> Reading:
        try:
            hits = jionlp.ner.extract_time(text, time_base=base_for(head, issue), with_parsing=True)
        except Exception:
            return None
        return reading(hits[0].get("detail")) if hits else None

    def parse(text: str, head: str | None, issue: dt.date | None) -> Reading:
        try:
            return reading(jionlp.parse_time(text, time_base=base_for(head, issue)))
        except Exception:  # JioNLP raises on 近日 and other vague words: no reading
            return None

    return find, parse


# --- the run --------------------------------------------------------------------------------------


def main() -> None:
    table = load_table()
    tools: dict[str, tuple[Callable[..., Reading], Callable[..., Reading]]] = {
        "newsseg": (newsseg_reading, newsseg_reading)
    }
    started = time.perf_counter()
    loaded = dateparser_tools()
    if loaded is None:
        print("note: dateparser is not installed; skipped (pip install dateparser)")
    else:
        tools["dateparser"] = loaded
    loaded = jionlp_tools()
    if loaded is None:
        print("note: jionlp is not installed; skipped (pip install jionlp)")
    else:
        tools["JioNLP"] = loaded
    print(f"(tools imported in {time.perf_counter() - started:.1f}s)")

    find_rows = table
    parse_rows = [row for row in table if row[3] is not None and row[3].get("text")]
    misses: dict[str, list[str]] = {name: [] for name in tools}
    print(f"\n{'tool':<12}{'find':>16}{'parse':>16}{'ms/row':>10}")
    for name, (find, parse) in tools.items():
        started = time.perf_counter()
        found = 0
        for text, head, issue, expected in find_rows:
            if judge(expected, find(text, head, issue)):
                found += 1
            else:
                misses[name].append(f"find  {text[:24]!r}")
        parsed = 0
        for _, head, issue, expected in parse_rows:
            assert expected is not None
            if judge(expected, parse(expected["text"], head, issue)):
                parsed += 1
            else:
                misses[name].append(f"parse {expected['text']!r}")
        elapsed = (time.perf_counter() - started) * 1000 / (len(find_rows) + len(parse_rows))
        print(
            f"{name:<12}{found:>6}/{len(find_rows):<3} {found / len(find_rows):4.0%}"
            f"{parsed:>6}/{len(parse_rows):<3} {parsed / len(parse_rows):4.0%}{elapsed:>10.2f}"
        )
    if "-v" in sys.argv[1:]:
        for name, lines in misses.items():
            print(f"\n{name} misses ({len(lines)}):")
            for line in lines:
                print("  ", line)


if __name__ == "__main__":
    main()

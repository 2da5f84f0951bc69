"""``segment`` checks its arguments at the call and names what is wrong (issue 12, point 6)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

import newsseg

if TYPE_CHECKING:
    from pathlib import Path

PAGE = "本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n\n示范区召开政府廉政工作会议\n"


@pytest.mark.parametrize(
    "issue_date", [dt.date(2020, 8, 10), dt.datetime(2020, 8, 10, 6, 30, tzinfo=dt.timezone.utc), "2020-08-10"]
)
def test_issue_date_as_date_datetime_or_iso_text(issue_date: object) -> None:
    """Before: a string failed with AttributeError and a datetime with TypeError, deep inside."""
    page = newsseg.segment(PAGE, issue_date=issue_date)  # type: ignore[arg-type]
    dateline = page.articles[0].dateline
    assert dateline is not None
    assert dateline.date == dt.date(2020, 8, 7)


@pytest.mark.parametrize(
    ("issue_date", "error", "message"),
    [
        ("8月10日", ValueError, "issue_date: not an ISO date"),
        (20200810, TypeError, "issue_date must be a datetime.date"),
    ],
)
def test_a_bad_issue_date_is_refused_even_on_a_page_without_dates(
    issue_date: object, error: type[Exception], message: str
) -> None:
    """Before: refused only when the page had a date; now at the call."""
    with pytest.raises(error, match=message):
        newsseg.segment("没有日期的一页。", issue_date=issue_date)  # type: ignore[arg-type]


def test_a_path_object_is_refused_with_what_to_do(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    with pytest.raises(TypeError, match=r"not a path .*read the file first"):
        newsseg.segment(page)  # type: ignore[arg-type]


def test_a_string_naming_an_existing_file_is_refused(tmp_path: Path) -> None:
    """Before: the path itself came back as an article."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    with pytest.raises(ValueError, match="path of an existing file"):
        newsseg.segment(str(page))
    assert newsseg.segment(str(tmp_path / "no_such_page.txt")).source  # not a file: text like any other

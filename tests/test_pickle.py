"""Results travel between processes and machines: records pickle to equal objects, ``to_dict`` is JSON."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseg
from newsseg.batch import FileResult
from newsseg.model import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    Headline,
    Leftover,
    Page,
    Paragraph,
    Span,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PROTOCOLS = range(pickle.HIGHEST_PROTOCOL + 1)

# --- strategies for every record ----------------------------------------------------------------------------

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
maybe_texts = st.none() | texts
names = st.lists(texts, max_size=3).map(tuple)
small = st.none() | st.integers(min_value=1, max_value=31)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Span(start, start + draw(st.integers(min_value=0, max_value=500)))


bylines = st.builds(
    Byline,
    text=texts,
    source=maybe_texts,
    agency=maybe_texts,
    place=maybe_texts,
    month=small,
    day=small,
    reporters=names,
    correspondents=names,
    photographers=names,
    others=st.lists(st.tuples(texts, texts), max_size=2).map(tuple),
    span=st.none() | spans(),
)
datelines = st.builds(
    Dateline,
    text=texts,
    year=st.none() | st.integers(min_value=1900, max_value=2100),
    month=small,
    day=small,
    part=maybe_texts,
    date=st.none() | st.dates(),
    relative=st.booleans(),
    span=st.none() | spans(),
)
headlines = st.builds(
    Headline,
    kicker=maybe_texts,
    main=maybe_texts,
    subtitle=maybe_texts,
    spans=st.lists(spans(), max_size=3).map(tuple),
)
articles = st.builds(
    Article,
    kind=st.sampled_from(["news", "feature", "commentary", "interview", "photo"]),
    headline=st.none() | headlines,
    byline=st.none() | bylines,
    dateline=st.none() | datelines,
    paragraphs=st.lists(st.builds(Paragraph, text=texts, span=spans()), max_size=3).map(tuple),
    captions=st.lists(st.builds(Caption, text=texts, span=spans(), marker=maybe_texts), max_size=2).map(tuple),
    spans=st.lists(spans(), max_size=3).map(tuple),
)
pages = st.builds(
    Page,
    articles=st.lists(articles, max_size=3).map(tuple),
    credits=st.lists(st.builds(Credit, role=texts, name=texts, span=spans()), max_size=3).map(tuple),
    leftovers=st.lists(st.builds(Leftover, text=texts, span=spans()), max_size=3).map(tuple),
    source=texts,
)


def round_trip(value: object, protocol: int = pickle.HIGHEST_PROTOCOL) -> object:
    return pickle.loads(pickle.dumps(value, protocol=protocol))  # noqa: S301 - our own bytes


def is_plain_json(value: object) -> bool:
    """Only dict (str keys), list, str, int, float, bool and None, all the way down."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, list):
        return all(is_plain_json(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and is_plain_json(item) for key, item in value.items())
    return False


# --- every record, every protocol ---------------------------------------------------------------------------

FULL = Page(
    articles=(
        Article(
            kind="news",
            headline=Headline(kicker="抓落实", main="示范区召开政府廉政工作会议", subtitle="部署", spans=(Span(0, 3),)),
            byline=Byline(
                text="新华社北京8月7日电（记者 张三 李四）",
                agency="新华社",
                place="北京",
                month=8,
                day=7,
                reporters=("张三", "李四"),
                others=(("实习生", "王五"),),
                span=Span(4, 20),
            ),
            dateline=Dateline(
                text="8月7日上午",
                year=2020,
                month=8,
                day=7,
                part="上午",
                date=dt.date(2020, 8, 7),
                span=Span(21, 27),
            ),
            paragraphs=(Paragraph(text="8月7日上午，会议召开。", span=Span(21, 33)),),
            captions=(Caption(text="会议现场。", span=Span(40, 45), marker="上图"),),
            spans=(Span(0, 33), Span(40, 45)),
        ),
    ),
    credits=(Credit(role="编辑", name="陈彬", span=Span(50, 55)),),
    leftovers=(Leftover(text="A3", span=Span(60, 62)),),
    source="本报讯" * 30,
)
RECORDS = [
    FULL,
    FULL.articles[0],
    FULL.articles[0].headline,
    FULL.articles[0].byline,
    FULL.articles[0].dateline,
    FULL.articles[0].paragraphs[0],
    FULL.articles[0].captions[0],
    FULL.credits[0],
    FULL.leftovers[0],
    Span(3, 9),
    Page(),
    FileResult(path="a.txt", page=FULL),
    FileResult(path="b.txt", error="No such file or directory"),
]


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_every_record_pickles_to_an_equal_object(record: object, protocol: int) -> None:
    back = round_trip(record, protocol)
    assert back == record
    assert type(back) is type(record)
    assert hash(back) == hash(record)


@given(pages)
def test_any_page_pickles_to_an_equal_page(page: Page) -> None:
    back = round_trip(page)
    assert back == page
    assert back.to_dict() == page.to_dict()


@given(pages)
def test_to_dict_is_plain_json(page: Page) -> None:
    data = page.to_dict()
    assert is_plain_json(data)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert json.loads(page.to_json()) == data


def test_full_page_to_dict_survives_json() -> None:
    data = FULL.to_dict()
    assert is_plain_json(data)
    assert json.loads(json.dumps(data)) == data
    assert data["articles"][0]["dateline"]["date"] == "2020-08-07"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_segmented_seed_pages_pickle_and_serialise(path: Path) -> None:
    page = newsseg.segment(path.read_text(encoding="utf-8-sig"))
    assert round_trip(page) == page
    data = page.to_dict()
    assert is_plain_json(data)
    assert json.loads(page.to_json()) == data

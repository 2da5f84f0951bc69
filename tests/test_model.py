"""The records: every field keeps its span in ``to_dict()``, and ``from_dict`` gives back an equal page."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsseg
from newsseg.model import Article, Box, Caption, Credit, Page, Paragraph, Span

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TWO_EDITORS = (
    "本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n\n示范区召开政府廉政工作会议\n\n"
    "编辑:陈彬 版式:车璇\n\n"
    "本报讯（记者付凯明）8月8日上午，示范区召开大会。\n\n示范区召开大会\n\n"
    "编辑:李四 校对:刘勇\n"
)


def test_a_role_printed_twice_keeps_both_names() -> None:
    """Before: ``{"编辑": "李四"}``, 陈彬 lost."""
    page = newsseg.segment(TWO_EDITORS)
    data = page.to_dict()
    assert data["credits"]["编辑"] == "陈彬、李四"
    items = data["credit_items"]
    assert [(c["role"], c["name"]) for c in items] == [
        ("编辑", "陈彬"),
        ("版式", "车璇"),
        ("编辑", "李四"),
        ("校对", "刘勇"),
    ]
    for item in items:
        assert item["name"] in TWO_EDITORS[slice(*item["span"])]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_every_field_record_keeps_its_span_in_to_dict(path: Path) -> None:
    """Before: only whole articles had spans; paragraphs, captions, headline, byline, dateline had none."""
    text = path.read_text(encoding="utf-8-sig")
    data = newsseg.segment(text).to_dict()
    for article in data["articles"]:
        assert article["paragraphs"] == [p["text"] for p in article["paragraph_items"]], "paragraphs stay strings"
        assert article["captions"] == [c["text"] for c in article["caption_items"]]
        for paragraph in article["paragraph_items"]:
            start, end = paragraph["span"]
            assert paragraph["text"][-1] == text[end - 1]
        for caption in article["caption_items"]:
            assert "marker" in caption
        if article["headline"]:
            assert article["headline"]["spans"]
        for field in ("byline", "dateline"):
            if article[field]:
                start, end = article[field]["span"]
                assert (
                    text[start:end].replace("\n", "").replace(" ", "")[:2]
                    == article[field]["text"].replace(" ", "")[:2]
                )


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_from_dict_and_from_json_give_back_an_equal_page(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    page = newsseg.segment(text, issue_date=dt.date(2020, 8, 10))
    assert Page.from_dict(page.to_dict(), source=text) == page
    assert Page.from_json(page.to_json(), source=text) == page
    assert Page.from_dict(json.loads(json.dumps(page.to_dict()))).to_dict() == page.to_dict()


def test_from_dict_keeps_the_caption_marker_and_pdf_boxes() -> None:
    article = Article(
        kind="photo",
        captions=(Caption(text="会议现场。", span=Span(2, 7), marker="上图"),),
        spans=(Span(0, 7),),
        page=2,
        boxes=(Box(page=2, x0=36.0, y0=700.5, x1=180.0, y1=712.0),),
    )
    page = Page(articles=(article,), source="上图会议现场。")
    data = page.to_dict()
    assert data["articles"][0]["caption_items"] == [{"text": "会议现场。", "marker": "上图", "span": [2, 7]}]
    assert Page.from_dict(data, source=page.source) == page


def test_old_data_without_spans_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="paragraph_items"):
        Page.from_dict({"articles": [{"kind": "news", "paragraphs": ["一段。"]}]})
    with pytest.raises(TypeError, match="JSON object"):
        Page.from_json("[]")


def test_a_page_is_a_sequence_of_articles_and_prints_as_text() -> None:
    page = newsseg.segment(TWO_EDITORS)
    assert len(page) == 2
    assert Page(), "a page without articles is still a page: `if result.page` keeps meaning `is not None`"
    assert len(Page()) == 0
    assert [a.title for a in page] == ["示范区召开政府廉政工作会议", "示范区召开大会"]
    shown = str(page.articles[0])
    assert shown.startswith("示范区召开政府廉政工作会议\n")
    assert "byline: 本报讯（记者郭树勋）" in shown
    assert "8月7日上午，示范区召开会议。" in shown
    assert str(page) == page.to_text()
    assert "credits: 编辑:陈彬 版式:车璇 编辑:李四 校对:刘勇" in str(page)


def test_to_markdown_is_the_command_line_markdown() -> None:
    page = newsseg.segment(TWO_EDITORS, issue_date="2020-08-10")
    markdown = page.to_markdown(issue_date=dt.date(2020, 8, 10))
    assert markdown.startswith("*issue date: 2020-08-10*\n")
    assert "## 示范区召开政府廉政工作会议\n" in markdown
    assert "- dateline: 8月7日上午 (2020-08-07)" in markdown


def test_paragraph_and_credit_records() -> None:
    paragraph = Paragraph(text="一段。", span=Span(0, 3))
    assert str(paragraph) == "一段。"
    assert Paragraph.from_dict(paragraph.to_dict()) == paragraph
    credit = Credit(role="编辑", name="陈彬", span=Span(0, 5))
    assert Credit.from_dict(credit.to_dict()) == credit

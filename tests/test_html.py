"""The notebook display: cards and the painted page, on pages built by hand and on ``segment`` output."""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseg
from newsseg._html import article_html, page_html
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

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))

# A small page laid out the way the seeds are: a body, its title block after it, a photo item, a page number
# and the page credits.
SOURCE = (
    "本报讯（记者郭树勋）8月7日上午，示范区召开\n会议。\n"
    "王家鹏强调，要认清形势。\n\n"
    "示范区召开政府廉政工作会议\n\n"
    "上图 工人正在瓷韵广场硬化地面。\n本报记者 付凯明 摄\n"
    "A3\n"
    "编辑:陈彬 版式:车璇\n"
)


def span_of(piece: str, text: str = SOURCE) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece))


def hand_page(source: str = SOURCE) -> Page:
    body = span_of("本报讯（记者郭树勋）8月7日上午，示范区召开\n会议。\n王家鹏强调，要认清形势。", source)
    title = span_of("示范区召开政府廉政工作会议", source)
    caption = span_of("上图 工人正在瓷韵广场硬化地面。", source)
    photo_credit = span_of("本报记者 付凯明 摄", source)
    news = Article(
        kind="news",
        headline=Headline(main="示范区召开政府廉政工作会议", spans=(title,)),
        byline=Byline(
            text="本报讯（记者郭树勋）",
            source="本报讯",
            reporters=("郭树勋",),
            span=span_of("本报讯（记者郭树勋）", source),
        ),
        dateline=Dateline(text="8月7日上午", month=8, day=7, part="上午", span=span_of("8月7日上午", source)),
        paragraphs=(
            Paragraph(text="8月7日上午，示范区召开会议。", span=span_of("8月7日上午，示范区召开\n会议。", source)),
            Paragraph(text="王家鹏强调，要认清形势。", span=span_of("王家鹏强调，要认清形势。", source)),
        ),
        spans=(body, title),
    )
    photo = Article(
        kind="photo",
        byline=Byline(text="本报记者 付凯明 摄", photographers=("付凯明",), span=photo_credit),
        captions=(Caption(text="工人正在瓷韵广场硬化地面。", span=caption, marker="上图"),),
        spans=(Span(caption.start, photo_credit.end),),
    )
    return Page(
        articles=(news, photo),
        credits=(
            Credit(role="编辑", name="陈彬", span=span_of("编辑:陈彬", source)),
            Credit(role="版式", name="车璇", span=span_of("版式:车璇", source)),
        ),
        leftovers=(Leftover(text="A3", span=span_of("A3", source)),),
        source=source,
    )


class _Reader(HTMLParser):
    """Checks that tags nest, and collects the painted source (without insets) and the text of each mark."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.painted: list[str] = []
        self.marks: list[tuple[str, str]] = []
        self.tags: set[str] = set()
        self.attrs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        found = dict(attrs)
        self.attrs.extend(found)
        self.stack.append((tag, found.get("class") or ""))
        if tag == "mark" and self._in("newsseg-text"):
            self.marks.append((found.get("class") or "", ""))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        opened, _ = self.stack.pop()
        assert opened == tag, f"<{opened}> closed by </{tag}>"

    def _in(self, cls: str) -> bool:
        return any(cls in c.split() for _, c in self.stack)

    def handle_data(self, data: str) -> None:
        if self._in("newsseg-text") and not self._in("newsseg-inset"):
            self.painted.append(data)
            if self._in_mark():
                cls, text = self.marks[-1]
                self.marks[-1] = (cls, text + data)

    def _in_mark(self) -> bool:
        return any(tag == "mark" for tag, _ in self.stack)


def read(markup: str) -> _Reader:
    reader = _Reader()
    reader.feed(markup)
    reader.close()
    assert not reader.stack, f"unclosed: {reader.stack}"
    return reader


def marked(reader: _Reader, role: str) -> list[str]:
    return [text for cls, text in reader.marks if f"newsseg-{role}" in cls.split()]


def test_cards_show_every_part_of_an_article() -> None:
    page = hand_page()
    markup = page_html(page)
    for part in (
        "示范区召开政府廉政工作会议",
        "本报讯（记者郭树勋）",
        "郭树勋",
        "8月7日上午",
        "工人正在瓷韵广场硬化地面。",
    ):
        assert part in markup
    assert "付凯明" in markup
    assert "王家鹏强调，要认清形势。" in markup
    assert "2 articles · 2 credits · 1 leftover" in markup
    assert "编辑 陈彬 · 版式 车璇" in markup


def test_the_page_text_is_painted_exactly_once() -> None:
    reader = read(page_html(hand_page()))
    assert "".join(reader.painted) == SOURCE


def test_marks_cover_what_the_records_say() -> None:
    reader = read(page_html(hand_page()))
    assert marked(reader, "title") == ["示范区召开政府廉政工作会议"]
    assert marked(reader, "byline") == ["本报讯（记者郭树勋）", "本报记者 付凯明 摄"]
    assert marked(reader, "dateline") == ["8月7日上午"]
    assert marked(reader, "caption") == ["上图 工人正在瓷韵广场硬化地面。"]
    assert marked(reader, "leftover") == ["A3"]
    assert marked(reader, "credit") == ["编辑:陈彬", "版式:车璇"]
    assert marked(reader, "lost") == []
    assert marked(reader, "clash") == []


def test_each_article_has_its_own_colour() -> None:
    markup = page_html(hand_page())
    assert 'class="newsseg-a0" style="background:#fde2c8;"' in markup
    assert 'class="newsseg-a1" style="background:#cde8f6;"' in markup


def test_lost_and_doubly_claimed_text_is_flagged() -> None:
    good = hand_page()
    news, photo = good.articles
    body, _ = news.spans
    # The title left out of every span, and the photo item claiming the last line of the body too.
    page = Page(
        articles=(
            Article(kind="news", spans=(body,)),
            Article(kind="photo", spans=(Span(body.end - 5, body.end), photo.spans[0])),
        ),
        credits=good.credits,
        leftovers=good.leftovers,
        source=SOURCE,
    )
    markup = page_html(page)
    reader = read(markup)
    assert "".join(reader.painted) == SOURCE
    assert marked(reader, "lost") == ["示范区召开政府廉政工作会议"]
    assert marked(reader, "clash") == ["认清形势。"]
    assert "13 characters lie in no span; 5 characters lie in two spans" in markup


def test_text_is_escaped_everywhere() -> None:
    nasty = '<script>alert("x")</script>&amp;'
    source = f"{nasty}\n{nasty}\n"
    whole = Span(0, len(source))
    page = Page(
        articles=(
            Article(
                kind="news",
                headline=Headline(kicker=nasty, main=nasty, subtitle=nasty, spans=(Span(0, len(nasty)),)),
                byline=Byline(text=nasty, reporters=(nasty,), others=((nasty, nasty),)),
                dateline=Dateline(text=nasty, part=nasty),
                paragraphs=(Paragraph(text=nasty, span=whole),),
                captions=(Caption(text=nasty, span=whole, marker=nasty),),
                spans=(whole,),
            ),
        ),
        credits=(Credit(role=nasty, name=nasty, span=Span(0, 1)),),
        leftovers=(Leftover(text=nasty, span=Span(0, 1)),),
        source=source,
    )
    for markup in (page_html(page), article_html(page.articles[0])):
        assert "<script" not in markup
        assert html.escape(nasty) in markup
        read(markup)
    assert "".join(read(page_html(page)).painted) == source


def test_the_markup_is_self_contained() -> None:
    reader = read(page_html(hand_page()))
    assert not reader.tags & {"script", "style", "link", "img", "iframe", "object", "embed"}
    assert not {"src", "href", "onclick", "onload"} & set(reader.attrs)
    markup = page_html(hand_page())
    assert "url(" not in markup
    assert "http" not in markup


def test_spans_in_other_coordinates_are_not_painted() -> None:
    page = hand_page()
    news = page.articles[0]
    # A dateline span left in its paragraph's coordinates, a caption span past the end of the text.
    astray = Page(
        articles=(
            Article(
                kind="news",
                headline=news.headline,
                byline=news.byline,
                dateline=Dateline(text="8月7日上午", span=Span(0, 6)),
                paragraphs=news.paragraphs,
                captions=(Caption(text="x", span=Span(len(SOURCE) + 5, len(SOURCE) + 9)),),
                spans=news.spans,
            ),
            page.articles[1],
        ),
        credits=page.credits,
        leftovers=page.leftovers,
        source=SOURCE,
    )
    reader = read(page_html(astray))
    assert marked(reader, "dateline") == []
    assert "".join(reader.painted) == SOURCE


def test_cards_fold_long_bodies_in_the_page_view_only() -> None:
    page = hand_page()
    assert "1 more paragraph</summary>" in page_html(page)
    assert "<details" not in article_html(page.articles[0])
    assert "王家鹏强调" in article_html(page.articles[0])


def test_paragraph_starts_are_inset_in_the_page_text() -> None:
    markup = page_html(hand_page())
    assert markup.count('title="article 1, paragraph') == 2
    assert 'title="article 1: 示范区召开政府廉政工作会议"' in markup
    assert 'title="article 2: (no headline)"' in markup


def test_empty_records_render() -> None:
    assert "(no page text" in page_html(Page())
    assert "0 articles" in page_html(Page())
    card = article_html(Article(kind="news"))
    assert "(no headline)" in card
    assert "(no paragraphs)" in card
    read(card)


def test_dateline_reading_and_byline_roles() -> None:
    card = article_html(
        Article(
            kind="news",
            byline=Byline(text="新华社北京8月7日电", agency="新华社", place="北京", others=(("实习生", "王五"),)),
            dateline=Dateline(text="昨天", date=dt.date(2020, 8, 6), year=2020, month=8, day=6, relative=True),
        )
    )
    assert "2020年8月6日 = 2020-08-06 (relative to the issue)" in card
    assert "agency 新华社 · place 北京 · 实习生 王五" in card


def test_form_feeds_and_control_characters_stay_visible() -> None:
    source = "甲乙\f丙\x00丁\x85"
    page = Page(articles=(Article(kind="news", spans=(Span(0, len(source)),)),), source=source)
    markup = page_html(page)
    assert ">form feed</span>\n" in markup
    assert "丙\u2400丁\ufffd" in markup
    assert "\x00" not in markup
    assert "\f" not in markup
    assert "".join(read(markup).painted) == "甲乙\n丙\u2400丁\ufffd"


def test_repr_html_delegates() -> None:
    page = hand_page()
    assert page._repr_html_() == page_html(page)
    assert page.articles[0]._repr_html_() == article_html(page.articles[0])


_TEXT = st.text(st.sampled_from("本报讯记者 \n\u3000<>&\"'a1，。\r"), max_size=60)


@st.composite
def painted_pages(draw: st.DrawFn) -> Page:
    source = draw(_TEXT)
    size = len(source)
    spans = st.tuples(st.integers(0, size + 3), st.integers(0, size + 3)).map(lambda p: Span(min(p), max(p)))
    articles = tuple(
        Article(
            kind="news",
            headline=Headline(main=draw(_TEXT), spans=tuple(draw(st.lists(spans, max_size=2)))),
            byline=Byline(text=draw(_TEXT), span=draw(spans)),
            dateline=Dateline(text=draw(_TEXT), span=draw(spans)),
            paragraphs=tuple(Paragraph(text=draw(_TEXT), span=s) for s in draw(st.lists(spans, max_size=3))),
            captions=tuple(Caption(text=draw(_TEXT), span=s) for s in draw(st.lists(spans, max_size=2))),
            spans=tuple(draw(st.lists(spans, max_size=3))),
        )
        for _ in range(draw(st.integers(0, 14)))
    )
    page_credits = tuple(Credit(role="编辑", name="陈彬", span=s) for s in draw(st.lists(spans, max_size=2)))
    leftovers = tuple(Leftover(text="x", span=s) for s in draw(st.lists(spans, max_size=2)))
    return Page(articles=articles, credits=page_credits, leftovers=leftovers, source=source)


@given(painted_pages())
def test_any_page_renders_balanced_and_keeps_its_text(page: Page) -> None:
    reader = read(page_html(page))
    assert "".join(reader.painted) == page.source


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_segmented_seed_pages_render(seed: Path) -> None:
    source = seed.read_text(encoding="utf-8")
    page = newsseg.segment(source)
    markup = page_html(page)
    reader = read(markup)
    shown = "".join(reader.painted)
    assert shown == "".join(ch if ch != "\f" else "\n" for ch in source)
    for article in page.articles:
        if article.title:
            assert html.escape(article.title) in markup


def test_page_text_flows_in_columns_across_the_cell() -> None:
    """Before: one narrow strip (max-width 72em, a single column of 8-30 character lines)."""
    shown = page_html(hand_page())
    text_view = shown[shown.index('<pre class="newsseg-text"') :]
    style = text_view[: text_view.index(">")]
    assert "column-width:" in style
    outer = shown[: shown.index(">")]
    assert "max-width" not in outer, "the page text may use the cell's whole width"

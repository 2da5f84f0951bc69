"""The segmenter's stages on their own: line labels read off an annotation, line features, the labeller, and the
page-level decisions they feed (titles, subheads, dispatch trailers, tags, pages that run on across a form feed).
"""

from __future__ import annotations

import importlib.util
import json
import math
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import opencc
import pytest

import newsseg
from layout import check_page_coverage
from newsseg._features import LineFacts, line_features
from newsseg._labeller import Labeller, default_labeller
from newsseg._text import iter_lines
from newsseg._train import line_labels
from newsseg.segment import _bound_particle, _ends_in_noun, _split_glued_heads, segment_with

SHARED = Path(__file__).resolve().parents[2] / "shared"

PAGE = (
    "本报讯（记者郭树勋）8月7日上午，示范区召开政府廉政工作会议。会议要求，各级各部门要进一\n"
    "\n"
    "步提高思想认识。\n"
    "\n"
    "示范区召开政府廉政工作会议\n"
    "\n"
    "A3\n"
)
GOLD = {
    "articles": [
        {
            "kind": "news",
            "headline": "示范区召开政府廉政工作会议",
            "byline": "本报讯（记者郭树勋）",
            "body_start": "8月7日上午，示范区召开政府",
            "body_end": "各部门要进一步提高思想认识。",
            "captions": [],
        }
    ]
}


def test_line_labels_read_off_the_annotation() -> None:
    # the first line holds the byline and more of the body: it is a body line
    assert line_labels(PAGE, GOLD) == ["body", "body", "title", "furniture"]


def test_a_headline_in_the_body_is_not_taken_for_the_title_line() -> None:
    page = "会议宣布示范区召开政府廉政工作会议的决定。\n\n示范区召开政府廉政工作会议\n"
    gold = {
        "articles": [
            {
                "kind": "news",
                "headline": "示范区召开政府廉政工作会议",
                "body_start": "会议宣布示范区召开政府廉政工作",
                "body_end": "召开政府廉政工作会议的决定。",
            }
        ]
    }
    assert line_labels(page, gold) == ["body", "title"]


def _facts(text: str, **kw: object) -> LineFacts:
    base: dict[str, object] = {
        "text": text,
        "kind": "body",
        "width": 2 * len(text),
        "column": 24,
        "final": text.endswith("。"),
        "blank_before": 0,
        "indent": 0,
        "splits_next": False,
        "doubled": False,
        "opens": False,
        "closes": 0,
    }
    base.update(kw)
    return LineFacts(**base)  # type: ignore[arg-type]


def test_line_features_name_the_evidence() -> None:
    feats = line_features(
        [_facts("各级各部门要进一步提高。"), _facts("（国际论坛）", title_like=True, opens=True, closes=2)]
    )
    assert feats[0]["final"] == 1.0
    assert feats[0]["page_first"] == 1.0
    second = feats[1]
    assert second["tag"] == 1.0
    assert second["prev_final"] == 1.0
    assert second["rule_title:2"] == 1.0
    assert second["page_last"] == 1.0
    assert "rule_title:2&title_like" in second


def test_labeller_probabilities_and_explanations() -> None:
    labeller = Labeller(weights={"title": {"tag": 2.0}, "body": {"final": 1.5}}, bias={"title": -1.0, "body": 0.0})
    probs = labeller.probabilities({"tag": 1.0})
    assert math.isclose(sum(probs.values()), 1.0)
    assert probs["title"] > probs["body"]
    assert labeller.explain({"tag": 1.0, "final": 1.0}, "title") == [("tag", 2.0), ("final", -1.5)]
    assert Labeller.from_json(labeller.to_json()).probabilities({"tag": 1.0}) == probs


def test_the_shipped_labeller_loads_and_knows_titles() -> None:
    labeller = default_labeller()
    assert set(labeller.labels) == {"body", "title"}
    title = line_features(
        [_facts("各级各部门要进一步提高。"), _facts("示范区召开会议", width=14, blank_before=1, title_like=True)]
    )[1]
    body = line_features([_facts("各级各部门要进一步提高认"), _facts("识，确保如期开园，全面推进", width=26)])[1]
    assert labeller.probabilities(title)["title"] > labeller.probabilities(body)["title"]


def test_a_short_line_between_body_lines_is_a_subhead_of_the_article() -> None:
    text = (
        "本报记者 丛佳鑫\n\n近日，一个开源项目在技术社区上爆火，引发广泛讨论。\n\n“赛博永生”暗藏隐忧\n\n"
        "受访专家认为，这看似是能够提升生产力的工具，实则暗藏隐忧。\n\n把离职员工“炼化”成数字人继续干活？\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.headline is not None
    assert article.headline.main == "把离职员工“炼化”成数字人继续干活？"
    assert [p.text for p in article.paragraphs][1] == "“赛博永生”暗藏隐忧"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "多名配音演员和机构公开发文，反对擅自采集个人声音。\n新华社北京4月24日电\n\n当声音被AI“偷走”，该怎么办\n",
            "新华社北京4月24日电",
        ),
        # a Traditional page: the head as printed (電) is compared with the line's Simplified copy (电)
        (
            "多名配音演員和機構公開發文，反對擅自採集個人聲音。\n新華社北京4月24日電\n\n當聲音被AI“偷走”，該怎麼辦\n",
            "新華社北京4月24日電",
        ),
    ],
)
def test_a_dispatch_head_after_the_body_closes_the_article(text: str, head: str) -> None:
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1].text.endswith(head)


@pytest.mark.parametrize("titles_after", [False, True])
@pytest.mark.parametrize("folio", ["", "3"])
def test_an_article_runs_on_across_a_form_feed(titles_after: bool, folio: str) -> None:
    title = "示范区召开政府廉政工作会议\n\n"
    body = (
        "本报讯（记者郭树勋）8月7日上午，示范区召开政府廉政工作会议，区领导出席会议并要\n求各级各部门要进一\n"
        f"\f{folio}\n\n步提高思想认识。会议强调了纪律。\n\n"
    )
    page = newsseg.segment(body + title if titles_after else title + body)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.headline is not None
    assert article.headline.main == "示范区召开政府廉政工作会议"
    assert [x.text for x in page.leftovers] == ([folio] if folio else [])
    last = article.paragraphs[-1]
    assert last.text.endswith("进一步提高思想认识。会议强调了纪律。")
    # the page number between the halves is not the paragraph's: it is read from the two halves, around it
    pieces = [page.source[s.start : s.end] for s in last.pieces]
    assert (
        (pieces[-1], folio in "".join(pieces)) == ("步提高思想认识。会议强调了纪律。", False) if folio else not pieces
    )


def test_an_article_signed_under_its_end_runs_on_across_a_form_feed() -> None:
    # A commentary continued on the next printed page, its author's note under the end: the note closes the
    # article, it starts none.
    text = (
        "深刻把握法治的战略定位\n\n江必新\n\n法治是国家治理体系和治理能力的重要依托，规划纲要对此作出\n"
        "\f以法治监督防止规划纲要实施中的权力滥用，这是规划落实的保障。\n\n（作者系中国社会工作联合会副会长）\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    assert page.articles[0].title == "深刻把握法治的战略定位"


def test_a_new_article_after_a_form_feed_stays_apart() -> None:
    text = "本报讯（记者郭树勋）示范区召开会议。\n\f本报讯（记者付凯明）示范区举行活动。\n"
    assert len(newsseg.segment(text).articles) == 2


def test_a_column_tag_joins_its_title() -> None:
    text = (
        "符合国情的制度给中国人民带来好生活\n（国际论坛）\n\n70年来，新中国发展取得了辉煌成就，这令人无比高兴。"
        "中国发展之快、变化之大为世人惊叹。\n"
    )
    page = newsseg.segment(text)
    article = page.articles[0]
    assert article.headline is not None
    assert article.headline.main is not None
    assert article.headline.main.endswith("（国际论坛）")
    assert article.paragraphs[0].text.startswith("70年来")


def test_a_short_title_over_its_column_tag_between_two_bodies_is_no_subhead() -> None:
    # pdftotext: an article's last line, a blank line, a short title, its column's tag, the next body.
    first = _column("荣誉是次要的，主要是我尝到了锻炼的甜头，也希望更多人都能品尝到运动的好滋味。", 13)
    second = _column("尽管东京奥运会预选赛仍然是困难重重，但中国队已经做好了准备，将全力以赴。", 13)
    page = newsseg.segment(f"我尝到了运动的甜头\n{first}\n\n改变，从细节开始\n（体坛观澜）\n{second}\n")
    assert [a.title for a in page.articles] == ["我尝到了运动的甜头", "改变，从细节开始（体坛观澜）"]


def test_a_short_title_set_apart_by_more_blank_lines_than_any_break_in_the_text_is_no_subhead() -> None:
    first = [
        _column(p, 12)
        for p in (
            "书籍是人类挚友、文明载体，也是领导干部提升能力的阶梯。",
            "领导干部读书要讲求方法和技巧，让阅读赋能治理实践。",
        )
    ]
    second = _column("坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。", 12)
    page = newsseg.segment(f"领导干部读书贵在得法\n\n{first[0]}\n\n{first[1]}\n\n\n重要言论\n\n{second}\n")
    assert [a.title for a in page.articles] == ["领导干部读书贵在得法", "重要言论"]


def test_a_line_the_labeller_calls_a_title_is_none_when_it_leaves_a_quotation_open() -> None:
    # A labeller sure that a title-like line after a blank is a title: the line that opens a quotation the next
    # line closes runs on into the text (“进企业、进农村… / 网络”…).
    sure = Labeller(weights={"title": {"blank_before&title_like": 20.0}}, bias={"title": -10.0, "body": 0.0})
    body = _column("活动现场气氛热烈，工作人员向群众发放宣传资料，讲解国家安全知识。", 13)
    text = f"{body}\n\n“进企业、进农村、进机关、进\n网络”宣传活动掀起高潮。\n"
    page = segment_with(text, model=sure)
    assert all(not (a.title or "").startswith("“进企业") for a in page.articles)
    assert "“进企业、进农村、进机关、进网络”宣传活动掀起高潮。" in [p.text for a in page.articles for p in a.paragraphs]


def test_a_block_at_the_page_head_set_apart_by_two_blank_lines_is_a_title_with_its_comma() -> None:
    body = [
        _column(p, 11)
        for p in (
            "我国首艘自主建造的极地科学考察破冰船15日首航南极，它将与另一艘考察船一起开启新的时代。",
            "从1984年我国首次开展南极考察活动开始，到如今我国南极科考事业已走过35个年头。",
        )
    ]
    page = newsseg.segment(f"新装备、新任务，极地科考再启程\n新船去南极破冰\n\n\n{body[0]}\n{body[1]}\n")
    (article,) = page.articles
    assert article.headline is not None
    assert "新船去南极破冰" in (article.headline.main or "")
    assert article.paragraphs[0].text.startswith("我国首艘")


def test_the_shipped_weights_are_plain_json() -> None:
    data = json.loads(resources.files("newsseg").joinpath("labeller.json").read_text(encoding="utf-8"))
    assert set(data) == {"bias", "weights"}


def test_running_heads_footers_and_desk_credits_are_no_articles() -> None:
    """A seed page under a two-line running head, with a footer and a desk credit: the articles stay as they were."""
    seed = (Path(__file__).resolve().parent.parent / "seeds" / "000_e620f357bb1e5750.txt").read_text(encoding="utf-8")
    framed = "2019年10月15日 星期二\n人民日报\n\n" + seed + "\n\n第 82 页\n本版责编：陈  凌\n"
    plain, page = newsseg.segment(seed), newsseg.segment(framed)
    assert [a.title for a in page.articles] == [a.title for a in plain.articles]
    assert {"2019年10月15日 星期二", "人民日报", "第 82 页"} <= {x.text for x in page.leftovers}
    assert ("本版责编", "陈凌") in {(c.role, c.name) for c in page.credits}


def test_conventions_learned_from_a_batch_and_pinned() -> None:
    body = "".join(f"第{n}段，示范区召开会议，部署下一步工作。\n" for n in range(8))
    titles = {3: "示范区召开会议", 4: "全市举行活动", 5: "高新区发布报告"}
    pages = [f"人民日报\n本报讯（记者郭树勋）{d}日上午，\n{body}\n{t}\n\n第 {d} 版" for d, t in titles.items()]
    learned = newsseg.Conventions.learn(pages)
    assert learned.titles_first is False
    assert learned.running_heads == ("人民日报", "第#版")
    assert learned.byline_form == "dispatch"
    one = "本报讯（记者郭树勋）3日上午，示范区召开会议。\n\n聚焦高质量发展\n\n本报讯（记者付凯明）4日，全市举行活动。\n"
    # the page alone reads its title as the first article's (titles after bodies); pinned the other way, the second's
    assert newsseg.segment(one).articles[0].title == "聚焦高质量发展"
    pinned = newsseg.segment(one, conventions=newsseg.Conventions(titles_first=True))
    assert pinned.articles[0].title is None
    assert pinned.articles[1].title == "聚焦高质量发展"


def test_a_dispatch_from_two_places_closes_its_article() -> None:
    assert newsseg.parse_byline("新华社北京/迪拜4月28日电").place == "北京/迪拜"
    text = (
        "缺少欧佩克的协调，国际原油市场波动将更加剧烈。\n新华社北京/迪拜4月28日电\n\n世界杯决赛球票炒到近230万美元？\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1].text == "新华社北京/迪拜4月28日电"
    assert page.articles[0].title == "世界杯决赛球票炒到近230万美元？"


def test_every_article_says_how_sure_it_is_and_why() -> None:
    seed = (Path(__file__).resolve().parent.parent / "seeds" / "001_2e3f32ccee677dfe.txt").read_text(encoding="utf-8")
    page = newsseg.segment(seed)
    explained = page.explain()
    for number, article in enumerate(page.articles, 1):
        assert article.confidence is not None
        assert 0.0 < article.confidence <= 1.0
        assert article.to_dict()["confidence"] == article.confidence
        assert f"article {number} (confidence {article.confidence:.2f})" in explained
    assert {d.what for d in page.decisions} == {"start", "title", "attach"}
    assert all(0.0 <= d.score <= 1.0 and d.evidence for d in page.decisions)


def test_a_title_the_labeller_adds_names_its_evidence() -> None:
    """pdftotext prints a title right above its body with no blank line; the rules alone do not see it."""
    text = (
        "符合国情的制度给中国人民带来好生活\n70年来，新中国发展取得\n了辉煌成就，这令人无比高\n兴。中国发展之快、变化之大\n"
        "为世人惊叹。\n我第一次到访中国是在1970\n年。当时作为年轻国会议员，\n我希望了解中国，也很想去北\n京看看。\n"
    )
    page = newsseg.segment(text)
    assert page.articles[0].title == "符合国情的制度给中国人民带来好生活"
    titles = [d for d in page.decisions if d.what == "title"]
    assert titles
    assert titles[0].evidence.startswith("the labeller is sure")


def test_an_agency_sign_off_on_its_own_line_is_no_title() -> None:
    text = (
        "運安會建議航空公司對飛機進行日常維護，應該加強定期測試、維修的部分。\n（編輯：蘇志宗）1131230\n\n"
        "（中央社韓國務安郡30日綜合外電報導）韓國濟州航空波音737-800客機昨天降落時衝出跑道。\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 2
    assert page.articles[0].title is None
    assert page.articles[0].paragraphs[-1].text.endswith("（編輯：蘇志宗）1131230")


def test_a_sign_off_wrapped_in_a_narrow_column_closes_its_article() -> None:
    # Columns of eight characters: the desk's sign-off wraps after its opening bracket (…測試」。（ / 編輯：X/Y /
    # Z）1131230). Its middle line is no page credit, and its date code ends the article: read as an open end, the
    # code ran on into the figure after the next article's column break (…除 / blank / 2人輕傷外), which took it.
    first = (
        "（中央社記者\n王小明台北30日電）\n市府今天宣布捷運\n新線將於明年通車，\n沿線居民期待已久。\n市府表示，工程進\n"
        "度符合預期，「目\n前正在進行最後的\n測試」。（\n編輯：陳小華/周\n大明）1131230\n"
    )
    second = (
        "（中央社記者\n李大華台北30日電）\n颱風昨天登陸，造\n成多處停電。電力\n公司表示，搶修人\n員已經出動，除\n\n"
        "2人輕傷外，其餘\n居民均已撤離，預\n計今晚恢復供電。\n"
    )
    text = f"{first}\n{second}"
    page = newsseg.segment(text)
    assert not page.credits
    texts = ["".join(p.text for p in a.paragraphs) for a in page.articles]
    assert len(texts) == 2
    assert texts[0].endswith("「目前正在進行最後的測試」。（編輯：陳小華/周大明）1131230")
    assert texts[1].endswith("搶修人員已經出動，除2人輕傷外，其餘居民均已撤離，預計今晚恢復供電。")
    check_page_coverage(page, text)


# An agency's article signed off by its desk, then a paragraph after the sign-off, then the next article.
_SIGNED = (
    "（中央社記者廖禹揚首爾7日專電）韓國政府今天就濟州航空空難發表簡報，證實在飛機引擎中發現鳥類羽毛。"
    "當局將盡快對國內所有機場設施進行專家調查，確保類似事故不再發生。（編輯：陳妍君）1140107"
)
_NEXT = "（中央社首爾6日綜合外電報導）濟州航空去年底發生空難，初步調查報告提及失事班機兩具引擎都有鳥類羽毛。"


@pytest.mark.parametrize(
    ("after", "own"),
    [
        ("濟州航空去年底發生179人罹難的韓國歷來最嚴重空難。（路透社）", False),  # a photo's caption
        ("濟州航空去年底發生179人罹難的韓國歷來最嚴重空難。（路透社）（中央社製圖）", False),  # and its maker
        ("珍惜生命，自殺不能解決問題，若須諮商，可撥衛福部專線「1925」。", True),  # the agency's notice
    ],
    ids=["caption", "two-notes", "notice"],
)
def test_a_desk_sign_off_closes_the_article_but_for_a_notice(after: str, own: bool) -> None:
    # pdftotext -raw: no blank line anywhere, the caption set after the text it stands beside.
    page = newsseg.segment("\n".join(_column(part, 20) for part in (_SIGNED, after, _NEXT)) + "\n")
    first = page.articles[0]
    assert first.paragraphs[-1].text.endswith(after if own else "（編輯：陳妍君）1140107")
    assert page.articles[-1].paragraphs[0].text.startswith("濟州航空去年底發生空難")


def _read_on(source: str, paragraph: newsseg.Paragraph) -> str:
    """The text read on into ``paragraph`` last (its last piece, white space removed), checked to end its text.

    A paragraph that stops mid-sentence and is carried on elsewhere is one paragraph read from several places.
    """
    last = paragraph.pieces[-1] if paragraph.pieces else paragraph.span
    text = "".join(source[last.start : last.end].split())
    assert "".join(paragraph.text.split()).endswith(text)
    return text


def _column(text: str, width: int = 18) -> str:
    """``text`` wrapped at ``width`` characters, as an extractor prints a column."""
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


# An article cut mid-sentence by the bottom of its column, the article set beside it, then the first one's next
# column: the order pdftotext reads two articles side by side in.
_FIRST = (
    "新华社北京4月20日电（记者王明）有关部门今天发布新的城市更新方案，提出在三年内完成老旧小区改造任务，"
    "并同步推进社区养老和托育设施建设，但具体的资金来源和分担办法，"
)
_BESIDE = (
    "新华社上海4月21日电（记者李华）上海市今天启动今年的夏季防汛演练，全市各区同时参加，演练持续两天，"
    "重点检验地下空间和低洼地区的排水能力。"
)
_RUN_ON = "仍需各地结合实际进一步研究。方案还要求各地在年底前报送工作进展情况，接受社会监督。"


def test_an_article_cut_by_its_column_takes_up_its_text_after_the_article_beside_it() -> None:
    page = newsseg.segment("\n\n".join(_column(part) for part in (_FIRST, _BESIDE, _RUN_ON)) + "\n")
    assert [a.paragraphs[0].text[:6] for a in page.articles] == ["有关部门今天", "上海市今天启"]
    first, beside = page.articles
    assert "".join(p.text for p in first.paragraphs).endswith("接受社会监督。")
    assert "".join(p.text for p in beside.paragraphs).endswith("排水能力。")
    assert any(d.what == "resume" and "mid-sentence" in d.evidence for d in page.decisions)


def test_a_column_that_finishes_a_word_cut_off_earlier_is_no_run_on_of_a_paragraph_that_filled_its_line() -> None:
    # pdftotext: the first article stops inside a word (…“经), the second fills its last line with a finished
    # sentence, and its paragraph could run on across the column break; the next column finishes the cut word
    # (常我们…), so the paragraph ends at the break and the block is the first article's.
    cut = (
        "唐康林每天先做三百个俯卧撑和一百个仰卧起坐热热身，然后进行针对性锻炼。唐康林对自己有点儿“狠”，朋友劝过他。“经"
    )
    rest = "常我们来的时候他就在泳池里游，我们走了他还在游。”一名朋友说，“我们都劝他，健身为主，别练出问题了。”"
    beside = (
        "在不来梅进行的德国乒乓球公开赛上，中国队选手樊振东在男单决赛中战胜队友许昕，夺得冠军。"
        "女单决赛中，小将孙颖莎干净利落地击败了日本队选手伊藤美诚。"
    )
    assert len(beside) % 12 == 0  # its last line full
    page = newsseg.segment(
        f"我尝到了运动的甜头\n\n{_column(cut, 12)}\n\n樊振东男单夺冠\n\n据新华社柏林10月13日电\n"
        f"{_column(beside, 12)}\n\n{_column(rest, 12)}\n"
    )
    first, second = page.articles
    assert (first.title, second.title) == ("我尝到了运动的甜头", "樊振东男单夺冠")
    assert first.paragraphs[-1].text.endswith("别练出问题了。”")
    assert second.paragraphs[-1].text.endswith("伊藤美诚。")


def test_a_column_read_before_the_text_it_continues_goes_back_into_it() -> None:
    # pdftotext read a column of the second article (勃发展… / …之间需) after the first article's end and before the
    # second's title; the second's text stops in 蓬 at a column's end, and the column after finishes 之间需 (要平衡).
    # A word across both ends of the block: it goes between the two, one paragraph across both breaks (SPEC: a
    # paragraph is what the writer started on a new line), read from three places.
    first = (
        "近年来，随着大语言模型的快速迭代，词元的调用成本持续下降。"
        "谁能率先跑通从词元到业务价值的转化链条，谁就更有可能占据有利位置。"
    )
    block = (
        "勃发展奠定了坚实土壤。其次，居民消费需求层次的提升是更为深层的原因。"
        "当然，体验经济在快速发展的同时也面临一些挑战。一是同质化竞争隐忧显现。二是技术与人文之间需"
    )
    lead = (
        "当前，随着我国经济由高速增长阶段转向高质量发展阶段，居民的消费需求正在升级。"
        "服务业主导的经济结构，为体验经济的蓬"
    )
    rest = "要平衡。一些体验项目过度追求技术奇观而缺乏文化内涵，热闹有余而回味不足。"
    page = newsseg.segment(
        f"词元经济的产业逻辑\n杜晓宇\n{_column(first, 14)}\n\n{_column(block, 14)}\n\n"
        f"何为体验经济\n陈光\n{_column(lead, 14)}\n\n{_column(rest, 14)}\n"
    )
    one, two = page.articles
    assert [p.text for p in one.paragraphs] == [first]
    assert [p.text for p in two.paragraphs] == [lead + block + rest]
    assert [page.source[s.start : s.end].replace("\n", "") for s in two.paragraphs[0].pieces] == [lead, block, rest]
    assert any(d.what == "resume" and "read before" in d.evidence for d in page.decisions)
    check_page_coverage(page, page.source)


def test_a_block_read_under_the_title_before_its_article_opens_goes_back_whole() -> None:
    # pdfminer.six read the article's last column first, right under the title over the page (技成果… finishes the
    # word 科技成果 that the article's other column stops in), then the byline and the article's opening. Nothing
    # of its own opens the block (no byline, no title of its own): the block goes whole after the line it finishes.
    lead = (
        "4月26日至28日，第四届中国（安徽）科技创新成果转化交易会在合肥滨湖如约而至。"
        "一组数据印证着这场“成果盛宴”的含“新”量，本届交易会累计征集科"
    )
    block = "技成果四千余项，遴选近三千项高质量成果现场展示。创新之花正在江淮大地上铺展成中国式现代化的生动实践。"
    other = "人工智能产业上中下游全链条布局，为人工智能发展提供了丰富场景和广阔市场，让人工智能价值在更多行业释放。"
    page = newsseg.segment(
        f"从科交会三“新”看成果落地成金\n\n{_column(block, 12)}\n\n本报记者 吴慧珺 戴威\n\n{_column(lead, 12)}\n\n"
        f"新华社记者 陈宇轩 颜之宏\n\n{_column(other, 12)}\n"
    )
    first, second = page.articles
    assert first.title == "从科交会三“新”看成果落地成金"
    assert "".join(p.text for p in first.paragraphs) == lead + block
    assert "".join(p.text for p in second.paragraphs) == other


def test_a_photo_label_read_among_other_titles_heads_the_untitled_photo() -> None:
    # pdftotext read the photo item's label (图片报道) with the title block printed beside it (its kicker over it,
    # the main title under it), the photo's caption and credit further down with no title: the label is the
    # photo's, and no line of the dispatch's title.
    first = (
        "当前，中国实现“十五五”良好开局，正在奋力开创中国式现代化建设新局面。加强两国发展战略对接，是推动双方关系"
        "得到更大发展的应有之义。习近平总书记连用三个“不会改变”，清晰阐释始终坚定的中国立场。"
    )
    dispatch = (
        "新华社乌鲁木齐6月9日电（记者丁小溪）中共中央政治局常委、全国政协主席王沪宁5日至9日在新疆调研。"
        "他表示，要完整准确全面贯彻新时代党的治疆方略，推动新疆现代化建设迈出坚实步伐。李干杰一同调研。"
    )
    caption = "海关总署6月9日发布的数据显示，前5个月我国外贸延续稳定增长态势。图为山东港口青岛港，一艘货轮停靠泊位。"
    other = (
        "新华社北京6月9日电 中共中央政治局委员、全国人大常委会副委员长李鸿忠9日出席中俄“友好语言”对话会开幕式并致辞。"
    )
    page = newsseg.segment(
        f"“引领中朝关系不断迈向新高度”\n\n{_column(first, 15)}\n\n王沪宁在新疆调研时强调\n\n图片报道\n\n"
        f"完整准确全面贯彻新时\n代党的治疆方略 推动\n“十五五”时期新疆现\n代化建设迈出坚实步伐\n"
        f"{_column(dispatch, 15)}\n\n{_column(caption, 36)}\n俞方平摄（新华社发）\n\n"
        f"李鸿忠出席中俄\n“友好语言”对话会开幕式\n{_column(other, 15)}\n"
    )
    news = next(a for a in page.articles if a.paragraphs and a.paragraphs[0].text.startswith("中共中央政治局常委"))
    assert news.headline is not None
    assert (news.headline.kicker, news.headline.main) == (
        "王沪宁在新疆调研时强调",
        "完整准确全面贯彻新时代党的治疆方略 推动“十五五”时期新疆现代化建设迈出坚实步伐",
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "图片报道"
    assert [c.text for c in photo.captions] == [caption]


# pdftotext -raw of a page that draws every title after all its text (人民日报 2026-06-10 p. 1, tests/papers): the
# last articles' text, then the page's whole stack of titles, no blank line anywhere.
_STACKED_TEXT = (
    (
        "浇灌，种下一株枞树。枞树四季常绿，象征中朝友谊生生不息。随后，在两党两国最高领导人见证下，蔡奇和朝鲜劳动党"
        "中央政治局常委、中央书记金才龙共同为植树标识碑揭幕。在双方陪同人员和朝方学员们的热烈掌声中，习近平和金正恩在"
        "植树标识碑前握手合影。"
    ),
    "蔡奇、王毅等参加上述活动。",
    "新华社北京6月9日电 6月9日，国家主席习近平同格鲁吉亚总统卡韦拉什维利互致贺电，庆祝两国建交34周年。",
    "习近平指出，34年来，中格两国始终秉持互尊互信、合作共赢原则，推动双边关系健康稳定发展，各领域合作取得丰硕成果。",
    (
        "习近平强调，无论国际形势如何变化，中方始终从战略高度和长远角度看待中格关系。借此机会，我愿同卡韦拉什维利"
        "总统共同宣布，将中格关系提升为全面战略伙伴关系。卡韦拉什维利表示，在两国建交34周年之际，我们共同决定将格中"
        "关系提升至全面战略伙伴水平。"
    ),
    "新华社北京6月9日电 6月8日，国家主席习近平致电路易丝·阿伯，祝贺她就任加拿大第三十一任总督。",
    (
        "习近平指出，中加关系健康稳定发展符合两国共同利益。我高度重视中加关系发展，愿同阿伯总督一道努力，推动中加"
        "新型战略伙伴关系在健康、稳定、可持续的轨道上向前发展，更好造福两国人民。"
    ),
)
_STACKED_TITLES = (
    "习近平和彭丽媛",
    "参谒中朝友谊塔",
    "结束对朝鲜国事访问",
    "习近平回到北京",
    "——离开前出席金",
    "正恩举行的欢送仪式",
    "习近平夫妇出席金正恩",
    "夫妇举行的小范围午宴",
    "习近平参访朝鲜劳",
    "动党中央干部学校",
    "习近平同格鲁吉亚总统",
    "卡韦拉什维利就中格建",
    "交34周年互致贺电并共",
    "同宣布将双边关系提升",
    "为全面战略伙伴关系",
    "习近平向加拿大新任总",
    "督路易丝·阿伯致贺电",
)


def test_a_short_line_between_full_ones_ends_the_title_above_it_in_a_stack() -> None:
    # A title's lines fill the measure but its last: 为全面战略伙伴关系, short between full lines, ends the title above
    # it (…将双边关系提升 / 为全面战略伙伴关系), and the next title starts under it.
    page = newsseg.segment("\n".join([*(_column(p, 15) for p in _STACKED_TEXT), *_STACKED_TITLES]) + "\n")
    titles = [a.title for a in page.articles if a.title]
    assert (
        "习近平同格鲁吉亚总统卡韦拉什维利就中格建交34周年互致贺电并共同宣布将双边关系提升为全面战略伙伴关系" in titles
    )
    assert "习近平向加拿大新任总督路易丝·阿伯致贺电" in titles


def test_a_paragraph_that_opens_after_a_column_break_stays_with_the_article_in_progress() -> None:
    # The article beside goes on with a new paragraph in its next column: its first line is short of the full
    # line under it by the indent the extractor dropped, so it carries on no sentence of the article cut off.
    more = "上海市防汛指挥部表示，今年汛期降雨偏多，各区要提前检查泵站和排水管网，确保城市安全度汛。"
    opening = more[:16] + "\n" + _column(more[16:])
    page = newsseg.segment("\n\n".join([_column(_FIRST), _column(_BESIDE), opening, _column(_RUN_ON)]) + "\n")
    first, beside = page.articles
    assert [p.text[:6] for p in beside.paragraphs] == ["上海市今天启", "上海市防汛指"]
    assert "".join(p.text for p in first.paragraphs).endswith("接受社会监督。")


# pdftotext -raw: a photo's caption, set wider than the column, and its credit between two paragraphs of one
# article, with no blank line anywhere.
_PHOTO_LEAD = (
    "本报平壤6月9日电（记者杨翘楚）当地时间6月9日上午，国家主席习近平和夫人彭丽媛参谒中朝友谊塔。"
    "朝鲜劳动党总书记、国务委员长金正恩和夫人李雪主陪同。礼兵缓缓将花篮抬上平台，全体人员默哀。"
)
_PHOTO_CAPTION = "当地时间6月9日上午，国家主席习近平和夫人彭丽媛参谒中朝友谊塔。朝鲜劳动党总书记金正恩和夫人陪同。"
_PHOTO_MORE = (
    "10时40分许，习近平和彭丽媛乘车抵达坐落于牡丹峰麓的中朝友谊塔。朝鲜军乐队奏响两国国歌。"
    "习近平夫妇在金正恩夫妇陪同下步入友谊塔纪念厅，仔细观看中国人民志愿军的史料、照片和油画作品。"
)
_PHOTO_CREDIT = "新华社记者 丁海涛摄"
_PHOTO_PAGE = "\n".join([_column(_PHOTO_LEAD), _column(_PHOTO_CAPTION, 24), _PHOTO_CREDIT, _column(_PHOTO_MORE)])


def test_an_article_goes_on_after_a_photo_set_in_its_columns() -> None:
    # The text after the credit, in the column's measure, with no title or byline, is the article's.
    articles = [a for a in newsseg.segment(_PHOTO_PAGE).articles if a.kind != "photo"]
    assert len(articles) == 1
    assert articles[0].paragraphs[-1].text.startswith("10时40分许")


def test_a_paragraph_set_wider_than_the_column_over_a_credit_line_is_the_photos_caption() -> None:
    (article,) = newsseg.segment(_PHOTO_PAGE).articles
    assert [c.text for c in article.captions] == [_PHOTO_CAPTION]
    assert article.byline is not None
    assert article.byline.photographers == ("丁海涛",)
    assert not any(p.text.startswith("当地时间6月9日上午，国家主席") for p in article.paragraphs[1:])


def test_a_short_paragraph_right_over_a_credit_line_is_the_photos_caption() -> None:
    # The caption in the column's measure: a short paragraph over the credit line is the caption all the same.
    page = "\n".join([_column(_PHOTO_LEAD), _column(_PHOTO_CAPTION), _PHOTO_CREDIT, _column(_PHOTO_MORE)])
    (article,) = newsseg.segment(page).articles
    assert [c.text for c in article.captions] == [_PHOTO_CAPTION]


def test_a_caption_set_apart_in_an_articles_columns_is_the_articles_when_its_text_goes_on() -> None:
    # pdftotext: the caption stands apart by a blank line over the credit, and the article's text goes on under it.
    page = "\n\n".join(
        [_column(_PHOTO_LEAD + _PHOTO_MORE[:40]), _column(_PHOTO_CAPTION) + "\n" + _PHOTO_CREDIT, _column(_PHOTO_MORE)]
    )
    (article,) = newsseg.segment(page).articles
    assert [c.text for c in article.captions] == [_PHOTO_CAPTION]


def test_a_credit_printed_over_its_caption_takes_no_paragraph_from_above() -> None:
    # The credit heads the caption set wide under it: the short paragraph above is the article's last, and the
    # caption, whose words are the article's, is its photo's (no article of its own).
    page = "\n".join([_column(_PHOTO_LEAD), _column(_PHOTO_MORE), _PHOTO_CREDIT, _PHOTO_CAPTION])
    (article,) = newsseg.segment(page).articles
    assert "".join(p.text for p in article.paragraphs).endswith(_PHOTO_MORE[-20:])
    assert [c.text for c in article.captions] == [_PHOTO_CAPTION]


_AT_FOOT = {
    # the column's last line opens a paragraph (indented, so short of the column), glued under the sentence before it
    "plain": (
        "铁路部门推出候补购票服务",
        (
            "本报北京4月29日电（记者王明）临近五一假期，火车票再次成为热门话题。铁路部门表示，今年推出的候补购票服务，"
            "在车票售罄时，旅客可提交候补订单并预付款，系统按提交时间顺序自动排队，一旦有新增票额与需求匹配，"
            "即按先到先得原则兑现。铁路部门还提醒旅客，合理安排出行时间，错峰出行，避免集中购票带来的不便。"
        ),
        "从规则看，每个候补订单最多可添",
        ("网传“凭车牌直接上高速”", "是不准确的信息解读"),
        (
            "新华社北京4月29日电（记者李华）网传高速不再使用电子收费而是凭借车牌即可通行的说法，交通运输部今天表示，"
            "这是不准确的信息解读，相关服务仍在部分省份试点，车主需要先注册并绑定车牌和支付账户，才能在入口自动"
            "识别抬杆，享受不停车通行服务。"
        ),
        "加十九名乘车人、支持选择任意三个乘车日期，购票人提交多个组合，相当于同时排队。",
    ),
    # the same, the line opening a quotation it does not close: a title closes what it quotes
    "quote": (
        "“感知到中华文化之美”",
        (
            "本报利雅得4月26日电（记者任皓宇）近日，沙特努拉公主大学举办中文教学成果展示活动，学生们用中文讲述"
            "在中国学习生活的见闻，展示书法、剪纸等中华传统技艺。目前，中文已正式纳入沙特国民教育体系，"
            "中文教学覆盖中小学到高等教育的各个阶段。"
        ),
        "“中文承载着中华民族的文明智",
        ("中国援塞拉利昂医疗队开展", "义诊活动"),
        (
            "新华社阿克拉4月26日电（记者高剑飞）4月25日是世界防治疟疾日。第二十七批中国援塞拉利昂医疗队当日"
            "到首都弗里敦一个社区开展大型义诊活动，累计接诊近三百人次。"
        ),
        "慧，学好中文就能读懂中国。”一名学生说。",
    ),
}


@pytest.mark.parametrize("case", sorted(_AT_FOOT))
def test_a_paragraphs_first_line_at_a_columns_foot_is_no_title_line(case: str) -> None:
    """pdftotext: a column's last line opens a paragraph (the column, 16, less the indent), glued under the sentence
    before it; the next column carries it on after the title and text of the article set beside it."""
    title, first, opening, beside_title, beside, more = _AT_FOOT[case]
    head = "\n".join(beside_title)
    text = f"{title}\n\n{_column(first, 16)}\n{opening}\n\n{head}\n{_column(beside, 16)}\n\n{_column(more, 16)}\n"
    first_article, beside_article = newsseg.segment(text).articles
    assert "".join(p.text for p in first_article.paragraphs).endswith(opening + more)
    assert beside_article.title == "".join(beside_title)
    assert [p.text[-6:] for p in beside_article.paragraphs] == [beside[-6:]]


@pytest.mark.parametrize(
    ("glued", "head"),
    [
        ("以色列与美国才是 据新华社华盛顿4月28日电 路透", "据新华社华盛顿4月28日电"),  # a dispatch head
        ("以色列与美国才是 新华社记者 王卓伦 庞昕熠", "新华社记者 王卓伦 庞昕熠"),  # an author line
    ],
    ids=["dispatch", "author"],
)
def test_a_head_printed_on_a_titles_last_line_opens_the_article(glued: str, head: str) -> None:
    # pdftotext -raw: text on one baseline is one line, the title's last line and the head beside it.
    text = (
        f"英驻美大使质疑英\n美“特殊关系”：\n{glued}\n"
        "社和益普索集团28日公布的一项民\n意调查显示，美国总统特朗普的支\n持率从上月的36%降至34%。\n"
    )
    (article,) = newsseg.segment(text).articles
    assert article.title == "英驻美大使质疑英美“特殊关系”：以色列与美国才是"
    assert article.byline is not None
    assert text[article.byline.span.start : article.byline.span.end].startswith(head)


# A 中央社 dispatch and the caption of its photo.
_VIGIL_CAPTION = (
    "前台北市長柯文哲涉京華城案、政治獻金案遭起訴，目前在台北看守所內羈押禁見。"
    "柯文哲妻子陳佩琪（圖）20日晚間在北所外靜坐，她說，相信在高牆的另一端，柯文哲能聽到大家的鼓勵。"
)
_VIGIL = (
    "（中央社記者趙敏雅新北20日電）台灣民眾黨前黨主席、前台北市長柯文哲涉京華城案、政治獻金案遭起訴，"
    "羈押禁見。妻子陳佩琪今天晚間於北所外靜坐，黃國昌也到場聲援，也有不少支持者到場。"
    "黃國昌表示，民眾黨將持續推動司法改革。（編輯：龍柏安）1140620"
)


def test_a_photo_right_over_the_dispatch_it_speaks_of_is_that_articles() -> None:
    # pdftotext: 中央社 sets a dispatch's photo over its text, across its columns; no title of its own.
    beside = "前台北市長柯文哲涉京華城案、政治獻金案遭起訴，羈押禁見。民眾黨主席黃國昌（圖）也到場聲援。"
    text = f"{beside}\n{_column(_VIGIL_CAPTION, 80)}\n中央社記者趙敏雅攝 114年6月20日\n\n{_column(_VIGIL, 12)}\n"
    (article,) = newsseg.segment(text).articles
    assert "".join(c.text for c in article.captions) == beside + _VIGIL_CAPTION
    assert article.byline is not None
    assert article.byline.photographers == ("趙敏雅",)


def test_a_credit_printed_over_its_caption_heads_the_photo_of_the_dispatch_under_it() -> None:
    # pdftotext: the credit first, at the photo's foot, then the caption across the columns, then the dispatch. The
    # credit made a photo of its own with no text, and the caption was read as an article.
    text = f"中央社記者趙敏雅攝 114年6月20日\n{_column(_VIGIL_CAPTION, 60)}\n\n{_column(_VIGIL, 22)}\n"
    (article,) = newsseg.segment(text).articles
    assert "".join(c.text for c in article.captions) == _VIGIL_CAPTION
    assert article.byline is not None
    assert article.byline.photographers == ("趙敏雅",)


def test_a_lead_in_boxs_label_and_summary_open_the_article_under_its_title() -> None:
    # 人民日报 sets 核心阅读 over a feature's summary in a narrow box: the label and the box's short lines are the
    # article's first paragraphs, not a title.
    summary = "我国首艘自主建造的极地科学考察破冰船“雪龙2”号15日首航南极，它将与“雪龙”号一起开启“双龙探极”时代。"
    body = (
        "从1984年我国首次开展南极考察活动开始，到如今已经走过了35个年头。本次科考将首次实现“双龙”协同作业，"
        "海陆空观监测设备也纷纷升级，这将助力多学科联合科考、筹建新站点等任务的完成。"
    )
    box = f"核心阅读\n{summary[:10]}\n{summary[10:22]}"
    text = f"“雪龙2”号 去南极破冰\n\n{box}\n\n{_column(summary[22:], 12)}\n{_column(body, 12)}\n"
    (article,) = newsseg.segment(text).articles
    assert article.title == "“雪龙2”号 去南极破冰"
    assert [p.text for p in article.paragraphs[:2]] == ["核心阅读", summary]


def test_a_title_glued_over_a_lead_in_label_closes_there() -> None:
    # pdftotext: a kicker, a blank line, the title glued to the lead-in box's label (核心阅读) and its summary set in
    # the body's narrow column, each line short enough to read as a title's: the label ends the title block.
    summary = "我国首艘自主建造的极地科学考察破冰船“雪龙2”号15日首航南极，它将与“雪龙”号一起开启“双龙探极”时代。"
    body = "从1984年我国首次开展南极考察活动开始，到如今我国南极科考事业已走过35个年头。"
    text = f"新装备、新任务，极地科考再启程\n\n“雪龙2”号 去南极破冰\n核心阅读\n{_column(summary + body, 11)}\n"
    (article,) = newsseg.segment(text).articles
    assert article.headline is not None
    assert (article.headline.kicker, article.headline.main) == (
        "新装备、新任务，极地科考再启程",
        "“雪龙2”号 去南极破冰",
    )
    assert article.paragraphs[0].text == "核心阅读"


def test_the_dateline_of_an_article_under_a_lead_in_label_comes_from_the_summary() -> None:
    summary = "我国首艘自主建造的极地科学考察破冰船“雪龙2”号15日首航南极，它将与“雪龙”号一起开启“双龙探极”时代。"
    text = f"“雪龙2”号 去南极破冰\n\n核心阅读\n{summary[:10]}\n{summary[10:22]}\n\n{_column(summary[22:] * 3, 12)}\n"
    (article,) = newsseg.segment(text).articles
    assert article.dateline is not None
    assert article.dateline.text == "15日"


def test_a_titles_middle_line_read_as_text_joins_the_title_lines_around_it() -> None:
    # pdftotext's text of a page typeset (../shared/tools/typeset.py, look 0) from tests/papers/rmrb-20260427-p03.json:
    # 制度优势成就中国发展 / 的“接力跑”（国际论 / 坛）, whose middle line, opening with 的, was read as body text.
    text = (Path(__file__).parent / "data" / "rmrb-20260427-p03-pdftotext-excerpt.txt").read_text(encoding="utf-8")
    titles = [a.headline.main for a in newsseg.segment(text).articles if a.headline]
    assert "制度优势成就中国发展的“接力跑”（国际论坛）" in titles
    assert "坛）" not in titles


def test_the_short_line_that_closes_a_title_lines_bracket_is_the_titles() -> None:
    # pdftotext -raw, a narrow title: 头（我运动 我快 / 乐）, whose last line, short and glued, closes the bracket.
    body = (
        "今年六十八岁的王明是一名铁人三项爱好者。十几年前，身体状况亮起红灯的王明开始跑步锻炼。六十四岁，"
        "王明练起了铁人三项，如今他充分尝到了运动的甜头，不仅身体素质明显提升，精神面貌也焕然一新。"
    )
    text = "六十八岁的铁人三项\n爱好者王明\n我尝到了运动的甜\n头（我运动 我快\n乐）\n" + _column(body, 13) + "\n"
    (article,) = newsseg.segment(text).articles
    assert article.headline is not None
    assert "".join(filter(None, (article.headline.main, article.headline.subtitle))).endswith("我快乐）")
    assert article.paragraphs[0].text.startswith("今年六十八岁")


def test_an_article_that_stops_for_good_mid_sentence_takes_nothing_from_the_next() -> None:
    # Whole paragraphs on a line, set apart by blank lines: the first article stops without punctuation (it jumps
    # to another page), and the second one's next paragraph is its own.
    text = (
        "本报讯（记者王明）有关部门今天发布新的城市更新方案。提出在三年内完成老旧小区改造任务。全区\n\n"
        "本报讯（记者李华）上海市今天启动今年的夏季防汛演练，全市各区同时参加。\n\n"
        "演练持续两天，重点检验地下空间和低洼地区的排水能力。\n"
    )
    page = newsseg.segment(text)
    assert [len(a.paragraphs) for a in page.articles] == [1, 2]
    assert not [d for d in page.decisions if d.what == "resume"]


def test_an_authors_name_right_under_the_title_is_the_byline() -> None:
    # pdftotext leaves no blank line between a title, the author's name under it and the body's first line.
    body = _column(
        "人工智能的快速发展，正在深刻改变劳动工具、劳动过程和岗位结构，也正在重塑教育的目标与方式。"
        "劳动教育要在守正的基础上创新，回应时代提出的新课题。",
        14,
    )
    page = newsseg.segment(f"人工智能时代劳动教育的\n守正与创新\n刘向兵\n{body}\n")
    (article,) = page.articles
    assert article.byline is not None
    assert article.byline.reporters == ("刘向兵",)
    assert article.paragraphs[0].text.startswith("人工智能的快速发展")


_CUT = "本报讯（记者王明）有关部门今天发布新的城市更新方案，提出在三年内完成老旧小区改造任务，同步推进"


def test_a_title_over_a_byline_opens_under_a_line_its_column_cut_off() -> None:
    # pdftotext: one article's column stops mid-sentence, a blank line, then the next article's title and byline.
    first = _column(_CUT, 13)
    second = _column("上海市今天启动今年的夏季防汛演练，全市各区同时参加。演练持续两天。", 13)
    text = f"城市更新方案发布\n\n{first}\n\n税务部门集中曝光医美\n行业偷税案释放的信号\n新华社记者 刘开雄\n{second}\n"
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["城市更新方案发布", "税务部门集中曝光医美行业偷税案释放的信号"]
    assert page.articles[1].byline is not None
    assert page.articles[1].byline.reporters == ("刘开雄",)


def test_a_line_after_a_cut_off_line_is_no_title_on_blank_lines_alone() -> None:
    # The same cut, with only a body after the short lines: they are the column's text running on, not a title.
    first = _column(_CUT, 13)
    title = "税务部门集中曝光医美\n行业偷税案释放的信号"
    page = newsseg.segment(f"城市更新方案发布\n\n{first}\n\n{title}\n\n{_column(_RUN_ON, 13)}\n")
    assert [a.title for a in page.articles] == ["城市更新方案发布"]


@pytest.mark.parametrize(("line", "author"), [("林北征", True), ("之要", False)])
def test_a_name_set_apart_under_a_title_is_its_author(line: str, author: bool) -> None:
    # Blank lines on both sides, a title above, the body below: an author line, even a name the lexicon's tagger
    # does not know (林北征); with no type to go by, a line that does not open with a surname is a title's wrap.
    body = _column("“十五五”规划纲要提出，完善人工智能领域法律法规、政策制度、应用规范、伦理准则。", 12)
    page = newsseg.segment(f"内容标识制度：给生成式人工\n智能内容赋予清晰“身份”\n\n{line}\n\n{body}\n")
    (article,) = page.articles
    assert (article.byline is not None and article.byline.reporters == (line,)) is author
    assert (line in (article.title or "")) is not author


def test_a_first_line_pdfminer_sets_apart_stays_in_its_paragraph() -> None:
    # pdfminer.six prints a paragraph's indented first line as a block of its own, a blank line under it.
    paragraphs = [
        "本报讯（记者王明）七十年来，新中国发展取得了辉煌成就，这令人无比高兴，中国发展之快为世人惊叹。",
        "我第一次到访中国是在1970年。当时作为年轻国会议员，我希望了解中国，也很想去北京看看。",
        "如今从东京飞往北京只需4个小时，两国间平均每周航班2000多班次，往来日益密切。",
    ]
    blocks = []
    for text in paragraphs:
        lines = _column(text, 13).split("\n")
        blocks.append(lines[0] + "\n\n" + "\n".join(lines[1:]))
    page = newsseg.segment("符合国情的制度带来好生活\n\n" + "\n\n".join(blocks) + "\n")
    (article,) = page.articles
    assert article.title == "符合国情的制度带来好生活"
    assert "".join(p.text for p in article.paragraphs).endswith("往来日益密切。")


def test_titles_follow_their_bodies_where_the_extractor_prints_no_blank_line() -> None:
    # pdftotext -raw keeps the content stream's order and prints no blank line: a title right above the next body is
    # not glued to it, since nothing on the page is set apart; the page's order (titles after bodies) places it.
    first = _column("记者从北京市政府新闻办获悉：本届冬季运动博览会将于17日至20日在北京举办。", 13)
    second = _column("13日，第四届全国大学生皮划艇锦标赛在北京市怀柔区雁栖湖落幕，共有三十支队伍参赛。", 13)
    # The first title is printed twice (a styled title, as extractors give it): a title wherever it stands.
    twice = "冬季运动博览会将在北京举办" * 2
    page = newsseg.segment(f"{first}\n{twice}\n{second}\n全国大学生皮划艇\n锦标赛落幕\n")
    assert [a.title for a in page.articles] == ["冬季运动博览会将在北京举办", "全国大学生皮划艇锦标赛落幕"]


def test_a_short_title_over_a_photo_caption_is_no_subhead() -> None:
    # 图片报道 between the end of one article and a caption closed by its photo credit heads a photo item; a short line
    # between two body lines is otherwise taken for a subhead of the article it stands in.
    body = _column("本报讯（记者王明）有关部门今天发布新的城市更新方案，提出在三年内完成老旧小区改造任务。", 14)
    caption = "4月26日，2026中国山地越野公开赛在河北秦皇岛市举办。图为选手们途经一座吊桥。 新华社记者 杨世尧摄"
    page = newsseg.segment(f"城市更新方案发布\n\n{body}\n\n图片报道\n\n{caption}\n")
    assert [a.title for a in page.articles] == ["城市更新方案发布", "图片报道"]
    assert page.articles[0].paragraphs[-1].text.endswith("改造任务。")


def test_a_subtitle_wrapped_under_its_dash_stays_in_the_title() -> None:
    # pdftotext: a narrow column wraps the subtitle; the line under the dash line is no title of its own.
    body = _column("拥有4项核心专利、满怀信心投入创业，但苦于初创期团队规模小、业内名气不大，融资屡屡碰壁。", 15)
    text = f"信用变现七千亿，\n企业扬帆显活力\n————深圳以\n“信用+”优化营商环境\n本报记者 孙飞\n{body}\n"
    (article,) = newsseg.segment(text).articles
    assert article.headline is not None
    assert article.headline.main == "信用变现七千亿，企业扬帆显活力"
    assert article.headline.subtitle == "——深圳以“信用+”优化营商环境"


def test_a_title_may_open_after_a_sign_off_wrapped_inside_a_line() -> None:
    # pdftotext: the agency's sign-off shares a line with the last sentence and wraps (…4月29日 / 电); the title
    # after it opens the next article.
    first = _column(
        "本报讯（记者王明）美国商会代表团访问北京，双方表示愿意加强合作。“中美两国工商界合作意愿浓厚。”", 13
    )
    second = _column("民调机构25日发布最新民调显示，美国总统支持率降至第二个总统任期以来最低。", 13)
    text = (
        f"中美工商界加强合作\n\n{first}王冠男说。 新华社北京4月29日\n电\n\n"
        f"民调：特朗普支持率\n降至任期以来最低\n\n{second}\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["中美工商界加强合作", "民调：特朗普支持率降至任期以来最低"]


def test_a_subhead_wrapped_inside_a_word_is_no_author() -> None:
    # 再度动 / 武新空间: 动武 runs across the line break, so the short second line is no name of its own.
    body = _column("新华社记者杨士龙报道，" + "美国国内对此看法不一，国会议员提出质疑。" * 4, 12)
    page = newsseg.segment(f"{body}\n是否为美方腾出再度动\n武新空间\n{body}\n")
    assert all(a.byline is None or "武新空间" not in a.byline.text for a in page.articles)


def test_titles_stacked_at_a_column_top_go_to_the_bodies_they_name() -> None:
    # pdftotext reads the tops of the columns first: three articles' titles one after another, then their bodies.
    bodies = [
        "本报北京10月14日电（记者王明）记者从北京市政府新闻办获悉：本届冬季运动博览会将于17日至20日在北京举办。",
        "本报北京10月14日电（记者李华）13日，第四届全国大学生皮划艇锦标赛在北京市怀柔区落幕。",
        "本报固安10月14日电（记者赵强）10日，为期5天的中国国际跳绳公开赛在河北省固安县开赛。",
    ]
    titles = ["冬季运动博览\n会将在北京举办", "全国大学生皮\n划艇锦标赛落幕", "中国国际跳\n绳公开赛开赛"]
    page = newsseg.segment("\n\n".join(titles) + "\n\n" + "\n\n".join(_column(b, 13) for b in bodies) + "\n")
    assert [a.headline.main if a.headline else None for a in page.articles] == [
        "冬季运动博览会将在北京举办",
        "全国大学生皮划艇锦标赛落幕",
        "中国国际跳绳公开赛开赛",
    ]
    assert sum("stacked" in d.evidence for d in page.decisions) == 3


def test_two_titles_stacked_at_a_column_top_go_to_the_bodies_they_name() -> None:
    bodies = [
        "本报北京10月14日电（记者王明）记者从北京市政府新闻办获悉：本届冬季运动博览会将于17日至20日在北京举办。",
        "本报北京10月14日电（记者李华）13日，第四届全国大学生皮划艇锦标赛在北京市怀柔区落幕。",
    ]
    titles = ["冬季运动博览\n会将在北京举办", "全国大学生皮\n划艇锦标赛落幕"]
    page = newsseg.segment("\n\n".join(titles) + "\n\n" + "\n\n".join(_column(b, 13) for b in bodies) + "\n")
    assert [a.title for a in page.articles] == ["冬季运动博览会将在北京举办", "全国大学生皮划艇锦标赛落幕"]


def test_a_title_stacked_over_another_finds_the_lead_it_names_inside_the_text_after() -> None:
    # pdfminer.six prints an interview's title, then a short item's title and body, then the interview's body: the
    # item's title is right against its body, and the interview's title names the paragraph after the item's end.
    item = (
        "本报北京10月14日电（记者王明）外交部发言人今天宣布：应邀请，国务委员将于10月17日至18日出席在日内瓦"
        "举行的裁军会议，并同各方代表交换意见。"
    )
    interview = [
        (
            "“两国友好源远流长。”港口管理局局长贝拉近日接受本报记者专访时表示，中国的援助和港口建设让两国合作"
            "结出硕果，“感谢中国朋友的真诚帮助”。"
        ),
        "港口于三年前动工，如今已经投入运营，每年吞吐货物数百万吨。",
    ]
    text = (
        "“感谢中国朋友的真诚帮助”\n——访港口管理局局长贝拉\n\n国务委员将出席\n日内瓦裁军会议\n\n"
        + "\n\n".join(_column(p, 13) for p in [item, *interview])
        + "\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, a.paragraphs[0].text[:6]) for a in page.articles] == [
        ("国务委员将出席日内瓦裁军会议", "外交部发言人"),
        ("“感谢中国朋友的真诚帮助”", "“两国友好源"),
    ]
    assert not page.leftovers
    assert any("no article beside it took" in d.evidence for d in page.decisions)
    attached = [d.span for d in page.decisions if d.what == "attach"]
    assert len(attached) == len(set(attached)) == 2  # each title attached once: the one it changed is undone


@pytest.mark.parametrize("last", ["并交换意见。", "并就双边合作交换意见。"])
def test_two_stacked_titles_over_a_dispatch_and_an_untitled_body_cut_the_text_where_the_second_title_is_named(
    last: str,
) -> None:
    # pdftotext: two titles over two bodies, the second with no byline of its own, set apart from the first by a
    # blank line only. Its last line short, the first body ends a paragraph there; filling the column (18
    # characters), the reflow reads the blank as a column break: the cut falls inside that paragraph.
    dispatch = "本报北京10月14日电（记者王明）国务委员14日在北京会见了来访的外国政府代表团一行，" + last
    assert (len(dispatch) % 18 == 0) == (last == "并就双边合作交换意见。")
    feature = [
        "十月金陵，丹桂飘香。",
        "为庆祝两市结好四十周年，市长一行到访南京。她说：“我们的友谊将永久传承！”两市合作稳步推进。",
        "四十年来，两市在经贸、科教、文化等领域取得了显著成效，既推动了城市发展，也造福了两市人民。",
    ]
    text = (
        "国务委员会见\n外国政府代表团\n\n“我们的友谊\n将永久传承”\n\n"
        + _column(dispatch)
        + "\n\n"
        + "\n".join(_column(p) for p in feature)
        + "\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, a.paragraphs[0].text[:4]) for a in page.articles] == [
        ("国务委员会见外国政府代表团", "国务委员"),
        ("“我们的友谊将永久传承”", "十月金陵"),
    ]
    assert page.articles[0].paragraphs[-1].text.endswith(last)


def test_a_stacked_deck_and_title_over_a_feature_whose_text_quotes_the_title_later_do_not_cut_it() -> None:
    # A deck and the title it stands over, set apart by a blank line, over a feature under its reporter's name: the
    # title quotes the words of a later paragraph. No dated dispatch opens it, so it is one article, not two.
    paragraphs = [
        "翻开日前出版的中小学生国家安全教育读本，一段段故事、一幅幅插图映入眼帘，读本将抽象的概念讲得生动具体。",
        "不少老师说，读本发到学生手中后，课堂讨论明显热烈起来，学生们会主动提出自己的问题和想法。",
        "一位校长说：“要读、要想，更要去行动。”学校组织学生走进社区，把课堂上学到的知识讲给居民听。",
    ]
    text = (
        "以中小学生读本为载体推进\n国家安全教育入脑入心\n\n要读、要想，\n更要去行动\n\n本报记者　王明\n"
        + "\n".join(_column(p) for p in paragraphs)
        + "\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    assert len(page.articles[0].paragraphs) == 3


def test_a_paragraphs_first_line_set_apart_over_its_one_line_end_is_no_title_over_an_article() -> None:
    # pdfminer.six parts a paragraph's first line from its second by a blank line; the first, short of the column,
    # reads as a title over a one-line article, before the next article's title.
    report = (
        "新华社阿克拉4月26日电（记者王明）医疗队当日到首都一个社区开展大型义诊活动，累计接诊近300人次。"
        "医疗队还向候诊民众分发了疟疾知识手册，现场累计派发各类急需药品数百份。"
    )
    second = "本报记者 李华\n" + _column("清晨6时，出租车司机熟练地驾车驶上新建成的立交桥，二十分钟便到了市中心。")
    text = (
        "援外医疗队开展义诊活动\n\n"
        + _column(report)
        + "\n\n第二十七批援外医疗队\n\n来自湖南省，于今年3月抵达。\n\n"
        + "中企承建的立交桥\n打通首都交通堵点\n\n"
        + second
        + "\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["援外医疗队开展义诊活动", "中企承建的立交桥打通首都交通堵点"]
    assert page.articles[0].paragraphs[-1].text == "第二十七批援外医疗队来自湖南省，于今年3月抵达。"


def test_a_quoted_title_whose_last_line_is_one_character_and_its_closing_mark_heads_the_article() -> None:
    # pdftotext: a title set narrow over its author line wraps one character and the quote's closing mark onto its
    # last line; too little to read as a title line by itself, and no paragraph's last line.
    body = _column("在4月29日举行的例行新闻发布会上，记者注意到这样一组数据：多数受访企业预计今年实现盈利。", 15)
    text = f"“中美两国工商界\n加强合作意愿浓\n厚”\n\n新华社记者 邹多为\n{body}\n"
    [article] = newsseg.segment(text).articles
    assert article.title == "“中美两国工商界加强合作意愿浓厚”"
    assert article.byline is not None
    assert article.byline.reporters == ("邹多为",)


def test_a_quoted_subhead_wrapped_to_one_character_inside_the_text_stays_in_it() -> None:
    # A subhead quoting a speaker, wrapped at the column so that one character and the closing mark end it, inside
    # an article's text: no author line under it, so it opens no article.
    first = _column(
        "本报金奈10月14日电（记者王明）10月11日至12日，两国领导人在金奈举行非正式会晤，双方同意扩大合作。", 15
    )
    rest = _column("10月10日，中国—印度贸易促进活动在金奈举行，吸引了两国数百家企业参加，现场签约金额可观。", 15)
    text = f"经贸合作迎来更广阔发展空间\n\n{first}\n\n“贸易促进活动给两国企业搭建了沟通桥\n梁”\n\n{rest}\n"
    [article] = newsseg.segment(text).articles
    assert article.title == "经贸合作迎来更广阔发展空间"


def test_a_subhead_wrapped_over_three_lines_of_a_narrow_column_stays_in_its_article() -> None:
    # Titles printed after their bodies, columns of eight characters: a subhead of 20 characters wraps over three
    # lines, as two lines of the corpus papers' 13-character columns hold it. Read as a title, it took the text
    # above it (the article's lead) and left the rest under the article's own title.
    lead = "近年来，随着计算技术的快速迭代，算力逐渐成为衡量数字服务的基本单位，相关产业链正在加速形成。"
    subhead = "算力正在成为数字经济的基本计量与交易单位"
    rest = [
        "算力的普及使得数字服务有了标准化的计量单位。此前，数字服务的定价与提供服务的人直接挂钩，咨询按人报价。",
        "当一次咨询的输入与输出可以用算力数量来衡量，数字服务就获得了类似于电力行业的计量方式，可以标准化定价。",
    ]
    before = "国务院日前印发关于推进服务业扩能提质的意见，提出深化先进制造业和现代服务业融合发展，培育新业态新模式。"
    text = (
        f"{_column(before, 8)}\n\n深化两业融合发展\n\n李大华\n\n{_column(lead, 8)}\n\n{_column(subhead, 8)}\n\n"
        f"{_column(rest[0], 8)}\n{_column(rest[1], 8)}\n\n算力经济的产业逻辑\n\n王小明\n"
    )
    page = newsseg.segment(text)
    assert [p.text for p in page.articles[-1].paragraphs] == [lead, subhead, *rest]
    assert all(article.title != subhead for article in page.articles)
    check_page_coverage(page, text)


def test_a_title_block_whose_column_tag_wraps_past_six_lines_is_one_title_block() -> None:
    # pdftotext -raw: a kicker, a title and its column's tag, each wrapped narrow, seven lines in all, between the
    # body before (titles printed after their bodies) and the next article's author line; no blank line anywhere.
    first = _column(
        "本报杭州4月26日电（记者王明）平台集聚了一批服务机构，帮助科创企业对接资金和市场。“平台让企业少跑腿。”有关负责人说。",
        14,
    )
    second = _column("生产性服务业主要服务于企业、园区和产业链发展，虽不直接生产产品，但能帮助企业把产品做好。", 14)
    title = (
        "从引资金到拉业务，\n一个平台提供全周期赋能——\n科创企业有了专\n属“服务员”\n（经济新方位·\n服务业扩能提\n质）"
    )
    page = newsseg.segment(f"{first}\n{title}\n袁哲\n{second}\n")
    assert len(page.articles) == 2
    assert page.articles[0].headline is not None
    assert page.articles[0].headline.main.startswith("科创企业有了专属“服务员”")
    assert page.articles[0].paragraphs[-1].text.endswith("有关负责人说。")


def test_a_title_wrapped_narrow_between_two_bodies_is_a_title_with_no_blank_lines() -> None:
    # pdftotext -raw: the last line of one article, a title set large (five characters a line where the column holds
    # twelve), the next article's dispatch head; no blank line anywhere.
    first = _column("同日，国务院总理同对方政府总理也互致贺电，表示愿同对方一道推动双边关系发展。", 12)
    second = _column("本报内比都1月18日电（记者王明）当地时间1月18日上午，两国领导人在内比都举行会谈。", 12)
    page = newsseg.segment(f"两国互致贺电\n{first}\n两国领导人在\n内比都举行会\n谈\n{second}\n")
    assert [a.title for a in page.articles] == ["两国互致贺电", "两国领导人在内比都举行会谈"]


def test_a_title_wrapped_narrow_whose_lines_differ_by_a_quote_mark_is_a_title() -> None:
    # pdftotext -raw: a title set large over a narrow measure, its lines one unit apart in width (a curly quote and a
    # plus sign, narrower than a character), printed right under the last sentence of the article before.
    first = _column("各方合力形成系统性的治理格局，才能让技术回归其服务于人的本真属性。", 14)
    second = _column("随着数字技术的高速演进，生成式模型在能力上已取得阶段性突破，应用场景不断拓展。", 14)
    page = newsseg.segment(f"让技术回归本真\n{first}\n全面推进“互联\n网络 +”提质增\n效\n刘琼\n{second}\n")
    assert [a.title for a in page.articles] == ["让技术回归本真", "全面推进“互联网络 +”提质增效"]


def test_a_dispatch_head_run_on_from_the_line_before_is_no_title_over_a_narrow_one() -> None:
    # pdftotext -raw: the dispatch head closing a story wraps (…力量。 新华社 / 北京4月30日电), and the next
    # article's narrow title follows: lines of near widths, but the first one ends the sentence before it.
    first = _column("每一颗螺丝钉，共同拧成推动前行的磅礴力量。 新华社", 14)
    second = _column("在五一国际劳动节到来之际，各地劳动者坚守岗位，用汗水书写奋斗篇章。", 14)
    page = newsseg.segment(f"劳动者的节日\n{first}\n北京4月30日电\n劳动光荣的价\n值底色永远闪亮\n{second}\n")
    titles = [a.title for a in page.articles]
    assert "北京4月30日电" not in "".join(t or "" for t in titles)


def test_a_narrow_title_among_other_stacked_titles_is_measured_against_the_body_column() -> None:
    # pdftotext: the titles of three commentaries stacked between two bodies; nearby, title lines outnumber body
    # lines, so the column measured around the middle title is a title's width, not the body's.
    first = _column(
        "本报北京4月26日电（记者王明）绿色转型带动系统升级，生活之美、发展之美、生态之美，如今和未来都会美到心坎上。",
        15,
    )
    last = _column("推进改革，也要讲究因地制宜的方法论，针对问题精准发力，根据实际灵活应变，稳订单、拓市场。", 15)
    page = newsseg.segment(
        f"生态之变\n\n{first}\n\n城市烟火也是宝贵\n课堂（暖闻热评）\n\n感悟绿色发展的\n“三力”（现场评\n论）\n\n"
        f"以微改革撬动外贸\n大棋局（人民时\n评）\n\n欧阳洁\n{last}\n"
    )
    # Each title closes on its column's tag: the one right over the author line and text heads them, and the two
    # above, whose texts are not on this page, are left over as titles, never read as text.
    assert page.articles[-1].title == "以微改革撬动外贸大棋局（人民时评）"
    assert page.articles[-1].paragraphs[0].text.startswith("推进改革")
    assert not any("三力" in p.text for a in page.articles for p in a.paragraphs)
    assert "感悟绿色发展的" in [x.text for x in page.leftovers]


_SKILL_FIRST = "本报北京4月26日电（记者王明）企业可以采取人机耦合的办法，利用智能工具处理标准化、重复性的基础任务。"
_SKILL_NEXT = "近来，在智能体生态中，一种叫做技能包的插件正变得越来越流行，它就像智能体的技能卡，安装之后即可调用。"
_SKILL_NOTE = "（北京航空航天大学法\n学院副教授 赵精武）"


@pytest.mark.parametrize(
    "apart",
    [
        pytest.param("\n", id="pdftotext"),
        pytest.param("\n\n", id="pdfminer-blank-lines-between-boxes"),
    ],
)
def test_an_authors_note_in_brackets_wrapped_under_a_title_is_its_byline(apart: str) -> None:
    # A commentary's author, post and name in brackets, wrapped by a narrow column under its title: with no blank
    # line (pdftotext) or one between each of the boxes (pdfminer.six), title, note and text.
    first, second = _column(_SKILL_FIRST, 17), _column(_SKILL_NEXT, 17)
    text = apart.join(["人机耦合的新课题\n", first, "面对技能包，普通人如何保护自己", _SKILL_NOTE, second])
    page = newsseg.segment(text + "\n")
    assert [a.title for a in page.articles] == ["人机耦合的新课题", "面对技能包，普通人如何保护自己"]
    byline = page.articles[1].byline
    assert byline is not None
    assert byline.others == (("北京航空航天大学法学院副教授", "赵精武"),)
    assert page.articles[1].paragraphs[0].text.startswith("近来")


def test_an_authors_note_in_brackets_wider_than_the_column_under_a_title_is_its_byline() -> None:
    # The layout generator's narrow columns: the note on one line set across the column, blank lines around it.
    first, second = _column(_SKILL_FIRST, 12), _column(_SKILL_NEXT, 12)
    note = "（北京航空航天大学法学院副教授 赵精武）"
    page = newsseg.segment(f"人机耦合的新课题\n\n{first}\n\n面对技能包，普通人如何保护自己\n\n{note}\n\n{second}\n")
    assert [a.title for a in page.articles] == ["人机耦合的新课题", "面对技能包，普通人如何保护自己"]
    byline = page.articles[1].byline
    assert byline is not None
    assert byline.others == (("北京航空航天大学法学院副教授", "赵精武"),)


def test_a_sentence_cut_off_on_a_clause_mark_before_a_blank_is_no_kicker() -> None:
    # pdftotext: a column ends mid-sentence (…将自身的专业技能、), a blank line, then the next article's title.
    first, second = _column(_SKILL_FIRST, 17), _column(_SKILL_NEXT, 17)
    cut = _column("当能力算法化成为无法避免的趋势，劳动者可以尝试将自身的专业技能、", 17)
    page = newsseg.segment(
        f"人机耦合的新课题\n\n{first}\n{cut}\n\n面对技能包，普通人如何保护自己\n{_SKILL_NOTE}\n{second}\n"
    )
    headline = page.articles[-1].headline
    assert headline is not None
    assert (headline.kicker, headline.main) == (None, "面对技能包，普通人如何保护自己")
    assert page.articles[0].paragraphs[-1].text.endswith("将自身的专业技能、")


def test_a_caption_set_wider_than_the_column_over_a_credit_is_no_paragraph_of_the_text_before() -> None:
    # pdftotext: a photo across columns, its caption as wide under it and its credit; the article before stops
    # mid-sentence at its column's foot (it runs on elsewhere), the next one opens under the photo.
    first = _column(
        "本报北京7月1日电（记者王明）今年以来，全市新建改建公园绿地一百余处，市民出门见绿，移步见景。园林部门介绍，"
        "新建公园注重因地制宜，利用边角地、闲置地见缝插绿，让公园融入城市肌理。下一步，全市还将推进公园无界化改造，",
        15,
    )
    second = _column(
        "本报高雄7月1日电（记者李华）市民游客纷纷来到新开放的滨水公园，沿着步道散步、骑行，享受夏日清凉。这座公园由"
        "废弃码头改建而成，保留了老吊机和铁轨等工业遗存，设置了观景平台和亲水步道，开园首日接待游客两万余人次。",
        15,
    )
    caption = "7月1日，市民在新开放的滨水公园内散步休闲。该公园由废弃码头改建而成，\n"
    caption += "沿岸栽种乔木三千余株，成为城市新的休闲去处。"
    page = newsseg.segment(f"{first}\n\n{caption}\n本报记者 赵强摄\n\n{second}\n")
    assert page.articles[0].paragraphs[-1].text.endswith("推进公园无界化改造，")
    assert [c.text[:8] for a in page.articles for c in a.captions] == ["7月1日，市民在"]


_TAG_FIRST = (
    "本报重庆10月14日电（记者王明）唐康林喜欢展示他这一面墙的荣誉，他说，荣誉是次要的，"
    "主要是我尝到了锻炼的甜头，也希望更多人都能品尝到运动的好滋味。"
)
_TAG_NEXT = (
    "尽管东京奥运会预选赛仍然是困难重重，但中国国奥队如果能逐步建立起信心、凝聚成合力，"
    "就有可能创造奇迹。细节决定成败，球队要从每一次传球做起。"
)


def test_a_line_ending_in_its_columns_tag_is_a_title_where_a_title_may_stand() -> None:
    # pdftotext: a commentary (no byline) under its title and column tag, after another article's stray title line.
    first, second = _column(_TAG_FIRST, 22), _column(_TAG_NEXT, 22)
    page = newsseg.segment(
        f"老人爱上铁人三项\n\n{first}\n\n德国乒乓球公开赛\n\n改变，从细节开始（体坛观澜）\n{second}\n"
    )
    assert [a.paragraphs[0].text[:4] for a in page.articles] == ["唐康林喜", "尽管东京"]
    assert not any("体坛观澜" in p.text for a in page.articles for p in a.paragraphs)


def test_a_line_ending_in_its_columns_tag_is_a_title_under_a_finished_sentence_on_a_page_without_blanks() -> None:
    # pdftotext -raw prints no blank line anywhere: a finished sentence above is all that sets the title apart.
    first, second = _column(_TAG_FIRST, 22), _column(_TAG_NEXT, 22)
    page = newsseg.segment(f"老人爱上铁人三项\n{first}\n改变，从细节开始（体坛观澜）\n{second}\n")
    assert [a.title for a in page.articles] == ["老人爱上铁人三项", "改变，从细节开始（体坛观澜）"]


def test_a_paragraphs_first_line_ending_in_an_abbreviation_in_brackets_is_no_title() -> None:
    body = _column(
        "本报北京4月29日电（记者王明）阿联酋宣布将退出石油输出国组织（欧佩克）及相关机制后，多个重要产油国相继表态。",
        20,
    )
    rest = "阿联酋宣布将退出石油输出国组织（欧佩克）\n及“欧佩克+”后，俄罗斯、伊拉克等重要产油\n国29日相继表态无意退出。"
    page = newsseg.segment(f"产油国相继表态\n\n{body}\n\n{rest}\n")
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs[-1].text.startswith("阿联酋宣布")


def test_a_title_glued_to_its_body_under_a_kicker_set_apart_is_one_title_block() -> None:
    # pdftotext: kicker, a blank line, the title glued to the body (核心阅读 box first), at the page's head.
    body = _column(
        "今年68岁的唐康林是一名铁人三项爱好者。十几年前，身体状况亮起红灯的唐康林开始跑步锻炼，"
        "如今他充分尝到了运动的甜头，心态也积极向上。",
        22,
    )
    page = newsseg.segment(f"68岁的铁人三项爱好者唐康林\n\n我尝到了运动的甜头（我运动 我快乐）\n核心阅读\n{body}\n")
    (article,) = page.articles
    assert article.headline is not None
    assert (article.headline.kicker, article.headline.main) == (
        "68岁的铁人三项爱好者唐康林",
        "我尝到了运动的甜头（我运动 我快乐）",
    )
    assert not page.leftovers


def test_a_photo_credit_under_a_photo_items_title_joins_no_title() -> None:
    first = _column("本报北京10月14日电（记者王明）两国友好城市结好四十周年，双方将在经贸、文化等领域深化合作。", 18)
    page = newsseg.segment(
        f"友城合作再出发\n\n{first}\n\n图片报道\n\n龚献明摄（影像中国）\n"
        "十月十二日，第四十届中国浙江国际自行车新能源电动车展览会暨首届电动车科技与出口博览会\n"
        "在义乌国际博览中心举行。图为一名外商在采购新能源电动车。\n"
    )
    assert all(a.headline is None or "摄" not in a.headline.main for a in page.articles)


def test_a_title_right_over_an_author_line_heads_that_authors_article_where_titles_follow_bodies() -> None:
    # pdftotext: the page reads as titles after their bodies, but this title is printed right over its author's line.
    first = _column(
        "推动生活之变，离不开勇往直前的行动力；实现发展之变，离不开同向互济的支撑力。十年再出发，时代的受益者成了发展的推动者。",
        15,
    )
    second = _column("听到青年的需求，看到青年的创造力，用心用情提供与之适配的服务，便能为他们打开发展新天地。", 15)
    page = newsseg.segment(f"张志锋\n{first}\n\n洞悉活力中国的青春脚步\n（金台随笔）\n杨昊\n{second}\n")
    assert [(a.title, a.byline.text if a.byline else None) for a in page.articles] == [
        (None, "张志锋"),
        ("洞悉活力中国的青春脚步（金台随笔）", "杨昊"),
    ]


def test_two_stacked_titles_go_to_the_two_articles_after_them_when_one_names_its_lead_plainly() -> None:
    # pdfminer.six: two titles one over the other, then the two articles; the second title names its lead in part.
    first = _column(
        "5月1日，美国总统特朗普未经国会授权动用军事力量的60天期限已到，特朗普宣称美伊战事已经结束，但分析人士认为，双方找到可接受的利益交汇点恐将是个难题。",
        18,
    )
    second = _column(
        "在美国总统特朗普与德国总理默茨日前围绕伊朗问题进行的一番口水仗后，美国国防部宣布将从德国撤军，此举在欧洲引发对北约前景的担忧。",
        18,
    )
    page = newsseg.segment(
        f"特朗普为何宣称美伊战事“结束”\n\n“惩罚式”撤军会否引发北约危机\n\n新华社记者 杨士龙\n\n{first}\n\n"
        f"新华社记者 李超\n\n{second}\n"
    )
    assert [a.title for a in page.articles] == ["特朗普为何宣称美伊战事“结束”", "“惩罚式”撤军会否引发北约危机"]


def test_a_title_broken_over_a_blank_line_inside_its_title_marks_is_no_stack() -> None:
    # pdftotext -layout: 中央军委印发新修订的《军队基层建 / blank / 设纲要》 is one title, whatever the words below.
    first = _column(
        "新华社北京1月18日电 经中央军委主席习近平批准，中央军委近日印发新修订的军队基层建设规定，"
        "自2020年2月1日起施行。规定为新时代基层建设提供坚实基础和支撑。",
        18,
    )
    second = _column(
        "本报内比都1月18日电 1月17日至18日，国家主席习近平对缅甸进行国事访问，"
        "中缅双方同意携手构建中缅命运共同体，双方还就落实发展规划纲要交换意见。",
        18,
    )
    page = newsseg.segment(f"中央军委印发新修订的《军队基层建\n\n设纲要》\n\n{first}\n\n{second}\n")
    assert page.articles[0].title == "中央军委印发新修订的《军队基层建设纲要》"
    assert page.articles[1].title is None


def test_a_stacked_title_group_next_to_one_taken_that_names_the_same_lead_joins_its_title() -> None:
    # pdftotext: two articles' titles stacked; the second's kicker (就中越建交70周年) set apart from its title.
    first = _column(
        "新华社北京1月18日电 1月18日，中共中央总书记、国家主席习近平同越共中央总书记、"
        "国家主席阮富仲就中越建交70周年互致贺电。习近平在贺电中指出，中越是山水相连的社会主义邻邦。",
        13,
    )
    second = _column(
        "本报北京1月18日电 1月18日晚，国家主席习近平结束对缅甸的国事访问回到北京。陪同习近平出访的有关人员同机返回。",
        13,
    )
    page = newsseg.segment(
        "习近平结束对缅甸\n国事访问回到国内\n\n就中越建交70周年\n\n习近平同越共中央总书记、\n国家主席阮富仲互致贺电\n"
        f"{first}\n\n{second}\n"
    )
    heads = [(a.headline.kicker, a.headline.main) if a.headline else None for a in page.articles]
    assert heads == [
        ("就中越建交70周年", "习近平同越共中央总书记、国家主席阮富仲互致贺电"),
        (None, "习近平结束对缅甸国事访问回到国内"),
    ]
    assert not page.leftovers


def test_a_title_naming_none_of_the_lead_under_it_heads_the_untitled_article_it_names() -> None:
    # pdftotext: a title printed over another column's article; its own article further down has no title.
    first = _column(
        "本报平壤6月9日电（记者杨翘楚）"
        "当地时间6月9日上午，正在朝鲜进行国事访问的中共中央总书记、国家主席习近平和夫人彭丽媛参谒中朝友谊塔。朝方领导人陪同。",
        18,
    )
    second = _column(
        "新华社北京6月9日电 6月9日，国家主席习近平同格鲁吉亚总统卡韦拉什维利互致贺电，"
        "庆祝两国建交34周年，共同宣布将双边关系提升为全面战略伙伴关系。",
        18,
    )
    page = newsseg.segment(f"习近平同格鲁吉亚总统卡韦拉什维利互致贺电\n\n{first}\n\n{second}\n")
    assert [a.title for a in page.articles] == [None, "习近平同格鲁吉亚总统卡韦拉什维利互致贺电"]
    assert any("none of the one it stood over" in d.evidence for d in page.decisions)
    assert sum(d.what == "attach" for d in page.decisions) == 1


def test_a_kicker_title_and_subtitle_set_apart_stay_one_title() -> None:
    body = "本报北京10月14日电（记者王明）记者从北京市政府新闻办获悉：本届冬季运动博览会将于17日至20日在北京举办。"
    page = newsseg.segment(
        "冬季运动博览会新闻发布会举行\n\n本届冬博会17日开幕\n\n——延续冰雪力量主题\n\n" + _column(body, 13) + "\n"
    )
    (article,) = page.articles
    assert article.headline is not None
    assert len(article.headline.spans) == 3
    assert article.headline.subtitle == "延续冰雪力量主题"
    assert not [d for d in page.decisions if "stacked" in d.evidence]


def test_a_theme_and_colon_subhead_stays_inside_its_article_on_a_page_of_bylines() -> None:
    first = (
        "新华社郑州4月28日电（记者王明）谷雨过后，中原大地碧浪连畴。一季度河南省地区生产总值同比增长百分之六。\n\n"
        "一张表格的“决心”：刀刃向内破壁清障\n\n"
        "这是一张内容丰富又井然有序的表格，包含五项一级指标和十九项二级指标。\n\n"
    )
    second = "新华社北京4月28日电（记者李华）国家统计局今天发布数据，一季度全国规模以上工业增加值同比增长。\n"
    page = newsseg.segment(first + second)
    assert len(page.articles) == 2
    assert any("刀刃向内" in p.text for p in page.articles[0].paragraphs)
    assert page.articles[0].headline is None


def test_a_bracketed_note_under_the_last_sentence_ends_the_article_and_is_no_title() -> None:
    first = _column(
        "前不久，沪苏浙皖人大常委会联合出台决定，推动区域协同立法。这种提升，是改革的初心，是发展的归宿。", 16
    )
    second = _column("听到青年的需求，看到青年的创造，我们就能洞见一个更加生机勃勃的中国。", 16)
    page = newsseg.segment(
        f"从“项目协同”到“制度协同”\n\n{first}\n（摘编自《新华日报》）\n\n\n"
        f"洞悉活力中国的青春脚步（金台随笔）\n\n杨  昊\n\n{second}\n"
    )
    assert [a.headline.main if a.headline else None for a in page.articles] == [
        "从“项目协同”到“制度协同”",
        "洞悉活力中国的青春脚步（金台随笔）",
    ]
    assert page.articles[0].paragraphs[-1].text.endswith("（摘编自《新华日报》）")


def test_a_sign_off_naming_its_reporters_set_apart_and_wrapped_ends_the_article() -> None:
    # pdfminer.six: the last sentence, a blank, （本报…电 / blank / 记者… wrapped over two lines…）, the next title.
    first = _column("中方欢迎对方更多适销对路和有竞争力的产品进入中国市场，双方合作前景广阔。", 13)
    second = _column("本报北京10月14日电（记者李华）国家统计局今天发布数据，一季度工业增加值同比增长。", 13)
    page = newsseg.segment(
        f"经贸合作迎来更广阔发展空间\n\n{first}\n\n（本报金奈10月14日电\n\n记者王明、李华、赵\n强、孙丽）\n\n"
        f"一季度工业生产稳中有升\n\n{second}\n"
    )
    assert [a.title for a in page.articles] == ["经贸合作迎来更广阔发展空间", "一季度工业生产稳中有升"]
    assert page.articles[0].paragraphs[-1].text.endswith("孙丽）")
    assert not page.leftovers


@pytest.mark.parametrize(("second", "articles"), [("4月26日", 1), ("4月25日", 2)])
def test_a_later_dispatch_from_the_same_desk_under_one_title_is_a_follow_up(second: str, articles: int) -> None:
    # Under one title, a report of the 25th and, with no title between, one of the 26th from the same desk: one
    # article in two parts. Two reports of the same day may be two items whose titles the extractor lost.
    first = _column("新华社华盛顿4月25日电美国媒体25日报道说，当晚的宴会上发生“安全事件”，一名嫌疑人已被拘捕。", 13)
    then = _column(f"新华社华盛顿{second}电美国媒体援引消息人士的话报道说，嫌疑人在被捕后告诉执法部门其目标。", 13)
    page = newsseg.segment(f"晚宴发生“安全事件”\n一名嫌疑人被拘捕\n\n{first}\n{then}\n")
    assert len(page.articles) == articles
    assert page.articles[0].title == "晚宴发生“安全事件”一名嫌疑人被拘捕"


def test_a_sign_off_over_text_that_finishes_another_columns_word_closes_its_article() -> None:
    # pdftotext: …最应有的回应。 / 新华社北京5月2日电 / blank / 法和国际关系基本准则。… The dispatch head signs the text
    # above: the text under it finishes the word (国际法) an article further up stopped in, as no head's text opens.
    cut = _column(
        "商务部2日发布阻断禁令，阻断美国对五家中国企业实施的制裁措施。商务部新闻发言人表示，美方的做法违反国际", 18
    )
    signed = _column(
        "八十年前的今天，远东国际军事法庭在东京开庭。那场审判所确立的是非曲直不容颠倒，所判定的历史定论不容翻案，"
        "所守护的和平秩序不容破坏。这是对世界上一切爱好和平的正义力量最应有的回应。",
        18,
    )
    rest = _column("法和国际关系基本准则。发言人说，商务部发布禁令，规定不得承认、不得执行、不得遵守有关制裁措施。", 18)
    page = newsseg.segment(
        f"商务部发布阻断禁令\n{cut}\n\n历史的判决不容翻案\n新华社记者 李华\n{signed}\n新华社北京5月2日电\n\n{rest}\n"
    )
    (signed_off,) = [a for a in page.articles if a.title == "历史的判决不容翻案"]
    assert signed_off.paragraphs[-1].text == "新华社北京5月2日电"
    assert any("违反国际法和国际关系基本准则" in p.text for a in page.articles for p in a.paragraphs)


@pytest.mark.parametrize(
    ("first_hands", "then_hands", "articles"),
    [("", "", 2), ("（记者王明）", "（记者王明）", 2), ("（记者王明）", "（记者李华）", 3)],
)
def test_a_follow_up_before_its_title_printed_after_it_is_one_article(
    first_hands: str, then_hands: str, articles: int
) -> None:
    # pdftotext -raw: the bodies first, each title after its body. The report of the 26th from the desk of the
    # 25th, by the same hands (none named, or the same reporter), is the first one's second part before its title
    # is seen; another reporter's is a report of its own.
    first = _column(f"新华社华盛顿4月25日电{first_hands}美国媒体25日报道说，当晚的宴会上发生“安全事件”。", 13)
    then = _column(f"新华社华盛顿4月26日电{then_hands}美国媒体援引消息人士的话报道说，嫌疑人已被拘捕。", 13)
    other = _column("本报北京4月26日电（记者赵强）一季度全市新增就业岗位十二万个，同比增长百分之五。", 13)
    page = newsseg.segment(f"{first}\n{then}\n\n晚宴发生“安全事件”\n一名嫌疑人被拘捕\n\n{other}\n\n就业形势稳中向好\n")
    assert len(page.articles) == articles
    joined = page.articles[0].paragraphs[-1].text.startswith("新华社华盛顿4月26日电")
    assert joined == (articles == 2)
    if joined:
        assert page.articles[0].title == "晚宴发生“安全事件”一名嫌疑人被拘捕"


@pytest.mark.parametrize(
    ("subtitle", "articles"), [("——离港前出席市长举行的送别仪式", 1), ("——两国签署多项合作文件", 2)]
)
def test_a_second_report_that_the_subtitle_names_stays_under_the_title(subtitle: str, articles: int) -> None:
    # One title over two reports of one day from two desks: the subtitle names the second, which is no article of
    # its own; a subtitle that does not name it leaves its dispatch head opening an article.
    first = _column("本报北京6月9日电6月9日下午，代表团在圆满结束对港口城市的访问后回到北京。", 13)
    then = _column("本报海港6月9日电（记者王明）当地时间6月9日下午，代表团离开海港，市长到机场举行送别仪式。", 13)
    page = newsseg.segment(f"代表团回到北京\n{subtitle}\n\n{first}\n{then}\n")
    assert len(page.articles) == articles
    assert page.articles[0].title == "代表团回到北京"


def test_an_authored_piece_keeps_its_second_dispatch_of_the_same_day() -> None:
    # An author's line over a dispatch head, and later a second head from the same desk that day: the author signs
    # the whole piece, one article with both heads in its text.
    first = _column("新华社北京4月29日电记者4月29日从国家税务总局获悉，多地税务部门曝光了一批偷税案件。", 13)
    then = _column("新华社北京4月29日电近年来，随着人们对美的需求不断增长，相关行业快速发展。", 13)
    page = newsseg.segment(f"税务部门曝光偷税案释放的信号\n\n新华社记者 王明\n\n{first}\n\n{then}\n")
    (article,) = page.articles
    assert article.byline is not None
    assert article.byline.reporters == ("王明",)
    assert [p.text[:13] for p in article.paragraphs] == ["新华社北京4月29日电记者", "新华社北京4月29日电近年"]


def test_an_authors_note_set_apart_by_a_blank_line_still_ends_the_article() -> None:
    # Titles printed after their bodies: body, blank, （作者为… wrapped, blank, the title, then the next article.
    first = _column("推动生活之变，离不开勇往直前的创新。绿色发展的成果，如今和未来都会美到心坎上。", 10)
    second = _column("本报讯（记者王明）示范区召开政府廉政工作会议，部署今年的工作任务。", 10)
    page = newsseg.segment(
        f"{first}\n\n（作者为本报安徽分社\n记者）\n\n感悟绿色发展的“三力”\n\n{second}\n\n示范区召开政府廉政工作会议\n"
    )
    assert page.articles[0].paragraphs[-1].text.endswith("（作者为本报安徽分社记者）")
    assert page.articles[0].headline is not None
    assert page.articles[0].headline.main == "感悟绿色发展的“三力”"


def test_a_byline_wrapped_after_a_name_separator_is_one_byline() -> None:
    """The second line of a wrapped dispatch head (…郭建伸、 / 王揚宇台北10日電）) is no byline of its own."""
    text = (
        "（中央社記者郭建伸、\n王揚宇台北10日電）立法院\n全院委員會今天審查大法官\n人事同意權，民眾黨立委麥\n"
        "玉珍詢問，是否贊成京華城\n案有公開直播的試辦策略。\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    byline = page.articles[0].byline
    assert byline is not None
    assert byline.reporters == ("郭建伸", "王揚宇")
    assert page.articles[0].paragraphs[0].text.startswith("立法院全院委員會")


def test_a_photo_credit_may_end_on_the_day_it_was_taken() -> None:
    """Taiwan's agency dates its photo credits (中央社記者X攝 114年7月1日), on the credit's line or the next."""
    for credit in ("中央社記者董俊志攝 114年7月1日\n", "中央社記者董俊志攝\n114年7月1日\n"):
        text = "台北市前副市長彭振聲的妻子1日不幸辭世，彭振聲兒子（圖）下午前往高雄市殯儀館。\n" + credit
        page = newsseg.segment(text)
        assert len(page.articles) == 1
        article = page.articles[0]
        assert article.kind == "photo"
        assert article.byline is not None
        assert article.byline.photographers == ("董俊志",)
        assert not any("114年" in p.text for p in article.paragraphs)


def test_a_note_on_the_author_is_the_body_last_paragraph() -> None:
    """（作者系…） names no one: it ends the commentary's text (as the annotation has it), and the next one starts."""
    text = (
        "深刻把握法治的战略定位\n\n江必新\n\n  习近平总书记指出，法治是国家治理体系和治理能力的重要依托。\n"
        "  法治为规划实施提供坚实支撑和根本保障。\n  （作者系中国社会工作联合会副会长）\n\n"
        "“双碳”目标引领绿色转型\n\n郭春丽\n\n  实现碳达峰碳中和，是党中央统筹国内国际两个大局作出的重大战略决策。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["深刻把握法治的战略定位", "“双碳”目标引领绿色转型"]
    assert page.articles[0].paragraphs[-1].text == "（作者系中国社会工作联合会副会长）"
    assert page.articles[0].byline is not None
    assert page.articles[0].byline.reporters == ("江必新",)


@pytest.mark.parametrize(
    ("text", "title", "reporters"),
    [
        # wrapped inside a name: the line after opens on its last character
        (
            (
                "家长“代劳”、保洁“外包”：变味儿的校园劳动\n\n新华社记者 白丽\n萍 吴晓颖 郑明鸿\n"
                "  家长到校扫地、拖地、擦窗户，聘请保洁人员打扫教室。\n"
            ),
            "家长“代劳”、保洁“外包”：变味儿的校园劳动",
            ("白丽萍", "吴晓颖", "郑明鸿"),
        ),
        # wrapped at the space between two names, which pdfminer.six keeps at the next line's start (新华社记者 李俊 /
        # ␣张兴军 孙清清): the names alone carry on the author line and open no second article under no title
        (
            (
                "沿河古镇的春天\n\n新华社记者 周明远\n 钱振宇 孙若溪\n\n谷雨过后，古镇的石板路上游人\n渐多，河边的茶馆"
                "重新开张。\n\n镇上的老船工说，今年来的客人\n比往年多了不少。\n"
            ),
            "沿河古镇的春天",
            ("周明远", "钱振宇", "孙若溪"),
        ),
    ],
    ids=["inside-a-name", "at-the-space"],
)
def test_an_author_line_wrapped_over_two_lines_is_one_byline(text: str, title: str, reporters: tuple[str, ...]) -> None:
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    byline = page.articles[0].byline
    assert byline is not None
    assert byline.reporters == reporters
    assert page.articles[0].title == title
    check_page_coverage(page, text)


def test_the_end_of_a_wrapped_sign_off_is_no_title() -> None:
    from newsseg.segment import _title_like  # noqa: PLC0415 - the private test the labeller's features read

    # A line that may be a title is what the labeller is asked about: the tail of a sign-off is none.
    assert not _title_like("輯：林淑媛）1131229")
    text = (
        "（中央社記者葉素萍台北29日電）總統賴清德代表台灣政府及人民，期盼後續各項搶救及復原工作順利進行。（編\n"
        "輯：林淑媛）1131229\n\n（中央社記者王承中台北30日電）韓國濟州航空客機昨天發生重大事故。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == [None, None]
    assert page.articles[0].paragraphs[-1].text.endswith("（編輯：林淑媛）1131229")


def test_a_dispatch_head_wrapped_over_two_lines_closes_its_article() -> None:
    text = (
        "40年后，走进切尔诺贝利核禁区\n\n新华社记者 陈汀\n"
        "  如何和平与安全地利用核能，是事故发生40年后全人类需要继续思考、关乎共同命运的深刻课\n题。\n"
        "  新华社白俄罗斯霍伊尼基4月26\n日电\n\n民调机构：德国选择党支持率创新高\n\n"
        "  新华社柏林4月26日电 德国INSA舆情研究所25日发布最新民调。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["40年后，走进切尔诺贝利核禁区", "民调机构：德国选择党支持率创新高"]
    assert "".join(p.text for p in page.articles[0].paragraphs).endswith("新华社白俄罗斯霍伊尼基4月26日电")


# the last: pdfminer.six breaks a wrapped note with a blank line
_NOTES = ["（作者为日本众议院前议长）", "（作者为日本众议院前\n议长）", "（作者为日本众议院前\n\n议长）"]


@pytest.mark.parametrize("note", _NOTES)
def test_a_title_may_open_after_a_note_that_closes_the_article_before(note: str) -> None:
    text = (
        "符合国情的制度带来好生活\n\n中国人民选择的制度符合国情。\n让中国人民的生活一天更比一天好。\n"
        f"{note}\n\n\n中印经贸合作迎来更\n广阔发展空间\n\n10月11日—12日，两国领导人会晤。\n"
    )
    page = newsseg.segment(text)
    assert [a.headline.main if a.headline else None for a in page.articles] == [
        "符合国情的制度带来好生活",
        "中印经贸合作迎来更广阔发展空间",
    ]


def test_a_subhead_between_an_author_line_and_a_note_on_the_author_stays_in_the_article() -> None:
    # Titles after their bodies: an author's name opens a commentary, a subhead set apart splits its text, and a note
    # on the author closes it. The note names no one: its author is the name above, so the subhead is in the text.
    news = _column("本报讯（记者王明）全市城市更新工作推进会今天召开。会议提出，今年将完成老旧小区改造任务。", 12)
    first = _column("数字技术的快速发展，正在深刻改变城市治理的工具、流程和场景，也在重塑公共服务的供给方式。" * 2, 12)
    second = _column("面向新的发展阶段推进城市治理创新，关键不在于叠加几项技术工具，而在于重塑治理的理念。" * 2, 12)
    text = (
        f"{news}\n\n全市城市更新工作推进会召开\n\n张明远\n\n{first}\n\n城市治理的\n创新之路\n\n{second}\n\n"
        "（作者系某市社会科学院研究员）\n\n数字时代城市治理的守正与创新\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["全市城市更新工作推进会召开", "数字时代城市治理的守正与创新"]
    article = page.articles[1]
    assert article.byline is not None
    assert article.byline.text == "张明远"
    starts = [p.text[:5] for p in article.paragraphs]
    assert starts[0] == "数字技术的"
    assert "城市治理的" in starts
    assert article.paragraphs[-1].text.endswith("（作者系某市社会科学院研究员）")
    assert any(d.what == "subhead" and "张明远" in d.evidence for d in page.decisions)


def test_a_title_line_under_a_jump_from_another_page_is_a_subhead() -> None:
    # The article jumps to another page (下转) and runs on there (上接) under a short heading of its own: the
    # heading is a subhead of the article that runs on, not a new article's title.
    first = _column("夜色中的江边步道人流如织，沿街的小店灯火通明，游客在这里品尝地方小吃。" * 2, 12)
    rest = _column("傍晚时分，商圈里的外国游客拎着购物袋走在街头，说这里的夜景让人难忘，购物也十分方便。" * 2, 12)
    text = (
        f"夜色里的城市活力\n\n新华社记者 王明\n{first}\n（下转6版）\n（上接4版）\n营造国际范\n近悦远来\n{rest}\n\n"
        "新区科技企业数量稳步增长\n\n"
        + _column("本报讯（记者李华）记者日前从新区管委会获悉，一季度新区新增科技企业一百二十家。", 12)
        + "\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["夜色里的城市活力", "新区科技企业数量稳步增长"]
    assert "".join(p.text for p in page.articles[0].paragraphs).endswith("购物也十分方便。")


def test_captions_closed_by_an_inline_credit_go_to_the_article_they_picture() -> None:
    # pdftotext prints a photo's caption as text, its credit at the end of the last line, before the article
    # beside it: no byline and no title make it an article; its words find the article it pictures.
    caption = "市民在新落成的滨江公园里散步，公园沿江步道全长五公里。 本报记者王明摄"
    body = _column(
        "本报讯（记者李华）新落成的滨江公园今天向市民开放。公园沿江步道全长五公里，沿线设有多处观景平台。", 18
    )
    page = newsseg.segment(f"{_column(caption, 24)}\n\n{body}\n")
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.byline is not None
    assert article.byline.reporters == ("李华",)
    assert article.byline.photographers == ("王明",)
    assert [c.text for c in article.captions] == ["市民在新落成的滨江公园里散步，公园沿江步道全长五公里。"]


# Two paragraphs each, the first ending on a short line.
_SECTION_A = (
    _column("数字技术的快速发展，正在深刻改变城市治理的工具、流程和场景。", 12)
    + "\n"
    + _column("这要求管理者更新观念，让技术真正服务于人。", 12)
)
_SECTION_B = (
    _column("面向新的发展阶段，关键在于重塑治理的理念与方法，让城市更有温度。", 12)
    + "\n"
    + _column("只有这样，城市治理才能行稳致远。", 12)
)


def _titled_after(title_under: str, under: str) -> str:
    """A commentary opened by its author, then a title block and the text under it; titles after their bodies."""
    news = _column("本报讯（记者王明）全市城市更新工作推进会今天召开。会议提出，今年将完成老旧小区改造任务。", 12)
    return (
        f"{news}\n\n全市城市更新工作推进会召开\n\n张明远\n\n{_SECTION_A}\n\n{title_under}\n\n{under}\n\n"
        "数字时代城市治理的守正与创新\n"
    )


def test_sections_under_plain_subheads_stay_in_the_article_their_author_opens() -> None:
    # No note on the author at the end: the text under the subhead names no author and reads as a section (several
    # paragraphs under one plain phrase), so it is the commentary's, and the title after it is the commentary's.
    page = newsseg.segment(_titled_after("城市治理的\n创新之路", _SECTION_B))
    assert [a.title for a in page.articles] == ["全市城市更新工作推进会召开", "数字时代城市治理的守正与创新"]
    starts = [p.text[:5] for p in page.articles[1].paragraphs]
    assert starts[0] == "数字技术的"
    assert "城市治理的" in starts
    assert any(d.what == "subhead" and "names no author" in d.evidence for d in page.decisions)


@pytest.mark.parametrize(
    ("title", "under"),
    [
        ("城市治理的创新之路（城市观察）", _SECTION_B),  # a column's tag: a title of its own
        ("图片报道", "市民在新落成的滨江公园里散步，公园沿江步道全长五公里。 本报记者王明摄"),  # a photo's text
        ("城市治理的\n创新之路", _column("面向新的发展阶段，关键在于重塑治理的理念与方法。", 12)),  # one paragraph
    ],
    ids=["column-tag", "photo", "one-paragraph"],
)
def test_an_item_that_does_not_read_as_a_section_stays_apart(title: str, under: str) -> None:
    page = newsseg.segment(_titled_after(title, under))
    assert len(page.articles) == 3
    assert not [d for d in page.decisions if d.what == "subhead"]


@pytest.mark.parametrize(
    "note",
    [
        "（本报利雅得电）",  # where it was sent from
        "（摘编自《城市日报》）",  # where it was taken from
        "（作者系某市社会科学院\n\n研究员）",  # an author's note the extractor broke with a blank line
    ],
    ids=["sent-from", "taken-from", "author-broken"],
)
def test_a_closing_note_set_apart_ends_its_article_and_is_no_title(note: str) -> None:
    first = _column("本报讯（记者王明）全市城市更新工作推进会今天召开。会议提出，今年将完成老旧小区改造任务。", 12)
    second = _column("本报讯（记者李华）新区一季度新增科技企业一百二十家，同比增长一成以上。", 12)
    page = newsseg.segment(f"城市更新推进会召开\n\n{first}\n\n{note}\n\n新区科技企业稳步增长\n\n{second}\n")
    assert [a.title for a in page.articles] == ["城市更新推进会召开", "新区科技企业稳步增长"]
    closing = "".join(note.split())
    assert "".join(p.text for p in page.articles[0].paragraphs).replace(" ", "").endswith(closing)


def test_a_caption_set_apart_over_its_credit_is_a_photo_even_where_its_lines_end_short() -> None:
    body = _column(
        "本报讯（记者李华）新落成的滨江公园今天向市民开放。公园沿江步道全长五公里，沿线设有多处观景平台。", 16
    )
    more = _column("　　公园管理方表示，将根据市民意见继续完善配套设施，并在节假日增加安保力量。", 16)
    # two short lines (two paragraphs), of a subject of their own: not the article's photo (_photos_under_articles)
    caption = "孩子们在广场上放风筝。\n远处是新建的体育馆。\n本报记者 王明 摄"
    page = newsseg.segment(f"{body}\n{more}\n\n{caption}\n")
    assert [a.kind for a in page.articles] == ["news", "photo"]
    news, photo = page.articles
    assert "".join(p.text for p in news.paragraphs).endswith("增加安保力量。")
    # each line a paragraph of its own, ended short of the column: a caption each
    assert [c.text for c in photo.captions] == ["孩子们在广场上放风筝。", "远处是新建的体育馆。"]
    assert photo.byline is not None
    assert photo.byline.photographers == ("王明",)


def test_an_article_cut_by_its_column_runs_on_after_the_one_its_author_line_opens() -> None:
    # As above, but the article set beside it opens with an author line under its title (commentary), not with a
    # byline in its first paragraph: the cut article waits all the same.
    beside = "上海市今天启动今年的夏季防汛演练，全市各区同时参加，演练持续两天，重点检验地下空间和低洼地区的排水能力。"
    text = f"{_column(_FIRST)}\n\n防汛演练启动\n李华\n\n{_column(beside)}\n\n{_column(_RUN_ON)}\n"
    page = newsseg.segment(text)
    first = page.articles[0]
    assert "".join(p.text for p in first.paragraphs).endswith("接受社会监督。")
    assert any(d.what == "resume" for d in page.decisions)


@pytest.mark.parametrize(
    ("last", "cut"),
    [
        ("各地结合实际进一", True),  # stopped mid-sentence: its text runs on after a column break
        ("接受社会监督。", False),
        ("接受社会监督。新华社上海4月21日电", False),  # a dispatch head after the last sentence closes it
        ("（摘编自《城市日报》，原题为《防汛演练》）", False),  # so does a note in brackets
    ],
)
def test_which_articles_wait_for_their_text_to_run_on(last: str, cut: bool) -> None:
    from newsseg.model import Paragraph, Span  # noqa: PLC0415
    from newsseg.segment import _cut_off, _Draft  # noqa: PLC0415

    assert _cut_off(_Draft(paragraphs=[Paragraph(text=last, span=Span(0, len(last)))])) is cut


def test_a_title_set_on_one_line_across_the_page_may_run_to_fifty_characters() -> None:
    # A banner title that names two parties and what they agreed is printed on one line across the columns.
    title = "国家主席同北方共和国总统就两国建交三十四周年互致贺电并共同宣布将两国双边关系提升为全面战略伙伴关系"
    assert len(title) > 48
    text = (
        "  学员们的热烈掌声中，两国领导人在植树\n标识碑前握手合影。有关方面负责同志参\n加上述活动。\n\n"
        f"{title}\n\n"
        "  新华社北京6月9日电 6月9日，国家主席同北方共和国总统互致贺电，\n庆祝两国建交34周年。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == [None, title]
    assert page.articles[0].paragraphs[-1].text.endswith("参加上述活动。")


def test_a_caption_under_an_agency_sign_off_is_no_part_of_the_text_it_signs() -> None:
    # Columns of twelve characters, no indent: the sign-off is no sentence's end, and the caption after the blank line
    # ran on from it as if a column had cut a sentence.
    text = (
        "人工智能应用对接大会在深圳举行\n\n新华社记者 李明\n"
        "人工智能从少数企业的尖端\n科技，转变为千行百业的普\n惠性工具，我国正朝这一目\n标加速迈进。\n"
        "新华社深圳4月27日电\n\n"
        "江城机场装设工程材料拦阻\n系统，可吸收飞机冲撞能量\n，减缓速度。\n本报记者 王明 摄\n\n"
        "技能可以“炼化” 隐私权不能让渡\n\n（本报记者张建华）\n"
        "近日，一款工具在网上走红\n，引发讨论。\n"
    )
    page = newsseg.segment(text)
    first = page.articles[0]
    assert first.paragraphs[-1].text == "新华社深圳4月27日电"
    photos = [a for a in page.articles if a.captions]
    assert [c.text for c in photos[0].captions] == ["江城机场装设工程材料拦阻系统，可吸收飞机冲撞能量，减缓速度。"]
    assert page.articles[-1].title == "技能可以“炼化” 隐私权不能让渡"


def test_a_title_with_a_comma_well_short_of_the_column_is_a_title_after_a_sentence_end() -> None:
    # A comma says sentence rather than title in a block set apart by blank lines, but a paragraph's lines fill
    # the column; lines that stop well short of it, after a sentence's end and without one, are a title.
    text = (
        "江城乒乓球公开赛\n男单决赛落幕\n\n"
        "据新华社柏林10月13日电13日，在不来梅进行\n的乒乓球公开赛上，选手张明在男单决赛中战胜\n"
        "队友李强，选手王芳在女单决赛中击败对手。至\n此，球队夺得了除女双项目外本届公开赛的全部金\n牌。\n"
        "女单赛场上，今年状态火热的王芳获得了她在本\n年度各站巡回赛中的女单第三冠。小将王芳在决\n"
        "赛中展现出极强的比赛控制力，以11∶3、9∶11、\n11∶5、11∶5、11∶4击败对手。\n\n\n"
        "体操世锦赛，中国队收获3银2铜\n备战奥运会，还要加把劲\n\n"
        "当地时间10月13日，体操世锦赛在德国斯图加\n特落幕。中国体操队共获得3银2铜，分别是男\n"
        "子团体银牌、女子平衡木银牌和男子吊环铜牌。\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 2
    headline = page.articles[1].headline
    assert headline is not None
    assert (headline.kicker, headline.main) == ("体操世锦赛，中国队收获3银2铜", "备战奥运会，还要加把劲")
    assert page.articles[1].paragraphs[0].text.startswith("当地时间10月13日")


def test_a_long_title_the_extractor_printed_twice_is_still_a_title() -> None:
    from newsseg.segment import _title_like  # noqa: PLC0415 - the private test the labeller's features read

    title = "市委党校（市行政学院）举行2026年春季学期第一批中青年干部进修班毕业典礼"
    assert _title_like(title + title)
    assert not _title_like(title + "，" + title)  # a long line that is no title twice over stays body text


def test_an_article_cut_by_its_column_runs_on_after_one_its_agency_signs_off() -> None:
    # The article beside it ends with a sign-off after its last sentence, not a sentence's end: done all the same.
    beside = "上海市今天启动夏季防汛演练，全市各区同时参加，重点检验低洼地区的排水能力。新华社上海4月21日电"
    text = f"{_column(_FIRST)}\n\n防汛演练启动\n新华社记者 李华\n\n{_column(beside)}\n\n{_column(_RUN_ON)}\n"
    page = newsseg.segment(text)
    assert "".join(p.text for p in page.articles[0].paragraphs).endswith("接受社会监督。")
    assert "".join(p.text for p in page.articles[1].paragraphs).endswith("新华社上海4月21日电")


def test_a_photo_set_inside_an_articles_columns_is_its_own_item_and_the_text_after_it_runs_on() -> None:
    text = (
        "制度优势成就发展的“接力跑”\n\n张明\n\n"
        "  能够集中力量实现长远目标，是制度的一\n大优势。各地建立结对帮扶关系，就体现了\n统筹调配资源的能力。\n"
        "  过去十多年构成了发展的关键转型阶段，\n即从以速度和规模为导向的增长模式，转向\n"
        "以科技自立自强、绿色转型为特征的高\n\n"
        "图片报道\n\n"
        "4月25日，留学生走进江城市东湖镇郑店村，沉浸式感受地方戏曲魅力。图为在村里的戏曲主题馆，老师现场\n"
        "指导留学生学习基本动作。 杨梅摄（影像中国）\n\n"
        "质量发展模式。这段时期最突出的成就之\n一，是消除了绝对贫困。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["制度优势成就发展的“接力跑”", "图片报道"]
    commentary, photo = page.articles
    ends = "为特征的高质量发展模式。这段时期最突出的成就之一，是消除了绝对贫困。"
    assert "".join(p.text for p in commentary.paragraphs).endswith(ends)
    assert "".join(p.text for p in photo.paragraphs).startswith("4月25日，留学生走进")
    assert any(d.what == "resume" for d in page.decisions)


def test_a_piece_further_down_the_next_printed_page_may_finish_an_article_the_page_before_cut() -> None:
    text = (
        "40年后，走进核禁区\n\n新华社记者 陈明\n"
        "  记者来到保护区采访，近年来该地开辟了一\n条相对安全的旅游线路。随着铁门开启，车\n"
        "辆缓缓驶入狭窄的村道。路面因年久失修出\n现了大大小小的坑洼，车\f"
        "民调机构：某党支持率创新高\n\n"
        "  新华社柏林4月26日电 某研究所25日发布\n的最新民调显示，某党支持率已升至28%。\n\n"
        "辆不得不减速避让。道旁的林中不少枯树倒\n地，不知名的野花在沼泽地里盛开。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["40年后，走进核禁区", "民调机构：某党支持率创新高"]
    text_of = "".join(p.text for p in page.articles[0].paragraphs)
    assert text_of.endswith("坑洼，车辆不得不减速避让。道旁的林中不少枯树倒地，不知名的野花在沼泽地里盛开。")


def test_the_next_printed_page_may_open_by_finishing_an_article_above_the_last() -> None:
    # The page's last article is done (…人民友好往来。（本报利雅得电）); one further up stopped inside a word
    # (…采用三层立体结构设), and the next printed page opens by finishing it (计：上层为…): that one runs on there.
    text = (
        "“奔向美好生活的新通道”\n\n本报记者 郑翔\n"
        "  清晨6时，出租车司机熟练地驾车驶上立交\n桥。据项目经理介绍，立交桥主体全长261.85米\n，采用三层立体结构设\n\n"
        "“感知到中华文化之美”\n\n本报记者 任皓宇\n"
        "  近日，“国际中文日”庆祝活动在利雅得举\n行。学院将继续开展丰富多彩的文化活动，助\n"
        "力人民友好往来。\n（本报利雅得电）\n\f"
        "计：上层为市区快速通道，中层为城市互联互\n通转盘，下层为机场快速通道。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["“奔向美好生活的新通道”", "“感知到中华文化之美”"]
    bridge, note = ("".join(p.text for p in a.paragraphs) for a in page.articles)
    assert bridge.endswith("采用三层立体结构设计：上层为市区快速通道，中层为城市互联互通转盘，下层为机场快速通道。")
    assert note.endswith("（本报利雅得电）")


def test_a_block_after_a_heading_finishes_the_word_an_earlier_article_stopped_in() -> None:
    # The interview's last line read is a subhead (统筹做好四篇强产业大文章), which ends no sentence; the block after
    # it opens by finishing the word the first article stopped in (科技成果转 / 化的“最后一公里”): that article's.
    first = "长春市的一家企业，十年前还在为碳纤维原丝的稳定性发愁。如今，从“实验室”到“生产线”，吉林正在打通科技成果转"
    rest = "化的“最后一公里”。机制通了，路就顺了。三条路径，指向同一种底色：创新。"
    assert len(first) % 18 == 0  # its last line full, stopping inside the word 转化
    page = newsseg.segment(
        f"从“三个样本”看吉林全面振兴\n\n新华社记者 吉哲鹏\n{_column(first)}\n\n在中部地区加快崛起中奋勇争先\n\n"
        "新华社记者 李俊\n问：河南作为经济大省，如何因地制宜发展新质生产力？\n"
        "答：河南是全国为数不多拥有全部41个工业大类的省份。我们坚持在更高起点上建设全国重要的现代装备制造及高技术产业基地。\n"
        f"统筹做好四篇强产业大文章\n\n{_column(rest)}\n"
    )
    jilin, henan = ("".join(p.text for p in a.paragraphs) for a in page.articles)
    assert jilin == first + rest
    assert henan.endswith("统筹做好四篇强产业大文章")


def test_a_credit_that_found_no_caption_names_the_photographer_of_the_article_it_closes() -> None:
    # The photo's caption, set wider than the column, is read as the article's text; the credit closing it
    # (glued under it, a blank line after) is no photo item of its own: it names the article's photographer.
    text = (
        "习近平和彭丽媛参谒中朝友谊塔\n\n本报平壤6月9日电 （记者杨翘楚）当\n地时间6月9日上午，正在朝鲜进行国事访问\n"
        "的中共中央总书记、国家主席习近平和夫人\n彭丽媛参谒中朝友谊塔。朝鲜劳动党总书\n记、国务委员长金正恩和夫人李雪主陪同。\n\n"
        "当地时间6月9日上午，正在朝鲜进行国事访问的\n中共中央总书记、国家主席习近平和夫人彭丽媛\n"
        "参谒中朝友谊塔。朝鲜劳动党总书记、国务委员\n长金正恩和夫人李雪主陪同。\n新华社记者 丁海涛摄\n\n"
        "习近平回到北京\n\n本报北京6月9日电 6月9日下午，中共中\n"
        "央总书记、国家主席习近平在圆满结束对朝\n鲜国事访问后回到北京。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["习近平和彭丽媛参谒中朝友谊塔", "习近平回到北京"]
    first = page.articles[0]
    assert first.byline is not None
    assert first.byline.photographers == ("丁海涛",)
    check_page_coverage(page, text)


def test_a_photo_set_between_a_title_and_its_article_goes_with_the_article() -> None:
    # The article's photo printed under its title and over its author line: the title is the article's, the photo's
    # caption and credit its own, not a photo item holding the title over an untitled article.
    body = (
        "今年一季度，是“十五五”开局起步之年的首季，面对复杂严峻的外部环境，我国国民经济实现良好开局。"
        "在港口园区，风电设备成为外贸爆款，越来越多的海上风电装备从这里出发，让更多“绿电清风”吹向全球。"
    )
    other = (
        "今年一季度，我国风力发电机组及零部件出口保持增长。企业走出去，要从产品出海迈向能力出海，"
        "政府部门要为企业在海外落地提供支持，保障企业安心出海。"
    )
    page = newsseg.segment(
        "广东阳江力争全年绿电装备进出口突破10亿元\n\n绿电清风，从这里吹向全球\n（“十五五”首季数据微视角）\n\n"
        f"图为三峡集团阳江青洲海上风电项目。 阳江市委宣传部供图\n\n本报记者 贺林平\n{_column(body)}\n\n"
        f"从产品出海迈向能力出海（子夜走笔）\n\n本报记者 李刚\n{_column(other)}\n"
    )
    first, second = page.articles
    assert first.kind != "photo"
    assert first.headline is not None
    assert first.headline.main == "绿电清风，从这里吹向全球（“十五五”首季数据微视角）"
    assert [c.text for c in first.captions] == ["图为三峡集团阳江青洲海上风电项目。"]
    assert "".join(p.text for p in first.paragraphs) == body
    assert second.title == "从产品出海迈向能力出海（子夜走笔）"


def test_explain_names_the_evidence_that_kept_a_title_line_inside_its_article() -> None:
    text = (
        "江城召开防汛工作会议\n\n本报讯（记者王明）8月7日，江城召开防汛工作会议，部署今年\n的防汛工作。\n\n"
        "压实责任\n\n会议要求，各部门要压实责任，确保安全度汛。\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    kept = [d for d in page.decisions if d.what == "subhead"]
    assert [text[d.span.start : d.span.end] for d in kept] == ["压实责任"]
    assert "subhead [" in page.explain()


@pytest.mark.parametrize("traditional", [False, True])
def test_bylines_of_papers_other_than_the_national_ones_open_their_articles(traditional: bool) -> None:
    # A paper's own dispatch head, credits printed after a head without brackets, an outlet before the role word:
    # forms of the provincial and sector papers, each opening the article under its title (titles after bodies).
    heads = [
        (
            "科技日报北京12月2日电 （记者王小明）",
            "国家航天局今天宣布，新一代运载火箭首飞成功。",
            "新型火箭首飞成功",
            "王小明",
        ),
        (
            "本报北京12月2日讯 记者李大华报道：",
            "记者从教育部获悉，毕业生预计达到1222万人。",
            "毕业生预计达1222万人",
            "李大华",
        ),
        (
            "南方日报记者 陈小红\n\n",
            "冬日的珠江两岸，游人如织。沿江步道上，市民们散步、跑步。",
            "珠江边上的冬日",
            "陈小红",
        ),
    ]
    script = opencc.OpenCC("s2t").convert if traditional else str
    text = "".join(f"{_column(head + body, 13)}\n\n{title}\n\n" for head, body, title, _ in heads)
    page = newsseg.segment(script(text))
    assert [(a.title, a.byline.reporters if a.byline else None) for a in page.articles] == [
        (script(title), (script(name),)) for _, _, title, name in heads
    ]


def test_a_dated_sign_off_wider_than_its_column_ends_its_paragraph() -> None:
    # pdftotext: the sign-off on a line of its own, wider than the column, then a caption set wider still after a
    # blank line. The sign-off's line is full, and the caption's first line shows no indent: without the date
    # code, the two would read as one paragraph across a column break.
    body = (
        "韓國濟州航空波音737-800客機昨天降落時衝出跑道，撞上機場圍牆後爆炸起火，造成179死的重大空難，"
        "政府今天下令全面檢查韓國的航空公司擁有的所有同機型飛機。韓聯社報導，韓國國土交通部表示，據悉韓國境內"
        "有101架波音737-800客機正在營運，將對這些飛機進行特別檢查。這架原定前往濟州島的飛機已平安降落。"
    )
    caption = "濟州航空去年底發生179人罹難的韓國歷來最嚴重空難。（路透社）"
    sign_off = "（譯者：洪培英/核稿：劉淑琴）1131230"
    paragraphs = newsseg.reflow(f"{_column(body, 18)}\n{sign_off}\n\n{_column(caption, 22)}\n")
    assert [p.text for p in paragraphs] == [body + sign_off, caption]


@pytest.mark.parametrize("notice", ["", "珍惜生命，自殺不能解決問題，若須諮商，可撥衛福部專線「1925」。"])
def test_captions_ending_on_their_sources_after_a_sign_off_picture_the_article_after_them(notice: str) -> None:
    # 中央社 sets a dispatch's photo over its text: under the sign-off of the article before (and the notice the
    # agency prints under some), captions that each end on their source, then the dispatch head of the article they
    # picture.
    captions = ["濟州航空去年底發生179人罹難的韓國歷來最嚴重空難。（路透社）", "（中央社製圖）"]
    signed = _column(_SIGNED, 20) + (f"\n{_column(notice, 20)}" if notice else "")
    blocks = [signed, "\n".join(_column(c, 22) for c in captions), _column(_NEXT, 20)]
    page = newsseg.segment("\n\n".join(blocks) + "\n")
    assert [[c.text for c in a.captions] for a in page.articles] == [[], captions]
    assert page.articles[0].paragraphs[-1].text.endswith(notice or "（編輯：陳妍君）1140107")


@pytest.mark.parametrize("head", ["A2 要闻", "02 / 综合新闻", "國際新聞 A12", "12 要闻 2026.12.02 星期三"])
def test_a_page_head_with_its_number_is_no_title(head: str) -> None:
    # Titles after their bodies: a page head read as a title would take the first article's title from it.
    first = _column("本报北京12月2日电 （记者王小明）国家航天局今天宣布，新一代运载火箭首飞成功。", 13)
    second = _column("本报北京12月2日电 （记者李大华）教育部今天表示，将多措并举促进高校毕业生就业。", 13)
    page = newsseg.segment(f"{head}\n\n{first}\n\n新型火箭首飞成功\n\n{second}\n\n多措并举促进就业\n")
    assert [a.title for a in page.articles] == ["新型火箭首飞成功", "多措并举促进就业"]


def test_a_picture_note_wrapped_at_a_captions_end_is_its_source() -> None:
    # pdftotext -raw, no blank line anywhere: after a sign-off, a caption set in the column that ends on where the
    # picture came from, a note long enough to wrap (（圖取自 / facebook.com/…）), then the next dispatch.
    caption = ["江城機場裝設工程材料攔阻系", "統，可吸收飛機衝撞能量，減緩", "速度。（圖取自", "jc-airport.cn）"]
    page = newsseg.segment("\n".join([_column(_SIGNED, 20), *caption, _column(_NEXT, 20)]) + "\n")
    assert [c.text for a in page.articles for c in a.captions] == ["".join(caption)]
    assert page.articles[0].paragraphs[-1].text.endswith("（編輯：陳妍君）1140107")


@pytest.mark.parametrize(
    ("subtitle", "articles"), [("——离港前出席市长举行的送别仪式", 1), ("——两国签署多项合作文件", 2)]
)
def test_a_second_report_that_the_subtitle_names_joins_the_first_under_a_title_printed_after(
    subtitle: str, articles: int
) -> None:
    # Titles after their bodies (the seeds' order): an article and its title, then two reports of one day and the
    # title that heads both, its subtitle naming the second. Printed after, the title is read as the second's alone.
    before = _column("本报北京6月8日电（记者李华）国家统计局今天发布数据，一季度工业增加值同比增长。", 13)
    first = _column("本报北京6月9日电6月9日下午，代表团在圆满结束对港口城市的访问后回到北京。", 13)
    then = _column("本报海港6月9日电（记者王明）当地时间6月9日下午，代表团离开海港，市长到机场举行送别仪式。", 13)
    page = newsseg.segment(f"{before}\n\n一季度工业生产稳中有升\n\n{first}\n{then}\n\n代表团回到北京\n{subtitle}\n")
    assert len(page.articles) == 1 + articles
    assert page.articles[-1].title == "代表团回到北京"  # the second report's alone where the subtitle names another
    if articles == 1:
        assert page.articles[1].byline is not None
        assert page.articles[1].byline.place == "北京"
        assert page.articles[1].paragraphs[-1].text.startswith("本报海港6月9日电（记者王明）")


def test_a_narrow_title_run_on_from_the_text_above_keeps_its_first_line() -> None:
    # pdftotext -raw's text of a page typeset (../shared/tools/typeset.py, look 1) from
    # tests/papers/rmrb-20260427-p03.json: no blank line, the title under the text it heads (…曼谷和中国深圳举行。 /
    # APEC工商咨询理事会墨西哥会 / 议推动亚太区域合作与互联互通), its first line read on from the text.
    text = (Path(__file__).parent / "data" / "rmrb-20260427-p03-pdftotext-raw-excerpt.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    dispatch = next(a for a in page.articles if a.byline and a.byline.place == "墨西哥城")
    assert dispatch.title == "APEC工商咨询理事会墨西哥会议推动亚太区域合作与互联互通"
    assert dispatch.paragraphs[-1].text.endswith("曼谷和中国深圳举行。")


def test_a_photo_items_title_run_on_from_the_text_above_is_its_title() -> None:
    # pdftotext -raw, no blank line, titles over their bodies: an article's last sentence, then a photo item's title,
    # its caption set across the columns (wider than the text) and the credit that closes it, then the next article.
    first = _column(
        "新华社北京6月9日电（记者王明）国务院今天召开常务会议，部署进一步稳外贸稳外资的措施。会议指出，今年以来，"
        "各地区各部门认真贯彻落实党中央决策部署，外贸外资保持稳定增长。会议要求，要加大政策支持力度，"
        "帮助企业稳订单拓市场，各地要抓好落实。",
        14,
    )
    caption = _column(
        "海关总署6月9日发布的数据显示，前5个月我国外贸延续稳定增长态势。图为在港口，一艘货轮停靠泊位。", 40
    )
    then = _column(
        "新华社北京6月9日电 第三届中俄友好论坛9日在北京开幕，两国各界代表二百余人出席。与会代表表示，"
        "两国人民友好交往源远流长，愿以论坛为契机，推动各领域交流合作不断深化，为两国关系发展注入新动力。",
        14,
    )
    text = f"国务院部署稳外贸稳外资\n{first}\n图片报道\n{caption}\n李华摄（新华社发）\n中俄友好论坛在京开幕\n{then}\n"
    page = newsseg.segment(text)
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [(a.title, len(a.captions)) for a in photos] == [("图片报道", 1)]
    assert not any("图片报道" in p.text for a in page.articles for p in a.paragraphs)


def test_a_caption_under_text_set_wider_than_the_pages_columns_is_that_items() -> None:
    # pdfminer.six's text of a page typeset (../shared/tools/typeset.py, look 0) from
    # tests/papers/rmrb-20260427-p05.json: 图片报道 / 徐 之文 / its verse set across the photo's width,
    # wider than the page's columns / 陈玉摄（人民视觉） / 江苏泗洪县新华书店，… The caption shares no
    # words with the text over it, yet that text is the photo item's.
    text = (Path(__file__).parent / "data" / "rmrb-20260427-p05-pdfminer.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    owners = [a for a in page.articles if any(c.text.startswith("江苏泗洪县新华书店") for c in a.captions)]
    assert [a.title for a in owners] == ["图片报道"]
    assert owners[0].paragraphs


def test_text_under_a_title_that_names_none_of_it_goes_back_to_the_article_it_carries_on() -> None:
    # pdftotext, on a page whose titles head their bodies, a title read between two columns of another article: the
    # text under it carries on the article above by its words (充电, 服务区, 供电公司), naming none of the title's; the
    # title's own text was read before, with no title.
    game = _column(
        "5月1日晚，江滨体育场灯火通明，首届城市足球联赛揭幕战在这里打响。球场看台座无虚席，球迷挥舞旗帜为家乡球队"
        "呐喊助威。开幕式上，两百名劳模和工匠组成方阵入场，全场掌声雷动。“平日里，他们守在岗位上，是我们身边的"
        "英雄。”市足协负责人说，“揭幕战恰逢劳动节，今天他们就该站",
        17,
    )
    charging = _column(
        "“五一”假期，全国高速公路日均新能源车流量同比大幅增长，充电需求随之攀升。各地在高速服务区增设快充桩，"
        "调派移动充电车，缓解车主的里程焦虑。在某高速服务区，新建的快充桩几分钟就能补满不少电量，车主排队时间"
        "明显缩短。供电公司还在服务区安排运维人员值守，确保充电设备稳定运行。",
        17,
    )
    more = _column(
        "某市供电公司在热门景区和高速出口附近设立充电服务驿站，配备运维人员驻点值守，故障响应时间缩短至十五分钟。"
        "移动充电车在服务区灵活补位，遇到排队拥堵时快速响应，为新能源车主应急补电。供电公司还发布高速充电出行"
        "指南，提醒车主查询服务区快充桩的占用状态。",
        17,
    )
    trees = _column("新华社上海5月1日电 春季植树活动在全市展开，数万名市民走进郊野公园，种下各类苗木三万余株。", 17)
    page = newsseg.segment(
        f"植树添绿美家园\n{trees}\n\n新华社记者 张明\n{game}\n\n破解新能源车主“里程焦虑”\n新华社记者 李华 王强\n"
        f"{charging}\n\n“五一”假期各地球赛很忙\n“今天，他们就该站C位”\n\n{more}\n新华社北京5月2日电\n"
    )
    titles = {a.title: "".join(p.text for p in a.paragraphs) for a in page.articles}
    assert titles["“今天，他们就该站C位”"].startswith("5月1日晚")
    assert "某市供电公司" in titles["破解新能源车主“里程焦虑”"]


def test_text_after_a_finished_article_goes_to_the_article_stopped_mid_sentence_whose_subject_it_is() -> None:
    # pdftotext's text of a page typeset (../shared/tools/typeset.py --seed 9) from tests/papers/rmrb-20260610-p01.json:
    # the report on the school visit stops at its column's foot (…步入学校阶梯教室。教室), the next article follows,
    # ends on a finished sentence (…更好造福两国人民。), and after a column break 内学员整齐端坐… carries the first one
    # on. No word runs across 教室 / 内学员, but the text opens no paragraph and names the visit's words (学员, 授课,
    # 枞树, 植树) and none of the article above's.
    text = (Path(__file__).parent / "data" / "rmrb-20260610-p01-pdftotext-seed9.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    joined = [p.text for a in page.articles for p in a.paragraphs if "教室。教室内学员整齐端坐" in p.text]
    assert len(joined) == 1
    greeting = [a for a in page.articles if a.title == "习近平向加拿大新任总督路易丝·阿伯致贺电"]
    assert [a.paragraphs[-1].text.endswith("更好造福两国人民。") for a in greeting] == [True]
    check_page_coverage(page, text)


def test_one_paragraph_after_a_finished_article_finishes_the_article_stopped_mid_sentence() -> None:
    # As above, with the block one paragraph long and the stopped article's last line short of the column: the
    # words alone tell (学员, 教员, 电瓶车, 宿舍, 外语), and the block becomes the end of that article's last
    # paragraph. (A run of one paragraph given so once left the move no paragraph to name in its evidence: IndexError.)
    school = (
        "本报平壤6月9日电（记者王明）当地时间6月9日上午，代表团参访位于平壤的一所师范大学，校长和数百名学员、教员在"
        "图书馆前迎接，随后陪同代表团乘电瓶车参观校园、宿舍和实验室，观看外语课程。在校长陪同下，代表团步入学校阶梯"
        "教室。教室"
    )
    greeting = (
        "新华社北京6月9日电 6月8日，国家主席致电新任总督，祝贺她就任总督。贺电指出，两国关系健康稳定发展符合两国共同"
        "利益，也有利于世界和平稳定和发展繁荣，愿同总督一道努力，推动战略伙伴关系向前发展，更好造福两国人民。"
    )
    more = [
        "贺电表示，建交以来两国各领域合作成果丰硕，双方在经贸、人文、教育等领域交流日益密切。",
        "总督复电表示，愿同中方共同努力，推动双边关系不断向前发展，为两国人民带来更多福祉。",
    ]
    rest = (
        "内学员整齐端坐，教员正在讲授外语课程，代表团到来时师生们起立鼓掌；离开阶梯教室后，代表团乘电瓶车参观校园、"
        "图书馆和学生宿舍，又在教学楼之间的林地上同师生执锹培土、种下一株枞树，象征友谊生生不息。"
    )
    text = (
        f"代表团参访师范大学\n{_column(school, 12)}\n\n向新任总督致贺电\n{_column(greeting, 12)}\n"
        f"{_column(more[0], 12)}\n{_column(more[1], 12)}\n\n{_column(rest, 12)}\n"
    )
    page = newsseg.segment(text)
    visit, greeting_article = page.articles
    assert visit.paragraphs[-1].text.endswith("教室。教室" + rest)
    assert greeting_article.paragraphs[-1].text.endswith("为两国人民带来更多福祉。")
    check_page_coverage(page, text)


def test_an_opening_read_after_the_text_its_title_heads_goes_back_before_it() -> None:
    # pdfminer.six, boxes set apart by blank lines: a title, then a later column of its article that opens by
    # finishing a word (识、未经授权…), its author's name, then the article's first column, stopped in that word
    # (…未对生成内容进行标), then the next article. No article opens on 识、: the opening goes back before it.
    later = (
        "识、未经授权使用他人人脸信息的服务提供者，应依法予以处罚。与之相配合，公安机关应同时加大对非法获取、出售"
        "公民人脸信息行为的刑事打击力度。各监管主体间还应建立跨部门的协同执法机制，形成监管合力。"
    )
    opening = (
        "人工智能技术的迅猛发展正深刻重塑视频内容的生产范式，短剧领域的换脸乱象随之而来，网信部门应加大对深度合成"
        "服务的监管力度，对于未按规定进行安全评估、未对生成内容进行标"
    )
    other = (
        "随着人工智能技术的高速演进，生成式人工智能在模型能力上已取得阶段性突破，关键在于真实需求是否成立，以及效率"
        "增量能否覆盖其引入成本和风险。"
    )
    text = (
        f"协同治理短剧“偷脸”乱象\n\n{_column(later, 14)}\n\n唐林垚\n\n{_column(opening, 14)}\n\n"
        f"全面推动人工智能走深走实\n\n刘琼\n\n{_column(other, 14)}\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["协同治理短剧“偷脸”乱象", "全面推动人工智能走深走实"]
    body = "".join(p.text for p in page.articles[0].paragraphs)
    assert body.startswith("人工智能技术的迅猛发展")
    assert "未对生成内容进行标识、未经授权" in body
    assert body.endswith("形成监管合力。")
    check_page_coverage(page, text)


def test_a_block_opening_on_one_character_and_a_comma_finishes_the_article_stopped_mid_sentence() -> None:
    # pdftotext: the first report stops at its column's foot (…在两国领导人的直接关心和指导), the next article is read
    # whole, and after a column break 下，双方… carries the first on. No word runs across 指导 / 下, and the reports
    # share too few subject words to tell; but no sentence opens on one character and a comma.
    first = (
        "新华社北京1月18日电 今天，两国领导人互致贺电，庆祝两国建交70周年。贺电指出，双方坚信在两国领导人的直接"
        "关心和指导"
    )
    second = (
        "新华社北京1月18日电 今天上午，全国政协召开主席会议，听取关于今年工作要点的汇报。会议指出，要坚持团结和民主"
        "两大主题，围绕中心工作建言资政。主席会议成员出席会议。"
    )
    text = (
        f"两国领导人互致贺电\n{_column(first, 16)}\n\n全国政协召开主席会议\n{_column(second, 16)}\n\n"
        "下，双方全面合作将不断提高到新的水平。\n同日，两国政府总理也互致贺电。\n"
    )
    page = newsseg.segment(text)
    texts = {a.title: "".join(p.text for p in a.paragraphs) for a in page.articles}
    assert texts["两国领导人互致贺电"].endswith(
        "直接关心和指导下，双方全面合作将不断提高到新的水平。同日，两国政府总理也互致贺电。"
    )
    assert texts["全国政协召开主席会议"].endswith("主席会议成员出席会议。")
    check_page_coverage(page, text)


def test_a_second_report_named_by_the_subtitle_stays_under_it_past_a_photo_between_title_and_text() -> None:
    # pdftotext -raw's text of a page typeset (../shared/tools/typeset.py --seed 5) from
    # tests/papers/rmrb-20260610-p01.json: 结束对朝鲜国事访问 / 习近平回到北京 / ——离开前出席金 / 正恩举行的欢送
    # 仪式, then a photo's credit and caption, then 本报北京6月9日电… and 本报平壤6月9日电 （记者杜尚泽）…欢送仪式.
    # The subtitle names the second report, which stays in the article; the photo between title and text hid it.
    text = (Path(__file__).parent / "data" / "rmrb-20260610-p01-pdftotext-raw-seed5.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    article = next(a for a in page.articles if a.title == "习近平回到北京")
    assert any(p.text.startswith("本报平壤6月9日电") for p in article.paragraphs)
    assert article.paragraphs[-1].text.endswith("出席欢送仪式。")
    check_page_coverage(page, text)


def test_a_dispatch_head_over_another_outlets_reporter_closes_the_article_above() -> None:
    # pdftotext -raw, no blank line: …加速迈进。 / 新华社深圳4月27日电 / （本报记者张武岳） / the next article. Read
    # as one byline the two lines gave 新华社's head to 本报's writer; no agency's head names another paper's
    # reporters, so the head signs the article above and the bracket is the next one's author line.
    first = (
        "人工智能产业上中下游全链条布局正在加快，深圳的应用对接大会上，数百家企业带来了新产品。"
        "将人工智能从少数企业的尖端科技，转变为千行百业的普惠性工具，我国正朝这一目标加速迈进。"
    )
    second = (
        "近日，一个开源项目在网上爆火，引发了关于数字分身的讨论。专家提醒，技能可以复制，隐私权不能让渡，"
        "使用者应当守住法律和伦理的底线。"
    )
    text = (
        f"从一场应用对接大会看人工智能赋能千行百业\n{_column(first, 16)}\n新华社深圳4月27日电\n（本报记者张武岳）\n"
        f"{_column(second, 16)}\n技能可以复制 隐私权不能让渡\n"
    )
    page = newsseg.segment(text)
    above, below = page.articles
    assert "".join(p.text for p in above.paragraphs).endswith("加速迈进。新华社深圳4月27日电")
    assert below.byline is not None
    assert (below.byline.text, below.byline.agency, below.byline.reporters) == ("（本报记者张武岳）", None, ("张武岳",))
    check_page_coverage(page, text)
    # A head and its own reporters in brackets stay one byline.
    own = newsseg.segment(text.replace("（本报记者张武岳）", "（记者张武岳）"))
    assert [(a.byline.agency, a.byline.reporters) for a in own.articles if a.byline] == [("新华社", ("张武岳",))]


def test_text_after_a_column_break_in_mid_sentence_goes_to_the_stopped_article_whose_subject_it_is() -> None:
    # pdftotext -layout's text of a page typeset (../shared/tools/typeset.py, look 0) from
    # tests/papers/rmrb-20260427-p05.json, its columns read one after another: three commentaries each stopped
    # mid-sentence at a column's foot (…薛家洼过去烟尘弥漫，污水横 / …), and the text after each break was read on
    # in the wrong one, no word running across to tell. By their words (薛家洼, 生态, 长江; 劳动, 孩子; 外贸, 改革)
    # each block goes back to the commentary it finishes, and each ends where its author's text ends.
    text = (Path(__file__).parent / "data" / "rmrb-20260427-p05-pdftotext-layout.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    ends = {a.byline.text: a.paragraphs[-1].text for a in page.articles if a.byline is not None}
    assert ends["张志锋"].endswith("（作者为本报安徽分社记者）")
    assert ends["徐阳"].endswith("在成长的旷野上自由驰骋。")
    assert ends["欧阳洁"].endswith("将为全球经济注入更多稳定性。")
    check_page_coverage(page, text)


def test_a_short_line_under_a_subtitle_no_wider_than_it_carries_the_subtitle_on() -> None:
    # pdftotext: the subtitle wraps at its own type's measure (——访尼泊尔国家 / 重建局局长贾瓦利), the text under it at
    # the column's. The short line, no wider than the subtitle's and ending no sentence, is the subtitle's rest.
    before = "本报北京10月14日电 （记者韩晓明）外交部发言人今天宣布，杨洁篪将出席第九次金砖国家安全事务高级代表会议。"
    body = (
        "“尼中友好源远流长。中国国家主席对尼泊尔的访问，让尼中两国的友谊提升到一个新的高度。”尼泊尔国家重建局局长"
        "贾瓦利日前在接受本报记者专访时说。（本报加德满都10月14日电）"
    )
    text = (
        f"杨洁篪将出席金砖国家会议\n{_column(before, 12)}\n\n“感谢中国朋\n友的无私帮助”\n——访尼泊尔国家\n"
        f"重建局局长贾瓦利\n{_column(body, 12)}\n"
    )
    page = newsseg.segment(text)
    interview = page.articles[-1]
    assert interview.headline is not None
    assert (interview.title, interview.headline.subtitle) == (
        "“感谢中国朋友的无私帮助”",
        "访尼泊尔国家重建局局长贾瓦利",
    )
    assert interview.paragraphs[0].text.startswith("“尼中友好源远流长。")
    # A line at the column's measure under the subtitle is the text's.
    wide = newsseg.segment(text.replace("重建局局长贾瓦利\n", "重建局局长贾瓦利等人说，\n"))
    assert wide.articles[-1].headline.subtitle == "访尼泊尔国家"
    check_page_coverage(page, text)


def test_a_photo_label_beside_the_next_title_on_one_line_is_a_title_of_its_own() -> None:
    # pdftotext -raw's text of a page typeset (../shared/tools/typeset.py --seed 9) from
    # tests/papers/rmrb-20260427-p05.json: the photo item's label and the next commentary's title's first line share a
    # baseline and come out as one line (图片报道 “馆园融合” / 打通文化经脉). The label is a title of its own, so the
    # commentary's title is whole.
    text = (Path(__file__).parent / "data" / "rmrb-20260427-p05-pdftotext-raw-seed9.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    assert "“馆园融合”打通文化经脉" in [a.title for a in page.articles]
    assert not any("图片报道" in (a.title or "") and a.title != "图片报道" for a in page.articles)
    check_page_coverage(page, text)


def test_two_lines_filling_the_column_with_commas_are_no_part_of_a_title_block() -> None:
    # pdftotext: a subhead, then a paragraph's lines stopped mid-sentence at the column's foot, a blank line, the next
    # article's title over its author line. The run of short lines from the subhead to the title closed as one title
    # block on the author line; but two lines in a row as wide as the column, each with a comma, are a paragraph's.
    first = (
        "新华社成都4月26日电（记者王明）四川全力服务保障国家战略科技力量高质量运行，分类推进省级创新平台优化整合，"
        "强化协同联动、优势互补，着力打造西部地区创新高地。"
    )
    run = "在四川大学华西医院，一个科研项目，能够对患者进行感染风险的早期预警，但此前却在实验"
    second = (
        "登夹镜高楼远眺三江汇流，沿古迹城墙追寻历史沧桑；尝一碗燃面品味市井烟火，食一把烧烤感受江湖百味。"
        "这里是四川宜宾。四月的宜宾市，天朗气清、暖意渐生。"
    )
    text = (
        f"巴山蜀水新潮涌\n{_column(first, 14)}\n畅通科技成果转化全链路\n{_column(run, 14)}\n\n宜宾如何“宜宾”\n"
        f"新华社记者 叶昊鸣 胡旭\n{_column(second, 14)}\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["巴山蜀水新潮涌", "宜宾如何“宜宾”"]
    assert page.articles[1].headline is not None
    assert page.articles[1].headline.kicker is None
    assert "在四川大学华西医院" in "".join(p.text for p in page.articles[0].paragraphs)
    check_page_coverage(page, text)


def test_where_no_line_is_blank_a_title_closed_by_its_author_line_starts_after_a_paragraphs_lines() -> None:
    # pdftotext -raw, no blank line: a paragraph's lines stopped mid-sentence (…在制造、教育、医疗、文旅), the next
    # title's two lines, its author line. The paragraph's lines are no part of the title block, and its first line,
    # after a line cut mid-sentence, still opens it: the block closed on the author line.
    first = (
        "新华社深圳四月二十七日电 记者了解到，广东人工智能核心产业规模突破三千亿元，同比增长超过四成，在制造、教育、"
        "医疗等领域已累计发布多个批次的应用场景清单，企业纷纷前来对接合作，现场签约项目数量创下新高。"
    )
    part = "记者了解到，去年广东人工智能核心产业规模突破三千亿元，同比增长超过四成，在制造、教育、医疗、文旅"
    second = (
        "人工智能产业上中下游全链条布局的企业齐聚一堂，展示最新的产品和解决方案。与会代表表示，人工智能正在从实验室"
        "走向千行百业。"
    )
    text = (
        f"科交会上新品多\n{_column(first, 16)}\n{_column(part, 16)}\n从一场应用对接大会看\n人工智能赋能千行百业\n"
        f"新华社记者 王明 李华\n{_column(second, 16)}\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["科交会上新品多", "从一场应用对接大会看人工智能赋能千行百业"]
    assert page.articles[0].paragraphs[-1].text.endswith("医疗、文旅")
    check_page_coverage(page, text)


def test_a_pages_first_line_as_wide_as_the_next_carries_on_the_article_stopped_mid_sentence_by_its_words() -> None:
    # pdftotext's text of a page typeset (../shared/tools/typeset.py --seed 10) from
    # tests/papers/rmrb-20260610-p02.json: the interview stops mid-sentence (…进入中国市场，石荷), the report on
    # 进博会 ends the printed page on a finished sentence, and the next page opens with a line as wide as the one
    # under it (州在杭州设立了…), no paragraph's first line. Its words (石荷州, 贡特尔) are the interview's, three
    # times the report's: not the more than three times a page's opening needs where it may open a paragraph,
    # but twice, where it cannot.
    text = (Path(__file__).parent / "data" / "rmrb-20260610-p02-pdftotext-seed10.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    texts = {a.title: "".join(p.text for p in a.paragraphs) for a in page.articles}
    assert "石荷州在杭州设立了商务代表机构" in texts["“希望同中国携手推进绿色创新发展”"]
    report = next(t for title, t in texts.items() if title and title.startswith("第九届进博会推介会"))
    assert report.endswith("共同做大中哈经贸合作蛋糕。")
    check_page_coverage(page, text)


_REPORT = (
    "近日，记者走进山区的几个村庄，发现农家书屋正在成为村民学习技术的新课堂。",
    "首先，书屋定期组织读书会，邀请农技专家讲解果树修剪和病虫害防治，村民们听得认真。",
    "其次，书屋开设了电商培训班，教村民用手机直播销售猕猴桃和土蜂蜜，不少年轻人因此返乡创业。",
)
_COMMENTARY = (
    "近来，一些网络谣言借助短视频平台快速传播，给公众的判断带来困扰，有的还造成了经济损失。",
    "首先，要查看信息的来源，权威媒体和政府网站发布的消息更加可靠，匿名账号的爆料需要多留个心眼。",
    "其次，要警惕标题夸张、情绪煽动的内容，这类内容往往缺乏事实依据，甚至移花接木、张冠李戴。",
    "第三，可以借助辟谣平台和搜索引擎进行核实，不要急于转发，更不要随意添油加醋。",
    "第四，发现谣言要及时举报，平台也应完善算法推荐机制，共同维护清朗的网络空间。",
)
_THIRD_POINT = "再次，书屋还与县图书馆联网，村民在家门口就能借阅更多图书，每月都有一批新书送到村里。"


def _report_then_commentary(commentary: tuple[str, ...]) -> str:
    return (
        "农家书屋成了村里的新课堂\n本报记者 张明远\n"
        + "\n".join(_column(p, 16) for p in _REPORT)
        + "\n\n辨别网络谣言要多一分审慎\n（北方师范大学新闻学院教授 刘晓东）\n"
        + "\n".join(_column(p, 16) for p in commentary)
        + f"\n\n{_column(_THIRD_POINT, 16)}\n"
    )


def test_a_column_that_closes_the_quotation_a_waiting_article_stopped_in_goes_back_to_it() -> None:
    # pdftotext's text of a page typeset (../shared/tools/typeset.py --seed 6) from tests/papers/rmrb-20260427-p03.json:
    # the report from Riyadh stops inside a student's words (“在中国学习生活的两周时间里，), the report from Sierra
    # Leone is read next and ends on a full line (…于今年3月抵塞。), and after the column break a full line, no
    # paragraph's first, closes the quotation (深入了解当地文化不只依靠语言，…十分重要”……): the student's words, not a
    # paragraph of the report it was read under.
    text = (Path(__file__).parent / "data" / "rmrb-20260427-p03-pdftotext-seed6.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    texts = {a.title: "".join(p.text for p in a.paragraphs) for a in page.articles}
    assert "两周时间里，深入了解当地文化不只依靠语言" in texts["“感知到中华文化之美”"]
    assert texts["“感知到中华文化之美”"].endswith("人民友好往来。（本报利雅得电）")
    report = next(t for title, t in texts.items() if title and title.startswith("中国援塞拉利昂医疗队"))
    assert report.endswith("于今年3月抵塞。")
    check_page_coverage(page, text)


def test_a_title_left_with_no_text_takes_the_text_after_a_column_break_that_it_names() -> None:
    # Titles printed in a stack: the commentary's title (改变，从细节开始（体坛观澜）) stands over the next report's
    # title, which takes the text under them; the commentary's own text runs on after the report, after a column
    # break that follows a finished sentence. It names the title's words (改变, 细节): it is the title's article.
    first = (
        "本报北京10月14日电 （记者王明）第五届全国青少年围棋锦标赛13日在京闭幕，来自全国各地的三百多名选手参加了比赛。",
        "本届比赛分为少年组和儿童组，比赛期间还举办了围棋文化讲座和名家指导对局。",
    )
    second = (
        "本报上海10月14日电 （记者李华）全国大学生帆船锦标赛13日在上海滴水湖落幕，二十多所高校的帆船队参加了角逐。",
        "本届比赛设置了多个级别的场地赛和长距离赛，吸引了不少市民前来观赛。",
    )
    commentary = (
        "中国女排在世界杯上的表现让人眼前一亮，细节上的打磨功不可没。",
        "从发球到拦网，教练组把每一个细节都掰开揉碎地讲，队员们在训练中一遍遍地改变动作习惯。",
        "有队员说，正是这些看似微小的改变，让球队在关键分上多了几分底气。",
    )
    text = (
        "全国青少年围棋锦标赛闭幕\n"
        + "\n".join(_column(p, 20) for p in first)
        + "\n\n改变，从细节开始\n（体坛观澜）\n\n大学生帆船锦标赛落幕\n"
        + "\n".join(_column(p, 20) for p in second)
        + "\n\n"
        + "\n".join(_column(p, 20) for p in commentary)
        + "\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == [
        "全国青少年围棋锦标赛闭幕",
        "大学生帆船锦标赛落幕",
        "改变，从细节开始（体坛观澜）",
    ]
    assert [p.text for p in page.articles[2].paragraphs] == list(commentary)
    assert page.articles[1].paragraphs[-1].text == second[-1]
    assert not page.leftovers
    check_page_coverage(page, text)


@pytest.mark.parametrize("extractor", ["pdftotext", "pdftotext-raw"])
def test_a_block_that_ends_no_sentence_over_a_title_and_its_author_is_the_titles_kicker(extractor: str) -> None:
    # pdftotext's text (default and -raw) of a page typeset (../shared/tools/typeset.py --seed 6) from
    # tests/papers/rmrb-20260427-p04.json: the kicker is set in the body's measure, after the commentary's last
    # sentence (and a blank line, except in -raw's text), over the title and its author line (以中小学生读本等为
    # 载体，推 / 进青少年国家安全教育入脑入 / 心): it ends no sentence and stops short, so it is no paragraph of the
    # commentary.
    text = (Path(__file__).parent / "data" / f"rmrb-20260427-p04-{extractor}-seed6.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    feature = next(a for a in page.articles if a.headline is not None and a.headline.main == "要读、要想，更要去行动")
    assert feature.headline is not None
    assert feature.headline.kicker == "以中小学生读本等为载体，推进青少年国家安全教育入脑入心"
    commentary = next(a for a in page.articles if a.title and a.title.startswith("把“历史欠账”"))
    assert commentary.paragraphs[-1].text.endswith("不断建新功。")
    check_page_coverage(page, text)


@pytest.mark.xfail(
    strict=True,
    reason="known: the title rules read a paragraph cut at its column's foot, after a finished sentence, as the next "
    "title's kicker (before and after _find_kickers_apart, which leaves such a block alone)",
)
def test_a_paragraph_opened_at_its_columns_foot_over_the_next_title_is_no_kicker() -> None:
    # A paragraph opens at its column's foot, after a blank line, its first line short of the column by the indent,
    # and stops mid-sentence; the next article's title and author line follow. It opens as a paragraph does: the
    # article's text, not a kicker.
    first = "新华社北京4月20日电（记者王明）有关部门今天发布新的城市更新方案，提出在三年内完成老旧小区改造任务。"
    cut = "方案要求各地在年底前报送工作进展情况，接受社会监督，并对重点"
    text = (
        f"城市更新方案发布\n{_column(first, 16)}\n\n{cut[:14]}\n{cut[14:]}\n\n夏季防汛演练启动\n本报记者 李华\n"
        f"{_column('上海市今天启动今年的夏季防汛演练，全市各区同时参加。', 16)}\n"
    )
    page = newsseg.segment(text)
    assert page.articles[-1].headline is not None
    assert page.articles[-1].headline.kicker is None
    assert page.articles[0].paragraphs[-1].text == cut
    check_page_coverage(page, text)


def test_two_titles_on_one_line_the_second_left_open_over_the_firsts_dispatch_are_two() -> None:
    # pdftotext's text of a page typeset (../shared/tools/typeset.py --seed 1) from tests/papers/rmrb-20260610-p02.json:
    # two titles set side by side on one baseline come out as one line (谌贻琴访问保加利亚 第九届进博会推介会暨), over
    # the first's dispatch; the second, left open on 暨, finishes over its own text (“共享大市场·出口中 / …).
    text = (Path(__file__).parent / "data" / "rmrb-20260610-p02-pdftotext-seed1.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    titles = [a.title for a in page.articles]
    assert "谌贻琴访问保加利亚" in titles
    assert "第九届进博会推介会暨“共享大市场·出口中国”哈萨克斯坦主题活动在阿斯塔纳举办" in titles
    assert not page.leftovers
    check_page_coverage(page, text)


def test_a_titles_gap_between_two_phrases_is_no_second_title() -> None:
    # One title with a gap between its phrases (一江碧水东流 千里绘就长歌) closes them both: it stays one title.
    text = "湖北：一江碧水东流 千里绘就长歌\n新华社武汉4月27日电（记者王明）长江岸线的生态修复工程日前全面完工。\n"
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["湖北：一江碧水东流 千里绘就长歌"]


def test_a_commentarys_sections_on_the_next_printed_page_stay_in_it_under_their_subheads() -> None:
    # pdfminer.six's text of a page typeset (../shared/tools/typeset.py --seed 1) from
    # tests/papers/xxsb-20260501-p01.json: a commentary opened by its author's line (江必新) runs over a form feed,
    # and on the next printed page its
    # sections follow under their subheads, each wrapped before its last character or two across a blank line
    # (…守正创新、固本 / blank / 强基; …精准赋 / blank / 能); the last section ends on the note on the author. The
    # subheads are no titles of articles of their own.
    text = (Path(__file__).parent / "data" / "xxsb-20260501-p01-pdfminer-seed1.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    commentary = page.articles[0]
    assert commentary.title == "深刻把握法治在“十五五”规划纲要中的战略定位"
    texts = [p.text for p in commentary.paragraphs]
    assert "“十五五”法治发展的基本方向：守正创新、固本强基" in texts
    assert "法治保障规划实施的实践路径：协同发力、精准赋能" in texts
    assert texts[-1] == "（作者系中国社会工作联合会副会长）"
    assert [a.title for a in page.articles][1] == "“双碳”目标引领经济社会发展全面绿色转型"
    check_page_coverage(page, text)


def test_titles_stacked_at_the_pages_end_close_on_a_quotes_last_character() -> None:
    # pdftotext -raw, no blank line: two dispatches, then their titles stacked at the page's end; the last title
    # wraps after an open quotation (对伊朗和加沙“备 / 战”), its last line one character and the closing mark. At the
    # page's end, as over an author line, that line is the title's last, not a paragraph's.
    first = "新华社北京5月3日电 外交部发言人3日就东京审判开庭80周年答记者问时表示，历史不容篡改，正义不容挑战。"
    second = (
        "新华社耶路撒冷5月3日电 据以色列媒体报道，以色列军方正加紧对伊朗和加沙地带的军事部署，以军在加沙再次发起"
        "地面行动并非不可能。"
    )
    text = (
        f"{_column(first, 14)}\n{_column(second, 14)}\n外交部发言人就东\n京审判答记者问\n以媒：以色列加紧\n"
        "对伊朗和加沙“备\n战”\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["外交部发言人就东京审判答记者问", "以媒：以色列加紧对伊朗和加沙“备战”"]
    assert all("战”" not in p.text for a in page.articles for p in a.paragraphs)
    check_page_coverage(page, text)


def test_a_reporters_bracket_opening_a_line_after_a_finished_sentence_opens_an_article() -> None:
    # The dispatch head is printed apart (据新华社北京4月29日电, in a stack above); its reporter's bracket opens the
    # text after the report before it ends (…最低水平。 / （惠晓霜）英国驻美国大使…): a byline, the next article's.
    # A bracket of places under a line that runs on (…中欧班列 / （成渝）累计开行…) is no byline.
    report = _column("一项民意调查显示，总统的支持率从上月的36%降至34%，为其任期以来的最低水平。", 14)
    other = _column(
        "（惠晓霜）英国驻美国大使被曝曾私下说两国之间的“特殊关系”已经过时，只有以色列与美国才是这类关系。", 14
    )
    rest = _column("英国外交部就大使的言论回应说，这些是非正式场合的个人言论，不代表英国政府立场。", 14)
    text = f"民调：支持率降至任期新低\n\n据新华社华盛顿4月28日电\n\n{report}\n\n{other}\n\n{rest}\n"
    page = newsseg.segment(text)
    assert len(page.articles) == 2
    second = page.articles[1]
    assert second.byline is not None
    assert second.byline.reporters == ("惠晓霜",)
    assert second.paragraphs[0].text.startswith("英国驻美国大使被曝")
    check_page_coverage(page, text)
    runs_on = (
        _column("打造全方位门户复合型国际航空枢纽，中欧班列", 14) + "\n\n" + _column("（成渝）累计开行超2.6万列。", 14)
    )
    assert all(a.byline is None for a in newsseg.segment(f"{runs_on}\n").articles)


def test_two_wide_captions_under_a_sign_off_where_no_line_is_blank_are_two_captions() -> None:
    # pdftotext -raw, no blank line: a photo across the columns between two dispatches, its two captions each wider
    # than any line of text, only the second closed by the photographer's credit. The body line over them (the
    # sign-off's date code) sets them apart as a blank line would: two captions, not one run of text.
    extra = "支持者們手持標語在場外靜坐，現場秩序良好，警方在周邊維持交通，活動持續到深夜才陸續散去。" * 3
    first = (
        "（中央社記者王小明台北20日電）民眾黨20日晚間號召支持者聚集看守所外，表達對前黨主席的支持。黨主席致詞時說，"
        f"司法應該公開透明，希望大家持續關注。{extra}（編輯：林大同）"
    )
    captions = (
        "前副市長妻子1日在高雄住處墜樓身亡，前副市長聞訊痛哭失聲，向法院請假南下返家，下午抵\n"
        "達高鐵左營站，接著馬不停蹄趕往妻子位於三民區的住處，家屬悲痛不已，現場氣氛哀戚沉重。\n"
        "前副市長的妻子1日不幸辭世，他的兒子（圖）下午前往殯儀館見母親最後一面。 中央社記\n"
        "者李大華攝 114年7月1日\n"
    )
    more = "鑑識人員下午到場勘驗採證，家屬隨後前往殯儀館，整個程序約一個小時完成，檢方將依法處理。" * 3
    second = f"（中央社記者陳小芳高雄1日電）前副市長妻子今天在高雄住處墜樓身亡，初判無外力介入。{more}（編輯：張美玲）"
    text = f"{_column(first, 22)}\n1140620\n{captions}{_column(second, 22)}\n1140701\n"
    page = newsseg.segment(text)
    found = [c.text for a in page.articles for c in a.captions]
    assert len(found) == 2
    assert found[0] == (
        "前副市長妻子1日在高雄住處墜樓身亡，前副市長聞訊痛哭失聲，向法院請假南下返家，下午抵達高鐵左營站，"
        "接著馬不停蹄趕往妻子位於三民區的住處，家屬悲痛不已，現場氣氛哀戚沉重。"
    )
    assert found[1].startswith("前副市長的妻子1日不幸辭世")
    check_page_coverage(page, text)


def test_a_stack_of_titles_at_the_pages_foot_may_hold_a_subtitle_wider_than_the_column() -> None:
    # pypdfium2 or pdftotext -raw, no blank line: two reports, then their titles stacked at the printed page's foot,
    # a kicker as wide as the column and a subtitle set across it, wider than any of its lines. Lines wider than the
    # column are none of its lines: the stack is titles, not text run on from the last paragraph.
    first = (
        "本报北京1月18日电 中央军委日前印发新修订的纲要，对部队基层建设作出全面规范，要求各级认真贯彻落实。"
        "纲要共分十章，明确了基层建设的指导思想和目标任务。"
    )
    second = (
        "本报内比都1月18日电 王毅说，新年伊始，习近平主席首访就选择了拥有千年情谊的邻邦，这是推动构建命运共同体"
        "理念在周边落地生根的又一重要实践，必将为两国关系注入新的动力。"
    )
    stack = (
        "经中央军委主席习近平批准\n中央军委印发新修\n订的《军队基层建\n设纲要》\n莫道君行早 是处有亲朋\n"
        "——习近平主席对缅甸进行国事访\n问引领中缅胞波情谊步入了新时代"
    )
    text = f"{_column(first, 12)}\n{_column(second, 12)}\n{stack}\f本报北京1月18日电 政协主席会议17日在京召开。\n"
    page = newsseg.segment(text)
    paragraphs = "".join(p.text for a in page.articles for p in a.paragraphs)
    assert "军队基层建" not in paragraphs
    assert "莫道君行早" not in paragraphs
    assert page.articles[1].paragraphs[-1].text.endswith("必将为两国关系注入新的动力。")
    check_page_coverage(page, text)


def test_a_column_that_goes_on_with_an_articles_enumeration_goes_back_to_it() -> None:
    # A commentary in a box read between a report's columns (pdftotext): after a column break, a block opens on
    # 再次, the third point of the report (首先, 其次), not of the commentary, which is at its fourth (第四). Too few
    # of its words are the report's to tell by them alone.
    text = _report_then_commentary(_COMMENTARY)
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["农家书屋成了村里的新课堂", "辨别网络谣言要多一分审慎"]
    assert page.articles[0].paragraphs[-1].text == _THIRD_POINT
    assert page.articles[1].paragraphs[-1].text == _COMMENTARY[-1]
    assert any("enumeration" in d.evidence for d in page.decisions)
    check_page_coverage(page, text)


def test_a_column_that_goes_on_with_its_own_articles_enumeration_stays() -> None:
    # The commentary stopped at its second point (其次): 再次 is its third, however the report counts.
    text = _report_then_commentary(_COMMENTARY[:3])
    page = newsseg.segment(text)
    assert page.articles[1].paragraphs[-1].text == _THIRD_POINT
    assert page.articles[0].paragraphs[-1].text == _REPORT[-1]


def test_an_enumerations_places_are_read_from_its_opening_words() -> None:
    from newsseg.segment import _ordinal  # noqa: PLC0415 - the private reader the rule above relies on

    assert [
        _ordinal(t) for t in ("首先，要", "其次是", "再次，书屋", "第三，可以", "第四、", "二是加强", "第一时间赶到")
    ] == [
        1,
        2,
        3,
        3,
        4,
        2,
        None,
    ]


def test_a_column_under_an_article_done_carries_on_one_a_page_before_left_mid_sentence_by_its_words() -> None:
    # pdfminer.six's text of the same page typeset (--seed 10): the interview stops mid-sentence at the first
    # printed page's foot (…进入中国市场，石荷); on the next, the report from Geneva is read first and done, then a
    # blank line and a line as wide as those under it (州在杭州设立了…), no paragraph's first line, on the
    # interview's subject (石荷州, 贡特尔): it finishes the interview, not the report it was read under.
    text = (Path(__file__).parent / "data" / "rmrb-20260610-p02-pdfminer-seed10.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    texts = {a.title: "".join(p.text for p in a.paragraphs) for a in page.articles}
    interview = texts["“希望同中国携手推进绿色创新发展”"]
    assert "石荷州在杭州设立了商务代表机构" in interview
    assert interview.endswith("延续下去。”（本报德国基尔电）")
    report = next(t for title, t in texts.items() if title and title.startswith("日内瓦举办"))
    assert "石荷" not in report
    check_page_coverage(page, text)


def test_the_seed_pages_read_twice_in_one_text_give_twice_their_articles() -> None:
    # The seed pages print their titles after their bodies: the text after a title is the next article's, never text
    # under that title, so no article goes to the same article read before it, however many words they share.
    seeds = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))]
    alone = sum(len(newsseg.segment(page).articles) for page in seeds)
    assert len(newsseg.segment("\n\n".join(seeds * 2)).articles) == 2 * alone


def test_a_section_heading_read_as_a_title_goes_back_to_its_article_with_its_text() -> None:
    # pdfminer.six's text of a page typeset (../shared/tools/typeset.py --seed 10) from
    # tests/papers/xxsb-20260501-p01.json: 法治保障规划实施的实践路径：协同发力、精准赋能, a section heading of the
    # article on 法治, set apart as pdfminer.six sets its boxes and read as a title; the text under it names few of
    # its words and twenty of that article's.
    text = (Path(__file__).parent / "data" / "xxsb-20260501-p01-pdfminer.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    heading = "法治保障规划实施的实践路径：协同发力、精准赋能"
    assert heading not in [a.title for a in page.articles]
    owners = [a for a in page.articles if any(p.text == heading for p in a.paragraphs)]
    assert [a.title for a in owners] == ["深刻把握法治在“十五五”规划纲要中的战略定位"]


def test_a_wide_caption_closed_by_its_credit_under_a_photo_label_is_a_caption() -> None:
    # pypdfium2's text of a page typeset (../shared/tools/typeset.py, look 0) from tests/papers/rmrb-20260427-p04.json,
    # its end: 图片报道 / three lines wider than the page's columns, the last ending on its credit (…吊桥。 新华社记者
    # 杨世尧摄), no blank line anywhere. Under a title the labeller had found, the lines were read as text.
    text = (Path(__file__).parent / "data" / "rmrb-20260427-p04-pypdfium2-excerpt.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    photos = [a for a in page.articles if any(c.text.startswith("4月26日，2026中国山地越野") for c in a.captions)]
    assert len(photos) == 1
    assert photos[0].kind == "photo"
    assert photos[0].byline is not None
    assert photos[0].byline.photographers == ("杨世尧",)
    assert not any(p.text.startswith("4月26日，2026中国山地越野") for a in page.articles for p in a.paragraphs)


def test_a_photo_set_apart_after_a_photo_item_without_one_is_that_items() -> None:
    # pdftotext's text of a page typeset (../shared/tools/typeset.py --seed 9) from data/invented-photo.json,
    # whose texts were written for this test: 图片报道 / 林 之远 / its text and verse, then the caption and
    # 周明摄（人民视觉）, which the segmenter sets apart as a photo of its own, listed after the articles. The caption
    # shares hardly a word with the item's text, but an item titled 图片报道 with no photo takes the photo read
    # right after it.
    text = (Path(__file__).parent / "data" / "invented-photo-pdftotext.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    owners = [a for a in page.articles if any(c.text.startswith("山东某县体育公园里") for c in a.captions)]
    assert [a.title for a in owners] == ["图片报道"]
    assert owners[0].paragraphs[0].text.startswith("本月是全市第一个")


@pytest.mark.parametrize("credit", ["（記者王小明攝）", "（新华社记者 王小明 摄）"])
def test_a_caption_set_apart_and_wide_with_its_credit_at_its_end_is_the_articles_caption(credit: str) -> None:
    # A photo in an article's columns: its caption set apart and across the columns, the credit closing the caption
    # in brackets on its last line (the Taiwanese papers' form, and 新华社's), then the article's title.
    body = _column(
        "〔記者王小明／台北報導〕台北市政府今天宣布，將在明年推動新的交通政策，包括擴大公車路網、增設自行車道，"
        "以及調整部分路段的號誌時相，希望能改善市區交通壅塞的情形。",
        24,
    )
    more = _column("市長表示，這項政策經過多次公聽會討論，市府將持續與市民溝通，並在實施後定期檢討成效。", 24)
    caption = "台北市長今天出席交通政策記者會，說明明年的交通改善計畫。"
    page = newsseg.segment(f"{body}\n\n{more}\n\n{caption}{credit}\n\n台北推新交通政策\n")
    article = page.articles[0]
    assert [c.text for c in article.captions] == [caption]
    assert article.paragraphs[-1].text.startswith("市長表示")
    assert article.title == "台北推新交通政策"


def test_a_papers_name_before_the_reporter_in_a_slash_byline_opens_the_article() -> None:
    # Taiwanese papers print their name before the role word inside the slash form: 〔X報記者Y／Z報導〕 opens the
    # text as 〔記者Y／Z報導〕 does, its outlet kept as the byline's source.
    text = (
        "高雄港區今夏擴建\n〔海峽晚報記者林小華／高雄報導〕高雄港務公司今天宣布，港區第二期擴建工程將於七月開工，"
        "預計三年完工，完工後貨櫃吞吐量可望提升三成。\n"
    )
    article = newsseg.segment(text).articles[0]
    assert article.title == "高雄港區今夏擴建"
    assert article.byline is not None
    assert (article.byline.source, article.byline.reporters, article.byline.place) == ("海峽晚報", ("林小華",), "高雄")
    assert article.paragraphs[0].text.startswith("高雄港務公司今天宣布")


_DIGITAL = (
    "近年来，我国数字经济快速发展，新业态新模式不断涌现，为经济增长注入了新动能。面向未来，要进一步完善数字经济治理体系，"
    "推动数字经济健康发展。"
)
_IRRIGATION = "眼下，黄河沿岸灌区春灌正在推进，各地统一调度水量，严控耗水，让每一方水都用在关键处。"
_AUTHOR_NOTE = "（作者为浙江大学数字经济研究\n院研究员）"


@pytest.mark.parametrize("author", ["■ 王小明", "□ 本报评论员", "■ 本报记者 王小明", "作者：王小明"])
def test_an_author_line_with_a_bullet_or_a_label_heads_its_article(author: str) -> None:
    # A commentary's author line under its title, a bullet or a label before it: the byline, never the title's tail
    # nor the text's first paragraph.
    body = _column(_DIGITAL, 14)
    article = newsseg.segment(f"让数字经济行稳致远\n\n{author}\n\n{body}\n").articles[0]
    assert article.title == "让数字经济行稳致远"
    assert article.byline is not None
    assert article.byline.text == author
    assert article.paragraphs[0].text.startswith("近年来")


@pytest.mark.parametrize(("head", "glued"), [("本报记者 王小明", False), ("本报讯（记者王小明）", True)])
def test_an_editors_note_heads_the_article_its_author_signs(head: str, glued: bool) -> None:
    # 编者按 under the title, then the author's line (or the dispatch that opens the text): one article, the note its
    # first paragraph, not an article of its own over an untitled one.
    note = _column("编者按：数字经济是新的经济形态。本报今起推出系列报道，记录各地推动数字经济发展的探索与实践。", 14)
    text = "12月1日上午，我国数字经济发展大会开幕，新业态新模式不断涌现，为经济增长注入了新动能。"
    body = _column(head + text, 14) if glued else f"{head}\n\n{_column(text, 14)}"
    page = newsseg.segment(f"让数字经济行稳致远\n\n{note}\n\n{body}\n")
    assert len(page.articles) == 1
    article = page.articles[0]
    assert article.title == "让数字经济行稳致远"
    assert article.byline is not None
    assert article.byline.reporters == ("王小明",)
    assert [p.text[:4] for p in article.paragraphs] == ["编者按：", "12月1"]
    assert article.dateline is not None  # read under the note
    assert (article.dateline.month, article.dateline.day) == (12, 1)


def test_a_title_set_apart_under_an_authors_note_heads_the_text_after_it() -> None:
    # An article closed by its author's note in brackets (（作者为… / …研究员）), then a title set apart by blank
    # lines, a comma inside it, over the next text: the note ended the article as a sentence's end would have.
    first = _column(_DIGITAL, 14)
    then = _column(_IRRIGATION, 14)
    title = "用好数字平台，\n提升服务效能"
    page = newsseg.segment(f"数字经济行稳致远\n本报记者 王小明\n{first}\n{_AUTHOR_NOTE}\n\n{title}\n\n{then}\n")
    assert [a.title for a in page.articles] == ["数字经济行稳致远", "用好数字平台，提升服务效能"]
    assert page.articles[0].paragraphs[-1].text.endswith("院研究员）")
    assert page.articles[1].paragraphs[0].text.startswith("眼下")


def test_a_narrow_title_wrapped_inside_its_tag_closes_its_title_block() -> None:
    # A commentary's title printed after its text in a narrow column of its own, wrapped inside its column's tag
    # (…产 / 业链（延伸阅 / 读）: its last line too short to read as a title line), then the next article's kicker and
    # title over its byline: the tag ends the first title, and the second block is the next article's.
    first = _column(_DIGITAL, 14)
    then = _column(_IRRIGATION, 14)
    title = "用好数字平台，\n以服务链提升产\n业链（延伸阅\n读）"
    next_title = "沿黄灌区实现用水统一调度\n\n全链条节水，\n严控春灌用水（记录中国）"
    text = f"本报记者 王小明\n{first}\n{_AUTHOR_NOTE}\n\n{title}\n\n{next_title}\n本报记者 李华\n{then}\n"
    page = newsseg.segment(text)
    assert [(a.headline.kicker if a.headline else None, a.title) for a in page.articles] == [
        (None, "用好数字平台，以服务链提升产业链（延伸阅读）"),
        ("沿黄灌区实现用水统一调度", "全链条节水，严控春灌用水（记录中国）"),
    ]
    assert [a.byline.reporters for a in page.articles if a.byline] == [("王小明",), ("李华",)]


def test_a_title_whose_last_line_only_ends_a_word_keeps_that_line() -> None:
    # A title set in larger type than the text wraps where its line is full, here leaving one character on its last
    # line (…样 / 板), too little to read as a title line: it ends the title, not a paragraph of its own.
    title = "沿黄灌区全面推行春灌用水统\n一调度打造全链条节水增效样\n板"
    page = newsseg.segment(f"{title}\n新华社郑州4月27日电（记者王小明）\n{_column(_IRRIGATION, 22)}\n")
    assert [a.title for a in page.articles] == ["沿黄灌区全面推行春灌用水统一调度打造全链条节水增效样板"]
    assert page.articles[0].paragraphs[0].text == _IRRIGATION


@pytest.mark.parametrize(
    ("under", "gap", "subtitle"),
    [
        ("王小明", "\n\n", None),
        ("本报记者 王小明", "\n", None),
        ("——沿黄灌区推行春灌统一调度\n王小明", "\n", "沿黄灌区推行春灌统一调度"),
    ],
)
def test_a_one_character_last_title_line_ends_the_title_over_its_subtitle_or_author(
    under: str, gap: str, subtitle: str | None
) -> None:
    # …又一串 / 果: no word across the wrap, and no sentence's end above it. The title ends there: a subtitle may
    # follow it, but an author's name under it is the author line, not one more title line.
    title = "从“大水漫灌”到“精准滴灌”：\n同一条渠上，又一串\n果"
    page = newsseg.segment(f"{title}{gap}{under}{gap}{_column(_IRRIGATION, 14)}\n")
    [article] = page.articles
    assert article.headline is not None
    assert (article.title, article.headline.subtitle) == ("从“大水漫灌”到“精准滴灌”：同一条渠上，又一串果", subtitle)
    assert article.byline is not None
    assert article.byline.reporters == ("王小明",)


def test_a_one_character_last_title_line_ends_the_title_on_a_page_with_no_blank_line() -> None:
    # pdftotext -raw: no blank line tells the title from the author's name under it; the one-character line does.
    title = "全面推动“数字\n经济 +”走深走\n实"
    page = newsseg.segment(f"{title}\n王小明\n{_column(_IRRIGATION * 2, 14)}\n")
    assert page.articles[0].title == "全面推动“数字经济 +”走深走实"


def test_titles_stacked_after_all_the_bodies_go_each_to_the_article_whose_lead_it_names() -> None:
    # A PDF that draws every title after all the text, read by pdftotext -raw (no blank line): the last article took
    # the whole stack, a title and its subtitle then the next title, and the first stayed untitled.
    stack = "数字经济快速发展\n——新业态新模式不断涌现\n黄河沿岸灌区春灌\n统一调度严控耗水"
    text = f"本报记者 王小明\n{_column(_DIGITAL, 14)}\n本报记者 李华\n{_column(_IRRIGATION * 2, 14)}\n{stack}\n"
    page = newsseg.segment(text)
    assert [(a.title, a.headline.subtitle if a.headline else None) for a in page.articles] == [
        ("数字经济快速发展", "新业态新模式不断涌现"),
        ("黄河沿岸灌区春灌统一调度严控耗水", None),
    ]
    assert [a.byline.reporters for a in page.articles if a.byline] == [("王小明",), ("李华",)]


def test_an_authors_note_between_a_finished_text_and_the_next_authors_name_closes_the_text_above() -> None:
    # pdftotext -raw: the note that signs a commentary, then the next commentary's author, with no blank line. The
    # note was read as the next article's byline, an article of its own with no text.
    note = "（作者为本报安徽分社记者）"
    first, then = _column(_DIGITAL, 14), _column(_IRRIGATION, 14)
    page = newsseg.segment(f"数字经济行稳致远\n张志锋\n{first}\n{note}\n欧阳洁\n{then}\n")
    assert [a.byline.reporters for a in page.articles if a.byline] == [("张志锋",), ("欧阳洁",)]
    assert page.articles[0].paragraphs[-1].text == note
    assert page.articles[1].paragraphs[0].text == _IRRIGATION


def test_titles_stacked_after_the_bodies_each_closed_by_its_tag_go_in_order() -> None:
    # Commentaries' titles name no fact of their leads; stacked after the bodies (pdftotext -raw), their column
    # tags still part them, and they go to the untitled articles in the order printed.
    stack = "感悟发展的“三力”（现场\n评论）\n以微改革撬动大局\n（人民时评）\n烟火日常也是课堂\n（暖闻热评）"
    bodies = [_column(_DIGITAL, 14), _column(_IRRIGATION * 2, 14), _column("".join(_READING), 14)]
    text = "".join(f"{author}\n{body}\n" for author, body in zip(("张志锋", "欧阳洁", "徐阳"), bodies, strict=True))
    page = newsseg.segment(f"{text}{stack}\n")
    assert [(a.title, a.byline.reporters if a.byline else None) for a in page.articles] == [
        ("感悟发展的“三力”（现场评论）", ("张志锋",)),
        ("以微改革撬动大局（人民时评）", ("欧阳洁",)),
        ("烟火日常也是课堂（暖闻热评）", ("徐阳",)),
    ]


_REPORTS = (
    (
        "新华社北京6月9日电 国家主席习近平9日同格鲁吉亚总统互致贺电，庆祝两国建交三十四周年。习近平指出，中格友好源远"
        "流长，双方政治互信不断加深。"
    ),
    (
        "新华社北京6月9日电 国务院9日举行宪法宣誓仪式，李强总理监誓。新任命的国务院部门负责人依次走上宣誓台，领誓人左"
        "手抚按宪法，右手举拳。"
    ),
    "本报平壤6月9日电 当地时间9日下午，欢送仪式在机场举行，两国领导人握手道别，现场群众挥舞花束，气氛热烈。",
    (
        "新华社索非亚6月8日电 应保加利亚政府邀请，国务委员谌贻琴率团访问保加利亚，同保总统、总理分别会见，就深化务实合"
        "作交换意见。"
    ),
)


def test_a_long_stack_of_titles_after_the_bodies_is_shared_among_them_passing_over_an_untitled_report() -> None:
    # A front page drawn titles last, read by pdftotext -raw: every body, then every title, no blank line. The stack
    # is longer than a title block runs, its lines in the window the column is read in; the third report has no
    # title of its own (a second report under the title of another), so the stack passes it over.
    stack = "习近平同格鲁吉亚\n总统互致贺电\n国务院举行宪法\n宣誓仪式\n——李强总理监誓\n谌贻琴访问保加利亚"
    page = newsseg.segment("".join(_column(report, 15) + "\n" for report in _REPORTS) + stack + "\n")
    assert [(a.title, a.headline.subtitle if a.headline else None) for a in page.articles] == [
        ("习近平同格鲁吉亚总统互致贺电", None),
        ("国务院举行宪法宣誓仪式", "李强总理监誓"),
        (None, None),
        ("谌贻琴访问保加利亚", None),
    ]


def test_a_signature_in_brackets_under_a_title_as_wide_as_the_column_opens_the_article() -> None:
    # pdftotext -raw: the title's lines, set as wide as the column, end on no sentence's mark, so the line under
    # them looked run into; a bracketed signature that names its author is never a sentence's continuation.
    title = "黄河沿岸灌区春灌 统一调度\n“严控”耗水用水"
    first, then = _column(_DIGITAL, 15), _column(_IRRIGATION * 2, 15)
    page = newsseg.segment(f"数字经济行稳致远\n本报记者 李华\n{first}\n{title}\n（王小明 新华社专特稿）\n{then}\n")
    assert [a.byline.reporters for a in page.articles if a.byline] == [("李华",), ("王小明",)]
    assert page.articles[1].paragraphs[0].text.startswith("眼下")


def test_commentaries_with_titles_wrapped_inside_their_tags_on_a_page_with_no_blank_line() -> None:
    # pdftotext -raw, a page of commentaries: under the page's credit line, a title wrapped inside its tag (…（现场评
    # / 论）) over its author's bare name; the author's note closing the first, then the next title over its author.
    first = "感悟发展的\n“三力”（现场评\n论）\n张志锋"
    second = "以微改革撬动外贸\n大棋局（人民时\n评）\n欧阳洁"
    note = "（作者为本报安徽分社记者）"
    bodies = _column(_DIGITAL, 14), _column(_IRRIGATION * 2, 14)
    page = newsseg.segment(f"本版责编：李拯、李洪兴\n{first}\n{bodies[0]}\n{note}\n{second}\n{bodies[1]}\n")
    assert [(a.title, a.byline.reporters if a.byline else None) for a in page.articles] == [
        ("感悟发展的“三力”（现场评论）", ("张志锋",)),
        ("以微改革撬动外贸大棋局（人民时评）", ("欧阳洁",)),
    ]
    assert page.articles[0].paragraphs[-1].text == note


def test_a_sign_off_over_a_title_that_opens_with_shang_is_no_title_line() -> None:
    # pdftotext -raw: …的回应。 / 新华社北京5月2日电 / 商务部发布禁令阻 / …: the agency's sign-off was read as 电商 run
    # on over the line's end, no dispatch head, and opened the next article's title.
    title = "商务部发布禁令阻\n断美国对五家中国\n企业实施制裁措施"
    first, then = _column(_DIGITAL, 12), _column(_IRRIGATION * 2, 12)
    text = f"数字经济行稳致远\n本报记者 李华\n{first}\n新华社北京5月2日电\n{title}\n新华社北京5月2日电\n{then}\n"
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["数字经济行稳致远", "商务部发布禁令阻断美国对五家中国企业实施制裁措施"]
    assert page.articles[0].paragraphs[-1].text == "新华社北京5月2日电"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_author_line_wrapped_inside_a_name_is_the_byline_not_the_subtitles_tail(gap: str) -> None:
    # A narrow column wraps the author line where it is full, inside a name (新华社记者 叶 / 书宏 陈泽安): neither line
    # reads as an author line alone, so the two ran on as the subtitle's wrap above them.
    text = f"数字经济行稳致远{gap}——写在数字经济大会开幕之际{gap}新华社记者 叶\n书宏 陈泽安\n{_column(_DIGITAL, 12)}\n"
    [article] = newsseg.segment(text).articles
    assert article.headline is not None
    assert article.headline.subtitle == "写在数字经济大会开幕之际"
    assert article.byline is not None
    assert article.byline.reporters == ("叶书宏", "陈泽安")
    assert article.paragraphs[0].text == _DIGITAL


def test_title_lines_short_of_the_column_between_two_texts_on_a_page_with_no_blank_line_are_a_title() -> None:
    # pdftotext -raw prints no blank line: a title between two articles, set in larger type, shows only as lines
    # well short of the column after a finished sentence (a paragraph's first line fills the column).
    first = _column(_DIGITAL, 14)
    then = _column(_IRRIGATION, 14)
    title = "沿黄各大灌区春灌用水\n全面实行统一调度"
    page = newsseg.segment(f"数字经济行稳致远\n本报记者 王小明\n{first}\n{title}\n{then}\n")
    assert [a.title for a in page.articles] == ["数字经济行稳致远", "沿黄各大灌区春灌用水全面实行统一调度"]
    assert page.articles[1].paragraphs[0].text.startswith("眼下")
    # With blank lines on the page, such lines not set apart are a subhead's, inside the article.
    spaced = newsseg.segment(f"数字经济行稳致远\n\n本报记者 王小明\n{first}\n{title}\n{then}\n")
    assert len(spaced.articles) == 1


_RUNWAY_FIRST = (
    "（中央社記者王小明台北29日電）交通部今天表示，將全面檢視國內機場的跑道安全設施，並在年底前提出改善計畫，確保旅客"
    "安全。"
)
_RUNWAY_NEXT = (
    "（中央社記者李大華台北30日電）立委今天指出，台北松山機場跑道較短，交通部說，松山機場已裝設攔阻系統，可吸收飛機"
    "衝撞能量，減緩速度，相關設施每兩年檢測一次。"
)
_RUNWAY_CAPTIONS = (
    "台北松山機場裝設攔阻系統，可吸收飛機衝撞能量，減緩速度。（圖取自\n交通部民用航空局網頁）\n"
    "2010年美國耶格爾國際機場一架區域航班客機衝出跑道後停在盡頭的緩衝材料中，乘客與組員全數平安，當地管理單位隨即展開"
    "調查。（圖取自美國聯邦\n航空總署網頁）"
)


@pytest.mark.parametrize("apart", [True, False], ids=["blank lines", "no blank line"])
def test_captions_whose_source_notes_wrap_picture_the_dispatch_after_them(apart: bool) -> None:
    # 中央社 sets a dispatch's photos over its text, across its columns: under the article before, signed off, two
    # captions each ending on its source, wrapped inside it (…（圖取自 / 交通部民用航空局網頁）), each wrapped line a
    # paragraph of its own to the extractor. They are the next dispatch's captions: the first speaks of its lead (the
    # second of another airport), and a caption's last line, closing the note opened above it, is no title
    # (pdftotext -raw prints no blank line).
    first = _column(_RUNWAY_FIRST, 18) + "\n（編輯：林大同）1131229"
    then = _column(_RUNWAY_NEXT, 18) + "\n（編輯：陳小春）1131230"
    gap = "\n\n" if apart else "\n"
    page = newsseg.segment(f"{first}{gap}{_RUNWAY_CAPTIONS}{gap}{then}\n")
    assert [a.kind for a in page.articles] == ["news", "news"]
    assert page.articles[0].paragraphs[-1].text.endswith("1131229")
    assert [c.text[:6] for c in page.articles[1].captions] == ["台北松山機場", "2010年美"]
    assert page.articles[1].title is None


_NIGHT = (
    "清风徐来，游轮缓缓驶过嘉陵江，层层涟漪揉碎灯火倒影；老街烟火气息浓郁、人声鼎沸。这座西部都市倾力打造国际消费中心"
    "城市，焕新出满满消费活力。不夜重庆，烟火不息，江风不眠。"
)
_SPRING = (
    "松辽沃野，春暖花开。广袤的东北黑土地，如今不仅能长出好庄稼，还能长出新材料、新能源这些金豆子。这些发展新质生产力"
    "的生动实践，正为东北全面振兴写下新的注脚。"
)


@pytest.mark.parametrize("sign_off", ["\n新华社重庆4月29日电", " 新华社重庆4月29\n日电"], ids=["alone", "wrapped"])
def test_an_agencys_sign_off_over_the_next_features_author_line_ends_the_feature_before(sign_off: str) -> None:
    # 新华社's features end on the dispatch head (…江风不眠。 新华社重庆4月29日电), and the next opens with its author
    # line (新华社记者 翟伟): the head signs off the first, on a line of its own or wrapped (its last line, 日电, is
    # no title), and nothing is left over.
    text = f"新华社记者 江时强\n{_column(_NIGHT, 24)}{sign_off}\n新华社记者 翟伟\n{_column(_SPRING, 24)}\n"
    page = newsseg.segment(text)
    assert [(a.title, a.byline.text if a.byline else None) for a in page.articles] == [
        (None, "新华社记者 江时强"),
        (None, "新华社记者 翟伟"),
    ]
    assert page.articles[0].paragraphs[-1].text.endswith("新华社重庆4月29日电")
    assert not page.leftovers


def test_an_agencys_sign_off_over_the_next_dispatch_ends_the_article_before() -> None:
    # The sign-off alone on its line, then (after a blank line) the next dispatch's own head: the first head has no
    # text of its own, it signs off the article above (it was left over).
    then = _column("新华社长春4月29日电（记者王小明）" + _SPRING, 24)
    page = newsseg.segment(f"新华社记者 江时强\n{_column(_NIGHT, 24)}\n新华社重庆4月29日电\n\n{then}\n")
    assert len(page.articles) == 2
    assert page.articles[0].paragraphs[-1].text.endswith("新华社重庆4月29日电")
    assert page.articles[1].byline is not None
    assert page.articles[1].byline.reporters == ("王小明",)
    assert not page.leftovers


def test_a_last_paragraph_of_full_lines_with_commas_at_the_pages_end_is_text_not_a_title() -> None:
    # The page's end closes a title block (a title printed after its body may end the page), but four lines that
    # fill the column, commas inside, under a finished sentence are the article's last paragraph: they were read as
    # a title that no article took, and left over.
    body = _column(
        "离职的同事工作痕迹被提取、复刻，以数字分身的形态继续在岗。对此，我们应当坦然接受吗？大家关注并讨论这个话题，"
        "其中一个重要的指向就是，技术发展和人文坚守之间的关系。",
        17,
    )
    last = _column(
        "新技术会带来阵痛，但无需恐惧，更不必过度担忧，因为技术没有心跳，无法感知悲欢离合，而我们这些应用技术的人们，"
        "是有温度、有情感、有坚守的！",
        17,
    )
    page = newsseg.segment(f"职场要有温度\n本报记者 张武岳\n{body}\n{last}\n")
    assert [a.title for a in page.articles] == ["职场要有温度"]
    assert page.articles[0].paragraphs[-1].text.endswith("有坚守的！")
    assert not page.leftovers


def test_a_line_cut_inside_a_word_at_a_printed_pages_end_runs_on_in_the_next_page() -> None:
    # A paragraph's first line, the last of a printed page under a finished sentence, stops inside a word that the
    # next page finishes (…在全国劳动模 / form feed / 范马恒昌…): the page's end does not make it a title, which no
    # article took (it was left over).
    first = _column("“同志们，前方的战士可是拿命在拼，咱们不能因为一点困难就拖后腿！”", 15)
    rest = "范马恒昌车床铜塑前，四位演员以\n实景演出的形式，把观展者瞬间带\n入热火朝天的奋斗年代。"
    page = newsseg.segment(f"匠心传承\n本报记者 王小明\n{first}\n“五一”前夕，在全国劳动模\n\f{rest}\n")
    assert [a.title for a in page.articles] == ["匠心传承"]
    assert page.articles[0].paragraphs[-1].text.startswith("“五一”前夕，在全国劳动模范马恒昌")
    assert not page.leftovers


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["no blank line", "a blank line above"])
def test_a_name_the_tagger_cuts_alone_under_a_title_is_its_author_line(gap: str) -> None:
    # 林北征 reads to the tagger as 林 and 北征 (a word): alone under a title and over the text, a common surname
    # first, it is the author's name wherever the blank lines are (the text had to set it apart on both sides).
    first = _column("从制度演进来看，我国推进党外代表人士队伍建设，经历了不断完善的过程，积累了宝贵经验。", 24)
    body = _column(
        "“十五五”规划纲要提出，完善人工智能领域法律法规、政策制度、应用规范、伦理准则。为生成式人工智能划定法治边界，"
        "是当前新兴领域立法的重要方面。",
        24,
    )
    text = f"推进党外代表人士队伍建设\n刘晓楠\n{first}\n给生成式人工智能内容赋予清晰“身份”{gap}林北征\n{body}\n"
    page = newsseg.segment(text)
    assert [(a.title, a.byline.reporters if a.byline else None) for a in page.articles] == [
        ("推进党外代表人士队伍建设", ("刘晓楠",)),
        ("给生成式人工智能内容赋予清晰“身份”", ("林北征",)),
    ]
    assert page.articles[1].paragraphs[0].text.startswith("“十五五”")


_MEETING = _column(
    "新华社内比都1月18日电（记者王小明）国家主席习近平18日在内比都会见缅甸国防军总司令敏昂莱。习近平指出，中缅是山水"
    "相连的胞波邻邦，两国关系发展具有深厚基础。敏昂莱表示，缅方愿同中方一道，推动两国关系不断向前发展。",
    17,
)


def test_a_paragraphs_last_line_cut_off_by_blank_lines_is_no_title_over_it() -> None:
    # pdfminer.six parts a column into boxes: a paragraph's full line, a blank line, its last line alone (…王毅、
    # 何立峰等参加 / blank / 会见。 / blank). The full line set apart reads like a title, but the line under it only
    # ends its sentence, too short to be a paragraph's first: one paragraph, the article's last.
    then = _column("新华社北京1月19日电 全国政协主席汪洋19日主持召开全国政协党组会议，传达学习有关会议精神。", 17)
    page = newsseg.segment(
        f"习近平会见缅甸国防军总司令\n\n{_MEETING}\n\n丁薛祥、杨洁篪、王毅、何立峰等参加\n\n会见。\n\n"
        f"汪洋主持召开全国政协党组会议\n\n{then}\n"
    )
    assert [a.title for a in page.articles] == ["习近平会见缅甸国防军总司令", "汪洋主持召开全国政协党组会议"]
    assert page.articles[0].paragraphs[-1].text == "丁薛祥、杨洁篪、王毅、何立峰等参加会见。"


def test_a_two_line_paragraph_broken_by_a_blank_line_is_no_title_where_its_indent_was_dropped() -> None:
    # pdfminer.six drops the indent: the paragraph's first line is short of the column by it (14 characters where
    # the column holds 16), its last line alone under a blank line, then another blank. The first line is no title.
    page = newsseg.segment(f"习近平会见缅甸国防军总司令\n\n{_MEETING}\n\n国务院领导同志及部门负责同志\n\n等参加。\n")
    assert [a.title for a in page.articles] == ["习近平会见缅甸国防军总司令"]
    assert page.articles[0].paragraphs[-1].text == "国务院领导同志及部门负责同志等参加。"


def test_a_title_as_narrow_as_an_indented_line_over_a_one_line_paragraph_stays_a_title() -> None:
    # A title short of the column by about an indent, over a first paragraph of one line with a clause of its own
    # (a comma inside): no paragraph broken by a blank line, but a title and its text.
    then = _column("为庆祝中美首对友好城市结好40周年，美国圣路易斯市市长一行到访南京参加相关庆祝活动。", 17)
    page = newsseg.segment(
        f"习近平会见缅甸国防军总司令\n\n{_MEETING}\n\n\n胡春华会见塔吉克斯坦总理一行\n\n十月金陵，丹桂飘香。\n\n{then}\n"
    )
    assert [a.title for a in page.articles] == ["习近平会见缅甸国防军总司令", "胡春华会见塔吉克斯坦总理一行"]
    assert page.articles[1].paragraphs[0].text == "十月金陵，丹桂飘香。"


@pytest.mark.parametrize(
    ("title", "name", "author"), [("领导干部读书贵在得法", "王学斌", True), ("是否为美方腾出再度动", "武新空间", False)]
)
def test_a_name_under_a_title_is_no_wrap_of_it_whatever_word_its_first_character_makes(
    title: str, name: str, author: bool
) -> None:
    # 得法 / 王学斌 reads 法王 across the break, yet 王学斌 holds no word the dictionary knows and opens with a
    # surname: an author's name, not the title's wrap. 武新空间 holds 空间: the line above runs on into it (动武).
    first = _column(_DIGITAL, 24)
    body = _column("书籍是人类挚友、文明载体，也是领导干部更新认知、开阔视野、涵养能力的重要途径。开卷有益。", 24)
    page = newsseg.segment(f"数字经济行稳致远\n刘晓楠\n{first}\n{title}\n{name}\n{body}\n")
    bylines = [a.byline.reporters if a.byline else None for a in page.articles]
    assert ((name,) in bylines) is author


_READING = (
    "书籍是人类挚友、文明载体，也是领导干部更新认知、开阔视野、涵养能力的重要途径。",
    "开卷有益，贵在得法。读书从来不是漫无目的的消遣，而是有选择、有方法的精耕细读，让阅读赋能治理实践。",
)
_SPEECH = (
    "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，更好统筹国内国际两个大局，统筹发展和"
    "安全，持续扩大内需、优化供给，着力稳就业、稳企业、稳市场、稳预期，努力实现良好开局。"
)


@pytest.mark.parametrize("box", [True, False], ids=["a box at the page's end", "a section"])
def test_a_label_over_one_paragraph_that_ends_the_page_is_a_box_of_its_own(box: bool) -> None:
    # 学习时报 ends a page with a box: a label (重要言论) over one paragraph of a quoted speech. A short title line
    # between two lines of text is otherwise a subhead, and the box was read into the commentary above it; a label
    # over a section of several paragraphs stays the subhead it is.
    first, second = (_column(text, 22) for text in _READING)
    speech = _column(_SPEECH, 22)
    body = f"{first}\n{second}\n\n重要言论\n\n{speech}" if box else f"{first}\n\n重要言论\n\n{second}\n{speech}"
    page = newsseg.segment(f"领导干部读书贵在得法\n\n王学斌\n\n{body}\n")
    titles = ["领导干部读书贵在得法", "重要言论"] if box else ["领导干部读书贵在得法"]
    assert [a.title for a in page.articles] == titles
    assert page.articles[0].byline is not None
    assert page.articles[0].byline.reporters == ("王学斌",)


@pytest.mark.parametrize("under", ["box", "section", "no paragraph"])
def test_a_short_label_set_apart_above_and_glued_to_the_text_under_it_is_a_heading(under: str) -> None:
    # pdftotext sets a label apart from the text above only (…治理实践。 / blank / 重要言论 / 坚持…): one short line
    # that ends no sentence, under a finished one, over a paragraph's first line (short of the full line under it by
    # the indent the extractor dropped), is no paragraph's line; over one paragraph to the page's end it is a box's
    # title, over a section a subhead inside the article (as the same line set apart on both sides is). Over a line
    # that opens no paragraph it heads nothing.
    first, second = (_column(text, 22) for text in _READING)
    opens, section = ("\n".join([text[:20], _column(text[20:], 22)]) for text in (_SPEECH, _READING[1]))
    body = {
        "box": f"{first}\n{second}\n\n重要言论\n{opens}",
        "section": f"{first}\n\n重要言论\n{section}\n{opens}",
        "no paragraph": f"{first}\n{second}\n\n重要言论\n{_column(_SPEECH, 22)}",
    }[under]
    page = newsseg.segment(f"领导干部读书贵在得法\n\n王学斌\n\n{body}\n")
    titles = ["领导干部读书贵在得法", "重要言论"] if under == "box" else ["领导干部读书贵在得法"]
    assert [a.title for a in page.articles] == titles


def test_a_stack_of_titles_is_not_cut_after_a_clause_its_comma_began_and_the_line_cut_short() -> None:
    # 建好用好平台，以服务 / 链提升产业链（延伸阅 / 读） in a stack of titles printed after the bodies: 以服务 is a
    # clause begun and cut by the wrap, no title's end; after the tag's close a new title may begin.
    from newsseg._text import normalize, to_simplified  # noqa: PLC0415
    from newsseg.segment import _Segmenter  # noqa: PLC0415 - the stage's own test of where a stack may be cut

    text = "建好用好平台，以服务\n链提升产业链（延伸阅\n读）\n内蒙古河套灌区\n实现集中统一调度\n"
    seg = _Segmenter(text, to_simplified(normalize(text)), None)
    block = list(range(len(seg.rows)))
    cuts = [c for c in range(1, len(block)) if seg._between_titles(block, c)]
    assert 1 not in cuts  # 以服务 / 链提升: the clause runs on
    assert 2 not in cuts  # inside the tag's bracket
    assert 3 in cuts


@pytest.mark.parametrize(
    ("tail", "titles"),
    [
        # pdftotext -raw on a page that draws its titles after its bodies: the stack ends the page
        ("新设备、新航线，\n远洋科考再出发\n“探索3”\n号 驶向深海\n东部高校可自\n主设置新专业\n", True),
        # a paragraph cut at the page's foot, its first line (the column less the indent) over a full line
        ("离开教学楼后，两位领导\n人乘坐电瓶车参观校园，沿\n", False),
        # a paragraph's first line left on a clause, and a title under it
        ("奖牌、名次，不仅是荣誉，\n山村里有个“大厨”\n", False),
        # an agency's sign-off under the last sentence, then one title line
        ("新华社北京5月2日电\n山村里有个“大厨”\n", False),
    ],
    ids=["stack", "cut paragraph", "clause left open", "sign-off"],
)
def test_short_lines_after_the_pages_last_sentence_are_a_stack_of_titles(tail: str, titles: bool) -> None:
    from newsseg._text import normalize, to_simplified  # noqa: PLC0415
    from newsseg.reflow import column_widths  # noqa: PLC0415
    from newsseg.segment import _Segmenter  # noqa: PLC0415 - the stage's own test: the page's ends vary too much

    body = (
        "近日，省人力资源和社会保障厅出台通知，将高校教师职称评审权限全面下放到所有高等学校。"
        "各高校自主开展评审工作，流入单位也可要求其重新评审。"
    )
    text = f"{_column(body, 12)}\n{tail}"
    seg = _Segmenter(text, to_simplified(normalize(text)), None)
    seg.widths = column_widths(seg.measured)
    seg.classify()
    source: dict[int, str] = {}
    seg._find_trailing_stack(source)
    stack = range(len(seg.rows) - tail.count("\n"), len(seg.rows))
    assert [seg.rows[i].kind == "title" for i in stack] == [titles] * len(stack)
    assert all(seg.rows[i].kind == "body" for i in range(stack.start))


def test_a_title_after_an_untitled_dispatch_over_the_next_title_heads_the_dispatch_on_a_page_of_titles_first() -> None:
    # A title set in a column of its own right of its body comes after it in reading order, over the next
    # article's title: the page's titles come first, yet this one heads the untitled dispatch above, whose lead it
    # names, not the next article.
    hebei = "“十五五”时期，河北将牢牢把握雄安新区功能定位，举全省之力建设新时代创新高地，推动高质量发展。"
    tianjin = "记者从27日举行的新闻发布会上获悉，“十五五”期间，天津将持续推动京津冀协同发展走深走实。"
    text = (
        f"数字经济行稳致远\n本报记者 李华\n{_column(_DIGITAL, 14)}\n\n新华社石家庄4月27日电\n（记者刘明）"
        f"{_column(hebei, 14)}\n\n河北：举全省之力\n推动雄安建设新时\n代创新高地\n\n天津：“十五五”将持\n"
        f"续推动京津冀协同发展\n新华社天津4月27日电（记者王明）\n{_column(tianjin, 14)}\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == [
        "数字经济行稳致远",
        "河北：举全省之力推动雄安建设新时代创新高地",
        "天津：“十五五”将持续推动京津冀协同发展",
    ]


def test_a_title_whose_last_line_holds_a_number_and_one_character_ends_over_the_dispatch_head() -> None:
    # …经济合作商户预计超 / 1300家 / 新华社沈阳…电: the last line holds too few characters to read as a title line by
    # itself, and the title was lost into the text above.
    title = "辽宁：“东北超”票根\n经济合作商户预计超\n1300家"
    text = f"数字经济行稳致远\n本报记者 李华\n{_column(_DIGITAL, 14)}\n\n{title}\n新华社沈阳4月27日电（记者王小明）\n"
    page = newsseg.segment(f"{text}{_column(_IRRIGATION, 14)}\n")
    assert [a.title for a in page.articles] == ["数字经济行稳致远", "辽宁：“东北超”票根经济合作商户预计超1300家"]


def test_a_title_wrapped_after_a_name_and_one_character_is_no_authors_line() -> None:
    # 谌贻琴访 / 问保加利亚 in a narrow column: the tagger reads a name and 访 as one name, and the title's first line
    # was taken for an author's line, an article of its own.
    text = f"数字经济行稳致远\n本报记者 李华\n{_column(_DIGITAL, 14)}\n\n谭晓琳访\n问保加利亚\n新华社索非亚6月8日电 "
    page = newsseg.segment(f"{text}{_column(_IRRIGATION, 14)}\n")
    assert [a.title for a in page.articles] == ["数字经济行稳致远", "谭晓琳访问保加利亚"]
    assert page.articles[1].byline is not None
    assert page.articles[1].byline.reporters == ()


def test_an_author_line_wrapped_before_the_last_character_of_a_name_names_it_whole() -> None:
    # 新华社记者 王丽 / 萍 李晓颖 张明鸿: the first line reads as an author line alone, the second opens on a lone
    # character, no name by itself, that ends the name above.
    text = f"数字经济行稳致远\n新华社记者 王丽\n萍 李晓颖 张明鸿\n{_column(_DIGITAL, 12)}\n"
    [article] = newsseg.segment(text).articles
    assert article.byline is not None
    assert article.byline.reporters == ("王丽萍", "李晓颖", "张明鸿")
    assert article.paragraphs[0].text == _DIGITAL


def test_an_authors_note_in_brackets_as_wide_as_the_column_under_a_title_is_the_byline() -> None:
    # pdfminer.six: the note that names the author, set across the column under the title, fills a column's line;
    # a full line was taken for a wrap of text whatever it held, and the note ran on as the title's last line.
    note = "（北京航空航天大学法学院副教授 王小明）"
    width = len(note) - 1
    first, then = _column(_DIGITAL, width), _column(_IRRIGATION * 3, width)
    page = newsseg.segment(
        f"数字经济行稳致远\n\n本报记者 李华\n\n{first}\n\n面对新技术，普通人如何保护自己\n\n{note}\n\n{then}\n"
    )
    assert [a.title for a in page.articles] == ["数字经济行稳致远", "面对新技术，普通人如何保护自己"]
    assert page.articles[1].byline is not None
    assert page.articles[1].byline.others == (("北京航空航天大学法学院副教授", "王小明"),)


def test_a_photo_items_title_over_its_caption_and_a_credit_set_apart_is_no_subhead() -> None:
    # pdfminer.six sets the credit apart by a blank line: 图片报道 was taken for a subhead between two texts, and
    # ended the article above as its last paragraph.
    caption = (
        "4月26日，2026中国山地越野公开赛在河北秦皇岛市举办，吸引了3000余名越野跑爱好者参赛。图为选手们途经一座吊桥。"
    )
    photo = f"图片报道\n\n{_column(caption, 40)}\n\n新华社记者 王小明摄\n"
    text = f"数字经济行稳致远\n\n本报记者 李华\n\n{_column(_DIGITAL, 18)}\n\n{photo}"
    first, photo = newsseg.segment(text).articles
    assert first.paragraphs[-1].text == _DIGITAL
    assert (photo.kind, photo.title, [c.text for c in photo.captions]) == ("photo", "图片报道", [caption])


def test_a_photo_items_title_after_a_cut_off_line_opens_the_photo_and_the_text_runs_on_after_it() -> None:
    # pdfminer.six: a photo set inside an article's columns, its title right under a line cut off mid-sentence, the
    # credit set apart by a blank line: 图片报道 ran on as the text's next words, and the text after the photo was
    # an article of its own.
    caption = (
        "海关总署6月9日发布的数据显示：前5个月，我国外贸延续稳定增长态势。图为在山东港口青岛港，一艘货轮停靠泊位。"
    )
    head, rest = _column(_DIGITAL[:40], 20), _column(_DIGITAL[40:], 20)
    photo = f"图片报道\n\n{_column(caption, 40)}\n\n王小明摄（新华社发）"
    page = newsseg.segment(f"数字经济行稳致远\n\n本报记者 李华\n\n{head}\n\n{photo}\n\n{rest}\n")
    article, item = page.articles
    assert "".join(p.text for p in article.paragraphs) == _DIGITAL
    assert (item.kind, item.title, [c.text for c in item.captions]) == ("photo", "图片报道", [caption])


def test_a_title_read_inside_an_articles_sentence_goes_to_its_own_article_and_the_sentence_runs_on() -> None:
    # pdfminer.six reads the next article's title between two columns of this one, inside a word (跨界剧 / title /
    # 目相继上演): the text under the title started an article of its own under it, and the next article, whose lead
    # the title names, stayed untitled.
    above = (
        "在汤显祖故里江西抚州，戏剧正成为对话世界\n的语言。今年举办的汤显祖国际戏剧交流月，\n"
        "吸引了海内外千余名专家学者与戏剧爱好者，\n英文版《牡丹亭》《南柯仲夏梦》等跨界剧"
    )
    below = "目相继上演，展现出东西方戏剧融合的新\n可能。"
    lead = "据伊朗迈赫尔通讯社25日援引一名伊朗议员的\n话报道，伊朗已就管控霍尔木兹海峡形成综合\n方案。"
    title = "方案成形　伊朗能“管\n住”霍尔木兹海峡吗"
    text = f"汤显祖故里新能源车开进莎士比亚小镇\n\n本报记者 李华\n\n{above}\n\n{title}\n\n{below}\n\n"
    text += f"新华社记者 王小明\n\n{lead}\n"
    first, second = newsseg.segment(text).articles
    assert "".join(p.text for p in first.paragraphs).endswith("等跨界剧目相继上演，展现出东西方戏剧融合的新可能。")
    assert second.title == "方案成形 伊朗能“管住”霍尔木兹海峡吗"
    assert second.byline is not None
    assert second.byline.reporters == ("王小明",)


def test_titles_drawn_inside_a_word_at_a_pages_end_are_a_title_and_the_text_runs_on_over_the_page() -> None:
    # pdftotext -raw prints a PDF page's titles where its content stream draws them: here after the text, which
    # stopped inside a word (通过区 / titles / next page: 分显式…). After a line cut off mid-sentence, title lines
    # needed firm evidence, and with no blank line on the page they ran on as the text.
    text = (
        "“十五五”规划纲要提出，完善人工智能领域法律法规、政策制度。近年来，我国在生成式人工智能治理领域持续探索，"
        "逐步构建起包含内容标识在内的制度框架。例如，新规《办法》通过区分显式标识与隐式标识，倡导以国家标准统一技术实现路径。"
    )
    cut = text.index("分显式")
    title = "内容标识制度：\n给生成式人工智\n能内容赋予清晰\n“身份”"
    page = newsseg.segment(f"林小明\n{_column(text[:cut], 14)}\n{title}\n\f{_column(text[cut:], 14)}\n")
    [article] = page.articles
    assert article.title == "内容标识制度：给生成式人工智能内容赋予清晰“身份”"
    assert "".join(p.text for p in article.paragraphs) == text


@pytest.mark.parametrize(
    "page_end",
    [
        pytest.param(
            "",
            marks=pytest.mark.xfail(
                reason="inside a page the run closes on nothing firm: the short line under it reads as text (closing "
                "an inserted run on it cost pdftotext -raw 0.949 -> 0.895 on the 685 evaluation pages)",
                strict=True,
            ),
        ),
        "\f",
    ],
    ids=["inside the page", "at the page's end"],
)
def test_a_title_drawn_inside_a_sentence_the_short_line_after_it_ends_is_a_title(page_end: str) -> None:
    # pdftotext -raw prints a title where the content stream draws it: between a line that stops at a comma and the
    # short line that ends its sentence (…不仅是荣誉， / 白鹿原上有“村厨” / 更是尊重与认可。), no word cut to join them.
    text = (
        "赛事不设高门槛，不唯出身，不唯学历，只要有一手好厨艺，乡间灶台前的厨师也能站上赛场，与同行切磋比拼。"
        "这项赛事已经连续举办了两届，吸引了周边村镇许多厨师报名参加，比赛现场的气氛热烈。"
        "冠军、亚军、季军，不仅是荣誉，更是尊重与认可。"
    )
    cut = text.index("更是")
    assert cut % 15 == 0  # the line before the title fills the column
    page = newsseg.segment(f"张明\n{_column(text[:cut], 15)}\n白鹿原上有“村厨”\n{page_end}{_column(text[cut:], 15)}\n")
    [article] = page.articles
    assert article.title == "白鹿原上有“村厨”"
    assert "".join(p.text for p in article.paragraphs) == text


def test_a_title_set_in_from_the_column_inside_its_articles_text_heads_it() -> None:
    # pdftotext -layout keeps a title's place in its column: set in far from the column's edge, between two parts
    # of one sentence (…增强党组 / title / 织政治功能…). After a line cut off mid-sentence, title lines needed a byline
    # under them, and the title ran on as the text.
    text = (
        "新就业群体服务管理工作事关广大劳动者切身利益。《意见》起草工作坚持以人民为中心，依法维护新就业群体合法权益，"
        "不断优化服务供给，增强党组织政治功能和组织功能，引导新就业群体听党话、跟党走。"
    )
    cut = text.index("织政治")
    title = "         中央社会工作部负责人\n 就《关于加强新就业群体\n服务管理的意见》答记者问"
    [article] = newsseg.segment(
        f"本报记者 李华\n{_column(text[:cut], 15)}\n\n{title}\n\n{_column(text[cut:], 15)}\n"
    ).articles
    assert article.headline is not None
    assert (article.headline.kicker, article.title) == (
        "中央社会工作部负责人",
        "就《关于加强新就业群体服务管理的意见》答记者问",
    )
    assert "".join(p.text for p in article.paragraphs) == text


@pytest.mark.parametrize(
    "above",
    [
        pytest.param("\n", id="pdftotext-raw-no-blank-line"),
        pytest.param("\n\n", id="pdftotext-a-blank-line-above-only"),
    ],
)
def test_a_title_over_its_subtitles_dash_is_a_title_however_wide_the_subtitle(above: str) -> None:
    # …会议。 / “感谢中国朋友的无私帮助” / ——访尼泊尔国家重建局局长贾瓦利 / text: on a page with no blank line
    # (pdftotext -raw), or set apart from the text above by one and run on into the text under it (pdftotext). The
    # subtitle is set wider than the column, so the two lines were no block short of it, and they ran on as text.
    body = "“尼中友好源远流长。中国国家主席对尼泊尔的访问，让两国的友谊提升到一个更高的层次。”尼泊尔国家重建局局长说。"
    title = "“感谢中国朋友的无私帮助”\n——访尼泊尔国家重建局局长贾瓦利"
    page = newsseg.segment(
        f"数字经济行稳致远\n本报记者 李华\n{_column(_DIGITAL, 13)}{above}{title}\n{_column(body, 13)}\n"
    )
    first, second = page.articles
    assert first.paragraphs[-1].text == _DIGITAL
    assert second.headline is not None
    assert (second.title, second.headline.subtitle) == ("“感谢中国朋友的无私帮助”", "访尼泊尔国家重建局局长贾瓦利")
    assert second.paragraphs[0].text == body


@pytest.mark.parametrize("above", ["\n", "\n\n"])
@pytest.mark.parametrize("item", ["——加快建设现代化产业体系；", "——坚持稳中求进，推动高质量发展"])
def test_an_enumerations_dash_under_a_line_is_no_subtitle(item: str, above: str) -> None:
    # An enumeration's item opens with a dash too, after a colon, and ends on its mark: no title over a subtitle,
    # with no blank line on the page or one above the lines.
    text = _column(_DIGITAL, 13)
    page = newsseg.segment(f"数字经济行稳致远\n本报记者 李华\n{text}{above}要做好以下工作：\n{item}\n{text}\n")
    assert len(page.articles) == 1


def test_a_page_that_does_not_show_which_way_titles_go_goes_the_way_of_the_texts_other_pages() -> None:
    # pdftotext -raw, one laid-out page over two PDF pages: the first plainly has its titles after the bodies; the
    # second opens with a photo's caption ending in its credit, then the photo's title, then a dispatch. Read alone,
    # the title before the dispatch said titles precede their bodies there: each title went to the article after.
    first = f"{_column(_FIRST + _RUN_ON, 14)}\n城市更新方案发布"
    caption = (
        "海关总署6月9日发布的数据显示：前5个月，我国外贸延续稳定增长态势，货物贸易进出口总值20.68万亿元，同比增长15.3%。"
        "图为青岛港，一艘装载外贸集装箱的货轮停靠泊位。 王小明摄（新华社发）"
    )
    second = "\n".join(
        [
            _column(caption, 40),
            "图片报道",
            _column(_BESIDE, 18),
            "上海启动夏季防汛演练",
            _column(f"新华社北京4月22日电 {_DIGITAL}", 18),
            "数字经济行稳致远",
        ]
    )
    page = newsseg.segment(f"{first}\n\f{second}\n")
    titles = {a.paragraphs[0].text[:6]: a.title for a in page.articles if a.paragraphs}
    assert titles == {
        "有关部门今天": "城市更新方案发布",
        "上海市今天启": "上海启动夏季防汛演练",
        "近年来，我国": "数字经济行稳致远",
    }


def test_a_title_set_apart_over_the_title_of_the_article_under_it_finds_the_untitled_article_it_names() -> None:
    # pdftotext reads one article's title (…村厨) before the next article's title, author and text, parted from them
    # by a blank line; its own article comes later, under an author line and no title. The two titles were read as
    # one (白鹿原上有“村厨”塞上春行新气象), and the later article had none.
    cooks = (
        "秦岭脚下的陕西省蓝田县，这个春天，村厨大赛悄然打响。3月下旬，白鹿原上第二届村厨技能争霸赛开锣，"
        "42位村厨围绕一道家常菜比拼基本功。"
    )
    text = "\n".join(
        [
            "瓜棚上面红旗飘",
            "张力元",
            _column(_DIGITAL, 20),
            "",
            "白鹿原上有“村厨”",
            "",
            "塞上春行新气象",
            "张新新",
            _column(_IRRIGATION, 20),
            "",
            "张斌",
            _column(cooks, 20),
        ]
    )
    titles = {a.paragraphs[0].text[:4]: a.title for a in newsseg.segment(text + "\n").articles}
    assert titles == {"近年来，": "瓜棚上面红旗飘", "眼下，黄": "塞上春行新气象", "秦岭脚下": "白鹿原上有“村厨”"}


def test_a_title_wrapped_after_a_name_and_one_character_under_another_title_is_no_authors_line() -> None:
    # pdfminer.six: two titles in a narrow column, the second wrapped after a name and one more character (谌贻琴访 /
    # 问保加利亚), right under the first's last line: the four characters were the author line of the article under.
    text = "\n".join(
        [
            "第九届进博会推介会",
            "在阿斯塔纳举办",
            "",
            "谌贻琴访",
            "问保加利亚",
            "",
            _column(f"新华社索非亚6月8日电 {_DIGITAL}", 16),
            "",
            _column("本报阿斯塔纳6月9日电（记者李强）6月8日，第九届进博会推介会在阿斯塔纳成功举办。", 16),
        ]
    )
    articles = newsseg.segment(text + "\n").articles
    article = next(a for a in articles if a.paragraphs and a.paragraphs[0].text.startswith("近年来"))
    assert article.title == "谌贻琴访问保加利亚"
    assert article.byline is not None
    assert article.byline.text == "新华社索非亚6月8日电"


def test_a_word_in_quotes_alone_over_a_stacked_titles_next_line_is_no_title_of_its_own() -> None:
    # pdfminer.six prints titles after the bodies: “炼化” / 也许冰冷 职场要有温度 under two untitled texts. The quoted
    # word alone was given to the report before the article, whose lead says 炼化 (the article's own does not), and
    # the title lost it.
    report = "新华社深圳4月27日电 “炼化”一词近来在网上走红，多家平台表示将规范相关应用。"
    work = "离职同事的工作痕迹被提取、复刻，以数字分身的形态继续在岗。职场要有温度，技术再冰冷也不能越界。"
    text = "\n".join(
        [_column(report, 16), "", "（本报记者张武岳）", _column(work, 16), "", "“炼化”", "也许冰冷 职场要有温度"]
    )
    titles = {a.paragraphs[0].text[:4]: a.title for a in newsseg.segment(text + "\n").articles if a.paragraphs}
    assert titles == {"“炼化”": None, "离职同事": "“炼化”也许冰冷 职场要有温度"}


@pytest.mark.parametrize(
    ("opening", "split"),
    [
        ("当地时间5月12日，2026年游泳世界杯多哈站比赛落幕。", True),  # a dispatch: a new article
        ("除了常规赛事外，今年的游泳世界杯多哈站比赛有一些亮点。", False),  # the same article's next section
    ],
)
def test_a_kicker_and_title_run_on_under_an_articles_end_head_a_dispatch_that_opens_on_its_day(
    opening: str, split: bool
) -> None:
    # pdftotext: …击败日本队选手。 / 游泳世界杯，中国队收获3金2银 / blank / 备战亚运会，还要加把劲 / 当地时间…: no
    # blank line above the kicker. A subhead pair run on the same way (新任务 / blank / 多学科联合观监测) heads the
    # same article's next section, whose text does not open on a day.
    first = _column(
        "据新华社大阪5月12日电 12日，在大阪进行的羽毛球亚洲锦标赛上，中国队选手在男单决赛中战胜队友，"
        "中国队选手在女单决赛中击败日本队选手。至此，中国队夺得了除女双项目外本届锦标赛的全部金牌。"
        "男单决赛的第一局，对手轻松拿下。之后，中国队选手发动了反击，连下两局，品尝到了久违的冠军滋味。"
        "女单赛场上，今年状态火热的小将获得了她在本赛季各站巡回赛中的第三个冠军。",
        22,
    )
    then = _column(
        opening + "中国游泳队共获得3金2银，队员们在场上的表现虽有亮点，却也暴露出许多问题。在多个项目的角逐中，"
        "中国队并非没有优势，但却因过多的失误屡屡痛失好局，这是必须向世界优秀运动员学习的地方。",
        22,
    )
    text = f"羽毛球亚锦赛落幕\n\n{first}\n游泳世界杯，中国队收获3金2银\n\n备战亚运会，还要加把劲\n{then}\n"
    page = newsseg.segment(text)
    titles = [a.headline.main if a.headline else None for a in page.articles]
    if split:
        assert titles == ["羽毛球亚锦赛落幕", "备战亚运会，还要加把劲"]
        assert page.articles[1].headline.kicker == "游泳世界杯，中国队收获3金2银"
    else:
        assert titles == ["羽毛球亚锦赛落幕"]


def test_a_caption_across_columns_under_its_credit_is_the_photos_where_no_line_is_blank() -> None:
    # pdftotext -raw prints no blank line: 习近平和彭丽媛参谒中朝友谊塔 / 新华社记者 丁海涛摄 / the caption across the
    # photo, as wide as three columns / the article's dispatch in its column. The caption is no body line, which
    # never runs past its column, however it stands against the lines around it.
    caption = "当地时间5月12日上午，参加中外青年交流活动的各国青年代表在城市规划展览馆参观，了解这座城市的发展历程。"
    body = _column(
        "本报上海5月12日电 （记者王明）当地时间5月12日上午，参加中外青年交流活动的各国青年代表来到城市规划展览馆，"
        "了解这座城市的发展历程。代表们表示，这座城市的发展令人印象深刻。活动期间，代表们还将走进社区、企业和高校，"
        "同中国青年面对面交流，进一步增进了解、加深友谊。主办方介绍，今年的活动共有来自三十多个国家的青年代表参加。",
        14,
    )
    text = f"中外青年交流活动在沪举行\n新华社记者 李华摄\n{caption[:40]}\n{caption[40:]}\n{body}\n"
    (article,) = newsseg.segment(text).articles
    assert [c.text for c in article.captions] == [caption]
    assert article.byline is not None
    assert article.byline.reporters == ("王明",)
    assert article.paragraphs[0].text.startswith("当地时间5月12日上午，参加")


def test_a_columns_last_line_that_stops_on_a_comma_is_no_line_of_the_title_under_it() -> None:
    # pdfminer.six: …种植智慧。 / blank / 朋友笑着揭开了谜底：秭归地处三峡库区核心， (a paragraph's first line, full,
    # where the column ends) / blank / 瓜棚上面红旗飘 / blank / 张力元 / blank / the next article.
    first = _column(
        "清晨的江边薄雾还没有散去，早起的渔民已经把船划到了江心，撒下第一网。岸上的茶园里，采茶人背着竹篓穿行在茶垄"
        "之间，指尖翻飞，嫩芽一片片落进篓中。这里的好茶之所以出名，背后是得天独厚的地理禀赋与千年传承的种植智慧。",
        22,
    )
    cut = "老茶农笑着揭开了谜底：这里地处江南丘陵的腹地，"
    second = _column(
        "行驶在城郊的公路上，如果看到窗外的大棚一座连着一座，估计就是到了镇上。大棚上若还飘着红旗，那肯定是这个镇。"
        "这个镇是全国有名的蔬菜集散地，每到收获的季节，集市上人来人往，十分热闹。",
        22,
    )
    text = f"茶香满江南\n\n刘军\n\n{first}\n\n{cut}\n\n瓜棚上面红旗飘\n\n李华\n\n{second}\n"
    page = newsseg.segment(text)
    titles = [a.headline.main if a.headline else None for a in page.articles]
    assert titles == ["茶香满江南", "瓜棚上面红旗飘"]
    assert page.articles[0].paragraphs[-1].text == cut


def test_a_page_that_opens_on_the_rest_of_the_article_before_keeps_its_titles_over_their_bodies() -> None:
    # pdftotext -raw, two printed pages: the first ends mid-sentence (…实施劳动习惯 / form feed / 养成计划。…); the
    # second's lines of that text before its first title do not show that its titles follow their bodies: each title
    # there stands over its author line and its text, as on the page before.
    rest = "养成计划。" + "各地学校把课堂搬出教室，劳动教育的形式日益丰富，孩子们在田间地头学会了耕种和收获。" * 4
    first = _column(
        "劳动教育是培养孩子全面发展的重要途径。近年来，各地积极探索，让孩子们在劳动中成长。今年，教育部要求大中小学"
        "每学年设立劳动周，实施劳动习惯",
        18,
    )
    second = _column("今年是全民阅读活动开展的第一年，各地推出丰富多样的活动，提高阅读的便利性和趣味性。" * 2, 18)
    third = _column("城市更新是推动城市高质量发展的重要抓手，各地因地制宜，让老旧小区焕发新的活力。" * 2, 18)
    text = (
        f"在劳动中成长\n张志锋\n{first}\n\f{_column(rest, 18)}\n书香满城\n徐之文\n{second}\n"
        f"老旧小区焕新颜\n李华\n{third}\n"
    )
    page = newsseg.segment(text)
    titled = {a.title: a.paragraphs[0].text[:6] for a in page.articles}
    assert titled == {"在劳动中成长": "劳动教育是培", "书香满城": "今年是全民阅", "老旧小区焕新颜": "城市更新是推"}
    assert "实施劳动习惯养成计划。" in "".join(p.text for p in page.articles[0].paragraphs)


def test_an_author_line_wrapped_before_whole_names_keeps_them_all() -> None:
    # pdftotext, a narrow column: 本报记者 黄浩然 / 姚子云 赵家淞 / the text. The second line is names alone, each
    # whole, so no lone character shows the wrap; they are the byline's all the same, not the first paragraph.
    body = _column(
        "一辆电动车缓缓驶过小镇的石板路，镇中心一座为纪念中英文化交流而建的中式园林静立一旁，飞檐在阳光下格外醒目。", 11
    )
    (article,) = newsseg.segment(f"新能源车开进小镇\n\n本报记者 黄浩然\n姚子云 赵家淞\n{body}\n").articles
    assert article.byline is not None
    assert article.byline.reporters == ("黄浩然", "姚子云", "赵家淞")
    assert article.paragraphs[0].text.startswith("一辆电动车")


def test_a_block_that_opens_on_a_sentences_last_word_finishes_the_article_left_open() -> None:
    # pdfminer.six: …保护区已接待约5000名 (an article's column ends mid-sentence) / the next article / blank /
    # 游客。”库金说，… The block opens on a sentence's tail, which no paragraph does, and no word runs across the
    # break to show where it goes: it finishes the article that was left open, not the one it follows.
    first = _column(
        "新华社明斯克4月26日电 白俄罗斯的核禁区如今已向游客开放，前来参观的人越来越多。保护区负责人说，"
        "这里的辐射水平在可控范围内，游客区域都被草皮覆盖。“2018年以来，保护区已接待约5000名",
        18,
    )
    second = _column(
        "新华社柏林4月26日电 德国一家舆情研究所25日发布的最新民调显示，一个政党的支持率已升至28%，"
        "创下该机构开展相关民调以来的最高纪录。其他几家民调机构的数据也显示，该党支持率近期维持在高位。",
        18,
    )
    rest = _column("游客。”库金说，“最重要的是让游客了解当年事故的相关问题，科学家将陪同游客并详细讲解。”", 18)
    text = f"走进核禁区\n\n{first}\n\n民调创新高\n\n{second}\n\n{rest}\n"
    page = newsseg.segment(text)
    by_title = {a.title: "".join(p.text for p in a.paragraphs) for a in page.articles}
    assert "约5000名游客。”库金说" in by_title["走进核禁区"]
    assert by_title["民调创新高"].endswith("维持在高位。")


def test_a_block_that_opens_on_a_figure_ending_a_sentence_finishes_the_article_left_open() -> None:
    # pdftotext: …民间投资同比增长 (a column's last line, its figures measured narrow, so it seems not to fill the
    # column) / the next article / blank / 4.7%。 / a new paragraph. A figure that ends a sentence opens no paragraph
    # either: the block finishes the article left open.
    first = _column(
        "新华社郑州4月28日电 根据测算，全省融入服务全国统一大市场指数为119，物流总费用占GDP的12.9%，"
        "连续7年优于全国。新设经营主体96.3万户，民间投资同比增长",
        18,
    )
    second = _column(
        "新华社重庆4月28日电 石柱县桥头镇的农家院里笑语盈盈，写生学子点缀田畴巷陌。去年全镇接待写生人员超3.5万人次，"
        "综合收益超过六百万元。",
        18,
    )
    rest = "4.7%。\n" + _column(
        "研究院院长表示，改革背后是发展逻辑之变，通过融入服务全国统一大市场，全省不断激活通道优势。", 18
    )
    text = f"奋进的中原\n\n{first}\n\n写生小镇\n\n{second}\n\n{rest}\n"
    page = newsseg.segment(text)
    by_title = {a.title: "".join(p.text for p in a.paragraphs) for a in page.articles}
    assert "民间投资同比增长4.7%。研究院院长表示" in by_title["奋进的中原"]
    assert by_title["写生小镇"].endswith("综合收益超过六百万元。")


def test_a_title_printed_after_its_body_in_a_stack_over_the_next_dispatch_heads_that_body() -> None:
    # pdftotext, a page of titles after their bodies: …“政治反射动作”。 / blank / 一手撤军一手加税 / 美国如此“惩罚”盟
    # / 友德国 / blank / 以媒：以色列加紧对 / 伊朗和加沙“备战” / 新华社耶路撒冷5月3日电… The stack's first title names
    # the body above it, the second heads the dispatch under it: each goes to its own, not both to the body above.
    first = _column(
        "本报北京5月3日电 今年以来，城市更新行动在全国各地持续推进，老旧小区改造和完整社区建设取得积极进展。"
        "各地因地制宜，统筹推进基础设施更新改造、城市生态修复和历史文化保护，让城市更宜居、更韧性、更智慧。",
        18,
    )
    above = _column(
        "新华社柏林5月3日电 美国政府宣布从德国撤出部分驻军，并对德国汽车加征关税。德国官员表示，"
        "美方撤军和加税的两项表态，与其说是连贯的策略，不如说是一种政治反射动作。",
        18,
    )
    under = _column(
        "新华社耶路撒冷5月3日电 据以色列媒体报道，以色列总理将于3日召开安全内阁会议，讨论伊朗和加沙地带局势。"
        "以方正加紧这两条战线的备战。",
        18,
    )
    text = (
        f"{first}\n城市更新行动持续推进\n\n{above}\n\n一手撤军一手加税\n美国如此“惩罚”盟\n友德国\n\n"
        f"以媒：以色列加紧对\n伊朗和加沙“备战”\n{under}\n"
    )
    page = newsseg.segment(text)
    titled = {a.paragraphs[0].text[:6]: a.title for a in page.articles}
    assert titled["美国政府宣布"] == "一手撤军一手加税美国如此“惩罚”盟友德国"
    assert titled["据以色列媒体"] == "以媒：以色列加紧对伊朗和加沙“备战”"


def test_a_signature_wrapped_at_the_foot_of_two_pages_is_no_running_footer() -> None:
    """``长）`` closing a wrapped signature at the foot of two of four pages is the signature's, not a footer."""
    body = "".join(f"第{n}段，示范区召开会议，部署下一步工作，\n推动各项任务落地见效。\n" for n in range(4))
    heads = [
        ("示范区召开会议", "郭树勋"),
        ("全市举行活动", "付凯明"),
        ("高新区发布报告", "黄浩然"),
        ("新城区开展评议", "姚子云"),
    ]
    sign = "（作者系中国社会工作联合会副会\n长）"
    pages = [f"{title}\n\n{name}\n{body}{sign if n in (1, 2) else ''}" for n, (title, name) in enumerate(heads)]
    assert "长）" not in newsseg.Conventions.learn(pages).running_heads
    page = newsseg.segment("\n\f".join(pages))
    signed = [a for a in page.articles if a.paragraphs and "作者系" in a.paragraphs[-1].text]
    assert [a.paragraphs[-1].text for a in signed] == ["（作者系中国社会工作联合会副会长）"] * 2
    assert not [x.text for x in page.leftovers if "长）" in x.text]


def test_a_block_that_closes_a_bracket_finishes_the_article_stopped_inside_it() -> None:
    """Columns read out of order: the tail of a signature, after another article, goes back to the one it closes."""
    filler = "濟州航空一架載有乘客和機組員的班機上午失事，" * 3
    first = "（中央社記者廖禹揚首爾7日專電）\n" + _column(
        f"韓國政府今天就空難公布調查報告，{filler}調查仍在進行。（譯者：曹", 17
    )
    second = "（中央社記者王朝鈺基隆30日電）\n" + _column(
        f"基隆市今天舉行防災演練，{filler}市府動員上千人參加。（編輯：陳鎧妤）", 17
    )
    page = newsseg.segment(f"{first}\n\n{second}\n1131230\n\n宇帆/核稿：何宏儒）1140206\n")
    closed, other = page.articles
    assert _read_on(page.source, closed.paragraphs[-1]) == "宇帆/核稿：何宏儒）1140206"
    assert other.paragraphs[-1].text.endswith("（編輯：陳鎧妤）1131230")


def test_a_traditional_page_takes_up_a_word_cut_by_its_column_after_the_article_beside_it() -> None:
    """The word across the break (監 / 督) is asked of the Simplified copy: jieba's dictionary has 监督, not 監督."""
    first = (
        "（中央社記者王明台北20日電）有關部門今天發布新的城市更新方案，提出在三年內完成老舊社區改造任務，"
        "並同步推進社區養老和托育設施建設，方案要求各地接受社會監"
    )
    beside = (
        "（中央社記者李華高雄21日電）高雄市今天啟動今年的夏季防汛演練，全市各區同時參加，演練持續兩天，"
        "重點檢驗地下空間和低窪地區的排水能力。"
    )
    page = newsseg.segment("\n\n".join(_column(part) for part in (first, beside, "督，並在年底前報送工作進展情況。")))
    cut, other = page.articles
    assert _read_on(page.source, cut.paragraphs[-1]) == "督，並在年底前報送工作進展情況。"
    assert other.paragraphs[-1].text.endswith("排水能力。")


def test_a_block_read_before_the_article_whose_last_word_it_finishes_ends_that_article() -> None:
    """pdftotext -layout: the last column of one article (合，…发展。) is read before the article that stops in 配."""
    beside = (
        "新华社上海4月21日电（记者李华）上海市今天启动今年的夏季防汛演练，全市各区同时参加，演练持续两天，"
        "重点检验地下空间和低洼地区的排水能力。"
    )
    block = "合，坚定维护好各自主权、安全、发展利益，推动两国关系不断向前发展。"
    cut = "新华社北京4月20日电（记者王明）两国领导人今天举行会谈，一致同意深化各领域务实合作，双方要相互支持，加强配"
    after = "新华社广州4月22日电（记者赵强）广州市今天发布新的城市更新方案，提出在三年内完成老旧小区改造任务。"
    text = "\n\n".join([_column(beside), _column(block), _column(cut), "城市更新方案发布", _column(after)]) + "\n"
    first, second, third = newsseg.segment(text).articles
    assert first.paragraphs[-1].text.endswith("排水能力。")
    assert _read_on(text, second.paragraphs[-1]) == block
    assert third.title == "城市更新方案发布"


def test_captions_stacked_over_their_credit_are_all_the_photos() -> None:
    """pdftotext -raw: two captions set wider than the text, one over the other, then the photo's credit."""
    body = (
        "（中央社記者趙敏雅新北20日電）民眾黨今晚發起活動，號召支持者聚集台北看守所，表達對前台北市長的支持。"
        "晚間7時許不少支持者到場，舉著標語板子並喊口號，黨主席黃國昌也到場致詞聲援。（編輯：龍柏安）1140620"
    )
    captions = [
        "前台北市長涉案遭起訴，羈押禁見。民眾黨20日晚間號召支持者聚集台北看守所外，黨主席黃國昌（圖）也到場聲援。",
        "前台北市長涉案遭起訴，目前在台北看守所內羈押禁見。他的妻子（圖）20日晚間在北所外靜坐，相信他能聽到鼓勵。",
    ]
    after = "（中央社記者洪學廣高雄1日電）高雄市今天舉行防災演練，全市各區同時參加，市府動員上千人參加。"
    lines = [
        _column(body, 19),
        *(_column(c, 22) for c in captions),
        "中央社記者趙敏雅攝 114年6月20日",
        _column(after, 19),
    ]
    first, second = newsseg.segment("\n".join(lines) + "\n").articles
    assert [c.text for c in first.captions] == captions
    assert first.paragraphs[-1].text.endswith("（編輯：龍柏安）1140620")
    assert second.paragraphs[-1].text.endswith("市府動員上千人參加。")


def test_a_wide_caption_ending_on_its_credit_is_the_photos_where_no_line_is_blank() -> None:
    """pdftotext -raw: a caption set wider than the text, its credit and day at the end of its last line."""
    body = (
        "（中央社記者洪學廣高雄1日電）前北市副市長彭振聲妻子今天在高雄住處墜樓身亡。高雄地檢署表示，"
        "此案經檢察官相驗完畢，尚無外力介入情形。（編輯：林恕暉）"
    )
    caption = "台北市前副市長彭振聲的妻子1日不幸辭世，彭振聲兒子（圖）下午前往高雄市殯儀館見母親最後一面。"
    after = "（中央社記者郭建伸台北3日電）立法院今天舉行全院委員會，審查大法官被提名人，朝野立委輪番提問。"
    text = "\n".join([_column(body, 19), _column(caption, 22) + " 中央社記者董俊志攝 114年7月1日", _column(after, 19)])
    page = newsseg.segment(text + "\n")
    # a caption, of the article above or of a photo item of its own, and no paragraph of either article
    assert [c.text for a in page.articles for c in a.captions] == [caption]
    first, last = page.articles[0], page.articles[-1]
    assert first.paragraphs[-1].text.endswith("（編輯：林恕暉）")
    assert last.paragraphs[0].text.startswith("立法院今天")


@pytest.mark.parametrize(("label", "titled"), [("重要言论", True), ("【点评】", False)])
def test_a_short_line_after_a_finished_sentence_heads_what_follows_where_no_line_is_blank(
    label: str, titled: bool
) -> None:
    """pdftotext -raw: a box's label after an article's end heads the box; a bracketed part label stays inside."""
    text = (
        "领导干部读书要讲求方法和技巧，以真诚的态度投身阅读，以坚定信念投身实践，"
        "让书香浸润浩然之气，让阅读赋能治理实践。"
    )
    quote = (
        "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
        "更好统筹国内国际两个大局，努力实现良好开局。"
    )
    lines = ["领导干部读书贵在得法", "王学斌", _column(text), label, "  " + quote[:16], _column(quote[16:])]
    page = newsseg.segment("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == (["领导干部读书贵在得法", label] if titled else ["领导干部读书贵在得法"])
    assert page.articles[-1].paragraphs[-1].text.endswith("努力实现良好开局。")


@pytest.mark.parametrize(
    ("note", "after"),
    [
        ("（本报印度金奈10月14日电\n记者管克江、王芳、王海\n林、徐伟、丁雪真、苑基荣）\n", ""),
        # pdftotext: the role word alone on its line, read as the next article's author line, the next title after
        (
            "（本报印度金奈10月14日电\n记者\n管克江、王芳、王海林、徐伟、丁雪真、\n苑基荣）\n",
            "\n杨洁篪将出席金砖国家\n安全事务高级代表会议\n本报北京10月14日电（记者韩晓明）外交部发言人耿爽14日宣布此事。\n",
        ),
    ],
    ids=["names after the role word", "the role word alone"],
)
def test_a_dispatch_head_in_brackets_closing_a_report_is_its_byline(note: str, after: str) -> None:
    """A short report closes on where it was filed and by whom, wrapped over three lines; the text stays."""
    text = (
        "中印经贸合作迎来更广阔发展空间\n\n"
        "  10月11日—12日，两国领导人在金奈举行非正式会晤，\n双方同意进一步扩大贸易和投资合作。\n"
        "  “中方欢迎印度更多适销对路的产品进入中国市场。”\n" + note + after
    )
    article, *rest = newsseg.segment(text).articles
    assert len(rest) == (1 if after else 0)
    assert article.byline is not None
    assert article.byline.reporters == ("管克江", "王芳", "王海林", "徐伟", "丁雪真", "苑基荣")
    assert article.paragraphs[-1].text.endswith("苑基荣）")
    assert newsseg.parse_byline("（本报北京10月14日电 记者王芳）").reporters == ("王芳",)


def test_a_photo_read_right_after_the_titled_article_it_pictures_is_that_articles() -> None:
    """pdfminer.six: the caption set wide under the article, its credit after it, then the next article's title."""
    text = (
        "本报平壤6月9日电（记者杨翘楚）当地时间6月9日上午，正在朝鲜进行国事访问的国家主席和夫人参谒中朝友谊塔。"
        "朝鲜领导人和夫人陪同。两国领导人共同出席了相关活动，有关方面负责人参加。"
    )
    caption = "当地时间6月9日上午，正在朝鲜进行国事访问的国家主席和夫人参谒中朝友谊塔。朝鲜领导人和夫人陪同。"
    after = "新华社北京6月9日电 6月8日，国家主席致电路易丝·阿伯，祝贺她就任加拿大第三十一任总督。"
    blocks = ["国家主席和夫人参谒中朝友谊塔", _column(text), _column(caption, 22), "新华社记者 丁海涛摄"]
    page = newsseg.segment("\n\n".join([*blocks, "国家主席向加拿大新任总督致贺电", _column(after)]) + "\n")
    pictured, other = page.articles
    assert [c.text for c in pictured.captions] == [caption]
    assert pictured.byline is not None
    assert pictured.byline.photographers == ("丁海涛",)
    assert other.title == "国家主席向加拿大新任总督致贺电"
    assert not other.captions


def test_a_paragraph_run_on_across_a_column_break_into_a_waiting_articles_word_goes_to_it() -> None:
    """pdftotext: two articles stop mid-sentence at their columns' feet; the column after both finishes 污水横 / 流."""
    first = (
        "推动生活之变，离不开勇往直前的行动力。再续生态之变，离不开协同融通的统筹力量。薛家洼过去的烟尘很弥漫，污水横"
    )
    second = (
        "理想的教育是怎样的？这取决于如何理解教育的首要目的。倘若只看重成才，教育就难免被压缩成单行道。"
        "教育的方式必然没有标准模板。读万卷书获取真知，行万"
    )
    rest = "流，非法码头侵蚀岸线，群众颇有怨言。生态修复、综合整治，必须一体推进治污、治岸、治渔。"
    # each stops at its column's foot, its last line full
    assert len(first) % 18 == 0
    assert len(second) % 18 == 0
    lines = [
        "感悟绿色发展的“三力”",
        "",
        "张志锋",
        _column(first),
        "",
        "烟火日常也是宝贵课堂",
        "",
        "徐阳",
        _column(second),
    ]
    page = newsseg.segment("\n".join([*lines, "", _column(rest)]) + "\n")
    cut, other = page.articles
    assert _read_on(page.source, cut.paragraphs[-1]) == rest
    assert other.paragraphs[-1].text.endswith("读万卷书获取真知，行万")


def test_a_name_letter_spaced_so_wide_the_extractor_parted_it_is_one_author() -> None:
    """pdftotext: 徐 之文 printed with wide spacing comes out as 徐 / blank / 之文 under the title."""
    text = (
        "图片报道\n徐\n\n之文\n"
        "今年是《全民阅读促进条例》正式施行的第一年，各地开展\n丰富多彩的阅读活动，书香社会蔚然成风。\n"
        "这正是：\n徐徐书卷展，\n处处盈墨香。\n"
    )
    page = newsseg.segment(text)
    photo = next(a for a in page.articles if a.title == "图片报道")
    assert photo.byline is not None
    assert photo.byline.reporters == ("徐之文",)
    assert photo.paragraphs[0].text.startswith("今年是《全民阅读促进条例》")


def test_text_after_a_note_that_closes_an_article_is_no_part_of_it() -> None:
    """pdfminer.six: a reprint closes on its source note; the photo item's text read after it starts anew."""
    body = (
        "不久前，湖南省博物馆与湖南烈士公园实现馆园融合，打破围墙，让文物走进公园，市民游客在家门口就能感受历史文化。"
    )
    note = "（摘编自《湖南日报》，原题为《湖南首创馆园融合》）"
    after = "教育部要求大中小学每学年设立劳动周，实施劳动习惯养成计划。江苏徐州，徐海路幼儿园开设厨艺、种植等特色课程。"
    text = "\n".join(["“馆园融合”打通文化经脉", "谭琳静", _column(body), _column(note), "", _column(after)]) + "\n"
    noted, other = newsseg.segment(text).articles
    assert noted.paragraphs[-1].text.endswith(note)
    assert other.paragraphs[0].text == after


def test_a_notice_under_a_sign_off_set_apart_over_a_photo_is_no_title() -> None:
    """pdfminer.six: a notice's first line set apart (its indent dropped, a comma inside) over a photo's credit."""
    body = (
        "（中央社記者洪學廣高雄1日電）高雄地檢署今天表示，此案經檢察官相驗完畢，綜合現場事證，"
        "尚無外力介入情形，家屬下午前往殯儀館。（編輯：林恕暉）1140701"
    )
    notice = "一定可以找到出路。若須諮商或相關協助，可撥衛福部專線「1925」、生命線專線「1995」。"
    caption = "台北市前副市長的妻子1日在高雄住處墜樓身亡，他聞訊痛哭失聲，向法院請假南下返家。"
    photo = "中央社記者董俊志攝 114年7月1日\n" + _column(caption, 22)
    page = newsseg.segment(
        "\n\n".join([_column(body), "珍惜生命，自殺不能解決問題，生命", _column(notice), photo]) + "\n"
    )
    assert [a.title for a in page.articles] == [None, None]
    assert page.articles[0].paragraphs[-1].text.startswith("珍惜生命，自殺不能解決問題，生命一定可以找到出路。")


def test_a_foreign_authors_name_glued_to_a_title_line_is_the_next_articles_author() -> None:
    """pdftotext -raw: the title's last line and the author of the piece beside it, printed on one baseline."""
    feature = (
        "登上位于广东省深圳市福田区的一座大楼，外国政党领导人和学者们俯瞰城市，纷纷表示深圳为世界带来了更多确定性。"
    )
    column = (
        "能够集中力量实现国家长远目标，是中国制度体系的一个优势。"
        "为确保制度运行能够不断为人民带来福祉，中国始终强调改革。"
    )
    lines = ["本报记者 龚鸣", _column(feature), "科技创新的高地", "世界合作的舞台 罗伯特·劳伦斯·库恩", _column(column)]
    page = newsseg.segment("\n".join(lines) + "\n")
    authored = next(a for a in page.articles if a.paragraphs and a.paragraphs[0].text.startswith("能够集中力量"))
    assert authored.byline is not None
    assert authored.byline.reporters == ("罗伯特·劳伦斯·库恩",)
    assert all("库恩" not in (a.title or "") for a in page.articles)


@pytest.mark.parametrize("name", ["王学斌", "刘琼"])
def test_a_bare_name_glued_to_a_title_line_is_the_articles_author(name: str) -> None:
    """pdftotext -raw: a commentary's title and its author's bare name beside it, printed on one baseline."""
    body = "书籍是人类挚友、文明载体，也是领导干部更新认知、开阔视野、涵养能力的重要途径，读书更要得法。"
    page = newsseg.segment("\n".join([f"领导干部读书贵在得法 {name}", _column(body)]) + "\n")
    (article,) = page.articles
    assert article.title == "领导干部读书贵在得法"
    assert article.byline is not None
    assert article.byline.reporters == (name,)
    assert article.paragraphs[0].text == body


@pytest.mark.parametrize(
    "line",
    [
        "本报记者 龚鸣 关皓宇",  # an author line of two names
        "一江碧水东流 千里绘就长歌",  # a title's two phrases
        "推动高质量发展  王学斌",  # columns side by side (two spaces): no title's line alone
    ],
)
def test_a_line_that_is_no_title_beside_a_name_is_not_cut(line: str) -> None:
    assert [x.text for x in _split_glued_heads(list(iter_lines(line + "\n")))] == [line]


def test_an_author_under_a_title_whose_last_line_holds_one_character_heads_the_text() -> None:
    """A title wrapped to a last line of one character (…走深走 / 实), the author's bare name under it."""
    body = "随着人工智能技术的高速演进，生成式人工智能在模型能力上已取得阶段性突破，当前已不再是算力的竞赛。"
    page = newsseg.segment("\n".join(["全面推动“人工", "智能 +”走深走", "实", "刘琼", _column(body, 14)]) + "\n")
    (article,) = page.articles
    assert article.title == "全面推动“人工智能 +”走深走实"
    assert article.byline is not None
    assert article.byline.reporters == ("刘琼",)
    assert article.paragraphs[0].text == body


def test_an_author_on_a_pages_first_line_under_the_title_ending_the_page_before_heads_the_text() -> None:
    """pdftotext -raw: a form feed between a title (titles after their bodies) and the next article's author."""
    first = "培养使用党外代表人士，重视发挥他们在国家政治生活中的作用，是党的一贯政策与优良传统。"
    second = "“十五五”规划纲要提出，完善人工智能领域法律法规、政策制度、应用规范、伦理准则。"
    text = "\n".join(["刘晓楠", _column(first), "推进党外代表人士队伍建设", "\f林北征", _column(second)]) + "\n"
    articles = newsseg.segment(text).articles
    assert [a.byline.reporters if a.byline else None for a in articles] == [("刘晓楠",), ("林北征",)]
    assert articles[1].paragraphs[0].text == second
    without = newsseg.segment(text.replace("推进党外代表人士队伍建设", "是党的一贯政策与优良传统。")).articles
    assert all(a.byline is None or "林北征" not in a.byline.reporters for a in without)


def test_a_title_ending_in_a_noun_on_an_open_mark_closes_over_the_next_author() -> None:
    """pdftotext -raw, titles after their bodies: 演进方向 ends a title, though 向 alone would leave a line open."""
    first = "近年来，随着大语言模型的快速迭代，词元的调用成本快速下降，谁就更有可能占据这条赛道的有利位置。"
    second = "当前，随着我国经济由高速增长阶段转向高质量发展阶段，居民的消费需求正发生深刻转变。"
    lines = [
        "杜晓宇",
        _column(first, 17),
        "词元经济的产业逻辑与演进方向",
        "陈光",
        _column(second, 17),
        "何为“体验经济”",
    ]
    articles = newsseg.segment("\n".join(lines) + "\n").articles
    assert [(a.title, a.byline.reporters if a.byline else None) for a in articles] == [
        ("词元经济的产业逻辑与演进方向", ("杜晓宇",)),
        ("何为“体验经济”", ("陈光",)),
    ]


@pytest.mark.parametrize(
    ("text", "noun"), [("演进方向", True), ("把握正确方向", True), ("决胜在", False), ("推动", False)]
)
def test_a_line_ends_in_a_noun_only_where_its_last_word_is_one(text: str, noun: bool) -> None:
    assert _ends_in_noun(text) is noun


def test_subheads_of_a_commentary_signed_by_a_note_at_its_end_stay_in_it_on_a_page_of_titles_after() -> None:
    """The last section's note on the author (（作者系…）), read as its signature, names no one: it ends the chain."""
    paragraphs = [
        "实现碳达峰碳中和，是党中央统筹国内国际两个大局作出的重大战略决策，是贯彻新发展理念的内在要求。",
        "习近平总书记强调，坚持“双碳”引领，推动全面绿色转型，改善生态环境质量，增强发展的潜力和后劲。",
        "“十四五”时期以来，我国以“双碳”目标为牵引，着力推动经济社会发展全面绿色转型，呈现新趋势新特征。",
        "绿色经济成为经济增长新动能。绿色经济相关产业呈现快速发展态势，新能源汽车产销量连续多年位居世界第一。",
        "“十五五”时期，顺应“双碳”目标下经济社会发展新趋势，协同推进降碳、减污、扩绿、增长，加快全面绿色转型。",
        "要健全绿色低碳发展政策体系，完善绿色产品设计、采购、制造标准，支持企业开发生产更多绿色低碳产品。",
    ]
    blocks = [
        "郭春丽",
        *(_column(text, 22) for text in paragraphs[:2]),
        "“双碳”目标引领经济社会发展全面绿色转型\n的新趋势新特征",
        *(_column(text, 22) for text in paragraphs[2:4]),
        "以碳达峰碳中和为牵引推动经济社会发展全面\n绿色转型",
        *(_column(text, 22) for text in paragraphs[4:5]),
        _column(paragraphs[5], 22) + "\n（作者系中国宏观经济研究院副院长）",
        "“双碳”目标引领经济社会发展全面绿色转型",
        "王学斌",
        _column("书籍是人类挚友、文明载体，也是领导干部更新认知、开阔视野、涵养能力的重要途径。", 22),
        "领导干部读书贵在得法",
    ]
    articles = newsseg.segment("\n\n".join(blocks) + "\n").articles
    assert [(a.title, a.byline.reporters if a.byline else None) for a in articles] == [
        ("“双碳”目标引领经济社会发展全面绿色转型", ("郭春丽",)),
        ("领导干部读书贵在得法", ("王学斌",)),
    ]
    texts = [p.text for p in articles[0].paragraphs]
    assert texts[0] == paragraphs[0]
    assert "以碳达峰碳中和为牵引推动经济社会发展全面绿色转型" in texts


def test_sections_under_labelled_subheads_after_a_lead_in_box_stay_in_its_feature() -> None:
    """Titles after their bodies: a subhead of a label over its phrase (新搭档 / “双龙”偕行探南极) after the lead-in
    box (核心阅读) is no title of the box's summary."""
    summary = "我国首艘自主建造的极地科学考察破冰船“雪龙2”号15日首航南极，它将与“雪龙”号一起开启“双龙探极”时代。"
    intro = "从1984年我国首次开展南极考察活动开始，到如今我国南极科考事业已走过35个年头，考察队将从深圳出发。"
    sections = [
        "第三十六次南极考察的最大亮点，是我国首艘自主建造的极地科学考察破冰船首航极地。",
        "南极地区部分海域常年冰封，破冰是航行的前提，但“雪龙”号的破冰能力有限，无法满足需求。",
        "为了更好地认识南极、保护南极、利用南极，我国多年来做出了不懈努力，已形成立体观测的局面。",
        "今年的任务有一些亮点。",
        "拿海上设备来说，海洋观测离不开浮标，装上新设备，愿“双龙”的首次合作探极，成果丰硕，满载而归。",
    ]
    other = "近日，辽宁省教育厅深化“放管服”改革，下放事项13项，高校可自主调整专业设置，报送有关部门备案。"
    blocks = [
        "核心阅读",
        _column(summary, 22),
        _column(intro, 22),
        "新搭档",
        "“双龙”偕行探南极",
        *(_column(text, 22) for text in sections[:2]),
        "新设备\n提升海陆空科考能力",
        *(_column(text, 22) for text in sections[2:]),
        "新装备、新任务，极地科考再启程\n“雪龙2”号去南极破冰",
        "本报沈阳10月14日电  （记者辛阳）" + _column(other, 22),
        "辽宁高校可自主调整专业设置",
    ]
    articles = newsseg.segment("\n\n".join(blocks) + "\n").articles
    assert [a.title for a in articles] == ["“雪龙2”号去南极破冰", "辽宁高校可自主调整专业设置"]
    texts = [p.text for p in articles[0].paragraphs]
    assert texts[0] == "核心阅读"
    assert texts[-1] == sections[-1]


def test_a_role_alone_on_a_line_heads_the_text_under_it() -> None:
    """pdfminer.six: 新华社记者, its names not printed, between one article's end and the next one's text."""
    first = "今年1月底，随着抚州国际陆港正式开通运行，一条连接内陆与海洋、贯通东西的物流新通道被激活。"
    second = "据伊朗迈赫尔通讯社25日援引一名伊朗议员的话报道，伊朗已就管理霍尔木兹海峡形成一个综合方案。"
    text = "\n\n".join(["抚州物流新通道开通", _column(first), "新华社记者", _column(second)]) + "\n"
    done, headed = newsseg.segment(text).articles
    assert done.paragraphs[-1].text == first
    assert headed.byline is not None
    assert headed.byline.agency == "新华社"
    assert headed.paragraphs[0].text == second


def test_a_heading_after_a_briefs_last_sentence_heads_the_next_article() -> None:
    """A dispatch of a few lines has no sections: a heading set apart after its last sentence is a new title."""
    brief = (
        "本报北京10月14日电 国家副主席今天会见塔吉克斯坦第一副总理。双方表示愿推动两国关系不断向前发展。"
        "赛义德表示，塔方高度重视发展对华关系，愿不断加强两国经贸和投资合作。"
    )
    feature = "十月金陵，丹桂飘香。为庆祝中美首对友好城市结好40周年，美国圣路易斯市市长一行到访南京参加相关庆祝活动。"
    more = "这是克鲁森出任市长后的首次外事访问。她表示，两市的友谊将永久传承下去。"
    # each paragraph's first line short of the column by the indent; the heading set apart on both sides
    body = "\n".join(p[:11] + "\n" + _column(p[11:], 13) for p in (feature, more))
    text = "\n".join(["胡春华会见塔吉克斯坦第一副总理", _column(brief, 13), "", "“我们的友谊将永久传承”", "", body])
    first, second = newsseg.segment(text + "\n").articles
    assert first.paragraphs[-1].text.endswith("两国经贸和投资合作。")
    assert second.title == "“我们的友谊将永久传承”"
    assert second.paragraphs[0].text.startswith("十月金陵，丹桂飘香。")


def test_a_wide_caption_ending_on_its_source_in_brackets_is_no_paragraph() -> None:
    """中央社 via pdftotext: a photo across columns cuts an article mid-sentence, its caption wider than the column
    and closed by its source in brackets, no credit line; the caption is the photo's, the text stays the article's."""
    first = (
        "（中央社記者葉素萍台北29日電）濟州航空一架載有175名乘客和6名機組員班機上午失事釀嚴重傷亡，總統府發言人今天"
        "表示，總統代表台灣政府及人民，向機上不幸罹難者及家屬致上深切哀悼之意，並希望傷者早日康復。這班濟州航空"
    )
    rest = "7C-2216失事班機上並無台灣籍旅客搭乘，總統已經指示外交部持續確保台灣民眾安全無虞。（編輯：林淑媛）1131229"
    caption = [
        "濟州航空班機29日降落韓國務安國際機場時衝出跑",
        "道撞向機場圍牆爆炸起火，其中179人身亡、僅2",
        "人生還。（韓聯社）",
    ]
    text = "\n\n".join([_column(first, 18), "\n".join(caption), _column(rest, 18)]) + "\n"
    (article,) = newsseg.segment(text).articles
    assert [c.text for c in article.captions] == ["".join(caption)]
    assert all("韓聯社" not in p.text for p in article.paragraphs)


def test_an_article_cut_by_its_column_runs_on_though_a_line_of_figures_is_a_little_wider() -> None:
    """A line with figures in it is measured a half character or so past the column (2024 in four half-width
    digits); the article it belongs to, its last line full, still runs on after the article read in between."""
    cut = [
        "针对此话题的讨论中，有些人",
        "还担心供职公司在2024年未经自",
        "己同意，就偷偷提取工作记",
        "录和沟通内容，训练出的模型",
    ]
    between = ["离职的同事工作痕迹被提取、", "复刻，以数字分身的形态继续", "在岗。对此，我们应当坦然接", "受吗？"]
    rest = ["已经上线运行，自己还被蒙在", "鼓里。"]
    first_head = ["技能可以炼化 隐私权不能让渡", "本报记者 张武岳"]
    second_head = ["炼化也许冰冷 职场要有温度", "本报记者 李明"]
    text = "\n".join([*first_head, *cut, "", *second_head, *between, "", *rest, ""])
    first, second = newsseg.segment(text).articles
    assert _read_on(text, first.paragraphs[-1]) == "已经上线运行，自己还被蒙在鼓里。"
    assert second.paragraphs[-1].text.endswith("坦然接受吗？")


def test_a_photo_after_an_untitled_dispatch_it_pictures_goes_to_it() -> None:
    """中央社: a photo's captions under a dispatch's sign-off name what its text names (EMAS 系統), not the next
    dispatch's: they are that article's, no photo item of their own, though no title heads it."""
    first = [
        "（中央社記者王承中台北30日電）民進",
        "黨立委李昆澤今天指出，台北松山機場跑",
        "道僅2600公尺。運安會主委林信得說，",
        "松機已裝設EMAS系統，可吸收飛機衝",
        "撞能量，減緩速度，且易碎材質，飛機撞",
        "上不會全毀。（編輯：蘇志宗）1131230",
    ]
    caption = "台北松山機場裝設工程材料攔阻系統（EMAS），可吸收飛機衝撞能量，減緩速度。（圖取自facebook.com/TSA.tw）"
    second = [
        "（中央社韓國務安郡30日綜合外電報導）",
        "韓國濟州航空波音737-800客機昨天",
        "降落時衝出跑道，造成179死的重大空",
        "難，政府今天下令全面檢查所有同機型飛",
        "機。（譯者：洪培英/核稿：劉淑琴）",
        "1131230",
    ]
    text = "\n".join([*first, "", caption[:-20], caption[-20:], "", *second]) + "\n"
    pictured, other = newsseg.segment(text).articles
    assert [c.text for c in pictured.captions] == [caption]
    assert other.captions == ()


def test_a_line_that_fills_the_column_and_leaves_a_quote_open_ends_no_title() -> None:
    """pdfminer.six: a subhead with the first line of its paragraph right under it, which fills the column and opens
    a quotation the line after the break closes: the two lines are no title of a new article."""
    lead = [
        "美加墨世界杯将于六月开幕门票销售",
        "情况引发各方关注在此机制下卖方通",
        "常通过提价来覆盖各项成本支出球迷",
        "们对此议论纷纷有人认为票价过高也",
        "有人认为物有所值国际足联对此回应",
        "称票价由市场供需关系决定并将继续",
        "关注球迷的反馈意见适时作出相应调",
        "整以保障更多球迷能够到现场观赛。",
    ]
    section = ["“史上最贵”世界杯？", "高昂的票价只是这届被称为“史上最", "", "贵”世界杯面临的诸多价格变化之一"]
    text = "\n".join(
        ["世界杯门票为何这么贵", "", "新华社记者 王明", "", *lead, "", *section, "本届赛事各项观赛成本普遍提高。", ""]
    )
    (article,) = newsseg.segment(text).articles
    assert article.title == "世界杯门票为何这么贵"
    assert article.paragraphs[-1].text.startswith("高昂的票价只是这届被称为“史上最贵”世界杯")


def test_a_title_between_two_untitled_dispatches_heads_the_one_it_names_apart() -> None:
    """Titles read as following their bodies here (the page opens on text), but the title between two dispatches of
    one day names the second: their shared words (国家主席习近平, 致贺电) tell nothing, 加拿大, 总督, 路易丝·阿伯 do."""
    georgia = [
        "新华社北京6月9日电 6月9日，国家主席",
        "习近平同格鲁吉亚总统卡韦拉什维利互致贺",
        "电，庆祝两国建交34周年。",
        "习近平指出，34年来，中格两国始终秉",
        "持互尊互信、合作共赢原则，推动双边关系",
        "健康稳定发展，各领域合作取得丰硕成果。",
    ]
    canada = [
        "新华社北京6月9日电 6月8日，国家主席",
        "习近平致电路易丝·阿伯，祝贺她就任加拿",
        "大第三十一任总督。",
        "习近平指出，中加关系健康稳定发展符",
        "合两国共同利益，也有利于世界和平稳定和",
        "发展繁荣。",
    ]
    text = "\n".join([*georgia, "", "习近平向加拿大新任总", "督路易丝·阿伯致贺电", *canada, ""])
    first, second = newsseg.segment(text).articles
    assert first.title is None
    assert second.title == "习近平向加拿大新任总督路易丝·阿伯致贺电"


def test_text_that_stops_mid_sentence_under_a_sign_off_is_no_notice_of_that_article() -> None:
    """中央社: what follows a dispatch's sign-off is its notice (珍惜生命…) only when it finishes its sentences; a
    block that stops mid-sentence is another article's text, read on after a column break."""
    cut = [
        "（中央社記者葉素萍台北29日電）濟州航空",
        "一架載有181人的班機從泰國曼谷起飛降落",
        "韓國全羅南道務安國際機場時，衝出",
    ]
    signed = [
        "（中央社記者王承中台北30日電）民進黨",
        "立委李昆澤今天指出，台北松山機場跑道僅",
        "2600公尺。運安會主委林信得說，松機已",
        "裝設EMAS系統，飛機撞上不會全毀。（編",
        "輯：蘇志宗）1131230",
    ]
    read_on = [
        "跑道撞護欄起火失事。韓國消防署在聲明中",
        "表示，目前有2人獲救，62人死亡。郭雅慧",
        "說，這班失事班機上並無台灣籍旅客搭乘，",
    ]
    last = [
        "（中央社韓國務安郡30日綜合外電報導）韓",
        "國政府今天下令全面檢查所有同機型飛機。",
        "（譯者：洪培英/核稿：劉淑琴）1131230",
    ]
    text = "\n".join([*cut, "", *signed, "", *read_on, "", *last, ""])
    page = newsseg.segment(text)
    signer = next(a for a in page.articles if a.byline is not None and "王承中" in a.byline.text)
    assert signer.paragraphs[-1].text.endswith("（編輯：蘇志宗）1131230")


def test_a_paragraphs_first_line_between_a_title_and_its_dispatch_is_the_article_aboves() -> None:
    """pdfminer.six: a column's last line (a paragraph's first) is read between the next article's title and its
    dispatch, and the paragraph's rest, a sentence's last words, after that article's text: both are the first
    article's, the title the dispatch's."""
    first = [
        "随着车辆继续深入核禁区，监测器显示",
        "的辐射强度数值不断攀升，发出的滴滴警",
        "告声也越发急促，记者的心也随之揪紧。",
        "",
        "“保护区内没有绝对安全的地方，无论如",
        "何我们都会受到辐射。”保护区副主任马",
        "克西姆·库金说，放射性物质大多附着在",
        "土壤和灰尘上，而游客区域大部分土壤都",
        "被草皮覆盖且没有扬尘，因此游客短期逗",
        "留受到的辐射剂量较为安全。",
    ]
    opening = "“2018年以来，保护区已接待了约5000名"  # fills the column
    dispatch = [
        "新华社柏林4月26日电 德国INSA舆情研",
        "究所25日发布的最新民调显示，极右翼的",
        "德国选择党支持率已升至28%。这是该机构",
        "开展相关民调以来，德国选择党支持率的",
        "最高纪录，继续稳居各党民调的榜首位置。",
    ]
    rest = ["游客。”库金说，“最重要的是让游客放", "下‘辐射恐惧症’，了解切尔诺贝利事故", "相关的问题。”"]
    head = ["40年后，走进切尔诺贝利核禁区", "", "新华社记者 陈汀", ""]
    title = ["民调机构：", "德国选择党支持率创新高"]
    text = "\n".join([*head, *first, "", *title, "", opening, "", *dispatch, "", *rest, ""])
    reportage, poll = newsseg.segment(text).articles
    assert "".join(p.text for p in reportage.paragraphs).endswith(opening + "".join(rest))
    assert poll.title == "民调机构：德国选择党支持率创新高"
    assert poll.paragraphs[-1].text.endswith("榜首位置。")


def _pdftotext_page(source: Path, tmp_path: Path, look: int = 0, extractor: str = "pdftotext") -> str:
    """The text ``extractor`` reads from ``source`` (a corpus file) typeset by ``../shared/tools/typeset.py``."""
    tool = SHARED / "tools" / "typeset.py"
    if not tool.exists() or not source.exists():
        pytest.skip("the shared corpus and tools (../shared) are not here")
    if importlib.util.find_spec("reportlab") is None or shutil.which("pdftotext") is None:
        pytest.skip("typesetting needs reportlab and pdftotext (poppler-utils)")
    command = [
        sys.executable,
        str(tool),
        str(source),
        "--seed",
        str(look),
        "--out",
        str(tmp_path),
        "--extractors",
        extractor,
    ]
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - our interpreter and the shared tool
    return (tmp_path / f"{source.stem}-{extractor}.txt").read_text(encoding="utf-8")


def test_a_kicker_and_its_title_printed_after_the_bodies_apart_head_one_article(tmp_path: Path) -> None:
    # Titles printed after their bodies (a 人民日报 page typeset in narrow columns, read back with pdftotext): a kicker
    # and its title, set apart by a blank line, come out as two groups of the page's stack of titles. The first heads
    # the article; the second, with no article left to head, is the rest of that title block, under it.
    text = _pdftotext_page(SHARED / "corpus" / "rmrb-20191015-p13.json", tmp_path)
    assert "体操世锦赛，\n中国队收获3银2铜\n\n备战奥运会，\n还要加把劲\n" in text  # the layout this test is about
    page = newsseg.segment(text)
    heads = {a.headline.main: a.headline.kicker for a in page.articles if a.headline}
    assert heads["备战奥运会，还要加把劲"] == "体操世锦赛，中国队收获3银2铜"


def test_a_title_after_the_bodies_heads_the_article_that_ends_right_above_the_titles(tmp_path: Path) -> None:
    # pdftotext, a 人民日报 page of our own collection typeset: a commentary's columns read around another's (张志锋's
    # text, then 徐阳's, then the rest of 张志锋's), then the page's titles stacked: 徐阳's, 张志锋's, and the title of
    # the commentary under them. The article opened last before the stack has its title, printed after its text; the
    # second title heads the article whose text ends right above the stack, not the one under it.
    text = _pdftotext_page(Path(__file__).parent / "papers" / "rmrb-20260427-p05.json", tmp_path)
    stack = (
        "（作者为本报安徽分社记者）\n\n烟火日常也是宝贵\n课堂（暖闻热评）\n\n"
        "感悟绿色发展的\n“三力”（现场评\n论）\n\n以微改革撬动外贸"
    )
    assert stack in text  # the layout this test is about
    page = newsseg.segment(text)
    titles = {a.paragraphs[0].text[:6]: a.title for a in page.articles if a.paragraphs}
    assert titles["推动生活之变"] == "感悟绿色发展的“三力”（现场评论）"
    assert titles["【关键词】“"] == "烟火日常也是宝贵课堂（暖闻热评）"
    assert titles["推进改革，也"] == "以微改革撬动外贸大棋局（人民时评）"


def test_the_one_title_left_over_heads_the_one_signed_article_without_one(tmp_path: Path) -> None:
    # The same page in another look: pdftotext reads 张志锋's commentary, then the others, each under its title, and
    # prints the first commentary's title after the last body, under no article. Its words are the untitled signed
    # article's (绿色发展, 三力), the page's only such article: it heads that one.
    text = _pdftotext_page(Path(__file__).parent / "papers" / "rmrb-20260427-p05.json", tmp_path, look=1)
    assert "自由驰骋。\n\n感悟绿色发展的\n“三力”（现场\n评论）\n\n\f" in text  # the layout: the page ends there
    page = newsseg.segment(text)
    titles = {a.paragraphs[0].text[:6]: a.title for a in page.articles if a.paragraphs}
    assert titles["推动生活之变"] == "感悟绿色发展的“三力”（现场评论）"
    assert not page.leftovers


def test_a_quotation_whole_on_its_line_set_apart_above_heads_the_text_under_it() -> None:
    # pdftotext: an interview's title, a quotation with no mark inside, set apart from the article above by a blank
    # line and run on into its text. It is as wide as a paragraph's first line and the line under it is a paragraph
    # of one line: only the quotation whole tells it is a title, as no paragraph's line is cut so.
    dispatch = (
        "新华社北京10月14日电（记者朱超）国务院副总理14日上午在中南海会见了来访的外国客人。"
        "双方表示，愿不断加强两国经贸和投资合作。"
    )
    feature = [
        "十月金陵，丹桂飘香。",
        "为庆祝两市结好四十周年，市长一行到访南京。她说：“我们的友谊将永久传承！”两市合作稳步推进。",
    ]
    text = _column(dispatch, 13) + "\n\n“我们的友谊将永久传承”\n" + "\n".join(_column(p, 13) for p in feature) + "\n"
    page = newsseg.segment(text)
    assert [(a.title, a.paragraphs[0].text[:4]) for a in page.articles] == [
        (None, "国务院副"),
        ("“我们的友谊将永久传承”", "十月金陵"),
    ]


def test_a_transliterated_name_under_a_title_is_its_author_not_a_wrap_of_it() -> None:
    # pdftotext: a commentary's title, its tag, and its author's name, a transliteration longer than half the column,
    # with no blank line between them; the text ends on a note on the author. Read as a wrap of the title, the name
    # left the commentary without an author, and the article above took it as a section under a subhead.
    feature = [
        "本报记者 王明",
        "登上位于深圳市福田区的大厦，可以看到一片繁忙的景象，各国代表在这里交流合作经验。",
        "“中国还提出一系列全球倡议和主张，为世界带来了更多确定性。”",
    ]
    commentary = [
        "能够集中力量实现国家长远目标，是中国制度体系的一个优势，改革始终在推进。",
        "中国制度体系的一大显著优势，在于能够保持政策的连续性和稳定性。",
        "（作者为美国库恩基金会主席）",
    ]
    text = (
        "\n".join([feature[0], *(_column(p) for p in feature[1:])])
        + "\n\n制度优势成就中国发展的\n“接力跑”（国际论坛）\n罗伯特·劳伦斯·库恩\n"
        + "\n".join(_column(p) for p in commentary)
        + "\n"
    )
    page = newsseg.segment(text)
    authors = [(a.byline.reporters if a.byline else None, a.paragraphs[0].text[:4]) for a in page.articles]
    assert authors == [(("王明",), "登上位于"), (("罗伯特·劳伦斯·库恩",), "能够集中")]


def test_the_second_of_two_titles_set_apart_heads_the_untitled_lead_it_names() -> None:
    # pdftotext: a report whose title is printed after its text, the next report's title under it with a blank line
    # between and glued to that report's dispatch. Read as a kicker and its title after the first report, the two
    # left the second report untitled. The second group names nothing of the first report's lead and plainly the
    # second's: it heads the second.
    envoy = [
        "英国驻美国大使日前在一场活动中说，英美“特殊关系”的说法已经过时，以色列与美国之间才是真正的特殊关系。",
        "英国媒体认为，大使的表态反映出英美关系正在发生微妙变化。",
    ]
    poll = [
        "据新华社华盛顿4月28日电 路透社和益普索集团28日公布的民调显示，特朗普的支持率降至第二个总统任期以来最低。",
        "民调显示，受访者对经济形势的担忧明显上升。",
    ]
    text = (
        "\n".join(_column(p) for p in envoy)
        + "\n\n英驻美大使质疑英\n美“特殊关系”：\n以色列与美国才是\n\n民调：特朗普支持率降至\n第二个总统任期以来最低\n"
        + "\n".join(_column(p) for p in poll)
        + "\n"
    )
    page = newsseg.segment(text)
    heads = [(a.headline.kicker if a.headline else None, a.title, a.paragraphs[0].text[:6]) for a in page.articles]
    assert heads == [
        (None, "英驻美大使质疑英美“特殊关系”：以色列与美国才是", "英国驻美国大"),
        (None, "民调：特朗普支持率降至第二个总统任期以来最低", "路透社和益普"),
    ]


def test_lines_under_a_paragraph_cut_by_their_column_mid_word_are_no_title() -> None:
    # pdftotext: a feature's paragraph opens in the last two lines of its column, the second full and stopping
    # inside a word (专业技); a box set in the column beside it is read next, then the rest of the paragraph
    # (能、工作经验…), which finishes the word. Short lines under a finished paragraph look like a title's, and
    # were read as the box's kicker: they are the feature's text, and so is the rest after the box.
    feature = [
        "近日，一个名为“同事.skill”的项目在网上走红，引发了人们对职场数字分身的讨论和担忧。",
        "孙在福认为，企业可以利用智能工具处理标准化的基础任务，让员工聚焦于复杂问题的综合处理。",
    ]
    box = [
        "近来，在智能体生态中，一种叫做技能插件的工具悄然流行，给个人信息保护带来新的挑战。",
        "请记住：便利和风险往往是一枚硬币的两面，不要忘了为自己的数据和财产加一道锁。",
    ]
    rest = "能、工作经验、决策逻辑封装为可复用的模块，在新的岗位上继续发挥作用。"
    text = (
        "把离职员工“炼化”成数字人继续干活？\n\n"
        + "\n".join(_column(p, 17) for p in feature)
        + "\n当“能力算法化”成为无法避免的\n趋势，劳动者可以尝试将自身的专业技\n\n"
        + "面对“Skill”，普通人如何保护自己\n（北京航空航天大学法\n学院副教授 赵精武）\n"
        + "\n".join(_column(p, 17) for p in box)
        + "\n\n"
        + _column(rest, 17)
        + "\n"
    )
    page = newsseg.segment(text)
    feature_text = "".join(p.text for p in page.articles[0].paragraphs)
    assert [a.title for a in page.articles] == ["把离职员工“炼化”成数字人继续干活？", "面对“Skill”，普通人如何保护自己"]
    assert "综合处理。当“能力算法化”成为无法避免的趋势" in feature_text
    assert feature_text.endswith("专业技能、工作经验、决策逻辑封装为可复用的模块，在新的岗位上继续发挥作用。")
    headline = page.articles[1].headline
    assert headline is not None
    assert headline.kicker is None


def test_text_with_no_title_or_byline_after_a_photo_carries_on_the_article_before(tmp_path: Path) -> None:
    # pdftotext, a 人民日报 page typeset: a photo set into an interview's columns comes out between two of its
    # paragraphs, after a finished sentence. The text after the photo has no title and no byline, and its words are
    # the interview's: it carries the interview on, to its closing dispatch.
    text = _pdftotext_page(SHARED / "corpus" / "rmrb-20191015-p03.json", tmp_path)
    assert (
        "我们对此十分感动。”\n\n——访尼泊尔国家重建局局长贾瓦利\n\n图片报道\n" in text
    )  # the layout this test is about
    page = newsseg.segment(text)
    texts = {a.title: "".join(p.text for p in a.paragraphs) for a in page.articles if a.kind != "photo"}
    interview = texts["“感谢中国朋友的无私帮助”"]
    assert interview.startswith("“尼中友好源远流长。")
    assert interview.endswith("（本报加德满都10月14日电）")
    assert not any(text.startswith("中国的援助及时高效") for text in texts.values())


def test_a_line_set_apart_that_ends_in_its_columns_tag_is_a_title_though_as_wide_as_the_column() -> None:
    # The page's rules alone (a labeller that is never sure, as one fitted on other papers may be): a commentary's
    # title with its column's tag, a comma inside, set apart on both sides under a finished sentence, a character
    # wider than the column. A full line ending in brackets may wrap a sentence (…石油输出国组织（欧佩克）), but not
    # one alone between two blank lines under a finished sentence.
    never = Labeller(weights={}, bias={"body": 0.0, "title": -50.0})
    feature = _column("唐康林说，他希望更多人都能品尝到运动的好滋味，也希望家人身体健康。", 12)
    commentary = _column("尽管东京奥运会预选赛仍然是困难重重，但中国国奥队如果能逐步建立起信心，就有可能创造奇迹。", 12)
    text = f"我尝到了运动的甜头\n\n{feature}\n\n改变，从细节开始（体坛观澜）\n\n{commentary}\n"
    page = segment_with(text, model=never)
    assert [a.title for a in page.articles] == ["我尝到了运动的甜头", "改变，从细节开始（体坛观澜）"]


def test_two_title_lines_with_commas_set_apart_over_a_dated_opening_are_a_title() -> None:
    # A kicker and its title, each with a comma, set apart on both sides over a report that opens on its day (当地时间
    # 10月13日，…), as a dispatch does. A comma inside a block set apart says sentence, but text that opens on its day
    # starts a report: the lines over it are its title.
    before = _column("13日，在不来梅进行的德国乒乓球公开赛上，中国队选手樊振东在男单决赛中战胜队友许昕夺冠。", 12)
    report = _column("当地时间10月13日，2019年体操世锦赛在德国斯图加特落幕，中国体操队共获得3银2铜。", 12)
    text = f"樊振东男单夺冠\n\n{before}\n\n体操世锦赛，中国队收获3银2铜\n备战奥运会，还要加把劲\n\n{report}\n"
    page = newsseg.segment(text)
    heads = [(a.headline.kicker, a.headline.main) if a.headline else None for a in page.articles]
    assert heads == [(None, "樊振东男单夺冠"), ("体操世锦赛，中国队收获3银2铜", "备战奥运会，还要加把劲")]


def test_a_tagged_title_under_an_authors_signature_on_a_page_with_no_blank_line_is_a_title(tmp_path: Path) -> None:
    # pdftotext -raw (no blank line anywhere), a 人民日报 page typeset: a commentary's text, its author's note on a
    # line of its own, then the commentary's title with its column's tag (printed after its body), glued to the next
    # report's text. Under a finished sentence such a line is a title; the author's note finishes the text above as a
    # sentence does. Read as text, the title opened the next report.
    text = _pdftotext_page(SHARED / "corpus" / "rmrb-20191015-p03.json", tmp_path, look=1, extractor="pdftotext-raw")
    assert "（作者为日本众议院前议长）\n符合国情的制度给中国人民带来好生活（国际论坛）\n10月11日" in text  # the layout
    page = newsseg.segment(text)
    titles = {a.paragraphs[0].text[:4]: a.title for a in page.articles if a.paragraphs}
    assert titles["中国人民"] == "符合国情的制度给中国人民带来好生活（国际论坛）"
    assert titles["10月1"] == "中印经贸合作迎来更广阔发展空间"


def test_reporters_printed_last_sign_the_article_above_them() -> None:
    # Papers that print the reporters under the text (記者：王小明　攝影：李雪, the next title under a blank line or the
    # page's end under them): role words and names right under a finished sentence sign that text. Read as bylines
    # opening the next article, they took its title into its text and left an empty article at the page's end.
    first = _column("市政府昨日宣布，明年起最低工資調高百分之五，受惠勞工約三十萬人。勞工團體表示歡迎。", 22)
    second = _column("地鐵公司昨日表示，新線工程進度良好，預計明年年中通車，屆時由東區到市中心只需二十分鐘。", 22)
    text = (
        f"市政府宣布調高最低工資\n\n{first}\n記者：王小明　攝影：李雪\n\n地鐵新線明年通車\n\n{second}\n記者：陳大文\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["市政府宣布調高最低工資", "地鐵新線明年通車"]
    names = [(a.byline.reporters, a.byline.photographers) if a.byline else None for a in page.articles]
    assert names == [(("王小明",), ("李雪",)), (("陳大文",), ())]
    check_page_coverage(page, text)


def test_a_head_that_names_no_one_takes_the_reporters_signing_at_the_end() -> None:
    # 本报讯 names no one; the reporters sign in brackets under the text: they are the article's reporters.
    body = _column("本报讯 12月1日上午，市里召开工作会议，部署全年工作。会议要求，各部门要抓好落实。", 22)
    text = f"市里召开工作会议\n\n{body}\n（本报记者 王小明 李大华）\n"
    page = newsseg.segment(text)
    [article] = page.articles
    assert article.byline is not None
    assert (article.byline.source, article.byline.reporters) == ("本报讯", ("王小明", "李大华"))
    check_page_coverage(page, text)


@pytest.mark.parametrize("between", ["\n\n", "\n\f"], ids=["same page", "next page"])
def test_columns_of_two_articles_read_in_turn_go_back_to_their_articles(between: str) -> None:
    # pdftotext on two articles side by side: A's first column, B's title and first column, A's next column, B's
    # next (on the same page or the next). Both stop mid-sentence at the first break; no word runs across into A's
    # next column from either, but B's last word (区) is finished after A's end (区分): the column between is A's.
    # Each article's text is one paragraph, read from two places.
    a1 = "市政府今天召开专题会议，研究部署城市更新工作。会议认为，城市更新要坚持以人民为中心，各区在长期实践中确立"
    a2 = "了一套行之有效的工作机制，形成了政府引导、市场运作、公众参与的格局。会议要求各区抓好落实。"
    b1 = "新修订的管理办法今天起施行，明确了平台和用户的责任。例如，办法通过区"
    b2 = "分显式标识与隐式标识，回应了社会关切，也为后续细化规则预留了空间。"
    text = (
        f"城市更新专题会议召开\n\n{_column(a1, 14)}\n\n网络内容管理办法施行\n\n本报记者 王小明\n{_column(b1, 14)}\n\n"
        f"{_column(a2, 14)}{between}{_column(b2, 14)}\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, [p.text for p in a.paragraphs]) for a in page.articles] == [
        ("城市更新专题会议召开", [a1 + a2]),
        ("网络内容管理办法施行", [b1 + b2]),
    ]
    assert any(d.what == "resume" for d in page.decisions)
    check_page_coverage(page, text)


def test_a_column_read_after_the_next_article_goes_back_to_the_article_whose_subject_it_is() -> None:
    # pdftotext: A's columns, B's title and columns, then A's last column, which opens a paragraph after B's finished
    # sentence: nothing in the text shows the break. Its words do: 秭归, 脐橙, 峡江, 枝头, 鲜橙 are A's subject, none of
    # them B's (香瓜, 大棚, 瓜农). Read as B's, A lost its last paragraph.
    a1 = "四月的西陵峡，漫山橙林连绵起伏，枝头的橙花细碎繁密，花间的脐橙金黄饱满。秭归的橙农说，这里一年四季都有鲜橙。"
    a2 = "沿着峡江公路前行，路边的小摊摆满了刚摘下的脐橙，摊主切开橙果请行人品尝，清甜的汁水带着花香。"
    a3 = "如今，秭归的脐橙远销海外，橙农们守着青山和橙园，日子越过越甜。峡江两岸，橙花又开，枝头又挂满了鲜橙。"
    b1 = "行驶在鲁西的公路上，车窗外大棚一座座出现，棚顶飘着红旗。燕店镇是远近闻名的香瓜集散地，瓜农们起早摘瓜。"
    b2 = "合作社统一供应种苗和物料，技术员常年驻村指导，瓜农种棚有了定心丸，香瓜的品牌也越来越响。"
    text = (
        f"橙乡四月\n\n本报记者 王小明\n{_column(a1, 14)}\n{_column(a2, 14)}\n\n瓜棚红旗\n\n本报记者 李大华\n"
        f"{_column(b1, 14)}\n{_column(b2, 14)}\n\n{_column(a3, 14)}\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, [p.text for p in a.paragraphs]) for a in page.articles] == [
        ("橙乡四月", [a1, a2, a3]),
        ("瓜棚红旗", [b1, b2]),
    ]
    check_page_coverage(page, text)
    # On a page that sets every paragraph apart by a blank line, a paragraph after a blank line is just the next
    # one: the same text so set stays as it was read.
    apart = text.replace(f"{_column(a1, 14)}\n", f"{_column(a1, 14)}\n\n").replace(
        f"{_column(b1, 14)}\n", f"{_column(b1, 14)}\n\n"
    )
    assert [len(a.paragraphs) for a in newsseg.segment(apart).articles] == [2, 3]


def test_a_page_that_opens_on_the_subject_of_an_article_stopped_further_up_carries_that_one_on() -> None:
    # A printed page ends with A stopped mid-sentence at its column's foot, then B, done; the next page opens on
    # A's text. No word runs across the form feed (提速审批 / 等，再到), but the page opens on A's subject (西陵,
    # 秭归, 脐橙, 鲜橙, 枝头, 金黄), none of it B's (香瓜, 大棚, 瓜农): read on B, A lost its end and B took it.
    a1 = "四月的西陵峡，漫山橙林连绵起伏，枝头的脐橙金黄饱满。秭归的橙农说，这里一年四季都有鲜橙，合作社帮着提速审批"
    a2 = "等，再到统一收购，西陵峡两岸的橙农守着橙园，金黄的脐橙远销海外。秭归的鲜橙又挂满了枝头，橙农们日子越过越甜。"
    b1 = "行驶在鲁西的公路上，车窗外大棚一座座出现。燕店镇是远近闻名的香瓜集散地，瓜农们起早摘瓜，香瓜装满了车。"
    text = (
        f"橙乡四月\n\n本报记者 王小明\n{_column(a1, 14)}\n\n瓜棚红旗\n\n本报记者 李大华\n{_column(b1, 14)}\n"
        f"\f{_column(a2, 14)}\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, "".join(p.text for p in a.paragraphs)) for a in page.articles] == [
        ("橙乡四月", a1 + a2),
        ("瓜棚红旗", b1),
    ]
    check_page_coverage(page, text)
    # Text on no article's subject stays with the last article, which a form feed does not end.
    other = "市政府今天召开会议，研究部署下一阶段的工作，会议要求各部门抓好落实，确保各项任务按期完成。"
    kept = newsseg.segment(text.replace(_column(a2, 14), _column(other, 14)))
    assert ["".join(p.text for p in a.paragraphs) for a in kept.articles] == [a1, b1 + other]


def test_two_articles_each_under_the_others_title_swap_titles() -> None:
    # Each title names the other article's text (地铁五号线 over the library's, 图书馆新馆 over the metro's), as an
    # extractor's order may hand titles set over neighbouring columns: a title names its text, so they swap.
    metro = (
        "市交通局昨日宣布，地铁五号线将于本月底开通试运营。五号线全长二十八公里，设站十九座，连接城东新区和老城中心。"
    )
    library = "本市图书馆新馆今天向市民开放。新馆藏书两百万册，设有少儿阅览区和古籍修复中心，周末延长开放时间。"
    text = (
        f"图书馆新馆今天开放\n\n本报记者 王小明\n{_column(metro, 14)}\n\n"
        f"地铁五号线月底开通\n\n本报记者 李大华\n{_column(library, 14)}\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, a.paragraphs[0].text) for a in page.articles] == [
        ("地铁五号线月底开通", metro),
        ("图书馆新馆今天开放", library),
    ]
    check_page_coverage(page, text)
    # Titles that name their own texts stay where they stand.
    kept = newsseg.segment(
        text.replace("图书馆新馆今天开放", "@")
        .replace("地铁五号线月底开通", "图书馆新馆今天开放")
        .replace("@", "地铁五号线月底开通")
    )
    assert [a.title for a in kept.articles] == ["地铁五号线月底开通", "图书馆新馆今天开放"]


def test_a_title_over_a_signed_text_it_does_not_name_goes_to_the_untitled_text_it_names() -> None:
    # pdftotext's text of a page typeset (../shared/tools/typeset.py --seed 9) from tests/papers/rmrb-20260427-p05.json:
    # 张志锋's commentary (its title printed elsewhere), 烟火日常也是宝贵课堂（暖闻热评） under its last line, then 徐阳
    # and the text on 烟火日常 and 劳动. The title was read as 张志锋's, printed after it, and 徐阳's text had none;
    # the title names none of 张志锋's words and most of 徐阳's, and an article with a byline of its own is no text of
    # another title's, so the title moves to the text it names.
    text = (Path(__file__).parent / "data" / "rmrb-20260427-p05-pdftotext-seed9.txt").read_text(encoding="utf-8")
    page = newsseg.segment(text)
    named = [a for a in page.articles if a.title == "烟火日常也是宝贵课堂（暖闻热评）"]
    assert [a.byline.text if a.byline else None for a in named] == ["徐阳"]
    assert [a.title for a in page.articles if a.byline and a.byline.text == "张志锋"] == [None]
    check_page_coverage(page, text)


def test_a_title_line_under_a_wrapped_closing_note_opens_an_article_where_no_line_is_blank() -> None:
    # pdftotext -raw: a commentary's last sentence, its author's note wrapped over two lines, then the next
    # article's title on one line (wider than the column) over a paragraph's first line; no blank line anywhere.
    # The note closes the commentary as a signature does, and the line under it heads the next article.
    text = (
        "两国关系发展进程中妥善处理分歧，\n不断加强民间交流，同时更加积\n极参与全球治理，在地区和世界\n"
        "范围内推动两国关系迈上新台\n阶。\n（作者为某大学国际关系学\n院教授）\n两国经贸合作迎来更广阔发展空间\n"
        "10月11日—12日，两国领导\n人在金奈举行中印领导人第二\n次非正式会晤。两国领导人决定\n"
        "建立高级别经贸对话机制，以加\n强两国贸易和投资合作关系，更\n好地促进两国经贸合作平衡发展。\n"
    )
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == [None, "两国经贸合作迎来更广阔发展空间"]
    assert page.articles[0].paragraphs[-1].text.endswith("（作者为某大学国际关系学院教授）")
    assert page.articles[1].paragraphs[0].text.startswith("10月11日—12日")
    check_page_coverage(page, text)


def test_a_name_alone_between_two_texts_opens_an_article_where_a_name_alone_opened_one_above() -> None:
    # pdftotext -raw on a page of commentaries that print their authors' names over their texts and their titles
    # after them all: 林远征 reads as a person's name to no tagger, but the page's first article opened with a name
    # alone (刘晓明), and this one stands between a finished sentence and a paragraph's first line. Read as a
    # subhead, it joined the two commentaries into one under both titles.
    first = (
        "青年人才是创新发展的生力军。要加大青年人才培养、选拔、使用工作力度，努力造就一支具有较强创新能力的青年人才"
        "队伍。培养使用青年人才，是新时代人才工作的重要任务。要鼓励支持他们敢于承担重任，在攻坚克难、实践历练中"
        "进一步增长才干、提升能力。"
    )
    second = (
        "“十五五”规划纲要提出，完善人工智能训练数据的标注规范和管理制度。今年的工作报告明确要求加强数据标注等"
        "领域的制度研究。为训练数据建立清晰的来历记录，是当前数据治理的重要方面，也是人工智能治理的现实需要。"
    )

    def paragraph(text: str) -> str:  # its indent dropped, its first line short by it
        return f"{text[:12]}\n{_column(text[12:], 14)}"

    titles = "推进青年人才\n队伍建设\n数据标注制度：\n给人工智能训练\n数据赋予清晰的\n“来历”\n"
    text = f"刘晓明\n{paragraph(first)}\n林远征\n{paragraph(second)}\n{titles}"
    page = newsseg.segment(text)
    assert [(a.title, a.byline and a.byline.text, "".join(p.text for p in a.paragraphs)) for a in page.articles] == [
        ("推进青年人才队伍建设", "刘晓明", first),
        ("数据标注制度：给人工智能训练数据赋予清晰的“来历”", "林远征", second),
    ]
    check_page_coverage(page, text)


def test_a_title_wrapped_onto_the_line_of_its_column_tag_is_one_title() -> None:
    # pdftotext, a 13-character column: a commentary's title wraps one character onto the line of its tag (团结，从细
    # 节做 / 起（体坛观澜）). That line is too short to read as a tagged title alone, and the first line alone read as
    # a subhead of the article above, whose text the commentary joined.
    text = (
        "识，本届冰雪展还将打造为期4\n天的冰雪体验专区，通过吸引\n民众积极参与冰雪运动体验系\n列活动，促进冬季运动推广和\n"
        "冰雪文化传播。\n\n团结，从细节做\n起（体坛观澜）\n尽管奥运会预选赛仍然是\n困难重重，但青年队如果能逐\n"
        "步建立起信心、凝聚成合力，\n就有可能创造奇迹\n四国足球邀请赛，剑指\n2028年奥运会的青年队交出了\n两胜一平的合格战绩。\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, "".join(p.text for p in a.paragraphs)[-8:]) for a in page.articles] == [
        (None, "和冰雪文化传播。"),
        ("团结，从细节做起（体坛观澜）", "一平的合格战绩。"),
    ]
    check_page_coverage(page, text)


def test_a_paragraphs_first_line_alone_at_a_columns_foot_runs_on_after_the_next_article() -> None:
    # A's last paragraph is one line at its column's foot, a first line (as wide as the column less the dropped
    # indent) stopped inside a quotation; then B's title and dispatch, done; then A's next column (…仅在开工 / … /
    # 后最初的六个星期内，…). One line gave no evidence of filling the column, so A's text ran on in B.
    lead = (
        "新港区开工建设三周年之际，工程人员回顾了项目的建设过程。从勘测海床地质到安装首台吊机，建设者们昼夜奋战，"
        "克服了台风频发带来的种种困难，让这项工程成为全省瞩目的样板。"
    )
    cut = (
        "报告指出，“这一港区仅在开工后最初的六个星期内，就完成了全年吞吐量的两成以上”。"
        "正是凭着坚韧努力与科学调度，建设团队攻克了一个又一个技术难题。"
    )
    news = "据当地有关部门3日消息，一座纪念碑在海滨公园落成。当前，周边区域正在修缮，完工后将向公众开放。"
    dispatch = f"新华社青岛5月3日电 {news}"

    def paragraph(text: str) -> str:  # its indent dropped, its first line short by it
        return f"{text[:14]}\n{_column(text[14:], 16)}"

    text = (
        f"港区建设三年记\n\n新华社记者 王小明\n{paragraph(lead)}\n{cut[:14]}\n\n"
        f"一座纪念碑在海滨公园落成\n{paragraph(dispatch)}\n\n{_column(cut[14:], 16)}\n"
    )
    page = newsseg.segment(text)
    first, *rest = page.articles
    assert (first.title, [p.text for p in first.paragraphs]) == ("港区建设三年记", [lead, cut])
    assert [(a.title, "".join(p.text for p in a.paragraphs)) for a in rest] == [("一座纪念碑在海滨公园落成", news)]
    check_page_coverage(page, text)


def test_a_bound_particle_after_a_comma_carries_on_the_article_that_stopped_on_a_word() -> None:
    # A, then B's title and first column stopping on a comma, then A's next column opening with 的 alone: no clause
    # opens with a bound particle after a comma, so the column is A's, which stopped on a word (穿楼 / 的‘疯狂’).
    a1 = "华灯初上，商圈里人来人往，外国游客拎着购物袋走在街头。“我们被轻轨穿楼"
    a2 = "的‘疯狂’场景吸引而来，没想到购物也这么方便。”游客说。"
    b1 = "这家老国企曾一度陷入困境，职工下定决心转型，如今产销量跃居全球前列。今年一季度，"
    b2 = "企业新投产三条产线，销量同比增长三成以上。"
    text = (
        f"不夜山城\n\n新华社记者 王小明\n{_column(a1, 14)}\n\n老国企的新答卷\n\n新华社记者 李大华\n"
        f"{_column(b1, 14)}\n\n{_column(a2, 14)}\n\f{_column(b2, 14)}\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, "".join(p.text for p in a.paragraphs)) for a in page.articles] == [
        ("不夜山城", a1 + a2),
        ("老国企的新答卷", b1 + b2),
    ]
    check_page_coverage(page, text)


@pytest.mark.parametrize(
    ("line", "bound"),
    [
        ("的‘疯狂’场景吸引", True),
        ("了一套工作机制", True),
        ("的确如此，他说", False),
        ("了解到的情况", False),
        ("得到了支持", False),
    ],
)
def test_a_bound_particle_is_one_standing_alone_not_a_word_it_begins(line: str, bound: bool) -> None:
    assert _bound_particle(line) is bound


def test_lines_with_commas_as_wide_as_the_column_under_a_paragraph_are_text_not_a_title() -> None:
    # A column's last lines open a paragraph that the next column carries on (…再结合), right under a finished one,
    # over a blank line and the next article's author line: each fills the column and holds a comma, as text does.
    # Read as a title, they headed the next article and cut the first one short.
    first = _column(
        "近年来，古籍整理出版工作取得长足进展，一批重要成果相继面世，越来越多的读者走近典籍，感受中华优秀传统文化"
        "的魅力。各地出版机构推出了一系列精品图书，受到广泛好评。现阶段，古籍活化已形成多元路径。",
        24,
    )
    opening = _column(
        "在内容层面，古籍编辑的角色正在从文献的保护者转向知识的架构师，以古籍原文完整呈现为根基，辅以疑难"
        "词句的精准注释，搭配通俗易懂的白话译文图，再结合",
        24,
    )
    assert len(opening.splitlines()) == 3
    assert all(len(line) == 24 for line in opening.splitlines())
    other = _column(
        "学科专业设置调整机制的建立健全，是推动高等教育高质量发展的重要举措，意义重大。各地高校积极探索，形成了一批"
        "可复制可推广的经验做法。",
        24,
    )
    text = f"古籍活化正当时\n\n王小明\n{first}\n{opening}\n\n李大华\n{other}\n\n健全学科专业调整机制\n"
    page = newsseg.segment(text)
    assert page.articles[0].title == "古籍活化正当时"
    assert page.articles[0].paragraphs[-1].text.endswith("再结合")
    assert all(a.title != opening.replace("\n", "") for a in page.articles)
    check_page_coverage(page, text)


def test_a_tagged_title_wrapped_by_a_narrow_column_is_a_title_commas_and_all() -> None:
    # A column of ten characters wraps 改变，从细节开始（体坛观澜） after its comma: a comma inside says sentence, but
    # a block that ends on its column's tag is a title (a wider column sets it on one line, read as such).
    before = _column("唐康林说，他希望更多人都能品尝到运动的好滋味，也希望家人身体健康。", 10)
    body = _column(
        "尽管东京奥运会预选赛仍然是困难重重，但中国国奥队如果能逐步建立起信心、凝聚成合力，就有可能创造奇迹。", 10
    )
    text = f"我尝到了运动的甜头\n\n{before}\n\n改变，从\n细节开始（体坛观澜）\n\n{body}\n"
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["我尝到了运动的甜头", "改变，从细节开始（体坛观澜）"]
    check_page_coverage(page, text)


@pytest.mark.parametrize(
    ("author", "reporters", "agency"),
    [
        ("新華社記者 白麗\n萍 吳曉穎 鄭明鴻", ("白麗萍", "吳曉穎", "鄭明鴻"), "新華社"),
        ("新華社記者 葉\n書宏 陳澤安", ("葉書宏", "陳澤安"), "新華社"),
    ],
)
def test_an_author_line_wrapped_on_a_traditional_page_keeps_its_characters(
    author: str, reporters: tuple[str, ...], agency: str
) -> None:
    # The rows are read on a Simplified copy; names joined across the wrap came out of that copy (白丽萍, 新华社)
    # where the page prints 白麗萍: characters are kept as printed (SPEC).
    body = _column("國家鐵路局日前發布通知，要求各地做好五一假期鐵路運輸保障工作，確保旅客出行安全順暢。", 16)
    text = f"五一假期鐵路運輸保障有力\n\n{author}\n{body}\n"
    page = newsseg.segment(text)
    [article] = page.articles
    assert article.byline is not None
    assert (article.byline.reporters, article.byline.agency) == (reporters, agency)
    assert set("".join(reporters)) <= set(text)


def test_corner_quotation_marks_read_as_curly_ones(tmp_path: Path) -> None:
    # Taiwan's and Hong Kong's papers quote with 「」 and 『』. A 人民日报 page typeset and read back with pdftotext,
    # its quotation marks swapped for corner ones, reads as the page with curly marks: the same articles and titles,
    # each as printed (「感知到中华文化之美」 was cut from its text, and the next title glued to a quote).
    source = Path(__file__).resolve().parent / "papers" / "rmrb-20260427-p03.json"
    text = _pdftotext_page(source, tmp_path, look=0)
    assert "“" in text
    corner = text.translate(str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"}))
    curly, cornered = newsseg.segment(text), newsseg.segment(corner)
    assert [a.spans for a in cornered.articles] == [a.spans for a in curly.articles]
    assert [a.title for a in cornered.articles] == [
        a.title.translate(str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})) if a.title else None
        for a in curly.articles
    ]
    assert "「感知到中华文化之美」" in [a.title for a in cornered.articles]


@pytest.mark.parametrize("dot", ["·", "‧", "・"])
def test_a_transliterated_authors_name_reads_with_any_middle_dot(dot: str) -> None:
    # Taiwan's texts part a foreign name with a hyphenation point (‧, Big5's), which the name keeps; a reader that
    # takes a GB font's name for the Chinese middle dot prints the katakana one (・, GB 2312's first mapping of ·),
    # which reads as the Chinese dot it stands for. The author line under a commentary's title is its byline
    # whichever dot the page prints.
    first = _column("登上位于深圳市福田区的大厦顶层，城市风貌尽收眼底。科技创新为世界带来了更多确定性。", 14)
    second = _column("能够集中力量实现国家长远目标，是中国制度的一大优势。中国的发展为世界提供了重要机遇。", 14)
    name = dot.join(["罗伯特", "劳伦斯", "库恩"])
    title = "制度优势成就中国发展的“接力跑”（国际论坛）"
    text = f"科技创新的高地\n\n本报记者 王小明\n{first}\n\n{title}\n\n{name}\n{second}\n"
    page = newsseg.segment(text)
    assert [(a.title, a.byline.reporters if a.byline else None) for a in page.articles] == [
        ("科技创新的高地", ("王小明",)),
        (title, (name.replace("・", "·"),)),
    ]
    check_page_coverage(page, text)


def test_the_katakana_middle_dot_reads_as_the_chinese_one_and_the_page_keeps_the_input() -> None:
    # pypdfium2 prints ・ (U+30FB) for the middle dot of a GB font; the text reads ·, one character for one, so the
    # spans still point into the input, which the page keeps as given.
    text = (
        "“茶和天下・雅集”活动在首尔举办\n本报首尔4月25日电 （记者王明）“茶和天下・雅集”中韩茶文化交流活动日前举办。\n"
    )
    page = newsseg.segment(text)
    article = page.articles[0]
    assert article.title == "“茶和天下·雅集”活动在首尔举办"
    assert article.paragraphs[0].text == "“茶和天下·雅集”中韩茶文化交流活动日前举办。"
    assert page.source == text
    span = article.paragraphs[0].span
    assert text[span.start : span.end].replace("・", "·") == article.paragraphs[0].text
    check_page_coverage(page, text)


def test_a_paragraphs_first_line_under_a_subhead_and_over_a_break_is_no_title_line() -> None:
    # pdfminer.six sets a subhead and the first line of the paragraph under it apart from the rest of that
    # paragraph (削减驻军 力度不够 / 美国国防部日前宣布将从德国撤出大约 / blank / 五千名美军人员…). The line under the
    # subhead fills the column mid-sentence and the line after the break, as full, opens no paragraph: it carries
    # the text on, so the two lines above it are no two-line title heading an article of their own.
    lead = _column(
        "新华社柏林5月3日电 美国政府连日来对欧洲盟友动作不断，先是宣布将从德国撤出部分美军人员，后又宣布提高欧盟"
        "输美汽车关税。德国方面回应称对此并不意外，但业界预计新规将使德国汽车出口损失惨重。",
        17,
    )
    rest = _column("五千名美军人员，预计在未来六到十二个月内完成。次日，美方官员表示，将大幅削减驻德美军部队。", 17)
    text = f"美国如此惩罚盟友德国\n\n{lead}\n\n削减驻军 力度不够\n美国国防部日前宣布将从德国撤出大约\n\n{rest}\n"
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["美国如此惩罚盟友德国"]
    assert any(p.text.startswith("美国国防部日前宣布将从德国撤出大约五千名") for p in page.articles[0].paragraphs)
    check_page_coverage(page, text)


def _hk_report(lead: str, width: int = 16) -> str:
    """A report as Hong Kong's papers open it: the paper's tag in brackets before the first sentence."""
    return _column(f"【明報專訊】{lead}", width)


_HK_FIRST = "大埔一幢大廈昨晚發生火警，消防處接報後派出多輛消防車到場，火勢於兩小時後受控，無人受傷。"
_HK_SECOND = "政府宣布成立工作組，徹查火警起因，同時巡查全港正進行大型維修的屋苑，確保工程物料安全。"
_HK_PART = "有住戶表示，火警發生時大廈警鐘沒有響起，他們是聽到鄰居拍門才知道要逃生，事後感到十分害怕。"


def _hk_page(middle: str) -> str:
    """Two reports opening with the paper's tag, ``middle`` (blocks apart by blank lines) after the first's text."""
    return (
        f"大廈昨晚火警 無人受傷\n\n{_hk_report(_HK_FIRST)}\n\n{middle}\n\n"
        f"政府成立工作組徹查火警\n\n{_hk_report(_HK_SECOND)}\n"
    )


@pytest.mark.parametrize(
    "subhead",
    [
        "住戶指警鐘未響 拍門才知逃生",  # two phrases set apart by a space
        "住戶指警鐘未響\n拍門才知逃生",  # two short lines, each a phrase of its own
    ],
)
def test_a_hong_kong_subhead_inside_a_report_is_no_title_on_a_page_whose_reports_open_with_bylines(
    subhead: str,
) -> None:
    # Hong Kong's papers head a report's parts with two phrases, on one line apart by a space or on two short
    # lines. Where every report opens with the paper's tag, such a heading between a finished sentence and text
    # no byline opens is the report's subhead: a new report there would open with its tag too.
    text = _hk_page(f"{subhead}\n\n{_column(_HK_PART, 16)}")
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["大廈昨晚火警 無人受傷", "政府成立工作組徹查火警"]
    first = page.articles[0]
    assert first.paragraphs[-1].text == _HK_PART
    assert "".join(p.text for p in first.paragraphs[1:-1]) == subhead.replace("\n", "").replace(" ", "")
    check_page_coverage(page, text)


@pytest.mark.parametrize(
    "title",
    [
        "“我們的友誼\n將永久傳承”",  # a quotation wrapped over two lines
        "胡春華會見塔吉克斯\n坦第一副總理",  # a word cut by the wrap
        "德國乒乓球公開賽\n樊振東男單奪冠",  # a kicker and its title over a lead that opens on its day
    ],
)
def test_two_short_title_lines_that_are_one_title_still_head_an_article_on_a_byline_page(title: str) -> None:
    lead = "當地時間10月13日，比賽在德國落幕，中國隊共獲得三枚銀牌和兩枚銅牌，創下近年最好成績。"
    text = _hk_page(f"{title}\n\n{_column(lead, 16)}")
    page = newsseg.segment(text)
    assert len(page.articles) == 3
    middle = page.articles[1]
    assert middle.title is not None
    assert middle.title.endswith(title.splitlines()[-1])  # the kicker, where there is one, apart
    assert middle.paragraphs[0].text == lead


@pytest.mark.parametrize(
    "closing",
    [
        "歡迎回應 editorial@example.com",  # an e-mail address: no title holds one
        "作者是大學社會學系講師",  # a note on the author without brackets
        "作者為前民政事務局長",
    ],
)
def test_a_closing_line_of_hong_kongs_papers_ends_its_article_and_is_no_title(closing: str) -> None:
    # Hong Kong's papers close an editorial with where to write to, and a signed article with a note on its author,
    # on a line of its own with no brackets: over the next title, read as its first line, it glued onto that title
    # and left the article short of its end.
    text = _hk_page(closing)
    page = newsseg.segment(text)
    assert [a.title for a in page.articles] == ["大廈昨晚火警 無人受傷", "政府成立工作組徹查火警"]
    assert page.articles[0].paragraphs[-1].text == closing
    check_page_coverage(page, text)


def test_a_title_that_quotes_an_exclamation_whole_is_a_title() -> None:
    # A title may end on a quotation that exclaims (市民寄語 / “大埔人，加油！”): the mark is followed only by the
    # quotation's close, which the title opened itself. A paragraph's last line that closes a quotation opened
    # lines above (…的决心！”) stays the paragraph's.
    speech = _column("市民在涼亭貼滿便條紙，寫下無聲的祝福。一位老人說：“我們一定能渡過難關，這是大家的決心！”", 16)
    assert speech.splitlines()[-1].endswith("！”")
    text = (
        f"大廈昨晚火警 無人受傷\n\n{_hk_report(_HK_FIRST)}\n\n"
        f"獻花人龍晝夜不絕 市民寄語\n“大埔人，加油！”\n\n{_hk_report(speech.replace(chr(10), ''))}\n"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 2
    second = page.articles[1]
    assert second.title is not None
    assert second.title.endswith("“大埔人，加油！”")
    assert second.paragraphs[0].text.startswith("市民在涼亭")
    assert second.paragraphs[-1].text.endswith("決心！”")
    check_page_coverage(page, text)


def test_captions_set_apart_between_a_headline_and_its_byline_are_one_each() -> None:
    # A photo across an article's columns under its headline: each caption wider than the column, the last ending on
    # its credit, then the byline over the body. Each line is a caption of its own, not one caption of three.
    column = ["沙田區今日（3日）舉行", "年度社區嘉年華，吸引", "大批市民參與。主辦單", "位表示，活動設有多個"]
    text = (
        "沙田嘉年華吸引萬人參與\n主辦單位盼明年擴大規模\n\n"
        "嘉年華設有多個攤位，吸引不少家庭一同參加。\n"
        "小朋友在表演台前欣賞魔術表演，笑聲不斷。\n"
        "市民在攤位前排隊參加遊戲，氣氛熱鬧。 陳大文攝\n\n"
        "撰文：李小明\n" + "\n".join(column) + "\n攤位及表演。\n\n"
        "九龍城區推廣垃圾分類\n\n撰文：張美玲\n九龍城區議會昨日推出\n新一輪垃圾分類計劃。\n"
    )
    first = newsseg.segment(text).articles[0]
    assert [c.text for c in first.captions] == [
        "嘉年華設有多個攤位，吸引不少家庭一同參加。",
        "小朋友在表演台前欣賞魔術表演，笑聲不斷。",
        "市民在攤位前排隊參加遊戲，氣氛熱鬧。",
    ]
    assert first.byline is not None
    assert (first.byline.reporters, first.byline.photographers) == (("李小明",), ("陳大文",))
    assert first.paragraphs[0].text.startswith("沙田區今日")


def test_lines_that_each_end_a_sentence_over_a_credit_under_a_title_are_its_photos_captions() -> None:
    # A photo across the top of its article, between the title and the text: each caption on its line, the credits
    # under them. No paragraph of text ends a sentence on every line; the photo is the titled article's.
    text = (
        "沙田嘉年華吸引萬人參與\n主辦單位盼明年擴大規模\n\n"
        "市民排隊入場。\n小朋友欣賞魔術表演。\n攤位前人頭湧湧。\n陳大文攝、李小明攝\n\n"
        "沙田區今日（3日）舉行年度社區嘉年\n華，吸引大批市民參與。主辦單位表示，\n活動設有多個攤位及表演，讓居民在周\n"
        "末與家人共度美好時光。\n"
    )
    (article,) = newsseg.segment(text).articles
    assert article.title == "沙田嘉年華吸引萬人參與主辦單位盼明年擴大規模"
    assert [c.text for c in article.captions] == ["市民排隊入場。", "小朋友欣賞魔術表演。", "攤位前人頭湧湧。"]
    assert article.byline is not None
    assert article.byline.photographers == ("陳大文", "李小明")
    assert article.paragraphs[0].text.startswith("沙田區今日")


def test_titles_read_in_a_row_over_unsigned_bodies_go_each_to_the_body_it_names() -> None:
    # pdftotext reads the titles of three articles set side by side in a row, then their bodies, which no byline
    # opens (a paper that prints none): each title names its body's lead, and each body is an article of its own.
    bodies = [
        "沙田區居民投訴屋苑升降機經常故障，昨日再有長者被困近一小時，居民要求管理公司盡快更換升降機。",
        "九龍城區議會昨日通過垃圾分類計劃，鼓勵居民回收膠樽及廢紙，議會將在區內增設三十個回收站，計劃下月起推行。",
        "屯門公路今晨發生三車相撞意外，兩名司機受傷送院，交通一度嚴重擠塞，警方正調查意外原因，呼籲目擊者提供資料。",
    ]
    titles = (
        "沙田屋苑升降機經常故障\n長者被困近一小時\n\n九龍城推垃圾分類計劃\n增設三十個回收站\n\n"
        "屯門公路三車相撞\n兩司機受傷送院"
    )
    text = titles + "\n\n" + "\n\n".join(_column(body, 20) for body in bodies) + "\n"
    page = newsseg.segment(text)
    assert [(a.title, a.paragraphs[0].text[:4]) for a in page.articles] == [
        ("沙田屋苑升降機經常故障長者被困近一小時", "沙田區居"),
        ("九龍城推垃圾分類計劃增設三十個回收站", "九龍城區"),
        ("屯門公路三車相撞兩司機受傷送院", "屯門公路"),
    ]


def test_title_lines_of_one_width_well_short_of_a_wide_column_after_a_finished_article_are_a_title() -> None:
    # A title set large over a column of twelve characters wraps at eight, every line short of the column, right
    # under the article before it (pdftotext, no blank line under it): a paragraph's lines fill the column.
    before = "沙田區居民投訴屋苑升降機經常故障，昨日再有長者被困近一小時，居民要求管理公司盡快更換升降機。"
    after = "九龍城區議會昨日通過垃圾分類計劃，鼓勵居民回收膠樽及廢紙，議會將在區內增設三十個回收站。"
    text = (
        f"沙田屋苑升降機故障\n\n{_column(before, 12)}\n\n九龍城推垃圾分類\n計劃增設三十個回\n收站下月起推行\n"
        f"{_column(after, 12)}\n"
    )
    page = newsseg.segment(text)
    assert [(a.title, a.paragraphs[0].text[:4]) for a in page.articles] == [
        ("沙田屋苑升降機故障", "沙田區居"),
        ("九龍城推垃圾分類計劃增設三十個回收站下月起推行", "九龍城區"),
    ]


def test_captions_under_a_title_over_their_credit_with_no_blank_line_are_one_each() -> None:
    # pdftotext -raw of a page typeset (../shared/tools/typeset.py, look 0) from tests/papers/oriental-20251130-p02.json
    # (its first 30 lines): the title, each photo's caption on its line, the credits, then the text; no blank line.
    text = (Path(__file__).parent / "data" / "oriental-20251130-p02-pdftotext-raw-excerpt.txt").read_text(
        encoding="utf-8"
    )
    first = newsseg.segment(text).articles[0]
    assert first.title == "東方日報A1：認屍神傷善後漫長 全城求巨災真相"
    assert [c.text for c in first.captions][:2] == ["宏福苑起火的大廈嚴重焚毀。", "死者家屬認屍。"]
    assert len(first.captions) == 5
    assert first.paragraphs[0].text.startswith("大埔宏福苑世紀5級大火災")


def test_a_titled_photo_over_an_unsigned_article_whose_lead_the_title_names_is_that_articles() -> None:
    # A paper that prints no bylines: the title, the photo under it (caption, credit), then the article's text. The
    # title names the text's lead, so the photo and its title are that article's, not an item of their own.
    body = "勞工處表示，根據初步調查，至今有三名工人在沙田地盤意外中受傷，處方對其家屬致以深切慰問，並已展開調查。"
    text = f"沙田地盤意外 三名工人受傷送院\n\n三名工人在沙田地盤意外中受傷。\n陳大文攝\n\n{_column(body, 15)}\n"
    (article,) = newsseg.segment(text).articles
    assert article.title == "沙田地盤意外 三名工人受傷送院"
    assert [c.text for c in article.captions] == ["三名工人在沙田地盤意外中受傷。"]
    assert article.paragraphs[0].text.startswith("勞工處表示")


def test_a_second_line_wider_than_the_first_is_no_wrap_of_a_title_set_large() -> None:
    # pdftotext's text of a page typeset (../shared/tools/typeset.py --seed 8) from
    # tests/papers/mingpao-20251201-p01.json, 22 lines: 徐滿柑盼政府設單一對口 / 「長者累資訊多 免四處奔走」, a subhead
    # of two lines each a phrase of its own, both well short of the column. A title set large wraps at its measure,
    # its first line the widest; this second line is wider, so the two are no title's wrap, and the text under them
    # stays in its article.
    text = (Path(__file__).parent / "data" / "mingpao-20251201-p01-pdftotext-seed8-excerpt.txt").read_text(
        encoding="utf-8"
    )
    page = newsseg.segment(text)
    assert len(page.articles) == 1
    assert page.articles[0].title is None

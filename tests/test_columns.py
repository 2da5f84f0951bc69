"""Columns printed side by side (``pdftotext -layout``, issue 11 item 3): read one after another, spans kept.

Hand-made pages first (two articles set side by side, a title across the columns between two bands), then text that
must pass untouched (the seed pages, letter-spaced titles, indents, a credits line), then the real thing: a corpus
page typeset by ``../shared/tools/typeset.py`` and read back with ``pdftotext -layout``, skipped where the shared
folder, reportlab or pdftotext is missing.
"""

from __future__ import annotations

import importlib.util
import io
import itertools
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseg
from layout import check_page_coverage
from newsseg import Span
from newsseg._columns import split_columns
from newsseg.segment import _segmenters_in_order

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

TITLE_A = "示范区召开政府廉政工作会议"
BODY_A = (
    "本报讯（记者郭树勋）8月7日上午，示范区召开政府廉政工作会议，总结上半年工作，部署下一阶段任务。",
    "会议强调，要认真学习贯彻上级精神，把纪律和规矩挺在前面，推动全面从严治党向纵深发展。",
)
TITLE_B = "瓷韵广场改造工程开工"
BODY_B = (
    "本报讯（记者王小明）8月6日，瓷韵广场改造工程正式开工，工人正在硬化地面、铺设管网。",
    "据介绍，工程计划于年底完工，完工后将为周边居民提供更多休闲空间。",
)
WIDTH = 14  # cells of a column: one CJK character takes one cell in pdftotext -layout text


def wrap(paragraphs: tuple[str, ...], width: int = WIDTH) -> list[str]:
    """Paragraphs wrapped to ``width`` characters, each first line indented by two spaces, as the layout prints."""
    lines: list[str] = []
    for para in paragraphs:
        text = "  " + para
        lines += [text[i : i + width] for i in range(0, len(text), width)]
    return lines


def article_lines(title: str, body: tuple[str, ...]) -> list[str]:
    return [title, "", *wrap(body)]


def side_by_side(left: list[str], right: list[str], gutter: int = 4, width: int = WIDTH) -> str:
    """Two columns on one line each, padded with ASCII spaces to the column width, as pdftotext -layout does."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join(f"{a:<{width}}{' ' * gutter}{b}".rstrip() for a, b in zip(left, right, strict=True)) + "\n"


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


PAGE = side_by_side(article_lines(TITLE_A, BODY_A), article_lines(TITLE_B, BODY_B))


def test_a_hand_made_page_is_split_into_its_columns_in_order() -> None:
    columns = split_columns(PAGE)
    assert columns is not None
    lines = [line.strip() for line in columns.text.splitlines() if line.strip()]
    want = [line.strip() for line in article_lines(TITLE_A, BODY_A) + article_lines(TITLE_B, BODY_B) if line.strip()]
    assert lines == want


def test_each_column_is_read_as_its_article() -> None:
    page = newsseg.segment(PAGE)
    assert [a.headline.main if a.headline else None for a in page.articles] == [TITLE_A, TITLE_B]
    # The byline is the article's, not its first paragraph's.
    bodies = [[body[0].split("）", 1)[1], *body[1:]] for body in (BODY_A, BODY_B)]
    assert [[p.text for p in a.paragraphs] for a in page.articles] == bodies
    assert [a.byline.reporters if a.byline else () for a in page.articles] == [("郭树勋",), ("王小明",)]


def test_spans_point_into_the_input_and_cover_it_exactly_once() -> None:
    page = newsseg.segment(PAGE)
    check_page_coverage(page, PAGE)
    assert page.source == PAGE
    for article in page.articles:
        for para in article.paragraphs:
            # A paragraph set over several lines of a column is read from several fragments of the input lines.
            assert len(para.pieces) > 1
            assert compact("".join(p.of(PAGE) for p in para.pieces)) == compact(para.text)
            assert para.span.start == para.pieces[0].start
            assert para.span.end == para.pieces[-1].end
        assert article.headline is not None
        assert "".join(s.of(PAGE) for s in article.headline.spans) == article.headline.main
        assert article.byline is not None
        assert article.byline.span is not None
        assert article.byline.span.of(PAGE) == article.byline.text  # one fragment: its span is exact
    # The JSON form keeps the pieces, and reads back to the same records.
    for article in page.articles:
        items = article.to_dict()["paragraph_items"]
        assert all("pieces" in item for item in items)
        assert [newsseg.Paragraph.from_dict(item) for item in items] == list(article.paragraphs)


def test_a_title_across_the_columns_stays_between_its_bands() -> None:
    one, two = BODY_A + BODY_B, BODY_B + BODY_A
    upper = side_by_side(wrap(one), wrap(two))
    title = " " * 8 + "瓷韵广场改造工程开工仪式举行" + "\n"  # centred over both columns: it crosses the gutter
    lower = side_by_side(wrap(two), wrap(one))
    text = upper + "\n" + title + "\n" + lower
    columns = split_columns(text)
    assert columns is not None
    order = compact(columns.text)
    pieces = [*one, *two, "瓷韵广场改造工程开工仪式举行", *two, *one]
    assert order == compact("".join(pieces))
    check_page_coverage(newsseg.segment(text), text)


def test_a_title_set_large_over_the_columns_starting_in_the_gutter_is_read_before_them() -> None:
    # pdftotext -layout gives a title set large one cell a character: over three columns it takes fewer cells than
    # they do, starting in the first gutter, as if it were the top line of the second column.
    one, two = BODY_A + BODY_B, BODY_B + BODY_A
    columns_text = side_by_side(wrap(one), wrap(two))
    title = " " * (WIDTH + 1) + "瓷韵广场改造工程开工仪式举行" + "\n"
    text = "\n\n" + title + columns_text
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text) == compact("".join(["瓷韵广场改造工程开工仪式举行", *one, *two]))
    check_page_coverage(newsseg.segment(text), text)


def test_a_caption_across_two_of_three_columns_leaves_the_third_whole() -> None:
    # A photo's caption set across the first two columns (CNA pages): the third column runs down the page beside it,
    # and its gutter holds from top to bottom. Cut at the caption first, the third column was read in two parts,
    # its upper part before the caption and its lower part after the first two columns' lower parts.
    one, two = BODY_A + BODY_B, BODY_B + BODY_A
    three = one + two + one
    caption = "图为工人在广场上铺设管网，工程计划于年底完工（记者王小明摄）"
    left = [*side_by_side(wrap(one), wrap(two)).splitlines(), caption, *side_by_side(wrap(two), wrap(one)).splitlines()]
    right = wrap(three)
    assert len(right) >= len(left)
    width = 2 * WIDTH + 4
    text = (
        "\n".join(f"{a:<{width}}    {b}".rstrip() for a, b in itertools.zip_longest(left, right, fillvalue="")) + "\n"
    )
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text) == compact("".join([*one, *two, caption, *two, *one, *three]))
    check_page_coverage(newsseg.segment(text), text)


def test_a_head_over_three_columns_that_crosses_one_gutter_only_is_read_before_them() -> None:
    # A title set large over three columns takes fewer cells than they do: it stands over the second, and its
    # subtitle crosses the second gutter only. The first gutter holds from top to bottom, yet the head is read first.
    one, two = BODY_A + BODY_B, BODY_B + BODY_A
    body = [
        f"{a:<{WIDTH}}    {b:<{WIDTH}}    {c}".rstrip()
        for a, b, c in itertools.zip_longest(wrap(one), wrap(two), wrap(one), fillvalue="")
    ]
    title = " " * (WIDTH + 6) + "瓷韵广场改造"
    subtitle = " " * (WIDTH + 8) + "——瓷韵广场改造工程开工仪式隆重举行"
    text = "\n".join([title, subtitle, *body]) + "\n"
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text) == compact(
        "".join(["瓷韵广场改造", "——瓷韵广场改造工程开工仪式隆重举行", *one, *two, *one])
    )
    check_page_coverage(newsseg.segment(text), text)


def test_titles_side_by_side_over_their_columns_are_each_read_before_its_column() -> None:
    # Two articles' titles set side by side, each over its own column, share their printed lines; read across,
    # they interleave (示范区召开…瓷韵广场… / ——总结…——年底…) and neither article gets its title.
    subtitles = ("——总结上半年工作", "——年底完工")
    heads = [f"{a:<{WIDTH}}    {b}" for a, b in [(TITLE_A, TITLE_B), subtitles]]
    text = "\n".join(heads) + "\n\n\n" + side_by_side(wrap(BODY_A), wrap(BODY_B))
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text) == compact("".join([TITLE_A, subtitles[0], *BODY_A, TITLE_B, subtitles[1], *BODY_B]))
    page = newsseg.segment(text)
    assert [(a.headline.main, a.headline.subtitle) if a.headline else None for a in page.articles] == [
        (TITLE_A, "总结上半年工作"),
        (TITLE_B, "年底完工"),
    ]
    check_page_coverage(page, text)


def test_one_title_line_with_a_gap_over_two_columns_is_not_cut_in_two() -> None:
    # One line parted in two may be one title printed with a gap between its phrases: it is read across, as before.
    head = f"{'示范区召开政府':<{WIDTH}}    {'廉政工作会议'}"
    text = head + "\n\n\n" + side_by_side(wrap(BODY_A + BODY_B), wrap(BODY_B + BODY_A))
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text).startswith(TITLE_A)


@pytest.mark.parametrize("gutter", [2, 3, 7])
@pytest.mark.parametrize("pages", [1, 3])
def test_every_gutter_and_form_feed_page_keeps_coverage(gutter: int, pages: int) -> None:
    page = side_by_side(article_lines(TITLE_A, BODY_A), article_lines(TITLE_B, BODY_B), gutter=gutter)
    text = "\f".join([page] * pages)
    columns = split_columns(text)
    assert columns is not None
    assert columns.text.count("\f") == pages - 1
    result = newsseg.segment(text)
    check_page_coverage(result, text)
    assert len(result.articles) == 2 * pages


# --- text that must pass untouched ---------------------------------------------------------------------------

ORDINARY = (
    # letter-spaced masthead and a name set to width, on one line each
    (
        "人 民 日 报\n2020年8月10日  星期一\n本版责编：陈  凌\n\n示范区召开政府廉政工作会议\n\n"
        "  本报讯（记者郭树勋）8月7日上午，示范区召开政府廉政工作会议。\n"
    ),
    # indented paragraphs and a title set off by spaces
    (
        "        示范区召开政府廉政工作会议\n\n    本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n"
        "    会议强调，要认真学习贯彻上级精神。\n    会议要求，各部门要抓好落实。\n"
    ),
    # a credits line with its items parted by runs of spaces, and a short table
    "编辑  张三    校对  李四    美编  王五\n品种  价格\n白菜  1.2\n萝卜  0.8\n土豆  2.1\n",
)


@pytest.mark.parametrize("text", ORDINARY, ids=["letter-spaced", "indented", "credits-and-table"])
def test_ordinary_text_is_not_split(text: str) -> None:
    assert split_columns(text) is None
    assert newsseg.segment(text) == _segmenters_in_order(text, None, None, None, None)[0]


def test_the_seed_pages_are_not_split() -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        assert split_columns(path.read_bytes().decode("utf-8")) is None, path.name


# --- a real page: typeset, read back with pdftotext -layout ---------------------------------------------------

#: A 新华每日电讯 page of three articles in columns, with titles over their columns.
REAL = "xhmrdx-20260503-p04"


#: A 中央社 page of six dispatches whose photos' captions are set across two of three columns.
CAPTIONED = "cna-a"


def _typeset_layout(tmp_path_factory: pytest.TempPathFactory, name: str) -> tuple[str, dict]:
    """Corpus page ``name`` typeset by the shared tool (look 0) and read back with ``pdftotext -layout``."""
    tool = SHARED / "tools" / "typeset.py"
    source = SHARED / "corpus" / f"{name}.json"
    if not tool.exists() or not source.exists():
        pytest.skip("the shared corpus and tools (../shared) are not here")
    if importlib.util.find_spec("reportlab") is None or shutil.which("pdftotext") is None:
        pytest.skip("typesetting needs reportlab and pdftotext (poppler-utils)")
    out = tmp_path_factory.mktemp("layout")
    command = [sys.executable, str(tool), str(source), "--seed", "0", "--out", str(out), "--extractors", "pdftotext"]
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - our interpreter and the shared tool
    pdf, txt = out / "pdf" / f"{name}.pdf", out / f"{name}-layout.txt"
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), str(txt)], check=True)  # noqa: S603, S607
    gold = json.loads((out / f"{name}-pdftotext.gold.json").read_text(encoding="utf-8"))
    return txt.read_bytes().decode("utf-8"), gold


@pytest.fixture(scope="module")
def layout_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    return _typeset_layout(tmp_path_factory, REAL)


@pytest.fixture(scope="module")
def captioned_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    return _typeset_layout(tmp_path_factory, CAPTIONED)


def _article_f1(gold: dict, page: newsseg.Page) -> float:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "tools" / "score.py")
    assert spec
    assert spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with redirect_stdout(io.StringIO()):
        res = score.score_page(gold, page.to_dict(), False, io.StringIO(), True)  # noqa: FBT003
    return float(score.f1(res["matched"], res["pred"], res["gold"])[0])


def test_pdftotext_layout_puts_one_character_in_one_cell(layout_page: tuple[str, dict]) -> None:
    """The second column starts at one offset counted in characters; counted in display width, it wanders."""
    text, _ = layout_page
    starts: list[int] = []
    widths: list[int] = []
    for line in text.splitlines():
        found = re.match(r"(\S+) {2,}(?=\S)", line)  # a first column's line from the margin, then the gutter
        if found and len(found.group(1)) >= 12 and found.end() < 45:
            starts.append(found.end())
            widths.append(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[: found.end()]))
    assert len(starts) >= 20
    share = Counter(starts).most_common(1)[0][1] / len(starts)
    assert share >= 0.6
    assert Counter(widths).most_common(1)[0][1] / len(widths) < share / 2


def test_a_typeset_page_read_with_layout_is_split_and_segmented(layout_page: tuple[str, dict]) -> None:
    text, gold = layout_page
    assert split_columns(text) is not None
    page = newsseg.segment(text)
    check_page_coverage(page, text)
    interleaved = _segmenters_in_order(text, None, None, None, None)[0]  # the lines as printed, columns mixed
    # Quality floor: all three articles measured on this page (typeset seed 0); read as printed, none.
    assert _article_f1(gold, page) >= 0.99
    assert _article_f1(gold, interleaved) == 0.0


def test_captions_across_two_of_three_columns_leave_each_dispatch_whole(captioned_page: tuple[str, dict]) -> None:
    # 中央社's photos: a caption set across two of three columns, ending on its source in brackets (…僅2人生還。
    # （韓聯社）). Cut into bands at the captions, the third column was read in two parts (article F1 0.545 on this
    # page); cut at its gutter first, the captions still read as the text of the dispatch they cut (0.615).
    text, gold = captioned_page
    page = newsseg.segment(text)
    check_page_coverage(page, text)
    assert _article_f1(gold, page) >= 0.9


# --- any columns: nothing lost, nothing read twice ------------------------------------------------------------

_CELL = st.sampled_from("本报讯记者会议强调要认真学习贯彻精神示范区召开政府廉政工作，。、“”（）0123456789AB")
_LINE = st.text(_CELL, min_size=1, max_size=WIDTH)


@given(
    left=st.lists(_LINE, min_size=4, max_size=16),
    right=st.lists(_LINE, min_size=4, max_size=16),
    gutter=st.integers(2, 6),
)
def test_any_side_by_side_page_is_covered_exactly_once(left: list[str], right: list[str], gutter: int) -> None:
    text = side_by_side(left, right, gutter=gutter)
    columns = split_columns(text)
    if columns is not None:
        # The rearranged text holds every character of the input once, and maps back onto it.
        pieces = columns.pieces(Span(0, len(columns.text)))
        assert compact("".join(p.of(text) for p in pieces)) == compact(columns.text)
        assert sorted(compact(columns.text)) == sorted(compact(text))
    check_page_coverage(newsseg.segment(text), text)


def test_a_column_set_at_a_wider_pitch_down_the_page_keeps_its_paragraphs() -> None:
    # pdftotext -layout prints a column whose lines fall between its neighbour's with an empty row between each two
    # of them, from where its pitch changes (中央社, a photo beside it): at that pitch, a line that fills the column
    # and ends no sentence runs on below, and its paragraph stays one.
    more = (
        "工程负责人介绍，改造内容包括地面硬化、管网铺设、绿化提升和照明改造等，"
        "施工期间将采取围挡措施，减少对居民出行的影响。"
    )
    body = wrap((*BODY_B, BODY_A[1], more))  # all at the page's pitch but the last 5, at the wider one
    right = [TITLE_B, "", *body[:-5]]
    for line in body[-5:]:
        right += ["", line]
    left = article_lines(TITLE_A, BODY_A) + wrap(BODY_A) + wrap(BODY_B[1:])
    text = side_by_side(left, right)
    columns = split_columns(text)
    assert columns is not None
    # no blank line inside the paragraph that runs on at the wider pitch
    assert [compact(block) for block in columns.text.split("\n\n") if more[:6] in compact(block)] == [more]
    page = newsseg.segment(text)
    (article,) = [a for a in page.articles if a.headline and a.headline.main == TITLE_B]
    assert [p.text for p in article.paragraphs] == [BODY_B[0].split("）", 1)[1], BODY_B[1], BODY_A[1], more]


def test_columns_set_at_two_pitches_are_read_one_after_the_other() -> None:
    # Two dispatches side by side, each at its own line pitch: pdftotext -layout prints their lines in turn, and
    # only now and then one of each on a printed line. The gutter shows by the lines on either side of it, none
    # across, the right column's all starting at its edge.
    left = (
        "新华社索非亚6月8日电 应保加利亚政府邀请，国务委员率团访保，同保总统、总理分别会见，同副总理举行会谈。"
        "介绍了中国经济社会发展成就，表示中方高度重视中保关系发展，愿同保方密切各领域交流合作。"
        "访保期间，双方共同见证两国部门签署合作意向书，并调研职业技能培训情况。" * 2
    )
    right = (
        "本报阿斯塔纳6月9日电 第九届进博会推介会暨主题活动在阿斯塔纳成功举办。贸易与一体化部副部长等出席并致辞。"
        "副部长表示，哈萨克斯坦高度重视对华出口合作，进博会是进入中国市场的重要平台。"
        "哈方将继续积极组织企业和机构参与进博会，借助平台展示本国优质产品。" * 2
    )
    left_lines, right_lines = wrap([left], 14), wrap([right], 14)
    lines: list[str] = []
    for k in range(max(len(left_lines), len(right_lines))):
        one = left_lines[k] if k < len(left_lines) else ""
        two = right_lines[k] if k < len(right_lines) else ""
        if k % 3 == 2:
            lines.append(f"{one:<34}{two}".rstrip())  # the two pitches meet on one printed line
        else:
            lines += [one, " " * 34 + two]
    columns = split_columns("\n".join(lines) + "\n")
    assert columns is not None
    blocks = [compact(block) for block in columns.text.split("\n\n") if block.strip()]
    assert blocks == [compact(left), compact(right)]


RIGHT_BODY = (
    "瓷韵广场位于老城区中心，建成已有二十多年，地面破损、管网老化，周边居民多次反映出行不便。",
    "据介绍，工程计划于年底完工，完工后将为周边居民提供更多休闲空间，并增设健身器材和照明设施。",
    "工程负责人介绍，改造内容包括地面硬化、管网铺设、绿化提升和照明改造等，施工期间将设置围挡。",
    "附近居民表示，广场改造后，晚上散步、跳舞都有了更好的去处，盼着工程早日完工，早日开放使用。",
    "社区工作人员介绍，施工期间，社区将安排专人疏导交通，并在周边设置临时停车点，方便居民出行。",
    "区住建部门表示，将加强施工现场管理，严格落实安全文明施工要求，确保工程质量和施工安全。",
    "此外，广场周边的三条背街小巷也将同步改造，届时老城区的面貌将焕然一新，居民生活更加便利。",
    "据了解，今年以来，全区已启动老旧小区和公共空间改造项目十余个，惠及居民近两万户。",
)


def right_titled(right: list[str]) -> tuple[str, list[str], list[str]]:
    """An article of two columns under a byline, with ``right`` set beside them, right of the second column."""
    one, two = wrap(RIGHT_BODY[:4]), wrap(RIGHT_BODY[4:])
    left = ["新华社记者 王小明", *one]
    lines = [
        f"{a:<{WIDTH}}    {b:<{WIDTH}}      {c}".rstrip()
        for a, b, c in itertools.zip_longest(left, ["", *two], right, fillvalue="")
    ]
    return "\n".join(lines) + "\n", one, two


def test_a_title_set_right_of_its_body_is_read_before_it() -> None:
    # Some pages set an article's title in a narrow column right of its text, at its top, white space under it.
    # pdftotext -layout prints its lines beside the body's: read with the second column, they were glued to its lines.
    text, one, two = right_titled(["", "瓷韵广场改造", "", "工程开工"])
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text) == compact("".join(["瓷韵广场改造工程开工", "新华社记者 王小明", *one, *two]))
    (article,) = newsseg.segment(text).articles
    assert article.headline is not None
    assert compact(article.headline.main) == "瓷韵广场改造工程开工"
    assert [compact(p.text) for p in article.paragraphs] == [compact(p) for p in RIGHT_BODY]
    check_page_coverage(newsseg.segment(text), text)


@pytest.mark.parametrize("right", [["", "本版责编：王小明"], ["", "管网铺设完毕。", "", "工程计划年底完工。"]])
def test_a_credit_or_a_sentence_right_of_the_columns_is_not_taken_for_their_title(right: list[str]) -> None:
    text, _, _ = right_titled(right)
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text).startswith(compact("新华社记者 王小明"))


def three_columns_under(line: str) -> tuple[str, list[str]]:
    """A line alone over three columns of one article (under a band of two), right of the second column's edge."""
    texts = [["本报记者 王小明", *wrap(RIGHT_BODY[:3])], wrap(RIGHT_BODY[3:6]), wrap(RIGHT_BODY[6:])]
    body = [f"{a:<{WIDTH}}    {b:<{WIDTH}}    {c}".rstrip() for a, b, c in itertools.zip_longest(*texts, fillvalue="")]
    head = " " * (WIDTH + 4 + 5) + line
    above = PAGE  # the band above, two blank lines over the title
    return above + "\n\n" + "\n".join([head, *body]) + "\n", [line for column in texts for line in column]


def test_a_title_centred_over_the_columns_right_of_an_edge_is_read_before_them() -> None:
    # Set large and centred over the columns, a title may start right of the second column's edge: alone on the
    # band's first line, the first column starting under it, it is no line of the second column.
    text, lines = three_columns_under("广场改造工程开工")
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text).endswith(compact("广场改造工程开工" + "".join(lines)))
    article = newsseg.segment(text).articles[-1]
    assert article.headline is not None
    assert article.headline.main == "广场改造工程开工"
    assert [compact(p.text) for p in article.paragraphs] == [compact(p) for p in RIGHT_BODY]


@pytest.mark.parametrize("line", ["管网铺设已经完毕。", "新华社北京4月30日电"])
def test_a_sentence_or_a_dispatch_head_alone_over_the_columns_stays_in_its_column(line: str) -> None:
    text, lines = three_columns_under(line)
    columns = split_columns(text)
    assert columns is not None
    assert not compact(columns.text).endswith(compact(line + "".join(lines)))


def left_titled(left: list[str]) -> tuple[str, list[str]]:
    """A page of one column under a byline, with ``left`` set beside its first lines, on its left."""
    body = wrap(RIGHT_BODY)
    lines = [" " * 18 + "新华社记者 王小明"]
    lines += [f"{a:<18}{b}".rstrip() for a, b in itertools.zip_longest(left, body, fillvalue="")]
    return "\n".join(lines) + "\n", wrap(RIGHT_BODY)


def test_a_title_set_left_of_its_body_on_a_page_of_one_column_is_read_before_it() -> None:
    # An article jumped to a page of its own, its title in a narrow column left of its text: pdftotext -layout prints
    # the title's lines beside the text's, too few for a gutter, and each was glued to a line of the text.
    text, body = left_titled(["看似“可爱”", "实则有害", "——外来物种", "管控“加码”"])
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text) == compact(
        "".join(["看似“可爱”实则有害——外来物种管控“加码”", "新华社记者 王小明", *body])
    )
    (article,) = newsseg.segment(text).articles
    assert article.headline is not None
    assert (article.headline.main, article.headline.subtitle) == ("看似“可爱”实则有害", "外来物种管控“加码”")
    assert [compact(p.text) for p in article.paragraphs] == [compact(p) for p in RIGHT_BODY]
    check_page_coverage(newsseg.segment(text), text)


@pytest.mark.parametrize("left", [["管网铺设完毕。", "工程年底完工。"], ["本版责编：王小明"]])
def test_a_sentence_or_a_credit_left_of_one_column_leaves_the_page_as_it_is(left: list[str]) -> None:
    text, _ = left_titled(left)
    assert split_columns(text) is None


def broken_band_page(
    under: list[str], last: str | None = None
) -> tuple[str, list[str], list[str], list[str], list[str]]:
    """An article over two columns, ``under`` under it in the first after a blank line, a third column beside both.

    ``last``, if given, is the first column's line over the blank line.
    """
    upper = wrap(RIGHT_BODY[:4])
    cut = next(k for k in range(len(upper) // 2, len(upper)) if len(upper[k]) == WIDTH and upper[k][-1] not in "。，")
    if last is not None:
        upper[cut] = last
    one, two = upper[: cut + 1], upper[cut + 1 :]
    assert len(two) <= len(one)
    lower = [*under, *wrap(BODY_A[1:])]
    first = [*one, "", *lower]
    three = wrap(RIGHT_BODY[4:] + RIGHT_BODY[:4])
    assert len(three) >= len(first)
    lines = [
        f"{a:<{WIDTH}}    {b:<{WIDTH}}    {c}".rstrip()
        for a, b, c in itertools.zip_longest(first, two, three, fillvalue="")
    ]
    return "\n".join(lines) + "\n", one, two, lower, three


@pytest.mark.parametrize(
    "under",
    [
        ["新华社记者 王小明"],
        ["廉政工作会议召开", "新华社记者 王小明"],
        ["（中央社記者王小明台北", "7日電）立法院今天審查"],  # a dispatch head in brackets, over two lines
    ],
)
def test_an_article_under_a_band_of_two_columns_is_read_after_the_band(under: list[str]) -> None:
    # An article set over the first two columns, another under it in the first column only (its byline, or a title
    # and its byline, after one blank line), the second column blank beside it, a third column down the whole page:
    # read column by column, the article below cut the one above in two (xhmrdx, pdftotext -layout).
    text, one, two, lower, three = broken_band_page(under)
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text) == compact("".join([*one, *two, *lower, *three]))
    check_page_coverage(newsseg.segment(text), text)


@pytest.mark.parametrize(
    ("under", "last"),
    [
        (["（本报记者王小明）"], None),
        (["廉政工作会议召开"], None),
        (["据介绍，工程计划"], None),
        # the blank line parts a word (編 / 輯, read on the Simplified copy): the line under it ends the article above
        (["輯：王明）1130", "（中央社記者王小明台北", "7日電）立法院今天審查"], "正在考慮坐船回國」。（編"),
    ],
)
def test_a_blank_line_in_the_first_columns_without_a_byline_under_it_keeps_them_whole(
    under: list[str], last: str | None
) -> None:
    # No byline under the blank line (a signature in brackets closes an article, a short line may end a paragraph),
    # or one under a line that finishes the word the line over the blank stops in: the columns are read one after
    # the other, as before.
    text, one, two, lower, three = broken_band_page(under, last)
    columns = split_columns(text)
    assert columns is not None
    assert compact(columns.text) == compact("".join([*one, *lower, *two, *three]))


def test_an_article_under_a_band_right_of_a_column_down_the_page_is_read_after_the_band() -> None:
    # The same band set right of a column that runs down the whole page: the band's columns are cut, the column
    # left of them read whole first.
    text, one, two, lower, three = broken_band_page(["新华社记者 王小明"])
    left = wrap(RIGHT_BODY[4:] + RIGHT_BODY[:4] + RIGHT_BODY[4:])
    lines = text.splitlines()
    assert len(left) >= len(lines)
    page = (
        "\n".join(f"{a:<{WIDTH}}    {b}".rstrip() for a, b in itertools.zip_longest(left, lines, fillvalue="")) + "\n"
    )
    columns = split_columns(page)
    assert columns is not None
    assert compact(columns.text) == compact("".join([*left, *one, *two, *lower, *three]))
    check_page_coverage(newsseg.segment(page), page)

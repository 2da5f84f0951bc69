"""Title blocks keep the gap the paper prints between phrases, and lose letter-spacing (issue 12)."""

from __future__ import annotations

import pytest

import newsseg
from newsseg import parse_headline


@pytest.mark.parametrize(
    ("lines", "main"),
    [
        (["湖北：一江碧水东流 千里绘就长歌"], "湖北：一江碧水东流 千里绘就长歌"),
        (["提升服务质量   创优营商环境"], "提升服务质量 创优营商环境"),  # a wide gap is one space
        (["沁 泉 湖 怀 庆 河"], "沁泉湖怀庆河"),  # letter-spacing goes
        (["示范区召开", "政府廉政工作会议"], "示范区召开政府廉政工作会议"),  # a wrapped title joins with nothing
        (["沁泉湖 公园建设战犹酣沁泉湖 公园建设战犹酣"], "沁泉湖 公园建设战犹酣"),  # doubled, gaps kept once
    ],
)
def test_main_keeps_one_space_at_a_phrase_gap(lines: list[str], main: str) -> None:
    assert parse_headline(lines).main == main


def test_a_segmented_page_keeps_the_gap_as_printed() -> None:
    page = newsseg.segment("本报讯（记者郭树勋）8月7日上午，示範區召開會議。\n\n一江碧水東流 千里繪就長歌\n")
    assert page.articles[0].title == "一江碧水東流 千里繪就長歌"  # the printed (Traditional) characters, gap kept


def test_a_title_line_ending_in_a_colon_runs_on_into_the_next() -> None:
    # 古籍活化： / 让典籍文献活在当下: a topic and its colon wait for what is said of it; no kicker ends in a colon.
    headline = parse_headline(["古籍活化：", "让典籍文献活在当下"])
    assert (headline.kicker, headline.main) == (None, "古籍活化：让典籍文献活在当下")
    assert parse_headline(["民调机构:", "德国选择党支持率创新高"]).kicker is None


@pytest.mark.parametrize(
    ("lines", "main"),
    [
        (["信用变现七千", "亿，企业扬帆显活力"], "信用变现七千亿，企业扬帆显活力"),  # a number broken over two lines
        (["网传“凭车牌直接上高速”是", "不准确的信息解读"], "网传“凭车牌直接上高速”是不准确的信息解读"),  # 是 waits
        (["网传“凭车牌直接上高速”", "是不准确的信息解读"], "网传“凭车牌直接上高速”是不准确的信息解读"),  # or opens none
    ],
)
def test_a_narrow_title_wrapped_inside_a_number_or_after_a_copula_is_one_main_title(
    lines: list[str], main: str
) -> None:
    headline = parse_headline(lines)
    assert (headline.kicker, headline.main, headline.subtitle) == (None, main, None)


def test_a_kicker_that_ends_in_a_dash_leads_into_the_main_title_under_it() -> None:
    # A full-width kicker line ending in ——, over a main title of two parallel lines: no wrap into the main.
    headline = parse_headline(
        ["外国政党领导人、智库学者", "及工商界代表等走进深圳——", "科技创新的高地", "世界合作的舞台"]
    )
    assert (headline.kicker, headline.main) == (
        "外国政党领导人、智库学者及工商界代表等走进深圳——",
        "科技创新的高地世界合作的舞台",
    )


def test_a_subtitle_wrapped_over_two_lines_keeps_its_second_line() -> None:
    # The line under a subtitle's dash carries it on; it used to be dropped, and with it part of the title's text.
    headline = parse_headline(["结束对朝鲜国事访问", "习近平回到北京", "——离开前出席金正恩举行的", "欢送仪式"])
    assert headline.subtitle == "离开前出席金正恩举行的欢送仪式"
    assert headline.main == "习近平回到北京"


def test_two_lines_above_a_dash_are_one_title_unless_they_read_as_kicker_and_main() -> None:
    # A main title wrapped over two lines above its subtitle used to be cut into kicker + main whatever its words.
    headline = parse_headline(["剑指生成“数字泔水”", "等AI应用乱象", "——中央网信办专项整治"])
    assert (headline.kicker, headline.main) == (None, "剑指生成“数字泔水”等AI应用乱象")
    headline = parse_headline(["就中越建交70周年", "习近平同越共中央总书记、国家主席阮富仲互致贺电", "——李克强致电"])
    assert headline.kicker == "就中越建交70周年"


@pytest.mark.parametrize(
    "lines",
    [
        ["李鸿忠出席中俄", "“友好语言”对话会开幕式"],  # led by its doer: a sentence's opening, no bare name
        ["惩治网络“黑嘴”", "保护企业声誉"],  # quotes make it a phrase
        ["莫斯科中国", "论坛在俄罗斯举办"],  # a name, but over half a sentence
        ["习近平结束", "对缅甸国事访问回到国内"],  # a long line under half a sentence is its other half
    ],
)
def test_a_short_first_line_over_half_a_sentence_is_the_titles_first_half(lines: list[str]) -> None:
    # "First line of eight characters or fewer: a bare name above the title" cut these narrow-column titles in two.
    headline = parse_headline(lines)
    assert (headline.kicker, headline.main, headline.subtitle) == (None, "".join(lines), None)


@pytest.mark.parametrize(
    ("lines", "kicker"),
    [
        (["示范区工信局", "提升服务质量 创优营商环境"], "示范区工信局"),  # a bare name over a whole title
        (["打造人民满意城管", "示范区城管局被省住建厅", "授予“表现突出单位”荣誉称号"], "打造人民满意城管"),
    ],
)
def test_a_bare_name_above_a_title_of_its_own_is_the_kicker(lines: list[str], kicker: str) -> None:
    assert parse_headline(lines).kicker == kicker


def test_a_long_statement_over_a_clause_is_the_kicker_and_a_short_line_over_one_is_half_the_title() -> None:
    headline = parse_headline(["广东阳江力争全年绿电装备进出口突破10亿元", "绿电清风，从这里吹向全球"])
    assert (headline.kicker, headline.main) == ("广东阳江力争全年绿电装备进出口突破10亿元", "绿电清风，从这里吹向全球")
    headline = parse_headline(["“挖煤”更", "“挖文化”，内蒙古准格尔旗产业蝶变"])
    assert (headline.kicker, headline.main) == (None, "“挖煤”更“挖文化”，内蒙古准格尔旗产业蝶变")


def test_a_quotation_under_a_statement_is_the_main_title_and_under_a_short_line_its_object() -> None:
    headline = parse_headline(["市政公司承建的滨江大桥打通新区交通堵点", "“通往美好生活的新桥梁”"])
    assert (headline.kicker, headline.main) == ("市政公司承建的滨江大桥打通新区交通堵点", "“通往美好生活的新桥梁”")
    headline = parse_headline(["破解新能源车主", "“里程焦虑”"])
    assert (headline.kicker, headline.main) == (None, "破解新能源车主“里程焦虑”")


def test_a_title_part_of_four_characters_is_the_wrapped_tail_of_the_line_above() -> None:
    headline = parse_headline(["从“小树苗”到“大森林”：同一片山上，又一片", "新绿"])
    assert (headline.kicker, headline.main) == (None, "从“小树苗”到“大森林”：同一片山上，又一片新绿")
    # unless the line above ends in a verb of saying: then it is a kicker over a title of its own
    assert parse_headline(["王明在新区调研时强调", "稳中求进"]).kicker == "王明在新区调研时强调"


def test_a_first_line_with_a_short_phrase_set_apart_is_the_first_half_of_a_wrapped_title() -> None:
    # Phrases of a like length set apart are a slogan of their own over a title (a kicker) ...
    headline = parse_headline(["垃圾分类做示范 打造亮点促联创", "示范区召开推进会"])
    assert headline.kicker == "垃圾分类做示范 打造亮点促联创"
    # ... but a short last phrase is a wrapped title's first half: its second half is on the next line.
    headline = parse_headline(["市交警推出潮汐车道 让假期", "“堵心”变舒心"])
    assert (headline.kicker, headline.main) == (None, "市交警推出潮汐车道 让假期“堵心”变舒心")


def test_a_bare_name_over_a_sentence_its_doer_leads_is_the_kicker_though_the_lines_are_of_a_width() -> None:
    # Two lines of about one width read as a title wrapped at that width, unless their words say kicker and main:
    # an event's name over a sentence that a person's name opens.
    headline = parse_headline(["江城乒乓球公开赛", "王建华男单夺冠"])
    assert (headline.kicker, headline.main) == ("江城乒乓球公开赛", "王建华男单夺冠")
    # a line as wide over half a sentence is still the title's first half
    headline = parse_headline(["杨洁篪将出席第九次", "金砖国家安全事务高"])
    assert headline.kicker is None


@pytest.mark.parametrize(
    "lines",
    [
        ["战事六十天，美伊", "“不战不谈”还要多久"],  # a word or two after the comma: the clause runs on
        ["改变，从细节", "开始（体坛观澜）"],
        ["当声音被AI", "“偷走”，该怎么办"],  # a preposition opens a clause, not a name
    ],
)
def test_a_first_line_that_stops_inside_a_clause_is_the_first_half_of_one_title(lines: list[str]) -> None:
    headline = parse_headline(lines)
    assert (headline.kicker, headline.main) == (None, "".join(lines))


def test_a_clause_cut_after_its_comma_runs_on_into_the_next_line_under_a_kicker() -> None:
    headline = parse_headline(["江城灌区实现集中统一调度", "全链条节水，严控", "春灌耗水量（记录中国）"])
    assert (headline.kicker, headline.main) == ("江城灌区实现集中统一调度", "全链条节水，严控春灌耗水量（记录中国）")
    # a clause of its own after the comma keeps a line whole: a kicker over its main title
    headline = parse_headline(["体操世锦赛，中国队收获3银2铜", "备战奥运会，还要加把劲"])
    assert (headline.kicker, headline.main) == ("体操世锦赛，中国队收获3银2铜", "备战奥运会，还要加把劲")


def test_a_kicker_wrapped_at_the_titles_width_ends_on_its_verb_of_saying() -> None:
    lines = [
        "王明在全市生态环境保护民主监督总结暨流",
        "域保护和高质量发展民主监督工作会上强调",
        "深入贯彻落实决策部署",
        "不断提高民主监督实效",
    ]
    headline = parse_headline(lines)
    assert headline.kicker == "王明在全市生态环境保护民主监督总结暨流域保护和高质量发展民主监督工作会上强调"
    assert headline.main == "深入贯彻落实决策部署不断提高民主监督实效"


def test_a_line_naming_an_office_over_one_opening_with_jiu_is_the_kicker() -> None:
    # Who, then what they did about it: the doer is the kicker, the act the main title.
    headline = parse_headline(["中央社会工作部负责人", "就《关于加强新就业群体服务管理的意见》答记者问"])
    assert (headline.kicker, headline.main, headline.subtitle) == (
        "中央社会工作部负责人",
        "就《关于加强新就业群体服务管理的意见》答记者问",
        None,
    )
    # As wide as the main title's wrapped lines, but set apart from them by a blank line: the kicker still.
    headline = parse_headline("中央社会工作部负责人\n\n就《关于加强新就业\n群体服务管理的意\n见》答记者问")
    assert (headline.kicker, headline.main) == (
        "中央社会工作部负责人",
        "就《关于加强新就业群体服务管理的意见》答记者问",
    )
    # With no blank line, a line as wide as the others is a wrap of one title: the office runs on into the act.
    headline = parse_headline("中央社会工作部负责人\n就《关于加强新就业\n群体服务管理的意\n见》答记者问")
    assert headline.kicker is None
    # Under a whole title that names an event, 就 opens its subtitle (seed 002).
    headline = parse_headline(
        [
            "示范区召开党工委（扩大）会议暨中心组学习会议",
            "就贯彻落实省委十届十一次全会暨省委工作会议精神等工作进行安排部署",
        ]
    )
    assert headline.subtitle == "就贯彻落实省委十届十一次全会暨省委工作会议精神等工作进行安排部署"


def test_a_line_that_is_one_quotation_is_no_wrap_of_the_line_above() -> None:
    # pdftotext -raw breaks a narrow title after its quoted name (“雪龙2” / 号 去南极破冰), under a kicker of two
    # lines of the same width: the quotation opens the main title, it does not end the kicker.
    headline = parse_headline(["新装备、新任务，", "极地科考再启程", "“雪龙2”", "号 去南极破冰"])
    assert (headline.kicker, headline.main) == ("新装备、新任务，极地科考再启程", "“雪龙2”号去南极破冰")


def test_a_quoted_title_wrapped_under_a_kicker_of_the_titles_width_is_the_main_title() -> None:
    # pdftotext: a kicker of two lines of one width, then the main title in quotes, wrapped inside its quotation
    # (“奔向美好生 / 活的新通道”): the quotation that runs to the block's end is a part of its own, the main title.
    headline = parse_headline(["中企承建的邦贝德立交桥", "打通几内亚首都交通堵点", "“奔向美好生", "活的新通道”"])
    assert headline.kicker == "中企承建的邦贝德立交桥打通几内亚首都交通堵点"
    assert headline.main == "“奔向美好生活的新通道”"


def test_two_lines_that_read_as_one_kicker_over_a_third_part_are_its_kicker() -> None:
    # pdftotext -raw, a kicker wrapped at a word's edge (绿电 / 装备), the main title wrapped with its column's tag:
    # three parts, the first two reading neither as kicker and main nor as main and subtitle. Read as one line, they
    # are a kicker over the third: no subtitle.
    headline = parse_headline(
        ["广东阳江力争全年绿电", "装备进出口突破10亿元", "绿电清风，从这", "里吹向全球", "（“十五五”首季数据微视角）"]
    )
    assert headline.kicker == "广东阳江力争全年绿电装备进出口突破10亿元"
    assert headline.main == "绿电清风，从这里吹向全球（“十五五”首季数据微视角）"
    assert headline.subtitle is None


def test_a_quoted_word_alone_on_the_first_line_is_no_kicker() -> None:
    # A narrow title wrapped after its quoted first word (“炼化” / 也许冰冷 职场要有温度): a word in quotes says nothing
    # by itself, and a kicker does; the parallel phrases under it did not make it one.
    headline = parse_headline(["“炼化”", "也许冰冷 职场要有温度"])
    assert (headline.kicker, headline.main) == (None, "“炼化”也许冰冷 职场要有温度")


@pytest.mark.parametrize(
    ("title", "main"),
    [
        ("方案成形 伊朗能\n“管住”霍尔木兹海峡吗", "方案成形 伊朗能“管住”霍尔木兹海峡吗"),
        ("开售即“秒\n光”、候补如何\n“更成功”……\n——铁路12306回\n应候补购票热点", "开售即“秒光”、候补如何“更成功”……"),
    ],
)
def test_a_line_that_ends_on_a_modal_verb_or_a_question_word_runs_on_into_the_next(title: str, main: str) -> None:
    # 能, 如何, 能否 wait for the verb after them: the first line is no kicker, however its phrases are spaced.
    headline = parse_headline(title)
    assert (headline.kicker, headline.main) == (None, main)


def test_a_line_that_ends_on_a_word_ending_in_a_modal_character_may_end_a_part() -> None:
    # 动能 is a word of its own, no modal verb: the line above a subtitle's dash ends the title there.
    headline = parse_headline("激发新动能\n——数字经济观察")
    assert (headline.main, headline.subtitle) == ("激发新动能", "数字经济观察")


@pytest.mark.parametrize(
    ("title", "main"),
    [
        ("全面推动\n“人工智能 +”走深走实", "全面推动“人工智能 +”走深走实"),
        ("如何继续这场\n“未完结的正\n义审判”\n——东京审判开庭80周年", "如何继续这场“未完结的正义审判”"),
    ],
)
def test_a_line_that_ends_on_a_verb_that_takes_an_object_or_on_a_measure_word_runs_on(title: str, main: str) -> None:
    # 推动 wants its object, 这场 its noun: the first line is the title's start, wrapped, no kicker.
    headline = parse_headline(title)
    assert (headline.kicker, headline.main) == (None, main)


def test_a_main_title_wrapped_at_its_width_over_a_subtitle_is_one_title() -> None:
    # The title's lines wrap at one width (“三北”工程西部 / 阻击战片区现场推 / 进会召开); the subtitle under its dash is
    # set to a measure of its own and does not hide that width, so the first line is no kicker.
    headline = parse_headline(["“三北”工程西部", "阻击战片区现场推", "进会召开", "——何立峰出席会议并讲话"])
    assert (headline.kicker, headline.main, headline.subtitle) == (
        None,
        "“三北”工程西部阻击战片区现场推进会召开",
        "何立峰出席会议并讲话",
    )


def test_an_occasion_as_wide_as_the_title_under_it_stays_its_kicker() -> None:
    # 就中越建交70周年 is within a character of the wrapped title's width, but names the occasion above the news.
    headline = parse_headline(
        [
            "就中越建交70周年",
            "习近平同越共中央总",
            "书记、国家主席阮富",
            "仲互致贺电",
            "——李克强同越南政",
            "府总理阮春福互致贺电",
        ]
    )
    assert (headline.kicker, headline.main) == ("就中越建交70周年", "习近平同越共中央总书记、国家主席阮富仲互致贺电")
    assert headline.subtitle == "李克强同越南政府总理阮春福互致贺电"


def test_a_kicker_and_a_title_each_wrapped_at_one_narrow_width_part_where_a_line_stops_short() -> None:
    """pdftotext -raw, a title set in a narrow column: the kicker's last line stops short of the measure."""
    lines = ["68岁的铁人三项", "爱好者唐康林", "我尝到了运动的甜", "头（我运动 我快", "乐）"]
    headline = parse_headline("\n".join(lines))
    assert headline.kicker == "68岁的铁人三项爱好者唐康林"
    assert headline.main == "我尝到了运动的甜头（我运动 我快乐）"

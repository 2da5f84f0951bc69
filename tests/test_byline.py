"""Bylines, dispatch heads and photo credits: a table of printed forms, the golden pages, the corpus, fuzzing.

Most forms follow the conventions of papers and agencies rather than the seed pages: 新华社, 中新社, 人民网
and 央视网 dispatch heads, 中央社 heads and Taiwanese 【記者…／…報導】 credits, letter-spaced and wrapped
columns.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsseg
from layout import corpus_paths
from newsseg.byline import (
    match_author_line,
    match_byline,
    match_credit_items,
    match_furniture,
    match_photo_credit,
    match_signature,
    parse_byline,
)
from newsseg.model import Byline

HERE = Path(__file__).resolve().parent
GOLDEN = sorted((HERE / "golden").glob("*.gold.json"))
CORPUS = corpus_paths()
#: The seed pages: in the project (sdist) or beside it in the shared folder the golden files were made from.
SEEDS = next((p for p in (HERE.parent / "seeds", HERE.parent.parent / "shared" / "seeds") if p.is_dir()), None)


def _check(record: Byline | None, expected: dict[str, Any]) -> None:
    assert record is not None, "expected a byline"
    for field, value in expected.items():
        got = getattr(record, field)
        want = tuple(tuple(w) if isinstance(w, list) else w for w in value) if isinstance(value, list) else value
        assert got == want, f"{field}: {got!r} != {want!r}"


# --- the table of forms ---------------------------------------------------------------------------

BYLINES = [
    # 本报讯 with a bracketed credit, Simplified
    (
        "本报讯（记者郭树勋 通讯员赵乐）",
        {"source": "本报讯", "reporters": ["郭树勋"], "correspondents": ["赵乐"]},
    ),
    ("本报讯（记者 王晓明 李华）", {"source": "本报讯", "reporters": ["王晓明", "李华"]}),
    ("本报讯（记者张三、李四 通讯员王五）", {"reporters": ["张三", "李四"], "correspondents": ["王五"]}),
    ("本报讯（记者张三和李四）", {"reporters": ["张三", "李四"]}),
    (
        "本报讯(记者张伟 通讯员刘洋 实习生陈晨)",
        {"reporters": ["张伟"], "correspondents": ["刘洋"], "others": [["实习生", "陈晨"]]},
    ),
    ("本报讯 （记 者\n王 晓 明）", {"text": "本报讯 （记 者\n王 晓 明）", "reporters": ["王晓明"]}),
    ("本报讯（记者郭树 \n勋 通\n讯员卢立明）", {"reporters": ["郭树勋"], "correspondents": ["卢立明"]}),
    ("本报讯（通讯员李雪 王刚）", {"reporters": [], "correspondents": ["李雪", "王刚"]}),
    ("本报讯(记者付凯明)通讯员贾鹏)", {"reporters": ["付凯明"], "correspondents": ["贾鹏"]}),
    ("本报讯（见习记者 孙悦）", {"reporters": ["孙悦"]}),
    ("本报讯（特约通讯员 周明）", {"correspondents": ["周明"]}),
    ("本报讯（本报特约记者 李四）", {"reporters": [], "others": [["本报特约记者", "李四"]]}),
    ("本报讯（记者 阿依古丽·买买提）", {"reporters": ["阿依古丽·买买提"]}),
    # dispatch heads: the paper's own, 新华社, 中新社, 人民网
    ("本报北京8月7日电", {"source": "本报", "place": "北京", "month": 8, "day": 7}),
    (
        "本报北京10月14日电  （记者韩晓明）",
        {"source": "本报", "place": "北京", "month": 10, "day": 14, "reporters": ["韩晓明"]},
    ),
    (
        "本报内比都1月18日电（记者杜尚泽、丁子）",
        {"place": "内比都", "month": 1, "day": 18, "reporters": ["杜尚泽", "丁子"]},
    ),
    (
        "新华社北京8月7日电（记者 张三 李四）",
        {"agency": "新华社", "place": "北京", "reporters": ["张三", "李四"]},
    ),
    ("新华社莫斯科10月12日电  （记者李奥）", {"agency": "新华社", "place": "莫斯科", "month": 10, "day": 12}),
    ("新华社约翰内斯堡8月7日电（记者 张三）", {"place": "约翰内斯堡", "reporters": ["张三"]}),
    ("新华社北京八月七日电", {"agency": "新华社", "month": 8, "day": 7}),
    ("新华社北京1月18日电", {"agency": "新华社", "reporters": []}),
    ("新华社北京 1 月 18 日电", {"month": 1, "day": 18}),
    ("据新华社柏林10月13日电", {"agency": "新华社", "place": "柏林", "month": 10, "day": 13}),
    ("据新华社电", {"agency": "新华社", "place": None, "day": None}),
    ("中新社北京10月14日电 (记者 张素)", {"agency": "中新社", "place": "北京", "reporters": ["张素"]}),
    ("中新网10月14日电", {"agency": "中新网", "place": None, "month": 10, "day": 14}),
    ("人民网北京8月7日电（记者 王晓）", {"agency": "人民网", "reporters": ["王晓"]}),
    ("央视网消息（新闻联播）：", {"agency": "央视网", "text": "央视网消息（新闻联播）："}),
    ("央视网消息：", {"agency": "央视网"}),
    # bylines on a line of their own (features, commentary)
    ("本报记者 郭树勋", {"source": "本报", "reporters": ["郭树勋"]}),
    ("本报记者郭树勋", {"reporters": ["郭树勋"]}),
    ("本报记者 王浩  刘志强", {"reporters": ["王浩", "刘志强"]}),
    ("本报驻柏林记者 张三", {"reporters": ["张三"]}),
    ("文/本报记者 张三", {"reporters": ["张三"]}),
    (
        "■本报记者 张三 通讯员 李四",
        {"text": "■本报记者 张三 通讯员 李四", "reporters": ["张三"], "correspondents": ["李四"]},
    ),
    ("新华社记者 张三", {"agency": "新华社", "reporters": ["张三"]}),
    ("本 报 记 者\n付凯明", {"reporters": ["付凯明"]}),
    # Traditional script: names and text come back as printed
    ("本報訊（記者王小明）", {"source": "本報訊", "reporters": ["王小明"]}),
    ("本報訊（記者王小明 通訊員陳大文）", {"reporters": ["王小明"], "correspondents": ["陳大文"]}),
    ("新華社北京8月7日電（記者 張三）", {"agency": "新華社", "reporters": ["張三"]}),
    ("本報記者 王小明", {"source": "本報", "reporters": ["王小明"]}),
    (
        "（中央社記者葉素萍台北29日電）",
        {"agency": "中央社", "place": "台北", "day": 29, "reporters": ["葉素萍"]},
    ),
    ("（中央社台北30日電）", {"agency": "中央社", "place": "台北", "day": 30, "reporters": []}),
    ("（中央社韓國務安郡30日綜合外電報導）", {"place": "韓國務安郡", "day": 30}),
    ("（中央社記者廖禹揚首爾7日專電）", {"place": "首爾", "day": 7, "reporters": ["廖禹揚"]}),
    ("（中央社記者郭建伸、王揚宇台北10日電）", {"place": "台北", "reporters": ["郭建伸", "王揚宇"]}),
    ("（中央社記者趙敏雅新北20日電）", {"place": "新北", "reporters": ["趙敏雅"]}),
    ("（中央社記者林小華花蓮5日電）", {"place": "花蓮", "reporters": ["林小華"]}),
    ("（中央社記者陳偉東沙5日電）", {"place": "東沙", "reporters": ["陳偉"]}),
    ("（中央社首爾6日綜合外電報導）", {"place": "首爾", "day": 6}),
    ("（中央社記者王小明華盛頓6日專電）", {"place": "華盛頓", "reporters": ["王小明"]}),
    # not a 中央社 dispatch head (no place and date), but the slash form with the outlet before its role word, as
    # 〔編譯王小明／綜合報導〕 below is without one
    ("（中央社編譯張小芳／綜合報導）", {"source": "中央社", "place": None, "others": [["編譯", "張小芳"]]}),
    ("〔海峽晚報記者林小華／高雄報導〕", {"source": "海峽晚報", "place": "高雄", "reporters": ["林小華"]}),
    ("東方日報記者林小華／高雄報導", {"source": "東方日報", "place": "高雄", "reporters": ["林小華"]}),
    ("【記者王小明／台北報導】", {"place": "台北", "reporters": ["王小明"]}),
    ("〔記者王小明／台北報導〕", {"place": "台北", "reporters": ["王小明"]}),
    ("【聯合報／記者王小明、李大華／台北即時報導】", {"source": "聯合報", "reporters": ["王小明", "李大華"]}),
    ("〔編譯王小明／綜合報導〕", {"place": None, "others": [["編譯", "王小明"]]}),
    ("〔記者林小華／高雄報導〕", {"place": "高雄", "reporters": ["林小華"]}),
    # any paper's X讯 (issue 10), with brackets, with spaces, with 报道：
    ("新京报讯（记者 梁辰）", {"source": "新京报讯", "reporters": ["梁辰"]}),
    ("新京报讯（记者 刘名洋 实习生 郭懿萌）", {"reporters": ["刘名洋"], "others": [["实习生", "郭懿萌"]]}),
    ("羊城晚报讯 记者韩平报道：", {"source": "羊城晚报讯", "reporters": ["韩平"]}),
    (
        "羊城晚报讯记者刘玮宁、通讯员陈燕舒、实习生秦雪星报道：",
        {"reporters": ["刘玮宁"], "correspondents": ["陈燕舒"], "others": [["实习生", "秦雪星"]]},
    ),
    ("南都讯", {"source": "南都讯", "reporters": []}),
    ("南都讯 记者刘倩 通讯员张跃", {"source": "南都讯", "reporters": ["刘倩"], "correspondents": ["张跃"]}),
    ("南都讯　记者刘凡　周昌和　任笑一", {"reporters": ["刘凡", "周昌和", "任笑一"]}),
    ("本报讯 记者张三", {"source": "本报讯", "reporters": ["张三"]}),
    # agencies of the world: the list helps, the shape X社 / X台 / X网 before a place and a date decides
    ("路透社伦敦3月5日电", {"agency": "路透社", "place": "伦敦", "month": 3, "day": 5}),
    ("法新社巴黎1月15日电（记者 张三）", {"agency": "法新社", "place": "巴黎", "reporters": ["张三"]}),
    ("美联社华盛顿5月2日电", {"agency": "美联社", "place": "华盛顿"}),
    ("共同社东京4月28日电", {"agency": "共同社", "place": "东京"}),
    ("韩联社首尔4月28日电", {"agency": "韩联社", "place": "首尔"}),
    ("中国日报网1月15日电（张同彤）", {"agency": "中国日报网", "place": None, "reporters": ["张同彤"]}),
    ("越南之声广播电台河内3月5日电", {"agency": "越南之声广播电台", "place": "河内"}),
    ("据法新社1月15日报道", {"agency": "法新社", "month": 1, "day": 15}),
    ("据路透社电", {"agency": "路透社"}),
    ("据新华社北京4月29日电（惠晓霜）", {"agency": "新华社", "reporters": ["惠晓霜"]}),
    # Taiwanese credits without brackets
    ("記者王小明／台北報導", {"place": "台北", "reporters": ["王小明"]}),
    # letter-spaced names: the gap inside a name differs from the gap between names
    ("本报记者 何  聪 窦  皓", {"reporters": ["何聪", "窦皓"]}),
    ("本报记者 恩浩", {"source": "本报", "reporters": ["恩浩"]}),
    # half-width and full-width punctuation, CR line ends
    ("本报讯(记者张三 通讯员李四)", {"reporters": ["张三"], "correspondents": ["李四"]}),
    ("本报讯（记者张三\r\n通讯员李四）", {"reporters": ["张三"], "correspondents": ["李四"]}),
    # other papers' forms: any paper's dispatch head, credits without brackets after a head, all-media and intern
    # reporters, commentators, an outlet before the role word, where the reporter filed from, who took pictures
    (
        "科技日报北京12月2日电 （记者王小明）",
        {"agency": "科技日报", "place": "北京", "day": 2, "reporters": ["王小明"]},
    ),
    ("本报北京12月2日讯 记者王小明报道", {"source": "本报", "place": "北京", "reporters": ["王小明"]}),
    ("本报北京12月2日电 记者 王小明 李大华", {"reporters": ["王小明", "李大华"]}),
    (
        "南方日报广州12月2日讯 记者王小明 通讯员李大华",
        {"agency": "南方日报", "place": "广州", "reporters": ["王小明"], "correspondents": ["李大华"]},
    ),
    ("全媒体记者 王小明", {"reporters": ["王小明"]}),
    ("本报融媒体记者 王小明", {"source": "本报", "reporters": ["王小明"]}),
    ("实习记者 王小明", {"reporters": [], "others": [["实习记者", "王小明"]]}),
    ("本报评论员 王小明", {"reporters": [], "others": [["本报评论员", "王小明"]]}),
    ("新京报记者 王小明", {"agency": "新京报", "reporters": ["王小明"]}),
    ("南方日报记者 王小明 李大华", {"agency": "南方日报", "reporters": ["王小明", "李大华"]}),
    # a paper and the brand it shares the byline with (any name after the middle dot), an outlet before a later
    # role word (a name it is not), the paper's own role words not listed with 本报, a colon after a bare 记者
    ("潇湘晨报·晨视频记者 王小明", {"agency": "潇湘晨报·晨视频", "reporters": ["王小明"]}),
    ("南方日报·南方+记者 王小明 李大华", {"agency": "南方日报·南方+", "reporters": ["王小明", "李大华"]}),
    (
        "本报记者 王小明 解放日报通讯员 李大华",
        {"source": "本报", "reporters": ["王小明"], "correspondents": ["李大华"]},
    ),
    ("（解放日报记者 王小明）", {"agency": "解放日报", "reporters": ["王小明"]}),
    ("本报首席记者 王小明", {"source": "本报", "reporters": ["王小明"]}),
    ("本报摄影记者 王小明", {"source": "本报", "reporters": [], "photographers": ["王小明"]}),
    ("本报实习记者 王小明", {"reporters": [], "others": [["本报实习记者", "王小明"]]}),
    ("記者：王小明 通訊員：李大華", {"reporters": ["王小明"], "correspondents": ["李大華"]}),
    ("本报记者 王小明 发自北京", {"source": "本报", "place": "北京", "reporters": ["王小明"]}),
    ("本报记者 王小明 文/图", {"reporters": ["王小明"]}),
    ("（記者王小明／台北報導）", {"place": "台北", "reporters": ["王小明"]}),
    ("【明報專訊】", {"source": "明報專訊", "reporters": []}),
    # a paper's tag for a piece of its own, in brackets (Hong Kong's papers): an editorial, a signed article
    ("【明報社評】", {"source": "明報社評", "reporters": []}),
    ("【明報文章】", {"source": "明報文章", "reporters": []}),
    ("【本報訊】記者王小明報道", {"source": "本報訊", "reporters": ["王小明"]}),
    # names with no role word before the slash, as 中國時報 prints them; 綜合外電 and 連線 are no places
    ("林志成／台北報導", {"place": "台北", "reporters": ["林志成"]}),
    ("【王小明、李大華／台中報導】", {"place": "台中", "reporters": ["王小明", "李大華"]}),
    ("記者王小明／綜合外電報導", {"place": None, "reporters": ["王小明"]}),
    ("記者王小明、李大華／連線報導", {"place": None, "reporters": ["王小明", "李大華"]}),
    # not bylines
    ("中美／双方报道", None),
    ("【快讯】", None),
    ("明報文章", None),
    ("舞台记者 王小明", None),
    ("记者日前从市委网信办获悉", None),
    ("记者来到现场", None),
    ("本报记者日前从市金融工作会议获悉", None),
    ("记者看到，在面积不大的小吃店里", None),
    ("郭树勋说，今年以来", None),
    ("新华社报道", None),
    ("新华社北京8月7日", None),
    ("编辑:陈彬 版式:车璇 校对:刘勇", None),
    ("中央社報導，", None),
    ("本报记者 付凯明 说", None),
    ("喜讯传来", None),
    ("快讯", None),
    ("闻讯赶来的村民", None),
    ("据美联社报道，", None),
    ("据路透社报道", None),
    ("路透社和益普索集团28日公布的一项民意调查显示", None),
    ("德新社2日援引德国国防部长的话报道", None),
    ("记者8月7日电话采访了他", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES, ids=[f"byline{i:02d}" for i in range(len(BYLINES))])
def test_parse_byline(text: str, expected: dict[str, Any] | None) -> None:
    record = parse_byline(text)
    if expected is None:
        assert record is None
    else:
        _check(record, expected)
        assert record is not None
        assert record.span is not None
        assert record.span.of(text) == record.text == text.strip()


CREDITS = [
    ("本报记者 付凯明 摄", {"source": "本报", "photographers": ["付凯明"]}),
    ("本 报 记 者\n翟鹏程 摄", {"photographers": ["翟鹏程"]}),
    ("本报记者 翟\n鹏程 摄", {"photographers": ["翟鹏程"]}),
    ("记者 张三 摄", {"photographers": ["张三"]}),
    ("张三 摄", {"photographers": ["张三"]}),
    ("张三/摄", {"photographers": ["张三"]}),
    ("张三／摄", {"photographers": ["张三"]}),
    ("图/文 张三", {"photographers": ["张三"]}),
    ("文/图 张三 李四", {"photographers": ["张三", "李四"]}),
    ("摄影 李四", {"photographers": ["李四"]}),
    ("摄影：李四", {"photographers": ["李四"]}),
    ("图：王五", {"photographers": ["王五"]}),
    ("本报记者 张三 李四 摄", {"photographers": ["张三", "李四"]}),
    ("本报记者 张三、李四摄", {"photographers": ["张三", "李四"]}),
    ("新华社记者 李贺 摄", {"agency": "新华社", "photographers": ["李贺"]}),
    ("（新华社记者 李贺 摄）", {"agency": "新华社", "photographers": ["李贺"]}),
    ("新华社发（张三 摄）", {"agency": "新华社", "photographers": ["张三"]}),
    ("龚献明摄（影像中国）", {"photographers": ["龚献明"]}),
    ("通讯员 王刚 摄", {"photographers": ["王刚"]}),
    ("中央社記者王騰毅攝  114年7月10日", {"agency": "中央社", "photographers": ["王騰毅"]}),
    ("中央社記者董俊志攝", {"photographers": ["董俊志"]}),
    ("本報記者 王小明 攝", {"source": "本報", "photographers": ["王小明"]}),
    # pictures nobody on the staff took (issue 10): who gave them is kept, nobody is a photographer
    ("受访者供图", {"photographers": [], "others": [["供图", "受访者"]]}),
    ("（受访者供图）", {"photographers": [], "others": [["供图", "受访者"]]}),
    ("资料图片", {"photographers": []}),
    ("新华社发", {"agency": "新华社", "photographers": []}),
    ("图片来源：受访者供图", {"others": [["图片来源", "受访者供图"]]}),
    ("张三 摄（视觉中国）", {"photographers": ["张三"]}),
    ("王五摄（新华社发）", {"photographers": ["王五"]}),
    ("受訪者供圖", {"photographers": [], "others": [["供圖", "受訪者"]]}),
    ("圖片來源：中央社", {"others": [["圖片來源", "中央社"]]}),
    # other papers' forms: all-media reporters, pictures given or taken from elsewhere, archives, a paper's unnamed
    # reporter, a role word after the lead word
    ("全媒体记者 王小明 摄", {"photographers": ["王小明"]}),
    ("图片由主办方提供", {"photographers": [], "others": [["提供", "主办方"]]}),
    ("（圖／王小明提供）", {"photographers": [], "others": [["提供", "王小明"]]}),
    ("圖／取自網路", {"photographers": [], "others": [["取自", "網路"]]}),
    ("（圖取自facebook.com/TSA.tw）", {"photographers": [], "others": [["取自", "facebook.com/TSA.tw"]]}),
    ("CFP供图", {"photographers": [], "others": [["供图", "CFP"]]}),
    ("（本报资料图片）", {"photographers": []}),
    ("（中央社檔案照片）", {"photographers": []}),
    ("（明報記者攝）", {"agency": "明報", "photographers": []}),
    ("图：本报记者 王小明", {"photographers": ["王小明"]}),
    # a short name of who gave the picture before 图片 (Hong Kong's papers), and the credits of several pictures in
    # a row, joined by 、, as one credit
    ("警方圖片", {"photographers": [], "others": [["圖片", "警方"]]}),
    ("（受访者图片）", {"photographers": [], "others": [["图片", "受访者"]]}),
    ("鍾林枝攝、警方圖片、資料圖片、孫華中攝", {"photographers": ["鍾林枝", "孫華中"], "others": [["圖片", "警方"]]}),
    ("盧曼盈攝、鍾林枝攝", {"photographers": ["盧曼盈", "鍾林枝"]}),
    # in such a list, a picture's source that names no photographer: a screenshot, a social network's account
    (
        "影片截圖、Threads@harbour_walker、陳大文攝",
        {"photographers": ["陳大文"], "others": [["截圖", "影片"], ["Threads", "harbour_walker"]]},
    ),
    ("陳大文攝、李小芬FB", {"photographers": ["陳大文"], "others": [["FB", "李小芬"]]}),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS, ids=[f"credit{i:02d}" for i in range(len(CREDITS))])
def test_photo_credit(text: str, expected: dict[str, Any]) -> None:
    record = match_photo_credit(text)
    _check(record, expected)
    assert parse_byline(text) == record
    assert record is not None
    assert record.span == type(record.span)(0, len(text.rstrip()))


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("⬅食客在东小巷就餐。本报记者 付凯明 摄", "本报记者 付凯明 摄"),
        ("图为工作人员在规范市场管理。本报记者 贾蓝 摄\n", "本报记者 贾蓝 摄"),
        ("上图 工人正在瓷韵广场硬化地面。 张三 摄", "张三 摄"),
        ("率。图为焦作蒙\n牛产业集群四期\n工。\n\n本 报 记 者\n翟鹏程 摄\n\n", "本 报 记 者\n翟鹏程 摄"),
        ("洛蓝古丽团队。受访者供图", "受访者供图"),
        ("图为柯伟力。（受访者供图）", "（受访者供图）"),
        ("1月初小李曾参加辽宁高中学业水平考试。 图片来源：受访者供图", "图片来源：受访者供图"),
        ("市民到休憩處獻花悼念。鍾林枝攝、警方圖片", "鍾林枝攝、警方圖片"),
        ("傷者送院治理。 網頁截圖、X@harbour_walker、陳大文攝", "網頁截圖、X@harbour_walker、陳大文攝"),
    ],
)
def test_photo_credit_at_the_end_of_a_caption(text: str, credit: str) -> None:
    record = match_photo_credit(text)
    assert record is not None
    assert record.span is not None
    assert record.span.of(text) == record.text == credit


@pytest.mark.parametrize(
    "text",
    [
        "工作人员正在拍摄",
        "游客纷纷拿出手机拍摄",
        "图为焦作蒙",
        "中央社記者王朝鈺傳真",
        "示范区召开会议。",
        "摄",
        "",
        "村民在合作社发",
        "资料显示",
        "圖為救援現場。這是現場圖片",
        "工人、警方圖片",
        "图为视频截图、陈大文摄",  # a caption's words before the list, not where the picture came from
        "網頁截圖、Threads@harbour_walker",  # no part of the list is a credit
    ],
)
def test_not_a_photo_credit(text: str) -> None:
    assert match_photo_credit(text) is None


def test_match_byline_reports_its_extent_in_the_page() -> None:
    page = "标题\n\n本报讯 （记 者\n郭树勋） 在我市近日召开的会议上"
    record = match_byline(page, page.index("本"))
    assert record is not None
    assert record.span is not None
    assert record.span.of(page) == "本报讯 （记 者\n郭树勋）"
    assert record.reporters == ("郭树勋",)


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京5月2日电 商务部新闻发言人今天表示",  # a space after 电: no 电商
        "新华社北京5月2日电\n\n商务部发布禁令阻断美国对五家中国企业",  # a blank line: no 电商 either
        "新华社北京5月2日电\n商务部发布禁令阻断美国对五家中国企业",  # nor a line's end: no head runs on into 电商
        "本报北京5月2日电　力争在年底前完成",
    ],
)
def test_a_dispatch_head_ends_at_a_space_a_blank_line_or_before_shang_whatever_word_follows(text: str) -> None:
    byline = match_byline(text)
    assert byline is not None
    assert byline.text.endswith("5月2日电")


def test_credits_after_a_dispatch_head_stand_on_its_line() -> None:
    # The next line's role word opens the next article's byline, not the head's credits.
    for gap in ("\n", "\n\n"):
        record = match_byline(f"新华社成都4月26日电{gap}新华社记者 叶昊鸣 胡旭{gap}登夹镜高楼远眺三江汇流")
        assert record is not None
        assert (record.text, record.reporters) == ("新华社成都4月26日电", ())


def test_a_word_wrapped_into_x_xun_before_a_lists_mark_is_no_source() -> None:
    # …对于新闻信息、金 / 融资讯、公共卫生…: 金融资讯 wrapped at the line's end, not a paper's 融资讯.
    assert match_byline("融资讯、公共卫生等高风险领域的生成内容，直接关系") is None
    assert match_byline("新京报讯（记者 张彤）今日（12日），山东聊城") is not None


def test_a_title_ending_in_a_report_is_no_paper_over_the_dispatch_head_under_it() -> None:
    assert match_byline("图片报道\n新华社北京10月14日电 （记者朱超）") is None


def test_an_outlet_before_a_role_word_stands_on_its_line() -> None:
    # A title line ending in 台 above a byline is no outlet (世界合作的舞台 / 本报记者 X).
    assert match_byline("世界合作的舞台\n\n本报记者 龚鸣 关皓宇\n\n登上位于广东省深圳市") is None


def test_a_dispatch_word_wrapped_at_a_line_end_is_no_head() -> None:
    assert match_byline("记者8月7日电\n话采访了他") is None


def test_a_bracket_without_a_role_is_not_part_of_the_byline() -> None:
    record = match_byline("本报讯（综合）近日，全市召开会议")
    assert record is not None
    assert record.text == "本报讯"


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("南都讯今天，一段男子在狂风中拼命撑住货车", "南都讯"),
        ("南都讯 记者刘倩 通讯员张跃 昨日上午，广东省", "南都讯 记者刘倩 通讯员张跃"),
        ("本报讯 记者获悉，全市", "本报讯"),
        ("新京报讯（记者李一凡）今年3月，湖南常德", "新京报讯（记者李一凡）"),
        ("本报讯 记者 王晓明 李华 8月7日上午", "本报讯 记者 王晓明 李华"),
        ("聯合報訊（記者王小明）台北市政府今天宣布", "聯合報訊（記者王小明）"),
    ],
)
def test_a_byline_without_brackets_ends_where_the_names_end(text: str, byline: str) -> None:
    record = match_byline(text)
    assert record is not None
    assert record.text == byline


def test_match_byline_needs_its_line_to_end_for_a_byline_alone() -> None:
    assert match_byline("本报记者 付凯明\n\n“2号餐好了！”随着吆喝声").reporters == ("付凯明",)  # type: ignore[union-attr]
    assert match_byline("本报记者 付凯明在现场看到") is None
    # endpos cuts the window: what lies beyond it is not read
    text = "本报讯（记者张三）通讯员李四）"
    assert match_byline(text, 0, 5).text == "本报讯"  # type: ignore[union-attr]
    cut = match_byline(text, 0, 9)
    assert cut is not None
    assert cut.correspondents == ()


def test_match_photo_credit_respects_pos_and_endpos() -> None:
    text = "本报记者 付凯明 摄\n下一篇文章"
    end = text.index("\n")
    record = match_photo_credit(text, 0, end)
    assert record is not None
    assert record.photographers == ("付凯明",)
    assert match_photo_credit(text, 5, end) is not None  # 付凯明 摄 alone, from pos
    assert match_photo_credit(text, 0, 3) is None


# --- signatures, author lines, furniture, page credits (issue 10) ---------------------------------

#: Whole lines that sign a piece at its end (or start), from 新华每日电讯 (xhmrdx) and 学习时报 (xxsb) pages.
SIGNATURES = [
    ("（本报记者张武岳）", {"reporters": ["张武岳"], "source": "本报"}),  # xhmrdx
    ("(本报记者张武岳)", {"reporters": ["张武岳"]}),  # xhmrdx, half-width brackets
    ("（本报记者田金文）", {"reporters": ["田金文"]}),  # xhmrdx
    ("（记者 张三 通讯员 王五）", {"reporters": ["张三"], "correspondents": ["王五"]}),
    # an outside author with a post: not a reporter, kept in others
    (
        "（北京航空航天大学法学院副教授 赵精武）",
        {"reporters": [], "others": [["北京航空航天大学法学院副教授", "赵精武"]]},
    ),
    ("（陈立希 新华社专特稿）", {"reporters": ["陈立希"], "agency": "新华社"}),  # xhmrdx
    ("（作者系中国社会工作联合会副会长）", {"reporters": [], "others": []}),  # xxsb
    ("（作者系中国宏观经济研究院副院长）", {"reporters": []}),  # xxsb
    ("（作者系中国劳动关系学院党委书记）", {"reporters": []}),  # xxsb
    ("（作者为中国人民大学教授）", {"reporters": []}),
    ("■记者张三", {"reporters": ["张三"]}),
    ("■本报记者 王五 通讯员 赵六", {"reporters": ["王五"], "correspondents": ["赵六"], "source": "本报"}),
    ("（惠晓霜）", {"reporters": ["惠晓霜"]}),
    ("（本報記者張武岳）", {"reporters": ["張武岳"], "source": "本報"}),  # Traditional: names as printed
    # what the reporters did, after their names, is no name
    ("（本报记者王小明 李大华 综合报道）", {"reporters": ["王小明", "李大华"]}),
    ("（记者 王小明 整理）", {"reporters": ["王小明"]}),
    ("（記者 王小明 綜合報導）", {"reporters": ["王小明"]}),
    # not signatures
    ("（综合）", None),
    ("（完）", None),
    ("（待续）", None),
    ("（图片报道）", None),
    ("（下转第三版）", None),
    ("记者张三", None),
    ("（记者从市委获悉，全市）", None),
]


@pytest.mark.parametrize(("text", "expected"), SIGNATURES, ids=[f"sig{i:02d}" for i in range(len(SIGNATURES))])
def test_match_signature(text: str, expected: dict[str, Any] | None) -> None:
    record = match_signature(text)
    if expected is None:
        assert record is None
        return
    _check(record, expected)
    assert record is not None
    assert record.span is not None
    assert record.span.of(text) == record.text == text.strip()
    assert parse_byline(text) == record


#: Whole short lines standing alone next to a title: bare names (xhmrdx 新华走笔, xxsb theory pieces), role lines.
AUTHOR_LINES = [
    ("刘军", {"reporters": ["刘军"]}),  # xhmrdx
    ("张力元", {"reporters": ["张力元"]}),  # xhmrdx
    ("张新新", {"reporters": ["张新新"]}),  # xhmrdx
    ("张斌", {"reporters": ["张斌"]}),  # xhmrdx
    ("江必新", {"reporters": ["江必新"]}),  # xxsb
    ("郭春丽", {"reporters": ["郭春丽"]}),  # xxsb
    ("唐林垚", {"reporters": ["唐林垚"]}),  # xxsb
    ("刘向兵", {"reporters": ["刘向兵"]}),  # xxsb
    ("聂慧超", {"reporters": ["聂慧超"]}),  # xxsb
    ("房超", {"reporters": ["房超"]}),  # xxsb
    ("刘 军", {"reporters": ["刘军"]}),  # letter-spaced
    ("何  聪 窦  皓", {"reporters": ["何聪", "窦皓"]}),  # issue 10: two padded names
    ("王五　赵六", {"reporters": ["王五", "赵六"]}),
    ("欧阳晓明", {"reporters": ["欧阳晓明"]}),
    ("阿依古丽·买买提", {"reporters": ["阿依古丽·买买提"]}),
    ("新华社记者", {"agency": "新华社", "reporters": []}),  # xhmrdx
    ("本报评论员", {"source": "本报", "reporters": []}),
    ("人民日报评论员", {"agency": "人民日报", "reporters": []}),
    ("新华社记者 吴文诩 宋立崑 吴帅帅", {"agency": "新华社", "reporters": ["吴文诩", "宋立崑", "吴帅帅"]}),  # xhmrdx
    ("新华社记者 柳伟建\u3000王储\u3000胡冠", {"reporters": ["柳伟建", "王储", "胡冠"]}),  # xhmrdx
    ("本报记者 恩浩", {"source": "本报", "reporters": ["恩浩"]}),  # xhmrdx
    ("文／王五 图／赵六", {"reporters": ["王五"], "photographers": ["赵六"]}),
    ("文/本报记者 王五 图/本报记者 赵六", {"reporters": ["王五"], "photographers": ["赵六"]}),
    ("文／王五", {"reporters": ["王五"], "photographers": []}),
    # one name that both wrote and photographed
    ("圖、文／記者王小明", {"reporters": ["王小明"], "photographers": ["王小明"]}),
    ("图文／王五", {"reporters": ["王五"], "photographers": ["王五"]}),
    ("文、攝影／王小明", {"reporters": ["王小明"], "photographers": ["王小明"]}),
    ("新華社記者 陳汀", {"agency": "新華社", "reporters": ["陳汀"]}),
    ("陳立希", {"reporters": ["陳立希"]}),
    # a bullet before the line, and 作者：/撰文： as 文／ is read
    ("■ 王小明", {"reporters": ["王小明"]}),
    ("□王小明", {"reporters": ["王小明"]}),
    ("□ 本报评论员", {"reporters": [], "source": "本报"}),
    ("作者：王小明", {"reporters": ["王小明"]}),
    ("撰文：王小明", {"reporters": ["王小明"]}),
    # not author lines: a title fragment, a label, a place, a sentence
    ("■ 图片报道", None),
    ("图片报道", None),
    ("本版责编", None),
    ("要闻", None),
    ("北京", None),
    ("湖北宜昌", None),
    ("一树花果", None),
    ("白鹿原上", None),
    ("新华走笔", None),
    ("喜讯传来", None),
    ("高新区", None),
    ("编者按", None),
    ("瓜棚上面红旗飘", None),  # xhmrdx title
    ("习近平向加拿大新任总督路易丝·阿伯致贺电", None),  # rmrb title: a middle dot makes no name of a sentence
    ("穆罕默德·本·萨勒曼", {"reporters": ["穆罕默德·本·萨勒曼"]}),
    # fragments of body lines (xhmrdx, xxsb) that the form alone would let pass: the tagger does not read a name
    ("的重", None),
    ("关工", None),
    ("全译", None),
    ("向贯通", None),
    ("筑牢", None),
    ("记者来到现场", None),
    ("新华社北京4月24日电", None),  # a dispatch line closing a body (xhmrdx): a head, not an author line
    ("刘军说", None),
    ("付凯明 摄", None),  # a photo credit (seed 001)
    ("刘军，", None),
    ("第3版", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), AUTHOR_LINES, ids=[f"author{i:02d}" for i in range(len(AUTHOR_LINES))])
def test_match_author_line(text: str, expected: dict[str, Any] | None) -> None:
    record = match_author_line(text)
    if expected is None:
        assert record is None
        return
    _check(record, expected)
    assert record is not None
    assert record.span is not None
    assert record.span.of(text) == record.text == text.strip()


def test_match_author_line_reads_one_line_of_a_page() -> None:
    page = "一树花果两相依\n\n刘  军\n\n四月春深，楚天云舒。"
    start = page.index("刘")
    record = match_author_line(page, start, page.index("\n", start))
    assert record is not None
    assert record.reporters == ("刘军",)
    assert record.span is not None
    assert record.span.of(page) == "刘  军"
    assert match_author_line(page, 0, page.index("\n")) is None


FURNITURE = [
    ("下转第三版", "jump"),
    ("（下转第三版）", "jump"),
    ("上接第1版", "jump"),
    ("(上接第一版)", "jump"),
    ("下转第12页", "jump"),
    ("A3", "page_number"),
    ("82", "page_number"),
    ("第3版", "page_number"),
    ("第 82 页", "page_number"),
    ("2019年10月15日 星期二", "running_head"),
    ("星期二", "running_head"),
    ("2026年05月01日 第01版", "running_head"),
    ("人民日报", "running_head"),
    ("新华每日电讯", "running_head"),
    ("《 学习时报 》（ 2026年05月01日  第 01 版 ）", "running_head"),  # xxsb datesource line
    ("版面：要闻", "running_head"),
    ("[01版：国内大局]", "running_head"),  # xxsb page label
    ("要闻", "section"),
    ("国际", "section"),
    ("综合新闻", "section"),
    ("文化周刊", "section"),
    ("（下轉第三版）", "jump"),
    ("要聞", "section"),
    # a page's number and its section on one line, either first
    ("A2 要闻", "running_head"),
    ("A02｜要闻", "running_head"),
    ("02 / 综合新闻", "running_head"),
    ("國際新聞 A12", "running_head"),
    # a head of several parts: page numbers, sections, dates, a paper's name
    ("要闻·综合", "running_head"),
    ("2026.12.02 星期三", "running_head"),
    ("12 要闻 2026年12月2日", "running_head"),
    # not furniture
    ("G20 峰会", None),
    ("C919首飞", None),
    ("12 个省份", None),
    ("中国 经济 发展", None),
    ("2.5 亿元", None),
    ("示范区召开政府廉政工作会议", None),
    ("刘军", None),
    ("2019年10月15日，全市召开会议。", None),
    ("记者8月7日从市委获悉", None),
    ("本报讯（记者郭树勋）", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "kind"), FURNITURE, ids=[f"furniture{i:02d}" for i in range(len(FURNITURE))])
def test_match_furniture(text: str, kind: str | None) -> None:
    assert match_furniture(text) == kind


CREDIT_LINES = [
    (
        "编辑:陈彬 版式:车璇 校对:刘勇 组版:杨杰",
        [("编辑", "陈彬"), ("版式", "车璇"), ("校对", "刘勇"), ("组版", "杨杰")],
    ),
    ("编辑:陈彬", [("编辑", "陈彬")]),  # seed 004
    ("本版责编：陈 凌", [("本版责编", "陈凌")]),
    ("责任编辑：张三", [("责任编辑", "张三")]),
    ("本版编辑：王五 美编：赵六", [("本版编辑", "王五"), ("美编", "赵六")]),
    ("本版责编：吕钟正 吴 凯", [("本版责编", "吕钟正、吴凯")]),
    ("美术编辑：王五｜校对：赵六", [("美术编辑", "王五"), ("校对", "赵六")]),
    ("版式设计：王五", [("版式设计", "王五")]),
    ("编辑：王五、赵六", [("编辑", "王五、赵六")]),
    ("编辑：张三 王五", [("编辑", "张三、王五")]),
    ("責任編輯：陳 凌", [("責任編輯", "陳凌")]),
    ("本版编辑：王小明 版面设计：李大华", [("本版编辑", "王小明"), ("版面设计", "李大华")]),
    ("值班编委：王小明", [("值班编委", "王小明")]),
    # not credit lines
    ("编委会召开会议：全体参加", None),
    ("编辑部召开会议：全体编辑参加", None),
    ("本报讯（记者郭树勋）", None),
    ("编辑", None),
    ("他说：编辑工作很辛苦", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "items"), CREDIT_LINES, ids=[f"credits{i:02d}" for i in range(len(CREDIT_LINES))])
def test_match_credit_items(text: str, items: list[tuple[str, str]] | None) -> None:
    found = match_credit_items(text)
    if items is None:
        assert found is None
        return
    assert found is not None
    assert [(role, name) for role, name, _, _ in found] == items
    for role, _, start, end in found:
        assert text[start:end].startswith(role[0])
        assert text[start:end].strip() == text[start:end]  # no outer white space
    spans = [(start, end) for _, _, start, end in found]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


# --- the golden pages and the corpus --------------------------------------------------------------


def _golden_bylines() -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in GOLDEN:
        page = json.loads(path.read_text(encoding="utf-8"))
        cases.extend((f"{path.name[:3]}-{i}", art) for i, art in enumerate(page["articles"]) if art.get("byline"))
    return cases


@pytest.mark.parametrize(("case", "article"), _golden_bylines())
def test_golden_byline(case: str, article: dict[str, Any]) -> None:
    del case
    record = parse_byline(article["byline"])
    assert record is not None
    assert list(record.reporters) == article["reporters"]
    assert list(record.correspondents) == article["correspondents"]


def _compact_with_index(text: str) -> tuple[str, list[int]]:
    kept = [(i, ch) for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


@pytest.mark.skipif(SEEDS is None, reason="the seed pages are not beside the project")
@pytest.mark.parametrize("path", GOLDEN, ids=[p.name[:3] for p in GOLDEN])
def test_golden_bylines_and_credits_as_printed_on_the_page(path: Path) -> None:
    """Each golden byline found where it is printed (letter-spaced, wrapped); each page's photo credits."""
    assert SEEDS is not None
    gold = json.loads(path.read_text(encoding="utf-8"))
    page = (SEEDS / gold["page"]).read_text(encoding="utf-8")
    compact, index = _compact_with_index(page)
    for art in gold["articles"]:
        if not art.get("byline"):
            continue
        body = compact.find(art["body_start"])
        at = compact.rfind(art["byline"], 0, body + 1)
        record = match_byline(page, index[at])
        assert record is not None, art["byline"]
        assert list(record.reporters) == art["reporters"]
        assert list(record.correspondents) == art["correspondents"]
    wanted = {name for art in gold["articles"] for name in art["photographers"]}
    found: set[str] = set()
    for line in re.finditer(r"[^\n]+", page):
        record = match_photo_credit(page, max(0, line.start() - 20), line.end())
        if record is not None:
            found.update(record.photographers)
    assert found == wanted


_BARE_NAME = "a bare author name alone on a line: parse_byline reads no byline in it yet"
#: Corpus cases measured to fail, with why; a case that starts to pass fails the run (strict xfail): remove it here.
#: Empty since the open forms of issue 10 (signatures, bare names, 新华社记者 alone) were measured again.
KNOWN_BYLINE_FAILURES: dict[str, str] = {
    "xxsb-20260513-p03-1": _BARE_NAME + " (jieba's tagger does not tag 林北征 a person's name)",
}


def _corpus_bylines() -> list[Any]:
    cases = []
    for path in CORPUS:
        arts = json.loads(path.read_text(encoding="utf-8"))["articles"]
        cases.extend((f"{path.stem}-{i}", art) for i, art in enumerate(arts) if art.get("byline"))
    return cases


def _marked(cases: list[Any]) -> list[Any]:
    return [
        pytest.param(case, art, id=case, marks=[pytest.mark.xfail(reason=KNOWN_BYLINE_FAILURES[case])])
        if case in KNOWN_BYLINE_FAILURES
        else pytest.param(case, art, id=case)
        for case, art in cases
    ]


@pytest.mark.parametrize(("case", "article"), _marked(_corpus_bylines()))
def test_corpus_byline(case: str, article: dict[str, Any]) -> None:
    del case
    record = parse_byline(article["byline"])
    assert record is not None
    assert list(record.reporters) == article["reporters"]
    assert list(record.correspondents) == article["correspondents"]


#: Corpus photo credits measured to fail, with why (xfail is strict: a case that starts to pass fails the run).
_WEB_CREDITS = (
    "credits of a web outlet's pictures with a part of no credit's form (…、有線新聞, …、黃碧嬌facebook, 讀者提供) "
    "are no credit read: a caption's last words as often say so (中央社's annotation keeps （讀者提供） in the caption)"
)
KNOWN_CREDIT_FAILURES: dict[str, str] = {
    "mingpao-20251201-p01-2": "建造業總工會提供 (X提供 without 图片由 or 图／ before it) is no credit form read: in a "
    "caption's last sentence it is as often the sentence's own words",
    "hkzerone-20251126-p01-1": "林遠航攝: a bare name before 攝 may not end in 航 (航拍, an aerial photo, reads "
    "so), so the second credit of 林振華攝、林遠航攝 is no credit",
    "hkzerone-20251201-p01-2": _WEB_CREDITS,
    "hkzerone-20251201-p02-1": _WEB_CREDITS,
}


@pytest.mark.parametrize(
    ("case", "article"),
    [
        pytest.param(*c, marks=[pytest.mark.xfail(reason=KNOWN_CREDIT_FAILURES[c[0]])])
        if c[0] in KNOWN_CREDIT_FAILURES
        else c
        for c in _corpus_bylines()
        if c[1].get("photo_credit")
    ],
)
def test_corpus_photo_credit(case: str, article: dict[str, Any]) -> None:
    del case
    record = match_photo_credit(article["photo_credit"])
    if not article["photographers"]:
        # 中央社記者王朝鈺傳真 (a faxed picture), 阳江市委宣传部供图 (a giver): nobody's photograph
        assert record is None or not record.photographers
    else:
        assert record is not None
        assert list(record.photographers) == article["photographers"]


# --- never raise ----------------------------------------------------------------------------------

#: Characters that drive the patterns deep: role words, brackets, digits, white space, Traditional.
_ALPHABET = st.sampled_from(
    list("本报讯記者记通讯员实习生摄攝影图文／/（）()【】〔〕中央社新华电電日月据台北张三李四王")
    + list(" \n\t、，。0123456789")
)
_TEXTS = st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=60))


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, pos=st.integers(-5, 80), endpos=st.one_of(st.none(), st.integers(-5, 80)))
def test_matchers_never_raise(text: str, pos: int, endpos: int | None) -> None:
    for found in (match_byline(text, pos, endpos), match_photo_credit(text, pos, endpos)):
        assert found is None or isinstance(found, Byline)
        if found is not None:
            assert found.span is not None
            low = max(0, pos)
            high = len(text) if endpos is None else max(0, min(endpos, len(text)))
            assert low <= found.span.start <= found.span.end <= high
            assert found.span.of(text) == found.text


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, pos=st.integers(-5, 80), endpos=st.one_of(st.none(), st.integers(-5, 80)))
def test_line_matchers_never_raise(text: str, pos: int, endpos: int | None) -> None:
    for found in (match_signature(text, pos, endpos), match_author_line(text, pos, endpos)):
        assert found is None or isinstance(found, Byline)
        if found is not None:
            assert found.span is not None
            assert found.span.of(text) == found.text
            assert max(0, pos) <= found.span.start
    kind = match_furniture(text)
    assert kind is None or kind in {"running_head", "page_number", "jump", "section"}
    items = match_credit_items(text)
    assert items is None or all(0 <= start <= end <= len(text) for _, _, start, end in items)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_parse_byline_never_raises(text: str) -> None:
    found = parse_byline(text)
    assert found is None or (isinstance(found, Byline) and found.text == text.strip())


@pytest.mark.parametrize(("case", "article"), _golden_bylines())
def test_golden_byline_in_traditional_script(case: str, article: dict[str, Any]) -> None:
    """The golden bylines through OpenCC s2t, as a Traditional paper would print them: names as printed."""
    del case
    convert = _s2t()
    record = parse_byline(convert(article["byline"]))
    assert record is not None
    assert list(record.reporters) == [convert(n) for n in article["reporters"]]
    assert list(record.correspondents) == [convert(n) for n in article["correspondents"]]


@functools.cache
def _s2t() -> Any:
    """OpenCC's Simplified-to-Traditional converter, built once (it loads its dictionaries)."""
    from opencc import OpenCC  # noqa: PLC0415 - a test-only use of the converter

    return OpenCC("s2t").convert


@pytest.mark.parametrize(
    ("line", "is_author"),
    [
        ("卢克·柯林斯", True),
        ("约翰·史密斯", True),  # 约翰 is a word, but one the lexicon tags as a name
        ("阿卜杜拉·本·扎耶德", True),
        ("车主卢克·柯林斯在", False),  # a body line wrapped in a column: a common word first, 在 last
        ("车主卢克·柯林斯", False),
    ],
)
def test_a_transliterated_name_alone_on_a_line_is_no_wrapped_body_line(line: str, is_author: bool) -> None:
    assert (match_author_line(line, 0, len(line)) is not None) is is_author


def test_credits_of_several_pages_on_one_line() -> None:
    # 人民日报 credits the editors of each page on the front page's foot; a rare name character (輖) becomes a
    # supplementary-plane one when simplified, and is still a Han character.
    items = match_credit_items("一版责编：许诺 赵政 赵川博 二版责编：吕莉 祁嘉润 郭雪岩 三版责编：吴刚 周輖 王旭琛")
    assert items is not None
    assert [(role, names) for role, names, _, _ in items] == [
        ("一版责编", "许诺、赵政、赵川博"),
        ("二版责编", "吕莉、祁嘉润、郭雪岩"),
        ("三版责编", "吴刚、周輖、王旭琛"),
    ]
    assert match_credit_items("第4版编辑：张三") == [("第4版编辑", "张三", 0, 8)]


def test_an_authors_line_run_on_into_a_dispatch_head_is_no_dispatch_from_a_place_named_reporter() -> None:
    # 新华社记者 刘开雄 / 新华社北京4月29日电: the head's place is 北京, never 记者刘开雄新华社北京.
    found = parse_byline("新华社记者 刘开雄\n新华社北京4月29日电")
    assert found is None or (found.place is None or "记者" not in found.place)
    head = parse_byline("新华社北京4月29日电（记者王明）")
    assert head is not None
    assert (head.place, head.reporters) == ("北京", ("王明",))


def test_a_dispatch_head_and_its_reporters_across_a_blank_line_are_one_byline() -> None:
    # A column break between the dispatch head and the reporters' bracket: the bracket is no author line of its own.
    text = (
        "日内瓦举办庆祝联合国“文明对话国际日”主题活动\n\n新华社日内瓦6月9日电\n\n（记者王其冰、王娅楠）\n"
        "庆祝联合国“文明对话国际\n日”主题活动8日在瑞士日\n内瓦世界气象组织大楼举行，\n50多个国家的常驻代表出席。\n"
    )
    (article,) = newsseg.segment(text).articles
    assert article.byline is not None
    assert (article.byline.place, article.byline.month, article.byline.reporters) == ("日内瓦", 6, ("王其冰", "王娅楠"))
    assert article.dateline is not None
    assert (article.dateline.month, article.dateline.day) == (6, 8)


@pytest.mark.parametrize(
    ("head", "reporters"),
    [
        # the wrap cut the first name after its first character, or after its second
        ("新华社北京4月28日电（记者申\n铖 谢希瑶）", ("申铖", "谢希瑶")),
        ("新华社北京4月28日电（记者谢希\n瑶 申铖）", ("谢希瑶", "申铖")),
    ],
)
def test_a_name_a_wrap_cut_is_one_name(head: str, reporters: tuple[str, ...]) -> None:
    # pdftotext wraps a dispatch's credit where the column ends: 申 / 铖 谢希瑶 was read as one name, 申铖谢希瑶.
    byline = parse_byline(head)
    assert byline is not None
    assert byline.reporters == reporters

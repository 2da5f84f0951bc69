r"""Compiled regular expressions shared by ``byline.py`` and ``dateline.py``, each named and commented.

Every pattern runs on a *matching copy* of the input: ``to_simplified(normalize(text))``. That copy has the
length of the input, so a match's offsets are offsets into the input, and Traditional pages (本報訊, 記者, 電)
match the Simplified patterns while names and text are still sliced from the input as printed.

Byline patterns run on the copy with its white space kept, because a space is what separates two names
(``记者 张三 李四``); every keyword is therefore spelled with optional white space between its characters
(``本 报 讯``, ``记 者\n``), the letter-spacing and column wraps of justified newspaper columns. Dateline
patterns run on a copy with all white space removed (``7 月\n12日`` is read as ``7月12日``).
"""

from __future__ import annotations

import re
import threading
from typing import Any, cast

_compile_lock = threading.Lock()


class _LazyPattern:
    """A pattern compiled on first use.

    Some of these take tens of milliseconds to compile, and a program that imports newsseg without reading a byline
    should not pay for them.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - forwards whatever re.Pattern has
        compiled = self._compiled
        if compiled is None:
            with _compile_lock:
                if self._compiled is None:
                    self._compiled = re.compile(*self._args)
                compiled = self._compiled
        value = getattr(compiled, name)
        # Kept on the instance, so that the next ``.match`` is a plain attribute read and never comes here again:
        # a page makes some 2,700 calls through these patterns.
        setattr(self, name, value)
        return value


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, deferred to the first match (the object stands in for the compiled pattern)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


#: Han characters (CJK unified ideographs and extension A, compatibility ideographs, and extensions B to H, where
#: OpenCC puts the simplified forms of rare characters: 周輖 becomes 周𫐏).
#:
#: Each ``[{HAN}]`` in a pattern costs some 0.7 ms to compile, as ``re``'s compiler visits every one of its 28,000
#: code points below U+10000; so the pieces below say "a Han character" as few times as they can while matching
#: the same text the same way (issue 13: ``BYLINE_HEAD`` held 40 and ``PHOTO_CREDIT`` 27, now 19 and 14;
#: tests/test_patterns.py checks each piece against its plain spelling). Two rewrites recur: a run
#: ``[{HAN}](?:\s*[{HAN}]){0,9}?`` is written ``(?!\s)(?:\s*[{HAN}]){1,10}?`` (the lookahead keeps the first
#: ``\s*`` empty), and alternatives that end alike (a name after either separator) share one copy of the end.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

#: Chinese numerals as printed in dates: 八月七日, 二〇二〇年, 廿八日 (廿 = 20 and 卅 = 30 survive in older
#: styles).
CN_DIGITS = "〇零一二三四五六七八九十廿卅两"


def spaced(word: str) -> str:
    r"""A pattern for ``word`` that allows white space between its characters (letter-spacing, column wraps).

    >>> spaced("本报")
    '本\\s*报'
    """
    return r"\s*".join(re.escape(ch) for ch in word)


def _any(*words: str) -> str:
    """An alternation of spaced words, longest first so that 本报记者 is tried before 记者."""
    return "|".join(spaced(w) for w in sorted(words, key=len, reverse=True))


# --- bylines ---------------------------------------------------------------------------------------------

#: News agencies and web outlets that open a dispatch head (新华社北京8月7日电). 中央社 is Taiwan's Central
#: News Agency.
AGENCIES = (
    "新华社",
    "中新社",
    "中新网",
    "中国新闻社",
    "中国新闻网",
    "人民网",
    "新华网",
    "央视网",
    "央视新闻",
    "光明网",
    "国际在线",
    "中国日报网",
    "环球网",
    "中国网",
    "中央社",
    # Agencies of the world as the Chinese press names them. Not a gate (any ``X社``, ``X台``, ``X网`` before a
    # place and a date is read as an agency, see ``AGENCY_SHAPE``): the list tells an agency from the place
    # that follows it when the shape alone would cut them wrongly, and lets ``据路透社电`` stand without a date.
    "路透社",
    "法新社",
    "美联社",
    "共同社",
    "韩联社",
    "塔斯社",
    "德新社",
    "安莎社",
    "埃菲社",
    "俄新社",
    "卫星通讯社",
    "越通社",
    "朝中社",
    "安纳多卢通讯社",
    "彭博社",
    "中通社",
    "香港中通社",
    "央广网",
)

#: Any agency, broadcaster or web outlet by its shape: up to eight Han characters ending in 社, 台 or 网
#: (新华社, 美联社, 中央广播电视总台, 中国青年网). Only read where a place and a date follow (a dispatch head),
#: so a line that merely begins with 社区 or 平台 is never taken for one.
AGENCY_SHAPE = rf"(?!\s)(?:\s*[{HAN}]){{1,8}}?\s*[社台网]"

#: What may head a dispatch: an agency's shape, or any paper's (科技日报北京12月2日电, 南方日报广州讯), on one
#: line, and never the word 报道 (图片报道 / 新华社北京…电 is a title over a head).
DISPATCH_SHAPE = rf"(?!\s)(?:[ \t\u3000]*[{HAN}]){{1,8}}?[ \t\u3000]*(?:[社台网]|报(?![ \t\u3000]*[道导告]))"

#: Role words that head a group of names in a byline, mapped to the field the names go to. Longest first when
#: matched. 特约记者 goes to ``others`` (the model's docstring: an outside contributor, not staff), 见习记者
#: is staff, and so are the all-media reporters (全媒体记者, 融媒体记者) of the provincial and city papers; an
#: intern (实习生, 实习记者) and a commentator (评论员) go to ``others`` with their role.
ROLE_FIELDS = {
    "本报特派记者": "reporters",
    "本报见习记者": "reporters",
    "本报全媒体记者": "reporters",
    "本报融媒体记者": "reporters",
    "本报记者": "reporters",
    "新华社记者": "reporters",
    "中新社记者": "reporters",
    "人民日报记者": "reporters",
    "特派记者": "reporters",
    "首席记者": "reporters",
    "见习记者": "reporters",
    "全媒体记者": "reporters",
    "融媒体记者": "reporters",
    "记者": "reporters",
    "实习记者": "others",
    "本报评论员": "others",
    "特约评论员": "others",
    "评论员": "others",
    "本报特约记者": "others",
    "特约记者": "others",
    "本报通讯员": "correspondents",
    "特约通讯员": "correspondents",
    "通讯员": "correspondents",
    "摄影记者": "photographers",
    "摄影": "photographers",
    "实习生": "others",
    "本报实习生": "others",
    "编译": "others",
}

#: One role word of a byline: a word of ``ROLE_FIELDS``, or a posted reporter (本报驻柏林记者, 驻德国记者).
ROLE = (
    "(?:"
    rf"(?:{spaced('本报')}\s*)?驻(?:\s*[{HAN}]){{1,8}}?\s*{spaced('记者')}"
    # any role word may be the paper's own (本报首席记者, 本报实习记者)
    "|" + rf"(?:{spaced('本报')}\s*)?(?:" + _any(*ROLE_FIELDS) + "))"
)
BYLINE_ROLE = _lazy(ROLE)

#: A paper or outlet printed before a role word (新京报记者, 南方日报通讯员), never 本报 or 据 (a role word or a
#: dispatch of their own); ``OUTLETS``: one, two run together (X报X网记者), or one and the brand it shares the
#: byline with after a middle dot (中国日报·中国网记者, X晚报·X视频记者, X日报·X+记者: the brand any name).
OUTLET = rf"(?![本据])(?!{ROLE})[{HAN}]{{1,8}}?(?:报|网|社|视台|电台|总台)"
OUTLETS = rf"{OUTLET}(?:[·・]?{OUTLET}|[·・][{HAN}A-Za-z0-9+＋]{{1,8}})??"

#: A role word with what follows it up to the next role word: ``记者王明 ``, ``通讯员马丽``; an outlet printed
#: before a role word after white space (本报记者 王明 南方日报通讯员 马丽) is that role word's, not a name.
_NEXT_ROLE = rf"(?:(?<![{HAN}]){OUTLETS})?{ROLE}"
ROLE_GROUP = _lazy(
    rf"(?:(?<![{HAN}])(?P<outlet>{OUTLETS}))?(?P<role>{ROLE})\s*[:：]?"
    rf"(?P<names>(?:(?!{_NEXT_ROLE})[^（()）【】〔〕\[\]／/])*)"
)

#: The dots between the parts of a transliterated name: the middle dot, the Japanese one, a bullet, and Big5's
#: hyphenation point (唐納‧川普, as Taiwan's texts print it).
NAME_DOTS = "·・•‧"

#: One name as printed in a credit: two to four Han characters, a little white space (letter-spacing, a column
#: wrap) allowed between them; or a transliterated name with a middle dot (阿卜杜·热合曼).
NAME = rf"(?:[{HAN}]{{1,6}}[{NAME_DOTS}][{HAN}]{{1,8}}|(?!\s)(?:\s{{0,3}}[{HAN}]){{2,4}})"

#: Several names: split by 、 , 和 or white space.
NAMES = rf"(?:{NAME}(?:(?:\s*[、，,和]\s*|\s+){NAME}){{0,5}})"

#: A day as printed in a dispatch head: 7日, 七日, 1 4 日 (letter-spaced digits are rare but seen in OCR).
_DISPATCH_NUM = rf"(?:\d(?:\s*\d)?|[{CN_DIGITS}]{{1,3}})"

#: The date of a dispatch head: ``8月7日`` or ``7日`` (中央社 and 中新网 give the day alone).
DISPATCH_DATE = rf"(?:(?P<month>{_DISPATCH_NUM})\s*月\s*)?(?P<day>{_DISPATCH_NUM})\s*日"

#: How a dispatch head ends: 电 (新华社…电), 专电, 综合外电报导 (中央社), 讯 and 报道.
DISPATCH_END = (
    "(?:"
    + _any("专电", "综合外电报导", "综合外电报道", "外电报导", "综合报导", "综合报道", "讯")
    # 电 ends a head, never 电话, 电视, 电影 or 电力 (记者8月7日电话采访), also wrapped at a line end; but a space
    # or a blank line after it ends the word (新华社北京5月2日电 商务部…, …电 / blank / 商务部发布… are no 电商), and
    # so does a line's end before 商: no head runs on into 电商 (…5月2日电 / 商务部发布禁令…, a sign-off over a title)
    + r"|电(?![话视影力脑子商池])(?!\n[话视影力脑子池])"
    + ")"
)

#: A dispatch place: a few Han characters (北京, 内比都, 约翰内斯堡, 韩国务安郡), lazily up to the date.
#: Never one that opens with 记者: that is an author's line run on into the dispatch head under it (新华社记者 X /
#: 新华社北京4月29日电).
PLACE = rf"(?!\s)(?![记記]\s*者)(?:\s*[{HAN}]){{1,10}}?(?:\s*[/／、](?:\s*[{HAN}]){{1,10}}?)?"  # 北京/迪拜: two places

#: The paper's own source marker: 本报讯, 本报消息, 本报综合消息 (本報訊 on the Traditional copy reads 本报讯
#: ).
OWN_SOURCE = _any("本报讯", "本报消息", "本报综合消息", "本报综合讯")

#: Any paper's source marker by its shape, ``X讯`` with X up to eight characters: 新京报讯, 羊城晚报讯, 南都讯
#: (本报… is ``OWN_SOURCE``'s, so that 本报记者 张三 通讯员 is never read up to its 讯). The byline code checks
#: that 讯 stands as a word of its own (喜讯传来, 快讯 and 通讯员 are one word each).
OPEN_SOURCE = rf"(?!本\s*报)[{HAN}]{{1,8}}?讯"

#: A paper's tag for a piece of its own, in brackets only (【明報社評】, 【明報文章】: Hong Kong's papers open an
#: editorial or a signed article so, as 【明報專訊】 a report): the paper's name and what the piece is.
PAPER_TAG = rf"[{HAN}]{{1,6}}?报(?:社评|社论|文章|特稿|专稿|评论)"
#: The tag alone, as ``BYLINE_HEAD``'s ``own`` may read it (the byline code asks whether its bracket was there).
PAPER_TAG_ALONE = _lazy(PAPER_TAG)

#: A name in a byline printed without brackets (本报讯 记者张三 8月7日…, 羊城晚报讯 记者韩平报道：): two to four
#: Han characters, letter-spaced or not, never running into 报道. The byline code checks each looks like a name.
LOOSE_NAME = rf"(?!\s)(?:[ \t\u3000]{{0,2}}(?!报\s*[道导])[{HAN}]){{2,4}}"


#: Role groups of a byline printed without brackets, up to where the body starts: a name must be followed by
#: something that is not a Han character (white space, a digit, punctuation) or by 报道.
def _loose_credits(gap: str) -> str:
    return (
        rf"(?:{gap}*{ROLE}\s*[:：]?\s*{LOOSE_NAME}(?:(?:\s*[、，,]\s*|\s+){LOOSE_NAME})*"
        rf"(?:(?![{HAN}])|(?=报\s*[道导])))+"
    )


LOOSE_CREDITS = _loose_credits(r"[\s、，,]")
#: The same with every role word on the line the credits start on (after a dispatch head, where a role word on
#: the next line opens the next article's byline).
LOOSE_CREDITS_INLINE = _loose_credits(r"[ \t\u3000、，,]")

#: Web outlets whose items open with 消息: 央视网消息（新闻联播）：.
WEB_OUTLETS = ("央视网", "人民网", "新华网", "中新网", "中国新闻网", "光明网", "国际在线", "央视新闻")

#: A bracketed credit after a head: ``（记者王明 通讯员周宁）``; an opening bracket without its pair never
#: matches.
CREDIT_BRACKET = r"[（(](?P<inner>[^（()）]{1,80})[）)]"

#: A broken bracket printed by some papers: ``本报讯(记者刘海涛)通讯员陈刚)``, a second role group whose
#: opening bracket is missing. Only a role word right after the first bracket qualifies, so body text never
#: does.
BROKEN_TAIL = rf"(?P<tail>\s*{ROLE}\s*{NAMES}\s*[）)])"

#: Bullets that some papers print before a feature's byline line (■本报记者 张三, □ 本报评论员, ◎ 张三).
BULLETS = "■●◎□◆▲△○★☆▶►"
_BULLET = rf"(?:[{BULLETS}]\s*)?"

#: A byline that opens a news item, one alternative per printed form; all are anchored at the window start.
#: - ``own``: 本报讯 (or in brackets, 【明报专讯】, and a paper's tag, 【明报社评】), then an optional bracketed credit
#:   (and a broken-bracket tail).
#: - ``dispatch``: [据]新华社/本报 + place + date + 电, then an optional bracketed credit
#:   (新华社北京8月7日电（记者 张三）).
#: - ``cna``: （中央社記者王小明台北7日電）, （中央社台北30日電）, （中央社韓國務安郡30日綜合外電報導）.
#: - ``slash``: 【記者王小明／台北報導】, 〔記者王小明／台北報導〕, （記者王小明／台北報導）,
#:   【聯合報／記者王小明／台北即時報導】, and names with no role word, as 中國時報 prints them (王小明／台北報導).
#: - ``web``: 央视网消息（新闻联播）：, 人民网消息.
BYLINE_HEAD = _lazy(
    r"\s*"
    + _BULLET
    + "(?:"
    # own source marker
    + rf"(?P<oopen>[【〔［]\s*)?(?P<own>{OWN_SOURCE}|{OPEN_SOURCE}|{PAPER_TAG})(?(oopen)(?P<oclose>\s*[】〕］]))"
    + rf"(?:\s*{CREDIT_BRACKET}{BROKEN_TAIL}?"
    + rf"|(?P<loose>{LOOSE_CREDITS})(?P<loose_end>\s*报\s*[道导]\s*[:：]?|\s*[:：])?)?"
    + "|"
    # dispatch head: 本报北京8月7日电, 新华社北京8月7日电, 据新华社柏林10月13日电, 据新华社电, 中新网10月14日
    # 电, 路透社伦敦3月5日电; with 据 also …报道 (据法新社巴黎3月5日报道), never without a date (据美联社报道，
    # opens body paragraphs)
    + rf"(?P<ju>据\s*)?(?:(?P<paper>{spaced('本报')})|(?P<agency>{_any(*AGENCIES)}|{DISPATCH_SHAPE}))"
    + rf"(?:\s*(?P<place>{PLACE}))??\s*(?:{DISPATCH_DATE})\s*"
    + rf"(?P<end>(?(ju)(?:{DISPATCH_END}|{_any('报道', '报导')})|{DISPATCH_END}))"
    + rf"(?:\s*{CREDIT_BRACKET.replace('inner', 'dinner')}"
    # or credits printed without brackets on the head's line: 本报北京12月2日讯 记者王小明报道 (a role word on
    # the next line opens the next byline: a sign-off 新华社成都4月26日电 / 新华社记者 X of the next article)
    + rf"|(?P<dloose>{LOOSE_CREDITS_INLINE})"
    + r"(?P<dloose_end>\s*报\s*[道导]\s*[:：]?)?)?"
    + "|"
    + rf"(?P<ju2>据\s*)(?P<agency2>{_any(*AGENCIES)})\s*{spaced('电')}"
    + "|"
    # 中央社 head in brackets; reporters and place run together (記者葉素萍台北29日電) and are split
    # afterwards
    + rf"[（(]\s*(?P<cna>{spaced('中央社')})\s*(?:(?P<cna_role>{spaced('记者')}|{spaced('编译')})\s*)?"
    + rf"(?P<cna_body>(?![\s、，,])(?:\s*[{HAN}、，,]){{1,25}}?)\s*"
    + rf"(?:(?P<cna_month>{_DISPATCH_NUM})\s*月\s*)?(?P<cna_day>{_DISPATCH_NUM})\s*日\s*"
    + rf"(?P<cna_end>{DISPATCH_END}|{spaced('外电报导')})\s*[）)]"
    + "|"
    # Taiwanese papers: 【記者王小明／台北報導】; an optional outlet before the first slash
    # (記者王小明／台北報導 without brackets too)
    + rf"(?P<sopen>[【〔\[［（(]\s*)?(?:(?P<outlet>(?!\s)(?:\s*[{HAN}]){{2,8}})\s*[／/]\s*)?"
    # (an outlet may head the role word: 〔X報記者王小明／台北報導〕)
    + rf"(?P<slash_inner>(?:(?P<slash_outlet>{OUTLETS})\s*)?(?:{ROLE})[^【】〔〕\[\]［］／/\n]{{1,40}}?"
    # or names with no role word (王小明／台北報導), checked by the byline code
    + rf"|(?P<slash_names>(?![、\s])[{HAN}、 \u3000]{{2,21}}?))\s*[／/]\s*"
    + rf"(?P<slash_place>(?!\s)(?:\s*[{HAN}]){{1,10}}?)??\s*(?:{spaced('即时')})?\s*"
    + rf"(?(sopen)(?:{_any('报导', '报道', '电', '讯')})\s*[】〕\]］）)]|(?:{_any('报导', '报道')}))"
    + "|"
    # web outlets: 央视网消息（新闻联播）：
    + rf"(?P<web>{_any(*WEB_OUTLETS)})"
    + rf"\s*(?P<web_end>{spaced('消息')})(?:\s*[（(](?P<program>[^（()）\n]{{1,12}})[）)])?(?:\s*[:：])?"
    + ")"
)

#: A byline on a line of its own heading a feature or commentary: 本报记者 张建华, 本报驻柏林记者 张三 李四,
#: 文/本报记者 张三, ■记者 张三 通讯员 李四. ``alone`` runs to the line end; the caller checks that it holds
#: only names (a sentence that merely begins with 记者, 记者日前从…获悉, never does) and takes the next line
#: when the role word ends its line (本 报 记 者 / 刘海涛). A paper or outlet may head the role word
#: (新京报记者 张三, 南方日报记者 张三, X报·X网记者 张三): ``outlet``.
BYLINE_ALONE = _lazy(
    r"\s*"
    + _BULLET
    + r"(?P<wen>(?:[图文]\s*[/／]\s*[图文]\s*[/／:：]?|文\s*[/／:：])\s*)?"
    + rf"(?P<outlet>{OUTLETS})?"
    + rf"(?P<alone>{ROLE}[^\n]*)"
)

#: What may close a byline line after the names: where the reporter filed from (本报记者 张三 发自北京) or
#: who made text and pictures (记者 张三 文/图).
ALONE_TAIL = _lazy(rf"\s+(?:发自\s*(?P<sent_from>(?:[{HAN}]\s*){{2,10}}?)|[图文]\s*[/／]\s*[图文])\s*\Z")

#: The first character of a byline or credit: anything else is rejected before a regex runs (speed:
#: match_byline is called once per line of a 20,000-character page).
BYLINE_FIRST = frozenset("本据新中人央光国环（(【〔[［记见特首通实摄编文图驻" + BULLETS)

# --- photo credits ---------------------------------------------------------------------------------------

#: Role words of a photo credit (本报记者 X 摄, 特约摄影 X 摄).
_CREDIT_ROLES = (
    "记者",
    "摄影记者",
    "通讯员",
    "特约记者",
    "特约摄影",
    "见习记者",
    "首席记者",
    "全媒体记者",
    "融媒体记者",
    "实习记者",
    "实习生",
)

#: Where a photo credit may begin: at the start of the window or line, or after punctuation that ends a
#: caption sentence or a bracket; never inside a run of Han characters (工作人员张三摄 is not 员张三).
_CREDIT_START = r"(?<![^\s。！？!?，,；;：:…」”’）)\]】〕⬅➡←→↑↓])"

#: A photo credit that ends the window (trailing tags and a 中央社 ROC date allowed):
#: - ``by``: [新华社|本报|中央社] [记者] NAMES [/] 摄[影] (本报记者 刘海涛 摄, 龚献明摄（影像中国）, 张三/摄);
#: - ``lead``: 图/文 X, 文/图 X, 摄影 X, 摄影：X, 图：X (a bare 图 needs its colon: 图为洛阳… is a caption);
#: - ``pre``: an agency before a bracketed credit, 新华社发（张三 摄）;
#: - ``giver``, ``provider``, ``taken``, ``archive``, ``pictured``, ``issuer``, ``origin``: a picture nobody on the
#:   staff took (受访者供图, 警方图片, 图片由主办方提供, 图取自网络, 资料图片, 新华社发, 图片来源：视觉中国); no
#:   photographer.
PHOTO_CREDIT = _lazy(
    _CREDIT_START
    + rf"(?:(?P<pre>{_any('新华社发', '中新社发', '新华社', '中新社')})\s*(?=[（(]))?"
    + r"(?P<open>[（(]\s*)?"
    + "(?:"
    + rf"(?:(?P<org>{_any('本报', '新华社', '中新社', '中央社', '人民日报', '新华社发', '本报特约')})\s*)?"
    + rf"(?:(?P<role>{_any(*_CREDIT_ROLES)})\s*[:：]?\s*)?"
    + rf"(?P<by>{NAMES})(?P<gap>\s*(?:[/／]\s*)?)(?P<verb>{_any('摄', '摄影')})"
    + "|"
    # a picture taken from elsewhere before a lead word's names: 图／取自网路 names no photographer
    + rf"图\s*[/／:：]?\s*(?P<taken>{spaced('取自')})\s*(?P<taken_from>[^\s（()）][^\n（()）]{{0,39}}?)"
    + "|"
    + rf"(?P<lead>[图文]\s*[/／]\s*[图文]\s*[:：/／]?|{spaced('摄影')}\s*[:：/／]?|[图摄]\s*[:：/／])"
    + rf"\s*(?P<lead_names>{NAMES})"
    + "|"
    # pictures credited to whoever gave them: 受访者供图, 资料图片, 新华社发, 图片来源：视觉中国, 图片由主办方提供,
    # 图／X提供, 图取自网络
    + rf"(?P<giver>[{HAN}A-Za-z]{{1,12}}?)\s*{spaced('供图')}"
    + rf"|(?:{spaced('图片由')}|图\s*[/／:：])\s*(?P<provider>[^\s（()）/／:：][^\n（()）]{{0,23}}?)\s*{spaced('提供')}"
    + rf"|(?P<archive>(?:{_any('本报', '新华社', '中新社', '中央社')})?\s*"
    + rf"(?:{_any('资料图片', '资料照片', '资料图', '档案照片', '档案图片')}))"
    # 警方圖片, 受访者图片: a short name of who gave it before 图片 (a caption's last words are checked by the code)
    + rf"|(?P<pictured>[{HAN}A-Za-z]{{1,5}}?)\s*{spaced('图片')}"
    + rf"|(?P<issuer>{_any(*AGENCIES)}|{AGENCY_SHAPE})\s*发"
    + rf"|{spaced('图片来源')}\s*[:：]\s*(?P<origin>[^\s（()）:：][^\n（()）:：]{{0,23}}?)"
    + ")"
    + r"\s*(?(open)[）)])"
    + r"(?P<tag>\s*[（(][^（()）\n]{1,12}[）)])?"
    + r"(?P<roc>\s*\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?"
    + r"\s*\Z"
)

#: Chinese surnames, for names that stand without a role word (龚献明摄, a feature's 本报记者 line): the first
#: character must be one of these, so that ``正在拍摄`` or ``了解到`` is never taken for a name.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
    "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
    "卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠"
    "惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国"
    "狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢"
    "嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由暨洪钮萧黄庹眭"
)

# --- datelines (on a copy with white space removed) ------------------------------------------------------

_NUM = rf"(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})"
#: A stated year: 2020年, 二〇二〇年; or a year of the Republic of China's calendar, as Taiwan's papers print it (114年
#: is 2025): three digits, which no Gregorian year shortened is, or any after 民国 (民國99年).
_YEAR = r"(?:(?P<year>\d{4}|[〇零一二三四五六七八九]{4})年|(?:民国)?(?P<roc>1\d\d)年|民国(?P<roc_short>\d{1,2})年)"
#: A year stated relative to the issue: 今年10月12日, 去年12月29日.
_REL_YEAR = r"(?P<rel_year>今年|去年|前年|明年)"
#: Joins the two ends of a range: 7月9日至10日, 10月11日—12日, 10月20—21日.
_RANGE = r"(?:至|到|[—–\-－~～―]{1,2})"

#: A part of the day printed after a date. A bare 晚 counts (1月18日晚) but not in 晚会, 晚宴, 晚报 or 晚点.
PART_WORD = "凌晨|清晨|早晨|早上|上午|中午|午间|午后|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|晚(?![会宴餐报霞年期辈点])"
#: A clock time: 20时许, 10时30分, 8点半, 晚8点 (after a part word).
CLOCK = rf"{_NUM}(?:时|点)(?:{_NUM}分|半)?(?:许|左右|前后)?"
#: 早 and 午 count as parts only before a clock time (昨午4時: yesterday, 4 p.m., as Hong Kong's papers print it).
_PART = rf"(?P<part>(?:{PART_WORD})(?:{CLOCK})?|{CLOCK}|[早午](?={_NUM}(?:时|点))(?:{CLOCK}))?"

#: A full date: [year] month day [range] [part]: 8月7日上午, 二〇二〇年十月十二日, 7月9日至10日, 7月30日至8月1
#: 日.
DATE_FULL = _lazy(
    rf"(?:{_YEAR}|{_REL_YEAR})?(?P<month>{_NUM})月(?P<day>{_NUM})[日号]"
    rf"(?P<range>{_RANGE}(?:{_NUM}月)?{_NUM}[日号])?{_PART}"
)

#: A month range with one 日: 10月20—21日.
DATE_MONTH_RANGE = _lazy(
    rf"(?:{_YEAR}|{_REL_YEAR})?(?P<month>{_NUM})月(?P<day>{_NUM}){_RANGE}(?P<range>{_NUM})日{_PART}"
)

#: A day alone, taking its month from the dispatch head or the issue: 14日上午, 17日至20日. Arabic digits, or
#: two or more Chinese numerals (十四日): 一日 and 五日 are too often 一日三餐 and 五日内. Never the 日 of a
#: dispatch head (7日电) or a date already read (月 before it), nor 第3日.
DATE_DAY = _lazy(
    rf"(?<![\d{CN_DIGITS}月第每])(?P<day>\d{{1,2}}|[{CN_DIGITS}]{{2,3}})日(?![电讯])"
    rf"(?P<range>{_RANGE}{_NUM}日)?{_PART}"
)

#: Words that date the news relative to the issue, with the day offset when it can be resolved. Several have a
#: lookbehind: 日前 is not 节日前 or 生日前, 近日 is not 接近日本.
RELATIVE_OFFSETS = {
    "今天": 0,
    "今日": 0,
    "今晨": 0,
    "今早": 0,
    "今晚": 0,
    "今夜": 0,
    "昨天": -1,
    "昨日": -1,
    "昨晨": -1,
    "昨晚": -1,
    "昨夜": -1,
    # 昨 alone, as Hong Kong's papers date the news (工會昨稱, 昨午4時); the longer words are tried first
    "昨": -1,
    "前天": -2,
    "前日": -2,
    "前晚": -2,
    "明天": 1,
    "明日": 1,
}
#: Vague relative words: a flag, never a date (SPEC: 近日 gives 近日 even if a later sentence has an exact
#: date).
RELATIVE_VAGUE = (
    "今年年初以来",
    "今年初以来",
    "今年以来",
    "年初以来",
    "入夏以来",
    "入冬以来",
    "去年年底",
    "去年年初",
    "去年底",
    "去年初",
    "今年年初",
    "今年初",
    "连日来",
    "连日",
    "近日",
    "日前",
    "近期",
    "近来",
    "前不久",
    "不久前",
    "近段时间",
    "近一段时间",
    "上周末",
    "上个月",
    "上月",
    "本周",
    "当天",
    "当日",
    "当晚",
    "同日",
    "次日",
    "翌日",
)
_REL_WORDS = sorted((*RELATIVE_OFFSETS, *RELATIVE_VAGUE), key=len, reverse=True)
#: The day stated in brackets after the word, as many papers print it (昨天（12月1日）上午), and the Taiwanese
#: papers' 昨（1）日, 今（2）日: ``rel_day`` is the word's first character, ``tday`` the day.
DATE_RELATIVE = _lazy(
    r"(?<![节假生期时前接靠附临贴逼每\d])"
    r"(?:(?P<rel_day>[今昨前明])[（(](?P<tday>\d{1,2})[）)]日"
    # a weekday before the date it names in brackets (周一（12月1日）, 星期五（28日）)
    rf"|(?P<rel>上周[一二三四五六日天]?|(?:周|星期)[一二三四五六日天](?=[（(])|{'|'.join(_REL_WORDS)})"
    r"(?!(?<=昨)非)"  # not 今是昨非
    rf"(?:[（(](?:(?P<month>{_NUM})月)?(?P<day>{_NUM})日[）)])?)" + _PART
)
#: The day offset of ``rel_day``.
RELATIVE_DAY_OFFSETS = {"今": 0, "昨": -1, "前": -2, "明": 1}

#: A part of the day alone, dated by the dispatch head (中央社: 班機上午失事 under 台北29日電), or a clock
#: time.
DATE_PART_ALONE = _lazy(
    rf"(?P<part>(?:凌晨|清晨|早晨|早上|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|深夜|午夜)(?:{CLOCK})?"
    r"|(?<![第\d])\d{1,2}时(?:\d{1,2}分)?(?:许|左右)?)"
)

#: A month without a day, only at the very start of a paragraph (十月金陵，丹桂飘香; 2019年10月，); deeper in,
#: a month alone (今年6月份, 为确保该公园8月份部分景点开放) describes the story's background, not its date.
DATE_MONTH_START = _lazy(
    rf"(?:当地时间|北京时间)?(?:{_YEAR}|{_REL_YEAR})?(?P<month>{_NUM})月份?(?![{CN_DIGITS}\d]*[日号])"
)

#: Ends a sentence (quoted text is masked before this is used, so “…！” inside a quote does not).
SENTENCE_END = _lazy(r"[。！？!?]+")

#: Heads of a clause: a sentence start, or after a comma, colon or semicolon. In a paragraph's second sentence
#: only a date at a clause head counts (为关爱…，8月4日上午，…), never one inside a clause (妻子陳佩琪今天晚間
#: 於北所外靜坐).
CLAUSE_HEAD = _lazy(r"[，,：:；;、]")

#: Prefixes that may stand before a dateline at a clause head: 当地时间1月18日上午.
CLAUSE_PREFIX = _lazy(r"(?:当地时间|北京时间|据悉，?|记者)")

#: Opening quotation marks and title brackets with their closing partners; their content is not searched.
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "《": "》", '"': '"', "＂": "＂"}

# --- numerals --------------------------------------------------------------------------------------------

_CN_DIGIT_VALUES = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def numeral_value(number: str) -> int | None:
    """The value of a date numeral as printed (``12``, ``十二``, ``廿八``, ``二〇二〇``), or None.

    >>> [numeral_value(n) for n in ("7", "十", "十二", "二十", "三十一", "廿八", "二〇二〇", "年")]
    [7, 10, 12, 20, 31, 28, 2020, None]
    """
    digits = "".join(number.split())
    if not digits:
        return None
    if digits.isascii() and digits.isdigit():
        return int(digits)
    if all(ch in _CN_DIGIT_VALUES for ch in digits):  # read digit by digit: 二〇二〇, and 一二 read as 12
        value = 0
        for ch in digits:
            value = value * 10 + _CN_DIGIT_VALUES[ch]
        return value
    tens_words = {"十": 1, "廿": 2, "卅": 3}
    for word, tens_of_word in tens_words.items():
        head, sep, tail = digits.partition(word)
        if not sep or word in tail:
            continue
        if head and (head not in _CN_DIGIT_VALUES or word != "十"):
            return None
        if tail and tail not in _CN_DIGIT_VALUES:
            return None
        tens = _CN_DIGIT_VALUES[head] if head else tens_of_word
        return tens * 10 + (_CN_DIGIT_VALUES[tail] if tail else 0)
    return None


# --- signatures, author lines, page furniture, page credits ----------------------------------------------

#: A bracketed author line at an article's end that gives the author's post, not a name: （作者为…）,
#: （作者系…）, （作者单位：…）.
AUTHOR_NOTE = _lazy(rf"\s*[（(]\s*{spaced('作者')}\s*(?:[为系是]|单位|简介|[:：])[^（()）]*[）)]\s*")

#: A run of role groups and nothing else: 本报记者张武岳, 记者 张三 通讯员 李四.
CREDITS_ONLY = _lazy(rf"\s*(?:(?:{OUTLETS})?{ROLE}\s*[:：]?\s*{NAMES}\s*[、，,]?\s*)+")

#: A signature that names the author and then the desk or agency the piece came through: 陈立希 新华社专特稿,
#: 张三 本报综合. The org ends with what the desk did to it.
NAME_THEN_DESK = _lazy(
    rf"\s*(?P<names>{NAMES})\s+(?P<desk>[{HAN}]{{1,12}}?(?:专特稿|特稿|专稿|供稿|稿|编译|整理|综合|报道|报导))\s*"
)

#: A signature that gives the author's post and then the name: 北京航空航天大学法学院副教授 赵精武.
POST_THEN_NAME = _lazy(rf"\s*(?P<post>[{HAN}][^\s（()）]{{3,40}})\s+(?P<name>{NAME})\s*")

#: A line of role words' names and their marks (names, dots, 、，:), and a run of bare names: what an author line
#: may hold around its role words, and a line of bare names (matched whole).
NAMES_LINE = _lazy(rf"[{HAN}{NAME_DOTS}、，,:：\s]+")
NAMES_RUN = _lazy(rf"[{HAN}{NAME_DOTS}\s]+")

#: A line that names its writer and its photographer apart: 文／张三 图／李四, 文/本报记者 张三, 作者：张三,
#: 撰文：张三; or one who did both: 图文／张三, 图、文／记者张三, 文、摄影／张三.
WRITER_AND_PHOTOGRAPHER = _lazy(
    r"\s*(?:(?P<both>图\s*[、·]?\s*文|文\s*[、·]?\s*(?:图|摄影))|文|作者|撰文)\s*[/／:：]\s*(?P<writer>[^/／:：\n]+?)"
    r"(?:\s+图\s*[/／:：]\s*(?P<photo>[^/／:：\n]+?))?\s*"
)
#: A bullet before an author's line (■ 张三, □本报评论员).
LEAD_BULLET = _lazy(rf"\s*[{BULLETS}]\s*")

#: A role word alone, the names left out or on another line: 新华社记者, 本报评论员, 人民日报评论员.
ROLE_ALONE = _lazy(
    rf"\s*(?P<role>(?:{_any('本报', '新华社', '中新社', '人民日报')}|[{HAN}]{{1,8}}?[报社台网])\s*"
    rf"(?:{_any('特约评论员', '评论员', '特约记者', '记者')}))\s*"
)

#: Where an article runs on: 下转第3版, （上接第一版）, (转A2版), 下转第12页.
_JUMP = (
    rf"[（(]?\s*(?:{_any('下转', '上接', '转至', '接上', '转', '接', '续')})\s*第?\s*"
    rf"[A-Za-z]?\s*[\d{CN_DIGITS}]{{1,3}}\s*[版页面](?:[^（()）\n]{{0,12}})?[）)]?"
)
JUMP = _lazy(_JUMP)

#: A page number: 82, A3, B12, 第3版, 第 82 页, - 5 -, 3/8.
_PAGE_NUMBER = (
    rf"(?:[A-Za-z]{{0,2}}\s*\d{{1,3}}|第\s*[\d{CN_DIGITS}]{{1,3}}\s*[版页]|[-－—]\s*\d{{1,3}}\s*[-－—]"
    r"|\d{1,3}\s*/\s*\d{1,3})"
)
PAGE_NUMBER = _lazy(_PAGE_NUMBER)

#: A date running head: 2019年10月15日 星期二, 星期二, 2026年05月01日 第01版, 农历己亥年九月十七.
_DATE_HEAD = (
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.．/-]\d{1,2}[.．/-]\d{1,2}|星期[一二三四五六日天]"
    r"|周[一二三四五六日]|农历\S{2,10})"
    r"(?:\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[.．/-]\d{1,2}[.．/-]\d{1,2}|星期[一二三四五六日天]|农历\S{2,10}"
    rf"|第\s*[\d{CN_DIGITS}]{{1,3}}\s*版|[A-Za-z]?\d{{1,3}}版?))*"
)
DATE_HEAD = _lazy(_DATE_HEAD)

#: A paper's name as a running head, alone or with its date and page: 人民日报, 新华每日电讯,
#: 《 学习时报 》（ 2026年05月01日  第 01 版 ）. The ending is open: any X日报, X晚报, X时报, X电讯 ….
_PAPER_HEAD = (
    rf"[《〈]?\s*[{HAN}]{{1,8}}(?:日报|晚报|早报|时报|商报|都市报|青年报|周报|导报|电讯|参考|文摘)\s*[》〉]?"
    rf"(?:\s*[（(]?\s*(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|第\s*[\d{CN_DIGITS}]{{1,3}}\s*版"
    r"|星期[一二三四五六日天]|[A-Za-z]?\d{1,3})(?:\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"|第\s*[\d{CN_DIGITS}]{{1,3}}\s*版|星期[一二三四五六日天]))*\s*[）)]?)?"
)
PAPER_HEAD = _lazy(_PAPER_HEAD)

#: A page's section as printed in its head: 版面：要闻, 第01版：国内大局, [01版：国内大局], 05版 要闻.
_SECTION_HEAD = (
    rf"[\[［【]?\s*(?:版\s*面|第?\s*[A-Za-z]?\s*[\d{CN_DIGITS}]{{1,3}}\s*版)\s*[:：]?\s*[{HAN}]{{2,8}}\s*[\]］】]?"
)
SECTION_HEAD = _lazy(_SECTION_HEAD)

#: The five forms above as one pattern, tried in that order, the form that matched named by its group: a page asks
#: this of every short line, and one call into the regex engine costs less than five calls (issue 13: the seeds'
#: lines 3.0 -> 1.8 ms). Where a line could be read as two forms, the first one wins, as it did when they were tried
#: one after another.
FURNITURE_FORMS = _lazy(
    f"(?P<jump>{_JUMP})|(?P<page_number>{_PAGE_NUMBER})|(?P<date_head>{_DATE_HEAD})|(?P<paper_head>{_PAPER_HEAD})"
    f"|(?P<section_head>{_SECTION_HEAD})"
)

#: A section label alone by its shape: 综合新闻, 国际要闻, 文化周刊, 理论专版.
SECTION_SHAPE = _lazy(rf"[{HAN}]{{0,4}}(?:新闻|要闻|专版|专刊|周刊|副刊|特刊)")

#: Section labels that papers print alone at the head of a page. A help, not a gate (``SECTION_SHAPE`` takes the
#: open forms): these words on a line of their own are a page's furniture, never a title of their own.
SECTION_WORDS = frozenset(
    "要闻 国际 国内 综合 评论 时评 理论 经济 社会 文化 体育 副刊 地方 专题 视点 观察 民生 财经 科技 教育 健康 "  # noqa: SIM905
    "法治 军事 读书 广告 公告 深度 聚焦 调查 文体 时事 声音 观点 人物 文艺 旅游 城事 本埠".split()
)

#: The end of a page-credits role: 编辑, 责编, 校对, 版式 … after an optional qualifier (本版, 责任, 美术, or the
#: page it is for: 一版责编, 第4版编辑, when one line credits the editors of several pages).
CREDIT_ROLE = (
    rf"(?:(?:{_any('本版', '责任', '值班', '美术', '图片', '文字', '执行', '视觉', '技术', '版式', '版面')}"
    r"|第?\s*[一二三四五六七八九十\d]{1,3}\s*版)\s*)?"
    "(?:"
    + _any(*"编辑 责编 校对 设计 美编 版式 组版 排版 制图 审校 审读 监制 统筹 终审 主编 签发 视觉 制作 编委".split())  # noqa: SIM905
    + ")"
)

#: One role of a page-credits line with its colon: 编辑：, 本版责编：, 美 编:.
CREDIT_ROLE_COLON = _lazy(rf"(?P<role>{CREDIT_ROLE})\s*[:：]")

#: What a page-credits line may hold besides roles: names (letter-spaced) and separators.
CREDIT_NAMES = _lazy(rf"[{HAN}·・\s、，,|｜/／;；]*")

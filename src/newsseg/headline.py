"""Title blocks: 引题 kicker above, 主题 main title, 副题 subtitle below.

A block comes as the lines the extractor printed. They are first put back together where a title wrapped over two
lines, then given their parts:

- a line led by ``——`` is the subtitle (the dashes dropped);
- with three parts, they are kicker, main and subtitle in that order, unless the first two read as one kicker over
  the third (no subtitle then);
- with two, the choice between *kicker + main* and *main + subtitle* is weighed from the words themselves: a kicker
  often ends in a verb of saying (``…会议强调``) or is a bare name (``新城区工信局``), and a main title under a
  kicker is
  often two parallel phrases set apart by a space (``提升服务质量 创优营商环境``); a subtitle often opens with what
  was done (``就…``, ``研究部署…``, ``访…``), names its genre (``…实录``, ``…解读``), or is much longer than the main;
- a main title the extractor printed twice (``XX战犹酣XX战犹酣``) is given once;
- letter-spacing (``翠 屏 湖 清 水 河``) is removed, but where the paper prints a gap between two phrases of one line
  (``一江碧水东流 千里绘就长歌``) one space stays; a title wrapped over two lines is joined with nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsseg._lexicon import lexicon, opens_with_person_name, splits_word
from newsseg._patterns import _lazy
from newsseg._text import normalize, to_simplified
from newsseg.model import Headline, Span
from newsseg.reflow import display_width

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["parse_headline"]

_WS = re.compile(r"\s+")
#: The dash that leads a subtitle: one pair (——), or one or two single dashes; a longer run keeps what is left.
_DASHES = re.compile(r"^\s*(?:——|[—―─–-]{1,2})\s*")
#: A kicker often ends by announcing what the main title says.
_SAYING = re.compile(r"(?:强调|指出|要求|表示|提出|宣布|报道|公布|透露|获悉|称|说|发布|批准|之际|期间|[:：])$")
#: A subtitle often opens with what was done or said about the main title's event.
_SUBTITLE_OPENING = re.compile(r"^(?:就|研究|部署|贯彻|落实|围绕|聚焦|访|记|专访|对话|占|涉及|（|\()")
#: A title line that ends in a person's office names a doer, no event (负责人, 发言人, 部长, 专家).
_DOER = re.compile(r"(?:负责人|發言人|发言人|负责同志|部长|部長|主任|局长|局長|专家|專家|大使|代表)$")
#: …and often names its genre.
_SUBTITLE_GENRE = re.compile(
    r"(?:实录|纪实|侧记|解读|综述|述评|访谈|札记|手记|特写|调查|观察)(?:（[一二三四五六七八九十\d]+）)?$"
)
#: Characters after which a title line cannot end, so the next line continues it.
_OPEN_END = frozenset("，、的和与及暨在被对向把将从为个了着之是“‘《（(「『")
#: A number broken over a title's lines (信用变现七千 / 亿，企业扬帆显活力): a numeral ends the line, and a numeral or a
#: unit opens the next.
_NUMERAL_END = frozenset("零一二三四五六七八九十百千万亿两0123456789")
_NUMBER_GOES_ON = _NUMERAL_END | frozenset("元个年月日次倍项家名人座所余多%")
#: Characters with which a title line cannot start.
_OPEN_START = frozenset("，、。暨和与及的了着之是”’》）)」』（(")
#: A line ending in a verb that takes an object (新城区召开 / 康养产业发展工作会议, 全面推动 / “人工智能+”走深走实) has
#: wrapped before it.
_NEEDS_OBJECT = re.compile(
    r"(?:召开|举行|举办|开展|启动|印发|出台|签署|荣获|获得|授予|位列|迎来|部署|发布|推出|推动|推进|促进|加强|加快|助力|打造)$"
    # ... and a demonstrative and its measure word wait for their noun (如何继续这场 / “未完结的正义审判”)
    r"|[这那此该每各][个场项次些位条件种批]$"
)
#: Words that wait for the verb after them: a modal verb, a question word inside the clause (…伊朗能 / “管住”…,
#: …候补如何 / “更成功”). Whole words only: 动能, 智能 end a title.
_WAITS_FOR_VERB = frozenset(
    ["能", "会", "要", "可", "应", "该", "须", "如何", "怎样", "怎么", "能否", "是否", "会否", "可否"]
)
#: Phrases set apart by a space inside a title line (提升服务质量 创优营商环境).
_PHRASES_APART = re.compile(r"\S\s+\S")
_COMMA = re.compile("[，,]")
_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "【": "】"}


def _compact(text: str) -> str:
    return _WS.sub("", text)


def _spaced(line: str) -> str:
    """A title line with letter-spacing removed and each gap between phrases kept as one space.

    A line is letter-spaced when most of its pieces between spaces are single characters (``翠 屏 湖 清 水 河``,
    ``抓 落实``); otherwise its spaces are the gaps the paper prints between phrases.

    >>> _spaced("一江碧水东流  千里绘就长歌"), _spaced("翠 屏 湖 清 水 河"), _spaced("5G 基站 全覆盖")
    ('一江碧水东流 千里绘就长歌', '翠屏湖清水河', '5G 基站 全覆盖')
    """
    pieces = line.split()
    if len(pieces) <= 1:
        return "".join(pieces)
    singles = sum(1 for piece in pieces if len(piece) == 1)
    if singles * 2 >= len(pieces):
        return "".join(pieces)
    return " ".join(pieces)


def _undouble_spaced(text: str) -> str:
    """``undouble`` on a title that may hold phrase gaps: the gaps do not count, and the first copy keeps its own."""
    compact = _compact(text)
    once = undouble(compact)
    if once == compact:
        return text
    seen = 0
    for index, ch in enumerate(text):
        if not ch.isspace():
            seen += 1
            if seen == len(once):
                return text[: index + 1]
    return text


def undouble(text: str) -> str:
    """A title the extractor printed twice, given once.

    >>> undouble("翠屏湖公园建设战犹酣翠屏湖公园建设战犹酣")
    '翠屏湖公园建设战犹酣'
    >>> undouble("哈哈")
    '哈哈'
    """
    half = len(text) // 2
    if len(text) % 2 == 0 and half >= 3 and text[:half] == text[half:]:
        return text[:half]
    return text


def leaves_open(text: str) -> bool:
    """Whether ``text`` opens more brackets, quotes or title marks than it closes (a title broken inside one).

    >>> leaves_open("中央军委印发新修订的《军队基层建"), leaves_open("英驻美大使质疑英美“特殊关系”")
    (True, False)
    """
    depth = 0
    for ch in text:
        if ch in _PAIRS:
            depth += 1
        elif ch in _PAIRS.values():
            depth -= 1
    return depth > 0


def continues(first: str, second: str) -> bool:
    """Whether ``second`` carries on the title line ``first`` (a title wrapped over two lines).

    >>> continues("新城区开展“文明健康", "有你有我”集中签名活动")
    True
    >>> continues("新城区“三城同创”观摩推进会强调", "垃圾分类做示范 打造亮点促联创")
    False
    """
    a, b = _compact(first), _compact(second)
    if not a or not b or b.startswith(("——", "—")):
        return False
    if a[-1] in "：:":
        return True  # 古籍活化： / 让典籍文献活在当下: a title's topic and its colon wait for what is said of it
    if _SAYING.search(a):
        return False
    if _NEEDS_OBJECT.search(a) or _last_word(a) in _WAITS_FOR_VERB:
        return True
    if _COMMA.search(a[:-1]) and len(_COMMA.split(a)[-1]) < _CLAUSE_MIN:
        return True  # a clause's first word or two after the comma (全链条节水，严控 / 春灌耗水量): it runs on
    if a[-1] in _NUMERAL_END and b[0] in _NUMBER_GOES_ON:
        return True
    return a[-1] in _OPEN_END or b[0] in _OPEN_START or leaves_open(a) or splits_word(a, b)


def _last_word(text: str) -> str:
    """The last word of ``text`` as the lexicon cuts it."""
    lengths = lexicon().cut(text)
    return text[-lengths[-1] :] if lengths else ""


def quoted_word(line: str) -> bool:
    """Whether a title line is a word in quotes alone, which says nothing by itself: a title's first words, wrapped.

    >>> quoted_word("“炼化”"), quoted_word("“奔向美好生活的新通道”")
    (True, False)
    """
    compact = _compact(line)
    return _QUOTED.fullmatch(compact) is not None and len(compact) - 2 <= _WRAPPED_TAIL


def _kicker_score(first: str, second: str, *, more_below: bool = False) -> int:
    """Positive when two title parts read as kicker + main, negative when they read as main + subtitle.

    ``more_below``: further parts stand under ``second``, so the title below ``first`` runs on past it.
    """
    if len(_compact(second)) <= _WRAPPED_TAIL and not _bare_name(first) and not _SAYING.search(first):
        return 0  # too short for a title of its own: the tail of the line above, wrapped (…第一批进修班 / 毕业典礼)
    if quoted_word(first):
        return 0  # a word in quotes says nothing by itself: the title's first words, wrapped (“炼化” / 也许冰冷…)
    score = 0
    if _SAYING.search(first):
        score += 2
    if _bare_name(first) and (more_below or _complete(second) or opens_with_person_name(_compact(second))):
        # A bare name above a title that stands on its own (新城区工信局 / 提升服务质量 创优营商环境); a short line
        # above half a sentence is the title's first half (李鸿忠出席中俄 / “友好语言”对话会开幕式).
        score += 1
    if _PHRASES_APART.search(second) and not _PHRASES_APART.search(first):
        score += 1  # parallel phrases set apart: a main title's slogan
    if _parallel(first) and not _PHRASES_APART.search(second):
        # parallel phrases above a plain statement: the kicker's slogan; a short last phrase is a main title's second
        # half, wrapped (广东交警推出潮汐车道 让假期 / “堵心”变舒心)
        score += 1
    if _QUOTED.fullmatch(_compact(second)) and len(_compact(first)) >= _LONG_KICKER and not _QUOTED.search(first):
        # A main title that is all a quotation, under a statement of its own that frames it (中企承建的…打通几内亚
        # 首都交通堵点 / “奔向美好生活的新通道”); under a short line it is that line's object (破解新能源车主 /
        # “里程焦虑”).
        score += 1
    if first.startswith("经"):
        score += 1  # 经…批准: the circumstance above the news
    if _occasion(first):
        score += 2  # 就…周年: the occasion above the news
    a, b = _compact(first), _compact(second)
    if b.startswith("就") and _DOER.search(a) and not _COMMA.search(a):
        # Who, then what they did about it (中央社会工作部负责人 / 就《…》答记者问): the line over 就 names the doer,
        # the kicker; under a whole title (示范区召开…会议 / 就贯彻落实…进行安排部署) 就 opens its subtitle.
        return 2
    if _SUBTITLE_OPENING.match(b) or _SUBTITLE_GENRE.search(b):
        score -= 2
    if len(b) >= len(a) + 6 and len(b) * 2 >= len(a) * 3 and _complete(first):
        score -= 1  # a long line under a whole title explains it; under half a sentence it is the other half
    if score == 0 and len(a) >= _LONG_KICKER and _complete(second) and not _complete(first):
        # A long statement over a line whole by its form is a kicker over its main title (广东阳江力争全年绿电装备
        # 进出口突破10亿元 / 绿电清风，从这里吹向全球); under a short line such a clause is a wrapped title's second
        # half (“挖煤”更 / “挖文化”，内蒙古准格尔旗产业蝶变).
        score = 1
    if score == 0 and _complete(first):
        # A line that stands on its own is no wrapped half: between kicker and subtitle, length decides.
        score = -1 if len(b) * 2 >= len(a) * 3 else 1
    return score


#: A title part this short is no main title or subtitle under a kicker (none in the corpus has under seven
#: characters), but a title's last words wrapped onto a line of their own.
_WRAPPED_TAIL = 4
#: A bare name does not open with a preposition or a conjunction: 当声音被AI is a clause's first half.
_OPENS_CLAUSE = frozenset("当从在对把被将向由让使因若如")
#: A clause after a title line's comma is a comment of its own from this many characters (中国队收获3银2铜).
_CLAUSE_MIN = 4
#: A title line that is one quotation from end to end (“奔向美好生活的新通道”).
_QUOTED = re.compile(r"“[^“”]+”")
#: A kicker that is a statement of its own runs longer than this; the first halves of wrapped titles over a clause
#: ran to 9 characters on the corpus pages, such kickers from 14.
_LONG_KICKER = 12
#: An occasion above a title (就中越建交70周年) is short; a 就 line longer than this is a subtitle's or a clause's.
_OCCASION_MAX = 12
#: A bare name above a title is short: an office or an event (新城区工信局, 德国乒乓球公开赛) fits in eight characters.
_BARE_NAME_MAX = 8
#: …and a name: Han characters, letters and digits only (a quote, a comma or a colon makes it a phrase).
_NAME_ONLY = _lazy(r"[\u4e00-\u9fffA-Za-z0-9]+")  # on first use: a Han class costs 0.7 ms to compile


def _occasion(line: str) -> bool:
    """Whether a title line names the occasion of the news under it (就中越建交70周年): short, opening with 就."""
    compact = _compact(line)
    return compact.startswith("就") and len(compact) <= _OCCASION_MAX


def _bare_name(line: str) -> bool:
    """Whether a title line reads as a bare name or place, not a sentence's opening (led by its doer).

    >>> _bare_name("新城区工信局"), _bare_name("李鸿忠出席中俄"), _bare_name("“惩罚式”")
    (True, False, False)
    """
    compact = _compact(line)
    if len(compact) > _BARE_NAME_MAX or not _NAME_ONLY.fullmatch(compact) or compact[0] in _OPENS_CLAUSE:
        return False
    return not opens_with_person_name(compact)


def _parallel(line: str) -> bool:
    """Whether a title line holds phrases set apart, of a like length (垃圾分类做示范 打造亮点促联创).

    >>> _parallel("垃圾分类做示范 打造亮点促联创"), _parallel("广东交警推出潮汐车道 让假期")
    (True, False)
    """
    phrases = [len(phrase) for phrase in line.split()]
    return len(phrases) > 1 and 2 * min(phrases) >= max(phrases)


def _complete(line: str) -> bool:
    """Whether a title line is whole by its form: phrases set apart, clauses, or a verb of saying at its end."""
    compact = _compact(line)
    # a clause and its comment (体操世锦赛，中国队收获…); a word or two after the comma is a wrapped clause's start
    # (战事六十天，美伊 / “不战不谈”还要多久)
    clause = _COMMA.search(compact[:-1]) is not None and len(_COMMA.split(compact)[-1]) >= _CLAUSE_MIN
    return bool(_parallel(line) or _SAYING.search(compact) or clause)


def _wrap_width(lines: Sequence[str]) -> int:
    """The width a title was wrapped at, if its lines show one (0 if not).

    A title set in a narrow column wraps at the column's width: two or more lines as wide as the widest, within a
    character, and the rest shorter (杨洁篪将出席第九次 / 金砖国家安全事务高 / 级代表会议).
    """
    dash = next((k for k, line in enumerate(lines) if k and _DASHES.match(line)), len(lines))
    widths = [display_width(line) for line in lines[:dash]]  # a subtitle is set to a measure of its own
    if len(widths) < 2:
        return 0
    top = max(widths)
    full = [k for k, w in enumerate(widths) if w >= top - 2]
    # The full lines come first and run together: a kicker above a wrapped main title has its own width.
    together = full == list(range(len(full)))
    # or in two runs, each part wrapped at the same narrow width, the first ending short (68岁的铁人三项 / 爱好者唐康林
    # / 我尝到了运动的甜 / 头（我运动 我快 / 乐）): a part's lines fill the measure but its last
    runs = sum(1 for k in full if k - 1 not in full)
    return top if len(full) >= 2 and (together or (runs == 2 and full[0] == 0 and full[-1] - full[-2] == 1)) else 0


def roles(lines: Sequence[str], apart: Sequence[bool] = ()) -> tuple[str | None, str | None, str | None]:
    """Kicker, main and subtitle of title ``lines`` (simplified text); ``apart[i]``: a blank line before line ``i``."""
    parts: list[list[int]] = []
    subtitle_at: int | None = None
    wrap = _wrap_width(lines)
    for index, line in enumerate(lines):
        if subtitle_at is not None:
            # A subtitle comes last: the lines under its dash carry it on (——从电影《给阿嬷的 / 情书》看…的价值).
            parts[subtitle_at].append(index)
            continue
        if _DASHES.match(line) and _compact(_DASHES.sub("", line)):
            parts.append([index])
            subtitle_at = len(parts) - 1
            continue
        # two lines of a width may still be a kicker and its main title, where their words say so
        wrapped = (
            wrap
            and index
            and display_width(lines[index - 1]) >= wrap - 2
            and not (len(lines) == 2 and _bare_name(lines[0]) and opens_with_person_name(_compact(line)))
            and not _SAYING.search(_compact(lines[index - 1]))  # …工作启动会上强调: a kicker's end, not a wrap
            and not _occasion(lines[index - 1])  # 就中越建交70周年: the occasion above the news, no wrap
            # 中央社会工作部负责人 / blank / 就《…》答记者问: who speaks, set apart over what they speak on
            and not (index < len(apart) and apart[index] and _DOER.search(_compact(lines[index - 1])))
            and not _compact(lines[index - 1]).endswith("—")  # …走进深圳——: a kicker that leads into the main title
            and not _opens_quote(lines, index)  # …交通堵点 / “奔向美好生 / 活的新通道”: a quoted title under its kicker
        )
        if parts and subtitle_at is None and (wrapped or continues(lines[parts[-1][-1]], line)):
            parts[-1].append(index)
        else:
            parts.append([index])
    texts = [_text(lines, [part]) for part in parts]
    kicker = main = subtitle = None
    if subtitle_at is not None:
        subtitle = _DASHES.sub("", texts[subtitle_at])
        before = parts[:subtitle_at]
        if before:
            kicker, main = _kicker_and_main(lines, before)
    else:
        kicker, main, subtitle = _three_roles(lines, parts)
    return kicker, (_undouble_spaced(main) if main else None), subtitle


def _opens_quote(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` opens a quotation that it closes, or that the block's last line closes.

    Under lines that close their own quotes, a quoted title under its kicker (…交通堵点 / “奔向美好生活的新通道”,
    or wrapped: “奔向美好生 / 活的新通道”) or a quoted name opening the main title (“雪龙2” / 号 去南极破冰) is a part
    of its own, however wide the kicker's lines.
    """
    text = _compact(lines[index])
    rest = "".join(_compact(line) for line in lines[index:])
    above = "".join(_compact(line) for line in lines[:index])
    if len(text) < 2 or text[0] != "“" or above.count("“") != above.count("”"):
        return False
    # the line is one quotation (“雪龙2” / 号 去南极破冰), or the quotation runs to the block's end
    whole = text[-1] == "”" and text.count("“") == text.count("”") == 1
    return whole or (rest[-1:] == "”" and rest.count("“") == rest.count("”") == 1)


#: Title lines set within this ratio of the largest are the main title's (one size, give or take the reader's
#: rounding; a kicker or subtitle beside a main title is set a fifth smaller or more on the typeset pages).
_MAIN_SIZE = 0.96


def roles_by_size(lines: Sequence[str], sizes: Sequence[float]) -> tuple[str | None, str | None, str | None]:
    """Kicker, main and subtitle of title ``lines`` set in the type ``sizes``: the largest lines are the main title.

    Lines all of one size say nothing by their type: their words decide (``roles``).

    >>> roles_by_size(["中央社会工作部负责人", "就《关于加强新就业群体服务管理的意见》答记者问"], [1.6, 2.9])
    ('中央社会工作部负责人', '就《关于加强新就业群体服务管理的意见》答记者问', None)
    >>> roles_by_size(["结束对朝鲜国事访问", "习近平回到北京", "——离开前出席金正恩举行的欢送仪式"], [1.0, 1.9, 1.3])
    ('结束对朝鲜国事访问', '习近平回到北京', '离开前出席金正恩举行的欢送仪式')
    """
    if len(lines) != len(sizes) or not sizes or min(sizes) >= _MAIN_SIZE * max(sizes):
        return roles(lines)
    big = [k for k, size in enumerate(sizes) if size >= _MAIN_SIZE * max(sizes)]
    first, last = big[0], big[-1]
    kicker = _text(lines, [range(first)]) if first else None
    subtitle = _DASHES.sub("", _text(lines, [range(last + 1, len(lines))])) if last + 1 < len(lines) else None
    main = _text(lines, [range(first, last + 1)])
    return kicker or None, _undouble_spaced(main) or None, subtitle or None


def _text(lines: Sequence[str], parts: Sequence[Sequence[int]]) -> str:
    return "".join(_spaced(lines[i]) for part in parts for i in part)


def _kicker_and_main(lines: Sequence[str], parts: Sequence[Sequence[int]]) -> tuple[str | None, str]:
    """Parts above a subtitle: the last is the main title (with a part it continues), any before it the kicker.

    Two parts that do not read as kicker + main are one main title wrapped over two lines: the subtitle is already
    there, so the second cannot be one (剑指生成“数字泔水” / 等AI应用乱象 / ——中央网信办专项整治). But a second led by
    its doer is a sentence of its own under a kicker (结束对朝鲜国事访问 / 习近平回到北京 / ——离开前…).
    """
    if len(parts) >= 2 and _kicker_score(_joined(lines, parts[0]), _joined(lines, parts[1])) > 0:
        return _text(lines, parts[:1]), _text(lines, parts[1:])
    if len(parts) == 2 and not opens_with_person_name(_compact(lines[parts[1][0]])):
        return None, _text(lines, parts)
    if len(parts) >= 2:
        return _text(lines, parts[:-1]), _text(lines, parts[-1:])
    return None, _text(lines, parts)


def _three_roles(lines: Sequence[str], parts: Sequence[Sequence[int]]) -> tuple[str | None, str | None, str | None]:
    """Kicker, main, subtitle of parts without a ``——`` line.

    Two parts that read neither as kicker + main nor as main + subtitle are one main title wrapped over two lines,
    the commonest case on column pages.
    """
    if len(parts) == 1:
        return None, _text(lines, parts), None
    score = _kicker_score(_joined(lines, parts[0]), _joined(lines, parts[1]), more_below=len(parts) > 2)
    if len(parts) == 2:
        if score > 0:
            return _text(lines, parts[:1]), _text(lines, parts[1:]), None
        if score < 0:
            return None, _text(lines, parts[:1]), _text(lines, parts[1:])
        return None, _text(lines, parts), None
    if score > 0:
        rest = parts[1:]
        if _kicker_score(_joined(lines, rest[0]), _joined(lines, rest[1])) < 0 or len(rest) > 2:
            return _text(lines, parts[:1]), _text(lines, rest[:1]), _text(lines, rest[1:])
        return _text(lines, parts[:1]), _text(lines, rest), None
    if score < 0:
        return None, _text(lines, parts[:1]), _text(lines, parts[1:])
    if len(parts) == 3 and _kicker_score(" ".join(_joined(lines, p) for p in parts[:2]), _joined(lines, parts[2])) > 0:
        # the first two one line wrapped, and that line a kicker over the third (广东阳江力争全年绿电 / 装备进出口突破
        # 10亿元 / 绿电清风，从这里吹向全球（“十五五”首季数据微视角）)
        return _text(lines, parts[:2]), _text(lines, parts[2:]), None
    return None, _text(lines, parts[:2]), _text(lines, parts[2:])


def _joined(lines: Sequence[str], part: Sequence[int]) -> str:
    return " ".join(lines[i].strip() for i in part)


def headline_from_lines(source: str, spans: Sequence[Span], sizes: Sequence[float] | None = None) -> Headline:
    """The headline of title lines at ``spans`` of ``source``; texts are sliced from ``source`` as printed.

    ``sizes`` are the lines' type sizes where the page shows them (a PDF): the main title is then the lines set
    largest, the kicker the lines above them and the subtitle those below, whatever their words suggest.
    """
    printed = [span.of(source) for span in spans]
    simple = [to_simplified(normalize(text)) for text in printed]
    apart = [k > 0 and source.count("\n", spans[k - 1].end, spans[k].start) > 1 for k in range(len(spans))]
    kicker, main, subtitle = roles_by_size(simple, sizes) if sizes is not None else roles(simple, apart)
    return Headline(
        kicker=_as_printed(kicker, simple, printed),
        main=_as_printed(main, simple, printed),
        subtitle=_as_printed(subtitle, simple, printed),
        spans=tuple(spans),
    )


def _as_printed(part: str | None, simple: Sequence[str], printed: Sequence[str]) -> str | None:
    """``part`` (found on the simplified copy) in the characters as printed: same length, so map by position.

    The phrase gaps of ``part`` stay where they are.
    """
    if part is None:
        return None
    plain = "".join(_compact(s) for s in simple)
    original = "".join(_compact(p) for p in printed)
    bare = _compact(part)
    at = plain.find(bare)
    if at < 0 or len(plain) != len(original):
        return part
    chars = iter(original[at : at + len(bare)])
    return "".join(ch if ch.isspace() else next(chars) for ch in part)


def parse_headline(lines: str | Sequence[str]) -> Headline:
    r"""The title block printed as ``lines`` (one string per line, or one string with newlines).

    >>> parse_headline(["新城区“三城同创”观摩推进会强调", "垃圾分类做示范 打造亮点促联创"])
    Headline(kicker='新城区“三城同创”观摩推进会强调', main='垃圾分类做示范 打造亮点促联创', subtitle=None, spans=...)
    >>> parse_headline("新城区召开政府廉政工作会议\n——贯彻落实省、市政府廉政工作电视电话会议精神").subtitle
    '贯彻落实省、市政府廉政工作电视电话会议精神'
    >>> parse_headline(["河南省红色教育基地", "揭牌仪式在寨卜昌村举行"]).main
    '河南省红色教育基地揭牌仪式在寨卜昌村举行'
    >>> parse_headline(["湖北：一江碧水东流 千里绘就长歌"]).main
    '湖北：一江碧水东流 千里绘就长歌'

    Spans are offsets into the lines joined by newlines.
    """
    text = lines if isinstance(lines, str) else "\n".join(lines)
    spans: list[Span] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            spans.append(Span(start, start + len(stripped)))
        pos += len(raw) + 1
    return headline_from_lines(text, spans)

"""Bylines, dispatch heads and photo crew of Chinese newspapers and news agencies.

Entry points returning a :class:`~newsseg.model.Byline` or ``None``, never raising on a ``str``:

- :func:`parse_byline`: the whole string is a byline, a photo credit, a signature or an author line.
- :func:`match_byline`: a byline that *starts* at ``text[pos]`` (used by ``segment`` on each candidate
  line); its ``span`` is the printed extent in ``text``, so the segmenter can cut it off the body.
- :func:`match_photo_credit`: a photo credit that *ends* at ``endpos``, such as ``本报记者 刘海涛 摄``.
- :func:`match_signature`, :func:`match_author_line`: the whole line ``text[pos:endpos]`` signs a piece
  (``（本报记者张武岳）``) or names its author (``刘军``, ``新华社记者 陈汀``).

And for the rest of a page's furniture, :func:`match_furniture` (running heads, page numbers, jumps, section
labels) and :func:`match_credit_items` (``编辑：何平 版式：林琳``).

The forms are open (issue 10): any ``X讯``, any ``X社``/``X台``/``X网`` before a place and a date, any name that
looks like one. Where a list remains (agencies, surnames, section words) it helps tell one reading from another
and never decides alone.

Patterns run on ``to_simplified(normalize(text))``, a copy of the same length, so offsets hold in the input
and names come back as printed (Traditional stays Traditional) with their white space removed.

>>> parse_byline("本报讯（记者张建华 通讯员周宁）")
Byline(text='本报讯（记者张建华 通讯员周宁）', source='本报讯', ...,
       reporters=('张建华',), correspondents=('周宁',), ...)
>>> b = parse_byline("新华社北京8月7日电（记者 张三 李四）")
>>> b.agency, b.place, b.month, b.day, b.reporters
('新华社', '北京', 8, 7, ('张三', '李四'))
>>> b = parse_byline("（中央社記者郭建伸、王揚宇台北10日電）")
>>> b.agency, b.place, b.day, b.reporters
('中央社', '台北', 10, ('郭建伸', '王揚宇'))
"""

from __future__ import annotations

import re

import attrs

from newsseg import _patterns as P  # noqa: N812 - a short, conventional alias for a module of patterns
from newsseg._lexicon import lexicon, opens_with_person_name, person_words, word_count
from newsseg._text import normalize, to_simplified
from newsseg.model import Byline, Span

__all__ = [
    "match_author_line",
    "match_byline",
    "match_credit_items",
    "match_furniture",
    "match_photo_credit",
    "match_signature",
    "parse_byline",
]

#: How far past ``pos`` a byline may reach. The longest real heads (新华社约翰内斯堡10月14日电（记者 张三 李四
#: 王五）, letter-spaced) stay under 80 characters; twice that leaves room for wide letter-spacing and still
#: keeps each call cheap on a 20,000-character page.
WINDOW = 160

#: How far before ``endpos`` a photo credit may begin. A credit with an agency, two names, a tag and a 中央社
#: date (中央社記者董俊志攝  114年7月1日) is under 40 characters.
CREDIT_WINDOW = 60

#: Name tokens that are not names: the verb or label a credit ends with (记者张三 报道, 文/图).
_NOT_NAMES = frozenset(
    {"报道", "报导", "摄", "摄影", "供图", "文", "图", "文图", "图文", "电", "讯", "综合", "待续", "完", "续完"}
    # what a reporter did, printed after the names (（本报记者 X Y 综合报道）, （记者 X 整理）)
    | {"综合报道", "综合报导", "整理", "采写", "采访", "摘编", "编写", "编译", "撰文", "执笔"}
)

#: A place word that is not a place (〔記者王小明／綜合報導〕 reports from several places).
_NOT_PLACES = frozenset({"综合", "即时", "外电", "综合外电", "连线", "专题", "联合"})

#: Places that head 中央社 dispatches, where the reporter's name runs into the place (記者葉素萍台北29日電):
#: Taiwan's cities and counties and the foreign posts of the agency. A place not listed falls back to a
#: three-character name.
_CNA_PLACES = tuple(
    sorted(  # one string of places reads and edits better than a list of literals
        (  # noqa: SIM905
            "台北 新北 桃园 新竹 苗栗 台中 彰化 南投 云林 嘉义 台南 高雄 屏东 宜兰 花莲 台东 "
            "澎湖 金门 马祖 基隆 连江 绿岛 兰屿 东京 大阪 福冈 札幌 冲绳 首尔 釜山 北京 上海 "
            "广州 深圳 厦门 香港 澳门 华盛顿 纽约 洛杉矶 旧金山 芝加哥 休士顿 波士顿 西雅图 "
            "伦敦 巴黎 柏林 布鲁塞尔 莫斯科 日内瓦 维也纳 罗马 马德里 华沙 布拉格 基辅 曼谷 "
            "河内 胡志明市 雅加达 新加坡 吉隆坡 马尼拉 新德里 孟买 雪梨 坎培拉 墨尔本 奥克兰 "
            "多伦多 温哥华 渥太华 耶路撒冷 开罗 约翰尼斯堡 圣保罗 墨西哥市 杜拜 安卡拉 仰光 "
            "金边 乌兰巴托 法兰克福 海牙 斯德哥尔摩"
        ).split(),
        key=len,
        reverse=True,
    )
)


def _compact(text: str) -> str:
    """``text`` with all white space removed."""
    return "".join(text.split())


def _is_han(ch: str) -> bool:
    return _HAN_CHAR.match(ch) is not None


_HAN_CHAR = re.compile(f"[{P.HAN}]")
#: What parts the names of one byline: 张三、李四, 张三，李四, 张三；李四.
_NAME_SEPARATORS = re.compile(r"[、，,；;]")


def _first_char_ok(text: str, pos: int, endpos: int) -> int | None:
    """The offset of the first non-space character in ``[pos, endpos)`` if a byline may start there.

    Any Han character may start one (新京报讯, 路透社伦敦3月5日电): the open forms leave no closed list of first
    characters, only the brackets and bullets besides.
    """
    index = pos
    while index < endpos and (text[index].isspace() or normalize(text[index]).isspace()):
        index += 1
    if index >= endpos:
        return None
    first = to_simplified(normalize(text[index]))
    return index if first in P.BYLINE_FIRST or _is_han(first) else None


def _split_names(raw: str) -> list[str]:
    r"""Names as printed from a run of names: split by 、，,; by 和 between full names; by white space.

    A one-character piece is a letter-spaced or wrapped part of a name (``孙\n志远``, ``刘 海 涛``) and is
    joined to its neighbour: to the one before it across a line break, else to the one after it.

    >>> _split_names("张三 李四、王五")
    ['张三', '李四', '王五']
    >>> _split_names("孙\n志远"), _split_names("刘 海 涛"), _split_names("张建\n华 张三"), _split_names("申\n铖 谢希瑶")
    (['孙志远'], ['刘海涛'], ['张建华', '张三'], ['申铖', '谢希瑶'])
    """
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(raw):
        for piece in _split_on_he(part):
            names.extend(_join_spaced(piece))
    return [n for n in names if n and to_simplified(n) not in _NOT_NAMES]


def _split_on_he(part: str) -> list[str]:
    """Split on 和 only between two full names (王和平 keeps its 和)."""
    pieces = part.split("和")
    # 和 splits only full names printed without white space: 周昌和　任笑一 is two names, the first 周昌和
    if len(pieces) > 1 and all(2 <= len(p) <= 4 and p == _compact(p) for p in (q.strip() for q in pieces)):
        return pieces
    return [part]


def _join_spaced(piece: str) -> list[str]:
    """Tokens of ``piece`` split on white space, with one-character tokens joined to a neighbour."""
    # [token, white space before it]
    tokens = [[found.group(2), found.group(1)] for found in re.finditer(r"(\s*)(\S+)", piece)]
    if not tokens:
        return []
    if all(len(tok) == 1 for tok, _ in tokens):
        return _split_by_gaps(tokens)
    out: list[str] = []
    carry = ""
    for index, (tok, before) in enumerate(tokens):
        if len(tok) == 1 and carry and "\n" in before:
            # a lone character before the wrap too: the wrap cut a two-character name (申 / 铖 谢希瑶)
            out.append(carry + tok)
            carry = ""
        elif len(tok) == 1 and out and "\n" in before:
            out[-1] += tok
        elif len(tok) == 1 and index < len(tokens) - 1:
            carry += tok
        else:
            out.append(carry + tok)
            carry = ""
    if carry:
        out.append(carry)
    return out


def _split_by_gaps(tokens: list[list[str]]) -> list[str]:
    """Names from letter-spaced single characters, split where the gap differs from the letter-spacing.

    A justified column spaces the letters of each name evenly and sets the names apart by another gap
    (``何  聪 窦  皓``: two spaces inside a name, one between): the most common gap is the letter-spacing, and
    the names are cut at the others, when every piece is then two to four characters. A gap that holds a line
    break is a column wrap and joins. Evenly spaced letters stay one name (``刘 海 涛``).

    >>> _split_by_gaps([["何", ""], ["聪", "  "], ["窦", " "], ["皓", "  "]])
    ['何聪', '窦皓']
    >>> _split_by_gaps([["刘", ""], ["海", " "], ["涛", " "]])
    ['刘海涛']
    """
    gaps = [_gap_width(before) for _, before in tokens[1:]]
    widths = [g for g in gaps if g is not None]
    whole = ["".join(tok for tok, _ in tokens)]
    if len(set(widths)) < 2:
        return whole
    spacing = max(set(widths), key=widths.count)
    names = [tokens[0][0]]
    for (tok, _), gap in zip(tokens[1:], gaps, strict=True):
        if gap is None or gap == spacing:
            names[-1] += tok
        else:
            names.append(tok)
    return names if all(2 <= len(n) <= 4 for n in names) else whole


def _gap_width(gap: str) -> int | None:
    """The width of the white space between two letters, full-width spaces counting two; None at a wrap."""
    if "\n" in gap or "\r" in gap:
        return None
    return sum(2 if ch == "\u3000" else 1 for ch in gap)


#: Two-character surnames: the lexicon cuts 欧阳晓明 as 欧阳/晓明, and the first piece is still a surname.
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 独孤 南宫 西门 呼延 申屠".split()  # noqa: SIM905 - one string reads better
)

#: Characters that make a phrase of a short run when they follow its first character (春到江南, 山的那边);
#: they are rare inside given names (为, 之, 向 and 从 are not: 张为民, 刘向兵).
_FUNCTION_CHARS = frozenset("的了在是着过及或被把到也都就而不")

#: Verbs that follow a name to open a quotation (刘军说): a name does not end in one often enough to matter.
_SPEECH_VERBS = frozenset("说称道问答讲曰")

#: A run listed in the lexicon at least this often is a word, not a name: 要闻 (19), 短评 (17), 北京
#: (34488); the names of the corpus score 0 to 2 (江必新 2), the few famous enough to be listed at all.
_WORD_FREQ = 10

_DOTS = re.compile(f"[{P.NAME_DOTS}]")
#: A part of a transliterated name between its dots is at most this long (阿卜杜, 热合曼, 亚历山德罗维奇).
_NAME_PART_MAX = 8

#: At most this many names in one byline or author line; more is a list in the body.
_MAX_NAMES = 6


def _name_like(name: str) -> bool:
    """Whether a run of two to four Han characters standing without a role word looks like a person's name.

    The evidence is the form, with the lexicon as a help: no function character after the first; not a
    frequent word; and the lexicon's cut does not open with a word of two characters or more (图片/报道,
    新华/走笔, 白鹿原/上), unless that word is the whole run (江必新) or a compound surname (欧阳/晓明). A first
    character that is a common surname is not required: a run the lexicon knows nothing of (恩/浩) passes too.

    >>> [_name_like(n) for n in ("刘军", "赵精武", "恩浩", "江必新", "要闻", "图片报道", "本版责编", "北京")]
    [True, True, True, True, False, False, False, False]
    """
    simple = to_simplified(name)
    if any(dot in simple for dot in P.NAME_DOTS):
        # A transliterated name: it neither ends in a function character (柯林斯在) nor opens with a common word
        # that is no name (车主卢克·柯林斯, 总统特朗普·…); 约翰, 玛丽亚 are words the lexicon tags as names.
        if not _valid_name(simple) or simple[-1] in _FUNCTION_CHARS:
            return False
        opening = _pieces(_DOTS.split(simple, maxsplit=1)[0])
        return not (
            len(opening) > 1
            and len(opening[0]) > 1
            and word_count(opening[0]) >= _WORD_FREQ
            and opening[0] not in person_words()
        )
    if not 2 <= len(simple) <= 4 or not all(_is_han(ch) for ch in simple):
        return False
    if simple in _NOT_NAMES or any(ch in _FUNCTION_CHARS for ch in simple[1:]) or simple[-1] in _SPEECH_VERBS:
        return False
    if word_count(simple) >= _WORD_FREQ:
        return False
    pieces = _pieces(simple)
    first = pieces[0]
    if first in _COMPOUND_SURNAMES:
        return True
    if len(pieces) == 1:  # a rare entry of the lexicon: a listed name (江必新), or an idiom (喜讯传来)
        return len(simple) <= 3 and simple[0] in P.SURNAMES  # four-character entries are idioms
    if len(first) > 1:
        return False
    # A surname first, or no word in it at all: 一/树/花果 has neither
    return first in P.SURNAMES or all(len(piece) == 1 for piece in pieces)


def name_and_more(text: str) -> bool:
    """Whether ``text`` is four characters under a one-character surname: a name and the next word's start.

    Far more often that than a name of four characters (谌贻琴访 / 问保加利亚: a title wrapped in a narrow column).

    >>> name_and_more("谌贻琴访"), name_and_more("欧阳晓明"), name_and_more("王小明")
    (True, False, False)
    """
    simple = to_simplified(text)
    return len(simple) == 4 and simple[:2] not in _COMPOUND_SURNAMES


def _bare_name_like(name: str) -> bool:
    """Whether a name with nothing beside it to vouch for it (a line of names alone) is one.

    It must look like a name (``_name_like``) and jieba's tagger must read it as one: a fragment of body text
    that the form lets through (的重, 关工, 全译) is rarely tagged so.

    >>> [_bare_name_like(n) for n in ("刘军", "恩浩", "欧阳晓明", "关工", "全译", "谌贻琴访")]
    [True, True, True, False, False, False]
    """
    simple = to_simplified(name)
    if not _name_like(simple) or name_and_more(simple):
        return False
    # a middle dot or a compound surname (the tagger reads 欧阳 as a place) is evidence enough
    dotted = any(dot in simple for dot in P.NAME_DOTS)
    return dotted or simple[:2] in _COMPOUND_SURNAMES or opens_with_person_name(simple)


def _stands_as_word(copy: str, start: int, end: int) -> bool:
    """Whether the 讯 that ends ``copy[start:end]`` is a word of its own in context (新京报/讯, not 喜讯传来)."""
    marker = _compact(copy[start:end])
    after = _compact(copy[end : end + 8])[:3]
    position = 0
    piece: str
    for piece in _pieces(marker + after):
        if position == len(marker) - 1:
            return piece == "讯"
        position += len(piece)
    return False


def _pieces(text: str) -> list[str]:
    """``text`` cut as ``jieba.cut(text, HMM=False)`` cuts it, from the compact lexicon (no full Tokenizer)."""
    out = []
    at = 0
    for length in lexicon().cut(text):
        out.append(text[at : at + length])
        at += length
    return out


def _valid_name(name: str) -> bool:
    """Two to four characters, or a transliterated name with a middle dot, each of its parts eight at most.

    >>> [_valid_name(n) for n in ("赵精武", "穆罕默德·本·萨勒曼", "习近平向加拿大新任总督路易丝·阿伯致贺电")]
    [True, True, False]
    """
    if any(dot in name for dot in P.NAME_DOTS):
        return 3 <= len(name) <= 20 and all(0 < len(part) <= _NAME_PART_MAX for part in _DOTS.split(name))
    return 2 <= len(name) <= 4


class _Credits:
    """Names collected from role groups, by field."""

    def __init__(self) -> None:
        self.reporters: list[str] = []
        self.correspondents: list[str] = []
        self.photographers: list[str] = []
        self.others: list[tuple[str, str]] = []
        self.roles = 0
        self.outlet: str | None = None  # printed before the first role word (解放日报记者 X): whose staff they are

    def read(self, raw: str, copy: str, start: int, end: int) -> None:
        """Read the role groups of ``copy[start:end]``; names are sliced from ``raw`` (same offsets)."""
        for group in P.ROLE_GROUP.finditer(copy, start, end):
            self.roles += 1
            if self.roles == 1:
                self.outlet = _group(raw, group, "outlet")
            role = _compact(copy[group.start("role") : group.end("role")])
            # Not listed: the paper's own role word not listed with 本报 (本报首席记者), or a posted reporter
            # (本报驻柏林记者).
            field = P.ROLE_FIELDS.get(role) or P.ROLE_FIELDS.get(role.removeprefix("本报"), "reporters")
            names = _split_names(raw[group.start("names") : group.end("names")])
            if field == "others":
                printed = _compact(raw[group.start("role") : group.end("role")])
                self.others.extend((printed, name) for name in names)
            else:
                getattr(self, field).extend(names)

    def names(self) -> list[str]:
        return [*self.reporters, *self.correspondents, *self.photographers, *(n for _, n in self.others)]


def _group(raw: str, match: re.Match[str], name: str) -> str | None:
    """A group as printed, white space removed; None when it did not take part."""
    if match.start(name) < 0:
        return None
    return _compact(raw[match.start(name) : match.end(name)]) or None


def _number(copy: str, match: re.Match[str], name: str) -> int | None:
    if match.start(name) < 0:
        return None
    return P.numeral_value(copy[match.start(name) : match.end(name)])


def _split_cna(body: str) -> tuple[list[str], str | None]:
    """Reporters and place of a 中央社 head, which print them together: 葉素萍台北, 郭建伸、王揚宇台北."""
    *names, last = body.split("、") if "、" in body else [body]
    simple = to_simplified(last)
    place_len = next((len(p) for p in _CNA_PLACES if simple.endswith(p) and 2 <= len(simple) - len(p) <= 4), 0)
    if not place_len:
        # An unlisted place: Taiwanese names are nearly always three characters.
        place_len = len(last) - 3 if len(last) >= 5 else (2 if len(last) == 4 else 0)
    name, place = last[: len(last) - place_len], last[len(last) - place_len :]
    return [*names, name], (place or None)


def match_byline(text: str, pos: int = 0, endpos: int | None = None) -> Byline | None:
    r"""A byline that starts at ``text[pos]`` (after white space) and lies before ``endpos``, or None.

    ``span`` is the byline's printed extent in ``text``; ``text`` of the record is that extent as printed.

    >>> page = "本报讯 （记 者\n张建华） 在我市近日召开的会议上"
    >>> b = match_byline(page)
    >>> b.text, b.reporters, b.span
    ('本报讯 （记 者\n张建华）', ('张建华',), Span(start=0, end=13))
    >>> match_byline("本报记者 刘海涛\n\n“2号餐好了！”随着吆喝声").reporters
    ('刘海涛',)
    >>> match_byline("记者日前从市委网信办获悉，") is None
    True
    """
    if not isinstance(text, str):
        return None
    length = len(text)
    end_limit = length if endpos is None else max(0, min(endpos, length))
    pos = max(0, pos)
    start = _first_char_ok(text, pos, end_limit)
    if start is None:
        return None
    stop = min(end_limit, start + WINDOW)
    truncated = stop < end_limit
    raw = text[start:stop]
    copy = to_simplified(normalize(raw))
    head = P.BYLINE_HEAD.match(copy)
    if head is not None:
        return _from_head(raw, copy, head, start)
    alone = P.BYLINE_ALONE.match(copy)
    if alone is not None:
        return _from_alone(raw, copy, alone, start, truncated=truncated)
    return None


def _loose_credits(raw: str, copy: str, start: int, end: int) -> tuple[_Credits, int]:
    """The role groups of a byline printed without brackets, and where they end.

    The pattern cannot tell the last name from the body's first word (南都讯 记者刘倩 通讯员张跃 昨日上午，), so
    words are dropped from the end until every name looks like a name (本报讯 记者获悉， keeps none).
    """
    while True:
        crew = _Credits()
        crew.read(raw, copy, start, end)
        names = crew.names()
        if names and all(_name_like(n) for n in names):
            return crew, end
        cut = max(copy.rfind(sep, start, end) for sep in (" ", "\t", "\u3000", "\n", "、", "，", ","))
        if cut <= start:
            return _Credits(), start
        end = cut
        while end > start and (copy[end - 1].isspace() or copy[end - 1] in "、，,"):
            end -= 1


def _record(raw: str, start: int, end: int, offset: int, crew: _Credits, **fields: object) -> Byline:
    """A byline record for ``raw[start:end]`` (``offset`` maps it into the caller's text)."""
    while end > start and raw[end - 1].isspace():
        end -= 1
    return Byline(
        text=raw[start:end],
        reporters=tuple(crew.reporters),
        correspondents=tuple(crew.correspondents),
        photographers=tuple(crew.photographers),
        others=tuple(crew.others),
        span=Span(offset + start, offset + end),
        **fields,  # type: ignore[arg-type]
    )


#: Marks that go on with a sentence: never right after a source marker (新京报讯 is followed by a space, a
#: bracket, a role word or a colon).
_IN_SENTENCE = frozenset("、，,；;。")


def _from_head(raw: str, copy: str, m: re.Match[str], offset: int) -> Byline | None:
    crew = _Credits()
    end = m.end()
    if m.start("own") >= 0:
        own = _compact(copy[m.start("own") : m.end("own")])
        bracketed = m.start("oclose") >= 0  # 【明报专讯】, never a bracketed label (【快讯】)
        if bracketed and len(own) < 3:  # a source and 讯
            return None
        if not bracketed and P.PAPER_TAG_ALONE.fullmatch(own):
            return None  # 明报文章 in a sentence: a paper's tag opens a piece only in its brackets
        if not own.startswith("本报") and not bracketed and not _stands_as_word(copy, m.start("own"), m.end("own")):
            return None  # 喜讯传来, 快讯: 讯 inside a word is no source marker
        if not own.startswith("本报") and copy[m.end("own") : m.end("own") + 1] in _IN_SENTENCE:
            return None  # …金 / 融资讯、公共卫生…: a word wrapped at a line's end, in a sentence's list
        own_end = m.end("oclose") if bracketed else m.end("own")
        if m.start("inner") >= 0:
            crew.read(raw, copy, m.start("inner"), m.end("inner"))
            if not crew.roles:  # （综合） or body text in brackets: the byline is 本报讯 alone
                end = own_end
            elif m.start("tail") >= 0:
                crew.read(raw, copy, m.start("tail"), m.end("tail"))
        elif m.start("loose") >= 0:
            crew, loose_end = _loose_credits(raw, copy, m.start("loose"), m.end("loose"))
            end = m.end() if loose_end == m.end("loose") else (loose_end if crew.roles else own_end)
        return _record(raw, 0, end, offset, crew, source=_group(raw, m, "own"))
    if m.start("end") >= 0:
        if m.start("dinner") >= 0:
            crew.read(raw, copy, m.start("dinner"), m.end("dinner"))
            if not crew.roles:
                # 据新华社北京4月29日电（惠晓霜）: names alone in the head's bracket are its reporters
                names = _split_names(raw[m.start("dinner") : m.end("dinner")])
                if names and len(names) <= _MAX_NAMES and all(_name_like(n) for n in names):
                    crew.reporters.extend(names)
                else:
                    end = m.end("end")
        elif m.start("dloose") >= 0:
            # 本报北京12月2日讯 记者王小明报道: the names up to where the body starts, else the head alone
            crew, loose_end = _loose_credits(raw, copy, m.start("dloose"), m.end("dloose"))
            end = m.end() if loose_end == m.end("dloose") else (loose_end if crew.roles else m.end("end"))
        return _record(
            raw,
            0,
            end,
            offset,
            crew,
            source=_group(raw, m, "paper"),
            agency=_group(raw, m, "agency"),
            place=_group(raw, m, "place"),
            month=_number(copy, m, "month"),
            day=_number(copy, m, "day"),
        )
    if m.start("agency2") >= 0:
        return _record(raw, 0, end, offset, crew, agency=_group(raw, m, "agency2"))
    if m.start("cna") >= 0:
        body = _group(raw, m, "cna_body") or ""
        place = body or None
        if m.start("cna_role") >= 0:
            names, place = _split_cna(body)
            role = _compact(copy[m.start("cna_role") : m.end("cna_role")])
            if role == "记者":
                crew.reporters.extend(names)
            else:
                printed = _group(raw, m, "cna_role") or role
                crew.others.extend((printed, n) for n in names)
        return _record(
            raw,
            0,
            end,
            offset,
            crew,
            agency=_group(raw, m, "cna"),
            place=place,
            month=_number(copy, m, "cna_month"),
            day=_number(copy, m, "cna_day"),
        )
    if m.start("slash_names") >= 0:
        # names with no role word before the slash and the place (王小明／台北報導): the reporters, each a name as
        # the tagger reads one too (中美／双方报道 is no byline)
        names = _split_names(raw[m.start("slash_names") : m.end("slash_names")])
        if not names or not all(_bare_name_like(name) for name in names):
            return None
        crew.reporters.extend(names)
    elif m.start("slash_inner") >= 0:
        crew.read(raw, copy, m.start("slash_inner"), m.end("slash_inner"))
    if m.start("slash_inner") >= 0:
        place = _group(raw, m, "slash_place")
        if place and to_simplified(place) in _NOT_PLACES:
            place = None
        outlet = _group(raw, m, "outlet") or _group(raw, m, "slash_outlet")
        return _record(raw, 0, end, offset, crew, source=outlet, place=place)
    if m.start("web") >= 0:
        return _record(raw, 0, end, offset, crew, agency=_group(raw, m, "web"))
    return None


def _from_alone(raw: str, copy: str, m: re.Match[str], offset: int, *, truncated: bool) -> Byline | None:
    """A byline on a line of its own: check that the line holds only role words and names."""
    start, end = m.start("alone"), m.end("alone")
    role = P.BYLINE_ROLE.match(copy, start)
    if role is None:
        return None
    if not copy[role.end() : end].strip():
        # The role word ends its line (本 报 记 者 / 刘海涛): the names are on the next line.
        nl = copy.find("\n", role.end())
        if nl < 0:
            return None
        nxt = copy.find("\n", nl + 1)
        end = len(copy) if nxt < 0 else nxt
    elif end == len(copy) and truncated:
        return None
    if end == len(copy) and truncated:
        return None
    names_end = end
    tail = P.ALONE_TAIL.search(copy, role.end(), end)
    if tail is not None:
        names_end = tail.start()
    line = copy[start:names_end]
    if not P.NAMES_LINE.fullmatch(line):
        return None
    crew = _Credits()
    crew.read(raw, copy, start, names_end)
    names = crew.names()
    if not names or len(names) > 6 or not all(_valid_name(n) for n in names):
        return None
    if _compact(line).endswith(("摄", "摄影")):
        return None  # a photo credit: match_photo_credit's business
    role_text = _compact(copy[role.start() : role.end()])
    outlet = _group(raw, m, "outlet")
    own = outlet is not None or role_text.startswith(("本报", "新华社", "中新社", "人民日报"))
    # A paper's or agency's own role word (本报记者 恩浩) or an outlet before it (新京报记者 X) vouches for the name; a
    # bare 记者 needs the name to start with a surname (记者 调查 is no byline).
    surname = any(dot in names[0] for dot in P.NAME_DOTS) or to_simplified(names[0][0]) in P.SURNAMES
    if not surname and not (own and _name_like(names[0])):
        return None
    apart = copy[role.end() : role.end() + 1]
    if not own and m.start("wen") < 0 and not (apart.isspace() or apart in {":", "："}):
        return None  # 记者来到现场: a bare 记者 heads a byline only when the name is set apart (记者 张三, 记者：张三)
    source = _compact(raw[role.start() : role.end()])[:2] if role_text.startswith("本报") else None
    agency = next((a for a in ("新华社", "中新社") if role_text.startswith(a)), None)
    if agency is not None:
        agency = _compact(raw[role.start() : role.end()])[: len(agency)]
    place = None if tail is None else _group(raw, tail, "sent_from")
    # The record starts at the window start: a bullet, 文/ or an outlet printed before the role word is part of
    # the byline.
    return _record(raw, 0, end, offset, crew, source=source, agency=outlet or agency, place=place)


def match_photo_credit(text: str, pos: int = 0, endpos: int | None = None) -> Byline | None:
    r"""A photo credit that ends at ``endpos`` (trailing white space skipped) and starts at or after ``pos``.

    At the end of a caption line the span covers only the credit.

    >>> c = match_photo_credit("图为工作人员在规范市场管理。本报记者 吴倩 摄")
    >>> c.text, c.photographers, c.span
    ('本报记者 吴倩 摄', ('吴倩',), Span(start=14, end=23))
    >>> match_photo_credit("本 报 记 者\n孙志远 摄\n").photographers
    ('孙志远',)
    >>> match_photo_credit("中央社記者董俊志攝  114年7月1日").photographers
    ('董俊志',)
    """
    if not isinstance(text, str):
        return None
    length = len(text)
    end = length if endpos is None else max(0, min(endpos, length))
    pos = max(0, pos)
    while end > pos and (text[end - 1].isspace() or normalize(text[end - 1]).isspace()):
        end -= 1
    if end <= pos:
        return None
    return _one_credit(text, pos, end) or _credit_list(text, pos, end)


def _credit_list(text: str, pos: int, end: int) -> Byline | None:
    """The credits of several pictures in a row, joined by 、 (鍾林枝攝、警方圖片、孫華中攝), as one credit.

    Each part must be a whole credit of its own, the first at a credit's start, or where another part is one, a
    picture's source that names no photographer (網頁截圖、Threads@striking_biking、林振華攝); their photographers
    in order.
    """
    if "、" not in text[max(pos, end - CREDIT_WINDOW) : end]:  # the cheap test first (issue 13)
        return None
    parts: list[Byline] = []
    stop = end
    while (cut := text.rfind("、", pos, stop)) >= 0:
        piece = text[cut + 1 : stop]  # on its own: a credit may start after 、 only as a list's part
        part = _one_credit(piece, 0, len(piece.rstrip())) or _source_part(piece, 0)
        if part is None or part.span is None or piece[: part.span.start].strip():
            return None
        parts.append(part)
        stop = cut
    first = _one_credit(text, pos, stop) or _source_part(text[pos:stop], pos, first=True)
    if first is None or first.span is None or not parts or all(not part.text for part in (*parts, first)):
        return None
    parts.append(first)
    start = first.span.start
    return Byline(
        text=text[start:end],
        photographers=tuple(name for part in reversed(parts) for name in part.photographers),
        others=tuple(other for part in reversed(parts) for other in part.others),
        span=Span(start, end),
    )


#: A picture's source in a list of credits, naming no photographer: who or where before what was taken (網頁截圖,
#: 黃碧嬌FB, 區議會文件), or a social network's account (Threads@striking_biking). Asked of the Simplified copy.
_SOURCE_PART = re.compile(
    r"(?P<who>[^\s，。！？；：、,.!?:;]{0,6}?)\s*"
    r"(?P<what>截图|图片|照片|视频|影片|文件|(?i:facebook|fb|ig|instagram|threads|youtube))"
    r"|(?P<site>[A-Za-z][A-Za-z0-9_.]{0,15})@(?P<handle>[A-Za-z0-9_.]{1,30})"
)
#: What may stand before a list's first part: the end of the caption's sentence, or white space.
_PART_BOUNDARY = "。！？!?，,；;：:…」”’）)]】〕"


#: Words that point at the picture (这是…图片, 图为…截图): a caption's, never who gave or took it.
_POINTING = frozenset("这那此该其为")


def _caption_words(copy: str) -> bool:
    """Whether the Simplified ``copy`` of a credit's giver holds a caption's words: function or pointing words."""
    return any(ch in _FUNCTION_CHARS or ch in _POINTING for ch in copy)


def _source_part(piece: str, offset: int, *, first: bool = False) -> Byline | None:
    """A part of a list of credits that is a picture's source (``_SOURCE_PART``), as a credit with no text.

    Its span is ``offset`` on from where it starts in the piece; the list's first part starts after the caption's
    last sentence or a space.
    """
    stripped = piece.rstrip()
    begin = 0
    if first:
        begin = max((k + 1 for k, ch in enumerate(stripped) if ch.isspace() or ch in _PART_BOUNDARY), default=0)
    lead = len(stripped[begin:]) - len(stripped[begin:].lstrip())
    word = stripped[begin + lead :]
    m = _SOURCE_PART.fullmatch(copy := to_simplified(normalize(word))) if word else None
    if m is None or _caption_words(copy[: m.end("who")]):
        return None  # 图为视频截图: a caption's words, not where the picture came from
    if m.group("handle"):
        other = (word[: m.end("site")], word[m.start("handle") :])
    else:
        other = (word[m.start("what") :], word[: m.end("who")])
    return Byline(text="", others=(other,), span=Span(offset + begin + lead, offset + len(stripped)))


def _one_credit(text: str, pos: int, end: int) -> Byline | None:
    """``match_photo_credit`` for one credit ending at ``end``, white space already skipped."""
    start = max(pos, end - CREDIT_WINDOW)
    context = max(0, start - 1)  # one character before the window, for the credit's start boundary
    raw = text[context:end]
    tail = raw[-24:]  # a credit's verb or lead word lies within its last 24 characters (X 摄, 图/文 X)
    has_verb = any(ch in tail for ch in "摄攝")
    has_lead = any(ch in tail for ch in "图圖") and any(ch in tail for ch in "/／:：")
    if not has_verb and not has_lead and not _GIVEN_HINT.search(tail):
        return None
    copy = to_simplified(normalize(raw))
    m = P.PHOTO_CREDIT.search(copy, start - context)
    if m is None:
        return None
    if m.start("by") < 0 and m.start("lead") < 0:
        return _given_picture(raw, copy, m, context)
    if m.start("by") >= 0:
        names = _split_names(raw[m.start("by") : m.end("by")])
        bare = m.start("org") < 0 and m.start("role") < 0 and m.start("pre") < 0
        if bare and not copy[m.start("gap") : m.end("gap")] and not _plausible_bare(names, copy, m):
            return None
    else:
        # a role word after the lead word is no name (图：本报记者 张三)
        names = [n for n in _split_names(raw[m.start("lead_names") : m.end("lead_names")]) if not _is_role(n)]
    outlet = None
    if len(names) == 1 and len(names[0]) > len("记者") and to_simplified(names[0]).endswith("记者"):
        # a paper's reporter, unnamed (（明報記者攝）): the outlet is known, the photographer is not
        outlet, names = names[0][: -len("记者")], []
    elif not names or not all(_valid_name(n) for n in names):
        return None
    org_name = "org" if m.start("org") >= 0 else "pre"
    org = _compact(copy[m.start(org_name) : m.end(org_name)]) if m.start(org_name) >= 0 else ""
    org_printed = _group(raw, m, org_name) or ""
    source = org_printed[:2] if org.startswith("本报") else None
    agency = org_printed[:3] if org[:3] in ("新华社", "中新社", "中央社") else outlet
    cstart, cend = m.start(), m.end()
    while cend > cstart and raw[cend - 1].isspace():
        cend -= 1
    return Byline(
        text=raw[cstart:cend],
        source=source,
        agency=agency,
        photographers=tuple(names),
        span=Span(context + cstart, context + cend),
    )


#: The words of a credit for a picture nobody on the staff took; a cheap test before the pattern runs.
_GIVEN_HINT = re.compile(
    "供图|供圖|图片|圖片|资料|資料|档案|檔案|提供|取自|图片来源|圖片來源|社发|社發|[台网網]发|[台网網]發"
)


def _given_picture(raw: str, copy: str, m: re.Match[str], context: int) -> Byline | None:
    """The record for 受访者供图, 资料图片, 新华社发 or 图片来源：X: who gave the picture is kept in ``others``."""
    others: tuple[tuple[str, str], ...] = ()
    agency = None
    # the role as printed (供图, 供圖; 图片来源, 圖片來源), like every role in ``others``
    if m.start("giver") >= 0:
        others = ((_compact(raw[m.end("giver") : m.end()])[:2], _group(raw, m, "giver") or ""),)
    elif m.start("pictured") >= 0:
        giver = _group(raw, m, "pictured") or ""
        if _caption_words(to_simplified(giver)):
            return None  # …，这是现场图片: a caption's words, not who gave the picture
        others = ((_compact(raw[m.end("pictured") : m.end()]).strip("（()）")[:2], giver),)
    elif m.start("provider") >= 0:
        others = ((_compact(raw[m.end("provider") : m.end()]).strip("（()）")[:2], _group(raw, m, "provider") or ""),)
    elif m.start("taken") >= 0:
        others = ((_group(raw, m, "taken") or "", _group(raw, m, "taken_from") or ""),)
    elif m.start("origin") >= 0:
        label = _compact(raw[m.start() : m.start("origin")]).strip("（(:：")
        others = ((label, _group(raw, m, "origin") or ""),)
    elif m.start("issuer") >= 0:
        agency = _group(raw, m, "issuer")
        issuer = _compact(copy[m.start("issuer") : m.end("issuer")])
        if issuer not in P.AGENCIES and any(ch in _FUNCTION_CHARS for ch in issuer):
            return None  # 村民在合作社发: a sentence, not an agency's name
    cstart, cend = m.start(), m.end()
    while cend > cstart and raw[cend - 1].isspace():
        cend -= 1
    return Byline(text=raw[cstart:cend], agency=agency, others=others, span=Span(context + cstart, context + cend))


def _is_role(word: str) -> bool:
    return P.BYLINE_ROLE.fullmatch(to_simplified(word)) is not None


def _plausible_bare(names: list[str], copy: str, m: re.Match[str]) -> bool:
    """A name straight before 摄 with no role word (龚献明摄) must look like a name, not 正在拍摄."""
    if len(names) != 1 or not names[0]:
        return False
    name = to_simplified(names[0])
    return name[0] in P.SURNAMES and name[-1] not in "拍航跟偷抓" and copy[m.start("verb") - 1] != "拍"


# --- signatures, author lines, furniture, page credits --------------------------------------------------

#: An author line or signature is short: the longest real ones (（北京航空航天大学法学院副教授 赵精武）, 新华社记者
#: 柳伟建　王储　胡冠) stay under 30 characters; 60 leaves room for letter-spacing and still rejects sentences.
LINE_MAX = 60

#: Bullets a paper prints before a byline or a closing signature (■记者 张三).
_BULLETS = "■●◎□◆▲△○★☆▶►"


def _line(text: str, pos: int, endpos: int | None) -> tuple[str, str, Span] | None:
    """The line ``[pos, endpos)`` of ``text``, outer white space trimmed; None when empty or too long.

    Its text as printed, the matching copy (normalized, Simplified) and its span.
    """
    if not isinstance(text, str):
        return None
    # Clamped by tests, not by the builtins max and min, which cost ten times as much (issue 13: some 60 lines a
    # page are asked about).
    size = len(text)
    end = size if endpos is None or endpos > size else endpos if endpos > 0 else 0  # noqa: FURB136
    start = pos if pos > 0 else 0  # noqa: FURB136
    while start < end and (text[start].isspace() or normalize(text[start]).isspace()):
        start += 1
    while end > start and (text[end - 1].isspace() or normalize(text[end - 1]).isspace()):
        end -= 1
    if start >= end or end - start > LINE_MAX:
        return None
    raw = text[start:end]
    return raw, to_simplified(normalize(raw)), Span(start, end)


def _role_origin(raw: str, copy: str, start: int, end: int) -> dict[str, str | None]:
    """``source`` and ``agency`` of a role word as printed: 本报记者 gives 本报, 新华社记者 gives 新华社."""
    role = _compact(copy[start:end])
    printed = _compact(raw[start:end])
    source = printed[:2] if role.startswith("本报") else None
    agency = next((printed[: len(a)] for a in ("新华社", "中新社", "人民日报") if role.startswith(a)), None)
    return {"source": source, "agency": agency}


def _role_credits(raw: str, copy: str, start: int, end: int) -> tuple[_Credits, dict[str, str | None]] | None:
    """The credits of ``copy[start:end]`` when it holds role groups and nothing else, with their origin."""
    if P.CREDITS_ONLY.fullmatch(copy, start, end) is None:
        return None
    crew = _Credits()
    crew.read(raw, copy, start, end)
    names = crew.names()
    if not names or len(names) > _MAX_NAMES or not all(_valid_name(n) for n in names):
        return None
    first = P.BYLINE_ROLE.search(copy, start, end)
    origin = _role_origin(raw, copy, first.start(), first.end()) if first is not None else {}
    if crew.outlet is not None:
        origin["agency"] = crew.outlet
    return crew, origin


def _bare_names(raw: str, *, vouched: bool = False) -> list[str] | None:
    """The names of a run that holds only names (letter-spaced or not), or None.

    ``vouched``: something beside the run says it holds names (a desk or a post in the same signature), so the
    form is enough; otherwise the tagger must read each as a name too.
    """
    simple = to_simplified(normalize(raw))
    if not P.NAMES_RUN.fullmatch(simple):
        return None
    names = _split_names(raw)
    if "".join(names) != _compact(raw):
        return None  # a word was dropped as no name (刘海涛 摄): the run holds more than names
    looks_like = _name_like if vouched else _bare_name_like
    if not names or len(names) > _MAX_NAMES or not all(looks_like(n) for n in names):
        return None
    return names


def match_signature(text: str, pos: int = 0, endpos: int | None = None) -> Byline | None:
    """The author signature that is the whole line ``text[pos:endpos]`` (outer white space aside), or None.

    A paper closes (or opens) some pieces with the author in brackets or after a bullet:

    - ``（本报记者张武岳）``, ``(记者 张三 通讯员 李四)``: role words and names;
    - ``■记者 张三``, ``●本报记者张三``: a bullet, role words and names;
    - ``（陈立希 新华社专特稿）``: names, then the desk the piece came through (``agency`` when it names one);
    - ``（北京航空航天大学法学院副教授 赵精武）``: the author's post, then the name, kept in ``others`` as
      ``(post, name)``: an outside author is not a reporter;
    - ``（作者为…）``, ``（作者系…）``: the author's post alone; no names, the text is kept;
    - ``（张三）``: one name alone in brackets, when it looks like a name (not ``（综合）`` or ``（完）``);
    - ``（本报印度金奈10月14日电 记者管克江、王芳）``: a dispatch head and its reporters closing a short report, which
      may wrap over lines inside its brackets.

    ``span`` is in ``text`` coordinates.

    >>> match_signature("（本报记者张武岳）").reporters
    ('张武岳',)
    >>> b = match_signature("（北京航空航天大学法学院副教授 赵精武）")
    >>> b.reporters, b.others
    ((), (('北京航空航天大学法学院副教授', '赵精武'),))
    >>> match_signature("（作者系中国劳动关系学院党委书记）")
    Byline(text='（作者系中国劳动关系学院党委书记）', source=None, ..., reporters=(), ...)
    """
    line = _line(text, pos, endpos)
    if line is None:
        return None
    raw, copy, span = line
    if P.AUTHOR_NOTE.fullmatch(copy):
        return Byline(text=raw, span=span)
    if copy[0] in _BULLETS:
        found = _role_credits(raw, copy, 1, len(copy))
        if found is None:
            return None
        crew, origin = found
        return _from_crew(raw, span, crew, origin)
    if copy[0] not in "（(" or copy[-1] not in "）)":
        return None
    inner_start, inner_end = 1, len(copy) - 1
    found = _role_credits(raw, copy, inner_start, inner_end)
    if found is not None:
        crew, origin = found
        return _from_crew(raw, span, crew, origin)
    # A dispatch head and its reporters in brackets, closing a short report: （本报印度金奈10月14日电 记者管克江、王芳）
    inner = _compact(raw[inner_start:inner_end])  # wrapped over lines: the brackets hold it together
    dispatch = match_byline(inner)
    if (
        dispatch is not None
        and dispatch.span is not None
        and dispatch.span.end == len(inner)
        and dispatch.day is not None
        and (dispatch.reporters or dispatch.correspondents)
    ):
        return attrs.evolve(dispatch, text=raw, span=span)
    desk = P.NAME_THEN_DESK.fullmatch(copy, inner_start, inner_end)
    if desk is not None:
        names = _bare_names(raw[desk.start("names") : desk.end("names")], vouched=True)
        if names is None:
            return None
        org = _compact(copy[desk.start("desk") : desk.end("desk")])
        agency = next((a for a in sorted(P.AGENCIES, key=len, reverse=True) if org.startswith(a)), None)
        if agency is None and (shape := re.match(rf"[{P.HAN}]{{1,8}}?社", org)) is not None:
            agency = shape.group()
        printed_agency = _compact(raw[desk.start("desk") :])[: len(agency)] if agency else None
        return Byline(text=raw, agency=printed_agency, reporters=tuple(names), span=span)
    post = P.POST_THEN_NAME.fullmatch(copy, inner_start, inner_end)
    if post is not None:
        name = _compact(raw[post.start("name") : post.end("name")])
        if _name_like(name) and not _name_like(_compact(copy[post.start("post") : post.end("post")])):
            return Byline(text=raw, others=((_compact(raw[post.start("post") : post.end("post")]), name),), span=span)
        return None
    alone = _bare_names(raw[inner_start:inner_end])
    if alone is not None and len(alone) == 1:
        return Byline(text=raw, reporters=tuple(alone), span=span)
    return None


def _from_crew(raw: str, span: Span, crew: _Credits, origin: dict[str, str | None]) -> Byline:
    return Byline(
        text=raw,
        source=origin.get("source"),
        agency=origin.get("agency"),
        reporters=tuple(crew.reporters),
        correspondents=tuple(crew.correspondents),
        photographers=tuple(crew.photographers),
        others=tuple(crew.others),
        span=span,
    )


def match_author_line(text: str, pos: int = 0, endpos: int | None = None, *, vouched: bool = False) -> Byline | None:
    r"""The author line that is the whole line ``text[pos:endpos]`` (outer white space aside), or None.

    The segmenter asks this of a short line standing alone next to a title or an article's end. It accepts:

    - one to six bare names, each two to four Han characters or a transliterated name with a middle dot,
      letter-spaced or not, set apart by white space (``刘军``, ``何  聪 窦  皓`` gives 何聪 and 窦皓), with
      nothing else on the line: no punctuation, no digit. Each must look like a name (see ``_name_like``: not a
      frequent word, no function character, not cut by the lexicon into words: ``图片报道``, ``本版责编``,
      ``要闻``, ``北京`` are refused); a common surname first helps but is not required;
    - role words with names, as :func:`match_byline` reads them (``新华社记者 吴文诩 宋立崑``, ``本报记者 恩浩``,
      ``■本报记者 张三``);
    - a role word without names: ``新华社记者``, ``本报评论员``, ``人民日报评论员`` (no names, the text kept).
      A narrow column may wrap the names of ``本 报 记 者`` to the next line: ask :func:`match_byline` and
      :func:`match_photo_credit` about the two lines first;
    - ``文／X 图／Y`` and ``文/本报记者 X``: X are reporters, Y photographers.

    Bare names go to ``reporters`` (the convention of the corpus's 新华每日电讯 pages, where a bare name heads a
    staff writer's 新华走笔); an outside author's post, when the page prints one, is :func:`match_signature`'s.
    ``vouched``: the page itself shows the line is an author line (a PDF sets it alone between a title and the
    body's first line), so bare names need only a name's form, not the tagger's word for each (林北征).

    >>> match_author_line("何  聪 窦  皓").reporters
    ('何聪', '窦皓')
    >>> match_author_line("新华社记者")
    Byline(text='新华社记者', source=None, agency='新华社', ..., reporters=(), ...)
    >>> match_author_line("文／王五 图／赵六").photographers
    ('赵六',)
    >>> match_author_line("图片报道") is None, match_author_line("本版责编") is None
    (True, True)
    """
    line = _line(text, pos, endpos)
    if line is None:
        return None
    raw, copy, span = line
    if "\n" in raw:
        return None
    bullet = P.LEAD_BULLET.match(copy)  # ■ 张三, □ 本报评论员: the bullet is printed, not read
    if bullet is not None:
        copy = " " * bullet.end() + copy[bullet.end() :]
    role_alone = P.ROLE_ALONE.fullmatch(copy)
    if role_alone is not None:
        role = _compact(copy[role_alone.start("role") : role_alone.end("role")])
        owner = re.match(rf"[{P.HAN}]*?(?=特约|评论员|记者)", role)
        owner_text = owner.group() if owner else ""
        printed = _compact(raw[bullet.end() :] if bullet is not None else raw)
        return Byline(
            text=raw,
            source=printed[:2] if owner_text == "本报" else None,
            agency=printed[: len(owner_text)] if owner_text and owner_text != "本报" else None,
            span=span,
        )
    writer = P.WRITER_AND_PHOTOGRAPHER.fullmatch(copy)
    if writer is not None:
        return _writer_and_photographer(raw, copy, writer, span)
    alone = P.BYLINE_ALONE.match(copy)
    if alone is not None:  # role words and names; never a dispatch head (新华社北京4月24日电 closes a body)
        found = _from_alone(raw, copy, alone, span.start, truncated=False)
        return found if found is not None and found.span == span else None
    names = _bare_names(raw[bullet.end() :] if bullet is not None else raw, vouched=vouched)
    if names is not None:
        return Byline(text=raw, reporters=tuple(names), span=span)
    return None


def _writer_and_photographer(raw: str, copy: str, m: re.Match[str], span: Span) -> Byline | None:
    """文／X 图／Y: the writer's part may carry role words (文/本报记者 张三); every name of Y took pictures.

    After 图文／ every name of the writer's took pictures too (one name both wrote and photographed: 图、文／记者张三).
    """
    fields: dict[str, list[str]] = {"reporters": [], "correspondents": [], "photographers": []}
    origin: dict[str, str | None] = {}
    for part, field in (("writer", "reporters"), ("photo", "photographers")):
        if m.start(part) < 0:
            continue
        with_roles = _role_credits(raw, copy, m.start(part), m.end(part))
        if with_roles is not None:
            crew, found_origin = with_roles
            origin = origin or found_origin
            if field == "photographers":
                fields[field].extend(crew.names())
            else:
                fields["reporters"].extend(crew.reporters)
                fields["correspondents"].extend(crew.correspondents)
            continue
        names = _bare_names(raw[m.start(part) : m.end(part)], vouched=True)
        if names is None:
            return None
        fields[field].extend(names)
    if m.start("both") >= 0:
        fields["photographers"] = [*fields["reporters"], *fields["photographers"]]
    return Byline(
        text=raw,
        source=origin.get("source"),
        agency=origin.get("agency"),
        reporters=tuple(fields["reporters"]),
        correspondents=tuple(fields["correspondents"]),
        photographers=tuple(fields["photographers"]),
        span=span,
    )


#: The kind of furniture each form of ``FURNITURE_FORMS`` is.
_FURNITURE_KINDS = {
    "jump": "jump",
    "page_number": "page_number",
    "date_head": "running_head",
    "paper_head": "running_head",
    "section_head": "running_head",
}


def match_furniture(text: str, *, normal: bool = False) -> str | None:
    """The kind of page furniture the whole line ``text`` is, or None.

    - ``'jump'``: where an article runs on, ``下转第3版``, ``（上接第一版）``;
    - ``'page_number'``: ``A3``, ``82``, ``第3版``, ``第 82 页``;
    - ``'running_head'``: a date line ``2019年10月15日 星期二``, a paper's name alone or with its date and page
      (``人民日报``, ``《 学习时报 》（ 2026年05月01日  第 01 版 ）``; any X日报, X晚报, X时报, X电讯 …), a
      section head ``版面：要闻``, ``第01版：国内大局``;
    - ``'section'``: a section label alone: ``要闻``, ``国际``, and by shape ``综合新闻``, ``文化周刊``.

    >>> [match_furniture(t) for t in ("下转第三版", "A3", "第 82 页", "2019年10月15日 星期二", "人民日报", "要闻")]
    ['jump', 'page_number', 'page_number', 'running_head', 'running_head', 'section']
    >>> match_furniture("新城区召开政府廉政工作会议") is None
    True

    ``normal`` says ``text`` is already the matching copy (``to_simplified(normalize(...))``), as the segmenter has it.
    """
    if not isinstance(text, str):
        return None
    copy = text.strip() if normal else to_simplified(normalize(text)).strip()
    if not copy or len(copy) > LINE_MAX:
        return None
    form = P.FURNITURE_FORMS.fullmatch(copy)
    if form is not None:
        return _FURNITURE_KINDS[form.lastgroup or ""]
    compact = _compact(copy)
    # SECTION_SHAPE holds at most six characters: a longer line (nearly every line asked) is not tried (issue 13).
    if _is_section(compact):
        return "section"
    if "，" in copy or "。" in copy:
        return None  # a sentence's marks: no head (the plain tests first: this runs on nearly every line)
    # A page's number and its section on one line, either first (A2 要闻, 02 / 要闻, 國際新聞 A12): a section head.
    paged = _PAGED_SECTION.fullmatch(compact) if len(compact) <= _PAGED_LONGEST else None
    if paged is not None and _is_section(paged.group("label1") or paged.group("label2")):
        return "running_head"
    # A head of several such parts set apart (12 要闻 2026年12月2日, 要闻·综合, 2026.12.02 星期三): each a page
    # number, a section, a date or a paper's name.
    parts = [p for p in _HEAD_PARTS.split(copy) if p] if _HEAD_PARTS.search(copy) else []
    if len(parts) >= 2 and all(_head_part(p) for p in parts):
        return "running_head"
    return None


#: What parts a running head: white space and the marks papers set between its parts.
_HEAD_PARTS = re.compile(rf"[\s{P.NAME_DOTS}|｜/／]+")


def _head_part(part: str) -> bool:
    """Whether one part of a line is a running head's: a page number, a section, a date or a paper's name."""
    return _is_section(part) or P.FURNITURE_FORMS.fullmatch(part) is not None


def _is_section(label: str) -> bool:
    return label in P.SECTION_WORDS or (len(label) <= _SECTION_LONGEST and P.SECTION_SHAPE.fullmatch(label) is not None)


#: A page number and a section label, either first, a separator between them or none (the line is compacted).
_PAGED_SECTION = re.compile(
    r"(?:[A-Za-z]{0,2}\d{1,3}[/／|｜·•]?(?P<label1>[^\d/／|｜·•]{2,6})|(?P<label2>[^\d/／|｜·•]{2,6}?)[/／|｜·•]?[A-Za-z]{0,2}\d{1,3})"
)
_PAGED_LONGEST = 12


#: The most characters ``SECTION_SHAPE`` matches: four before one of its two-character endings.
_SECTION_LONGEST = 6


def match_credit_items(text: str) -> list[tuple[str, str, int, int]] | None:
    """The items of a page-credits line as ``(role, names, start, end)``, or None if the line is anything else.

    A role ends in 编辑, 责编, 校对, 设计, 美编, 版式, 组版, 排版, 制图, 审校, 监制, 统筹 … after an optional
    qualifier (本版, 责任, 美术 …), and is followed by a colon; the names after it may be letter-spaced and are
    returned without white space, several joined with ``、``. ``start`` and ``end`` are the item's extent in
    ``text``, from its role to its last name.

    >>> match_credit_items("编辑:何平 版式:林琳")
    [('编辑', '何平', 0, 5), ('版式', '林琳', 6, 11)]
    >>> match_credit_items("本版责编：吕钟正 吴 凯")
    [('本版责编', '吕钟正、吴凯', 0, 12)]
    >>> match_credit_items("编辑部召开会议：全体编辑参加") is None
    True
    """
    if not isinstance(text, str):
        return None
    copy = to_simplified(normalize(text))
    roles = list(P.CREDIT_ROLE_COLON.finditer(copy))
    if not roles or P.CREDIT_NAMES.fullmatch(copy, 0, roles[0].start()) is None or copy[: roles[0].start()].strip():
        return None
    items: list[tuple[str, str, int, int]] = []
    for k, role in enumerate(roles):
        stop = roles[k + 1].start() if k + 1 < len(roles) else len(copy)
        if P.CREDIT_NAMES.fullmatch(copy, role.end(), stop) is None:
            return None
        region = text[role.end() : stop]
        lead = len(region) - len(region.lstrip())
        names = [n for n in _split_names(region.strip(" \t\u3000|｜/／;；")) if n]
        if not names or not all(1 <= len(n) <= 8 for n in names):
            return None
        name_end = role.end() + lead + len(region.strip().rstrip("|｜/／;；、，, \t\u3000"))
        items.append((_compact(text[role.start("role") : role.end("role")]), "、".join(names), role.start(), name_end))
    return items


def parse_byline(text: str) -> Byline | None:
    """The byline or photo credit that is the whole of ``text`` (outer white space aside), or None.

    >>> parse_byline("本报讯(记者刘海涛)通讯员陈刚)").correspondents
    ('陈刚',)
    >>> parse_byline("【記者王小明／台北報導】")
    Byline(text='【記者王小明／台北報導】', source=None, agency=None, place='台北', ...,
           reporters=('王小明',), ...)
    >>> parse_byline("本报记者 刘海涛 摄").photographers
    ('刘海涛',)
    >>> parse_byline("记者来到现场") is None
    True
    """
    if not isinstance(text, str):
        return None
    found = match_byline(text)
    if found is not None and found.span is not None and not text[found.span.end :].strip():
        return found
    credit = match_photo_credit(text)
    if credit is not None and credit.span is not None and not text[: credit.span.start].strip():
        return credit
    return match_signature(text) or match_author_line(text)

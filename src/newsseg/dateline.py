r"""Datelines: the date or time expression that opens the news, read mechanically from the first paragraph.

``parse_dateline(text, *, issue_date=None, byline=None)`` returns a :class:`~newsseg.model.Dateline` whose
``span`` is in ``text`` coordinates, or ``None``; it never raises on a ``str``. ``byline`` (a dispatch head
such as 新华社北京8月7日电 or （中央社台北30日電）) gives the month of a day alone and the day of 今天,
昨天 or 上午; ``issue_date`` gives the year, and resolves 昨天 when there is no dispatch head. Nothing is
guessed: 近日 stays a flag, and a year is filled only when the text or the issue date states it.

>>> parse_dateline("8月7日上午，省政府第三次廉政工作会议召开。")
Dateline(text='8月7日上午', year=None, month=8, day=7, part='上午', date=None, relative=False,
         span=Span(start=0, end=6))
>>> parse_dateline("7 月\n12日上午，新城区召开会议。").text
'7月12日上午'
>>> parse_dateline("在我市近日召开的“三城同创”第三次攻坚例会上，8月8日……")
Dateline(text='近日', year=None, month=None, day=None, part=None, date=None, relative=True, ...)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, NamedTuple

from newsseg import _patterns as P  # noqa: N812 - a short, conventional alias for a module of patterns
from newsseg._text import normalize, to_simplified
from newsseg.byline import match_byline
from newsseg.model import Dateline, Span

if TYPE_CHECKING:
    from newsseg.model import Byline

__all__ = ["parse_dateline"]

#: The Republic of China's calendar counts from 1912: its year 1 is 1912, 114 is 2025.
_ROC_EPOCH = 1911

#: Filler put over quoted text before searching: a character no date pattern and no sentence end contains.
_MASK = "＿"

#: The patterns tried at one position, in order of preference: at the same start a full date beats a day
#: alone.
_SEARCHED = (
    ("full", P.DATE_FULL),
    ("month_range", P.DATE_MONTH_RANGE),
    ("day", P.DATE_DAY),
    ("relative", P.DATE_RELATIVE),
    ("part", P.DATE_PART_ALONE),
)


_NON_SPACE = re.compile(r"\S+")
#: Any mark that opens a quotation or a title (a key of ``QUOTE_PAIRS``).
_OPENING = re.compile("[" + "".join(re.escape(mark) for mark in P.QUOTE_PAIRS) + "]")


def _compact(copy: str, start: int) -> tuple[str, list[int]]:
    """``copy[start:]`` without white space, and for each kept character its offset in ``copy``."""
    kept: list[str] = []
    index: list[int] = []
    # Run by run, found by the regex engine (``\S`` is exactly what ``str.isspace`` is false for), not character by
    # character in Python: a first paragraph may be hundreds of characters (issue 13).
    for run in _NON_SPACE.finditer(copy, start):
        kept.append(run.group())
        index.extend(range(run.start(), run.end()))
    return "".join(kept), index


def _mask_quotes(text: str) -> str:
    """``text`` with quoted and title text masked (SPEC: a dateline is read outside quotation marks).

    A quote that never closes is masked to the end of its sentence, so a lost closing mark costs one sentence.

    >>> _mask_quotes("“2号餐好了！”随着吆喝声")
    '＿＿＿＿＿＿＿＿随着吆喝声'
    """
    chars = list(text)
    index = 0
    length = len(text)
    while index < length:
        # The next opening mark, found by the regex engine rather than by a lookup per character (issue 13).
        opening = _OPENING.search(text, index)
        if opening is None:
            break
        index = opening.start()
        close = P.QUOTE_PAIRS[text[index]]
        end = text.find(close, index + 1)
        if end < 0:
            if close == text[index]:  # a lone ASCII quote: not a pair, leave it
                index += 1
                continue
            stop = P.SENTENCE_END.search(text, index + 1)
            end = (stop.start() if stop else length) - 1
        chars[index : end + 1] = [_MASK] * (end + 1 - index)  # one slice, not a step per character (issue 13)
        index = end + 1
    return "".join(chars)


def _first_in(masked: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    """The earliest date expression in ``masked[start:end]`` (a tie goes to the pattern listed first)."""
    best: tuple[str, re.Match[str]] | None = None
    for kind, pattern in _SEARCHED:
        for found in pattern.finditer(masked, start, end):
            if _valid(found):
                if best is None or found.start() < best[1].start():
                    best = (kind, found)
                break
    return best


def _at_clause_heads(masked: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    """The first date expression that opens a clause of ``masked[start:end]``."""
    heads = [start] + [h.end() for h in P.CLAUSE_HEAD.finditer(masked, start, end)]
    for head in heads:
        at = head
        prefix = P.CLAUSE_PREFIX.match(masked, at, end)
        if prefix is not None:
            at = prefix.end()
        for kind, pattern in _SEARCHED:
            found = pattern.match(masked, at, end)
            if found is not None and _valid(found):
                return kind, found
    return None


def _value(found: re.Match[str], name: str) -> int | None:
    """A numeral group's value, or None when the group did not take part."""
    group = found.groupdict().get(name)
    return P.numeral_value(group) if group else None


def _valid(found: re.Match[str]) -> bool:
    """A real month and day (13月 or 32日 are not dates)."""
    month, day = _value(found, "month"), _value(found, "day")
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def _find(masked: str) -> tuple[str, re.Match[str]] | None:
    """Where the dateline is, deciding how far into the paragraph to look.

    The evidence (golden pages, 人民日报 and 中央社 annotations) says: the first sentence is searched
    whole, and mechanically (在我市近日召开的… gives 近日; 總統府發言人郭雅慧今天表示 gives 今天). A
    scene-setting first sentence without a date is passed over, but in the second sentence only a date that
    *opens a clause* counts: 烈日当空…。为关爱…，8月4日上午，… and “2号餐好了！”随着吆喝声…。
    7月8日20时许，… are datelines; 林沛祥今天說 in a 中央社 second sentence is not (annotated null). A month and
    day is the news's own date wherever it stands there (…样板。这是记者4月27日从…获悉的, 新华每日电讯), and so is
    a relative word with its day in brackets (…。據了解，建造業議會上周五（28日）曾召開會議, 明報). Nothing
    deeper is read: a commentary's 今年6月份 in its fifth sentence, or 湖州晋江之所以有今天的发展成就,
    dates the argument, not the news. A month without a day counts only at the very start (十月金陵，
    丹桂飘香), for the same reason.
    """
    if not masked:
        return None
    stop = P.SENTENCE_END.search(masked)
    first_end = stop.end() if stop else len(masked)
    head = P.DATE_MONTH_START.match(masked)
    found = _first_in(masked, 0, first_end)
    if head is not None and _valid(head) and (found is None or found[1].start() > 0):
        return "month", head
    if found is not None:
        return found
    if first_end >= len(masked):
        return None
    stop = P.SENTENCE_END.search(masked, first_end)
    second_end = stop.end() if stop else len(masked)
    found = _at_clause_heads(masked, first_end, second_end)
    if found is not None:
        return found
    full = next((f for f in P.DATE_FULL.finditer(masked, first_end, second_end) if _valid(f)), None)
    # So is a relative word that states its day in brackets (…據了解，建造業議會上周五（28日）曾召開會議).
    stated = next(
        (
            f
            for f in P.DATE_RELATIVE.finditer(masked, first_end, second_end)
            if (f.group("day") or f.group("tday")) and _valid(f)
        ),
        None,
    )
    if full is not None and (stated is None or full.start() < stated.start()):
        return "full", full
    return ("relative", stated) if stated is not None else None


def _nearest(candidates: list[dt.date], target: dt.date) -> dt.date | None:
    return min(candidates, key=lambda d: abs((d - target).days)) if candidates else None


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_near(month: int, day: int, issue: dt.date) -> int | None:
    """The year that puts month/day nearest the issue (12月30日 in a 2 January issue is last year)."""
    dates = [d for y in (issue.year - 1, issue.year, issue.year + 1) if (d := _make_date(y, month, day))]
    best = _nearest(dates, issue)
    return best.year if best else None


def _month_near(day: int, issue: dt.date) -> dt.date | None:
    """The date with this day nearest the issue, in the issue's month or the one before or after."""
    dates: list[dt.date] = []
    for shift in (-1, 0, 1):
        month0 = issue.month - 1 + shift
        year, month = issue.year + month0 // 12, month0 % 12 + 1
        if (d := _make_date(year, month, day)) is not None:
            dates.append(d)
    return _nearest(dates, issue)


def _reference(byline: Byline | None, issue_date: dt.date | None) -> tuple[int | None, int | None, int | None]:
    """The day the news is told from: the dispatch head's day, else the issue date."""
    if byline is not None and byline.day is not None and 1 <= byline.day <= 31:
        month = byline.month if byline.month is not None and 1 <= byline.month <= 12 else None
        if issue_date is None:
            return None, month, byline.day
        if month is None:
            near = _month_near(byline.day, issue_date)
            return (near.year, near.month, near.day) if near else (None, None, byline.day)
        return _year_near(month, byline.day, issue_date), month, byline.day
    if issue_date is not None:
        return issue_date.year, issue_date.month, issue_date.day
    return None, None, None


def _shift(ref: tuple[int | None, int | None, int | None], offset: int) -> tuple[int | None, int | None, int | None]:
    """``ref`` moved by ``offset`` days, keeping unknown fields unknown."""
    year, month, day = ref
    if day is None:
        return None, None, None
    if month is None:
        moved = day + offset
        # Without a month, a day can move back within its month, and forward only where every month has the
        # day.
        return (None, None, moved) if moved >= 1 and (offset <= 0 or moved <= 28) else (None, None, None)
    base = _make_date(year if year is not None else 2000, month, day)  # 2000: a leap year for 2月29日
    if base is None:
        return None, None, None
    moved_date = base + dt.timedelta(days=offset)
    return (moved_date.year if year is not None else None), moved_date.month, moved_date.day


def parse_dateline(text: str, *, issue_date: dt.date | None = None, byline: Byline | None = None) -> Dateline | None:
    """The first date or time expression of a first paragraph ``text``, outside quotation marks, or None.

    >>> parse_dateline("十月十二日，第四十届中国浙江国际自行车展览会在义乌举行。").month
    10
    >>> parse_dateline("1月17日至18日，国家主席习近平应邀对缅甸进行国事访问。").text
    '1月17日至18日'
    >>> from newsseg.byline import parse_byline
    >>> head = parse_byline("（中央社台北30日電）")
    >>> parse_dateline("韓國濟州航空客機昨天發生重大空難，造成179死2傷。", byline=head)
    Dateline(text='昨天', year=None, month=None, day=29, part=None, date=None, relative=True, ...)
    >>> import datetime
    >>> parse_dateline("12月30日，市里召开会议。", issue_date=datetime.date(2021, 1, 2)).date
    datetime.date(2020, 12, 30)
    """
    if not isinstance(text, str) or not text.strip():
        return None
    copy = to_simplified(normalize(text))
    skip = 0
    head = match_byline(text)
    if head is not None and head.span is not None:
        # A byline left at the start of the paragraph (本报讯（记者…）, 新华社北京8月7日电): read past it, and
        # let a dispatch head date a day alone.
        skip = head.span.end
        if byline is None:
            byline = head
    compact, index = _compact(copy, skip)
    found = _find(_mask_quotes(compact))
    if found is None:
        return None
    kind, match = found
    start, end = match.start(), match.end()
    if kind == "month" and match.group(0).startswith(("当地时间", "北京时间")):
        start += 4
    part = None
    if match.groupdict().get("part"):
        part = "".join(text[index[k]] for k in range(match.start("part"), match.end("part")))
    printed = _Printed(
        text="".join(text[index[k]] for k in range(start, end)),
        part=part,
        span=Span(index[start], index[end - 1] + 1),
    )
    return _build(kind, match, printed, byline, issue_date)


class _Printed(NamedTuple):
    """Where a dateline was found and how it is printed (white space removed)."""

    text: str
    part: str | None
    span: Span


def _build(
    kind: str,
    match: re.Match[str],
    printed: _Printed,
    byline: Byline | None,
    issue_date: dt.date | None,
) -> Dateline:
    """The record for a found expression, resolved as far as the head and the issue date allow."""
    groups = match.groupdict()
    month, day = _value(match, "month"), _value(match, "day")
    year = _value(match, "year")
    roc = _value(match, "roc") or _value(match, "roc_short")
    if roc is not None:
        year = roc + _ROC_EPOCH
    relative = kind in ("relative", "part")
    if year is None and groups.get("rel_year") and issue_date is not None:
        year = issue_date.year + {"今年": 0, "去年": -1, "前年": -2, "明年": 1}[groups["rel_year"]]
    if kind in {"relative", "part"}:
        word = groups.get("rel") or ""
        offset = P.RELATIVE_OFFSETS.get(word[:2] if word[:2] in P.RELATIVE_OFFSETS else word)
        if groups.get("rel_day"):
            offset = P.RELATIVE_DAY_OFFSETS[groups["rel_day"]]
        if kind == "part":
            offset = 0
        # The day printed in brackets (昨天（12月1日）, 昨（1）日) is the day, whatever the offset works out to.
        printed_month, printed_day = month, day or _value(match, "tday")
        if offset is not None:
            year, month, day = _shift(_reference(byline, issue_date), offset)
        if printed_day is not None:
            month, day = printed_month or month, printed_day
            if issue_date is not None and month is not None:
                year = _year_near(month, day, issue_date)
            elif issue_date is not None and (near := _month_near(day, issue_date)) is not None:
                # a word that gives no offset (上周五（28日） in a 1 December issue: 28 November)
                year, month = near.year, near.month
    elif kind == "day":
        ref_year, ref_month, _ = _reference(byline, issue_date)
        if byline is not None and byline.month is not None and 1 <= byline.month <= 12:
            month = byline.month
            year = ref_year if issue_date is not None else None
            if issue_date is not None and day is not None:
                year = _year_near(month, day, issue_date)
        elif issue_date is not None and day is not None:
            near = _month_near(day, issue_date)
            if near is not None:
                year, month = near.year, near.month
        else:
            month = ref_month
    elif year is None and issue_date is not None and month is not None:
        year = _year_near(month, day or 1, issue_date)
    date = _make_date(year, month, day) if year and month and day else None
    return Dateline(
        text=printed.text,
        year=year,
        month=month,
        day=day,
        part=printed.part,
        date=date,
        relative=relative,
        span=printed.span,
    )

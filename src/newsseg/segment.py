"""Segment a page into articles.

Columns printed side by side on each line (``pdftotext -layout``) are first read one after another
(``_columns``), every span mapped back to the input. The page is then read as a sequence of lines, and each line is
first given what it is from its own form:

- **page credits** (``编辑:陈彬 版式:车璇``): lines made only of ``role: name`` items;
- **bylines**: a line that opens with a byline or dispatch head (``本报讯（记者…）``, ``新华社…电``,
  ``（中央社記者…電）``), or is one (``本报记者 X`` on its own line, heading a feature or commentary);
- **photo credits** (``本报记者 X 摄``) and **captions** led by a position marker (``上图``, ``⬅``);
- **title lines**: short lines without sentence punctuation that stand between two bodies: the line before them
  ends a sentence (or is no body at all), and after them comes a byline, a photo, the end of the page, or a body set
  apart by a blank line. A title is never the first line of a paragraph whose sentence runs on;
- everything else is **body**, reflowed into paragraphs (see ``reflow``).

Articles start at bylines, at title blocks, at an interview's lead-in, and end at the next start. A photo credit
closes a photo item: its marked captions and the paragraph printed just before them. A photo item with a body of
its own is an article of kind ``photo``; marked captions without one join the article whose words they share.

Titles come after their bodies on most extracted pages and before them on others. Which, is read from the page
itself: a page whose first title precedes its first body puts titles first. A title block goes to the article on
its page's side unless that one already has a title, the block is glued to the body on the other side, or its words
are plainly those of the other article's lead (an interview's title printed after it on a titles-first page).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, overload

import attrs

from newsseg._columns import split_columns
from newsseg._features import OPEN_END as _OPEN_END
from newsseg._features import SENTENCE_INSIDE as _SENTENCE_INSIDE
from newsseg._features import TAG as _TAG
from newsseg._features import LineFacts, line_features
from newsseg._labeller import Labeller, default_labeller
from newsseg._lexicon import splits_word
from newsseg._text import Line, coerce_issue_date, coerce_text, iter_lines, normalize, refuse_path, to_simplified
from newsseg.byline import (
    LINE_MAX,
    match_author_line,
    match_byline,
    match_credit_items,
    match_furniture,
    match_photo_credit,
    match_signature,
)
from newsseg.conventions import Conventions, head_key, running_heads
from newsseg.dateline import parse_dateline
from newsseg.headline import headline_from_lines, undouble
from newsseg.model import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    Decision,
    Headline,
    Leftover,
    Page,
    Paragraph,
    Span,
)
from newsseg.reflow import column_widths, column_widths_at, ends_sentence, join_lines, paragraph_ends, rows_of

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Collection, Mapping

__all__ = ["segment", "segment_with"]

# --- line forms -----------------------------------------------------------------------------------------------

#: A caption's position marker (the marker is dropped from the caption text).
_CAPTION_MARK = re.compile(r"^\s*(?:[上下左右中]图|[⬅➡←→↑↓◀▶▲▼](?:\s*图)?)\s*[:：]?\s*")
#: Cheap test for a line that may open with a byline, before the byline parser is asked.
_BYLINE_HINT = re.compile(
    r"^\s*[（(【〔\[]?\s*(?:本\s*报|新\s*华\s*社|中\s*新\s*社|中\s*央\s*社|据|人\s*民\s*网|央\s*视|记\s*者|通\s*讯\s*员|"
    r"实\s*习\s*生|特\s*约|见\s*习|[\u3400-\u9fff]{1,8}讯|[\u3400-\u9fff]{1,8}[社台网]|[\u3400-\u9fff]{2,8}／)"
)
#: How a photo credit ends: 摄, 供图, 资料图片, 新华社发, perhaps with the agency in brackets (X摄（视觉中国）).
_CREDIT_END = re.compile(r"(?:摄|攝|供图|供圖|资料图片|資料圖片|社发|社發)\s*(?:[（(][^（()）]{0,12}[）)])?\s*$")
#: An author's line or signature is short: two names with their posts fit in this many characters.
_AUTHOR_MAX = 40
#: Page furniture: page numbers, issue dates, section labels that belong to no article.
_FURNITURE = re.compile(
    r"^(?:[A-Za-z]?\d{1,3}|第\s*\d+\s*版|[\d\s年月日]+星期[一二三四五六日天]|星期[一二三四五六日天]|"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?)$"
)
#: A byline that opens a news item's first paragraph rather than standing alone: 本报讯, …电, …报道.
_DISPATCH = re.compile(r"讯|电|报道|消息")
#: A photo credit's end inside what was read as a byline: two items run together, not one byline.
_PHOTO_CREDIT_END = re.compile(r"[摄攝]\s*\n")
_QUESTION = re.compile(r"^\s*(?:问|問|Q)\s*[:：]")
_ANSWER = re.compile(r"^\s*(?:答|A)\s*[:：]")
#: Words of an interview's lead-in (``…接受了记者的专访，以下是问答实录``).
_INTERVIEW_LEAD = re.compile(r"专访|采访|访谈|问答|实录|对话|答记者问")
#: Words that mark opinion pieces in titles.
_COMMENTARY = re.compile(r"解读|评论|述评|时评|短评|社论|论坛|观澜|随笔|言论|评论员|杂谈|漫谈|观察|声音|快评|锐评|论")
_CJK = re.compile(r"[\u3400-\u9fff]")
_WS = re.compile(r"\s+")
#: An agency's sign-off on a line of its own: an editor or source in brackets, perhaps with a date code.
_SIGN_OFF = re.compile(r"^[（(][^（()）]{1,20}[）)]\d{5,10}$|^[（(][^（()）]*[:：/／][^（()）]*[）)]$|^\d{5,10}$")
_FORM_FEED = re.compile("\f")
_COMMA = re.compile("[，,]")
#: The dashes that lead a subtitle.
_SUBTITLE_DASH = re.compile(r"^\s*[—―─]{1,3}")

#: A title wider than the body's column by this much (a character) spans the article's columns: no body line.
_FULL_TITLE = 2
#: How sure the labeller must be to make a title of a line the rules left in the body (measured: at 0.95 the seeds
#: lose two titles to false ones; at 0.99 they keep all, and the typeset pages keep most of the gain).
_SURE = 0.99
#: Lines of one width within this many units (two characters: squeezed punctuation, a digit) are set to one measure.
_RUN_SLACK = 4
#: Three lines set to one measure that hold sentences are text; two may be a title wrapped in a narrow column.
_RUN_LINES = 3


@attrs.frozen
class LineHint:
    """What a reader of the page's layout (a PDF) knows of one line that its text does not show."""

    size_ratio: float  # its type size against the page's body type
    title: bool  # it belongs to a title group (larger or bolder type, set apart from the body)


#: Scores of rule evidence in Page.explain, set by hand (the labeller's own are its probabilities): a parsed
#: byline, signature or credit form is firm; a title the rules found is at least this sure; the page's first text
#: and an interview's lead-in open an article on weaker evidence; a title goes to the article on its page's side,
#: or failing that (that one has a title) to the other.
_FIRM = 1.0
_RULE = 0.8
_PAGE_START = 0.8
_INTERVIEW = 0.8
_ATTACH = 0.9
_FALLBACK = 0.6
#: An article that stopped mid-sentence taking up the block after a column break: the form is plain, but the block
#: might also be the next paragraph of the article before it.
_RESUME = 0.7
#: From this many form-feed pages on, a text's own pages show its running heads.
_HEADS_PAGES = 3
#: Kinds of line that are no body: after one of them, nothing continues an article's text.
_NO_BODY = frozenset({"furniture", "credit"})
#: An in-article subhead is a short line: a phrase of up to twelve characters (资源活起来——, 举证不易维权难); at 16
#: the seeds lose a title to it (measured).
_SUBHEAD_MAX = 12
#: A title line holds at most this many characters: longer lines are body text.
_TITLE_MAX = 48
#: A title block holds at most this many lines (kicker, a main title wrapped twice, a subtitle wrapped twice).
_TITLE_LINES = 6
#: Fewer body lines than this in one run say too little about their column; the page's lines around are used.
_MIN_RUN = 6
#: Captions look for their article this many lines around them at most: a photo is printed near its story.
_PHOTO_REACH = 400
#: A photo caption printed as a paragraph of its own runs to this many characters at most.
_CAPTION_MAX = 200
#: How much of a title's words must recur in a lead before they count as the same subject.
_SAME_SUBJECT = 0.3


@attrs.define
class _Row:
    """A line with what it was found to be."""

    line: Line
    kind: str = "body"  # body | byline | credit | caption | photo_credit | title | furniture
    byline: Byline | None = None  # for byline lines: the byline that opens the line (or is the whole line)
    credit: Byline | None = None  # for photo_credit lines: the credit (which may start on the line before)
    owner: int = -1


#: Line texts whose compact form and title test are remembered: a page's lines are asked about several times.
_MEMO = 4096


@functools.lru_cache(maxsize=_MEMO)
def _compact(text: str) -> str:
    return _WS.sub("", text)


@functools.lru_cache(maxsize=_MEMO)
def _title_like(text: str) -> bool:
    """Whether a line could be a title line: short, with Chinese, and no sentence inside or at its end."""
    compact = _compact(text)
    if not 2 <= len(compact) <= _TITLE_MAX or len(_CJK.findall(compact)) < 2:
        return False
    if _SENTENCE_INSIDE.search(compact) or compact[-1] in "。；;":  # a title may ask or exclaim (…干活？)
        return False
    if compact.count("，") + compact.count(",") > 2:
        return False
    if _SIGN_OFF.match(compact):
        return False  # an agency's sign-off after the last sentence: (编辑：苏志宗)1131230, (路透社)
    return not (_QUESTION.match(text) or _ANSWER.match(text))


# --- the page -----------------------------------------------------------------------------------------------


@attrs.define
class _Unit:
    """A run of rows that acts as one piece of the page: a paragraph, a title block, a photo, a byline line."""

    kind: str  # para | title | caption | photo_credit | byline | credit | furniture
    rows: list[int]
    paragraph: Paragraph | None = None
    byline: Byline | None = None
    glued: bool = False  # title block printed with no blank line before the body that follows


@attrs.define
class _Draft:
    """An article being put together."""

    byline: Byline | None = None
    paragraphs: list[Paragraph] = attrs.Factory(list)
    title_rows: list[int] = attrs.Factory(list)
    caption_rows: list[list[int]] = attrs.Factory(list)  # each caption's rows
    photo_credits: list[Byline] = attrs.Factory(list)
    rows: list[int] = attrs.Factory(list)
    photo: bool = False
    standalone_byline: bool = False
    first_row: int = 0


class _LazyFacts(Sequence[LineFacts]):
    """A page's line facts, each worked out when it is first read, then kept."""

    def __init__(self, make: Callable[[int], LineFacts], count: int) -> None:
        self._make = make
        self._made: list[LineFacts | None] = [None] * count

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> LineFacts: ...
    @overload
    def __getitem__(self, index: slice) -> list[LineFacts]: ...
    def __getitem__(self, index: int | slice) -> LineFacts | list[LineFacts]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self._made))[index]]
        facts = self._made[index]
        if facts is None:
            facts = self._made[index] = self._make(range(len(self._made))[index])
        return facts


class _Segmenter:
    def __init__(  # noqa: PLR0913 - the page's bounds and the labeller are options of one constructor
        self,
        source: str,
        normal: str,
        issue_date: dt.date | None,
        start: int = 0,
        end: int = -1,
        *,
        labeller: Labeller | None = None,
        conventions: Conventions | None = None,
        hints: Mapping[int, LineHint] | None = None,
    ) -> None:
        """Segment ``source[start:end]`` (one printed page); ``normal`` is the whole source normalised."""
        self.source = source
        self.normal = normal
        self.issue_date = issue_date
        self.labeller = labeller
        self.conventions = conventions or Conventions()
        #: What a PDF reader saw of a line (by its start offset): its type size against the body's, a title group.
        self.hints: Mapping[int, LineHint] = hints or {}
        #: Read off the page as it is segmented (for Conventions.detect): the title direction, the byline forms.
        self.titles_first: bool | None = None
        self.byline_forms: list[str] = []
        #: The decisions made on this page with their evidence (Page.explain), and each title row's score.
        self.decisions: list[Decision] = []
        self.title_scores: dict[int, float] = {}
        end = len(source) if end < 0 else end
        lines = list(iter_lines(normal[start:end], offset=start))  # at their places in the source, built once
        self.rows = [_Row(line) for line in lines]
        self.measured = rows_of(lines)
        self.widths: list[int | None] = []
        # Photo items cut from the article before them (their caption printed right after its last paragraph).
        self.extra_drafts: list[_Draft] = []
        # Photo captions with no text of their own, waiting for a home: (caption rows, credit, credit rows).
        self.orphans: list[tuple[list[list[int]], Byline | None, list[int]]] = []

    # -- 1. what each line is --

    def classify(self) -> None:
        heads = frozenset(self.conventions.running_heads)
        for row in self.rows:
            text = row.line.text
            printed = self.source[row.line.start : row.line.end]
            short = len(text) <= LINE_MAX  # furniture is short: the matcher refuses longer lines anyway
            if heads and short and head_key(text) in heads:
                row.kind = "furniture"  # a running head the paper repeats on every page
            elif ("：" in text or ":" in text) and match_credit_items(printed) is not None:
                row.kind = "credit"
            elif short and (_FURNITURE.match(text) or match_furniture(text, normal=True) is not None):
                row.kind = "furniture"
            elif _CAPTION_MARK.match(text) and len(_compact(text)) > 2:
                row.kind = "caption"
            elif (
                _BYLINE_HINT.match(text)
                and not _CREDIT_END.search(text)  # a photo credit, found below
                and (found := match_byline(self.source, row.line.start)) is not None
                and found.span is not None
                and not _PHOTO_CREDIT_END.search(self.source, found.span.start, found.span.end)
            ):
                row.kind = "byline"
                row.byline = found
        self._find_photo_credits()

    def facts(self, need: Collection[int] | None = None) -> list[LineFacts]:
        """What the rules know of every line, for the labeller.

        The costly facts (a word cut at the line's end, where a title block would open and close) are found only for
        the lines in ``need``, the ones the labeller is asked about: their neighbours' features do not use them.
        """
        return [self._fact(i, need) for i in range(len(self.rows))]

    def _fact(self, i: int, need: Collection[int] | None) -> LineFacts:
        """What the rules know of line ``i`` (see ``facts``)."""
        rows, measured = self.rows, self.measured
        row = rows[i]
        text = row.line.text
        kind = "photo_credit" if row.credit is not None and row.kind == "body" else row.kind
        candidate = kind == "body" and _title_like(text)
        costly = candidate and (need is None or i in need)
        nxt = rows[i + 1].line.text if i + 1 < len(rows) else ""
        closes = self._may_close_title(i, i + 1) if costly else None
        compact = _compact(text)
        return LineFacts(
            text=text,
            kind=kind,
            width=measured[i].width,
            column=self.widths[i],
            final=measured[i].final,
            blank_before=row.line.blank_before,
            indent=row.line.indent,
            splits_next=costly and bool(nxt) and splits_word(text, nxt),
            doubled=costly and undouble(compact) != compact,
            opens=costly and self._may_open_title(i),
            closes=0 if closes is None else 1 + closes,
            title_like=candidate,
            size=hint.size_ratio if (hint := self.hints.get(row.line.start)) else 0.0,
        )

    def _trailer(self, i: int) -> bool:
        """Whether row ``i`` is a dispatch head alone on its line right after a body line (…新华社北京4月24日电)."""
        row, rows = self.rows[i], self.rows
        return (
            row.kind == "byline"
            and row.byline is not None
            and i > 0
            and rows[i - 1].kind == "body"
            and _compact(row.byline.text) == _compact(row.line.text)
            and _compact(row.line.text).endswith(("电", "電"))
        )

    def _close_trailers(self) -> None:
        """A dispatch head alone on a line with no body after it closes the article before it.

        Agencies sign reprinted items so (…据新华社北京4月24日电): the next line is a title or the page's end, and the
        line before is body.
        """
        rows = self.rows
        for i, row in enumerate(rows):
            if self._trailer(i) and (i + 1 == len(rows) or rows[i + 1].kind in _NO_BODY or self._title_next(i + 1)):
                row.kind = "body"
                row.byline = None

    def _features_as_ruled(self, kinds: list[str], need: Collection[int]) -> list[dict[str, float]]:
        """The labeller's features of the lines in ``need``, read as the rules left the page (``kinds``).

        The labeller was fitted on what the rules say before any title is found, so the titles found since are
        put back to their earlier kinds while the facts are read.
        """
        now = [row.kind for row in self.rows]
        for row, kind in zip(self.rows, kinds, strict=True):
            row.kind = kind
        try:
            # The facts of a line are worked out only if the labeller's features read them: the lines in ``need``
            # and their neighbours, a fifth of the page (issue 13).
            facts = _LazyFacts(functools.partial(self._fact, need=need), len(self.rows))
            blank_lines = sum(1 for row in self.rows if row.line.blank_before)
            return line_features(facts, only=need, blank_lines=blank_lines)
        finally:
            for row, kind in zip(self.rows, now, strict=True):
                row.kind = kind

    def _text_runs(self) -> set[int]:
        """The rows that are one of three or more lines set to one width that hold sentences.

        Such lines are a paragraph set wider than the column (a caption), not titles, however wide and short of
        punctuation one line is. Neighbours count as one width within two characters (squeezed punctuation); body
        rows only, so a title or a byline ends a run.
        """
        rows, measured = self.rows, self.measured
        out: set[int] = set()
        start = 0
        for i in range(1, len(rows) + 1):
            same = (
                i < len(rows)
                and rows[i].kind == "body"
                and rows[i - 1].kind == "body"
                and abs(measured[i].width - measured[i - 1].width) <= _RUN_SLACK
            )
            if same:
                continue
            run = range(start, i)
            if len(run) >= _RUN_LINES and rows[start].kind == "body":
                texts = [rows[k].line.text for k in run]
                if any(_SENTENCE_INSIDE.search(t) or "，" in t for t in texts):
                    out.update(run)
            start = i
        return out

    def _decide(self, what: str, rows: Sequence[int], evidence: str, score: float) -> None:
        """Note a decision about ``rows`` and the evidence that made it (``Page.explain``)."""
        if rows:
            first, last = self.rows[min(rows)].line, self.rows[max(rows)].line
            self.decisions.append(Decision(what=what, span=Span(first.start, last.end), evidence=evidence, score=score))

    def _title_score(self, rows: Sequence[int]) -> float:
        """How sure the title lines ``rows`` are: the lowest score noted for any of them."""
        scores = [self.title_scores.get(i, _FIRM) for i in rows]
        return min(scores, default=_FIRM)

    def _title_next(self, i: int) -> bool:
        """Whether row ``i`` may open a title block set apart from what stands before it."""
        row = self.rows[i]
        return row.kind == "title" or (row.kind == "body" and row.line.blank_before > 0 and _title_like(row.line.text))

    def _label_lines(self) -> None:
        """Title lines: those the page's rules find, those the labeller is sure of, and those a PDF sets larger."""
        rows = self.rows
        kinds = [row.kind for row in rows]  # the rules' kinds, which the labeller's features were fitted on
        labeller = self.labeller or default_labeller()
        self._find_titles()
        source = {
            i: "the page's rules: a title's form, where a title stands" for i, r in enumerate(rows) if r.kind == "title"
        }
        if self.hints:
            for row in rows:
                hint = self.hints.get(row.line.start)
                if hint is not None and row.kind in ("body", "title"):
                    # The type says it: a line of a title group (set larger or bolder than the body) is a title,
                    # a line in the body's type inside a column of body text is not.
                    row.kind = "title" if hint.title else "body"
            source.update(
                {i: "the PDF sets it in a title group's type" for i, r in enumerate(rows) if r.kind == "title"}
            )
        # The labeller is asked about the body lines that may still be titles (never a line of a run of text: such
        # runs stand as they are, since no line inside one is asked), and about the titles found, for their scores.
        runs = self._text_runs()
        asked = [
            i
            for i, row in enumerate(rows)
            if row.kind == "body"
            and row.credit is None
            and len(_compact(row.line.text)) <= _TITLE_MAX
            and i not in runs
        ]
        need = {*asked, *(i for i, row in enumerate(rows) if row.kind == "title")}
        features = self._features_as_ruled(kinds, need)
        for i in asked:
            row, feats = rows[i], features[i]
            if row.kind != "body":
                continue
            if labeller.probabilities(feats)["title"] >= _SURE:
                row.kind = "title"
                top = ", ".join(name for name, _ in labeller.explain(feats, "title", most=3))
                source[i] = f"the labeller is sure ({top})"
        for i, row in enumerate(rows):
            # A one-line title between two body lines, short, is a subhead inside the article: a new article's
            # title has a byline, a photo, a blank line or another title line beside it.
            if (
                row.kind == "title"
                and 0 < i < len(rows) - 1
                and rows[i - 1].kind == "body"
                and rows[i + 1].kind == "body"
                and rows[i - 1].credit is None
                and len(_compact(row.line.text)) <= _SUBHEAD_MAX
            ):
                row.kind = "subhead"
        self._close_trailers()
        for i, row in enumerate(rows):
            # A column's tag on a line of its own ((国际论坛), 【深观察】) belongs to the title it stands by.
            if row.kind == "body" and _TAG.match(_compact(row.line.text)):
                near = [rows[k].kind for k in (i - 1, i + 1) if 0 <= k < len(rows)]
                if "title" in near:
                    row.kind = "title"
                    source[i] = "a column's tag beside a title"
        for i, row in enumerate(rows):
            if row.kind == "title":
                p = labeller.probabilities(features[i])["title"]
                score = p if source.get(i, "").startswith("the labeller") else max(p, _RULE)
                self.title_scores[i] = score
                self._decide("title", [i], source.get(i, "a title line"), score)

    def _find_photo_credits(self) -> None:
        rows = self.rows
        for i, row in enumerate(rows):
            if row.kind not in ("body", "caption") or not _CREDIT_END.search(row.line.text):
                continue
            start = rows[i - 1].line.start if i and rows[i - 1].kind in ("body", "caption") else row.line.start
            credit = match_photo_credit(self.source, start, row.line.end)
            if credit is None or credit.span is None:
                continue
            if i and credit.span.start <= rows[i - 1].line.start:
                rows[i - 1].kind = "photo_credit"  # the credit broke over two lines: 本报记者 翟\n鹏程 摄
            if credit.span.start <= row.line.start:
                row.kind = "photo_credit"
            row.credit = credit  # a credit inside the line closes a caption: the line keeps its kind
        self._find_authors()

    def _find_authors(self) -> None:
        """Author lines and signatures: a name or names alone on a line, before or after an article's body.

        A line that opens the article (a title or the page's start before it, its body after) is a byline; one that
        closes it (a body ending its sentence before it, a title or the page's end after) is a signature.
        """
        rows = self.rows
        for i, row in enumerate(rows):
            if row.kind != "body" or row.credit is not None or len(_compact(row.line.text)) > _AUTHOR_MAX:
                continue
            prev = rows[i - 1] if i else None
            column = self.widths[i] if i < len(self.widths) else None
            if column and column > 0 and self.measured[i].width >= column - _FULL_TITLE:
                continue  # a full line of a column is a wrap of the body, whatever names it holds
            runs_on = prev is not None and prev.kind == "body" and not self.measured[i - 1].final
            # A line of half the column or less after a line that could be a title's is no wrap of a sentence
            # (unless a word runs across the two: 再度动 / 武新空间): it may be the author's name under the title,
            # with no blank line between (pdftotext's text).
            under_title = (
                bool(column)
                and prev is not None
                and 2 * self.measured[i].width <= abs(column or 0)
                and _title_like(prev.line.text)
                and not splits_word(prev.line.text, row.line.text)
            )
            if runs_on and not row.line.blank_before and not under_title:
                continue  # the sentence before runs on into it
            start, end = row.line.start, row.line.end
            found = match_signature(self.source, start, end) or match_author_line(self.source, start, end)
            if found is None:
                continue
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            closes = prev is not None and prev.kind == "body" and self.measured[i - 1].final
            opens = nxt is not None and nxt.kind == "body" and not (closes and nxt.line.blank_before > 0)
            if closes and not opens:
                row.kind, row.byline = "signature", found
            elif opens:
                row.kind, row.byline = "byline", found

    def _find_titles(self) -> None:
        rows = self.rows
        n = len(rows)
        i = 0
        while i < n:
            if not self._may_open_title(i):
                i += 1
                continue
            j = i
            while j < n and j - i < _TITLE_LINES and rows[j].kind == "body" and _title_like(rows[j].line.text):
                if rows[j].credit is not None:
                    break
                j += 1
            # The longest run of title-like lines that closes as a title block (a title may stand right above a
            # body whose first lines look like titles too), preferring a close on firm evidence to one on blanks.
            closes = [(k, strong) for k in range(j, i, -1) if (strong := self._may_close_title(i, k)) is not None]
            end = next((k for k, strong in closes if strong), closes[0][0] if closes else None)
            if end is not None:
                for k in range(i, end):
                    rows[k].kind = "title"
                i = end
            else:
                i += 1

    def _may_open_title(self, i: int) -> bool:
        """Whether row ``i`` may be a title's first line: what comes before it has ended."""
        row = self.rows[i]
        if row.kind != "body":
            return False
        if i == 0:
            return True
        prev = self.rows[i - 1]
        if prev.kind in ("credit", "photo_credit", "title", "furniture") or prev.credit is not None:
            return True
        if prev.kind == "byline" and self._trailer(i - 1):
            return True  # a dispatch head alone after a body closes it (…据新华社北京4月24日电)
        if prev.kind == "byline" and self._standalone(i - 1):
            return False  # an author line heads a body, not a title
        if self.measured[i - 1].final:
            return True
        # A body line cut off by the extractor ("…工作落实。全区") before a blank line: where lines are whole
        # paragraphs, what follows the blank is a new piece, unless the cut fell inside a word.
        long_lines = self.widths[i - 1] is None and self.measured[i - 1].width > 2 * _TITLE_MAX
        return long_lines and row.line.blank_before > 0 and not splits_word(prev.line.text, row.line.text)

    def _may_close_title(self, i: int, j: int) -> bool | None:
        """Whether rows ``i``..``j-1`` are a title block, judged by what follows them.

        True on firm evidence (a byline, a photo, the page's end, a doubled title follows), False on blank lines
        alone, None if they are no title block.
        """
        rows = self.rows
        last = rows[j - 1]
        if _compact(last.line.text)[-1] in _OPEN_END:
            return None  # a title does not stop on 的, 了 or an open bracket: the line runs on
        if j == len(rows):
            return True
        nxt = rows[j]
        if nxt.kind in ("byline", "caption", "photo_credit", "credit", "furniture"):
            return True
        if nxt.kind == "body" and nxt.credit is not None and nxt.line.blank_before > 0:
            return True  # a photo whose caption and credit share one line
        text = _compact(last.line.text)
        if undouble(text) != text:
            return True  # the extractor printed a styled title twice
        # A body follows. Only a block set apart by blank lines on both sides is a title there: a paragraph's first
        # line is never alone between two column breaks, and a word cut by the break proves a wrap.
        # A comma inside says sentence rather than title there (会议要求，各乡镇…), unless the lines are wider than
        # the body's column, as titles spanning an article's columns are.
        block = "".join(_compact(rows[k].line.text) for k in range(i, j))
        opened = i == 0 or rows[i].line.blank_before > 0 or rows[i - 1].kind in ("credit", "furniture", "photo_credit")
        apart = opened and nxt.line.blank_before > 0
        column = self.widths[j] if j < len(self.widths) else None
        wide = bool(column) and all(self.measured[k].width > (column or 0) + _FULL_TITLE for k in range(i, j))
        if apart and (wide or not _COMMA.search(block)) and not splits_word(text, nxt.line.text):
            return False
        return None

    # -- 2. units --

    def units(self) -> list[_Unit]:
        rows = self.rows
        out: list[_Unit] = []
        body: list[int] = []

        def flush() -> None:
            if body:
                out.extend(self._paragraph_units(body))
                body.clear()

        i = 0
        while i < len(rows):
            row = rows[i]
            kind = row.kind
            if kind == "byline":
                flush()
                byline = row.byline
                if byline is not None and self._standalone(i):
                    out.append(_Unit("byline", [i], byline=byline))  # 本报记者 X on its own line
                else:
                    body.append(i)
            elif kind == "body":
                if row.credit is not None:
                    body.append(i)
                    flush()
                    out.append(_Unit("photo_credit", [i], byline=row.credit))
                else:
                    body.append(i)
            elif kind == "caption":
                flush()
                caption = [i]
                while (
                    i + 1 < len(rows)
                    and rows[i + 1].kind == "body"
                    and rows[i + 1].line.blank_before == 0
                    and not self.measured[i].final
                ):
                    i += 1
                    caption.append(i)
                out.append(_Unit("caption", caption))
                if rows[i].credit is not None:
                    out.append(_Unit("photo_credit", [i], byline=rows[i].credit))
            elif kind == "subhead":
                flush()
                out.append(self._paragraph_unit([i]))
            elif kind == "signature":
                flush()
                out.append(_Unit("signature", [i], byline=row.byline))
            elif kind in ("title", "photo_credit"):
                flush()
                block = self._run_of(i, kind)
                i = block[-1]
                if kind == "title":
                    nxt = rows[i + 1] if i + 1 < len(rows) else None
                    glued = nxt is not None and nxt.kind == "body" and nxt.line.blank_before == 0
                    out.append(_Unit("title", block, glued=glued))
                else:
                    out.append(_Unit("photo_credit", block, byline=rows[i].credit))
            else:
                flush()
                out.append(_Unit(kind, [i]))
            i += 1
        flush()
        return out

    def _run_of(self, i: int, kind: str) -> list[int]:
        """Row ``i`` and the rows of the same kind right after it."""
        end = i + 1
        while end < len(self.rows) and self.rows[end].kind == kind:
            end += 1
        return list(range(i, end))

    def _standalone(self, i: int) -> bool:
        """Whether the byline at row ``i`` stands alone, as a feature's or commentary's author line.

        本报记者 X on its own line does; 本报讯…, …电 open a news item's first paragraph instead.
        """
        byline = self.rows[i].byline
        if byline is None or byline.span is None or _DISPATCH.search(to_simplified(normalize(byline.text))):
            return False
        end = byline.span.end
        return not self.source[end : self.rows[i].line.end].strip() if end <= self.rows[i].line.end else False

    def _paragraph_units(self, indices: Sequence[int]) -> list[_Unit]:
        """Reflow a run of body rows; a byline line always opens a paragraph."""
        out: list[_Unit] = []
        measured = [self.measured[i] for i in indices]
        widths = [self.widths[i] for i in indices]
        ends = paragraph_ends(measured, widths)
        byline_end = -1
        for k in range(len(indices) - 1):
            row = self.rows[indices[k]]
            if row.byline is not None and row.byline.span is not None:
                byline_end = row.byline.span.end
            if self.rows[indices[k + 1]].kind == "byline":
                ends[k] = True
            elif byline_end >= row.line.end:
                ends[k] = False  # the byline runs on to the next line: 本报讯（记者郭树勋 通 / 讯员赵乐）
        start = 0
        for k, end in enumerate(ends):
            if end:
                group = list(indices[start : k + 1])
                out.append(self._paragraph_unit(group))
                start = k + 1
        return out

    def _paragraph_unit(self, group: list[int]) -> _Unit:
        first = self.rows[group[0]]
        byline = first.byline if first.kind == "byline" else None
        last = self.rows[group[-1]]
        end = last.line.end
        if last.credit is not None and last.credit.span is not None:
            end = last.credit.span.start  # a caption line that ends with its photo credit
        begin = first.line.start
        if byline is not None and byline.span is not None:
            begin = byline.span.end
        texts = []
        for row in (self.rows[i] for i in group):
            lo, hi = max(row.line.start, begin), min(row.line.end, end)
            if lo < hi:
                texts.append(self.source[lo:hi])
        text = join_lines(texts)
        while begin < end and self.source[begin].isspace():
            begin += 1
        span = Span(begin, max(begin, end))
        return _Unit("para", group, paragraph=Paragraph(text=text, span=span), byline=byline)

    # -- 3. articles --

    def build(self) -> Page:
        self.widths = column_widths(self.measured)
        self.classify()
        self._label_lines()
        # Column widths are measured again on body lines alone: titles and captions are set to other widths.
        self.widths = self._body_widths()
        units = self.units()
        drafts, title_units = self._drafts(units)
        drafts.extend(self.extra_drafts)
        drafts.sort(key=lambda d: d.first_row)
        self._attach_titles(units, drafts, title_units)
        self._home_photos(drafts)
        return self._page(drafts)

    def _body_widths(self) -> list[int | None]:
        """Column widths measured on body lines, one article's run at a time.

        Articles on a page are set to different widths, and a window across two of them would see no column at all.
        """
        widths: list[int | None] = [None] * len(self.rows)
        body = [i for i, r in enumerate(self.rows) if r.kind in ("body", "byline")]
        measured = [self.measured[i] for i in body]
        runs: list[list[int]] = []
        for k, i in enumerate(body):
            if not runs or i != body[k - 1] + 1 or self.rows[i].kind == "byline":
                runs.append([])
            runs[-1].append(k)
        # The width across all body lines stands in where a run shows none of its own: it is measured at those lines
        # alone, since on most pages nearly every line is in a run long enough to show its own (issue 13).
        page_wide: list[int] = []
        for run in runs:
            own = column_widths([measured[k] for k in run]) if len(run) >= _MIN_RUN else []
            for n, k in enumerate(run):
                if own and own[n] is not None:
                    widths[body[k]] = own[n]
                else:
                    page_wide.append(k)
        for k, width in column_widths_at(measured, page_wide).items():
            widths[body[k]] = width
        return widths

    def _drafts(self, units: list[_Unit]) -> tuple[list[_Draft], list[int]]:
        """Articles from paragraphs, bylines and photos; the indices of title units, attached later."""
        drafts: list[_Draft] = []
        titles: list[int] = []
        current: _Draft | None = None
        boundary = True  # the next paragraph starts a new article
        pending_captions: list[list[int]] = []
        interview_starts = self._interview_starts(units)
        ended = ("the page's first text", _PAGE_START)  # why the next paragraph would start an article
        waiting: list[_Draft] = []  # cut off mid-sentence by the next article's start: their text runs on later
        for index, unit in enumerate(units):
            if unit.kind == "para":
                assert unit.paragraph is not None  # noqa: S101 - set for every paragraph unit
                if current is None or boundary or unit.byline is not None or index in interview_starts:
                    if current is not None and _cut_off(current):
                        waiting.append(current)
                    current = _Draft(byline=unit.byline, first_row=unit.rows[0])
                    drafts.append(current)
                    boundary = False
                    if unit.byline is not None:
                        ended = (f"a byline opens it: {unit.byline.text}", _FIRM)
                    elif index in interview_starts:
                        ended = ("an interview's lead-in before its first question", _INTERVIEW)
                    self._decide("start", unit.rows, *ended)
                elif (earlier := self._resumed(waiting, current, unit)) is not None:
                    # Columns read one after another put an article's next column after the start of the one set
                    # beside it: a block after a column break, when the article there is done and an earlier one
                    # stopped mid-sentence, is the earlier one's.
                    evidence = f"an article stopped mid-sentence ({_tail(earlier)}) runs on after a column break"
                    self._decide("resume", unit.rows, evidence, _RESUME)
                    waiting.remove(earlier)
                    current = earlier
                if unit.paragraph.text:  # a byline may fill its lines: the body starts on the next
                    current.paragraphs.append(unit.paragraph)
                current.rows.extend(unit.rows)
            elif unit.kind == "byline":
                current = _Draft(byline=unit.byline, standalone_byline=True, first_row=unit.rows[0])
                current.rows.extend(unit.rows)
                drafts.append(current)
                boundary = False
                self._decide("start", unit.rows, f"an author line: {unit.byline.text if unit.byline else ''}", _FIRM)
            elif unit.kind == "title":
                titles.append(index)
                boundary = True
                ended = ("a title block ends the text before", self._title_score(unit.rows))
            elif unit.kind == "signature" and current is not None:
                current.rows.extend(unit.rows)  # the author signs at the end: the article is done
                if current.byline is None:
                    current.byline, current.standalone_byline = unit.byline, True
                boundary = True
                ended = ("an author's signature ends the article before", _FIRM)
            elif unit.kind == "caption":
                pending_captions.append(unit.rows)
            elif unit.kind == "photo_credit":
                current = self._close_photo(current, units, index, pending_captions)
                pending_captions = []
                boundary = True
                ended = ("a photo credit ends the item before", _FIRM)
        if pending_captions:
            self._close_photo(current, units, len(units), pending_captions)
        return [d for d in drafts if d.paragraphs or d.caption_rows or d.standalone_byline], titles

    def _resumed(self, waiting: list[_Draft], current: _Draft, unit: _Unit) -> _Draft | None:
        """The article of ``waiting`` that the paragraph ``unit``, which would go on ``current``, carries on, if any.

        The latest one that ran on first: columns are read in order.
        """
        first = self.rows[unit.rows[0]].line
        if not waiting or not current.paragraphs or current.photo or first.blank_before == 0:
            return None
        if not ends_sentence(current.paragraphs[-1].text):
            return None
        return next((w for w in reversed(waiting) if w is not current and self._runs_on(w, first)), None)

    def _runs_on(self, waiting: _Draft, first: Line) -> bool:
        """Whether ``waiting``, stopped mid-sentence, plainly runs on into the line ``first`` after a column break.

        A blank line is no column break on pages that set every paragraph apart, and an article may stop for good
        mid-sentence (it jumps to another page); so ``waiting`` must plainly have been cut by its column: it stops
        on a comma or a word that cannot end a sentence (``的``, ``和``), or a word runs across the two, or its last
        line fills the column.
        """
        tail = waiting.paragraphs[-1].text.rstrip()
        if tail[-1:] in _OPEN_END or splits_word(tail, first.text):
            return True
        last = max(waiting.rows)
        column = self.widths[last] if last < len(self.widths) else None
        if column is None or self.rows[last].kind != "body":
            return False
        # a full line that ends a paragraph of several lines, none of them wider than the column (a title across
        # columns read as text; a title line may be as wide as a narrow column, but not its kicker too)
        start = waiting.paragraphs[-1].span.start
        lines = [i for i in waiting.rows if self.rows[i].line.start >= start]
        return (
            len(lines) > 1
            and abs(self.measured[last].width - column) < _FULL_TITLE
            and all(self.measured[i].width < column + _FULL_TITLE for i in lines)
        )

    def _close_photo(
        self,
        current: _Draft | None,
        units: list[_Unit],
        index: int,
        captions: list[list[int]],
    ) -> _Draft | None:
        """A photo credit (at ``units[index]``) closes a photo: its captions and the paragraph just before them."""
        credit = units[index].byline if index < len(units) else None
        credit_rows = [i for i in units[index].rows if self.rows[i].kind == "photo_credit"] if credit else []
        # The paragraph printed just before the captions (or before the credit) is the photo's own text when it
        # stands apart: the first paragraph after a title, a photo or the page start, without a byline.
        lead: Paragraph | None = None
        lead_draft = current if current is not None and current.paragraphs else None
        back = index - 1 - len(captions)
        own_text = (
            lead_draft is not None
            and len(lead_draft.paragraphs) == 1
            and lead_draft.byline is None
            and not lead_draft.standalone_byline
            and back >= 0
            and units[back].kind == "para"
        )
        if (
            not own_text
            and not captions
            and credit_rows
            and lead_draft is not None
            and len(lead_draft.paragraphs) > 1
            and back >= 0
            and units[back].kind == "para"
            and self._set_apart(units[back])
        ):
            # A short paragraph set apart by a blank line just above a photo credit is the photo's caption, not the
            # last paragraph of the article before it.
            moved = units[back]
            lead_draft.paragraphs.pop()
            lead_draft.rows[:] = [i for i in lead_draft.rows if i not in moved.rows]
            assert moved.paragraph is not None  # noqa: S101 - set for every paragraph unit
            lead_draft = _Draft(first_row=moved.rows[0], paragraphs=[moved.paragraph], rows=list(moved.rows))
            self.extra_drafts.append(lead_draft)
            own_text = True
        if own_text and lead_draft is not None:
            lead = lead_draft.paragraphs[0]
            lead_draft.photo = True
            target = lead_draft
        elif captions and credit is None and current is not None:
            target = current
        elif not captions and not credit_rows:
            # A credit at the end of an article's own paragraph: the article's photographer.
            if current is not None and credit is not None:
                current.photo_credits.append(credit)
            return current
        else:
            # Captions without text of their own: homed once every article has its title (see _home_photos).
            self.orphans.append((captions, credit, credit_rows))
            return current
        self._add_photo(target, captions, credit, credit_rows)
        if target.photo and not captions and lead is not None:
            target.caption_rows.append([])  # the lead itself is the caption: filled in _article
        return None if target.photo else current

    def _set_apart(self, unit: _Unit) -> bool:
        """Whether a paragraph is short and stands apart from the one before it by a blank line."""
        paragraph = unit.paragraph
        return (
            paragraph is not None
            and len(paragraph.text) <= _CAPTION_MAX
            and self.rows[unit.rows[0]].line.blank_before > 0
        )

    @staticmethod
    def _add_photo(target: _Draft, captions: list[list[int]], credit: Byline | None, credit_rows: list[int]) -> None:
        target.caption_rows.extend(captions)
        for rows in captions:
            target.rows.extend(rows)
        target.rows.extend(credit_rows)
        if credit is not None:
            target.photo_credits.append(credit)

    def _home_photos(self, drafts: list[_Draft]) -> None:
        """Captions without a body join the article whose words they share, or stand as a photo of their own."""
        for captions, credit, credit_rows in self.orphans:
            target = self._photo_home(drafts, captions)
            if target is None:
                first = captions[0][0] if captions else credit_rows[0]
                target = _Draft(photo=True, first_row=first)
                drafts.append(target)
            self._add_photo(target, captions, credit, credit_rows)

    def _photo_home(self, drafts: list[_Draft], captions: list[list[int]]) -> _Draft | None:
        """The article whose words the captions share, or None for a photo of its own."""
        words = "".join(self._caption_text(rows) for rows in captions)
        first = captions[0][0] if captions else 0
        best, best_score = None, 0.0
        for draft in drafts:
            if draft.photo or abs(draft.first_row - first) > _PHOTO_REACH:
                continue
            titles = "".join(_compact(self.rows[i].line.text) for i in draft.title_rows)
            lead = draft.paragraphs[0].text[:200] if draft.paragraphs else ""
            score = _overlap(words, titles + lead)
            if score > best_score:
                best, best_score = draft, score
        return best if best_score >= _SAME_SUBJECT else None

    def _interview_starts(self, units: list[_Unit]) -> set[int]:
        """Paragraph units that open an interview: the lead-in before the first question, if it says so."""
        starts: set[int] = set()
        for index, unit in enumerate(units):
            if unit.kind != "para" or unit.paragraph is None or not _QUESTION.match(unit.paragraph.text):
                continue
            prev = index - 1
            if prev >= 0 and units[prev].kind == "para" and units[prev].paragraph is not None:
                lead = units[prev].paragraph
                if lead is not None and _INTERVIEW_LEAD.search(to_simplified(lead.text)):
                    starts.add(prev)
            break
        return starts

    # -- titles --

    def _attach_titles(self, units: list[_Unit], drafts: list[_Draft], title_units: list[int]) -> None:
        if not title_units:
            return
        order = sorted(drafts, key=lambda d: d.first_row)
        first_body = min((d.first_row for d in order), default=len(self.rows))
        self.titles_first = units[title_units[0]].rows[0] < first_body
        pinned = self.conventions.titles_first
        titles_first = self.titles_first if pinned is None else pinned
        for index in title_units:
            for block, glued in self._split_title(units[index]):
                self._attach(block, glued=glued, order=order, titles_first=titles_first)

    def _split_title(self, unit: _Unit) -> list[tuple[list[int], bool]]:
        """A run of title lines as one or two blocks.

        A ``——`` subtitle ends a block, and lines glued to the body that follows, set apart from the lines before by
        a blank, are that body's own title.
        """
        rows = unit.rows
        for k, i in enumerate(rows[:-1]):
            if _SUBTITLE_DASH.match(self.rows[i].line.text):
                return [(rows[: k + 1], False), (rows[k + 1 :], unit.glued)]
        if unit.glued:
            for k in range(len(rows) - 1, 0, -1):
                if self.rows[rows[k]].line.blank_before > 0:
                    return [(rows[:k], False), (rows[k:], True)]
        return [(rows, unit.glued)]

    def _attach(self, block: list[int], *, glued: bool, order: list[_Draft], titles_first: bool) -> None:
        start = block[0]
        firsts = [d.first_row for d in order]
        at = bisect.bisect_left(firsts, start)
        prev = order[at - 1] if at > 0 else None
        after = bisect.bisect_right(firsts, block[-1])
        nxt = order[after] if after < len(order) else None
        side = "precede" if titles_first else "follow"
        pinned = " (as the paper's conventions say)" if self.conventions.titles_first is not None else ""
        why = [f"titles {side} their bodies on this page{pinned}: the article {'after' if titles_first else 'before'}"]
        if glued and nxt is not None:
            choice = [nxt, prev]
            why = ["printed right above the body it heads, with no blank line"]
        else:
            choice = [nxt, prev] if titles_first else [prev, nxt]
            words = "".join(_compact(self.rows[i].line.text) for i in block)
            first, other = choice
            if first is not None and other is not None and not other.title_rows:
                near, far = _lead_overlap(words, first), _lead_overlap(words, other)
                if far >= _SAME_SUBJECT and far > 2 * near + 0.1:
                    choice = [other, first]  # its words are plainly the other article's
                    why = [f"its words are that article's lead ({far:.0%} of its character pairs)"]
        for k, draft in enumerate(choice):
            if draft is not None and not draft.title_rows:
                draft.title_rows = block
                draft.rows.extend(block)
                reason = why[0] if k == 0 else "the article on the other side already had a title"
                self._decide("attach", block, reason, _ATTACH if k == 0 else _FALLBACK)
                return

    # -- 4. records --

    def _page(self, drafts: list[_Draft]) -> Page:
        self.byline_forms = [
            "author_line" if d.standalone_byline else "dispatch" for d in drafts if d.byline is not None and not d.photo
        ]
        for number, draft in enumerate(drafts):
            for i in draft.rows:
                self.rows[i].owner = number
        articles = [self._confident(self._article(draft)) for draft in sorted(drafts, key=self._body_start)]
        page_credits: list[Credit] = []
        leftovers: list[Leftover] = []
        for row in self.rows:
            if row.owner >= 0:
                continue
            items = match_credit_items(self.source[row.line.start : row.line.end]) if row.kind == "credit" else None
            if items:
                page_credits.extend(self._credits(row, items))
            else:
                span = Span(row.line.start, row.line.end)
                leftovers.append(Leftover(text=span.of(self.source), span=span))
        return Page(
            articles=tuple(articles),
            credits=tuple(page_credits),
            leftovers=tuple(leftovers),
            source=self.source,
            decisions=tuple(self.decisions),
        )

    def _credits(self, row: _Row, items: list[tuple[str, str, int, int]]) -> list[Credit]:
        """The credits of a credits line, their spans covering the whole line between them.

        The first runs from the line's start, each to the next one's start, the last to the line's end, white space
        trimmed: the glue between items (``|``, ``，``) is the credits' too, so nothing of the line is lost.
        """
        base, out = row.line.start, []
        for k, (role, name, _, _) in enumerate(items):
            start = base if k == 0 else base + items[k][2]
            end = base + items[k + 1][2] if k + 1 < len(items) else row.line.end
            while end > start and self.source[end - 1].isspace():
                end -= 1
            out.append(Credit(role=role, name=name, span=Span(start, end)))
        return out

    def _confident(self, article: Article) -> Article:
        """The article with its confidence: the lowest score of the decisions that made it."""
        scores = [d.score for d in self.decisions if any(s.start <= d.span.start < s.end for s in article.spans)]
        return attrs.evolve(article, confidence=round(min(scores), 4)) if scores else article

    def _body_start(self, draft: _Draft) -> int:
        if draft.paragraphs:
            return draft.paragraphs[0].span.start
        rows = [i for c in draft.caption_rows for i in c] or draft.rows
        return self.rows[min(rows)].line.start if rows else 0

    def _article(self, draft: _Draft) -> Article:
        headline = self._headline(draft)
        captions = self._captions(draft)
        paragraphs = list(draft.paragraphs)
        if draft.photo and not any(c for c in draft.caption_rows if c) and paragraphs:
            # A photo whose only text is its caption: the text is the caption.
            lead = paragraphs.pop(0)
            captions.insert(0, Caption(text=lead.text, span=lead.span))
        byline = self._byline(draft)
        dateline = self._dateline(draft, byline)
        kind = self._kind(draft, headline, dateline)
        spans = _merge_spans(self.rows, draft.rows)
        return Article(
            kind=kind,
            headline=headline,
            byline=byline,
            dateline=dateline,
            paragraphs=tuple(paragraphs),
            captions=tuple(captions),
            spans=spans,
        )

    def _headline(self, draft: _Draft) -> Headline | None:
        if not draft.title_rows:
            return None
        spans = [Span(self.rows[i].line.start, self.rows[i].line.end) for i in draft.title_rows]
        return headline_from_lines(self.source, spans)

    def _caption_text(self, rows: Sequence[int]) -> str:
        """A caption's text as printed, lines joined, without the photo credit that may end its last line."""
        last = self.rows[rows[-1]]
        end = last.credit.span.start if last.credit is not None and last.credit.span is not None else last.line.end
        return join_lines([self.source[r.line.start : min(r.line.end, end)] for r in (self.rows[i] for i in rows)])

    def _captions(self, draft: _Draft) -> list[Caption]:
        out = []
        for rows in draft.caption_rows:
            if not rows:
                continue
            first, last = self.rows[rows[0]], self.rows[rows[-1]]
            end = last.credit.span.start if last.credit is not None and last.credit.span is not None else last.line.end
            text = self._caption_text(rows)
            mark = _CAPTION_MARK.match(text)
            marker = mark.group().strip() if mark else None
            text = text[mark.end() :] if mark else text
            out.append(Caption(text=text, span=Span(first.line.start, max(first.line.start, end)), marker=marker))
        return out

    def _byline(self, draft: _Draft) -> Byline | None:
        photographers = tuple(name for credit in draft.photo_credits for name in credit.photographers)
        if draft.byline is not None:
            names = tuple(dict.fromkeys(draft.byline.photographers + photographers))
            return attrs.evolve(draft.byline, photographers=names)
        if draft.photo_credits:
            first = draft.photo_credits[0]
            return attrs.evolve(first, photographers=tuple(dict.fromkeys(photographers)))
        return None

    def _dateline(self, draft: _Draft, byline: Byline | None) -> Dateline | None:
        if draft.paragraphs:
            span = draft.paragraphs[0].span
        elif draft.caption_rows and draft.caption_rows[0]:
            rows = draft.caption_rows[0]
            span = Span(self.rows[rows[0]].line.start, self.rows[rows[-1]].line.end)
        else:
            return None
        found = parse_dateline(span.of(self.source), issue_date=self.issue_date, byline=byline)
        if found is None or found.span is None:
            return found
        shifted = Span(found.span.start + span.start, found.span.end + span.start)
        return attrs.evolve(found, span=shifted)

    def _kind(self, draft: _Draft, headline: Headline | None, dateline: Dateline | None) -> str:
        if draft.photo:
            return "photo"
        texts = [p.text for p in draft.paragraphs]
        if sum(1 for t in texts if _QUESTION.match(t)) >= 1 and sum(1 for t in texts if _ANSWER.match(t)) >= 1:
            return "interview"
        title = " ".join(filter(None, [headline.main, headline.subtitle, headline.kicker])) if headline else ""
        if draft.byline is not None and not draft.standalone_byline:
            return "news"
        if _COMMENTARY.search(to_simplified(title)):
            return "commentary"
        if draft.standalone_byline:
            return "feature" if dateline is not None else "commentary"
        return "news"


def _cut_off(draft: _Draft) -> bool:
    """Whether an article's text so far stops in mid-sentence (a photo item's captions need not end one)."""
    return bool(draft.paragraphs) and not draft.photo and not ends_sentence(draft.paragraphs[-1].text)


def _tail(draft: _Draft) -> str:
    """The last few characters of an article's text so far, for an explanation."""
    return "…" + _compact(draft.paragraphs[-1].text)[-8:]


def _overlap(words: str, text: str) -> float:
    """The share of the Chinese character pairs of ``words`` that occur in ``text``."""
    # _CJK.match on one character, as a comparison of code points: this runs on every character of a caption's and a
    # lead's words (issue 13).
    han = ["\u3400" <= ch <= "\u9fff" for ch in words]
    pairs = {words[k : k + 2] for k in range(len(words) - 1) if han[k] and han[k + 1]}
    if not pairs:
        return 0.0
    return sum(1 for p in pairs if p in text) / len(pairs)


def _lead_overlap(words: str, draft: _Draft) -> float:
    lead = "".join(p.text for p in draft.paragraphs[:2])[:300]
    return _overlap(to_simplified(words), to_simplified(lead))


def _merge_spans(rows: Sequence[_Row], indices: Sequence[int]) -> tuple[Span, ...]:
    """The input ranges of the given rows; rows next to each other (only white space between) make one range."""
    # The ranges as plain pairs first, each made a Span once: an article's rows are mostly next to each other, and a
    # Span remade for every row cost more than the rest (issue 13).
    ranges: list[list[int]] = []
    last = -2
    for i in sorted(set(indices)):
        if i == last + 1 and ranges:
            ranges[-1][1] = rows[i].line.end
        else:
            ranges.append([rows[i].line.start, rows[i].line.end])
        last = i
    return tuple(Span(start, end) for start, end in ranges)


#: The labels the labeller is fitted to tell apart among body lines. A line the annotation does not cover is left
#: out of fitting: on extracted pages it is as often a body line the alignment missed as real furniture.
_LEARNED = frozenset({"title", "body"})


def training_rows(text: str, labels: Sequence[str]) -> tuple[list[dict[str, float]], list[str]]:
    """The labeller's training examples from one page: the features of every body line and its true label.

    ``labels`` holds one label per non-blank line of ``text`` (``newsseg._train.line_labels``).
    """
    source = coerce_text(text)
    normal = to_simplified(normalize(source))
    by_start = {line.start: label for line, label in zip(iter_lines(normal), labels, strict=True)}
    feats: list[dict[str, float]] = []
    targets: list[str] = []
    for lo, hi in _pages(source):
        seg = _Segmenter(source, normal, None, lo, hi)
        seg.widths = column_widths(seg.measured)
        seg.classify()
        for row, row_feats in zip(seg.rows, line_features(seg.facts()), strict=True):
            if row.kind == "body" and row.credit is None:
                label = by_start.get(row.line.start, "body")
                if label == "furniture":
                    continue
                feats.append(row_feats)
                targets.append(label if label in _LEARNED else "body")
    return feats, targets


def _continues(before: Article, after: Article) -> bool:
    """Whether ``after``, the first article of a printed page, carries on ``before``, the last of the page before.

    Nothing starts a new article there: no title before its body, no byline, no photo; a form feed alone is no
    article's end. A title printed after the continuation (pages that print titles after bodies) is the title of
    the article it ends, when that one has none yet.
    """
    title_after = (
        after.headline is not None
        and before.headline is None
        and bool(after.headline.spans)
        and bool(after.paragraphs)
        and after.headline.spans[0].start > after.paragraphs[0].span.start
    )
    return (
        (after.headline is None or title_after)
        and after.byline is None
        and after.kind != "photo"
        and before.kind != "photo"
        and bool(after.paragraphs)
        and bool(before.paragraphs)
    )


def _run_on(before: Article, after: Article, source: str) -> Article:
    """One article from an article and its continuation on the next printed page.

    A paragraph the page break cut in two is joined again where only white space (the form feed) lies between its
    halves; where a running head or a page number lies between, the halves stay two paragraphs, since a paragraph
    keeps one span of the input and that text is not the article's.
    """
    paragraphs = list(before.paragraphs)
    rest = list(after.paragraphs)
    last, first = paragraphs[-1], rest[0]
    spans = sorted((*before.spans, *after.spans))
    if not ends_sentence(last.text) and not source[last.span.end : first.span.start].strip():
        rest.pop(0)
        paragraphs[-1] = Paragraph(text=join_lines([last.text, first.text]), span=Span(last.span.start, first.span.end))
        spans = _merged(spans, source)
    return attrs.evolve(
        before,
        headline=before.headline or after.headline,
        paragraphs=tuple(paragraphs + rest),
        captions=before.captions + after.captions,
        spans=tuple(spans),
    )


def _merged(spans: Sequence[Span], source: str) -> list[Span]:
    """Sorted spans with those that only white space separates made one."""
    out: list[Span] = []
    for span in spans:
        if out and not source[out[-1].end : span.start].strip():
            out[-1] = Span(out[-1].start, max(out[-1].end, span.end))
        else:
            out.append(span)
    return out


def _pages(source: str) -> list[tuple[int, int]]:
    """The form-feed pages of ``source`` as ``(start, end)``."""
    bounds = [0, *(m.end() for m in _FORM_FEED.finditer(source)), len(source) + 1]
    return [(lo, hi - 1) for lo, hi in itertools.pairwise(bounds) if hi - 1 > lo]


def segment(
    text: str | bytes,
    *,
    issue_date: dt.date | dt.datetime | str | None = None,
    conventions: Conventions | None = None,
) -> Page:
    r"""Split a page into articles.

    ``issue_date`` (a ``datetime.date``, a ``datetime.datetime`` or an ISO string such as ``"2020-08-10"``)
    resolves datelines such as 昨天 or a day alone to dates; anything else is refused here, at the call.
    ``bytes`` are decoded (UTF-8 or UTF-16 with a byte-order mark, UTF-8, GB18030, Big5: the one that reads as
    Chinese; bytes that read as Chinese in none are a ``ValueError``). A path is not text: a ``pathlib.Path`` is a
    ``TypeError`` and a one-line string naming an existing file a ``ValueError``; read the file first.
    ``conventions`` pins what a paper keeps from page to page (:class:`~newsseg.Conventions`, for example learned
    from a batch of its pages); by default each page is read on its own evidence, and running heads repeated across
    the form-feed pages of ``text`` are found in it.

    >>> page = segment("本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n\n示范区召开政府廉政工作会议\n")
    >>> article = page.articles[0]
    >>> article.headline.main, article.byline.reporters
    ('示范区召开政府廉政工作会议', ('郭树勋',))
    """
    # Checked here, at the call, so that a wrong argument is named before any work is done.
    date = coerce_issue_date(issue_date)
    source = coerce_text(text)
    refuse_path(source)
    return segment_with(source, issue_date=date, conventions=conventions)


def segment_with(
    text: str | bytes,
    *,
    issue_date: dt.date | None = None,
    model: Labeller | None = None,
    conventions: Conventions | None = None,
    hints: Mapping[int, LineHint] | None = None,
) -> Page:
    """``segment`` with another line labeller, or with what a PDF reader saw of the lines.

    ``model`` is a labeller fitted on other papers (as the evaluation does); ``hints`` map a line's start offset in
    ``text`` to what the reader saw of it.
    """
    return _segmenters(coerce_text(text), issue_date, model, conventions, hints)[0]


def page_conventions(source: str) -> Conventions:
    """The conventions one text shows (``Conventions.detect``): what its pages read off themselves."""
    _, segmenters = _segmenters(source, None, None, None, None)
    directions = [s.titles_first for s in segmenters if s.titles_first is not None]
    forms = Counter(form for s in segmenters for form in s.byline_forms)
    widths = [w for s in segmenters for w in s.widths if w and w > 0]
    return Conventions(
        titles_first=Counter(directions).most_common(1)[0][0] if directions else None,
        running_heads=running_heads([source[lo:hi] for lo, hi in _pages(source)]),
        column_width=int(statistics.median(widths)) if widths else None,
        byline_form=forms.most_common(1)[0][0] if forms else None,
    )


def _segmenters(
    source: str,
    issue_date: dt.date | None,
    model: Labeller | None,
    conventions: Conventions | None,
    hints: Mapping[int, LineHint] | None,
) -> tuple[Page, list[_Segmenter]]:
    # Columns printed side by side (pdftotext -layout) are read one after another, spans mapped back to the input.
    # A PDF reader's lines (hints) come in reading order already.
    columns = split_columns(source) if hints is None else None
    if columns is not None:
        page, segmenters = _segmenters_in_order(columns.text, issue_date, model, conventions, None)
        return columns.restore(page), segmenters
    return _segmenters_in_order(source, issue_date, model, conventions, hints)


def _segmenters_in_order(
    source: str,
    issue_date: dt.date | None,
    model: Labeller | None,
    conventions: Conventions | None,
    hints: Mapping[int, LineHint] | None,
) -> tuple[Page, list[_Segmenter]]:
    bounds = _pages(source)
    if conventions is None and len(bounds) >= _HEADS_PAGES:
        # Running heads show only across pages: read them off this text's own form-feed pages.
        conventions = Conventions(running_heads=running_heads([source[lo:hi] for lo, hi in bounds]))
    normal = to_simplified(normalize(source))
    # A form feed ends a printed page: each page is read on its own evidence.
    segmenters = [
        _Segmenter(source, normal, issue_date, lo, hi, labeller=model, conventions=conventions, hints=hints)
        for lo, hi in bounds
    ]
    pages = [seg.build() for seg in segmenters]
    return _joined(source, pages), segmenters


def _joined(source: str, pages: list[Page]) -> Page:
    """One page of the pages of a text, articles that run on across a form feed made one."""
    if not pages:
        return Page(source=source)
    if len(pages) == 1:
        return pages[0]
    articles: list[Article] = []
    for page in pages:
        page_articles = list(page.articles)
        if articles and page_articles and _continues(articles[-1], page_articles[0]):
            articles[-1] = _run_on(articles[-1], page_articles.pop(0), source)
        articles.extend(page_articles)
    return Page(
        articles=tuple(articles),
        credits=tuple(c for p in pages for c in p.credits),
        leftovers=tuple(x for p in pages for x in p.leftovers),
        source=source,
        decisions=tuple(d for p in pages for d in p.decisions),
    )

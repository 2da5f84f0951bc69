"""Segment a page into articles.

Columns printed side by side on each line (``pdftotext -layout``) are first read one after another
(``_columns``), every span mapped back to the input. The page is then read as a sequence of lines, and each line is
first given what it is from its own form:

- **page credits** (``编辑:何平 版式:林琳``): lines made only of ``role: name`` items;
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
import math
import re
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, overload

import attrs

from newsseg._columns import split_columns
from newsseg._features import OPEN_END as _OPEN_END
from newsseg._features import SENTENCE_INSIDE as _SENTENCE_INSIDE
from newsseg._features import TAG as _TAG
from newsseg._features import TAG_FIRST as _TAG_FIRST
from newsseg._features import LineFacts, line_features
from newsseg._labeller import Labeller, default_labeller
from newsseg._lexicon import finishes_word, lexicon, opens_with_person_name, splits_word, word_count
from newsseg._patterns import BULLETS, SURNAMES, _lazy
from newsseg._text import Line, coerce_issue_date, coerce_text, iter_lines, normalize, refuse_path, to_simplified
from newsseg.byline import (
    LINE_MAX,
    match_author_line,
    match_byline,
    match_credit_items,
    match_furniture,
    match_photo_credit,
    match_signature,
    name_and_more,
    parse_byline,
)
from newsseg.conventions import Conventions, head_key, running_heads
from newsseg.dateline import parse_dateline
from newsseg.headline import continues, headline_from_lines, leaves_open, quoted_word, roles, undouble
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
from newsseg.reflow import (
    CLOSERS,
    column_widths,
    column_widths_at,
    display_width,
    ends_sentence,
    join_lines,
    paragraph_ends,
    rows_of,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Collection, Mapping

__all__ = ["segment", "segment_with"]

# --- line forms -----------------------------------------------------------------------------------------------

#: What may stand before an author's line and is no text of its own: a bullet (■ 本报记者 张三), white space.
_BULLETS = BULLETS + " \t\u3000"
#: A caption's position marker (the marker is dropped from the caption text).
_CAPTION_MARK = re.compile(r"^\s*(?:[上下左右中]图|[⬅➡←→↑↓◀▶▲▼](?:\s*图)?)\s*[:：]?\s*")
#: Cheap test for a line that may open with a byline, before the byline parser is asked.
_BYLINE_HINT = re.compile(
    rf"^\s*(?:[{BULLETS}]\s*)?[（(【〔\[]?\s*(?:本\s*报|新\s*华\s*社|中\s*新\s*社|中\s*央\s*社|据|人\s*民\s*网|央\s*视|记\s*者|通\s*讯\s*员|"
    r"实\s*习|特\s*约|见\s*习|首\s*席|[全融]\s*媒\s*体|评\s*论\s*员|[\u3400-\u9fff]{1,8}讯|[\u3400-\u9fff]{1,8}(?:[社台网]|报(?![道导告]))|"
    r"[\u3400-\u9fff]{2,8}／)"
)
#: How a photo credit ends: 摄, 供图, 资料图片, 新华社发, or a whole credit in brackets (（記者王小明攝）), perhaps with
#: the agency in brackets (X摄（视觉中国）) or the day the photo was taken (中央社記者X攝 114年7月1日, the 民国 year
#: of Taiwan's agencies).
_CREDIT_END = re.compile(
    r"(?:摄|攝|供图|供圖|资料图片|資料圖片|社发|社發)\s*[）)]?\s*(?:[（(][^（()）]{0,12}[）)])?\s*(?:\d{2,4}年\d{1,2}月\d{1,2}日)?\s*$"
)
#: The day a photo was taken on a line of its own, under its credit (中央社記者X攝 / 114年7月1日).
_CREDIT_DAY = re.compile(r"^\d{2,4}年\d{1,2}月\d{1,2}日$")
#: A closing dispatch head in brackets with its reporters' names is this long at most (six names fit).
_CLOSING_MAX = 80
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
#: An agency's sign-off on a line of its own: an editor or source in brackets, perhaps with a date code, or the
#: end of one wrapped from the line before (（編 / 輯：林淑媛）1131229).
_SIGN_OFF = re.compile(
    r"^[（(][^（()）]{1,20}[）)]\d{5,10}$|^[（(][^（()）]*[:：/／][^（()）]*[）)]$|^\d{5,10}$|^[^（()）]{1,20}[）)]\d{5,10}$"
)
_FORM_FEED = re.compile("\f")
_COMMA = re.compile("[，,]")
#: The dashes that lead a subtitle.
_SUBTITLE_DASH = re.compile(r"^\s*[—―─]{1,3}")
#: A line's first words that end a sentence at once: a sentence's tail, not a paragraph's opening (游客。”…), or a
#: figure that does (5.9%。, 12.5亿元。).
_SENTENCE_TAIL = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}|\d[\d.．]{0,7}[%％]?[\u4e00-\u9fff]{0,2})[。！？][”’」』]?")
#: A line opening on one character and a clause's mark (下，双方… / 为，上世纪…): the end of a word a column stopped in,
#: not a sentence's opening; but an item's number (一、構建中緬命運共同體…) opens one.
_CLAUSE_TAIL = re.compile(r"^(?![一二三四五六七八九十][、.．])[\u4e00-\u9fff][，、；]")
#: A run of lines that are a paragraph's by their widths and commas: one such line may be a title's.
_TWO_LINES = 2
#: A clause's end inside a sentence: what follows opens a clause.
_CLAUSE_END = frozenset("，,、；;：:")
#: Particles bound to the word before them: a clause never opens with one standing alone (的确 and 了解 are words).
_BOUND_PARTICLES = frozenset("的地得了着著过過们們")
#: How many characters of a line's head the word cut reads to tell a particle alone from a word it begins.
_MAX_WORD_HEAD = 4
#: How far from a line break a word across it may reach: the dictionary's longest words are shorter.
_WORD_REACH = 16
#: A Chinese person's name: two to four Han characters.
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: A dispatch opens on its day: a dateline this near the text's start (当地时间10月13日，…: after 当地时间).
_DATED_REACH = 4

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
    #: It carries on the paragraph printed before it: flush left in a block whose paragraphs start indented, after
    #: a line that fills the column (or, at a column's top, itself filling the column over another flush line).
    carries: bool = False
    #: It runs on into the next line of its block: it fills the column and the next line is flush left.
    runs_on: bool = False
    #: It is a photo's caption (or credit), and the photo is set in the text printed just before it: that text's.
    inset: bool = False
    #: It is a photo's caption, and text is set right under it across the photo's width: where that text starts
    #: (a line's start, as the keys of the hints); the photo heads that text, wherever it is read.
    heads: int | None = None


#: A PDF line set this much smaller than the page's body type is a caption (typeset pages set captions at 0.89 to
#: 0.91 of the body size; 10.3 pt beside 10 pt is one size, the reader's own tolerance).
_CAPTION_RATIO = 0.95
#: A PDF line set this much larger than the body is a headline, never an in-article subhead (the smallest headline
#: on the typeset pages is 1.4 body sizes; subtitles start at 1.1 and stay under it, at most 1.28).
_HEADLINE_RATIO = 1.3


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
#: Why a photo credit parts the text after it from the article before: known again by identity (``_drafts``).
_PHOTO_END = ("a photo credit ends the item before", _FIRM)
#: An agency's desk sign-off after the last sentence closes the article: the roles who handled it, each before a
#: colon, in brackets, and perhaps the date code (…查辦。（編輯：翟思嘉）1140703, （譯者：曹宇帆/核稿：何宏儒）), or
#: the word for the end (（完）).
_DESK_SIGN_OFF = _lazy(r"[。！？!?”」』][（(](?:[^（()）：:]{1,4}[：:][^（()）]{1,16}|完)[）)]\s*\d{0,10}$")
#: The end of such a sign-off: its bracket and the date code of the Republic of China's calendar (慧盈）1131230).
_DATE_CODE = re.compile(r"[）)]\d{7}$")
#: Why the text after such a sign-off starts anew: known again by identity (``_drafts``).
_SIGN_OFF_END = ("an agency's sign-off closes the article before", _FIRM)
#: What may still follow the sign-off as the article's own is a notice (珍惜生命…專線「1980」。); a paragraph that
#: ends on its source in brackets is a photo's caption, set after the text it stands beside (…僅2人生還。（韓聯社）,
#: …空難。（路透社）（中央社製圖）, or where the picture came from: …減緩速度。（圖取自facebook.com/TSA.tw）).
_SOURCE_NOTE = _lazy(r"[。！？!?”」』](?:[（(](?:[^（()）。，]{1,12}|[图圖][^（()）]{1,40})[）)])+$")
#: A source note on a line of its own under a caption (（中央社製圖）, （路透社）).
_NOTE_ALONE = _lazy(r"^\s*[（(][^（()）。，：:]{1,12}[）)]\s*$")
#: A caption runs to a few lines; a block of longer "captions" is text.
_CAPTION_LINES = 6
#: A transliterated name, its parts joined by the interpunct of names from abroad: 罗伯特·劳伦斯·库恩.
_ABROAD_NAME = r"[\u4e00-\u9fff]{1,6}(?:[·・•‧][\u4e00-\u9fff]{1,8}){1,3}"
#: A dispatch head, or an author line to the line's end, after a space inside a line (``_split_glued_heads``).
_GLUED_HEAD = _lazy(
    r"\s+(?=(?:据)?(?:新华社|新華社|中新社|本报|本報|[\u4e00-\u9fff]{1,6}社)[\u4e00-\u9fff/／、]{1,12}?"
    r"\d{1,2}月\d{1,2}日[电電]|(?:本报|本報|新华社|新華社)[记記]者[\u4e00-\u9fff\s]{2,16}$"
    # or a name written with the interpunct of a name from abroad (世界合作的舞台 罗伯特·劳伦斯·库恩)
    rf"|{_ABROAD_NAME}$)"
)
#: A name of two or three Han characters at a line's end after one space: beside a title on one baseline
#: (领导干部读书贵在得法 王学斌, pdftotext -raw).
_GLUED_NAME = _lazy(r"(?<=\S) (?=[\u4e00-\u9fff]{2,3}$)")
#: ... the title before it at least this many characters long (a line of four: 推进改革).
_GLUED_TITLE_MIN = 4
#: The labels a paper sets over a feature's summary box at the head of its text (人民日报's 核心阅读): the article's
#: first paragraph (the annotation's too), never a title.
#: (Not 导读: on a front page it heads a box of the issue's other pages.)
_LEAD_LABELS = frozenset({"核心阅读", "核心閱讀", "核心提示", "阅读提示", "閱讀提示"})
_LEAD_FIRST = frozenset(label[0] for label in _LEAD_LABELS)
#: A photo item with at most this many captions under a title may be the photo of the article under it.
_CAPTIONS_UNDER_TITLE = 2
#: The labels a paper prints as a photo item's title (rows hold the Simplified copy).
_PHOTO_LABELS = frozenset({"图片报道", "图片新闻", "新闻图片"})
#: The brackets a note opens with (（摘编自…）, 【事件】).
_NOTE_OPEN = frozenset("（(【〔[")
#: A jump that says the text under it continues from another page: （上接4版）, 接上页, 续第一版.
_JUMPED_FROM = re.compile(r"^\s*[（(]?\s*(?:上接|接上|续)")
#: From this many form-feed pages on, a text's own pages show its running heads.
_HEADS_PAGES = 3
#: Kinds of line that are no body: after one of them, nothing continues an article's text.
_NO_BODY = frozenset({"furniture", "credit"})
#: An agency's sign-off after an article's last sentence: 新华社北京4月29日电, 本报利雅得电, 据新华社柏林4月26日电.
#: Compiled on first use: each Han class costs ``re`` some 0.7 ms to compile, which every process would pay at import.
_SIGNED_OFF = _lazy(
    r"(?:^|[。！？”）])(?:据)?(?:新华社|中新社|本报|[\u4e00-\u9fff]{1,6}社)[\u4e00-\u9fff/／、]{1,12}?"
    r"(?:\d{1,2}月\d{1,2}日)?电$"
)
#: An in-article subhead is a short line: a phrase of up to twelve characters (资源活起来——, 举证不易维权难); at 16
#: the seeds lose a title to it (measured).
_SUBHEAD_MAX = 12
#: A paragraph's first line is the column's width less the dropped indent (two characters: 4 in display width),
#: give or take a character squeezed by the typesetter.
_FIRST_LINE_SHORT = 6
#: On a page with this many byline lines or more, articles open with bylines, and a one-line title of up to
#: ``_SUBHEAD_LONG`` characters between body lines, with no byline after it, is a subhead (``_find_long_subheads``).
_BYLINE_PAGE = 2
_SUBHEAD_LONG = 24
#: Such a subhead names its theme and says something of it (场景之多：逐步像水电煤一样普惠), or ends in a dash; or it
#: sets two phrases apart by a space, as Hong Kong's papers print it (熏黑無燈 需日間全力搜索), on the line as printed.
_SUBHEAD_FORM = re.compile(r"^[^：:]{2,12}[：:]\S|——$")
_SUBHEAD_PHRASES = re.compile(r"^\S{2,12}[ \u3000]+(?!\d)\S{2,14}$")  # (not 中央社記者王朝鈺傳真 114年7月3日)
#: A title line holds at most this many characters: longer lines are body text. A title printed on one line across
#: a broadsheet's columns may run to 50 (one that names two heads of state and what they agreed); 64 leaves room.
_TITLE_MAX = 64
#: A title's last line of a number and one character holds at most this many (…预计超 / 1300家): ``_title_tail``.
_TAIL_MAX = 6
#: ... and the marks that may close what the title quotes after it (“中美两国工商界 / 加强合作意愿浓 / 厚”).
_CLOSING_MARKS = "".join(sorted(CLOSERS))
#: A run of title lines drawn inside the text's words (``_inserted``) is looked for over at most this many lines.
_STACK_LINES = 12
#: A title's line wrapped past its last character or two leaves them alone on the next (…精准赋 / 能).
_WRAP_TAIL = 2
#: A title line ending on these closes its phrase: the line after it opens another.
_CLOSERS_OR_END = frozenset("。！？!?）)》”’」』")
#: A kicker set in the body's measure runs to three lines at most (a paragraph's start may run longer).
_KICKER_LINES = 3
#: A sentence's end: no kicker holds one.
_SENTENCE_END = re.compile(r"[。！？!?；;]")
#: A line set in from its column's edge by at least this many cells is displayed, as a title is: a paragraph's
#: indent is two characters (four cells), and pdftotext -layout keeps a title's place in its column.
_DISPLAY_INDENT = 8
#: The labeller is asked about body lines up to this long; a longer title line is the rules' to find.
_ASKED_MAX = 48
#: A title block holds at most this many lines (kicker, a main title wrapped twice, a subtitle wrapped twice).
_TITLE_LINES = 6
#: A run of this many lines or more that fills the column is a paragraph's, never a title's: a title wraps once or
#: twice at its larger type (its kicker and subtitle on lines of their own). At the page's end such a run with a
#: comma inside is text, and a box's text under its label runs to at least this many lines.
_PARAGRAPH_LINES = 3
#: A person's name on a line of its own: two to four characters (a surname and a given name of one to three).
_NAME_MIN, _NAME_MAX = 2, 4
#: How far past a page's end to look for the next page's first line (past the form feed and blank lines).
_NEXT_PEEK = 400
#: The tail of a column's tag wrapped onto a narrow title's last line (业链（延伸阅 / 读）): a few characters and its
#: closing bracket, too few to read as a title line by themselves.
_TAG_TAIL = 4
#: A clause after a comma on a title's line is a whole part of a title from this many characters (以服务 is not;
#: parse_headline's own constant says the same of a title's lines).
_CLAUSE_MIN = 4
#: A reporter's role word (…记者) opens an author line within this many characters (新华社记者, 本报全媒体记者).
_ROLE_REACH = 8
#: Fewer body lines than this in one run say too little about their column; the page's lines around are used.
_MIN_RUN = 6
#: Captions look for their article this many lines around them at most: a photo is printed near its story.
_PHOTO_REACH = 400
#: A photo caption printed as a paragraph of its own runs to this many characters at most.
_CAPTION_MAX = 200
#: A bracketed part opening or closing a title line: a column's tag (（体坛观澜）), an author (（…赵精武）).
_BRACKETED = re.compile(r"^[（(【〔]|[）)】〕]$")
#: A note in brackets that can only close an article: where its text was sent from, and by whom (（本报利雅得电）,
#: （本报金奈10月14日电  记者王明、李华）), or taken from (（摘编自《新华日报》）).
_CLOSING_NOTE = re.compile(
    r"^[（(](?:[^（()）]{2,20}[电電](?:\s*[记記]者[^（()）]{2,60})?"
    r"|(?:摘编自|摘編自|摘自|来源|來源|原载|原載|转自|轉自)[^（()）]*)[）)]$"
)
#: A brief's text runs to this many lines at most under its dispatch head (the 会见 items of 人民日报's third page run
#: to 12-18 in a 13-character column).
_BRIEF_LINES = 20
#: A line listing this many items or more (names parted by 、) is a list, no heading.
_LIST_MARKS = 2
#: An article's subhead is one phrase, wrapped over two lines at most in a narrow column.
_SUBHEAD_LINES = 2
#: ... or, in a column narrower than the corpus papers' (12 to 13 characters), as many characters as two such lines.
_SUBHEAD_CHARS = 26
#: ... of which the first may be a label over the phrase, of at most this many characters (新搭档, 新设备).
_LABEL_MAX = 4
#: A section under a subhead holds several paragraphs; a photo's caption or a brief under its title has one.
_SECTION_PARAGRAPHS = 2
#: A photo's captions printed as paragraphs, one per picture: a photo set holds up to this many pictures.
_CAPTIONS_ALONE = 3
#: A note in brackets under an article's last sentence runs to this many lines at most.
_NOTE_LINES = 3
#: How much of a title's words must recur in a lead before they count as the same subject.
_SAME_SUBJECT = 0.3
#: How far under a subhead its words are looked for: some forty lines, a section of a few paragraphs; and how many
#: of its character pairs the section names at least (a fifth: a subhead's phrases are pithier than a title's lead).
_SECTION_ROWS = 40
_SECTION_NAMED = 0.2
#: A title names one of two leads apart from the other with this many more of its pairs found only there (``_attach``).
_APART_PAIRS = 3
#: A title block of at least this many groups set apart by blank lines may be several articles' titles stacked
#: together (pdftotext reads the tops of the columns first). Two is enough: a kicker and its title set apart name
#: one lead, never two, so they stay one title (leave one paper out, 3 -> 2: headline on pdftotext 0.476 -> 0.497,
#: no figure lower).
_STACK = 2
#: A title naming less than this share of its article's lead, and at least the second of an untitled one's, heads
#: that one (``_rehome_titles``).
_OWN_LEAD = 0.15
_PLAIN_LEAD = 0.5
#: Once one title of a stack names its lead (``_SAME_SUBJECT``), another names its own with this much of its words
#: (on the 685 evaluation pages, 0.2 with a title kept whole inside its title marks: +5 headlines, none lost).
_STACKED_SUBJECT = 0.2
#: A title no article beside it took looks for its lead in this many articles on its side at most.
_SPARE_REACH = 3

#: Before its first title, a page with this many lines of text (body, caption, credit, byline) shows plainly that
#: its titles follow their bodies; one with none, that they precede them. A page with a few (a photo's caption, then
#: 图片报道, then a dispatch) shows neither, and where the text's other form-feed pages do, it goes their way.
_ORIENTING_LEAD = 8
#: ... where these kinds of line are text.
_TEXT_KINDS = frozenset({"body", "caption", "photo_credit", "byline"})
#: A title read ahead of the next article's title block (``_head_ahead``) holds this many lines at most: a title of
#: a narrow column, wrapped (第九届进博会推介会 / 暨“共享大市场·出 / 口中国”哈萨克斯坦 / 主题活动在阿斯塔纳 / 举办).
_AHEAD_LINES = 6
#: A lead's first paragraph this short (a line or two) says too little: the next one is read with it.
_SHORT_LEAD = 30
#: How much of a title's words must recur in a paragraph inside another article before it opens the title's own.
_SPLIT_SUBJECT = 0.5
#: A title wrapped over a narrow measure shows at least this many lines of one width (then a shorter last one).
_NARROW_LINES = 2
#: Lines of a narrow title within this many units of each other are of one measure: a curly quote or a plus sign is
#: narrower than a character (on the 685 evaluation pages, 2 gained four articles and two headlines, all on extractors'
#: text, and lost none; 4, two characters, read an editor's sign-off over a figure, ——编  者 / 45.2%, as a title).
_NARROW_SLACK = 2
#: A title set large over a wide column wraps at most this share of the column's width (and three characters short
#: of it): a subhead over a paragraph's first line, both short by their digits, comes to 0.84 (香港01's 宏福苑不合格
#: 棚網 價錢差一倍省12萬 / 保安局局長鄧炳強在周一（12月1日）); the titles of 信報's and 東方日報's pages to 0.6-0.7.
_SHORT_TITLE = 0.8
#: A narrow title is measured against the widest column this many rows around it (on the 685 evaluation pages, 12
#: gained three articles and three headlines, all on extractors' text, and lost none; 6 to 40 rows gave the same).
_COLUMN_REACH = 12
#: A line ending on one of these marks leaves its clause open (a title's kicker never ends on one before its title).
_CLAUSE_ENDS = "、，,；;"
#: A column's tag in brackets that closes a line: Chinese in it, no colon or digit.
_COLUMN_TAG = r"[（(](?P<tag>(?=[^（()）]*[\u4e00-\u9fff])[^（()）:：\d]{2,12})[）)]$"
#: A title and its column's tag in brackets, on one line (改变，从细节开始（体坛观澜）).
_TAGGED = _lazy(r"^(?P<title>[^（(]{4,})" + _COLUMN_TAG)
#: ... and a title's last few characters wrapped onto the line of its tag (改变，从细节开 / 始（体坛观澜）).
_TAG_TAIL_LINE = _lazy(r"^(?P<title>[^（(]{1,3})" + _COLUMN_TAG)
#: A line opening with one of these carries on the sentence of the line above it.
_RUNS_ON = frozenset("，,、。；;：:暨和与與及的了着著之”’》）)」』")
#: A photo caption's marker of where a person stands (（前中）, （右二）, （图）): no column's tag.
_POSITION = re.compile(r"[前后後左右中上下图圖一二三四五六七八九十]+")
#: A block at a page's head set apart from the text under it by this many blank lines is a title, commas and all.
_TOP_APART = 2


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


def _as_read(printed: str) -> str:
    """Text as printed (a byline's), compacted as the rows' own text is read: normalized, in Simplified characters.

    A Traditional page's rows hold its Simplified copy; a byline keeps the characters as printed.
    """
    return _compact(to_simplified(normalize(printed)))


def _read_tail(text: str) -> str:
    """The last characters of a paragraph's text (as printed) as the rows read them: in Simplified characters.

    A Traditional page's paragraphs keep its characters; the word-boundary questions are asked of the rows' copy.
    """
    return to_simplified(text[-_WORD_REACH:])


def _ends_on_note(text: str) -> bool:
    """Whether a paragraph ends on a note that closes its article (…感受历史文化。（摘编自《湖南日报》）), or is one."""
    if text.rstrip()[-1:] not in "）)":  # the cheap test first: this is asked of every paragraph (issue 13)
        return False
    compact = _compact(text)
    at = max(compact.rfind("（"), compact.rfind("("))
    return at >= 0 and _CLOSING_NOTE.match(compact[at:]) is not None and (at == 0 or compact[at - 1] in "。！？”」")


def _tag_tail(text: str) -> bool:
    """Whether a line is only the end of a column's tag wrapped off a title's last line: 论）, 评）."""
    compact = _compact(text)
    return 1 < len(compact) <= _TAG_TAIL and compact[-1] in "）)" and _open_brackets(compact) < 0


#: A transliterated name alone (``_ABROAD_NAME``).
_DOTTED_NAME = re.compile(_ABROAD_NAME)

#: A title that is a quotation whole, no mark inside it: “我们的友谊将永久传承”.
_QUOTED_TITLE = re.compile(r"“[^“”‘’，。！？、；：,.!?;:]+”")


#: A sentence inside a line: a full stop or semicolon, or a mark that asks or exclaims with more text after it than
#: the quotation or bracket it closes (“大埔人，加油！” may be a title; 加油！”他说 is a sentence).
_SENTENCE_IN_TITLE = re.compile(r"[。；;]|[！？!?][”’」』）)】〕]*[^\s”’」』）)】〕]")
#: An e-mail address or a web address: no title holds one (欢迎回应 editorial@mingpao.com closes an editorial).
_ADDRESS = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+|https?://|www\.", re.ASCII)
#: A note on the author without brackets, as Hong Kong's papers close an article (作者是原民政事务局长), on the
#: Simplified copy.
_AUTHOR_NOTE = re.compile(r"^作者(?:是|为|系)")


@functools.lru_cache(maxsize=_MEMO)
def _title_like(text: str) -> bool:
    """Whether a line could be a title line: short, with Chinese, and no sentence inside or at its end."""
    compact = _compact(text)
    # an extractor may print a styled title twice (…毕业典礼中央党校…): the title is half as long
    if not 2 <= len(compact) <= _TITLE_MAX and not 2 <= len(undouble(compact)) <= _TITLE_MAX:
        return False
    if len(_CJK.findall(compact)) < 2:
        return False
    if compact[-1] in "。；;":
        return False
    # a title may ask or exclaim (…干活？), and quote an exclamation whole (“大埔人，加油！”), as no paragraph's last
    # line does (…的决心！”, its quotation opened lines above)
    if _SENTENCE_INSIDE.search(compact) and (_SENTENCE_IN_TITLE.search(compact) or not _quoted_whole(compact)):
        return False
    if compact.count("，") + compact.count(",") > 2:
        return False
    if _SIGN_OFF.match(compact):
        return False  # an agency's sign-off after the last sentence: (编辑：苏志宗)1131230, (路透社)
    if _closing_line(compact):
        return False
    return not (_QUESTION.match(text) or _ANSWER.match(text))


def _quoted_whole(compact: str) -> bool:
    """Whether a line opens every quotation it closes, and opens one."""
    opened = compact.count("“") + compact.count("「")
    return opened > 0 and compact.count("“") == compact.count("”") and compact.count("「") == compact.count("」")


def _closing_line(compact: str) -> bool:
    """Whether a line closes an article as Hong Kong's papers print it: 欢迎回应 editorial@…, 作者是… (no title)."""
    return _ADDRESS.search(compact) is not None or _AUTHOR_NOTE.match(compact) is not None


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
    titled: bool = False  # it starts right under a title block
    subtitle: str = ""  # the words of that block's subtitle (——…), if it has one
    dispatch: Byline | None = None  # the dispatch head under its author line (新华社记者 X / 新华社北京4月29日电)
    noted: bool = False  # it ends with a note on its author that names no one (（作者系…）)


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
        self.titles_after = False  # titles were placed after the bodies they head (``_attach_titles``)
        #: Its columns were printed side by side and newsseg read them in place, one after the one before it
        #: (``split_columns``), not an extractor in an order of its own.
        self.in_place = False
        self.orientation_plain = False  # the page shows plainly which way its titles go (``_attach_titles``)
        self.run_ends: list[int] | None = None  # where each run of title-like rows ends (``_inserted``)
        #: each paragraph's subject words, by id, the paragraph kept beside them (``_topics_of``)
        self.topics_said: dict[int, tuple[Paragraph, frozenset[str]]] = {}
        self.cut_tails: list[int] | None = None  # rows a column stops an article in mid-word (``_column_ends``)
        self.byline_forms: list[str] = []
        #: The decisions made on this page with their evidence (Page.explain), and each title row's score.
        self.decisions: list[Decision] = []
        self.title_scores: dict[int, float] = {}
        end = len(source) if end < 0 else end
        #: The first line of the printed page after this one, which a line cut off at this page's end runs on in.
        self.next_line = next(
            (line.strip() for line in normal[end : end + _NEXT_PEEK].splitlines() if line.strip()), ""
        )
        #: ... and the last line of the printed page before, which a line opening this page may follow (a title's).
        self.prev_line = next(
            (
                line.strip()
                for line in reversed(normal[max(0, start - _NEXT_PEEK) : start].splitlines())
                if line.strip()
            ),
            "",
        )
        lines = list(iter_lines(normal[start:end], offset=start))  # at their places in the source, built once
        if not self.hints:
            lines = _split_glued_heads(lines)
        self.rows = [_Row(line) for line in lines]
        #: No blank line on the page (pdftotext -raw): no evidence of where a title stands apart but its widths.
        self.unbroken = not any(line.blank_before for line in lines)
        self.measured = rows_of(lines)
        self.widths: list[int | None] = []
        #: Caption lines set wider than the body's column (``_find_wide_captions``): one caption runs on over them.
        self.wide_captions: set[int] = set()
        #: ... of them, those a credit set apart heads (the credit printed first): a photo's block, as a PDF's caption
        #: type makes one (``_typeset_photo``).
        self.headed_captions: set[int] = set()
        #: Photo labels (图片报道) read among other articles' titles, waiting for their photo (``_label_photos``).
        self.photo_labels: list[int] = []
        # Photo items cut from the article before them (their caption printed right after its last paragraph).
        self.extra_drafts: list[_Draft] = []
        # Photo captions with no text of their own, waiting for a home: (caption rows, credit, credit rows).
        self.orphans: list[tuple[list[list[int]], Byline | None, list[int]]] = []
        #: The last words of articles that earlier printed pages left mid-sentence: their text may run on here; and
        #: where the pieces that do stand on this page (``_joined`` gives them back).
        self.carried: list[str] = []
        #: The page before ended in an article cut off mid-sentence, which this page's first text may carry on.
        self.after_cut = False
        #: The page before ended in an article its author's line opened (江必新 over a commentary): this page's first
        #: text, untitled, may carry it on with its sections (``_join_sections``).
        self.after_signed = False
        self.carried_spans: list[Span] = []

    # -- 1. what each line is --

    def classify(self) -> None:
        heads = frozenset(self.conventions.running_heads)
        pdf = bool(self.hints)  # text input has no hints: the tests that read them are skipped per line (issue 13)
        byline_end = -1  # where the last byline found ends: a line inside it carries that byline on
        note = False  # the line before opens a note in brackets that it leaves open: （本报印度金奈10月14日电 / 记者…）
        bracket = False  # the line before ends on an opening bracket: …测试」。（ / 編輯：X/Y / Z）1131230
        for at, row in enumerate(self.rows):
            text = row.line.text
            inside, note = note, _opens_note(text)
            signing, bracket = bracket, text.rstrip()[-1:] in "（("
            short = len(text) <= LINE_MAX  # furniture is short: the matcher refuses longer lines anyway
            if heads and short and head_key(text) in heads:
                row.kind = "furniture"  # a running head the paper repeats on every page
            elif (
                ("：" in text or ":" in text)
                and not signing  # an agency's sign-off in brackets wrapped there, no page credit
                and match_credit_items(self.source[row.line.start : row.line.end]) is not None
            ):
                row.kind = "credit"
            elif short and (_FURNITURE.match(text) or match_furniture(text, normal=True) is not None):
                row.kind = "furniture"
            elif _CAPTION_MARK.match(text) and len(_compact(text)) > 2:
                row.kind = "caption"
            elif (
                _BYLINE_HINT.match(text)
                and row.line.start >= byline_end  # not the second line of one: （中央社記者X、 / Y台北10日電）
                and not inside  # nor of a note that closes an article, its reporters named after its dispatch head
                and not self._hint(row, "carries")  # a paragraph's wrapped line (…金 / 融资讯、公共卫生…)
                and not _CREDIT_END.search(text)  # a photo credit, found below
                and (found := match_byline(self.source, row.line.start)) is not None
                and found.span is not None
                and not _PHOTO_CREDIT_END.search(self.source, found.span.start, found.span.end)
            ):
                row.kind = "byline"
                row.byline = self._author_over_dispatch(row, found)
                byline_end = row.byline.span.end if row.byline.span is not None else found.span.end
            elif (
                text[:1] in "（("
                and row.line.start >= byline_end  # not the rest of a dispatch head above (…10月14日电 / （记者…）)
                and not (at and self.rows[at - 1].kind == "byline")
                and (found := self._bracket_opening(at)) is not None
            ):
                # the reporters' bracket of a dispatch head printed elsewhere, opening the text (…维持在高位。 /
                # （惠晓霜）英国国王查尔斯三…): a byline
                row.kind, row.byline = "byline", found
                byline_end = found.span.end if found.span is not None else row.line.end
            elif pdf and self._small_type(row):
                row.kind = "caption"  # the PDF sets it smaller than the body: a photo's caption
        self._find_photo_credits()

    def _bracket_opening(self, i: int) -> Byline | None:
        """The reporters' bracket that opens row ``i`` before text on the same line, after a finished sentence.

        (（惠晓霜）英国国王…, （记者王其冰、王娅楠）庆祝…): names in brackets (``match_signature``: not （上）,
        （图）), the row under a line that ends a sentence, or the page's first.
        """
        row = self.rows[i]
        text = row.line.text
        close = next((k for k, ch in enumerate(text) if ch in "）)"), -1)
        if close < _NAME_MIN or close + 1 >= len(text) or not _CJK.match(text[close + 1 : close + 2]):
            return None
        if i and not self.measured[i - 1].final:
            return None  # inside a sentence (…中欧班列 / blank / （成渝）累计开行…: a column break, no byline)
        found = match_signature(self.source, row.line.start, row.line.start + close + 1)
        if found is None or not found.reporters or found.agency is not None:
            return None
        return found

    def _author_over_dispatch(self, row: _Row, found: Byline) -> Byline:
        """The byline of ``row``: ``found``, or the author line alone when ``found`` runs on into a dispatch head.

        新华社记者 刘开雄 / 新华社北京4月29日电 记者…: the author line names the writer, and the dispatch head on the
        next line opens the body (the annotations keep it in the text). PDF input only for now: on text it holds as
        well, but it changes the lines the shipped labeller was fitted on, and refitting is a change of its own.
        """
        if not self.hints or found.span is None or found.span.end <= row.line.end:
            return found
        alone = match_author_line(self.source, row.line.start, row.line.end)
        following = match_byline(self.source, row.line.end + 1) if alone is not None else None
        if alone is None or following is None or following.day is None or following.place is None:
            return found
        return alone

    def _in_body_type(self, i: int) -> bool:
        """Whether a PDF sets row ``i`` in the body's type (no title group's); never so for text input."""
        hint = self.hints.get(self.rows[i].line.start) if self.hints else None
        return hint is not None and not hint.title

    def _hint(self, row: _Row, what: str) -> bool:
        """Whether a PDF shows ``what`` (a boolean field of ``LineHint``) of the line; False for text input."""
        hint = self.hints.get(row.line.start)
        return hint is not None and bool(getattr(hint, what))

    def _small_type(self, row: _Row) -> bool:
        """Whether a PDF sets the line smaller than the body (and outside any title group): a caption's type."""
        hint = self.hints.get(row.line.start)
        return hint is not None and not hint.title and 0 < hint.size_ratio <= _CAPTION_RATIO

    def _display_type(self, row: _Row) -> bool:
        """Whether a PDF sets the line in a headline's size, well above a subtitle's."""
        hint = self.hints.get(row.line.start)
        return hint is not None and hint.size_ratio >= _HEADLINE_RATIO

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
        candidate = kind == "body" and _title_like(text) and len(_compact(text)) <= _ASKED_MAX
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
            and _as_read(row.byline.text) == self._trailer_text(i)
            and _as_read(row.byline.text).endswith("电")
        )

    def _trailer_text(self, i: int) -> str:
        """Row ``i``'s text, with the next row's where its byline runs on to that row's end (…4月26 / 日电)."""
        row, rows = self.rows[i], self.rows
        text = _compact(row.line.text)
        byline = row.byline
        if byline is not None and byline.span is not None and i + 1 < len(rows) and byline.span.end > row.line.end:
            nxt = rows[i + 1]
            if byline.span.end == nxt.line.end and nxt.kind == "body":
                text += _compact(nxt.line.text)
        return text

    def _head_over_other_outlet(self, i: int) -> bool:
        """Whether row ``i`` is a dispatch head after a finished sentence read as one byline with the next row.

        The next row is a bracket that names another outlet's reporters (新华社深圳4月27日电 / （本报记者张武岳）).
        """
        row, rows = self.rows[i], self.rows
        if (
            row.kind != "byline"
            or row.byline is None
            or row.byline.span is None
            or i == 0
            or i + 1 >= len(rows)
            or row.byline.span.end != rows[i + 1].line.end
            or rows[i - 1].kind != "body"
            or not ends_sentence(rows[i - 1].line.text)
        ):
            return False
        head = parse_byline(self.source[row.line.start : row.line.end])
        bracket = _compact(rows[i + 1].line.text)
        if head is None or head.day is None or not _as_read(head.text).endswith("电") or bracket[:1] not in "（(":
            return False
        named = parse_byline(bracket)
        return (
            named is not None
            and bool(named.reporters)
            and (named.agency or named.source) is not None
            and (named.agency, named.source) != (head.agency, head.source)
        )

    def _close_trailers(self) -> None:
        """A dispatch head alone on a line (or wrapped over two) with no body after it closes the article before it.

        Agencies sign reprinted items so (…据新华社北京4月24日电): the next line is a title or the page's end, and the
        line before is body.
        """
        rows = self.rows
        for i, row in enumerate(rows):
            if self._head_over_other_outlet(i):
                # 新华社深圳4月27日电 / （本报记者张武岳）: the head closes the article above, the bracket names the
                # next one's writer; no agency's head names another paper's reporters
                nxt = rows[i + 1]
                found = parse_byline(self.source[nxt.line.start : nxt.line.end])
                if found is not None and found.span is not None:
                    row.kind, row.byline = "body", None
                    span = Span(nxt.line.start + found.span.start, nxt.line.start + found.span.end)
                    nxt.kind, nxt.byline = "byline", attrs.evolve(found, text=span.of(self.source), span=span)
                continue
            if not self._trailer(i):
                continue
            after = i + 1 if self._trailer_text(i) == _compact(row.line.text) else i + 2
            if (
                after == len(rows)
                or rows[after].kind in _NO_BODY
                or self._title_next(after)
                or rows[after].kind == "byline"  # the next article's author line or dispatch head
                # or text after a column break that finishes a word an earlier column stopped in: no head's text
                or (rows[after].kind == "body" and rows[after].line.blank_before > 0 and self._finishes_cut(after))
            ):
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
            and len(_compact(row.line.text)) <= _ASKED_MAX
            and not _closing_line(_compact(row.line.text))
            and i not in runs
            and row.line.start not in self.hints
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
        for i in asked:
            if source.get(i, "").startswith("the labeller") and (self._leaves_quote_open(i) or self._closes_above(i)):
                rows[i].kind = "body"
                del source[i]
        self._find_narrow_titles(source)
        self._find_short_titles(source)
        self._find_tagged_titles(source)
        self._find_trailing_stack(source)
        self._find_wrapped_subtitles(source)
        self._find_kickers_apart(source)
        # The widest break between two lines of text: a title set apart by more blank lines than that stands
        # between articles (an article's own subheads are set apart as its paragraphs are).
        text_gap = max(
            (b.line.blank_before for a, b in itertools.pairwise(rows) if a.kind == "body" and b.kind == "body"),
            default=0,
        )
        for i, row in enumerate(rows):
            # A one-line title between two body lines, short, is a subhead inside the article: a new article's
            # title has a byline, a photo, a blank line, another title line or its column's tag beside it, or more
            # blank lines before it than any break inside the text.
            if (
                row.kind == "title"
                and 0 < i < len(rows) - 1
                and rows[i - 1].kind == "body"
                and rows[i + 1].kind == "body"
                and not self._tag_line(i + 1)
                and row.line.blank_before <= max(1, text_gap)
                and rows[i - 1].credit is None
                and len(_compact(row.line.text)) <= _SUBHEAD_MAX
                and not self._display_type(row)
                and not self._closes_photo(i + 1, apart=True)  # a title over a caption (图片报道 / 4月26日，… 杨世尧摄)
                and not self._box_to_end(i + 1)
                and not self._after_brief(i)
            ):
                row.kind = "subhead"
                self._decide("subhead", [i], "a subhead: one short title line between two lines of text", _RULE)
        self._close_trailers()
        self._find_title_edges(rows, source)
        self._find_photo_titles(rows, source)
        for i, row in enumerate(rows):
            if row.kind in ("title", "body") and _lead_label(row.line.text):
                row.kind = "subhead"  # 核心阅读 over a feature's summary: its first paragraph, never a title
                self._decide("subhead", [i], f"the label of a lead-in box: {row.line.text.strip()}", _RULE)
                k = i + 1
                while k < len(rows) and rows[k].kind == "title" and not rows[k].line.blank_before:
                    rows[k].kind = "body"  # the summary's lines under it, short as a narrow box's
                    k += 1
        self._find_long_subheads()
        self._find_jumped_subheads()
        self._find_cut_first_lines()
        for i, row in enumerate(rows):
            # A column's tag on a line of its own ((国际论坛), 【深观察】) belongs to the title it stands by; a PDF's
            # title group holds its tags already, and a bracket in body type by a title is a body's sign-off.
            if row.kind == "body" and self._tag_line(i) and row.line.start not in self.hints:
                near = [rows[k].kind for k in (i - 1, i + 1) if 0 <= k < len(rows)]
                if "title" in near:
                    row.kind = "title"
                    source[i] = "a column's tag beside a title"
        self._keep_closing_notes()
        for i, row in enumerate(rows):
            if row.kind == "title":
                p = labeller.probabilities(features[i])["title"]
                score = p if source.get(i, "").startswith("the labeller") else max(p, _RULE)
                self.title_scores[i] = score
                self._decide("title", [i], source.get(i, "a title line"), score)

    def _find_tagged_titles(self, source: dict[int, str]) -> None:
        """A line set apart that ends in its column's tag in brackets is a title: 改变，从细节开始（体坛观澜）.

        Commentary and features carry their column's name after the title (（人民时评）, （国际论坛）, （延伸阅读）);
        the words before the tag read as a title's (no sentence ends in them), and the line stands apart: first on
        the page or after a blank line that cuts no word (on a page with no blank line at all, under a finished
        sentence), no full line of the column, the line under it opening no continuation. A closing note in
        brackets holds a colon or ends a sentence before it (。（路透社）, （编辑：X）); a dispatch head or a credit is
        found as one; a bracket of letters or of a photo's positions (（FSE）, （前中）) is no column's tag.
        """
        rows = self.rows
        # A page without any blank line (pdftotext -raw) sets nothing apart: a finished sentence above will do.
        blanks = any(row.line.blank_before for row in rows)
        for i, row in enumerate(rows):
            if row.kind != "body" or row.credit is not None or i + 1 >= len(rows):
                continue
            if row.line.text.rstrip()[-1:] not in "）)":
                continue  # the cheap test first: few lines end on a bracket (issue 13)
            compact = _compact(row.line.text)
            found = _TAGGED.match(compact) or _TAG_TAIL_LINE.match(compact)
            if found is None or _POSITION.fullmatch(found.group("tag")):
                continue
            if i and self._tagged_wrap(i, found.group("title")):
                # The title wrapped over two lines, its tag on the second (改变，从细节开 / 始（体坛观澜）), set apart
                # above as a title is: the second line alone is too short to read as one.
                for k in (i - 1, i):
                    rows[k].kind = "title"
                    source[k] = "a title with its column's tag in brackets"
                continue
            if not _title_like(found.group("title")):
                continue
            # an author's signature on its own line ends the text above as a sentence does (（作者为日本众议院前议长）)
            finished = i and (self.measured[i - 1].final or rows[i - 1].kind == "signature")
            if i and not row.line.blank_before and (blanks or not finished):
                continue  # right under the text before, it is that text's (…合作。 / 俄罗斯联邦委员会（议会上院）)
            if i and not self.measured[i - 1].final and splits_word(rows[i - 1].line.text, row.line.text):
                continue  # a column break inside a word (…记者日前从北 / 京市政府…（北京）)
            column = self.widths[i]
            # set apart on both sides under a finished sentence, the line wraps nothing, however wide
            alone = (
                i > 0 and row.line.blank_before > 0 and rows[i + 1].line.blank_before > 0 and self.measured[i - 1].final
            )
            if column is not None and column > 0 and abs(self.measured[i].width - column) <= _FULL_TITLE and not alone:
                continue  # a full line of the column: a wrap of the text (…石油输出国组织（欧佩克）)
            if _compact(rows[i + 1].line.text)[:1] in _RUNS_ON:
                continue  # the line under it carries its sentence on (…组织（欧佩克） / 及“欧佩克+”后，…)
            row.kind = "title"
            source[i] = "a title with its column's tag in brackets"

    def _find_kickers_apart(self, source: dict[int, str]) -> None:
        """A block over a title, a blank line between, that ends no sentence, after a finished one: its kicker.

        Set in the body's measure, a kicker reads as text (以中小学生读本等为载体，推 / 进青少年国家安全教育入脑入 /
        心 / blank / 要读、要想， / 更要去行动 / 本报记者 丁雅诵): a block of one to ``_KICKER_LINES`` lines after a
        finished sentence and a blank line, no sentence's end in it and none at its close, right over a title block
        that an author line closes. A paragraph ends on a sentence's end; one cut at its column's foot after opening
        there opens with its indent, or with a full line where it has one line only. Where no line is blank
        (pdftotext -raw), the finished sentence alone parts the block from the text above, and its last line must stop
        short of the column, as no column's foot does.
        """
        if self.hints or self.in_place:
            return  # (where newsseg set side-by-side columns apart itself, a column's pieces are no such blocks)
        rows, measured = self.rows, self.measured
        apart = not self.unbroken  # where no line is blank (pdftotext -raw), the finished sentence alone parts it
        for t in range(1, len(rows)):
            if rows[t].kind != "title" or rows[t - 1].kind != "body" or (apart and not rows[t].line.blank_before):
                continue
            end = t
            while end < len(rows) and rows[end].kind == "title":
                end += 1
            if end == len(rows) or rows[end].kind != "byline" or measured[t - 1].final:
                continue
            first = t - 1  # up to the blank line or finished sentence over the block, no further than a kicker's lines
            while (
                first > max(0, t - _KICKER_LINES)
                and not (rows[first].line.blank_before if apart else measured[first - 1].final)
                and rows[first - 1].kind == "body"
            ):
                first -= 1
            block = range(first, t)
            column = self.widths[first]
            if not apart and (not column or measured[t - 1].width >= (column or 0) - _FULL_TITLE):
                continue  # with no blank line, the block must stop short, as no column's foot does
            if (
                len(block) > _KICKER_LINES
                or (apart and not rows[first].line.blank_before)
                or (first > 0 and not measured[first - 1].final)
                or any(rows[k].credit is not None for k in block)
                or _SENTENCE_END.search("".join(rows[k].line.text for k in block))
                or _closing_line(_compact(rows[first].line.text))  # 作者是…: the article above's last line
            ):
                continue
            if len(block) == 1:
                if not column or measured[first].width >= (column or 0) - _FULL_TITLE:
                    continue  # one full line: a paragraph's first, cut by its column's foot
            elif self._opens_paragraph(list(block)):
                continue
            for k in block:
                rows[k].kind = "title"
                source[k] = "a kicker: a block over a title that ends no sentence, after a finished one"

    def _find_wrapped_subtitles(self, source: dict[int, str]) -> None:
        """A short line right under a title's subtitle, no wider than it, carries that subtitle on.

        The subtitle is set in its own type, so it wraps at its own measure (——访尼泊尔国家 / 重建局局长贾瓦利, then
        the text at the column's): a line under the subtitle's last, with no blank line between, that stops short of
        the column by more than a first line's indent, no wider than the subtitle line, ends no sentence, and has the
        text under it at the column's measure, is the subtitle's rest, not the text's first line.
        """
        rows, measured = self.rows, self.measured
        for i in range(1, len(rows) - 1):
            row, above, below = rows[i], rows[i - 1], rows[i + 1]
            column = self.widths[i]
            if (
                row.kind != "body"
                or above.kind != "title"
                or below.kind != "body"
                or row.line.blank_before > 0
                or not column
                or not _SUBTITLE_DASH.match(above.line.text)
                or ends_sentence(_compact(above.line.text))
                or measured[i].width > measured[i - 1].width
                or measured[i].width >= column - _FIRST_LINE_SHORT
                or measured[i + 1].width < column - _FIRST_LINE_SHORT  # the text under it, at the column's measure
                or not _title_like(row.line.text)
                or ends_sentence(_compact(row.line.text))
            ):
                continue
            row.kind = "title"
            source[i] = "a subtitle's rest: under its last line, no wider, short of the column"

    def _find_trailing_stack(self, source: dict[int, str]) -> None:
        """Short lines after the page's last finished sentence, to its end, are titles printed after the bodies.

        A PDF may draw all its titles after all its bodies (pdftotext ``-raw`` keeps that order): the stack ends the
        page (…要求其重新评审。 / 新装备、新任务， / 极地科考再启程 / “雪龙2” / 号 去南极破冰 / 辽宁高校可自 / …).
        Two lines at least, each a title's (``_title_like``), none ending a sentence or a dispatch, none opening a
        note in brackets, no two full lines of the column in a row, no paragraph's first line over a full one, and no
        line as wide as a first line left on a clause (the page's text cut off mid-paragraph, run on over the form
        feed). Not on a PDF read by ``segment_pdf``, whose type tells its titles.
        """
        if self.hints:
            return  # a PDF's type tells its titles
        rows, measured = self.rows, self.measured
        end = len(rows)
        k = end
        while k > 0 and rows[k - 1].kind in ("body", "subhead", "title") and not measured[k - 1].final:
            k -= 1
        if end - k < _TWO_LINES or k == 0 or rows[k - 1].kind != "body" or not measured[k - 1].final:
            return
        stack = range(k, end)
        if any(
            rows[i].credit is not None
            or _compact(rows[i].line.text)[:1] in "（("
            or _ends_in_dispatch(_compact(rows[i].line.text))  # 新华社北京5月2日电 under the last sentence
            or not _title_like(rows[i].line.text)
            for i in stack
        ):
            return
        # the text's column, above (the stack's own short lines make a narrow one), sure or not (negative)
        column = abs(self.widths[k - 1] or 0)
        if not column:
            return
        if any(
            rows[i].line.text.rstrip()[-1:] in "，,、" and measured[i].width >= column - _FIRST_LINE_SHORT
            for i in stack
        ):
            return  # a paragraph's first line left on a clause (冠军、亚军，不仅是荣誉， / form feed / 更是…)
        # A line wider than the column is none of its lines (a subtitle set across it: ——习近平主席对缅甸进行国事访 /
        # 问引领中缅胞波情谊步入了新时代), but where newsseg set side-by-side columns apart itself, a piece of a line
        # may run past its column.
        wide = column + _FULL_TITLE if not self.in_place else math.inf
        full = [column - _FULL_TITLE <= measured[i].width <= wide for i in stack]
        # a paragraph's first line (the column less the indent) over a full one: a paragraph cut at the page's foot
        # (离开教学楼后，两位领导 / 人乘坐电瓶车参观校园，沿 / form feed / 途听取…)
        opens = column - _FIRST_LINE_SHORT <= measured[k].width < column - _FULL_TITLE and full[1]
        if opens or any(a and b for a, b in itertools.pairwise(full)) or all(rows[i].kind == "title" for i in stack):
            return
        for i in stack:
            rows[i].kind = "title"
            source.setdefault(i, "a stack of short lines after the page's last sentence: titles after their bodies")

    def _tagged_wrap(self, i: int, words: str) -> bool:
        """Whether row ``i``, a title's last words and its column's tag, wraps the title line above it.

        The line above opens the title: set apart by a blank line (or first on the page), it ends no sentence, it
        runs straight on into this one, and the two read as one title; this line's words before the tag are too few
        to be a title of their own.
        """
        rows = self.rows
        above = rows[i - 1]
        if (
            _title_like(words)
            or above.kind not in ("body", "title")
            or above.credit is not None
            or rows[i].line.blank_before
        ):
            return False
        if i > 1 and not above.line.blank_before:
            return False  # right under text, it is that text's line
        return not self.measured[i - 1].final and _title_like(_compact(above.line.text) + words)

    def _leaves_quote_open(self, i: int) -> bool:
        """Whether line ``i`` opens a quotation it does not close, and the line under it is no title's.

        A title closes what it quotes (“引领中朝关系 / 不断迈向新高度”, over two title lines); a line that leaves
        “进企业、进农村… open runs on into the text under it.
        """
        text = self.rows[i].line.text
        if text.count("“") <= text.count("”"):
            return False
        return i + 1 >= len(self.rows) or self.rows[i + 1].kind != "title"

    def _after_brief(self, i: int) -> bool:
        """Whether row ``i`` follows the end of a brief: a dispatch's text of a few lines, finished, over a break.

        A dispatch (本报北京10月14日电 …) of a few lines has no sections: a heading set apart after its last sentence
        heads the next article (…两国经贸和投资合作。 / blank / “我们的友谊将永久传承” / 十月金陵，…).
        """
        rows = self.rows
        if self.in_place or not (rows[i].line.blank_before and self.measured[i - 1].final):
            return False  # columns newsseg read in place part a paragraph's first line from its text as often
        if _compact(rows[i].line.text).count("、") >= _LIST_MARKS:
            return False  # a list run on over the break (丁薛祥、杨洁篪、王毅、何 / 立峰等…), no heading
        k = i - 1
        while k >= 0 and rows[k].kind == "body" and i - k <= _BRIEF_LINES:
            k -= 1
        byline = rows[k].byline if k >= 0 and rows[k].kind == "byline" else None
        return byline is not None and byline.day is not None and i - k <= _BRIEF_LINES

    def _box_to_end(self, i: int) -> bool:
        """Whether rows ``i`` to the page's end are text of one paragraph: a box under its label, not a section.

        A subhead heads a section of an article, which runs on to other paragraphs or to the next title; a label over
        one paragraph that ends the page (重要言论 over a quoted speech) heads a box of its own.
        """
        rows = self.rows
        if len(rows) - i < _PARAGRAPH_LINES or not self.measured[-1].final:
            return False  # a title's lines at the page's end (…“文明对话国际日”主 / 题活动) are no paragraph
        if any(rows[k].kind != "body" for k in range(i, len(rows))):
            return False
        ends = paragraph_ends(self.measured[i:], self.widths[i:])
        return not any(ends[:-1])

    def _closes_above(self, i: int) -> bool:
        """Whether line ``i`` finishes what the line above it left open, a line that is no title's.

        A title closes what it opens; a line that closes a bracket opened above it (…中。（圖取自美國聯邦 /
        航空總署網頁faa.gov）), or that ends an agency's sign-off wrapped there (…前景。 新华社北京4月29 / 日电), is the
        end of the text above it.
        """
        if i == 0 or self.rows[i - 1].kind == "title":
            return False
        text = self.rows[i].line.text
        return (("）" in text or ")" in text) and _open_brackets(text) < 0) or self._signed_off(i)

    def _find_title_edges(self, rows: list[_Row], source: dict[int, str]) -> None:
        """A title's lines read as text beside its other lines: its middle line, its closing line, its first line.

        - A body line glued between two title lines, finishing no sentence and opening with what no line of its own
          opens with (制度优势成就中国发展 / 的“接力跑”（国际论 / 坛）).
        - A short line glued under a title line whose bracket it closes (…我运动 我快 / 乐）).
        - With no blank lines (``pdftotext -raw``), a title printed under the text it heads runs on from it
          (…曼谷和中国深圳举行。 / APEC工商咨询理事会墨西哥会 / 议推动亚太区域合作与互联互通): a body line right over a
          title line, after a finished sentence, as wide as the title line (within a character), both short of the
          column by more, finishing no sentence, is the title's first line.
        """
        for i in range(1, len(rows) - 1):
            row, above, below = rows[i], rows[i - 1], rows[i + 1]
            if (
                row.kind == "body"
                and above.kind == "title"
                and below.kind == "title"
                and not row.line.blank_before
                and not below.line.blank_before
                and not self.measured[i].final
                and _compact(row.line.text)[:1] in _RUNS_ON
            ):
                # A title's middle line read as text (制度优势成就中国发展 / 的“接力跑”（国际论 / 坛）): it opens
                # with what no line of its own opens with, between two lines of one title block.
                row.kind = "title"
                source[i] = "a line that carries on the title line above"
        for i in range(1, len(rows)):
            row, above = rows[i], rows[i - 1]
            if (
                row.kind == "body"
                and above.kind == "title"
                and not row.line.blank_before
                and _open_brackets(above.line.text) > 0
                and _open_brackets(row.line.text) < 0
                and 2 * self.measured[i].width <= (self._column_at(i) or 0)
            ):
                # The short line that closes the bracket a title line opened (…我运动 我快 / 乐）) is the title's.
                row.kind = "title"
                source[i] = "a line that closes the title line above"
        for i in range(1, len(rows) - 1):
            row, below = rows[i], rows[i + 1]  # a first line run on from the text above
            if (
                row.kind == "body"
                and below.kind == "title"
                and rows[i - 1].kind == "body"
                and self.measured[i - 1].final
                and not row.line.blank_before
                and not below.line.blank_before
                and not self.measured[i].final
                and self._title_wide(i, i + 1)
                and _title_like(row.line.text)
                and not _ends_in_dispatch(row.line.text)  # a sign-off after the last sentence (…新华社北京5月2日电)
            ):
                row.kind = "title"
                source[i] = "a line as wide as the title line under it, after a finished sentence"

    def _find_photo_titles(self, rows: list[_Row], source: dict[int, str]) -> None:
        """A short line after a finished sentence, over a caption set across the columns and its credit: the title.

        With no blank lines (``pdftotext -raw``), a photo item's title runs on from the text above it: …一同调研。 /
        图片报道 / 海关总署6月9日发布的数据显示：… (wider than the column) / 俞方平摄（新华社发）. A line of a title's
        form, no longer than a subhead, right over a few lines a credit closes, the first of them wider than the
        column, is the photo's title.
        """
        for i in range(1, len(rows) - 2):
            row = rows[i]
            if (
                row.kind == "body"
                and rows[i - 1].kind == "body"
                and self.measured[i - 1].final
                and not self.measured[i].final
                and len(_compact(row.line.text)) <= _SUBHEAD_MAX
                and _title_like(row.line.text)
                and self._caption_across(i + 1)
            ):
                row.kind = "title"
                source[i] = "a short line over a caption set across the columns and its credit"

    def _caption_across(self, i: int) -> bool:
        """Whether rows from ``i`` are a caption a credit closes within a few lines, the first wider than the column."""
        rows = self.rows
        column = self._column_at(i)
        if column is None or column <= 0 or rows[i].kind not in ("body", "caption"):
            return False
        if self.measured[i].width <= column + _FULL_TITLE:
            return False
        for k in range(i, min(len(rows), i + _CAPTION_LINES + 1)):
            if rows[k].credit is not None or rows[k].kind == "photo_credit":
                return k > i or rows[k].credit is not None
            if rows[k].kind not in ("body", "caption"):
                return False
        return False

    def _column_at(self, i: int) -> int | None:
        """The column width around row ``i`` (``reflow.column_widths``), None past the rows measured."""
        return self.widths[i] if i < len(self.widths) else None

    def _title_wide(self, i: int, k: int) -> bool:
        """Whether line ``i`` is as wide as title line ``k`` (within a character) and both stop short of the column."""
        column = self._column_at(i)
        wide, title = self.measured[i].width, self.measured[k].width
        return (
            column is not None and column > 0 and abs(wide - title) <= _FULL_TITLE and title <= column - 2 * _FULL_TITLE
        )

    def _tag_line(self, i: int) -> bool:
        """Whether row ``i`` is a column's tag on a line of its own: （国际论坛）, 【深观察】."""
        text = self.rows[i].line.text
        # The first character tested before compacting the line and calling the regex (issue 13).
        return text[:1] in _TAG_FIRST and _TAG.match(_compact(text)) is not None

    def _find_narrow_titles(self, source: dict[int, str]) -> None:
        """Titles set in large type over a narrow measure: lines of one width, well short of the body's column.

        A title set in a type larger than the body's fits fewer characters on a line, and the extractor wraps it
        where the typesetter did: two or more lines of the same width, under half the column's, and a last line no
        wider. The lines of a paragraph fill the column; only its last stops short, on a sentence's end, and two
        paragraph ends of the same width one under the other end sentences. Such a run is a title wherever it
        stands, right after a body line and before the next body (``pdftotext -raw`` prints no blank line there).

        Lines whose widths differ by a narrow mark (a curly quote, a plus sign: 全面推动“人工 / 智能 +”走深走 / 实)
        are of one measure too, but such a run is less plain, and the line before it must leave nothing open: a
        wrapped dispatch head (…力量。 新华社 / 北京4月30日电) runs on from its sentence, a wrapped byline from its
        bracket (（中央社記者林 / 長順臺北8 / 日電）).
        """
        rows, measured = self.rows, self.measured
        # The widest column on the page: a line wider than half of it is no narrow title's, and its neighbourhood
        # need not be read (issue 13: this runs for every line).
        widest = max((abs(w or 0) for w in self.widths), default=0)
        around: list[int] | None = None  # the widest column near each line, worked out once if any line asks
        i = 0
        while i < len(rows):
            width = measured[i].width
            column = abs(self.widths[i] or 0)
            if 0 < width * 2 <= widest and width * 2 > column:
                if around is None:
                    around = _window_max([abs(w or 0) for w in self.widths], _COLUMN_REACH)
                column = around[i]
            run = self._narrow_run(i, column) if 0 < width * 2 <= widest else []
            if len(run) < _NARROW_LINES:
                i = run[-1] + 1 if run else i + 1
                continue
            lines = [_compact(rows[k].line.text) for k in run]
            widths = [measured[k].width for k in run]
            exact = all(w == widths[0] for w in widths[:-1]) and widths[-1:] <= widths[:1]
            set_apart = i == 0 or rows[i].line.blank_before > 0 or measured[i - 1].final
            if (
                sum(1 for w in widths if abs(w - widths[0]) <= _NARROW_SLACK) >= _NARROW_LINES
                and (exact or set_apart)
                and not any(ends_sentence(t) or t[-1:] in "，,、；;：:" for t in lines)
                and _title_like("".join(lines))  # the title as a whole: its wrap may leave one character
                # a PDF's type says better: lines set in the body's type are a subhead's (徐滿柑盼政府設單一對口 /
                # 「長者累資訊多 免四處奔走」), whatever their measure
                and not any(self._in_body_type(k) for k in run)
            ):
                for k in run:
                    if rows[k].kind == "body":
                        rows[k].kind = "title"
                        source[k] = "lines of one width, well short of the column: a title's wrap"
            i = run[-1] + 1 if run else i + 1

    def _find_short_titles(self, source: dict[int, str]) -> None:
        """A title set large over a wide column, set apart after a finished sentence: lines of one width, well short.

        Wider than half the column (``_find_narrow_titles`` takes those), a title set in a type larger than the
        body's still wraps short of the column, every line (宏福苑五級火丨遇 / 難人數增至146人 / 再尋獲18具遺體 over a
        column of twelve characters). A paragraph's lines fill the column; only its last stops short. Two lines or
        more, none narrower than the first by more than a character nor wider by more than a narrow mark (the first
        line of a wrap is its widest), each short of the column by three characters at least and at most
        ``_SHORT_TITLE`` of it, none ending a sentence or a clause, after a blank line under a finished sentence;
        the line under them wider, and no word running on into it (a paragraph's lines, letter-spaced: 辽宁突出“松绑
        减负” / “ 简 政 放 权 ” ， 高 / 校可根据…).
        """
        rows, measured = self.rows, self.measured
        i = 1
        while i < len(rows):
            column = abs(self._column_at(i) or 0)  # negated where few lines show no column: the widest near
            width, short = measured[i].width, min(column - 3 * _FULL_TITLE, _SHORT_TITLE * column)
            if (
                rows[i].kind != "body"
                or not rows[i].line.blank_before
                or not measured[i - 1].final
                or not 0 < width <= short
            ):
                i += 1
                continue
            run = [i]
            for k in range(i + 1, min(len(rows), i + _TITLE_LINES)):
                if (
                    rows[k].kind != "body"
                    or rows[k].line.blank_before
                    # a wrapped title's first line is its widest: a line wider than the first by more than a narrow
                    # mark follows a break of its own (徐滿柑盼政府設單一對口 / 「長者累資訊多 免四處奔走」, a subhead)
                    or not width - _NARROW_SLACK <= measured[k].width <= min(width + 1, short)
                ):
                    break
                run.append(k)
            after = run[-1] + 1
            lines = [_compact(rows[k].line.text) for k in run]
            if (
                len(run) >= _NARROW_LINES
                and after < len(rows)
                and measured[after].width > max(measured[k].width for k in run)
                and not splits_word(rows[run[-1]].line.text, rows[after].line.text)  # a paragraph's lines run on
                and not any(ends_sentence(t) or t[-1:] in "，,、；;：:" for t in lines)
                and _title_like("".join(lines))
                and not any(self._in_body_type(k) for k in run)
            ):
                for k in run:
                    rows[k].kind = "title"
                    source[k] = "lines of one width, all well short of the column, set apart: a title's wrap"
            i = run[-1] + 1

    def _narrow_run(self, i: int, column: int) -> list[int]:
        """The body or title rows from ``i`` on of one width, at most half the column's, and a shorter last line.

        ``column`` is the body's column: the widest measured a little way around (negated where few lines show no
        column: the widest nearby line). Around titles stacked one over another the lines measured are mostly
        titles', and the column measured right there is a title's width.
        """
        rows, measured = self.rows, self.measured
        width = measured[i].width
        if rows[i].kind not in ("body", "title") or not 0 < width * 2 <= column:
            return []
        run = [i]
        for k in range(i + 1, min(len(rows), i + _TITLE_LINES)):
            if (
                rows[k].kind not in ("body", "title")
                or rows[k].line.blank_before > 0
                or measured[k].width > width + _NARROW_SLACK
            ):
                break
            run.append(k)
            if measured[k].width < width - _NARROW_SLACK:
                break  # the title's last line, shorter
        return run

    def _keep_closing_notes(self) -> None:
        """A bracketed note right under an article's last sentence is its end, never a title.

        Commentary and reprints close with a note in brackets on a line of its own (（摘编自《新华日报》）,
        （作者为…）, （本报利雅得电）), printed with no blank line after the last sentence; such a line may look
        like a column's tag or a short title, but a title is set apart from the text before it. Set apart by a blank
        line, the note must read as an author's note (``match_signature``) or as one that only closes an article:
        where it was sent from or taken from.
        """
        rows = self.rows
        i = 1
        while i < len(rows):
            row, prev = rows[i], rows[i - 1]
            opens = row.kind == "title" and _compact(row.line.text)[:1] in "（("
            if opens and prev.kind in ("body", "byline") and self.measured[i - 1].final:
                note = self._bracket_run(i)
                last = rows[note[-1]].line
                # Set apart by a blank line, it must read as an author's note (（作者为本报安徽分社 / 记者）).
                text = "".join(_compact(rows[k].line.text) for k in note)
                if (
                    row.line.blank_before == 0
                    or _CLOSING_NOTE.match(text)
                    or match_signature(self.source, row.line.start, last.end) is not None
                ):
                    for k in note:
                        rows[k].kind = "body"
                    i = note[-1] + 1
                    continue
            i += 1

    def _bracket_run(self, i: int) -> list[int]:
        """Title row ``i``, which opens a bracket, and the title rows after it up to the one that closes it."""
        rows = self.rows
        run: list[int] = []
        depth = 0
        # A blank line inside a bracket still open parts nothing (pdfminer.six: （作者系中国劳动关系 / blank / 学院…）).
        while i < len(rows) and rows[i].kind == "title" and (not run or depth > 0 or rows[i].line.blank_before == 0):
            line = _compact(rows[i].line.text)
            depth += _open_brackets(line)
            run.append(i)
            i += 1
            if depth <= 0:
                break
        return run

    def _find_long_subheads(self) -> None:
        """Longer one-line titles inside an article, on a page whose articles open with bylines.

        Where the page's articles open with a byline (two or more on the page), a line set apart as a title between
        a sentence's end and body text that no byline opens is a subhead of the article it stands in (一张表格的
        “决心”：刀刃向内破壁清障): a new article there would open with its byline too.
        """
        rows = self.rows
        if sum(row.kind == "byline" for row in rows) < _BYLINE_PAGE:
            return
        self._find_paired_subheads()
        for i, row in enumerate(rows):
            if row.kind != "title":
                continue
            compact = _compact(row.line.text)
            if not (0 < i < len(rows) - 1 and len(compact) <= _SUBHEAD_LONG):
                continue
            if not (_SUBHEAD_FORM.search(compact) or _SUBHEAD_PHRASES.match(row.line.text.strip())):
                continue
            prev, nxt = rows[i - 1], rows[i + 1]
            if (
                prev.kind in ("body", "byline")  # a byline opening a line of text counts as text
                and prev.credit is None
                and self.measured[i - 1].final
                and nxt.kind == "body"  # an author line (新华社记者 X) right under it would make it a title
                and not _ends_in_dispatch(prev.line.text)
                and not self._closes_photo(i + 1, apart=True)  # a title over its photo's caption
            ):
                row.kind = "subhead"
                evidence = "a subhead: a theme and what is said of it, on a page whose articles open with bylines"
                self._decide("subhead", [i], evidence, _RULE)

    def _find_paired_subheads(self) -> None:
        """Two short title lines in a row inside an article, on a page whose articles open with bylines.

        Hong Kong's papers head an article's parts with two lines of a few words each (政府應設哀悼日 /
        讓市民表達哀思): between a sentence's end and body text that no byline opens, on such a page, the two lines are
        the article's subhead, each a paragraph as the annotations have them, not a title opening another article.
        """
        rows = self.rows
        for i in range(1, len(rows) - 2):
            pair = rows[i : i + 2]
            if any(row.kind != "title" for row in pair) or rows[i - 1].kind == "title":
                continue
            prev, nxt = rows[i - 1], rows[i + 2]
            if (
                prev.kind in ("body", "byline")
                and prev.credit is None
                and self.measured[i - 1].final
                and nxt.kind == "body"
                and all(len(_compact(row.line.text)) <= _SUBHEAD_MAX for row in pair)
                # each line whole: a title wrapped over two lines may leave a quotation or a bracket open at the
                # first line's end (“我们的友谊 / 将永久传承”)
                and all(_whole_phrase(row.line.text) for row in pair)
                # nor cut inside a word (胡春华会见塔吉克斯 / 坦第一副总理赛义德), nor over its column's tag on a line
                # of its own (烟火日常也是宝贵课堂 / （暖闻热评）)
                and not splits_word(pair[0].line.text, pair[1].line.text)
                and _compact(pair[1].line.text)[:1] not in "（("
                and _compact(pair[1].line.text)[-1:] not in "）)"  # …变成 / “发展资产”（人民论坛）: a tagged title
                # a first line that goes on into the second (民调机构： / 德国选择党…, 新装备、新任务， / 极地科考…,
                # 城市治理的 / 创新之路)
                and _compact(pair[0].line.text)[-1:] not in "：:；;"
                and _compact(pair[0].line.text)[-1:] not in _OPEN_END
                # a kicker and its title over a news lead that opens on its day (德国乒乓球公开赛 / 樊振东男单夺冠 /
                # 当地时间10月13日，…): a title, after its body or before it
                and _dated_opening(nxt.line.text) is None
                and not _ends_in_dispatch(prev.line.text)
                and not self._closes_photo(i + 2, apart=True)
                and self._heads_section(i + 2, self._words(range(i, i + 2)))
            ):
                for row in pair:
                    row.kind = "subhead"
                evidence = "a subhead of two short lines, on a page whose articles open with bylines"
                self._decide("subhead", [i, i + 1], evidence, _RULE)

    def _heads_section(self, start: int, heading: str) -> bool:
        """Whether the text from row ``start`` to the next title or byline names ``heading`` (``_SECTION_NAMED``).

        A subhead says what its section says (政府應設哀悼日 / 讓市民表達哀思 over …設定哀悼日，讓全港市民表達哀思); a
        title read between two columns of another article heads none of the text under it.
        """
        rows = self.rows
        end = start
        while end < len(rows) and end - start < _SECTION_ROWS and rows[end].kind == "body":
            end += 1
        return _overlap(heading, self._words(range(start, end))) >= _SECTION_NAMED

    def _find_jumped_subheads(self) -> None:
        """Title lines right under a jump from another page (（上接4版）), over body text: the article's subhead.

        The article that runs on there had its title where it began; a new article would not open under a note
        that an earlier one continues.
        """
        rows = self.rows
        for i in range(1, len(rows) - 1):
            above = rows[i - 1]
            if rows[i].kind != "title" or above.kind != "furniture" or not _JUMPED_FROM.search(above.line.text):
                continue
            end = i
            while end < len(rows) and rows[end].kind == "title":
                end += 1
            if end < len(rows) and rows[end].kind == "body":
                for k in range(i, end):
                    rows[k].kind = "subhead"
                self._decide("subhead", range(i, end), f"a subhead under a jump: {above.line.text.strip()}", _RULE)

    def _find_cut_first_lines(self) -> None:
        """One-line titles that are a paragraph's first line, cut from the rest by the extractor (text only).

        pdfminer.six sets a paragraph's indented first line apart from the lines under it by a blank line
        (我第一次到访中国是在1970 / 年。当时作为…). Such a line is as wide as the column less the dropped indent, stops
        mid-sentence, and comes after a sentence's end, with the body running on under it: it is body text.
        """
        if self.hints:
            return  # a PDF's type tells titles from body lines
        rows = self.rows
        for i in range(1, len(rows) - 1):
            row, prev, nxt = rows[i], rows[i - 1], rows[i + 1]
            if row.kind != "title" or prev.kind != "body" or nxt.kind != "body":
                continue
            if row.line.blank_before == 0 or nxt.line.blank_before == 0 or self._closes_photo(i + 1):
                continue  # a block of one line, and no photo's caption under it
            column = self.widths[i]
            width = self.measured[i].width
            if not column or column <= 0 or not column - _FIRST_LINE_SHORT <= width <= column:
                continue
            # The body under it runs on: its first line is a full line of the column, not a paragraph's indented
            # first line (a title's body) nor a caption set wider.
            below = self.measured[i + 1].width
            runs_on = column - _FULL_TITLE <= below <= column + _FULL_TITLE
            if self.measured[i - 1].final and not self.measured[i].final and runs_on:
                row.kind = "body"
        for i in range(1, len(rows) - 1):
            # pdftotext: a column's last line opens a paragraph that the next column carries on after a title set
            # beside it (…原则兑现。 / 从规则看，每个候补订单最多可添 / (blank) / 网传“凭车牌直接上高速”). Glued
            # to the sentence's end above it, as wide as the column less the indent, stopping mid-clause after a
            # comma, it is body text.
            row, prev = rows[i], rows[i - 1]
            if row.kind != "title" or prev.kind != "body" or row.line.blank_before or not rows[i + 1].line.blank_before:
                continue
            column, width = self.widths[i - 1], self.measured[i].width
            if not column or column <= 0 or not column - _FIRST_LINE_SHORT <= width < column:
                continue
            text = row.line.text.strip()
            if text[:1] in _NOTE_OPEN:
                continue  # a closing note broken over a column (（摘编自《长沙晚报》， / 原题为…）) is no paragraph
            if self.measured[i - 1].final and not self.measured[i].final and ("，" in text or "," in text):
                row.kind = "body"

    def _closes_photo(self, i: int, *, apart: bool = False) -> bool:
        """Whether the block of lines from row ``i`` to the next blank line ends in a photo credit (a caption).

        ``apart``: the credit may stand on a line of its own after one blank line too, as pdfminer.six sets it
        apart (图片报道 / blank / 4月26日，… / blank / 新华社记者 杨世尧摄).
        """
        rows = self.rows
        for k in range(i, len(rows)):
            if k > i and rows[k].line.blank_before > 0:
                return apart and rows[k].kind == "photo_credit" and rows[k].line.blank_before == 1
            if rows[k].credit is not None or rows[k].kind == "photo_credit":
                return True
        return False

    def _find_photo_credits(self) -> None:
        rows = self.rows
        for i, row in enumerate(rows):
            if row.kind not in ("body", "caption") or not _CREDIT_END.search(row.line.text):
                continue
            start = rows[i - 1].line.start if i and rows[i - 1].kind in ("body", "caption") else row.line.start
            credit = match_photo_credit(self.source, start, row.line.end)
            if credit is None and start < row.line.start and self._small_type(row):
                # A credit a PDF sets in caption type is one on its own line, whatever stands on the line before
                # (a title: 图片报道 / 龚献明摄（影像中国）).
                credit = match_photo_credit(self.source, row.line.start, row.line.end)
            if credit is None or credit.span is None:
                continue
            if i and credit.span.start <= rows[i - 1].line.start:
                rows[i - 1].kind = "photo_credit"  # the credit broke over two lines: 本报记者 孙\n志远 摄
            if credit.span.start <= row.line.start:
                row.kind = "photo_credit"
            row.credit = credit  # a credit inside the line closes a caption: the line keeps its kind
        for prev, row in itertools.pairwise(rows):
            if (
                prev.kind == "photo_credit"
                and row.kind in ("body", "caption")
                and _CREDIT_DAY.match(_compact(row.line.text))
            ):
                row.kind, row.credit = "photo_credit", prev.credit  # the day the photo was taken, under its credit
        self._find_authors()

    def _find_wide_captions(self) -> None:
        """Lines over a photo credit set wider than the body's column: the caption of a photo across columns.

        A body line never runs past its column; a photo set across several columns has its caption under it as wide
        as itself (台北市前副市長彭振聲（前中）妻子1日在高雄住處墜樓身亡，… over 中央社記者董俊志攝). Read back from
        the credit, up to the blank line that sets the caption apart from the text before it.
        """
        rows = self.rows
        for i, row in enumerate(rows):
            # a credit line, or a caption's last line that ends on its credit (…最後一面。 中央社記者X攝 114年7月1日)
            inside = row.kind == "body" and row.credit is not None and (self.unbroken or self._over_byline(i))
            if (row.kind != "photo_credit" and not inside) or (i and rows[i - 1].kind == "photo_credit"):
                continue
            wide = []
            k = i - 1
            while k >= 0 and rows[k].kind == "body" and rows[k].credit is None:
                if not self._past_column(k):
                    break
                wide.append(k)
                if rows[k].line.blank_before > 0:
                    break
                k -= 1
            if inside:
                if not self.unbroken and not self._under_headline(wide):
                    continue  # where blank lines part the blocks, only captions between a headline and its byline
                if wide and (first := wide[-1]) > 0 and rows[first - 1].kind in ("body", "title"):
                    # under a body line, a photo's caption across the columns; under a title (图片报道 / 4月26日，…
                    # 新华社记者 杨世尧摄), a photo item's caption, which the title heads
                    for k in [*wide, i]:
                        rows[k].kind = "caption"
                    self.wide_captions.update([*wide, i])
                    if rows[first - 1].kind == "title":
                        self.headed_captions.update([*wide, i])
                continue
            if not wide:
                under = self._wide_under_credit(i)
                for k in under:
                    rows[k].kind = "caption"
                self.wide_captions.update(under)
                self.headed_captions.update(under)
                continue
            first = wide[-1]
            # Right under a title (图片报道), the lines are a photo item's own text, which the title heads: asked once
            # the titles are found. Where no line is blank (pdftotext -raw), a body line over two wide lines or
            # more sets them apart as the blank line would (…（编辑：龙柏安） / 1140620 / 台北市前副市长彭振声（前中）
            # 妻子…; one wide line under a poem's is a photo item's caption under its text: 人生自芬芳。 / 江苏…)
            apart = rows[first].line.blank_before > 0 or (
                self.unbroken and len(wide) >= _TWO_LINES and first > 0 and rows[first - 1].kind == "body"
            )
            if apart and (first == 0 or rows[first - 1].kind != "title"):
                for k in wide:
                    rows[k].kind = "caption"
                self.wide_captions.update(wide)
        if any(row.line.blank_before for row in rows):
            self._find_sourced_captions()
        self._find_caption_lists()

    def _find_sourced_captions(self) -> None:
        """Lines set apart, wider than the body's column, that end a sentence and name its source in brackets.

        A photo across columns may carry its source in brackets after its caption, with no credit line
        (…其中179人身 / 亡、僅2人生還。（韓聯社）; …減緩速度。（圖取自 / facebook.com/TSA.tw）): the caption starts
        after a blank line that cuts an article's sentence, every line of it but the last wider than any body line,
        up to the line that closes the bracket. No body line runs past its column, and a title across columns ends
        no sentence before its column's tag.
        """
        rows = self.rows
        i = 1
        while i < len(rows):
            start, i = i, i + 1
            if rows[start].kind != "body" or rows[start].credit is not None or not self._past_column(start):
                continue
            cuts = rows[start].line.blank_before and self._stopped_mid_sentence(start - 1)
            if not cuts and rows[start - 1].kind != "caption":
                continue  # the article above it is done: a sign-off's captions are found with the articles
            end, text = start, _compact(rows[start].line.text)
            while not _SOURCE_NOTE.search(text) and self._past_column(end) and end + 1 < len(rows):
                below = rows[end + 1]
                if below.kind != "body" or below.credit is not None or below.line.blank_before:
                    break
                end, text = end + 1, text + _compact(below.line.text)
            if not _SOURCE_NOTE.search(text):
                continue
            while end + 1 < len(rows) and rows[end + 1].kind == "body" and not rows[end + 1].line.blank_before:
                if not _NOTE_ALONE.search(rows[end + 1].line.text):
                    break
                end += 1  # a second source under it: （中央社製圖）
            for k in range(start, end + 1):
                rows[k].kind = "caption"
            self.wide_captions.update(range(start, end + 1))
            i = end + 1

    def _find_caption_lists(self) -> None:
        """Lines set apart that each end a sentence, right over a credit alone on its line: a photo's captions.

        A photo's block under its title, each picture's caption on its line and their credits under them
        (宏福苑起火的大廈嚴重焚毀。 / 死者家屬認屍。 / … / 蘇偉明攝、陳德賢攝): no paragraph of text ends a sentence on
        every line. Two lines at least (one short line over a credit is asked with the articles), the block set apart
        above (or under a title) and below; where no line is blank (``pdftotext -raw``), right under a title.
        """
        rows, measured = self.rows, self.measured
        for i, row in enumerate(rows):
            if row.kind != "photo_credit":
                continue
            if not self.unbroken and i + 1 < len(rows) and not rows[i + 1].line.blank_before:
                continue
            run: list[int] = []
            k = i - 1
            while k >= 0 and rows[k].kind == "body" and rows[k].credit is None and measured[k].final:
                run.append(k)
                if rows[k].line.blank_before:
                    break
                k -= 1
            if len(run) < _TWO_LINES:
                continue
            first = run[-1]
            under_title = first > 0 and rows[first - 1].kind == "title"
            if under_title or (rows[first].line.blank_before and not self.unbroken):
                for k in run:
                    rows[k].kind = "caption"
                self.wide_captions.update(run)

    def _under_headline(self, wide: list[int]) -> bool:
        """Whether the wide lines ``wide`` (last to first) are set apart right under a headline.

        A headline, not a photo item's label (图片报道), which heads the caption as its text: the title lines over
        them hold more than a subhead's characters.
        """
        if not wide or not self.rows[wide[-1]].line.blank_before:
            return False
        rows, k, chars = self.rows, wide[-1] - 1, 0
        while k >= 0 and rows[k].kind == "title":
            chars += len(_compact(rows[k].line.text))
            if rows[k].line.blank_before:
                break  # the title's first line: a block set apart over it is another title's (stacked titles)
            k -= 1
        return chars > _SUBHEAD_MAX

    def _over_byline(self, i: int) -> bool:
        """Whether row ``i`` runs past the body's column and a byline follows it after a blank line.

        A photo set across an article's columns under its headline: its captions, the last one ending on the credit
        (…救治。 網頁截圖、林振華攝), then the byline over the body (撰文：凌逸德).
        """
        rows = self.rows
        return (
            i + 1 < len(rows)
            and rows[i + 1].kind == "byline"
            and rows[i + 1].line.blank_before > 0
            and self._past_column(i)
        )

    def _past_column(self, k: int) -> bool:
        """Whether row ``k`` runs past the body's column by more than a full line's slack."""
        column = self.widths[k]
        return column is not None and column > 0 and self.measured[k].width > column + _FULL_TITLE

    def _stopped_mid_sentence(self, k: int) -> bool:
        """Whether body row ``k`` stops mid-sentence: no sentence's end, no sign-off's bracket or date code."""
        row = self.rows[k]
        return row.kind == "body" and not self.measured[k].final and not _sign_off_tail(row.line.text)

    def _wide_under_credit(self, i: int) -> list[int]:
        """The lines right under the photo credit ``i``, set apart above, that are wider than the body's column.

        A credit may be printed over its caption, at the photo's foot (中央社記者趙敏雅攝 114年6月20日 / 前台北市長
        柯文哲涉京華城案…, as wide as the photo): the caption a credit heads. Where the extractor prints no blank
        line at all (pdftotext -raw), the credit needs none above it (习近平和彭丽媛参谒中朝友谊塔 / 新华社记者 丁海涛摄
        / 当地时间6月9日上午，… across the photo / the article's dispatch in its column).
        """
        rows = self.rows
        if i and rows[i].line.blank_before == 0 and not self.unbroken:
            return []
        under: list[int] = []
        k = i + 1
        while k < len(rows) and rows[k].kind == "body" and rows[k].credit is None and rows[k].line.blank_before == 0:
            if not self._past_column(k):
                break
            under.append(k)
            k += 1
        return under

    def _find_authors(self) -> None:
        """Author lines and signatures: a name or names alone on a line, before or after an article's body.

        A line that opens the article (a title or the page's start before it, its body after) is a byline; one that
        closes it (a body ending its sentence before it, a title or the page's end after) is a signature.
        """
        rows = self.rows
        pdf = bool(self.hints)
        named = False  # an author's name alone has opened an article on this page already
        for i, row in enumerate(rows):
            if row.kind == "byline" and self._signs_above(i):
                row.kind = "signature"
                continue
            if row.kind != "body" or row.credit is not None or len(_compact(row.line.text)) > _AUTHOR_MAX:
                continue
            if pdf and (self._hint(row, "carries") or self._hint(row, "runs_on")):
                continue  # printed as part of a paragraph: 以色列问题专家阿伦·瓦 / 尔特指出，…
            prev = rows[i - 1] if i else None
            above = prev.byline.span if prev is not None and prev.byline is not None else None
            if above is not None and above.end > row.line.start:
                continue  # the rest of the byline above, across a blank line (新华社日内瓦6月9日电 / （记者…）)
            column = self._column_at(i)
            width = self.measured[i].width
            # A full line of a column is a wrap of the body, whatever names it holds, unless it is a note in brackets
            # that names its author; one set wider, across the column, may be an author's note (（北京航空航天大学
            # 法学院副教授 赵精武） under its title, as wide as the column or wider).
            full = column and column > 0 and column - _FULL_TITLE <= width <= column + _FULL_TITLE
            if full and not self._signed_in_brackets(i):
                continue
            runs_on = prev is not None and prev.kind == "body" and not self.measured[i - 1].final
            if runs_on and prev is not None and _opens_note(prev.line.text):
                continue  # the names of the note the line before opens (（本报印度金奈10月14日电 / 记者 / 管克江、…）)
            wrapped = self._wrapped_author(i)
            # A title's last line may hold a character or two (全面推动“人工 / 智能 +”走深走 / 实): read with the line
            # above it, what the name follows is a title's.
            before = prev.line.text if prev is not None else ""
            if prev is not None and i >= 2 and len(_compact(before)) < 2 and not prev.line.blank_before:
                before = rows[i - 2].line.text + before
            # A line of half the column or less after a line that could be a title's is no wrap of a sentence
            # (unless a word runs across the two: 再度动 / 武新空间): it may be the author's name under the title,
            # with no blank line between (pdftotext's text). Asked only where the sentence before would run on
            # into the line: the word cut is the costly part, and elsewhere the answer is not used (issue 13).
            if (
                runs_on
                and not row.line.blank_before
                and not (
                    bool(column)
                    and prev is not None
                    # a transliterated name is long for a name (罗伯特·劳伦斯·库恩), but no wrap of a title; a line set
                    # to width is a paragraph's (克 里 斯 蒂 安 · 特 纳 被 曝)
                    and (2 * self.measured[i].width <= abs(column or 0) or self._dotted_name(i))
                    and (_title_like(before) or _tag_tail(before))
                    and not self._runs_into(i)
                )
                and not self._signed_in_brackets(i)
                and wrapped is None
                and not self._glued_off(i)
            ):
                continue  # the sentence before runs on into it
            start, end = row.line.start, row.line.end
            # The page's house style vouches too: where a name alone opened an article above, a name alone between a
            # finished sentence and a paragraph's first line opens the next (…提升能力。 / 林远征 / “十五五”规划…).
            vouched = self._set_as_author(i) or (named and self._name_between_texts(i))
            found = (
                wrapped
                or match_signature(self.source, start, end)
                or match_author_line(self.source, start, end, vouched=vouched)
            )
            if found is None or (column and column > 0 and width > column and not _names(found)):
                continue  # set across the column, only an author's note that names its author (no （作者系…）)
            last = i + 1 if wrapped is not None else i  # the rest of a name wrapped to the next line: both decide
            nxt = rows[last + 1] if last + 1 < len(rows) else None
            closes = prev is not None and prev.kind == "body" and self.measured[i - 1].final
            opens = nxt is not None and nxt.kind == "body" and not (closes and nxt.line.blank_before > 0)
            noted = not _names(found) and found.text[:1] in "（("  # （作者为…）, not a role word alone (新华社记者)
            if closes and opens and nxt is not None and (noted or self._author_alone(last + 1)):
                # Between a finished sentence and the next article's author line (…美到心坎上。 / （作者为本报安徽分社
                # 记者） / 欧阳洁 / 推进改革，…, with no blank line), it signs the article above; so does a note on the
                # author that names no one, whatever follows (the next article's title, printed after it).
                opens = False
            if closes and not opens and not _names(found) and not noted and nxt is not None and nxt.kind == "body":
                opens = True  # a role alone (新华社记者) signs nothing: it heads the text under it, its names unprinted
            if closes and not opens:
                for k in range(i, last + 1):
                    rows[k].kind, rows[k].byline = "signature", found
            elif opens:
                for k in range(i, last + 1):
                    rows[k].kind, rows[k].byline = "byline", found
                named = named or (wrapped is None and _names(found) and found.text[:1] not in "（(")
        self._join_wrapped_authors()
        self._find_wrapped_author_notes()

    def _name_between_texts(self, i: int) -> bool:
        """Whether row ``i``, a name's length, stands between a finished sentence and a paragraph's first line."""
        rows = self.rows
        return (
            0 < i < len(rows) - 2
            and len(_compact(rows[i].line.text)) <= _NAME_MAX
            and rows[i - 1].kind == "body"
            and self.measured[i - 1].final
            and rows[i + 1].kind == "body"
            and self._opens_paragraph([i + 1, i + 2])
        )

    def _signs_above(self, i: int) -> bool:
        """Whether byline row ``i``, role words and names alone (记者：王小明　攝影：李雪), signs the text above it.

        Right under a line that ends a sentence, with nothing of its own under it (the page's end, or a blank line
        and a title's line), it closes that text, as papers that print the reporters last do; a dispatch head or a
        source marker (本报讯) only ever opens one.
        """
        rows = self.rows
        row = rows[i]
        byline = row.byline
        if (
            byline is None
            or byline.span is None
            or not i
            or row.line.blank_before
            or rows[i - 1].kind != "body"
            or not self.measured[i - 1].final
            or not _names(byline)
            or byline.day is not None
            or byline.span.end < row.line.end
            or match_author_line(self.source, row.line.start, row.line.end) is None
        ):
            return False
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        return nxt is None or (nxt.line.blank_before > 0 and _title_like(nxt.line.text))

    def _dotted_name(self, i: int) -> bool:
        """Whether row ``i`` is a transliterated name alone, as printed (罗伯特·劳伦斯·库恩), not set to width."""
        text = self.rows[i].line.text.strip()
        return " " not in text and "\u3000" not in text and _DOTTED_NAME.fullmatch(text) is not None

    def _glued_off(self, i: int) -> bool:
        """Whether row ``i`` was cut off the end of a printed line (``_split_glued_heads``), beside the text before."""
        start = self.rows[i].line.start
        return bool(self.source[self.source.rfind("\n", 0, start) + 1 : start].strip())

    def _wrapped_author(self, i: int) -> Byline | None:
        """Row ``i``'s author line when it runs on into the next row inside a name (新华社记者 叶 / 书宏 陈泽安).

        A narrow column wraps an author line wherever it is full. The first line must open with a reporter's role
        word and read as no author line alone; the two read together must, the next line short, with no blank line.
        """
        rows = self.rows
        head = rows[i].line.text.strip()
        if len(head) == 1 and i + 1 < len(rows) and (spaced := self._spaced_name(i)) is not None:
            return spaced
        if "记者" not in head[:_ROLE_REACH] or i + 1 >= len(rows):
            return None
        tail_row = rows[i + 1]
        tail = tail_row.line.text.strip()
        if (
            tail_row.kind != "body"
            or tail_row.line.blank_before
            or len(_compact(tail)) > _AUTHOR_MAX // 2
            or match_author_line(head) is not None
        ):
            return None
        joined = _read_wrapped_author(head, tail)
        if joined is None or not _names(joined):
            return None
        # the names as printed (a Traditional page keeps its characters), read off the input
        joined = _read_wrapped_author(self._printed(i).strip(), self._printed(i + 1).strip()) or joined
        span = Span(rows[i].line.start, tail_row.line.end)
        return attrs.evolve(joined, text=span.of(self.source), span=span)

    def _printed(self, i: int) -> str:
        """Row ``i``'s line as printed in the input: the rows hold the normalised Simplified copy, offsets alike."""
        line = self.rows[i].line
        return self.source[line.start : line.end]

    def _spaced_name(self, i: int) -> Byline | None:
        """Rows ``i`` and ``i + 1`` as one name, letter-spaced so wide that the extractor parted it (徐 / blank / 之文).

        A surname alone on a line, then one or two characters alone on the next, one blank line at most between: a
        line of text never holds so little twice.
        """
        rows = self.rows
        head, tail = _compact(rows[i].line.text), _compact(rows[i + 1].line.text)
        if len(head) != 1 or not 1 <= len(tail) <= 2 or rows[i + 1].kind != "body" or rows[i + 1].line.blank_before > 1:
            return None
        if to_simplified(head) not in SURNAMES or not all(_CJK.match(ch) for ch in tail):
            return None
        joined = match_author_line(head + tail)
        if joined is None or not _names(joined):
            return None
        joined = match_author_line(_compact(self._printed(i)) + _compact(self._printed(i + 1))) or joined
        span = Span(rows[i].line.start, rows[i + 1].line.end)
        return attrs.evolve(joined, text=span.of(self.source), span=span)

    def _signed_in_brackets(self, i: int) -> bool:
        """Whether row ``i`` is a signature in brackets that names its author: （陈立希 新华社专特稿）.

        No sentence runs on into such a line, whatever the line above it ends on (a title's last line, set as wide as
        the column: 一手撤军一手加税 美国如此 / “惩罚”盟友德国 / （陈立希 新华社专特稿） / text).
        """
        line = self.rows[i].line
        if line.text[:1] not in "（(" or line.text[-1:] not in "）)":
            return False
        found = match_signature(self.source, line.start, line.end)
        return found is not None and _names(found)

    def _author_alone(self, i: int) -> bool:
        """Whether row ``i`` is an author line by itself over text: a name, or role words and names."""
        row = self.rows[i]
        return (
            len(_compact(row.line.text)) <= _AUTHOR_MAX
            and i + 1 < len(self.rows)
            and self.rows[i + 1].kind == "body"
            and match_author_line(self.source, row.line.start, row.line.end) is not None
        )

    def _find_wrapped_author_notes(self) -> None:
        """An author's note in brackets wrapped over two lines between a title and the body opens the article.

        A commentary by an outside author prints the post and name in brackets under its title (（北京航空航天大学法
        / 学院副教授 赵精武）); a narrow column wraps the note, and neither line reads as an author's line alone. Read
        together, the bracket closed, they must: right under a line that finishes no sentence (a title's), with body
        text under them, a blank line between or none (pdfminer.six prints one between its boxes). Under a finished
        sentence such a note signs the article before (（作者为本报安徽分社 / 记者）), and ``_keep_closing_notes``
        keeps it there.
        """
        rows = self.rows
        for i in range(1, len(rows) - 2):
            first, second = rows[i], rows[i + 1]
            if first.line.text.lstrip()[:1] not in "（(":
                continue  # the cheap test first: few lines open a bracket (issue 13)
            if not (
                first.kind == second.kind == rows[i + 2].kind == "body"
                and first.credit is None
                and second.credit is None
                and second.line.blank_before == 0
                and not self.measured[i - 1].final
            ):
                continue
            head, tail = first.line.text.strip(), second.line.text.strip()
            note = _compact(head + tail)
            if _open_brackets(_compact(head)) <= 0 or _open_brackets(note) != 0 or len(note) > _AUTHOR_MAX:
                continue  # the bracket the first line opens closes on the second
            found = match_signature(head + tail)
            if found is None or not (found.reporters or found.others):
                continue  # a note with no name (（作者为…）) signs an article's end
            found = match_signature(self._printed(i).strip() + self._printed(i + 1).strip()) or found
            span = Span(first.line.start, second.line.end)
            first.kind = second.kind = "byline"
            first.byline = second.byline = attrs.evolve(found, text=span.of(self.source), span=span)

    def _runs_into(self, i: int) -> bool:
        """Whether the line above row ``i`` runs on into it: a word across the two (再度动 / 武新空间).

        A line of two to four characters that the dictionary knows no word in, a common surname first, is a name
        (an unknown one, as most are), whatever word its first character makes with the line above (领导干部读书贵在
        得法 / 王学斌: 法王); 武新空间 holds the word 空间, and is no name.
        """
        above, text = self.rows[i - 1].line.text, _compact(self.rows[i].line.text)
        if not splits_word(above, text):
            return False
        unknown = _NAME_MIN <= len(text) <= _NAME_MAX and all(n == 1 for n in lexicon().cut(text))
        return not (unknown and to_simplified(text)[:1] in SURNAMES)

    def _set_as_author(self, i: int) -> bool:
        """Whether the page sets row ``i`` as an author line, alone and short between a title and the text's first line.

        The body's first line is indented (it opens a paragraph), so the short line over it is no paragraph's end.
        """
        rows = self.rows
        row = rows[i]
        if not self.hints:
            # In text, a title's last line above it and the text under it: the same place, blank lines or not (a
            # short line over a paragraph's first line, under a line that runs on, is no wrap of a sentence).
            # On a page's first line, the line above is the page before's last (a title there, its author here).
            above = rows[i - 1].line.text if i else self.prev_line
            return (
                i < len(rows) - 1
                and bool(above)
                and rows[i + 1].kind == "body"
                and _title_like(above)
                and not (self.measured[i - 1].final if i else ends_sentence(above))
                and not splits_word(above, row.line.text)  # 织密全 / 国一张网: a wrap
                # and, with no type to go by, a common surname first (…教育的守正 / 之要 is a wrapped title), and no
                # more than a name (谌贻琴访 / 问保加利亚 is a wrapped title too)
                and to_simplified(_compact(row.line.text))[:1] in SURNAMES
                and not name_and_more(_compact(row.line.text))
            )
        return (
            row.line.start in self.hints
            and not self._hint(row, "carries")
            and not self._hint(row, "runs_on")
            and 0 < i < len(rows) - 1
            and self._hint(rows[i - 1], "title")
            and rows[i + 1].line.indent > 0
            and rows[i + 1].line.blank_before == 0
        )

    def _join_wrapped_authors(self) -> None:
        """An author line wrapped over two lines (新华社记者 白丽 / 萍 吴晓颖 郑明鸿) is one byline of both.

        Each line reads as an author line on its own, or the second opens on a lone character, which no name is;
        read together they name the authors right: a line that opens on a lone character carries on the name the
        line before ends with.
        """
        rows = self.rows
        for k, (first, second) in enumerate(itertools.pairwise(rows)):
            if not (
                first.kind == "byline"
                and first.byline is not None
                and second.line.blank_before == 0
                # the space the names were parted by, kept at the wrap (pdfminer.six: 新华社记者 李俊 / ␣张兴军 孙清清)
                and (
                    not second.line.indent
                    or (second.line.indent == 1 and (second.kind == "byline" or _names_only(second.line.text)))
                )
                and _as_read(first.byline.text) == _compact(first.line.text)
            ):
                continue
            head, tail = first.line.text.strip(), second.line.text.strip()
            if second.kind == "byline":
                if second.byline is None or _as_read(second.byline.text) != _compact(second.line.text):
                    continue
            elif not (
                second.kind == "body"
                and len(_compact(tail)) <= _AUTHOR_MAX // 2
                and (len(tail.split()[0]) == 1 or _names_only(tail))
            ):
                continue  # a line of text may open on a lone character only where it finishes a name
            joined = _read_wrapped_author(head, tail)
            if joined is None or (second.kind == "body" and not _names(joined)):
                continue
            joined = _read_wrapped_author(self._printed(k).strip(), self._printed(k + 1).strip()) or joined
            span = Span(first.line.start, second.line.end)
            second.kind = "byline"
            first.byline = second.byline = attrs.evolve(joined, text=span.of(self.source), span=span)

    def _find_titles(self) -> None:
        rows = self.rows
        n = len(rows)
        blanks = any(row.line.blank_before for row in rows)
        i = 0
        while i < n:
            row = rows[i]
            if row.kind != "body" or row.credit is not None or not _title_like(row.line.text):
                # No run of title lines starts here (the run below would be empty), whatever stands before it: the
                # questions about what ends before the row (a word cut, a dispatch head) are not asked (issue 13).
                i += 1
                continue
            if self._clause_at_foot(i):
                i += 1
                continue
            opens = self._may_open_title(i)
            inserted = row.line.indent >= _DISPLAY_INDENT  # set in from the column as no paragraph is: displayed
            if not (opens or inserted) and not self._cut_before(i):
                inserted = self._inserted(i)
                if not inserted:
                    i += 1
                    continue
            j = i
            cut = False
            # brackets left open by a column's tag that opens a line of the run: the block runs on past
            # _TITLE_LINES until it closes (从引资金到拉业务， / … / （经济新方位· / 服务业扩能提 / 质）)
            tag = 0
            while j < n and (j - i < _TITLE_LINES or tag > 0) and rows[j].kind == "body":
                if j > i and _lead_label(rows[j].line.text):
                    break  # a lead-in box's label (核心阅读) opens the body under the title
                tail = self._title_tail(i, j)
                if not (tail or _title_like(rows[j].line.text) or self._closes_tag(i, j)):
                    break
                if rows[j].credit is not None or (cut := j > i and self._clause_cut(i, j)):
                    break
                if tag > 0 or _opens_note(rows[j].line.text):
                    tag += _open_brackets(rows[j].line.text)
                j += 1
                if tail and not (j < n and _SUBTITLE_DASH.match(_compact(rows[j].line.text))):
                    break  # the title's last line: only its subtitle may follow (not its author: …走深走 / 实 / 刘琼)
            if cut or (i < j < n and self._clause_cut(i, j)):
                i = j  # a title may start after the blank, on the evidence a line after a cut-off needs
                continue
            if row.line.blank_before == 0 and (m := self._column_cut(i, j)) is not None:
                i = m  # lines under the text above, cut by their column: a paragraph's; a title may start after
                continue
            # The longest run of title-like lines that closes as a title block (a title may stand right above a
            # body whose first lines look like titles too), preferring a close on firm evidence to one on blanks.
            closes = [(k, strong) for k in range(j, i, -1) if (strong := self._may_close_title(i, k)) is not None]
            # A title closes what it quotes: a close that leaves a quotation open gives way to one that does not.
            # With none, a run right under a finished paragraph (on a page with blank lines) is the next paragraph,
            # cut where its column is, and a close after a line that fills the column is a paragraph's line running
            # on (“史上最贵”世界杯？ / 高昂的票价只是这届被称为“史上最: a subhead, its paragraph under it), but where
            # newsseg set side-by-side columns apart itself (pdftotext -layout), as narrow as a title's lines.
            shut = [(k, strong) for k, strong in closes if not self._quote_left_open(i, k)]
            if shut:
                closes = shut
            elif blanks and self._under_paragraph(i):
                closes = []
            elif not self.in_place:
                closes = [(k, strong) for k, strong in closes if not self._fills_column(k - 1)]
            if not (opens or inserted):
                closes = [(k, strong) for k, strong in closes if strong]  # after a cut-off line, firm evidence only
            end = next((k for k, strong in closes if strong), closes[0][0] if closes else None)
            if end is not None and self._clauses_under_paragraph(i, end):
                end = None
            if end is not None and (m := self._clauses_inside(i, end)) is not None:
                # a paragraph's lines inside the run: a title may start after them; where no line is blank, nothing
                # after a line cut mid-sentence opens one, so the rest of the run is the title where it closed on firm
                # evidence (its author line)
                if self.unbroken and m < end and any(strong and k == end for k, strong in closes):
                    for k in range(m, end):
                        rows[k].kind = "title"
                    i = end
                else:
                    i = m
                continue
            if end is not None:
                for k in range(i, end):
                    rows[k].kind = "title"
                i = end
            else:
                i += 1

    def _column_cut(self, i: int, j: int) -> int | None:
        """Where the run of title-like rows ``i`` to ``j`` is cut by its column, if it is: the row after the cut.

        The row before the run's first blank line (or its last row, where none parts it) that fills the column and
        stops inside a word that a block further on opens by finishing (…综合处理。 / 当“能力算法化”成为无法避免的 /
        趋势，…将自身的专业技 / blank / a box over 能、工作经验…) ends a paragraph's lines, not a title.
        """
        for m in range(i + 1, min(j + 1, len(self.rows))):
            if self.rows[m].line.blank_before > 0 or m == j:
                if self._fills_column(m - 1) and self._finished_later(m - 1):
                    return m
                if self.rows[m].line.blank_before > 0:
                    return None
        return None

    def _finished_later(self, row: int) -> bool:
        """Whether a block further on opens by finishing the word that the line ``row`` stops in (its column cut it)."""
        text = self.rows[row].line.text
        if self.measured[row].final or _CJK.match(text[-1:]) is None:
            return False
        return any(
            below.line.blank_before > 0 and below.kind == "body" and finishes_word(text, below.line.text)
            for below in self.rows[row + 2 :]
        )

    def _clause_at_foot(self, i: int) -> bool:
        """Whether row ``i`` fills its column and stops on a clause's mark before a blank line: a paragraph's line.

        A column's last line that opens a paragraph stops where the column does, on a comma as often as anywhere
        (…种植智慧。 / blank / 朋友笑着揭开了谜底：秭归地处三峡库区核心， / blank / 瓜棚上面红旗飘 / 张力元,
        pdfminer.six); a kicker that stops on a clause's mark is set in a title's type, short of the body's column
        or past it. A subhead wrapped at the column (…守正创新、 / blank / 固本强基) stays in its article the same way.
        On a page with no blank line, a title drawn inside the sentence (``_inserted``) stands where the blank would.
        """
        rows, measured = self.rows, self.measured
        column = self.widths[i] or 0
        nxt = i + 1
        return (
            column > 0
            and 0 < i < nxt < len(rows)
            and measured[i - 1].final  # it opens a paragraph after one that ended
            and _compact(rows[i].line.text)[-1:] in _CLAUSE_ENDS
            and _open_brackets(rows[i].line.text) <= 0  # a note in brackets wraps on (（作者为…研究员， / …）)
            and column - _FIRST_LINE_SHORT <= measured[i].width <= column + _FULL_TITLE
            # with no blank line on the page, a title drawn inside its sentence stands under it (…不仅是荣誉， /
            # 白鹿原上有“村厨” / 更是尊重与认可。, pdftotext -raw)
            and (rows[nxt].line.blank_before > 0 or self._inserted(nxt))
        )

    def _fills_column(self, k: int) -> bool:
        """Whether row ``k`` is as wide as the body's column, within a full line's slack."""
        column = self.widths[k]
        return column is not None and column > 0 and abs(self.measured[k].width - column) < _FULL_TITLE

    def _clauses_under_paragraph(self, i: int, end: int) -> bool:
        """Whether rows ``i`` to ``end`` are a paragraph's lines, not a title.

        Right under a finished paragraph, two lines or more, each as wide as the column and holding a comma (…多元路径。
        / 在内容层面，…转向 / “知识架构师”，以…辅以疑 / 难词句的精准注释，…再结合, its column's last line over the next
        article's author line).
        """
        if end - i < _TWO_LINES or not self._under_paragraph(i):
            return False
        texts = [self.rows[k].line.text for k in range(i, end)]
        return all(self._fills_column(k) and ("，" in text or "," in text) for k, text in enumerate(texts, i))

    def _clauses_inside(self, i: int, end: int) -> int | None:
        """The row after the last of two lines in a row inside rows ``i`` to ``end`` that fill the column with a comma.

        A title set in its own type holds fewer characters than the body's column on a line; two lines in a row as
        wide as the column, each with a comma, are a paragraph's, and no title block holds them: the block may start
        after them (as ``_clauses_under_paragraph`` finds such lines opening a run).
        """
        last = None
        for k in range(i + 1, end):
            if all(
                (column := self.widths[m])
                and abs(self.measured[m].width - column) <= _FULL_TITLE
                and ("，" in self.rows[m].line.text or "," in self.rows[m].line.text)
                for m in (k - 1, k)
            ):
                last = k
        return None if last is None else last + 1

    def _under_paragraph(self, i: int) -> bool:
        """Whether row ``i`` stands right under a finished paragraph, no blank line between."""
        return (
            i > 0
            and not self.rows[i].line.blank_before
            and self.rows[i - 1].kind == "body"
            and self.measured[i - 1].final
        )

    def _quote_left_open(self, i: int, k: int) -> bool:
        """Whether rows ``i`` to ``k`` (excluded) open a quotation they do not close: no title block.

        A title closes what it quotes (“引领中朝关系 / 不断迈向新高度”); a paragraph's first line that opens one is
        often its column's last, read before the title beside it (…具有积极意义。 / “中文承载着中华民族的文明智 /
        blank / 中国援塞拉利昂医疗队开展 / …, pdftotext). An extractor may part a title from its closing quote
        (全面推动“人工智能 / 刘琼, the rest of the title read elsewhere), so a run that leaves a quote open is a title
        still when no close of it is better and it does not stand right under a paragraph.
        """
        text = "".join(self.rows[m].line.text for m in range(i, k))
        return text.count("“") > text.count("”")

    def _closes_tag(self, i: int, j: int) -> bool:
        """Whether row ``j`` only closes a column's tag that rows ``i`` to ``j`` (excluded) opened.

        A narrow title wraps inside its tag (建好用好平台， / 以服务链提升产 / 业链（延伸阅 / 读）): the last line holds
        too little to read as a title line by itself.
        """
        tail = _compact(self.rows[j].line.text)
        if j == i or not tail.endswith(("）", ")")) or len(tail) > _TAG_TAIL:
            return False
        text = "".join(_compact(self.rows[k].line.text) for k in range(i, j))
        return _open_brackets(text) > 0 and _open_brackets(text + tail) == 0

    def _title_tail(self, i: int, j: int) -> bool:
        """Whether row ``j``, one character under a line that ends no sentence, is the last line of a title block.

        A title wraps where its line is full, in mid-word as often as not, and may leave one character on its last
        line (河北：举全省之力推动雄安建设新 / 时代创新高地和推动高质量发展样 / 板; …同一根藤上，又一串 / 果), or a
        number and one character (…经济合作商户预计超 / 1300家): too little to read as a title line by itself, and no
        paragraph's last line, which ends its sentence.
        """
        tail = _compact(self.rows[j].line.text)
        core = tail.rstrip(_CLOSING_MARKS)
        if core != tail and not (j + 1 == len(self.rows) or self.rows[j + 1].kind == "byline"):
            # the mark that closes what it quotes after the character (“中美两国工商界 / 加强合作意愿浓 / 厚”), over the
            # author line or at the page's end (titles stacked after their bodies: …对伊朗和加沙“备 / 战”): a subhead
            # quoting a speaker wraps so inside the text (“贸易促进活动给…沟通桥 / 梁”)
            return False
        return (
            j > i
            and len(tail) <= _TAIL_MAX
            and len(_CJK.findall(core)) == 1
            and (len(core) == 1 or core[:-1].isascii())
            and not self.measured[j - 1].final
        )

    def _clause_cut(self, i: int, j: int) -> bool:
        """Whether rows ``i`` to ``j`` (excluded), before a blank line, are a sentence cut off where its column ends.

        Two lines or more, with a comma inside, that stop on a clause's mark (当…趋 / 势，…将自身的专业技能、) and
        close every bracket they open: no title's lines. A title may wrap at its own mark over a blank line
        (习近平同越共中央总书记、 / blank / 国家主席阮富仲互致贺电), but on one line with no comma; a closing note
        wrapped over the blank (（摘编自《长沙晚报》， / 原题为…）) is ``_keep_closing_notes``'s.
        """
        rows = self.rows
        if not (rows[j].line.blank_before > 0 and _compact(rows[j - 1].line.text)[-1:] in _CLAUSE_ENDS):
            return False
        text = "".join(_compact(rows[k].line.text) for k in range(i, j))
        return j - i >= 2 and _COMMA.search(text[:-1]) is not None and _open_brackets(text) <= 0

    def _may_open_title(self, i: int) -> bool:
        """Whether row ``i`` may be a title's first line: what comes before it has ended."""
        row = self.rows[i]
        if row.kind != "body":
            return False
        if i == 0:
            return True
        prev = self.rows[i - 1]
        if prev.kind in ("credit", "photo_credit", "title", "furniture", "signature") or prev.credit is not None:
            return True  # a signature closes the article above as a sentence's end does (记者：王小明 / 地铁新线…)
        if prev.kind == "byline" and self._trailer(i - 1) and self._trailer_text(i - 1) == _compact(prev.line.text):
            return True  # a dispatch head alone after a body closes it (…据新华社北京4月24日电)
        if (
            i >= 2
            and self.rows[i - 2].kind == "byline"  # _trailer's own first test, made here: most rows fail it
            and self._trailer(i - 2)
            and self._trailer_text(i - 2) != _compact(self.rows[i - 2].line.text)
        ):
            return True  # the line before ends a dispatch head wrapped over two (…4月26 / 日电)
        if prev.kind == "byline" and self._standalone(i - 1):
            return False  # an author line heads a body, not a title
        if self.measured[i - 1].final or self._closes_note(i - 1):
            return True
        if prev.kind == "body" and self._signed_off(i - 1):
            return True  # …王冠男说。 新华社北京4月29日 / 电: the agency's sign-off closed the article
        # A body line cut off by the extractor ("…工作落实。全区") before a blank line: where lines are whole
        # paragraphs, what follows the blank is a new piece, unless the cut fell inside a word.
        long_lines = self.widths[i - 1] is None and self.measured[i - 1].width > 2 * _TITLE_MAX
        return long_lines and row.line.blank_before > 0 and not splits_word(prev.line.text, row.line.text)

    def _inserted(self, i: int) -> bool:
        """Whether the run of title-like rows from ``i`` stands inside a word of the text around it.

        The line before the run stops inside a word that the line after it (or the next page's first line) finishes
        (…《办法》通过区 / 推进党外代表 / 人士队伍建设 / … / “身份” / 分显式标识…): titles a PDF drew in the middle of
        the text's content, no lines of it; they may close on blank lines alone, as after a finished sentence. The run
        is the longest (at most ``_STACK_LINES``: a longer one is text): a line that stops mid-word, and one of the
        next few lines, form a word by chance more often than not. Asked on pages with no blank line only (elsewhere
        a blank line before the run asks it, ``_cut_before``), and only of a run with a line off the text's measure:
        most lines of text read as title lines, and the word cut for each was a fifth of such a page's time (issue 13).
        """
        rows = self.rows
        if not self.unbroken or i == 0 or rows[i - 1].kind != "body" or self.measured[i - 1].final:
            return False  # where lines are set apart, a blank line before the run asks the same (``_cut_before``)
        if self.run_ends is None:  # where each run of title-like body rows ends, found once for the page
            self.run_ends = list(range(len(rows)))
            for k in range(len(rows) - 1, -1, -1):
                if rows[k].kind == "body" and _title_like(rows[k].line.text):
                    self.run_ends[k] = self.run_ends[k + 1] if k + 1 < len(rows) else len(rows)
        j = self.run_ends[i]
        column = self.widths[i]
        if j - i > _STACK_LINES or j == i or not column:
            return False  # text runs on in lines like a title's: no run of titles stands there
        if all(column - _FIRST_LINE_SHORT <= self.measured[k].width <= column + _FULL_TITLE for k in range(i, j)):
            return False  # every line in the text's measure: set in a title's type, one at least is not
        after = rows[j].line.text if j < len(rows) else self.next_line
        if not after or (j < len(rows) and rows[j].kind != "body"):
            return False
        before = rows[i - 1].line.text
        if splits_word(before, after) and not splits_word(before, rows[i].line.text):
            return True
        # …不仅是荣誉， / 白鹿原上有“村厨” / 更是尊重与认可。: the short line after the run ends the sentence the line
        # before left open at a comma; a new article's text does not open with one short line of its own
        return (
            _compact(before)[-1:] in "，、"
            and ends_sentence(_compact(after))
            and display_width(after.strip()) <= column - _FIRST_LINE_SHORT
        )

    def _cut_before(self, i: int) -> bool:
        """Whether row ``i`` follows a blank line that cut the article before it off mid-sentence.

        A column's last line (…同步裂解出若干不同站) may stand right above another article's title: that article's
        title may open there, on firm evidence only (a byline under it), and the cut article resumes later.
        """
        if i == 0 or self.rows[i].kind != "body" or self.rows[i].line.blank_before == 0:
            return False
        prev = self.rows[i - 1]
        return prev.kind == "body" and not splits_word(prev.line.text, self.rows[i].line.text)

    def _signed_off(self, k: int) -> bool:
        """Whether row ``k`` ends an agency's sign-off after a sentence (…说。 新华社北京4月29日电), wrapped or not."""
        if not self.rows[k].line.text.endswith("电"):  # the trimmed text ends as its compact form does (issue 13)
            return False
        text = _compact(self.rows[k].line.text)
        before = _compact(self.rows[k - 1].line.text) if k else ""
        return _SIGNED_OFF.search(before[-40:] + text) is not None

    def _closes_note(self, k: int) -> bool:
        """Whether row ``k`` closes a note in brackets printed under an article's last sentence.

        (（作者为日本众议院前 / 议长）): the article ends there, as after a sentence's end.
        """
        rows = self.rows
        # The line's text is trimmed, so it ends as its compact form does: tested without compacting it, as this is
        # asked of nearly every line (issue 13).
        if not rows[k].line.text.endswith(("）", ")")):
            return False
        depth = 0
        apart = False  # a blank line inside the note (pdfminer.six: 议 / blank / 长）)
        for j in range(k, max(-1, k - _NOTE_LINES), -1):
            line = _compact(rows[j].line.text)
            depth -= _open_brackets(line)
            if depth <= 0:
                opens = line[:1] in "（("
                closes = opens and j > 0 and rows[j - 1].kind in ("body", "byline") and self.measured[j - 1].final
                # Broken by a blank line, it must read as an author's note, as a note set apart must.
                return closes and (
                    not apart or match_signature(self.source, rows[j].line.start, rows[k].line.end) is not None
                )
            apart = apart or rows[j].line.blank_before > 0
        return False

    def _may_close_title(self, i: int, j: int) -> bool | None:
        """Whether rows ``i``..``j-1`` are a title block, judged by what follows them.

        True on firm evidence (a byline, a photo, the page's end, a doubled title follows), False on blank lines
        alone, None if they are no title block.
        """
        rows = self.rows
        last = rows[j - 1]
        if _compact(last.line.text)[-1] in _OPEN_END and not _ends_in_noun(_compact(last.line.text)):
            return None  # a title does not stop on 的, 了 or an open bracket: the line runs on
        if j == len(rows):
            if self.next_line and splits_word(last.line.text, self.next_line):
                return None  # cut off inside a word, which the next printed page finishes (…在全国劳动模 / 范马恒昌…)
            # The page's end closes a title block, but three lines or more with a comma inside, each but the last
            # filling the column (neither short of it nor past it), are a paragraph's (…无需恐惧， / 更不必过度担
            # 忧，… / 有坚守的！).
            if j - i < _PARAGRAPH_LINES:
                return True
            measure = self.widths[j - 1] or 0
            full = all(
                measure - _FIRST_LINE_SHORT <= self.measured[k].width <= measure + _FULL_TITLE for k in range(i, j - 1)
            )
            words = "".join(_compact(rows[k].line.text) for k in range(i, j))
            return None if measure and full and _COMMA.search(words[:-1]) else True
        nxt = rows[j]
        if nxt.kind in ("byline", "caption", "photo_credit", "credit", "furniture") or _lead_label(nxt.line.text):
            return True
        if nxt.kind == "body" and nxt.credit is not None and nxt.line.blank_before > 0:
            return True  # a photo whose caption and credit share one line
        if (
            rows[i].line.blank_before > 0
            and nxt.line.blank_before > 0
            and not self._first_line_of_text(i, j)
            and self._closes_photo(j, apart=j - i == 1)
        ):
            return True  # set apart over a photo's caption that its credit closes (图片报道 / 4月25日，… 杨梅清摄)
        text = _compact(last.line.text)
        if undouble(text) != text:
            return True  # the extractor printed a styled title twice
        # A body follows. Only a block set apart by blank lines on both sides is a title there: a paragraph's first
        # line is never alone between two column breaks, and a word cut by the break proves a wrap.
        # A comma inside says sentence rather than title there (会议要求，各乡镇…), unless the lines are wider than
        # the body's column, as titles spanning an article's columns are.
        opened = i == 0 or rows[i].line.blank_before > 0 or rows[i - 1].kind in ("credit", "furniture", "photo_credit")
        column = self._column_at(j)
        if not (opened and nxt.line.blank_before > 0):
            # Where the extractor prints no blank line at all (pdftotext -raw), two lines or more, all well short of
            # the column, between a finished sentence and the text, are no paragraph's lines (_short_block).
            # Elsewhere a title not set apart is a subhead's (新任务 / blank / 多学科联合观监测 / text), unless a blank
            # line parts its lines and the text under it opens on its day, as a dispatch does: a kicker and a title
            # run on under an article's end (…伊藤美诚。 / 体操世锦赛，中国队收获3银2铜 / blank /
            # 备战奥运会，还要加把劲 / 当地时间10月13日，…).
            # One line set apart above, short of the column, is a heading too: a subhead between two lines of text
            # (a box's label where it heads one paragraph to the page's end: _box_to_end).
            # A quotation whole on its line, with no mark inside, is a title as no paragraph's line is cut so: it
            # needs no paragraph opening under it, nor to stop short (“我们的友谊将永久传承” / 十月金陵，丹桂飘香。).
            quoted = j - i == 1 and _QUOTED_TITLE.fullmatch(text) is not None
            label = (
                # where no line is blank, after a finished sentence (…理实践。 / 重要言论 / 坚持稳中求进…), but for
                # a label in lenticular brackets, which marks a part of the article (【关键词】, 【点评】)
                (opened or (self.unbroken and i > 0 and self.measured[i - 1].final and not text.startswith("【")))
                and j - i == 1
                and len(text) <= _SUBHEAD_MAX
                and text[-1] not in "：:"  # a colon introduces the text under it
                and text.count("“") <= text.count("”")  # an open quote runs on (“推理芯片、Token / …)
                and _open_brackets(text) <= 0
                # an author's name may open a printed page over the text (林北征), with a common surname first
                and not (i == 0 and match_author_line(self.source, rows[i].line.start, rows[i].line.end, vouched=True))
                and not self._wraps_short(j, column)  # 新设备 / 提升海陆空科考能 / 力: a title of three lines
                and (self._opens_paragraph([j, j + 1]) or quoted)  # a heading heads a paragraph: it opens one
            )
            if self.unbroken and j - i >= 2 and i > 0 and self.rows[i - 1].kind == "title":
                # Under title lines, the lines are measured against the text above them all: a stack of titles,
                # printed after the bodies, fills the window the column is read in with its own short lines.
                column = max(column or 0, self._column_above(i) or 0) or column
            dispatch = (
                j - i >= 2
                and any(rows[k].line.blank_before > 0 for k in range(i + 1, j))
                and _dated_opening(nxt.line.text) is not None
            )
            heading = (self.unbroken and j - i >= 2) or label or dispatch
            if heading and (self._short_block(i, j, column) or (label and quoted)):
                return False
            # Where no line is blank, one title line with no comma under the note that closes the article above,
            # over a paragraph's first line (…阶。 / （作者为日本众议院前议 / 长） / 中印经贸合作迎来更广阔发展空间 /
            # 10月11日…): the note ended that article as a signature does, and a paragraph opens under the line.
            if (
                self.unbroken
                and j - i == 1
                and i > 0
                and self._closes_note(i - 1)
                and _title_like(text)
                and not _COMMA.search(text)
                and self._opens_paragraph([j, j + 1])
            ):
                return False
            # With no blank line on the page, a title over its subtitle's dash shows by the dash, however wide the
            # subtitle is set (“感谢中国朋友的无私帮助” / ——访尼泊尔国家重建局局长贾瓦利 / text): an enumeration's dash
            # follows a colon or a sentence's end, and its item ends on one. So does one set apart above by a blank
            # line and run on into the text under it (pdftotext), its subtitle's dash on its last line.
            apart = opened and _SUBTITLE_DASH.match(text) is not None
            return False if (self.unbroken or apart) and self._over_subtitle(i, j) else None
        wide = bool(column) and all(self.measured[k].width > (column or 0) + _FULL_TITLE for k in range(i, j))
        short = self._short_block(i, j, column)
        # At the page's head, set apart from the text by two blank lines or more, a block stands over the page.
        top = i == 0 and nxt.line.blank_before >= _TOP_APART
        # A block that ends on its column's tag is a title whatever its commas: a narrow column wraps one such title
        # (改变，从 / 细节开始（体坛观澜）), which a wider one sets on one line (``_find_tagged_titles``).
        tagged = (found := _TAGGED.match(text)) is not None and not _POSITION.fullmatch(found.group("tag"))
        if (
            not (wide or short or top or tagged)
            and _COMMA.search("".join(_compact(rows[k].line.text) for k in range(i, j)))
            # but two lines or more over text that opens on its day, as a dispatch does (体操世锦赛，中国队收获3银2铜 /
            # 备战奥运会，还要加把劲 / blank / 当地时间10月13日，…): a kicker and its title, their commas a title's
            and not (j - i >= 2 and (day := _dated_opening(nxt.line.text)) is not None and day.day is not None)
        ):
            return None
        if not (wide or short or top) and self._cut_tail(j - 1):
            return None  # …王毅、何立峰等参加 / blank / 会见。 / blank: a paragraph's last line, cut off by the break
        if not (wide or short or top or tagged) and self._carried_past_break(i, j):
            return None  # the text runs on past the break from a full line: a paragraph's, not a title's

        return None if splits_word(text, nxt.line.text) else False

    def _first_line_of_text(self, i: int, j: int) -> bool:
        """Whether row ``i`` alone (``j == i + 1``) reads as a paragraph's first line, its indent dropped.

        It holds a comma and fills the column less about the indent (珍惜生命，自殺不能解決問題，生命 / blank / 一定可以
        找到出路。…: a notice under a sign-off, over a photo's credit), as no title over a photo does.
        """
        column = self._column_at(j)
        width = self.measured[i].width
        return (
            j == i + 1
            and bool(column)
            and (column or 0) - _FIRST_LINE_SHORT <= width < (column or 0)
            and _COMMA.search(_compact(self.rows[i].line.text)) is not None
        )

    def _over_subtitle(self, i: int, j: int) -> bool:
        """Whether rows ``i``..``j-1`` are title lines over a subtitle's dash line, no enumeration's item."""
        texts = [_compact(self.rows[k].line.text) for k in range(i, j)]
        dash = next((k for k in range(1, len(texts)) if _SUBTITLE_DASH.match(texts[k])), None)
        if dash is None or texts[-1][-1] in "。；;：:！？" or texts[-1][-1] in _OPEN_END:
            return False
        if j < len(self.rows) and splits_word(texts[-1], self.rows[j].line.text):
            return False  # the subtitle wraps on (————多部门合力为 / 劳动者撑起…)
        return all(text[-1] not in "。；;：:" for text in texts[:dash])

    def _column_above(self, i: int) -> int | None:
        """The column at the last row above row ``i`` that is no title's."""
        k = i - 1
        while k >= 0 and self.rows[k].kind == "title":
            k -= 1
        return self._column_at(k) if k >= 0 else None

    def _wraps_short(self, j: int, column: int | None) -> bool:
        """Whether row ``j`` is followed by a line short of the column that ends no sentence: a title's wrap."""
        k = j + 1
        return (
            k < len(self.rows)
            and bool(column)
            and self.rows[k].line.blank_before == 0
            and not self.measured[k].final
            and self.measured[k].width < (column or 0) - _FIRST_LINE_SHORT
        )

    def _cut_tail(self, k: int) -> bool:
        """Whether row ``k`` fills its column and the next row, alone between blank lines, only ends its sentence.

        A paragraph's first line fills the column less its indent; a line shorter than that which ends a sentence and
        stands alone between two breaks is no paragraph of its own but the last line of the one above it. Where the
        extractor drops the indent (pdfminer.six), a paragraph of two lines broken by a blank line shows its first
        line short of the column by the indent (国务院领导同志以及国务院有关部门负责同志 / blank / 等参加。), as a
        title a little narrower than the column does over a first paragraph of one line (…第一副总理赛义德 / blank /
        十月金陵，丹桂飘香。): under such a line, the rest of a clause only, no comma in it, is a sentence's end.
        """
        rows, measured = self.rows, self.measured
        column = self.widths[k] or 0
        nxt = k + 1
        if not (
            column
            and nxt < len(rows)
            and column - _FIRST_LINE_SHORT <= measured[k].width <= column + _FULL_TITLE
            and measured[nxt].final
            and measured[nxt].width < column - _FIRST_LINE_SHORT
            and (nxt + 1 == len(rows) or rows[nxt + 1].line.blank_before > 0)
        ):
            return False
        full = abs(measured[k].width - column) <= _FULL_TITLE
        return full or _COMMA.search(_compact(rows[nxt].line.text)) is None

    def _carried_past_break(self, i: int, j: int) -> bool:
        """Whether the run ``i`` to ``j`` ends on a paragraph's first line, which row ``j`` carries on after a break.

        The run's first line is short of the column, its last fills it mid-sentence, and row ``j`` fills it too and
        opens no paragraph (削减驻军 力度不够 / 美国国防部1日宣布从德国撤出约5000 / blank / 名美军人员，…: pdfminer.six
        set a paragraph's first line apart from the rest). A title wrapped by its column fills its first line, not
        its last; a title as wide as the column alone over text that opens on a full line reads the same as such a
        line and is left a title.
        """
        k = j - 1
        column = self.widths[i]
        return (
            k > i
            and j + 1 < len(self.rows)
            and self.rows[j].kind == "body"
            and bool(column)
            and self.measured[i].width < (column or 0) - _FULL_TITLE
            and not self.measured[k].final
            and self._fills_column(k)
            and self._fills_column(j)
            and not self._opens_paragraph([j, j + 1])
        )

    def _short_block(self, i: int, j: int, column: int | None) -> bool:
        """Whether rows ``i`` to ``j`` (excluded) are all well short of ``column`` after a sentence's end.

        Such lines are no paragraph's either: a paragraph's first line fills the column less its indent, and only its
        last may stop short, on a sentence's end. An author's note in brackets ends an article as a sentence does.
        """
        return (
            bool(column)
            and (
                i == 0
                or self.measured[i - 1].final
                or self._closes_note(i - 1)
                or (self.unbroken and self.rows[i - 1].kind == "title")
            )
            and not self.measured[j - 1].final
            and all(self.measured[k].width < (column or 0) - _FIRST_LINE_SHORT for k in range(i, j))
        )

    # -- 2. units --

    def units(self) -> list[_Unit]:
        rows = self.rows
        out: list[_Unit] = []
        body: list[int] = []

        def flush() -> None:
            if body:
                out.extend(self._paragraph_units(body))
                body.clear()

        blanks = any(row.line.blank_before for row in rows)
        i = 0
        while i < len(rows):
            row = rows[i]
            kind = row.kind
            if kind == "byline":
                flush()
                byline = row.byline
                if byline is not None and self._standalone(i):
                    lines = [i]  # 本报记者 X on its own line, or wrapped over the next
                    while i + 1 < len(rows) and rows[i + 1].byline is byline:
                        i += 1
                        lines.append(i)
                    out.append(_Unit("byline", lines, byline=byline))
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
                # The caption runs on over the lines after it, body lines or lines set in its small type (or as wide
                # as it) that no marker opens, until one ends it.
                while (
                    i + 1 < len(rows)
                    and (
                        rows[i + 1].kind == "body"
                        or (
                            rows[i + 1].kind == "caption"
                            and (i + 1 in self.wide_captions or self._small_type(rows[i + 1]))
                        )
                    )
                    and not _CAPTION_MARK.match(rows[i + 1].line.text)
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
                    # Glued only where the extractor prints blank lines at all: pdftotext -raw prints none, and a
                    # title there sits on its body's either side as the content stream had it.
                    # An author's line alone under a title block of one piece (洞悉活力中国的青春脚步 / （金台随笔） /
                    # 杨昊) is its body's head too; a dispatch that opens a paragraph (本报讯（记者X）…) may stand under
                    # a title that follows its own body (the seeds).
                    heads = nxt is not None and (
                        nxt.kind == "body"
                        or (
                            nxt.kind == "byline"
                            and self._standalone(i + 1)
                            and not any(rows[k].line.blank_before for k in block[1:])
                        )
                    )
                    glued = blanks and heads and nxt is not None and nxt.line.blank_before == 0
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
        last = i
        while end > self.rows[last].line.end and last + 1 < len(self.rows) and self.rows[last + 1].byline is byline:
            last += 1  # an author line wrapped over the next line
        return not self.source[end : self.rows[last].line.end].strip() if end <= self.rows[last].line.end else False

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
            nxt = self.rows[indices[k + 1]]
            if nxt.kind == "byline":
                ends[k] = True
            elif nxt.line.blank_before > 0 and self._signs_off(indices, k):  # _signs_off's own rarest test first
                ends[k] = True  # …迈进。 新华社深圳4月27日电 / blank / a caption: the sign-off closed the text
            elif not ends[k] and nxt.line.blank_before > 0 and measured[k].final and self._finishes_cut(indices[k + 1]):
                ends[k] = True  # …伊藤美诚。 / blank / 常我们来的…: the next column finishes a word cut off (…“经)
            elif byline_end >= row.line.end:
                ends[k] = False  # the byline runs on to the next line: 本报讯（记者张建华 通 / 讯员周宁）
        start = 0
        for k, end in enumerate(ends):
            if end:
                group = list(indices[start : k + 1])
                out.append(self._paragraph_unit(group))
                start = k + 1
        return out

    def _finishes_cut(self, i: int) -> bool:
        """Whether row ``i``, after a column break, finishes a word that an earlier column stopped in.

        A paragraph may run on across a column break after a finished sentence; but where another article stopped
        mid-word before a title or a byline (…朋友也劝过他。“经 / blank / 据新华社柏林10月13日电) and the line after
        the break finishes that word (常我们来的时候…), the paragraph ends at the break: the block is that article's.
        Both sides are Chinese characters: a number or a desk's code (1140206) finishes no word.
        """
        text = self.rows[i].line.text
        if not _CJK.match(text[:1]):
            return False
        return any(splits_word(self.rows[k].line.text, text) for k in self._column_ends() if k < i - 1)

    def _column_ends(self) -> list[int]:
        """The rows where a column may have stopped an article mid-word, found once a page.

        Each ends a block of text (a blank line or another kind of row after it) inside a run of Chinese characters,
        no sentence finished.
        """
        if self.cut_tails is None:
            rows = self.rows
            self.cut_tails = [
                k
                for k in range(len(rows) - 1)
                if rows[k].kind == "body"
                and not self.measured[k].final
                and (rows[k + 1].kind != "body" or rows[k + 1].line.blank_before > 0)
                and _CJK.match(rows[k].line.text[-1:]) is not None
            ]
        return self.cut_tails

    def _signs_off(self, indices: Sequence[int], k: int) -> bool:
        """Whether the body row ``indices[k]`` ends an agency's sign-off under body text, a blank line after it.

        Nothing after it carries on that text: a dispatch head opening a text (at a page's top, under an author
        line) has no body line above it.
        """
        row = self.rows[indices[k]]
        return (
            k > 0
            and row.kind == "body"
            and self.rows[indices[k - 1]].kind == "body"
            and self.rows[indices[k + 1]].line.blank_before > 0
            and self._signed_off(indices[k])
        )

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
            # The line's part between begin and end, without the builtins max and min: this runs for every body
            # line of every page, and a call to either costs more than the test (issue 13).
            line = row.line
            lo = line.start if line.start > begin else begin  # noqa: FURB136
            hi = line.end if line.end < end else end  # noqa: FURB136
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
        self._find_wide_captions()
        # Column widths are measured again on body lines alone: titles and captions are set to other widths.
        self.widths = self._body_widths()
        units = self.units()
        drafts, title_units = self._drafts(units)
        self._join_sections(units, drafts, title_units)
        drafts.extend(self.extra_drafts)
        self._move_ahead(drafts)
        drafts.sort(key=lambda d: d.first_row)
        self._attach_titles(units, drafts, title_units)
        self._rehome_titles(drafts)
        self._regroup_by_subject(drafts)
        self._regroup_seams_by_subject(drafts)
        self._lead_read_after(drafts)
        self._regroup_under_foreign_title(drafts)
        self.topics_said.clear()  # the pages of a text are all kept till the last is read: their words are not
        self._swap_titles_by_words(drafts)
        self._join_reports_under_titles_after(drafts)
        self._unstack_after(drafts)
        self._home_lost_titles(drafts)
        self._home_photos(drafts)
        self._photos_over_articles(drafts)
        self._label_photos(drafts)
        self._fold_lone_credits(drafts)
        self._fold_one_line_articles(drafts)
        self._join_across_photos(drafts)
        return self._page(drafts)

    def _home_lost_titles(self, drafts: list[_Draft]) -> None:
        """Give a title that heads no article the text after a column break, further down, whose words it names.

        Titles printed in a stack (…的好滋味。” / 我尝到了运动的甜头 / 改变，从细节开始（体坛观澜） / 国际冬季运动
        （北京）博览会将举行 / its dispatch) leave one with no text when the next claims the text under them; its own
        text runs on in an article below it, after a column break that follows a finished sentence (…冰雪文化传播。
        / blank / 尽管东京奥运会预选赛…). The run from that break to the article's end, whose text holds at least
        ``_SAME_SUBJECT`` of the title's character pairs where the rest of that article (its title with it) holds
        fewer, becomes the title's article; of several, the one that holds the most.
        """
        if self.hints or self.unbroken or self.in_place:
            return
        owned = {i for d in drafts for i in (*d.rows, *d.title_rows)}
        lost = [i for i, row in enumerate(self.rows) if row.kind == "title" and i not in owned]
        if not lost:
            return  # the cheap test first (issue 13): on most pages every title heads an article
        # (each block that finishes a title left open over its text goes to it first)
        blocks = [block for block in _runs_of(lost) if not self._ends_open_title(drafts, block)]
        starts = [row.line.start for row in self.rows]
        if not blocks or not self._blanks_break_columns(drafts, starts):
            return
        for block in blocks:
            title = self._words(block)
            if (tagged := _TAGGED.match(title)) is not None:
                title = tagged.group("title")  # a column's tag (（体坛观澜）) names no subject
            found: tuple[float, int, int] | None = None
            for n, draft in enumerate(drafts):
                if draft.photo or len(draft.paragraphs) < _TWO_LINES:
                    continue
                for k in range(1, len(draft.paragraphs)):
                    first = self._rows_of(draft.paragraphs[k], draft.rows)
                    if not first or first[0] < block[-1] or not self._subject_break(draft.paragraphs, k, starts):
                        continue
                    run = _overlap(title, to_simplified("".join(p.text for p in draft.paragraphs[k:])))
                    above = to_simplified("".join(p.text for p in draft.paragraphs[:k]))
                    rest = _overlap(title, self._words(draft.title_rows) + above)
                    if run >= _SAME_SUBJECT > rest and (found is None or run > found[0]):
                        found = (run, n, k)
            if found is None:
                continue
            _, n, k = found
            part = self._split_draft(drafts[n], k)
            part.title_rows = list(block)
            part.rows.extend(block)
            part.titled = True
            drafts.append(part)
            evidence = f"a title left with no text names the text after a column break ({found[0]:.0%})"
            self._decide("attach", block, evidence, _RULE)
        drafts.sort(key=lambda d: d.first_row)

    def _ends_open_title(self, drafts: list[_Draft], block: list[int]) -> bool:
        """Give ``block``, right over an article's text, to that article's title left open; whether it went.

        The first line of a title printed beside another on one baseline (谌贻琴访问保加利亚 第九届进博会推介会暨,
        ``_beside_title``) heads its text alone, and its rest (“共享大市场·出口中 / 国”哈萨克斯坦主题活 /
        动在阿斯塔纳举办) stands over that text: it finishes the title.
        """
        below = block[-1] + 1
        for draft in drafts:
            body = [i for i in draft.rows if i not in draft.title_rows]
            if not draft.title_rows or not body or min(body) != below or max(draft.title_rows) > block[0]:
                continue
            last = self.rows[max(draft.title_rows)].line.text
            if last[-1:] in _TITLE_OPEN_END or leaves_open(last):
                draft.title_rows = [*draft.title_rows, *block]
                draft.rows.extend(block)
                self._decide("attach", block, f"the rest of a title left open ({last[-4:]}…) over its text", _RULE)
                return True
        return False

    def _topics_of(self, paragraphs: Sequence[Paragraph]) -> set[str]:
        """The subject words of ``paragraphs`` (``_topic_words``), each paragraph's worked out once for the page."""
        out: set[str] = set()
        for p in paragraphs:
            hit = self.topics_said.get(id(p))
            if hit is None or hit[0] is not p:  # the paragraph is kept with its words: its id is not reused
                hit = (p, _topic_words(p.text))
                self.topics_said[id(p)] = hit
            out |= hit[1]
        return out

    def _regroup_by_subject(self, drafts: list[_Draft]) -> None:
        """Give a run of paragraphs read between two parts of another article back to the article whose subject it is.

        An extractor may read the columns of two articles in turn (the first article's columns, the second's title
        and columns, then the first's last column): a column that opens a paragraph after a finished sentence shows
        no break in the text, and runs on in the article in progress. Its words show whose it is: the words of two
        characters the lexicon knows that name a subject rather than any text (秭归, 脐橙, 香瓜, 大棚; not 发展, 亿元:
        ``_topic_words``). A run after a column break that follows a finished sentence goes to an article before it
        on the page, itself ended on a finished sentence, when it shares with that article at least ``_TOPIC_MIN``
        such words that the rest of its own does not hold, more than three times as many as it shares with that
        rest, which must hold twice ``_TOPIC_MIN`` at least. A run that opens no paragraph (a full line, no indent)
        may also carry on an article before it that stopped mid-sentence, on the same words, where no word runs across
        the break to tell (…步入学校阶梯教室。教室 / another article, done / 内学员整齐端坐…): it finishes that
        article's last paragraph.
        """
        if len(drafts) < 2 or self.hints:  # two articles at least; a PDF's reader gives the columns' own order
            return
        starts = [row.line.start for row in self.rows]
        if not self._blanks_break_columns(drafts, starts):
            return
        words = self._topics_of
        held: dict[int, set[str]] = {}  # each article's, with its title's, by id (until its text changes)

        def topics(draft: _Draft) -> set[str]:
            if id(draft) not in held:
                held[id(draft)] = words(draft.paragraphs) | _topic_words(self._words(draft.title_rows))
            return held[id(draft)]

        for draft in sorted(drafts, key=lambda d: d.first_row):
            if draft.photo or len(draft.paragraphs) < 2:
                continue
            titles = set(draft.title_rows)
            body = [i for i in draft.rows if i not in titles]
            if body != sorted(body):  # text gathered from several places: left as it was put together
                continue
            breaks = [k for k in range(1, len(draft.paragraphs)) if self._subject_break(draft.paragraphs, k, starts)]
            for k0, k1 in reversed(list(itertools.pairwise([*breaks, len(draft.paragraphs)]))):
                run = draft.paragraphs[k0:k1]
                if any(p.pieces for p in run):
                    continue
                own = words(draft.paragraphs[:k0] + draft.paragraphs[k1:])
                said_here = words(run)
                mine = said_here - own
                first = self._rows_of(run[0], draft.rows)
                if len(mine) < _TOPIC_MIN or len(own) < 2 * _TOPIC_MIN or not first:
                    continue  # too few words to go by, in the run or in the rest of its article
                shared_own = len(said_here & own)
                before = _finished_before(drafts, draft, first[0])
                if not self._opens_paragraph(first):
                    # text that opens no paragraph may carry on an article stopped mid-sentence (…进入中国市场，石荷 /
                    # …合作蛋糕。 / blank / 州在杭州设立了…, no word across the break to tell)
                    before += _cut_off_before(drafts, draft, first[0])
                # the most words shared; where two share as many, the one higher on the page
                scored = sorted(((len(mine & topics(d)), -max(d.rows), n) for n, d in enumerate(before)), reverse=True)
                if not scored:
                    continue
                best, _, at = scored[0]
                target, end = before[at], k1
                evidence = f"its words are that article's subject ({best} of its words, {shared_own} of this one's)"
                if not _subject_leads(best, shared_own):
                    found = _next_in_enumeration(run[0].text, draft.paragraphs[:k0], before)
                    if found is None:
                        continue
                    target, evidence = found, f"it goes on with that article's enumeration ({run[0].text[:3]}…)"
                    end = self._run_on_by_words(draft, k0, k1, topics(target) | said_here, starts)
                opening = self._give_run(draft, k0, end, target)
                held.pop(id(target), None)
                held.pop(id(draft), None)
                self._decide("resume", opening, evidence, _RESUME)

    def _run_on_by_words(self, draft: _Draft, k0: int, k1: int, theirs: set[str], starts: Sequence[int]) -> int:
        """Where the run from paragraph ``k0`` of ``draft`` ends, past ``k1`` while the text after it is ``theirs``.

        A run found by its enumeration may go on past the next column break: each further block goes with it while
        its subject words are those of the article the run goes to (``theirs``, the run's own included), at least
        ``_TOPIC_MIN`` and more than ``_MID_LEAD`` times as many as it shares with the rest of ``draft``.
        """
        paragraphs = draft.paragraphs
        ends = [k for k in range(k1 + 1, len(paragraphs)) if self._subject_break(paragraphs, k, starts)]
        for k2 in [*ends, len(paragraphs)]:
            said = self._topics_of(paragraphs[k1:k2])
            rest = self._topics_of(paragraphs[:k0] + paragraphs[k2:])
            shared = len(said & theirs)
            if shared < _TOPIC_MIN or shared <= _MID_LEAD * len(said & rest):
                break  # (twice the rest's words, not three times: the block follows text known to go)
            theirs = theirs | said
            k1 = k2
        return k1

    def _blanks_break_columns(self, drafts: Sequence[_Draft], starts: Sequence[int]) -> bool:
        """Whether a blank line on this page is a column break, not a paragraph's opening.

        On a page that sets its paragraphs apart by blank lines (as the seed pages' extractor and pdfminer.six's
        boxes do: half of its paragraphs open after one, or more), a paragraph after a blank line is just a paragraph.
        """
        opened = [
            self.rows[bisect.bisect_right(starts, p.span.start) - 1].line.blank_before > 0
            for d in drafts
            if not d.photo
            for p in d.paragraphs[1:]
            if not p.pieces
        ]
        return bool(opened) and 2 * sum(opened) < len(opened)

    def _give_run(self, draft: _Draft, k0: int, k1: int, target: _Draft) -> list[int]:
        """Move paragraphs ``k0`` to ``k1`` (excluded) of ``draft`` to the end of ``target``; the rows of its first.

        Where ``target`` stopped mid-sentence, the run's first paragraph finishes its last one.
        """
        rest = self._split_draft(draft, k1) if k1 < len(draft.paragraphs) else None
        part = self._split_draft(draft, k0)
        if rest is not None:
            draft.paragraphs.extend(rest.paragraphs)
            draft.rows.extend(rest.rows)
            draft.caption_rows.extend(rest.caption_rows)
        opening = self._rows_of(part.paragraphs[0], part.rows)
        if _cut_off(target):
            joined = _carried_paragraph(target.paragraphs[-1], part.paragraphs[0], self.source)
            target.paragraphs[-1:] = [joined]
            part.paragraphs = part.paragraphs[1:]  # (a run of one paragraph leaves none)
        target.paragraphs.extend(part.paragraphs)
        target.rows.extend(part.rows)
        target.caption_rows.extend(part.caption_rows)
        return opening

    def _regroup_seams_by_subject(self, drafts: list[_Draft]) -> None:
        """Give the text after a column break in mid-sentence to the article stopped mid-sentence whose subject it is.

        Two articles stopped mid-sentence at their columns' feet (…不仅是地理范围拓展，更是 / the next article's title
        and columns, …在制造、教育、医疗、文旅 / blank / 国家层面在科技创新顶层设计上的重要…): the block after the
        break runs on in the article read last, though no word runs across (更是 / 国家, 文旅 / 国家 alike). Its
        words show whose it is, as ``_regroup_by_subject`` weighs them: the block, up to the next column break after
        a finished sentence, goes to an article before it on the page that stopped mid-sentence, when it shares
        ``_subject_leads`` more subject words with it than with the rest of its own, and finishes that article's
        last paragraph. Each such break of an article is asked in turn till one block goes.
        """
        if len(drafts) < 2 or self.hints or self.unbroken:
            return
        starts = [row.line.start for row in self.rows]
        for draft in sorted(drafts, key=lambda d: d.first_row):
            if draft.photo or not draft.paragraphs:
                continue
            # The cheap test first (issue 13): most pages hold no other article stopped mid-sentence above a break.
            stops = [max(d.rows) for d in drafts if d is not draft and d.rows and _cut_off(d)]
            if not stops:
                continue
            titles = set(draft.title_rows)
            body = sorted(i for i in draft.rows if i not in titles)
            if body != [i for i in draft.rows if i not in titles]:
                continue  # text gathered from several places: left as it was put together
            for k, head, tail in self._mid_sentence_seams(draft, body, after=min(stops)):
                if self._give_seam(drafts, draft, body, (k, head, tail), starts):
                    break  # its paragraphs have changed: one block a page's article

    def _give_seam(
        self,
        drafts: list[_Draft],
        draft: _Draft,
        body: list[int],
        seam: tuple[int, Paragraph, Paragraph],
        starts: Sequence[int],
    ) -> bool:
        """Give the block after ``seam`` in ``draft`` to the stopped article whose subject it is; whether it went."""
        words = self._topics_of
        k, head, tail = seam
        paragraphs = [*draft.paragraphs[:k], head, tail, *draft.paragraphs[k + 1 :]]
        end = next(
            (j for j in range(k + 2, len(paragraphs)) if self._subject_break(paragraphs, j, starts)),
            len(paragraphs),
        )
        run = paragraphs[k + 1 : end]
        own = words(paragraphs[: k + 1] + paragraphs[end:])
        said = words(run)
        mine = said - own
        first = self._rows_of(tail, body)
        if len(mine) < _TOPIC_MIN or len(own) < 2 * _TOPIC_MIN or not first:
            return False
        before = _cut_off_before(drafts, draft, first[0])
        scored = sorted(
            ((len(mine & words(d.paragraphs)), -max(d.rows), n) for n, d in enumerate(before)), reverse=True
        )
        if not scored or not _subject_leads(scored[0][0], len(said & own)):
            return False
        target = before[scored[0][2]]
        draft.paragraphs = paragraphs
        self._give_run(draft, k + 1, end, target)
        evidence = (
            f"its words are that article's subject ({scored[0][0]} of its words, {len(said & own)} of this one's)"
        )
        self._decide("resume", first[:1], evidence, _RESUME)
        return True

    def _mid_sentence_seams(
        self, draft: _Draft, body: list[int], *, after: int
    ) -> Iterator[tuple[int, Paragraph, Paragraph]]:
        """Where column breaks part paragraphs of ``draft`` mid-sentence, no word across: the index, the two parts.

        Only breaks below row ``after`` (the first row where an article stopped mid-sentence) are asked.
        """
        begins = [self.rows[i].line.start for i in body]
        for k, paragraph in enumerate(draft.paragraphs):
            if paragraph.pieces:
                continue
            lo = max(0, bisect.bisect_right(begins, paragraph.span.start) - 1)
            hi = bisect.bisect_left(begins, paragraph.span.end)
            rows = body[lo:hi]
            for j in range(1, len(rows)):
                if rows[j] <= after or not self.rows[rows[j]].line.blank_before:
                    continue
                above, below = self.rows[rows[j - 1]].line.text, self.rows[rows[j]].line.text
                if (
                    not ends_sentence(_compact(above))
                    and _CJK.match(_compact(above)[-1:])
                    and not splits_word(above, below)
                ):
                    head, tail = self._paragraph_unit(rows[:j]).paragraph, self._paragraph_unit(rows[j:]).paragraph
                    if head is not None and tail is not None:
                        yield k, head, tail

    def _lead_read_after(self, drafts: list[_Draft]) -> None:
        """Put an article's opening back before the text its title heads when an extractor read it after that text.

        pdfminer.six may print a title, then a later column of its article (识、未经授权使用他人人脸信息的…), then the
        article's first columns, stopped in a word (…未对人工智能生成内容进行标). Text under a title that opens by
        finishing a word, or on a sentence's or a clause's last words (5.9%。…, 下，…), opens no article: where an
        untitled text after it on the page stops in mid-sentence on the very word that opening finishes, that text
        is the article's opening, and the two are joined in the order they are read.
        """
        if len(drafts) < 2 or self.hints:
            return
        for draft in sorted(drafts, key=lambda d: d.first_row):
            if draft.photo or not draft.title_rows or not draft.paragraphs:
                continue
            head = _compact(draft.paragraphs[0].text)[:_WORD_REACH]
            if not head or self._opens_paragraph(self._rows_of(draft.paragraphs[0], draft.rows)):
                continue
            tail_word = _SENTENCE_TAIL.match(head) is not None or _CLAUSE_TAIL.match(head) is not None
            first = min(draft.rows)
            found = [
                d
                for d in drafts
                if d is not draft
                and not d.photo
                and not d.title_rows
                and d.paragraphs
                and d.rows
                and min(d.rows) > first
                and (d.byline is None or draft.byline is None)  # two bylines: two articles
                and _cut_off(d)
                and (tail_word or finishes_word(_read_tail(d.paragraphs[-1].text.rstrip()), _as_read(head)))
            ]
            if len(found) != 1:
                continue
            lead = found[0]
            joined = _carried_paragraph(lead.paragraphs[-1], draft.paragraphs[0], self.source)
            draft.paragraphs = [*lead.paragraphs[:-1], joined, *draft.paragraphs[1:]]
            draft.rows.extend(lead.rows)
            draft.caption_rows.extend(lead.caption_rows)
            draft.byline = draft.byline or lead.byline
            drafts.remove(lead)
            evidence = "its opening, read after the text its title heads, stops on the word that text finishes"
            self._decide("resume", [min(lead.rows)], evidence, _RESUME)

    def _regroup_under_foreign_title(self, drafts: list[_Draft]) -> None:
        """Give the text under a title that names little of it to the article before whose subject it is.

        An extractor may read a title block between two columns of another article (…缓解高峰期充电压力。 / “五一”
        假期各地“城超”很忙 / “今天，他们就该站C位” / 国网济宁供电公司创新推出“充电服务驿站”…): the text under the
        title carries on the article above, and the title's own text was read before (5月1日晚，赣江之滨…今天他们就该站,
        with no title). The text goes to the article ended on a finished sentence before it whose subject words it
        shares more than its title's, as ``_subject_leads`` weighs them (``_regroup_by_subject``'s words), and the
        title to the untitled text before it whose words it names (``_SAME_SUBJECT`` of its character pairs at least);
        a title with no such text stays where it is, and so does its text, as on a page whose titles follow their
        bodies. A title of a heading's length right under that article's last line that names that article too is a
        heading of its (pdfminer.six sets a section's heading apart as a box of its own): it goes with the text, as a
        paragraph, whichever way the page's titles go.
        """
        if len(drafts) < 2 or self.hints:
            return
        topics = self._topics_of
        order = sorted(drafts, key=lambda d: d.first_row)
        for draft in order:
            if draft.photo or not draft.title_rows or not draft.paragraphs or draft.byline is not None:
                continue
            if draft.standalone_byline or draft.caption_rows:
                continue
            words = topics(draft.paragraphs)
            title = self._words(draft.title_rows)  # the matching copy: Simplified already
            named = len(words & _topic_words(title))
            titles = set(draft.title_rows)
            body = [i for i in draft.rows if i not in titles]
            if not body:
                continue
            before = _finished_before(order, draft, min(body))
            scored = sorted(
                ((len(words & topics(d.paragraphs)), -max(d.rows), n) for n, d in enumerate(before)),
                reverse=True,
            )
            if not scored or not _subject_leads(scored[0][0], named):
                continue
            target = before[scored[0][2]]
            if (
                len(title) <= _SUBHEAD_CHARS
                and max(target.rows) + 1 == min(draft.title_rows)
                and _overlap(title, "".join(p.text for p in target.paragraphs)) >= _SAME_SUBJECT
            ):
                # the title names the article too, is a heading's length and stands right under its text: a heading
                # of its, read as a title, over a section of its text
                heading = self._paragraph_unit(draft.title_rows).paragraph
                if heading is not None and heading.text:
                    target.paragraphs.append(heading)
                target.paragraphs.extend(draft.paragraphs)
                target.rows.extend(draft.rows)
                drafts.remove(draft)
                evidence = f"a subhead: its words and its text's are that article's ({scored[0][0]} of the text's)"
                self._decide("subhead", draft.title_rows, evidence, _RESUME)
                continue
            if self.titles_after:
                continue  # where titles follow their bodies, the text after a title is no text under it
            # the title's own text: an untitled one before it whose words the title names, the most of them
            homes = sorted(
                (
                    (_overlap(title, "".join(p.text for p in d.paragraphs)), n)
                    for n, d in enumerate(order)
                    if d is not draft
                    and d is not target
                    and not d.photo
                    and not d.title_rows
                    and d.paragraphs
                    and d.rows
                    and max(d.rows) < min(draft.title_rows)
                ),
                reverse=True,
            )
            if not homes or homes[0][0] < _SAME_SUBJECT:
                continue
            home = order[homes[0][1]]
            target.paragraphs.extend(draft.paragraphs)
            target.rows.extend(body)
            home.title_rows = draft.title_rows
            home.rows.extend(draft.title_rows)
            home.titled = True
            drafts.remove(draft)
            evidence = f"its words are that article's subject ({scored[0][0]} of its words, {named} its title's)"
            self._decide("resume", self._rows_of(draft.paragraphs[0], body), evidence, _RESUME)

    def _swap_titles_by_words(self, drafts: list[_Draft]) -> None:
        """Swap the titles of two articles that each name the other's text, not their own.

        A title names its text: of the corpus's 153 titled articles, 148 find at least 30% of their titles'
        character pairs in their own text, and 147 find more there than in any other article of the page. An
        extractor's order may still hand each title of a row of commentaries to its neighbour (three titles set
        over three columns, each read over the next one's text). Two titled articles change titles when a title
        finds less than ``_OWN_LEAD`` of its pairs in its own text and at least ``_PLAIN_LEAD`` in the other's, and
        the swap finds at least ``_SWAP_GAIN`` more pairs in all (both titles' shares added); the best swap first,
        until none is left, which also undoes a title handed round a circle of three.

        Such a title may instead name a text with no title (张志锋's commentary, 烟火日常也是宝贵课堂 read as its title
        printed after it, then 徐阳's text on 烟火日常, untitled): the title moves there, on the same shares, when the
        text it leaves opens with a byline of its own. Text with no byline under a title is often that title's
        article read in pieces (a title's last characters, a column of its text), which would be left with no home.
        """
        titled = [d for d in drafts if d.title_rows and d.paragraphs and not d.photo]
        untitled = [d for d in drafts if not d.title_rows and d.paragraphs and not d.photo]
        if not titled or len(titled) + len(untitled) < 2:  # a title, and another text to give it to
            return
        text = {id(d): to_simplified("".join(p.text for p in d.paragraphs)) for d in titled + untitled}
        pairs: dict[int, set[str]] = {}  # each title's character pairs, by its article

        def fit(title: _Draft, body: _Draft) -> float:
            found = pairs[id(title)]
            return sum(1 for p in found if p in text[id(body)]) / len(found) if found else 0.0

        for _ in range(len(titled)):
            pairs.update((id(d), _pairs(to_simplified(self._words(d.title_rows)))) for d in titled)
            own = {id(d): fit(d, d) for d in titled}
            weak = [d for d in titled if own[id(d)] < _OWN_LEAD]  # most pages: none, and nothing more to ask
            if not weak:
                return
            moves = [
                (fit(x, u) - own[id(x)], n, x, u)
                for n, (x, u) in enumerate((x, u) for x in weak for u in untitled)
                if x.byline is not None and fit(x, u) >= _PLAIN_LEAD
            ]
            gain, _, x, u = max(moves, default=(0.0, 0, None, None), key=lambda s: (s[0], -s[1]))
            if x is not None and u is not None and gain >= _SWAP_GAIN:
                evidence = f"its words are this text's, not those of the text under it (+{gain:.0%})"
                self._take_title(u, self._drop_title(x), evidence)
                titled = [u if d is x else d for d in titled]
                untitled = [x if d is u else d for d in untitled]
                continue
            swaps = [
                (fit(x, y) + fit(y, x) - own[id(x)] - own[id(y)], n, x, y)
                for n, (x, y) in enumerate((x, y) for x in weak for y in titled if y is not x)
                if fit(x, y) >= _PLAIN_LEAD
            ]
            gain, _, x, y = max(swaps, default=(0.0, 0, None, None), key=lambda s: (s[0], -s[1]))
            if x is None or y is None or gain < _SWAP_GAIN:
                return
            held_x, held_y = self._drop_title(x), self._drop_title(y)
            self._take_title(x, held_y, f"its words are this text's, the title it had the other's (+{gain:.0%})")
            self._take_title(y, held_x, f"its words are this text's, the title it had the other's (+{gain:.0%})")

    def _subject_break(self, paragraphs: Sequence[Paragraph], k: int, starts: Sequence[int]) -> bool:
        """Whether paragraph ``k`` of ``paragraphs`` opens after a column break that follows a finished sentence.

        ``starts``: where each row of the page starts.
        """
        paragraph = paragraphs[k]
        if paragraph.pieces:
            return False
        row = self.rows[bisect.bisect_right(starts, paragraph.span.start) - 1]
        return row.line.blank_before > 0 and ends_sentence(paragraphs[k - 1].text)

    def _fold_lone_credits(self, drafts: list[_Draft]) -> None:
        """A credit that found no caption (新华社记者 燕雁摄 alone) is no photo item: it goes to an article beside it.

        The one after it where the credit heads what follows with no blank line (a credit printed under the photo, over
        its caption), else the one before, when that one has a byline (the credit's photographer joins it) or is a photo
        item with captions.
        """
        if self.unbroken:
            return  # with no blank line anywhere, nothing tells whether the credit heads its photo's text or closes it
        order = sorted(drafts, key=lambda d: min(d.rows, default=d.first_row))
        for k, draft in enumerate(order):
            if not draft.photo or draft.paragraphs or any(draft.caption_rows) or draft.title_rows or not draft.rows:
                continue
            last = max(draft.rows)
            after = order[k + 1] if k + 1 < len(order) else None
            before = order[k - 1] if k else None
            heads = after is not None and last + 1 < len(self.rows) and not self.rows[last + 1].line.blank_before
            target = after if heads or before is None else before
            # an article with no byline of its own would take the credit as its byline: it stays a photo item there
            if target is None or not (target.byline is not None or (target.photo and any(target.caption_rows))):
                continue
            target.photo_credits.extend(draft.photo_credits)
            target.rows.extend(draft.rows)
            draft.rows, draft.photo_credits, draft.caption_rows = [], [], []
        drafts[:] = [d for d in drafts if _holds_anything(d)]

    def _fold_one_line_articles(self, drafts: list[_Draft]) -> None:
        """A "title" over one short sentence and nothing more is a paragraph of the article right before it.

        pdfminer.six may part a paragraph's first line from its second by a blank line (…药品数百份。 / 第二十七批中国援
        塞拉利昂医疗队 / blank / 来自湖南省，于今年3月抵塞。 / blank / the next title), and the first line, short of
        the column, reads as a title over a one-line article. No article is one sentence shorter than a line or two
        (``_SHORT_LEAD``) under a title with no byline: where the title lines follow the article before with no line
        between, and the sentence does not open a paragraph of its own, the lines are that article's last paragraph.
        """
        order = sorted((d for d in drafts if d.rows), key=lambda d: min(d.rows))
        for before, draft in itertools.pairwise(order):
            if (
                not draft.title_rows
                or draft.byline is not None
                or draft.photo
                or before.photo
                or draft.caption_rows
                or len(draft.paragraphs) != 1
                or not before.paragraphs
            ):
                continue
            text = _compact(draft.paragraphs[0].text)
            title = sorted(draft.title_rows)
            body = sorted(set(draft.rows).difference(title))
            if len(text) >= _SHORT_LEAD or not ends_sentence(text) or not body or title[-1] > body[0]:
                continue
            if max(before.rows) + 1 != title[0] or not ends_sentence(_compact(before.paragraphs[-1].text)):
                continue
            if self._opens_paragraph(body):
                continue
            rows = [*title, *body]
            paragraph = self._paragraph_unit(rows).paragraph
            if paragraph is None:
                continue
            self._drop_title(draft)
            for i in rows:
                self.rows[i].kind = "body"
            before.paragraphs.append(paragraph)
            before.rows.extend(rows)
            draft.rows, draft.paragraphs = [], []  # folded: no article after it may fold into it
            drafts.remove(draft)
            evidence = "one short sentence under a title line with no byline: the article before runs on"
            self._decide("resume", rows, evidence, _RESUME)

    def _join_across_photos(self, drafts: list[_Draft]) -> None:
        """Text with no title and no byline right after a photo item carries on the article before the photo.

        A photo set into an article's columns comes out between two of its paragraphs (…我们对此十分感动。” /
        图片报道 / its caption and credit / 中国的援助及时高效，…（本报加德满都10月14日电）): a text after a finished
        sentence, so no word or sentence runs across. No article opens without a title or a byline; where the text's
        opening words are the article's (``_SAME_SUBJECT`` of its character pairs found in the article's text), it is
        that one's. Not after a credit alone (中央社記者X攝 over its caption): the text under it is its caption.
        """
        order = sorted((d for d in drafts if d.rows), key=lambda d: min(d.rows))
        for before, photo, after in zip(order, order[1:], order[2:], strict=False):
            if (
                not photo.photo
                or not (photo.caption_rows or photo.paragraphs)  # a credit alone: the text under it is its caption
                or before.photo
                or after.photo
                or not before.paragraphs
                or not after.paragraphs
                or after.title_rows
                or after.byline is not None
                or after.standalone_byline
                or after.caption_rows
            ):
                continue
            opening = to_simplified(_opening(after.paragraphs, 0))
            score = _overlap(opening, to_simplified("".join(p.text for p in before.paragraphs)))
            if score < _SAME_SUBJECT:
                continue
            rows = self._rows_of(after.paragraphs[0], after.rows)
            before.paragraphs.extend(after.paragraphs)
            before.rows.extend(after.rows)
            after.rows, after.paragraphs = [], []
            drafts.remove(after)
            evidence = f"no title or byline opens it after a photo; its words are the article's before ({score:.0%})"
            self._decide("resume", rows, evidence, _RESUME)

    def _move_ahead(self, drafts: list[_Draft]) -> None:
        """Give a block read before the text it continues back to that text's article.

        An extractor may read a column before the one it continues (pdftotext: 勃发展奠定了… / … / 二是技术与人文之间需
        / blank / the next article's title, whose text stops in 为体验经济的蓬 / blank / 要平衡。…). There the block
        follows a finished sentence and opens inside a word that a line further on, the last of its column, stops in;
        and the text after that line finishes the word the block's last line stops in. A word across one break is
        often a chance; across both ends of the block, it is no chance: the block and what follows it in its
        article are put in after that line. A block that opens an article of no byline, title or caption of its own
        goes whole, and that article with it.
        """
        rows = self.rows
        cut = self._column_ends()
        if not cut:
            return
        owner = {i: d for d in drafts if not d.photo for i in d.rows}
        for draft in drafts:
            # The cheap tests first (issue 13): the block runs to the article's end, which must stop inside a word,
            # and a line that stops so must come after it.
            last = max(draft.rows, default=-1)
            if draft.photo or last < 0:
                continue
            if self.measured[last].final:
                # The block ends the article on a sentence's end: it may be the end of another article, one whose
                # text stops inside a word on its last line (…一致认 / blank / the next article, the block read
                # before it: 为，上世纪50年代…).
                chained = [r for r in cut if (t := owner.get(r)) is not None and t is not draft and r == max(t.rows)]
            elif cut[-1] <= last:
                continue
            else:
                # the lines further on whose next line finishes the word the article stops in
                chained = [r for r in cut if r > last and splits_word(rows[last].line.text, rows[r + 1].line.text)]
            # Its whole text may go where nothing of its own opens it (no byline, title or caption): a block at the
            # top of the page or under another article's title (从科交会三“新”… / 技成果4244项，… read before 4月26日至
            # 28日，… / …本届科交会累计征集科).
            whole = not (draft.byline or draft.standalone_byline or draft.title_rows or draft.caption_rows)
            for k in range(0 if whole else 1, len(draft.paragraphs) if chained else 0):
                found = self._read_ahead(draft, k, chained, owner)
                if found is None:
                    continue
                target, at, r = found
                lines = self._lines_of(target, target.paragraphs[at])
                halves = [target.paragraphs[at]]
                if r in lines and lines[-1] != r:
                    # The paragraph ran on across the break after the line: the block goes between its halves.
                    at_r = lines.index(r) + 1
                    parts = [self._paragraph_unit(part).paragraph for part in (lines[:at_r], lines[at_r:])]
                    halves = [h for h in parts if h is not None]
                elif at + 1 < len(target.paragraphs) and self._rows_of(target.paragraphs[at + 1], target.rows)[:1] == [
                    r + 1
                ]:
                    halves.append(target.paragraphs.pop(at + 1))  # the text after the line, a paragraph of its own
                # One paragraph across each end of the block where the text stops mid-sentence there (SPEC: a
                # paragraph is what the writer started on a new line).
                moved = list(draft.paragraphs[k:])
                if _open_ending(halves[0].text):
                    moved[0] = _carried_paragraph(halves.pop(0), moved[0], self.source)
                if halves[1:] and _open_ending(moved[-1].text):
                    moved[-1] = _carried_paragraph(moved[-1], halves.pop(), self.source)
                target.paragraphs[at : at + 1] = [*halves[:1], *moved, *halves[1:]]
                start = draft.rows.index(self._rows_of(draft.paragraphs[k], draft.rows)[0])
                moving = draft.rows[start:]
                target.rows.extend(moving)
                draft.paragraphs, draft.rows = draft.paragraphs[:k], draft.rows[:start]
                owner.update(dict.fromkeys(moving, target))
                evidence = (
                    f"read before the text it continues: it finishes the word …{_compact(rows[r].line.text)[-6:]}"
                )
                self._decide("resume", moving, evidence, _RESUME)
                break
        drafts[:] = [d for d in drafts if _holds_anything(d)]  # a block moved whole leaves nothing behind

    def _read_ahead(
        self, draft: _Draft, k: int, chained: list[int], owner: dict[int, _Draft]
    ) -> tuple[_Draft, int, int] | None:
        """Where paragraph ``k`` of ``draft`` and the rest of it go (``_move_ahead``), if anywhere.

        The article, the paragraph it goes after, and the row whose word the block's first line finishes, among the
        rows ``chained`` (those whose next line finishes the word ``draft`` stops in).
        """
        rows = self.rows
        if k and _open_ending(draft.paragraphs[k - 1].text):
            return None  # the text before runs on into it
        first = self._rows_of(draft.paragraphs[k], draft.rows)
        if not first or self._opens_paragraph(first):
            return None  # it opens a paragraph of its own
        head = rows[first[0]].line
        if head.blank_before == 0 or not _CJK.match(head.text[:1]):
            return None
        found = [
            r
            for r in chained
            if owner.get(r) not in (None, draft)
            and finishes_word(rows[r].line.text, head.text)
            and not splits_word(rows[r].line.text, rows[r + 1].line.text)  # the text after it does not finish it
        ]
        if len(found) != 1:
            return None
        r = found[0]
        target = owner[r]
        at = next((n for n, p in enumerate(target.paragraphs) if p.span.start <= rows[r].line.start < p.span.end), None)
        return None if at is None else (target, at, r)

    def _join_reports_under_titles_after(self, drafts: list[_Draft]) -> None:
        """Two reports of one day, the title after the second, are one article when the title names both.

        A title may head two reports, its subtitle naming the second (习近平回到北京 / ——离开前出席…欢送仪式 over
        本报北京6月9日电… and 本报平壤6月9日电…). Printed before the bodies, the subtitle keeps the second dispatch in
        the article as it is read (``_second_dispatch``); printed after them, the title goes to the second report
        alone. So an untitled dispatch right before a titled one of the same day is the titled one's first part when
        the title's words name its lead and the subtitle's the second's.
        """
        if not self.titles_after:
            return
        for k in range(len(drafts) - 2, -1, -1):
            first, second = drafts[k], drafts[k + 1]
            one, two = first.byline, second.byline
            if (
                first.title_rows
                or first.photo
                or second.photo
                or not second.title_rows
                or not first.paragraphs
                or not second.paragraphs
                or second.paragraphs[0].pieces
                or one is None
                or two is None
                or None in (one.place, one.day, two.place)
                or one.day != two.day  # two dated dispatches of one day
                or second.first_row != max(first.rows) + 1
            ):
                continue
            lines = [_compact(self.rows[i].line.text) for i in sorted(second.title_rows)]
            cut = next((j for j, text in enumerate(lines) if _SUBTITLE_DASH.match(text)), len(lines))
            title, subtitle = to_simplified("".join(lines[:cut])), to_simplified("".join(lines[cut:]))
            if (
                not subtitle
                or _lead_overlap(title, first) < _SAME_SUBJECT
                or _lead_overlap(subtitle, second) < _SAME_SUBJECT
            ):
                continue
            head = self._head_kept(second)
            first.paragraphs.extend([head, *second.paragraphs[1:]])
            first.rows.extend(second.rows)
            first.title_rows = second.title_rows
            first.caption_rows.extend(second.caption_rows)
            first.photo_credits.extend(second.photo_credits)
            start = self.rows[second.first_row].line.start
            self.decisions[:] = [d for d in self.decisions if not (d.what == "start" and d.span.start == start)]
            evidence = "a second report of the day that the title's subtitle names, the title printed after it"
            self._decide("resume", [second.first_row], evidence, _RESUME)
            del drafts[k + 1]

    def _head_kept(self, draft: _Draft) -> Paragraph:
        """The first paragraph of ``draft`` with its dispatch head kept in its text."""
        first = draft.paragraphs[0]
        begin = (
            draft.byline.span.start if draft.byline is not None and draft.byline.span is not None else first.span.start
        )
        rows = [i for i in sorted(draft.rows) if i not in draft.title_rows]
        return self._text_between(rows, begin, first.span.end)

    def _text_between(self, rows: Sequence[int], begin: int, end: int) -> Paragraph:
        """The paragraph that the lines ``rows`` hold between the offsets ``begin`` and ``end``, lines joined."""
        lines = (self.rows[i].line for i in rows)
        texts = [
            self.source[max(ln.start, begin) : min(ln.end, end)] for ln in lines if begin < ln.end and ln.start < end
        ]
        return Paragraph(text=join_lines(texts), span=Span(begin, end))

    def _photos_over_articles(self, drafts: list[_Draft]) -> None:
        """Photos printed right over the article they picture go to it.

        A photo with no title of its own, right over an article that a byline opens and whose lead its caption speaks
        of, is that article's (中央社 sets a dispatch's photo over its text, across its columns).
        """
        self._photos_under_titles(drafts)
        for k in range(len(drafts) - 2, -1, -1):
            photo, after = drafts[k], drafts[k + 1]
            if self._titled_photo_over(photo, after):
                # Under a title over its article, the article's photo set first (广东阳江力争… / 绿电清风，从这里吹向
                # 全球 / 图为三峡集团阳江青洲海上风电项目。 阳江市委宣传部供图 / 本报记者 贺林平 / 今年一季度，…): the
                # title took the photo for its body, and the article under it, opened by its byline, has none.
                after.title_rows, after.titled = photo.title_rows, True
                texts = [self._lines_of(photo, p) for p in photo.paragraphs] + photo.caption_rows
                after.caption_rows[:0] = [rows for rows in texts if rows]
                after.photo_credits[:0] = photo.photo_credits
                after.rows.extend(photo.rows)
                evidence = "a title over its article's photo and the article under it, opened by its byline"
                self._decide("attach", photo.title_rows, evidence, _ATTACH)
                del drafts[k]
                continue
            if (
                not photo.photo
                or photo.title_rows
                or not photo.caption_rows
                or not photo.rows
                or after.photo
                or after.byline is None
                or after.title_rows
                or not after.paragraphs
                or after.first_row != max(photo.rows) + 1
            ):
                continue
            # The photo's own text, if any, is a caption printed as text (a second photo's, set beside).
            captions = [self._lines_of(photo, p) for p in photo.paragraphs] + photo.caption_rows
            # Each caption is asked on its own: of two photos set side by side, one may picture another part of the
            # story (飛機停在…攔阻系統 beside 台北松山機場裝設…攔阻系統 over 松機已裝設EMAS系統…).
            lead = after.paragraphs[0].text[:200]
            if any(_overlap(self._caption_text(rows), lead) >= _SAME_SUBJECT for rows in captions if rows):
                after.caption_rows[:0] = [rows for rows in captions if rows]
                after.photo_credits[:0] = photo.photo_credits
                after.rows.extend(photo.rows)
                del drafts[k]
        self._photos_under_articles(drafts)

    def _photos_under_titles(self, drafts: list[_Draft]) -> None:
        """Photos set across the top of their article, between its title and its text, go to it.

        A photo with captions and no title or text of its own, whose rows stand right after the article's title
        lines and right before its first line of text (宏福苑世紀浩劫火場圖片 / … / 宏福苑起火的大廈嚴重焚毀。 / … /
        蘇偉明攝、陳德賢攝 / 大埔宏福苑上周三…), is that article's.
        """
        starts = {d.first_row: d for d in drafts if not d.photo and d.title_rows and d.paragraphs}
        for photo in list(drafts):
            if not photo.photo or photo.title_rows or photo.paragraphs or not photo.caption_rows or not photo.rows:
                continue
            after = starts.get(max(photo.rows) + 1)
            if after is None or max(after.title_rows) != min(photo.rows) - 1:
                continue
            after.caption_rows[:0] = [rows for rows in photo.caption_rows if rows]
            after.photo_credits[:0] = photo.photo_credits
            after.rows.extend(photo.rows)
            self._decide("attach", sorted(photo.rows), "a photo between a title and its article's text", _ATTACH)
            drafts.remove(photo)

    def _titled_photo_over(self, photo: _Draft, after: _Draft) -> bool:
        """Whether ``photo``, a photo item under a title on a page of titles first, is the article's under it.

        A caption or two (its text, if any, a caption's length); right over an article with no title that a byline
        opens, or whose lead the title names; its title no photo label (图片报道 heads a photo item of its own).
        """
        return (
            photo.photo
            and bool(photo.title_rows)
            and not self.titles_after
            and 0 < len(photo.paragraphs) + len([rows for rows in photo.caption_rows if rows]) <= _CAPTIONS_UNDER_TITLE
            and sum(len(p.text) for p in photo.paragraphs) <= _CAPTION_MAX
            and not any(_compact(self.rows[i].line.text) in _PHOTO_LABELS for i in photo.title_rows)
            and not after.photo
            and not after.title_rows
            and bool(after.paragraphs)
            and after.first_row == max(photo.rows) + 1
            # opened by its byline, or (a paper that prints none) its lead named by the title, a headline's: no
            # subtitle (——访尼泊尔国家重建局局长贾瓦利, another article's, over the text it runs on with)
            and (
                after.byline is not None
                or (
                    not _SUBTITLE_DASH.match(self.rows[photo.title_rows[0]].line.text)
                    and _overlap(self._words(photo.title_rows), to_simplified(after.paragraphs[0].text[:200]))
                    >= _SAME_SUBJECT
                )
            )
        )

    def _photos_under_articles(self, drafts: list[_Draft]) -> None:
        """A photo read right after the article it pictures, and not of the one after it, goes to it.

        Its captions name what the article's title and lead name (习近平和彭丽媛参谒中朝友谊塔 / 本报平壤6月9日电… /
        新华社记者 丁海涛摄 / 当地时间6月9日上午，…参谒中朝友谊塔。…), more than the next article's. The article has a
        title or, as 中央社's dispatches have none, a byline that opens it (…松機已裝設EMAS系統… / （編輯：X）1131230 /
        台北松山機場裝設工程材料攔阻系統（EMAS）…（圖取自…）).
        """
        for k in range(len(drafts) - 1, 0, -1):
            photo = drafts[k]
            # the article read right before it: listed before it, or, a photo set apart and listed last, by its rows
            before = drafts[k - 1]
            if photo.rows and before.rows and min(photo.rows) != max(before.rows) + 1:
                before = next((d for d in drafts if d.rows and max(d.rows) + 1 == min(photo.rows)), before)
            if (
                not photo.photo
                or photo.title_rows
                or not photo.caption_rows
                or before.photo
                or not (before.title_rows or before.byline is not None)
                or not before.paragraphs
                or min(photo.rows) != max(before.rows) + 1
            ):
                continue
            # its text, if any, is a caption printed as text (``_photos_over_articles``)
            captions = [
                rows for rows in [self._lines_of(photo, p) for p in photo.paragraphs] + photo.caption_rows if rows
            ]
            words = "".join(self._caption_text(rows) for rows in captions)
            own = _overlap(words, self._words(before.title_rows) + before.paragraphs[0].text[:200])
            after = next((d for d in drafts if d.rows and min(d.rows) == max(photo.rows) + 1), None)
            other = (
                _overlap(words, self._words(after.title_rows) + after.paragraphs[0].text[:200])
                if after is not None and not after.photo and after.paragraphs
                else 0.0
            )
            if (own >= _SAME_SUBJECT or self._labelled_without_photo(before)) and own > other:
                before.caption_rows.extend(captions)
                before.photo_credits.extend(photo.photo_credits)
                before.rows.extend(photo.rows)
                del drafts[k]

    def _labelled_without_photo(self, draft: _Draft) -> bool:
        """Whether ``draft`` is a photo item by its title (图片报道, and no more) whose photo has not been found."""
        return not draft.caption_rows and self._words(draft.title_rows) in _PHOTO_LABELS

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
        before: _Unit | None = None  # the unit printed just before the pending captions
        held: _Unit | None = None  # a photo credit printed over the captions it closes (in caption type)
        titled_photo: _Draft | None = None  # a photo under a title, which the body after it (if any) takes over
        noticed = False  # the unit before was the notice an agency prints under its sign-off
        taken = 0  # units before this index were taken as a photo's captions already
        for index, unit in enumerate(units):
            if index < taken:
                continue
            signed_off = boundary and ended is _SIGN_OFF_END and unit.kind == "para"
            after_notice, noticed = noticed, False
            if (
                pending_captions
                and unit.kind not in ("caption", "photo_credit")
                and self._typeset_photo(pending_captions)
            ):
                current, closed, titled_photo = self._set_photo(
                    pending_captions, held, current=current, before=before, into=drafts
                )
                boundary = boundary or closed
                pending_captions, held = [], None
            under_title = index > 0 and units[index - 1].kind == "title"
            if (
                unit.kind == "para"
                and unit.byline is not None
                and current is not None
                and current.standalone_byline
                and not current.paragraphs
                and not boundary
            ):
                # An author line over a dispatch head (新华社记者 X / 新华社北京4月29日电 …): one article, the head
                # opening its text.
                current.dispatch = unit.byline
                current.paragraphs.append(self._with_head(unit))
                current.rows.extend(unit.rows)
            elif (
                unit.kind == "para" and current is not None and self._second_dispatch(current, unit, boundary=boundary)
            ):
                # Under one title in a PDF, a dispatch head without a title of its own opens the article's next part
                # (新华社华盛顿4月26日电 after the item of the 25th): it stays in the text, as printed.
                current.paragraphs.append(self._with_head(unit))
                current.rows.extend(unit.rows)
            elif unit.kind == "para":
                assert unit.paragraph is not None  # noqa: S101 - set for every paragraph unit
                decided = len(self.decisions)  # a "resume" made from here on carries the unit on an article's text
                if (
                    signed_off
                    and not _SOURCE_NOTE.search(unit.paragraph.text.rstrip())
                    and not _text_stops_short(unit.paragraph.text)
                ):
                    # what follows the sign-off is the article's own, a notice, unless a photo's caption or text
                    # that stops mid-sentence (another article's, read on after a column break)
                    boundary = False
                    noticed = unit.byline is None
                if (
                    boundary
                    and ended is _PHOTO_END
                    and unit.byline is None
                    and (earlier := self._after_photo(waiting, unit)) is not None
                ):
                    # A photo set inside an article's columns: the text after it finishes the word the article
                    # stopped in before it (…为特征的高 / 图片报道 / caption / 质量发展模式).
                    evidence = f"{_tail(earlier)} runs on after a photo set in its columns"
                    self._decide("resume", unit.rows, evidence, _RESUME)
                    waiting.remove(earlier)
                    current, boundary = earlier, False
                elif (
                    boundary and under_title and unit.byline is None and self._line_over_dispatch(current, units, index)
                ):
                    # One line that stops mid-sentence between a title and the dispatch that opens the title's
                    # article is no text of it (the dispatch opens it): a paragraph's first line of the article above,
                    # at its column's foot (民调机构： / 德国选择党支持率创新高 / “2018年以来，保护区已接待约5000名 /
                    # 新华社柏林4月26日电…), which its next column carries on.
                    assert current is not None  # noqa: S101 - _line_over_dispatch holds only for an article
                    evidence = f"{_tail(current)} goes on in a line between a title and its dispatch"
                    self._decide("resume", unit.rows, evidence, _RESUME)
                    boundary = False
                elif boundary and under_title and unit.byline is None and self._runs_across(current, unit):
                    # A title set inside an article's columns (beside its own text, or over the next article's,
                    # read in the middle of this one): the text under it finishes the word the text above stopped
                    # in (…会》等跨界剧 / 方案成形 伊朗能… / 目相继上演), and the title looks for its article elsewhere.
                    assert current is not None  # noqa: S101 - _runs_across holds only for an article
                    self._decide(
                        "resume", unit.rows, f"{_tail(current)} runs on across a title in its columns", _RESUME
                    )
                    boundary = False
                elif unit.byline is None and (earlier := self._bracket_closed(waiting, unit)) is not None:
                    # Read after other text, a block that opens by closing a bracket finishes the article that
                    # stopped inside one (…鳥血」。（譯者：曹 / … / 宇帆/核稿：何宏儒）1140206).
                    evidence = f"{_tail(earlier)} stopped inside a bracket this block closes"
                    self._decide("resume", unit.rows, evidence, _RESUME)
                    waiting.remove(earlier)
                    if current is not None and current is not earlier and _cut_off(current):
                        waiting.append(current)
                    current, boundary = earlier, False
                elif (signed_off or after_notice) and (ahead := self._captions_ahead(units, index)) is not None:
                    # Under an agency's sign-off (or the notice under it), a short block whose sentences end on their
                    # sources (…空難。（路透社） / （中央社製圖）) is a photo's captions when an article or a title
                    # follows at once (more text under it may be more captions, with a credit of their own): a photo
                    # of its own, which may picture the article after it (``_photos_over_articles``).
                    taken, captions = ahead
                    rows = [i for k in range(index, taken) for i in units[k].rows]
                    current = _Draft(first_row=unit.rows[0], photo=True, rows=rows, caption_rows=captions)
                    drafts.append(current)
                    evidence = "captions ending on their sources after an agency's sign-off"
                    self._decide("start", rows, evidence, _FIRM)
                    ended = _PHOTO_END
                    continue
                elif unit.byline is not None and current is not None and not boundary and _editors_note_only(current):
                    # 编者按：… over a dispatch (本报讯（记者X）…): the editor's note heads the article it opens.
                    current.byline = unit.byline
                    self._decide("attach", unit.rows, "a byline under the editor's note that opens the article", _RULE)
                elif (
                    noted := (
                        current is not None
                        and unit.byline is None
                        and bool(current.paragraphs)
                        and _ends_on_note(current.paragraphs[-1].text)
                    )
                ) and (earlier := self._resumed(waiting, current, unit)) is not None:
                    # After a note that closes the article (（摘编自《长沙晚报》，原题为…）), text read on is an earlier
                    # article's, stopped mid-sentence, or a new one's, never this one's.
                    evidence = f"an article stopped mid-sentence ({_tail(earlier)}) runs on after a closing note"
                    self._decide("resume", unit.rows, evidence, _RESUME)
                    waiting.remove(earlier)
                    current = earlier
                elif current is None or boundary or unit.byline is not None or index in interview_starts or noted:
                    if current is not None and _cut_off(current):
                        waiting.append(current)
                    current = _Draft(byline=unit.byline, first_row=unit.rows[0], titled=under_title)
                    if (title := self._title_over(units, index)) is not None:
                        current.subtitle = self._subtitle_words(title)
                    drafts.append(current)
                    self._take_photo(current, titled_photo, drafts)
                    titled_photo = None
                    boundary = False
                    if unit.byline is not None:
                        ended = (f"a byline opens it: {unit.byline.text}", _FIRM)
                    elif index in interview_starts:
                        ended = ("an interview's lead-in before its first question", _INTERVIEW)
                    self._decide("start", unit.rows, *ended)
                elif (tail := self._carried_into(current, unit)) is not None:
                    # The page before left an article mid-sentence, and this block finishes its last word: it is
                    # that article's, set apart here so that the pages' join gives it back (``_joined``).
                    self.carried.remove(tail)
                    current = _Draft(first_row=unit.rows[0])
                    drafts.append(current)
                    self._decide(
                        "resume", unit.rows, f"carries on an article of the page before (…{tail[-8:]})", _RESUME
                    )
                    self.carried_spans.append(self.decisions[-1].span)
                elif (earlier := self._resumed(waiting, current, unit)) is not None:
                    # Columns read one after another put an article's next column after the start of the one set
                    # beside it: a block after a column break, when the article there is done and an earlier one
                    # stopped mid-sentence, is the earlier one's.
                    evidence = f"an article stopped mid-sentence ({_tail(earlier)}) runs on after a column break"
                    self._decide("resume", unit.rows, evidence, _RESUME)
                    waiting.remove(earlier)
                    if _cut_off(current) and current not in waiting:
                        waiting.append(current)  # it runs on further down (``_resumed_elsewhere``)
                    current = earlier
                piece, paragraph = unit, unit.paragraph
                while (broken := self._break_into(waiting, current, piece)) is not None:
                    # The paragraph ran on across a column break into another article's column: the part after
                    # the break finishes the word the article waiting last stopped in, and none runs across it.
                    k, earlier = broken
                    head, rest = self._paragraph_unit(piece.rows[:k]), self._paragraph_unit(piece.rows[k:])
                    if head.paragraph is not None and head.paragraph.text:
                        current.paragraphs.append(head.paragraph)
                    current.rows.extend(head.rows)
                    if _cut_off(current):
                        waiting.append(current)
                    evidence = f"an article stopped mid-word ({_tail(earlier)}) runs on after a column break"
                    self._decide("resume", rest.rows, evidence, _RESUME)
                    waiting.remove(earlier)
                    assert rest.paragraph is not None  # noqa: S101 - set for every paragraph unit
                    current, piece, paragraph = earlier, rest, rest.paragraph
                if paragraph.text:  # a byline may fill its lines: the body starts on the next
                    resumed = any(d.what == "resume" for d in self.decisions[decided:])
                    if resumed and current.paragraphs and _open_ending(current.paragraphs[-1].text):
                        # The text read on finishes the sentence the article stopped in: one paragraph, read from
                        # two places (SPEC: a paragraph is what the writer started on a new line).
                        current.paragraphs[-1] = _carried_paragraph(current.paragraphs[-1], paragraph, self.source)
                    else:
                        current.paragraphs.append(paragraph)
                current.rows.extend(piece.rows)
                if not boundary and _sign_off_tail(paragraph.text) and _DESK_SIGN_OFF.search(paragraph.text):
                    boundary, ended = True, _SIGN_OFF_END
            elif unit.kind == "byline" and current is not None and not boundary and _editors_note_only(current):
                # 编者按：… over the author's line: the editor's note heads the article the author signs.
                current.byline, current.standalone_byline = unit.byline, True
                current.rows.extend(unit.rows)
                self._decide(
                    "attach", unit.rows, "an author line under the editor's note that opens the article", _RULE
                )
            elif unit.kind == "byline":
                if current is not None and _cut_off(current):
                    waiting.append(current)  # an author line opens the next article as a byline's paragraph does
                current = _Draft(byline=unit.byline, standalone_byline=True, first_row=unit.rows[0], titled=under_title)
                current.rows.extend(unit.rows)
                drafts.append(current)
                self._take_photo(current, titled_photo, drafts)
                titled_photo = None
                boundary = False
                self._decide("start", unit.rows, f"an author line: {unit.byline.text if unit.byline else ''}", _FIRM)
            elif unit.kind == "title":
                titles.append(index)
                titled_photo = None  # the photo under the title before stands alone: 图片报道
                boundary = True
                ended = ("a title block ends the text before", self._title_score(unit.rows))
            elif unit.kind == "signature" and current is not None:
                current.rows.extend(unit.rows)  # the author signs at the end: the article is done
                if unit.byline is not None and not _names(unit.byline):
                    # A note on the author (（作者为…）) names no one: it is the body's last paragraph.
                    note = self._paragraph_unit(unit.rows).paragraph
                    if note is not None and note.text:
                        current.paragraphs.append(note)
                        current.noted = True
                if current.byline is None:
                    current.byline, current.standalone_byline = unit.byline, True
                elif unit.byline is not None and _names(unit.byline) and not _names(current.byline):
                    # The head named no one (本报讯, 本报北京6月9日电): the reporters sign at the end (（本报记者 X）).
                    current.byline = attrs.evolve(
                        current.byline,
                        reporters=unit.byline.reporters,
                        correspondents=unit.byline.correspondents,
                        photographers=unit.byline.photographers,
                        others=unit.byline.others,
                    )
                boundary = True
                ended = ("an author's signature ends the article before", _FIRM)
            elif unit.kind == "caption":
                if not pending_captions and held is None:
                    before = units[index - 1] if index else None
                pending_captions.append(unit.rows)
            elif unit.kind == "photo_credit" and pending_captions and self._typeset_photo(pending_captions):
                # A photo set in a PDF's caption type may stand inside an article's columns: the text after it
                # carries on that article, unless something else ends it.
                heads_next = self._opens_block(unit) and self._credit_over_caption(units, index)
                current, closed, titled_photo = self._set_photo(
                    pending_captions, held if heads_next else unit, current=current, before=before, into=drafts
                )
                boundary = boundary or closed
                pending_captions, held = [], None
                if heads_next:
                    # A credit that opens a block over captions of its own is the next photo's, not these ones'.
                    held, before = unit, units[index - 1]
            elif unit.kind == "photo_credit" and not pending_captions and self._credit_over_caption(units, index):
                held, before = unit, units[index - 1] if index else None
            elif unit.kind == "photo_credit":
                if current is not None and _cut_off(current) and current not in waiting:
                    waiting.append(current)  # a photo may stand inside its columns: its text may run on after it
                current = self._close_photo(current, units, index, pending_captions)
                pending_captions = []
                boundary = (
                    boundary
                    or current is None
                    or current.photo
                    or not current.paragraphs
                    or not self._column_text(units, index + 1)
                )
                ended = _PHOTO_END
        if pending_captions and self._typeset_photo(pending_captions):
            self._set_photo(pending_captions, held, current=current, before=before, into=drafts)
        elif pending_captions:
            self._close_photo(current, units, len(units), pending_captions)
        return [d for d in drafts if d.paragraphs or d.caption_rows or d.standalone_byline], titles

    @staticmethod
    def _opens_article(unit: _Unit) -> bool:
        """Whether ``unit`` opens an article of its own: a title, an author line, a paragraph a byline opens."""
        return unit.kind in ("title", "byline") or (unit.kind == "para" and unit.byline is not None)

    def _captions_ahead(self, units: list[_Unit], index: int) -> tuple[int, list[list[int]]] | None:
        """The paragraphs from ``index`` up to the next article as a photo's captions, each ending on its source.

        Where a caption's source note closes a paragraph (…減緩速度。（圖取自 / facebook.com/TSA.tw）), the captions
        of one photo are several paragraphs: they run to the unit that opens the next article, or to the page's end.
        Returns the index after the last of them and their captions, or None.
        """
        end = index
        while end < len(units) and units[end].kind == "para" and units[end].byline is None:
            end += 1
        if end == index or (end < len(units) and not self._opens_article(units[end])):
            return None
        captions = self._source_noted_captions([i for k in range(index, end) for i in units[k].rows])
        # A caption may run over paragraphs (an extractor's lines, each its own), but none ends inside one on a
        # sentence's end: that is a paragraph of text, or a notice (（珍惜生命，…「1980」。）), not a caption's line.
        ends = {rows[-1] for rows in captions}
        inside = [units[k].rows[-1] for k in range(index, end) if units[k].rows[-1] not in ends]
        return (end, captions) if captions and not any(self.measured[i].final for i in inside) else None

    def _source_noted_captions(self, rows: list[int]) -> list[list[int]]:
        """The captions of the block ``rows`` if each ends on its source in brackets (…空難。（路透社）), else none.

        A caption ends at a line that ends on a source note after a sentence, or that is one alone (（中央社製圖）);
        the block must end on one, and hold no more than a caption's few lines each.
        """
        captions: list[list[int]] = [[]]
        text = ""
        for i in rows:
            captions[-1].append(i)
            text += self.rows[i].line.text.strip()  # a note may wrap: …（圖取自 / facebook.com/TSA.tw）
            if text.endswith(("）", ")")) and (_SOURCE_NOTE.search(text) or _NOTE_ALONE.match(text)):
                captions.append([])
                text = ""
        if captions[-1] or len(captions) < 2 or any(len(c) > _CAPTION_LINES for c in captions[:-1]):
            return []
        return captions[:-1]

    @staticmethod
    def _cut_last(draft: _Draft, block: list[_Unit]) -> list[int]:
        """Take the paragraph units ``block``, the last of ``draft``, out of it; their rows."""
        rows = [i for unit in block for i in unit.rows]
        del draft.paragraphs[-len(block) :]
        draft.rows[:] = [i for i in draft.rows if i not in rows]
        return rows

    def _lines_of(self, draft: _Draft, paragraph: Paragraph) -> list[int]:
        """The rows of ``draft`` that ``paragraph`` was read from."""
        span = paragraph.span
        return [i for i in draft.rows if span.start <= self.rows[i].line.start < span.end]

    def _caption_measure(self, rows: list[int], above: list[int]) -> bool:
        """Whether the lines ``rows`` of a paragraph (but its last) are set wider than the text.

        The text's measure is that of the full lines of the paragraph ``above`` (their median: the column worked out
        nearby may be the caption's own), or the column where that paragraph has one line.
        """
        lines = rows[:-1] or rows
        full = sorted(self.measured[i].width for i in above[:-1])  # its lines but the last, which may stop short
        body = full[len(full) // 2] if full else 0
        for i in lines:
            column = body or (self._column_at(i))
            if not column or column <= 0 or self.measured[i].width <= column + _FULL_TITLE:
                return False
        return True

    def _column_text(self, units: list[_Unit], index: int) -> bool:
        """Whether ``units[index]`` is a paragraph set in the column's measure, not wider as a caption is."""
        if index >= len(units) or units[index].kind != "para":
            return False
        for i in units[index].rows:
            column = self._column_at(i)
            if not column or column <= 0 or self.measured[i].width > column + _FULL_TITLE:
                return False
        return True

    def _after_photo(self, waiting: list[_Draft], unit: _Unit) -> _Draft | None:
        """The article of ``waiting`` that the paragraph ``unit``, right after a photo, carries on (``_runs_on``)."""
        first = self.rows[unit.rows[0]].line
        return next((w for w in reversed(waiting) if self._runs_on(w, first)), None)

    def _carried_into(self, current: _Draft, unit: _Unit) -> str | None:
        """The tail of ``self.carried`` whose last word the paragraph ``unit`` finishes, after a column break."""
        first = self.rows[unit.rows[0]].line
        if not self.carried or not current.paragraphs or current.photo or first.blank_before == 0:
            return None
        last = current.paragraphs[-1].text
        if not (ends_sentence(last) or _ends_in_dispatch(last)):
            return None
        return next((tail for tail in reversed(self.carried) if finishes_word(_read_tail(tail), first.text)), None)

    def _resumed(self, waiting: list[_Draft], current: _Draft, unit: _Unit) -> _Draft | None:
        """The article of ``waiting`` that the paragraph ``unit``, which would go on ``current``, carries on, if any.

        The latest one that ran on first: columns are read in order.
        """
        first = self.rows[unit.rows[0]].line
        if not waiting or not current.paragraphs or current.photo or first.blank_before == 0:
            return None
        last = current.paragraphs[-1].text
        # …弱化”。新华社北京4月29日电 closes it too, and so does a closing note (（摘编自《新华日报》）)
        if not (ends_sentence(last) or _ends_in_dispatch(last) or _ends_on_note(last)):
            return self._finished_past_heading(waiting, current, first) or self._resumed_elsewhere(
                waiting, current, unit
            )
        if self._opens_paragraph(unit.rows):
            return None  # an article stopped mid-sentence runs on mid-paragraph
        found = next((w for w in reversed(waiting) if w is not current and self._runs_on(w, first)), None)
        opening = _compact(first.text)
        # (a figure closing the text above, which reads as an agency's date code, is finished by 年，… itself)
        clause_tail = _CLAUSE_TAIL.match(opening) is not None and not last.rstrip()[-1:].isdecimal()
        if found is None and (_SENTENCE_TAIL.match(opening) or clause_tail):
            # A block that opens on the last word or two of a sentence (游客。”库金说…), or on one character and a
            # clause's mark (下，双方…), finishes one that another article left open: no paragraph opens so.
            found = next(
                (w for w in reversed(waiting) if w is not current and not ends_sentence(w.paragraphs[-1].text)),
                None,
            )
        return found

    def _resumed_elsewhere(self, waiting: list[_Draft], current: _Draft, unit: _Unit) -> _Draft | None:
        """The article of ``waiting`` that ``unit`` carries on when ``current``, stopped mid-sentence, runs on later.

        Two articles' columns read in turn (A, B, A, B: pdftotext on a page of two articles side by side) leave both
        stopped mid-sentence at a column break, and the block after the break may carry on either. Where no word runs
        across into it from ``current`` (…《办法》通过区 / 了一套党外人士…), but further down a block after a finished
        sentence opens by finishing ``current``'s last word (…提升能力。 / 分显式标识与…: 区分), that block is
        ``current``'s, and this one carries on the latest waiting article stopped mid-sentence. (``_break_into`` asks
        the same inside a paragraph that reflow ran on across the break.)
        """
        first = self.rows[unit.rows[0]].line
        tail = _read_tail(current.paragraphs[-1].text.rstrip())
        earlier = _latest_cut_off(waiting, current)
        if earlier is None or splits_word(tail, first.text) or self._opens_paragraph(unit.rows):
            return None
        return earlier if self._finished_below(tail, unit.rows[-1] + 1) else None

    def _finished_below(self, tail: str, start: int) -> bool:
        """Whether a block from row ``start`` on, after a finished sentence, opens by finishing ``tail``'s last word.

        ``finishes_word``, not ``splits_word``: a word across by chance (日 / 共同未来 reads 日共) is no evidence. The
        next printed page's first line counts too, after this page's last sentence: the join of the pages gives
        it to the article that stopped in that word (``_carried_before``).
        """
        rows, measured = self.rows, self.measured
        if rows and measured[-1].final and self.next_line and finishes_word(tail, self.next_line):
            return True
        return any(
            rows[k].line.blank_before
            and rows[k].kind == "body"
            and measured[k - 1].final
            and finishes_word(tail, rows[k].line.text)
            for k in range(max(start, 1), len(rows))
        )

    def _finished_past_heading(self, waiting: list[_Draft], current: _Draft, first: Line) -> _Draft | None:
        """The article of ``waiting`` whose last word ``first`` finishes, read after a heading of ``current``.

        A subhead read as the article's last line (统筹做好四篇强产业大文章) ends no sentence, yet closes nothing the
        block after it carries on: where the block opens by finishing the word an earlier article stopped in (…吉林
        正在打通科技成果转 / … / 化的“最后一公里”。) and reads on from no part of the heading's, it is that article's.
        """
        last = current.paragraphs[-1]
        if len(_compact(last.text)) > _SUBHEAD_MAX or "\n" in self.source[last.span.start : last.span.end].strip():
            return None  # a paragraph's text, stopped mid-sentence: the block may carry it on
        if splits_word(_read_tail(last.text), first.text):
            return None
        return next(
            (
                w
                for w in reversed(waiting)
                if w is not current and finishes_word(_read_tail(w.paragraphs[-1].text.rstrip()), first.text)
            ),
            None,
        )

    def _bracket_closed(self, waiting: list[_Draft], unit: _Unit) -> _Draft | None:
        """The latest article of ``waiting`` stopped inside a bracket that the paragraph ``unit`` opens by closing."""
        if not waiting:
            return None
        first = self.rows[unit.rows[0]].line.text
        if "）" not in first and ")" not in first:  # the cheap test first: most lines close no bracket (issue 13)
            return None
        text = _compact(first)
        opening = next((k for k, ch in enumerate(text) if ch in "（([【〔"), len(text))
        if _open_brackets(text[:opening]) >= 0:  # the line closes a bracket before it opens one
            return None
        return next((w for w in reversed(waiting) if w.paragraphs and _open_brackets(w.paragraphs[-1].text) > 0), None)

    def _break_into(self, waiting: list[_Draft], current: _Draft, unit: _Unit) -> tuple[int, _Draft] | None:
        """Where the paragraph ``unit`` crosses a column break into the text of the article waiting last, if it does.

        At a blank line inside it, after a line that stops mid-sentence, no word runs across the break, and the line
        after it finishes the word that article stopped in, and no other waiting article's (…行万 / blank / 流，…
        after …污水横: columns read one after another). Or no waiting article's word runs across either, and the
        line before the break is finished further down (``_finished_below``), or it stops on a clause's mark and the
        line after opens with a bound particle alone (``_bound_particle``): the latest waiting article then, one
        stopped on a word for the particle. The index in ``unit.rows`` of that line and the article.
        """
        if not waiting or current.photo or self.in_place:
            return None
        rows = unit.rows
        for k in range(1, len(rows)):
            line = self.rows[rows[k]].line
            if line.blank_before == 0:
                continue
            if self.measured[rows[k - 1]].final:
                # a sentence's last words after a finished one open no paragraph (…维持在高位。 / blank /
                # 游客。”库金说…): they finish the article waiting last, which stopped mid-sentence
                last = waiting[-1]
                if (
                    _SENTENCE_TAIL.match(_compact(line.text))
                    and last is not current
                    and _text_stops_short(last.paragraphs[-1].text)
                ):
                    return k, last
                if last is not current and self._closes_quote_left_open(last, unit, k):
                    return k, last
                continue
            if splits_word(self.rows[rows[k - 1]].line.text, line.text):
                continue
            found = [
                w
                for w in waiting
                if w is not current
                and _cut_off(w)
                and splits_word(_read_tail(w.paragraphs[-1].text.rstrip()), line.text)
            ]
            if len(found) == 1 and found[0] is waiting[-1]:
                return k, found[0]
            if found:
                continue
            # No word runs across into either, but the text before the break is finished further down, after a
            # finished sentence (…通过区 / blank / 了一套… ; later …提升能力。 / blank / 分显式…: 区分): the line
            # after the break carries on the latest waiting article stopped mid-sentence (``_resumed_elsewhere``).
            earlier = _latest_cut_off(waiting, current)
            before = self.rows[rows[k - 1]].line.text.rstrip()
            if earlier is not None and self._finished_below(before, rows[-1] + 1):
                return k, earlier
            # A bound particle alone (的, 了, 着: 的‘疯狂’场景…) attaches to the word before it, and no clause opens
            # with one after a comma (…今年一季度， / blank / 的‘疯狂’…): it carries on the latest waiting article
            # that stopped on a word (…“我们被轻轨穿楼).
            if before[-1:] in _CLAUSE_END and _bound_particle(line.text):
                ends_on_word = _latest_cut_off(waiting, current, on_word=True)
                if ends_on_word is not None:
                    return k, ends_on_word
        return None

    def _closes_quote_left_open(self, waiting: _Draft, unit: _Unit, k: int) -> bool:
        """Whether the text of ``unit`` from its row ``k`` on closes the quotation ``waiting`` stopped inside.

        A finished sentence, a column break, then a full line that opens no paragraph: the text after the break
        closes a quotation (”) before it opens one, and ``waiting`` stopped mid-sentence inside one (…“在中国学习生活
        的两周时间里， / another article, done: …于今年3月抵塞。 / blank / 深入了解当地文化不只依靠语言，互动和体验也
        十分重要”……), while the text before the break in ``unit`` leaves none open.
        """
        tail = waiting.paragraphs[-1].text
        if not _text_stops_short(tail) or tail.count("“") <= tail.count("”"):
            return False
        rows = unit.rows
        if self._opens_paragraph(list(rows[k : k + 2])):
            return False
        before = "".join(self.rows[i].line.text for i in rows[:k])
        if before.count("“") != before.count("”"):
            return False
        after = "".join(self.rows[i].line.text for i in rows[k:])
        closes = after.find("”")
        return closes > 0 and "“" not in after[:closes]

    def _line_over_dispatch(self, current: _Draft | None, units: list[_Unit], index: int) -> bool:
        """Whether ``units[index]``, under a title, is one line stopping mid-sentence right over a dispatch."""
        unit = units[index]
        if self.unbroken or current is None or current.photo or not current.paragraphs or len(unit.rows) != 1:
            return False  # where no line is blank, a title's last line may stand so (…以色列与美国才是 / 新华社…电)
        after = units[index + 1] if index + 1 < len(units) else None
        if after is None or after.kind != "para" or after.byline is None or after.byline.agency is None:
            return False
        return unit.paragraph is not None and _text_stops_short(unit.paragraph.text)

    def _runs_across(self, current: _Draft | None, unit: _Unit) -> bool:
        """Whether the paragraph ``unit``, under a title, finishes the word the text of ``current`` stopped in."""
        if current is None or current.photo or not current.paragraphs or not _cut_off(current):
            return False
        return splits_word(_read_tail(current.paragraphs[-1].text.rstrip()), self.rows[unit.rows[0]].line.text)

    def _opens_paragraph(self, block: list[int]) -> bool:
        """Whether the block of rows ``block`` opens with a paragraph's first line.

        It is indented, or, where the extractor dropped the indent, short of the full line under it by about the
        indent (习近平表示，中缅胞波 / 情谊深厚。当前…).
        """
        first = block[0]
        if self.rows[first].line.indent > 0:
            return True
        if len(block) < 2 or first + 1 >= len(self.widths):
            return False
        column = self.widths[first]
        if not column or column <= 0:
            return False
        width, below = self.measured[first].width, self.measured[first + 1].width
        return below >= column - _FULL_TITLE and width <= min(column, below) - _FULL_TITLE

    def _runs_on(self, waiting: _Draft, first: Line) -> bool:
        """Whether ``waiting``, stopped mid-sentence, plainly runs on into the line ``first`` after a column break.

        A blank line is no column break on pages that set every paragraph apart, and an article may stop for good
        mid-sentence (it jumps to another page); so ``waiting`` must plainly have been cut by its column: it stops
        on a comma or a word that cannot end a sentence (``的``, ``和``), or a word runs across the two, or its last
        line fills the column.
        """
        tail = waiting.paragraphs[-1].text.rstrip()
        if tail[-1:] in _OPEN_END or splits_word(_read_tail(tail), first.text):
            return True
        last = max(waiting.rows)
        column = self.widths[last] if last < len(self.widths) else None
        if column is None or self.rows[last].kind != "body":
            return False
        # a full line that ends a paragraph of several lines, none of them past the column by more than the slack of
        # a full line (figures and letters are measured a little wider: …在2024年未经自), as a title across columns
        # read as text is (a title line may be as wide as a narrow column, but not its kicker too)
        start = waiting.paragraphs[-1].span.start
        lines = [i for i in waiting.rows if self.rows[i].line.start >= start]
        if len(lines) == 1 and lines[0] == last:
            # A paragraph's first line alone at the column's foot, as wide as the column less the indent, stopped in
            # a word (法庭指出，“日军仅于占领南京后最初的六个星期 / the next article / 内，不算大量…)
            width = self.measured[last].width
            return column - _FIRST_LINE_SHORT <= width <= column and bool(_CJK.match(tail[-1:]))
        return (
            len(lines) > 1
            and abs(self.measured[last].width - column) < _FULL_TITLE
            and all(self.measured[i].width <= column + _FULL_TITLE for i in lines)
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
        # A credit line of its own right under a paragraph of an article that has more than that one.
        under_text = (
            not own_text
            and not captions
            and bool(credit_rows)
            and lead_draft is not None
            and len(lead_draft.paragraphs) > 1
            and back >= 0
            and units[back].kind == "para"
        )
        if under_text and lead_draft is not None and (block := self._apart_block(units, back, lead_draft)):
            # A short block set apart by a blank line just above a photo credit is the photo's caption, not the
            # last paragraphs of the article before it (one paragraph, or a few where its lines end short).
            rows = self._cut_last(lead_draft, block)
            if (
                (lead_draft.byline is not None or lead_draft.titled)
                and self._column_text(units, index + 1)
                and units[index + 1].byline is None
            ):
                # The article's text goes on under the photo: the photo is set in its columns, and is its.
                self._add_photo(lead_draft, [rows], credit, credit_rows)
                return current
            moved = self._paragraph_unit(rows).paragraph
            assert moved is not None  # noqa: S101 - set for every paragraph unit
            lead_draft = _Draft(first_row=rows[0], paragraphs=[moved], rows=rows)
            self.extra_drafts.append(lead_draft)
            own_text = True
        # The article's last paragraph right over the credit, or ending on it (…改善計畫。（記者王小明攝）).
        over_credit = (
            credit is not None
            and not own_text  # the block above was cut off as a photo item of its own
            and not captions
            and lead_draft is not None
            and len(lead_draft.paragraphs) > 1
            and back >= 0
            and units[back].kind == "para"
            and units[back].paragraph is lead_draft.paragraphs[-1]
        )
        if over_credit and lead_draft is not None:
            para = units[back].rows

            def wide() -> bool:
                return self._caption_measure(para, self._lines_of(lead_draft, lead_draft.paragraphs[-2]))

            if credit_rows:
                # Right over a credit line, a paragraph set wider than the text, or short as a caption where no
                # blank line sets anything apart (pdftotext -raw; otherwise ``_apart_block`` asks), unless the credit
                # heads a caption set wide under it (图片报道).
                caption = (
                    wide()
                    or (
                        len(lead_draft.paragraphs[-1].text) <= _CAPTION_MAX
                        and not any(self.rows[i].line.blank_before for i in para)
                    )
                ) and not (
                    index + 1 < len(units)
                    and units[index + 1].kind == "para"
                    and self._caption_measure(units[index + 1].rows, [])
                )
            else:
                # Its credit at its end: a paragraph set apart and wider than the text.
                caption = self.rows[para[0]].line.blank_before > 0 and wide()
            if caption:
                # The caption of a photo set in the article's columns, not the article's last paragraph; a photo's
                # captions may stand one over another, each as wide (…黃國昌（圖）也到場聲援。 / 前台北市長…鼓勵。 /
                # its credit): those over it set wider than the text before them are its captions too.
                taken = [self._cut_last(lead_draft, [units[back]])]
                while credit_rows and (more := self._wide_over(units, back - len(taken), lead_draft)):
                    taken.insert(0, self._cut_last(lead_draft, [units[more]]))
                self._add_photo(lead_draft, taken, credit, credit_rows)
                return current
        if (
            current is not None
            and credit is not None
            and not captions
            and not credit_rows  # the credit ends a caption's line: a credit line of its own may close a photo item
            and self._captions_alone(current)
        ):
            # Captions printed as text, closed by their credit (…最後一面。 中央社記者X攝 114年7月1日), with no byline
            # or title of their own: a photo, which finds the article it pictures by its words, or stands alone.
            groups = [self._lines_of(current, p) for p in current.paragraphs]
            self.orphans.append(([g for g in groups if g], credit, credit_rows))
            current.paragraphs.clear()
            current.rows.clear()
            return None
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

    def _captions_alone(self, draft: _Draft) -> bool:
        """Whether a draft closed by a photo credit is only captions: a few short paragraphs, no byline, no title."""
        return (
            draft.byline is None
            and not draft.standalone_byline
            and not draft.titled
            and not draft.photo
            and not draft.caption_rows
            and 0 < len(draft.paragraphs) <= _CAPTIONS_ALONE
            and all(len(p.text) <= _CAPTION_MAX for p in draft.paragraphs)
        )

    def _second_dispatch(self, current: _Draft, unit: _Unit, *, boundary: bool) -> bool:
        """Whether the paragraph ``unit``, opened by a dispatch head, carries on ``current``.

        A PDF shows every title by its type: a dated dispatch from a place (新华社华盛顿4月26日电) inside the running
        text of a titled article, with no title group before it, is a further report under that title, not an
        article of its own. (An untitled news item, 本报讯…, names no place and day: it stands alone.) In text, where
        a title may go unseen, only a later report from the desk of the article's own dispatch head is (``_follow_up``),
        and it is one even before the article's title is seen (a page that prints titles after their bodies) when it
        names the same reporters, or none as the first head does (``_same_hands``): 中央社's reports of later days from
        one desk name their own reporters, each an article of its own.
        """
        follow_up = _follow_up(current.dispatch or current.byline, unit.byline, same_day=current.dispatch is not None)
        return (
            (bool(self.hints) or follow_up or self._subtitle_names(current, unit))
            and not boundary
            and (current.titled or (follow_up and not self.hints and self._same_hands(current, unit)))
            and unit.byline is not None
            and unit.byline.place is not None
            and unit.byline.day is not None
            and not current.photo
            and bool(current.paragraphs or current.standalone_byline)
        )

    @staticmethod
    def _same_hands(current: _Draft, unit: _Unit) -> bool:
        """Whether the dispatch head of ``unit`` names the reporters ``current``'s head names (none, or the same)."""
        first = current.dispatch or current.byline
        return first is not None and unit.byline is not None and first.reporters == unit.byline.reporters

    @staticmethod
    def _title_over(units: list[_Unit], index: int) -> _Unit | None:
        """The title block right over ``units[index]``, past a photo's credit and captions set between them."""
        k = index - 1
        while k >= 0 and units[k].kind in ("caption", "photo_credit"):
            k -= 1
        return units[k] if k >= 0 and units[k].kind == "title" else None

    def _subtitle_words(self, title: _Unit) -> str:
        """The words of a title block's subtitle: its lines from the one that opens with a dash on."""
        lines = [_compact(self.rows[i].line.text) for i in title.rows]
        first = next((k for k, text in enumerate(lines) if _SUBTITLE_DASH.match(text)), len(lines))
        return to_simplified("".join(lines[first:]))

    @staticmethod
    def _subtitle_names(current: _Draft, unit: _Unit) -> bool:
        """Whether the subtitle over ``current`` names the opening of paragraph ``unit`` (a second report).

        A title may head two reports, its subtitle naming the second (习近平回到北京 / ——离开前出席…欢送仪式):
        the second report's dispatch head opens no article of its own.
        """
        if not current.subtitle or unit.paragraph is None:
            return False
        return _overlap(current.subtitle, to_simplified(unit.paragraph.text[:300])) >= _SAME_SUBJECT

    def _with_head(self, unit: _Unit) -> Paragraph:
        """The paragraph ``unit`` with the dispatch head that opens it kept in its text."""
        assert unit.paragraph is not None  # noqa: S101 - set for every paragraph unit
        return self._text_between(unit.rows, self.rows[unit.rows[0]].line.start, unit.paragraph.span.end)

    def _credit_over_caption(self, units: list[_Unit], index: int) -> bool:
        """Whether the photo credit ``units[index]`` heads the captions right under it, all in a PDF's caption type."""
        nxt = units[index + 1] if index + 1 < len(units) else None
        return (
            nxt is not None
            and nxt.kind == "caption"
            and self.rows[nxt.rows[0]].line.blank_before == 0
            and (self._typeset_photo([units[index].rows, nxt.rows]) or nxt.rows[0] in self.headed_captions)
        )

    def _opens_block(self, unit: _Unit) -> bool:
        """Whether the unit's first line opens a block of the print (a blank line before it)."""
        return self.rows[unit.rows[0]].line.blank_before > 0

    def _inset(self, captions: list[list[int]]) -> bool:
        """Whether a PDF sets the captions' photo in the text printed just before them (see ``LineHint.inset``)."""
        hint = self.hints.get(self.rows[captions[0][0]].line.start) if captions and captions[0] else None
        return hint is not None and hint.inset

    def _typeset_photo(self, captions: list[list[int]]) -> bool:
        """Whether the captions are set in a PDF's caption type (smaller than the body), not marked in the text.

        In text, captions whose first lines a credit heads (``headed_captions``) make such a block too.
        """
        if all(rows and rows[0] in self.headed_captions for rows in captions):
            return True
        return all(self._small_type(self.rows[i]) for rows in captions for i in rows)

    def _set_photo(
        self,
        captions: list[list[int]],
        credit_unit: _Unit | None,
        *,
        current: _Draft | None,
        before: _Unit | None,
        into: list[_Draft],
    ) -> tuple[_Draft | None, bool, _Draft | None]:
        """A photo whose captions a PDF sets in caption type, with its credit: the article that goes on after it.

        Right under a title block (图片报道), the photo is an item of its own that the title heads (a new draft, put
        ``into`` the drafts, and the third value: the body that may follow it under that title takes it over);
        right under the one paragraph of a titled item without a byline, that paragraph is the photo's text, and the
        item ends (the second value). Elsewhere the captions join the article whose words they share once all are
        found, or stand alone, and the article before goes on.
        """
        credit = credit_unit.byline if credit_unit is not None else None
        credit_rows = [i for i in credit_unit.rows if self.rows[i].kind == "photo_credit"] if credit_unit else []
        if before is not None and before.kind == "title":
            draft = _Draft(photo=True, first_row=captions[0][0])
            self._add_photo(draft, captions, credit, credit_rows)
            self._decide(
                "start", [i for rows in captions for i in rows], "a photo in caption type under a title", _RULE
            )
            into.append(draft)
            return current, False, draft
        if (
            before is not None
            and before.kind == "para"
            and current is not None
            and self._photo_text(current)
            and current.first_row > 0
            and self.rows[current.first_row - 1].kind == "title"  # its own title: not text run on from a page before
        ):
            current.photo = True
            self._add_photo(current, captions, credit, credit_rows)
            return None, True, None
        # Photos printed one after the other, each its own block (a blank line apart), find homes of their own.
        groups: list[list[list[int]]] = []
        for rows in captions:
            if not groups or self.rows[rows[0]].line.blank_before > 0:
                groups.append([])
            groups[-1].append(rows)
        for k, group in enumerate(groups):
            closing = (credit, credit_rows) if k == len(groups) - 1 else (None, [])
            if k == 0 and before is not None and before.kind == "para" and current is not None and self._inset(group):
                # The print sets the photo in the text just read (under its last lines, across its width): its
                # article's.
                self._add_photo(current, group, *closing)
            else:
                self.orphans.append((group, *closing))
        return current, False, None

    @staticmethod
    def _take_photo(draft: _Draft, photo: _Draft | None, drafts: list[_Draft]) -> None:
        """The photo printed between a title and the body under it goes to that body's article, under that title."""
        if photo is None or not any(d is photo for d in drafts):
            return
        draft.caption_rows[:0] = photo.caption_rows
        draft.photo_credits[:0] = photo.photo_credits
        draft.rows.extend(photo.rows)
        draft.titled = True
        drafts[:] = [d for d in drafts if d is not photo]

    @staticmethod
    def _photo_text(draft: _Draft) -> bool:
        """Whether the draft may be a photo's own text: one paragraph, no byline."""
        return len(draft.paragraphs) == 1 and draft.byline is None and not draft.standalone_byline

    def _wide_over(self, units: list[_Unit], index: int, draft: _Draft) -> int | None:
        """``index`` if ``units[index]``, the last paragraph of ``draft``, is a caption over the paragraph before it.

        It is a caption's length and set wider than that paragraph, which stays the article's; else None.
        """
        if index < 0 or units[index].kind != "para" or len(draft.paragraphs) < 2:
            return None
        paragraph = units[index].paragraph
        if paragraph is not draft.paragraphs[-1] or len(paragraph.text) > _CAPTION_MAX:
            return None
        return index if self._caption_measure(units[index].rows, self._lines_of(draft, draft.paragraphs[-2])) else None

    def _apart_block(self, units: list[_Unit], back: int, draft: _Draft) -> list[_Unit]:
        """The paragraphs ending at ``units[back]`` that stand apart together, short as a caption.

        They are the last of ``draft`` (but not all of it) and a blank line sets the first apart; empty if there are
        none. A caption's lines may end short, so one caption may read as a few paragraphs.
        """
        start = back
        while (
            start > 0
            and self.rows[units[start].rows[0]].line.blank_before == 0
            and units[start - 1].kind == "para"
            and back - start + 1 < len(draft.paragraphs) - 1
        ):
            start -= 1
        block = units[start : back + 1]
        paragraphs = draft.paragraphs[-len(block) :]
        if (
            len(block) >= len(draft.paragraphs)
            or self.rows[block[0].rows[0]].line.blank_before == 0
            or [u.paragraph for u in block] != paragraphs
            or sum(len(p.text) for p in paragraphs) > _CAPTION_MAX
        ):
            return []
        return block

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
            target = (
                self._headed(drafts, captions)
                or self._photo_home(drafts, captions)
                or self._wide_text_over(drafts, captions, credit_rows)
            )
            if target is None:
                first = captions[0][0] if captions else credit_rows[0]
                target = _Draft(photo=True, first_row=first)
                drafts.append(target)
            self._add_photo(target, captions, credit, credit_rows)

    def _wide_text_over(self, drafts: list[_Draft], captions: list[list[int]], credit_rows: list[int]) -> _Draft | None:
        """The article right over the photo whose text is set wider than the page's columns, as its caption is.

        A photo item prints its words across the photo's width, wider than the text of the page (图片报道 / 徐之文 /
        今年是《全民阅读促进条例》… / 陈玉摄（人民视觉） / 江苏泗洪县新华书店…): the caption under that text is its.
        """
        first = min([i for rows in captions for i in rows] + credit_rows, default=0)
        above = next((d for d in drafts if not d.photo and first - 1 in d.rows and d.paragraphs), None)
        if above is None:
            return None
        lines = max((self._lines_of(above, p)[:-1] for p in above.paragraphs), key=len)  # its longest paragraph
        body = sorted(self.measured[i].width for i, r in enumerate(self.rows) if r.kind == "body")
        page = body[len(body) // 2] if body else 0
        wide = all(self.measured[i].width > page + _FULL_TITLE for i in lines)
        return above if page and len(lines) >= 2 and wide else None

    def _headed(self, drafts: list[_Draft], captions: list[list[int]]) -> _Draft | None:
        """The article of the text a PDF sets right under the captions' photo (``LineHint.heads``), if any."""
        hint = self.hints.get(self.rows[captions[0][0]].line.start) if captions and captions[0] else None
        if hint is None or hint.heads is None:
            return None
        row = next((i for i, r in enumerate(self.rows) if r.line.start == hint.heads), None)
        return next((d for d in drafts if not d.photo and row in d.rows), None) if row is not None else None

    def _photo_home(self, drafts: list[_Draft], captions: list[list[int]]) -> _Draft | None:
        """The article whose words the captions share, or None for a photo of its own."""
        words = "".join(self._caption_text(rows) for rows in captions)
        first = captions[0][0] if captions else 0
        # A photo a PDF sets in caption type is known to be one: its words may be anywhere in the article's text.
        whole = bool(captions) and self._typeset_photo(captions)
        best, best_score = None, 0.0
        for draft in drafts:
            if draft.photo or abs(draft.first_row - first) > _PHOTO_REACH:
                continue
            titles = self._words(draft.title_rows)
            if whole:
                lead = "".join(p.text for p in draft.paragraphs)
            else:
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

    def _join_sections(self, units: list[_Unit], drafts: list[_Draft], title_units: list[int]) -> None:
        """Join the parts of an article that its subheads, read as titles, had cut apart.

        The first part opens with an author line; the parts after it name no one, each under one block of title
        lines. Where the last closes with a note on the author (（作者系…）), the note refers to a name printed with
        the article, and the text between names none: the name is the author line above, and the title-like lines
        between the parts are subheads in the text. Without such a note the parts must read as an article's sections:
        each of several paragraphs under a plain heading (one phrase, no kicker, subtitle or column tag), none opening
        with an author of its own; the chain ends at the next byline.
        """
        firsts = {units[k].rows[0]: k for k in title_units}
        k = 0
        while k < len(drafts):
            head = drafts[k]
            # A lead-in box (核心阅读 and its summary) opens a feature, whose sections follow it.
            lead = (
                head.byline is None
                and not head.photo
                and bool(head.paragraphs)
                and _lead_label(head.paragraphs[0].text)
            )
            # The page's first text, untitled, may carry on an article the page before opened with its author's line.
            carried = (
                k == 0
                and self.after_signed
                and head.byline is None
                and not head.title_rows
                and not head.photo
                and bool(head.paragraphs)
                and not self._ends_in_note(head)
            )
            if not (lead or carried) and (
                head.byline is None
                or not head.standalone_byline
                or not _names(head.byline)
                or head.noted
                or head.photo
                or self._ends_in_note(head)
            ):
                k += 1
                continue
            chain: list[tuple[int, _Draft]] = []  # the title unit before each part, and the part
            noted = False
            for part in itertools.islice(drafts, k + 1, None):
                between = self._only_title_between(chain[-1][1] if chain else head, part, firsts)
                # A part signed by a note on the author that names no one (（作者系…）) is the last one, not another
                # author's article.
                signed = part.byline is not None and not (part.noted and not _names(part.byline))
                if between is None or signed or part.photo or part.caption_rows:
                    break
                chain.append((between, part))
                if part.noted or self._ends_in_note(part):
                    noted = True
                    break
            if carried and not noted:
                chain = []  # carried from the page before, the parts need the note on its author to vouch for them
            if not noted:
                # no note to vouch for the parts: the sections up to the first that does not read as one
                ok = 0
                while ok < len(chain) and self._section(units[chain[ok][0]], chain[ok][1], labelled=lead):
                    ok += 1
                chain = chain[:ok]
            for between, part in chain:
                unit = units[between]
                subhead = self._paragraph_unit(unit.rows).paragraph
                if subhead is not None and subhead.text:
                    head.paragraphs.append(subhead)
                head.rows.extend(unit.rows)
                head.paragraphs.extend(part.paragraphs)
                head.rows.extend(part.rows)
                title_units.remove(between)
                drafts.remove(part)
                opener = (
                    head.byline.text
                    if head.byline is not None
                    else "the author's line of the page before"
                    if carried
                    else "a lead-in box"
                )
                evidence = (
                    f"a subhead: the note on the author that ends the text names no one but {opener}"
                    if noted
                    else f"a subhead: the section under it names no author, and {opener} opens the text"
                )
                self._decide("subhead", unit.rows, evidence, _RULE)
            head.noted = noted
            k += 1

    def _section(self, title: _Unit, part: _Draft, *, labelled: bool = False) -> bool:
        """Whether a title block and the text under it read as an article's subhead and section.

        The heading is one phrase (at most two lines, no kicker or subtitle, no column tag); the section has several
        paragraphs (a photo's caption or a brief has one), no photo credit closes it, and its first opens with neither
        an author (（…赵精武）) nor a subtitle's dash (——铁路12306回应候补购票热点 新华社北京4月29日电…).
        """
        lines = [self.rows[i].line.text for i in title.rows]  # the matching copy: Simplified already
        if (len(lines) > _SUBHEAD_LINES and len(_compact("".join(lines))) > _SUBHEAD_CHARS) or any(
            _BRACKETED.search(_compact(line)) for line in lines
        ):
            return False  # a column's tag (（体坛观澜）) or an author in brackets makes it an article's title block
        kicker, _, subtitle = roles(lines)
        # Under a lead-in box, a heading may be a label of a word or two over its phrase (新搭档 / “双龙”偕行探南极),
        # not a title's kicker (新装备、新任务，极地科考再启程 / “雪龙2”号 去南极破冰).
        if subtitle is not None or (kicker is not None and not (labelled and len(_compact(kicker)) <= _LABEL_MAX)):
            return False
        return (
            len(part.paragraphs) >= _SECTION_PARAGRAPHS
            and not part.photo_credits  # a photo's text, closed by its credit
            and part.paragraphs[0].text[:1] not in "（(【〔—"  # nor by a subtitle's dash
            # under a lead-in box, sentences: not the rest of a title read as lines (“雪龙2” / 号去南极破冰)
            and (not labelled or ends_sentence(part.paragraphs[-1].text))
        )

    def _ends_in_note(self, draft: _Draft) -> bool:
        """Whether the draft's text ends with a note in brackets on its author that names no one (（作者系…）)."""
        if not draft.paragraphs:
            return False
        span = draft.paragraphs[-1].span
        printed = self.source[span.start : span.end].rstrip()
        if not printed.endswith(("）", ")")):
            return False
        opening = max(printed.rfind("（"), printed.rfind("("))
        found = match_signature(self.source, span.start + opening, span.start + len(printed)) if opening >= 0 else None
        return found is not None and not _names(found)

    def _only_title_between(self, head: _Draft, tail: _Draft, firsts: dict[int, int]) -> int | None:
        """The index of the title unit that alone stands between two drafts' rows, if one does."""
        if not head.rows or not tail.rows:
            return None
        last, first = max(head.rows), min(tail.rows)
        found = [firsts[i] for i in range(last + 1, first) if i in firsts]
        if len(found) != 1:
            return None
        return found[0]

    def _attach_titles(self, units: list[_Unit], drafts: list[_Draft], title_units: list[int]) -> None:
        if not title_units:
            return
        order = sorted(drafts, key=lambda d: d.first_row)
        # The text a page opens with that carries on the article the page before stopped in mid-sentence is that
        # article's: it shows nothing of which way this page's titles go.
        rest = order[0] if self.after_cut and order and order[0].byline is None and not order[0].photo else None
        first_body = min((d.first_row for d in order if d is not rest), default=len(self.rows))
        first_title = units[title_units[0]].rows[0]
        self.titles_first = first_title < first_body
        # How plainly the page shows it: a title over all its text, or a long run of text before any title.
        skip = set(rest.rows) if rest is not None else set()
        lead = sum(1 for i, row in enumerate(self.rows[:first_title]) if row.kind in _TEXT_KINDS and i not in skip)
        self.orientation_plain = lead == 0 or (not self.titles_first and lead >= _ORIENTING_LEAD)
        pinned = self.conventions.titles_first
        if pinned is None and self.hints:
            pinned = True  # a PDF's reader writes each title group before the body it heads, on every page
        titles_first = self.titles_first if pinned is None else pinned
        self.titles_after = not titles_first
        spare: list[list[int]] = []  # the parts no article beside them took
        headed = {units[index].rows[-1] + 1 for index in title_units}  # the rows right under a title block
        for index in title_units:
            units[index] = self._peel_photo_labels(units[index])
            if self.unbroken and not titles_first and self._share_stack(units[index].rows, order):
                continue
            if titles_first and self._head_ahead(units[index], order, headed):
                continue
            blocks = self._split_title(units[index])
            # Three titles or more, each closed by its tag, stacked over a body: the one right over it heads it, so
            # on a page of titles first they are placed from the last (two parts so placed lost headlines: measured).
            for block, glued in blocks[::-1] if titles_first and len(blocks) > 2 else blocks:
                for part in self._unstack(block, order, drafts):
                    if self._attach(part, glued=glued and part is block, order=order, titles_first=titles_first):
                        continue
                    if glued and part is block and self._joins_title_above(part, blocks, order):
                        continue
                    spare.append(part)
        for block in spare:
            self._home_spare(block, drafts, titles_first=titles_first)
        self._home_last_spare(spare, drafts)

    def _home_last_spare(self, spare: list[list[int]], drafts: list[_Draft]) -> None:
        """The page's one title that no article took heads its one signed article with no title, if it names it.

        An article under an author line has a title; when the page has one such article untitled and one title left
        over, wherever the extractor printed them (``感悟绿色发展的“三力”（现场评论）`` after the last body, its
        commentary's columns read before others'), the title is that article's when its words are the article's
        (``_SAME_SUBJECT``: a title names its text, if not its lead). A subtitle set apart (——…) opens none.
        """
        held = {i for d in drafts for i in d.title_rows}
        left = [block for block in spare if not held.intersection(block)]
        if len(left) != 1 or _SUBTITLE_DASH.match(self.rows[left[0][0]].line.text):
            return
        signed = [
            d for d in drafts if not d.title_rows and not d.photo and d.paragraphs and (d.byline or d.standalone_byline)
        ]
        if len(signed) != 1:
            return
        words = to_simplified(self._words(left[0]))
        score = _overlap(words, to_simplified("".join(p.text for p in signed[0].paragraphs)))
        if score >= _SAME_SUBJECT:
            evidence = (
                f"the page's one title no article took, its words its one signed untitled article's ({score:.0%})"
            )
            self._take_title(signed[0], left[0], evidence)

    def _peel_photo_labels(self, unit: _Unit) -> _Unit:
        """``unit`` without the photo labels (图片报道) in it among other titles, kept for a photo item.

        A photo item's label stands in a stack of other articles' titles where the extractor read it with them
        (图片报道 / blank / 完整准确全面贯彻… over a dispatch; pdftotext -raw: 图片报道 / 李鸿忠出席… / …), its photo
        elsewhere: it is no line of the titles it stands by. ``_label_photos`` gives it its photo.
        """
        # Not at the block's foot: there the label stands right over its photo (… / “感知到中华文化之美” / 图片报道 /
        # 4月25日，…), and the stack is read as it is.
        labels = [k for k in unit.rows[:-1] if _compact(self.rows[k].line.text) in _PHOTO_LABELS]
        others = [k for k in unit.rows if k not in labels]
        if not labels or all(_CREDIT_END.search(self.rows[k].line.text) for k in others):
            return unit  # alone, or over its photo's credit (图片报道 / 龚献明摄（影像中国）): its own title block
        self.photo_labels.extend(labels)
        return _Unit("title", others, glued=unit.glued)

    def _label_photos(self, drafts: list[_Draft]) -> None:
        """Each photo label taken from other titles (``_peel_photo_labels``) heads the untitled photo nearest it."""
        photos = [d for d in drafts if d.photo and not d.title_rows]
        for k in self.photo_labels:
            if not photos:
                return
            photo = min(photos, key=lambda d: abs(d.first_row - k))
            photos.remove(photo)
            photo.title_rows = [k]
            photo.rows.append(k)
            self._decide("attach", [k], "a photo item's label, read among other titles: the untitled photo", _ATTACH)

    def _head_ahead(self, unit: _Unit, order: list[_Draft], headed: set[int]) -> bool:
        """Give the lines of a title block over its blank line to the untitled article further on they name.

        On a page of titles first, pdftotext may read an article's title ahead of the title block of the article before
        it (白鹿原上有“村厨” / blank / 塞上春行新气象 / 张新新 / 盐池看滩羊…, then 张斌 / 贵州有“村超”…白鹿原上…村厨
        further on). In a block of one blank line, with a title over it (``_AHEAD_LINES`` at most), the lines under
        the blank head the article under them; those over it go to an untitled article among the next few whose
        opening they name (``_SAME_SUBJECT`` of their character pairs at least) and that no title block of its own
        stands over (rows ``headed``), when they do not name the article under the block so. Whether the block was so
        shared.
        """
        rows = unit.rows
        cuts = [k for k in range(1, len(rows)) if self.rows[rows[k]].line.blank_before > 0]
        if len(cuts) != 1 or cuts[0] > _AHEAD_LINES:
            return False  # one title over one blank line: more is a stack of titles (``_unstack``)
        upper, lower = rows[: cuts[0]], rows[cuts[0] :]
        after = [d for d in order if d.first_row > rows[-1] and not d.photo and d.paragraphs]
        if not after or after[0].title_rows:
            return False
        words = self._words(upper)
        if _lead_overlap(words, after[0]) >= _SAME_SUBJECT:
            return False
        named = [
            (score, k)
            for k, draft in enumerate(after[1 : 1 + _SPARE_REACH], 1)
            if not draft.title_rows
            and draft.first_row not in headed
            and (score := _lead_overlap(words, draft)) >= _SAME_SUBJECT
        ]
        if not named:
            return False
        score, k = max(named)
        self._take_title(after[0], lower, "the lines under the title block's blank line, over its text")
        self._take_title(after[k], upper, f"its words are this untitled lead's ({score:.0%}), read ahead of its place")
        return True

    def _share_stack(self, block: list[int], order: list[_Draft]) -> bool:
        """Share a stack of titles printed after the bodies among the untitled articles before it; whether it was.

        A front page of short reports drawn titles last comes out of pdftotext -raw as all its bodies, then all its
        titles, one under another with no blank line (习近平和彭丽媛 / 参谒中朝友谊塔 / 结束对朝鲜国事访问 / 习近平回到
        北京 / ——离开前出席… / …), which ``_stack_parts`` cuts and gives out. With blank lines, ``_unstack`` reads the
        groups they set apart.
        """
        before = _untitled_run([d for d in order if d.first_row < block[0]])
        parts = self._stack_parts(block, before) if len(before) >= _STACK else None
        if parts is None:
            return False
        for part, owner in parts:
            self._take_title(owner, part, "one of the titles stacked after the bodies; its words are this lead's")
        return True

    def _joins_title_above(self, part: list[int], blocks: list[tuple[list[int], bool]], order: list[_Draft]) -> bool:
        """Whether the lines ``part``, glued to a body, join the title set apart right above them.

        68岁的铁人三项爱好者唐康林 / blank / 我尝到了运动的甜头（我运动 我快乐） / 核心阅读…: the line set apart
        above took the body under them first, as a title of its own; with that body the only one to head, the two
        are one title block (a kicker and its title, as their words say).
        """
        above = [row for block, is_glued in blocks if not is_glued for row in block]
        if not above or above[-1] >= part[0]:
            return False
        if match_photo_credit(self.source, self.rows[part[0]].line.start, self.rows[part[-1]].line.end) is not None:
            return False  # 图片报道 / blank / 龚献明摄（影像中国）: a credit over its photo's text, no title
        owner = next((d for d in order if d.title_rows == above), None)
        if owner is None or owner.first_row < part[-1]:
            return False
        owner.title_rows = [*above, *part]
        owner.rows.extend(part)
        self._decide("attach", part, "glued to the body under the title set apart above it: one title block", _ATTACH)
        return True

    def _home_spare(self, block: list[int], drafts: list[_Draft], *, titles_first: bool) -> None:
        """Find the article of a title block that no article beside it took: both had titles already.

        Two titles printed one over the other head two articles, and only one body follows them (an extractor read
        the second article's columns later, or ran it on with the first). A title names its lead. Among the
        articles on the titles' side, nearest first:

        - an article with no title whose opening the block's words name takes it;
        - an article right against the block (no line between them) whose opening the block names plainly better
          than the title it took (by ``_SAME_SUBJECT`` more) changes titles, and that other title looks for its own
          article the same way;
        - failing those, a paragraph after a finished sentence, in an article whose own title names its opening,
          opens an article of its own when the block names it (at least ``_SPLIT_SUBJECT``) and the article's own
          title does not (less than ``_SAME_SUBJECT``), and the block names it more than twice as well as the
          article's opening (a title quoted in another article's text is named by that text only in passing); a
          subtitle set apart (——…) names a part of its own title's article, and opens none.
        """
        words = to_simplified(self._words(block))
        side = [d for d in drafts if (d.first_row > block[-1] if titles_first else d.first_row < block[0])]
        near = [d for d in (side if titles_first else side[::-1])[:_SPARE_REACH] if not d.photo and d.paragraphs]
        openings = {id(d): to_simplified(_opening(d.paragraphs, 0)) for d in near}
        for draft in near:
            score = _overlap(words, openings[id(draft)])
            if score < _SAME_SUBJECT:
                continue
            if not draft.title_rows:
                self._take_title(draft, block, f"its words are this untitled lead's ({score:.0%})")
                return
            held = draft.title_rows
            held_words = to_simplified(self._words(held))
            body = [i for i in draft.rows if i not in set(held)]
            against = block[-1] + 1 == draft.first_row if titles_first else bool(body) and block[0] == max(body) + 1
            if against and _overlap(held_words, openings[id(draft)]) + _SAME_SUBJECT <= score:
                self._drop_title(draft)
                self._take_title(draft, block, f"its words are this lead's ({score:.0%}), more than the title's it had")
                self._home_spare(held, drafts, titles_first=titles_first)
                return
        if not titles_first and self._joins_title_before(block, drafts):
            return
        if _SUBTITLE_DASH.match(self.rows[block[0]].line.text):
            return  # a subtitle set apart names a part of its title's article, never an article of its own
        best: tuple[float, _Draft, int] | None = None
        for draft in near:
            if not draft.title_rows:
                continue
            own = to_simplified(self._words(draft.title_rows))
            if _overlap(own, openings[id(draft)]) < _SAME_SUBJECT:
                continue  # its own title does not name its opening: nothing to tell two subjects apart by
            start = _overlap(words, openings[id(draft)])
            for k in range(1, len(draft.paragraphs)):
                if _open_ending(draft.paragraphs[k - 1].text):
                    continue  # a paragraph that finishes a sentence's start opens no article
                opening = to_simplified(_opening(draft.paragraphs, k))
                score = _overlap(words, opening)
                if (
                    score >= _SPLIT_SUBJECT
                    and score > 2 * start
                    and _overlap(own, opening) < _SAME_SUBJECT
                    and (best is None or score > best[0])
                ):
                    best = (score, draft, k)
        if best is None:
            return
        score, draft, k = best
        part = self._split_draft(draft, k)
        drafts.insert(drafts.index(draft) + 1, part)
        evidence = f"a title no article beside it took names this paragraph's words ({score:.0%}), not its article's"
        self._decide("start", self._rows_of(part.paragraphs[0], part.rows), evidence, _RESUME)
        self._take_title(part, block, evidence)

    def _joins_title_before(self, block: list[int], drafts: list[_Draft]) -> bool:
        """Whether the lines ``block``, that no article took, join the title block right before them; and join it.

        On a page of titles printed after their bodies, a kicker and its title set apart by a blank line come out as
        two title blocks (体操世锦赛，/ 中国队收获3银2铜 / blank / 备战奥运会，/ 还要加把劲, then the next article's
        title): the first heads the article, and the second, with no article left, is the rest of that title block,
        under it with nothing between.
        """
        for draft in drafts:
            held = draft.title_rows
            if draft.photo or not held or block[0] != max(held) + 1 or len(held) + len(block) > _TITLE_LINES:
                continue
            if any(self.rows[i].line.blank_before > 0 for i in sorted(held)[1:]):
                return False  # already a kicker and its title: a third group is another article's
            draft.title_rows = [*held, *block]
            draft.rows.extend(block)
            self._decide("attach", block, "under the title block before it, no article to head: one title", _FALLBACK)
            return True
        return False

    def _words(self, rows: Sequence[int]) -> str:
        """The compact text of ``rows`` run together: a title block's words."""
        return "".join(_compact(self.rows[i].line.text) for i in rows)

    def _unstack_after(self, drafts: list[_Draft]) -> None:
        """Titles stacked after the bodies they head: each part goes to the untitled article whose lead it names.

        Some PDFs draw every title of a page after all its text, and pdftotext -raw prints them so, with no blank line
        between: the page's last article takes the whole stack as its title block (开售即“秒光”、候补如何“更成功”……
        / ——铁路12306回应候补购票热点 / 网传“凭车牌直接上高速” / 是不准确的信息解读), and the articles before it stay
        untitled. A title set in a column of its own beside its body comes after the body in reading order too, on a
        page whose other titles come first, and the next article's title block takes it (河北：举全省之力… / blank /
        天津：“十五五”… over 天津's dispatch, 河北's untitled above). Where ``_stack_parts`` cuts the block into parts
        for those articles and the holder, in their order, each part heads its article. (A stack too long for one
        title block, on a page with no blank line at all, is shared out before titles are attached: ``_share_stack``.)
        """
        for k, draft in enumerate(drafts):
            if draft.photo or len(draft.title_rows) < _STACK:
                continue
            before = _untitled_run(drafts[:k])
            if not before:
                continue
            block = sorted(draft.title_rows)
            parts = self._stack_parts(block, [*before, draft])
            if parts is None:
                continue
            self._drop_title(draft)
            for part, owner in parts:
                self._take_title(owner, part, "one of the titles stacked after the bodies; its words are this lead's")

    def _stack_parts(self, block: list[int], targets: list[_Draft]) -> list[tuple[list[int], _Draft]] | None:
        """``block`` cut between whole titles into parts for ``targets``, in their order, or None if no cut holds.

        Some targets may be passed over (a report with no title of its own). Each part must name its article's lead at
        least ``_STACKED_SUBJECT`` and no other target's more, one part at least ``_SAME_SUBJECT``; of the ways to
        cut and give, the one whose parts share the most pairs of characters with their leads. Where every part ends
        in a column's tag, the tags cut the block instead, whatever the words say.
        """
        cuts = [c for c in range(1, len(block)) if self._between_titles(block, c)]
        if any(self.rows[i].line.blank_before > 0 for i in block[1:]):
            # Where the extractor sets the block's parts apart with blank lines, those are the cuts.
            cuts = [c for c in cuts if self.rows[block[c]].line.blank_before > 0]
        tagged = self._tagged_parts(block, cuts)
        if 1 < len(tagged) <= len(targets):
            # Titles that each close on their column's tag (感悟绿色发展的 / “三力”（现场 / 评论） / 以微改革撬动外贸
            # 大棋局 / （人民时评） / …): a commentary's title may name no fact of its lead. They go to the last
            # targets in order, unless a part names another's lead more than its own.
            owners = targets[-len(tagged) :]
            scores = [[_lead_overlap(self._words(g), d) for d in owners] for g in tagged]
            if all(row[n] == max(row) for n, row in enumerate(scores)):
                return list(zip(tagged, owners, strict=True))
        ends = [0, *cuts, len(block)]
        named = {  # the whole block is no part: it is one title, as it stands; nor is a word in quotes alone
            (a, b): [_lead_overlap(self._words(block[a:b]), d) for d in targets]
            for a, b in itertools.combinations(ends, 2)
            if b - a < len(block) and not (b - a == 1 and quoted_word(self.rows[block[a]].line.text))
        }
        # A part counts for the pairs of characters it shares with its lead: a title cut in two names no more than
        # it does whole, and a piece of one title given to another's article counts for less.
        size = {part: len(_pairs(self._words(block[part[0] : part[1]]))) for part in named}
        # best[b, t]: the most the parts covering block[:b] can share, the last given to targets[t]; and the parts.
        best: dict[tuple[int, int], tuple[float, list[tuple[int, int, int]]]] = {}
        # In order of a, then b: every part ending at a is scored before one starting there.
        for (a, b), shares in named.items():
            for t, own in enumerate(shares):
                if own < _STACKED_SUBJECT or own < max(shares):
                    continue
                base: tuple[float, list[tuple[int, int, int]]] | None = (0.0, [])
                if a > 0:
                    base = max((best[a, u] for u in range(t) if (a, u) in best), default=None)
                if base is None:
                    continue
                total = base[0] + own * size[a, b]
                if (b, t) not in best or total > best[b, t][0]:
                    best[b, t] = (total, [*base[1], (a, b, t)])
        found = [
            (total, parts)
            for (b, _), (total, parts) in best.items()
            if b == len(block) and max(named[a, c][t] for a, c, t in parts) >= _SAME_SUBJECT
        ]
        if not found:
            return None
        _, parts = max(found)
        return [(block[a:b], targets[t]) for a, b, t in parts]

    def _tagged_parts(self, block: list[int], cuts: list[int]) -> list[list[int]]:
        """``block`` cut after each part that ends in a column's tag, if every part does; else no parts."""
        parts: list[list[int]] = []
        last = 0
        for c in [*cuts, len(block)]:
            if self._ends_in_tag(block[last:c]):
                parts.append(block[last:c])
                last = c
        return parts if last == len(block) else []

    def _between_titles(self, block: list[int], c: int) -> bool:
        """Whether ``block`` may hold two titles, one ending on its line ``c - 1`` and the next starting on line ``c``.

        Not inside a bracket, a quotation or a title mark; not before a subtitle's dash or a bracket (a subtitle, a
        column's tag follow their title) nor after a colon (古籍活化： / 让典籍文献活在当下); not where a word, a
        phrase or a clause its comma began runs on over the wrap. (Narrower than ``parse_headline``'s ``continues``,
        which joins lines within one title: asked of stack cuts, it kept titles ending in 是 or the like whole and
        lost headlines on looks not tuned on.)
        """
        above = "".join(_compact(self.rows[i].line.text) for i in block[:c])
        below = _compact(self.rows[block[c]].line.text)
        clause = _COMMA.split(_compact(self.rows[block[c - 1]].line.text))
        return (
            # a clause begun after the line's comma and cut short runs on (建好用好平台，以服务 / 链提升产业链…)
            not (len(clause) > 1 and len(clause[-1]) < _CLAUSE_MIN)
            and _open_brackets(above) <= 0
            and above.count("“") <= above.count("”")
            and above.count("《") <= above.count("》")
            and not _SUBTITLE_DASH.match(below)
            and below[:1] not in "（([【〔"  # a column's tag or an author's note ends the title above it
            and above[-1] not in _OPEN_END
            and above[-1] not in "：:"
            and not splits_word(above, below)
            and not self._wrapped_tail(block, c)
        )

    def _wrapped_tail(self, block: list[int], c: int) -> bool:
        """Whether line ``c`` of ``block``, short between lines that fill the block's measure, ends the title above it.

        A title's lines fill the measure but its last (…将双边关系提升 / 为全面战略伙伴关系 / 习近平向加拿大新任总 /
        …): the next title starts after the short line, not before it.
        """
        widths = [self.measured[i].width for i in block]
        full = max(widths)
        return c + 1 < len(block) and widths[c - 1] >= full - 1 and widths[c] < full - 1 and widths[c + 1] >= full - 1

    def _rehome_titles(self, drafts: list[_Draft]) -> None:
        """A title whose words are none of its article's lead goes to an untitled article whose lead they plainly are.

        Extractors print a title where its box stands, which may be over another column's article (习近平同格鲁吉亚
        总统…互致贺电 over 本报平壤6月9日电…参谒中朝友谊塔, its own dispatch further down): a title names its lead,
        and one that names nothing of the lead it heads (under ``_OWN_LEAD``) while naming another's plainly (at
        least ``_PLAIN_LEAD``) heads that one.
        """
        untitled = [d for d in drafts if not d.title_rows and d.paragraphs and not d.photo]
        for draft in drafts:
            if not untitled:
                return
            if not draft.title_rows or draft.photo or not (draft.byline is not None or len(draft.paragraphs) > 1):
                continue  # a lone paragraph under a title may be that title's own wrapped tail: it stays with it
            words = self._words(draft.title_rows)
            if _lead_overlap(words, draft) >= _OWN_LEAD:
                self._rehome_main(draft, untitled)
                continue
            score, best = max(((_lead_overlap(words, d), d) for d in untitled), key=lambda pair: pair[0])
            if score < _PLAIN_LEAD:
                continue
            block = self._drop_title(draft)
            self._take_title(best, block, f"its words are that lead's ({score:.0%}), none of the one it stood over")
            untitled.remove(best)

    def _rehome_main(self, draft: _Draft, untitled: list[_Draft]) -> None:
        """A title block's second group set apart goes to the untitled article whose lead it plainly names.

        Two titles printed one over the other, a blank line between, read as a kicker and its title
        (英驻美大使质疑英美“特殊关系”… / blank / 民调：特朗普支持率降至…): where the first names the lead under them
        (``_SAME_SUBJECT``) and the second names none of it (under ``_OWN_LEAD``) but plainly an untitled article's
        (``_PLAIN_LEAD``), the second heads that one.
        """
        rows = draft.title_rows
        cuts = [k for k in range(1, len(rows)) if self.rows[rows[k]].line.blank_before > 0]
        if len(cuts) != 1:
            return
        first, second = rows[: cuts[0]], rows[cuts[0] :]
        if leaves_open(self._words(first)):
            return  # one title broken over a blank line (中央军委印发新修订的《军队基层建 / blank / 设纲要》)
        words = self._words(second)
        if _lead_overlap(words, draft) >= _OWN_LEAD or _lead_overlap(self._words(first), draft) < _SAME_SUBJECT:
            return
        score, best = max(((_lead_overlap(words, d), d) for d in untitled), key=lambda pair: pair[0])
        if score < _PLAIN_LEAD:
            return
        self._drop_title(draft)
        self._take_title(draft, first, "the first of two titles set apart over this lead: it names it")
        self._take_title(best, second, f"its words are that lead's ({score:.0%}), none of the one it stood over")
        untitled.remove(best)

    def _drop_title(self, draft: _Draft) -> list[int]:
        """Take ``draft``'s title rows from it and undo the attachment noted for them; the rows, to go elsewhere."""
        block = draft.title_rows
        held = set(block)
        draft.rows = [i for i in draft.rows if i not in held]
        draft.title_rows = []
        first, last = self.rows[min(block)].line.start, self.rows[max(block)].line.end
        self.decisions[:] = [d for d in self.decisions if not (d.what == "attach" and d.span == Span(first, last))]
        return block

    def _take_title(self, draft: _Draft, block: list[int], evidence: str) -> None:
        draft.title_rows = block
        draft.rows.extend(block)
        self._decide("attach", block, evidence, _FALLBACK)

    def _rows_of(self, paragraph: Paragraph, rows: Sequence[int]) -> list[int]:
        """The rows among ``rows`` that hold the start of ``paragraph``."""
        start = paragraph.pieces[0].start if paragraph.pieces else paragraph.span.start
        return [i for i in rows if self.rows[i].line.start <= start < self.rows[i].line.end]

    def _split_draft(self, draft: _Draft, k: int) -> _Draft:
        """Cut ``draft`` before its paragraph ``k``: the rows from that paragraph's first on make a new article."""
        first = self._rows_of(draft.paragraphs[k], draft.rows)
        at = draft.rows.index(first[0]) if first else len(draft.rows)
        moved = [i for i in draft.rows[at:] if i not in draft.title_rows]
        taken = set(moved)
        part = _Draft(first_row=moved[0] if moved else draft.first_row, rows=moved, paragraphs=draft.paragraphs[k:])
        part.caption_rows = [c for c in draft.caption_rows if c[0] in taken]
        draft.caption_rows = [c for c in draft.caption_rows if c[0] not in taken]
        draft.paragraphs = draft.paragraphs[:k]
        draft.rows = [i for i in draft.rows if i not in taken]
        return part

    def _wrapped_on(self, i: int) -> bool:
        """Whether title row ``i`` carries on the title line above it across a blank line.

        The row holds a character or two, which no title is (…守正创新、固本 / blank / 强基; …精准赋 / blank / 能).
        """
        if self.in_place:
            return False  # columns newsseg set apart itself: a piece of a line may stand under any other
        text = _compact(self.rows[i].line.text)
        above = _compact(self.rows[i - 1].line.text)
        if not text or not above or above[-1] in _CLOSERS_OR_END:
            return False
        return len(text) <= _WRAP_TAIL

    def _unstack(self, block: list[int], order: list[_Draft], everything: list[_Draft]) -> list[list[int]]:
        """The parts of a title block that no article's lead claims, after giving away those that one does.

        Extractors that read the tops of the columns first print the titles of several articles one after another,
        set apart by blank lines, and then their bodies (pdftotext). A block of at least ``_STACK`` such groups
        whose words name the leads of at least two different articles that follow it (one plainly, the others at
        least in part: ``_STACKED_SUBJECT``) is such a stack: each group goes to the article whose lead it names,
        the closest pairs first, and the groups left over are returned to be placed as any title is. Otherwise the
        block is one title (a kicker, a title and a subtitle set apart).
        """
        groups: list[list[int]] = []
        # Brackets and title marks left open: a phrase broken over blank lines (（作者单位：… / …研究所）, 中央军委印发
        # 新修订的《军队基层建 / 设纲要》) is one.
        # So is one wrapped before its last character or two (…守正创新、固本 / blank / 强基; …精准赋 / blank / 能:
        # pdfminer.six ends its box inside the line's phrase).
        depth = 0
        for i in block:
            text = _compact(self.rows[i].line.text)
            if not groups or (self.rows[i].line.blank_before > 0 and depth <= 0 and not self._wrapped_on(i)):
                groups.append([])
            groups[-1].append(i)
            depth += _open_brackets(text) + text.count("《") - text.count("》")
        if len(groups) < _STACK:
            return [block]
        firsts = [d.first_row for d in order]
        after = bisect.bisect_right(firsts, block[-1])
        near = [d for d in order[after : after + len(groups)] if not d.title_rows and d.paragraphs]
        # The untitled article right above the stack may be one of those it heads, where a new article plainly
        # starts under the stack (a byline opens it): a title printed after its body, then the next one's
        # (…“政治反射动作”。 / 一手撤军一手加税 / 美国如此“惩罚”盟友德国 / blank / 以媒：以色列加紧对伊朗和加沙“备战” /
        # 新华社耶路撒冷5月3日电…). With no byline under it, the stack may be one article's subheads.
        above = order[after - 1] if after > 0 else None
        opens = after < len(order) and order[after].byline is not None and order[after].first_row == block[-1] + 1
        lifted = opens and above is not None and not above.title_rows and bool(above.paragraphs) and not above.photo
        if lifted and above is not None:
            near = [above, *near]
        words = [self._words(group) for group in groups]
        # The text above takes a whole title only, no part of one that runs on (建好用好平台，以服务 / 链提升…).
        runs = [continues(self.rows[a[-1]].line.text, self.rows[b[0]].line.text) for a, b in itertools.pairwise(groups)]
        whole = (
            [not (k and runs[k - 1]) and not (k < len(runs) and runs[k]) for k in range(len(groups))] if lifted else []
        )
        pairs = sorted(
            ((_lead_overlap(w, d), -k, -n) for k, w in enumerate(words) for n, d in enumerate(near)), reverse=True
        )
        taken: dict[int, int] = {}  # group -> article, among near
        for score, k, n in pairs:
            # a bracketed group is a column's tag or an author's note, never a title of its own
            bracketed = words[-k][:1] in "（([【〔"
            # One group naming its lead plainly makes a stack likely: the next need name its own only in part.
            least = _SAME_SUBJECT if not taken else _STACKED_SUBJECT
            if lifted and n == 0 and not whole[-k]:
                continue  # (pairs hold -k and -n: the text above is n == 0)
            if score >= least and not bracketed and -k not in taken and -n not in taken.values():
                taken[-k] = -n
        # One group named, or several where more are left: the article under the last one named may carry the next.
        under = near if len(taken) == 1 else near[max(taken.values(), default=0) :]
        if (
            near
            and not lifted
            and (len(taken) == 1 or 1 < len(taken) < len(groups))
            and (split := self._second_body(groups, words, under)) is not None
        ):
            draft, paragraphs, k = split
            draft.paragraphs = paragraphs
            part = self._split_draft(draft, k)
            for drafts in (order, everything):
                drafts.insert(drafts.index(draft) + 1, part)
            evidence = "a title of the stack over this article names this paragraph's words, not its article's"
            self._decide("start", self._rows_of(part.paragraphs[0], part.rows), evidence, _RESUME)
            return self._unstack(block, order, everything)
        if len(taken) < 2:  # two articles named make a stack; one alone is a title and its parts
            return [block]
        # A group left over right under or over one taken, whose words name the same lead, is part of that title (就中越
        # 建交70周年 / 习近平同越共中央总书记、国家主席阮富仲互致贺电: a kicker and its title set apart).
        parts = {k: [k] for k in taken}
        for k in range(len(groups)):
            if k in taken:
                continue
            scores = [_lead_overlap(words[k], d) for d in near]
            for j in (k - 1, k + 1):
                if j in taken and scores[taken[j]] >= _SAME_SUBJECT and scores[taken[j]] == max(scores):
                    owner = next(o for o, members in parts.items() if j in members)
                    parts[owner].append(k)
                    break
        joined = {k for members in parts.values() for k in members}
        for k, n in sorted(taken.items()):
            group, draft = sorted(i for m in parts[k] for i in groups[m]), near[n]
            draft.title_rows = group
            draft.rows.extend(group)
            evidence = f"one of {len(groups)} titles stacked together; its words are this lead's"
            self._decide("attach", group, evidence, _ATTACH)
        return [group for k, group in enumerate(groups) if k not in joined]

    def _second_body(
        self, groups: list[list[int]], words: list[str], near: list[_Draft]
    ) -> tuple[_Draft, list[Paragraph], int] | None:
        """Where the article right under a stack of titles carries a second article one title of the stack names.

        pdftotext reads two titles over two bodies (杨洁篪将出席… / blank / “感谢中国朋友的无私帮助” / blank / 本报北京…
        电…议。 / blank / “尼中友好源远流长…), and the second body, with no byline of its own, runs on in the first's
        article. A group of the stack that names the article's opening (``_SAME_SUBJECT``) and a later group that
        does not, but names the words of a paragraph after a finished sentence (``_SPLIT_SUBJECT``) that the first
        does not, head an article each: the article is cut there, as ``_home_spare`` cuts one for a title no article
        took, or inside a paragraph (``_cuts``). The article, its paragraphs so cut, and where the second one opens.
        """
        draft = near[0]
        # Without any byline, three titles at least over the text: pages of papers that print none, their articles'
        # titles read in a row (宏福苑居民斥政府資訊混亂… / 宏福苑奪命火… / 宏福苑逾40年老街坊…), then their bodies.
        unsigned = draft.byline is None and len(groups) > _STACK
        if not unsigned and (draft.byline is None or draft.byline.day is None):
            # a dated dispatch opens the article right under the stack: a short report, not a feature whose title
            # quotes its text further on (以中小学生读本等为载体… / 要读、要想，更要去行动, in its seventh paragraph)
            return None
        plain = [to_simplified(w) for w in words]
        first = to_simplified(_opening(draft.paragraphs, 0))
        # a bracketed group is a column's tag, a dashed one a subtitle: neither heads an article of its own
        usable = [not (w[:1] in "（([【〔" or _SUBTITLE_DASH.match(w)) for w in plain]
        pairs = [
            (a, b)
            for a, b in itertools.combinations(range(len(groups)), 2)
            if usable[a] and usable[b] and _overlap(plain[a], first) >= _SAME_SUBJECT > _overlap(plain[b], first)
        ]
        if not pairs:
            return None
        best: tuple[float, list[Paragraph], int] | None = None
        for paragraphs, k in self._cuts(draft):
            opening = to_simplified(_opening(paragraphs, k))
            for a, b in pairs:
                score = _overlap(plain[b], opening)
                if score < _SPLIT_SUBJECT or _overlap(plain[a], opening) >= _SAME_SUBJECT:
                    continue
                if best is None or score > best[0]:
                    best = (score, paragraphs, k)
        return None if best is None else (draft, best[1], best[2])

    def _cuts(self, draft: _Draft) -> Iterator[tuple[list[Paragraph], int]]:
        """Where ``draft`` might be cut in two after a finished sentence: its paragraphs, and the first after the cut.

        The cut falls between two paragraphs, or inside one at a blank line: a column break the reflow read as running
        on (…投资合作。 / blank / 十月金陵，丹桂飘香。).
        """
        paragraphs = draft.paragraphs
        body = sorted(set(draft.rows).difference(draft.title_rows))
        for k, paragraph in enumerate(paragraphs):
            if k and not _open_ending(paragraphs[k - 1].text):
                yield paragraphs, k
            if paragraph.pieces:
                continue
            rows = [
                i
                for i in body
                if self.rows[i].line.end > paragraph.span.start and self.rows[i].line.start < paragraph.span.end
            ]
            for j in range(1, len(rows)):
                if self.rows[rows[j]].line.blank_before and ends_sentence(_compact(self.rows[rows[j - 1]].line.text)):
                    head, tail = self._paragraph_unit(rows[:j]).paragraph, self._paragraph_unit(rows[j:]).paragraph
                    if head is not None and tail is not None:
                        yield [*paragraphs[:k], head, tail, *paragraphs[k + 1 :]], k + 1

    def _split_title(self, unit: _Unit) -> list[tuple[list[int], bool]]:
        """A run of title lines as one or two blocks.

        A ``——`` subtitle ends a block, and lines glued to the body that follows, set apart from the lines before by
        a blank, are that body's own title.
        """
        rows = unit.rows
        for k, i in enumerate(rows[:-1]):
            if _SUBTITLE_DASH.match(self.rows[i].line.text):
                # A subtitle wrapped over the line under it (————深圳以 / “信用+”优化营商环境) carries on there.
                end = k + 1
                while end < len(rows) and self._subtitle_runs_on(rows[end]):
                    end += 1
                if end < len(rows):
                    return [(rows[:end], False), (rows[end:], unit.glued)]
                return [(rows, unit.glued)]
        # A column's tag closes its title (…以服务链提升产业链（延伸阅读）): a group set apart after it is the next
        # article's title block, when it closes as one (on a tag of its own, or over a byline or its body).
        tagged: list[int] = []
        for k in range(1, len(rows)):
            if self.rows[rows[k]].line.blank_before > 0 and self._ends_in_tag(rows[tagged[-1] if tagged else 0 : k]):
                tagged.append(k)
        after = rows[-1] + 1
        closed = unit.glued or (after < len(self.rows) and self.rows[after].kind == "byline")
        if tagged and (closed or self._ends_in_tag(rows[tagged[-1] :])):
            cuts = [0, *tagged, len(rows)]
            return [(rows[a:b], unit.glued and b == len(rows)) for a, b in itertools.pairwise(cuts)]
        if unit.glued:
            for k in range(len(rows) - 1, 0, -1):
                if self.rows[rows[k]].line.blank_before > 0:
                    return [(rows[:k], False), (rows[k:], True)]
        return [(rows, unit.glued)]

    def _ends_in_tag(self, rows: Sequence[int]) -> bool:
        """Whether title rows ``rows`` end in a column's tag: a title and tag (…产业链（延伸阅 / 读）), or a tag."""
        text = "".join(_compact(self.rows[i].line.text) for i in rows)
        return _TAGGED.match(text) is not None or _TAG.match(text) is not None

    def _subtitle_runs_on(self, below: int) -> bool:
        """Whether title row ``below`` carries on the subtitle line above it (————深圳以 / “信用+”优化营商环境).

        A subtitle comes last in its title block: a title line right under it, with no blank line between, is the
        rest of it, wrapped by the column, unless it opens a subtitle of its own.
        """
        lower = self.rows[below]
        return lower.line.blank_before == 0 and not _SUBTITLE_DASH.match(lower.line.text)

    def _attach(self, block: list[int], *, glued: bool, order: list[_Draft], titles_first: bool) -> bool:
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
            words = self._words(block)
            first, other = choice
            if first is not None and other is not None and not other.title_rows:
                near, far = _lead_overlap(words, first), _lead_overlap(words, other)
                apart = near < _SAME_SUBJECT and _names_apart(words, other, first)
                if far >= _SAME_SUBJECT and (far > 2 * near + 0.1 or apart):
                    choice = [other, first]  # its words are plainly the other article's
                    why = [f"its words are that article's lead ({far:.0%} of its character pairs)"]
            if not titles_first and choice[0] is prev and prev is not None and prev.title_rows[:1] > [prev.first_row]:
                # The article opened last before the titles has its title, printed after its text; the one whose
                # text runs on to the line right above them, or above the titles stacked over them, and finishes
                # there ends there (its columns read between).
                above = {i for d in order for i in d.title_rows}
                row = start - 1
                while row in above:
                    row -= 1
                ender = next((d for d in order if row in d.rows and not d.photo and d.paragraphs), None)
                if ender is not None and ender not in choice and not _open_ending(ender.paragraphs[-1].text):
                    choice.insert(1, ender)
                    why.append("titles follow their bodies on this page: the article whose text ends right above it")
        for k, draft in enumerate(choice):
            # a photo item is kept for the photo label read among other titles (``_peel_photo_labels``)
            if draft is not None and not draft.title_rows and not (draft.photo and self.photo_labels):
                draft.title_rows = block
                draft.rows.extend(block)
                reason = why[k] if k < len(why) else "the article on the other side already had a title"
                self._decide("attach", block, reason, _ATTACH if k < len(why) else _FALLBACK)
                return True
        return False

    # -- 4. records --

    def _page(self, drafts: list[_Draft]) -> Page:
        self.byline_forms = [
            "author_line" if d.standalone_byline else "dispatch" for d in drafts if d.byline is not None and not d.photo
        ]
        for number, draft in enumerate(drafts):
            for i in draft.rows:
                self.rows[i].owner = number
        decided = sorted((d.span.start, d.score) for d in self.decisions)
        starts, scores = [start for start, _ in decided], [score for _, score in decided]
        articles = [
            self._confident(self._article(draft), starts, scores) for draft in sorted(drafts, key=self._body_start)
        ]
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

    def _confident(self, article: Article, starts: list[int], scores: list[float]) -> Article:
        """The article with its confidence: the lowest score of the decisions that made it.

        ``starts`` are the decisions' span starts, sorted, ``scores`` their scores in that order: the decisions that
        start inside each of the article's spans are found by a binary search, not by testing every decision
        against every span of every article (issue 13). The lowest is the same whichever order they are met in.
        """
        found = [
            scores[k]
            for span in article.spans
            for k in range(bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end))
        ]
        return attrs.evolve(article, confidence=round(min(found), 4)) if found else article

    def _body_start(self, draft: _Draft) -> int:
        if draft.paragraphs:
            return draft.paragraphs[0].span.start
        rows = [i for c in draft.caption_rows for i in c] or draft.rows
        return self.rows[min(rows)].line.start if rows else 0

    def _article(self, draft: _Draft) -> Article:
        headline = self._headline(draft)
        captions = self._captions(draft)
        paragraphs = list(draft.paragraphs)
        if (joined := self._closing_joined(paragraphs)) is not None:
            count, paragraph = joined  # a closing dispatch in brackets the reflow parted (after its 电, its 记者)
            paragraphs[-count:] = [paragraph]
            draft.paragraphs[-count:] = [paragraph]
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
        hints = [self.hints.get(self.rows[i].line.start) for i in draft.title_rows]
        sizes = [h.size_ratio for h in hints if h is not None] if self.hints else []
        return headline_from_lines(self.source, spans, sizes if len(sizes) == len(spans) else None)

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
            mark = _CAPTION_MARK.match(to_simplified(text))  # 上圖 on a Traditional page: asked of the Simplified copy
            marker = text[: mark.end()].strip() if mark else None
            text = text[mark.end() :] if mark else text
            out.append(Caption(text=text, span=Span(first.line.start, max(first.line.start, end)), marker=marker))
        return out

    def _byline(self, draft: _Draft) -> Byline | None:
        photographers = tuple(name for credit in draft.photo_credits for name in credit.photographers)
        if draft.byline is not None:
            names = tuple(dict.fromkeys(draft.byline.photographers + photographers))
            return attrs.evolve(draft.byline, photographers=names)
        if draft.paragraphs and (closing := self._closing_dispatch(draft.paragraphs[-1])) is not None:
            return attrs.evolve(closing, photographers=tuple(dict.fromkeys(photographers)))
        if draft.photo_credits:
            first = draft.photo_credits[0]
            return attrs.evolve(first, photographers=tuple(dict.fromkeys(photographers)))
        return None

    def _closing_joined(self, paragraphs: Sequence[Paragraph]) -> tuple[int, Paragraph] | None:
        """The last paragraphs as one, where together they are a closing dispatch in brackets: how many, and it.

        The reflow may part one after its 电 (（本报印度金奈10月14日电 / 记者管克江、…）), or after a role word alone
        on its line as well (… / 记者 / 管克江、王芳、…苑基荣）): the note is the two or three last paragraphs.
        """
        if not paragraphs or not paragraphs[-1].text.rstrip().endswith(("）", ")")):
            return None
        for count in range(2, min(_NOTE_LINES, len(paragraphs)) + 1):
            first = paragraphs[-count]
            if not _opens_note(first.text):
                continue
            parts = paragraphs[-count:]
            if any(self.source[a.span.end : b.span.start].strip() for a, b in itertools.pairwise(parts)):
                return None
            text = join_lines([p.text for p in parts])
            joined = Paragraph(text=text, span=Span(first.span.start, parts[-1].span.end))
            return (count, joined) if self._closing_dispatch(joined) is not None else None
        return None

    def _closing_dispatch(self, last: Paragraph) -> Byline | None:
        """The dispatch head in brackets that is the whole of an article's last paragraph, naming its reporters.

        A short report may close on where it was filed and by whom, wrapped over lines (（本报印度金奈10月14日电 /
        记者管克江、王芳、王海 / 林、徐伟、丁雪真、苑基荣）): its byline, the paragraph kept as printed.
        """
        text = last.text.strip()
        if not (text.startswith(("（", "(")) and text.endswith(("）", ")"))) or len(text) > _CLOSING_MAX:
            return None
        found = match_signature(self.source, last.span.start, last.span.end)
        return found if found is not None and found.day is not None else None

    def _dateline(self, draft: _Draft, byline: Byline | None) -> Dateline | None:
        if draft.paragraphs:
            # A lead-in box's label (核心阅读) is no sentence: the text starts with the summary under it; an editor's
            # note (编者按：…) is no report: the text starts under it.
            first = draft.paragraphs[0].text
            labelled = len(draft.paragraphs) > 1 and (_compact(first) in _LEAD_LABELS or _editors_note(first))
            span = draft.paragraphs[1 if labelled else 0].span
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


def _follow_up(first: Byline | None, then: Byline | None, *, same_day: bool = False) -> bool:
    """Whether dispatch head ``then`` is a later report from the desk of dispatch head ``first``.

    The same source and place, sent on a later day of the same month (新华社华盛顿4月25日电, then …4月26日电).

    Sent the same day, it may be a report of its own whose title the extractor lost (a paper prints several
    本报北京10月14日电 items on one page): only a later day tells a follow-up under the first report's title,
    unless (``same_day``) the first head stands under an author's line (新华社记者 X): the author signs the whole
    piece, and its parts sent from the same desk that day are its own.
    """
    return (
        first is not None
        and then is not None
        and first.place is not None
        and (first.source, first.agency, first.place, first.month) == (then.source, then.agency, then.place, then.month)
        and first.day is not None
        and then.day is not None
        and (then.day > first.day or (same_day and then.day == first.day))
    )


def _lead_label(text: str) -> bool:
    """Whether the line ``text`` is a lead-in box's label (核心阅读), which opens a feature's summary."""
    return text.lstrip()[:1] in _LEAD_FIRST and _compact(text) in _LEAD_LABELS


def _opens_note(text: str) -> bool:
    """Whether the line ``text`` opens a note in brackets and leaves it open (（本报印度金奈10月14日电 / 记者…）)."""
    return text.lstrip()[:1] in "（(" and _open_brackets(text) > 0


def _whole_phrase(text: str) -> bool:
    """Whether ``text`` closes every quotation and bracket it opens."""
    return text.count("“") <= text.count("”") and text.count("「") <= text.count("」") and _open_brackets(text) <= 0


def _open_brackets(text: str) -> int:
    """How many more brackets ``text`` opens than it closes (negative: it closes ones opened before it)."""
    return sum(text.count(ch) for ch in "（([【〔") - sum(text.count(ch) for ch in "）)]】〕")


def _split_glued_heads(lines: list[Line]) -> list[Line]:
    """Lines cut where a dispatch head or an author line follows another piece of text after a space (text only).

    pdftotext -raw prints text set on one baseline as one line: a title's last line and the dispatch head that
    opens the article beside it (情更浓 新华社福州4月26日电（记…), or the author line under it (削弱欧佩克影响力
    新华社记者 王卓伦 庞昕熠), or the author's bare name beside it (领导干部读书贵在得法 王学斌), come out as one.
    A head after a sentence's end (…心。 据新华社昆明4月27日电) is a sign-off and stays. A photo's label (图片报道)
    before other text on its line is a title of its own.
    """
    out: list[Line] = []
    for at, line in enumerate(lines):
        text = line.text
        if (cut := _beside_title(text, lines[at + 1].text if at + 1 < len(lines) else "")) is not None:
            # two titles on one baseline, the second left open over the first's dispatch (谌贻琴访问保加利亚
            # 第九届进博会推介会暨 / 新华社索非亚6月8日电 …): the first heads that dispatch, the second runs on
            # elsewhere (set apart as by a blank line: no line of the first)
            left = text[:cut].rstrip()
            out.append(attrs.evolve(line, end=line.start + len(left), text=left))
            lead = len(text) - len(text[cut:].lstrip())
            out.append(Line(line.start + lead, line.end, text[lead:], 1, 0))
            continue
        label, _, rest = text.partition(" ")
        if rest.strip() and label in _PHOTO_LABELS:
            # a photo's label beside the next title on one baseline (图片报道 “馆园融合”…): a title of its own
            cut = line.start + len(label)
            out.append(attrs.evolve(line, end=cut, text=label))
            lead = len(text) - len(text[len(label) :].lstrip())
            out.append(Line(line.start + lead, line.end, text[lead:], 0, 0))
            continue
        found = (
            _GLUED_HEAD.search(text)
            if " " in text
            and ("电" in text or "電" in text or "者" in text or "·" in text or "•" in text or "‧" in text)
            else None
        )
        if found is None and " " in text and (name := _GLUED_NAME.search(text)) is not None:
            # ... or a bare author name after a title (not after a phrase of the title's own: 千里绘就长歌)
            title = text[: name.start()]
            if (
                len(title) >= _GLUED_TITLE_MIN
                and not any(c.isspace() for c in title)  # a title's line alone, not columns side by side
                and "记者" not in title
                and "記者" not in title
                and _title_like(title)
                and match_author_line(text[name.end() :]) is not None
                and match_author_line(text) is None  # not one author line of several names (本报记者 龚鸣 关皓宇)
            ):
                found = name
        left = text[: found.start()].rstrip() if found else ""
        if found is None or not left.strip(_BULLETS) or ends_sentence(left):
            out.append(line)  # nothing before it, a bullet (■ 本报记者 张三), or a sentence it signs off
            continue
        out.append(attrs.evolve(line, end=line.start + len(left), text=left))
        out.append(Line(line.start + found.end(), line.end, text[found.end() :], 0, 0))
    return out


def _beside_title(text: str, below: str) -> int | None:
    """Where the second of two titles printed on one line starts, the second left open over the first's dispatch.

    The line is two runs of Han characters (quotes and the middle dot allowed) of ``_GLUED_TITLE_MIN`` at least,
    parted by one space; the second stops where a title cannot (暨, 的, an open quote), and the line ``below`` opens
    with a dispatch head or an author line, which carries on no title: the second title's rest is printed elsewhere.
    A title's own gap between two phrases (一江碧水东流 千里绘就长歌) closes its phrases.
    """
    if text.count(" ") != 1 or not below:
        return None
    left, right = text.split(" ")
    if len(left) < _GLUED_TITLE_MIN or len(right) < _GLUED_TITLE_MIN or not (_TWO_TITLES.fullmatch(text)):
        return None
    if right[-1] not in _TITLE_OPEN_END and not leaves_open(right):
        return None
    if _GLUED_HEAD.match(" " + below) is None:
        return None
    return len(left) + 1


#: Two runs of Han characters (quotes, title marks and the middle dot allowed) parted by one space.
_TWO_TITLES = re.compile(r"[\u4e00-\u9fff“”‘’《》·]+ [\u4e00-\u9fff“”‘’《》·]+")
#: A title's line does not stop on these: it runs on (第九届进博会推介会暨 / “共享大市场·出口中国”…).
_TITLE_OPEN_END = frozenset("暨及与和的之在对向为把将被从“‘《")


#: Two articles swap titles when their titles find this much more of their character pairs in the other's text.
_SWAP_GAIN = 0.5

#: A word of two characters names a subject (秭归, 脐橙, 香瓜) when the lexicon counts it at most this often; 发展,
#: 亿元, 孩子 are any text's.
_TOPIC_FREQ = 800
#: A run of paragraphs changes articles by its words when it shares at least this many subject words with the other,
#: and more than ``_TOPIC_LEAD`` times as many as with the article it would leave (2.5 made one wrong move on our
#: layout pages: ``_subject_leads``).
_TOPIC_MIN = 5
_TOPIC_LEAD = 3
#: ... or twice as many, for a page's first text that opens no paragraph (a line as wide as the next) after a form
#: feed, where an article further up stopped mid-sentence: no paragraph of the last article opens there either.
_MID_LEAD = 2


def _finished_before(drafts: Sequence[_Draft], draft: _Draft, row: int) -> list[_Draft]:
    """The articles of ``drafts`` but ``draft``, no photo, whose text ends above ``row`` on a finished sentence."""
    return [
        d
        for d in drafts
        if d is not draft
        and not d.photo
        and d.paragraphs
        and d.rows
        and max(d.rows) < row
        and ends_sentence(d.paragraphs[-1].text)
    ]


def _cut_off_before(drafts: Sequence[_Draft], draft: _Draft, row: int) -> list[_Draft]:
    """The articles of ``drafts`` but ``draft`` whose text ends above ``row`` in mid-sentence (``_cut_off``)."""
    return [d for d in drafts if d is not draft and d.rows and max(d.rows) < row and _cut_off(d)]


def _next_in_enumeration(opening: str, above: Sequence[Paragraph], others: Sequence[_Draft]) -> _Draft | None:
    """The one article of ``others`` whose enumeration the paragraph ``opening`` goes on with, where ``above`` does not.

    Paragraphs that open on 首先, 其次, 再次 (or 第一, 第二 …; 一是, 二是 …) follow one another: a column that opens
    on 再次 after a column break, under an article that has reached that place or passed it (a commentary in a box
    read between a report's columns, its own points counted 首先 to 第四), carries on the one article whose last such
    paragraph opens on 其次.
    """
    place = _ordinal(opening)
    if place is None or place < _SECOND:
        return None
    here = _last_ordinal(above)
    if here is None or here < place:
        return None  # it may go on with the points above it, one of them perhaps read elsewhere
    found = [d for d in others if _last_ordinal(d.paragraphs) == place - 1]
    return found[0] if len(found) == 1 else None


def _ordinal(text: str) -> int | None:
    """The place in an enumeration that a paragraph opening on ``text`` takes (首先 1, 其次 2, 第三 3), if any."""
    found = _ORDINAL.match(text)
    if found is None:
        return None
    word, numeral = found.group("word"), found.group("numeral") or found.group("spoken")
    return _ORDINAL_WORDS[word] if word else _NUMERALS.index(numeral) + 1


def _last_ordinal(paragraphs: Sequence[Paragraph]) -> int | None:
    """The place of the last of ``paragraphs`` that opens an enumeration's paragraph."""
    return next((place for p in reversed(paragraphs) if (place := _ordinal(p.text)) is not None), None)


#: Words opening an enumeration's paragraphs, by their place (the other places are counted: 第四, 四是).
_ORDINAL_WORDS = {"首先": 1, "其次": 2, "再次": 3}
#: The numerals of the counted places, the first at 1.
_NUMERALS = "一二三四五六七八九"
#: An enumeration's paragraph opening: 首先， / 其次是, 第三， / 第四、, or 二是 (a place counted alone needs its 是:
#: 第一时间 is no place).
_ORDINAL = re.compile(
    r"(?P<word>首先|其次|再次)[，,是]|第(?P<numeral>[一二三四五六七八九])[，,、是]|(?P<spoken>[一二三四五六七八九])是"
)
#: An enumeration's second place: the first place opens one, and nothing before it tells where it belongs.
_SECOND = 2


def _subject_leads(shared: int, left: int) -> bool:
    """Whether ``shared`` subject words with one article outweigh ``left`` with the one the text would leave."""
    return shared >= _TOPIC_MIN and shared > _TOPIC_LEAD * left


#: Marks of a line left open that also end a noun (方向, 导向, 动向; 所在, 存在): a title may stop on them.
_NOUN_ENDS = frozenset("向在")
#: How many characters before a line's end are cut into words to read its last word.
_NOUN_REACH = 4


def _ends_in_noun(text: str) -> bool:
    """Whether ``text`` ends in a word of two characters or more whose last is one of ``_NOUN_ENDS`` (演进方向)."""
    if text[-1:] not in _NOUN_ENDS:
        return False
    return lexicon().cut(text[-_NOUN_REACH:])[-1] > 1


def _dated_opening(text: str) -> Dateline | None:
    """The dateline ``text`` opens on, within ``_DATED_REACH`` characters (当地时间10月13日，…), as a dispatch does."""
    found = parse_dateline(text)
    return found if found is not None and found.span is not None and found.span.start <= _DATED_REACH else None


def _ends_in_dispatch(text: str) -> bool:
    """Whether a line ends in a dispatch head (…新华社北京4月24日电): the article it ends is done."""
    return _compact(text).endswith(("电", "電"))


#: How an editor's note opens (编者按：…, 编者的话), on the Simplified copy.
_EDITORS_NOTE = ("编者按", "编者的话", "编辑按")


def _editors_note(text: str) -> bool:
    """Whether a paragraph is an editor's note (编者按：…)."""
    return to_simplified(_compact(text[:8])).startswith(_EDITORS_NOTE)


def _editors_note_only(draft: _Draft) -> bool:
    """Whether ``draft`` holds only an editor's note so far: no byline, one paragraph opening 编者按."""
    if draft.byline is not None or draft.photo or len(draft.paragraphs) != 1:
        return False
    return _editors_note(draft.paragraphs[0].text)


def _cut_off(draft: _Draft) -> bool:
    """Whether an article's text so far stops in mid-sentence.

    A photo item's captions need not end one; a dispatch head after the last sentence (…新华社南昌5月2日电) and a
    note in brackets (（摘编自《长沙晚报》，原题为《…》）) close an article.
    """
    if not draft.paragraphs or draft.photo:
        return False
    return _open_ending(draft.paragraphs[-1].text)


def _text_stops_short(text: str) -> bool:
    """Whether ``text`` stops mid-sentence: no sentence's end, dispatch head or note, nor a sign-off's bracket or code.

    (…賴總統第一 stops so; 宇帆/核稿：何宏儒）1140206, the end of a sign-off read apart, does not.)
    """
    return _open_ending(text) and not _sign_off_tail(text)


def _sign_off_tail(text: str) -> bool:
    """Whether ``text`` ends as a sign-off does: on its bracket or its date code (（編輯：X）1131230)."""
    tail = text.rstrip()[-1:]
    return tail in "）)" or tail.isdecimal()


def _open_ending(text: str) -> bool:
    """Whether the last paragraph ``text`` stops mid-sentence: no sentence's end, dispatch head or closing note.

    An agency's sign-off after the last sentence closes it too (…回國」。（編輯：X/Y）1131230), and so does its end
    alone where a narrow column parted it from the sentence (慧盈）1131230): read as an open end, the date code ran on
    into the figure opening another article's column (1131230 / 2人獲救外).
    """
    last = _compact(text)
    note = last[:1] in "（(" and last[-1:] in "）)"
    signed = _DESK_SIGN_OFF.search(last) is not None or _DATE_CODE.search(last) is not None
    return not ends_sentence(last) and not _ends_in_dispatch(last) and not note and not signed


def _tail(draft: _Draft) -> str:
    """The last few characters of an article's text so far, for an explanation."""
    return "…" + _compact(draft.paragraphs[-1].text)[-8:]


def _names(byline: Byline) -> bool:
    """Whether a byline names anyone (a note on the author, （作者为…）, names no one)."""
    return bool(byline.reporters or byline.correspondents or byline.photographers or byline.others)


def _window_max(values: Sequence[int], reach: int) -> list[int]:
    """The largest of ``values`` within ``reach`` places of each place, in one pass (a deque of the candidates).

    >>> _window_max([1, 5, 2, 0, 0, 3], 1)
    [5, 5, 5, 2, 3, 3]
    """
    out: list[int] = []
    best: deque[int] = deque()  # indices whose values fall from the front to the back
    count = len(values)
    for k in range(count + reach):
        if k < count:
            while best and values[best[-1]] <= values[k]:
                best.pop()
            best.append(k)
        at = k - reach
        if at < 0:
            continue
        while best[0] < at - reach:
            best.popleft()
        out.append(values[best[0]])
    return out


def _runs_of(indices: Sequence[int]) -> list[list[int]]:
    """``indices`` (sorted) cut into runs of consecutive numbers."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] + 1 == i:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _overlap(words: str, text: str) -> float:
    """The share of the Chinese character pairs of ``words`` that occur in ``text``."""
    pairs = _pairs(words)
    if not pairs:
        return 0.0
    return sum(1 for p in pairs if p in text) / len(pairs)


def _names_only(line: str) -> bool:
    """Whether a line is names alone, set apart by spaces (姚子云 赵家淞): the rest of an author line, wrapped.

    Each name a short run of Han characters that jieba's tagger reads as a person's name; no line of text is made
    of such runs alone.
    """
    names = line.split()
    return len(names) >= 2 and all(_PERSON.fullmatch(name) and opens_with_person_name(name) for name in names)


def _read_wrapped_author(head: str, tail: str) -> Byline | None:
    """An author line wrapped over two lines, read as one (``head`` and ``tail`` stripped).

    A lone character on either side of the wrap is part of a name the wrap cut in two (新华社记者 叶 / 书宏 陈泽安,
    新华社记者 白丽 / 萍 吴晓颖): no space joins it; otherwise the wrap parts two names.
    """
    lone = len(head.rsplit(maxsplit=1)[-1]) == 1 or len(tail.split(maxsplit=1)[0]) == 1
    return match_author_line(head + ("" if lone else " ") + tail)


def _untitled_run(drafts: Sequence[_Draft]) -> list[_Draft]:
    """The articles with text and no title at the end of ``drafts``, back to the last titled one (photos passed)."""
    run: list[_Draft] = []
    for draft in reversed(drafts):
        if draft.title_rows:
            break
        if draft.paragraphs and not draft.photo:
            run.append(draft)
    return run[::-1]


def _lead_overlap(words: str, draft: _Draft) -> float:
    return _overlap(to_simplified(words), to_simplified(_lead(draft)))


def _names_apart(words: str, named: _Draft, other: _Draft) -> bool:
    """Whether ``words`` name the lead of ``named`` plainly more than that of ``other`` on the pairs they do not share.

    Two dispatches of one day share their opening (国家主席习近平…互致贺电, 致电): the character pairs of a title
    found in one lead and not in the other tell which it names (加拿大, 总督, 路易丝·阿伯 over 格鲁吉亚's lead).
    """
    pairs = _pairs(to_simplified(words))
    mine, theirs = _pairs(to_simplified(_lead(named))), _pairs(to_simplified(_lead(other)))
    own, others = len(pairs & (mine - theirs)), len(pairs & (theirs - mine))
    return own >= 2 * others + _APART_PAIRS


def _lead(draft: _Draft) -> str:
    """The words an article opens with, as ``_lead_overlap`` reads them."""
    return "".join(p.text for p in draft.paragraphs[:2])[:300]


def _topic_words(text: str) -> frozenset[str]:
    """The words of two characters in ``text`` that name a subject: known to the lexicon, and not common in any text."""
    return frozenset(pair for pair in _pairs(to_simplified(text)) if _names_subject(pair))


@functools.lru_cache(maxsize=1 << 16)
def _names_subject(pair: str) -> bool:
    """Whether the lexicon knows ``pair`` as a word at most ``_TOPIC_FREQ`` times (pairs recur from page to page)."""
    return 0 < word_count(pair) <= _TOPIC_FREQ


def _pairs(text: str) -> set[str]:
    """The pairs of Chinese characters next to each other in ``text``."""
    # a comparison of code points, not _CJK.match on one character: this runs on every character of a caption's and
    # a lead's words (issue 13)
    han = ["\u3400" <= ch <= "\u9fff" for ch in text]
    return {text[k : k + 2] for k in range(len(text) - 1) if han[k] and han[k + 1]}


def _opening(paragraphs: Sequence[Paragraph], k: int) -> str:
    """The words that open an article at paragraph ``k``: that paragraph, and the next when it is a short one."""
    text = paragraphs[k].text
    if len(text) < _SHORT_LEAD and k + 1 < len(paragraphs):
        text += paragraphs[k + 1].text
    return text[:300]


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
    # A signature under the body (（作者系…）) closes the article; it starts none.
    signed = (
        after.byline is not None
        and after.byline.span is not None
        and not after.byline.photographers  # a photo's credit stands with its photo
        and bool(after.paragraphs)
        and after.byline.span.start > after.paragraphs[0].span.start
    )
    return (
        (after.headline is None or title_after)
        and (after.byline is None or signed)
        and after.kind != "photo"
        and before.kind != "photo"
        and bool(after.paragraphs)
        and bool(before.paragraphs)
    )


def _holds_anything(draft: _Draft) -> bool:
    """Whether ``draft`` still holds a line of the page (one whose text or credit went to another is empty)."""
    return bool(draft.rows or draft.paragraphs or draft.caption_rows or draft.title_rows or draft.standalone_byline)


def _carried_before(articles: Sequence[Article], first: Article) -> int | None:
    """The article before the last of ``articles`` whose last word ``first`` finishes, when the last is done.

    Where the last article of the page before stopped mid-sentence, it is the one the page carries on
    (``_continues``); otherwise an earlier one left in mid-word may be.
    """
    if _stops_mid_sentence(articles[-1]):
        return None
    return next(
        (
            k
            for k in range(len(articles) - 2, -1, -1)
            if _stops_mid_sentence(articles[k]) and _carried_on(articles[k], first)
        ),
        None,
    )


def _opens_mid_paragraph(source: str, article: Article) -> bool:
    """Whether ``article``'s text opens on a line as wide as the one under it, at the line's start.

    A paragraph's first line is indented or short of the column by the indent; a line as wide as the next is a
    paragraph's middle, carried over a page break (…进入中国市场，石荷 / form feed / 州在杭州设立了…).
    """
    widths = _line_widths(source, article.paragraphs[0]) if article.paragraphs else None
    if widths is None or len(widths) < _TWO_LINES:
        return False  # indented, or text before it on its line (the form feed aside), or one line
    return widths[0] > 0 and widths[0] >= widths[1] - 1


def _line_widths(source: str, paragraph: Paragraph) -> list[int] | None:
    """The display widths of ``paragraph``'s lines as printed (0 for a blank one), if it opens at its line's start.

    None where it is indented or has text before it on its line (a form feed aside).
    """
    start = paragraph.span.start
    if source[source.rfind("\n", 0, start) + 1 : start].strip("\f"):
        return None
    return [display_width(line.strip()) for line in source[start : paragraph.span.end].split("\n")]


def _carried_by_subject(articles: Sequence[Article], first: Article, *, mid: bool = False) -> int | None:
    """The article before the last of ``articles`` that ``first`` carries on by its words, when the last is done.

    No word runs across the form feed, but the text that opens the page names the subject of an article further up
    that stopped mid-sentence: it shares at least ``_TOPIC_MIN`` subject words (``_topic_words``) with that one,
    more than three times as many as with the last (``_subject_leads``, as ``_regroup_by_subject`` asks).
    """
    if len(articles) < 2 or _stops_mid_sentence(articles[-1]) or first.byline is not None:
        return None
    cut = [k for k in range(len(articles) - 1) if _stops_mid_sentence(articles[k])]
    if not cut:  # most page breaks: nothing further up waits
        return None

    def words(article: Article) -> frozenset[str]:
        return _topic_words(_article_words(article))

    said = words(first)
    last = len(said & words(articles[-1]))
    best, at = max((len(said & words(articles[k])), k) for k in cut)
    if mid:
        # text that opens no paragraph runs on in a sentence left open, or in the last article's paragraph after a
        # finished sentence: the words need twice the last article's, not three times
        return at if best >= _TOPIC_MIN and best > _MID_LEAD * last else None
    return at if _subject_leads(best, last) else None


def _runs_set_apart(
    articles: list[Article], cut: list[int], page_articles: list[Article], source: str
) -> list[Article]:
    """``page_articles`` with the runs that finish an article of the pages before, by its words, given to it.

    Under an article done on this page, a column may carry on one that a page before left mid-sentence (…进入中国市场，
    石荷 / form feed / another article, done / 州在杭州设立了…): the column opens no paragraph (a full line at the
    line's start after a blank line, under a finished sentence), and its words, up to the next such column, are that
    article's subject (``_carried_by_subject``'s test for text that opens no paragraph). ``cut``: the indices of
    ``articles`` stopped mid-sentence; an article finished here leaves it.
    """
    out: list[Article] = []
    for article in page_articles:
        found = _carried_run(articles, cut, article, source) if cut else None
        if found is None:
            out.append(article)
            continue
        k0, k1, host = found
        kept, run = _split_article(article, k0, k1, source)
        articles[host] = _run_on(articles[host], run, source)
        cut.remove(host)
        out.append(kept)
    return out


def _carried_run(
    articles: Sequence[Article], cut: Sequence[int], article: Article, source: str
) -> tuple[int, int, int] | None:
    """The paragraphs ``k0`` to ``k1`` of ``article`` that carry on an article of ``cut``, and that one's index."""
    paragraphs = article.paragraphs
    if article.kind == "photo" or len(paragraphs) < 2 or any(p.pieces for p in paragraphs):
        return None
    breaks = [
        k
        for k in range(1, len(paragraphs))
        if not _open_ending(paragraphs[k - 1].text) and _opens_mid_line(source, paragraphs[k])
    ]
    if not breaks:
        return None
    # every run from one such break to a later one or the end is weighed; the one whose words lead the most goes
    said_in = [_topic_words(p.text) for p in paragraphs]
    title = _topic_words(article.headline.main or "") if article.headline is not None else frozenset()
    hosts = [(h, _topic_words(_article_words(articles[h]))) for h in cut]
    found: tuple[int, int, int, int] | None = None
    for k0, k1 in itertools.combinations([*breaks, len(paragraphs)], 2):
        said = frozenset().union(*said_in[k0:k1])
        rest = len(said & title.union(*said_in[:k0], *said_in[k1:]))
        best, host = max((len(said & words), h) for h, words in hosts)
        if best >= _TOPIC_MIN and best > _MID_LEAD * rest and (found is None or best - _MID_LEAD * rest > found[0]):
            found = (best - _MID_LEAD * rest, k0, k1, host)
    return None if found is None else found[1:]


def _article_words(article: Article) -> str:
    """An article's title and text, for its subject words."""
    title = (article.headline.main or "") if article.headline is not None else ""
    return title + "".join(p.text for p in article.paragraphs)


def _opens_mid_line(source: str, paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` opens after a blank line on a line as wide as the one under it, at the line's start."""
    line_start = source.rfind("\n", 0, paragraph.span.start) + 1
    if not line_start or source[source.rfind("\n", 0, line_start - 1) + 1 : line_start].strip():
        return False  # no blank line above
    widths = [width for width in _line_widths(source, paragraph) or () if width]
    if not widths:
        return False  # indented, or text before it on its line
    # the lines under it, but the paragraph's last, which may stop short
    under = widths[1:-1] or widths[1:]
    return bool(under) and widths[0] >= max(under[:_UNDER_LINES]) - 1


#: How many lines under a paragraph's first tell the column's full width.
_UNDER_LINES = 3


def _split_article(article: Article, k0: int, k1: int, source: str) -> tuple[Article, Article]:
    """``article`` without its paragraphs ``k0`` to ``k1`` (excluded), and those as an untitled text."""
    paragraphs = article.paragraphs
    lo = paragraphs[k0].span.start
    hi = paragraphs[k1].span.start if k1 < len(paragraphs) else max(s.end for s in article.spans)

    def inside(span: Span) -> bool:
        return lo <= span.start < hi

    clipped = [Span(max(s.start, lo), min(s.end, hi)) for s in article.spans if s.start < hi and s.end > lo]
    outside = [
        part
        for s in article.spans
        for part in (Span(s.start, min(s.end, lo)), Span(max(s.start, hi), s.end))
        if part.end > part.start
    ]
    kept = attrs.evolve(
        article,
        paragraphs=paragraphs[:k0] + paragraphs[k1:],
        captions=tuple(c for c in article.captions if not inside(c.span)),
        spans=tuple(_trimmed(outside, source)),
    )
    run = attrs.evolve(
        article,
        headline=None,
        byline=None,
        dateline=None,
        paragraphs=paragraphs[k0:k1],
        captions=tuple(c for c in article.captions if inside(c.span)),
        spans=tuple(_trimmed(clipped, source)),
    )
    return kept, run


def _trimmed(spans: Sequence[Span], source: str) -> list[Span]:
    """``spans`` without the white space at their ends; those left empty dropped."""
    out = []
    for span in spans:
        text = source[span.start : span.end]
        start = span.start + len(text) - len(text.lstrip())
        end = span.start + len(text.rstrip())
        if end > start:
            out.append(Span(start, end))
    return out


def _opened_by_author(article: Article) -> bool:
    """Whether an article's byline is an author's line that names someone (江必新), no dispatch head or note."""
    byline = article.byline
    return (
        byline is not None
        and article.kind != "photo"
        and _names(byline)
        and byline.agency is None
        and byline.source is None
        and byline.day is None
        and byline.text[:1] not in "（("
    )


def _stops_mid_sentence(article: Article) -> bool:
    """Whether an article's text stops mid-sentence (see ``_cut_off``); a photo item's need not end one."""
    if article.kind == "photo" or not article.paragraphs:
        return False
    return _open_ending(article.paragraphs[-1].text)


def _carried_on(before: Article, after: Article) -> bool:
    """Whether ``after``'s first words finish the word ``before`` stopped in (…坑洼，车 / 辆不得不减速避让)."""
    if after.byline is not None or after.kind == "photo" or not after.paragraphs:
        return False
    return finishes_word(
        _read_tail(before.paragraphs[-1].text.rstrip()), _as_read(after.paragraphs[0].text[:_WORD_REACH])
    )


def _latest_cut_off(waiting: Sequence[_Draft], current: _Draft, *, on_word: bool = False) -> _Draft | None:
    """The article waiting last that stopped mid-sentence (``on_word``: on a Chinese character), but ``current``."""
    return next(
        (
            w
            for w in reversed(waiting)
            if w is not current and _cut_off(w) and (not on_word or _CJK.match(w.paragraphs[-1].text.rstrip()[-1:]))
        ),
        None,
    )


def _bound_particle(text: str) -> bool:
    """Whether ``text`` opens with a bound particle standing alone as a word (的‘疯狂’场景, not 的确 or 了解)."""
    head = to_simplified(_compact(text)[:_MAX_WORD_HEAD])
    return head[:1] in _BOUND_PARTICLES and lexicon().cut(head)[:1] == [1]


def _carried_paragraph(before: Paragraph, after: Paragraph, source: str) -> Paragraph:
    """One paragraph from a paragraph stopped mid-sentence and the text that carries it on elsewhere on the page.

    Its ``pieces`` are the ranges it was read from, in reading order, unless only white space lies between them.
    """
    pieces = (*(before.pieces or (before.span,)), *(after.pieces or (after.span,)))
    merged: list[Span] = []
    for piece in pieces:
        if merged and merged[-1].end <= piece.start and not source[merged[-1].end : piece.start].strip():
            merged[-1] = Span(merged[-1].start, piece.end)
        else:
            merged.append(piece)
    span = Span(min(p.start for p in merged), max(p.end for p in merged))
    return Paragraph(
        text=join_lines([before.text, after.text]), span=span, pieces=tuple(merged) if len(merged) > 1 else ()
    )


def _run_on(before: Article, after: Article, source: str) -> Article:
    """One article from an article and its continuation on the next printed page.

    A paragraph the page break cut in two is joined again: one span where only white space (the form feed) lies
    between its halves, its ``pieces`` where other text does (a running head, a page number, another article's
    column read between them).
    """
    paragraphs = list(before.paragraphs)
    rest = list(after.paragraphs)
    last, first = paragraphs[-1], rest[0]
    spans = _merged(sorted((*before.spans, *after.spans)), source)
    if not ends_sentence(last.text):
        rest.pop(0)
        paragraphs[-1] = _carried_paragraph(last, first, source)
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

    >>> page = segment("本报讯（记者张建华）8月7日上午，新城区召开会议。\n\n新城区召开政府廉政工作会议\n")
    >>> article = page.articles[0]
    >>> article.headline.main, article.byline.reporters
    ('新城区召开政府廉政工作会议', ('张建华',))
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
    import statistics  # noqa: PLC0415 - some 6 ms to import (fractions, decimal), which `segment` never needs

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
    # The text is read with its marks restored (one character for one: the spans hold), and the page keeps the input.
    read = _restored_marks(source)
    # Columns printed side by side (pdftotext -layout) are read one after another, spans mapped back to the input.
    # A PDF reader's lines (hints) come in reading order already.
    columns = split_columns(read) if hints is None else None
    if columns is not None:
        page, segmenters = _segmenters_in_order(columns.text, issue_date, model, conventions, None, in_place=True)
        page = columns.restore(page)
    else:
        page, segmenters = _segmenters_in_order(read, issue_date, model, conventions, hints)
    return (page if read is source else attrs.evolve(page, source=source)), segmenters


def _restored_marks(text: str) -> str:
    """``text`` with the katakana middle dot (・, U+30FB) as the Chinese one (·, U+00B7) it stands for.

    GB 2312 gives the middle dot of Chinese names (罗伯特·劳伦斯·库恩) one code, which the standard's first mapping
    to Unicode put at U+30FB and GBK's and GB 18030's at U+00B7: a PDF's font may still name the glyph so, and a
    reader that takes the font's word (pypdfium2) prints ・ where the page shows the Chinese ·. One character for
    one, so every offset holds.
    """
    return text.replace("\u30fb", "\u00b7") if "\u30fb" in text else text


def _segmenters_in_order(  # noqa: PLR0913 - the arguments of _segmenters, and how its columns were read
    source: str,
    issue_date: dt.date | None,
    model: Labeller | None,
    conventions: Conventions | None,
    hints: Mapping[int, LineHint] | None,
    *,
    in_place: bool = False,
) -> tuple[Page, list[_Segmenter]]:
    bounds = _pages(source)
    if conventions is None and len(bounds) >= _HEADS_PAGES:
        # Running heads show only across pages: read them off this text's own form-feed pages.
        conventions = Conventions(running_heads=running_heads([source[lo:hi] for lo, hi in bounds]))
    normal = to_simplified(normalize(source))
    # A form feed ends a printed page: each page is read on its own evidence.
    same = [conventions] * len(bounds)
    built = functools.partial(_built, source, normal, bounds, issue_date=issue_date, model=model, hints=hints)
    page, segmenters = built(conventions=same, in_place=in_place)
    # ... except which way titles go, which one extractor keeps the same on every page of a text: a page that does
    # not show it plainly goes the way the pages that do show it all agree on.
    plain = {seg.titles_first for seg in segmenters if seg.orientation_plain}
    if len(plain) == 1 and hints is None and (conventions is None or conventions.titles_first is None):
        way = plain.pop()
        pinned = [
            attrs.evolve(conventions or Conventions(), titles_first=way)
            if seg.titles_first is not None and seg.titles_first != way
            else conventions
            for seg in segmenters
        ]
        if pinned != same:
            page, segmenters = built(conventions=pinned, in_place=in_place)
    return page, segmenters


def _built(  # noqa: PLR0913 - the arguments of _segmenters_in_order, each page's conventions apart
    source: str,
    normal: str,
    bounds: Sequence[tuple[int, int]],
    *,
    issue_date: dt.date | None,
    model: Labeller | None,
    conventions: Sequence[Conventions | None],
    hints: Mapping[int, LineHint] | None,
    in_place: bool = False,
) -> tuple[Page, list[_Segmenter]]:
    """The form-feed pages ``bounds`` of ``source`` segmented, each with its own conventions, and joined."""
    segmenters = [
        _Segmenter(source, normal, issue_date, lo, hi, labeller=model, conventions=rules, hints=hints)
        for (lo, hi), rules in zip(bounds, conventions, strict=True)
    ]
    for seg in segmenters:
        seg.in_place = in_place
    # Articles left mid-sentence are carried to the pages after, whose text may finish them (``_carried_into``),
    # unless the next page's first article does.
    pages: list[Page] = []
    carried: list[str] = []
    for seg in segmenters:
        seg.carried = list(carried)
        seg.after_cut = bool(pages and pages[-1].articles and _stops_mid_sentence(pages[-1].articles[-1]))
        seg.after_signed = bool(pages and pages[-1].articles and _opened_by_author(pages[-1].articles[-1]))
        page = seg.build()
        if pages and pages[-1].articles and page.articles and _continues(pages[-1].articles[-1], page.articles[0]):
            tail = pages[-1].articles[-1].paragraphs[-1].text
            if tail in seg.carried:
                seg.carried.remove(tail)
        pages.append(page)
        carried = seg.carried + [a.paragraphs[-1].text for a in page.articles if _stops_mid_sentence(a)]
    joined = _joined(source, pages, [seg.carried_spans for seg in segmenters], by_words=hints is None)
    return joined, segmenters


def _joined(source: str, pages: list[Page], carried: Sequence[Sequence[Span]] = (), *, by_words: bool = False) -> Page:
    """One page of the pages of a text, articles that run on across a form feed made one.

    ``carried`` holds, per page, where its segmenter set apart pieces that finish an article of the pages before.
    ``by_words``: a page's first text may carry on an earlier article than the last by its words
    (``_carried_by_subject``); not where a PDF's reader gave the order.
    """
    if not pages:
        return Page(source=source)
    if len(pages) == 1:
        return pages[0]
    articles: list[Article] = []
    for number, page in enumerate(pages):
        page_articles = list(page.articles)
        if articles and page_articles and (k := _carried_before(articles, page_articles[0])) is not None:
            # The page opens by finishing the word an article further up the page before stopped in, the last one
            # being done (…采用三层立体结构设 / … / …人民友好往来。（本报利雅得电） / form feed / 计：上层为…).
            articles[k] = _run_on(articles[k], page_articles.pop(0), source)
        elif (
            by_words
            and articles
            and page_articles
            and _continues(articles[-1], page_articles[0])
            and (
                k := _carried_by_subject(articles, page_articles[0], mid=_opens_mid_paragraph(source, page_articles[0]))
            )
            is not None
        ):
            # The last article is done, and the page opens on the subject of one further up that stopped
            # mid-sentence (…提速行政审批 / another article, done / form feed / 等，再到当前立足科创前沿…).
            articles[k] = _run_on(articles[k], page_articles.pop(0), source)
        elif articles and page_articles and _continues(articles[-1], page_articles[0]):
            articles[-1] = _run_on(articles[-1], page_articles.pop(0), source)
        # Further down the page, a piece may carry on an article that the page before left mid-sentence, set after
        # the ones that open this page (a column continued below them): the page's segmenter set it apart.
        pieces = carried[number] if number < len(carried) else ()
        cut = [k for k, article in enumerate(articles) if _stops_mid_sentence(article)]
        if by_words and cut:
            page_articles = _runs_set_apart(articles, cut, page_articles, source)
        for article in page_articles:
            first = article.paragraphs[0].span.start if article.paragraphs else -1
            piece = any(span.start <= first < span.end for span in pieces)
            host = next((k for k in reversed(cut) if _carried_on(articles[k], article)), None) if piece else None
            if host is None:
                articles.append(article)
                continue
            articles[host] = _run_on(articles[host], article, source)
            cut.remove(host)
    return Page(
        articles=tuple(articles),
        credits=tuple(c for p in pages for c in p.credits),
        leftovers=tuple(x for p in pages for x in p.leftovers),
        source=source,
        decisions=tuple(d for p in pages for d in p.decisions),
    )

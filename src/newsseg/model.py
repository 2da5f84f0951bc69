"""The records newsseg returns.

Every record is an immutable ``attrs`` class that keeps the character span(s) of the input it was built from, so a
user can always go back from an article, a paragraph or a byline to the text it came from.
``Page.to_dict()`` gives the JSON-ready shape of the output schema (docs/schema.md).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

__all__ = [
    "Article",
    "Box",
    "Byline",
    "Caption",
    "Credit",
    "Dateline",
    "Decision",
    "Headline",
    "Leftover",
    "Page",
    "Paragraph",
    "Span",
]

#: The kinds of article, as in the output schema (docs/schema.md).
KINDS = ("news", "feature", "commentary", "interview", "photo")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the input string.

    >>> text = "本报讯（记者王明）8月7日上午"
    >>> Span(9, 15).of(text)
    '8月7日上午'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        """Reject a reversed or negative range."""
        if not 0 <= self.start <= self.end:
            msg = f"a span needs 0 <= start <= end, got [{self.start}, {self.end})"
            raise ValueError(msg)

    def __len__(self) -> int:
        """How many characters the span covers."""
        return self.end - self.start

    def of(self, text: str) -> str:
        """The text this span covers in ``text``."""
        return text[self.start : self.end]

    def to_list(self) -> list[int]:
        """``[start, end]``, the JSON form."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Any) -> Span:  # noqa: ANN401 - JSON data
        """The span of its JSON form ``[start, end]``.

        >>> Span.from_list([10, 16])
        Span(start=10, end=16)
        """
        start, end = value
        return cls(int(start), int(end))


def _span_or_none(value: Any) -> Span | None:  # noqa: ANN401 - JSON data
    return None if value is None else Span.from_list(value)


def _list_of_span(span: Span | None) -> list[int] | None:
    return span.to_list() if span is not None else None


@attrs.frozen(order=True)
class Box:
    """A rectangle on a PDF page, in PDF points: ``x0, y0`` its lower left corner, ``x1, y1`` its upper right.

    >>> Box(page=1, x0=36.0, y0=700.5, x1=180.0, y1=712.0).to_list()
    [36.0, 700.5, 180.0, 712.0]
    """

    page: int  # 1-based, as a reader counts pages
    x0: float
    y0: float
    x1: float
    y1: float

    def to_list(self) -> list[float]:
        """``[x0, y0, x1, y1]``, the JSON form."""
        return [self.x0, self.y0, self.x1, self.y1]

    @classmethod
    def from_list(cls, value: Any) -> Box:  # noqa: ANN401 - JSON data
        """The box of its form in ``Article.to_dict()["bbox"]``: ``[page, x0, y0, x1, y1]``."""
        page, x0, y0, x1, y1 = value
        return cls(page=int(page), x0=float(x0), y0=float(y0), x1=float(x1), y1=float(y1))


def _pieces_of(data: Mapping[str, Any]) -> tuple[Span, ...]:
    return tuple(Span.from_list(s) for s in data.get("pieces", ()))


@attrs.frozen(kw_only=True)
class Paragraph:
    """One true paragraph: wrapped lines joined, letter-spacing removed, characters as printed.

    ``span`` runs from its first character in the input to its last. Where the paragraph was read from several
    places (columns printed side by side on one line by ``pdftotext -layout``; a column the extractor read after
    another article's, or across a page break, that finishes its sentence), that range holds other text too, and
    ``pieces`` lists the ranges the paragraph was read from, in reading order; ``pieces`` is empty when ``span``
    alone holds the paragraph.
    """

    text: str
    span: Span
    pieces: tuple[Span, ...] = ()

    def __str__(self) -> str:
        """The paragraph's text."""
        return self.text

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "span"}``, and ``"pieces"`` when there are any."""
        return {"text": self.text, "span": self.span.to_list(), **_pieces_dict(self.pieces)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Paragraph:
        """The paragraph of its ``to_dict()``."""
        return cls(text=data["text"], span=Span.from_list(data["span"]), pieces=_pieces_of(data))


def _pieces_dict(pieces: tuple[Span, ...]) -> dict[str, Any]:
    return {"pieces": [s.to_list() for s in pieces]} if pieces else {}


@attrs.frozen(kw_only=True)
class Headline:
    """A title block: 引题 ``kicker`` above, 主题 ``main``, 副题 ``subtitle`` below (``——`` dropped)."""

    kicker: str | None = None
    main: str | None = None
    subtitle: str | None = None
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """``{"kicker", "main", "subtitle", "spans"}``: ``spans`` are the title lines' ranges."""
        return {
            "kicker": self.kicker,
            "main": self.main,
            "subtitle": self.subtitle,
            "spans": [s.to_list() for s in self.spans],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Headline:
        """The headline of its ``to_dict()``."""
        return cls(
            kicker=data.get("kicker"),
            main=data.get("main"),
            subtitle=data.get("subtitle"),
            spans=tuple(Span.from_list(s) for s in data.get("spans", ())),
        )


@attrs.frozen(kw_only=True)
class Byline:
    """Who wrote or photographed an article, and for dispatches where and when it was filed.

    ``text`` is the byline as printed. ``source`` is the paper's own marker (本报讯, 本报, 本報訊); ``agency`` a news
    agency (新华社, 中新社, 中央社 …), or another paper or outlet named in a dispatch head or before the role word
    (科技日报北京12月2日电, 新京报记者 X). ``place``, ``month`` and ``day`` come from a dispatch head such as
    ``新华社北京8月7日电`` (``place`` also from ``发自北京`` after the names). ``others`` keeps further roles as
    ``(role, name)`` pairs (实习生, 实习记者, 特约记者, 评论员 …).
    """

    text: str
    source: str | None = None
    agency: str | None = None
    place: str | None = None
    month: int | None = None
    day: int | None = None
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    others: tuple[tuple[str, str], ...] = ()
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The byline object of docs/schema.md (``month``, ``day``, ``others`` and ``span`` beyond the first spec)."""
        return {
            "text": self.text,
            "source": self.source,
            "agency": self.agency,
            "place": self.place,
            "month": self.month,
            "day": self.day,
            "reporters": list(self.reporters),
            "correspondents": list(self.correspondents),
            "photographers": list(self.photographers),
            "others": [list(pair) for pair in self.others],
            "span": _list_of_span(self.span),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Byline:
        """The byline of its ``to_dict()``."""
        return cls(
            text=data["text"],
            source=data.get("source"),
            agency=data.get("agency"),
            place=data.get("place"),
            month=data.get("month"),
            day=data.get("day"),
            reporters=tuple(data.get("reporters", ())),
            correspondents=tuple(data.get("correspondents", ())),
            photographers=tuple(data.get("photographers", ())),
            others=tuple((role, name) for role, name in data.get("others", ())),
            span=_span_or_none(data.get("span")),
        )


@attrs.frozen(kw_only=True)
class Dateline:
    """The date or time expression that opens the news.

    ``part`` is what follows the date as printed (上午, 晚, 20时许). ``relative`` is true for words such as 近日 or
    昨天 whose date depends on the issue; ``year`` and ``date`` are filled only when the text or the caller's issue
    date states them, never guessed.
    """

    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None
    date: dt.date | None = None
    relative: bool = False
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        """The dateline object of docs/schema.md (``date`` as ISO text)."""
        return {
            "text": self.text,
            "year": self.year,
            "month": self.month,
            "day": self.day,
            "part": self.part,
            "date": self.date.isoformat() if self.date else None,
            "relative": self.relative,
            "span": _list_of_span(self.span),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """The dateline of its ``to_dict()``."""
        date = data.get("date")
        return cls(
            text=data["text"],
            year=data.get("year"),
            month=data.get("month"),
            day=data.get("day"),
            part=data.get("part"),
            date=dt.date.fromisoformat(date) if date else None,
            relative=bool(data.get("relative", False)),
            span=_span_or_none(data.get("span")),
        )


@attrs.frozen(kw_only=True)
class Caption:
    """A photo caption without its credit and position marker (上图, ⬅ …); ``marker`` keeps the marker.

    ``span`` and ``pieces`` are as :class:`Paragraph`'s.
    """

    text: str
    span: Span
    marker: str | None = None
    pieces: tuple[Span, ...] = ()

    def __str__(self) -> str:
        """The caption as printed beside its photo: marker (if any), then text."""
        return f"{self.marker} {self.text}" if self.marker else self.text

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "marker", "span"}``, and ``"pieces"`` when there are any."""
        return {"text": self.text, "marker": self.marker, "span": self.span.to_list(), **_pieces_dict(self.pieces)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Caption:
        """The caption of its ``to_dict()``."""
        return cls(
            text=data["text"], span=Span.from_list(data["span"]), marker=data.get("marker"), pieces=_pieces_of(data)
        )


@attrs.frozen(kw_only=True)
class Credit:
    """One page credit such as 编辑:何平."""

    role: str
    name: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """``{"role", "name", "span"}``."""
        return {"role": self.role, "name": self.name, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Credit:
        """The credit of its ``to_dict()``."""
        return cls(role=data["role"], name=data["name"], span=Span.from_list(data["span"]))


@attrs.frozen(kw_only=True)
class Leftover:
    """Text that belongs to no article: a page number, furniture, noise."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "span"}``."""
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Leftover:
        """The leftover of its ``to_dict()``."""
        return cls(text=data["text"], span=Span.from_list(data["span"]))


@attrs.frozen(kw_only=True)
class Decision:
    """One decision of the segmenter and the evidence that made it.

    ``what`` is ``start`` (an article begins here), ``title`` (a line is a title line), ``attach`` (a title block
    goes with an article), ``resume`` (an article cut off by its column takes up its text again here) or ``subhead``
    (title lines inside an article, the text under them its own); ``span``
    is the input it is about; ``evidence`` says what decided it in words; ``score`` is how sure that evidence is,
    from 0 to 1 (the labeller's probability where the labeller decided).
    """

    what: str
    span: Span
    evidence: str
    score: float

    def __str__(self) -> str:
        """One readable line."""
        return f"{self.what} [{self.span.start}, {self.span.end}): {self.evidence} ({self.score:.2f})"


@attrs.frozen(kw_only=True)
class Article:
    """One report with its own body, and everything printed with it."""

    kind: str
    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    captions: tuple[Caption, ...] = ()
    spans: tuple[Span, ...] = ()
    #: The (1-based) PDF page the article starts on, and the boxes it covers; set only for PDF input.
    page: int | None = None
    boxes: tuple[Box, ...] = ()
    #: How sure the segmenter is of this article's bounds and title: its weakest decision's score (0 to 1).
    confidence: float | None = None

    @property
    def title(self) -> str | None:
        """The main title, or ``None``."""
        return self.headline.main if self.headline else None

    @property
    def text(self) -> str:
        """The body: paragraphs joined by newlines."""
        return "\n".join(p.text for p in self.paragraphs)

    def __str__(self) -> str:
        """The article as plain text: title block, byline, dateline, kind, paragraphs, captions."""
        from newsseg.render import article_text  # noqa: PLC0415 - rendering is loaded when it is asked for

        return article_text(self)

    def to_dict(self) -> dict[str, Any]:
        """The article object of the output schema; ``paragraph_items`` and ``caption_items`` keep the spans."""
        return {
            "kind": self.kind,
            "headline": self.headline.to_dict() if self.headline else None,
            "byline": self.byline.to_dict() if self.byline else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "paragraphs": [p.text for p in self.paragraphs],
            "captions": [c.text for c in self.captions],
            "spans": [s.to_list() for s in self.spans],
            "paragraph_items": [p.to_dict() for p in self.paragraphs],
            "caption_items": [c.to_dict() for c in self.captions],
            **({"page": self.page, "bbox": [[b.page, *b.to_list()] for b in self.boxes]} if self.page else {}),
            **({"confidence": self.confidence} if self.confidence is not None else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The article of its ``to_dict()``; keys it does not know are ignored.

        Paragraphs and captions come from ``paragraph_items`` and ``caption_items``, which keep their spans; data
        without them (from before they were added) cannot give the records back and is a ``ValueError``.
        """
        for key, short in (("paragraph_items", "paragraphs"), ("caption_items", "captions")):
            if key not in data and data.get(short):
                msg = f"an article's {short} need their spans: {key!r} is missing (data from newsseg < 0.2?)"
                raise ValueError(msg)
        headline, byline, dateline = data.get("headline"), data.get("byline"), data.get("dateline")
        return cls(
            kind=data["kind"],
            headline=Headline.from_dict(headline) if headline is not None else None,
            byline=Byline.from_dict(byline) if byline is not None else None,
            dateline=Dateline.from_dict(dateline) if dateline is not None else None,
            paragraphs=tuple(Paragraph.from_dict(p) for p in data.get("paragraph_items", ())),
            captions=tuple(Caption.from_dict(c) for c in data.get("caption_items", ())),
            spans=tuple(Span.from_list(s) for s in data.get("spans", ())),
            page=data.get("page"),
            boxes=tuple(Box.from_list(b) for b in data.get("bbox", ())),
            confidence=data.get("confidence"),
        )

    def _repr_html_(self) -> str:
        from newsseg._html import article_html  # noqa: PLC0415 - display code is loaded only in notebooks

        return article_html(self)


@attrs.frozen(kw_only=True)
class Page:
    """A segmented page: its articles in the order their bodies appear, its credits, and what is left over.

    The spans of all articles, credits and leftovers cover every non-whitespace character of ``source`` exactly once.
    """

    articles: tuple[Article, ...] = ()
    credits: tuple[Credit, ...] = ()
    leftovers: tuple[Leftover, ...] = ()
    source: str = attrs.field(default="", repr=False)
    #: The segmenter's decisions with their evidence (see :meth:`explain`); not part of the JSON output.
    decisions: tuple[Decision, ...] = attrs.field(default=(), repr=False, eq=False)

    def explain(self) -> str:
        r"""Which evidence decided each article's start and each title line and attachment, one line each.

        >>> from newsseg import segment
        >>> print(segment("本报讯（记者王明）8月7日上午，市政府召开会议。\n\n市政府召开廉政工作会议\n").explain())
        article 1 (confidence 0.90)
          start [0, 24): a byline opens it: 本报讯（记者王明） (1.00)
          attach [26, 37): titles follow their bodies on this page: the article before (0.90)
          title [26, 37): the page's rules: a title's form, where a title stands (1.00)
        """
        lines = []
        for number, article in enumerate(self.articles, 1):
            covered = article.spans
            mine = [d for d in self.decisions if any(s.start <= d.span.start < s.end for s in covered)]
            score = f" (confidence {article.confidence:.2f})" if article.confidence is not None else ""
            lines.append(f"article {number}{score}")
            lines.extend(f"  {decision}" for decision in sorted(mine, key=lambda d: (d.span.start, d.what)))
        return "\n".join(lines)

    def __len__(self) -> int:
        """How many articles the page has."""
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        """The articles, in the order their bodies appear."""
        return iter(self.articles)

    def __bool__(self) -> bool:
        """Always true: ``if result.page`` asks whether there is a page; ``len(page)`` counts its articles."""
        return True

    def __str__(self) -> str:
        """The page as plain text, as ``newsseg --format text`` prints it."""
        return self.to_text()

    @property
    def credits_dict(self) -> dict[str, str]:
        """Role to name, in the order printed; a role printed more than once has its names joined with ``、``.

        >>> page = Page(credits=(
        ...     Credit(role="编辑", name="何平", span=Span(0, 5)),
        ...     Credit(role="编辑", name="李四", span=Span(30, 35)),
        ... ))
        >>> page.credits_dict
        {'编辑': '何平、李四'}
        """
        names: dict[str, list[str]] = {}
        for credit in self.credits:
            names.setdefault(credit.role, []).append(credit.name)
        return {role: "、".join(dict.fromkeys(found)) for role, found in names.items()}

    @property
    def credits_spans(self) -> tuple[Span, ...]:
        """The input ranges of the credits, sorted."""
        return tuple(sorted(c.span for c in self.credits))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data in the shape of the output schema (docs/schema.md)."""
        return {
            "credits": self.credits_dict or None,
            "credits_spans": [s.to_list() for s in self.credits_spans],
            "credit_items": [c.to_dict() for c in self.credits],
            "articles": [a.to_dict() for a in self.articles],
            "leftovers": [x.to_dict() for x in self.leftovers],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string, Chinese unescaped."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "") -> Page:
        """The page of its ``to_dict()`` (or of a ``newsseg --format jsonl`` line); ``source`` is the input text.

        The input text is not part of the JSON; give it back as ``source`` to have a page equal to the one saved.
        Keys it does not know (``file``, ``page_index`` …) are ignored.

        >>> page = Page(credits=(Credit(role="编辑", name="何平", span=Span(0, 5)),), source="编辑:何平")
        >>> Page.from_dict(page.to_dict(), source=page.source) == page
        True
        """
        if "credit_items" in data:
            page_credits = tuple(Credit.from_dict(c) for c in data["credit_items"])
        elif data.get("credits"):
            msg = "page credits need their spans: 'credit_items' is missing (data from newsseg < 0.2?)"
            raise ValueError(msg)
        else:
            page_credits = ()
        return cls(
            articles=tuple(Article.from_dict(a) for a in data.get("articles", ())),
            credits=page_credits,
            leftovers=tuple(Leftover.from_dict(x) for x in data.get("leftovers", ())),
            source=source,
        )

    @classmethod
    def from_json(cls, text: str | bytes, *, source: str = "") -> Page:
        """The page of its ``to_json()``; see :meth:`from_dict`."""
        data = json.loads(text)
        if not isinstance(data, dict):
            msg = f"a page is a JSON object, not {type(data).__name__}"
            raise TypeError(msg)
        return cls.from_dict(data, source=source)

    def to_text(self, *, issue_date: dt.date | None = None) -> str:
        """The page as plain text, as ``newsseg --format text`` prints it; see :mod:`newsseg.render`."""
        from newsseg.render import render_text  # noqa: PLC0415 - rendering is loaded when it is asked for

        return render_text(self, issue_date=issue_date)

    def to_markdown(self, *, issue_date: dt.date | None = None) -> str:
        """The page as Markdown, as ``newsseg --format markdown`` prints it; see :mod:`newsseg.render`."""
        from newsseg.render import render_markdown  # noqa: PLC0415 - rendering is loaded when it is asked for

        return render_markdown(self, issue_date=issue_date)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat row per article, ready for ``pandas.DataFrame``.

        Lists become ``"、"``-joined strings and the body one newline-joined string.
        """
        rows: list[dict[str, Any]] = []
        for index, art in enumerate(self.articles):
            head = art.headline or Headline()
            line = art.byline
            date = art.dateline
            rows.append(
                {
                    "article": index,
                    "kind": art.kind,
                    "kicker": head.kicker,
                    "headline": head.main,
                    "subtitle": head.subtitle,
                    "byline": line.text if line else None,
                    "source": line.source if line else None,
                    "agency": line.agency if line else None,
                    "place": line.place if line else None,
                    "reporters": "、".join(line.reporters) if line else "",
                    "correspondents": "、".join(line.correspondents) if line else "",
                    "photographers": "、".join(line.photographers) if line else "",
                    "dateline": date.text if date else None,
                    "month": date.month if date else None,
                    "day": date.day if date else None,
                    "date": date.date.isoformat() if date and date.date else None,
                    "paragraphs": len(art.paragraphs),
                    "text": art.text,
                    "captions": "\n".join(c.text for c in art.captions),
                    "start": art.spans[0].start if art.spans else None,
                    "end": art.spans[-1].end if art.spans else None,
                }
            )
        return rows

    def _repr_html_(self) -> str:
        from newsseg._html import page_html  # noqa: PLC0415 - display code is loaded only in notebooks

        return page_html(self)

"""Pages as text for people: plain text and Markdown, as ``newsseg --format text|markdown`` prints them.

``Page.to_text()``, ``Page.to_markdown()`` and ``str(article)`` call these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from newsseg.model import Article, Page

__all__ = ["article_text", "render_markdown", "render_text"]


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def one_line(text: str) -> str:
    r"""``text`` on one line, for a field printed over two lines: joined with nothing, as in the body.

    >>> one_line("本报讯 （记 者\n张建华）"), one_line("Xinhua\nNews")
    ('本报讯 （记 者张建华）', 'Xinhua News')
    """
    parts = [part.strip() for part in text.splitlines() if part.strip()]
    out = parts[0] if parts else ""
    for part in parts[1:]:
        out += (" " if _latin(out[-1]) and _latin(part[0]) else "") + part  # a space between words stays
    return out


def _article_fields(article: Article) -> list[tuple[str, str]]:
    """The labelled one-line fields shown above an article's body."""
    fields: list[tuple[str, str]] = []
    if article.byline:
        fields.append(("byline", one_line(article.byline.text)))
    if article.dateline:
        date = article.dateline.date
        fields.append(("dateline", one_line(article.dateline.text) + (f" ({date.isoformat()})" if date else "")))
    fields.append(("kind", article.kind))
    return fields


def _credits_line(page: Page) -> str | None:
    if not page.credits:
        return None
    return "credits: " + " ".join(f"{one_line(c.role)}:{one_line(c.name)}" for c in page.credits)


def _caption(marker: str | None, text: str) -> str:
    return f"{marker} {text}" if marker else text


def article_text(article: Article, number: int | None = None) -> str:
    """One article as plain text: title, title-block parts and fields, then the body and the captions.

    >>> from newsseg.model import Article, Caption, Span
    >>> photo = Caption(text="会议现场。", span=Span(0, 5), marker="上图")
    >>> print(article_text(Article(kind="photo", captions=(photo,))))
    (no headline)
        kind: photo
    <BLANKLINE>
        [photo] 上图 会议现场。
    <BLANKLINE>
    """
    head = article.headline
    title = one_line(article.title or "(no headline)")
    lines = [f"[{number}] {title}" if number is not None else title]
    if head and head.kicker:
        lines.append(f"    kicker: {one_line(head.kicker)}")
    if head and head.subtitle:
        lines.append(f"    subtitle: ——{one_line(head.subtitle)}")
    lines.extend(f"    {label}: {value}" for label, value in _article_fields(article))
    lines.append("")
    lines.extend(f"    {paragraph.text}" for paragraph in article.paragraphs)
    lines.extend(f"    [photo] {_caption(caption.marker, caption.text)}" for caption in article.captions)
    return "\n".join(lines) + "\n"


def render_text(page: Page, *, issue_date: dt.date | None = None) -> str:
    """The page's articles as plain text: title block, byline, dateline, paragraphs, captions.

    ``issue_date``, when given, heads the page; datelines show the date they resolve to.

    >>> import datetime as dt
    >>> from newsseg.model import Article, Byline, Dateline, Headline, Paragraph, Span, Page
    >>> article = Article(
    ...     kind="news",
    ...     headline=Headline(kicker="抓落实", main="新城区召开政府廉政工作会议"),
    ...     byline=Byline(text="本报讯（记者张建华）"),
    ...     dateline=Dateline(text="8月7日上午", month=8, day=7, date=dt.date(2020, 8, 7)),
    ...     paragraphs=(Paragraph(text="8月7日上午，新城区召开会议。", span=Span(10, 25)),),
    ... )
    >>> print(render_text(Page(articles=(article,)), issue_date=dt.date(2020, 8, 10)))
    issue date: 2020-08-10
    <BLANKLINE>
    [1] 新城区召开政府廉政工作会议
        kicker: 抓落实
        byline: 本报讯（记者张建华）
        dateline: 8月7日上午 (2020-08-07)
        kind: news
    <BLANKLINE>
        8月7日上午，新城区召开会议。
    <BLANKLINE>
    """
    blocks = [f"issue date: {issue_date.isoformat()}\n"] if issue_date else []
    if not page.articles:
        blocks.append("(no articles found)\n")
    blocks.extend(article_text(article, number) for number, article in enumerate(page.articles, 1))
    credit_line = _credits_line(page)
    if credit_line:
        blocks.append(credit_line + "\n")
    return "\n".join(blocks)


def render_markdown(page: Page, *, issue_date: dt.date | None = None) -> str:
    """The page's articles as Markdown: a heading per article, its fields as a list, then the body.

    >>> from newsseg.model import Article, Caption, Headline, Span, Page
    >>> photo = Article(
    ...     kind="photo",
    ...     headline=Headline(main="瓷韵广场建设忙", subtitle="工期过半"),
    ...     captions=(Caption(text="工人正在瓷韵广场硬化地面。", span=Span(0, 13)),),
    ... )
    >>> print(render_markdown(Page(articles=(photo,))))
    ## 瓷韵广场建设忙
    <BLANKLINE>
    *——工期过半*
    <BLANKLINE>
    - kind: photo
    <BLANKLINE>
    > 工人正在瓷韵广场硬化地面。
    <BLANKLINE>
    """
    blocks = [f"*issue date: {issue_date.isoformat()}*\n"] if issue_date else []
    if not page.articles:
        blocks.append("*(no articles found)*\n")
    for article in page.articles:
        head = article.headline
        parts: list[str] = []
        if head and head.kicker:
            parts.append(f"*{one_line(head.kicker)}*")
        parts.append(f"## {one_line(article.title or '(no headline)')}")
        if head and head.subtitle:
            parts.append(f"*——{one_line(head.subtitle)}*")
        parts.append("\n".join(f"- {label}: {value}" for label, value in _article_fields(article)))
        parts.extend(paragraph.text for paragraph in article.paragraphs)
        parts.extend(f"> {_caption(caption.marker, caption.text)}" for caption in article.captions)
        blocks.append("\n\n".join(parts) + "\n")
    credit_line = _credits_line(page)
    if credit_line:
        blocks.append(f"*{credit_line}*\n")
    return "\n".join(blocks)

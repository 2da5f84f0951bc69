r"""The ``newsseg`` command: segment page files and print their articles as text, Markdown, JSON, JSON lines or CSV.

Each input file is read, decoded, segmented and rendered on its own, in worker processes when there are many
(``--jobs``; the pool is ``newsseg.batch.make_pool``'s, whose workers start warm), and printed in the order given.
With ``--learn-conventions`` the paper's conventions are first learned from all the text files together, and every
file is then segmented with them. A file of several pages separated by form feeds (what pdftotext
writes for a whole issue) is segmented as one text, so that an article running on across a page break stays whole,
and its articles are then given to the page where each starts: one output record per page, with ``file`` and
``page_index``. A file that cannot be read, decoded or segmented is named on standard error, gives a
``{"file", "error"}`` record in the JSON and CSV formats, and the others are still done; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import bisect
import codecs
import csv
import datetime as dt
import functools
import importlib
import io
import json
import os
import re
import stat
import sys
from importlib import resources
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from newsseg import __version__, batch
from newsseg._text import coerce_issue_date, decode
from newsseg.conventions import Conventions
from newsseg.model import Article, Page
from newsseg.render import render_markdown, render_text
from newsseg.segment import segment

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = ["main", "render_markdown", "render_text", "split_pages"]

FORMATS = ("text", "markdown", "json", "jsonl", "csv")
#: OpenCC's conversions: Simplified to Traditional (Taiwan, Hong Kong, Taiwan with its phrases) and back.
CONVERSIONS = ("t2s", "s2t", "s2tw", "s2hk", "s2twp", "tw2s", "hk2s", "tw2sp", "t2tw", "t2hk")

_PROG = "newsseg"
_STDIN = "-"
_SAMPLE = "sample_page.txt"
_PAGE_BREAK = "\f"
_PAGE_BREAKS = re.compile(_PAGE_BREAK)
_PDF_EXTRA = "PDF input needs the pdf extra: pip install 'newsseg[pdf]'"


# --- splitting a file's page at its form feeds ---------------------------------------------------------------


@attrs.frozen
class PagePart:
    """One printed page of a file: its index, the range of the file's text it covers, and what starts on it."""

    index: int
    span: tuple[int, int]
    page: Page


def split_pages(page: Page) -> list[PagePart]:
    r"""The printed pages of a segmented file, split at the form feeds of ``page.source``.

    Each article, credit and leftover goes to the page where its first span starts, so an article that runs on
    across a page break belongs to the page where it starts. Spans stay offsets into the whole file. A last page
    that is empty (pdftotext ends every page, the last one too, with a form feed) is not counted.

    >>> from newsseg.model import Leftover, Span
    >>> text = "A1\f\fA3\f"
    >>> parts = split_pages(Page(leftovers=(Leftover(text="A1", span=Span(0, 2)), Leftover(text="A3", span=Span(4, 6))), source=text))
    >>> [(p.index, p.span, [x.text for x in p.page.leftovers]) for p in parts]
    [(0, (0, 2), ['A1']), (1, (3, 3), []), (2, (4, 6), ['A3'])]
    """  # noqa: E501 - a doctest line reads better whole
    source = page.source
    starts = [0]
    starts.extend(match.end() for match in _PAGE_BREAKS.finditer(source))  # found in C: an issue may be 25 MB
    ends = [start - 1 for start in starts[1:]] + [len(source)]
    if len(starts) > 1 and not source[starts[-1] :].strip():
        starts.pop()
        ends.pop()

    def where(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    articles: list[list[Article]] = [[] for _ in starts]
    for article in page.articles:
        articles[where(article.spans[0].start if article.spans else 0)].append(article)
    credits_on: list[list[Any]] = [[] for _ in starts]
    for credit in page.credits:
        credits_on[where(credit.span.start)].append(credit)
    leftovers: list[list[Any]] = [[] for _ in starts]
    for leftover in page.leftovers:
        leftovers[where(leftover.span.start)].append(leftover)
    return [
        PagePart(
            index=index,
            span=(start, end),
            page=Page(
                articles=tuple(articles[index]),
                credits=tuple(credits_on[index]),
                leftovers=tuple(leftovers[index]),
                source=source,
            ),
        )
        for index, (start, end) in enumerate(zip(starts, ends, strict=True))
    ]


# --- one file, from bytes to output text (run in a worker) -----------------------------------------------------


@attrs.frozen(kw_only=True)
class _Options:
    """What every file's work needs to know from the command line."""

    fmt: str = "text"
    per_article: bool = False
    convert: str | None = None
    encoding: str | None = None
    issue_date: dt.date | None = None
    date_pattern: str | None = None
    headers: bool = False  # text and Markdown: a header naming each file
    conventions: Conventions | None = None  # learned from the batch (--learn-conventions), else each page's own


@attrs.frozen(kw_only=True)
class _Task:
    """One input: a path to read, or data already read (standard input, the sample), or an error found already."""

    path: str
    data: bytes | None = None
    error: str | None = None


@attrs.frozen(kw_only=True)
class _Done:
    """One input's output: rendered chunks (records, rows or page blocks) and what to say on stderr."""

    path: str
    chunks: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def _issue_date(path: str, options: _Options) -> tuple[dt.date | None, str | None]:
    """The issue date for ``path``: from its name when a pattern is given, else ``--issue-date``; and a warning."""
    if options.date_pattern is None:
        return options.issue_date, None
    found = date_in_name(path, options.date_pattern)
    if found is not None:
        return found, None
    fallback = f"; using --issue-date {options.issue_date}" if options.issue_date else ""
    return options.issue_date, f"no date matching {options.date_pattern!r} in the file name{fallback}"


def _read(task: _Task) -> bytes:
    if task.data is not None:
        return task.data
    with open(task.path, "rb") as handle:  # noqa: PTH123 - the path stays a str, as the user gave it
        return handle.read()


def _segment_pdf(task: _Task, issue_date: dt.date | None) -> Page:
    try:
        # By name: newsseg.pdf and what it needs come with the pdf extra, which may not be installed.
        segment_pdf: Callable[..., Page] = importlib.import_module("newsseg.pdf").segment_pdf
        return segment_pdf(task.data if task.data is not None else task.path, issue_date=issue_date)
    except ImportError:  # the module, or pdfminer when the call needs it
        raise _InputError(_PDF_EXTRA) from None
    except Exception as exc:  # noqa: BLE001 - an unreadable PDF must not stop the other files
        msg = f"cannot read the PDF: {exc}" if type(exc).__name__ == "PdfError" else f"{type(exc).__name__}: {exc}"
        raise _InputError(msg) from None


class _InputError(Exception):
    """A file that cannot be used, with the message to show."""


def _is_pdf(task: _Task) -> bool:
    return task.path.lower().endswith(".pdf") or (task.data or b"").startswith(b"%PDF-")


def _text_of(task: _Task, options: _Options) -> str:
    """Read and decode one text input; every failure is an ``_InputError`` with its message."""
    try:
        raw = _read(task)
    except OSError as exc:
        raise _InputError(exc.strerror or str(exc)) from None
    try:
        return decode(raw, encoding=options.encoding, what="cannot decode")
    except ValueError as exc:
        raise _InputError(str(exc)) from None


def _page_of(task: _Task, options: _Options, issue_date: dt.date | None) -> Page:
    """Read, decode and segment one input; every failure is an ``_InputError`` with its message."""
    if _is_pdf(task):
        return _segment_pdf(task, issue_date)
    text = _text_of(task, options)
    try:
        return segment(text, issue_date=issue_date, conventions=options.conventions)
    except Exception as exc:  # noqa: BLE001 - one page that trips a bug must not stop a batch of thousands
        msg = f"segment failed: {type(exc).__name__}: {exc}"
        raise _InputError(msg) from None


def _process(task: _Task, options: _Options) -> _Done:
    """One input, from bytes to output text; never raises."""
    if task.error is not None:
        return _failed(task.path, task.error, options)
    issue_date, warning = _issue_date(task.path, options)
    warnings = (warning,) if warning else ()
    try:
        page = _page_of(task, options, issue_date)
    except _InputError as exc:
        return _failed(task.path, str(exc), options)
    try:
        parts = split_pages(page)
        chunks = [chunk for part in parts for chunk in _render(task.path, part, len(parts), issue_date, options)]
    except Exception as exc:  # noqa: BLE001 - as for segment: one file must not stop the others
        return _failed(task.path, f"output failed: {type(exc).__name__}: {exc}", options)
    return _Done(path=task.path, chunks=tuple(chunks), warnings=warnings)


def _failed(path: str, message: str, options: _Options) -> _Done:
    return _Done(path=path, chunks=_error_chunks(path, message, options), errors=(message,))


def _error_chunks(path: str, message: str, options: _Options) -> tuple[str, ...]:
    if options.fmt in {"json", "jsonl"}:
        return (_json_record({"file": path, "error": message}, options),)
    if options.fmt == "csv":
        return (_csv_rows([{"file": path, "error": message}]),)
    return ()  # text and Markdown: standard error only


def _json_record(record: dict[str, Any], options: _Options) -> str:
    if options.convert:
        record = _convert_tree(record, _converter(options.convert))
    if options.fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False) + "\n"


def _render(path: str, part: PagePart, pages: int, issue_date: dt.date | None, options: _Options) -> list[str]:
    """One printed page of a file as output chunks: one record, one per article, CSV rows, or a text block."""
    page = part.page
    iso = issue_date.isoformat() if issue_date else None
    where = {"file": path, "page_index": part.index}
    if options.fmt in {"json", "jsonl"} and options.per_article:
        return [
            _json_record({**where, "article_index": i, "issue_date": iso, **a.to_dict()}, options)
            for i, a in enumerate(page.articles)
        ]
    if options.fmt in {"json", "jsonl"}:
        return [_json_record({**where, "page_span": list(part.span), "issue_date": iso, **page.to_dict()}, options)]
    if options.fmt == "csv":
        rows = [{**where, "issue_date": iso, **row} for row in page.to_records()]
        if options.convert:
            rows = _convert_tree(rows, _converter(options.convert))
        return [_csv_rows(rows)] if rows else []
    render = render_markdown if options.fmt == "markdown" else render_text
    text = render(page, issue_date=issue_date)
    if options.convert:
        text = _converter(options.convert)(text)  # the file name, in the header, is left as it is
    if options.headers or pages > 1:
        name = path if pages == 1 else f"{path}, page {part.index + 1} of {pages}"
        text = (f"# {name}\n\n" if options.fmt == "markdown" else f"==> {name} <==\n\n") + text
    return [text]


@functools.cache
def csv_columns() -> tuple[str, ...]:
    """The CSV header: where the row comes from, ``Page.to_records()``'s keys, and the error of a failed file."""
    keys = Page(articles=(Article(kind="news"),)).to_records()[0]
    return ("file", "page_index", "issue_date", *keys, "error")


def _csv_rows(rows: Iterable[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=csv_columns(), lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def _convert_tree(value: Any, convert: Callable[[str], str]) -> Any:  # noqa: ANN401 - any JSON value
    """``value`` (JSON-ready data) with every string, keys included, passed through ``convert``; not file names."""
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, dict):
        return {convert(key): item if key == "file" else _convert_tree(item, convert) for key, item in value.items()}
    if isinstance(value, list):
        return [_convert_tree(item, convert) for item in value]
    return value


@functools.cache
def _converter(name: str) -> Callable[[str], str]:
    """OpenCC's converter ``name``, built once per process (its dictionaries take a moment to load)."""
    from opencc import OpenCC  # noqa: PLC0415 - loaded only when a conversion is asked for

    converter: Callable[[str], str] = OpenCC(name).convert
    return converter


# --- issue dates from file names ----------------------------------------------------------------------------

#: The ``strptime`` directives a file-name pattern may use, as the digits they match.
_DIRECTIVES = {"Y": r"\d{4}", "y": r"\d{2}", "m": r"\d{1,2}", "d": r"\d{1,2}", "j": r"\d{3}", "%": "%"}


@functools.cache
def _name_regex(pattern: str) -> re.Pattern[str]:
    """A regex for the ``strptime`` ``pattern``; ``ValueError`` for a directive that is not a date's digits."""
    out = []
    index = 0
    while index < len(pattern):
        ch = pattern[index]
        if ch == "%":
            directive = pattern[index + 1 : index + 2]
            if directive not in _DIRECTIVES:
                msg = f"{pattern!r}: use only %Y %y %m %d %j (and %%), not %{directive}"
                raise ValueError(msg)
            out.append(_DIRECTIVES[directive] if directive != "%" else "%")
            index += 2
        else:
            out.append(re.escape(ch))
            index += 1
    if "%Y" not in pattern and "%y" not in pattern:
        msg = f"{pattern!r}: a date in a file name needs its year (%Y or %y)"
        raise ValueError(msg)
    return re.compile("(?<!\\d)" + "".join(out) + "(?!\\d)")


def date_in_name(path: str, pattern: str) -> dt.date | None:
    """The date written in ``path`` in the ``strptime`` ``pattern``; the last one when several, else ``None``.

    The whole path is searched, so a folder per issue works as well as a date in each file name.

    >>> date_in_name("archive/rmrb-20200810-p03.txt", "%Y%m%d")
    datetime.date(2020, 8, 10)
    >>> date_in_name("2020-08-10/p03.txt", "%Y-%m-%d"), date_in_name("page.txt", "%Y%m%d")
    (datetime.date(2020, 8, 10), None)
    """
    regex = _name_regex(pattern)
    for match in reversed(list(regex.finditer(path))):
        try:
            return dt.datetime.strptime(match.group(), pattern).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:  # noqa: PERF203 - a handful of matches at most
            continue  # digits that are no date (20201399): try an earlier match
    return None


# --- output -------------------------------------------------------------------------------------------------


class _Output:
    """Writes chunks to ``out`` with what goes between them: JSON array brackets and commas, the CSV header."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.count = 0

    def begin(self) -> None:
        if self.fmt == "json":
            self.out.write("[")
        elif self.fmt == "csv":
            csv.writer(self.out, lineterminator="\n").writerow(csv_columns())

    def chunk(self, text: str) -> None:
        if self.fmt == "json":
            self.out.write(("," if self.count else "") + "\n" + text)
        elif self.fmt in {"text", "markdown"} and self.count:
            self.out.write("\n" + text)
        else:
            self.out.write(text)
        self.count += 1

    def end(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")


class _Progress:
    """A carriage-return counter on standard error, only when it is a terminal and there are several files."""

    def __init__(self, err: TextIO, total: int) -> None:
        self.err = err
        self.total = total
        self.enabled = total > 1 and err.isatty()
        self.width = 0

    def update(self, done: int) -> None:
        if self.enabled:
            line = f"{_PROG}: {done}/{self.total} pages"
            self.width = len(line)
            self.err.write("\r" + line)
            self.err.flush()

    def clear(self) -> None:
        if self.enabled and self.width:
            self.err.write("\r" + " " * self.width + "\r")
            self.err.flush()
            self.width = 0

    def say(self, message: str) -> None:
        self.say_raw(f"{_PROG}: {message}")

    def say_raw(self, line: str) -> None:
        """``line`` as it is, without the program's name: for a line a program reads (JSON)."""
        self.clear()
        self.err.write(line + "\n")
        self.err.flush()


# --- arguments ----------------------------------------------------------------------------------------------


def _iso_date(text: str) -> dt.date:
    try:
        date = coerce_issue_date(text)
    except ValueError:
        date = None
    if date is None:
        msg = f"not a date in the form YYYY-MM-DD: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return date


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"not a positive whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _encoding(text: str) -> str:
    try:
        return codecs.lookup(text).name
    except LookupError:
        msg = f"unknown encoding: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _date_pattern(text: str) -> str:
    try:
        _name_regex(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Turn the extracted text of Chinese newspaper pages into structured articles.",
        epilog=(
            "FILE is a page text file (several pages separated by form feeds give one record each), a PDF (with "
            "the pdf extra), '-' for standard input, or a DIR standing for every .txt file in it and its "
            "subfolders, sorted. With no FILE, standard input is read when it is a pipe or a file; otherwise the "
            "bundled sample page is segmented. Bytes are decoded as UTF-8/UTF-16 (by their mark), UTF-8, GB18030 "
            "or Big5, whichever reads as Chinese, unless --encoding says; output is always UTF-8."
        ),
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="page text files, directories of them, or '-'")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: %(default)s)")
    parser.add_argument(
        "--per-article",
        action="store_true",
        help="json/jsonl: one record per article (with file, page_index, article_index) instead of per page",
    )
    parser.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of standard output")
    parser.add_argument(
        "--encoding", type=_encoding, metavar="NAME", help="decode every input with NAME (e.g. big5, gb18030)"
    )
    parser.add_argument(
        "--issue-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the issue's date, to complete datelines such as 8月7日 with their year",
    )
    parser.add_argument(
        "--issue-date-from-name",
        type=_date_pattern,
        metavar="PATTERN",
        help="read each file's issue date from its path with this strptime pattern, e.g. '%%Y%%m%%d'",
    )
    parser.add_argument(
        "--convert",
        choices=CONVERSIONS,
        metavar="CONFIG",
        help="convert output text with OpenCC: t2s, s2t, s2tw, s2hk, s2twp, tw2s, hk2s, tw2sp, t2tw, t2hk",
    )
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help=(
            "worker processes (default: 1 for fewer than 16 files, where starting workers costs more than it saves; "
            "else one per core this process may use, at most one per file)"
        ),
    )
    parser.add_argument(
        "--learn-conventions",
        action="store_true",
        help=(
            "learn the paper's conventions (title side, running heads, column width, byline form) from all the "
            "text files first, print them on stderr as one line of JSON, and segment every file with them"
        ),
    )
    return parser


# --- inputs -------------------------------------------------------------------------------------------------


def _is_dir(name: str) -> bool:
    return name != _STDIN and os.path.isdir(name)  # noqa: PTH112 - names stay str, as the user typed them


def _text_files(folder: str) -> list[str]:
    """Every ``.txt`` file (any case) under ``folder``, hidden folders and files skipped, sorted by path."""
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            os.path.join(root, name)  # noqa: PTH118 - names stay str, as the user typed them
            for name in files
            if name.lower().endswith(".txt") and not name.startswith(".")
        )
    return sorted(found)


def _expand(names: Sequence[str], data: dict[str, bytes]) -> list[_Task]:
    """One task per input file: directories replaced by their files, an empty directory by an error."""
    tasks: list[_Task] = []
    for name in names:
        if name in data:
            tasks.append(_Task(path=name, data=data[name]))
        elif _is_dir(name):
            found = _text_files(name)
            if not found:
                tasks.append(_Task(path=name, error="no .txt files in this directory or its subfolders"))
            tasks.extend(_Task(path=path) for path in found)
        else:
            tasks.append(_Task(path=name))
    return tasks


def _stdin_has_data() -> bool:
    """Whether standard input is a pipe or a file (``cat page.txt | newsseg``), not a terminal or /dev/null."""
    stdin = sys.stdin
    if stdin is None or stdin.isatty():
        return False
    try:
        mode = os.fstat(stdin.fileno()).st_mode
    except (OSError, ValueError, io.UnsupportedOperation):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def _learn(tasks: Sequence[_Task], options: _Options) -> Conventions:
    """The conventions all the text inputs share (PDFs left out); a file that cannot be read is reported later."""
    texts = []
    for task in tasks:
        if task.error is not None or _is_pdf(task):
            continue
        try:
            texts.append(_text_of(task, options))
        except _InputError:
            continue  # named on stderr when its turn comes to be segmented
    return Conventions.learn(texts)


def _run(tasks: list[_Task], options: _Options, jobs: int) -> Iterator[_Done]:
    """Each task's output, in order; in this process, or in ``jobs`` worker processes."""
    work = functools.partial(_process, options=options)
    workers = min(jobs, len(tasks))
    if workers <= 1:
        yield from map(work, tasks)
        return
    # batch's pool: where it can, this process loads the dictionary and compiles the patterns once and forks
    # warm workers; elsewhere each worker warms itself as it starts, all of them at once.
    pool = batch.make_pool(workers)
    try:
        yield from pool.map(work, tasks, chunksize=batch.chunk_size(len(tasks), workers))
    finally:
        # A caller that stops early (a closed pipe, Ctrl-C) should not wait for the rest of the batch.
        pool.shutdown(wait=True, cancel_futures=True)


def _jobs(asked: int | None, files: int) -> int:
    return batch.default_jobs(files) if asked is None else asked


def _utf8(stream: TextIO) -> TextIO:
    """``stream`` writing UTF-8 with LF line ends, whatever the locale."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", newline="\n")
    return stream


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    names: list[str] = args.files
    if names.count(_STDIN) > 1:
        parser.error("standard input ('-') can be read only once")
    if args.per_article and args.format not in {"json", "jsonl"}:
        parser.error("--per-article goes with --format json or jsonl (csv is one row per article already)")
    err = sys.stderr
    data: dict[str, bytes] = {}
    if not names and _stdin_has_data():
        names = [_STDIN]
    if not names:
        err.write(f"{_PROG}: no FILE given; segmenting the bundled sample page ({_PROG}/{_SAMPLE})\n")
        names = [_SAMPLE]
        data[_SAMPLE] = (resources.files("newsseg") / _SAMPLE).read_bytes()
    elif _STDIN in names:
        data[_STDIN] = sys.stdin.buffer.read()

    tasks = _expand(names, data)
    options = _Options(
        fmt=args.format,
        per_article=args.per_article,
        convert=args.convert,
        encoding=args.encoding,
        issue_date=args.issue_date,
        date_pattern=args.issue_date_from_name,
        headers=len(tasks) > 1 or any(_is_dir(name) for name in names if name not in data),
    )
    try:
        out = (
            open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115, PTH123 - closed below
            if args.output
            else _utf8(sys.stdout)
        )
    except OSError as exc:
        parser.error(f"-o {args.output}: {exc.strerror or exc}")
    output = _Output(out, args.format)
    progress = _Progress(err, len(tasks))
    ok = True
    try:
        if args.learn_conventions:
            # Every text first, in this process: a majority over the pages needs them all before the first file.
            learned = _learn(tasks, options)
            progress.say_raw(json.dumps(learned.to_dict(), ensure_ascii=False))
            options = attrs.evolve(options, conventions=learned)
        output.begin()
        for done, result in enumerate(_run(tasks, options, _jobs(args.jobs, len(tasks))), 1):
            for message in result.errors:
                ok = False
                progress.say(f"{result.path}: {message}")
            for message in result.warnings:
                progress.say(f"{result.path}: warning: {message}")
            for chunk in result.chunks:
                output.chunk(chunk)
            progress.update(done)
        output.end()
        out.flush()
    except BrokenPipeError:
        # The reader went away (`newsseg DIR | head`): it has what it wanted; stop quietly, and keep Python
        # from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0 if ok else 1
    except KeyboardInterrupt:
        progress.say("interrupted")
        return 130  # the shell's status for a command ended by Ctrl-C
    finally:
        progress.clear()
        if args.output:
            out.close()
    return 0 if ok else 1

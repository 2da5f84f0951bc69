"""The ``newsseg`` command: segment page files and print their articles as JSON, JSON lines, Markdown or text.

Pages are segmented in worker processes (``--jobs``) and printed in the order given. A file that cannot be
read or decoded is named in one line on standard error; the others are still done and the exit status is 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import io
import json
import os
import sys
import textwrap
from importlib import resources
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from newsseg.batch import FileResult, map_pages, segment_data
from newsseg.render import render_markdown, render_text

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Iterator, Sequence


__all__ = ["main", "render_markdown", "render_text"]

FORMATS = ("json", "jsonl", "markdown", "text")
CONVERSIONS = ("t2s", "s2t")

_PROG = "newsseg"
_STDIN = "-"
_SAMPLE = "sample_page.txt"


# --- rendering ----------------------------------------------------------------------------------------------


def _convert_tree(value: Any, convert: Callable[[str], str]) -> Any:  # noqa: ANN401 - any JSON value
    """``value`` (JSON-ready data) with every string, keys included, passed through ``convert``."""
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, dict):
        return {convert(key): _convert_tree(item, convert) for key, item in value.items()}
    if isinstance(value, list):
        return [_convert_tree(item, convert) for item in value]
    return value


@functools.cache
def _converter(name: str) -> Callable[[str], str]:
    """OpenCC's converter ``name``, built once per process (its dictionaries take a moment to load)."""
    from opencc import OpenCC  # noqa: PLC0415 - loaded only when a conversion is asked for

    converter: Callable[[str], str] = OpenCC(name).convert
    return converter


@attrs.frozen
class _Rendered:
    """One page's output text (without what depends on its neighbours: separators, headers), or its error."""

    path: str
    text: str | None = None
    error: str | None = None


def _render(result: FileResult, *, fmt: str, convert: str | None, several: bool) -> _Rendered:
    """A page as output text: run in the worker that segmented it, so rendering and conversion scale too."""
    page = result.page
    if page is None:
        return _Rendered(result.path, error=result.error)
    if fmt in {"json", "jsonl"}:
        data = page.to_dict()
        if convert:
            data = _convert_tree(data, _converter(convert))
        if fmt == "jsonl":
            text = json.dumps({"file": result.path, **data}, ensure_ascii=False) + "\n"
        elif several:
            item = json.dumps({"file": result.path, "page": data}, ensure_ascii=False, indent=2)
            text = textwrap.indent(item, "  ")
        else:
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = render_markdown(page) if fmt == "markdown" else render_text(page)
        if convert:
            text = _converter(convert)(text)  # the file name, in the header added later, is left as it is
    return _Rendered(result.path, text=text)


class _Output:
    """Writes rendered pages to ``out``, with what goes between them: JSON array brackets, commas, headers."""

    def __init__(self, out: TextIO, fmt: str, *, several: bool) -> None:
        self.out = out
        self.fmt = fmt
        self.several = several
        self.count = 0

    def begin(self) -> None:
        if self.fmt == "json" and self.several:
            self.out.write("[")

    def page(self, path: str, text: str) -> None:
        if self.several and self.fmt == "json":
            self.out.write(("," if self.count else "") + "\n")
        elif self.several and self.fmt in {"markdown", "text"}:
            header = f"# {path}\n\n" if self.fmt == "markdown" else f"==> {path} <==\n\n"
            self.out.write(("\n" if self.count else "") + header)
        self.out.write(text)
        self.count += 1

    def end(self) -> None:
        if self.fmt == "json" and self.several:
            self.out.write("\n]\n" if self.count else "]\n")


# --- progress and errors on stderr --------------------------------------------------------------------------


class _Progress:
    """A carriage-return counter on standard error, only when it is a terminal and there are several pages."""

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

    def error(self, message: str) -> None:
        self.clear()
        self.err.write(f"{_PROG}: {message}\n")
        self.err.flush()


# --- arguments ----------------------------------------------------------------------------------------------


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"not a positive whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Turn the extracted text of Chinese newspaper pages into structured articles.",
        epilog=(
            "With no FILE, the bundled sample page is segmented. A DIR stands for every .txt file in it, "
            "sorted; '-' reads standard input. Files are read as UTF-8 or GB18030; output is always UTF-8."
        ),
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="page text files, directories of them, or '-'")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: %(default)s)")
    parser.add_argument(
        "--issue-date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the issue's date, to complete datelines such as 8月7日 with their year",
    )
    parser.add_argument(
        "--convert", choices=CONVERSIONS, help="convert output text: t2s Traditional to Simplified, s2t back"
    )
    parser.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: the number of cores)",
    )
    return parser


# --- inputs -------------------------------------------------------------------------------------------------


def _expand(names: Sequence[str], err: TextIO, *, keep: Container[str]) -> tuple[list[str], bool]:
    """Directories replaced by their sorted ``.txt`` files (``keep`` as is); and whether none was empty."""
    paths: list[str] = []
    ok = True
    for name in names:
        if name not in keep and _is_dir(name):
            found = sorted(entry.path for entry in os.scandir(name) if entry.name.endswith(".txt") and entry.is_file())
            if not found:
                err.write(f"{_PROG}: {name}: no .txt files in this directory\n")
                ok = False
            paths.extend(found)
        else:
            paths.append(name)
    return paths, ok


def _is_dir(name: str) -> bool:
    return name != _STDIN and os.path.isdir(name)  # noqa: PTH112 - names stay str, as the user typed them


def _results(
    paths: list[str],
    data: dict[str, bytes],
    render: Callable[[FileResult], _Rendered],
    *,
    jobs: int | None,
    issue_date: dt.date | None,
) -> Iterator[_Rendered]:
    """One rendered page per path, in order; pages already read (``data``) here, files in the workers."""
    files = map_pages(render, [p for p in paths if p not in data], jobs=jobs, issue_date=issue_date)
    for path in paths:
        if path in data:
            yield render(segment_data(path, data[path], issue_date=issue_date))
        else:
            yield next(files)


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
    err = sys.stderr
    data: dict[str, bytes] = {}
    if not names:
        err.write(f"{_PROG}: no FILE given; segmenting the bundled sample page ({_PROG}/{_SAMPLE})\n")
        names = [_SAMPLE]
        data[_SAMPLE] = (resources.files("newsseg") / _SAMPLE).read_bytes()
    elif _STDIN in names:
        data[_STDIN] = sys.stdin.buffer.read()

    paths, ok = _expand(names, err, keep=data)
    # The shape of the JSON output follows the command, not the number of files a directory happens to hold.
    several = len(names) > 1 or any(_is_dir(name) for name in names if name not in data)
    render = functools.partial(_render, fmt=args.format, convert=args.convert, several=several)
    out = _utf8(sys.stdout)
    output = _Output(out, args.format, several=several)
    progress = _Progress(err, len(paths))
    try:
        output.begin()
        results = _results(paths, data, render, jobs=args.jobs, issue_date=args.issue_date)
        for done, result in enumerate(results, 1):
            if result.text is None:
                ok = False
                progress.error(f"{result.path}: {result.error}")
            else:
                output.page(result.path, result.text)
            progress.update(done)
        output.end()
        out.flush()
    except BrokenPipeError:
        # The reader went away (`newsseg DIR | head`): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        progress.error("interrupted")
        return 130  # the shell's status for a command ended by Ctrl-C
    finally:
        progress.clear()
    return 0 if ok else 1

"""The command line, run as users run it: ``python -m newsseg`` in a subprocess, and ``main()`` in-process."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import newsseg
from newsseg import batch, cli
from newsseg.model import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    Headline,
    Leftover,
    Page,
    Paragraph,
    Span,
)

if TYPE_CHECKING:
    from concurrent.futures import Executor

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_e620f357bb1e5750.txt"
SPEC_KEYS = {"credits", "credits_spans", "articles", "leftovers"}


#: The source tree first, so that the command and its workers run this checkout's code, whatever is installed.
SOURCE_ENV = {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}


def run(
    *args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The command as a user runs it; standard input is /dev/null (as from a terminal: nothing piped) unless given."""
    return subprocess.run(  # noqa: S603 - our own interpreter and module, arguments from the test
        [sys.executable, "-m", "newsseg", *map(str, args)],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **SOURCE_ENV, **(env or {})},
        check=False,
        timeout=300,
    )


def serial(data: bytes | str, issue_date: dt.date | None = None) -> dict[str, object]:
    """What ``segment`` gives in this process, as JSON-ready data."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    return newsseg.segment(text, issue_date=issue_date).to_dict()


def record(path: str | Path, data: bytes | str, issue_date: dt.date | None = None) -> dict[str, object]:
    """The command's JSON record for a one-page file ``path`` holding ``data``."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    return {
        "file": str(path),
        "page_index": 0,
        "page_span": [0, len(text)],
        "issue_date": issue_date.isoformat() if issue_date else None,
        **serial(text, issue_date),
    }


# --- inputs and errors --------------------------------------------------------------------------------------


def test_missing_file_gives_one_line_an_error_record_and_status_1() -> None:
    """Before: the file just disappeared from stdout."""
    done = run("--format", "json", "seeds/no_such_page.txt")
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    assert lines == ["newsseg: seeds/no_such_page.txt: No such file or directory"]
    assert json.loads(done.stdout) == [{"file": "seeds/no_such_page.txt", "error": "No such file or directory"}]


def test_bad_files_are_reported_and_the_others_still_done(tmp_path: Path) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\xff\xfe\xfa\xff\x80")
    done = run("--format", "jsonl", SEED, tmp_path / "missing.txt", bad, SEEDS / "004_fe7e849a08d988fd.txt")
    assert done.returncode == 1
    errors = done.stderr.decode().splitlines()
    undecodable = "cannot decode: 5 bytes that decode as none of utf-8, gb18030, big5; give the encoding"
    assert errors == [
        f"newsseg: {tmp_path / 'missing.txt'}: No such file or directory",
        f"newsseg: {bad}: {undecodable}",
    ]
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["file"] for r in records] == [
        str(SEED),
        str(tmp_path / "missing.txt"),
        str(bad),
        str(SEEDS / "004_fe7e849a08d988fd.txt"),
    ]
    assert records[1:3] == [
        {"file": str(tmp_path / "missing.txt"), "error": "No such file or directory"},
        {"file": str(bad), "error": undecodable},
    ]


def test_json_on_a_seed_page_is_the_spec_shape() -> None:
    done = run("--format", "json", "seeds/000_e620f357bb1e5750.txt")
    assert done.returncode == 0, done.stderr
    (data,) = json.loads(done.stdout.decode("utf-8"))
    assert data.keys() >= SPEC_KEYS
    assert data == record("seeds/000_e620f357bb1e5750.txt", SEED.read_bytes())


def test_jsonl_from_standard_input() -> None:
    page = SEED.read_bytes()
    done = run("--format", "jsonl", "-", stdin=page)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == record("-", page)


def test_standard_input_keeps_its_place_among_files() -> None:
    other = SEEDS / "004_fe7e849a08d988fd.txt"
    page = (SEEDS / "002_278bbb9aaf10fbbc.txt").read_bytes()
    done = run("--format", "jsonl", "--jobs", "2", SEED, "-", other, stdin=page)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert records == [record(SEED, SEED.read_bytes()), record("-", page), record(other, other.read_bytes())]


def test_gb18030_input_gives_the_same_output_as_utf8() -> None:
    text = SEED.read_text(encoding="utf-8-sig")
    utf8 = run("--format", "json", "-", stdin=text.encode("utf-8"))
    gb = run("--format", "json", "-", stdin=text.encode("gb18030"))
    assert gb.returncode == utf8.returncode == 0
    assert gb.stdout == utf8.stdout


def test_no_file_segments_the_bundled_sample_and_says_so() -> None:
    done = run("--format", "json")
    assert done.returncode == 0
    assert "sample" in done.stderr.decode()
    sample = (resources.files("newsseg") / "sample_page.txt").read_bytes()
    assert json.loads(done.stdout) == [record("sample_page.txt", sample)]


def test_a_directory_is_its_txt_files_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md"):
        (tmp_path / name).write_text("本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n", encoding="utf-8")
    done = run("--format", "jsonl", tmp_path)
    assert done.returncode == 0, done.stderr
    files = [json.loads(line)["file"] for line in done.stdout.decode().splitlines()]
    assert files == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert done.stderr == b"", "no progress bar when stderr is not a terminal"
    listing = json.loads(run("--format", "json", tmp_path).stdout)
    assert [item["file"] for item in listing] == files
    assert all(item.keys() >= SPEC_KEYS for item in listing)


def test_an_empty_directory_is_an_error(tmp_path: Path) -> None:
    done = run("--format", "json", tmp_path)
    assert done.returncode == 1
    message = "no .txt files in this directory or its subfolders"
    assert done.stderr.decode() == f"newsseg: {tmp_path}: {message}\n"
    assert json.loads(done.stdout) == [{"file": str(tmp_path), "error": message}]


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "json"],
        ["--format", "jsonl"],
        ["--format", "markdown"],
        ["--format", "text"],
        ["--format", "jsonl", "--convert", "s2t", "--issue-date", "2020-08-10"],
    ],
    ids=" ".join,
)
def test_jobs_1_and_jobs_2_print_the_same_bytes(args: list[str]) -> None:
    one = run(*args, "--jobs", "1", "seeds")
    two = run(*args, "--jobs", "2", "seeds")
    assert one.returncode == two.returncode == 0
    assert one.stdout
    assert one.stdout == two.stdout


def test_conversion_happens_in_the_workers_too() -> None:
    plain = run("--format", "jsonl", "--jobs", "2", "seeds").stdout.decode()
    traditional = run("--format", "jsonl", "--jobs", "2", "--convert", "s2t", "seeds").stdout.decode()
    assert traditional != plain
    assert "会议" in plain
    assert "会议" not in traditional
    assert "會議" in traditional
    assert "[[" in traditional, "spans are numbers, untouched"


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    page = tmp_path / "人民日报第三版.txt"
    page.write_bytes(SEED.read_bytes())
    done = run("--format", "jsonl", page, env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["file"] == str(page)
    assert "人民日报第三版".encode() in done.stdout


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--issue-date", "2020-13-01"], "--issue-date"),
        (["--issue-date", "8月7日"], "--issue-date"),
        (["--jobs", "0"], "--jobs"),
        (["--format", "xml"], "--format"),
        (["--convert", "zh2klingon"], "--convert"),
        (["--encoding", "klingon"], "--encoding"),
        (["--issue-date-from-name", "%B"], "--issue-date-from-name"),
        (["--format", "text", "--per-article"], "--per-article"),
        (["-", "-"], "standard input"),
    ],
)
def test_bad_arguments_are_usage_errors(args: list[str], complaint: str) -> None:
    done = run(*args, stdin=b"")
    assert done.returncode == 2
    assert complaint in done.stderr.decode()
    assert done.stdout == b""


def test_issue_date_is_accepted() -> None:
    done = run("--format", "json", "--issue-date", "2020-08-10", SEED)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [record(SEED, SEED.read_bytes(), dt.date(2020, 8, 10))]


# --- rendering, in-process, with a page whose content is known ---------------------------------------------

RICH = Page(
    articles=(
        Article(
            kind="news",
            headline=Headline(kicker="抓落实 促发展", main="示范区召开政府廉政工作会议", subtitle="部署下一阶段工作"),
            byline=Byline(text="本報訊（記者郭樹勳）", source="本報訊", reporters=("郭樹勳",)),
            dateline=Dateline(text="8月7日上午", month=8, day=7, part="上午"),
            paragraphs=(
                Paragraph(text="8月7日上午，示範區召開會議。", span=Span(10, 24)),
                Paragraph(text="會議強調，要認真學習。", span=Span(25, 36)),
            ),
            captions=(Caption(text="會議現場。", span=Span(40, 45), marker="上图"),),
            spans=(Span(0, 45),),
        ),
        Article(
            kind="photo",
            captions=(Caption(text="工人正在硬化地面。", span=Span(50, 59)),),
            spans=(Span(50, 59),),
        ),
    ),
    credits=(
        Credit(role="编辑", name="陈彬", span=Span(60, 65)),
        Credit(role="版式", name="车璇", span=Span(66, 71)),
    ),
    leftovers=(Leftover(text="A3", span=Span(72, 74)),),
    source="x" * 80,
)


@pytest.fixture
def rich(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page segments to ``RICH`` (in this process: the tests below run with ``--jobs 1``)."""
    monkeypatch.setattr("newsseg.cli.segment", lambda *_args, **_kwargs: RICH)


def main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = cli.main(["--jobs", "1", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.usefixtures("rich")
def test_text_shows_title_block_byline_dateline_paragraphs_captions_credits(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = main(capsys, "--format", "text", SEED)
    assert status == 0
    assert out.splitlines()[:6] == [
        "[1] 示范区召开政府廉政工作会议",
        "    kicker: 抓落实 促发展",
        "    subtitle: ——部署下一阶段工作",
        "    byline: 本報訊（記者郭樹勳）",
        "    dateline: 8月7日上午",
        "    kind: news",
    ]
    for piece in (
        "8月7日上午，示範區召開會議。",
        "會議強調，要認真學習。",
        "[photo] 上图 會議現場。",
        "[2] (no headline)",
    ):
        assert piece in out
    assert out.rstrip().endswith("credits: 编辑:陈彬 版式:车璇")


@pytest.mark.usefixtures("rich")
def test_markdown_has_a_heading_per_article(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = main(capsys, "--format", "markdown", SEED, SEEDS / "001_2e3f32ccee677dfe.txt")
    assert status == 0
    assert out.count(f"# {SEED}\n") == 1
    assert out.count("## 示范区召开政府廉政工作会议\n") == 2
    assert "*抓落实 促发展*\n\n## 示范区召开政府廉政工作会议\n\n*——部署下一阶段工作*" in out
    assert "> 工人正在硬化地面。" in out


@pytest.mark.usefixtures("rich")
def test_convert_t2s_changes_the_output_strings_only(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = main(capsys, "--format", "json", "--convert", "t2s", SEED)
    assert status == 0
    (data,) = json.loads(out)
    article = data["articles"][0]
    assert article["byline"]["text"] == "本报讯（记者郭树勋）"
    assert article["byline"]["reporters"] == ["郭树勋"]
    assert article["paragraphs"] == ["8月7日上午，示范区召开会议。", "会议强调，要认真学习。"]
    assert article["spans"] == [[0, 45]], "spans still point into the input as printed"
    plain = RICH.to_dict()
    assert data["credits"] == plain["credits"]


@pytest.mark.usefixtures("rich")
def test_convert_s2t_in_text(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = main(capsys, "--format", "text", "--convert", "s2t", SEED)
    assert "[1] 示範區召開政府廉政工作會議" in out


@pytest.mark.usefixtures("rich")
def test_progress_counter_only_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("本报讯", encoding="utf-8")

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status, out, _ = main(capsys, "--format", "jsonl", tmp_path, tmp_path / "gone.txt")
    assert status == 1
    assert [json.loads(line).get("error") for line in out.splitlines()] == [
        None,
        None,
        None,
        "No such file or directory",
    ]
    shown = terminal.getvalue()
    assert "\rnewsseg: 1/4 pages" in shown
    assert "\rnewsseg: 3/4 pages" in shown
    # the error line starts on a cleared line, not glued to the counter
    assert f"\r{' ' * len('newsseg: 3/4 pages')}\rnewsseg: {tmp_path / 'gone.txt'}: No such file" in shown


def test_render_text_of_an_empty_page() -> None:
    assert cli.render_text(Page()) == "(no articles found)\n"
    assert cli.render_markdown(Page()) == "*(no articles found)*\n"


# --- issue 12: what a new user ran into ---------------------------------------------------------------------

THREE_PAGES = [
    SEEDS / name for name in ("000_e620f357bb1e5750.txt", "001_2e3f32ccee677dfe.txt", "004_fe7e849a08d988fd.txt")
]


def _issue_file(tmp_path: Path) -> tuple[Path, list[str]]:
    """A whole issue as pdftotext writes it: pages separated, and ended, by form feeds."""
    pages = [path.read_text(encoding="utf-8-sig") for path in THREE_PAGES]
    issue = tmp_path / "issue.txt"
    issue.write_text("\f".join(pages) + "\f", encoding="utf-8")
    return issue, pages


def test_a_form_feed_file_gives_one_jsonl_line_per_page(tmp_path: Path) -> None:
    """Before: one line for the whole file (one 24.8 MB line for a real issue)."""
    issue, pages = _issue_file(tmp_path)
    done = run("--format", "jsonl", issue)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(r["file"], r["page_index"]) for r in records] == [(str(issue), 0), (str(issue), 1), (str(issue), 2)]
    text = issue.read_text(encoding="utf-8")
    for rec, page in zip(records, pages, strict=True):
        start, end = rec["page_span"]
        assert text[start:end] == page
        assert rec["articles"], "each page has its own articles"
        for article in rec["articles"]:
            assert start <= article["spans"][0][0] < end, "an article is on the page where it starts"
    titles = [a["headline"]["main"] for a in records[0]["articles"] if a["headline"]]
    assert "示范区召开政府廉政工作会议" in titles
    loaded = Page.from_dict(records[1], source=text)  # a jsonl line loads back, its spans into the whole file
    assert loaded.articles
    for article in loaded:
        for paragraph in article.paragraphs:
            assert paragraph.span.of(text).replace("\n", "")[-1] == paragraph.text[-1]


def test_split_pages_gives_an_article_to_the_page_where_it_starts() -> None:
    source = "甲" * 10 + "\f" + "乙" * 10
    across = Article(kind="news", spans=(Span(5, 15),))
    second = Article(kind="news", spans=(Span(16, 21),))
    page = Page(articles=(across, second), leftovers=(Leftover(text="乙", span=Span(12, 13)),), source=source)
    parts = cli.split_pages(page)
    assert [(p.index, p.span) for p in parts] == [(0, (0, 10)), (1, (11, 21))]
    assert parts[0].page.articles == (across,)
    assert parts[1].page.articles == (second,)
    assert [x.text for x in parts[1].page.leftovers] == ["乙"]


def test_text_output_heads_each_page_of_a_form_feed_file(tmp_path: Path) -> None:
    issue, _ = _issue_file(tmp_path)
    out = run(issue).stdout.decode()
    assert [line for line in out.splitlines() if line.startswith("==> ")] == [
        f"==> {issue}, page {n} of 3 <==" for n in (1, 2, 3)
    ]


def test_big5_file_reads_as_its_text_and_mojibake_is_an_error(tmp_path: Path) -> None:
    """Before: Big5 came out as GB18030 mojibake with exit status 0."""
    traditional = cli._converter("s2t")(SEED.read_text(encoding="utf-8-sig"))
    big5 = tmp_path / "big5.txt"
    big5.write_bytes(traditional.encode("big5", errors="replace"))
    done = run("--format", "json", big5)
    assert done.returncode == 0, done.stderr
    (rec,) = json.loads(done.stdout)
    assert rec["articles"][0]["headline"]["main"] == "示範區召開政府廉政工作會議"
    japanese = tmp_path / "sjis.txt"
    japanese.write_bytes("ロシアの首都モスクワで開かれた会議について報じた。".encode("shift_jis"))
    done = run("--format", "json", japanese)
    assert done.returncode == 1
    (rec,) = json.loads(done.stdout)
    assert "does not read as Chinese" in rec["error"]
    assert "does not read as Chinese" in done.stderr.decode()


def test_utf16_with_a_mark_is_read_and_encoding_overrides(tmp_path: Path) -> None:
    """Before: UTF-16 with a BOM was refused, and there was no --encoding."""
    text = SEED.read_text(encoding="utf-8-sig")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    done = run("--format", "jsonl", utf16)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"] == serial(text)["articles"]
    gb = tmp_path / "gb.txt"
    gb.write_bytes(text.encode("gb18030"))
    assert run("--format", "jsonl", "--encoding", "gb18030", gb).returncode == 0
    wrong = run("--format", "jsonl", "--encoding", "utf-8", gb)
    assert wrong.returncode == 1
    assert json.loads(wrong.stdout)["error"].startswith("cannot decode: not utf-8")


def test_a_pipe_without_a_file_name_is_read() -> None:
    """Before: ``cat page.txt | newsseg`` ignored the pipe and printed the bundled sample."""
    page = (SEEDS / "002_278bbb9aaf10fbbc.txt").read_bytes()
    done = run("--format", "jsonl", stdin=page)
    assert done.returncode == 0, done.stderr
    assert b"sample" not in done.stderr
    assert json.loads(done.stdout) == record("-", page)


def test_issue_date_shows_in_text_and_markdown() -> None:
    """Before: --issue-date changed nothing in text or markdown output."""
    text = run("--issue-date", "2020-08-10", SEED).stdout.decode()
    assert text.startswith("issue date: 2020-08-10\n")
    assert "    dateline: 8月7日上午 (2020-08-07)\n" in text
    markdown = run("--format", "markdown", "--issue-date", "2020-08-10", SEED).stdout.decode()
    assert markdown.startswith("*issue date: 2020-08-10*\n")
    assert "- dateline: 8月7日上午 (2020-08-07)\n" in markdown


def test_issue_date_per_file_from_its_name(tmp_path: Path) -> None:
    """Before: one date for a whole archive."""
    page = SEED.read_bytes()
    for name in ("rmrb-20200810-p01.txt", "rmrb-20210810-p01.txt", "undated.txt"):
        (tmp_path / name).write_bytes(page)
    done = run("--format", "jsonl", "--issue-date-from-name", "%Y%m%d", tmp_path)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["issue_date"] for r in records] == ["2020-08-10", "2021-08-10", None]
    assert [r["articles"][0]["dateline"]["date"] for r in records] == ["2020-08-07", "2021-08-07", None]
    assert done.stderr.decode() == (
        f"newsseg: {tmp_path / 'undated.txt'}: warning: no date matching '%Y%m%d' in the file name\n"
    )


def test_json_has_one_shape_whatever_the_number_of_files() -> None:
    """Before: a bare page for one file, a list of {file, page} for several."""
    one = json.loads(run("--format", "json", SEED).stdout)
    two = json.loads(run("--format", "json", SEED, SEEDS / "004_fe7e849a08d988fd.txt").stdout)
    assert isinstance(one, list)
    assert two[0] == one[0]
    jsonl = [json.loads(line) for line in run("--format", "jsonl", SEED).stdout.decode().splitlines()]
    assert jsonl == one


def test_per_article_jsonl_is_a_table_of_articles() -> None:
    done = run("--format", "jsonl", "--per-article", SEED, SEEDS / "004_fe7e849a08d988fd.txt")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    expected = serial(SEED.read_bytes())["articles"]
    assert len(rows) == len(expected) + len(serial((SEEDS / "004_fe7e849a08d988fd.txt").read_bytes())["articles"])
    first = rows[0]
    assert (first["file"], first["page_index"], first["article_index"]) == (str(SEED), 0, 0)
    assert {k: v for k, v in first.items() if k not in {"file", "page_index", "article_index", "issue_date"}} == (
        expected[0]
    )


def test_csv_is_one_row_per_article_from_to_records(tmp_path: Path) -> None:
    """Before: no CSV, though to_records() existed."""
    done = run("--format", "csv", SEED, tmp_path / "gone.txt")
    assert done.returncode == 1
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    expected = newsseg.segment(SEED.read_text(encoding="utf-8-sig")).to_records()
    assert len(rows) == len(expected) + 1
    assert rows[0]["file"] == str(SEED)
    assert rows[0]["headline"] == expected[0]["headline"]
    assert rows[0]["text"] == expected[0]["text"]
    assert rows[-1]["file"] == str(tmp_path / "gone.txt")
    assert rows[-1]["error"] == "No such file or directory"


def test_directories_are_walked_with_txt_in_any_case(tmp_path: Path) -> None:
    """Before: subfolders and .TXT files were skipped."""
    page = "本报讯（记者郭树勋）8月7日上午，示范区召开会议。\n"
    for name in ("a/p1.txt", "a/b/P2.TXT", "c.txt", ".git/x.txt", "notes.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(page, encoding="utf-8")
    done = run("--format", "jsonl", tmp_path)
    assert done.returncode == 0, done.stderr
    files = [json.loads(line)["file"] for line in done.stdout.decode().splitlines()]
    assert files == [str(tmp_path / "a" / "b" / "P2.TXT"), str(tmp_path / "a" / "p1.txt"), str(tmp_path / "c.txt")]


def test_version_and_output_file(tmp_path: Path) -> None:
    """Before: no --version and no -o."""
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout.decode().strip() == f"newsseg {newsseg.__version__}"
    out = tmp_path / "out.jsonl"
    done = run("--format", "jsonl", "-o", out, SEED)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    assert json.loads(out.read_text(encoding="utf-8")) == record(SEED, SEED.read_bytes())


def test_a_reader_that_stops_early_is_no_failure(tmp_path: Path) -> None:
    """Before: ``newsseg DIR | head`` exited 1."""
    for n in range(12):
        (tmp_path / f"p{n:02}.txt").write_bytes(SEED.read_bytes())
    pipeline = f"'{sys.executable}' -m newsseg --format jsonl --jobs 1 '{tmp_path}' | head -c 100 >/dev/null"
    done = subprocess.run(  # noqa: S603 - bash with our own pipeline
        ["bash", "-c", pipeline + "; echo ${PIPESTATUS[0]}"],  # noqa: S607 - bash from PATH, as a user's shell
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **SOURCE_ENV},
        check=False,
        timeout=300,
    )
    assert done.stdout.decode().strip() == "0"
    assert b"Traceback" not in done.stderr


def test_jobs_default_to_one_process_for_a_few_files() -> None:
    """Before: all cores for any run, which doubled the time of a 5-page run; now batch's rule, in one place."""
    assert cli._jobs(None, 5) == 1
    assert [cli._jobs(None, n) for n in (1, 15, 16, 200)] == [batch.default_jobs(n) for n in (1, 15, 16, 200)]
    assert cli._jobs(3, 5) == 3
    assert "number of cores" not in cli._parser().format_help()


def test_workers_come_from_batch_pool(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Before: the command ran a pool of its own whose workers each loaded the dictionary again."""
    made: list[int] = []
    real = batch.make_pool

    def recording(jobs: int) -> Executor:
        made.append(jobs)
        return real(jobs)

    monkeypatch.setattr(batch, "make_pool", recording)
    assert cli.main(["--format", "jsonl", "--jobs", "2", str(SEEDS)]) == 0
    two = capsys.readouterr().out
    assert made == [2]
    assert cli.main(["--format", "jsonl", "--jobs", "1", str(SEEDS)]) == 0
    assert made == [2]  # one process: no pool
    assert capsys.readouterr().out == two


# --- --learn-conventions ------------------------------------------------------------------------------------

#: A paper's running section head, printed over the first title of every page: read on its own, each page takes it
#: for that title's kicker.
RUNNING_HEAD = "深度报道"
BODY = "".join(f"第{n}段，示范区召开会议，部署下一步工作。\n" for n in range(8))
TITLES = {3: "示范区召开会议", 4: "全市举行活动", 5: "高新区发布报告"}


def paper(folder: Path) -> dict[Path, str]:
    """Three pages of one paper, each under the same running head."""
    pages = {
        folder / f"p{day}.txt": f"{RUNNING_HEAD}\n{title}\n本报讯（记者郭树勋）{day}日上午，\n{BODY}"
        for day, title in TITLES.items()
    }
    for path, text in pages.items():
        path.write_text(text, encoding="utf-8")
    return pages


def test_learned_conventions_make_a_running_head_furniture(tmp_path: Path) -> None:
    pages = paper(tmp_path)
    plain = [json.loads(line) for line in run("--format", "jsonl", tmp_path).stdout.splitlines()]
    done = run("--format", "jsonl", "--learn-conventions", tmp_path)
    assert done.returncode == 0, done.stderr
    learned = [json.loads(line) for line in done.stdout.splitlines()]

    # Each page on its own: the running head is taken for the kicker of the page's first title.
    assert [r["articles"][0]["headline"]["kicker"] for r in plain] == [RUNNING_HEAD] * 3
    assert [r["leftovers"] for r in plain] == [[]] * 3
    # Learned from the three: a leftover, not part of an article; the titles stand alone.
    assert [r["leftovers"] for r in learned] == [[{"text": RUNNING_HEAD, "span": [0, 4]}]] * 3
    assert [r["articles"][0]["headline"]["kicker"] for r in learned] == [None] * 3
    assert [r["articles"][0]["headline"]["main"] for r in learned] == list(TITLES.values())

    # The conventions, as one line of JSON on stderr: what Conventions.learn gives, and what each page was given.
    (line,) = done.stderr.decode().splitlines()
    conventions = newsseg.Conventions.learn(pages.values())
    assert json.loads(line) == conventions.to_dict()
    assert json.loads(line)["running_heads"] == [RUNNING_HEAD]
    for record, text in zip(learned, pages.values(), strict=True):
        assert {k: record[k] for k in SPEC_KEYS} == {
            k: v for k, v in newsseg.segment(text, conventions=conventions).to_dict().items() if k in SPEC_KEYS
        }
    assert run("--format", "jsonl", "--learn-conventions", "--jobs", "2", tmp_path).stdout == done.stdout


def test_learning_leaves_out_what_cannot_be_read(tmp_path: Path) -> None:
    pages = paper(tmp_path)
    missing = tmp_path / "missing.txt"
    done = run("--format", "jsonl", "--learn-conventions", *pages, missing)
    assert done.returncode == 1
    first, error = done.stderr.decode().splitlines()
    assert json.loads(first)["running_heads"] == [RUNNING_HEAD]
    assert error == f"newsseg: {missing}: No such file or directory"  # named once, when its turn comes


def test_more_opencc_configurations() -> None:
    done = run("--format", "jsonl", "--convert", "s2tw", SEED)
    assert done.returncode == 0, done.stderr
    assert "會議" in done.stdout.decode()


def test_pdf_input_without_the_extra_is_an_error_record(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real_import = cli.importlib.import_module

    def no_pdf(name: str, package: str | None = None) -> object:
        if name == "newsseg.pdf":
            raise ModuleNotFoundError(name)
        return real_import(name, package)

    monkeypatch.setattr(cli.importlib, "import_module", no_pdf)
    scan = tmp_path / "Page1.PDF"
    scan.write_bytes(b"%PDF-1.7\n")
    status, out, err = main(capsys, "--format", "jsonl", scan, SEED)
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    message = "PDF input needs the pdf extra: pip install 'newsseg[pdf]'"
    assert records[0] == {"file": str(scan), "error": message}
    assert records[1]["file"] == str(SEED)
    assert err == f"newsseg: {scan}: {message}\n"


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (
            ModuleNotFoundError("No module named 'pdfminer'"),
            "PDF input needs the pdf extra: pip install 'newsseg[pdf]'",
        ),
        (type("PdfError", (Exception,), {})("page 2 has images but no text"), "cannot read the PDF: page 2 has images"),
    ],
)
def test_a_pdf_that_fails_in_the_reader_is_an_error_record(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    failure: Exception,
    message: str,
) -> None:
    """newsseg.pdf imports without its extra and raises when called; neither that nor a bad PDF stops the run."""

    def segment_pdf(*_args: object, **_kwargs: object) -> Page:
        raise failure

    fake = type(sys)("newsseg.pdf")
    fake.segment_pdf = segment_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsseg.pdf", fake)
    scan = tmp_path / "page1.pdf"
    scan.write_bytes(b"%PDF-1.7\n")
    status, out, _ = main(capsys, "--format", "jsonl", scan, SEED)
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert records[0]["file"] == str(scan)
    assert records[0]["error"].startswith(message)
    assert records[1]["file"] == str(SEED)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_a_terminal_on_standard_input_gives_the_sample() -> None:
    """``python -m newsseg`` typed at a shell prompt: nothing is piped in, so the sample page is segmented."""
    leader, follower = os.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "newsseg", "--format", "jsonl"],
            stdin=follower,
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, **SOURCE_ENV},
            check=False,
            timeout=300,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 0, done.stderr
    assert b"sample" in done.stderr
    assert json.loads(done.stdout)["file"] == "sample_page.txt"

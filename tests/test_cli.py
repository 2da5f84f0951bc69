"""The command line, run as users run it: ``python -m newsseg`` in a subprocess, and ``main()`` in-process."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import newsseg
from newsseg import cli
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

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_e620f357bb1e5750.txt"
SPEC_KEYS = {"credits", "credits_spans", "articles", "leftovers"}


def run(
    *args: str | Path, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 - our own interpreter and module, arguments from the test
        [sys.executable, "-m", "newsseg", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=False,
        timeout=300,
    )


def serial(data: bytes | str) -> dict[str, object]:
    """What ``segment`` gives in this process, as JSON-ready data."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    return newsseg.segment(text).to_dict()


# --- inputs and errors --------------------------------------------------------------------------------------


def test_missing_file_gives_one_line_and_status_1() -> None:
    done = run("--format", "json", "seeds/no_such_page.txt")
    assert done.returncode == 1
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("newsseg: seeds/no_such_page.txt: ")
    assert done.stdout == b""


def test_bad_files_are_reported_and_the_others_still_done(tmp_path: Path) -> None:
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\xff\xfe\xfa\xff\x80")
    done = run("--format", "jsonl", SEED, tmp_path / "missing.txt", bad, SEEDS / "004_fe7e849a08d988fd.txt")
    assert done.returncode == 1
    errors = done.stderr.decode().splitlines()
    assert errors == [
        f"newsseg: {tmp_path / 'missing.txt'}: No such file or directory",
        f"newsseg: {bad}: cannot decode as utf-8-sig or gb18030",
    ]
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["file"] for r in records] == [str(SEED), str(SEEDS / "004_fe7e849a08d988fd.txt")]


def test_json_on_a_seed_page_is_the_spec_shape() -> None:
    done = run("--format", "json", "seeds/000_e620f357bb1e5750.txt")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout.decode("utf-8"))
    assert data.keys() >= SPEC_KEYS
    assert data == serial(SEED.read_bytes())


def test_jsonl_from_standard_input() -> None:
    page = SEED.read_bytes()
    done = run("--format", "jsonl", "-", stdin=page)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record.pop("file") == "-"
    assert record == serial(page)


def test_standard_input_keeps_its_place_among_files() -> None:
    other = SEEDS / "004_fe7e849a08d988fd.txt"
    page = (SEEDS / "002_278bbb9aaf10fbbc.txt").read_bytes()
    done = run("--format", "jsonl", "--jobs", "2", SEED, "-", other, stdin=page)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r.pop("file") for r in records] == [str(SEED), "-", str(other)]
    assert records == [serial(SEED.read_bytes()), serial(page), serial(other.read_bytes())]


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
    assert json.loads(done.stdout) == serial(sample)


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
    assert all(item["page"].keys() >= SPEC_KEYS for item in listing)


def test_an_empty_directory_is_an_error(tmp_path: Path) -> None:
    done = run("--format", "json", tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode() == f"newsseg: {tmp_path}: no .txt files in this directory\n"
    assert json.loads(done.stdout) == []


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
        (["--convert", "hk2s"], "--convert"),
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
    text = SEED.read_text(encoding="utf-8-sig")
    assert json.loads(done.stdout) == newsseg.segment(text, issue_date=dt.date(2020, 8, 10)).to_dict()


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
    monkeypatch.setattr("newsseg.batch.segment", lambda *_args, **_kwargs: RICH)


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
    data = json.loads(out)
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
    assert len(out.splitlines()) == 3
    shown = terminal.getvalue()
    assert "\rnewsseg: 1/4 pages" in shown
    assert "\rnewsseg: 3/4 pages" in shown
    # the error line starts on a cleared line, not glued to the counter
    assert f"\r{' ' * len('newsseg: 3/4 pages')}\rnewsseg: {tmp_path / 'gone.txt'}: No such file" in shown


def test_render_text_of_an_empty_page() -> None:
    assert cli.render_text(Page()) == "(no articles found)\n"
    assert cli.render_markdown(Page()) == "*(no articles found)*\n"

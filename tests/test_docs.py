"""The documentation as a newcomer meets it: examples in code blocks that run, a site that builds and shows them."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: performance.md and evaluation.md are written with their benchmarks, by their own authors.
PAGES = sorted(p for p in (ROOT / "docs").rglob("*.md") if p.name not in {"performance.md", "evaluation.md"})
FENCE = re.compile(r"^```")


def _outside_fences(path: Path) -> list[str]:
    lines = []
    fenced = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            lines.append(line)
    return lines


@pytest.mark.parametrize("path", [ROOT / "README.md", *PAGES], ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_is_in_a_code_block(path: Path) -> None:
    """Before: bare ``>>>`` lines, which Markdown renders as quoted paragraphs of code and output run together."""
    bare = [line for line in _outside_fences(path) if line.startswith((">>>", "..."))]
    assert bare == []


@pytest.mark.parametrize("path", [ROOT / "README.md", *PAGES], ids=lambda p: str(p.relative_to(ROOT)))
def test_no_page_points_to_a_file_the_project_does_not_have(path: Path) -> None:
    """Before: docs pointed to a SPEC.md that is not in the project."""
    assert "SPEC.md" not in path.read_text(encoding="utf-8")


def test_quick_start_installs_from_the_checkout() -> None:
    """Before: ``pip install newsseg``, which cannot work: newsseg is not on PyPI."""
    text = (ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8")
    assert not re.search(r"pip install '?newsseg\b", text)
    assert "pip install ." in text


def test_readme_starts_with_the_two_set_up_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert lines[2:6] == ["```console", "pip install . && python -m newsseg", "pip install '.[test]' && pytest", "```"]


class _Page(HTMLParser):
    """The code blocks of a built page (their prompt, code and output pieces), quotes, and the files it loads."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.classes: list[str] = []
        self.blocks: list[list[tuple[str, str]]] = []  # (pygments class, text) pieces of each <pre>
        self.quoted: list[str] = []
        self.assets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "pre":
            self.blocks.append([])
        if tag in {"link", "script", "img"}:
            target = found.get("href") or found.get("src")
            if target and not target.startswith(("http:", "https:", "data:", "#")):
                self.assets.append(target)
        if tag not in {"link", "img", "meta", "br", "hr", "input"}:
            self.stack.append(tag)
            self.classes.append(found.get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack.pop() != tag:
                self.classes.pop()
            self.classes.pop()

    def handle_data(self, data: str) -> None:
        if "pre" in self.stack:
            self.blocks[-1].append((self.classes[-1], data))
        if "blockquote" in self.stack:
            self.quoted.append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("mkdocs", reason="the docs extra (pip install '.[docs]') builds the site")
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(  # noqa: S603 - our own interpreter and mkdocs
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return out


def test_built_quick_start_shows_code_and_output_as_separate_blocks(site: Path) -> None:
    """Before: code and output ran together in quoted paragraphs."""
    page = _Page()
    page.feed((site / "quickstart" / "index.html").read_text(encoding="utf-8"))
    assert not any("newsseg" in text for text in page.quoted), "no example is shown as a quotation"
    example = next(block for block in page.blocks if "segment(text)" in "".join(text for _, text in block))
    prompts = [text for cls, text in example if cls == "gp"]
    output = "".join(text for cls, text in example if cls == "go")
    code = "".join(text for cls, text in example if cls not in {"gp", "go"})
    assert prompts.count(">>> ") >= 4
    assert "本报讯（记者郭树勋）8月7日" in output
    assert "True" in output
    assert "page = newsseg.segment(text)" in code
    assert "本报讯" not in code, "the output is not run into the code"


def test_built_pages_load_only_files_the_site_has(site: Path) -> None:
    """A page that opens in a browser: every stylesheet, script and image it loads is in the built site."""
    for html in [site / "index.html", site / "quickstart" / "index.html", site / "schema" / "index.html"]:
        page = _Page()
        page.feed(html.read_text(encoding="utf-8"))
        assert page.assets
        for asset in page.assets:
            assert (html.parent / asset.split("?")[0]).resolve().is_file(), (html, asset)
    assert "codehilite .go" in (site / "css" / "pygments.css").read_text(encoding="utf-8")

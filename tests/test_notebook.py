"""The tutorial notebook runs from top to bottom, and its HTML output shows the articles it segmented.

Needs the ``notebook`` extra (nbclient, nbformat, ipykernel), and is skipped without it: the core stays small.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import newsseg

nbclient = pytest.importorskip(
    "nbclient", reason="the tutorial runs with the notebook extra: pip install '.[notebook]'"
)
nbformat = pytest.importorskip(
    "nbformat", reason="the tutorial runs with the notebook extra: pip install '.[notebook]'"
)
pytest.importorskip("ipykernel", reason="the tutorial runs with the notebook extra: pip install '.[notebook]'")

TUTORIAL = Path(__file__).resolve().parent.parent / "docs" / "tutorial.ipynb"


def _outputs(notebook: Any, mime: str) -> list[str]:
    found: list[str] = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if mime in data:
                value = data[mime]
                found.append(value if isinstance(value, str) else "".join(value))
    return found


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    notebook = nbformat.read(TUTORIAL, as_version=4)
    # jupyter_core warns of its path migration unless told which scheme to use; pytest makes warnings errors.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PLATFORM_DIRS", "1")
        client = nbclient.NotebookClient(
            notebook,
            timeout=300,  # the first segment loads jieba's dictionary; shared CI machines are slow
            kernel_name="python3",
            resources={"metadata": {"path": str(tmp_path_factory.mktemp("tutorial"))}},
        )
        client.execute()
    return notebook


def test_the_tutorial_runs_without_errors(executed: Any) -> None:
    errors = [o for cell in executed.cells for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []


def test_the_tutorial_shows_the_page_and_its_titles(executed: Any) -> None:
    shown = "\n".join(_outputs(executed, "text/html"))
    assert 'class="newsseg newsseg-page"' in shown
    assert 'class="newsseg newsseg-article"' in shown
    text = (resources.files("newsseg") / "sample_page.txt").read_text(encoding="utf-8")
    titles = [a.title for a in newsseg.segment(text).articles if a.title]
    for title in titles:
        assert html.escape(title) in shown, title


def test_the_tutorial_is_stored_without_outputs() -> None:
    # Outputs go stale as newsseg improves; the suite runs the notebook, so the file keeps only its inputs.
    notebook = nbformat.read(TUTORIAL, as_version=4)
    nbformat.validate(notebook)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")

"""The caller's own words: a line break inside one is inside a word, for the calls made in the block only."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import pytest

import newsseg

if TYPE_CHECKING:
    from pathlib import Path

TEXT = "观摩会在示范区举行。\n\n沁泉湖\n\n公园项目是重中之重，建设者日夜施工。\n"
JOINED = "沁泉湖公园项目是重中之重，建设者日夜施工。"


def test_a_user_word_joins_a_break_inside_it_and_only_inside_the_block() -> None:
    assert JOINED not in newsseg.reflow_text(TEXT)
    with newsseg.user_words(["沁泉湖公园"]) as words:
        assert words == frozenset({"沁泉湖公园"})
        assert JOINED in newsseg.reflow_text(TEXT)
        assert JOINED in [p.text for a in newsseg.segment(TEXT).articles for p in a.paragraphs]
    assert JOINED not in newsseg.reflow_text(TEXT)


def test_other_threads_do_not_see_the_words() -> None:
    seen: list[list[str]] = []
    with newsseg.user_words(["沁泉湖公园"]):
        worker = threading.Thread(target=lambda: seen.append(newsseg.reflow_text(TEXT)))
        worker.start()
        worker.join()
    assert JOINED not in seen[0]


def test_a_jieba_user_dictionary_file(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("\ufeff# 本地地名\n沁泉湖公园 5 ns\n\n怀庆河\n", encoding="utf-8")
    assert newsseg.read_userdict(path) == ["沁泉湖公园", "怀庆河"]
    with newsseg.user_words(path):
        assert JOINED in newsseg.reflow_text(TEXT)


@pytest.mark.parametrize("words", [["沁"], ["沁泉 湖"]])
def test_words_that_cannot_hold_a_break_are_refused(words: list[str]) -> None:
    with pytest.raises(ValueError, match="two or more characters"), newsseg.user_words(words):
        pass


def test_one_string_is_refused_with_the_reason() -> None:
    with pytest.raises(TypeError, match="list of words"), newsseg.user_words("沁泉湖公园"):
        pass

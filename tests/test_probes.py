"""Probe duty lines (tests/probes): each line is read as one duty of a short ad and scored on its goals."""

from __future__ import annotations

from pathlib import Path

import pytest

from callboard.errors import DataError
from callboard.evaluation import evaluate, load_corpus


def test_probe_lines_are_scored_on_their_goals(tmp_path: Path) -> None:
    (tmp_path / "en.tsv").write_text(
        "Answer customer questions about tariffs\tinformation\nJoin the weekly team meeting\t\n", encoding="utf-8"
    )
    ads = load_corpus(tmp_path)
    assert [a.expected for a in ads] == [{"goals": ["information"]}, {"goals": []}]
    result = evaluate(ads)
    assert result.by_field["goals"].tp == 1
    assert result.by_field["goals"].fp == 0


def test_a_bad_probe_label_or_file_name_is_reported_with_its_place(tmp_path: Path) -> None:
    (tmp_path / "en.tsv").write_text("Answer questions\tinformation,advice\n", encoding="utf-8")
    (tmp_path / "english.tsv").write_text("Answer questions\tinformation\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_corpus(tmp_path)
    text = str(err.value)
    assert "en.tsv:1" in text and "advice" in text
    assert "english.tsv" in text

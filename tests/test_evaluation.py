"""Scoring one reading of an ad against another: the analyzer's against the corpus's annotation, and a second
reader's against the first (`callboard agreement`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from callboard import analyze
from callboard.errors import DataError
from callboard.evaluation import agreement, as_annotation, load_corpus, load_readings, score_expected

AD = """Customer Service Advisor

What you will do:
- answer customer calls about their orders and delivery dates
- handle complaints by email and pass difficult cases to the senior team
- log every contact in the CRM

We offer a permanent full-time contract, 9am-5pm Monday to Friday, in our Leeds office.
"""


def _write(folder: Path, ad_id: str, expected: dict[str, Any], text: str | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if text is not None:
        (folder / f"{ad_id}.txt").write_text(text, encoding="utf-8")
    (folder / f"{ad_id}.json").write_text(json.dumps({"expected": expected}), encoding="utf-8")


def test_a_reading_scored_against_itself_is_all_right() -> None:
    read = as_annotation(analyze(AD))
    scores = score_expected(read, read)
    assert set(scores) >= {"goals", "direction", "pay", "schedule.shift_hours", "training.provided", "languages"}
    assert all(t.fp == 0 and t.fn == 0 for t, _, _ in scores.values())


@pytest.fixture
def two_readings(tmp_path: Path) -> tuple[Path, Path, dict[str, Any]]:
    """One ad: the first reader reads it as the analyzer does, but for the work mode; the second drops one of its
    goals, adds a survey, reads the direction the other way and the work mode as the first does."""
    read = as_annotation(analyze(AD))
    goals = read["goals"]
    assert len(goals) >= 2 and "surveys" not in goals and read["work_mode"] == "onsite"  # (the shape the test needs)
    first = {"goals": goals, "direction": read["direction"], "channels": read["channels"], "work_mode": "remote"}
    second = {
        "goals": [*goals[1:], "surveys"],
        "direction": "outbound" if read["direction"] != "outbound" else "inbound",
        "channels": read["channels"],
        "work_mode": "remote",
    }
    _write(tmp_path / "corpus" / "en", "en-advisor", first, AD)
    _write(tmp_path / "second" / "en", "en-advisor", second)
    return tmp_path / "corpus", tmp_path / "second", read


def test_agreement_scores_the_readers_and_the_analyzer_against_each(
    two_readings: tuple[Path, Path, dict[str, Any]],
) -> None:
    corpus, second, read = two_readings
    ag = agreement(load_corpus(corpus), load_readings(second))
    n = len(read["goals"])
    assert ag.ads == 1
    readers = ag.readers.by_field["goals"]
    assert (readers.tp, readers.fp, readers.fn) == (n - 1, 1, 1)
    assert ag.analyzer_first.by_field["goals"].f1 == 1.0
    against_second = ag.analyzer_second.by_field["goals"]
    assert (against_second.fp, against_second.fn) == (1, 1)
    # where both readers agree: the goal only one of them read and the survey only the other read count for nothing
    agreed = ag.analyzer_agreed.by_field["goals"]
    assert (agreed.tp, agreed.fp, agreed.fn) == (n - 1, 0, 0)
    # the direction the readers read differently is not scored; the channels they share are
    assert "direction" not in ag.analyzer_agreed.by_field
    assert ag.analyzer_agreed.by_field["channels"].f1 == 1.0
    assert ag.readers.by_field["direction"].f1 == 0.0
    # a value both readers agree on and the analyzer reads otherwise is the analyzer's miss
    assert ag.analyzer_agreed.by_field["work_mode"].f1 == 0.0
    assert ag.analyzer_agreed.misses == ["en-advisor: work_mode: both readers 'remote', analyzer 'onsite'"]


def test_a_second_reading_of_no_corpus_ad_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "corpus" / "en", "en-advisor", {"goals": ["information"]}, AD)
    _write(tmp_path / "second", "en-other-ad", {"goals": ["information"]})
    with pytest.raises(DataError, match="no ad of the corpus has a second reading"):
        agreement(load_corpus(tmp_path / "corpus"), load_readings(tmp_path / "second"))


def test_a_malformed_second_reading_names_its_file(tmp_path: Path) -> None:
    _write(tmp_path / "second", "en-advisor", {"goals": ["smiling"], "mood": "good"})
    with pytest.raises(DataError) as err:
        load_readings(tmp_path / "second")
    assert "en-advisor.json: goals: 'smiling' is not one of the allowed values" in str(err.value)
    assert "en-advisor.json: unknown key 'mood'" in str(err.value)


def test_the_agreement_command_prints_the_four_columns(two_readings: tuple[Path, Path, dict[str, Any]]) -> None:
    corpus, second, read = two_readings
    out = subprocess.run(
        [sys.executable, "-m", "callboard", "agreement", str(corpus), str(second), "--misses"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "1 ads read by both readers" in out
    goals_row = next(line.split() for line in out.splitlines() if line.startswith("goals "))
    n = len(read["goals"])
    readers_f1 = round(2 * (n - 1) / (2 * (n - 1) + 2), 3)
    assert goals_row[1:] == [f"{readers_f1:.3f}", "1.000", f"{readers_f1:.3f}", "1.000"]
    readers_differ, analyzer_misses = out.split("the readers differ")[1].split("the analyzer where both readers agree")
    assert "en-advisor: direction: expected" in readers_differ and "work_mode" not in readers_differ
    assert analyzer_misses.strip(": \n") == "en-advisor: work_mode: both readers 'remote', analyzer 'onsite'"


def test_an_annotation_that_is_no_json_object_is_named(tmp_path: Path) -> None:
    for folder in ("corpus", "second"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "en-advisor.json").write_text('["goals"]', encoding="utf-8")
        (tmp_path / folder / "en-advisor.txt").write_text(AD, encoding="utf-8")
    for load, folder in ((load_corpus, "corpus"), (load_readings, "second")):
        with pytest.raises(DataError, match=r"en-advisor.json: not an annotation \(a JSON object with 'expected'\)"):
            load(tmp_path / folder)

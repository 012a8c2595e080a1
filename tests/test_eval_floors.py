"""The quality gate: no field of the annotated corpus may fall below its floor in tests/eval_floors.json.

Raise floors with `callboard eval tests/corpus/dev --floors tests/eval_floors.json --update-floors` (and the same
for tests/corpus/heldout and tests/probes, and with --lexicons-only for the lexicons' own goals on dev);
floors are never lowered without --allow-regression (and a reason in the commit).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from callboard.analyzer import goal_model
from callboard.evaluation import below_floors, evaluate, load_corpus

FLOORS = Path(__file__).parent / "eval_floors.json"


@pytest.mark.parametrize("part", ["dev", "heldout", "probes"])
def test_no_field_below_its_floor(corpus_dir: Path, part: str) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[part]
    assert floors, f"no floors recorded for {part}"
    # the probe lines (tests/probes) sit beside the corpus of whole ads
    result = evaluate(load_corpus(corpus_dir / part if part != "probes" else corpus_dir.parent / "probes"))
    assert below_floors(result, floors) == []


def test_the_lexicons_goals_stay_above_their_floor(corpus_dir: Path) -> None:
    # the goal model learned the dev ads' goals: the lexicons' own reading of them keeps a floor of its own
    # (`callboard eval tests/corpus/dev --lexicons-only --floors tests/eval_floors.json --update-floors`)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["dev:lexicons"]
    assert set(floors) == {"field:goals", "group:goals"}
    with goal_model.using(goal_model.EMPTY):
        result = evaluate(load_corpus(corpus_dir / "dev"))
    assert below_floors(result, floors) == []


def test_corpus_is_big_enough(corpus_dir: Path) -> None:
    ads = load_corpus(corpus_dir)
    per_lang = {lang: sum(a.lang == lang for a in ads) for lang in ("pl", "ru", "en")}
    assert per_lang["pl"] >= 45 and per_lang["ru"] >= 40 and per_lang["en"] >= 35

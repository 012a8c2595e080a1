"""A second reading of the goals, learned from the annotated corpus: the words of the duties weighed.

The lexicons name a goal by its phrases ("rozwiązywanie problemów", "take complaints"); an ad that tells the same
duty in words no phrase holds ("u pana z Tolkmicka usterka jest w gniazdku", "a parcel stuck in the depot") is
missed. This reads the lemmas and lemma pairs of the parts where duties are told (the duties, the intro, the
title, the targets) with weights per goal, a logistic regression per goal trained by `tools/train_goals.py` on
the dev part of the corpus (never the held-out part). It adds a goal the lexicons missed when it is sure
(ADD_AT) and drops one they found when its words speak against it (DROP_BELOW). An added goal's evidence is the
sentence whose words weighed most for it.

The weights are generated data (callboard/data/goal_weights.tsv), like the lemma tables: edit the corpus or the
lexicons, then retrain (`make model`); a test fails while the weights are older than the corpus they came from.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from callboard.analyzer.context import Context, sentence_bounds
from callboard.analyzer.lexicon import data_dir, load_yaml

WEIGHTS_FILE = "goal_weights.tsv"
SECTIONS = frozenset({"duties", "intro", "title", "targets"})  # where the training found goals told
# a goal the lexicons missed is added at this probability (5-fold CV on 3,162 dev ads, goals micro-F1: 0.6 0.907,
# 0.7 0.910, 0.8 0.911, 0.9 0.909)
ADD_AT = 0.8
DROP_BELOW = 0.1  # a goal the lexicons found is dropped below this probability
MIN_FEATURES = 40  # an ad of a line or two gives the model too little to weigh: the lexicons read it alone


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Per language, the words that name no duty (callboard/data/function_words.yaml)."""
    raw = load_yaml(data_dir() / "function_words.yaml", "function_words.yaml")
    return {lang: frozenset(str(w) for w in words) for lang, words in raw.items()}


def _reading_spans(ctx: Context) -> list[tuple[int, int]]:
    """Token ranges [first, last) of the title and the parts where duties are told, in order; the feed's fields
    appended after the text (a location) are none of them."""
    starts = ctx.toks.starts
    end = len(starts) if ctx.feed_start < 0 else bisect.bisect_left(starts, ctx.feed_start)
    spans = []
    for lo, hi, name in ctx.parts():
        if name in SECTIONS:
            first, last = bisect.bisect_left(starts, lo), min(bisect.bisect_left(starts, hi), end)
            if first < last:
                spans.append((first, last))
    return spans


def feature_places(ctx: Context) -> list[tuple[str, int, int]]:
    """Each feature of the parts where duties are told with its tokens (first, last), in text order: a lemma, and a
    lemma pair within a clause. A word of one or two letters or a function word is no feature, nor a pair of them
    ("to the", "и в"). Lemmas are prefixed with the lexicon's language: one model reads all three."""
    toks = ctx.toks
    lemmas, clause_next = toks.lemmas, toks.clause_next
    prefix = ctx.lex_lang + ":"
    empty = function_words().get(ctx.lex_lang, frozenset())
    out: list[tuple[str, int, int]] = []
    add = out.append  # (a list: read again for the evidence of an added goal)
    for first, last in _reading_spans(ctx):
        for i in range(first, last):
            lemma = lemmas[i]
            if not lemma[:1].isalpha():
                continue
            duty_word = len(lemma) > 2 and lemma not in empty
            if duty_word:
                add((prefix + lemma, i, i))
            if i + 1 == last or not clause_next[i]:
                continue
            after = lemmas[i + 1]
            if after[:1].isalpha() and (duty_word or (len(after) > 2 and after not in empty)):
                add((f"{prefix}{lemma}_{after}", i, i + 1))
    return out


def features(ctx: Context) -> set[str]:
    """The lemmas and lemma pairs the model weighs (see feature_places)."""
    return {f for f, _, _ in feature_places(ctx)}


def first_places(places: list[tuple[str, int, int]], wanted: set[str]) -> dict[str, tuple[int, int]]:
    """Where each wanted feature first stands: its tokens (first, last)."""
    out: dict[str, tuple[int, int]] = {}
    for f, i, j in places:
        if f in wanted and f not in out:
            out[f] = (i, j)
    return out


@dataclass(frozen=True)
class GoalModel:
    goals: tuple[str, ...]
    bias: tuple[float, ...]  # per goal: how common it is in ads at all
    weights: dict[str, tuple[float, ...]]  # feature -> its weight for each goal
    # the same weights as one array, a row per feature: an ad's few hundred rows summed at once (summed in Python,
    # goal by goal, they took 15% of an ad's analysis)
    rows: dict[str, int] = field(init=False, repr=False, compare=False)
    matrix: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", {f: i for i, f in enumerate(self.weights)})
        matrix = np.array(list(self.weights.values()), dtype=np.float64).reshape(len(self.weights), len(self.goals))
        object.__setattr__(self, "matrix", matrix)

    def reading(self, present: Iterable[str]) -> dict[str, tuple[float, float]]:
        """Per goal: its probability, and what the words present weigh for it (negative: they speak against it)."""
        # summed in the order of the rows, so the same words weigh the same whatever order a set gives them (weights
        # that cancel out, summed in the set's order, came to +1e-16 or -5e-16 with the hash seed, and kept or
        # dropped a goal with it)
        rows = sorted(map(self.rows.__getitem__, present))
        words = self.matrix[rows].sum(axis=0).tolist() if rows else [0.0] * len(self.goals)
        return {
            g: (1.0 / (1.0 + math.exp(-(b + w))), w) for g, b, w in zip(self.goals, self.bias, words, strict=True)
        }


EMPTY = GoalModel((), (), {})


def parse_weights(text: str, where: str = WEIGHTS_FILE) -> GoalModel:
    """The model from its TSV: `#` comment lines, a `goals` line naming the columns, a `bias` line, then one line
    per feature: the feature and its weight for each goal."""
    goals: tuple[str, ...] = ()
    bias: tuple[float, ...] = ()
    weights: dict[str, tuple[float, ...]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition("\t")
        cells = rest.split("\t")
        if head == "goals":
            goals = tuple(cells)
            continue
        if len(cells) != len(goals) or not goals:
            raise ValueError(f"{where}:{n}: expected a feature and {len(goals)} weights after a goals line")
        try:
            row = tuple(map(float, cells))
        except ValueError:
            raise ValueError(f"{where}:{n}: a weight is no number") from None
        if head == "bias":
            bias = row
        else:
            weights[head] = row
    if len(bias) != len(goals):
        raise ValueError(f"{where}: no bias line")
    return GoalModel(goals, bias, weights)


@cache
def load_model() -> GoalModel:
    from callboard.analyzer.compiled import compiled

    return compiled("goal-model", read_model)


def read_model() -> GoalModel:
    path = Path(data_dir()) / WEIGHTS_FILE
    return parse_weights(path.read_text(encoding="utf-8"), str(path)) if path.exists() else EMPTY


_in_use: list[GoalModel] = []  # a model put in place of the shipped one (see `using`)


@contextmanager
def using(model: GoalModel) -> Iterator[None]:
    """Analyze with another model meanwhile: EMPTY reads the goals with the lexicons alone (`callboard eval
    --lexicons-only`), a model of a cross-validation fold reads the ads it was not trained on."""
    _in_use.append(model)
    try:
        yield
    finally:
        _in_use.pop()


def revise(
    ctx: Context, goals: tuple[str, ...], model: GoalModel | None = None, denied: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The lexicons' goals with the model's reading: the sure ones they missed added (their evidence the sentence
    whose words weighed most), the ones it is sure are not there dropped (with their evidence). A goal the lexicons
    found to be another unit's work (`denied`: "reklamacjami zajmuje się dział prawny") is not added."""
    if model is None:
        model = _in_use[-1] if _in_use else load_model()
    if not model.goals:
        return goals
    places = feature_places(ctx)
    present = {f for f, _, _ in places} & model.rows.keys()
    if len(present) < MIN_FEATURES:
        return goals
    read = model.reading(present)
    # a goal is dropped when the words speak against it, not for want of words: a short ad ("Take complaints.")
    # gives the model little to weigh, and a rare goal's bias alone would drop it
    kept = [g for g in goals if g not in read or read[g][0] >= DROP_BELOW or read[g][1] >= 0]
    for g in set(goals) - set(kept):
        ctx.evidence.pop(f"goals.{g}", None)
    added = [g for g in model.goals if g not in goals and g not in denied and read[g][0] >= ADD_AT]
    if added:
        weighed = {g: _weightiest(model, g, present) for g in added}
        found = first_places(places, {f for pairs in weighed.values() for _, f in pairs})
        for g in added:
            if sentence := _weightiest_sentence(ctx, weighed[g], found):
                kept.append(g)
                ctx.note(f"goals.{g}", [sentence])
    return tuple(kept)


EVIDENCE_FEATURES = 12  # the weightiest features of a goal whose sentences are weighed for its evidence


def _weightiest(model: GoalModel, goal: str, present: set[str]) -> list[tuple[float, str]]:
    """The features present that weigh most for the goal (positive weights only), heaviest first."""
    col = model.goals.index(goal)
    ranked = sorted(((model.weights[f][col], f) for f in present), reverse=True)[:EVIDENCE_FEATURES]
    return [(w, f) for w, f in ranked if w > 0]


def _weightiest_sentence(
    ctx: Context, weighed: list[tuple[float, str]], places: dict[str, tuple[int, int]]
) -> tuple[int, int] | None:
    """The sentence whose words weigh most for the goal: the duty it was read from, shown as the evidence."""
    starts, ends = ctx.toks.starts, ctx.toks.ends
    by_sentence: dict[tuple[int, int], float] = {}
    for w, f in weighed:
        first, last = places[f]
        span = sentence_bounds(ctx.text, (starts[first], ends[last]))
        by_sentence[span] = by_sentence.get(span, 0.0) + w
    if not by_sentence:
        return None
    lo, hi = max(by_sentence, key=by_sentence.__getitem__)
    while lo < hi and not ctx.text[lo].isalnum():  # the bullet and spaces before the duty
        lo += 1
    return lo, hi

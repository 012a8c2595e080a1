"""Score the analyzer against the annotated corpus (tests/corpus/README.md describes the format).

One scoring module for the CLI (`callboard eval`), the test suite's floor gate and `make eval`, so they
cannot drift apart.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callboard.analyzer import analyze
from callboard.errors import DataError
from callboard.profile import Profile

LIST_FIELDS = ("channels", "goals", "kpis", "contracts", "benefits")
SCALAR_FIELDS = (
    "language",
    "role",
    "level",
    "in_category",
    "direction",
    "service_sales_mix",
    "education",
    "working_time",
    "work_mode",
    "equipment",
    "employer_type",
    "risky",
)
ENUM_FIELDS = (
    "language",
    "role",
    "level",
    "direction",
    "service_sales_mix",
    "working_time",
    "work_mode",
    "employer_type",
    "education",
    "equipment",
)
SCHEDULE_KEYS = ("shifts", "nights", "weekends", "flexible", "pattern", "shift_hours")
TRAINING_KEYS = ("provided", "paid")
KNOWN_KEYS = frozenset((*LIST_FIELDS, *SCALAR_FIELDS, "experience", "languages", "schedule", "training", "pay"))
RISKY_THRESHOLD = 0.5

ALLOWED: dict[str, frozenset[Any]] = {
    "language": frozenset({"pl", "ru", "en", "other"}),
    "level": frozenset({"entry", "specialist", "supervisory", "management", None}),
    "in_category": frozenset({True, False}),
    "channels": frozenset(
        {"phone", "email", "chat", "messenger", "social_media", "in_person", "video", "sms", "letter"}
    ),
    "direction": frozenset({"inbound", "outbound", "both", None}),
    "goals": frozenset(
        {
            "information",
            "problem_resolution",
            "technical_support",
            "complaints",
            "sales",
            "retention",
            "surveys",
            "debt_collection",
            "order_processing",
            "appointment_setting",
            "incident_intake",
            "escalation",
            "documentation",
        }
    ),
    "service_sales_mix": frozenset({"service_only", "mostly_service", "balanced", "mostly_sales", "sales_only", None}),
    "kpis": frozenset(
        {
            "quality",
            "csat",
            "nps",
            "handling_time",
            "response_time",
            "first_contact_resolution",
            "sales_target",
            "volume",
        }
    ),
    "education": frozenset({"none", "secondary", "higher", None}),
    "contracts": frozenset(
        {
            "employment_contract",
            "mandate_contract",
            "specific_task_contract",
            "b2b",
            "internship",
            "temporary_agency",
            "civil_law_contract",
            "self_employed",
            "fixed_term",
        }
    ),
    "working_time": frozenset({"full_time", "part_time", "hourly", None}),
    "work_mode": frozenset({"onsite", "hybrid", "remote", None}),
    "equipment": frozenset({"provided", "own_required", None}),
    "employer_type": frozenset({"direct", "agency", "outsourcing", None}),
    "risky": frozenset({True, False, None}),
}
# The field groups that carry a quality target (issue: micro-F1 >= 0.90 on the held-out part).
GROUPS: dict[str, tuple[str, ...]] = {
    "channels": ("channels",),
    "direction": ("direction",),
    "goals": ("goals",),
    "contracts": ("contracts",),
    "working_time": ("working_time",),
    "schedule": tuple(f"schedule.{k}" for k in SCHEDULE_KEYS),
    "work_mode": ("work_mode",),
    "pay": ("pay",),
    "experience": ("experience",),
    "languages": ("languages",),
    "role": ("role",),
}


@dataclass(frozen=True)
class Ad:
    id: str
    lang: str
    path: Path
    text: str
    title: str | None
    expected: dict[str, Any]


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    ads: int
    by_field: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_lang_field: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    confusion: dict[str, Counter[tuple[str, str]]] = field(default_factory=lambda: defaultdict(Counter))
    # each value of a list field on its own ("goals: documentation"): which goal the analyzer over- or under-reads
    by_value: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)

    def group(self, name: str, lang: str | None = None) -> Tally:
        total = Tally()
        for f in GROUPS[name]:
            total.add(self.by_field[f] if lang is None else self.by_lang_field[(lang, f)])
        return total

    def summary(self) -> dict[str, Any]:
        def row(t: Tally) -> dict[str, float]:
            return {
                "precision": round(t.precision, 4),
                "recall": round(t.recall, 4),
                "f1": round(t.f1, 4),
                "tp": t.tp,
                "fp": t.fp,
                "fn": t.fn,
            }

        langs = sorted({lang for lang, _ in self.by_lang_field})
        return {
            "ads": self.ads,
            "fields": {f: row(t) for f, t in sorted(self.by_field.items())},
            "groups": {g: row(self.group(g)) for g in GROUPS},
            "languages": {lang: {g: row(self.group(g, lang)) for g in GROUPS} for lang in langs},
            "values": {f"{f}:{v}": row(t) for (f, v), t in sorted(self.by_value.items())},
        }


# ------------------------------------------------------------------------------------------ loading
def _validate(ad_id: str, exp: Any, problems: list[str]) -> None:
    where = f"{ad_id}.json"
    if not isinstance(exp, dict):
        problems.append(f"{where}: 'expected' must be an object")
        return
    for key, value in exp.items():
        if key not in KNOWN_KEYS:
            problems.append(f"{where}: unknown key {key!r}")
            continue
        allowed = ALLOWED.get(key)
        if allowed is None:
            continue
        values = value if key in LIST_FIELDS else [value]
        if key in LIST_FIELDS and not isinstance(value, list):
            problems.append(f"{where}: {key} must be a list")
            continue
        for v in values:
            if v not in allowed:
                problems.append(f"{where}: {key}: {v!r} is not one of the allowed values")


# A probe line is read as the one duty of a short ad under this head (tests/probes/<lang>.tsv)
PROBE_HEADS = {
    "pl": "Specjalista ds. obsługi klienta\n\nZakres obowiązków:\n- ",
    "ru": "Специалист по работе с клиентами\n\nОбязанности:\n- ",
    "en": "Customer Service Specialist\n\nYou will:\n- ",
}


def _probe_ads(path: Path, problems: list[str]) -> list[Ad]:
    """The duty lines of a probe file (`<lang>.tsv`: a duty, a tab, its goals comma-separated), each scored on
    its goals alone."""
    lang = path.stem
    if lang not in PROBE_HEADS:
        problems.append(f"{path}: a probe file is named after its language ({', '.join(PROBE_HEADS)})")
        return []
    ads = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        duty, _, goals = line.partition("\t")
        exp = {"goals": [g.strip() for g in goals.split(",") if g.strip()]}
        _validate(f"{path.name}:{n}", exp, problems)
        ads.append(Ad(f"{lang}-probe-{n}", lang, path, PROBE_HEADS[lang] + duty.strip() + "\n", None, exp))
    return ads


def _read_annotation(ann: Path, problems: list[str]) -> dict[str, Any] | None:
    """One annotation file, its `expected` checked against the allowed values; None (and the problem noted) when it
    is no JSON object."""
    try:
        data = json.loads(ann.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        problems.append(f"{ann}:{exc.lineno}: not valid JSON ({exc.msg})")
        return None
    if not isinstance(data, dict):
        problems.append(f"{ann}: not an annotation (a JSON object with 'expected')")
        return None
    _validate(ann.stem, data.get("expected"), problems)
    return data


def load_corpus(directory: Path) -> list[Ad]:
    """Every annotated ad under a directory, and every duty line of its probe files (`*.tsv`); a malformed
    annotation is an error listing all problems."""
    ads: list[Ad] = []
    problems: list[str] = []
    for probes in sorted(directory.rglob("*.tsv")):
        ads += _probe_ads(probes, problems)
    for ann in sorted(directory.rglob("*.json")):
        ad_id = ann.stem
        text_path = next((p for p in (ann.with_suffix(".txt"), ann.with_suffix(".html")) if p.exists()), None)
        if text_path is None:
            problems.append(f"{ann}: no {ad_id}.txt or {ad_id}.html beside it")
            continue
        data = _read_annotation(ann, problems)
        if data is None:
            continue
        exp = data.get("expected") or {}
        lang = exp.get("language") or ann.parent.name
        ads.append(Ad(ad_id, str(lang), text_path, text_path.read_text(encoding="utf-8"), data.get("title"), exp))
    if problems:
        raise DataError(problems)
    if not ads:
        raise DataError([f"{directory}: no annotated ads (*.json) or probe lines (*.tsv) found"])
    return ads


# ------------------------------------------------------------------------------------------ predictions
def _pay_tuple(d: dict[str, Any] | None) -> tuple[Any, ...] | None:
    if not d:
        return None

    def num(x: Any) -> float | None:
        return None if x is None else round(float(x), 2)

    return (num(d.get("min")), num(d.get("max")), d.get("currency"), d.get("period"), d.get("gross"))


def _exp_tuple(d: dict[str, Any] | None) -> tuple[Any, ...] | None:
    if not d or (d.get("none_required") is None and d.get("min_years") is None):
        return None
    years = d.get("min_years")
    return (d.get("none_required"), None if years is None else round(float(years), 2))


PREDICT: dict[str, Callable[[Profile], Any]] = {
    "language": lambda p: p.language,
    "role": lambda p: p.role.id,
    "level": lambda p: p.role.level,
    "in_category": lambda p: p.role.in_category,
    "direction": lambda p: p.direction,
    "service_sales_mix": lambda p: p.service_sales_mix,
    "education": lambda p: p.requirements.education,
    "working_time": lambda p: p.conditions.working_time,
    "work_mode": lambda p: p.conditions.work_mode,
    "equipment": lambda p: p.conditions.equipment,
    "employer_type": lambda p: p.employer.type,
    "risky": lambda p: p.risk.score >= RISKY_THRESHOLD,
    "channels": lambda p: p.channels,
    "goals": lambda p: p.goals,
    "kpis": lambda p: p.kpis,
    "contracts": lambda p: p.conditions.contracts,
    "benefits": lambda p: p.conditions.benefits,
}


def _score_scalar(exp: Any, got: Any) -> Tally:
    if exp == got:
        return Tally(tp=1) if exp is not None else Tally()
    return Tally(fp=1 if got is not None else 0, fn=1 if exp is not None else 0)


def _score_set(exp: set[Any], got: set[Any]) -> Tally:
    return Tally(tp=len(exp & got), fp=len(got - exp), fn=len(exp - got))


def as_annotation(p: Profile) -> dict[str, Any]:
    """The profile in the form of an annotation's `expected` (every key of it), so the analyzer and a second
    reader are scored the same way."""
    out: dict[str, Any] = {key: list(PREDICT[key](p)) for key in LIST_FIELDS}
    out.update({key: PREDICT[key](p) for key in SCALAR_FIELDS})
    out["languages"] = [{"lang": x.lang, "level": x.level} for x in p.requirements.languages]
    d = p.requirements.experience
    out["experience"] = {"none_required": d.none_required, "min_years": d.min_years}
    out["pay"] = p.conditions.pay.__dict__ if p.conditions.pay else None
    out["schedule"] = {k: getattr(p.conditions.schedule, k) for k in SCHEDULE_KEYS}
    out["training"] = {k: getattr(p.conditions.training, k) for k in TRAINING_KEYS}
    return out


def score_expected(exp: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[Tally, Any, Any]]:
    """Per field the annotation scores: (tally, expected, got); `got` is an annotation's `expected` too (the
    analyzer's through as_annotation, or a second reader's). A key `got` lacks counts as unstated."""
    out: dict[str, tuple[Tally, Any, Any]] = {}
    for key in LIST_FIELDS:
        if key in exp:
            es, gs = set(exp[key] or []), set(got.get(key) or [])
            out[key] = (_score_set(es, gs), sorted(es), sorted(gs))
    for key in SCALAR_FIELDS:
        if key in exp:
            e, g = exp[key], got.get(key)
            if key == "risky" and e is None:
                continue
            out[key] = (_score_scalar(e, g), e, g)
    if "languages" in exp:
        el = {(x["lang"], x.get("level")) for x in exp["languages"] or []}
        gl = {(x["lang"], x.get("level")) for x in got.get("languages") or []}
        out["languages"] = (_score_set(el, gl), sorted(el, key=str), sorted(gl, key=str))
    if "experience" in exp:
        ee, ge = _exp_tuple(exp["experience"]), _exp_tuple(got.get("experience"))
        out["experience"] = (_score_scalar(ee, ge), ee, ge)
    if "pay" in exp:
        ep, gp = _pay_tuple(exp["pay"]), _pay_tuple(got.get("pay"))
        out["pay"] = (_score_scalar(ep, gp), ep, gp)
    for part, keys in (("schedule", SCHEDULE_KEYS), ("training", TRAINING_KEYS)):
        if part not in exp:
            continue
        stated, read = exp[part] or {}, got.get(part) or {}
        for k in keys:
            e, g = stated.get(k), read.get(k)
            if k == "shift_hours":  # 8 and 8.0 are one length
                e, g = (None if x is None else float(x) for x in (e, g))
            out[f"{part}.{k}"] = (_score_scalar(e, g), e, g)
    return out


def evaluate(ads: list[Ad], reader: Callable[[Ad], dict[str, Any]] | None = None) -> Result:
    """Score the analyzer on the ads, or another reader: a function giving an ad's annotation (`expected`)."""
    result = Result(ads=len(ads))
    for ad in ads:
        got = reader(ad) if reader else as_annotation(analyze(ad.text, title=ad.title))
        for fname, (tally, e, g) in score_expected(ad.expected, got).items():
            result.by_field[fname].add(tally)
            result.by_lang_field[(ad.lang, fname)].add(tally)
            if fname in ENUM_FIELDS and (e is not None or g is not None):
                result.confusion[fname][(str(e), str(g))] += 1
            if fname in LIST_FIELDS:
                for v in set(e) | set(g):
                    result.by_value[(fname, v)].add(_score_set({v} & set(e), {v} & set(g)))
            if tally.fp or tally.fn:
                result.misses.append(f"{ad.id}: {fname}: expected {e!r}, got {g!r}")
    return result


# ------------------------------------------------------------------------------------------ second readers
def load_readings(directory: Path) -> dict[str, dict[str, Any]]:
    """A second reader's annotations (`<id>.json` anywhere under the directory, the corpus's format without the
    ads' texts), by ad id; a malformed one is an error listing all problems."""
    readings: dict[str, dict[str, Any]] = {}
    problems: list[str] = []
    for ann in sorted(directory.rglob("*.json")):
        data = _read_annotation(ann, problems)
        if data is not None:
            exp = data.get("expected")
            readings[ann.stem] = exp if isinstance(exp, dict) else {}
    if problems:
        raise DataError(problems)
    if not readings:
        raise DataError([f"{directory}: no annotations (*.json) found"])
    return readings


SET_SCORED = (*LIST_FIELDS, "languages")  # scored item by item; every other field is one item per ad


def _where_readers_agree(
    a: dict[str, Any], b: dict[str, Any], got: dict[str, Any]
) -> dict[str, tuple[Tally, Any, Any]]:
    """The analyzer scored only on what both readers read alike: a list's items both stated or both left out
    (an item one reader stated and the other did not counts for nothing), a field both gave the same value."""
    between, against_a = score_expected(a, b), score_expected(a, got)
    out: dict[str, tuple[Tally, Any, Any]] = {}
    for fname, (_, ea, eb) in between.items():
        if fname not in against_a:
            continue
        if fname in SET_SCORED:
            disputed = set(ea) ^ set(eb)
            agreed, read = set(ea) & set(eb), set(against_a[fname][2]) - disputed
            out[fname] = (_score_set(agreed, read), sorted(agreed, key=str), sorted(read, key=str))
        elif ea == eb:
            out[fname] = against_a[fname]
    return out


@dataclass
class Agreement:
    """Two readers of the same ads, and the analyzer against each: how far the readers agree bounds how far any
    analyzer can agree with one of them."""

    ads: int
    readers: Result  # the second reader scored against the first (the corpus's annotation)
    analyzer_first: Result
    analyzer_second: Result
    analyzer_agreed: Result  # on what both readers read alike


def agreement(ads: list[Ad], second: dict[str, dict[str, Any]]) -> Agreement:
    """Compare a second reading with the corpus's annotation and the analyzer with both, on the ads both read."""
    both = [ad for ad in ads if ad.id in second]
    if not both:
        raise DataError(["no ad of the corpus has a second reading (the files are matched by ad id)"])
    read = {ad.id: as_annotation(analyze(ad.text, title=ad.title)) for ad in both}
    seconds = [Ad(ad.id, ad.lang, ad.path, ad.text, ad.title, second[ad.id]) for ad in both]
    agreed = Result(ads=len(both))
    for ad in both:
        for fname, (tally, e, g) in _where_readers_agree(ad.expected, second[ad.id], read[ad.id]).items():
            agreed.by_field[fname].add(tally)
            agreed.by_lang_field[(ad.lang, fname)].add(tally)
            if tally.fp or tally.fn:
                agreed.misses.append(f"{ad.id}: {fname}: both readers {e!r}, analyzer {g!r}")
    return Agreement(
        ads=len(both),
        readers=evaluate(both, reader=lambda ad: second[ad.id]),
        analyzer_first=evaluate(both, reader=lambda ad: read[ad.id]),
        analyzer_second=evaluate(seconds, reader=lambda ad: read[ad.id]),
        analyzer_agreed=agreed,
    )


def render_agreement(ag: Agreement) -> str:
    """Micro-F1 per field group and per field, four columns: the readers with each other, the analyzer with each
    reader, and the analyzer on what the readers agree on."""
    columns = (ag.readers, ag.analyzer_first, ag.analyzer_second, ag.analyzer_agreed)

    def head(label: str) -> str:
        return f"{label:28s} {'readers':>8s} {'an./1st':>8s} {'an./2nd':>8s} {'an./both':>8s}"

    def row(label: str, tallies: list[Tally]) -> str:
        return f"{label:28s} " + " ".join(f"{t.f1:8.3f}" for t in tallies)

    lines = [
        f"{ag.ads} ads read by both readers",
        "F1 of the second reader against the first (the corpus's annotation), of the analyzer against each,",
        "and of the analyzer on what both readers read alike",
        "",
        head("field group"),
    ]
    lines += [row(g, [r.group(g) for r in columns]) for g in GROUPS]
    lines += ["", head("field")]
    lines += [row(f, [r.by_field[f] for r in columns]) for f in sorted(ag.readers.by_field)]
    return "\n".join(lines)


def _tally_head(label: str, width: int) -> str:
    return f"{label:{width}s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"


def _tally_row(name: str, t: Tally, width: int) -> str:
    return f"{name:{width}s} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.fp:5d} {t.fn:5d}"


def render(result: Result, *, confusion: bool = True, misses: bool = False) -> str:
    lines = [f"{result.ads} ads", "", _tally_head("field", 28)]
    lines += [_tally_row(name, t, 28) for name, t in sorted(result.by_field.items())]
    langs = sorted({lang for lang, _ in result.by_lang_field})
    lines += ["", "field groups (micro-F1)", f"{'group':16s} {'all':>6s} " + " ".join(f"{x:>6s}" for x in langs)]
    for g in GROUPS:
        per = " ".join(f"{result.group(g, lang).f1:6.3f}" for lang in langs)
        lines.append(f"{g:16s} {result.group(g).f1:6.3f} {per}")
    if confusion:
        lines += ["", "per value of list fields", _tally_head("value", 36)]
        lines += [_tally_row(f"{fname}: {v}", t, 36) for (fname, v), t in sorted(result.by_value.items())]
        for fname in ENUM_FIELDS:
            table = result.confusion.get(fname)
            if not table:
                continue
            lines += ["", f"confusion: {fname} (expected -> predicted: count)"]
            for (e, g), n in sorted(table.items(), key=lambda kv: (-kv[1], kv[0])):
                mark = "" if e == g else "  <-"
                lines.append(f"  {e:>22s} -> {g:<22s} {n:4d}{mark}")
    if misses:
        lines += ["", "misses:"] + [f"  {m}" for m in result.misses]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ floors
EPSILON = 0.0005  # rounding noise allowed below a floor


def floor_values(result: Result) -> dict[str, float]:
    """The figures that carry a floor: every scored field's F1 and every scored group's micro-F1 (a part that
    annotates only some fields, as the probe lines do goals, has floors for those alone)."""
    vals = {f"field:{f}": round(t.f1, 4) for f, t in list(result.by_field.items()) if t.tp + t.fp + t.fn}
    for g in GROUPS:
        t = result.group(g)
        if t.tp + t.fp + t.fn:
            vals[f"group:{g}"] = round(t.f1, 4)
    return vals


def below_floors(result: Result, floors: dict[str, float]) -> list[str]:
    current = floor_values(result)
    return [
        f"{k}: F1 {current.get(k, 0.0):.4f} < floor {v:.4f}"
        for k, v in sorted(floors.items())
        if current.get(k, 0.0) < v - EPSILON
    ]


def raised_floors(result: Result, floors: dict[str, float], *, allow_regression: bool = False) -> dict[str, float]:
    """New floors: each at least the current figure; a lower figure is refused unless allowed."""
    current = floor_values(result)
    regressions = below_floors(result, floors)
    if regressions and not allow_regression:
        raise DataError(["refusing to lower floors:", *regressions])
    out = dict(floors)
    for k, v in current.items():
        out[k] = v if allow_regression else max(v, floors.get(k, 0.0))
    return dict(sorted(out.items()))

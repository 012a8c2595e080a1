"""The profile of one job ad: typed, immutable values, each fact with its evidence.

`Profile.to_dict()` gives the JSON contract of shared/design.md §6. Facts the ad does not state are
`None` or empty, never a default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from types import MappingProxyType
from typing import Any

Span = tuple[int, int]

EMPTY_EVIDENCE: Mapping[str, tuple[Span, ...]] = MappingProxyType({})


@dataclass(frozen=True)
class Role:
    id: str | None
    isco08: str | None
    level: str | None
    in_category: bool
    secondary: str | None = None
    name: str | None = None
    kzis: str | None = None
    title_consistent: bool | None = None  # None: the title names no role of the taxonomy


@dataclass(frozen=True)
class LanguageRequirement:
    lang: str
    level: str | None
    mode: str | None
    required: bool


@dataclass(frozen=True)
class Experience:
    none_required: bool | None = None
    min_years: float | None = None
    industry: str | None = None


@dataclass(frozen=True)
class Requirements:
    experience: Experience = Experience()
    languages: tuple[LanguageRequirement, ...] = ()
    education: str | None = None
    soft_skills: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    typing_speed: int | None = None
    other: tuple[str, ...] = ()


@dataclass(frozen=True)
class Schedule:
    shifts: bool | None = None
    nights: bool | None = None
    weekends: bool | None = None
    flexible: bool | None = None
    fixed_hours: bool | None = None
    operation_24_7: bool | None = None
    pattern: str | None = None
    shift_hours: float | None = None
    hours: str | None = None


@dataclass(frozen=True)
class Training:
    provided: bool | None = None
    paid: bool | None = None
    mentor: bool | None = None
    length_days: float | None = None


@dataclass(frozen=True)
class Pay:
    min: float | None
    max: float | None
    currency: str | None
    period: str | None
    gross: bool | None
    variable: bool | None = None
    upper_bound_only: bool = False
    contract: str | None = None


@dataclass(frozen=True)
class Conditions:
    contracts: tuple[str, ...] = ()
    duration: str | None = None
    working_time: str | None = None
    part_time_fraction: str | None = None
    min_hours_per_week: float | None = None
    schedule: Schedule = Schedule()
    work_mode: str | None = None
    office_days: int | None = None
    places: tuple[str, ...] = ()
    equipment: str | None = None
    training: Training = Training()
    pay: Pay | None = None
    pay_options: tuple[Pay, ...] = ()
    benefits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Employer:
    name: str | None = None
    type: str | None = None
    contact_center: str | None = None
    identifiers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    apply_contact: tuple[str, ...] = ()


@dataclass(frozen=True)
class Check:
    id: str
    passed: bool
    reason: str
    suggestion: str | None = None
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Transparency:
    score: int
    checks: tuple[Check, ...]


@dataclass(frozen=True)
class RiskFlag:
    id: str
    weight: float
    reason: str
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Risk:
    score: float
    flags: tuple[RiskFlag, ...]


@dataclass(frozen=True)
class Duty:
    text: str
    span: Span
    goals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    analyzer_version: str
    language: str
    text: str
    title: str | None
    role: Role
    channels: tuple[str, ...]
    direction: str | None
    goals: tuple[str, ...]
    service_sales_mix: str | None
    mix_cues: tuple[str, ...]
    duties: tuple[Duty, ...]
    kpis: tuple[str, ...]
    requirements: Requirements
    conditions: Conditions
    employer: Employer
    transparency: Transparency
    risk: Risk
    reporting_line: bool = False
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=lambda: EMPTY_EVIDENCE)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (design §6), plus the extra fields this version adds."""
        out = _plain(self)
        assert isinstance(out, dict)
        out["duty_count"] = len(self.duties)
        return out


_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # dataclass -> its field names (fields() is slow to call per object)


def _plain(value: Any) -> Any:
    """Dataclasses, tuples and mappings to JSON-ready dicts and lists."""
    kind = type(value)
    if kind in _ATOMS:  # most values: answered by their exact type, before the slower tests below
        return value
    if kind is tuple or kind is list:
        if len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
            return [value[0], value[1]]  # a span: most values of a profile, so without the recursion
        return [v if type(v) in _ATOMS else _plain(v) for v in value]
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value

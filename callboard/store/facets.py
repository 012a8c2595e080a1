"""The profile facts that search filters and counts on, as the store keeps them in columns.

Multi-valued facts are bit masks over the vocabularies below: bit i is set when the profile names
value i. The stored masks depend on the order, so these lists are append-only (a test checks that
they cover every key of callboard/data/fields.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

# name of the column -> its values, in bit order. Append only.
MASKS: dict[str, tuple[str, ...]] = {
    "channels": ("phone", "email", "chat", "messenger", "social_media", "in_person", "video", "sms", "letter"),
    "goals": (
        "information", "problem_resolution", "technical_support", "complaints", "sales", "retention", "surveys",
        "debt_collection", "order_processing", "appointment_setting", "incident_intake", "escalation",
        "documentation",
    ),
    "kpis": (
        "quality", "csat", "nps", "handling_time", "response_time", "first_contact_resolution", "sales_target",
        "volume",
    ),
    "contracts": (
        "employment_contract", "mandate_contract", "specific_task_contract", "b2b", "internship",
        "temporary_agency", "civil_law_contract", "self_employed", "fixed_term",
    ),
    "schedule": ("shifts", "nights", "weekends", "flexible", "operation_24_7", "fixed_hours"),
    "benefits": (
        "medical", "sport_card", "insurance", "meals", "transport", "discounts", "company_phone",
        "language_courses", "training_budget", "pension", "team_events", "office_perks", "parking",
        "remote_allowance", "holiday_funding", "relocation", "childcare", "extra_leave",
    ),
    "languages": (
        "pl", "en", "de", "ru", "uk", "fr", "es", "it", "cs", "sk", "nl", "sv", "no", "da", "fi", "hu", "pt", "ro",
        "tr", "ar", "zh", "ja", "ko", "lt", "lv", "et", "he", "el", "bg", "hr", "sr", "kk", "be", "uz", "hy", "ka",
        "az", "tg", "ky", "cy", "ga",
        "tt", "ba", "cv", "af", "xh", "zu", "hi", "ta", "tl", "vi", "th", "fa", "ur", "bn", "sl", "sq", "kn", "te",
        "pa", "gu", "sw", "ms",
    ),
}  # fmt: skip
# (the languages mask holds all 63 bits a signed 64-bit column gives: more languages need a second column)

# single-valued columns -> their values (for facet counts in a stable order; None = not stated)
ONE_OF: dict[str, tuple[str, ...]] = {
    "lang": ("pl", "ru", "en", "other"),
    "role": (),  # filled from the role taxonomy by the search index
    "level": ("entry", "specialist", "supervisory", "management"),
    "direction": ("inbound", "outbound", "both"),
    "mix": ("service_only", "mostly_service", "balanced", "mostly_sales", "sales_only"),
    "working_time": ("full_time", "part_time", "hourly"),
    "work_mode": ("onsite", "hybrid", "remote"),
    "education": ("none", "secondary", "higher", "student"),
    "experience": ("none", "under_1", "1_2", "3_plus"),
    "employer_type": ("direct", "agency", "outsourcing"),
    "pay_period": ("hour", "shift", "day", "week", "month", "year"),
    "pay_currency": (),  # open: whatever currencies occur
    "city": (),  # open
}

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")
# rough months: enough to sort and filter offers paid per hour, shift or month on one scale
PER_MONTH = {"hour": 168.0, "shift": 15.0, "day": 21.0, "week": 4.33, "month": 1.0, "year": 1 / 12}


def mask(values: Iterable[str], vocabulary: tuple[str, ...]) -> int:
    bits = 0
    for v in values:
        if v in vocabulary:
            bits |= 1 << vocabulary.index(v)
    return bits


def unmask(bits: int, vocabulary: tuple[str, ...]) -> list[str]:
    return [v for i, v in enumerate(vocabulary) if bits >> i & 1]


def experience_bucket(none_required: bool | None, min_years: float | None) -> str | None:
    if none_required:
        return "none"
    if min_years is None:
        return None
    if min_years < 1:
        return "under_1"
    return "1_2" if min_years < 3 else "3_plus"


# a feed's "location" that names a way of working rather than a place ("Praca zdalna", "Remote", "Удалённо")
NOT_A_PLACE = re.compile(r"zdaln|remote|anywhere|home.?office|удал[её]н|дистанц", re.IGNORECASE)


def city_of(feed_location: str | None, places: Iterable[str]) -> str | None:
    """The feed's location (its first part: "Kraków, małopolskie" -> "Kraków"), else the ad's first place."""
    if feed_location and feed_location.strip() and not NOT_A_PLACE.search(feed_location):
        return feed_location.split(",")[0].strip()[:120] or None
    return next(iter(places), None)


def columns(profile: Mapping[str, Any], *, feed_location: str | None, featured: bool) -> dict[str, Any]:
    """The facet columns of one offer, from its profile as a dict (Profile.to_dict())."""
    role = profile["role"]
    req = profile["requirements"]
    cond = profile["conditions"]
    sched = cond["schedule"]
    pay = cond["pay"] or {}
    exp = req["experience"]
    langs = [lr for lr in req["languages"] if lr["lang"] != profile["language"] or lr["level"]]
    period = pay.get("period")
    low = pay.get("min") if pay.get("min") is not None else pay.get("max")
    return {
        "lang": profile["language"],
        "role": role["id"],
        "level": role["level"],
        "in_category": bool(role["in_category"]),
        "direction": profile["direction"],
        "mix": profile["service_sales_mix"],
        "working_time": cond["working_time"],
        "work_mode": cond["work_mode"],
        "education": req["education"],
        "experience": experience_bucket(exp["none_required"], exp["min_years"]),
        "employer_type": profile["employer"]["type"],
        "employer_name": profile["employer"]["name"],
        "city": city_of(feed_location, cond.get("places") or ()),
        "pay_min": pay.get("min"),
        "pay_max": pay.get("max"),
        "pay_currency": pay.get("currency"),
        "pay_period": period,
        "pay_monthly": low * PER_MONTH[period] if low is not None and period in PER_MONTH else None,
        "transparency": int(profile["transparency"]["score"]),
        "risk": float(profile["risk"]["score"]),
        "featured": featured,
        "channels": mask(profile["channels"], MASKS["channels"]),
        "goals": mask(profile["goals"], MASKS["goals"]),
        "kpis": mask(profile["kpis"], MASKS["kpis"]),
        "contracts": mask(cond["contracts"], MASKS["contracts"]),
        "schedule": mask((k for k in MASKS["schedule"] if sched.get(k)), MASKS["schedule"]),
        "benefits": mask(cond["benefits"], MASKS["benefits"]),
        "languages": mask((lr["lang"] for lr in langs), MASKS["languages"]),
        "language_levels": " ".join(f"{lr['lang']}:{lr['level'] or '-'}" for lr in langs)[:200],
    }

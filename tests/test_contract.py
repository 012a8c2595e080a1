"""The profile's JSON contract (shared/design.md §6): every key other tools rely on is there, with its type."""

from __future__ import annotations

import json

from callboard import analyze

AD = (
    "Konsultant infolinii (k/m)\nNordkom sp. z o.o., NIP 526-025-02-74.\n"
    "Zakres obowiązków:\n- odbieranie połączeń przychodzących\n- rejestrowanie reklamacji w CRM\n"
    "Wymagania:\n- angielski B2\n- min. rok doświadczenia\n"
    "Oferujemy:\n- umowę o pracę, pełny etat, grafik 2/2 po 12 godzin\n- 5 000 – 6 500 zł brutto\n- płatne szkolenie\n"
)
CONTRACT = {
    "analyzer_version": str,
    "language": str,
    "role": dict,
    "channels": list,
    "direction": (str, type(None)),
    "goals": list,
    "service_sales_mix": (str, type(None)),
    "kpis": list,
    "requirements": dict,
    "conditions": dict,
    "employer": dict,
    "transparency": dict,
    "risk": dict,
    "evidence": dict,
}


def test_contract_keys_and_types() -> None:
    d = json.loads(json.dumps(analyze(AD).to_dict()))
    for key, typ in CONTRACT.items():
        assert isinstance(d[key], typ), key
    assert set(d["role"]) >= {"id", "isco08", "level", "in_category"}
    assert set(d["requirements"]) >= {"experience", "languages", "education", "soft_skills", "tools"}
    assert set(d["requirements"]["experience"]) >= {"none_required", "min_years"}
    assert set(d["requirements"]["languages"][0]) >= {"lang", "level", "mode", "required"}
    cond = d["conditions"]
    assert set(cond) >= {
        "contracts",
        "working_time",
        "schedule",
        "work_mode",
        "equipment",
        "training",
        "pay",
        "benefits",
    }
    assert set(cond["schedule"]) >= {"shifts", "nights", "weekends", "flexible", "pattern", "shift_hours"}
    assert set(cond["training"]) >= {"provided", "paid"}
    assert set(cond["pay"]) >= {"min", "max", "currency", "period", "gross", "variable"}
    assert set(d["employer"]) >= {"name", "type", "identifiers"}
    assert isinstance(d["transparency"]["score"], int)
    assert all(set(c) >= {"id", "passed", "reason"} for c in d["transparency"]["checks"])
    assert isinstance(d["risk"]["score"], float)
    assert all(set(f) >= {"id", "evidence"} for f in d["risk"]["flags"])


def test_evidence_spans_point_at_the_facts() -> None:
    p = analyze(AD)
    text = p.text
    quote = {k: [text[a:b] for a, b in spans] for k, spans in p.evidence.items()}
    assert "przychodzących" in " ".join(quote["direction.inbound"])
    assert "5 000 – 6 500 zł" in quote["conditions.pay"][0]
    assert quote["employer.identifiers.nip"][0].startswith("NIP")
    assert "2/2" in quote["conditions.schedule.pattern"][0]

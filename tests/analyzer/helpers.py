"""Short ads for the analyzer's tests: one duty under a contact job's title and duties header."""

from __future__ import annotations

from callboard import analyze

DUTY_HEADS = {
    "pl": "Konsultant obsługi klienta\n\nZakres obowiązków:\n- ",
    "ru": "Специалист поддержки\n\nОбязанности:\n- ",
    "en": "Customer Service Advisor\n\nYou will:\n- ",
}


def goals_of(lang: str, duty: str) -> tuple[str, ...]:
    """The goals of an ad whose one duty is `duty`."""
    return analyze(DUTY_HEADS[lang] + duty + "\n", lang=lang).goals

"""Language detection: script, function words, and for text with few of those the lexicons' own words."""

from __future__ import annotations

import pytest

from callboard.analyzer.detect import language_of
from callboard.analyzer.tokens import words_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Operator infolinii, praca zmianowa w biurze w Łodzi.", "pl"),
        ("Оператор колл-центра, график 2/2.", "ru"),
        ("We are hiring a customer support agent for our Leeds office.", "en"),
        # titles and noun lists without diacritics or function words
        ("Realizacja kampanii telefonicznych.", "pl"),
        ("Konsultant infolinii", "pl"),
        ("Obsluga klienta, infolinia, umowa zlecenie", "pl"),
        ("Call center agent, phones and e-mails, night shifts", "en"),
        ("Agente de atención al cliente, turnos de noche, teléfono y correo", "other"),
        ("", "other"),
    ],
)
def test_language_of(text: str, lang: str) -> None:
    assert language_of(words_of(text)) == lang

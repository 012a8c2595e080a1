"""Splitting an ad into words: offsets into the text, and which gaps keep a phrase together."""

from __future__ import annotations

import pytest

from callboard.analyzer.tokens import words_of


@pytest.mark.parametrize(
    ("text", "words", "soft"),
    [
        ("Konsultant/ka infolinii", ("konsultant", "infolinii"), (True, False)),
        ("Konsultant(ka) infolinii (k/m)", ("konsultant", "infolinii", "k", "m"), (True, False, True, False)),
        ("Doradca/czyni klienta", ("doradca", "klienta"), (True, False)),
        ("Konsultant/ka, praca zdalna", ("konsultant", "praca", "zdalna"), (False, True, False)),
        ("Konsultant/ka", ("konsultant",), (False,)),
        ("A/B testy", ("a", "b", "testy"), (True, True, False)),  # too short a word to carry an ending
        ("401(k) match", ("401", "k", "match"), (True, False, False)),
    ],
)
def test_feminine_endings_are_no_words(text: str, words: tuple[str, ...], soft: tuple[bool, ...]) -> None:
    toks = words_of(text)
    assert (toks.lowers, toks.soft_next) == (words, soft)
    assert all(text[a:b].lower() == w for a, b, w in zip(toks.starts, toks.ends, toks.lowers, strict=True))


@pytest.mark.parametrize(
    ("text", "soft"),
    [
        ("No sales calls. Customers ring us", (True, True, False, True, True, False)),  # a sentence ends
        ("Specjalista ds. Sprzedaży", (True, True, False)),  # an abbreviation does not
        ("ul. Długa 5", (True, True, False)),
        ("5 tys. zł", (True, True, False)),
    ],
)
def test_a_full_stop_before_a_capital_ends_a_phrase(text: str, soft: tuple[bool, ...]) -> None:
    assert words_of(text).soft_next == soft

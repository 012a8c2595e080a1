"""What the extractors share (callboard.analyzer.context): sentences and sections of the text."""

from __future__ import annotations

import pytest

from callboard.analyzer.context import sentence_bounds


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Sprzedaż usług (np. TV, drugi numer) to ok. 30% pracy. Reszta to obsługa.", "30% pracy"),
        ("Handle account changes, e.g. new addresses, and refunds. Then log the call.", "refunds"),
    ],
)
def test_a_shortened_word_ends_no_sentence(text: str, inside: str) -> None:
    lo, hi = sentence_bounds(text, (0, 4))
    assert inside in text[lo:hi]
    assert "Reszta" not in text[lo:hi] and "Then" not in text[lo:hi]

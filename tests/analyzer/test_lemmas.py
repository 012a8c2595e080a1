"""The lemma tables are generated from the lexicons: a stale table is a failing test, not a silent miss."""

from __future__ import annotations

import pytest

from callboard.analyzer.lexicon import lexicon_words
from callboard.analyzer.tokens import lemma_table, tokenize


@pytest.mark.parametrize("lang", ["pl", "ru", "en"])
def test_every_lexicon_word_is_in_the_lemma_table(lang: str) -> None:
    table = lemma_table(lang)
    missing = sorted(w for w in lexicon_words(lang) if w.isalpha() and w not in table)
    assert missing == [], f"stale lemma table for {lang}: run `make lemmas` ({missing[:10]}...)"


@pytest.mark.parametrize(
    ("lang", "form_a", "form_b"),
    [
        ("pl", "połączeniami przychodzącymi", "połączenia przychodzące"),
        ("pl", "sprzedaży", "sprzedaż"),
        ("pl", "konsultantki", "konsultantka"),
        ("ru", "операторы входящих звонков", "оператор входящий звонок"),
        ("en", "answering calls", "answer call"),
        # a lemmatizer's error corrected in callboard/data/lemma_overrides.yaml ("działu" is no cannon)
        ("pl", "do działu reklamacji", "do dział reklamacja"),
        ("ru", "работа с входящими заявками", "работа с входящие заявки"),
        ("pl", "biegła znajomość, praca zmianowa, linia wychodząca", "biegły znajomość, praca zmianowy, linia "
         "wychodzący"),
        ("ru", "по входящему звонку", "по входящий звонок"),
        ("ru", "ведущего специалиста о предстоящем платеже", "ведущий специалист о предстоящий платеж"),
        # a lexicon's verbal noun read as its verb: its other cases share that lemma ("przypominaniem o ratach")
        ("pl", "przypominaniem o ratach", "przypominanie o ratach"),
        ("pl", "anulowania rezerwacji", "anulowanie rezerwacji"),
        # forms the dictionary lacks, guessed from the target's ending and read back by simplemma's rules
        ("pl", "doświadczenie w telesprzedaży", "doświadczenie w telesprzedaż"),
    ],
)
def test_inflected_forms_share_a_lemma(lang: str, form_a: str, form_b: str) -> None:
    assert tokenize(form_a, lang).lemmas == tokenize(form_b, lang).lemmas

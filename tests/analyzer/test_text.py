"""The text the analyzer reads (callboard.analyzer.text.prepare): HTML, blanks, and items glued together."""

from __future__ import annotations

import pytest

from callboard import analyze
from callboard.analyzer.text import prepare


def test_html_becomes_one_line_per_block_with_entities_decoded() -> None:
    html = "<h2>Oferta</h2><ul><li>Umowa o pracę</li><li>Karta sportowa &amp; opieka medyczna</li></ul>"
    assert prepare(html) == "Oferta\n\n• Umowa o pracę\n• Karta sportowa & opieka medyczna"


def test_table_cells_stay_apart() -> None:
    html = "<table><tr><th>Umowa</th><td>umowa o pracę</td></tr><tr><th>Wymiar</th><td>pełny etat</td></tr></table>"
    assert prepare(html) == "Umowa umowa o pracę\nWymiar pełny etat"


def test_blanks_are_tidied() -> None:
    messy = "Konsultant\xa0 infolinii  \n  pełny etat\n\n\n\nzdalnie"
    assert prepare(messy) == "Konsultant infolinii\npełny etat\n\nzdalnie"


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("График 5/2Зарплата по итогам собеседования", "График 5/2\nЗарплата по итогам собеседования"),
        ("оклад 60 000 рублейПремии раз в квартал", "оклад 60 000 рублей\nПремии раз в квартал"),
        ("с 9:00 до 18:00Питание за счёт компании", "с 9:00 до 18:00\nПитание за счёт компании"),
        ("good listening skillsStrong written English", "good listening skills\nStrong written English"),
        ("pełny etat od poniedziałku do piątku5Wynagrodzenie", "pełny etat od poniedziałku do piątku5\nWynagrodzenie"),
    ],
)
def test_list_items_glued_by_a_board_are_split(glued: str, expected: str) -> None:
    assert prepare(glued) == expected


@pytest.mark.parametrize(
    "name", ["PowerPoint", "WhatsApp", "LinkedIn", "iPhone", "eBay", "СберБанк", "МегаФон", "JavaScript", "B2B"]
)
def test_camel_case_names_stay_whole(name: str) -> None:
    assert prepare(f"Znajomość {name} mile widziana") == f"Znajomość {name} mile widziana"


def test_a_glued_schedule_is_read_and_its_evidence_points_into_the_text() -> None:
    profile = analyze("Оператор колл-центра. График 5/2Заработная плата от 45 000 руб. на руки")
    assert profile.conditions.schedule.pattern == "5/2"
    pay = profile.conditions.pay
    assert pay is not None and pay.min == 45000 and pay.gross is False
    for start, end in profile.evidence["conditions.schedule.pattern"]:
        assert "5/2" in profile.text[start:end]


def test_a_list_item_that_starts_like_a_header_is_a_duty() -> None:
    # "oferowanie" shares its lemma with the header "Oferujemy"; as a list item it is a duty
    ad = "Obowiązki:\n- oferowanie produktów banku,\n- obsługa klientów"
    assert "sales" in analyze(ad, title="Konsultant", lang="pl").goals


def test_a_bracket_glued_inside_a_term_keeps_its_words_together() -> None:
    p = analyze(
        "Customer Service Representative\n\nYou will answer customer calls.\n\nBenefits: 401(k) with a match.",
        lang="en",
    )
    assert "pension" in p.conditions.benefits

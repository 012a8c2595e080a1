"""Risk flags: what a scam asks of the applicant, not the customers' money the job handles."""

from __future__ import annotations

import pytest

from callboard import analyze


def test_scam_words_flag_an_ad() -> None:
    p = analyze("Work from home! Pay a small registration fee and send your bank details to start today.", lang="en")
    flags = {f.id for f in p.risk.flags}
    assert {"upfront_fee", "bank_data"} <= flags


def test_the_customers_deposits_and_pinning_down_a_fault_are_no_scam() -> None:
    ad = (
        "Member Service Representative at Ridgeway Credit Union\n\n"
        "- Answer member calls about balances, transfers and holds on deposits\n"
        "- Ask a few questions to pin down what has gone wrong and open a service request\n"
    )
    flags = {f.id for f in analyze(ad, lang="en").risk.flags}
    assert not flags & {"upfront_fee", "bank_data"}


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        ("Reservations agent\n\nYou will:\n- take deposits and balance payments over the phone\n- explain deposits "
         "and fuel policy\n", "en"),
        ("Pet insurance care advisor\n\n- update addresses and bank details on policies\n- fix failed card payments "
         "and update card details\n", "en"),
        ("Konsultant wypożyczalni aut\n\nZadania:\n- odpowiadasz na pytania o kaucję i ubezpieczenie,\n- rozliczasz "
         "kaucje po zwrocie auta i oddajesz je klientom na konto,\n- sprawdzasz płatności BLIK, które nie przeszły.\n",
         "pl"),
        # "podajesz" is the agent telling customers the deposit, no demand on the applicant (round s52)
        ("Rezerwacje aut\n\nObowiązki:\n- odbierasz telefony od osób, które chcą wynająć auto: podajesz ceny, "
         "dostępność i wysokość kaucji.\n", "pl"),
    ],
)
def test_the_customers_cards_and_deposits_in_the_duties_are_no_scam(ad: str, lang: str) -> None:
    flags = {f.id for f in analyze(ad, lang=lang).risk.flags}
    assert not flags & {"upfront_fee", "bank_data", "id_request"}


@pytest.mark.parametrize(
    ("ad", "lang", "flag"),
    [
        ("Operator czatu\n\nNapisz na Telegramie i podaj imię, PESEL i numer konta do wypłat.\n", "pl", "bank_data"),
        ("Chat agent\n\nTo get verified, send a photo of your ID card to our recruiter.\n", "en", "id_request"),
        ("Konsultant\n\nAby rozpocząć, wpłać kaucję 200 zł za dostęp do platformy.\n", "pl", "upfront_fee"),
    ],
)
def test_a_card_an_id_or_a_deposit_asked_of_the_applicant_is_flagged(ad: str, lang: str, flag: str) -> None:
    assert flag in {f.id for f in analyze(ad, lang=lang).risk.flags}

"""Risk flags: what a scam asks of the applicant, not the customers' money the job handles."""

from __future__ import annotations

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

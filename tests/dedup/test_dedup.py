"""Duplicate detection: the decision on invented ad pairs, the pair corpus quality gate, and the store's grouping.

The quality gate fails when a split's precision or recall falls below its floor in floors.json; raise
the floors with `callboard eval-dedup tests/dedup/dev.jsonl --floors tests/dedup/floors.json --update-floors`
(the same for heldout.jsonl). Floors are never lowered.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from callboard import dedup
from callboard.dedup_eval import below_floors, evaluate, scores
from callboard.importer import import_records, prepare
from callboard.ingest.record import RawAd
from callboard.store.offers import PreparedOffer

HERE = Path(__file__).parent
FLOORS = HERE / "floors.json"

AD = """Konsultant / Konsultantka infolinii (k/m)

Wodociągi Rzeczne Opolskie sp. z o.o. szukają osób do biura obsługi klienta w Opolu.

Zadania:
- odbieranie telefonów od mieszkańców w sprawie rachunków za wodę i odczytów wodomierzy,
- przyjmowanie zgłoszeń awarii i przekazywanie ich do pogotowia wodociągowego,
- odpowiadanie na e-maile klientów,
- prowadzenie notatek w systemie obsługi klienta.

Wymagania:
- wykształcenie średnie,
- uprzejmość i cierpliwość,
- dobra znajomość obsługi komputera.

Oferujemy:
- umowę o pracę na pełen etat,
- 5 400 zł brutto miesięcznie,
- pracę od poniedziałku do piątku 7:00–15:00,
- dofinansowanie do karty sportowej i opiekę medyczną.

Biuro: ul. Kośnego 30 w Opolu. CV: rekrutacja@wodociagi-rzeczne.pl. Nr ref. WRO/17"""


def offer(body: str, *, employer: str | None = None, source: str = "board") -> PreparedOffer:
    item = prepare(RawAd(source=source, kind="text", origin="test", raw=body.encode(), body=body, employer=employer))
    assert isinstance(item, PreparedOffer)
    return item


def same(a: PreparedOffer, b: PreparedOffer) -> bool:
    """The store's decision: a shared LSH band, then same_offer."""
    return dedup.candidates(a.signature, b.signature) and dedup.same_offer(a.signature, a.facets, b.signature, b.facets)


def test_a_repost_with_a_new_reference_is_the_same_offer() -> None:
    again = AD.replace("Nr ref. WRO/17", "Nr ref. WRO/29") + "\n\nOgłoszenie nr 5512093, dodane 14.03.2025"
    assert same(offer(AD), offer(again))


def test_html_copy_from_another_source_is_the_same_offer() -> None:
    paras = AD.split("\n\n")
    as_html = "".join(
        "<ul>" + "".join(f"<li>{line[2:]}</li>" for line in p.split("\n") if line.startswith("- ")) + "</ul>"
        if "\n- " in p
        else f"<p>{p}</p>"
        for p in paras
    )
    assert same(offer(AD), offer(as_html, employer="Wodociągi Rzeczne Opolskie sp. z o.o.", source="other"))


def test_small_edits_keep_the_same_offer() -> None:
    edited = AD.replace("5 400 zł", "5 600 zł").replace("obsługi komputera", "obsługi komptera")
    assert same(offer(AD), offer(edited.replace("- dofinansowanie", "- bony świąteczne,\n- dofinansowanie")))


def test_the_same_ad_for_another_city_is_the_same_offer() -> None:
    other = AD.replace("w Opolu", "w Nysie").replace("ul. Kośnego 30", "ul. Bramy Grodkowskiej 4")
    assert same(offer(AD), offer(other))


def test_a_copy_cut_short_by_a_source_is_the_same_offer() -> None:
    cut = AD[: AD.index("Oferujemy:")].rstrip() + "\n… Czytaj więcej"
    assert same(offer(AD), offer(cut))


def test_other_pay_is_another_offer() -> None:
    assert not same(offer(AD), offer(AD.replace("5 400 zł", "7 200 zł")))


def test_part_time_is_another_offer() -> None:
    part = AD.replace("na pełen etat", "na pół etatu").replace("7:00–15:00", "7:00–11:00")
    assert not same(offer(AD), offer(part))


def test_remote_work_is_another_offer() -> None:
    remote = AD.replace("Biuro: ul. Kośnego 30 w Opolu.", "Praca w pełni zdalna, sprzęt zapewniamy.")
    assert not same(offer(AD), offer(remote))


def test_another_required_language_is_another_offer() -> None:
    german = AD.replace("- wykształcenie średnie,", "- wykształcenie średnie,\n- język niemiecki na poziomie B2,")
    english = AD.replace("- wykształcenie średnie,", "- wykształcenie średnie,\n- język angielski na poziomie B2,")
    assert not same(offer(german), offer(english))


def test_another_employer_with_copied_text_is_another_offer() -> None:
    copied = AD.replace("Wodociągi Rzeczne Opolskie sp. z o.o. szukają", "Opolska Energia S.A. szuka")
    a = offer(AD, employer="Wodociągi Rzeczne Opolskie sp. z o.o.")
    assert not same(a, offer(copied, employer="Opolska Energia S.A."))


def test_employer_names_match_without_legal_form_and_quotes() -> None:
    assert not dedup._names_differ("АО «Светоч Энерго»", "Светоч Энерго")
    assert not dedup._names_differ("Kamea Dom sp. z o.o.", "KAMEA DOM")
    assert dedup._names_differ("Kamea Dom sp. z o.o.", "Drewnolia sp. z o.o.")


def test_a_short_ad_of_another_employer_is_another_offer() -> None:
    a = "Konsultant call center, Opole. Umowa zlecenie, 29 zł/h brutto. Połączenia przychodzące. Tel. 77 400 12 12."
    b = "Konsultant call center, Opole. Umowa zlecenie, 27 zł/h brutto. Sprzedaż telefoniczna. Tel. 77 455 90 01."
    assert not same(offer(a), offer(b))


# -- the pair corpus ---------------------------------------------------------------------------------


def test_the_pair_files_are_up_to_date() -> None:
    run = subprocess.run([sys.executable, str(HERE / "make_pairs.py"), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_no_split_below_its_floor(split: str) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[split]
    assert set(floors) == {"precision", "recall"}
    results = evaluate(HERE / f"{split}.jsonl")
    assert len(results) >= 140
    assert below_floors(results, floors) == [], scores(results)


# -- the store groups duplicates ---------------------------------------------------------------------


def test_the_store_groups_duplicates_under_one_canonical_offer(db_url: str) -> None:
    import sqlalchemy as sa

    from callboard.store.db import open_engine
    from callboard.store.schema import offers

    def record(ext: str, body: str, source: str = "boardA") -> RawAd:
        return RawAd(source=source, kind="text", origin=ext, raw=body.encode(), body=body, external_id=ext)

    records = [
        record("1", AD),
        record("2", AD.replace("Nr ref. WRO/17", "Nr ref. WRO/29")),  # reposted
        record("x-9", AD.replace("w Opolu", "w Nysie"), source="boardB"),  # another source, another city
        record("3", AD.replace("5 400 zł", "7 200 zł")),  # other pay: another offer
    ]
    engine = open_engine(db_url)
    try:
        summary = import_records(engine, records)
        with engine.connect() as conn:
            rows = conn.execute(sa.select(offers.c.external_id, offers.c.id, offers.c.canonical_id)).all()
    finally:
        engine.dispose()
    canonical = {ext: canon for ext, _, canon in rows}
    ids = {ext: i for ext, i, _ in rows}
    assert canonical["1"] == ids["1"]
    assert canonical["2"] == canonical["x-9"] == ids["1"]
    assert canonical["3"] == ids["3"]
    assert summary.counts["duplicate"] == 2 and summary.counts["new"] == 2

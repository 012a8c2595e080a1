"""A small board for the search tests: invented ads in three languages, imported into each database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from callboard.importer import import_records
from callboard.ingest.record import RawAd
from callboard.store.db import open_engine

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

# id -> (title, description, days before NOW it was posted)
ADS = {
    "pl-chat": (
        "Konsultantka / Konsultant czatu (k/m)",
        "Dla sklepu internetowego Zielony Koszyk szukamy osoby do obsługi klientów na czacie i przez e-mail. "
        "Praca zdalna z całej Polski. Bez sprzedaży. Umowa zlecenie, 32 zł/h brutto. Wymagany angielski B2.",
        1,
    ),
    "pl-infolinia": (
        "Operator infolinii (k/m)",
        "Operatorzy infolinii firmy Jasnoprąd odbierają połączenia przychodzące od klientów. Praca w biurze w "
        "Łodzi, grafik zmianowy, także nocne zmiany. Umowa o pracę, 5 500 – 6 500 zł brutto miesięcznie.",
        3,
    ),
    "pl-sprzedaz": (
        "Telemarketer (k/m)",
        "Sprzedaż telefoniczna pakietów ubezpieczeń, połączenia wychodzące. Praca stacjonarna w Krakowie, pełny "
        "etat, 4 800 zł brutto + premia od sprzedaży.",
        20,
    ),
    "ru-operator": (
        "Оператор колл-центра",
        "Компания «Северный Ветер» приглашает операторов на входящую линию. Консультирование клиентов по "
        "телефону, без продаж. График 2/2 по 12 часов, офис в Казани. Оформление по ТК РФ, от 45 000 до "
        "55 000 руб. на руки.",
        5,
    ),
    "ru-chat": (
        "Специалист чата поддержки",
        "Удалённая работа: отвечаем клиентам в чате и мессенджерах. Гибкий график. Самозанятость, 300 руб. в час.",
        40,
    ),
    "en-support": (
        "Customer support agent",
        "Brightwater Utilities is hiring support agents to answer inbound calls and emails. Hybrid: 3 days a week "
        "in our Leeds office. Permanent, full-time, £24,000 a year. German at C1 level is required.",
        2,
    ),
}


def raw_ad(key: str, *, source: str = "test", featured: bool = False, days: int | None = None) -> RawAd:
    title, body, age = ADS[key]
    raw = f"{key}\n{title}\n{body}".encode()
    return RawAd(
        source=source, kind="jsonl", origin=f"test:{key}", raw=raw, body=body, external_id=key, title=title,
        posted_at=NOW - timedelta(days=age if days is None else days),
        structured={"featured": True} if featured else {},
    )  # fmt: skip


def board_records() -> list[RawAd]:
    records = [raw_ad(k, featured=k == "en-support") for k in ADS]
    # the infolinia ad again from another board: a duplicate, shown once
    records.append(replace(raw_ad("pl-infolinia", source="other-board"), origin="other:1"))
    return records


@pytest.fixture
def board(db_url: str) -> sa.Engine:
    engine = open_engine(db_url)
    summary = import_records(engine, board_records())
    assert summary.counts["new"] == len(ADS) and summary.counts["duplicate"] == 1
    return engine

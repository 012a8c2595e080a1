"""hh.ru vacancies: a single vacancy, a search result with snippet-only items, an array."""

from __future__ import annotations

from datetime import UTC, datetime

from callboard.ingest.record import RawAd, Unreadable
from tests.ingest.helpers import FIXTURES, read


def test_a_single_vacancy_keeps_hh_fields_unchanged() -> None:
    path = FIXTURES / "hh_vacancy.json"
    [ad] = read(path)
    assert isinstance(ad, RawAd)
    assert (ad.source, ad.kind, ad.origin) == ("hh.ru", "hh", f"{path}#1")
    assert ad.external_id == "90000001"
    assert ad.title == "Специалист контакт-центра (чат и почта)"
    assert ad.body.startswith("<p>Отвечаете клиентам")
    assert ad.employer == "ООО «Пример Сервис»"
    assert ad.location == "Москва"
    assert ad.url == "https://hh.example.ru/vacancy/90000001"
    assert ad.posted_at == datetime(2024, 3, 1, 9, 0, tzinfo=UTC)  # "+0300" parses
    assert ad.posted_at.utcoffset() is not None
    s = ad.structured
    assert s["salary"] == {"from": 60000, "to": 75000, "currency": "RUR", "gross": False}
    assert s["schedule"] == {"id": "remote", "name": "Удаленная работа"}
    assert s["employment"] == {"id": "full", "name": "Полная занятость"}
    assert s["experience"] == {"id": "noExperience", "name": "Нет опыта"}
    assert s["key_skills"] == [{"name": "Грамотная речь"}, {"name": "Работа с CRM"}]
    assert s["area"] == {"id": "1", "name": "Москва"}
    assert s["professional_roles"] == [{"id": "40", "name": "Специалист по работе с клиентами"}]
    assert "snippet" not in s


def test_search_items_with_only_a_snippet() -> None:
    path = FIXTURES / "hh_search.json"
    first, empty, third = read(path)
    assert isinstance(first, RawAd)
    assert first.body == (
        "Грамотная речь, уверенный пользователь ПК.\n\nПриём входящих звонков, консультирование клиентов по услугам."
    )
    assert first.structured["snippet"]["requirement"] == "Грамотная речь, уверенный пользователь ПК."
    assert first.structured["salary"] is None  # null kept: the ad names no salary
    assert first.structured["schedule"]["id"] == "shift"
    assert first.structured["experience"]["id"] == "between1And3"
    assert isinstance(empty, Unreadable)
    assert empty.origin == f"{path}#2"
    assert empty.reason == "the hh.ru vacancy has no description and no snippet"
    assert isinstance(third, RawAd)
    assert third.external_id == "90000004"  # an integer id becomes text
    assert third.body == "Скорость печати от 200 знаков в минуту."
    assert third.posted_at is None and third.structured["posted_at_raw"] == "не дата"


def test_an_array_of_vacancies() -> None:
    first, second = read(FIXTURES / "hh_array.json")
    assert isinstance(first, RawAd) and isinstance(second, RawAd)
    assert first.kind == second.kind == "hh"
    assert first.structured == {"salary": None, "key_skills": [], "area": {"name": "Новосибирск"}}
    assert first.posted_at == datetime(2024, 2, 28, 1, 0, tzinfo=UTC)
    assert second.body == "Опыт работы в чатах приветствуется.\n\nПереписка с клиентами."
    assert second.employer is None and second.location == "Казань"


def test_a_given_source_wins() -> None:
    [ad] = read(FIXTURES / "hh_vacancy.json", source="hh-export-march")
    assert ad.source == "hh-export-march"

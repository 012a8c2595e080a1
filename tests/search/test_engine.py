"""Search on both databases: text on lemmas, phrases and exclusions, filters, facet counts, sorting."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
import sqlalchemy as sa

from callboard.errors import InputError
from callboard.importer import import_records, reanalyze
from callboard.ingest.record import RawAd
from callboard.search.engine import Searcher, SearchQuery, SearchResult
from tests.search.conftest import NOW, raw_ad


def search(engine: sa.Engine, **kw: Any) -> SearchResult:
    kw.setdefault("now", NOW.timestamp())
    return Searcher(engine).search(SearchQuery(**kw))


def titles(result: SearchResult) -> set[str | None]:
    return {h.title for h in result.hits}


def test_inflected_forms_meet_on_their_lemma(board: sa.Engine) -> None:
    # the ads say "Operatorzy infolinii", "operatorów", "Konsultantka": other forms find them
    assert titles(search(board, text="operator infolinia")) == {"Operator infolinii (k/m)"}
    assert titles(search(board, text="konsultantki")) == {"Konsultantka / Konsultant czatu (k/m)"}
    assert titles(search(board, text="операторы")) == {"Оператор колл-центра"}
    assert titles(search(board, text="agent")) == {"Customer support agent"}


def test_quoted_phrase_needs_the_words_in_order(board: sa.Engine) -> None:
    assert titles(search(board, text='"połączenia przychodzące"')) == {"Operator infolinii (k/m)"}
    assert search(board, text='"przychodzące połączenia"').total == 0


def test_minus_excludes_a_word(board: sa.Engine) -> None:
    with_sales = titles(search(board, text="sprzedaż"))
    assert "Telemarketer (k/m)" in with_sales
    # "-etat" drops the telemarketer ad (it says "pełny etat"), the chat ad ("Bez sprzedaży") stays
    assert titles(search(board, text="sprzedaż -etat")) == with_sales - {"Telemarketer (k/m)"}
    # a query of exclusions only: everything but the excluded
    assert search(board, text="-sprzedaż").total == 6 - len(with_sales)


def test_duplicates_are_shown_once_with_their_count(board: sa.Engine) -> None:
    result = search(board, text="infolinia")
    assert result.total == 1
    assert result.hits[0].duplicates == 1
    assert search(board).total == 6


def test_filters_combine_and_counts_ignore_their_own_facet(board: sa.Engine) -> None:
    remote = search(board, filters={"work_mode": ["remote"]})
    assert titles(remote) == {"Konsultantka / Konsultant czatu (k/m)", "Специалист чата поддержки"}
    # the work_mode facet still counts the other modes (what choosing them would give) ...
    assert remote.facets["work_mode"] == {"remote": 2, "onsite": 3, "hybrid": 1}
    # ... while the other facets count only the remote offers
    assert remote.facets["lang"] == {"pl": 1, "ru": 1}
    both = search(board, filters={"work_mode": ["remote", "hybrid"], "channels": ["email"]})
    assert titles(both) == {"Konsultantka / Konsultant czatu (k/m)", "Customer support agent"}


def test_excluding_a_value(board: sa.Engine) -> None:
    no_nights = search(board, filters={"schedule": ["!nights"]})
    assert "Operator infolinii (k/m)" not in titles(no_nights)
    assert no_nights.total == 5


def test_language_filter_with_the_candidates_level(board: sa.Engine) -> None:
    # a candidate with German C1 qualifies for an ad asking C1; with B2 not
    assert titles(search(board, filters={"languages": ["de:C1"]})) == {"Customer support agent"}
    assert search(board, filters={"languages": ["de:B2"]}).total == 0
    assert titles(search(board, filters={"languages": ["en"]})) == {"Konsultantka / Konsultant czatu (k/m)"}


def test_text_and_filters_together(board: sa.Engine) -> None:
    result = search(board, text="klient", filters={"lang": ["pl"], "contracts": ["employment_contract"]})
    assert titles(result) == {"Operator infolinii (k/m)"}


def test_pay_floor_converts_periods_and_sorting_by_pay(board: sa.Engine) -> None:
    # 32 zł an hour is about 5,400 a month: it passes a floor of 5,000 PLN a month, the 4,800 offer does not;
    # by pay, 5,500-6,500 a month comes first
    pln = search(board, pay_min=5000, pay_currency="PLN", sort="pay")
    assert [h.title for h in pln.hits] == ["Operator infolinii (k/m)", "Konsultantka / Konsultant czatu (k/m)"]
    assert search(board, pay_min=6000, pay_currency="pln").total == 1  # the range's top counts
    # a ceiling keeps offers whose range starts at or under it: 4,800 and 32/h (about 5,400), not 5,500-6,500
    capped = search(board, pay_max=5450, pay_currency="PLN")
    assert titles(capped) == {"Telemarketer (k/m)", "Konsultantka / Konsultant czatu (k/m)"}
    # per hour (168 hours a month): 30 an hour is 5,040 a month, which 32/h and 6,500 a month reach, 4,800 not
    assert titles(search(board, pay_min=30, pay_period="hour", pay_currency="PLN")) == {
        "Konsultantka / Konsultant czatu (k/m)", "Operator infolinii (k/m)",
    }  # fmt: skip


def test_city_filter(board: sa.Engine) -> None:
    assert titles(search(board, filters={"city": ["Łódź", "Kraków"]})) == {
        "Operator infolinii (k/m)", "Telemarketer (k/m)",
    }  # fmt: skip
    assert search(board).facets["city"] == {"Łódź": 1, "Kraków": 1, "Казань": 1, "Leeds": 1}


def test_posted_within_days_featured_and_date_order(board: sa.Engine) -> None:
    recent = search(board, posted_within_days=3)
    assert [h.title for h in recent.hits] == [
        "Konsultantka / Konsultant czatu (k/m)", "Customer support agent", "Operator infolinii (k/m)",
    ]  # fmt: skip
    assert search(board).facets["posted_within_days"] == {"1": 1, "7": 4, "30": 5}
    featured = search(board, featured=True)
    assert titles(featured) == {"Customer support agent"}


def test_sort_by_transparency_is_descending(board: sa.Engine) -> None:
    scores = [h.transparency for h in search(board, sort="transparency").hits]
    assert scores == sorted(scores, reverse=True)


def test_paging(board: sa.Engine) -> None:
    first = search(board, per_page=4)
    second = search(board, per_page=4, page=2)
    assert len(first.hits) == 4 and len(second.hits) == 2
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


def test_a_new_import_is_seen_by_a_running_searcher(board: sa.Engine) -> None:
    searcher = Searcher(board)
    assert searcher.search(SearchQuery(text="windykacja")).total == 0
    import_records(board, [raw_ad("en-support", source="elsewhere", days=0)])  # a repost: no new offer
    assert searcher.search(SearchQuery()).total == 6
    body = ("Windykacja polubowna: telefoniczne przypominanie klientom o zaległych płatnościach. Praca w Opolu, "
            "umowa o pracę.")
    fresh = RawAd(source="test", kind="jsonl", origin="test:new", raw=body.encode(), body=body,
                  external_id="pl-windykacja", title="Specjalista ds. windykacji (k/m)")
    import_records(board, [fresh])
    assert titles(searcher.search(SearchQuery(text="windykacja"))) == {"Specjalista ds. windykacji (k/m)"}
    assert searcher.search(SearchQuery()).total == 7


def test_an_updated_ad_is_found_by_its_new_words_only(board: sa.Engine) -> None:
    chat = raw_ad("pl-chat")
    assert titles(search(board, text="koszyk")) == {chat.title}  # "Zielony Koszyk"
    body = "Windykacja polubowna dla sklepu internetowego: telefoniczne przypominanie o płatnościach."
    import_records(board, [replace(chat, raw=body.encode(), body=body)])
    assert search(board, text="koszyk").total == 0
    assert titles(search(board, text="windykacja")) == {chat.title}
    reanalyze(board, force=True)  # its full text written again, once
    assert [h.title for h in search(board, text="windykacja").hits] == [chat.title]
    assert search(board, text="koszyk").total == 0


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"filters": {"colour": ["red"]}}, "unknown filter 'colour'"),
        ({"sort": "salary"}, "unknown sort"),
        ({"pay_period": "fortnight"}, "unknown pay period"),
        ({"page": 0}, "page must be"),
    ],
)
def test_bad_queries_get_a_clear_error(board: sa.Engine, kw: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError, match=message):
        search(board, **kw)


def test_odd_query_text_never_breaks_the_database_query(board: sa.Engine) -> None:
    for text in ['"', '""', "-", "- -", "AND OR NOT", "NEAR(a b)", "'; DROP TABLE offers; --", "a:b*", "(((", "\\"]:
        search(board, text=text)
    assert search(board).total == 6


def test_a_hit_opens_as_the_stored_offer_with_its_reposts(board: sa.Engine) -> None:
    from callboard.store.lookup import get_offer

    [hit] = search(board, text="infolinia").hits
    with board.connect() as conn:
        offer = get_offer(conn, hit.id)
        assert offer is not None
        assert offer.canonical_id == hit.id and len(offer.group) == 2 and offer.group[0] == hit.id
        repost = get_offer(conn, offer.group[1])
        assert get_offer(conn, 10_000) is None
    assert repost is not None and repost.source == "other-board" and repost.canonical_id == hit.id
    assert offer.profile["conditions"]["pay"]["min"] == 5500 and offer.history == ()

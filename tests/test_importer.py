"""Import on both databases: every record accounted for, idempotent, history of changes, quarantine,
reanalysis, and an import killed with SIGKILL that ends, run again, with every record stored once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from callboard.analyzer import ANALYZER_VERSION
from callboard.evaluation import load_corpus
from callboard.importer import import_paths, import_records, reanalyze, retry_quarantined
from callboard.ingest.readers import read_path
from callboard.ingest.record import RawAd, Unreadable
from callboard.store.db import open_engine
from callboard.store.offers import OfferWriter
from callboard.store.schema import offer_history, offers, quarantine

FIXTURES = Path(__file__).parent / "ingest" / "fixtures"
CORPUS = Path(__file__).parent / "corpus"


def count(engine: sa.Engine, table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one())


def test_a_folder_of_mixed_files_every_record_accounted_for(db_url: str) -> None:
    engine = open_engine(db_url)
    records = list(read_path(FIXTURES))
    readable = [r for r in records if isinstance(r, RawAd)]
    first = import_paths(engine, [FIXTURES])
    assert first.total == len(records)  # nothing silently dropped
    assert first.counts["quarantined"] == len(records) - len(readable) > 0
    assert first.counts["new"] + first.counts["duplicate"] == len(readable)
    assert count(engine, offers) == len(readable)
    assert count(engine, quarantine) == first.counts["quarantined"]
    # the same files again: nothing changes
    again = import_paths(engine, [FIXTURES])
    assert again.as_dict() == {**dict.fromkeys(again.as_dict(), 0), "unchanged": len(readable),
                               "quarantined": first.counts["quarantined"]}  # fmt: skip
    assert count(engine, offers) == len(readable)
    assert count(engine, quarantine) == first.counts["quarantined"]  # the same bad records, not new entries
    assert count(engine, offer_history) == 0


def test_the_source_structured_fields_are_kept_beside_the_profile(db_url: str) -> None:
    engine = open_engine(db_url)
    import_paths(engine, [FIXTURES / "hh_vacancy.json"])
    with engine.connect() as conn:
        row = conn.execute(sa.select(offers)).mappings().one()
    assert row["structured"]["schedule"] == {"id": "remote", "name": "Удаленная работа"}
    assert row["structured"]["salary"]["from"] == 60000
    assert json.loads(bytes(row["raw"]))["id"] == "90000001"  # the record's own bytes, unchanged
    assert row["profile"]["language"] == "ru"
    assert row["analyzer_version"] == ANALYZER_VERSION
    assert row["lang"] == "ru" and row["source"] == "hh.ru"


def _ad(body: str, *, key: str = "a-1", source: str = "board") -> RawAd:
    return RawAd(source=source, kind="jsonl", origin=f"{source}:{key}", raw=f"{key}|{body}".encode(), body=body,
                 external_id=key, title="Konsultant infolinii (k/m)")  # fmt: skip


def test_a_changed_ad_is_updated_and_its_history_kept(db_url: str) -> None:
    engine = open_engine(db_url)
    v1 = _ad("Obsługa infolinii banku, umowa o pracę, 5 000 zł brutto.")
    v2 = _ad("Obsługa infolinii banku, umowa o pracę, 5 800 zł brutto, praca zdalna.")
    assert import_records(engine, [v1]).counts["new"] == 1
    assert import_records(engine, [v2]).counts["updated"] == 1
    assert import_records(engine, [v2]).counts["unchanged"] == 1
    with engine.connect() as conn:
        row = conn.execute(sa.select(offers)).mappings().one()
        old = conn.execute(sa.select(offer_history)).mappings().one()
    assert row["body"] == v2.body and row["pay_min"] == 5800 and row["work_mode"] == "remote"
    assert old["offer_id"] == row["id"] and old["body"] == v1.body and bytes(old["raw"]) == v1.raw
    assert old["profile"]["conditions"]["pay"]["min"] == 5000


def test_unreadable_records_wait_in_the_quarantine_and_can_be_retried(db_url: str) -> None:
    engine = open_engine(db_url)
    bad = Unreadable(source="feed", kind="jsonl", origin="feed.jsonl:7", raw=b'{"description": ', reason="invalid JSON")
    assert import_records(engine, [bad]).counts["quarantined"] == 1
    assert import_records(engine, [bad]).counts["quarantined"] == 1
    with engine.connect() as conn:
        entry = conn.execute(sa.select(quarantine)).mappings().one()
    assert bytes(entry["raw"]) == bad.raw and entry["reason"] == "invalid JSON" and entry["attempts"] == 2
    # still unreadable: it stays open, with the reader's reason
    assert retry_quarantined(engine).counts["quarantined"] == 1
    with engine.connect() as conn:
        entry = conn.execute(sa.select(quarantine)).mappings().one()
    assert entry["status"] == "open" and entry["reason"].startswith("invalid JSON")
    # a record an older reader refused reads now: it is stored and its entry resolved
    good = json.dumps({"id": "q-1", "title": "Agent", "description": "Inbound calls, no sales."}).encode()
    with engine.begin() as conn:
        OfferWriter(conn).quarantine(Unreadable("feed", "jsonl", "feed.jsonl:9", good, "old reader bug"))
    summary = retry_quarantined(engine)
    assert summary.counts["new"] == 1 and summary.counts["quarantined"] == 1
    with engine.connect() as conn:
        done = conn.execute(sa.select(quarantine).where(quarantine.c.status == "resolved")).mappings().one()
        stored = conn.execute(sa.select(offers)).mappings().one()
    assert done["offer_id"] == stored["id"] and stored["external_id"] == "q-1"


def test_reanalyze_recomputes_old_profiles_and_resumes(db_url: str) -> None:
    engine = open_engine(db_url)
    ads = [_ad(f"Infolinia numer {i}: odbieranie połączeń, umowa o pracę.", key=f"k{i}") for i in range(7)]
    import_records(engine, ads)
    with engine.begin() as conn:
        conn.execute(offers.update().values(analyzer_version="0.9.0", direction=None))

    class Stop(Exception):
        pass

    def stop_after_first(_n: int) -> None:
        raise Stop

    with pytest.raises(Stop):  # stopped after its first batch of 3 ...
        reanalyze(engine, batch_size=3, on_batch=stop_after_first)
    assert count(engine, offers, offers.c.analyzer_version == ANALYZER_VERSION) == 3
    assert reanalyze(engine, batch_size=3) == 4  # ... it goes on with the rest
    assert count(engine, offers, offers.c.analyzer_version == ANALYZER_VERSION, offers.c.direction == "inbound") == 7
    assert count(engine, offer_history) == 0  # a new reading of the same record is no change of the ad
    assert reanalyze(engine) == 0


def _big_feed(path: Path, n: int) -> None:
    """n JSON Lines ads with distinct ids, from the annotated corpus."""
    ads = load_corpus(CORPUS / "dev")
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            ad = ads[i % len(ads)]
            f.write(json.dumps({"id": f"ad-{i}", "title": ad.title, "description": f"{ad.text}\n\nRef. {i}"},
                               ensure_ascii=False) + "\n")  # fmt: skip


def test_an_import_killed_at_any_point_finishes_when_run_again(db_url: str, tmp_path: Path) -> None:
    n = 1200
    feed = tmp_path / "feed.jsonl"
    _big_feed(feed, n)
    engine = open_engine(db_url)
    cmd = [sys.executable, "-m", "callboard", "import", "--db", db_url, "--quiet", "--jobs", "1", "--source", "feed",
           str(feed)]  # fmt: skip
    rng = random.Random(7)
    kills = 0
    stored = 0
    while kills < 3:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # kill it somewhere after it made progress (while it writes), a random moment each time
        deadline = time.monotonic() + 120
        target = stored + rng.randint(1, 300)
        while count(engine, offers) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.random() * 0.3)
        if proc.poll() is not None:
            assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
            break  # it finished before we could kill it: nothing left to test with more kills
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        kills += 1
        now_stored = count(engine, offers)
        assert now_stored >= stored  # what was committed stays committed
        stored = now_stored
    assert kills >= 2, "the import ended before it could be killed twice: make the feed larger"
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(sa.select(offers.c.external_id))]
    assert len(ids) == n and set(ids) == {f"ad-{i}" for i in range(n)}  # every record, once
    assert count(engine, quarantine) == 0
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
    assert f"unchanged: {n}" in again.stdout


def test_an_analyzer_failure_quarantines_the_record_and_the_import_goes_on(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import callboard.importer as importer

    real = importer.analyze

    def failing_on_one(text: str, **kw: object) -> object:
        if "BOOM" in text:
            raise ZeroDivisionError("division by zero")
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "analyze", failing_on_one)
    engine = open_engine(db_url)
    summary = import_records(engine, [_ad("BOOM infolinia", key="x"), _ad("Infolinia, umowa o pracę.", key="y")])
    assert summary.counts["quarantined"] == 1 and summary.counts["new"] == 1
    with engine.connect() as conn:
        entry = conn.execute(sa.select(quarantine)).mappings().one()
    assert "analyzer error (ZeroDivisionError" in entry["reason"]


def test_a_quarantined_record_that_later_imports_fine_is_closed(db_url: str) -> None:
    engine = open_engine(db_url)
    ad = _ad("Infolinia sklepu, umowa o pracę.", key="late")
    with engine.begin() as conn:  # an older reader refused these very bytes
        OfferWriter(conn).quarantine(Unreadable(ad.source, ad.kind, ad.origin, ad.raw, "old reader bug"))
    assert import_records(engine, [ad]).counts["new"] == 1
    with engine.connect() as conn:
        entry = conn.execute(sa.select(quarantine)).mappings().one()
        stored = conn.execute(sa.select(offers.c.id)).scalar_one()
    assert entry["status"] == "resolved" and entry["offer_id"] == stored

"""`make bench`, storage part: import rate and search latency on generated corpora (tools/gen_corpus.py).

    python tools/bench_store.py                          # import 5k; search at 100k on SQLite and PostgreSQL
    python tools/bench_store.py --sizes 100k,1m          # and at 1M (run it with nice: it takes a while)
    python tools/bench_store.py --import-count 2000 --sizes 20k --db sqlite   # a quick run

Import: `import_paths(engine, [file], jobs=2)` into a fresh SQLite file, analysis included.

Search: the base database is the first 100k generated ads (or fewer for a smaller size) imported the
same way, through the analyzer, the writer and its duplicate grouping, into SQLite. A larger size adds
copies of those stored rows (bulk-loaded, not analyzed again): each copy has its own id, external key,
URL, posting date and revision, the duplicate links within its copy, the same text, profile and
lemmas; the full-text index is filled for every row (PostgreSQL's posting lists: the base rows' made
from their tsvectors, each copy's moved by its id offset), LSH bands only for the base rows. PostgreSQL gets
the same rows, copied from the SQLite file, on its own server (tests/pgserver.py). Each database is
then asked a few hundred varied searches (a text query, three filters, all facet counts, one page of
hits) after one warm-up search that loads the facet index; p50 and p95 are printed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from callboard.importer import import_paths  # noqa: E402
from callboard.search.engine import SORTS, Searcher, SearchQuery  # noqa: E402
from callboard.search.lemmas import warm_up  # noqa: E402
from callboard.store.db import open_engine  # noqa: E402
from callboard.store.postings import BLOCK_BITS, add_sql  # noqa: E402
from callboard.store.schema import offers, search_forms  # noqa: E402

NOW = datetime(2026, 12, 1, tzinfo=UTC)  # the generator's clock: ads are posted in the 90 days before
BASE = 25_000  # analyzed ads; larger sizes are copies of these
CHUNK = 5_000
# the PostgreSQL server as one would set it up for a board of 1M offers on this 24 GB machine: the
# offers' pages in PostgreSQL's own cache (the default 128 MB holds a tenth of them at 1M), room for
# the bitmap of a common word's matches
PG_SETTINGS = {"shared_buffers": "4GB", "work_mem": "64MB", "effective_cache_size": "12GB"}

TEXTS = {
    "pl": [
        "konsultant", "infolinia", "obsługa klienta", "sprzedaż", "czat", "windykacja", "telemarketer",
        "konsultantka", "doradca klienta", "reklamacje", '"obsługa klienta"', "konsultant -sprzedaż",
        "język niemiecki", "praca zdalna", "team leader", "połączenia przychodzące", "operatora infolinii",
    ],
    "ru": [
        "оператор", "колл-центр", "звонки", "поддержка", "продажи", "входящие звонки", "оператора -продажи",
        "чат", "менеджер", "клиентов", "консультирование", '"входящие звонки"', "операторы call-центра",
    ],
    "en": [
        "customer service", "agent", "support", "sales", "advisor", "call centre", '"customer service"',
        "team leader", "chat -sales", "collections", "inbound calls", "customer support agent",
    ],
}  # fmt: skip
# facets a user narrows by: each query takes three, one after the other, choosing among the values the
# facet counts show at that point (weighted by their counts), as a user clicking through the board would
REFINE = ("lang", "work_mode", "contracts", "channels", "direction", "working_time", "schedule", "goals",
          "experience", "mix", "city", "role", "employer_type", "languages")  # fmt: skip


def machine() -> str:
    mem = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
    return f"{os.cpu_count()} cores, {mem} GiB, Python {sys.version.split()[0]}, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"


def size(text: str) -> int:
    text = text.strip().lower()
    for suffix, factor in (("k", 1_000), ("m", 1_000_000)):
        if text.endswith(suffix):
            return int(float(text[:-1]) * factor)
    return int(text)


def corpus(work: Path, count: int) -> Path:
    """The generated corpus of `count` ads (seed 1), made once and kept in the work folder."""
    path = work / f"ads-{count}.jsonl"
    if not path.exists():
        sys.path.insert(0, str(ROOT / "tools"))
        import gen_corpus

        tmp = path.with_suffix(".tmp")
        t = time.perf_counter()
        gen_corpus.main(["--count", str(count), "--seed", "1", "--now", NOW.date().isoformat(), "--out", str(tmp)])
        tmp.rename(path)
        print(f"  generated {count:,} ads in {time.perf_counter() - t:.0f} s -> {path}")
    return path


# ------------------------------------------------------------------------------------------ import
def bench_import(work: Path, count: int) -> float:
    path = corpus(work, count)
    db = work / f"import-{count}.sqlite3"
    for p in work.glob(db.name + "*"):
        p.unlink()
    engine = open_engine(f"sqlite:///{db}")
    start = time.perf_counter()
    warm_up()  # what every import process pays once, whatever its size: reported apart
    loaded = time.perf_counter() - start
    summary = import_paths(engine, [path], jobs=2)
    elapsed = time.perf_counter() - start
    engine.dispose()
    rate = summary.total / (elapsed - loaded)
    print(f"import into a fresh SQLite file, {count:,} generated ads, jobs=2, analysis included: "
          f"{rate:,.0f} ads/s after the search dictionaries loaded ({loaded:.1f} s, once per process); "
          f"{summary.total / elapsed:,.0f} ads/s with the load ({elapsed:.1f} s; {summary.as_dict()})  "
          f"(target >= 1,000 ads/s)")  # fmt: skip
    return rate


# ------------------------------------------------------------------------------------------ databases
def base_sqlite(work: Path, count: int) -> Path:
    """SQLite with the first `count` generated ads imported (analyzer, writer, duplicate grouping)."""
    db = work / f"search-{count}.sqlite3"
    done = db.with_suffix(".done")
    if done.exists():
        return db
    for p in work.glob(db.name + "*"):
        p.unlink()
    engine = open_engine(f"sqlite:///{db}")
    start = time.perf_counter()
    summary = import_paths(engine, [corpus(work, count)], jobs=2)
    elapsed = time.perf_counter() - start
    engine.dispose()
    print(f"  imported {count:,} ads into SQLite in {elapsed:.0f} s ({summary.total / elapsed:,.0f} ads/s; "
          f"{summary.as_dict()})")  # fmt: skip
    done.touch()
    return db


def _copy_rows(src: sa.Engine, dst: sa.Engine) -> None:
    """The stored rows of `src` into the empty `dst`, as they are (ids included), a chunk at a time."""
    last = 0
    while True:
        with src.connect() as conn:
            rows = conn.execute(sa.select(*offers.c).where(offers.c.id > last).order_by(offers.c.id)
                                .limit(CHUNK)).mappings().all()  # fmt: skip
        if not rows:
            return
        last = rows[-1]["id"]
        with dst.begin() as conn:
            conn.execute(offers.insert(), [dict(r) for r in rows])


def _copy_sql(conn: sa.Connection, k: int, top: int, limit: int) -> None:
    """Copy k of the first `limit` stored rows (ids up to `top`), inside the database: its own id, key,
    URL, posting date (moved back by 0-89 days within the 90-day window) and revision; the duplicate
    links kept within the copy."""
    sqlite = conn.dialect.name == "sqlite"
    floor = (NOW - timedelta(days=90)).strftime("%Y-%m-%d %H:%M:%S")
    if sqlite:
        fmt = "'%Y-%m-%d %H:%M:%S'"
        days = f"printf('-%d days', ({k * 37} + id) % 90)"
        moved = f"strftime({fmt}, posted_at, {days})"
        posted = (f"CASE WHEN {moved} < '{floor}' THEN strftime({fmt}, posted_at, {days}, '+90 days') || '.000000' "
                  f"ELSE {moved} || '.000000' END")  # fmt: skip
    else:
        moved = f"posted_at - make_interval(days => ({k * 37} + id) % 90)"
        posted = f"CASE WHEN {moved} < TIMESTAMPTZ '{floor}+00' THEN {moved} + INTERVAL '90 days' ELSE {moved} END"
    tag = f"'#{k}'"
    exprs = {
        "id": f"id + {k * top}",
        "canonical_id": f"canonical_id + {k * top}",
        "external_key": f"external_key || {tag}",
        "external_id": f"external_id || {tag}",
        "url": f"url || {tag}",
        "posted_at": posted,
        "rev": f"rev + {k * top}",
    }
    names = [c.name for c in offers.c]
    select = ", ".join(exprs.get(n, n) for n in names)
    conn.execute(sa.text(f"INSERT INTO offers ({', '.join(names)}) SELECT {select} FROM offers "
                         f"WHERE id <= {top} ORDER BY id LIMIT {limit}"))  # fmt: skip


def fill(dst: sa.Engine, count: int) -> None:
    """Copies of the rows of `dst` (the analyzed base) added until it holds `count` offers."""
    with dst.connect() as conn:
        top = int(conn.execute(sa.select(sa.func.max(offers.c.id))).scalar_one())
        total = base = int(conn.execute(sa.select(sa.func.count()).select_from(offers)).scalar_one())
    k = 1
    copies = []  # (k, rows copied)
    while total < count:
        with dst.begin() as conn:
            _copy_sql(conn, k, top, min(base, count - total))
        copies.append((k, min(base, count - total)))
        total += min(base, count - total)
        k += 1
    with dst.begin() as conn:
        n = int(conn.execute(sa.select(sa.func.count()).select_from(offers)).scalar_one())
        if dst.dialect.name == "sqlite":
            conn.execute(sa.text("INSERT INTO offers_fts(offers_fts) VALUES ('rebuild')"))
        else:
            conn.execute(sa.text("SELECT setval(pg_get_serial_sequence('offers', 'id'), (SELECT max(id) FROM offers))"))
            # the full-text rows of the copied offers, then their posting lists
            conn.execute(sa.text("INSERT INTO offer_text (offer_id, tsv) SELECT id, to_tsvector('simple', lemmas) "
                                 "FROM offers WHERE id NOT IN (SELECT offer_id FROM offer_text) ORDER BY id"))
            t = time.perf_counter()
            _copy_postings(conn, top, copies)
            print(f"  posting lists of {n:,} offers in {time.perf_counter() - t:.0f} s")
    with dst.connect() as conn:
        # PostgreSQL: VACUUM too, as autovacuum would have done on a board that filled over time: the
        # pages of the bulk-loaded rows marked all-visible, their rows' hint bits set
        analyze = "ANALYZE" if dst.dialect.name == "sqlite" else "VACUUM (ANALYZE)"
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(sa.text(analyze))
    print(f"  {dst.dialect.name}: {n:,} offers")


def _copy_postings(conn: sa.Connection, top: int, copies: list[tuple[int, int]]) -> None:
    """PostgreSQL: the base offers' posting rows made from their tsvectors (as the writer makes them),
    then each copy's: the base ids moved by the copy's offset, grouped again into blocks."""
    conn.execute(sa.text(add_sql(f"t.offer_id <= {top}")))
    conn.execute(sa.text(f"CREATE TEMP TABLE base_terms ON COMMIT DROP AS SELECT p.term, i AS id "
                         f"FROM offer_postings p, unnest(p.ids) i WHERE p.block <= {top >> BLOCK_BITS} AND i <= {top}"))
    for k, rows in copies:
        last = conn.execute(sa.text(f"SELECT max(id) FROM (SELECT id FROM offers WHERE id <= {top} ORDER BY id "
                                    f"LIMIT {rows}) x")).scalar_one()  # the last base row this copy has
        offset = k * top
        conn.execute(sa.text(
            f"INSERT INTO offer_postings (term, block, ids) "
            f"SELECT term, (id + {offset}) >> {BLOCK_BITS}, array_agg(id + {offset} ORDER BY id) FROM base_terms "
            f"WHERE id <= {last} GROUP BY 1, 2 ORDER BY 1, 2 "
            f"ON CONFLICT (term, block) DO UPDATE SET ids = offer_postings.ids || EXCLUDED.ids"
        ))  # fmt: skip


def sqlite_at(work: Path, count: int) -> str:
    """A SQLite file with `count` offers: the imported base, and copies of it above BASE."""
    base = min(count, BASE)
    db = base_sqlite(work, base)
    if count <= base:
        return f"sqlite:///{db}"
    big = work / f"search-{count}.sqlite3"
    done = big.with_suffix(".done")
    if not done.exists():
        for p in work.glob(big.name + "*"):
            p.unlink()
        subprocess.run(["sqlite3", str(db), f".backup '{big}'"], check=True)
        t = time.perf_counter()
        fill(open_engine(f"sqlite:///{big}"), count)
        print(f"  bulk-loaded copies up to {count:,} offers in {time.perf_counter() - t:.0f} s")
        done.touch()
    return f"sqlite:///{big}"


def postgres_at(server: str, work: Path, count: int) -> str:
    """A PostgreSQL database with the rows of sqlite_at(count), copied in bulk; on a server that outlives
    the run (--pg-url), the database of an earlier run is kept when it holds `count` offers (migrated
    to the current schema when opened)."""
    name = f"bench{count}"
    url = server.rsplit("/", 1)[0] + "/" + name
    admin = sa.create_engine(server.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
    if exists:
        t = time.perf_counter()
        engine = open_engine(url)
        with engine.connect() as conn:
            stored = int(conn.execute(sa.select(sa.func.count()).select_from(offers)).scalar_one())
        engine.dispose()
        if stored == count:
            print(f"  PostgreSQL: reusing {name} ({count:,} offers; opened, migrated: {time.perf_counter() - t:.0f} s)")
            admin.dispose()
            return url
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    t = time.perf_counter()
    src = open_engine(f"sqlite:///{base_sqlite(work, min(count, BASE))}")
    dst = open_engine(url)
    with src.connect() as conn:
        forms = [dict(r) for r in conn.execute(sa.select(search_forms)).mappings()]
    with dst.begin() as conn:
        conn.execute(search_forms.insert(), forms)
    _copy_rows(src, dst)
    fill(dst, count)
    print(f"  bulk-loaded {count:,} offers into PostgreSQL in {time.perf_counter() - t:.0f} s")
    return url


# ------------------------------------------------------------------------------------------ search
def queries(n: int, url: str, seed: int = 7) -> list[SearchQuery]:
    """n searches: a text in one of the languages, then three filters chosen from the facet counts."""
    rng = random.Random(seed)
    engine = open_engine(url)
    searcher = Searcher(engine)
    out = []
    for _ in range(n):
        lang = rng.choice(sorted(TEXTS))
        text = rng.choice(TEXTS[lang])
        filters: dict[str, list[str]] = {}
        for name in rng.sample(REFINE, 5):
            counts = searcher.search(SearchQuery(text=text, filters=filters, per_page=1, now=NOW.timestamp())).facets
            shown = sorted((v, c) for v, c in counts.get(name, {}).items() if c)
            if not shown:
                continue
            values, weights = zip(*shown, strict=True)
            filters[name] = [rng.choices(values, weights)[0]]
            if len(filters) == 3:
                break
        sort = rng.choices(SORTS, weights=(6, 2, 2))[0]
        out.append(SearchQuery(text=text, filters=filters, sort=sort, now=NOW.timestamp()))
    engine.dispose()
    return out


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[max(0, int(len(ordered) * 0.95 + 0.5) - 1)]


def bench_search(url: str, label: str, searches: list[SearchQuery]) -> tuple[float, float]:
    """p50 and p95 of the searches on one Searcher (as a server keeps one), after a warm-up search."""
    engine = open_engine(url)
    searcher = Searcher(engine)
    t = time.perf_counter()
    searcher.search(SearchQuery(text="", now=NOW.timestamp()))
    load = time.perf_counter() - t
    times, new_text, totals = [], [], []
    seen: set[str] = set()
    for sq in searches:
        t = time.perf_counter()
        result = searcher.search(sq)
        times.append((time.perf_counter() - t) * 1000)
        totals.append(result.total)
        if sq.text not in seen:  # its text matches come from the database, not the Searcher's cache
            seen.add(sq.text)
            new_text.append(times[-1])
    engine.dispose()
    p50, p95 = statistics.median(times), _p95(times)
    print(f"search {label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(times):.0f} ms over {len(times)} searches "
          f"(median {statistics.median(totals):.0f} hits); the {len(new_text)} searches with a text not asked "
          f"before: p50 {statistics.median(new_text):.1f} ms, p95 {_p95(new_text):.1f} ms; "
          f"first search, loading the facet index: {load:.1f} s")  # fmt: skip
    return p50, p95


@contextmanager
def postgres(url: str | None) -> Iterator[str]:
    """The server given (its databases kept between runs), else a throwaway one like the tests'."""
    if url:
        yield url
        return
    from tests.pgserver import postgres_server

    with postgres_server(PG_SETTINGS) as started:
        yield started


def main(argv: list[str] | None = None) -> None:
    global BASE
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--import-count", type=size, default=5_000, help="ads for the import rate (0: skip)")
    parser.add_argument("--sizes", default="100k", help="offer counts for search, e.g. 100k,1m ('' skips)")
    parser.add_argument("--db", default="sqlite,postgresql", help="sqlite, postgresql or both")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--base", type=size, default=BASE, help="analyzed ads; larger sizes copy them")
    parser.add_argument("--work", type=Path, default=Path("/tmp/callboard-bench"),
                        help="generated corpora and databases (kept between runs)")  # fmt: skip
    parser.add_argument("--pg-url", help="a running PostgreSQL server (postgresql://user@host:port/db) to keep "
                        "the bench databases on between runs; its settings are yours (see PG_SETTINGS). "
                        "Default: a throwaway server started and deleted by the run")  # fmt: skip
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    BASE = args.base
    print(f"machine: {machine()}")
    if args.import_count:
        bench_import(args.work, args.import_count)
    sizes = [size(s) for s in args.sizes.split(",") if s.strip()]
    dbs = [d.strip() for d in args.db.split(",") if d.strip()]
    targets = {100_000: 50, 1_000_000: 150}
    searches = queries(args.queries, f"sqlite:///{base_sqlite(args.work, BASE)}") if sizes else []
    for count in sizes:
        target = next((f" (target p95 <= {ms} ms)" for n, ms in sorted(targets.items()) if count <= n), "")
        if "sqlite" in dbs:
            bench_search(sqlite_at(args.work, count), f"SQLite, {count:,} offers{target}", searches)
        if "postgresql" in dbs:
            with postgres(args.pg_url) as server:
                url = postgres_at(server, args.work, count)
                bench_search(url, f"PostgreSQL, {count:,} offers{target}", searches)


if __name__ == "__main__":
    main()

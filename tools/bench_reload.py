"""The facet index's reload at a size: a full load, and the patch after one import batch.

    python tools/bench_reload.py /tmp/callboard-bench/search-100000.sqlite3   # made by tools/bench_store.py

The database is copied first (the batch is written into the copy). The batch: 250 new offers (copies
of stored rows with new ids, as an import appends them) and 250 stored offers rewritten with another
city, as an import batch of updates writes them; each write raises `rev`, as the store does.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from callboard.analyzer.roles import role_defs  # noqa: E402
from callboard.search.index import load, refresh  # noqa: E402
from callboard.store.db import open_engine  # noqa: E402
from callboard.store.offers import current_rev  # noqa: E402
from callboard.store.schema import offers  # noqa: E402

BATCH = 250  # callboard.importer.BATCH


def write_batch(conn: sa.Connection, k: int) -> None:
    top = int(conn.execute(sa.select(sa.func.max(offers.c.id))).scalar_one())
    rev = current_rev(conn)
    names = [c.name for c in offers.c]
    exprs = {
        "id": f"id + {top}", "canonical_id": f"id + {top}", "external_key": f"external_key || '#r{k}'",
        "external_id": f"external_id || '#r{k}'", "url": f"url || '#r{k}'", "rev": f"{rev} + id",
    }  # fmt: skip
    select = ", ".join(exprs.get(n, n) for n in names)
    conn.execute(sa.text(f"INSERT INTO offers ({', '.join(names)}) SELECT {select} FROM offers "
                         f"WHERE canonical_id = id ORDER BY id LIMIT {BATCH}"))  # fmt: skip
    rev = current_rev(conn)
    changed = sa.select(offers.c.id).where(offers.c.canonical_id == offers.c.id).order_by(offers.c.id)
    changed = changed.offset(1000 * k).limit(BATCH).scalar_subquery()
    conn.execute(offers.update().where(offers.c.id.in_(changed)).values(city=f"Miasto {k}", rev=rev + offers.c.id))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    roles = tuple(role_defs())
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "reload.sqlite3"
        shutil.copy(args.db, db)
        engine = open_engine(f"sqlite:///{db}")
        loads, patches = [], []
        with engine.connect() as conn:
            load(conn, roles)  # the file into the page cache
        for k in range(1, args.rounds + 1):
            with engine.connect() as conn:
                t = time.perf_counter()
                index = load(conn, roles)
                loads.append(time.perf_counter() - t)
            with engine.begin() as conn:
                write_batch(conn, k)
            with engine.connect() as conn:
                t = time.perf_counter()
                patched = refresh(conn, index, roles)
                patches.append(time.perf_counter() - t)
            assert patched is not index and len(patched) == len(index) + BATCH
        print(f"{len(index):,} offers: full load {statistics.median(loads):.2f} s, patch after a batch of "
              f"{BATCH} new + {BATCH} changed offers {statistics.median(patches) * 1000:.0f} ms "
              f"(medians of {args.rounds})")  # fmt: skip


if __name__ == "__main__":
    main()

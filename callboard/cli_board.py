"""The commands on the stored board: import, search, quarantine, reanalyze.

Each takes --db (default: CALLBOARD_DATABASE_URL, else a SQLite file in the user's data directory).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import click
import sqlalchemy as sa

from callboard.errors import CallboardError

DB_HELP = "Database URL (sqlite:///path or postgresql://...); default: $CALLBOARD_DATABASE_URL, else a SQLite file."
db_option = click.option("--db", "db_url", metavar="URL", help=DB_HELP)


def _engine(db_url: str | None) -> sa.Engine:
    from callboard.store.db import open_engine

    try:
        return open_engine(db_url)
    except CallboardError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--source", help="Name of the source (board, feed) the records come from.")
@click.option("--csv-map", "csv_map", metavar="FIELD=COLUMN,...",
              help="CSV columns, e.g. description=Opis,title=Stanowisko.")
@click.option("--jobs", type=click.IntRange(1, 64),
              help="Worker processes for the analysis (default: all cores for big inputs).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@db_option
def import_cmd(paths: tuple[Path, ...], source: str | None, csv_map: str | None, jobs: int | None, quiet: bool,
               db_url: str | None) -> None:
    """Import ads from files and folders: HTML pages with JSON-LD, JSON Lines, CSV, hh.ru JSON, RSS/Atom.

    Importing the same files again changes nothing; changed ads are updated and their history kept;
    records that cannot be read go to the quarantine (see `callboard quarantine`)."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from callboard.importer import _input_bytes, import_paths, record_size
    from callboard.ingest.readers import parse_csv_mapping

    mapping = None
    if csv_map:
        try:
            mapping = parse_csv_mapping(csv_map)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--csv-map") from None
    engine = _engine(db_url)
    console = Console(stderr=True)
    total = _input_bytes(list(paths))
    with Progress(
        TextColumn("importing"), BarColumn(), TextColumn("{task.fields[ads]} ads"),
        TextColumn("{task.fields[rate]} ads/s"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=console, disable=quiet, transient=False,
    ) as progress:  # fmt: skip
        task = progress.add_task("import", total=total or None, ads=0, rate="-")
        count = 0

        def advance(batch: list[Any]) -> None:
            nonlocal count
            count += len(batch)
            elapsed = progress.tasks[0].elapsed or 0
            rate = f"{count / elapsed:,.0f}" if elapsed else "-"
            progress.update(task, advance=sum(record_size(i) for i in batch), ads=f"{count:,}", rate=rate)

        try:
            summary = import_paths(engine, list(paths), source=source, csv_mapping=mapping, jobs=jobs, on_batch=advance)
        except CallboardError as exc:
            raise click.ClickException(str(exc)) from None
        progress.update(task, completed=total)
    counts = summary.as_dict()
    click.echo("  ".join(f"{k}: {v}" for k, v in counts.items()) + f"  (total {summary.total})")
    if counts["quarantined"]:
        click.echo("quarantined records: callboard quarantine list", err=True)


@click.command("search")
@click.argument("text", nargs=-1)
@click.option("--filter", "-f", "filters", multiple=True, metavar="FACET=V1,V2",
              help="Facet filter, repeatable: channels=chat,email  work_mode=remote  schedule=!nights  "
                   "languages=de:B2.")
@click.option("--pay-min", type=float, help="Offers paying at least this (the top of their range) ...")
@click.option("--pay-max", type=float, help="... and starting at most at this (the bottom of their range) ...")
@click.option("--pay-period", default="month", show_default=True,
              type=click.Choice(["hour", "shift", "day", "week", "month", "year"]), help="... per this period.")
@click.option("--currency", help="Only pay in this currency (PLN, RUB, EUR, ...).")
@click.option("--min-transparency", type=click.IntRange(0, 100))
@click.option("--max-risk", type=float)
@click.option("--posted-within", type=click.IntRange(1, 3650), metavar="DAYS")
@click.option("--featured", is_flag=True, default=None, help="Only featured offers.")
@click.option("--all-categories", is_flag=True, help="Also ads outside customer service.")
@click.option("--sort", type=click.Choice(["date", "pay", "transparency"]), default="date", show_default=True)
@click.option("--page", type=click.IntRange(1), default=1)
@click.option("--per-page", type=click.IntRange(1, 500), default=20)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
def search_cmd(text: tuple[str, ...], filters: tuple[str, ...], pay_min: float | None, pay_max: float | None,
               pay_period: str,
               currency: str | None, min_transparency: int | None, max_risk: float | None,
               posted_within: int | None, featured: bool | None, all_categories: bool, sort: str, page: int,
               per_page: int, fmt: str, db_url: str | None) -> None:
    """Search the stored offers: words match every form ("operatorka" finds "operatorki"), "quoted
    phrases", -excluded words; filters on every facet; facet counts."""
    from callboard.search.engine import Searcher, SearchQuery

    parsed: dict[str, list[str]] = {}
    for spec in filters:
        name, sep, values = spec.partition("=")
        if not sep or not values:
            raise click.BadParameter(f"{spec!r}: expected FACET=VALUE[,VALUE...]", param_hint="--filter")
        parsed.setdefault(name.strip(), []).extend(v.strip() for v in values.split(",") if v.strip())
    sq = SearchQuery(
        text=" ".join(text), filters=parsed, pay_min=pay_min, pay_max=pay_max, pay_period=pay_period,
        pay_currency=currency,
        min_transparency=min_transparency, max_risk=max_risk, posted_within_days=posted_within,
        featured=featured or None, in_category=None if all_categories else True, sort=sort, page=page,
        per_page=per_page,
    )  # fmt: skip
    try:
        result = Searcher(_engine(db_url)).search(sq)
    except CallboardError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2))
        return
    from callboard.view import show_search

    show_search(result, page, per_page)


@click.group("quarantine")
def quarantine_cmd() -> None:
    """Records that could not be read: list them, show one, read them again."""


@quarantine_cmd.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also the resolved ones.")
@db_option
def quarantine_list(show_all: bool, db_url: str | None) -> None:
    from callboard.store.schema import quarantine

    query = sa.select(quarantine).order_by(quarantine.c.id)
    if not show_all:
        query = query.where(quarantine.c.status == "open")
    with _engine(db_url).connect() as conn:
        rows = conn.execute(query).all()
    if not rows:
        click.echo("the quarantine is empty" if show_all else "no open records in the quarantine")
    for r in rows:
        click.echo(f"{r.id:>6}  {r.status:<8}  {r.source}  {r.origin}\n        {r.reason}")


@quarantine_cmd.command("show")
@click.argument("record_id", type=int)
@db_option
def quarantine_show(record_id: int, db_url: str | None) -> None:
    from callboard.store.schema import quarantine

    with _engine(db_url).connect() as conn:
        r = conn.execute(sa.select(quarantine).where(quarantine.c.id == record_id)).first()
    if r is None:
        raise click.ClickException(f"no quarantined record {record_id}")
    click.echo(f"record {r.id} ({r.status}), source {r.source}, kind {r.kind}, from {r.origin}")
    click.echo(f"first seen {r.first_seen_at}, last seen {r.last_seen_at}, attempts {r.attempts}")
    click.echo(f"reason: {r.reason}")
    click.echo(f"raw ({len(r.raw)} bytes):")
    click.echo(bytes(r.raw).decode("utf-8", errors="backslashreplace"))


@quarantine_cmd.command("retry")
@click.argument("record_ids", nargs=-1, type=int)
@db_option
def quarantine_retry(record_ids: tuple[int, ...], db_url: str | None) -> None:
    """Read quarantined records again (all open ones, or the ids given)."""
    from callboard.importer import retry_quarantined

    summary = retry_quarantined(_engine(db_url), record_ids or None)
    stored = summary.total - summary.counts["quarantined"]
    click.echo(f"retried {summary.total}: {stored} stored, {summary.counts['quarantined']} still unreadable")


@click.command("reanalyze")
@click.option("--batch", "batch_size", type=click.IntRange(1, 100_000), default=500, show_default=True)
@click.option("--all", "force", is_flag=True, help="Every offer, not only those of older analyzer versions.")
@db_option
def reanalyze_cmd(batch_size: int, force: bool, db_url: str | None) -> None:
    """Recompute stored profiles after an analyzer upgrade (in batches; stop and run again to resume)."""
    from callboard.importer import reanalyze

    done = reanalyze(_engine(db_url), batch_size=batch_size, force=force)
    click.echo(f"reanalyzed {done} offers")


@click.command("eval-dedup")
@click.argument("pairs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--all", "show_all", is_flag=True, help="List every pair, not only the misclassified ones.")
@click.option("--floors", type=click.Path(dir_okay=False, path_type=Path),
              help="A floors file (tests/dedup/floors.json); exit 1 when precision or recall falls below.")
@click.option("--update-floors", is_flag=True, help="Raise the floors in --floors to the current figures.")
def eval_dedup_cmd(pairs: Path, show_all: bool, floors: Path | None, update_floors: bool) -> None:
    """Score duplicate grouping on a pair corpus (tests/dedup/dev.jsonl): precision, recall and F1."""
    from callboard.dedup_eval import below_floors, evaluate, raised_floors, render

    try:
        results = evaluate(pairs)
    except CallboardError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(render(results, show_all=show_all))
    if floors is None:
        return
    part = pairs.name.split(".")[0]
    all_floors = json.loads(floors.read_text(encoding="utf-8")) if floors.exists() else {}
    if update_floors:
        all_floors[part] = raised_floors(results, all_floors.get(part, {}))
        floors.write_text(json.dumps(all_floors, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    failed = below_floors(results, all_floors.get(part, {}))
    for line in failed:
        click.echo(f"below floor: {line}", err=True)
    if failed:
        raise SystemExit(1)


@click.command("show")
@click.argument("offer_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
def show_cmd(offer_id: int, fmt: str, db_url: str | None) -> None:
    """One stored offer: the ad with its evidence highlighted, its profile, its reposts and history."""
    from callboard.store.lookup import get_offer

    with _engine(db_url).connect() as conn:
        offer = get_offer(conn, offer_id)
    if offer is None:
        raise click.ClickException(f"no offer {offer_id}")
    if fmt == "json":
        click.echo(json.dumps(dataclasses.asdict(offer), ensure_ascii=False, indent=2, default=str))
        return
    from callboard.analyzer import analyze
    from callboard.view import show_profile

    # the stored profile has no copy of the text its evidence points into: the analyzer makes it again
    # from the stored record (pure, so the same reading when the version is the same)
    show_profile(analyze(offer.body, title=offer.title, employer_name=offer.employer, location=offer.location))
    click.echo(f"offer {offer.id} from {offer.source}" + (f" ({offer.url})" if offer.url else ""))
    click.echo(f"posted {offer.posted_at or 'unknown'}, first seen {offer.first_seen_at}, updated {offer.updated_at}")
    others = [i for i in offer.group if i != offer.id]
    if others:
        role = "the first of" if offer.id == offer.canonical_id else f"a repost of {offer.canonical_id} in"
        click.echo(f"{role} a group of {len(offer.group)}: {', '.join(map(str, others))}")
    for when, version in offer.history:
        click.echo(f"earlier version replaced {when} (analyzer {version})")


COMMANDS = (import_cmd, search_cmd, quarantine_cmd, reanalyze_cmd, eval_dedup_cmd, show_cmd)

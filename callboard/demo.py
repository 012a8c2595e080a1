"""The bundled demo corpus (callboard/data/demo/ads.jsonl): invented, realistic ads in three languages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.table import Table

from callboard.analyzer import analyze
from callboard.analyzer.lexicon import data_dir
from callboard.view import format_pay, show_profile

DEMO_FILE = data_dir() / "demo" / "ads.jsonl"


def demo_ads() -> Iterator[dict[str, Any]]:
    with DEMO_FILE.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def run_demo(console: Console | None = None) -> None:
    """Print the first demo ad in full, then a comparison table of all of them."""
    console = console or Console()
    table = Table(title="Demo ads, as Callboard reads them", expand=True)
    for col in ("ad", "role", "channels", "dir.", "contract", "mode", "pay", "T", "risk"):
        table.add_column(col, overflow="fold")
    for i, ad in enumerate(demo_ads()):
        p = analyze(
            ad["description"], title=ad.get("title"), employer_name=ad.get("employer"), location=ad.get("location")
        )
        if i == 0:
            show_profile(p, console)
        c = p.conditions
        table.add_row(
            ad["id"].removeprefix("demo-"),
            p.role.id or "—",
            " ".join(p.channels),
            p.direction or "—",
            " ".join(c.contracts) or "—",
            c.work_mode or "—",
            format_pay(c.pay),
            str(p.transparency.score),
            f"{p.risk.score:.2f}",
        )
    console.print(table)

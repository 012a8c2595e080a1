"""The readable terminal view of a profile: the ad with its evidence highlighted, the profile beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.columns import Columns
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from callboard.profile import Pay, Profile

if TYPE_CHECKING:
    from callboard.search.engine import SearchResult

# One colour per group of evidence keys, so a reader can tell which fact a highlight supports.
STYLES = {
    "channels": "black on cyan",
    "direction": "black on bright_cyan",
    "goals": "black on green",
    "conditions": "black on yellow",
    "requirements": "black on magenta",
    "employer": "black on bright_blue",
    "role": "bold black on white",
    "kpis": "black on bright_green",
    "service_sales_mix": "black on bright_red",
    "duties": "underline",
    "reporting_line": "black on bright_white",
}


def _figure(x: float | None) -> str:
    """A pay figure as people write it: "5 000", "28.5"."""
    return "?" if x is None else f"{x:,.2f}".rstrip("0").rstrip(".").replace(",", " ")


def format_pay(pay: Pay | None) -> str:
    if pay is None:
        return "—"
    n = _figure
    amount = (
        f"up to {n(pay.max)}"
        if pay.upper_bound_only
        else (n(pay.min) if pay.min == pay.max else f"{n(pay.min)}–{n(pay.max)}" if pay.max else f"from {n(pay.min)}")
    )
    gross = {True: " gross", False: " net", None: ""}[pay.gross]
    extra = " + variable" if pay.variable else ""
    contract = f" ({pay.contract})" if pay.contract else ""
    return f"{amount} {pay.currency or ''}/{pay.period or '?'}{gross}{extra}{contract}"


def highlighted(p: Profile) -> Text:
    text = Text(p.text)
    for key, spans in p.evidence.items():
        style = STYLES.get(key.split(".")[0])
        if style is None:
            continue
        for a, b in spans:
            text.stylize(style, a, b)
    return text


def profile_table(p: Profile) -> Table:
    t = Table(show_header=False, box=None, pad_edge=False)
    t.add_column(style="bold")
    t.add_column()
    c, r = p.conditions, p.requirements
    sched = c.schedule
    flags = ("shifts", "nights", "weekends", "flexible", "fixed_hours", "operation_24_7")
    sched_bits = [k for k in flags if getattr(sched, k)]
    sched_bits += [f"no {k}" for k in flags if getattr(sched, k) is False]  # excluded outright ("bez weekendów")
    if sched.pattern:
        sched_bits.append(sched.pattern)
    if sched.hours:
        sched_bits.append(sched.hours)
    if sched.shift_hours:
        sched_bits.append(f"{sched.shift_hours:g} h {'shifts' if sched.shifts else 'a day'}")
    exp = r.experience
    exp_text = (
        "none needed"
        if exp.none_required
        else (
            f"{exp.min_years:g}+ years" if exp.min_years is not None else "asked" if exp.none_required is False else "—"
        )
    )
    rows = [
        ("language", p.language),
        (
            "role",
            f"{p.role.name or p.role.id or '—'} [{p.role.isco08 or '—'}], {p.role.level or '—'}"
            + ("" if p.role.in_category else " (out of category)"),
        ),
        ("channels", ", ".join(p.channels) or "—"),
        ("direction", p.direction or "—"),
        ("goals", ", ".join(p.goals) or "—"),
        ("service/sales", p.service_sales_mix or "—"),
        ("KPIs", ", ".join(p.kpis) or "—"),
        ("duties", f"{len(p.duties)} listed"),
        ("experience", exp_text),
        (
            "languages",
            ", ".join(f"{x.lang} {x.level or ''}{'' if x.required else ' (nice)'}" for x in r.languages) or "—",
        ),
        ("education", r.education or "—"),
        ("skills", ", ".join(r.soft_skills) or "—"),
        ("tools", ", ".join(r.tools) or "—"),
        ("contracts", ", ".join(c.contracts) or "—"),
        ("working time", (c.working_time or "—") + (f" ({c.part_time_fraction})" if c.part_time_fraction else "")),
        ("schedule", ", ".join(sched_bits) or "—"),
        ("work mode", (c.work_mode or "—") + (f" in {', '.join(c.places)}" if c.places else "")),
        ("equipment", c.equipment or "—"),
        ("training", "paid" if c.training.paid else "yes" if c.training.provided else "—"),
        ("pay", format_pay(c.pay)),
        ("benefits", ", ".join(c.benefits) or "—"),
        (
            "employer",
            f"{p.employer.name or '—'} ({p.employer.type or '?'})"
            + "".join(f" {k.upper()} {v}" for k, v in p.employer.identifiers.items()),
        ),
        ("transparency", f"{p.transparency.score}/100"),
        ("risk", f"{p.risk.score:.2f} " + ", ".join(f.id for f in p.risk.flags)),
    ]
    for k, v in rows:
        t.add_row(k, v)
    return t


def show_profile(p: Profile, console: Console | None = None) -> None:
    console = console or Console()
    checks = Table(show_header=False, box=None)
    for c in p.transparency.checks:
        checks.add_row("[green]✓[/]" if c.passed else "[red]✗[/]", c.reason)
    console.print(
        Columns(
            [
                Panel(highlighted(p), title=p.title or "ad", width=min(90, max(40, console.width // 2))),
                Panel(profile_table(p), title="profile"),
            ]
        )
    )
    console.print(Panel(checks, title=f"transparency {p.transparency.score}/100"))


def _pay_cell(pay: dict[str, Any] | None) -> str:
    if not pay:
        return "—"
    n = _figure
    lo, hi = pay.get("min"), pay.get("max")
    amount = n(lo) if lo == hi or hi is None else (f"up to {n(hi)}" if lo is None else f"{n(lo)}–{n(hi)}")
    return f"{amount} {pay.get('currency') or ''}/{pay.get('period') or '?'}"


def show_search(result: SearchResult, page: int, per_page: int, console: Console | None = None) -> None:
    """The hits as a table, then the facet counts (the values a next filter could take)."""
    console = console or Console()
    first = (page - 1) * per_page + 1 if result.hits else 0
    last = first + len(result.hits) - 1 if result.hits else 0
    console.print(f"[bold]{result.total}[/] offers ({first}–{last} shown, {result.took_ms:.0f} ms)")
    table = Table(box=None, pad_edge=False, expand=True)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("offer", ratio=1, min_width=24)
    table.add_column("mode", no_wrap=True)
    table.add_column("pay", no_wrap=True)
    table.add_column("T", justify="right", no_wrap=True)
    table.add_column("risk", justify="right", no_wrap=True)
    for h in result.hits:
        offer = Text(h.title or "—", style="bold")
        where = " · ".join(x for x in (h.employer, h.city, (h.posted_at or "")[:10]) if x)
        if where:
            offer.append("\n" + where, style="dim")
        if h.duplicates:
            offer.append(f"  (+{h.duplicates} reposts)", style="dim")
        table.add_row(str(h.id), offer, h.work_mode or "—", _pay_cell(h.pay), str(h.transparency), f"{h.risk:.2f}")
    console.print(table)
    facets = Table(show_header=False, box=None, pad_edge=False)
    facets.add_column(style="bold")
    facets.add_column()
    for name, counts in result.facets.items():
        if counts:
            facets.add_row(name, "  ".join(f"{v} {c}" for v, c in sorted(counts.items(), key=lambda kv: -kv[1])))
    console.print(Panel(facets, title="facets"))

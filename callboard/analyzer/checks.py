"""The transparency checklist and the scam-risk flags of a profile.

Each check passes or fails with a reason and, when it fails, a suggestion an employer can act on.
For Polish ads the pay-transparency rules of the Labour Code in force since 24 December 2025
(Dz.U. 2025 poz. 807) are checked too; discriminatory requirements are checked in every language
(Polish Labour Code art. 18³a; Russian law «О занятости населения»).
"""

from __future__ import annotations

import operator
import re

from callboard.analyzer.context import Context, item_holds
from callboard.profile import Check, Conditions, Duty, Employer, Pay, Requirements, Risk, RiskFlag, Role, Transparency

_DIGIT = re.compile(r"\d")
_UPPER = re.compile(r"[A-ZА-ЯЁĄĆĘŁŃÓŚŹŻ]")
# Mailboxes anyone can open: applying to one, with no registry number, is a risk signal.
PERSONAL_MAIL_DOMAINS = (
    "@",
    "@",
    "gmail.",
    "yahoo.",
    "hotmail.",
    "wp.pl",
    "o2.pl",
    "mail.ru",
    "yandex.",
    "bk.ru",
    "list.ru",
    "inbox.ru",
)
RISK_WEIGHTS = {
    "upfront_fee": 0.55,
    "bank_data": 0.5,
    "id_request": 0.35,
    "mlm": 0.35,
    "messenger_only": 0.3,
    "easy_money": 0.25,
    "no_employer": 0.2,
    "personal_email": 0.2,
    "pay_above_market": 0.3,
    "no_interview": 0.15,
    "shouting": 0.15,
    "vague_duties": 0.1,
    "urgency": 0.1,
}
# Flags of what a scam asks the applicant to hand over: read only in a sentence that asks for it (requesting lexicon).
_ASKED_OF_APPLICANT = frozenset({"upfront_fee", "id_request", "bank_data"})
# Monthly pay above which an entry-level contact-center job is implausible (a scam lure), per currency.
MARKET_CEILING_MONTH = {"PLN": 14000, "RUB": 250000, "USD": 8000, "GBP": 5000, "EUR": 5000, "UAH": 60000, "KZT": 900000}
PERIOD_TO_MONTH = {"hour": 168, "shift": 21, "day": 21, "week": 4.33, "month": 1, "year": 1 / 12}
_SUGGEST_REWORD = {
    "age": "Drop the age limit; describe the skills needed instead.",
    "sex": "Address all candidates; use a gender-neutral title.",
    "appearance": "Drop the appearance requirement; say 'professional manner with customers' if that is meant.",
    "nationality": "Ask for the work permit or language level actually needed, not a nationality.",
    "family_status": "Remove questions about family status.",
    "past_pay": "Do not ask for the candidate's current or past pay; state your own pay range instead.",
}


def _check(
    checks: list[Check],
    cid: str,
    passed: bool,
    ok: str,
    bad: str,
    suggestion: str | None = None,
    evidence: tuple[tuple[int, int], ...] = (),
) -> None:
    checks.append(Check(cid, passed, ok if passed else bad, None if passed else suggestion, evidence))


def pay_range_ok(pay: Pay | None) -> bool:
    if pay is None or pay.min is None or pay.max is None:
        return False
    return pay.max <= 2 * pay.min


def transparency(
    ctx: Context,
    role: Role,
    channels: tuple[str, ...],
    mix: str | None,
    direction: str | None,
    req: Requirements,
    cond: Conditions,
    emp: Employer,
) -> Transparency:
    checks: list[Check] = []
    _check(
        checks,
        "employer_identified",
        bool(emp.name or emp.identifiers),
        f"employer named: {emp.name or ', '.join(emp.identifiers)}",
        "the employer is not named",
        "Name the employer (and, for an agency, the client's industry); add NIP/KRS or ИНН/ОГРН.",
    )
    _check(
        checks,
        "title_consistent",
        role.title_consistent is True,
        "the title names a role that matches the duties",
        "the title names no role of this category"
        if role.title_consistent is None
        else "the title names one role, the duties describe another",
        "Use a title that names the role plainly and matches the duties (e.g. 'Inbound customer service agent').",
    )
    _check(
        checks,
        "channels_stated",
        bool(channels),
        f"channels: {', '.join(channels)}",
        "the ad does not say how you talk to customers (phone, e-mail, chat...)",
        "Say which channels the job uses and in what share.",
    )
    _check(
        checks,
        "mix_clear",
        mix is not None or direction is not None,
        f"service/sales: {mix or direction}",
        "the share of service and sales is unclear",
        "Say whether the job involves selling, and how much (e.g. 'inbound service, no sales targets').",
    )
    _check(
        checks,
        "contract_stated",
        bool(cond.contracts),
        f"contract: {', '.join(cond.contracts)}",
        "no contract form",
        "State the contract form (e.g. umowa o pracę, B2B, трудовой договор, permanent).",
    )
    _check(
        checks,
        "working_time_stated",
        cond.working_time is not None or cond.schedule.pattern is not None,
        f"working time: {cond.working_time or cond.schedule.pattern}",
        "no working time",
        "State full-time or part-time (hours per week) and the schedule.",
    )
    _check(
        checks,
        "work_mode_stated",
        cond.work_mode is not None,
        f"work mode: {cond.work_mode}",
        "no work mode (office, hybrid, remote)",
        "Say where the work is done and how many office days.",
    )
    _check(
        checks,
        "pay_stated",
        cond.pay is not None,
        "pay is stated",
        "no pay",
        "Give the pay range, its period and whether it is gross or net.",
    )
    if len(cond.contracts) > 1:
        _check(
            checks,
            "pay_per_contract",
            bool(cond.pay_options) or (cond.pay is None and False),
            "pay given for each contract type",
            "several contracts offered, pay not given for each",
            "Give the pay for each contract type offered.",
        )
    _check(
        checks,
        "pay_range_narrow",
        pay_range_ok(cond.pay),
        "pay range within 2x its lower end",
        "pay not given as a range no wider than 2x its lower end",
        "Narrow the range so its top is at most twice its bottom; 'up to' alone tells little.",
    )
    _check(
        checks,
        "onboarding_stated",
        cond.training.provided is True or req.experience.none_required is True,
        "onboarding or training described",
        "no onboarding or training described",
        "Describe the training: length, paid or not, mentor.",
    )
    specific = bool(req.languages or req.tools or req.experience.min_years is not None or req.education)
    _check(
        checks,
        "requirements_specific",
        specific,
        "requirements are specific",
        "requirements are vague",
        "Name the level of languages, the tools and the experience really needed.",
    )
    if ctx.lang == "pl":
        _check(
            checks,
            "pl_pay_transparency",
            cond.pay is not None and cond.pay.min is not None,
            "starting pay or its range given (Kodeks pracy, art. 18³ᶜ)",
            "no starting pay or range (required in Poland since 24.12.2025)",
            "Podaj wynagrodzenie początkowe lub jego przedział (art. 18³ᶜ Kodeksu pracy).",
        )
        neutral = bool(ctx.get("gender_neutral"))
        _check(
            checks,
            "pl_gender_neutral_title",
            neutral,
            "gender-neutral title",
            "the title is not gender-neutral",
            "Dodaj (k/m) albo podaj obie formy, np. 'Konsultant / Konsultantka'.",
        )
    discr = ctx.get("discrimination")
    past = [m for m in discr if m.key == "past_pay"]
    if ctx.lang == "pl" or past:
        _check(
            checks,
            "no_past_pay_request",
            not past,
            "does not ask for past pay",
            "asks for the candidate's past pay",
            _SUGGEST_REWORD["past_pay"],
            tuple(m.span for m in past),
        )
    bad = [m for m in discr if m.key != "past_pay"]
    _check(
        checks,
        "no_discrimination",
        not bad,
        "no discriminatory requirement",
        "discriminatory requirement: " + ", ".join(sorted({m.key for m in bad})),
        " ".join(_SUGGEST_REWORD[k] for k in sorted({m.key for m in bad})),
        tuple(m.span for m in bad),
    )
    score = round(100 * sum(c.passed for c in checks) / len(checks))
    return Transparency(score, tuple(checks))


def _monthly(pay: Pay) -> float | None:
    top = pay.max or pay.min
    if top is None or pay.period is None or pay.currency not in MARKET_CEILING_MONTH:
        return None
    return top * PERIOD_TO_MONTH[pay.period]


def _letters(ctx: Context) -> int:
    """How many letters the text has: its word characters (the tokens) less digits and underscores."""
    word_chars: int = sum(map(operator.sub, ctx.toks.ends, ctx.toks.starts))
    return word_chars - len(_DIGIT.findall(ctx.text)) - ctx.text.count("_")


def risk(ctx: Context, role: Role, duties: tuple[Duty, ...], cond: Conditions, emp: Employer) -> Risk:
    flags: list[RiskFlag] = []

    def add(fid: str, reason: str, spans: list[tuple[int, int]]) -> None:
        flags.append(RiskFlag(fid, RISK_WEIGHTS[fid], reason, tuple(spans)))

    requests: list[int] | None = None  # (gathered only when the ad names a deposit, a card or an ID)
    for key, ms in ctx.keys("risk").items():
        if key in _ASKED_OF_APPLICANT:
            if requests is None:
                requests = sorted(m.start for f in ("requesting", "asking", "applying") for m in ctx.get(f))
            # a deposit, a card or an ID is a signal only when the ad asks the applicant for it ("send a photo of your
            # ID", "podaj numer konta do wypłat"); "take deposits over the phone" is the customers' money
            ms = [
                m
                for m in ms
                if ctx.section_at(m.start) in ("apply", "requirements") or item_holds(ctx.text, m.span, requests)
            ]
            if not ms:
                continue
        add(key, f"the ad says: {ctx.text[ms[0].start : ms[0].end]}", [m.span for m in ms])
    if not emp.name and not emp.identifiers:
        add("no_employer", "the employer is not named", [])
    free = [c for c in emp.apply_contact if "@" in c and any(d in c.split("@")[-1] for d in PERSONAL_MAIL_DOMAINS)]
    if free and not emp.identifiers:
        add("personal_email", f"applications go to a free mailbox: {free[0]}", [])
    if cond.pay is not None and role.level in ("entry", None):
        monthly = _monthly(cond.pay)
        ceiling = MARKET_CEILING_MONTH.get(cond.pay.currency or "")
        if monthly is not None and ceiling is not None and monthly > ceiling:
            add("pay_above_market", "the pay is far above the market for this role", [])
    upper = len(_UPPER.findall(ctx.text))
    letters = _letters(ctx) if upper > 28 else 0  # counted only when capitals could matter
    if (letters > 80 and upper / letters > 0.35) or ("!!" in ctx.text and len(re.findall(r"!{2,}", ctx.text)) >= 2):
        add("shouting", "excessive capitals or exclamation marks", [])
    if not duties and len(ctx.text) < 500 and role.in_category:
        add("vague_duties", "the duties are not described", [])
    score = 1.0
    for f in flags:
        score *= 1 - f.weight
    return Risk(round(1 - score, 3), tuple(flags))

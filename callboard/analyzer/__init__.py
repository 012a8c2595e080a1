"""The ad analyzer: text in, profile out. Pure: no I/O besides reading its own data files once."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from callboard.analyzer import checks, goal_model, job
from callboard.analyzer.conditions import conditions
from callboard.analyzer.context import Context
from callboard.analyzer.detect import language_of
from callboard.analyzer.employer import employer
from callboard.analyzer.lexicon import LANGS, load_lexicon
from callboard.analyzer.matcher import find
from callboard.analyzer.requirements import requirements
from callboard.analyzer.roles import classify
from callboard.analyzer.text import prepare
from callboard.analyzer.tokens import with_lemmas, words_of
from callboard.analyzer.version import ANALYZER_VERSION
from callboard.errors import InputError
from callboard.profile import Profile

ANONYMOUS_RISK = 0.6  # the risk score at which an ad naming no employer is read as hiding it
TITLE_LINE_MAX = 120  # without a title, a first line this short is taken as the title


def read(
    text: str, *, title: str | None = None, lang: str | None = None, location: str | None = None
) -> tuple[Context, str]:
    """The ad's words, lemmas, lexicon matches and parts (the context every reading works on), and its title."""
    if lang is not None and lang not in (*LANGS, "other"):
        raise InputError(f"unknown language {lang!r}: expected one of pl, ru, en, other")
    body = prepare(text)
    head = prepare(title) if title else ""
    if head:
        full, title_end = f"{head}\n\n{body}", len(head)
    else:
        first_line = body.split("\n", 1)[0]
        full, title_end = body, len(first_line) if len(first_line) <= TITLE_LINE_MAX else 0
    feed_start = len(full)  # what follows comes from the feed's fields, not from the ad's text
    if location:
        full_loc = prepare(location)
        full = f"{full}\n\n{full_loc}" if full_loc else full
    words = words_of(full)
    language = lang or language_of(words)
    lex_lang = language if language in LANGS else "en"
    toks = with_lemmas(words, lex_lang)
    return Context(full, language, lex_lang, toks, find(load_lexicon(lex_lang), toks), title_end, feed_start), head


def analyze(
    text: str,
    *,
    title: str | None = None,
    lang: str | None = None,
    employer_name: str | None = None,
    location: str | None = None,
) -> Profile:
    """Read one job ad (plain text or HTML) and return its profile.

    `title` is the ad's title when the board keeps it apart; `lang` forces the language ('pl', 'ru',
    'en'); `employer_name` and `location` are what a feed states beside the text.
    """
    ctx, head = read(text, title=title, lang=lang, location=location)
    emp = employer(ctx, employer_name)
    cond = conditions(ctx, emp.type)
    # a job done from home meets no one face to face: a counter, reception or branch it names is the customers'
    channels = job.channels(ctx, remote=cond.work_mode == "remote")
    goals = job.goals(ctx)
    direction, weak_inbound = job.direction(ctx)
    kpis = job.kpis(ctx)
    duties = job.duties(ctx)
    req = requirements(ctx)
    role = classify(ctx, channels, goals, direction, req.experience)
    channels, direction, goals = job.agent_job(
        channels,
        direction,
        goals,
        role.id,
        out_of_category="role.out_of_category" in ctx.evidence,
        weak_inbound=weak_inbound,
        off_the_line=job.leader_off_the_line(ctx, role.id),
    )
    # the mix weighs the goals the ad names in so many words (its cues are the lexicons' matches); the profile's
    # goals are those with the learned reading of the duties (none when the job is no contact work), which also tell
    # a desk that sells nothing when its words name one service goal only
    read_goals = goals
    if "role.out_of_category" not in ctx.evidence:
        goals = job.agent_goals(goal_model.revise(ctx, goals, denied=job.denied_goals(ctx, goals)), role.id)
    mix, mix_cues = job.service_sales_mix(ctx, read_goals, kpis, role.id, direction, learned=goals)
    transparency = checks.transparency(ctx, role, channels, mix, direction, req, cond, emp)
    risk = checks.risk(ctx, role, duties, cond, emp)
    if emp.type == "direct" and not emp.name and not emp.identifiers and risk.score >= ANONYMOUS_RISK:
        # "our company", "szukamy" and nothing else in an ad that reads as a scam name no employer of any type (the
        # writers of every fresh round left such an ad's type empty: dev 18 of 21)
        emp = replace(emp, type=None)
    reporting = ctx.get("reporting")
    ctx.note("reporting_line", reporting)
    evidence = MappingProxyType({k: tuple(sorted(set(v))) for k, v in ctx.evidence.items()})
    return Profile(
        analyzer_version=ANALYZER_VERSION,
        language=ctx.lang,
        text=ctx.text,
        title=head or None,
        role=role,
        channels=channels,
        direction=direction,
        goals=goals,
        service_sales_mix=mix,
        mix_cues=mix_cues,
        duties=duties,
        kpis=kpis,
        requirements=req,
        conditions=cond,
        employer=emp,
        transparency=transparency,
        risk=risk,
        reporting_line=bool(reporting),
        evidence=evidence,
    )


__all__ = ["ANALYZER_VERSION", "analyze", "read"]

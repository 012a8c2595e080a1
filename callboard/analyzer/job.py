"""What the job is: channels, direction, goals, the service-sales mix, KPIs and the duty list."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from callboard.analyzer.context import (
    BULLETS,
    JOB_SECTIONS,
    Context,
    item_holds,
    keep_matches,
    line_bounds,
    same_clause,
    sentence_bounds,
    sentence_holds,
    verb_and_object,
)
from callboard.analyzer.detect import function_words
from callboard.analyzer.matcher import DASH, Match
from callboard.analyzer.roles import CALLED_REACH, role_defs
from callboard.profile import Duty, Span

# what the candidate did before; not a department called "Customer Experience"
_EXPERIENCE_AFTER = re.compile(r"[\w /'-]{0,30}?\bexperience\b(?!d)", re.I)  # a few words on, in one clause
_EXPERIENCE = re.compile(
    r"doświadcz(?!\w*\s+(?:klient|pacjent|użytkownik))"
    r"|(?<!customer )(?<!member )(?<!patient )(?<!guest )(?<!player )experience(?!d)"
    r"|(?<!клиентский )(?<!клиентского )опыт"
    # "a year or more of answering customers in writing": years of doing it are experience too
    r"|\b(?:a|one|two|three|\d+)\+?\s+years?\s+(?:or more\s+)?of\s+\w+ing\b",
    re.I,
)
_BULLET = re.compile(rf"^[\s{re.escape(BULLETS)}\ufe0f]*(?:\d{{1,2}}[.)]\s)?")
SERVICE_GOALS = (
    "information",
    "problem_resolution",
    "technical_support",
    "complaints",
    "order_processing",
    "incident_intake",
    "escalation",
)
# Neither service nor sales: the mix is not stated for these unless the ad says it.
NEUTRAL_GOALS = frozenset({"debt_collection", "surveys"})
NEUTRAL_ROLES = frozenset({"debt_collection_agent", "survey_interviewer"})
MIX_SERVICE_MIN = 2  # service goals that outweigh a collection or a survey named among the duties
# Roles that do not talk to customers themselves: their mix is the team's, not theirs.
NON_AGENT_ROLES = frozenset(
    {"workforce_planner", "trainer", "quality_analyst", "contact_center_manager", "head_of_customer_service"}
)
# Roles that neither take nor make customer calls: an ad for a trainer or a planner names the team's
# hotline ("szkolenia dla konsultantów infolinii"), which is no direction of the job itself.
NO_DIRECTION_ROLES = NON_AGENT_ROLES - {"contact_center_manager"}
# Roles whose desk works both ways by nature: a service advisor takes the customer's call or visit and
# rings back when the car is ready, whichever of the two the ad happens to name.
TWO_WAY_ROLES = frozenset({"service_advisor"})
SALES_GOALS = ("sales", "retention")
# A team leader takes the calls agents escalate and settles the cases they cannot (a stuck refund sorted out, a lost
# order traced: what the leader does personally, as the held-out annotators, the fresh writers of s97-s99 and a
# blind second reading of the dev team leaders read it); reports, schedules and coaching are no customer goals.
TEAM_LEADER_GOALS = frozenset({"escalation", "complaints", "problem_resolution"})
# What a technical-support line does anyway: solving the user's problem, telling them how.
TECH_SUBSUMED = frozenset({"problem_resolution", "information"})
# An outbound caller's order entry and information belong to the pitch, not to a caller's service.
OUTBOUND_SERVICE_GOALS = tuple(g for g in SERVICE_GOALS if g not in ("order_processing", "information"))


# How far after a booking word a meeting place or format is the booked visit's, not the agent's channel
BOOKED_REACH = 60
_BOOKED_CHANNELS = frozenset({"in_person", "video"})
_RATING_KPIS = frozenset({"csat", "nps"})  # a customer's rating of the contact, often asked for by text message
_MEETING = re.compile(r"spotkani|wizyt|badani|meeting|appointment|встреч|консультац|при[её]м|обследовани", re.I)
_BY_MEANS = re.compile(r"\b(?:przez|via|over)\s+$", re.I)
_PARCEL = re.compile(r"\b(?:paczk|przesyłk|parcel|посылк)\w*", re.I)
_POINT = re.compile(r"punk|пункт|пвз|point|locker", re.I)


def _parcels_point(ctx: Context, m: Match) -> bool:
    """Whether an in-person match is a pick-up point in a sentence about a parcel: where the parcel waits or went
    ("ile dni paczka czeka w punkcie", "посылку отвезли не в тот пункт выдачи"), not a desk of the job (a depot's
    counter handing parcels out stays one)."""
    return bool(_POINT.search(ctx.text, m.start, m.end)) and bool(
        _PARCEL.search(ctx.text, *sentence_bounds(ctx.text, m.span))
    )


def channels(ctx: Context, *, remote: bool = False) -> tuple[str, ...]:
    """The channels the job works in; with `remote`, no in-person one ("przed okienkiem czeka kolejka" in a remote
    helpdesk's ad is the customer's counter: no dev ad reads a remote job in person)."""
    out: dict[str, None] = {}
    applicants = _applicant_words(ctx, contact_us=True)
    bookings = [g for g in ctx.get("goals") if g.key == "appointment_setting"]
    bookings += verb_and_object(ctx, "booking", JOB_SECTIONS, OBJECT_REACH)  # "book face-to-face meetings"
    ratings: list[int] | None = None  # where CSAT/NPS phrases start (gathered only when a text message is named)
    # "przy ladzie obsługuje druga osoba": another person's counter ("our front desk looks after the people who walk
    # in; this job is the phone and email side": the phone and e-mail of the same sentence stay the job's)
    # (a unit's verb of doing counts too: "Nie odbierasz telefonów od pacjentów – tym zajmują się nasze recepcje",
    # "pacjentów na miejscu obsługuje recepcja na dole"; dev 3 counters read right so)
    others = [o.start for o in ctx.get("others")]
    teams = [o for o in ctx.get("others") if o.key == "team"]
    # "We make sofas and sell them online and through our 11 showrooms": where the firm sells, not the job's channel
    # (read only when the ad lists duties of its own)
    own_business = (
        sorted(v.start for v in ctx.get("company_voice") if v.key == "self") if "duties" in ctx.section_names else []
    )
    discounts = sorted(b.start for b in ctx.get("benefits") if b.key == "discounts")
    # "You will work across e-mail, live chat and the phone" under "Who we are": the firm telling the candidate the job
    to_you = sorted(v.start for v in ctx.get("company_voice") if v.key == "to_you")
    for m in ctx.get("channels"):
        section = ctx.section_at(m.start)
        # requirements speak of past jobs ("experience at a counter"), the company part of other teams, the offer of
        # perks ("Two in-person team gatherings a year", "telefon służbowy", "video calls with the team")
        told_to_you = section == "company" and sentence_holds(ctx.text, m.span, to_you)
        if section in ("company", "apply", "requirements", "nice_to_have", "offer") and not told_to_you:
            continue
        if _said_to_applicants(ctx, m.span, applicants) or _past_experience(ctx, m):
            continue
        if m.key in _BOOKED_CHANNELS and _booked(ctx, m, bookings):
            continue
        if m.key == "in_person" and (remote or (others and sentence_holds(ctx.text, m.span, others))):
            continue
        if teams and any(same_clause(ctx, m, t) for t in teams):
            continue  # "Работа только на исходящих звонках: входящую линию и чат ведёт другой отдел": the team's chat
        if m.key == "in_person" and _parcels_point(ctx, m):
            continue  # "paczka czeka w punkcie", "посылку отвезли не в тот пункт выдачи": the parcel's place
        if m.key == "in_person" and item_holds(ctx.text, m.span, discounts):
            continue  # "скидка 10% в магазинах сети", "staff discount in our stores": a benefit, no desk of the job
        if own_business and sentence_holds(ctx.text, m.span, own_business):
            continue
        if m.key == "sms":
            if ratings is None:
                ratings = sorted(r.start for f in ("kpis", "measured") for r in ctx.get(f) if r.key in _RATING_KPIS)
            if sentence_holds(ctx.text, m.span, ratings):
                continue  # "po rozmowie klient dostaje SMS z prośbą o ocenę": the survey's means, not a channel
        if m.key not in out:
            out[m.key] = None
        ctx.note(f"channels.{m.key}", [m])
    if not out:
        # "Rozmawiasz z abonentami ...", no channel named anywhere: the conversations of a contact job are calls
        talks = [
            t
            for t in ctx.get("talking", sections=JOB_SECTIONS - {"offer", "pay"})
            if t.key == "talk" and not _said_to_applicants(ctx, t.span, applicants) and not _past_experience(ctx, t)
        ]
        # ... and so is a job given a headset or asked for a voice ("рабочее место с гарнитурой даём", "miły głos")
        talks = talks or [t for t in ctx.get("talking") if t.key == "voice" and ctx.section_at(t.start) != "apply"]
        if talks:
            out["phone"] = None
            ctx.note("channels.phone", talks[:1])
    return tuple(out)


def _booked(ctx: Context, m: Match, bookings: list[Match]) -> bool:
    """Whether a meeting place or format is the visit the agent books ("umawiasz na spotkanie z doradcą w
    oddziale lub na wideorozmowę", "schedule video consults with our vets"), in the same clause; a place
    only after the meeting's word ("rejestracja pacjentów przy okienku" is the agent's own window)."""
    for b in bookings:
        if b.start <= m.start < b.end:
            return True  # "Umawianie spotkań z klientami": the meeting is the booking's own object
        if _within_booking(ctx.text, m.start, b):
            if _BY_MEANS.search(ctx.text, max(b.end, m.start - 8), m.start):
                continue  # "umawiasz testy przez wideorozmowę", "book visits over video call": the agent's means
            if m.key == "video" or _MEETING.search(ctx.text, b.start, m.start):
                return True
            # "booking face-to-face meetings": the place as the meeting's adjective
            if _MEETING.match(ctx.text[m.end : m.end + 24].lstrip(" -")):
                return True
    return False


def _within_booking(text: str, pos: int, booking: Match) -> bool:
    """Whether pos is in a booking or a few words after it in its clause ("записывать на день открытых дверей и
    собеседование"); not past a break ("na wizyty – przy ladzie": the desk)."""
    lo, hi = booking.span
    if lo <= pos < hi:
        return True
    return hi <= pos and pos - hi <= BOOKED_REACH and not any(ch in text[hi:pos] for ch in ".;\n–—")


def _applicant_words(ctx: Context, *, contact_us: bool) -> list[int]:
    """Where the ad speaks to applicants (the `applying` lexicon: "CV", "rozmowa kwalifikacyjna", "свяжемся с вами";
    an application address, "jobs@...", of the `mailbox` lexicon);
    with contact_us, also "звоните Ольге", "napisz na WhatsApp" and the team's own tools, which for the direction
    are the job's own words. Read by channels, direction, goals and KPIs."""
    name = f"applicants/{contact_us}"
    if (kept := ctx.positions.get(name)) is not None:
        return kept
    # "перезвонить и записать на собеседование": an interview the job books is no applicant's
    booked = verb_and_object(ctx, "booking", JOB_SECTIONS, OBJECT_REACH)
    words = [m for m in ctx.get("applying") if contact_us or m.key == "applicant"]
    words += [m for m in ctx.get("mailbox") if ctx.text.startswith("@", m.end)]  # "jobs@", "praca@"
    found = sorted(m.start for m in words if not any(_within_booking(ctx.text, m.start, b) for b in booked))
    ctx.positions[name] = found
    return found


def _past_experience(ctx: Context, m: Match) -> bool:
    """Whether an experience word comes before the match in its sentence: "doświadczenie w telemarketingu albo na
    infolinii" is the candidate's past, not the job's line."""
    lo, _ = sentence_bounds(ctx.text, m.span)
    if _EXPERIENCE.search(ctx.text, lo, m.start) is not None:
        return True
    # "Reception or call-handling experience helps": the English noun after the words it qualifies
    return ctx.lex_lang == "en" and _EXPERIENCE_AFTER.match(ctx.text, m.end) is not None


def _opens_duty(ctx: Context, m: Match) -> bool:
    """Whether the match opens a line of the duties (only a bullet or an emoji before it): the job's own verb, not the
    recruiter's "Aplikuj przez formularz. Odezwiemy się do wybranych osób." run on after them."""
    if ctx.section_at(m.start) != "duties":
        return False
    lo, _ = line_bounds(ctx.text, m.start)
    return not any(ch.isalnum() for ch in ctx.text[lo : m.start])


def _duty_item(ctx: Context, m: Match) -> bool:
    """Whether the match stands on an item of a duties list (a line of the duties opened by a bullet or an emoji)."""
    if ctx.section_at(m.start) != "duties":
        return False
    lo, _ = line_bounds(ctx.text, m.start)
    head = ctx.text[lo : m.start].lstrip()
    return bool(head) and not head[0].isalnum()


def _said_to_applicants(ctx: Context, span: Span, applicant_words: list[int]) -> bool:
    """Whether the sentence of a span holds one of the applicant words (in the span's item of a list run together
    with semicolons: the calls before "...; записывать на ... собеседование" are no applicant's)."""
    return item_holds(ctx.text, span, applicant_words)


# "Dzwoni pan Ryszard z Puław", "Dzwoni pani z Tymbarku": a customer named after "pan/pani" (the polite address of an
# owner's ad, "Dzwoni Pani, przypomina", goes on with a verb or a comma)
_NAMED_AFTER = re.compile(r"[^\S\n]+(?:z[^\S\n]+)?[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+")


def _named_caller(ctx: Context, m: Match) -> bool:
    return ctx.toks.lemmas[m.last] in ("pan", "pani") and _NAMED_AFTER.match(ctx.text, m.end) is not None


def direction(ctx: Context) -> tuple[str | None, str | None]:
    """The direction the ad names, and how weak its inbound side is: "answers" when it is only answering
    ("odpowiadasz na pytania"), "orders" when it is only that or taking orders ("przyjmowanie zamówień"), which an
    outbound caller does on the calls it makes too; None when people are said to contact the job."""
    applicants = _applicant_words(ctx, contact_us=False)

    # the words of a title that name the job ("Supporter Engagement Caller"): the worker, not people calling in;
    # the ad's text often repeats its title on its first line
    title_words = [t for t in ctx.get("contact_title") if ctx.in_title(t.start)]
    # ... and said again in the body ("All callers take part in three days of paid training" under "Student Caller")
    title_lemmas = {ctx.toks.lemmas[t.first] for t in title_words if t.first == t.last}

    # "Customers who ring in are looked after by a separate customer service team"
    other_teams = [o.start for o in ctx.get("others") if o.key == "team"]

    def the_jobs(m: Match) -> bool:  # not the recruiter's call back, not the candidate's past, not another team's
        if other_teams and sentence_holds(ctx.text, m.span, other_teams):
            return False
        if m.key == "inbound" and any(t.holds(m) for t in title_words):
            return False
        if m.key == "inbound" and m.first == m.last and ctx.toks.lemmas[m.first] in title_lemmas:
            return False
        if m.key == "outbound" and ctx.section_at(m.start) in ("offer", "pay"):
            # "премия по итогам опросов удовлетворённости клиентов": what the offer pays for, no calls the job makes
            return False
        if m.key == "outbound" and _named_caller(ctx, m):
            return False
        if m.key == "outbound" and _opens_duty(ctx, m):
            # "Обзванивать тех, кто откликнулся на наше объявление «Работа водителем»": the job recruits by phone
            return True
        return not _said_to_applicants(ctx, m.span, applicants) and not _past_experience(ctx, m)

    found: dict[str, list[Match]] = {}
    for key, ms in ctx.keys("direction", sections=JOB_SECTIONS).items():
        if key == "off_the_line":  # (no direction: see leader_off_the_line)
            continue
        if kept := [m for m in ms if the_jobs(m)]:
            found[key] = kept
    # "call our Comfort Club members" (calling), "take written complaints" (answering): a verb and, a few words on
    # in the clause, its object; not across a comma ("klienci dzwonią do nas, a ty pomagasz klientom")
    for fld, (key, reach) in VERB_OBJECT_DIRECTIONS.items():
        # (the offer's "training before you take your first call" answers no one: the answering verbs in the job's
        # own parts only)
        sections = JOB_SECTIONS - {"offer", "pay"} if fld == "answering" else JOB_SECTIONS
        for m in verb_and_object(ctx, fld, sections, reach, across_commas=False):
            if the_jobs(m):
                found.setdefault(key, []).append(m._replace(field="direction", key=key))
    # "Владельцы животных звонят, чтобы записаться": the customers named a few words before their calling verb
    for m in verb_and_object(ctx, "callers", JOB_SECTIONS, 0, across_commas=False, before=CALLERS_REACH):
        if the_jobs(m):
            found.setdefault("inbound", []).append(m._replace(field="direction", key="inbound"))
    if "outbound" in found:
        # "Transfer calls that need specialized follow-up to the appropriate department": the follow-up between a
        # passing verb and whom the case is passed to is the other team's
        passed = [(h.start, h.end) for h in verb_and_object(ctx, "handover", JOB_SECTIONS, OBJECT_REACH)]
        if passed:
            keep_matches(found, "outbound", lambda m: not any(lo < m.start and m.end < hi for lo, hi in passed))
    if "outbound" in found:
        # "pick up the phone to them": the taking words inside a call the agent makes are that call's
        made = found["outbound"]
        for key in ("answers", "orders_taken"):
            if key in found:
                keep_matches(found, key, lambda m: not any(call.holds(m) for call in made))
    # "Линия только входящая", "Все звонки исходящие": the ad's word on all its calls settles the direction
    only = {key: found.pop(f"{key}_only") for key in ("inbound", "outbound") if f"{key}_only" in found}
    if len(only) == 1:
        [(key, ms)] = only.items()
        ctx.note(f"direction.{key}", ms)
        return key, None
    for key, ms in only.items():  # (both said: read as the plain words)
        found.setdefault(key, []).extend(ms)
    cold = found.pop("cold_calls", [])
    if cold:
        found.setdefault("outbound", []).extend(cold)
    answers, orders = found.pop("answers", []), found.pop("orders_taken", [])
    weak_inbound = None if "inbound" in found else "orders" if orders else "answers" if answers else None
    if weak_inbound == "orders" and not answers and _orders_taken_on_calls_made(ctx, orders, found.get("outbound")):
        # "Dzwonisz, pytasz, ile mają w zbiorniku, przyjmujesz zamówienie": the orders come in on the calls made,
        # under a title that names them ("Przyjmowanie zamówień przez telefon")
        ctx.note("direction.outbound", found["outbound"])
        return "outbound", weak_inbound
    if answers or orders:
        found.setdefault("inbound", []).extend(answers + orders)
    for key, ms in found.items():
        ctx.note(f"direction.{key}", ms)
    if "inbound" in found and "outbound" in found:
        # "ОПЕРАТОРЫ НА ТЕЛЕФОН" over "звонить действующим абонентам": the title's phone job answers calls unless it
        # makes them
        # (and the title said again in the intro: "ищет администратора на телефон")
        lemmas = ctx.toks.lemmas
        in_title = {tuple(lemmas[m.first : m.last + 1]) for m in answers if ctx.in_title(m.start)}
        title_answers_only = weak_inbound == "answers" and all(
            tuple(lemmas[m.first : m.last + 1]) in in_title for m in answers
        )
        if weak_inbound and (cold or title_answers_only or any(ctx.in_title(m.start) for m in found["outbound"])):
            # "Konsultant telefoniczny – umawianie audytów" or "ЗВОНИТЬ ПО ГОТОВОЙ БАЗЕ" who also "odpowiadasz na
            # pytania": the title's calls made or the cold calls are the job, the questions answered come up on them
            return "outbound", weak_inbound
        return "both", weak_inbound
    return next(iter(found), None), weak_inbound


def leader_off_the_line(ctx: Context, role_id: str | None) -> bool:
    """Whether a team leader's ad says the leader takes no contacts personally ("You won't be on the phones
    yourself"): then the team's line is not the leader's."""
    if role_id != "team_leader":
        return False
    said = [m for m in ctx.get("direction", sections=JOB_SECTIONS) if m.key == "off_the_line"]
    ctx.note("direction.off_the_line", said)
    return bool(said)


def _orders_taken_on_calls_made(ctx: Context, orders: list[Match], made: list[Match] | None) -> bool:
    """Whether every order the body takes is taken in a sentence that makes a call ("Dzwonisz ... przyjmujesz
    zamówienie"), and the body takes one."""
    if not made:
        return False
    calls = sorted(m.start for m in made if not ctx.in_title(m.start))
    body = [m for m in orders if not ctx.in_title(m.start)]
    return bool(body) and all(sentence_holds(ctx.text, m.span, calls) for m in body)


def goals(ctx: Context) -> tuple[str, ...]:
    """Goals named in the duties when the ad lists them (the intro often describes the company:
    "we sell heating"), else in the intro and title."""
    out: dict[str, None] = {}
    found = affirmed_goals(ctx)
    # "Booking, moving and cancelling outpatient appointments": a bare booking word beside the appointments it books
    # is that booking, no order (the mix still counts it as the service it is)
    # ... and so are all of them when they are the only order words of an ad that books appointments
    # ("Outpatient Booking Clerk", "record every booking")
    visits = sorted(m.start for m in found if m.key == "appointment_setting")
    if visits:
        bookings = [
            m for m in found if m.key == "order_processing" and _BOOKING_WORD.fullmatch(ctx.text, m.start, m.end)
        ]
        orders = [m for m in found if m.key == "order_processing"]
        only_bookings = len(bookings) == len(orders)
        found = [
            m for m in found
            if not (m in bookings and (only_bookings or sentence_holds(ctx.text, m.span, visits)))
        ]  # fmt: skip
    for m in found:
        out.setdefault(m.key, None)
        ctx.note(f"goals.{m.key}", [m])
    return tuple(out)


def affirmed_goals(ctx: Context) -> list[Match]:
    """Goal matches where goals are read, less the problems solved and answers given on a line that names
    technical support ("resolve first-line issues: password resets" is the technical support itself) and
    the firm's word on its own business when the intro is read ("Sprzedajemy rowery"). Worked out once an ad: the
    goals and the mix read them."""
    if (kept := ctx.worked_out.get("affirmed_goals")) is not None:
        return kept
    found = _affirmed_goals(ctx)
    ctx.worked_out["affirmed_goals"] = found
    return found


def _affirmed_goals(ctx: Context) -> list[Match]:
    sections = goal_sections(ctx)
    named = ctx.get("goals", sections=sections)
    passes = _passes(ctx, sections)
    teams, team_ends = _teams_passed_to(passes)
    if teams:
        joined = ctx.toks.clause_next  # (the team's name and the goal word in one clause)
        # (and goal words that are the team's name: "przekazujesz sprawę do biura rzeczy znalezionych")
        named = [
            m for m in named
            if not (m.last + 1 in teams and joined[m.last])
            and not (m.first - 1 in team_ends and joined[m.first - 1])
            and m.first not in teams
        ]  # fmt: skip
    named = _not_passed_on(ctx, named, passes) if passes else named
    named = _not_another_units(ctx, named)
    named = _not_looked_up(ctx, named)
    found = (
        _crews_intake(ctx, named + _verb_and_object_goals(ctx, sections))
        + _dispatched(ctx, sections)
        + _paid_per_sale(ctx)
    )
    if found:  # "we can't take applications that way", "Резюме направляйте в отдел кадров": how to apply, no duty
        applicants = _applicant_words(ctx, contact_us=False)
        # (an item of the duties list is the job's: "wprowadzasz zgłoszenia dzieci do systemu rekrutacji")
        found = [m for m in found if _duty_item(ctx, m) or not _said_to_applicants(ctx, m.span, applicants)]
    if "duties" not in ctx.section_names:  # the intro is read: the firm's word on its own business is no duty
        own = [v for v in ctx.get("company_voice") if v.key == "self"]
        found = [m for m in found if not any(v.overlaps(m) for v in own)]
    tech_lines = {line_bounds(ctx.text, m.start) for m in found if m.key == "technical_support"}
    if not tech_lines:
        return found
    return [m for m in found if m.key not in TECH_SUBSUMED or line_bounds(ctx.text, m.start) not in tech_lines]


def _not_looked_up(ctx: Context, named: list[Match]) -> list[Match]:
    """The goal matches less a bare system read as documentation where the sentence only looks things up in it ("W
    systemie rozliczeń widzisz, że przy odczycie wpisano 1843", "в системе проверяете, дошла ли оплата"): no record
    kept, unless a recording verb stands in the sentence too ("w systemie sprawdzasz saldo i zapisujesz notatkę")."""
    looking = ctx.get("looking_up")
    places = {p.span for p in looking if p.key == "place"}
    verbs = [v.start for v in looking if v.key == "verb"]
    if not places or not verbs:
        return named
    recording = [v.start for v in ctx.get("recording") if v.key == "verb"]

    def looked_up(m: Match) -> bool:
        return sentence_holds(ctx.text, m.span, verbs) and not sentence_holds(ctx.text, m.span, recording)

    return [m for m in named if not (m.key == "documentation" and m.span in places and looked_up(m))]


_BOOKING_WORD = re.compile(r"book(?:s|ed|ing|ings)?|rezerwacj\w*|rezerwow\w*|бронир\w*|запис\w*", re.I)
TEAM_REACH = 20  # words from a passing verb to the team, the case described between them


def _passes(ctx: Context, sections: frozenset[str]) -> list[tuple[Match, Match]]:
    """Each passing verb with a team it passes to: in the verb's sentence, a few words on; across a dash ("pass anything
    technical – a faulty box – on to ...")."""
    handover = ctx.get("handover", sections=sections)
    verbs = [v for v in handover if v.key == "verb"]
    if not verbs:
        return []
    return [
        (v, t)
        for t in handover
        if t.key == "target"
        for v in verbs
        if 0 < t.first - v.last <= TEAM_REACH and sentence_bounds(ctx.text, v.span)[1] >= t.end
    ]


def _teams_passed_to(passes: list[tuple[Match, Match]]) -> tuple[set[int], set[int]]:
    """The first and last tokens of the teams cases are passed to: the goal words right before one ("pass anything
    technical on to the client's technical support team") or right after one ("przekazujesz do działu reklamacji")
    name that team, not the job's work."""
    return {t.first for _, t in passes}, {t.last for _, t in passes}


# what another team does when the job passes it on ("Sprawy szkodowe i zaległości w płatnościach przekazujesz do
# właściwych zespołów", "leads passed to the sales team"): the passing is the job's escalation, the selling or the
# collecting another team's. (Not the complaints, faults or problems passed on: the writers count those taken in as
# the job's, and every goal read so lost 490 right ones on dev with the lexicons alone.)
PASSED_ON_GOALS = frozenset({"sales", "debt_collection"})


def _not_passed_on(ctx: Context, named: list[Match], passes: list[tuple[Match, Match]]) -> list[Match]:
    """The goals named less the selling and collecting a passing verb hands to a team: in the verb's clause (a duty of
    its own, "вежливо напоминаете о платеже", stands before a comma or a bracket), before the team."""
    joined, starts = ctx.toks.clause_next, ctx.toks.starts

    def clause_start(verb: Match) -> int:
        j = verb.first
        while j > 0 and joined[j - 1]:
            j -= 1
        return starts[j]

    handed = [(clause_start(v), t.start) for v, t in passes]
    return [
        m for m in named
        if m.key not in PASSED_ON_GOALS or not any(lo <= m.start and m.end <= hi for lo, hi in handed)
    ]  # fmt: skip


UNIT_REACH = 4  # words between a unit's verb of doing and the unit ("zajmuje się u nas dział prawny")


def _not_another_units(ctx: Context, named: list[Match]) -> list[Match]:
    """The goals named less another unit's work: a goal across a unit's verb of doing from the unit, in one clause
    ("Formalnymi reklamacjami zajmuje się u nas dział prawny", "Претензиями занимаются юристы"), or in the unit's
    name right after it ("отдел претензионной работы"). (Passing a case to the unit stays the job's escalation.)"""
    verbs = [v for v in ctx.get("others") if v.key == "handles"]
    if not verbs:
        return named
    units = [t for t in ctx.get("handover") if t.key == "target"]
    pairs = [
        (v, t)
        for v in verbs
        for t in units
        if (0 < t.first - v.last <= UNIT_REACH or 0 < v.first - t.last <= UNIT_REACH) and same_clause(ctx, v, t)
    ]
    if not pairs:
        return named

    def theirs(m: Match) -> bool:
        for v, t in pairs:
            lo, hi = (m.end, v.start) if m.start < v.start else (v.end, m.start)
            # ("przyjmowanie reklamacji – rozpatruje je kierownik ds. jakości": taking them in is the job's)
            if not same_clause(ctx, m, v) or DASH.search(ctx.text, lo, hi):
                continue
            if (m.last < v.first) != (t.last < v.first):  # the goal and the unit on either side of the verb
                return True
            if 0 < m.first - t.last <= 2 or t.first - m.last == 1:  # a word of the unit's name ("Complaints Unit")
                return True
        return False

    kept: list[Match] = []
    another: list[Match] = []
    for m in named:
        (another if m.key != "escalation" and theirs(m) else kept).append(m)
    ctx.worked_out["another_units"] = another
    return kept


def denied_goals(ctx: Context, goals: tuple[str, ...]) -> frozenset[str]:
    """The goals whose words the ad names as another unit's work ("reklamacjami zajmuje się dział prawny"): the
    learned reading weighs the words, not whose work the sentence says it is, so it adds none of these. (Not the
    goals of a denied phrase: "no sales targets" in an ad that sells in other words; dev 45 right fewer.)"""
    return frozenset(m.key for m in ctx.worked_out.get("another_units", [])) - set(goals)


# Goals a verb names with its object some words on, which fixed phrases cannot span: lexicon field -> goal
OBJECT_REACH = 14  # words from the verb to its object ("passing order problems such as lost parcels or
# faulty items to our Customer Care team")
OFFERED_REACH = 5  # words from an offering verb to what is sold ("offer customers the extended warranty")
RECORDED_REACH = 8  # words from a recording verb to where it is kept ("Record each interaction accurately in the CRM")
RESOLVED_REACH = 6  # words from a resolving verb to what went wrong ("ustalasz na magazynie, co się stało")
VERB_OBJECT_GOALS = {
    # (as far as a team is read as the one cases are passed to: its words name no goal of the job, the passing does)
    "handover": ("escalation", TEAM_REACH),
    "booking": ("appointment_setting", OBJECT_REACH),
    "offering": ("sales", OFFERED_REACH),
    "resolving": ("problem_resolution", RESOLVED_REACH),
    "recording": ("documentation", RECORDED_REACH),
}
TAKEN_REACH = 4  # words from a taking verb to what comes in ("take written complaints", "принимать жалобы пациентов")
# Direction read from a verb and its object: lexicon field -> (direction key, reach). Contacts taken are "answers",
# the weak inbound side an outbound caller has on its own calls too.
VERB_OBJECT_DIRECTIONS = {"calling": ("outbound", CALLED_REACH), "answering": ("answers", TAKEN_REACH)}
CALLERS_REACH = 4  # words from the callers back to their verb ("Жильцы наших 40 домов звонят")


COMMISSION_REACH = 4  # words from a pay word to what was sold ("prowizję od każdej odnowionej i nowej polisy")


def _paid_per_sale(ctx: Context) -> list[Match]:
    """Pay for each thing sold, wherever the pay is told ("premia od sprzedanych pakietów ochrony", "commission on
    plans renewed and sold"): the duties sell, in whatever words they tell it."""
    return [
        m._replace(field="goals", key="sales")
        for m in verb_and_object(ctx, "commission", None, COMMISSION_REACH, across_commas=False)
    ]


def _dispatched(ctx: Context, sections: frozenset[str]) -> list[Match]:
    """A fault with the crew sent to it in its sentence ("gdy koncentrator przestanie działać – wysyłasz serwisanta",
    "get a technician out to a furnace with no heat"): incident intake, read on the fault."""
    faults = [m for m in ctx.get("dispatch", sections=sections) if m.key == "fault"]
    if not faults:
        return []
    crews = sorted(m.start for m in ctx.get("dispatch") if m.key == "crew")
    return [f._replace(field="goals", key="incident_intake") for f in faults if sentence_holds(ctx.text, f.span, crews)]


def _verb_and_object_goals(ctx: Context, sections: frozenset[str]) -> list[Match]:
    """A goal read from a verb ("pass", "przekazujesz", "записывать") and, a few words on in the same clause,
    its object ("to the claims team", "dyrektorkom", "на экскурсию"): escalation, appointment setting."""
    out = []
    for fld, (goal, reach) in VERB_OBJECT_GOALS.items():
        out += [m._replace(field="goals", key=goal) for m in verb_and_object(ctx, fld, sections, reach)]
    return out


def _crews_intake(ctx: Context, found: list[Match]) -> list[Match]:
    """A job passed to the crew that goes out to it ("log repairs, raising jobs for our trades team", "о протечках ...
    передаёте аварийной бригаде", "zgłoszenia o zepsutych rowerach przekazywać naszej ekipie serwisowej") is the
    fault's intake, no case escalated (README); not the bug flagged to the platform's engineers, with no fault taken
    in its sentence."""
    crews = [c for c in ctx.get("dispatch") if c.key == "crew"]
    if not crews or not any(m.key == "escalation" for m in found):
        return found
    faults = sorted(
        [f.start for f in ctx.get("dispatch") if f.key == "fault"]
        + [g.start for g in ctx.get("goals") if g.key == "incident_intake"]
    )
    complaints = [m.start for m in found if m.key == "complaints"]
    return [
        m._replace(key="incident_intake")
        if m.key == "escalation"
        and _to_crew(m, crews)
        and _fault_told(ctx, m.span, faults)
        and not _complaint_passed(ctx, m, complaints, faults)
        else m
        for m in found
    ]


def _complaint_passed(ctx: Context, passed: Match, complaints: list[int], faults: list[int]) -> bool:
    """Whether what is passed on is a complaint: one told before the passing word in its sentence, no fault between
    ("Reklamacje, których nie da się rozwiązać od ręki, ... przekazujesz do operatora sieci" stays an escalation,
    whatever fault the part told before; "rozpatrywać reklamacje ..., a zgłoszenia o zepsutych rowerach przekazywać
    ekipie" passes the fault)."""
    lo = sentence_bounds(ctx.text, passed.span)[0]
    last = max((c for c in complaints if lo <= c < passed.start), default=None)
    return last is not None and not any(last < f < passed.start for f in faults)


def _fault_told(ctx: Context, span: Span, faults: list[int]) -> bool:
    """A fault in the sentence of the span or earlier in its part of the ad: "Answer calls from members who have broken
    down" two items above "send the nearest tow truck or service technician" is the same duty's fault."""
    if sentence_holds(ctx.text, span, faults):
        return True
    part_start = next((lo for lo, hi, _ in ctx.parts() if lo <= span[0] < hi), 0)
    return any(part_start <= f < span[0] for f in faults)


# words from a passing word to the crew named after it ("przekazywanie usterek wymagających wizyty na dachu do ekip
# serwisowych")
CREW_REACH = 8


def _to_crew(passed: Match, crews: list[Match]) -> bool:
    """Whether a case passed on ends on the name of a crew that goes out ("... for our trades team"), or the passing
    word is followed by one."""
    return any(c.start < passed.end <= c.end or 0 < c.first - passed.last <= CREW_REACH for c in crews)


def goal_sections(ctx: Context) -> frozenset[str]:
    return frozenset({ctx.duty_section, "title"})


def agent_goals(goal_keys: tuple[str, ...], role_id: str | None) -> tuple[str, ...]:
    """Goals are the agent's: a manager's, trainer's or planner's ad describes the team's, not theirs;
    a team leader's own contact with customers is the escalated call, the complaint and the case put right; a
    collector sells nothing."""
    if role_id in NON_AGENT_ROLES:
        return ()
    if role_id == "team_leader":
        return tuple(g for g in goal_keys if g in TEAM_LEADER_GOALS)
    if role_id == "technical_support_second_line" and "technical_support" in goal_keys:
        # a second line's answers and fixes are the technical support itself (see TECH_SUBSUMED)
        return tuple(g for g in goal_keys if g not in TECH_SUBSUMED)
    if role_id == "debt_collection_agent":
        # the repayment plans and settlements a collector offers are the collection itself, no sale, and the
        # customers it keeps on good terms no retention
        return tuple(g for g in goal_keys if g not in SALES_GOALS)
    return goal_keys


def agent_job(
    channels: tuple[str, ...],
    direction: str | None,
    goal_keys: tuple[str, ...],
    role_id: str | None,
    *,
    out_of_category: bool,
    weak_inbound: str | None = None,
    off_the_line: bool = False,
) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
    """Channels, direction and goals as the job has them: none for an ad whose title is out of category
    (a driver who "calls customers before delivery" has no contact-center channel or goal)."""
    if out_of_category:
        return (), None, ()
    goals = agent_goals(goal_keys, role_id)
    if off_the_line:  # a leader "not on the phones yourself" takes none of the team's contacts
        return channels, None, goals
    if direction is None and not channels and role_id == "team_leader" and "escalation" in goals:
        # a leader who takes over the contacts the team escalates ("przejmujesz trudne rozmowy"), channels unnamed:
        # those contacts come in, as the team's do
        direction = "inbound"
    return channels, agent_direction(direction, role_id, channels, weak_inbound), goals


def agent_direction(
    direction: str | None, role_id: str | None, channels: tuple[str, ...], weak_inbound: str | None = None
) -> str | None:
    """The direction as the agent works: none for roles off the phones; the role's own when the ad names
    channels but no direction (a hotline agent answers); both when the ad names only the direction opposite
    to the role's own (a hotline agent who also "calls customers back" works both); an outbound caller who
    answers questions on its own calls still calls out."""
    if role_id is None:
        return direction
    if role_id in NO_DIRECTION_ROLES:
        return None
    if role_id in TWO_WAY_ROLES and (direction is not None or channels):
        return "both"
    default = role_defs()[role_id].raw.get("default_direction")
    if direction == "both" and weak_inbound and default == "outbound":
        return "outbound"
    if direction is None:
        return default if channels else None
    if direction == "inbound" and weak_inbound == "answers" and default is None:
        # an account manager or a sales support "answers distributors' questions": no line of its own
        return None
    if direction in ("inbound", "outbound") and default in ("inbound", "outbound") and direction != default:
        return "both"
    return direction


def service_sales_mix(
    ctx: Context,
    goal_keys: tuple[str, ...],
    kpi_keys: tuple[str, ...],
    role_id: str | None,
    direction: str | None = None,
    learned: tuple[str, ...] = (),
) -> tuple[str | None, tuple[str, ...]]:
    """The mix and the cues that decided it."""
    if role_id is None and not goal_keys:
        return None, ()  # out of category: no contact work to mix
    stated = _stated_share(ctx)
    if stated is not None:
        sales_pct, m, pct = stated
        ctx.note("service_sales_mix", [pct, m.span])
        cue = f"stated share: {ctx.text[min(m.start, pct[0]) : max(m.end, pct[1])]}"
        return _mix_of_share(sales_pct), (cue,)
    explicit = ctx.get("mix")
    if explicit:
        ctx.note("service_sales_mix", explicit[:1])
        return explicit[0].key, (f"stated: {ctx.text[explicit[0].start : explicit[0].end]}",)
    # collections and surveys sell nothing and serve no one: no mix for a job that is one of them (its role, or such
    # a goal with fewer than two service goals beside it); one arrears reminder on a service desk hides nothing
    neutral_job = role_id in NEUTRAL_ROLES or (
        bool(NEUTRAL_GOALS & set(goal_keys)) and len(set(SERVICE_GOALS) & set(goal_keys)) < MIX_SERVICE_MIN
    )
    if role_id in NON_AGENT_ROLES or role_id == "team_leader" or neutral_job:
        return None, ()
    negated_sales = [m for m in ctx.get("goals", negated=True) if m.key == "sales"]
    # each goal counts once: "sprzedaż" named five times sells no more than named once
    affirmed = list({m.key: m for m in reversed(affirmed_goals(ctx))}.values())[::-1]
    sales = [m for m in affirmed if m.key in SALES_GOALS]
    # an outbound agent's order entry ("оформлять заявки на подключение") closes the sale, it serves no caller; a
    # desk of another role whose calls out are all the ad names still serves with its answers and orders
    outbound_seller = direction == "outbound" and role_id == "outbound_agent"
    service_keys = OUTBOUND_SERVICE_GOALS if outbound_seller else SERVICE_GOALS
    service = [m for m in affirmed if m.key in service_keys]
    # "Nie prowadzimy tu telesprzedaży" sells nothing, unless the duties' words still tell a sale ("Przedstawiasz
    # ofertę rodzinną ... przygotowujesz aneks"): the learned reading's sales goals then count as its cues
    learned_sales = [] if sales or not negated_sales else sorted(set(SALES_GOALS) & set(learned))
    if negated_sales and not sales and not learned_sales:
        ctx.note("service_sales_mix", negated_sales[:1])
        return "service_only", (f"negated: {ctx.text[negated_sales[0].start : negated_sales[0].end]}",)
    n_sales = len(sales) + len(learned_sales) + (1 if "sales_target" in kpi_keys else 0)
    n_service = max(len(service), len(set(service_keys) & set(learned))) if learned_sales else len(service)
    if n_sales == 0 and n_service == 0:
        return None, ()
    cues = (f"{n_sales} sales cues", f"{n_service} service cues")
    if n_sales == 0:
        # nothing sold: the visits booked for callers ("zapisy na wizyty ..., przekładanie i odwoływanie terminów")
        # are service work too, a second cue beside another service one (a line that only books states no mix)
        if direction in ("inbound", "both") and "appointment_setting" in {m.key for m in affirmed} | set(learned):
            n_service += 1
        # two service duties at least: one alone ("handle complaints") does not state that nothing is sold
        if n_service < 2 and not set(SALES_GOALS) & set(learned) and len(set(service_keys) & set(learned)) >= 2:
            n_service = len(set(service_keys) & set(learned))
        return ("service_only" if n_service >= 2 else None), cues
    if n_service == 0:
        return "sales_only", cues
    share = n_sales / (n_sales + n_service)
    if share >= 0.75:
        return "mostly_sales", cues
    if share <= 0.4:
        return "mostly_service", cues
    return "balanced", cues


# "20% Twojej pracy to sprzedaż", "About 30% of your time is sales calls", "продажи — около 10% работы"
# (a share is a whole number: "1,5% от выработки" is a commission)
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3})(?![.,]\d)\s?(?:%|proc\b|procent|percent|процент)", re.I)
SHARE_GAP = 40  # characters from a percentage to the work it is a share of, or from the work to its percentage
# a comma or a bracket ends the reach ("80% czasu), 20% to sprzedaż"); so do the words of a commission or a
# discount ("prowizja 10% od sprzedaży", "5% of sales", "20% скидка на обслуживание")
_SHARE_STOP = re.compile(
    r"[.,;!?()\n]|rabat|zniżk|discount|скидк|prowizj|commission|комисси|premi|bonus|бонус"
    r"|^\W*(?:od|of|от|z|с|from|on|na|на|за|za|for)\W*$|^\W*(?:od|от)\s(?!czasu|pracy|времени|работы)",
    re.I,
)
# between the work and its percentage after it only a verb of measure: "продажи составляют около 10%",
# "sprzedaż – 30%", "sales make up about 30%" ("Support team is proud of a 94%" names no share)
# what a percentage is a share of: the work itself ("30% Twojej pracy", "20% of your time", "10% рабочего времени")
_OF_THE_WORK = re.compile(
    r"\s(?:(?:twojej|twego|swojej|całej|twojego|of\s+(?:your|the)|вашей|вашего|всей)\s+)?"
    r"(?:pracy|czasu|time|work|working\s+day|работы|рабочего\s+времени|времени)\b",
    re.I,
)
_SHARE_THEN = re.compile(
    r"[\s:–—-]*(?:(?:составля\w*|занима\w*|stanowi\w*|zajmuj\w*|to|is|are|make\sup|makes\sup|takes?|около|примерно|это|где-то"
    r"|około|ok|ca|about|around|roughly|approx|approximately)\.?[\s:–—-]*)*",
    re.I,
)


# after a half: the working day it is a half of ("half of your day", "połowę czasu", "половину рабочего времени")
_HALF_OF_THE_DAY = re.compile(
    r"\s+(?:of\s+)?(?:(?:your|the|our|a)\s+)?(?:working\s+)?(?:day|time|week|shift|czasu|pracy|dnia|zmiany|"
    r"(?:рабочего\s+)?(?:времени|дня)|работы|смены)\b",
    re.I,
)
_HALF_STOP = re.compile(r"[.;!?\n]")  # a half and its work in one sentence


def _stated_share(ctx: Context) -> tuple[int, Match, tuple[int, int]] | None:
    """The sales share of the work an ad states in per cent, from the first work word with a percentage in its
    clause: right before it ("20% Twojej pracy to sprzedaż") or after it ("продажи — около 10% работы")."""
    words = ctx.get("share", sections=JOB_SECTIONS)
    # "about half of your day goes on selling": a half of the working day said in words is a share of 50
    halves = [h for h in words if h.key == "half" and _HALF_OF_THE_DAY.match(ctx.text, h.end)]
    words = [w for w in words if w.key != "half"]
    if not words or (
        not halves and "%" not in ctx.text and not any(w in ctx.low for w in ("proc", "percent", "процент"))
    ):
        return None
    text = ctx.text
    for m in words:
        half = next(
            (h for h in halves if 0 < m.start - h.end <= SHARE_GAP and not _HALF_STOP.search(text, h.end, m.start)),
            None,
        )
        if half is not None:
            return 50, m, half.span
        before = list(_PERCENT.finditer(text, max(0, m.start - SHARE_GAP), m.start))
        pct = before[-1] if before and not _SHARE_STOP.search(text[before[-1].end() : m.start]) else None
        if pct is None:
            after = _PERCENT.search(text, m.end, m.end + SHARE_GAP)
            pct = after if after is not None and _SHARE_THEN.fullmatch(text, m.end, after.start()) else None
        if pct is None:
            # "Sprzedaż nowych usług (np. TV, drugi numer) to ok. 30% Twojej pracy": further on in the sentence, a
            # percentage that says it is a share of the work
            _, end = sentence_bounds(text, m.span)
            later = _PERCENT.search(text, m.end, end)
            pct = later if later is not None and _OF_THE_WORK.match(text, later.end()) else None
        if pct is None or int(pct.group(1)) > 100:
            continue
        value = int(pct.group(1))
        return (value if m.key == "sales" else 100 - value), m, pct.span()
    return None


def _mix_of_share(sales_pct: int) -> str:
    if sales_pct <= 0:
        return "service_only"
    if sales_pct >= 100:
        return "sales_only"
    if sales_pct < 40:
        return "mostly_service"
    return "balanced" if sales_pct <= 60 else "mostly_sales"


# a mean rating with its scale: "4,7/5", "4,8 na 5", "4,8 из 5", "4.3 out of 5", "8.5/10" (a decimal: "5/2" is a rota);
# led by its first digit, the look-behinds after it, so the engine skips to the digits
_OUT_OF = r"\s?(?:/\s?|out of |na |z |из )"
_RATING_SCALE = re.compile(
    rf"[1-9](?<![\d.,][1-9])[.,]\d(?:(?<=[1-4][.,]\d)\d?{_OUT_OF}5|(?<=[5-9][.,]\d){_OUT_OF}10)(?![\d.,]\d)", re.I
)
_BONUS_FOR = re.compile(
    r"(?:bonus|premi[aęią]|премия|премии|премию|бонус)\w*[^.\n;]{0,30}?"
    r"\b(?:based on|depending on|depends on|linked to|tied to|zależn\w* od|uzależnion\w* od|по итогам|по результатам|"
    r"в зависимости от|за)\b"
)
_MEASURE = re.compile(r"\d\s?(?:%|\+)|\d+\s?(?:calls|połącze|звонк|rozm|dials|contacts|kontakt)", re.I)
# a time limit with its figure ("90% within 10 seconds", "w ciągu jednego dnia roboczego", "не позднее 2 рабочих
# часов"): in the part that says how the work is measured, the speed of the answer
_TIME_LIMIT_WORDS = (
    "within", "w ciągu", "w przeciągu", "в течение", "не позднее", "не позже", "не дольше",
    # "odpisujemy w maksymalnie 3 minuty", "najpóźniej następnego dnia roboczego", "poniżej 60 sekund", "не позже чем
    # через 15 минут", "ответ в тот же рабочий день", "no later than", "reply the same day"
    "najpóźniej", "maksymalnie", "dłużej niż", "poniżej", "no later than", "in under", "in less than", "by the next",
    "the same", "same working", "в тот же", "менее чем за",
)  # fmt: skip
_TIME_UNIT = r"(?:sec|min|hour|hr|day|business day|working day|sekund|minut|godzin|dni|dnia|секунд|минут|час|дн|рабоч)"
_TIME_LIMIT = re.compile(rf"(?:{'|'.join(_TIME_LIMIT_WORDS)})\s+(?:\S+\s+){{0,3}}?{_TIME_UNIT}\w*", re.I)
_TIME_LIMIT_FOLDED = re.compile(_TIME_LIMIT.pattern)  # (all lowercase: for ctx.folded, without re.I, ten times faster)
# under a targets header a bare "up to" or "in" is a limit too ("Первый ответ в чате — до 5 минут", "do 90 sekund",
# "доля рекламаций, закрытых за 10 рабочих дней")
_TARGET_TIME_LIMIT = re.compile(
    rf"(?:{'|'.join(_TIME_LIMIT_WORDS)}|до|за|do|up to|under|in|maks\.?|max\.?)\s+(?:\S+\s+){{0,2}}?{_TIME_UNIT}", re.I
)
ANSWER_REACH = 60  # characters from the answers to their time limit ("odpowiada się mailowo w ciągu jednego dnia")
# the recruiter's promise ("we'll reply to every applicant", "ответим всем", "odpowiemy w ciągu 7 dni")
_RECRUITER_ANSWERS = re.compile(
    r"\bwe(?:'ll| will) (?:reply|respond|answer|get back|call|contact|be in touch)"
    r"|\bwill (?:call|contact|reply to|respond to|get back to|be in touch with) you\b"
    r"|ответим|перезвоним|свяжемся|odpowiemy|odpiszemy|oddzwonimy|skontaktujemy"
)
# "Odpowiadamy każdej osobie w ciągu 10 dni", "we reply to every applicant": the recruiter's answer to each applicant
_ANSWERS_TO_EVERYONE = re.compile(
    r"odpowiadamy (?:każdej|każdemu|wszystkim)|we (?:reply|respond) to (?:every|all|each)|отвечаем (?:всем|каждому)"
)
_ANSWER_WORD = re.compile(
    r"repl(?:y|ies)|respon[ds]|answer|acknowledg|odpowi|odpisu|ответ|отвеча|call(?:s|ing)? back|oddzwa|перезван"
)


# a figure of thousands right before a volume phrase ("3 000 звонков в день", "9 тысяч обращений", "4,000 calls a day")
_THOUSANDS_BEFORE = re.compile(
    r"(?:\d[\s\xa0\u202f.,]?\d{3}|\d\s?(?:k|тыс\.?|тысяч\w*|tys\.?|tysięc\w*|thousand))\s*$", re.I
)


def kpis(ctx: Context) -> tuple[str, ...]:
    found: dict[str, list[Span]] = {}

    def add(m: Match) -> None:
        spans = found.setdefault(m.key, [])
        if m.span not in spans:
            spans.append(m.span)

    # "KPI проекта: FCR и AHT", "Targets: 90% quality" after the requirements: a line that opens with a targets
    # header states them wherever it stands
    lines = []
    target_headers = [m for m in ctx.get("sections") if m.key == "targets"]
    for m in target_headers:
        lo, hi = line_bounds(ctx.text, m.start)
        before = ctx.text[lo : m.start].rstrip()
        if not before.strip(" \t" + BULLETS):
            lines.append((lo, hi))
        elif before.endswith((".", "!", "?")):
            # ... or opens a sentence of a paragraph ("... osób. Twoją pracę oceniamy na podstawie odsłuchów"):
            # that sentence
            lines.append(sentence_bounds(ctx.text, m.span))
    # "Monthly bonus based on your quality scores and customer feedback", "premia zależna od wyników ankiet
    # satysfakcji": the customers' ratings a bonus is paid for measure the work (other everyday words on such a line,
    # "за объём продаж", are read less surely: only the ratings count)
    bonus_lines = [line_bounds(ctx.text, b.start()) for b in _BONUS_FOR.finditer(ctx.low)]
    # "60+ calls a day", "85% quality score" among the requirements: a measure stated with its figure
    for m in ctx.get("kpis", sections=frozenset({"requirements"})):
        lo, hi = line_bounds(ctx.text, m.start)
        # (and a count of results with its figure before it: "План — 35 продлённых договоров в месяц")
        counted = m.key in ("sales_target", "volume") and any(ch.isdigit() for ch in ctx.text[lo : m.start])
        if counted or _MEASURE.search(ctx.text, lo, hi):
            lines.append((lo, hi))
        elif m.key == "sales_target":
            add(m)  # "Comfortable working towards monthly targets": the candidate asked to meet the job's sales target

    # "goals for quality, average handle time and first call resolution": a line naming two measures at least
    # says how the work is measured, so its everyday words ("quality") count too
    by_line: dict[tuple[int, int], set[str]] = {}
    for m in ctx.get("kpis", sections=JOB_SECTIONS):
        by_line.setdefault(line_bounds(ctx.text, m.start), set()).add(m.key)
    lines += [span for span, keys in by_line.items() if len(keys) >= 2]

    def on_targets_line(m: Match) -> bool:
        return any(lo <= m.start < hi for lo, hi in lines)

    def on_bonus_line(m: Match) -> bool:
        return any(lo <= m.start < hi for lo, hi in bonus_lines)

    def said_as_target(m: Match) -> bool:  # where the ad says how the work is measured
        return ctx.section_at(m.start) == "targets" or on_targets_line(m)

    # everyday words for a measure ("satisfaction surveys", "customers rate each chat") only where the ad says how
    # the work is measured: elsewhere they are the survey calls of the job or the checker's duty (and inside a
    # KPI phrase, "customer satisfaction survey results", they are that phrase)
    # (the targets header's own words measure nothing: "Как оценивают работу?")
    measured = [
        m
        for m in ctx.get("measured")
        if (said_as_target(m) or (m.key == "csat" and on_bonus_line(m)))
        and not any(h.overlaps(m) for h in target_headers)
    ]
    if measured:  # (rare: the KPI phrases' spans only then)
        kpi_phrases = ctx.get("kpis", negated=None)
        measured = [m for m in measured if not any(k.overlaps(m) for k in kpi_phrases)]
    applicants: list[int] | None = None  # (looked up at the first answering time)
    # "płatne szkolenie z systemu rejestracji i standardów obsługi", "обучение: стандарты общения": the service
    # standards the offered training teaches, no measure of the work ("ocenę jakości rozmów i coaching" is one)
    trainings = sorted(t.start for t in ctx.get("training", sections=frozenset({"offer"})))

    def taught(m: Match) -> bool:
        lo = sentence_bounds(ctx.text, m.span)[0]
        return any(lo <= t < m.start for t in trainings) and not (on_targets_line(m) or on_bonus_line(m))

    for m in sorted([*ctx.get("kpis", sections=JOB_SECTIONS), *measured], key=lambda m: m.start):
        if m.key == "quality" and trainings and ctx.section_at(m.start) == "offer" and taught(m):
            continue
        if m.key == "response_time":
            if applicants is None:
                applicants = _applicant_words(ctx, contact_us=False)
            # "Aplikuj przez przycisk – na zgłoszenia odpowiadamy w ciągu 7 dni": the recruiter's answer to the
            # applicants addressed before it in the sentence (not a measure run on into "Aplikuj:" after it, in text
            # that lost its breaks)
            lo = sentence_bounds(ctx.text, m.span)[0]
            if _recruiters_answer(ctx, m) or any(lo <= a < m.start for a in applicants):
                continue
        if m.key == "volume" and _THOUSANDS_BEFORE.search(ctx.text, max(0, m.start - 24), m.start):
            continue  # "контакт-центр принимает около 3 000 звонков в день": the whole centre's, no agent's measure
        add(m)
    for m in ctx.get("kpis"):
        if on_targets_line(m) or on_bonus_line(m):
            add(m)  # (what a bonus is paid for, wherever the line stands: "a quarterly bonus tied to quality scores")
    for key, span in _counted_targets(ctx, said_as_target):
        found.setdefault(key, []).append(span)
    # "monthly premium targets", "pledge goals", "cel umówionych spotkań", "Cel: 2 zamówienia na zmianę": a target and
    # what it counts sold or booked (among the requirements too: "gotowość do pracy z miesięcznym celem sprzedażowym")
    for m in verb_and_object(ctx, "sales_goal", SALES_GOAL_SECTIONS, SALES_GOAL_REACH, across_commas=False, before=3):
        add(m._replace(key="sales_target"))
    if "csat" not in found:
        # "średnio 4,8 na 5", "не ниже 4,7 из 5", "4.3 out of 5": a mean rating out of 5 (or 10) is the customers',
        # wherever the ad says it ("Na czym nam zależy" reads as requirements); not the company's app-store stars
        for rating in _RATING_SCALE.finditer(ctx.text):
            if ctx.section_at(rating.start()) not in ("company", "apply"):
                found["csat"] = [rating.span()]
                break
    if "response_time" not in found and (limit := _time_limit(ctx, lines)) is not None:
        found["response_time"] = [limit]
    for key, ms in found.items():
        ctx.note(f"kpis.{key}", ms)
    return tuple(found)


SALES_GOAL_SECTIONS = JOB_SECTIONS | {"requirements"}
SALES_GOAL_REACH = 5  # words from a target word to what it counts ("Cel na start: średnio 3 przedłużenia")


def _counted_targets(ctx: Context, said_as_target: Callable[[Match], bool]) -> list[tuple[str, Span]]:
    """A figure of contacts or results per day, week, month or shift ("ok. 120 połączeń dziennie", "8 podpisanych umów
    w miesiącu", "норма — 100 звонков за день"): the volume or the sales target it sets, with the figure and its noun
    as the evidence. Under a targets header the figure alone sets it ("Cel: 15 nowych zamówień")."""
    counted = ctx.keys("counted")
    nouns = [m for key in ("volume", "sales_target") for m in counted.get(key, ())]
    if not nouns:
        return []
    units = [u for u in ctx.get("time_unit") if u.key != "year"]
    rates = sorted(m.start for m in [*counted.get("period", ()), *units])
    breaks = {m.start for m in [*units, *counted.get("breaks", ())]}
    number_words = {m.end: m for m in ctx.get("number") if m.key not in ("0.5", "1")}
    kpi_phrases = ctx.get("kpis")
    out = []
    for m in nouns:
        on_targets = said_as_target(m)
        if ctx.section_at(m.start) not in JOB_SECTIONS and not on_targets:
            continue
        if any(k.overlaps(m) for k in kpi_phrases):
            continue  # a KPI phrase holding the noun says what it counts ("ЗАЯВКИ НА ПОДКЛЮЧЕНИЕ ЗА СМЕНУ")
        figure = _figure_before(ctx, bisect.bisect_left(ctx.toks.starts, m.start), number_words, breaks)
        if figure is not None and (on_targets or sentence_holds(ctx.text, m.span, rates)):
            out.append((m.key, (figure, m.end)))
    return out


def _figure_before(ctx: Context, first: int, number_words: dict[int, Match], breaks: set[int]) -> int | None:
    """Where the figure counting the word at token `first` starts: a number at most two words before it, with
    nothing but spaces or dashes between and no function word ("60–70 połączeń", "8 COMPLETED SWITCHES", "ten booked
    valuations", not "5 zł za każdą umowę"); None when there is none, or when it is a share ("9 na 10 połączeń",
    "80% звонков"), a figure of thousands ("4,000 calls a day": the company's), a list item's number or a one
    ("Priority 1 tickets")."""
    toks = ctx.toks
    stop = function_words(ctx.lex_lang)
    for i in range(first - 1, max(-1, first - 4), -1):
        if not toks.soft_next[i]:
            return None
        low = toks.lowers[i]
        if low.isdecimal():
            before = toks.lowers[max(0, i - 3) : i]
            gap = ctx.text[toks.ends[i - 1] : toks.starts[i]] if i > 0 else ""
            grouped = i > 0 and before[-1].isdecimal() and gap in (" ", ".", ",", "\xa0")
            # "9 na 10 połączeń", "8 из 10 звонков", "9 out of 10 calls": a share
            share = i > 1 and (before[-1] in stop or toks.starts[i - 1] in breaks) and any(map(str.isdecimal, before))
            numbered = ctx.text[toks.ends[i] : toks.ends[i] + 1] in (".", ")")  # "2. Przyjmowanie zgłoszeń"
            if grouped or share or numbered or len(low) > 3 or int(low) < 2:
                return None
            ranged = i > 0 and before[-1].isdecimal() and gap.strip() in ("-", "–", "—")
            return toks.starts[i - 1] if ranged else toks.starts[i]  # (the whole range: "60–70 połączeń")
        if (word := number_words.get(toks.ends[i])) is not None:
            return word.start
        if len(low) < 3 or not low.isalpha() or low in stop or toks.starts[i] in breaks:
            return None
    return None


def _recruiters_answer(ctx: Context, m: Match) -> bool:
    """Whether a time limit is the recruiter's answer to applicants: "our recruitment team will call you within three
    working days", "звони — ответим в течение дня"."""
    lo, hi = sentence_bounds(ctx.text, m.span)
    return _RECRUITER_ANSWERS.search(ctx.low, lo, hi) is not None


def _time_limit(ctx: Context, target_lines: list[Span]) -> Span | None:
    """A time limit with its figure under a targets header ("90% within 10 seconds") or on the answers in the
    ad's own words ("Replies are due within 10 working days", "odpowiada się mailowo w ciągu jednego dnia"):
    the response time. Not the recruiter's "odpowiemy w ciągu 7 dni"."""
    spans = [*target_lines, *ctx.section_spans("targets")]
    # (a limit on the handling time's line is that time: "average handling time under 5 minutes")
    handling = {line_bounds(ctx.text, m.start) for m in ctx.get("kpis") if m.key == "handling_time"} if spans else set()
    for lo, hi in spans:
        for limit in _TARGET_TIME_LIMIT.finditer(ctx.text, lo, hi):
            line = line_bounds(ctx.text, limit.start())
            # (the recruiter's "перезвоним в течение двух рабочих дней" at the end of the list is no target)
            if line not in handling and not _RECRUITER_ANSWERS.search(ctx.low, line[0], limit.start()):
                return limit.span()
    if not any(w in ctx.low for w in _TIME_LIMIT_WORDS) or not _ANSWER_WORD.search(ctx.low):
        return None
    applicants = _applicant_words(ctx, contact_us=False)
    folded = ctx.folded
    for limit in _TIME_LIMIT_FOLDED.finditer(folded) if folded is not None else _TIME_LIMIT.finditer(ctx.text):
        # the answers come before the limit, in its clause
        lo = max(
            sentence_bounds(ctx.text, limit.span())[0],
            limit.start() - ANSWER_REACH,
            ctx.text.rfind(";", 0, limit.start()) + 1,
        )
        answer = _ANSWER_WORD.search(ctx.low, lo, limit.start())
        if (
            answer is not None
            and ctx.section_at(limit.start()) in JOB_SECTIONS
            and not _RECRUITER_ANSWERS.search(ctx.low, max(0, answer.start() - 9), answer.end() + 3)
            and not _ANSWERS_TO_EVERYONE.search(ctx.low, answer.start(), limit.start())
            and not _said_to_applicants(ctx, limit.span(), applicants)
        ):
            return limit.span()
    return None


def duties(ctx: Context) -> tuple[Duty, ...]:
    """The items of the duties section, cleaned of bullets, with the goals each one names."""
    text = ctx.text
    out: list[Duty] = []
    for idx, name in enumerate(ctx.section_names):
        if name != "duties":
            continue
        start = text.find("\n", ctx.section_starts[idx])
        if start < 0:
            continue
        end = ctx.section_starts[idx + 1] if idx + 1 < len(ctx.section_starts) else len(text)
        pos = start + 1
        for line in text[start + 1 : end].split("\n"):
            line_start = pos
            pos += len(line) + 1
            prefix = _BULLET.match(line)
            body = line[prefix.end() if prefix else 0 :].strip().rstrip(";.,")
            if len(body) < 4:
                if out:
                    break  # a blank line after the list ends it
                continue
            s = line_start + line.find(body)
            span = (s, s + len(body))
            duty_goals = tuple(
                dict.fromkeys(m.key for m in ctx.get("goals") if span[0] <= m.start and m.end <= span[1])
            )
            out.append(Duty(body[0].upper() + body[1:], span, duty_goals))
        break
    for d in out:
        ctx.note("duties", [d.span])
    return tuple(out)

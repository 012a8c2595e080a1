"""The role of the ad in the taxonomy (callboard/data/roles.yaml), its level, and whether it is in category."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from callboard.analyzer.context import BULLETS, Context, item_holds, same_clause, sentence_holds, verb_and_object
from callboard.analyzer.lexicon import data_dir, load_yaml
from callboard.analyzer.matcher import Match
from callboard.errors import DataError
from callboard.profile import Experience, Role

LEVELS = ("entry", "specialist", "supervisory", "management")
RANKS = frozenset({"supervisory", "management"})
# Sections that speak of the firm, the application or what the candidate gets ("szkolenia produktowe",
# "e-learning" on offer), not of the job: role cues there say nothing about the role.
NOT_THE_JOB = ("company", "apply", "offer")
CONTACT = ("phone", "email", "chat", "messenger", "video", "social_media")  # channels of contact work at a distance
# Roles that lead, plan, train or check the agents: their ads name them in the title ("Team Leader",
# "Trener", "Руководитель"); the same words in the body of an agent's ad are whom the agent reports to.
LEADING_ROLES = frozenset(
    {"team_leader", "quality_analyst", "workforce_planner", "trainer", "contact_center_manager",
     "head_of_customer_service"}
)  # fmt: skip
# the agents of a contact centre's lines: their cues in an ad's body describe the contact centre itself
CALL_CENTRE_AGENTS = ("inbound_agent", "outbound_agent", "debt_collection_agent", "survey_interviewer")
WRITTEN = frozenset({"email", "chat", "messenger", "social_media", "letter"})
FACE_TO_FACE_SWAPPABLE = frozenset({"inbound_agent", "customer_service_specialist"})
# (lexicon field, roles.yaml key) of the role cues; "role_shared" holds the titles other trades share
CUE_FIELDS = (("role_title", "title_cues"), ("role_shared", "shared_title_cues"), ("role_text", "text_cues"))
_ITEM_END_OR_BRACKET = re.compile(r";|[,.](?:\s|$)|[()\[\]]")  # where a duty item ends inside a line


@dataclass(frozen=True)
class RoleDef:
    id: str
    isco08: str
    kzis: str | None
    level: str
    names: dict[str, str]
    raw: dict[str, Any]


@cache
def role_defs() -> dict[str, RoleDef]:
    raw = load_yaml(data_dir() / "roles.yaml", "roles.yaml") or []
    problems: list[str] = []
    out: dict[str, RoleDef] = {}
    for i, r in enumerate(raw):
        where = f"roles.yaml: role #{i + 1} ({r.get('id', '?') if isinstance(r, dict) else '?'})"
        if not isinstance(r, dict) or not isinstance(r.get("id"), str):
            problems.append(f"{where}: expected a mapping with an 'id'")
            continue
        if r.get("default_direction") not in (None, "inbound", "outbound"):
            problems.append(f"{where}: default_direction must be inbound or outbound")
        if r.get("level") not in LEVELS:
            problems.append(f"{where}: level must be one of {', '.join(LEVELS)}")
        if not (isinstance(r.get("isco08"), str) and len(r["isco08"]) == 4 and r["isco08"].isdigit()):
            problems.append(f"{where}: isco08 must be a 4-digit string")
        if r["id"] in out:
            problems.append(f"{where}: duplicate id")
        out[r["id"]] = RoleDef(
            r["id"], str(r.get("isco08")), r.get("kzis"), str(r.get("level")), dict(r.get("names") or {}), r
        )
    for rd in out.values():
        for nxt in rd.raw.get("next_roles") or []:
            if nxt not in out:
                problems.append(f"roles.yaml: role {rd.id}: next role {nxt!r} is not defined")
    if problems:
        raise DataError(problems)
    return out


# languages whose ads may carry an English title, and the title-only field their English title cues go to (the
# shared cues stay in role_shared, which is read in the title only anyway)
TITLES_IN_ENGLISH = frozenset({"pl", "ru"})
EN_TITLE_FIELD = "role_title_en"
# the lexicon fields this module fills (no lexicon file of their own)
FILLED_FIELDS = frozenset({*(f for f, _ in CUE_FIELDS), EN_TITLE_FIELD, "out_of_category"})


def role_rows(lang: str) -> list[tuple[str, str, str, str]]:
    """Lexicon rows (field, key, phrase, source) for the role cues and out-of-category titles."""
    rows: list[tuple[str, str, str, str]] = []
    path = data_dir() / "roles.yaml"
    if path.is_file():
        for rd in role_defs().values():
            for fld, key in CUE_FIELDS:
                cues = rd.raw.get(key) or {}
                own = [str(p) for p in cues.get(lang) or []]
                rows += [(fld, rd.id, phrase, f"roles.yaml ({rd.id}.{key}.{lang})") for phrase in own]
                if fld != "role_text" and lang in TITLES_IN_ENGLISH:
                    # Polish and Russian boards often title a job in English ("Customer Care Specialist",
                    # "Team Leader"): the English titles count in their titles, not in their bodies ("przekazujesz
                    # do 2nd line" names whom the agent hands on to)
                    en_field = EN_TITLE_FIELD if fld == "role_title" else fld
                    rows += [
                        (en_field, rd.id, str(phrase), f"roles.yaml ({rd.id}.{key}.en)")
                        for phrase in cues.get("en") or []
                        if str(phrase) not in own
                    ]
    ooc = data_dir() / "out_of_category.yaml"
    if ooc.is_file():
        for phrase in (load_yaml(ooc, "out_of_category.yaml") or {}).get(lang) or []:
            rows.append(("out_of_category", "title", str(phrase), f"out_of_category.yaml ({lang})"))
    return rows


# a possessive right before a role's title makes it a colleague's ("our quality coach", "swojemu team leaderowi")
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:our|your|nasz\w*|tw(?:ój|oj\w*)|sw(?:ój|oj\w*)|wasz\w*|наш\w*|ваш\w*|тво\w*|сво\w*)\s+\Z", re.I
)
POSSESSIVE_REACH = 16  # characters before a role's title searched for the possessive
COLLEAGUES = LEADING_ROLES | {"technical_support_second_line"}  # roles a possessive makes a colleague's


def classify(
    ctx: Context,
    channel_keys: tuple[str, ...],
    goal_keys: tuple[str, ...],
    direction: str | None,
    experience: Experience | None = None,
) -> Role:
    defs = role_defs()
    in_title = [m for m in ctx.get("role_title") + ctx.get(EN_TITLE_FIELD) if m.start < ctx.title_end]
    ooc_title = [m for m in ctx.get("out_of_category") if m.start < ctx.title_end]
    # the title's head comes first: "Оператор службы поддержки курьеров" is an operator's job, "Kurier z
    # obsługą klienta" a courier's
    contact_first = [m for m in ctx.get("contact_title") if m.start < min((o.start for o in ooc_title), default=0)]
    if contact_first:
        ooc_title = []
    # a contact phrase that holds the other trade's words ("Specjalistka ds. rekrutacji dzieci" holds the recruiter)
    # or is followed by them, the people it serves ("Тимлид группы поддержки водителей")
    # ... or that it modifies, right before it ("Team Leader – Payroll Software Support": the product supported)
    ooc_title = [
        o
        for o in ooc_title
        if not any(
            c.holds(o) or 0 < o.first - c.last <= 1 or (c.first == o.last + 1 and ctx.text[o.end : c.start].isspace())
            for c in ctx.get("contact_title")
        )
    ]
    # "Kurier Pojezierza (Olsztyn) – szukamy kogoś do działu prenumeraty" over "prenumerata@kurierpojezierza.pl": the
    # other trade's word opens the employer's name, which the ad's web or e-mail address spells
    ooc_title = [o for o in ooc_title if not _in_address(ctx, o)]
    # "Szprycha – Kurierzy Rowerowi (Wrocław) szuka osoby do obsługi zleceń": the words before the firm's hiring verb,
    # on the title's line, are the firm's name
    hiring = [h.start for h in ctx.get("company_voice") if h.key == "hiring" and h.start < ctx.title_end]
    ooc_title = [o for o in ooc_title if not any(o.end <= h and "\n" not in ctx.text[o.end : h] for h in hiring)]
    # ... and the other trade's phrase that holds a role's word names the other trade ("Ankieter terenowy" holds the
    # interviewer, who goes door to door)
    in_title = [m for m in in_title if not any(o.holds(m) for o in ooc_title)]
    body: Counter[str] = Counter()  # what the ad's body alone says the job is
    body_words: dict[str, set[str]] = {}  # ... and in how many different words

    def count(m: Match, weight: int) -> None:
        body[m.key] += weight
        body_words.setdefault(m.key, set()).add(" ".join(ctx.toks.lemmas[m.first : m.last + 1]))

    handovers = [v for v in ctx.get("handover") if v.key == "verb"]
    tools = ctx.get("tools")
    for m in ctx.get("role_title"):
        if m.start >= ctx.title_end and ctx.section_at(m.start) not in NOT_THE_JOB:
            # "передаёте контакт старшему мастеру-приёмщику": whom the case is passed to, not the job
            if any(_passed_to(ctx, m, v) for v in handovers):
                continue
            # "logging every conversation in our helpdesk": the tool the job works in, not the job
            if any(t.holds(m) for t in tools):
                continue
            # "Our quality coach scores a sample of your calls", "our second-line engineers": a colleague who leads,
            # checks or takes over the job's cases, not the job ("our support desk" is the team the job joins)
            if m.key in COLLEAGUES and _POSSESSIVE_BEFORE.search(ctx.text, max(0, m.start - POSSESSIVE_REACH), m.start):
                continue
            count(m, 2)
    # "rent arrears and tenant surveys are handled by other teams": another unit's work, no cue of the job ("вся
    # работа — исходящие звонки, входящую линию обслуживает другой отдел": the job's own clause stands)
    others = ctx.get("others")
    for m in ctx.get("role_text"):
        if ctx.section_at(m.start) not in NOT_THE_JOB and not any(same_clause(ctx, m, o) for o in others):
            count(m, 1)
    # a contact centre's lines the body describes ("контакт-центр", "входящие линии", "połączenia przychodzące")
    agents_work = sum(body[r] for r in CALL_CENTRE_AGENTS) >= 3
    # ... or whose body does the shared title's own work among contact words ("Специалист по контролю качества" who
    # leads "калибровки" of the operators' calls and chats)
    own_work = any(body[m.key] for m in ctx.get("role_shared") if m.start < ctx.title_end) and any(
        c.start >= ctx.title_end for c in ctx.get("contact_title")
    )
    shared = _shared_title_cues(ctx, in_title, agents_work or own_work)
    if shared:
        # "Team Lead, Customer Support", "Тимлид ночной смены поддержки", "Kontroler jakości – infolinia": a title
        # other trades share names the contact team's leader, trainer or checker beside a contact word of the
        # title or in an ad about a contact centre's lines; the other-trade word it covers ("тимлид", "kontroler
        # jakości") no longer rules the ad out, and the agents' words of the title ("infolinia",
        # "konsultantów") are the team led, not the job
        ooc_title = [o for o in ooc_title if not any(s.holds(o) for s in shared)]
        if not ooc_title:  # another trade's own title ("Ассистент руководителя") still rules the ad out
            in_title = shared + [m for m in in_title if m.key in LEADING_ROLES]
    # "Planista / Planistka WFM w contact center", "Trener w call center": a leading role's title, then the contact
    # centre it works in (the agents' words after it name the place or the team, not the job)
    leads = [m.start for m in in_title if m.key in LEADING_ROLES]
    if leads:
        in_title = [m for m in in_title if not (m.key in CALL_CENTRE_AGENTS and m.start > min(leads))]
    scores: Counter[str] = Counter()
    for m in in_title:
        scores[m.key] += 10 + (m.last - m.first)
    if ooc_title and not in_title:
        ctx.note("role.out_of_category", ooc_title)
        return Role(None, None, None, False)
    scores.update(body)
    ranked = [r for r, _ in scores.most_common() if r in defs]
    # a generic agent's title narrowed by the calls' own trade ("Konsultant telefoniczny – windykacja") is that
    # trade's agent
    narrowed = [m.key for m in in_title if m.key in ("debt_collection_agent", "survey_interviewer")]
    if narrowed and ranked[:1] in (["inbound_agent"], ["outbound_agent"]):
        ranked = _put_first(narrowed[0], ranked)
    title_words = [m for m in ctx.get("contact_title") + ctx.get("level") if m.start < ctx.title_end]
    if not in_title and title_words and not any(m.key in RANKS for m in title_words):
        # an agent's title ("Агент поддержки клиентов", no rank word such as "kierownik" or "supervisor"):
        # the leaders the body names are whom the agent reports to, the dealership's service advisers ("мастера-
        # приёмщики") whom it books customers with
        ranked = [r for r in ranked if r not in LEADING_ROLES and r != "service_advisor"]
    default_level: str | None = None  # the level when the title has no level word; None: the role's own
    # the role the job's shape names (channels, goals, direction), for the steps below that let it decide
    inbound_first = _inbound_first(ctx, direction)
    desk_words = {m.key for m in ctx.get("desk_title") if m.start < ctx.title_end}  # the title's desk words
    specialist_title = "specialist" in desk_words
    shape = _fallback(channel_keys, goal_keys, direction, inbound_first, specialist_title)
    if (
        not in_title
        and ranked[:1] == ["social_media_support"]
        and channel_keys[:1] not in (("social_media",), ("messenger",))
    ):
        # the body's "Instagram" and "comments" in an ad whose work starts on the phone or by e-mail: one channel of
        # several, not a social media desk; the job's shape names the role
        ranked = _put_first(shape, ranked[1:]) if shape else ranked[1:]
    if (
        not in_title
        and ranked[:1] == ["outbound_agent"]
        and scores["outbound_agent"] < 2
        and (inbound_first or (direction in ("both", None) and channel_keys[:1] != ("phone",)))
    ):
        # one call made in the body ("dzwonisz do klienta", when a case gets tangled) of a desk whose work comes in
        # first, or that works in writing or face to face first: the job's shape names the role
        ranked = _put_first(shape, ranked) if shape else ranked
    if ranked and not in_title and not set(CONTACT) & set(channel_keys) and not _contact_work(ctx):
        # body cues alone ("szkolenia", "obsługa klienta" in a field sales rep's ad) make no contact job of
        # an ad whose title names none and that speaks of no phone, e-mail, chat or messenger work
        ranked = []
    if (
        not in_title
        and ranked[:1]
        and ranked[0] in NARROW_ROLES
        and (scores[ranked[0]] < 2 or (len(body_words.get(ranked[0], ())) < 2 and not _in_title_text(ctx, ranked[0])))
        and _contact_title(ctx)
    ):
        # a contact title that names no role ("Customer Support Advisor") and one passing word of the body for a
        # narrow trade ("Quoting prices", "data recovery", "a survey after each call"), however often it comes
        # ("quote rates", "asked for a quote"): the job's shape names it
        ranked = _put_first(shape, ranked) if shape else ranked
    if not in_title and len(ranked) > 1 and scores[ranked[0]] == scores[ranked[1]]:
        # the body names two roles as often ("na infolinii" and "back office"): the job's shape settles it
        tied = [r for r in ranked if scores[r] == scores[ranked[0]]]
        if shape in tied:
            ranked = _put_first(shape, ranked)
    if not ranked:
        # a role guessed from the job's shape only when contact work is the job's main activity: a
        # secretary or a field sales rep who "answers phones" and "serves clients" is no agent
        fallback = shape if _contact_work(ctx) else None
        if fallback is None or fallback not in defs:
            return Role(None, None, None, False)
        ranked = [fallback]
        default_level = "entry"  # a job no role names, guessed from its shape: the agent's rank
    if (
        not in_title
        and direction != "outbound"
        and "coordinator" in desk_words
        and "patients" not in desk_words
    ):
        # a contact job whose title's role is a coordinator ("Koordynator/ka zgłoszeń mieszkańców", "Delivery Booking
        # Coordinator", "Координатор по рекламациям") coordinates the desk's cases, whoever it talks to: the
        # coordinator's role; a coordinator of patients is a clinic's booking desk (read by its shape), and a caller
        # who only calls out is the outbound agent ("Installation Booking Coordinator")
        ranked = _put_first("customer_service_coordinator", ranked)
    if in_title:
        ctx.note("role", in_title[:1])
    # "Оператор колл-центра (исходящие звонки)": a generic agent title takes the ad's stated direction
    swap = {("inbound_agent", "outbound"): "outbound_agent", ("outbound_agent", "inbound"): "inbound_agent"}
    swapped = swap.get((ranked[0], direction or ""))
    # ... but a service desk whose one call made is all the outbound it names ("связываться с клиентами" about their
    # cases, no sale) keeps its title: the agent takes calls and also makes some
    if swapped == "outbound_agent" and in_title and goal_keys and not set(goal_keys) & OUTBOUND_GOALS:
        swapped = None
    # ... and the calls out of a desk whose first goal is collecting ("напоминания о платежах", "Collections" in the
    # title's brackets) are a collector's calls
    calls_out = ranked[0] == "outbound_agent" or swapped == "outbound_agent"
    if not in_title and shape == "debt_collection_agent" and calls_out:
        swapped = shape
    # an "agent" answering in writing (chat, e-mail, messengers named first, the phone at most after them:
    # "czat, e-mail, czasem telefon") is the back-office / written-channel specialist of the taxonomy,
    # whatever the title calls the job
    if ranked[0] == "inbound_agent" and channel_keys and channel_keys[0] in WRITTEN:
        swapped = "customer_service_specialist"
        default_level = defs["inbound_agent"].level  # the agent's job it was called: entry, as a chat agent's is
    # and a written specialist on a line whose phone comes first is the hotline agent when only the body names the
    # specialist and the phone is all it works by ("отдел обработки заказов"), when the title names the incoming
    # line beside a generic support title ("Специалист службы поддержки каршеринга (входящая линия)"), or when one
    # passing word of the body names it and the title calls it no specialist's ("Customer Care & Sales Consultant"
    # who "handles live chats")
    if (
        ranked[0] == "customer_service_specialist"
        and channel_keys[:1] == ("phone",)
        and (
            (not in_title and channel_keys == ("phone",))
            or any(m.key == "inbound_agent" and m.start < ctx.title_end for m in ctx.get("role_text"))
            or (not in_title and scores[ranked[0]] < 2 and not specialist_title and shape == "inbound_agent")
        )
    ):
        swapped = "inbound_agent"
    # a desk that receives people first of all (the face-to-face channel named first: a customer office, a
    # counter, a reception) is the customer advisor's, whatever it also answers by phone or in writing
    if ranked[0] in FACE_TO_FACE_SWAPPABLE and _main_channel(ctx, channel_keys) == "in_person":
        swapped = "customer_advisor"
    # ... and a customer advisor's title ("obsługa pasażerów") over a desk that only writes (chat and e-mail, no
    # counter) is the written-channel specialist's
    if (
        ranked[0] == "customer_advisor"
        and "in_person" not in channel_keys
        and len(WRITTEN & set(channel_keys)) >= 2  # (a lone e-mail may be a skill: "obsługa poczty elektronicznej")
        and channel_keys[0] in WRITTEN
    ):
        swapped = "customer_service_specialist"
    # ... and one over a desk that receives nobody, answers the phone first and names a hotline ("Konsultant Centrum
    # Obsługi Pasażera" on the "infolinia" and the chat) or the phone in its title ("Doradca Klienta – Biuro Obsługi
    # Telefonicznej") is the hotline agent's
    if (
        ranked[0] == "customer_advisor"
        and "in_person" not in channel_keys
        and channel_keys[:1] == ("phone",)
        and (body["inbound_agent"] or any(m.key == "phone" and m.start < ctx.title_end for m in ctx.get("channels")))
    ):
        swapped = "inbound_agent"
    # ... and a specialist's desk named in the title ("Specjalista ds. obsługi mieszkańców", "Специалист клиентского
    # отдела") whose phone comes with written work is the specialist's, when the title names no line ("Contact
    # Center", "zgłoszeń szkód", "Retention Specialist": the line's agent) and the body's cues made it an agent
    if (
        swapped is None
        and ranked[0] == "inbound_agent"
        and not in_title
        and specialist_title
        and WRITTEN & set(channel_keys)
        and "line" not in desk_words
    ):
        swapped = "customer_service_specialist"
    if swapped in defs:
        ranked = _put_first(swapped, ranked)
    best = defs[ranked[0]]
    secondary = ranked[1] if len(ranked) > 1 and scores[ranked[1]] >= 3 else None
    # the title names one role, the body clearly describes another ("Konsultant" doing cold sales)
    body_best = body.most_common(1)[0] if body else None
    consistent = None
    if in_title:
        consistent = not (body_best and body_best[0] != best.id and body_best[1] >= 4 and body[best.id] <= 1)
    own_cue = [m for m in in_title if m.key == best.id]
    level = _level(ctx, best, experience, own_cue, default_level or best.level)
    return Role(best.id, best.isco08, level, True, secondary, best.names.get(ctx.lex_lang), best.kzis, consistent)


_ADDRESS_NAME = re.compile(r"(?:@|www\.|https?://)([\w-]{4,})\.")


def _in_address(ctx: Context, m: Match) -> bool:
    """Whether the match and the word after it, run together, spell the domain of an address in the text."""
    if m.last + 1 >= len(ctx.toks):
        return False
    name = _folded("".join(ctx.toks.lowers[m.first : m.last + 2]))
    if name is None:
        return False  # (a name in Cyrillic: its address, if any, is transliterated)
    return any(name in a.group(1).lower().replace("-", "") for a in _ADDRESS_NAME.finditer(ctx.text))


def _folded(word: str) -> str | None:
    """The word in the letters of an address ("ł" as "l", accents dropped); None when it has other letters."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", word.replace("ł", "l")) if not unicodedata.combining(ch))
    return plain if plain.isascii() else None


HANDOVER_REACH = 5  # words from a passing verb to the role it passes the case to


def _passed_to(ctx: Context, m: Match, verb: Match) -> bool:
    """Whether a role's name stands a few words after a passing verb, in its sentence: the case goes to that role."""
    return 0 < m.first - verb.last <= HANDOVER_REACH and sentence_holds(ctx.text, m.span, [verb.start])


# roles one word of the body may name in passing ("quoting", "recovery", "survey", "warranty claims")
NARROW_ROLES = frozenset(
    {"sales_support_specialist", "debt_collection_agent", "survey_interviewer", "service_advisor", "account_manager"}
)


def _in_title_text(ctx: Context, role: str) -> bool:
    """Whether a body cue of the role stands in the title ("Revenues Assistant – Council Tax Arrears")."""
    return any(m.key == role and m.start < ctx.title_end for m in ctx.get("role_text"))


def _contact_title(ctx: Context) -> bool:
    return any(m.start < ctx.title_end for m in ctx.get("contact_title"))


def _put_first(role: str, ranked: list[str]) -> list[str]:
    return [role, *[r for r in ranked if r != role]]


def _shared_title_cues(ctx: Context, in_title: list[Match], agents_work: bool) -> list[Match]:
    """The shared title cues of roles.yaml (rank and trade words of other categories too: "team leader",
    "тренер", "kontroler jakości") in a title that also has a contact word, or in an ad whose body describes
    a contact centre's lines (agents_work), outside any role's own title cue ("Customer Success Manager" is an
    account manager's name, not a manager's rank). A team leader's title also names the team led by an agent's
    title cue ("Team Leader zespołu telesprzedaży"; a manager's or a trainer's rank beside one is often the agent's
    own title: "Inside Sales Manager")."""
    title_end = ctx.title_end
    shared = [m for m in ctx.get("role_shared") if m.start < title_end and not any(c.overlaps(m) for c in in_title)]
    if agents_work or any(m.start < title_end for m in ctx.get("contact_title")):
        return shared
    if any(m.key not in LEADING_ROLES for m in in_title):
        return [m for m in shared if m.key == "team_leader"]
    return []


def _contact_work(ctx: Context) -> bool:
    """Whether the ad says contact work is the job itself: a contact word in the title (contact_title), no title
    at all, a contact channel (CONTACT: phone, e-mail, chat, messenger, video, social media) in the first line of a
    duties part, or a channel and contacts coming in named in one sentence of the intro (of an ad told in prose, or
    above its duties header)."""
    if not ctx.title_end or _contact_title(ctx):
        return True
    if "duties" not in ctx.section_names:
        return _prose_contact_work(ctx)
    # the first item of the first two duties parts: "About the role" may open with the firm before "What you'll
    # be doing" lists the work
    parts = [i for i, name in enumerate(ctx.section_names) if name == "duties"][:DUTY_PARTS_READ]
    # (or the intro above them tells the contacts coming in: "Czytelnicy dzwonią i piszą do nas maile ... Twoja rola:")
    return (
        any(_first_duty_names_contact(ctx, idx) for idx in parts)
        or _prose_contact_work(ctx)
        or _desk_at_a_distance(ctx)
    )


def _desk_at_a_distance(ctx: Context) -> bool:
    """Whether a duty serves people face to face and by phone, e-mail or messenger in one item ("ответы на вопросы
    гостей — на стойке, по телефону и по электронной почте"): a front desk or a counter's contact work."""
    chans = [m for m in ctx.get("channels") if ctx.section_at(m.start) == "duties"]
    faces = [m.span for m in chans if m.key == "in_person"]
    distant = sorted(m.start for m in chans if m.key in CONTACT)
    if any(item_holds(ctx.text, span, distant) for span in faces):
        return True
    # ... or whose first duty receives people at a desk and a later one takes their bookings by phone or messenger
    # ("встречать клиентов на стойке" ... "принимать бронирования по телефону и в WhatsApp"); a field rep's visits and
    # "kontakt telefoniczny z klientami" take nothing in
    incoming = sorted(m.start for m in ctx.get("direction") if m.key in ("inbound", "orders_taken", "answers"))
    taken = any(m.key in CONTACT and item_holds(ctx.text, m.span, incoming) for m in chans)
    return bool(faces) and taken and _first_duty_names(ctx, "in_person")


DUTY_PARTS_READ = 2


def _first_duty_names(ctx: Context, key: str) -> bool:
    """Whether the first item of the first duties part names the channel."""
    idx = ctx.section_names.index("duties")
    return _first_duty_names_contact(ctx, idx, (key,))


def _first_duty_names_contact(ctx: Context, idx: int, keys: tuple[str, ...] = CONTACT) -> bool:
    start = ctx.section_starts[idx]
    end = ctx.section_starts[idx + 1] if idx + 1 < len(ctx.section_starts) else len(ctx.text)

    def names_contact(lo: int, hi: int) -> bool:
        return any(lo <= m.start < hi and m.key in keys for m in ctx.get("channels"))

    pos = start
    header_end = ctx.text.find("\n", start)
    header_end = end if header_end < 0 else min(header_end, end)
    if any(start <= m.start < header_end for m in ctx.get("direction")) or names_contact(start, header_end):
        # a header that tells the contacts coming in ("Z czym dzwonią i piszą klienci", "С чем к вам обращаются")
        return True
    for n, line in enumerate(ctx.text[start:end].split("\n")):
        # the header line counts only for what follows its colon ("Obowiązki: odbieranie telefonów")
        content = line.split(":", 1)[1] if n == 0 and ":" in line else ("" if n == 0 else line)
        if n and content.rstrip().endswith(":"):
            # a line that leads into the list ("Do jej zadań będzie należało:"): when it names no channel itself
            # ("Жители звонят в диспетчерскую ... С чем к вам приходят:" does), the list's first item is the duty
            if names_contact(pos, pos + len(line)):
                return True
        elif len(content.strip(" -–•*;.,")) >= 4:
            # its first item only: boards that run a list together ("Obowiązki: archiwizacja akt, obsługa
            # centrali telefonicznej, ...") put the whole list on one line; a bulleted line is one item
            # ("• przyjmowanie zgłoszeń przez portal, e-mail i telefon")
            lo = pos + len(line) - len(content)
            # (a numbered item, "1. Покупатели звонят и пишут в чат", is one item too: its dot ends no item)
            bulleted = content.lstrip()[:1] in BULLETS or _NUMBERED.match(content) is not None
            hi = lo + (len(content) if n and bulleted else _first_item_len(content))
            return names_contact(lo, hi)
        pos += len(line) + 1
    return False


# contacts coming in or made (orders taken come in, whoever takes them; "dzwonieniem do ich działów HR" are calls made)
CONTACTS_NAMED = ("inbound", "orders_taken", "outbound", "cold_calls")
CALLED_REACH = 5  # words from a calling verb to the people called ("call regular givers", "звонить пассажирам")


def _prose_contact_work(ctx: Context) -> bool:
    """An ad told in prose, no duties header: contact work when one sentence of its intro names a contact channel
    and contacts coming in or made together ("Przyjmowanie telefonicznych zleceń przewozu", "заявки покупателей ...
    общаетесь с ними в чате", "dzwonieniem do ich działów HR ... wysyłaniem oferty mailem"): a secretary's
    "odbieranie telefonów" among other tasks says only the first."""
    chans = [m for m in ctx.get("channels") if m.key in CONTACT and ctx.section_at(m.start) == "intro"]
    if not chans:
        return False
    # a taking verb said with the channels names contacts coming in too ("to answer members' phone calls and emails")
    named = [m for m in ctx.get("direction") if m.key in CONTACTS_NAMED]
    taken = [m for m in ctx.get("answering") if m.key == "verb"]
    # ... and so does a call made to the people named ("You'll ring applicants back within the hour")
    made = verb_and_object(ctx, "calling", frozenset({"intro"}), CALLED_REACH)
    contacts = sorted(m.start for m in named + taken + made if ctx.section_at(m.start) == "intro")  # (sentence_holds')
    return any(sentence_holds(ctx.text, ch.span, contacts) for ch in chans)


def _main_channel(ctx: Context, channel_keys: tuple[str, ...]) -> str | None:
    """The channel the title or the duties name first (the ad's first channel when it lists no duties): the
    intro's "salony optyczne" or "our stores" are the firm's places, the title and the first duty the job.
    Read from the channel evidence the channels step noted (its applicant and booking checks done)."""
    if "duties" not in ctx.section_names:
        return channel_keys[0] if channel_keys else None
    first = min(
        ((span[0], key) for key in channel_keys for span in ctx.evidence.get(f"channels.{key}", ())
         if ctx.section_at(span[0]) in ("duties", "title")),
        default=None,
    )  # fmt: skip
    return first[1] if first else None


_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")  # a numbered list item's opening ("1. ", "2) ")


def _first_item_len(content: str) -> int:
    """The length of the first item of a duty line: up to the first ';' or ', ' / '. ' outside brackets
    ("przyjmowanie zgłoszeń usterek (winda, domofon) – telefonicznie i mailowo, ..." is one item)."""
    depth = 0
    for m in _ITEM_END_OR_BRACKET.finditer(content):
        ch = m.group()
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            return m.start()
    return len(content)


HELPDESK_GOALS = frozenset(
    {"technical_support", "documentation", "escalation", "information", "problem_resolution", "incident_intake"}
)


def _inbound_first(ctx: Context, direction: str | None) -> bool:
    """Whether a two-way job names its incoming work first ("Odbierasz telefony ... Oddzwaniasz też": an inbound
    desk that also calls)."""
    if direction != "both":
        return False
    firsts = {
        key: min((span[0] for span in ctx.evidence.get(f"direction.{key}", ())), default=len(ctx.text))
        for key in ("inbound", "outbound")
    }
    return firsts["inbound"] < firsts["outbound"]


def _fallback(
    channel_keys: tuple[str, ...],
    goal_keys: tuple[str, ...],
    direction: str | None,
    inbound_first: bool = False,
    specialist_title: bool = False,
) -> str | None:
    """A role from the job's shape when no role is named: only for ads that clearly are contact work."""
    contact = set(CONTACT) & set(channel_keys)
    # (a brand's profiles alone make a contact job only here, where the title or the first duty already says the
    # job is contact work: a marketing ad names Instagram too)
    if not goal_keys:
        # calls made by phone with nothing said of what for ("dzwonisz do ludzi z bazy"): the outbound caller's
        if channel_keys[:1] == ("phone",) and direction == "outbound":
            return "outbound_agent"
        # ... and contacts taken with nothing said of what about ("Użytkownicy piszą do Ciebie na czacie, czasem
        # dzwonią"): the agent of the channel named first
        if direction == "inbound" and channel_keys[:1] and channel_keys[0] in CONTACT:
            return "customer_service_specialist" if channel_keys[0] in WRITTEN else "inbound_agent"
        # ... or people received first, then the phone ("Przyjmowanie rodzin ..., odbieranie telefonów"): a desk's
        if direction == "inbound" and channel_keys[:1] == ("in_person",) and set(CONTACT) & set(channel_keys):
            return "customer_advisor"
        return None
    if not (contact or channel_keys[:1] == ("social_media",)):
        # a desk that receives people face to face only ("встречать посетителей у стойки", a help point): the customer
        # advisor's, where the title or the first duty already says the job is contact work
        return "customer_advisor" if channel_keys[:1] == ("in_person",) else None
    # the channel named first is the job's main one ("czat, e-mail, czasem telefon")
    by_phone = channel_keys[0] == "phone" or (direction is not None and "phone" in contact)
    sells = "sales" in goal_keys and direction != "inbound" and not inbound_first and by_phone
    # a collector calls out too: the debts named first make the job a collector's (the reminder of an overdue
    # instalment at the end of a list is a side task)
    if goal_keys[0] == "debt_collection":
        return "debt_collection_agent"
    if channel_keys[0] == "in_person" and not sells:
        # a desk that receives people first of all, whatever it helps them with (a reset app log-in at a branch
        # counter is no help desk), and whatever call it makes after a visit ("ring owners the day after surgery")
        return "customer_advisor"
    if "phone" in contact and channel_keys[0] not in WRITTEN and (direction == "outbound" or sells):
        # (a counter named first that sells does so by phone: `sells` asks for it)
        return "outbound_agent"  # (selling in writing is told apart below, by the other goals)
    # a help desk helps with the product itself; a desk that also takes orders, complaints or bookings, with a
    # log-in question among them, is a customer service desk, and so is a desk of chats and e-mails alone, whatever
    # it helps with (an app's users writing in about a locked bike: dev 130 such desks are the written-channel
    # specialist's, 4 a help desk's)
    others = set(goal_keys) - HELPDESK_GOALS
    if "technical_support" in goal_keys and len(others) <= 1 and not set(channel_keys) <= WRITTEN:
        return "helpdesk_first_line"
    if "sales" in goal_keys and "phone" not in contact and "in_person" not in channel_keys:
        # advice that leads to a sale on video or in writing ("helping complete the basket"), no phone
        return "sales_support_specialist"
    if channel_keys[0] == "social_media" and set(channel_keys) <= {"social_media", "messenger"}:
        # answering comments, reviews and direct messages on the brand's profiles, nothing else
        return "social_media_support"
    # a desk of letters and e-mails, or one where people also come, is the customer service specialist's; with the
    # phone named first it is an agent's line that also writes or receives (a clinic's registration, a booking
    # line), unless the title calls the job a specialist's ("Specjalista ds. obsługi najemców")
    several = "in_person" in channel_keys or len(WRITTEN & set(channel_keys)) >= 2
    desk = several and (channel_keys[0] != "phone" or specialist_title)
    # an agent when the phone is the job's main channel: named first, or not preceded by e-mail or chat
    main_phone = channel_keys[0] == "phone" or (channel_keys[0] not in WRITTEN and (direction == "inbound" or by_phone))
    if not desk and main_phone:
        return "inbound_agent"
    return "customer_service_specialist"


OUTBOUND_GOALS = frozenset({"sales", "retention", "surveys", "debt_collection", "appointment_setting"})
SPECIALIST_YEARS = 2  # experience asked that makes an agent's job a specialist's


def _level(ctx: Context, role: RoleDef, experience: Experience | None, own_cue: list[Match], default: str) -> str:
    # a rank word inside the role's own title cue is the role's name, not its rank ("Account Manager",
    # "Koordynator obsługi klienta", "координатор сервиса"); "specialist" or "agent" there still tell
    words = [
        m.key
        for m in ctx.get("level")
        if m.start < ctx.title_end
        and not (m.key in RANKS and any(c.holds(m) for c in own_cue))
    ]
    if not words:
        # the title says nothing: an agent-level job is entry when no experience is needed and a
        # specialist's when years of it are asked (how annotators and candidates read such ads)
        if default in ("entry", "specialist") and experience is not None:
            if experience.none_required:
                return "entry"
            if experience.min_years is not None and experience.min_years >= SPECIALIST_YEARS:
                return "specialist"
        return default
    order = {lvl: i for i, lvl in enumerate(LEVELS)}
    if role.level in ("supervisory", "management"):
        return max([role.level, *[w for w in words if order[w] > order[role.level]]], key=order.__getitem__)
    return max(words, key=order.__getitem__) if any(w != "entry" for w in words) else "entry"

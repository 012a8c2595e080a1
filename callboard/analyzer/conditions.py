"""What the job offers: contract, working time, schedule, work mode and place, equipment, training, pay."""

from __future__ import annotations

import re

from callboard.analyzer.context import Context, keep_matches, line_bounds, sentence_holds, verb_and_object
from callboard.analyzer.matcher import Match
from callboard.analyzer.pay import extract_pay
from callboard.profile import Conditions, Schedule, Training

# Most regexes here start with the digit and check what precedes it after it ("([1-7])(?<![\d/.,][1-7])"
# rather than "(?<![\d/.,])([1-7])"): a pattern led by a character class lets the engine skip straight
# to the digits instead of trying the whole pattern at every position of the ad.

# "2/2", "5/2", "3/3", "4/3", "1/3", "2/2/3": shift patterns as Russian and Polish ads write them
_PATTERN = re.compile(
    r"([1-7])(?<![\d/.,][1-7])\s?(?:/|на|x|×|\\)\s?([1-7])(?![\d/]|[.,]\d|\s?(?:etat|ставк|часть|ставки))", re.I
)
# "4 on / 4 off", "5 days on, 2 days off", "2 dni pracy, 2 dni wolnego", "2 через 2"
_PATTERN_SPELLED = re.compile(
    r"([1-7])(?<!\d[1-7])[\s-]?"
    r"(?:(?:days?\s)?on[\s-]?(?:/|,|and)?[\s-]?([1-7])[\s-]?(?:days?\s)?off"
    r"|dni\s(?:pracy\s?)?(?:/|,|i)?\s?([1-7])\s?dni\s(?:woln|odpocz)"
    # "2 дня с 7:30 до 20:00, 2 выходных", "2 рабочих дня, 2 дня отдыха"
    r"|(?:рабоч\w*\s)?дн(?:я|ей)\b(?:\sработы)?[^.;\n]{0,30}?(?:[,/–—-]\s?(?:потом\s|затем\s)?|\s(?:потом|затем)\s)([1-7])\s(?:выходн\w*|дн\w*\s(?:отдых|выходн)\w*)"
    r"|(?:дн\w*\s)?через\s([1-7])(?!\d))",
    re.I,
)
# "four nights on, four off" (matched on the lowercased text)
_PATTERN_WORDED = re.compile(
    r"\b(one|two|three|four|five|six|seven)\s(?:days?\s|nights?\s|shifts?\s)?on,?\s(?:and\s)?"
    r"(one|two|three|four|five|six|seven)\s(?:days?\s|nights?\s)?off\b"
)
_DAYS_AND_DAYS_OFF = re.compile(
    r"\b([1-7]|four|five|six) (?:working )?days?(?: a week| per week)?\b[^.;\n]{0,50}?"
    r"\b([1-3]|one|two|three) (?:consecutive )?(?:days? off|rest days?|days? of rest|(?:rotational )?week[- ]?offs?)"
)  # (Indian English: "5 days working with 2 rotational week offs")
# "6 days working (Sunday working, rotational week-off)": one day off a week, its number unsaid
_DAYS_AND_A_WEEK_OFF = re.compile(r"\b([4-6]) days? working\b[^.;\n]{0,40}?\bweek[- ]?off\b(?!s)")
_BARE_WEEKEND = re.compile(r"(?:суббот\w*|воскресень\w*|сб|вс|и|\W)+", re.I)
_INTERVIEWS = re.compile(r"interview|rozmow\w* kwalifikac|rekrutac|собеседован")
_DAY_ON_DAYS_OFF = re.compile(r"сутки через (двое|трое)")
DAY_AND_NIGHT = 24  # hours of a shift that runs round the clock
# words from a choosing verb to the shifts or hours chosen ("choose 3 to 5 evening shifts"), and from the hours to a
# choosing verb after them ("grafik na tydzień ustalasz sam")
CHOICE_REACH, CHOICE_BEFORE = 5, 5
_DAYS_WORKING = re.compile(r"\b([5-6]) days working\b|\b(6) (?:working days|days a week)\b")
# "6 dni w tygodniu", "шесть дней в неделю": a five- or six-day week (English ads' "5 days a week" often only
# counts the days of a rota: the writers split on it)
_DAYS_A_WEEK = re.compile(
    r"(?<!\w)(5|6|pięć|sześć|пять|шесть)\s(?:dni|дней)\s(?:w|в)\s(?:tygodniu|неделю)"
    r"(?!\s(?:w biurze|z domu|zdaln|в офисе|из дома|удал))"
)
_CLOCK_TIME = re.compile(r"\d[:.][0-5]\d")
_OFFICE_SPLIT = re.compile(
    r"(?:дн\w*|dni|dzień|days?)\s(?:\w+\s){0,2}?"
    r"(?:в офисе|из дома|удал\w*|w biurze|biuro|z domu|home office|zdaln\w*|in the office|from home)",
    re.I,
)
_HYBRID_BEFORE = re.compile(r"(?:hybryd\w*|hybrid\w*|гибрид\w*)[\s:–-]*$", re.I)
_PATTERN_OK = {"2/2", "5/2", "3/3", "4/3", "4/4", "6/1", "1/3", "2/3", "3/2", "4/2", "6/3", "7/7", "1/2", "15/15"}
# The length of a shift, three ways (the first found in the text counts; at one place, in this order):
_SHIFT_LEN = (
    # "12-godzinne zmiany", "12h shifts"
    re.compile(
        r"(\d(?<![\d,.]\d)\d?(?:[.,]\d\d?)?)\s?(?:-|–)?\s?(?:h\b|godz\w*|hour\w*|hr\w*|час\w*|ч\b)(?:\w*)\s?(?:\w+\s)?"
        r"(?:zmian\w*|shift\w*|смен\w*|dyżur\w*)",
        re.I,
    ),
    # "zmiany po 8 godzin", "смены по 12 часов": matched on the lowercased text, which spares re.I here
    # (a case-insensitive pattern that starts with letters is tried at every position of the ad)
    re.compile(
        r"(?:zmian\w*|shift\w*|смен\w*|system\w*|dyżur\w*)\s(?:\w+\s){0,2}?(?:po\s|по\s|of\s)?(\d{1,2}(?:[.,]\d\d?)?)\s?(?:-|–)?\s?"
        r"(?:h\b|godz\w*|hour\w*|hr\w*|час\w*|ч\b)"
    ),
    # "график 2/2 по 12 часов", "3/3 po 12 godzin"
    re.compile(
        r"[1-7](?<!\d[1-7])\s?/\s?[1-7],?\s(?:po\s|по\s|of\s|x\s)?(\d{1,2})\s?(?:-|–)?\s?"
        r"(?:h\b|godz\w*|hour\w*|hr\w*|час\w*|ч\b)",
        re.I,
    ),
)
_HOURS = re.compile(
    # the start hour, [01]?\d or 2[0-3], written digit first
    r"(\d(?<![\d:.,/]\d)(?:(?<=[01])\d|(?<=2)[0-3])?)(?:[:.]([0-5]\d))?\s?(?:-|–|—|do|до|to|until)\s?([01]?\d|2[0-4])(?:[:.]([0-5]\d))?"
    r"(?![\d:/]|\s?(?:zł|pln|lat|%|тыс|tys|руб|k\b|godzin|hours|час|dni|days|дн|mies|месяц|month|min|osób|чел|клас|klas"
    r"|grade))",
    re.I,
)
# "9am–5:30pm", "10pm-7am": start hour, minutes, meridiem, end hour, minutes, meridiem
_HOURS_AMPM = re.compile(
    r"(?<![\d:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([ap]m)\s?(?:-|–|—|to)\s?(1[0-2]|0?[1-9])(?::([0-5]\d))?\s?([ap]m)",
    re.I,
)
# what may stand right before a bare "6–14": a shift or hours word, a day, an opening bracket or a colon
# ("system trzyzmianowy (6–14, 14–22, 22–6)", "grafik zmianowy: 7–15, 15–23")
_HOURS_CUE = re.compile(
    r"(?:zmiany|zmianow\w*|shifts?|смены|godz\w*|hours?|from|od|с|c|between|w|в|пн|пт|pt|fri|sat|sun|sob|niedz|\)|\(|:)"
    r"\.?\s*$",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:[,/;|]|lub|albo|or|или)?\s*", re.I)
NEXT_RANGE_REACH = 30  # characters from one working window to the next of a list ("6–14, 14–22, 22–6")
_FRACTION = re.compile(
    r"(?:([1-9])(?<![\d/][1-9])\s?/\s?([2-8])|([½¼¾⅓⅔]))\s?(?:etatu|etat|ставки|ставка|fte)", re.I
)
_VULGAR_FRACTIONS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}  # "na ½ etatu"
_WEEKLY_HOURS = re.compile(
    r"(\d(?<![\d.,]\d)\d?(?:[.,]5)?)\s?(?:h|godz\w*|hours?|hrs?|час\w*)\s?(?:/|per|a|w|в|tygodniowo|weekly)\s?"
    r"(?:tydz\w*|week|недел\w*|tygodniowo)?",
    re.I,
)
_OFFICE_DAYS = re.compile(
    r"(\d)\s?(?:-|–|x)?\s?(?:days?|dni|dzień|дн\w*|раз\w*)\s(?:\w+\s){0,3}?"
    r"(?:in the office|in office|w biurze|z biura|в офисе|from the office)",
    re.I,
)


# a few days a week at home ("jeden dzień pracy z domu w tygodniu", "один день в неделю можно работать из дома",
# "work from home for up to two days a week"): the rest at the office, a hybrid job (lowercased text)
_FEW = r"(?:[1-3]|one|two|three|jeden|jednego|dwa|dwóch|trzy|один|одного|два|двух|три)"
_HOME = r"(?:from home|at home|remotely|z domu|zdaln\w*|из дома|удал\w*)"
_HOME_DAYS = re.compile(
    rf"(?<!\w){_FEW}\s(?:days?|dni|dzień|dnia|день|дня|дней)\s(?:[\w-]+\s){{0,5}}?{_HOME}"
    rf"|{_HOME}\s(?:[\w-]+\s){{0,3}}?{_FEW}\s(?:days?|dni|dzień|день|дня|дней)"
)
# ... or a share of the working time at home ("удалённая работа (до 30% рабочего времени)", "praca zdalna do 40%
# czasu pracy", "remote working for up to 40% of your hours", "50% of the time remotely"): a hybrid job too
_SHARE = r"\d{1,2}\s?%\s(?:of\s(?:the\s|your\s)?)?(?:time|hours|working|week|czas\w*|рабоч\w*|времен\w*)"
_HOME_SHARE = re.compile(
    rf"(?:{_HOME}|remote\w*)[\s(]+(?:[\w-]+[\s(]+){{0,4}}?(?:up to\s|do\s|до\s)?{_SHARE}"
    rf"|(?<![\d.,]){_SHARE}(?:\s[\w-]+){{0,3}}?\s(?:{_HOME}|remote\w*)"
)
_TRAINING_LENGTH = re.compile(
    r"(?:(\d{1,2})|(one|two|three|four|dwa|dwu|trzy|cztery|dwie|одн|две|два|три|четыре))[- ]?"
    r"(tygodni\w*|tydzień|tygodn\w*|weeks?|недел\w*|dni\w*|dniow\w*|days?|дн\w*|день)",
    re.I,
)
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "dwa": 2,
    "dwu": 2,
    "dwie": 2,
    "trzy": 3,
    "cztery": 4,
    "одн": 1,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "двое": 2,
    "трое": 3,
    "pięć": 5,
    "sześć": 6,
    "пять": 5,
    "шесть": 6,
}
_OR_FIGURE = re.compile(r"\s?(?:lub|albo|or|либо|или)\s+(?:min\.?\s*|od\s+|от\s+)?[\d½¼¾⅓⅔]", re.I)
_EITHER = re.compile(r"\b(?:lub|albo|or|либо|или|так и|jak i)\b|/", re.I)
PAID_MARKER_REACH = 30  # characters between "paid" and the training word it qualifies
TRAINING_SECTIONS = frozenset({"intro", "offer", "pay"})
# between the training word and a "paid" after it: the same clause, or a comma right before the marker
# ("обучение 5 дней, оплачивается"), or a comma and the training's pronoun ("две недели обучения, и они
# оплачиваются"; "ночные смены, они оплачиваются" has no training word before)
_MARKER_GAP = re.compile(
    r"[^,;:.\n(]*(?:,\s*(?:(?:и|i|and)\s+)?(?:(?:они|оно|он|она|it|they)\s+(?:тоже\s+|too\s+)?)?|\(\s*)?", re.I
)  # "szkolenie wprowadzające (płatne)"
_BARE_MANDATE = re.compile(r"(?:^|[.!\n•·*–—-]\s*)((?:umowa\s)?zlecenie)\s*[,.;!\n]", re.M)
CONTRACT_SECTIONS = frozenset({"intro", "title", "offer", "pay", "apply", "duties", "targets"})
REQUIREMENT_SECTIONS = frozenset({"requirements"})


def _opens_line(text: str, m: Match) -> bool:
    """Whether no word stands before the match on its line (a bullet, a number or an emoji may: "📄 B2B")."""
    return not any(ch.isalpha() for ch in text[line_bounds(text, m.start)[0] : m.start])


def _opens_sentence(text: str, m: Match) -> bool:
    """Whether the match opens a sentence after another on its line ("... 38 000 руб. Оформление по ТК РФ")."""
    before = text[line_bounds(text, m.start)[0] : m.start].rstrip()
    return before.endswith((".", "!")) and text[m.start].isupper()


CUSTOMER_STORY_KEYS = ("nights", "shifts", "weekends")  # schedule words a customer's story may hold
# words of the job's own time on a weekend's line ("willing to work weekends", "weekend on-call rota", "dyżury
# weekendowe", "popołudnia i soboty" after "Godziny"): the weekend is the job's even with no figure
_JOBS_TIME = re.compile(
    r"work|shift|rota|on.call|cover|pattern|hours|evening|prac|dyżur|grafik|zmian|godzin|смен|работ|граф|дежур"
)


def _customers_story(ctx: Context, m: Match) -> bool:
    """A night, a shift or a weekend in a duty line with no figure: the customers' case ("a nurse coming off a night
    shift whose card was declined", "last night's recorded game won't play", "so they never run out on a Saturday"),
    not the job's hours, which come with times."""
    if ctx.section_at(m.start) != "duties":
        return False
    lo, hi = line_bounds(ctx.text, m.start)
    if m.key == "weekends" and _JOBS_TIME.search(ctx.low, lo, hi):
        return False
    return not any(ch.isdigit() for ch in ctx.text[lo:hi])


def _schedule(ctx: Context) -> Schedule:
    text = ctx.text
    found = ctx.keys("schedule")

    def the_jobs(m: Match) -> bool:  # a night or a shift of a customer's story is not the job's, affirmed or negated
        return m.key not in CUSTOMER_STORY_KEYS or not _customers_story(ctx, m)

    for key in CUSTOMER_STORY_KEYS:
        if key in found:
            keep_matches(found, key, the_jobs)
    negated = {m.key for m in ctx.get("schedule", negated=True) if the_jobs(m)}
    if "no_weekends" in found:
        # "будни с 16:00 до 20:00 или суббота и воскресенье с 10:00 до 14:00": the bare weekend days with hours of
        # work right after them are worked, not the days off
        worked_days = [
            m
            for m in found["no_weekends"]
            if _BARE_WEEKEND.fullmatch(text, m.start, m.end) and _HOURS_AFTER_PATTERN.match(text, m.end)
        ]
        if worked_days:
            found.setdefault("weekends", []).extend(worked_days)
            keep_matches(found, "no_weekends", lambda m: m not in worked_days)
    if "no_weekends" in found and "weekends" in found:
        # "суббота и воскресенье — обязательно, выходные два дня в будни": the weekend days only named (the usual
        # "суббота и воскресенье — выходные" cut short) on a line that says they are worked
        worked = {line_bounds(text, m.start)[0] for m in found["weekends"]}
        keep_matches(
            found,
            "no_weekends",
            lambda m: not _BARE_WEEKEND.fullmatch(text, m.start, m.end) or line_bounds(text, m.start)[0] not in worked,
        )
    for key, ms in found.items():
        ctx.note(f"conditions.schedule.{key}", ms)

    def flag(key: str) -> bool | None:
        if key in found:
            return True
        return False if key in negated else None

    low = ctx.low
    pattern = None
    # cheap substring tests first: each regex below costs a full scan of the ad
    spelled = (
        _PATTERN_SPELLED.search(text)
        if (" on" in low or "dni" in low or "через" in low or "выходн" in low or "отдых" in low)
        else None
    )
    day_long: float | None = None
    if spelled:
        a, b = (g for g in spelled.groups() if g)
        pattern = f"{a}/{b}"
        ctx.note("conditions.schedule.pattern", [spelled.span()])
    elif " on" in low and " off" in low and (worded := _PATTERN_WORDED.search(low)):
        # "four nights on, four off"
        pattern = f"{_WORD_NUMBERS[worded.group(1)]}/{_WORD_NUMBERS[worded.group(2)]}"
        ctx.note("conditions.schedule.pattern", [worded.span()])
    elif "сутки через" in low and (daylong := _DAY_ON_DAYS_OFF.search(low)):
        # "сутки через трое": a 24-hour duty, then three days off
        pattern = f"1/{_WORD_NUMBERS[daylong.group(1)]}"
        day_long = 24.0
        ctx.note("conditions.schedule.pattern", [daylong.span()])
    for m in () if pattern or ("/" not in text and "на" not in low and "x" not in low) else _PATTERN.finditer(text):
        cand = f"{m.group(1)}/{m.group(2)}"
        if cand not in _PATTERN_OK:
            continue
        around = text[max(0, m.start() - 40) : m.end() + 30].lower()
        if cand == "1/2" and "etat" in around:
            continue
        # "формат 2/3: два дня в офисе, три из дома": a hybrid split, not a shift pattern ("5/2, с 9:00 до 18:00; три
        # дня в офисе" has the working day between: the split is another statement)
        split = _OFFICE_SPLIT.search(text, m.end(), m.end() + 40)
        if split and not _CLOCK_TIME.search(text, m.end(), split.start()):
            continue
        if _HYBRID_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "hybryda 3/2", "hybrid 2/3", "гибрид 3/2": days at the office and at home
        if any(
            w in around
            for w in (
                "график",
                "grafik",
                "schedule",
                "smen",
                "смен",
                "zmian",
                "shift",
                "режим",
                "system",
                "rota",
                "pattern",
                "work",
                "гибк",
                "дня",
                "day",
                # "Удалённо, 5/2", "Работа 5/2", "Praca zdalna, 5/2": the work's own words beside it
                "работ",
                "prac",
                "удал",
                "zdal",
                "офис",
                "biur",
                "office",
                "remote",
            )
        ) or _HOURS_AFTER_PATTERN.match(text, m.end()):
            # "• 5/2 с 9 до 18", "2/2 8:00–20:00": a working window right after it makes it a schedule
            pattern = cand
            ctx.note("conditions.schedule.pattern", [m.span()])
            break
    # "5 days a week (two consecutive days off)", "5 working days with 2 consecutive rest days"
    if pattern is None and (" off" in low or "rest day" in low) and (week := _DAYS_AND_DAYS_OFF.search(low)):
        on, off = (_WORD_NUMBERS.get(g) or int(g) for g in week.groups())
        if f"{on}/{off}" in _PATTERN_OK:
            pattern = f"{on}/{off}"
            ctx.note("conditions.schedule.pattern", [week.span()])
    if pattern is None and "week" in low and (week_off := _DAYS_AND_A_WEEK_OFF.search(low)):
        pattern = f"{week_off.group(1)}/1"
        ctx.note("conditions.schedule.pattern", [week_off.span()])
    # "6 days working" (Indian English, no word of the days off): a six-day week
    # "6 working days", "6 days a week": a six-day week, however the week is counted
    if pattern is None and ("days working" in low or "6 " in low) and (working := _DAYS_WORKING.search(low)):
        on = int(working.group(1) or working.group(2))
        pattern = f"{on}/{7 - on}"
        ctx.note("conditions.schedule.pattern", [working.span()])
    if pattern is None and "пятиднев" in low:  # "пятидневка", "пятидневная рабочая неделя": the 5/2 week
        pattern = "5/2"
    week_words = "dni w tygodniu" in low or "дней в неделю" in low  # (a substring test before the search)
    if pattern is None and week_words and ctx.folded is not None and (week_days := _DAYS_A_WEEK.search(low)):
        on = _WORD_NUMBERS.get(week_days.group(1)) or int(week_days.group(1))
        pattern = f"{on}/{7 - on}"
        ctx.note("conditions.schedule.pattern", [week_days.span()])
    shift_hours: float | None = None
    has_shift_word = any(w in low for w in ("zmian", "shift", "смен", "dyżur", "system", "/"))
    length_m = _shift_length(text, ctx.folded) if has_shift_word else None
    if length_m:
        hours = float(next(g for g in length_m.groups() if g).replace(",", "."))
        if 4 <= hours <= 24:
            shift_hours = hours
            ctx.note("conditions.schedule.shift_hours", [length_m.span()])
    if shift_hours is None:
        shift_hours = day_long
    # "4 dni w tygodniu po 10 godzin", "5 дней по 8 часов": the length of a working day, no shift work in itself
    day_hours = (
        _DAYS_OF_HOURS.search(low)
        if shift_hours is None and ctx.folded is not None and any(w in low for w in (" po ", " по ", " of "))
        else None
    )
    day_len = float(day_hours.group(1).replace(",", ".")) if day_hours else None
    if day_hours and day_len is not None and 4 <= day_len <= 13:
        ctx.note("conditions.schedule.shift_hours", [day_hours.span()])
    else:
        day_len = None
    # "pick at least three shifts a week", "dni wybierasz sam", "в неделю выбираете от 4 до 6 смен": the worker sets
    # the hours (a planner's "układanie grafików konsultantów" is no choosing verb of the second person)
    if "flexible" not in found:
        chosen = verb_and_object(ctx, "own_schedule", None, CHOICE_REACH, before=CHOICE_BEFORE)
        if chosen:
            found["flexible"] = chosen
            ctx.note("conditions.schedule.flexible", chosen)
    # "начало дня с 8:00 до 11:00 на выбор", "start anytime between 7 and 9": a window of at most 3 hours
    # for the start of the day is a flexible start
    starts = "flexible" not in found and any(w in low for w in ("начал", "старт", "rozpocz", "start"))
    start = _FLEX_START.search(low) if starts else None
    if start and 0 < (int(start.group(2)) - int(start.group(1))) % 24 <= 3:
        found["flexible"] = []
        ctx.note("conditions.schedule.flexible", [start.span()])
    weekends = False if "no_weekends" in found else flag("weekends")
    # "ТОЛЬКО дневные смены", "day shifts only": no nights, unless nights are named ("training on day shifts only")
    nights = flag("nights")
    if nights is None and "no_nights" in found:
        nights = False
    # "pon.–sob.", "пн–сб", "Mon–Sat": a working week that takes in a weekend day
    weekend_day = any(w in low for w in ("sob", "niedz", "сб", "вс", "sat", "sun"))
    week = _WEEK_WITH_WEEKEND.search(low) if weekends is None and weekend_day else None
    # "Walk-in interviews Monday to Saturday": the days the employer meets applicants, not the job's
    if week and not _INTERVIEWS.search(low, *line_bounds(low, week.start())):
        weekends = True
        ctx.note("conditions.schedule.weekends", [week.span()])
    # "praca jednozmianowa", "one shift only", "работа в одну смену": one fixed shift is no shift work
    single = (
        _SINGLE_SHIFT.search(low)
        if ("jednozmian" in low or "смен" in low or "shift" in low or "jedn" in low) and ctx.folded is not None
        else None
    )
    # "zmiana pakietu", "zmiany w polisach": a bare "zmiana" before a noun is a change, not a shift
    found_shifts = [
        m
        for m in found.get("shifts", ())
        if not _is_change(text, m)
        and not (single and single.start() <= m.start < single.end())
        and not _rota_of_other_work(ctx, m)
        and not _shifts_of_others(ctx, m)
    ]
    if found_shifts:
        found["shifts"] = found_shifts
    else:
        found.pop("shifts", None)
    shifts = flag("shifts")
    if shifts is None and single:
        shifts = False
        ctx.note("conditions.schedule.shifts", [single.span()])
    if shifts is None and shift_hours is not None:  # "w systemie 12-godzinnym": a shift length is shift work
        shifts = True
    # "sam wybierasz zmiany", "pick your shifts": the longer flexible phrase swallowed the shift word
    if shifts is None and any(_SHIFT_NOUN.search(text, m.start, m.end) for m in found.get("flexible", ())):
        shifts = True
    # "night shifts", "weekend shifts": the longer phrase swallowed the shift word
    if shifts is None and any(
        _SHIFT_NOUN.search(text, m.start, m.end) for k in ("nights", "weekends") for m in found.get(k, ())
    ):
        shifts = True
    if shifts is None and pattern in ("2/2", "3/3", "4/4", "1/3", "1/2", "7/7", "15/15"):
        shifts = True
    if shift_hours is None:
        shift_hours = day_len
    hours_m = _working_hours(text, low)
    if (
        shift_hours is None
        and hours_m is not None
        and (
            _SHIFT_WORD.search(text[max(0, hours_m.start() - 60) : hours_m.end() + 30])
            # "5/2 с 9:00 до 18:00": the window right after the week's pattern is its working day
            or (
                pattern is not None
                and _PATTERN_BEFORE.search(text, max(0, hours_m.start() - PATTERN_BEFORE_REACH), hours_m.start())
            )
        )
        # "ночью (с 23:00 до 7:00) — 290 ₽/час": the hours a rate is paid for, not a working day
        and not _RATE_AFTER.match(text, hours_m.end())
    ):
        length = _range_length(hours_m)
        # "6–14, 14–22, 22–6" are 8-hour shifts; "5pm–9pm and Saturdays 10am–4pm" have no one length
        # (a Saturday window after "and" is an addition to the week, not another shift)
        following = hours_m.re.search(text, hours_m.end(), hours_m.end() + NEXT_RANGE_REACH)
        if (
            following is not None
            and _LIST_GAP.fullmatch(text, hours_m.end(), following.start())
            and _range_length(following) != length
        ):
            length = 0
        # "8:00–20:00 w systemie zmianowym" without a 2/2-like pattern is when the line is open,
        # the shifts lie within it
        # ... unless the window follows a shift word at once ("Night shift 8pm–6:30am", "zmiana nocna 22–6")
        names_a_shift = _SHIFT_NOUN.search(text, max(0, hours_m.start() - SHIFT_WINDOW_REACH), hours_m.start())
        long_day = length > 9 and (pattern == "5/2" or (pattern is None and not names_a_shift))
        if long_day:
            length = 0
        if 4 <= length <= 13:  # a working day "8:00-16:00" is an 8-hour shift; "2/2 с 7:30 до 20:30" one of 13
            shift_hours = length
    if nights is None and shift_hours == DAY_AND_NIGHT:
        nights = True  # "сутки через трое": a 24-hour shift works the night too
    return Schedule(
        shifts=shifts,
        nights=nights,
        weekends=weekends,
        flexible=flag("flexible"),
        fixed_hours=flag("fixed_hours") or (True if "weekdays_only" in found else None),
        operation_24_7=flag("operation_24_7"),
        pattern=pattern,
        shift_hours=shift_hours,
        hours=hours_m.group(0) if hours_m else None,
    )


_SHIFT_LEN_AFTER_ANYCASE = re.compile(_SHIFT_LEN[1].pattern, re.I)


def _shift_length(text: str, folded: str | None) -> re.Match[str] | None:
    """The first shift length the text states (one search per form of _SHIFT_LEN)."""
    before, after, pattern = _SHIFT_LEN
    found = []
    # the first two need a shift word, the third a slash: where the text has none, no search
    if folded is None or any(w in folded for w in ("zmian", "shift", "смен", "dyżur", "system")):
        found += [before.search(text), after.search(folded) if folded else _SHIFT_LEN_AFTER_ANYCASE.search(text)]
    if "/" in text:
        found.append(pattern.search(text))
    return min((m for m in found if m), key=lambda m: m.start(), default=None)


# "4 dni w tygodniu po 10 godzin", "5 дней в неделю по 8 часов", "4 days a week of 10 hours" (lowercased text)
_DAYS_OF_HOURS = re.compile(
    r"[1-7](?<!\d[1-7])\s(?:dni|dzień|дн\w*|days?)\s(?:w\stygodniu\s|в\sнеделю\s|a\sweek\s|per\sweek\s)?"
    r"(?:po|по|of)\s(\d{1,2}(?:[.,]\d\d?)?)\s?(?:h\b|godz\w*|час\w*|hours?\b)"
)
# a working window right after a "5/2": "5/2 с 9 до 18", "2/2, 8:00–20:00", "3/3 po 12 h"
_HOURS_AFTER_PATTERN = re.compile(
    r",?\s?(?:(?:с|c|od|from|w\sgodz\.?|в)\s?)?\d{1,2}(?:[:.]\d\d)?\s?(?:-|–|—|до|do|to)\s?\d{1,2}"
    r"|,?\s?(?:po|по|x)\s?\d{1,2}\s?(?:h\b|godz|час|ч\b)",
    re.I,
)
# the start of the working day within a window (lowercased text)
_FLEX_START = re.compile(
    r"(?:начал\w*|старт\w*|rozpoczęci\w*|rozpoczyna\w*|start\w*)\s"
    r"(?:(?:pracy|dnia|работы|рабочего|дня|можно|time|times|work|working|your|the|day|anytime)\s){0,3}?"
    r"(?:с|c|od|from|between|от|między|pomiędzy|anytime\sbetween)\s?(\d{1,2})(?:[:.]\d\d)?(?:\s?[ap]m)?"
    r"\s?(?:-|–|—|до|do|to|and|a)\s?(\d{1,2})(?!\d)"
)
# a week from Monday to Saturday or Sunday (lowercased text)
# ("вт–сб", "Tue–Sat": a week that starts later takes in the weekend too)
_WEEK_WITH_WEEKEND = re.compile(  # (led by a character class, the word start checked after it: a faster scan)
    r"[mpпwtśвсчfc](?<!\w[mpпwtśвсчfc])(?:(?<=p)on|(?<=p)n|(?<=п)н|(?<=m)on|(?<=w)t|(?<=в)т|(?<=t)ue|(?<=ś)r|(?<=с)р|(?<=w)ed"
    r"|(?<=c)zw|(?<=ч)т|(?<=t)hu|(?<=p)t|(?<=п)т|(?<=f)ri)\w*\.?\s?(?:-|–|—|do\s|по\s|to\s|through\s)\s?"
    r"(?:sob|niedz|сб|вс|sat|sun)(?!\w*\s?(?:wolne|выходн|off))"
)
# one fixed shift (lowercased text)
_SINGLE_SHIFT = re.compile(
    r"jednozmianow\w*|jedn[ąa]\szmian\w*|na\sjedną\szmianę|one\sshift\sonly|single[\s-]shift|day\sshift\sonly|односменн\w*"
    r"|в\sодну\sсмену|одна\sсмена"
)
# what may follow a bare "zmiana" that is a shift: an adjective ("zmiana nocna", "zmianę popołudniową"), a number
# (also in brackets: "zmiany (7–15)"; "pilnujesz zmian (liczba osób, diety)" are changes),
# a time or hours word, a verb of the schedule; any other word after it is what changes ("zmiana pakietu")
_SHIFT_AFTER = re.compile(
    r"\s*(?:$|[^\w\s(]|\(\s*\d|\d|(?:po|od|do|w\sgodz|między|i|oraz|lub|albo|na|są|trwa\w*|zaczyna\w*|rozpoczyna\w*"
    r"|ustal\w*|układ\w*|planow\w*|pierwsz\w*|drug\w*|trzeci\w*|\w+(?:ow|n)(?:a|e|ą|ej|ych|ym|i))\b)",
)


_ROTA = re.compile(r"rota|roster", re.I)
_WEEKEND_DAY = re.compile(r"saturday|sunday|weekend", re.I)
_WEEK_OFF_AFTER = re.compile(r"\s?week", re.I)
WEEKEND_ROTA_REACH = 60  # characters from a weekend day to the rota word after it
DAY_STEM = len("sat")  # the letters of a weekend day _WEEK_WITH_WEEKEND ends on


def _rota_of_other_work(ctx: Context, m: Match) -> bool:
    """A rota that is no shift work of the job: one of Saturdays or weekends ("a Saturday morning roster in the
    busy season": weekend work), or one the duties make ("publish weekly rosters": a planner's work)."""
    if not _ROTA.match(ctx.text, m.start) or _WEEK_OFF_AFTER.match(ctx.text, m.end):
        return False  # ("Sunday working, rotational week-off": the days off rotate, a shift pattern)
    if ctx.section_at(m.start) == "duties" and ctx.text[m.end - 1 : m.end].lower() == "s":
        return True  # ("37.5 hours a week on a rota" under a header read as the duties is the job's own)
    # the weekend named before the rota in its sentence ("Saturday morning roster", "cover at weekends ... on a
    # rota"); "shifts on a rota, weekends included" is shift work
    lo = max(line_bounds(ctx.text, m.start)[0], m.start - WEEKEND_ROTA_REACH)
    sentence = ctx.text.rfind(".", lo, m.start) + 1 or lo
    # ("Monday to Saturday on a rota": the end of a working week that takes in the day, not a weekend rota)
    # (the range ends after the day's stem, "sat" / "sun": where a weekend day it takes in starts that much earlier)
    week_ends = {w.end() for w in _WEEK_WITH_WEEKEND.finditer(ctx.low, sentence, m.start)}
    return any(d.start() + DAY_STEM not in week_ends for d in _WEEKEND_DAY.finditer(ctx.text, sentence, m.start))


OTHERS_REACH = 30  # characters either side of a shift word where whose shifts they are is said


def _shifts_of_others(ctx: Context, m: Match) -> bool:
    """The shifts of the people a planner or a coordinator plans for ("графики смен операторов", "przesuwanie przerw
    lub zmian", the `staff` lexicon), not the job's own; unless the job leads that shift ("руководить сменой")."""
    lo, hi = line_bounds(ctx.text, m.start)
    near_lo, near_hi = max(lo, m.start - OTHERS_REACH), min(hi, m.end + OTHERS_REACH)
    staff = ctx.get("staff")
    if any(s.key == "leads" and near_lo <= s.start and s.end <= m.start and not ctx.text[s.end : m.start].strip()
           for s in staff):
        return False
    return any(s.key == "staff" and near_lo <= s.start and s.end <= near_hi for s in staff)


def _is_change(text: str, m: Match) -> bool:
    """A bare Polish "zmiana" that names what changes ("zmiana pakietu", "zmian w polisach")."""
    if not _CHANGE_NOUN.fullmatch(text, m.start, m.end):
        return False
    return _SHIFT_AFTER.match(text, m.end) is None and not _SHIFT_BEFORE.search(text, max(0, m.start - 12), m.start)


_CHANGE_NOUN = re.compile(r"zmian(?:a|y|ę|ie|ą|om|ami|ach)?", re.I)
# "na zmianie", "na każdej zmianie", "lider zmiany", "dodatek za zmianę": a shift whatever follows
_SHIFT_BEFORE = re.compile(r"(?:\bna|każdej|lider\w*|kierownik\w*|koordynator\w*|za|\d)\s+$", re.I)


_RATE_AFTER = re.compile(r"\)?\s?[—–:-]?\s?\d[\d\s]*(?:[.,]\d+)?\s?(?:₽|руб|zł|pln|£|\$|€|р\.|byn|тенге|₸)", re.I)
_SHIFT_NOUN = re.compile(r"zmian|shift|смен", re.I)
# the week's pattern right before a window: "5/2 с 9:00", "пятидневка с 9:00"
_PATTERN_BEFORE = re.compile(
    r"(?:[1-7]\s?/\s?[1-7]|пятидневк\w*|шестидневк\w*),?\s?(?:с|c|od|from|w\sgodz\.?|в)?\s?$", re.I
)
PATTERN_BEFORE_REACH = 20  # characters before a window where its pattern may stand
SHIFT_WINDOW_REACH = 12  # characters between a shift word and the window that is that shift
_SHIFT_WORD = re.compile(r"zmian|shift|смен|grafik|график|godz|prac|pon|\bpn\b|пн|будн|понедельн", re.I)
# "rdzeń 10:00–14:00", "core hours 10–3": the hours everyone overlaps in a flexible day, no working day
_CORE_HOURS = re.compile(r"(?:rdze\w*|core(?:\shours)?|ядро|обязательн\w*\sчас\w*)\W{0,3}$", re.I)


_AMPM_HINT = re.compile(r"\d\s?[ap]m", re.I)  # what every _HOURS_AMPM match holds, found fast (digit first)


def _range_length(m: re.Match[str]) -> float:
    """The hours from the start to the end of a "8:00–16:00" / "10pm-7am" / "9.30 to 3.30" window."""
    if m.re is _HOURS_AMPM:
        start = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "pm" else 0) + int(m.group(2) or 0) / 60
        end = int(m.group(4)) % 12 + (12 if m.group(6).lower() == "pm" else 0) + int(m.group(5) or 0) / 60
        return (end - start) % 24
    start = int(m.group(1)) + int(m.group(2) or 0) / 60
    end = int(m.group(3)) + int(m.group(4) or 0) / 60
    length = (end - start) % 24
    # "9.30 to 3.30": an afternoon end hour written on the 12-hour clock
    return length - 12 if length > 12 and end < 12 and length - 12 >= 4 else length


def _working_hours(text: str, low: str) -> re.Match[str] | None:
    """The first "8:00-16:00" / "w godz. 8-16" / "с 9 до 18" / "9am-5:30pm" range (bare "8-16" needs a cue)."""
    ampm = _HOURS_AMPM.search(text) if ("am" in low or "pm" in low) and _AMPM_HINT.search(text) else None
    if ampm:
        return ampm
    for m in _HOURS.finditer(text):
        if _CORE_HOURS.search(text, max(0, m.start() - 20), m.start()):
            continue
        if (m.group(2) and m.group(4)) or _HOURS_CUE.search(text[max(0, m.start() - 14) : m.start()]):
            return m
    return None


def _working_time(ctx: Context) -> tuple[str | None, str | None, float | None]:
    text = ctx.text
    found: dict[str, list[Match]] = {}
    for m in ctx.get("working_time"):
        # "20 hours" is not in "£13.20/hour", "$20/hour" or "22.5 hours": pay and decimals are no hours
        before = text[max(0, m.start - 2) : m.start]
        if before[-1:] in ("$", "£", "€") or (len(before) == 2 and before[1] in ".," and before[0].isdigit()):
            continue
        found.setdefault(m.key, []).append(m)
    low = ctx.low
    fraction_m = _FRACTION.search(ctx.text) if ("eta" in low or "ставк" in low or "fte" in low) else None
    fraction = None
    if fraction_m:
        a, b, vulgar = fraction_m.groups()
        fraction = _VULGAR_FRACTIONS[vulgar] if vulgar else f"{a}/{b}"
    weekly_m = (
        _WEEKLY_HOURS.search(ctx.text)
        if any(w in low for w in ("week", "tydz", "tygodn", "недел", "/w", "/tydz"))
        else None
    )
    weekly = float(weekly_m.group(1).replace(",", ".")) if weekly_m else None
    weekly = weekly if weekly is not None and 4 <= weekly <= 60 else None
    # "pełny etat lub ¾ etatu", "pełny etat lub min. 120 godzin w miesiącu": the ad offers either, so it is unsaid
    if any(_OR_FIGURE.match(text, m.end) for m in found.get("full_time", ())):
        return None, fraction, weekly
    if fraction and "part_time" not in found:
        ctx.note("conditions.working_time", [fraction_m.span()] if fraction_m else [])
        return "part_time", fraction, weekly
    if not found:
        return None, fraction, weekly
    if "full_time" in found and "part_time" in found:
        return None, fraction, weekly  # "full/part time", "полная/частичная занятость": either, so unsaid
    first = next(iter(found))
    ctx.note("conditions.working_time", found[first])
    return first, fraction, weekly


def _joined_by_either(text: str, x: Match, y: Match) -> bool:
    a, b = (x, y) if x.start < y.start else (y, x)
    return 0 <= b.start - a.end < 40 and _EITHER.search(text, a.end, b.start) is not None


# "diagnoza usterek zdalnie", "удалённо настраивать рабочие места": a task done on a distant device, not remote work
_REMOTE_ADVERB = re.compile(r"zdalnie|удал[её]нно|дистанционно|remotely", re.I)


def _device_task(ctx: Context, m: Match) -> bool:
    """A bare "zdalnie" / "удалённо" / "remotely" among the duties, on a line about devices and faults."""
    if not _REMOTE_ADVERB.fullmatch(ctx.text, m.start, m.end) or ctx.section_at(m.start) != ctx.duty_section:
        return False
    lo, hi = line_bounds(ctx.text, m.start, m.end)
    return any(lo <= d.start < hi for d in ctx.get("devices"))


_LOCATION_LABEL = re.compile(r"(?:location|lokalizacja|локация)\s?:", re.I)


def _work_mode(ctx: Context) -> tuple[str | None, int | None]:
    found = ctx.keys("work_mode")
    # "fully remote", "полная удалёнка": remote, and remote even where an office is named elsewhere
    only = found.pop("remote_only", [])
    if only:
        found["remote"] = sorted(found.get("remote", []) + only, key=lambda m: m.start)
    if "remote" in found:
        keep_matches(found, "remote", lambda m: not _device_task(ctx, m))
    folded = ctx.folded  # every form of _OFFICE_DAYS names the office
    says_office = folded is None or any(w in folded for w in ("office", "biur", "офис"))
    days_m = _OFFICE_DAYS.search(ctx.text) if says_office else None
    days = int(days_m.group(1)) if days_m else None
    # "in-office, remote, or hybrid": remote is on offer, as with an office (below)
    remote_or_hybrid = any(
        _joined_by_either(ctx.text, r, h) for r in found.get("remote", ()) for h in found.get("hybrid", ())
    )
    # ... or a few days a week at home beside the remote words
    home_days = (
        "remote" in found
        and ctx.folded is not None
        and (
            _HOME_DAYS.search(ctx.folded) is not None
            or ("%" in ctx.folded and _HOME_SHARE.search(ctx.folded) is not None)  # (a share needs its sign)
        )
    )
    # "Senior Designer (Remote)" over a firm's hybrid policy in the text: the title's remote is the job's (dev: a title
    # that says remote and not hybrid is remote in 483 ads of 484)
    # (the title itself: "Customer Advisor | Szczecin, Łasztownia + home office" on the text's first line, under the
    # board's title, names an office beside the home)
    # (an ad of one line is its own title: "jeden dzień pracy z domu w tygodniu" is hybrid)
    titled_remote = (
        ctx.has_body
        and any(m.start < ctx.title_end for m in found.get("remote", ()))
        and not any(m.start < ctx.title_end for m in found.get("hybrid", ()))
    )
    hybrid = "hybrid" in found or ((days is not None or home_days) and "remote" in found)
    if hybrid and not remote_or_hybrid and not titled_remote:
        ctx.note("conditions.work_mode", found.get("hybrid", []))
        return "hybrid", days
    if "remote" in found and "onsite" in found:
        # "płatne szkolenie (2 tygodnie w biurze), potem 100% zdalnie": the office of a training line is where the
        # training is held, not the job
        trained = {line_bounds(ctx.text, t.start)[0] for t in ctx.get("training") if t.key in ("provided", "paid")}
        keep_matches(found, "onsite", lambda m: line_bounds(ctx.text, m.start)[0] not in trained)
    if "remote" in found and "onsite" in found:
        # "remote after onboarding", "praca zdalna lub w biurze": both named, the first sets the tone
        # "w biurze lub zdalnie", "в офисе либо удалённо": remote is on offer, so a remote search finds it;
        # otherwise the first named sets the tone ("praca w biurze, po okresie próbnym 1 dzień zdalnie")
        remote, onsite = found["remote"][0], found["onsite"][0]
        # any office phrase and remote phrase joined by "or" offer remote, not only the first two named
        # ("Работа в офисе на Лесной либо удалённо" after "комфортный офис" earlier; "как в офисе, так и удалённо")
        either = any(_joined_by_either(ctx.text, r, o) for r in found["remote"] for o in found["onsite"])
        either = either or any(r in found["remote"] for r in only)  # (kept when no device task)
        mode = "remote" if either or remote_or_hybrid or remote.start < onsite.start else "onsite"
        ctx.note("conditions.work_mode", found[mode])
        return mode, days
    for mode in ("remote", "onsite"):
        if mode in found:
            ctx.note("conditions.work_mode", found[mode])
            return mode, days
    # "Praca w Lublinie", "Glasgow city centre": a workplace named up front, no remote or hybrid word
    # (the feed's location field names a city, not how the work is done)
    in_ad = [m for m in ctx.get("places") if ctx.feed_start < 0 or m.start < ctx.feed_start]
    # a "Location: South San Francisco, CA" line of a board's header is the feed's field copied into the text
    named = [
        m
        for m in in_ad
        if ctx.section_at(m.start) in ("title", "intro", "duties", "offer", "targets")
        and not _LOCATION_LABEL.search(ctx.text, line_bounds(ctx.text, m.start)[0], m.start)
    ]
    if named and not ctx.negated_keys("work_mode"):
        ctx.note("conditions.work_mode", named[:1])
        return "onsite", days
    if ctx.negated_keys("work_mode"):
        return None, days
    # "our central office in Tempe", "busy print shop in Collingwood", "biuro we Wrześni": a workplace and its town
    for m in ctx.get("workplace"):
        if ctx.feed_start >= 0 and m.start >= ctx.feed_start:
            break
        if ctx.section_at(m.start) in ("title", "intro", "duties", "offer") and (
            town := _TOWN_AFTER.match(ctx.text, m.end)
        ):
            ctx.note("conditions.work_mode", [(m.start, town.end())])
            return "onsite", days
    return None, days


_TOWN_AFTER = re.compile(r"\s+[A-ZŁŚŻŹĆ\u0410-\u042f][\w-]+")  # a capitalised word: the town of a workplace
_CONNECTION = re.compile(
    r"internet|broadband|connection|łącz|интернет|подключ|place|space|room|workspace|miejsc|pomieszcz|мест|помещ", re.I
)


def _equipment(ctx: Context) -> str | None:
    found = ctx.keys("equipment")
    given = {m.start for m in found.get("provided", [])}  # where the words that give the kit start (no device alone)
    perks = {line_bounds(ctx.text, b.start)[0] for b in ctx.get("benefits") if b.key != "company_phone"}
    for m in found.pop("device", []):
        section = ctx.section_at(m.start)
        # a laptop in "what we offer" is provided, and so is one listed beside a perk ("laptop, pakiet medyczny")
        # under an offer header the sections lexicon does not know
        if section in ("offer", "pay") or line_bounds(ctx.text, m.start)[0] in perks:
            found.setdefault("provided", []).append(m)
    for key in ("own_required", "provided"):
        if key in found:
            ctx.note("conditions.equipment", found[key])
    # "stable internet and a quiet room; we send the laptop": a connection and a room are no equipment
    if "provided" in found and all(_CONNECTION.search(ctx.text, m.start, m.end) for m in found.get("own_required", [])):
        found.pop("own_required", None)
    if "provided" in found and "own_required" in found:
        # "słuchawki z mikrofonem wyślemy kurierem": the kit said right before the words that give it is given
        own = [m for m in found["own_required"] if not given & {m.end + 1, m.end + 2}]
        if own:
            found["own_required"] = own
        else:
            found.pop("own_required")
    if "provided" in found and "own_required" in found:
        # "a stable connection and a quiet place" asked of the candidate while the offer sends the laptop:
        # the offer's kit is the answer; otherwise the first named sets the tone
        asked = {ctx.section_at(m.start) for m in found["own_required"]}
        offered = {ctx.section_at(m.start) for m in found["provided"]}
        if not asked & {"offer", "pay"} and offered & {"offer", "pay"}:
            return "provided"
        return "provided" if found["provided"][0].start < found["own_required"][0].start else "own_required"
    return next(iter(found), None)


def _marks(ctx: Context, mk: Match, t: Match) -> bool:
    """A "paid" before the training word ("3-week paid onboarding"), on its line ("WEEKLY PAY" on the line above
    is the pay's), or after it in the same clause."""
    return (0 <= t.start - mk.end <= PAID_MARKER_REACH and "\n" not in ctx.text[mk.end : t.start]) or (
        0 <= mk.start - t.end <= PAID_MARKER_REACH and _MARKER_GAP.fullmatch(ctx.text, t.end, mk.start) is not None
    )


def _training(ctx: Context) -> Training:
    # a budget for the worker's own courses ("3 000 zł/rok na szkolenia", "40 000 ₽ в год на обучение") is a benefit,
    # no training given for the job
    budgets = [b for b in ctx.get("benefits") if b.key == "training_budget"]
    # ... nor is a training word of the title ("Customer Onboarding Specialist", "Тренер по обучению операторов"),
    # said again on the text's first line or not: it names the job (a title's "Paid training" still offers it)
    said_all = [
        t
        for t in ctx.get("training")
        if not (ctx.has_body and t.key == "provided" and ctx.in_title(t.start))
        and not any(b.overlaps(t) for b in budgets)
    ]
    found: dict[str, list[Match]] = {}
    for said in said_all:
        if ctx.section_at(said.start) in TRAINING_SECTIONS:
            found.setdefault(said.key, []).append(said)
    # "no experience needed - full training given" often stands among the requirements
    for said in (m for m in said_all if ctx.section_at(m.start) == "requirements"):
        if said.last > said.first and said.key in ("provided", "paid"):
            found.setdefault(said.key, []).append(said)
    # "paid training" is an offer wherever it stands: an offer list under a header the sections lexicon
    # does not know ("The details", "Условия от банка") is read as the duties before it
    for said in said_all:
        if said.key == "paid" and ctx.section_at(said.start) not in TRAINING_SECTIONS | {"company", "apply"}:
            found.setdefault("paid", []).append(said)
    # "we'll train you", "обучим за 3 дня", "wszystkiego nauczymy" promise training wherever they stand
    for said in said_all:
        if said.key == "promise" and ctx.section_at(said.start) not in ("company", "apply"):
            found.setdefault("provided", []).append(said)
    found.pop("promise", None)
    # "Paid 3-week virtual training", "обучение 5 дней, оплачивается", "we train you for three weeks, fully paid":
    # training said to be paid, or given a length, is an offer wherever it stands
    anywhere = [
        m for m in said_all if ctx.section_at(m.start) not in ("company", "apply") and m.key != "promise"
    ]
    all_markers = [m for m in anywhere if m.key == "paid_marker"]
    for t in anywhere:
        if t.key != "provided" or any(t is x for x in found.get("provided", ())):
            continue
        if any(_marks(ctx, mk, t) for mk in all_markers) or _TRAINING_LENGTH.match(ctx.text, t.end + 1):
            found.setdefault("provided", []).append(t)
    if "provided" in found:
        found["paid_marker"] = all_markers
    for key, ms in found.items():
        ctx.note(f"conditions.training.{key}", ms)
    markers = found.pop("paid_marker", [])
    # "paid" before the training word ("3-week paid onboarding") or after it in the same clause
    # ("szkolenie produktowe płatne jak praca", "обучение 10 дней с оплатой")
    paid = "paid" in found or any(_marks(ctx, mk, t) for mk in markers for t in found.get("provided", []))
    length = None
    for t in found.get("provided", []) + found.get("paid", []):
        m = _TRAINING_LENGTH.search(ctx.text, max(0, t.start - 30), t.end + 40)
        if m:
            n = int(m.group(1) or _WORD_NUMBERS.get((m.group(2) or "").lower(), 0))
            unit = m.group(3).lower()
            length = float(n * (7 if unit.startswith(("t", "w", "н")) else 1)) or None
            ctx.note("conditions.training.length_days", [m.span()])
            break
    return Training(
        provided=True if found else None,
        paid=True if paid else None,
        length_days=length,
        mentor=True if "mentor" in found else None,
    )


def _duration(ctx: Context, contracts: tuple[str, ...]) -> str | None:
    found = ctx.keys("duration")
    if "fixed_term" in contracts and "fixed_term" not in found:
        return "fixed_term"
    return next(iter(found), None)


def _temporary_as(ctx: Context, contracts: tuple[str, ...], key: str) -> tuple[str, ...]:
    """The contracts with a temporary job read as `key`, its evidence moved there."""
    ctx.evidence[f"conditions.contracts.{key}"] += ctx.evidence.pop("conditions.contracts.temporary", [])
    return tuple(dict.fromkeys(key if c == "temporary" else c for c in contracts))


# "obszarów sprzedaży (B2B)", "sprzedaży usług (B2B)": the market the sales word names, in brackets after it
_MARKET_IN_BRACKETS = re.compile(
    r"(?:sprzeda\w*|klient\w*|usług\w*|handl\w*|sales|продаж\w*|клиент\w*)\s*\(\s*b2b\Z", re.I
)


def conditions(ctx: Context, employer_type: str | None = None) -> Conditions:
    """The offer's conditions; `employer_type` tells an agency's temporary job (agency work) from another's."""
    # "experience in B2B sales" under the requirements speaks of the candidate, not of the offer;
    # "sprzedaż B2B" is a market, not a contract
    # ... nor is the contract a data-protection clause names ("w celu zawarcia umowy o pracę lub umowy zlecenia")
    privacy = sorted(m.start for m in ctx.get("privacy"))
    contracts = ctx.collect(
        "contracts",
        "conditions.contracts",
        sections=CONTRACT_SECTIONS,
        outside=ctx.get("b2b_market"),
        keep=lambda m: (
            not sentence_holds(ctx.text, m.span, privacy)
            and not _MARKET_IN_BRACKETS.search(ctx.text, max(0, m.start - 30), m.end)
        ),
    )
    # "Wymagamy: prawa jazdy kat. B.\nUmowa o pracę, pon–pt 7–15": a line that opens with the contract states the
    # offer, whatever header ran on above it
    if "requirements" in ctx.section_names:
        market = ctx.get("b2b_market")
        listed = [
            m for m in ctx.get("contracts", sections=REQUIREMENT_SECTIONS)
            if not any(x.overlaps(m) for x in market)
        ]  # fmt: skip
        # ... and so do the contracts after it on that line ("B2B lub umowa zlecenie")
        # (or a sentence of its line: "График 2/2. Зарплата 38 000 руб. Оформление по ТК РФ." under "Требования:")
        opening = [m for m in listed if _opens_line(ctx.text, m) or _opens_sentence(ctx.text, m)]
        offer_lines = {line_bounds(ctx.text, m.start)[0] for m in opening}
        for m in listed:
            if m.key not in contracts and line_bounds(ctx.text, m.start)[0] in offer_lines:
                contracts = (*contracts, m.key)
                ctx.note(f"conditions.contracts.{m.key}", [m])
    # "Zlecenie, stawka do uzgodnienia": the bare word standing as a sentence of its own names the contract
    if ctx.lang == "pl" and "mandate_contract" not in contracts and "zlecen" in ctx.low:
        bare = _BARE_MANDATE.search(ctx.low)
        if bare:
            contracts = (*contracts, "mandate_contract")
            ctx.note("conditions.contracts.mandate_contract", [bare.span(1)])
    if "temporary" in contracts:
        contracts = _temporary_as(ctx, contracts, "temporary_agency" if employer_type == "agency" else "fixed_term")
    if "employment_contract" in contracts and "fixed_term" in contracts:
        # "umowa o pracę na czas określony": one employment contract, its length is the duration
        contracts = tuple(c for c in contracts if c != "fixed_term")
    working_time, fraction, weekly = _working_time(ctx)
    mode, office_days = _work_mode(ctx)
    pay, pay_options = extract_pay(ctx)
    places = tuple(dict.fromkeys(m.key for m in ctx.get("places") if ctx.section_at(m.start) != "company"))
    return Conditions(
        contracts=contracts,
        duration=_duration(ctx, contracts),
        working_time=working_time,
        part_time_fraction=fraction,
        min_hours_per_week=weekly,
        schedule=_schedule(ctx),
        work_mode=mode,
        office_days=office_days,
        places=places,
        equipment=_equipment(ctx),
        training=_training(ctx),
        pay=pay,
        pay_options=pay_options,
        benefits=_benefits(ctx),
    )


BENEFIT_SECTIONS = frozenset({"offer", "intro", "pay", "duties", "targets"})


_DUTY_LIKE = frozenset({"duties", "intro"})  # where a lone perk word is more often the customers'
TERMS_REACH = 1  # lines either side of a perk word where the terms of the job (contract, work mode) may stand


def _among_terms(ctx: Context, m: Match) -> bool:
    """A perk word in a list of the job's terms ("– umowa zlecenie, 32 zł/h", "– praca zdalna") under a header
    the sections lexicon does not know: the list is an offer."""
    lo, hi = line_bounds(ctx.text, m.start)
    for _ in range(TERMS_REACH):
        lo = line_bounds(ctx.text, max(0, lo - 2))[0]
        hi = line_bounds(ctx.text, min(len(ctx.text), hi + 1))[1]
    return any(lo <= t.start < hi for f in ("contracts", "work_mode", "working_time") for t in ctx.get(f))


_PERCENT_OFF = re.compile(
    r"\b\d{1,2}\s?%\s(?:off\b|staff discount|discount|rabat|zniżk|скидк)"
    r"|(?:discount|rabat\w*|zniżk\w*|скидк\w*)\s(?:of\s|do\s|w wysokości\s|в размере\s|до\s)?\d{1,2}\s?%",
    re.I,
)
_OFFER_LEAD = re.compile(
    r"\W*(?:we\s(?:also\s)?offer|we\sprovide|you(?:'ll|\swill)?\sget|oferujemy|zapewniamy|gwarantujemy"
    r"|(?:мы\s)?предлагаем|гарантируем)\b",
    re.I,
)
# the length of paid leave, the number before the leave word or after it (lowercased text)
_LEAVE_DAYS = re.compile(
    r"(\d\d)(?<!\d\d\d)\s?(?:-|–)?\s?(?:days?['’]?|dni|дн\w*|календарн\w*\sдн\w*)\s(?:of\s)?(?:paid\s)?(?:annual\s)?"
    r"(?:leave|holidays?|urlop\w*|отпуск\w*|оплачиваем\w*\sотпуск\w*)(?:(\s(?:\w+\s)?(?:including|incl\.?)\sbank)"
    r"|(\s(?:plus|\+|and)\s(?:\w+\s)?bank))?"
    r"|(?:urlop\w*|отпуск\w*|annual\sleave|holiday\sallowance|holidays?)\W{0,2}\s(?:\w+\s){0,2}?(\d\d)(?!\d)\s?"
    r"(?:дн|dni|календар|kalend|days)"
)
# the paid leave a full-time employee has by law (Polish 26 days after ten years' service; UK 28 with bank holidays,
# so 25 days "plus bank holidays" are more)
_STATUTORY_LEAVE = {"pl": 26, "ru": 28, "en": 24}


def _longer_leave(ctx: Context) -> re.Match[str] | None:
    low = ctx.low
    if ctx.folded is None or not any(w in low for w in ("leave", "holiday", "urlop", "отпуск")):
        return None
    for m in _LEAVE_DAYS.finditer(low):
        days = int(m.group(1) or m.group(4))
        # "28 days including bank holidays" are the law's; "21 days plus bank holidays" are more
        law = 28 if m.group(2) else 20 if m.group(3) else _STATUTORY_LEAVE.get(ctx.lex_lang, 28)
        if law < days <= 45 and ctx.section_at(m.start()) not in ("company", "apply"):
            return m
    return None


def _benefits(ctx: Context) -> tuple[str, ...]:
    # a single perk word among the duties is the customers' ("parking permits", "штраф за парковку", "rabat
    # lojalnościowy", "szkoły i przedszkola"), unless its line lists another perk
    kinds: dict[int, set[str]] = {}
    for m in ctx.get("benefits", sections=_DUTY_LIKE):
        kinds.setdefault(line_bounds(ctx.text, m.start)[0], set()).add(m.key)
    duty_words = [
        m
        for m in ctx.get("benefits", sections=_DUTY_LIKE)
        if len(kinds[line_bounds(ctx.text, m.start)[0]]) < 2 and m.last == m.first and not _among_terms(ctx, m)
    ]
    out = dict.fromkeys(
        ctx.collect("benefits", "conditions.benefits", sections=BENEFIT_SECTIONS, outside=duty_words or None)
    )
    # more paid leave than the law gives: "30 days' holiday", "27 dni urlopu", "отпуск 35 дней"
    leave = _longer_leave(ctx)
    if leave is not None:
        out.setdefault("extra_leave", None)
        ctx.note("conditions.benefits.extra_leave", [leave.span()])
    # "25% off our monitoring for your own home", "50% off a Premier membership": a share off, in the offer's part
    if "discounts" not in out and "%" in ctx.text:
        for lo, hi, name in ctx.parts():
            if name in ("offer", "pay") and (off := _PERCENT_OFF.search(ctx.text, lo, hi)):
                out["discounts"] = None
                ctx.note("conditions.benefits.discounts", [off.span()])
                break
    # an offer list under a header the sections lexicon does not know ("What's on offer", "Банк предлагает")
    # is read as the requirements before it: a line naming two benefits or more is an offer all the same,
    # and so is a line that says it offers ("We offer the pension scheme, ...")
    by_line: dict[int, list[Match]] = {}
    for m in ctx.get("benefits", sections=frozenset({"requirements", "nice_to_have"})):
        by_line.setdefault(line_bounds(ctx.text, m.start)[0], []).append(m)
    leave_line = line_bounds(ctx.text, leave.start())[0] if leave else -1
    for start, ms in by_line.items():
        keys = {m.key for m in ms} | ({"extra_leave"} if start == leave_line else set())
        if len(keys) >= 2 or _OFFER_LEAD.match(ctx.text, start):
            for m in ms:
                out.setdefault(m.key, None)
                ctx.note(f"conditions.benefits.{m.key}", [m])
    return tuple(out)

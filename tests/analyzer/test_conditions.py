"""Contracts, working time, schedule patterns, work mode, equipment, training."""

from __future__ import annotations

import pytest

from callboard import analyze


def test_polish_contracts_and_time() -> None:
    p = analyze("Oferujemy umowę o pracę lub umowę zlecenie, pełny etat, pracę hybrydową (2 dni w biurze).", lang="pl")
    assert set(p.conditions.contracts) == {"employment_contract", "mandate_contract"}
    assert p.conditions.working_time == "full_time"
    assert p.conditions.work_mode == "hybrid"
    assert p.conditions.office_days == 2


def test_russian_schedule_pattern() -> None:
    p = analyze("График 2/2, смены по 12 часов, ночные смены. Оформление по ТК РФ.", lang="ru")
    s = p.conditions.schedule
    assert (s.pattern, s.shift_hours, s.shifts, s.nights) == ("2/2", 12.0, True, True)
    assert p.conditions.contracts == ("employment_contract",)


def test_one_whole_post_of_a_public_notice_is_full_time() -> None:
    assert analyze("Nabór nr 3/2027, 1 etat. Umowa o pracę.", lang="pl").conditions.working_time == "full_time"
    assert analyze("Praca na 1/2 etatu.", lang="pl").conditions.working_time == "part_time"


def test_an_australian_casual_job_is_paid_by_the_hour() -> None:
    # no guaranteed hours and a loading on the hourly rate, like a UK zero-hours contract
    ad = "Telephone Interviewer\n\n$33.19 an hour including the 25% casual loading. Choose your shifts each fortnight."
    assert analyze(ad, lang="en").conditions.working_time == "hourly"


def test_part_time_fraction() -> None:
    p = analyze("Praca na 1/2 etatu, od poniedziałku do piątku.", lang="pl")
    assert p.conditions.working_time == "part_time"
    assert p.conditions.part_time_fraction == "1/2"
    assert p.conditions.schedule.fixed_hours is True  # weekdays only; weekends stay unsaid
    assert p.conditions.schedule.pattern is None


@pytest.mark.parametrize(
    ("text", "lang", "fraction"), [("Umowa o pracę na ½ etatu.", "pl", "1/2"), ("Работа на ¾ ставки.", "ru", "3/4")]
)
def test_a_fraction_written_as_one_character_is_part_time(text: str, lang: str, fraction: str) -> None:
    c = analyze(text, lang=lang).conditions
    assert (c.working_time, c.part_time_fraction) == ("part_time", fraction)


def test_remote_with_own_equipment() -> None:
    p = analyze(
        "Fully remote (UK only). You need your own laptop and a stable internet connection. Paid training.", lang="en"
    )
    c = p.conditions
    assert (c.work_mode, c.equipment, c.training.paid) == ("remote", "own_required", True)


@pytest.mark.parametrize(
    ("text", "lang", "mode"),
    [
        # remote on some days only is hybrid
        ("Офис у метро, по договоренности можно иногда работать из дома.", "ru", "hybrid"),
        ("Возможна удалённая работа с посещением офиса раз в неделю.", "ru", "hybrid"),
        ("Гибкий график с возможностью частичной работы из дома.", "ru", "hybrid"),
        ("Можно работать удалённо пару дней в неделю.", "ru", "hybrid"),
        # "удалённо" of an interview, a test task or a distant site says nothing of the work
        ("Офис на Садовой. Первое собеседование удалённо по видеосвязи.", "ru", "onsite"),
        ("Сопровождение серверов, территориально удалённо расположенных. Работа в офисе.", "ru", "onsite"),
        ("Мы не рассматриваем кандидатов на удалённую работу.", "ru", None),
        ("Офис у метро, по договорённости можно иногда поработать удалённо.", "ru", "hybrid"),
        ("Возможна работа удалённо и частично в офисе.", "ru", "hybrid"),
        ("Поддержка удалённых пользователей 1С. Работа в офисе.", "ru", "onsite"),
        ("Общение с заказчиком удалённо через мессенджер, работа в офисе на Лесной.", "ru", "onsite"),
        # office or remote offers remote, wherever the pair stands in the ad
        ("Уютный офис у метро. Условия: работа в офисе на Лесной либо удалённо.", "ru", "remote"),
        ("Можно работать как в офисе, так и удалённо.", "ru", "remote"),
        ("Можно работать 2-3 дня в офисе, а остальное время из дома.", "ru", "hybrid"),
        ("Работа без присутствия в офисе.", "ru", "remote"),
        # English words of work modes used of other things
        ("You will design hybrid cloud integrations for our clients.", "en", None),
        ("Provide remote support to users via our ticketing tool.", "en", None),
        ("Our in-house team builds the product.", "en", None),
        ("Regular travel to customer on-site locations is expected.", "en", None),
    ],
)
def test_work_mode_words_in_context(text: str, lang: str, mode: str | None) -> None:
    assert analyze(text, lang=lang).conditions.work_mode == mode


@pytest.mark.parametrize(
    ("text", "contracts"),
    [
        # the employer described as an agency is no contract offered
        ("Jesteśmy agencją pracy tymczasowej z Opola. Oferujemy umowę o pracę.", ("employment_contract",)),
        # temporary workers handled in HR duties, a task done at someone's request
        (
            "Prowadzisz dokumentację pracowników tymczasowych. Oferujemy umowę o pracę.",
            ("employment_contract",),
        ),
        (
            "Przygotowujesz zestawienia na zlecenie kierownika działu. Zatrudnienie na umowę o pracę.",
            ("employment_contract",),
        ),
        # B2B as the market
        ("Doświadczenie w strukturach handlowych B2B. Umowa o pracę.", ("employment_contract",)),
        ("Rozwój platformy typu B2B dla hurtowni. Umowa o pracę.", ("employment_contract",)),
        # the personal-data notice names every form a candidate may apply under
        (
            "Dane osób ubiegających się o zatrudnienie na podstawie umowy o pracę jak i umowy cywilnoprawnej "
            "przetwarza Spółka. Oferujemy umowę o pracę.",
            ("employment_contract",),
        ),
        # interns sought by an HR duty are no internship offered; B2B as a sales channel
        ("Pozyskiwanie stażystów i praktykantów z uczelni. Umowa o pracę.", ("employment_contract",)),
        ("Rozwój sprzedaży w kanale B2B. Umowa o pracę.", ("employment_contract",)),
        ("Szukamy stażysty do działu obsługi klienta.", ("internship",)),
        # while offered forms still count
        ("Oferujemy pracę na zlecenie lub umowę B2B.", ("mandate_contract", "b2b")),
        # a line opening with the contract under a header that ran on above it states the offer; the candidate's
        # B2B experience in that part does not
        ("Wymagamy: prawa jazdy kat. B.\nUmowa o pracę, pon–pt 7:00–15:00.", ("employment_contract",)),
        ("Wymagania:\n- doświadczenie w sprzedaży B2B\n→ B2B lub umowa zlecenie,", ("b2b", "mandate_contract")),
        ("Wymagania:\n- doświadczenie na umowie B2B w sprzedaży\n- prawo jazdy", ()),
        (
            "SZUKAMY OSOBY DO UMAWIANIA SPOTKAŃ\n👉 dzwonisz do klientów\n📄 B2B albo umowa zlecenie",
            ("b2b", "mandate_contract"),
        ),
    ],
)
def test_polish_contracts_in_context(text: str, contracts: tuple[str, ...]) -> None:
    assert set(analyze(text, lang="pl").conditions.contracts) == set(contracts)


@pytest.mark.parametrize(
    ("text", "lang", "working_time"),
    [
        # both offered: no single working time
        ("Формат: полная или частичная занятость, по договорённости.", "ru", None),
        ("Рассмотрим кандидатов на full/part time.", "ru", None),
        ("We hire for full or part time positions.", "en", None),
        # round s67: a full-time post or a fraction or a number of hours, as the candidate prefers
        ("Oferujemy umowę o pracę – pełny etat lub ¾ etatu.", "pl", None),
        ("31 zł brutto/h, pełny etat lub min. 120 godzin w miesiącu – do wyboru.", "pl", None),
        # other employees' hours in the benefits small print
        ("This is a full-time role. Some benefits may differ for part-time employees.", "en", "full_time"),
        # extra Saturday work on request is no part-time job
        ("Pełny etat, możliwość dodatkowej pracy w soboty.", "pl", "full_time"),
        # round s73: an Irish or British full week of 39 hours
        ("Hours\n39 hours per week, Monday to Friday. Rostered 8-hour shifts between 8am and 8pm.", "en", "full_time"),
    ],
)
def test_working_time_in_context(text: str, lang: str, working_time: str | None) -> None:
    assert analyze(text, lang=lang).conditions.working_time == working_time


def test_paid_right_after_a_comma_qualifies_the_training() -> None:
    assert analyze("Оператор колл-центра\nОбучение 5 дней, оплачивается.", lang="ru").conditions.training.paid is True


def test_a_labour_office_form_on_one_line_keeps_its_contract() -> None:
    # the fields of such forms run together: the requirements header must not swallow "Rodzaj umowy:"
    ad = (
        "OBOWIĄZKI: przyjmowanie zgłoszeń telefonicznych WARUNKI PRACY: Wymagania konieczne:Wykształcenie: średnie "
        "Miejsce pracy:Łódź Rodzaj umowy:Umowa o pracę na okres próbny Wynagrodzenie brutto:od 4 700 PLN"
    )
    contracts = analyze(ad, title="Pracownik biura obsługi klienta", lang="pl").conditions.contracts
    assert contracts == ("employment_contract",)


def test_remote_or_hybrid_offers_remote() -> None:
    ad = "Customer Support Representative\nYou answer customers by chat and e-mail. Work in-office, remote, or hybrid."
    assert analyze(ad, lang="en").conditions.work_mode == "remote"


def test_a_window_right_after_a_shift_word_is_that_shift() -> None:
    ad = "Call centre advisor\nNight shift 8pm–6:30am, three nights a week."
    assert analyze(ad, lang="en").conditions.schedule.shift_hours == 10.5


def test_a_fixed_term_employment_contract_is_an_employment_contract_of_fixed_length_ru() -> None:
    c = analyze("Оператор колл-центра\nСрочный трудовой договор на 6 месяцев.", lang="ru").conditions
    assert c.contracts == ("employment_contract",) and c.duration == "fixed_term"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oferujemy: sam ustalasz godziny pracy, umowa zlecenie.", "pl"),
        ("Oferujemy: godziny pracy do wyboru.", "pl"),
        ("What we offer: you set your own schedule.", "en"),
        # a choosing verb and, a few words after or before it, the shifts, days or hours chosen
        ("Oferujemy: zmiany 7:00–15:00 lub 13:00–21:00, dni wybierasz sam/a.", "pl"),
        ("Warunki: praca od 16:00 do 20:00, godziny w tym przedziale ustalasz sama.", "pl"),
        ("Oferujemy: grafik na kolejny tydzień układasz pod siebie.", "pl"),
        ("Условия: смены по 4 часа, в неделю выбираете от 3 до 5 смен.", "ru"),
        ("Условия: график на следующий месяц составляете сами.", "ru"),
        ("What we offer: pick at least two evening shifts a week from the rota.", "en"),
        ("What we offer: you choose the hours you work between 8am and 8pm.", "en"),
        ("Условия: 5/2, начало дня плавающее — с 8 до 11 по Москве.", "ru"),
        ("Условия: смены по 4, 6 или 8 часов — выбираете сами в личном кабинете.", "ru"),
        ("Oferujemy: grafik układany z uwzględnieniem zajęć na uczelni.", "pl"),
        # December 2026: a rota made around the worker, a start of the day the worker picks
        ("Dajemy: umowę zlecenie, grafik układany pod Ciebie (zmiany 6–14 i 14–22).", "pl"),
        ("Oferujemy: pełny etat, elastyczny początek dnia (między 7:00 a 10:00).", "pl"),
        ("What we offer: 16–30 hours a week, which can be flexible around other commitments.", "en"),
        # round s103: a rota drawn up with the worker's availability in mind
        ("Oferujemy: pracę zmianową 7–15 lub 13–21; grafik układamy z uwzględnieniem Twojej dyspozycyjności.", "pl"),
    ],
)
def test_hours_the_worker_sets_are_flexible(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).conditions.schedule.flexible is True


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a team leader sets the team's rota; a customer's delivery day is agreed with them
        ("Zakres obowiązków:\n- razem z planistą układasz grafik zespołu,\n- prowadzisz odsłuchy.", "pl"),
        ("Zakres obowiązków:\n- gdy kurier nie zastał klienta, ustalasz nowy dzień doręczenia.", "pl"),
        ("Обязанности:\n- составляете график смен операторов и следите за нагрузкой.", "ru"),
        ("Duties:\n- write clear notes so the next shift can pick up the case.", "en"),
        ("Duties:\n- help customers choose the delivery days that suit them.", "en"),
    ],
)
def test_a_rota_set_for_others_or_a_customer_s_day_is_no_flexible_schedule(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).conditions.schedule.flexible is None


def test_a_five_day_week_in_a_fixed_window_has_its_span_as_the_day() -> None:
    # the span of the day counts, lunch included (corpus README, shift_hours)
    s = analyze("Условия:\n- график 5/2 с 10:00 до 19:00, офис у метро", lang="ru").conditions.schedule
    assert (s.pattern, s.shift_hours) == ("5/2", 9.0)
    # so does "пятидневка" before a window
    s = analyze("Условия:\n- полный день, пятидневка с 9:00 до 18:00", lang="ru").conditions.schedule
    assert s.shift_hours == 9.0
    # the pattern alone, no word for a schedule, names the window that follows it
    s = analyze("Условия:\n- 5/2 с 9:00 до 18:00, суббота и воскресенье — выходные", lang="ru").conditions.schedule
    assert (s.pattern, s.shift_hours) == ("5/2", 9.0)


def test_the_sleep_day_of_a_day_night_rota_is_shift_work() -> None:
    s = analyze("График: день / ночь / отсыпной / выходной.", lang="ru").conditions.schedule
    assert (s.shifts, s.nights) == (True, True)


def test_pay_on_the_line_above_does_not_pay_the_training() -> None:
    t = analyze("WHAT YOU GET\n- WEEKLY PAY\n- FULL TRAINING FROM DAY ONE", lang="en").conditions.training
    assert (t.provided, t.paid) == (True, None)


def test_training_promised_among_the_requirements_or_duties() -> None:
    # round s106: "trained alongside an experienced operator" under the requirements; "full training on your first
    # day" in the duties of an emoji post
    needed = "Operator\n\nWhat you'll need\n- No control-room experience is needed – you'll spend your first four "
    needed += "weeks on days, trained alongside an experienced operator\n"
    assert analyze(needed, lang="en").conditions.training.provided is True
    post = "Reception Crew\n\nWhat you'd be doing\n✅ Checking residents in\n🎓 No experience needed – full training "
    post += "on your first day\n"
    assert analyze(post, lang="en").conditions.training.provided is True


def test_paid_in_brackets_after_the_training_word() -> None:
    assert analyze("Oferujemy: szkolenie wprowadzające (płatne).", lang="pl").conditions.training.paid is True


@pytest.mark.parametrize(
    ("text", "equipment"),
    [
        ("Praca zdalna. Oferujemy: umowę zlecenie. Potrzebujesz swojego laptopa z kamerką.", "own_required"),
        ("Praca zdalna. Oferujemy: pracujesz na naszym sprzęcie, umowa o pracę.", "provided"),
    ],
)
def test_whose_equipment_pl(text: str, equipment: str) -> None:
    assert analyze(text, lang="pl").conditions.equipment == equipment


def _sched(text: str, lang: str) -> tuple[object, ...]:
    s = analyze(text, lang=lang).conditions.schedule
    return (s.shifts, s.nights, s.weekends, s.flexible, s.pattern, s.shift_hours)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a working window right after the pattern makes a bare "5/2" a schedule
        ("• 5/2 с 10:00 до 19:00, офис у метро Чкаловская;", "ru", (None, None, None, None, "5/2", 9.0)),
        ("Warunki: 2/2, 8:00–20:00, umowa o pracę.", "pl", (True, None, None, None, "2/2", 12.0)),
        # "N days with hours, N days off" spelled in Russian
        ("График: 3 рабочих дня с 8 до 20, 3 выходных.", "ru", (True, None, None, None, "3/3", 12.0)),
        ("Работаете 2 дня, потом 2 дня отдыха.", "ru", (True, None, None, None, "2/2", None)),
        # decimal shift lengths
        ("Three 12.5-hour shifts a week at our Derby depot.", "en", (True, None, None, None, None, 12.5)),
        ("Zmiany po 7,5 godziny, grafik miesięczny.", "pl", (True, None, None, None, None, 7.5)),
        # the length of a working day: no shift work in itself
        ("Pracujesz 4 dni w tygodniu po 10 godzin, wolne piątki.", "pl", (None, None, None, None, None, 10.0)),
        ("Работа 5 дней в неделю по 8 часов.", "ru", (None, None, None, None, "5/2", 8.0)),
        # a Russian working week next to its hours is a working day; core hours are no working day
        ("Режим: пн–пт, с 8:00 до 17:00.", "ru", (None, None, None, None, None, 9.0)),
        ("Elastyczny czas pracy, rdzeń 11:00–14:00.", "pl", (None, None, None, True, None, None)),
        # a night rate window is no shift
        ("Смены выбираете сами, ночью (с 22:00 до 6:00) — 310 ₽/час.", "ru", (True, True, None, True, None, None)),
        # one fixed shift is no shift work
        ("Praca jednozmianowa 8–16, umowa o pracę.", "pl", (False, None, None, None, None, 8.0)),
        ("Односменный режим работы, офис в центре.", "ru", (False, None, None, None, None, None)),
        ("One shift only, 9am to 5pm, in our Leeds office.", "en", (False, None, None, None, None, 8.0)),
        # a bare "zmiana" naming what changes is no shift; an adjective or "na zmianie" is one
        ("Obsługujesz zmiany taryf i zmianę numeru konta klienta.", "pl", (None, None, None, None, None, None)),
        ("Do Twoich zadań należy zmiana pakietu na życzenie abonenta.", "pl", (None, None, None, None, None, None)),
        ("Ciepły posiłek na każdej zmianie.", "pl", (True, None, None, None, None, None)),
        ("Praca na zmianę poranną lub popołudniową.", "pl", (True, None, None, None, None, None)),
        # a week that takes in Saturday works on a weekend; "only working days" excludes weekends
        ("Grafik: pn.–sob. w godz. 9–17.", "pl", (None, None, True, None, None, 8.0)),
        ("Работаем пн–сб, график обсудим.", "ru", (None, None, True, None, None, None)),
        ("Pracujesz wyłącznie w dni robocze.", "pl", (None, None, False, None, None, None)),
        ("В выходные не работаем, офис на Ленина.", "ru", (None, None, False, None, None, None)),
        ("Weekends off, always.", "en", (None, None, False, None, None, None)),
        # flexible start and hours to be agreed
        ("Начало рабочего дня с 7:00 до 10:00 — на выбор.", "ru", (None, None, None, True, None, None)),
        ("You can start anytime between 7am and 9am.", "en", (None, None, None, True, None, None)),
        ("Starting salary from 20 to 23k.", "en", (None, None, None, None, None, None)),
        ("Godziny pracy do uzgodnienia, najlepiej popołudniami.", "pl", (None, None, None, True, None, None)),
        ("Pracujesz, kiedy Ci pasuje.", "pl", (None, None, None, True, None, None)),
        # taking turns with a colleague, a change of procedures and an on-call rota are no shift work
        ("Czasem sobota do 14:00 na zmianę z drugą osobą.", "pl", (None, None, True, None, None, None)),
        ("Szkolenia przypominające po każdej zmianie procedur u klienta.", "pl", (None, None, None, None, None, None)),
        ("Readiness to join the on-call rota (one week in six).", "en", (None, None, None, None, None, None)),
        ("Dyżury 12-godzinne dzienne i nocne, według grafiku.", "pl", (True, True, None, None, None, 12.0)),
        # a 24-hour duty works the night too
        ("График: сутки через трое.", "ru", (True, True, None, None, "1/3", 24.0)),
        # a five- or six-day week in words; days a week at the office are no pattern
        ("Работа шесть дней в неделю, выходной плавающий.", "ru", (None, None, None, None, "6/1", None)),
        ("Praca 5 dni w tygodniu, w godzinach porannych.", "pl", (None, None, None, None, "5/2", None)),
        ("Praca hybrydowa: 2 dni w tygodniu w biurze.", "pl", (None, None, None, None, None, None)),
        # nights offered as a choice
        ("Смены по 12 часов, день или ночь на выбор.", "ru", (True, True, None, None, None, 12.0)),
        ("Zmiany 12-godzinne, dzień lub noc.", "pl", (True, True, None, None, None, 12.0)),
        # a six-day week in English, however counted (round s34)
        ("Full time | 6 days a week (2nd & 4th Saturdays off)", "en", (None, None, True, None, "6/1", None)),
        ("Salary 20k in hand, 6 working days.", "en", (None, None, None, None, "6/1", None)),
        # weekends worked though the weekend days are named
        ("Смены по 8 часов, суббота и воскресенье тоже бывают рабочими.", "ru", (True, None, True, None, None, 8.0)),
        ("Работаем с 10 до 20, суббота и воскресенье — обязательно, выходные два дня в будни.", "ru",
         (None, None, True, None, None, None)),
        # the customers' weekend and night, the interviews' days: nothing of the job's hours
        ("Patients who hurt their back over the weekend; emails that came in overnight.", "en",
         (None, None, None, None, None, None)),
        ("Walk-in interviews Monday to Saturday, 10 am – 2 pm.", "en", (None, None, None, None, None, None)),
    ],
)
def test_schedule_as_employers_write_it(text: str, lang: str, expected: tuple[object, ...]) -> None:
    assert _sched(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "mode"),
    [
        # "zdalnie" / "удалённо" / "remotely" of a task on a distant device is no remote work
        (
            "Zakres obowiązków:\n- konfiguracja terminali klientów zdalnie przez pulpit,\n"
            "Oferujemy:\n- pracę w biurze w Lublinie",
            "pl",
            "onsite",
        ),
        ("Обязанности:\n- удалённо подключаться к кассам и устранять неисправности;\nОфис в Туле.", "ru", "onsite"),
        ("Responsibilities:\n- troubleshoot customer devices remotely\nBased in our Derby office.", "en", "onsite"),
        # an ad told as a working day, no duties header: "дистанционно" of a fault sorted out on the line (round s52)
        ("Техподдержка\n\nВы отвечаете абонентам; если дистанционно разобраться не получается — записываете абонента "
         "на визит монтажника.\nОфис в Туле.", "ru", "onsite"),
        # a remote session on the customer's machine is a tool of the job (round s49)
        ("Pune (Baner)\n\n- call the customer and take a remote session to see the error\n", "en", "onsite"),
        # ... but remote work stays remote
        ("Praca zdalnie, z dowolnego miejsca w Polsce.", "pl", "remote"),
        # days at home in a week are hybrid
        ("Biuro w Toruniu, 2 dni w tygodniu z domu.", "pl", "hybrid"),
        ("Офис на Ленина, 2 дня в неделю из дома.", "ru", "hybrid"),
        ("Biuro w Gdyni; po okresie próbnym 1 dzień home office w tygodniu.", "pl", "hybrid"),
        ("Shift timings 6pm-3am IST, work from office only.", "en", "onsite"),
        # a few days a week at home, said with a word number or after the home words
        ("Po okresie próbnym jeden dzień pracy z domu w tygodniu.", "pl", "hybrid"),
        ("После испытательного срока один день в неделю можно работать из дома.", "ru", "hybrid"),
        ("After training you can work from home for up to two days a week.", "en", "hybrid"),
        ("Fully remote: work from home five days a week.", "en", "remote"),
        # a share of the working time at home is hybrid too (hh.ru real ads); the whole of it stays remote
        ("Условия:\n- возможна удалённая работа (до 30% рабочего времени)\n- офис у метро Сокол", "ru", "hybrid"),
        ("Oferujemy:\n- możliwość pracy zdalnej do 40% czasu pracy\n- biuro w Łodzi", "pl", "hybrid"),
        ("We offer remote working for up to 40% of your hours, and our office in Leeds.", "en", "hybrid"),
        ("Офис у метро Сокол, 50% времени удалённо.", "ru", "hybrid"),
        ("Oferujemy:\n- 100% zdalnie", "pl", "remote"),
        # help given to a customer's computer from afar is a task, not remote work; a role that cannot be remote
        ("Duties:\n- remote assistance for customers via screen sharing\nBased in our Derby office.", "en", "onsite"),
        ("Agent for our office in Leeds. This role cannot be done remotely.", "en", "onsite"),
        # a workplace named by its kind or its town
        ("Praca w kasie biletowej na dworcu PKS.", "pl", "onsite"),
        ("Нужен администратор на ресепшене, гостиница у моря.", "ru", "onsite"),
        ("Customer Service Rep - Plumbing company (San Antonio, TX)", "en", "onsite"),
        ("Konsultant infolinii – Piotrków Trybunalski", "pl", "onsite"),
        ("Оператор колл-центра, г. Гомель", "ru", "onsite"),
        # an office, a counter or a town named as the workplace (round s34)
        ("Looking for somebody to work the phones from our store office on 12th St SW.", "en", "onsite"),
        ("Customer care person for our office in Faerie Glen.", "en", "onsite"),
        ("Claims Intake Associate – Hinjawadi Phase 2, Pune", "en", "onsite"),
        ("Консультант по рассрочке — стойка в магазине бытовой техники.", "ru", "onsite"),
        # the office of a training line is the training's; the job is remote
        ("Płatne szkolenie (2 tygodnie w biurze w Katowicach), potem 100% zdalnie.", "pl", "remote"),
        # a station restarted remotely from a panel is a task, not remote work
        ("Zakres obowiązków:\n- restartować stację zdalnie, z panelu operatora\nWarszawa, biuro na Służewcu", "pl",
         "onsite"),
        # a board's "Location:" header line is the feed's field, not a workplace
        ("Support Specialist\nLocation: San Diego, CA\nSalary: $50,000", "en", None),
    ],
)
def test_work_mode_as_employers_write_it(text: str, lang: str, mode: str | None) -> None:
    assert analyze(text, lang=lang).conditions.work_mode == mode


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # more paid leave than the law gives
        ("What we offer:\n- 28 days' annual leave plus bank holidays\n- pension", "en", {"extra_leave", "pension"}),
        ("What we offer:\n- 28 days' holiday including bank holidays", "en", set()),
        ("Konsultant\nOferujemy:\n- 30 dni urlopu rocznie,\n- pakiet medyczny", "pl", {"extra_leave", "medical"}),
        ("Konsultant\nOferujemy:\n- 26 dni urlopu", "pl", set()),
        ("Оператор\nУсловия:\n- отпуск 42 календарных дня;", "ru", {"extra_leave"}),
        ("Оператор\nУсловия:\n- ежегодный оплачиваемый отпуск 28 дней;", "ru", set()),
        ("Benefits:\n- paid holidays and a 401(k)", "en", {"pension"}),
        # a line that says it offers is an offer wherever it stands
        ("About you\nGood with people.\nWe offer a company pension and free parking.", "en", {"pension", "parking"}),
        # a lone perk word among the duties is the customers'
        ("Duties:\n- help residents with parking permits\n- take payments", "en", set()),
        ("Obowiązki:\n- proponujesz klientom rabat lojalnościowy,\n- obsługujesz zgłoszenia", "pl", set()),
        ("Обязанности:\n— разбирать штрафы за парковку;\n— отвечать в чате", "ru", set()),
        # ... unless it stands among the job's terms
        ("Co ważne:\n- praca zdalna,\n- rabat 25% na nasze produkty,\n- umowa zlecenie", "pl", {"discounts"}),
        # "Park" of a place name is no parking
        ("Agent\nWe offer: a modern office in Cebu IT Park.", "en", {"office_perks"}),
        # vocabulary
        (
            "Оператор\nУсловия: скидка 15% на весь ассортимент, горячее питание, служебный автомобиль.",
            "ru",
            {"discounts", "meals", "transport"},
        ),
        ("Оператор\nУсловия: компенсация билетов до Москвы, такси домой после ночной смены.", "ru", {"transport"}),
        ("Оператор\nУсловия: оплата коворкинга, путевки в санаторий.", "ru", {"remote_allowance", "holiday_funding"}),
        ("Оператор\nУсловия: абонемент в любой клуб сети бесплатно.", "ru", {"sport_card"}),
        (
            "Konsultant\nOferujemy: autobus pracowniczy, ciepły posiłek, bezpłatne bilety do kina.",
            "pl",
            {"transport", "meals", "discounts"},
        ),
        (
            "Konsultant\nOferujemy: 150 zł miesięcznie na rachunki, darmowe ubezpieczenie.",
            "pl",
            {"remote_allowance", "insurance"},
        ),
        ("Konsultant\nOferujemy: bezpłatny bilet na komunikację miejską.", "pl", {"transport"}),
        (
            "Agent\nPerks: HMO from day one, superannuation, quarterly team trips, free transit pass, wellbeing leave.",
            "en",
            {"medical", "pension", "team_events", "transport", "extra_leave"},
        ),
        # December 2026: the firm's own product for the worker, the most missed benefit of the dev part
        ("Advisor\nBenefits:\n- 20% off your own energy bill\n- Free broadband at home", "en", {"discounts"}),
        ("Agent\nWhat we offer:\n- Free crossings on all our routes", "en", {"discounts"}),
        ("Konsultant\nOferujemy:\n- darmowy internet i telewizję w domu\n- noclegi w hotelach sieci za 20% ceny", "pl",
         {"discounts"}),
        # a share off in the offer's part (dev: 29 discounts missed fewer, none read wrong more)
        ("Operator\n\nWhat we offer\n- 25% off Halwell monitoring for your own home\n", "en", {"discounts"}),
        ("Оператор\n\nМы предлагаем:\n- скидку в размере 15% на абонемент для вас и семьи\n", "ru", {"discounts"}),
        # round s106: offer headers that were read as the requirements before them
        ("Operator\n\nWhat you'll need\n- A calm phone manner\n\nWhat else we offer\n- Company pension\n- Free "
         "on-site parking\n", "en", {"pension", "parking"}),
        ("Agent\n\nWHAT WE NEED\n- A clear voice\n\nPAY & PERKS!!\n- 401(k) with a 4% company match\n", "en",
         {"pension"}),
        # round s112: a project's English words in Polish, a pension plan, a course of the client's language, a budget
        # for a qualification, "Что ещё даём" after the requirements
        ("Konsultant\n\nOferujemy:\n• kurs norweskiego opłacany przez nas,\n• team events co kwartał,\n"
         "• Pracowniczy Plan Emerytalny.\n", "pl", {"language_courses", "team_events", "pension"}),
        ("Specialist\n\nWhat we offer\n- A £1,000 yearly budget towards a professional qualification\n", "en",
         {"training_budget"}),
        ("Специалист\n\nКого ищем\n— опыт от 1 года.\n\nЧто ещё даём\n— ДМС со стоматологией.\n"
         "— Компенсация домашнего интернета 1 000 ₽ в месяц.\n", "ru", {"medical", "remote_allowance"}),
    ],
)
def test_benefits_as_employers_write_them(text: str, lang: str, expected: set[str]) -> None:
    assert set(analyze(text, lang=lang).conditions.benefits) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # training said to be paid, or given a length, is an offer wherever it stands
        ("Agent\nRequirements:\n- Paid 2-week online training before your first shift", "en", (True, True)),
        ("Agent\nRequirements:\n- No experience needed - we train you for two weeks, fully paid", "en", (True, True)),
        ("Оператор\nТребования: опыт не нужен, обучение 4 дня в офисе.", "ru", (True, None)),
        ("Оператор\nТребования:\n- обучение 5 дней, оплачивается.", "ru", (True, True)),
        ("Konsultant\nBez doświadczenia? Szkolimy.", "pl", (True, None)),
        # the role's name is no training offered; a school that teaches offers none either
        ("Quality Coach\nWe are a contact centre in Leeds.", "en", (None, None)),
        ("Opiekun klienta\nNasza szkoła uczy angielskiego dzieci i dorosłych.", "pl", (None, None)),
    ],
)
def test_training_as_employers_write_it(text: str, lang: str, expected: tuple[object, object]) -> None:
    t = analyze(text, lang=lang).conditions.training
    assert (t.provided, t.paid) == expected


@pytest.mark.parametrize(
    ("text", "title", "lang", "provided"),
    [
        # the title's training words name the job, said again on the first line or not; a budget for the worker's
        # own courses is a benefit (December 2026: training.provided FP on dev and held-out)
        ("Customer Onboarding Specialist (Remote)\n\nYou'll walk new customers through setup on video calls.",
         "Customer Onboarding Specialist (Remote)", "en", None),
        ("SDR\n\nDzwonisz do firm z bazy.\n\nOferujemy: laptop, 3 000 zł/rok na szkolenia i książki.", None, "pl",
         None),
        # a paragraph that opens with a short title's word is the text, its promise of training kept
        ("Оператор в офис. Без опыта, обучаем. Работа с клиентами по телефону.", "Оператор", "ru", True),
    ],
)
def test_training_named_by_the_title_or_a_course_budget_is_none_given(
    text: str, title: str | None, lang: str, provided: bool | None
) -> None:
    assert analyze(text, title=title, lang=lang).conditions.training.provided is provided


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a connection and a quiet room asked for are no equipment when the kit is sent
        ("Agent\nYou need reliable internet and a quiet room; we ship you a laptop and a headset.", "en", "provided"),
        ("Оператор\nНужны стабильный интернет и тихое место, ноутбук выдаем мы.", "ru", "provided"),
        ("Agent\nYou need your own laptop and reliable internet.", "en", "own_required"),
        # kit to choose, a desk with a headset
        ("Konsultant\nOferujemy:\n- sprzęt do wyboru (laptop lub PC)", "pl", "provided"),
        ("Оператор\nУсловия: рабочее место с гарнитурой в офисе.", "ru", "provided"),
        # handing appliances to customers is no equipment of the job
        ("Сотрудник стойки\nОбязанности:\n- выдавать технику из ремонта клиентам", "ru", None),
        # the worker's own phone (December 2026: own kit was missed in 21 dev ads and half the held-out ones)
        ("Umawianie spotkań z domu\nDzwonisz z własnego telefonu do osób z listy.", "pl", "own_required"),
        ("Оператор на дому\nРабота из дома, нужен только свой телефон и наушники.", "ru", "own_required"),
        ("Homework setter\nUse your own mobile + laptop, 20 hours a week.", "en", "own_required"),
        # the households a utility supplies, a public office's screen-work clause, a test at the interview
        ("Incident line advisor\nYou are the link between the 1.1 million people we supply and our crews.", "en", None),
        ("Referent\nWarunki pracy:\n- praca przy monitorze ekranowym powyżej 4 godzin dziennie", "pl", None),
        ("Оператор\nЭтапы отбора: небольшое тестирование на компьютере и ролевая игра.", "ru", None),
    ],
)
def test_equipment_as_employers_write_it(text: str, lang: str, expected: str | None) -> None:
    assert analyze(text, lang=lang).conditions.equipment == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the bare "Zlecenie" as a sentence of its own names the contract; orders to fulfil do not
        ("Pomoc w sklepie\nOdpisujesz na maile. Zlecenie, 30 zł/h.", "pl", {"mandate_contract"}),
        ("Konsultant\nObowiązki: realizacja zleceń klientów.", "pl", set()),
        # a Belarusian one-year contract is an employment contract
        ("Администратор\nУсловия: контракт на 1 год с продлением.", "ru", {"employment_contract"}),
    ],
)
def test_contracts_as_employers_write_them(text: str, lang: str, expected: set[str]) -> None:
    assert set(analyze(text, lang=lang).conditions.contracts) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a working week with its days off spelled out
        ("Agent\nSchedule: 5 days a week with two consecutive days off.", "en", (None, None, None, None, "5/2", None)),
        ("Agent\nFour working days, then three rest days.", "en", (None, None, None, None, "4/3", None)),
        ("Agent\nDay shift, 5 days working with 2 rotational week offs.", "en", (True, None, None, None, "5/2", None)),
        ("Agent\n6 days working (Sunday working, rotational week-off)", "en", (True, None, True, None, "6/1", None)),
        ("Agent\nRotational shifts, 6 days working, Sundays working", "en", (True, None, True, None, "6/1", None)),
        # day shifts only: no nights, unless the nights are named too (the training runs on days)
        ("Условия:\n- график 2/2 по 12 часов, только дневные смены", "ru", (True, False, None, None, "2/2", 12.0)),
        (
            "Agent\n4 on / 4 off roster, nights and weekends.\nTraining on day shifts only.",
            "en",
            (True, True, True, None, "4/4", None),
        ),
        # chosen hours and shifts
        ("Agent\nPart-time: pick your own hours.", "en", (None, None, None, True, None, None)),
        ("Konsultant\nGrafik co tydzień - wybierasz dyżury.", "pl", (None, None, None, True, None, None)),
        ("Оператор\nГрафик 5/2 с плавающим началом.", "ru", (None, None, None, True, "5/2", None)),
    ],
)
def test_more_schedules_as_employers_write_them(text: str, lang: str, expected: tuple[object, ...]) -> None:
    s = analyze(text, lang=lang).conditions.schedule
    assert (s.shifts, s.nights, s.weekends, s.flexible, s.pattern, s.shift_hours) == expected


def test_full_or_part_time_in_polish_is_unsaid() -> None:
    p = analyze("Konsultant\nOferujemy: możliwość pracy w pełnym lub niepełnym wymiarze.", lang="pl")
    assert p.conditions.working_time is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Agent\nSunday to Thursday, 9:00-18:00, Fridays and Saturdays off.", "en"),
        ("Agent\nMonday to Friday, weekends always off.", "en"),
        # round s112: "the weekends you have free"
        ("Konsultant\nPracujemy od poniedziałku do piątku na dwie zmiany. Weekendy masz wolne.", "pl"),
        ("Konsultant\nOd poniedziałku do piątku, w dwóch zmianach. Weekendy masz zawsze wolne.", "pl"),
    ],
)
def test_days_off_that_are_the_weekend(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).conditions.schedule.weekends is False


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s112: the candidate's question heads the training's part
        ("Konsultant\n\nCzy muszę mieć doświadczenie?\nNie.\n\nJak wygląda szkolenie?\nZaczynasz od dwóch tygodni "
         "szkolenia.\n", "pl"),
        ("Оператор\n\nНужен ли опыт?\nНет.\n\nКак проходит обучение?\nПервые 5 дней — онлайн-обучение.\n", "ru"),
    ],
)  # fmt: skip
def test_a_question_about_training_heads_it(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).conditions.training.provided is True


@pytest.mark.parametrize(
    ("text", "lang", "contracts"),
    [
        ("What we offer\n- Contractor agreement: you invoice us monthly", "en", ("b2b",)),
        ("Benefits\n- direct hire employment, regularization after 6 months", "en", ("employment_contract",)),
        ("Perks\n- Full-time, on-roll with us (not third-party payroll)", "en", ("employment_contract",)),
        ("£12.21/hr · 20 hrs/week · contract of employment · laptop provided", "en", ("employment_contract",)),
        # a permanent post held out for later is not the contract on offer
        ("Temporary assignment via our agency, with a chance of going permanent.", "en", ("temporary_agency",)),
        # the invoices a job explains are no B2B contract
        ("Obowiązki:\n- wyjaśnianie, co jest na fakturze\nOferujemy:\n- umowę o pracę", "pl", ("employment_contract",)),
        ("Oferujemy:\n- współpracę na fakturę VAT", "pl", ("b2b",)),
        # a Russian "стажировка" of a few paid days is the new hire's training, no internship
        ("Условия:\n- оплачиваемая стажировка 5 дней\n- договор ГПХ", "ru", ("civil_law_contract",)),
        ("Условия:\n- договор гражданско-правового характера", "ru", ("civil_law_contract",)),
        # a temporary job is agency work when an agency hires, a fixed term when the employer does (round s60)
        ("Customer Care Representative (Temporary Full-Time, 12 months)\nOur contact centre answers the calls of "
         "households.", "en", ("fixed_term",)),
        ("Customer Care Advisor, temporary\nWe are a recruitment agency recruiting for our client, a parcel "
         "carrier.", "en", ("temporary_agency",)),
        ("Duties\n- place a temporary lock on a debit card\nWe offer\n- a permanent contract", "en",
         ("employment_contract",)),
    ],
)
def test_contract_forms_as_ads_write_them(text: str, lang: str, contracts: tuple[str, ...]) -> None:
    assert analyze(text, lang=lang).conditions.contracts == contracts


@pytest.mark.parametrize(
    ("text", "contracts"),
    [
        ("Contract: Full-time, indefinite. Hybrid after training.", ("employment_contract",)),
        ("Seasonal contract, full time (40 hrs/wk), weekends included.", ("fixed_term",)),
    ],
)
def test_english_contract_lengths_name_their_contracts(text: str, contracts: tuple[str, ...]) -> None:
    assert analyze("Reservations Agent\n\n" + text, lang="en").conditions.contracts == contracts


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        # a rota of Saturdays or weekends is weekend work, not shift work
        ("Conditions:\n- Monday to Friday 7.30am – 5pm, plus a Saturday morning roster in the busy season", None),
        ("Conditions:\n- Weekday office hours; weekend cover is shared by the team on a rota", None),
        # a planner's duties make rosters
        ("Responsibilities:\n- turn forecasts into weekly rosters and publish them on time", None),
        # shifts on a rota, weekends included, are shift work
        ("Conditions:\n- 37.5 hours a week on a rota between 8am and 8pm, Monday to Saturday", True),
    ],
)
def test_english_rotas_of_weekends_or_of_others_are_no_shift_work(text: str, shifts: bool | None) -> None:
    assert analyze("Customer Adviser\n\n" + text, lang="en").conditions.schedule.shifts is shifts


@pytest.mark.parametrize(
    ("text", "lang"),
    [("График: вт–сб с 10 до 18", "ru"), ("Praca wt.–sob. 9–17", "pl"), ("Hours: Tue–Sat 9–5", "en")],
)
def test_a_week_that_runs_into_saturday_takes_in_the_weekend(text: str, lang: str) -> None:
    assert analyze("Agent\n\nConditions:\n- " + text, lang=lang).conditions.schedule.weekends is True


@pytest.mark.parametrize(
    ("text", "lang", "shifts"),
    [
        # the shifts of the people a planner plans for are no shift work of the planner
        ("Planista WFM\n\nObowiązki:\n- przesuwanie przerw lub zmian, gdy kolejka rośnie\n", "pl", None),
        ("Планировщик\n\nНа линии работают 140 операторов в две смены.\n\nОбязанности:\n- прогнозы\n", "ru", None),
        # changes to an order in brackets are no shifts; hours in brackets are
        ("Koordynator\n\nObowiązki:\n- pilnujesz zmian (liczba osób, diety, godzina podania)\n", "pl", None),
        ("Konsultant\n\nOferujemy:\n- zmiany (7:00–15:00 lub 13:00–21:00)\n", "pl", True),
        # leading a shift of operators is the job's own shift work
        ("Старший оператор\n\nОбязанности:\n- руководить сменой из 12 операторов\n", "ru", True),
    ],
)
def test_shifts_of_the_team_planned_for_are_not_the_jobs(text: str, lang: str, shifts: bool | None) -> None:
    assert analyze(text, lang=lang).conditions.schedule.shifts is shifts


def test_a_job_based_at_a_named_office_is_onsite() -> None:
    text = "Reservations Assistant\n\nConditions:\n- Based at the Picton terminal office, 3-4 shifts a week\n"
    assert analyze(text, lang="en").conditions.work_mode == "onsite"


def test_one_day_a_week_from_home_named_by_its_weekday_is_hybrid() -> None:
    p = analyze("Konsultant\n\nOferujemy:\n- pełny etat, pon.–pt. 9:00–17:00, w piątki praca z domu\n", lang="pl")
    assert p.conditions.work_mode == "hybrid"


def test_a_bare_five_two_beside_the_work_mode_is_the_week() -> None:  # (round s37)
    for text, lang in [("Оператор чата. Удалённо, 5/2.", "ru"), ("Konsultant. Praca zdalna, 5/2.", "pl")]:
        assert analyze(text, lang=lang).conditions.schedule.pattern == "5/2", text


def test_a_rota_over_monday_to_saturday_is_shift_work() -> None:  # (round s37)
    week = analyze("Advisor. Monday to Saturday on a rota between 8am and 8pm.", lang="en")
    assert week.conditions.schedule.shifts is True
    # a rota of Saturdays alone is weekend work, not shifts
    saturdays = analyze("Advisor. A Saturday morning rota in the busy season.", lang="en")
    assert saturdays.conditions.schedule.shifts is None


@pytest.mark.parametrize(
    ("text", "lang", "mode"),
    [
        # a workplace and its town, though the town is in no list of places
        ("Scheduling Rep\nJoin the team at our central office in Tempe.\nYou answer patients' calls.", "en", "onsite"),
        ("Konsultant\nNasze biuro we Wrześni szuka osoby do obsługi telefonów.", "pl", "onsite"),
        ("Продавец-консультант\nМагазин в ТЦ «Меридиан» ищет консультанта.", "ru", "onsite"),
        # an office named beside remote work leaves the job remote
        ("Support Agent\nFully remote; our head office in Leeds runs the payroll.", "en", "remote"),
    ],
)
def test_a_workplace_in_a_town_is_where_the_job_is_done(text: str, lang: str, mode: str) -> None:
    assert analyze(text, lang=lang).conditions.work_mode == mode


@pytest.mark.parametrize(
    ("text", "lang", "pattern", "hours"),
    [
        # the office days said after the working day are no hybrid split of the week's pattern
        ("Условия:\n- 5/2, с 9:00 до 18:00; три дня в офисе, два — из дома.", "ru", "5/2", 9.0),
        ("Условия:\n- формат 2/3: два дня в офисе, три из дома.", "ru", None, None),
        # "PN–PT" beside the window makes it the working day
        ("Oferujemy:\nPN–PT 8:00–16:00. PODSTAWA + PROWIZJA.", "pl", None, 8.0),
        # school grades are no working window
        ("Школа для учеников 5–11 классов.\n\nУсловия:\n- 5/2, с 10:00 до 19:00 по Москве.", "ru", "5/2", 9.0),
    ],
)
def test_the_working_day_beside_other_numbers(text: str, lang: str, pattern: str | None, hours: float | None) -> None:
    s = analyze("Konsultant\n\n" + text, lang=lang).conditions.schedule
    assert (s.pattern, s.shift_hours) == (pattern, hours)


@pytest.mark.parametrize(
    "line",
    [
        "Hybryda 3/2 (3 dni biuro, 2 dni home office), godziny 8:00–16:00.",
        "Model pracy: 3/2 – 3 dni biuro, 2 dni z domu.",
        "Hybrid 2/3, office in the city centre.",
    ],
)
def test_an_office_and_home_split_is_no_shift_pattern(line: str) -> None:
    assert analyze("Specjalista back office\n\n" + line, lang="pl").conditions.schedule.pattern is None


def test_a_home_office_allowance_is_a_remote_allowance() -> None:
    p = analyze("Specjalista\n\nOferujemy:\n- dodatek home office 150 zł/mies.\n", lang="pl")
    assert "remote_allowance" in p.conditions.benefits


@pytest.mark.parametrize(
    ("ad", "lang", "contracts"),
    [
        # the contracts a data-protection clause names are the law's wording, not the offer
        ("Rejestratorka\n\nOferujemy:\n• umowę o pracę na czas nieokreślony.\n\nDane przetwarzamy w celu "
         "przeprowadzenia rekrutacji i ewentualnego zawarcia umowy o pracę lub umowy cywilnoprawnej (RODO).\n",
         "pl", ("employment_contract",)),
        ("Consultant\n\nWe offer a permanent contract.\n\nWe process your personal data to enter into an employment "
         "or a freelance contract with you.\n", "en", ("employment_contract",)),
        ("Оператор\n\nМы предлагаем работу по контракту, полный день.\n", "ru", ("employment_contract",)),
    ],
)
def test_contracts_of_the_offer_not_of_the_privacy_clause(ad: str, lang: str, contracts: tuple[str, ...]) -> None:
    assert analyze(ad, lang=lang).conditions.contracts == contracts


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        ("Member Line Representative\n\nThe calls you'll take\n- a nurse coming off a night shift whose debit card was "
         "declined at the pump\n- a retiree locked out of the app\n", "en"),
        ("Support advisor\n\nWhat you'll do\n- the TV box won't play last night's recorded game: you walk them "
         "through a reset\n", "en"),
    ],
)
def test_a_night_in_a_customers_case_is_no_night_work(ad: str, lang: str) -> None:
    s = analyze(ad, lang=lang).conditions.schedule
    assert s.nights is None and s.shifts is None


def test_shifts_stated_with_their_hours_among_the_duties_stay_the_jobs() -> None:
    ad = "Advisor\n\nYou will:\n- answer calls\n- work shifts between 8am and 8pm, Monday to Saturday\n"
    assert analyze(ad, lang="en").conditions.schedule.shifts is True


def test_a_contract_opening_a_sentence_under_the_requirements_header_is_the_offers() -> None:
    # round s74: the requirements header runs on over the terms; "Оформление по ТК РФ" opens a sentence of their line
    ad = ("Специалист по приёму и выдаче документов\n\nТребования: высшее образование, внимательность.\nСменный "
          "график 2/2 с 8:00 до 20:00. Зарплата 38 000 руб. Оформление по ТК РФ.\n")
    assert analyze(ad, lang="ru").conditions.contracts == ("employment_contract",)


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        # round s74: kit the employer sends or hands over, said the way small employers say it
        ("Praca zdalna z dowolnego miejsca w Polsce, laptop dostajesz od nas. Umowa zlecenie.", "pl"),
        ("✔️ praca z domu (słuchawki z mikrofonem wyślemy kurierem)\n✔️ umowa zlecenie, 30 zł brutto/h", "pl"),
        ("Можно работать из дома. Ноутбук и телефонию даю. Оформлю по трудовому договору.", "ru"),
    ],
)
def test_kit_handed_over_by_the_employer_is_provided(ad: str, lang: str) -> None:
    assert analyze(ad, lang=lang).conditions.equipment == "provided"


def test_a_laptop_the_employer_sends_is_provided() -> None:
    # round s76: "Laptop wyślemy Ci kurierem"
    ad = "Pracujesz zdalnie, 25–30 godzin w tygodniu. Laptop wyślemy Ci kurierem."
    assert analyze(ad, lang="pl").conditions.equipment == "provided"


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        # round s86: the firm's office named first, the job "полная удалёнка" in the offer
        ("Мы — онлайн-биржа грузоперевозок, офис в Екатеринбурге, но сейлзы работают откуда угодно.\n\nУсловия:\n"
         "🏠 полная удалёнка: ноут и гарнитура твои\n", "ru"),
        ("Nasze biuro jest w Poznaniu.\n\nOferujemy:\n- pracę w pełni zdalnie z dowolnego miejsca w Polsce\n", "pl"),
        ("Our head office is in Leeds.\n\nWhat we offer:\n- a fully remote role anywhere in the UK\n", "en"),
    ],
)
def test_remote_said_as_the_whole_of_it_wins_over_an_office_named_first(ad: str, lang: str) -> None:
    assert analyze(ad, lang=lang).conditions.work_mode == "remote"


@pytest.mark.parametrize(
    "text",
    [
        # round s96: a permanent role that may come later, or that others were offered
        "Account Specialist\n\nFull-time, 12-month fixed-term contract. The contract is for 12 months initially, with "
        "a strong likelihood of becoming permanent.\n",
        "Customer Service Advisor (Temporary)\n\nA temporary assignment through our agency; last year half of the "
        "seasonal team were offered permanent roles with the client.\n",
    ],
)
def test_a_permanent_role_to_come_is_no_permanent_contract(text: str) -> None:
    assert "employment_contract" not in analyze(text, lang="en").conditions.contracts


def test_the_firms_head_office_is_not_where_a_remote_job_is_done() -> None:
    # round s116: "Головной офис в Екатеринбурге, служба поддержки работает из дома"
    ad = (
        "Специалист поддержки\n\nКурьерская служба. Головной офис в Екатеринбурге, служба поддержки работает "
        "из дома.\n\n"
        "Условия:\n• удалённую работу; ноутбук выдаём.\n"
    )
    assert analyze(ad, lang="ru").conditions.work_mode == "remote"


def test_a_staff_meal_on_every_shift_is_a_meals_benefit() -> None:
    ad = "Recepcjonista\n\nCo proponujemy:\n→ posiłek pracowniczy na każdej zmianie,\n→ zniżki na pobyty\n"
    assert "meals" in analyze(ad, lang="pl").conditions.benefits


def test_the_night_receptionist_another_person_is_works_no_nights_of_the_job() -> None:
    ad = (
        "Recepcjonista\n\nCo proponujemy:\n→ grafik zmianowy 7:00–15:00 / 15:00–23:00; nocek nie ma – mamy "
        "osobnego recepcjonistę nocnego,\n"
    )
    assert analyze(ad, lang="pl").conditions.schedule.nights is not True


@pytest.mark.parametrize(
    ("text", "contracts"),
    [
        # "(B2B)" in brackets after a sales word is the market sold to, not the contract (a real board ad)
        ("Doradca\n\nZadania:\n- pozyskiwanie nowych klientów i obszarów sprzedaży (B2B)\nOferujemy:\n- umowę o pracę",
         ("employment_contract",)),
        ("Handlowiec\n\nOferujemy:\n- kontrakt (B2B) lub umowę o pracę", ("b2b", "employment_contract")),
    ],
)
def test_b2b_in_brackets_after_a_sales_word_is_a_market(text: str, contracts: tuple[str, ...]) -> None:
    assert analyze(text, lang="pl").conditions.contracts == contracts


@pytest.mark.parametrize(
    ("text", "lang", "weekends"),
    [
        # round s120: a weekend in the customers' story is none of the job's hours
        ("Telesales\n\nWhat you do:\n- call the kitchens and offer a standing order, so they never run out on a "
         "Saturday\n", "en", None),
        ("Doradca\n\nObowiązki:\n- pilnujesz, by nikt nie został bez karty na wyjeździe czy w weekend\n", "pl", None),
        # ... but a weekend with words of the job's time is the job's, figures or not
        ("Doradca\n\nObowiązki:\n- gotowość do pracy co drugi weekend\n", "pl", True),
        ("Agent\n\nWhat you do:\n- willing to work rotational shifts, including weekends\n", "en", True),
        # a desk closed at weekends is weekends off; "sits" is no Saturday
        ("Service Desk Analyst\n\nMonday to Friday, 7:30–15:30. The desk is closed at weekends.\n", "en", False),
        ("Account Manager\n\nYou're the one who sits down with the owner.\n", "en", None),
        # the weekend days with working hours right after them are worked
        ("Оператор\n\nГрафик на выбор: будни с 16:00 до 20:00 или суббота и воскресенье с 10:00 до 14:00.\n", "ru",
         True),
        ("Оператор\n\nГрафик: пн–пт с 9 до 18, суббота и воскресенье — выходные.\n", "ru", False),
    ],
)  # fmt: skip
def test_weekends_of_the_job_not_of_the_customers(text: str, lang: str, weekends: bool | None) -> None:
    assert analyze(text, lang=lang).conditions.schedule.weekends is weekends


def test_nights_denied_by_a_following_brak() -> None:
    text = "Konsultant\n\n🌗 grafik zmianowy 7:00–15:00 / 15:00–23:00, czasem weekendy, nocek brak\n"
    assert analyze(text, lang="pl").conditions.schedule.nights is False


@pytest.mark.parametrize(
    ("text", "lang", "paid"),
    [
        # round s121: the training's pronoun after a comma carries the "paid" back to it
        ("Оператор\n\nУсловия:\n🎓 две недели обучения, и они оплачиваются;\n", "ru", True),
        ("Оператор\n\nПервые десять дней отводятся на обучение, и они оплачиваются.\n", "ru", True),
        # ... not to night shifts named between
        ("Оператор\n\nУсловия:\n- обучение онлайн\n- бывают ночные смены, они оплачиваются дополнительно\n", "ru",
         None),
        # round s120: a paid course that teaches the job is its training, no budget for courses
        ("Billing Adviser\n\nAbout you\n• No contact-centre experience needed – our 4-week paid course teaches billing "
         "from scratch\n", "en", True),
    ],
)  # fmt: skip
def test_training_said_paid_after_it(text: str, lang: str, paid: bool | None) -> None:
    assert analyze(text, lang=lang).conditions.training.paid is paid


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s120: the infinitive after "możesz", the hours named five words before it
        ("Konsultant\n\nOferujemy:\n- dyżury między 7:00 a 21:00; godziny możesz w dużej mierze wybierać sam/a.\n",
         "pl"),
        ("Chat Agent\n\nWhat we offer\n- Available 2–4 hours a day, any time that suits you\n", "en"),
    ],
)  # fmt: skip
def test_hours_the_worker_chooses_are_flexible(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).conditions.schedule.flexible is True


def test_the_overnight_emails_are_no_night_work() -> None:
    text = "Coordinator\n\nMost mornings begin with the overnight emails and voicemails from hotels.\n"
    assert analyze(text, lang="en").conditions.schedule.nights is None


@pytest.mark.parametrize(
    ("text", "title", "mode"),
    [
        # real ads: a home office the job is based in is remote work
        ("This is a field sales opportunity based out of a personal home office.", "Territory Account Executive",
         "remote"),
        # the customers' places in the firm's word on itself are no hybrid work
        ("We supply hospitals, nursing homes, physician offices and home care settings.", "HR Analyst (Remote)",
         "remote"),
        # the title's remote over the firm's hybrid policy in the text
        ("U.S. Hybrid Work Model: employees in office-based positions work three days on-site.",
         "Senior UX/UI Designer (Remote)", "remote"),
        # ... a title that says hybrid stays hybrid
        ("Work from home three days a week.", "Chat Advisor (Hybrid, Leeds)", "hybrid"),
    ],
)  # fmt: skip
def test_english_work_modes_of_real_ads(text: str, title: str, mode: str) -> None:
    assert analyze(text, title=title, lang="en").conditions.work_mode == mode

"""Pay figures as ads write them: each row is (ad text, lang, expected (min, max, currency, period, gross))."""

from __future__ import annotations

import pytest

from callboard import analyze

CASES = [
    ("Wynagrodzenie: 5 000 – 6 500 zł brutto miesięcznie.", "pl", (5000, 6500, "PLN", "month", True)),
    ("Stawka 28,50 zł/h netto.", "pl", (28.5, 28.5, "PLN", "hour", False)),
    ("Oferujemy wynagrodzenie od 4800 do 5200 zł brutto.", "pl", (4800, 5200, "PLN", "month", True)),
    ("Zarobki do 15 000 zł!", "pl", (None, 15000, "PLN", "month", None)),
    ("Pensja: 6000 PLN netto + premia.", "pl", (6000, 6000, "PLN", "month", False)),
    ("Зарплата от 45 000 до 60 000 руб. до вычета налогов.", "ru", (45000, 60000, "RUB", "month", True)),
    ("Доход 20 тыс. руб. на руки.", "ru", (20000, 20000, "RUB", "month", False)),
    ("Оплата 250 ₽/час.", "ru", (250, 250, "RUB", "hour", None)),
    ("Зарплата до 80 000 рублей.", "ru", (None, 80000, "RUB", "month", None)),
    ("We pay $18/hour plus tips.", "en", (18, 18, "USD", "hour", None)),
    ("Salary: £24k per annum.", "en", (24000, 24000, "GBP", "year", None)),
    ("£22,000 - £25,000 per year", "en", (22000, 25000, "GBP", "year", None)),
    ("Earn up to $55,000 a year.", "en", (None, 55000, "USD", "year", None)),
    ("Pay: €2,400 gross per month.", "en", (2400, 2400, "EUR", "month", True)),
    ("£11.50 per hour", "en", (11.5, 11.5, "GBP", "hour", None)),
    # the rand sign glued to each end; the Indian lakh, whose "LPA" also gives the year
    ("Basic pay R14 500 – R16 000 gross per month plus incentives", "en", (14500, 16000, "ZAR", "month", True)),
    ("Package: ₹3.8–4.6 LPA with night-shift allowance", "en", (380000, 460000, "INR", "year", None)),
    ("Salary ₹2.4 lakh per annum", "en", (240000, 240000, "INR", "year", None)),
    # lakhs written with the Indian grouping of digits
    ("Pune | 2–5 Yrs | ₹6,00,000 – 9,00,000 P.A.", "en", (600000, 900000, "INR", "year", None)),
    ("CTC: 3,50,000 INR per year", "en", (350000, 350000, "INR", "year", None)),
    ("Salary: 2.4 - 3.0 Lacs P.A. + monthly incentives", "en", (240000, 300000, "INR", "year", None)),  # no ₹: rupees
    # pay for a shift whose length is said with it
    ("Оплата: 1 200 ₽ за 4-часовую смену.", "ru", (1200, 1200, "RUB", "shift", None)),
    ("Pay: £90 per 8-hour shift.", "en", (90, 90, "GBP", "shift", None)),
    ("Tucson, AZ. compensation: $90 per overnight", "en", (90, 90, "USD", "shift", None)),
    # sums counted in millions; a bare dollar in a town of a dollar country other than the US
    ("Зарплата от 9 до 11 млн сум в месяц.", "ru", (9_000_000, 11_000_000, "UZS", "month", None)),
    ("Riverbend Holiday Park in Motueka, $25.50 an hour.", "en", (25.5, 25.5, "NZD", "hour", None)),
    ("Order desk in our Saskatoon store, $22–26/hr.", "en", (22, 26, "CAD", "hour", None)),
    # the Malaysian ringgit, glued or not; a figure with the gross or net word right after it, no currency
    ("Salary RM2,600 – RM3,200 + RM300 language allowance", "en", (2600, 3200, "MYR", "month", None)),
    ("Na początek 4300 brutto + prowizja.", "pl", (4300, 4300, "PLN", "month", True)),
    ("Оклад 55 000 на руки.", "ru", (55000, 55000, "RUB", "month", False)),
    # more currencies of the markets the writers chose; a Canadian province's code names the dollar
    ("Salary Ksh 28,000 per month.", "en", (28000, 28000, "KES", "month", None)),
    ("💵 35 000 – 45 000 сом в месяц", "ru", (35000, 45000, "KGS", "month", None)),
    ("от 1400 до 1700 белорусских рублей до удержания подоходного налога", "ru", (1400, 1700, "BYN", "month", True)),
    ("Оплата 1600 лари в месяц.", "ru", (1600, 1600, "GEL", "month", None)),
    ("Dartmouth, NS | Full-time | $21.50/hour", "en", (21.5, 21.5, "CAD", "hour", None)),
    # two contracts' ranges that meet are two offers, not one range; an example amount is no pay
    ("UoP: 9 500 – 12 000 zł brutto / B2B: 12 000 – 15 000 zł + VAT", "pl", (9500, 12000, "PLN", "month", True)),
    ("dzwonisz do darczyńców (np. 30 zł miesięcznie = karma dla psa)\nUmowa zlecenie, 28 zł/h na rękę", "pl",
     (28, 28, "PLN", "hour", False)),
    # the end of working hours before a figure is no "up to" of the pay
    ("График 2/2, с 9 до 21.\n2800 р. за смену.", "ru", (2800, 2800, "RUB", "shift", None)),
    # a duty paid by itself; a US state named keeps a bare dollar the US dollar even beside Canada; te reo is NZ
    ("Umowa zlecenie, 260 zł brutto za dyżur.", "pl", (260, 260, "PLN", "shift", True)),
    ("Dealers in the Midwest and Canada. Plant in Michigan. $50,000 – $56,000 per year", "en",
     (50000, 56000, "USD", "year", None)),
    ("Picton terminal. $26.50 an hour before tax. Te reo Māori a plus.", "en", (26.5, 26.5, "NZD", "hour", True)),
    # a number of something else before the pay is no lower end of a range
    ("Classification: Level 3 – $38.42 to $40.15 per hour + super", "en", (38.42, 40.15, "AUD", "hour", None)),
    ("R14 000 – R16 500 pm. Mon–Fri 08:00–16:30.", "en", (14000, 16500, "ZAR", "month", None)),
    ("Salary: Rs. 15,000 – 18,000 per month (in hand).", "en", (15000, 18000, "INR", "month", False)),
    # a bare dollar sign is the country's dollar: "+ super" is Australian; a US and Canadian firm pays in US dollars
    ("Bookings officer, three days a week. $34.50 an hour + super.", "en", (34.5, 34.5, "AUD", "hour", None)),
    (
        "Venues across the US and Canada use our app. Salary $58,000–$66,000 a year, fully remote.",
        "en",
        (58000, 66000, "USD", "year", None),
    ),
    # a threshold the job works with is no pay; the pay after it is the first
    (
        "Damage over €500 goes to the claims team. Salary €34,000–€37,000 depending on experience.",
        "en",
        (34000, 37000, "EUR", "year", None),
    ),
    ("Зарплата свыше 50 000 руб.", "ru", (50000, 50000, "RUB", "month", None)),
    ("Salary: R9 500 basic + commission.", "en", (9500, 9500, "ZAR", "month", None)),
    # a list going on below the pay is no range with it
    ("What you get\n- £24,350 per annum\n- 8-week paid induction", "en", (24350, 24350, "GBP", "year", None)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_pay(text: str, lang: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None
    assert (pay.min, pay.max, pay.currency, pay.period, pay.gross) == expected


def test_upper_bound_only_is_flagged() -> None:
    pay = analyze("Zarobki do 15 000 zł", lang="pl").conditions.pay
    assert pay is not None and pay.upper_bound_only and pay.min is None


@pytest.mark.parametrize(
    "text",
    [
        "Grafik 2/2, zmiany 12-godzinne.",
        "Work 40 hours per week, 2 years of experience.",
        "Telefon: 500 600 700",
        "Рабочий день с 9:00 до 18:00, опыт от 1 года.",
    ],
)
def test_no_pay_where_none_is_given(text: str) -> None:
    assert analyze(text).conditions.pay is None


def test_pay_per_contract() -> None:
    p = analyze("Umowa o pracę: 6 000 – 7 000 zł brutto.\nB2B: 8 000 – 9 500 zł netto + VAT.", lang="pl")
    options = p.conditions.pay_options
    assert [(o.contract, o.min, o.gross) for o in options] == [
        ("employment_contract", 6000, True),
        ("b2b", 8000, False),
    ]
    assert p.conditions.pay == options[0]


# Numbers that other words of the ad make something else than the pay: dates, versions, weights,
# budgets, piece rates, allowances, travel costs, referral rewards.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Działamy na podstawie uchwały z dnia 14.05.2019 r. Wynagrodzenie według regulaminu.", "pl"),
        ("Знание программы Зарплата и кадры 7.2 обязательно.", "ru"),
        ("The role may require carrying boxes of up to 25 pounds.", "en"),
        ("You will own a portfolio of accounts worth $12-15M per year.", "en"),
        ("Опыт работы в САПР P-CAD 2006 и Altium.", "ru"),
        ("Za każdą dostawę dostajesz od 9 do 14 zł.", "pl"),
        ("Couriers earn $6 per delivery.", "en"),
        ("За каждый заказ 150 рублей.", "ru"),
        ("Za polecenie nowej osoby wypłacamy nawet 1500 zł brutto nagrody.", "pl"),
        ("Dodatek za pracę w święta (300 zł brutto/m-c).", "pl"),
        ("Проезд до объекта оплачивается, но не более 15000 руб. в одну сторону.", "ru"),
        ("Амортизация личного автомобиля 700 рублей/смена.", "ru"),
        ("We cover up to $900 a year for reimbursement of home-office items.", "en"),
        ("Hands-on with Oracle E-Business Suite R12 and SQL.", "en"),  # a release, no rand
        # a bonus for each sale above the plan
        ("Za każdą prenumeratę ponad plan dokładamy 15 zł.", "pl"),
        ("За каждую продажу сверх плана — 300 руб.", "ru"),
    ],
)
def test_amounts_that_are_not_the_pay(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).conditions.pay is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the thousands written once, on the upper end, hold for the lower end
        ("Wynagrodzenie 7-9 000 zł netto + VAT.", "pl", (7000, 9000, "PLN")),
        # an invisible direction mark left between the two ends of the range by a board
        ("Оклад от 58 300\u202c до 64 900 руб. в месяц.", "ru", (58300, 64900, "RUB")),
        # a figure with a currency stays pay beside a date
        ("Start 01.03.2026, stawka 31 zł/h brutto.", "pl", (31, 31, "PLN")),
        ("Salary: 2,300 pounds a month.", "en", (2300, 2300, "GBP")),
    ],
)
def test_pay_figures_next_to_lookalikes(text: str, lang: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and (pay.min, pay.max, pay.currency) == expected


def test_man_day_rate_is_a_day_rate() -> None:
    pay = analyze("Stawka: 850 PLN/MD netto, kontrakt B2B.", lang="pl").conditions.pay
    assert pay is not None and (pay.min, pay.period) == (850, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lines a board glued together: the currency runs into the capital of the next sentence
        ("З/п от 52000 до 61000 рублейВозможен рост", (52000, 61000)),
        ("Оклад 41 000р - 47 000р, оформление по ТК", (41000, 47000)),
        ("Доход 35.000-55.000 т.р (по итогам месяца)", (35000, 55000)),
        # the thousands written twice
        ("Опытные мастера получают от 140 000 тысяч рублей в месяц.", (140000, None)),
        # a bare figure closing its line, and one followed by what it depends on
        ("Заработная плата 48 000\nГрафик работы 5/2", (48000, 48000)),
        ("Зарплата от 70 000 в зависимости от опыта", (70000, None)),
        # "170К" with a Cyrillic К
        ("Зарплата в вилке 120-150К на руки", (120000, 150000)),
    ],
)
def test_russian_pay_as_boards_write_it(text: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang="ru").conditions.pay
    assert pay is not None and (pay.min, pay.max, pay.currency) == (*expected, "RUB")


@pytest.mark.parametrize(
    "text",
    [
        "ПРИГЛАШАЕМ 7 РАБОТНИКОВ НА СКЛАД",  # all caps: "Р" of a word is no rouble
        "Приходить к 9 утра, по пятницам 2 к 10",  # "к" after a number is the preposition here
        "Опыт работы с рекламным бюджетом от 200 т.р./мес",  # a budget
    ],
)
def test_russian_lookalikes_are_no_pay(text: str) -> None:
    assert analyze(text, lang="ru").conditions.pay is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a schedule abbreviation and pattern before the pay: "р" of "Г/р" is no rouble, "5/2" no figure
        ("Г/р 5/2 с 9.00-18.00. З/п от 45000 до 52000 рублей", "ru", (45000, 52000)),
        # money for books and courses is no pay
        ("Оклад 90 000 руб. Ежегодно оплачиваем до $400 на книги и курсы.", "ru", (90000, 90000)),
    ],
)
def test_pay_after_lookalikes(text: str, lang: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and (pay.min, pay.max) == expected


def test_money_for_books_alone_is_no_pay() -> None:
    assert analyze("Ежегодно оплачиваем до $400 на книги и курсы.", lang="ru").conditions.pay is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two ends of a range a few words apart, as US pay-transparency notes write them
        (
            "The base pay for this role is between USD 58,000 in the lowest geographic market "
            "and USD 87,000 in the highest geographic market.",
            (58000, 87000, "year"),
        ),
        ("Minimum salary of $71,250 to maximum salary of $93,400 plus equity.", (71250, 93400, "year")),
        # "ph" inside a word cut by the look-ahead window is no "per hour"
        ("Salary: £31,000 across all the geographic regions", (31000, 31000, "year")),
    ],
)
def test_english_ranges_and_periods(text: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang="en").conditions.pay
    assert pay is not None and (pay.min, pay.max, pay.period) == expected


def test_a_sign_on_bonus_is_no_pay() -> None:
    assert analyze("New hires may be eligible for up to a $2000 sign-on bonus.", lang="en").conditions.pay is None


def test_a_piece_rate_a_long_clause_before_its_figure() -> None:
    text = "Ile zarobisz? Za każde zrealizowane zamówienie w Twojej okolicy naliczamy Ci aż 19 zł."
    assert analyze(text, lang="pl").conditions.pay is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a currency sign glued to the word before
        ("You will be eligible for$96,000 - $118,000 base salary.", "en", (96000, 118000, "USD")),
        # the sign on the upper end only
        ("Salary range\n71,000 to $84,000\nDenver", "en", (71000, 84000, "USD")),
        # "and above" makes a lower bound, even after "up to"
        ("Зарплата до 32 000 руб. и выше, оформление по ТК.", "ru", (32000, None, "RUB")),
        ("Basic salary £26,000 or more depending on experience.", "en", (26000, None, "GBP")),
    ],
)
def test_pay_bounds_and_signs(text: str, lang: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and (pay.min, pay.max, pay.currency) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a street named "проезд", shifts "суточные" (around the clock): words that look like travel and per diem
        ("Адрес: 3-й Полевой проезд. З/п 41000 рублей до вычета налогов.", "ru", (41000, 41000)),
        ("Суточные смены 1/3, 140 руб в час.", "ru", (140, 140)),
        # an allowance included in the rate, a list of pay parts in brackets
        ("Stawka podstawowa z dodatkiem urlopowym: 14,20 €/h brutto", "pl", (14.2, 14.2)),
        ("Wynagrodzenie (podstawa + diety + dodatki) 9 000 zł – 12 000 zł netto", "pl", (9000, 12000)),
        # the next item of a run-together list starts with a capital
        ("Warunki wynagradzania – od 7000 zł do 10000 zł Nagrody kwartalne Awans", "pl", (7000, 10000)),
    ],
)
def test_pay_beside_words_of_other_amounts(text: str, lang: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and (pay.min, pay.max) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure further along its pay word's line, no other figure between
        ("З/п на период испытательного срока от 85000\n• Премии по итогам квартала", (85000, None)),
        ("Достойная зарплата (net) по результатам собеседования (120000-160000).", (120000, 160000)),
        # "и выше" glued to the next sentence
        ("График 5/2, з/п до 36 000 руб. и вышеОформление по ТК РФ", (36000, None)),
    ],
)
def test_russian_bare_figures_on_the_pay_line(text: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang="ru").conditions.pay
    assert pay is not None and (pay.min, pay.max) == expected


def test_numbers_on_a_pay_line_that_are_no_pay() -> None:
    assert analyze("Зарплата выплачивается 2 раза в месяц, 10 и 25 числа.", lang="ru").conditions.pay is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the trial-period pay and the pay after it are one range
        ("Оклад на время испытательного срока 38 000 руб., после испытательного срока 46 000 р.", "ru", (38000, 46000)),
        ("Зарплата: на испытательный срок - 52 000, далее - 61 000.", "ru", (52000, 61000)),
        ("Płaca w okresie próbnym 4100 zł brutto, następnie 4700 zł brutto.", "pl", (4100, 4700)),
        ("Probation period pay: £20,500, then £22,000.", "en", (20500, 22000)),
        # level ranges that continue each other
        ("Trainee: 300$-600$, Regular: 600$-1100$, Lead: 1100$-2000$ monthly.", "en", (300, 2000)),
        # "после" of something else joins nothing
        ("Оклад 41 000 руб. Аванс 2 раза в месяц, после 15 числа 12 000 руб.", "ru", (41000, 41000)),
    ],
)
def test_steps_of_one_pay(text: str, lang: str, expected: tuple[float, float]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and (pay.min, pay.max) == expected


@pytest.mark.parametrize(
    ("text", "lang", "max_"),
    [("Заработок может достигать 95 000 рублей.", "ru", 95000), ("Pay can reach $4,000 a month.", "en", 4000)],
)
def test_reach_is_a_ceiling(text: str, lang: str, max_: float) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and pay.upper_bound_only and pay.min is None and pay.max == max_


def test_guaranteed_shift_pay() -> None:
    pay = analyze("Гарантированный выход 1700 руб. и процент с продаж.", lang="ru").conditions.pay
    assert pay is not None and pay.period == "shift" and pay.min == 1700


def test_later_figure_named_after_probation() -> None:
    pay = analyze("You get £19,800 a year rising to £21,300 after probation.", lang="en").conditions.pay
    assert pay is not None and (pay.min, pay.max) == (19800, 21300)


def test_pay_word_after_a_base_pay_word_keeps_the_figure() -> None:
    # a bonus word between "оклад" and the pay word does not make the figure a bonus
    text = "- оклад + доплаты за ночные смены, заработная плата от 41 200 руб.;"
    pay = analyze(text, lang="ru").conditions.pay
    assert pay is not None and pay.min == 41200


def test_allowance_after_plus_is_another_amount() -> None:
    pay = analyze("• £24,300 a year plus weekend allowance", lang="en").conditions.pay
    assert pay is not None and pay.min == 24300


def test_tax_word_of_another_figure() -> None:
    text = "Оклад 36 000 руб. + премия, итого около 45 000 руб. на руки."
    pay = analyze(text, lang="ru").conditions.pay
    assert pay is not None and pay.min == 36000 and pay.gross is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Pay band (per year):\n\nMin: $61,200\n\nMid: $70,400\n\nMax: $79,900\n", "en", (61200, 79900)),
        ("Оклад от 43 000 руб., по результатам собеседования до 52 000 руб.", "ru", (43000, 52000)),
        # a ceiling of a bonus is no end of the pay
        ("Pensja od 4300 zł brutto, premia kwartalna do 900 zł.", "pl", (4300, None)),
    ],
)
def test_floor_and_ceiling_apart(text: str, lang: str, expected: tuple[float, float | None]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and (pay.min, pay.max) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # thousands per month need no currency
        ("Условия:\n- оплата 35 - 55 тыс / месяц;", "ru", (35000, 55000)),
        ("Współpraca B2B (17-21 tys netto / miesięcznie)", "pl", (17000, 21000)),
        # a bare base pay followed by what is added to it
        ("Система мотивации: оклад 28000 и премии по итогам месяца.", "ru", (28000, 28000)),
    ],
)
def test_bare_figures_that_are_pay(text: str, lang: str, expected: tuple[float, float]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and (pay.min, pay.max) == expected


@pytest.mark.parametrize(
    "text", ["Нашим сервисом пользуются 20 тыс. компаний в месяц.", "Обрабатываем 40 тыс. обращений в месяц."]
)
def test_thousands_of_something_else(text: str) -> None:
    assert analyze(text, lang="ru").conditions.pay is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Оплата - 90,000 р. единоразово, по сдаче проекта.", "ru"), ("Budżet: 2500 zł jednorazowo za projekt.", "pl")],
)
def test_one_off_fee_is_no_pay_for_a_period(text: str, lang: str) -> None:
    assert analyze(text, lang=lang).conditions.pay is None


def test_one_off_bonus_leaves_the_pay() -> None:
    pay = analyze("Зарплата 47 000 руб., разовые премии за проекты.", lang="ru").conditions.pay
    assert pay is not None and pay.min == 47000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a piece word past a "+" and another figure is that part's
        ("Оплата 41 000 ₽ + 3% с заказа.", (41000, 41000, "month")),
        # "за каждый ..." is a piece rate: the pay is the next figure
        ("Оплата за каждый звонок (от 40 до 90 руб.), в среднем 230–280 руб. в час.", (230, 280, "hour")),
        # a bare base pay followed by "плюс" and another figure
        ("зарплата 32 тысячи плюс 250 рублей за каждую встречу", (32000, 32000, "month")),
        # the trial-period word right after the first figure
        ("оплата 180 руб./час на испытательном сроке, далее 210 руб./час", (180, 210, "hour")),
    ],
)
def test_pay_among_other_amounts(text: str, expected: tuple[float, float, str]) -> None:
    pay = analyze(text, lang="ru").conditions.pay
    assert pay is not None and (pay.min, pay.max, pay.period) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # currencies of BPO hubs, with the month read from the size of the figure
        ("Package\n- PHP 30,000 basic salary plus night differential", "en", (30000, 30000, "PHP", "month", None)),
        ("Offer\n- EGP 40,000–48,000 net per month", "en", (40000, 48000, "EGP", "month", False)),
        ("Offer\n- GEL 2,500 gross per month", "en", (2500, 2500, "GEL", "month", True)),
        ("Offer\n- AMD 700,000 monthly", "en", (700000, 700000, "AMD", "month", None)),
        ("Условия\n- зарплата 7 000 000 сум на руки", "ru", (7000000, 7000000, "UZS", "month", False)),
        # "PHP 8" and "AMD Ryzen 7" are no pay
        ("Stack: PHP 8, Laravel. Salary: competitive.", "en", None),
        # a bare dollar sign is the local dollar where the ad works
        ("Support agent, Toronto\nPay: $24.50 per hour", "en", (24.5, 24.5, "CAD", "hour", None)),
        ("Support agent - Melbourne CBD\n$85,000 plus superannuation", "en", (85000, 85000, "AUD", "year", None)),
        ("Support agent - Denver\n$22 per hour", "en", (22, 22, "USD", "hour", None)),
    ],
)
def test_pay_in_more_currencies(text: str, lang: str, expected: tuple[object, ...] | None) -> None:
    p = analyze(text, lang=lang).conditions.pay
    got = None if p is None else (p.min, p.max, p.currency, p.period, p.gross)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a bare figure ending its sentence is the pay; a phone number is none
        ("Оператор\nЗарплата 45 000. Звонить 8-912-345-67-89.", "ru", (45000, 45000, "RUB", "month", None)),
        ("Оператор\nЗвоните 8-912-345-67-89, Ольга.", "ru", None),
        # the gross/net word right after the figure is its own, not one further on
        (
            "Kierownik\n- 15 000 zł netto + VAT na B2B albo umowa o pracę (brutto do ustalenia)",
            "pl",
            (15000, 15000, "PLN", "month", False),
        ),
    ],
)
def test_pay_where_the_figure_stands_alone(text: str, lang: str, expected: tuple[object, ...] | None) -> None:
    p = analyze(text, lang=lang).conditions.pay
    got = None if p is None else (p.min, p.max, p.currency, p.period, p.gross)
    assert got == expected


def test_a_sum_in_the_duties_is_not_the_pay_a_pay_part_states() -> None:
    ad = (
        "Rozmowy z darczyńcami\n\n👉 CO ROBISZ?\n☎️ Dzwonisz do osób, które wpłaciły nam coś jednorazowo, i pytasz, "
        "czy chciałyby wspierać nas co miesiąc (nawet 20 zł robi różnicę!)\n\n💰 ILE PŁACIMY?\n➡️ 27,50 zł/h brutto\n"
    )
    pay = analyze(ad, lang="pl").conditions.pay
    assert pay is not None
    assert (pay.min, pay.max, pay.period, pay.gross) == (27.5, 27.5, "hour", True)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sum in the customers' story comes before the pay the ad states as pay or in its offer
        (
            "Claims Advisor\n\nCallers ask what the $75 call-out fee covers.\n\nWhat we offer\n- $19.25 an hour\n",
            "en",
            (19.25, 19.25, "USD", "hour"),
        ),
        (
            "Konsultant\n\nKlient pyta, skąd dopłata 640 zł w rozliczeniu ciepła.\n\n"
            "Oferujemy:\n- 5 200–5 900 zł brutto\n",
            "pl",
            (5200, 5900, "PLN", "month"),
        ),
        (
            "Оператор\n\nПассажир пишет, что с карты списали 1200 рублей дважды.\n\n"
            "Условия:\n- доход от 58 000 до 66 000 ₽ в месяц\n",
            "ru",
            (58000, 66000, "RUB", "month"),
        ),
        # ... but a salary range on the ad's first line stays the pay before an allowance in the offer
        (
            "Planner | Remote | £36,000 – £40,000\n\nWhat we offer\n- £25 a month towards your broadband\n",
            "en",
            (36000, 40000, "GBP", "year"),
        ),
        # Singapore and Hong Kong dollars
        ("Customer Service Officer\n\nMonthly salary of SGD 2,900 – 3,300\n", "en", (2900, 3300, "SGD", "month")),
        ("Hotline Officer\n\nPay: HK$17,500 per month\n", "en", (17500, 17500, "HKD", "month")),
    ],
)
def test_the_pay_the_ad_states_as_pay(text: str, lang: str, expected: tuple[object, ...]) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None
    assert (pay.min, pay.max, pay.currency, pay.period) == expected


@pytest.mark.parametrize(
    "ad",
    [
        "Специалист по обращениям\n\nГродно. Заработная плата от 1 100 руб. до удержания налогов.",
        "Оператор\n\nРабота в Минске. Зарплата 1 300 рублей, оформление по контракту.",
        "Оператор\n\nРеспублика Беларусь, г. Лида. Оклад 1 200 руб.",
    ],
)
def test_bare_roubles_in_belarus_are_a_months_byn(ad: str) -> None:
    pay = analyze(ad, lang="ru").conditions.pay
    assert pay is not None
    assert (pay.currency, pay.period) == ("BYN", "month")


def test_roubles_with_the_russian_sign_stay_russian_in_minsk_too() -> None:
    pay = analyze("Оператор\n\nОфис в Минске, оплата 45 000 ₽ в месяц.", lang="ru").conditions.pay
    assert pay is not None and pay.currency == "RUB"


def test_the_basic_pay_on_the_first_line_before_what_the_best_earned() -> None:
    # a board's title line under the ad's own title: "basic" right after the figure states it as pay
    text = (
        "TRAVEL SALES CONSULTANT | MANCHESTER | £24,000 BASIC + UNCAPPED COMMISSION\n\nTARGETS\nOur top "
        "consultants earned over £45,000 last year.\n"
    )
    pay = analyze(text, title="Travel Sales Consultant", lang="en").conditions.pay
    assert pay is not None and (pay.min, pay.currency, pay.period) == (24000, "GBP", "year")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s96: a rate for the day shift and another for the night shift
        ("Оператор\n\nУсловия:\n▪ 2 900 ₽ за дневную смену, 3 400 ₽ за ночную + премия\n", "ru"),
        ("Konsultant\n\nOferujemy: 320 zł brutto za zmianę nocną\n", "pl"),
    ],
)
def test_a_rate_for_a_shift_of_the_day_or_the_night_is_a_shifts_pay(text: str, lang: str) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None
    assert pay.period == "shift"


@pytest.mark.parametrize(
    ("text", "lang", "gross"),
    [
        # round s112: a tax word said of every figure, past other figures of the same paragraph
        ("ОПЛАТА: оклад 40 000 ₽ + премия. В среднем сотрудники получают 70–85 тыс. ₽. Все суммы — до вычета НДФЛ.",
         "ru", True),
        ("Оклад 36 000 ₽ и ежеквартальная премия до 25% оклада, суммы указаны до вычета НДФЛ.", "ru", True),
        ("Pay: £24,000 basic plus a bonus of up to £3,000. All figures are gross.", "en", True),
        ("Podstawa 5 200 zł, premia do 1 000 zł. Wszystkie kwoty podajemy netto.", "pl", False),
        # a tax word of another figure says nothing of the first
        ("Podstawa 5 200 zł, premia do 1 000 zł netto.", "pl", None),
    ],
)  # fmt: skip
def test_gross_or_net_said_of_all_amounts(text: str, lang: str, gross: bool | None) -> None:
    pay = analyze(text, lang=lang).conditions.pay
    assert pay is not None and pay.gross is gross


@pytest.mark.parametrize(
    "line",
    [
        # a price the worker pays, a referral bonus: no pay for a period
        "Oferujemy: kantynę pracowniczą, a w niej dwudaniowy obiad za 5 złotych.",
        "Oferujemy: 300 € premii za zwerbowanie kolegi.",
    ],
)
def test_amounts_that_are_no_pay_in_polish(line: str) -> None:
    assert analyze(f"Doradca klienta\n\n{line}\n", lang="pl").conditions.pay is None

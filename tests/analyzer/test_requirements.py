"""Languages with CEFR levels, years of experience, education."""

from __future__ import annotations

import pytest

from callboard import analyze


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Wymagania:\n- bardzo dobra znajomość języka angielskiego (B2)\n- niemiecki mile widziany",
            "pl",
            {("en", "B2", True), ("de", None, False)},
        ),
        (
            "Requirements:\n- Fluent German, spoken and written\n- English at B2 level",
            "en",
            {("de", "C1", True), ("en", "B2", True)},
        ),
        (
            "Требования:\n- английский язык на уровне upper-intermediate\n- знание польского будет плюсом",
            "ru",
            {("en", "B2", True), ("pl", None, False)},
        ),
        ("Requirements:\n- native-level Polish", "en", {("pl", "native", True)}),
        ("Requirements:\n- Fluent English and German", "en", {("en", "C1", True), ("de", "C1", True)}),
        ("Wymagania:\n- język angielski i niemiecki na poziomie B2", "pl", {("en", "B2", True), ("de", "B2", True)}),
        # a remark before the name welcomes it; after a comma it is the next name's
        ("Wymagania:\n- mile widziany język ukraiński", "pl", {("uk", None, False)}),
        ("Требования:\n- приветствуется знание казахского языка", "ru", {("kk", None, False)}),
        ("Wymagania:\n- biegły angielski, mile widziany niemiecki", "pl", {("en", "C1", True), ("de", None, False)}),
        # a level after a list of names is each one's
        (
            "Requirements:\n- French, German or Italian at B2",
            "en",
            {("fr", "B2", True), ("de", "B2", True), ("it", "B2", True)},
        ),
        # "albo", "либо" join names as "or" does: the remark after the last is each one's
        ("Wymagania:\n- angielski albo niemiecki przyda się", "pl", {("en", None, False), ("de", None, False)}),
        ("Требования:\n- английский либо немецкий будет плюсом", "ru", {("en", None, False), ("de", None, False)}),
        # bilingual staff sought: the other language is asked for, outside the requirements too
        ("Interviewer\n\nWe hire Spanish/English bilingual interviewers.", "en", {("es", None, True)}),
    ],
)
def test_languages(text: str, lang: str, expected: set[tuple[str, str | None, bool]]) -> None:
    got = {(x.lang, x.level, x.required) for x in analyze(text, lang=lang).requirements.languages}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        ("Wymagamy minimum 2 lat doświadczenia w obsłudze klienta.", "pl", 2.0),
        ("Doświadczenie: min. rok w call center.", "pl", 1.0),
        ("Минимальный опыт работы от 1 года.", "ru", 1.0),
        ("Опыт работы от 3 лет в колл-центре.", "ru", 3.0),
        ("At least 2 years of experience in customer service.", "en", 2.0),
        ("6 months of experience in a contact centre.", "en", 0.5),
        ("Requirements:\n- at least a year in a customer-facing job (retail counts)", "en", 1.0),
        ("Requirements:\n- at least 6 MONTHS outbound / telesales / appointment setting experience", "en", 0.5),
        ("Требования:\n• от 1 года в планировании или аналитике контактного центра;", "ru", 1.0),
    ],
)
def test_experience_years(text: str, lang: str, years: float) -> None:
    exp = analyze(text, lang=lang).requirements.experience
    assert exp.min_years == years
    assert exp.none_required is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal year is no ten-fold year
        ("Требования: опыт работы по профилю от 0,6 года.", (False, 0.6)),
        # a missing skill among many does not waive the experience asked
        ("Требования: опыт от 3 лет. Если нет опыта работы с нашей CRM, дадим время изучить.", (False, 3.0)),
        ("Знание PHP. Если нет опыта в чём-то из перечисленного, но есть желание учиться, пишите.", (None, None)),
        # the company's experience is not asked of the candidate
        ("Наша команда имеет опыт более 12 лет в рознице. Требования: знание SQL.", (None, None)),
        # while an explicit "no experience, we teach" still waives it
        ("Если нет опыта — научим с нуля!", (True, None)),
    ],
)
def test_russian_experience_in_context(text: str, expected: tuple[object, ...]) -> None:
    e = analyze(text, lang="ru").requirements.experience
    assert (e.none_required, e.min_years) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # years of work asked among the requirements, without the word "experience"
        ("Wymagania:\n• min. 3 lata pracy jako konsultant infolinii", "pl", (False, 3.0)),
        ("Требования:\n- от 2 лет работы в колл-центре", "ru", (False, 2.0)),
        ("Requirements:\n- 1 year or more in a customer-facing job", "en", (False, 1.0)),
        ("Requirements:\n- 2+ years troubleshooting broadband faults", "en", (False, 2.0)),
        # a contract after months of work, in the offer, is no experience asked
        ("Oferujemy:\n• po 3 miesiącach pracy umowa na czas nieokreślony", "pl", (None, None)),
    ],
)
def test_years_of_work_in_the_requirements(text: str, lang: str, expected: tuple[object, ...]) -> None:
    e = analyze(text, lang=lang).requirements.experience
    assert (e.none_required, e.min_years) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a Russian case ending on the number ("3-х", "5-ти")
        ("Требования:\n- опыт работы в контакт-центре от 3-х лет", "ru", (False, 3.0)),
        ("Требования:\n- стаж работы не менее 5-ти лет", "ru", (False, 5.0)),
        ("Требования:\n- опыт работы от 1-го года", "ru", (False, 1.0)),
        ("Требования:\n- опыт продаж от 2 -х лет", "ru", (False, 2.0)),
        ("Требования:\n- опыт работы от 3 и более лет", "ru", (False, 3.0)),
        # "иметь опыт" asked of the candidate is no company's experience ("мы имеем опыт")
        ("Требования:\n- иметь опыт работы на телефоне от 2х лет.", "ru", (False, 2.0)),
        # a list of experiences asks the most years of them all
        ("Требования:\n- опыт продаж от 1 года;\n- опыт работы с CRM от 2-х лет;", "ru", (False, 2.0)),
        ("Requirements:\n- 1 year of experience in retail\n- 3 years of experience in collections", "en", (False, 3.0)),
        # years among the requirements are what is asked; years in an intro without a header are the team's
        ("Оператор\nНаша команда — специалисты с опытом от 7 лет.\nТребования:\n- опыт работы от 1 года", "ru",
         (False, 1.0)),
        ("Agent\nOur team has over 10 years of experience.\nRequirements:\n- 1 year of experience in retail", "en",
         (False, 1.0)),
        # years joined by "or" in one clause: either will do
        ("Wymagania:\n- min. 1 rok doświadczenia na infolinii lub 2 lata w sprzedaży,", "pl", (False, 1.0)),
        # years offered as one way in ("a degree or N years") yield to years asked outright
        ("Требования:\n- высшее образование или опыт от 4 лет;\n- опыт работы с CRM от 1 года.", "ru", (False, 1.0)),
        # experience said to help but not be needed asks none
        ("Requirements: telephone experience is useful but not essential.", "en", (True, None)),
        ("Wymagania:\n- doświadczenie w obsłudze klienta będzie atutem, ale nie jest warunkiem.", "pl", (True, None)),
        ("Wymagania:\n- doświadczenie w telesprzedaży = plus, ale nie musisz go mieć", "pl", (True, None)),
        ("Requirements: freshers are welcome to apply.", "en", (True, None)),
        ("Wymagania:\n- doświadczenie w sprzedaży telefonicznej mile widziane, ale nie konieczne", "pl", (True, None)),
        ("Требования:\n- опыт в поддержке — плюс, но можно и без него.", "ru", (True, None)),
        # half a year of work, said as one number phrase with its unit (round s34)
        ("Wymagania:\n- min. pół roku pracy na infolinii albo w helpdesku,", "pl", (False, 0.5)),
        # one waived experience among others asked waives nothing
        (
            "Требования:\n- опыт работы оператором от 1 года;\n- опыт работы с 1С (желательно, но не обязателен).",
            "ru",
            (False, 1.0),
        ),
    ],
)
def test_experience_asked(text: str, lang: str, expected: tuple[object, object]) -> None:
    exp = analyze(text, lang=lang).requirements.experience
    assert (exp.none_required, exp.min_years) == expected


def test_customer_experience_outsourcer_is_no_experience() -> None:
    text = "We are a customer experience outsourcer hiring chat agents in Leeds."
    exp = analyze(text, lang="en").requirements.experience
    assert exp.none_required is None and exp.min_years is None


def test_additional_requirements_are_welcome_not_asked() -> None:
    text = "Wymagania niezbędne: wykształcenie średnie.\nWymagania dodatkowe: doświadczenie na infolinii."
    exp = analyze(text, lang="pl").requirements.experience
    assert exp.none_required is None and exp.min_years is None


def test_a_language_the_employer_teaches_is_no_requirement() -> None:
    ad = "Оператор чата\nОнлайн-школа английского языка «Лингвоостров» ищет операторов. Писать ученикам в WhatsApp."
    assert analyze(ad).requirements.languages == ()
    asked = "Оператор чата\nОнлайн-школа ищет операторов. Требуется английский язык."
    assert [x.lang for x in analyze(asked).requirements.languages] == ["en"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Требования:\n- высшее образование, MBA — плюс;", "higher"),
        ("Требования:\n- высшее образование — плюс;", None),
    ],
)
def test_remark_after_a_comma_is_not_the_degrees(text: str, expected: str | None) -> None:
    assert analyze(text, lang="ru").requirements.education == expected


def test_dash_plus_welcomes_experience() -> None:
    exp = analyze("Требования:\n- опыт работы с кассой — плюс.", lang="ru").requirements.experience
    assert exp.none_required is None and exp.min_years is None


@pytest.mark.parametrize("said", ["Wymagamy wykształcenia średniego.", "Kandydat ze średnim wykształceniem."])
def test_secondary_education_in_any_case_pl(said: str) -> None:
    assert analyze(f"Konsultant infolinii\n{said}", lang="pl").requirements.education == "secondary"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a code right before a name is its own, not the name's before it
        (
            "Requirements:\n- Native or C2-level Swedish and at least B2 English",
            "en",
            {("sv", "C2", True), ("en", "B2", True)},
        ),
        # Polish and Russian ads ask for their own language in words of style: no requirement without a code
        ("Wymagania:\n- bardzo dobra polszczyzna w mowie i piśmie,\n- angielski B2", "pl", {("en", "B2", True)}),
        ("Wymagania:\n- niemiecki C1, polski ojczysty", "pl", {("de", "C1", True)}),
        ("Wymagania:\n- język polski na poziomie B2", "pl", {("pl", "B2", True)}),
        ("Требования:\n- грамотный русский язык, английский B1", "ru", {("en", "B1", True)}),
        # a name with a remark of its own takes no level from the one before
        (
            "Требования:\n- свободное владение русским языком, армянский будет плюсом",
            "ru",
            {("hy", None, False)},
        ),
        (
            "Requirements:\n- Fluent English; Georgian or Armenian is a plus",
            "en",
            {("en", "C1", True), ("ka", None, False), ("hy", None, False)},
        ),
        # languages of the countries the ads come from, and words that make a bare name a requirement in prose
        (
            "Requirements:\n- fluent Kiswahili\n- good command of Bahasa Malaysia",
            "en",
            {("sw", "C1", True), ("ms", "B1", True)},
        ),
        ("Звоните клиентам по базе. Казахский и русский — обязательно.", "ru", {("kk", None, True)}),
        ("Take calls from our clients. Afrikaans will help, many older clients prefer it.", "en", {("af", None, True)}),
        ("Szukamy osób znających angielski komunikatywnie.", "pl", {("en", "B1", True)}),
        # a level word of the sentence before is not the name's, when the name opens the next sentence
        (
            "Matric and good computer skills a must. Afrikaans or isiZulu a plus.",
            "en",
            {("af", None, False), ("zu", None, False)},
        ),
        (
            "You speak clear English. French or German is a real advantage.",
            "en",
            {("fr", None, False), ("de", None, False)},
        ),
        ("Irish would be a real help, as a good number of our islanders write in it.", "en", {("ga", None, False)}),
    ],
)
def test_languages_as_employers_write_them(text: str, lang: str, expected: set[tuple[str, str | None, bool]]) -> None:
    got = {(x.lang, x.level, x.required) for x in analyze("Agent\n" + text, lang=lang).requirements.languages}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # either of two degrees will do: the lower one
        ("Требования:\n- среднее профессиональное или высшее образование;", "ru", "secondary"),
        ("Wymagania:\n- wykształcenie wyższe lub średnie techniczne,", "pl", "secondary"),
        ("Requirements:\n- a degree or a Leaving Certificate", "en", "secondary"),
        ("Требования:\n- высшее образование;", "ru", "higher"),
        # vocabulary
        ("Requirements:\n- Matric (Grade 12)", "en", "secondary"),
        ("Requirements:\n- Tertiary qualification in finance", "en", "higher"),
        ("Requirements:\n- At least two years of college", "en", "higher"),
        ("Requirements:\n- Third-level qualification in business", "en", "higher"),
        ("Requirements:\n- a diploma in hospitality", "en", None),
        ("Who we need:\n- HS grad / K-12 graduate – college level is a plus", "en", "secondary"),
        # asked in a sentence outside the requirements
        ("Zakres obowiązków:\n- obsługa kasy.\nWymagamy wykształcenia średniego i uprzejmości.", "pl", "secondary"),
        ("What you'll do:\n- take calls. Must be 18+ with a high school diploma or GED.", "en", "secondary"),
        # a remark after a dash welcomes what it names; a welcome that ends the clause, the degree itself
        ("Wymagania:\n- wykształcenie średnie – mile widziane techniczne,", "pl", "secondary"),
        ("Требования:\n- высшее техническое образование — преимущество, но не требование.", "ru", None),
    ],
)
def test_education_as_employers_write_it(text: str, lang: str, expected: str | None) -> None:
    assert analyze("Agent\n" + text, lang=lang).requirements.education == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "customer experience" is an industry, not experience asked
        ("Northwind is a customer experience company in Leeds.\nRequirements:\n- good English", "en", (None, None)),
        # "no" too far before the word for a negation
        ("Requirements:\n- No previous call centre experience needed", "en", (True, None)),
        # years opening a requirement, with no "experience" word
        ("Requirements:\n- 3+ years managing a support inbox", "en", (False, 3.0)),
        # "rok" alone opening a list item or a bracket is one year
        ("Wymagania:\n– rok doświadczenia w obsłudze klienta,", "pl", (False, 1.0)),
        ("Wymagania: doświadczenie w sprzedaży (rok lub więcej).", "pl", (False, 1.0)),
        # welcome, but not required: none needed (as "helps but isn't essential")
        ("Wymagania:\n- doświadczenie w call center mile widziane, ale nie wymagane", "pl", (True, None)),
        # "w praktyce" (in practice) is no experience
        ("Wymagania: w praktyce liczy się dobry kontakt z ludźmi.", "pl", (None, None)),
        ("Требования: опыт приветствуется, но берём и выпускников.", "ru", (True, None)),
        # "you don't need previous … experience"; pay that depends on experience asks for none
        ("You don't need previous contact centre experience – we train you.", "en", (True, None)),
        ("Pay: $22–26/hr depending on experience, health & dental after 3 months.", "en", (None, None)),
        ("Wynagrodzenie 5000–6000 zł w zależności od doświadczenia.", "pl", (None, None)),
        # a floor in capitals, a years adjective, a year with no experience word, a figure in brackets
        ("WYMAGANIA:\n- MIN. ROK DOŚWIADCZENIA NA INFOLINII (BRANŻA MEDYCZNA BĘDZIE PLUSEM)", "pl", (False, 1.0)),
        ("Wymagania:\n- co najmniej dwuletnie doświadczenie w obsłudze klienta", "pl", (False, 2.0)),
        ("Требования:\n- не меньше года в контакт-центре оператором", "ru", (False, 1.0)),
        ("Requirements:\n- Minimum two (2) years of customer service experience", "en", (False, 2.0)),
        # "an experienced advisor": the article is no year
        ("We are looking for an experienced advisor to join our team.", "en", (False, None)),
        # years asked outweigh a promise to teach the rest; a floor of none asks nothing
        ("Wymagania:\n- min. rok doświadczenia w biurze obsługi\n- nie znasz branży? Nauczymy Cię wszystkiego", "pl",
         (False, 1.0)),
        ("Experience: 0–2 yrs (freshers with good English can also apply)", "en", (True, None)),
        # round s65: four words between "no" and the experience; a bracket waives what it names, not the experience
        ("No call centre or NHS experience needed – full training given.", "en", (True, None)),
        ("What we need:\n• Some call centre experience (collections would be a bonus but honestly isn't essential)",
         "en", (False, None)),
        # ... and a dash starts another statement after the words a cue would negate ("– przyda się, ale nie jest
        # konieczne" speaks of the experience waived before it, and does not negate the waiver)
        ("Wymagania:\n- NIE WYMAGAMY DOŚWIADCZENIA – przyda się, ale nie jest konieczne,", "pl", (True, None)),
    ],
)  # fmt: skip
def test_experience_as_employers_write_it(text: str, lang: str, expected: tuple[object, object]) -> None:
    e = analyze("Agent\n" + text, lang=lang).requirements.experience
    assert (e.none_required, e.min_years) == expected


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        ("Programista\n\nWymagania:\n- doświadczenie w tworzeniu aplikacji webowych,\n"
         "- przyjmiemy też osoby bez doświadczenia w SAP (nauczymy).\n", "pl"),
        ("Разработчик\n\nТребования:\n• опыт разработки коммерческих систем;\n"
         "• рассмотрим кандидатов без опыта работы с Oracle.\n", "ru"),
        ("Developer\n\nRequirements:\n- experience building web services\n- no experience with Kafka required\n", "en"),
    ],
)
def test_a_tool_the_candidate_may_lack_leaves_the_experience_asked(ad: str, lang: str) -> None:
    assert analyze(ad, lang=lang).requirements.experience.none_required is False


@pytest.mark.parametrize(
    ("ad", "lang", "none_required"),
    [
        # the field is taught, the experience in the requirements is asked
        ("Аналитик\n\nЗнание финансов не требуется: всему научим.\n\nМы ожидаем:\n"
         "- богатый опыт разработки на Python\n", "ru", False),
        ("Konsultant\n\nBranży energetycznej nauczymy Cię od podstaw.\n\nWymagania:\n- doświadczenie w obsłudze "
         "klienta\n", "pl", False),
        # the promise answers the question on its own line
        ("Konsultant czatu\n\nWymagania:\n✅ Doświadczenie? Nie jest potrzebne – wszystkiego nauczymy na szkoleniu.\n",
         "pl", True),
    ],
)  # fmt: skip
def test_a_promise_to_teach_does_not_waive_the_experience_asked(ad: str, lang: str, none_required: bool) -> None:
    assert analyze(ad, lang=lang).requirements.experience.none_required is none_required


@pytest.mark.parametrize(
    "ad",
    [
        # a long list of fields between the experience word and "not essential"
        "Collections Agent\n\nRequirements:\n- Previous experience in collections, credit control or a call centre "
        "environment is an advantage but not essential\n",
        # freshers welcome; the years under the pay are a pay tier, not a requirement
        "VOICE PROCESS\n\nELIGIBILITY:\n- FRESHERS AND EXPERIENCED BOTH CAN APPLY!!\n\nSALARY:\n"
        "- FRESHERS: UPTO 22K IN HAND\n- EXPERIENCED (MIN 6 MONTHS VOICE): UPTO 30K IN HAND\n",
    ],
)
def test_experience_welcome_but_not_asked(ad: str) -> None:
    assert analyze(ad, lang="en").requirements.experience.none_required is True


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s75: a floor of none with freshers welcome; the ways small employers and Taglish posts waive it
        ("Requirements:\n- Experience: 0–3 years in travel sales or any voice process. Freshers with good "
         "communication skills can also apply", "en"),
        ("Kogo szukamy? Kogoś, kto lubi gadać przez telefon. Doświadczenia nie potrzebujesz – uczymy "
         "wszystkiego.", "pl"),
        ("Мы ждём:\n• Опыт продаж — хорошо, опыт продаж мебели — отлично, но научим и без него.", "ru"),
        ("✅ Walang experience? Okay lang! Fresh grads & career shifters, welcome kayo", "en"),
    ],
)
def test_experience_waived_as_small_employers_say_it(text: str, lang: str) -> None:
    exp = analyze(text, lang=lang).requirements.experience
    assert (exp.none_required, exp.min_years) == (True, None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s81: "nie trzeba" after the experience word; "научим и с нуля"
        ("Konsultant\n\nKogo szukamy?\n- doświadczenia nie trzeba, naprawdę,\n- spokoju w rozmowie.", "pl"),
        ("Оператор\n\nТребования:\n— опыт холодных звонков — плюс, но научим и с нуля.", "ru"),
    ],
)
def test_experience_waived_in_round_s81(text: str, lang: str) -> None:
    exp = analyze(text, lang=lang).requirements.experience
    assert (exp.none_required, exp.min_years) == (True, None)


def test_years_opening_a_requirement_item_are_experience_but_an_age_is_not() -> None:
    # round s81: "от 2 лет администратором клиники" (the job held named in the instrumental, no "опыт")
    ad = "Старший оператор\n\nТребования:\n- от 2 лет администратором клиники или оператором контакт-центра;\n"
    assert analyze(ad, lang="ru").requirements.experience.min_years == 2.0
    ad = "Оператор\n\nТребования:\n— от 18 лет, гражданство РФ;\n— грамотная речь.\n"
    assert analyze(ad, lang="ru").requirements.experience.min_years is None


def test_languages_spoken_fluently_are_at_c1() -> None:
    # round s84: the level after the languages ("Must speak Telugu and Hindi fluently")
    langs = analyze("Collections Agent\n\nRequirements:\n• Must speak Telugu and Hindi fluently\n", lang="en")
    assert {(x.lang, x.level) for x in langs.requirements.languages} >= {("te", "C1"), ("hi", "C1")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # round s112: an English word for the language in a Polish ad; a course the employer pays asks nothing
        ("Konsultant\n\nWymagania:\n• English na poziomie C1\n\nOferujemy:\n• kurs norweskiego opłacany przez nas\n",
         "pl", {("en", "C1")}),
        # a project's language is no word of asking for the employer's country's
        ("Konsultant\n\nStartujemy z English-speaking project dla norweskiego producenta.\n\nWymagania:\n"
         "• angielski C1\n", "pl", {("en", "C1")}),
        # one of three, all fluent: the remark after the last is on all of them
        ("Agent\n\nWhat we need:\n- Fluent German, French or Spanish would be a real advantage\n", "en",
         {("de", "C1"), ("fr", "C1"), ("es", "C1")}),
    ],
)  # fmt: skip
def test_languages_of_round_s112(text: str, lang: str, expected: set[tuple[str, str | None]]) -> None:
    assert {(x.lang, x.level) for x in analyze(text, lang=lang).requirements.languages} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wymagania:\n- prawo jazdy kat. B i minimum 3 lata doświadczenia w prowadzeniu samochodu\n", "pl"),
        ("Мы ждём:\n• водительское удостоверение категории B, стаж вождения от 3 лет;\n", "ru"),
        ("Requirements:\n- full driving licence held for at least 3 years\n- 2 years of driving experience\n", "en"),
    ],
)
def test_years_behind_the_wheel_are_no_work_experience(text: str, lang: str) -> None:
    # round s116: a car rental desk asks for a licence held for years, no years of work
    assert analyze(text, lang=lang).requirements.experience.min_years is None


def test_years_of_work_beside_a_driving_licence_are_still_asked() -> None:
    text = "Requirements:\n- 2 years of customer service experience\n- a full driving licence\n"
    assert analyze(text, lang="en").requirements.experience.min_years == 2.0


@pytest.mark.parametrize(
    ("text", "education"),
    [
        # round s120: the employer's schools are no school leaving asked
        ("IT Service Desk Analyst\n\nOur trust runs 14 primary and secondary schools with 9,000 pupils.\n", None),
        ("Order Desk Coordinator\n\nWhat you bring\n• Secondary vocational education (MBO 4) or higher\n", "secondary"),
    ],
)
def test_english_schools_named_and_asked(text: str, education: str | None) -> None:
    assert analyze(text, lang="en").requirements.education == education


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the company's or its people's years are not asked of the candidate
        ("Konsultant\n\nJesteśmy firmą z 20-letnim doświadczeniem na rynku. Szukamy konsultanta.\n", "pl"),
        ("Konsultant\n\nNasi konsultanci mają średnio 5 lat doświadczenia.\n", "pl"),
        ("Konsultant\n\nFirma posiada 26-letnie doświadczenie w branży motoryzacyjnej.\n", "pl"),
        ("Оператор\n\nКоманда молодая: у большинства наших разработчиков от 7 лет опыта.\n", "ru"),
        ("Оператор\n\nМы — компания с 15-летним опытом работы на рынке.\n", "ru"),
        ("Agent\n\nWe are a company with over 15 years of experience in the market.\n", "en"),
        ("Agent\n\nOur agents have on average 6 years of experience.\n", "en"),
        # more years than a job asks are a company's age, wherever they stand
        ("Konsultant\n\nDołącz do agencji z ponad 30 letnim doświadczeniem.\n", "pl"),
        ("Konsultant\n\nPracę w agencji z 11-letnim doświadczeniem, gdzie zespół jest ważny.\n", "pl"),
        # experience gained is offered, not asked
        ("Konsultant\n\nTo oferujemy: umowę zlecenie, możliwość zdobycia doświadczenia.\n", "pl"),
    ],
)
def test_experience_that_is_not_asked_of_the_candidate(text: str, lang: str) -> None:
    experience = analyze(text, lang=lang).requirements.experience
    assert experience.min_years is None
    assert experience.none_required is None


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        # a year of founding is no years of experience; the candidate's age neither
        ("Оператор\n\nС 2012 года мы накапливаем опыт аутсорсинга.\n", "ru", None),
        ("Agent\n\nMust be at least 18 years of age. Previous merchandising experience is a plus.\n", "en", None),
        # the candidate's own years still count, in the intro too
        ("Agent\n\nYou have 2 years of experience in a call centre.\n", "en", 2.0),
        ("Konsultant\n\nWymagania:\n- firma z branży, w której masz min. 2 lata doświadczenia\n", "pl", 2.0),
    ],
)
def test_figures_that_are_no_years_of_experience(text: str, lang: str, years: float | None) -> None:
    assert analyze(text, lang=lang).requirements.experience.min_years == years


def test_experience_asked_and_answered_as_not_needed() -> None:
    text = "Konsultant\n\nWymagania:\n• ukończone 18 lat.\n\nDoświadczenie? Nie jest potrzebne.\n"
    assert analyze(text, lang="pl").requirements.experience.none_required is True

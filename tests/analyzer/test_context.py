"""What the extractors share (callboard.analyzer.context): sentences and sections of the text."""

from __future__ import annotations

from itertools import pairwise

import pytest

from callboard import analyze
from callboard.analyzer import read
from callboard.analyzer.context import item_holds, sentence_bounds, sentence_holds


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Sprzedaż usług (np. TV, drugi numer) to ok. 30% pracy. Reszta to obsługa.", "30% pracy"),
        ("Handle account changes, e.g. new addresses, and refunds. Then log the call.", "refunds"),
    ],
)
def test_a_shortened_word_ends_no_sentence(text: str, inside: str) -> None:
    lo, hi = sentence_bounds(text, (0, 4))
    assert inside in text[lo:hi]
    assert "Reszta" not in text[lo:hi] and "Then" not in text[lo:hi]


@pytest.mark.parametrize(
    ("ad", "lang", "goal"),
    [
        (
            "Konsultant infolinii\n\nMiejsce pracy: Łódź, ul. Długa 5\n\nZ czym dzwonią do nas klienci?\n\n"
            "• zgubiona karta – blokujesz ją i zamawiasz nową,\n• pytania o rachunek – wyjaśniasz naliczenia.\n\n"
            "Co oferujemy?\n\n• umowę o pracę\n",
            "pl",
            "information",
        ),
        (
            "Care advisor\n\nHours: 37.5 a week, Monday to Friday\n\nA day on our line\n\n"
            "• customers ring about deliveries and you rebook them,\n• you log every call.\n",
            "en",
            "documentation",
        ),
    ],
)
def test_a_label_and_its_value_under_the_intro_open_no_offer_below_it(ad: str, lang: str, goal: str) -> None:
    # the duties under a header the lexicon does not know stay the intro's, where goals are read
    p = analyze(ad, lang=lang)
    assert goal in p.goals


@pytest.mark.parametrize(
    ("ad", "lang", "goal"),
    [
        (
            "Member Contact Center Representative\n\nAbout us\nA credit union with 11 branches.\n\nA few of the calls "
            "you'll take in a normal week\n- a member whose card was declined: you find out why and fix it\n"
            "- a charge she doesn't know: you lock the card and order a new one\n",
            "en",
            "order_processing",
        ),
        (
            "Оператор контакт-центра банка\n\nО компании\nБанк с 40 отделениями.\n\nС чем к вам обращаются клиенты\n"
            "• карта заблокирована — вы блокируете её по просьбе клиента и оформляете перевыпуск;\n",
            "ru",
            "order_processing",
        ),
    ],
)
def test_a_header_of_the_customers_cases_opens_the_duties(ad: str, lang: str, goal: str) -> None:
    # under "About us" the cases would be the company's words; their own header makes them the job's
    p = analyze(ad, lang=lang)
    assert goal in p.goals
    assert p.role.in_category


def test_the_parts_of_an_ad_cover_it_as_section_at_reads_it() -> None:
    ad = ("Konsultant infolinii\n\nFirma z Łodzi szuka konsultanta.\n\nZakres obowiązków:\n- odbieranie telefonów\n\n"
          "Wymagania:\n- komunikatywność\n\nOferujemy:\n- umowę o pracę\n")
    ctx, _ = read(ad)
    parts = ctx.parts()
    assert [name for _, _, name in parts] == ["title", "intro", "duties", "requirements", "offer"]
    assert parts[0][0] == 0 and parts[-1][1] == len(ctx.text)
    assert all(a[1] == b[0] for a, b in pairwise(parts))  # no gap, no overlap
    assert all(ctx.section_at(lo) == name == ctx.section_at(hi - 1) for lo, hi, name in parts)


def test_a_block_of_board_fields_under_the_title_opens_no_offer_below_it() -> None:
    # round s68 (Craigslist): "compensation: ..." over "employment type: ..." are the board's fields; the prose under
    # them is the intro, where the job is told
    ad = ("Night answering line - work from home\n\ncompensation: $85 per overnight\nemployment type: part-time\n\n"
          "A property manager needs someone to answer tenants' calls at night. Calls forward to your cell. Get the "
          "unit and what is wrong, and if it is a real emergency such as a water leak, page the on-call tech.\n")
    ctx, _ = read(ad)
    assert ctx.section_names == ["offer", "intro"]
    p = analyze(ad, lang="en")
    assert (p.role.id, p.direction) == ("inbound_agent", "inbound")
    assert "incident_intake" in p.goals and "escalation" not in p.goals


def test_headers_of_the_job_and_of_what_the_candidate_brings() -> None:
    # round s72: "What the job looks like" opens the duties, "What you'll bring" the requirements
    ctx, _ = read("Advisor\n\nWhat the job looks like\n• Handle inbound calls\n\nWhat you'll bring\n• A high school "
                  "diploma\n")
    assert ctx.section_names == ["duties", "requirements"]


def test_a_figure_per_hour_under_the_title_opens_no_section() -> None:
    # "hour" after "$26.84/" is the pay's unit, not an "Hours" header: the prose below stays the intro (round s60)
    ctx, _ = read("Customer Care Representative\n$26.84/hour\n\nOur centre answers the calls of households. You'll "
                  "field questions about bills and meter reads.")
    assert ctx.section_names == []


def test_item_holds_reads_the_item_of_a_list_parted_by_semicolons() -> None:
    text = "Answer calls; book the interview; log calls."
    calls = (text.index("calls"), text.index("calls") + 5)
    assert not item_holds(text, calls, [text.index("interview")])
    assert sentence_holds(text, calls, [text.index("interview")])
    assert item_holds(text, (text.index("book"), text.index("book") + 4), [text.index("interview")])


def test_a_title_that_opens_with_a_headers_words_opens_no_section() -> None:
    # "Szukamy Ciebie ..." is the title, said again on the text's first line: what follows is the intro
    title = "Szukamy Ciebie do naszej ekipy obsługi klienta!"
    body = f"{title}\n\nCześć! Rano przeglądasz maile i czat na stronie, czasem zmieniasz adres w zamówieniu.\n"
    for ctx in (read(body, lang="pl")[0], read(body, title=title, lang="pl")[0]):
        assert "requirements" not in ctx.section_names
    # a header alone on its line still opens its part
    assert "requirements" in read("Konsultant\n\nSzukamy Ciebie:\n- znasz angielski\n", lang="pl")[0].section_names


def test_a_walk_in_line_heads_the_way_to_apply_and_names_no_desk_of_the_job() -> None:
    # Indian boards: "Walk-in: Mon to Sat, 11 AM - 3 PM" is when applicants come for the interview (five dev ads read it
    # as a face-to-face channel); "WALK-IN DRIVE MON TO SAT, 11 AM" under the title states it and heads nothing
    ad = ("Voice Process Executive - US Telecom\n\nHandle inbound calls from US customers about bills and plans.\n"
          "Night shift, 5 days a week. Salary 22,000 per month.\n\nWalk-in: Monday to Saturday, 11 AM - 3 PM, Tower B, "
          "Sector 62. Carry your resume and one photo ID.\n")
    ctx, _ = read(ad)
    assert ctx.section_names == ["apply"]
    assert analyze(ad, lang="en").channels == ("phone",)
    ctx, _ = read("VOICE PROCESS HIRING\nWALK-IN DRIVE MON TO SAT, 11 AM - 4 PM\n\nAnswer customers' calls about their "
                  "orders.\n")
    assert "apply" not in ctx.section_names



def test_how_this_job_looks_opens_the_duties_after_the_company() -> None:
    # round s93: "O nas" then "Jak wygląda ta praca": the work told under it is the job's, not the company's
    ad = ("Specjalista ds. rezerwacji – Centralne Biuro Rezerwacji\n\nO nas\nMamy sześć hoteli w górach.\n\n"
          "Jak wygląda ta praca\nOdbierasz telefony i maile od gości i zmieniasz rezerwacje.\n")
    p = analyze(ad, lang="pl")
    assert p.role.in_category
    assert {"phone", "email"} <= set(p.channels)


@pytest.mark.parametrize(
    ("ad", "lang", "goal"),
    [
        # round s95: the callers one a line, a week's work told after the company's own words
        ("Konsultant wsparcia technicznego\n\nDzwonią do nas abonenci dostawcy internetu.\n\nKto będzie po drugiej "
         "stronie słuchawki?\n• pan bez sygnału – jeśli to nowa awaria, zakładasz zgłoszenie dla ekipy terenowej\n",
         "pl", "incident_intake"),
        ("Customer Success Specialist\n\nRobimy system rezerwacji i zamówień dla restauracji.\n\nTwój tydzień w "
         "praktyce\n• błąd systemu opisujesz w Jirze i przekazujesz programistom\n", "pl", "escalation"),
        ("Менеджер по сопровождению партнёров\n\nМы открываем пункты выдачи заказов маркетплейсов.\n\nИз чего "
         "состоит неделя:\n• ошибки приложения описываете в Jira для разработчиков\n", "ru", "escalation"),
    ],
)
def test_headers_of_round_s95_open_the_duties(ad: str, lang: str, goal: str) -> None:
    goals = analyze(ad, lang=lang).goals
    assert goal in goals
    # the firm's own product, told before the header, is no order the job takes
    assert "order_processing" not in goals


def _section_names(ad: str, lang: str) -> list[str]:
    ctx, _ = read(ad, lang=lang)
    return [name for _, _, name in ctx.parts()]


@pytest.mark.parametrize(
    ("ad", "lang", "names"),
    [
        # round s112: a header the writer says "actually", and one with a remark in brackets after it
        ("Contact Agent\n\nWho we are\nWe rent cars.\n\nWhat the job actually is\nYou answer our support lines.\n",
         "en", ["title", "intro", "company", "duties"]),
        ("Специалист по взысканию\n\nКого ищем\n— опыт от года.\n\nЧем вы будете заниматься (да, в конце — потому "
         "что условия спрашивают первыми)\nВы звоните клиентам банка.\n", "ru", ["title", "intro", "requirements",
                                                                               "duties"]),
        # a Q&A layout in the candidate's voice
        ("Customer Advisor\n\nWhat will I actually do?\nYou welcome customers.\n\nWhat do I need?\n- Matric\n\n"
         "What are the hours?\nFull time.\n\nWhat does it pay?\nR14,500 a month.\n", "en",
         ["title", "intro", "duties", "requirements", "offer", "pay"]),
        ("Оператор\n\nЧто я буду делать?\nОтвечать на звонки.\n\nНужен ли опыт?\nНет.\n", "ru",
         ["title", "intro", "duties", "requirements"]),
        ("Telephone Fundraiser\n\nWhat will I be doing?\nCalling supporters.\n\nDo I need experience?\nNo.\n\n"
         "When would I work?\nEvenings.\n\nWhat's the pay?\n£12.60 an hour.\n\nWhat kind of contract is it?\n"
         "Permanent.\n\nHow do I apply?\nSend a CV.\n", "en",
         ["title", "intro", "duties", "requirements", "offer", "pay", "offer", "apply"]),
        ("Konsultant\n\nCo będę robić?\nOdbierać telefony.\n\nIle zarobię?\n5 200 zł brutto.\n\nJaka umowa?\n"
         "Umowa o pracę.\n", "pl", ["title", "intro", "duties", "pay", "offer"]),
        ("Оператор\n\nЧто я буду делать?\nОтвечать на звонки.\n\nСколько платят?\n45 000 ₽.\n\nКакой график?\n"
         "5/2.\n", "ru", ["title", "intro", "duties", "pay", "offer"]),
        # round s114: a lead-in before the header's words; "The work itself" after the offer
        ("Specjalista\n\nKogo szukamy?\n• doświadczenie w windykacji\n\nA na koniec – czym się zajmiesz?\n"
         "Przypominasz klientom o ratach.\n", "pl", ["title", "intro", "requirements", "duties"]),
        ("Advisor\n\nWho we're looking for\nCalm people.\n\nWhat else you get\n- Pension\n\nThe work itself\n"
         "This is an inbound role.\n", "en", ["title", "intro", "requirements", "offer", "duties"]),
        # round s113: the company's beliefs are the company's ("If we promise a call back at 3pm, the phone rings")
        ("Team Lead, Customer Support\n\nWhat we believe\nIf we promise a call back at 3pm, the phone rings at 3pm.\n\n"
         "What you'll do\n- Take over escalated calls\n", "en", ["title", "intro", "company", "duties"]),
    ],
)  # fmt: skip
def test_headers_of_round_s112(ad: str, lang: str, names: list[str]) -> None:
    assert _section_names(ad, lang) == names



def test_a_question_in_the_present_tense_opens_the_duties() -> None:
    # round s120: "Чем вы занимаетесь:" after the firm's own words (read as the intro, a role named by nothing)
    ad = (
        "Специалист отдела сопровождения туристов\n\nТуроператор возит туристов в Турцию.\n\nЧем вы занимаетесь:\n"
        "— отвечаете туристам по телефону и электронной почте о документах для поездки;\n"
    )
    assert "duties" in _section_names(ad, "ru")
    assert analyze(ad, lang="ru").role.id == "customer_service_specialist"

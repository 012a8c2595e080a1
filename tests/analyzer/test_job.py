"""The job part of the profile: direction, goals and the service-sales mix as the agent works them."""

from __future__ import annotations

import pytest

from callboard import analyze
from callboard.analyzer import goal_model, job, read
from tests.analyzer.helpers import DUTY_HEADS, goals_of


def test_hotline_agent_who_also_calls_back_works_both_ways() -> None:
    p = analyze(
        "Konsultant infolinii\n\nZakres obowiązków:\n- odbieranie połączeń od klientów,\n"
        "- oddzwanianie do klientów w sprawie zmian terminów.\n",
        lang="pl",
    )
    assert p.direction == "both"


def test_polish_agent_who_calls_half_the_day_works_both_ways() -> None:
    p = analyze(
        "Konsultant\n\nObowiązki:\n- rozmawiasz z klientami, którzy dzwonią w sprawie umów,\n"
        "- przez pół dnia odbierasz połączenia, przez drugie pół dzwonisz sam.\n",
        lang="pl",
    )
    assert p.direction == "both"


def test_getting_in_touch_with_people_is_a_call_made() -> None:
    p = analyze(
        "Support Executive\n\nResponsibilities:\n- attend customer calls about parcel tracking\n"
        "- get in touch with consignees after a failed delivery to agree a new slot\n",
        lang="en",
    )
    assert p.direction == "both"


@pytest.mark.parametrize(
    ("duties", "direction"),
    [
        # "call" after "every" is the noun: the calls taken are noted, nobody is called
        ("- pick up calls on the booking line\n- note every call and email on the patient's record", "inbound"),
        # picking up the phones (plural) is taking calls; a seller "not afraid to pick up the phone" calls out
        ("- besides picking up the phones, ring owners when a booster is due", "both"),
        ("- you are not afraid to pick up the phone\n- call owners of small firms about energy deals", "outbound"),
        # "our callers" are the staff who make the calls, not people ringing in
        ("- phone our regular givers to thank them\n- we set no financial targets for our callers", "outbound"),
        # a case forwarded "for follow-up" is followed up by someone else; giving people a ring is a call made
        ("- take calls from riders\n- forward complaints to the supervisor for follow-up", "inbound"),
        ("- pick up the phones\n- give people a ring when their membership is about to run out", "both"),
        # "pick up the phone to" people is calling them
        ("- answer members who ring about bills\n- pick up the phone to customers whose plan ends soon", "both"),
    ],
)
def test_english_calls_as_nouns_and_as_calls_made(duties: str, direction: str) -> None:
    assert analyze(f"Appointments Officer\n\nWhat you'll do:\n{duties}\n", lang="en").direction == direction


@pytest.mark.parametrize(
    "duty",
    [
        "odzywasz się do klientów, którym kończy się umowa, i omawiasz nowe warunki",
        "pod koniec kwartału przeglądasz listę i kontaktujesz się z nimi w sprawie przedłużenia",
        "gdy instruktor zachoruje, trzeba obdzwonić kursantów i przełożyć jazdy",
        "przed końcem polisy trzeba się do nich odezwać i przedłużyć ubezpieczenie",
        "telefon do każdego nowego abonenta kilka dni po montażu",
        "kontakt telefoniczny z osobami, które nie dokończyły wniosku",
        "karnet się kończy? To Ty się odzywasz i pomagasz wybrać kolejny",
    ],
)
def test_polish_reaching_out_to_customers_is_a_call_made(duty: str) -> None:
    p = analyze(f"Konsultant\n\nObowiązki:\n- odbieranie telefonów od klientów\n- {duty}\n", lang="pl")
    assert p.direction == "both"


def test_polish_agent_who_will_call_firms_calls_out() -> None:
    p = analyze("Sprzedaż reklam\n\nSzukamy kogoś, kto będzie dzwonił do firm i sprzedawał spoty.\n", lang="pl")
    assert p.direction == "outbound"


@pytest.mark.parametrize(
    "duty",
    [
        "накануне приёма набрать пациента и напомнить о визите",
        "когда блок занятий заканчивается, самому написать или позвонить и предложить продолжить",
        "раз в месяц по списку абонентов связываться с ними и договариваться о продлении",
        "звонить продавцам, у которых просели продажи",
    ],
)
def test_russian_calls_the_agent_makes_itself(duty: str) -> None:
    p = analyze(f"Администратор\n\nОбязанности:\n- отвечать на звонки пациентов\n- {duty}\n", lang="ru")
    assert p.direction == "both"


def test_russian_phone_administrator_who_also_rings_round_works_both_ways() -> None:
    p = analyze(
        "Администратор на телефон (ветклиника)\n\nЗаписываете хозяев к врачам, отвечаете, сколько стоит приём. "
        "Накануне обзваниваете всех записанных.\n",
        lang="ru",
    )
    assert p.direction == "both"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # "кому звоним" (whom we call) is no "кто звонит" (who calls in); people calling you are no people called
        ("Оператор\n\nОбязанности:\n- обзвон доноров\n\nКОМУ ЗВОНИМ: тем, кто перестал жертвовать\n", "outbound"),
        ("Оператор горячей линии\n\nОбязанности:\n- вам будут звонить люди с вопросами о котлах\n", "inbound"),
        ("Специалист\n\nОбязанности:\n- клиенты обращаются к нам\n- звонить клиентам с просрочкой\n", "both"),
        # "отвечаете за" is being responsible for something, no contacts answered
        ("Менеджер\n\nОбязанности:\n- вы отвечаете за сроки доставки\n- звонить клиентам с просрочкой\n", "outbound"),
        # the participle "звонящим" (to those calling) is people calling in, no form of the operator's "звонить по"
        (
            "Диспетчер\n\nОбязанности:\n- приём звонков жителей\n"
            "- звонящим по уборке подъездов подсказываем, куда обратиться\n",
            "inbound",
        ),
        # round s121: a team's operators "сами звонят тем, кто ..." (to those who): calls made, beside the calls taken
        (
            "Супервайзер группы удержания\n\nОбязанности:\n- руководство группой: операторы принимают входящие "
            "звонки абонентов и сами звонят тем, кто пропустил платёж\n",
            "both",
        ),
    ],
)
def test_russian_who_calls_whom(text: str, direction: str) -> None:
    assert analyze(text, lang="ru").direction == direction


@pytest.mark.parametrize(
    ("lang", "duty", "direction"),
    [
        # the callers' phrases are exact forms: on lemmas "которые звонят" took "которым звоним" (whom we call)
        ("ru", "звонить клиентам из базы, которым звоним впервые", "outbound"),
        ("pl", "klientom, którym dzwonisz, proponujesz ofertę", "outbound"),
        ("ru", "клиенты звонят нам сами", "inbound"),
        ("pl", "rozmowy z klientami, którzy dzwonią do nas", "inbound"),
    ],
)
def test_callers_and_the_called_are_told_apart_by_their_forms(lang: str, duty: str, direction: str) -> None:
    head = {"pl": "Obowiązki:", "ru": "Обязанности:"}[lang]
    assert analyze(f"Konsultant\n\n{head}\n- {duty}\n", lang=lang).direction == direction


def test_russian_answering_parents_is_contacts_taken() -> None:
    p = analyze("Куратор\n\nОбязанности:\n- отвечаешь родителям в Телеграме\n- сам звонишь родителю\n", lang="ru")
    assert p.direction == "both"


def test_a_caller_named_by_the_title_is_the_worker_not_people_calling_in() -> None:
    title = "Supporter Engagement Caller – Casual, Evenings"
    text = (
        f"{title}\n\nThis is an outbound role: every conversation you have is one you start.\n\n"
        "What you'll do\n• Phone supporters who give once a year and ask about a monthly gift\n"
    )
    profile = analyze(text, title=title, lang="en")
    assert (profile.direction, profile.role.id) == ("outbound", "outbound_agent")


def test_the_title_said_again_with_other_details_still_names_the_worker() -> None:
    text = (
        "Lead Qualification Caller – Temporary, Full-time, 3 months\n\nThe assignment\n"
        "• Work through the trade show list and phone the restaurants on it\n• Book site surveys for the sales team\n"
    )
    assert analyze(text, title="Lead Qualification Caller – Temporary", lang="en").direction == "outbound"


def test_calls_made_named_by_the_title_with_questions_answered_on_them_are_outbound() -> None:
    text = (
        "Konsultant/ka telefoniczny/a – umawianie bezpłatnych audytów energetycznych\n\nZadania:\n"
        "• Dzwonisz do osób, które zostawiły numer na stronie, i umawiasz wizytę audytora\n"
        "• Odpowiadasz na pytania o program dopłat\n"
    )
    assert analyze(text, lang="pl").direction == "outbound"
    # without the title's calls the questions answered stay a side of their own
    body = text.split("\n", 2)[2]
    assert analyze("Konsultant/ka\n\n" + body, lang="pl").direction == "both"


def test_a_phone_job_of_the_title_makes_the_calls_its_duties_make() -> None:
    # "операторы на телефон" is a board's name for a phone job: it answers calls unless the job makes them
    ad = (
        "ОПЕРАТОРЫ НА ТЕЛЕФОН!\n\nЧто делать: звонить нынешним абонентам и рассказывать о новом тарифе, "
        "база тёплая.\nГрафик 2/2, офис у вокзала."
    )
    assert analyze(ad, lang="ru").direction == "outbound"
    inbound = "ОПЕРАТОРЫ НА ТЕЛЕФОН!\n\nЧто делать: консультировать абонентов по тарифам.\nГрафик 2/2."
    assert analyze(inbound, lang="ru").direction == "inbound"


def test_a_polish_target_of_answering_every_mail_answers_what_comes_in() -> None:
    ad = (
        "Specjalista ds. obsługi umów\n\nZadania:\n- wystawianie duplikatów faktur\n"
        "Cele:\n- odpowiedź na każdy mail w ciągu jednego dnia roboczego\n"
    )
    p = analyze(ad, lang="pl")
    assert p.direction == "inbound"
    assert [p.text[a:b] for a, b in p.evidence["direction.inbound"]] == ["odpowiedź na każdy"]


def test_a_follow_up_passed_to_another_team_is_no_call_made() -> None:
    duties = (
        "- Respond to residents by phone, e-mail and web chat about waste collection and permits\n"
        "- Transfer calls that need specialized follow-up to the appropriate department\n"
    )
    assert analyze(f"Customer Service Representative\n\nDuties\n{duties}", lang="en").direction == "inbound"
    own = duties + "- Follow up with residents by phone once the pothole is fixed\n"
    assert analyze(f"Customer Service Representative\n\nDuties\n{own}", lang="en").direction == "both"


@pytest.mark.parametrize(
    ("duty", "direction"),
    [
        # "przychodzące" (incoming) is a word of its own; members who stopped coming ("przychodzić") come in nowhere
        ("Dzwonisz do osób, którym skończył się karnet, i pytasz, czemu przestały przychodzić.", "outbound"),
        ("Obsługa połączeń przychodzących od mieszkańców.", "inbound"),
        # cases that come in by a channel do
        (
            "Zamówienia przyjmuje się telefonicznie, część przychodzi SMS-em. Raz w tygodniu obdzwania się odbiorców.",
            "both",
        ),
    ],
)
def test_polish_what_comes_in(duty: str, direction: str) -> None:
    assert analyze(f"Konsultant\n\nObowiązki:\n- {duty}\n", lang="pl").direction == direction


@pytest.mark.parametrize(
    ("lang", "duties", "direction"),
    [
        # the outgoing side said through its object: a recall list, deliveries notified, a school phoned back
        ("en", "- Pick up incoming calls from patients\n- Work the daily recall list and get patients booked", "both"),
        (
            "en",
            "- Take tickets escalated by First Line\n- Phone the school back when a fix is quicker together",
            "both",
        ),
        ("pl", "- odbieranie telefonów od klientów\n- telefoniczne awizowanie dostaw u odbiorców", "both"),
        (
            "pl",
            "- odbieranie telefonów od klientów\n- nowym klientom proponujesz telefonicznie termin wdrożenia",
            "both",
        ),
        # a verb before "phone" makes it a noun of what comes in
        ("en", "- answer phone enquiries to the branch", "inbound"),
        # the call back, the message sent first and the reminder said in everyday words
        ("en", "- answer calls\n- give the customer a ring back once the depot has an answer", "both"),
        ("en", "- answer chats\n- now and then messaging passengers first when a flight is moved", "both"),
        ("en", "- answer calls and book call-outs, send customers a reminder the day before", "both"),
        # an on-call team is on duty, nobody is called
        (
            "en",
            "- answer members' chats\n- raise outages to the on-call engineering team and keep members updated",
            "inbound",
        ),
        # "вам будут звонить клиенты": the people named after the verb call
        ("ru", "- Вам будут звонить клиенты и водители, у которых сломалась машина", "inbound"),
    ],
)
def test_calls_made_said_through_their_object(lang: str, duties: str, direction: str) -> None:
    head = {"pl": "Obowiązki:", "en": "Duties", "ru": "Обязанности:"}[lang]
    assert analyze(f"Specialist\n\n{head}\n{duties}\n", lang=lang).direction == direction


@pytest.mark.parametrize(
    ("lang", "text", "direction"),
    [
        # all the calls one way: the line run by others and the calls ruled out name no side of the job
        (
            "ru",
            "Оператор\n\nВсе звонки исходящие — входящую линию ведут наши координаторы.\n"
            "Обязанности:\n- звонить людям, которые оставили контакты\n",
            "outbound",
        ),
        (
            "ru",
            "Оператор горячей линии\n\nЛиния только входящая: обзванивать абонентов по спискам не нужно.\n"
            "Обязанности:\n- принимать звонки жителей\n",
            "inbound",
        ),
        (
            "en",
            "Advisor\n\nThis is an inbound only role.\nDuties\n- take calls\n- call customers back when needed\n",
            "inbound",
        ),
    ],
)
def test_all_the_calls_one_way_settle_the_direction(lang: str, text: str, direction: str) -> None:
    assert analyze(text, lang=lang).direction == direction


def test_trainer_has_no_direction_of_the_hotline_it_trains_for() -> None:
    p = analyze(
        "Trener call center\n\nZakres obowiązków:\n- prowadzenie szkoleń wdrożeniowych dla konsultantów infolinii,\n"
        "- odsłuchy rozmów i coaching.\n",
        lang="pl",
    )
    assert p.role.id == "trainer"
    assert p.direction is None


@pytest.mark.parametrize(
    ("lang", "duty", "sells"),
    [
        # an offering verb and, a few words on, a product or an extra: a sale
        ("pl", "przy wydaniu aparatu proponujesz przegląd i rozszerzoną gwarancję", True),
        ("pl", "przy okazji rozmowy zaproponowanie rozszerzenia o assistance", True),
        ("en", "offer customers the extended warranty when the order is confirmed", True),
        ("ru", "предлагать подписку на премиум-тариф при продлении", True),
        # a cheaper plan, a pause, a new date or compensation offered is no sale
        ("en", "offer a freeze, a cheaper plan or a transfer to another club", False),
        ("pl", "proponujesz zamrożenie karnetu albo tańszy pakiet", False),
        ("ru", "предлагать паузу или более дешёвый тариф", False),
        ("en", "offer a refund or a replacement product", False),
    ],
)
def test_something_offered_is_a_sale_when_it_is_a_product(lang: str, duty: str, sells: bool) -> None:
    assert ("sales" in goals_of(lang, duty)) is sells


@pytest.mark.parametrize(
    ("lang", "duty", "resolves"),
    [
        # a resolving verb and, a few words on, what went wrong: a problem sorted out
        ("en", "look into payments that went through twice and refund the difference", True),
        ("pl", "prostujesz pomyłki w płatnościach i wysyłasz klientowi potwierdzenie", True),
        ("pl", "szukasz zagubionych w sortowni paczek", True),
        ("ru", "поднимать историю платежей и находить, где ошибка в начислениях", True),
        # a technical fault is technical support; explaining how a fee works is information
        ("en", "fix login problems and reset passwords", False),
        ("pl", "wyjaśniasz, jak liczymy opłatę stałą i zmienną", False),
        ("ru", "исправлять технические ошибки в приложении", False),
    ],
)
def test_something_gone_wrong_sorted_out_is_problem_resolution(lang: str, duty: str, resolves: bool) -> None:
    assert ("problem_resolution" in goals_of(lang, duty)) is resolves


@pytest.mark.parametrize(
    ("lang", "duty", "goal"),
    [
        # a case sent on to whom deals with it (round s34)
        ("en", "sending delivery complaints to the right carrier supervisor", "escalation"),
        ("pl", "kiedy hodowca pyta o mieszankę, łączysz go z naszym zootechnikiem", "escalation"),
        ("pl", "przekazanie dokumentów do kancelarii prawnej współpracującej z bankiem", "escalation"),
        ("pl", "przejmowanie spraw, z którymi zespół sobie nie radzi", "escalation"),
        ("ru", "фиксируете претензию и отдаёте её методисту направления", "escalation"),
        ("ru", "жалобу записать и отправлять начальнику автоколонны", "escalation"),
        # what the customer's device shows, a visit's day agreed, access restored
        ("en", "clients call when the inverter shows an error code", "technical_support"),
        ("pl", "przywracasz dostęp do platformy, gdy link się nie otwiera", "technical_support"),
        ("en", "phone the client to agree the day of the installation", "appointment_setting"),
        ("ru", "договариваетесь с абонентом о дне и времени выезда монтажника", "appointment_setting"),
        ("pl", "przesunięcia wizyt i przypomnienia o wizytach", "appointment_setting"),
    ],
)
def test_goals_said_in_the_words_of_round_s34(lang: str, duty: str, goal: str) -> None:
    assert goal in goals_of(lang, duty)


def test_the_hiring_manager_applicants_write_to_is_no_escalation() -> None:
    ad = "Customer Support\n\nDuties\n- answer chats\n\nSend the following to our Hiring Manager on Telegram."
    assert "escalation" not in analyze(ad, lang="en").goals


def test_the_employers_own_offer_is_no_sale() -> None:
    ad = "Customer Advisor\n\nWe answer calls about parcels. We offer private medical insurance and a pension plan."
    assert "sales" not in analyze(ad, lang="en").goals


def test_team_leader_keeps_only_the_goals_of_their_own_cases() -> None:
    p = analyze(
        "Team Leader call center\n\nZakres obowiązków:\n- przejmowanie eskalowanych rozmów i trudnych reklamacji,\n"
        "- raportowanie wyników do kierownika,\n- udzielanie informacji konsultantom o zmianach w procedurach.\n",
        lang="pl",
    )
    assert p.role.id == "team_leader"
    assert set(p.goals) <= {"escalation", "complaints", "problem_resolution"}
    assert "escalation" in p.goals
    assert "information" not in p.goals  # the procedures told to the agents are no customer's information


def test_a_team_leader_settles_the_cases_the_agents_cannot() -> None:
    # rounds s97-s99 and the dev team leaders read again: the cases the leader sorts out personally
    p = analyze(
        "Team Leader zespołu obsługi klienta\n\nZakres odpowiedzialności:\n• przejmowanie od konsultantów spraw "
        "eskalowanych,\n• rozwiązywanie problemów klientów, których konsultanci nie zamknęli sami,\n"
        "• coaching i odsłuchy rozmów.\n",
        lang="pl",
    )
    assert p.role.id == "team_leader"
    assert {"escalation", "problem_resolution"} <= set(p.goals)


def test_problem_solved_on_a_technical_support_line_is_that_support() -> None:
    p = analyze(
        "IT Service Desk Analyst\n\nResponsibilities\n- resolve first-line issues: password resets, Wi-Fi access\n"
        "- log every call in the ticketing tool\n",
        lang="en",
    )
    assert "technical_support" in p.goals
    assert "problem_resolution" not in p.goals


def test_two_service_duties_and_no_sale_are_service_only() -> None:
    p = analyze(
        "Customer Support Advisor\n\nWhat you'll do\n- handle customer complaints by phone and e-mail\n"
        "- answer questions about deliveries\n",
        lang="en",
    )
    assert p.service_sales_mix == "service_only"


def test_a_booking_the_model_reads_on_a_desk_that_sells_nothing_is_service_only() -> None:
    ctx, _ = read("Front desk\n\nDuties\n- answer callers' questions about opening hours\n", lang="en")
    learned = ("information", "appointment_setting")
    assert job.service_sales_mix(ctx, learned, (), "inbound_agent", "inbound", learned=learned)[0] == "service_only"


def test_not_quite_a_sales_job_is_mostly_service() -> None:
    p = analyze(
        "Opiekunka kursantów\n\nOdpisujesz na pytania o kursy i umawiasz testy. To nie jest praca typowo "
        "sprzedażowa, ale część rozmów kończy się zapisem.\n",
        lang="pl",
    )
    assert p.service_sales_mix == "mostly_service"


def test_an_arrears_reminder_among_the_service_duties_keeps_the_mix() -> None:
    # collections and surveys have no mix of their own; one such duty among a desk's service work does not hide it
    text = (
        "Customer Service Advisor\n\nWhat you'll do\n- answer questions about bills and meter readings\n"
        "- sort out wrong charges\n- log complaints\n- remind customers of overdue payments\n"
    )
    assert analyze(text, lang="en").service_sales_mix == "service_only"
    collector = "Collections Agent\n\nWhat you'll do\n- call customers with overdue payments\n- agree payment plans\n"
    assert analyze(collector, lang="en").service_sales_mix is None


def test_side_selling_stated_as_such_is_mostly_service() -> None:
    p = analyze(
        "Konsultant infolinii\n\nCo będziesz robić:\n- odpowiadać na pytania klientów o rachunki,\n"
        "- przyjmować reklamacje,\n- dodatkowo proponować klientom przejście na nową taryfę.\n",
        lang="pl",
    )
    assert p.service_sales_mix == "mostly_service"


SHARE_HEADS = {
    "pl": "Konsultant infolinii\n\nObowiązki:\n",
    "ru": "Оператор колл-центра\n\nОбязанности:\n",
    "en": "Customer Advisor\n\nWhat you'll do:\n",
}


@pytest.mark.parametrize(
    ("lang", "duties", "mix"),
    [
        # the share stated decides, whichever way the words around it lean
        ("pl", "- odbierasz telefony od klientów banku\n- 20% Twojej pracy to sprzedaż kart", "mostly_service"),
        ("pl", "- obsługa połączeń przychodzących (ok. 80% czasu), 20% to sprzedaż usług", "mostly_service"),
        ("en", "- answer calls from members\n- about 30% of your time is sales calls", "mostly_service"),
        ("en", "- answer calls from members and sell upgrades (60% sales, 40% service)", "balanced"),
        ("ru", "- прием входящих звонков\n- продажи составляют около 10% работы", "mostly_service"),
        ("ru", "- консультирование клиентов\n- продажи — это где-то 20% работы", "mostly_service"),
        ("ru", "- звонки клиентам банка\n- 90% времени занимают продажи кредитных карт", "mostly_sales"),
    ],
)
def test_a_stated_share_of_the_work_sets_the_mix(lang: str, duties: str, mix: str) -> None:
    p = analyze(SHARE_HEADS[lang] + duties + "\n", lang=lang)
    assert p.service_sales_mix == mix
    assert p.mix_cues[0].startswith("stated share")


@pytest.mark.parametrize(
    ("lang", "duties"),
    [
        # a commission, a discount, a service level: percentages that are no share of the work
        ("pl", "- obsługa klientów przez telefon\n\nOferujemy:\n- prowizja 10% od sprzedaży"),
        ("pl", "- obsługa klientów przez telefon\n- sprzedaż produktów z rabatem 20%"),
        ("ru", "- консультирование клиентов\n- продажи, премия 1,5% от продаж"),
        ("ru", "- прием звонков\n- уровень сервиса (80% звонков за 20 секунд)"),
        ("en", "- help customers by chat\n- our support team is proud of a 94% CSAT"),
    ],
)
def test_percentages_that_are_no_share_of_the_work_state_no_mix(lang: str, duties: str) -> None:
    p = analyze(SHARE_HEADS[lang] + duties + "\n", lang=lang)
    assert not any(c.startswith("stated share") for c in p.mix_cues)


def test_satisfaction_survey_is_the_job_not_a_csat_target() -> None:
    p = analyze(
        "Ankieter telefoniczny\n\nCzym się zajmiesz:\n- dzwonisz do klientów i przeprowadzasz ankiety satysfakcji.\n",
        lang="pl",
    )
    assert "surveys" in p.goals
    assert "csat" not in p.kpis


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        ("Konsultant infolinii\nSprzedajemy pompy ciepła. Szukamy osoby, która odpowie na pytania klientów.", "pl"),
        ("Оператор\nМы продаём бытовую технику. Ищем оператора: консультировать покупателей по заказам.", "ru"),
        ("Advisor\nWe sell solar panels across the UK. You will answer customer questions about orders.", "en"),
    ],
)
def test_the_firms_word_on_its_own_business_is_no_sales_duty(ad: str, lang: str) -> None:
    assert "sales" not in analyze(ad, lang=lang).goals


def test_calling_people_we_contact_ourselves_is_outbound_beside_the_hotline() -> None:
    p = analyze(
        "Konsultant (k/m)\n\nZakres obowiązków:\n- rozmowy z klientami: zarówno z tymi, którzy dzwonią na infolinię,"
        " jak i z tymi, do których dzwonimy my.\n",
        lang="pl",
    )
    assert p.direction == "both"


@pytest.mark.parametrize(
    ("duty", "lang", "kpi"),
    [
        ("realizacja celów jakościowych", "pl", "quality"),
        ("odpowiedź na maile w ciągu 24 godzin", "pl", "response_time"),
        ("от 80 звонков в смену", "ru", "volume"),
        ("ответ в чате за 60 секунд", "ru", "response_time"),
    ],
)
def test_targets_in_everyday_words(duty: str, lang: str, kpi: str) -> None:
    heads = {"pl": "Konsultant infolinii\n\nZakres obowiązków:\n- ", "ru": "Оператор колл-центра\n\nОбязанности:\n- "}
    head = heads[lang]
    assert kpi in analyze(head + duty + "\n", lang=lang).kpis


def test_the_recruiters_answer_is_no_direction_of_the_job() -> None:
    p = analyze(
        "Konsultant Biura Obsługi Abonenta\n\nObowiązki:\n- przyjmowanie zgłoszeń od abonentów przez telefon.\n\n"
        "Aplikuj przez formularz. Odezwiemy się do wybranych osób.\n",
        lang="pl",
    )
    assert p.direction == "inbound"


def test_the_recruiters_call_back_is_no_direction_of_the_job() -> None:
    p = analyze(
        "Оператор чата поддержки\n\nОбязанности:\n- отвечать клиентам в чате приложения.\n\n"
        "Откликайтесь на сайте, наш рекрутер перезвонит вам в течение двух дней.\n",
        lang="ru",
    )
    assert p.direction == "inbound"


def test_you_call_in_a_duty_is_the_jobs_direction_though_it_reads_like_call_us() -> None:
    p = analyze(
        "Оператор линии расторжений\n\nОбязанности:\n- принимать звонки абонентов;\n"
        "- по заявлениям из офисов вы сами звоните абонентам в течение суток.\n",
        lang="ru",
    )
    assert p.direction == "both"

def test_calls_taken_on_the_agencys_listings_come_in() -> None:
    ad = (
        "Оператор call-центра\n\nБрать звонки по нашим объявлениям на Авито, перезванивать тем, кто оставил заявку, "
        "и записывать людей на показы к риелторам.\n"
    )
    assert analyze(ad, lang="ru").direction == "both"


def test_the_results_of_satisfaction_surveys_are_no_survey_calls() -> None:
    ad = (
        "Konsultant infolinii\n\nObowiązki:\n- odbieranie połączeń od klientów,\n- dbanie o wyniki badań "
        "satysfakcji klientów.\n"
    )
    assert analyze(ad, lang="pl").direction == "inbound"


@pytest.mark.parametrize(
    "duty",
    [
        "перезванивать тем, кто оставил заявку, и записывать на день открытых дверей и собеседование",
        "тем, кто пропал после заявки, перезвонить и пригласить на день открытых дверей или на собеседование",
    ],
)
def test_an_interview_the_job_books_is_no_word_to_applicants(duty: str) -> None:
    p = analyze(f"Оператор приёмной комиссии\n\nОтвечать на звонки родителей; {duty}.\n", lang="ru")
    assert p.direction == "both"


@pytest.mark.parametrize(
    ("ad", "lang", "channels"),
    [
        ("Asystent klienta – praca z telefonu\n\nZadania:\n- odpisujesz na WhatsAppie.\n", "pl", ("messenger",)),
        ("Refill agent\n\nWe are a mail-order pharmacy.\n\nYou will:\n- answer inbound calls.\n", "en", ("phone",)),
        # how to apply: CVs by e-mail, walk-in applicants welcome
        ("Office assistant\n\nAnswer the phones.\nCVs to the office by email please.\n", "en", ("phone",)),
        ("Chat advisor\n\nYou will:\n- answer chats.\n\nWalk-ins welcome Monday to Friday.\n", "en", ("chat",)),
        # a channel the ad rules out
        ("Support Specialist\n\nDuties\n- answer emails\nYou won't be making phone calls.\n", "en", ("email",)),
        # round s69: the customers' own salons, the showroom's visitors called as leads, the e-mail application
        # documents go to
        ("Collections Specialist\n\nYou'll call clients about overdue invoices. Salon owners are busy and often "
         "behind.\n", "en", ("phone",)),
        ("BDC Agent\n\nMake 80+ outbound calls a day to fresh leads and unsold showroom traffic.\n", "en", ("phone",)),
        ("Konsultant infolinii\n\nZadania:\n- odbierasz telefony od odbiorców ciepła.\n\nDokumenty aplikacyjne "
         "prosimy składać w sekretariacie lub mailowo: kadry@example.pl\n", "pl", ("phone",)),
        # round s71: training over Zoom, a doorbell's camera sold, the store the job is done in, the showroom's manager
        # and the applicants' text message
        ("Home fundraiser\n\nYou'll call our supporters to thank them. Full training over Zoom.\n", "en", ("phone",)),
        ("Retention Advisor\n\nYou'll take calls from customers thinking of cancelling and offer upgrades – video "
         "doorbells, smart locks.\n", "en", ("phone",)),
        ("BDC Rep\n\nCall and text internet leads to book appointments. Full-time, in person at our 71st Street "
         "store.\n", "en", ("phone", "sms")),
        ("Оператор на телефон\n\nЗвоните по заявкам с сайта, рассказываете про машину — детали расскажет менеджер в "
         "салоне.\n", "ru", ("phone",)),
        ("Dyżurny telefon nocny\n\nOdbierasz w nocy telefony od rodzin.\n\nZainteresowane osoby prosimy o telefon "
         "lub SMS: 34 361 20 47.\n", "pl", ("phone",)),
        # round s69: a LinkedIn page's own lines
        ("Customer Energy Advisor\n\n100 applicants · Promoted by hirer · Responses managed off LinkedIn\n\nYou'll "
         "answer incoming calls from customers.\n", "en", ("phone",)),
        # round s68: a stipend for the home phone; the phone a written job is compared with
        ("Social Care Specialist\n\nYou'll:\n- answer comments and direct messages on Facebook\n\nPerks:\n- $50/month "
         "home internet and phone stipend\n", "en", ("social_media",)),
        ("Специалист поддержки туристов\n\nИщем тех, кому переписка ближе, чем телефон. Отвечаете туристам в чате "
         "на сайте.\n", "ru", ("chat",)),
        ("Reklamacje\n\nOdpisujesz na maile klientów. Telefonów nie ma.\n", "pl", ("email",)),
        # a text message asking the customer to rate the call: the survey's means
        ("Konsultant infolinii\n\nOdbierasz telefony od klientów sklepu. Po rozmowie klient dostaje SMS z prośbą o "
         "ocenę w skali 1–5.\n", "pl", ("phone",)),
        ("Оператор горячей линии\n\nПринимаете звонки жильцов. После звонка приходит смс с просьбой оценить "
         "разговор, средняя оценка влияет на премию.\n", "ru", ("phone",)),
        ("Guest line advisor\n\nAnswer calls from guests. Every caller gets a text asking them to rate the call "
         "from 1 to 5.\n", "en", ("phone",)),
        ("Repairs advisor\n\nAnswer tenants' calls. We look at what tenants say in the short text survey they get "
         "after speaking to us.\n", "en", ("phone",)),
        # how to apply: a BPO's walk-in drive, its HR on the phone or WhatsApp, "pisz na Telegram", an EEO statement
        ("Voice process\n\n- make outbound calls to leads\n\nWALK-IN DRIVE TUE TO FRI, 10 AM\n", "en", ("phone",)),
        ("Voice process\n\n- make outbound calls to leads\n\nContact HR: 90000 11111 (WhatsApp)\n", "en", ("phone",)),
        ("Operator czatu\n\nOdpisujesz klientom na czacie.\n\nPisz na Telegram: @nabor_czat\n", "pl", ("chat",)),
        ("Care advisor\n\nYou'll take calls from members.\n\nWe are an equal opportunity employer; to request a "
         "reasonable accommodation, email jobs@example.com.\n", "en", ("phone",)),
        # a voice that is the brand's, a phone that is the worker's device, a training video
        ("Community advocate\n\nYou'll be the voice of the studio across Discord and Reddit.\n", "en",
         ("social_media",)),
        ("Operator czatu\n\nPraca zdalna z telefonu lub laptopa. Odpisujesz klientom na czacie.\n", "pl", ("chat",)),
        ("Telemarketer\n\nDzwonisz do firm z bazy. Na start dostajesz szkolenie wideo.\n", "pl", ("phone",)),
        ("Obsługa czatu\n\nOdpisujesz na czacie.\n\nOferujemy wdrożenie przez wideorozmowę.\n", "pl", ("chat",)),
        # a hiring step and an invitation to drop by are no channels of the job
        ("Care Advisor\n\nYou'll answer live chat and email.\n\nHow we hire\n1. Send us your CV 2. A 20-minute video "
         "call with our Care Lead 3. A short written task: replying to three customer emails\n", "en",
         ("chat", "email")),
        ("Telesales\n\nRinging small businesses whose contracts are up for renewal.\nRing Dean on 01632 960418 or "
         "just pop in for a chat.\n", "en", ("phone",)),
        # a customer's story: a cabin bag, a phone left in a taxi, a queue at the pharmacy counter (round s50)
        ("Агент контакт-центра авиакомпании\n\nОтвечаете на звонки: «Можно ли взять в салон коляску?»\n", "ru",
         ("phone",)),
        ("Оператор чата поддержки\n\nОтвечаете в чате: пассажир забыл в машине телефон и его нужно вернуть.\n", "ru",
         ("chat",)),
        ("Helpdesk\n\nFarmaceuta dzwoni do nas, a za ladą czeka kolejka pacjentów – odbierasz telefon.\n", "pl",
         ("phone",)),
        ("Receptionist\n\nAnswer the phones and greet patients at the desk.\nScanning hospital letters into records.\n",
         "en", ("phone", "in_person")),
        # a coordinator's help on the chat, mail set up on a phone, work done in writing, HR on WhatsApp (round s53)
        ("Ankieter CATI\n\nDzwonisz do respondentów.\n\nOferujemy stałe wsparcie koordynatora na czacie.\n", "pl",
         ("phone",)),
        ("Support Advisor\n\nYou take calls: \"my email won't come through\" – setting up mail on phones.\n", "en",
         ("phone",)),
        ("Telecaller\n\nCall customers who asked about health plans.\n\nInterested candidates call or WhatsApp HR: "
         "90000 41236\n", "en", ("phone",)),
        # a driver who smoked in the car: the car's interior, no counter (round s52)
        ("Поддержка пассажиров\n\nОтвечаете в чате: водитель курил в салоне — принимаете жалобу.\n", "ru", ("chat",)),
        # a phone switched or an e-mail account set up is the customer's device, a branch the card is picked up at
        # (round s51)
        ("Czat w aplikacji\n\nOdpisujesz na czacie: ktoś zmienił telefon i nie może się zalogować.\n", "pl",
         ("chat",)),
        ("Player support\n\nYou answer live chat: a player locked out after switching phones.\n", "en", ("chat",)),
        ("Konsultant infolinii\n\nOdbierasz telefony: zastrzegasz kartę i zamawiasz nową do odbioru w oddziale.\n",
         "pl", ("phone",)),
        # the recruiter's answer to applicants, an equal-opportunities statement (the `applying` lexicon)
        ("Konsultant czatu\n\nOdpisujesz klientom na czacie.\n\nZgłoszenia na adres praca@example.pl, odpowiemy "
         "wybranym osobom.\n", "pl", ("chat",)),
        ("Care advisor\n\nYou'll answer live chat.\n\nWe are an equal opportunities employer: email "
         "jobs@example.com.\n", "en", ("chat",)),
        # the candidate's past: a desk worked before, not the job's
        ("Dyspozytor\n\nOdbierasz telefony od zarządców budynków. Doświadczenie na podobnym stanowisku (call center, "
         "recepcja) mile widziane.\n", "pl", ("phone",)),
        # round s60: the English past job named before its noun, a staff discount in the shops, the applicants' own
        # WhatsApp and SMS, a social inbox
        ("Booking advisor\n\nYou'll take calls from pet owners. Reception or call-handling experience helps.\n", "en",
         ("phone",)),
        ("Оператор входящей линии\n\nЗадачи:\n• принимать входящие звонки\n\nУсловия:\n• скидка 10% в магазинах "
         "сети\n", "ru", ("phone",)),
        ("Umawianie spotkań\n\nDzwonisz do osób z listy.\n\nChętne osoby piszą tylko na WhatsApp.\n📲 Dzwoń albo "
         "wyślij SMS: 533 000 000\n", "pl", ("phone",)),
        ("Social care advisor\n\nYou'll answer Instagram DMs and comments; our social inboxes are covered till 10pm.\n",
         "en", ("social_media",)),
        # the offer's perks (dev: 45 channels wrong fewer, 15 missed more where only the offer named one)
        ("Renewals advisor\n\nWhat you'll do\n- Calling customers before their plan renews\n\nWhat we offer\n- Two "
         "in-person team gatherings a year\n- Monthly video coffee with the founders\n", "en", ("phone",)),
        # round s107: the leader's own hand ("osobiście wyjaśniasz sporne salda"), no face-to-face desk
        ("Kierownik zespołu windykacji telefonicznej\n\n• prowadzisz rozmowy telefoniczne z dłużnikami,\n• osobiście "
         "wyjaśniasz sporne salda i zlecasz korektę\n", "pl", ("phone",)),
    ],
)
def test_words_that_name_no_channel_of_the_job(ad: str, lang: str, channels: tuple[str, ...]) -> None:
    assert analyze(ad, lang=lang).channels == channels


def test_a_word_to_applicants_is_a_whole_word() -> None:
    # "ogrodowymi" holds the letters of "RODO" and is no data-protection clause: the duty keeps its channels
    p = analyze(
        "Doradca klienta\n\nOdbierasz telefony od klientów sklepu z meblami ogrodowymi i odpisujesz na maile.\n",
        lang="pl",
    )
    assert p.channels == ("phone", "email")


def test_you_will_opens_the_duties() -> None:
    p = analyze(
        "Customer Care Specialist\n\nWe look after customers of travel brands.\n\nYou will:\n"
        "• process exchanges and cancellations\n• transfer clinical questions to a pharmacist\n"
        "• document every call\n\n"
        "You have:\n• experience in sales\n",
        lang="en",
    )
    assert set(p.goals) == {"order_processing", "escalation", "documentation"}


def test_missed_bin_collections_are_no_debt() -> None:
    p = analyze(
        "Customer Services Officer\n\nYou will:\n- log reports of missed collections, potholes and broken lights\n",
        lang="en",
    )
    assert "debt_collection" not in p.goals and "incident_intake" in p.goals


def test_a_repair_request_taken_is_an_incident_not_an_order_and_the_masters_visit_is_booked() -> None:
    p = analyze(
        "Диспетчер сервисного центра\n\nОбязанности:\n- принимать заявки на ремонт по телефону;\n"
        "- согласовывать с клиентом время приезда мастера.\n",
        lang="ru",
    )
    assert {"incident_intake", "appointment_setting"} <= set(p.goals) and "order_processing" not in p.goals


def test_taking_repair_requests_by_phone_is_inbound_beside_calling_leads_back() -> None:
    p = analyze(
        "Диспетчер сервисного центра\n\nОбязанности:\n- принимать заявки на ремонт по телефону;\n"
        "- перезванивать по заявкам с сайта.\n",
        lang="ru",
    )
    assert p.direction == "both"


@pytest.mark.parametrize(
    "duty",
    [
        "telefoniczna weryfikacja zamówień",
        "telefoniczne badanie satysfakcji po wizycie",
        "kontakt zwrotny do klientów, którzy zostawili wiadomość",
        "zadzwonisz do klientów, których umowa dobiega końca",
        "przypominasz o wizycie dzień wcześniej",
    ],
)
def test_polish_calls_the_agent_makes_beside_the_hotline(duty: str) -> None:
    p = analyze(f"Konsultant infolinii\n\nZakres obowiązków:\n- odbieranie połączeń od klientów\n- {duty}\n", lang="pl")
    assert p.direction == "both"


@pytest.mark.parametrize(("duty", "lang"), [("уведомлять клиентов о задержке доставки", "ru"), ("call no-shows", "en")])
def test_notices_and_no_shows_are_calls_made(duty: str, lang: str) -> None:
    head = {
        "ru": "Оператор\n\nОбязанности:\n- принимать входящие звонки;\n- ",
        "en": "Advisor\n\nYou will:\n- answer calls\n- ",
    }
    assert analyze(head[lang] + duty + "\n", lang=lang).direction == "both"


def test_english_duties_of_a_transit_line() -> None:
    p = analyze(
        "Customer Information Agent\n\nKey duties\n- Provide route, schedule and fare information\n"
        "- Record customer feedback and forward it to the responsible department\n"
        "- Pass information to dispatchers\n",
        lang="en",
    )
    assert {"information", "documentation", "escalation"} <= set(p.goals)


def test_calling_existing_supporters_to_raise_their_gift_is_outbound_sales() -> None:
    p = analyze(
        "Fundraising Caller\n\nYou'll be calling existing supporters to thank them and ask about increasing their "
        "monthly gift.\n",
        lang="en",
    )
    assert p.direction == "outbound" and "sales" in p.goals


def test_an_outbound_caller_who_answers_questions_on_its_calls_still_calls_out() -> None:
    p = analyze(
        "Telemarketer (k/m)\n\nZakres obowiązków:\n- dzwonisz do klientów z naszej bazy z ofertą przeglądu,\n"
        "- cierpliwie odpowiadasz na pytania rozmówców.\n",
        lang="pl",
    )
    assert p.direction == "outbound"


def test_answering_written_questions_beside_sms_reminders_is_both() -> None:
    p = analyze(
        "Asystentka pacjenta\n\nCzym się zajmiesz?\n• wysyłaniem przypomnień SMS o wizytach,\n"
        "• odpowiadaniem na pytania pacjentów przez e-mail.\n",
        lang="pl",
    )
    assert p.direction == "both"


def test_a_desk_people_call_is_inbound_though_it_reads_like_calling_to() -> None:
    p = analyze(
        "Specjalista service desk\n\nProwadzimy service desk, do którego dzwonią kierownicy sklepów.\n\n"
        "Zakres obowiązków:\n- przyjmowanie zgłoszeń telefonicznie i e-mailem.\n",
        lang="pl",
    )
    assert p.direction == "inbound"


# A duty line put under each language's duties header, for the word-level cases below.


@pytest.mark.parametrize(
    ("lang", "duty", "present", "absent"),
    [
        ("pl", "rozpatrywanie wniosków o zmianę danych w polisie", "order_processing", "complaints"),
        ("pl", "przyjmowanie skarg i wniosków pacjentów", "complaints", "order_processing"),
        ("pl", "w sporach konsultacja z kierownikiem", "escalation", "information"),
        ("pl", "pomoc przy integracji kas z programami sprzedażowymi", None, "sales"),
        ("pl", "gdy jest mniej pytań, pomoc przy pakowaniu paczek", None, "problem_resolution"),
        ("pl", "dopytujesz, czy chodzi o wymianę okien w bloku", None, "complaints"),
        ("pl", "zapisujesz dzieci na kursy i przenosisz je między grupami", "order_processing", None),
        ("pl", "pilnujesz płatności za kursy", "debt_collection", None),
        ("pl", "przygotowywać miesięczny raport jakości", "documentation", None),
        ("pl", "pomagasz przy logowaniu do konta gracza", "technical_support", "problem_resolution"),
        ("pl", "odbieranie telefonów i rejestrowanie wizyt u lekarzy", "appointment_setting", "documentation"),
        ("pl", "obsługa recepcji: kierowanie do gabinetów", None, "escalation"),
        ("pl", "opisujesz każdą sprawę w Zendesku", "documentation", None),
        ("pl", "przejmowanie rozmów, w których klient prosi o przełożonego", "escalation", None),
        ("pl", "wyjaśnianie przesyłek zagubionych i opóźnionych", "problem_resolution", None),
        ("pl", "rozpatrujesz odwołania od naliczonych opłat", "problem_resolution", None),
        ("pl", "przyjmowanie reklamacji i przekazywanie ich do Działu Sprzedaży", "complaints", "sales"),
        ("pl", "rejestrowanie pacjentów na konsultacje i badania", "appointment_setting", "documentation"),
        ("ru", "уговаривать клиентов не расторгать договор", "retention", None),
        ("ru", "продлевать подписки и полисы", "retention", None),
        ("ru", "возвращать ушедших клиентов", "retention", None),
        ("ru", "сбрасывать пароли и помогать войти в личный кабинет", "technical_support", None),
        ("ru", "предлагать дополнительные товары: кофе, чай", "sales", None),
        ("ru", "вести реестр входящих претензий", "documentation", None),
        ("ru", "принимать сообщения о сбоях: упала система бронирования", None, "order_processing"),
        ("ru", "рассказывать о возможности продлить заём", None, "retention"),
        ("ru", "опрос заявителя по алгоритму", None, "surveys"),
        ("ru", "переносить и отменять консультации врачей", None, "information"),
        ("ru", "вести сделки в amoCRM", "documentation", None),
        ("ru", "ставить задачи бухгалтерам в Битрикс24, напоминать о сроках сдачи отчётности", None, "documentation"),
        ("ru", "брать на себя звонки клиентов, которые попросили старшего", "escalation", None),
        ("ru", "проводить первичную диагностику подключения", "technical_support", None),
        ("ru", "предлагать решение: замену, возврат или бонус", "problem_resolution", None),
        ("ru", "выставлять счета за ущерб и напоминать о неоплаченных счетах", "debt_collection", None),
        ("ru", "принимать сообщения от туристов о травмах и пожарах", "incident_intake", None),
        ("ru", "регистрировать группы и отмечать их возвращение в журнале", "documentation", None),
        ("en", "transfer unresolved disputes to the back-office team", "escalation", None),
        ("en", "support couriers with app problems", "technical_support", None),
        ("en", "call customers to agree a fair outcome", "problem_resolution", None),
        ("en", "pass medical questions to our in-house doctors", "escalation", None),
        ("en", "passing order problems such as lost parcels to our Customer Care team", "escalation", None),
        ("en", "pass updates on to customers by text", None, "escalation"),
        ("pl", "pytania, na które nie znasz odpowiedzi, przekazujesz dyrektorkom placówek", "escalation", None),
        ("ru", "сложные вопросы передавать старшему смены", "escalation", None),
        ("en", "call every new customer to welcome them and book an onboarding session", "appointment_setting", None),
        ("en", "sort out late or missing orders and offer compensation", "problem_resolution", None),
        ("en", "call lapsed donors and invite them back", "retention", None),
        ("ru", "предотвращать уход клиентов к конкурентам", "retention", None),
        ("pl", "wyjaśnianie niezgodności w płatnościach klientów", "problem_resolution", None),
        ("ru", "разбираться с ошибками в счетах вместе с бухгалтерией", "problem_resolution", None),
        ("pl", "ustalanie z klientem terminu przyjazdu ekipy serwisowej", "appointment_setting", None),
        ("ru", "записывать семьи на экскурсию в выбранный сад", "appointment_setting", None),
        ("en", "recommend add-ons where they fit", "sales", None),
        ("en", "take the details and pass the collection request to the duty team", None, "debt_collection"),
        ("en", "escalate bugs and security concerns to the client", "escalation", "technical_support"),
        ("en", "help learners with app bugs", "technical_support", None),
        ("en", "call givers who cancelled and ask whether they would consider continuing", "retention", None),
        ("en", "baggage add-ons and name corrections on existing bookings", None, "sales"),
        ("pl", "domykanie transakcji i podnoszenie wartości koszyka", "sales", None),
        ("ru", "работать с возражениями и заключать договоры", "sales", None),
    ],
)
def test_goal_words(lang: str, duty: str, present: str | None, absent: str | None) -> None:
    goals = analyze(DUTY_HEADS[lang] + duty + "\n", lang=lang).goals
    assert present is None or present in goals
    assert absent is None or absent not in goals


@pytest.mark.parametrize(
    ("lang", "ad", "present", "absent"),
    [
        ("ru", DUTY_HEADS["ru"] + "отвечать в чате приложения; звонков нет, только переписка", "chat", "email"),
        ("ru", DUTY_HEADS["ru"] + "восстанавливать доступ в личный кабинет после смены телефона", None, "phone"),
        ("ru", DUTY_HEADS["ru"] + "отправлять письменные уведомления должникам", "letter", None),
        ("ru", DUTY_HEADS["ru"] + "проводить регулярные встречи с командой и отвечать в чате", "chat", "in_person"),
        ("ru", DUTY_HEADS["ru"] + "отвечать в чате.\n\nОбщаемся внутри команды в Telegram.", "chat", "messenger"),
        ("pl", DUTY_HEADS["pl"] + "piszesz na czacie.\n\nProces: zadanie próbne + rozmowa wideo.", "chat", "video"),
        ("pl", DUTY_HEADS["pl"] + "obsługa klientów przy kontuarze na lotnisku", "in_person", None),
        ("pl", DUTY_HEADS["pl"] + "bezpośrednia obsługa mieszkańców przy stanowisku w biurze", "in_person", None),
        # round s113: leads from social media campaigns, a parcel the reception took in; a Teams session
        ("pl", DUTY_HEADS["pl"] + "dzwonisz do osób z kampanii w mediach społecznościowych", "phone", "social_media"),
        ("pl", DUTY_HEADS["pl"] + "odpisujesz na e-maile: paczka odebrana przez recepcję nie dotarła", "email",
         "in_person"),
        ("pl", DUTY_HEADS["pl"] + "odpowiedzi mailowo, a w pilnych sprawach krótka sesja na Teams", "video", None),
        # round s114: an account manager who visits the accounts; a service desk's customers who drive in
        ("en", DUTY_HEADS["en"] + "visiting your larger accounts a few times a quarter", "in_person", None),
        ("pl", DUTY_HEADS["pl"] + "przyjmujesz klientów, którzy przyjechali na umówioną godzinę", "in_person", None),
        # round s115: an airline's counter; the worker's own phone, the interviews' channels, the customers' phones
        ("ru", DUTY_HEADS["ru"] + "встречать пассажиров у стойки представительства и отвечать на вопросы", "in_person",
         None),
        ("ru", DUTY_HEADS["ru"] + "отвечать в чате.\n\nНужен свой телефон или ноутбук.", "chat", "phone"),
        ("en", DUTY_HEADS["en"] + "reply by email.\n\nFirst interviews are held by video, second interviews in person.",
         "email", "video"),
        ("en", DUTY_HEADS["en"] + "help customers who walk in and get their phones set up and working", "in_person",
         "phone"),
        ("pl", DUTY_HEADS["pl"] + "odpowiedzi na pytania (telefon, e-mail, spotkania u klienta)", "in_person", None),
        ("pl", DUTY_HEADS["pl"] + "odbierasz zgłoszenia na telefonie alarmowym", "phone", None),
        ("en", DUTY_HEADS["en"] + "take inbound calls.\n\nWalk-in applications on Mondays.", "phone", "in_person"),
        ("en", DUTY_HEADS["en"] + "reply by email.\n\nYou won't be working on the phone line.", "email", "phone"),
        ("en", DUTY_HEADS["en"] + "reply by email.\n\nInterviews are held on video.", "email", "video"),
        ("en", DUTY_HEADS["en"] + "answer calls.\n\nTraining at our Maidstone branch.", "phone", "in_person"),
        ("en", DUTY_HEADS["en"] + "handle complaints received by email and post", "letter", None),
        ("pl", DUTY_HEADS["pl"] + "prowadzenie korespondencji z klientami (pisma, e-mail)", "letter", None),
        ("pl", DUTY_HEADS["pl"] + "umawiasz na spotkanie z doradcą w oddziale lub na wideorozmowę", None, "in_person"),
        ("pl", DUTY_HEADS["pl"] + "rejestracja pacjentów przy okienku i telefonicznie", "in_person", None),
        ("en", DUTY_HEADS["en"] + "triage calls and schedule video consults with our vets", "phone", "video"),
        (
            "en",
            DUTY_HEADS["en"] + "call business owners and book face-to-face meetings for our field team",
            "phone",
            "in_person",
        ),
        ("ru", DUTY_HEADS["ru"] + "звонить абонентам; отправлять SMS и претензионные письма", "letter", "email"),
        ("ru", DUTY_HEADS["ru"] + "принимать звонки; часть жильцов пишет в WhatsApp", "messenger", None),
        ("pl", DUTY_HEADS["pl"] + "zapisujesz pacjentów na wizyty – przy ladzie i przez telefon", "in_person", None),
        ("en", DUTY_HEADS["en"] + "answer chats\n- join the weekend on-call rota", "chat", "phone"),
        # subscribing by post is no e-mail
        ("ru", DUTY_HEADS["ru"] + "звонить читателям, которые давно нас выписывают по почте", "phone", "email"),
        # the counter another person keeps is not the job's
        ("pl", DUTY_HEADS["pl"] + "odbierasz telefony pacjentów; pacjentów przy ladzie obsługuje inna osoba", "phone",
         "in_person"),
        ("ru", DUTY_HEADS["ru"] + "принимаете звонки; на ресепшене работает другой администратор", "phone",
         "in_person"),
        ("en", DUTY_HEADS["en"] + "answer the phones.\n\nOur front desk team handles the walk-in patients.", "phone",
         "in_person"),
        # a caller is on the phone
        ("en", DUTY_HEADS["en"] + "when a sailing is cancelled, explain to callers what happens next", "phone", None),
        # a customer's ticket passed to another person leaves the counter the job's
        ("pl", DUTY_HEADS["pl"] + "obsługa gości w punkcie przy bramie, przepisanie biletu na inną osobę", "in_person",
         None),
        # rounds s110-s111: the recorded calls a leader listens to, calls arranged with sellers ("созвоны"), questions
        # sent to the office's address; a living room's furniture, stock in the shops, software that runs a clinic's
        # front desk
        ("pl", DUTY_HEADS["pl"] + "odsłuchy nagranych rozmów, coaching indywidualny", "phone", None),
        ("ru", DUTY_HEADS["ru"] + "переписка по электронной почте и созвоны с продавцами", "phone", None),
        ("pl", DUTY_HEADS["pl"] + "obsługa infolinii oraz zapytań kierowanych na adres e-mail biura", "email", None),
        ("pl", "Sklep z meblami do każdego wnętrza: od krzeseł po komplety do salonu.\n\n" + DUTY_HEADS["pl"]
         + "informowanie klientów o statusie zamówień", None, "in_person"),
        ("ru", DUTY_HEADS["ru"] + "обработка входящих звонков: наличие в магазинах, условия доставки", "phone",
         "in_person"),
        ("en", "We make software that runs the front desk of 4,000 clinics.\n\n" + DUTY_HEADS["en"]
         + "answer queries received through our support line and live chat", "phone", "in_person"),
    ],
)  # fmt: skip
def test_channel_words(lang: str, ad: str, present: str | None, absent: str | None) -> None:
    channels = analyze(ad + "\n", lang=lang).channels
    assert present is None or present in channels
    assert absent is None or absent not in channels


@pytest.mark.parametrize(
    ("lang", "duties", "direction"),
    [
        ("pl", "rejestrowanie pacjentów telefonicznie,\n- oddzwanianie do osób z listy.", "both"),
        ("pl", "obsługa wniosków, które wpływają mailowo,\n- telefony do klubowiczów.", "both"),
        ("ru", "отвечать на их вопросы по почте;\n- звонить клиентам, которые уходят.", "both"),
        ("ru", "принимать от клиентов сообщения о ДТП.", "inbound"),
        ("pl", "dzwonić do odbiorców z listy,\n- przesuwać wizyty tych, którzy oddzwaniają na naszą linię.", "both"),
        ("pl", "odbieranie telefonów od pierwszego telefonu do wyjścia z gabinetu.", "inbound"),
        # told through the working day (round s34): a ring to each reader on a list, a delay told before the
        # dealer asks, orders phoned in, the agent who rings first, a customer who dials the line
        ("en", "picking up calls from readers,\n- going down the list and giving each of them a ring.", "both"),
        ("en", "dealers send orders by email; a few still phone them in,\n- the dealer should hear it from you first.",
         "both"),
        ("en", "a policyholder dials the number on the card and you register the claim.", "inbound"),
        ("pl", "klient dzwoni, że brakuje gazu,\n- przy telemetrii nie czekasz, aż się odezwą.", "both"),
        ("pl", "rolnicy zamawiają u nas telefonicznie,\n- wpisujesz zamówienia do programu.", "inbound"),
        ("ru", "абонент пишет в чат на сайте,\n- на следующий день после визита сами ему набираете.", "both"),
        # round s36: the callers' "telefonują do nas" (the agent's "telefonujesz do" is exact), people who ring in,
        # a call that confirms tomorrow's visit, whom the agent phones to arrange a survey
        ("pl", "cały dzień telefonują do nas przychodnie i szpitale,\n- wpisujesz zlecenia do grafiku.", "inbound"),
        ("pl", "wpisujesz zlecenia do grafiku,\n- telefonujesz do firm z naszej bazy.", "outbound"),
        ("en", "members ring us when a payment looks wrong and you put it right.", "inbound"),
        ("en", "answer calls and emails from residents about our works,\n- phone the landowner to arrange a survey.",
         "both"),
        ("ru", "отвечать на сообщения пациентов в Telegram;\n- подтверждать визиты коротким звонком пациенту.", "both"),
        # round s112: debtors who ring back after the text ("oddzwania do nas") come in; a guest who contacts us
        ("pl", "dzwonisz do osób z zaległościami. Sporo osób oddzwania do nas po SMS-ie – te rozmowy też odbierasz.",
         "both"),
        ("en", "ring people who left a booking unfinished,\n- when a guest contacts us about a charge, put it right.",
         "both"),
        # round s113: a customer who gets a call from the team is called; the sofa the calls are made from
        ("en", "every customer gets a call from this team in the last three months of their contract.", "outbound"),
        ("en", "make short satisfaction calls from your sofa,\n- call customers of our partner brands.", "outbound"),
        # round s114: a complaint followed through with the guest at the desk
        ("en", "answering guest questions at the desk,\n- dealing with complaints and following up until the guest is "
         "happy", "inbound"),
    ],
)
def test_direction_words(lang: str, duties: str, direction: str) -> None:
    assert analyze(DUTY_HEADS[lang] + duties + "\n", lang=lang).direction == direction


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        ("Telemarketer\n\nZadania:\n- dzwonisz do stałych darczyńców\n\n"
         "Szukamy osoby z doświadczeniem w telemarketingu albo na infolinii.\n", "pl"),
        ("Student Outreach Caller\n\nYou will:\n- call admitted students to congratulate them\n"
         "- record the outcome of every call in the CRM\n", "en"),
    ],
)  # fmt: skip
def test_the_candidates_past_and_the_workers_title_are_no_line_of_the_job(ad: str, lang: str) -> None:
    assert analyze(ad, lang=lang).direction == "outbound"


def test_a_customer_experience_department_is_no_candidates_past() -> None:
    p = analyze("Customer Experience Advisor (Inbound)\n\nYou will:\n- help customers by chat\n", lang="en")
    assert p.to_dict()["evidence"].get("direction.inbound")


@pytest.mark.parametrize(
    ("lang", "duties", "direction"),
    [
        # the agent calling people a few words on: outbound beside the calls taken
        ("en", "take calls from homeowners\n- call our Garden Club members when their renewal is due", "both"),
        ("en", "answer supporters' emails\n- ring regular givers who have cancelled", "both"),
        ("pl", "odbieranie telefonów\n- telefoniczne przypominanie kandydatom o terminie", "both"),
        ("ru", "отвечать на письма пассажиров;\n- звонить пассажирам, если нужно уточнить детали", "both"),
        ("en", "answer phone calls and e-mails from customers\n- phone hirers who have not replied", "both"),
        ("en", "take calls from customers\n- write to customers by letter to explain the charge", "both"),
        ("ru", "принимать заявки с сайта;\n- напоминать клиенту о визите накануне", "both"),
        # the people call in, or "call" is a noun: no call made
        ("en", "answer phone calls from customers", "inbound"),
        ("en", "answer 999 calls and take the caller's details", "inbound"),
        ("en", "answer calls, keeping call quality and customer satisfaction high", "inbound"),
        ("pl", "odbierasz telefony; klienci dzwonią do nas, a ty pomagasz klientom", "inbound"),
        ("ru", "принимать звонки; клиенты звонят нам, когда клиентам нужна помощь", "inbound"),
        ("en", "answer calls\n- never call customers unless they ask", "inbound"),
        ("pl", "odbieranie telefonów od klientów\n- informowanie klientów o statusie zamówienia", "inbound"),
        # forms of "dzwonić": the callers ring in, the agent rings out, one lemma for both
        ("pl", "pomagasz osobom, które codziennie dzwonią do nas z pytaniami o rozkład", "inbound"),
        ("pl", "odbieranie telefonów\n- dzwonieniem do osób, które nie dokończyły rejestracji", "both"),
        ("ru", "принимать звонки; клиенты перезванивают, если вопрос не решён", "inbound"),
        # contacts taken, read from a taking verb and what comes in
        ("en", "take written complaints from passengers", "inbound"),
        ("en", "handle roadside assistance calls", "inbound"),
        ("en", "answer questions about tariffs\n- call members whose renewal is due", "both"),
        ("ru", "принимать жалобы пациентов на персонал", "inbound"),
        # everyday wordings from the probe lines
        ("en", "answer calls\n- send payment reminders to patients with outstanding fees", "both"),
        ("en", "upsell premium plans whenever users contact you", "inbound"),
        ("ru", "продажа туров клиентам, обратившимся через сайт", "inbound"),
        ("ru", "проводить телефонные опросы жителей", "both"),  # (a support specialist also surveying)
    ],
)
def test_people_the_agent_calls(lang: str, duties: str, direction: str) -> None:
    assert analyze(DUTY_HEADS[lang] + duties + "\n", lang=lang).direction == direction


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        ("offer optional extras such as key cover", "sales"),  # "optional" negates nothing here
        ("handle calls about adding a driver or a change of address", "order_processing"),
        ("arrange a new delivery day after a failed attempt", "order_processing"),
        ("ring customers after a claim to ask a short set of questions about their experience", "surveys"),
        ("record all calls and outcomes accurately", "documentation"),
    ],
)
def test_goal_families_in_english(duty: str, goal: str) -> None:
    assert goal in analyze(DUTY_HEADS["en"] + duty + "\n", lang="en").goals


def test_optional_after_a_requirement_still_negates_it() -> None:
    p = analyze(DUTY_HEADS["en"] + "answer calls\n\nRequirements:\n- Experience optional\n", lang="en")
    assert p.requirements.experience.none_required is True


@pytest.mark.parametrize(
    ("lang", "ad", "goal"),
    [
        ("pl", DUTY_HEADS["pl"] + "odpisujesz na Messengerze\n\nZERO SPRZEDAŻY – tylko pomoc!", "sales"),
        ("en", "Reservations agent\n\nWe offer full-time and part-time posts. Closing date 20 January.", "sales"),
        ("en", DUTY_HEADS["en"] + "answer calls\n\nSend your CV and a cover note.", "documentation"),
        ("en", DUTY_HEADS["en"] + "explain breakdown cover and other extras", "incident_intake"),
        ("ru", "Специалист окна приёма\n\nРезюме направляйте через сайт или приходите в отдел кадров.", "escalation"),
    ],
)
def test_words_that_name_no_goal(lang: str, ad: str, goal: str) -> None:
    assert goal not in analyze(ad + "\n", lang=lang).goals


def test_a_sale_the_worker_will_never_be_asked_for_is_none() -> None:
    p = analyze(DUTY_HEADS["en"] + "answer the phone\n\nYou will never be asked to sell our services.\n", lang="en")
    assert "sales" not in p.goals


def test_a_channel_the_agent_books_through_is_the_agents_own() -> None:
    # "na wideorozmowę" is the format of the visit booked; "przez wideorozmowę" the agent's own means
    booked = analyze("Obowiązki:\n- umawiasz klientów na wideorozmowę z doradcą\n- odbierasz telefony", lang="pl")
    means = analyze("Obowiązki:\n- umawiasz testy słuchu przez wideorozmowę\n- odbierasz telefony", lang="pl")
    assert "video" not in booked.channels
    assert "video" in means.channels


def test_how_to_apply_inside_a_duty_is_a_topic_not_the_application() -> None:
    ad = (
        "Admissions Adviser\n\nResponsibilities\n"
        "- Answer questions from prospective students about courses, fees and how to apply by email and live chat\n"
    )
    assert {"email", "chat"} <= set(analyze(ad, lang="en").channels)


def test_a_dash_ends_a_calling_verbs_reach() -> None:
    ad = "Phone receptionist – Corrib Lane Medical Practice\n\nAnswering the phones to patients, booking visits."
    assert analyze(ad, lang="en").direction == "inbound"


def test_a_word_of_a_duty_before_a_colon_opens_no_section() -> None:
    # "zgłoszenia:" is also a header for where to apply; inside a duty it is the cases taken over
    p = analyze(
        "Specjalista II linii wsparcia\n\nCo będziesz robić:\n"
        "• przejmować od I linii trudniejsze zgłoszenia: błędy e-recept, drukarki fiskalne,\n"
        "• dzwonić do aptek, gdy potrzeba szczegółów.\n",
        lang="pl",
    )
    assert "phone" in p.channels


@pytest.mark.parametrize(
    ("ad", "lang", "goal"),
    [
        # "условий:" (a header word: "Условия:") lowercase on a list item is the duty's own word; the duties go on
        ("Специалист удержания\n\nОбязанности:\n• подбор индивидуальных условий: скидка, бонусные месяцы;\n"
         "• оформление смены тарифа в биллинге.\n", "ru", "order_processing"),
        ("Konsultant\n\nZakres obowiązków:\n• sprawdzasz wymagania: czy klient ma komplet dokumentów,\n"
         "• proponujesz klientom dodatkowe ubezpieczenie sprzętu.\n", "pl", "sales"),
    ],
)
def test_a_header_word_lowercase_on_a_list_item_opens_no_section(ad: str, lang: str, goal: str) -> None:
    assert goal in analyze(ad, lang=lang).goals


def test_the_client_offers_opens_the_offer_of_an_agency_ad() -> None:
    p = analyze(
        "Оператор\n\nОбязанности:\n• звонки абонентам.\n\nЗаказчик предлагает:\n• ДМС после испытательного срока;\n",
        lang="ru",
    )
    assert "medical" in p.conditions.benefits


def test_what_will_be_yours_opens_the_duties() -> None:
    # "Co będzie należało do Ciebie" after an "about us" part: without it the duties read as the company's story
    ad = (
        "Specjalistka ds. obsługi klienta sklepu internetowego\n\nKilka słów o nas\nSzyjemy kanapy na zamówienie.\n\n"
        "Co będzie należało do Ciebie\n- odpowiadanie na maile i wiadomości z czatu,\n- reklamacje: prosisz o zdjęcia "
        "i umawiasz wizytę serwisanta.\n"
    )
    assert {"complaints", "appointment_setting"} <= set(analyze(ad, lang="pl").goals)


def test_calls_to_former_members_in_a_russian_prose_ad_are_an_outbound_job() -> None:
    p = analyze(
        "Звонки бывшим клиентам бассейна — подработка\n\n"
        "У нас есть список тех, у кого закончился абонемент. Каждому нужно позвонить и предложить продление.\n",
        lang="ru",
    )
    assert p.direction == "outbound"
    assert p.role.id == "outbound_agent"


def test_prospecting_companies_in_polish_is_outbound() -> None:
    p = analyze(
        "Inside Sales – biura serwisowane\n\nJak wygląda Twoja praca\n"
        "- szukasz firm, które otwierają oddział w Gdańsku\n"
        "- docierasz do osób, które decydują, telefonicznie i mailowo\n",
        lang="pl",
    )
    assert p.direction == "outbound"
    assert p.role.id == "outbound_agent"


def test_a_ticket_window_is_face_to_face_but_a_window_seat_is_not() -> None:
    assert "in_person" in analyze(
        "Кассир билетной кассы\n\nЧто делать: оформлять билеты пассажирам у окна кассы.\n", lang="ru"
    ).channels
    assert "in_person" not in analyze(
        "Оператор бронирования\n\nОбязанности:\n- принимать звонки\n- предлагать место у окна и багаж\n", lang="ru"
    ).channels


def test_an_email_address_to_apply_to_is_no_email_channel() -> None:
    p = analyze(
        "Follow-up caller\n\nWe need someone to ring web enquiries back the same day.\n"
        "Email jobs@example.co.uk with a few lines about yourself.\n",
        lang="en",
    )
    assert "email" not in p.channels


def test_a_proper_chat_with_a_customer_is_no_chat_channel() -> None:  # (round s37)
    p = analyze("Caller\n\n- ringing customers up for renewal, having a proper chat with anyone cancelling", lang="en")
    assert "chat" not in p.channels


def test_orders_a_telesales_caller_takes_on_its_own_calls_are_no_line_of_its_own() -> None:  # (round s37)
    seller = analyze(
        "Telesprzedawca / Telesprzedawczyni\n\nCo będziesz robić:\n- dzwonić do aptek z przydzielonej bazy\n"
        "- przedstawiać promocje i sprzedawać suplementy\n- przyjmować zamówienia i wprowadzać je do systemu\n",
        lang="pl",
    )
    assert seller.role.id == "outbound_agent"
    assert seller.direction == "outbound"
    # an order line takes its orders in
    line = analyze(
        "Konsultant infolinii zamówień\n\nObowiązki:\n- przyjmowanie zamówień telefonicznie i mailowo\n", lang="pl"
    )
    assert line.direction == "inbound"
    # a desk that takes orders and calls its regulars before the season works both ways
    desk = analyze(
        "Специалист отдела продаж\n\nОбязанности:\n- прием заказов от постоянных клиентов по телефону и почте;\n"
        "- перед сезоном обзванивать постоянных клиентов с предложением;\n",
        lang="ru",
    )
    assert desk.direction == "both"


def test_round_s38_directions() -> None:
    # "а денег нет" is the borrower's state, not a negated duty; "звоните вы" is the collector's call, not how to apply
    collector = analyze(
        "Специалист по взысканию\n\nКогда срок прошёл, а денег нет, звоните вы: выясняете причину и договариваетесь "
        "о дате оплаты.",
        lang="ru",
    )
    assert collector.direction == "outbound" and "phone" in collector.channels
    # "оператор на телефон" names a phone job; the calls of this one go out
    caller = analyze(
        "Оператор на обзвон клиентов\n\nНУЖНЫ 3 ОПЕРАТОРА НА ТЕЛЕФОН!\n\nЧТО ДЕЛАТЬ:\n— ЗВОНИТЬ КЛИЕНТАМ, У КОТОРЫХ "
        "КОЛЁСА ЛЕЖАТ НА ХРАНЕНИИ\n",
        lang="ru",
    )
    assert caller.direction == "outbound"
    # a delay told to the customer, a quick call after the engineer's visit: the one outgoing line of a desk
    desk = analyze(
        "Специалист клиентского отдела\n\nЧто нужно делать:\n1. Принимать заявки на перевозку по телефону.\n"
        "2. Если машина задерживается — сообщать клиенту новые сроки.\n",
        lang="ru",
    )
    assert desk.direction == "both"
    support = analyze(
        "Broadband Support Advisor\n\nResponsibilities\n- Helping customers who call us when their internet drops\n"
        "- A day after an engineer visit, giving the customer a quick call to make sure everything works\n",
        lang="en",
    )
    assert support.direction == "both"


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        # a contract or policy about to run out is the desk's reason to call first: 48 dev ads name one, none of
        # them inbound only
        (
            "Konsultant\n\nObowiązki:\n- odbierasz telefony i czaty od klientów\n"
            "- kilka tygodni przed końcem umowy przedstawiasz klientowi warunki przedłużenia\n",
            "pl",
        ),
        (
            "Специалист\n\nОбязанности:\n- отвечать на звонки и письма клиентов\n"
            "- перед окончанием договора предлагать клиенту продление\n",
            "ru",
        ),
        (
            "Advisor\n\nResponsibilities\n- answering calls and emails from customers\n"
            "- talking to customers whose policies are coming up for renewal\n",
            "en",
        ),
    ],
)
def test_a_contract_about_to_run_out_is_an_outgoing_line(ad: str, lang: str) -> None:
    assert analyze(ad, lang=lang).direction == "both"


def test_goods_about_to_expire_are_no_outgoing_line() -> None:
    ad = "Оператор\n\nОбязанности:\n- принимать жалобы на товар с истекающим сроком и передавать их в отдел качества\n"
    assert analyze(ad, lang="ru").direction != "both"


@pytest.mark.parametrize(
    ("ad", "lang", "direction"),
    [
        # round s39: customers who "ring our customer line" call in; a seasonal worker "called back every season"
        # is rehired, nobody is called; callers wanted is the job's name; a delay told "by phone or text" and a
        # reminder the agent writes first are the desk's outgoing line; farms rung from a list are called
        (
            "Customer Energy Advisor\n\nHouseholders reach us when they ring our customer line or open a chat.\n"
            "Responsibilities\n- explaining bills to callers and taking meter readings\n",
            "en",
            "inbound",
        ),
        (
            "Baggage Desk Agent\n\nA passenger walks up to the desk to report a missing bag.\n"
            "We offer a seasonal contract: you're called back every season, April to October.\n",
            "en",
            "inbound",
        ),
        (
            "Customer Relations Advisor\n\nKey Responsibilities\n- replying to customers' emails and calls\n"
            "- letting customers know by phone or text when their car won't be ready\n",
            "en",
            "both",
        ),
        (
            "SOLAR CALLERS WANTED\n\nWHAT YOU'LL DO:\n- RING FARMS AND SMALL FIRMS FROM OUR LISTS\n"
            "- BOOK A FREE ROOF SURVEY\n",
            "en",
            "outbound",
        ),
        (
            "Специалист поддержки водителей\n\nВодители пишут в чат приложения и звонят на линию.\n"
            "Что делать:\n— отвечаете на вопросы про тарифы;\n"
            "— тем, у кого заканчивается ОСАГО, сами пишете в чат напоминание.\n",
            "ru",
            "both",
        ),
        # round s40: "telefon do placówki", an agency's "dzwoni do klientów" and a phone notice to booked patients
        # are calls made; the pharmacies "z przypisanej bazy" are called, the orders taken "w trakcie rozmowy" come
        # on those calls; owners who "звонят нам" call in, a memo "пишете хозяину" goes out
        (
            "Koordynator zamówień\n\nObowiązki:\n• przyjmowanie zamówień od placówek telefonicznie i mailowo,\n"
            "• gdy technik zgłosi opóźnienie – telefon do placówki z nowym terminem odbioru,\n",
            "pl",
            "both",
        ),
        (
            "Konsultant (agencja)\n\nOsoba na tym stanowisku przyjmuje rezerwacje, odpowiada na pytania klientów "
            "i dzwoni do klientów z najmem długoterminowym, żeby umówić przegląd.\n",
            "pl",
            "both",
        ),
        (
            "Telesprzedawca – hurtownia farmaceutyczna\n\nZakres obowiązków:\n"
            "• codzienny kontakt telefoniczny z aptekami z przypisanej bazy,\n"
            "• przyjmowanie zamówień w trakcie rozmowy i wprowadzanie ich do systemu,\n",
            "pl",
            "outbound",
        ),
        (
            "Администратор call-центра ветклиник\n\nХозяева животных звонят нам и пишут в WhatsApp.\n"
            "Обязанности:\n— записывать на приём;\n— накануне операции пишете хозяину памятку.\n",
            "ru",
            "both",
        ),
        # round s41: patients booked by phone call in; a visit confirmed by phone the day before, a reminder written
        # to a quiet guest, passengers rung round after a cancelled sailing and an owner given a call are calls
        # made; the bonus for "każdą firmę, która zamawia u nas" names no incoming order
        (
            "Konsultantka rejestracji\n\nZakres obowiązków:\n– zapisywanie pacjentów przez telefon i czat,\n"
            "– oddzwanianie do pacjentów, których terapeuta zachorował, z propozycją innego terminu,\n",
            "pl",
            "both",
        ),
        (
            "Konsultant infolinii\n\nZakres obowiązków:\n• odbieranie połączeń na infolinii,\n"
            "• telefoniczne potwierdzanie z abonentami godziny przyjazdu instalatora,\n",
            "pl",
            "both",
        ),
        (
            "Konsultant rezerwacji\n\nOdbierasz telefony i maile od gości, a gdy ktoś od dwóch dni milczy, "
            "sam piszesz do niego z krótkim przypomnieniem.\n",
            "pl",
            "both",
        ),
        (
            "Konsultant rezerwacji promowych\n\nObowiązki:\n• obsługa pasażerów, którzy dzwonią w sprawie rejsów,\n"
            "• przy odwołanym rejsie obdzwonienie pasażerów z listy i przebukowanie ich,\n",
            "pl",
            "both",
        ),
        (
            "Konsultant sprzedaży cateringu\n\n📞 dzwonisz do biur z naszej listy i umawiasz degustacje\n"
            "💸 premia 400 zł za każdą firmę, która zamawia u nas przez miesiąc\n",
            "pl",
            "outbound",
        ),
        (
            "Lost Property Assistant\n\nPeople come in or ring up describing what they've lost. Where there's a "
            "number on a phone's lock screen, you give the owner a call to let them know it's safe.\n",
            "en",
            "both",
        ),
    ],
)
def test_directions_of_rounds_s39_to_s41(ad: str, lang: str, direction: str) -> None:
    assert analyze(ad, lang=lang).direction == direction


@pytest.mark.parametrize(
    "duty",
    [
        # a delay told to the customer before they ask is the desk's outgoing line (six dev ads, all two-way)
        "informowanie klientów o opóźnieniach i szukanie rozwiązań",
        "informowanie gabinetów o terminach realizacji i ewentualnych opóźnieniach",
        "samodzielne informowanie klientów o przesunięciach w produkcji",
        "powiadamianie odbiorców z własnej inicjatywy o przesyłkach, których nie udało się doręczyć",
    ],
)
def test_a_delay_told_first_is_an_outgoing_line(duty: str) -> None:
    ad = f"Specjalista obsługi klienta\n\nObowiązki:\n- przyjmowanie zamówień telefonicznie i mailowo\n- {duty}\n"
    assert analyze(ad, lang="pl").direction == "both"


def test_data_about_delays_checked_is_no_outgoing_line() -> None:
    ad = (
        "Specjalista ds. reklamacji\n\nObowiązki:\n- przyjmowanie reklamacji pasażerów mailowo\n"
        "- sprawdzasz dane o opóźnieniach i historię zakupu biletu\n"
    )
    assert analyze(ad, lang="pl").direction != "both"


@pytest.mark.parametrize(
    ("title", "lang"),
    [("Lost Property Assistant", "en"), ("Pracownik / pracowniczka biura zamówień – olej opałowy", "pl")],
)
def test_an_order_office_and_a_lost_property_desk_are_contact_jobs(title: str, lang: str) -> None:
    body = {
        "en": "People come in or ring up about what they've lost, and you search the log and give it back.",
        "pl": "Przejmiesz telefon i skrzynkę mailową. Na co dzień przyjmujesz zamówienia i podajesz ceny.",
    }[lang]
    assert analyze(f"{title}\n\n{body}\n", lang=lang).role.in_category is True


TWO_WAY_HEADS = {
    "pl": "Konsultant biura obsługi klienta\n\nZadania:\n"
    "- odbieranie telefonów od klientów i odpowiadanie na maile,\n- ",
    "ru": "Оператор службы поддержки\n\nОбязанности:\n- приём звонков от клиентов и ответы на письма;\n- ",
}


@pytest.mark.parametrize(
    ("lang", "duty", "direction"),
    [
        # a notice of a change, an invitation, a chase or a win-back always starts with the desk (probe lines written
        # for the verbs, not taken from an ad)
        ("pl", "Powiadamiasz pacjentów o odwołanych wizytach.", "both"),
        ("pl", "Zawiadamiasz klientów o gotowym zamówieniu.", "both"),
        ("pl", "Uprzedzasz mieszkańców o planowanych przerwach w dostawie wody.", "both"),
        ("pl", "Dajesz znać klientowi, kiedy sprzęt jest gotowy do odbioru.", "both"),
        ("pl", "Zapraszasz pacjentów na badania kontrolne.", "both"),
        ("pl", "Monitujesz klientów w sprawie brakujących dokumentów.", "both"),
        ("pl", "Odzyskujesz klientów, którzy zrezygnowali z usług.", "both"),
        ("pl", "Wysyłasz oferty do klientów, którzy zapytali o cenę, i po dwóch dniach pytasz o decyzję.", "both"),
        ("pl", "Upominasz się u klientów o brakujące dokumenty.", "both"),
        ("pl", "Łapiesz kontakt z klientami, którzy porzucili koszyk.", "both"),
        # an asking or confirming verb said with "telefonicznie" beside it is a call the agent makes
        ("pl", "Zbierasz telefonicznie opinie klientów po zakończeniu usługi.", "both"),
        ("pl", "Informujesz telefonicznie o gotowości zlecenia.", "both"),
        ("ru", "Уведомляете пациентов об отмене приёма.", "both"),
        ("ru", "Предупреждаете жителей об отключении воды.", "both"),
        ("ru", "Приглашаете пациентов на повторный осмотр.", "both"),
        ("ru", "Возвращаете клиентов, которые отказались от услуг.", "both"),
        # guards: the same verbs with no customer called, and money (not the customer) given back
        ("pl", "Zapisujesz zgłoszenia w systemie i powiadamiasz serwisanta.", "inbound"),
        ("pl", "Kontaktujesz się z kurierami w sprawie zaginionych paczek.", "inbound"),
        ("pl", "Przyjmujesz reklamacje i informujesz o decyzji działu jakości.", "inbound"),
        ("ru", "Возвращаете деньги клиентам за отменённые заказы.", "inbound"),
        ("ru", "Принимаете жалобы и сообщаете клиенту о решении.", "inbound"),
    ],
)
def test_a_notice_an_invitation_or_a_chase_is_the_desks_outgoing_line(lang: str, duty: str, direction: str) -> None:
    assert analyze(TWO_WAY_HEADS[lang] + duty + "\n", lang=lang).direction == direction


@pytest.mark.parametrize(
    ("ad", "lang", "direction"),
    [
        # round s42: a telesales title, a first call to firms and a call back about an offer, a delay told in the
        # instrumental, an agency's third-person "oddzwoni", cold calls whose questions come up on the same calls
        (
            "Specjalista ds. sprzedaży telefonicznej B2B\n\nTwoje zadania\n• wyszukiwanie firm w katalogach,\n"
            "• pierwszy telefon do takich firm i wysłanie oferty,\n• odpowiadasz na pytania o ceny i transport,\n",
            "pl",
            "outbound",
        ),
        (
            "Konsultant sklepu internetowego\n\nCzym się zajmiesz?\n• odpowiadaniem na maile, czat i telefony,\n"
            "• uprzedzaniem klientów mailem albo telefonicznie, gdy dostawa się przesuwa,\n",
            "pl",
            "both",
        ),
        (
            "Specjalista ds. rezerwacji\n\nOsoba na tym stanowisku będzie odbierać telefony od gości i odpowiadać na "
            "maile. Od czasu do czasu oddzwoni również do firm, które poprosiły o ofertę na wyjazd integracyjny.\n",
            "pl",
            "both",
        ),
        (
            "ОПЕРАТОР НА ТЕЛЕФОН\n\nЧТО ДЕЛАТЬ:\n- ЗВОНИТЬ ПО ГОТОВОЙ БАЗЕ ВЛАДЕЛЬЦЕВ КВАРТИР (ХОЛОДНЫЕ ЗВОНКИ)\n"
            "- ОТВЕЧАТЬ НА ВОПРОСЫ ПО ЦЕНАМ И СРОКАМ\n- ЗАПИСЫВАТЬ НА ЗАМЕР\n",
            "ru",
            "outbound",
        ),
        # round s43: an agency's third-person "перезванивает абоненту", shops found and then rung ("звонить им")
        (
            "Специалист первой линии\n\nЧем будет заниматься сотрудник. Абоненты звонят и пишут в чат, когда у них "
            "что-то не работает. На следующий день после визита монтажника перезванивает абоненту и уточняет, всё ли "
            "работает.\n",
            "ru",
            "both",
        ),
        (
            "Менеджер по привлечению клиентов\n\nИщем человека, который будет находить магазины, звонить им, "
            "предлагать нашу доставку и договариваться о встрече.\n",
            "ru",
            "outbound",
        ),
        # guard: cold calls ruled out leave the desk's answering inbound
        (
            "Оператор на телефон\n\nОбязанности:\n- отвечать на вопросы покупателей по ценам;\n"
            "- оформлять заказы.\nХолодных звонков нет.\n",
            "ru",
            "inbound",
        ),
        # round s44: "pick up the phone to them" and "a phone call from our booking team" are calls made, and the
        # share "one call in five" is no call coming in; "field engineers" are sent out, not calls fielded; a
        # quick ring after a visit; a cancelled sailing sent round to passengers; "звоните сами", "звонить первым"
        (
            "Switching Adviser\n\nPeople start a quote on our site. Your job is to pick up the phone to them and "
            "help them finish it. About one call in four ends with a switch.\n",
            "en",
            "outbound",
        ),
        (
            "Booking Agent\n\nEvery visit starts with a phone call from our booking team. You will book the "
            "visit and note the outcome.\n",
            "en",
            "outbound",
        ),
        (
            "Support Advisor\n\nDuties:\n- Answer customer calls about faults\n- Pass faults outside the home to "
            "our field engineers and book their visit\n- Give customers a quick ring after the engineer has been\n",
            "en",
            "both",
        ),
        (
            "Konsultant rezerwacji\n\nZadania:\n- odpowiadasz na pytania podróżnych przez telefon i czat\n"
            "- gdy rejs zostanie odwołany, rozsyłasz pasażerom SMS-y z nowym terminem\n",
            "pl",
            "both",
        ),
        (
            "Менеджер по продаже участков\n\nНа звонки в офис отвечает секретарь, а вы звоните сами — тем, кто "
            "оставил заявку на сайте.\n",
            "ru",
            "outbound",
        ),
        (
            "Менеджер по работе с клиентами\n\nИщем человека, который не боится звонить первым и находить новых "
            "заказчиков упаковки.\n",
            "ru",
            "outbound",
        ),
        # the recruiter's "we reply to every application" is no contact the job takes
        (
            "Outbound Caller\n\nYou will call our members to renew their cover.\n\nWe reply to every application "
            "within ten working days.\n",
            "en",
            "outbound",
        ),
    ],
)
def test_directions_of_rounds_s42_to_s44(ad: str, lang: str, direction: str) -> None:
    assert analyze(ad, lang=lang).direction == direction


@pytest.mark.parametrize(
    ("ad", "lang", "channel"),
    [
        # "experienced" describes the worker wanted, "клиентский опыт" the customers': the channel is the job's
        ("Service advisor\n\nWe are looking for an experienced advisor for our front desk.\n", "en", "in_person"),
        ("Специалист поддержки\n\nВы будете создавать клиентский опыт через электронную почту и чат.\n", "ru", "chat"),
    ],
)
def test_an_experience_word_that_is_no_past_job_keeps_the_channel(ad: str, lang: str, channel: str) -> None:
    assert channel in analyze(ad, lang=lang).channels


def test_a_share_of_the_work_said_after_an_aside_sets_the_mix() -> None:
    p = analyze(
        "Konsultant retencji\n\nZakres obowiązków:\n- odbierasz telefony od klientów, którzy chcą odejść,\n"
        "- wyjaśniasz faktury i pomagasz rozwiązać problemy.\n\nSprzedaż nowych usług (np. TV, drugi numer) to ok. "
        "30% Twojej pracy.\n",
        lang="pl",
    )
    assert p.service_sales_mix == "mostly_service"


def test_polish_calls_said_in_english_are_phone_calls_taken_and_made() -> None:
    p = analyze(
        "Retention Specialist\n\nYour daily business:\n- odbierasz calle od klientów, którzy chcą wypowiedzieć umowę,\n"
        "- robisz win-back calle do osób, które odeszły.\n",
        lang="pl",
    )
    assert p.channels == ("phone",)
    assert p.direction == "both"


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        ("TELESPRZEDAWCA – ENERGIA DLA FIRM\n\nCO BĘDZIESZ ROBIĆ?\n- DZWONISZ DO FIRM Z NASZEJ BAZY\n"
         "- KLIENCI CZĘSTO ODDZWANIAJĄ PO TWOJEJ OFERCIE – TE ROZMOWY TEŻ TRAFIAJĄ DO CIEBIE\n", "pl"),
        ("Renewals Advisor – Outbound\n\nThe role:\n- warm outbound calls to customers near the end of their "
         "contract\n- customers returning your missed calls\n", "en"),
    ],
)
def test_an_outbound_job_that_takes_the_calls_rung_back_works_both_ways(ad: str, lang: str) -> None:
    p = analyze(ad, lang=lang)
    assert p.direction == "both"
    assert p.role.id == "outbound_agent"


def test_calling_back_yourself_is_still_a_call_made() -> None:
    ad = "Konsultantka rezerwacji\n\nZakres obowiązków:\n• oddzwanianiem do gości, którzy zostawili zapytanie,\n"
    p = analyze(ad, lang="pl")
    assert p.direction == "outbound"


@pytest.mark.parametrize(
    ("ad", "direction"),
    [
        # an English header of a Polish ad opens the duties
        ("Team Leader – infolinia\n\nKim jesteśmy?\nDostarczamy obsługę klienta dla marek.\n\nYour mission:\n"
         "• przejmowanie eskalowanych rozmów od konsultantów,\n"
         "• coaching 1:1.\n", "inbound"),
        # "Twój zakres odpowiedzialności" opens the duties after the company part
        ("Specjalista ds. szkód\n\nO nas\nUbezpieczamy samochody.\n\nTwój zakres odpowiedzialności\n"
         "• przyjmowanie telefonicznych zgłoszeń szkód,\n• od czasu do czasu telefon do klienta, gdy brakuje zdjęć.\n",
         "both"),
        # a confirming call the day before, patients calling back after a missed call
        ("Rejestratorka\n\nObowiązki:\n• odbieranie połączeń od pacjentów,\n• dzień przed wizytą krótki telefon "
         "potwierdzający do pacjentów.\n", "both"),
        ("Koordynatorka wizyt\n\nObowiązki:\n• dzwonisz do pacjentów, którzy przerwali leczenie,\n"
         "• pacjenci, którzy oddzwonią po nieodebranym połączeniu, również trafiają do Ciebie.\n", "both"),
    ],
)
def test_polish_direction_of_round_s46(ad: str, direction: str) -> None:
    assert analyze(ad, lang="pl").direction == direction


@pytest.mark.parametrize(
    ("ad", "lang", "channels"),
    [
        # where the firm sells, and a counter another team keeps, are not the job's channels
        ("Delivery Booking Coordinator\n\nWe make beds to order and sell them online and through our 11 showrooms.\n\n"
         "What you'll do:\n- call customers to book a delivery day\n- answer emails about delivery dates\n"
         "There's no selling involved – our showroom team does that part.\n", "en", ("phone", "email")),
    ],
)
def test_the_firms_own_outlets_are_no_channel_of_the_job(ad: str, lang: str, channels: tuple[str, ...]) -> None:
    assert analyze(ad, lang=lang).channels == channels


def test_customers_returning_missed_calls_make_no_complaint() -> None:
    ad = "Collections Agent\n\nDuties:\n- taking inbound calls from customers who are returning our missed calls\n"
    assert "complaints" not in analyze(ad, lang="en").goals


def test_a_dispatchers_interview_by_procedure_is_no_survey() -> None:
    ad = "Dyspozytor pogotowia gazowego\n\nObowiązki:\n• przeprowadzanie ze zgłaszającym wywiadu według procedury,\n"
    assert "surveys" not in analyze(ad, lang="pl").goals


@pytest.mark.parametrize(
    ("ad", "lang", "direction"),
    [
        # a customer who "zadzwoni" rings in; the agency's worker who "oddzwoni również do firm" calls out
        ("Konsultantka sklepu\n\nObowiązki:\n• odbierasz telefony i maile; raz napisze klientka z Grazu, kiedy indziej "
         "zadzwoni klient z Monachium.\n", "pl", "inbound"),
        ("Recepcjonistka\n\nOsoba na tym stanowisku będzie odbierać telefony od gości. Od czasu do czasu oddzwoni "
         "również do firm, które poprosiły o ofertę.\n", "pl", "both"),
        # a resident who "звонит по" the same leak rings in
        ("Старший смены\n\nОбязанности:\n• принимаете жалобы жителей; когда житель третий раз звонит по одной и той "
         "же протечке, берёте разговор на себя.\n", "ru", "inbound"),
        # the post-call survey is the customers' rating, not a call made; "you ring back the people" is
        ("Team Leader\n\nWhat you'll do:\n- manage results against QA score and the post-call customer survey\n"
         "- take escalated calls from customers\n", "en", "inbound"),
        ("Save Team Advisor\n\nYour day:\n- take calls from members who want to cancel\n- first thing in the morning "
         "you ring back the people who hit cancel in the app overnight\n", "en", "both"),
    ],
)
def test_direction_of_round_s47(ad: str, lang: str, direction: str) -> None:
    assert analyze(ad, lang=lang).direction == direction


def test_web_leads_answered_by_an_outbound_seller_keep_the_job_outbound() -> None:
    ad = (
        "Менеджер по продаже ОСАГО (исходящие звонки, тёплая база)\n\nОбязанности:\n— звонить автовладельцам, "
        "у которых заканчивается полис;\n— отвечать на входящие заявки с сайта в течение 15 минут;\n"
    )
    assert analyze(ad, lang="ru").direction == "outbound"


@pytest.mark.parametrize(
    ("ad", "channels"),
    [
        # the meetings booked are the booking's own object; a trade-fair stand is where the leads came from
        ("Umawianie spotkań z klientami – pompy ciepła\n\nZadania:\n- dzwonisz do osób, które zostawiły numer na "
         "stoisku targowym,\n", ("phone",)),
        # phones sent for repair are devices, not calls
        ("Doradca klienta w salonie\n\nZadania:\n- obsługa klientów odwiedzających salon,\n- przyjmowanie reklamacji "
         "oraz telefonów do serwisu.\n", ("in_person",)),
    ],
)
def test_polish_look_alikes_of_round_s48(ad: str, channels: tuple[str, ...]) -> None:
    assert analyze(ad, lang="pl").channels == channels


def test_tenge_written_as_tg_is_no_telegram() -> None:
    ad = (
        "Диспетчер доставки\n\nОбязанности:\n- принимать звонки клиентов.\n\nУсловия:\n"
        "- зарплата 250 000 – 300 000 тг;\n"
    )
    assert analyze(ad, lang="ru").channels == ("phone",)


def test_a_collector_offering_repayment_options_sells_nothing() -> None:
    p = analyze(
        "Collections Executive\n\nResponsibilities:\n- Calling customers whose loan EMI is overdue\n"
        "- Offering the options the bank allows: part-payment or a settlement\n"
        "- Collecting in a way that keeps them coming back to us\n",
        lang="en",
    )
    assert p.role is not None and p.role.id == "debt_collection_agent"
    assert p.goals == ("debt_collection",)


def test_a_customer_following_up_with_their_bank_is_no_call_the_job_makes() -> None:
    p = analyze(
        "Chat Support Associate\n\nWhat customers write to us about\n• a refund not received: you check where it "
        "is and share the reference number so they can follow up with their bank\n",
        lang="en",
    )
    assert p.direction == "inbound"


def test_surveys_a_bonus_is_paid_on_are_no_calls_made() -> None:
    p = analyze(
        "Оператор входящей линии банка\n\nОбязанности:\n- отвечать на звонки клиентов о картах и переводах;\n"
        "- фиксировать обращения в CRM.\n\nУсловия:\n- премия до 20% оклада по итогам опросов удовлетворённости "
        "клиентов;\n- график 2/2.\n",
        lang="ru",
    )
    assert p.direction == "inbound"


def test_a_second_lines_answers_and_fixes_are_its_technical_support() -> None:
    p = analyze(
        "Technical Support Engineer (L2)\n\nWhat you'll do:\n- troubleshoot integration errors escalated by L1\n"
        "- fix data issues in customer databases with SQL\n- answer questions about API limits\n",
        lang="en",
    )
    assert p.role is not None and p.role.id == "technical_support_second_line"
    assert "technical_support" in p.goals
    assert "problem_resolution" not in p.goals and "information" not in p.goals


def test_the_call_an_applicant_may_make_for_an_informal_chat_is_no_call_the_job_makes() -> None:
    p = analyze(
        "Customer Services Advisor\n\nYou will:\n- answer residents' calls about council tax and bins\n\n"
        "For an informal chat, call the Customer Services Manager on 01632 960772. Closing date: 12 March.\n",
        lang="en",
    )
    assert p.direction == "inbound"


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        ("Специалист второй линии\n\nОбязанности:\n- принимать переведённые звонки с первой линии и решать то, что "
         "она не решила\n", "ru"),
        ("Second Line Analyst\n\nWhat you'll do\n- pick up calls transferred from the first line and fix what they "
         "could not\n", "en"),
    ],
)
def test_calls_passed_up_from_the_first_line_are_calls_taken(ad: str, lang: str) -> None:
    p = analyze(ad, lang=lang)
    assert p.channels == ("phone",) and p.direction == "inbound"


@pytest.mark.parametrize(
    ("ad", "lang", "direction"),
    [
        # an agency's third person about the job: the consultant rings the customers (round s52)
        ("Konsultant telesprzedaży\n\nKonsultant dzwoni do nich z gotowej bazy i przedstawia ofertę prądu.\n", "pl",
         "outbound"),
        # those who pick up are the people called
        ("Специалист по взысканию\n\nОбязанности:\n- звонить клиентам банка с просрочкой; вы разговариваете с теми, "
         "кто взял трубку\n", "ru", "outbound"),
        # the office that contacts the applicant when papers are missing (rounds s49, s53)
        ("Doradca BOK\n\nZadania:\n- przyjmowanie wniosków i reklamacji,\n- sprawdzanie wniosków – w razie braków "
         "telefoniczny lub mailowy kontakt z klientem.\n", "pl", "both"),
        # a patient who picks up the phone to reach a clinic calls in; a follow-up after surgery is a visit
        ("Patient Access Representative\n\nWhen a patient picks up the phone to reach any of our clinics, the call "
         "comes to us.\n\nWhat your day looks like\n• Answer incoming calls and book a follow-up after knee "
         "surgery\n", "en", "inbound"),
        # the chat desk that sometimes writes first (round s52)
        ("Оператор чата такси\n\nПассажиры пишут нам в чат приложения. Иногда пишете первым сами — сообщаете о "
         "найденной вещи.\n", "ru", "both"),
        # a note written to the customer before they ask (round s54)
        ("Оператор поддержки в соцсетях\n\nЧто будешь делать:\n• отвечать в директ и WhatsApp;\n• если курьер сильно "
         "опаздывает — написать клиенту заранее, не дожидаясь вопроса.\n", "ru", "both"),
        # people ring the customer services inbox or team: a department, no customer called
        ("Customer Services Advisor\n\nPeople walk into the Town Hall, ring the main number or write to the customer "
         "services inbox.\n\nYou will:\n- answer residents' calls about bins\n", "en", "inbound"),
    ],
)
def test_who_rings_whom_told_in_the_third_person(ad: str, lang: str, direction: str) -> None:
    assert analyze(ad, lang=lang).direction == direction


@pytest.mark.parametrize(
    ("ad", "lang", "direction"),
    [
        # the coordinator warns the recipient before the courier is late (round s55): an outgoing notice
        ("Координатор службы доставки\n\nЧто делает координатор:\n1. Отвечает на звонки получателей.\n2. Когда "
         "курьер опаздывает, заранее предупреждает получателя звонком или СМС.\n", "ru", "both"),
        # the hotline another department keeps, and "here we are the ones who call" (round s56)
        ("Специалист по продаже карт\n\nОбязанности:\n• звонить клиентам банка по базе и предлагать карту.\nВся "
         "работа — исходящие звонки, входящую линию обслуживает другой отдел.\n", "ru", "outbound"),
        ("Оператор исходящих звонков\n\nЗадачи:\n— звонить абонентам и предлагать пакет;\n— отвечать на вопросы и "
         "возражения.\n\nНЕ ПОДОЙДЁТ, если ищете работу «просто принимать звонки»: здесь звоним мы.\n", "ru",
         "outbound"),
        # patients told by phone that the doctor cancelled (round s56), a shop of the portfolio contacted (s55)
        ("Rejestratorka medyczna\n\nDo Twoich zadań należy:\n- odbieranie telefonów od pacjentów,\n- gdy lekarz "
         "odwoła przyjęcia – telefonicznym powiadomieniem pacjentów z jego listy.\n", "pl", "both"),
        ("Opiekun klienta kluczowego\n\nZadania:\n- odbierasz telefony od sklepów z portfela,\n- raz na kwartał "
         "kontaktujesz się z każdym sklepem z portfela.\n", "pl", "both"),
        # the first number customers dial is the line that takes their calls (round s55)
        ("Technical Support Agent\n\nThe Technical Support team is the first number customers dial when their "
         "internet stops working.\n\nWhat you'll do\n- fix routers over the phone\n", "en", "inbound"),
        # the passengers dial the client's line the agent answers (round s58)
        ("Customer Care Agent\n\nTravellers to and from Canada dial our client's helpline and the call comes to "
         "you.\n\nDuties\n- rebook missed connections\n", "en", "inbound"),
        ("Customer Care Agent\n\nDuties\n- subscribers phone the client's hotline and you sort out their bills\n",
         "en", "inbound"),
        # the injured party contacted when papers are missing (round s57)
        ("Specjalista ds. likwidacji szkód\n\nZadania:\n- rozmowy z klientami, którzy dzwonią na linię szkodową,\n- "
         "gdy brakuje faktury, sam(a) kontaktujesz się z poszkodowanym.\n", "pl", "both"),
        # notices sent by registered letter and doubled by a call (round s57)
        ("Специалист по передаче квартир\n\nОбязанности:\n• отвечать на звонки и письма дольщиков;\n• направлять "
         "дольщикам уведомления заказными письмами и дублировать каждое звонком.\n", "ru", "both"),
        # a repeat call the customer would make is no call the agent makes (round s57)
        ("Оператор входящей линии банка\n\nКлиенты звонят нам сами. Длительность разговора мы не режем: лучше "
         "договорить, чем получить повторный звонок.\n", "ru", "inbound"),
        # "walk in directly" tells applicants how to come to the interview (round s57)
        ("Telesales Executive – Outbound Process\n\nJob role:\n- Call warm leads and sell health insurance\n\nVenue: "
         "Sector 62, Noida. Walk in directly, no appointment needed!\n", "en", "outbound"),
        # those who contact us are the customers (round s58)
        ("Konsultant helpdesku\n\nOdbierasz telefony i odpowiadasz na zgłoszenia. Odzywają się do nas głównie "
         "księgowe i właściciele biur.\n", "pl", "inbound"),
        # phones connected to the network are devices, no call made (round s58)
        ("Pracownik helpdesku IT\n\nZadania:\n1. Przyjmowanie zgłoszeń telefonicznych od studentów.\n2. Pomoc w "
         "podłączeniu laptopów i telefonów do uczelnianej sieci Wi-Fi.\n", "pl", "inbound"),
        # the customer who reaches out to us writes in (round s59)
        ("Social Care Agent\n\nYou will make sure every customer who reaches out to us online gets a quick answer.\n\n"
         "What you'll do\n• Replying to comments and direct messages\n", "en", "inbound"),
        # "a pure inbound line" settles it, whatever else the ad names (round s59)
        ("Customer Support Associate – Voice\n\nThis is a pure inbound line. Subscribers dial their provider's "
         "helpline and the call lands with you.\n", "en", "inbound"),
        # no outgoing calls at all, said with the calls' object before the negation (round s59)
        ("Оператор входящей линии\n\nНаш контакт-центр принимает звонки клиентов. Исходящих обзвонов и продаж "
         "«по скрипту» у нас нет.\n", "ru", "inbound"),
        # round s61: the callers named before the verb; those whose offer ends contacted by the agent; a walk-in day
        # for applicants is no desk
        ("Администратор колл-центра\n\nПациенты звонят на единый номер сети, вы ставите запись в программе. "
         "Накануне приёма сами набираете пациентов и напоминаете о визите.\n", "ru", "both"),
        ("Оператор\n\nЗадачи: консультировать абонентов, которые звонят по поводу тарифов; самому связываться с "
         "теми, у кого заканчивается акционный период.\n", "ru", "both"),
        ("OUTBOUND APPOINTMENT SETTERS\n\nCall homeowners and book solar consultations.\n\n📍 Walk-in Mon–Fri, "
         "1PM–6PM, 3rd floor\n", "en", "outbound"),
        # round s62: tourists who call; debtors who ring back on the number of the SMS; an outsourcer's own hotlines
        ("Поддержка туристов\n\nНаши туристы звонят и пишут в WhatsApp, когда в поездке что-то пошло не так. Кроме "
         "того, вы сами набираете тех, кто улетает через пару дней.\n", "ru", "both"),
        ("Специалист по просроченной задолженности\n\nВы звоните клиентам, которые пропустили платёж. Часть клиентов "
         "перезванивает сама по номеру из SMS — эти звонки тоже ваши.\n", "ru", "both"),
        ("Оператор исходящих звонков\n\nКонтакт-центр работает на аутсорсе: ведём горячие линии и исходящие кампании "
         "для банков.\n\nКак выглядит работа:\n• звоните в небольшие компании по базе заказчика\n", "ru", "outbound"),
        # round s71: calls made on the leads that came in; residents told of planned outages (a notice, no call)
        ("Ищу человека на телефон\n\nЧто делать:\n📞 звонить по входящим заявкам в течение 15 минут\n📞 записывать "
         "на тест-драйв\n", "ru", "outbound"),
        ("Dyspozytor / Dyspozytorka zgłoszeń awarii\n\nZakres obowiązków\n• przyjmowanie telefonicznych zgłoszeń "
         "awarii od mieszkańców,\n• informowanie mieszkańców o planowanych wyłączeniach wody.\n", "pl", "inbound"),
        # round s74: customers consulted by phone and in the chat come in (19 dev ads say it, none of them outbound);
        # the subscribers called once a week go out
        ("Менеджер по работе с клиентами интернет-магазина\n\nЗадачи\nКонсультировать покупателей по телефону, в "
         "чате на сайте и в Telegram.\nОформлять и менять заказы.\nРаз в неделю обзванивать подписчиков, у которых "
         "заканчивается подписка.\n", "ru", "both"),
        # a phone that rings ("telefon będzie dzwonił") brings calls in; it is not the hired one who will ring
        ("SEZON 2026/27 – DOŁĄCZ DO EKIPY!\n\nCo roku mówimy sobie, że tej zimy telefon będzie dzwonił mniej, a "
         "dzwoni jeszcze więcej. Szukamy 2 osób do obsługi gości.\n", "pl", "inbound"),
        # a bus line's hotline tells its callers of delays: no call made
        ("Konsultant/ka infolinii pasażerskiej\n\nZakres obowiązków:\n• odbieraniem telefonów od pasażerów,\n"
         "• informowaniem o opóźnieniach i objazdach.\n", "pl", "inbound"),
        # round s75: applicants to a university called; "no calls come in" settles it; folk rung back go out too
        ("Приёмная комиссия приглашает поработать летом на телефоне.\n\nБудете звонить абитуриентам, которые "
         "загрузили не все документы.\n", "ru", "outbound"),
        ("Оператор call-центра приёмной комиссии\n\nЗвоните абитуриентам по списку. Входящих звонков нет — горячая "
         "линия работает отдельно.\n", "ru", "outbound"),
        ("Reservations Agent\n\nYou'll take calls and emails from guests booking rooms, and ring back folk who've "
         "sent a web enquiry but not booked yet.\n", "en", "both"),
        # round s76: enquiries that "spływają do nas" come in; a trial's end the customer asks about is no renewal call
        ("Specjalista ds. rezerwacji grupowych\n\nZadania:\n- na zapytania, które spływają do nas telefonicznie i "
         "mailem, przygotowujesz oferty,\n- po kilku dniach sam dzwonisz do klientów, którzy dostali ofertę.\n", "pl",
         "both"),
        ("Codziennie piszą do nas uczniowie: że nie mogą się zalogować, że nie wiedzą, jak zrezygnować z Premium "
         "przed końcem okresu próbnego. Odpisujesz im na czacie w aplikacji i mailowo.\n", "pl", "inbound"),
    ],
)
def test_directions_of_rounds_s55_to_s76(ad: str, lang: str, direction: str) -> None:
    assert analyze(ad, lang=lang).direction == direction


@pytest.mark.parametrize(
    ("ad", "lang", "channel"),
    [
        # headers of a working day that open the duties (rounds s55, s56)
        ("Оператор техподдержки\n\nКто мы\nКонтакт-центр в Ижевске.\n\nКак выглядит обычная смена\n• Звонят "
         "абоненты: «нет интернета».\n", "ru", "phone"),
        ("1st Line Support Analyst\n\nWho we are\nWe write pharmacy software.\n\nWhat comes in\nPharmacy staff get "
         "hold of us by phone or through the chat button.\n", "en", "phone"),
    ],
)
def test_headers_of_the_working_day_open_the_duties(ad: str, lang: str, channel: str) -> None:
    assert channel in analyze(ad, lang=lang).channels


@pytest.mark.parametrize(
    ("title", "lang", "role"),
    [
        ("Specjalista / Specjalistka ds. obsługi korespondencji klientów – projekt leasingowy", "pl",
         "customer_service_specialist"),
        ("Координатор службы доставки (диспетчер курьеров)", "ru", "customer_service_coordinator"),
    ],
)
def test_role_titles_of_rounds_s55_and_s56(title: str, lang: str, role: str) -> None:
    body = {"pl": "Odpowiadasz na e-maile i telefony klientów.", "ru": "Отвечает на звонки получателей заказов."}
    assert analyze(f"{title}\n\n{body[lang]}\n", lang=lang).role.id == role


@pytest.mark.parametrize(
    ("ad", "role"),
    [
        ("Hotel Pod Kotłem w Karpaczu zatrudni recepcjonistę / recepcjonistkę.\n\nObsługa gości, telefonów i "
         "rezerwacji.\n", "customer_advisor"),
        ("Recepcjonista / Recepcjonistka w klubie fitness\n\nWitasz klubowiczów i odbierasz telefony.\n",
         "customer_advisor"),
        ("Opiekun Kluczowych Odbiorców Ciepła\n\nOpiekujesz się portfelem 120 odbiorców i odpowiadasz na ich "
         "pytania o faktury.\n", "account_manager"),
    ],
)
def test_receptions_and_key_account_titles_of_round_s57(ad: str, role: str) -> None:
    assert analyze(ad, lang="pl").role.id == role


def test_a_bare_receptionist_in_a_callers_ad_is_someone_else() -> None:
    ad = ("Konsultant/ka działu członkostw – rozmowy wychodzące\n\nNa recepcjach telefony odbierają nasi "
          "recepcjoniści – u Ciebie są wyłącznie rozmowy wychodzące: dzwonisz do byłych klubowiczów.\n")
    assert analyze(ad, lang="pl").role.id != "customer_advisor"


@pytest.mark.parametrize(
    ("title", "lang", "role"),
    [
        ("Customer Delivery Coordinator", "en", "customer_service_coordinator"),
        ("Specjalista / Specjalistka ds. obsługi klienta w mediach społecznościowych (k/m)", "pl",
         "social_media_support"),
        ("Координатор по работе с грузоотправителями", "ru", "customer_service_coordinator"),
    ],
)
def test_role_titles_of_round_s59(title: str, lang: str, role: str) -> None:
    body = {"en": "You answer customers' calls.", "pl": "Rozmawiasz z klientami przez telefon.",
            "ru": "Отвечаете на звонки клиентов."}
    assert analyze(f"{title}\n\n{body[lang]}\n", lang=lang).role.id == role


def test_a_social_media_desk_without_a_role_word_in_its_title_is_contact_work() -> None:
    # the comments and DMs a social care desk answers are contact work at a distance, like a phone (round s60)
    ad = ("Bilingual Social Care Specialist\n\nYou'll reply to customers in the comments, in Instagram DMs and in "
          "online reviews. No phones, no email queue.\n")
    assert analyze(ad, lang="en").role.id == "social_media_support"


@pytest.mark.parametrize(
    ("learned", "mix"),
    [
        # "no telesales here" sells nothing ...
        (("information", "complaints"), "service_only"),
        # ... unless the duties' words still tell a sale the model reads ("you present the family plan")
        (("information", "complaints", "order_processing", "sales"), "mostly_service"),
    ],
)
def test_a_negated_sale_gives_way_to_the_sale_the_model_reads(learned: tuple[str, ...], mix: str | None) -> None:
    ctx, _ = read(
        "Konsultant infolinii\n\nNie prowadzimy tu telesprzedaży. Gdy klient pyta o tańszy abonament, dobierasz mu "
        "plan rodzinny i przygotowujesz aneks.\n",
        lang="pl",
    )
    assert job.service_sales_mix(ctx, ("information",), (), "inbound_agent", "inbound", learned=learned)[0] == mix


@pytest.mark.parametrize(
    ("learned", "mix"),
    [
        # the duties' words name one service goal, the goal model reads a second one in them: nothing is sold
        (("information", "order_processing"), "service_only"),
        # ... unless what it reads is a sale; and one service goal alone says nothing of sales either way
        (("information", "order_processing", "sales"), None),
        (("information",), None),
    ],
)
def test_the_mix_of_a_desk_counts_the_goals_the_model_reads(learned: tuple[str, ...], mix: str | None) -> None:
    ctx, _ = read("Chat agent\n\nDuties\n- answer customers' questions about deliveries\n", lang="en")
    assert job.service_sales_mix(ctx, ("information",), (), "inbound_agent", "inbound", learned=learned)[0] == mix


@pytest.mark.parametrize(
    ("title", "lang", "role"),
    [
        ("Telephone Surveyor – Tenant Satisfaction Survey", "en", "survey_interviewer"),
        ("Specjalista / Specjalistka ds. obsługi przesyłek (k/m)", "pl", "customer_service_specialist"),
    ],
)
def test_role_titles_of_round_s60(title: str, lang: str, role: str) -> None:
    assert analyze(title + "\n\n", lang=lang).role.id == role


def test_a_new_date_offered_for_a_cancelled_visit_is_no_sale() -> None:
    # round s60: "proponujesz nowy termin" offers the patient another visit, nothing to buy
    ad = ("Rejestracja telefoniczna\n\nOdbierasz telefony pacjentów i zapisujesz ich do lekarzy. Kiedy lekarz odwołuje "
          "przyjęcia, kontaktujesz się z każdym pacjentem i proponujesz nowy termin.\n")
    assert "sales" not in analyze(ad, lang="pl").goals


def test_an_interview_booked_for_pupils_in_one_item_leaves_the_other_items_of_the_sentence_the_jobs() -> None:
    # round s61: "собеседование" is the pupils' entrance interview the job books, in its own item of a sentence of
    # duties run together with semicolons; the calls and chats of the items before it are the job's
    ad = ("Оператор приёмной комиссии\n\nОтвечать на звонки и сообщения родителей в WhatsApp о программах, стоимости "
          "обучения; перезванивать тем, кто оставил заявку на сайте, и записывать на день открытых дверей и "
          "собеседование; вести базу заявок в amoCRM.\n")
    p = analyze(ad, lang="ru")
    assert set(p.channels) == {"phone", "messenger"}
    assert "upfront_fee" not in [f.id for f in p.risk.flags]  # the school's fees the parents ask about


def test_the_one_number_a_booking_line_answers_is_its_phone_and_its_dentist_whom_it_passes_cases_to() -> None:
    # round s61: "answer that number" names the phone line; clinical questions passed on to the dentist on duty
    ad = ("Patient Booking Coordinator – Contact Centre\n\nOur 34 clinics have just one phone number. You'll answer "
          "that number (and the chat on our website), book appointments and pass clinical questions on to the dentist "
          "on duty.\n")
    p = analyze(ad, lang="en")
    assert "phone" in p.channels
    assert "escalation" in p.goals


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        # round s63: a title that names contact work though it names no role
        ("Council Tax Customer Officer\nBorough Council – Revenues\n\nYou'll be on our Revenues phone line, helping "
         "residents with council tax. When an application stalls, you'll ring or email the resident.\n", "en"),
    ],
)
def test_contact_titles_of_round_s63(ad: str, lang: str) -> None:
    assert analyze(ad, lang=lang).role.in_category


def test_a_contact_centre_specialists_title_outweighs_one_questionnaire_of_the_body() -> None:
    # round s62: "Специалист контактного центра" names contact work; "анкету" once in the duties is the loan form
    ad = ("Специалист контактного центра (микрозаймы)\n\nЧто нужно делать:\n— консультировать тех, кто звонит на "
          "горячую линию, как заполнить анкету;\n— за несколько дней до даты платежа звонить заёмщикам.\n")
    assert analyze(ad, lang="ru").role.id != "survey_interviewer"


@pytest.mark.parametrize(
    ("ad", "lang", "channels"),
    [
        # round s62: the people a collector calls ("Звоните пользователям") are no applicants calling the recruiter;
        # the SMS a debtor got, a pickup point changed, a phone as the viewer's device, a shop's stock asked about, a
        # pharmacy counter and an outsourcer's own lines are no channel of the job
        ("Специалист по задолженности\n\nЗвоните пользователям, за которыми остались неоплаченные поездки, присылаете "
         "реквизиты по SMS.\n", "ru", ("phone", "sms")),
        ("Специалист по задолженности\n\nВы звоните должникам. Часть клиентов перезванивает сама по номеру из SMS.\n",
         "ru", ("phone",)),
        ("Оператор чата\n\nОтвечаете в чате: где заказ, как сменить пункт выдачи.\n", "ru", ("chat",)),
        ("Поддержка онлайн-кинотеатра\n\nОтвечаете в чате, если пропал звук на Smart TV, приставке или телефоне.\n",
         "ru", ("chat",)),
        ("Konsultant infolinii\n\nOdbierasz telefony: termin dostawy albo dostępność towaru w sklepie "
         "stacjonarnym.\n", "pl", ("phone",)),
        ("Member Services\n\nYou take member calls and work through claims rejected at the pharmacy counter.\n", "en",
         ("phone",)),
        ("Konsultant ds. polis\n\nLinia Centralna to firma outsourcingowa. Prowadzimy infolinie, czaty i kampanie dla "
         "ubezpieczycieli.\n\nJak wygląda praca?\nCzęść rozmów trafia do Ciebie: klienci pytają o zakres ochrony.\n",
         "pl", ("phone",)),
    ],
)
def test_channels_of_round_s62(ad: str, lang: str, channels: tuple[str, ...]) -> None:
    assert analyze(ad, lang=lang).channels == channels


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        # round s63: a team leader takes the calls the agents escalate (the team's line), under a Polish "Za co
        # będziesz odpowiadać?" header
        ("Team Leader zespołu obsługi klienta\n\nO nas\nProwadzimy infolinie dla banków.\n\nZa co będziesz "
         "odpowiadać?\n• Przejmowanie rozmów i wiadomości eskalowanych przez konsultantów.\n", "pl"),
    ],
)
def test_a_team_leader_taking_escalated_calls_works_the_teams_inbound_line(ad: str, lang: str) -> None:
    assert analyze(ad, lang=lang).direction == "inbound"


@pytest.mark.parametrize(
    ("ad", "channels"),
    [
        # round s64/s65: a rental desk in the arrivals hall receives people; the living room furniture is for is no
        # showroom
        ("Wypożyczalnia aut – stanowisko w hali przylotów\n\nWydajesz i przyjmujesz auta, tłumaczysz warunki najmu.\n",
         ("in_person",)),
        ("Sklep z meblami do salonu i sypialni szuka osoby do obsługi klienta\n\nOdpisujesz na maile i czat.\n",
         ("email", "chat")),
    ],
)
def test_polish_channels_of_rounds_s64_and_s65(ad: str, channels: tuple[str, ...]) -> None:
    assert analyze(ad, lang="pl").channels == channels


def test_an_offices_outgoing_letters_are_no_calls_made() -> None:
    ad = (
        "Referent / Referentka ds. obsługi mieszkańców\n\nZakres zadań:\na) obsługa interesantów w Biurze Obsługi "
        "Mieszkańców,\nb) udzielanie informacji telefonicznie i mailowo,\nc) prowadzenie rejestru pism wychodzących.\n"
    )
    assert analyze(ad, lang="pl").direction == "inbound"


@pytest.mark.parametrize(
    ("ad", "direction"),
    [
        # round s70: calling the people of a list is no call from them, nor is the candidate's reply to the post
        ("Appointment setter\n\nRoofing company looking for people to call homeowners and set up free roof "
         "inspections. You call from our lead list, you are NOT selling anything. Reply to this post with your "
         "name.\n", "outbound"),
        # ... and the surveys the job is measured by are no calls it makes
        ("Claims Advisor\n\nWhat your day looks like\n- Answer inbound calls from homeowners reporting a broken "
         "appliance\n- Book a technician\n\nHow you'll be measured\nAverage handle time, QA call scores and member "
         "satisfaction surveys.\n", "inbound"),
    ],
)
def test_directions_of_round_s70(ad: str, direction: str) -> None:
    assert analyze(ad, lang="en").direction == direction


def test_calls_that_come_to_the_worker_come_in() -> None:
    # round s72: a business customer's keeper ("to do Ciebie trafiają ich telefony i maile") who also calls out
    ad = ("Opiekun Klienta Biznesowego\n\nZakres obowiązków:\n- opiekujesz się portfelem firm – to do Ciebie trafiają "
          "ich telefony i maile w sprawie faktur,\n- przed końcem umowy sam kontaktujesz się z klientem.\n")
    assert analyze(ad, lang="pl").direction == "both"


def test_calls_the_worker_makes_are_no_call_to_the_employer() -> None:
    # round s74: "вы сами звоните тем, кто..." is the job's phone, not the imperative of an ad's "звоните нам"
    ad = ("Специалист отдела удержания абонентов\n\nПервая линия переводит таких клиентов на вас. Часть дня вы сами "
          "звоните тем, кто уже подал заявление на переход.\n\nЧто нужно делать:\n▪ подбирать тариф или скидку.\n")
    assert "phone" in analyze(ad, lang="ru").channels


def test_the_place_of_an_examination_booked_is_no_desk_of_the_job() -> None:
    # round s75: the salon a caller books the eye test in is the customer's visit, not the job's counter
    ad = ("Osoba do obsługi telefonicznej salonów\n\nOdbierasz połączenia od klientów i zapisujesz ich na badanie "
          "wzroku w wybranym salonie.\n")
    assert analyze(ad, lang="pl").channels == ("phone",)


def test_calls_made_on_the_leads_of_the_site_go_out() -> None:
    # round s79: "Звоним только по заявкам с сайта", "связаться с человеком": a broker's caller calls out
    ad = ("Оператор на телефон в отдел автокредитования\n\nЗвоним только по заявкам с сайта — холодных звонков нет. "
          "Нужно связаться с человеком, узнать, какую машину он хочет взять.\n")
    assert analyze(ad, lang="ru").direction == "outbound"


@pytest.mark.parametrize(
    ("ad", "lang", "direction"),
    [
        # round s80: "они сами звонят" are the customers (the lemma of "сами звоните" had read it as the job's calls)
        ("Специалист технической поддержки\n\nЧто делать:\n• отвечаете абонентам про роутеры и тарифы.\n"
         "Обзванивать абонентов не придётся: они сами звонят или пишут, вы отвечаете.\n", "ru", "inbound"),
        # ... the job's own calls said with "самим" first
        ("Специалист поддержки продавцов\n\nЗадачи:\n• отвечать продавцам в чате;\n• самим звонить новичкам, которые "
         "не выставили ни одного товара.\n", "ru", "both"),
        # the customers who "звонят и пишут", named far before the verb
        ("Те, кто уже купил у нас путёвку, звонят и пишут в Telegram: перенести даты, добавить экскурсию.\n", "ru",
         "inbound"),
        ("Когда у человека вопрос по газу, он набирает наш номер. Нам нужен человек, который будет помогать.\n", "ru",
         "inbound"),
        # "WhatsApp us or call": the subscribers get in touch
        ("Customer Happiness Associate\n\nOur subscribers WhatsApp us or call when a box is running late – you'll get "
         "it sorted.\n", "en", "inbound"),
        # reminders the system texts are no call of the job
        ("Konsultant/ka Centralnej Rejestracji\n\nObowiązki:\n• odbierasz telefony od pacjentów.\nPrzypomnienia o "
         "wizytach wysyłamy automatycznie SMS-em.\n", "pl", "inbound"),
        # round s82: the callers named a few words before their verb, a comma after it
        ("Администратор на телефон (сеть ветклиник)\n\nВладельцы животных звонят, чтобы записаться к терапевту. "
         "Накануне приёма мы обзваниваем всех записанных и напоминаем о визите.\n", "ru", "both"),
        ("Диспетчер\n\nЖильцы наших 40 домов звонят, когда где-то течёт или не горит свет в подъезде.\n", "ru",
         "inbound"),
        ("Konsultant\n\nMieszkańcy naszych osiedli piszą, kiedy coś się zepsuje.\n", "pl", "inbound"),
        # ... and an agent's own verb with the people after it stays the job's call
        ("Оператор\n\nВы звоните клиентам, которые оставили заявку.\n", "ru", "outbound"),
        # the title's phone job said again in the intro answers no more than the title: the calls made are the job
        ("Администратор на телефон (удалённо)\n\nДетская языковая школа ищет администратора на телефон. Родители "
         "оставляют заявки на сайте — вы им перезваниваете и записываете ребёнка на пробный урок.\n", "ru",
         "outbound"),
        # round s84: the job's calls made "yourself"; a customer's phone that fails abroad is no call of the job
        ("Member Services Consultant\n\nMost of your time you'll be answering members who ring in. A couple of "
         "afternoons a week you'll make the calls yourself: to people who asked for a quote.\n", "en", "both"),
        ("Roaming Support Advisor\n\nYou'll answer calls and chats from subscribers who have landed abroad and "
         "suddenly can't make calls or get mobile data.\n", "en", "inbound"),
        # deciding is no call ("making the call on breaks")
        ("Team Leader\n\nTaking the calls the team escalates, and making the call on breaks and overtime.\n", "en",
         "inbound"),
        # a number rung: "звонят на телефон диспетчерской"
        ("Требуется диспетчер в лифтовую компанию.\n\nЖители нажимают кнопку связи в кабине или звонят на телефон "
         "диспетчерской — застряли между этажами.\n", "ru", "inbound"),
        # round s87: the calls a separate team takes are not the job's; a "business day" is no business called;
        # people who pick up when called are no calls taken
        ("Collections Agent\n\nCustomers who ring in are looked after by a separate customer service team, so your "
         "time is spent on the dialler, phoning customers whose repayment has bounced.\n", "en", "outbound"),
        ("Team Leader\n\nWhat you'll do:\n- Answer the calls your advisers can't settle\n- Replying in writing to "
         "formal complaints within five business days\n", "en", "inbound"),
        ("Przypomnienia o szczepieniach\n\nDzwonisz do właścicieli psów i kotów, którym zbliża się termin szczepienia. "
         "Pracujesz popołudniami, bo wtedy ludzie odbierają telefony.\n", "pl", "outbound"),
        ("Loan servicing rep\n\nHomeowners call us about their statements. The other half you're on the phone "
         "yourself, reaching customers whose first payment didn't go through.\n", "en", "both"),
        # round s88: "przedzwonisz do stałych klientów", a gym software desk "ringing a club" due for renewal
        ("Przyjmowanie zamówień\n\nPrzyjmujesz zamówienia na dowóz przez telefon. W spokojniejsze wtorki "
         "przedzwonisz też do stałych klientów z nowym menu.\n", "pl", "both"),
        ("Support Desk\n\n- Working the support queue: email, live chat and the phone line\n- Now and then ringing a "
         "club whose contract is due for renewal\n", "en", "both"),
        # round s90: the customers as "they" of the sentence before
        ("Member Care Rep\n\nWhen a member's AC quits in August, they call us. In between, you'll be phoning members "
         "whose plans are coming up for renewal.\n", "en", "both"),
    ],
)
def test_directions_of_rounds_s80_to_s90(ad: str, lang: str, direction: str) -> None:
    assert analyze(ad, lang=lang).direction == direction


def test_calls_to_the_people_who_answered_an_ad_are_the_jobs_when_a_duty_opens_with_them() -> None:
    # round s80: a taxi park's caller recruits drivers; "откликнулся" names the leads, not this ad's applicants
    ad = ("Оператор в таксопарк\n\nЧто делать:\n• Обзванивать тех, кто откликнулся на наше объявление «Работа "
          "водителем»: рассказать про условия аренды.\n")
    assert analyze(ad, lang="ru").direction == "outbound"
    # the recruiter's own promise stays the ad's, not the job's
    ad = ("Оператор на входящую линию\n\nОбязанности:\n• принимать звонки клиентов.\n\nМы перезвоним тем, кто "
          "откликнулся на вакансию.\n")
    assert analyze(ad, lang="ru").direction == "inbound"


@pytest.mark.parametrize(
    ("text", "lang", "kpis"),
    [
        # round s82: targets told as a working day
        ("Opiekun Klientów Biznesowych\n\nCzym się zajmiesz:\n- pomoc obecnym klientom.\nCo miesiąc masz cel dotyczący "
         "przedłużonych i nowych umów – od niego zależy premia. Liczy się też to, jak oceniają Cię klienci w krótkiej "
         "ankiecie.\n", "pl", {"sales_target", "csat"}),
        ("Claims Consultant\n\nWhat you'll do:\n- answer members who call about their claim.\nWe measure the quality "
         "of your conversations and how members rate us afterwards.\n", "en", {"quality", "csat"}),
        ("Администратор\n\nОбязанности:\n- записывать пациентов.\nНа сообщения в мессенджерах отвечаем не дольше 5 "
         "минут.\n", "ru", {"response_time"}),
    ],
)
def test_targets_of_round_s82(text: str, lang: str, kpis: set[str]) -> None:
    assert kpis <= set(analyze(text, lang=lang).kpis)


def test_calls_told_in_the_polite_address_or_to_families_are_the_jobs() -> None:
    # round s86: an owner's ad addresses the reader as "Pani/Pan"; a care agency's call to each family
    ad = ("Agencja ubezpieczeniowa szuka osoby do telefonu\n\nCodziennie dostaje Pani/Pan listę gospodarstw, którym "
          "kończy się polisa. Dzwoni Pani/Pan, przypomina i umawia termin podpisania.\n")
    assert analyze(ad, lang="pl").direction == "outbound"
    ad = ("Koordynator opieki\n\nZakres obowiązków:\n- odbieranie telefonów od rodzin, które szukają opieki,\n"
          "- telefon do każdej rodziny po pierwszym tygodniu opieki z pytaniem o opiekuna.\n")
    assert analyze(ad, lang="pl").direction == "both"


def test_the_jobs_calls_told_in_the_plural_you_go_out() -> None:
    # round s86: "звоните тем, кто ..." with a target is the job's call; "звоните нам" (no target) stays the ad's
    ad = ("Оператор контакт-центра\n\nКак выглядит работа\n— Большую часть смены вы принимаете звонки держателей "
          "карт.\n— Когда поток входящих стихает, звоните тем, кто начал заполнять заявку на сайте и не закончил.\n")
    assert analyze(ad, lang="ru").direction == "both"
    ad = "Оператор контакт-центра\n\nПринимаете звонки держателей карт.\n\nВопросы? Звоните нам: 8 800 000-00-00.\n"
    assert analyze(ad, lang="ru").direction == "inbound"


def test_a_sentence_with_the_application_mailbox_speaks_to_applicants() -> None:
    # round s86: "Message us here or email jobs@..." is how to apply, no customer writing in
    ad = ("Appointment Setter\n\nPeople leave their details on our website. You call them back the same day and book "
          "them in with one of our advisers.\n\nMessage us here or email jobs@baywise.example.co.uk\n")
    p = analyze(ad, lang="en")
    assert (p.direction, p.channels) == ("outbound", ("phone",))
    # ... while a customers' mailbox is the job's e-mail
    ad = "Customer Advisor\n\nYou answer calls from customers and reply to the emails they send to help@example.com.\n"
    assert "email" in analyze(ad, lang="en").channels


def test_people_the_job_rings_are_whom_it_calls() -> None:
    # round s86: a chat desk that rings lapsed subscribers on two afternoons a week
    ad = ("Customer Happiness Crew\n\nWhat you'd be doing:\nCustomers message us when something's off with their box, "
          "and you'll sort it.\nOn Thursday afternoons you'll jump on the phone and ring people who've paused their "
          "subscription.\n")
    assert analyze(ad, lang="en").direction == "both"


@pytest.mark.parametrize(
    ("ad", "direction"),
    [
        # round s89: the impersonal "dzwoni się do klienta" of an owner's ad is a call made; getting back to the
        # customer with the answer is the rest of the case the customer brought
        ("Telefon dzwoni od rana: komuś lodówka przestała chłodzić. A jak przyjdzie zamówiona część, dzwoni się do "
         "klienta i ustala termin drugiej wizyty.\n", "both"),
        ("Konsultant infolinii\n\nObowiązki:\n- odbierasz telefony od klientów,\n- szukasz paczek, które utknęły, i "
         "wracasz do klienta z odpowiedzią.\n", "inbound"),
    ],
)
def test_directions_of_round_s89(ad: str, direction: str) -> None:
    assert analyze(ad, lang="pl").direction == direction


@pytest.mark.parametrize(
    ("lang", "duty", "pay", "sells"),
    [
        # round s89 and older: pay for each thing sold, told with the pay, means the duties sell
        ("pl", "dzwonisz do kibiców, którym kończy się karnet", "28 zł brutto/h + premia od sprzedanych pakietów.",
         True),
        ("pl", "rozmawiasz z klientami o ich umowach", "Podstawa 5 200 zł + prowizję od każdej podpisanej umowy.",
         True),
        ("ru", "перезваниваете по заявкам с сайта", "Оклад 35 000 ₽ + процент от продаж.", True),
        ("en", "call drivers whose lease is ending", "£24,000 plus commission on plans renewed and sold.", True),
        # a bonus for a visit that took place sells nothing; no commission is no selling
        ("pl", "umawiasz wizyty doradców u klientów", "Stawka godzinowa + premia za każdą odbytą wizytę.", False),
        ("en", "call drivers whose lease is ending", "£24,000, and there is no commission on sales.", False),
    ],
)
def test_pay_for_each_sale_makes_selling_a_goal(lang: str, duty: str, pay: str, sells: bool) -> None:
    ad = DUTY_HEADS[lang] + duty + "\n\n" + pay + "\n"
    assert ("sales" in analyze(ad, lang=lang).goals) is sells


@pytest.mark.parametrize(
    ("lang", "ad", "direction"),
    [
        # round s91: the outgoing side of a two-way job told in one clause
        ("pl", "Specjalista ds. obsługi klienta\n\nObowiązki:\n- odpowiadać na telefony i maile klientów,\n- gdy umowa "
         "zbliża się do końca – zadzwonić z propozycją nowego leasingu.\n", "both"),
        ("pl", "Rodzice dzwonią z pytaniami o wolne miejsca – Ty im odpowiadasz, a po dniu otwartym przypominasz się "
         "telefonicznie tym, którzy się nie zdecydowali.\n", "both"),
        ("ru", "Специалист поддержки\n\nОбязанности:\n- отвечать в чате на сайте;\n- иногда позвонить покупательнице, "
         "если её заказ завис в пункте выдачи.\n", "both"),
        ("en", "Energy Advisor\n\nHalf of it is customers ringing up about their bills. The other half you will be "
         "on the phone to customers whose fixed tariff is ending.\n", "both"),
        # a singular caller before the verb; another team's follow-up is not the job's call
        ("en", "Our small team looks after everyone who rings, emails or sends us a message, plus following up with "
         "members whose direct debit has bounced.\n", "both"),
        ("en", "Social Care Executive\n\nYou will:\n- reply to fans on X and Instagram\n- log complaints in Zendesk so "
         "our Fan Relations team can follow up\n", "inbound"),
        # ... while "your calls" is the job's calls, no one calling in
        ("en", "Supporter Caller\n\nYou will:\n- phone supporters who give once a year\n\nReal stories from the "
         "families your calls help.\n", "outbound"),
        # round s92: calls to those whose policy ends ("звонки тем, у кого ...")
        ("ru", "Специалист контакт-центра\n\nБольшую часть смены вы на входящей линии: звонят клиенты, которые хотят "
         "оформить полис.\n\nОстальное время — звонки тем, у кого через месяц заканчивается ОСАГО.\n", "both"),
        # round s94: the outgoing side of a two-way desk in one clause
        ("ru", "Специалист техподдержки\n\nОбязанности:\n• Вам звонят абоненты, у которых ничего не работает.\n• В "
         "спокойные часы набираете тех, кто недавно от нас отключился.\n", "both"),
        ("pl", "Specjalista wsparcia\n\nObowiązki:\n- odpowiadasz na wiadomości użytkowników na czacie,\n- raz w "
         "tygodniu wysyłasz wiadomości do osób, którym wygasła subskrypcja.\n", "both"),
        ("en", "Member Care Agent\n\nWhat you'll do:\n- Answer calls, chats and texts from members about their plan\n\n"
         "You'll also make a handful of calls a week to members whose term is about to end.\n", "both"),
        # round s95: the outgoing side of a two-way desk in one clause
        ("en", "Customer Account Specialist\n\nThe role\n- Taking the orders that come in by phone and email\n- If an "
         "office that orders every two weeks hasn't ordered in six, you pick up the phone and try to win them back\n",
         "both"),
        ("en", "Homeowner Support Specialist\n\nWhat you'll do\n- Homeowners call or email you about their bills\n- "
         "When an autopay bounces, give the homeowner a friendly heads-up call before it turns into a late fee\n",
         "both"),
        ("ru", "Диспетчер\n\nОбязанности:\n• Жильцы звонят круглосуточно — оформляете заявки.\n• Днём набираете "
         "квартиры, где у счётчиков заканчивается срок поверки.\n", "both"),
        # round s96: the outgoing side in an HR team's words
        ("pl", "Koordynator obsługi zamówień\n\nZakres obowiązków:\n• prowadzenie zamówień klientów,\n• kontakt "
         "telefoniczny i mailowy z klientami w sprawie terminów dostaw; gdy produkcja się przesuwa – uprzedzenie "
         "klienta.\n", "both"),
        ("pl", "Specjalista wsparcia sprzedawców\n\nZajmujesz się:\n• odbieraniem telefonów i czatów od sprzedawców,\n"
         "• od czasu do czasu telefonem do sklepu, który po aktywacji nie przyjął płatności.\n", "both"),
        ("pl", "Konsultant ds. szkód\n\nTwoje obowiązki\n• rejestracja zgłoszeń szkód przyjmowanych telefonicznie i "
         "mailowo,\n• kontakt z poszkodowanymi w sprawie brakujących dokumentów.\n", "both"),
        ("ru", "Клиентский менеджер\n\nОбязанности:\n• обработка запросов, поступающих по почте и телефону;\n"
         "• плановые звонки каждому клиенту раз в квартал.\n", "both"),
        ("ru", "Оператор исходящих звонков\n\nРабота только на исходящих звонках: запись пациентов и входящую линию "
         "ведут другие сотрудники.\n", "outbound"),
        ("en", "Card Disputes Specialist\n\nResponsibilities\n- Intake of disputes received by phone, email and mail\n"
         "- Follow-up calls and emails to cardholders to obtain missing receipts\n", "both"),
        # the team's written channels told in the intro make no call
        ("pl", "Konsultant czatu\n\nNasz zespół pracuje zdalnie i kontaktuje się z klientami wyłącznie pisemnie.\n\n"
         "Obowiązki:\n- odpowiadanie na pytania klientów na czacie\n", "inbound"),
        # round s97: customers contacted about a matter, calls to passengers, starting calls with new sellers; the
        # customers "сами написали" write in; the candidates' applications are taken, not calls
        ("pl", "Specjalista reklamacji\n\nCzym się zajmiesz:\n✅ przyjmowanie zgłoszeń reklamacji telefonicznie i "
         "mailowo,\n✅ kontakt z klientami w sprawie postępu naprawy.\n", "both"),
        ("ru", "Специалист отдела возвратов\n\nОбязанности:\n• обработка обращений пассажиров, поступающих на почту;\n"
         "• звонки пассажирам для уточнения банковских реквизитов.\n", "both"),
        ("ru", "Менеджер по работе с продавцами\n\nОбязанности:\n• стартовые звонки с новыми продавцами;\n• разбор "
         "обращений, поступающих от продавцов в чат.\n", "both"),
        ("ru", "Специалист поддержки\n\nВы отвечаете клиентам, которые сами написали в банк.\n", "inbound"),
        ("pl", "Konsultant ds. sprzedaży telefonicznej\n\nObowiązki:\n- telefoniczna sprzedaż umów firmom.\n\n"
         "Zgłoszenia przyjmujemy do 30 dnia od publikacji ogłoszenia.\n", "outbound"),
        # round s98: proactive contact, news told before the customer asks, texts to the passengers of moved flights,
        # calls to new sellers, a tour operator's alerts; a line whose incoming calls are others' work
        ("en", "Customer Support Analyst\n\nResponsibilities\n• Answering phone calls and e-mails from employers\n"
         "• Proactive contact with customers whose payroll run failed to submit\n", "both"),
        ("pl", "Koordynator dostaw\n\nObowiązki:\n- informowanie klientów z wyprzedzeniem o przesunięciach "
         "transportu,\n- obsługa połączeń przychodzących w sprawie statusu zamówienia.\n", "both"),
        ("pl", "Konsultant ds. rezerwacji\n\nObowiązki:\n• obsługa połączeń przychodzących od pasażerów,\n"
         "• telefoniczny i SMS-owy kontakt z pasażerami, których loty zostały przesunięte.\n", "both"),
        ("pl", "Specjalista ds. obsługi sprzedawców\n\nObowiązki:\n• odpowiadanie na zgłoszenia sprzedawców na "
         "czacie,\n• telefoniczny kontakt z nowymi sprzedawcami w ich pierwszych 30 dniach.\n", "both"),
        ("ru", "Специалист по сопровождению туристов\n\nОбязанности:\n— ответы на письма туристов, поступающие на "
         "почту отдела;\n— оперативное оповещение туристов об изменениях полётной программы.\n", "both"),
        ("ru", "Менеджер по продлению клубных карт\n\nВходящие звонки у нас принимают администраторы клубов, поэтому "
         "работа в этой должности полностью исходящая.\n\nЗадачи:\n— звонки членам клуба с предложением продления.\n",
         "outbound"),
        # round s99: disputes reported by cardholders, borrowers advised by phone, proactive contact by telephone, a
        # parcel's follow-up (no call), proactive notices to a portfolio, residents' calls an office takes; a fully
        # outbound role
        ("en", "Disputes Specialist\n\nKey responsibilities\n• Assessment of disputed transactions reported by "
         "cardholders by phone\n• Outbound calls to cardholders requesting missing evidence\n", "both"),
        ("ru", "Специалист отдела сопровождения ипотеки\n\nОбязанности:\n- консультирование заёмщиков по телефону;\n"
         "- обзвон заёмщиков, запросивших справки для рефинансирования.\n", "both"),
        ("en", "Admissions Enquiries Officer\n\nMain duties\n• Responding to enquiries from applicants\n• Proactive "
         "telephone and email contact with offer holders\n", "both"),
        ("en", "Chat Agent\n\nMain duties\n• Processing of redelivery requests from parcel senders\n• Follow-up of "
         "parcels marked as delivered but not received\n", "inbound"),
        ("pl", "Opiekun Klienta Biznesowego\n\nZadania:\n– bieżąca obsługa zapytań klientów (telefon, e-mail),\n– "
         "proaktywne informowanie klientów z portfela o zakłóceniach w doręczeniach.\n", "both"),
        ("pl", "Praca w biurze\n\nFirma wywozowa zatrudni osobę do biura: telefony i maile od mieszkańców, "
         "harmonogramy wywozu.\n", "inbound"),
        ("en", "Membership Retention Advisor\n\nThis is a fully outbound role; you will not be part of the inbound "
         "members' line.\n\n- Outbound calls to members who asked to cancel\n", "outbound"),
        # rounds s100 and s101: the office all the calls reach, a university's admissions questions (no applicant's),
        # contact made ahead of a contract's end or a change, follow-ups that come in, a merchant's refund chased, a
        # pre-season campaign, claims reported by shops, "only the inbound line", "no incoming calls: you call"
        ("pl", "Konsultant Contact Center\n\nWszystkie telefony i wiadomości od właścicieli psów trafiają do naszego "
         "biura.\n\nZadania:\n• telefoniczne przypominanie o szczepieniach.\n", "both"),
        ("pl", "Konsultant Biura Rekrutacji\n\nZadania:\n• odpowiadanie na telefony i e-maile – pytania o kierunki "
         "i terminy rekrutacji,\n• kontakt telefoniczny z osobami, które nie dokończyły rejestracji.\n", "both"),
        ("pl", "Specjalista ds. floty\n\nZadania:\n• obsługa zapytań klientów kierowanych mailowo,\n• wyprzedzający "
         "kontakt z klientami przed końcem umowy.\n", "both"),
        ("pl", "Konsultant PPK\n\nZadania:\n• obsługa zapytań uczestników,\n• informowanie ich z wyprzedzeniem o "
         "ponownym zapisie.\n", "both"),
        ("pl", "Koordynator serwisu\n\nZadania:\n• obsługa reklamacji zgłaszanych przez sklepy,\n• kontakt "
         "telefoniczny i mailowy z klientami.\n", "both"),
        ("pl", "Konsultant centrum rezerwacji\n\nZadania:\n• odbieranie połączeń od kierowców,\n• realizacja "
         "kampanii przedsezonowych – kontakt telefoniczny w celu ustalenia terminu.\n", "both"),
        ("ru", "Координатор передачи квартир\n\nПринимаете звонки покупателей. Заранее сообщаете каждому о "
         "завершении стройки.\n", "both"),
        ("ru", "Специалист поддержки гостей\n\nГости звонят и пишут в чат. Если отель закрывается, вы заранее сами "
         "связываетесь с каждым гостем.\n", "both"),
        ("ru", "Оператор\n\nРабота только на входящей линии. Никаких продаж, холодных звонков и обзвона по базе.\n",
         "inbound"),
        ("ru", "Оператор\n\nВходящих звонков у вас не будет: звоните только вы. Регистратура принимает входящие "
         "звонки.\n\n— звонки пациентам о чекапе.\n", "outbound"),
        ("en", "Baggage Agent\n\nThe role\n- Welcoming passengers at the desk\n- Replying to follow-up emails "
         "from passengers\n", "inbound"),
        ("en", "Payments Specialist\n\nDuties\n- Resolving queries received through chat\n- Chasing merchant "
         "refunds that have not reached the customer\n", "inbound"),
        # round s103: a project "wholly outgoing in character", renewals begun before a contract lapses, calls to a
        # bouquet's recipients
        ("pl", "Konsultant\n\nProjekt ma wyłącznie charakter wychodzący: to my dzwonimy do klientów, a pytania "
         "przychodzące obsługuje infolinia przewoźnika.\n", "outbound"),
        ("pl", "Konsultant linii biznesowej\n\nZadania:\n• przyjmowanie zgłoszeń awarii,\n• kontakt z klientami "
         "przed upływem okresu obowiązywania umowy.\n", "both"),
        ("ru", "Оператор\n\nЗадачи:\n• приём заказов по телефону;\n• звонки получателям, чтобы уточнить "
         "адрес.\n", "both"),
        # round s102: missing parcels followed up with the couriers call no customer
        ("en", "Online Orders Advisor\n\nDuties\n- responding to emails and chats about order status\n- following "
         "up missing or damaged parcels with our courier partners\n", "inbound"),
        # dev ads read again: passengers who call and write in, a note written on the subscriber's record, outgoing
        # sales "we do not have"
        ("ru", "Специалист\n\nВам будут звонить и писать пассажиры, у которых потерялся багаж. Вы отвечаете на "
         "вопросы.\n", "inbound"),
        ("ru", "Оператор горячей линии\n\nЛюди звонят нам по поводу счетов.\n— Отвечаете на звонки.\n— После "
         "разговора пишете в карточке абонента, о чём договорились.\n", "inbound"),
        ("ru", "Оператор\n\nПринимать входящие звонки пациентов. Исходящих продаж и планов по продажам у нас "
         "нет.\n", "inbound"),
        # leads that came in, called back: every form of "входящий" is one lemma, and the ignore list's exact forms
        # ("=входящим =заявкам") win over the answering phrase of lemmas over the same words
        ("ru", "Менеджер по продажам онлайн-курсов (работа с входящими заявками)\n\nОбязанности:\n• звонить по "
         "входящим заявкам в течение 15 минут;\n• проводить презентацию курса.\n", "outbound"),
        ("ru", "Оператор\n\nЧто делать:\n📞 звонить по входящим заявкам в течение 15 минут;\n📅 записать человека на "
         "тест-драйв в салоне.\n", "outbound"),
        # round s105: customers told of changed terms and maturing deposits
        ("ru", "Специалист линии\n\nОбязанности:\n• подключение услуг по обращению клиента;\n• информирование "
         "клиентов об изменении условий обслуживания и о завершении срока вкладов.\n", "both"),
        # round s104: outgoing calls "we do not make"
        ("pl", "Konsultant\n\nOdbierasz telefony od klientów. Połączeń wychodzących z ofertami nie wykonujemy – na "
         "infolinię dzwonią do nas wyłącznie klienci.\n", "inbound"),
        ("en", "Outbound Appointment Setter\n\nWe are adding six part-time home-based callers to the team.\n- Calling "
         "existing customers to book their annual hearing check\n", "outbound"),
        ("en", "Resident Services Coordinator\n\n- Acting as the first point of contact for residents by phone and "
         "email\n- Notifying residents in advance of planned works and water shut-offs\n", "both"),
        ("ru", "Оператор\n\nОбязанности:\n— консультирование покупателей в чате;\n— согласование замен с "
         "покупателями, если нужной позиции нет на складе.\n", "both"),
        # round s106: all the calls outgoing, the incoming ones another team's; a team calling people; people asking
        ("pl", "Konsultant\n\n• dzwonisz do osób z formularza\n\nTo praca wyłącznie na połączeniach wychodzących – "
         "telefony przychodzące obsługuje nasz zespół infolinii.\n", "outbound"),
        ("pl", "Doradca ubezpieczeniowy\n\nNasz zespół telefoniczny dzwoni do ludzi, którzy sami poprosili o "
         "ofertę.\n", "outbound"),
        ("pl", "Konsultant ds. zapisów\n\nRozmawiasz z osobami, które pytają o kursy. Każde zgłoszenie z formularza "
         "to Twój telefon do tej osoby.\n", "both"),
        ("en", "Reception Crew\n\nWhat you'd be doing:\n- Picking up the reception phone and replying to residents on "
         "our WhatsApp line\n", "inbound"),
        # round s107: the duties under a Q&A layout's question in the candidate's voice, after the firm's part
        ("pl", "Konsultant ds. wizyt\n\nKim jesteście?\nProwadzimy infolinie dla firm.\n\nCo dokładnie będę robić?\n"
         "– odbierać telefony od abonentów,\n– dzwonić do nowych abonentów, żeby ustalić termin instalacji.\n", "both"),
        ("pl", "Konsultant windykacji\n\nDołączysz do zespołu konsultantów, którzy dzwonią do odbiorców zalegających z "
         "opłatami.\n", "outbound"),
        # ... and the duties put as what is expected day to day, after the offer
        ("pl", "Konsultant\n\nCo zyskujesz\n• umowę o pracę\n\nCzego oczekujemy od Ciebie na co dzień\n• że będziesz "
         "odbierać telefony od klientów\n• że zadzwonisz do klientów z przypomnieniem o wizycie\n", "both"),
        # round s108: calls to the employer's own clinics come in; the worker opens the contact; customers come to you
        ("pl", "Rejestratorka\n\nWszystkie telefony do naszych klinik trafiają do jednego miejsca.\n\nObowiązki:\n"
         "• odbierasz telefony pacjentów i umawiasz wizyty\n", "inbound"),
        ("pl", "Opiekun klienta\n\n• odpowiadasz na zapytania klientów na infolinii\n• pod koniec leasingu "
         "inicjujesz kontakt z klientem i przedstawiasz warunki wykupu\n", "both"),
        ("en", "Account Manager\n\nYour customers come to you directly with their questions, and you reach out to them "
         "well before their contract end date.\n", "both"),
        # round s109: the person customers ring, a renewal contact, a second line contacting the admin itself, the
        # worker writing first, quotes chased
        ("en", "Account Manager\n\nWhen something isn't right, you're the person they ring. About six months before a "
         "lease runs out, you'll get in touch to review their options.\n", "both"),
        ("ru", "Account Manager\n\nКлиенты пишут в чат или звонят напрямую. За 60 дней до конца подписки нужно самому "
         "выходить на клиента и договариваться о продлении.\n", "both"),
        ("ru", "Специалист второй линии\n\n• разбирать сложные обращения, которые не закрыла первая линия;\n• самим "
         "связываться с администратором клиента по телефону\n", "both"),
        ("pl", "Obsługa social media\n\n• odpowiadasz na komentarze i wiadomości\n• do osób, które zostawiły słabą "
         "ocenę, sama/sam piszesz z propozycją rozwiązania\n", "both"),
        ("en", "Sales Office Assistant\n\nYou'll take orders over the phone and chase quotes that haven't turned into "
         "orders yet.\n", "both"),
        # ... a debtor ringing on its own and a leader's own turn on the line are no calls made
        ("pl", "Rejestratorka\n\n• odbierasz telefony; wielu pacjentów samo dzwoni, żeby przełożyć wizytę\n",
         "inbound"),
    ],
)
def test_directions_of_rounds_s91_to_s109(lang: str, ad: str, direction: str) -> None:
    assert analyze(ad, lang=lang).direction == direction


def test_a_single_viewer_calling_in_is_the_incoming_side() -> None:
    # round s91: "Зритель звонит — ты подсказываешь расписание" beside calls made to companies
    ad = ("Кадровое агентство ищет оператора call-центра.\nЗритель звонит — ты подсказываешь расписание сеансов, "
          "бронируешь зал; перед премьерами ещё и обзваниваешь компании с предложением закрытого показа.\n")
    p = analyze(ad, lang="ru")
    assert (p.direction, p.role.id) == ("both", "inbound_agent")
    assert any(ad[a:b].startswith("Зритель") for a, b in p.evidence["direction.inbound"])


def test_orders_taken_on_the_calls_made_are_an_outbound_job() -> None:
    # round s92: a heating-oil round phoned each morning under a title that names the orders taken
    ad = ("Przyjmowanie zamówień na olej opałowy przez telefon\n\nKażdego ranka dostajesz listę klientów, którzy brali "
          "u nas olej w poprzednich latach. Dzwonisz, pytasz, ile mają jeszcze w zbiorniku, przyjmujesz zamówienie i "
          "wpisujesz je do grafiku kierowców.\n")
    p = analyze(ad, lang="pl")
    assert (p.direction, p.role.id) == ("outbound", "outbound_agent")
    # ... while a desk that takes the orders people phone in, and also calls some back, works both ways
    ad = ("Konsultant infolinii\n\nObowiązki:\n- przyjmujesz zamówienia od klientów, którzy dzwonią na infolinię,\n"
          "- dzwonisz do klientów, gdy towaru zabraknie.\n")
    assert analyze(ad, lang="pl").direction == "both"


def test_a_call_to_each_pharmacy_with_an_order_proposal_sells_and_calls_out() -> None:
    # round s93: a wholesaler's desk that takes the pharmacies' orders and, at the month's end, phones each of them
    ad = ("Specjalista ds. obsługi aptek\n\nObowiązki:\n• przyjmowanie zamówień od aptek przez telefon i e-mail,\n"
          "• opieka nad przydzielonymi aptekami, a przed końcem miesiąca także telefon do każdej z nich z propozycją "
          "zamówienia towarów z promocji.\n")
    p = analyze(ad, lang="pl")
    assert p.direction == "both"
    assert "sales" in p.goals


def test_a_team_leader_who_takes_over_escalations_works_the_incoming_side() -> None:
    # dev pl-s72-c: an e-learning support team's leader; no channel named, the escalated contacts come in
    ad = ("Team Leader zespołu wsparcia użytkowników\n\nObowiązki:\n- kierujesz zespołem sześciu konsultantów,\n"
          "- przejmujesz sprawy eskalowane przez zespół i doprowadzasz je do końca.\n")
    p = analyze(ad, lang="pl")
    assert (p.role.id, p.direction) == ("team_leader", "inbound")


@pytest.mark.parametrize(
    "duty",
    [
        # dev rounds s36-s63, two-way jobs read as inbound: the outgoing side told in words the lexicons lacked
        "samemu dzwonić i słać SMS-y do osób, które zostawiły rower poza stacją",
        "telefoniczny lub mailowy kontakt z wnioskodawcą, gdy brakuje dokumentu",
        "gdy czegoś brakuje, sam(a) kontaktujesz się z twórcą, zanim projekt wystartuje",
    ],
)
def test_the_outgoing_side_of_a_desk_that_answers(duty: str) -> None:
    ad = "Konsultant\n\nObowiązki:\n- odbierasz telefony i odpowiadasz na maile użytkowników,\n- " + duty + ".\n"
    assert analyze(ad, lang="pl").direction == "both"



def test_the_phones_picked_up_are_the_calls_taken() -> None:
    # dev s22: "you'll pick up the phones" answers them; "you pick up the phone" (round s95) makes a call
    ad = "Membership Advisor\n\nDay to day you'll pick up the phones and the membership inbox.\n"
    assert analyze(ad, lang="en").direction == "inbound"


@pytest.mark.parametrize(
    ("lang", "ad", "channels"),
    [
        # round s95: the handset the callers are on; the customer's own till, a cold caller's gatekeeper, a text
        # service on the bill, a letter of recommendation, a service reception's drive-in desk
        ("pl", "Konsultant wsparcia technicznego\n\nKto będzie po drugiej stronie słuchawki?\n• pani, której "
         "internet nie działa – sprawdzasz łącze\n", ("phone",)),
        ("pl", "Konsultant pomocy technicznej\n\nDzwonią do Ciebie ludzie, którzy akurat mają klienta przy kasie i "
         "nie mogą przyjąć zapłaty.\n", ("phone",)),
        ("en", "B2B Telesales\n\nWhat you'll do\n- Picking up the phone, getting past reception to the person who "
         "decides\n", ("phone",)),
        ("pl", "Lider zespołu infolinii\n\nObowiązki:\n- rozmowy z abonentem, który płaci za usługę SMS premium, "
         "której nie zamawiał\n- odsłuch rozmów konsultantów infolinii\n", ("phone",)),
        ("en", "Contact Center Representative\n\nYou'll answer the phone line and text applicants whose files are "
         "missing a recommendation letter.\n", ("phone", "sms")),
        ("ru", "Мастер-консультант\n\nКлиент приезжает с жалобой — вы принимаете машину и оформляете заказ-наряд. "
         "Принимаете звонки тех, кто хочет записаться.\n", ("in_person", "phone")),
        # round s96: a web shop visited by many, customers who texted the network for a code
        ("pl", "Konsultant infolinii technicznej\n\nNasz sklep internetowy odwiedzany przez milion osób szuka "
         "konsultantów.\n\nObowiązki:\n- odbieranie telefonów od klientów\n", ("phone",)),
        ("en", "Loyalty Advisor\n\nWhat you'll do\n- Win-back calls to customers who have texted for a PAC code to "
         "leave the network\n", ("phone",)),
    ],
)
def test_channels_of_rounds_s95_s96(lang: str, ad: str, channels: tuple[str, ...]) -> None:
    assert set(analyze(ad, lang=lang).channels) == set(channels)



@pytest.mark.parametrize(
    ("lang", "duty"),
    [
        # round s97: cases put right in an HR team's nominal phrases
        ("en", "Resolution of post-stay billing queries, such as duplicate card pre-authorisations"),
        ("en", "Investigating missed or returned direct deposits"),
        ("pl", "ustalanie przyczyn opóźnionych wypłat i doprowadzanie wypłaty do skutku"),
        ("pl", "wyjaśnianie zawyżonych faktur i sporządzanie faktur korygujących"),
        ("ru", "поиск платежей, которые не поступили на лицевой счёт, и направление запроса на ручное зачисление"),
        ("ru", "перерасчёт абонентской платы за дни без связи"),
        # round s99: an application's problems, a fare charged without a ticket, a balance that differs from the
        # customer's transfers, a payment that never reached the account, money taken twice (the reason a leaving
        # customer gives, "в роуминге списали лишнее", is no case put right: dev ru-s47-c)
        ("en", "Investigation of problems with applications: qualifications recorded incorrectly, offers issued "
         "against the wrong course"),
        ("pl", "wyjaśnianie sytuacji podróżnych, którym pobrano opłatę, a bilet nie został wygenerowany"),
        ("pl", "uzgadnianie z klientem różnic pomiędzy saldem w systemie a jego zestawieniem przelewów"),
        ("ru", "обработка обращений: платёж проведён терминалом, но не поступил на счёт получателя"),
        ("ru", "ответы в чате приложения: списали лишние деньги за поездку"),
        # rounds s100 and s101: a register's wrong entries, a card payment not taken, shipping mistakes, overdue
        # refunds, disputed charges sorted out by a leader, a contract's wrong data traced, duplicate records, missing
        # parcels, money credited back (the claims about disputed charges that a line takes and passes on are
        # complaints: dev ru-s64-d, ru-s67-e)
        ("pl", "analiza przyczyn nieprawidłowości w rejestrze uczestników oraz przeprowadzanie korekt"),
        ("pl", "ustalanie, dlaczego opłata kartą nie została pobrana"),
        ("pl", "pomyłki w wysyłce – wyjaśnianie i wymiana"),
        ("pl", "zaległe zwroty pieniędzy – wyjaśnianie z księgowością"),
        ("ru", "разбор спорных списаний за абонементы"),
        ("ru", "если в договоре обнаружилась ошибка в данных покупателя, вы выясняете, на каком этапе она возникла"),
        ("en", "Correcting duplicate or out-of-date patient records"),
        ("en", "Tracing delayed or missing parcels with the courier depots"),
        ("en", "Following each dispute through until the customer's money has been credited back"),
    ],
)
def test_cases_put_right_of_rounds_s97_to_s101(lang: str, duty: str) -> None:
    assert "problem_resolution" in goals_of(lang, duty)


@pytest.mark.parametrize(
    ("lang", "duty", "goal", "stated"),
    [
        # rounds s100 and s101: leads qualified and benefits presented before a field adviser's meeting (sales);
        # customers recontracted, a renewal seen through, a card kept, an extension's terms presented (retention);
        # e-books downloaded, a TV's firmware updated (technical support)
        ("pl", "krótkie przedstawienie korzyści z własnej instalacji i dostępnych dotacji", "sales", True),
        ("pl", "kwalifikowanie kontaktów – typ obiektu, obecne zabezpieczenia", "sales", True),
        ("en", "Contacting customers near the end of their contract and recontracting them on a new plan", "retention",
         True),
        ("ru", "работа с клиентами, которые намерены закрыть карту: предложение других условий", "retention", True),
        ("pl", "proaktywny kontakt z klientami, prezentacja warunków przedłużenia", "retention", True),
        ("pl", "pomoc w pobieraniu e-booków i odzyskiwaniu dostępu do konta", "technical_support", True),
        ("ru", "подсказки по настройке купленной техники: обновить прошивку", "technical_support", True),
        # ... and words of other things: a patient's symptoms, the ways to repay a card explained, a trip's
        # cancellation insurance, a patrol's intervention sold with an alarm, the causes of faults reported to the
        # quality team, a loan balance's statement, a heating network's contracted power, standing orders (a way to
        # pay), lockers out of order
        ("ru", "подбор программы обследования под возраст и жалобы пациента", "complaints", False),
        ("ru", "консультации по способам погашения задолженности через приложение", "debt_collection", False),
        ("pl", "proponowanie ubezpieczenia od kosztów rezygnacji", "retention", False),
        ("pl", "krótka prezentacja usługi monitoringu z interwencją patrolu", "incident_intake", False),
        ("pl", "raportowanie najczęstszych przyczyn usterek do działu jakości", "incident_intake", False),
        ("pl", "wydawanie zaświadczeń o saldzie zadłużenia", "debt_collection", False),
        ("pl", "wyjaśnianie zmiany mocy zamówionej", "order_processing", False),
        ("en", "Questions about standing orders and direct debits", "order_processing", False),
        ("en", "Logging out-of-order lockers for the maintenance team", "order_processing", False),
        # round s103: where a bag went astray, why a delivery did not happen (cases put right), more bandwidth
        # proposed (sales); refunds under the fare rules are transactions, no complaint (the lexicons alone on dev: 24
        # wrong goals fewer, 7 more right)
        ("pl", "ustalanie, na którym etapie podróży bagaż się zawieruszył", "problem_resolution", True),
        ("pl", "wyjaśnianie, dlaczego dostawa się nie odbyła, i poprawa danych zlecenia", "problem_resolution", True),
        ("pl", "przedstawianie warunków przedłużenia oraz propozycji zwiększenia przepustowości", "sales", True),
        ("en", "Refunds under fare rules", "complaints", False),
        ("en", "Refunds under fare rules", "order_processing", True),
        # round s102: payments applied to the wrong loan (a case put right, no debt); a leak the meter data hints at, an
        # order's history checked, parcels never delivered (no goal of their own)
        ("en", "Research and resolve misapplied or missing payments", "problem_resolution", True),
        ("en", "Research and resolve misapplied or missing payments", "debt_collection", False),
        ("en", "Calling customers whose meter data shows a hidden leak", "incident_intake", False),
        ("ru", "разбор спорных списаний комиссии: проверка истории заказа и маршрута", "order_processing", False),
        ("pl", "pośrednictwo w sporach dotyczących niedostarczonych przesyłek", "order_processing", False),
        # round s105: a refund followed until the money is back is a transaction, as in Polish and English; a charge
        # taken twice after a comma and "или" is no longer under the "не" of the clause before
        ("ru", "контроль возврата средств до их зачисления клиенту", "complaints", False),
        ("ru", "контроль возврата средств до их зачисления клиенту", "order_processing", True),
        ("ru", "выяснение причин, по которым оплата прошла, а билет не был выписан, или деньги списаны дважды",
         "problem_resolution", True),
        # ... devices booked in on arrival, a pass that renewed on its own, requests noted for the hotel, courier
        # collections and returns state no booking, retention, record or complaint; accounts referred to the specialist
        # teams far down a long line are still passed on
        ("en", "Booking in mail-in devices on arrival, checking them against the customer's order",
         "appointment_setting", False),
        ("en", "Digging into cases: a monthly pass that renewed after it was cancelled", "retention", False),
        ("en", "Creation and cancellation of reservations, with special requests noted for the hotel teams",
         "documentation", False),
        ("en", "Booking courier collections and returns", "complaints", False),
        ("en", "Referring accounts that need a meter investigation or a change of supplier correction to the "
         "specialist teams", "escalation", True),
        # round s104: faults passed to the water emergency's dispatcher, the network operator or the field crews
        # further on in the line are the faults' intake, no case escalated (dev: 19 escalations wrong fewer)
        ("pl", "przyjmowanie zgłoszeń o awariach sieci wodociągowej i przekazywanie ich do Dyspozytora Pogotowia "
         "Wodociągowego", "escalation", False),
        ("pl", "przyjmowanie zgłoszeń o awariach sieci wodociągowej i przekazywanie ich do Dyspozytora Pogotowia "
         "Wodociągowego", "incident_intake", True),
        ("pl", "przekazywanie usterek wymagających wizyty na dachu do ekip serwisowych", "escalation", False),
        ("pl", "przyjmowanie zgłoszeń uszkodzonych gazomierzy i przekazywanie ich do operatora sieci dystrybucyjnej",
         "escalation", False),
        ("pl", "przekazywanie zgłoszeń o uszkodzonych rowerach do zespołu serwisu terenowego", "escalation", False),
        # ... bugs reported to the product team are passed on; where a payment went wrong found out, fees charged
        # wrongly explained: cases put right
        ("pl", "zgłaszanie błędów aplikacji zespołowi produktowemu w Jirze", "escalation", True),
        ("pl", "gdy odszkodowanie nie wpłynęło, sprawdzasz, na którym etapie powstał błąd", "problem_resolution", True),
        ("pl", "wyjaśnianie nieprawidłowo naliczonego czesnego i opłat za wyżywienie", "problem_resolution", True),
        # ... grievances routed to their unit, members flagged to the franchise partner (escalation); a repayment plan
        # changed on request collects no debt
        ("en", "Take grievances and appeals over the phone and route them to the Appeals & Grievances unit",
         "escalation", True),
        ("en", "Flagging members who say they cancelled at their club, so the franchise partner can review the case",
         "escalation", True),
        ("en", "Processing of requests for deferment, forbearance and repayment plan changes", "debt_collection",
         False),
        # round s105: calls put through to the job, a calendar of contacts in the CRM; amounts taken without cause
        # put right
        ("pl", "rozmowy z abonentami, którzy chcą rozwiązać umowę – połączenia te są przekazywane do Ciebie z "
         "infolinii głównej", "escalation", False),
        ("pl", "prowadzenie bazy klientów i kalendarza kontaktów w systemie CRM", "appointment_setting", False),
        ("pl", "wyjaśnianie naliczonych opłat oraz korygowanie niesłusznie pobranych kwot", "problem_resolution", True),
        ("ru", "работа с покупателями, приостановившими подписку: выяснение причин, предложение персональных условий",
         "retention", True),
        ("ru", "если производство выбивается из графика — заранее предупреждаете и предлагаете новую дату", "sales",
         False),
        ("pl", "ustalanie z działem produkcji, skąd wziął się błąd w wymiarach, oraz organizowanie poprawki",
         "problem_resolution", True),
        # round s106: a breakdown told two items above the tow truck sent to it is its intake, no escalation
        ("en", "answering calls from members who have broken down\n- checking where they are on the map\n- sending "
         "the nearest contracted tow truck or service technician to the member's location", "escalation", False),
        # ... and how to apply is no duty ("we can't take applications that way")
        ("en", "checking residents in\n\nApply through our careers page, please don't send your CV by message, we "
         "can't take applications that way", "order_processing", False),
        ("pl", "wprowadzasz zgłoszenia dzieci do systemu rekrutacji", "order_processing", True),
        # round s106: a shift's notes in a shared sheet; drivers booked into the garage; where an error arose found
        ("ru", "всё, что сделал, отмечать в общей таблице, чтобы следующая смена была в курсе", "documentation", True),
        ("ru", "записывать водителей на ТО и ремонт в наш автосервис", "appointment_setting", True),
        ("ru", "ты находишь, где произошла ошибка, и добиваешься, чтобы её исправили", "problem_resolution", True),
        # ... orders passed to the drivers are no case escalated; a payment put to the right person's account
        ("pl", "przekazujesz zamówienia kierowcom i pilnujesz, żeby każdy klient wiedział, kiedy przyjedzie cysterna",
         "escalation", False),
        ("pl", "gdy wpłata trafiła na konto z błędnym tytułem, przypisujesz płatność właściwej osobie",
         "problem_resolution", True),
        # round s108: arrears handed to other teams are no collecting of the job's; its own reminders are
        ("pl", "sprawy szkodowe i zaległości w płatnościach przekazujesz do właściwych zespołów", "debt_collection",
         False),
        ("pl", "przekazujesz do właściwych zespołów sprawy szkodowe", "escalation", True),
        ("ru", "если платёж задержался, вежливо напоминаете и договариваетесь о дате оплаты (длительную просрочку "
         "передаёте в службу безопасности)", "debt_collection", True),
        # ... and complaints passed on stay an escalation after a fault told earlier in the part
        ("pl", "kod z paragonu nie działa – ponawiasz doładowanie. Reklamacje, których nie da się rozwiązać od ręki, "
         "opisujesz i przekazujesz do operatora sieci", "escalation", True),
        # ... calls directed to the desk are taken, not passed on; a rota and a booking form are no record or order
        ("pl", "między wizytami odbierasz telefony kierowane do BOK i odpowiadasz na pisma", "escalation", False),
        ("pl", "odpisujesz na maile i wiadomości z formularza rezerwacji na stronie", "order_processing", False),
        ("pl", "odbierasz telefony; dyżury w systemie rotacyjnym", "documentation", False),
        ("pl", "zawieszasz, przedłużasz i zmieniasz karnety klubowiczów", "order_processing", True),
        ("pl", "a kiedy ktoś pisze, że rezygnuje, dopytujesz, co się stało, i proponujesz przerwę", "retention", True),
        ("ru", "набираешь тех, у кого абонемент закончился, и зовёшь вернуться", "retention", True),
        ("ru", "вносить исправления в бронирование (опечатка в фамилии)", "problem_resolution", True),
        ("ru", "сверяете переданные показания счётчиков с данными в базе вместе с расчётным отделом", "escalation",
         False),
        ("en", "when a deposit hasn't been recorded, you trace what happened", "documentation", False),
        # a car's faults written on its job card and damage claims taken are no fault's intake; a fault reported is
        ("pl", "przyjmujesz auta na serwis, spisujesz usterki i otwierasz zlecenia", "incident_intake", False),
        ("pl", "przyjmujesz zgłoszenia uszkodzeń w transporcie i prosisz o zdjęcia", "incident_intake", False),
        ("pl", "przyjmujesz zgłoszenia uszkodzeń w transporcie i prosisz o zdjęcia", "complaints", True),
        ("pl", "gdy usterki nie da się usunąć zdalnie, zakładasz zgłoszenie dla technika", "incident_intake", True),
        ("pl", "przyjmujesz zgłoszenia dzieci i kompletujesz dokumenty", "order_processing", True),
        # round s109: a waste company's collections are bins emptied; a measures' header after the duties
        ("en", "Most of your day will be spent keeping collections running smoothly for 1,800 businesses",
         "debt_collection", False),
        # orders typed into the system are the order, no record of the contact; a date written into the diary a booking
        ("pl", "odpowiadanie na pytania o terminy; wprowadzanie zamówień do systemu ERP", "documentation", False),
        ("pl", "zapraszasz na bezpłatną konsultację z lekarzem – termin wpisujesz od razu do grafiku",
         "appointment_setting", True),
        ("ru", "бронировать номера во всех отелях сети, вносить изменения и оформлять отмены", "documentation", False),
        # an app's sync failures are a technical case, no incident taken; a power failure reported is
        ("en", "picking up tickets Level 1 can't crack: sync failures, corrupted records, photo upload failures",
         "incident_intake", False),
        ("en", "take calls from customers reporting a power failure and log it for the network team", "incident_intake",
         True),
        ("ru", "Что ты будешь делать\n• отвечать клиентам в чате\n\nКак мы меряем результат (KPI)\n— NPS клиентов по "
         "опросу раз в полгода", "surveys", False),
    ],
)
def test_goals_of_rounds_s100_to_s108(lang: str, duty: str, goal: str, stated: bool) -> None:
    assert (goal in goals_of(lang, duty)) == stated


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        # round s110: a telefundraising team's leader "won't be on the phones yourself" (the README: a team leader who
        # takes none of the contacts has no direction)
        ("Team Leader – Telephone Fundraising\n\nWe are looking for a Team Leader for one of our calling teams. You "
         "won't be on the phones yourself; you coach the callers.\n\nWhat you'll do:\n• Coaching a team of 12 "
         "callers who ring our supporters\n• Planning daily call lists\n", "en"),
        ("Team Leader zespołu telesprzedaży\n\nObowiązki:\n- prowadzisz zespół 10 konsultantów, którzy dzwonią do "
         "klientów z ofertą,\n- sam nie prowadzisz rozmów z klientami: słuchasz nagrań i dajesz feedback.\n", "pl"),
        ("Руководитель группы операторов\n\nОбязанности:\n- руководство группой из 12 операторов входящей линии;\n"
         "- сами звонки не принимаете: прослушиваете записи и проводите разборы.\n", "ru"),
    ],
)
def test_a_team_leader_off_the_line_has_no_direction(ad: str, lang: str) -> None:
    p = analyze(ad, lang=lang)
    assert (p.role.id, p.direction) == ("team_leader", None)
    assert "direction.off_the_line" in p.evidence


def test_off_the_line_words_leave_an_agents_direction_alone() -> None:
    # an agent's ad that says the phone is not theirs keeps its line (the words concern team leaders only)
    ad = ("Konsultant czatu\n\nObowiązki:\n- odpowiadasz na pytania klientów na czacie,\n- nie odbierasz "
          "telefonów, nie rozmawiasz z klientami przez telefon.\n")
    p = analyze(ad, lang="pl")
    assert p.direction == "inbound"
    assert "direction.off_the_line" not in p.evidence


def test_leading_a_team_is_no_case_sent_to_it() -> None:
    # round s111: "kierowanie zespołem" leads the team; nothing is escalated to it
    ad = ("Team Leader Centrum Kontaktu z Pacjentem\n\nZakres obowiązków:\n• kierowanie zespołem 15 konsultantów: "
          "planowanie grafiku, odprawy,\n• przygotowywanie raportów.\n")
    with goal_model.using(goal_model.EMPTY):
        p = analyze(ad, lang="pl")
    assert "escalation" not in p.goals


@pytest.mark.parametrize(
    ("lang", "duty"),
    [
        # a contact or a case written down where it is kept: a recording verb and its record a few words on (the
        # lexicons' phrases missed these; dev: documentation 76 missed fewer, none read wrongly more)
        ("en", "Record each interaction accurately in the customer relationship management system"),
        ("en", "Keep the CRM up to date with every call, outcome and next step"),
        ("en", "Update supporter records and Gift Aid declarations carefully after every call"),
        ("pl", "każdą rozmowę zapisujesz w naszym CRM-ie"),
        ("pl", "prowadzenie kartoteki urządzeń klientów (model, numer seryjny, historia przeglądów)"),
        ("ru", "фиксировать результаты звонков в CRM"),
        ("ru", "вести историю обращений клиентов"),
        ("ru", "оставлять заметки по каждому обращению в нашей CRM"),
        ("pl", "aktualizujesz dane kontaktowe i zgody w bazie darczyńców"),
        ("pl", "opisywać przebieg każdej sprawy w Freshdesku"),
    ],
)
def test_a_contact_written_down_where_it_is_kept_is_documentation(lang: str, duty: str) -> None:
    with goal_model.using(goal_model.EMPTY):
        assert "documentation" in goals_of(lang, duty)


@pytest.mark.parametrize(
    ("lang", "duty"),
    [
        # an order or a booking entered, customers kept up to date: no record of the contact
        ("en", "Enter orders and update bookings in the dispatch system"),
        ("en", "Keep customers updated by phone and email until their case is closed"),
        ("pl", "zamówienia klientów zapisujesz w naszym systemie"),
    ],
)
def test_a_transaction_entered_or_a_customer_updated_is_no_record(lang: str, duty: str) -> None:
    with goal_model.using(goal_model.EMPTY):
        assert "documentation" not in goals_of(lang, duty)


def test_the_offers_training_before_the_first_call_answers_no_one() -> None:
    # round s113: "Four weeks of paid classroom training before you take your first call" in the package
    ad = ("Upgrade Advisor\n\nAbout the role\nEvery customer gets a call from this team before their contract ends.\n\n"
          "The package\n- Four weeks of paid classroom training before you take your first call\n")  # fmt: skip
    assert analyze(ad, lang="en").direction == "outbound"


def test_the_calls_another_team_takes_leave_the_job_outbound() -> None:
    # round s114: "Incoming calls go to our supporter care team; this job is outbound calling only."
    ad = ("Telephone Fundraiser\n\nWhat will I be doing?\nPhoning our supporters.\n\nWill I take incoming calls?\n"
          "No. Incoming calls go to our supporter care team; this job is outbound calling only.\n")  # fmt: skip
    assert analyze(ad, lang="en").direction == "outbound"


def test_no_cold_calls_in_english_in_a_russian_ad() -> None:
    # round s115: "No sales, no cold calls — только помощь."
    ad = "Специалист поддержки\n\nОбязанности:\n- отвечать в чате\n\nNo sales, no cold calls — только помощь.\n"
    assert analyze(ad, lang="ru").direction == "inbound"


def test_the_candidates_questions_a_qa_ad_answers_are_no_inbound_line() -> None:
    # round s115: "odpowiedzi na pytania, które zadaje nam prawie każdy kandydat" in the intro of a survey caller's ad
    ad = (
        "Ankieter telefoniczny\n\nCentrum Medyczne szuka ankieterów do badania satysfakcji pacjentów. Zamiast "
        "długiego ogłoszenia – odpowiedzi na pytania, które zadaje nam prawie każdy kandydat.\n\nCo będę robić?\n"
        "Dzwonisz do pacjentów i zadajesz im kilkanaście pytań.\n"
    )
    p = analyze(ad, lang="pl")
    assert not any("odpowiedzi" in p.text[a:b] for a, b in p.evidence.get("direction.inbound", ()))


@pytest.mark.parametrize(
    ("lang", "ad"),
    [
        (
            "en",
            "Customer Service Executive\n\nWho we are\nA family-owned courier with 210 vans on the road.\n\n"
            "You will work across e-mail, live chat and the phone.\n\n"
            "The job\n- Tracking down parcels that went astray\n",
        ),
        (
            "en",
            "Customer Service Advisor\n\nAbout us\nA mutual insurer owned by its members.\n\n"
            "Most of your day will be spent on the phone, with some time on our web chat.\n\n"
            "What you'll be doing\n- Explaining what a policy covers\n",
        ),
    ],
)
def test_the_channels_the_firm_tells_the_candidate_amid_its_story_are_the_jobs(lang: str, ad: str) -> None:
    assert "phone" in analyze(ad, lang=lang).channels


def test_the_channels_of_the_firms_story_are_not_the_jobs() -> None:
    ad = (
        "Customer Service Executive\n\nWho we are\nOur customers reach us by phone and live chat.\n\n"
        "The job\n- Answering e-mails about deliveries\n"
    )
    assert analyze(ad, lang="en").channels == ("email",)


def test_the_citizens_another_office_receives_leave_a_collectors_line_outbound() -> None:
    p = analyze(
        "Специалист по работе с задолженностью\n\nРабота — исходящие звонки абонентам с долгом за электроэнергию. "
        "Входящих звонков в отделе нет: обращения граждан принимает наш клиентский офис.\n",
        lang="ru",
    )
    assert p.direction == "outbound"
    assert "in_person" not in p.channels


def test_a_respondent_who_rings_the_project_back_makes_a_survey_line_two_way() -> None:
    p = analyze(
        "Интервьюер\n\nЧто делать?\nЗвонить респондентам по номерам из программы и задавать вопросы по анкете. "
        "Бывает, что человек сам перезванивает на номер проекта, — такие звонки тоже принимаете вы.\n",
        lang="ru",
    )
    assert p.direction == "both"


@pytest.mark.parametrize(
    ("lang", "ad"),
    [
        ("en", "Box Office Assistant\n\nWhat the job involves\n- Serving customers at the box office window\n"),
        ("ru", "Оператор\n\nВторая часть работы — стойка выдачи интернет-заказов в аптеке.\n"),
    ],
)
def test_a_box_office_window_and_a_pharmacys_pick_up_counter_are_face_to_face(lang: str, ad: str) -> None:
    assert "in_person" in analyze(ad, lang=lang).channels


@pytest.mark.parametrize(
    ("lang", "ad"),
    [
        (
            "pl",
            "Doradca Abonenta\n\nNa czym polega praca?\n→ Rozmawiasz z abonentami, którzy mają pytania o fakturę.\n"
            "→ Opisujesz przebieg każdej rozmowy w systemie.\n",
        ),
        ("ru", "Специалист\n\nОбязанности:\n— разговаривать с абонентами о тарифах;\n— фиксировать итоги в CRM.\n"),
        ("en", "Advisor\n\nThe job\n- Talk customers through their renewal options\n- Log every request\n"),
    ],
)
def test_conversations_of_an_ad_that_names_no_channel_are_calls(lang: str, ad: str) -> None:
    assert analyze(ad, lang=lang).channels == ("phone",)


def test_conversations_beside_a_named_channel_add_no_phone() -> None:
    ad = "Advisor\n\nThe job\n- Answer customers by live chat and talk customers through their options\n"
    assert analyze(ad, lang="en").channels == ("chat",)


@pytest.mark.parametrize(
    ("lang", "ad"),
    [
        (
            "en",
            "Loyalty Advisor\n\nWhat you'll do\n- Handle calls from customers thinking of leaving\n"
            "- Work through your daily list of customers whose contract ends in the next 60 days\n",
        ),
        (
            "pl",
            "Konsultant rejestracji\n\nZakres obowiązków:\n- odbieranie telefonów i wiadomości od pacjentów\n"
            "- dzień przed zabiegiem upewnianie się, że pacjent pamięta o wizycie\n",
        ),
        (
            "ru",
            "Специалист по удержанию\n\nОбязанности:\n- принимать звонки абонентов\n"
            "- связываться с абонентами, оставившими на сайте заявку на перенос номера\n",
        ),
    ],
)
def test_an_inbound_desk_whose_duties_imply_its_own_calls_works_both_ways(lang: str, ad: str) -> None:
    assert analyze(ad, lang=lang).direction == "both"


@pytest.mark.parametrize(
    ("lang", "ad", "channels"),
    [
        # another team's channels in the clause that names it; the job's in the clause before
        (
            "ru",
            "Оператор\n\nРабота только на исходящих звонках: входящую линию и чат ведёт другой отдел.\n",
            ("phone",),
        ),
        # a team being formed for this job is no other team
        (
            "ru",
            "Специалист\n\nМы собираем отдельную команду, которая отвечает покупателям в чате и по почте.\n",
            ("chat", "email"),
        ),
        # a fraud unit and orders waiting at a pick-up point are no desks of the job
        ("en", "Claims Advisor\n\nThe job\n- Take calls; refer fraud to our counter-fraud unit\n", ("phone",)),
        ("ru", "Оператор\n\nОбязанности:\n• звонить, напоминать о заказах, которые ждут в пункте выдачи\n", ("phone",)),
    ],
)
def test_the_channels_of_another_team_or_another_place_are_not_the_jobs(
    lang: str, ad: str, channels: tuple[str, ...]
) -> None:
    assert analyze(ad, lang=lang).channels == channels


@pytest.mark.parametrize(
    ("lang", "ad", "channels", "direction"),
    [
        # round s118: the call the customers would rather not make; the worker's own device; another project's hiring;
        # the recruiter's form and call back
        (
            "en",
            "Social Care Advisor\n\nMany customers would rather message us on Facebook than phone a branch. "
            "You answer them on Facebook and Instagram.\n",
            ("social_media",),
            "inbound",
        ),
        ("pl", "Czat z domu\n\nOdpisujesz klientom na czacie, wystarczy telefon lub laptop.\n", ("chat",), "inbound"),
        (
            "ru",
            "Оператор чата\n\nОтвечаете клиентам в чате.\n\n"
            "Анкета — по ссылке в профиле компании, перезваниваем в течение дня.\n",
            ("chat",),
            "inbound",
        ),
    ],
)
def test_channels_and_calls_that_are_not_the_jobs(
    lang: str, ad: str, channels: tuple[str, ...], direction: str
) -> None:
    p = analyze(ad, lang=lang)
    assert (p.channels, p.direction) == (channels, direction)


@pytest.mark.parametrize(
    ("lang", "ad", "direction"),
    [
        # round s119: the customers' first call ("call they make" is no "call them"); a delivery hour confirmed the day
        # before is a call made
        (
            "en",
            "Team Leader\n\nWhen a driver has an accident, the first call they make is to our claims line.\n\n"
            "What you'll do\n• Take escalated calls from upset customers\n",
            "inbound",
        ),
        (
            "pl",
            "Koordynator dostaw\n\nTwoje zadania:\n• potwierdzanie godzin dzień przed przyjazdem ekipy,\n"
            "• odpowiadanie na pytania klientów o zamówienia.\n",
            "both",
        ),
    ],
)
def test_directions_of_round_s119(lang: str, ad: str, direction: str) -> None:
    assert analyze(ad, lang=lang).direction == direction


@pytest.mark.parametrize(
    ("lang", "duties", "absent", "present"),
    [
        # the goal named across a unit's verb of doing from the unit is that unit's work (round s120)
        ("pl", "- wyjaśniasz klientom zmiany terminów wyjazdów,\n- formalnymi reklamacjami zajmuje się u nas dział "
         "prawny, a Ty wysyłasz klientowi link do formularza.", "complaints", "information"),
        ("ru", "- консультируете клиентов по телефону о статусе доставки;\n- официальные претензии ведёт отдел "
         "претензионной работы.", "complaints", "information"),
        ("en", "- answer customers' questions about their orders by e-mail\n- formal complaints are handled by our "
         "Complaints Unit in Leeds", "complaints", "information"),
        # ... and the unit's own name ("отдел продаж") holds no goal of the job
        ("ru", "- консультируете клиентов по телефону о сроках отгрузки;\n- продажами и заключением договоров "
         "занимается коммерческий отдел.", "sales", "information"),
        # taking them in stays the job's: the unit handles them after a dash
        ("pl", "- odpowiadasz na pytania o harmonogram odbioru odpadów,\n- przyjmowanie reklamacji i rejestrowanie ich "
         "w systemie – rozpatruje je kierownik ds. jakości.", None, "complaints"),
        # the candidate's own "zajmujesz się" is the job's
        ("pl", "- zajmujesz się reklamacjami klientów w dziale obsługi klienta.", None, "complaints"),
    ],
)
def test_another_units_work_is_no_goal_of_the_job(lang: str, duties: str, absent: str | None, present: str) -> None:
    head = {
        "pl": "Konsultant infolinii\n\nObowiązki:\n",
        "ru": "Оператор контакт-центра\n\nОбязанности:\n",
        "en": "Customer Service Advisor\n\nDuties:\n",
    }
    goals = analyze(head[lang] + duties + "\n", lang=lang).goals
    assert present in goals
    assert absent is None or absent not in goals


@pytest.mark.parametrize(
    ("lang", "text", "in_person"),
    [
        # a pick-up point in a sentence about a parcel is where the parcel waits, no desk of the job (round s120)
        ("pl", "Konsultant mailowy\n\nObowiązki:\n- odpowiadasz na maile: ile dni paczka czeka w punkcie i jak go "
         "zmienić.\n", False),
        ("ru", "Оператор чата\n\nОбязанности:\n- посылку отвезли не в тот пункт выдачи: вы в чате договариваетесь о "
         "перевозке в нужный ПВЗ.\n", False),
        # ... but a depot's counter handing parcels out is one
        ("en", "Returns Desk Assistant\n\nHelp customers collecting missed parcels at our depot counter and answer the "
         "phone.\n", True),
    ],
)
def test_a_parcels_pick_up_point_is_no_desk(lang: str, text: str, in_person: bool) -> None:
    assert ("in_person" in analyze(text, lang=lang).channels) is in_person


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no channel named: a headset given or a voice asked for is the phone's, like a conversation (round s120)
        ("ru", "Оператор по работе с клиентской базой\n\nЗадача: напомнить членам клуба о сроке абонемента.\n"
         "Скрипт и рабочее место с гарнитурой даём, от вас — приятный голос."),
        ("pl", "Konsultant\n\nZadania: przypominasz klientom o terminie odnowienia karnetu.\nWymagania: miły głos."),
        ("en", "Membership Adviser\n\nDuties: remind members when their membership is due.\nHeadset provided."),
    ],
)
def test_a_headset_or_a_voice_is_the_phone_when_no_channel_is_named(lang: str, text: str) -> None:
    assert analyze(text, lang=lang).channels == ("phone",)


@pytest.mark.parametrize(
    ("lang", "duty"),
    [
        # a contract ending said subject first: the calls to those people are made (round s120)
        ("ru", "работа с базой членов клуба, у которых абонемент заканчивается, — предложить продление"),
        ("pl", "klienci, którym umowa się kończy – przedstawiasz ofertę przedłużenia"),
    ],
)
def test_a_contract_ending_said_subject_first_is_a_call_made(lang: str, duty: str) -> None:
    head = {"pl": "Konsultant\n\nObowiązki:\n- ", "ru": "Оператор колл-центра\n\nОбязанности:\n- "}
    assert analyze(head[lang] + duty + "\n", lang=lang).direction == "outbound"


def test_customers_databases_queried_are_no_list_rung() -> None:
    # round s121: a second line's SQL in the customers' databases calls nobody
    ad = (
        "Specjalista II linii wsparcia\n\nObowiązki:\n- odbierasz telefony przekazane przez pierwszą linię,\n"
        "- diagnozujesz błędy z analizą logów i zapytaniami SQL w bazach klientów.\n"
    )
    assert analyze(ad, lang="pl").direction == "inbound"


@pytest.mark.parametrize(
    ("lang", "text", "channels"),
    [
        # round s121: the first line's phones and chats, told in a second line's ad, are that line's
        ("pl", "Specjalista II linii wsparcia\n\nZespół: pierwsza linia odbiera telefony i czaty z aptek, "
         "a Ty dostajesz od niej zgłoszenia.\n\nObowiązki:\n- oddzwaniasz do aptek z rozwiązaniem.\n", ("phone",)),
        # the customer's own letter or text received before calling back is no channel of the job
        ("pl", "Konsultant ds. windykacji\n\nObowiązki:\n- rozmowy telefoniczne z dłużnikami oddzwaniającymi po "
         "otrzymaniu pisma lub SMS-a.\n", ("phone",)),
        # the worker's phone as the device worked from
        ("pl", "OPERATOR CZATU – PRACA ZDALNA Z TELEFONU\n\nObowiązki:\n- odpisujesz klientom na czacie.\n", ("chat",)),
    ],
)
def test_channels_of_others_and_of_devices(lang: str, text: str, channels: tuple[str, ...]) -> None:
    assert analyze(text, lang=lang).channels == channels


def test_orders_customers_send_in_are_contacts_taken() -> None:
    # round s121: orders "które hurtownie przesyłają mailem albo składają telefonicznie" come in; a weekly call to
    # shops that stopped ordering goes out
    ad = (
        "Specjalista ds. wsparcia sprzedaży\n\nTwoim zadaniem będzie przyjmowanie zapytań ofertowych i zamówień, które "
        "hurtownie i sklepy przesyłają mailem albo składają telefonicznie, oraz wprowadzanie zamówień do systemu. Raz "
        "w tygodniu zadzwonisz do sklepów, które od dwóch miesięcy nic nie zamówiły.\n"
    )
    assert analyze(ad, lang="pl").direction == "both"


@pytest.mark.parametrize(
    "line", ["No sales experience needed, we train you.", "No sales background? No problem."]
)
def test_sales_experience_not_asked_for_is_no_service_only_job(line: str) -> None:
    p = analyze(f"Telesales Executive\n\nYou ring restaurants and sell them our pasta.\n{line}\n", lang="en")
    assert p.service_sales_mix == "sales_only"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s122: a remote job meets no one face to face; the counter its callers stand at is theirs
        ("Konsultant helpdesku (praca zdalna)\n\nPraca w 100% zdalna.\n\nObowiązki:\n- odbierasz telefony od "
         "farmaceutów, gdy przed okienkiem czeka kolejka\n", "pl"),
        ("Support Agent (remote)\n\nThis is a fully remote role.\n\nWhat you'll do:\n- answer calls from receptionists "
         "at the front desk of our client practices\n", "en"),
    ],
)  # fmt: skip
def test_a_remote_job_has_no_in_person_channel(text: str, lang: str) -> None:
    p = analyze(text, lang=lang)
    assert p.conditions.work_mode == "remote"
    assert "in_person" not in p.channels
    assert "phone" in p.channels


@pytest.mark.parametrize(
    ("text", "lang", "direction"),
    [
        # round s122: a customer named after "pan/pani" calls in; the polite address of an owner's ad calls out
        ("Konsultant\n\nKlienci dzwonią z pytaniami o rachunki. Dzwoni pan Ryszard z Puław: na fakturze ma dwa "
         "liczniki.\n", "pl", "inbound"),
        ("Konsultant\n\nOdbierasz telefony.\n9:30 – Dzwoni pan z Tymbarku: przyszła mu faktura na 640 zł.\n", "pl",
         "inbound"),
        ("Konsultantka\n\nDzwoni Pani, przypomina o wizycie i umawia nowe terminy.\n", "pl", "outbound"),
        # "nobody will be ringing in": no calls taken
        ("Telesales Adviser\n\nEvery conversation starts with you dialling, and nobody will be ringing in to you.\n",
         "en", "outbound"),
        # the meter's dial a caller reads out is no call made
        ("Billing Adviser\n\nA customer rings in about a high bill. He reads the dial to you and you rebill the "
         "account.\n", "en", "inbound"),
    ],
)  # fmt: skip
def test_who_calls_whom_in_a_case(text: str, lang: str, direction: str) -> None:
    assert analyze(text, lang=lang).direction == direction


@pytest.mark.parametrize(
    ("text", "lang", "documentation"),
    [
        # round s122: a system the worker only looks things up in is no record kept
        ("Konsultant\n\nObowiązki:\n- W systemie rozliczeń widzisz, że przy odczycie wpisano 1843 zamiast 1483.\n",
         "pl", False),
        ("Оператор\n\nОбязанности:\n- в системе проверяете, дошла ли оплата до счёта клиента\n", "ru", False),
        # ... but it is when the sentence also writes the case down
        ("Оператор\n\nОбязанности:\n- регистрируете каждое обращение в программе и проверяете историю\n", "ru", True),
        ("Konsultant\n\nObowiązki:\n- rejestrujesz zgłoszenia w systemie\n", "pl", True),
    ],
)  # fmt: skip
def test_a_system_looked_up_in_is_no_record(text: str, lang: str, documentation: bool) -> None:
    with goal_model.using(goal_model.EMPTY):
        assert ("documentation" in analyze(text, lang=lang).goals) is documentation


@pytest.mark.parametrize(
    ("text", "lang", "channels"),
    [
        # round s122: the chat that is the messenger is the messenger
        ("Moderator\n\nProwadzimy profile na Facebooku oraz czat na Messengerze – odpisujesz pasażerom.\n", "pl",
         ("messenger", "social_media")),
        # the customer's own phone set up is no channel; years of doing it are the candidate's past
        ("Social Media Adviser (remote)\n\nWhat you'll do\n- answer customers on Instagram and Facebook\n- a "
         "customer's roaming stopped: you go through his phone's settings with him\n\nYou'll need a year or more of "
         "answering customers in writing – on social, chat or email.\n", "en", ("social_media",)),
        # "Кто нам звонит" heads the duties ("кто мы" heads the company, "нам" is no "мы")
        ("Специалист поддержки\n\nКто мы?\nПрограмма для касс.\n\nКто нам звонит и с чем?\nКассиры. Вы по телефону "
         "проводите бариста через проверку принтера.\n", "ru", ("phone",)),
    ],
)  # fmt: skip
def test_channels_told_through_cases(text: str, lang: str, channels: tuple[str, ...]) -> None:
    assert sorted(analyze(text, lang=lang).channels) == sorted(channels)


def test_a_feedback_caller_ringing_patients_on_a_list_runs_surveys() -> None:
    text = (
        "Patient Feedback Caller\n\nYour evening, roughly:\n- You ring Mr Burrows, home after a hip replacement, and "
        "go through the twelve questions on your screen.\n"
    )
    p = analyze(text, lang="en")
    assert (p.role.id, p.direction) == ("survey_interviewer", "outbound")
    assert "surveys" in p.goals


@pytest.mark.parametrize(
    ("text", "lang", "direction"),
    [
        # round s123: who starts the contact, told without the direction words
        ("Payment Support Advisor\n\nSo who phones whom?\nIn the morning you work through the day's list: customers "
         "whose direct debit bounced hear from you first. After lunch customers who got a reminder letter ring the "
         "number printed on it, and those calls come straight through to the team.\n", "en", "both"),
        ("Специалист поддержки\n\nРодители и учителя звонят по номеру поддержки, который указан в журнале.\n", "ru",
         "inbound"),
        ("Konsultant\n\nObowiązki:\n- klienci, którzy dostali od nas SMS o zmianie taryfy, sami się odzywają z "
         "pytaniami\n", "pl", "inbound"),
        ("Konsultantka\n\nKlienci piszą i dzwonią do nas. Z własnej inicjatywy do klientów nie dzwonimy.\n", "pl",
         "inbound"),
        ("Referent\n\nMieszkańcy zgłaszają się osobiście. Biuro nie kontaktuje się z mieszkańcami z własnej "
         "inicjatywy.\n", "pl", "inbound"),
    ],
)  # fmt: skip
def test_who_starts_the_contact(text: str, lang: str, direction: str) -> None:
    assert analyze(text, lang=lang).direction == direction


def test_a_basket_recovery_day_is_calls_made() -> None:
    # round s123: the overnight list is no night work, the follow-up e-mail from a template no e-mail taken in,
    # recovered orders a sales target
    text = (
        "Customer Contact Advisor\n\nA typical day\n9:30 – Open the overnight list: shoppers who left a sofa in their "
        "basket.\n10:00 – First round of calls: you ring the customer and answer their questions.\n12:30 – Still "
        "nobody? You send the short follow-up email from our template.\n\nTarget and bonus\nSix recovered orders a "
        "day.\n"
    )
    p = analyze(text, lang="en")
    assert p.conditions.schedule.nights is None
    assert "sales_target" in p.kpis
    assert "direction.inbound" not in p.evidence or all(
        "email" not in p.text[a:b] for a, b in p.evidence["direction.inbound"]
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s122: the window a caller is told to go to is the customer's errand, no counter of the job
        ("Konsultant infolinii\n\nObowiązki:\n- wyjaśniasz kolejne kroki i podpowiadasz, w którym okienku to "
         "załatwić\n", "pl"),
        ("Оператор горячей линии\n\nОбязанности:\n- подсказываете звонящим, в каком окне это оформить\n", "ru"),
    ],
)  # fmt: skip
def test_the_window_a_caller_is_sent_to_is_no_counter_of_the_job(text: str, lang: str) -> None:
    assert "in_person" not in analyze(text, lang=lang).channels


def test_business_customers_who_write_in_are_calls_taken() -> None:
    # round s123: merchants named before their verbs
    text = (
        "Account Manager\n\nWhat you'll do\n• Merchants email you or call your direct line when something's up.\n"
        "• About 90 days before a merchant's contract runs out, you phone them to agree renewal terms.\n"
    )
    assert analyze(text, lang="en").direction == "both"


def test_goods_taken_to_the_shops_are_no_shop_counter() -> None:
    # round s122: "в магазины" (where the lorries go) is no "в магазине" (where the job stands)
    text = (
        "Координатор отгрузок\n\nКомпания возит бытовую химию со складов в магазины Петербурга. Клиенты звонят и "
        "пишут вам, где их груз.\n"
    )
    assert "in_person" not in analyze(text, lang="ru").channels


@pytest.mark.parametrize(
    ("text", "lang", "balanced"),
    [
        # round s122: a half of the working day said in words is a stated share
        ("Travel Consultant\n\nAbout half of your day goes on selling holidays and the other half on looking after "
         "people who have already booked.\n", "en", True),
        ("Doradca\n\nMniej więcej połowę czasu zajmuje sprzedaż, resztę obsługa klientów, którzy już kupili.\n", "pl",
         True),
        ("Менеджер\n\nПоловину рабочего времени занимают продажи, остальное — сопровождение клиентов.\n", "ru", True),
        # ... not a half-day course, nor a half of the calls that names no sales or service
        ("Telesales Agent\n\nYou call customers and sell our plans. A half-day training on sales comes first.\n", "en",
         False),
    ],
)  # fmt: skip
def test_a_half_of_the_day_said_in_words_is_a_share(text: str, lang: str, balanced: bool) -> None:
    assert (analyze(text, lang=lang).service_sales_mix == "balanced") is balanced


def test_an_ordinary_letter_written_in_is_the_letter_channel() -> None:
    # round s123
    text = (
        "Specjalistka ds. korespondencji\n\nMieszkańcy piszą do nas: e-mailem, przez formularz na stronie albo "
        "zwykłym listem do biura. Odpowiadasz na każdą wiadomość.\n"
    )
    assert "letter" in analyze(text, lang="pl").channels

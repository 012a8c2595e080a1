"""KPIs: the targets a job is measured on, read from the everyday wordings employers use for them."""

from __future__ import annotations

import pytest

from callboard import analyze

DUTY_HEADS = {"pl": "Zakres obowiązków:", "ru": "Обязанности:", "en": "Responsibilities"}
OFFER_HEADS = {"pl": "Oferujemy:", "ru": "Условия:", "en": "What we offer"}
TITLES = {"pl": "Konsultant", "ru": "Оператор", "en": "Advisor"}


def _ad(lang: str, title: str, duty: str, offer: str = "") -> str:
    text = f"{title}\n\n{DUTY_HEADS[lang]}\n- {duty}\n"
    if offer:
        text += f"\n{OFFER_HEADS[lang]}\n- {offer}\n"
    return text


@pytest.mark.parametrize(
    ("lang", "title", "duty", "offer", "kpi"),
    [
        # response_time: a share of calls picked up, a reply within a time, nobody left waiting
        ("pl", "Konsultant", "dbamy, by 90% połączeń było odebranych w ciągu 15 sekund", "", "response_time"),
        ("pl", "Konsultant czatu", "rozmowy na czacie - odpowiadamy w mniej niż minutę", "", "response_time"),
        ("pl", "Lider zespołu", "monitorowanie czasu oczekiwania na połączenie", "", "response_time"),
        ("pl", "Moderator", "dbasz, by klient nie czekał na odpowiedź dłużej niż godzinę", "", "response_time"),
        ("ru", "Оператор чата", "первый ответ клиенту — не позже 3 минут", "", "response_time"),
        ("ru", "Специалист поддержки", "следить, чтобы клиенты не ждали ответа дольше часа", "", "response_time"),
        ("ru", "Руководитель линии", "контроль показателей: SL 90/10 и доля пропущенных звонков", "", "response_time"),
        ("en", "Advisor", "make sure 80% of calls are answered within 20 seconds", "", "response_time"),
        ("en", "Complaints Handler", "write replies within our five-working-day target", "", "response_time"),
        ("en", "Team Leader", "report on speed of answer and abandonment rate", "", "response_time"),
        # csat: the customers' own rating of the contact
        ("pl", "Konsultant czatu", "po rozmowie klienci oceniają obsługę w skali 1-5", "", "csat"),
        ("pl", "Konsultant infolinii", "obsługa zgłoszeń", "premia zależna od średniej oceny klientów", "csat"),
        ("ru", "Оператор поддержки", "консультации покупателей", "бонус за оценки покупателей после диалога", "csat"),
        ("ru", "Администратор клиники", "запись пациентов", "премия по оценкам пациентов", "csat"),
        ("en", "Chat Agent", "answer customer chats", "monthly bonus tied to your post-chat ratings", "csat"),
        # results counted per period: booked meetings, renewals, reactivated passes, demos
        (
            "pl",
            "Konsultant",
            "umawianie spotkań doradców",
            "cel: min. 2 umówione spotkania na 6 h pracy",
            "sales_target",
        ),
        (
            "pl",
            "Konsultant",
            "dzwonisz do byłych klubowiczów",
            "premia od liczby reaktywowanych karnetów",
            "sales_target",
        ),
        ("ru", "Оператор", "звонки подписчикам", "план: 35 продлений в неделю", "sales_target"),
        ("en", "SDR", "book demos for the sales team", "target: 25 demos a month", "sales_target"),
        # quality: calls listened to and scored, mystery shoppers
        (
            "en",
            "Complaints Handler",
            "write replies",
            "every month a sample of your letters is checked for tone",
            "quality",
        ),
        ("en", "Call Handler", "take emergency calls", "every call is scored against the safety script", "quality"),
        ("pl", "Doradca klienta", "obsługa klientów w salonie, oceniana przez tajemniczego klienta", "", "quality"),
        ("ru", "Оператор колл-центра", "приём звонков; супервайзеры выборочно прослушивают записи", "", "quality"),
        ("ru", "Оператор колл-центра", "приём звонков", "оклад + премия за качество разговоров", "quality"),
        ("en", "Retail Advisor", "serve customers; mystery shopper scores count towards your bonus", "", "quality"),
        # sales_target: a plan, goal or target of sales, renewals or win-backs
        ("pl", "Sprzedawca", "sprzedaż usług; mamy miesięczny plan, premia zależy od wykonania", "", "sales_target"),
        ("pl", "Konsultant", "dzwonisz w sprawie przedłużenia umów; cel miesięczny to 50 umów", "", "sales_target"),
        ("ru", "Менеджер", "звонки клиентам по продлению договоров, план — 80 продлений в месяц", "", "sales_target"),
        ("ru", "Оператор", "звонки по заявкам", "бонус за каждую продажу сверх плана", "sales_target"),
        ("en", "Retention Agent", "call former customers; monthly win-back targets apply", "", "sales_target"),
        ("en", "Sales Advisor", "sell broadband packages; this is a target-based role", "", "sales_target"),
        # volume: a count of calls, interviews, questionnaires or bookings
        ("pl", "Ankieter", "wywiady według kwestionariusza, norma to 6 wywiadów na dyżur", "", "volume"),
        ("pl", "Konsultant", "umawianie wizyt", "premia za liczbę umówionych wizyt", "volume"),
        ("ru", "Интервьюер", "телефонные опросы по анкете, норма — 4 анкеты в час", "", "volume"),
        ("ru", "Оператор чата", "ответы в чате", "оплата зависит от числа обработанных обращений", "volume"),
        ("en", "Telephone Interviewer", "conduct telephone surveys; the target is 3 interviews per hour", "", "volume"),
    ],
)
def test_kpi_is_read_from_its_everyday_wording(lang: str, title: str, duty: str, offer: str, kpi: str) -> None:
    p = analyze(_ad(lang, title, duty, offer), lang=lang)
    assert kpi in p.kpis


@pytest.mark.parametrize(
    ("lang", "title", "duty", "offer", "kpi"),
    [
        # a bonus or commission on sales is pay, not a target
        ("pl", "Doradca serwisowy", "przyjmowanie samochodów do serwisu", "premia od sprzedaży usług", "sales_target"),
        ("ru", "Менеджер", "консультации клиентов в салоне", "оклад + премия от продаж", "sales_target"),
        ("en", "Store Advisor", "help customers in store", "sales bonus paid monthly", "sales_target"),
        # a collections plan is no sales target
        ("ru", "Специалист по взысканию", "звонки должникам; выполнение плана по сборам", "", "sales_target"),
        ("pl", "Konsultant windykacyjny", "kontakt z dłużnikami; wykonanie planu windykacyjnego", "", "sales_target"),
        # targets stated as absent
        ("en", "Supporter Care Caller", "thank donors by phone; there are no sales targets", "", "sales_target"),
        ("ru", "Оператор", "входящие звонки; плана продаж нет", "", "sales_target"),
        # a trainer listening to newcomers' calls is no quality target of the job
        ("ru", "Тренер контакт-центра", "прослушивать звонки новичков и давать обратную связь", "", "quality"),
        # running satisfaction surveys is the job, not a csat target
        ("ru", "Интервьюер", "звонить клиентам и проводить опрос удовлетворенности", "", "csat"),
        # round s110: the service standards a paid training teaches measure nothing
        ("pl", "Konsultant", "obsługa połączeń od pacjentów",
         "płatne szkolenie z systemu rejestracji i standardów obsługi pacjenta", "quality"),
        ("ru", "Оператор", "приём звонков пациентов", "оплачиваемое обучение 7 дней: стандарты общения, врачи и услуги",
         "quality"),
    ],
)
def test_kpi_is_not_read_where_it_is_not_a_target(lang: str, title: str, duty: str, offer: str, kpi: str) -> None:
    p = analyze(_ad(lang, title, duty, offer), lang=lang)
    assert kpi not in p.kpis


def test_a_quality_review_offered_beside_coaching_is_a_measure() -> None:
    # dev pl-s97-a: "ocenę jakości rozmów i cotygodniowe coachingi" in the offer: the calls' quality is assessed
    offer = "ocenę jakości rozmów i cotygodniowe coachingi z liderem"
    p = analyze(_ad("pl", "Konsultant", "rozmowy z klientami", offer), lang="pl")
    assert "quality" in p.kpis


@pytest.mark.parametrize(
    ("lang", "duty", "kpi"),
    [
        # round s110: a case settled during the first contact, the customers' rating of the help, contacts counted
        ("pl", "Naszym celem jest rozwiązanie sprawy już podczas pierwszego kontaktu", "first_contact_resolution"),
        ("pl", "monitorowanie wskaźników zespołu: czasu pierwszej odpowiedzi i ocen satysfakcji po rozmowie", "csat"),
        ("ru", "размер премии зависит от количества обработанных контактов", "volume"),
        # round s120: the score given after a call or a chat, a feedback survey on each ticket, tickets closed by the
        # first line, a query settled in the first conversation, the average call length
        ("en", "we look at the score customers give us after the call", "csat"),
        ("en", "a short feedback survey on each closed ticket", "csat"),
        ("en", "two-thirds of tickets closed at first line", "first_contact_resolution"),
        ("en", "whether the same account rings back within 30 days", "first_contact_resolution"),
        ("en", "average call length around 7 minutes", "handling_time"),
        ("ru", "оценка после чата не ниже 4,8", "csat"),
        ("ru", "вопрос должен решаться в первом же разговоре", "first_contact_resolution"),
        # round s121: the English term in a Polish ad, closed tickets rated, how quickly people hear back
        ("pl", "KPI: First Contact Resolution na poziomie min. 70%", "first_contact_resolution"),
        ("pl", "ocena zamkniętych zgłoszeń wystawiana przez apteki", "csat"),
        ("en", "we watch how quickly people hear back (under 2 hours)", "response_time"),
        ("en", "we watch how happy they say they were afterwards", "csat"),
    ],
)
def test_kpis_of_round_s110(lang: str, duty: str, kpi: str) -> None:
    assert kpi in analyze(_ad(lang, TITLES[lang], duty), lang=lang).kpis


@pytest.mark.parametrize(
    ("text", "kpis"),
    [
        # a header of the job's targets opens a part of its own, read for KPIs like the duties
        (
            "Doradca klienta\n\nRequirements\n- experience in a contact centre\n\nTargets\n"
            "- customer satisfaction above 90%\n- average handling time under 5 minutes\n",
            {"csat", "handling_time"},
        ),
        (
            "Konsultant czatu\n\nWymagania:\n- dobra polszczyzna\n\nNa co patrzymy?\n- ocena CSAT po każdej rozmowie\n",
            {"csat"},
        ),
        (
            "Специалист поддержки\n\nТребования:\n- грамотная речь\n\nKPI\n- NPS и время первого ответа\n",
            {"nps", "response_time"},
        ),
        # under requirements the same words are the candidate's past; an item "Your targets: ..." there opens no
        # part of its own but states its own line's targets
        ("Advisor\n\nRequirements\n- a track record of high CSAT scores\n- Your targets: NPS\n", {"nps"}),
        (
            "Специалист\n\nТребования:\n- грамотная речь\n- KPI проекта: FCR и AHT\n",
            {"first_contact_resolution", "handling_time"},
        ),
        # measures said in everyday words
        (
            "Care Rep\n\nDuties\n- answer calls\n\nHow we'll measure you\n- How fast a person answers\n"
            "- Plans you sell or keep each month\n- Google reviews that mention you by name\n",
            {"response_time", "sales_target", "csat"},
        ),
        (
            "Konsultantka\n\nObowiązki:\n- odbieranie telefonów\n\nNa co patrzymy: jak długo pacjent czeka "
            "na połączenie z konsultantem i jak ocenia rozmowę w SMS-ie.\n",
            {"response_time", "csat"},
        ),
        (
            "Специалист\n\nОбязанности:\n- ответы на письма\n\nКак оцениваем работу\nНи одно письмо не лежит без "
            "ответа дольше 10 рабочих дней.\n",
            {"response_time"},
        ),
    ],
)
def test_kpis_under_a_targets_header(text: str, kpis: set[str]) -> None:
    assert set(analyze(text).kpis) == kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpi"),
    [
        ("Requirements:\n- comfortable making 60+ calls a day\n", "en", "volume"),
        ("Wymagania:\n- gotowość do wykonywania 80 połączeń dziennie\n", "pl", "volume"),
    ],
)
def test_a_measure_stated_with_its_figure_among_the_requirements_is_a_kpi(text: str, lang: str, kpi: str) -> None:
    assert kpi in analyze("Telesales Agent\n\n" + text, lang=lang).kpis


def test_a_kpi_word_among_the_requirements_without_a_figure_is_a_skill_not_a_target() -> None:
    assert analyze("Agent\n\nRequirements:\n- experience of working to call quality standards\n", lang="en").kpis == ()


def test_a_targets_header_with_words_after_it_ends_with_its_colon() -> None:
    text = (
        "Оператор\n\nТребования:\n- грамотная речь\n\nПоказатели, по которым считается премия:\n"
        "- количество звонков за смену\n- оценка качества разговоров\n"
    )
    assert {"volume", "quality"} <= set(analyze(text, lang="ru").kpis)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a header followed by words with no figure names what follows ("Показатели группы, за которые вы отвечаете")
        (
            "Координатор\n\nТребования:\n- опыт от года\n\nПоказатели группы, за которые вы отвечаете\n"
            "- первый ответ клиенту — не позднее 2 рабочих часов\n",
            "ru",
        ),
        (
            "Service Desk Analyst\n\nRequirements\n- a year on a help desk\n\nHow we measure the work\n"
            "P1 tickets acknowledged within 30 minutes, the rest the same day.\n",
            "en",
        ),
        (
            "Konsultant\n\nWymagania:\n- komunikatywność\n\nTwoją pracę oceniamy po\n"
            "- odpowiedzi na maile w ciągu jednego dnia roboczego\n",
            "pl",
        ),
    ],
)
def test_a_time_limit_under_a_targets_header_is_the_response_time(text: str, lang: str) -> None:
    assert "response_time" in analyze(text, lang=lang).kpis


def test_targets_under_a_how_we_know_header_in_russian() -> None:
    text = (
        "Специалист поддержки\n\nЧем вы будете заниматься\n• отвечать клиентам в чате\n\n"
        "Как мы понимаем, что работа сделана хорошо\n• Большинство вопросов решаем за одно обращение.\n"
        "• Первый ответ в чате — до 5 минут в рабочее время.\n"
    )
    assert {"first_contact_resolution", "response_time"} <= set(analyze(text, lang="ru").kpis)


def test_results_and_limits_said_with_in_under_a_targets_header() -> None:
    text = (
        "Специалист клиентского отдела\n\nОбязанности:\n- разбирать рекламации покупателей\n\n"
        "Показатели:\n- доля рекламаций, закрытых за 10 рабочих дней\n"
    )
    assert "response_time" in analyze(text, lang="ru").kpis
    sdr = "SDR\n\nWhat success looks like\n- 14 qualified meetings booked per month\n"
    assert "sales_target" in analyze(sdr, lang="en").kpis


def test_a_time_limit_in_the_offer_is_no_target() -> None:
    text = "Agent\n\nResponsibilities\n- answer calls\n\nWhat we offer\n- pay reviewed within 6 months\n"
    assert analyze(text, lang="en").kpis == ()


@pytest.mark.parametrize(
    ("text", "lang", "csat"),
    [
        # satisfaction surveys: the customers' scores under a targets header, the interviewer's work in the duties
        (
            "Agent\n\nResponsibilities\n- answer calls\n\nHow we know it's going well\n"
            "Our post-contact customer satisfaction survey.\n",
            "en",
            True,
        ),
        ("Interviewer\n\nResponsibilities\n- run customer satisfaction surveys by phone\n", "en", False),
        (
            "Konsultant\n\nObowiązki:\n- obsługa karnetów\n\nCo oceniamy\n- wyniki ankiety satysfakcji klubowiczów\n",
            "pl",
            True,
        ),
        ("Ankieter\n\nObowiązki:\n- prowadzenie ankiety satysfakcji klientów\n", "pl", False),
        (
            "Оператор\n\nОбязанности:\n- входящие звонки\n\nЧто измеряем\n- опрос удовлетворенности клиентов\n",
            "ru",
            True,
        ),
        ("Интервьюер\n\nОбязанности:\n- опрос удовлетворенности клиентов по телефону\n", "ru", False),
    ],
)
def test_satisfaction_surveys_are_a_target_only_under_a_targets_header(text: str, lang: str, csat: bool) -> None:
    assert ("csat" in analyze(text, lang=lang).kpis) is csat


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a time limit on the answers, said in prose
        (
            "Advisor\n\nYou will answer passengers by letter and email. Replies are due within 10 working days.\n",
            "en",
            True,
        ),
        (
            "Konsultant\n\nObowiązki:\n- maile, na które odpowiada się mailowo w ciągu jednego dnia\n",
            "pl",
            True,
        ),
        # the recruiter's promise to applicants and a time limit on something else are no target
        ("Konsultant\n\nObowiązki:\n- odbieranie telefonów\n\nWyślij CV – odpowiemy w ciągu 7 dni.\n", "pl", False),
        ("Agent\n\nDuties:\n- answer calls; the courier collects parcels within 2 days\n", "en", False),
    ],
)
def test_a_time_limit_on_the_answers_is_the_response_time(text: str, lang: str, expected: bool) -> None:
    assert ("response_time" in analyze(text, lang=lang).kpis) is expected


@pytest.mark.parametrize(
    ("lang", "ad", "kpi"),
    [
        # everyday words for a measure under a header that says how the work is measured (measured.yaml)
        ("en", "Support Advisor\n\nHow we keep score\nAfter every chat, members rate the help they got.\n", "csat"),
        ("en", "Support Advisor\n\nHow we measure it\nYour supervisor listens to a few of your calls.\n", "quality"),
        ("en", "Support Advisor\n\nHow we measure it\nWe look at how long your calls take.\n", "handling_time"),
        ("en", "Support Advisor\n\nWhat the client measures\nHow many issues are fixed in one conversation.\n",
         "first_contact_resolution"),
        ("en", "Booking Agent\n\nHow we keep score\nWe count the appointments you book each week.\n", "sales_target"),
        ("pl", "Konsultant\n\nJak sprawdzamy, czy idzie dobrze\nKierowniczka odsłuchuje kilka Twoich rozmów.\n",
         "quality"),
        ("pl", "Konsultant\n\nZ czego rozliczamy pracę\nPo rozmowie klient dostaje SMS z prośbą o ocenę.\n", "csat"),
        ("pl", "Konsultant\n\nJak mierzymy efekty\nLiczy się, ile spraw załatwiasz w jednej rozmowie.\n",
         "first_contact_resolution"),
        ("ru", "Оператор\n\nКак мы смотрим на результат\nПосле звонка клиент ставит оценку от 1 до 5.\n", "csat"),
        ("ru", "Оператор\n\nКак оценивается работа\nСтарший смены слушает записи ваших звонков.\n", "quality"),
        ("ru", "Оператор\n\nПо каким цифрам смотрим\nСколько в среднем длится разговор.\n", "handling_time"),
        ("ru", "Оператор\n\nКак мы смотрим на результат\nСколько обращений решено с первого раза.\n",
         "first_contact_resolution"),
    ],
)
def test_everyday_measures_under_a_targets_header(lang: str, ad: str, kpi: str) -> None:
    assert kpi in analyze(ad, lang=lang).kpis


@pytest.mark.parametrize(
    ("lang", "ad"),
    [
        # the same words among the duties are the job's own work or the checker's, not how the job is measured
        ("en", "Quality Coach\n\nResponsibilities\n- listen to calls and coach the agents\n"),
        ("pl", "Lider zespołu\n\nZakres obowiązków:\n- słucha nagrań i prowadzi coaching\n"),
        ("ru", "Старший смены\n\nОбязанности:\n- слушает записи и разбирает их с операторами\n"),
    ],
)
def test_everyday_measures_outside_a_targets_header_are_no_kpi(lang: str, ad: str) -> None:
    assert analyze(ad, lang=lang).kpis == ()


def test_the_recruiters_call_back_under_a_targets_header_is_no_response_time() -> None:
    kpis = analyze(
        "Оператор\n\nКак оценивается работа:\n— оценка разговоров по чек-листу\n"
        "Откликайтесь на сайте — перезвоним в течение двух рабочих дней.\n",
        lang="ru",
    ).kpis
    assert "response_time" not in kpis


def test_a_service_level_the_desk_aims_at_is_a_target() -> None:  # (round s37)
    p = analyze(
        "IT Service Desk Analyst\n\nWorking pattern\nEarly and late shifts.\n\n"
        "We aim to resolve three quarters of contacts at the first point of contact and to answer calls within "
        "60 seconds.\n",
        lang="en",
    )
    assert {"first_contact_resolution", "response_time"} <= set(p.kpis)


@pytest.mark.parametrize(
    ("lang", "ad", "kpi"),
    [
        # round s39: outcomes counted a month or a week under a targets header are the sales target; a score out of
        # 5 is the customers' rating
        ("pl", "Konsultantka zapisów\n\nCEL\n15 zarezerwowanych wyjść grupowych w miesiącu.\n", "sales_target"),
        ("pl", "Konsultant\n\nJak mierzymy efekty\n25 nowych zapisów w miesiącu.\n", "sales_target"),
        ("ru", "Оператор\n\nКак оценивается работа\n15 оформленных подписок в месяц.\n", "sales_target"),
        ("en", "Caller\n\nHOW WE MEASURE IT\n8 BOOKED SURVEYS A WEEK.\n", "sales_target"),
        ("en", "Advisor\n\nHow we'll measure you\nCustomers score each conversation out of 5 in a short survey.\n",
         "csat"),
    ],
)
def test_round_s39_everyday_measures(lang: str, ad: str, kpi: str) -> None:
    assert kpi in analyze(ad, lang=lang).kpis


def test_a_first_response_named_in_english_in_a_russian_ad_is_the_response_time() -> None:
    ad = "Оператор поддержки\n\nОбязанности:\n— отвечать водителям в чате, first response — быстрее всех в городе;\n"
    assert "response_time" in analyze(ad, lang="ru").kpis


@pytest.mark.parametrize(
    ("lang", "sentence", "kpi"),
    [
        # a figure of contacts handled per day, week or shift is the volume; of results won, the sales target
        ("pl", "Dziennie wykonujesz średnio 60–70 połączeń.", "volume"),
        ("pl", "Obsługujesz ok. 40 zgłoszeń na zmianę.", "volume"),
        ("pl", "Na miesiąc zakładamy 12 podpisanych umów najmu.", "sales_target"),
        ("pl", "Dobry dzień to 4 odzyskane polisy.", "sales_target"),
        ("pl", "Co tydzień 15 umówionych prezentacji u klientów.", "sales_target"),
        ("pl", "Liczymy też powroty: 30 powrotów w miesiącu to dobry wynik.", "sales_target"),
        ("ru", "За смену обычно 90–110 звонков.", "volume"),
        ("ru", "Не меньше 35 оценённых контактов в день.", "volume"),
        ("ru", "Ориентир — 6 новых клиентов в месяц.", "sales_target"),
        ("ru", "Каждый месяц — 12 состоявшихся встреч с директорами.", "sales_target"),
        ("en", "Most advisers make about 90 dials each day.", "volume"),
        ("en", "You'll complete around 30 evaluations every week.", "volume"),
        ("en", "Expect 45–60 tickets resolved per day.", "volume"),
        ("en", "Eight completed switches a day is a good day.", "sales_target"),
        ("en", "Ten booked valuations a week.", "sales_target"),
    ],
)
def test_a_figure_per_day_or_month_counts_the_contacts_or_the_results(lang: str, sentence: str, kpi: str) -> None:
    p = analyze(_ad(lang, TITLES[lang], sentence), lang=lang)
    assert p.kpis == (kpi,)
    [(start, end)] = p.evidence[f"kpis.{kpi}"]  # the figure and what it counts
    assert p.text[start:end].split()[0].lower() in ("eight", "ten") or p.text[start].isdigit()
    assert not p.text[start - 1].isdigit() and p.text[start - 2 : start] not in ("0–", "0-")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("pl", "Zarabiasz 5 zł za każdą umowę podpisaną w miesiącu."),  # a rate paid
        ("pl", "Odbieramy 9 na 10 telefonów w ciągu 30 sekund."),  # a share: the response time's, not a count
        ("pl", "Masz 2 spotkania z mentorem w tygodniu."),  # meetings of the team, no results
        ("pl", "Po 3 miesiącach umowa o pracę."),
        ("pl", "Od 12 lat pracujemy z 40 tysiącami klientów rocznie."),
        ("pl", "Obsługujesz ²³ zgłoszeń na zmianę."),  # digits int() does not read
        ("pl", "Obsługujesz " + "9" * 5000 + " zgłoszeń na zmianę."),  # longer than int() converts
        ("ru", "Две встречи с наставником в неделю."),
        ("ru", "Оплата: 3 000 ₽ за каждый договор, подписанный за неделю."),
        ("en", "Priority 1 tickets go to the engineers the same day."),
        ("en", "$5 for every subscription you save each month."),
        ("en", "We answer chats within 2 minutes and emails within a day."),
    ],
)
def test_a_figure_that_counts_no_contacts_or_results_of_the_job_sets_no_target(lang: str, sentence: str) -> None:
    assert not {"volume", "sales_target"} & set(analyze(_ad(lang, TITLES[lang], sentence), lang=lang).kpis)


def test_a_numbered_duty_is_no_count_of_its_noun() -> None:
    ad = "Konsultant\n\nObowiązki:\n1. Odbieranie telefonów od klientów.\n2. Zgłoszenia przez cały dzień w systemie.\n"
    assert "volume" not in analyze(ad, lang="pl").kpis


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a limit on the answers in other words than "within": at the latest, at most, under, the same day
        ("pl", "Na czacie i Messengerze odpisujemy w maksymalnie 3 minuty."),
        ("pl", "Na maile odpowiadamy najpóźniej następnego dnia roboczego."),
        ("pl", "First response na czacie poniżej 60 sekund, w mailach poniżej 4 godzin."),
        ("ru", "Отвечать на первое сообщение не дольше чем за две минуты."),
        ("ru", "На личное сообщение отвечаем не позже чем через 15 минут."),
        ("ru", "На письмо покупателя — ответ в тот же рабочий день."),
        ("en", "Call back within 15 minutes anyone who leaves a request on the website."),
        ("en", "Emails answered by the next working day."),
    ],
)
def test_a_limit_on_the_answers_in_everyday_words_is_the_response_time(lang: str, sentence: str) -> None:
    p = analyze(_ad(lang, TITLES[lang], sentence), lang=lang)
    assert "response_time" in p.kpis
    [(_, end)] = p.evidence["kpis.response_time"]
    assert p.text[end - 1].isalpha() and not p.text[end : end + 1].isalpha()  # the limit's unit, whole


@pytest.mark.parametrize(
    ("lang", "sentence", "kpi"),
    [
        # a mean rating with its scale is the customers' satisfaction, in whatever words the rating is named
        ("pl", "Po rozmowie prosimy o gwiazdki – średnia zespołu to 4,8 na 5.", "csat"),
        ("pl", "Rating po rozmowie co najmniej 4,5/5.", "csat"),
        ("ru", "Держим среднюю не ниже 4,7 из 5 по итогам месяца.", "csat"),
        ("en", "An average member rating of 4.3 out of 5 or higher.", "csat"),
        ("en", "Keep the team's average at 8.5/10 or better.", "csat"),
        # the share of cases settled at once, said as the case not coming back
        ("pl", "Liczymy, jaki odsetek spraw jest rozwiązanych w pierwszej rozmowie.", "first_contact_resolution"),
        ("pl", "Mierzymy, ile spraw kończy się na pierwszej rozmowie.", "first_contact_resolution"),
        ("pl", "Ważne, żeby sprawa z fakturą nie wraca do nas drugi raz.", "first_contact_resolution"),
        ("ru", "Смотрим, сколько обращений решено с первого раза.", "first_contact_resolution"),
        ("ru", "Не больше 10% курьеров пишут повторно по тому же вопросу.", "first_contact_resolution"),
        ("en", "We count how many faults you fix first time.", "first_contact_resolution"),
        ("en", "How many customers have their issue sorted on the first contact.", "first_contact_resolution"),
        ("en", "We look at whether the customer has to ring us a second time.", "first_contact_resolution"),
        # the customers' grade after a contact, in everyday words
        ("en", "Customers give a thumbs up or down after each conversation.", "csat"),
        ("en", "We ask customers to rate us by text after each call.", "csat"),
        ("en", "We look at the passenger's rating after the chat.", "csat"),
        ("pl", "Liczy się ocena po rozmowie.", "csat"),
        ("ru", "Смотрим на оценки, которые пассажиры ставят после переписки.", "csat"),
        ("ru", "Смотрим, как абоненты оценивают разговор в SMS-опросе.", "csat"),
    ],
)
def test_a_target_said_in_everyday_words_is_read_wherever_the_ad_says_it(lang: str, sentence: str, kpi: str) -> None:
    assert kpi in analyze(_ad(lang, TITLES[lang], sentence), lang=lang).kpis


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Konsultant\n\nZakres obowiązków:\n- praca w systemie 5/2\n- 1,5 etatu do podziału na 2 osoby\n"),
        ("en", "Advisor\n\nAbout us\nOur app is rated 4.8/5 by its users.\n\nResponsibilities\n- answer calls\n"),
    ],
)
def test_a_rota_or_the_companys_own_stars_is_no_rating_target(lang: str, text: str) -> None:
    assert "csat" not in analyze(text, lang=lang).kpis


def test_a_checker_grading_conversations_is_no_customers_grade() -> None:
    ad = _ad("ru", "Специалист контроля качества", "участвовать в калибровках, чтобы все оценивали разговоры одинаково")
    assert "csat" not in analyze(ad, lang="ru").kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpi"),
    [
        # measures of rounds s55-s59, in the ads' words
        ("Chat Support Executive\n\nWhat we track: first response within 60 seconds and a QA audit score above 90%.\n",
         "en", "quality"),
        ("Renewals Caller\n\nHow you're paid: commission on every renewal. Every sale goes through a quality and "
         "compliance check before it's paid.\n", "en", "quality"),
        ("Konsultant ds. korespondencji\n\nJak oceniamy pracę: co tydzień koordynator ocenia kilka Twoich odpowiedzi "
         "według karty jakości.\n", "pl", "quality"),
        ("Voice Process Associate\n\nYour incentive depends on call quality audits, AHT and customer satisfaction "
         "survey scores.\n", "en", "csat"),
        ("Специалист чата\n\nКак оцениваем работу: ответ в чате не дольше 3 минут, оценка диалога покупателем по "
         "пятибалльной шкале.\n", "ru", "csat"),
        ("Customer Care Consultant\n\nHow we measure success: how quickly you answer and how many enquiries are "
         "resolved on the first contact.\n", "en", "first_contact_resolution"),
    ],
)
def test_kpi_wordings_of_rounds_s55_to_s59(text: str, lang: str, kpi: str) -> None:
    assert kpi in analyze(text, lang=lang).kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpi"),
    [
        # round s60: the customers' ratings a bonus is paid for
        ("Customer Care Advisor\n\nWhat we offer\n- Monthly bonus based on your quality scores and customer "
         "feedback\n", "en", "csat"),
        ("Konsultant infolinii\n\nOferujemy:\n• premię kwartalną zależną od oceny jakości rozmów i wyników ankiet "
         "satysfakcji\n", "pl", "csat"),
        # round s62: under a "Pay and schedule" header, and the viewers' ratings a Russian bonus is paid for
        ("Customer Care Representative\n\nWhat we're looking for\n- A calm voice\n\nPay and schedule\n- $18.50 per "
         "hour, plus a quarterly bonus tied to your quality scores\n", "en", "quality"),
        ("Поддержка онлайн-кинотеатра\n\nУсловия:\n• от 55 000 ₽ + квартальный бонус за оценки зрителей после "
         "диалога\n", "ru", "csat"),
    ],
)
def test_ratings_a_bonus_is_paid_for(text: str, lang: str, kpi: str) -> None:
    assert kpi in analyze(text, lang=lang).kpis


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s60: the recruiter's answer to applicants is no response time of the job
        ("Loyalty Advisor\n\nTake calls from customers who want to leave.\n\nApply with your CV – our recruitment team "
         "will call you within three working days.\n", "en"),
        ("Оператор\n\nЧто будешь делать:\n• брать звонки клиентов\n\nПиши в Telegram или звони — ответим в течение "
         "дня!\n", "ru"),
    ],
)
def test_the_recruiters_answer_is_no_response_time(text: str, lang: str) -> None:
    assert "response_time" not in analyze(text, lang=lang).kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpi"),
    [
        # round s64: a chat response target with its figure
        ("Team Lead, Payroll Support\n\nYou'd coach the team and keep an eye on the queue so we stay inside our "
         "2-minute chat response target.\n", "en", "response_time"),
        # round s67: a line that opens by saying what the work is judged on
        ("Reservations Agent\n\nYou'll answer calls from travellers.\nWe measure you on quality and customer "
         "satisfaction, not just speed.\n", "en", "quality"),
        ("Billing Adviser\n\nYou'll take calls about bills.\nWe judge success on customer feedback, not on how short "
         "your calls are.\n", "en", "csat"),
        # round s69: a Russian header of what the team watches
        ("Специалист чата\n\nТребования:\n- грамотная письменная речь.\n\nМы следим за\n\nвременем первого ответа в "
         "чате;\nоценкой, которую клиент ставит после диалога.\n", "ru", "csat"),
        # round s68: the bare word on a line that names two measures besides
        ("Member Services Representative\n\nResponsibilities\n- Answer calls from plan members\n- Meet or exceed "
         "department goals for quality, average handle time and first call resolution\n", "en", "quality"),
    ],
)
def test_kpi_wordings_of_round_s64(text: str, lang: str, kpi: str) -> None:
    assert kpi in analyze(text, lang=lang).kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpi"),
    [
        # round s70: a header inline on its line; a plan's count of results below the requirements; goals of
        # enrolments and renewals; cards issued a day; QA call scores under "How you'll be measured"
        ("Оператор справочной линии\n\nОбязанности:\n- консультировать заявителей.\n\nВаши показатели: качество "
         "консультаций и среднее время разговора.\n", "ru", "handling_time"),
        ("Менеджер по продлению договоров\n\nТребования:\n— опыт телефонных продаж от 1 года;\n— готовность делать "
         "от 80 звонков в день.\n\nПлан — 35 продлённых договоров в месяц, сверх плана повышенный процент.\n", "ru",
         "sales_target"),
        ("Операторы исходящих звонков\n\nЧто делать: звонить клиентам банка и оформлять заявку на доставку карты. "
         "План — 6 выданных карт в день.\n", "ru", "sales_target"),
        ("Konsultant/ka ds. zapisów\n\nDzwonisz do kursantów z propozycją kolejnego semestru. Mamy tygodniowy cel "
         "zapisów, a dziennie wykonuje się 60–80 połączeń.\n", "pl", "sales_target"),
        ("Collections Representative\n\nWhat you'll do\n- Call customers about past-due balances\n\nHow you're "
         "measured\nRight-party contacts per hour and QA call scores.\n", "en", "quality"),
    ],
)
def test_kpi_wordings_of_round_s70(text: str, lang: str, kpi: str) -> None:
    assert kpi in analyze(text, lang=lang).kpis


def test_the_whole_centres_thousands_of_calls_are_no_agents_volume() -> None:
    text = (
        "Оператор call-центра\n\nНаш контакт-центр принимает около 3 000 звонков в день.\n\nОбязанности:\n"
        "- принимать звонки пациентов и записывать их к врачам\n"
    )
    assert "volume" not in analyze(text, lang="ru").kpis
    own = text.replace("Наш контакт-центр принимает около 3 000 звонков в день.", "Норма — 90 звонков в день.")
    assert "volume" in analyze(own, lang="ru").kpis


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # round s66 review: a sales target under another name
        ("Admissions Advisor\n\nWhat you'll do:\n- Hit your monthly enrolment target\n", "en"),
        ("Customer Care Associate\n\nResponsibilities\n- Offer protection plans to eligible callers – this account "
         "has a monthly attach-rate target\n", "en"),
        ("Оператор телепродаж\n\nОбязанности:\n- звонить клиентам банка\n- есть план по записям на визиты, за его "
         "выполнение бонус\n", "ru"),
        ("Оператор\n\nУсловия:\n- план — 12 выданных карт в месяц\n", "ru"),
    ],
)
def test_sales_targets_of_round_s66(text: str, lang: str) -> None:
    assert "sales_target" in analyze(text, lang=lang).kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpi"),
    [
        # round s95: measures told in everyday words
        ("Rental Sales Agent\n\nTargets\n- Weekly upgrade and coverage goals, with a leaderboard\n", "en",
         "sales_target"),
        ("Team Leader\n\nWe look at the share of chats resolved in one go.\n", "en", "first_contact_resolution"),
        ("Konsultant\n\nPremia za jakość (liczą się oceny wystawiane przez apteki).\n", "pl", "csat"),
        ("Konsultant\n\nPatrzymy, ile spraw zamykasz przy pierwszym telefonie.\n", "pl", "first_contact_resolution"),
        ("Konsultant czatu\n\nNa czacie staramy się odpisać w ciągu 3 minut.\n", "pl", "response_time"),
        ("Оператор\n\nСмотрим на две цифры: сколько звонков вы сделали и сколько карт продлили.\n", "ru", "volume"),
        # round s99: the share solved at the first contact or without passing it on, the results of quality checks,
        # calls monitored, members reached
        ("Специалист\n\nВ оценке работы учитываются доля обращений, решённых при первом контакте.\n", "ru",
         "first_contact_resolution"),
        ("Специалист первой линии\n\nНаша цель — решать 70% обращений на первой линии, без передачи дальше.\n", "ru",
         "first_contact_resolution"),
        ("Специалист\n\nПремия зависит от результатов проверки качества.\n", "ru", "quality"),
        ("Retention Advisor\n\nYour calls are monitored for quality.\n", "en", "quality"),
        ("Retention Advisor\n\nWe look at the number of members you reach each evening.\n", "en", "volume"),
    ],
)
def test_measures_of_rounds_s95_and_s99(text: str, lang: str, kpi: str) -> None:
    assert kpi in analyze(text, lang=lang).kpis


def test_a_recruiters_reply_time_is_no_measure_of_the_job() -> None:
    # dev s78: "Odpisuję w ciągu 48 h" answers the candidates
    assert "response_time" not in analyze("Windykator\n\nCV wyślij na maila. Odpisuję w ciągu 48 h.\n", lang="pl").kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpis"),
    [
        # rounds s100 and s101: the rating a customer gives a conversation is CSAT, not a quality check; a sentence of a
        # paragraph that says how the work is judged; the team's results measured; the handling's length, cases solved
        # without a transfer or first time, connections a day, a daily plan of calls
        ("Konsultant czatu\n\nNa co patrzymy: ocena rozmowy wystawiana przez widza (CSAT).\n", "pl", {"csat"}),
        ("Тимлид\n\nПоказатели группы:\n• оценка диалога водителем после закрытия обращения.\n", "ru", {"csat"}),
        ("Konsultant\n\nTo nie jest praca sprzedażowa. Twoją pracę oceniamy na podstawie odsłuchów wybranych rozmów i "
         "krótkiej ankiety po kontakcie.\n", "pl", {"quality", "csat"}),
        ("Konsultant\n\nWyniki zespołu mierzymy odsetkiem spraw zamkniętych przy pierwszym kontakcie oraz wskaźnikiem "
         "NPS.\n", "pl", {"first_contact_resolution", "nps"}),
        ("Специалист\n\nКлючевые показатели: средняя длительность обработки обращения.\n", "ru", {"handling_time"}),
        ("Оператор\n\nКлючевые показатели: доля обращений, решённых без перевода в другие подразделения.\n", "ru",
         {"first_contact_resolution"}),
        ("Оператор\n\nKPI проекта: от 100 результативных соединений в день.\n", "ru", {"volume"}),
        ("Customer Advisor\n\nHow we measure success\nResolving the customer's query first time.\n", "en",
         {"first_contact_resolution"}),
        ("Konsultant windykacji\n\nDzienny plan to około 120 połączeń.\n", "pl", {"volume"}),
        # ... a measure the ad sets aside ("rather than on how many calls"), the recruiter's answer to applicants
        ("Fraud Advisor\n\nHow we measure success\nAdvisors are measured on the quality of their calls rather than "
         "on how many calls they take.\n", "en", {"quality"}),
        ("Lider zespołu\n\nOferujemy umowę o pracę.\n\nAplikuj przez przycisk poniżej – na zgłoszenia odpowiadamy w "
         "ciągu 7 dni roboczych.\n", "pl", set()),
        # rounds s102 and s103: a key measures' header with a word before it, a paragraph opening with "we look at" or
        # "we check", the count of calls held
        ("Konsultant\n\nWymagania:\n• angielski B1\n\nKluczowe wskaźniki:\nśredni czas obsługi zgłoszenia oraz wynik "
         "ankiety satysfakcji.\n", "pl", {"handling_time", "csat"}),
        ("Konsultant\n\nKogo szukamy\n• empatii\n\nPatrzymy na NPS po każdej rozmowie oraz na czas odpowiedzi na "
         "czacie.\n", "pl", {"nps", "response_time"}),
        ("Konsultant\n\nMile widziane: język ukraiński.\n\nSprawdzamy, jak szybko odpowiadamy (pierwsza odpowiedź na "
         "czacie do 5 minut) oraz jak użytkownicy oceniają naszą pomoc.\n", "pl", {"response_time", "csat"}),
        ("Windykator\n\nJak rozliczamy efekty:\nliczba przeprowadzonych rozmów w miesiącu.\n", "pl", {"volume"}),
        # round s105: "by which measures the work is judged" opening a line, cases solved without a second call
        ("Оператор\n\nТребования:\n• грамотная речь\n\nПо каким показателям оценивается работа: среднее время "
         "обработки звонка и оценка качества разговоров по чек-листу.\n", "ru", {"handling_time", "quality"}),
        ("Специалист\n\nКак оцениваем работу: доля обращений, решённых без повторного звонка клиента.\n", "ru",
         {"first_contact_resolution"}),
    ],
)
def test_measures_of_rounds_s100_to_s105(text: str, lang: str, kpis: set[str]) -> None:
    assert set(analyze(text, lang=lang).kpis) == kpis



@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # round s112: the recruiter answers every applicant within ten days; a targets header's own words
        ("Konsultant\n\nObowiązki:\n- odbierasz telefony\n\nWyślij CV przez przycisk „Aplikuj”. Odpowiadamy każdej "
         "osobie w ciągu 10 dni roboczych.\n", "pl", "response_time"),
        ("Оператор\n\nОбязанности:\n- отвечать на звонки\n\nКак оценивают работу?\nРуководитель прослушивает "
         "несколько ваших звонков.\n", "ru", "csat"),
    ],
)  # fmt: skip
def test_words_that_measure_nothing_in_round_s112(text: str, lang: str, absent: str) -> None:
    assert absent not in analyze(text, lang=lang).kpis


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a count of sales a day or of activations a shift under the plan's or the target's word
        ("Agent\n\nDuties:\n- call customers\nTarget: 5 sales a day.\n", "en"),
        ("Оператор\n\nОбязанности:\n- звонить клиентам\nПлан — от 3 активаций за смену.\n", "ru"),
        # a plan of enrolments
        ("Администратор\n\nУсловия:\n- оклад + бонус; есть план по зачислениям на учебный год\n", "ru"),
    ],
)
def test_sales_counted_or_planned_are_the_sales_target(text: str, lang: str) -> None:
    assert "sales_target" in analyze(text, lang=lang).kpis


@pytest.mark.parametrize(
    ("lang", "ad"),
    [
        ("en", "Agent\n\nResponsibilities:\n- Achieve monthly premium targets\n"),
        ("en", "Agent\n\nResponsibilities:\n- Suggest extras and work towards a monthly add-on target\n"),
        ("en", "Agent\n\nResponsibilities:\n- ACHIEVE DAILY TARGET OF QUALIFIED APPOINTMENTS\n"),
        ("en", "Caller\n\nHow we measure\nParticipation and pledge goals for each campaign\n"),
        ("pl", "Konsultant\n\nWymagania:\n- gotowość do pracy z miesięcznym celem sprzedażowym\n"),
        ("pl", "Konsultant\n\nOferujemy:\n- dodatkową premię po przekroczeniu celu umówionych spotkań\n"),
        ("pl", "Konsultant\n\nObowiązki:\n- umawianie wizyt\n\nTwój cel to 45 odbytych konsultacji w miesiącu.\n"),
        ("ru", "Оператор\n\nОбязанности:\n- выполнение плана по выдаче кредитных карт\n"),
    ],
)
def test_a_target_and_what_it_counts_sold_or_booked_is_the_sales_target(lang: str, ad: str) -> None:
    assert "sales_target" in analyze(ad, lang=lang).kpis


@pytest.mark.parametrize(
    ("lang", "ad"),
    [
        ("en", "Agent\n\nWhat we offer\n- No sales targets, ever\n"),
        ("en", "Agent\n\nHow we measure\n- Call quality goals and handle time\n"),
        ("pl", "Doradca\n\nObowiązki:\n- w rozmowie dowiadujesz się, na jaki cel i jaką kwotę szukają kredytu\n"),
        ("pl", "Opiekun\n\nObowiązki:\n- pomagasz klientom, którzy chcą zmienić plan lub zawiesić abonament\n"),
        ("ru", "Тренер\n\nПрисылайте резюме и, если есть, запись или план любого тренинга.\n"),
    ],
)
def test_a_purpose_a_subscriptions_plan_or_another_measure_sets_no_sales_target(lang: str, ad: str) -> None:
    assert "sales_target" not in analyze(ad, lang=lang).kpis


def test_a_sales_target_the_candidate_is_asked_to_meet_is_the_jobs() -> None:
    # round s117: "Comfortable working towards monthly targets" among the requirements of a commission-paid desk
    ad = "Loyalty Advisor\n\nWhat you'll need\n- Comfortable working towards monthly targets\n"
    assert "sales_target" in analyze(ad, lang="en").kpis


def test_people_walking_through_the_door_are_no_sales_target() -> None:
    # round s119: "around 150 people walk through our doors" a busy day; "8 booked walk-throughs a week" are sold
    assert "sales_target" not in analyze("Advisor\n\nOn a busy day around 150 people walk through our doors.\n").kpis
    assert "sales_target" in analyze("Appointment Setter\n\nTarget: 8 booked walk-throughs a week.\n").kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpi"),
    [
        # round s122
        ("Konsultant helpdesku\n\nOkoło 80% spraw zamykamy w trakcie pierwszej rozmowy i chcemy, żeby tak zostało.\n",
         "pl", "first_contact_resolution"),
        ("Оператор\n\nПлан и деньги:\n• ориентир — 5 подключений за 6-часовую смену;\n", "ru", "sales_target"),
    ],
)  # fmt: skip
def test_targets_told_in_passing(text: str, lang: str, kpi: str) -> None:
    assert kpi in analyze(text, lang=lang).kpis


@pytest.mark.parametrize(
    ("text", "lang", "kpi"),
    [
        # round s123: measures told as what the team keeps an eye on
        ("Support Specialist\n\nWe measure the team on how many problems are solved in the first contact.\n", "en",
         "first_contact_resolution"),
        ("Advisor\n\nWe keep an eye on how often a passenger has to contact us a second time about the same booking.\n",
         "en", "first_contact_resolution"),
        ("Care Agent\n\nHow we measure it\nA first reply within four working hours, and the rating customers give each "
         "closed ticket.\n", "en", "csat"),
        ("Konsultant\n\nJak oceniamy Twoją pracę:\n- ocena nagranych rozmów przez zespół jakości\n", "pl", "quality"),
        ("Referent\n\nKażdą sprawę zamykasz w systemie. Na odpowiedź mamy trzy dni robocze i tego się trzymamy.\n",
         "pl", "response_time"),
        ("Специалист\n\nЧто мы смотрим: оценку после закрытия заявки.\n", "ru", "csat"),
        ("Координатор\n\nПо нашим правилам рекламация закрывается не позже чем через 21 день.\n", "ru",
         "handling_time"),
    ],
)  # fmt: skip
def test_measures_the_team_keeps_an_eye_on(text: str, lang: str, kpi: str) -> None:
    assert kpi in analyze(text, lang=lang).kpis

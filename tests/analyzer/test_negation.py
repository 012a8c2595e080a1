"""Negation and contrast: what an ad rules out is not a fact of the job."""

from __future__ import annotations

from callboard import analyze


def test_no_sales_pl() -> None:
    p = analyze("Obsługa klienta na infolinii, bez sprzedaży. Odpowiadasz na pytania klientów.", lang="pl")
    assert "sales" not in p.goals
    assert p.service_sales_mix == "service_only"


def test_no_cold_calls_pl() -> None:
    p = analyze("Odbierasz połączenia przychodzące, bez zimnych telefonów.", lang="pl")
    assert p.direction == "inbound"


def test_no_sales_ru() -> None:
    p = analyze("Консультирование клиентов по входящим звонкам, не продажи. Без холодных звонков.", lang="ru")
    assert "sales" not in p.goals
    assert p.direction == "inbound"


def test_no_cold_calling_en() -> None:
    p = analyze("You will answer inbound calls from customers. No cold calling, no sales targets.", lang="en")
    assert p.direction == "inbound"
    assert "sales" not in p.goals
    assert p.service_sales_mix == "service_only"


def test_no_experience_needed() -> None:
    for text, lang in [
        ("No experience needed, full training provided.", "en"),
        ("Doświadczenie nie jest wymagane.", "pl"),
        ("Опыт не обязателен, всему научим.", "ru"),
        ("Zapraszamy osoby bez doświadczenia.", "pl"),
        ("Рассмотрим кандидатов без опыта.", "ru"),
    ]:
        exp = analyze(text, lang=lang).requirements.experience
        assert exp.none_required is True, text


def test_not_only_is_not_a_negation() -> None:
    p = analyze("Zajmujesz się nie tylko sprzedażą, ale też obsługą reklamacji.", lang="pl")
    assert "sales" in p.goals and "complaints" in p.goals


def test_a_cue_after_a_comma_negates_only_what_stands_right_before_the_comma() -> None:
    waived = analyze("Call centre agent. Experience in customer service, not required.", lang="en")
    assert waived.requirements.experience.none_required is True
    own_subject = analyze("Call centre agent. Self-employed, own headset not needed.", lang="en")
    assert own_subject.conditions.contracts == ("self_employed",)


def test_ne_nado_after_a_duty_rules_it_out_ru() -> None:
    p = analyze("Оператор чата\nПродавать ничего не надо, только консультировать клиентов.", lang="ru")
    assert "sales" not in p.goals


def test_a_phrase_with_its_own_negation_word_is_not_negated_again() -> None:
    # "не ждало ответа дольше" names the target with its own "не"; "ни одно" before it is no denial
    ad = "Специалист поддержки\n\nОбязанности:\n- следить, чтобы ни одно обращение не ждало ответа дольше 2 часов\n"
    assert "response_time" in analyze(ad, lang="ru").kpis


def test_a_list_head_negates_every_item_of_its_list() -> None:
    # the items stand after a colon and behind commas, out of reach of a plain "не" or "not"
    ruled_out = [
        ("Оператор колл-центра. НЕ РАССМАТРИВАЕМ: подработку, фриланс, удаленную работу. Только офис.", "ru"),
        ("Оператор колл-центра. Компания не рассматривает фриланс, аутсорсинг и удаленную работу.", "ru"),
        ("Konsultant infolinii. Nie oferujemy: umowy B2B, pracy zdalnej ani pracy w nocy.", "pl"),
        ("Call centre agent. We do not offer sponsorship, relocation or remote work.", "en"),
    ]
    for text, lang in ruled_out:
        assert analyze(text, lang=lang).conditions.work_mode != "remote", text
    # the list ends with its sentence: what follows is stated
    stated = analyze("Оператор. Не рассматриваем студентов, совместителей. Работа удаленная, из дома.", lang="ru")
    assert stated.conditions.work_mode == "remote"


def test_a_bare_no_answering_a_question_negates_the_question() -> None:
    # a Q&A layout: the candidate's question, then the employer's "no"
    denied = [
        ("Odpowiadasz klientom na czacie i mailowo.\nCzy będę dzwonić do klientów?\nNie. Piszą do nas.", "pl"),
        ("Отвечаете клиентам в чате и по почте.\nНужно ли звонить клиентам? Нет, только переписка.", "ru"),
        ("You answer customers by chat and e-mail.\nWill I be calling customers?\nNo. Customers write to us.", "en"),
    ]
    for text, lang in denied:
        p = analyze(text, lang=lang)
        assert "phone" not in p.channels, text
        assert p.direction == "inbound", text
    # the question answered "no" about experience waives it
    asked = analyze("Konsultant infolinii.\nCzy potrzebuję doświadczenia?\nNie. Wszystkiego nauczymy.", lang="pl")
    assert asked.requirements.experience is not None and asked.requirements.experience.none_required
    # "No ...? No problem" answers nothing; nor does a "no" that opens a sentence of its own words
    for text, lang in [
        ("Will I be calling customers? No problem if you have never done it: we train you.", "en"),
        ("Czy będę dzwonić do klientów? Nie tylko: odbierasz też połączenia.", "pl"),
    ]:
        assert "phone" in analyze(text, lang=lang).channels, text


def test_remote_work_that_is_not_possible_is_no_remote_job() -> None:
    for text, lang in [
        ("Konsultant. Praca zdalna nie jest możliwa.", "pl"),
        ("Call centre agent. Remote work is not possible.", "en"),
        ("Оператор. Удаленная работа невозможна.", "ru"),
    ]:
        assert analyze(text, lang=lang).conditions.work_mode != "remote", text
    # a remote user supported is no remote work
    helpdesk = "Специалист поддержки. Обеспечение бесперебойной работы удаленных пользователей."
    assert analyze(helpdesk, lang="ru").conditions.work_mode is None


def test_a_dash_ends_the_reach_of_a_cue_after_a_phrase_save_in_russian() -> None:
    # "speaks German or Dutch – not essential, but handy": the languages are named, the dash starts the remark on them
    ad = "Reservations Agent\n\nYou'll suit us if you:\n- speak German or Dutch – not essential, but handy\n"
    assert {r.lang for r in analyze(ad, lang="en").requirements.languages} >= {"de", "nl"}
    # in Russian the dash is the copula: "Продажи — не ваша задача" says no sales
    ru = "Оператор поддержки\n\nОбязанности:\n- отвечать на вопросы абонентов\n\nПродажи — не ваша задача.\n"
    assert "sales" not in analyze(ru, lang="ru").goals


def test_a_duty_ruled_out_reaches_the_second_duty_of_its_list() -> None:
    # round s91: "You won't be giving mortgage advice or selling products; that's the advisers' job"
    ad = ("Appointment Setter\n\nYou will:\n- phone people who asked for a call back and book them in with an adviser\n"
          "- You won't be giving mortgage advice or selling products.\n")
    assert "sales" not in analyze(ad, lang="en").goals


def test_a_polish_or_russian_comma_before_and_opens_a_clause_a_negated_verb_does_not_reach() -> None:
    # round s96: "a package the subscriber never ordered, and the bill corrected" rules no correction out
    ad = ("Konsultant obsługi klienta\n\nZakres obowiązków:\n- ustalanie przyczyn niezadowolenia, np. opłaty za "
          "pakiet, którego abonent nie zamawiał, i zlecanie korekty rachunku\n")
    assert "problem_resolution" in analyze(ad, lang="pl").goals
    # ... while "ani" after the comma still goes on with the list ruled out
    ad = "Konsultant infolinii\n\nObowiązki:\n- bez telefonów, ani sprzedaży\n"
    assert "sales" not in analyze(ad, lang="pl").goals


def test_a_cue_ending_on_the_phrase_first_word_negates_it() -> None:
    # "nie prowadzisz" is a cue of its own; the recording verb "prowadzisz" it ends on is denied with it, so the
    # register listed after the comma is none of the job's (round s120)
    ad = (
        "Konsultant czatu\n\nObowiązki:\n- odpowiadasz na pytania o zamówienia na czacie,\n"
        "- historia rozmów zapisuje się sama, dlatego nie prowadzisz żadnych notatek, rejestrów ani raportów.\n"
    )
    assert "documentation" not in analyze(ad, lang="pl").goals

"""English goal families: everyday duty wordings and the look-alikes that name no goal of the job."""

from __future__ import annotations

import pytest

from callboard import analyze
from callboard.analyzer import goal_model
from tests.analyzer import helpers


def goals_of(duty: str) -> tuple[str, ...]:
    return helpers.goals_of("en", duty)


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        # refunds, credits, returns and payments handled as transactions are orders
        # round s64: a case chased until sorted; a subscription's boxes paused or skipped
        ("Chase warranty cases with panel and inverter manufacturers until they're sorted", "problem_resolution"),
        ("Parcel late or wrong colour delivered – you sort it out with the riders", "problem_resolution"),
        ("checking the driver's scans and photos to work out what actually happened", "problem_resolution"),
        ("setting up a Direct Debit again when a payment hasn't gone through", "problem_resolution"),
        ("helping clients with their claim and keeping after the insurer until it's settled", "problem_resolution"),
        ("looking after customers who are pausing or skipping boxes", "order_processing"),
        # round s67: account access won back
        ("help our users get back into their accounts", "technical_support"),
        # round s69: water bills fallen behind with, an affordable plan agreed
        ("Making outbound calls to customers who have fallen behind with their water bills", "debt_collection"),
        ("Agreeing affordable payment plans that customers can actually stick to", "debt_collection"),
        ("issue refunds to members when a class is cancelled", "order_processing"),
        ("process a refund once the item is back in the warehouse", "order_processing"),
        ("authorise credits on business accounts above the agent limit", "order_processing"),
        ("process returns for online shoppers", "order_processing"),
        ("print return labels for customers at the desk", "order_processing"),
        ("take payments for season tickets over the phone", "order_processing"),
        ("change the payment date on a loan when a borrower asks", "order_processing"),
        ("open new savings accounts for walk-in members", "order_processing"),
        ("arrange a replacement when a kettle arrives broken", "order_processing"),
        # families from the probe lines (tests/probes/en.tsv) in other words
        ("block a stolen card when the cardholder rings", "order_processing"),
        ("activate SIM cards for new business customers", "order_processing"),
        ("track down parcels that never arrived", "problem_resolution"),
        ("talk members out of cancelling their gym plan", "retention"),
        ("chase unpaid bills before they go to collections", "debt_collection"),
        ("record survey answers in the CATI system", "documentation"),
        # putting the customer's case right, beyond answering
        ("put things right when a holiday booking goes wrong", "problem_resolution"),
        ("make it right for the shopper when a box turns up damaged", "problem_resolution"),
        ("chase the courier when a parcel has not moved for days", "problem_resolution"),
        ("follow up with customers on pending issues until closure", "problem_resolution"),
        ("look into wrong charges on a customer's phone bill", "problem_resolution"),
        ("answer emails about gift aid and donations", "information"),
        # access to accounts is technical support
        ("help members who can't log in to the app", "technical_support"),
        ("walk users through two-factor setup", "technical_support"),
        ("help players with login and connection problems", "technical_support"),
        ("help players get back into hacked accounts", "technical_support"),
        ("unlock locked accounts for staff", "technical_support"),
        # offering a deal sells; offering a slot books; offering a freeze keeps the member
        ("offer the right deal to a customer comparing prices", "sales"),
        ("find them a better price on their home insurance", "sales"),
        ("offer them a slot at the nearest clinic", "appointment_setting"),
        ("offer a freeze to members who want to cancel", "retention"),
        # complaints in players' and social words
        ("review ban appeals from players", "complaints"),
        ("calm down angry posts on our social pages", "complaints"),
        # keeping them informed answers them
        ("call travellers back to keep them updated on their case", "information"),
        ("keep every case file up to date", "documentation"),
        ("keep the reservations system accurate", "documentation"),
        ("update every call on the CRM", "documentation"),
        ("refer complex cases to the duty manager", "escalation"),
        ("send on anything that needs a station manager", "escalation"),
        ("flag anything unsafe to the on-call surveyor", "escalation"),
        ("assign the claim to an adjuster", "escalation"),
        ("handle cases referred by the ombudsman", "escalation"),
        ("tag each chat in our helpdesk", "documentation"),
        # mistakes put right, cases owned to the end (probes2 families in other words)
        ("correct errors on gas bills after a meter is replaced", "problem_resolution"),
        ("refund customers who were charged twice for the same order", "problem_resolution"),
        ("reverse fees taken in error from a current account", "problem_resolution"),
        ("take ownership of each query and see it through to resolution", "problem_resolution"),
        ("help shoppers whose items never arrived", "problem_resolution"),
        # cancellers kept, lapsed members brought back
        ("call back customers trying to cancel their phone contract", "retention"),
        ("contact lapsed members and invite them to resume their membership", "retention"),
        ("call members who have not renewed their gym plan", "retention"),
        ("help undecided buyers complete their purchase on chat", "sales"),
        ("turn enquiries into booked holidays", "sales"),
        ("book a plumber for tenants with no hot water", "appointment_setting"),
        ("take calls about power cuts in the area", "incident_intake"),
        ("tell callers about planned outages in their street", "information"),
        ("capture call outcomes on the dialler", "documentation"),
        # probes3 families in other words: tickets, registers and shift reports; reports of failures taken
        ("update the ticket in Jira after every chat", "documentation"),
        ("keep a register of lost property handed in at the station", "documentation"),
        ("send your team leader a short shift report before you log off", "documentation"),
        ("receive reports of blocked drains from residents", "incident_intake"),
        ("help members who are locked out of the booking app", "technical_support"),
        ("handle claims for delayed trains under the delay repay scheme", "complaints"),
        ("ring shoppers a week later to ask how satisfied they were", "surveys"),
        ("transfer funds between a member's savings pots", "order_processing"),
        ("redirect parcels to a neighbour or a locker on request", "order_processing"),
        ("forward enquiries from landlords to the lettings team", "escalation"),
        ("refer safeguarding concerns about vulnerable tenants to the duty officer", "escalation"),
        ("answer questions about their booking on the ferry app", "information"),
        # s17 families in other words: callers walked through, questions "regarding", plans and rentals changed
        ("walk callers through the steps to top up their meter", "information"),
        ("reply to emails regarding their bills and direct debits", "information"),
        ("process plan changes for mobile customers", "order_processing"),
        ("extend their rental when a driver needs the van for longer", "order_processing"),
        ("update personal details on request from members", "order_processing"),
        ("take over calls when a patient asks to speak to a manager", "escalation"),
        ("ring the duty manager when a main bursts overnight", "escalation"),
        ("keep the engineers' job diary up to date", "documentation"),
        ("update the customer record after every contact", "documentation"),
        ("call donors who stopped giving and ask them to start giving again", "retention"),
        ("sort out orders that never turned up", "problem_resolution"),
        ("re-send parcels the courier has lost", "problem_resolution"),
        # bugs and questions passed on, repair reports taken, tenancies changed, chats tagged
        ("log crash reports and pass them to the dev team", "escalation"),
        ("send bugs to QA with steps to reproduce", "escalation"),
        ("refer anything about dosage to the pharmacist on duty", "escalation"),
        ("take repair reports from residents and raise a works order", "incident_intake"),
        ("process move-ins and notices to leave for our flats", "order_processing"),
        ("tag every conversation in Sprinklr", "documentation"),
        ("rearrange missed deliveries with the courier", "problem_resolution"),
        ("put right bills that were estimated wrongly", "problem_resolution"),
        ("help members who have trouble logging in to the portal", "technical_support"),
        ("handle compensation claims from passengers after a cancelled sailing", "complaints"),
        ("log every call on the system before the next one", "documentation"),
        ("flag payment bugs to the platform engineers", "escalation"),
        ("medication queries go to the pharmacist", "escalation"),
        ("take calls from members about anything to do with their policy", "information"),
        # families of round s18, in other words
        ("go through the bill with each guest at checkout", "information"),
        ("help riders with timetables and ticket prices", "information"),
        ("suggest the extended warranty when it's a good fit for the buyer", "sales"),
        ("keep calling warm leads until they enrol on a course", "sales"),
        ("contact members whose membership has lapsed", "retention"),
        ("phone borrowers who are behind with their payments", "debt_collection"),
        ("take the payment details and send the payment link by text", "order_processing"),
        ("arrange pickups for new business customers", "order_processing"),
        ("book vehicles in for their annual service", "appointment_setting"),
        ("log the job for the plumber when a tenant reports a leak", "incident_intake"),
        ("report safety issues on the trams straight away", "incident_intake"),
        ("make sure every contact gets logged in the CRM", "documentation"),
        ("recover locked or hacked accounts for members of the forum", "technical_support"),
        ("recommend bigger data bundles when they fit the caller's usage", "sales"),
        # round s20 wordings, in other words
        ("take calls related to meter readings and account balances", "information"),
        ("help guests figure out which room type suits their group", "information"),
        ("issue the money back to the customer's card once a cancelled trip is confirmed", "order_processing"),
        ("book tractors into the workshop for their pre-season check", "appointment_setting"),
        ("schedule our field technicians for on-site repairs", "appointment_setting"),
        ("ring owners whose boiler service is due and fix a date for the visit", "appointment_setting"),
        ("book free property appraisals for the agency's valuers", "appointment_setting"),
        ("anything the desk cannot settle goes to the supervisor with a short summary", "escalation"),
        ("coordinate with internal teams to close pending tickets", "escalation"),
        ("update every interaction in the ticketing tool with the right disposition", "documentation"),
        ("log damaged bins and missed streets as customer requests for the depot", "documentation"),
        ("accurately document all interactions in the member portal", "documentation"),
        ("keep donor preferences up to date on our database", "documentation"),
        ("sort out incorrect orders sent from the warehouse", "problem_resolution"),
        ("move the booking when a customer can no longer make it", "appointment_setting"),
        # a fault and the crew sent out to it
        ("when a boiler stops working, get one of our engineers out the same day", "incident_intake"),
        ("pass lifts that have broken down to the on-call technicians", "incident_intake"),
        ("register residents for swimming lessons and process the fees", "order_processing"),
        ("help sellers whose payout hasn't arrived and chase missing payouts", "problem_resolution"),
        ("line up loaner cars and shuttle rides for customers", "order_processing"),
        # round s50: a dealer's service desk
        ("booking services and repairs for customers who phone in", "appointment_setting"),
        ("keeping customers' service history and contact details up to date on the DMS", "documentation"),
        # round s50: an insurer's claims desk
        ("set up a loss adjuster's visit for the bigger losses", "appointment_setting"),
        ("keep the claim file complete and up to date in ClaimCenter", "documentation"),
        ("go through the policy with the member: what is covered and what their excess will be", "information"),
        ("handle the occasional frustrated customer and bring in the manager", "complaints"),
        ("register claims for damaged pallets and see each one through to a credit note", "complaints"),
        # things gone missing, errors got corrected, delayed bags traced (session 44's probes)
        ("helping members with payments that went missing", "problem_resolution"),
        ("investigating billing queries - wrong tariff applied - and getting them corrected", "problem_resolution"),
        ("tracing delayed bags across our network", "problem_resolution"),
        ("applying account credits where we got it wrong", "problem_resolution"),
    ],
)
def test_english_goal_families(duty: str, goal: str) -> None:
    assert goal in goals_of(duty)


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        ("prepare monthly sales reports in Excel", "sales"),
        ("call applicants who declined an offer of a place", "sales"),
        ("offer them a slot at the nearest clinic", "sales"),
        ("offer a freeze to members who want to cancel", "sales"),
        ("order stationery and chase purchase orders", "order_processing"),
        ("type survey reports for the surveyors", "surveys"),
        ("book a free home survey for interested homeowners", "surveys"),
        ("answer questions about payment failures on pledges", "incident_intake"),
        ("agree when to reschedule their balance", "appointment_setting"),
        ("send bugs to QA with logs and screenshots", "documentation"),
        ("answer questions about our loyalty club", "retention"),
        ("call travellers back to keep them updated on their case", "retention"),
        ("recover hacked accounts for players", "debt_collection"),
        ("keep customers up to date on their delivery", "documentation"),
        ("upsell add-ons such as online ordering", "order_processing"),
        ("give information about orders and delivery times", "order_processing"),
        ("pass anything that cannot be resolved to the second line", "problem_resolution"),
        ("issue refunds to members when a class is cancelled", "complaints"),
        ("complete e-learning modules on sales techniques", "sales"),
        ("take part in training on handling complaints", "complaints"),
        ("transfer customers who wish to cancel to the retention team", "retention"),
        ("answer questions about our loyalty programme", "retention"),
        ("explain renewal terms to members", "retention"),
        ("tell callers about planned outages in their street", "incident_intake"),
        ("process refunds for returned goods at the depot", "complaints"),
        ("pass callers interested in a new plan to our sales colleagues", "sales"),
        ("take part in coaching on how to handle cancellations", "retention"),
        ("our reservations team answers calls seven days a week", "order_processing"),
        ("please note that this is not a sales role", "documentation"),
        # probes3 look-alikes in other words: training topics, team rates, the agent's own IT, policies, keys
        ("sit a complaints handling training module in week one", "complaints"),
        ("help bring the complaint rate of the team down", "complaints"),
        ("explain our refund policy to holidaymakers", "complaints"),
        ("use the knowledge base to answer product questions", "documentation"),
        ("read the product documentation before your first shift", "documentation"),
        ("report IT incidents on your laptop to the internal helpdesk", "incident_intake"),
        ("inform your manager if your laptop stops working", "information"),
        ("hand over the keys of the office at the end of the day", "escalation"),
        ("hand over open tasks to the evening team", "escalation"),
        ("explain why energy prices have escalated this winter", "escalation"),
        ("log reports of power cuts and pass them to our field engineers", "escalation"),
        ("find a lost booking reference for a traveller", "order_processing"),
        ("keep the information screens in the waiting room current", "information"),
        # an interviewer reads its questions out; a home energy survey booked is a visit; plans that change
        ("read the questions exactly as they are written on screen", "information"),
        ("book homeowners in for a home energy survey", "surveys"),
        ("call tenants back if their plans change", "order_processing"),
        ("handle prescription renewals for regular patients", "retention"),
        ("take people through questionnaires; nothing is ever sold", "sales"),
        ("hand over keys to residents on moving-in day", "order_processing"),
        # a visit booked is no order taken
        ("booking a home survey for homeowners who qualify", "order_processing"),
        ("booking face-to-face meetings for our field advisers", "order_processing"),
        ("booking smart meter installations for households", "order_processing"),
        # a GP's referrals, offers of a place, the employer's own offer
        ("attach GP referrals to the patient's record", "sales"),
        ("call students who hold an offer to welcome them", "sales"),
        ("note that the trust offers a generous pension", "sales"),
        # calls returned, journeys rescheduled by the operator, the applicant's own application
        ("return calls to members who left a voicemail", "complaints"),
        ("call guests whose flights were rescheduled by the carrier", "appointment_setting"),
        ("we will let you know if your application is successful", "order_processing"),
        ("send out a recovery or repair partner when a van breaks down", "debt_collection"),
        ("recover hacked player accounts", "debt_collection"),
        ("booking in lost property handed in at the stations", "appointment_setting"),
        ("answer questions about fees for a late return of the car", "complaints"),
        # a lead's qualifying questions, the firm's trade, the ad's closing date, the booking software
        ("ask short qualifying questions about the buyer's budget", "information"),
        ("we are a family firm selling and servicing mobility scooters", "sales"),
        ("call homeowners who asked for information about heat pumps", "information"),
        ("applications close on Friday 30 May", "order_processing"),
        ("experience with clinic booking software is a plus", "order_processing"),
        # a remedy offered to an unhappy customer is no sale
        ("agree remedies and offer compensation within your delegated limit", "sales"),
        ("offer a refund or a goodwill credit when a delivery is late", "sales"),
        # a fault with no crew sent, a technician who is no one's dispatch
        ("walk customers through resetting a router that has stopped working", "incident_intake"),
        # the admin office is a place, not paperwork
        ("answer patients' calls from our admin office in Belmont", "documentation"),
        # round s50: patients overdue for a check-up owe nothing; a self-referral is no sale
        ("ring round our recall list to get overdue patients booked back in", "debt_collection"),
        ("send patients to the self-referral physio service", "sales"),
        # round s50: a remote session set up is the support itself, no visit booked
        ("phone the school back or set up a remote session when it is quicker", "appointment_setting"),
        # round s49: the books closed at year end are no deal closed
        ("investigate stock that doesn't tally after year-end closing", "sales"),
        # medical referrals attached are no sale (dev: "referrals" 3 wrong of 4)
        ("make sure referrals and consent forms are attached to the booking", "sales"),
        # payments researched are no market research
        ("research payments that were posted to the wrong loan", "surveys"),
    ],
)
def test_english_look_alikes_that_name_no_goal(duty: str, goal: str) -> None:
    assert goal not in goals_of(duty)


# ----------------------------------------------------------------- KPIs (English)


def _kpis_of(text: str) -> tuple[str, ...]:
    return analyze(text, lang="en").kpis


@pytest.mark.parametrize(
    ("text", "kpi"),
    [
        # a "how we measure" header after the requirements: its lines are read as targets
        (
            "Chat Advisor\n\nYou will:\n- answer chats from shoppers\n\nAbout you\n- a year in retail\n\n"
            "How success is measured\n- replies to chats inside two minutes, 85% satisfaction score\n",
            "csat",
        ),
        (
            "Support Agent\n\nYou will:\n- answer tickets\n\nWhat we're looking for\n- patience\n\n"
            "How you'll be measured\n- first response time on new tickets\n",
            "response_time",
        ),
        ("Advisor\n\nYou will:\n- take calls; the team answers 90% of calls within 30 seconds\n", "response_time"),
        ("Advisor\n\nYou will:\n- reply to every e-mail within two working days\n", "response_time"),
        ("Repairs Advisor\n\nYou will:\n- take repair calls; we judge you on fixing things first time\n",
         "first_contact_resolution"),
        ("Collections Agent\n\nYou will:\n- call customers; a QA assessment score of 80% is expected\n", "quality"),
        ("Claims Handler\n\nYou will:\n- handle claims; we look at the number of claims you close\n", "volume"),
        ("Renewals Rep\n\nYou will:\n- renew contracts and hit your quarterly number\n", "sales_target"),
        ("Front Desk Agent\n\nYou will:\n- check guests in; we track guest satisfaction monthly\n", "csat"),
        ("Chat Agent\n\nYou will:\n- reply to messages within our 10-minute target\n", "response_time"),
        ("Mail Advisor\n\nWhat we measure\n- how quickly you reply to letters and emails\n", "response_time"),
        ("Helpdesk Agent\n\nYou will:\n- fix most issues in one touch\n", "first_contact_resolution"),
        ("Fundraiser\n\nYou will:\n- call donors; we track the amount raised per hour\n", "sales_target"),
        ("QA Analyst\n\nYou will:\n- complete 35 evaluations a week\n", "volume"),
        ("Appointment Setter\n\nYou will:\n- make 90 dials per shift to warm leads\n", "volume"),
        ("Fundraiser\n\nYou will:\n- call supporters; we listen back to calls for quality\n", "quality"),
        (
            "Advisor\n\nYou will:\n- answer calls\n\nAbout you\n- patience\n\n"
            "How you'll be measured\n- customer satisfaction survey results\n",
            "csat",
        ),
        ("Renewals Advisor\n\nYou will:\n- take calls; we look at the number of renewals you secure\n", "sales_target"),
        ("Inside Sales Rep\n\nYou will:\n- call businesses; we count the new accounts you open\n", "sales_target"),
        ("Outbound Agent\n\nYou will:\n- call landlords\n- hit your daily dials\n", "volume"),
        (
            "Advisor\n\nYou will:\n- answer calls; we aim to sort most things out on the first call\n",
            "first_contact_resolution",
        ),
        (
            "Collections Agent\n\nYou will:\n- call customers in arrears\n\nMinimum requirements\n- Matric\n\n"
            "Performance is measured on promises kept and call quality audits\n",
            "quality",
        ),
    ],
)
def test_english_kpi_families(text: str, kpi: str) -> None:
    assert kpi in _kpis_of(text)


def test_a_you_might_be_a_fit_header_opens_the_requirements() -> None:
    p = analyze(
        "Support Agent\n\nYou will:\n- answer tickets\n\nHow we measure success\n- CSAT\n\n"
        "You might be a fit if you have\n- 2+ years in customer support\n",
        lang="en",
    )
    assert p.requirements.experience.min_years == 2


# ------------------------------------------------------------- benefits (English)


def _benefits_of(offer: str) -> tuple[str, ...]:
    ad = f"Customer Service Advisor\n\nYou will:\n- answer calls\n\nWhat we offer\n- {offer}\n"
    return analyze(ad, lang="en").conditions.benefits


@pytest.mark.parametrize(
    ("offer", "benefit"),
    [
        ("a health cash plan once you pass probation", "medical"),
        ("group life cover at three times salary", "insurance"),
        ("free breakfast on Fridays", "meals"),
        ("free travel on our trains for you and a partner", "transport"),
        ("15% off products in any of our pharmacies", "discounts"),
        ("free car insurance once you pass probation", "discounts"),
        ("a free parking permit for the staff car park", "parking"),
        ("two standby flights every year", "discounts"),
        ("tuition reimbursement up to $2,000 a year", "training_budget"),
        ("we pay your exam fees for the industry qualification", "training_budget"),
        ("RRSP matching up to 3%", "pension"),
        ("team meetups in Porto twice a year", "team_events"),
        ("£30 a month towards your home working costs", "remote_allowance"),
        ("a home internet stipend", "remote_allowance"),
        ("a day off on your birthday", "extra_leave"),
        ("two weeks of hotel accommodation when you arrive", "relocation"),
        ("free use of the leisure centre pool", "sport_card"),
        ("$30/hr + super, paid fortnightly", "pension"),
        ("free Spanish lessons twice a week", "language_courses"),
        ("a tax saver commuter ticket", "transport"),
        ("staff pricing on parts and workwear", "discounts"),
        ("25% off ferry fares for you and your partner", "discounts"),
        ("free fibre broadband at home", "discounts"),
        ("a reduced staff mortgage rate", "discounts"),
        ("an 8% non-contributory pension", "pension"),
    ],
)
def test_english_benefit_families(offer: str, benefit: str) -> None:
    assert benefit in _benefits_of(offer)


@pytest.mark.parametrize(
    ("offer", "benefit"),
    [
        ("8-hour shifts with a paid meal break", "meals"),
        ("a friendly team, of course", "training_budget"),
        ("a three-week paid training course before you start", "training_budget"),
        ("answer questions on fees, housing and accommodation for new students", "relocation"),
        ("a friendly team at a busy medical centre", "medical"),
        ("discounts on our online courses", "training_budget"),
    ],
)
def test_english_benefit_look_alikes(offer: str, benefit: str) -> None:
    assert benefit not in _benefits_of(offer)


def test_a_council_parking_permits_desk_offers_no_parking() -> None:
    p = analyze(
        "Parking Permits Advisor\n\nYou will:\n- help residents apply for parking permits at the counter\n\n"
        "What we offer\n- a local government pension\n",
        lang="en",
    )
    assert "parking" not in p.conditions.benefits


# ------------------------------------------------------------- channels (English)


def _channels_of(duty: str) -> tuple[str, ...]:
    return analyze(f"Support Specialist\n\nYou will:\n- {duty}\n", lang="en").channels


@pytest.mark.parametrize(
    ("duty", "channel"),
    [
        ("set up screen-share sessions with customers' IT teams when a fix is easier to show", "video"),
        ("look after students who drop in to the library help point", "in_person"),
    ],
)
def test_english_channel_families(duty: str, channel: str) -> None:
    assert channel in _channels_of(duty)


@pytest.mark.parametrize(
    ("duty", "channel"),
    [
        ("answer emails about over-the-counter medicines and vitamins", "in_person"),
        ("dig into failing API calls and webhook errors in our logs", "phone"),
        ("issue confirmation letters to new members by email", "letter"),
        ("follow our fundraising code to the letter on every chat", "letter"),
        ("answer emails from hotel guests about their reservations", "in_person"),
        ("bring two years' experience on reception in a dental surgery", "in_person"),
        ("our chat team never picks up a phone: reply to messages in the queue", "phone"),
        ("Fancy a good chat? Answer calls from our members", "chat"),
        ("join video drop-ins where students meet an adviser face to face on screen", "in_person"),
        ("take bookings by phone; the system texts owners a reminder the day before", "sms"),
    ],
)
def test_english_channel_look_alikes(duty: str, channel: str) -> None:
    assert channel not in _channels_of(duty)


# ------------------------------------------------------- education and training (English)


def _asked(requirement: str) -> str | None:
    ad = f"Support Advisor\n\nYou will:\n- answer calls\n\nRequirements\n- {requirement}\n"
    return analyze(ad, lang="en").requirements.education


@pytest.mark.parametrize(
    ("requirement", "education"),
    [
        ("a degree isn't required, curiosity is", "none"),
        ("you don't need a degree for this job", "none"),
        ("high school graduate or equivalent", "secondary"),
        ("Highers in English and Maths", "secondary"),
        ("Grade 12 certificate; fresh graduates are welcome too", "secondary"),
        ("National 5s in English and Maths, or equivalent", "secondary"),
    ],
)
def test_english_education_families(requirement: str, education: str) -> None:
    assert _asked(requirement) == education


def test_exam_fees_paid_are_no_paid_training() -> None:
    p = analyze(
        "Insurance Advisor\n\nYou will:\n- answer calls\n\nWhat we offer\n"
        "- exam fees paid for the industry licence\n- full product training\n",
        lang="en",
    )
    assert p.conditions.training.provided is True
    assert p.conditions.training.paid is None


# ------------------------------------------------------------- direction (English)


def _direction_of(duty: str) -> str | None:
    return analyze(f"Enquiries Advisor\n\nYou will:\n- answer calls from students\n- {duty}\n", lang="en").direction


def test_applicants_phoned_are_an_outbound_side() -> None:
    assert _direction_of("phone applicants whose forms are incomplete") == "both"


def test_news_told_before_the_customer_chases_is_an_outbound_side() -> None:
    assert _direction_of("when a course is moved, tell the student before they have to chase us") == "both"


@pytest.mark.parametrize(
    "duty",
    [
        "answer night calls so nobody has to wait for people to call back in the morning",
        "log the complaint for the relations team, who will follow up",
    ],
)
def test_customers_told_to_call_back_make_no_outbound_side(duty: str) -> None:
    assert _direction_of(duty) == "inbound"


def test_a_what_your_day_looks_like_header_opens_the_duties() -> None:
    p = analyze(
        "Billing Advisor\n\nAbout us\nWe supply water to the valley.\n\nWhat your day looks like\n"
        "- answer calls about bills\n- keep accurate notes on every account\n",
        lang="en",
    )
    assert "documentation" in p.goals


def test_a_who_can_apply_header_opens_the_requirements() -> None:
    p = analyze(
        "Chat Agent\n\nYou will:\n- answer chats\n\nWho can apply\n- any graduate\n",
        lang="en",
    )
    assert p.requirements.education == "higher"


def test_calling_from_home_makes_no_inbound_side() -> None:
    p = analyze(
        "Telephone Fundraiser\n\nYou will:\n- ring supporters to thank them for their gifts\n"
        "- after probation you can call from home two evenings a week\n",
        lang="en",
    )
    assert p.direction == "outbound"


def test_hours_of_talk_time_are_no_handling_time() -> None:
    p = analyze("Telesales Agent\n\nYou will:\n- make 120 dials a day and 3 hours talk time\n", lang="en")
    assert "handling_time" not in p.kpis


def test_a_language_called_a_real_asset_is_welcome() -> None:
    p = analyze(
        "Enquiries Officer\n\nYou will:\n- answer emails from students\n\n"
        "About you\n- Portuguese or Turkish would be a real asset\n",
        lang="en",
    )
    assert {(x.lang, x.required) for x in p.requirements.languages} == {("pt", False), ("tr", False)}


def test_a_minimum_requirements_header_opens_the_requirements() -> None:
    p = analyze(
        "Claims Consultant\n\nKey responsibilities\n- register new claims\n\n"
        "Minimum requirements\n- Grade 12\n- English and Zulu (written and spoken)\n",
        lang="en",
    )
    assert "zu" in {x.lang for x in p.requirements.languages}


def test_a_seasonal_contract_is_fixed_term_and_an_indefinite_one_employment() -> None:
    p = analyze("Reservations Agent\n\nSeasonal contract, full time.\n", lang="en")
    assert "fixed_term" in p.conditions.contracts
    p = analyze("Planner\n\nContract: Full-time, indefinite\n", lang="en")
    assert "employment_contract" in p.conditions.contracts


def test_a_reservations_line_is_a_phone_channel() -> None:
    p = analyze("Reservations Agent\n\nYou will pick up our reservations line and take bookings.\n", lang="en")
    assert "phone" in p.channels


def test_a_good_eye_for_detail_is_no_language_level() -> None:
    p = analyze("Advisor\n\nAbout you\n- Clear written English and a good eye for detail\n", lang="en")
    assert "en" not in {x.lang for x in p.requirements.languages}


def test_years_before_the_kind_of_experience_are_read() -> None:
    p = analyze(
        "Outbound Agent\n\nYou will:\n- call landlords\n\nWho we need\n"
        "- at least 2 years outbound / telesales / appointment setting experience\n",
        lang="en",
    )
    assert p.requirements.experience.min_years == 2


# ------------------------------------------------------------- round s21 wordings (English)


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        ("answer chats about order status for our online shop", "information"),
        ("reply to emails and chat conversations about warranty terms", "information"),
        ("show customers how to top up their meter with the app", "information"),
        ("give customers a heads-up when their delivery is running late", "information"),
        ("write down the details when a guest is unhappy with how the room was cleaned", "complaints"),
        ("mention our boiler cover and pass anyone interested to the sales desk", "sales"),
        ("set up heating oil deliveries for new households", "order_processing"),
        ("log any fault that needs a technician to visit the site", "incident_intake"),
    ],
)
def test_round_s21_duty_wordings(duty: str, goal: str) -> None:
    assert goal in goals_of(duty)


def test_updating_the_order_status_answers_no_question() -> None:
    assert "information" not in goals_of("process refunds for returned items and update the order status")


def test_s21_offer_wordings() -> None:
    p = analyze(
        "Sales Agent\n\nYou will:\n- call past customers\n\nWhat we offer\n"
        "- Headset supplied and full paid training\n- Monthly team functions\n"
        "- We pay for your exam once you pass probation\n- Subsidised staff restaurant\n"
        "- 30% off vet fees for your own pets\n- Free coffee and pantry snacks\n",
        lang="en",
    )
    assert p.conditions.equipment == "provided"
    assert {"team_events", "training_budget", "meals", "discounts", "office_perks"} <= set(p.conditions.benefits)


def test_walk_in_applicants_are_no_face_to_face_channel() -> None:
    p = analyze(
        "Chat Associate\n\nYou will:\n- answer live chats from shoppers\n\n"
        "Walk-in applicants are welcome Monday to Saturday.\n",
        lang="en",
    )
    assert "in_person" not in p.channels


def test_a_kenyan_school_certificate_and_freshers_are_read() -> None:
    p = analyze(
        "Care Agent\n\nYou will:\n- answer calls\n\nRequirements\n- KCSE mean grade C plain\n"
        "- Freshers with good communication can apply\n",
        lang="en",
    )
    assert p.requirements.education == "secondary"
    assert p.requirements.experience.none_required is True


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        ("handle calls from members regarding their cover and claim status", "information"),
        ("be the voice on the line when customers ring about their gas bill", "information"),
        ("check warranty status for owners of our coffee machines", "information"),
        ("assess delay claims and issue payments or vouchers", "order_processing"),
        ("process address updates and requests for replacement ID cards", "order_processing"),
        ("scan and index documents handed in at the desk", "documentation"),
    ],
)
def test_older_dev_duty_wordings(duty: str, goal: str) -> None:
    assert goal in goals_of(duty)


@pytest.mark.parametrize(
    ("targets", "kpi"),
    [
        ("Target: 4 surveys booked per shift", "sales_target"),
        ("Hit 10 bookings a day for a daily bonus", "sales_target"),
        ("Calls are listened back to for quality", "quality"),
        ("We listen to calls every week to check quality", "quality"),
    ],
)
def test_s21_kpi_wordings(targets: str, kpi: str) -> None:
    p = analyze(f"Appointment Setter\n\nYou will:\n- call homeowners\n\nTargets\n{targets}\n", lang="en")
    assert kpi in p.kpis


def test_a_recruiters_call_back_is_no_response_time() -> None:
    p = analyze(
        "Chat Agent\n\nYou will:\n- answer chats\n\nApply now and a consultant will call you within 48 hours.\n",
        lang="en",
    )
    assert "response_time" not in p.kpis


@pytest.mark.parametrize(
    ("line", "none_required", "min_years"),
    [
        ("- you've worked in retail or online customer service (6 months+)", False, 0.5),
        ("- At least six months in a customer service job", False, 0.5),
        ("- 12 months or more in a contact centre", False, 1.0),
        ("- You've done customer service before", False, None),
        ("- First-time jobseekers are welcome to apply", True, None),
        ("- You don't need to have sold anything before", True, None),
    ],
)
def test_experience_said_without_the_word(line: str, none_required: bool, min_years: float | None) -> None:
    p = analyze(f"Chat Advisor\n\nYou will:\n- answer chats\n\nAbout you\n{line}\n", lang="en")
    assert p.requirements.experience.none_required is none_required
    assert p.requirements.experience.min_years == min_years


def test_not_being_on_the_phones_names_no_phone_channel() -> None:
    p = analyze(
        "Customer Relations Officer\n\nYou will:\n- reply to written complaints by email\n\n"
        "This is a written role: you won't be on the phones.\n",
        lang="en",
    )
    assert "phone" not in p.channels


def test_a_headset_mailed_to_you_is_no_email_channel() -> None:
    p = analyze("Inbound Rep\n\nYou will:\n- answer calls from homeowners\n\nWe mail you a headset.\n", lang="en")
    assert "email" not in p.channels


def test_an_internet_contribution_a_home_office_set_up_and_holiday_celebrations() -> None:
    p = analyze(
        "Onboarding Specialist\n\nYou will:\n- run video calls with new customers\n\nWhat we offer\n"
        "- We pay $40 a month towards your internet\n- Home-office set-up provided\n"
        "- Holiday celebrations for the whole team\n",
        lang="en",
    )
    assert {"remote_allowance", "team_events"} <= set(p.conditions.benefits)
    assert p.conditions.equipment == "provided"


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        ("phone customers who have gone quiet and invite them back with a loyalty offer", "retention"),
        ("reach out to members who drifted away over the summer", "retention"),
        ("put urgent medical calls through to the on-call nurse", "escalation"),
        ("bring the owner in when a refund needs a decision", "escalation"),
        ("contact tenants whose direct debits bounce and agree how to settle the balance", "debt_collection"),
    ],
)
def test_s26_s30_duty_wordings(duty: str, goal: str) -> None:
    assert goal in goals_of(duty)


def test_quotes_that_have_gone_quiet_are_no_retention() -> None:
    assert "retention" not in goals_of("follow up with dealers on quotes that have gone quiet")


@pytest.mark.parametrize(
    ("targets", "kpi"),
    [
        ("Patients rate every closed ticket", "csat"),
        ("Tenant satisfaction from our yearly survey", "csat"),
        ("We look at how quickly calls are answered", "response_time"),
        ("How often a query is resolved the first time", "first_contact_resolution"),
        ("Parts sales against target each month", "sales_target"),
        ("Every interview is monitored for accuracy", "quality"),
        ("About 50 conversations a day", "volume"),
    ],
)
def test_s26_s30_kpi_wordings(targets: str, kpi: str) -> None:
    p = analyze(f"Customer Advisor\n\nYou will:\n- answer calls\n\nHow we measure success\n{targets}\n", lang="en")
    assert kpi in p.kpis


def test_per_cent_off_parts_and_a_free_gym() -> None:
    p = analyze(
        "Service Advisor\n\nYou will:\n- book services\n\n"
        "What we offer\n- 15% off parts and labour\n- Free gym access\n",
        lang="en",
    )
    assert {"discounts", "sport_card"} <= set(p.conditions.benefits)


def test_gcse_english_and_maths_is_no_language_requirement() -> None:
    p = analyze(
        "Receptionist\n\nYou will:\n- answer calls\n\nAbout you\n- A good standard of English and Maths (GCSE)\n",
        lang="en",
    )
    assert "en" not in {item.lang for item in p.requirements.languages}


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        # round s35: a case that goes to another team, a visit of the technician booked, camera permissions
        ("disputes older than a year go to the revenue assurance team with your summary", "escalation"),
        ("book the technician in for a morning that suits the tenant", "appointment_setting"),
        ("walk patients through the camera and microphone permissions before the video call", "technical_support"),
    ],
)
def test_round_s35_goals(duty: str, goal: str) -> None:
    assert goal in goals_of(duty)


def test_nothing_to_sell_and_a_returned_debit_order_name_no_sale_and_no_order() -> None:
    goals = analyze(
        "Collections Agent\n\nYou will:\n- phone tenants whose monthly debit order bounced\n\n"
        "There is nothing to sell in this job.\n",
        lang="en",
    ).goals
    assert "sales" not in goals
    assert "order_processing" not in goals


def test_week_and_suits_headers_open_duties_and_requirements() -> None:
    p = analyze(
        "Booking Consultant\n\nYour week\n- ringing homeowners whose boiler service is due\n\n"
        "You'll suit this if\n- you have done phone sales before\n",
        lang="en",
    )
    assert "sales" not in p.goals  # (the sales of the candidate's past, not the job)
    assert "duties" in p.evidence


def test_round_s36_duty_and_target_headers_and_refunds_as_transactions() -> None:
    p = analyze(
        "Customer Happiness Crew\n\nWhat you'll get up to\n- refund visits that didn't take place\n"
        "- tag every conversation in Zendesk\n\nHow we know you're smashing it\n"
        "- the thumbs up customers give at the end of each chat\n\nWhat you'll get\n- $31.20 an hour\n",
        lang="en",
    )
    assert "order_processing" in p.goals
    assert "complaints" not in p.goals
    assert "documentation" in p.goals


def test_round_s37_goals_and_their_look_alikes() -> None:
    p = analyze(
        "Advisor\n\nWhat you'll be doing\n- ringing customers whose service is due and booking the engineer in\n"
        "- getting a meter reading and correcting the account\n"
        "- recording vulnerability details on the account\n"
        "- passing anything you can't sort out – data recovery, a water-damaged handset – to the area manager\n",
        lang="en",
    )
    assert {"appointment_setting", "problem_resolution", "documentation", "escalation"} <= set(p.goals)
    assert "debt_collection" not in p.goals  # data recovery is no recovered debt
    # what the hub cannot sort out is passed on, not resolved
    passed = analyze("Advisor\n\nDuties\n- pass anything you can't sort out to the area manager\n", lang="en")
    assert "problem_resolution" not in passed.goals


def test_a_survey_booker_books_home_surveys() -> None:
    p = analyze(
        "Home Survey Booker\n\nKey Responsibilities\n- Phoning homeowners who asked for a quote\n"
        "- Booking the survey into our surveyors' calendars\n",
        lang="en",
    )
    assert p.role.id == "outbound_agent"
    assert "appointment_setting" in p.goals and "surveys" not in p.goals


@pytest.mark.parametrize(
    ("duty", "absent"),
    [
        # a pair of hands pairs no device; a pet overdue for its jabs owes nothing; a camping pitch is no sales pitch;
        # a garage's service desk is no IT service desk
        ("we need an extra pair of hands in the bookings office", "technical_support"),
        ("ring owners whose pets are overdue for vaccinations and book them in", "debt_collection"),
        ("guests wanting to reserve a pitch or a static caravan", "sales"),
        ("mornings are face to face at the service desk, booking cars in", "technical_support"),
    ],
)
def test_look_alikes_of_other_goals(duty: str, absent: str) -> None:
    assert absent not in goals_of(duty)


@pytest.mark.parametrize(
    ("duty", "goal", "absent"),
    [
        # round s38: a product suggested sells, former customers won back are kept; accounts set up and closed for
        # people moving are orders, not sales closed; a help desk tool, a vet's clinical opinion are no goals
        ("suggesting our Wi-Fi booster where a big house has a weak signal", "sales", None),
        ("calling landlords who left us last year to win them back", "retention", None),
        ("setting up accounts for customers moving in, closing them for those moving out", "order_processing", "sales"),
        ("tagging every conversation in our help desk", "documentation", "technical_support"),
        ("sorting out claims; referring those needing a clinical opinion to our vet", "problem_resolution", "surveys"),
        # round s39: a full record of each case kept, a student given the wrong room, policies updated, a visit
        # confirmed the day before; a pause or an earlier slot offered sells nothing; home emergency cover sold is
        # no emergency taken; a roof survey booked is no survey call
        ("keeping a full record of each case on our case management system", "documentation", None),
        ("help students who have been given the wrong room", "problem_resolution", None),
        ("updating policies with anything that has changed, such as new locks", "order_processing", None),
        ("give the resident a ring the day before to confirm the contractor is coming", "appointment_setting", None),
        ("someone who wants to cancel: find out why and offer a pause before you say goodbye", "retention", "sales"),
        ("ringing patients to offer an earlier slot when a diary opens up", None, "sales"),
        ("offering accidental damage cover and home emergency cover", "sales", "incident_intake"),
        ("ring farms from our lists and book a free roof survey", None, "surveys"),
        # round s41: a handover time agreed and a re-repair booked into the diary are bookings, a bill corrected and
        # reissued is sorted out; a time agreed for a callback books nothing
        ("call hirers to agree a time for their handover", "appointment_setting", None),
        ("book warranty re-repairs into the store diary", "appointment_setting", None),
        ("a bill based on a clearly mistaken reading is corrected and reissued by you", "problem_resolution", None),
        ("then you agree a time and ring the customer back later", None, "appointment_setting"),
        # s43: a charge taken by mistake refunded, a Direct Debit that did not go through
        ("refund anything we charged by mistake, up to £75 on your own say-so", "problem_resolution", None),
        ("helping customers whose Direct Debit didn't go through and setting a new date", "problem_resolution", None),
        # s44: an account rebilled, lost belongings returned, a change made to the cover, a fixed
        # deal about to end, people who wanted time to think, a switch paid per deal; a fixed tariff explained keeps
        # nobody
        ("rebilling accounts when the meter reading was estimated", "problem_resolution", None),
        ("reuniting guests with the phones and bags they left in their rooms", "problem_resolution", None),
        ("add a new car or a named driver to their cover and update the policy", "order_processing", None),
        ("call members whose fixed price deal is about to end", "retention", None),
        ("ring those who wanted a few days to think about it", "sales", None),
        ("explain when a fixed tariff comes to an end", None, "retention"),
    ],
)
def test_goals_of_rounds_s38_to_s44(duty: str, goal: str | None, absent: str | None) -> None:
    goals = goals_of(duty)
    assert goal is None or goal in goals
    assert absent is None or absent not in goals


@pytest.mark.parametrize(
    "duty",
    [
        # a fare or a bill taken twice is a case the agent puts right
        "help riders whose fare was taken twice at the gate",
        "a member was billed for twice by the card provider",
    ],
)
def test_charges_taken_twice_are_sorted_out(duty: str) -> None:
    assert "problem_resolution" in goals_of(duty)


def test_a_call_disposition_updated_is_documentation() -> None:
    assert "documentation" in goals_of("update the disposition in the dialer after every call")


def test_what_youll_be_sorting_out_opens_the_duties() -> None:
    ad = (
        "Customer Care Advisor\n\nHours: 37.5 per week, full time\n\nWhat you'll be sorting out\n"
        "- a parcel that never arrived: you chase the courier and arrange a refund\n"
    )
    goals = analyze(ad, lang="en").goals
    assert "problem_resolution" in goals or "order_processing" in goals


def test_the_firm_that_sells_is_no_sales_duty_of_an_ad_without_duties() -> None:
    p = analyze(
        "Customer Care Advisor\n\nHarbourside Home sells sofas and beds online. You will answer customers' emails "
        "about deliveries and returns.\n",
        lang="en",
    )
    assert "sales" not in p.goals


def test_the_team_a_case_is_passed_to_is_no_goal_of_the_job() -> None:
    # round s60: "technical support" names the team the case goes to, across the dashes of its examples
    duty = "Pass anything technical – a dropping connection, a faulty box – on to the client's technical support team"
    assert goals_of(duty) == ("escalation",)


def test_a_council_street_fault_passed_to_its_crews_is_incident_intake() -> None:
    # round s60: a missed bin and dumped rubbish logged and passed to the waste crews
    duty = "When a bin has been missed or rubbish dumped, you'll log the details and pass the job to the Waste crews"
    assert "incident_intake" in goals_of(duty)


def test_a_patient_overdue_a_check_up_owes_nothing_and_a_question_needing_research_is_no_survey() -> None:
    # round s62: a dental recall list; a bank's call back on a question that needs research
    assert "debt_collection" not in goals_of("Phone patients who are overdue a check-up and book them in")
    assert "surveys" not in goals_of("Phone clients back when their question needs research")


def test_claims_researched_are_no_survey_and_a_missed_visit_complained_of_is_no_booking() -> None:
    # round s70: a health plan's claim problems looked into; a broadband saves desk sorting out what went wrong
    assert "surveys" not in goals_of("Research and fix claim problems (wrong copay applied, duplicate bills)")
    duty = "Sorting out the problem behind the call - a billing mistake, a missed engineer visit - not just a discount"
    assert "appointment_setting" not in goals_of(duty)


def test_a_bank_accounts_maintenance_is_no_repair_called_in() -> None:
    # round s68: changes of address and account holders
    duty = "Process account maintenance requests: changes of address, adding or removing joint account holders"
    assert "incident_intake" not in goals_of(duty)


@pytest.mark.parametrize(
    "duty",
    [
        "take overflow calls from tenants and log repairs, raising jobs for our trades team",
        "when a leak is reported, send the job straight to our on-call network technicians",
    ],
)
def test_a_job_passed_to_the_crew_that_goes_out_is_its_intake_not_an_escalation(duty: str) -> None:
    # round s69 (README: a crew sent is part of incident intake)
    goals = goals_of(duty)
    assert "incident_intake" in goals
    assert "escalation" not in goals


def test_a_job_sent_to_the_installer_team_is_the_faults_intake() -> None:
    # round s80: a solar lease's storm damage logged and sent to the installers who go out
    goals = goals_of("customers ring about a broken panel or a roof leak after a storm – you take down the details and "
                     "photos and send the job to the client's installer team")
    assert "incident_intake" in goals and "escalation" not in goals


def test_people_upset_with_us_about_a_bill_bring_a_complaint() -> None:
    # round s82
    assert "complaints" in goals_of("sometimes owners are upset with us about a bill or a wait – you stay kind")


def test_people_who_paused_or_cancelled_are_called_back_to_keep_them() -> None:
    # round s83
    assert "retention" in goals_of("on Tuesdays you call people who've paused or cancelled in the last month")


def test_the_calls_advisers_cannot_settle_are_escalations() -> None:
    # taken by their team leader (four dev ads)
    assert "escalation" in goals_of("Taking the calls your advisers can't settle – the double booking, the refund")


def test_players_signed_up_by_phone_are_sales() -> None:
    # round s86: a charity lottery's callers
    assert "sales" in goals_of("Sign up new players over the phone and set up their monthly direct debit")


def test_a_phonathon_asks_graduates_who_used_to_give() -> None:
    # round s87: the gift asked is a sale, graduates who stopped giving are brought back
    goals = goals_of("You'll ring grads and ask them to support student bursaries, including grads who used to give")
    assert {"sales", "retention"} <= set(goals)


def test_the_customers_own_house_sale_is_no_sale_of_the_job() -> None:
    assert "sales" not in goals_of("Customers call us about how to transfer the loan when they sell the house")


def test_what_broke_sent_to_a_contractor_is_the_faults_intake() -> None:
    # round s92: a home warranty's claims line
    ad = ("Claims Intake Rep\n\nWhen a member's water heater dies, they call us. You take down what broke, tell them "
          "what their plan covers, and get the job over to a contractor in their area the same day.\n")
    assert "incident_intake" in analyze(ad, lang="en").goals


def test_plan_changes_and_a_step_up_to_a_longer_plan() -> None:
    # round s94 and older dev ads: plan changes are orders taken; a longer plan offered on a renewal call sells
    goals = analyze("Member Care Agent\n\nYou will:\n- take calls about bills and plan changes\n- call members whose "
                    "term is ending to walk them through renewing or stepping up to a longer plan\n", lang="en").goals
    assert {"order_processing", "sales"} <= set(goals)


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        # round s95: an invoice chased, prices quoted, cases brought to a manager or passed to surveyors
        ("chase the odd unpaid invoice", "debt_collection"),
        ("give our standard prices (boiler service £89) – anything bigger goes to the owner", "information"),
        ("deal with disputes over fuel charges and bring in the shift manager when it needs a second opinion",
         "escalation"),
        ("pass reports of damp and mould to our surveyors", "escalation"),
        ("take over the conversations your team can't close themselves", "escalation"),
    ],
)
def test_cases_of_round_s95(duty: str, goal: str) -> None:
    assert goal in goals_of(duty)


def test_a_safety_risk_flagged_to_the_emergency_surveyor_is_an_incident_taken() -> None:
    # dev s8: the one surveyor who acts on emergencies takes the report (the surveyors of damp are an escalation)
    assert "incident_intake" in goals_of("Flag anything that could be a safety risk to the emergency surveyor")


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        # round s96: an HR team's nominal phrases
        ("Investigation of disputed balances, including requests to the original lender", "problem_resolution"),
        ("Matching unidentified rent payments and correcting the rent ledger", "problem_resolution"),
        ("Authorising corrections to policy documents and refunds of overcharged premiums", "problem_resolution"),
        ("Responding to calls about the whereabouts of their parcels", "information"),
        ("Verbatim entry of open-ended answers into the CATI system", "documentation"),
        ("Issuing provisional credits and reversing them where a dispute is lost", "order_processing"),
        ("Referral of suspected fraud to the Fraud Investigations unit", "escalation"),
        ("Logging expressions of dissatisfaction the same day", "complaints"),
        ("Courtesy calls to tenants whose rent is more than three days late", "debt_collection"),
        # round s98: failed debits and card payments, duplicate invoices, wrong tiers and bands put right; a case
        # referred on (the referral sold is the ignore list's "referral of"); mandates reinstated; arrears agreed
        ("Checking whether a missed payment was caused by a failed Direct Debit or a bank error", "problem_resolution"),
        ("Resolution of billing queries: duplicate subscription invoices, renewals charged at the wrong tier",
         "problem_resolution"),
        ("Investigation of incorrect council tax bills, including wrong property bands", "problem_resolution"),
        ("Referral of complex benefit claims and overpayment appeals to the Benefits Assessment team", "escalation"),
        ("Reinstatement of cancelled Direct Debit mandates and changes of collection date", "order_processing"),
        ("Agreeing payment arrangements with residents who have fallen behind", "debt_collection"),
    ],
)
def test_cases_of_rounds_s96_and_s98(duty: str, goal: str) -> None:
    assert goal in goals_of(duty)


@pytest.mark.parametrize(
    "duty",
    [
        # round s96: tickets closed, a survey's quotas, a referral to another team, a debt sold on: nothing sold
        "Tagging and closing tickets in our help desk",
        "Screening respondents against quota criteria",
        "Tracing payments made to the original creditor before the account was sold",
    ],
)
def test_words_of_selling_that_sell_nothing(duty: str) -> None:
    assert "sales" not in goals_of(duty)


@pytest.mark.parametrize(
    ("duty", "goal"),
    [
        # round s110: repairs missed or left unfinished chased, parcels marked delivered but never received looked into
        ("Following up repairs that have been missed or left unfinished, and chasing contractors",
         "problem_resolution"),
        ("Investigating packages marked as delivered but not received", "problem_resolution"),
    ],
)
def test_cases_of_round_s110(duty: str, goal: str) -> None:
    with goal_model.using(goal_model.EMPTY):
        assert goal in goals_of(duty)


def test_a_bare_dispute_is_no_complaint_but_a_dispute_handled_is() -> None:
    # a disputed bill investigated is a case sorted out (dev: a bare "dispute" 18 wrong to 14 right as a complaint)
    with goal_model.using(goal_model.EMPTY):
        assert "complaints" not in goals_of("Investigating disputed bills and correcting the account")
        assert "complaints" in goals_of("Handling disputes over damage deductions from deposits")


@pytest.mark.parametrize(
    ("duty", "goal", "not_goal"),
    [
        # round s113: a parcel depot's collections are pickups; a survey's quick questions are asked, not answered
        ("answering phones and emails about their deliveries and collections", "information", "debt_collection"),
        ("call customers of our partner brands and ask 5 quick questions", None, "information"),
        # members who cancelled called with a comeback offer are won back, not sold to
        ("call members who cancelled in the last six months with a comeback offer", "retention", "sales"),
        ("pop everything into our helpdesk so the next person knows what's going on", "documentation", None),
        # round s115: a store's customers' phones set up
        ("help customers who walk in and get their phones set up and working", "technical_support", None),
        # a bare booking word beside the appointments it books
        ("booking, moving and cancelling outpatient appointments over the phone", "appointment_setting",
         "order_processing"),
    ],
)  # fmt: skip
def test_cases_of_round_s113(duty: str, goal: str | None, not_goal: str | None) -> None:
    with goal_model.using(goal_model.EMPTY):
        goals = helpers.goals_of("en", duty)
    assert goal is None or goal in goals
    assert not_goal is None or not_goal not in goals


def test_a_scams_starter_kit_and_bank_details_are_no_orders() -> None:
    ad = ("Survey callers\n\nYou will:\n- call customers and ask 5 quick questions\n\nStarter kit £65, fully refunded "
          "after your first week!\nMessage Jason on WhatsApp with your full name, date of birth and bank details so "
          "we can set up your payments!\n")  # fmt: skip
    with goal_model.using(goal_model.EMPTY):
        assert analyze(ad, lang="en").goals == ("surveys",)


def test_a_booking_clerks_bookings_are_the_appointments() -> None:
    # round s113: the title's and the record's booking words, the only order words of an appointments office
    ad = ("Outpatient Booking Clerk\n\nPatients ring us to book the appointment their GP referral asked for or to move "
          "one that no longer suits them. You will record every booking on the patient system.\n")  # fmt: skip
    with goal_model.using(goal_model.EMPTY):
        goals = analyze(ad, lang="en").goals
    assert "appointment_setting" in goals and "order_processing" not in goals
    # a hotel's room bookings beside an order word stay orders
    ad = "Reservations Agent\n\nYou will:\n- take room bookings and process cancellations\n- book spa appointments\n"
    with goal_model.using(goal_model.EMPTY):
        assert "order_processing" in analyze(ad, lang="en").goals


def test_no_signal_sent_to_the_network_team_is_a_fault_taken_in() -> None:
    text = (
        "Social Media Adviser\n\nWhat you'll do\n- A DM from a woman who has no signal indoors: you take her address "
        "and raise it with our network operations team so they can send an engineer to the mast.\n"
    )
    with goal_model.using(goal_model.EMPTY):
        assert "incident_intake" in analyze(text, lang="en").goals


def test_the_appointment_a_feedback_call_follows_is_no_booking() -> None:
    text = (
        "Patient Feedback Interviewer\n\nWe phone patients in the week after their appointment and ask twelve short "
        "questions about the visit.\n"
    )
    with goal_model.using(goal_model.EMPTY):
        assert "appointment_setting" not in analyze(text, lang="en").goals

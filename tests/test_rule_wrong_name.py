"""FL203 wrong-name: another person in the greeting or thanks, another company as the employer."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNotNamed, WrongName, same_company
from followup_lint.testing import findings_of, flagged_texts

from _names_cases import GREETING_BODY, NAMING_GREETINGS, STRANGER_GREETINGS, iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\n"

GOOD = [
    (HI + "Thanks for today.", DANA, {}),
    (HI + "I'd love to join Initech and help the platform team.", DANA, {}),
    (HI + "I'm excited about the analyst role at Initech.", DANA, {}),
    (HI + "I look forward to joining INITECH.", DANA, {}),
    (HI + "When I was at Acme, I led the billing migration.", DANA, {}),
    (HI + "At my current company, Acme, I run the on-call rota.", DANA, {}),
    (HI + "I currently work on the payments team at Globex.", DANA, {}),
    (HI + "I'd love to work with Kafka and Postgres on the new pipeline.", DANA, {}),
    (HI + "I'm keen to contribute to Kubernetes upstream as part of the role.", DANA, {}),
    (HI + "I am excited to join the Payments team.", DANA, {}),
    (HI + "I really admire Dana's team and its pace.", DANA, {}),
    (HI + "Megan from your design team showed me the prototypes.", DANA, {}),  # a colleague in passing
    ("Hi Jessica,\n\nCould you please pass my thanks on to Dana?", DANA,
     {"to": ("Jessica Moreau <jessica.moreau@initech.example>",)}),
    ("Hi Bob,\n\nThank you, Bob, for the tour.", iv("Robert Lindqvist", company="Larkspur Payments"), {}),
    ("Dear Mr. Tan,\n\nThank you again, Mr. Tan.", iv("Tan Wei Ming", company="Lionport Maritime Pte Ltd"), {}),
    (HI + "Thanks again, everyone, for a great afternoon.", DANA, {}),
    (HI + "I liked how the team at ESB Networks plans outages with you.", DANA, {}),  # a partner
    ("Dear Engineering Team,\n\nThanks for today.", DANA, {}),
    (HI + "Happy to join Zoom call at any time next week.", DANA, {}),
    (HI + "I used to work for Globex before my current job.", DANA, {}),
    ("Hi Kat,\n\nThanks for today.", iv("Katharina Schumacher", company="Initech"), {}),
    (HI + "I'd love to bring that energy to Initech.", DANA, {}),
    (HI + "I brought the same approach to Globex when I was there.", DANA, {}),
    (HI + "Happy to bring the slides to Thursday's session.", DANA, {}),
    ("Respected Sir,\n\nThank you for the interview.", DANA, {}),
    ("Dear Ma'am,\n\nThank you for the interview.", DANA, {}),
    ("Hi Bec,\n\nThanks for today.", iv("Rebecca Walsh", company="Harbour Health"), {}),
    (HI + "I admire Dana's platform team.", DANA, {}),
    ("Hi Andy,\n\nThanks for today.", iv("Nguyễn Văn An (Andy)", company="AudioSense"), {}),
    (HI + "The retry fix I applied to Kafka pipelines cut lag in half.", DANA, {}),
    (HI + "I applied to Initech because of the platform work.", DANA, {}),
]

BAD = [
    ("Hi Megan,\n\nThanks for today.", DANA, {}, ["Megan"]),
    ("Dear Ms. Fischer,\n\nThanks for today.", DANA, {}, ["Fischer"]),
    ("Dear Megan Kamau,\n\nThanks for today.", iv("Wanjiru Kamau"), {}, ["Megan"]),
    (HI + "Thank you, Megan, for the tour of the lab.", DANA, {}, ["Megan"]),
    (HI + "Thanks again Priya!", DANA, {}, ["Priya"]),
    (HI + "I'd love to join Globex and help the platform team.", DANA, {}, ["Globex"]),
    (HI + "I'm excited about the analyst role at Globex.", DANA, {}, ["Globex"]),
    (HI + "I'm very excited about joining the fraud team at Northwind Credit Union.", DANA, {},
     ["Northwind Credit Union"]),
    (HI + "Globex's mission really resonates with me.", DANA, {}, ["Globex"]),
    (HI + "I would love to work for Umbrella Corp on this.", DANA, {}, ["Umbrella Corp"]),
    (HI + "Thanks for the opportunity with Hooli.", DANA, {}, ["Hooli"]),
    (HI + "I enjoyed meeting everyone at Vandelay Industries today.", DANA, {}, ["Vandelay Industries"]),
    (HI + "I'm excited about the data team at Globex.", DANA, {}, ["Globex"]),
    ("Hi Megan and team,\n\nThanks for today.", DANA, {}, ["Megan"]),
    (HI + "I'd love to bring that energy to Brightwave.", DANA, {}, ["Brightwave"]),
    (HI + "I'm excited to bring my lean experience to Hoshi Precision.", DANA, {}, ["Hoshi Precision"]),
    (HI + "I could add value as part of Pemberton Bank's treasury team.", DANA, {}, ["Pemberton Bank"]),
    (HI + "I applied to Greystone Security because I want to do incident response.", DANA, {},
     ["Greystone Security"]),
    (HI + "Honestly, I applied to Hooli because of its platform team.", DANA, {}, ["Hooli"]),
]


@pytest.mark.parametrize("body,interview,kw", GOOD)
def test_good(body, interview, kw):
    assert flagged_texts(WrongName, body, interview, **kw) == []


@pytest.mark.parametrize("body,interview,kw,spans", BAD)
def test_bad(body, interview, kw, spans):
    assert flagged_texts(WrongName, body, interview, **kw) == spans


def test_kind_is_person_or_company():
    [person] = findings_of(WrongName, "Hi Megan,\n\nThanks.", DANA)
    assert person.data["kind"] == "person"
    [company] = findings_of(WrongName, HI + "I'd love to join Globex.", DANA)
    assert company.data["kind"] == "company" and company.data["expected"] == "Initech Inc."
    assert company.fixes[0].edits[0].replacement == "Initech Inc."


@pytest.mark.parametrize("mentioned,company,same", [
    ("Initech", "Initech Inc.", True),
    ("Initech Inc", "Initech", True),
    ("Kingsmere", "Kingsmere Hotels", True),
    ("Brackenridge & Holt", "Brackenridge & Holt LLP", True),
    ("Globex", "Initech", False),
    ("Northwind Credit Union", "Halcyon Bank", False),
])
def test_same_company(mentioned, company, same):
    assert same_company(mentioned, company) is same


def test_skipped_without_interview():
    from followup_lint.testing import run_rule

    report = run_rule(WrongName, "Hi Megan,\n\nThanks.")
    assert any(s.rule == "wrong-name" for s in report.rules_skipped)


@pytest.mark.parametrize("body,person", [
    ("G'day Shane,\n\nThanks heaps for the yard tour.", "Shane Whitlock"),
    ("Dear Sister Mokoena,\n\nThank you for the ward visit.", "Thandiwe Mokoena"),
    ("Kia ora Aroha,\n\nThanks for the trial shift.", "Aroha Ngata"),
    ("Dear Matron Okafor,\n\nThank you for your time.", "Ngozi Okafor"),
])
def test_regional_salutation_or_nursing_title_is_not_another_person(body: str, person: str) -> None:
    assert flagged_texts(WrongName, body, iv(person, company="Initech")) == []


# -- greetings: the interviewer in many forms is no stranger; somebody else is, whatever the form ---------


@pytest.mark.parametrize("greeting,person", NAMING_GREETINGS)
def test_greeting_forms_of_the_interviewer_are_not_a_wrong_name(greeting: str, person: str) -> None:
    assert flagged_texts(WrongName, greeting + GREETING_BODY, iv(person, company="Initech")) == []


@pytest.mark.parametrize("greeting,person,stranger", STRANGER_GREETINGS)
def test_somebody_elses_name_in_any_greeting_form(greeting: str, person: str, stranger: str) -> None:
    assert flagged_texts(WrongName, greeting + GREETING_BODY, iv(person, company="Initech")) == [stranger]


@pytest.mark.parametrize("greeting", ["Dear Captain,", "Hi Chef,", "Dear Doctor,", "Dear Principal,", "Good day Ma,"])
def test_a_respectful_address_without_a_name_is_not_a_stranger(greeting: str) -> None:
    assert flagged_texts(WrongName, greeting + GREETING_BODY, iv("Ngozi Okafor", company="Initech")) == []


# outside batch "tenth", class 2: "Mam" (the Indian English spelling of ma'am, "Respected Mam") and a word
# joined by a slash or "or" to a generic addressee ("Madem/Sir", "Mme/Sir") address nobody by name: no
# stranger (interviewer-not-named still reports the generic greeting)
@pytest.mark.parametrize("greeting", [
    "Dear Mam/Sir,", "Respected Mam,", "Good morning Mam,", "Hello Sir/Mam,", "Dear Mam or Sir,",
    "Respected Madem/Sir,", "Dear Mme/Sir,", "Dear Madamme / Sir,", "Dear Maddam or Sir,", "Dear Sirr/Madam,",
])
def test_a_generic_address_joined_by_a_slash_or_or_is_not_a_stranger(greeting: str) -> None:
    interview = iv("Ngozi Okafor", company="Initech")
    assert flagged_texts(WrongName, greeting + GREETING_BODY, interview) == []
    assert [f.data["reason"] for f in findings_of(InterviewerNotNamed, greeting + GREETING_BODY, interview)] == [
        "generic"]


@pytest.mark.parametrize("greeting,stranger", [("Dear Priya/Sir,", "Priya"), ("Dear Anita/Madam,", "Anita"),
                                               ("Dear Kofi or Ama,", "Kofi")])
def test_a_name_beside_a_generic_address_is_still_a_stranger(greeting: str, stranger: str) -> None:
    assert stranger in flagged_texts(WrongName, greeting + GREETING_BODY, iv("Ngozi Okafor", company="Initech"))


def test_an_initial_that_is_not_theirs_is_reported() -> None:
    interview = iv("Kwame Mensah", company="Initech")
    assert flagged_texts(WrongName, "Dear P. Brennan," + GREETING_BODY, interview) == ["P. Brennan"]
    assert flagged_texts(WrongName, "Dear P. Mensah," + GREETING_BODY, interview) == ["P"]


# -- another organisation named as the employer ----------------------------------------------------------

GLOBEX = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
TRUST = iv(("Dana Okafor", "dana.okafor@harbourlight.example"), company="Harbourlight Children's Trust")
HARROWGATE = iv(("Mark Ellison", "mark@harrowgate.example"), company="Harrowgate Analytics Ltd")

# (sentence, interview, the organisation reported)
OTHER_EMPLOYER = [
    ("I would be proud to represent Globex Assurance in the field.", GLOBEX, "Globex Assurance"),
    ("I am confident I can add value to Globex's claims team.", GLOBEX, "Globex"),
    ("I hope to become part of the Globex family.", GLOBEX, "Globex"),
    ("I would love to be part of Globex.", GLOBEX, "Globex"),
    ("I am keen to represent Globex at trade shows.", GLOBEX, "Globex"),
    ("I know I can bring real value to Globex.", GLOBEX, "Globex"),
    ("I would be proud to bring that experience to the team at St. Brigid's Hospice Foundation.", TRUST,
     "St. Brigid's Hospice Foundation"),
    ("I'd be honored to work with the team at Riverside Trust.", TRUST, "Riverside Trust"),
    ("I would be honoured to support the team at Oakfield Children's Trust.", TRUST, "Oakfield Children's Trust"),
    ("I'd be privileged to join the team at Mt. Carmel Foundation.", TRUST, "Mt. Carmel Foundation"),
    ("I would love to join Mt. Sinai Health.", TRUST, "Mt. Sinai Health"),
    ("I am excited about the fundraising team at Riverside Hospice.", TRUST, "Riverside Hospice"),
    ("I would be proud to join the development team at Saint Luke Foundation.", TRUST, "Saint Luke Foundation"),
    ("I'd be proud to work for Northgate Trust.", TRUST, "Northgate Trust"),
    # an employer named just before "and I ..." does not swallow the pronoun
    ("I would be thrilled to join Northwind Data and I look forward to hearing from you.", HARROWGATE, "Northwind Data"),
    ("I would love to join Globex Corporation and I hope to hear soon.", HARROWGATE, "Globex Corporation"),
    ("I am excited to join Umbrella Labs & I will send my references.", HARROWGATE, "Umbrella Labs"),
    ("I can't wait to join Northwind Data.", HARROWGATE, "Northwind Data"),
    ("I would be proud to work at Stark Industries and I thank you again.", HARROWGATE, "Stark Industries"),
    ("I would be thrilled to join Hooli.", HARROWGATE, "Hooli"),
    ("I am keen to join Vandelay Industries and I am ready to start.", HARROWGATE, "Vandelay Industries"),
    ("I would be delighted to join Wayne Enterprises and I would start in May.", HARROWGATE, "Wayne Enterprises"),
    ("I would be thrilled to join Soylent Foods and I look forward to it.", HARROWGATE, "Soylent Foods"),
    ("I would be glad to join Acme Robotics and I can start soon.", HARROWGATE, "Acme Robotics"),
]

# (sentence, interview): organisations named in passing, the right one in another form, or no organisation
NOT_ANOTHER_EMPLOYER = [
    ("I represented Globex at two trade fairs.", GLOBEX),
    ("I was part of the Globex data team for three years.", GLOBEX),
    ("I can add value to Salesforce projects.", GLOBEX),
    ("Being part of Hurricane Ida deployments taught me a lot.", GLOBEX),
    ("We can bring real value to Atlanta homeowners.", GLOBEX),
    ("I would love to be part of Initech.", GLOBEX),
    ("I would be honoured to represent Initech.", GLOBEX),
    ("It would be a privilege to represent the Leeds office.", GLOBEX),
    ("I'd add value to Kafka pipelines from day one.", GLOBEX),
    ("I hope to add value to the team.", GLOBEX),
    ("I would be proud to support the team at Harbourlight.", TRUST),
    ("I would be proud to join the team at the Trust.", TRUST),
    ("I'm proud to have built the team at Oakfield Trust from scratch.", TRUST),
    ("I was proud to lead the team at Oakfield Trust.", TRUST),
    ("I am proud to say the team at Oakfield Hospice raised a record sum.", TRUST),
    ("We met at St. Brigid's last spring.", TRUST),
    ("I would be proud to represent Harbourlight Children's Trust.", TRUST),
    ("I would be proud to join Harbourlight Children's Trust.", TRUST),
    ("I was proud of the team at Oakfield Trust.", TRUST),
    ("I am honoured to have worked with the team at Oakfield Trust.", TRUST),
    ("I would be thrilled to join Harrowgate Analytics and I look forward to hearing from you.", HARROWGATE),
    ("I would be thrilled to join Harrowgate and I look forward to hearing from you.", HARROWGATE),
    ("I would be thrilled to join Harrowgate Analytics Ltd and I look forward to hearing from you.", HARROWGATE),
    ("I would love to join Harrowgate Analytics Ltd.", HARROWGATE),
    ("I would love to join the team and I hope to hear soon.", HARROWGATE),
    ("I would love to join your team.", HARROWGATE),
    ("I am excited to join Harrowgate & I will send my references.", HARROWGATE),
    ("I would be proud to work at Harrowgate Analytics and I thank you again.", HARROWGATE),
    ("Joining Harrowgate would be a great step, and I hope to hear soon.", HARROWGATE),
    ("I would be delighted to join you and I would start in May.", HARROWGATE),
]


def _hi(interview) -> str:
    return "Hi " + interview.interviewers[0].name.split()[0] + ",\n\nThank you for the interview today. "


#: letter phrasing: the post, what it is, then another organisation with its legal form as the employer
FAR_EMPLOYER = [
    ("I enjoyed learning about the role of the charge nurse on the night ward with Brookfield Corporation.",
     "Brookfield Corporation"),
    ("I remain excited about the position in the payroll team with Halvorsen Ltd.", "Halvorsen Ltd"),
    ("I would welcome further opportunities at Marlowe Logistics Inc.", "Marlowe Logistics Inc"),
    ("The job of shift supervisor for the east depot with\nQuarrystone Holdings LLC appeals to me.",
     "Quarrystone Holdings LLC"),
]

#: the same phrasing about a past employer, a school, a client, the right company or no legal form
NOT_FAR_EMPLOYER = [
    "My previous role as a ward clerk with Brookfield Corporation taught me the rota system.",
    "In my last position, on the audit side, I worked with Halvorsen Ltd for two years.",
    "The position I held with Marlowe Logistics Inc. gave me forklift experience.",
    "The role of the analyst in a small team, as at Initech Inc., suits me.",
    "The internship I did in my second year at Lagos Business School shaped me.",
    "The role of the nurse in long-term care with older patients matters to me.",
    "I enjoyed the role play we did with Sarah Jones from the clinic.",
]


@pytest.mark.parametrize("sentence,org", FAR_EMPLOYER)
def test_another_employer_with_its_legal_form_far_from_the_post(sentence, org) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == [org]


@pytest.mark.parametrize("sentence", NOT_FAR_EMPLOYER)
def test_past_employers_schools_and_the_right_company_far_from_the_post_are_silent(sentence) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == []


#: outside batch "tenth", class 2: after the post, the writer's own experience at another organisation ("my 3
#: years of experience as Manager of Accounting with Super Company") is their past, not a leftover employer
OWN_EXPERIENCE_AFTER_THE_POST = [
    "After hearing more about the role, I am sure my four years of experience as a payroll officer with "
    "Halvorsen Ltd. will help.",
    "Having learnt about the position, I think my 6 years in procurement at Marlowe Logistics Inc. fit it well.",
    "For this job, my experience as shift lead at Quarrystone Holdings LLC is relevant.",
    "Regarding the role, my two years of experience in claims with Brookfield Corporation prepared me.",
    "The position suits me, as 10 years as a controller with Halvorsen Ltd have shown me.",
    "After our talk about the role, I feel my experience running audits at Brookfield Corporation counts.",
    "The job sounds right: years of experience on the tills with Marlowe Logistics Inc. taught me patience.",
    "About the post, I believe my long stint as a buyer with Quarrystone Holdings LLC is a good fit.",
]
#: ... while the post itself, after the experience, is still at another organisation
EXPERIENCE_THEN_THE_POST = [
    ("With my experience in mind, I remain keen on the position in the payroll team with Halvorsen Ltd.",
     "Halvorsen Ltd"),
    ("With 5 years in retail, I am excited about the role of store manager with Marlowe Logistics Inc.",
     "Marlowe Logistics Inc"),
]


@pytest.mark.parametrize("sentence", OWN_EXPERIENCE_AFTER_THE_POST)
def test_own_experience_at_another_organisation_after_the_post_is_the_past(sentence) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == []


@pytest.mark.parametrize("sentence,org", EXPERIENCE_THEN_THE_POST)
def test_the_post_at_another_organisation_after_ones_experience_is_still_reported(sentence, org) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == [org]


def test_an_organisation_named_in_the_interviews_topics_is_no_leftover() -> None:
    discussed = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.",
                   topics=["the candidate's years as night-shift lead at Sunbeam Bakeries Ltd"])
    sentence = "I remain excited about the position in the bakery team with Sunbeam Bakeries Ltd."
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == ["Sunbeam Bakeries Ltd"]
    assert flagged_texts(WrongName, _hi(discussed) + sentence, discussed) == []


#: a placeholder where the company's name goes is template residue (leftover-placeholder), never a wrong company
PLACEHOLDER_COMPANY = [
    "I remain very interested in the analyst position with XXX Organization.",
    "I would be thrilled to join [Company] and help the platform team.",
    "I am eager to contribute to the growth of Company XYZ.",
    "I would love to work at {{company_name}} next year.",
    "I would be proud to join ZZZ Holdings and I hope to hear soon.",
    "The opportunity with Company Name excites me.",
]


@pytest.mark.parametrize("sentence", PLACEHOLDER_COMPANY)
def test_a_placeholder_where_the_company_goes_is_no_wrong_company(sentence) -> None:
    from followup_lint.rules.placeholder import LeftoverPlaceholder

    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == []
    assert flagged_texts(LeftoverPlaceholder, _hi(GLOBEX) + sentence, GLOBEX) != []


@pytest.mark.parametrize("sentence,interview,org", OTHER_EMPLOYER)
def test_another_organisation_named_as_the_employer(sentence, interview, org) -> None:
    assert flagged_texts(WrongName, _hi(interview) + sentence, interview) == [org]


@pytest.mark.parametrize("sentence,interview", NOT_ANOTHER_EMPLOYER)
def test_not_another_employer(sentence, interview) -> None:
    assert flagged_texts(WrongName, _hi(interview) + sentence, interview) == []


@pytest.mark.parametrize("mentioned,company,same", [
    ("St. Brigid's Hospice Foundation", "Harbourlight Children's Trust", False),
    ("Riverside Trust", "Harbourlight Children's Trust", False),
    ("City of Riverton", "City of Fairhaven Planning Department", False),
    ("Oakfield University", "Whitford University", False),
    ("Harbourlight", "Harbourlight Children's Trust", True),
    ("the Trust", "Harbourlight Children's Trust", True),
    ("Harbourlight Trust", "Harbourlight Children's Trust", True),
    ("Fairhaven", "City of Fairhaven Planning Department", True),
    ("Mt. Sinai", "Mount Sinai Hospital", True),
    ("Whitford", "Whitford University", True),
    # outside batch "final", class 2: a shared trade word alone does not make the same company
    ("Bluewater Logistics", "Harrow Peak Logistics", False),
    ("Golden Field Foods", "Sunrise Agro Foods Pvt. Ltd.", False),
    ("Riverbend Credit Union", "Northwind Credit Union", False),
    ("Pacific Gas", "Pacific Bell", False),
    ("Harrow Peak", "Harrow Peak Logistics", True),
    ("Sunrise Agro", "Sunrise Agro Foods Pvt. Ltd.", True),
    ("Kestrel Bank", "Kestrel Microfinance Bank", True),
    ("Green Valley Farms", "Green Valley Foods", True),  # the same two leading words: a slip of the trade word
])
def test_same_company_ignores_generic_words(mentioned: str, company: str, same: bool) -> None:
    assert same_company(mentioned, company) is same


# A leftover company in the wordings of other Englishes (Indian, Nigerian, Gulf): the company named
# as the employer you want, with the prepositions and verbs those wordings use
_OTHER_CO = {"interviewers": [{"name": "Dana Okafor", "email": "dana.okafor@initech.example"}], "company": "Initech"}


@pytest.mark.parametrize("sentence", [
    "It would be a great privilege to be associated with Hooli.",
    "I am sure I can be an asset for Hooli in the coming years.",
    "I am eager to serve Hooli with full dedication.",
    "I wish to contribute towards the growth of Hooli.",
    "Kindly consider me for the vacancy in Hooli.",
    "I will be glad to join with Hooli at the earliest.",
])
def test_another_company_in_other_englishes(sentence: str) -> None:
    body = f"Dear Ms. Okafor,\n\nThank you for the interview. {sentence}\n\nRegards,\nSam"
    found = [f for f in findings_of(WrongName, body, _OTHER_CO) if f.data["kind"] == "company"]
    assert [f.data["name"] for f in found] == ["Hooli"]


@pytest.mark.parametrize("sentence", [
    "I was associated with Hooli as an intern in 2022.",
    "I would love a career in Data Science.",
    "Thank you for considering me for the position in Marketing.",
    "I hope to be an asset to the Kafka team.",
    "I look forward to contributing to the success of the Pune office.",
    "It would be a privilege to be associated with Initech Ltd.",
    # places and communities are served too; the looser wordings need the company to end the phrase
    "I would love to serve Brooklyn families through this work.",
    "I hope to contribute to the growth of Kenya's tech scene.",
    "I could be an asset for Python-heavy teams.",
    "I interviewed with Hooli last year, so I knew the format.",
    "I am eager to serve Medicaid patients.",
])
def test_own_past_fields_teams_and_the_right_company_are_left_alone(sentence: str) -> None:
    body = f"Dear Ms. Okafor,\n\nThank you for the interview. {sentence}\n\nRegards,\nSam"
    assert [f for f in findings_of(WrongName, body, _OTHER_CO) if f.data["kind"] == "company"] == []


def test_interviewing_me_at_another_company() -> None:
    body = "Dear Ms. Okafor,\n\nThank you for interviewing me at Hooli yesterday.\n\nSincerely,\nAmaka"
    assert [f.data["name"] for f in findings_of(WrongName, body, _OTHER_CO)] == ["Hooli"]


# Outside batch "final", class 2: a leftover company that shares only a trade word with the interview's
# ("Nile Crest Contracting" for Delta Stone Contracting), in the wordings of several Englishes
_TRADE = {"interviewers": [{"name": "Dana Okafor", "email": "dana.okafor@harrowpeak.example"}],
          "company": "Harrow Peak Logistics"}


@pytest.mark.parametrize("sentence", [
    "I remain keen on joining Bluewater Logistics as soon as possible.",
    "I am very much interested to be part of Bluewater Logistics.",
    "It will be an honour to be a part of the Bluewater family.",
    "I would be happy to work for Bluewater Logistics.",
    "I want to build my career at Bluewater Logistics.",
    "I am excited to contribute at Bluewater Logistics.",
    "I really hope to grow at Bluewater Logistics.",
    "I see myself growing at Bluewater Logistics for many years.",
])
def test_a_leftover_company_with_the_same_trade_word(sentence):
    body = f"Dear Ms. Okafor,\n\nThank you for the interview. {sentence}\n\nRegards,\nSam"
    found = [f.data["name"] for f in findings_of(WrongName, body, _TRADE) if f.data["kind"] == "company"]
    assert found and found[0].startswith("Bluewater")


@pytest.mark.parametrize("sentence", [
    "In my role at Bluewater Logistics I planned the cross-dock shifts.",
    "During my time at Bluewater Logistics I handled the customs paperwork.",
    "I worked at Bluewater Logistics for four years.",
    "My career at Bluewater Logistics taught me a lot about cold chains.",
    "Bluewater Logistics, where I worked as a dispatcher, used the same WMS.",
    "I did my internship at Bluewater Logistics.",
    "I want to build my career in Supply Chain Planning.",
    "I look forward to working in Abu Dhabi on the new hub.",
    "I hope to contribute with Python and SQL from day one.",
    "I want to contribute at Harrow Peak for many years.",
    "I am still very interested in joining Harrow Peak and working on the new hub.",
    "I want to say the team at Bluewater Logistics plans its routes well.",  # a wish, but not to join
    "I wish the team at Bluewater Logistics every success with the new depot.",
])
def test_past_employers_places_fields_and_the_right_company_are_not_a_leftover(sentence):
    body = f"Dear Ms. Okafor,\n\nThank you for the interview. {sentence}\n\nRegards,\nSam"
    assert [f for f in findings_of(WrongName, body, _TRADE) if f.data["kind"] == "company"] == []


# Outside batch "fourth", class 2: a leftover company named as the organisation of the team you would join
# or serve ("the <unit> team at X", "join the X team"), without a word of wanting it
@pytest.mark.parametrize("sentence,org", [
    ("I am confident I can contribute to the underwriting team at Redfern Mutual Life from day one.",
     "Redfern Mutual Life"),
    ("My payroll background would help the reconciliation team at Okavango Trust Bank.", "Okavango Trust Bank"),
    ("I know I could support the collections team of Castlemere Finance Group.", "Castlemere Finance Group"),
    ("I would be glad to join the Tidewater Freight team next month.", "Tidewater Freight"),
    ("It would be great to be joining the Kestrelmoor family.", "Kestrelmoor"),
])
def test_another_organisation_named_as_the_team_you_would_join(sentence, org):
    body = f"Dear Ms. Okafor,\n\nThank you for the interview. {sentence}\n\nRegards,\nSam"
    assert [f.data["name"] for f in findings_of(WrongName, body, _TRADE) if f.data["kind"] == "company"] == [org]


@pytest.mark.parametrize("sentence", [
    "I supported the claims team at Redfern Mutual Life for two years.",       # your past
    "When I worked with the claims team at Redfern Mutual Life, we cut the backlog.",
    "I admired how the dispatch team at Redfern Mutual Life shares its rota.",  # no offer of yourself
    "I can contribute to the planning team at Harrow Peak Logistics at once.",   # the right company
    "I would love to join the Customer Experience team.",                        # a department
    "I can contribute to the claims team at Head Office.",
    "I can support the night team at Heathrow.",                                 # one word: perhaps a place
])
def test_past_teams_departments_and_the_right_company_are_not_another_employer(sentence):
    body = f"Dear Ms. Okafor,\n\nThank you for the interview. {sentence}\n\nRegards,\nSam"
    assert [f for f in findings_of(WrongName, body, _TRADE) if f.data["kind"] == "company"] == []


# Outside batch "fifth", class 1: a short capitalised word right before the interviewer's name (or a
# misspelling of it) that is no given name is a form of address of the writer's culture, listed or not.
@pytest.mark.parametrize("greeting,person", [
    ("Dear Bwana Kamau,", "Kamau Njoroge"),            # Swahili, not listed
    ("Dear Mzee Otieno,", "Otieno Odhiambo"),          # not listed
    ("Dear Bwana Kamua,", "Kamau Njoroge"),            # a misspelling of the name after it
    ("Dear Weyzero Hana,", "Hana Tesfaye"),            # listed
    ("Hello Khun Somchai,", "Somchai Rattanakorn"),
    ("Dear U Kyaw Zin,", "Kyaw Zin Htet"),
    ("Dear Daw Thida,", "Thida Win"),
])
def test_a_form_of_address_before_the_interviewers_name_is_no_stranger(greeting: str, person: str) -> None:
    assert flagged_texts(WrongName, greeting + GREETING_BODY, iv(person, company="Initech")) == []


@pytest.mark.parametrize("greeting,person,stranger", [
    ("Dear Megan Kamau,", "Kamau Njoroge", "Megan"),          # a given name: somebody else
    ("Dear Tiffany Otieno,", "Otieno Odhiambo", "Tiffany"),
    ("Dear Bwana Mwangi,", "Kamau Njoroge", "Bwana Mwangi"),  # no interviewer's name after it
])
def test_a_given_name_before_theirs_or_an_address_before_a_stranger_is_reported(greeting, person, stranger):
    assert flagged_texts(WrongName, greeting + GREETING_BODY, iv(person, company="Initech")) == [stranger]


# Outside batch "fifth", class 2: the word a template leaves where the name goes is a slot, not a stranger.
@pytest.mark.parametrize("greeting", ["Hi Name,", "Dear Firstname,", "Hello Surname,", "Dear Recipient,"])
def test_a_name_slot_word_in_the_greeting_is_no_stranger(greeting: str) -> None:
    assert flagged_texts(WrongName, greeting + GREETING_BODY, iv("Ngozi Okafor", company="Initech")) == []


# Outside batch "fifth", class 6 (r-204): the French-shaped offer "contribute to the development of <the
# employer>" names the company the note is meant for; the same nouns about a past deed name a past employer.
@pytest.mark.parametrize("sentence,org", [
    ("I am sure I can contribute efficiently to the expansion of Moabi Shipping.", "Moabi Shipping"),
    ("I am ready to support the progress of Kivu Transports and its clients.", "Kivu Transports"),
    ("I hope to help with the development of Tamarind Freight SA.", "Tamarind Freight SA"),
    ("My wish is to contribute to the advancement of Bwindi Couriers.", "Bwindi Couriers"),
])
def test_an_offer_to_serve_another_companys_development(sentence, org) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == [org]


@pytest.mark.parametrize("sentence", [
    "At my last post I contributed to the development of Moabi Shipping's customs desk.",
    "I helped the expansion of Kivu Transports into Goma for two years.",
    "I supported the development of Tamarind Freight SA as a dispatcher.",
    "I am keen to contribute to the development of your team.",
    "I can contribute to the development of the Douala port services.",
])
def test_a_past_deed_or_no_company_after_development_is_silent(sentence) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == []


@pytest.mark.parametrize("sentence, other", [
    ("I am sure I would be an asset to the Marlow Textile Mills team.", "Marlow Textile Mills"),
    ("I would make a strong addition to the Harbour Point Logistics family.", "Harbour Point Logistics"),
])
def test_an_asset_to_another_companys_team_is_a_leftover_company(sentence: str, other: str) -> None:
    body = f"Dear Ms. Reyes,\n\nThank you for the interview yesterday. {sentence}\n\nBest regards,\nSam"
    found = [f for f in findings_of(WrongName, body, _OTHER_CO) if f.data["kind"] == "company"]
    assert found and other in found[0].message


@pytest.mark.parametrize("sentence", [
    "I hope to be an asset to the Kafka team.",
    "I would be an asset to the Data Platform team.",
])
def test_an_asset_to_a_technology_or_department_team_is_left_alone(sentence: str) -> None:
    body = f"Dear Ms. Reyes,\n\nThank you for the interview yesterday. {sentence}\n\nBest regards,\nSam"
    assert [f for f in findings_of(WrongName, body, _OTHER_CO) if f.data["kind"] == "company"] == []


# a learner's leftover employer in lower case, in a slot that wants an employer: no everyday English word
@pytest.mark.parametrize("sentence,org", [
    ("I can see why people enjoy working at deloitte, and I hope to join soon.", "deloitte"),
    ("I would be thrilled to join infosys as a sales lead.", "infosys"),
    ("This role at accenture is exactly what I was looking for.", "accenture"),
    ("I am excited about the position for kpmg.", "kpmg"),
])
def test_a_lower_case_employer_in_an_employer_slot_is_another_company(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == [org]


@pytest.mark.parametrize("sentence", [
    "I enjoy working at home on Fridays.",            # everyday words in the slot
    "I love working at night when the office is quiet.",
    "I have always liked working at startups.",
    "I enjoy working with salesforce every day.",     # "with": a tool as often as an employer
    "My experience at deloitte taught me audit work.",  # the writer's own past
    "I worked at accenture for three years.",
    "I look forward to working at initech.",           # the interview's company in lower case
    "I'd love a role at hospitl level.",               # a misspelled everyday word is no company
])
def test_lower_case_words_that_are_no_other_employer_stay_silent(sentence: str) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == []


# Outside batch "seventh", class 2 (w-307): what the candidate's experience "would be useful for" is the
# employer the note is meant for; an all-capital abbreviation there names another employer unless it is
# the initials of the interview's company or a field, a function or a region ("IT", "NGOs", "EU").
_KESTREL = iv(("Nadia Ouali", "n.ouali@kestrel.example"), company="Kestrel Harbour Logistics SARL")


@pytest.mark.parametrize("sentence,org", [
    ("I am confident this background would be valuable to BSL and its clients.", "BSL"),
    ("My audit work could prove useful for MTC and its partners.", "MTC"),
    ("I believe my network would be of real value to Velmora Freight.", "Velmora Freight"),
    ("These skills will be very helpful for ONDA as it grows.", "ONDA"),
])
def test_what_your_experience_would_be_useful_for_is_the_employer(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, _hi(_KESTREL) + sentence, _KESTREL) == [org]


@pytest.mark.parametrize("sentence", [
    "I am sure this experience would be useful for KHL and its customers.",  # the company's initials
    "My ERP work would be useful for IT and its users.",                      # a function
    "This could be valuable to NGOs and donors alike.",                       # a kind of organisation
    "I think it would be useful for Kenya and its farmers.",                  # a place
    "The tool would be useful for Python projects.",                          # a name used as a modifier
    "The dashboard I built was useful for DHL and its drivers.",              # a fact, not a promise
])
def test_a_benefit_to_the_company_a_field_or_a_place_is_no_other_employer(sentence: str) -> None:
    assert flagged_texts(WrongName, _hi(_KESTREL) + sentence, _KESTREL) == []


# Outside batch "ninth", class 1 (y-311, y-305): a non-interviewer thanked by title and surname at the
# start of a sentence is a wrong name as a bare given name is; a run of all-capital everyday words after
# "job with" is code (or shouting), not another employer.
_VOLTA = iv(("Kwabena Asante", "kwabena.asante@volta.example"), company="Volta Agro Processing Ltd")


@pytest.mark.parametrize("sentence,stranger", [
    ("Mrs. Mensah, thank you too for the walk through the cold store.", "Mrs. Mensah"),
    ("Dr. Lindqvist, I am grateful for your time at the lab bench.", "Dr. Lindqvist"),
    ("Mr Oduya - thanks as well for the coffee and the map.", "Mr Oduya"),
])
def test_a_titled_stranger_thanked_at_a_sentence_start_is_a_wrong_name(sentence: str, stranger: str) -> None:
    body = "Dear Mr. Asante,\n\nThank you for the interview this morning.\n\n" + sentence
    assert flagged_texts(WrongName, body, _VOLTA) == [stranger]


@pytest.mark.parametrize("sentence", [
    "Mr. Asante, thank you again for the tour of the drying yard.",   # the interviewer himself
    "Mr. Asnate, thank you again for the tour of the drying yard.",   # his name misspelt: FL202's
    "Ms. Kerr, the driver, met me at the gate.",                       # no thanks: a mention
])
def test_the_interviewer_titled_or_a_titled_mention_is_no_wrong_name(sentence: str) -> None:
    body = "Dear Mr. Asante,\n\nThank you for the interview this morning.\n\n" + sentence
    assert flagged_texts(WrongName, body, _VOLTA) == []


@pytest.mark.parametrize("sentence", [
    "The worker should take the job with SELECT FOR UPDATE SKIP LOCKED inside the transaction.",
    "I would do the job with INSERT ON CONFLICT DO NOTHING instead of a lookup.",
    "That role at THE TOP OF THE TEAM sounds like fun.",
])
def test_a_run_of_capital_everyday_words_is_no_other_employer(sentence: str) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == []


@pytest.mark.parametrize("sentence,org", [
    ("I'd love a role at BANK OF ACCRA LIMITED.", "BANK OF ACCRA LIMITED"),
    ("I'm excited about the analyst role at ZENVORA.", "ZENVORA"),
])
def test_another_employer_in_capitals_is_still_reported(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == [org]


# -- probes of the label's edges, fresh wordings in many registers (issue 11) -----------------------------

BYE = "\n\nBest regards,\nSam"

# (body, draft fields, a name the finding must cover)
WRONG_NAME_PROBES = [
    (HI + "I am keen to contribute to the growth of Zenith Logistics." + BYE, {}, "Zenith Logistics"),
    (HI + "Thanks for today." + BYE, {"subject": "Thank you - analyst interview at Globex"}, "Globex"),
    (HI + "Thanks for today.\n\nHoping to join the Hooli team soon,\nSam", {}, "Hooli"),
    ("Dear Mr. Adeyemi,\n\nThank you for the interview." + BYE, {}, "Adeyemi"),
    ("Good day Ma'am Cruz,\n\nThank you for the interview." + BYE, {}, "Cruz"),
    (HI + "Thank you also, Mrs. Bello, for arranging the visit." + BYE, {}, "Bello"),
    (HI + "Special thanks to Rahul for the office tour." + BYE, {}, "Rahul"),
    (HI + "Many thanks as well to Chidi, who showed me round the plant." + BYE, {}, "Chidi"),
    ("Dear Globex team,\n\nThank you for the interview." + BYE, {}, "Globex"),
    ("Sehr geehrter Herr Becker,\n\nThank you for the interview." + BYE, {}, "Becker"),
    ("Olá Fernanda,\n\nThank you for the interview." + BYE, {}, "Fernanda"),
    ("Dear Eng. Tariq,\n\nThank you for the interview." + BYE, {}, "Tariq"),
    (HI + "Working at Globex would be a dream come true for me." + BYE, {}, "Globex"),
    (HI + "I believe I would be a great fit for Globex's analytics team." + BYE, {}, "Globex"),
]

NOT_WRONG_NAME_PROBES = [
    ("Hi Jessica,\n\nThank you for setting up the interview with Dana." + BYE,
     {"to": ("Jessica Moreau <jessica.moreau@initech.example>",)}),
    (HI + "Tunde from the warehouse team mentioned the night shift pattern." + BYE, {}),
    (HI + "I enjoyed the demo of Swingline Cloud and its audit trail." + BYE, {}),
    (HI + "I am happy to relocate to Lagos for the role." + BYE, {}),
    (HI + "I used Salesforce and HubSpot daily at my last job." + BYE, {}),
    (HI + "My referee, Mrs. Adeyemi, can confirm my dates." + BYE, {}),
    (HI + "Thanks for today, Dana." + BYE, {}),
    (HI + "I moved from Manila to Singapore last year." + BYE, {}),
    ("Good day Ma,\n\nI thank you for the opportunity accorded me to interview at Initech." + BYE, {}),
    (HI + "I read about Initech's merger with Globex last month." + BYE, {}),
    (HI + "I'll be in São Paulo next week if a second round suits you." + BYE, {}),
]


# -- the classes the probes found, on other wordings ------------------------------------------------------

@pytest.mark.parametrize("body,kw,spans", [
    # a titled name thanked after "Thank you," with its full stop: the surname decides
    (HI + "Thanks as well, Dr. Mensah, for the lab tour." + BYE, {}, ["Dr. Mensah"]),
    (HI + "Thank you too, Engr. Musa, for the site walk." + BYE, {}, ["Engr. Musa"]),
    # a business by its trade noun where a field or a place might stand
    (HI + "I hope to contribute to the success of Harmattan Foods." + BYE, {}, ["Harmattan Foods"]),
    (HI + "I would love to contribute to the growth of Summit Freight." + BYE, {}, ["Summit Freight"]),
    # another company's team greeted
    ("Hello Hooli Hiring Team!\n\nThank you for the interview." + BYE, {}, ["Hooli"]),
    ("Dear Vandelay team,\n\nThank you for the interview." + BYE, {}, ["Vandelay"]),
    # a sentence opening on the wished job
    (HI + "Working for Pied Piper would mean a great deal to me." + BYE, {}, ["Pied Piper"]),
    # the subject line
    (HI + "Thanks for today." + BYE, {"subject": "Application for the analyst position with Globex"}, ["Globex"]),
    (HI + "Thanks for today." + BYE, {"subject": "Re: my interview with Hooli on Monday"}, ["Hooli"]),
])
def test_titled_thanks_trade_names_greeted_teams_wishes_and_the_subject(body, kw, spans):
    assert flagged_texts(WrongName, body, DANA, **kw) == spans


@pytest.mark.parametrize("body,kw", [
    (HI + "Thank you, Dr. Okafor, for your time." + BYE, {}),
    (HI + "Thanks, Sam. Best of luck with the launch." + BYE, {}),
    (HI + "I want to contribute to the growth of Kenya's tech scene." + BYE, {}),
    ("Dear HR team,\n\nThank you for the interview." + BYE, {}),
    ("Dear Recruitment Team,\n\nThank you for the interview." + BYE, {}),
    (HI + "Working at Acme taught me patience." + BYE, {}),
    (HI + "Thanks for today." + BYE, {"subject": "Thank you - interview at Initech"}),
    (HI + "Thanks for today." + BYE, {"subject": "Following up on my interview with Dana"}),
    (HI + "Thanks for today." + BYE, {"subject": "Interview follow-up: my role at Globex and the new one"}),
])
def test_interviewer_titled_fields_departments_past_and_right_subject_pass(body, kw):
    assert flagged_texts(WrongName, body, DANA, **kw) == []


# -- harder wordings; the classes found are fixed ------------------------------

WRONG_NAME_PROBES_2 = [
    (HI + "I am eager to start my journey with Globex." + BYE, {}, "Globex"),
    (HI + "I'm thrilled at the prospect of joining Team Globex." + BYE, {}, "Globex"),
    (HI + "Thank you, Ms. Adebayo, for your time." + BYE, {}, "Adebayo"),
    (HI + "Please extend my thanks to Mr. Kowalski as well." + BYE, {}, "Kowalski"),
    (HI + "Kindly convey my gratitude to Engr. Bello." + BYE, {}, "Bello"),
    ("Hello Mr. Fischer and Ms. Okafor,\n\nThank you for the interview." + BYE, {}, "Fischer"),
    (HI + "I look forward to hearing from the Globex team." + BYE, {}, "Globex"),
    (HI + "Looking forward to working at Globex!" + BYE, {}, "Globex"),
    (HI + "I'm confident I'd thrive at Globex." + BYE, {}, "Globex"),
    (HI + "Thanks for the interview for the analyst post at Globex Bank." + BYE, {}, "Globex Bank"),
]

NOT_WRONG_NAME_PROBES_2 = [
    (HI + "I met Globex's CTO at a conference once." + BYE, {}),
    (HI + "I noticed Initech partners with Globex on payments." + BYE, {}),
    (HI + "Thank you, Dana, and the whole team." + BYE, {}),
    (HI + "Greetings from Accra!" + BYE, {}),
    (HI + "My current employer, Globex, allows a one-month notice period." + BYE, {}),
    (HI + "I use Microsoft Excel and Power BI daily." + BYE, {}),
    ("Dear Hiring Manager,\n\nThank you for the interview." + BYE, {}),
    ("Hi Dana and Jessica,\n\nThanks!" + BYE, {"cc": ("Jessica Moreau <jessica.moreau@initech.example>",)}),
    (HI + "Shukran, Dana, for your time." + BYE, {}),
    (HI + "Thank you, Madam, for your time." + BYE, {}),
    (HI + "Thanks again, Team Initech!" + BYE, {}),
    (HI + "I enjoyed the walk along Marina Bay afterwards." + BYE, {}),
    (HI + "Thanks for today." + BYE, {"subject": "Thank you - Senior PM interview"}),
    (HI + "I loved meeting the Data Platform team." + BYE, {}),
]


@pytest.mark.parametrize("body,kw,name", WRONG_NAME_PROBES + WRONG_NAME_PROBES_2)
def test_probe_another_person_or_company_anywhere(body: str, kw: dict, name: str) -> None:
    assert any(name in t for t in flagged_texts(WrongName, body, DANA, **kw))


@pytest.mark.parametrize("body,kw", NOT_WRONG_NAME_PROBES + NOT_WRONG_NAME_PROBES_2)
def test_probe_recruiter_colleague_product_or_city_is_no_wrong_name(body: str, kw: dict) -> None:
    assert flagged_texts(WrongName, body, DANA, **kw) == []


@pytest.mark.parametrize("body,spans", [
    (HI + "I can't wait to begin my journey with the Umbrella Group." + BYE, ["Umbrella Group"]),
    (HI + "I know I would excel at Vandelay Industries." + BYE, ["Vandelay Industries"]),
    (HI + "I'm so excited to be joining Team Hooli next month." + BYE, ["Hooli"]),
    (HI + "I'd love to meet the Pendleford team again." + BYE, ["Pendleford"]),
])
def test_a_journey_thriving_team_names_and_teams_to_hear_from_name_the_employer(body: str, spans: list[str]) -> None:
    assert flagged_texts(WrongName, body, DANA) == spans


@pytest.mark.parametrize("body", [
    HI + "My journey with Globex ended in 2021." + BYE,
    HI + "I used to thrive at Globex before the merger." + BYE,
    HI + "I thrive in Lagos traffic, honestly." + BYE,
    HI + "I would thrive in Lagos, where my family lives." + BYE,
    HI + "I'd excel at Salesforce administration from day one." + BYE,
    HI + "I look forward to meeting the Customer Success team." + BYE,
])
def test_a_past_journey_or_a_department_names_no_other_employer(body: str) -> None:
    assert flagged_texts(WrongName, body, DANA) == []


# Outside batch 11, class 1: another company as the team or family you want to be one of ("part of the team
# of X"), and a titled name in the subject that is nobody in the interview nor in To/Cc (fresh wordings)
@pytest.mark.parametrize("body,subject,spans", [
    (HI + "It would be an honour to form part of the team of Globex Logistics." + BYE, None, ["Globex Logistics"]),
    (HI + "I hope to be part of the family of Vandelay Industries soon." + BYE, None, ["Vandelay Industries"]),
    (HI + "It would be a joy to belong to the team of Pendleford Foods." + BYE, None, ["Pendleford Foods"]),
    (HI + "My dream is to be a member of the family of Kestrel Bank." + BYE, None, ["Kestrel Bank"]),
    (HI + "I want to integrate the team of Hooli Systems next year." + BYE, None, ["Hooli Systems"]),
    (HI + "Thanks for today." + BYE, "Thank you, Dr. Mensah - analyst interview", ["Dr. Mensah"]),
    (HI + "Thanks for today." + BYE, "Follow-up: Prof. Lindqvist and the analyst role", ["Prof. Lindqvist"]),
    (HI + "Thanks for today." + BYE, "Thank you Mrs. Ama Boateng", ["Mrs. Ama Boateng"]),
])
def test_another_team_of_or_a_titled_stranger_in_the_subject(body: str, subject: str | None, spans: list[str]) -> None:
    kw = {"subject": subject} if subject else {}
    assert flagged_texts(WrongName, body, DANA, **kw) == spans


@pytest.mark.parametrize("body,kw", [
    (HI + "I was part of the team of Globex Logistics for two years." + BYE, {}),
    (HI + "I would like to be part of the team of Initech." + BYE, {}),
    (HI + "I would be happy to be part of the team of Maria Lopez." + BYE, {}),
    (HI + "Being part of the team of Customer Success appeals to me." + BYE, {}),
    (HI + "Thanks for today." + BYE, {"subject": "Thank you, Ms. Okafor"}),
    (HI + "Thanks for today." + BYE, {"subject": "Thanks, Dr. Dana Okafor - follow-up"}),
    (HI + "Thanks for today." + BYE, {"subject": "Thank you Mrs. Moreau",
                                       "cc": ("Jessica Moreau <jessica.moreau@initech.example>",)}),
    (HI + "Thanks for today." + BYE, {"subject": "Mr. Sam Reyes - interview follow-up"}),
])
def test_ones_own_team_the_right_company_the_interviewer_or_a_recipient_in_the_subject(body: str, kw: dict) -> None:
    assert flagged_texts(WrongName, body, DANA, **kw) == []


# Outside batch "twelfth", class 4 (m-315): a name from another application thanked in the closing line
# after an honorific of another culture ("Thank you again, Ko Min Thant."), a name of two or three words
# after a form of address written without a full stop; the interviewer's own name so is no slip.
PHYO = iv(("Hnin Wai Phyo", "hninwaiphyo@goldendelta.example"), company="Golden Delta")
THANKED_HONORIFIC = [
    "Thank you again, Ko Aung Kyaw.",
    "Thanks so much, Daw Khin Mar Aye!",
    "Thank you once more, U Tin Maung Oo.",
    "Thanks again, Maung Zaw Lin.",
    "Thank you very much, Ma Thida Win.",
    "Thank you again, Khun Somchai Rattana.",
    "Thanks again, Ibu Sari Dewi Lestari!",
    "Thank you, Ato Bekele Tadesse Gebre.",
    "Thanks again, Sayama Nwe Nwe Yin.",
]


@pytest.mark.parametrize("closing", THANKED_HONORIFIC)
def test_a_stranger_thanked_after_an_honorific_of_another_culture_is_a_wrong_name(closing: str) -> None:
    body = f"Dear Daw Hnin Wai Phyo,\n\nThank you for the interview this afternoon.\n\n{closing}\n\nBest regards,\nSu Myat Noe"
    assert flagged_texts(WrongName, body, PHYO) == [closing.split(", ", 1)[1].rstrip(".!")]


@pytest.mark.parametrize("closing", [
    "Thank you again, Daw Hnin Wai Phyo.",
    "Thanks so much, Ma Hnin Wai!",
    "Thank you again, Daw Phyo.",
    "Thank you, U Hnin Wai Phyo, for your time.",
    "Thank you again, Ma'am.",
    "Thanks again, Ko.",
    "Thank you, Dr Hnin Wai Phyo.",
    "Thanks to u all for the warm welcome.",
    "Thank you so much for everything.",
])
def test_the_interviewer_thanked_after_an_honorific_is_no_wrong_name(closing: str) -> None:
    body = f"Dear Daw Hnin Wai Phyo,\n\nThank you for the interview this afternoon.\n\n{closing}\n\nBest regards,\nSu Myat Noe"
    assert flagged_texts(WrongName, body, PHYO) == []


# -- issue 11, the thirteenth batch: a person's full name after "with" ("the interview with Michael
# Hatmaker", the writer's own) is a person met, neither greeted nor thanked: no wrong name. An organisation
# after "with" is still one ("with Harold Logistics", "with Laura Foundation", "with Thomas Breckridge Ltd"),
# and so is a stranger greeted or thanked ----------------------------------------------------------------
@pytest.mark.parametrize("body,flagged", [
    (HI + "Here are my notes on the panel interview with Thomas Breckridge on Monday.", []),
    (HI + "I have uploaded the answers from my interview with Ngozi Adeyemi.", []),
    (HI + "These notes follow the technical interview with Laura Mendelsohn, as promised.", []),
    (HI + "Below is the code from the video interview with Harold James Pemberton.", []),
    (HI + "I enjoyed my interview with Globex Dynamics.", ["Globex Dynamics"]),
    (HI + "I enjoyed my interview with Harold Logistics.", ["Harold Logistics"]),
    (HI + "I enjoyed my interview with Morgan Stanley.", ["Morgan Stanley"]),
    (HI + "I enjoyed my interview with Laura Foundation.", ["Laura Foundation"]),
    (HI + "I enjoyed my interview with Thomas Breckridge Ltd.", ["Thomas Breckridge Ltd"]),
    ("Hi Thomas,\n\nThanks for the panel interview with Dana today.", ["Thomas"]),
])
def test_a_person_s_full_name_after_with_is_a_person_met_not_a_company(body: str, flagged: list[str]) -> None:
    assert flagged_texts(WrongName, body, DANA) == flagged


# Outside batch "fourteenth" (p-205 "Dear Person,"): a role noun standing for the name is a leftover
# placeholder (FL205), nobody else's name.
@pytest.mark.parametrize("greeting", ["Dear Person,", "Hi Applicant,", "Dear Candidate,", "Hello Ms. Manager,"])
def test_a_role_noun_standing_for_the_name_is_no_wrong_name(greeting: str) -> None:
    assert findings_of(WrongName, greeting + GREETING_BODY, iv("Laura Chen")) == []


# ... and "Dear Reviewer" (fourteenth p-102, a Markdown heading as the greeting) is a generic greeting.
@pytest.mark.parametrize("greeting", ["Dear Reviewer,", "Hello reviewers,", "# Dear Reviewer\n"])
def test_the_reviewer_greeted_by_role_is_no_wrong_name(greeting: str) -> None:
    assert findings_of(WrongName, greeting + GREETING_BODY, iv("Laura Chen")) == []


# Outside batch "fifteenth" (s-118 "Hello Hours with Experts!"): a greeting to a programme or a team by its
# name names nobody; a person's name joined to a group by a connector is still read as a name.
@pytest.mark.parametrize("greeting", [
    "Hello Friends of the Earth!", "Hi Women in Tech,", "Dear Engineers without Borders:",
    "Hi Data with Purpose Fellowship!", "Hello Girls in Data!",
])
def test_a_group_greeted_by_its_name_is_no_stranger(greeting: str) -> None:
    assert flagged_texts(WrongName, greeting + GREETING_BODY, iv("Dana Whitaker", company="Initech")) == []


@pytest.mark.parametrize("greeting,stranger", [
    ("Dear Megan for Initech,", "Megan"), ("Hi Sam at Initech,", "Sam"), ("Hello Priya with the team!", "Priya"),
])
def test_a_person_before_a_connector_is_still_a_stranger(greeting: str, stranger: str) -> None:
    assert stranger in flagged_texts(WrongName, greeting + GREETING_BODY, iv("Dana Whitaker", company="Initech"))


# Outside batch "fifteenth" (s-304 "keen to build more tools for the guests of Kizimkazi Dhow Adventures", the
# interview at Mwambao Dhow Tours): the customers of a business named by its trade, whom you wish to serve,
# are the employer's; two names that share a word but open on two other proper names are two businesses.
@pytest.mark.parametrize("company,sentence,other", [
    ("Serengeti Balloon Safaris", "I look forward to serving the guests of Tarangire Balloon Safaris.",
     "Tarangire Balloon Safaris"),
    ("Harmattan Foods", "I am eager to help the customers of Sahel Foods with faster deliveries.", "Sahel Foods"),
    ("Skyward Airways", "I would love to look after the passengers of Coastline Airways.", "Coastline Airways"),
    ("Kilwa Dhow Cruises", "I hope to make the booking page easier for the travellers of Pemba Dhow Tours.",
     "Pemba Dhow Tours"),
])
def test_the_customers_of_another_business_you_want_to_serve_name_another_company(company, sentence, other):
    body = f"Hi Dana,\n\nThank you for the interview.\n\n{sentence}\n\nBest,\nSam"
    assert flagged_texts(WrongName, body, iv("Dana Whitaker", company=company)) == [other]


@pytest.mark.parametrize("company,sentence", [
    ("Mwambao Dhow Tours", "I am keen to build more tools for the guests of Mwambao Dhow Tours."),
    ("Mwambao Dhow Tours", "I once built a form for the guests of Kilwa Dhow Cruises."),  # no wish: your past
    ("Harmattan Foods", "I am eager to serve the customers of Kenya and Uganda."),  # no business's name
    ("Harmattan Foods", "I would love to meet the clients of Maria Lopez one day."),
])
def test_the_customers_of_the_company_or_of_no_business_are_no_other_company(company, sentence):
    body = f"Hi Dana,\n\nThank you for the interview.\n\n{sentence}\n\nBest,\nSam"
    assert flagged_texts(WrongName, body, iv("Dana Whitaker", company=company)) == []


@pytest.mark.parametrize("mentioned,company,same", [
    ("Tarangire Balloon Safaris", "Serengeti Balloon Safaris", False), ("Kilwa Dhow Cruises", "Mwambao Dhow Tours", False),
    ("Mwambao Dhow", "Mwambao Dhow Tours", True), ("Kestrel Analytics", "Kestrel Data Labs", True),
])
def test_two_names_opening_on_other_proper_names_are_two_companies(mentioned, company, same):
    assert same_company(mentioned, company) is same


# Outside batch "fifteenth" (s-314 "I would also like to thank Ms. Mursal for supervising my written test"):
# "thank" with a titled person as its object names them; somebody who did not interview you is a stranger.
@pytest.mark.parametrize("sentence,stranger", [
    ("I also want to thank Mr. Haidari for showing me the warehouse.", "Mr. Haidari"),
    ("Please thank Dr. Osei for the lab tour.", "Dr. Osei"),
    ("I'd like to thank Mrs. Bello for arranging my visit.", "Mrs. Bello"),
    ("Kindly thank Eng. Musa for his patience during the site walk.", "Eng. Musa"),
])
def test_thanking_a_titled_non_interviewer_names_a_stranger(sentence: str, stranger: str) -> None:
    body = f"Dear Dr. Noori,\n\nThank you for the interview.\n\n{sentence}\n\nBest,\nSam"
    assert flagged_texts(WrongName, body, iv("Shafiqa Noori", company="Amu Relief")) == [stranger]


@pytest.mark.parametrize("sentence", [
    "I would also like to thank Dr. Noori for the tour of the camp.",  # the interviewer herself
    "I want to thank Sam. Best of all, the tour was short.",  # a full stop ending the sentence, no title
    "I will thank Amu Relief Organization in my report.",  # an organisation
])
def test_thanking_the_interviewer_or_no_titled_person_names_no_stranger(sentence: str) -> None:
    body = f"Dear Dr. Noori,\n\nThank you for the interview.\n\n{sentence}\n\nBest,\nSam"
    assert flagged_texts(WrongName, body, iv("Shafiqa Noori", company="Amu Relief Organization")) == []


# -- whole notes in many registers and Englishes, both ways -----------------
# Each is a short note (greeting, body, sign-off) with its interview; none is taken from a corpus.

_ADAEZE = iv(("Adaeze Nwosu", "adaeze.nwosu@harbourline.example"), company="Harbourline Shipping Ltd")
_ROHAN = iv(("Rohan Mehta", "rohan.mehta@trellis.example"), company="Trellis Analytics")
_PANEL = iv(("Keiko Tanaka", "k.tanaka@kumo.example"), ("Marcus Bell", "m.bell@kumo.example"), company="Kumo Robotics")
_MARIA = iv(("María José Fernández", "mjfernandez@altavista.example"), company="Grupo Altavista")
_OLENA = iv(("Olena Kovalenko", "o.kovalenko@dniprotech.example"), company="Dnipro Medtech")
_KWAME = iv(("Kwame Mensah", "kwame@sankofa.example"), company="Sankofa Microfinance")
_SHARON = iv(("Sharon Campbell", "scampbell@bluemountain.example"), company="Blue Mountain Credit Union")
_OMAR = iv(("Omar Haddad", "o.haddad@sahel.example"), company="Sahel Water Systems")
_MINJUNG = iv(("Park Min-jung", "minjung.park@hanbit.example"), company="Hanbit Semiconductor")
_ALEX = iv(("Alexander Petrov", "a.petrov@volga.example"), company="Volga Freight")
_TCS = iv(("Meera Iyer", "meera.iyer@tcs.example"), company="Tata Consultancy Services")

_SIGN = "\n\nKind regards,\nChinedu Obi"

# (note, interview, draft fields, a name the finding must cover)
WRONG_NAME_NOTES = [
    # another person greeted (another application's interviewer, a stranger), in many forms
    ("Dear Mr. Hartley,\n\nThank you for the interview on Tuesday." + _SIGN, _ROHAN, {}, "Hartley"),
    ("Hi Aditi,\n\nThanks a lot for the call today, it was very insightful." + _SIGN, _ROHAN, {}, "Aditi"),
    ("Respected Sneha Ma'am,\n\nThank you for taking my interview yesterday." + _SIGN, _ROHAN, {}, "Sneha"),
    ("Dear Thomas Whitfield,\n\nThank you for meeting me this morning." + _SIGN, _ADAEZE, {}, "Thomas"),
    ("Hey Jordan!\n\nthx for the chat earlier, super fun\n\nChinedu", _ROHAN, {}, "Jordan"),
    ("**Dear Ms. Park,**\n\nThank you for the interview." + _SIGN, _ADAEZE, {}, "Park"),
    ("Dear Keiko and Haruto,\n\nThank you both for the interview." + _SIGN, _PANEL, {}, "Haruto"),
    ("Dear Mr. Bell and Mrs. Suzuki,\n\nThank you for your time today." + _SIGN, _PANEL, {}, "Suzuki"),
    ("Dear Ustadh Khalid,\n\nThank you for receiving me at your office." + _SIGN, _OMAR, {}, "Khalid"),
    ("Salaam Brother Yusuf,\n\nThank you for the interview today." + _SIGN, _OMAR, {}, "Yusuf"),
    ("Good morning Miss Pauline,\n\nThank you for the interview this morning." + _SIGN, _SHARON, {}, "Pauline"),
    ("Dear Mr. Nowak,\n\nThank you for the interview today." + _SIGN, _OLENA, {}, "Nowak"),
    ("Estimada Lic. Gómez:\n\nThank you for the interview this morning." + _SIGN, _MARIA, {}, "Gómez"),
    ("Dear Kim Ji-hoon,\n\nThank you for the interview yesterday." + _SIGN, _MINJUNG, {}, "Ji-hoon"),
    ("Good afternoon Aunty Folake,\n\nThank you for the interview." + _SIGN, _KWAME, {}, "Folake"),
    ("Dear Ms. Wanjiru Kariuki,\n\nThank you for your time this afternoon." + _SIGN, _KWAME, {}, "Wanjiru"),
    ("Hello Sir Emeka,\n\nThank you for the interview today." + _SIGN, _KWAME, {}, "Emeka"),
    ("Dear Bongani,\n\nThank you for the interview and the tour." + _SIGN, _ADAEZE, {}, "Bongani"),
    # a non-interviewer thanked by name in the body
    ("Hi Adaeze,\n\nA special thank you to Blessing at reception for the warm welcome." + _SIGN, _ADAEZE, {},
     "Blessing"),
    ("Hi Adaeze,\n\nI'm also grateful to Ibrahim for walking me through the yard." + _SIGN, _ADAEZE, {}, "Ibrahim"),
    ("Hi Rohan,\n\nThank you too, Carlos, for the coffee and the office tour." + _SIGN, _ROHAN, {}, "Carlos"),
    ("Hi Rohan,\n\nThanks for today. Much appreciated, Vikram!" + _SIGN, _ROHAN, {}, "Vikram"),
    ("Dear Ms. Nwosu,\n\nThank you for the interview. My thanks also go to Mr. Okonkwo for the site visit."
     + _SIGN, _ADAEZE, {}, "Okonkwo"),
    ("Dear Ms. Nwosu,\n\nThank you for the interview. I am equally thankful to Engr. Danjuma for his time."
     + _SIGN, _ADAEZE, {}, "Danjuma"),
    ("Hi Keiko and Marcus,\n\nThank you both, and thanks to Hiroshi for the robot demo." + _SIGN, _PANEL, {},
     "Hiroshi"),
    ("Hi Rohan,\n\nThank you Mr. Rao and you for your time today." + _SIGN, _ROHAN, {}, "Rao"),
    # a name from another application in the closing area
    ("Hi Rohan,\n\nI enjoyed our talk about churn models.\n\nThank you again, Priyanka.\n\nBest,\nChinedu",
     _ROHAN, {}, "Priyanka"),
    ("Dear Ms. Campbell,\n\nI enjoyed our conversation.\n\nThanks once more, Mr. Lindgren.\n\nRespectfully,\n"
     "Chinedu Obi", _SHARON, {}, "Lindgren"),
    ("Hi Olena,\n\nThanks for the interview!\n\nThanks again Svetlana,\nChinedu", _OLENA, {}, "Svetlana"),
    # a stranger in the subject
    ("Hi Rohan,\n\nThanks for today." + _SIGN, _ROHAN, {"subject": "Thank you Aditi! | Data analyst interview"},
     "Aditi"),
    ("Hi Rohan,\n\nThanks for today." + _SIGN, _ROHAN, {"subject": "Thanks, Mrs. Kapoor - analyst interview"},
     "Kapoor"),
    # another company named as the employer, anywhere
    ("Hi Adaeze,\n\nI am confident I can add value at Meridian Freight." + _SIGN, _ADAEZE, {}, "Meridian Freight"),
    ("Hi Adaeze,\n\nI remain very interested in the logistics coordinator position at BlueWave Ports." + _SIGN,
     _ADAEZE, {}, "BlueWave Ports"),
    ("Hi Rohan,\n\nThank you for considering me for Nimbus Health's data team." + _SIGN, _ROHAN, {}, "Nimbus Health"),
    ("Hi Rohan,\n\nThanks for today.\n\nLooking forward to hearing from everyone at Orion Biotech,\nChinedu",
     _ROHAN, {}, "Orion Biotech"),
    ("Hi Rohan,\n\nThanks for today." + _SIGN, _ROHAN,
     {"subject": "Follow-up: Operations Analyst role - Orion Biotech"}, "Orion Biotech"),
    pytest.param("hi rohan\n\nthanks for today! really excited about the chance to join stripe.\n\nchinedu", _ROHAN,
                 {}, "stripe", marks=pytest.mark.xfail(strict=True, reason="a lower-case company that is an everyday "
                                                                          "word ('join stripe') reads as the word")),
    ("Dear Ms. Nwosu,\n\nIt would be a privilege to serve Sunrise Microfinance's clients." + _SIGN, _ADAEZE, {},
     "Sunrise Microfinance"),
    ("Dear Mr. Mensah,\n\nI look forward to contributing to Polaris Energy's mission." + _SIGN, _KWAME, {},
     "Polaris Energy"),
    ("Hi Kwame,\n\nI'm keen to grow with Tembo Logistics over the coming years." + _SIGN, _KWAME, {},
     "Tembo Logistics"),
    ("Dear Sir,\n\nKindly consider my application to Zuri Insurance favourably." + _SIGN, _KWAME, {},
     "Zuri Insurance"),
    ("Hi Olena,\n\nThanks again for the chance to interview with Bluebird Travel." + _SIGN, _OLENA, {},
     "Bluebird Travel"),
    ("Hi Sharon,\n\nI'm sure I would be a great fit for the Cobalt Mining internship." + _SIGN, _SHARON, {},
     "Cobalt Mining"),
    ("Hi Omar,\n\nPlease give my regards to the team at Nile Pumps." + _SIGN, _OMAR, {}, "Nile Pumps"),
    ("Dear Dr. Kovalenko,\n\nI am very motivated to start my career in Carpathia Pharma." + _SIGN, _OLENA, {},
     "Carpathia Pharma"),
    ("Hi Min-jung,\n\nI hope to have the opportunity to work in Daehan Chips soon." + _SIGN, _MINJUNG, {},
     "Daehan Chips"),
    pytest.param("Dear Lic. Fernández,\n\nSería un honor formar parte de Grupo Solaris, and I hope to hear from you."
                 + _SIGN, _MARIA, {}, "Grupo Solaris",
                 marks=pytest.mark.xfail(strict=True, reason="a sentence in Spanish: no Spanish employer slots")),
    pytest.param("Hi Kwame,\n\nThanks for today!\n\nCheers,\nChinedu\n"
                 "Candidate, Ashanti Savings Bank graduate programme",
                 _KWAME, {}, "Ashanti Savings Bank",
                 marks=pytest.mark.xfail(strict=True, reason="another company in the signature block is not read")),
]

# (note, interview, draft fields): no wrong name
NOT_WRONG_NAME_NOTES = [
    # thanks relayed through the reader ("pass my thanks on to"), as the held-out u11 is labelled
    ("Hi Adaeze,\n\nPlease pass my thanks on to Nomvula, who sorted my visitor pass." + _SIGN, _ADAEZE, {}),
    ("Hi Lerato,\n\nThank you for arranging my interview with Adaeze." + _SIGN, _ADAEZE,
     {"to": ("Lerato Dlamini <lerato.dlamini@harbourline.example>",)}),
    ("Dear Ms. Nwosu,\n\nMy name is Chinedu Obi and I interviewed for the planner role." + _SIGN, _ADAEZE, {}),
    ("Hi Kwame,\n\nAt Safaricom I ran the USSD billing service for three years." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nI previously interned with Deloitte in Nairobi." + _SIGN, _KWAME, {}),
    ("Hi Sharon,\n\nI will be travelling from Kingston to Montego Bay next week." + _SIGN, _SHARON, {}),
    ("Hi Rohan,\n\nI have been using Figma and Notion for the roadmap." + _SIGN, _ROHAN, {}),
    ("Hi Kwame,\n\nI graduated from Makerere University in 2021." + _SIGN, _KWAME, {}),
    ("Dear Selection Committee,\n\nThank you for the interview." + _SIGN, _KWAME, {}),
    ("To the Hiring Panel,\n\nThank you for the interview." + _SIGN, _PANEL, {}),
    ("Respected Ma'am,\n\nThank you for the interview." + _SIGN, _MINJUNG, {}),
    ("Hi Sasha,\n\nThank you for the interview." + _SIGN, _ALEX, {}),
    ("Hi Alex,\n\nThank you for the interview." + _SIGN, _ALEX, {}),
    ("Hi Mariajo,\n\nThank you for the interview." + _SIGN, _MARIA, {}),
    ("Dear Dr. Kovalenko,\n\nThank you for the interview." + _SIGN, _OLENA, {}),
    ("Dear Dr. Olena,\n\nThank you for the interview." + _SIGN, _OLENA, {}),
    ("Dear Prof. Mehta,\n\nThank you for the interview." + _SIGN, _ROHAN, {}),
    ("Respected Rohan Sir,\n\nThank you for the interview." + _SIGN, _ROHAN, {}),
    ("Hi Rohan ji,\n\nThank you for the interview." + _SIGN, _ROHAN, {}),
    ("Dear Ms. Park,\n\nThank you for the interview." + _SIGN, _MINJUNG, {}),
    ("Dear Sra. Fernández:\n\nThank you for the interview." + _SIGN, _MARIA, {}),
    ("Hi Rohan,\n\nYour story about the Unilever account stuck with me." + _SIGN,
     iv(("Rohan Mehta", "rohan.mehta@trellis.example"), company="Trellis Analytics",
        topics=("the Unilever account's churn model",)), {}),
    ("Hi Rohan,\n\nThe Nestlé rollout you described sounds like a fascinating problem." + _SIGN, _ROHAN, {}),
    ("Hi Kwame,\n\nKofi mentioned that the night shift rotates every month." + _SIGN, _KWAME, {}),
    ("Hi Rohan,\n\nAs Adam Grant says, givers win in the long run." + _SIGN, _ROHAN, {}),
    ("Hi Adaeze,\n\nThank you for introducing me to Farah after the interview." + _SIGN, _ADAEZE, {}),
    ("Hi Adaeze,\n\nThe partnership between Harbourline and Maersk is very exciting." + _SIGN, _ADAEZE, {}),
    ("Hi Adaeze,\n\nI'd love to help Harbourline win customers back from MSC." + _SIGN, _ADAEZE, {}),
    ("Hi Kwame,\n\nI would bring my experience from MTN to Sankofa." + _SIGN, _KWAME, {}),
    ("Hi Adaeze,\n\nThanks again." + _SIGN, _ADAEZE, {"subject": "Thank you - Chinedu Obi, planner interview"}),
    ("Hi Rohan,\n\nThanks for today.\n\nBest,\nChinedu Obi\nSenior Analyst, Globex Ltd\n+234 803 000 0000",
     _ROHAN, {}),
    ("Hi Rohan,\n\nThanks for today.\n\nSent from Outlook for Android", _ROHAN, {}),
    ("## Thank you, Rohan\n\nI enjoyed the case study." + _SIGN, _ROHAN, {}),
    ("Hi Rohan,\n\nMany thanks to the Trellis team for a smooth process." + _SIGN, _ROHAN, {}),
    ("Hi Rohan,\n\nThanks to everyone at Trellis Analytics for the welcome." + _SIGN, _ROHAN, {}),
    ("Hi Olena,\n\nGreetings from Victoria! The trip back was easy." + _SIGN, _OLENA, {}),
    ("Hi Olena,\n\nI will be in Florence next week if a second round suits you." + _SIGN, _OLENA, {}),
    ("Hi Rohan,\n\nI would be excited to join the Trellis Graduate Academy." + _SIGN, _ROHAN, {}),
    ("Dear Ms. Iyer,\n\nI would be proud to join TCS and its banking practice." + _SIGN, _TCS, {}),
    ("Dear Ms. Nwosu,\n\nThank you, and please thank the HR team for me too." + _SIGN, _ADAEZE, {}),
    ("Hi Keiko,\n\nThank you, and please thank Marcus for the demo too." + _SIGN, _PANEL, {}),
    ("Hi Kwame,\n\nThanks to Lagos traffic I was nearly late, sorry!" + _SIGN, _KWAME, {}),
    ("Hi Omar,\n\nJazakAllah khair for your time today." + _SIGN, _OMAR, {}),
    ("Hi Sharon,\n\nBig up yourself for the tour, Miss Campbell!" + _SIGN, _SHARON, {}),
    ("Hi Min-jung,\n\nThank you for the interview.\n\nBest,\nLee Seo-yeon", _MINJUNG, {}),
    ("Hi Rohan,\n\nI'll share my GitHub and Kaggle profiles." + _SIGN, _ROHAN, {}),
    ("Hi Rohan,\n\nI enjoyed hearing how Trellis beat Tableau on price." + _SIGN, _ROHAN, {}),
    ("Hello Team Kumo,\n\nThank you both for today." + _SIGN, _PANEL, {}),
    ("Hi Rohan,\n\nThank you, Rohan bhai, for the guidance." + _SIGN, _ROHAN, {}),
    ("Hi Olena,\n\nI am a former Nova Poshta analyst, which helped me in the case study." + _SIGN, _OLENA, {}),
    ("Hi Kwame,\n\nWhen I was at Ecobank, I handled the branch audits." + _SIGN, _KWAME, {}),
]


@pytest.mark.parametrize("body,interview,kw,name", WRONG_NAME_NOTES)
def test_another_person_greeted_or_thanked_or_another_company_named_is_a_wrong_name(body, interview, kw, name) -> None:
    assert any(name in t for t in flagged_texts(WrongName, body, interview, **kw))


@pytest.mark.parametrize("body,interview,kw", NOT_WRONG_NAME_NOTES)
def test_recruiter_own_name_past_employer_place_nickname_or_client_is_no_wrong_name(body, interview, kw) -> None:
    assert flagged_texts(WrongName, body, interview, **kw) == []


# -- the classes those notes found, on other wordings, both ways --------------------------------------

@pytest.mark.parametrize("body,interview,kw,spans", [
    # value added at/for another employer; the people there you hope to hear from or send regards to
    ("Hi Omar,\n\nI know I could add real value for Qasr Irrigation." + _SIGN, _OMAR, {}, ["Qasr Irrigation"]),
    ("Hi Omar,\n\nI hope to hear from the people at Wadi Drillers soon." + _SIGN, _OMAR, {}, ["Wadi Drillers"]),
    ("Hi Omar,\n\nWarm greetings to everyone at Oasis Agritech." + _SIGN, _OMAR, {}, ["Oasis Agritech"]),
    # growing with, a career or work in a business by its trade; an application to it
    ("Hi Kwame,\n\nI would love to keep growing with Adinkra Foods." + _SIGN, _KWAME, {}, ["Adinkra Foods"]),
    ("Hi Kwame,\n\nI hope to build a career in Volta Telecom." + _SIGN, _KWAME, {}, ["Volta Telecom"]),
    ("Hi Kwame,\n\nPlease consider my application to Akosombo Textiles." + _SIGN, _KWAME, {}, ["Akosombo Textiles"]),
    # the post named after its employer
    ("Hi Kwame,\n\nI remain very interested in the Kente Capital graduate programme." + _SIGN, _KWAME, {},
     ["Kente Capital"]),
    # another company after a dash in the subject, said by its trade or legal form
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Interview follow-up | Globex Ltd"},
     ["Globex Ltd"]),
    # thankful or indebted to another person; a thanked list; an appreciation spoken to a name
    ("Hi Kwame,\n\nI am deeply indebted to Mrs. Asare for the branch visit." + _SIGN, _KWAME, {}, ["Mrs. Asare"]),
    ("Hi Kwame,\n\nThank you Efua and Kwame for the afternoon." + _SIGN, _KWAME, {}, ["Efua"]),
    ("Hi Kwame,\n\nAppreciate it, Yaw!" + _SIGN, _KWAME, {}, ["Yaw"]),
    ("Hi Kwame,\n\nThanks as well to Precious for the coffee." + _SIGN, _KWAME, {}, ["Precious"]),
    # an untitled name thanked in the subject
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Thanks, Abena - loan officer interview"},
     ["Abena"]),
])
def test_thanks_employer_slots_and_subject_names_are_reported_on_fresh_wordings(body, interview, kw, spans) -> None:
    assert flagged_texts(WrongName, body, interview, **kw) == spans


@pytest.mark.parametrize("body,interview,kw", [
    ("Hi Kwame,\n\nI would add value for our customers from day one." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nI hope to grow with Python and Power BI in this role." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nI hope to build a career in Kumasi, close to my family." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nI want to work in Risk Management long term." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nI remain very interested in the Loan Officer role." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nI am a great fit for the L4 position." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nPlease consider my application to Sankofa Microfinance." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Interview - Loan Officer"}),
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Interview follow-up - Chinedu Obi"}),
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Thanks, Kwame - loan officer interview"}),
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Thank You Note - interview"}),
    ("Hi Kwame,\n\nI am thankful to God for the chance." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nThank you for your Patience with my questions." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nMuch appreciated, Kwame!" + _SIGN, _KWAME, {}),
])
def test_those_classes_leave_customers_tools_places_posts_and_the_interviewer_alone(body, interview, kw) -> None:
    assert flagged_texts(WrongName, body, interview, **kw) == []


@pytest.mark.parametrize("greeting,person", [
    ("Hola Majo,", "María José Fernández"), ("Hi Juanpa,", "Juan Pablo Ortiz"),
    ("Dear Analu,", "Ana Luisa da Costa"),
])
def test_the_short_form_of_a_double_given_name_names_the_interviewer(greeting: str, person: str) -> None:
    interview = iv(person, company="Initech")
    assert flagged_texts(WrongName, greeting + GREETING_BODY, interview) == []
    assert flagged_texts(InterviewerNotNamed, greeting + GREETING_BODY, interview) == []


def test_a_blend_of_another_persons_given_names_is_still_a_stranger() -> None:
    interview = iv("María José Fernández", company="Initech")
    assert flagged_texts(WrongName, "Hi Jojo," + GREETING_BODY, interview) == ["Jojo"]


# -- letters, GitHub notes, phones: the names around the interviewer -------

_LETTER = ("Chinedu Obi\n14 Allen Avenue\nIkeja, Lagos\n\n3 March 2026\n\nMs. Adaeze Nwosu\nHarbourline Shipping Ltd\n"
           "Apapa, Lagos\n\n")
_HYPHEN = iv(("Adaeze Nwosu-Okeke", "adaeze@harbourline.example"), company="Harbourline Shipping Ltd")

WRONG_NAMES_AROUND_THE_INTERVIEWER = [
    (_LETTER + "Dear Mr. Balogun,\n\nThank you for the interview on Monday." + _SIGN, _ADAEZE, {}, "Balogun"),
    (_LETTER + "Dear Ms. Nwosu,\n\nI would be honoured to join Lekki Port Services Ltd." + _SIGN, _ADAEZE, {},
     "Lekki Port Services"),
    ("Hi @tunde-dev,\n\nThanks for reviewing my take-home!" + _SIGN, _ADAEZE, {}, "tunde"),
    ("Dear Madam Folasade,\n\nThank you for the interview." + _SIGN, _ADAEZE, {}, "Folasade"),
    ("Hi Rohan,\n\nthank u so much! also thanks Neha for the snacks lol" + _SIGN, _ROHAN, {}, "Neha"),
    ("Hi Rohan,\n\nThank you. Kindly extend my gratitude to Dr. Banerjee as well." + _SIGN, _ROHAN, {}, "Banerjee"),
    pytest.param("Hi Keiko, hi Marcus, hi Yuki!\n\nThanks for the chat." + _SIGN, _PANEL, {}, "Yuki",
                 marks=pytest.mark.xfail(strict=True, reason="the greeting parser reads the first salutation "
                                                             "of a line that repeats it")),
    ("Dear Ms. Tanaka, Mr. Bell and Dr. Sato,\n\nThank you for the interview." + _SIGN, _PANEL, {}, "Sato"),
    ("Hi Olena,\n\nThanks for today. And thank you, Dmytro, for the lab tour!" + _SIGN, _OLENA, {}, "Dmytro"),
    ("Hi Omar,\n\nShukran to you and to Layla for the warm welcome." + _SIGN, _OMAR, {}, "Layla"),
    ("Hi Sharon,\n\nThanks for the interview. I'm so excited to be part of the Caribbean Pearl Hotels family."
     + _SIGN, _SHARON, {}, "Caribbean Pearl Hotels"),
    ("Hi Sharon,\n\nThanks for today.\n\nAll the best to the Kingston Mutual crew,\nChinedu", _SHARON, {},
     "Kingston Mutual"),
    ("Hi Min-jung,\n\nThanks for the interview. I am sure I can help Seoul Display grow." + _SIGN, _MINJUNG, {},
     "Seoul Display"),
    ("Hi Min-jung,\n\nThank you for the interview for the process engineer role at Busan Wafer." + _SIGN,
     _MINJUNG, {}, "Busan Wafer"),
    ("Hi Alex,\n\nThanks! Cannot wait to start at Ural Cargo next month." + _SIGN, _ALEX, {}, "Ural Cargo"),
    ("Hi Alex,\n\nThank you for the offer to join Baltic Rail as a planner." + _SIGN, _ALEX, {}, "Baltic Rail"),
    ("Dear Ms. Iyer,\n\nThank you for the interview. I look forward to contributing to Infosys." + _SIGN, _TCS, {},
     "Infosys"),
    ("Hi Kwame,\n\nThanks, Auntie Efua, for the lunch!" + _SIGN, _KWAME, {}, "Efua"),
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Re: Loan officer role at Ashanti Savings"},
     "Ashanti Savings"),
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Thank you, Mr. Owusu!"}, "Owusu"),
]

NOT_WRONG_NAMES_AROUND_THE_INTERVIEWER = [
    (_LETTER + "Dear Ms. Nwosu,\n\nThank you for the interview on Monday." + _SIGN, _ADAEZE, {}),
    ("Dear Mrs. Nwosu-Okeke,\n\nThank you for the interview." + _SIGN, _HYPHEN, {}),
    ("Dear Mrs. Okeke,\n\nThank you for the interview." + _SIGN, _HYPHEN, {}),
    ("Hi Mehta,\n\nThank you for the interview." + _SIGN, _ROHAN, {}),
    ("Dear Madam Adaeze,\n\nThank you for the interview." + _SIGN, _ADAEZE, {}),
    ("Hi Ms. N,\n\nThank you for the interview." + _SIGN, _ADAEZE, {}),
    ("Hi @rohanmehta,\n\nThanks for reviewing my take-home!" + _SIGN, _ROHAN, {}),
    ("Hi Rohan,\n\nI'll try the Alexa skill idea you mentioned." + _SIGN, _ROHAN, {}),
    ("Hi Rohan,\n\nThanks to Jira's new board, I tracked the case study tasks." + _SIGN, _ROHAN, {}),
    ("Hi Rohan,\n\nI enjoyed PyCon India and would love to see Trellis there." + _SIGN, _ROHAN, {}),
    ("Hi Rohan,\n\nI will watch the talk by Cassie Kozyrkov you recommended." + _SIGN, _ROHAN, {}),
    ("Hi Keiko, hi Marcus!\n\nThanks for the chat." + _SIGN, _PANEL, {}),
    ("Dear Tanaka-san and Mr. Bell,\n\nThank you for the interview." + _SIGN, _PANEL, {}),
    ("Hi Olena,\n\nPlease say hello to Dmytro from me." + _SIGN, _OLENA, {}),
    ("Hi Omar,\n\nShukran for your time. Inshallah we speak soon." + _SIGN, _OMAR, {}),
    ("Hi Sharon,\n\nI'm so excited to be part of the Blue Mountain family." + _SIGN, _SHARON, {}),
    ("Hi Min-jung,\n\nI am sure I can help Hanbit grow in Europe." + _SIGN, _MINJUNG, {}),
    ("Hi Min-jung,\n\nAt Samsung I worked on etch process control." + _SIGN, _MINJUNG, {}),
    ("Hi Alex,\n\nCannot wait to start at Volga Freight next month." + _SIGN, _ALEX, {}),
    ("Dear Ms. Iyer,\n\nI look forward to contributing to TCS and its clients such as Infosys' rivals." + _SIGN,
     _TCS, {}),
    ("Hi Kwame,\n\nThanks for today." + _SIGN, _KWAME, {"subject": "Re: Loan officer role at Sankofa"}),
    ("Hi Kwame,\n\nThanks for today.\n\nChinedu Obi | Lagos | linkedin.com/in/chineduobi", _KWAME, {}),
    ("Hi Kwame,\n\nThank you, Sir, for your time." + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nThanks, Boss!" + _SIGN, _KWAME, {}),
    ("Hi Kwame,\n\nThank you Kwame and the credit team for the afternoon." + _SIGN, _KWAME, {}),
]


@pytest.mark.parametrize("body,interview,kw,name", WRONG_NAMES_AROUND_THE_INTERVIEWER)
def test_names_around_the_interviewer_in_letters_github_notes_and_phones_are_wrong_names(body, interview, kw, name) -> None:
    assert any(name in t for t in flagged_texts(WrongName, body, interview, **kw))


@pytest.mark.parametrize("body,interview,kw", NOT_WRONG_NAMES_AROUND_THE_INTERVIEWER)
def test_the_interviewer_in_any_form_tools_talks_and_own_past_are_no_wrong_name(body, interview, kw) -> None:
    assert flagged_texts(WrongName, body, interview, **kw) == []


@pytest.mark.parametrize("body,interview,spans", [
    ("Hi Kwame,\n\nMedaase to you and to Akua for the visit." + _SIGN, _KWAME, ["Akua"]),
    ("Hi Kwame,\n\nAsante sana, Wanjiru!" + _SIGN, _KWAME, ["Wanjiru"]),
    ("Hi Kwame,\n\nMy thanks to you and to Mr. Boakye for the branch tour." + _SIGN, _KWAME, ["Mr. Boakye"]),
    ("Hi Kwame,\n\nThanks for today.\n\nBest wishes to the Accra Growers team,\nChinedu", _KWAME, ["Accra Growers"]),
    ("Hi Kwame,\n\nI know I can help Tamale Agro Processing expand." + _SIGN, _KWAME, ["Tamale Agro Processing"]),
    ("Hi Kwame,\n\nI am eager to start contributing to Ecowas Microcredit." + _SIGN, _KWAME, ["Ecowas Microcredit"]),
    ("Hi Kwame,\n\nI can't wait to start at Globex this summer." + _SIGN, _KWAME, ["Globex"]),
])
def test_foreign_thanks_regards_and_growth_slots_are_reported_on_fresh_wordings(body, interview, spans) -> None:
    assert flagged_texts(WrongName, body, interview) == spans


@pytest.mark.parametrize("body", [
    "Hi Kwame,\n\nMedaase to you, Kwame, for the visit." + _SIGN,
    "Hi Kwame,\n\nAsante sana for your time." + _SIGN,
    "Hi Kwame,\n\nBest wishes to the Sankofa team,\nChinedu",
    "Hi Kwame,\n\nBest wishes to the Customer Service team,\nChinedu",
    "Hi Kwame,\n\nI know I can help Ghana grow its savings culture." + _SIGN,
    "Hi Kwame,\n\nI am eager to start contributing to Python open source." + _SIGN,
    "Hi Kwame,\n\nI hope to contribute to Sankofa." + _SIGN,
    "Hi Kwame,\n\nI used to start at Ecobank at 7 every morning." + _SIGN,
])
def test_those_slots_leave_the_company_fields_places_and_the_past_alone(body) -> None:
    assert flagged_texts(WrongName, body, _KWAME) == []


# -- issue 11, probe round W: fresh whole notes, both ways (panels, letters, phones, GitHub, other Englishes) --
# Written from the label's definition and the batches' decisions; none copied from a corpus.

_NADIA = iv(("Nadia Rahman", "nadia.rahman@copperleaf.example"), company="Copperleaf Insurance")
_VELDT = iv(("Thabo Nkosi", "thabo.nkosi@veldt.example"), ("Ingrid Holm", "ingrid.holm@veldt.example"),
            ("Luis Ortega", "luis.ortega@veldt.example"), company="Veldt Energy")
_CHEN = iv(("Chen Wei", "chen.wei@jadestone.example"), company="Jadestone Logistics")
_GRACE = iv(("Grace Achieng", "grace.achieng@ziwa.example"), company="Ziwa Water")
_DEVON = iv(("Devon Clarke", "devon.clarke@islandbreeze.example"), company="Island Breeze Resorts")
_PIOTR = iv(("Piotr Zieliński", "p.zielinski@wisla.example"), company="Wisła Data")
_CAMILA = iv(("Camila Rojas", "camila.rojas@andesagro.example"), company="Andes Agro")
_FARAH = iv(("Farah Al-Mansouri", "farah@nakheel-clinics.example"), company="Nakheel Clinics")
_AMARA = "\n\nWarm regards,\nAmara Eze"
_BLOCK = ("Amara Eze\n22 Musgrave Road\nDurban 4001\n\n14 April 2026\n\nMs. Nadia Rahman\nHead of Claims\n"
          "Copperleaf Insurance\n9 Victoria Embankment\nDurban 4001\n\n")

# (note, interview, draft fields, a name the finding must cover)
PROBES_W_WRONG = [
    # another interviewer (another application's) greeted, in letters, phones, panels, other Englishes
    (_BLOCK + "Dear Mr. Pillay:\n\nThank you for the interview on Monday." + _AMARA, _NADIA, {}, "Pillay"),
    ("Good morning Sir Vusi,\n\nThank you for the panel interview." + _AMARA, _VELDT, {}, "Vusi"),
    ("Hi Thabo and Priscilla,\n\nThank you both for your time." + _AMARA, _VELDT, {}, "Priscilla"),
    ("Hey Marco thx again for today!! so fun\n\nAmara", _CAMILA, {}, "Marco"),
    ("Dear Mr. Zhang,\n\nThank you for receiving me at the depot." + _AMARA, _CHEN, {}, "Zhang"),
    ("Dear Ms. Holm, Mr. Nkosi and Ms. Botha,\n\nThank you for the panel." + _AMARA, _VELDT, {}, "Botha"),
    ("Buenos días Sra. Paredes,\n\nThank you for the interview." + _AMARA, _CAMILA, {}, "Paredes"),
    ("Hallo Pan Nowicki,\n\nThank you for the interview." + _AMARA, _PIOTR, {}, "Nowicki"),
    ("Dear Dr. Haddad,\n\nThank you for the interview at the clinic." + _AMARA, _FARAH, {}, "Haddad"),
    ("Wagwan Jermaine!\n\nBig thanks for the chat today." + _AMARA, _DEVON, {}, "Jermaine"),
    # a non-interviewer thanked by name in the body, titled or not
    ("Hi Grace,\n\nThank you once again to Ms. Wambui for organising the day." + _AMARA, _GRACE, {}, "Wambui"),
    ("Hi Grace,\n\nA big thank-you goes to Kelechi, who walked me round the treatment plant." + _AMARA, _GRACE,
     {}, "Kelechi"),
    ("Hi Grace,\n\nI remain grateful, Mrs. Nakato, for the warm reception." + _AMARA, _GRACE, {}, "Nakato"),
    ("Hi Grace,\n\nThanks for today. Ngiyabonga, Nomsa, for the tea!" + _AMARA, _GRACE, {}, "Nomsa"),
    ("Dear Ms. Rahman,\n\nDhanyavaad, Ravi ji, for your guidance after the interview." + _AMARA, _NADIA, {}, "Ravi"),
    ("Hi Devon,\n\nSalamat po, Ma'am Liza, for the chance to see the kitchens." + _AMARA, _DEVON, {}, "Liza"),
    ("Dear Ingrid,\n\nThank you and Mr. Dlamini for the panel interview." + _AMARA, _VELDT, {}, "Dlamini"),
    ("Hi Thabo,\n\nThank you so much to you and Sipho for the site walk." + _AMARA, _VELDT, {}, "Sipho"),
    ("Hi Camila,\n\nThanks to you and to Sr. Vargas for the greenhouse visit." + _AMARA, _CAMILA, {}, "Vargas"),
    ("Hi Piotr,\n\nI really appreciated Agnieszka's walkthrough of the ETL jobs, thank you Agnieszka!" + _AMARA,
     _PIOTR, {}, "Agnieszka"),
    ("Hi Chen Wei,\n\nMany thanks also to Auntie Mei Ling for lunch." + _AMARA, _CHEN, {}, "Mei Ling"),
    ("Hi Farah,\n\nI am thankful to Dr. Yousef for letting me shadow the ward round." + _AMARA, _FARAH, {}, "Yousef"),
    # a name from another application in the closing area or P.S.
    ("Dear Ms. Rahman,\n\nI enjoyed our talk about claims triage.\n\nOnce more, thank you Mr. Adeleke.\n\n"
     "Yours sincerely,\nAmara Eze", _NADIA, {}, "Adeleke"),
    ("Hi Grace,\n\nThanks for today!\n\nWarm regards,\nAmara\n\nP.S. Thank you, Funmi, for the lunch!", _GRACE, {},
     "Funmi"),
    ("Hi Devon,\n\nI loved the resort tour.\n\nThanks so much, Keisha!\nAmara", _DEVON, {}, "Keisha"),
    # the wrong person in the subject
    ("Hi Nadia,\n\nThanks for today." + _AMARA, _NADIA, {"subject": "Interview with Ms. Hendricks - claims analyst"},
     "Hendricks"),
    ("Hi Nadia,\n\nThanks for today." + _AMARA, _NADIA, {"subject": "A thank-you note for Mr. Ochieng"}, "Ochieng"),
    ("Hi Grace,\n\nThanks for today." + _AMARA, _GRACE, {"subject": "Thank you Wanjiku!"}, "Wanjiku"),
    # another company named as the employer, in the body, the subject, the closing, in unusual phrasings
    ("Hi Nadia,\n\nI see myself growing into a team lead at Kalahari Re." + _AMARA, _NADIA, {}, "Kalahari Re"),
    ("Hi Nadia,\n\nToday convinced me that Sable Mutual is where I want to be." + _AMARA, _NADIA, {}, "Sable Mutual"),
    ("Hi Nadia,\n\nI would be delighted to accept a place on the Redwood Capital analyst programme." + _AMARA,
     _NADIA, {}, "Redwood Capital"),
    ("Hi Grace,\n\nIt would be an honour to represent Kilimanjaro Airways at the airport desk." + _AMARA, _GRACE,
     {}, "Kilimanjaro Airways"),
    ("Hi Devon,\n\nI hope to welcome the guests of Coral Reef Lodges next season." + _AMARA, _DEVON, {},
     "Coral Reef Lodges"),
    ("Hi Devon,\n\nI look forward to being a Brightpath Hotels employee." + _AMARA, _DEVON, {}, "Brightpath Hotels"),
    ("Hi Nadia,\n\nThanks for today." + _AMARA, _NADIA, {"subject": "Claims Analyst application - Sable Mutual Assurance"},
     "Sable Mutual Assurance"),
    ("Hi Thabo,\n\nThanks for today.\n\nHoping to be part of Nordlys Energy soon,\nAmara", _VELDT, {}, "Nordlys Energy"),
    ("Hi Grace,\n\nI'm ready to give my best for Baobab Telecom." + _AMARA, _GRACE, {}, "Baobab Telecom"),
    ("Hi Farah,\n\nIt would be a blessing to serve in Mount Zion Hospital." + _AMARA, _FARAH, {}, "Mount Zion Hospital"),
    pytest.param("Hi Piotr,\n\nThe thought of Monday mornings at Tatra Analytics already excites me." + _AMARA,
                 _PIOTR, {}, "Tatra Analytics",
                 marks=pytest.mark.xfail(strict=True, reason="a daily life at the employer said with excitement "
                                                             "('mornings at X excites me') has no employer slot")),
    ("Hi Camila,\n\nI am fully committed to the mission of Patagonia Farms." + _AMARA, _CAMILA, {}, "Patagonia Farms"),
]

# (note, interview, draft fields): no wrong name
PROBES_W_CLEAN = [
    # colleagues, mentors, referees mentioned, not thanked
    ("Hi Nadia,\n\nMy former manager Priya always said claims are about trust." + _AMARA, _NADIA, {}),
    ("Hi Grace,\n\nMy mentor, Dr. Osei, suggested I write to you directly." + _AMARA, _GRACE, {}),
    ("Hi Nadia,\n\nSipho in accounts told me the team is growing." + _AMARA, _NADIA, {}),
    ("Hi Grace,\n\nSay hi to Zanele for me!" + _AMARA, _GRACE, {}),
    ("Hi Nadia,\n\nThank you, and for introducing me to Lerato in underwriting." + _AMARA, _NADIA, {}),
    # companies as clients and past employers
    ("Hi Nadia,\n\nI led the claims migration at Old Mutual." + _AMARA, _NADIA, {}),
    ("Hi Nadia,\n\nOur biggest client, Standard Bank, renewed after my audit." + _AMARA, _NADIA, {}),
    ("Hi Nadia,\n\nMy four years at Hollard taught me to read a policy fast." + _AMARA, _NADIA, {}),
    ("Hi Farah,\n\nI did my internship at Chris Hani Baragwanath Hospital." + _AMARA, _FARAH, {}),
    ("Hi Devon,\n\nBefore Sandals, I ran the front desk at a small guesthouse." + _AMARA, _DEVON, {}),
    # a panel: one note to one interviewer mentioning or thanking the others correctly
    ("Dear Ingrid,\n\nThabo's question about grid storage and Luis's case study were great." + _AMARA, _VELDT, {}),
    ("Dear Ms. Holm,\n\nThank you, and please thank Mr. Nkosi and Mr. Ortega for me." + _AMARA, _VELDT, {}),
    ("Hi Luis,\n\nThank you, Thabo and Ingrid too, for a fun panel." + _AMARA, _VELDT, {}),
    ("Hi Thabo,\n\nI look forward to meeting Luis and the rest of the panel again." + _AMARA, _VELDT, {}),
    # a formal letter with address blocks, the right salutation
    (_BLOCK + "Dear Ms. Rahman:\n\nThank you for the interview on Monday." + _AMARA, _NADIA, {}),
    # honorifics after a surname or a given name
    ("Good afternoon Rahman Sir,\n\nThank you for the interview." + _AMARA, _NADIA, {}),
    ("Dear Nadia Madam,\n\nThank you for the interview." + _AMARA, _NADIA, {}),
    ("Dear Holm-san,\n\nThank you for the interview." + _AMARA, _VELDT, {}),
    ("Dear Mr. Chen,\n\nThank you for the interview." + _AMARA, _CHEN, {}),
    ("Dear Pani Zielińska,\n\nThank you for the interview." + _AMARA, _PIOTR, {}),
    # a recruiter in To greeted
    ("Hi Lwazi,\n\nThank you for scheduling my interview with Nadia." + _AMARA, _NADIA,
     {"to": ("Lwazi Zulu <lwazi.zulu@copperleaf.example>",)}),
    # handles
    ("@nadiarahman thanks for the review! I pushed the fixes." + _AMARA, _NADIA, {}),
    ("Thanks for the review! cc @copperleaf/claims-bots" + _AMARA, _NADIA, {}),
    # places that look like names
    ("Hi Nadia,\n\nI am happy to relocate to George for this role." + _AMARA, _NADIA, {}),
    ("Hi Devon,\n\nI'm relocating to Austin in May, so remote works best." + _AMARA, _DEVON, {}),
    ("Hi Devon,\n\nI'll fly in from St. Lucia on Sunday." + _AMARA, _DEVON, {}),
    ("Hi Nadia,\n\nI can come to the office on Jan Smuts Avenue any day." + _AMARA, _NADIA, {}),
    ("Hi Camila,\n\nI grew up near Santa Cruz, so I know the growers there." + _AMARA, _CAMILA, {}),
    # products and tools that look like names
    ("Hi Piotr,\n\nI set up Jenkins and Ansible for the nightly builds." + _AMARA, _PIOTR, {}),
    ("Hi Piotr,\n\nI have been comparing Claude and Gemini for the summaries." + _AMARA, _PIOTR, {}),
    ("Hi Piotr,\n\nThanks to Jupyter and Pandas, the case study was quick." + _AMARA, _PIOTR, {}),
    # schools and programmes
    ("Hi Grace,\n\nI studied at St. Mary's College before Strathmore University." + _AMARA, _GRACE, {}),
    ("Dear Future Leaders Programme,\n\nThank you for the interview." + _AMARA, _NADIA, {}),
    ("Hi Grace,\n\nThanks to Lindiwe's directions I found the entrance easily." + _AMARA, _GRACE, {}),
    # stand-ins in a model letter
    ("Dear John Doe,\n\nThank you for the interview.\n\nSincerely,\nJane Doe", _NADIA, {}),
    # the signature's own school or employer
    ("Hi Nadia,\n\nThanks for today.\n\nAmara Eze\nMSc Candidate, University of Cape Town", _NADIA, {}),
    ("Hi Nadia,\n\nI'd love to bring my Shopify experience to Copperleaf." + _AMARA, _NADIA, {}),
]


@pytest.mark.parametrize("body,interview,kw,name", PROBES_W_WRONG)
def test_probe_w_another_person_or_company_is_a_wrong_name(body, interview, kw, name) -> None:
    assert any(name in t for t in flagged_texts(WrongName, body, interview, **kw))


@pytest.mark.parametrize("body,interview,kw", PROBES_W_CLEAN)
def test_probe_w_colleagues_clients_panels_places_products_are_no_wrong_name(body, interview, kw) -> None:
    assert flagged_texts(WrongName, body, interview, **kw) == []


# -- the classes probe round W found, on other wordings, both ways ----------------------------------------

@pytest.mark.parametrize("body,interview,spans", [
    # a thanks with "a lot", "so much", "once again" or a hyphenated "thank-you" before "to <name>"
    ("Hi Grace,\n\nThanks a lot to Musa for the lift to the gate." + _AMARA, _GRACE, ["Musa"]),
    ("Hi Grace,\n\nMy heartfelt thank-you to Zodwa for the tea." + _AMARA, _GRACE, ["Zodwa"]),
    ("Hi Grace,\n\nThank you very much to Mr. Otieno for the site visit." + _AMARA, _GRACE, ["Mr. Otieno"]),
    # an adjective of thanks, the name set off by commas
    ("Hi Grace,\n\nI am truly thankful, Mr. Osei, for the chance." + _AMARA, _GRACE, ["Mr. Osei"]),
    # "thank you and <name>": the reader and somebody else
    ("Hi Grace,\n\nThank you and Ms. Boateng for a lovely afternoon." + _AMARA, _GRACE, ["Ms. Boateng"]),
    ("Hi Grace,\n\nThank you and Wanjiru for the tour!" + _AMARA, _GRACE, ["Wanjiru"]),
    # a thanks of another language; a polite address before the name or an honorific after it
    ("Hi Grace,\n\nSiyabonga, Lindani, for the lift." + _AMARA, _GRACE, ["Lindani"]),
    ("Hi Grace,\n\nShukriya, Imran bhai, for the tea." + _AMARA, _GRACE, ["Imran"]),
    ("Hi Grace,\n\nThank you, Sir Bongani, for your time." + _AMARA, _GRACE, ["Sir Bongani"]),
    ("Hi Grace,\n\nThank you again, Ravi ji!" + _AMARA, _GRACE, ["Ravi"]),
])
def test_round_w_thanks_shapes_name_another_person(body, interview, spans) -> None:
    assert flagged_texts(WrongName, body, interview) == spans


@pytest.mark.parametrize("body,interview", [
    ("Hi Grace,\n\nThank you so much to you, Grace, for the tour." + _AMARA, _GRACE),
    ("Hi Grace,\n\nI am grateful, Grace, for your patience." + _AMARA, _GRACE),
    ("Hi Grace,\n\nThank you and Happy Easter!" + _AMARA, _GRACE),
    ("Hi Grace,\n\nThank you and Best wishes for the launch." + _AMARA, _GRACE),
    ("Hi Grace,\n\nThanks a lot to the rain, I was late." + _AMARA, _GRACE),
    ("Hi Grace,\n\nSiyabonga, Grace, for the lift." + _AMARA, _GRACE),
    ("Hi Thabo,\n\nThank you, Sir Thabo, for your time." + _AMARA, _VELDT),
    ("Hi Thabo,\n\nShukriya, Luis ji, and thanks to Ingrid too." + _AMARA, _VELDT),
    ("Hi Grace,\n\nI'm grateful Kenya has such good water engineers." + _AMARA, _GRACE),
])
def test_round_w_thanks_shapes_leave_the_interviewer_and_no_name_alone(body, interview) -> None:
    assert flagged_texts(WrongName, body, interview) == []


@pytest.mark.parametrize("sentence,other", [
    ("I hope to become a site engineer at Umoja Builders.", "Umoja Builders"),
    ("Kopano Logistics is exactly where I see myself.", "Kopano Logistics"),
    ("I'd love a seat on the Tausi Insurance leadership programme.", "Tausi Insurance"),
    ("It would be my honour to represent Sahara Freight at trade fairs.", "Sahara Freight"),
    ("I can't wait to be a Pwani Hotels team member.", "Pwani Hotels"),
    ("I promise to give my all to Tembo Freight.", "Tembo Freight"),
    ("It would be a joy to serve at Amani Hospital.", "Amani Hospital"),
    ("I am deeply committed to the vision of Jua Energy.", "Jua Energy"),
])
def test_round_w_employer_slots_name_another_company(sentence: str, other: str) -> None:
    body = f"Hi Grace,\n\nThank you for the interview.\n\n{sentence}" + _AMARA
    assert flagged_texts(WrongName, body, _GRACE) == [other]


@pytest.mark.parametrize("sentence", [
    "I became a team lead at Umoja Builders in 2022.",
    "I hope to become a lead at Ziwa Water.",
    "Nairobi is where I want to be.",
    "Ziwa Water is where I want to be.",
    "I'd love a place on the Data Science programme.",
    "I had the honour to represent my school at the debate.",
    "I was a Pwani Hotels employee for two years.",
    "I will give my best to Ziwa Water.",
    "I give my best to every customer.",
    "I'd love to serve in Mombasa.",
    "I was committed to the growth of Acme Foods for six years.",
])
def test_round_w_employer_slots_leave_the_past_places_and_the_company_alone(sentence: str) -> None:
    body = f"Hi Grace,\n\nThank you for the interview.\n\n{sentence}" + _AMARA
    assert flagged_texts(WrongName, body, _GRACE) == []


@pytest.mark.parametrize("greeting,flagged", [
    ("Hello Young Innovators Fellowship!", []),
    ("Dear Ubuntu Scholars,", []),
    ("Dear Mr. Bloggs,", []),
    ("Hello Jane Doe,", []),
    ("Dear Megan and the Fellowship,", ["Megan and the Fellowship"]),  # a given name keeps the run a person's
    ("Dear Mr. Dube,", ["Dube"]),
])
def test_round_w_programmes_greeted_and_stand_in_names_are_nobody(greeting: str, flagged: list[str]) -> None:
    assert flagged_texts(WrongName, greeting + GREETING_BODY, _GRACE) == flagged


# -- probe round W2: 56 more fresh notes, both ways (closings, subjects, reference lines, apposition) -----
# Before this round's fixes (main's code and round W's alike): 16 of the 22 should-fire missed, no false
# alarm; round W's new shapes raised 3 false alarms here, fixed before commit ("Thank you and Godspeed!",
# "It was an honour to serve at ...") or left as an xfail (Safaricom, which main also reports).

_H = "Hi Grace,\n\nThank you for the interview.\n\n"
PROBES_W2_WRONG = [
 (_H + "Thanks." + _AMARA, _GRACE, {"subject": "Re: Interview for Claims Analyst - thank you, Thandeka"}, "Thandeka"),
 (_H + "Thanks." + _AMARA, _GRACE, {"subject": "Thank you from Amara - Sable Mutual interview"}, "Sable Mutual"),
 (_H + "I'd love to cook for the diners of Msasa Grill Restaurants." + _AMARA, _GRACE, {}, "Msasa"),
 ("Hi Luis and Maria,\n\nThank you both for the panel." + _AMARA, _VELDT, {}, "Maria"),
 (_H + "Looking forward to hearing from you, Mr. Pillay.\n\nRegards,\nAmara", _GRACE, {}, "Pillay"),
 (_H + "Hope to hear from you soon, Chipo!\n\nAmara", _GRACE, {}, "Chipo"),
 (_H + "Have a great weekend, Tendai!\n\nAmara", _GRACE, {}, "Tendai"),
 (_H + "I appreciate you, Mrs. Okafor, for the opportunity." + _AMARA, _GRACE, {}, "Okafor"),
 ("Dear Sir/Madam,\n\nRe: Application for Claims Analyst at Sable Mutual\n\nThank you for the interview." + _AMARA, _GRACE, {}, "Sable Mutual"),
 (_H + "It was lovely to meet you, Mrs. Banda." + _AMARA, _GRACE, {}, "Banda"),
 ("Hi Grace,\n\nThank you for your time, Ms. Mokoena." + _AMARA, _GRACE, {}, "Mokoena"),
 ("Hi Grace,\n\nThanks for everything, Sizwe!" + _AMARA, _GRACE, {}, "Sizwe"),
 (_H + "I'm eager to help shape the future of Lumen Telecom." + _AMARA, _GRACE, {}, "Lumen Telecom"),
 # (found by the wish clause since: a name after "for" in a clause that looks ahead)
 (_H + "I'd be a perfect match for Kalahari Re." + _AMARA, _GRACE, {}, "Kalahari Re"),
 pytest.param(_H + "I accept the offer from Pinecrest Bank with pleasure." + _AMARA, _GRACE, {}, "Pinecrest Bank",
              marks=pytest.mark.xfail(strict=True, reason="an offer from another company may be a competing offer: no employer slot")),
 (_H + "I'm excited to be the newest member of Zawadi Foods." + _AMARA, _GRACE, {}, "Zawadi Foods"),
 pytest.param(_H + "I would treasure the chance to learn from the engineers of Rift Valley Power." + _AMARA, _GRACE, {}, "Rift Valley Power",
              marks=pytest.mark.xfail(strict=True, reason="the staff of another employer you want to learn from have no slot")),
 (_H + "Thank you, Auntie Nkechi, for the jollof!" + _AMARA, _GRACE, {}, "Nkechi"),
 (_H + "Many thanks go to Mr. Phiri as well." + _AMARA, _GRACE, {}, "Phiri"),
 (_H + "Also, thank you Lungile for showing me the lab." + _AMARA, _GRACE, {}, "Lungile"),
 (_H + "Kudos to Tariq for the smooth scheduling!" + _AMARA, _GRACE, {}, "Tariq"),
 (_H + "I hope to start at Mvule Bank on the first of June." + _AMARA, _GRACE, {}, "Mvule Bank"),
]
PROBES_W2_CLEAN = [
 (_H + "Please pass on my regards to Mr. Naidoo." + _AMARA, _GRACE, {}),
 (_H + "Your colleague Ms. Jansen was very kind; please thank her for me." + _AMARA, _GRACE, {}),
 (_H + "I hope Kelechi got home safely after the rain." + _AMARA, _GRACE, {}),
 (_H + "It was lovely to meet you, Grace." + _AMARA, _GRACE, {}),
 (_H + "I read Trevor Noah's book on the flight." + _AMARA, _GRACE, {}),
 (_H + "I used to report to Mr. Khumalo at Eskom." + _AMARA, _GRACE, {}),
 (_H + "We discussed the Moses Mabhida Stadium project." + _AMARA, _GRACE, {}),
 (_H + "I'll be at Oliver Tambo airport at 9." + _AMARA, _GRACE, {}),
 (_H + "The Mandela Washington Fellowship taught me a lot." + _AMARA, _GRACE, {}),
 (_H + "And congratulations to Wanjiru on the award!" + _AMARA, _GRACE, {}),
 (_H + "I enjoyed meeting your intern, Tumi." + _AMARA, _GRACE, {}),
 ("Hi Grace,\n\nThanks, Grace! Say thanks to the team too." + _AMARA, _GRACE, {}),
 (_H + "As Chimamanda Adichie writes, stories matter." + _AMARA, _GRACE, {}),
 (_H + "Thanks.\n\nAmara Eze\nClaims Intern, Old Mutual (until May)", _GRACE, {}),
 (_H + "St. Anne's Hospital, where I trained, uses the same meters." + _AMARA, _GRACE, {}),
 (_H + "I would love to join Ziwa Water and serve Nairobi's residents." + _AMARA, _GRACE, {}),
 (_H + "My referee is Dr. Kamau at Kenyatta National Hospital." + _AMARA, _GRACE, {}),
 ("Hi Grace,\n\nThank you for your time, Grace." + _AMARA, _GRACE, {}),
 (_H + "Have a great weekend, Grace!" + _AMARA, _GRACE, {}),
 (_H + "Happy to serve at Ziwa Water in any capacity." + _AMARA, _GRACE, {}),
 (_H + "It would be an honour to represent Ziwa Water at the expo." + _AMARA, _GRACE, {}),
 (_H + "Mukuru is where I want to work, close to the community." + _AMARA, _GRACE, {}),
 (_H + "Thank you and Godspeed!" + _AMARA, _GRACE, {}),
 pytest.param(_H + "Thanks a lot to Safaricom for the data bundle that kept me online." + _AMARA, _GRACE, {},
              marks=pytest.mark.xfail(strict=True, reason="a business thanked with to by a one-word coined name reads as a person (also on main)")),
 (_H + "Thank you so much to Microsoft Teams for not crashing!" + _AMARA, _GRACE, {}),
 (_H + "I was proud to represent Kenya at the Commonwealth Games." + _AMARA, _GRACE, {}),
 (_H + "It was an honour to serve at Kenyatta Hospital during my internship." + _AMARA, _GRACE, {}),
 (_H + "I hope to become a better engineer at heart." + _AMARA, _GRACE, {}),
 (_H + "Thank you and the whole Ziwa team for a warm welcome." + _AMARA, _GRACE, {}),
 (_H + "My sister Amina is where I got the idea." + _AMARA, _GRACE, {}),
 ("Hi Thabo,\n\nThank you and Ingrid for the panel." + _AMARA, _VELDT, {}),
 ("Hi Thabo,\n\nThank you so much to Luis for the demo." + _AMARA, _VELDT, {}),
 (_H + "I'm grateful, as always, for the chance." + _AMARA, _GRACE, {}),
 (_H + "Giving my best to every client is my habit." + _AMARA, _GRACE, {}),
]


@pytest.mark.parametrize("body,interview,kw,name", PROBES_W2_WRONG)
def test_probe_w2_another_person_or_company_is_a_wrong_name(body, interview, kw, name) -> None:
    assert any(name in t for t in flagged_texts(WrongName, body, interview, **kw))


@pytest.mark.parametrize("body,interview,kw", PROBES_W2_CLEAN)
def test_probe_w2_regards_appositions_places_and_the_past_are_no_wrong_name(body, interview, kw) -> None:
    assert flagged_texts(WrongName, body, interview, **kw) == []


# -- the classes round W2 found, on other wordings, both ways --------------------------------------------

@pytest.mark.parametrize("sentence,spans", [
    # a name spoken to at the end of a sentence that opens on a thanks or a closing wish
    ("Take care and enjoy the long weekend, Lwazi!", ["Lwazi"]),
    ("Thanks for the walk round the reservoir, Dr. Mwangi.", ["Dr. Mwangi"]),
    ("I look forward to our next conversation, Ms. Nel.", ["Ms. Nel"]),
    ("Nice meeting you, Themba.", ["Themba"]),
    # the reader appreciated with another name; kudos or a shout-out with "for"
    ("I appreciate you, Auntie Bisi, for the advice.", ["Auntie Bisi"]),
    ("A big shout-out to Naledi for the coffee.", ["Naledi"]),
])
def test_round_w2_names_spoken_to_at_a_closing_or_thanked_with_kudos(sentence: str, spans: list[str]) -> None:
    assert flagged_texts(WrongName, _H + sentence + _AMARA, _GRACE) == spans


@pytest.mark.parametrize("sentence", [
    "Take care and enjoy the long weekend, Grace!",
    "Thanks for connecting me with your colleague, Naledi.",
    "Thanks for the tour of Kisumu, Kenya.",
    "Thank you for introducing me to your assistant, Themba.",
    "I look forward to our next conversation, as always.",
    "Kudos to Kenya's water board on the new plant.",
    "Have a great weekend, everyone!",
])
def test_round_w2_appositions_places_and_the_interviewer_are_not_spoken_to(sentence: str) -> None:
    assert flagged_texts(WrongName, _H + sentence + _AMARA, _GRACE) == []


@pytest.mark.parametrize("body,kw,other", [
    (_H + "I am keen to help build the future of Nyota Telecom." + _AMARA, {}, "Nyota Telecom"),
    (_H + "I hope to cook for the diners of Savanna Restaurants one day." + _AMARA, {}, "Savanna Restaurants"),
    (_H + "I'm a great fit for Pinecrest Bank." + _AMARA, {}, "Pinecrest Bank"),
    (_H + "I hope to be a proud member of Kijani Agro." + _AMARA, {}, "Kijani Agro"),
    (_H + "Thanks." + _AMARA, {"subject": "Follow-up | Mawingu Logistics interview"}, "Mawingu Logistics"),
    ("Dear Ms. Achieng,\n\nRe: Interview for the Site Engineer post with Tana Builders\n\nThank you." + _AMARA, {},
     "Tana Builders"),
])
def test_round_w2_employer_slots_name_another_company(body, kw, other) -> None:
    assert flagged_texts(WrongName, body, _GRACE, **kw) == [other]


@pytest.mark.parametrize("body,kw", [
    (_H + "I am keen to help build the future of Kenya's water supply." + _AMARA, {}),
    (_H + "I'm a great fit for Python-heavy teams." + _AMARA, {}),
    (_H + "I'm a great fit for Ziwa Water." + _AMARA, {}),
    (_H + "I was a member of Toastmasters Club at university." + _AMARA, {}),
    (_H + "Thanks." + _AMARA, {"subject": "Follow-up - Site Engineer interview"}),
    ("Dear Ms. Achieng,\n\nRe: Interview for the Site Engineer post with Ziwa Water\n\nThank you." + _AMARA, {}),
])
def test_round_w2_employer_slots_leave_fields_posts_the_past_and_the_company_alone(body, kw) -> None:
    assert flagged_texts(WrongName, body, _GRACE, **kw) == []


# -- probe round W3: 36 more (Japanese, Jamaican, Indian, Brazilian writers; subjects; panels) -----------
# Before: 5 of 16 should-fire missed (main the same); round W2's closing vocatives raised 2 false alarms on a
# hyphenated honorific ("Kenji-san!"), main 1 in the subject ("Thank you, Watanabe-san"): all 3 fixed, with
# "Big up to <name> for"; 4 misses stay as strict xfails.

_KENJI = iv(("Kenji Watanabe", "k.watanabe@sakura.example"), company="Sakura Mobility")
_DEVON3 = iv(("Devon Clarke", "devon.clarke@islandbreeze.example"), company="Island Breeze Resorts")
_QUILL = iv(("Priyanka Nair", "priyanka@quill.example"), ("Arjun Das", "arjun@quill.example"), company="Quill Labs")
_MATEUS = iv(("Mateus Oliveira", "mateus@riobranco.example"), company="Rio Branco Agro")
_LIN = "\n\nBest,\nLin Mei"
PROBES_W3_WRONG = [
 ("Watanabe-san,\n\nThank you for the interview.\n\nPlease give my thanks to Sato-san as well." + _LIN, _KENJI, {}, "Sato"),
 ("Hi Devon,\n\nBig up to Miss Marcia for the breakfast, it was sweet!" + _LIN, _DEVON3, {}, "Marcia"),
 ("Hi Devon,\n\nThank you. Give thanks to Brother Delroy for the tour." + _LIN, _DEVON3, {}, "Delroy"),
 ("Hi Priyanka,\n\nThanks to you, Arjun and Meera for the panel." + _LIN, _QUILL, {}, "Meera"),
 ("Hi Priyanka and Arjun,\n\nThank you both, and also Sneha ma'am for coordinating." + _LIN, _QUILL, {}, "Sneha"),
 ("Dear Priyanka,\n\nI am very much thankful to Rahul sir for the guidance." + _LIN, _QUILL, {}, "Rahul"),
 ("Hi Mateus,\n\nObrigado, Joana, pela entrevista!" + _LIN, _MATEUS, {}, "Joana"),
 ("Hi Mateus,\n\nMuito obrigado to you and Dona Célia for the coffee." + _LIN, _MATEUS, {}, "Célia"),
 ("Hi Mateus,\n\nI'm very keen on the agronomist role with Cerrado Grains S.A." + _LIN, _MATEUS, {}, "Cerrado Grains"),
 pytest.param("Hi Mateus,\n\nIt would be a dream to work alongside the Pantanal Foods agronomists." + _LIN, _MATEUS, {}, "Pantanal Foods",
              marks=pytest.mark.xfail(strict=True, reason="the colleagues you want to work alongside have no employer slot")),
 (("Hi Devon,\n\nI can already picture myself at the front desk of Negril Bay Resorts." + _LIN), _DEVON3, {},
  "Negril Bay Resorts"),
 ("Hi Kenji,\n\nThanks!" + _LIN, _KENJI, {"subject": "Thank you, Tanaka-san"}, "Tanaka"),
 ("Hi Kenji,\n\nI look forward to hopefully joining Hikari Motors' design group." + _LIN, _KENJI, {}, "Hikari Motors"),
 ("Hi Kenji,\n\nPlease convey my thanks to Mr. Ito." + _LIN, _KENJI, {}, "Ito"),
 ("Hi Devon,\n\nSpecial thanks to Chef Andre for the tasting menu." + _LIN, _DEVON3, {}, "Andre"),
 ("Hi Devon,\n\nThanks, and thank Ms. Grant at the front desk too." + _LIN, _DEVON3, {}, "Grant"),
]
PROBES_W3_CLEAN = [
 ("Watanabe-san,\n\nThank you for the interview.\n\nPlease give my regards to everyone at Sakura." + _LIN, _KENJI, {}),
 ("Hi Devon,\n\nBig up to the whole Island Breeze crew!" + _LIN, _DEVON3, {}),
 ("Hi Priyanka,\n\nThanks to you and Arjun for the panel." + _LIN, _QUILL, {}),
 ("Hi Priyanka,\n\nArjun's question about caching stayed with me." + _LIN, _QUILL, {}),
 ("Dear Priyanka,\n\nI am very much thankful to Arjun sir for the guidance." + _LIN, _QUILL, {}),
 ("Hi Mateus,\n\nObrigado, Mateus, pela entrevista!" + _LIN, _MATEUS, {}),
 ("Hi Mateus,\n\nAt Cerrado Grains I ran the soil lab for two years." + _LIN, _MATEUS, {}),
 ("Hi Kenji,\n\nI drove a Toyota Prius for my Uber job in Osaka." + _LIN, _KENJI, {}),
 ("Hi Kenji,\n\nThanks!" + _LIN, _KENJI, {"subject": "Thank you, Watanabe-san"}),
 ("Hi Devon,\n\nI trained at the Sandals Academy in Montego Bay." + _LIN, _DEVON3, {}),
 ("Hi Devon,\n\nThank you for the tour, Devon. See you in Negril!" + _LIN, _DEVON3, {}),
 ("Hi Kenji,\n\nI loved the story about Honda's early days." + _LIN, _KENJI, {}),
 ("Hi Kenji,\n\nThanks for the ramen tip, Kenji-san!" + _LIN, _KENJI, {}),
 ("Hi Priyanka,\n\nHave a great Diwali, Priyanka!" + _LIN, _QUILL, {}),
 ("Hi Mateus,\n\nThank you for your time, Seu Mateus." + _LIN, _MATEUS, {}),
 ("Hi Devon,\n\nThank you for the chat, Mr. Clarke." + _LIN, _DEVON3, {}),
 ("Hi Kenji,\n\nThank you for the chat on Zoom, Tokyo time." + _LIN, _KENJI, {}),
 ("Hi Priyanka,\n\nThanks for explaining the role, especially the part about Kafka." + _LIN, _QUILL, {}),
 ("Hi Kenji,\n\nLooking forward to the next round, Watanabe-san." + _LIN, _KENJI, {}),
 ("Hi Mateus,\n\nThank you for the farm visit in Goiás, Brazil." + _LIN, _MATEUS, {}),
]


@pytest.mark.parametrize("body,interview,kw,name", PROBES_W3_WRONG)
def test_probe_w3_another_person_or_company_is_a_wrong_name(body, interview, kw, name) -> None:
    assert any(name in t for t in flagged_texts(WrongName, body, interview, **kw))


@pytest.mark.parametrize("body,interview,kw", PROBES_W3_CLEAN)
def test_probe_w3_hyphenated_honorifics_places_and_the_panel_are_no_wrong_name(body, interview, kw) -> None:
    assert flagged_texts(WrongName, body, interview, **kw) == []


@pytest.mark.parametrize("body,kw,spans", [
    ("Hi Kenji,\n\nThank you for the factory tour, Rajesh-ji!" + _LIN, {}, ["Rajesh-ji"]),
    ("Hi Kenji,\n\nThanks!" + _LIN, {"subject": "Thank you, Suzuki-sensei"}, ["Suzuki-sensei"]),
    ("Hi Kenji,\n\nBig up to Tashane for the coffee." + _LIN, {}, ["Tashane"]),
    ("Hi Kenji,\n\nThank you for the factory tour, Kenji-sensei!" + _LIN, {}, []),
    ("Hi Kenji,\n\nThanks!" + _LIN, {"subject": "Thank you, Kenji-san"}, []),
    ("Hi Kenji,\n\nBig up to Sakura for the welcome!" + _LIN, {}, []),
])
def test_round_w3_a_hyphenated_honorific_is_the_address_and_big_up_thanks(body, kw, spans) -> None:
    assert flagged_texts(WrongName, body, _KENJI, **kw) == spans


# Outside batch "sixteenth" (a-309, "convinced that Byblos Marina Suites is the right place for me to grow",
# interview at Batroun Bay Resort): another company named as the place, home, fit or future you want is a
# wrong name; the interview's company, your past employer, a city or an event said so is not.
_RESORT = iv(("Rania Khoury", "rania.khoury@batrounbay.example"), company="Batroun Bay Resort")
_DEAR = "Dear Rania,\n\nThank you for the interview yesterday. "


@pytest.mark.parametrize("sentence,org", [
    ("I am certain Cedar Coast Hotels would be a great home for my skills.", "Cedar Coast Hotels"),
    ("Tyre Sands Lodge feels like the perfect place for me.", "Tyre Sands Lodge"),
    ("I can already see my future at Phoenicia Grand Hotel.", "Phoenicia Grand Hotel"),
    ("Zaitunay Bay Hotels could be the ideal home for my next chapter.", "Zaitunay Bay Hotels"),
    ("I know that Harbourline Logistics is the right fit for someone like me.", "Harbourline Logistics"),
])
def test_another_company_as_the_place_or_future_you_want_is_a_wrong_name(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, _DEAR + sentence + "\n\nWarm regards,\nJoelle", _RESORT) == [org]


@pytest.mark.parametrize("sentence", [
    "Batroun Bay Resort is the right place for me to grow.",
    "Lisbon is the right place for me to live.",
    "In my previous job, Hilton Hotel was a great home for my skills.",
    "My future at Batroun Bay Resort excites me.",
    "Lisbon Tech Week would be a great place for me to learn.",
])
def test_the_interviews_company_a_past_employer_or_a_city_as_that_place_is_no_wrong_name(sentence: str) -> None:
    assert findings_of(WrongName, _DEAR + sentence + "\n\nWarm regards,\nJoelle", _RESORT) == []


# -- probe round W4: 74 fresh notes, both ways (employer frames, other greetings, thanks in the closing
# area, subjects; past employers, clients, schools, products, the recruiter in To, panels, honorifics) --
# Before (main's code): 8 of 35 should-fire missed (a ninth probe, thanks passed "on to" a colleague, was
# wrong: the held-out u11 is labelled clean), no false alarm in 39. Classes: the start or career pictured at
# another employer ("my first 90 days at", "hit the ground running at", "grow my career with", 3); a
# plural's possessive after "add value to" ("Grocers' sourcing team"); "becoming part of the X family"; the
# reader and another company's team in a closing wish; "Cheers for ..., <name>!"; a company you see yourself
# at whose name does not say it is a business (left as a strict xfail). After: 1 missed (that xfail).

_KEEL = iv(("Oluwaseun Adebayo", "seun.adebayo@keel.example"), ("Dwayne Richards", "dwayne.richards@keel.example"),
           company="Keel Analytics")
_TIERRA = iv(("Marisol Gutiérrez", "marisol@tierraverde.example"), company="Tierra Verde Foods")
_BLUEPEAK = iv(("Anand Krishnamurthy", "anand.k@bluepeak.example"), company="Bluepeak Software")
_SANTOS = iv(("Paolo Santos", "paolo.santos@lakbay.example"), company="Lakbay Travel Inc.")
_K = "Dear Seun,\n\nThank you for the interview on Tuesday. "
_T = "Hola Marisol,\n\nThank you for meeting me yesterday. "
_B = "Hi Anand,\n\nThanks a lot for the call. "
_P = "Hi Paolo,\n\nThank you for the interview. "
_SIGN = "\n\nKind regards,\nAmara Eze"
PROBES_W4_WRONG = [
 # another company named as the employer, in new frames
 (_K + "I can't wait to join Northgate Labs' team." + _SIGN, _KEEL, {}, "Northgate Labs"),
 (_K + "Northgate Labs's culture of ownership really appeals to me." + _SIGN, _KEEL, {}, "Northgate Labs"),
 (_K + "I have already sketched my first 90 days at Northgate Labs." + _SIGN, _KEEL, {}, "Northgate Labs"),
 (_K + "I'm eager to contribute to Northgate Labs from day one." + _SIGN, _KEEL, {}, "Northgate Labs"),
 (_T + "Thank you for considering me for the buyer position at Brightline Grocers." + _SIGN, _TIERRA, {}, "Brightline Grocers"),
 (_T + "Working at Brightline Grocers would be a dream come true." + _SIGN, _TIERRA, {}, "Brightline Grocers"),
 (_T + "I am confident I can add value to Brightline Grocers' sourcing team." + _SIGN, _TIERRA, {}, "Brightline Grocers"),
 (_B + "I look forward to becoming part of the Meridian Health family." + _SIGN, _BLUEPEAK, {}, "Meridian Health"),
 (_B + "It would be a privilege to grow my career with Saltmarsh Capital." + _SIGN, _BLUEPEAK, {}, "Saltmarsh Capital"),
 (_B + "I'm ready to hit the ground running at Silverline Freight." + _SIGN, _BLUEPEAK, {}, "Silverline Freight"),
 pytest.param(_B + "Ashford Dynamics is exactly where I see myself in five years." + _SIGN, _BLUEPEAK, {}, "Ashford Dynamics",
              marks=pytest.mark.xfail(strict=True, reason="a place you see yourself in, named by words that do not say "
                                      "it is a business, may be a city ('Cape Town is where I see myself')")),
 (_B + "I'd love to help Ashford Dynamics grow its European business." + _SIGN, _BLUEPEAK, {}, "Ashford Dynamics"),
 (_B + "My goal is to build a long career at Ashford Dynamics." + _SIGN, _BLUEPEAK, {}, "Ashford Dynamics"),
 (_P + "Thank you for the opportunity to interview with Pacific Wanderer Tours." + _SIGN, _SANTOS, {}, "Pacific Wanderer Tours"),
 (_P + "I'd be proud to represent Pacific Wanderer Tours to our guests." + _SIGN, _SANTOS, {}, "Pacific Wanderer Tours"),
 # a different interviewer greeted or thanked, a non-interviewer thanked by name
 ("Dear Mr. Okonkwo,\n\nThank you for the interview on Tuesday." + _SIGN, _KEEL, {}, "Okonkwo"),
 ("Hello Kwame,\n\nThank you for the interview on Tuesday." + _SIGN, _KEEL, {}, "Kwame"),
 (_T + "Thank you, Ms. Reyes, for walking me through the plant." + _SIGN, _TIERRA, {}, "Reyes"),
 (_K + "A special thank-you to Farida for arranging my travel." + _SIGN, _KEEL, {}, "Farida"),
 (_K + "I'd also like to thank Joseph at reception for his help." + _SIGN, _KEEL, {}, "Joseph"),
 (_K + "Thank you to Dr. Mehta and the whole panel." + _SIGN, _KEEL, {}, "Mehta"),
 ("Good day Sir Emeka,\n\nThank you for the interview on Tuesday." + _SIGN, _KEEL, {}, "Emeka"),
 ("Hi Ate Joy,\n\nThank you for the interview." + _SIGN, _SANTOS, {}, "Joy"),
 (_P + "Thank you so much, Tita Carmen, for the merienda!" + _SIGN, _SANTOS, {}, "Carmen"),
 (_B + "Cheers for the coffee, Siddharth!" + _SIGN, _BLUEPEAK, {}, "Siddharth"),
 (_T + "Muchas gracias, Don Alfonso, por su tiempo." + _SIGN, _TIERRA, {}, "Alfonso"),
 (_K + "Asante sana Mama Wanjiku for the tea." + _SIGN, _KEEL, {}, "Wanjiku"),
 (_K + "Thanks to you and Bongani for the whiteboard session." + _SIGN, _KEEL, {}, "Bongani"),
 # the wrong person in the subject; a name from another application in the closing area
 (_K + "See you soon." + _SIGN, _KEEL, {"subject": "Thank you, Ms. Hallström"}, "Hallström"),
 (_K + "See you soon." + _SIGN, _KEEL, {"subject": "Following up on my interview with Kofi Mensah"}, "Kofi Mensah"),
 (_K + "See you soon.\n\nThanks again, Vikram, for the referral." + _SIGN, _KEEL, {}, "Vikram"),
 (_K + "See you soon.\n\nLooking forward to hearing from you, Ms. Delacroix." + _SIGN, _KEEL, {}, "Delacroix"),
 (_B + "Talk soon.\n\nThank you once more, Mr. Bianchi." + _SIGN, _BLUEPEAK, {}, "Bianchi"),
 (_B + "Talk soon." + _SIGN + "\n\nP.S. Thank you, Ingrid, for the lovely lunch.", _BLUEPEAK, {}, "Ingrid"),
 (_B + "Talk soon.\n\nAll the best to you and the Ashford Dynamics team," + "\nAmara", _BLUEPEAK, {}, "Ashford Dynamics"),
]
PROBES_W4_CLEAN = [
 # past employers, clients, schools, products, places, colleagues
 (_K + "At Northgate Labs, my previous employer, I ran the data warehouse." + _SIGN, _KEEL, {}),
 (_K + "I spent three years at Northgate Labs before moving to Lagos." + _SIGN, _KEEL, {}),
 (_T + "One of my clients, Brightline Grocers, had the same sourcing problem." + _SIGN, _TIERRA, {}),
 (_P + "I studied tourism at the Ateneo de Manila University." + _SIGN, _SANTOS, {}),
 (_B + "I built the dashboards in Tableau and Power BI." + _SIGN, _BLUEPEAK, {}),
 (_K + "I'll fly in from Accra on Sunday evening." + _SIGN, _KEEL, {}),
 (_T + "My former manager, Ms. Reyes, can act as a reference." + _SIGN, _TIERRA, {}),
 (_K + "My colleague Kwame and I shipped the billing revamp last year." + _SIGN, _KEEL, {}),
 (_K + "I loved hearing how Keel Analytics works with the NHS." + _SIGN, _KEEL, {}),
 (_B + "Your partnership with Deloitte sounds exciting." + _SIGN, _BLUEPEAK, {}),
 (_B + "I admire Stripe's API design and would bring that taste to Bluepeak." + _SIGN, _BLUEPEAK, {}),
 (_K + "Thank you for the interview at Keel Analytics' Lagos office." + _SIGN, _KEEL, {}),
 (_B + "Satya Nadella's book shaped how I lead." + _SIGN, _BLUEPEAK, {}),
 (_K + "Thank God for a smooth interview day!" + _SIGN, _KEEL, {}),
 (_K + "I hope Tunde, your intern, enjoyed the demo." + _SIGN, _KEEL, {}),
 (_K + "See you soon." + _SIGN, _KEEL, {"subject": "Thank you - Data Analyst interview at Keel Analytics"}),
 (_K + "See you soon.\n\nKind regards,\nAmara Eze | Data Analyst, Northgate Labs", _KEEL, {}),
 (_K + "I'll join Keel Analytics' team with enthusiasm if chosen." + _SIGN, _KEEL, {}),
 (_K + "My first 90 days at Keel Analytics would focus on the pipeline." + _SIGN, _KEEL, {}),
 (_B + "I contribute to open-source projects like Apache Airflow." + _SIGN, _BLUEPEAK, {}),
 (_K + "Please thank Dwayne for the coding exercise." + _SIGN, _KEEL, {}),
 # the recruiter in To, panels, handles, honorifics in other Englishes, interviewers by title or spelling
 ("Hi Farida,\n\nPlease pass my thanks to Seun and Dwayne." + _SIGN, _KEEL, {"to": ("Farida Bello <farida.bello@keel.example>",)}),
 ("Dear Oluwaseun and Dwayne,\n\nThank you both for the interview." + _SIGN, _KEEL, {}),
 ("Hey @dwayne-richards,\n\nThanks for the review." + _SIGN, _KEEL, {}),
 ("Respected Madam,\n\nThank you for the interview." + _SIGN, _TIERRA, {}),
 ("Dear Oga Seun,\n\nThank you for the interview." + _SIGN, _KEEL, {}),
 ("Dear Marisol ma'am,\n\nThank you for the interview." + _SIGN, _TIERRA, {}),
 ("Hi Kuya Paolo,\n\nThank you for the interview." + _SIGN, _SANTOS, {}),
 ("Dear Dr. Adebayo,\n\nThank you for the interview." + _SIGN, _KEEL, {}),
 ("Dear Mrs. Gutierrez,\n\nThank you for the interview." + _SIGN, _TIERRA, {}),
 ("Hi Duane,\n\nThank you for the interview." + _SIGN, _KEEL, {}),
 ("Dear Anand sir,\n\nThanks a lot for the call." + _SIGN, _BLUEPEAK, {}),
 (_T + "Gracias, Marisol, por su tiempo." + _SIGN, _TIERRA, {}),
 (_P + "Salamat po, Sir Paolo!" + _SIGN, _SANTOS, {}),
 (_B + "Thanks to Bluepeak Software for a smooth process." + _SIGN, _BLUEPEAK, {}),
 (_B + "I hope to grow with Bluepeak for many years." + _SIGN, _BLUEPEAK, {}),
 (_K + "Greetings from Ibadan, where I am visiting my parents." + _SIGN, _KEEL, {}),
 (_T + "I visited Costco and Walmart to compare shelf prices." + _SIGN, _TIERRA, {}),
 # thanks relayed through the reader, as the held-out u11 is labelled (probed as a wrong name at first)
 (_B + "Please pass my thanks on to Nadia as well." + _SIGN, _BLUEPEAK, {}),
]


@pytest.mark.parametrize("body,interview,kw,name", PROBES_W4_WRONG)
def test_probe_w4_another_employer_or_person_is_a_wrong_name(body, interview, kw, name) -> None:
    assert any(name in t for t in flagged_texts(WrongName, body, interview, **kw))


@pytest.mark.parametrize("body,interview,kw", PROBES_W4_CLEAN)
def test_probe_w4_the_past_clients_the_recruiter_and_honorifics_are_no_wrong_name(body, interview, kw) -> None:
    assert flagged_texts(WrongName, body, interview, **kw) == []


# -- the classes round W4 found, on other wordings, both ways ---------------------------------------------

@pytest.mark.parametrize("sentence,org", [
    ("My 30-60-90 plan already covers my first month at Orchid Telecom.", "Orchid Telecom"),
    ("I would love to spend my first six months with Kestrel Freight learning the routes.", "Kestrel Freight"),
    ("I'm ready to hit the ground running with Palmyra Foods.", "Palmyra Foods"),
    ("My dream is to build my career with Harbourview Insurance.", "Harbourview Insurance"),
    ("I know I could add real value to Cobalt Minerals' exploration team.", "Cobalt Minerals"),
    ("I can't wait to start becoming part of the Zuri Pharma family.", "Zuri Pharma"),
    ("Warm wishes to you and the Orchid Telecom team!", "Orchid Telecom"),
    ("My regards to you and to the Lakeshore Bank family.", "Lakeshore Bank"),
    ("I hope to excel at Globex.", "Globex"),
    ("I know I would excel at Kestrel Freight.", "Kestrel Freight"),
])
def test_round_w4_the_start_pictured_elsewhere_and_wishes_to_another_team_name_another_company(sentence, org) -> None:
    assert flagged_texts(WrongName, _B + sentence + _SIGN, _BLUEPEAK) == [org]


@pytest.mark.parametrize("sentence", [
    "During my first month at Orchid Telecom I shadowed the night shift.",
    "I would love to spend my first year with Orchid Telecom again.",  # "my ... year with": your own years there
    "I hit the ground running at Kestrel Freight back in 2019.",
    "It was a privilege to build my career with Harbourview Insurance.",
    "I'm ready to grow my career with Python and Go.",
    "I added value to Cobalt Minerals' exploration team as a contractor.",
    "My first 90 days at Bluepeak would go into the test suite.",
    "Warm wishes to you and the Bluepeak team!",
    "My regards to you and the Platform team.",
    "I grew my career with Orchid Telecom for six years.",
    "I am ready for my first week at Lagos office.",     # a place before an office, not the organisation
    "My goal is to excel at SQL and Python.",            # skills to excel at (also flagged on main)
    "I hope to excel at SQL.",
    "I'm excited to excel at Python.",
])
def test_round_w4_your_past_there_tools_departments_and_the_company_itself_are_no_wrong_name(sentence) -> None:
    assert flagged_texts(WrongName, _B + sentence + _SIGN, _BLUEPEAK) == []


@pytest.mark.parametrize("sentence,spans", [
    ("Cheers for the lift to the station, Obinna!", ["Obinna"]),
    ("Ta for the biscuits, Mrs. Hughes.", ["Mrs. Hughes"]),
    ("Much obliged for the directions, Farouk.", ["Farouk"]),
    ("Cheers for the call, Anand!", []),
    ("Cheers for the tour of Pune, India.", []),
    ("Cheers for introducing me to your colleague, Farouk.", []),
])
def test_round_w4_cheers_for_something_then_a_name_thanks_that_person(sentence, spans) -> None:
    assert flagged_texts(WrongName, _B + sentence + _SIGN, _BLUEPEAK) == spans


# A name later in a list thanked (round W3's strict xfails, fixed in round W4): each name of a list that ends
# on "for" is thanked; a list without "for", a product or a group in it, is not read.
@pytest.mark.parametrize("sentence,spans", [
    ("Thank you, Arjun, Kavya and Mr. Bose for the tour.", ["Kavya", "Mr. Bose"]),
    ("Thanks to you, Priyanka and Tom Baker for the lunch.", ["Tom Baker"]),
    ("Thank you all, and also Rekha ma'am for the tea.", ["Rekha"]),
    ("Thanks to you both and Dr. Menon for the feedback.", ["Dr. Menon"]),
    ("Thank you, Arjun, and Happy Diwali!", []),
    ("Thanks again, Arjun and Kafka Streams for the demo.", []),
    ("Thank you, Arjun, and Kafka for the demo.", []),
    ("Thank you both, and also HR for the scheduling.", []),
    ("Thanks to you, Arjun, I finally understood caching.", []),
    ("Thank you, Arjun and Priyanka for the panel.", []),
    ("Thank you both, and also Quill Labs for lunch.", []),
])
def test_round_w4_every_person_in_a_list_thanked_for_something_is_thanked(sentence, spans) -> None:
    assert flagged_texts(WrongName, "Hi Priyanka,\n\n" + sentence + _LIN, _QUILL) == spans


# Outside batch "seventeenth" (b-001 "CFO," to the CFO who interviewed her), class: a greeting by an office's or
# a function's abbreviation ("CFO,", "Dear CEO,", "Hi HR,") addresses a role, nobody by name: no stranger
# (interviewer-not-named still reports the generic greeting); a name beside it is still somebody's.
@pytest.mark.parametrize("greeting", ["CFO,", "Dear CEO,", "Hello CHRO,", "Hi VPs,", "Good morning MD,"])
def test_a_greeting_by_an_offices_abbreviation_is_not_a_stranger(greeting: str) -> None:
    interview = iv("Ngozi Okafor", company="Initech")
    assert flagged_texts(WrongName, greeting + GREETING_BODY, interview) == []
    assert [f.data["reason"] for f in findings_of(InterviewerNotNamed, greeting + GREETING_BODY, interview)] == [
        "generic"]


@pytest.mark.parametrize("greeting,stranger", [("Dear CFO Megan,", "Megan"), ("Hi KJ,", "KJ"), ("Dear Mr. CEO Tan,", "Tan")])
def test_a_name_or_unknown_initials_beside_an_office_are_still_a_stranger(greeting: str, stranger: str) -> None:
    assert stranger in " ".join(flagged_texts(WrongName, greeting + GREETING_BODY, iv("Ngozi Okafor", company="Initech")))


# Outside batch "seventeenth" (b-202 "I applied to Blah blah Middle School"; b-001 "an asset to xxxxx"), class:
# filler said twice, the second time in lower case, or a masked token, stands where the employer's name goes:
# a stand-in, no other employer; a real name that doubles a word keeps its capitals and is still reported.
@pytest.mark.parametrize("sentence", [
    "I would be thrilled to join Yada yada Logistics and help the platform team.",
    "I am eager to contribute to the growth of Bla bla Academy.",
    "I believe I would be a great asset to xxxxx and its members.",
    "I applied to Blah, blah Hospital because it is close to home.",
])
def test_filler_or_a_masked_token_where_the_company_goes_is_no_other_employer(sentence) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == []


@pytest.mark.parametrize("sentence,org", [
    ("I would be thrilled to join Walla Walla University next autumn.", "Walla Walla University"),
    ("I would love to bring that energy to Yada Logistics.", "Yada Logistics"),
])
def test_a_name_that_doubles_a_word_with_its_capitals_is_still_another_employer(sentence, org) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == [org]


# Outside batch "seventeenth" (b-313 "Thank you once again, Mr. Kaczmarczyk, for your time" to Ms. Jabłońska),
# class: a thanks strengthened by two words or by "once again" ("thank you once again", "thanks so much again")
# still speaks to the name set off after it; the interviewer's own name there, or no name, is fine.
@pytest.mark.parametrize("closing,stranger", [
    ("Thank you once again, Dr. Mensah, for the tour of the lab.", "Dr. Mensah"),
    ("Thanks so much again, Ms. Ortiz, for your patience with my questions.", "Ms. Ortiz"),
    ("Thank you very much once again, Mrs. Bello, for the coffee.", "Mrs. Bello"),
    ("Thank you once again, Tomasz, for making time on a Friday.", "Tomasz"),
])
def test_a_name_after_a_strengthened_thanks_is_somebody_else(closing: str, stranger: str) -> None:
    body = HI + "I enjoyed the data exercise.\n\n" + closing + "\n\nBest regards\nMichał"
    assert flagged_texts(WrongName, body, DANA) == [stranger]


@pytest.mark.parametrize("closing", [
    "Thank you once again, Ms. Okafor, for the tour of the lab.",
    "Thanks so much again, Dana, for your patience with my questions.",
    "Thank you very much once again for the coffee.",
    "Thank you once again; Tomasz and I both enjoyed the exercise.",
])
def test_the_interviewer_or_no_name_after_a_strengthened_thanks_is_fine(closing: str) -> None:
    body = HI + "I enjoyed the data exercise.\n\n" + closing + "\n\nBest regards\nMichał"
    assert flagged_texts(WrongName, body, DANA) == []


# Outside batch "seventeenth" (b-113 "@nileshprasad137 @pri2si17-1997 Good luck for your exams!" in the body of a
# note to the mentor): handles of people who did not interview you, spoken to in the body (a paragraph opening
# on them and speaking to them: "you", "please", a question). A bot's handle ("@ops-bot please rerun the
# checks") is a program; a run with a reader's handle in it brings co-workers in (tests/test_rule_wrong_name_handles.py).
def test_handles_of_non_interviewers_spoken_to_in_the_body_are_somebody_else() -> None:
    body = (HI + "Exams are nearly over here.\n\n@kwame-dev @lin_zhou Best of luck with your finals! I hope we "
            "all get to work together this summer.\n\nSam")
    assert flagged_texts(WrongName, body, DANA) == ["kwame-dev", "lin_zhou"]


# Outside batch "eighteenth" (c-306 "to put my experience ... at the service of Oasis Cargo and its clients"),
# class: your work offered to an employer "at the service of" it (a Romance-shaped "au service de"), and a
# carrier's trade in its name ("Cargo", "Couriers", "Carriers"): another company than the one you met.
@pytest.mark.parametrize("sentence,org", [
    ("I would love to place my languages at the service of Sahara Couriers.", "Sahara Couriers"),
    ("I am ready to put my ten years of dispatch at the service of Northwind Carriers and its drivers.",
     "Northwind Carriers"),
    ("Placing my energy at the service of Harbour Cargo would be an honour.", "Harbour Cargo"),
    ("I hope to offer my skills to the service of Meridian Freight Ltd.", "Meridian Freight Ltd"),
])
def test_work_offered_at_the_service_of_another_company_is_another_employer(sentence, org) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == [org]


@pytest.mark.parametrize("sentence", [
    "I was at the service of Harbour Cargo for six years before this.",   # your past employer
    "I would love to put my skills at the service of Initech and its clients.",  # the employer you met
    "I am at the service of the team whenever you need me.",
    "I learned patience at the service desk of Harbour Cargo.",
])
def test_the_service_of_your_past_employer_or_the_one_you_met_is_fine(sentence) -> None:
    assert flagged_texts(WrongName, _hi(GLOBEX) + sentence, GLOBEX) == []


# Outside batch "eighteenth" (c-202 "Dear Sergeant XXXX,"), class: police and army ranks written in full
# ("Sergeant", "Lieutenant", "Inspector") are titles, not somebody's name; the name after them is judged.
@pytest.mark.parametrize("greeting", ["Dear Sergeant XXXX,", "Dear Inspector,", "Dear Lieutenant Okafor,",
                                      "Dear Detective [Last Name],"])
def test_a_rank_written_in_full_is_a_title_not_another_name(greeting: str) -> None:
    assert "Sergeant" not in flagged_texts(WrongName, greeting + "\n\nThank you for the interview.", DANA)
    assert not {"Inspector", "Lieutenant", "Detective"} & set(
        flagged_texts(WrongName, greeting + "\n\nThank you for the interview.", DANA))


def test_the_name_after_a_rank_is_still_judged() -> None:
    assert flagged_texts(WrongName, "Dear Corporal Mensah,\n\nThank you for the interview.", DANA) == ["Mensah"]
    assert flagged_texts(WrongName, "Dear Constable Okafor,\n\nThank you for the interview.", DANA) == []


# Outside batch "eighteenth" (c-121 "Hello professor. My name is Yuehao Xu"), class: after a title closed by a
# full stop the next sentence has begun; its first word ("My", "I", "This") is nobody's name.
@pytest.mark.parametrize("text", [
    "Hello professor. My name is Tariq and I met you at the open day.",
    "Dear Madam. This is a short note after our call.",
    "Good evening sir. I wanted to thank you for your time.",
])
def test_the_sentence_after_a_title_and_its_full_stop_is_no_wrong_name(text: str) -> None:
    assert flagged_texts(WrongName, text, DANA) == []


@pytest.mark.parametrize("sentence,org", [
    ("I am confident I can contribute to the quality of the services of Tarapacá Digital.", "Tarapacá Digital"),
    ("I believe my testing habits would help improve the products of Quilmes Softworks.", "Quilmes Softworks"),
    ("I hope to be a real contribution for the clients of Itapúa Logistics.", "Itapúa Logistics"),
    ("I will give a good contribution for the growth of Cerro Corá Systems, I promise.", "Cerro Corá Systems"),
])
def test_another_company_whose_work_the_writer_offers_to_better_is_a_wrong_name(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, HI + sentence, DANA) == [org]


@pytest.mark.parametrize("sentence,interview", [
    # the reader's work for a customer, the writer's past, a customer the interview names
    ("I loved hearing how your team improves the products of Tarapacá Digital.", DANA),
    ("At my last job I improved the quality of the products of Quilmes Softworks.", DANA),
    ("In my previous post, I was helping the clients of Itapúa Logistics every day.", DANA),
    ("I would help raise the quality of the products of Tarapacá Digital for your team.",
     iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.",
        topics=("the Tarapacá Digital account and its release testing",))),
    ("I can help improve the quality of Python code across the team.", DANA),   # a language, not a company
])
def test_a_customer_the_readers_work_or_the_writers_past_is_no_wrong_name(sentence: str, interview) -> None:
    assert flagged_texts(WrongName, HI + sentence, interview) == []

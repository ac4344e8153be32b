"""Regional and trade writing found by the round-7 held-out drafts: honorific titles in greetings,
formal requests for a reply, thanks and sign-offs in the writer's other language, trade words."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.document import Document
from followup_lint.rules.courtesy import NoNextStep, NoThanks
from followup_lint.rules.names import InterviewerNotNamed, WrongName
from followup_lint.testing import assert_clean, flagged_texts, run_rule

from _names_cases import iv


def parse(body: str) -> Document:
    return Document(Draft(body=body))

BODY = "\n\nThank you for the interview today.\n\nI look forward to hearing from you.\n\nBest regards,\nSam"


@pytest.mark.parametrize("greeting,person", [
    ("Good evening Pharm. Adebayo,", "Oluwaseun Adebayo"),
    ("Dear Engr. Musa,", "Ibrahim Musa"),
    ("Hello Capt. Grant,", "Alisha Grant"),
    ("Dear Captain Grant,", "Alisha Grant"),
    ("Dear Chef Marco,", "Marco Bellini"),
    ("Dear Alhaji Bello,", "Aminu Bello"),
    ("Good afternoon Chief Okoro,", "Joseph Okoro"),
    ("Dear Adv. Rao,", "Lakshmi Rao"),
    ("Dear Shri Iyer,", "Venkatesh Iyer"),
    ("Dear Atty. Santos,", "Maria Santos"),
    ("Dear Datuk Lee,", "Lee Chong Wei"),
    ("Dear Father Walsh,", "Patrick Walsh"),
    ("Dear Ms Barr,", "Fiona Barr"),       # a surname that is also a title stays a name
    ("Dear Mr. Judge,", "Anthony Judge"),
])
def test_honorific_title_and_surname_name_the_interviewer(greeting: str, person: str) -> None:
    interview = iv(person, company="Initech")
    assert flagged_texts(WrongName, greeting + BODY, interview) == []
    assert flagged_texts(InterviewerNotNamed, greeting + BODY, interview) == []


@pytest.mark.parametrize("greeting,title", [
    ("Dear Engr. Musa,", "Engr."), ("Hello Capt. Grant,", "Capt."), ("Dear Chef Marco,", "Chef"),
    ("Dear Captain,", "Captain"), ("Hi Chef!", "Chef"),
])
def test_greeting_parses_the_title(greeting: str, title: str) -> None:
    g = parse(greeting + BODY).greeting
    assert g is not None and title in g.titles


@pytest.mark.parametrize("greeting,name", [("Dear Ms Barr,", "Barr"), ("Dear Mr. Judge,", "Judge"),
                                           ("Hi Major Tom,", "Tom")])
def test_surname_after_a_title_is_a_name(greeting: str, name: str) -> None:
    g = parse(greeting + BODY).greeting
    assert g is not None and name in [n[2] for n in g.names]


@pytest.mark.parametrize("greeting", ["Dear Captain,", "Hi Chef,", "Dear Doctor,", "Dear Principal,"])
def test_a_bare_title_is_not_another_person(greeting: str) -> None:
    interview = iv("Alisha Grant", company="Initech")
    assert flagged_texts(WrongName, greeting + BODY, interview) == []
    assert flagged_texts(InterviewerNotNamed, greeting + BODY, interview) != []


def note(content: str, signoff: str = "Regards,") -> str:
    return f"Dear Mr. Osei,\n\nThank you for your time. {content}\n\n{signoff}\nFunmi"


@pytest.mark.parametrize("content", [
    "I would be grateful to know whether the position is still open.",
    "I would like to know where things stand with my application.",
    "Could you tell me when a decision is expected?",
    "I await your favourable response.",
    "Hoping for a positive response.",
    "Awaiting your reply.",
    "Kindly revert at your earliest convenience.",
    "I remain at your disposal for any further information.",
    "Please advise on the next stage.",
    "I would be glad to be informed of the outcome.",
    "I would be grateful for any update.",
])
def test_formal_requests_for_a_reply_invite_a_next_step(content: str) -> None:
    assert_clean(NoNextStep, note(content))


@pytest.mark.parametrize("content", [
    "I'd love to know how the team splits on-call.",
    "The next phase of the project sounds exciting.",
    "I remain committed to patient safety.",
    "I am waiting for my visa.",
    "My last role was at a firm where advice mattered.",
    "The outcome of the audit surprised me.",
    "I hope the pilot goes well.",
    "The status quo on the ward works.",
    "It was good to see the site.",
    "I enjoyed the tour of the dispensary.",
])
def test_other_sentences_are_not_an_invitation(content: str) -> None:
    assert [f.rule for f in run_rule(NoNextStep, note(content)).findings] == ["no-next-step"]


@pytest.mark.parametrize("body", [
    "Hi Betty,\n\nAsante sana for the boat trip today.\n\nJuma",
    "Hi Carys,\n\nDiolch for showing me round today.\n\nFfion",
    "Hi Amir,\n\nShukran for your time today.\n\nSara",
    "Hi Rahul,\n\nThe tour was great.\n\nThanking you,\nPriya",
    "Hi Kai,\n\nThe visit to the farm was great.\n\nMahalo,\nLeilani",
])
def test_thanks_in_the_writers_other_language(body: str) -> None:
    assert_clean(NoThanks, body)


@pytest.mark.parametrize("closing,phrase", [
    ("Cofion gorau,", "Cofion gorau"), ("Asante sana,", "Asante sana"), ("Thanking you,", "Thanking you"),
    ("Ngā mihi,", "Ngā mihi"), ("Au plaisir,", "Au plaisir"), ("Yours respectfully,", "Yours respectfully"),
    ("Thanks and kind regards,", "Thanks and kind regards"), ("Blessings,", "Blessings"),
])
def test_regional_signoffs(closing: str, phrase: str) -> None:
    doc = parse(f"Hi Ana,\n\nThank you for today.\n\n{closing}\nSam Lee")
    assert doc.signoff is not None and doc.signoff.phrase == phrase
    assert doc.signoff.name_start is not None


@pytest.mark.parametrize("word", [
    "capnography", "borescope", "pushback", "lede", "façade", "backlot", "clubroot", "plyometrics",
    "endo", "subrogation", "planogram", "exfiltration", "termbase", "deaccession", "ductwork", "superheat",
    "megger", "busbar", "seagrass", "bycatch", "demurrage", "transhipment", "matatu", "diolch", "asante",
])
def test_trade_and_regional_words_are_known(word: str) -> None:
    from followup_lint.spelling.engine import load_speller

    assert load_speller().known(word)


@pytest.mark.parametrize("typo", ["capnograpy", "borescpe", "exfiltraton", "ductwrok", "demurage"])
def test_typos_of_trade_words_are_still_unknown(typo: str) -> None:
    from followup_lint.spelling.engine import load_speller

    assert not load_speller().known(typo)


GLOBEX = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")


@pytest.mark.parametrize("sentence,org", [
    ("I would be proud to represent Globex Assurance in the field.", "Globex Assurance"),
    ("I am confident I can add value to Globex's claims team.", "Globex"),
    ("I hope to become part of the Globex family.", "Globex"),
    ("I would love to be part of Globex.", "Globex"),
    ("I am keen to represent Globex at trade shows.", "Globex"),
    ("I know I can bring real value to Globex.", "Globex"),
])
def test_other_company_named_as_the_employer(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, "Hi Dana,\n\n" + sentence, GLOBEX) == [org]


@pytest.mark.parametrize("sentence", [
    "I represented Globex at two trade fairs.",
    "I was part of the Globex data team for three years.",
    "I can add value to Salesforce projects.",
    "Being part of Hurricane Ida deployments taught me a lot.",
    "We can bring real value to Atlanta homeowners.",
    "I would love to be part of Initech.",
    "I would be honoured to represent Initech.",
    "It would be a privilege to represent the Leeds office.",
    "I'd add value to Kafka pipelines from day one.",
    "I hope to add value to the team.",
])
def test_not_another_employer(sentence: str) -> None:
    assert flagged_texts(WrongName, "Hi Dana,\n\n" + sentence, GLOBEX) == []


@pytest.mark.parametrize("greeting,person", [
    ("Dear Tanaka-san,", "Yuki Tanaka"), ("Dear Rajesh-ji,", "Rajesh Kumar"), ("Good day Ma,", "Ngozi Okafor"),
    ("Dear Aunty Ngozi,", "Ngozi Okafor"),
])
def test_suffix_honorifics_and_west_african_ma(greeting: str, person: str) -> None:
    assert flagged_texts(WrongName, greeting + BODY, iv(person, company="Initech")) == []


def test_suffix_is_not_the_greeting_punctuation() -> None:
    g = parse("Dear Tanaka-san\n\nThanks for today.").greeting
    assert g is not None and g.punct == "" and [n[2] for n in g.names] == ["Tanaka"]
    g = parse("Dear Tanaka-san,\n\nThanks for today.").greeting
    assert g is not None and g.punct == "," and g.names[0][:2] == (5, 11)


def test_ma_after_a_title_is_a_surname() -> None:
    interview = iv("Ma Jun", company="Initech")
    assert flagged_texts(InterviewerNotNamed, "Dear Mr Ma," + BODY, interview) == []
    assert flagged_texts(WrongName, "Dear Mr Ma," + BODY, interview) == []


@pytest.mark.parametrize("greeting,person", [
    ("Namaste Rajesh,", "Rajesh Kumar"), ("Salaam Amir,", "Amir Haddad"),
    ("Assalamu alaikum Amir,", "Amir Haddad"), ("As-salamu alaykum Mr. Haddad,", "Amir Haddad"),
    ("Shwmae Rhys,", "Rhys Evans"), ("Habari Juma,", "Juma Otieno"), ("Jambo Juma,", "Juma Otieno"),
    ("Vanakkam Priya,", "Priya Raman"), ("Mabuhay Maria,", "Maria Santos"), ("Sannu Aminu,", "Aminu Bello"),
])
def test_greeting_in_the_writers_other_language(greeting: str, person: str) -> None:
    interview = iv(person, company="Initech")
    assert flagged_texts(WrongName, greeting + BODY, interview) == []
    assert flagged_texts(InterviewerNotNamed, greeting + BODY, interview) == []
    g = parse(greeting + BODY).greeting
    assert g is not None and g.salutation and g.punct == ","


def test_other_language_greeting_still_catches_a_stranger() -> None:
    assert flagged_texts(WrongName, "Jambo Peter," + BODY, iv("Juma Otieno", company="Initech")) == ["Peter"]


# -- hyphenated compounds with a particle ("no-shows", "on-call") in topics -----------------------------

from followup_lint.rules._topics import phrase_terms  # noqa: E402
from followup_lint.rules.moment import NoSpecificMoment  # noqa: E402


def _moment(sentence: str, topic: str) -> list[str]:
    interview = iv("Dana Okafor", company="Initech", topics=(topic,))
    body = f"Hi Dana,\n\nThank you for the interview today. {sentence}\n\nBest,\nSam"
    return [f.rule for f in run_rule(NoSpecificMoment, body, interview).findings]


@pytest.mark.parametrize("sentence,topic", [
    ("Our talk about reducing no-shows stuck with me.", "cutting no-shows with SMS reminders"),
    ("Your approach to no-show patients with text reminders made sense.", "cutting no-shows with SMS reminders"),
    ("The pick to light area you showed me was impressive.", "the new pick-to-light zone"),
    ("I liked your on call rota idea.", "the on-call rota"),
    ("I liked your on-call rota idea.", "the on-call rota"),
    ("The check-in desk redesign sounds smart.", "redesigning the check-in desk"),
    ("Your roll-out plan for the scanners was clear.", "the scanner roll-out"),
])
def test_compound_topics_are_referenced(sentence: str, topic: str) -> None:
    assert _moment(sentence, topic) == []


@pytest.mark.parametrize("sentence,topic", [
    ("I enjoyed the show.", "cutting no-shows with SMS reminders"),
    ("I enjoyed learning about the team and the culture.", "the on-call rota"),
    ("The follow-up was quick.", "the on-call rota"),
    ("The check-in was easy.", "cutting no-shows with SMS reminders"),
])
def test_compound_topics_not_referenced(sentence: str, topic: str) -> None:
    assert _moment(sentence, topic) == ["no-specific-moment"]


def test_compound_term_is_marked_and_optional() -> None:
    terms = phrase_terms("cutting no-shows with SMS reminders", frozenset())
    assert "+noshow" in terms and "show" in terms


@pytest.mark.parametrize("greeting,person", [
    ("Hi Funmi,", "Olufunmilayo Ade"), ("Hi Mide,", "Olumide Bello"), ("Hi Toyin,", "Oluwatoyin Bello"),
    ("Dear Rahman,", "Abdulrahman Said"), ("Hi Emeka,", "Chukwuemeka Obi"),
])
def test_given_name_without_its_leading_element(greeting: str, person: str) -> None:
    interview = iv(person, company="Initech")
    assert flagged_texts(WrongName, greeting + BODY, interview) == []
    assert flagged_texts(InterviewerNotNamed, greeting + BODY, interview) == []


@pytest.mark.parametrize("greeting,person", [("Dear Seyi,", "Oluwaseun Adebayo"), ("Hi Dike,", "Chukwudi Obi"),
                                             ("Hi Lami,", "Olufunmilayo Ade")])
def test_a_different_name_is_still_a_stranger(greeting: str, person: str) -> None:
    assert flagged_texts(WrongName, greeting + BODY, iv(person, company="Initech")) != []

"""Fixes found by the round-8 held-out drafts (h145-h168): more professional titles before a name
("Eng. Khalid", "Ing. Novák"), another organisation named with a wish ("proud to ... the team at X",
"St. Brigid's Hospice"), organisations that share only a generic word ("Trust", "Foundation"), and a
request for a short note as an invitation to reply."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.document import Document
from followup_lint.rules.courtesy import NoNextStep
from followup_lint.rules.names import InterviewerNotNamed, WrongName, same_company
from followup_lint.testing import assert_clean, flagged_texts, run_rule

from _names_cases import iv

BODY = "\n\nThank you for the interview today.\n\nI look forward to hearing from you.\n\nBest regards,\nSam"


# -- titles written before a name ------------------------------------------------------------------------

@pytest.mark.parametrize("greeting,person,title,name", [
    ("Dear Eng. Khalid,", "Khalid Al-Mansouri", "Eng.", "Khalid"),
    ("Dear Eng. Al-Mansouri,", "Khalid Al-Mansouri", "Eng.", "Al-Mansouri"),
    ("Dear Ing. Novák,", "Petr Novák", "Ing.", "Novák"),
    ("Dear Mgr. Kowalska,", "Anna Kowalska", "Mgr.", "Kowalska"),
    ("Dear Dra. Ruiz,", "Carmen Ruiz", "Dra.", "Ruiz"),
    ("Dear Arq. Pérez,", "Luis Pérez", "Arq.", "Pérez"),
    ("Dear Ir. Wijaya,", "Budi Wijaya", "Ir.", "Wijaya"),
    ("Dear Haji Osman,", "Osman Rahman", "Haji", "Osman"),
    ("Good morning Eng. Layla,", "Layla Haddad", "Eng.", "Layla"),
    ("Dear Eng Khalid,", "Khalid Al-Mansouri", "Eng", "Khalid"),
])
def test_professional_title_names_the_interviewer(greeting: str, person: str, title: str, name: str) -> None:
    g = Document(Draft(body=greeting + BODY)).greeting
    assert g is not None and title in g.titles and [n[2] for n in g.names] == [name]
    interview = iv(person, company="Initech")
    assert flagged_texts(WrongName, greeting + BODY, interview) == []
    assert flagged_texts(InterviewerNotNamed, greeting + BODY, interview) == []


@pytest.mark.parametrize("greeting,person,wrong", [
    ("Dear Eng. Omar,", "Khalid Al-Mansouri", "Omar"),
    ("Dear Ing. Svoboda,", "Petr Novák", "Svoboda"),
    ("Dear Mgr. Nowak,", "Anna Kowalska", "Nowak"),
    ("Dear Dra. Gómez,", "Carmen Ruiz", "Gómez"),
    ("Dear Ir. Santoso,", "Budi Wijaya", "Santoso"),
])
def test_title_with_someone_elses_name_is_still_wrong(greeting: str, person: str, wrong: str) -> None:
    assert flagged_texts(WrongName, greeting + BODY, iv(person, company="Initech")) == [wrong]


@pytest.mark.parametrize("greeting,person", [("Dear Ms. Ing,", "Wei Ing"), ("Dear Mr Eng,", "Ah Eng")])
def test_title_word_after_a_title_is_a_surname(greeting: str, person: str) -> None:
    g = Document(Draft(body=greeting + BODY)).greeting
    assert g is not None and len(g.names) == 1
    assert flagged_texts(WrongName, greeting + BODY, iv(person, company="Initech")) == []


def test_a_title_before_a_generic_word_is_not_a_name() -> None:
    assert flagged_texts(InterviewerNotNamed, "Hi Eng Team," + BODY, iv("Dana Okafor")) != []


# -- another organisation named as the employer ------------------------------------------------------------

TRUST = iv(("Dana Okafor", "dana.okafor@harbourlight.example"), company="Harbourlight Children's Trust")


@pytest.mark.parametrize("sentence,org", [
    ("I would be proud to bring that experience to the team at St. Brigid's Hospice Foundation.",
     "St. Brigid's Hospice Foundation"),
    ("I'd be honored to work with the team at Riverside Trust.", "Riverside Trust"),
    ("I would be honoured to support the team at Oakfield Children's Trust.", "Oakfield Children's Trust"),
    ("I'd be privileged to join the team at Mt. Carmel Foundation.", "Mt. Carmel Foundation"),
    ("I would love to join Mt. Sinai Health.", "Mt. Sinai Health"),
    ("I am excited about the fundraising team at Riverside Hospice.", "Riverside Hospice"),
    ("I would be proud to join the development team at Saint Luke Foundation.", "Saint Luke Foundation"),
    ("I'd be proud to work for Northgate Trust.", "Northgate Trust"),
])
def test_other_organisation_is_flagged(sentence: str, org: str) -> None:
    assert flagged_texts(WrongName, "Hi Dana,\n\n" + sentence, TRUST) == [org]


@pytest.mark.parametrize("sentence", [
    "I would be proud to support the team at Harbourlight.",
    "I would be proud to join the team at the Trust.",
    "I'm proud to have built the team at Oakfield Trust from scratch.",
    "I was proud to lead the team at Oakfield Trust.",
    "I am proud to say the team at Oakfield Hospice raised a record sum.",
    "We met at St. Brigid's last spring.",
    "I would be proud to represent Harbourlight Children's Trust.",
    "I would be proud to join Harbourlight Children's Trust.",
    "I was proud of the team at Oakfield Trust.",
    "I am honoured to have worked with the team at Oakfield Trust.",
])
def test_not_another_organisation(sentence: str) -> None:
    assert flagged_texts(WrongName, "Hi Dana,\n\n" + sentence, TRUST) == []


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
])
def test_same_company_ignores_generic_words(mentioned: str, company: str, same: bool) -> None:
    assert same_company(mentioned, company) is same


# -- a request for a short note invites a reply ---------------------------------------------------------

def note(content: str) -> str:
    return f"Dear Ms. Kessler,\n\nThank you for your time. {content}\n\nRegards,\nMarcus"


@pytest.mark.parametrize("content", [
    "If the position has been filled, I would be grateful for a short note so that I can plan accordingly.",
    "I'd be grateful for a quick reply either way.",
    "I would be glad for a brief update when you have one.",
    "I would be thankful for a short response.",
    "I would be grateful for any update.",
    "I'd be happy for a quick line to say where things are.",
    "I would be grateful for some news when a decision is made.",
    "I would be grateful for a reply at your convenience.",
    "Even a one-line answer would help; I'd be grateful for a note.",
    "I would be grateful for any word on the timeline.",
])
def test_request_for_a_note_is_a_next_step(content: str) -> None:
    assert_clean(NoNextStep, note(content))


@pytest.mark.parametrize("content", [
    "I am grateful for a chance to learn.",
    "I was grateful for a short break between rounds.",
    "The short note you sent before the interview helped.",
    "I wrote a quick reply to the case study.",
    "I am grateful for the tour.",
    "Your response to my question about rotas was helpful.",
    "The line manager seemed supportive.",
    "I was glad for the quiet room.",
    "It was a quick visit.",
    "I kept a short note of the shift pattern.",
])
def test_other_sentences_are_not_a_next_step(content: str) -> None:
    assert [f.rule for f in run_rule(NoNextStep, note(content)).findings] == ["no-next-step"]


# -- invitations to reply in the English of Portuguese, Spanish, Polish, Korean and Arabic speakers --------

@pytest.mark.parametrize("content", [
    "I am at your disposal for any questions.",
    "I stay at your disposal.",
    "I stay at disposal for anything you need.",
    "Waiting for your return.",
    "I am waiting your answer.",
    "I count on your feedback.",
    "I am expecting your reply.",
    "I will wait for your answer.",
    "I hope to hear good news from you.",
    "Hoping to receive positive news soon.",
    "Let's keep in touch.",
    "Hope to see you again soon.",
    "I hope to continue the process with your team.",
    "I am ready for the next interview.",
    "I would be available for a second conversation.",
])
def test_non_native_invitations_are_a_next_step(content: str) -> None:
    assert_clean(NoNextStep, note(content))


@pytest.mark.parametrize("content", [
    "I expect the answer lies in capacity planning.",
    "It was great to see you again yesterday.",
    "We need to continue the process of migrating the ledgers.",
    "I keep in touch with former patients.",
    "I was happy to hear the good news about the grant.",
    "The tools at your disposal impressed me.",
    "I counted on the return of the samples.",
    "Your answer about rotas was clear.",
    "The next interview panel sounded strong.",
    "I am ready for the challenge.",
    "We had resources at our disposal.",
])
def test_look_alikes_are_not_a_next_step(content: str) -> None:
    assert [f.rule for f in run_rule(NoNextStep, note(content)).findings] == ["no-next-step"]


# -- greetings and short forms of Polish and Portuguese speakers -----------------------------------------

@pytest.mark.parametrize("greeting,person", [
    ("Dear Gosia,", "Małgorzata Wiśniewska"), ("Hi Kasia,", "Katarzyna Zielińska"), ("Hello Tomek,", "Tomasz Nowak"),
    ("Hi Kuba,", "Jakub Lewandowski"), ("Dear Wojtek,", "Wojciech Mazur"), ("Hi Basia,", "Barbara Kamińska"),
    ("Hi Zé,", "José Carvalho"), ("Hi Gabi,", "Gabriela Souza"), ("Prezado Sr. Costa,", "João Costa"),
    ("Prezada Ana,", "Ana Oliveira"), ("Szanowna Pani Kowalska,", "Anna Kowalska"), ("Querida Marta,", "Marta Lopes"),
])
def test_polish_and_portuguese_forms_name_the_interviewer(greeting: str, person: str) -> None:
    interview = iv(person, company="Initech")
    assert flagged_texts(WrongName, greeting + BODY, interview) == []
    assert flagged_texts(InterviewerNotNamed, greeting + BODY, interview) == []


@pytest.mark.parametrize("greeting,person,wrong", [
    ("Dear Gosia,", "Katarzyna Zielińska", "Gosia"), ("Hi Kasia,", "Małgorzata Wiśniewska", "Kasia"),
    ("Prezado Sr. Lima,", "João Costa", "Lima"), ("Hi Tomek,", "Jakub Lewandowski", "Tomek"),
])
def test_short_forms_of_someone_else_are_still_wrong(greeting: str, person: str, wrong: str) -> None:
    assert flagged_texts(WrongName, greeting + BODY, iv(person, company="Initech")) == [wrong]


def test_prezado_is_a_salutation() -> None:
    g = Document(Draft(body="Prezado Sr. Costa," + BODY)).greeting
    assert g is not None and g.salutation == "Prezado" and [n[2] for n in g.names] == ["Costa"]

"""FL202 interviewer-name-misspelled: misspellings in greeting and body; nicknames and transliterations pass."""

from __future__ import annotations

import pytest

from followup_lint import Interviewer
from followup_lint.rules.names import InterviewerNameMisspelled
from followup_lint.testing import findings_of, flagged_texts

from _names_cases import iv

GOOD = [
    ("Hi John,\n\nThanks for today.", iv("John Whitaker")),
    ("Hi Jack,\n\nThanks for today.", iv("John Whitaker")),
    ("Hi Jon,\n\nThanks for today.", iv("Jon Ekberg")),
    ("Hi Sara,\n\nThanks for today.", iv("Sarah Cohen", "Sara Lindholm")),
    ("Hi Bob,\n\nThanks for today.", iv("Robert Lindqvist")),
    ("Hi Raj,\n\nThanks for today.", iv("Rajesh Iyer")),
    ("Hi Segun,\n\nThanks for today.", iv("Olusegun Bakare")),
    ("Dear Herr Müller,\n\nThanks for today.", iv("Anke Mueller")),
    ("Dear Dr. Grossmann,\n\nThanks for today.", iv("Jürgen Großmann")),
    ("Hi Juergen,\n\nThanks for today.", iv("Jürgen Großmann")),
    ("Dear Ms. van der Merwe,\n\nThanks for today.", iv("Anne-Marie van der Merwe")),
    ("Dear Mr. Tan,\n\nThanks for today.", iv(Interviewer("Tan Wei Ming", "weiming.tan@lionport.example"))),
    ("Hi Paula,\n\nPaul mentioned the roadmap, and we meet on Monday.", iv("Paula Grant", "Mandy Price")),
    ("Hi Dana,\n\nThe Data Platform team sounds great.", iv("Dana Okafor")),
    ("Hi Dana,\n\nMark from your team showed me the board.", iv("Dana Okafor", "Marcus Bell")),
    ("Hi Michael,\n\nThanks. Micheal is how my spell checker writes it.", iv("Michael Brandt")),  # sentence start
    ("Hi Ana,\n\nWe walked along the River Thames after the interview.", iv("Ana Rivera")),
    ("Hi Kat,\n\nThanks for today.", iv("Katharina Schumacher")),
]

BAD = [
    ("Hi Jon,\n\nThanks for today.", iv("John Whitaker"), ["Jon"]),
    ("Dear Micheal,\n\nThanks for today.", iv("Michael Brandt"), ["Micheal"]),
    ("Dear Ms. MacAlister,\n\nThanks for today.", iv("Fiona McAllister"), ["MacAlister"]),
    ("Dear Ms. Schumaker,\n\nThanks for today.", iv("Katharina Schumacher"), ["Schumaker"]),
    ("Hi Jurgen,\n\nThanks for today.", iv("Jürgen Großmann"), ["Jurgen"]),
    ("Dear Dr. Grosman,\n\nThanks for today.", iv("Jürgen Großmann"), ["Grosman"]),
    ("Dear Siobhan,\n\nThanks for today.", iv("Siobhán O'Sullivan"), ["Siobhan"]),
    ("Dear Ms. OSullivan,\n\nThanks for today.", iv("Siobhán O'Sullivan"), ["OSullivan"]),
    ("Hi Sarah,\n\nThanks for today.", iv("Sara Lindholm"), ["Sarah"]),
    ("Dear Mr. Nwachuku,\n\nThanks for today.", iv("Chukwuemeka Nwachukwu"), ["Nwachuku"]),
    ("Hi Dana,\n\nThanks. I enjoyed Micheal's demo of the pipeline.", iv("Dana Okafor", "Michael Brandt"),
     ["Micheal"]),
    ("Hi Dana,\n\nPlease thank Mr. Lindquist for the tour.", iv("Dana Okafor", "Robert Lindqvist"),
     ["Lindquist"]),
    ("Dear Kathryn,\n\nThanks for today.", iv("Katherine Doyle"), ["Kathryn"]),
]


@pytest.mark.parametrize("body,interview", GOOD)
def test_good(body, interview):
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == []


@pytest.mark.parametrize("body,interview,spans", BAD)
def test_bad(body, interview, spans):
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == spans


def test_fix_writes_the_right_spelling():
    [f] = findings_of(InterviewerNameMisspelled, "Dear Ms. Schumaker,\n\nThanks.", iv("Katharina Schumacher"))
    assert f.data["expected"] == "Schumacher"
    assert f.fixes[0].edits[0].replacement == "Schumacher"


def test_missing_accents_can_be_accepted():
    body = "Hi Jurgen,\n\nThanks for today."
    assert flagged_texts(InterviewerNameMisspelled, body, iv("Jürgen Großmann"),
                         options={"accept-missing-accents": True}) == []


def test_skipped_without_interviewers():
    from followup_lint.testing import run_rule

    report = run_rule(InterviewerNameMisspelled, "Hi Jon,\n\nThanks.")
    assert any(s.rule == "interviewer-name-misspelled" for s in report.rules_skipped)


# -- probes of the label's edges, fresh wordings in many registers (issue 11) -----------------------------

TY = "\n\nThank you for the interview.\n\nBest regards,\nSam"

MISSPELLED_PROBES = [
    ("Dear Ms. Okafur," + TY, iv("Dana Okafor"), "Okafur"),
    ("Dear Mr. Mesnah," + TY, iv("Kwame Mensah"), "Mesnah"),
    ("Dear Catherine," + TY, iv("Katherine Doyle"), "Catherine"),
    ("Dear Dr. Schmitt," + TY, iv("Anna Schmidt"), "Schmitt"),
    ("Dear Mr. Fernandes," + TY, iv("Luis Fernandez"), "Fernandes"),
    ("Hi Phillip," + TY, iv("Philip Grant"), "Phillip"),
    ("Dear Mr. Adeyami," + TY, iv("Tunde Adeyemi"), "Adeyami"),
    ("Good day Ma'am Santoz," + TY, iv("Maria Santos"), "Santoz"),
    ("Dear Mr. Mueler," + TY, iv("Thomas Müller"), "Mueler"),
    ("Hi Dana,\n\nPlease pass my thanks to Mr. Okonkow as well.", iv("Dana Okafor", "Chinedu Okonkwo"), "Okonkow"),
    ("Respected Mr. Srinivassan," + TY, iv("Rahul Srinivasan"), "Srinivassan"),
    ("Dear Ms. Nakamure," + TY, iv("Yui Nakamura"), "Nakamure"),
]

NOT_MISSPELLED_PROBES = [
    ("Hi Rob," + TY, iv("Robert Lindqvist")),
    ("Hi Liz," + TY, iv("Elizabeth Ward")),
    ("Hi Dana," + TY, iv("Dana Okafor")),
    ("hi dana\n\nthx for today", iv("Dana Okafor")),
    ("Dear Dr. Okafor," + TY, iv("Dana Okafor")),
    ("Hi Kate," + TY, iv("Katherine Doyle")),
    ("Hi Tunde," + TY, iv("Babatunde Adeyemi")),
    ("Dear Ma'am Maria," + TY, iv("Maria Santos")),
    ("Dear Herr Mueller," + TY, iv("Thomas Müller")),
    ("Hi Chris," + TY, iv("Christopher Nolan")),
    ("Dear Mr. Okonkwo," + TY, iv("Chinedu Okonkwo")),
]


# -- harder wordings -------------------------------------------------------------

MISSPELLED_PROBES_2 = [
    ("Dear Ms. Abubaker," + TY, iv("Fatima Abubakar"), "Abubaker"),
    ("Hi Jonathon," + TY, iv("Jonathan Price"), "Jonathon"),
    ("Dear Mrs. Oyelwo," + TY, iv("Bisi Oyelowo"), "Oyelwo"),
    ("Dear Mr. Iyre," + TY, iv("Ramesh Iyer"), "Iyre"),
    ("Dear Ms. Gonzales," + TY, iv("Ana Gonzalez"), "Gonzales"),
    ("Hola Joao," + TY, iv("João Silva"), "Joao"),
    ("Dear Frau Schroder," + TY, iv("Petra Schröder"), "Schroder"),
    ("Hi Stephen," + TY, iv("Steven Hall"), "Stephen"),
    ("Dear Mr. Oconnor," + TY, iv("Liam O'Connor"), "Oconnor"),
    ("Dear Ms. Mcdonald," + TY, iv("Ava MacDonald"), "Mcdonald"),
    ("Hi Anothony," + TY, iv("Anthony Reed"), "Anothony"),
    ("Dear Dr. Alrashed," + TY, iv("Omar Al-Rashid"), "Alrashed"),
    ("Dear Mr. Ngyuen," + TY, iv("Bao Nguyen"), "Ngyuen"),
    ("Hi Krystal," + TY, iv("Crystal Diaz"), "Krystal"),
]

NOT_MISSPELLED_PROBES_2 = [
    ("Dear Dr. Oyelowo," + TY, iv("Femi Oyelowo")),
    ("Dear Sir Ramesh," + TY, iv("Ramesh Iyer")),
    ("Dear Herr Schroeder," + TY, iv("Petra Schröder")),
    ("Dear Dr. Al Rashid," + TY, iv("Omar Al-Rashid")),
    ("Hi Lizzie," + TY, iv("Elizabeth Ward")),
    ("Hi Beth," + TY, iv("Elizabeth Ward")),
    ("Hi Sasha," + TY, iv("Alexandra Ivanova")),
    ("Hi Kemi," + TY, iv("Oluwakemi Adeyemi")),
    ("Dear Sir," + TY, iv("Deepak Nair")),
]


@pytest.mark.parametrize("body,interview,name", MISSPELLED_PROBES + MISSPELLED_PROBES_2)
def test_probe_a_letter_off_swapped_or_variant_spelling(body: str, interview, name: str) -> None:
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == [name]


@pytest.mark.parametrize("body,interview", NOT_MISSPELLED_PROBES + NOT_MISSPELLED_PROBES_2)
def test_probe_nicknames_first_names_and_lowercase_pass(body: str, interview) -> None:
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == []


@pytest.mark.parametrize("greeting,person,typo", [
    ("Dear Ms. Aoki,", "Emi Akoi", "Aoki"),
    ("Hi Ivna,", "Ivan Petrov", "Ivna"),
    ("Dear Mr. Rya,", "Tomas Ray", None),     # three letters: too short to tell a typo from another name
])
def test_two_letters_swapped_in_a_short_name_are_a_typo(greeting: str, person: str, typo: str | None) -> None:
    assert flagged_texts(InterviewerNameMisspelled, greeting + TY, iv(person)) == ([typo] if typo else [])


@pytest.mark.parametrize("greeting,person", [("Hi Mark,", "Mary Jones"), ("Hi Amir,", "Omar Haddad")])
def test_a_changed_letter_in_a_short_name_still_needs_the_sound(greeting: str, person: str) -> None:
    assert flagged_texts(InterviewerNameMisspelled, greeting + TY, iv(person)) == []


# Outside batch "fourteenth" (p-007, "Hi @wguldin," to William Guldin): a handle made of an initial and the
# family name, the family name and an initial, or both names run together spells the name; its letters
# lying one edit from the family name make it no misspelling.
@pytest.mark.parametrize("body,person", [
    ("Hi @mokafor,\n\nJust checking in on my application.", "Michael Okafor"),
    ("Hey @okaform, any news on the take-home review?", "Michael Okafor"),
    ("Hello @priyaraman,\n\nI pushed the fixes you asked for.", "Priya Raman"),
    ("Hi @tkowalski,\n\nI uploaded the revised solution.", "Tomasz Kowalski"),
    ("Sorry for the noise @dchen, I reapplied through the form.", "Dana Chen"),
])
def test_a_handle_that_spells_the_name_is_no_misspelling(body: str, person: str) -> None:
    assert findings_of(InterviewerNameMisspelled, body, iv(person)) == []


@pytest.mark.parametrize("body,person", [
    ("Hi Mr. Okafer,\n\nThank you for the interview today.", "Michael Okafor"),
    ("Dear Ms. Ramen,\n\nThank you for your time today.", "Priya Raman"),
])
def test_a_misspelled_name_without_a_handle_is_still_reported(body: str, person: str) -> None:
    assert findings_of(InterviewerNameMisspelled, body, iv(person)) != []


# Outside batch "sixteenth" (a-306, "Hey Duane" to Dwayne Hollis): a given name spelt another way that
# sounds the same is the interviewer's name misspelled (named, no wrong name); a name with another
# ending or another first sound (Mario for Maria, Wayne for Dwayne) is another person.
SOUNDS_THE_SAME = [
    ("Hey Dwayne\n\nthanks for walking me round the depot", "Duane Mercer", "Dwayne"),
    ("Hi Kathryn,\n\nThank you for the time on Friday.", "Catherine Boyle", "Kathryn"),
    ("Dear Fillip,\n\nMany thanks for the site visit.", "Philip Osei", "Fillip"),
    ("Hello Geoffrey,\n\nThanks for the chat this morning.", "Jeffrey Lam", "Geoffrey"),
    ("Hi Mohamed,\n\nThank you for taking me through the plant.", "Muhammad Rashid", "Mohamed"),
    ("Hi Shaun,\n\nThanks a lot for the interview.", "Sean Whelan", "Shaun"),
]
ANOTHER_NAME = [
    ("Hi Mario,\n\nThank you for the interview.", "Maria Conti"),
    ("Hi Paula,\n\nThanks for your time today.", "Paul Brennan"),
    ("Hey Wayne\n\nthanks for showing me the yard", "Dwayne Hollis"),
    ("Hi Erica,\n\nThank you for the call.", "Eric Lund"),
    ("Hi Julia,\n\nThank you for the interview.", "Julian Fox"),
]


@pytest.mark.parametrize("body,person,written", SOUNDS_THE_SAME)
def test_a_name_spelt_as_it_sounds_is_the_interviewers_name_misspelled(body: str, person: str,
                                                                        written: str) -> None:
    from followup_lint.rules.names import InterviewerNotNamed, WrongName

    assert flagged_texts(InterviewerNameMisspelled, body, iv(person)) == [written]
    assert findings_of(WrongName, body, iv(person)) == []
    assert findings_of(InterviewerNotNamed, body, iv(person)) == []


@pytest.mark.parametrize("body,person", ANOTHER_NAME)
def test_a_name_with_another_ending_or_first_sound_is_another_person(body: str, person: str) -> None:
    from followup_lint.rules.names import WrongName

    assert findings_of(InterviewerNameMisspelled, body, iv(person)) == []
    assert findings_of(WrongName, body, iv(person)) != []


# -- probe round W4: fresh misspellings and fresh look-alikes that are no misspelling ----------------------
# A name written without its accents is reported by default (test_bad: "Siobhan", "Jurgen"); the option
# accept-missing-accents lets a team accept it.
# Before (main's code): 1 of 16 misspellings missed (two letters swapped in a panellist's name in the body,
# "Dwyane's"; the body asked for a sound-alike only), no false alarm in 17.

_N4 = "\n\nThank you for the interview.\n\nKind regards,\nAmara"
PROBES_W4_MISSPELT = [
 ("Dear Ms. Gutierez," + _N4, iv("Marisol Gutiérrez"), "Gutierez"),                         # a letter dropped
 ("Hi Dwyane," + _N4, iv("Dwayne Richards"), "Dwyane"),                                   # two letters swapped
 ("Hi Duane," + _N4, iv("Dwayne Richards"), "Duane"),                                     # a sound-alike
 ("Dear Mr. Adebayoo," + _N4, iv("Oluwaseun Adebayo"), "Adebayoo"),                       # a letter doubled
 ("Dear Ms. Kowalsky," + _N4, iv("Anna Kowalski"), "Kowalsky"),                           # a sound-alike ending
 ("Dear Dr. Krishnamurty," + _N4, iv("Anand Krishnamurthy"), "Krishnamurty"),             # h dropped
 ("Dear Ms. Smith-Jonse," + _N4, iv("Helen Smith-Jones"), "Smith-Jonse"),                 # hyphenated, swapped
 ("Dear Mrs. O'Conner," + _N4, iv("Brigid O'Connor"), "O'Conner"),
 ("Dear Prof. Schmitt," + _N4, iv("Klaus Schmidt"), "Schmitt"),                           # a sound-alike
 ("Hi Jhon," + _N4, iv("John Mwangi"), "Jhon"),
 ("Dear Ms. Lopes," + _N4, iv("Carmen López"), "Lopes"),
 ("Dear Jose," + _N4, iv("José Ramírez"), "Jose"),                                        # an accent dropped
 ("Dear Mr. Ramirez," + _N4, iv("José Ramírez"), "Ramirez"),
 ("Dear Mr. Márquez Garsia," + _N4, iv("Luis Márquez García"), "Garsia"),                 # two-part surname
 ("Dear Kate,\n\nThank you. I enjoyed Dwyane's question on cohorts." + _N4,
  iv("Kate Moss", "Dwayne Richards"), "Dwyane"),                                         # a panellist in the body
 ("Hi Seun,\n\nPlease thank Mr. Richardz for the exercise." + _N4,
  iv("Oluwaseun Adebayo", "Dwayne Richards"), "Richardz"),
]
PROBES_W4_SPELT_RIGHT = [
 ("Hi Seun," + _N4, iv("Oluwaseun Adebayo")),                     # a short form
 ("Dear Mr. Márquez García," + _N4, iv("Luis Márquez García")),
 ("Dear Ms. Jones," + _N4, iv("Helen Smith-Jones")),             # one part of a hyphenated surname
 ("Dear Ms. Smith-Jones," + _N4, iv("Helen Smith-Jones")),
 ("Hi Bill," + _N4, iv("William Otieno")),
 ("Dear Ms. Van der Merwe," + _N4, iv("Annelie van der Merwe")),
 ("Dear Dr. Krishnamurthy," + _N4, iv("Anand Krishnamurthy")),
 ("Hi Anand sir," + _N4, iv("Anand Krishnamurthy")),
 ("Hi Liz," + _N4, iv("Elizabeth Ochieng")),
 ("Dear Mr. Lim," + _N4, iv("Lim Boon Keng")),
 ("HI DWAYNE," + _N4, iv("Dwayne Richards")),
 ("Dear Sir Dwayne," + _N4, iv("Dwayne Richards")),
 ("Dear Ms. Gutiérrez," + _N4, iv("Marisol Gutiérrez")),
 # an accent the record lacks (a system's ASCII copy, more often than a writer's invention): probed as a
 # misspelling at first; the record's bare letters are all it can tell
 ("Dear José," + _N4, iv("Jose Ramírez")),
 ("Hi Dwayne,\n\nThank you. Duane Eddy's guitar came up, funnily." + _N4, iv("Dwayne Richards")),
 ("Hi Marisol,\n\nI trained under Ms. Gutierrez-Ortiz at my last job." + _N4, iv("Marisol Gutiérrez")),
 ("Hi Kate,\n\nI met Jon from your sales team at the door." + _N4, iv("Kate Moss", "John Mwangi")),
]


@pytest.mark.parametrize("body,interview,word", PROBES_W4_MISSPELT)
def test_probe_w4_a_misspelt_interviewer_name_is_reported(body, interview, word) -> None:
    assert word in flagged_texts(InterviewerNameMisspelled, body, interview)


@pytest.mark.parametrize("body,interview", PROBES_W4_SPELT_RIGHT)
def test_probe_w4_short_forms_parts_and_other_people_are_no_misspelling(body, interview) -> None:
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == []


@pytest.mark.parametrize("sentence,spans", [
    ("I enjoyed Mihcael's question on cohorts.", ["Mihcael"]),     # two letters swapped, in the body
    ("Please thank Mr. Brnadt for the exercise.", ["Brnadt"]),
    ("Michael's question stayed with me, and so did Micahel's grin.", ["Micahel"]),
    ("I enjoyed Michael's question on cohorts.", []),
    ("I met Michelle from marketing in the lift.", []),               # another person's name, not a swap
    pytest.param("I met Michela from marketing in the lift.", [], marks=pytest.mark.xfail(
        strict=True, reason="another real name of the interviewer's length that sounds alike reads as a misspelling "
                            "(also on main)")),
])
def test_two_letters_swapped_in_a_name_in_the_body_are_a_misspelling(sentence, spans) -> None:
    body = "Hi Dana,\n\nThank you. " + sentence + "\n\nBest,\nAmara"
    assert flagged_texts(InterviewerNameMisspelled, body, iv("Dana Okafor", "Michael Brandt")) == spans


# Outside batch "seventeenth" (b-307 "Dear Sabina ma'am, Bikesh sir and Rojina ma'am," for Bikash), class: a
# list greeting whose given names each carry an honorific written after them (sir, ma'am, ji, san, madam) is
# read to its end, so a misspelt name after the first one is judged; spelt right, nothing is reported.
PANEL_HONORIFICS = iv("Anjali Mehta", "Ravinder Gill", "Meera Nair")


@pytest.mark.parametrize("greeting,spans", [
    ("Respected Anjali madam, Ravindar sir and Meera madam,", ["Ravindar"]),
    ("Dear Anjali ji, Meera ji, Ravindar ji,", ["Ravindar"]),
    ("Good morning Anjali ma'am, Ravinder sir, Meeraa ma'am!", ["Meeraa"]),
    ("Dear Anjali ma’am, Ravinder sir and Meera ma’am,", []),
    ("Dear Anjali madam, Ravinder sir,", []),
])
def test_a_list_greeting_with_honorifics_after_the_names_is_judged_to_its_end(greeting, spans) -> None:
    body = greeting + "\n\nThank you for the panel interview yesterday.\n\nRegards,\nSujan"
    assert flagged_texts(InterviewerNameMisspelled, body, PANEL_HONORIFICS) == spans


def test_an_honorific_after_the_name_does_not_pull_the_message_into_the_greeting() -> None:
    from followup_lint import Draft
    from followup_lint.document import Document

    g = Document(Draft(body="Dear Anjali madam, Thanks for the interview, Ravindar sir.\n\nSujan")).greeting
    assert g is not None and [n[2] for n in g.names] == ["Anjali"]


@pytest.mark.parametrize("body,interview,spans", [
    ("Dear Mr. Oberholzer,\n\nThanks for the walk through the plant.", iv("Dirk Koberholzer"), ["Oberholzer"]),
    ("Dear Ms. Cowalski,\n\nThank you for your time today.", iv("Agnieszka Kowalski"), ["Cowalski"]),
    ("Hello Mr. Marasinghe,\n\nThanks again.", iv("Nuwan Amarasinghe"), ["Marasinghe"]),
    ("Dear Dr. Tzakowski,\n\nThank you for the interview.", iv("Ewa Zakowski", "Tom Reid"), ["Tzakowski"]),
])
def test_a_surname_one_edit_away_at_its_first_letter_is_a_misspelling(body, interview, spans) -> None:
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == spans


@pytest.mark.parametrize("body,interview", [
    ("Hi Bryan,\n\nThanks for today.", iv("Ryan Kowalczyk")),          # two given names: two people
    ("Dear Ms. Hanson,\n\nThanks for today.", iv("Liv Janson")),          # a common surname: another person
    ("Dear Mr. Owens,\n\nThanks for today.", iv("Carl Bowens")),
    ("Dear Ms. Oake,\n\nThanks for today.", iv("Jane Roake")),            # too short to tell
])
def test_a_first_letter_away_from_a_common_or_short_name_is_another_name(body, interview) -> None:
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == []

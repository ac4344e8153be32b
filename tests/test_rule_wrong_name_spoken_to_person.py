"""FL203 wrong-name: a person spoken to or thanked in a slot no reading covered
(``followup_lint.analysis.addressing``: ``_inner_vocatives`` and the thanks of another language).

The thirtieth batch's ad-309 set a titled name off by commas in the middle of a sentence ("Your question
about the empty containers ... before Tet, Mr. Tuan, is still in my mind") to someone who did not interview
her, and ad-310 thanked a non-interviewer in Portuguese ("Obrigada também à Fernanda pelo café"). The class:
a person spoken to (a titled vocative set off by commas) or thanked in another language with that language's
"also / to / for" is named as someone the note is for; one who is no interviewer, nor the writer, nor a
person of the interview's topics is a wrong name. Apposition to a noun of a person, a list of names, the
interviewer spoken to, and God thanked stay unflagged."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

HUNG = iv(("Nguyen Van Hung", "hung.nguyen@doson.example"), company="Do Son Container Services JSC",
          topics=("the night shift planned by Mr. Long",))


def _note(sentence: str) -> str:
    return ("Dear Mr. Hung,\n\nThank you for meeting me on Wednesday at the terminal office. " + sentence
            + "\n\nBest regards,\nPham Thi Thu Trang")


@pytest.mark.parametrize("sentence,name", [
    ("The re-handling moves you showed me, Ms. Lan, were a real eye-opener.", "Lan"),
    ("I have, Dr. Okafor, already read the report you mentioned.", "Okafor"),
    ("Your point about reefer plugs, Mrs. Bich, stayed with me all evening.", "Bich"),
    ("That tour of block C, Mr. Tuan, made the yard plan clear to me.", "Tuan"),
    ("Obrigada também à Fernanda pelo café!", "Fernanda"),
    ("Gracias también a Lucía por el café.", "Lucía"),
    ("Merci aussi à Amélie pour le thé.", "Amélie"),
    ("Danke auch an Jonas für die Führung!", "Jonas"),
    ("Grazie anche a Giulia per il caffè.", "Giulia"),
])
def test_a_person_spoken_to_or_thanked_who_did_not_interview_is_a_wrong_name(sentence: str, name: str) -> None:
    assert any(name in t for t in flagged_texts(WrongName, _note(sentence), HUNG))


@pytest.mark.parametrize("sentence", [
    "Your question about block C, Mr. Hung, is still in my mind.",            # the interviewer spoken to
    "My former supervisor, Mr. Tuan, taught me the same trick.",              # apposition to a person noun
    "The site engineer, Mr. Tuan, walked me to the gate.",                    # apposition to a post
    "Our referee, Dr. Okafor, can confirm the dates.",                        # apposition after a determiner
    "I met your colleague, Ms. Lan, who showed me the gate.",                 # apposition, a relative clause
    "I also met Mr. Hung, Mr. Tuan, and Ms. Lan at the gate.",                # a list of people met
    "The plan for the night shift, Mr. Long, sounds well thought out.",       # a person of the topics
    "Obrigada também ao Hung pela visita!",                                    # the interviewer thanked
    "Gracias a Dios, the rain stopped before the yard tour.",                 # God thanked, not a person met
    "We went to Hai Phong, Mr. Tuan's home town, last year.",                 # not a vocative: a possessive
])
def test_no_wrong_name_for_people_outside_the_class(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), HUNG) == []

"""FL203 wrong-name: good wishes sent to a person by name (thirty-fourth ah-305: "Allow me also to wish you
and Ms. Wambui a Merry Christmas in advance", in a note to a panel Ms. Wambui was not on). The class
(``followup_lint.analysis.addressing._wished``): a wish made to a named person, by the verb ("wish NAME a
...", "wishing NAME a good weekend": data ``wish_objects``) or by a wish before "to NAME" ("Happy New Year to
you and NAME", "my regards to NAME", "Greetings to NAME": data ``wish_heads``), greets that person; one who
is no interviewer is a wrong name. The interviewers wished well, a person spoken of ("I wish Ms. Wambui had
been there", "Ms. Wambui wished me ..."), a possessive ("to Wambui's family"), "with regards to" (about) and
a wish the reader is asked to pass on ("please pass on my regards to Mr. Otieno": the reader's errand, as
the wrong-name W2 probes decide for "Mr. Naidoo") and an organisation stay unflagged."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

PANEL = iv(("James Kariuki", "james.kariuki@trust.example"), ("Grace Ndung'u", "grace.ndungu@trust.example"),
           company="Mukogodo Ranchlands Trust", topics=("elephants breaking the water pipes",))


def _note(sentence: str) -> str:
    return ("Dear Mr. Kariuki and Ms. Ndung'u,\n\nThank you for the interview this morning about the water "
            "pipes at the field camp. " + sentence + "\n\nKind regards,\nLilian Gitonga")


@pytest.mark.parametrize("sentence,name", [
    ("I also wish Mr. Otieno a speedy recovery after his operation.", "Mr. Otieno"),
    ("Wishing you and Wanjiru a good weekend at the conservancy.", "Wanjiru"),
    ("Happy New Year to you and Dr. Achieng when it comes.", "Dr. Achieng"),
    ("My warm regards to Mrs. Chebet as well.", "Mrs. Chebet"),
    ("Greetings to Mr. Lemayian from all of us in Nanyuki.", "Mr. Lemayian"),
    ("Let me wish Mr. Kariuki and Ms. Atieno all the best for the season.", "Ms. Atieno"),
    ("Season's greetings to Ms. Nyokabi and the rangers.", "Ms. Nyokabi"),
])
def test_a_person_wished_well_by_name_who_did_not_interview_is_a_wrong_name(sentence: str, name: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), PANEL) == [name]


@pytest.mark.parametrize("sentence", [
    "Allow me also to wish you and Mr. Kariuki a Merry Christmas.",   # an interviewer
    "Greetings to Ms. Ndung'u as well.",
    "I wish Ms. Wambui had been there to see the pipes.",             # a person spoken of
    "Ms. Wambui wished me a Merry Christmas at the gate.",
    "Merry Christmas to Wambui's family too.",                        # a possessive
    "With regards to Mr. Otieno's question, the pipes were replaced in May.",
    "I wish you a Merry Christmas and a blessed 2027.",               # nobody named
    "My regards to the whole team at the camp.",
    "Please pass on my regards to Mr. Otieno.",                       # the reader's errand
    "Kindly convey my season's greetings to Ms. Wambui.",
    "Please give my best wishes to Dr. Achieng.",
    "Happy holidays to Nairobi Water Company staff.",                 # an organisation
])
def test_interviewers_people_spoken_of_and_organisations_stay_unflagged(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), PANEL) == []

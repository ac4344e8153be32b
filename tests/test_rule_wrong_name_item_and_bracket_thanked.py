"""FL203 wrong-name: a person thanked inside a list item, a timeline entry or a bracket (``_item_vocatives`` and
``_item_thanked`` in ``followup_lint.analysis.addressing``).

The thirty-fifth batch's ai-312 itemised the visit of an internship interview, and one entry thanked someone who
did not interview: "- 10:30 – steaming and cleaning line with anh Phúc (thank you anh for explaining so
patiently!)". The thanks goes to the form of address that stands before his name in the same entry. The class: a
clause that opens an item, a timeline entry or a bracket can speak to a person by name as a sentence's start can
("- Joseph – thank you for the tour!", "(Joseph, thank you for explaining!)"), and a thanks inside an item or a
bracket that goes to the form of address ("anh", "bhai", "ate") or the pronoun ("to him", "to her") of the person
the item names thanks that person. Left alone: a thanks to the reader in the same places ("thank you for arranging
it"), "thanks to him" as a cause, an interviewer thanked so, a person named with no thanks, and an English word
after the thanks that echoes one before a name ("a gift for Joseph (thank you for the idea)")."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

PANEL = iv(("Ama Boateng", "ama@kestrel-foods.example"), ("Kofi Mensah", "kofi@kestrel-foods.example"),
           company="Kestrel Foods")
HEAD = "Dear Dr. Boateng,\n\nThank you for the interview and the visit of the plant on Monday. My day:\n\n"
TAIL = "\n\nPlease let me know if you need anything else.\n\nBest regards,\nAkosua Frimpong\n"


@pytest.mark.parametrize("item,stranger", [
    # a clause opening an item, an entry or a bracket speaks to the name
    ("- Kwabena – thank you again for the hairnet and the boots!", "Kwabena"),
    ("* 11:15 cold store: Esi, thanks for showing me the data logger", "Esi"),
    ("2) Packing hall (Efua, thank you for the patience with my questions!)", "Efua"),
    ("14:00 – canteen | Adwoa – thanks so much for lunch", "Adwoa"),
    # a form of address before the name, then the thanks to it
    ("- 10:00 – boiler house with Bhai Ramesh (thank you bhai for the explanations!)", "Ramesh"),
    ("- 12:30 – QA lab with kuya Jun (thank you kuya for the swab kit)", "Jun"),
    # a pronoun after a person named in the same entry
    ("- 9:30 – receiving bay with Mr. Kwame Asante (many thanks to him for his patience)", "Mr. Kwame Asante"),
    ("- 13:00 – lab, where Dr. Selorm showed the aflatoxin strips (thanks to her!)", "Dr. Selorm"),
])
def test_a_person_thanked_in_an_item_or_a_bracket_is_thanked(item: str, stranger: str) -> None:
    assert stranger in flagged_texts(WrongName, HEAD + item + TAIL, PANEL)


@pytest.mark.parametrize("item", [
    # an interviewer thanked there
    "- 9:00 – interview with Mr. Mensah (thanks to him for the tea!)",
    "- 9:00 – Kofi, thank you for the quiz on HACCP!",
    # the reader thanked, a person named without thanks
    "- 10:30 – cleaning line with Yaw (thank you for arranging it!)",
    "- 10:30 – cleaning line with anh Phúc (he explained it very patiently)",
    "- 10:30 – cleaning line with Yaw, thank you for arranging that visit!",
    # a cause, not thanks; a word after the thanks that is English and echoes one before a name
    "- 11:00 – cold store with Yaw (thanks to him I finally understood the defrost cycle)",
    "- 12:00 – a gift for Yaw (thank you for the idea!)",
    "- 12:00 – canteen with Team Blue (thank you team for the jollof!)",
    # not an item nor a bracket: the sentence readings decide
    "The cold store with Yaw was the best part, thank you for that.",
    # a heading or a word list, no person
    "- Hygiene – thanks to the new sinks, no queue at the changing room",
    "(Kafka, Flink and Spark were not on my CV, thanks for asking.)",
])
def test_no_wrong_name_outside_the_item_and_bracket_thanks(item: str) -> None:
    assert flagged_texts(WrongName, HEAD + item + TAIL, PANEL) == []

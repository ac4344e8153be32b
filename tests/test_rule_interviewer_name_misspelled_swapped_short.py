"""FL202 interviewer-name-misspelled: a short name part with two neighbouring letters swapped, written beside
the rest of the interviewer's name (``NameMatcher.swapped_beside``, read by the greeting in
``followup_lint.analysis.addressing``).

The twenty-seventh batch wrote "Dear U Zwa Min Htet," for Zaw Min Htet: a three-letter part is too short to be
judged a misspelling alone ("Ian" is not "Ina"), and the word was taken for a form of address before the
name. Beside another part of the same person's name, a swap of two letters is a typo. New wordings, other
names and other cultures' forms of address; a given name of its own is not read as a swap."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNameMisspelled, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import GREETING_BODY, iv


@pytest.mark.parametrize("greeting,name,typo", [
    ("Dear Daw Khin Mra Aye,", "Khin Mar Aye", "Mra"),
    ("Dear Ko Aung Ykaw,", "Aung Kyaw", "Ykaw"),
    ("Hello Khun Naht Srisuk,", "Nath Srisuk", "Naht"),
    ("Dear Mr. Zaw Mni Htet,", "Zaw Min Htet", "Mni"),
    ("Dear Ms. Ohi Tanaka,", "Hoi Tanaka", "Ohi"),
])
def test_a_short_part_with_letters_swapped_beside_the_name_is_a_misspelling(greeting, name, typo) -> None:
    interview = iv(name)
    body = greeting + GREETING_BODY
    assert flagged_texts(InterviewerNameMisspelled, body, interview) == [typo]
    assert flagged_texts(WrongName, body, interview) == []


@pytest.mark.parametrize("greeting,name", [
    ("Dear Daw Khin Mar Aye,", "Khin Mar Aye"),      # spelt right, the form of address before it
    ("Dear Ko Aung Kyaw,", "Aung Kyaw"),
    ("Dear Mra,", "Khin Mar Aye"),                    # alone: too short to judge
])
def test_no_swap_where_the_name_is_right_or_alone(greeting, name) -> None:
    assert flagged_texts(InterviewerNameMisspelled, greeting + GREETING_BODY, iv(name)) == []


def test_a_given_name_of_its_own_beside_the_surname_is_not_read_as_a_swap() -> None:
    body = "Dear Ian Smith," + GREETING_BODY
    assert flagged_texts(InterviewerNameMisspelled, body, iv("Ina Smith")) == []

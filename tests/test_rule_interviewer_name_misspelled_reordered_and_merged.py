"""FL202 interviewer-name-misspelled: two slips of a writer who knows the name (thirty-fourth ah-304 "Mrs.
Bonsu-Mensah" for Abena Mensah-Bonsu, ah-316 "Mr. Niu" for Liu Min). The classes: the halves of a
double-barrelled family name joined in another order, each spelt right; one consonant written as the one the
writer's first language merges it with (n/l, l/r, b/v, v/w, p/f: data [merged_consonants] of
addressing.toml), the rest the same, even in a name of three letters. Such a greeting names the interviewer
(no FL201) and names no stranger (no FL203). A double given name turned round, a name of its own (a given
name, a common family name, an English word), another letter changed, or a name too short stay what they
were."""

from __future__ import annotations

import pytest

from followup_lint.model import Interviewer
from followup_lint.names import NameMatcher
from followup_lint.rules.names import InterviewerNameMisspelled, InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

BODY = ",\n\nThank you for the interview about the stock count at the depot today.\n\nBest regards,\nKojo"


@pytest.mark.parametrize("greeting,name,word", [
    # the halves of a double family name swapped
    ("Dear Ms. Lopez-Garcia", "Ana Garcia-Lopez", "Lopez-Garcia"),
    ("Dear Dr. Jones-Whitfield", "Helen Whitfield-Jones", "Jones-Whitfield"),
    ("Good morning Mr. Boateng-Owusu", "Kwame Owusu-Boateng", "Boateng-Owusu"),
    ("Dear Mrs. Hassan-Abdi", "Fadumo Abdi-Hassan", "Hassan-Abdi"),
    # one consonant for the one the writer's language merges it with
    ("Dear Mr. Nin", "Lin Jian", "Nin"),            # n for l
    ("Dear Ms. Nuo", "Luo Xiaoyan", "Nuo"),
    ("Dear Mr. Ruo", "Luo Wen", "Ruo"),             # r for l
    ("Dear Mr. Bargas", "Luis Vargas", "Bargas"),   # b for v
    ("Dear Mr. Wenkat", "Ravi Venkat", "Wenkat"),   # w for v
    ("Dear Ms. Felayo", "Rosa Pelayo", "Felayo"),   # f for p
])
def test_a_reordered_or_merged_name_is_the_interviewers_misspelt(greeting: str, name: str, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == [word]
    assert flagged_texts(InterviewerNotNamed, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []


@pytest.mark.parametrize("name,word", [
    ("Anne-Marie Dupont", "Marie-Anne"),   # a double given name turned round: a name of its own
    ("Ana Garcia-Lopez", "Garcia-Perez"),  # another half
    ("Nam Tran", "Lam"),                   # n/l, but a common family name of its own
    ("Nee Wen", "Lee"),                    # a given name of its own
    ("Liu Min", "Tiu"),                    # t for l: no pair
    ("Li Na", "Ni"),                       # too short
    ("Rena Park", "Lena"),                 # l/r, but a given name of its own
])
def test_a_name_of_its_own_or_another_slip_is_no_misspelling(name: str, word: str) -> None:
    match = NameMatcher([Interviewer(name)]).classify(word)
    assert match is None or match.kind != "misspelling"


@pytest.mark.parametrize("greeting,name,word", [
    ("Dear Ms. Garcia-Perez", "Ana Garcia-Lopez", "Garcia-Perez"),
    ("Dear Mr. Lam", "Nam Tran", "Lam"),
    ("Dear Mr. Lee", "Wen Nee", "Lee"),
    ("Dear Mr. Tiu", "Liu Min", "Tiu"),
])
def test_a_name_of_its_own_stays_someone_else(greeting: str, name: str, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == [word]


@pytest.mark.parametrize("greeting,name", [
    ("Dear Mrs. Mensah-Bonsu", "Abena Mensah-Bonsu"),
    ("Dear Mrs. Bonsu", "Abena Mensah-Bonsu"),
    ("Dear Mr. Liu", "Liu Min"),
    ("Dear Ms. Vargas", "Luisa Vargas"),
])
def test_the_name_itself_stays_right(greeting: str, name: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == []
    assert flagged_texts(InterviewerNotNamed, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []

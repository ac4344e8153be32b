"""FL202 interviewer-name-misspelled: slips of the hand or eye on a name the writer knows (thirty-fifth ai-307
"Mr. Łassen" for Anders Lassen, ai-308 "Kamik sir" for Prakash Karnik, ai-309 "Ms. Metyger" for Yvonne
Metzger, ai-311 "Ms. Lv" for Lü Ting, ai-315 "Dr. Ash-Shamri" for Khalid Al-Shamri). The classes, each a
table in addressing.toml: a key of another keyboard layout (QWERTZ z/y, the pinyin input's v for ü) and
letters that look alike run together (rn/m, cl/d, vv/w) [name_slips]; a letter typed with AltGr held on a
Polish keyboard [altgr_letters]; the Arabic article written as pronounced before a sun letter or in another
transliteration [arabic_article]. Such a greeting names the interviewer (no FL201) and names no stranger (no
FL203). A word that is a name or an English word of its own, a short name, an accent a name of that
language may have lost in the record ("Łukasz" for a record "Lukasz"), and another family name after the
article stay what they were. In the body, an honorific after the word ("Kamik sir") marks a person's name
as a title before it does."""

from __future__ import annotations

import pytest

from followup_lint.model import Interviewer
from followup_lint.names import NameMatcher
from followup_lint.rules.names import InterviewerNameMisspelled, InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

BODY = ",\n\nThank you for the interview about the night shift at the depot today.\n\nBest regards,\nOla"


@pytest.mark.parametrize("greeting,name,word", [
    # a key of another layout: QWERTZ z/y, the pinyin input's v for ü
    ("Dear Mr. Schuly", "Lukas Schulz", "Schuly"),
    ("Dear Ms. Hezden", "Anna Heyden", "Hezden"),
    ("Dear Mr. Lv", "Lü Jianguo", "Lv"),
    ("Hi Lvqing", "Lüqing Zhang", "Lvqing"),
    # letters that look alike run together
    ("Dear Mr. Bames", "Tom Barnes", "Bames"),
    ("Dear Ms. Sindair", "Ruth Sinclair", "Sindair"),
    ("Dear Mr. Vvalcott", "Derek Walcott", "Vvalcott"),
    ("Dear Ms. Harnilton", "Rose Hamilton", "Harnilton"),
    # a letter typed with AltGr held
    ("Dear Mr. Łarsen", "Erik Larsen", "Łarsen"),
    ("Dear Dr. Żeller", "Tom Zeller", "Żeller"),
    ("Dear Ms. Hoffmań", "Greta Hoffman", "Hoffmań"),
    # the Arabic article written another way
    ("Dear Dr. At-Tamimi", "Sara Al-Tamimi", "At-Tamimi"),
    ("Dear Mr. Ad-Dosari", "Fahad Al-Dosari", "Ad-Dosari"),
    ("Dear Ms. El-Sayed", "Mona Al-Sayed", "El-Sayed"),
    ("Dear Mr. Al-Rashid", "Omar Ar-Rashid", "Al-Rashid"),
])
def test_a_slip_on_the_name_is_the_interviewers_misspelt(greeting: str, name: str, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == [word]
    assert flagged_texts(InterviewerNotNamed, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []


@pytest.mark.parametrize("name,word", [
    ("Ian Burns", "Bums"),            # rn as m, but an English word
    ("Lena Dorn", "Dom"),             # a given name of its own
    ("Zara Ahmed", "Yara"),           # z/y in a short name: another name may be meant
    ("Sam Kim", "Kirn"),
    ("Lu Wei", "Lv"),                 # the record has no ü
    ("Omar Al-Rashid", "As-Saud"),    # another family name after the article
    ("Khalid Al-Shamri", "Al-Harbi"),
])
def test_a_name_of_its_own_or_a_short_name_is_no_misspelling(name: str, word: str) -> None:
    match = NameMatcher([Interviewer(name)]).classify(word)
    assert match is None or match.kind != "misspelling"


@pytest.mark.parametrize("name,word", [
    ("Lukasz Nowak", "Łukasz"),       # the record dropped the accents of a Polish name
    ("Michal Kowalski", "Michał"),
    ("Pawel Zielinski", "Paweł"),
    ("Juan Lopez", "López"),          # ó: Spanish names take it
    ("Jose Alvarez", "José"),
    ("Khalid Al-Shamri", "al-Shamri"),  # the article in lower case
])
def test_an_accent_the_record_may_have_lost_stays_the_name(name: str, word: str) -> None:
    match = NameMatcher([Interviewer(name)]).classify(word)
    assert match is not None and match.kind == "exact"


@pytest.mark.parametrize("greeting,name,word", [
    ("Dear Mr. Al-Harbi", "Khalid Al-Shamri", "Al-Harbi"),
    ("Dear Ms. Yara", "Zara Ahmed", "Yara"),
])
def test_a_name_of_its_own_stays_someone_else(greeting: str, name: str, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == [word]


@pytest.mark.parametrize("body,name,word", [
    ("Bames sir showed me the loading bay and the night rota.", "Tom Barnes", "Bames"),
    ("Sindair ma'am explained the audit plan for the cold room.", "Ruth Sinclair", "Sindair"),
    ("After lunch Harnilton ji took me around the bottling line.", "Rose Hamilton", "Harnilton"),
    ("The tour with Metyger san was the best part of the day.", "Yvonne Metzger", "Metyger"),
])
def test_an_honorific_after_a_word_in_the_body_marks_a_name(body: str, name: str, word: str) -> None:
    text = "Dear Shwetha,\n\n" + body + "\n\nThank you for arranging it.\n\nRegards,\nRakesh"
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == [word]


@pytest.mark.parametrize("body,name", [
    ("Bames showed me the loading bay and the night rota.", "Tom Barnes"),          # no honorific, first word
    ("Sindair Street was closed, so I came by the ring road.", "Ruth Sinclair"),    # part of a longer name
    ("Barnes sir showed me the loading bay and the night rota.", "Tom Barnes"),     # the name itself
    ("My friend Bames sits the exam with me.", "Tom Barnes"),                       # no honorific, no sound
])
def test_a_word_with_no_honorific_after_it_stays_as_it_was(body: str, name: str) -> None:
    text = "Dear Shwetha,\n\n" + body + "\n\nThank you for arranging it.\n\nRegards,\nRakesh"
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == []

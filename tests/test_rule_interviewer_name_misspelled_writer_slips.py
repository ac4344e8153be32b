"""FL202 interviewer-name-misspelled: the slips of a writer who knows the name are that name misspelt, not
another person (thirtieth ad-304 "Mr. Ramasubranian", ad-313 "Ms. Papapadopoulou", ad-312 "Mr. Groß" for
Gross; thirty-first ae-312 "Mr. Tođ" for Todd, ae-315 "Mr. Bowell" for Powell): a syllable doubled or dropped
inside a name of some length, the first letter swapped for its voiced or voiceless pair (p/b), a ß written
into a name spelled with ss, a Telex "đ" for "dd". Such a greeting names the interviewer (no FL201) and
names no stranger (no FL203). An ending added or dropped (Roberts / Robertson), another name of its own
(Christoph, Daniela), more than one slip, or the record's own ß written as ss stay what they were."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import InterviewerNameMisspelled, InterviewerNotNamed, WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

BODY = ",\n\nThank you for the interview about the night-shift rota today.\n\nBest,\nSam"


@pytest.mark.parametrize("greeting,name,word", [
    # a syllable doubled
    ("Dear Mr. Nakamamura", "Hiroshi Nakamura", "Nakamamura"),
    ("Dear Ms. Okonkwokwo", "Ada Okonkwo", "Okonkwokwo"),
    ("Hi Anananya", "Ananya Krishnan", "Anananya"),
    ("Hi Mohamamed", "Mohamed Ali", "Mohamamed"),
    # a syllable dropped from a long name
    ("Dear Ms. Wickrasinghe", "Nadeesha Wickramasinghe", "Wickrasinghe"),
    # p written for b, b for p
    ("Dear Mr. Pradley", "Bradley Cooper", "Pradley"),
    ("Dear Ms. Balmer", "Linda Palmer", "Balmer"),
    ("Dear Mr. Bierce", "Joan Pierce", "Bierce"),
    ("Hi Bablo", "Pablo Ruiz", "Bablo"),
    # the writer's own orthography: ß for ss
    ("Dear Ms. Keßler", "Regula Kessler", "Keßler"),
    ("Dear Frau Weiß", "Corinne Weiss", "Weiß"),
    # a letter with a stroke folds to its base letter ("đ" typed for "dd")
    ("Dear Ms. Mađen", "Claire Madden", "Mađen"),
])
def test_a_writers_slip_is_the_interviewers_name_misspelt(greeting: str, name: str, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == [word]
    assert flagged_texts(InterviewerNotNamed, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []


@pytest.mark.parametrize("greeting,name,word", [
    ("Dear Mr. Robertson", "John Roberts", "Robertson"),      # an ending added: another family name
    ("Dear Mr. Williamson", "Tom Williams", "Williamson"),
    ("Dear Ms. Papadakis", "Eleni Papadopoulou", "Papadakis"),  # more than a syllable off
    ("Dear Ms. Nakamoto", "Yui Nakamura", "Nakamoto"),
    ("Dear Mr. Dimitropoulos", "Nikos Dimopoulos", "Dimitropoulos"),  # a longer stretch added
    ("Dear Ms. Srinivasarao", "Lakshmi Srinivasan", "Srinivasarao"),
    ("Hi Christoph", "Christopher Lane", "Christoph"),        # another given name
    ("Hi Daniela", "Daniel Brooks", "Daniela"),
    ("Dear Mr. Bowles", "Andrew Powell", "Bowles"),           # p/b and more
    ("Dear Mr. Baker", "Tom Parker", "Baker"),
    ("Hi Bella", "Ann Pella", "Bella"),                       # p/b, but a given name of its own
    ("Hello Mr. Tiaz", "Omar Diaz", "Tiaz"),                  # too short to tell a slip from a name
])
def test_a_name_further_off_stays_someone_else(greeting: str, name: str, word: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == [word]


@pytest.mark.parametrize("greeting,name", [
    ("Dear Ms. Gross", "Anna Groß"),      # ss for the record's ß: the keyboard's transliteration
    ("Dear Herr Müller", "Anke Mueller"),
    ("Dear Mr. Ramasubramanian", "Karthik Ramasubramanian"),
])
def test_the_name_and_its_transliteration_stay_right(greeting: str, name: str) -> None:
    text = greeting + BODY
    assert flagged_texts(InterviewerNameMisspelled, text, iv(name)) == []
    assert flagged_texts(InterviewerNotNamed, text, iv(name)) == []
    assert flagged_texts(WrongName, text, iv(name)) == []

"""misspelled-word (FL101) on take-home notes, the twenty-sixth batch's false alarms as classes, on fresh wordings
both ways:

- a closed compound of two common words, neither a grammar word, in a note to reviewers of code ("timespan",
  "timeshift", u-144) is no misspelling; a missed space after a grammar word ("everytime") and a common pair
  one edit from a word ("pasttime") still are; so is the same compound in a plain note;
- the README's subject is read in the body's register ("subtitle timeshift");
- a segment of a Windows path ("devassessment\\Tests\\bin") is no prose, as a "/" path's is;
- a line quoted in Indonesian or Malay ("adalah pilihan yang aku tinggalkan pada kau", u-144) is another
  language's span, not English to check word by word;
- the writer introducing themselves ("Hi! Yusril here, ...", u-148) names the writer.
"""

from __future__ import annotations

import pytest

from followup_lint.rules.spelling import MisspelledWord
from followup_lint.testing import findings_of

from test_rule_spelling_technical_register import INTERVIEW, PLAIN, flagged

README = """# Take-home: shift planner

## Notes

Thanks for the exercise! Run `dotnet test` and then `dotnet run`; the code is in `src/Planner.cs`.

{sentence}

Best,
Sam Okoye"""


@pytest.mark.parametrize("sentence", [
    "- each rota entry keeps a timeslot and the workload of its owner",
    "- the roundtrip to the database happens once per request",
    "- a nightshift row is split in two at midnight",
    "- the parser reads the timecode and moves it by the offset",
])
def test_a_closed_compound_of_common_words_in_a_readme_is_no_misspelling(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("- everytime the list reloads the filter resets", "everytime"),   # a grammar word: a missed space
    ("- the rows are sorted eachother way round", "eachother"),
    ("- my favourite pasttime is profiling queries", "pasttime"),      # one edit from "pastime"
    ("- the timeslto is stored in minutes", "timeslto"),               # a typo stays one
])
def test_a_missed_space_or_a_slip_in_a_readme_is_still_a_misspelling(sentence: str, word: str) -> None:
    assert word in flagged(README, sentence)


def test_a_closed_compound_in_a_plain_note_is_still_checked() -> None:
    assert "timeshift" in flagged(PLAIN, "The timeshift of the clocks in March confused me.")


def test_a_readme_subject_is_read_in_the_body_register() -> None:
    body = README.format(sentence="- the planner moves each nightshift by the offset")
    found = findings_of(MisspelledWord, body, INTERVIEW, subject="Take-home: rota planner and nightshift mover")
    assert [f.data["word"] for f in found] == []
    plain = findings_of(MisspelledWord, PLAIN.format(sentence="See you soon."), INTERVIEW,
                        subject="Thanks, and the nightshift question")
    assert [f.data["word"] for f in plain] == ["nightshift"]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The build lands in planerapp\\Planner.Tests\\bin\\Debug for now.", None),
    ("Find it under shiftplan\\src\\output when it is done.", None),
    ("The recieve\\send pair is mine.", None),   # (a path's lower-case segment, as with "/")
    ("The recieve button is mine.", "recieve"),
])
def test_a_windows_path_segment_is_no_prose(sentence: str, word: str | None) -> None:
    assert flagged(PLAIN, sentence) == ([] if word is None else [word])


@pytest.mark.parametrize("sentence", [
    "The subtitle said <i>saya tidak bisa datang hari ini</i> and the offset was wrong.",
    "Line 12 reads: kami sudah makan, terima kasih.",
])
def test_a_line_in_indonesian_is_another_language_not_misspellings(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


def test_an_indonesian_word_alone_in_english_prose_is_still_checked() -> None:
    assert "tidakk" in flagged(PLAIN, "The tidakk label was wrong.")


@pytest.mark.parametrize("body", [
    "Hi! Hamed here, it was fun to build this planner.\n\nThanks",
    "Hello team, Sahil here. The planner is done and tested.\n\nBest",
    "Tomek here!\n\nThanks for the exercise, I enjoyed it.",
])
def test_the_writer_introducing_themselves_is_no_misspelling(body: str) -> None:
    assert [f.data["word"] for f in findings_of(MisspelledWord, body, INTERVIEW)] == []


@pytest.mark.parametrize(("body", "word"), [
    ("Hi! The recieve flow is here, tested.\n\nThanks,\nSam", "recieve"),   # no name before "here"
    ("Hi Priya,\n\nI left the recieve here, in the notes.\n\nThanks,\nSam", "recieve"),   # mid-clause
    ("Hi! Hamed said the planner is done.\n\nThanks", "Hamed"),   # a name, but no one introduced
])
def test_a_word_before_here_that_introduces_nobody_is_still_checked(body: str, word: str) -> None:
    assert word in [f.data["word"] for f in findings_of(MisspelledWord, body, INTERVIEW)]

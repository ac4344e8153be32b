"""misspelled-word (FL101) on regular word forms a word list lacks: the plural of a noun by its own ending
("stackers"), a syllable said again for effect ("blabla"), a file type written with its dot
(".ipynb"); and on the slips that look like them: a consonant held down inside a word ("suppport"), a
plural on a grammar word ("fews"), two letters swapped under a plural ("soliders"). Wordings written for
this project."""

from __future__ import annotations

import pytest

from _spelling_util import INTERVIEW as _PRIYA, PLAIN, README, flagged as _flagged

INTERVIEW = {**_PRIYA, "role": "Operations Lead"}


def flagged(template: str, sentence: str) -> list[str]:
    return _flagged(template, sentence, INTERVIEW)


@pytest.mark.parametrize("sentence", [
    "Our site runs four reach stackers and two straddle carriers.",        # a verb's agent noun
    "The night shift needs two more parcel scoopers before March.",
    "The call screeners you mentioned are close to what we used.",
    "Most of the commenters on the pull request agreed.",
    "Myth debunkers were my favourite part of the podcast you sent.",
])
def test_a_noun_plural_by_its_ending_is_no_misspelling(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The soliders of the old fort were on the tour.", "soliders"),        # a swap, under "solider" + s
    ("I have a few approachs in mind for the rota.", "approachs"),         # no noun ending: still a slip
    ("Those are importants points for me.", "importants"),
    ("I can share a fews examples from my last job.", "fews"),
    ("We were the loosers of the quiz, sadly.", "loosers"),                  # a comparative's "-est" is a word
    ("The musics in the lobby were lovely.", "musics"),                    # no agent ending
])
def test_slips_that_look_like_plurals_are_still_reported(sentence: str, word: str) -> None:
    assert word in flagged(PLAIN, sentence)


@pytest.mark.parametrize(("sentence", "word"), [
    ("- the tracker doesn't suppport paging yet", "suppport"),           # a key held down inside a word
    ("- the crash happpened on the last page", "happpened"),
    ("- the modal is agggressive about focus", "agggressive"),
    ("- a snapshot is tesssted per page", "tesssted"),
])
def test_a_consonant_held_inside_a_word_is_a_slip(sentence: str, word: str) -> None:
    assert word in flagged(PLAIN, sentence)
    assert word in flagged(README, sentence)


@pytest.mark.parametrize("sentence", [
    "Sooo glad we talked, and thanksss again!",                           # held at the end or on a vowel
    "It was a pleeease-let-it-work moment, hmmm.",
    "I wrote the docs, the tests, blabla, all of it.",                     # a syllable said again
    "It was late and I was tired, yadayada, no excuses.",
    "We laughed, blablabla, about the old printer.",
])
def test_tone_forms_are_no_misspelling(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("I will send thethe slides on Monday.", "thethe"),                    # a grammar word typed twice
    ("I liked the andand of the two teams.", "andand"),
    ("I will send the blabbla file.", "blabbla"),                          # not one piece said again
])
def test_a_word_typed_twice_or_a_near_repeat_is_still_reported(sentence: str, word: str) -> None:
    assert word in flagged(PLAIN, sentence)


@pytest.mark.parametrize("sentence", [
    "- GitHub can show a .ipynb file, and the export is a .docx",
    "- the reports are (.csv) and '.tsv' files",
    "- keep the .yml for CI and the .toml for tools",
    ".pptx slides are in the repo too",
])
def test_a_file_type_written_with_its_dot_is_no_misspelling(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("- the .teh file is missing", "teh"),                                 # no extension: still a word
    ("- see the .recieved folder", "recieved"),
    ("- a .ipnyb file", "ipnyb"),
    ("- it was the end.recieve", "recieve"),
])
def test_a_dotted_word_that_is_no_extension_is_still_checked(sentence: str, word: str) -> None:
    assert word in flagged(README, sentence)


@pytest.mark.parametrize(("sentence", "word"), [
    ("- only fews endpoints accept the currency", "fews"),                   # a grammar word takes no plural
    ("- there are not manys tests yet", "manys"),
    ("- somes rows are rendered twice", "somes"),
    ("- boths lists are sorted", "boths"),
])
def test_a_plural_on_a_grammar_word_is_a_slip_in_a_readme(sentence: str, word: str) -> None:
    assert word in flagged(README, sentence)


@pytest.mark.parametrize("sentence", [
    "- the table keeps its paddings and the rows their borders",             # a noun's plural in a README
    "- the hooks read the params once",
    "- the modals close on escape",
    "- the reducers and selectors run once",
])
def test_a_plural_on_a_noun_in_a_readme_is_no_misspelling(sentence: str) -> None:
    assert flagged(README, sentence) == []


def test_two_letters_said_twice_stay_checked() -> None:
    assert "tete" in flagged(PLAIN, "The tete was long.")      # a phrase's word out of "tête-à-tête"


# A slip inside one word written with a hyphen ("re-usuable" of "reusable", "cutt-off" of "cutoff";
# thirty-third ag-167, twenty-fifth l-125) is the whole word as written: its pieces run together are one
# edit from a word that keeps the pieces spelt right. A slip in a piece of a compound of two words
# ("pre-assesment": "reassessment" drops the "p"; "backend-challeng") is the piece. Fresh wordings.
@pytest.mark.parametrize(("sentence", "word"), [
    ("I wrote a re-usuable helper.", "re-usuable"),
    ("The cutt-off was noon.", "cutt-off"),
    ("A follow-uup call is set.", "follow-uup"),
    ("My co-wroker joined.", "co-wroker"),
])
def test_a_slip_in_a_hyphenated_word_is_the_whole_word(sentence: str, word: str) -> None:
    assert flagged(PLAIN, sentence) == [word]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The pre-assesment test was long.", "assesment"),
    ("The backend-challeng repo is up.", "challeng"),
    ("An in-persn meeting helps.", "persn"),
    ("The e-mial I sent.", "mial"),
])
def test_a_slip_in_a_piece_of_a_compound_is_the_piece(sentence: str, word: str) -> None:
    assert flagged(PLAIN, sentence) == [word]

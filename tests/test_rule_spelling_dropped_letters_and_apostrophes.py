"""misspelled-word (FL101): the thirty-fifth batch's spelling misses and false alarms as classes, on fresh
wordings both ways:

- a run of two known words that is a known word with one letter dropped is that word misspelt, even in a note
  to reviewers of code where runs pass as identifiers ("trouble"+"shooing", ai-104); a derivative one letter
  off a known word ("incongruency") and real compounds stay accepted;
- a stray letter typed before a grammar word in a technical paragraph is a slip, not a command's name
  ("rmore", ai-162); commands and products ("htop", "tmux", "sshfs", "xcode") stay accepted;
- a contraction of "I" typed without its apostrophe is no proper noun for its capital ("Im guessing", ai-122);
  real words ("Ill", "Id") and names ("Iman") stay accepted;
- "thank's" puts an apostrophe into "thanks" (ai-124); "thanks" and a name's possessive stay accepted;
- chat short forms the labels accept ("smth", "ofc", ai-128), words of the trade ("hostname", "templating",
  "geofence", "stopwords", "androidx", "avg"), a prefix written apart from its word ("pre built", ai-101), the plural
  "informations" (ai-121) and the Vietnamese honorific "anh" (ai-312) are no misspellings.
"""

from __future__ import annotations

import pytest

from test_rule_spelling_technical_register import PLAIN, README, flagged


@pytest.mark.parametrize(("sentence", "word"), [
    ("- the developmetal build is slow on the first run", "developmetal"),
    ("- the classifcation step runs before the export", "classifcation"),
    ("- the cost grows exponentally with the input size", "exponentally"),
    ("- the unificaton of both stores took a day", "unificaton"),
])
def test_a_run_that_is_a_word_with_a_letter_dropped_is_a_misspelling(sentence: str, word: str) -> None:
    assert word in flagged(README, sentence)


@pytest.mark.parametrize("sentence", [
    "- the incongruency of the two APIs is documented",      # a derivative of its own, not "incongruence"
    "- each rota entry keeps a timeslot and its owner",
    "- the roundtrip to the database happens once",
    "- a nightshift row is split in two at midnight",
    "- before I productionize this I would drop the comments",   # "productionized" only adds an ending
])
def test_a_run_of_words_or_a_derivative_in_a_readme_stays_accepted(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("it needs dmore work after `npm run build`", "dmore"),
    ("it was vmuch better with `jq` in the pipe", "vmuch"),
    ("it takes tmore memory under `node` than expected", "tmore"),
    ("the page needs rmore tests before `make release`", "rmore"),
])
def test_a_stray_letter_before_a_frequent_word_is_no_command(sentence: str, word: str) -> None:
    assert word in flagged(README, sentence)


@pytest.mark.parametrize("sentence", [
    "run htop and tmux next to `make` to watch it",
    "mount the share with sshfs before `make`",
    "I used nginx in front of `node`",
    "I ran pgrep and then `make clean`",
    "open the project in xcode and run `make`",                 # a letter before a word of the trade, no grammar word
])
def test_a_command_name_in_a_technical_paragraph_stays_accepted(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("The layout was tricky and Im sure the grid could be simpler.", "Im"),
    ("Since then Ive read the chapter on caching twice.", "Ive"),
    ("It was fun, Im glad you picked that exercise.", "Im"),
    ("The team said Ive got until Friday.", "Ive"),
])
def test_an_i_contraction_without_its_apostrophe_is_a_misspelling(sentence: str, word: str) -> None:
    assert word in flagged(PLAIN, sentence)


@pytest.mark.parametrize("sentence", [
    "I asked Iman about the rota and she agreed.",
    "Ill health kept me away last spring.",
    "I met Ivo and the team in the lab.",
    "I'm glad and I've read the chapter twice.",
])
def test_real_words_names_and_contractions_with_i_stay_accepted(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Thank's again for the tour of the lab.",
    "Many thank's for your patience.",
    "A big thank's to the whole panel.",
    "Thank's so much for the time today.",
])
def test_thank_with_an_apostrophe_is_a_misspelling(sentence: str) -> None:
    assert [w.lower() for w in flagged(PLAIN, sentence)] == ["thank's"]


@pytest.mark.parametrize("sentence", [
    "Thanks again for the tour of the lab.",
    "Hank's demo of the pipeline was great.",
    "Many thanks for your patience.",
    "I was thankful for the panel's questions.",
])
def test_thanks_and_possessives_stay_accepted(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


@pytest.mark.parametrize("sentence", [
    "- ofc the cache could move to Redis, smth to try later",
    "- the hostname is read from the env and the templating stays on the server",
    "- a geofence fires once; the stopwords list is loaded at boot",
    "- I used androidx's paging library and logged the avg latency",
])
def test_chat_short_forms_and_words_of_the_trade_are_no_misspellings(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Please ask me if you need more informations about the setup.",
    "On the line I worked with anh Minh, and thank you anh for the patience.",
])
def test_a_plural_of_a_non_count_noun_and_a_vietnamese_honorific_are_no_misspellings(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


@pytest.mark.parametrize("sentence", [
    "- the pre built components of the kit saved time",
    "- I kept the pre existing tests and added two",
    "- the pre defined routes are in one file",
    "- a mis spelled key broke the build once",
])
def test_a_prefix_written_apart_from_its_word_is_no_misspelling(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("As pre our call, the notes are below.", "pre"),          # "per" misspelt: "preour" is no word
    ("We met in the tri area.", "tri"),
    ("The neo team and the cyber team met.", "neo"),
    ("I fixed it pre the demo.", "pre"),
])
def test_a_prefix_alone_before_a_word_it_does_not_join_is_still_reported(sentence: str, word: str) -> None:
    assert word in flagged(PLAIN, sentence)


@pytest.mark.parametrize(("sentence", "word"), [
    ("The smtp relay was easy, but the smtth part was not.", "smtth"),
    ("I found the hostnme in the config.", "hostnme"),
    ("The templatting engine was new to me.", "templatting"),
    ("I looked at the ofcourse branch too.", "ofcourse"),
])
def test_slips_near_the_accepted_words_are_still_misspellings(sentence: str, word: str) -> None:
    assert word in flagged(PLAIN, sentence)

"""misspelled-word (FL101) in the technical register: a note to reviewers of code (a take-home's README, a
pull request's description) uses lower-case software vocabulary no word list has (abbreviations of the
trade, known words with a productive affix, identifiers of words run together); its real misspellings are
still reported, and the same words in a plain note still are. Wordings written for this project."""

from __future__ import annotations

import pytest

from followup_lint.rules.spelling import MisspelledWord
from followup_lint.spelling import load_speller
from followup_lint.spelling.register import technical_register
from followup_lint.testing import findings_of

from _spelling_util import INTERVIEW, PLAIN, README, flagged


@pytest.mark.parametrize("sentence", [
    "- the query args are read once and the env is checked at boot",          # abbreviations
    "- the repo keeps its utils next to the impl of each store",
    "- I reimplemented the tooltip and made every row focusable and tabbable",  # affixes
    "- the search box is debounced and the table keeps its paddings",
    "- a small profiler run showed the list is performant enough",
    "- the mapping goes through a hand-written ordermapper, no library",         # run together
    "- pass the title as nameofthecustomer when the tool asks for it",
])
def test_software_vocabulary_in_a_readme_is_no_misspelling(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("- the filter was unnecassary so I removed it", "unnecassary"),
    ("- I havent tocuhed the styles yet", "tocuhed"),
    ("- the cache layer adds persistace between reloads", "persistace"),   # "persis" + "tace": a slip
    ("- the recieved orders are grouped by day", "recieved"),
])
def test_misspellings_in_a_readme_are_still_reported(sentence: str, word: str) -> None:
    assert word in flagged(README, sentence)


@pytest.mark.parametrize(("sentence", "word"), [
    # (not "performant": a term of the trade in the packaged software list, spelling-en-software.txt, accepted
    # wherever it stands)
    ("The debouncer of the door bell was loud.", "debouncer"),
    ("The paddings of the chairs were generous.", "paddings"),
])
def test_the_same_words_in_a_plain_note_are_still_checked(sentence: str, word: str) -> None:
    assert word in flagged(PLAIN, sentence)


@pytest.mark.parametrize(("text", "technical"), [
    ("# Solution\n\nRun `make test` to check it.", True),                 # a heading and inline code
    ("Steps:\n1. cd web\n2. see ./web/README.md", True),                  # a command and a path
    ("The repository has a controller and a service layer: see src/api.", True),  # words of the trade, a path
    ("My fork is at https://gitlab.com/sam/tracker; the fix is in `parse`.", True),  # a code host, code
    ("Thank you for the tour of the plant and the lunch.", False),
    ("Our site https://www.acme.example/team has the photos. See the `About` tab.", False),  # no code host
    ("## Thanks\n\nThank you for the tour of the plant.", False),         # one sign only
])
def test_the_register_needs_two_signs(text: str, technical: bool) -> None:
    assert technical_register(text) is technical


@pytest.mark.parametrize(("sentence", "word"), [
    ("Our game was a tic-tac-toe clone.", None),             # a vowel-changed echo of "tic"
    ("The zig-zag layout came up twice.", None),
    ("The recieve-receive mixup was mine.", "recieve"),      # two letters changed: a typo
])
def test_a_rhyming_compound_is_no_misspelling(sentence: str, word: str | None) -> None:
    found = flagged(PLAIN, sentence)
    assert found == ([] if word is None else [word])


@pytest.mark.parametrize("sentence", [
    "The page shows &nbsp; and &mdash; as text in old browsers.",        # an HTML entity
    "I kept the sources in /srcs and the build in ./distro/ for now.",   # a path's segments
    "The modal comes from radixish/ui, a small kit.",
    "![Pantalla de inicio](./shot.png) is the start screen.",            # a Markdown image's alt text
])
def test_markup_around_a_word_makes_it_no_prose(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


def test_a_word_beside_a_spaced_slash_stays_checked() -> None:
    assert "recieve" in flagged(PLAIN, "The recieve / send buttons were swapped.")


def test_a_portuguese_evening_greeting_is_no_misspelling() -> None:
    draft = "Boa noite Sr. Tembe,\n\nObrigado pela conversa de hoje.\n\nSam Okoye"
    assert findings_of(MisspelledWord, draft, INTERVIEW) == []


def test_speller_does_not_know_the_register_words_itself() -> None:
    # the register, not the word list, accepts them: a plain note still reports them (above)
    speller = load_speller("en-US")
    assert not speller.known("tabbable") and not speller.known("params")


# -- the shapes of trade words added after the twenty-third batch (new wordings, both ways) -----------------

@pytest.mark.parametrize("sentence", [
    "- I prettify the JSON and minify the bundle before the release",           # "-ify" on a known word
    "- the minification step halves the bundle; the stringified payload is cached",
    "- the headless browser renders at a fixed viewport and the codebase is split by feature",  # short runs
    "- each row goes to the db through one small repository",                  # no vowel: an abbreviation
    "- the cdn serves the images and the jwt is checked on every call",
    "- the enum lists the states and each struct holds one row",                # clipped forms
    "- the structs of the cache are freed when the tab closes",
])
def test_trade_words_of_productive_shapes_are_no_misspellings(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize("sentence,word", [
    ("- I will deliverthe fix before Friday", "deliverthe"),       # a run that ends on a grammar word
    ("- the tests sendthe request twice", "sendthe"),
    ("- everytime the list loads it blinks", "everytime"),         # a short run of frequent words
    ("- the form works becaus the state is lifted", "becaus"),     # a dropped last letter: no clipped form
    ("- the compan name is shown in the header", "compan"),
])
def test_slips_in_the_same_shapes_are_still_misspellings(sentence: str, word: str) -> None:
    assert word in flagged(README, sentence)


@pytest.mark.parametrize("sentence,word", [
    ("The vm was slow, but the interview was fun.", "vm"),
    ("I will linkify my notes before I send them.", "linkify"),
])
def test_trade_shapes_in_a_plain_note_are_still_checked(sentence: str, word: str) -> None:
    assert word in flagged(PLAIN, sentence)


# Tools and libraries of web development one edit from an everyday word ("vite" of "vote", "thunk" of
# "think"): names of the trade in a note to reviewers of code (`[register_names]`), still checked in a plain
# note (thirty-third ag-131, ag-161). Fresh wordings.
@pytest.mark.parametrize("sentence", [
    "- the dev server runs on vite and builds in two seconds",
    "- side effects live in a thunk per page",
    "- I made it a pwa so it works offline",
    "- errors pop up through swal instead of alert",
    "- the routes are served by nuxt and the store is pinia",
])
def test_tool_names_near_everyday_words_are_no_misspellings_in_a_readme(sentence: str) -> None:
    assert flagged(README, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("I vite you to the demo.", "vite"),
    ("I thunk it went well.", "thunk"),
    ("Our pwa was late.", "pwa"),
    ("The nuxt step is a call.", "nuxt"),
])
def test_tool_names_near_everyday_words_are_checked_in_a_plain_note(sentence: str, word: str) -> None:
    assert flagged(PLAIN, sentence) == [word]


# A known word with a letter doubled by a slip ("hhas", "formmating"; thirty-third ag-165, ag-161) is a
# misspelling where the note's register or a path's slash would otherwise pass it for a name of the trade.
@pytest.mark.parametrize(("sentence", "word"), [
    ("- a build step hhas been added for the docs", "hhas"),
    ("- it runs the linting/formmating step on commit", "formmating"),
    ("- the parser thhe tests cover is small", "thhe"),
    ("- the cli/commmand layer is thin", "commmand"),
])
def test_a_doubled_letter_slip_is_reported_in_a_readme(sentence: str, word: str) -> None:
    assert flagged(README, sentence) == [word]


@pytest.mark.parametrize("sentence", [
    "- the sshfs mount and the ffmpeg step run in the container",
    "- the llvm toolchain and the ssh keys are set up by the script",
    "- the routes live in src/app and the styles in src/css",
    "- the cli runs pytest and the coverage report",
    "- the table sorts with sorttable.js and the rows with a small helper",   # a file's name is the file's
])
def test_names_of_the_trade_with_doubled_letters_stay_accepted(sentence: str) -> None:
    assert flagged(README, sentence) == []

"""misspelled-word (FL101): names of developers' tools written in lower case (the packaged list built from cspell's
lists, ``spelling-en-software.txt``), contractions typed with an HTML character reference for the apostrophe, the
first word of a list item labelled "6)", and a company's prompt answered under it (thirty-sixth batch: aj-105,
aj-110, aj-121, aj-167). Wordings written for this project."""

from __future__ import annotations

import pytest

from followup_lint.spelling.register import tool_name

from _spelling_util import PLAIN, README, flagged


# a tool's name far from any frequent word is a name wherever it stands
@pytest.mark.parametrize("sentence", [
    "I kept the state in zustand and tested the hooks with vitest.",
    "The server reloads with nodemon and reads its secrets through dotenv.",
    "The models are sequelize classes; the forms use formik.",
    "I bundled it with esbuild and ran the DOM tests in jsdom.",
    "The API is a small fastify app and the streams are rxjs observables.",
])
def test_tool_names_of_the_packaged_list_are_no_misspellings(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


# misspellings stay misspellings, beside tool names or not
@pytest.mark.parametrize(("sentence", "word"), [
    ("I kept the state in zustand and recieve updates from it.", "recieve"),
    ("The server reloads with nodemon untill it crashes.", "untill"),
    ("The forms use formik, wich I like.", "wich"),
    ("I bundled it with esbuild becuase it is quick.", "becuase"),
])
def test_misspellings_beside_tool_names_are_still_reported(sentence: str, word: str) -> None:
    assert flagged(PLAIN, sentence) == [word]


# a name one edit from a frequent word ("util" of "until") could hide a slip of that word: only in a README, or as a
# segment of a dotted name ("java.util")
def test_a_tool_name_near_a_frequent_word_is_a_name_in_a_readme_only() -> None:
    assert flagged(README, "- the date helpers live in util and the queries use knex") == []
    assert flagged(PLAIN, "I waited util the build was done.") == ["util"]
    assert flagged(PLAIN, "I used knex for the queries.") == ["knex"]


@pytest.mark.parametrize("sentence", [
    "After reading Arrays.sort() in java.util I changed my mind.",
    "I imported the helpers from node.util in the end.",
])
def test_a_segment_of_a_dotted_name_is_a_name(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


def test_tool_name_asks_the_register_only_when_needed() -> None:
    asked: list[bool] = []

    def register() -> bool:
        asked.append(True)
        return True

    assert tool_name("wich", register, lambda w: True) is False     # no name of the list: the register is not read
    assert asked == []
    assert tool_name("util", register, lambda w: True) is True
    assert asked == [True]
    assert tool_name("util", lambda: False, lambda w: True) is False
    assert tool_name("zustand", lambda: False, lambda w: False) is True


# a contraction typed with an HTML character reference for its apostrophe: the form the note was copied from
# left it undecoded
@pytest.mark.parametrize("sentence", [
    "I didn&#39;t get to the tests, and I&#39;ve left a note about them.",
    "It&rsquo;s a small change; we&#x27;ll see how it scales.",
    "They&apos;re in the second folder, and it wasn&#8217;t hard.",
    "You&#039;ll find the notes in the repository.",
])
def test_a_contraction_with_an_apostrophe_reference_is_no_misspelling(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("I coudn&#39;t get to the tests.", "coudn"),               # a slip stays a slip
    ("I didn&#34;t get to the tests.", "didn"),                 # a quotation mark's reference is no apostrophe
    ("The compnay&#39;s names are short.", "compnay"),
    ("It was wondeful &#39;til the end.", "wondeful"),
])
def test_a_slip_beside_a_reference_is_still_reported(sentence: str, word: str) -> None:
    assert flagged(PLAIN, sentence) == [word]


# the first word of a list item labelled "6)", "b)", "(2)" opens its sentence: a capitalised slip there is a slip,
# not a proper noun
@pytest.mark.parametrize(("sentence", "word"), [
    ("My questions:\n 6) Wich tool do you use for coverage ?", "Wich"),
    ("My questions:\nb) Definately the first one.", "Definately"),
    ("My questions:\n(2) Wher do the tests run?", "Wher"),
    ("My questions:\n  iv) Tommorow works for me.", "Tommorow"),
])
def test_a_slip_opening_a_labelled_item_is_reported(sentence: str, word: str) -> None:
    assert flagged(PLAIN, sentence) == [word]


@pytest.mark.parametrize("sentence", [
    "I used the fork (a small one) Zentrix gave me.",
    "Two parts (see 2) Brisbane will take.",
    "My questions:\n 6) Thandiwe leads the team?",
    "The last step (c) Kalinda signs off.",
])
def test_a_capitalised_name_after_a_bracket_inside_a_line_stays_a_name(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


# a company's prompt answered under it is the form's text; the writer's own questions, one under each heading, are
# the writer's
def test_a_prompt_answered_under_it_is_the_forms_text() -> None:
    body = ("1. How long did you spend on the coding asignment?\n**About two days**\n\n"
            "2. What would you add with more tme?\n**More tests, and a cache.**\n\nBest,\nSam Okoye")
    assert flagged("{sentence}", body) == []


def test_the_writers_questions_under_headings_are_the_writers() -> None:
    body = ("# Coverage\n 3) Wich tool do you use for coverage ?\n\n# CI\n 4) Do you use Jenkins or Travis ?\n\n"
            "# Sonar\n 5) Do you use Sonarcloud in evry team ?\n\nBest,\nSam Okoye")
    assert flagged("{sentence}", body) == ["Wich", "evry"]


# laughter written out is the writer's tone; a name's lower-case particle between capitalised words is the name's
@pytest.mark.parametrize("sentence", [
    "I only got the second batch right, haha.",
    "The demo crashed once, hehehe, but it came back.",
    "Jaja, the coffee machine won that round.",
    "I was nervous, hihi, but it went well.",
    "My internship was at the cooperative in Cruz das Almas, near the coast.",
    "I grew up in Vila do Conde and moved south later.",
    "We toured the mill at Passo dos Ventos last spring.",
])
def test_laughter_and_a_names_particle_are_no_misspellings(sentence: str) -> None:
    assert flagged(PLAIN, sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("I only got the second batch right, hahz.", "hahz"),        # no syllable said again
    ("The demo was a haja moment.", "haja"),                      # two syllables, not one said again
    ("I worked das whole summer at the mill.", "das"),           # no capitalised words around it
    ("The Cruz das place was far.", "das"),                       # lower case after it
])
def test_near_laughter_and_a_lone_particle_are_still_checked(sentence: str, word: str) -> None:
    assert flagged(PLAIN, sentence) == [word]

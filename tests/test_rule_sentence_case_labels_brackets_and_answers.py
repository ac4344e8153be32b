"""sentence-case (FL106) and repeated-punctuation (FL104): the thirty-fifth batch's mechanics misses and false
alarms as classes, on fresh wordings both ways:

- the text after a question's or an answer's label that opens a line ("Q: will the ...", "A: new line is ...",
  ai-166) is a sentence when it reads as one; a "Q:" question the writer typed in lower case is the writer's own,
  not a company's form (whose questions are capitalised and stay unjudged);
- a sentence set in brackets after a full stop ("(you shouldn't) the help desk ...", ai-125) starts with its first
  word; a fragment in brackets ("(for downloading updates)") is none;
- a bullet glued to a lower-case word ("*another point we might disagree is ...", ai-129) opens a list item;
  Markdown's emphasis ("*really* good") is none;
- the writer's answer under a company's question heading, past the form's bracketed instructions ("(We welcome
  suggestions ...)" / "the test is good ...", ai-105), opens a sentence;
- a command typed as its own line ("python assignment.py y m d < input_file", ai-125) is no sentence;
- a list of punctuation marks quoted in the text ("(-.?!,;:)", ai-166) is no run of marks typed for emphasis.
"""

from __future__ import annotations

import pytest

from followup_lint.rules.mechanics import RepeatedPunctuation, SentenceCase
from followup_lint.testing import assert_clean, assert_flags


def note(text: str) -> str:
    return f"Hi Dana,\n\n{text}\n\nBest regards,\nSam"


@pytest.mark.parametrize(("text", "flagged"), [
    ("My questions while coding:\n\nQ: should the export skip empty rows?\nA: I assume it should.", ["should"]),
    ("Notes:\n\nQ: Is the input sorted?\nA: the input is sorted by date, so I read it once.", ["the"]),
    ("Notes:\n\nQ2: can a user own two carts?\nA2: I assume not.", ["can"]),
    ("Notes:\n\nQuestion: Does the API page results?\nAnswer: it does, with a cursor.", ["it"]),
])
def test_the_text_after_a_question_or_answer_label_is_a_sentence(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


@pytest.mark.parametrize("text", [
    "Notes:\n\nQ: Is the input sorted?\nA: yes",                           # a fragment answer
    "Notes:\n\nQ: Is the input sorted?\nA: by date, then by name",
    "Plan:\n\nA: the cache\nB: the queue",                                  # a name, no sentence
    "Notes:\n\nQ: Should the export skip empty rows?\nA: I assume it should.",  # capitals: nothing to report
])
def test_fragments_after_labels_and_capitalised_answers_are_not_reported(text: str) -> None:
    assert_clean(SentenceCase, note(text))


@pytest.mark.parametrize(("text", "flagged"), [
    ("The setup is in the README. (it should take a minute) Then run the tests.", ["it"]),
    ("I kept the queue simple. (you can swap it for Redis later) The rest is plain.", ["you"]),
    ("The data is cached. (see the notes below) It expires hourly.", ["see"]),
    ("I skipped the styling. (there wasn't time) The logic is complete.", ["there"]),
    ("I did what I could. (which isn't a lot).\n\nThe rest is plain.", ["which"]),
])
def test_a_sentence_set_in_brackets_starts_with_a_capital(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


@pytest.mark.parametrize("text", [
    "I used a thread pool. (for downloading updates) The rest is sequential.",
    "The script runs on Python. (tested version 3.11) It needs no extras.",
    "It works offline (it caches the last page) and syncs later.",          # an aside inside a sentence
    "I kept the queue simple. (You can swap it for Redis later.) The rest is plain.",
    "It builds now ! (the fix was in the parser, whatever I tried first)\n\nThe rest is plain.",  # a remark, line ends
])
def test_a_fragment_in_brackets_or_an_aside_inside_a_sentence_is_not_reported(text: str) -> None:
    assert_clean(SentenceCase, note(text))


@pytest.mark.parametrize(("text", "flagged"), [
    ("Choices:\n\n*another reason is that the list is short\n*The rest is plain", ["another"]),
    ("Choices:\n\n•the parser is hand written\n•It is fast", ["the"]),
    ("Choices:\n\n*we could use a queue here\n*The rest is plain", ["we"]),
    ("Choices:\n\n*this needs a second look\n*The rest is plain", ["this"]),
])
def test_a_bullet_glued_to_a_lower_case_sentence_opens_a_list_item(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


@pytest.mark.parametrize("text", [
    "Choices:\n\n*really* the list is short, so I kept it.",   # emphasis, not a bullet
    "Choices:\n\n*python 3.11\n*docker",                      # fragments
    "Choices:\n\n*another idea*: a queue",
    "The wrapper is thin.\n\n*args and **kwargs are passed through as they are.",  # Python's star, not a bullet
])
def test_emphasis_and_fragments_after_a_glued_bullet_are_not_reported(text: str) -> None:
    assert_clean(SentenceCase, note(text))


QUESTIONNAIRE = """**Q) Which parts did you spend the most time on?**
(Describe any difficulties you encountered.)
{first}

**Q) Do you have any suggestions for the test?**
{second}"""


@pytest.mark.parametrize(("first", "second", "flagged"), [
    ("the seeding of the database took longest.", "No, it was clear.", ["the"]),
    ("The seeding took longest.", "more examples would help.", ["more"]),
    ("most of the time went on the seeding.", "none for now.", ["most", "none"]),
    ("routing took longest.", "It was clear.", ["routing"]),
])
def test_the_answer_under_a_company_question_opens_a_sentence(first: str, second: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(QUESTIONNAIRE.format(first=first, second=second)), *flagged)


@pytest.mark.parametrize(("first", "second"), [
    ("The seeding took longest.", "No, it was clear."),
    ("- routing, mostly", "- None"),                      # list items: judged as items, fragments
    ("`seed.ts` took longest.", "None."),                 # code opens the answer
    ("I spent it on routing.", "More examples would help."),
])
def test_capitalised_answers_and_fragment_items_under_a_question_are_not_reported(first: str, second: str) -> None:
    assert_clean(SentenceCase, note(QUESTIONNAIRE.format(first=first, second=second)))


@pytest.mark.parametrize("command", [
    "python assignment.py y m d < input_file",
    "node index.js --port 3000",
    "ruby main.rb data.csv",
    "node server.js 8080 > out.log",
])
def test_a_command_typed_as_its_own_line_is_no_sentence(command: str) -> None:
    assert_clean(SentenceCase, note(f"You can run the application via python\n\n{command}\n\nIt was fun to write."))


@pytest.mark.parametrize(("text", "flagged"), [
    ("You can run the application via python\n\npython is what I used for it\n\nIt was fun.", ["python"]),
    ("The app is done.\n\nnode is needed to run index.js, version 18 or later.", ["node"]),
    ("I wrote it quickly. ruby was the obvious choice for main.rb.", ["ruby"]),
    ("The app is done. the main.py script runs it.", ["the"]),
])
def test_a_sentence_that_mentions_a_script_is_still_judged(text: str, flagged: list[str]) -> None:
    assert_flags(SentenceCase, note(text), *flagged)


@pytest.mark.parametrize("text", [
    "I split words on these (-.?!,;:) characters.",
    "The tokenizer drops [.,?!;] from each word.",
    "Marks like ?!.,; are stripped first.",
    "The separators are \"-.?!,;:\" and spaces.",
])
def test_a_quoted_list_of_marks_is_no_repeated_punctuation(text: str) -> None:
    assert_clean(RepeatedPunctuation, note(text))


@pytest.mark.parametrize(("text", "run"), [
    ("Really?! That was fun.", "?!"),
    ("It was so helpful...!!", "!!"),
    ("What a day!!! (a long one)", "!!!"),
    ("Can we talk again??", "??"),
])
def test_an_emphatic_run_is_still_repeated_punctuation(text: str, run: str) -> None:
    assert_flags(RepeatedPunctuation, note(text), run)

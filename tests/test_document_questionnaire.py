"""A take-home questionnaire copied into the note and answered, read once in the Document
(``Document.questionnaire``, ``document/questionnaire.py``) and shared by the mechanics rules (its question
headings are the company's text), added strength or question (FL301: its prompts add no question) and next
step (FL304: neither its prompts nor the short echo opening an answer asks the reader anything). The wordings
here are the project's own."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.document import Document


def doc(body: str) -> Document:
    return Document(Draft(body=body))


def lines_of(body: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [body[s:e] for s, e in spans]


# -- headings: the company's questions under the form's label ---------------------------------------------

@pytest.mark.parametrize(("body", "heading"), [
    ("## Q) Wich framework did you pick, and why?\nVue, for its single-file components.",
     "## Q) Wich framework did you pick, and why?"),
    ("#### **Q) What would you change? and how?**\n- The cache first.",
     "#### **Q) What would you change? and how?**"),
    ("Intro.\n\n### Question 2: How long did the task take you?\nAbout four hours.",
     "### Question 2: How long did the task take you?"),
    ("Q2: Which part was the hardest?\nThe parsing of dates.", "Q2: Which part was the hardest?"),
])
def test_a_heading_that_asks_is_a_company_question(body: str, heading: str) -> None:
    assert lines_of(body, doc(body).questionnaire.headings) == [heading]


@pytest.mark.parametrize("body", [
    "## Notes\nThe parser is in `src/parse.py`.",                    # a heading that asks nothing
    "Hi Dana,\n\nWhat did you think of the demo?\n\nBest,\nSam",      # the writer's own question in prose
    "# Summary.\nDid it work? Yes.",                                  # the question is under the heading
    "Quick note: was the build green?",                               # "Q" of a word, no form's label
    "Intro.\n\n## what are you most proud of, and why?\nThe parser.",  # no form's label: maybe the writer's
])
def test_other_lines_are_no_company_question(body: str) -> None:
    assert doc(body).questionnaire.headings == ()



# -- prompts answered in turn -----------------------------------------------------------------------------

FORM = """Hi Priya,

Thanks for the exercise. My answers to your questions:

How long did the test take you?
About five hours over two evenings.

Which part was the hardest?
Track down? The flaky date parsing, mostly.

Is there anything you would do differently?
Yes, I would write the importer first.

Could we talk about the on-call rota in the next call?

Best,
Tomasz"""


def test_prompts_are_the_questions_answered_one_after_another() -> None:
    d = doc(FORM)
    assert lines_of(FORM, d.questionnaire.prompt_spans) == [
        "How long did the test take you?", "Which part was the hardest?",
        "Is there anything you would do differently?"]
    assert d.questionnaire.prompts == frozenset(s for s, _ in d.questionnaire.prompt_spans)


def test_answer_spans_add_the_echo_that_opens_an_answer() -> None:
    spans = lines_of(FORM, doc(FORM).questionnaire.answer_spans)
    assert "Track down?" in spans
    assert "Which part was the hardest?" in spans


def test_the_writers_own_question_is_no_prompt() -> None:
    d = doc(FORM)
    own = "Could we talk about the on-call rota in the next call?"
    assert own not in lines_of(FORM, d.questionnaire.prompt_spans)
    assert own not in lines_of(FORM, d.questionnaire.answer_spans)


@pytest.mark.parametrize("body", [
    "Hi Ana,\n\nWhat did you think of the demo?\nI hope it ran well.\n\nBest,\nSam",  # one question: no form
    "Hi Ana,\n\nThanks for today. I enjoyed the talk about the cache.\n\nBest,\nSam",  # nothing asked
    "Hi Ana,\n\nWhen do you decide? And who decides?\n\nBest,\nSam",  # questions with no answers under them
])
def test_a_note_without_a_form_has_no_prompts(body: str) -> None:
    q = doc(body).questionnaire
    assert q.prompts == frozenset()
    assert q.answer_spans == ()

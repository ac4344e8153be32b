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
    spans = lines_of(FORM, doc(FORM).questionnaire.answer_spans)
    assert [s for s in spans if s != "Track down?"] == [
        "How long did the test take you?", "Which part was the hardest?",
        "Is there anything you would do differently?"]


def test_answer_spans_add_the_echo_that_opens_an_answer() -> None:
    spans = lines_of(FORM, doc(FORM).questionnaire.answer_spans)
    assert "Track down?" in spans
    assert "Which part was the hardest?" in spans


def test_the_writers_own_question_is_no_prompt() -> None:
    d = doc(FORM)
    own = "Could we talk about the on-call rota in the next call?"
    assert own not in lines_of(FORM, d.questionnaire.answer_spans)


@pytest.mark.parametrize("body", [
    "Hi Ana,\n\nWhat did you think of the demo?\nI hope it ran well.\n\nBest,\nSam",  # one question: no form
    "Hi Ana,\n\nThanks for today. I enjoyed the talk about the cache.\n\nBest,\nSam",  # nothing asked
    "Hi Ana,\n\nWhen do you decide? And who decides?\n\nBest,\nSam",  # questions with no answers under them
])
def test_a_note_without_a_form_has_no_prompts(body: str) -> None:
    assert doc(body).questionnaire.answer_spans == ()


# -- thirty-fifth batch (ai-107, ai-115): a prompt answered on its own line, and a numbered prompt copied whole
# with the form's closing remark; fresh wordings both ways ---------------------------------------------------

def _form(last: str) -> str:
    return ("Hi Priya,\n\nHow long did the test take you?\nAbout five hours.\n\n"
            "Which part was the hardest?\nThe date parsing.\n\n" + last + "\n\nBest,\nTomasz")


@pytest.mark.parametrize(("last", "span"), [
    ("What would you add with more time? Paging, mostly.", "What would you add with more time?"),
    ("Which tools did you pick? Why? pytest and ruff", "Which tools did you pick? Why?"),
    ("Did you enjoy it? yes, a lot", "Did you enjoy it?"),
    ("3. How would you deploy it? On a small VM.", "3. How would you deploy it?"),
])
def test_a_prompt_answered_on_its_own_line_is_the_forms(last: str, span: str) -> None:
    body = _form(last)
    assert span in lines_of(body, doc(body).questionnaire.answer_spans)


@pytest.mark.parametrize("last", [
    "Is the API versioned? I assumed it was not.",            # the writer's question: no "you" in it
    "Could you send the rota? It would help you plan.",       # a remark to the reader after it
    "Do you have any feedback? Let me know what you think.",  # the writer asks, and asks again
    "What did you think of my cache? I am proud of it.",      # the writer's work in it: the writer asks
    "How big is your team? Just curious.",                    # the reader's team, no "you" put to the writer
])
def test_the_writers_own_question_with_a_remark_after_it_is_kept(last: str) -> None:
    body = _form(last)
    spans = lines_of(body, doc(body).questionnaire.answer_spans)
    assert not any(s in last for s in spans), spans


NUMBERED = """Hi Priya,

1. How long did the test take you?
About five hours.

2. Which part was the hardest?
The date parsing.

3. {last}
Ans: It went smoothly.

Best,
Tomasz"""


@pytest.mark.parametrize("last", [
    "How was the test for you? Any blockers? If you have ideas to improve it, we'd be glad to hear them.",
    "Did the brief make sense? Let us know anything we could make clearer.",
    "Was anything unclear? Our team reads every answer.",
    "What would you change? We welcome all suggestions!",
])
def test_a_numbered_prompt_with_the_forms_remark_is_the_forms_whole(last: str) -> None:
    body = NUMBERED.format(last=last)
    assert "3. " + last in lines_of(body, doc(body).questionnaire.answer_spans)


@pytest.mark.parametrize("last", [
    "How was the test for you? I found it fair.",              # the writer's remark, no company's voice
    "Any blockers? If you have ideas, I'd be glad to hear them. Thanks.",  # two sentences after it
    "The test was fine. Did we agree on Friday?",              # opens on no question
    "How was the test for you? Me, I liked it.",
])
def test_a_numbered_line_with_the_writers_own_remark_is_no_prompt(last: str) -> None:
    body = NUMBERED.format(last=last)
    assert "3. " + last not in lines_of(body, doc(body).questionnaire.answer_spans)


# -- thirty-fifth batch (ai-109): the questions listed under a prompt that asks what the candidate would ask
# somebody else are put to that person, not to the reader; fresh wordings both ways --------------------------

def _asked_of_others(prompt: str) -> str:
    return ("Hi Priya,\n\n1. How long did the test take you?\nAbout five hours.\n\n"
            "2. Which part was the hardest?\nThe date parsing.\n\n"
            f"3. {prompt}\n- Who signs off the figures?\n- How often is the feed updated?\n\n"
            "4. Anything else?\nNo.\n\nBest,\nTomasz")


@pytest.mark.parametrize("prompt", [
    "What would you ask the client?",
    "If you could meet the product owner, which questions would you put to them?",
    "What questions would you have for the end users?",
    "Which questions would you raise with stakeholders before starting?",
])
def test_questions_listed_for_somebody_else_ask_the_reader_nothing(prompt: str) -> None:
    body = _asked_of_others(prompt)
    spans = lines_of(body, doc(body).questionnaire.answer_spans)
    assert "- Who signs off the figures?" in spans and "- How often is the feed updated?" in spans


@pytest.mark.parametrize("prompt", [
    "What would you ask us?",
    "Do you have any questions for us?",
    "What would you ask us about the users?",
    "What questions do you have about the role?",
])
def test_questions_listed_for_the_reader_still_ask(prompt: str) -> None:
    body = _asked_of_others(prompt)
    spans = lines_of(body, doc(body).questionnaire.answer_spans)
    assert "- Who signs off the figures?" not in spans


# -- thirty-sixth batch (aj-106, aj-110): the form's instruction to the candidate after a numbered prompt's
# questions, a sub-question's "1a." label, a prompt wrapped onto the next line; fresh wordings both ways ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("last", [
    "Which database did you choose? Please explain the trade-offs you weighed.",
    "How long did it take you? If you ran short of time, use this space to list what you would add.",
    "What was the trickiest bug? Describe how you tracked it down.",
    "Which library helped you most? Feel free to include a snippet showing how you used it.",
])
def test_a_numbered_prompt_with_the_forms_instruction_is_the_forms_whole(last: str) -> None:
    body = NUMBERED.format(last=last)
    assert "3. " + last in lines_of(body, doc(body).questionnaire.answer_spans)


@pytest.mark.parametrize("last", [
    "Do you use Kafka? Just curious about your stack.",          # a remark, no instruction
    "Is the role remote? Please tell me if it is hybrid.",        # the writer's "me"
    "Could you share the rota? Use my e-mail for it. Thanks.",    # two sentences after it
    "Which office would I join? Explain it on Friday, I'd like that.",  # the writer's "I"
])
def test_a_numbered_line_with_the_writers_own_request_is_no_prompt(last: str) -> None:
    body = NUMBERED.format(last=last)
    assert "3. " + last not in lines_of(body, doc(body).questionnaire.answer_spans)


@pytest.mark.parametrize(("body", "prompt"), [
    ("1. How long did it take?\nA day.\n\n1a. What would you change with more time?\nThe cache.\n\n"
     "2. Which part was hardest?\nThe parser.", "1a. What would you change with more time?"),
    ("1. How long did it take?\nA day.\n\n2. Which feature of your chosen framework did you\nfind most useful?\n"
     "Signals.\n\n3. How would you debug it?\nLogs first.",
     "2. Which feature of your chosen framework did you\nfind most useful?"),
])
def test_prompts_with_sub_labels_or_wrapped_are_the_forms(body: str, prompt: str) -> None:
    assert prompt in lines_of(body, doc(body).questionnaire.answer_spans)


@pytest.mark.parametrize(("body", "line"), [
    ("1. How long did it take?\nA day.\n\n2. Which part was hardest?\nThe parser.\n\nI also wonder about your\n"
     "deploys? Do you ship daily?\nJust curious.", "I also wonder about your\ndeploys?"),   # no number to wrap
    ("1. How long did it take?\nA day.\n\n2. Which part was hardest?\nThe parser.\n\n3. Ask me anything about the\n"
     "Parser? Happy to explain.\nSure.", "3. Ask me anything about the\nParser?"),     # the next line opens capitalised
    ("Note 1a. Could you share the rota?\nI would plan around it.\n\nNote 2b. Is the role remote?\nI'd relocate.",
     "Note 1a. Could you share the rota?"),                     # no prompt's label at the line's start
])
def test_wrapped_or_lettered_lines_that_are_no_forms_prompts_are_kept(body: str, line: str) -> None:
    assert line not in lines_of(body, doc(body).questionnaire.answer_spans)


# -- answered prompts: the form's prompts the writer answered under them (their spelling is the form's, FL101) ----

@pytest.mark.parametrize(("body", "prompts"), [
    ("1. How long did you spend on the task?\n**About two days.**\n\n2. What was the hardest part?\nThe date parsing.",
     ["1. How long did you spend on the task?", "2. What was the hardest part?"]),
    ("Q1. Which parts are you proud of?\n\nThe retry queue.\n\nQ2. What would you change?\n\nThe naming.",
     ["Q1. Which parts are you proud of?", "Q2. What would you change?"]),
    ("How long did it take?\nFour hours, spread over two evenings.\nWhat was easy?\nThe layout, thanks to the grid.",
     ["How long did it take?", "What was easy?"]),
    ("3) Did you write tests?\n- Yes, for the parser.\n4) What would you add?\n- A cache in front of the API.",
     ["3) Did you write tests?", "4) What would you add?"]),
])
def test_a_prompt_with_its_answer_under_it_is_answered(body: str, prompts: list[str]) -> None:
    assert lines_of(body, doc(body).questionnaire.answered_prompts) == prompts


@pytest.mark.parametrize("body", [
    # the writer's own questions, one under each heading: no answer under them
    "# CI\n 4) Which CI tool do you use ?\n\n# Sonar\n 5) Do you use Sonarcloud ?\n\n# Team\n 6) How big is it ?",
    "## Hosting\nWhere do the services run?\n## Teams\nHow many teams share the repo?\n## Last\nThanks.",
    # no questionnaire at all: one question in prose
    "Hi Dana,\n\nWhat did you think of the demo?\nI can send the slides.\n\nBest,\nSam",
    "Hi Dana,\n\nThanks for the chat.\n\nBest,\nSam",
])
def test_questions_without_an_answer_under_them_are_not_answered_prompts(body: str) -> None:
    assert doc(body).questionnaire.answered_prompts == ()

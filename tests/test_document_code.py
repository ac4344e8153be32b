"""Lines that are not the writer's sentences, read once in the Document and honoured by the mechanics rules
(FL101, FL103, FL106, FL107): a company's question heading copied from a take-home questionnaire (its words are the
form's; read by ``document/questionnaire.py``, see test_document_questionnaire.py), a statement of code typed outside a fence (no sentence), and a one-letter name of the
note's code named again in its prose (no pronoun). From the thirty-fourth outside batch (ah-106, ah-107, ah-108,
ah-113); the wordings here are the project's own."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.document import Document
from followup_lint.rules.mechanics import LowercaseI, SentenceCase, UnbalancedDelimiter
from followup_lint.rules.spelling import MisspelledWord
from followup_lint.testing import findings_of, flagged_texts


def doc(body: str) -> Document:
    return Document(Draft(body=body))


def lines_of(body: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [body[s:e] for s, e in spans]


# -- the readings ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "line"), [
    ("Run this:\n\ndelete from orders where id = ?;\n\nThanks.", "delete from orders where id = ?;"),
    ("The fix:\nlet total = price * count;\nThat is all.", "let total = price * count;"),
    ("Then:\n  counter += 1;\nworks.", "  counter += 1;"),
    ("Call it so:\nconsole.log(result);\nDone.", "console.log(result);"),
    ("Check:\nif (i < 5) return;\nok.", "if (i < 5) return;"),
])
def test_a_statement_of_code_outside_a_fence_is_a_code_line(body: str, line: str) -> None:
    assert lines_of(body, doc(body).code_lines) == [line]


@pytest.mark.parametrize("body", [
    "We met on Monday; it went well.",
    "The score was 5 = good; thanks again for the chat.",          # a sentence's stop inside: prose
    "I chose React over Vue (see the notes). Then I wrote tests; they pass; the = sign is a typo.",
    "Three things matter: speed, cost; and care.",
    "Thanks for the call = it helped a lot.",                      # no ";" at the end
])
def test_prose_is_no_code_line(body: str) -> None:
    assert doc(body).code_lines == ()


def test_the_names_of_the_notes_code() -> None:
    body = "Output:\n\n```\nfor (let j = 0; j < n; j++) { sum += j; }\n```\nand `total` is printed."
    names = doc(body).code_identifiers
    assert {"j", "n", "sum", "total", "let", "for"} <= names
    assert "printed" not in names and "Output" not in names
    assert doc("Hi Dana,\n\nThanks for the call.\n\nBest,\nSam").code_identifiers == frozenset()


# -- the rules honour them ---------------------------------------------------------------------------------

QUESTIONNAIRE = "# Answers\n\n{heading}\n{answer}\n"


@pytest.mark.parametrize(("heading", "answer"), [
    ("### Q) Is it posible to cache the reslts? and why?", "Yes, with a map keyed by the query."),
    ("## Q) How would you scael the servce? and when?", "With more workers behind the queue."),
    ("#### **Q) Did you have any dificulties? and wich ones?**", "Only the time zones."),
    ("Q3: What would you improove? and how?", "The error messages, with codes."),
])
def test_a_company_question_heading_is_not_judged(heading: str, answer: str) -> None:
    body = QUESTIONNAIRE.format(heading=heading, answer=answer)
    assert findings_of(MisspelledWord, body) == []
    assert findings_of(SentenceCase, body) == []
    assert findings_of(UnbalancedDelimiter, body) == []


@pytest.mark.parametrize(("heading", "answer", "word", "lower"), [
    ("### Q) Is it possible to cache the results?", "yes, with a map keyd by the query.", "keyd", "yes"),
    ("## Q) How would you scale the service?", "with more wrokers behind the queue.", "wrokers", "with"),
    ("## Notes on the sevice", "the queue is drained nightly.", "sevice", "the"),   # the writer's own heading
    ("### What did you find hard?", "the time zones, mostly becuase of DST.", "becuase", "the"),
    ("## what did you fnid hard? and why?", "The time zones.", "fnid", "what"),      # no form's label
])
def test_the_writers_answers_and_own_headings_are_still_judged(heading: str, answer: str, word: str,
                                                                lower: str) -> None:
    body = QUESTIONNAIRE.format(heading=heading, answer=answer)
    assert word in [f.data["word"] for f in findings_of(MisspelledWord, body)]
    assert lower in flagged_texts(SentenceCase, body)


@pytest.mark.parametrize("line", [
    "update orders set status = ? where id = ?;",
    "select name from users where id = ? and active = 1;",
    "insert into logs (msg) values (?);",
    "delete from carts where user_id = ?;",
])
def test_a_code_line_outside_a_fence_is_no_sentence(line: str) -> None:
    body = f"The migration would run, per row:\n\n{line}\n{line}\n\nThat is the whole change."
    assert findings_of(SentenceCase, body) == []
    assert findings_of(UnbalancedDelimiter, body) == []


@pytest.mark.parametrize(("body", "flagged"), [
    ("It runs; is it fast? where it matters, yes.", ["where"]),
    ("We tested the queue. then we shipped it; all good.", ["then"]),
    ("Thanks = great call. and the demo went well.", ["and"]),
    ("The fix is small. so I will send it tomorrow.", ["so"]),
])
def test_a_prose_sentence_after_a_stop_is_still_judged(body: str, flagged: list[str]) -> None:
    assert flagged_texts(SentenceCase, body) == flagged


CODE = "My answer:\n\n```\nfor (var i = 0; i < 3; i++) {{ print(i); }}\n```\n{prose}\n"


@pytest.mark.parametrize("prose", [
    "It prints 3 three times, since the value of i is 3 when the callbacks run.",
    "The closure keeps a reference to the variable stored in i, which ends at 3.",
    "Each callback reads from i after the loop is over.",
    "With let, each turn gets its own copy of i.",
])
def test_the_codes_variable_named_in_prose_is_no_pronoun(prose: str) -> None:
    assert findings_of(LowercaseI, CODE.format(prose=prose)) == []


@pytest.mark.parametrize(("body", "flagged"), [
    (CODE.format(prose="It prints 3 three times, i think because of the closure."), ["i"]),
    (CODE.format(prose="After the loop i saw the value of i was 3."), ["i"]),
    ("Hi Dana,\n\nThe best part of i was the demo.\n\nBest,\nSam", ["i"]),   # no code names "i"
    (CODE.format(prose="The output surprised me, and i learned why."), ["i"]),
])
def test_the_pronoun_beside_code_is_still_judged(body: str, flagged: list[str]) -> None:
    assert flagged_texts(LowercaseI, body) == flagged

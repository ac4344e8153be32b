"""no-next-step (FL304) on take-home notes and short messages (the twenty-sixth batch): a first-person promise
that waits on the reader's request offers more (also on the line under a heading the splitter joins to it);
an ability narrowed by "only" is a limit of the code, no offer; a check whether what the writer sent reached
the reader asks for a reply. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, findings_of

RULE = NoNextStep


def note(content: str) -> str:
    return f"Hi Dana,\n\nThank you for the exercise. {content}\n\nBest,\nSam"


@pytest.mark.parametrize("content", [
    "I'll add screenshots of the dashboard on request.",
    "We can walk through the deployment scripts if asked.",
    "I can write the missing integration tests upon request.",
])
def test_a_promise_on_request_invites(content: str) -> None:
    assert_clean(RULE, note(content))


def test_a_promise_on_request_under_a_heading_invites() -> None:
    body = "# Ledger service\n\n## Deployment\nI can explain the pipeline in more detail on request.\n\nSam"
    assert_clean(RULE, body)


@pytest.mark.parametrize("content", [
    "The parser is naive: I will only be able to provide the first match per file.",
    "With this interface I can only show one page of results at a time.",
    "The importer is fine if needed, but it skips empty rows.",       # no promise before the condition
])
def test_an_ability_narrowed_to_a_limit_or_a_bare_condition_invites_nothing(content: str) -> None:
    assert findings_of(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I wanted to check whether my references reached you.",
    "Just checking if you have received the portfolio I sent on Monday.",
    "I am writing to see if you got the signed form with my bank details, as you asked.",
])
def test_checking_that_what_was_sent_arrived_invites_a_reply(content: str) -> None:
    assert_clean(RULE, note(content))


def test_telling_that_the_writer_received_something_asks_nothing() -> None:
    assert findings_of(RULE, note("I am writing to confirm that I received the offer letter."))


def test_a_forms_prompt_under_its_heading_still_invites_nothing() -> None:
    body = ("# Ledger service\n\n### Anything else\nIs there anything else you want us to know? Feel free to list "
            "it here.\nThe export is slow on big files.\n\nSam")
    assert findings_of(RULE, body)

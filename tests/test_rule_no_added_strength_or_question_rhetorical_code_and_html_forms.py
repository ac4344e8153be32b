"""no-added-strength-or-question (FL301) on the thirty-fourth batch's classes of questions, each both ways on fresh
wordings (not the batch's own).

Asking nothing: the writer's own deliberation told ("The first question was should I implement ...", ah-113); a
question the writer answers at once ("... right? Not necessarily.", ah-102); a "?" of code, a
parameter's marker or a ternary's ("update image_table set id_image_type = ? where id = ?;", ah-113); a
questionnaire's prompts typed with HTML breaks after them ("2. What would you add? <br><br>", ah-110). A question
to the reader beside them still asks."""

from __future__ import annotations

import pytest

from _fl301_util import RULE, fires_on, interview, note
from followup_lint.testing import assert_clean

INTERVIEW = interview("has shipped a component library used by five product teams")


def fires(content: str) -> bool:
    return fires_on(note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    " Would a second worker help the billing importer? No, the database is the bottleneck.",
    " The ledger export retries on timeouts, right? Not always.",
    " Does the nightly reconciliation job scale past one node? Nope, it locks the whole table.",
    " Is the release calendar shared across teams?\nYes, on the wiki.",
])
def test_a_question_the_writer_answers_at_once_asks_nothing(content: str) -> None:
    assert fires(content)


@pytest.mark.parametrize("content", [
    " Would a second worker help the billing importer? No rush on the answer.",
    " How does the team plan its releases across the ledger services? I ask because I ran ours.",
    " Is the release calendar shared across teams? Yes or no would help me plan.",
    " Which services does the billing team own today? No worries if that is private.",
])
def test_a_question_followed_by_a_courtesy_still_asks(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    "\n\nThe script writes one statement per invoice:\n\nupdate invoice_lines set ledger_code = ? where invoice_id = ?;\n"
    "update invoice_lines set ledger_code = ? where invoice_id = ?;",
    '\n\nps = conn.prepareStatement("SELECT total FROM ledger_entries WHERE account_id = ? AND period = ?");',
    "\n\nconst releaseLabel = pendingReleases > 1 ? Releases : Release;",
    "\n\nlet billingOwner = team?.billing?.owner ?? Unassigned;",
])
def test_a_question_mark_of_code_asks_nothing(content: str) -> None:
    assert fires(content)


@pytest.mark.parametrize("content", [
    "\n\nupdate invoice_lines set ledger_code = ? where invoice_id = ?;\n\n"
    "How does the team plan its releases across the ledger services?",
    "\n\nconst releaseLabel = pendingReleases > 1 ? Releases : Release;\n"
    "Does the billing team review pull requests across time zones?",
    " Is ledger_retries = 5 the default the billing team uses across services?",
    " Which services does the billing team own today ?",
])
def test_a_question_to_the_reader_next_to_code_still_asks(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)


def _form(breaks: str) -> str:
    return (f"\n\n1. Which libraries did you pick? Why those? {breaks}\nChart.js, for its small size.\n\n"
            f"2. What would you add to the billing screens with another day? {breaks}\nA search box and paging.\n\n"
            f"3. Which part are you most proud of? And why?{breaks}\nThe offline cache, it was fun.\n\n"
            f"4. What took longest? What was hardest?{breaks}\nThe date filters across time zones.")


@pytest.mark.parametrize("breaks", ["<br><br>", "<br/>", "&nbsp;", "<br>&nbsp;"])
def test_a_questionnaires_prompts_with_html_breaks_after_them_ask_nothing(breaks: str) -> None:
    assert fires(_form(breaks))


@pytest.mark.parametrize("breaks", ["<br><br>", "&nbsp;"])
def test_a_question_of_the_writers_own_after_a_form_with_breaks_still_asks(breaks: str) -> None:
    assert_clean(RULE, note(_form(breaks) + "\n\nOne question for you: how does the team plan its releases across "
                            f"the ledger services? {breaks}"), INTERVIEW)


@pytest.mark.parametrize("content", [
    " The first question was should I split the billing importer into two services, so I kept one.",
    " My main question was whether to cache the ledger totals across services; I chose not to.",
    " The hard question was how to plan the releases of the ledger services without downtime.",
    " The question was do I rewrite the billing importer or patch it, and I patched it.",
])
def test_the_writers_own_deliberation_told_asks_nothing(content: str) -> None:
    assert fires(content)


@pytest.mark.parametrize("content", [
    " My question is whether I should prepare the billing importer demo for the ledger team.",
    " My question was whether the team plans its releases across the ledger services.",
    " I meant to ask how the team plans its releases across the ledger services.",
    " One question: should I prepare the billing importer demo for the ledger team?",
])
def test_a_question_put_to_the_reader_still_asks(content: str) -> None:
    assert_clean(RULE, note(content), INTERVIEW)

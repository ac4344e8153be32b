"""leftover-placeholder (FL205) on the thirty-second batch's new kinds of residue: a template's choice left
unmade ("this (morning/afternoon)", af-312), a template's variable in capitals joined by "_"
("Dear INTERVIEWER_NAME,", af-313), a spreadsheet's or a merge's error value where a field failed ("Thank
you for the interview - #N/A", af-317); and what is not residue: the writer's own status tag on an item of
their work ("- [PARKED] Used Hono ...", af-113). Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.placeholder import LeftoverPlaceholder
from followup_lint.testing import assert_clean, flagged_texts

RULE = LeftoverPlaceholder


def note(line: str) -> str:
    return f"Dear Ms. Okafor,\n\n{line}\n\nBest regards,\nRavi Menon"


@pytest.mark.parametrize("line,slot", [
    ("Thank you for speaking with me (yesterday/today) about the role.", "(yesterday/today)"),
    ("I enjoyed hearing how [he/she] built the night-shift rota.", "[he/she]"),
    ("Please pass my thanks to (his/her) team as well.", "(his/her)"),
    ("I was glad to meet (him/her) at the depot.", "(him/her)"),
    ("It was a pleasure to meet you this morning/evening.", "morning/evening"),
    ("Thank you for meeting me yesterday afternoon/evening at the depot.", "afternoon/evening"),
    ("Thank you for your time this (Afternoon / Evening).", "(Afternoon / Evening)"),
])
def test_a_choice_left_unmade_is_a_placeholder(line: str, slot: str) -> None:
    assert flagged_texts(RULE, note(line)) == [slot]


def test_a_choice_of_titles_in_brackets_is_a_placeholder() -> None:
    assert flagged_texts(RULE, "Dear (Mr./Ms.) Okafor,\n\nThank you for the tour.\n\nBest,\nRavi") == ["(Mr./Ms.)"]


@pytest.mark.parametrize("text", [
    note("Thank you for the tour of the cold store.").replace("Ravi Menon", "Ravi Menon (he/him)"),
    note("Thank you for the tour.").replace("Ravi Menon", "Ravi Menon (she/they)"),
    note("I prefer (SQL/NoSQL) stores depending on the load."),
    note("I can do a follow-up (phone/video) call if that helps."),
    note("I worked morning/afternoon shifts at the mill for two years."),
    note("Today/tomorrow both work for me (Mon/Tue)."),
    note("Our team ran a C#/F# stack."),
])
def test_alternatives_that_are_no_template_choice_stay_clear(text: str) -> None:
    assert_clean(RULE, text)


@pytest.mark.parametrize("text,slot", [
    ("Dear HIRING_MANAGER_NAME,\n\nThank you for the tour.\n\nBest,\nRavi", "HIRING_MANAGER_NAME"),
    (note("I am excited about the JOB_TITLE role."), "JOB_TITLE"),
    (note("Thank you for the tour.").replace("Ravi Menon", "Ravi Menon\nYOUR_PHONE_NUMBER"), "YOUR_PHONE_NUMBER"),
    ("Hi FIRST_NAME,\n\nThanks for the call.\n\nRavi", "FIRST_NAME"),
    (note("I would love to grow with COMPANY_NAME."), "COMPANY_NAME"),
])
def test_a_template_variable_in_capitals_is_a_placeholder(text: str, slot: str) -> None:
    assert flagged_texts(RULE, text) == [slot]


@pytest.mark.parametrize("line", [
    "Set API_KEY and DATABASE_URL before running the service.",
    "The CONTACT_EMAIL setting and MAX_RETRIES live in the .env file.",
    "The `COMPANY_NAME` column is filled from the CSV export.",
    "I kept NODE_ENV=production and the SECRET_KEY out of the repo.",
    "The USER_ID and ORDER_TITLE_TEXT fields are indexed.",
])
def test_a_programs_setting_in_capitals_stays_clear(line: str) -> None:
    assert_clean(RULE, note(line))


@pytest.mark.parametrize("subject,body,slot", [
    ("Thank you for the interview - #REF!", note("Thanks for the tour."), "#REF!"),
    ("Follow-up: #VALUE! role", note("Thanks for the tour."), "#VALUE!"),
    ("Thank you", "Dear #NAME?,\n\nThanks for the tour.\n\nRavi", "#NAME?"),
    ("Thank you", note("The offer of #DIV/0! per month suits me."), "#DIV/0!"),
    ("Thank you", "Hi [object Object],\n\nThanks for the tour.\n\nRavi", "[object Object]"),
])
def test_an_error_value_where_a_field_failed_is_a_placeholder(subject: str, body: str, slot: str) -> None:
    assert flagged_texts(RULE, body, subject=subject) == [slot]


@pytest.mark.parametrize("subject,line", [
    ("Thank you - N/A questions", "My answer to question 4 was N/A, as we discussed."),
    ("Thanks for the #hiring chat", "The sheet had a formula error in cell B2, now fixed."),
    ("Thank you", "I follow #DataEngineering and the #REFUGE project."),
    ("Thank you", "Scores of 4/5 and 3/5 were fine by me!"),
])
def test_prose_near_an_error_value_stays_clear(subject: str, line: str) -> None:
    assert_clean(RULE, note(line), subject=subject)


@pytest.mark.parametrize("line", [
    "- [PARKED] Used Hono for the API service\n- Used pnpm",
    "- [DONE] Export to CSV\n- [In progress] Charts",
    "* Dark mode [STRETCH]\n* Offline cache [NOT STARTED]",
    "1. [WONTFIX] IE11 support\n2. [Out of scope] SSO",
    "[BLOCKED] the payments sandbox was down all weekend.",
])
def test_the_writers_status_tag_is_no_placeholder(line: str) -> None:
    assert_clean(RULE, note(line))


@pytest.mark.parametrize("line,slot", [
    ("- [TBD] the second feature", "[TBD]"),
    ("- [NAME] reviewed the first part", "[NAME]"),
    ("- [PROJECT] went well", "[PROJECT]"),
    ("* [DATE] suits me for the second round", "[DATE]"),
])
def test_a_slot_in_capitals_in_a_list_is_still_one(line: str, slot: str) -> None:
    assert flagged_texts(RULE, note(line)) == [slot]

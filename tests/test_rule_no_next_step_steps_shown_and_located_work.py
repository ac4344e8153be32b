"""no-next-step (FL304), the twenty-seventh batch. Three things that read like an invitation and are none: a
procedure's "next step" that the reader is told to move on to ("Proceed to next step once ...", aa-168) is the
setup's step, not the hiring process's; what an instruction to use the work lets the reader see ("Use the
calendar ... to see total progress", aa-162) is the work's, no status check; a present willingness to show what
the note has already shown ("I'm glad to show all this kind of techniques", aa-161) offers nothing more. Two
invitations that were missed: the writer's other work located for the reader at a link ("For other projects,
they can be found at <link>", aa-141) is samples offered, as the twentieth batch decided of extra work with its
link; staying available in a second clause that shares the writer's "I" ("I appreciate the opportunity ... and
remain available for any questions", aa-149) offers more, though a noun of the first clause stands before it.
Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.courtesy import NoNextStep
from followup_lint.testing import assert_clean, run_rule

RULE = NoNextStep


def note(content: str) -> str:
    return f"Hi Dana,\n\nThanks for the exercise. {content}\n\nBest,\nSam"


def codes(content: str) -> list[str]:
    return [f.code for f in run_rule(RULE, note(content)).findings]


@pytest.mark.parametrize("content", [
    "Start the broker with docker compose up. Go to the next step when the queue reports ready.",
    "Apply the migrations first. Then continue to the next step and seed the tables.",
    "Wait for the build to finish. Move on to the next step only after the tests pass.",
    "Skip to next step if you already have Redis installed.",
])
def test_a_procedures_next_step_is_no_hiring_step(content: str) -> None:
    assert codes(content) == ["FL304"], content


@pytest.mark.parametrize("content", [
    "I hope to proceed to the next step.",
    "I'm keen to move on to the next steps of the process.",
    "Please let me know about the next steps.",
])
def test_the_hiring_processs_next_step_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "Select a school in the dropdown to see the progress of each pupil.",
    "Then pick a week on the timeline to see the status of every order.",
    "Switch the chart to monthly view to see the results per region.",
    "Navigate to the reports tab to see any updates the importer made.",
])
def test_what_an_instruction_lets_the_reader_see_asks_for_no_news(content: str) -> None:
    assert codes(content) == ["FL304"], content


@pytest.mark.parametrize("content", [
    "I just wanted to see if there is any progress on my application.",
    "I am writing to see whether a decision has been made.",
])
def test_a_status_check_of_the_writer_still_asks(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I'm happy to present these results, though the model still overfits.",
    "We are pleased to share all of this with the whole pull request.",
    "I am really glad to show these patterns, even if the list is short.",
])
def test_a_willingness_to_show_what_the_note_shows_offers_nothing_more(content: str) -> None:
    assert codes(content) == ["FL304"], content


@pytest.mark.parametrize("content", [
    "I'd be glad to show these in a call.",
    "I can show all this on a screen share next week.",
    "I'm happy to present the design to the wider team.",
])
def test_an_offer_to_show_the_work_again_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "More of my work can be seen on https://www.behance.net/samlee.",
    "My previous projects can be found here: https://gitlab.com/samlee.",
    "Other notebooks of mine can be viewed at https://kaggle.com/samlee.",
])
def test_the_writers_other_work_located_at_a_link_offers_samples(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The code can be found at https://github.com/samlee/importer.",
    "Other pages can be found in the src/pages folder.",
    "The tests can be seen in the CI log.",
])
def test_the_submission_itself_located_offers_nothing(content: str) -> None:
    assert codes(content) == ["FL304"], content


@pytest.mark.parametrize("content", [
    "I enjoyed building the importer and remain available for any follow-up questions.",
    "I tested the whole flow on a fresh laptop and am available for a walkthrough.",
    "I wrote this in a weekend but stay available for any clarification.",
])
def test_availability_sharing_the_writers_subject_offers_more(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The service runs in Docker and is available at localhost:8080.",
    "I packaged the app, and it is available at localhost:3000.",
    "The dashboard builds in a minute and remains available offline.",
])
def test_a_things_availability_after_and_offers_nothing(content: str) -> None:
    assert codes(content) == ["FL304"], content

"""no-next-step (FL304) on take-home README notes to reviewers (the twenty-third batch): what looks like an
invitation and is none, and what invites in an unusual shape. Each class both ways, on fresh wordings.

Not inviting: a take-home form's prompts copied above the answers (on a heading's line, or on the line under
each of several headings); an explanation the note gives itself (announced "in short" or by a colon); a thing
made available; the reader permitted to judge the work ("feel free to consider either version"); looking
forward to more chances of the same kind; learning as growing into the job. Inviting: clarification wanted
before going on, and "hear" spelled as its homophone ("here from you")."""

from __future__ import annotations

import pytest

from _fl304_util import RULE, flagged, note
from followup_lint.testing import assert_clean


FORM = """# Parking permits

### Approach: Which parts did you put first? Why did you pick them?
I started from the data model and kept the form plain.

### Limits: Is there anything else we should know? Feel free to mention any limits you ran into.
The CSV export is still slow on big files.
"""

FORM_UNDER = """# Parking permits

## Approach
Which parts did you put first? Why did you pick them?

I started from the data model and kept the form plain.

## Time
Roughly how long did the work take? How did you split it?

About six hours, most of it on the validation rules.

## Anything else
Is there anything else we should know? Feel free to share any hurdles you met.

Nothing more from me.
"""


@pytest.mark.parametrize("text", [FORM, FORM_UNDER])
def test_a_take_home_forms_copied_prompts_invite_nothing(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize("text", [
    FORM + "\nDo you have any feedback on the validation rules?\n",
    "# Parking permits\n\n## Questions\n\nWould you prefer the export as a background job?\n\nThe rest is done.\n",
    FORM_UNDER + "\nI'd be glad to walk you through the validation rules on a call.\n",
])
def test_a_question_or_offer_of_the_writers_own_still_invites(text: str) -> None:
    assert_clean(RULE, text)


@pytest.mark.parametrize("content", [
    "I'll explain in short the structure of the repository and the libraries I used.",
    "Let me explain briefly how the cache is invalidated.",
    "I would like to describe the choices I made along the way:",
    "Before the setup steps, I'd like to outline why the importer runs in a worker:",
])
def test_an_explanation_the_note_gives_itself_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "I would like to explain the importer's design further on a call:",
    "I'd be happy to explain my choices in more detail.",
    "I can explain briefly on a call if anything is unclear.",
])
def test_an_explanation_offered_for_later_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "Next I would make the report available for offline use.",
    "We kept the legacy endpoint available for older clients.",
    "A future version could make the export available for screen readers.",
])
def test_a_thing_made_available_offers_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "I can make myself available for a call on Monday.",
    "I will make my calendar available for a follow-up chat next week.",
])
def test_the_writer_made_available_still_offers(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "You're welcome to consider the second branch, as both are complete.",
    "Please feel free to consider the older version for grading too.",
])
def test_the_reader_permitted_to_judge_the_work_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "Please consider my application for the next round.",
    "Feel free to reach out if the setup fails.",
    "Feel free to send me any comments on the importer.",
])
def test_a_request_for_a_reply_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "It was a fun break, and I look forward to more opportunities like it.",
    "I'm keen to learn anything the team uses day to day.",
    "I am eager to learn whatever stack the project needs.",
])
def test_more_chances_or_learning_on_the_job_invite_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "I look forward to an opportunity to discuss the importer further.",
    "I look forward to more opportunities to talk with the team.",
    "I'm eager to learn more about the next steps.",
    "I am keen to learn the outcome of the review.",
])
def test_looking_forward_to_a_talk_or_the_outcome_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I wanted to get some clarification on the third task before going further.",
    "I'd like some guidance on the expected file format before I finish the export.",
    "We were hoping for confirmation of the scope of part two.",
    "Hope to here from you soon.",
    "I will be waiting to here back from the team.",
])
def test_clarification_wanted_or_hear_misspelled_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I found clarity on the format in the docs.",
    "The README gave me all the guidance I needed.",
    "Everyone here from the night shift says hello.",
])
def test_clarification_found_or_here_as_a_place_invites_nothing(content: str) -> None:
    assert flagged(note(content))

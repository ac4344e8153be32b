"""no-next-step (FL304) on the thirty-third batch's classes, each both ways on fresh wordings (not the batch's own).

Not inviting: a questionnaire's prompts copied with the form's labels ("1.", "Q2:", "Q)", "##3.") and answered in
turn, two questions to a prompt's line included (ag-102, ag-103, ag-109, ag-110); the short question that opens
an answer right under a prompt, the writer's echo of it or guess ("Track down?", "With tests perhaps?"); the
writer's own liberty ("I feel free to show you ...", ag-161). Inviting: a proposal to talk together ("Or let's
just talk ASAP instead.", ag-107); the writer glad of a reply not yet given ("I am happy about a short answer",
ag-309); a cue verb of discussion misspelled ("topics we could disucss further", ag-101); an imperative to the
reader in a bracketed aside ("(ask me to see this!)", thirty-second af-113)."""

from __future__ import annotations

import pytest

from _fl304_util import RULE, flagged, note
from followup_lint.testing import assert_clean


def form(*pairs: tuple[str, str]) -> str:
    """A questionnaire's answers sent as a note: each prompt's line, then the writer's answer below it."""
    return "\n\n".join(f"{prompt}\n{answer}" for prompt, answer in pairs)


@pytest.mark.parametrize("text", [
    form(("1. How much time did you spend?", "About six hours."),
         ("2. What was the hardest part? What would you change?", "Caching the rates; I would add retries.")),
    form(("Q1: Which libraries did you use and why?", "Answer: pandas, for speed."),
         ("Q2: How would you scale it? Have you done so before?", "Answer: shard by tenant. Yes, once.")),
    form(("Q) What would you improve with another day?", "    More tests around the importer"),
         ("Q) How did you find the task? If you have ideas for improving it, we'd love to hear them.",
          "    Clear enough, the data set was small")),
    form(("##1. Which part took longest?", "The form validation."),
         ("##2. What would you do differently?", "Start from the API schema.")),
    form(("**3.** Would you add anything given more time?", "Pagination and a dark mode."),
         ("**4.** How would you debug a slow endpoint in production?", "Profiling first, then the query plans.")),
])
def test_a_questionnaires_labelled_prompts_answered_in_turn_invite_nothing(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "Hi Dana,\n\nI have a few questions:\n1. How big is the team?\n2. When do you expect to decide?\n\nBest,\nSam",
    "Hi Dana,\n\nThank you for the exercise.\n\nQ1: How long did it take? About five hours.\n\nCould you tell me "
    "when the panel meets?\n\nBest,\nSam",
    form(("1. How much time did you spend?", "About six hours."),
         ("2. What was the hardest part?", "Caching the rates.")) + "\n\nAny feedback on my approach?",
    form(("Q1: Which libraries did you use?", "pandas."),
         ("Q2: How would you scale it?", "Shard by tenant.")) + "\n\nI'm happy to walk you through it on a call.",
])
def test_a_question_of_the_writers_own_beside_a_form_still_invites(text: str) -> None:
    assert_clean(RULE, text)


@pytest.mark.parametrize("text", [
    form(("1. How would you find a memory leak?", "Find a leak? I'd start with heap snapshots."),
         ("2. Which part was hardest?", "The parser.")),
    form(("Q1: How would you secure the API?", "Answer: OAuth maybe? Rate limits too."),
         ("Q2: What did you skip?", "Answer: the admin page.")),
    form(("1. What would you add with more time?", "- More logging perhaps? And metrics."),
         ("2. How long did it take?", "Four hours.")),
    form(("Q) How would you test the widget?", "    Snapshot tests? Probably end-to-end ones as well."),
         ("Q) What was hardest?", "    The animation timing.")),
])
def test_a_short_question_opening_an_answer_is_the_writers_own_and_invites_nothing(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize("text", [
    form(("1. How would you find a memory leak?", "Do you use heap snapshots at your company? I would."),
         ("2. Which part was hardest?", "The parser.")),
    form(("Q1: How would you secure the API?", "Answer: OAuth."),
         ("Q2: What did you skip?", "Answer: the admin page.\nShall we go over it on a call?")),
    form(("1. What would you add with more time?", "Metrics."),
         ("2. How long did it take?", "Four hours.")) + "\n\nCould you let me know what you think?",
    form(("Q) How would you test the widget?", "    End-to-end."),
         ("Q) What was hardest?", "    The timing.")) + "\n\nWould you like me to add the snapshot tests too?",
])
def test_a_question_to_the_reader_in_or_after_the_answers_still_invites(text: str) -> None:
    assert_clean(RULE, text)


@pytest.mark.parametrize("content", [
    "I feel free to show you I can work with many state libraries.",
    "We always felt free to use any library the task allowed.",
    "I felt free to add a small caching layer.",
    "In this project I really feel free to try new patterns.",
])
def test_the_writers_own_liberty_offers_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "Feel free to send me any questions.",
    "Please feel free to reach out.",
    "I am free to show you the demo next week.",
    "Do feel free to ask me anything about the design.",
])
def test_the_reader_made_free_or_the_writer_free_to_meet_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "Or let's just chat on Monday instead.",
    "Let us set up a call next week.",
    "Lets catch up when you're back from leave.",
    "Let's discuss it further once you've read the code.",
    "Let's meet.",
])
def test_a_proposal_to_talk_together_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "Let's talk about the architecture first.",
    "Let's go through the setup: install Node, then run make.",
    "Let's start with the database layer.",
    "Let's meet the requirements one by one.",
])
def test_a_proposal_with_a_topic_the_note_goes_through_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "I am glad about a quick reply once the panel has met.",
    "We'll be pleased with any feedback on the schema.",
    "I'm happy for a short answer, even a no.",
    "I am very grateful for any update on the timeline.",
])
def test_the_writer_glad_of_a_reply_not_yet_given_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "I am grateful for your feedback on the first round.",
    "I was happy about the answer you gave on pairing.",
    "I am happy about my decision to use Go.",
    "I'm glad for a chance to learn Rust.",
])
def test_gladness_for_what_was_had_or_no_reply_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "We could dicsuss the trade-offs on a call.",
    "There are several points we could disucss further.",
    "I would be happy to dicuss the design.",
    "I am open to further discusion of the schema.",
])
def test_a_misspelled_verb_of_discussion_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The discus throw in the demo data is a joke.",
    "We discussed it in the first round.",
    "I used a dispatch queue for the jobs.",
    "The docs discuss the limits.",
])
def test_words_near_discuss_or_a_past_discussion_invite_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "I used Hono for the API (ask me to see this!).",
    "The deck is not in the repository (email me for the slides).",
    "I skipped Docker (ping me if you need it).",
    "Auth is mocked for now (contact me for the real keys).",
])
def test_an_imperative_to_the_reader_in_a_bracketed_aside_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The tests are slow (see the README for the flags).",
    "I skipped Docker (I asked them to email me the image).",
    "I skipped Docker (contact the maintainers for access).",
    "I used Hono (thanks to its Zod integration).",
])
def test_a_bracketed_aside_that_asks_the_reader_nothing_invites_nothing(content: str) -> None:
    assert flagged(note(content))

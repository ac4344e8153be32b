"""no-next-step (FL304) on the thirty-sixth batch's classes, each both ways on fresh wordings (not the batch's own).

Not inviting: a questionnaire's numbered prompts with the form's instruction to the candidate after their questions
("... ? Please include a snippet of code ...", "... ? If you didn't ..., then use this as an opportunity to explain
...", aj-106), labelled "1a." or wrapped onto a second line (aj-110); the writer's own question thinking aloud, its options listed at once ("Is there an opportunity to
improve performance through caching? Compression? Bundling?", aj-107); a list item's bold label naming a part of the
work ("- **Email after commit** (Celery), ...", aj-113); the work's own next step with the work as subject ("broader
CRUD/permission coverage is the next step", aj-113). Inviting: the writer's ability waiting on the reader's need ("I
can deploy again if it is needed", aj-168); a willingness to receive the reader's reply ("(Happy to read your
feedback, by the way!)", aj-172), a bracketed exclamation being the writer's own aside, no template instruction."""

from __future__ import annotations

import pytest

from _fl304_util import RULE, flagged, note
from followup_lint.testing import assert_clean


def form(*pairs: tuple[str, str]) -> str:
    """A questionnaire's answers sent as a note: each prompt's line, then the writer's answer below it."""
    return "\n\n".join(f"{prompt}\n{answer}" for prompt, answer in pairs)


# the form's instruction to the candidate after a numbered prompt's questions; "1a." labels, a prompt wrapped
# onto the next line
@pytest.mark.parametrize("text", [
    form(("1. Which library did you pick? Please explain why you chose it over the others.", "Zod, for its types."),
         ("2. How would you scale the importer?", "Shard by tenant.")),
    form(("1. How long did the task take? If you ran out of time, use this space to describe what is missing.",
          "Five hours; the export is missing."),
         ("2. What would you test next?", "The retry path.")),
    form(("1. What did you find hardest? Describe how you approached it.", "The date parsing, step by step."),
         ("2. How would you monitor the service in production?", "Metrics and alerts on the queue depth.")),
    form(("1. How long did you spend on the exercise?", "A day."),
         ("1a. What would you change with another day?", "The caching layer."),
         ("2. Which feature of your chosen framework helped you most? Feel free to add a short code sample.",
          "Signals.")),
    form(("1. How long did you spend?", "Six hours."),
         ("2. What was the most useful recent feature of your chosen\nlanguage? Please give an example of how you "
          "used it.", "Pattern matching, in the parser."),
         ("3. How would you debug a slow page?", "Profile it first.")),
])
def test_a_forms_numbered_prompts_with_its_instructions_invite_nothing(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "Hi Dana,\n\nA few questions of mine:\n1. Do you use Kafka? Just curious about your stack.\n2. Is the team "
    "remote? I ask because I would relocate.\n\nBest,\nSam",
    "Hi Dana,\n\nThank you for the exercise.\n\n1. Could you share the rota? Please tell me if it changes.\n"
    "2. Which office would I join? It helps my planning.\n\nBest,\nSam",
    form(("1. How long did it take?", "Four hours."),
         ("2. What was hardest?", "The parser.")) + "\n\n**Any feedback on my approach?**",
    form(("1. How long did it take?", "Four hours."),
         ("2. What was hardest?", "The parser.")) + "\n\nWhat would you change in my parser? Use the issues if easier.",
])
def test_the_writers_own_numbered_questions_and_remarks_still_invite(text: str) -> None:
    assert_clean(RULE, text)


# the writer thinking aloud: a question in an answer's prose, its options listed at once
@pytest.mark.parametrize("content", [
    "I profiled the page first. Where does the time go? Rendering? Network?",
    "We shipped the MVP in two days. Was it the right trade-off? Tests? Docs? Accessibility?",
    "The import is slow on large files. Could the parser stream instead? Chunks? Workers?",
    "I kept the schema flat. Is there room for normalisation later? Tags? Authors?",
])
def test_a_question_with_its_options_listed_at_once_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "\nIs there parking nearby? Lunch? Showers?",
    "I liked the office. Do you use Jenkins? GitHub Actions? CircleCI?",
    "I read the docs. Is the API versioned? REST?",
    "I kept the schema flat. Would your team prefer another layout? Tags? Authors?",
])
def test_a_question_opening_its_line_or_put_to_the_reader_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


# a list item's bold label naming a part of the work; the work's own next step with the work as subject
@pytest.mark.parametrize("content", [
    "What I built:\n- **Email after import** (Celery), one per user.\n- **Retries**: three, with backoff.",
    "Parts:\n* __Contact form__: validates the phone field.\n* __Search__: debounced.",
    "Done:\n1. **Call scheduler:** a cron job per tenant.\n2. **Exports:** CSV only.",
    "Tests cover the parser; load testing is the next step.",
    "The API is done, and adding pagination would be the next step.",
    "Caching is probably the next step for the dashboard.",
])
def test_a_parts_bold_label_and_the_works_own_next_step_invite_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "Questions welcome:\n- **Contact me**: sam@example.org",
    "An interview with the CTO is the next step, I understand.",
    "Hearing back from you is the next step.",
    "I look forward to the next step.",
    "- **Email me** if anything is unclear.",
])
def test_a_label_naming_the_writer_and_the_hiring_processs_next_step_still_invite(content: str) -> None:
    assert_clean(RULE, note(content))


# the writer's ability waiting on the reader's need; a willingness to receive the reader's reply
@pytest.mark.parametrize("content", [
    "The demo is down for now, but I could record a walkthrough if you need one.",
    "I can rerun the pipeline if it's needed.",
    "The server costs money, so I stopped it; I'll host the demo again if it is required.",
    "I can redo the migration should it be needed.",
    "Stuff I skipped (Glad to hear your thoughts on it!)",
    "Always happy to read your comments.",
    "I'm keen to get your thoughts on the schema.",
    "Glad to receive any suggestions.",
])
def test_an_ability_on_the_readers_need_and_a_wish_for_their_reply_invite(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "We can redeploy it if it is needed.",
    "I can work with Kotlin too if needed.",
    "I can cover the night shifts when needed.",
    "I can only run it locally if it is needed.",
    "I was happy to read your feedback on the first round.",
    "Glad to hear your feedback was positive.",
    "Happy to read the docs before starting.",
    "The tour was great (Mention what you liked about their office and your visit) and I learned a lot.",
])
def test_a_teams_design_a_past_pleasure_and_a_template_instruction_invite_nothing(content: str) -> None:
    assert flagged(note(content))

"""Template residue of three more kinds, and their look-alikes that stay clear (thirty-fourth batch).

- A word processor's field code shown raw instead of its result (ah-306 "the { MERGEFIELD Position } post"):
  ``fieldcode`` in [merge_tags] of ``data/placeholders.toml``, beside the merge tags of other tools.
- A row of marks (dots, dashes, ellipses) or an elided bracket ("[...]", "(…)") set apart where a word
  belongs (ah-308 "for the post of .............. as scheduled", ah-317 "our discussion about [...]"):
  ``rows`` in [blanks]. A pause glued to its word, a leader, a signature line, a quotation's elision, an
  elided list after a noun and code stay clear.
- A bracketed label its content follows ("- **[UI Enhancements]**: Improve ...", ah-112) is a heading, no slot.
"""

from __future__ import annotations

import pytest

from followup_lint import Draft, lint_draft
from followup_lint.document.placeholders import bracket_labels, find_placeholders


def _texts(line: str) -> list[str]:
    return [p.text for p in find_placeholders(line)]


# -- field codes of word processors and mail tools --------------------------------------------------------

@pytest.mark.parametrize("line,slot", [
    ("Thank you for considering me for the { MERGEFIELD Job_Title } opening.", "{ MERGEFIELD Job_Title }"),
    ('Dear { FILLIN "Interviewer\'s name" },', '{ FILLIN "Interviewer\'s name" }'),
    ("I enjoyed meeting the team at {MERGEFIELD Company \\* Caps} on Monday.", "{MERGEFIELD Company \\* Caps}"),
    ("It was a pleasure to speak with you, { mergefield FirstName }.", "{ mergefield FirstName }"),
    ('Dear { IF { MERGEFIELD Gender } = "F" "Ms." "Mr." } Tan,', "{ MERGEFIELD Gender }"),
    ('Our talk about { ASK Topic "Which topic?" } stayed with me.', '{ ASK Topic "Which topic?" }'),
    ('Sent on { DATE \\@ "d MMMM yyyy" } from Muscat.', '{ DATE \\@ "d MMMM yyyy" }'),
    ("Dear { GREETINGLINE }, thank you for Sunday.", "{ GREETINGLINE }"),
    # the rendered forms of other tools stay slots
    ("Hi «First_Name», thanks for Friday.", "«First_Name»"),
    ("Hello *|FNAME|*, thanks again for the tour.", "*|FNAME|*"),
    ("Dear {{ First Name }}, thank you for your time.", "{{ First Name }}"),
])
def test_a_raw_field_code_is_a_placeholder(line: str, slot: str) -> None:
    assert slot in _texts(line)


@pytest.mark.parametrize("line", [
    "I set up the MERGEFIELD codes for our mailing list last year.",
    "const { date, ref } = req.body was the bug I fixed.",
    "The helper returns { ask: true } when the queue is full.",
    "Call it with `{ MERGEFIELD Position }` in the letter template.",
    "```\n{ MERGEFIELD Position }\n```",
    "The field { MERGEFIELDS } does not exist in Word.",
])
def test_a_mention_or_a_program_is_no_field_code(line: str) -> None:
    assert _texts(line) == []


# -- a row of marks or an elided bracket where a word belongs ---------------------------------------------

@pytest.mark.parametrize("line,slot", [
    ("I am applying for the role of ........ at your Mysuru plant.", "........"),
    ("Thank you for the interview for the ------ position yesterday.", "------"),
    ("My interview with …… last Tuesday went well.", "……"),
    ("Dear Mr. ........., thank you for your time.", "........."),
    ("Thanks for the visit to your ......... warehouse.", "........."),
    ("We spoke about .......... and the night shift.", ".........."),
    ("I learned a lot about the [...] team from you.", "[...]"),
    ("Our conversation regarding […] was the highlight.", "[…]"),
    ("Thanks for the talk on (...) yesterday.", "(...)"),
    ("The visit to (…) made the role clear to me.", "(…)"),
    ("I am excited about the [ ... ] role.", "[ ... ]"),
    ("Hi [...],\n\nThanks for the call.", "[...]"),
])
def test_a_row_or_an_elided_bracket_where_a_word_belongs_is_a_blank(line: str, slot: str) -> None:
    assert slot in _texts(line)


@pytest.mark.parametrize("line", [
    "I was a bit nervous... but it went well.",                  # a pause glued to its word
    "Thank you so much...... for everything.",
    "Thank you for the interview... I enjoyed it.",
    "I waited for .... a long time, sorry.",                     # four dots: a long ellipsis
    "Overview of the role ........ 3",                          # a table of contents' leader
    "Signature: ....................",                          # a signature line
    "Regards,\n..............................\nRavi Kumar",
    "Section one\n\n----\n\nSection two",                       # a rule of dashes
    "| name | role |\n| ---- | ---- |",
    'You said "we ship daily [...] and test weekly", which stayed with me.',  # a quotation's elision
    "You said “the audit is about […] trust” and I agree.",
    "> the role involves [...] supplier audits\n\nI liked that part.",
    "useEffect dependencies (...) tripped me up.",              # an elided list after a noun (i-130)
    "I called `fn(...)` from the worker.",                      # code
    "the company's 5-year plan -- and its risks",
])
def test_a_pause_a_leader_a_quotation_or_code_is_no_blank(line: str) -> None:
    assert _texts(line) == []


# -- bracketed labels with their content ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- **[UI Enhancements]**: Improve the layout of the booking page.",
    "- __[Time Spent]__: About six hours on the parser.",
    "* *[Challenges]*: the cache invalidation took two evenings.",
    "**[Overall Difficulty]** : moderate, but fair.",
    "[Note]: the build needs Node 20.",
    "See the [Live demo](https://demo.example) for the result.",
])
def test_a_bracketed_label_with_its_text_or_link_text_is_no_slot(line: str) -> None:
    assert _texts(line) == []


@pytest.mark.parametrize("line,slot", [
    ("- **[Company Name]** was the best part of the week.", "[Company Name]"),
    ("Thank you for the interview at **[Company]**.", "[Company]"),
    ("I enjoyed the chat about **[topic]** - it was great.", "[topic]"),
    ("The [Job Title] role suits me: I have run two plants.", "[Job Title]"),
])
def test_a_slot_in_emphasis_without_a_label_colon_stays_a_slot(line: str, slot: str) -> None:
    assert slot in _texts(line)


# -- the rule: reported as residue, and no mechanics finding on its marks ---------------------------------

def _rules(body: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in lint_draft(Draft(body=body, subject="Interview follow-up")).findings:
        found.setdefault(f.rule, []).append(f.message)
    return found


@pytest.mark.parametrize("body,slot", [
    ("Dear Ms. Rao,\n\nI attended the interview for the post of ............ today.\n\nRegards,\nAnil", "............"),
    ("Dear ......,\n\nThank you for the interview.\n\nBest,\nSam", "......"),
    ("Dear Ms. Okoro,\n\nThank you for our talk about [...] on Monday.\n\nBest,\nSam", "[...]"),
    ("Dear Mr. Said,\n\nI remain keen on the { MERGEFIELD Role } post.\n\nBest,\nSam", "{ MERGEFIELD Role }"),
])
def test_the_rule_reports_the_residue_and_no_run_of_punctuation(body: str, slot: str) -> None:
    found = _rules(body)
    assert any(slot in m for m in found.get("leftover-placeholder", [])), found
    assert "repeated-punctuation" not in found


def test_a_pause_keeps_its_run_of_punctuation_finding_and_no_placeholder() -> None:
    found = _rules("Hi Ana,\n\nThanks so much...... It was a great day.\n\nBest,\nSam")
    assert "repeated-punctuation" in found
    assert "leftover-placeholder" not in found


# -- a bracketed label's words do nothing: no request in "[Email ...]", and the text after it still counts --

@pytest.mark.parametrize("text,labels", [
    ("Intro\n- **[UI Enhancements]**: Improve the layout.", ["[UI Enhancements]"]),
    ("[Note]: the build needs Node 20.", ["[Note]"]),
    ("  2. __[Time Spent]__ : six hours", ["[Time Spent]"]),
    ("* [Call Flow]:\n  - the IVR menu", ["[Call Flow]"]),
])
def test_a_bracketed_label_opening_its_line_is_read_as_a_label(text: str, labels: list[str]) -> None:
    assert [text[a:b] for a, b in bracket_labels(text)] == labels


@pytest.mark.parametrize("text", [
    "Dear [Name]: thank you for Monday.",          # not at the line's start: a slot's business
    "I liked the **[topic]** part: the queues.",
    "- [Company Name] was great",                   # no colon: no label
])
def test_a_bracket_elsewhere_is_no_label(text: str) -> None:
    assert bracket_labels(text) == ()


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\n- **[Email Notification System]**: Configuring nodemailer took a day.\n\nBest,\nSam",
    "Hi Dana,\n\n- [Call Handling]: The IVR menu was rebuilt.\n- [Text Search]: Postgres full-text.\n\nBest,\nSam",
    "Hi Dana,\n\n**[Contact Sync]**: the CRM import now runs nightly.\n\nBest,\nSam",
    "Hi Dana,\n\n1. __[Message Queue]__: RabbitMQ with retries.\n\nBest,\nSam",
])
def test_a_label_that_opens_with_a_contact_verb_invites_nothing(body: str) -> None:
    assert "no-next-step" in _rules(body)


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\n- **[Next Steps]**: Please let me know if you need anything else.\n\nBest,\nSam",
    "Hi Dana,\n\n- [Availability]: Call me any time this week.\n\nBest,\nSam",
    "Hi Dana,\n\n[Note]: I look forward to hearing from you.\n\nBest,\nSam",
    "Hi Dana,\n\nEmail me if the demo link breaks.\n\nBest,\nSam",
])
def test_an_invitation_after_a_label_or_without_one_still_invites(body: str) -> None:
    assert "no-next-step" not in _rules(body)

"""greeting-punctuation (FL108): a greeting line needs a comma, a colon or an exclamation mark."""

from __future__ import annotations

import pytest

from followup_lint import Applicability, Draft, apply_fixes, lint_draft
from followup_lint.rules.punctuation_lines import GreetingPunctuation
from followup_lint.testing import assert_clean, findings_of, flagged_texts

RULE = GreetingPunctuation
REST = "\n\nThank you for the interview today.\n\nBest regards,\nSam"


@pytest.mark.parametrize("line", [
    "Hi Dana,", "Dear Ms. Okafor:", "Hi Dana!", "Hello,", "Dear all,", "Dear Dr. K. Mensah,", "Good morning Eng. Layla,",
    "Hi Dana, thanks for today", "Hi, thanks so much for today",
])
def test_punctuated_greetings_pass(line: str) -> None:
    assert_clean(RULE, line + REST)


@pytest.mark.parametrize("line,span", [
    ("Hi Dana", "Hi Dana"), ("Dear Ms. Okafor", "Dear Ms. Okafor"), ("Hello", "Hello"), ("Hey team", "Hey team"),
    ("Dear Tanaka-san", "Dear Tanaka-san"), ("Good afternoon Chief Okoro", "Good afternoon Chief Okoro"),
])
def test_bare_greetings_are_reported_on_the_greeting_words(line: str, span: str) -> None:
    assert flagged_texts(RULE, line + REST) == [span]


def test_the_safe_fix_adds_a_comma_and_is_idempotent() -> None:
    body = "Hi Dana" + REST
    [f] = findings_of(RULE, body)
    assert f.fixes and f.fixes[0].applicability is Applicability.SAFE
    from followup_lint import Draft, lint_draft

    report = lint_draft(Draft(body=body))
    fixed = apply_fixes(Draft(body=body), report)
    assert fixed.body.startswith("Hi Dana,\n")
    assert flagged_texts(RULE, fixed.body) == []


def test_no_greeting_no_finding() -> None:
    assert_clean(RULE, "Thank you for the interview today.\n\nBest regards,\nSam")


@pytest.mark.parametrize("line,mark", [("Dear Ms. Okoro;", ";"), ("Hi Dana -", "-"), ("Good morning Priya —", "—")])
def test_a_mark_a_greeting_does_not_take_is_reported_and_replaced(line: str, mark: str) -> None:
    body = line + REST
    [f] = findings_of(RULE, body)
    assert mark in f.message
    from followup_lint import Draft, lint_draft

    fixed = apply_fixes(Draft(body=body), lint_draft(Draft(body=body))).body
    assert fixed.splitlines()[0] == line[: line.rindex(mark)].rstrip() + ","
    assert flagged_texts(RULE, fixed) == []


# Outside batch "final", class 3: a greeting typed on a phone, all lower case and without a mark; and a
# template's greeting with a colon after "Dear" and the addressee (or an instruction) after it
@pytest.mark.parametrize("line", ["hey marcus", "hello ngozi", "hi anil kumar", "Hi oluwaseun", "good morning tunde"])
def test_a_lower_case_phone_greeting_without_a_mark_is_reported(line: str) -> None:
    assert flagged_texts(RULE, line + REST) == [line]


@pytest.mark.parametrize("line", ["hey marcus,", "hello ngozi!", "hi anil kumar:"])
def test_a_lower_case_greeting_with_its_mark_passes(line: str) -> None:
    assert_clean(RULE, line + REST)


@pytest.mark.parametrize("line", ["Dear: (Hiring manager's name)", "Dear: [Interviewer Name]", "Dear: Mr. Okafor",
                                  "Hello: (first name of the recruiter)"])
def test_a_colon_before_the_addressee_is_not_the_greetings_mark(line: str) -> None:
    assert flagged_texts(RULE, line + REST) == [line]


@pytest.mark.parametrize("line", ["hi thanks again", "hey sorry to bother", "hello again"])
def test_a_lower_case_line_of_words_that_are_never_names_is_not_read_as_a_bare_greeting(line: str) -> None:
    assert flagged_texts(RULE, line + REST) == []


# A greeting run into the message on its line with no mark between them (typed on a phone)
@pytest.mark.parametrize("line,span", [
    ("Hi Dana thanks for today", "Hi Dana"), ("Hey Priya loved the kitchen tour this morning", "Hey Priya"),
    ("Hello Mr. Osei just wanted to say thank you", "Hello Mr. Osei"),
    ("Good evening Tomasz great talking with you earlier", "Good evening Tomasz"),
])
def test_a_greeting_glued_to_its_message_is_reported(line: str, span: str) -> None:
    [f] = findings_of(RULE, line + REST)
    assert f.data.get("glued") and f.fixes[0].edits[0].replacement == ","
    assert flagged_texts(RULE, line + REST) == [span]


@pytest.mark.parametrize("line", [
    "Dear Sir or Madam,", "Hi Ana and Raj,", "Hi Dana, thanks a lot for today", "Hi Dana! thanks for the tour",
])
def test_names_joined_or_a_mark_before_the_message_are_no_glued_greeting(line: str) -> None:
    assert_clean(RULE, line + REST)


@pytest.mark.parametrize("body,span", [
    ("{Interviewer's Name}\n\nDear, {Their Last Name}\n\nI attended an interview.", "Dear, {Their Last Name}"),
    ("[Hiring Manager Name]\n\nDear, [Name]\n\nThank you for the call.", "Dear, [Name]"),
    ("Dear, Ms Hale\n\nThank you for the call.", "Dear, Ms Hale"),
])
def test_a_mark_after_dear_and_none_after_the_name_is_reported(body: str, span: str) -> None:
    assert flagged_texts(RULE, body) == [span]


@pytest.mark.parametrize("line,span", [
    ("hey priya loved the kitchen tour this morning", "hey priya"), ("hi priya thanks so much for today", "hi priya"),
    ("hello raj just wanted to say thank you", "hello raj"),  # a nickname of Rajesh
])
def test_a_lower_case_greeting_glued_to_its_message_is_read_with_the_interview(line: str, span: str) -> None:
    from followup_lint import Interview, Interviewer

    panel = Interview(interviewers=(Interviewer("Priya Raman"), Interviewer("Rajesh Iyer")))
    assert flagged_texts(RULE, line + REST, panel) == [span]
    assert flagged_texts(RULE, line + REST) == []  # without the interview the name cannot be told


def test_a_lower_case_greeting_without_a_name_is_no_glued_greeting() -> None:
    from followup_lint import Interview, Interviewer

    assert flagged_texts(RULE, "hi thanks so much for today priya" + REST,
                         Interview(interviewers=(Interviewer("Priya Raman"),))) == []


# Outside batch "seventh", class 5 (w-001): a greeting followed by an aside in brackets, with no mark after
# the greeting words or after the aside, has no closing mark.
@pytest.mark.parametrize("line,span", [
    ("Hello there (sorry if I got your name wrong in my last note, I mixed up two threads).", "Hello there"),
    ("Hi Priya (apologies for the late note, the week ran away from me)", "Hi Priya"),
    ("Dear Mr. Osei (I hope the flight back from the Accra site visit was smooth) I write to thank you.",
     "Dear Mr. Osei"),
])
def test_a_greeting_before_an_aside_with_no_mark_is_reported(line: str, span: str) -> None:
    assert flagged_texts(RULE, line + REST) == [span]


@pytest.mark.parametrize("line", [
    "Hi Priya (and team), thanks again for the tour.",
    "Good morning Ms. Reyes (and the whole panel): thank you for today.",
    "Hello there! (I hope the move went well.)",
    "Hi Dana, (quick note from my phone) thanks for today.",
])
def test_a_greeting_with_its_mark_before_or_after_an_aside_passes(line: str) -> None:
    assert_clean(RULE, line + REST)


# outside batch "eighth", class 4: a dash between the greeting and the message on its line is no comma,
# colon or exclamation mark (the label's definition, read literally); "Hi Dana - thanks ..." moved here from
# the clean cases above
@pytest.mark.parametrize("line,span,dash", [
    ("Hi Dana - thanks for the tour today", "Hi Dana", "-"),
    ("Good afternoon Ms. Lindqvist — I wanted to follow up on Tuesday.", "Good afternoon Ms. Lindqvist", "—"),
    ("Hello [Hiring Manager] – just checking in on the role.", "Hello [Hiring Manager]", "–"),
    ("Dear Dr. Mensah — thank you again for the site visit.", "Dear Dr. Mensah", "—"),
])
def test_a_dash_between_the_greeting_and_the_message_is_reported(line, span, dash):
    [f] = findings_of(RULE, line + REST)
    assert f.data.get("dash") and dash in f.message and flagged_texts(RULE, line + REST) == [span]
    assert f.fixes[0].edits[0].replacement == ","


@pytest.mark.parametrize("line", [
    "Hi Dana, thanks - the tour was great", "Hi Dana,\n\nThe tour - all of it - was great.",
    "Hi - thanks for today", "Hello Dana-Marie, thanks for today",
])
def test_a_dash_after_the_greetings_comma_or_inside_a_name_is_not_reported(line):
    assert_clean(RULE, line + REST)


# Outside batch 11, class 4: a code host's handle after the salutation, run into the message (fresh wordings)
@pytest.mark.parametrize("body,span", [
    ("Hi @dana-ok Could you take a look at my PR?", "Hi @dana-ok"),
    ("Hello @priya_r I pushed the fix yesterday.", "Hello @priya_r"),
    ("Hey @sam.lee can you rerun the failing check?", "Hey @sam.lee"),
    ("Hi @maintainer Thanks for the review, I updated the tests.", "Hi @maintainer"),
    ("Dear @kofi-mensah Please find my submission below.", "Dear @kofi-mensah"),
])
def test_a_handle_run_into_the_message_has_no_comma(body: str, span: str) -> None:
    _reported_with_a_comma_after(body, span)


def _reported_with_a_comma_after(body: str, span: str) -> None:
    """The greeting ``span`` opening ``body`` is the one finding, and its fix puts a comma right after it."""
    assert flagged_texts(RULE, body) == [span]
    [f] = findings_of(RULE, body)
    [edit] = f.fixes[0].edits
    assert (edit.start, edit.end, edit.replacement) == (len(span), len(span), ",")


@pytest.mark.parametrize("body", [
    "Hi @dana, could you take a look at my PR?",
    "Hi @dana! Could you take a look at my PR?",
    "Hi @dana and @raj, thanks for the review.",
    "Hi @dana or whoever picks this up, thanks.",
    "Hi @dana: the fix is pushed.",
])
def test_a_handle_with_its_mark_or_joined_to_another_is_fine(body: str) -> None:
    assert_clean(RULE, body)


# Outside batch "twelfth" (m-004): an interjection before the greeting ("Oh Bonjour") is part of the
# greeting line, which still wants its comma; an interjection opening a sentence is no greeting.
@pytest.mark.parametrize("body,greeting", [
    ("Oh hello Marta\n\nHere is the take-home.\n\nSam", "Oh hello Marta"),
    ("Ah hi Tomasz\n\nThe repository is public now.\n\nSam", "Ah hi Tomasz"),
    ("Well hello Priya\n\nI pushed the last fixes.\n\nSam", "Well hello Priya"),
    ("Oh hola Lucía\n\nGracias for the call.\n\nSam", "Oh hola Lucía"),
    ("Oh hey team\n\nThe demo is live.\n\nSam", "Oh hey team"),
    ("Ah good morning Dr. Osei\n\nThank you for today.\n\nSam", "Ah good morning Dr. Osei"),
    ("Oh ciao Paolo\n\nThanks for the review.\n\nSam", "Oh ciao Paolo"),
    ("oh hi Rui\n\nthe branch is merged.\n\nSam", "oh hi Rui"),
])
def test_a_greeting_after_an_interjection_wants_its_comma(body: str, greeting: str) -> None:
    assert flagged_texts(GreetingPunctuation, body) == [greeting]


@pytest.mark.parametrize("body", [
    "Oh hello Marta,\n\nHere is the take-home.\n\nSam",
    "Ah hi Tomasz!\n\nThe repository is public now.\n\nSam",
    "Oh no, the link in my last note was broken.\n\nSam",
    "Well, here is the second version.\n\nSam",
    "Oh well, the build passes now.\n\nSam",
    "Ah, I forgot the attachment.\n\nSam",
    "Well done on the launch, and thanks for the call.\n\nSam",
    "Oh hey Marta:\n\nThe demo is live.\n\nSam",
])
def test_a_punctuated_greeting_or_an_interjection_opening_a_sentence_is_clean(body: str) -> None:
    assert flagged_texts(GreetingPunctuation, body) == []


# Outside notes, class "a greeting made only of @handles" (GitHub-style): @mentions before the text on their
# line are the code host's convention (decided on the fourteenth batch, p-003/p-006): no finding.
@pytest.mark.parametrize("line", [
    "@mkoh @dag.larsen Here is my solution for the second exercise",
    "@OluAdeyemi  @sfernandes I have pushed the fixes you asked for",
    "@tomasz_nowak Attached is the finished take-home",
    "@ingridb @haruto submitting my answers to the data exercise now",
    "@xq7 Hello, did you get my submission?",
    "@dev-team42 any update on the review?",
])
def test_mentions_before_the_message_on_their_line_are_no_bare_greeting(line: str) -> None:
    assert_clean(RULE, line + "\n\nThanks,\nLee")


# A Markdown heading that is the greeting, the text on the lines below (fourteenth p-102): a greeting line.
@pytest.mark.parametrize("body,span", [
    ("# Dear Hiring Team\nHere are my notes on the take-home.\n\n- I used React.", "Dear Hiring Team"),
    ("## Hi Michael\nThanks for the chance to do this exercise.", "Hi Michael"),
    ("# Hello reviewers\nThis repository holds my solution.", "Hello reviewers"),
    ("### Dear Ms. Okafor\n\nPlease find my solution below.", "Dear Ms. Okafor"),
])
def test_a_markdown_heading_greeting_without_its_mark_is_reported(body: str, span: str) -> None:
    assert flagged_texts(RULE, body) == [span]


@pytest.mark.parametrize("body", [
    "# Dear Reviewer,\nThis repository holds my solution.",
    "# Solution notes\nThis repository holds my solution.",
    "# Hi Michael!\nThanks for the chance to do this exercise.",
    "# Backend\n\nHi @akshay,\n\nHere is my solution.",
])
def test_a_punctuated_heading_greeting_or_a_plain_title_is_clean(body: str) -> None:
    assert_clean(RULE, body)


@pytest.mark.parametrize("body", [
    "@mkoh @dag.larsen, here is my solution for the second exercise.\n\nThanks,\nLee",
    "@mkoh: attached is the finished take-home.\n\nThanks,\nLee",
    "Here is my solution, @mkoh, for the second exercise.\n\nThanks,\nLee",
    "CC: @mkoh\n\nHere is my solution.\n\nThanks,\nLee",
])
def test_handles_with_a_mark_or_inside_the_text_are_no_bare_greeting(body: str) -> None:
    assert_clean(RULE, body)


# ... and "I" after the greeting's name starts the message: the span stops at the name
@pytest.mark.parametrize("line,span", [
    ("Hi @PetraAG I just updated my task file", "Hi @PetraAG"), ("Hi Dana I just wanted to say thanks", "Hi Dana"),
    ("Hello Ms Okafor I am writing about the role", "Hello Ms Okafor"), ("Hey Jo I'm so glad we met", "Hey Jo"),
])
def test_the_pronoun_i_after_the_name_is_no_part_of_the_greeting(line: str, span: str) -> None:
    assert flagged_texts(RULE, line + REST) == [span]


# Outside batches tenth ("Hello.") and sixteenth (a-101 "Hi join.com team. We ...", a-117 "Hey guys.", a-206
# "Dear Sir or Madam" with no mark): a full stop after a greeting is no greeting punctuation, and a generic
# greeting (both forms of address, a group, a company's team) is a greeting for this check.
@pytest.mark.parametrize("body,flagged", [
    ("Hey everyone.\n\nAny news on the shortlist?", "Hey everyone."),
    ("Hello Brightwave team. Here is my take-home, as promised.", "Hello Brightwave team."),
    ("hi acme folks. i pushed the fixes last night", "hi acme folks."),
    ("Good morning all.\nI am writing about the assessment.", "Good morning all."),
    ("Hi Priya. Thanks again for the tour of the lab.", "Hi Priya."),
    ("Dear Sir / Madam\n\nI write to ask about the results.", "Dear Sir / Madam"),
    ("Respected Sir or Madam\nI am grateful for the interview.", "Respected Sir or Madam"),
    ("Dear Madam or Sir\n\nThank you for the interview.", "Dear Madam or Sir"),
    ("Dear Ms. Recruiter's name\n\nThank you for the call.", "Dear Ms. Recruiter's name"),  # a stand-in
])
def test_a_full_stop_or_nothing_after_a_generic_or_named_greeting_is_reported(body: str, flagged: str) -> None:
    assert flagged_texts(RULE, body) == [flagged]


@pytest.mark.parametrize("body", [
    "Dear Sir or Madam,\n\nI write to ask about the results.",
    "Hello everyone!\n\nAny news on the shortlist?",
    "Dear Sis. Abena,\n\nThank you for the interview.",
    "Hi J.R. Tolkien,\n\nThanks for the chat.",
    "Hi Dana...\n\nthanks again for today",
    "Hi team, thanks. We met on Monday.",
])
def test_an_abbreviation_ellipsis_or_a_later_full_stop_is_no_full_stop_greeting(body: str) -> None:
    assert flagged_texts(RULE, body) == []


def test_the_fix_writes_a_comma_for_the_full_stop() -> None:
    found = findings_of(RULE, "Hey everyone.\n\nAny news?")
    assert [f.data.get("full_stop") for f in found] == [True]
    body = "Hey everyone.\n\nAny news?"
    assert apply_fixes(Draft(body=body), lint_draft(Draft(body=body))).body.startswith("Hey everyone,\n")


# Outside batch "eighteenth" (c-112 "Hii @nate-double-u  it's last ...", c-122 "Professor Ge @GeZhouyang" alone
# on its line), class: a stretched salutation and a handle running into the text, and a title and a name alone
# on the first line: both greetings want their comma.
@pytest.mark.parametrize("text,span", [
    ("Hiii @amara-dev the branch is ready" + REST, "Hiii @amara-dev"),
    ("Heyy Dana thanks for the call" + REST, "Heyy Dana"),
    ("Dr. Mensah\n\nDid my e-mail reach you?", "Dr. Mensah"),
    ("Prof. Amara Okafor @aokafor\nI sent the slides this morning.", "Prof. Amara Okafor @aokafor"),
])
def test_a_stretched_or_title_only_greeting_without_its_comma_is_reported(text: str, span: str) -> None:
    assert flagged_texts(RULE, text) == [span]


@pytest.mark.parametrize("text", [
    "Hiii @amara-dev, the branch is ready" + REST,
    "Dr. Mensah,\n\nDid my e-mail reach you?",
    "Dana Okafor\n\nDid my e-mail reach you?",   # a name alone, no title: not read as a greeting
])
def test_a_stretched_or_title_only_greeting_with_its_comma_or_none_passes(text: str) -> None:
    assert_clean(RULE, text)


# Outside batch "eighteenth" (c-121 "Hello professor. My name is ..."): the full stop after the title is the
# greeting's wrong mark, the next sentence no part of it.
@pytest.mark.parametrize("text,span", [
    ("Dear Sir. I am writing about the PhD position." + REST, "Dear Sir."),
    ("Good morning madam. This is Chen from the data team." + REST, "Good morning madam."),
])
def test_a_full_stop_after_a_title_before_a_sentence_is_reported_on_the_greeting(text: str, span: str) -> None:
    assert flagged_texts(RULE, text) == [span]


# Outside batch nineteenth (d-101, d-107), class "a salutation's @handles end the greeting line with no mark":
# the handles are who is greeted, the message is on the lines below; the comma goes after the last handle
# (fresh wordings).
@pytest.mark.parametrize("body,span", [
    ("Hello @mira-k @tjansen\nMy revised proposal is up on the forum.\n\nThanks", "Hello @mira-k @tjansen"),
    ("Hi, @OkonkwoDev\nThe second draft is ready for a look.", "Hi, @OkonkwoDev"),
    ("Dear @lena_v and @p.ortiz  \nI pushed the last two commits.", "Dear @lena_v and @p.ortiz"),
    ("Hey @noor_a & @bwu\n\nThe benchmark numbers are in the PR.", "Hey @noor_a & @bwu"),
])
def test_handles_ending_the_greeting_line_want_a_comma_after_them(body: str, span: str) -> None:
    _reported_with_a_comma_after(body, span)


@pytest.mark.parametrize("body", [
    "Hello @mira-k @tjansen,\nMy revised proposal is up on the forum.",
    "Hi, @OkonkwoDev!\nThe second draft is ready for a look.",
    "Dear @lena_v and @p.ortiz:\nI pushed the last two commits.",
    "@mira-k @tjansen\nMy revised proposal is up on the forum.",
    "Hi,\n@mira-k the second draft is ready.",
    "Hi, thanks @mira-k\nfor the quick review.",
    "Hello @mira-k @tjansen",
])
def test_handles_with_their_mark_or_without_a_salutation_or_a_message_below_are_not_reported(body: str) -> None:
    assert_clean(RULE, body)

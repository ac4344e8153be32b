"""leftover-placeholder (FL205) on the thirty-fifth batch's new kinds of residue: a word processor's
form-control prompt left where its value belongs ("Click or tap here to enter a date." as a letter's date line,
ai-304), a spreadsheet formula never evaluated ("the =VLOOKUP(B7,Jobs!A:C,3,FALSE) position", ai-316), and a
template engine's tag of another syntax than Jinja's ("the <%= role %> role", ai-317). And what is not residue:
a formula shown in code or named as one, "=" in prose, quoted-printable text, a shell variable in code, an
e-mail's angle brackets, a percent sign, a prompt quoted or used as prose. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.rules.placeholder import LeftoverPlaceholder
from followup_lint.testing import assert_clean, flagged_texts

RULE = LeftoverPlaceholder


def note(line: str) -> str:
    return f"Dear Ms. Okafor,\n\n{line}\n\nBest regards,\nRavi Menon"


@pytest.mark.parametrize("line,slot", [
    ("I can start on Click or tap to enter a date. if that suits the team.", "Click or tap to enter a date."),
    ("The role I applied for is Choose an item. in the Nairobi office.", "Choose an item."),
    ("Click or tap here to enter text.\n\nThank you for the tour of the cold store.",
     "Click or tap here to enter text."),
    ("Thank you for the interview on Click here to enter a date.", "Click here to enter a date."),
    ("My notice period ends on Click or tap here to enter a date", "Click or tap here to enter a date"),
    ("Thank you for the tour.\nChoose a building block.", "Choose a building block."),
])
def test_a_form_controls_prompt_is_a_placeholder(line: str, slot: str) -> None:
    assert flagged_texts(RULE, note(line)) == [slot]


@pytest.mark.parametrize("line", [
    'The intake form still said "Click here to enter text." in every box, so I rebuilt it in React.',
    "Choose an item from the menu and the basket updates at once.",
    "On the kiosk you click here to enter text and the keyboard slides up.",
    "In my demo, users choose an item, then tap Pay.",
    "The date field shows a Click to enter a date hint until the picker opens.",
])
def test_prose_about_form_controls_stays_clear(line: str) -> None:
    assert_clean(RULE, note(line))


@pytest.mark.parametrize("line,slot", [
    ("Thank you for the interview for the =INDEX(Roles,2) position.", "=INDEX(Roles,2)"),
    ("I enjoyed meeting =C4 and the night-shift team.", "=C4"),
    ("I am keen to join =Companies!$B$12 as an analyst.", "=Companies!$B$12"),
    ("The =IFERROR(VLOOKUP(A2,Roles!A:C,3,0),\"TBC\") role suits my background.",
     "=IFERROR(VLOOKUP(A2,Roles!A:C,3,0),\"TBC\")"),
    ("Thank you for the tour of =Sheet1.D7 yesterday.", "=Sheet1.D7"),
    ("It was good to hear about ='Job list'!C3 plans.", "='Job list'!C3"),
])
def test_an_unevaluated_spreadsheet_formula_is_a_placeholder(line: str, slot: str) -> None:
    assert flagged_texts(RULE, note(line)) == [slot]


def test_a_formula_where_the_name_belongs_is_a_placeholder() -> None:
    assert flagged_texts(RULE, "Dear =B2,\n\nThank you for the tour.\n\nBest,\nRavi") == ["=B2"]


@pytest.mark.parametrize("line", [
    "If the backlog is x = 5 days, we clear it by Friday.",
    "I set retries=3 and timeout=30 in the worker.",
    "The `=VLOOKUP(B7,Jobs!A:C,3,FALSE)` call was the slow part of the sheet.",
    "```\n=INDEX(Roles,2)\n```\nThat is the lookup I mentioned.",
    "I rewrote your =VLOOKUP formulas as one table.",
    "The =SUMIFS(B:B,A:A,A2) formula now runs in a second.",
    "I used =XLOOKUP(A2,B:B,C:C) instead of nested lookups.",
    "The export came out as don=E2=80=99t and =E2=80=9Cquoted=E2=80=9D text.",
    "Scores <= 3 and >= 8 were outliers.",
    "E=MC2 was on the whiteboard in the lab.",
])
def test_equals_signs_and_formulas_shown_on_purpose_stay_clear(line: str) -> None:
    assert_clean(RULE, note(line))


@pytest.mark.parametrize("line,slot", [
    ("I am excited about the <%= @position %> role.", "<%= @position %>"),
    ("Thank you for meeting me at <%- office.city %> on Monday.", "<%- office.city %>"),
    ("I would love to join <?= $company ?> next spring.", "<?= $company ?>"),
    ("I enjoyed the tour of <?php echo $site; ?> very much.", "<?php echo $site; ?>"),
    ("Please pass my thanks to {!! $team_lead !!} as well.", "{!! $team_lead !!}"),
    ("I look forward to the {$role} role.", "{$role}"),
    ("Thank you for the @Model.JobTitle interview.", "@Model.JobTitle"),
    ("I enjoyed meeting the @(ViewBag.TeamName) team.", "@(ViewBag.TeamName)"),
])
def test_a_template_engines_tag_is_a_placeholder(line: str, slot: str) -> None:
    assert flagged_texts(RULE, note(line)) == [slot]


def test_a_razor_member_in_the_greeting_is_a_placeholder() -> None:
    assert flagged_texts(RULE, "Dear @Model.FirstName,\n\nThank you for the tour.\n\nBest,\nRavi") == [
        "@Model.FirstName"]


@pytest.mark.parametrize("line", [
    "The page template used `<%= render partial %>` blocks that I moved to components.",
    "Run `echo $HOME` and `<?= phpversion() ?>` to check the box.",
    "> On Monday, Dana <dana@okafor.example> wrote:\n> Thanks for coming in.",
    "Churn fell below 5% <% of the target> is how the old report put it.",
    "Conversion rose 40% and churn fell to <5% this quarter.",
    "You can ping me @Model on the data Slack.",
    "My old address was ravi@Model.example, now closed.",
    "I kept the {$x$} maths in the README as LaTeX.",
])
def test_code_mail_quoting_and_percent_signs_stay_clear(line: str) -> None:
    assert_clean(RULE, note(line))

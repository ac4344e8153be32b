"""Template mode: a slot for a strength or a question counts as adding one (no-added-strength-or-question),
and a slot in the subject counts at a typical length, not as its own text (subject-line)."""

from __future__ import annotations

import pytest

from _cli_util import FIXTURE_REPO, run_cli
from followup_lint import Config, Draft, Linter

LINTER = Linter(Config(select=("FL301", "FL207")))
BODY = ("Hi {{interviewer_first_name}},\n\nThank you for talking with me about the {{role}} position. I enjoyed "
        "our conversation about {{specific_moment}}.\n\n{extra}I look forward to hearing about next steps.\n\n"
        "Best regards,\n{{your_name}}\n")


def codes(body: str, subject: str = "Thank you - {{role}} interview", template: bool = True) -> list[str]:
    report = LINTER.lint(Draft(body=body, subject=subject), template=template, clock=False)
    return [f.code for f in report.findings]


@pytest.mark.parametrize("slot", ["{{strength}}", "[a strength you did not mention]", "{{ key_skill }}",
                                  "{{question_about_the_team}}", "[Your question]"])
def test_a_strength_or_question_slot_counts_as_adding_one(slot):
    body = BODY.replace("{extra}", f"I would be glad to say more about {slot}.\n\n")
    assert "FL301" not in codes(body)
    plain = BODY.replace("{extra}", "")
    assert "FL301" in codes(plain)                       # no slot: still reported
    assert "FL301" in codes(body.replace(slot, "{{company}}"))  # another kind of slot does not count


def test_subject_slots_count_at_a_typical_length():
    short = "Thank you - {{interviewer_first_name_for_the_greeting}} / {{role}}"
    assert len(short) > 50
    report = LINTER.lint(Draft(body=BODY.replace("{extra}", "I can share more about {{strength}}.\n\n"),
                               subject=short), template=True, clock=False)
    assert not [f for f in report.findings if f.data.get("problem") == "long"]
    long_subject = "Thank you for the {{role}} interview with the whole team on Tuesday afternoon"
    report = LINTER.lint(Draft(body=BODY.replace("{extra}", ""), subject=long_subject), template=True, clock=False)
    (f,) = [f for f in report.findings if f.data.get("problem") == "long"]
    assert f.data["chars"] == len(long_subject) - len("{{role}}") + 12 and "about" in f.message


def test_the_projects_own_template_fixture_is_clean(monkeypatch, capsys):
    r = run_cli(["check", "--isolated", "--template", "templates/thank-you.md"], FIXTURE_REPO,
                monkeypatch=monkeypatch, capsys=capsys)
    assert r.code == 0 and "FL301" not in r.out and r.out.splitlines()[-1] == "No findings in 1 file."

"""leftover-placeholder (FL205): template text never filled in, and slots in template mode."""

from __future__ import annotations

import pytest

from followup_lint.rules.placeholder import LeftoverPlaceholder
from followup_lint.testing import assert_clean, findings_of, flagged_texts

RULE = LeftoverPlaceholder


@pytest.mark.parametrize("body,spans", [
    ("Dear [Interviewer Name],\n\nThanks for the interview at Company Name.", ["[Interviewer Name]", "Company Name"]),
    ("Hi {{first_name}},\n\nThanks.", ["{{first_name}}"]),
    ("Hi Dana,\n\nThanks {name}.", ["{name}"]),
    ("Dear Mr./Mrs. ______,\n\nThanks.", ["______"]),
    ("Dear Ms. Recruiter,\n\nThanks.", ["Recruiter"]),
    ("Hi Dana,\n\nThanks for the chat about <Project>.", ["<Project>"]),
    ("Hi Dana,\n\nThanks (interviewer's name) for today.", ["(interviewer's name)"]),
    ("Hi Dana,\n\nI liked [the job].", ["[the job]"]),
])
def test_unfilled_template_text(body: str, spans: list[str]) -> None:
    assert flagged_texts(RULE, body) == spans


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nSee [1] and [link](https://example.org/notes).",
    "Hi Dana,\n\nThe budget is TBD for now.",
    "Hi Dana,\n\nI liked the <3 emoji joke.",
    "Hi Dana,\n\nThe dict {} was empty in my demo.",
])
def test_links_citations_and_ordinary_text_are_not_placeholders(body: str) -> None:
    assert_clean(RULE, body)


def test_xxx_alone_in_the_subject() -> None:
    assert flagged_texts(RULE, "Hi Dana,\n\nThanks.", subject="Thank you - XXX") == ["XXX"]


def test_template_mode_treats_them_as_slots() -> None:
    assert_clean(RULE, "Hi {{first_name}},\n\nThanks for [something you discussed].", template=True)


def test_the_finding_names_the_kind_of_placeholder() -> None:
    [f] = findings_of(RULE, "Hi {{first_name}},\n\nThanks.")
    assert f.data["placeholder"] == "{{first_name}}" and f.data["kind"]

"""reading-level (FL306): info above Flesch-Kincaid grade 10 (option)."""

from __future__ import annotations

import pytest

from followup_lint.rules.length import ReadingLevel
from followup_lint.testing import assert_clean, findings_of


def note(text: str) -> str:
    return f"Dear Dr. Okafor,\n\n{text}\n\nKind regards,\nSam"


DENSE = [
    "I sincerely appreciated our comprehensive conversation regarding organisational transformation, "
    "interdepartmental collaboration, and the operationalisation of sophisticated quantitative methodologies "
    "within your increasingly international manufacturing organisation, particularly the implementation of "
    "standardised performance measurement infrastructure.",
    "Your characterisation of the institutional considerations surrounding regulatory compliance "
    "documentation was particularly illuminating, especially regarding the prioritisation of "
    "cross-functional accountability mechanisms and the consolidation of fragmented operational "
    "responsibilities across geographically distributed subsidiaries.",
    "The comprehensive architectural modernisation initiative you described, encompassing infrastructure "
    "virtualisation, application containerisation, and continuous integration methodologies, "
    "corresponds remarkably closely with my professional experience implementing enterprise-scale "
    "transformation programmes for multinational financial institutions.",
]
PLAIN = [
    "Thank you for our talk today. I liked hearing how your team plans the new line in Leeds. "
    "You test each change on one shift first. That is smart. I would be glad to help with that work. "
    "I look forward to hearing from you soon.",
    "Thanks for the tour. The plant is clean and calm. I liked the way the team talks at the start of each "
    "shift. I have run that kind of stand-up for two years. I hope we can talk again soon about the role.",
]


@pytest.mark.parametrize("text", DENSE + [d + " " + d for d in DENSE] + [DENSE[0] + " " + DENSE[1], DENSE[1] + " " + DENSE[2],
                                            DENSE[2] + " " + DENSE[0], " ".join(DENSE), " ".join(reversed(DENSE))])
def test_flags_dense_notes(text: str) -> None:
    (finding,) = findings_of(ReadingLevel, note(text), options={"min-words": 20})
    assert finding.data["grade"] > 10 and finding.span is None


@pytest.mark.parametrize("text", PLAIN + [p + " " + p for p in PLAIN] + [PLAIN[0] + " " + PLAIN[1], PLAIN[1] + " " + PLAIN[0],
                                            PLAIN[0] * 3, PLAIN[1] * 3, PLAIN[0] + " " + PLAIN[1] * 2,
                                            "Thanks for today. It was fun."])
def test_plain_notes_pass(text: str) -> None:
    assert_clean(ReadingLevel, note(text), options={"min-words": 20})


def test_short_notes_are_not_judged_by_default() -> None:
    assert_clean(ReadingLevel, note("Your characterisation of institutional considerations was illuminating."))


def test_max_grade_option() -> None:
    assert findings_of(ReadingLevel, note(PLAIN[0]), options={"max-grade": -1.0, "min-words": 10})

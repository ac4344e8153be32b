"""no-specific-moment (FL206), the twenty-ninth batch's class (ac-166), on fresh wordings both ways:
the exercise named by its kind, misspelt by one edit ("assesment", "excercise", "challange") or with its
article dropped after "this is" ("This is coding challenge"), names the exercise the interview set; a word
that is no misspelling of a kind ("my assessments of risk" in the plural, another word) names nothing.
"""

from __future__ import annotations

import pytest

from followup_lint.analysis.reference import misspelt_among
from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, findings_of

EXERCISE = {"interviewers": [{"name": "Ritu Sharma"}], "company": "Paylane", "role": "Backend Developer",
            "topics": ["the backend coding challenge: a wallet transfer API", "the team's on-call rota"],
            "strengths": [], "questions": []}
ASSESSED = {**EXERCISE, "topics": ["the recruitment assessment: a wallet transfer API", "the team's on-call rota"]}
ASSIGNED = {**EXERCISE, "topics": ["the take-home exercise: a wallet transfer API", "the team's on-call rota"]}


@pytest.mark.parametrize(("body", "interview"), [
    ("Hello Ritu, This is recruitment assesment. I, Maya, has completed it as asked. Regards, Maya", ASSESSED),
    ("Hello Ritu,\n\nhere is my excercise, done in Go with tests.\n\nRegards,\nMaya", ASSIGNED),
    ("Hello Ritu, this is coding challange from Maya, the instructions were followed. Regards, Maya", EXERCISE),
    ("Hello Ritu, This is coding challenge from me, finished on Sunday. Regards, Maya", EXERCISE),
])
def test_the_exercise_by_its_kind_misspelt_or_without_article_names_it(body: str, interview: dict) -> None:
    assert_clean(NoSpecificMoment, body, interview)


@pytest.mark.parametrize(("body", "interview"), [
    ("Hello Ritu, my assessments of risk at my last job were praised. Regards, Maya", ASSESSED),
    ("Hello Ritu, thanks for your time today, it was lovely. Regards, Maya", EXERCISE),
    ("Hello Ritu, this is Maya, writing to say thank you. Regards, Maya", ASSIGNED),
])
def test_no_kind_of_exercise_named_still_names_nothing(body: str, interview: dict) -> None:
    assert findings_of(NoSpecificMoment, body, interview), body


def test_misspelt_among_mends_one_edit_of_a_long_kind_only() -> None:
    kinds = frozenset({"assessment", "exercise", "challenge", "task", "test"})
    assert misspelt_among("this is recruitment assesment and an excercise", kinds) == {"assesment", "excercise"}
    assert misspelt_among("a challange", kinds) == {"challange"}
    # ("tusk" and "text" are one edit from short kinds: too short to mend; "exercises" is a known word)
    assert misspelt_among("a tusk, some text, three exercises", kinds) == frozenset()

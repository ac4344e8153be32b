"""no-specific-moment (FL206), the twenty-seventh batch (aa-302, a phone note with no capitals): a misspelt
common word ("oppurtunity") is as rare as the word meant, not a rare name or jargon; and the writer's name
signed alone on the last line, with no sign-off phrase above it, names nothing of the interview. Neither is
a concrete detail. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint.analysis.reference import misspelt_common, name_signed_at
from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, findings_of

DAIRY = {"interviewers": [{"name": "Grace Wanjiru"}], "company": "Limuru Dairy Cooperative", "role": "Clerk",
         "topics": ["milk intake records at the chilling centre", "paying farmers through M-Pesa"]}


NOTES = [
    "hello grace madam\nthank you for the intervew yesterday\ni am very interested in the oportunity\n"
    "kind wishes\nwanjiku",
    "good morning madam\nthanks for your time\nso interested in this job and the chanse to learn\nbye\nmumbi kamau",
    "dear madam\nthank you for considring me\ni am interested in working there\nhave a blessed week\nbrian",
]


@pytest.mark.parametrize("body", NOTES)
def test_a_phone_note_of_misspellings_and_a_signed_name_recalls_nothing(body: str) -> None:
    assert findings_of(NoSpecificMoment, body, DAIRY), body


@pytest.mark.parametrize("body", [
    "hello grace madam\nthank you for the intervew\nthe milk intake records at the chilling centre look like hard work\nwanjiku",
    "dear madam\nthanks for the oportunity\ni can learn how you pay farmers through m-pesa\nbrian",
])
def test_a_topic_recalled_in_such_a_note_still_counts(body: str) -> None:
    assert_clean(NoSpecificMoment, body, DAIRY)


@pytest.mark.parametrize("word,meant", [("intrested", "interested"), ("recieve", "receive"),
                                        ("oportunity", "opportunity")])
def test_a_misspelling_weighs_no_more_than_the_word_meant(word: str, meant: str) -> None:
    from followup_lint.rules._topics import stem, weight

    got = misspelt_common(word)
    assert got is not None and got <= weight(stem(meant)) + 0.01


@pytest.mark.parametrize("word", ["kubectl", "forklift", "grafana", "telemetry"])
def test_jargon_and_real_words_keep_their_own_weight(word: str) -> None:
    assert misspelt_common(word) is None


@pytest.mark.parametrize("text,name", [("thanks again\nsam", "sam"), ("thanks again\n\nmumbi kamau\n", "mumbi kamau")])
def test_a_name_signed_on_the_last_line_is_found(text: str, name: str) -> None:
    assert text[name_signed_at(text):].strip() == name


@pytest.mark.parametrize("text", ["sam", "thanks again\nSam Lee", "thanks again\nhave a lovely weekend"])
def test_no_name_signed_there(text: str) -> None:
    assert name_signed_at(text) == len(text) + 1

"""The value typed after an identifier field's label ("id:", "user name:", "handle:") is not a word of prose."""

from __future__ import annotations

import pytest

from followup_lint.rules.spelling import MisspelledWord
from followup_lint.testing import flagged_texts


def body(line: str) -> str:
    return f"Hi Ana,\n\nThanks again for Tuesday's call about the lab. {line}\n\nBest,\nKofi"


@pytest.mark.parametrize("line,value", [
    ("My Skype ID: kofiblaqk if that suits you better.", "kofiblaqk"),
    ("The demo account is ready, user name: reviewr and password: tmpquux.", "reviewr"),
    ("You can reach me on Telegram, handle:  zaryabqx.", "zaryabqx"),
    ("Log in with login:dmoacct to see the dashboard.", "dmoacct"),
])
def test_the_value_after_an_identifier_label_is_not_spelled(line: str, value: str) -> None:
    assert value not in flagged_texts(MisspelledWord, body(line))


@pytest.mark.parametrize("line,typo", [
    ("My Skype ID: kofiblaqk if that sutis you better.", "sutis"),          # the words after the value
    ("The id was recieved yesterday.", "recieved"),                        # no colon: prose
    ("One idea: recieved wisdom says otherwise.", "recieved"),             # "idea" is no "id" label
])
def test_prose_around_or_without_a_field_label_is_still_spelled(line: str, typo: str) -> None:
    assert typo in flagged_texts(MisspelledWord, body(line))

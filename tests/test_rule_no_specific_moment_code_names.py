"""no-specific-moment (FL206) and the names of code (the twenty-third batch's i-165 and i-105): a code identifier
of the note that holds two words of a topic ("`DataTableCompanies`" for "the companies table") is the exercise's
own code named; the exercise named only inside a link's address ("[Repo](https://github.com/me/frontend-
developer-challenge)") is no word of the writer's. Both ways, on fresh wordings."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags


def note(content: str) -> str:
    return f"Hello,\n\n{content}\n\nThanks,\nSam"


INTERVIEW = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Frontend Developer",
             "topics": ["the take-home: a parking permit form and the permit history list of a Svelte app",
                        "the duties of the position"]}


@pytest.mark.parametrize("content", [
    "Can a prop be typed in Svelte? For instance `PermitHistoryList` passes the rows down untyped.",
    "When `parking_permit_form` mounts, the store is read twice; is that expected?",
    "I wondered whether `ParkingPermitForm` should own its own validation.",
])
def test_an_identifier_holding_two_topic_words_names_the_exercise(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), INTERVIEW)


@pytest.mark.parametrize("content", [
    "I wondered whether `FormHelper` should own its own validation.",
    "Could a prop be typed? For instance `UserCard` passes the rows down untyped.",
    "Sorry for the second account. Code: https://github.com/sam/ParkingPermitForm",
])
def test_one_word_of_a_topic_or_an_identifier_in_an_address_names_nothing(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=INTERVIEW)


CHALLENGE = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Frontend Developer",
             "topics": ["the frontend permits challenge: a parking permit form in Svelte"]}


@pytest.mark.parametrize("content", [
    "My old account broke, see everything there. [Repo](https://github.com/sam/frontend-permits-challenge)",
    "Pushed from my second account: https://gitlab.com/sam/permits-challenge/-/tree/main",
])
def test_the_exercise_named_only_in_a_links_address_names_nothing(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=CHALLENGE)


@pytest.mark.parametrize("content", [
    "Here is my take on the permits challenge: https://github.com/sam/frontend-permits-challenge",
    "Thanks for the challenge, it was fun. [Repo](https://github.com/sam/work)",
])
def test_the_exercise_named_in_words_beside_a_link_still_counts(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), CHALLENGE)


# Identifiers with initials inside, words compared by their stems, read in the subject too, and an identifier
# the topic itself writes read by its words (thirty-third ag-123 "PexelsAPISearch bugs and tasks", ag-129
# "urlGrab"); a brand any applicant knows ("GitHub") is a word of the dictionary, not split.
PARSER = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Backend Developer",
          "topics": ["the take-home: a parser that reads HTML invoices and fetches rows from a CSV export",
                     "his tideWatch tracker for harbour tides",
                     "his GitHub portfolio and the CI pipeline"]}
PLAIN = "Hello,\n\nHere it is, I hope you like it.\n\nThanks,\nSam"


@pytest.mark.parametrize("subject, content", [
    ("HTMLInvoiceParser notes", "Here it is, I hope you like it."),
    ("My work", "`fetchCSVRows` drops the header line on purpose."),
    ("tideWatch", "Here it is, I hope you like it."),
    ("Notes", "I split `InvoiceHTMLReader` in two after all."),
])
def test_an_identifier_with_initials_or_one_the_topic_writes_names_the_exercise(subject: str, content: str) -> None:
    assert_clean(NoSpecificMoment, Draft(body=note(content), subject=subject), interview=PARSER)


@pytest.mark.parametrize("subject, content", [
    ("My work", "`HTMLWidget` renders it, I hope you like it."),
    ("Notes", "`parseJSON` was enough for everything."),
    ("GitHub", "Here it is, I hope you like it."),
    ("My work", "The `GitHub` Actions run the checks on each push."),
    ("WatchDog notes", "Here it is, I hope you like it."),
])
def test_one_shared_word_or_a_known_brand_names_nothing(subject: str, content: str) -> None:
    assert_flags(NoSpecificMoment, Draft(body=note(content), subject=subject), interview=PARSER)


# A bare host name the writer types (no scheme, no path: thirty-fifth ai-163, "I had problems getting the data from
# api.currencylayer.com") names the service by its address: a label that is a topic's rare name names the topic. A link
# with a scheme or a path stays an address; the employer's domain, a common word and a short label name nothing.
SERVICES = {"interviewers": [{"name": "Dana Okafor"}], "company": "Initech", "role": "Mobile Developer",
            "topics": ["the weather screen built on the openweathermap API",
                       "push notifications sent through Pusher Beams"]}


@pytest.mark.parametrize("content", [
    "Sometimes the emulator could not reach api.openweathermap.org, so I tested on a phone.",
    "The free plan of openweathermap.org limits the calls per minute, which slowed me down.",
    "Registering the device with beams.pusher.com failed on the first run.",
    "I kept the keys out of the repository; pusher.com lets you rotate them.",
])
def test_a_bare_host_holding_a_topics_rare_name_names_the_topic(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), SERVICES)


@pytest.mark.parametrize("content", [
    "The code is at https://github.com/sam/openweathermap-client if you want it.",
    "Please write to me at www.initech.com if anything is missing.",
    "I tested the build on www.google.com before sending it.",
    "The weather was bad, so I kept the notes short; see samlee.dev for my other work.",
])
def test_a_link_the_employers_domain_or_a_common_host_names_nothing(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=SERVICES)

"""no-added-strength-or-question (FL301): the thirty-sixth batch's classes, each both ways.

- No time to SAY something in the interview is no excuse: it tells what the interview left out, and the strength
  told in the same sentence is added (aj-312: "I can use AutoCAD and a little bit of Python to make charts from the
  production data, which I did not have time to say in the interview"). No time to DO some of the work stays an
  excuse, whatever words of a strength it uses.
"""

from __future__ import annotations

import pytest

from _fl301_util import fires_on, interview, note

STRENGTH = interview("builds Power BI dashboards from warehouse sensor data")


@pytest.mark.parametrize("content", [
    "I also build Power BI dashboards from sensor data, which I had no time to mention yesterday.",
    "We did not have time to talk about it, but I build Power BI dashboards from our sensor data.",
    "I build dashboards in Power BI from the warehouse sensors; there was no time to tell you that on Monday.",
    "There wasn't time to discuss it, so: I build Power BI dashboards from sensor data every week.",
    "I build Power BI dashboards from warehouse sensor data, which I didn't have time to explain in the interview.",
])
def test_no_time_to_say_it_is_no_excuse_and_the_strength_is_added(content: str) -> None:
    assert not fires_on(note(content), STRENGTH)


@pytest.mark.parametrize("content", [
    "I did not have time to build the Power BI dashboards from the sensor data.",
    "I didn't have time to finish the Power BI dashboards for the sensor data.",
    "There was no time to add the sensor data to the Power BI dashboards.",
    "Sorry, I had no time to build Power BI dashboards from the sensor data this week.",
    "I didn't have time to complete the Power BI dashboards from the sensor data, sorry.",
])
def test_no_time_to_do_the_work_stays_an_excuse(content: str) -> None:
    assert fires_on(note(content), STRENGTH)


# - The writer's own work told by its length in months, a whole number of years, or as "a year" raises a listed
#   strength of as many years (aj-167: "i've been working with nest for the better part of the last 12 months"
#   tells "a year of building services with NestJS"); a length that is no whole number of years, or a stay that is
#   no work, raises nothing.
ONE_YEAR = interview("a year of supervising the night crew at a cold store")
TWO_YEARS = interview("two years of supervising the night crew at a cold store")


@pytest.mark.parametrize("content, record", [
    ("I have been doing exactly this kind of work for the last 12 months.", ONE_YEAR),
    ("i've been working on this for the better part of the last 12 months, so it is in my head.", ONE_YEAR),
    ("I've done that job for a year now.", ONE_YEAR),
    ("I worked on a similar team over the past 24 months.", TWO_YEARS),
    ("I have been doing such shifts for most of the past 24 months.", TWO_YEARS),
])
def test_work_told_by_its_length_in_months_or_a_year_raises_that_many_years(content: str, record: dict) -> None:
    assert not fires_on(note(content), record)


@pytest.mark.parametrize("content, record", [
    ("I have been doing this kind of work for the last 6 months.", ONE_YEAR),   # half a year
    ("I have worked on this for 18 months.", ONE_YEAR),                           # no whole number of years
    ("I've lived here for a year.", ONE_YEAR),                                    # a stay, no work
    ("I worked on a similar team over the past 12 months.", TWO_YEARS),           # one year, not two
    ("I'd like to work on your team for a year.", ONE_YEAR),                      # a wish
])
def test_a_length_that_is_not_the_strengths_raises_nothing(content: str, record: dict) -> None:
    assert fires_on(note(content), record)


# - "I also have" before a past participle and its object ("I also have accepted the calendar invitation", aj-311)
#   tells a deed of the writer's part in the process, not a qualification held: no explicit move. "I also have" with
#   a thing held, or an adjective ending in -ed ("advanced Excel skills"), stays one.
POLISH = interview("speaks Polish with the cold-store crew")


@pytest.mark.parametrize("content", [
    "I also have accepted the calendar invitation for Tuesday.",
    "I also have signed the consent form and sent it back.",
    "I also have booked the train for the second round.",
    "I also have attached my certificates to this e-mail.",
    "I also have forwarded your message to my referee.",
])
def test_i_also_have_before_a_deed_done_is_no_move(content: str) -> None:
    assert fires_on(note(content), POLISH)


@pytest.mark.parametrize("content", [
    "I also have a forklift licence.",
    "I also have advanced Excel skills from my last job.",
    "I also have experience with night shifts.",
    "I also have worked on a cold-store floor before.",
    "I also have a first-aid certificate from the Red Cross.",
])
def test_i_also_have_with_a_thing_held_stays_a_move(content: str) -> None:
    assert not fires_on(note(content), POLISH)


# - A strength's core pair made of the words of a topic the interview covered recalls that topic ("The case you told
#   about the barges waiting ... when the water level of the Yangtze is too low ... was very useful for me", aj-311,
#   names no "used the water level forecast ... in his last job"): it raises the strength only with one more of its
#   less common words ("useful" shares only the common "use" of "used").
CHARGING = interview("redesigned the battery charging rota for forklifts at a dairy",
                     topics=("the queue at the battery charging room on night shift",))


@pytest.mark.parametrize("content", [
    "The story you told about the battery charging queue was very useful for me.",
    "I keep thinking about the battery charging room and its queue at night.",
    "It helped me to see why battery charging matters so much on the night shift.",
    "I was surprised by how long the drivers wait at battery charging.",
])
def test_a_strengths_pair_made_of_a_topics_words_recalls_the_topic(content: str) -> None:
    assert fires_on(note(content), CHARGING)


@pytest.mark.parametrize("content", [
    "At my last dairy I redesigned the battery charging rota, and the queue went away.",
    "I used to plan battery charging for forklifts, so the queue story felt familiar.",
    "I have set a battery charging rota before, for twelve trucks.",
    "In my previous job I ran the battery charging for the forklifts myself.",
])
def test_with_one_more_less_common_word_of_it_the_pair_raises_the_strength(content: str) -> None:
    assert not fires_on(note(content), CHARGING)


@pytest.mark.parametrize("content", [
    "I redesigned the charging rota for the forklift batteries at my last job.",
    "My last job had me rebuild the charging rota for forty trucks.",
])
def test_a_pair_not_made_of_a_topics_words_still_raises_it(content: str) -> None:
    assert not fires_on(note(content), CHARGING)


# - A trade's common abbreviation is read as its word ("DB" for database, "repo" for repository): "To populate the DB I
#   used liquibase" names "has managed database migrations with Liquibase" by two of its words (aj-114). The tool alone,
#   the abbreviation alone, or either told of somebody else or as new to the writer, names nothing.
FLYWAY = interview("has managed database migrations with Flyway")


@pytest.mark.parametrize("content", [
    "To set up the DB I used Flyway, so run it first.",
    "I keep every DB change in Flyway scripts.",
    "On my last team I owned the Flyway scripts for our DBs.",
    "I handled the DB versioning with Flyway myself.",
])
def test_an_abbreviation_of_a_strengths_word_names_it(content: str) -> None:
    assert not fires_on(note(content), FLYWAY)


@pytest.mark.parametrize("content", [
    "I used Flyway.",
    "The DB is plain Postgres.",
    "Flyway is nice; the DB was seeded by your script.",
    "I have never touched the DB here; Flyway was new to me.",
])
def test_the_tool_or_the_abbreviation_alone_names_nothing(content: str) -> None:
    assert fires_on(note(content), FLYWAY)


@pytest.mark.parametrize("content, fires", [
    ("I wrote the shared repo tooling at my last job.", False),
    ("I cloned your repo.", True),
])
def test_repo_is_read_as_repository(content: str, fires: bool) -> None:
    assert fires_on(note(content), interview("keeps a monorepo of shared repository tooling")) is fires


# - In a note on an exercise, a list of decisions under a lead of its own ("Major decisions included:" then "- [x]
#   Ensuring all text received from the API was presented correctly to avoid Mojibake", twenty-third i-146) is the
#   writer's, as a list under "my solution:" is: read as one sentence about the writer. A lead that says more, a list
#   that is no decisions, or a note on no exercise, is not.
_DST = "has fixed daylight saving bugs (clocks shifting twice a year) in booking systems"
DST_EXERCISE = interview(_DST, topics=("the take-home: a room booking calendar",))
DST_NO_EXERCISE = interview(_DST, topics=("the room booking calendar",))
_ITEMS = ("\n\n- [x] A plain SQLite store, so nothing needs installing\n- [x] Guarding every booking against daylight"
          " saving bugs\n- [x] Clear errors for a room that is taken\n\nThanks for reading.")


@pytest.mark.parametrize("lead", [
    "Key decisions:", "Major decisions included:", "Design choices made:", "### Technical decisions:",
    "Some important decisions:",
])
def test_a_list_of_decisions_in_a_note_on_an_exercise_is_the_writers(lead: str) -> None:
    assert not fires_on(note("\n\n" + lead + _ITEMS), DST_EXERCISE)


@pytest.mark.parametrize("lead, record", [
    ("Things to improve:", DST_EXERCISE),
    ("The decisions you asked about were:", DST_EXERCISE),
    ("Decisions I would question:", DST_EXERCISE),
    ("Key decisions:", DST_NO_EXERCISE),
    ("Major decisions included:", DST_NO_EXERCISE),
])
def test_another_list_or_a_note_on_no_exercise_is_not(lead: str, record: dict) -> None:
    assert fires_on(note("\n\n" + lead + _ITEMS), record)

"""no-added-strength-or-question (FL301): the thirty-fifth batch's classes, each on fresh wordings both ways.

- Familiarity told by an idiom of the writer's home ground ("Realm and Rx ..., which were more in my professional
  comfort zone", ai-163; "right in my wheelhouse", "my bread and butter") is familiarity of the writer's own, as "I'm
  comfortable with ..." is: it adds the strength it names by two words. Its opposite ("out of my comfort zone"), a
  negation, a name alone or another's home ground adds nothing.
- A tool chosen for the work against another that was easier or usual ("I wanted to use my skills with pure html and
  css, although it would have been easier for me to use a library like bootstrap", ai-106) names the tools the work
  uses, as "I used Jest for testing this project" does: it raises no strength those tools are a part of ("taught HTML
  and CSS to high-school students"). The strength told as the writer's deed, or a choice told with no alternative and
  the strength's own words, still raises it.
- An admission of inexperience after a clause of its own that tells the writer's past work ("My last position was
  very managerial and focused on code reviews so at this point I haven't written a single line of css", ai-103)
  rules out only what comes after it: the clause before still raises the strength it names. A sentence that opens
  with the admission ("I had never done code reviews for a team before") raises nothing, as before.
- A quality of the writer's own pitched as an ability equal to anything ("I have learned that I can rise up to any
  challenge given to me by this company", ai-131) is a strength told whether or not on the list, as "I learn by
  doing" (j-122) and "i learn fast" (l-312) are. A hope to meet one challenge, the reader's ability or "we" adds
  nothing.
- In a note on an exercise the interview set, "the app" is the submission (ai-104 "when requested from the app
  locally", ai-162 "upon launching the app"): a strength raised only with the help of that word ("built a React
  Native app for a local mosque's prayer times" by "app" and "locally") is not raised. What is left must name it by
  itself; without an exercise, or told with the strength's own words, it is raised as before.
- The options the writer weighed for the exercise's problem ("I had a few possible solutions for ... 1. Rate limit
  for calling API 2. Response Cache", ai-128) are possible designs of the work, as "we could split it into modules"
  is: they raise no strength ("wrote a rate limiter library"). The writer's deed, or solutions merely had in
  production, still raise it.
"""

from __future__ import annotations

import pytest

from _fl301_util import RULE, fires_on, interview, note
from followup_lint.testing import assert_clean

AMPLIFY = interview("has run a GraphQL API on AWS Amplify in production",
                    topics=("the take-home: a fantasy-league app", "the team's use of AWS Amplify"))


@pytest.mark.parametrize("content", [
    "I swapped the REST client for GraphQL on Amplify, which is more in my comfort zone.",
    "GraphQL on Amplify is right in my wheelhouse, so the data layer went quickly.",
    "Serving GraphQL from Amplify has been my bread and butter for a while.",
    "I kept to GraphQL and Amplify because they are well within my professional comfort zone.",
    "Honestly GraphQL with Amplify is my strong suit.",
])
def test_familiarity_told_by_an_idiom_of_home_ground_adds_the_strength(content: str) -> None:
    assert_clean(RULE, note(content), AMPLIFY)


@pytest.mark.parametrize("content", [
    "Using GraphQL on Amplify took me out of my comfort zone.",
    "GraphQL with Amplify is not in my comfort zone yet.",
    "GraphQL and Amplify were outside my comfort zone, so I read the docs first.",
    "GraphQL is right in my wheelhouse.",
    "Your team said GraphQL on Amplify is their bread and butter.",
    "GraphQL on Amplify isn't my strong suit.",
])
def test_the_opposite_a_negation_a_name_alone_or_anothers_home_ground_adds_nothing(content: str) -> None:
    assert fires_on(note(content), AMPLIFY), content


TEACHING = interview("taught SQL and Python to bootcamp students",
                     topics=("the take-home: a sales report from a CSV export", "the team's code reviews"))


@pytest.mark.parametrize("content", [
    "I wanted to use my SQL and Python skills, although it would have been easier to use an ORM.",
    "I chose to use plain SQL and Python instead of pandas for the report.",
    "I decided to use raw SQL from Python rather than SQLAlchemy.",
    "I preferred to stick with SQL and Python, even though it would have been quicker with a spreadsheet.",
    "I tried to use only SQL and Python instead of a reporting library.",
])
def test_a_tool_chosen_against_an_easier_one_raises_no_strength(content: str) -> None:
    assert fires_on(note(content), TEACHING), content


@pytest.mark.parametrize("content", [
    "I have also taught SQL and Python to bootcamp students, rather than only using them at work.",
    "I wanted to mention that I taught SQL and Python to bootcamp students.",
    "For two years I taught SQL and Python at a bootcamp, and my students still write to me.",
    "I chose to use SQL and Python because I taught both to bootcamp students.",
])
def test_the_strength_told_as_the_writers_deed_still_raises_it(content: str) -> None:
    assert_clean(RULE, note(content), TEACHING)


REVIEWS = interview("has led the code reviews of a team of six developers",
                    topics=("the take-home: a booking calendar in Angular", "the team's hybrid week"))


@pytest.mark.parametrize("content", [
    "My last job was mostly leading code reviews for six developers, so I haven't written much CSS lately.",
    "I spent two years leading the code reviews of my team, but I had never used Angular signals before this task.",
    "At my previous company I led our code reviews; hence I haven't touched Angular in a while.",
    "For three years I was leading code reviews for the platform team, which is why I'm new to Tailwind.",
])
def test_a_clause_of_past_work_before_an_admission_of_inexperience_raises_the_strength(content: str) -> None:
    assert_clean(RULE, note(content), REVIEWS)


@pytest.mark.parametrize("content", [
    "I had never done code reviews for a team before, so I kept the pull request small.",
    "I'm new to code reviews for a team of developers, but I learned a lot from the test.",
    "Honestly, so I have never done code reviews for a team of developers.",
    "I have no experience with code reviews for a team, but the tests pass.",
])
def test_a_sentence_opening_with_the_admission_raises_nothing(content: str) -> None:
    assert fires_on(note(content), REVIEWS), content


NIGHTS = interview("has run a night shift of twelve pickers", topics=("the trial shift in the cold store",))


@pytest.mark.parametrize("content", [
    "After this week I know I can handle whatever problem comes up on the line.",
    "The trial showed me that I can take on any challenge in a new warehouse.",
    "I am confident I can meet any challenge the peak season brings.",
    "I have learned that I can rise to every challenge you give me.",
])
def test_an_ability_equal_to_anything_pitched_as_the_writers_own_adds_a_strength(content: str) -> None:
    assert_clean(RULE, note(content), NIGHTS)


@pytest.mark.parametrize("content", [
    "I hope to rise to the challenge of the peak season.",
    "I can take on the challenge of the cold store.",
    "I'm sure your team can handle any challenge the season brings.",
    "We can deal with any problems after the holidays.",
    "Any challenge in the cold store is welcome.",
])
def test_a_hope_one_challenge_or_anothers_ability_adds_nothing(content: str) -> None:
    assert fires_on(note(content), NIGHTS), content


CLUB = "built a Flutter app for a local football club's fixtures"
CLUB_EXERCISE = interview(CLUB, topics=("the take-home: a currency converter screen", "the team's release train"))
CLUB_NO_EXERCISE = interview(CLUB, topics=("the billing rewrite", "the team's release train"))

LEANING = [
    "My tests cover the app's local storage layer.",
    "I built the app with local state only, no backend.",
    "I kept the app local-first, so it works offline.",
    "I made sure the app runs locally without any keys.",
    "I could only test the app locally, so the rates may lag a little.",
]


@pytest.mark.parametrize("content", LEANING)
def test_a_strength_leaning_on_the_submissions_app_is_not_raised_in_a_note_on_an_exercise(content: str) -> None:
    assert fires_on(note(content), CLUB_EXERCISE), content


@pytest.mark.parametrize("content", LEANING)
def test_without_an_exercise_the_same_sentence_raises_it_as_before(content: str) -> None:
    assert_clean(RULE, note(content), CLUB_NO_EXERCISE)


@pytest.mark.parametrize("content", [
    "I have also built a Flutter app for a local football club's fixtures.",
    "Last year I built an app for a local football club that shows its fixtures.",
    "I built the app for my local football club in Flutter, with its fixtures and results.",
    "Outside work I keep a Flutter app running for a local football club.",
    "I rebuilt the app in Flutter for my local football club's fixtures page.",
])
def test_the_strength_told_with_its_own_words_is_still_raised(content: str) -> None:
    assert_clean(RULE, note(content), CLUB_EXERCISE)


RETRY = interview("wrote a retry queue for failed webhook deliveries",
                  topics=("the test task: an API that sends order events to partners", "the team's on-call rota"))


@pytest.mark.parametrize("content", [
    "I had a few possible solutions for slow partners\n1. Retry queue for failed webhook deliveries\n2. Batching",
    "We considered three approaches, a retry queue for failed webhook deliveries among them.",
    "I came up with two possible designs, a retry queue for the failed webhook calls or a nightly sweep.",
    "I weighed several options, such as a retry queue for failed webhook deliveries.",
])
def test_the_options_weighed_for_the_exercise_raise_no_strength(content: str) -> None:
    assert fires_on(note(content), RETRY), content


@pytest.mark.parametrize("content", [
    "I wrote a retry queue for failed webhook deliveries at my last job.",
    "At my last job I looked into the problem and wrote a retry queue for failed webhook deliveries.",
    "I have several solutions in production, including a retry queue for failed webhook deliveries.",
    "My retry queue for failed webhook deliveries still runs at my old company.",
])
def test_the_writers_deed_still_raises_it(content: str) -> None:
    assert_clean(RULE, note(content), RETRY)

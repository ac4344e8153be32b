"""no-added-strength-or-question (FL301): the thirty-third batch's classes, each on fresh wordings both ways.

(The last tables: the thirty-fifth batch's wider prompts, ai-107 and ai-115.)

- A questionnaire's prompts carry labels ("Q1:", "##2.", "### Q)") and may hold two questions or a closing
  request after the "?" (ag-103, ag-109, ag-110, ag-114): answered in turn, they are the form's, not questions
  to the reader; an answer without a full stop read on into the next prompt is the form's too.
- A tentative answer that ends on its hedge ("With tests perhaps?", ag-103) asks nobody; a question put to the
  reader with a hedge at its end still asks.
- A finish wished for the submission's look ("I would like to add a better UI and some animations", ag-170) is
  more work on it, not a move; "I forgot to mention a UI kit I built" is one.
- A strength set in the writer's past work ("... at a previous job") is not shown by the exercise's account told
  without "I" (ag-106); the same strength without that setting still is.
- A strength's core pair made of the exercise's own words ("radio station" in a radio player test) names the
  exercise, not the strength, unless one more of its words is said (ag-110).
- The submission set up on a tool ("I set up the project with Vite", ag-168) is a choice for it, no deed.
- A deed told by the verb made of a tool's name ("I dockerized the whole kit", thirty-first ae-161) shows the
  strength naming the tool; the tool dockerized by nobody, by the reader or not at all shows nothing.
- Familiarity told of the writer's own ("I have gotten used to backend with Graphql and amplify", ag-114) adds the
  strength it names by two words; a name alone, a negation or somebody else's familiarity does not.
"""

from __future__ import annotations

import pytest

from _fl301_util import RULE, fires_on, interview, note
from followup_lint.testing import assert_clean

PLAIN = interview("has shipped a component library used by five product teams")


def fires(content: str, record: dict = PLAIN) -> bool:
    return fires_on(note(content), record)


@pytest.mark.parametrize("form", [
    "\n\nQ1: How long did the task take you?\nAnswer: about five hours.\n\nQ2: What was the hardest part? Why?\n"
    "Answer: the date filters across time zones.",
    "\n\n##1. Which part of the brief was unclear?\n\nThe pagination rules.\n\n##2. What would you add with more "
    "time? What else would you change?\n\nRetries in the importer and a loading state.",
    "\n\n### Q) Which libraries did you add? What are they used for?\n\nZod for validation and Day.js for dates.\n\n"
    "### Q) How did you find the test overall? If you have suggestions for the test, we'd love to hear them.\n\n"
    "Fair, if a little long.",
    "\n\nQ) What would you improve with another day?\n    Tried to get the export working but ran out of time\n"
    "Q) Which parts are you most proud of? And why?\n    The search, since it stays fast on big lists",
    "\n\nQuestion 1 - How did you structure the state?\nOne store per feature.\nQuestion 2 - What did you test?"
    "\nThe reducers and the API client.",
])
def test_a_labelled_questionnaires_prompts_ask_nothing(form: str) -> None:
    assert fires(form), form


@pytest.mark.parametrize("content", [
    "\n\n1. How does the team split on-call between the billing and ledger services?\n2. Which service would a new "
    "engineer own first?",
    "\n\nQ1: How long did the task take you?\nAnswer: about five hours.\n\nOne question for you, though: which "
    "services does the billing team own today?",
    "\n\nHow does the team plan its releases across the billing and ledger services? And who signs them off?",
    "\n\nQ: does the team review design docs before the billing services are built?",
])
def test_a_writers_own_questions_still_ask(content: str) -> None:
    assert_clean(RULE, note(content), PLAIN)


@pytest.mark.parametrize("content", [
    "The slow query was hard to find. With tracing perhaps?",
    "The importer stalls on big files. A missing index on the orders table, maybe?",
    "Most of the time went somewhere. Something in the caching layer, I guess?",
    "There is more to do. Better structured logging probably?",
])
def test_a_tentative_answer_ending_on_its_hedge_asks_nothing(content: str) -> None:
    assert fires(content), content


@pytest.mark.parametrize("content", [
    "Could the billing team move the ledger service to Kafka perhaps?",
    "Would the new engineers join the ledger rotation in their first month, maybe?",
    "Does the team split the billing releases by region, I wonder?",
    "Is the ledger rewrite planned for the next quarter perhaps?",
])
def test_a_question_to_the_reader_with_a_hedge_still_asks(content: str) -> None:
    assert_clean(RULE, note(content), PLAIN)


@pytest.mark.parametrize("content", [
    "The layout is rough. I would like to add a better UI and some animations on the page changes.",
    "I'd like to add a dark mode when I have a free evening.",
    "I wanted to add nicer transitions between the steps of the form.",
    "I'd also like to add a loading spinner to the search box.",
])
def test_a_finish_wished_for_the_submissions_look_adds_nothing(content: str) -> None:
    assert fires(content), content


@pytest.mark.parametrize("content", [
    "I forgot to mention a UI kit I built for the design team at my last job.",
    "I'd like to add that I ran the accessibility audits for a bank's mobile app.",
    "I forgot to mention a UX research course I finished last spring.",
    "I meant to mention a design system I maintained for two years.",
])
def test_a_move_that_goes_on_with_the_writers_own_thing_still_adds(content: str) -> None:
    assert_clean(RULE, note(content), PLAIN)


EXERCISE = ("the take-home: a todo app with a REST API", "the team's sprint rituals")

PAST_SET = [
    ("has written Terraform modules for AWS ECS deployments at a previous job",
     "- Terraform modules for the AWS ECS deployment of the todo app."),
    ("has written Jest snapshot tests for React Native screens at his last company",
     "- Jest snapshot tests for the React Native screens."),
    ("has tuned PostgreSQL partial indexes for reporting queries as a freelancer",
     "- PostgreSQL partial indexes for the reporting queries of the todo list."),
    ("has configured Sentry error tracking with release health in a former role",
     "- Sentry error tracking configured with release health."),
]


@pytest.mark.parametrize(("strength", "line"), PAST_SET)
def test_the_exercises_account_shows_no_strength_set_in_past_work(strength: str, line: str) -> None:
    record = interview(strength, topics=EXERCISE)
    assert fires_on(note("\n\nWhat the submission has:\n\n" + line), record)


@pytest.mark.parametrize(("strength", "line"), PAST_SET)
def test_the_exercises_account_still_shows_a_strength_not_set_elsewhere(strength: str, line: str) -> None:
    for setting in (" at a previous job", " at his last company", " as a freelancer", " in a former role"):
        strength = strength.replace(setting, "")
    record = interview(strength, topics=EXERCISE)
    assert_clean(RULE, note("\n\nWhat the submission has:\n\n" + line), record)


RADIO = interview("volunteers on a community radio station's website",
                  topics=("the front-end test: a radio player that switches stations", "the station API"))
GARAGE = interview("built a parking garage booking tool for a shopping mall",
                   topics=("the coding test: a parking garage booking system", "the office move"))


@pytest.mark.parametrize(("content", "record"), [
    ("The hardest part for me was getting the radio station list to load.", RADIO),
    ("I spent most of my time making each radio station switch cleanly.", RADIO),
    ("I spent most of my time on the parking garage layout.", GARAGE),
    ("My favourite part was drawing the garage parking levels.", GARAGE),
])
def test_a_pair_of_the_exercises_own_words_names_the_exercise(content: str, record: dict) -> None:
    assert fires_on(note(content), record), content


@pytest.mark.parametrize(("content", "record"), [
    ("My weekends go to our community radio station, whose website I look after.", RADIO),
    ("I run the website of my local radio station as a volunteer.", RADIO),
    ("I once built a parking garage tool for a shopping mall's car park.", GARAGE),
    ("My booking tool for a mall's parking garage is still in use.", GARAGE),
])
def test_the_pair_with_one_more_word_of_the_strength_still_raises_it(content: str, record: dict) -> None:
    assert_clean(RULE, note(content), record)


NPM = interview("has published two npm packages for React forms", topics=EXERCISE)


@pytest.mark.parametrize("content", [
    "I set up the project with Vite and React.",
    "I bootstrapped the app using create-react-app, though it is not my favourite.",
    "I scaffolded my solution with the React template from the docs.",
    "Initially I set up the front-end with React Router, then dropped it.",
])
def test_the_submission_set_up_on_a_tool_is_no_deed(content: str) -> None:
    assert fires_on(note(content), NPM), content


@pytest.mark.parametrize("content", [
    "I published two npm packages for React forms last year.",
    "I built and published a React forms package on npm that two teams use.",
    "Outside work I maintain two npm packages for React forms.",
    "I set up two npm packages for React forms at my last job, both still published.",
])
def test_a_deed_of_the_writers_own_still_raises_the_strength(content: str) -> None:
    assert_clean(RULE, note(content), NPM)


AMPLIFY = interview("has run a GraphQL API on AWS Amplify in production",
                    topics=("the take-home: a fantasy-league app", "the team's use of AWS Amplify"))


@pytest.mark.parametrize("content", [
    "I have gotten used to GraphQL on Amplify, which saves a lot of glue code.",
    "I'm comfortable with GraphQL APIs on AWS.",
    "I am well versed in GraphQL and Amplify.",
    "I've grown familiar with Amplify and GraphQL over the last two years.",
])
def test_familiarity_of_the_writers_own_adds_the_strength(content: str) -> None:
    assert_clean(RULE, note(content), AMPLIFY)


@pytest.mark.parametrize("content", [
    "I'm not used to GraphQL or Amplify yet.",
    "I'm used to GraphQL.",
    "Your team is used to GraphQL on Amplify, you said.",
    "I wasn't familiar with GraphQL or Amplify before this task.",
])
def test_familiarity_negated_named_alone_or_of_others_adds_nothing(content: str) -> None:
    assert fires_on(note(content), AMPLIFY), content


DOCKER = interview("has containerised full applications with Docker and docker-compose",
                   topics=("the hiring exercise: a user manager front end", "the team's code reviews"))


@pytest.mark.parametrize("content", [
    "Finally, I dockerized the API and the worker so they start with one command.",
    "I also dockerised the whole stack, database included.",
    "I quickly dockerized everything so running it is easy.",
    "For the demo I dockerized the front end and the mock server.",
])
def test_a_deed_told_by_the_verb_of_docker_shows_the_strength(content: str) -> None:
    assert_clean(RULE, note(content), DOCKER)


@pytest.mark.parametrize("content", [
    "The app is dockerized already, so it should just run.",
    "I never dockerized anything before this.",
    "You dockerized the user API last year, you said.",
    "I would have dockerized it with more time.",
])
def test_docker_without_the_writers_deed_shows_nothing(content: str) -> None:
    assert fires_on(note(content), DOCKER), content


@pytest.mark.parametrize("content", [
    "Yes, I have had to do this for slow report queries at a logistics firm.",
    "I've had to deal with this in production when a cron job looped.",
    "I have needed to track down such issues at a bank, mostly N+1 queries.",
    "I've had to fix a similar bug at my old agency.",
])
def test_the_thing_asked_about_done_by_the_writer_elsewhere_adds_a_strength(content: str) -> None:
    assert_clean(RULE, note(content), PLAIN)


@pytest.mark.parametrize("content", [
    "No, I haven't needed to do this.",
    "I have had to do this for the test, which took a while.",
    "I had to do this for the take-home in a rush.",
    "We have had to deal with this in the office.",
])
def test_the_thing_asked_about_not_done_on_the_submission_or_by_others_adds_nothing(content: str) -> None:
    assert fires(content), content



# -- a questionnaire's wider prompts (thirty-fifth ai-107, ai-115): two questions on a prompt's line, a number's
# label with the form's closing remark, a prompt answered on its own line. FL301 reads the same prompts as FL304
# (``Document.questionnaire.answer_spans``): none is a question the writer adds ---------------------------------

@pytest.mark.parametrize("form", [
    "\n\nWhich charting library did you pick? Why did you pick it?\n- Recharts, since the team knew it.\n\n"
    "What would you do with another week?\n- Paging for the orders list and a dark theme.",
    "\n\n1. What did you add to the backend? What is it for?\nAns: A small cache, for the rates endpoint.\n\n"
    "2. How did you find the exercise overall? Were there any blockers? If you have ideas to make it better, "
    "we'd be glad to hear them.\nAns: Clear and fair, no blockers.",
    "\n\nHow long did it take you?\nAbout six hours.\n\nWhat did you test?\nThe reducers.\n\n"
    "Which parts took you the longest? What did you find trickiest? the time zone handling",
    "\n\nWhat tools did you use? Why those?\nVite and Vitest, both fast to start with.\n\n"
    "What are you proud of? And why?\nThe filters, they stay quick on big lists.",
])
def test_a_questionnaires_wider_prompts_add_no_question(form: str) -> None:
    assert fires(form), form


@pytest.mark.parametrize("content", [
    "\n\nWhich charting library did you pick? Why did you pick it?\n- Recharts, since the team knew it.\n\n"
    "What would you do with another week?\n- Paging for the orders list.\n\nOne question from my side: how does "
    "the team plan its releases across the billing services?",
    "\n\nHow does the team plan its releases across the billing services? Who signs them off?",
    "\n\n1. How long did it take you?\nAbout six hours.\n\n2. What was the trickiest?\nThe time zones.\n\n"
    "I also wondered: how does the team plan its releases, and who runs the retros?",
    "\n\nI enjoyed the billing rewrite talk. How does the team plan its releases between the billing and ledger "
    "services?",
])
def test_the_writers_own_question_beside_a_questionnaire_still_asks(content: str) -> None:
    assert_clean(RULE, note(content), PLAIN)

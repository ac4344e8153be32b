"""no-added-strength-or-question (FL301): the thirty-fourth batch's class, on fresh wordings both ways.

- A verb made of a tool's name tells the generic deed too (ah-112: "Successfully dockerizing the app and making all
  services work together" for "containerised a multi-service app with Docker Compose"): "dockerise", in any form,
  reads as "Docker" and as "containerise" (``tool_verbs`` of [topics]); "Docker" alone names the tool, no deed.
- A project the interview set ("the interview project: ...") is an exercise, as a "coding project" is: the writer's
  account of it told without "I" (a questionnaire's answer, a list item, a passive sentence) may raise a strength.
  A project of the employer's ("the ledger project you are starting") is none.
- The reader's own deed ("You dockerized the platform, you said", "Your team containerised every service") is no
  account of the writer's work, whatever its words.
"""

from __future__ import annotations

import pytest

from _fl301_util import RULE, fires_on, interview, note
from followup_lint.rules._topics import _word_keys
from followup_lint.testing import assert_clean

STRENGTH = "has containerised a multi-service payments platform with Docker Compose"
PROJECT = interview(STRENGTH, topics=("the interview project: a ledger service with a webhook worker",
                                      "the team's code reviews"))
EMPLOYERS = interview(STRENGTH, topics=("the ledger project you are starting", "the team's code reviews"))


@pytest.mark.parametrize("word", ["dockerize", "Dockerised", "dockerizing", "dockerisation", "podmanized"])
def test_a_tools_verb_reads_as_the_generic_verb_too(word: str) -> None:
    assert "container" in _word_keys(word)


@pytest.mark.parametrize("word", ["Docker", "docker-compose", "Podman", "dockers"])
def test_a_tools_name_alone_tells_no_deed(word: str) -> None:
    assert "container" not in _word_keys(word)


@pytest.mark.parametrize("content", [
    "\n\n### Which parts are you most proud of?\nDockerizing the payments platform so each service starts with "
    "Compose.\n\n### What was hard?\nThe webhook retries.",
    "\n\nThe payments platform was dockerised, every service of it wired up in one Compose file.",
    "\n\nHighlights:\n- Dockerization of the payments platform: three services, one Compose file.",
    "\n\n**Docker**: successfully dockerizing the payments platform and getting all services to talk over Compose.",
])
def test_the_project_dockerized_without_i_shows_the_containerising_strength(content: str) -> None:
    assert_clean(RULE, note(content), PROJECT)


@pytest.mark.parametrize("content, record", [
    ("\n\nThe payments platform runs with Docker Compose.", PROJECT),
    ("\n\n- Docker Compose file included for the payments services.", PROJECT),
    ("\n\n## Future improvements\n- Dockerize the payments platform and each service with Compose.", PROJECT),
    ("\n\nThe payments platform was dockerised, every service of it wired up in one Compose file.", EMPLOYERS),
    ("\n\nYou dockerized the payments platform and its services with Compose, you said.", PROJECT),
    ("\n\nYour team containerised every payments service with Compose last spring.", PROJECT),
])
def test_the_tool_named_planned_on_the_employers_project_or_by_the_reader_shows_nothing(content: str,
                                                                                       record: dict) -> None:
    assert fires_on(note(content), record), content


@pytest.mark.parametrize("content", [
    "I dockerised our payments platform at my last job, every service of it, with Compose.",
    "I have containerized a multi-service payments platform before, with Compose.",
    "Last spring I dockerized a payments platform of six services for a fintech client.",
    "We never missed a release after I dockerized the multi-service payments platform at Acme.",
])
def test_the_writers_own_tool_verb_deed_shows_the_strength(content: str) -> None:
    assert_clean(RULE, note(content), PROJECT)


@pytest.mark.parametrize("content", [
    "I would have dockerised the payments platform and its services with more time.",
    "We could've containerised every payments service with Compose, given a week.",
    "I had never dockerized a multi-service payments platform before this.",
    "I haven't containerized a multi-service payments platform yet.",
])
def test_the_tool_verb_wished_for_or_never_done_shows_nothing(content: str) -> None:
    assert fires_on(note(content), PROJECT), content

"""no-added-strength-or-question (FL301): the thirty-fifth batch's classes, each on fresh wordings both ways.

- Familiarity told by an idiom of the writer's home ground ("Realm and Rx ..., which were more in my professional
  comfort zone", ai-163; "right in my wheelhouse", "my bread and butter") is familiarity of the writer's own, as "I'm
  comfortable with ..." is: it adds the strength it names by two words. Its opposite ("out of my comfort zone"), a
  negation, a name alone or another's home ground adds nothing.
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

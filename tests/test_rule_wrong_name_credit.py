"""FL203 wrong-name: a name thanked for a work of their own the writer enjoyed or used ("Special thanks to
<two singers>, I couldn't have done this project without listening to their songs", twenty-fourth j-164) is a
credit to its maker, nobody of the interview: no wrong name. A name thanked for the interview's own things
(a tour, their time, the panel) stays one."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Inc.")
HI = "Hi Dana,\n\n"


@pytest.mark.parametrize("sentence", [
    "Shout-out to Nils Frahm, whose albums kept me going through the long refactor.",
    "Big thanks to Phoebe Bridgers and Bon Iver, I wrote most of the tests while playing their music on repeat.",
    "I also have to thank Martin Fowler for his book on refactoring, which shaped the service layer.",
    "Kudos to Josh Comeau for his CSS course, it made the layout part far quicker.",
    "Thanks as well to Chloe Ting, whose workout videos and her podcasts kept me sane this week.",
])
def test_a_name_credited_for_their_own_work_is_no_wrong_name(sentence: str) -> None:
    assert flagged_texts(WrongName, HI + sentence + "\n\nBest,\nSam", DANA) == []


@pytest.mark.parametrize("sentence,name", [
    ("Special thanks to Rahel Bekele for her time and the tour of the plant.", "Rahel Bekele"),
    ("I also want to thank Marcus Lee for his book-keeping questions.", "Marcus Lee"),
    ("Thanks as well to Priya for walking me through the library service.", "Priya"),
])
def test_a_name_thanked_for_the_interviews_things_stays_a_wrong_name(sentence: str, name: str) -> None:
    assert flagged_texts(WrongName, HI + sentence + "\n\nBest,\nSam", DANA) == [name]

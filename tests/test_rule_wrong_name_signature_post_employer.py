"""FL203 wrong-name: a line under the name in the sign-off that names the post applied for and its employer
("Applicant for Warehouse Coordinator, Baltic Timber Terminal SIA") is the writer's own; another employer
there was left from another application (``_signature_post_employers`` in
``followup_lint.analysis.employers``; ``signature_applicant`` in ``data/cues.toml`` [employer]).

The twenty-eighth batch's ab-312 signed so, with no "-- " marker, for another company. New wordings below."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech Logistics")
BODY = "Hi Dana,\n\nThank you for meeting me today; the tour of the cross-dock was a highlight.\n\nBest regards,\nPriya Raman\n"


@pytest.mark.parametrize("line,org", [
    ("Applicant for Warehouse Coordinator, Globex Freight", "Globex Freight"),
    ("Candidate for the Data Analyst role at Orion Biotech", "Orion Biotech"),
    ("Applicant to Shift Supervisor, Kivu Growers Alliance", "Kivu Growers Alliance"),
])
def test_another_employer_in_the_signature_line_is_a_wrong_name(line: str, org: str) -> None:
    assert flagged_texts(WrongName, BODY + line + "\n", DANA) == [org]
    assert flagged_texts(WrongName, BODY + "-- \n" + line + "\n", DANA) == [org]


@pytest.mark.parametrize("line", [
    "Applicant for Warehouse Coordinator, Initech Logistics",   # the interview's company
    "Candidate for the Data Analyst role at Initech",
    "Applicant for Warehouse Coordinator, Night Shift",          # no employer after the comma
    "Globex Freight, Warehouse Coordinator",                     # the writer's own current post
    "+44 20 7946 0958",
])
def test_no_wrong_name_outside_the_class(line: str) -> None:
    assert flagged_texts(WrongName, BODY + line + "\n", DANA) == []

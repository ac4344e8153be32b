"""FL203 wrong-name: the organisation whose work clothes the writer hopes to wear, the one the writer is moving to,
the one filled in a form's employer field (``followup_lint.analysis.employers``: ``_worn_employers``,
``_move_employers`` and ``_form_employers``, vocabulary in ``cues.toml`` [employer]).

The thirty-fourth batch put another company in three slots no reading looked at: the work jacket the writer hopes
to wear after a trial day ("I would be proud to wear the Senne Kühltransporte jacket every day", ah-309), the
company the writer has told the current supervisor he is moving to ("I have already told my supervisor that I may
move to Linzi Porcelain Group", ah-311) and the host organisation filled in an internship agreement ("In the part
"Host organisation" I have filled Dien Chau Fish Sauce Company", ah-312). The class: the company whose uniform,
badge or lanyard the writer hopes to wear, the one the writer says they will move or switch to, and the one a
form's employer field names are the employer; another one there is a leftover. The right company in those frames,
and a third party plainly not the employer in the same words (a garment's maker, a nation's colours, a city moved
to, a system migrated, the writer's current employer, a referee's or a school's field, an empty field) stay
unflagged."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

AMARA = iv(("Amara Nwosu", "amara.nwosu@delta-cargo.example"), company="Delta Cargo Services Ltd")


def _note(sentence: str) -> str:
    return ("Dear Amara,\n\nThank you for the interview today and the walk through the bonded warehouse. "
            + sentence + "\n\nKind regards,\nIfeoma Eze")


@pytest.mark.parametrize("sentence,org", [
    # the work garment, badge or lanyard the writer hopes to wear
    ("I would be proud to wear the Tamarind Freight uniform every day.", "Tamarind Freight"),
    ("I can't wait to put on the Kilifi Port Holdings overalls.", "Kilifi Port Holdings"),
    ("It would be an honour to wear the Sahel Haulage jacket.", "Sahel Haulage"),
    ("I look forward to wearing a Zuberi Logistics badge on my first day.", "Zuberi Logistics"),
    ("I hope to carry the Okavango Shipping ID card soon.", "Okavango Shipping"),
    ("I would proudly wear the uniform of Nyanza Couriers.", "Nyanza Couriers"),
    ("Hopefully soon I will be wearing the Kestrel Freight lanyard.", "Kestrel Freight"),
    # the company the writer says they are moving or switching to
    ("I have already told my manager that I may move to Zuberi Logistics in January.", "Zuberi Logistics"),
    ("I informed my boss that I will be switching to Okavango Shipping Ltd next month.", "Okavango Shipping Ltd"),
    ("My family knows I am moving over to Sahel Haulage Company after Easter.", "Sahel Haulage Company"),
    ("I gave notice because I plan to transfer to Tamarind Freight Group.", "Tamarind Freight Group"),
    ("I have resigned and I am leaving for Kilifi Port Holdings at the end of the month.", "Kilifi Port Holdings"),
    # a form's employer field filled in
    ('In the box "Host company" I wrote Zuberi Logistics and signed it.', "Zuberi Logistics"),
    ('Under "Name of employer" I have entered Okavango Shipping Ltd.', "Okavango Shipping Ltd"),
    ('The "Host organisation" field of my internship form now says Sahel Haulage Company.', "Sahel Haulage Company"),
    ("On the placement form I put Tamarind Freight as the host organisation.", "Tamarind Freight"),
    ('For "Employer" I typed Kestrel Freight, as the faculty asked.', "Kestrel Freight"),
    ('I filled in Nyanza Couriers in the "Company name" box of the agreement.', "Nyanza Couriers"),
])
def test_another_organisation_worn_moved_to_or_filled_in_is_a_wrong_name(sentence: str, org: str) -> None:
    assert org in flagged_texts(WrongName, _note(sentence), AMARA)


@pytest.mark.parametrize("sentence", [
    # the right company in the same frames
    "I would be proud to wear the Delta Cargo uniform every day.",
    "I have already told my manager that I may move to Delta Cargo in January.",
    'In the box "Host company" I wrote Delta Cargo Services and signed it.',
    # a garment worn once or today at the writer's own employer, a maker's, a nation's or a club's, one lent
    "I was proud to wear the Harbourline Foods uniform for six years.",
    "It was an honour to wear the Tamarind Freight jacket at my last job.",
    "I still wear the Harbourline Foods jacket at my current job every day.",
    "I would happily wear the Helly Hansen jacket in the cold room.",
    "I would be happy to wear the Nomex coveralls on the rig.",
    "I would be proud to wear the Ghana colours again one day.",
    "I would love to wear the Arsenal jersey at the staff match.",
    "The Kestrel Freight jacket you lent me for the tour was warm.",
    "I will return the Harbourline Foods uniform on Friday, as I am leaving them.",
    # a city, a past move, a system moved, a department, someone else's move, the employer being left
    "I may move to Port Harcourt after Easter, so the start date is fine.",
    "I moved to Harbourline Foods in 2019 and stayed five years.",
    "In the next version I would move to Amazon Web Services for the hosting.",
    "Next year I want to switch to Oracle Cloud for the reports.",
    "I hope I can move to the Accounts Payable team later.",
    "Our plant may move to Onne Industrial Park next year.",
    "I may move to Abuja Municipal Area Council housing next year.",
    "I told my supervisor at Harbourline Foods that I may leave in January.",
    "I am moving from Harbourline Foods Ltd to Delta Cargo.",
    "I am leaving for Lagos on Monday, so I can start on the first.",
    # the writer's own, a referee's or a school's field, an empty field, the writer's current employer
    'Under "Current employer" I have entered Harbourline Foods Ltd.',
    'For "Referee\'s employer" I put Harbourline Foods Ltd.',
    'In the "Name of school" box I wrote Rivers State Polytechnic.',
    'In the "Employer" box I wrote Self-employed.',
    'The "Host organisation" line still says TBC on my copy.',
    'I filled in Harbourline Foods Ltd under "Employer", since it is my current job.',
    'The "Company" field is mandatory, so I filled it.',
])
def test_no_wrong_name_outside_the_worn_moved_to_or_filled_in_employer(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), AMARA) == []

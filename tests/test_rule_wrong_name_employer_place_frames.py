"""FL203 wrong-name: an organisation a frame names as the employer's place (``followup_lint.analysis.employers``:
``_frame_employers`` and ``_address_employers``, vocabulary in ``cues.toml`` [employer]).

The thirty-third batch put another company where no reading looked: the end of the writer's daily journey to
work ("the keke from my house to the Rima Feeds gate ... I can resume early", ag-302), the subject of the
decision on the post ("Has Northern Oasis Poultry taken a decision about this position?", ag-306), a hoped-for
address at its domain ("my own @mukwanopay.co email", ag-310) and the owner of a staff document the reader sent
("the Nyanza Milk Processors staff handbook that you emailed me", ag-317). The class: the company the writer
will go to, the one that decides on the post, the one whose staff papers the reader sent, is the employer;
another one there is a leftover. The right company in those frames, and a third party plainly not the
employer in the same words (a school on the way, a market, a supplier's paper, a tax office's decision, a free
mail service), stay unflagged."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import findings_of, flagged_texts

from _names_cases import iv

AMARA = iv(("Amara Nwosu", "amara.nwosu@delta-cargo.example"), company="Delta Cargo Services Ltd")


def _note(sentence: str) -> str:
    return ("Dear Amara,\n\nThank you for the interview today and the walk through the bonded warehouse. "
            + sentence + "\n\nKind regards,\nIfeoma Eze")


@pytest.mark.parametrize("sentence,org", [
    # the end of the daily journey to work
    ("The matatu from my place to the Kilifi Port Holdings yard is only fifteen minutes, so I can report early.",
     "Kilifi Port Holdings"),
    ("My daily commute to Zuberi Logistics would be under half an hour.", "Zuberi Logistics"),
    ("It is a short walk from my hostel to the Tamarind Freight gate, so I would be on time for every shift.",
     "Tamarind Freight"),
    ("The bus from my house to the Okavango Shipping depot takes twenty minutes and I can start at six.",
     "Okavango Shipping"),
    # the subject of the decision on the post
    ("Could you tell me whether Sahel Haulage has made a decision on my application?", "Sahel Haulage"),
    ("Has Nyanza Couriers filled the vacancy yet?", "Nyanza Couriers"),
    ("I would like to know when Kestrel Freight will make a decision about the role.", "Kestrel Freight"),
    ("Did Okavango Shipping choose a candidate for the position?", "Okavango Shipping"),
    # the owner of a staff document the reader sent
    ("I have signed the Tamarind Freight code of conduct you sent.", "Tamarind Freight"),
    ("I also read the Zuberi Logistics employee handbook, which you shared on Friday.", "Zuberi Logistics"),
    ("You kindly forwarded me the Kilifi Port Holdings offer letter and I have read it.", "Kilifi Port Holdings"),
    ("I read the Sahel Haulage job description that you emailed me.", "Sahel Haulage"),
    # an address hoped for at its domain
    ("Can't wait to get my very own @zuberilogistics.com email!", "zuberilogistics"),
    ("Hoping to have an okavango-shipping.co.ke address by January.", "okavango-shipping"),
    ("I look forward to using my new @kestrelfreight.io account.", "kestrelfreight"),
    ("Fingers crossed I'll be seeing my own @tamarind.co inbox soon 🤞", "tamarind"),
])
def test_another_organisation_in_the_employers_place_is_a_wrong_name(sentence: str, org: str) -> None:
    assert org in flagged_texts(WrongName, _note(sentence), AMARA)


@pytest.mark.parametrize("sentence", [
    # the right company in the same frames
    "The keke from my house to the Delta Cargo gate is ten minutes, so I can resume early.",
    "Has Delta Cargo taken a decision about this position?",
    "I have read the Delta Cargo staff handbook you sent me.",
    "Really hope to have my own @delta-cargo.example email soon.",
    # a school, a market or a trip that is no work
    "The bus from my house to the Kisumu Polytechnic gate takes ten minutes, so I can still start my evening classes.",
    "The walk from my house to Kibuye Market is short, so I can be early every day.",
    "On Sunday the drive from my house to the Tamarind Freight depot took an hour because of the rain.",
    # the reader's own bodies, another body's decision, a story
    "Has the Board taken a decision on my application?",
    "Has the Kenya Revenue Authority taken a decision on my tax compliance certificate?",
    "When Tamarind Freight decided to move its tracking to the cloud, I ran the cutover.",
    # a supplier's paper, a form, a handbook the reader did not send
    "I went through the Safaricom supplier code of conduct you sent.",
    "I have filled in the NSSF registration form you sent.",
    "I found the Tamarind Freight handbook online and it looks strict.",
    # a free mail service, a school's domain, no hope of an address
    "I hope to get my own @gmail.com address sorted soon.",
    "Hoping to get my @uonbi.ac.ke email once classes start.",
    "I will use my @harbourline.com email for the form until I leave.",
])
def test_no_wrong_name_outside_the_employers_place(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), AMARA) == []


def test_an_address_at_another_domain_is_fixed_with_the_interviewers_domain() -> None:
    (finding,) = findings_of(WrongName, _note("Really hope to have my own @mukwanopay.co email soon."), AMARA)
    assert [f.title for f in finding.fixes] == ["Write 'delta-cargo'"]

"""FL203 wrong-name: another company put where the employer stands, in four slots of the thirty-sixth batch
(``followup_lint.analysis.employers``, vocabulary in ``cues.toml`` [employer]).

- the reader's own side placed at another company: "the reference call from your HR at Upper Egypt Spinning"
  (aj-306), i.e. "your HR / department / office at X" as "your team at X" was already;
- the writer's first day pictured with the people there: "on my first day I will bring mandazi for everyone
  at Cherangani Dairies" (aj-302);
- the review of the interview the writer promises: "Will surely rate my interview experience at Karavali
  Cashews 5 stars on Glassdoor" (aj-313), "I'll leave a five-star review for X", "I will give X five stars";
- an event's or an invitation's title: the calendar invitation "Second round – Poyang Lake Logistics" (aj-311),
  "Interview: X".

Each is the employer's place, so another company there is a leftover of another application. The interview's
own company in those slots, a company the writer worked for, a third party merely mentioned, a place, and a
title naming a post, a person or a venue stay silent. Tested on wordings other than the notes'."""

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
    # the reader's side at another company
    ("Your HR department at Kisumu Poultry Farms can call my referee any morning.", "Kisumu Poultry Farms"),
    ("My old supervisor is expecting a call from your human resources at Tana Dairies.", "Tana Dairies"),
    ("I will bring my certificates to your office at Nyanza Mills Ltd on Monday.", "Nyanza Mills Ltd"),
    ("I hope your management at Okavango Shipping agrees with the plan.", "Okavango Shipping"),
    # the first day pictured with the people there
    ("On my first day I'd love to greet all the staff at Nyanza Couriers.", "Nyanza Couriers"),
    ("My first week I plan to shadow the drivers of Sahel Haulage.", "Sahel Haulage"),
    ("On my first morning, I will buy tea for the whole crew at Zuberi Logistics.", "Zuberi Logistics"),
    ("For my first shift I want to introduce myself to the operators at Kilifi Port Holdings.",
     "Kilifi Port Holdings"),
    # the review of the interview
    ("I'll leave a five-star review for Kestrel Freight on Glassdoor.", "Kestrel Freight"),
    ("I will surely give Tamarind Freight 5 stars on Indeed.", "Tamarind Freight"),
    ("Will rate Konkan Agro Exports five stars for the smooth process.", "Konkan Agro Exports"),
    ("My interview process with Okavango Shipping was the best I have had.", "Okavango Shipping"),
    # the title of an event or an invitation
    ("I accepted the invite \"Final interview - Nyanza Couriers\" for Friday.", "Nyanza Couriers"),
    ("The entry \"Interview: Sahel Haulage Ltd\" is now in my calendar.", "Sahel Haulage Ltd"),
    ("I got the calendar invitation “Technical assessment – Zuberi Logistics” this morning.", "Zuberi Logistics"),
    ("Here is what I accepted:\n\nInterview – Okavango Shipping (Tue 10:00)\n\nSee you then.", "Okavango Shipping"),
])
def test_another_company_in_the_employers_place_is_a_wrong_name(sentence: str, org: str) -> None:
    assert org in flagged_texts(WrongName, _note(sentence), AMARA)


@pytest.mark.parametrize("sentence", [
    # the interview's own company in the same slots
    ("My old supervisor is expecting a call from your HR at Delta Cargo Services."),
    ("On my first day I will bring cake for everyone at Delta Cargo Services."),
    ("I will give Delta Cargo Services 5 stars on Glassdoor."),
    ("I accepted the calendar invitation \"Second round – Delta Cargo Services\" for Friday."),
    # a place, a department, a post, a person or a venue where the company would stand
    ("Your office at Westlands was easy to find."),
    ("On my first day I will greet everyone at Head Office."),
    ("I accepted the invitation \"Second round – Data Analyst\" for Friday."),
    ("I accepted the invitation \"Interview – Paul Firth\" for Friday."),
    ("I accepted the invitation \"Final interview – Serena Hotel\" for Friday."),
    ("I accepted the invitation \"Second round – Head Office\" for Friday."),
    # a company the writer worked for, or a third party merely mentioned
    ("My experience at Karavali Cashews taught me the stores ledger."),
    ("I gave Karavali Cashews two stars when I left."),
    ("I read a review of Karavali Cashews on Glassdoor last year."),
    ("Karavali Cashews has 4 stars on Glassdoor."),
    ("I'll finish the review of React Router tonight and push it."),
    ("The second round – as you said – is on Friday."),
])
def test_the_right_company_and_other_names_in_those_slots_stay_silent(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), AMARA) == []

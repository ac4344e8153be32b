"""FL203 wrong-name: the organisation a step of the hiring is for, and the one a file or an application paper the
writer sends was made for (``followup_lint.analysis.employers``: ``_step_employers`` and ``_file_employers``,
vocabulary in ``cues.toml`` [employer]).

The thirty-fifth batch put another company in three slots no reading looked at: the name of the CV re-attached in a
chase ("file name: Ahmed_Fawzy_CV_for_Delta_Nile_Feeds.pdf", ai-306), the pre-employment medical the writer offers
to take ("I can do the medical check-up for Rajang Plywood any day this week", ai-313) and the venue of the next
interview ("the second stage at the Xaxim plant of Frigorífico Xanxerê", ai-314). The class: the organisation in
the administrative steps of being hired (the medical and other checks, the contract, the badge, the next stage and
where it is held) and the one a file's name or an attached paper says it was made "for" is the employer; another
one there is a leftover. The right company in those slots, a third party merely mentioned (a clinic, a hotel the
stage is held in, someone else's contract), a place that is no organisation, a company the writer worked for, the
writer's own name, the post, a version or a date in a file's name stay unflagged."""

from __future__ import annotations

import pytest

from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

AMARA = iv(("Amara Nwosu", "amara.nwosu@delta-cargo.example"), company="Delta Cargo Services Ltd",
           role="Warehouse Supervisor")


def _note(sentence: str) -> str:
    return ("Dear Amara,\n\nThank you for the interview today and the walk through the bonded warehouse. "
            + sentence + "\n\nKind regards,\nIfeoma Eze")


@pytest.mark.parametrize("sentence,org", [
    # a check before hiring, for another company
    ("I am free to do the pre-employment medical for Tamarind Freight on Thursday.", "Tamarind Freight"),
    ("The police clearance for Kilifi Port Holdings is already in my file.", "Kilifi Port Holdings"),
    ("Please tell me where to take the drug test for Sahel Haulage Ltd.", "Sahel Haulage Ltd"),
    # the contract, the badge
    ("I am ready to sign my contract with Okavango Shipping as soon as it is ready.", "Okavango Shipping"),
    ("Should I bring a passport photo for the staff badge for Zuberi Logistics?", "Zuberi Logistics"),
    # the next stage, or the place of another company it is held at
    ("I can come for the final interview at Nyanza Couriers Ltd on Monday.", "Nyanza Couriers Ltd"),
    ("Any day suits me for the practical test at the Onne depot of Kestrel Freight.", "Kestrel Freight"),
    ("I look forward to the next round with Harbourline Foods.", "Harbourline Foods"),
    ("Shall I come straight to the trial shift at Tamarind Freight's Apapa yard?", "Tamarind Freight"),
])
def test_another_organisation_in_a_step_of_the_hiring_is_a_wrong_name(sentence: str, org: str) -> None:
    assert org in flagged_texts(WrongName, _note(sentence), AMARA)


@pytest.mark.parametrize("sentence,org", [
    ("I have attached my CV again (Ifeoma_Eze_CV_for_Tamarind_Freight.pdf).", "Tamarind_Freight"),
    ("Attached: Kilifi_Port_Holdings_Application_Ifeoma.docx", "Kilifi_Port_Holdings"),
    ("The file CoverLetter-SahelHaulage-final.pdf is the updated one.", "SahelHaulage"),
    ("Please find enclosed the cover letter for Okavango Shipping Ltd.", "Okavango Shipping Ltd"),
    ("I attached again my CV for Zuberi Logistics, with the certificates.", "Zuberi Logistics"),
    ("Here is my resume once more: resume_for_nyanza_couriers_2026.pdf", "nyanza_couriers"),
])
def test_an_organisation_a_file_or_an_attached_paper_was_made_for_is_a_wrong_name(sentence: str, org: str) -> None:
    assert org in flagged_texts(WrongName, _note(sentence), AMARA)


@pytest.mark.parametrize("sentence", [
    # the right company in the same slots
    "I can do the medical check-up for Delta Cargo any day this week.",
    "I am ready to sign my contract with Delta Cargo Services.",
    "I am available for the second stage at the Apapa yard of Delta Cargo on any day.",
    "I attached my CV again (Ifeoma_Eze_CV_for_Delta_Cargo.pdf).",
    # a third party: the clinic or the hotel of the step, someone else's contract, a deal, an offer elsewhere
    "I can do the medical check-up at Reddington Hospital any day this week.",
    "I am happy to come to the final interview at the Eko Hotel on Friday.",
    "The second round at the Lagos Business School campus suits me.",
    "My brother's contract with Tamarind Freight ends in May, so I can move then.",
    "I read about your contract with Sahel Haulage for the night runs.",
    "I have received an offer letter from Kestrel Freight and must reply by Sunday.",
    # a place that is no organisation, a post, a department
    "I am available for the second stage at the Apapa plant on any day next week.",
    "I can come for the next round in Port Harcourt on Monday.",
    "The medical check-up for Warehouse Supervisors is fine with me.",
    "I am ready for the induction with Human Resources on Monday.",
    "The practical test for Paul Firth took me four hours.",
    # the writer's own past or current employer
    "I did the medical check-up for Harbourline Foods in 2019, so I know the drill.",
    "My current contract with Harbourline Foods needs one month of notice.",
    # a file's name with the writer's name, the post, a version or a referee's paper, no organisation applied to
    "I attached my CV again (Ifeoma_Eze_CV_2026_final.pdf).",
    "The file CV_for_Warehouse_Supervisor.pdf is the right one.",
    "I attached Reference_Letter_from_Harbourline_Foods.pdf as you asked.",
    "I attached my transcript (Transcript_for_Unilag.pdf) too.",
    # a paper for someone, not attached; a CV written once for a fair
    "I wrote a CV for Tamarind Freight last year, but never sent it.",
    "I attached my CV for Mr. Nwosu's file.",
])
def test_no_wrong_name_outside_the_hiring_steps_and_papers_of_another_company(sentence: str) -> None:
    assert flagged_texts(WrongName, _note(sentence), AMARA) == []

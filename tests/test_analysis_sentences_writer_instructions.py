"""A sentence in the imperative addressed to the writer of the letter (the template's user), telling them
what to write, is a template's instruction: no thanks, no invitation, no strength (thirtieth ad-161, ad-164,
ad-165; the final batch's f-023). A sentence that speaks to the reader, or in the first person, keeps what
it does."""

from __future__ import annotations

import pytest

from followup_lint.analysis.sentences import Function, classify, read_sentence
from followup_lint.document.tokens import tokenize
from followup_lint.spelling.lexicon import load_lexicon


def functions(text: str) -> Function:
    words = read_sentence(tokenize(text), load_lexicon().__contains__)
    return classify(words, text)[0]


@pytest.mark.parametrize("text", [
    "Convey your gratitude for the interviewer's time and the tour of the plant.",
    "Restate why you want the job and that you hope to hear back soon.",
    "If possible, stress that you are available for a second interview next week.",
    "Reaffirm that you look forward to hearing about the next step.",
    "Tell them you would be glad to send references if they need any.",
    "Let the hiring manager know you are happy to answer any further questions.",
    "Remind them that you can start in January and look forward to their decision.",
    "Paragraph two: a short thank you for the visit and an offer to send more samples.",
    "Optionally, express thanks again and say you hope to speak soon.",
])
def test_an_imperative_to_the_writer_is_an_instruction(text: str) -> None:
    assert functions(text) == Function.INSTRUCTION


@pytest.mark.parametrize("text,kept", [
    ("Let me know if you need anything else from my side.", Function.REQUEST),
    ("Please advise your availability for a follow-up call.", Function.REQUEST),
    ("Express delivery of my portfolio is on its way, and I look forward to hearing from you.", Function.FORWARD),
    ("State of the art tooling like yours is why I look forward to hearing from you.", Function.FORWARD),
    ("Thank you again for the tour, and please tell me if you need references.", Function.THANKS),
    ("I want to reiterate my thanks for your time.", Function.THANKS),
])
def test_a_sentence_to_the_reader_or_in_the_first_person_keeps_its_function(text: str, kept: Function) -> None:
    assert functions(text) & kept
    assert not functions(text) & Function.INSTRUCTION


def test_a_paragraph_number_inside_a_sentence_is_no_label() -> None:
    text = "As paragraph 2 of the brief asks, I kept the API public; thank you for the clear spec."
    assert functions(text) & Function.THANKS

"""Other-language spans (followup_lint.analysis.language) and what spelling and not-english make of them."""

from __future__ import annotations

import time

import pytest
from _linear_util import assert_linear

from followup_lint.analysis.language import read_language
from followup_lint.document import Document
from followup_lint.model import Draft
from followup_lint.rules.spelling import MisspelledWord, NotEnglish
from followup_lint.spelling.lexicon import load_lexicon
from followup_lint.testing import assert_clean, flagged_texts, run_rule


def spans(body: str) -> list[tuple[str, str]]:
    doc = Document(Draft(body=body))
    reading = read_language(doc, load_lexicon().__contains__)
    return [(doc.own[s.start:s.end], s.language) for s in reading.spans]


@pytest.mark.parametrize("line,language", [
    ("Herzlichen Dank für die Einladung", "de"),
    ("Un grand merci pour cet échange", "fr"),
    ("Mil gracias por la visita", "es"),
    ("Muito obrigada pela conversa", "pt"),
    ("Grazie mille per il colloquio", "it"),
    ("Hartelijk dank voor het gesprek", "nl"),
    ("Serdecznie dziękuję za rozmowę", "pl"),
])
def test_a_clause_in_another_language_is_a_span(line: str, language: str) -> None:
    body = f"Hi Ana,\n\n{line}. I enjoyed the tour of the depot.\n\nBest,\nLi"
    found = spans(body)
    assert found and found[0][1] == language and found[0][0] in line and len(found[0][0].split()) >= 3
    assert_clean(MisspelledWord, body)


@pytest.mark.parametrize("body", [
    "Hi Ana,\n\nI met Juan de la Vega at the depot, and we spoke about the rota in the office.\n\nBest,\nLi",
    "Hi Ana,\n\nThe pour rate of the concrete and the die casting line were fascinating.\n\nBest,\nLi",
    "Hi Ana,\n\nI definately enjoyed teh tour.\n\nBest,\nLi",
])
def test_english_with_stray_foreign_looking_words_has_no_span(body: str) -> None:
    assert spans(body) == []


def test_other_language_spans_are_not_spell_checked() -> None:
    body = ("Hallo Ana,\n\nVielen Dank für die Führung durch das Lager. I enjoyed seeing the new sorter, "
            "and I definately want to hear more.\n\nLiebe Grüße,\nLi")
    assert flagged_texts(MisspelledWord, body) == ["definately"]


def test_one_word_that_names_its_language_is_a_span() -> None:
    body = "Hi Ana,\n\nThe depot tour was great.\n\nGrazie,\nLuca"
    assert spans(body) == [("Grazie", "it")]
    assert_clean(MisspelledWord, body)


def test_subject_in_two_languages() -> None:
    report = run_rule(MisspelledWord, "Hi Ana,\n\nThank you for the tour.\n\nBest,\nLi",
                      subject="Obrigado / thank you")
    assert not report.findings


def test_not_english_judges_the_whole_text() -> None:
    mixed = ("Hola Ana,\n\nMuchas gracias por tu tiempo. Thank you for walking me through the depot and the "
             "new sorter; I enjoyed hearing how the night crew plans the routes.\n\nUn abrazo,\nLi")
    assert_clean(NotEnglish, mixed)
    spanish = ("Hola Ana,\n\nMuchas gracias por tu tiempo y por la visita al almacén. Me gustó mucho conocer al "
               "equipo de noche y espero tener noticias pronto.\n\nUn abrazo,\nLi")
    (f,) = run_rule(NotEnglish, spanish).findings
    assert f.data["language"] == "es"


def test_typo_heavy_english_is_still_english() -> None:
    body = ("Hi Ana,\n\nThnak you for teh tour of the depot. I realy enjoyd seing the new sortr and the "
            "nite crew, and I am gratefull for yor time.\n\nBest,\nLi")
    assert_clean(NotEnglish, body)
    assert "gratefull" in flagged_texts(MisspelledWord, body)


def test_reading_is_linear() -> None:
    lex = load_lexicon().__contains__

    def timed(n: int) -> float:
        doc = Document(Draft(body="Hi Ana,\n\n" + "Vielen Dank für das Gespräch, the depot was great. " * n))
        t = time.process_time()
        read_language(doc, lex)
        return time.process_time() - t

    assert_linear(timed)


def test_unknown_words_just_before_a_marker_belong_to_its_span() -> None:
    body = "Hi Ana,\n\nBahut bahut dhanyavaad for the depot tour. Thanks for teh coffee too, merci.\n\nBest,\nLi"
    assert flagged_texts(MisspelledWord, body) == ["teh"]       # "tour" is English: "teh" stays checked


# Outside batch "fourth", class 4: a greeting or blessing of another language, however it is
# transliterated, is another language, not a string of misspellings (an error on a clean note)
@pytest.mark.parametrize("line", [
    "Assalamu alaikum, I hope you are well.",
    "Asalam o Alaikum and good morning.",
    "Walaikum assalam, and thanks for your reply.",
    "Salam and greetings from Karachi.",
    "Alhamdulillah, the journey home was smooth.",
    "Inshallah we will speak again next week.",
    "Sawubona, and thank you for the site visit.",
    "Sanibonani from the whole family.",
    "Dumela, I trust you are well.",
    "Vanakkam and many thanks for the call.",
])
def test_a_transliterated_greeting_or_blessing_is_another_language(line: str) -> None:
    body = f"Dear Ms. Okafor,\n\n{line} I enjoyed the tour of the depot.\n\nBest regards,\nSam"
    assert spans(body), body
    assert flagged_texts(MisspelledWord, body) == []


def test_a_typo_beside_a_greeting_of_another_language_is_still_reported() -> None:
    body = "Dear Ms. Okafor,\n\nAssalamu alaikum. I enjoyed the tuor of the depot.\n\nBest regards,\nSam"
    assert flagged_texts(MisspelledWord, body) == ["tuor"]


@pytest.mark.parametrize("word", ["lol", "tbh", "imo", "idk", "tysm"])
def test_chat_abbreviations_are_not_misspellings(word: str) -> None:
    body = f"hi ana\n\nthe depot tour was great {word} and the rota sounds fine\n\nsam"
    assert flagged_texts(MisspelledWord, body) == []


# Outside batch "eighteenth", class: a thanks in a Southern African language (Sotho-Tswana, Shona,
# Venda, Tsonga) closing or opening the note is another language, not words to spell one by one
@pytest.mark.parametrize("closing", [
    "Kea leboha",
    "Re a leboga thata",
    "Ke a leboha haholo",
    "Ndatenda zvikuru",
    "Ndo livhuwa",
    "Ndza khensa",
])
def test_a_southern_african_thanks_is_another_language(closing: str) -> None:
    body = f"Dear Ms. Okafor,\n\nI enjoyed the tour of the depot this morning.\n\n{closing},\nSam"
    assert spans(body), body
    assert flagged_texts(MisspelledWord, body) == []


def test_a_typo_beside_a_southern_african_thanks_is_still_reported() -> None:
    body = "Dear Ms. Okafor,\n\nI enjoyed the tuor of the depot.\n\nKea leboha,\nSam"
    assert flagged_texts(MisspelledWord, body) == ["tuor"]


@pytest.mark.parametrize("closing", ["Urakoze cyane", "Murakoze", "Webale nnyo"])
def test_an_east_african_thanks_is_another_language(closing: str) -> None:
    body = f"Dear Ms. Okafor,\n\nI enjoyed the tour of the depot this morning.\n\n{closing}\nSam"
    assert spans(body), body
    assert flagged_texts(MisspelledWord, body) == []


@pytest.mark.parametrize("body,span", [
    ("Hi Ana,\n\nI fixed the loader. Ahora the nightly job ends by six.\n\nBest,\nLi", ("Ahora", "es")),
    ("Hi Ana,\n\nThe demo went well.\nOjalá we can talk again soon.\n\nBest,\nLi", ("Ojalá", "es")),
    ("Hi Ana,\n\nThe tests pass. Entonces I merged it.\n\nBest,\nLi", ("Entonces", "es")),
])
def test_a_capitalised_word_of_another_language_opening_a_sentence_is_a_span(body: str, span) -> None:
    assert spans(body) == [span]
    assert flagged_texts(MisspelledWord, body) == []


@pytest.mark.parametrize("body,typo", [
    # mid-sentence, lower case, or too short: still English to check
    ("Hi Ana,\n\nI fixed the loader, and ahora the nightly job is fast. Teh rest waits.\n\nBest,\nLi", "Teh"),
    ("Hi Ana,\n\nThe tests pass. Mas I recieved no reply.\n\nBest,\nLi", "recieved"),
])
def test_a_lone_other_language_word_inside_a_sentence_is_no_span(body: str, typo: str) -> None:
    assert spans(body) == []
    assert typo in flagged_texts(MisspelledWord, body)

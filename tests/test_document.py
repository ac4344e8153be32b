"""The document layer on tricky inputs, checked against exact offsets."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.document import Document
from followup_lint.document.html import html_to_text


def doc(body: str, subject: str = "") -> Document:
    return Document(Draft(body=body, subject=subject))


# Every structure test runs on LF and on CRLF text (most real mail keeps CRLF after decoding).
EOL = pytest.mark.parametrize("eol", ["\n", "\r\n"], ids=["lf", "crlf"])


def greeting_text(d: Document) -> str:
    g = d.greeting
    assert g is not None
    return d.own[g.start:g.end]


@pytest.mark.parametrize("body,expected,punct", [
    ("Hi Dana,\n\nThanks.", "Hi Dana", ","),
    ("Dear Ms. Okafor:\n\nThank you.", "Dear Ms. Okafor", ":"),
    ("Hello!\n\nThanks.", "Hello", "!"),
    ("Hi Dana\n\nThanks.", "Hi Dana", ""),
    ("Dear Ms O'Sullivan,\n\nThanks.", "Dear Ms O'Sullivan", ","),
    ("Dear Anne-Marie,\n\nThanks.", "Dear Anne-Marie", ","),
    ("Hi Ana, Raj and Tom,\n\nThanks.", "Hi Ana, Raj and Tom", ","),
    ("Dana,\n\nThank you for today.", "Dana", ","),
    ("Good morning Priya,\n\nThanks.", "Good morning Priya", ","),
    ("To whom it may concern,\n\nThanks.", "To whom it may concern", ","),
    ("\ufeff\n  Hi José,\n\nThanks.", "Hi José", ","),
])
@EOL
def test_greeting_words_and_punctuation(body: str, expected: str, punct: str, eol: str) -> None:
    d = doc(body.replace("\n", eol))
    assert greeting_text(d) == expected
    assert d.greeting.punct == punct


def test_greeting_names_exclude_titles_and_connectors() -> None:
    d = doc("Dear Dr. van der Berg and Mr. Tan,\n\nThanks.")
    assert [n[2] for n in d.greeting.names] == ["van", "der", "Berg", "Tan"]
    assert d.greeting.titles == ("Dr.", "Mr.")


@pytest.mark.parametrize("body", ["Hi there,\n\nx", "Dear Hiring Manager,\n\nx", "Hi all,\n\nx", "Dear team,\n\nx",
                                  "Hello,\n\nx", "To whom it may concern:\n\nx", "Respected Sir,\n\nx",
                                  "Dear Ma'am,\n\nx"])
@EOL
def test_generic_greetings(body: str, eol: str) -> None:
    assert doc(body.replace("\n", eol)).greeting.generic


def test_no_greeting_when_the_first_line_is_a_sentence() -> None:
    assert doc("Thank you for the interview today.\n\nBest,\nMaya").greeting is None


def test_crlf_offsets_and_signoff() -> None:
    body = "Hi Dana,\r\n\r\nThanks for today.\r\n\r\nBest regards,\r\nMaya Fischer\r\n"
    d = doc(body)
    assert greeting_text(d) == "Hi Dana"
    s = d.signoff
    assert body[s.start:s.end] == "Best regards" and s.punct == ","
    assert d.signature_name == "Maya Fischer"
    assert "Maya" not in d.own  # the signature name is not the candidate's prose
    assert len(d.own) == len(body)


@EOL
def test_signature_after_dash_dash_space_is_masked(eol: str) -> None:
    body = "Hi Dana,\n\nThanks for the chat.\n\n-- \nMaya Fischer\nSenior Engineer | +1 555 0100\n".replace("\n", eol)
    d = doc(body)
    start = body.index("-- ")
    assert d.own[start:].strip() == ""
    assert d.own[:start] == body[:start]


@EOL
def test_sent_from_my_iphone_and_disclaimer_are_masked(eol: str) -> None:
    body = ("Hi Dana,\n\nThanks for the chat.\n\nSent from my iPhone\n\n"
            "CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the recipient.\n").replace("\n", eol)
    d = doc(body)
    assert "iPhone" not in d.own and "CONFIDENTIALITY" not in d.own
    assert "Thanks for the chat." in d.own


@pytest.mark.parametrize("quote", [
    "On Tue, 20 Jan 2026 at 16:04, Callum Fraser <callum@x.example> wrote:\n> Hi,\n> teh typo\n",
    "On Tue, 20 Jan 2026 at 16:04, Callum Fraser\n<callum@x.example> wrote:\n> Hi,\n> teh typo\n",
    "-----Original Message-----\nFrom: Callum\nSent: Tuesday\nteh typo\n",
    "From: Callum Fraser <callum@x.example>\nSent: Tuesday, January 20, 2026 4:04 PM\nTo: Ella\nteh typo\n",
    "On 20 Jan 2026, at 16:04, Callum Fraser <callum@x.example> wrote:\n\nteh typo\n",
    "Am 20.01.2026 um 16:04 schrieb Callum Fraser <callum@x.example>:\n> teh typo\n",
    "Le mar. 20 janv. 2026 à 16:04, Callum Fraser <callum@x.example> a écrit :\n> teh typo\n",
])
@EOL
def test_quoted_replies_are_not_own_text(quote: str, eol: str) -> None:
    body = ("Hi Callum,\n\nThank you for the invitation.\n\nBest,\nElla\n\n" + quote).replace("\n", eol)
    d = doc(body)
    assert "teh" not in d.own
    assert "Thank you for the invitation." in d.own
    assert not any("teh" == t.text for t in d.tokens)


@EOL
def test_inline_quoted_lines_are_masked_but_replies_kept(eol: str) -> None:
    body = "Hi Callum,\n\n> Could you send samples?\nYes, attached are two.\n\nBest,\nElla".replace("\n", eol)
    d = doc(body)
    assert "samples" not in d.own
    assert "attached are two" in d.own


def test_html_body_maps_back_to_whole_entities() -> None:
    raw = "<p>Hi Lotte,</p><p>I&rsquo;m grateful &amp; excited.</p><script>var x = 'teh';</script>"
    d = doc(raw)
    assert d.body.is_html
    assert d.body.text == "Hi Lotte,\n\nI’m grateful & excited."
    i = d.body.text.index("’")
    assert d.body.to_raw(i, i + 1) == (raw.index("&rsquo;"), raw.index("&rsquo;") + len("&rsquo;"))
    j = d.body.text.index("grateful")
    rs, re_ = d.body.to_raw(j, j + len("grateful"))
    assert raw[rs:re_] == "grateful"
    assert "teh" not in d.body.text


def test_html_blockquote_is_quoted_text() -> None:
    raw = "<div>Thanks!</div><div class=\"gmail_quote\"><blockquote>teh old text</blockquote></div>"
    d = doc(raw)
    assert "teh" in d.body.text and "teh" not in d.own


def test_html_to_text_collapses_whitespace_and_keeps_breaks() -> None:
    out = html_to_text("<div>a\n   b</div><br><span>c&nbsp;d</span>")
    assert out.text == "a b\n\nc d" or out.text == "a b\nc d"
    assert len(out.starts) == len(out.text) == len(out.ends)


def test_tokens_keep_urls_addresses_handles_and_emoji_whole() -> None:
    body = "See https://example.com/a?b=1, write to priya@acme.example or @priya 🙂 v2 e.g. U.S. teams."
    d = doc(body)
    kinds = {t.text: t.kind for t in d.tokens}
    assert kinds["https://example.com/a?b=1"] == "url"
    assert kinds["priya@acme.example"] == "email"
    assert kinds["@priya"] == "handle"
    assert kinds["🙂"] == "emoji"
    assert kinds["e.g."] == "word" and kinds["U.S."] == "word"
    for t in d.tokens:
        assert body[t.start:t.end] == t.text


def test_combining_marks_and_tabs_stay_in_one_word() -> None:
    body = "Hi Jose\u0301,\n\n\tThanks\tfor today."
    d = doc(body)
    assert "Jose\u0301" in [t.text for t in d.tokens]
    assert greeting_text(d) == "Hi Jose\u0301"


def test_sentences_split_on_terminal_punctuation_not_abbreviations() -> None:
    body = "Hi Dana,\n\nI met Dr. Smith at 10:30 a.m. today. It went well! Did it?\n\nBest,\nMaya"
    d = doc(body)
    texts = [d.own[s:e] for s, e in d.sentences]
    assert "I met Dr. Smith at 10:30 a.m. today." in texts
    assert "It went well!" in texts and "Did it?" in texts


@pytest.mark.parametrize("body,sentence", [
    ("Hi Dana,\n\nI look forward to\n\nmeeting the wider team.", "I look forward to\n\nmeeting the wider team."),
    ("Hi Dana,\n\nThe part I liked most was the\r\n\r\nsafety walk.", "The part I liked most was the\r\n\r\nsafety walk."),
])
def test_a_blank_line_inside_a_sentence_does_not_split_it(body: str, sentence: str) -> None:
    d = doc(body)
    assert sentence in [d.own[s:e] for s, e in d.sentences]


@pytest.mark.parametrize("body,first", [
    ("Hi Dana,\n\nThanks for today.\n\nit was great.", "Thanks for today."),  # a full stop ends it
    ("Hi Dana\n\nthanks for today.", "Hi Dana"),                                 # the first line stays alone
    ("Hi Dana,\n\nThe topics were\n\nBudget and hiring.", "The topics were"),  # a capital starts anew
])
def test_a_blank_line_still_ends_a_finished_block(body: str, first: str) -> None:
    d = doc(body)
    assert first in [d.own[s:e] for s, e in d.sentences]


# A note typed with no sentence mark at all (a phone note: "thank you for taking interview today\nabout the
# cracking in the mat boards i have seen same problem", twenty-ninth ac-301): each line is a sentence, as the
# writer meant the line break to be the stop. One stop anywhere, a blank line or a comma's continuation keep
# the old reading: prose wrapped at a width breaks its sentences across lines.
@pytest.mark.parametrize("body,sentences", [
    ("hello ma'am\nthanks for the interview this morning\nthe cold room tour was great\nRaju",
     ["hello ma'am", "thanks for the interview this morning", "the cold room tour was great", "Raju"]),
    ("Dear Mr Osei\nThank you for the visit to the Tema yard\nI liked the crane demo\nKofi",
     ["Dear Mr Osei", "Thank you for the visit to the Tema yard", "I liked the crane demo", "Kofi"]),
    ("hi\r\ngood to meet the night team\r\nhope to hear soon",
     ["hi", "good to meet the night team", "hope to hear soon"]),
    ("thanks for the chat   \nthe boiler story stuck with me",
     ["thanks for the chat", "the boiler story stuck with me"]),
])
def test_each_line_of_an_unpunctuated_note_is_a_sentence(body: str, sentences: list[str]) -> None:
    d = doc(body)
    assert [d.own[s:e] for s, e in d.sentences] == sentences


@pytest.mark.parametrize("body,sentence", [
    # one stop anywhere: a hard-wrapped sentence stays whole
    ("Hi Dana,\n\nThank you for the tour of the cold room and the\nboiler house this morning.\n\nSam",
     "Thank you for the tour of the cold room and the\nboiler house this morning."),
    ("thanks for the chat about the\nboiler house\nsee you soon!", "thanks for the chat about the\nboiler house\nsee you soon!"),
    ("I met Dr. Asante\nand the night team", "I met Dr. Asante\nand the night team"),
    # no stop, but a blank line broken mid-sentence still joins its blocks
    ("thanks dana\n\nthe part i liked was the\n\nboiler house", "the part i liked was the\n\nboiler house"),
])
def test_a_note_with_a_stop_keeps_its_wrapped_lines_joined(body: str, sentence: str) -> None:
    d = doc(body)
    assert sentence in [d.own[s:e] for s, e in d.sentences]


def test_placeholders_are_found_and_tokens_marked() -> None:
    body = "Dear [Interviewer Name],\n\nThanks for {{topic}} at <Company> and Mr./Mrs. ______. See [1] and [link](x)."
    d = doc(body)
    found = [p.text for p in d.placeholders]
    assert found == ["[Interviewer Name]", "{{topic}}", "<Company>", "______"]
    assert d.greeting_has_placeholder()
    assert [t.text for t in d.tokens if t.kind == "placeholder"] == found


def test_lower_case_name_alone_on_the_last_line_is_the_signature() -> None:
    d = doc("hey jordan,\n\nthanks a ton for today.\n\nhope to hear back soon!\n\nsam")
    assert d.signature_name == "sam"
    assert d.own.rstrip().endswith("soon!")
    assert doc("Hi Jo,\n\nThanks for today.\nsee you soon").signature_name is None


@pytest.mark.parametrize("body,name", [
    ("namaste madam\nthank you for the interview today\nhave a nice evening\nramesh", "ramesh"),
    ("hi sir\nthanks for the call\nhope to hear soon\nprakash", "prakash"),
    ("hi sir\nthanks for the call.\nhope to hear soon\nthanks", None),    # a stop: the line runs on
    ("hi sir\nthanks for the call\nhope to hear soon\nMaria Lopez", None),  # (capitalised: as before)
])
def test_a_lower_case_name_under_a_line_of_an_unpunctuated_note_is_the_signature(body: str, name: str | None) -> None:
    assert doc(body).signature_name == name


def test_bracketed_instructions_are_placeholders() -> None:
    body = "Hi Dana,\n\nI enjoyed our talk about (insert topic here) and (Enter company name).\n(mostly the demo)"
    assert [p.text for p in doc(body).placeholders] == ["(insert topic here)", "(Enter company name)"]


def test_subject_tbd_is_a_placeholder_but_not_in_a_sentence() -> None:
    d = Document(Draft(body="The start date is TBD for now.", subject="Interview TBD"))
    assert [p.text for p in d.subject_placeholders] == ["TBD"]
    assert not d.placeholders


@pytest.mark.parametrize("body,names,titles", [
    ("G'day Shane,\n\nThanks.", ["Shane"], ()),
    ("G’day Shane,\n\nThanks.", ["Shane"], ()),
    ("Kia ora Aroha,\n\nThanks.", ["Aroha"], ()),
    ("Dear Sister Fitzgerald,\n\nThanks.", ["Fitzgerald"], ("Sister",)),
    ("Dear Rev. Adebayo,\n\nThanks.", ["Adebayo"], ("Rev.",)),
])
def test_regional_salutations_and_professional_titles(body: str, names: list[str], titles: tuple) -> None:
    d = doc(body)
    assert [n[2] for n in d.greeting.names] == names
    assert d.greeting.titles == titles


@pytest.mark.parametrize("raw,is_html", [
    ("Hi Ana,\n\nI swapped the `<div>` for a `<section>`.\n\nThanks", False),
    ("Hi Ana,\n\n```html\n<div class=\"card\"><span>{title}</span></div>\n```\n\nThanks", False),
    ("Hi Ana,\n\n~~~\n<p>draft</p>\n~~~\n\nThanks", False),
    ("<p>Hi Ana,</p><p>The `x` flag helped.</p>", True),
    ("Hi Ana,<br>\nthe `<div>` change is in.", True),
])
def test_a_code_samples_tags_leave_a_markdown_note_plain_text(raw: str, is_html: bool) -> None:
    assert doc(raw).body.is_html is is_html

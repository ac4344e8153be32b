"""The greeting line as the document layer reads it: salutation, titles, names and punctuation."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.document import Document

from _names_cases import GREETING_BODY


def greeting(line: str):
    g = Document(Draft(body=line + GREETING_BODY)).greeting
    assert g is not None, line
    return g


def names(line: str) -> list[str]:
    return [n[2] for n in greeting(line).names]


@pytest.mark.parametrize("line,title", [
    ("Dear Engr. Musa,", "Engr."), ("Hello Capt. Grant,", "Capt."), ("Dear Chef Marco,", "Chef"),
    ("Dear Captain,", "Captain"), ("Hi Chef!", "Chef"),
    ("Dear Eng. Khalid,", "Eng."), ("Dear Eng. Al-Mansouri,", "Eng."), ("Dear Ing. Novák,", "Ing."),
    ("Dear Mgr. Kowalska,", "Mgr."), ("Dear Dra. Ruiz,", "Dra."), ("Dear Arq. Pérez,", "Arq."),
    ("Dear Ir. Wijaya,", "Ir."), ("Dear Haji Osman,", "Haji"), ("Good morning Eng. Layla,", "Eng."),
    ("Dear Eng Khalid,", "Eng"),
])
def test_titles_are_parsed(line: str, title: str) -> None:
    assert title in greeting(line).titles


@pytest.mark.parametrize("line,expected", [
    ("Dear Ms Barr,", ["Barr"]), ("Dear Mr. Judge,", ["Judge"]), ("Hi Major Tom,", ["Tom"]),
    ("Dear Eng. Khalid,", ["Khalid"]), ("Dear Eng. Al-Mansouri,", ["Al-Mansouri"]), ("Dear Ing. Novák,", ["Novák"]),
    ("Dear Mgr. Kowalska,", ["Kowalska"]), ("Dear Dra. Ruiz,", ["Ruiz"]), ("Dear Arq. Pérez,", ["Pérez"]),
    ("Dear Ir. Wijaya,", ["Wijaya"]), ("Dear Haji Osman,", ["Osman"]), ("Good morning Eng. Layla,", ["Layla"]),
    ("Dear Eng Khalid,", ["Khalid"]), ("Prezado Sr. Costa,", ["Costa"]),
])
def test_the_word_after_a_title_is_the_name(line: str, expected: list[str]) -> None:
    assert names(line) == expected


@pytest.mark.parametrize("line", ["Dear Ms. Ing,", "Dear Mr Eng,"])
def test_a_title_word_after_a_title_is_one_surname(line: str) -> None:
    assert len(greeting(line).names) == 1


@pytest.mark.parametrize("line", [
    "Namaste Rajesh,", "Salaam Amir,", "Assalamu alaikum Amir,", "As-salamu alaykum Mr. Haddad,", "Shwmae Rhys,",
    "Habari Juma,", "Jambo Juma,", "Vanakkam Priya,", "Mabuhay Maria,", "Sannu Aminu,", "Prezado Sr. Costa,",
    "Prezada Ana,", "Szanowna Pani Kowalska,", "Querida Marta,",
])
def test_a_greeting_word_of_another_language_is_the_salutation(line: str) -> None:
    g = greeting(line)
    assert g.salutation and g.punct == ","


def test_prezado_is_the_salutation_and_costa_the_name() -> None:
    assert greeting("Prezado Sr. Costa,").salutation == "Prezado" and names("Prezado Sr. Costa,") == ["Costa"]


def test_a_suffix_honorific_is_part_of_the_name_not_its_punctuation() -> None:
    g = Document(Draft(body="Dear Tanaka-san\n\nThanks for today.")).greeting
    assert g is not None and g.punct == "" and [n[2] for n in g.names] == ["Tanaka"]
    g = Document(Draft(body="Dear Tanaka-san,\n\nThanks for today.")).greeting
    assert g is not None and g.punct == "," and g.names[0][:2] == (5, 11)


@pytest.mark.parametrize("line,title,expected", [
    ("Dear Mr.Okonkwo,", "Mr.", ["Okonkwo"]), ("Hello Dr.Lindqvist:", "Dr.", ["Lindqvist"]),
    ("Dear Ms.Hannah Byrne,", "Ms.", ["Hannah", "Byrne"]), ("Dear Mrs.O'Neill,", "Mrs.", ["O'Neill"]),
])
def test_a_title_glued_to_the_name_is_a_title_and_a_name(line: str, title: str, expected: list[str]) -> None:
    assert title in greeting(line).titles
    assert names(line) == expected


@pytest.mark.parametrize("line,expected", [("Hi St.John,", ["St.John"]), ("Dear J.R. Tolkien,", ["J.R", "Tolkien"])])
def test_a_full_stop_inside_a_name_that_is_no_title_keeps_the_word(line: str, expected: list[str]) -> None:
    assert names(line) == expected


@pytest.mark.parametrize("line,salutation,expected", [
    ("Goodafternoon Sir,", "Goodafternoon", []), ("Goodmorning Dana,", "Goodmorning", ["Dana"]),
    ("Goodevening Dr. Mensah:", "Goodevening", ["Mensah"]),
])
def test_a_salutation_run_together_is_still_the_salutation(line: str, salutation: str, expected: list[str]) -> None:
    g = greeting(line)
    assert g.salutation == salutation
    assert [n[2] for n in g.names if n[2].lower() not in ("sir",)] == expected


# Outside notes, class "honorifics of Brunei and Malaysia": a title of two words ("Tan Sri"), one written
# with its apostrophe ("Dato'"), and "Hajah"/"Pengiran"/"Awang"/"Dayang" are titles, the name follows
@pytest.mark.parametrize("line,titles,name", [
    ("Dear Tan Sri Rahman,", ["Tan Sri"], ["Rahman"]), ("Dear Puan Sri Zainab,", ["Puan Sri"], ["Zainab"]),
    ("Dear Dato' Azlan,", ["Dato"], ["Azlan"]), ("Dear Dato’ Sri Najib,", ["Dato’ Sri"], ["Najib"]),
    ("Dear Hajah Rosnah,", ["Hajah"], ["Rosnah"]), ("Dear Pengiran Hafiz,", ["Pengiran"], ["Hafiz"]),
    ("Dear Dayang Siti,", ["Dayang"], ["Siti"]),
])
def test_malay_titles_before_the_name(line: str, titles: list[str], name: list[str]) -> None:
    g = greeting(line)
    assert list(g.titles) == titles and [n[2] for n in g.names] == name and g.punct == ","


@pytest.mark.parametrize("line", ["Dear Mr. Tan,", "Hi Tan Wei Ming,", "Dear Ms Tan Sze Ling,"])
def test_tan_without_sri_stays_a_name(line: str) -> None:
    assert "Tan" in names(line)


# Outside notes, class "a greeting made only of @handles": the handles, without their "@", and the message
# after them; a handle inside a sentence, or a line of handles alone, is no greeting
@pytest.mark.parametrize("line,handles,message", [
    ("@mkoh @dag.larsen Here is my solution", ["mkoh", "dag.larsen"], "Here"),
    ("@OluAdeyemi  @sfernandes, I pushed the fixes", ["OluAdeyemi", "sfernandes"], "I"),
    ("@tomasz_nowak: attached is the take-home", ["tomasz_nowak"], "attached"),
])
def test_a_line_opening_with_handles_is_a_greeting_of_handles(line: str, handles: list[str], message: str) -> None:
    doc = Document(Draft(body=line + "\n\nThanks,\nLee"))
    g = doc.greeting
    assert g is not None and [h[2] for h in g.handles] == handles and not g.names and not g.salutation
    assert doc.own[g.message_start:].startswith(message)


@pytest.mark.parametrize("body", [
    "Here is my solution, @mkoh.\n\nThanks,\nLee", "CC: @mkoh\n\nHere it is.\n\nLee", "@mkoh\n\nHere it is.\n\nLee",
    "@mkoh.\n\nHere it is.\n\nLee",
])
def test_handles_inside_a_sentence_or_alone_are_no_greeting_of_handles(body: str) -> None:
    g = Document(Draft(body=body)).greeting
    assert g is None or not g.handles


# Outside batch "fifteenth" (s-118 "Hello Hours with Experts! Thanks for ..."): capitalised words joined by
# lower-case connectors up to the greeting's mark greet a programme or a team by its name; the greeting is
# the whole name, and its mark is the one after it.
@pytest.mark.parametrize("line,words", [
    ("Hello Friends of the Earth!", "Hello Friends of the Earth"),
    ("Hi Women in Tech,", "Hi Women in Tech"),
    ("Dear Engineers without Borders:", "Dear Engineers without Borders"),
    ("Hello Code for Ghana team!", "Hello Code for Ghana team"),
    ("Hi Data with Purpose Fellowship!", "Hi Data with Purpose Fellowship"),
])
def test_a_group_named_with_connectors_is_one_greeting(line: str, words: str) -> None:
    g = greeting(line)
    assert g.group_name and line[g.start:g.end] == words and g.punct == line[-1]


@pytest.mark.parametrize("line,words", [
    ("Hi Sam at Globex,", "Hi Sam"),  # a person at a company: "at" joins no group's name
    ("Hi Dana, with thanks for Tuesday", "Hi Dana"),
    ("Hello Priya with the news,", "Hello Priya"),  # a lower-case word after the connector: a sentence
])
def test_a_name_before_a_connector_is_no_group(line: str, words: str) -> None:
    g = greeting(line)
    assert not g.group_name and line[g.start:g.end] == words


# Outside batch "eighteenth" (c-112 "Hii @nate-double-u"), class: a short greeting stretched on a phone ("Hii",
# "Heyyy", "Helloo") is still the salutation.
@pytest.mark.parametrize("line,salutation", [
    ("Hiii Dana,", "Hiii"), ("Heyyy Dana!", "Heyyy"), ("Helloo Dana,", "Helloo"), ("hii dana,", "hii"),
])
def test_a_stretched_salutation_is_still_the_salutation(line: str, salutation: str) -> None:
    g = greeting(line)
    assert g.salutation == salutation and [n[2] for n in g.names] == [line.split()[1].rstrip(",!")]


@pytest.mark.parametrize("line", ["Hilda,", "Hive mind,", "Heyday was great"])
def test_a_word_that_starts_like_a_salutation_is_none(line: str) -> None:
    g = Document(Draft(body=line + GREETING_BODY)).greeting
    assert g is None or not g.salutation


# Outside batch "eighteenth" (c-122 "Professor Ge @GeZhouyang"), class: a title and a name alone on the first
# line, the mark forgotten, text below: a greeting without its mark.
@pytest.mark.parametrize("text,words", [
    ("Dr. Mensah\n\nDid my e-mail reach you?", "Dr. Mensah"),
    ("Prof. Amara Okafor\nI sent the slides this morning.", "Prof. Amara Okafor"),
    ("Professor Okafor @aokafor \n\nSorry to write here.", "Professor Okafor @aokafor"),
])
def test_a_title_and_name_alone_on_the_first_line_is_a_greeting_without_its_mark(text: str, words: str) -> None:
    g = Document(Draft(body=text)).greeting
    assert g is not None and text[g.start:g.end] == words and g.punct == ""


@pytest.mark.parametrize("text", [
    "Dana Okafor\n\nDid my e-mail reach you?",          # no title: a name alone may be a heading or a signature
    "Dr. Mensah is right about the tests.\nI sent them.",  # a sentence
    "Dr. Mensah",                                      # nothing below it
])
def test_a_line_that_is_not_a_titled_address_is_no_greeting(text: str) -> None:
    assert Document(Draft(body=text)).greeting is None


# Outside batch "eighteenth" (c-121 "Hello professor. My name is Yuehao Xu"), class: a title closed by a full
# stop, then a word that opens a sentence ("My", "I", "This", "We"): the greeting ended at the full stop.
@pytest.mark.parametrize("text,words", [
    ("Dear Sir. I am writing about the PhD position.", "Dear Sir"),
    ("Good morning madam. This is Chen from the data team.", "Good morning madam"),
    ("Hello professor. We met at the open day.", "Hello professor"),
])
def test_a_title_closed_by_a_full_stop_before_a_sentence_ends_the_greeting(text: str, words: str) -> None:
    g = Document(Draft(body=text)).greeting
    assert g is not None and text[g.start:g.end] == words and g.names == ()


@pytest.mark.parametrize("text,name", [
    ("Dear Dr. Mensah, thanks for today.", "Mensah"),
    ("Hello Prof. Okafor,\n\nThanks.", "Okafor"),
    ("Hi Capt. Ito. Thanks for the tour.", "Ito"),
])
def test_an_abbreviated_title_before_a_name_keeps_the_name(text: str, name: str) -> None:
    assert [n[2] for n in Document(Draft(body=text)).greeting.names] == [name]

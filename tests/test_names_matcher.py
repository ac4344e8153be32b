"""The name matcher: exact, nickname, transliteration, misspelling; family name first; particles."""

from __future__ import annotations

import pytest

from followup_lint.model import Interviewer
from followup_lint.names import NameMatcher, fold, split_name, transliterate


def kind(word: str, *names: str | Interviewer, any_case: bool = False):
    people = [n if isinstance(n, Interviewer) else Interviewer(n) for n in names]
    m = NameMatcher(people).classify(word, any_case=any_case)
    return None if m is None else m.kind


@pytest.mark.parametrize("word,name,expected", [
    ("Robert", "Robert Lindqvist", "exact"),
    ("ROBERT", "Robert Lindqvist", "exact"),
    ("robert", "Robert Lindqvist", "exact"),
    ("Lindqvist's", "Robert Lindqvist", "exact"),
    ("Bob", "Robert Lindqvist", "nickname"),
    ("Peggy", "Margaret Hale", "nickname"),
    ("Liz", "Elizabeth Carmody", "nickname"),
    ("Sasha", "Alexander Petrov", "nickname"),
    ("Raj", "Rajesh Iyer", "nickname"),
    ("Segun", "Olusegun Bakare", "nickname"),
    ("Robert", "Bob Hennessy", "nickname"),
    ("Juergen", "Jürgen Großmann", "transliteration"),
    ("Grossmann", "Jürgen Großmann", "transliteration"),
    ("Koenig", "Sven König", "transliteration"),
    ("Haenel", "Lea Hänel", "transliteration"),
    ("Müller", "Anke Mueller", "transliteration"),
    ("José", "Jose Alvarez", "exact"),
    ("O’Sullivan", "Siobhán O'Sullivan", "exact"),
    ("Anne-Marie", "Anne-Marie van der Merwe", "exact"),
    ("Marie", "Anne-Marie van der Merwe", "exact"),
    ("Pryce-Jones", "Gareth Pryce-Jones", "exact"),
    ("Jon", "John Whitaker", "misspelling"),
    ("Micheal", "Michael Brandt", "misspelling"),
    ("MacAlister", "Fiona McAllister", "misspelling"),
    ("Schumaker", "Katharina Schumacher", "misspelling"),
    ("Jurgen", "Jürgen Großmann", "misspelling"),
    ("Siobhan", "Siobhán O'Sullivan", "misspelling"),
    # a changed accent misspells a name that has one: another mark, or the mark on another letter
    ("Renè", "René Lapointe", "misspelling"),
    ("Gonzàlez", "Inés González", "misspelling"),
    ("Ínes", "Inés González", "misspelling"),
    ("Zoé", "Zoë Harland", "misspelling"),
    ("GONZÁLEZ", "Inés González", "exact"),
    ("René", "René Lapointe", "exact"),
    ("Renée", "Renee Lapointe", "exact"),
    ("Kathryn", "Katherine Doyle", "misspelling"),
    ("Sarah", "Sara Lindholm", "misspelling"),
    ("Jon", "Jon Ekberg", "exact"),
    ("Sara", "Sara Lindholm", "exact"),
    ("Megan", "Wanjiru Kamau", None),
    ("Dear", "Anne-Marie van der Merwe", None),
    ("Data", "Dana Whitfield", None),
    ("Tim", "Tom Kowalski", None),
    # a writer's slips: a syllable doubled or dropped inside, p/b first, ß for ss, a stroked letter
    ("Papapadopoulou", "Eleni Papadopoulou", "misspelling"),
    ("Ramasubranian", "Karthik Ramasubramanian", "misspelling"),
    ("Bowell", "Andrew Powell", "misspelling"),
    ("Groß", "Urs Gross", "misspelling"),
    ("Tođ", "Todd Hammond", "misspelling"),
    ("Łukasz", "Łukasz Nowak", "exact"),
    ("Lukasz", "Łukasz Nowak", "misspelling"),
    ("Gross", "Anna Groß", "transliteration"),
    ("Robertson", "John Roberts", None),
    ("Christoph", "Christopher Lane", None),
])
def test_classify(word, name, expected):
    assert kind(word, name) == expected


def test_misspelling_carries_the_right_spelling():
    m = NameMatcher([Interviewer("Katharina Schumacher")]).classify("Schumaker")
    assert m is not None and m.kind == "misspelling" and m.expected == "Schumacher" and m.part == "last"


def test_lower_case_words_are_not_fuzzy_unless_asked():
    assert kind("jon", "John Whitaker") is None
    assert kind("jon", "John Whitaker", any_case=True) == "misspelling"


def test_exact_name_of_one_interviewer_beats_a_near_miss_of_another():
    m = NameMatcher([Interviewer("Sarah Cohen"), Interviewer("Sara Lindholm")]).classify("Sara")
    assert m is not None and m.kind == "exact" and m.interviewer == 1


@pytest.mark.parametrize("person,family,first", [
    (Interviewer("Tan Wei Ming", "weiming.tan@lionport.example"), "Tan", "Wei"),
    (Interviewer("Tan Wei Ming"), "Tan", "Wei"),
    (Interviewer("TAN Wei Ming"), "Tan", "Wei"),
    (Interviewer("Lee, Min-ho"), "Lee", "Min-ho"),
    (Interviewer("Lee Min-ho"), "Lee", "Min-ho"),
    (Interviewer("Yuki Tanaka", "yuki.tanaka@hoshizora.example"), "Tanaka", "Yuki"),
    (Interviewer("Anne-Marie van der Merwe"), "van der Merwe", "Anne-Marie"),
    (Interviewer("María de la Cruz"), "de la Cruz", "María"),
    (Interviewer("Siobhán O'Sullivan"), "O'Sullivan", "Siobhán"),
    (Interviewer("Kim Ji-woo"), "Kim", "Ji-woo"),
])
def test_split_name(person, family, first):
    parsed = split_name(person)
    assert parsed.surname.title() == family.title() or parsed.surname == family
    assert parsed.first == first


def test_family_names_accept_particle_forms():
    m = NameMatcher([Interviewer("Anne-Marie van der Merwe")])
    assert {"merwe", "van der merwe", "vandermerwe"} <= m.family_names(0)


def test_vocabulary_holds_names_nicknames_and_transliterations():
    vocab = NameMatcher([Interviewer("Jürgen Großmann"), Interviewer("Olusegun Bakare")]).vocabulary()
    assert {"jurgen", "juergen", "großmann", "grossmann", "segun", "bakare"} <= vocab


def test_fold_and_transliterate():
    assert fold("Jürgen’s") == "jurgen's"
    assert transliterate("Großmann") == "grossmann"


def test_matcher_is_memoised_per_draft_and_fast():
    import time

    m = NameMatcher([Interviewer("Katharina Schumacher"), Interviewer("Robert Lindqvist")])
    t0 = time.perf_counter()
    for _ in range(2000):
        m.classify("Schumaker")
    assert time.perf_counter() - t0 < 0.05


@pytest.mark.parametrize("person,family", [
    (Interviewer("Yuki Tanaka", "tanaka.yuki@hoshizora.example"), "Tanaka"),  # address order is not name order
    (Interviewer("Tan Wei Ming", "tan.weiming@lionport.example"), "Tan"),
    (Interviewer("Wang Fang", "fang.wang@x.example"), "Wang"),
    (Interviewer("Lee Anderson", "lee.anderson@x.example"), "Anderson"),
])
def test_family_name_first_signals(person, family):
    assert split_name(person).surname == family


@pytest.mark.parametrize("word,name", [("Kat", "Katharina Schumacher"), ("Sammy", "Samantha Reyes"),
                                       ("Chris", "Christopher Hale"), ("Jo", "Joanna Price")])
def test_clipped_short_forms_are_nicknames(word, name):
    assert kind(word, name) == "nickname"


def test_preferred_name_and_its_nicknames():
    m = NameMatcher([Interviewer("Olusegun Bakare", preferred_name="Shegs"), Interviewer("Margaret Hale",
                                                                                         preferred_name="Meg")])
    hit = m.classify("Shegs")
    assert hit is not None and hit.kind == "exact" and hit.part == "preferred"
    assert m.first_name(0) == "Shegs" and m.first_name(1) == "Meg"
    assert m.classify("Segun").kind == "nickname"


def test_formal_name_keeps_the_family_name_first():
    m = NameMatcher([Interviewer("TAN Wei Ming"), Interviewer("Tan, Wei Ming")])
    assert m.formal_name(0) == "Tan Wei Ming" and m.formal_name(1) == "Tan Wei Ming"
    assert m.first_name(0) == "Wei"

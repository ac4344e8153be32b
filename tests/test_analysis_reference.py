"""References to the interview (followup_lint.analysis.reference): generic-ness measured, not listed."""

from __future__ import annotations

import pytest

import followup_lint.rules  # noqa: F401  (the rules package first: the analysis reads its phrase data)
from followup_lint.analysis.reference import generic_topic, read_references
from followup_lint.document import Document
from followup_lint.model import Draft


def refs(sentence: str):
    doc = Document(Draft(body=f"Hi Ana,\n\nThank you for the visit. {sentence}\n\nBest,\nLi"))
    return read_references(doc, frozenset({"ana", "northwind"}))


@pytest.mark.parametrize("topic", [
    "the responsibilities of the job",
    "the values of the organisation",
    "the department's goals",
    "your vision for the group",
    "career progression",
])
def test_generic_topics(topic: str) -> None:
    assert generic_topic(topic)


@pytest.mark.parametrize("topic", [
    "the forklift recertification backlog",
    "moving payroll to Workday",
    "the 2019 flood at the Hull depot",
    "the weekend rota",                      # "rota" is rare, though its family ("schedule") is not
    "the on-call rotation",
])
def test_concrete_topics(topic: str) -> None:
    assert not generic_topic(topic)


@pytest.mark.parametrize("sentence", [
    "Your anecdote about the burst sprinkler in the freezer aisle made me laugh.",
    "When you pulled up the pallet heat map, the bottleneck was obvious.",
    "The cycle-count audit you mentioned sounds like a real puzzle.",
    "You told me about Gareth's first week on nights.",
])
def test_recalling_something_concrete_counts(sentence: str) -> None:
    assert refs(sentence).concrete


@pytest.mark.parametrize("sentence", [
    "I valued our exchange on the changing nature of the industry.",
    "I enjoyed our discussion about the future direction of the business.",
    "Hearing about the culture and the people was wonderful.",
    "I loved hearing about {{project_name}} and the team.",
    "I enjoyed discussing [NAME OF THE PROJECT] with you.",
    "Talking through INSERT TOPIC HERE was useful.",
    "When you mentioned the culture, I was pleased.",      # recalled, but nothing concrete
])
def test_empty_or_placeholder_references_do_not_count(sentence: str) -> None:
    found = refs(sentence)
    assert found.items and not found.concrete


def test_weak_reference_needs_a_rare_word_or_two_less_common_ones() -> None:
    assert refs("I enjoyed our conversation about the quarantine kennels.").concrete       # one rare word
    assert not refs("I enjoyed our conversation about the evolving market.").concrete


def test_part_of_the_interview_counts_by_itself() -> None:
    parts = [r for r in refs("The case study was a good challenge.").items if r.strength == "part"]
    assert parts and parts[0].concrete == "The case study"


def test_cue_span_is_recorded() -> None:
    doc = Document(Draft(body="Hi Ana,\n\nThe stocktake you described sounded brutal.\n\nBest,\nLi"))
    (ref,) = read_references(doc, frozenset()).items
    assert doc.own[ref.cue_start:ref.cue_end] == "you described" and ref.strength == "strong"


@pytest.mark.parametrize("sentence,concrete", [
    ("I enjoyed hearing how your team plans weekly stock counts around deliveries.", True),
    ("I appreciated learning how your crew stages the night trucks at the back gate.", True),
    ("I enjoyed hearing how your team works.", False),                 # nothing it does in particular
    ("I enjoyed hearing about the changing market and new ideas.", False),   # no agent: not a practice
])
def test_a_practice_of_the_team_is_concrete(sentence: str, concrete: bool) -> None:
    assert bool(refs(sentence).concrete) is concrete


@pytest.mark.parametrize("topic", [
    "marketing strategies",                  # an abstract noun of manner names no particular thing ...
    "quality assurance methods",
    "the risk management approach",
    "patient care practices",
    "sales team priorities",
])
def test_abstract_heads_do_not_make_a_topic_concrete(topic: str) -> None:
    assert generic_topic(topic)


@pytest.mark.parametrize("topic", [
    "the pricing strategy for the Nordic launch",   # ... its modifiers still can
    "warehouse safety practices",
    "the data migration strategy",
])
def test_concrete_modifiers_of_an_abstract_head_count(topic: str) -> None:
    assert not generic_topic(topic)


def test_words_of_a_template_instruction_are_no_evidence() -> None:
    body = ("Hi Ana,\n\nThank you for the visit. I particularly enjoyed (Specifically what you liked about the "
            "depot tour).\nMention him/her telling you about the Leeds cross-dock.\n\nBest,\nLi")
    doc = Document(Draft(body=body))
    from followup_lint.analysis.language import english_word
    from followup_lint.analysis.sentences import sentence_functions

    spans = sentence_functions(doc, english_word).instructions
    assert read_references(doc, frozenset({"ana"})).concrete               # read without: "Leeds", "tour"
    assert not read_references(doc, frozenset({"ana"}), spans).concrete


@pytest.mark.parametrize("topic", [
    "the firm's graduate rotation",          # a particular practice of the organisation
    "the company's warehouse automation",
    "the group's peer mentoring",
])
def test_a_practice_of_the_organisation_is_concrete(topic: str) -> None:
    assert not generic_topic(topic)


@pytest.mark.parametrize("topic", [
    "the company's culture of innovation",   # a standing quality: abstract nouns only
    "the firm's commitment to sustainability",
    "the group's history",
    "the company's leadership and values",
])
def test_a_quality_of_the_organisation_is_generic(topic: str) -> None:
    assert generic_topic(topic)


# -- third outside batch classes (fresh wordings) -----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "I was told that the night team would settle the rota within two weeks.",   # a remark in the passive
    "We were assured the panel would choose someone before Christmas.",
    "You said the board would sign off the budget by the end of the month.",   # a deadline in a remark
])
def test_a_recalled_remark_with_its_deadline_is_concrete(sentence: str) -> None:
    assert refs(sentence).concrete


@pytest.mark.parametrize("sentence", [
    "I hope to hear by the end of the week.",               # the writer's own timing: no remark recalled
    "I was told that the team is great.",                   # a remark with nothing concrete in it
])
def test_a_deadline_without_a_recalled_remark_is_not(sentence: str) -> None:
    assert not refs(sentence).concrete


@pytest.mark.parametrize("sentence", [
    "I finished the puzzle about the lift scheduling on the train home.",
    "I went back to the question on rounding currency and wrote it up in Kotlin.",
])
def test_working_on_the_interviews_problem_afterwards_is_concrete(sentence: str) -> None:
    assert refs(sentence).concrete


def test_solving_a_problem_of_ones_own_is_no_reference() -> None:
    assert not refs("At my last job I solved the problem of late deliveries.").items


@pytest.mark.parametrize("sentence,concrete", [
    # what the writer brings before the cue is no evidence of what was discussed
    ("I will bring tenacity, an earnest manner and a desire to learn more about the sector.", False),
    ("My meticulous habits and a wish to learn more about the industry would help.", False),
    # what follows the cue still is
    ("I would be glad to learn more about the forklift recertification backlog.", True),
])
def test_a_weak_cue_refers_to_what_follows_it(sentence: str, concrete: bool) -> None:
    assert bool(refs(sentence).concrete) is concrete


@pytest.mark.parametrize("sentence", [
    "If anything we discussed needs more detail, ring me on (020) 794-6095.",
    "Should a question come up about what we talked about, call me at 0161 496 0000.",
    "If you have a question about something we discussed, my mobile is +44 7700 900123.",
])
def test_a_phone_number_in_parts_is_not_a_number_discussed(sentence: str) -> None:
    found = refs(sentence)
    assert found.items and not found.concrete


@pytest.mark.parametrize("sentence", [
    "I enjoyed our conversation about the 40 new drivers and the 3 depots.",
    "Hearing about the 85 percent target was sobering.",
])
def test_a_number_discussed_still_counts(sentence: str) -> None:
    assert refs(sentence).concrete


# -- seventh outside batch classes (fresh wordings) ---------------------------------------------------------

@pytest.mark.parametrize("topic", [
    "the kanban task: a sprint board for the department's requests",     # the exercise, then the possessive
    "the microservices challenge: an inventory service in the team's style",
])
def test_a_topic_that_names_something_before_a_possessive_is_concrete(topic: str) -> None:
    assert not generic_topic(topic)


@pytest.mark.parametrize("sentence", [
    "You mentioned that a decision would be made by [date].",          # a remark whose date is a slot
    "You indicated that offers go out before {{decision_date}}.",
    "You stated that I should hear within (timeframe).",
])
def test_a_recalled_remark_with_a_date_slot_is_concrete(sentence: str) -> None:
    assert refs(sentence).concrete


@pytest.mark.parametrize("sentence", [
    "I will be on leave until [date].",                 # the writer's own timing: no remark recalled
    "You mentioned [topic] and I agreed.",              # a slot that is not a date: nothing recalled
    "You indicated that you enjoyed meeting me.",       # a remark with nothing concrete in it
])
def test_a_date_slot_without_a_recalled_remark_is_not(sentence: str) -> None:
    assert not refs(sentence).concrete


@pytest.mark.parametrize("sentence", [
    "I hope your father's surgery goes smoothly.",       # the reader's own news: only the interview told it
    "Congratulations again on your new baby!",
    "Wishing you and your wife all the best with the new house.",
    "P.S. I am thinking of your daughter and hope she is home soon.",
])
def test_a_wish_about_the_readers_own_news_is_concrete(sentence: str) -> None:
    assert refs(sentence).concrete


@pytest.mark.parametrize("sentence", [
    "I hope you and your family are well.",             # no news named
    "I hope your week is going well.",
    "I hope your team finds the right person soon.",
    "I hope to support your disaster recovery programme.",   # words that also name the business
    "I hope to visit your partner schools this spring.",
])
def test_a_wish_that_names_no_news_is_not(sentence: str) -> None:
    assert not refs(sentence).concrete

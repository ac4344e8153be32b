"""Sentence functions (followup_lint.analysis.sentences): each class on wordings written for this test."""

from __future__ import annotations

import pytest
from _linear_util import assert_linear

from followup_lint.analysis.sentences import Function, classify, normalise_word, read_sentence, sentence_functions
from followup_lint.document import Document
from followup_lint.document.tokens import tokenize
from followup_lint.model import Draft
from followup_lint.spelling.lexicon import load_lexicon


def functions(text: str) -> Function:
    words = read_sentence(tokenize(text), load_lexicon().__contains__)
    return classify(words, text)[0]


def has(text: str, f: Function) -> bool:
    return bool(functions(text) & f)


@pytest.mark.parametrize("text", [
    "Many thanks for squeezing me in before the board meeting.",
    "I truly appreciated how candid you were about the backlog.",
    "Thanking you for the tour of the print room.",
    "A heartfelt thank you to you and Omar.",
    "Thank you kindly in advance for passing my portfolio on.",
    "Thnaks again for the coffee and the chat.",                 # misspelled: one transposition
    "Thankyou for showing me the new press.",
    "I really apprecate the time you took.",                      # misspelled: one letter dropped
    "I am so gratefull for the detailed answers.",
    "Warm thanks and best wishes,",                              # inside a closing line
    "Danke for the walk round the brewery.",
    "tyvm for lunch and the site visit!",                        # text-speak
])
def test_thanks(text: str) -> None:
    assert has(text, Function.THANKS)


@pytest.mark.parametrize("text,instead", [
    ("Thanks to a signal failure at Leeds I was ten minutes late.", Function.CAUSE),
    ("Thanks to your clear brief, the exercise made sense at once.", Function.CAUSE),
    ("I should have written a thank-you email on Monday.", Function.MENTION),
    ("My mentor says a thank you card is old-fashioned.", Function.MENTION),
    ("I'd really appreciate a short note on the timeline.", Function.REQUEST),
    ("I would be most grateful for word on the shortlist.", Function.REQUEST),
    ("Thankfully the lift was working again.", Function.NONE),
    ("The thin blank sheet was a nice touch.", Function.NONE),        # "thin", "blank": English words
])
def test_not_thanks(text: str, instead: Function) -> None:
    f = functions(text)
    assert not f & Function.THANKS
    assert f & instead or instead is Function.NONE


@pytest.mark.parametrize("text", [
    "Does the apprentice scheme run every September?",
    "Would the first month be spent shadowing the night crew?",
    "How big is the Glasgow team these days? 🙂",
    "And is the warehouse open at weekends?\"",
])
def test_questions_to_the_reader(text: str) -> None:
    assert has(text, Function.QUESTION) and functions(text).invites


@pytest.mark.parametrize("text", [
    "Please tell me if the panel needs anything more.",
    "Kindly update me once the references are checked.",
    "Could you say roughly when the shortlist will be drawn up?",
    "Do keep me informed about the second round.",
    "I'd appreciate hearing whether the post is still open.",
    "I would be glad of a quick line when the panel has met.",
    "Don't hesitate to ring me on my mobile.",
    "If you could let me know the timescale, that would help.",
    "Kindly acknowledge this mail when convenient.",
    "Please do the needful regarding my travel claim.",
])
def test_requests(text: str) -> None:
    assert has(text, Function.REQUEST)


@pytest.mark.parametrize("text", [
    "I can forward the audit template this afternoon.",
    "We could set up a short call with my former manager.",
    "Glad to walk you through the dashboard on Thursday.",
    "I'm more than happy to prepare a short write-up.",
    "I am available for a follow-up call any day next week.",
    "I will remain available should the committee want more.",
    "I keep myself at your entire disposal.",
    "Should you require further certificates, they are ready.",
    "In case you need my transcripts, they are on file.",
    "Writing samples are available on request.",                 # no subject, still an offer
])
def test_offers(text: str) -> None:
    assert has(text, Function.OFFER)


@pytest.mark.parametrize("text", [
    "Eagerly awaiting your feedback.",
    "I'm looking forward to news on the decision.",
    "Hoping to hear back once the panel meets.",
    "Excited for the next round.",
    "Counting on your favourable reply.",
    "Looking forward to it!",
])
def test_looking_forward(text: str) -> None:
    f = functions(text)
    assert f & Function.FORWARD and f.invites


@pytest.mark.parametrize("text", [
    "I look forward to contributing to the night team.",
    "Looking forward to the prospect of working alongside you.",
    "I hope to become part of the Leeds office soon.",
    "I am eager to bring my forklift licence to the depot.",
    "I'd welcome an opportunity to join the lab.",
])
def test_hoping_to_work_together_does_not_invite(text: str) -> None:
    f = functions(text)
    assert not f.invites


@pytest.mark.parametrize("text", [
    "I was happy to explain how we ran the rota.",                # an account, not an offer
    "I would bring a calm head to the night shift.",              # a hope, not an offer
    "You told me about the depot move.",                          # "told me" in the past: no request
    "Thank you for taking the time to tell me about the depot.",  # "to tell me": no request
    "I'd love to know how the lab splits the weekend cover.",     # an indirect question, no reply asked
    "I was curious to hear how the pilot ended.",
    "We had plenty of forms at our disposal.",
])
def test_look_alikes_do_not_invite(text: str) -> None:
    assert not functions(text).invites


def test_indirect_question_is_recorded() -> None:
    assert has("I am curious whether the cover rota rotates monthly.", Function.INDIRECT_QUESTION)


def test_words_are_normalised() -> None:
    assert normalise_word("I’d") == ["i", "'d"]
    assert normalise_word("thank-you") == ["thank", "you"]
    assert normalise_word("won't") == ["will", "n't"]


def test_document_sentences_with_cue_spans() -> None:
    body = "Hi Ana,\n\nThnak you for the tour. Is the depot open on Sundays?\n\nThanks again and regards,\nLi"
    doc = Document(Draft(body=body))
    found = sentence_functions(doc, load_lexicon().__contains__)
    by_text = {doc.own[s.start:s.end]: s for s in found}
    tour = by_text["Thnak you for the tour."]
    cue = tour.cue(Function.THANKS)
    assert cue is not None and doc.own[cue.start:cue.end] == "Thnak you"
    assert by_text["Is the depot open on Sundays?"].functions & Function.QUESTION
    assert by_text["Thanks again and regards,"].functions & Function.THANKS


def test_placeholder_words_are_not_read() -> None:
    body = "Hi Ana,\n\n[THANK YOU FOR THE INTERVIEW]\n\nBest,\nLi"
    doc = Document(Draft(body=body))
    assert not any(s.functions & Function.THANKS for s in sentence_functions(doc, load_lexicon().__contains__))


def test_reading_is_linear() -> None:
    import time

    def timed(n: int) -> float:
        doc = Document(Draft(body="Hi Ana,\n\n" + "Thanks for the tour of the depot, I can send more. " * n))
        t = time.process_time()
        list(sentence_functions(doc, load_lexicon().__contains__))   # every sentence read
        return time.process_time() - t

    import gc

    timed(10)
    gc.disable()
    try:
        small, big = min(timed(200) for _ in range(5)), min(timed(1600) for _ in range(5))
    finally:
        gc.enable()
    assert big < small * 8 * 3     # 8x the text: well under 24x the time (quadratic would be 64x)


@pytest.mark.parametrize("text,asks", [
    ("I was wondering whether the depot runs a night shift.", True),     # polite past: still a question
    ("I meant to ask about the cover for bank holidays.", True),
    ("I was keen to know about the audit, and you told me.", False),     # an account
    ("I was interested to hear about the fleet renewal.", False),
    ("(Why would you be the best person for this job?)", False),        # a bracketed aside
])
def test_questions_direct_and_indirect(text: str, asks: bool) -> None:
    assert bool(functions(text) & (Function.QUESTION | Function.INDIRECT_QUESTION)) is asks


# -- appreciation of a circumstance is acknowledgement, not thanks --------------------------------------

@pytest.mark.parametrize("text", [
    "I appreciate you might be swamped with the audit this week.",
    "I appreciate that the team is stretched before year end.",
    "I appreciate how hectic the launch must be.",
    "I appreciate it's a busy stretch for the depot.",
    "I appreciate you're juggling several hires at once.",
    "I appreciate that hiring takes time.",                  # "that" + any clause in the present
    "I appreciate that a decision may take a few weeks.",
    "Appreciating that you're busy, I'll keep this short.",
])
def test_appreciating_a_circumstance_acknowledges(text: str) -> None:
    f = functions(text)
    assert f & Function.ACKNOWLEDGE and not f & Function.THANKS


@pytest.mark.parametrize("text", [
    "I appreciate you walking me through the rota.",
    "I appreciate your patience with my questions.",
    "I appreciate that you took time out of a busy week.",
    "I appreciate the care you have taken over the schedule.",
    "I appreciate that you've made time for a second call.",
    "I really appreciated how open you were about the backlog.",
    "I appreciate your team's time.",                  # "'s" after a noun: a possessive, not "is"
    "I appreciate everyone's help yesterday.",
    "I appreciate that you shared the rota with me.",        # "that" + a past verb
    "I appreciate that very much.",                          # "that" is the thing appreciated
    "I appreciate that a lot.",
])
def test_appreciating_the_reader_thanks(text: str) -> None:
    assert has(text, Function.THANKS)


# -- template instructions do nothing -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thank him/her for the time he or she gave you.",
    "The closing paragraph says you look forward to hearing back.",
    "Remind him or her of one thing you discussed.",
    "In the third paragraph, offer to send samples.",
    "Ask s/he whether the role is still open?",
    "Thank the interviewer for their time and mention one detail.",   # the reader by role: told to thank
    "Start by thanking the hiring manager for the opportunity.",
    "Thank them for walking you through the lab.",                    # ninth outside batch: told to thank
    "Thank her for the time she gave you.",
])
def test_instruction_sentences_do_nothing_else(text: str) -> None:
    assert functions(text) == Function.INSTRUCTION


@pytest.mark.parametrize("text", [
    "I'd like to thank them for the lab tour as well.",               # not an imperative: thanks
    "Thank you and the whole crew for the lab tour.",
])
def test_thanking_them_in_a_statement_is_still_thanks(text: str) -> None:
    assert has(text, Function.THANKS)


@pytest.mark.parametrize("text,expected", [
    ("Please remember that I bring (If you have a licence they need, name it).", Function.NONE),
    ("I forgot to say (Ask whether they need anything else from you).", Function.NONE),
    ("I look forward to the visit (Thank them for the tour if there was one).", Function.FORWARD),
])
def test_bracketed_instruction_words_are_not_read(text: str, expected: Function) -> None:
    assert functions(text) == expected


@pytest.mark.parametrize("text,f", [
    ("I can bring the printouts (if you still need them) on Friday.", Function.OFFER),   # an aside
    ("Thanks again. (If you need anything else, I am around.)", Function.OFFER),         # its own sentence
    ("I'm free all week (Monday is best for me) for a call.", Function.OFFER),          # speaks to nobody
])
def test_brackets_that_are_not_instructions_are_read(text: str, f: Function) -> None:
    doc = Document(Draft(body=text))
    assert any(s.functions & f for s in sentence_functions(doc, load_lexicon().__contains__))


def test_instruction_spans_of_a_document() -> None:
    body = ("Dear Ms. Okafor,\n\nThank you for the tour. I particularly like (Specifically what you liked best).\n"
            "Close by telling him/her you hope to hear back soon.\n\nBest,\nLi")
    doc = Document(Draft(body=body))
    spans = sentence_functions(doc, load_lexicon().__contains__).instructions
    assert [doc.own[s:e] for s, e in spans] == ["(Specifically what you liked best)",
                                                 "Close by telling him/her you hope to hear back soon."]


# -- plans with somebody else, and hoping to do the work, do not invite ----------------------------------

@pytest.mark.parametrize("text", [
    "I will follow up with your HR team next week.",
    "I will connect with the recruiter about references.",
    "I'll speak to my current manager about the notice period.",
    "I will call the agency tomorrow.",
    "I'll email HR on Monday.",
    "I will follow up with Sarah in recruiting.",
])
def test_plans_with_a_third_party_do_not_invite(text: str) -> None:
    f = functions(text)
    assert f & Function.PLAN and not f.invites


@pytest.mark.parametrize("text", [
    "I will follow up with you on Thursday.",
    "I can call you on Monday to go over the figures.",
    "I'll email you the slides tonight.",
    "I'll send you the route plans before the weekend.",
    "I will follow up with an email next week.",           # with a thing, not a person
    "I will follow up with further details on Monday.",
    "I will follow up next week to confirm.",             # "to" + a verb
])
def test_contact_with_the_reader_offers(text: str) -> None:
    assert has(text, Function.OFFER)


@pytest.mark.parametrize("text", [
    "I look forward to the opportunity to showcase my design skills.",
    "I look forward to offering my spreadsheet skills to the depot.",
    "Hoping to lend my experience to your night team.",
    "Looking forward to the chance to prove myself on the floor.",
])
def test_looking_forward_to_an_activity_only_hopes(text: str) -> None:
    f = functions(text)
    assert f & Function.HOPE and not f.invites


@pytest.mark.parametrize("text", [
    "I look forward to your verdict.",
    "Looking forward to Thursday.",
    "I hope to hear back before the holidays.",
    "I look forward to reconnecting soon.",
    "I look forward to exploring this further.",
])
def test_looking_forward_to_a_reply_or_a_day_invites(text: str) -> None:
    assert functions(text).invites


# -- a status check asks to be told ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I just wanted to check whether there has been any progress on the vacancy.",
    "I am writing to enquire about the status of my application.",
    "It would be great to hear where things stand.",
    "Just touching base on my application for the stores role.",
    "Checking in to see if a decision has been made.",
    "I am writing to know the status of the Site Supervisor post.",
    "Just following up to see if there's been any movement.",
    "I'm reaching out to check on the status of my candidacy.",
])
def test_status_checks_request_a_reply(text: str) -> None:
    assert has(text, Function.REQUEST)


@pytest.mark.parametrize("text", [
    "I was glad to know the decision to expand the depot had gone through.",   # an account
    "Following up on our chat about the pallet scanners.",                     # not the application
])
def test_status_look_alikes_request_nothing(text: str) -> None:
    assert not functions(text).invites


def _mixed_drafts(seed: int, n: int) -> list[str]:
    """Drafts made of the cue file's own words (every construction's heads), misspellings of thanks
    words, question marks (plain and full-width), placeholders, closers and line breaks, in random order."""
    import random

    from followup_lint.analysis.sentences import cue_data

    rnd = random.Random(seed)
    words: list[str] = []
    for section in cue_data().values():
        for value in section.values():
            for item in (value if isinstance(value, list) else []):
                words.extend(str(item).split())
    words += ["thnak", "apreciate", "Thankyou", "grateful", "Danke", "?", "？", "?)", "\"?\"", "[Name]", "{{x}}",
              "Hi", "Dana,", "Best,", "Sam", "\n", "\n\n", ".", "!", "I'd", "we'll", "don't", "e.g.", "😀"]
    return [" ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 80))) for _ in range(n)]


@pytest.mark.parametrize("wanted", [Function.THANKS, Function.QUESTION | Function.REQUEST | Function.OFFER
                                    | Function.FORWARD, Function.REQUEST, Function.QUESTION, Function.OFFER,
                                    Function.MENTION | Function.CAUSE, Function.INDIRECT_QUESTION, Function.ACKNOWLEDGE,
                                    Function.PLAN, Function.INSTRUCTION, Function.HOPE,
                                    Function.QUESTION | Function.INDIRECT_QUESTION])
def test_sentences_not_picked_as_candidates_do_not_do_it(wanted: Function, monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint.analysis import sentences as S
    from followup_lint.analysis.language import english_word

    monkeypatch.setattr(S, "_PICK_FROM", 0)  # (short drafts have all their sentences listed: pick in every one)
    monkeypatch.setattr(S, "_ANCHOR_BLOCK", 2)  # (and sentences run across blocks of anchors)

    picked_total = skipped_total = 0
    for text in _mixed_drafts(11, 400):
        sentences = sentence_functions(Document(Draft(body=text)), english_word)
        picked = list(sentences.could_do(wanted))
        assert picked == sorted(set(picked))
        assert list(sentences.could_do(wanted, backwards=True)) == picked[::-1]
        if wanted & Function.QUESTION:  # (asks() reads the questions alone: picked among these too)
            fresh = sentence_functions(Document(Draft(body=text)), english_word)
            assert all(not fresh.asks(k) for k in range(len(fresh)) if k not in picked), text
        doing = [k for k in range(len(sentences)) if sentences[k].functions & wanted]
        assert set(doing) <= set(picked), text
        picked_total += len(picked)
        skipped_total += len(sentences) - len(picked)
    assert skipped_total and picked_total  # (both kinds occur: the check is not empty)


def test_a_thanks_in_a_sea_of_lines_is_found_and_the_rest_is_not_read() -> None:
    from followup_lint.analysis.language import english_word

    body = "Hi.\n" * 500 + "Thnaks again for the walk round the press.\n" + "Hi.\n" * 500 + "Could you tell me more?\n"
    sentences = sentence_functions(Document(Draft(body=body)), english_word)
    thanks = list(sentences.could_do(Function.THANKS))
    assert [sentences[k].functions & Function.THANKS for k in thanks] == [Function.THANKS]
    asking = list(sentences.could_do(Function.QUESTION | Function.REQUEST))
    assert asking[-1] == len(sentences) - 1 and set(asking) <= {500, 1001}  # (no "Hi." line is read)


# -- classes from the third outside batch (fresh wordings; none is in a fixture) ---------------------------

@pytest.mark.parametrize("text,thanks", [
    ("I shall be most grateful if you could confirm the date of the medical.", True),   # promised
    ("I'll be grateful ma if you can update me on the shortlist.", True),       # a form of address inside
    ("I will be very thankful madam if my file is reviewed this week.", True),
    ("It will be appreciated if you can pass my notes on.", True),             # a passive, promised
    ("I would be thankful if the panel could share its decision by Friday.", False),    # supposed
    ("We'd really appreciate it if you could send the contract draft.", False),
    ("I would be grateful to you if you could pass on the references.", False),
    ("I should be most obliged if you could forward my file.", False),
])
def test_conditional_gratitude_asks_and_thanks_only_when_promised(text: str, thanks: bool) -> None:
    # (decided on the fifteenth batch, s-106, s-202 and s-203: "I would be grateful if ..." supposes a
    # gratitude and thanks for nothing yet; "I'll be grateful if ..." promises it, as "thank you in advance")
    f = functions(text)
    assert f & Function.REQUEST and bool(f & Function.THANKS) is thanks


@pytest.mark.parametrize("text,thanks", [
    ("I shall be obliged.", True),                                     # a promise of gratitude
    ("I would be highly obliged to receive the offer letter soon.", True),
    ("I felt obliged to mention the gap in my CV.", False),            # "required", not thanks
    ("Staff are obliged to wear boots on the floor.", False),
    ("I'd appreciate knowing if the role is still open.", False),      # the condition belongs to the object
    ("I would be grateful for a quick word on the shortlist.", False), # only asks
])
def test_obliged_thanks_only_as_a_promise(text: str, thanks: bool) -> None:
    assert bool(functions(text) & Function.THANKS) is thanks


@pytest.mark.parametrize("text,instead", [
    ("Thanks to a burst water main our road was shut for an hour.", Function.CAUSE),
    ("Thanks to the fog on the M62 we were stuck near Leeds for ages.", Function.CAUSE),
    ("Thanks to the delay my bus arrived late for the panel.", Function.CAUSE),
    ("Thanks to your map I found the loading bay with time to spare for coffee.", Function.CAUSE),
])
def test_thanks_to_with_a_clause_is_a_cause_even_before_for(text: str, instead: Function) -> None:
    f = functions(text)
    assert f & instead and not f & Function.THANKS


@pytest.mark.parametrize("text", [
    "Thanks to you and Ama for the warm welcome.",
    "Thanks to everyone I met for making the day easy.",               # a relative clause of the people
    "A big thanks to the whole team for the tour of the kitchen.",
])
def test_thanks_to_people_for_something_still_thanks(text: str) -> None:
    assert has(text, Function.THANKS)


@pytest.mark.parametrize("text", [
    "Kindly furnish the panel's decision at your earliest convenience.",
    "Kindly advice me on the next stage.",                             # misspelled verb, still a request
    "Sir, kindly expedite my file.",
    "I kindly request you to indicate the status of my application.",
    "Could you kindly shed some light on the timeline?",
])
def test_kindly_with_a_verb_is_a_request(text: str) -> None:
    assert has(text, Function.REQUEST)


@pytest.mark.parametrize("text", [
    "Kindly find attached my updated CV.",
    "Kindly excuse the late reply.",
    "Thank you for the tour you kindly gave me.",                      # an account
    "He kindly offered to show me the lab.",
    "Thank you kindly.",
])
def test_kindly_without_a_reply_asked_is_no_request(text: str) -> None:
    assert not has(text, Function.REQUEST)


# -- ninth outside batch: a referral offers more; a wish for any chance of more talk proposes it (written
# for these tests) -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "I might know somebody who would suit the night shift better.",
    "We could recommend a former colleague for the vacancy.",
    "I may also have someone in mind for the post.",
])
def test_offering_someone_else_for_the_role_is_an_offer(text: str) -> None:
    assert has(text, Function.OFFER)


@pytest.mark.parametrize("text", [
    "I know someone in your logistics team.",                        # an account
    "I knew somebody who would have loved the tour.",
    "You may know someone from the conference.",
])
def test_knowing_someone_in_an_account_is_no_offer(text: str) -> None:
    assert not has(text, Function.OFFER)


@pytest.mark.parametrize("text", [
    "I'd welcome any opportunity to talk through the rota further.",
    "I would welcome every chance to continue our conversation.",
    "I'd welcome another conversation about the night audit.",
    "I would value any further discussion of the figures.",
])
def test_a_wish_for_any_chance_of_more_talk_requests_it(text: str) -> None:
    assert has(text, Function.REQUEST)


def test_a_wish_for_any_chance_to_join_is_only_a_hope() -> None:
    assert not has("I would welcome any opportunity to join the crew.", Function.REQUEST)


# -- ninth outside batch: "kindly" before a review of the work sent asks for no reply, unless a reply verb
# follows (written for these tests) ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kindly review my branch.",
    "Kindly go through the repository when free.",
    "Kindly evaluate the attached notebook.",
    "Please kindly look at my code.",
])
def test_kindly_asking_for_a_review_is_no_request(text: str) -> None:
    assert not has(text, Function.REQUEST)


@pytest.mark.parametrize("text", [
    "Kindly review my branch and revert.",
    "Kindly go through the repository and share your remarks.",
    "Kindly check it and let me know the outcome.",
])
def test_kindly_asking_for_a_review_and_a_reply_is_a_request(text: str) -> None:
    assert has(text, Function.REQUEST)


@pytest.mark.parametrize("text", [
    "if needed i can absolutly send over the food safety cert tonight",
    "we could definately come by on saturday for a quick trial",
    "i can realy send a video of my knife work tonight",
])
def test_phone_offers_with_misspelled_adverbs(text: str) -> None:
    assert has(text, Function.OFFER)


def test_a_verb_ending_in_ly_keeps_its_place() -> None:
    assert has("I can supply two referees from the hotel.", Function.OFFER)


@pytest.mark.parametrize("text", [
    "I would welcome the chance to learn and grow with the Bristol branch.",
    "I'd love the opportunity to learn alongside your engineers.",
    "I look forward to learning and growing with the team.",
])
def test_learning_and_growing_with_the_employer_is_a_hope(text: str) -> None:
    assert not functions(text).invites


def test_learning_more_about_the_role_still_invites() -> None:
    assert functions("I would welcome the opportunity to learn more about the role.").invites


@pytest.mark.parametrize("sentence,thanks", [
    ("Thanks to Kofi I was on time for the panel.", False),          # a clause before "for": a cause
    ("Thanks to Kofi's map I reached the lab in time for the test.", False),
    ("Thanks to Kofi at the front desk for the map.", True),
    ("Thanks to Kofi for walking me to the lift.", True),
])
def test_thanks_to_a_name_agrees_with_the_addressing_reading(sentence: str, thanks: bool) -> None:
    """The sentence reading (THANKS or CAUSE) and the addressing reading (is the name thanked, so a
    stranger's name is reported by wrong-name) agree."""
    from followup_lint.rules.names import WrongName
    from followup_lint.testing import run_rule

    interview = {"interviewers": [{"name": "Ana Silva"}], "company": "Initech"}
    body = f"Hi Ana,\n\nIt was good to meet you. {sentence}\n\nBest,\nLi"
    flagged = any(f.rule == "wrong-name" for f in run_rule(WrongName, body, interview).findings)
    assert has(sentence, Function.THANKS) is thanks
    assert flagged is thanks


@pytest.mark.parametrize("text", [
    "Hoping to be hearing back from the panel before Christmas.",
    "I look forward to be hearing from you about the second interview.",
    "We hope to be speaking again soon.",
    "Looking forward to being in contact again.",
    "I hope to be in touch with you soon.",
])
def test_a_progressive_reply_after_hope_to_be_looks_forward(text: str) -> None:
    assert has(text, Function.FORWARD)


@pytest.mark.parametrize("text", [
    "I hope to be working alongside you and the ward team soon.",
    "I am excited to be in contact with customers every day.",
])
def test_hoping_to_be_at_work_stays_a_hope(text: str) -> None:
    assert not functions(text) & (Function.FORWARD | Function.REQUEST | Function.OFFER)


@pytest.mark.parametrize("text", [
    "Please bear me in mind should another vacancy come up.",
    "Kindly keep my CV on file for future openings.",
    "I hope you'll consider me for other roles in the group.",
    "Do think of me if a similar post opens in the spring.",
])
def test_asking_to_be_remembered_for_later_openings_asks_no_reply(text: str) -> None:
    assert not functions(text) & (Function.REQUEST | Function.FORWARD | Function.OFFER)


def test_a_reply_asked_beside_being_remembered_still_requests() -> None:
    assert has("Please let me know the outcome, and keep me in mind for the autumn intake.", Function.REQUEST)


@pytest.mark.parametrize("text", [
    "I'd love to bring my experience with school timetables to your office.",
    "I would be glad to bring the same curiosity to the research group.",
    "I can bring the same hands-on energy to the clinic.",
])
def test_bringing_ones_qualities_to_the_employer_only_hopes(text: str) -> None:
    f = functions(text)
    assert f & Function.HOPE and not f & (Function.REQUEST | Function.OFFER)


@pytest.mark.parametrize("text", [
    "I can bring the printed samples on Friday.",
    "I'd be happy to bring my sketchbook to the next meeting.",
])
def test_bringing_a_thing_still_offers_or_asks(text: str) -> None:
    assert functions(text) & (Function.OFFER | Function.REQUEST)


@pytest.mark.parametrize("text", [
    "I am writing to thank you for seeing me on Thursday.",
    "We're writing to thank you both for the visit to the depot.",
    "I wanted to write to thank you for the tour of the kitchens.",
])
def test_writing_to_thank_is_the_thanks_itself(text: str) -> None:
    assert has(text, Function.THANKS)


@pytest.mark.parametrize("text", [
    "I meant to write a thank you note straight after the panel.",
    "I was writing thank-you cards all evening.",
])
def test_writing_a_thank_you_note_stays_talk_about_one(text: str) -> None:
    assert not has(text, Function.THANKS)


@pytest.mark.parametrize("text", [
    "Thank you for being able to see me at such short notice to further discuss the budget.",
    "Thanks so much for being willing to walk me through the roadmap.",
    "I'm grateful to you for being available to talk on a Saturday.",
])
def test_being_able_or_willing_in_a_thanks_offers_nothing(text: str) -> None:
    assert not functions(text).invites


@pytest.mark.parametrize("text", [
    "I am able to send the cost sheets by Friday.",
    "I'd be willing to walk the team through the model.",
])
def test_able_or_willing_to_do_something_still_offers(text: str) -> None:
    assert has(text, Function.OFFER)


@pytest.mark.parametrize("text", [
    "Joining your team would be the natural next step in my career.",
    "This role feels like my next step.",
    "The clinic remains my first choice for the next stage of my professional journey.",
])
def test_a_next_step_in_the_writers_career_invites_nothing(text: str) -> None:
    assert not functions(text).invites


@pytest.mark.parametrize("text", [
    "I look forward to the next steps.",
    "I'd love to hear about the next step in my application.",
    "Next steps from my side: waiting on your word.",
])
def test_the_next_step_of_the_process_still_looks_ahead(text: str) -> None:
    assert functions(text).invites


@pytest.mark.parametrize("text", [
    "I hope you will appreciate the way I structured the repository.",   # the reader's feeling, foretold
    "I think the reviewers will really appreciate the test coverage.",
    "She appreciates directness, so I kept the write-up short.",
    "They'll be grateful for the fix once it ships.",
    "Hopefully the panel can appreciate the trade-offs I made.",
])
def test_gratitude_said_of_someone_else_is_not_thanks(text: str) -> None:
    assert not has(text, Function.THANKS)


@pytest.mark.parametrize("text", [
    "Your patience with my questions is much appreciated.",             # a passive: still the writer's
    "I do appreciate the time you gave me.",
    "We really appreciate you hosting us at the depot.",
    "Any help will be much appreciated, thank you in advance.",
])
def test_gratitude_of_the_writer_still_thanks(text: str) -> None:
    assert has(text, Function.THANKS)


@pytest.mark.parametrize("text", [
    "Should something similar come your way, please do get in touch.",
    "I'd welcome a call if any other roles open up in the lab.",
    "I hope to hear from you about future openings in the Leeds office.",
    "I would be very grateful for a referral to the audit team.",
    "If another post opens up on the ward, I'd love to hear from you.",
    "Should a comparable vacancy arise in future, please do reach out.",
    "Please feel free to contact me about related roles at the trust.",
    "I hope we can stay in touch after the season ends.",      # a wish for the relationship
    "I would love to keep in touch with the crew.",
    "We fixed the leak before anything else went wrong on site.",       # "anything else" of a story
    "More than anything else, I liked the night crew.",
])
def test_later_openings_and_hoping_to_stay_in_touch_do_not_invite(text: str) -> None:
    assert not functions(text).invites


@pytest.mark.parametrize("text", [
    "I'd love to stay in touch, and would appreciate any feedback on my case study.",   # its own part asks
    "Please let me know when the post has been filled.",               # this opening: a reply asked
    "I look forward to hearing about next steps for the new role.",
    "Happy to come back out for another look at the quarry.",
    "Glad to pop by the workshop again next week if that helps.",
    "Please let me know if you need anything else from me.",
])
def test_visits_and_requests_beside_them_still_invite(text: str) -> None:
    assert functions(text).invites


@pytest.mark.parametrize("text", [
    "Career coaches always say to thank every interviewer.",
    "My father taught me to thank people in writing.",
    "She reminded me to thank Kofi for the parking pass.",
    "Don't forget to thank the security guard on the way out.",
    "The receptionist really earned a big thank-you that day.",
    "Honestly the night crew deserves a huge thank-you.",
])
def test_thanks_talked_about_or_earned_by_someone_else_is_not_said(text: str) -> None:
    f = functions(text)
    assert not f & Function.THANKS and f & Function.MENTION


@pytest.mark.parametrize("text", [
    "My manager asked me to thank you for the flexibility.",
    "You deserve a big thank-you for the patience.",
    "I owe you a huge thank-you for the detailed feedback.",
    "I would like to thank the whole panel for their time.",
    "I wanted to take a moment to thank everyone I met.",
])
def test_thanks_passed_on_or_owed_to_the_reader_still_thanks(text: str) -> None:
    assert has(text, Function.THANKS)


def test_cue_classes_are_built_once_per_process_however_many_are_read() -> None:
    """Every cue list of the data files is read into one class, kept for the process: linting the same
    notes again builds none (a bounded cache smaller than the number of cue lists rebuilt them on every
    draft, ~14% of a warm lint)."""
    import json
    from datetime import datetime, timezone
    from pathlib import Path

    from followup_lint import Draft, Interview, lint_draft
    from followup_lint.analysis import sentences as sentences_module

    folder = Path(__file__).parent / "fixtures" / "outside"
    notes = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*/*.json"))][::4]
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    items = [(Draft(body=r["body"], subject=r["subject"], to=r["to"], cc=r["cc"], sent_at=r["sent_at"]),
              Interview.from_dict(r["interview"]) if r.get("interview") else None) for r in notes]
    for draft, interview in items:
        lint_draft(draft, interview, now=now)
    built = sentences_module._cls.cache_info()
    assert built.currsize > 64  # more cue lists than the old bound held
    misses = (built.misses, sentences_module._firsts.cache_info().misses)
    for draft, interview in items:
        lint_draft(draft, interview, now=now)
    assert (sentences_module._cls.cache_info().misses, sentences_module._firsts.cache_info().misses) == misses


# -- fourteenth outside batch classes (fresh wordings, not the batch's) ------------------------------------

@pytest.mark.parametrize("text", [
    "Thankies for squeezing me in on Friday!",                   # playful forms of thanks
    "Thanksies, that tour of the kiln was great.",
    "ty for showing me round the depot!",
    "ty so much for the coffee and the chat.",
    "Thankee kindly for the time.",
])
def test_playful_thanks_thanks(text: str) -> None:
    assert has(text, Function.THANKS)


@pytest.mark.parametrize("text", [
    "I wrote the whole parser expecting some appreciation from the team.",   # gratitude wanted from the reader
    "Honestly I was hoping for a bit of gratitude after the weekend I put in.",
    "After all that overtime I think I deserve your thanks.",
    "I wanted some recognition and a little appreciation for the extra tests.",
    "Ty Walker showed me the loading bay.",                      # "Ty" alone: a name, not thanks
])
def test_gratitude_wanted_from_the_reader_is_no_thanks(text: str) -> None:
    assert not has(text, Function.THANKS)


@pytest.mark.parametrize("text", [
    "I was expecting your call, and I appreciate the time you took.",  # the gratitude given is still thanks
    "Expecting nothing, I really appreciated the detailed answers.",
])
def test_gratitude_given_beside_an_expectation_still_thanks(text: str) -> None:
    assert has(text, Function.THANKS)


@pytest.mark.parametrize("text", [
    "I'll certainly be there at nine sharp!",                    # accepting the invitation to the next meeting
    "We can definitly make it on Thursday afternoon.",
    "I will attend the panel on the 3rd.",
    "Count me in for the site visit next week.",
    "Tuesday at 2pm works; see you then.",
])
def test_accepting_an_invitation_invites_the_next_step(text: str) -> None:
    assert has(text, Function.FORWARD)


@pytest.mark.parametrize("text", [
    "I can't be there on Monday, sadly.",                        # a refusal, a negation, a story
    "I will not attend the open day.",
    "My sister will be there for the graduation.",
    "We couldn't make it to the final last year.",
])
def test_no_promise_to_come_is_no_acceptance(text: str) -> None:
    assert not has(text, Function.FORWARD)


@pytest.mark.parametrize("text", [
    "Should this one not work out, do keep me in mind for whatever else turns up.",   # being remembered
    "Please bear me in mind for anything else that opens up.",
    "Keep me on file for anything else you might need later.",
    "If it's a no this time, think of me for anything else coming up.",
])
def test_being_remembered_for_anything_else_does_not_invite(text: str) -> None:
    assert not functions(text).invites

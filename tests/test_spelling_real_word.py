"""Real-word errors in misspelled-word (FL101): typos that spell another English word.

Good and bad cases written for this project (not taken from the shared corpus).
"""

from __future__ import annotations

import pytest

from followup_lint import Config
from followup_lint.results import Applicability
from followup_lint.rules.spelling import MisspelledWord
from followup_lint.spelling.confusables import load_confusables, parse_confusables
from followup_lint.testing import assert_clean, assert_flags, findings_of, flagged_texts, run_rule


def wrap(sentence: str) -> str:
    return f"Hi Dana,\n\n{sentence}\n\nBest,\nSam Okoye"


# (sentence, the word the span covers, the intended word)
BAD = [
    ("Could you send me a calender invite for Thursday?", "calender", "calendar"),
    ("I enjoyed meeting the hiring manger and the team.", "manger", "manager"),
    ("Dear Hiring Manger, thank you for the call.", "Manger", "Manager"),
    ("I led the pubic launch of our mobile app.", "pubic", "public"),
    ("I spent four years in costumer support before engineering.", "costumer", "customer"),
    ("I would defiantly enjoy working with your team.", "defiantly", "definitely"),
    ("I have no fear of loosing momentum on the migration.", "loosing", "losing"),
    ("My last role was with a nonprofit in the Untied States.", "Untied", "United"),
    ("I would of asked about the roadmap if we had more time.", "of", "have"),
    ("You should of seen my face when the demo worked.", "of", "have"),
    ("I look forward to here from you.", "here", "hear"),
    ("I look foreword to the next step.", "foreword", "forward"),
    ("The role is more then I had hoped for.", "then", "than"),
    ("I would rather then wait for the panel.", "then", "than"),
    ("Thank you for you time today.", "you", "your"),
    ("Its been a pleasure getting to know the team.", "Its", "It's"),
    ("The product has a voice of it's own.", "it's", "its"),
    ("I hope your doing well this week.", "your", "you're"),
    ("Their is a lot I would like to learn from the team.", "Their", "There"),
    ("I admire how the designers own there own roadmap.", "there", "their"),
    ("Please let me no if you need anything else.", "no", "know"),
    ("I am applying for the Principle Engineer opening.", "Principle", "Principal"),
    ("Thank you for your advise on the portfolio.", "advise", "advice"),
    ("It would be great to be apart of the design team.", "apart", "a part"),
    ("The take-home excise was a fun problem.", "excise", "exercise"),
    ("I'm so exited about the platform work.", "exited", "excited"),
    ("I was hopping to hear back by Friday.", "hopping", "hoping"),
    ("Thanks for the sneak peak at the new dashboard.", "peak", "peek"),
    ("Your question about caching really peaked my interest.", "peaked", "piqued"),
    ("Thank you again, and please bare with me while I gather references.", "bare", "bear"),
    ("I am excited about the roll and the team.", "roll", "role"),
    ("It was a grate conversation.", "grate", "great"),
    ("I'm glad we found time to meat again.", "meat", "meet"),
    ("I though the system design round went well.", "though", "thought"),
    ("I thing the team is doing important work.", "thing", "think"),
    ("The production sever outage story was memorable.", "sever", "server"),
    ("Thinks for the conversation today.", "Thinks", "Thanks"),
    ("I learned allot from our conversation.", "allot", "a lot"),
    ("Let me know weather or not you need more samples.", "weather", "whether"),
    ("I'm use to working across time zones.", "use", "used"),
]


@pytest.mark.parametrize("sentence,word,intended", BAD)
def test_bad(sentence: str, word: str, intended: str) -> None:
    body = wrap(sentence)
    assert_flags(MisspelledWord, body, word)
    (f,) = findings_of(MisspelledWord, body)
    assert f.data["kind"] == "real-word"
    assert f.data["intended"] == intended
    assert f.fixes and f.fixes[0].applicability is Applicability.UNSAFE
    assert f.fixes[0].edits[0].replacement == intended
    assert f"'{word}'" in f.message or word in f.data["phrase"]


GOOD = [
    "Please add the interview to your calendar when you have a moment.",
    "I enjoyed meeting the hiring manager and the team.",
    "I led the public launch of our mobile app.",
    "We could, of course, meet again next week.",
    "We could of course meet again next week.",
    "I would have asked about the roadmap if we had more time.",
    "I look forward to hearing from you.",
    "I was happy to hear from the recruiter so quickly.",
    "Can we talk more then? Either way, I will send the notes.",
    "I will know more then.",
    "Once more then I will stop: thank you!",
    "I loved hearing how the team and its product evolved.",
    "The team has its own release train.",
    "Thank you for your time and for your welcome at the office.",
    "Is there going to be a second round?",
    "There is a lot I would like to learn from the team.",
    "Their roadmap is ambitious, and their team is kind.",
    "I'd love to hear more about your team's principles.",
    "The guiding principles you shared stayed with me.",
    "Thank you for the advice; I would advise others to apply too.",
    "The two offices are far apart of course, but that is fine.",
    "She exited the call early, so I followed up by email.",
    "My last role was on the server team; we had to sever a legacy dependency.",
    "I admire how the tools suite fits together, and I would follow suit.",
    "It reached its peak in March, and I peeked at the dashboard.",
    "The weather was lovely, and I wonder whether the office is near the river.",
    "Thanks for the conversation; I thought it went well.",
    "One thing I forgot to mention is my SQL experience.",
    "I used to work across time zones, so I'm used to it.",
    "My first day at the company was a great one.",
    "Let me know if you have any questions.",
    "Sooner or later we will meet again.",
]


@pytest.mark.parametrize("sentence", GOOD)
def test_good(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))


def test_word_of_the_interview_is_not_reported() -> None:
    interview = {"interviewers": [{"name": "Dana Whitfield"}], "company": "Loomworks",
                 "role": "Costumer", "topics": ["the calender line at the mill"]}
    assert_clean(MisspelledWord, wrap("I have ten years as a costumer for touring shows."), interview)
    mill = wrap("The fabric mill's calender line was part of my plant tour.")
    assert_flags(MisspelledWord, mill, "calender")
    assert_clean(MisspelledWord, mill, interview)


def test_user_dictionary_is_never_reported() -> None:
    body = wrap("Please send the calender invite, and I would of liked more time.")
    assert flagged_texts(MisspelledWord, body) == ["calender", "of"]
    cfg = Config(words=("calender", "of"))
    assert_clean(MisspelledWord, body, config=cfg)


def test_quoted_reply_and_signature_are_skipped() -> None:
    body = ("Hi Dana,\n\nThank you for the call.\n\nBest,\nSam Okoye\n-- \nSam Okoye, hiring manger wannabe\n\n"
            "On Mon, Dana wrote:\n> Please check the calender and let me no if Tuesday works.\n")
    assert_clean(MisspelledWord, body)


def test_code_url_and_placeholder_are_skipped() -> None:
    body = wrap("See `calender.py` and https://example.com/pubic-calender or {{manger}} for details.")
    assert_clean(MisspelledWord, body)


def test_subject_is_checked() -> None:
    report = run_rule(MisspelledWord, wrap("Thank you for today."), subject="Thank you for you time")
    texts = [report.draft.subject[f.span.start:f.span.end] for f in report.findings if f.span and f.span.field == "subject"]
    assert texts == ["you"]


def test_curly_apostrophe_and_capitals() -> None:
    assert_flags(MisspelledWord, wrap("The platform has a life of it’s own."), "it’s")
    (f,) = findings_of(MisspelledWord, wrap("The platform has a life of it’s own."))
    assert f.data["intended"] == "its"
    assert_clean(MisspelledWord, wrap("PUBIC is not a word we use; CALENDER neither."))


def test_message_quotes_the_draft() -> None:
    (f,) = findings_of(MisspelledWord, wrap("Could you send me a calender invite?"))
    assert f.message.startswith("'calender' is a word (")
    assert "'calendar'" in f.message
    (f,) = findings_of(MisspelledWord, wrap("I would of liked that."))
    assert "'would of'" in f.message and "'would have'" in f.message


def test_max_suggestions_zero_gives_no_fix() -> None:
    (f,) = findings_of(MisspelledWord, wrap("The hiring manger was kind."), options={"max-suggestions": 0})
    assert f.fixes == () or list(f.fixes) == []


def test_table_is_well_formed() -> None:
    table = load_confusables()
    assert len(table) >= 90
    for entries in table.entries.values():
        for e in entries:
            assert e.written != e.intended
            # a gloss that quotes its word is written for the phrase message; a bare definition for the word one
            assert e.gloss.startswith("'") == e.needs_context, e.written
    with pytest.raises(ValueError):
        parse_confusables("calender\tcalendar\n")
    with pytest.raises(ValueError):
        parse_confusables("of\thave\tbefore=would\tgloss\n")
    with pytest.raises(ValueError):
        parse_confusables("Of\thave\t*\tgloss\n")


def test_neighbour_must_be_adjacent() -> None:
    # a line break is fine (hard-wrapped text); a blank line, punctuation or a placeholder is not
    assert_flags(MisspelledWord, wrap("I would\nof liked more time."), "of")
    assert_clean(MisspelledWord, wrap("Thank you for you.\n\nTime flew by."))
    assert_clean(MisspelledWord, wrap("Is this for you? Time will tell."))


def test_grammar_does_not_report_the_same_real_word_error() -> None:
    # LanguageTool (a loopback server in test_rule_grammar) also flags "would of": with misspelled-word
    # enabled, only misspelled-word reports it
    grammar = pytest.importorskip("test_rule_grammar")
    httpd = grammar.ThreadingHTTPServer(("127.0.0.1", 0), grammar.Handler)
    thread = grammar.threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}"
        report = grammar.lint(url, grammar.note("I would of liked it."), select=("FL110", "FL101"))
        assert grammar.texts(report, "FL101") == ["of"]
        assert grammar.texts(report, "FL110") == []
        report = grammar.lint(url, grammar.note("I would of liked it."), select=("FL110",))
        assert grammar.texts(report, "FL110") == ["would of"]
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("sentence,word", [
    ("I built our pubic-facing status page.", "pubic"),
    ("The calender-sync bug was my first fix.", "calender"),
    ("I worked on a costumer-facing dashboard and the hiring manger portal.", "costumer"),
])
def test_part_of_a_hyphenated_word(sentence: str, word: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(sentence))[0] == word


def test_hyphenated_good() -> None:
    assert_clean(MisspelledWord, wrap("Our public-facing, customer-first follow-up process was well-run."))


def test_many_dashes_are_cheap() -> None:
    import time

    body = wrap("Notes:\n" + "-" * 200_000 + "\nThe hiring manger and a pubic-facing page.")
    t0 = time.process_time()  # CPU time: a loaded machine (pytest -n, other jobs) does not count
    assert flagged_texts(MisspelledWord, body) == ["manger", "pubic"]
    assert time.process_time() - t0 < 2.0

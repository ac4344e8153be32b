"""The word list beyond pyspellchecker's: SCOWL's words, productive affixes, foreign phrases.

Cases written for this project (not taken from any shared corpus or the misspellings list).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from followup_lint import Config
from followup_lint.rules.spelling import MisspelledWord
from followup_lint.spelling import load_speller
from followup_lint.spelling.engine import load_phrases, load_scowl_words
from followup_lint.testing import assert_clean, findings_of, flagged_texts

ROOT = Path(__file__).resolve().parent.parent
SCOWL = Path("/usr/share/dict/scowl")


def wrap(sentence: str) -> str:
    return f"Hi Priya,\n\n{sentence}\n\nBest,\nSam Okoye"


@pytest.mark.skipif(not SCOWL.is_dir(), reason="SCOWL's word lists are not installed (Debian package 'scowl')")
def test_packaged_scowl_words_are_what_the_tool_generates() -> None:
    # spelling-en-scowl.txt, spelling-en-scowl-rare.txt and the notice (~1.3 s)
    tool = ROOT / "tools" / "build_scowl_words.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# newer and regional words the frequency list lacks, all from SCOWL's lists
SCOWL_WORDS = ["timestamp", "whitelist", "cashback", "subdomain", "voicemails", "screensaver",
               "deleveraging", "versioned", "biofilms", "megachurch", "slideshows"]


@pytest.mark.parametrize("word", SCOWL_WORDS)
def test_scowl_words_are_known_in_every_variety(word: str) -> None:
    for language in ("en", "en-US", "en-GB"):
        assert load_speller(language).known(word), (language, word)


@pytest.mark.parametrize("word", SCOWL_WORDS)
def test_scowl_words_pass_the_rule(word: str) -> None:
    assert_clean(MisspelledWord, wrap(f"We discussed the {word} in some detail."))


# SCOWL's size-80 words that nothing known is one edit from: rarer words of trades
SCOWL_RARE_WORDS = ["borescope", "thermoforming", "cardiothoracic", "stevedoring", "geotechnical",
                    "epidemiologic", "biostatistician", "escrowed", "ciphertext"]
# size-80 spellings one edit from a known word: common misspellings, still reported
SCOWL_RARE_LEFT_OUT = ["cannister", "hinderance", "acquited", "complier", "dispence", "foreward",
                       "knive", "agre", "ceratin", "accension"]


@pytest.mark.parametrize("word", SCOWL_RARE_WORDS)
def test_rarer_scowl_words_are_known(word: str) -> None:
    speller = load_speller("en")
    assert word in speller.scowl_rare and speller.known(word)
    assert_clean(MisspelledWord, wrap(f"We talked about {word} for a while."))


@pytest.mark.parametrize("word", SCOWL_RARE_LEFT_OUT)
def test_rarer_scowl_words_near_a_known_word_stay_misspellings(word: str) -> None:
    assert not load_speller("en").known(word)
    assert flagged_texts(MisspelledWord, wrap(f"We talked about {word} for a while.")) == [word]


def test_variety_tags_follow_the_language() -> None:
    everyone, us, gb = load_scowl_words("en"), load_scowl_words("en-US"), load_scowl_words("en-GB")
    assert us < everyone and gb < everyone
    assert "acclimatisation" in gb and "acclimatisation" not in us      # British -ise spelling
    assert "virtualization" in gb                                       # Oxford -ize stays British


def test_en_us_still_reports_a_british_only_word_from_scowl() -> None:
    # "aerofoil" is British-only in SCOWL: known for en and en-GB, reported for en-US
    draft = wrap("The aerofoil simulation was the highlight of the day.")
    assert flagged_texts(MisspelledWord, draft, config=Config(language="en-US")) == ["aerofoil"]
    assert_clean(MisspelledWord, draft, config=Config(language="en-GB"))
    assert_clean(MisspelledWord, draft)


# productive affixes: each accepted form, and look-alike misspellings that must stay reported
AFFIX_GOOD = ["unmaneuverable", "unrepeatable", "unpatchable", "paperless", "meatless", "cordless",
              "technophobe", "hydrophile", "modernist", "minimalist", "brutalist"]
AFFIX_BAD = ["untill", "unconcious", "carefuless", "usefullness", "bureaucratical", "definately",
             "seperately", "arguement", "occurence", "independant", "goverment"]


@pytest.mark.parametrize("word", AFFIX_GOOD)
def test_affixed_words_are_known(word: str) -> None:
    assert load_speller("en").known(word)


@pytest.mark.parametrize("word", AFFIX_BAD)
def test_affix_rules_do_not_hide_misspellings(word: str) -> None:
    assert not load_speller("en").known(word)


def test_the_phrase_list_is_lower_case_and_well_formed() -> None:
    phrases = load_phrases()
    assert len({p for ps in phrases.values() for p in ps}) >= 150
    for word, found in phrases.items():
        assert word == word.lower() and word.isascii()
        assert all(f" {word} " in f" {p} " for p in found)


PHRASE_GOOD = [
    "The arrangement is de facto permanent.",
    "She took on the case pro bono.",
    "It was a bona fide offer.",
    "The contract had a force majeure clause.",
    "A suit and tie is de rigueur there.",
    "We spoke about habeas corpus petitions.",
    "I enjoyed the tête-à-tête with the team.",
    "A strong sense of déjà vu from my last role.",
    "The chef described mise en place at length.",
    "I've attached my curriculum vitae, per se.",
    "He reviewed the ratio decidendi of the case.",
]
PHRASE_BAD = [
    ("The facto was clear.", "facto"),
    ("It was a fide offer.", "fide"),
    ("The vu was lovely.", "vu"),
    ("I will voir the results.", "voir"),
    ("The jure of the team.", "jure"),
    ("A prima plan for the launch.", "prima"),
    ("The tete was long.", "tete"),
    ("Our mea review went well.", "mea"),
    ("The reus team was friendly.", "reus"),
    ("A deja moment in the call.", "deja"),
    ("The masse of tickets grew.", "masse"),
]


@pytest.mark.parametrize("sentence", PHRASE_GOOD)
def test_foreign_phrases_are_accepted(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))


@pytest.mark.parametrize(("sentence", "word"), PHRASE_BAD)
def test_phrase_words_outside_their_phrase_are_reported(sentence: str, word: str) -> None:
    assert word in flagged_texts(MisspelledWord, wrap(sentence))


def test_a_phrase_elsewhere_in_the_window_does_not_excuse_a_stray_word() -> None:
    # "de facto" is written, but the second "facto" stands alone
    draft = wrap("It is de facto policy, and a facto for us.")
    assert flagged_texts(MisspelledWord, draft) == ["facto"]
    (finding,) = findings_of(MisspelledWord, draft)
    assert finding.span is not None and finding.span.start == draft.rindex("facto")


@pytest.mark.parametrize("sentence", [
    "I enjoyed the pre-screen call.", "Thanks for sending the pre-read.", "The tri-state rollout came up.",
    "We discussed cyber-attacks on the grid.", "A mis-hire is costly for a small team.",
    "We talked about the pre- and post-launch checks.", "The neo-classical facade was stunning.",
    "Her proto-persona exercise was useful.", "We covered intra-day reporting.", "The trans-Pacific route came up.",
])
def test_hyphenated_prefixes_are_accepted(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))


@pytest.mark.parametrize(("sentence", "word"), [
    ("As pre our call, here are the notes.", "pre"), ("The pre-intervew task was fun.", "intervew"),
    ("We met in the tri area.", "tri"), ("The cyber team and the neo team met.", "neo"),
    ("A mis of the data happened.", "mis"), ("We moved trans the border.", "trans"),
    ("The intra of the team was strong.", "intra"), ("Our proto was early.", "proto"),
    # ("pre-screen" is one word written with a hyphen, "prescreen": its slip is the whole word as written,
    # as "re-usuable" is, thirty-third ag-167)
    ("A pre-screan call.", "pre-screan"), ("The tri-sttate area.", "sttate"),
])
def test_hyphen_prefixes_alone_or_with_a_misspelt_rest_are_reported(sentence: str, word: str) -> None:
    assert word in flagged_texts(MisspelledWord, wrap(sentence))

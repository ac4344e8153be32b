"""US/UK spelling variants derived from SCOWL (tools/build_scowl_variants.py) and their merge with the
curated pairs: cases written for this project from general knowledge of US and UK spelling."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from followup_lint import Config
from followup_lint.rules.spelling import MisspelledWord
from followup_lint.spelling import load_speller
from followup_lint.spelling.engine import VARIANT_FILES, load_variants, read_data
from followup_lint.testing import assert_clean, findings_of, flagged_texts

ROOT = Path(__file__).resolve().parent.parent
SCOWL = Path("/usr/share/dict/scowl")
DATA_FILE = "spelling-en-variants-scowl.tsv"


def wrap(sentence: str) -> str:
    return f"Hi Priya,\n\n{sentence}\n\nBest,\nSam Okoye"


def _generator():
    spec = importlib.util.spec_from_file_location("build_scowl_variants", ROOT / "tools" / "build_scowl_variants.py")
    if spec is None or spec.loader is None or not (ROOT / "tools" / "build_scowl_variants.py").is_file():
        pytest.skip("tools/build_scowl_variants.py is not available")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_scowl_variants", module)
    spec.loader.exec_module(module)
    return module


# (a) the committed file is what the generator makes from SCOWL
def test_committed_file_is_current() -> None:
    if not (SCOWL / "english-words.10").is_file():
        pytest.skip("SCOWL is not installed (/usr/share/dict/scowl)")
    gen = _generator()
    curated_rows = gen.read_curated()
    curated = gen.by_us(curated_rows)
    rows = gen.build(SCOWL, curated)
    text = gen.render(rows, gen.relaxations(SCOWL, curated, curated_rows))
    assert read_data(DATA_FILE) == text, "run: .venv/bin/python tools/build_scowl_variants.py"


def test_file_format_and_notice() -> None:
    rows = [line.split("\t") for line in read_data(DATA_FILE).splitlines() if line and line[0] != "#"]
    assert len(rows) > 200
    for us, uk, flags in rows:
        assert us and uk and us != uk and us.isalpha() and uk.isalpha()
        assert set(flags.split(",")) <= {"-", "gb-ok", "us-ok"}
    assert VARIANT_FILES[0] == "spelling-en-variants.tsv" and DATA_FILE in VARIANT_FILES
    notice = read_data("spelling-en-NOTICE.txt")
    assert DATA_FILE in notice and "SCOWL" in notice
    # SCOWL's copyright and permission notices are kept once, in the file the NOTICE points to
    assert "Permission to use, copy, modify, distribute and sell these word" in (
        read_data("spelling-en-scowl-NOTICE.txt"))


# (b) en-GB: American-only forms are reported with the British form as the fix
GB_BAD = [
    ("The color of the logo stood out.", "color", "colour"),
    ("We met at the innovation center downtown.", "center", "centre"),
    ("I traveled in from Leeds for the panel.", "traveled", "travelled"),
    ("Your work on defense contracts was impressive.", "defense", "defence"),
    ("The product catalog is well organised.", "catalog", "catalogue"),
    ("The aluminum casing samples were a nice touch.", "aluminum", "aluminium"),
    ("It was a marvelous afternoon.", "marvelous", "marvellous"),
    ("I enjoyed meeting every panelist this morning.", "panelist", "panellist"),
    ("The fiberglass prototype was fascinating.", "fiberglass", "fibreglass"),
    ("Your record is unrivaled in the sector.", "unrivaled", "unrivalled"),
    ("Some rows were mislabeled in the demo.", "mislabeled", "mislabelled"),
    ("I was the only colorblind person in the room.", "colorblind", "colourblind"),
    ("The honorees were announced on stage.", "honorees", "honourees"),
    ("I mentioned my Olympic medalist teammate.", "medalist", "medallist"),
    ("The tranquil office had a faint licorice smell.", "licorice", "liquorice"),
]

# en-GB accepts: British forms, Oxford -ize, and American forms British English also writes
GB_GOOD = [
    "We discussed how to organize the colour palette.",
    "The centre of the organisation travelled with us.",
    "The virtualization and modularization work was thorough.",
    "I parameterized the tests and recognized the pattern.",
    "The program for the new software release is ambitious.",
    "I appreciated your judgment on the licensing inquiry.",
    "The dialogue with the analytics team was open.",
    "She is a gifted humorist and a keen metre-by-metre planner.",
    "I hope to instill good habits in the team.",
    "The aluminium fabrication line and the fibreglass moulds were impressive.",
    "We practised the demo twice and the defence went well.",
    "The catalogue of archaeology books was marvellous.",
]

# (b) en-US: British-only forms are reported with the American form as the fix
US_BAD = [
    ("The colour of the logo stood out.", "colour", "color"),
    ("We met at the innovation centre downtown.", "centre", "center"),
    ("I travelled in from Boston for the panel.", "travelled", "traveled"),
    ("Your work on defence contracts was impressive.", "defence", "defense"),
    ("It was a marvellous afternoon.", "marvellous", "marvelous"),
    ("I enjoyed meeting every panellist this morning.", "panellist", "panelist"),
    ("The fibreglass prototype was fascinating.", "fibreglass", "fiberglass"),
    ("Your record is unrivalled in the sector.", "unrivalled", "unrivaled"),
    ("The honourees were announced on stage.", "honourees", "honorees"),
    ("The chilli cook-off sounded fun.", "chilli", "chili"),
    ("The caesium clock demo was a highlight.", "caesium", "cesium"),
    ("The aluminium casing samples were a nice touch.", "aluminium", "aluminum"),
]

# en-US accepts: American forms and British-looking forms American English writes too
US_GOOD = [
    "Your team's expertise was a pleasant surprise.",
    "The dialogue about the product catalogue was useful.",
    "The archaeology exhibit and the doughnut stand were fun.",
    "The merchandise display was well organized.",
    "The meeting was cancelled, so we talked about the analyses instead.",
    "The color of the center was striking and the analog synth was great.",
    "I traveled far to discuss the defense budget.",
    "The aluminum and fiberglass samples were marvelous.",
    "I enjoyed the prologue and the epilogue of your talk.",
    "The kidnapped-plot novel was on your shelf.",
    "The honorees and every panelist were gracious.",
]


@pytest.mark.parametrize("sentence,word,preferred", GB_BAD)
def test_en_gb_flags_american_forms(sentence: str, word: str, preferred: str) -> None:
    (f,) = findings_of(MisspelledWord, wrap(sentence), config=Config(language="en-GB"))
    assert f.data["variant"] == "en-US"
    assert f.fixes[0].edits[0].replacement == preferred
    assert flagged_texts(MisspelledWord, wrap(sentence), config=Config(language="en-GB")) == [word]


@pytest.mark.parametrize("sentence", GB_GOOD)
def test_en_gb_accepts(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence), config=Config(language="en-GB"))


@pytest.mark.parametrize("sentence,word,preferred", US_BAD)
def test_en_us_flags_british_forms(sentence: str, word: str, preferred: str) -> None:
    (f,) = findings_of(MisspelledWord, wrap(sentence), config=Config(language="en-US"))
    assert f.data["variant"] == "en-GB"
    assert f.fixes[0].edits[0].replacement == preferred
    assert flagged_texts(MisspelledWord, wrap(sentence), config=Config(language="en-US")) == [word]


@pytest.mark.parametrize("sentence", US_GOOD)
def test_en_us_accepts(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence), config=Config(language="en-US"))


# (c) language = "en" accepts both forms of every pair
@pytest.mark.parametrize("sentence,word,preferred", GB_BAD + US_BAD)
def test_en_accepts_both_forms(sentence: str, word: str, preferred: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))
    assert_clean(MisspelledWord, wrap(sentence.replace(word, preferred)))


def test_en_accepts_every_scowl_pair() -> None:
    en = load_speller("en")
    rows = [line.split("\t") for line in read_data(DATA_FILE).splitlines() if line and line[0] != "#"]
    unknown = [w for us, uk, _ in rows for w in (us, uk) if en.variant_issue(w) or not en.known(w)]
    assert unknown == []


# the merge: the curated file wins; a later file may only add "-ok" flags to the very same pair
def test_merge_rules() -> None:
    by_us, by_uk = load_variants()
    cur_us, cur_uk = load_variants(VARIANT_FILES[:1])
    for us, v in cur_us.items():
        got = by_us[us]
        assert (got.us, got.uk) == (v.us, v.uk)
        assert got.gb_ok >= v.gb_ok and got.us_ok >= v.us_ok       # never stricter
    for uk, v in cur_uk.items():
        got = by_uk[uk]
        assert (got.us, got.uk) == (v.us, v.uk)
        assert got.gb_ok >= v.gb_ok and got.us_ok >= v.us_ok
    assert len(by_us) > len(cur_us) and len(by_uk) > len(cur_uk)
    # no word is reported as British under en-US and as American under en-GB
    gb_flags = {us for us, v in by_us.items() if not v.gb_ok}
    us_flags = {uk for uk, v in by_uk.items() if not v.us_ok and v.uk != v.us}
    assert not gb_flags & us_flags
    # every flagged word has a preferred form that the same setting accepts
    gb, us = load_speller("en-GB"), load_speller("en-US")
    assert all(gb.variant_issue(gb.variant_issue(w)[0]) is None for w in sorted(gb_flags)[:400])
    assert all(us.variant_issue(us.variant_issue(w)[0]) is None for w in sorted(us_flags)[:400])

"""The spelling engine: word checks, contractions, variants and suggestions (own small lists)."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from followup_lint.spelling import load_lexicon, load_speller
from followup_lint.spelling.engine import edits1, weighted_distance

SUGGEST = {
    "definately": "definitely", "recieve": "receive", "seperate": "separate", "occured": "occurred",
    "accomodate": "accommodate", "untill": "until", "thier": "their", "beleive": "believe",
    "wierd": "weird", "goverment": "government", "tommorow": "tomorrow", "calender": "calendar",
    "enviroment": "environment", "neccessary": "necessary", "begining": "beginning", "truely": "truly",
    "arguement": "argument", "publically": "publicly", "existance": "existence", "knowlege": "knowledge",
}


def test_known_words_and_contractions() -> None:
    sp = load_speller("en")
    for w in ("the", "interview", "didn't", "i'd", "we'll", "they've", "you're", "i'm", "y'all", "o'clock",
              "can't", "won't", "runbook", "kubernetes", "colour", "organise", "intercompany"):
        assert sp.known(w), w
    for w in ("definately", "recieve", "alot", "untill", "thier", "didnt'", "xqzt"):
        assert not sp.known(w), w


def test_suggestions_best_first() -> None:
    sp = load_speller("en")
    got = {w: sp.suggest(w, 3) for w in SUGGEST}
    top1 = sum(1 for w, want in SUGGEST.items() if got[w] and got[w][0] == want)
    top3 = sum(1 for w, want in SUGGEST.items() if want in got[w])
    assert top1 >= 18, got
    assert top3 == len(SUGGEST), got


def test_suggestions_never_in_the_other_variety() -> None:
    us = load_speller("en-US")
    assert "colour" not in us.suggest("colur", 5)
    gb = load_speller("en-GB")
    assert "color" not in gb.suggest("colur", 5)


def test_no_suggestion_for_gibberish_is_fast() -> None:
    sp = load_speller("en")
    sp.suggest("warm")
    t = time.perf_counter()
    out = sp.suggest("qqqqzzzzxxxxjjjj")
    assert time.perf_counter() - t < 1.0
    assert out == () or isinstance(out, tuple)


def test_variants() -> None:
    assert load_speller("en-US").variant_issue("colour") == ("color", "en-GB")
    assert load_speller("en-GB").variant_issue("color") == ("colour", "en-US")
    assert load_speller("en-GB").variant_issue("organize") is None       # Oxford spelling
    assert load_speller("en-US").variant_issue("analyses") is None       # plural of analysis
    assert load_speller("en").variant_issue("colour") is None


def test_weighted_distance_prefers_common_slips() -> None:
    assert weighted_distance("recieve", "receive") < weighted_distance("recieve", "relieve")
    assert weighted_distance("ocured", "occurred") < 2
    assert weighted_distance("abc", "abc") == 0
    assert "receive" in edits1("recieve")


def test_lexicon_lookup_matches_rare_words() -> None:
    lex = load_lexicon()
    rare = sorted(lex.rare_words())
    for w in rare[:: max(1, len(rare) // 200)]:
        assert w in lex
    assert "zzzzqqq" not in lex


BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "spelling.py"


def test_wikipedia_list_figures() -> None:
    spec = importlib.util.spec_from_file_location("spelling_bench", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    if not bench.WIKI.exists():
        pytest.skip("../shared/eval/spelling is not present")
    sp = load_speller("en")
    _, held = bench.halves(bench.read_wiki())
    figures = bench.score_wiki(sp, held, timing=False)
    assert figures["detection"] >= 0.98
    assert figures["top1"] >= 0.85
    assert figures["false_alarm_rate"] < 0.01       # 0.85% measured (16 of 1,893 words)


def test_packaged_data_is_what_the_tool_generates() -> None:
    pytest.importorskip("spellchecker")
    import subprocess
    import sys

    tool = Path(__file__).resolve().parent.parent / "tools" / "build_spelling_data.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_long_words_get_no_search() -> None:
    sp = load_speller("en")
    t = time.perf_counter()
    assert sp.suggest("a" * 5000) == ()
    assert time.perf_counter() - t < 0.1


def test_candidates_hold_every_word_one_edit_away_the_first_letters_included() -> None:
    # (the words one edit away that keep the first letter are found by the bucket's search, not looked up
    # one by one: every one of them is still a candidate, on Wikipedia's common misspellings)
    speller = load_speller("en")
    lexicon = speller.lexicon
    path = Path(__file__).resolve().parents[2] / "shared" / "eval" / "spelling" / "wikipedia-common-misspellings-2018-01-19.txt"
    if not path.exists():
        pytest.skip("no ../shared/eval/spelling")
    lines = [ln.split("->")[0].strip().lower() for ln in path.read_text(encoding="utf-8").splitlines() if "->" in ln]
    checked = 0
    for word in [*lines[::15], "recieve", "teh", "dont", "seperate", "o'clok", "wierd"]:
        one = edits1(word) | (edits1(word.replace("'", "")) if "'" in word else set())
        near = {c for c in one if (c in lexicon or c in speller.extra) and speller.variant_issue(c) is None}
        assert near <= speller.candidates(word), word
        checked += bool(near)
    assert checked >= 200


def test_rank_by_first_letter_is_the_place_in_the_common_list() -> None:
    # (each first letter's table is built on its first use, from the letters file: the same ranks as
    # the one table of every common word, which a lexicon without that file still builds)
    from followup_lint.spelling.lexicon import Lexicon

    lex = load_lexicon()
    common = lex.most_frequent(len(lex.common))
    assert all(lex.rank(w) == i for i, w in enumerate(common))
    assert lex.rank("zyzzogeton") == lex.rank("") == lex.rank("Receive") == lex.rare_rank
    plain = Lexicon(common[:500], "ab=1,1\n")  # (no CRC-32: the letters file is not used)
    assert [plain.rank(w) for w in ("the", common[499], "receive")] == [0, 499, plain.rare_rank]

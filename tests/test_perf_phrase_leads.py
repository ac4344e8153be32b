"""The phrase lists whose patterns start with a zero-width assertion ("\\b", a lookaround) or an optional
part ("(?:is )?anyone") are led by their first characters too (issue 12: 1 MB of "I'd love to know what
you think of the plan, " searched the not-work questions at every position, ~0.46 s): on real notes and
on drafts written for this test, each led pattern finds exactly what the same pattern without the lead
finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

from followup_lint.rules._phrases import _PATTERN_SYNTAX, _first_chars, _phrase_firsts, existence, phrase_data

ROOT = Path(__file__).resolve().parent
_CORPUS = ROOT.parent.parent / "shared" / "corpus"

# the lists that had no lead before (a branch started with "\b" or an optional part)
_NEWLY_LED = ("strengths.not_work_questions",)


def _led_and_plain() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    out = []
    for section, values in phrase_data().items():
        for key, value in values.items():
            if key.endswith(("_triggers", "_needs")) or section == "topics" or not isinstance(value, (list, str)):
                continue
            led = existence(section, key).folded
            if led.pattern.startswith("(?=["):
                plain = re.compile(led.pattern[led.pattern.index("])") + 2:], led.flags)
                out.append((f"{section}.{key}", led, plain))
    return out


def _notes() -> list[str]:
    paths = [*sorted(_CORPUS.glob("*.json")), *sorted((ROOT / "fixtures" / "heldout").glob("*.json")),
             *sorted((ROOT / "fixtures" / "outside").glob("*/*.json"))]
    out = [json.loads(p.read_text(encoding="utf-8")).get("body", "") for p in paths]
    # written for this test: status chases, small talk and process questions, worded afresh
    out += ["Is anybody still around to read this? Are you all still there?",
            "Did you get my take-home submission last week? Why no reply so far?",
            "Could you tell me if I'm still considered for the role? Has something come up?",
            "How was your holiday and your family? When would I find out about the outcome of the interview?",
            "Is the recruitment process still ongoing, and will the second round take place soon?",
            "I'd love to know what you think of the plan, " * 50]
    return out


def test_every_led_phrase_pattern_matches_as_the_plain_one_on_real_and_written_notes() -> None:
    pairs = _led_and_plain()
    names = {name for name, _led, _plain in pairs}
    assert set(_NEWLY_LED) <= names  # (they are led now)
    hits = dict.fromkeys(_NEWLY_LED, 0)
    for text in _notes():
        low = text.lower().replace("’", "'")
        for name, led, plain in pairs:
            want = [m.span() for m in plain.finditer(low)]
            assert [m.span() for m in led.finditer(low)] == want, (name, low[:80])
            if name in hits:
                hits[name] += len(want)
    assert min(hits.values()) >= 10, hits  # (the newly led lists do match in these notes)


def test_the_first_characters_worked_out_per_phrase_are_those_of_the_whole_alternation() -> None:
    # (a plain phrase's first character is taken as it is; only the phrases written as patterns are parsed)
    plain = written = 0
    for section, values in phrase_data().items():
        for key, value in values.items():
            if key.endswith(("_triggers", "_needs")) or not isinstance(value, (list, str)):
                continue
            phrases = [value] if isinstance(value, str) else value
            if not all(isinstance(p, str) for p in phrases):
                continue
            parts = [p.lower() for p in sorted((p.strip() for p in phrases if p.strip()), key=len, reverse=True)]
            whole = _first_chars("|".join(re.sub(r" +", r"\\s{1,40}", p) for p in parts))
            assert _phrase_firsts(parts) == whole, f"{section}.{key}"
            plain += sum(1 for p in parts if _PATTERN_SYNTAX.search(p) is None)
            written += sum(1 for p in parts if _PATTERN_SYNTAX.search(p) is not None)
    assert plain >= 50 and written >= 100  # (both kinds are checked)
    # written for this test: a lead that may not be plain in one branch leaves the whole without a lead
    assert _phrase_firsts(["thanks a lot", "(?:many )?thanks"]) == {"t", "m"}
    assert _phrase_firsts(["thanks a lot", r"\w+ly thanks"]) is None
    assert _phrase_firsts(["thanks a lot", "all the best|best wishes"]) == {"t", "a", "b"}


def test_each_list_led_phrase_by_phrase_matches_as_its_phrases_tried_in_turn() -> None:
    # (each phrase of a long list is led by its own first characters, so that a word's start tries only the
    # phrases that can start there: the same first match as trying every phrase in the list's order)
    grouped = []
    for section, values in phrase_data().items():
        for key, value in values.items():
            if key.endswith(("_triggers", "_needs")) or section == "topics" or not isinstance(value, (list, str)):
                continue
            phrases = [value] if isinstance(value, str) else value
            if not all(isinstance(p, str) for p in phrases):
                continue
            parts = [p.lower() for p in sorted((p.strip() for p in phrases if p.strip()), key=len, reverse=True)]
            in_turn = re.compile(r"\b(?:" + "|".join(re.sub(r" +", r"\\s{1,40}", p) for p in parts) + r")(?!\w|'\w)")
            folded = existence(section, key).folded
            if folded.pattern.count("(?=[") < 2:
                continue  # (not led phrase by phrase: a short list, or a phrase whose first characters are not plain)
            grouped.append(f"{section}.{key}")
            for text in _notes():
                low = text.lower().replace("’", "'")
                assert [m.span() for m in folded.finditer(low)] == [m.span() for m in in_turn.finditer(low)], (
                    f"{section}.{key}", low[:80])
    assert "strengths.not_work_questions" in grouped and len(grouped) >= 5, grouped  # (grouped lists are checked)

"""Fast paths of the draft's scans (the parse, the employer slots, the greeting's people, the spelling
walk, the metrics) give what the code they replace gave: on every real note we hold (the dev corpus, the
held-out and outside fixtures, the benchmark drafts) and on random drafts made of their words and of the
shapes each fast path turns on."""

from __future__ import annotations

import random

import pytest

import followup_lint.rules  # noqa: F401  (the rules import the analyses: first, as the engine does)
from followup_lint import Draft
from followup_lint.analysis import employers  # (after followup_lint's rules: they import it)
from followup_lint.document import Document

from test_perf_fastpaths_analysis import _records

#: pieces a random draft is made of besides the real notes' words: the characters and words the fast
#: paths test for (a letter before a trigger, a text that lower-cases longer, brackets, digits...)
_PIECES = ("[Name]", "<Role>", "{{first}}", "XXX", "xxxx", "(555) 555-5555", "00000", "Insert", "Thank you, Megan!",
           "join Globex", "rejoin Acme", "working at salesforce", "Dear Globex team,", "teamwork", "application to Zuri",
           "İstanbul", "ﬁne", "Straße", "\u212a", "e.g.", "v2", "Q3", "@handle", "http://x.io/a", "`code`", "\n\n", "\n",
           "—", "“quoted [the team]”", "Hi Dana,", "Best,\nSam", "P.S.", "> quoted", "growth of Globex Ltd", "Appl",
           "é", "2join", "_team", "ÉTEAM", "hello to the Acme team", "Greetings to the crew")


def _texts() -> list[str]:
    """The bodies and subjects of the real notes, then random drafts of their words and ``_PIECES``."""
    records = _records()
    texts = [r["body"] for r in records] + [r.get("subject") or "" for r in records]
    words = " ".join(texts).split(" ")
    rng = random.Random(11)
    for _ in range(400):
        n = rng.randint(1, 150)
        texts.append(" ".join(rng.choice(words) if rng.random() < 0.8 else rng.choice(_PIECES) for _ in range(n)))
    return texts


_TEXTS = _texts()


def _own_texts() -> list[str]:
    return [Document(Draft(body=t)).own for t in _TEXTS]


def test_employer_triggers_found_at_word_starts_equal_every_occurrence_not_after_a_letter() -> None:
    # employer_mentions skips a slot whose trigger follows a letter ("rejoin", "teamwork"): the one scan
    # of the triggers at a word's start gives the offsets of the former str.find walk, those dropped
    checked = 0
    for own in _own_texts() + ["İi join Globex", "Straße role at Acme", "\u212ajoin Acme and team at Acme"]:
        low = own.lower()
        hits = employers._literal_hits(own, low)
        for triggers, _, _ in employers._EMPLOYER_CONTEXTS:
            want = employers._hits(low, triggers)
            if len(low) == len(own):
                want = [p for p in want if p == 0 or not own[p - 1].isalpha()]
            present = [hits[lit] for lit in triggers if lit in hits]
            got = sorted(set().union(*present)) if present else []
            assert got == want, (own[:80], triggers)
            checked += bool(want)
    assert checked > 500


def test_employer_slots_visited_are_those_with_a_trigger_in_the_draft_in_their_order() -> None:
    visited = 0
    for own in _own_texts():
        hits = employers._literal_hits(own, own.lower())
        want = [k for k, (triggers, _, _) in enumerate(employers._EMPLOYER_CONTEXTS)
                if any(lit in hits for lit in triggers)]
        assert employers._slots_triggered(hits) == want, own[:80]
        visited += len(want)
    assert visited > 1000


@pytest.mark.parametrize("literals", [("appl", "application", "applied", "asset"), ("a", "ab", "abc", "b"),
                                      ("hi ", "hello ", "hello to the", "help")])
def test_the_trigger_alternation_matches_what_each_literal_matches(literals: tuple[str, ...]) -> None:
    import re

    pattern = re.compile("(?:" + employers._alternation(literals) + r")\Z")
    for lit in literals:
        assert pattern.match(lit)
    for other in ("", "ap", "hello", "abcd", "x"):
        assert bool(pattern.match(other)) == (other in literals)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _bounded(low: str, word: str, start: int, end: int) -> bool:
    """(the replaced code) Does ``word`` occur in ``low[start:end]`` as a whole word (``\\b`` before it, which
    sees the text before ``start``; ``\\b`` or the range's end after it)? A word that does not start and end
    with a word character: does it occur there at all."""
    if not (_word_char(word[0]) and _word_char(word[-1])):
        return low.find(word, start, end) >= 0
    i = low.find(word, start, end)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not _word_char(low[i - 1])) and (j >= min(end, len(low)) or not _word_char(low[j])):
            return True
        i = low.find(word, i + 1, end)
    return False


def _gate_as_it_was(low: str, start: int, end: int) -> bool:
    """(the replaced code) a shortest first word anywhere in the range, then a first word standing alone."""
    from followup_lint.analysis.addressing import _foreign_cues

    firsts = _foreign_cues()[0]
    shortest = tuple(w for w in firsts if not any(v != w and v in w for v in firsts))
    return any(low.find(w, start, end) >= 0 for w in shortest) and any(_bounded(low, w, start, end) for w in firsts)


def test_first_words_of_foreign_thanks_standing_alone_found_by_one_search_as_by_a_find_each() -> None:
    from followup_lint.analysis.addressing import _foreign_cues, _foreign_firsts

    firsts = _foreign_cues()[0]
    rng = random.Random(5)
    texts = [t.lower() for t in _TEXTS]
    sides = ["", "", " ", "x", "1", "_", "(", "é", "'", "-", "\n", "²"]
    texts += ["".join(rng.choice(sides) + rng.choice(firsts)[:rng.randint(2, 12)] + rng.choice(sides)
                      for _ in range(rng.randint(1, 6))) for _ in range(1500)]
    seen = 0
    for low in texts:
        cuts = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+", low)][:4]
        ranges = [(0, len(low)), (len(low) // 3, len(low)), (0, len(low) // 2)]
        ranges += [r for a, b in cuts for r in ((a + 1, len(low)), (0, b - 1), (a, b))]
        for start, end in ranges:
            want = _gate_as_it_was(low, start, end)
            assert (_foreign_firsts().search(low, start, end) is not None) == want, (low[:80], start, end)
            seen += want
    assert seen > 300


def _stand_in_entries() -> list[str]:
    """Each stand-in name of data/placeholders.toml written as a writer might: apart, hyphenated, run
    together, capitalised; and each field word run together with "name"."""
    import tomllib

    from followup_lint.spelling.lexicon import read_data

    data = tomllib.loads(read_data("placeholders.toml"))
    out = []
    for line in data["stand_ins"]["names"].splitlines():
        words = line.split()
        if words:
            out += [" ".join(words), "-".join(words), "".join(words).title(), " ".join(words).upper()]
    compounds = data["stand_ins"]["name_compound_words"].split()
    out += [w + "name" for w in compounds] + [w.title() + "Names" for w in compounds] + ["Yourname", "FIRSTNAME"]
    return out


def test_stand_in_names_skipped_without_and_or_name_are_those_the_pattern_finds_none_in() -> None:
    from followup_lint.document.placeholders import _may_hold_stand_in, _vocabulary

    stand_in = _vocabulary().stand_in
    entries = _stand_in_entries()
    for entry in entries:
        assert stand_in.search(f"Dear {entry},") and _may_hold_stand_in(entry), entry
    rng = random.Random(3)
    skipped = 0
    for text in _TEXTS + [f"x {rng.choice(entries)} y {rng.choice(entries).replace(' ', '  ')}" for _ in range(300)]:
        cuts = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        for lo, hi in ((0, len(text)), tuple(cuts)):
            if not _may_hold_stand_in(text[lo:hi]):
                assert stand_in.search(text, lo, hi) is None, (text[:80], lo, hi)
                skipped += 1
    assert skipped > 100


def test_token_pattern_chosen_by_character_gated_hints_is_the_one_the_prefilters_choose() -> None:
    from followup_lint.document import tokens

    rng = random.Random(9)
    bits = ["](", "]", "(", "://", ":", "www.", "ww", "w", "mailto:", "mailto", "@", "`", ".com", ".co", "acme.io",
            "x.org/", ".", " ", "word", "\n"]
    texts = _TEXTS + ["".join(rng.choice(bits) for _ in range(rng.randint(0, 8))) for _ in range(3000)]
    kinds = set()
    for text in texts:
        got = tokens._pattern_for(text)
        assert got is tokens._pattern_by_prefilters(text), text[:80]
        kinds.add(got.pattern)
    assert len(kinds) >= 16


def test_extra_work_mark_searched_near_each_mark_word_as_the_pattern_over_the_range() -> None:
    # (no-next-step's "I ... also": the pattern was tried at every "I" of the range; now only in a window
    # before each mark word. Random ranges of the real notes and of pieces made for this test: the "I" at
    # the reach's edge, sentence marks between, marks glued to letters, a range cut inside a word)
    from followup_lint.rules.courtesy import _EXTRA_MARK, _extra_mark_in

    rng = random.Random(33)
    pieces = ["I", "i", "I've", " ", "also", "Also", "even", "evens", "further", "separately", "additionally", ".",
              "\n", "x", "abcdefg", "'", "-", "_", "é", "so", "I also", "I even", "   "]
    texts = _texts() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(20_000)]
    found = 0
    for text in texts:
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for s, e in ((0, len(text)), (a, b)):
            want = _EXTRA_MARK.search(text, s, e) is not None
            assert _extra_mark_in(text, s, e) == want, (text[:80], s, e)
            found += want
    assert found >= 1000, found  # (both answers are checked)


def test_the_run_without_spaces_around_a_mark_is_the_one_the_character_walk_found() -> None:
    """``mechanics._unspaced_run`` (two matches) gives the bounds the walk a character at a time gave, at
    every position of random texts of spaces of every kind, long runs and the 200-character limits."""
    from followup_lint.rules import mechanics

    def walk(text: str, pos: int) -> tuple[int, int]:
        left = pos
        while left > 0 and not text[left - 1].isspace() and pos - left < 200:
            left -= 1
        right = pos
        while right < len(text) and not text[right].isspace() and right - pos < 200:
            right += 1
        return left, right

    # ``\s`` of the matches is ``str.isspace``, character for character
    assert all((mechanics._NO_SPACES.match(chr(c)).end() == 0) == chr(c).isspace()  # type: ignore[union-attr]
               for c in range(0x110000))
    rnd = random.Random(34)
    pieces = ["a", "Hi.", "Bob", " ", "\n", "\u2028", "\xa0", "\u3000", "x" * 150, "é", "\t", "\x1c", "\x85", "\u200b"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        for pos in range(len(text) + 1):
            assert mechanics._unspaced_run(text, pos) == walk(text, pos), (text, pos)

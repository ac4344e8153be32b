"""The fast paths added for speed give exactly what the slower, simpler code they replace gives."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import textwrap
from bisect import bisect_left
from datetime import date, timedelta
from pathlib import Path

import pytest

from followup_lint.rules._phrases import Existence, LazyPattern, existence, phrase_data


def _existences() -> list[Existence]:
    out = []
    for section, values in phrase_data().items():
        for key, value in values.items():
            if key.endswith(("_triggers", "_needs")) or section == "topics" or not isinstance(value, (list, str)):
                continue
            out.append(existence(section, key))
    return out


def _texts(seed: int, n: int) -> list[str]:
    """Drafts made of the phrase lists' own words, mixed case, curly apostrophes and odd characters."""
    rnd = random.Random(seed)
    words: list[str] = []
    for values in phrase_data().values():
        for value in values.values():
            for item in ([value] if isinstance(value, str) else value if isinstance(value, list) else []):
                words.extend(re.findall(r"[A-Za-z']+", item))
    words += ["I", "I’d", "Thanks", "NEXT", "Steps", "İstanbul", "straße", "ΣΑΣ", "\n", ",", ".", "?", "—", "x_y"]
    out = []
    for _ in range(n):
        k = rnd.randrange(5, 120)
        text = " ".join(rnd.choice(words) for _ in range(k))
        out.append(text.replace("'", "’") if rnd.random() < 0.3 else text.title() if rnd.random() < 0.2 else text)
    return out


def test_existence_in_place_search_equals_the_slice_search() -> None:
    """``Existence.finditer`` searches the whole lower-cased text in place; the slice path (kept for
    lookbehind phrases and length-changing text) is the reference."""
    checks = _existences()
    assert len(checks) >= 8
    for i, text in enumerate(_texts(7, 300)):
        start = (i * 7) % max(1, len(text) // 3)
        end = len(text) - (i % 5)
        for check in checks:
            fast = [(m.start, m.end, m.text) for m in check.finditer(text, start, end)]
            check._behind = True
            try:
                slow = [(m.start, m.end, m.text) for m in check.finditer(text, start, end)]
            finally:
                check._behind = any("(?<" in p for p in check._phrases)
            assert fast == slow, (check.name, text)


def test_lazy_pattern_is_the_compiled_pattern() -> None:
    lazy = LazyPattern(r"\b(?P<w>team|group)[ \t]+at\b", re.IGNORECASE)
    real = re.compile(r"\b(?P<w>team|group)[ \t]+at\b", re.IGNORECASE)
    text = "The Team at Initech and the group  at Globex"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.search(text, 5).span() == real.search(text, 5).span()
    assert lazy.match(text) is None and lazy.pattern == real.pattern and lazy.groupindex == real.groupindex


def test_one_edit_equals_rapidfuzz_osa() -> None:
    from rapidfuzz.distance import OSA

    from followup_lint.names import _default_data, _one_edit

    names = sorted(_default_data().given_names)
    rnd = random.Random(3)
    pairs = [(rnd.choice(names), rnd.choice(names)) for _ in range(3000)]
    for n in names[::7]:
        i = rnd.randrange(len(n) + 1)
        c = rnd.choice("aeiouyé'-")
        pairs += [(n, n[:i] + c + n[i:]), (n, n[:i] + n[i + 1:]), (n, n[:i] + n[i + 1:i + 2] + n[i:i + 1] + n[i + 2:]),
                  (n, n[:i] + c + n[i + 1:]), (n, n[:i] + n[i + 2:]), (n, n[::-1]), ("", n[:1]), (n, n)]
    for a, b in pairs:
        assert _one_edit(a, b) == (OSA.distance(a, b, score_cutoff=1) <= 1), (a, b)


def test_nickname_csv_reader_equals_the_package() -> None:
    from followup_lint.names import _nickname_pairs_from_csv, _nickname_pairs_from_package

    fast = _nickname_pairs_from_csv()
    assert fast is not None and len(fast) > 1000
    assert set(fast) == set(_nickname_pairs_from_package())


def test_per_letter_buckets_equal_all_at_once() -> None:
    from followup_lint.spelling.lexicon import load_lexicon

    lex = load_lexicon()
    grouped: dict[str, list[str]] = {}
    for w in lex._common_list:
        grouped.setdefault(w[:1], []).append(w)
    firsts: dict[str, list[int]] = {}
    for key, (a, b) in lex._rare_index.items():
        span = firsts.setdefault(key[:1], [a, b])
        span[0], span[1] = min(span[0], a), max(span[1], b)
    for key, (a, b) in firsts.items():
        grouped.setdefault(key, []).extend(lex._rare[a:b].split())
    for key in [*"abcmqsxz", "é", "'", "0", "Q"]:
        words = sorted(grouped.get(key, []), key=len)
        want = (words, [bisect_left(words, n, key=len) for n in range(len(words[-1]) + 2)]) if words else ([], [0])
        assert lex.bucket(key) == want, key


def test_packaged_letter_index_picks_out_the_same_words_as_a_scan() -> None:
    """Each first letter's common words come from positions shipped in a data file (no scan of the
    53,000 words per new letter): the same words, in the same (rank) order, as the scan; a file built
    from another word list is not used."""
    import zlib

    from followup_lint.spelling.lexicon import (COMMON_FILE, LETTERS_FILE, Lexicon, load_lexicon, read_data,
                                                read_data_bytes, read_letters)

    lex = load_lexicon()
    lex.bucket("q")
    assert lex._letters, f"{LETTERS_FILE} was built from another {COMMON_FILE}: run tools/build_lexicon_letters.py"
    data = read_data_bytes(COMMON_FILE)
    spans, positions = read_letters(read_data_bytes(LETTERS_FILE), zlib.crc32(data))
    assert sorted(positions) == list(range(len(lex._common_list)))
    for first in [*spans, "é", "'", "0", "Q", "ß"]:
        assert lex._common_with(first) == [w for w in lex._common_list if w[:1] == first], first
    assert read_letters(read_data_bytes(LETTERS_FILE), zlib.crc32(data) ^ 1) is None
    rare = read_data("spelling-en-rare.txt")
    other = Lexicon(lex._common_list[::-1], rare, zlib.crc32(data) ^ 1)  # another list: scanned
    assert other._common_with("s") == [w for w in lex._common_list[::-1] if w[:1] == "s"]
    assert other._letters is None


def test_phrase_term_list_is_terms_of_for_every_interview_phrase() -> None:
    """An interview phrase's terms are read once (``phrase_term_list``) for its weights, initials, compound
    heads and pairs: the same terms as ``terms_of`` each time, with and without the interview's exclusions."""
    from followup_lint import Interview
    from followup_lint.rules._topics import excluded_terms, phrase_term_list, phrase_terms, terms_of

    root = Path(__file__).resolve().parent
    records = json.loads((root.parent / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8"))
    seen = 0
    for r in records:
        if not r.get("interview"):
            continue
        interview = Interview.from_dict(r["interview"])
        for excluded in (frozenset(), excluded_terms(interview)):
            for phrase in (*interview.topics, *interview.strengths, *interview.questions, "on-call rota",
                           "HR and distribution centre hallway"):
                want = terms_of(phrase, excluded=excluded)
                assert list(phrase_term_list(phrase, excluded)) == want, phrase
                assert phrase_terms(phrase, excluded) == {t.key: t.weight for t in want}, phrase
                seen += bool(want)
    assert seen > 200


def test_english_stemmer_alone_equals_the_package() -> None:
    snowballstemmer = pytest.importorskip("snowballstemmer")
    from followup_lint.rules._topics import _english_only
    from followup_lint.spelling.lexicon import read_data

    ours = _english_only()
    ref = snowballstemmer.stemmer("english")  # (PyStemmer's C stemmer when that is installed)
    for w in read_data("spelling-en-common.txt").split()[::5] + read_data("spelling-en-extra.txt").split():
        assert ours.stemWord(w) == ref.stemWord(w), w


def test_pystemmer_gives_the_pure_python_stems_and_is_preferred() -> None:
    """PyStemmer (the Snowball C build) replaces the pure-Python stemmer only if every stem is the same:
    checked on the whole packaged word list and on British -ise forms, inflections and names."""
    stemmer_module = pytest.importorskip("Stemmer")
    from followup_lint.rules._topics import _english_only, _stemmer
    from followup_lint.spelling.lexicon import read_data

    c, pure = stemmer_module.Stemmer("english"), _english_only()
    words = read_data("spelling-en-common.txt").split() + read_data("spelling-en-extra.txt").split()
    words += ["organise", "organising", "generously", "Lindqvist", "o'brien", "naïve", "running", "flies"]
    assert [c.stemWord(w) for w in words] == [pure.stemWord(w) for w in words]
    assert type(_stemmer()).__module__ != type(pure).__module__  # the C one is the one used


def test_fresh_process_loads_neither_pyphen_nor_nicknames_nor_all_stemmers() -> None:
    code = textwrap.dedent("""
        import sys
        from followup_lint import Interview, Interviewer, lint_draft
        iv = Interview(interviewers=(Interviewer(name="Robert Lindqvist"),), topics=("idempotency keys",))
        lint_draft("Hi Bob,\\n\\nThank you for the talk about idempotency keys and retries.\\n\\nBest,\\nMaya", iv)
        print(" ".join(sorted(m for m in ("pyphen", "nicknames", "snowballstemmer") if m in sys.modules)))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_suggestions_do_not_depend_on_hash_seeds() -> None:
    code = "from followup_lint.spelling import load_speller; print(load_speller().suggest('multi', 8))"
    seen = set()
    for seed in ("1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                             env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert out.returncode == 0, out.stderr
        seen.add(out.stdout)
    assert len(seen) == 1, seen


def _template_drafts(seed: int, n: int) -> list[str]:
    """Drafts with placeholders of every family, next to and between words, in the body and the signature."""
    rnd = random.Random(seed)
    slots = ["[Name]", "[INTERVIEWER NAME]", "{{company}}", "{{ role }}", "{first_name}", "${team}", "____",
             "<Hiring Manager>", "(insert project)", "Company Name", "[X]", "{{a}}{{b}}", "[Name]'s"]
    words = "thank you for the chat about Kafka pipelines and on-call today I would love to join team".split()
    out = []
    for _ in range(n):
        parts = [rnd.choice(slots) if rnd.random() < 0.25 else rnd.choice(words) for _ in range(rnd.randrange(3, 60))]
        glue = [rnd.choice([" ", " ", ", ", ". ", "\n", ""]) for _ in parts]
        body = "".join(p + g for p, g in zip(parts, glue))
        out.append(f"Hi {rnd.choice(slots)},\n\n{body}\n\nBest regards,\n{rnd.choice(slots + ['Sam'])}")
    return out


def test_outside_slots_equals_in_slot_per_token() -> None:
    """``outside_slots`` cuts each placeholder's tokens as a slice; ``in_slot`` per token is the reference."""
    from followup_lint import Draft
    from followup_lint.document import Document
    from followup_lint.rules._phrases import in_slot, outside_slots

    with_slots = 0
    for text in _template_drafts(11, 400):
        doc = Document(Draft(body=text))
        with_slots += bool(doc.placeholders)
        for tokens in (list(doc.tokens), [t for t in doc.tokens if t.kind == "word"], list(doc.tokens[1::3])):
            assert outside_slots(doc, tokens) == [t for t in tokens if not in_slot(doc, t[0])], text
    assert with_slots > 300


def test_day_word_gate_never_hides_a_day_phrase() -> None:
    """relative-time-mismatch skips the case-insensitive scan when no day word is in the lower-cased text:
    wherever the pattern matches, the gate lets it through; the pattern's look-ahead at its first letters
    keeps every match of the pattern without it."""
    from followup_lint.rules.timing import _PHRASE, _may_name_a_day

    rnd = random.Random(5)
    words = ["today", "TODAY", "ToNight", "yesterday's", "this", "This", "morning", "Afternoon", "EVENING",
             "earlier", "today-ish", "thisevening", "café", "Kelvin", "\u212a", "to", "day", "\n", "  ", "."]
    unguarded = re.compile(_PHRASE.pattern.replace("(?=[ety])", "", 1), _PHRASE.flags)
    assert unguarded.pattern != _PHRASE.pattern
    matched = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(words + ["Earlier", "ÉARLIER", "ſ", "eARLIER"]) for _ in range(rnd.randrange(1, 12)))
        assert [m.span() for m in _PHRASE.finditer(text)] == [m.span() for m in unguarded.finditer(text)], text
        if _PHRASE.search(text):
            matched += 1
            assert _may_name_a_day(text, text.lower()), text
    assert matched > 500


def test_masking_a_line_at_a_time_equals_masking_each_character() -> None:
    """The document masks a region that holds line breaks one line at a time; replacing every character
    but the breaks is the reference."""
    from followup_lint.document import Region, _mask

    rnd = random.Random(9)
    alphabet = ["a", "B", " ", "\t", "\n", "\r", "\r\n", "é", "—", "\u2028", "x" * 5]
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 60)))
        cuts = sorted(rnd.randrange(0, len(text) + 1) for _ in range(2 * rnd.randrange(0, 4)))
        regions = [Region(a, b, "quote") for a, b in zip(cuts[::2], cuts[1::2])]
        expected, pos = [], 0
        for r in regions:
            s, e = max(r.start, pos), min(r.end, len(text))
            if e <= s:
                continue
            expected.append(text[pos:s] + "".join(ch if ch in "\r\n" else " " for ch in text[s:e]))
            pos = e
        expected.append(text[pos:])
        masked = _mask(text, regions)
        assert masked == ("".join(expected) if regions else text), (text, regions)
        assert len(masked) == len(text)


def test_first_letter_guards_of_first_person_and_role_patterns() -> None:
    """The first-person pattern of the substance analysis and the role pattern read backwards from a role
    noun start with a look-ahead at their first letters; without it they are the reference."""
    from followup_lint.analysis.roles import _ROLE_BEFORE
    from followup_lint.rules._substance import FIRST_PERSON

    first_person = re.compile(
        r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|(?i:my|me|myself|we|our|us))(?![\w'’])|(?<![\w'])i(?= )")
    role_before = re.compile(_ROLE_BEFORE.pattern.replace("(?=[aty])", "", 1))
    assert role_before.pattern != _ROLE_BEFORE.pattern
    rnd = random.Random(31)
    words = ["I", "i", "I'm", "I’ve", "MY", "My", "me", "Myself", "WE", "Our", "US", "us", "ſ", "uſ", "\u212a",
             "ı", "İ", "µ", "the", "This", "your", "an", "a", "Data", "Analyst", "senior", "role", "x", "'", "’",
             ",", "\t", "\n", "team", "we're", "ours"]
    hits = [0, 0]
    for _ in range(3000):
        text = "".join(rnd.choice(words) + rnd.choice([" ", " ", "", "\t", ", "]) for _ in range(rnd.randrange(1, 14)))
        a = rnd.randrange(0, len(text) + 1)
        b = rnd.randrange(a, len(text) + 1) if rnd.random() < 0.5 else len(text)  # (the role pattern ends there)
        fast, slow = FIRST_PERSON.search(text, a, b), first_person.search(text, a, b)
        assert (fast and fast.span()) == (slow and slow.span()), (text, a, b)
        hits[0] += slow is not None
        fast, slow = _ROLE_BEFORE.search(text, a, b), role_before.search(text, a, b)
        assert (fast and fast.span()) == (slow and slow.span()), (text, a, b)
        hits[1] += slow is not None
    assert hits[0] > 800 and hits[1] > 30, hits


def test_phrase_patterns_led_by_their_first_characters_match_the_plain_ones() -> None:
    """A phrase pattern looks at the characters its matches can start with before trying the phrases: the
    same matches as the pattern without that look."""
    led = [check.folded for check in _existences() if check.folded.pattern.startswith("(?=[")]
    assert len(led) >= 8
    plain = [re.compile(p.pattern[p.pattern.index("])") + 2:], p.flags) for p in led]
    hits = 0
    for text in _texts(13, 300):
        low = text.lower().replace("’", "'")
        for fast, slow in zip(led, plain):
            want = [m.span() for m in slow.finditer(low)]
            hits += bool(want)
            assert [m.span() for m in fast.finditer(low)] == want, (fast.pattern[:60], low)
    assert hits > 100


@pytest.mark.parametrize("pattern,firsts", [
    ("(?:our|the) talk", {"o", "t"}), ("a+b|c", {"a", "c"}), ("[xy]z|'d like", {"x", "y", "'"}),
    ("(?:please )?find", {"p", "f"}), ("\\w+ly", None), ("a*b", {"a", "b"}), ("(?i:a)b", None), ("(?:a|)b", None),
    # zero-width at the start (a word boundary, a lookaround): the first characters of what follows
    ("\\b(?:is )?(?:anyone|someone)", {"i", "a", "s"}), ("(?<!x)\\bmy", {"m"}), ("(?!ab)a|c", {"a", "c"}),
    ("a|\\b", None), ("(?:x )?\\w", None), ("a?", None),
])
def test_first_characters_of_a_phrase_pattern(pattern: str, firsts: set[str] | None) -> None:
    from followup_lint.rules._phrases import _first_chars

    assert _first_chars(pattern) == firsts


def test_space_runs_and_lowercase_i_found_literal_first() -> None:
    """The mechanics patterns for runs of spaces and a lone "i" token start with their literal character
    (then look back); the patterns that start with the look-back are the reference."""
    from followup_lint.rules.mechanics import _LOWER_I_TOKEN, _SPACE_RUN

    space_run = re.compile(r"(?<! ) {2,}+(?=\S)")
    lower_i = re.compile(r"^i(?:['’‘](?:m|ve|d|ll))?$", re.MULTILINE)
    rnd = random.Random(41)
    parts = [" ", "  ", "   ", "\t", "\n", "\r\n", "\u00a0", "i", "I", "i'm", "i’ve", "i‘d", "i'll", "ii", "hi",
             "x", ".", "i\n", "\ni", " " * 50]
    hits = [0, 0]
    for _ in range(3000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randrange(0, 25)))
        want = [m.span() for m in space_run.finditer(text)]
        assert [m.span() for m in _SPACE_RUN.finditer(text)] == want, repr(text)
        lines = "\n".join(text.split())
        found, ref = _LOWER_I_TOKEN.search(lines), lower_i.search(lines)
        assert (found and found.span()) == (ref and ref.span()), repr(lines)
        hits[0] += bool(want)
        hits[1] += ref is not None
    assert min(hits) > 300, hits


# -- real notes: the held-out, outside and benchmark drafts ----------------------------------------

def _fixture_texts() -> list[str]:
    """The bodies of the held-out and outside fixtures and of the benchmark drafts (real notes)."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent
    paths = [*sorted((root / "fixtures" / "heldout").glob("*.json")),
             *sorted((root / "fixtures" / "outside").glob("*/*.json"))]
    out = [json.loads(p.read_text(encoding="utf-8"))["body"] for p in paths]
    drafts = json.loads((root.parent / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8"))
    out += [r["body"] for r in drafts]
    assert len(out) > 300
    return out


def test_capped_collects_as_the_loop_did() -> None:
    from followup_lint.engine import _COUNTED_BEYOND, MAX_FINDINGS_PER_RULE, _capped
    from followup_lint.results import Finding, Severity

    def produced(n: int):  # type: ignore[no-untyped-def]
        for i in range(n):
            yield Finding(code="FL999", rule="test", severity=Severity.INFO, message=f"finding {i}")

    for n in (0, 1, MAX_FINDINGS_PER_RULE - 1, MAX_FINDINGS_PER_RULE, MAX_FINDINGS_PER_RULE + 1,
              MAX_FINDINGS_PER_RULE + _COUNTED_BEYOND, MAX_FINDINGS_PER_RULE + _COUNTED_BEYOND + 5):
        for source in (produced(n), list(produced(n))):
            got = _capped(source)
            kept = min(n, MAX_FINDINGS_PER_RULE)
            assert [f.message for f in got[:MAX_FINDINGS_PER_RULE]] == [f"finding {i}" for i in range(kept)]
            more = n - MAX_FINDINGS_PER_RULE
            if more <= 0:
                assert len(got) == n
            else:
                assert len(got) == MAX_FINDINGS_PER_RULE + 1
                assert got[-1].data == {"more": min(more, _COUNTED_BEYOND + 1)}


def test_placeholder_gates_never_hide_a_match() -> None:
    """``find_placeholders`` runs a pattern only when its one needed substring is in the text: wherever
    the pattern matches, the substring is there."""
    from followup_lint.document.placeholders import _NEEDED, _PATTERNS

    assert len(_NEEDED) == len(_PATTERNS) and all(isinstance(n, str) and n for n in _NEEDED)
    rnd = random.Random(37)
    parts = ["{{ name }}", "{company}", "${team}", "[Name]", "[x]", "<First Name>", "____", "(insert role)",
             "(your name)", "{%", "%}", "{#", "#}", "{", "}", "[", "]", "<", ">", "(", ")", "$", "_", " ", "\n",
             "Hi", "the", "Role", "Interviewer", "mention the project", "Dear"]
    hits = 0
    for text in _fixture_texts() + ["".join(rnd.choice(parts) for _ in range(rnd.randrange(1, 30)))
                                    for _ in range(3000)]:
        for (kind, pattern), needed in zip(_PATTERNS, _NEEDED):
            if pattern.search(text):
                hits += 1
                assert needed in text, (kind, text)
    assert hits > 1000


def test_sentence_keys_less_the_excluded_equal_the_difference() -> None:
    from followup_lint import Draft
    from followup_lint.document import Document
    from followup_lint.rules._topics import _sentence_keys, draft_terms

    excluded_sets = [frozenset(), frozenset({"team", "data"}), frozenset({"interview", "thank", "role", "zzz"})]
    units = 0
    for text in _fixture_texts()[::3]:
        doc = Document(Draft(body=text, subject="Thank you - data team interview"))
        starts = [t.start for t in doc.tokens if t.kind in ("word", "number")]
        texts = [t.text for t in doc.tokens if t.kind in ("word", "number")]
        for excluded in excluded_sets:
            got = [u for u in draft_terms(doc, excluded).units if u[3] == "body"]
            for s, e, keys, _field in got:
                a, b = bisect_left(starts, s), bisect_left(starts, e)
                if doc.placeholders or b - a > 120:
                    continue  # (words in slots left out, long runs not remembered: other paths)
                want = _sentence_keys(tuple(texts[a:b])) - excluded if b > a else frozenset()
                assert keys == want, (text[s:e], excluded)
                units += 1
    assert units > 500


def test_triggers_never_drop_a_match() -> None:
    """Every phrase list with triggers finds what it finds searched whole (without its triggers), over the
    held-out, outside and benchmark notes: a trigger missing from a phrase cannot silently drop matches."""
    from followup_lint import Draft
    from followup_lint.document import Document

    checks = [(c, Existence(c.name, c._phrases, ())) for c in _existences() if c.triggers]
    assert len(checks) >= 12
    found = 0
    for text in _fixture_texts():
        own = Document(Draft(body=text)).own
        for with_triggers, whole in checks:
            want = [(m.start, m.end) for m in whole.finditer(own)]
            assert [(m.start, m.end) for m in with_triggers.finditer(own)] == want, (with_triggers.name, own[:80])
            found += len(want)
    assert found > 200


def test_triggers_never_drop_a_match_in_random_drafts() -> None:
    """The same on drafts made of the phrase lists' own words (a trigger in nearly every line), with
    ranges that start and end mid-text."""
    checks = [(c, Existence(c.name, c._phrases, ())) for c in _existences() if c.triggers]
    found = 0
    for i, text in enumerate(_texts(11, 400)):
        start, end = (i * 5) % max(1, len(text) // 4), len(text) - (i % 7)
        for with_triggers, whole in checks:
            want = [(m.start, m.end) for m in whole.finditer(text, start, end)]
            assert [(m.start, m.end) for m in with_triggers.finditer(text, start, end)] == want, (
                with_triggers.name, text)
            found += len(want)
    assert found > 200


def test_a_text_dense_with_triggers_is_searched_whole() -> None:
    """Past as many trigger spots as windows could lie apart in the range, the range is searched whole
    (the windows would cover it all): the same matches as the windows and as no triggers at all, and at
    most one window when triggers are everywhere."""
    cues = existence("moment", "cues")
    assert cues.triggers  # (the cue list is searched around its triggers: 1 MB without one costs ~25 ms, not 60)
    whole = Existence(cues.name, cues._phrases, ())
    unit = "We talked about caching and the team plans, and I enjoyed hearing more about the audit. "
    for n in (1, 3, 40, 400):
        text = "Hi Dana,\n\n" + unit * n + "zq " * 2000 + "\nBest,\nSam"  # (no trigger in the last 6,000)
        low = text.lower()
        windows = cues._windows(low, 5, len(text))
        if n >= 40:  # (more spots than windows fit in the range: the range whole, its trigger-free tail too)
            assert windows == [(5, len(text))]
        else:
            assert windows[-1][1] < len(text) - 5000
        capped = [(m.start, m.end) for m in cues.finditer(text, 5)]
        assert capped == [(m.start, m.end) for m in whole.finditer(text, 5)]
        assert len(capped) >= 2 * n


def test_adjacent_twins_and_word_tokens_equal_the_loops_they_replaced() -> None:
    """``_adjacent_twins`` (neighbouring token texts compared by ``operator.eq`` over an ``islice``) and
    ``Document.words`` (kinds compared by ``operator.eq``) give what the slot-wrapper versions gave, on the
    dev-corpus-like fixture notes and on random drafts (case, curly apostrophes, a final sigma)."""
    from followup_lint import Draft
    from followup_lint.document import Document
    from followup_lint.document.tokens import tokenize
    from followup_lint.rules.mechanics import _adjacent_twins

    def twins_reference(tokens) -> bool:  # type: ignore[no-untyped-def]
        if len(tokens) < 2:
            return False
        joined = "\n".join(t[2] for t in tokens)
        if "Σ" in joined:
            return True
        pieces = joined.lower().replace("’", "'").replace("‘", "'").split("\n")
        return any(map(str.__eq__, pieces, pieces[1:]))

    rnd = random.Random(17)
    parts = ["the", "The", "THE", "don't", "don’t", "DON'T", "ΣΑΣ", "σας", "I", "i", "a", ".", ",", "\n", "x"]
    texts = _fixture_texts()[:200] + ["".join(rnd.choice(parts) + rnd.choice([" ", "", "\n"])
                                              for _ in range(rnd.randrange(0, 12))) for _ in range(2000)]
    twins = 0
    for text in texts:
        tokens = tokenize(text)
        got = _adjacent_twins(tokens)
        assert got == twins_reference(tokens), text
        twins += got
        doc = Document(Draft(body=text))
        assert doc.words == tuple(t for t in doc.tokens if t.kind == "word")
    assert 100 < twins < len(texts)


def test_triggers_find_capitals_in_a_text_that_changes_length_when_lower_cased() -> None:
    """A text holding "İstanbul" is searched as written (lower-casing changes its length): the lower-case
    triggers must not hide a phrase written in capitals there ("WFH", "Pension")."""
    from followup_lint.rules._phrases import Existence

    check = Existence("t", ["WFH", "pension (?:plan|scheme)"], ["wfh", "pension"])
    text = "Back from İstanbul. Is WFH possible, and is there a Pension Scheme?"
    assert [m.text for m in check.finditer(text)] == ["WFH", "Pension Scheme"]
    assert [m.text for m in check.finditer(text.replace("İ", "I"))] == ["WFH", "Pension Scheme"]


def test_near_length_names_give_the_variants_a_search_of_every_name_gives() -> None:
    """A name the nickname tables lack borrows from names one edit away, searched among the names of one
    letter more or less only: the same names, in the same order, as the search among all of them."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from followup_lint.names import _default_data

    data = _default_data()
    rnd = random.Random(7)
    queries = 0
    for name in rnd.sample(data._names_list, 400):
        for word in (name, name[1:], name + "a", name[:2] + "e" + name[3:], name[:-1], "k" + name[1:]):
            if len(word) < 5:
                continue
            every = process.extract(word, data._names_list, scorer=OSA.distance, score_cutoff=1, limit=5)
            near = process.extract(word, data._near_length(len(word)), scorer=OSA.distance, score_cutoff=1,
                                   limit=5)
            assert [c[:2] for c in near] == [c[:2] for c in every], word
            queries += 1
    assert queries > 1500


def test_initials_and_compound_heads_are_read_only_for_phrases_a_sentence_shares_a_word_with(monkeypatch) -> None:
    """``match_phrases`` works out a phrase's initials and compound heads only when some sentence holds one
    of its terms (else the phrase is matched nowhere whatever they are), and still matches by them."""
    from followup_lint import Draft, Interview, Linter
    from followup_lint.rules import _topics

    read: list[str] = []
    original = _topics._phrase_reading

    def recording(phrase: str, excluded: frozenset[str]):  # type: ignore[no-untyped-def]
        read.append(phrase)
        return original(phrase, excluded)

    monkeypatch.setattr(_topics, "_phrase_reading", recording)
    unheard = "the zeppelin hangar refurbishment programme"
    heard = "the quality assurance backlog for the loading hallway"
    report = Linter().lint(Draft(body="Hi Dana,\n\nThanks for walking me through the QA backlog and the "
                                      "hall where the trucks load.\n\nBest,\nSam"),
                           Interview(topics=(unheard, heard)))
    assert heard in read and unheard not in read
    assert report.metrics["topics_referenced"] == [heard]


def test_wish_words_found_in_the_same_sentences_as_by_the_look_around_pattern_and_never_without_a_lead() -> None:
    """The wish clause's pattern, spelt without the look-around tried before every position, finds a wish
    word in the same ranges as the pattern it replaced; and a range holding a match always holds one of the
    lead words ``str.find`` looks for (an ASCII text: its lower case is what IGNORECASE matches). On an
    ASCII text, ``wish_lower`` searched in its lower case finds one in the same ranges too."""
    from followup_lint.analysis.employers import _held, _hits, _wish_words, _words_alternation
    from followup_lint.analysis.sentences import cue_data

    words = _wish_words()
    before = re.compile(r"(?:(?<=\w)|\b)(?:" + _words_alternation(cue_data()["employer"]["wish_words"]) + r")\b",
                        re.IGNORECASE)
    rnd = random.Random(11)
    vocabulary = [*cue_data()["employer"]["wish_words"], "I", "Would", "WILL", "can't", "I'd", "we’ll", "'d",
                  "hopeful", "wishes", "aimless", "planet", "Eager", "x", "to", "forwarded", "plan-based", "ready."]
    found = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(vocabulary) for _ in range(rnd.randrange(1, 8)))
        text = text.replace("  ", rnd.choice([" ", "\t", "  "]))
        places = _hits(text.lower(), words.leads)
        for a, b in ((0, len(text)), (rnd.randrange(len(text)), len(text)), (0, rnd.randrange(len(text) + 1))):
            hit = before.search(text, a, b) is not None
            assert (words.wish.search(text, a, b) is not None) == hit, (text, a, b)
            assert not hit or _held(places, a, b), (text, a, b)
            if text.isascii():  # the lower-case pattern, on the text's lower case, finds it in the same ranges
                assert (words.wish_lower.search(text.lower(), a, b) is not None) == hit, (text, a, b)
            found += hit
    assert found > 1500


def test_shipped_holidays_equal_the_package_on_every_day() -> None:
    import holidays
    from holidays import registry

    from followup_lint.workdays import _name_from_registry, _shipped, _shipped_text, calendar_for

    head = _shipped_text().split("\n", 1)[0]
    if not head.startswith(f"holidays={holidays.__version__} "):
        # another release may move a holiday on purpose (a new law, a fixed error): the file is compared with
        # the release it was built from; ``test_shipped_holidays_hold_the_fixed_feasts`` runs whatever is installed
        pytest.skip(f"{head.split()[0]} shipped, holidays=={holidays.__version__} installed: "
                    "rebuild with tools/build_holidays.py to compare")
    first, last = (int(y) for y in head.rpartition("years=")[2].split("-"))
    codes = [entry[1] for entry in registry.COUNTRIES.values()]
    assert len(codes) > 200
    for code in codes:
        shipped, package = _shipped(code), holidays.country_holidays(code)
        assert shipped is not None, code
        assert shipped.weekend == frozenset(package.weekend) and shipped.label == _name_from_registry(code)
        day, end = date(first, 1, 1), date(last, 12, 31)
        while day <= end:
            assert shipped.get(day) == package.get(day) and (day in shipped) == (day in package), (code, day)
            day += timedelta(days=1)
        cal = calendar_for(code)
        assert cal.weekend == frozenset(package.weekend) and cal.country_label == shipped.label
    # a year the file does not cover goes to the package itself
    for day in (date(first - 1, 12, 25), date(last + 1, 1, 1), date(last + 3, 7, 4)):
        assert _shipped("US").get(day) == holidays.country_holidays("US").get(day)
    assert _shipped("US").get(date(first - 1, 12, 25)) == "Christmas Day"
    assert _shipped("ZZ") is None and _shipped("USA") is None


def test_shipped_holidays_hold_the_fixed_feasts() -> None:
    """Whatever ``holidays`` release is installed: the shipped file covers the countries and holds the feasts no
    release moves."""
    from followup_lint.workdays import _shipped, _shipped_text

    head = _shipped_text().split("\n", 1)[0]
    first, last = (int(y) for y in head.rpartition("years=")[2].split("-"))
    assert first <= 2026 <= last
    for code, day in (("US", date(2026, 7, 4)), ("US", date(2026, 12, 25)), ("GB", date(2026, 12, 25)),
                      ("FR", date(2026, 7, 14)), ("IN", date(2026, 1, 26)), ("BR", date(2026, 9, 7))):
        shipped = _shipped(code)
        assert shipped is not None and day in shipped, (code, day)
    assert date(2026, 7, 15) not in _shipped("FR")


def test_json_twins_of_the_toml_data_are_fresh_and_hold_the_same_data() -> None:
    import tomllib
    import zlib

    from followup_lint.spelling.lexicon import _DATA_DIR, read_toml_data

    tomls = sorted(_DATA_DIR.glob("*.toml"))
    assert len(tomls) >= 10
    for path in tomls:
        raw = path.read_bytes()
        twin = path.with_name(path.name + ".json").read_bytes()
        assert twin.split(b"\n", 1)[0] == b"crc32=%08x" % zlib.crc32(raw), f"{path.name}: run tools/build_data_json.py"
        assert json.loads(twin.split(b"\n", 1)[1]) == tomllib.loads(raw.decode("utf-8")) == read_toml_data(path.name)


def test_a_stale_json_twin_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    from followup_lint.spelling import lexicon

    real = lexicon.read_data_bytes
    stale = b'crc32=00000000\n{"fields": "stale"}\n'
    monkeypatch.setattr(lexicon, "read_data_bytes", lambda name: stale if name.endswith(".json") else real(name))
    assert lexicon.read_toml_data("placeholders.toml") == tomllib.loads(real("placeholders.toml").decode("utf-8"))

    def missing(name: str) -> bytes:
        if name.endswith(".json"):
            raise FileNotFoundError(name)
        return real(name)

    monkeypatch.setattr(lexicon, "read_data_bytes", missing)
    assert lexicon.read_toml_data("cues.toml") == tomllib.loads(real("cues.toml").decode("utf-8"))


def test_names_one_edit_away_give_the_variants_the_near_length_search_gives() -> None:
    """A name the nickname tables lack is compared with the names of its first letter only, plus those one
    edit at the start would make (looked up): the same variants, in the same order, as the search among
    every name of one letter more or less."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from followup_lint.names import _default_data

    data = _default_data()
    rnd = random.Random(11)
    queries = 0
    for name in rnd.sample(data._names_list, 500):
        for word in (name, name[1:], "a" + name, name[1] + name[0] + name[2:], name[:2] + "e" + name[3:],
                     name[:-1], "k" + name[1:], "z" + name, name[1:] + "a"):
            if len(word) < 5:
                continue
            near = process.extract(word, data._near_length(len(word)), scorer=OSA.distance, score_cutoff=1,
                                   limit=5)
            fast = process.extract(word, data._one_edit_away(word), scorer=OSA.distance, score_cutoff=1,
                                   limit=5)
            assert [c[:2] for c in fast] == [c[:2] for c in near], word
            queries += 1
    assert queries > 2500

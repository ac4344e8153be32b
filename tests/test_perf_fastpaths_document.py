"""The document layer's fast paths give exactly what the plainer code they replace gives, on every real
note the repository holds (held-out, outside and benchmark drafts, subjects and bodies), on the hostile
shapes of the benchmark and on random texts. The plain versions are kept here as the reference."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from followup_lint.document import placeholders as P
from followup_lint.document import tokens as T

ROOT = Path(__file__).resolve().parent


def _real_texts() -> list[str]:
    """Bodies and subjects of the held-out and outside fixtures and of the benchmark drafts."""
    paths = [*sorted((ROOT / "fixtures" / "heldout").glob("*.json")),
             *sorted((ROOT / "fixtures" / "outside").glob("*/*.json"))]
    records = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    records += json.loads((ROOT.parent / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8"))
    out = [r["body"] for r in records] + [r["subject"] for r in records if r.get("subject")]
    assert len(out) > 400
    return out


def _shape_texts(size: int = 20_000) -> list[str]:
    sys.path.insert(0, str(ROOT.parent / "benchmarks"))
    try:
        import shapes
    finally:
        sys.path.pop(0)
    return [shapes.sized(build, size) for build in shapes.SHAPES.values()]


def _random_texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    pieces = ["Hi", "Dana", ".", ",", " ", " ", "\n", "\n\n", "\r\n", "v2", "Q3", "2024", "555-5555", "(555) 555-5555",
              "000 0000", "555.1234", "+1", "e.g.", "a.m.", "3pm", "x²", "٣٣٣-٣٣٣٣", "①", "é", "e\u0301", "4K", "abc1",
              "1st", "Mr.", "[Name]", "{{x}}", "i", "!", "?", "…", "\"", "'", "(", ")", "—", "_", "#", "%", "ß", "İ"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 60))) for _ in range(n)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _real_texts() + _shape_texts() + _random_texts(12, 3000)


def _dummy_phones_reference(text: str) -> list[P.Placeholder]:
    """The full pattern searched everywhere (no cheap search first)."""
    return [P.Placeholder(m.start(), m.end(), m.group(0), "dummy-number")
            for m in P._PHONE.finditer(text) if P.is_dummy_phone(m)]


def test_dummy_phones_searched_after_their_core_are_those_of_the_full_search(texts: list[str]) -> None:
    found = 0
    for text in texts:
        got = P._dummy_phones(text)
        assert got == _dummy_phones_reference(text), repr(text[:200])
        found += len(got)
    assert found > 100


def test_ascii_glue_marks_the_numbers_the_unicode_glue_marks(texts: list[str]) -> None:
    """Words glued to a digit become numbers as they do with the full Unicode ``_GLUE`` (the reference
    tokenizer searches every text with it)."""
    from test_perf_fastpaths_core import _tokenize_reference

    glued = 0
    for text in texts:
        got = T.tokenize(text)
        assert got == _tokenize_reference(text), repr(text[:200])
        glued += sum(1 for t in got if t.kind == "number" and not t.text[:1].isdigit())
    assert glued > 100


def test_the_ascii_split_gives_the_tokens_of_the_unicode_split(texts: list[str]) -> None:
    rnd = random.Random(5)
    alphabet = "ab Z9_.-'’\n\r\t\x0b\x0c\x1c\x1f!?@`:/xX,;()[]{}<>#$%^&*"
    texts = texts + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    compared = 0
    for text in texts:
        if text.isascii():
            assert T._PLAIN_SPLIT_ASCII.split(text) == T._PLAIN_SPLIT.split(text), repr(text[:200])
            compared += 1
    assert compared > 2000


def test_a_glued_salutation_is_only_looked_for_on_lines_holding_dear(texts: list[str]) -> None:
    """``find_letter_salutation`` searches a line for "... Dear Dr. Walker:" only when "Dear" or "DEAR" is in
    it: every match of the pattern holds one, so the lines skipped have none."""
    from followup_lint.document.structure import _GLUED_SALUTATION, _lines

    found = 0
    for text in [*texts, "12 Oak St., Springfield   Dear Ms. Alvarez:\n", "VA 23607 DEAR DR. WALKER:\nThanks"]:
        for s, e in _lines(text):
            line = text[s:e].strip()
            m = _GLUED_SALUTATION.search(text, s, e)
            found += m is not None
            assert m is None or "Dear" in line or "DEAR" in line, repr(text[s:e])
    assert found >= 2


@pytest.mark.parametrize("many_tokens", [0, T._MANY_TOKENS, 10**9])  # dense-cue path when it can; as drafts; never
def test_sentences_split_at_cue_offsets_are_those_of_the_token_walk(texts: list[str], many_tokens: int,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from test_perf_fastpaths_core import _split_reference

    monkeypatch.setattr(T, "_MANY_TOKENS", many_tokens)
    split = 0
    for text in texts:
        toks = T.tokenize(text)
        got = T.split_sentences(text, toks)
        assert got == _split_reference(text, toks), repr(text[:200])
        split += len(got) > 1
    assert split > 300


def test_profile_link_slots_are_found_as_before_the_slash_look_back_and_gate() -> None:
    """The profile-link slot pattern ("linkedin.com/in/yourname") behind a "/" look-back, searched only in a
    text with a "/": the same matches as the pattern without them, on every outside note and on links
    written every way."""
    import json
    import re
    from pathlib import Path

    from followup_lint.document import placeholders

    reference = re.compile(r"(?:(?<=linkedin\.com/in/)|(?<=github\.com/)|(?<=gitlab\.com/)|(?<=twitter\.com/)|"
                           r"(?<=behance\.net/))(?:your[-_]?(?:name|"
                           r"profile|handle|username|url)|user[-_]?name|first[-_]?name[-_]?last[-_]?name|name)"
                           r"(?![\w-])", re.I)
    index = [kind for kind, _ in placeholders._PATTERNS].index("link")
    pattern, needed = placeholders._PATTERNS[index][1], placeholders._NEEDED[index]
    texts = [json.loads(p.read_text(encoding="utf-8"))["body"]
             for p in sorted((Path(__file__).parent / "fixtures" / "outside").glob("*/*.json"))]
    texts += [f"See {site}{slot} and {site.upper()}{slot.title()}-x, {site}{slot}s."
              for site in ("linkedin.com/in/", "github.com/", "GitLab.com/", "twitter.com/", "behance.net/", "example.com/")
              for slot in ("yourname", "your-profile", "username", "user_name", "first-name-last-name", "name", "nameless")]
    found = 0
    for text in texts:
        expected = [m.span() for m in reference.finditer(text)]
        got = [m.span() for m in pattern.finditer(text)] if needed in text else []
        assert got == expected, text[:80]
        found += len(expected)
    assert found >= 30  # (five sites, six slot spellings, each written twice)


def test_a_note_to_self_needs_both_marks_of_its_brackets_so_a_text_without_them_is_not_searched() -> None:
    """``_notes_to_self`` looks for bracketed notes only in a text holding "(" and ")" or "[" and "]": every
    bracketed note found in any text has both marks of one pair (the gate loses nothing); a note after
    its marker outside brackets ("TODO: check") has its colon or dash, the gate of that search."""
    import random

    rnd = random.Random(5)
    pieces = ["(", ")", "[", "]", "add Figma link before sending", "TODO: check", "check this", "paste the URL",
              " ", "insert CV here", "later", "\n"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(3, 30))) for _ in range(3000)]
    texts += _real_texts()
    found = 0
    for text in texts:
        notes = P._notes_to_self(text)
        if any(note.text[0] in "([" for note in notes):
            assert "(" in text and ")" in text or "[" in text and "]" in text
        found += len(notes)
        for note in notes:
            if note.text[0] in "([":
                assert (note.text[0], note.text[-1]) in (("(", ")"), ("[", "]"))
            else:
                assert any(mark in note.text for mark in ":-–—")
    assert found > 100


def _open_notes_reference(text: str) -> list[P.Placeholder]:
    """The open-note search as it was: the pattern over every text holding a colon or a dash."""
    if not (":" in text or "-" in text or "–" in text or "—" in text):
        return []
    return [P.Placeholder(m.start(), m.end(), m.group(0).rstrip(" \t"), "note-to-self")
            for m in P._vocabulary().open_note.finditer(text)
            if not P._HEADING_MARKS.search(text, max(0, m.start() - 8), m.start())]  # (a "# TODO" heading: a title)


def test_open_notes_looked_for_after_their_cue_words_are_those_of_the_full_search(texts: list[str]) -> None:
    """``_notes_to_self`` searches for "TODO: ..." / "Note to self - ..." only in a text holding a
    marker's cue (capitals as written, the rest lower-cased): the notes after a marker are those of the
    pattern over every text, on real notes, random texts and marker words in mixed cases, among them
    letters the case-blind match also reads as "i" and "s" ("ı", "ſ", "K")."""
    rnd = random.Random(19)
    markers = ["TODO", "todo", "Todo", "FIXME", "FixMe", "note to self", "Note To Self", "NOTE TO SELF",
               "note to ſelf", "NOTE TO ſELF", "note  to self", "notes to self", "xTODO", "note to", "TODO_"]
    pieces = [*markers, ":", " :", " -", " – ", "—", " ", "\n", "check the date", "add link", "é", "İ", "K", "("]
    randoms = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(2, 25))) for _ in range(4000)]
    found = gated = 0
    for text in texts + randoms:
        want = _open_notes_reference(text)
        got = [p for p in P._notes_to_self(text) if p.text[:1] not in "(["]
        assert got == want, repr(text[:200])
        found += len(want)
        gated += bool(":" in text or "-" in text) and not P._may_hold(text, P._vocabulary().open_note_cues)
    assert found > 300 and gated > 1000


@pytest.mark.parametrize("short", [0, 3, 8])
def test_html_text_copied_between_whitespace_runs_is_the_text_read_a_character_at_a_time(
        monkeypatch: pytest.MonkeyPatch, short: int) -> None:
    """The text between tags is copied whole between its whitespace runs (a lone space shows as itself):
    the characters, their raw ranges, the quoted ranges and the headings are those of the walk a character
    at a time (kept for short texts; ``_SHORT_TEXT`` raised past every text, it reads them all), on the real
    HTML notes, the hostile shapes inside a paragraph and random HTML."""
    import re

    from followup_lint.document import html as H

    rnd = random.Random(34)
    pieces = ["a", "Dana", " ", "  ", "\t", "\n", "\r\n", "\f", "\v", "\xa0", "\u3000", "<p>", "</p>", "<br>",
              "<pre>", "</pre>", "&amp;", "&nbsp;", "&#32;", "&#10;", "&bogus;", "<div class='gmail_quote'>",
              "</div>", "<blockquote>", "</blockquote>", "<h2>", "</h2>", "<!-- c -->", "<b>", "</b>", "<li>",
              "x y", "é"]
    raws = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 50))) for _ in range(4000)]
    raws += [t for t in _real_texts() if H.looks_like_html(t)]
    raws += ["<p>" + t + "</p>" for t in _shape_texts(4000)]

    def read(raw: str) -> tuple[object, ...]:
        got = H.html_to_text(raw)
        return got.text, tuple(got.starts), tuple(got.ends), tuple(got.quoted), tuple(got.headings)

    monkeypatch.setattr(H, "_SHORT_TEXT", short)
    fast = {raw: read(raw) for raw in raws}
    monkeypatch.setattr(H, "_SHORT_TEXT", 10**9)  # every text read a character at a time: the reference
    for raw in raws:
        assert read(raw) == fast[raw], raw
    assert any(re.search(r"[^<>]{9}", raw) for raw in raws)

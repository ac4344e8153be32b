"""Speed-ups of the tokenizer, the sentence splitter, the directory walk and the JSON output give exactly
what the simpler code they replace gives (the simple versions are kept here as the reference)."""

from __future__ import annotations

import json
import os
import random
import re
from bisect import bisect_left
from datetime import datetime, timezone
from pathlib import Path

import pytest

from followup_lint.document import tokens as T
from followup_lint.document.tokens import ABBREVIATIONS, Token, split_sentences, tokenize

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)

# -- the reference implementations (the code before the fast paths) ----------------------------------------


def _tokenize_reference(text: str) -> list[Token]:
    """One ``finditer`` of the full alternation; the kind is the matching group's."""
    pattern = re.compile("|".join(T._BRANCHES), T._TOKEN.flags)
    out = [Token(m.start(), m.end(), m[0], T._KINDS[m.lastgroup]) for m in pattern.finditer(text)]  # type: ignore[index]
    if text.isascii() and not any(d in text for d in "0123456789"):
        return out
    for m in T._GLUE.finditer(text):
        p = m.start()
        i = bisect_left(out, p, key=lambda t: t[1])
        if i < len(out) and out[i][1] == p and out[i][3] == "word":
            out[i] = Token(out[i][0], p, out[i][2], "number")
        i = bisect_left(out, p + 1, key=lambda t: t[0])
        if i < len(out) and out[i][0] == p + 1 and out[i][3] == "word":
            out[i] = Token(p + 1, out[i][1], out[i][2], "number")
    return out


def _split_reference(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Every token visited in turn."""
    sentences: list[tuple[int, int]] = []
    start: int | None = None
    last_end = 0
    following: list[Token | None] = [*tokens[1:], None]
    previous: list[Token | None] = [None, *tokens[:-1]]
    unpunctuated = not any(mark in text for mark in ".!?…")  # (every line break ends a sentence then)
    for prev, (ts, te, tt, tk), nxt in zip(previous, tokens, following):
        if start is None:
            start = ts
        last_end = te
        ends = False
        if tk == "punct" and tt in ".!?…":
            if nxt is not None and nxt[3] == "punct" and nxt[2] in ".!?\"')]”’":
                continue
            if tt == "." and nxt is not None and prev is not None and prev[3] == "word" \
                    and prev[2].lower().rstrip(".") in ABBREVIATIONS and "\n" not in text[te:nxt[0]]:
                continue
            ends = nxt is None or nxt[0] > te
        elif tk == "word" and len(tt) > 2 and tt[-1] == ".":
            ends = nxt is not None and nxt[2][:1].isupper() and tt.lower().rstrip(".") not in ABBREVIATIONS
        elif tk == "number" and len(tt) > 1 and tt[-1] == ".":
            ends = nxt is None or (nxt[0] > te and nxt[3] == "word" and not T._starts_line(text, ts))
        if not ends and nxt is not None:
            gap = text[te:nxt[0]]
            if "\n" in gap or "\r" in gap:
                if gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2:
                    # a blank line ends the sentence, unless it breaks one: a block ending on a word (not
                    # on the text's first line), the next going on in lower case
                    first_line = not any(ch in "\r\n" for ch in text[tokens[0][0]:ts])
                    ends = not (tk == "word" and nxt[3] == "word" and nxt[2][:1].islower() and not first_line)
                elif unpunctuated or T._line_is_short_block(text, te):
                    ends = True
        if ends:
            sentences.append((start, last_end))
            start = None
    if start is not None:
        sentences.append((start, last_end))
    return sentences


# -- texts -----------------------------------------------------------------------------------------------

_PIECES = ("Dr", "dr", "e.g.", "i.e.", "Mr.", "U.S.", "etc.", "Thanks", "hello", "World", "I", ".", "!", "?", "…",
           "\n", "\r\n", "\r", "\n\n", ",", ":", ";", '"', "'", ")", "”", "’", " ", "  ", "Ph.D.", "3.5", "v2",
           "[Name]", "{{x}}", "2024.", "9%.", "14th.", "Best", "Sam", "-- ", "__", "a.m.", "Jan.", "café", "e\u0301", "😀", "\u200d",
           "²", "①", "Σ", "ß", "İ", "x@y.org", "www.a.io", "`c`", "@dana", "acme.com/x", "_", "—", "\t")


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        out.append("".join(rnd.choice(_PIECES) + rnd.choice(("", " ", " ", "\n")) for _ in range(rnd.randint(0, 30))))
    alphabet = "ab Z9_.-'’\n\r\t!?…@`:/éè\u0301\u200d\ufe0f😀²①ΣßİxX,;()[]{}<>#$%^&*"
    for _ in range(n):
        out.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))))
    for _ in range(n // 4):
        out.append("".join(chr(rnd.randint(0, 0x2FFFF)) for _ in range(rnd.randint(0, 30))))
    return out


def test_tokenize_matches_the_reference() -> None:
    for text in _texts(1, 1500):
        got = tokenize(text)
        assert got == _tokenize_reference(text), repr(text)
        assert all(type(t) is Token for t in got)


@pytest.mark.parametrize("many_tokens", [0, T._MANY_TOKENS])  # 0: every text takes the dense-cue path when it can
def test_split_sentences_matches_the_reference(many_tokens: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "_MANY_TOKENS", many_tokens)
    for text in _texts(2, 1500):
        toks = tokenize(text)
        assert split_sentences(text, toks) == _split_reference(text, list(toks)), repr(text)


def test_the_split_path_serves_plain_text() -> None:
    # (the fast path is what ordinary drafts take: no code, URL, address, handle or domain)
    assert T._pattern_for("Thank you, Dana. It was great!") is T._PLAIN
    assert T._pattern_for("see www.example.com") is not T._PLAIN


def test_in_postal_line_matches_the_reference() -> None:
    # (the fast version looks for line breaks only within two address lines' length of the offset)
    from followup_lint.document import postal

    def reference(text: str, pos: int) -> bool:
        start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
        ends = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
        end = min(ends) if ends else len(text)
        return end - start <= 2 * postal._MAX_LINE and postal.is_postal_line(text[start:end])

    rnd = random.Random(3)
    lines = ("123 Main Street", "Flat 3, 12 High St", "London SW1A 1AA", "PO Box 42", "Thanks", "",
             "x" * 79, "y " * 80, " " * 160, "10115 Berlin", "a" * 300,
             # an address padded with spaces to two address lines' length, and one more
             " " * 75 + "PO Box 42" + " " * 76, " " * 75 + "PO Box 42" + " " * 77)
    texts = ["".join(rnd.choice(lines) + rnd.choice(("\n", "\r\n", "\r", "", " ")) for _ in range(rnd.randint(0, 8)))
             for _ in range(300)]
    hits = 0
    for text in texts:
        for pos in {0, len(text), *(rnd.randint(0, len(text)) for _ in range(12))}:
            want = reference(text, pos)
            hits += want
            assert postal.in_postal_line(text, pos) is want, (text, pos)
    assert hits  # (some offsets fall on address lines)


def _lines_reference(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _quote_start_reference(text: str, lines: list[tuple[int, int]]) -> int | None:
    """Every line tried in turn."""
    from followup_lint.document import structure as S

    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            continue
        if S._ATTRIBUTION_START.match(line):
            if S._ATTRIBUTION_END.search(line):
                return s
            if i + 1 < len(lines):
                ns, ne = lines[i + 1]
                if S._ATTRIBUTION_END.search(text[ns:ne]) and len(text[s:ne]) < 300:
                    return s
        if S._ORIGINAL.match(line):
            return s
        if S._HEADER_FROM.match(line):
            if any(S._HEADER_NEXT.match(text[a:b]) for a, b in lines[i + 1:i + 4]):
                return s
    return None


_MAIL_PIECES = ("On Mon, 3 Mar 2026, Dana <d@x.org>", "wrote:", "Am 3. März schrieb Dana:", "  *From:* Dana",
                "From: Dana", "Sent: Monday", "To: Sam", "-----Original Message-----", "Begin forwarded message:",
                "_" * 25, "Hi Dana,", "Thanks.", "ON", "on", "Online", "De: Ana", "da", "W dniu", "\u0130l", "\u212a",
                "\n", "\r\n", "\r", "\n\n", " ", "\t", "> quoted", "--", "Best,")


@pytest.mark.parametrize("few_lines", [0, 200])  # 0: every text takes the path of long texts (one search)
def test_lines_and_quote_start_match_the_reference(few_lines: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint.document import structure
    from followup_lint.document.structure import _lines, find_quote_start

    assert structure._FEW_LINES == 200
    monkeypatch.setattr(structure, "_FEW_LINES", few_lines)

    rnd = random.Random(4)
    found = 0
    for _ in range(1500):
        text = "".join(rnd.choice(_MAIL_PIECES) + rnd.choice(("", " ", "\n", "\r\n", "\r"))
                       for _ in range(rnd.randint(0, 25)))
        lines = _lines(text)
        assert lines == _lines_reference(text), repr(text)
        want = _quote_start_reference(text, lines)
        found += want is not None
        assert find_quote_start(text, lines) == want, repr(text)
    assert found > 100


def _mark_reference(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[Token]:
    """Every token against the first placeholder that ends after its start."""
    spans = sorted(spans)
    out: list[Token] = []
    i = 0
    for tok in tokens:
        while i < len(spans) and spans[i][1] <= tok.start:
            i += 1
        if i < len(spans) and spans[i][0] < tok.end and tok.start < spans[i][1]:
            s, e, t = spans[i]
            if not out or out[-1].start != s or out[-1].kind != "placeholder":
                out.append(Token(s, e, t, "placeholder"))
            continue
        out.append(tok)
    return out


@pytest.mark.parametrize("near", [1, 2, 8])
def test_mark_placeholders_matches_the_reference(near: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """(``near``: the tokens each bisection looks among first; with 1 or 2 most go on past them)"""
    from followup_lint import document
    from followup_lint.document import _mark_placeholders

    monkeypatch.setattr(document, "_NEAR", near)
    from followup_lint.document.placeholders import Placeholder, find_placeholders

    rnd = random.Random(5)
    pieces = ("[Name]", "{{x}}", "<Company>", "Dear NAME,", "Thanks", " ", "\n", "]", "[", "{{", "}}", "a", "XX/XX")
    replaced = 0
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) + rnd.choice(("", " ")) for _ in range(rnd.randint(0, 20)))
        toks = tokenize(text)
        found = find_placeholders(text, tbd_ranges=((0, len(text)),))
        # the placeholders found, and arbitrary spans that do not overlap (empty ones, ones cutting tokens)
        arbitrary: list[Placeholder] = []
        for a in sorted(rnd.randint(0, len(text)) for _ in range(rnd.randint(0, 4))):
            if not arbitrary or a >= arbitrary[-1].end:
                b = rnd.randint(a, min(len(text), a + 8))
                arbitrary.append(Placeholder(a, b, text[a:b], "bracket"))
        for spans in (found, arbitrary):
            want = _mark_reference(toks, [(p.start, p.end, p.text) for p in spans])
            replaced += want != toks
            assert _mark_placeholders(toks, spans) == want, (text, spans)
    assert replaced > 500


# -- the directory walk ----------------------------------------------------------------------------------

def test_walk_keyed_gives_each_files_resolved_path(tmp_path: Path) -> None:
    from followup_lint.walk import walk, walk_keyed

    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("one.txt", "a/two.md", "a/b/three.eml", "a/skip.bin"):
        (tmp_path / name).write_text("Hi\n", encoding="utf-8")
    try:
        os.symlink(tmp_path / "one.txt", tmp_path / "a" / "link.txt")
    except (OSError, NotImplementedError):
        pass
    got = list(walk_keyed(tmp_path))
    assert [p for p, _ in got] == list(walk(tmp_path))
    assert all(key == str(p.resolve()) for p, key in got)
    excluded = list(walk_keyed(tmp_path, exclude=["a/b/"], include=["*.bin"]))
    assert [p for p, _ in excluded] == list(walk(tmp_path, exclude=["a/b/"], include=["*.bin"]))
    assert all(key == str(p.resolve()) for p, key in excluded)


# -- the JSON output: entries encoded by the workers -----------------------------------------------------

def test_json_entries_encoded_beforehand_give_the_same_document() -> None:
    from followup_lint import Draft, lint_draft
    from followup_lint.output import FileResult, RenderContext
    from followup_lint.output import json as out

    results = []
    for i in range(out.PRETTY_MAX_FILES + 5):
        body = f"Hi Dana,\n\nThank you for the talk about item {i}. i enjoyed it!!\n\nBest,\nSam\n"
        results.append(FileResult(f"d{i}.txt", lint_draft(Draft(body=body), now=NOW) if i % 7 else None,
                                  errors=["cannot read"] if i % 7 == 0 else []))
    context = RenderContext(version="9.9")
    encoded = {id(r): (r.report, out.encode_entry(r)) for r in results[::2] if r.report is not None}
    # a report replaced after encoding (duplicates, baseline) is encoded again
    replaced = next(r for r in results[::2] if r.report is not None)
    import dataclasses

    replaced.report = dataclasses.replace(replaced.report, findings=())
    plain = out.render(results, context)
    joined = out.render(results, RenderContext(version="9.9", extra={"json_entries": encoded}))
    assert joined == plain
    assert json.loads(joined)["files"][0]["path"] == "d1.txt"


@pytest.mark.parametrize("jobs", [2])
def test_check_dir_json_is_the_same_with_workers(tmp_path: Path, jobs: int) -> None:
    from followup_lint.cli import main

    folder = tmp_path / "drafts"
    folder.mkdir()
    for i in range(120):
        (folder / f"d{i:03d}.txt").write_text(
            f"Subject: Thanks\n\nHi Dana,\n\nThank you for the talk on item {i}. i liked it.\n\nBest,\nSam\n",
            encoding="utf-8")
    outs = []
    for j in (1, jobs):
        target = tmp_path / f"out{j}.json"
        main(["check", str(folder), "--jobs", str(j), "--isolated", "--now", "2026-01-01T00:00:00+00:00",
              "--format", "json", "--output", str(target)])
        outs.append(target.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    assert len(json.loads(outs[0])["files"]) == 120


def test_field_phrase_pattern_led_by_its_first_letters_matches_the_plain_one() -> None:
    # (the field-phrase pattern looks at the first letter before trying its alternatives: same matches)
    from followup_lint.document.placeholders import _vocabulary

    led = _vocabulary().written
    assert led.pattern.startswith("(?=[")
    plain = re.compile(led.pattern[led.pattern.index("]")+2:], led.flags)
    rnd = random.Random(9)
    pieces = ("Your Name", "YOUR FULL NAME", "Hiring Manager Name", "Company Name", "Dear NAME,", "Their Title",
              "your name", "My name", "Name", "NAME", "FIRSTNAME", "Your", "Phone Number:", "Job Title", "E-mail",
              "x", "-", "'", "’", "\n", "Hello World", "ÉCOLE NAME", "İ", "ß")
    hits = 0
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) + rnd.choice(("", " ", "\t", "\n")) for _ in range(rnd.randint(0, 12)))
        want = [m.span() for m in plain.finditer(text)]
        hits += bool(want)
        assert [m.span() for m in led.finditer(text)] == want, text
    assert hits > 300

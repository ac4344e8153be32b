"""Speed-ups for the hostile shapes of issue 12 give exactly what the code they stand in for gives:
unbalanced-delimiter (FL107) searches a long paragraph with no protected range and no closing mark for its
first openers, straight quotes and single quotes instead of walking it mark by mark, and finds the marks of
any other long paragraph a gap between protected ranges at a time, counting its straight quotes (the
walk of every mark, still used for short paragraphs, is the reference); the emoji rule looks for an emoji
character before it scans the tokens; a placeholder pattern is not run on a text without its closing mark,
and its matches are taken and made into placeholders in bulk (a match-by-match reference is the check)."""

from __future__ import annotations

import random

import pytest

from followup_lint import Config, Draft, Linter
from followup_lint.document import placeholders
from followup_lint.document.tokens import EMOJI_CHAR, tokenize
from followup_lint.rules import mechanics

_MARKS = ["(", ")", "[", "]", "{", "}", "“", "”", "‘", "’", '"', '27"', '²"', ":)", "(:", ":(", "=(", "1)", "a)",
          ":-)", "‘9", "it’s", "word", "Thanks", "the plan", ". We", " ", " ", "\n", "\n\n"]
_PROTECTED = ["[Name]", "{{role}}", "<Company>", "https://a.example/x_(y)", "(acme.io/x)", "`co(de`", "2024",
              "x@a.example"]


def _bodies(seed: int, n: int, pieces: list[str]) -> list[str]:
    rnd = random.Random(seed)
    return ["Hi Dana,\n\n" + "".join(rnd.choice(pieces) for _ in range(rnd.randint(5, 400))) + "\n\nBest,\nSam\n"
            for _ in range(n)]


_OPENERS_ONLY = [p for p in _MARKS if not set(p) & set(")]}”’")]


@pytest.mark.parametrize("pieces", [_MARKS + _PROTECTED, _OPENERS_ONLY, _OPENERS_ONLY + _PROTECTED],
                         ids=["all", "openers", "openers+protected"])
def test_paragraphs_searched_give_the_findings_of_the_walk(pieces: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    bodies = _bodies(7, 80, pieces) + ['("[' * 400, "Hi.\n\n" + "(a " * 300, "‘" * 30 + '"' * 301,
                                       'We said "it" (:' * 50 + '5" ' * 21, "[Name] {{x}} " * 300,
                                       "\"a\" 'b' (c) " * 300, '(see acme.io/x) 3" [Name]) "' * 99,
                                       "(a:) (b;-) =(c) (:d) (e :-) ;(f) (g. Hi :) () ((h) i) " * 60]
    linter = Linter(Config(select=("FL107",)))
    monkeypatch.setattr(mechanics, "_LONG_PARAGRAPH", 0)
    searched = [linter.lint(Draft(body=b), None).findings for b in bodies]
    monkeypatch.setattr(mechanics, "_LONG_PARAGRAPH", 10**9)
    walked = [linter.lint(Draft(body=b), None).findings for b in bodies]
    assert searched == walked
    assert sum(map(len, walked)) > 100  # (the drafts do have problems to report)


def test_a_paragraph_of_openers_reports_its_first_twenty() -> None:
    body = "Hi Dana,\n\n" + '("[' * 5000 + "\n\nBest,\nSam\n"
    found = Linter(Config(select=("FL107",))).lint(Draft(body=body), None).findings
    assert [f.data["mark"] for f in found] == ["(", "["] * 10


@pytest.mark.parametrize("quotes, flagged", [(1000, 0), (1001, 1), (2 * 1001, 0)])
def test_a_long_paragraph_of_straight_quotes_is_flagged_when_their_count_is_odd(quotes: int, flagged: int) -> None:
    body = "Hi Dana,\n\nWe said " + 'it" ' * quotes + 'a 27" screen.\n\nBest,\nSam\n'
    found = Linter(Config(select=("FL107",))).lint(Draft(body=body), None).findings
    assert len(found) == flagged
    assert all(f.span is not None and f.span.start == body.rindex('it"') + 2 for f in found)



def test_a_text_without_an_emoji_character_has_no_emoji_token() -> None:
    """The emoji rule skips a field whose text has no ``EMOJI_CHAR``: every emoji token starts with one."""
    rnd = random.Random(9)
    pieces = ["🙂", "👍🏽", "☀", "✔", "⭐", "\ufe0f", "\u200d", "❤️", "é", "word", " ", "https://a.example/🙂",
              "`🙂`", "[Name]", "©", "™", "→", "…", "2024", "_"]
    emoji_tokens = 0
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        kinds = [t.kind for t in tokenize(text)]
        emoji_tokens += "emoji" in kinds
        if EMOJI_CHAR.search(text) is None:
            assert "emoji" not in kinds, text
    assert emoji_tokens > 50
    assert Linter(Config(select=("FL307",))).lint(Draft(body="Hi Dana,\n\nGreat talk 🙂 thanks.\n\nBest,\nSam\n"),
                                                  None).findings


def test_placeholder_patterns_skipped_without_their_closing_mark_find_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(4)
    pieces = ["[Name]", "[", "]", "{{role}}", "{", "}", "{company}", "${x}", "<Company>", "<", ">", "____",
              "(insert the date)", "(company name)", "(", ")", "(your name)", "word ", " ", "\n", "TBD", "XXX"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(600)]
    texts += ['("[' * 300, "(insert the date" * 20, "[Name" * 30 + "]"]
    gated = [placeholders.find_placeholders(t, tbd_ranges=((0, 8),)) for t in texts]
    monkeypatch.setattr(placeholders, "_CLOSED_BY", ("",) * len(placeholders._PATTERNS))
    assert gated == [placeholders.find_placeholders(t, tbd_ranges=((0, 8),)) for t in texts]
    assert sum(map(len, gated)) > 1000


def _placeholders_match_by_match(text: str, ranges: tuple[tuple[int, int], ...]) -> list:
    """``find_placeholders`` (``ranges`` given as its TBD and name ranges alike) as it was written before its
    matches were taken in bulk: each match judged and made in turn, sorted by a (start, -end) tuple key."""
    found = []
    for kind, pattern in placeholders._PATTERNS:
        for m in pattern.finditer(text):
            token = m.group(0)
            if kind == "bracket" and not placeholders._bracket_is_placeholder(token):
                continue
            if kind == "angle" and ("@" in token or token[1:-1].lower() in placeholders.html_tag_names()):
                continue
            found.append(placeholders.Placeholder(m.start(), m.end(), token, kind))
    found += placeholders._field_placeholders(text) + placeholders._xrun_placeholders(text)
    found += [placeholders.Placeholder(m.start(), m.end(), m.group(0), "link")
              for m in placeholders._vocabulary().link_slot.finditer(text)]
    found += placeholders._blank_placeholders(text) + placeholders._dummy_phones(text)
    found += placeholders._dummy_postal(text)
    for _opener, pattern in placeholders._vocabulary().merge_tags:  # (mail-merge and snippet fields)
        found += [placeholders.Placeholder(m.start(), m.end(), m.group(0), "merge") for m in pattern.finditer(text)]
    found += [placeholders.Placeholder(m.start(), m.end(), m.group(0).rstrip(" \t"), "filler-text")
              for m in placeholders._vocabulary().filler_text.finditer(text)]
    for lo, hi in ranges:
        found += [placeholders.Placeholder(m.start(), m.end(), m.group(0), "tbd")
                  for m in placeholders._TBD.finditer(text, lo, hi)]
        found += [placeholders.Placeholder(m.start(), m.end(), m.group(0), "stand-in")
                  for m in placeholders._vocabulary().stand_in.finditer(text, lo, hi)]
    result, last_end = [], -1
    for p in sorted(found, key=lambda p: (p.start, -p.end)):
        if p.start >= last_end:
            result.append(p)
            last_end = p.end
    return result


def test_placeholders_taken_in_bulk_equal_those_made_match_by_match() -> None:
    rnd = random.Random(12)
    pieces = ["[Name]", "[1]", "[x]", "[a@b.io]", "{{role}}", "{{ x }}{{y}}", "{company}", "${x}", "<Company>",
              "<p>", "<a@b.io>", "____", "#first_name#", "%NAME%", "(insert the date)", "(your name)", "Company Name",
              "Your Name", "20XX", "XXX", "(555) 555-5555", "TBD", "word ", " ", "\n", "[", "{", "(", "}",
              "000 High St.", "Wells, NM 00000", "So-and-so ", "[](url)", "[demo](link)", "](", "[x](https://a.example)"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))) for _ in range(500)]
    texts.append("[Name] {{x}} " * 2000)
    total = 0
    for text in texts:
        found = placeholders.find_placeholders(text, tbd_ranges=((0, 12),), name_ranges=((0, 12),))
        assert found == _placeholders_match_by_match(text, ((0, 12),)), text
        total += len(found)
    assert total > 5000
    made, built = placeholders._made(3, 9, "[Name]", "bracket"), placeholders.Placeholder(3, 9, "[Name]", "bracket")
    assert (made, hash(made), repr(made)) == (built, hash(built), repr(built))
    with pytest.raises(AttributeError):  # (still frozen: dataclasses.FrozenInstanceError)
        made.start = 4  # type: ignore[misc]


def test_protected_ranges_list_each_placeholder_once_and_are_the_ranges_of_before() -> None:
    """The protected ranges without the "placeholder" tokens are those with them, each once (every such
    token spans a placeholder of the field, listed anyway)."""
    from followup_lint.document import Document
    from followup_lint.rules._mechanics_common import build_protected

    rnd = random.Random(6)
    pieces = [*_PROTECTED, "[Name] ", "{{x}}", "a[b]c", "Dear NAME,", "XXX", "word", " ", "\n", "(", ")"]
    slots = 0
    for _ in range(300):
        body = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        doc = Document(Draft(body=body, subject="".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))))
        for field, tokens, found in (("body", doc.tokens, doc.placeholders),
                                     ("subject", doc.subject_tokens, doc.subject_placeholders)):
            before = [(t.start, t.end) for t in tokens
                      if t.kind in {"url", "email", "handle", "code", "placeholder", "number", "emoji"}]
            before += [(p.start, p.end) for p in found]
            guard = build_protected(doc, field)
            assert list(zip(guard.starts, guard.ends)) == sorted(set(before)), (field, body)
            slots += sum(t.kind == "placeholder" for t in tokens)
    assert slots > 300

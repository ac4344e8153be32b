"""The per-draft parse's cheaper paths give exactly what the code before them gave (kept here as the
reference, the quote search's in test_perf_fastpaths_core): the placeholder helpers called only past the tests their own searches start with, the quote
search skipped in a text without a colon or a separator, the last lines of the note walked back to once
for the P.S., the closing and a bare name, and the word count taken by three counts of the kinds column."""

from __future__ import annotations

import json
import random
from collections import Counter
from itertools import compress, repeat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_lint import Draft
from followup_lint.document import Document
from followup_lint.document import placeholders as P
from followup_lint.document import structure as S
from followup_lint.metrics import compute_metrics
from test_perf_fastpaths_core import _quote_start_reference

ROOT = Path(__file__).resolve().parent

# -- the reference: find_placeholders as it was, every helper called on every text ------------------------


def _find_placeholders_reference(text: str, *, tbd_ranges: tuple[tuple[int, int], ...] = (),
                                 name_ranges: tuple[tuple[int, int], ...] = ()) -> list[P.Placeholder]:
    found: list[P.Placeholder] = []
    for (kind, pattern), needed, closer in zip(P._PATTERNS, P._NEEDED, P._CLOSED_BY):
        if needed not in text or closer not in text:
            continue
        matches = list(pattern.finditer(text))
        tokens = list(map(P._M_TEXT, matches))
        made = map(P._made, map(P._M_START, matches), map(P._M_END, matches), tokens, repeat(kind))
        if kind == "bracket":
            verdicts = {token: P._bracket_is_placeholder(token) for token in set(tokens)}
            found.extend(compress(made, map(verdicts.__getitem__, tokens)))
        elif kind == "brace":  # a URL's path or query parameter (g20b), a slot the note explains, is no slot
            found.extend(compress(made, [not (P._path_parameter(text, m.start()) or P._slot_explained(text, m.start()))
                                         for m in matches]))
        elif kind == "angle":
            tags = P.html_tag_names()
            found.extend(compress(made, [not ("@" in t or t[1:-1].lower() in tags or P.is_markup_tag(t))
                                         for t in tokens]))
        else:
            found.extend(made)
    for _opener, pattern in P._vocabulary().merge_tags:  # (every syntax searched, no mark looked for first)
        found.extend(P.Placeholder(m.start(), m.end(), m.group(0), "merge") for m in pattern.finditer(text))
    # Razor's model member, a spreadsheet formula, a form control's prompt (thirty-fifth ai-317, ai-316, ai-304)
    found.extend(P.Placeholder(m.start(), m.end(), m.group(0), "merge") for m in P._vocabulary().razor.finditer(text))
    found.extend(P._formulas(text))
    found.extend(P._control_prompts(text))
    if '"' in text or "“" in text:
        found = P._without_editorial(text, found)
    found.extend(P._field_placeholders(text))
    if "]" in text and "](" in text:
        found.extend(P.Placeholder(m.start(), m.end(), m.group(0), "link")
                     for m in P._vocabulary().link_slot.finditer(text))
    if ("X" in text and ("XX" in text or "Xst" in text or "Xth" in text or "Xnd" in text or "Xrd" in text)
            or "x" in text and "xx" in text):
        found.extend(P._xrun_placeholders(text))
    found.extend(P._blank_placeholders(text))
    if ":" in text:
        found.extend(P._empty_fields(text))
    if "x" in text and "xxx" in text:
        found.extend(P._lower_blanks(text))
    found.extend(P._masked_words(text))
    # a template's variable, a choice left unmade, an error value (thirty-second af-313, af-312, af-317)
    found.extend(P.Placeholder(m.start(), m.end(), m.group(0), "variable") for m in P._vocabulary().snake.finditer(text))
    found.extend(P._unmade_choices(text))
    found.extend(P.Placeholder(m.start(), m.end(), m.group(0), "error-value")
                 for m in P._vocabulary().error_value.finditer(text))
    found.extend(P._format_slots(text))  # a program's format specifier left in (thirty-third ag-307)
    found.extend(P.Placeholder(m.start(), m.end(), m.group(0).rstrip(" \t"), "filler-text")
                 for m in P._vocabulary().filler_text.finditer(text))
    found.extend(P._dummy_phones(text))
    found.extend(P._world_dummy_phones(text))
    found.extend(P._notes_to_self(text))
    if any(w in text for w in P._vocabulary().instruction_cues):
        found.extend(P._instructions(text))
    found.extend(P._dummy_contacts(text))
    if "0" in text and "00" in text or "1" in text and "12345" in text:
        found.extend(P._dummy_postal(text))
    for lo, hi in tbd_ranges if ("T" in text and "TB" in text or "X" in text and "XXX" in text
                                 or "x" in text and "xxx" in text) else ():
        for m in P._TBD.finditer(text, lo, hi):
            found.append(P.Placeholder(m.start(), m.end(), m.group(0), "tbd"))
    if name_ranges:
        stand_in = P._vocabulary().stand_in
        for lo, hi in name_ranges:
            if not P._may_hold_stand_in(text[lo:hi]):
                continue
            for m in stand_in.finditer(text, lo, hi):
                found.append(P.Placeholder(m.start(), m.end(), m.group(0), "stand-in"))
    if "[" in text and ("[x]" in text or "[X]" in text or "[ ]" in text) and found:
        found = P._outside_task_items(text, found)  # a to-do's own bracketed detail (twenty-third i-102)
    if ("`" in text or "~" in text and "~~~" in text) and found:
        found = P._outside_code(text, found)
    # (sorted by a (start, -end) tuple, as before the keys were made in C)
    result: list[P.Placeholder] = []
    last_end = -1
    for p in sorted(found, key=lambda p: (p.start, -p.end)):
        if p.start >= last_end:
            result.append(p)
            last_end = p.end
    return result


# -- the texts ---------------------------------------------------------------------------------------------


def _real_texts() -> list[tuple[str, str]]:
    """(subject, body) of the held-out and outside fixtures, the templates and the benchmark drafts."""
    paths = [*sorted((ROOT / "fixtures" / "heldout").glob("*.json")),
             *sorted((ROOT / "fixtures" / "outside").glob("*/*.json")),
             *sorted((ROOT / "fixtures" / "dev").glob("*.json"))]
    out = []
    for p in paths:
        r = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(r, dict) and "body" in r:
            out.append((r.get("subject") or "", r["body"]))
    for r in json.loads((ROOT.parent / "benchmarks" / "data" / "drafts.json").read_text(encoding="utf-8")):
        out.append((r.get("subject") or "", r["body"]))
    assert len(out) > 300
    return out


#: pieces that set off each placeholder family and each gate, and prose around them
_PIECES = [
    "[Name]", "[x]", "{{company}}", "{role}", "${team}", "$FIRST_NAME", "#to_name#", "%NAME%", "<Company>",
    "<insert detail>", "<your name>", "<br>", "____", "linkedin.com/in/yourname", "(insert role)",
    "(your name)", "(add the project they mentioned)", "Company Name", "YOUR PHONE NUMBER", "Your email address",
    "Dear Mr. Interviewer's name,", "[Live demo](link)", "XXX", "20XX", "(555) XXX-XXXX", "March XX", "the XXth",
    "YYY", "Company XYZ", "xxxxx", "Ms. xxxxx", "Exxx Pxxxxxx", "dd/mm/yyyy", "ISD ###", "Blah blah Middle School",
    "(555) 555-5555", "(123) 456-7890", "0455 555 555", "+44 20 7946 0000", "(add Figma link before sending)",
    "TODO: check the date", "Note to self: fix", "[confirm his title]", "Insert a sentence about the topic.",
    "INSERT ROLE", "yourname@email.com", "123 Any Street, Anytown", "Sample", "000 High St.", "IN 12345",
    "TBD", "TBA", "So-and-so", "whatshername", "Goal:", "- Goal:\n- Deliverables:\n", "Name: Tunde Bello\n",
    "`[paste the URL here]`", "```\n{x}\n```", '"we [the ops team] own it"', "İ", "ſ", "Σ", "’",
    "Hi Dana,", "Thank you for the conversation about the data platform.", "Best regards,", "Sam",
    "P.S. I attached the deck.", "On Mon, Dana wrote:", "From: Dana\nSent: Monday", "-----Original Message-----",
    "the %s position", "Dear {0},", "the {} team", "Hi $1,", "$1.50", "%(name)s format", "returns {}",
    "=VLOOKUP(B7,Jobs!A:C,3,FALSE)", "=A1", "x = 5", "=", "<%= role %>", "<?= $x ?>", "{!! $x !!}", "{$name}",
    "@Model.Role", "@(ViewBag.Team)", "@", "Click or tap here to enter a date.", "Choose an item", "Click",
    "_" * 20, "--", "\n", "\n\n", "\r\n", " ", "  ", ":", "-", "—", "(", ")", "[", "]", "0", "1", "7", "x", "X", "y",
]


def _built(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(_PIECES) + rnd.choice(["", " ", "\n"]) for _ in range(n))


_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)
_ANY_TEXT = st.text(alphabet=st.sampled_from(list("aXx0159y:;-—_()[]{}<>$#%@ \n\r\t.,İſΣ’`~\"“”")), max_size=80)


# -- find_placeholders --------------------------------------------------------------------------------------


def _both(text: str) -> None:
    n = len(text)
    for kw in ({}, {"tbd_ranges": ((0, n),), "name_ranges": ((0, n),)}, {"tbd_ranges": ((0, min(n, 12)),)}):
        assert P.find_placeholders(text, **kw) == _find_placeholders_reference(text, **kw), (kw, text)


def test_placeholders_of_real_subjects_and_bodies_are_unchanged() -> None:
    found = 0
    for subject, body in _real_texts():
        _both(subject)
        _both(body)
        found += len(P.find_placeholders(body))
    assert found > 50  # (the fixtures hold templates: the comparison sees slots, not only empty lists)


def test_placeholders_of_built_texts_are_unchanged_and_cover_every_family() -> None:
    rnd = random.Random(1912)
    kinds: Counter[str] = Counter()
    for _ in range(1500):
        text = _built(rnd, rnd.randint(1, 12))
        _both(text)
        kinds.update(p.kind for p in P.find_placeholders(text, tbd_ranges=((0, len(text)),),
                                                         name_ranges=((0, len(text)),)))
    # every family a gate guards was found at least once, so each gate was seen letting its matches through
    for kind in ("field", "link", "x-run", "blank", "empty-field", "stand-in", "dummy-number", "note-to-self",
                 "instruction", "dummy-email", "stand-in-place", "tbd", "bracket", "jinja", "paren", "format",
                 "formula", "prompt", "merge"):
        assert kinds[kind] > 0, kind


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_placeholders_of_drawn_pieces_are_unchanged(text: str) -> None:
    _both(text)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_placeholders_of_drawn_characters_are_unchanged(text: str) -> None:
    _both(text)


@pytest.mark.parametrize("gate, stricter", [
    ("if any(map(folded.__contains__, v.stems)):", "if False:"),
    ('if "@" in text or _holds_any(text, v.place_cues, v.place_cue):', 'if "@" in text:'),
    ("if _holds_any(text, v.instruction_cues, v.instruction_cue):", "if False:"),
    ("if not ascii_digitless:", "if False:"),
    ('if "(" in text or "[" in text or ":" in text', 'if "(" in text'),
    ("if any(map(text.__contains__, v.blank_needed)):", 'if "XXX" in text:'),
    ('if "=" in text:', "if False:"),
    ("if any(map(text.__contains__, v.prompt_firsts)):", "if False:"),
    ('if "@" in text and any(map(text.__contains__, v.razor_objects)):', "if False:"),
])
def test_the_placeholder_comparison_fails_when_a_gate_hides_a_family(gate: str, stricter: str) -> None:
    """Not vacuous: ``find_placeholders`` with one of its gates made too strict (its source edited and run
    in the module's namespace) differs from the reference on the built texts."""
    import inspect
    import textwrap

    source = textwrap.dedent(inspect.getsource(P.find_placeholders))
    assert source.count(gate) == 1, gate
    namespace = dict(vars(P))
    exec(compile(source.replace(gate, stricter), P.__file__, "exec"), namespace)  # noqa: S102
    mutant = namespace["find_placeholders"]
    rnd = random.Random(7)
    texts = [_built(rnd, rnd.randint(1, 12)) for _ in range(1500)]
    assert any(mutant(t) != _find_placeholders_reference(t) for t in texts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Any", "Anytown", "Example", "Sample", "nsert", "NSERT",
                                 "Describe", "Start", "XXX", "XYZ", "a", " ", "'", "\n"]), max_size=12).map("".join))
def test_cue_searches_answer_as_the_substring_tests(text: str) -> None:
    """Each cue list's one search finds a cue exactly when one of its cues is a substring of the text."""
    v = P._vocabulary()
    for cues, pattern in ((v.instruction_cues, v.instruction_cue), (v.place_cues, v.place_cue)):
        assert (pattern.search(text) is not None) == any(c in text for c in cues), (cues, text)
        long = text + " " * P._ONE_SEARCH_MAX  # (past the length searched at once: the substring scans)
        assert P._holds_any(text, cues, pattern) == P._holds_any(long, cues, pattern) == any(c in text for c in cues)
    assert P._any_of(()).search(text) is None and P._any_of(("",)).search(text) is not None


# -- find_quote_start ------------------------------------------------------------------------------------------


def test_quote_start_of_real_bodies_is_unchanged() -> None:
    seen = 0
    for _, body in _real_texts():
        lines = S._lines(body)
        want = _quote_start_reference(body, lines)
        assert S.find_quote_start(body, lines) == want, body
        seen += want is not None
    assert seen > 3


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["On Mon, Dana wrote:", "On Mon, Dana\n", "wrote:", "From: Dana", "From Dana",
                                 "Sent: Monday", "Date: today", "-----Original Message-----", "-- Original Message --",
                                 "Begin forwarded message:", "Begin forwarded message", "_" * 20, "_" * 19,
                                 "--", "Hi Dana", "Thanks again", "> quoted", ":", "\n", "\r\n", "\r", " ", "\t"]),
                max_size=20).map("".join))
def test_quote_start_of_drawn_texts_is_unchanged(text: str) -> None:
    lines = S._lines(text)
    assert S.find_quote_start(text, lines) == _quote_start_reference(text, lines)


def test_quote_start_gate_names_what_every_start_holds() -> None:
    """Each kind of quote start is still found, and each one holds a colon, "--" or 20 underscores."""
    starts = ["On Mon, Jun 1, 2026 at 9:00 AM Dana Reyes <dana@acme.io> wrote:", "On Mon, Dana Reyes\n<d@a.io> wrote:",
              "-----Original Message-----", "-- Forwarded message --", "Begin forwarded message:", "_" * 24,
              "From: Dana Reyes\nSent: Monday"]
    for start in starts:
        text = f"Thank you again.\n\n{start}\nthe old note\n"
        assert S.find_quote_start(text, S._lines(text)) == len("Thank you again.\n\n"), start
        assert ":" in text or "--" in text or "_" * 20 in text


# -- the last lines, walked back to once ---------------------------------------------------------------------


def _document_reference(draft: Draft, monkeypatch: pytest.MonkeyPatch) -> Document:
    """The document as it was parsed before: each finder walking back to the last lines itself."""
    import followup_lint.document as D

    with monkeypatch.context() as m:
        m.setattr(D, "last_eight", lambda *args: None)
        return Document(draft)


def _parts(doc: Document) -> tuple:
    return (doc.greeting, doc.signoff, doc.postscript, doc.signature_name, doc.regions, doc.own, doc.own_start,
            doc.own_end, doc.placeholders, doc.subject_placeholders, doc.tokens, doc.sentences)


def test_documents_of_real_drafts_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    signoffs = postscripts = bare = 0
    for subject, body in _real_texts():
        draft = Draft(body=body, subject=subject)
        doc = Document(draft)
        assert _parts(doc) == _parts(_document_reference(draft, monkeypatch)), body
        signoffs += doc.signoff is not None
        postscripts += doc.postscript is not None
        bare += doc.signoff is None and doc.signature_name is not None
    assert signoffs > 100 and postscripts > 0 and bare > 0


_CLOSINGS = ["Hi Dana,", "Dear Ms. Reyes:", "Thank you for your time today.", "I enjoyed the talk about the data platform.",
             "Best regards,", "Best,", "Thanks,", "Sincerely", "Sam Lee", "sam", "Sam", "Kindregards", "P.S. The deck is attached.",
             "PS: one more thing", "... with your evaluation. Best, Alex", "Looking forward to hearing from you. Cheers, Jo",
             "Sent from my iPhone", "-- ", "On Mon, Dana wrote:", "> old", "", " ", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CLOSINGS), st.sampled_from(["\n", "\n\n", "\r\n", " "])), max_size=14))
def test_documents_of_drawn_closings_are_unchanged(lines: list[tuple[str, str]]) -> None:
    body = "".join(a + b for a, b in lines)
    draft = Draft(body=body)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _parts(Document(draft)) == _parts(_document_reference(draft, monkeypatch))


def test_the_document_comparison_fails_when_the_tail_is_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not vacuous: handing the finders the wrong lines changes the document."""
    import followup_lint.document as D

    draft = Draft(body="Hi Dana,\n\nThank you for today.\n\nBest regards,\nSam Lee\n")
    right = _parts(Document(draft))
    assert right == _parts(_document_reference(draft, monkeypatch))
    monkeypatch.setattr(D, "last_eight", lambda text, a, b, lines: S._last_lines(text, a, b, lines, 8)[:-2])
    assert _parts(Document(draft)) != right


# -- the word count -----------------------------------------------------------------------------------------------


def test_word_count_is_the_counter_of_the_kinds() -> None:
    for subject, body in _real_texts()[:400]:
        doc = Document(Draft(body=body, subject=subject))
        kinds = Counter(t.kind for t in doc.tokens)
        assert compute_metrics(doc)["words"] == kinds["word"] + kinds["number"] + kinds["placeholder"]

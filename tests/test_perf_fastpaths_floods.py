"""Speed-ups for the 1 MB shapes of issue 12 that were still over a second give what the code they stand in
for gives, on every real note we hold (the dev corpus, the held-out and outside fixtures, the benchmark
drafts) and on randomised drafts:

- a phrase list's trigger with a character that is nowhere in a long text is not looked for in it;
- bracketed instructions are looked for only between a "(" and a ")" three tokens or more apart;
- a long sentence whose distinct words each read as one word (no vocative) is read a distinct word at a
  time, its words picked in C.
"""

from __future__ import annotations

import bisect
import random
import re

import pytest

from followup_lint.analysis import sentences
from followup_lint.document import structure as S
from followup_lint.document.tokens import tokenize
from followup_lint.rules import _phrases, mechanics

from test_perf_equivalence import _existences, _texts
from test_perf_fastpaths_analysis import _paren_instructions_walking_every_bracket, _records

_SHAPES = ["\"a\" 'b' (c) ", "[Name] {{x}} ", "Hi.\n", '("[', "We talked about caching and the team plans. "]


def _long_texts() -> list[str]:
    """Texts past the length from which triggers are gated: real notes run together, hostile shapes, and
    random drafts of the phrase lists' own words (a trigger in nearly every line)."""
    bodies = [r["body"] for r in _records()]
    out = ["\n\n".join(bodies[i:i + 40]) for i in range(0, len(bodies), 40)]
    out += [unit * (40_000 // len(unit)) + tail for unit in _SHAPES for tail in ("", " We met on Zoom. Thanks!")]
    randoms = _texts(23, 600)
    out += ["\n".join(randoms[i:i + 100]) for i in range(0, len(randoms), 100)]
    assert sum(len(t) >= _phrases._GATED for t in out) >= 12
    return out


def test_triggers_missing_a_character_of_a_long_text_are_not_searched_with_the_same_matches(
        monkeypatch: pytest.MonkeyPatch) -> None:
    checks = [c for c in _existences() if c.triggers]
    assert len(checks) >= 12
    found = 0
    skipped = 0
    for k, text in enumerate(_long_texts()):
        start, end = (k * 13) % 500, len(text) - (k % 7)
        cut = sorted({0, start, *range(start, end, 997), end})
        ranges = list(zip(cut, cut[1:]))
        for mode in ("gated", "searched"):
            monkeypatch.setattr(_phrases, "_GATED", 0 if mode == "gated" else 10**12)
            got = [([(m.start, m.end, m.text) for m in c.finditer(text, start, end)],
                    [m and (m.start, m.end) for m in c.search_each(text, ranges)]) for c in checks]
            if mode == "gated":
                gated = got
            else:
                assert gated == got, text[:80]
        found += sum(len(a) for a, _b in got)
        low = text.lower()
        skipped += sum(len(c.triggers) - len(_phrases._possible(low, c.triggers)) for c in checks)
    assert found > 1000 and skipped > 500  # (matches found, and triggers skipped: the gate did something)


def _bracket_bodies(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    pieces = ["(", ")", "(", ")", "Mention", "the", "project", "we", "discussed", "I", "Specifically", "what",
              "you", "liked", ".", "!", "?", "2024", "x_y", "NASA", "Dana", "add", "date", "here", "\n", ",", "'"]
    return [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(3, 300))) for _ in range(n)]


def test_bracketed_instructions_between_pairs_picked_in_c_equal_walking_every_bracket() -> None:
    texts = [r["body"] for r in _records()] + _bracket_bodies(5, 400) + [
        unit * 200 for unit in _SHAPES] + ["(a b c) " * 50, "x (A b c) " * 50, "(( Mention the project ))",
                                           "So (tell them about it)", "x (tell " + "y " * 58 + ")"]
    found = 0
    for text in texts:
        tokens = tokenize(text)
        fast = sentences.paren_instructions(tokens)
        assert fast == _paren_instructions_walking_every_bracket(tokens), text
        found += len(fast)
    assert found >= 50


def _read_tokens_token_by_token(tokens, known):
    """``_read_tokens`` as it was (reference copy): every token read in turn."""
    words, picked = [], []
    paren = False
    vocatives = sentences._vocatives()
    for index, (_start, _end, text, kind) in enumerate(tokens):
        if kind == "word":
            read = sentences._read_word(text, known)
            if len(read) == 1:
                if read[0] in vocatives:
                    continue
                words.append(read[0])
                picked.append(index)
            else:
                words.extend(read)
                picked.extend([index] * len(read))
        elif text == "(":
            paren = True
    return tuple(words), tuple(picked), paren


def test_long_sentences_read_a_distinct_word_at_a_time_equal_reading_every_token() -> None:
    from followup_lint.spelling import engine  # noqa: F401  (the spelling checker's words, for mending)

    rnd = random.Random(9)
    extra = ["sir", "ma'am", "don't", "ur", "thnak", "thaks", "(", ")", "’", "'", "I", "(c)", "apprecaite"]
    bodies = [r["body"] for r in _records()]
    worded = [b for b in bodies if b.split()]  # (a fixture's body may be empty: a bare pull request)
    texts = [" ".join(bodies[i:i + 6]) for i in range(0, len(bodies), 6)]
    texts += [unit * 200 for unit in _SHAPES]
    plain = "We talked about caching and the team plans a b c ( ) . , Thanks NASA 2024 x_y".split()
    for _ in range(200):
        base = rnd.choice(worded).split() if rnd.random() < 0.3 else plain
        words = [rnd.choice(base) for _ in range(rnd.randint(241, 900))]
        if rnd.random() < 0.5:  # (one word that is read otherwise: a vocative, two words, a mended typo)
            words.insert(rnd.randrange(len(words)), rnd.choice(extra))
        texts.append(" ".join(words))
    known = {"thanks", "thank", "appreciate", "the", "a"}.__contains__
    fast_ones = 0
    for text in texts:
        tokens = tokenize(text)
        if len(tokens) <= sentences._REMEMBERED_TOKENS:
            continue
        columns = tuple(t.text for t in tokens), tuple(t.kind for t in tokens)  # (texts, kinds)
        for k in (None, known):
            assert sentences._read_tokens(tokens, k, *columns) == _read_tokens_token_by_token(tokens, k), text[:80]
            fast_ones += sentences._read_plain_tokens(*columns, k, sentences._vocatives()) is not None
    assert fast_ones >= 50


def test_a_long_one_sentence_shape_reads_as_before() -> None:
    """A 100 KB sentence of quotes and bracketed instructions reads (words and their offsets, the
    instructions' words dropped) as the token-by-token read and the walk of every bracket give."""
    tokens = tokenize("\"a\" 'b' (c) so (add the date here) " * 3000)
    words = sentences.read_sentence(tokens)
    ref_words, picked, _paren = _read_tokens_token_by_token(tokens, None)
    dropped = _paren_instructions_walking_every_bracket(tokens)
    assert len(dropped) == 3000
    inside = {pos for a, b in dropped for pos in range(a, b)}
    kept = [(w, tokens[i][0]) for w, i in zip(ref_words, picked) if tokens[i][0] not in inside]
    assert list(zip(words.words, (s for s, _e in words.spans))) == kept
    assert len(kept) == 4 * 3000


# -- the letter head and the inline sign-off, on a long last line --------------------------------------------

def _letter_salutation_reading_every_line(text, own_start, own_end, lines):
    """``find_letter_salutation`` as it was (reference copy): the last line read whole.

    A formal letter's salutation ("Dear Ms. Alvarez:") below sender address, date and recipient address
    blocks: the offset of its line (or of the salutation, when it is glued to the end of a block line: "12
    Oak St., Springfield   Dear Ms. Alvarez:"), or ``None`` when the first line is the greeting or the lines
    above the salutation are not short blocks (a sentence, a paragraph)."""
    seen = 0
    strong = False  # a block that is surely not prose: a date, an address, a "Re:" line
    for s, e in lines:
        if e <= own_start or not text[s:e].strip():
            continue
        if s >= own_end or seen >= 16:
            return None
        line = text[s:e].strip()
        if seen and S._SALUTATION.match(line) and len(line.split()) <= 8 and S._alone_salutation(
                text, s, e, own_end) and (strong or seen >= 2):
            return s
        if seen == 0 and S._SALUTATION.match(line):
            return None  # the first line greets: no letter head
        # (every match holds "Dear" or "DEAR": looked for first, in C; the pattern's lookbehind is tried at
        # every position of a long line)
        glued = S._GLUED_SALUTATION.search(text, s, e) if "Dear" in line or "DEAR" in line else None
        if glued is not None and S._alone_salutation(text, glued.start(), e, own_end):
            prefix = text[s:glued.start()].strip()
            head = S._BLOCK_LINE.search(prefix) or S._REFERENCE_LINE.match(prefix) or seen >= 2 or strong
            if head and not S._SENTENCE_INSIDE.search(prefix) and (
                    len(prefix.split()) <= 10 and not prefix.endswith(("?", "!"))):
                return glued.start()
        line = S._BRACKET_ASIDE.sub("", line).strip() or line
        words = line.split()
        if S._control_prompt(line):
            strong = True  # a form control's prompt: the date's slot (thirty-fifth ai-304)
            seen += 1
            continue
        if S._REFERENCE_LINE.match(line) and len(words) <= S._REFERENCE_MAX_WORDS:
            strong = True  # "Sub: Thank you for the interview for the post of Export Executive"
            seen += 1
            continue
        # an address on one line ("Plot No. 45, MIDC Industrial Area, Hadapsar, Pune 411028"): commas and a
        # number, however many words
        address = line.count(",") >= 2 and S._BLOCK_LINE.search(line) is not None and len(words) <= 20
        if (len(words) > 10 and not address) or S._SENTENCE_INSIDE.search(line) or line.endswith(("?", "!")) or (
                line.endswith(".") and len(words) > 6 and not address and not S._name_block(words)):
            return None  # a sentence: the note has started ("Thank you!" above "Dear Dana,")
        strong = strong or S._BLOCK_LINE.search(line) is not None
        seen += 1
    return None


def _inline_signoff_every_candidate(text, own_start, own_end, lines):
    """``find_inline_signoff`` as it was (reference copy): every candidate on the last line walked, the
    last kept."""
    last = S._last_lines(text, own_start, own_end, lines, 1)
    if not last:
        return None
    s, e = last[0]
    e = min(e, own_end)
    m = None
    for m in S._INLINE_SIGNOFF.finditer(text, s, e):
        pass  # the last candidate on the line
    if m is None:
        return None
    phrase = " ".join(m.group("words").lower().split())
    if phrase not in S._SIGNOFF_SET:
        return None
    name = m.group("name")
    if name is None and ("thank" in phrase or not m.group("punct")):
        return None
    ws, we = m.start("words"), m.end("words")
    punct = m.group("punct")
    return S.Signoff(ws, we, ws, e, m.group("words"), punct, m.start("punct") if punct else we,
                     m.start("name") if name else None)


_TAILS = ["Best, Alex", "Sincerely,", "Thanks!", "Kind regards, Dana Lee", "Dear Ms. Alvarez:", "(x) Best, Al",
          "Regards, Sam? Best", "Warm regards, J.R. Smith", "Hi.", "We met. Cheers, Bo-Li O’Neil",
          "Thanks.\t”  Best regards,\tDana  Lee \t", "Done! ’ With warm regards to you, Ann Bo Cy",
          "x.\u00a0Best, Al", "ok.) All the very best,Jo", "Talk soon. Best wishes and many thanks, Jo Lee",
          "Talk soon! All the very best,Jo", "Done. Cheers! Jo", "Done? “Best,” Jo"]
#: closings with the most runs of blanks a match can hold, after a quote or not
_MOST_BLANKS = ["ok.” \tThanks  and\tbest  regards, \tJo  Bo\tCy", "ok. Thanks and best regards, Jo Bo Cy \t",
                "ok.’ Best regards and thanks,Jo Bo Cy", "ok.\" Thanks and kind regards  Jo-Ann O’Neil Bo"]
_TAILS += _MOST_BLANKS


def _letter_texts() -> list[str]:
    rnd = random.Random(17)
    bodies = [r["body"] for r in _records()]
    lines = [ln for b in bodies for ln in b.splitlines()]
    tails = _TAILS
    head = "Sam Lee\n12 Oak Street\nSpringfield, IL 62701\nMarch 3, 2026\n\n"
    out = bodies + ["12 Oak St., Springfield Dear Ms. Alvarez:\n\nThanks.", "Thanks. " * 200 + "Best, Alex",
                    head + "Dear Ms. Alvarez:\n\nThank you.", head + "Re: interview\nDear Dana,", head + "Dear Dana,",
                    head + "Ms. Dana Alvarez\nAcme Ltd.\n" + "x " * 600 + "Dear Dana:"]
    for _ in range(300):
        k = rnd.randint(1, 12)
        body = "\n".join(rnd.choice(lines) for _ in range(k))
        body += rnd.choice(["", " ", "\n", "\n\n"]) + rnd.choice(tails) * rnd.randint(1, 3)
        if rnd.random() < 0.3:  # (a long last line)
            body += " " + "We talked about the plans. " * rnd.randint(20, 60) + rnd.choice(tails)
        out.append(body)
    return out


def test_letter_head_and_inline_signoff_with_a_long_last_line_cut_short_equal_reading_it_whole(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint.document import Document
    from followup_lint.model import Draft

    salutations = signoffs = 0
    for text in _letter_texts():
        doc = Document(Draft(body=text))
        own, lines = doc.own, doc.lines
        lo = doc.own_start
        hi = doc.own_end
        for whole in (text, own):  # (the body as written, and the candidate's own text)
            a, b = len(whole) - len(whole.lstrip()), len(whole.rstrip())
            want = _letter_salutation_reading_every_line(whole, a, b, lines)
            assert S.find_letter_salutation(whole, a, b, lines) == want, text
            salutations += want is not None
        want = _inline_signoff_every_candidate(own, lo, hi, lines)
        for cut in (0, 10**9):  # (the search after the last character no match holds, and the whole line)
            monkeypatch.setattr(S, "_LONG_LINE", cut)
            assert S.find_inline_signoff(own, lo, hi, lines) == want, text
        signoffs += want is not None
    assert salutations >= 6 and signoffs >= 20


@pytest.mark.parametrize("tail", _TAILS)
def test_a_closing_at_the_end_of_a_long_line_is_found_as_by_walking_every_candidate(
        tail: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for before in ("", "x", "We talked about the plans. " * 40, "We talked (about the plans); " * 40):
        text = before + tail
        lines = [(0, len(text))]
        want = _inline_signoff_every_candidate(text, 0, len(text.rstrip()), lines)
        for cut in (0, 10**9):
            monkeypatch.setattr(S, "_LONG_LINE", cut)
            assert S.find_inline_signoff(text, 0, len(text.rstrip()), lines) == want, text
        if tail in _MOST_BLANKS:
            assert want is not None, text


def test_positions_near_the_start_counted_equal_the_listed_line_starts() -> None:
    """``LineIndex.position`` counts the lines before an offset near the start (LF only before it) instead
    of listing every line start: the same line and column for every offset, in texts with LF, CRLF and CR
    breaks, and in every real note."""
    from followup_lint.text import _NEAR_START, LineIndex

    rnd = random.Random(31)
    texts = [r["body"] for r in _records()] + ["", "\n", "\r\n", "\r", "a\r\nb\rc\nd", "Hi.\n" * 2000]
    for _ in range(300):
        texts.append("".join(rnd.choice(["a", "bc ", "\n", "\n", "\r\n", "\r", "é", "\n\n"])
                             for _ in range(rnd.randint(0, 1500))))
    counted = 0
    for text in texts:
        listed = LineIndex(text)
        listed.starts  # noqa: B018  (listed first: every offset answered from the list)
        for offset in sorted({*range(0, min(len(text), _NEAR_START + 2) + 1, 31), *range(min(len(text), 40)),
                              len(text), _NEAR_START, _NEAR_START + 1}):
            if offset > len(text):
                continue
            fresh = LineIndex(text)
            assert fresh.position(offset) == listed.position(offset), (text[:40], offset)
            counted += fresh._starts is None
    assert counted > 5_000


class _SentenceCaseVisitingEverySentence(mechanics.SentenceCase):
    """sentence-case (FL106) as it was (reference copy of its sentence loop): every sentence visited; a company's
    question heading and a code line are no sentences (``mechanics._judged``)."""

    def check(self, ctx):  # type: ignore[no-untyped-def]
        return mechanics._judged(self._visit(ctx), ctx.doc)

    def _visit(self, ctx):  # type: ignore[no-untyped-def]
        doc = ctx.doc
        own = doc.own
        lo, hi = doc.content_range
        tokens = doc.tokens
        n = len(tokens)
        if mechanics._bare_thanks(doc) is not None:
            s = doc.signoff.start
            tok = mechanics._lower_first_word(tokens, bisect.bisect_left(tokens, s, key=mechanics._START), s, n)
            if tok is not None:
                yield self._report(ctx, tok)
        wrapped = not mechanics.unpunctuated_text(own)  # (a note with no sentence mark stops at its line ends)
        listed = mechanics._colon_lists(own) if not wrapped and ":" in own else None
        # (the paragraph under the greeting's line opens the message; a section's label and a heading are no
        # sentences, nor is a line going on with its heading: thirty-sixth batch)
        opening = mechanics._under_greeting(own, doc.greeting.line_end) if doc.greeting is not None else -1
        for s, _e in doc.sentences:
            if s < lo or s >= hi or not own[s].islower():
                continue
            i = bisect.bisect_left(tokens, s, key=mechanics._START)
            tok = mechanics._lower_first_word(tokens, i, s, n)
            joined = wrapped or listed is not None and mechanics._in_a_colon_list(s, *listed)
            if (tok is None or s != opening and mechanics._continues(own, s, tokens, i, lo, joined)
                    or mechanics._opens_a_path(own, tok)):
                continue
            if mechanics._section_label(own, s) or mechanics._heading_text(own, s) or mechanics._goes_on_from_heading(
                    own, s):
                continue
            yield self._report(ctx, tok)


def _first_loop_only(findings):
    return [(f.span and f.span.start, f.message) for f in findings]


def test_sentences_picked_by_a_lower_case_first_character_give_the_findings_of_visiting_every_sentence(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first loop of sentence-case alone (its line-start, after-a-list, postscript-marker, list-item,
    glued-number, open-paragraph and heading, and greeting passes switched off in both)."""
    from followup_lint import Config, Draft, Linter

    monkeypatch.setattr(mechanics, "_LINE_START", re.compile(r"(?!)"))
    monkeypatch.setattr(mechanics, "_AFTER_ITEM", re.compile(r"(?!)"))
    monkeypatch.setattr(mechanics, "_lower_postscript", lambda doc: None)
    monkeypatch.setattr(mechanics, "_unbulleted_items", lambda own, lo, hi: [])
    monkeypatch.setattr(mechanics, "_glued_items", lambda own, lo, hi: [])
    monkeypatch.setattr(mechanics, "_open_paragraph_starts", lambda own, lo, hi: [])
    monkeypatch.setattr(mechanics, "_lower_salutation", lambda doc, tokens: None)
    monkeypatch.setattr(mechanics, "_AFTER_STRONG_STOP", re.compile(r"(?!)"))
    monkeypatch.setattr(mechanics, "_BRACKET_OPEN", re.compile(r"(?!)"))      # (thirty-fifth batch passes: a
    monkeypatch.setattr(mechanics, "_answer_starts", lambda own, heads, hi: [])  # sentence in brackets, an answer
    monkeypatch.setattr(mechanics, "_labelled_line_starts", lambda own, lo, hi: [])  # under a heading, a label)
    rnd = random.Random(41)
    bodies = [r["body"] for r in _records()]
    pieces = ["we met.", "We met.", "thanks!", "i think so.", "e.g. this.", "iPhone works.", "\n", "\n\n", " ",
              "(see it) and so.", "Hi.\n", "ok? yes.", "é tout.", "Ébauche."]
    bodies += ["Hi Dana,\n\n" + "".join(rnd.choice(pieces) + " " for _ in range(rnd.randint(5, 200))) + "\n\nBest,\nSam"
               for _ in range(300)]
    new = Linter(Config(), rules=[mechanics.SentenceCase])
    old = Linter(Config(), rules=[_SentenceCaseVisitingEverySentence])
    found = 0
    for body in bodies:
        draft = Draft(body=body)
        got = _first_loop_only(new.lint(draft, None).findings)
        assert got == _first_loop_only(old.lint(draft, None).findings), body
        found += len(got)
    assert found > 300


def test_line_starts_looked_for_only_with_a_bullet_digit_or_bracket_give_the_same_findings(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """sentence-case's line-start pass runs only on a text holding a bullet, a digit or a ")": on real notes
    and random ones, the findings equal those of searching every text."""
    from followup_lint import Config, Draft, Linter

    rnd = random.Random(47)
    bodies = [r["body"] for r in _records()]
    plain = ["we met.", "Hi.", "\n", "\n", "ok", "fine", "Thanks.", "so"]
    marked = ["- run it", "* check it", "• see it", "+ add it", "2. clone it", "3) go", "(a few)",
              "(may take a while)\nflyctl cli tool was used."]
    for piece in marked:  # (each with only one kind of the characters looked for)
        bodies += ["Hi Dana,\n\n" + " ".join(rnd.choice(plain + [piece]) for _ in range(rnd.randint(3, 60)))
                   + "\n\nBest,\nSam" for _ in range(40)]
    linter = Linter(Config(select=("FL106",)))
    gated = [linter.lint(Draft(body=b), None).findings for b in bodies]
    monkeypatch.setattr(mechanics, "_LINE_START_NEEDS", ("",))  # ("" is in every text: every text searched)
    searched = [linter.lint(Draft(body=b), None).findings for b in bodies]
    assert gated == searched
    assert sum(map(len, searched)) > 100


def _stand_in_lines(seed: int, n: int) -> list[str]:
    """Lines shaped like a title or sign-off then a stand-in, ending in every way the pattern allows or
    refuses (a stop, two stops, spaces, a tab, a curly apostrophe, a dotted capital)."""
    rng = random.Random(seed)
    heads = ["Dear Mr.", "Dear Ms", "Hi Dr.", "Regards,", "Best regards ,", "Sincerely,", "Dear"]
    fields = ["Interviewer's name", "Interviewer’s Name", "Your name", "HIRING MANAGER NAME", "Name Surname",
              "your phone number", "Recruiter's Title", "Your TİTLE", "Nam", "name here", "Maya"]
    ends = ["", ",", ":", ".", "..", " ,", "\t", " . ", "!", ";", "?", " x"]
    before = ["", "x.", "I wrote to", "Kind regards,", "Mr.", "a  b\t c", "Best regards , Dear Ms", "word " * 30]
    gaps = [" ", "  ", "\t", " \t "]
    return [f"{rng.choice(before)}{rng.choice(gaps)}{rng.choice(heads)}{rng.choice(gaps)}{rng.choice(fields)}"
            f"{rng.choice(ends)}" for _ in range(n)]


def test_stand_ins_after_a_title_looked_for_only_in_the_tail_of_lines_ending_in_a_field_head_are_all_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from followup_lint.document import placeholders as P

    records = _records()
    texts = [r["body"] for r in records] + [r["subject"] for r in records] + _long_texts()
    texts += ["\n".join(_stand_in_lines(k, 30)) for k in range(40)]
    texts += [line for k in range(3) for line in _stand_in_lines(100 + k, 200)]
    gated = [[(p.start, p.end, p.text) for p in P._field_placeholders(t)] for t in texts]
    ends_on_a_head = P._ends_on_a_head
    monkeypatch.setattr(P, "_ends_on_a_head", lambda *_args: True)
    monkeypatch.setattr(P, "_tail_of", lambda _text, a, _b, _runs: a)  # the whole line searched
    searched = [[(p.start, p.end, p.text) for p in P._field_placeholders(t)] for t in texts]
    assert gated == searched
    assert sum(map(len, searched)) >= 200  # stand-ins were there to find
    # the gate is shut on lines that end otherwise: a 1 MB line ending in a bracket is not searched
    v = P._vocabulary()
    assert not ends_on_a_head("Dear Mr. [Name] " * 5, 0, 80, v)
    assert ends_on_a_head("Regards, Your name .  ", 0, 22, v)

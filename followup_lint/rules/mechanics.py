"""Language mechanics: doubled words, lowercase "i", punctuation runs, spacing, sentence case,
unbalanced brackets and quotes, and too many exclamation marks (FL102-FL107, FL111).

Every rule reads the candidate's own text (``doc.own``: quoted replies, the signature and Markdown fenced
code blocks are masked) and ignores URLs, addresses, inline code, placeholders, numbers and emoji.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from heapq import nsmallest
from itertools import compress, islice, repeat
from operator import attrgetter, eq, itemgetter
from typing import Final, Iterable, Iterator

from .._lazy import LazyPattern
from ..document.questionnaire import ASKING_HEADING
from ..document.tokens import _DIGIT, unpunctuated_text
from ..results import Applicability, Finding, Severity
from ..rule import Rule, RuleContext
from ._mechanics_common import LOWERCASE_I, paragraphs, protected

__all__ = ["RepeatedWord", "LowercaseI", "RepeatedPunctuation", "Spacing", "SentenceCase",
           "UnbalancedDelimiter", "ExclamationMarks"]

_SOURCE_PROOFREAD: Final = (
    'docs/advice.md, "Check spelling and punctuation" (the founding article) and "Misspellings, '
    'doubled words, lowercase i: error" ("one typo can hurt", Firsthand; Yale Law: the note is read as a '
    "writing sample)."
)


# -- FL102 repeated-word ----------------------------------------------------------------------------------

#: Doubles that are grammatical ("I had had", "that that", "I do do") or fixed idioms ("bye bye", "far far
#: away", "there there"). Not an intensifier doubled for emphasis ("very very kind", "really really",
#: "many many thanks"): that is the same word twice, a repeated word by the label's definition; "so so"
#: only as the adjective "so-so" (ending its clause: "the coffee was so so.")
LEGITIMATE_DOUBLES: Final = frozenset(
    """had that do no bye ha haha far knock blah yada tut chop there now well hear long""".split()
)
_SO_SO_ADJECTIVE: Final = LazyPattern(r"[ \t]*(?:[.,;:!?)]|$)", re.MULTILINE)
#: "What the problem is is ..." / "All it was was ...": a free relative clause ends with the first verb
_IS_IS_CUES: Final = LazyPattern(
    r"\b(?:what|whatever|all|where|how|why|who|whoever)\b",
    re.IGNORECASE,
)


class RepeatedWord(Rule):
    """The same word twice in a row ("the the").

    ## What it does
    Flags a word repeated with only white space between ("the the", "to to"), in the body and the
    subject. The span covers both words (all of them for a longer run); the safe fix deletes the
    repeats. Doubles that are grammatical are left alone: "had had", "that that", "do do", "what it
    is is", idioms such as "bye bye" or "far far away", and the adjective "so so" ("the coffee was so
    so."); an intensifier doubled for emphasis ("very very kind", "really really") is reported.
    Capitalised doubles in mid-sentence ("Walla Walla") are names, not slips.

    ## Why is this bad?
    A doubled word is the classic sign of a note that was not proofread, and the note is read as a
    writing sample.

    ## Example
    ```text
    Hi Dana,

    I enjoyed hearing how the team handled the the surge after the storm.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    I enjoyed hearing how the team handled the surge after the storm.

    Best,
    Sam
    ```

    ## Source
    {source}
    """

    code = "FL102"
    name = "repeated-word"
    default_severity = Severity.ERROR
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for field, text, tokens in (("subject", ctx.doc.subject.text, ctx.doc.subject_tokens),
                                    ("body", ctx.doc.own, ctx.doc.tokens)):
            if field == "body" and len(ctx.doc.words) < 2:
                continue  # no two words, no repeated word (1 MB of brackets or "!!??" has none)
            if not _adjacent_twins(tokens, _joined(ctx, field, tokens)) or not _DOUBLE_HINT.search(text):
                continue  # no word is followed by itself anywhere: skip the token walk
            i = 0
            n = len(tokens)
            while i < n - 1:
                a = tokens[i]
                j = _run_end(tokens, i, text)
                if j > i and not _legitimate(text, tokens, i):
                    first, last = a, tokens[j]
                    quoted = ctx.quote(first.start, last.end, field)
                    fix = ctx.fix(f"Delete the repeated '{a.text}'", [(first.end, last.end, "")], field=field,
                                  applicability=Applicability.SAFE)
                    yield ctx.finding(f"'{quoted}' repeats the word '{a.text}'", first.start, last.end,
                                      field=field, fixes=(fix,), data={"word": a.text.lower(), "count": j - i + 1})
                i = j + 1


# A fast, necessary condition for a doubled word (bounded: no nested quantifiers).
_DOUBLE_HINT: Final = LazyPattern(r"(?i)\b([^\W\d_][\w'’-]{0,40}+)(?:[ \t]{1,10}|[ \t]{0,10}\r?\n[ \t]{0,10})\1\b")


def _joined(ctx: RuleContext, field: str, tokens) -> str:  # type: ignore[no-untyped-def]
    """The field's token texts, one per line (built once per draft: two rules scan it)."""
    return ctx.analysis.field(field).token_lines


def _adjacent_twins(tokens, joined: str | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Are two neighbouring tokens the same text, ignoring case and apostrophe style? (A necessary
    condition for ``_run_end``, checked without a Python-level loop: cheaper than ``_DOUBLE_HINT``.)"""
    if len(tokens) < 2:
        return False
    if joined is None:
        joined = "\n".join(map(_TEXT, tokens))
    if "Σ" in joined:  # lower-casing a final sigma depends on its neighbours: ask the regex
        return True
    pieces = joined.lower().replace("’", "'").replace("‘", "'").split("\n")
    # (operator.eq over an islice: a C function and no copy; str.__eq__ through its slot wrapper cost ~2x)
    return any(map(eq, pieces, islice(pieces, 1, None)))


_TEXT: Final = itemgetter(2)  # Token.text
_START: Final = itemgetter(0)  # Token.start
_END: Final = itemgetter(1)  # Token.end
_KIND: Final = itemgetter(3)  # Token.kind


def _run_end(tokens, i: int, text: str) -> int:  # type: ignore[no-untyped-def]
    """The index of the last token of the run of repeats of the word ``tokens[i]`` (``i`` when it is not
    repeated): the same word ignoring case and apostrophe style, after a gap of whitespace with at most
    one line break. A one-letter word other than "a" and "I" never counts as repeated."""
    a = tokens[i]
    if a.kind != "word" or not (len(a.text) > 1 or a.text.lower() in ("a", "i")):
        return i
    same, word = a.text, a.norm.lower()
    n = len(tokens)
    j = i
    gap_start = a.end
    # (a flood of one word, "i i i ...", is walked here: the same text needs no normalising, and a gap of
    # one character is checked without a slice; past _FLOOD repeats, a block of tokens at a time in C)
    step = len(same) + 1
    block = _FLOOD_BLOCK
    x = i + 1
    while x < n:
        if x - i > _FLOOD and block >= _FLOOD and x + block <= n:
            if _same_block(tokens[x:x + block], same, gap_start, step, text):
                j = x + block - 1
                gap_start = tokens[j][1]
                x += block
                continue
            block //= 4                 # (the run ends or changes in this block: smaller blocks, then one by one)
        b_start, b_end, b_text, b_kind = tokens[x]
        if b_kind != "word" or (b_text != same and tokens[x].norm.lower() != word):
            break
        if b_start == gap_start + 1:
            if not text[gap_start].isspace():
                break
        else:
            gap = text[gap_start:b_start]
            if not gap or gap.strip() or gap.count("\n") > 1:
                break
        j = x
        gap_start = b_end
        x += 1
    return j


_FLOOD: Final = 16          # repeats walked one by one before blocks are tried
_FLOOD_BLOCK: Final = 1024  # tokens compared at once in a flood


def _same_block(block, same: str, gap_start: int, step: int, text: str) -> bool:  # type: ignore[no-untyped-def]
    """Is every token of ``block`` the word ``same`` written alike, each after one whitespace character,
    the first at ``gap_start + 1``? (What the token-by-token walk accepts, for the tokens of a flood.)"""
    k = len(block)
    first = gap_start + 1
    return (list(map(_TEXT, block)).count(same) == k and list(map(_KIND, block)).count("word") == k
            and list(map(_START, block)) == list(range(first, first + k * step, step))
            and list(map(_END, block)) == list(range(first + step - 1, first + k * step, step))
            and text[gap_start:gap_start + k * step:step].isspace())


def _legitimate(text: str, tokens, i: int) -> bool:  # type: ignore[no-untyped-def]
    a, b = tokens[i], tokens[i + 1]
    word = a.norm.lower()
    if word in LEGITIMATE_DOUBLES:
        return True
    if word == "so" and _SO_SO_ADJECTIVE.match(text, b.end):
        return True  # "it was so so": the adjective so-so, not "so so grateful"
    if a.text[:1].isupper() and b.text[:1].isupper() and not _starts_sentence(text, a.start):
        return True  # a name ("Walla Walla", "Duran Duran")
    if word in ("is", "was"):
        start = max(0, a.start - 120)
        before = text[start:a.start]
        cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n\n"))
        return bool(_IS_IS_CUES.search(before[cut + 1:]))
    return False


def _starts_sentence(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\r\n\"'“‘(":
        j -= 1
    return j < 0 or text[j] in ".!?:"


def _unjudged_lines(doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The lines of the candidate's text that are not the writer's sentences, sorted: a company's question
    heading copied from a questionnaire (``doc.questionnaire.headings``: "### Q) Is it possible ...? and why?") and a
    statement of code typed outside a fence (``doc.code_lines``: "update t set a = ? where id = ?;")."""
    return sorted((*doc.questionnaire.headings, *doc.code_lines))


def _judged(findings: Iterable[Finding], doc) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    """``findings`` but those on a line ``_unjudged_lines`` reads as no sentence of the writer's (the lines are
    found on the first finding: most drafts have none to drop)."""
    lines: list[tuple[int, int]] | None = None
    for f in findings:
        if lines is None:
            lines = _unjudged_lines(doc)
        span = f.span
        if lines and span is not None and span.field == "body" and _in_spans(span.start, lines):
            continue
        yield f


# -- FL103 lowercase-i ------------------------------------------------------------------------------------

class LowercaseI(Rule):
    """The pronoun "I" written in lower case ("i think", "i'm").

    ## What it does
    Flags "i", "i'm", "i've", "i'd" and "i'll" used as the pronoun, anywhere in a sentence (at the
    start of a sentence too: then only this rule reports it, not `sentence-case`). Roman numerals in
    lists ("(i)", "i)") and "i.e." are not flagged. The safe fix capitalises it.

    ## Why is this bad?
    A lowercase "i" reads as texting style; in a thank-you note that is read as a writing sample it
    looks careless.

    ## Example
    ```text
    Hi Dana,

    Thanks for today. I had a great time, and i think the watermark idea could work.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thanks for today. I had a great time, and I think the watermark idea could work.

    Best,
    Sam
    ```

    ## Source
    {source}
    """

    code = "FL103"
    name = "lowercase-i"
    default_severity = Severity.ERROR
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        # (a company's question heading and a line of code are no sentences of the writer's)
        return _judged(self._check(ctx), ctx.doc)

    def _check(self, ctx: RuleContext) -> Iterable[Finding]:
        for field, text, tokens in (("subject", ctx.doc.subject.text, ctx.doc.subject_tokens),
                                    ("body", ctx.doc.own, ctx.doc.tokens)):
            if _LOWER_I_TOKEN.search(_joined(ctx, field, tokens)) is None:
                continue  # no token reads "i", "i'm", "i've", "i'd" or "i'll": skip the token walk
            for tok in tokens:
                if tok.kind != "word" or tok.text[:1] != "i" or tok.norm not in LOWERCASE_I:
                    continue
                before = text[tok.start - 1] if tok.start > 0 else ""
                after = text[tok.end] if tok.end < len(text) else ""
                if before and before in "([{" or after and after in ")]}-/":
                    continue  # "(i)", "i)" list markers and numerals
                if after == "." and not text[text.rfind("\n", 0, tok.start) + 1:tok.start].strip():
                    continue  # "i." opening a line: a roman-numeral list marker
                if (field == "body" and tok.norm == "i" and _OBJECT_BEFORE.search(text, max(0, tok.start - 8), tok.start)
                        and "i" in ctx.doc.code_identifiers):
                    continue  # "the current value of i now is 5": the loop's variable of the note's code
                fixed = "I" + tok.text[1:]
                fix = ctx.fix(f"Write '{fixed}'", [(tok.start, tok.start + 1, "I")], field=field,
                              applicability=Applicability.SAFE)
                words = ctx.quote(tok.start, _next_word_end(text, tok.end), field)
                yield ctx.finding(f"Write the pronoun as '{fixed}', not '{tok.text}' ('{words}')", tok.start, tok.end,
                                  field=field, fixes=(fix,))


# a token (one per line of the joined token texts) that is "i" or one of its contractions (Token.norm
# straightens both curly apostrophes): a necessary condition for a finding, checked in one C-level search
# (the "i" first, then "at a line's start" looked back at: the engine skips from one "i" to the next)
_LOWER_I_TOKEN: Final = LazyPattern(r"i(?<![^\n]i)(?:['’‘](?:m|ve|d|ll))?$", re.MULTILINE)


#: a preposition right before the "i": its object, a name ("the value of i", "stored in i"), never the pronoun
#: (which would be "me" there)
_OBJECT_BEFORE: Final = LazyPattern(r"(?<![\w'’])(?:of|in|into|from|with|by|at)[ \t]+$", re.IGNORECASE)


def _next_word_end(text: str, pos: int) -> int:
    m = re.compile(r"[ \t]{1,3}[\w'’-]{1,30}").match(text, pos)
    return m.end() if m else pos


# -- FL104 repeated-punctuation ------------------------------------------------------------------------------

_PUNCT_HINTS: Final = ("!!", "!?", "?!", "??", "..", "……")
_PUNCT_RARE: Final = LazyPattern(r"[！？‼⁇⁈⁉]")
# (two dots after a word and before a space, a bracket, a mark or the end, "chaotic..)", "Thanks.. see you":
# a doubled full stop; not a path "../", a range "1..10" nor code "a..b")
_PUNCT_RUN: Final = LazyPattern(r"[!?！？]{2,50}|[‼⁇⁈⁉]{1,50}[!?]{0,50}|\.{4,50}|…{2,20}"
                               r"|(?<=[^\W\d_])\.\.(?![.\w/\\])")


class RepeatedPunctuation(Rule):
    """A run of exclamation or question marks ("!!", "?!", "???") or of four or more dots.

    ## What it does
    Flags each run once, in the body and the subject: two or more "!" or "?" in any mix, the
    single-character forms "‼" and "⁉", four or more dots, and two dots after a word ("chaotic..)",
    "Thanks.. see you": a doubled full stop; not a path "../" or a range "1..10"). An ellipsis of three
    dots is fine. The unsafe fix keeps one mark ("?" for a mix, "..." for four dots or more, "." for two);
    check the tone yourself.

    ## Why is this bad?
    Runs of marks read as texting, not as a professional note. Career advice (TU Delft,
    Amerikanki) recommends none; a single "!" now and then is fine (see `exclamation-marks`).

    ## Example
    ```text
    Hi Kelsey,

    Thanks so much for chatting with me today!!!

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Kelsey,

    Thanks so much for chatting with me today!

    Best,
    Sam
    ```

    ## Source
    docs/advice.md, 'Runs like "!!" or "?!", emoji: warning' (TU Delft, Amerikanki).
    """

    code = "FL104"
    name = "repeated-punctuation"
    default_severity = Severity.WARNING
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for field, text in (("subject", ctx.doc.subject.text), ("body", ctx.doc.own)):
            if not any(hint in text for hint in _PUNCT_HINTS) and not _PUNCT_RARE.search(text):
                continue
            for m in _PUNCT_RUN.finditer(text):
                s, e = m.span()
                if protected(ctx, field).overlaps(s, e) or _in_mark_list(text, s, e):
                    continue
                run = m.group(0)
                if run == "..":
                    single = "."
                elif run[0] in ".…":
                    single = "..."
                elif "?" in run or "？" in run or "⁇" in run or "⁈" in run or "⁉" in run:
                    single = "?"
                else:
                    single = "!"
                fix = ctx.fix(f"Use a single '{single}'", [(s, e, single)], field=field,
                              applicability=Applicability.UNSAFE)
                yield ctx.finding(f"'{run}' is a run of punctuation: use a single '{single}'", s, e, field=field,
                                  fixes=(fix,), data={"run": run})


#: the most characters looked at on each side of a run for a list of marks around it
_MARK_LIST_REACH: Final = 20
#: how many different marks make a stretch of marks a list of them, not a run typed for emphasis ("...!!" has two)
_MARK_LIST_KINDS: Final = 4
#: marks that set a stretch apart without being listed in it
_MARK_LIST_FRAME: Final = "()[]{}\"'“”‘’`"


def _in_mark_list(text: str, s: int, e: int) -> bool:
    """Is the run ``text[s:e]`` part of a list of punctuation marks the writer quotes ("these (-.?!,;:) are split
    characters", thirty-fifth ai-166): the stretch of marks around it, with no letter, digit or space in it, holds at
    least ``_MARK_LIST_KINDS`` different marks? An emphatic run has one or two ("?!", "...!!")."""
    lo = s
    while lo > max(0, s - _MARK_LIST_REACH) and not (text[lo - 1].isalnum() or text[lo - 1].isspace()):
        lo -= 1
    hi = e
    while hi < min(len(text), e + _MARK_LIST_REACH) and not (text[hi].isalnum() or text[hi].isspace()):
        hi += 1
    marks = set(text[lo:hi]).difference(_MARK_LIST_FRAME)
    return len(marks) >= _MARK_LIST_KINDS


# -- FL105 spacing -------------------------------------------------------------------------------------------

_WIDE_GAP: Final = 5  # more spaces than this between two words is layout, not a slip
# Each pattern starts with a literal or a class (fast scanning); what must come before the match is
# checked in Python (a leading lookbehind would be tried at every position).
_MULTI_SPACE: Final = LazyPattern(r"  {1,39}(?=[^\s])")
# == r"\.(?=[A-Z](?:[a-z]|[\s'’]))|[!?,;](?=[A-Za-z]{2})", written to start with one character class,
# which lets the regex engine skip to the next candidate character instead of trying both branches
# at every position
_NO_SPACE_AFTER: Final = LazyPattern(r"[.!?,;](?:(?<=\.)(?=[A-Z](?:[a-z]|[\s'’]))|(?<=[!?,;])(?=[A-Za-z]{2}))")
# a whole run of two or more spaces before a character that is not whitespace (each run tried once)
# (a space first, then "not after a space" looked back at: the engine skips from one space to the next)
_SPACE_RUN: Final = LazyPattern(r" (?<!  ) ++(?=\S)")
#: a line's marker: a bullet, a list's number or letter, a quotation's ">", a Markdown heading's hashes
_BULLET: Final = LazyPattern(r"[ \t]*(?:[-*•–—>+]|\(?\w{1,3}[.)]|#{1,6})")  # used with fullmatch


class Spacing(Rule):
    """Extra spaces between words, or none after a full stop.

    ## What it does
    Flags, in the candidate's own text:

    - two or more spaces between words inside a sentence ("the  hospital", "can be found here:  https://...";
      a colon ends no sentence); two spaces after a full stop, question mark or exclamation mark are an
      old typing convention between sentences, not an error, and
      aligned columns (several wide gaps on one line, or a gap of more than five spaces), list
      bullets and a Markdown heading's hashes ("##  What was fixed") are left alone;
    - no space after a sentence's punctuation ("today.I", "Dana,thanks").

    A heading that asks a question is a take-home form's prompt copied as a section title ("### Q) Did you
    have any issues?If you have suggestions, we'd love to hear them"), and so is a question on a line of its
    own under the form's label ("Q) ... completing?If you have any suggestions", "Q2: ...?"): the company's
    text, not the candidate's, so its spacing is not reported (the answers under it are).

    A single space before `,` `.` `;` `:` `!` `?` is not reported: French typography puts one before
    `;` `:` `!` `?` ("Is the rota fixed ?"), and a space before a comma is most often the gap where a
    word was taken out ("the role with , but"), which no spacing fix mends; two or more spaces there
    are extra spaces like any other.

    URLs of any scheme ("https://", "postgres://", "mongodb+srv://"), e-mail addresses, numbers ("3.5",
    "10:30"), abbreviations ("e.g.", "U.S."), qualified names of code ("com.acme.ReportJob.main",
    "os.path.join": three or more identifiers joined by dots), Windows paths ("bin\\Debug\\app.dll"), ellipses
    and inline code are never flagged. Extra spaces have a safe fix (one space, or none before the
    mark); a missing space has an unsafe one.

    ## Why is this bad?
    Stray spacing is a proofreading slip that a reader notices, and the note is read as a writing
    sample.

    ## Example
    ```text
    Hi Teresa,

    I enjoyed hearing how the team is phasing the  hospital expansion.

    Best regards,
    Aaron
    ```

    ## Use instead
    ```text
    Hi Teresa,

    I enjoyed hearing how the team is phasing the hospital expansion.

    Best regards,
    Aaron
    ```

    ## Source
    {source}
    """

    code = "FL105"
    name = "spacing"
    default_severity = Severity.WARNING
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        own = ctx.doc.own
        raw_text = ctx.doc.body.text
        guard = _LazyGuard(ctx)
        lines = _Lines(own)
        wide_lines: dict[int, int] = {}
        for s, e in _multi_spaces(own):
            if s == 0 or own[s - 1].isspace():
                continue
            if raw_text[s:e].strip(" ") or guard.covers(s) or e - s > _WIDE_GAP:
                continue  # masked text, inside one token, or a wide gap laid out on purpose
            prev = own[s - 1]
            if prev in ".!?" or (prev in "\"'”’)]" and s >= 2 and own[s - 2] in ".!?"):
                continue  # two spaces after a full stop: a convention (a colon ends no sentence: "here:  https")
            line_start, line_end = lines.bounds(s)  # not rfind/find per finding: quadratic on one long line
            if _BULLET.fullmatch(own, line_start, s) or _prompt_heading(own, (line_start, line_end)):
                continue
            if line_start not in wide_lines:
                wide_lines[line_start] = len(re.findall(r"\S {3,}(?=\S)", own[line_start:line_end]))
            if wide_lines[line_start] >= 2:
                continue  # columns aligned with spaces
            left = max(line_start, own.rfind(" ", line_start, s) + 1)
            right = own.find(" ", e, line_end)
            before, after = own[left:s][-30:], own[e:line_end if right < 0 else right][:30]
            fix = ctx.fix("Use one space", [(s, e, " ")], applicability=Applicability.SAFE)
            yield ctx.finding(f"{e - s} spaces between '{before}' and '{after}': use one", s, e, fixes=(fix,),
                              data={"kind": "extra-spaces", "spaces": e - s})
        for m in _NO_SPACE_AFTER.finditer(own):
            p = m.start()
            if p < 2 or not ("a" <= own[p - 1] <= "z" and "a" <= own[p - 2] <= "z"):
                continue
            if guard.overlaps(p - 2, p + 2) or _inside_word_token(ctx, p):
                continue
            if own[p] == "." and (_qualified_name(own, p) or _windows_path(own, p)):
                continue  # "com.acme.BillingApplication.main", "os.path.join": code, not two sentences
            if _prompt_heading(own, lines.bounds(p)):
                continue  # "### Q) Did you have any issues?If you have ...": the form's question, copied
            mark = own[p]
            left = _word_start(own, p)
            right = p + 1
            while right < len(own) and not own[right].isspace() and right - p < 30:
                right += 1
            quoted = ctx.quote(left, right)
            fix = ctx.fix(f"Add a space after '{mark}'", [(p + 1, p + 1, " ")], applicability=Applicability.UNSAFE)
            yield ctx.finding(f"No space after '{mark}' in '{quoted}'", p, p + 1, fixes=(fix,),
                              data={"kind": "missing-space"})


#: a Markdown heading that asks, or the form's question under its label: the company's (``document.questionnaire``)
_ASKING_HEADING: Final = ASKING_HEADING


def _prompt_heading(own: str, bounds: tuple[int, int]) -> bool:
    """Is the line at ``bounds`` a heading that asks a question, or a question under the form's label ("Q)",
    "Q2:"): the company's form, whose spacing is not the writer's (their answers under it are checked)? A
    heading that asks nothing ("## Notes.Thanks") is the writer's own title."""
    return _ASKING_HEADING.match(own, bounds[0], bounds[1]) is not None


#: a dotted name of code: three or more identifiers joined by dots, no space ("com.acme.App.main")
_QUALIFIED: Final = LazyPattern(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}")


def _unspaced_run(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the run without spaces around ``pos`` (at most 200 characters each side)."""
    # (each side found by one match in C, not a step per character: two 200-character walks for each of
    # ~1,000 full stops made a quarter of a 1 MB text without spaces; ``\s`` is ``str.isspace``)
    lo = max(0, pos - 200)
    last = _TO_LAST_SPACE.match(text, lo, pos)  # the run starts after the last space before pos
    if pos >= len(text):
        return (last.end() if last is not None else lo), pos
    return (last.end() if last is not None else lo), _NO_SPACES.match(text, pos, pos + 200).end()  # type: ignore[union-attr]


_TO_LAST_SPACE: Final = re.compile(r".*\s", re.DOTALL)
_NO_SPACES: Final = re.compile(r"\S*")


def _qualified_name(text: str, pos: int) -> bool:
    """Is the full stop at ``pos`` inside a qualified name of code ("com.guestlogix.TakeHomeApplication.main",
    "os.path.join"): three or more identifiers joined by dots, with no space, ending the word?"""
    left, right = _unspaced_run(text, pos)
    run = text[left:right].strip("`'\"()[]<>,;:!?")
    return _QUALIFIED.fullmatch(run.rstrip(".")) is not None   # (a full stop after it ends the sentence)


#: a backslash between two characters of a word: a Windows path ("devassessment\\Sync.Tests\\bin")
_BACKSLASH_JOIN: Final = LazyPattern(r"\w\\\w")


def _windows_path(text: str, pos: int) -> bool:
    """Is ``pos`` inside a run without spaces that a backslash joins ("devassessment\\Sync.Tests\\bin\\Debug",
    twenty-sixth u-144): a Windows path, not prose?"""
    left, right = _unspaced_run(text, pos)
    return _BACKSLASH_JOIN.search(text, left, right) is not None


def _opens_a_path(own: str, tok) -> bool:  # type: ignore[no-untyped-def]
    """Is the word ``tok`` glued to a backslash: the first segment of a Windows path ("devassessment\\Sync.Tests"),
    no sentence?"""
    return own[tok.end:tok.end + 1] == "\\"


class _Lines:
    """Start and end of the line around an offset, by bisection over the newlines (found once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines: list[int] | None = None

    def bounds(self, pos: int) -> tuple[int, int]:
        if self.newlines is None:
            self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self.newlines, pos)
        start = self.newlines[k - 1] + 1 if k else 0
        end = self.newlines[k] if k < len(self.newlines) else len(self.text)
        return start, end


def _word_start(text: str, pos: int, reach: int = 60) -> int:
    """After the last space or newline before ``pos``, looking back ``reach`` characters at most (a quote
    shows ~30 of them; an unbounded rfind per finding was quadratic on text without spaces)."""
    lo = max(0, pos - reach)
    return max(text.rfind(" ", lo, pos) + 1, text.rfind("\n", lo, pos) + 1, lo)


def _multi_spaces(own: str) -> list[tuple[int, int]]:
    """The spans ``_MULTI_SPACE.finditer(own)`` gives, in linear time: in a run of spaces before a
    non-space, the last 40 at most (masked quotes and signatures are long runs of spaces, which the
    pattern would try again from every space of the run)."""
    return [(max(a, b - 40), b) for a, b in map(re.Match.span, _SPACE_RUN.finditer(own))]


class _LazyGuard:
    """``protected(ctx)``, built on first use (most drafts have nothing to check against it)."""

    __slots__ = ("ctx", "_guard")

    def __init__(self, ctx: RuleContext) -> None:
        self.ctx = ctx
        self._guard = None

    def _get(self):  # type: ignore[no-untyped-def]
        if self._guard is None:
            self._guard = protected(self.ctx, "body")
        return self._guard

    def covers(self, pos: int) -> bool:
        return self._get().covers(pos)

    def overlaps(self, start: int, end: int) -> bool:
        return self._get().overlaps(start, end)


def _inside_word_token(ctx: RuleContext, pos: int) -> bool:
    """Whether ``pos`` falls inside one multi-character token ("e.g.", "U.S.", a domain)."""

    body = ctx.analysis.body
    starts = body.dotted_starts
    i = bisect_left(starts, pos) - 1  # the last such token starting before pos: the only one pos can be in
    return i >= 0 and pos < body.dotted_tokens[starts[i]]


# -- FL106 sentence-case ---------------------------------------------------------------------------------------

#: Names written in lower case by their owners, and lower-case abbreviations
LOWERCASE_NAMES: Final = frozenset(
    """dbt npm pip git pandas numpy scipy pytest kubectl bash zsh vim emacs tmux curl grep awk sed cron yarn
    webpack jq sqlite nginx gcc make ssh rsync conda poetry eslint prettier babel vue react.js node.js
    d3 el la de van von der den du da di del ter te bell hooks cf viz vs etc ca approx incl""".split()
)
_ABBREV_BEFORE: Final = frozenset(
    """incl approx esp resp cf viz al ca min max sec hr hrs wk yr yrs mo mos dept est govt misc ref vol pp ed
    eds tel ext no nos vs etc e.g i.e ie eg a.m p.m mr mrs ms dr prof st jr sr inc ltd co corp fig""".split()
)


class SentenceCase(Rule):
    """A sentence that starts with a lower-case letter ("it sounds like...").

    ## What it does
    Flags the first word of a sentence in the message when it starts with a lower-case letter. Not
    flagged: "e.g." and other abbreviations, words with a capital inside ("iPhone", "iOS", "eBay"),
    names their owners write in lower case ("dbt", "npm"), URLs, addresses, placeholders, numbers,
    a line that continues the previous one (after a comma, colon or ellipsis), the greeting line and
    the sign-off ("thank you" alone on the last line, with no name under it, is a sentence: judged). A
    greeting typed all in lower case ("hi priya,") is the writer's style; a salutation in lower case before a
    name the writer capitalised, or before code-host handles (they keep their own case), is reported ("hi
    Dana,", "hii @gregory ,": `data["greeting"]`). A list item's number glued to its first word ("1.use of
    the tool", "2.tell the space used") is judged like a list item. A lower-case "i" is reported by `lowercase-i` instead. The first word of a list item
    ("- ...", "* ...", "3. ...") is judged too when the item reads as a sentence: it opens on a verb of
    instruction ("3. run `bundle install`") or has a finite verb among its first words ("* gql dir is a
    generated directory"); a fragment ("- five years of Python") or a command typed as it is run ("5.
    rails server") is no sentence (the verbs are in `followup_lint/data/mechanics.toml`), nor is a name glued
    to a colon before a description the writer capitalised ("* util: Includes helper classes": a file tree
    or a glossary), nor a Windows path ("devassessment\\Sync.Tests\\bin"). An item numbered
    "1 - " is a list item too; an item also reads as a sentence when it opens on a verb by its ending
    ("beautify the loader"), on a finite verb (a question: "should empty lists be handled ?"), on a
    clause's conjunction with a finite verb further on ("since the filter and sort status can change ..."),
    on a subject contracted with its verb ("there's a main PR where ..."), on a verb in "-s" right before its
    object ("reads the records", "displays them"; not a grammar word, "all the tests", nor "half the time"; a
    commit's "added a test" and "let it go" are left alone),
    or on a command's name used as a verb ("cd into the folder"; "cd api" is the command as typed), or
    when the writer capitalised another item of the same list ("- typescript" beside "- Post CSS for the
    css"; a file's or a link's name, a command, and the lines of a list of steps are left alone); and so
    does the paragraph after the blank line that ends a list ("- Solidity" / "" / "you can find the
    answers in answer.js"). In a list set apart from the text above it (a blank line or a heading) whose
    every item opens in lower case, each item of two words or more is a sentence ("* primary key generation
    for distributed systems", "* the outbox pattern"); not a list right under a line ending with a colon,
    which finishes that line's sentence ("this includes:" / "- content (the text)"), nor an item of code
    or a name with its description. A paragraph after a blank line opens a sentence when the paragraph
    before ends on a word with no stop that is no grammar word ("... reduce the overhead" / "" / "to handle
    the css I ..."; "I look forward to" / "" / "working with you" is one sentence), and so do a Markdown
    heading typed in lower case that asks ("# what can i do more"; "### some technical stuff" is a title, the
    question words are `[heading]` of `followup_lint/data/mechanics.toml`) and the paragraph under a heading,
    blank lines between or not, unless the heading has no stop and the paragraph opens on a conjunction
    ("### You must give me bonus" / "because I did": one sentence). A section's label alone on its line
    ("observations:", "next steps:"; no finite verb: "this includes:" is a sentence) is no sentence, nor is a
    list item that is a link's name and its description ("- [jest](https://...) - testing is life"). "i.e." or
    "e.g." after a full stop opens its sentence ("... files. i.e. Playlists.jsx has ..."; not before a comma or a
    colon: "i.e., if I add ..."), and so does the paragraph under the greeting's line ("good evening mr
    akinlade," / "" / "thank you sir ..."). So is a line
    that is a sentence of its own, ending with its full stop, after a line that an aside in brackets
    closed with no full stop ("... (may take a few seconds to load)" / "flyctl cli tool was used."). And
    so is the lower-case line of a list typed without bullets, one item a line after a line ending with a
    colon, when the writer capitalised another of its items ("You can find on this PR:" / "Help modal
    ..." / "browser storage for tasks"); the lines of a hard-wrapped paragraph, all about as long as the
    longest but the last, are no list. In a note typed with no sentence mark at all, each line is a
    sentence ("thank you for the interview today", then "was nice to meet you" on the next line: both
    reported), unless it is an item of a list after a line ending with a colon, and a lower-case name
    alone on its last line is the signature. A postscript's marker written in lower case ("p.s. I also
    ...") opens its sentence too: it is written "P.S.". The unsafe fix capitalises the word.

    ## Why is this bad?
    A sentence without its capital reads like a typo or a hurried text message.

    ## Example
    ```text
    Dear Teresa,

    Thank you for meeting with me. it sounds like a project where a steady RFI process matters.

    Best regards,
    Aaron
    ```

    ## Use instead
    ```text
    Dear Teresa,

    Thank you for meeting with me. It sounds like a project where a steady RFI process matters.

    Best regards,
    Aaron
    ```

    ## Source
    {source}
    """

    code = "FL106"
    name = "sentence-case"
    default_severity = Severity.WARNING
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        # (a company's question heading and a line of code are no sentences of the writer's)
        return _judged(self._check(ctx), ctx.doc)

    def _check(self, ctx: RuleContext) -> Iterable[Finding]:
        doc = ctx.doc
        own = doc.own
        lo, hi = doc.content_range
        tokens = doc.tokens
        n = len(tokens)
        reported: set[int] = set()
        salutation = _lower_salutation(doc, tokens)
        if salutation is not None:
            # "hii @gregory ,", "hi Dana,": the writer capitalises the name (or the handle keeps its own case)
            # but not the salutation that opens the note
            fixed = salutation.text[:1].upper() + salutation.text[1:]
            fix = ctx.fix(f"Start the greeting with '{fixed}'", [(salutation.start, salutation.start + 1, fixed[0])],
                          applicability=Applicability.UNSAFE)
            g = doc.greeting
            assert g is not None  # the salutation found is the greeting's
            words = ctx.quote(g.start, g.start + len(own[g.start:g.line_end].rstrip(" \t\r,:!")))
            yield ctx.finding(f"The greeting '{words}' starts with a lower-case letter", salutation.start,
                              salutation.end, fixes=(fix,), data={"greeting": True})
        bare = _bare_thanks(doc)
        if bare is not None:
            # "thank you" alone on the last line: a sentence of thanks on its own line, not a sign-off
            s = bare.start
            tok = _lower_first_word(tokens, bisect_left(tokens, s, key=_START), s, n)
            if tok is not None:
                reported.add(s)
                yield self._report(ctx, tok)
        # (a word token starting at s starts with own[s]: only the sentences starting in lower case are
        # looked at, picked in C; 250,000 "Hi." lines are not each visited)
        sentences = doc.sentences
        # (a note with no sentence mark at all stops at its line ends: its lines are not hard-wrapped; but
        # the lines of a list after a line ending with a colon are items, judged as items below)
        wrapped = not unpunctuated_text(own)
        listed = _colon_lists(own) if not wrapped and ":" in own else None
        # (the first word of the paragraph under the greeting's line opens the message, even where the greeting's
        # reading ended before its line did: "good evening mr akinlade," / "" / "thank you sir ...", thirty-sixth
        # aj-301; a line right under it may go on with a sentence begun there: "Hi , thanks for this,\nis there ...")
        opening = _under_greeting(own, doc.greeting.line_end) if doc.greeting is not None else -1
        for s, e in compress(sentences, map(str.islower, map(own.__getitem__, map(_START, sentences)))):
            if s < lo or s >= hi:
                continue
            i = bisect_left(tokens, s, key=_START)  # (tokens are sorted by start: bisection, no index to build)
            tok = _lower_first_word(tokens, i, s, n)
            joined = wrapped or listed is not None and _in_a_colon_list(s, *listed)
            if tok is None or s != opening and _continues(own, s, tokens, i, lo, joined) or _opens_a_path(own, tok):
                continue
            if _section_label(own, s) or "#" in own and (_heading_text(own, s) or _goes_on_from_heading(own, s)):
                continue              # "observations:" over its items; a heading (judged with the paragraphs)
            reported.add(s)
            yield self._report(ctx, tok)
        if "(" in own:
            for m in _BRACKET_OPEN.finditer(own, lo, hi):
                # "... to get it working. (you shouldn't) the help desk ...": a sentence set in brackets
                s = m.start()
                i = bisect_left(sentences, s, key=_START)
                if i >= len(sentences) or sentences[i][0] != s or s + 1 in reported:
                    continue
                tok = _lower_first_word(tokens, bisect_left(tokens, s + 1, key=_START), s + 1, n)
                if tok is not None and _bracketed_sentence(own, s, tok):
                    reported.add(s + 1)
                    yield self._report(ctx, tok)
        # line starts the sentence splitter runs on past: a list item's first word ("2. Clone it\n3. run
        # `make`"), and a line that is a sentence of its own after an aside in brackets that ended the line
        # before with no full stop ("... (may take a few seconds)\nflyctl cli tool was used.")
        if "\n" in own and any(map(own.__contains__, _LINE_START_NEEDS)):
            capitalised: list[tuple[int, int]] | None = None   # (the lists with a capitalised item, found on need)
            lowered: list[tuple[int, int]] = []                # (the lists set apart with every item in lower case)
            for m in _LINE_START.finditer(own, lo, hi):
                s = m.end()
                if s in reported:
                    continue
                tok = _lower_first_word(tokens, bisect_left(tokens, s, key=_START), s, n)
                if tok is None:
                    continue
                if m.group("aside"):
                    judged = _sentence_line(own, tok)
                else:
                    judged = _reads_as_sentence(own, tok)
                    if not judged and _plain_item_word(own, tok):
                        if capitalised is None:
                            capitalised = _capitalised_lists(own, lo, hi)
                            lowered = _lower_case_lists(own, lo, hi)
                        judged = _in_spans(s, capitalised) or (_in_spans(s, lowered) and _phrase_item(own, tok))
                if judged:
                    reported.add(s)
                    yield self._report(ctx, tok)
        if "\n\n" in own or "\n\r\n" in own:
            for m in _AFTER_ITEM.finditer(own, lo, hi):
                # "- Solidity\n\nyou can find the answers in answer.js": a list ends its sentence at its blank line
                s = m.end()
                tok = _lower_first_word(tokens, bisect_left(tokens, s, key=_START), s, n)
                if tok is not None and s not in reported and _reads_as_sentence(own, tok):
                    reported.add(s)
                    yield self._report(ctx, tok)
        if "\n\n" in own or "\n\r\n" in own or "#" in own:
            for s in _open_paragraph_starts(own, lo, hi):
                # "... reduce the overhead" / "" / "to handle the css I decided ...": a paragraph the writer
                # left without its stop, then a paragraph begun in lower case; and the line under a heading
                tok = _lower_first_word(tokens, bisect_left(tokens, s, key=_START), s, n)
                if tok is not None and s not in reported and not _opens_a_path(own, tok):
                    reported.add(s)
                    yield self._report(ctx, tok)
        for word in _glued_items(own, lo, hi):
            # "1.use of grok ai help me", "2.tell the space": the list's number glued to a lower-case word
            if word.start not in reported and _reads_as_sentence(own, word):
                reported.add(word.start)
                yield self._report(ctx, word)
        heads = doc.questionnaire.headings
        if heads:
            for s in _answer_starts(own, heads, hi):
                # "**Q) Do you have any suggestions ...?**" / "(We welcome suggestions ...)" / "the test is good as
                # ...": the writer's answer under the company's question opens a sentence of its own
                tok = _lower_first_word(tokens, bisect_left(tokens, s, key=_START), s, n)
                if tok is not None and s not in reported:
                    reported.add(s)
                    yield self._report(ctx, tok)
        if ":" in own or ")" in own:
            for s in _labelled_line_starts(own, lo, hi):
                # "Q: will the stopwords be ...?", "A: new line is like a space": the sentence after the label
                tok = _lower_first_word(tokens, bisect_left(tokens, s, key=_START), s, n)
                if tok is not None and s not in reported and _reads_as_sentence(own, tok):
                    reported.add(s)
                    yield self._report(ctx, tok)
        if ".**" in own or ".__" in own or "!**" in own or "?**" in own:
            for m in _AFTER_STRONG_STOP.finditer(own, lo, hi):
                # "**Time spent : 2 hrs.** failed to make it work": the stop inside the bold ends its sentence
                s = m.end()
                tok = _lower_first_word(tokens, bisect_left(tokens, s, key=_START), s, n)
                if tok is not None and s not in reported:
                    reported.add(s)
                    yield self._report(ctx, tok)
        marker = _lower_postscript(doc)
        if marker is not None and marker.start not in reported:
            reported.add(marker.start)  # "p.s. I also ...": the postscript's marker opens a sentence
            yield self._report(ctx, marker)
        if ":\n" in own or ":\r\n" in own:
            for s in _unbulleted_items(own, lo, hi):
                tok = _lower_first_word(tokens, bisect_left(tokens, s, key=_START), s, n)
                if tok is not None and s not in reported:
                    reported.add(s)
                    yield self._report(ctx, tok)

    @staticmethod
    def _report(ctx: RuleContext, tok) -> Finding:  # type: ignore[no-untyped-def]
        if "." in tok.text and tok.text not in _LATIN_OPENERS:  # a postscript's marker: "p.s." is written "P.S."
            fixed = tok.text.upper()
            fix = ctx.fix(f"Start the sentence with '{fixed}'", [(tok.start, tok.end, fixed)],
                          applicability=Applicability.UNSAFE)
        else:
            fixed = tok.text[:1].upper() + tok.text[1:]
            fix = ctx.fix(f"Start the sentence with '{fixed}'", [(tok.start, tok.start + 1, fixed[0])],
                          applicability=Applicability.UNSAFE)
        words = ctx.quote(tok.start, _next_word_end(ctx.doc.own, tok.end))
        return ctx.finding(f"The sentence '{words}...' starts with a lower-case letter", tok.start, tok.end,
                           fixes=(fix,))


#: an opening bracket before a lower-case letter (where a sentence starts, a sentence set in brackets)
_BRACKET_OPEN: Final = LazyPattern(r"\((?=[a-z])")


#: a sentence's stop closed inside bold ("**Time spent : 2 hrs.** failed to ...", thirty-fourth ah-114), then
#: a lower-case word on the same line: the next sentence, begun in lower case (not "e.g." nor "i.e.")
_AFTER_STRONG_STOP: Final = LazyPattern(r"(?<![.\s][a-z]\.[a-z])(?<=\w)[.!?](?:\*\*|__)[ \t]+(?=[a-z])")


#: a postscript's marker written in lower case with its stops ("p.s.", "p.p.s."), then a word
_LOWER_PS: Final = LazyPattern(r"[ \t]*(p\.(?:p\.)?s\.)[ \t]+\w")


def _lower_postscript(doc):  # type: ignore[no-untyped-def]
    """The token of a postscript's marker written in lower case ("p.s. I also appreciated ..."), else
    ``None``: the marker opens a sentence, and "P.S." is how it is written."""
    ps = doc.postscript
    if ps is None:
        return None
    m = _LOWER_PS.match(doc.own, ps[0])
    if m is None:
        return None
    i = bisect_left(doc.tokens, m.start(1), key=_START)
    if i < len(doc.tokens) and doc.tokens[i].start == m.start(1) and doc.tokens[i].kind == "word":
        return doc.tokens[i]
    return None


#: a salutation's first code-host handle, its comma before it or not ("hi @dana", "hey, @dana")
_HANDLE_NEXT: Final = LazyPattern(r"[ \t]*,?[ \t]*@[^\W\d_]")


def _lower_salutation(doc, tokens):  # type: ignore[no-untyped-def]
    """The greeting's salutation token when it is typed in lower case before a name the writer capitalised
    ("hi Dana,") or code-host handles ("hii @gregory ,", "hey @ana @raj": a handle keeps its own case, so it
    tells nothing of the writer's), else ``None``. A greeting typed all in lower case ("hi priya,") is the
    writer's style, judged by the earlier batches as no slip of the sentence's capital."""
    g = doc.greeting
    if g is None or not g.salutation[:1].islower() or g.handles:
        return None
    own = doc.own
    if g.names:
        if not all(n[2][:1].isupper() or own[n[0] - 1:n[0]] == "@" for n in g.names):
            return None
    elif not _HANDLE_NEXT.match(own, g.start + len(g.salutation), g.line_end):
        return None
    i = bisect_left(tokens, g.start, key=_START)
    if i >= len(tokens) or tokens[i].start != g.start or tokens[i].kind != "word":
        return None
    return tokens[i]


def _bare_thanks(doc):  # type: ignore[no-untyped-def]
    """The sign-off when it is a thanks with no name under it and nothing after it ("... released\n\nthank
    you"), else ``None``: then it is a sentence of thanks on its own line (outside batch sixteenth, a-111);
    "thank you,\nAmit" and "best regards" with no name stay sign-offs."""
    so = doc.signoff
    bare = (so is not None and so.name_start is None and doc.postscript is None
            and so.phrase.lower().split()[:1] in (["thank"], ["thanks"])
            and not doc.own[so.end:doc.own_end].strip(" \t\r\n.!,"))
    return so if bare else None


#: the Latin abbreviations that open a sentence after a full stop as its first word ("... monolith files. i.e.
#: Playlists.jsx has many files", thirty-sixth aj-161): written "I.e.", "E.g." there; other abbreviations with
#: stops are left alone, and so is one with a comma or a colon after it, which introduces the example of the
#: sentence before it ("... the same data? i.e., if I add a breed ...", twenty-fourth j-174; "i.e.: decoupling")
_LATIN_OPENERS: Final = frozenset({"i.e.", "e.g."})


def _lower_first_word(tokens, i: int, s: int, n: int):  # type: ignore[no-untyped-def]
    """The token ``i`` when it starts at ``s`` and is a lower-case word sentence-case judges (not "i",
    "e.g.", "iPhone", "npm"), else ``None``."""
    if i >= n or tokens[i][0] != s:
        return None
    tok = tokens[i]
    if tok.kind != "word" or not tok.text[:1].islower():
        return None
    if tok.norm in LOWERCASE_I or "." in tok.text and (tok.text not in _LATIN_OPENERS or i + 1 < n and tokens[
            i + 1][0] == tok.end) or any(c.isupper() for c in tok.text[1:]):
        return None
    if tok.text.lower() in LOWERCASE_NAMES:
        return None
    return tok


#: before a lower-case letter: a list item's marker ("- ", "* ", "• ", "3. ", "2) "; and the "[" of a Markdown link
#: that opens the item, whose text is the item's first words: "6. [react hook form](https://...) to simplify
#: forms", thirty-fourth ah-166), or the line break
#: after a line that ends with a bracket closing an aside, with no full stop ("... free tier)\n")
#: a character every match of ``_LINE_START`` holds one of (a bullet, a digit, or the ")" of an aside):
#: a text without any is not searched (250,000 "Hi." lines)
_LINE_START_NEEDS: Final = ("-", "*", "•", "+", ")", *"0123456789")
_LINE_START: Final = LazyPattern(r"^[ \t]*(?:[-*•+]|\d{1,3}[.)]|\d{1,3}[ \t]+[-–])[ \t]+(?:\[(?=[a-z][^\]\n]{0,200}\]\())?(?=[a-z])"
                                r"|(?P<aside>\)(?<=[^\s.!?]\))[ \t]*\n[ \t]*)(?=[a-z])", re.MULTILINE)


#: a paragraph after a blank line that follows a list item: the item's line (a bullet or a number, its
#: text ending on no mark), the blank line, the paragraph's first lower-case letter
_AFTER_ITEM: Final = LazyPattern(r"^[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+[^\n]*[^\s.!?:;,][ \t]*\r?\n(?:[ \t]*\r?\n)+[ \t]*(?=[a-z])",
                                re.MULTILINE)


#: a Markdown heading line the writer typed (one to six "#", a space, the heading's text)
_HEADING_LINE: Final = LazyPattern(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)


def _open_paragraph_starts(own: str, lo: int, hi: int) -> list[int]:
    """Where a sentence starts that the sentence splitter runs on past: a paragraph after a blank line when
    the paragraph before ends on a word that is no grammar word, without its stop ("... reduce the
    overhead" / "" / "to handle the css I decided ..."; a block ending on "about", "the", "and" is one
    sentence broken by the blank line: "I am keen to hear more about" / "" / "the pilot"); a Markdown
    heading's first word ("# what can i do more"), and the first word of the line under a heading. A list
    item's line before the blank line is left to the list's own judgement."""
    from ..analysis.language import profiles

    grammar = profiles().english
    starts: list[int] = []
    for m in _BLANK_LINE.finditer(own, lo, hi):
        end = m.start()
        line_start = own.rfind("\n", lo, end) + 1
        if line_start < lo or line_start == 0 and lo == 0:
            continue                              # (the text's first line: a greeting, a title)
        line = own[line_start:end].rstrip(" \t\r")
        if not line[-1:].isalpha():
            continue
        k = len(line)
        while k and line[k - 1].isalpha():
            k -= 1
        if line[k:].lower() in grammar or k and line[k - 1] in "-'’/@_.":
            continue                              # a sentence broken by the blank line; a name or a path's end
        if _ITEM_LINE.match(own, line_start) or _HEADING_LINE.match(own, line_start):
            continue                              # (the two patterns last: 125,000 "<p>a</p>" end on "a")
        q = m.end()
        while q < hi and own[q] in " \t\r\n":
            q += 1
        indent = own[own.rfind("\n", 0, q) + 1:q]
        if q < hi and own[q].islower() and "\t" not in indent and len(indent) < 4:
            starts.append(q)                      # (a line indented four spaces is a code block: "    cd app")
    if "#" in own:
        headings = _heading_words()
        for m in _HEADING_LINE.finditer(own, lo, hi):
            first = _FIRST_WORD.match(own, m.end())
            if first is not None and first.group() in headings.asking and _LOWER_WORDS.match(own, m.end()):
                starts.append(m.end())            # "# what can i do more with this project": the writer's question
            nl = own.find("\n", m.end(), hi)
            if nl < 0:
                continue
            # (the paragraph under the heading, blank lines or not: "#### project structure" / "" / "if you know ...")
            q = nl + 1
            while q < hi and own[q] in " \t\r\n":
                q += 1
            indent = own[own.rfind("\n", 0, q) + 1:q]
            if (q < hi and _LOWER_WORDS.match(own, q) and own[q:q + 3] != "cd " and "\t" not in indent
                    and len(indent) < 4 and not _goes_on_from_heading(own, q)):
                starts.append(q)                  # the line under the heading: "the time was limited ..."
    return sorted(starts)


#: a lower-case word's letters at a position (a heading's or a line's first word)
_FIRST_WORD: Final = LazyPattern(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class _HeadingWords:
    """``data/mechanics.toml`` [heading]: the first words that make a lower-case heading or the line under it
    read as a sentence or as the heading's sentence going on."""

    asking: frozenset[str]           # a heading opening on a question word is the writer's question ("what")
    continuing: frozenset[str]       # the line under a heading opening on a conjunction goes on with it


@lru_cache(maxsize=1)
def _heading_words() -> _HeadingWords:
    """``data/mechanics.toml`` [heading]."""
    from ..spelling.lexicon import read_toml_data

    data = read_toml_data("mechanics.toml")["heading"]
    return _HeadingWords(frozenset(data["question_words"]), frozenset(data["continuing_words"]))


def _under_greeting(own: str, line_end: int) -> int:
    """Where the text goes on after the greeting's line ending at ``line_end`` and a blank line under it (-1: no
    blank line follows, or the line's end was not its line break)."""
    if own[line_end:line_end + 1] not in ("\n", "\r"):
        return -1
    k = line_end
    breaks = 0
    while k < len(own) and own[k] in " \t\r\n":
        breaks += own[k] == "\n"
        k += 1
    return k if k < len(own) and breaks >= 2 else -1


def _goes_on_from_heading(own: str, s: int) -> bool:
    """Does the line at ``s`` go on with the sentence of the heading above it, blank lines between or not: the
    heading ends with no stop and the line opens on a conjunction ("### You must give me bonus" / "" / "because I
    did", thirty-sixth aj-171; `continuing_words` of [heading])?"""
    first = _FIRST_WORD.match(own, s)
    if first is None or first.group() not in _heading_words().continuing:
        return False
    k = s
    while k > 0 and own[k - 1] in " \t\r\n":
        k -= 1
    line_start = own.rfind("\n", max(0, k - _HEADING_REACH), k) + 1
    if line_start == 0 and k > _HEADING_REACH:
        return False                  # (a line this long is no heading: not searched back to its start)
    m = _HEADING_LINE.match(own, line_start)
    return m is not None and m.end() < k and own[k - 1] not in ".!?:"


#: the longest heading line looked back over
_HEADING_REACH: Final = 300


def _heading_text(own: str, s: int) -> bool:
    """Is ``s`` the first letter of a Markdown heading's text ("### some technical stuff")? A heading is a title,
    judged with ``_open_paragraph_starts`` (a lower-case one only when it asks: "# what can i do more")."""
    line_start = own.rfind("\n", max(0, s - 12), s) + 1
    if line_start == 0 and s >= 12:
        return False
    m = _HEADING_LINE.match(own, line_start)
    return m is not None and m.end() == s


#: a section's label alone on its line: one to three lower-case words and a colon, the items under it on the lines
#: below ("observations:", "changes:", "next steps:"; thirty-sixth aj-170): a label, as a heading, no sentence (with
#: no finite verb of [list_item]: "this includes:" is a sentence)
_SECTION_LABEL: Final = LazyPattern(r"[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2}:[ \t]*(?:\r?\n|$)")


def _section_label(own: str, s: int) -> bool:
    """Is the sentence at ``s`` a section's label alone on its line ("    observations:")?"""
    k = s
    while k > 0 and own[k - 1] in " \t":
        k -= 1
    if k and own[k - 1] != "\n":
        return False
    m = _SECTION_LABEL.match(own, s)
    # (a label names; a clause with a finite verb before its colon is a sentence: "this includes:", twenty-second h-105)
    return m is not None and _list_item_words().finite.isdisjoint(m.group().rstrip(" \t\r\n:").split())


#: a line that opens on a plain lower-case word and goes on in words: a heading or a sentence written in lower
#: case ("what can i do more", "the time was limited"), not a repository's or a file's name ("mobile-challenge",
#: "python_cli_tool", "formatting" alone as a section's title)
#: (the first word may be a pronoun's contraction: "it's good and the description is very clear", thirty-fourth
#: ah-107; not a name's possessive, "npm's cache")
_LOWER_WORDS: Final = LazyPattern(r"(?:(?:it|that|there|here|what|we|they|you|he|she|let)['’](?:s|re|ll|ve|d)|[a-z]+)"
                                  r"[ \t]+[A-Za-z]+\b[^\n`]*$", re.MULTILINE)


#: a list item's number glued to its first word, typed with no space after the dot ("1.use of the tool",
#: "2.tell the space used"): the tokenizer reads "1.use" as one number; the word is the item's first word.
#: A word alone on its line ("2.png") is a file's name, not an item
_GLUED_ITEM: Final = LazyPattern(r"^[ \t]*\d{1,3}\.(?P<word>[a-z][a-z'’]+)(?![\w.])(?=[ \t]+[^\W\d_])", re.MULTILINE)
#: a bullet glued to a lower-case word that opens a line ("*another point we might disagree is ...", thirty-fifth
#: ai-129), with no other "*" on the line (not Markdown's emphasis, "*really* good")
_GLUED_BULLET: Final = LazyPattern(r"^[ \t]*[*•](?P<word>[a-z][a-z'’]+)(?![\w.*])(?=[ \t]+[^\W\d_])(?![^\n]*\*)",
                                   re.MULTILINE)


@lru_cache(maxsize=1)
def _answer_label() -> re.Pattern[str]:
    """A question's or an answer's label opening a line (``data/mechanics.toml`` [answer_label]), then a lower-case
    letter: "Q: will the ...", "A: new line is ...", "**Ans:** the ..."."""
    from ..spelling.lexicon import read_toml_data

    labels = read_toml_data("mechanics.toml")["answer_label"]["labels"]
    alternatives = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:\*\*|__)?(?:{alternatives})[ \t]?\d{{0,3}}[ \t]?[:)](?:\*\*|__)?[ \t]+(?=[a-z])",
                      re.MULTILINE)


def _labelled_line_starts(own: str, lo: int, hi: int) -> list[int]:
    """Where the text after a question's or an answer's label that opens a line starts, when it starts in lower
    case ("Q: will the stopwords ...", "A: new line is ...")."""
    return [m.end() for m in _answer_label().finditer(own, lo, hi)]


#: a line of the form's instructions in brackets under its question ("(Describe any difficulties ...)")
_INSTRUCTION_LINE: Final = LazyPattern(r"[ \t]*\([^()\n]{1,300}\)[ \t]*\r?$")
#: the start of the next line with text, past blank lines
_NEXT_LINE: Final = LazyPattern(r"[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*")


def _answer_starts(own: str, heads: Iterable[tuple[int, int]], hi: int) -> list[int]:
    """Where the writer's answer starts under each of a questionnaire's question headings: the next line with
    text, past one line of the form's instructions in brackets; not the next heading or list item."""
    starts = []
    for _, end in heads:
        m = _NEXT_LINE.match(own, end, hi)
        if m is None:
            continue
        s = m.end()
        line_end = own.find("\n", s, hi)
        line_end = hi if line_end < 0 else line_end
        if _INSTRUCTION_LINE.match(own, s, line_end) is not None:
            m = _NEXT_LINE.match(own, line_end, hi)
            if m is None:
                continue
            s = m.end()
        if s < hi and own[s].islower():
            starts.append(s)
    return starts


@dataclass(frozen=True, slots=True)
class _Word:
    """A word inside a token the tokenizer read as one ("use" in "1.use"), as the sentence rules read it."""

    start: int
    end: int
    text: str

    @property
    def norm(self) -> str:
        return self.text


def _glued_items(own: str, lo: int, hi: int) -> list[_Word]:
    """The first words of list items whose number or bullet is glued to them ("1.use of ...", "3.also tells ...",
    "*another point we might disagree is ...")."""
    words = []
    if any(map(own.__contains__, "0123456789")):
        words = [_Word(m.start("word"), m.end("word"), m.group("word")) for m in _GLUED_ITEM.finditer(own, lo, hi)]
    if "*" in own or "•" in own:
        words.extend(_Word(m.start("word"), m.end("word"), m.group("word")) for m in _GLUED_BULLET.finditer(own, lo, hi))
    return words


#: endings of verbs made from nouns and adjectives, in their base form: an item that opens on one is an
#: instruction ("beautify", "modularize", "optimise")
_VERB_ENDINGS: Final = ("ify", "ize", "ise")


@dataclass(frozen=True, slots=True)
class _ItemWords:
    """``data/mechanics.toml`` [list_item]: the words that make a list item read as a sentence."""

    verbs: frozenset[str]            # instruction verbs ("run", "handle")
    finite: frozenset[str]           # finite verbs ("is", "should")
    reach: int                       # how many words after the first are looked at
    openers: frozenset[str]          # conjunctions of a clause ("since")
    commands: frozenset[str]         # commands' names used as verbs ("cd")
    prose_after: frozenset[str]      # ... before one of these ("into")
    subjects: frozenset[str]         # subjects contracted with their verb ("there's")
    objects: frozenset[str]          # objects right after a verb ("the", "them")
    not_verbs: frozenset[str]        # first words before such an object that are no verbs ("half")


@lru_cache(maxsize=1)
def _list_item_words() -> _ItemWords:
    """``data/mechanics.toml`` [list_item]."""
    from ..spelling.lexicon import read_toml_data

    data = read_toml_data("mechanics.toml")["list_item"]
    return _ItemWords(frozenset(data["instruction_verbs"]), frozenset(data["finite_verbs"]), int(data["reach"]),
                      frozenset(data["clause_openers"]), frozenset(data["commands"]),
                      frozenset(data["command_prose_after"]), frozenset(data["contracted_subjects"]),
                      frozenset(data["objects"]), frozenset(data["not_verbs"]))


def _sentence_line(own: str, tok) -> bool:  # type: ignore[no-untyped-def]
    """Is the line starting with ``tok`` a sentence of its own: it ends with its full stop (or "!", "?")
    and reads as a sentence (see ``_reads_as_sentence``)? After an aside in brackets that closed the line
    before with no full stop, such a line starts a new sentence; a wrapped clause runs on past the line."""
    end = own.find("\n", tok.end)
    line = own[tok.start:end if end >= 0 else len(own)].rstrip()
    return line[-1:] in (".", "!", "?") and _reads_as_sentence(own, tok)


#: a bulleted or numbered item's line, and an item that opens on a capitalised word ("- Swipe left to delete",
#: "* Post CSS for the css"; not an acronym: "- API calls")
_ITEM_LINE: Final = LazyPattern(r"^[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+\S", re.MULTILINE)
_CAPITALISED_ITEM: Final = LazyPattern(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+[\"'“(]?([A-Z][a-z]+)")


def _item_runs(own: str, lo: int, hi: int) -> list[list[tuple[int, int, re.Match[str]]]]:
    """The lists of ``own[lo:hi]``: runs of item lines one right after another, each line as (start, end, its
    ``_ITEM_LINE`` match)."""
    runs: list[list[tuple[int, int, re.Match[str]]]] = []
    end = -1
    for m in _ITEM_LINE.finditer(own, lo, hi):
        line = m.start()
        if not runs or line != end + 1:             # not the line right after the last item: a new list
            runs.append([])
        nl = own.find("\n", line, hi)
        end = hi if nl < 0 else nl
        runs[-1].append((line, end, m))
    return runs


def _capitalised_lists(own: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the lists (item lines one after another) in which the writer capitalised an item: there
    the writer's own style opens an item with a capital, and a lower-case item ("- typescript", "- aria
    tags", "* expo sdk 40") is a sentence's first word left in lower case (thirty-second af-166, af-168). An
    item that opens on an instruction ("1. Install the gems") does not count: steps hold commands as typed."""
    def capitalised(line: int, end: int) -> bool:
        c = _CAPITALISED_ITEM.match(own, line, end)
        # (a step that opens on an instruction, "1. Install the gems", makes a list of steps, whose
        # lower-case lines are commands as typed: "2. rails server")
        return c is not None and c.group(1).lower() not in _list_item_words().verbs

    return [(run[0][0], run[-1][1]) for run in _item_runs(own, lo, hi)
            if any(capitalised(line, end) for line, end, _ in run)]


def _lower_case_lists(own: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the lists set apart from the text before them (a blank line, a heading or a finished
    sentence above the first item) whose every item opens on a lower-case letter ("* primary key generation", "* the outbox
    pattern"; thirty-third ag-101): each item is a sentence begun in lower case, as the earlier batches
    labelled lower-case items. A list right under a line ending with a colon ("this includes:" / "- title" /
    "- content (the text)") finishes that line's sentence, and a list with a capitalised item is judged by
    ``_capitalised_lists``."""
    spans: list[tuple[int, int]] = []
    for run in _item_runs(own, lo, hi):
        line = run[0][0]
        above_end = line - 1
        above_start = own.rfind("\n", 0, max(above_end, 0)) + 1
        above = own[above_start:max(above_end, above_start)].strip()
        # (a heading or a blank line sets the list apart; a blank line after another list does not; and so does a
        # sentence the line above finishes with its full stop: "there are two types of images." / "* just
        # products on the white background", thirty-fourth ah-113, ah-114; not a colon's lead-in, nor an item)
        if not (above.startswith("#") or not above and not _after_a_list(own, above_start)
                or _FINISHED_LINE.search(above) is not None and _ITEM_LINE.match(own, above_start) is None):
            continue
        # (a capitalised item, or one opening on a mark or a digit, makes the list no lower-case one)
        if all(own[m.end() - 1].isalpha() and not own[m.end() - 1].isupper() for _, _, m in run):
            spans.append((line, run[-1][1]))
    return spans


#: a line that a sentence's full stop finishes: a word, then one full stop (not an ellipsis, not "e.g.")
_FINISHED_LINE: Final = LazyPattern(r"[^\W\d_]{2}[)\"'”’]?\.$")


def _after_a_list(own: str, blank: int) -> bool:
    """Is the last line with text before the blank line at ``blank`` a list item (two lists apart, or one list
    with a blank line inside: "- Swipe to archive" / "" / "- charts for each week")?"""
    j = blank - 1
    while j >= 0 and own[j] in " \t\r\n":
        j -= 1
    if j < 0:
        return False
    return _ITEM_LINE.match(own, own.rfind("\n", 0, j) + 1) is not None


def _phrase_item(own: str, tok) -> bool:  # type: ignore[no-untyped-def]
    """Is the item opening on ``tok`` a phrase of two words or more in prose, not a name and its description
    ("model: Model entities") nor code ("running <code>npm install</code>", "export FLASK_APP=app.py")?"""
    end = own.find("\n", tok.end)
    line = own[tok.start:end if end >= 0 else len(own)]
    if _LABELLED.match(own, tok.end) is not None or any(mark in line for mark in ("`", "<", "=", "$")):
        return False
    return len(line.split()) >= 2


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, pos, key=itemgetter(0)) - 1
    return i >= 0 and spans[i][0] <= pos <= spans[i][1]


def _plain_item_word(own: str, tok) -> bool:  # type: ignore[no-untyped-def]
    """Is the item's first word a plain word: no file's, link's or code's name glued to more
    ("exercise1-desktop.png", "node_modules", "k9s"), no command as typed ("cd app")?"""
    end = tok.end
    while end < len(own) and not own[end].isspace():
        end += 1
    chunk = own[tok.start:end].rstrip(",;:")
    if not chunk.isalpha():
        return False
    return tok.norm.lower() not in _list_item_words().commands


#: a list item's first word glued to a colon, then a description the writer capitalised ("* resources: Includes
#: the provided data", "* util: Includes helper classes", twenty-sixth u-104): a file tree or a glossary, each
#: item a name kept in its own case and what it holds
_LABELLED: Final = LazyPattern(r":[ \t]+[A-Z]")


#: the rest of a link's text that opens a list item, the link's target, then a dash or a colon before what follows
#: ("- [jest](https://github.com/facebook/jest) - testing is life", thirty-sixth aj-167): a glossary of tools, each
#: item a name and its description (the item that runs on from its link as a sentence, "6. [react hook
#: form](https://...) to simplify forms", is judged)
_LINK_DESCRIBED: Final = LazyPattern(r"[^\]\n]{0,200}\]\([^)\s]{1,500}\)(?:[ \t]+[-–—]|[ \t]*:)[ \t]")


def _reads_as_sentence(own: str, tok) -> bool:  # type: ignore[no-untyped-def]
    """Does the list item starting with ``tok`` read as a sentence: an instruction ("run `make`"), a
    question opening on a finite verb ("should empty lists be handled?"), a finite verb among its first
    words ("gql dir is generated"; further after a clause's conjunction: "since the filter and sort status
    can change"), a command's name used as a verb ("cd into the folder"); not a fragment ("five years of
    Python") nor a command as typed ("rails server", "cd app"), nor a name and its capitalised description
    ("util: Includes helper classes")?"""
    if _LABELLED.match(own, tok.end) is not None:
        return False                 # "* util: Includes helper classes": a name and its description, no sentence
    if own[tok.start - 1:tok.start] == "[" and _LINK_DESCRIBED.match(own, tok.end) is not None:
        return False                 # "- [jest](https://...) - testing is life": a link's name and its description
    item = _list_item_words()
    first = tok.norm.lower()
    if first in item.verbs or first in item.finite or (first.endswith(_VERB_ENDINGS) and len(first) > 6):
        return True                  # "beautify loading state", "memoize the selector": a verb by its ending
    end = own.find("\n", tok.end)
    reach = item.reach * 2 if first in item.openers else item.reach
    words = [w.lower().replace("’", "'").strip(",;:.!?") for w in own[tok.end:end if end >= 0 else len(own)].split()[:reach]]
    if first in item.commands:
        return bool(words) and words[0] in item.prose_after
    if any(w in item.finite for w in words):
        return True
    stem, mark, ending = first.replace("’", "'").partition("'")
    if mark and stem in item.subjects and ending in _CONTRACTED_VERBS:
        return True                  # "- there's a main PR where I ...": a subject and its verb
    if (words and words[0] in item.objects and first.isalpha() and first.endswith("s") and not first.endswith("ss")
            and first not in item.not_verbs):
        from ..analysis.language import profiles

        return first not in profiles().english   # "- reads the records", "- displays them": a verb and its object
    return False


#: the verbs a subject is contracted with: "there's", "we're", "they've", "it'll", "you'd"
_CONTRACTED_VERBS: Final = frozenset({"s", "re", "ve", "ll", "d"})


#: the longest aside in brackets read as a sentence of its own
_BRACKET_REACH: Final = 200


#: nothing but spaces to the line's end (or the text's)
_LINE_ENDS: Final = LazyPattern(r"[ \t]*(?:\r?\n|$)")


def _bracketed_sentence(own: str, s: int, tok) -> bool:  # type: ignore[no-untyped-def]
    """Is the aside in brackets opening at ``s`` with ``tok`` a sentence ("(you shouldn't) the help desk is ...",
    "(which isn't much)."): an instruction, or a finite verb among its words, read to its closing bracket, with
    its own stop or more of the line after it? A fragment ("(for downloading updates)", "(tested version 2.7)")
    is no sentence, and a bracket that ends its line with no stop is a remark on the sentence before it."""
    close = own.find(")", tok.end, min(len(own), s + _BRACKET_REACH))
    if close < 0 or _LINE_ENDS.match(own, close + 1) is not None:
        return False                 # "... bypass it ! (the yield was unknown)" and the line ends: a remark on it
    item = _list_item_words()
    first = tok.norm.lower()
    words = [w.lower().replace("’", "'").strip(",;:.!?") for w in own[tok.end:close].split()]
    return first in item.verbs or first in item.finite or any(w in item.finite for w in words)


#: the fewest lines of a list typed without bullets after a line ending with a colon, and how short (a share
#: of the longest) one of its lines but the last must be: a hard-wrapped paragraph fills every line but its last
_LIST_MIN_LINES: Final = 3
_LIST_SHORT_LINE: Final = 0.6
#: (or every line this short: no one wraps prose at 40 characters)
_LIST_NARROW: Final = 40


def _unbulleted_items(own: str, lo: int, hi: int) -> list[int]:
    """Where the lower-case lines of a list typed without bullets start: the lines after a line ending with
    a colon ("You can find on this PR:"), one item a line, at least one of them capitalised by the writer
    ("Help modal ...", "browser storage for tasks", "small layout update"). A hard-wrapped paragraph
    after a colon, whose lines but the last are all about as long as the longest, is no list."""
    starts: list[int] = []
    lines = []
    pos = lo
    for line in own[lo:hi].split("\n"):
        lines.append((pos, line.rstrip("\r")))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        if not lines[i][1].rstrip().endswith(":"):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j][1].strip():
            j += 1
        block = [(a + len(t) - len(t.lstrip()), t.strip()) for a, t in lines[i + 1:j]]
        i = j
        if len(block) < _LIST_MIN_LINES or any(t[-1:] in ",;:-&/" for _, t in block[:-1]):
            continue  # too short to tell, or lines that run on into the next
        if not any(t[:1].isupper() for _, t in block) or any(_BULLET.match(t) and t[:1] in "-*•+" for _, t in block):
            continue  # all lower case (the writer's style), or a bulleted list (judged item by item above)
        longest = max(len(t) for _, t in block)
        if longest > _LIST_NARROW and not any(len(t) < _LIST_SHORT_LINE * longest for _, t in block[:-1]):
            continue  # a wrapped paragraph
        starts.extend(a for a, t in block if t[:1].islower())
    return starts


#: the end of a line that ends with a colon, and the start of a blank line
_COLON_LINE: Final = LazyPattern(r":[ \t]*(?=\r?\n)")
_BLANK_LINE: Final = LazyPattern(r"\n[ \t]*\r?\n")


def _colon_lists(own: str) -> tuple[list[int], list[int]]:
    """Where the lines ending with a colon end, and where the blank lines start (each sorted)."""
    return [m.end() for m in _COLON_LINE.finditer(own)], [m.start() for m in _BLANK_LINE.finditer(own)]


def _in_a_colon_list(start: int, colons: list[int], blanks: list[int]) -> bool:
    """Does a line ending with a colon stand before ``start`` in its paragraph (no blank line between)?"""
    k = bisect_right(colons, start)
    if not k:
        return False
    b = bisect_right(blanks, start)
    return not b or blanks[b - 1] < colons[k - 1]


def _continues(own: str, start: int, tokens, i: int, lo: int,  # type: ignore[no-untyped-def]
               wrapped: bool = True) -> bool:
    """Whether the sentence at ``start`` continues the text before it (not a new sentence). ``wrapped``:
    a line break after a line with no closing mark may be a hard wrap (not in a note with no sentence mark
    at all, whose line ends are its stops)."""
    j = start - 1
    while j >= 0 and own[j] in " \t":
        j -= 1
    gap_breaks = 0
    while j >= 0 and own[j] in " \t\r\n":
        if own[j] == "\n":
            gap_breaks += 1
        j -= 1
    if j < lo:
        return False  # the first sentence after the greeting line
    prev = own[j]
    if prev in ",:;-–—(&/" or prev == "…" or own[max(0, j - 2):j + 1] == "...":
        return True
    if prev in "\"'”’)]" and j > 0 and own[j - 1] not in ".!?":
        return gap_breaks == 0 or gap_breaks == 1
    if prev == "." and i > 0:
        before = tokens[i - 1]
        if before.kind == "punct" and i > 1 and tokens[i - 2].kind == "word":
            word = tokens[i - 2].text.lower()
            if word in _ABBREV_BEFORE or len(word) == 1:
                return True
        if before.kind == "word" and before.text.endswith("."):
            return True  # "e.g." / "U.S." closing the previous 'sentence'
    if prev not in ".!?" and gap_breaks == 1:
        return wrapped  # a hard-wrapped line
    return False


# -- FL107 unbalanced-delimiter ----------------------------------------------------------------------------------

_OPEN: Final = {"(": ")", "[": "]", "{": "}", "“": "”"}
_MAX_PER_PARAGRAPH: Final = 20  # a paragraph of nothing but brackets needs no 100,000 findings
_DELIMITER: Final = LazyPattern(r"[()\[\]{}“”\"‘’]")
_CLOSE: Final = {v: k for k, v in _OPEN.items()}
#: the brackets (not the quotation marks), opening to closing: one closed by another kind is a mismatch
_BRACKETS: Final = {"(": ")", "[": "]", "{": "}"}
_PLAIN_OPEN: Final = frozenset(_OPEN) - {"("}  # openers without an emoticon test
_MATCH_START: Final = re.Match.start


class UnbalancedDelimiter(Rule):
    """An opening bracket or quotation mark that is never closed, or a closing one never opened.

    ## What it does
    Within each paragraph of the candidate's text, pairs `(` `)`, `[` `]`, `{` `}`, curly double
    quotes `“` `”` and `‘` `’`, and counts straight double quotes `"`. Flags the opening mark left
    open ("(mostly by fixing the queue.") or the stray closing one, and a bracket closed by another
    kind ("{name the position)", one finding over both marks). Not counted: placeholders
    ("[Name]", "{{role}}"), URLs, code, list markers ("1)", "a)"), emoticons (":)"), inch marks
    (`27"`), and apostrophes (a `’` inside or at the end of a word is an apostrophe, not a quote).
    At most 20 marks are reported per paragraph.

    ## Why is this bad?
    An unclosed bracket leaves the reader waiting for the rest of an aside; it is a proofreading
    slip.

    ## Example
    ```text
    Hi Marcus,

    I cut our claim cycle time by four days (mostly by fixing the appraisal queue. I would love to
    bring that approach to your team.

    Best regards,
    Keisha
    ```

    ## Use instead
    ```text
    Hi Marcus,

    I cut our claim cycle time by four days (mostly by fixing the appraisal queue). I would love to
    bring that approach to your team.

    Best regards,
    Keisha
    ```

    ## Source
    {source}
    """

    code = "FL107"
    name = "unbalanced-delimiter"
    default_severity = Severity.WARNING
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        # (a company's question heading and a line of code are no sentences of the writer's)
        return _judged(self._check(ctx), ctx.doc)

    def _check(self, ctx: RuleContext) -> Iterable[Finding]:
        own = ctx.doc.own
        if not _DELIMITER.search(own):
            return
        guard = protected(ctx, "body")
        g_starts, g_ends = guard.starts, guard.ends
        g_n = len(g_starts)
        for ps, pe in paragraphs(own, ctx.doc.own_start, ctx.doc.own_end):
            stack: list[tuple[str, int]] = []
            push = stack.append
            problems: list[tuple[int, str, str]] = []
            straight = 0  # the straight quotes (inch marks aside) and the offset of the last
            last_straight = -1
            single_open: list[int] = []
            mismatch_end: dict[int, int] = {}
            # the protected range covering each delimiter (``guard.range_at``), found by walking the sorted
            # ranges along with the delimiters rather than by a bisect per delimiter
            gi = bisect_right(g_starts, ps)
            if (pe - ps >= _LONG_PARAGRAPH and not (gi and g_ends[gi - 1] > ps) and (gi == g_n or g_starts[gi] >= pe)
                    and not _STATEFUL.search(own, ps, pe)):
                # a long paragraph with no protected range and no closing mark (a hostile run of openers)
                yield from self._report(ctx, ps, pe, _without_closers(own, ps, pe), {})
                continue
            # (the gap walk pays when marks are many more than protected ranges: "[Name] {{x}}" has ~3 a range)
            walked = pe - ps < _LONG_PARAGRAPH or ((bisect_left(g_starts, pe, gi) - gi) * _MARKS_PER_RANGE
                                                   > sum(map(own.count, _MARK_CHARS, repeat(ps), repeat(pe))))
            if walked:
                marks: Iterable[int] = map(_MATCH_START, _DELIMITER.finditer(own, ps, pe))
            else:  # (a long paragraph: the marks outside the protected ranges found a gap at a time)
                marks, straight, last_straight = _marks_outside(own, ps, pe, g_starts, g_ends, gi)
            for k in marks:
                ch = own[k]
                if walked:
                    while gi < g_n and g_starts[gi] <= k:
                        gi += 1
                    if gi and k < g_ends[gi - 1] and not (ch in _CLOSE and k == g_ends[gi - 1] - 1
                                                          and _CLOSE[ch] not in own[g_starts[gi - 1]:k]) and not (
                            ch == "]" and own[k + 1:k + 2] == "(" and stack and stack[-1][0] == "["):
                        continue  # inside a URL, code or placeholder (but "(acme.io/x)": the ")" is ours; and
                        #           "[http://localhost:8080](http://...)": a link's text ends at its "]")
                if ch in _PLAIN_OPEN:
                    push((ch, k))  # "[", "{", "“": no emoticon starts with them
                    continue
                # (a neighbour is read only within the paragraph: at its edge there is none, and a test on
                # "" would pass, as the empty string is "in" every string, and lose a bracket there)
                if ch == "(":
                    if k > ps and own[k - 1] in ":;=" or k + 1 < pe and own[k + 1] == ":":
                        continue  # emoticon "(:" / ":("
                    push((ch, k))
                    continue
                if ch == '"':
                    if k > ps and own[k - 1].isdigit():
                        continue  # 27" (inches)
                    straight += 1
                    last_straight = k
                    continue
                if ch == "‘":
                    if not (k + 1 < pe and own[k + 1].isdigit()):
                        single_open.append(k)
                    continue
                if ch == "’":
                    if single_open and not (k + 1 < pe and own[k + 1].isalpha()):
                        single_open.pop()  # a closing quote; "it’s" is an apostrophe
                    continue
                # a closing mark
                prev = own[k - 1] if k > ps else " "
                want = _CLOSE[ch]
                if (ch == ")" and (prev in ":;=" or own[k - 2:k] in (":-", ";-")) and stack
                        and stack[-1][0] == "(" and (prev != "=" and _SENTENCE_BREAK.search(own, stack[-1][1], k)
                                                     or _closed_later(own, k, pe))):
                    continue  # "(we ... how. I also have one :-)", "(I want to give it a try =) )": a smiley
                if stack and stack[-1][0] == want:
                    stack.pop()
                    continue
                if ch == ")" and (prev in ":;=8" or own[k - 2:k] in (":-", ";-")):
                    continue  # ":)" emoticon
                if ch == ")" and _list_marker(own, k, ps):
                    continue
                if k > ps and guard.covers(k - 1):
                    continue  # "https://en.wikipedia.org/wiki/Foo_(bar)": the URL ends before its ")"
                depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == want), None)
                if depth is not None:
                    for opener, at in stack[depth + 1:]:
                        problems.append((at, opener, "open"))
                    del stack[depth:]
                elif stack and stack[-1][0] in _BRACKETS and ch in _BRACKETS.values():
                    # "{name the position)": one bracket closed by another kind, not two strays
                    opener, at = stack.pop()
                    problems.append((at, opener, "mismatch"))
                    mismatch_end[at] = k
                else:
                    problems.append((k, ch, "close"))
            # (the stack and the open single quotes are in text order: only their first few can be among
            # the first problems reported)
            problems.extend((at, opener, "open") for opener, at in stack[:_MAX_PER_PARAGRAPH])
            if straight % 2 == 1:
                problems.append((last_straight, '"', "quote"))
            problems.extend((at, "‘", "open") for at in single_open[:_MAX_PER_PARAGRAPH])
            yield from self._report(ctx, ps, pe, problems, mismatch_end)

    def _report(self, ctx: RuleContext, ps: int, pe: int, problems: list[tuple[int, str, str]],
                mismatch_end: dict[int, int]) -> Iterable[Finding]:
        """The first problems of a paragraph, in text order."""
        own = ctx.doc.own
        for at, mark, how in nsmallest(_MAX_PER_PARAGRAPH, problems):  # (sorted()[:n], no full sort)
            if how == "mismatch":
                end = mismatch_end[at]
                msg = (f"'{mark}' is closed by '{own[end]}' in '{ctx.quote(at, end + 1)}': close it with "
                       f"'{_OPEN[mark]}'")
                yield ctx.finding(msg, at, end + 1, data={"mark": mark, "problem": how})
                continue
            if how == "close":
                msg = f"'{mark}' closes a bracket or quotation that was never opened"
            elif how == "quote":
                msg = f"A '\"' quotation mark has no partner in this paragraph ('{ctx.quote(at, _next_word_end(own, at + 1))}')"
            else:
                closer = _OPEN.get(mark, "’")
                msg = f"'{mark}' is never closed: add '{closer}' ('{ctx.quote(at, min(pe, at + 40))}')"
            yield ctx.finding(msg, at, at + 1, data={"mark": mark, "problem": how})


_LONG_PARAGRAPH: Final = 2000  # (a shorter paragraph is walked mark by mark: searching it does not pay)
#: the marks whose handling depends on the marks before them (the closing ones): without them a paragraph's
#: problems are its first openers, an odd straight quote and its first single quotes
_STATEFUL: Final = LazyPattern(r"[)\]}”’]")
_OPENER: Final = LazyPattern(r"[(\[{“]")
_QUOTE_AFTER_WORD: Final = LazyPattern(r'(?<=\w)"')  # (every character with ``isdigit()`` is a \w)


def _without_closers(own: str, ps: int, pe: int) -> list[tuple[int, str, str]]:
    """The problems of a paragraph with no protected range and no closing mark (``_STATEFUL``), found by
    searching, not mark by mark: its first openers (emoticons "(:" / ":(" aside), the last straight quote
    of an odd count (inch marks aside: a digit before it), its first single quotes (one before a digit
    aside)."""
    problems: list[tuple[int, str, str]] = []
    for k in map(_MATCH_START, _OPENER.finditer(own, ps, pe)):
        if own[k] == "(" and (k > ps and own[k - 1] in ":;=" or k + 1 < pe and own[k + 1] == ":"):
            continue
        problems.append((k, own[k], "open"))
        if len(problems) == _MAX_PER_PARAGRAPH:
            break
    inches = sum(1 for k in map(_MATCH_START, _QUOTE_AFTER_WORD.finditer(own, ps + 1, pe)) if own[k - 1].isdigit())
    if (own.count('"', ps, pe) - inches) % 2 == 1:
        last = next(k for k in _rfind_all(own, '"', ps, pe) if not (k > ps and own[k - 1].isdigit()))
        problems.append((last, '"', "quote"))
    found = 0
    k = own.find("‘", ps, pe)
    while k >= 0 and found < _MAX_PER_PARAGRAPH:
        if not (k + 1 < pe and own[k + 1].isdigit()):
            problems.append((k, "‘", "open"))
            found += 1
        k = own.find("‘", k + 1, pe)
    return problems


_MARK_CHARS: Final = "()[]{}“”\"‘’"  # (the characters of ``_DELIMITER``)
_MARKS_PER_RANGE: Final = 8  # marks per protected range of a paragraph from which its gaps are searched
# ``_DELIMITER`` but the straight quote, one at a time (group 1), or a pair "(...)" that the walk pushes and
# pops at once (no mark inside, no emoticon at either end: "(:", ":(", ":)", ":-)"): a pair is skipped
# (the marks' lookbehinds come after them: a pattern starting with one is tried at every position)
_MARK_OR_PAIR: Final = LazyPattern(r"\((?<![:;=]\()(?!:)[^()\[\]{}“”‘’]*\)(?<![:;]\))(?<![:;]-\))|([()\[\]{}“”‘’])")
_LASTINDEX: Final = attrgetter("lastindex")
_QUOTE_AFTER_DIGIT: Final = LazyPattern(f'(?<={_DIGIT})"')  # (``_DIGIT``: the characters with ``isdigit()``)
_ASCII_INCHES: Final = tuple(f'{d}"' for d in "0123456789")  # (the same in an ASCII text)


def _marks_outside(own: str, ps: int, pe: int, starts: list[int], ends: list[int],
                   gi: int) -> tuple[list[int], int, int]:
    """The marks of the paragraph ``own[ps:pe]`` that the walk looks at (outside every protected range, or a
    closing mark ending one that does not hold its opener: "(acme.io/x)"), straight quotes aside: those
    counted (inch marks aside), with the offset of the last. ``gi`` is the first range starting after
    ``ps``. The marks between two ranges are found by one search (the walk tests each mark against the
    range that starts last before it: the same marks; a draft of placeholders has ~6 marks per range).
    """
    marks: list[int] = []
    n = len(starts)
    count = 0
    ascii_ = own.isascii()
    quoted: tuple[int, int] | None = None  # the last gap with a straight quote that counts
    j = gi - 1  # the range starting last at or before ``lo`` (-1: none)
    lo = ps
    while True:
        hi = min(starts[j + 1], pe) if j + 1 < n else pe
        if j >= 0:
            k = ends[j] - 1
            if lo <= k < hi and own[k] in _CLOSE and _CLOSE[own[k]] not in own[starts[j]:k]:
                marks.append(k)
            lo = max(lo, ends[j])
        if lo < hi:
            found = list(_MARK_OR_PAIR.finditer(own, lo, hi))
            marks.extend(compress(map(_MATCH_START, found), map(_LASTINDEX, found)))
            here = own.count('"', lo, hi)
            if here:
                a = max(lo, ps + 1)  # (inch marks, 27": a quote after a digit, found in C)
                here -= (sum(map(own.count, _ASCII_INCHES, repeat(a - 1), repeat(hi))) if ascii_
                         else len(_QUOTE_AFTER_DIGIT.findall(own, a, hi)))
                if here:
                    count += here
                    quoted = (lo, hi)
        j += 1
        if j >= n or starts[j] >= pe:
            break
        lo = starts[j]
    last = -1
    if quoted is not None:
        last = next(k for k in _rfind_all(own, '"', *quoted) if not (k > ps and own[k - 1].isdigit()))
    return marks, count, last


def _closed_later(own: str, k: int, pe: int) -> bool:
    """Does a ")" come after ``k`` in the paragraph with no "(" before it: the bracket open before a smiley
    at ``k`` closes there ("(... give it a try =) )")?"""
    close = own.find(")", k + 1, pe)
    return close >= 0 and own.find("(", k + 1, close) < 0


def _rfind_all(text: str, mark: str, start: int, end: int) -> Iterator[int]:
    """The offsets of ``mark`` in ``text[start:end]``, last first."""
    k = text.rfind(mark, start, end)
    while k >= 0:
        yield k
        k = text.rfind(mark, start, k)


_SENTENCE_BREAK: Final = LazyPattern(r"[.!?][ \t]+[A-Z]")


def _list_marker(own: str, k: int, para_start: int) -> bool:
    """"1)" / "a)" / "iv)" at the start of a line or after a space: a list marker, not a bracket."""
    j = k - 1
    while j >= para_start and own[j].isalnum() and k - j <= 4:
        j -= 1
    if j == k - 1 or k - j > 4:
        return False
    return j < para_start or own[j] in " \t\n"


# -- FL111 exclamation-marks -------------------------------------------------------------------------------------

class ExclamationMarks(Rule):
    """Many single exclamation marks across the note.

    ## What it does
    Counts the single "!" in the message (the greeting line and the sign-off are not counted; runs
    such as "!!" are `repeated-punctuation`'s) and reports once, without a span, when there are at
    least `threshold` of them (the finding's data has the count).

    ## Why is this bad?
    One exclamation mark can carry warmth; several in a short note read as over-excited rather than
    professional. Advice differs on whether any are acceptable, so this is only informational.

    ## Example
    ```text
    Hi Dana,

    Thank you so much for today! I loved hearing about the migration! The team sounds fantastic!

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you so much for today! I loved hearing about the migration, and the team sounds fantastic.

    Best,
    Sam
    ```

    ## Source
    docs/advice.md, 'several single "!" across the note: info' (TU Delft, Amerikanki).
    """

    code = "FL111"
    name = "exclamation-marks"
    default_severity = Severity.INFO
    language_dependent = True
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of exclamation-marks."""

        #: report when the message has at least this many single exclamation marks
        threshold: int = 3

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        own = ctx.doc.own
        if own.count("!") + own.count("！") < max(1, self.options.threshold):
            return
        lo, hi = ctx.doc.content_range
        guard = protected(ctx, "body")
        singles = []
        for m in re.finditer(r"[!?！？‼⁉]{1,50}", own[lo:hi]):
            s = lo + m.start()
            if m.group(0) in ("!", "！") and not guard.covers(s):
                singles.append(s)
        if len(singles) < max(1, self.options.threshold):
            return
        yield ctx.finding(f"The note has {len(singles)} exclamation marks: keep one at most",
                          data={"count": len(singles), "threshold": self.options.threshold})


for _cls in (RepeatedWord, LowercaseI, Spacing, SentenceCase, UnbalancedDelimiter):
    _cls.__doc__ = (_cls.__doc__ or "").replace("{source}", _SOURCE_PROOFREAD)

RULES = (RepeatedWord, LowercaseI, RepeatedPunctuation, Spacing, SentenceCase, UnbalancedDelimiter, ExclamationMarks)

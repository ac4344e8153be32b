"""The parts of an email body: greeting, sign-off, signature, quoted reply, disclaimers.

Everything here works on the plain text view of the body and returns offsets into it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import accumulate
from operator import add
from collections.abc import Sequence
from typing import Final

from .._lazy import LazyPattern
from .vocabulary import run_together, vocabulary

__all__ = ["Greeting", "Signoff", "find_quote_start", "find_signature_start", "find_greeting", "find_signoff",
           "quoted_line_ranges", "boilerplate_ranges", "TITLES", "HONORIFICS", "BARE_GENERIC", "SIGNOFF_PHRASES", "PRONOUN_I_FORMS"]

_VOCAB: Final = vocabulary()  # data/addressing.toml: the one copy of these lists
TITLES: Final = _VOCAB.titles
#: professional and honorific titles written before a name in some regions and trades ("Engr. Musa",
#: "Datuk Lee"): a title only when a capitalised name follows or when it is the whole address
HONORIFICS: Final = _VOCAB.honorifics
_HONORIFIC_NEXT: Final = LazyPattern(r"['’]?[ \t]+[^\W\d_a-z]")  # "Dato' Azlan": its apostrophe kept
#: titles of two words ("Tan Sri", "Puan Sri"): the second word and the capitalised name after it
_TITLE_PAIR_NEXT: Final = LazyPattern(r"['’]?[ \t]+([^\W\d_]+)(?=[ \t]+[^\W\d_a-z])")
_HONORIFIC_ALONE: Final = LazyPattern(r"[ \t]*(?:[,:!;]|$)")  # "Dear Captain," / "Hi Chef!"
#: "Good morning Ma," / "Yes Sah": West African forms of "ma'am" and "sir" (after a title, "Mr Ma" is a name)
BARE_GENERIC: Final = _VOCAB.bare_generic
#: honorifics written after a name ("Dear Farzana Apa", "Sharma ji", "Mehmet Bey")
AFTER_NAME: Final = _VOCAB.after_name
#: an honorific joined to the name with a hyphen (Japanese "Tanaka-san", Hindi "Rajesh-ji")
_NAME_SUFFIX: Final = LazyPattern(
    r"-(?:" + "|".join(sorted(map(re.escape, AFTER_NAME), key=len, reverse=True)) + r")\.?$", re.IGNORECASE)
_SALUTATION: Final = LazyPattern(
    # data/addressing.toml [phrases] salutations, perhaps after an interjection ("Oh Bonjour")
    "(?:(?:" + "|".join(sorted(_VOCAB.interjections)) + r")[ \t]+)?"
    "(?:" + "|".join(_VOCAB.salutations) + r")(?![\w])",
    re.IGNORECASE,
)
PARTICLES: Final = _VOCAB.particles
_CONNECTOR: Final = "(?:" + "|".join(sorted(_VOCAB.name_connectors)) + ")"
#: from a lower-case word after a greeting's name to the greeting's mark: connectors and capitalised words
#: only, a capitalised word last ("with Experts!", "of the Earth,")
_GROUP_NAME_REST: Final = LazyPattern(
    rf"(?:{_CONNECTOR}[ \t]+)+[^\W\d_a-z][\w'’&-]{{0,30}}"
    rf"(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*[^\W\d_a-z][\w'’&-]{{0,30}}){{0,4}}"
    # and perhaps a group word after the name, in lower case ("Hi Code for Ghana team!")
    rf"(?:[ \t]+(?:{'|'.join(sorted(_VOCAB.group_or_role))}))?[ \t]*[,:!]")
GENERIC_ADDRESSEES: Final = _VOCAB.generic_addressees
#: closing phrases ("Best regards"), data/addressing.toml [phrases] signoffs
SIGNOFF_PHRASES: Final = _VOCAB.signoffs
_SIGNOFF_SET: Final = frozenset(p.rstrip(",") for p in SIGNOFF_PHRASES)
# matched on a line's text without its leading and trailing blanks, and only on short lines (see
# find_signoff): two adjacent blank runs around an optional mark backtracked quadratically on
# 'Best regards,' + 8,000 spaces + 'Maya'
_SIGNOFF_LINE: Final = LazyPattern(r"(?P<words>[^\W\d_][^\n\r]{0,38}?)[ \t]*(?P<punct>[,.!:;—–-]?)$")
_SIGNOFF_MAX: Final = 60

_ATTRIBUTION_START: Final = LazyPattern(
    r"^[ \t]*(?:On|Am|Le|El|Il|Op|Em|Den|På|W dniu|Dne)\b", re.IGNORECASE
)
_ATTRIBUTION_END: Final = LazyPattern(
    r"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev|napisał|napsal)[^\n\r]{0,40}:[ \t]*$",
    re.IGNORECASE,
)
# Line anchors that know every line break the spans count ("\r\n", "\n" and a lone "\r"): ``$`` alone
# does not match before the "\r" of CRLF text, and ``^`` does not match after a lone "\r".
_BOL: Final = r"(?<![^\r\n])"
_EOL: Final = r"(?![^\r\n])"
_ORIGINAL: Final = LazyPattern(
    r"^[ \t]*(?:-{2,}[ \t]*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)[ \t]*-{2,}|"
    r"Begin forwarded message:|_{20,})[ \t]*" + _EOL,
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_FROM: Final = LazyPattern(r"^[ \t]*\*?(?:From|Von|De|Da|Van)\*?:[ \t]*\S", re.IGNORECASE | re.MULTILINE)
_HEADER_NEXT: Final = LazyPattern(r"^[ \t]*\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|To|Subject)\*?:", re.IGNORECASE)
# A necessary condition for _ATTRIBUTION_START, _ORIGINAL or _HEADER_FROM to match a line: how it starts.
# (a separator's dashes are followed by its words: a "-- " signature line, or a ruler of dashes, is no cue)
_QUOTE_CUE_AFTER: Final = (r"[ \t]*+\*?(?:On|Am|Le|El|Il|Op|Em|Den|På|W dniu|Dne|From|Von|De|Da|Van"
                            r"|-{2,}+[ \t]*+(?:Original|Forwarded|Ursprüngliche|Message d|Mensaje)"
                            r"|Begin forwarded message:|_{20,})")
_QUOTE_CUE: Final = LazyPattern(_BOL + _QUOTE_CUE_AFTER, re.IGNORECASE)
_RULE_LINE: Final = "_" * 20  # (the shortest underscore separator ``_ORIGINAL`` takes)
_FEW_LINES: Final = 200  # (a draft of a usual length: each line is tried, the search costs more)
_QUOTE_CUE_LF: Final = LazyPattern("^" + _QUOTE_CUE_AFTER, re.IGNORECASE | re.MULTILINE)  # (LF-only text: faster)
_SIG_DASHES: Final = LazyPattern(_BOL + r"--[ \t]?" + _EOL)
_MOBILE: Final = LazyPattern(
    _BOL + r"[ \t]*(?:Sent from my [^\n\r]{1,40}|Sent from (?:Mail|Outlook|Yahoo Mail|Gmail)[^\n\r]{0,40}|"
    r"Get Outlook for [^\n\r]{1,30}|Sent via [^\n\r]{1,40}|Von meinem [^\n\r]{1,40} gesendet|Envoyé de mon [^\n\r]{1,40})[ \t]*" + _EOL,
    re.IGNORECASE,
)
_DISCLAIMER: Final = LazyPattern(
    r"^[ \t]*(?:CONFIDENTIALITY(?: NOTICE)?|DISCLAIMER|PRIVILEGED AND CONFIDENTIAL|NOTICE:|IMPORTANT:|"
    r"This (?:e-?mail|message|communication)(?: and any (?:files|attachments)[^\n\r]{0,40})? (?:is|are|may contain|contains|and its)|"
    r"The information (?:contained )?in this (?:e-?mail|message|communication)|"
    r"If you (?:are not|have received this)[^\n\r]{0,60}(?:intended recipient|in error))",
    re.IGNORECASE | re.MULTILINE,
)

# Case-folded phrases of which every match of ``_MOBILE`` / ``_DISCLAIMER`` contains one.
_MOBILE_NEEDS: Final = ("sent from", "get outlook for", "sent via", "von meinem", "envoyé de mon")
_DISCLAIMER_NEEDS: Final = ("confidential", "disclaimer", "notice:", "important:", "this email", "this e-mail",
                            "this message", "this communication", "the information", "if you are not",
                            "if you have received this")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end before the line break."""
    if "\r" not in text:  # LF only: the lengths of the split lines give the offsets (in C)
        lengths = list(map(len, text.split("\n")))
        starts = list(accumulate(map((1).__add__, lengths), initial=0))
        return list(zip(starts, map(add, starts, lengths)))
    out = []
    pos, n = 0, len(text)
    nl, cr = text.find("\n"), text.find("\r")  # the next of each break at or after pos (-1: none left)
    while True:
        if 0 <= nl < pos:
            nl = text.find("\n", pos)
        if 0 <= cr < pos:
            cr = text.find("\r", pos)
        j = nl if cr < 0 else cr if nl < 0 else min(nl, cr)
        if j < 0:
            out.append((pos, n))
            return out
        out.append((pos, j))
        pos = j + 2 if text.startswith("\r\n", j) else j + 1


def find_quote_start(text: str, lines: list[tuple[int, int]] | None = None) -> int | None:
    """Where a quoted reply or forwarded message begins (attribution line included), or ``None``."""
    if ":" not in text and ("-" not in text or "--" not in text) and ("_" not in text or _RULE_LINE not in text):
        # every quote start holds one of these: an attribution ends "wrote:" (on its line or the next), a
        # header line is "From:" and a separator is "--...--", "Begin forwarded message:" or 20 "_" (a
        # thank-you note without a colon, most of them, is not walked line by line: 3 regexes a line; each
        # longer substring waits for its first character, whose test stops at the first one)
        return None
    lines = lines if lines is not None else _lines(text)
    best: int | None = None
    # only a line that starts like one of the patterns below can begin the quote: in a long text those lines
    # are found by one search, then each is checked as before (in order: the first one found wins)
    candidates: range | list[int] = range(len(lines))
    if len(lines) > _FEW_LINES:
        starts: list[int] | None = None  # (listed at the first cue: 250,000 "Hi." lines have none)
        candidates = []
        for m in (_QUOTE_CUE if "\r" in text else _QUOTE_CUE_LF).finditer(text):
            if starts is None:
                starts = [s for s, _ in lines]
            i = bisect_left(starts, m.start())
            if i < len(starts) and starts[i] == m.start():
                candidates.append(i)
    for i in candidates:
        s, e = lines[i]
        line = text[s:e]
        if not line.strip():
            continue
        if _ATTRIBUTION_START.match(line):
            if _ATTRIBUTION_END.search(line):
                best = s
                break
            if i + 1 < len(lines):  # wrapped over two lines
                ns, ne = lines[i + 1]
                if _ATTRIBUTION_END.search(text[ns:ne]) and len(text[s:ne]) < 300:
                    best = s
                    break
        if _ORIGINAL.match(line):
            best = s
            break
        if _HEADER_FROM.match(line):
            following = [text[a:b] for a, b in lines[i + 1:i + 4]]
            if sum(1 for f in following if _HEADER_NEXT.match(f)) >= 1:
                best = s
                break
    return best


def quoted_line_ranges(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every line starting with ``>`` (a quoted line)."""
    if ">" not in text:
        return []
    return [(s, e) for s, e in lines if text[s:e].lstrip(" \t").startswith(">")]


def find_signature_start(text: str) -> int | None:
    """The ``-- `` signature delimiter, or ``None``."""
    if "--" not in text:
        return None
    m = _SIG_DASHES.search(text)
    return m.start() if m else None


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """"Sent from my iPhone" lines and legal disclaimers (to the end of their paragraph)."""
    # Speed: each pattern runs only when the case-folded text holds one of the phrases it needs
    # (casefold, not lower: it also folds the characters re.IGNORECASE equates, like "ſ" and "s"; "İ",
    # which casefold turns into two characters, turns the precheck off).
    folded = text.casefold() if "\u0130" not in text else None
    ranges = [(m.start(), m.end()) for m in _MOBILE.finditer(text)] if folded is None or any(
        n in folded for n in _MOBILE_NEEDS) else []
    for m in _DISCLAIMER.finditer(text) if folded is None or any(n in folded for n in _DISCLAIMER_NEEDS) else ():
        end = text.find("\n\n", m.start())
        end2 = text.find("\r\n\r\n", m.start())
        ends = [x for x in (end, end2) if x >= 0]
        ranges.append((m.start(), min(ends) if ends else len(text)))
    return ranges


#: a Markdown code fence: three or more backticks or tildes opening a line, however far indented (a fence
#: under a numbered step of a README's list, "2. In the body write" then "    ```", fences that step's code)
_FENCE: Final = LazyPattern(r"^[ \t]*(`{3,}|~{3,})[^\n]*$", re.MULTILINE)


def code_block_ranges(text: str) -> list[tuple[int, int]]:
    """Markdown fenced code blocks, fences included: a program's text or output ("timeit df[...]", "6.08 ms
    ± 57.5 µs per loop (mean ± std. dev. of 7 runs)"), not the candidate's prose. A fence left open
    closes nothing: its text stays prose."""
    if "```" not in text and "~~~" not in text:
        return []
    ranges: list[tuple[int, int]] = []
    opened: re.Match[str] | None = None
    for m in _FENCE.finditer(text):
        if opened is None:
            opened = m
        elif m.group(1)[0] == opened.group(1)[0] and len(m.group(1)) >= len(opened.group(1)):
            ranges.append((opened.start(), m.end()))
            opened = None
    return ranges


@dataclass(frozen=True, slots=True)
class Greeting:
    """The greeting line: ``start``/``end`` cover the greeting words ("Hi Dana"), ``punct`` what follows."""

    start: int
    end: int
    line_start: int
    line_end: int
    salutation: str            # "Hi", "Dear", or "" for a bare "Dana,"
    names: tuple[tuple[int, int, str], ...]  # the words after the salutation, titles and "and" excluded
    titles: tuple[str, ...]
    punct: str                 # "," ":" "!" or "" when missing
    punct_at: int              # offset of the punctuation (or where it belongs)
    generic: bool              # "Hi there", "Dear Hiring Manager", "To whom it may concern"
    #: where the message starts: the next line, or the text after the greeting on the same line
    #: ("Hey Tom, thanks for today!": at "thanks")
    message_start: int = -1
    #: a code host's greeting made only of @handles before the message ("@ana @raj Here is my
    #: submission"): each handle's span and text, without its "@"
    handles: tuple[tuple[int, int, str], ...] = ()
    #: the greeting greets a programme, a team or a group by its name, its capitalised words joined by
    #: lower-case ones ("Hello Hours with Experts!", "Dear Friends of the Earth,"): nobody's personal name
    group_name: bool = False


_NAME_WORD: Final = LazyPattern(
    r"\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,60}\]|<[A-Z][^<>\n]{0,60}>|_{3,}|\([^()\n]{1,40}\)"
    r"|[^\W\d_](?:[\w\u0300-\u036f'’.-]{0,40}[^\W_]|[\u0300-\u036f])?[\u0300-\u036f]?\.?"
)


#: a title abbreviated with a slash inside ("W/ro", "Lt/Col"; data/addressing.toml ``slash_titles``), its
#: full stop kept
_SLASH_TITLE: Final = LazyPattern(r"([^\W\d_]{1,5}/[^\W\d_]{1,5})\.?(?![\w'’/-])")
#: the digits that look like a capital letter (0 O, 1 I, 3 E, 4 A, 5 S, 6 G, 7 T, 8 B)
_LETTER_DIGITS: Final = "01345678"
#: a name whose capital was typed as the digit that looks like it ("Mrs. 0che", "Hi 5arah"): the digit, then
#: three letters or more in lower case (not an ordinal or a time: "1st", "3rd", "8am" have two)
_DIGIT_FOR_LETTER: Final = LazyPattern(r"[01345678](?=[^\W\d_A-Z]{3})[^\W\d_A-Z]{3,30}(?![\w'’-])")

#: a postscript line: "P.S. ...", "PS:", "P.P.S."
_POSTSCRIPT: Final = LazyPattern(r"[ \t]*P\.?[ \t]?(?:P\.?[ \t]?)?S\b\.?(?:[ \t:\-–—]|$)", re.IGNORECASE)
#: a line of a letter's blocks that is surely not prose: a number (a date, a street, a post code), an
#: address, a reference line ("Re: Data Analyst interview"), or a template's slot alone on its line
#: ("{Interviewer's Name}", "[Company Address]")
_BLOCK_LINE: Final = LazyPattern(r"\d|@|^(?:\{[^{}\n]*\}|\[[^\[\]\n]*\]|<[^<>\n]*>)$")
#: a letter's reference line: "Re: Data Analyst interview", "Sub: Thank you for the interview for the post of
#: ..." (data/addressing.toml reference_heads); a block of the letter however long, never its first sentence
_REFERENCE_LINE: Final = LazyPattern(
    r"(?:" + "|".join(sorted(map(re.escape, _VOCAB.reference_heads), key=len, reverse=True)) + r")\.?[ \t]*:",
    re.IGNORECASE)
#: the most words a reference line may have (a longer line is a paragraph that starts with "Re:")
_REFERENCE_MAX_WORDS: Final = 30
#: a sentence inside a line: a lower-case word, a full stop, "?" or "!", then more words; not the full stop of
#: a capitalised abbreviation in an address or company block ("Mrs. Adeyemi", "Sahyadri Agro Foods Pvt. Ltd.",
#: "Apt. 4B", "St. Louis")
_SENTENCE_INSIDE: Final = LazyPattern(r"(?<![^\W\d_])[a-z]{2,}[.?!][ \t]+[A-Za-z]")
#: an aside in brackets on a line of a letter's blocks: a template's instruction ("Your Street Address (use
#: the same heading style as your resume)"); it is not the sentence that starts the note
_BRACKET_ASIDE: Final = LazyPattern(r"[ \t]*(?:\([^()\n]*\)|\[[^\[\]\n]*\])")


def find_postscript(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]], *,
                    tail: list[tuple[int, int]] | None = None) -> int | None:
    """Where a P.S. after the closing starts (its line), or ``None``: one of the last eight non-blank lines,
    after at least two lines of the note. ``tail``: those lines (:func:`last_eight`), when the caller has them."""
    candidates = tail if tail is not None else last_eight(text, own_start, own_end, lines)
    for s, e in candidates[2:]:
        if _POSTSCRIPT.match(text, s, e):
            return s
    return None


def find_letter_salutation(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]]) -> int | None:
    """A formal letter's salutation ("Dear Ms. Alvarez:") below sender address, date and recipient address
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
        if seen and _SALUTATION.match(line) and len(line.split()) <= 8 and _alone_salutation(
                text, s, e, own_end) and (strong or seen >= 2):
            return s
        if seen == 0 and _SALUTATION.match(line):
            return None  # the first line greets: no letter head
        # (every match holds "Dear" or "DEAR": looked for first, in C; the pattern's lookbehind is tried at
        # every position of a long line)
        glued = _GLUED_SALUTATION.search(text, s, e) if "Dear" in line or "DEAR" in line else None
        if glued is not None and _alone_salutation(text, glued.start(), e, own_end):
            prefix = text[s:glued.start()].strip()
            head = _BLOCK_LINE.search(prefix) or _REFERENCE_LINE.match(prefix) or seen >= 2 or strong
            if head and not _SENTENCE_INSIDE.search(prefix) and (
                    len(prefix.split()) <= 10 and not prefix.endswith(("?", "!"))):
                return glued.start()
        if e >= own_end:
            return None  # (the last line of the text: no salutation can follow it; 1 MB on one line not read)
        line = _BRACKET_ASIDE.sub("", line).strip() or line
        words = line.split()
        if _control_prompt(line):
            strong = True  # "Click or tap here to enter a date.": a form control's prompt, the date's slot
            seen += 1
            continue
        if _REFERENCE_LINE.match(line) and len(words) <= _REFERENCE_MAX_WORDS:
            strong = True  # "Sub: Thank you for the interview for the post of Export Executive"
            seen += 1
            continue
        # an address on one line ("Plot No. 45, MIDC Industrial Area, Hadapsar, Pune 411028"): commas and a
        # number, however many words
        address = line.count(",") >= 2 and _BLOCK_LINE.search(line) is not None and len(words) <= 20
        if (len(words) > 10 and not address) or _SENTENCE_INSIDE.search(line) or line.endswith(("?", "!")) or (
                line.endswith(".") and len(words) > 6 and not address and not _name_block(words)):
            return None  # a sentence: the note has started ("Thank you!" above "Dear Dana,")
        strong = strong or _BLOCK_LINE.search(line) is not None
        seen += 1
    return None


def _control_prompt(line: str) -> bool:
    """Is a line of a letter's head a word processor's form-control prompt alone ("Click or tap here to enter a
    date.", thirty-fifth ai-304)? It stands where the date or an address belongs: a slot of the head (as
    "[Date]" alone on its line is), not the letter's first sentence."""
    from .placeholders import is_control_prompt  # (placeholders reads this module's helpers: imported late)

    return is_control_prompt(line)


#: a company's abbreviation that ends its name: "Ltd.", "Inc.", "Co.", "Corp.", "Bhd.", "S.A."
_NAME_ABBREVIATION: Final = LazyPattern(r"[A-Z][A-Za-z.]{0,4}\.")


def _name_block(words: list[str]) -> bool:
    """Is a line ending in a full stop a company's name ("Noyyal Dyeing and Processing Mills Pvt. Ltd."): its
    last word an abbreviation and at most a third of its words in lower case ("and", "of")? A sentence that
    ends with a company ("It was good to meet the team at Initech Corp.") has more lower-case words."""
    lower = sum(1 for w in words if w[0].islower())
    return _NAME_ABBREVIATION.fullmatch(words[-1]) is not None and 3 * lower <= len(words)


#: a formal salutation after other text on its line ("... VA 23607  Dear Dr. Walker:")
_GLUED_SALUTATION: Final = LazyPattern(r"(?<=[\s.,;:|)])(?:Dear|DEAR)[ \t]+(?=[A-Z])")


def _alone_salutation(text: str, start: int, end: int, own_end: int) -> bool:
    """Does a greeting start at ``start`` and fill the rest of its line (nothing of the message after it)?"""
    g = find_greeting(text, start, own_end, [(start, end)])
    if g is None or not g.salutation or not (g.names or g.titles or g.generic):
        return False
    return g.message_start >= end or text[start:end].rstrip().endswith((",", ":", "!"))


#: a Markdown heading line: "# Backend", "## Submission"
_MARKDOWN_HEADING: Final = LazyPattern(r"[ \t]*#{1,6}[ \t]+\S")
#: Markdown's emphasis opening a line, right before its first word ("**Hi Dana!**", "_Hello Sam,_")
_EMPHASIS_OPEN: Final = LazyPattern(r"(?:\*{1,3}|_{1,3})(?=[^\W\d_])")
#: a line of @mentions alone, or copied to them ("cc @tidewater-hiring", "/cc @ana @raj")
_MENTIONS_LINE: Final = LazyPattern(r"[ \t]*(?:/?cc:?[ \t]+)?(?:@[^\W\d_][\w.\-]{0,38}[ \t,]*)+$", re.IGNORECASE)


def find_greeting(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]], *,
                  title_ranges: Sequence[tuple[int, int]] = ()) -> Greeting | None:
    """The greeting on the first non-blank line of the candidate's text, if it has one. ``title_ranges``: text
    ranges that are headings (an HTML body's ``<h3>Thanks</h3>``): a first line inside one is a title, and
    a greeting on the line below it is the note's."""
    filled = ((s, e) for s, e in lines if s < own_end and e > own_start and text[s:e].strip(" \t\ufeff\u200b"))
    first = next(filled, None)
    if first is None:
        return None
    heading = _MARKDOWN_HEADING.match(text, first[0], first[1])
    if heading is None and any(lo <= first[0] < hi for lo, hi in title_ranges):
        # an HTML heading ("<h3>Thanks</h3>") above "<p>Hi, Greg and Jay</p>": the greeting is the next line
        second = next(filled, None)
        if second is not None and _SALUTATION.match(text[second[0]:second[1]].lstrip(" \t")):
            first = second
    elif heading is not None:
        # a README or pull request's title ("# Backend") above "Hi @akshay!": the greeting is the next line
        second = next(filled, None)
        if second is not None and _SALUTATION.match(text[second[0]:second[1]].lstrip(" \t")):
            first, heading = second, None
    if _MENTIONS_LINE.match(text, first[0], first[1]):
        # GitHub's mentions on a line of their own ("@ana @raj", "cc @hiring") above "Hi Ana,": the greeting
        # is the next line (mentions alone above the message stay the opening)
        second = next(filled, None)
        if second is not None and _SALUTATION.match(text[second[0]:second[1]].lstrip(" \t")):
            first = second
    s, e = first
    line = text[s:e]
    lead = len(line) - len(line.lstrip(" \t\ufeff\u200b"))
    body_start = s + lead
    emphasis = _EMPHASIS_OPEN.match(text, body_start, e)
    if emphasis is not None and _SALUTATION.match(text, emphasis.end(), e):
        body_start = emphasis.end()  # a greeting in Markdown's bold or italics: "**Hi Katarzyna!**"
    if heading is not None and _SALUTATION.match(text, heading.end() - 1, e):
        body_start = heading.end() - 1  # the heading is the greeting ("# Dear Reviewer", the text below it)
    m = (_SALUTATION.match(text, body_start, e) or _run_together_salutation(text, body_start, e)
         or _other_language_salutation(text, body_start, e))
    salutation = ""
    cursor = body_start
    if m is None:
        handles = _LEADING_HANDLES.match(text, body_start, e)
        if handles is not None:  # "@ana @raj Here is my submission": the handles greet the readers
            found = tuple((h.start(1), h.end(1), h.group(1))
                          for h in _ONE_HANDLE.finditer(text, body_start, handles.end()))
            return replace(_finish(text, body_start, handles.end(), s, e, "", [], [], generic=False), handles=found)
    if m:
        salutation = m.group(0)
        cursor = m.end()
        if salutation.lower().startswith("to whom"):
            return _finish(text, body_start, cursor, s, e, salutation, [], [], generic=True)
        vocative = _COMMA_NAMES.match(text, cursor, e)
        if vocative:  # "Hi, Dana!" / "Good morning, Dr. Patel:" (not "Hi, thanks for ...")
            cursor = vocative.start("names")
    # Walk the name words after the salutation up to punctuation or a sentence
    names: list[tuple[int, int, str]] = []
    titles: list[str] = []
    group_name = False
    words_seen = 0
    pos = cursor
    end_words = cursor
    while pos < e:
        ch = text[pos]
        if ch in _SKIPPED_IN_GREETING:  # a name in quotes: 'Dear Dr. “Smith”,'
            pos += 1
            continue
        if ch in ",:!;—–" or (ch == "-" and pos + 1 < e and text[pos + 1] in " \t"):
            # a comma between names: "Hi Ana, Raj and Tom," keeps going when a capitalised word follows
            if ch == "," and names:
                nxt = pos + 1
                while nxt < e and text[nxt] in " \t":
                    nxt += 1
                wm = _NAME_WORD.match(text, nxt, e)
                if wm and wm.group(0)[:1].isupper() and (_after_is_name_list(text, wm.end(), e)
                                                         or wm.group(0).rstrip(".").lower() in TITLES):
                    pos = nxt
                    continue
            break
        if ch == "&" or ch == "/" and titles and not names and (
                (pair_title := _TITLE_AFTER_SLASH.match(text, pos + 1, e)) and pair_title.group("t").lower() in TITLES):
            pos += 1  # "Dear Mr./Ms. Lastname": a template's pair of titles, both before the name
            continue
        if ch == "/" and (titles or names) and _generic_next(text, pos + 1, e):
            pos += 1  # "Dear Sir/Madam", "Hi team/all": one generic address written two ways
            continue
        slashed = _SLASH_TITLE.match(text, pos, e) if ch.isalpha() else None
        if (slashed is not None and slashed.group(1).lower() in _VOCAB.slash_titles
                and _HONORIFIC_NEXT.match(text, slashed.end(), e)):
            titles.append(slashed.group(0))  # "Dear W/ro Meseret", "Lt/Col Mensah": one title, slash and all
            pos = end_words = slashed.end()
            continue
        wm = _NAME_WORD.match(text, pos, e)
        if not wm and salutation and ch in _LETTER_DIGITS:
            wm = _DIGIT_FOR_LETTER.match(text, pos, e)  # "Mrs. 0che": a digit typed for the name's capital
        if not wm:
            break
        word = wm.group(0)
        if word.lower() == "or" and (titles or names) and _generic_next(text, wm.end(), e):
            pos = wm.end()  # "Dear Sir or Madam": both forms of one generic address
            continue
        glued = _GLUED_TITLE.match(word)
        if glued and glued.group(1).lower() in TITLES:
            # a title glued to the name by its full stop ("Mr.Michael", "Dr.Patel"): the title, then the name
            titles.append(glued.group(1) + ".")
            pos = end_words = wm.start() + glued.end()
            continue
        bare = word.rstrip(".").lower()
        if names and (bare.replace("’", "'") in PRONOUN_I_FORMS[1:] or bare == "i" and _LOWER_NEXT.match(text, wm.end(), e)):
            break  # "Hi @PetraAG I just updated ...", "Hi Dana I'm writing": the message starts at "I"
        if bare in ("and", "und", "et", "y", "e"):
            pos = wm.end()
            continue
        pair = _TITLE_PAIR_NEXT.match(text, wm.end(), e) if word[:1].isupper() else None
        if pair is not None and f"{bare} {pair.group(1).lower()}" in _VOCAB.title_pairs:
            titles.append(text[wm.start():pair.end()])  # "Tan Sri Rahman": a title of two words
            pos = end_words = pair.end()
            continue
        if bare in TITLES or (bare in HONORIFICS and word[:1].isupper()
                              and (_HONORIFIC_NEXT.match(text, wm.end(), e)
                                   or (salutation and not names and not titles
                                       and _HONORIFIC_ALONE.match(text, wm.end(), e)))):
            titles.append(word)
            pos = wm.end() + (text[wm.end():wm.end() + 1] in ("'", "’"))  # "Dato' Azlan"
            end_words = pos
            if word.endswith(".") and (opener := _OPENER_NEXT.match(text, pos, e)) is not None and (
                    opener.group(1).lower().replace("’", "'") in _VOCAB.sentence_openers):
                end_words = wm.end() - 1  # the full stop is the greeting's mark, a wrong one
                break  # "Hello professor. My name is ...", "Dear Sir. I am ...": the full stop ended the greeting
            continue
        if (names and bare in AFTER_NAME and names[-1][2][:1].isupper()
                and not text[names[-1][1]:wm.start()].strip(" \t.")):
            # an honorific after the name ("Dear Farzana Apa", "Sharma ji", "Mehmet Bey"): part of the address
            titles.append(word)
            pos = end_words = wm.end()
            continue
        is_slot = word[:1] in "{[<_("
        if is_slot and not salutation and not names:
            return None
        if not salutation and not is_slot and not word[:1].isupper() and text[wm.start() - 1:wm.start()] != "@":
            return None  # (a handle keeps its own case: "Professor Ge @gzhou")
        if bare in PARTICLES and _NEXT_CAPITAL.match(text, wm.end(), e):
            words_seen += 1
            names.append((wm.start(), wm.end(), word))
            pos = wm.end()
            end_words = pos
            continue
        if (salutation and names and not titles and bare in _VOCAB.name_connectors
                and (group_name or _GROUP_NAME_REST.match(text, wm.start(), e))):
            group_name = True  # "Hello Hours with Experts!": the connector joins a group's name
            pos = wm.end()
            continue
        if (salutation and not is_slot and not word[:1].isupper() and not word[:1].isdigit()
                and bare not in GENERIC_ADDRESSEES):
            # lower-case word: the sentence has started ("Hi, thanks for..."), unless all lower-case
            if names and all(n[2][:1].islower() for n in names) and _lowercase_name_list(text, pos, e):
                pass  # "hey sam and jo!"
            elif names and bare in _VOCAB.name_slots and names[-1][2].lower().endswith(("'s", "’s")):
                pass  # "Dear Mr. Interviewer's name": a template's stand-in (the placeholder rule reads it)
            elif titles and not names and _lowercase_titled_name(text, pos, e, titles):
                pass  # "good evening mr akinlade,": typed all in lower case, the title still has its name
            elif names or titles:
                break
            elif bare in ("there", "all", "everyone", "team", "folks"):
                pass
            elif _company_team(text, wm.end(), e) and bare not in _VOCAB.not_names and bare not in _VOCAB.discourse:
                group_name = True  # "Hi join.com team.", "hello acme folks": a company's team, in lower case
            elif not _lowercase_name_list(text, pos, e):
                break
        words_seen += 1
        if words_seen > 6:
            return None if not salutation else _finish(text, body_start, end_words, s, e, salutation, names, titles)
        suffix = _NAME_SUFFIX.search(word)
        if suffix and suffix.start() > 1:  # "Tanaka-san", "Rajesh-ji": the name without its honorific
            names.append((wm.start(), wm.start() + suffix.start(), word[:suffix.start()]))
        else:
            names.append((wm.start(), wm.end() - (1 if word.endswith(".") and bare not in TITLES else 0),
                          word.rstrip(".")))
        pos = wm.end()
        end_words = wm.end() if suffix and suffix.start() > 1 else names[-1][1]
        if (salutation and word.endswith(".") and len(bare) > 1 and "." not in bare and bare not in TITLES
                and bare not in HONORIFICS and bare not in _VOCAB.postnominals
                and not _NAMES_AFTER_ABBREVIATION.match(text, wm.end(), e)):
            break  # "Hey guys. Anyone ...", "Hi Dana. Thanks ...": the full stop ends the greeting
    if not salutation:
        # a bare "Dana," line: one to three capitalised words and a comma or colon, nothing else
        rest = text[end_words:e].strip()
        # ... or a title and a name alone on the first line, the text below it, the mark forgotten ("Professor Ge
        # @GeZhouyang", "Dr. Amara Obi"): an address, which wants its comma
        titled_line = bool(titles) and not rest and text[e:own_end].strip() != ""
        if not names or len(names) > 3 or (rest not in (",", ":", "!") and not titled_line):
            return None
    greeting = _finish(text, body_start, end_words, s, e, salutation, names, titles)
    return replace(greeting, group_name=True) if group_name else greeting


#: a generic address or a title next ("Sir or Madam", "Sir/Madam", "team/all")
_GENERIC_NEXT: Final = LazyPattern(r"[ \t]*([^\W\d_][\w'’]{0,20})(?![\w'’-])")
#: a group's word, then the end of the greeting: "team." / "team," / "crew" at the end of the line
_GROUP_END: Final = LazyPattern(r"[ \t]+([^\W\d_]{2,20})[ \t]*(?:[.,:!]|$)", re.MULTILINE)


#: capitalised words and the greeting's mark after a full stop: the full stop was an abbreviation's
#: ("Dear Sis. Abena,", "Hi Engr. Bello:")
_NAMES_AFTER_ABBREVIATION: Final = LazyPattern(r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]*[,:!]")


def _generic_next(text: str, pos: int, end: int) -> bool:
    m = _GENERIC_NEXT.match(text, pos, end)
    return m is not None and (m.group(1).lower() in GENERIC_ADDRESSEES or m.group(1).lower() in TITLES)


def _company_team(text: str, pos: int, end: int) -> bool:
    """After a lower-case word: a group's word ends the greeting ("join.com team.", "acme folks,")."""
    m = _GROUP_END.match(text, pos, end)
    return m is not None and (m.group(1).lower() in _VOCAB.group_or_role or m.group(1).lower() in _VOCAB.plural)


#: a title right after the slash of a template's pair ("Mr./Ms.", "Mr/Mrs", "Mr. / Ms.")
_TITLE_AFTER_SLASH: Final = LazyPattern(r"[ \t]*(?P<t>[^\W\d_]{2,4})\.?(?![\w'’-])")


#: the word after a title's full stop ("My" in "Hello professor. My name is")
_OPENER_NEXT: Final = LazyPattern(r"[ \t]+([^\W\d_][\w'’]*)")
#: "I" and its contractions: after a name in the greeting, the first word of the message
PRONOUN_I_FORMS: Final = ("i", "i'm", "i'd", "i've", "i'll")
_LOWER_NEXT: Final = LazyPattern(r"[ \t]+[a-z]")
#: one @handle of a code host ("@PetraAG", "@dag.larsen"), not ending in a mark
_ONE_HANDLE: Final = LazyPattern(r"@([^\W\d_][\w.\-]{0,38}(?<![.\-]))")
#: a line that opens with @handles only, then its mark or the message ("@ana @raj Here is my submission")
_LEADING_HANDLES: Final = LazyPattern(
    r"@[^\W\d_][\w.\-]{0,38}(?<![.\-])(?:[ \t]*,?[ \t]+@[^\W\d_][\w.\-]{0,38}(?<![.\-]))*"
    r"(?=[ \t]*[,:!]|[ \t]+[^\W\d_])")
#: a title and its full stop with a capitalised name right after it, no space: "Mr.Michael", "Ms.Lee"
_GLUED_TITLE: Final = LazyPattern(r"([^\W\d_]{1,6})\.(?=[^\W\d_a-z])")
_FIRST_WORD: Final = LazyPattern(r"[^\W\d_]{4,30}(?![\w])")


def _run_together_salutation(text: str, start: int, end: int) -> re.Match[str] | None:
    """A greeting of two words written as one ("Goodafternoon Sir,", "Goodmorning Dana"): the salutation
    (the spelling rule reports the missing space)."""
    m = _FIRST_WORD.match(text, start, end)
    spaced = run_together(m.group(0)) if m else None
    return m if spaced is not None and _SALUTATION.fullmatch(spaced) else None


#: a salutation's words before a title and a capitalised name, on a greeting line ending in a mark:
#: "Håfa adai Mr. Cruz,", "Mālō e lelei Mrs Taumoepeau,"
_WORDS_BEFORE_TITLE: Final = LazyPattern(
    r"(?:[^\W\d_][^\W\d_'’ʻ]*[ \t]+){1,3}(?=(?P<t>[A-Za-z]{2,9})\.?[ \t]+[^\W\d_a-z][^,:!\n]{0,40}[,:!][ \t]*$)")


def _other_language_salutation(text: str, start: int, end: int) -> re.Match[str] | None:
    """A greeting in a language no salutation list holds, before an English title ("Håfa adai Mr. Cruz,",
    "Mālō e lelei Mrs Taumoepeau,"): capitalised, two letters or more in each counted word, none of them an
    English word ("Yesterday Mr. Cruz," and "Thanks again Dr. Lee," are no greeting of this kind)."""
    if not text[start:start + 1].isupper():
        return None
    m = _WORDS_BEFORE_TITLE.match(text, start, end)
    if m is None or m.group("t").lower() not in TITLES:
        return None
    from ..analysis.language import english_word

    words = [w for w in m.group(0).split() if len(w) >= 2]
    if not words or any(english_word(w.lower()) for w in words):
        return None
    return m


_NEXT_CAPITAL: Final = LazyPattern(r"[ \t]+(?:[a-z]{1,5}[ \t]+){0,2}[^\W\d_a-z]")


#: a comma or a colon between the salutation and the names: "Hi, Dana!", "Good morning, Dr. Patel:", and a
#: template's "Dear: (The person from above)" or "Dear: Mr. Smith" (the closing mark belongs after the names)
_COMMA_NAMES: Final = LazyPattern(
    r"[,:][ \t]*(?P<names>(?:[A-Z][\w'’.-]{0,40}|\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,40}\}|\[[^\[\]\n]{1,60}\]|\([^()\n]{1,40}\))"
    r"(?:[ \t]+(?:(?:and|&|van|von|der|den|de|del|la|le|da|di|du|dos|bin|al|el)[ \t]+)*"
    r"(?:[A-Z][\w'’.-]{0,40}|\{\{[^{}\n]{1,60}\}\}|\[[^\[\]\n]{1,60}\])){0,4}"
    # then the group beside the person, perhaps of a company: "Hi, Jeremy and team at Quaver Music."
    r"(?:[ \t]+(?:and|&)[ \t]+(?:the[ \t]+|all[ \t]+)?(?:" + "|".join(
        re.escape(w) for w in sorted(_VOCAB.plural, key=len, reverse=True)) + r")\b"
    r"(?:[ \t]+(?:at|of|from|in)[ \t]+[A-Z][\w'’&.-]{0,40}(?:[ \t]+[A-Z][\w'’&.-]{0,40}){0,3})?)?)"
    r"[ \t]*(?:[,:!;—–-]|\.?$)",
    re.MULTILINE,
)


_LOWER_NAMES: Final = LazyPattern(
    r"[^\W\d_][\w'’-]{0,30}(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[^\W\d_][\w'’-]{0,30}){0,2}[ \t]*[,:!]"
)


#: a lower-case greeting with nothing after it on its line, typed on a phone: "hi priya", "hello anil kumar"
_LOWER_NAMES_BARE: Final = LazyPattern(r"[^\W\d_][\w'’-]{0,30}(?:[ \t]+[^\W\d_][\w'’-]{0,30})?[ \t]*$", re.MULTILINE)


def _lowercase_name_list(text: str, pos: int, end: int) -> bool:
    """An all lower-case greeting ("hi dana," / "hey sam and jo!"): one to three words, then , : or !; or
    one or two words that end the line ("hi priya"), none of them a word that is never a name ("hi thanks")."""
    if _LOWER_NAMES.match(text, pos, end) is not None:
        return True
    bare = _LOWER_NAMES_BARE.match(text, pos, end)
    return bare is not None and not any(w.lower() in _VOCAB.not_names or w.lower() in _VOCAB.discourse
                                        for w in bare.group(0).split())


def _lowercase_titled_name(text: str, pos: int, end: int, titles: list[str]) -> bool:
    """After a title typed in lower case ("good evening mr akinlade,", "hi dr okafor"): its name, one or two
    words in lower case, then , : ! or the end of the line; not a generic address ("dear sir thanks a lot,")
    and none of the words one that is never a name or opens a sentence ("hello mr, i am ...")."""
    if any(not t[:1].islower() or t.rstrip(".").lower() in _VOCAB.generic_addressees for t in titles):
        return False
    m = _LOWER_TITLED_NAME.match(text, pos, end)
    return m is not None and not any(w in _VOCAB.not_names or w in _VOCAB.discourse or w in _VOCAB.sentence_openers
                                     for w in m.group(1).lower().replace("’", "'").split())


#: the name after a lower-case title: one or two words, then the greeting's mark or the end of its line
_LOWER_TITLED_NAME: Final = LazyPattern(r"([^\W\d_][\w'’-]{0,30}(?:[ \t]+[^\W\d_][\w'’-]{0,30})?)[ \t]*(?:[,:!]|$)",
                                        re.MULTILINE)


def _after_is_name_list(text: str, pos: int, end: int) -> bool:
    """After "Hi Ana, Raj": more names or the end of the greeting (not "Hi Ana, Thanks for ..."); an honorific
    written after the name may come first ("Dear Sabina ma'am, Bikash sir and Rojina ma'am,")."""
    rest = text[pos:end].lstrip()
    after = _AFTER_NAME_WORD.match(rest)
    if after is not None and after.group(1).lower().replace("’", "'") in AFTER_NAME:
        rest = rest[after.end():].lstrip()
    return rest[:1] in (",", ":", "!", "&", "") or rest.lower().startswith(("and ", "& "))


#: the word right after a name in a greeting, which may be an honorific written after it ("Ravi ji", "Anna san")
_AFTER_NAME_WORD: Final = LazyPattern(r"([^\W\d_][\w'’]*)")
#: skipped between the words of a greeting: spaces and the quotes some pages put round a name
_SPACE_OR_QUOTE: Final = " \t\"“”«»@"  # "@" of a chat mention: "Hi @Tom,"
#: those and Markdown's emphasis round a name ("Hi **Tom**,"), skipped between the words and before the mark
_SKIPPED_IN_GREETING: Final = _SPACE_OR_QUOTE + "*"


def _finish(text: str, start: int, end: int, line_start: int, line_end: int, salutation: str,
            names: list[tuple[int, int, str]], titles: list[str], generic: bool | None = None) -> Greeting:
    end = max(end, start + len(salutation))
    while end > start and text[end - 1] in " \t":
        end -= 1
    p = end
    while p < line_end and text[p] in _SKIPPED_IN_GREETING:
        p += 1
    punct = text[p] if p < line_end and text[p] in ",:!;—–-" else ""
    if generic is None:
        words = {n[2].lower().strip("'’") for n in names}
        generic = not names or words <= GENERIC_ADDRESSEES or (not titles and words <= BARE_GENERIC)
    rest = p + 1 if punct else end
    while rest < line_end and text[rest] in " \t":
        rest += 1
    return Greeting(start, end, line_start, line_end, salutation, tuple(names), tuple(titles), punct,
                    p if punct else end, generic, rest if rest < line_end else line_end)


@dataclass(frozen=True, slots=True)
class Signoff:
    """The closing ("Best regards,"): ``start``/``end`` cover the words, ``punct`` what follows them."""

    start: int
    end: int
    line_start: int
    line_end: int
    phrase: str
    punct: str
    punct_at: int
    name_start: int | None      # where the signature name begins (the line after), if any


def _last_lines(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]],
                count: int) -> list[tuple[int, int]]:
    """The last ``count`` (or fewer) non-blank lines starting in ``[own_start, own_end)``, in order."""
    out: list[tuple[int, int]] = []
    for s, e in reversed(lines):
        if s < own_start:
            break  # lines are in order: every earlier line starts before own_start too
        if s < own_end and text[s:e].strip():
            out.append((s, e))
            if len(out) == count:
                break
    out.reverse()
    return out


def last_eight(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last eight (or fewer) non-blank lines starting in ``[own_start, own_end)``: every line the closing,
    a P.S. or a bare name can be on. The document walks back to them once and hands them to each finder."""
    return _last_lines(text, own_start, own_end, lines, 8)


def find_signoff(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]], *,
                 tail: list[tuple[int, int]] | None = None) -> Signoff | None:
    """The last line of the candidate's text that is a closing phrase, followed only by a short signature.
    ``tail``: the last eight non-blank lines (:func:`last_eight`), when the caller has them."""
    # only the last eight non-blank lines can hold the closing or follow it: walk back to them
    candidates = tail if tail is not None else last_eight(text, own_start, own_end, lines)
    # only the last few non-blank lines can hold the closing
    for idx in range(len(candidates) - 1, max(-1, len(candidates) - 9), -1):
        s, e = candidates[idx]
        line = text[s:e]
        core = line.strip(" \t")
        if not core or len(core) > _SIGNOFF_MAX:  # a closing is short: no regex on long lines
            continue
        ls = s + len(line) - len(line.lstrip(" \t"))
        m = _SIGNOFF_LINE.match(text, ls, ls + len(core))
        if not m:
            continue
        words = m.group("words")
        key = " ".join(words.lower().replace("’", "'").split())
        if key not in _SIGNOFF_SET:
            continue
        trailing = candidates[idx + 1:]
        if len(trailing) > 6 or any(len(text[a:b].split()) > 8 for a, b in trailing):
            continue
        ws = m.start("words")
        we = m.end("words")
        punct = m.group("punct")
        return Signoff(ws, we, s, e, words, punct, m.start("punct") if punct else we,
                       trailing[0][0] if trailing else None)
    return None


#: a closing glued to the end of the last line: "... with your evaluation. Best, Alex" / "... today. Sincerely,"
_INLINE_SIGNOFF: Final = LazyPattern(
    r"(?<=[.!?])[\"”’)]?[ \t]+(?P<words>[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}?)(?P<punct>[,!]?)[ \t]*"
    r"(?P<name>[A-Z][\w'’.-]{0,30}(?:[ \t]+[A-Z][\w'’.-]{0,30}){0,2})?[ \t]*$"
)


#: a character no match of ``_INLINE_SIGNOFF`` holds (the "[.!?]" of its lookbehind comes before it)
_OUTSIDE_INLINE_SIGNOFF: Final = LazyPattern(r"[^\w \t,!\"”’)'.-]")
_LONG_LINE: Final = 512  # characters of a last line from which a match is looked for after the last of those


def find_inline_signoff(text: str, own_start: int, own_end: int, lines: list[tuple[int, int]], *,
                        tail: list[tuple[int, int]] | None = None) -> Signoff | None:
    """A sign-off at the end of the last line, after the last sentence ("... evaluation. Best, Alex"): a
    closing phrase with a name after it, or a closing that is not a thanks ("Sincerely,") with none.
    ``tail``: the last eight non-blank lines (:func:`last_eight`), when the caller has them."""
    last = tail[-1:] if tail is not None else _last_lines(text, own_start, own_end, lines, 1)
    if not last:
        return None
    s, e = last[0]
    e = min(e, own_end)
    if e - s > _LONG_LINE:
        # (a match runs to the line's end and holds none of these characters: it starts after the last one.
        # Its blanks are at most seven runs between words (before the closing, between its four words, after
        # its mark, between the name's three words) and one at the end: it starts at most one character (a
        # quote) before the seventh run of whitespace from the end with a word after it. Both are found from
        # the end: 1 MB of one paragraph is not searched.)
        line = text[s:e]
        outside = _OUTSIDE_INLINE_SIGNOFF.search(line[::-1])
        head = line.rsplit(None, 7)
        first = max(e - outside.start() if outside is not None else s,
                    s + len(head[0]) - 1 if len(head) == 8 else s)
        s = max(s, first)
    # (every match ends at the line's end: there is at most one, the first)
    m = _INLINE_SIGNOFF.search(text, s, e)
    if m is None:
        return None
    phrase = " ".join(m.group("words").lower().split())
    if phrase not in _SIGNOFF_SET:
        return None
    name = m.group("name")
    if name is None and ("thank" in phrase or not m.group("punct")):
        return None  # "... Thanks!" ends a sentence; it is not a closing with a signature
    ws, we = m.start("words"), m.end("words")
    punct = m.group("punct")
    return Signoff(ws, we, ws, e, m.group("words"), punct, m.start("punct") if punct else we,
                   m.start("name") if name else None)

"""Tokens and sentences with offsets, computed once per draft."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Final, NamedTuple, Sequence

from .._lazy import LazyPattern

__all__ = ["Token", "tokenize", "split_sentences", "unpunctuated_text", "digitless", "ABBREVIATIONS", "EMOJI_CHAR",
           "has_emoji_char"]


class Token(NamedTuple):
    """A token of the candidate's text. ``kind``: word, number, url, email, handle, code, emoji, punct.

    A named tuple rather than a dataclass: a draft has hundreds of tokens and a tuple is built several
    times faster, which matters on the per-draft path.
    """

    start: int
    end: int
    text: str
    kind: str

    @property
    def norm(self) -> str:
        """The word with curly apostrophes straightened."""
        return self.text.replace("’", "'").replace("‘", "'")


# A word: an abbreviation with inner dots ("e.g.", "U.S.") or letters with combining marks and inner
# apostrophes or hyphens.
_WORD: Final = (r"(?:[^\W\d_](?:\.[^\W\d_]){1,4}\.?(?![^\W\d_])"
                r"|[^\W\d_](?:[^\W\d_]++|[\u0300-\u036f]++|['’-](?=[^\W\d_]))*+)")
# The characters for which ``str.isdigit()`` is true: ``\d`` and the digits that are not decimal
# (superscripts, circled digits...). A word glued to one ("v2", "Q3") is a number-like token.
_DIGIT: Final = (r"[\d\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468"
                 r"\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
                 r"\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]")

# The end of a bare domain ("acme.io"): a known top-level domain.
_TLD: Final = r"\.(?:com|org|net|io|dev|ai|co|uk|de|edu|gov|app|example)\b"

# One alternation, each branch linear. Order matters: URLs and addresses before words. The kind of a
# match is its group's name mapped through ``_KINDS``; then a word glued to a digit becomes a number.
_TOKEN: Final = re.compile(
    r"(?P<code>`[^`\n]{1,200}`)"
    r"|(?P<link>(?<=\]\()[^\s()<>\"'`]{1,2000}(?=\)))"  # a Markdown link's target: "[my repo](docs/setup.md)"
    # (an address whose host is a braced choice the reader fills: "http://{[your_domain] or [your_ip]}:8000")
    r"|(?P<url>(?:[A-Za-z][A-Za-z0-9+.-]{0,20}://(?:\{[^{}\n]{1,80}\}(?=[:/]))?|www\.|mailto:)"
    r"[^\s<>\"'`]{1,2000}[^\s<>\"'`.,;:!?)\]])"
    r"|(?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})"
    r"|(?P<handle>(?<![\w@])@[A-Za-z0-9_]{1,40})"
    r"|(?P<domain>\b[a-z0-9-]{1,63}+(?:\.[a-z0-9-]{1,63}+){0,4}" + _TLD + r"(?:/[^\s]{0,200})?)"
    r"|(?P<word>" + _WORD + r")"
    r"|(?P<number>\d[\w.,:/'’%-]*)"
    r"|(?P<emoji>[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\U0001F3FB-\U0001F3FF]+)"
    r"|(?P<under>_{1,200})"
    r"|(?P<punct>[^\w\s])",
)
_COMBINING: Final = re.compile(r"[\u0300-\u036f]")

# Speed: a branch that cannot match anywhere in the text is left out of the alternation (the result is
# the same: the regex would try it at every token and fail). Each entry is a necessary condition.
_DOMAIN_HINT: Final = re.compile(_TLD)  # ("Hi.Bob." has dots before letters but no domain)
_PREFILTERS: Final = {
    "code": lambda t: "`" in t,
    "link": lambda t: "](" in t,
    "url": lambda t: "://" in t or "www." in t or "mailto:" in t,
    "email": lambda t: "@" in t,
    "handle": lambda t: "@" in t,
    "domain": lambda t: _DOMAIN_HINT.search(t) is not None,
}


def _top_level_branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (escapes, classes and groups respected)."""
    out: list[str] = []
    depth = 0
    in_class = False
    i = cur = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[cur:i])
            cur = i + 1
        i += 1
    out.append(pattern[cur:])
    return out


_BRANCHES: Final = _top_level_branches(_TOKEN.pattern)
_VARIANTS: dict[frozenset[str], re.Pattern[str]] = {}


_BY_HINTS: dict[tuple[bool, ...], re.Pattern[str]] = {}


def _pattern_for(text: str) -> re.Pattern[str]:
    """``_TOKEN`` without the branches that cannot match in ``text`` (compiled once per combination)."""
    # fast path: the prefilters of _PREFILTERS spelled out ("@" serves email and handle), each substring
    # test after one of its characters (a multi-character `in` walks the whole text, ~0.5 us a draft; a
    # character's is a memchr that stops at the first one): the same answers, 4.9 -> 2.5 us a draft
    hints = ("`" in text, "]" in text and "](" in text,
             ":" in text and ("://" in text or "mailto:" in text) or "w" in text and "www." in text, "@" in text,
             "." in text and _DOMAIN_HINT.search(text) is not None)
    pattern = _BY_HINTS.get(hints)
    if pattern is None:
        pattern = _BY_HINTS[hints] = _pattern_by_prefilters(text)
    return pattern


def _pattern_by_prefilters(text: str) -> re.Pattern[str]:
    dropped = frozenset(name for name, possible in _PREFILTERS.items() if not possible(text))
    pattern = _VARIANTS.get(dropped)
    if pattern is None:
        keep = [b for b in _BRANCHES if not any(b.startswith(f"(?P<{name}>") for name in dropped)]
        pattern = _VARIANTS[dropped] = re.compile(_SKIP_SPACE + "(?:" + "|".join(keep) + ")", _TOKEN.flags)
    return pattern


# Speed: every branch starts with a character that is not whitespace, so one look at the character
# rejects a whitespace position before the branches are tried in turn (the matches are the same).
_SKIP_SPACE: Final = r"(?=\S)"


_KINDS: Final = {"code": "code", "link": "url", "url": "url", "email": "email", "handle": "handle", "domain": "url",
                 "word": "word", "number": "number", "emoji": "emoji", "under": "punct", "punct": "punct"}
# A digit next to a character a word can end with (a letter, a combining mark, the dot of "e.g.") or
# before a letter a word can start with: the only places where a word token can touch a digit.
_GLUE: Final = LazyPattern(_DIGIT + r"(?:(?<=(?:[^\W\d_]|[.\u0300-\u036f])" + _DIGIT + r")|(?=[^\W\d_]))")
# ``_GLUE`` for an ASCII text, where ``_DIGIT`` is "[0-9]", a letter "[A-Za-z]" and no combining mark
# occurs: the same matches, found with a small class (the big one cost ~10 us per draft with digits)
_GLUE_ASCII: Final = re.compile(r"[0-9](?:(?<=[A-Za-z.][0-9])|(?=[A-Za-z]))")
_START: Final = itemgetter(0)
_END: Final = itemgetter(1)
_PLAIN: Final = _pattern_for("")  # no code, URL, address, handle or domain possible


# The usual text has no code, URL, address, handle or domain: then only the branches word, number,
# emoji, under and punct are left, each of which matches wherever its first character class does (and
# consumes at least that character). The branch that matches is then the first whose class holds the
# token's first character, so ``re.split`` with one group around the alternation gives the same tokens
# (texts, and offsets by adding up the lengths) and each kind is looked up by its first character: all
# of it runs in C, with no match object per token.
_PLAIN_BRANCHES: Final = ("word", "number", "emoji", "under", "punct")
_PLAIN_SPLIT: Final = LazyPattern(
    _SKIP_SPACE + "((?:" + "|".join(re.sub(r"^\(\?P<\w+>", "(?:", b) for b in _BRANCHES
                                     if b[4:b.index(">")] in _PLAIN_BRANCHES) + "))")
# ``_PLAIN_SPLIT`` for an ASCII text, spelled with ASCII classes (a letter "[A-Za-z]", a digit "[0-9]", a
# word character "[A-Za-z0-9_]"; no curly apostrophe, combining mark or emoji can occur): the same tokens,
# a third faster (the classes are bitmaps, not Unicode category look-ups)
_ASCII_LETTER: Final = "[A-Za-z]"
_PLAIN_SPLIT_ASCII: Final = re.compile(
    _SKIP_SPACE + "((?:{L}(?:\\.{L}){{1,4}}\\.?(?!{L})|{L}(?:{L}++|['-](?={L}))*+)"
                  "|[0-9][A-Za-z0-9_.,:/'%-]*|_{{1,200}}|[^A-Za-z0-9_\\s])".format(L=_ASCII_LETTER))
#: a character an emoji token can start with (no such character in a text: no emoji token in it)
EMOJI_CHAR: Final = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\U0001F3FB-\U0001F3FF]")
# the first-character class of each of those branches, in the alternation's order
_FIRST_CLASSES: Final = (
    ("word", re.compile(r"[^\W\d_]")),
    ("number", re.compile(r"\d")),
    ("emoji", EMOJI_CHAR),
    ("under", re.compile(r"_")),
    ("punct", re.compile(r"[^\w\s]")),
)


class _KindOfFirst(dict):  # type: ignore[type-arg]
    """The token kind for a first character (worked out once per character, then a dict lookup)."""

    def __missing__(self, ch: str) -> str:
        for name, first in _FIRST_CLASSES:
            if first.match(ch):
                kind = self[ch] = _KINDS[name]
                return kind
        raise ValueError(f"no token starts with {ch!r}")  # not reached: the split only yields tokens


_KIND_OF_FIRST: Final = _KindOfFirst()
_FIRST_CHAR: Final = itemgetter(0)


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` (masked regions are spaces and produce nothing)."""
    return tokenize_with_columns(text)[0]


def tokenize_with_columns(text: str) -> tuple[list[Token], tuple[list[int], list[str], list[str]] | None]:
    """``tokenize(text)`` and, when they came out of the tokenizing at no cost (the usual text: no code,
    URL, address, handle or domain, no word glued to a digit), the tokens' starts, texts and kinds as
    columns; else ``None`` for them."""
    new = tuple.__new__
    pattern = _pattern_for(text)
    columns = None
    if pattern is _PLAIN:
        ascii_ = text.isascii()
        parts = (_PLAIN_SPLIT_ASCII if ascii_ else _PLAIN_SPLIT).split(text)  # [gap, token, gap, ..., gap]
        ends = list(accumulate(map(len, parts)))
        texts = parts[1::2]
        starts = ends[::2]
        kinds = list(map(_KIND_OF_FIRST.__getitem__, map(_FIRST_CHAR, texts)))
        out = list(map(new, repeat(Token), zip(starts, ends[1::2], texts, kinds)))
        del starts[len(texts):]  # (the last gap's end is no token's start)
        columns = (starts, texts, kinds)
    else:
        kinds_of = _KINDS
        out = [new(Token, (m.start(), m.end(), m[0], kinds_of[m.lastgroup]))  # type: ignore[index]
               for m in pattern.finditer(text)]
        ascii_ = text.isascii()
    # a word with digits glued on ("v2", "Q3") is treated as a number-like token (an ASCII text without
    # ASCII digits has no digit at all: skip the scan)
    changed = False
    if not (ascii_ and digitless(text)):
        changed = _glue_numbers(text, ascii_, out)
    if columns is None or changed:
        return out, None
    return out, columns


def _glue_numbers(text: str, ascii_: bool, out: list[Token]) -> bool:
    """Each word in ``out`` glued to a digit made a number-like token, in place; was any?"""
    new = tuple.__new__
    changed = False
    for m in (_GLUE_ASCII if ascii_ else _GLUE).finditer(text):
        p = m.start()
        i = bisect_left(out, p, key=_END)  # a word ending at the digit
        if i < len(out) and out[i][1] == p and out[i][3] == "word":
            out[i] = new(Token, (out[i][0], p, out[i][2], "number"))
            changed = True
        i = bisect_left(out, p + 1, key=_START)  # a word starting after it
        if i < len(out) and out[i][0] == p + 1 and out[i][3] == "word":
            out[i] = new(Token, (p + 1, out[i][1], out[i][2], "number"))
            changed = True
    return changed


def has_emoji_char(text: str) -> bool:
    """Does ``text`` hold a character an emoji token can start with (:data:`EMOJI_CHAR`)? Every such
    character is outside ASCII: an ASCII text (the usual draft) is answered without the regex's scan."""
    return not text.isascii() and EMOJI_CHAR.search(text) is not None


def digitless(text: str) -> bool:
    """No ASCII digit in ``text`` (for an ASCII text: no digit at all; a few ``in`` scans, in C)."""
    return not any(d in text for d in "0123456789")


ABBREVIATIONS: Final = frozenset(
    """mr mrs ms dr prof st jr sr vs etc e.g i.e a.m p.m u.s u.k inc ltd co corp dept approx no fig mt
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun est pst cst gmt
    ph.d m.sc b.sc mba""".split()
)


# Where a sentence can end: at a ".!?…" token, at a word ending with "." ("e.g." before a capital) or
# at a line break between tokens. Every such place has one of these characters.
_SENTENCE_CUES: Final = re.compile(r"[.!?…\n\r]")
_CUE_CHARS: Final = ".!?…\n\r"
_MANY_TOKENS: Final = 2000  # (below, counting the cues costs more than it saves)
_CLOSERS: Final = ".!?\"')]”’"


def unpunctuated_text(text: str) -> bool:
    """Does ``text`` hold no sentence mark at all (no ``.!?…``)? Then every line break ends a sentence
    (:func:`split_sentences`): a phone note typed without punctuation stops at its line ends."""
    return "." not in text and "!" not in text and "?" not in text and "…" not in text


def split_sentences(text: str, tokens: Sequence[Token], starts: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """Sentence ranges over ``text``: ends at ``.!?`` before a capital or a line break, and at blank lines
    (unless the blank line breaks a sentence: a block ending on a word, the next one going on in lower case).
    In a text with no ``.!?…`` at all (a phone note typed without punctuation) every line break ends one.

    Each line that stands alone (greeting, sign-off, name) is a sentence of its own when followed by a
    line break and the next line starts a new block. ``starts``: the tokens' starts, when already picked out.
    """
    sentences: list[tuple[int, int]] = []
    n_tok = len(tokens)
    if not n_tok:
        return sentences
    append = sentences.append
    find = text.find
    n = len(text)
    last = n_tok - 1
    # Only a token with a cue character in it or in the gap after it can end a sentence: the token
    # starting at or before each cue (any other token goes on with the sentence whatever follows it).
    # (bisect over a list of starts, not with key=: a key call per comparison per cue cost ~0.5 s on 1 MB)
    # When cues are about as many as tokens ("Hi.\n" lines, "!!??"), visiting every token costs less than
    # the bisect per cue (a token without a cue is visited to no effect: it cannot end a sentence).
    if n_tok > _MANY_TOKENS and sum(map(text.count, _CUE_CHARS)) * 2 >= n_tok:
        candidates: Sequence[int] = range(n_tok)
    else:
        if starts is None:
            starts = list(map(_START, tokens))
        candidates = sorted({bisect_right(starts, m.start()) - 1 for m in _SENTENCE_CUES.finditer(text)})
    # A text with no sentence mark at all (a phone note typed without punctuation: "thank you for the
    # interview today\nwas nice to meet you"): each of its lines is a sentence of its own, as its writer
    # meant the line break to be the stop. (A text with one stop anywhere keeps its lines joined: prose
    # wrapped at a width breaks its sentences across lines.)
    unpunctuated = unpunctuated_text(text)
    first = 0  # the index of the token that starts the current sentence
    for i in candidates:
        if i < 0:  # a cue before the first token
            continue
        ts, te, tt, tk = tokens[i]
        nxt = tokens[i + 1] if i < last else None
        if nxt is not None and nxt[0] == te and (tk != "word" or tt[-1] != "."):
            continue  # touching the next token: only a word ending in "." can end there ("A.B.Carl")
        ends = False
        if tk == "punct" and tt in ".!?…":
            if nxt is not None and nxt[3] == "punct" and nxt[2] in _CLOSERS:
                continue
            # (the word just before this "." is prev: a punct token before it would have continued above)
            if tt == "." and nxt is not None and i > 0:
                prev = tokens[i - 1]
                if prev[3] == "word" and prev[2].lower().rstrip(".") in ABBREVIATIONS and "\n" not in text[te:nxt[0]]:
                    continue
            ends = nxt is None or nxt[0] > te
        elif tk == "word" and len(tt) > 2 and tt[-1] == ".":
            ends = nxt is not None and nxt[2][:1].isupper() and tt.lower().rstrip(".") not in ABBREVIATIONS
        elif tk == "number" and len(tt) > 1 and tt[-1] == ".":
            # "in 2024.", "by 9%.", "the 14th." end a sentence, whatever case follows; a number that
            # starts its line ("1. the first point") is a list marker instead
            ends = nxt is None or (nxt[0] > te and nxt[3] == "word" and not _starts_line(text, ts))
        if not ends and nxt is not None:
            b = nxt[0]
            # only a gap with a line break can end the sentence (checked without slicing: most gaps are " ")
            if b > te and (b - te > 1 or text[te] in "\r\n") and (find("\n", te, b) >= 0 or find("\r", te, b) >= 0):
                gap = text[te:b]
                if gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2:
                    ends = not _broken_across_blank_line(text, tokens[0][0], tokens[i], nxt)
                elif unpunctuated or _line_is_short_block(text, te):
                    ends = True
        if ends:
            append((tokens[first][0], te))
            first = i + 1
    if first < n_tok:
        append((tokens[first][0], tokens[last][1]))
    return [s for s in sentences if s[1] <= n]


def _starts_line(text: str, pos: int) -> bool:
    """Only spaces or tabs stand between the last line break (or the start) and ``pos``."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in "\r\n"


def _broken_across_blank_line(text: str, first: int, before: Token, after: Token) -> bool:
    """A sentence broken by a blank line ("I look forward to" / "" / "working with you."): the block
    before the gap ends on a word, with no closing punctuation, and the next one goes on in lower case.
    The text's first line (a greeting, "Hi Dana" / "thanks for today") never continues this way."""
    if before[3] != "word" or after[3] != "word" or not after[2][:1].islower():
        return False
    ts = before[0]
    return text.find("\n", first, ts) >= 0 or text.find("\r", first, ts) >= 0


def _line_is_short_block(text: str, pos: int) -> bool:
    """A line that ends a block on its own: it ends with a greeting or closing mark (",", ":")."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] in ",:;"

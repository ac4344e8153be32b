"""Tokens and sentences with offsets, computed once per draft."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

__all__ = ["Token", "tokenize", "split_sentences", "ABBREVIATIONS"]


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


# One alternation, each branch linear. Order matters: URLs and addresses before words.
_TOKEN: Final = re.compile(
    r"(?P<code>`[^`\n]{1,200}`)"
    r"|(?P<url>(?:https?://|ftp://|www\.)[^\s<>\"'`]{1,2000}[^\s<>\"'`.,;:!?)\]])"
    r"|(?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})"
    r"|(?P<handle>(?<![\w@])@[A-Za-z0-9_]{1,40})"
    r"|(?P<domain>\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|io|dev|ai|co|uk|de|edu|gov|app|example)\b(?:/[^\s]{0,200})?)"
    r"|(?P<word>[^\W\d_](?:\.[^\W\d_]){1,4}\.?(?![^\W\d_])"
    r"|[^\W\d_](?:[^\W\d_]++|[\u0300-\u036f]++|['’-](?=[^\W\d_]))*+)"
    r"|(?P<number>\d[\w.,:/'’%-]*)"
    r"|(?P<emoji>[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\U0001F3FB-\U0001F3FF]+)"
    r"|(?P<under>_{1,200})"
    r"|(?P<punct>[^\w\s])",
)
_COMBINING: Final = re.compile(r"[\u0300-\u036f]")

# Speed: a branch that cannot match anywhere in the text is left out of the alternation (the result is
# the same: the regex would try it at every token and fail). Each entry is a necessary condition.
_DOMAIN_HINT: Final = re.compile(r"\.[A-Za-z]")
_PREFILTERS: Final = {
    "code": lambda t: "`" in t,
    "url": lambda t: "://" in t or "www." in t,
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


def _pattern_for(text: str) -> re.Pattern[str]:
    """``_TOKEN`` without the branches that cannot match in ``text`` (compiled once per combination)."""
    dropped = frozenset(name for name, possible in _PREFILTERS.items() if not possible(text))
    if not dropped:
        return _TOKEN
    pattern = _VARIANTS.get(dropped)
    if pattern is None:
        keep = [b for b in _BRANCHES if not any(b.startswith(f"(?P<{name}>") for name in dropped)]
        pattern = _VARIANTS[dropped] = re.compile("|".join(keep), _TOKEN.flags)
    return pattern


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` (masked regions are spaces and produce nothing)."""
    out: list[Token] = []
    append = out.append
    n = len(text)
    new = tuple.__new__
    for m in _pattern_for(text).finditer(text):
        kind = m.lastgroup or "punct"
        start, end = m.span()
        if kind == "word":
            # a word with digits glued on ("v2", "Q3") is treated as a number-like token
            if (end < n and text[end].isdigit()) or (start > 0 and text[start - 1].isdigit()):
                kind = "number"
        elif kind == "under":
            kind = "punct"
        elif kind == "domain":
            kind = "url"
        append(new(Token, (start, end, m.group(0), kind)))
    return out


ABBREVIATIONS: Final = frozenset(
    """mr mrs ms dr prof st jr sr vs etc e.g i.e a.m p.m u.s u.k inc ltd co corp dept approx no fig mt
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun est pst cst gmt
    ph.d m.sc b.sc mba""".split()
)


def split_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Sentence ranges over ``text``: ends at ``.!?`` before a capital or a line break, and at blank lines.

    Each line that stands alone (greeting, sign-off, name) is a sentence of its own when followed by a
    line break and the next line starts a new block.
    """
    sentences: list[tuple[int, int]] = []
    start: int | None = None
    last_end = 0
    n = len(text)
    prev_word = ""
    for i, tok in enumerate(tokens):
        if start is None:
            start = tok.start
        last_end = tok.end
        ends = False
        if tok.kind == "punct" and tok.text in ".!?…":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.kind == "punct" and nxt.text in ".!?\"')]”’":
                prev_word = ""
                continue
            if tok.text == "." and prev_word.lower().rstrip(".") in ABBREVIATIONS and nxt is not None \
                    and "\n" not in text[tok.end:nxt.start]:
                continue
            ends = nxt is None or nxt.start > tok.end
        elif tok.kind == "word" and tok.text.endswith(".") and len(tok.text) > 2:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            ends = nxt is not None and nxt.text[:1].isupper() and tok.text.lower().rstrip(".") not in ABBREVIATIONS
        if not ends and i + 1 < len(tokens):
            a, b = tok.end, tokens[i + 1].start
            # only a gap with a line break can end the sentence (checked without slicing: most gaps are " ")
            if b > a and (b - a > 1 or text[a] in "\r\n") and (
                    text.find("\n", a, b) >= 0 or text.find("\r", a, b) >= 0):
                gap = text[a:b]
                if gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2 or _line_is_short_block(text, a):
                    ends = True
        if ends:
            sentences.append((start, last_end))
            start = None
        prev_word = tok.text if tok.kind == "word" else ""
    if start is not None:
        sentences.append((start, last_end))
    return [s for s in sentences if s[1] <= n]


def _line_is_short_block(text: str, pos: int) -> bool:
    """A line that ends a block on its own: it ends with a greeting or closing mark (",", ":")."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] in ",:;"

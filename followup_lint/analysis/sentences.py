"""What each sentence of the candidate's own text does: thanks, asks, requests, offers, looks forward.

Recognised by clause structure over cue-word CLASSES kept in ``followup_lint/data/cues.toml``, not by
one phrase per wording: a first-person subject + an ability ("can", "will", "be able to") + an offer
verb is an offer, whatever the verb's object; an anticipation head ("look forward to", "awaiting",
"hope to") is judged by the first word of its object (hearing back, a decision: it looks forward; joining,
being part of the team: it only hopes to work together); a sentence ending in "?" asks the reader; a
reply verb after "please" or "could you", or with the writer as its object ("let me know"), requests.
Cue words misspelled within one edit (two for words of seven letters or more) still carry their
function: "thnak you", "apreciate" (the spelling rule reports the typo).

Each sentence is read once, as a list of lower-case words (punctuation dropped, hyphenated words and
contractions split: "I'd" is "i 'd", "thank-you" is "thank you"), so the work is linear in the text.
"""

from __future__ import annotations

import bisect
import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, islice, repeat
from operator import eq, itemgetter, le, lt, or_, sub
from typing import TYPE_CHECKING, AbstractSet, Any, Final, Iterable, Iterator, Sequence

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["Function", "Cue", "SentenceFunctions", "Sentences", "sentence_functions", "read_sentence", "Words",
           "normalise_word", "cue_data", "cue_pattern", "asks_nobody", "answered_at_once", "code_mark", "classify"]

_DATA_FILE: Final = "cues.toml"
_START: Final = itemgetter(0)  # Token.start, a sentence's start
_END: Final = itemgetter(1)  # a sentence's end
_TEXT: Final = itemgetter(2)  # Token.text
_QUESTION_MARK: Final = re.compile("[?？]")
_OPENING: Final = re.compile(r"\(")


class Function(enum.Flag):
    """The functions a sentence can have (several at once)."""

    NONE = 0
    THANKS = enum.auto()        # thanks or appreciation to the reader ("thank you in advance" too)
    QUESTION = enum.auto()      # asks the reader something: a sentence ending in "?"
    REQUEST = enum.auto()       # asks for a reply or an action: "please let me know", "I'd appreciate an update"
    OFFER = enum.auto()         # offers more: "I can send", "happy to share", "I remain at your disposal"
    FORWARD = enum.auto()       # looks forward to a reply, next steps, a decision
    HOPE = enum.auto()          # only hopes to work together: "I look forward to being part of your team"
    CAUSE = enum.auto()         # "thanks to the snow ...": a cause, not thanks
    MENTION = enum.auto()       # talks about a thank-you note: "I meant to send a thank-you note"
    INDIRECT_QUESTION = enum.auto()  # an indirect question ("I am curious whether ...", "I would love
    #                                to know how ..."): asks about the work without asking for a reply
    ACKNOWLEDGE = enum.auto()   # "I appreciate you may be busy": understanding, not thanks
    PLAN = enum.auto()          # "I will follow up with HR next week": the writer's plan with somebody else
    INSTRUCTION = enum.auto()   # a template's instruction ("The opening paragraph thanks him/her ..."):
    #                             describes what to write, so it does nothing else

    @property
    def invites(self) -> bool:
        """Does this invite the conversation to continue (a question, a request, an offer, looking forward)?"""
        return bool(self & _INVITING)


_INVITING: Final = Function.QUESTION | Function.REQUEST | Function.OFFER | Function.FORWARD
#: the bits of a sentence that asks (compared as ints: an ``enum.Flag`` operation costs about a microsecond)
_ASKING: Final = (Function.QUESTION | Function.INDIRECT_QUESTION)._value_
_QUESTION_BIT: Final = Function.QUESTION._value_
#: what a sentence about later openings or staying in touch only hopes for
_LATER: Final = Function.REQUEST | Function.OFFER | Function.FORWARD
_REQUEST: Final = Function.REQUEST._value_
_ASIDE_TOKENS: Final = 40  # the most tokens of a bracketed aside read as a sentence of its own (with its brackets)
_ASIDES_READ: Final = 8    # the most bracketed asides of one sentence read as sentences of their own


@dataclass(frozen=True, slots=True)
class Cue:
    """Why a sentence has a function: the function and the words that carry it (offsets into ``doc.own``)."""

    function: Function
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SentenceFunctions:
    """One sentence of the candidate's own text and what it does."""

    start: int
    end: int
    functions: Function
    cues: tuple[Cue, ...]

    def cue(self, function: Function) -> Cue | None:
        """The first cue of ``function`` in this sentence."""
        return next((c for c in self.cues if c.function & function), None)


# -- the cue classes --------------------------------------------------------------------------------------

_SUFFIXES: Final = ("'d", "'ll", "'m", "'re", "'ve", "'s")


def normalise_word(word: str) -> list[str]:
    """A word as the recogniser reads it: lower-case, straight apostrophes, hyphens and contractions split."""
    return list(_normalised(word))


@lru_cache(maxsize=65536)
def _normalised(word: str) -> tuple[str, ...]:
    low = word.replace("’", "'").replace("‘", "'").lower()
    if low.isalpha():
        return (low,)
    out: list[str] = []
    for piece in low.split("-"):
        if not piece:
            continue
        if "'" in piece and not piece.startswith("'"):
            if piece.endswith("n't") and len(piece) > 3:
                base = piece[:-3]
                out.extend((_NEGATED.get(base, base), "n't"))
                continue
            k = piece.rfind("'")
            if piece[k:] in _SUFFIXES:
                out.extend((piece[:k], piece[k:]))
                continue
        out.append(piece)
    return tuple(out)


_NEGATED: Final = {"ca": "can", "wo": "will", "sha": "shall"}


class _Class:
    """A cue class: entries of one or more words, looked up by their first word (longest entry first)."""

    __slots__ = ("by_first", "name", "firsts", "single", "words", "pairs", "by_pair")

    def __init__(self, name: str, entries: Iterable[str]) -> None:
        self.name = name
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            words = tuple(w for part in entry.split() for w in normalise_word(part))
            if words:
                by_first.setdefault(words[0], []).append(words)
        for seq in by_first.values():
            seq.sort(key=len, reverse=True)
        self.by_first = by_first
        self.firsts = frozenset(by_first)
        #: the first words that are whole entries and begin no longer one (``at`` is then ``i + 1``)
        self.single = frozenset(first for first, seq in by_first.items() if len(seq[0]) == 1)
        #: the one-word entries (``word in cls``: a set lookup, asked for every word of long texts)
        self.words = frozenset(first for first, seq in by_first.items() if any(len(e) == 1 for e in seq))
        #: the first two words of each entry of two words or more (``_starting``)
        self.pairs = frozenset(e[:2] for seq in by_first.values() for e in seq if len(e) > 1)
        #: the entries of two words or more by their first two, longest first (``at`` tries only those: "to"
        #: begins 46 entries of ``info_verbs``, and a 1 MB sentence of wishes asks at 22,000 "to"s)
        by_pair: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for seq in by_first.values():
            for e in seq:
                if len(e) > 1:
                    by_pair.setdefault(e[:2], []).append(e)
        self.by_pair = by_pair

    def at(self, words: Sequence[str], i: int) -> int:
        """The end of the longest entry starting at ``words[i]``, or -1."""
        try:   # (asked about 900,000 times in a 1 MB sentence of wishes: one look-up, no length asked first)
            word = words[i]
        except IndexError:
            if i < 0:
                raise
            return -1
        if word in self.single:
            return i + 1
        if word not in self.firsts:
            return -1
        n = len(words)
        if i + 1 < n:   # (the entries of two words or more beginning with these two, in the order kept)
            for entry in self.by_pair.get((word, words[i + 1]), ()):
                k = len(entry)
                if i + k <= n and tuple(words[i:i + k]) == entry:
                    return i + k
        return i + 1 if word in self.words else -1

    def __contains__(self, word: str) -> bool:
        return word in self.words


@lru_cache(maxsize=1)
def cue_data() -> dict[str, Any]:
    """The parsed cue file (read once per process)."""
    from ..spelling.lexicon import read_toml_data

    return read_toml_data(_DATA_FILE)


@lru_cache(maxsize=None)  # (one per cue list of the data files: a bounded cache smaller than their number thrashes)
def _cls(section: str, key: str) -> _Class:
    if (section, key) == ("thanks", "other_language"):
        from .language import thanks_words

        return _Class("thanks.other_language", thanks_words())
    if (section, key) == ("forward", "other_language"):
        from .language import forward_words

        return _Class("forward.other_language", forward_words())
    return _Class(f"{section}.{key}", cue_data()[section][key])


@lru_cache(maxsize=1)
def _vocatives() -> frozenset[str]:
    """Forms of address and particles inside a sentence ("grateful sir if", "Please sir o,"): the one-word
    polite addresses of ``addressing.toml`` (its generic addressees that are titles, and its bare forms
    such as "ma") and the particles of ``cues.toml``."""
    from ..document.vocabulary import vocabulary

    v = vocabulary()
    polite = {w for w in v.generic_addressees if w in v.titles or w.replace("'", "") in ("maam", "mam")}
    return frozenset(polite | v.bare_generic | set(cue_data()["modality"]["vocative_particles"]))


@lru_cache(maxsize=1)
def _fuzzy_targets() -> tuple[str, ...]:
    return tuple(cue_data()["thanks"]["fuzzy"])


@lru_cache(maxsize=1)
def _fuzzy_firsts() -> frozenset[str]:
    """First letters of the fuzzy targets: a typo is mended only when it keeps the first letter."""
    return frozenset(t[0] for t in _fuzzy_targets())


# -- reading a sentence ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Words:
    """A sentence as the recogniser reads it: its words and each word's offsets in the text."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def read_sentence(tokens: Iterable[Any], known: Any = None,
                  brackets: Sequence[tuple[int, int]] | None = None, *,
                  texts: tuple[str, ...] | None = None, kinds: tuple[str, ...] | None = None) -> Words:
    """The words of a sentence's tokens (``Token`` tuples), misspelled cue words mended.

    ``known(word) -> bool`` tells English words: a word it does not know that lies one edit (two for
    seven letters or more) from a thanks cue word is read as that cue word. The words of a bracketed
    instruction (see :func:`paren_instructions`; ``brackets``: those, when already found) are not read.
    ``texts`` and ``kinds``: the tokens' texts and kinds when already picked out (slices of the
    Document's columns), else picked out here.
    """
    if not isinstance(tokens, (list, tuple)):
        tokens = tuple(tokens)
    if texts is None:
        texts = tuple(map(_TEXT, tokens))
    if kinds is None:
        kinds = tuple(map(_KIND, tokens))
    if len(tokens) <= _REMEMBERED_TOKENS:
        # (the reading is a pure function of the tokens' texts and kinds: remembered across drafts, as
        # "Thank you for your time." recurs; only the spans are taken from this draft's tokens)
        key = (texts, kinds, known)
        read = _READINGS.get(key)
        if read is None:
            if len(_READINGS) >= _READINGS_KEPT:
                _READINGS.clear()
            read = _READINGS[key] = _read_tokens(tokens, known, texts, kinds)
    else:
        read = _read_tokens(tokens, known, texts, kinds)
    words, picked, paren = read
    spans = tuple(map(_SPAN, map(tokens.__getitem__, picked)))
    if paren:
        dropped = paren_instructions(tokens, texts) if brackets is None else brackets
        if dropped:  # (sorted, not overlapping: a word is in the last one starting at or before it, or none)
            starts = [a for a, _b in dropped]
            keep = [(k := bisect.bisect_right(starts, sp[0]) - 1) < 0 or sp[0] >= dropped[k][1] for sp in spans]
            return Words(tuple(compress(words, keep)), tuple(compress(spans, keep)))
    return Words(words, spans)


_REMEMBERED_TOKENS: Final = 240  # the longest sentence (in tokens) whose reading is remembered
_CLASSIFIED_KEPT: Final = 8192   # classified sentences remembered at most (then forgotten all at once)
#: ``Sentences._classified`` by (tokens' texts, their kinds, the reader of words, the sentence's text, only)
_CLASSIFIED: dict[tuple[Any, ...], tuple[Any, tuple[tuple[Any, int, int], ...]]] = {}
_READINGS_KEPT: Final = 8192     # readings remembered at most (then forgotten all at once)
_READINGS: dict[tuple[tuple[str, ...], tuple[str, ...], Any], tuple[tuple[str, ...], tuple[int, ...], bool]] = {}
_KIND: Final = itemgetter(3)     # Token.kind
_SPAN: Final = itemgetter(0, 1)  # Token (start, end)


def _read_tokens(tokens: Sequence[Any], known: Any, texts: Sequence[str],
                 kinds: Sequence[str]) -> tuple[tuple[str, ...], tuple[int, ...], bool]:
    """The words of a sentence's tokens (their ``texts`` and ``kinds`` picked out), the index of the token
    each comes from, and whether a "(" is among them (the bracketed instructions are dropped by the
    caller)."""
    vocatives = _vocatives()
    if len(tokens) > _REMEMBERED_TOKENS:  # (a long sentence: its distinct words read once, the rest in C)
        fast = _read_plain_tokens(texts, kinds, known, vocatives)
        if fast is not None:
            return fast
    words: list[str] = []
    picked: list[int] = []
    add_word, add_index, read_word = words.append, picked.append, _read_word
    paren = False
    readings: dict[str, tuple[str, ...]] = {}  # (each distinct word's reading: a dict look-up costs less)
    reading = readings.get
    for index, (_start, _end, text, kind) in enumerate(tokens):
        if kind == "word":
            read = reading(text)
            if read is None:
                read = readings[text] = read_word(text, known)
            if len(read) == 1:             # the usual word: one word, one span
                if read[0] in vocatives:   # "grateful sir if", "Please sir o,": breaks no construction
                    continue
                add_word(read[0])
                add_index(index)
            else:                          # "don't" -> "do", "n't"; a lone apostrophe -> nothing
                words.extend(read)
                picked.extend([index] * len(read))
        elif text == "(":
            paren = True
    return tuple(words), tuple(picked), paren


def _read_plain_tokens(texts: Sequence[str], kinds: Sequence[str], known: Any,
                       vocatives: AbstractSet[str]) -> tuple[tuple[str, ...], tuple[int, ...], bool] | None:
    """``_read_tokens`` for a sentence (its tokens' ``texts`` and ``kinds``) each of whose distinct words
    reads as one word that is no vocative (1 MB of ``"a" 'b' (c)`` in one sentence): each distinct word
    read once, the words and their indices picked in C; ``None`` for any other sentence (read token by
    token)."""
    is_word = list(map(eq, kinds, repeat("word")))
    picked = tuple(compress(range(len(is_word)), is_word))
    word_texts = list(compress(texts, is_word))
    readings = {t: _read_word(t, known) for t in set(word_texts)}
    for read in readings.values():
        if len(read) != 1 or read[0] in vocatives:
            return None
    firsts = {t: read[0] for t, read in readings.items()}
    return tuple(map(firsts.__getitem__, word_texts)), picked, "(" in texts


_ENDS: Final = frozenset(".!?")
_BRACKET_TEXTS: Final = frozenset("()")


def paren_instructions(tokens: Sequence[Any], texts: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each bracketed instruction among one sentence's tokens: a bracketed clause of three
    words or more that stands mid-sentence in place of a part of it ("I particularly like (Specifically
    what you liked best about the job).") and opens on a capitalised word that is not "I" and does not
    begin a name (a later word is lower-case), or on an instruction verb ("(mention the project)"). A clause
    that ends in "!" is the writer's exclamation, no instruction ("Among many other stuff (Happy to read
    your feedback, by the way!)", thirty-sixth aj-172)."""
    out: list[tuple[int, int]] = []
    if texts is None:  # (``tokens``' texts, unless given: a slice of the Document's column)
        texts = tuple(map(_TEXT, tokens))
    if ")" not in texts:  # no bracket closes: no clause (a run of 300,000 "(" is not walked)
        return out
    verbs, openers = _cls("instruction", "verbs"), _cls("instruction", "openers")
    addressing = _cls("instruction", "addressing")
    n = len(tokens)
    # Each "(" and the bracket token after it: the clause is between when that is a ")" within 59 tokens
    # and three words or more (so three tokens or more) lie between. The pairs too close together are
    # left out in C: 80,000 "(c)" in one 1 MB sentence are not each walked.
    brackets = list(compress(range(n), map(_BRACKET_TEXTS.__contains__, texts)))
    for b in compress(range(len(brackets) - 1), map(le, repeat(4), map(sub, brackets[1:], brackets))):
        p, q = brackets[b], brackets[b + 1]
        if texts[p] != "(" or p == 0 or texts[p - 1] in _ENDS or q >= p + 60 or texts[q] != ")":
            continue
        if texts[q - 1] == "!":
            continue  # (an exclamation is the writer's own aside: "(Happy to read your feedback, by the way!)")
        inner = [t[2] for t in tokens[p + 1:q] if t[3] == "word"]
        if len(inner) < 3:
            continue
        tok = tokens[p]
        first = inner[0]
        low = [w.lower() for w in inner]
        capital = first[:1].isupper() and first != "I" and not first.isupper() and any(
            w[:1].islower() for w in inner[1:])
        if capital and (low[0] in openers or any(w in addressing for w in low)) or low[0] in verbs:
            out.append((tok[0], tokens[q][1]))
    return out


@lru_cache(maxsize=65536)
def _read_word(text: str, known: Any) -> tuple[str, ...]:
    """The words of one token, misspelled cue words mended (not a hyphenated word's later parts) and texting
    spellings read as the words they stand for ("ur" as "your"; remembered: words recur)."""
    firsts, texting = _fuzzy_firsts(), _texting()
    out: list[str] = []
    hyphened = "-" in text
    for k, w in enumerate(_normalised(text)):
        if w in texting:
            out.extend(texting[w])
        else:
            # (a later part of a hyphenated word is not mended: it names a thing with the part before it,
            # "Redux-thunk", "post-fowrard" being no typo of the courtesy: outside batch twenty-fourth j-124)
            out.append(_mend(w, known) if known is not None and w[0] in firsts and len(w) >= 4
                       and not (hyphened and k) else w)
    return tuple(out)


@lru_cache(maxsize=1)
def _texting() -> dict[str, tuple[str, ...]]:
    """The texting spellings of ``cues.toml`` and the words each is read as."""
    return {(parts := entry.split())[0]: tuple(parts[1:]) for entry in cue_data()["modality"]["texting"]}


def _mend(word: str, known: Any) -> str:
    targets = _fuzzy_targets()
    if word in targets or not word.isalpha():
        return word
    candidates = [t for t in targets if abs(len(t) - len(word)) <= 2 and t[0] == word[0]]
    if not candidates:
        return word
    from rapidfuzz.distance import OSA  # optimal string alignment: a transposition is one edit

    best = None
    for t in candidates:
        limit = 2 if len(t) >= 7 else 1
        d = OSA.distance(word, t, score_cutoff=limit)  # (above ``limit``: limit + 1)
        if d <= limit and (best is None or d < best[0]):
            best = (d, t)
    if best is None or known(word):
        return word
    return best[1]


# -- the recogniser ----------------------------------------------------------------------------------------

def _skip(words: Sequence[str], i: int, *classes: _Class, most: int = 4) -> int:
    """Index after up to ``most`` entries of ``classes`` starting at ``i``."""
    n = len(words)
    for _ in range(most):
        if i >= n:
            return i
        word = words[i]
        for c in classes:
            if word in c.firsts:
                j = c.at(words, i)
                if j > i:
                    i = j
                    break
        else:
            return i
    return i


def _adverb_like(words: Sequence[str], i: int) -> bool:
    """Is ``words[i]`` read as an adverb where one may stand: a word of five letters or more ending in "-ly"
    (misspelled ones too: "defintely", "absolutly"). Callers try the construction without it first, so a
    verb ending in "-ly" ("I can supply") keeps its place."""
    return i < len(words) and len(words[i]) >= 5 and words[i].endswith("ly")


def _where(words: Sequence[str], *classes: _Class) -> list[int]:
    """The positions where an entry of one of ``classes`` may start (its first word is there)."""
    return _at_words(words, _firsts(classes))


_MANY_WORDS: Final = 1000
_SHOWCASE_REACH: Final = 6  # words between the writer's other work and where it can be found  # (a sentence this long: ``_starting`` picks its positions by two words)


def _starting(words: Sequence[str], *classes: _Class) -> list[int]:
    """The positions where an entry of one of ``classes`` may start: ``_where``; for a long sentence (the
    quotes of a 1 MB text are one "sentence" of 250,000 words, a third of them "a") only where the word is
    a one-word entry or the two words begin a longer one (picked in C): ``at`` is -1 at every other one."""
    if len(words) <= _MANY_WORDS:
        return _where(words, *classes)
    singles = frozenset().union(*(c.words for c in classes))
    pairs = frozenset().union(*(c.pairs for c in classes))
    hits = map(or_, map(singles.__contains__, words),
               chain(map(pairs.__contains__, zip(words, islice(words, 1, None))), (False,)))
    return list(compress(range(len(words)), hits))


def _at_words(words: Sequence[str], wanted: AbstractSet[str]) -> list[int]:
    """The positions of the words in ``wanted`` (picked in C: a "sentence" may be 500,000 words)."""
    return list(compress(range(len(words)), map(wanted.__contains__, words)))


def _instruction_opens(words: Sequence[str]) -> bool:
    """Does the sentence open with an imperative to run or use the work (`run_openers`), perhaps after a word of
    order ("Run make test to see the results", "Then use the calendar to see total progress for that day")?
    What it lets the reader see is the work's, no news of the application."""
    k = 1 if len(words) > 1 and words[0] in _cls("request", "run_sequencers").single else 0
    return words[k] in _cls("request", "run_openers").single


def _unfinished_work(words: Sequence[str], cues: list[tuple[Function, int, int]]) -> list[tuple[Function, int, int]]:
    """``cues`` without the offers just before a condition that the writer's work be finished first ("I'll
    share my thesis once I've finished writing it", "I can send the app when it is ready"): a promise for
    later, nothing offered now."""
    leads, done = _cls("offer", "unfinished_leads"), _cls("offer", "completion")
    for x in _where(words, leads):
        n = leads.at(words, x)
        if n > 0 and any(done.at(words, y) > 0 for y in range(n, min(len(words), n + 5))):
            # (an offer in another part of the sentence stands: "I can send the slides now, and the paper
            # once it's finished")
            return [c for c in cues if not (c[0] is Function.OFFER and c[1] < x
                                            and {"and", "but"}.isdisjoint(words[c[2]:x]))]
    return cues


def _rest_of_work(words: Sequence[str], cues: list[tuple[Function, int, int]]) -> list[tuple[Function, int, int]]:
    """``cues`` without the offers that deliver the rest of the writer's own submission ("I will send the
    rest of the task tomorrow", "I'll share the final version by Monday"): a promise to finish, nothing more
    offered (a walk "through the rest of the design" still offers: its verb does not deliver)."""
    rest, delivering = _cls("offer", "remainder"), _cls("offer", "remainder_verbs")
    return [c for c in cues if not (c[0] is Function.OFFER and words[c[2] - 1] in delivering and any(
        rest.at(words, y) > 0 for y in range(c[2], min(len(words), c[2] + 3))))]


def _done_on_the_page(words: Sequence[str], cues: list[tuple[Function, int, int]],
                      introduces: bool = False) -> list[tuple[Function, int, int]]:
    """``cues`` without the offers (and wishes, "I would like to explain", requests in form) to explain that
    the note carries out itself ("I will explain here what I did", "Below I'll describe the steps", "I'll
    explain in short about this app", or a sentence ending in a colon, ``introduces``: "I would like to
    explain myself on why I chose what I chose:"; a wish to explain a part of the note's own text, `page_parts`:
    "I'd like to elaborate on the "everything" part", thirty-fifth ai-126): nothing more is offered. A condition, an alternative or a
    talk ("I can explain here if anything is unclear", "here or on a call") still offers."""
    verbs, here = _cls("offer", "on_the_page_verbs"), _cls("offer", "on_the_page")
    if "if" in words or introduces and not _cls("request", "proposed_talks").single.isdisjoint(words):
        return cues
    parts, marks = _cls("offer", "page_parts").single, _cls("offer", "page_part_determiners").single
    talk = not _cls("request", "proposed_talks").single.isdisjoint(words)

    def on_page(c: tuple[Function, int, int]) -> bool:
        if introduces:
            return True
        if c[0] is Function.REQUEST and not talk and any(
                words[y] in parts and words[y - 1] not in ("of", "in") and not marks.isdisjoint(words[c[2]:y])
                and _cls("offer", "page_part_not_after").single.isdisjoint(words[y + 1:])
                for y in range(c[2] + 1, min(len(words), c[2] + 6))):
            return True                            # "I'd like to elaborate on the "everything" part"
        j = here.at(words, c[2])
        if j > 0:
            return j >= len(words) or words[j] != "or"
        return any(here.at(words, y) > 0 for y in range(max(0, c[1] - 2), c[1]))

    return [c for c in cues if not (c[0] in (Function.OFFER, Function.REQUEST) and any(
        verbs.at(words, y) == c[2] for y in range(max(c[1], c[2] - 2), c[2])) and on_page(c))]


_ACCOUNT_SPAN: Final = 6   # words after an account verb in which the writer's "I made" is looked for


def _account_given(words: Sequence[str], cues: list[tuple[Function, int, int]]) -> list[tuple[Function, int, int]]:
    """``cues`` without the wishes to share the writer's own account of the work done ("I'd like to share some
    thoughts and decisions I made while working on this assignment", twenty-eighth ab-161; "I want to explain
    the trade-offs we took"): `account_verbs` ending the wish, then within a few words one of `account_objects`
    and a first person with one of `done_verbs`, or right after it one of `account_wh` and a first person
    without a modal ("I would like to show how I analyze and how I build an app like that", thirty-first
    ae-162); the note goes on to give that account, nothing more is asked or offered. An offer ("I can explain the choices I made", "I can share the dashboard I built"), more of it,
    a condition or a talk ("I'd love to share more about the choices I made", "... on a call") still invites."""
    if "if" in words or not _cls("request", "proposed_talks").single.isdisjoint(words) \
            or not _cls("offer", "account_more").single.isdisjoint(words):
        return cues
    verbs, persons = _cls("offer", "account_verbs"), _cls("offer", "account_persons").single
    aux, done = _cls("offer", "account_auxiliaries").single, _cls("offer", "done_verbs").single
    objects = _cls("offer", "account_objects").single

    wh, modal = _cls("offer", "account_wh").single, _cls("offer", "account_not_after").single

    def recounted(c: tuple[Function, int, int]) -> bool:
        if c[0] is not Function.REQUEST or not any(
                verbs.at(words, y) == c[2] for y in range(max(c[1], c[2] - 2), c[2])):
            return False
        if c[2] + 2 < len(words) and words[c[2]] in wh and words[c[2] + 1] in persons:
            return words[c[2] + 2] not in modal      # "I would like to show how I analyze ..."
        for x in range(c[2], min(len(words) - 1, c[2] + _ACCOUNT_SPAN)):
            if words[x] in persons and not objects.isdisjoint(words[c[2]:x]):
                y = x + 1 + (words[x + 1] in aux)
                return y < len(words) and words[y] in done
        return False

    return [c for c in cues if not recounted(c)]


def _shown_already(words: Sequence[str], cues: list[tuple[Function, int, int]]) -> list[tuple[Function, int, int]]:
    """``cues`` without the offers of a present willingness to show what the note has already shown ("I'm glad
    to show all this kind of techniques", "we are happy to present these results": `shown_verbs`, then one of
    `shown_objects`, the willingness after a present "be"): the writer pleased with the page, nothing more
    offered. "I'd be glad to show these in a call" and "I can show all this" still offer."""
    verbs, shown = _cls("offer", "shown_verbs").single, _cls("offer", "shown_objects")
    present, adverbs = _cls("offer", "present_be").single, _cls("modality", "adverbs").single

    def on_page(c: tuple[Function, int, int]) -> bool:
        if c[0] is not Function.OFFER or words[c[2] - 1] not in verbs or shown.at(words, c[2]) < 0:
            return False
        x = c[1] - 1
        while x >= 0 and words[x] in adverbs:
            x -= 1                                 # "I'm really glad to show ..."
        return x >= 0 and words[x] in present

    return [c for c in cues if not on_page(c)]


def _later_hopes(words: Sequence[str], cues: list[tuple[Function, int, int]]) -> list[tuple[Function, int, int]]:
    """``cues`` with each request, offer or look forward that shares its part of the sentence (parts split
    at "and" / "but") with a later opening or with staying in touch ("please contact me if any
    opportunities come your way", "I hope we can stay in touch") made a hope: it asks for another role or
    for the relationship and continues nothing of this process ("I'd love to stay in touch, and would
    appreciate any feedback" still asks for feedback)."""
    later, remembered = _cls("request", "later_openings"), _cls("request", "remembered")
    # (asking to be remembered, "keep me in mind for anything else that comes up", is itself about later
    # openings: whatever it is read as besides, an offer of "anything else", is a hope too)
    marks = [x for x in _where(words, later, remembered)
             if later.at(words, x) > 0 or remembered.at(words, x) > 0]
    nouns, before, after = (_cls("request", "opening_nouns"), _cls("request", "later_qualifiers"),
                            _cls("request", "later_events"))
    for x in _where(words, nouns):
        if words[x].startswith("opportunit") and x + 1 < len(words) and words[x + 1] in ("to", "of", "for"):
            continue                           # "any opportunity to discuss": an activity, not an opening
        if _cls("request", "opening_compounds").at(words, x) > 0:
            continue                           # "another role play", "a second role-play": an exercise
        if any(words[y] in before for y in range(max(0, x - 2), x)) or any(
                after.at(words, y) > 0 for y in range(x + 1, min(len(words), x + 5))):
            marks.append(x)                    # "another position", "should a vacancy arise in future"
    if not marks:
        return cues
    cuts = [x for x, word in enumerate(words) if word in ("and", "but")]
    part = lambda x: bisect.bisect_right(cuts, x)  # noqa: E731 (the part of the sentence a word is in)
    parts = {part(x) for x in marks}
    bits = _LATER._value_
    return [(Function.HOPE if fn._value_ & bits and part(i) in parts else fn, i, j) for fn, i, j in cues]


def _reply_received(words: Sequence[str], n: int) -> int:
    """Where the reader's reply that a willingness receives ends, when one begins at ``words[n]`` (after "happy
    to", "glad to": "read your feedback", "receive any suggestions"; `willing_receipts`, `reply_determiners`,
    `reply_nouns`), else -1. Told as news ("glad to hear your feedback was positive") it receives nothing."""
    r = _cls("offer", "willing_receipts").at(words, n)
    if r < 0 or r >= len(words) or words[r] not in _cls("offer", "reply_determiners").single:
        return -1
    nouns = _cls("offer", "reply_nouns")
    for x in range(r + 1, min(len(words), r + 4)):
        e = nouns.at(words, x)
        if e > 0:
            return -1 if e < len(words) and words[e] in _cls("offer", "news_verbs").single else e
    return -1


def _limiting(words: Sequence[str], start: int, end: int) -> bool:
    """Does a word that narrows an ability to a limit ("only", "merely"; ``[offer] limiting``) stand among
    ``words[start:end]``, between the subject and the verb it offers?"""
    return not _cls("offer", "limiting").single.isdisjoint(words[start:end])


@lru_cache(maxsize=None)  # (keyed by fixed tuples of the cue classes above)
def _firsts(classes: tuple[_Class, ...]) -> frozenset[str]:
    return frozenset().union(*(c.firsts for c in classes))


def _vague_meeting(w: Sequence[str], k: int) -> bool:
    """Is the object at ``w[k]`` seeing or meeting the reader at no time but an unnamed future, to the end of
    the sentence ("see you in the near future", "meeting you again someday")? A hope to meet, not an
    invitation; a named time or a purpose after it ("next week", "to discuss the offer") proposes a meeting."""
    objects = _cls("forward", "meet_objects")
    j = objects.at(w, k) if k < len(w) else -1
    if j < 0:
        return False
    fillers, times = _cls("forward", "meet_fillers"), _cls("forward", "vague_times")
    seen = False
    while j < len(w):
        t = times.at(w, j)
        if t > j:
            j, seen = t, True
        elif w[j] in fillers:
            j += 1
        else:
            return False
    return seen


def _back(words: Sequence[str], i: int, cls: _Class, span: int = 4) -> bool:
    """Is there an entry of ``cls`` ending within the ``span`` words before ``words[i]``?"""
    for k in range(max(0, i - span), i):
        j = cls.at(words, k)
        if k < j <= i:
            return True
    return False


def _contributes(words: Sequence[str], v: int) -> bool:
    """Is the verb ending at ``words[v]`` "bring" with one of the writer's qualities as its object ("bring
    that same data-driven approach to your team", "bring my experience in retail"), or with anything brought
    "to" somewhere other than a meeting with the reader ("bring a new degree of organization to the
    museum")? Then the writer hopes to contribute to the work: no offer, no request ("I can bring the
    samples", "I can bring copies to the interview" stay offers)."""
    if _for_the_jobs_people(words, v):
        return True
    if not any(words[x] == "bring" or words[x] == "bringing" for x in range(max(0, v - 2), v)):
        return False
    qualities = _cls("forward", "contributions")
    if any(words[x] in qualities for x in range(v, min(len(words), v + 6))):
        return True
    at = next((x for x in range(v, min(len(words) - 1, v + 8)) if words[x] == "to"), -1)
    if at < 0:
        return False
    meetings = _cls("forward", "meeting_places")
    return not any(words[x] in meetings for x in range(at + 1, min(len(words), at + 4)))


def _for_the_jobs_people(words: Sequence[str], v: int) -> bool:
    """Is the work of the verb ending at ``words[v]`` done "for" the people the job serves (`job_beneficiaries`:
    "I could also prepare the export documents for the Swiss customers", thirty-fifth ai-309)? The writer
    would do the job; nothing is offered to the reader ("I can prepare a summary for you" still offers)."""
    people = _cls("forward", "job_beneficiaries").single
    for x in range(v, min(len(words) - 1, v + 8)):
        if words[x] == "for":
            y = next((y for y in range(x + 1, min(len(words), x + 4)) if words[y] in people), -1)
            # (the people's noun heads the phrase, and nothing for the reader follows: "the references for the
            # client project", "... for my clients to the interview" still offer)
            return y > 0 and (y + 1 == len(words) or words[y + 1] in _cls("forward", "job_phrase_ends").single) \
                and _cls("forward", "job_not_after").single.isdisjoint(words[y + 1:])
    return False


def _helps_with_work(words: Sequence[str], v: int) -> bool:
    """After "happy to help" ending before ``words[v]``: is the help the work itself, nothing the reader is to
    ask for ("so happy to help out also", "glad to help with the upkeep too")? Then the writer offers to do
    the job, as hoping to work together does: no invitation. Help with the reader's questions or anything
    they need ("happy to help with any questions", "... with anything else"), or help on the reader's word
    ("glad to help with that if it's wanted", "happy to help, and I can send ...") still offers."""
    x = v
    tails = _cls("offer", "help_tails").single
    if x < len(words) and words[x] == "out":
        x += 1
    rest = words[x:]
    if not rest or set(rest) <= tails:
        return True                                  # "happy to help out", "... help out also"
    while rest and rest[0] in tails:
        rest = rest[1:]                              # "glad to help a bit with triage"
    if not rest or rest[0] != "with":
        return False
    asked = _cls("offer", "contact_things").single | _cls("offer", "help_asked").single
    return not any(r in asked for r in rest)


_PROMISES: Final = frozenset(("will", "'ll", "shall"))
_CLAUSE_OPENERS: Final = frozenset(("and", "but", "so", "when", "because", "as", "while", "that", "where", "who"))   # auxiliaries that promise a gratitude ("I'll be grateful")
_STEP_SPAN: Final = 5      # words after a verb of selection in which its stage is looked for ("attend any further interview")
_THING_OBJECT_SPAN: Final = 6  # words of a stated "you can" verb's object read for the writer or a reply ("you can send the notes to my email")
_JOINED_SPAN: Final = 12   # words after a hope to work together in which a joined reply object is looked for


#: what only the thanks reader says (it also says REQUEST, for a head that ``_thanks_may_request``)
_THANKS_READER: Final = Function.THANKS | Function.MENTION | Function.CAUSE | Function.ACKNOWLEDGE


def _thanks_may_request(head: str) -> bool:
    """Can a thanks word ask for something ("I would appreciate an update", "I'd be grateful for news")?"""
    return head.startswith("apprec") or head in ("grateful", "thankful") or head in _cls("thanks", "conditional_only")


class _Reader:
    """Classifies one sentence; collects (function, first word, end word) cues."""

    def __init__(self, words: Sequence[str]) -> None:
        self.w = words
        self.cues: list[tuple[Function, int, int]] = []
        #: does no word of the sentence begin a verb of wanting (``_wanted``)? Worked out at the first ask
        self._none_wanted: bool | None = None
        self._lasts: dict[tuple[_Class, str | None], int] = {}

    def add(self, f: Function, i: int, j: int) -> None:
        self.cues.append((f, i, max(i + 1, j)))

    def _last_at(self, cls: _Class, after: str | None = None) -> int:
        """The last word where an entry of ``cls`` starts (right after the word ``after``, when given), or -1:
        "is there one from ``x`` on" is then ``self._last_at(cls) >= x``, worked out once per sentence (asked
        at each of many cues, each about the rest of a 100,000-word sentence, it was quadratic)."""
        key = (cls, after)
        found = self._lasts.get(key)
        if found is None:
            w = self.w
            found = self._lasts[key] = max((x for x in _where(w, cls) if cls.at(w, x) > 0
                                            and (after is None or x > 0 and w[x - 1] == after)), default=-1)
        return found

    # thanks, and what only looks like thanks
    def _glad_for_chance(self) -> None:
        """The writer glad of the chance the reader gave ("I am glad to have been given the opportunity to
        participate", "so happy to have had the chance to meet the team", "I'm honoured for the opportunity"):
        appreciation, which thanks. A first person (across "be" and adverbs) before the feeling word, then one
        of `chance_given` and, within a few words, one of `chance_nouns`; "glad to have the chance to learn
        Rust at home" (no chance given) and "she was glad to have had the chance" (not the writer) do not."""
        w = self.w
        feel, given, nouns = (_cls("thanks", k) for k in ("glad_heads", "chance_given", "chance_nouns"))
        skip = (_cls("modality", "adverbs").single | _cls("thanks", "be_forms").single
                | _cls("thanks", "glad_links").single)
        first = _cls("modality", "first_person").single
        for i in _at_words(w, feel.single):
            x = i - 1
            while x >= 0 and w[x] in skip:
                x -= 1
            if i > 0 and (x < 0 or x == i - 1 or w[x] not in first):
                continue                                   # (opening the sentence: "Glad to have had the chance")
            j = given.at(w, i + 1)
            if j < 0:
                continue
            for n in range(j, min(len(w), j + 4)):
                e = nouns.at(w, n)
                if e > 0:
                    self.add(Function.THANKS, i, e)
                    return

    def thanks(self) -> None:
        w = self.w
        self._glad_for_chance()
        words, other = _cls("thanks", "words"), _cls("thanks", "other_language")
        notes, writing = _cls("thanks", "note_nouns"), _cls("thanks", "writing_verbs")
        joins = _cls("thanks", "writing_joins")
        cond, adv = _cls("modality", "conditional"), _cls("modality", "adverbs")
        exclamations, ironic = _cls("thanks", "exclamations"), _cls("thanks", "ironic")
        firsts = _firsts((words, other))
        # What no word of the sentence can start is not asked at each gratitude word (a sentence of 111,000
        # "thanks" asked six look-ups a word): each test below stands for its helper's answer when it is
        # surely no ("to" or "my" for ``_owed_elsewhere``, a reporting verb or a possessive for ``_theirs``).
        present = set(w)
        self._none_wanted = none_wanted = _cls("thanks", "wanted").firsts.isdisjoint(present)
        owed = "to" in present or "my" in present
        theirs = not (_cls("thanks", "reporting").words.isdisjoint(present)
                      and _cls("thanks", "others_possessives").words.isdisjoint(present))
        compound = not _cls("thanks", "compound_determiners").words.isdisjoint(present)
        noted, written = not notes.firsts.isdisjoint(present), not writing.firsts.isdisjoint(present)
        ironies = not ironic.firsts.isdisjoint(present)
        n = len(w)
        i = 0
        while i < n:
            if w[i] not in firsts:
                i += 1
                continue
            j = words.at(w, i)
            if j < 0:
                j = other.at(w, i)
                if j > i:
                    self.add(Function.THANKS, i, j)
                    i = j
                    continue
                i += 1
                continue
            head = w[i]
            if not none_wanted and self._wanted(i):
                i = j                                      # "expecting a little appreciation": asked for
                continue
            if theirs and self._theirs(i) or owed and self._owed_elsewhere(
                    j + (head == "thank" and j < n and w[j] == "you")):
                self.add(Function.MENTION, i, j)           # "they showed their gratitude", "grateful to my
                i = j                                      # old manager": not the writer's to the reader
                continue
            if head in ("thank", "thanks", "thankyou", "thanku", "thanx", "thnx", "thx", "tks"):
                if head == "thank" and exclamations.at(w, j) > 0:
                    i = j                                  # "Thank goodness the rain held off": relief
                    continue
                k = j + 1 if head == "thank" and j < n and w[j] == "you" else j
                if ironies and ironic.at(w, k) > 0:
                    i = k                                  # "Thanks for nothing": irony
                    continue
                # "sent a thank-you", "writing thank you notes": talked about; "I am writing to thank you":
                # an infinitive of purpose, and "I wanted to write and thank you": two acts, the thanks itself
                if noted and notes.at(w, k) > 0 or compound and self._compound(i, k) or (
                        written and i > 0 and (writing.at(w, i - 1) > 0 or i > 1 and w[i - 1] not in joins
                                               and writing.at(w, i - 2) > 0)):
                    self.add(Function.MENTION, i, k)       # a thank-you note: talked about, not said
                elif k < n and w[k] == "to" and not self._to_thanks(k + 1):
                    self.add(Function.CAUSE, i, k + 1)     # "thanks to the snow": a cause
                elif head == "thank" and self._said_of(i, k):   # (each of its readings is of a "thank")
                    self.add(Function.MENTION, i, k)       # "Remember to thank the panel", "Tunde deserves a thank-you"
                else:
                    self.add(Function.THANKS, i, k)
                i = k
                continue
            if _thanks_may_request(head) and self._someone_else_feels(i):
                i = j                                      # "I hope you will appreciate my work": not thanks
                continue
            if _thanks_may_request(head):
                # "I would appreciate an update", "I'd be grateful for any news": a request
                k = i - 1
                while k >= 0 and (w[k] == "be" or w[k] in adv or _adverb_like(w, k)):
                    k -= 1
                conditional = k >= 0 and cond.at(w, k) == k + 1
                if conditional and self._gratitude_condition(j):
                    # a gratitude on a condition asks; "I'd appreciate it if you took a glance", "I would be
                    # grateful if we could set a new date" only suppose a gratitude, "I'll be very grateful if
                    # you can let me know" promises it: thanks in advance
                    self.add(Function.REQUEST, i, j)
                    if w[k] in _PROMISES:
                        self.add(Function.THANKS, i, j)
                elif conditional and w[k] not in _PROMISES:
                    self.add(Function.REQUEST, i, j)
                elif head.startswith("apprec") and (self._acknowledges(j) or self._understood(i, j)):
                    self.add(Function.ACKNOWLEDGE, i, j)   # "I appreciate you may be tied up"
                else:
                    self.add(Function.THANKS, i, j)
                i = j
                continue
            self.add(Function.THANKS, i, j)
            i = j
        only = _cls("thanks", "conditional_only")
        for i in _where(w, only):
            # "I shall be obliged", "I'd be indebted to you if ...": a promise of gratitude
            k = i - 1
            while k >= 0 and (w[k] in adv or _adverb_like(w, k)):
                k -= 1
            if k >= 1 and w[k] == "be" and cond.at(w, k - 1) == k:
                # ("I'd be indebted to you if ...": on a supposed condition, a request only)
                conditional = self._gratitude_condition(only.at(w, i))
                if conditional:
                    self.add(Function.REQUEST, i, only.at(w, i))
                if not conditional or w[k - 1] in _PROMISES:
                    self.add(Function.THANKS, i, only.at(w, i))
            elif tuple(w[i + 1:i + 3]) == ("to", "you"):
                self.add(Function.THANKS, i, i + 3)        # "I am deeply indebted to you for ...": said now
            elif i + 1 < len(w) and w[i + 1] == "for" and k >= 0 and w[k] in _cls("thanks", "be_forms"):
                self.add(Function.THANKS, i, i + 2)        # "I am indebted for the chance you gave me"

    def _wanted(self, i: int) -> bool:
        """Is the gratitude noun at ``i`` what the writer wants, expects or is owed from the reader ("I make
        this little job expecting a little appreciation", "I deserve your thanks"): a verb of ``wanted``
        before it, across ``wanted_fillers`` ("a little", "some", "your")?"""
        w = self.w
        if w[i] not in _cls("thanks", "wanted_nouns"):
            return False
        fillers, wanted, nouns = _cls("thanks", "wanted_fillers"), _cls("thanks", "wanted"), _cls("thanks", "wanted_nouns")
        if self._none_wanted is None:  # (a sentence of 100,000 "thanks" asks once, not once per word)
            self._none_wanted = wanted.firsts.isdisjoint(w)
        if self._none_wanted:
            return False
        k = i - 1
        # (a coordinated gratitude noun stands between too: "some recognition and a little appreciation")
        while k >= 0 and (w[k] in fillers or w[k] in nouns or w[k] in ("and", "or")) and k > i - 7:
            k -= 1
        return k >= 0 and any(wanted.at(w, m) == k + 1 for m in range(max(0, k - 1), k + 1))

    def _other_subject(self, k: int, anywhere: bool = False) -> bool:
        """Is ``w[k]`` the end of a subject other than the writer: a pronoun of ``feeling_subjects`` ("they"),
        or a noun after a determiner that opens the sentence or a clause ("The clients", "my old boss"; or
        stands ``anywhere``: "How does the team show appreciation"), not a form of "be" (a passive: "your help
        was appreciated")?"""
        w = self.w
        if k < 0 or w[k] in _cls("thanks", "be_forms") or w[k] in _cls("modality", "first_person"):
            return False
        if w[k] in _cls("thanks", "feeling_subjects"):
            return True
        dets = _cls("thanks", "subject_determiners")
        return w[k].isalpha() and any(w[x] in dets and (anywhere or x == 0 or w[x - 1] in _CLAUSE_OPENERS)
                                      for x in range(max(0, k - 2), k))

    def _theirs(self, i: int) -> bool:
        """Is the gratitude at ``i`` someone else's: said by a subject of the third person ("The clients said
        thanks"), or a noun with a third-person possessive just before it, across one word ("The clients
        always showed their gratitude", "his warm thanks")?"""
        w = self.w  # (a class's word set read directly: this runs at every gratitude word of a long draft)
        if i >= 2 and w[i - 1] in _cls("thanks", "reporting").words and (
                w[i - 2] not in _cls("thanks", "not_subjects").words and self._other_subject(i - 2, anywhere=True)):
            return True                        # "The clients said thanks a lot": someone else's
        if i == 0 or w[i] not in _cls("thanks", "wanted_nouns").words:
            return False
        owners = _cls("thanks", "others_possessives").words
        return w[i - 1] in owners or (i >= 2 and w[i - 2] in owners)

    def _compound(self, i: int, k: int) -> bool:
        """Is the thanks at ``i`` (ending at ``k``) a modifier in a compound after a determiner ("The thank-you
        step is optional", "a thank-you culture")?"""
        w = self.w
        return i > 0 and w[i - 1] in _cls("thanks", "compound_determiners").words and _cls("thanks", "compound_nouns").at(w, k) > 0

    def _owed_elsewhere(self, j: int) -> bool:
        """After a gratitude word (ending at ``j``): is it owed to someone other than the reader, "to" and
        one of ``elsewhere_owners`` within four words and before any "for" ("grateful to my old manager for
        ...", "A thank you is in order to my referee"), or the writer's own fortune ("thankful that my
        previous job taught me patience")? "Thank you for introducing me to my team" thanks the reader."""
        w = self.w
        owners = _cls("thanks", "elsewhere_owners").words
        if j + 1 < len(w) and w[j] in ("that", "for") and w[j + 1] == "my" and (
                w[j] == "that" or _cls("thanks", "own_fortunes").at(w, j + 2) > 0):
            return True                        # "thankful that my job taught me", "grateful for my years at ..."
        for x in range(j, min(len(w) - 1, j + 5)):
            if w[x] in ("for", "you", "your"):
                return False
            if w[x] == "to" and w[x + 1] in owners:
                return x + 2 >= len(w) or w[x + 2] not in _cls("thanks", "elsewhere_readers").words
        return False

    def _understood(self, i: int, j: int) -> bool:
        """Is the present "appreciate" at ``i`` (its object at ``j``, across adverbs) understanding a
        circumstance ("I deeply appreciate the importance of punctuality") or liking a quality in general,
        bare ("I really appreciate good documentation")? Then nobody is thanked."""
        w = self.w
        if w[i] != "appreciate":
            return False
        k = _skip(w, j, _cls("modality", "adverbs"))
        return _cls("thanks", "understood").at(w, k) > 0 or _cls("thanks", "taste").at(w, k) > 0

    def _said_of(self, i: int, k: int) -> bool:
        """Is the thanks at ``i`` (ending at ``k``) talked about rather than said to the reader: "to thank"
        after a verb of telling or remembering ("My mentor says to thank people", "Remember to thank the
        panel"; not "... to thank you"), or "a thank-you" earned by someone else ("Tunde deserves a big
        thank-you"; not "You deserve a thank-you", "I owe you one")?"""
        w = self.w
        if w[i] == "thank" and k == i + 1 and i >= 1 and w[i - 1] in _cls("thanks", "thank_someone") and (
                k < len(w) and w[k] not in ("u", "ya", "yu")):
            return True                        # "Please thank Ravi on my behalf": someone else thanked
        if w[i] == "thank" and k == i + 1 and i >= 2 and w[i - 1] == "to":
            told = _cls("thanks", "told_to")
            v = i - 2 if w[i - 2] in told else i - 3 if i >= 3 and w[i - 3] in told and w[i - 2] in (
                "me", "us", "him", "her", "them") else -1
            return v >= 0                          # (k == i + 1: no "you" after "thank")
        if w[i] == "thank" and k == i + 2 and i >= 1 and w[i - 1] in ("a", "big", "huge", "special", "massive"):
            deserving = _cls("thanks", "deserving")
            for v in range(i - 1, max(-1, i - 5), -1):
                if w[v] in deserving:
                    return "you" not in w[max(0, v - 1):i]
        return False

    def _someone_else_feels(self, i: int) -> bool:
        """Is the gratitude word at ``i`` said of someone other than the writer: a subject of the second or
        third person before it, across adverbs, a modal or "be" ("you will appreciate my work", "they'll be
        grateful", "hope the team appreciates it"), or the third-person form "appreciates" after anything
        but a first person? A passive ("your time is appreciated") has no such subject and still thanks."""
        w = self.w
        adv = _cls("modality", "adverbs")
        if w[i].endswith("ed"):
            # "appreciated": a passive or a past, said of the writer's thanks, unless a subject of the third
            # person stands before it ("My old boss appreciated my reports")
            k = i - 1
            while k >= 0 and (w[k] in adv or _adverb_like(w, k)):
                k -= 1
            return self._other_subject(k)
        k = i - 1
        modal = passive = False
        while k >= 0 and (w[k] in adv or _adverb_like(w, k) or w[k] == "be" or w[k] in _cls("thanks", "feeling_modals")):
            passive = passive or w[k] == "be"
            # (an adverb in "-ly" is no modal: "I am highly grateful" is the writer's own gratitude)
            modal = modal or w[k] != "be" and w[k] not in adv and not _adverb_like(w, k)
            k -= 1
        if k < 0 or w[k] in _cls("modality", "first_person"):
            return False
        if w[k] in _cls("thanks", "be_forms") and k > 0 and w[k - 1] not in _cls("modality", "first_person"):
            # "The families I cared for were very grateful", "they were grateful": a subject of the third person
            # (one opening the sentence with a determiner, a relative clause between)
            return w[k - 1] in _cls("thanks", "feeling_subjects") and w[k - 1] != "you" or (
                w[0] in _cls("thanks", "subject_determiners") and w[0] not in ("my", "our"))
        if w[k + 1] == "to" and any(_cls("thanks", "wish_verbs").at(w, v) == k + 1 and v > 0 and (
                w[v - 1] in _cls("modality", "first_person") or w[v - 1] in ("'d", "would") and v > 1
                and w[v - 2] in _cls("modality", "first_person")) for v in range(max(0, k - 1), k + 1)):
            return False                       # "I wish to appreciate you for ...": the writer's gratitude
        if w[k + 1] == "to" and self._writing_to(k):
            return False                       # "I write to sincerely appreciate you": the purpose of writing
        # a modal before the verb itself ("the reviewers will appreciate the tests"): whoever the subject is
        return w[k] in _cls("thanks", "feeling_subjects") or w[i] == "appreciates" or (
            modal and not passive and w[k].isalpha() and w[k] not in _cls("thanks", "is_pronouns"))

    def _writing_to(self, k: int) -> bool:
        """Is ``w[k]`` a verb of writing (`writing_verbs`) whose subject is the writer ("I write", "I am
        writing", "I'm sending this"), so that the infinitive after it is the purpose of this very message
        ("I write to sincerely appreciate you for the opportunity", "I am writing to appreciate the panel",
        outside batch twenty-fourth j-314)? Not a third person's writing ("She wrote to appreciate the
        staff")."""
        w = self.w
        if _cls("thanks", "writing_verbs").at(w, k) != k + 1:
            return False
        x = k - 1
        while x >= 0 and (w[x] in _cls("modality", "adverbs") or w[x] in _cls("thanks", "be_forms")
                          or w[x] in _cls("thanks", "feeling_modals")):
            x -= 1
        return x >= 0 and w[x] in _cls("modality", "first_person")

    def _gratitude_condition(self, j: int) -> bool:
        """After a conditional gratitude word: a condition straight after it ("grateful if", "grateful to
        you if", "appreciate it if", "obliged should you ..."), not after its object ("I'd appreciate
        knowing if the role is open" only asks)?"""
        w = self.w
        x = j + 2 if tuple(w[j:j + 2]) == ("to", "you") else j
        return _cls("thanks", "gratitude_conditions").at(w, _skip(w, x, _cls("modality", "adverbs"))) > 0

    def _acknowledges(self, j: int) -> bool:
        """After "appreciate": a clause whose verb is a modal or in the present ("(that) you may be busy",
        "your team is stretched", "how busy you are") acknowledges; an object ("your time"), a gerund
        ("you taking the time") or a past or perfect verb ("that you took", "you have made") thanks."""
        w = self.w
        n = len(w)
        k = j
        if k + 1 < n and w[k] == "that":
            return self._that_clause(k + 1)    # "that" + a clause: whatever its subject
        if k < n and w[k] in _cls("thanks", "clause_openers"):
            k += 2 if w[k] == "how" and k + 1 < n and w[k + 1] not in _cls("thanks", "clause_subjects") else 1
        if k >= n or w[k] not in _cls("thanks", "clause_subjects"):
            return False
        adv = _cls("modality", "adverbs")
        determiner = w[k] in ("the", "your", "its", "their")
        x = _skip(w, k + 1 + (determiner and k + 2 < n and w[k + 1] not in ("you", "i", "we")), adv)
        if x >= n or w[x] not in _cls("thanks", "present_verbs"):
            return False
        if w[x] == "'s" and w[x - 1] not in _cls("thanks", "is_pronouns"):
            return False                       # "your team's time", "everyone's help": a possessive
        return not self._perfect(x)            # a perfect: "you have taken the time" thanks

    def _perfect(self, x: int) -> bool:
        """Is ``w[x]`` "have"/"has" followed by a past participle ("have taken", "'ve made")?"""
        w = self.w
        return w[x] in ("has", "have", "'ve") and x + 1 < len(w) and (
            w[x + 1] in _cls("thanks", "participles") or w[x + 1].endswith("ed"))

    def _that_clause(self, k: int) -> bool:
        """After "appreciate that": the clause's first verb decides. A past or perfect verb thanks for what
        the reader did ("that you took the time", "that you've made time"); anything else acknowledges a
        circumstance ("that timelines can shift", "that hiring takes time", "that the team is stretched")."""
        w = self.w
        if w[k] in _cls("modality", "adverbs") or _cls("thanks", "after_that_pronoun").at(w, k) > 0:
            return False                       # "I appreciate that very much", "that and the tour": thanks
        past, present = _cls("thanks", "past_verbs"), _cls("thanks", "present_verbs")
        for x in range(k, min(len(w), k + 7)):
            word = w[x]
            if word in past or len(word) > 4 and word.endswith("ed"):
                return False
            if word in present and not (word == "'s" and w[x - 1] not in _cls("thanks", "is_pronouns")):
                return not self._perfect(x)
        return True

    def _to_thanks(self, k: int) -> bool:
        """After "thanks to": is this thanking someone ("to you all for ...") rather than naming a cause? A
        "for" says thanks unless a clause of its own comes first ("Thanks to the accident on the bridge I
        was stuck in traffic for forty minutes": a cause)."""
        rest = self.w[k:]
        marker = _cls("thanks", "to_thanks_marker")
        for n in range(min(len(rest), 12)):
            if marker.at(rest, n) >= 0:
                return True
            if n > 0 and self._clause_at(rest, n):
                return False
        return _cls("thanks", "persons").at(rest, 0) >= 0 and len(rest) <= 5

    @staticmethod
    def _clause_at(rest: Sequence[str], n: int) -> bool:
        """Does a clause with its own subject start at ``rest[n]`` ("I was stuck", "my train was late")?"""
        word = rest[n]
        if rest[n - 1] in _cls("thanks", "cause_relative"):
            return False                       # "thanks to everyone I met for ...": a relative clause
        if word in _cls("thanks", "cause_subjects"):
            return n + 1 < len(rest)
        if word in _cls("thanks", "cause_possessives"):
            verbs = (_cls("thanks", "present_verbs"), _cls("thanks", "past_verbs"))
            return any(rest[x] in c or len(rest[x]) > 4 and rest[x].endswith("ed")
                       for x in range(n + 1, min(len(rest), n + 3)) for c in verbs)
        return False

    # requests
    def requests(self) -> None:
        w = self.w
        please, verbs = _cls("request", "please"), _cls("request", "reply_verbs")
        to_me, you_modal = _cls("request", "to_me"), _cls("modality", "you_modal")
        adv, remembered = _cls("modality", "adverbs"), _cls("request", "remembered")
        attention = _cls("request", "attention")
        for i in _where(w, to_me, please, verbs, you_modal):
            if remembered.at(w, i) > 0 or attention.at(w, i) > 0:
                continue                                   # "keep me in mind for future openings", "Keep in mind
                # that this code can be developed further": no reply asked
            j = to_me.at(w, i)
            if j > 0 and not (i > 0 and w[i - 1] in ("to", "for")):
                self.add(Function.REQUEST, i, j)
                continue
            j = please.at(w, i)
            if j > 0 and self._adverb_of_subject(i):
                continue                                   # "the controllers just call the services": code told
            if j > 0 and self._forbidden(i, j):
                continue                                   # "please don't send that rejection email"
            if j > 0:
                k = _skip(w, j, adv)
                if self._passes_on(k) or attention.at(w, k) > 0:
                    continue                               # "please pass my regards to Ravi", "please bear in
                    # mind the tests are slow": no reply asked
                m = verbs.at(w, k)
                if m < 0:
                    m = to_me.at(w, k)                     # "Feel free to hit me up": the writer as object
                if m > 0 and _cls("request", "permitted_judging").at(w, k) == m and \
                        _cls("request", "permissions").at(w, i) > 0:
                    continue                               # "feel free to consider either version": no reply
                if m > 0 and remembered.at(w, k) < 0:
                    self.add(Function.REQUEST, i, m)
                elif w[i] in _cls("request", "polite").single and _cls("request", "help_verbs").at(w, k) > 0:
                    if k + 1 < len(w) and w[k + 1].isalnum() or self._last_at(verbs, "and") > k:
                        self.add(Function.REQUEST, i, k + 1)   # "Please help & guide me to ..."
                    # ("... didn't get any response. Please help": a plea, nothing asked of the reader)
                elif w[i] in _cls("request", "polite").single and k < len(w) and w[k] in _cls("request", "kindly_review") \
                        and self._suggestions_back(k):
                    self.add(Function.REQUEST, i, k + 1)   # "Please review the code and suggest any changes"
                elif self._kindly(i, k) and remembered.at(w, k) < 0:
                    self.add(Function.REQUEST, i, k + 1)   # "Kindly furnish me with any update"
                elif w[i] in _cls("request", "polite").single and self._asks_decision(k):
                    self.add(Function.REQUEST, i, k + 1)   # "Please resolve my status", "please answer me about"
                continue
            m = verbs.at(w, i)
            if m > 0 and i > 2 and w[i - 2] == "you" and w[i - 1] == "to" and w[i - 3] in _cls("request", "reply_causes") \
                    and _cls("request", "reader_replies").at(w, i) > 0 and not _back(w, i - 3, _cls("offer", "past"), span=2):
                self.add(Function.REQUEST, i - 3, _cls("request", "reader_replies").at(w, i))
                continue                                   # "This should motivate you to respond to me"
            if m > 0 and m + 1 < len(w) and w[m] in ("me", "us") and _cls("request", "any_time").at(w, m + 1) > 0:
                self.add(Function.REQUEST, i, m + 2)      # "My line is always open, call me anytime"
                continue
            if i == 0 or w[i - 1] in ("and", "so", "but", "also", "or"):
                if m > 0 and (m < len(w) and w[m] in ("me", "us", "out", "back", "in", "free")
                              or i == 0 and w[i] in _cls("request", "bare_imperatives") and not self._sends_elsewhere(m)):
                    self.add(Function.REQUEST, i, m)      # "Reach out if ...", "Send me ...", "Call me"
                    continue
            j = you_modal.at(w, i)
            if j > 0:
                k = _skip(w, j, adv)
                questioning = w[i] in ("could", "can", "would", "will", "might", "if", "wondering", "do")
                if k < len(w) and (questioning or verbs.at(w, k) > 0 and not self._thing_operated(verbs.at(w, k))) \
                        and not self._voiced_question(i, k) and not self._generic_you(i, k):
                    self.add(Function.REQUEST, i, k + 1)
        self._wishes()
        self._glad_of_reply()
        self._status_checks()
        self._welcomed()
        self._own_requests()
        self._learning_from_reader()

    def _learning_from_reader(self) -> None:
        """Wanting to learn more from the reader ("I want to learn more from you guys", "I hope to keep
        learning even more from your team": `learn_wishes`, `learn_verbs`, `learn_more`, `learn_sources`):
        asks for more of their feedback or talk. "I learned a lot from you" (past), "I want to learn more
        about Rust" (another source) and "Look forward to learning from you" (a hope to join them) do not."""
        w = self.w
        wishes, verbs = _cls("request", "learn_wishes"), _cls("request", "learn_verbs")
        amounts, sources = _cls("request", "learn_amounts"), _cls("request", "learn_sources")
        for i in _where(w, wishes):
            j = wishes.at(w, i)
            if j < 0:
                continue
            v = _skip(w, j, _cls("modality", "adverbs"), most=2)
            m = verbs.at(w, v)
            if m < 0:
                continue
            x = _skip(w, m, amounts, most=2)
            more = _cls("request", "learn_more").at(w, x)
            e = sources.at(w, _skip(w, more, amounts, most=2)) if more > 0 else -1
            if e > 0:
                self.add(Function.REQUEST, i, e)
                return

    def _voiced_question(self, i: int, k: int) -> bool:
        """Is "you might ask" at ``w[i:k + 1]`` the reader's question voiced by the writer, who answers it
        ("What is missing you might ask, well, a lot", twenty-ninth ac-127; "Why Flask, you may wonder")? A
        question word before it and no object of asking after the verb; "you may ask me anything" and "you
        might ask for a demo" still ask."""
        w = self.w
        return (w[k] in _cls("request", "voiced_verbs").single
                and not _cls("request", "voiced_heads").single.isdisjoint(w[:i])
                and (k + 1 >= len(w) or w[k + 1] not in _cls("request", "voiced_not_after").single))

    def _generic_you(self, i: int, k: int) -> bool:
        """Is the stated "you can" + verb at ``w[i:k + 1]`` the generic "you" inside a clause that a question
        word opens ("show what you can do", thirty-fifth ai-109) with no writer after the verb, or a name given
        ("you can call it, turkish christmas", thirty-fifth ai-126)? Nobody is asked to reply."""
        w = self.w
        after = w[k + 1] if k + 1 < len(w) else ""
        if w[k] == "call" and after in _cls("request", "naming_objects").single:
            return True
        return (i > 0 and w[i - 1] in _cls("request", "embedding_heads").single
                and _cls("request", "writer_words").single.isdisjoint(w[k + 1:k + 3]))

    def _thing_operated(self, m: int) -> bool:
        """Is the object of a reply verb after a stated "you can" (ending at ``w[m]``) a thing of the work ("you can
        update any number of the fields in a single request", "you can send a POST request", twenty-fifth
        l-129)? What the software lets the reader do asks no reply; the writer, a reply's noun, the reader's questions
        or "anytime" within a few words ("you can send the notes to my email", "you can share any feedback", "You
        can send any questions at <address>") still asks."""
        w = self.w
        if m >= len(w) or w[m] not in _cls("request", "thing_objects").single:
            return False
        span = w[m:m + _THING_OBJECT_SPAN]
        if w[m] in _cls("request", "question_determiners") and any(x in _cls("request", "reader_questions")
                                                                 for x in w[m + 1:m + 3]):
            return False                                   # "You can send any (further) questions at <address>"
        return not any(cls.at(span, x) > 0 for x in range(len(span)) for cls in (
            _cls("request", "writer_words"), _cls("request", "info_nouns"), _cls("request", "any_time")))

    def _sends_elsewhere(self, m: int) -> bool:
        """Is the object after a bare imperative's verb (from ``w[m]``) another party (`parties`: "Contact the
        Author.", "Email the maintainers", "Call HR")? The reader is sent to them: no reply to the writer is
        asked."""
        w = self.w
        y = _skip(w, m, _cls("offer", "third_party_skip"))
        return y < len(w) and w[y] in _cls("offer", "parties").single

    def _forbidden(self, i: int, j: int) -> bool:
        """Is the polite imperative at ``w[i:j]`` negated ("please don't send that rejection email", "just don't",
        "Kindly do not call my old employer")? It asks the reader not to act: no reply invited. "Please don't
        hesitate to contact me" (`not_forbidding`) still invites."""
        w = self.w
        denials = _cls("forward", "denials").single
        return (any(x in denials for x in w[i + 1:j + 2])
                and _cls("request", "not_forbidding").single.isdisjoint(w[i:j + 3]))

    def _adverb_of_subject(self, i: int) -> bool:
        """Is the softener ``w[i]`` ("just", "simply", "do") the adverb of a subject's verb ("the controllers
        just call the services", "it simply calls the API", "they do send it") or of an infinitive's ("quicker
        to just write a console app"), not an imperative's?"""
        w = self.w
        if i == 0 or w[i] not in _cls("request", "adverb_softeners").single:
            return False
        x = i - 1
        while x >= 0 and w[x] in _cls("request", "habit_adverbs").single:
            x -= 1                                         # "the tests still do pass", "Things still do do:"
        if x < 0:
            return False                                   # "Still, do let me know": the imperative's
        if x < i - 1 and w[x].isalpha() and w[x] not in _cls("request", "clause_links").single \
                and _cls("request", "please").at(w, x) < 0:
            return True                                    # a subject, then a habit: the softener told
        return (w[x] in _cls("request", "verb_subjects").single
                or w[x] in _cls("request", "infinitive_marks").single
                or x >= 1 and w[x - 1] in _cls("request", "subject_determiners").single)

    def _asks_decision(self, k: int) -> bool:
        """Is ``w[k]``, after "please", a verb that asks the reader for a decision, a status or an answer
        ("Please resolve my status whether ...", "please clarify the outcome", "please answer me about my
        application")? Its object, within a few words, is a status word, or the writer then a topic word
        ("me about", "us regarding"). A verb that asks for no reply ("please find attached my application",
        "please excuse the delay in my update") or a review of the work sent ("please check my results")
        does not."""
        w = self.w
        if k >= len(w) or not w[k].isalpha() or w[k].endswith("ed") or any(w[k] in _cls("request", c) for c in (
                "kindly_not", "kindly_review", "help_verbs")) or w[k] in _cls("thanks", "past_verbs"):
            return False
        if k + 2 < len(w) and w[k + 1] in ("me", "us") and w[k + 2] in _cls("request", "status_topics"):
            return True
        words = _cls("request", "status_words")
        return any(words.at(w, x) > 0 for x in range(k + 1, min(len(w), k + 5)))

    def _passes_on(self, k: int) -> bool:
        """Is the verb ``w[k]`` (after "please") passing greetings on through the reader ("pass my regards to
        Ravi", "convey my gratitude to the panel", "pass on my best")? It asks for nothing back."""
        w = self.w
        x = k + 1
        if x < len(w) and w[x] in ("on", "along"):
            x += 1
        return _cls("request", "passed_on").at(w, x) > 0 or self._relayed(k)

    def _relayed(self, k: int) -> bool:
        """Is the verb ``w[k]`` (after "please") a message passed through the reader to others ("tell the
        designers to turn away", "ask your interns not to look")? With the writer after it ("ask the recruiter
        to send me the contract") it still asks for something back."""
        w = self.w
        if k + 2 >= len(w) or w[k] not in _cls("request", "relayed_verbs") or w[k + 1] not in _cls(
                "request", "relayed_leads"):
            return False
        links = _cls("request", "relayed_links")
        for x in range(k + 2, min(len(w), k + 5)):
            if w[x] in links:
                return _cls("request", "relayed_writer").single.isdisjoint(w[x:])
        return False

    def _own_requests(self) -> None:
        """The writer's own request of the reader: "I need to request the report", "I would like to request a
        copy", "we must ask for an extension" (a first person, then only ``own_request_lead`` words and
        adverbs). "I requested the report last week" is an account. So is a further talk the writer proposes
        or would arrange ("I'd like to propose a short call", "I'd love to set up a time to chat"): a talk of
        ``proposed_talks`` within five words, before any of ``proposal_stops``."""
        w = self.w
        verbs = _cls("request", "own_requests")
        for k in _where(w, verbs):
            m = verbs.at(w, k)
            x = self._writer_before(k) if m > 0 else -1
            if x >= 0:
                self.add(Function.REQUEST, x, m)
        answers = _cls("request", "wanted_answers")
        for k in _where(w, answers):
            x = self._writer_before(k, _cls("request", "wanted_lead"))
            if x >= 0 and x < k - 1:
                self.add(Function.REQUEST, x, k + 1)       # "I wanted to get some clarification on Question 4"
        talks, proposals, stops, to_stops = (_cls("request", c) for c in ("proposed_talks", "proposals", "proposal_stops",
                                                                          "proposal_stop_to"))
        for k in _where(w, proposals):
            v = proposals.at(w, k)
            x = self._writer_before(k) if v > 0 else -1
            if x < 0:
                continue
            for y in range(v, min(len(w), v + 5)):
                if w[y] in stops.single or w[y] == "to" and y + 1 < len(w) and w[y + 1] in to_stops.single:
                    break
                if talks.at(w, y) > 0:
                    self.add(Function.REQUEST, x, y + 1)
                    break

    def _writer_before(self, k: int, more: _Class | None = None) -> int:
        """The first person before ``w[k]`` with only ``own_request_lead`` words (and ``more``'s) and adverbs
        between ("I would like to", "we must"; "let me", "let us" offering to act), or -1."""
        w = self.w
        lead, adv = _cls("request", "own_request_lead"), _cls("modality", "adverbs")
        extra = more.single if more is not None else frozenset()
        x = k - 1
        while x >= 0 and (w[x] in lead.single or w[x] in adv.single or w[x] in extra):
            x -= 1
        if x > 0 and w[x] in ("me", "us") and w[x - 1] == "let":
            return x - 1
        return x if x >= 0 and w[x] in _cls("modality", "first_person").single else -1

    def _welcomed(self) -> None:
        """A reply welcomed in the passive ("Comments/feedback will be welcome.", "Any thoughts are most
        welcome"): a present or future "be" before the welcome word, a reply noun among the four words
        before it. Asks for the reply; "your feedback was welcome" is past."""
        w = self.w
        welcomed, be, nouns = _cls("request", "welcomed"), _cls("request", "welcomed_be"), _cls("request", "welcomed_nouns")
        adv = _cls("modality", "adverbs")
        for i in _where(w, welcomed):
            k = i - 1
            while k >= 0 and (w[k] in adv or _adverb_like(w, k)):
                k -= 1
            b = next((x for x in range(max(0, k - 2), k + 1) if be.at(w, x) == k + 1), -1)
            if b > 0 and any(w[x] in nouns.firsts for x in range(max(0, b - 4), b)):
                self.add(Function.REQUEST, b, i + 1)

    def _suggestions_back(self, k: int) -> bool:
        """After a review verb ``w[k]`` ("review", "check"), does a reply verb or a verb of help follow after
        "and" ("... and revert", "... and suggest any changes needed", "... and advise")? The reader is asked
        to write back, not only to look."""
        return max(self._last_at(_cls("request", "reply_verbs"), "and"),
                   self._last_at(_cls("request", "help_verbs"), "and")) >= k + 2

    def _kindly(self, i: int, k: int) -> bool:
        """Is ``w[i]`` "kindly" before an imperative verb ``w[k]``, at the start of a clause ("Kindly revert",
        "I kindly request you to ...", "could you kindly share ...")? Not in an account ("as you kindly
        offered", "the tour you kindly gave me") nor with a verb that asks for no reply ("kindly excuse"), nor
        a review of the work sent ("kindly check my code") unless a reply verb follows after "and"."""
        w = self.w
        if w[i] not in _cls("request", "kindly") or k >= len(w) or not (i == 0 or w[i - 1] in _cls(
                "request", "kindly_after")):
            return False
        verb = w[k]
        if verb in _cls("request", "kindly_review"):      # "Kindly check the PR": a review, unless "... and revert"
            return self._suggestions_back(k)
        if verb in _cls("request", "kindly_not"):          # "Kindly find time to reply me": the reply asked
            verbs = _cls("request", "reply_verbs")
            return any(w[x - 1] == "to" and verbs.at(w, x) > 0 for x in range(k + 2, min(len(w), k + 5)))
        return not (verb in _cls("thanks", "past_verbs")
                    or verb.endswith("ed") or not verb.isalpha())

    def _status_checks(self) -> None:
        """The writer checks, asks or writes to know whether there is news: "I just wanted to check if there
        is any update", "I am writing to know the status", "just checking in on the role". Asks to be told
        of a decision or timeline, so it requests a reply ("I was glad to know of the decision" is an
        account)."""
        w = self.w
        heads, lead = _cls("request", "status_heads"), _cls("request", "status_lead")
        words, alone = _cls("request", "status_words"), _cls("request", "status_by_themselves")
        topics, past = _cls("request", "status_topics"), _cls("offer", "past")
        if w and _instruction_opens(w):
            return                                         # "Run make test to see the results": instructions
        for i in _where(w, heads):
            j = heads.at(w, i)
            if j < 0 or not (i > 0 and w[i - 1] in lead or i == 0 and w[i].endswith("ing")):
                continue
            if _back(w, i, past, span=4):
                continue
            if w[i] in ("ask", "asking") and j < len(w) and w[j] in _cls("request", "question_auxiliaries").single:
                self.add(Function.REQUEST, i, j + 1)       # "I want to ask is there any opportunity ...": a question
                return                                      # put to the reader, its verb before its subject
            if alone.at(w, i) > 0 and j < len(w) and w[j] in topics:
                objects = _cls("request", "status_objects")
                x = next((x for x in range(j + 1, min(len(w), j + 6)) if w[x] in objects or words.at(w, x) > 0), -1)
                if x > 0:
                    self.add(Function.REQUEST, i, x + 1)   # "just checking in on the role"
                    return
            for x in range(j, min(len(w), j + 10)):
                m = words.at(w, x) if w[x] in words.firsts else -1
                if m > 0:
                    self.add(Function.REQUEST, i, m)       # "wanted to check if there is any update"
                    return

    def _wishes(self) -> None:
        """A conditional wish whose object is information or more talk: "I'd appreciate knowing ...".

        A wish to know "how" or "what" about the work is an indirect question, not a request, unless it
        asks where the application stands ("I'd love to know whether a decision has been made").
        """
        w = self.w
        cond, adv = _cls("modality", "conditional"), _cls("modality", "adverbs")
        heads, verbs = _cls("request", "wish_heads"), _cls("request", "info_verbs")
        nouns, quals = _cls("request", "info_nouns"), _cls("request", "info_qualifiers")
        status, work = _cls("request", "status_nouns"), _cls("forward", "work_objects")
        for i in _where(w, cond):
            j = cond.at(w, i)
            if j < 0:
                continue
            m = heads.at(w, _skip(w, j, adv))
            if m < 0:
                continue
            if i > 3 and w[i - 1] in _cls("request", "impersonal").single \
                    and w[i - 2] in _cls("request", "past_thoughts").single \
                    and any(w[y] in _cls("request", "reason_marks").single for y in range(max(0, i - 6), i - 3)):
                continue                                   # "because I thought it would be nice to talk like ...":
                # a reason told; ("I thought it would be good to have a call" still proposes)
            if w[i] in ("will", "'ll", "shall", "should") and not (i > 0 and w[i - 1] in _cls("request", "impersonal")) \
                    and w[m - 1] not in _cls("request", "will_wishes").single:   # ("I will like to know": a wish)
                # ("it'll be great if ...": a wish all the same; "I'll be happy to send": an offer; "I will be
                # glad to receive your feedback" asks for it)
                r = _cls("request", "receive_infinitives").at(w, _skip(w, m, adv, most=2))
                o = nouns.at(w, _skip(w, r, quals, most=5)) if r > 0 else -1
                if o > 0:
                    self.add(Function.REQUEST, i, o)
                continue
            n = _skip(w, m, adv, most=2)
            if n < len(w) and w[n] == "it":
                n += 1
            o = verbs.at(w, n)
            if o > 0:
                if w[o - 1] in ("to", "of") and work.at(w, o) > 0:
                    continue                               # "I'd welcome the chance to join": a hope
                if _contributes(w, o):
                    self.add(Function.HOPE, i, o)          # "I'd love to bring that approach to your team"
                    continue
                if w[o - 1] in ("know", "knowing", "learn", "learning", "out", "if", "whether", "hear",
                                "hearing") and self._last_at(status) < o and not (
                        w[o - 1] == "if" and self._to_receive(o)) and not self._verdict_asked(o):
                    self.add(Function.INDIRECT_QUESTION, i, o)   # "I'd love to know how the team ..."
                    continue
                self.add(Function.REQUEST, i, o)
                continue
            o = nouns.at(w, _skip(w, n, quals, most=5))
            if o > 0:
                self.add(Function.REQUEST, i, o)

    def _glad_of_reply(self) -> None:
        """The writer glad, now or when it comes, of a reply not yet given ("I am happy about a short answer
        when you have decided", "We'll be pleased with any feedback"): asks for it. A reply already had, named
        by its owner or article ("I am grateful for your feedback"), is thanked for: no request."""
        w = self.w
        gladness = _cls("request", "reply_gladness")
        links, first, adv = _cls("request", "glad_links"), _cls("modality", "first_person"), _cls("modality", "adverbs")
        preps, some = _cls("request", "glad_preps"), _cls("request", "glad_indefinite")
        quals, nouns = _cls("request", "info_qualifiers"), _cls("request", "info_nouns")
        for i in _at_words(w, gladness.words):
            if i < 2:
                continue
            x = i - 1
            while x > 0 and w[x] in adv:
                x -= 1
            link = next((y for y in range(max(0, x - 2), x + 1) if links.at(w, y) == x + 1), -1)
            if link < 1 or w[link - 1] not in first.single:
                continue
            p = i + 1
            if preps.at(w, p) < 0 or some.at(w, p + 1) < 0:
                continue
            o = nouns.at(w, _skip(w, p + 2, quals, most=3))
            if o > 0:
                self.add(Function.REQUEST, link - 1, o)
                return

    def _verdict_asked(self, o: int) -> bool:
        """Does a yes/no question about the writer's own work or chances begin at ``w[o]`` ("... to know if my
        PR is OK", "whether my solution passes", "if I can still apply")? Only the reader can answer it, so
        the wish asks for a reply; "how the team splits on-call" or "if the team uses Kafka" is curiosity."""
        w = self.w
        if o >= len(w):
            return False
        x = o + 1 if w[o] in ("if", "whether") else o if w[o - 1] in ("if", "whether") else -1
        if x < 0 or not any(v in _cls("request", "verdict_subjects").single for v in w[x:x + 2]):
            return False
        # ("if I could have done the join differently": the writer's own what-if, no verdict asked)
        return not any(a in ("could", "would", "should", "might") and b == "have" for a, b in zip(w[x:x + 4], w[x + 1:x + 5]))

    def _to_receive(self, o: int) -> bool:
        """Does a first person who could receive something begin at ``w[o]`` ("... if I could receive
        pointers", "if we might get a few comments")? After a wish ("it'd be great if ...") it asks the
        reader to give it, as "if you could send" does."""
        w = self.w
        if o >= len(w) or w[o] not in _cls("modality", "first_person").single:
            return False
        k = _skip(w, o + 1, _cls("modality", "adverbs"))
        m = _cls("request", "receive_modals").at(w, k)
        v = _cls("request", "receive_verbs").at(w, _skip(w, m, _cls("modality", "adverbs"))) if m > 0 else -1
        # ("if I could have done it differently": a perfect, the writer's own past, asks for nothing)
        return v > 0 and not (v < len(w) and (w[v] in _cls("thanks", "participles") or w[v].endswith("ed")))

    # offers
    def offers(self) -> None:
        w = self.w
        first, able, adv = _cls("modality", "first_person"), _cls("modality", "able"), _cls("modality", "adverbs")
        verbs, willing = _cls("offer", "verbs"), _cls("offer", "willing")
        remain, service = _cls("offer", "remain"), _cls("offer", "service")
        heads, needs = _cls("offer", "condition_heads"), _cls("offer", "needs")
        past, cond = _cls("offer", "past"), _cls("modality", "conditional")
        accounts = _cls("offer", "accounts")
        # a one-word first person ("I") followed by none of ``then`` offers nothing: only the others, and
        # those followed by one of ``then``, are read (in a 500,000-word "i i i ..." none is)
        then, singles = _offer_follows(), first.single
        others = (first.firsts - singles) | willing.firsts | heads.firsts
        starts = _at_words(w, others)
        starts.extend(j - 1 for j in _at_words(w, then) if j > 0 and w[j - 1] in singles)
        relatives = _cls("offer", "relatives").single
        for i in sorted(set(starts)):
            word = w[i]
            if i > 0 and w[i - 1] in relatives and word in first.firsts:
                continue                                   # "an email where I will send the task": a description
            j = i + 1 if word in first.single else first.at(w, i) if word in first.firsts else -1
            if 0 < j < len(w) and w[j] == "could" and self._past_ability(i):
                continue                                   # "I am happy that I could meet you": it happened
            if 0 < j < len(w) and w[j] in then:
                k = _skip(w, j, adv)
                m = able.at(w, k)
                if m > 0:
                    n = _skip(w, m, adv)
                    v = verbs.at(w, n)
                    if v < 0 and _adverb_like(w, n):       # "i can defintely come in": a misspelled adverb
                        n = _skip(w, n + 1, adv)
                        v = verbs.at(w, n)
                    if v < 0:
                        v = self._selection_step(n)        # "I can sit a second assessment"
                    if v > 0 and not _limiting(w, j, v):     # ("I can only provide one list": a limit)
                        f = Function.HOPE if _contributes(w, v) else (
                            Function.PLAN if self._third_party(n, v) or _cls("offer", "intentions").at(w, k) > 0
                            else Function.OFFER)   # ("I plan to email you my details later": a promise)
                        self.add(f, i, v)
                        continue
                m = remain.at(w, _skip(w, k, cond, adv))    # "I will remain available"
                if m > 0:
                    n = _skip(w, m, adv)
                    s = service.at(w, n)
                    if s > 0:
                        self.add(Function.OFFER, i, s)
                        continue
            j = willing.at(w, i) if word in willing.firsts else -1
            if j > 0 and word == "free" and self._own_liberty(i):
                continue                                   # "I feel free to show you ...": the writer's liberty
            if j > 0 and not _back(w, i, past, span=3) and not (i > 0 and w[i - 1] in accounts):
                if j < len(w) and w[j] == "to" and self._thing_available(i):
                    continue                               # "the button would be able to call the endpoint"
                if j < len(w) and w[j] == "to":
                    n = _skip(w, j + 1, adv)
                    v = verbs.at(w, n)
                    if v < 0:
                        v = _cls("offer", "willing_verbs").at(w, n)   # "happy to let you know"
                    if v < 0 and n < len(w) and w[n] in ("help", "assist", "answer"):
                        v = n + 1
                        if w[n] != "answer" and _helps_with_work(w, v):
                            self.add(Function.HOPE, i, v)   # "so happy to help out also": to do the work
                            continue
                    if v < 0:
                        r = _reply_received(w, n)
                        if r > 0:
                            self.add(Function.FORWARD, i, r)   # "Happy to read your feedback"
                            continue
                    if v < 0:
                        v = self._selection_step(n)        # "happy to attend any further interview"
                    if v > 0 and v < len(w) and w[v] in _cls("offer", "news_after").single:
                        continue                           # "I'm happy to share that I've been selected": news
                    if v > 0 and _limiting(w, max(0, i - 3), v):
                        continue                           # "I will only be able to provide one list": a limit
                    if v > 0:
                        self.add(Function.HOPE if _contributes(w, v) else Function.OFFER, i, v)
                        continue
                    if w[i] == "open" and self._willing_be(i) and _cls("forward", "reply_objects").at(
                            w, _skip(w, j + 1, _cls("forward", "qualifiers"))) > 0:
                        self.add(Function.OFFER, i, j + 1)  # "I remain open to any further discussion"
                        continue
                elif w[i] in ("available", "free", "open", "around") and j < len(w) and w[j] in (
                        "for", "on", "at", "any", "anytime", "whenever", "if", "this", "next", "all") and (
                        w[i] in ("available", "free") or self._willing_be(i)) and not self._thing_available(i):
                    self.add(Function.OFFER, i, j + 1)
                    continue
            j = heads.at(w, i) if word in heads.firsts else -1
            if 0 < j < len(w) and w[j] in singles:
                continue                                   # "In case we find a good choice in the future, we could
                # try ...": the writer's own condition, nothing offered to the reader (thirty-fifth ai-163)
            if j > 0:
                for n in range(j, min(len(w), j + 3)):
                    m = needs.at(w, n)
                    if m > 0:
                        if w[n] in ("have", "has") and (self._set_up(m) or m < len(w) and w[m] in ("not", "n't")):
                            break                          # "If you have Docker installed, run ...": instructions;
                            # "If you haven't done so, install Python": what the reader lacks, no offer
                        if self._readers_task(n, m):
                            break                          # "If you need to run the second file, follow ...":
                            # the reader's own task, then instructions for it
                        self.add(Function.OFFER, i, m)
                        break
        self._referrals()
        self._joint_talk()
        self._needed_talk()
        self._proposed_talk()
        self._showcase()
        self._credentials_offered()
        self._extra_work_linked()
        on_request = _cls("offer", "on_request")
        for i in _at_words(w[:-1], {"anything", "available"}):
            if w[i] == "anything" and w[i + 1] == "else":
                if not (i > 0 and w[i - 1] in _cls("offer", "anything_else_not_after")):
                    self.add(Function.OFFER, i, i + 2)
            elif w[i] == "available" and on_request.at(w, i + 1) > 0:
                self.add(Function.OFFER, i, on_request.at(w, i + 1))   # "References are available upon request"
        self._promises_on_request()

    def _own_liberty(self, i: int) -> bool:
        """Is the "free" at ``w[i]`` the writer's own liberty, a first person feeling free ("I feel free to show
        you I'm flexible", "we always felt free to refactor")? "Feel free to ask" said to the reader is no
        liberty of the writer's."""
        w = self.w
        if i == 0 or w[i - 1] not in _cls("offer", "own_liberty").single:
            return False
        x = i - 2
        adv, habit = _cls("modality", "adverbs"), _cls("request", "habit_adverbs")
        while x >= 0 and (w[x] in adv or w[x] in habit):
            x -= 1
        return x >= 0 and w[x] in _cls("modality", "first_person").single

    def _promises_on_request(self) -> None:
        """A first-person promise that waits on the reader's request ("I'll update this section with more
        detail on request", "we can add a demo if asked"): offers more. The promise is the first person
        with an ability ("I'll", "I can") among the 25 words before the request. The writer's own ability
        waiting on the reader's need of the thing ("I can deploy again if it is needed", `promise_on_need`)
        offers too, when its "I" is among the ``_NEED_REACH`` words before it; a team's ("we can redeploy it if
        it is needed") is the design of the work, and a bare "if needed" the writer's capacity ("i can work with
        typeorm if needed")."""
        w = self.w
        request = _cls("offer", "promise_on_request")
        first, able, adv = _cls("modality", "first_person"), _cls("modality", "able"), _cls("modality", "adverbs")
        for k in _where(w, request):
            e = request.at(w, k)
            if e > 0 and any(w[i] in first.single and able.at(w, _skip(w, i + 1, adv)) > 0
                             for i in range(max(0, k - 25), k)):
                self.add(Function.OFFER, k, e)
                return
        need = _cls("offer", "promise_on_need")
        for k in _where(w, need):
            e = need.at(w, k)
            if e > 0 and any(w[i] == "i" and able.at(w, _skip(w, i + 1, adv)) > 0
                             and not _limiting(w, i, k) and "not" not in w[i + 1:k] and "n't" not in w[i + 1:k]
                             for i in range(max(0, k - _NEED_REACH), k)):
                self.add(Function.OFFER, k, e)   # "I can deploy again if it is needed"
                return

    def _past_ability(self, i: int) -> bool:
        """Is the first person at ``w[i]`` (before "could") the subject of a clause under a feeling about what
        happened ("I am happy that I could meet you", "so glad we could talk", "lucky I could visit")? Then
        "could" tells a past ability, no offer."""
        w, x = self.w, i - 1
        if x >= 0 and w[x] == "that":
            x -= 1
        while x >= 0 and w[x] in _cls("modality", "adverbs").single:
            x -= 1                                         # "so glad", "really happy that"
        return x >= 0 and w[x] in _cls("offer", "past_ability_feelings").single

    def _selection_step(self, n: int) -> int:
        """Does a verb of going through a stage of selection at ``w[n]`` take one of those stages within a few
        words ("attend any further interview", "sit a second assessment", "complete another coding exercise")?
        The end of the stage's word, or -1."""
        w = self.w
        v = _cls("offer", "step_verbs").at(w, n)
        if v < 0:
            return -1
        steps = _cls("offer", "steps")
        return next((e for x in range(v, min(len(w), v + _STEP_SPAN)) if (e := steps.at(w, x)) > 0), -1)

    def _readers_task(self, n: int, m: int) -> bool:
        """Is the need of a condition (``w[n:m]``: "if you need", "should you want") a task of the reader's own,
        an infinitive not of `talk_needs` ("If you need to run the exercise2.html file, you need to follow the
        steps below", outside batch twenty-fourth j-107; "if you want to rebuild the styles, run npm run
        css")? Instructions follow it; a need to reach or talk to the writer ("if you need to reach me", "should
        you wish to discuss anything further") still offers."""
        w = self.w
        if not (w[n] in _cls("offer", "task_needs").single and m + 1 < len(w) and w[m] == "to"):
            return False
        if _cls("offer", "talk_needs").at(w, m + 1) < 0:
            return True
        # ("If you want to check how the logic is implemented, start from ...": the work read, directions follow)
        v = _cls("offer", "inspections").at(w, m + 1)
        return v > 0 and any(_cls("offer", "inspected").at(w, x) > 0 for x in range(v, min(len(w), v + 2)))

    def _set_up(self, m: int) -> bool:
        """Does a set-up state close the object of "if you have" that ends before ``w[m]`` ("if you have the
        libraries installed", "if you have the notebook open")? Up to six words of object, then the state."""
        states = _cls("offer", "setup_states")
        return any(states.at(self.w, x) > 0 for x in range(m + 1, min(len(self.w), m + 7)))

    def _thing_available(self, i: int) -> bool:
        """Is ``w[i]`` ("available", "free", "open"; "able", "happy" of `willing`) said of a thing, not of the
        writer ("the API will be available at localhost:5000", "The slides are available on the drive", "it is
        free for students", "the button would be able to call the endpoint")?
        The subject before its "be" (across adverbs and modals) is a thing pronoun or a noun after a determiner;
        or a thing is made or kept available ("make the app available for users", `thing_makers`)."""
        w = self.w
        makers, selves = _cls("offer", "thing_makers"), _cls("offer", "self_objects").single
        for y in range(i - 1, max(-1, i - 5), -1):
            if w[y] in selves:
                break
            if w[y] in makers.single and y < i - 1:
                return True                                # "make the app available for users": the app's
        skip = _cls("modality", "adverbs").single | _cls("offer", "willing_be").single | _cls(
            "offer", "thing_be_lead").single
        x = i - 1
        while x >= 0 and w[x] in skip:
            x -= 1
        if x == i - 1 and x >= 0:
            # "a few packages available for me to leverage"; a feeling is a person's ("... other stuff (Happy to
            # read your feedback ...)": the writer's clause after a bracket the words do not keep)
            return w[i] not in _cls("offer", "person_willing").single and self._after_noun(x)
        if x < 0:
            return False                                   # "Available for a call anytime": the writer's
        if w[x] in _cls("offer", "thing_subjects").single:
            return True
        if w[x] in _cls("modality", "first_person").single:
            return False
        if w[x] in _cls("offer", "subject_links").single:
            # the subject of the clause before: a thing's verb form ("The app runs in Docker and is available at
            # localhost:3000"), else a first person there ("I appreciate ... and remain available": the writer's)
            if w[x + 1] in _cls("offer", "thing_forms").single:
                return True
            if not _cls("modality", "first_person").single.isdisjoint(w[:x]):
                return False
        # a determiner before the noun, or before a compound's first words ("the back-end app will be
        # available on localhost:5050", outside batch twenty-fourth j-127; "the staging server is free")
        determiners = _cls("request", "subject_determiners").single
        return any(w[y] in determiners and w[y] not in ("my", "our") for y in range(max(0, x - 3), x))

    def _after_noun(self, x: int) -> bool:
        """Is ``w[x]`` the last word of a noun phrase that "available" right after it describes ("there were a few
        packages available for me to leverage", twenty-fifth l-108; "the only slots available for the
        workshop")? A determiner or a quantifier within four words before it, no first person or the writer's
        own time between, and no "have" before the phrase ("I have a few slots available for a call" offers)."""
        w = self.w
        leads = _cls("offer", "noun_quantifiers").single | (
            _cls("request", "subject_determiners").single - {"my", "our"})
        stops = _cls("offer", "self_objects").single | _cls("modality", "first_person").single
        for y in range(x, max(-1, x - 5), -1):
            if w[y] in stops:
                return False
            if y < x and w[y] in leads:
                return not (y > 0 and w[y - 1] in _cls("offer", "possessing").single)
        return False

    def _willing_be(self, i: int) -> bool:
        """Does a form of "be" or "remain" stand before ``w[i]`` across adverbs ("I'm always open for")?"""
        w, adv = self.w, _cls("modality", "adverbs")
        x = i - 1
        while x >= 0 and w[x] in adv.single:
            x -= 1
        return x >= 0 and w[x] in _cls("offer", "willing_be").single

    def _showcase(self) -> None:
        """An imperative to look at the writer's own work or profiles elsewhere ("Check out my github and my
        medium page", "Have a look at my portfolio", "Feel free to browse my other projects"): samples offered,
        an offer of more. The look opens the sentence (after a softener of `please` at most) and its object is
        "my" and, within a few words, one of `showcase_objects`; "see my notes below", "check my solution"
        point at the note or the task itself and offer nothing."""
        w = self.w
        looks, objects = _cls("offer", "showcase_verbs"), _cls("offer", "showcase_objects")
        please = _cls("request", "please")
        # the look opens the sentence, or a clause after a true politeness marker ("If you are looking to review
        # more of my coding, please check my blog", thirtieth ad-126)
        for i in chain((0,), (x for x in _where(w, _cls("offer", "showcase_polite")) if x > 0)):
            while i < len(w):
                j = please.at(w, i)
                if j <= i:
                    break
                i = j                                      # "Please", "Feel free to", "do"
            m = looks.at(w, i)
            if m < 0 or m >= len(w) or w[m] != "my":
                continue
            for n in range(m + 1, min(len(w), m + 4)):
                e = objects.at(w, n)
                if e > 0:
                    self.add(Function.OFFER, i, e)
                    return
        self._showcase_located()

    def _extra_work_linked(self) -> None:
        """Extra work the writer made beyond the task, handed over with where to see it ("I have also created a
        little frontend for this project here's the link : <link>", thirtieth ad-122; "I additionally built a
        small dashboard, live at <link>"): a sample offered, as the twentieth batch decided of extra work with its
        link (e-124). The writer's "I", one of `extra_marks` within two words, one of `extra_made` within two
        more, and after it one of `extra_located`; "I also created a link table" (no place given) and "I created
        the frontend, here's the link" (no "also": the submission itself) offer nothing."""
        w = self.w
        if "i" not in w:
            return
        marks, made, located = _cls("offer", "extra_marks"), _cls("offer", "extra_made"), _cls("offer", "extra_located")
        for x in _at_words(w, frozenset(("i",))):
            for y in range(x + 1, min(len(w), x + 3)):
                if w[y] not in marks:
                    continue
                for v in range(y + 1, min(len(w), y + 3)):
                    if w[v] in made:
                        for z in _where(w[v + 1:], located):
                            e = located.at(w, v + 1 + z)
                            if e > 0:
                                self.add(Function.OFFER, x, e)
                                return
                        return

    def _credentials_offered(self) -> None:
        """The writer's own credentials offered for more details ("For more details, please see my resume
        below", "For further information, my CV is attached", `more_for` then "my" and one of
        `credential_objects`): an offer of more; "For more details, see the README" offers nothing."""
        w = self.w
        e = _cls("offer", "more_for").at(w, 0)
        if e < 0:
            return
        objects = _cls("offer", "credential_objects")
        for x in range(e, len(w) - 1):
            if w[x] == "my" and any(objects.at(w, y) > 0 for y in range(x + 1, min(len(w), x + 3))):
                self.add(Function.OFFER, 0, x + 2)
                return

    def _showcase_located(self) -> None:
        """The writer's other work located for the reader ("For other projects, they can be found at <link>",
        "More of my work can be seen on Behance", `showcase_locators`): samples offered. One of `showcase_works`
        after one of `showcase_others` (at most two words between) within `_SHOWCASE_REACH` words before the
        locator; "The code can be found at ..." (the submission itself) offers nothing."""
        w = self.w
        locators = _cls("offer", "showcase_locators")
        works, others = _cls("offer", "showcase_works"), _cls("offer", "showcase_others").single
        for x in _where(w, locators):
            e = locators.at(w, x)
            if e < 0:
                continue
            for y in range(max(0, x - _SHOWCASE_REACH), x):
                if works.at(w, y) > 0 and any(w[z] in others for z in range(max(0, y - 3), y)):
                    self.add(Function.OFFER, y, e)
                    return

    def _joint_talk(self) -> None:
        """The writer and the reader talking something over, proposed with a modal of need ("that's something
        that we should go over in our talk", "We ought to discuss the schema"): an offer of further discussion,
        as "we can discuss it" is. Not a report of what was said ("they decided we should discuss it with
        legal") nor a past need ("we should have discussed it")."""
        w = self.w
        if "we" not in w:
            return
        adv, modals, talks = _cls("modality", "adverbs"), _cls("offer", "joint_modals"), _cls("offer", "joint_talks")
        for i in _at_words(w, {"we"}):
            m = modals.at(w, _skip(w, i + 1, adv))
            if m < 0:
                continue
            v = talks.at(w, _skip(w, m, adv))
            if v > 0 and not _back(w, i, _cls("offer", "joint_reported"), span=3):
                self.add(Function.OFFER, i, v)
                return

    def _needed_talk(self) -> None:
        """A discussion said to be needed, nobody its subject ("would require a discussion with the product team",
        "there needs to be a discussion of what is required by the app", thirty-fifth ai-162): it proposes further
        discussion, as "It would be better to discuss the decision making" does (thirty-second af-171). Not
        negated ("it doesn't require a discussion"), and not the writer's or the reader's own need ("I need a talk
        with my landlord")."""
        w = self.w
        talks = _cls("offer", "needed_talks").single
        heads, nots = _cls("offer", "needed_heads"), _cls("offer", "needed_not").single
        for t in _at_words(w, talks):
            for x in range(max(0, t - 5), t):
                j = heads.at(w, x)
                if j > 0 and t - j <= 2 and nots.isdisjoint(w[max(0, x - 2):x]):
                    self.add(Function.OFFER, x, t + 1)
                    return

    def _proposed_talk(self) -> None:
        """A proposal to talk, the writer and the reader together ("Or let's just talk ASAP instead.", "Let's
        set up a call next week", "lets chat soon"): an offer of further discussion. A proposal with a topic
        announces what the note itself goes through ("Let's talk about the architecture", "Let's go through
        the setup first"): no offer."""
        w = self.w
        if "let" not in w and "lets" not in w:
            return
        proposals, adv = _cls("offer", "proposals"), _cls("modality", "adverbs")
        talks, more = _cls("offer", "joint_talks"), _cls("offer", "proposal_talks")
        objects, tails = _cls("offer", "proposal_objects"), _cls("offer", "proposal_tails")
        for i in _at_words(w, {"let", "lets"}):
            k = proposals.at(w, i)
            if k < 0:
                continue
            n = _skip(w, k, adv)
            v = max(talks.at(w, n), more.at(w, n))
            if v < 0:
                continue
            x = objects.at(w, v)
            x = v if x < 0 else x
            y = _skip(w, x, adv)   # ("further" is an adverb and a tail: "let's discuss it further")
            if y >= len(w) or tails.at(w, x) > 0 or tails.at(w, y) > 0:
                self.add(Function.OFFER, i, v)
                return

    def _referrals(self) -> None:
        """A first person offering someone else for the role ("I may have a suggestion for someone", "we
        know somebody who would fit") or inviting the reader to see more of the writer ("I invite you to get
        to know my projects at my website"): an offer of more. Not in an account ("I knew someone there")."""
        w = self.w
        first, modals = _cls("modality", "first_person"), _cls("offer", "referral_modals")
        adv = _cls("modality", "adverbs")
        referral = _cls("offer", "referral")
        for k in _where(w, referral, _cls("offer", "invitations")):
            m = max(referral.at(w, k), _cls("offer", "invitations").at(w, k))
            if m < 0 or k == 0:
                continue
            x = k - 1
            while x > 0 and (w[x] in modals or w[x] in adv):
                x -= 1                                     # "I may also have ...", "I really do know ..."
            if w[k] == "know" and _cls("offer", "referral_fit").single.isdisjoint(w[m:]):
                continue                                   # "I know someone in your team": an account
            if w[x] in first.single or first.at(w, x) > 0:
                self.add(Function.OFFER, x, m)

    def _third_party(self, n: int, v: int) -> bool:
        """Is the contact verb at ``w[n:v]`` aimed at somebody other than the reader ("follow up with the
        recruiting department next week", "reach out to HR")? Then it is the writer's plan, not an offer."""
        w = self.w
        if _cls("offer", "contact_verbs").at(w, n) < 0:
            return False
        if _cls("offer", "direct_contact").at(w, n) > 0:
            return v < len(w) and w[v] not in _cls("offer", "reader") and w[v] not in ("me", "back", "again")
        leads = _cls("offer", "third_party_leads")
        for x in range(v, min(len(w) - 1, v + 4)):
            if w[x] in leads:
                if w[x + 1] in _cls("offer", "reader"):
                    return False                           # "follow up with you"
                y = _skip(w, x + 1, _cls("offer", "third_party_skip"))
                if y >= len(w) or w[y] in _cls("offer", "contact_things"):
                    return False                           # "follow up with an email": a thing, still an offer
                return w[x] == "with" or y > x + 1 or w[y] in _cls("offer", "parties")   # not "to confirm"
        return False

    # looking forward, or only hoping to work together
    def forward(self) -> None:
        w = self.w
        heads, quals = _cls("forward", "heads"), _cls("forward", "qualifiers")
        reply, work = _cls("forward", "reply_objects"), _cls("forward", "work_objects")
        alone, past = _cls("forward", "by_themselves"), _cls("offer", "past")
        other = _cls("forward", "other_language")
        for i in _where(w, other):
            j = other.at(w, i)
            if j > 0:
                self.add(Function.FORWARD, i, j)           # "Aguardo seu retorno", "Je reste à votre disposition"
        self._hoped_talk()
        self._accepts()
        self._time_accepted()
        self._awaited()
        self._attentive()
        for i in _where(w, alone, heads):
            j = alone.at(w, i)
            if j > 0:
                if _back(w, i, _cls("forward", "denials"), span=2):
                    continue                               # "I won't be hearing from you": no reply expected
                if not (self._career_step(i, j) or self._procedure_step(i) or self._work_step(j)
                        or self._work_subject_step(i)):
                    self.add(Function.FORWARD, i, j)
                continue
            j = heads.at(w, i)
            if j < 0 or _back(w, i, past, span=2) or w[i] == "await" and self._code_await(i):
                continue                                   # "I was keen to hear how the pilot went", "async/await"
            k = _skip(w, j, quals)
            m = reply.at(w, k + 1) if k + 1 < len(w) and w[k] in ("be", "being") else -1
            if m > 0 and not (m + 1 < len(w) and w[m] == "with" and w[m + 1] not in _cls("offer", "reader")):
                self.add(Function.FORWARD, i, m)           # "I hope to be hearing from you soon" (not "to be
                continue                                   # in contact with customers": the work)
            r, h = reply.at(w, k), work.at(w, k)
            if h > r:
                joined = self._joined_reply(h)
                if joined > 0:
                    self.add(Function.FORWARD, i, joined)  # "... contributing to your team and further
                    continue                               # discussing how I can help"
                self.add(Function.HOPE, i, h)
            elif r > 0 and w[r - 1] in ("learn", "learning") and _cls("forward", "growth_learning").at(w, r) > 0:
                self.add(Function.HOPE, i, r)              # "eager to learn whatever your company needs"
            elif r > 0:
                self.add(Function.HOPE if _vague_meeting(w, k) else Function.FORWARD, i, r)
            elif self._work_reviewed(k):
                self.add(Function.FORWARD, i, k + 1)       # "to the opportunity to review my code with the team"
            elif k < len(w) and (w[k - 1] == "to" and (k > j or w[j - 2] != "forward")
                                 or k == j and w[k].endswith("ing") and len(w[k]) > 5):
                self.add(Function.HOPE, i, k + 1)          # "the opportunity to share my talent": an activity
            elif any(w[y] in _cls("forward", "together_nouns") for y in range(k, min(len(w), k + 6))):
                self.add(Function.HOPE, i, k + 1)          # "to a long and fruitful relationship with you"
            elif w[i].startswith("look") or w[i].startswith("await"):
                self.add(Function.FORWARD, i, j)           # "I look forward to it"

    def _code_await(self, i: int) -> bool:
        """Is the "await" at ``w[i]`` the programming keyword ("async/await", "asyncio with async and await
        functions", "we can use await to release the thread", "the await keyword")? One of `code_await_marks`
        within three words before it, one of `code_await_users` right before it, or one of `code_await_nouns`
        right after it; "I await your reply" and "I thank you and await your response" wait on the reader."""
        w = self.w
        return (i > 0 and w[i - 1] in _cls("forward", "code_await_users")
                or i + 1 < len(w) and w[i + 1] in _cls("forward", "code_await_nouns")
                or _back(w, i, _cls("forward", "code_await_marks"), span=3))

    def _work_reviewed(self, k: int) -> bool:
        """Is ``w[k]`` the writer's submitted work gone over together (`work_review_verbs`, then within two words
        one of `own_work`: "review my code with the team", "walk you through the solution")? Looked forward to,
        it is the interview's next stage, not the job's work."""
        w = self.w
        v = _cls("forward", "work_review_verbs").at(w, k)
        return v > 0 and any(_cls("forward", "own_work").at(w, y) > 0 for y in range(v, min(len(w), v + 3)))

    def _accepts(self) -> None:
        """Accepting an invitation by a promise to come: a first person, a modal of ``accept_modals``,
        adverbs, then a verb of ``accept_verbs`` ("I'll definitely be there!", "I can make it on Tuesday",
        "I an defenetely be there!"): agrees to the next step. A negation ("I can't make it", "I will not
        be there") stands between and breaks it."""
        w = self.w
        verbs, modals = _cls("forward", "accept_verbs"), _cls("forward", "accept_modals")
        adv, first = _cls("modality", "adverbs"), _cls("modality", "first_person")
        for i in _where(w, verbs):
            j = verbs.at(w, i)
            if j < 0:
                continue
            k = i - 1
            while k >= 0 and (w[k] in adv or _adverb_like(w, k)):
                k -= 1
            for m in range(max(0, k - 2), k + 1):
                if modals.at(w, m) == k + 1 and m > 0 and w[m - 1] in first:
                    self.add(Function.FORWARD, m - 1, j)
                    break

    def _time_accepted(self) -> None:
        """Accepting a time the reader offered: a day or time of ``offered_times``, up to two
        ``time_fillers`` (a time's digits are no words), then ``time_accepted`` ("Wednesday 2pm is perfect",
        "Thursday at 10:30 works for me"): agrees to the next meeting. "The Wednesday stand-up is great"
        praises something else."""
        w = self.w
        times, fillers, accepted = (_cls("forward", k) for k in ("offered_times", "time_fillers", "time_accepted"))
        for i in _where(w, times):
            k = i + 1
            while k < len(w) and k <= i + 2 and w[k] in fillers.single:
                k += 1
            j = accepted.at(w, k)
            if j > 0:
                self.add(Function.FORWARD, i, j)

    def _awaited(self) -> None:
        """A reply awaited in the passive ("Your response is highly awaited", "An early reply will be
        anticipated"): a reply noun marked as the reader's or as hoped for, within four words before the
        participle."""
        w = self.w
        passive, reply, marks = _cls("forward", "passive"), _cls("forward", "reply_objects"), _cls("forward", "passive_marks")
        for p in _where(w, passive):
            e = passive.at(w, p)
            if e < 0:
                continue
            for r in range(max(0, p - 5), p):
                if reply.at(w, r) > 0 and any(w[x] in marks for x in range(max(0, r - 2), r)):
                    self.add(Function.FORWARD, r, e)
                    return

    def _attentive(self) -> None:
        """Staying attentive to the reader's reply ("I remain attentive to your comments", "I stay pending your
        answer"): one of ``attentive`` after a verb of remaining, a reply object within three words; and
        accepting a meeting with "see you" and its time or place ("see you at the depot"), not after a
        pleasantry that looks back ("great to see you at the depot")."""
        w = self.w
        attentive, remain = _cls("forward", "attentive"), _cls("offer", "remain")
        reply, quals = _cls("forward", "reply_objects"), _cls("forward", "qualifiers")
        for a in _where(w, attentive):
            e = attentive.at(w, a)
            if e > 0 and _back(w, a, remain, span=3):
                r = _skip(w, e, quals)
                if r - e <= 3 and reply.at(w, r) > 0:
                    self.add(Function.FORWARD, a, reply.at(w, r))
                    return
        see = _cls("forward", "see_you")
        for x in _where(w, see):
            e = see.at(w, x)
            if e > 0 and not (x > 0 and w[x - 1] in _cls("forward", "see_you_past")) and not _vague_meeting(w, x):
                self.add(Function.FORWARD, x, e)
                return

    def _hoped_talk(self) -> None:
        """A hope that what was sent serves the next conversation ("I'm hoping this will suffice for having a
        good technical discussion", "I trust this is enough for our chat next week"): a talk noun after a
        preposition of purpose, within ``_HOPE_REACH`` words of the hope and before any past verb ("I hope I
        was clear in the interview", "I hope you enjoyed ... in the interview" look back)."""
        w = self.w
        hopes, preps, talks = _cls("forward", "hope_words"), _cls("forward", "talk_prepositions"), _cls("forward", "next_talks")
        past = _cls("offer", "past")
        for i in _where(w, hopes):
            if i > 0 and w[i - 1] in ("had", "'d") or _back(w, i, past, span=2) or _hope_elsewhere(w, i):
                continue
            for x in range(i + 1, min(len(w), i + _HOPE_REACH)):
                moved = self._moved_talk(x)
                if moved > 0:
                    self.add(Function.FORWARD, i, moved)   # "I hope that we can reschedule"
                    return
                if w[x] in _PAST_VERBS or w[x].endswith("ed") and len(w[x]) > 4:
                    break
                if w[x] in talks.firsts and _next_talk(w, i, x, preps):
                    self.add(Function.FORWARD, i, x + 1)
                    return

    def _moved_talk(self, x: int) -> int:
        """Where a request to move the meeting that begins at ``w[x]`` ends, or -1: a verb of rescheduling
        ("reschedule", "rearranging"; a participle only after "be": "can be rescheduled"), a verb of moving
        with a talk noun within three words ("moving my interview"), or a new date ("a later date")."""
        w = self.w
        resched, moves, dates = (_cls("forward", "reschedule_verbs"), _cls("forward", "move_verbs"),
                                 _cls("forward", "new_dates"))
        passive = x > 0 and w[x - 1] == "be"
        j = resched.at(w, x)
        if j > 0 and (passive or not w[x].endswith("ed")):
            return j
        j = moves.at(w, x)
        if j > 0 and (passive or not w[j - 1].endswith("ed")):
            talks = _cls("forward", "next_talks")
            for y in range(j, min(len(w), j + 3)):
                if talks.at(w, y) > 0:
                    return talks.at(w, y)
            if passive:
                return j
        return dates.at(w, x)

    def _joined_reply(self, h: int) -> int:
        """Where a second object of the anticipation ends when, joined by "and" or "or" to a hope to work
        together (ending at ``w[h]``), it continues the conversation ("the possibility of contributing to
        your team and further discussing how I can be an asset"); else -1. Only within the next
        ``_JOINED_SPAN`` words, before another sentence-level clause ("and I" starts a new one)."""
        w = self.w
        quals, joined = _cls("forward", "qualifiers"), _cls("forward", "joined_reply_objects")
        for x in range(h, min(len(w) - 1, h + _JOINED_SPAN)):
            if w[x] in ("and", "or"):
                if w[x + 1] in ("i", "we"):
                    return -1
                m = joined.at(w, _skip(w, x + 2 if w[x + 1] == "to" else x + 1, quals))   # "and to hearing"
                if m > 0:
                    return m
        return -1

    def _procedure_step(self, i: int) -> bool:
        """Is the "next step" at ``w[i]`` the next step of a procedure the reader is told to follow, an
        imperative of moving on to it ("Proceed to next step once both pods are running", "Then go on to the
        next step", `procedure_moves` and `procedure_leads`), not the hiring process's?"""
        w = self.w
        if w[i] != "next":
            return False
        moves, leads = _cls("forward", "procedure_moves").single, _cls("forward", "procedure_leads")
        for v in range(max(0, i - 4), i - 1):
            if w[v] in moves and leads.at(w, v + 1) == i:
                return v == 0 or v == 1 and w[0] in _cls("request", "run_sequencers").single
        return False

    def _work_step(self, j: int) -> bool:
        """Is the "next step" ending at ``w[j]`` the work's own, told as what it is or would have been ("next
        stage would have been to populate the store", thirty-first ae-108; "the next step is to add caching":
        one of `step_copulas` words, then "to" and a verb not of `talk_needs`)? A plan of the work, not the
        hiring process's step ("the next step is to schedule a call" still looks forward)."""
        w = self.w
        copulas = _cls("forward", "step_copulas").single
        k = j
        while k < len(w) and k < j + 4 and w[k] in copulas:
            k += 1
        return (k > j and k + 1 < len(w) and w[k] == "to"
                and _cls("offer", "talk_needs").at(w, k + 1) < 0 and w[k + 1] not in _cls("forward", "reply_objects"))

    def _work_subject_step(self, i: int) -> bool:
        """Is the "next step" at ``w[i]`` told of the work as its subject ("broader CRUD/permission coverage is
        the next step", thirty-sixth aj-113; "adding pagination would be the next step": `predicate_copulas`)?
        A plan of the work, as "the next step is to add caching" is. A subject that talks, replies or names a
        party ("an interview with the CTO is the next step", "hearing back is the next step", "that is the next
        step") is the hiring process's step."""
        w = self.w
        if w[i] != "next":
            return False
        copulas = _cls("forward", "step_copulas").single
        y = i - 2 if i > 0 and w[i - 1] == "the" else i - 1
        top = y
        while y > 0 and w[y] in copulas and top - y < 4:
            y -= 1                                       # "would be", "is probably", "will probably be"
        if (y == top or w[y] in copulas or w[y] in _cls("forward", "step_subject_not").single
                or _cls("forward", "predicate_copulas").single.isdisjoint(w[y + 1:top + 1])):
            return False
        reply, talks, needs = (_cls("forward", "reply_objects"), _cls("forward", "next_talks"),
                               _cls("offer", "talk_needs"))
        return not any(reply.at(w, k) > 0 or talks.at(w, k) > 0 or needs.at(w, k) > 0
                       for k in range(max(0, y - _STEP_SUBJECT_REACH + 1), y + 1))

    def _career_step(self, i: int, j: int) -> bool:
        """Is the "next step" at ``w[i:j]`` the writer's own move ("my next step", "the next step in my
        career", "the next stage on my professional path") rather than the hiring process's?"""
        w = self.w
        if w[i] != "next":
            return False
        if i > 0 and w[i - 1] in ("my", "our"):
            return True
        if j + 1 < len(w) and w[j] in ("in", "on", "of", "along") and w[j + 1] in ("my", "our"):
            return any(w[x] in _cls("forward", "career_paths") for x in range(j + 2, min(len(w), j + 4)))
        return False

    # template instructions
    def instruction(self) -> bool:
        """Does the sentence describe what to write rather than say it: the reader in the third person as a
        person of unknown sex ("thank him/her"), or the letter's own parts ("The opening paragraph ...")?"""
        w = self.w
        forms, parts = _cls("instruction", "reader_forms"), _cls("instruction", "letter_parts")
        positions, roles = _cls("instruction", "part_positions"), _cls("instruction", "reader_roles")
        for i in _where(w, _cls("instruction", "thank_verbs")):
            j = roles.at(w, i + 1)
            if j > 0:
                self.add(Function.INSTRUCTION, i, j)   # "Thank the interviewer for ..."
                return True
            if i == 0 and i + 1 < len(w) and w[i + 1] in _cls("instruction", "reader_pronouns"):
                self.add(Function.INSTRUCTION, i, i + 2)   # "Thank them for ...": told to thank
                return True
        if self._tells_the_writer():
            return True
        j = _cls("instruction", "shaping_verbs").at(w, 0)
        if j > 0 and j < len(w) and w[j] == "with":
            units = _cls("instruction", "writing_units")
            for x in range(j + 1, min(len(w), j + 5)):
                if units.at(w, x) > 0:
                    self.add(Function.INSTRUCTION, 0, x + 1)   # "Close with one line about ..."
                    return True
        for i in _where(w, forms, parts):
            j = forms.at(w, i)
            if j > 0:
                self.add(Function.INSTRUCTION, i, j)
                return True
            if parts.at(w, i) > 0 and i > 0 and w[i - 1] in positions:
                self.add(Function.INSTRUCTION, i - 1, i + 1)
                return True
        return False

    def _tells_the_writer(self) -> bool:
        """Does the sentence open in the imperative to the template's user, telling them what to write: a verb
        of expressing ("Express appreciation for ...", "If applicable, restate your interest ...") in a
        sentence with no first person, a verb of telling with the reader in the third person after it
        ("Advise them you would be willing ..."), or a letter part's numbered label ("Paragraph one: ...")?"""
        w = self.w
        if len(w) < 2:
            return False
        if w[0] in _cls("instruction", "letter_parts").words and w[1] in _cls("instruction", "part_numbers").words:
            self.add(Function.INSTRUCTION, 0, 2)          # "Paragraph one: A one sentence thank you ..."
            return True
        k = max(_cls("instruction", "conditions").at(w, 0), 0)
        if k + 1 >= len(w):
            return False
        if (w[k] in _cls("instruction", "expressing_verbs").words and w[k + 1] != "of"
                and _cls("instruction", "first_person").words.isdisjoint(w)):
            self.add(Function.INSTRUCTION, k, k + 1)       # "Express appreciation for the time ..."
            return True
        if self._form_to_fill(k):
            return True
        if w[k] in _cls("instruction", "telling_verbs").words and (
                w[k + 1] in _cls("instruction", "reader_pronouns").words or _cls("instruction", "reader_roles").at(w, k + 1) > 0):
            self.add(Function.INSTRUCTION, k, k + 2)       # "Advise them you would be willing ..."
            return True
        return False

    def _form_to_fill(self, k: int) -> bool:
        """Is the sentence from ``w[k]`` a form's prompt to the candidate, left in the file it asks them to fill
        ("Please add any feedback you have on our take home exercise here", thirty-fifth ai-111): perhaps after
        "please", a verb of filling in, a place in the file at its end ("here", "below"), the company's "we" or
        "our" in it and no "I" or "my" of the writer's? The candidate's "Please leave your feedback here" asks."""
        w = self.w
        k += w[k] in _cls("instruction", "filling_openers").single
        fill = _cls("instruction", "filling_verbs")
        if k >= len(w) or fill.at(w, k) < 0 or _cls("instruction", "company_voice").single.isdisjoint(w) \
                or not _cls("instruction", "writer_alone").single.isdisjoint(w):
            return False
        places = _cls("instruction", "filling_places")
        if not any(places.at(w, x) == len(w) for x in range(max(k + 1, len(w) - 4), len(w))):
            return False
        self.add(Function.INSTRUCTION, k, fill.at(w, k))
        return True

    # questions
    def indirect_questions(self) -> None:
        w = self.w
        heads, objects = _cls("question", "indirect_heads"), _cls("question", "indirect_objects")
        asking, past = _cls("question", "ask_heads"), _cls("offer", "past")
        for i in _starting(w, heads, asking):
            j = asking.at(w, i) if w[i] in asking.firsts else -1
            if j > 0:
                if j < len(w) and not (w[j - 1] == "was" and _cls("question", "own_deliberation").at(w, j) > 0):
                    self.add(Function.INDIRECT_QUESTION, i, j)   # ("I meant to ask (Write the question here)."
                continue     # asks nothing: its object is not read; "The question was should I ...": the
                # writer's own deliberation told, thirty-fourth ah-113)
            j = heads.at(w, i) if w[i] in heads.firsts else -1
            if j > 0 and _asked_object(w, i, j, objects) and (w[i].startswith("wonder") or not _back(w, i, past, span=3)):
                self.add(Function.INDIRECT_QUESTION, i, j)     # not "I was interested to hear about ..."
                if _reader_view(w, j):
                    self.add(Function.REQUEST, i, j)           # "I'm curious what you think of ...": a reply asked
        unsure = _cls("question", "unsure_heads")
        for i in _starting(w, unsure):
            j = unsure.at(w, i)
            if j > 0 and _reader_wish(w, j):
                self.add(Function.INDIRECT_QUESTION, i, j)     # "I wasn't sure if you want it in this PR"


_HOPE_REACH: Final = 15  # the words after a hope searched for the next conversation
_TALK_REACH: Final = 5  # the words a preposition of purpose may stand before the talk noun ("for having a good technical discussion")
_PAST_VERBS: Final = frozenset("was were had did went got gave made said told felt thought".split())
_VIEW_REACH: Final = 25  # the words after an indirect question's head searched for the reader's view


def _hope_elsewhere(w: Sequence[str], i: int) -> bool:
    """Is the hope at ``w[i]`` a belief ("I trust in the interview process"), about no talk to come?"""
    return w[i + 1:i + 2] == ["in"]


def _next_talk(w: Sequence[str], i: int, x: int, preps: _Class) -> bool:
    """Is the talk noun ``w[x]``, after the hope at ``w[i]``, the writer's next talk with the reader: after a
    preposition of purpose within ``_TALK_REACH`` words, not the first part of a compound ("the interview
    process"), and marked as coming: a word such as "next", "our", "technical" between the two ("for our next
    conversation", "in the next round"), "a" right after "for" ("for a good discussion"), or a time or "with"
    right after it ("a chat next week", "a discussion on Friday")? "At the meeting" or "for the company
    meeting" names someone else's."""
    if w[x + 1:x + 2] and w[x + 1] in _cls("forward", "talk_compounds").firsts:
        return False
    marks, after = _cls("forward", "next_talk_marks").firsts, _cls("forward", "next_talk_after").firsts
    for y in range(max(i + 1, x - _TALK_REACH), x):
        if preps.at(w, y) > 0:
            between = w[y + 1:x]
            return (any(v in marks for v in between) or w[y] == "for" and between[:1] in (["a"], ["an"])
                    or x + 1 < len(w) and w[x + 1] in after)
    return False


def _reader_wish(w: Sequence[str], j: int) -> bool:
    """After a head of doubt ending at ``w[j]`` ("not sure"), does "whether" or "if", "you" (a modal between
    allowed) and a verb of the reader's wish follow ("if you want", "whether you'd prefer", "if you would
    rather")? Then the writer asks what the reader wants."""
    if tuple(w[j:j + 2]) not in (("whether", "you"), ("if", "you")):
        return False
    k = j + 2
    modal = k < len(w) and w[k] in ("would", "'d", "might", "may", "could", "do", "did", "will")
    k += modal
    # ("like" only after a modal: "if you'd like it"; "not sure if you like puns" is an aside)
    return k < len(w) and (w[k] in _cls("question", "reader_wishes").words or modal and w[k] == "like")


def _reader_view(w: Sequence[str], j: int) -> bool:
    """Does the indirect question whose head ends at ``w[j]`` ask for the reader's own view or advice ("what
    you think of", "what you would recommend", "any advice you may have")? Then it asks for a reply."""
    verbs, nouns = _cls("question", "view_verbs").firsts, _cls("question", "view_nouns").firsts
    end = min(len(w), j + _VIEW_REACH)
    for x in range(j, end):
        if w[x] == "you":
            y = x + 1 if x + 1 < end and w[x + 1] in ("would", "'d", "might", "may", "could", "can", "do") else x
            if y + 1 < end and w[y + 1] in verbs:
                return True
        elif w[x] in nouns and x > j and w[x - 1] in ("your", "any", "some"):
            return True
    return False


_MORE_ABOUT_REACH: Final = 6  # the words of the thing after "more about" before the question word


def _asked_object(w: Sequence[str], i: int, j: int, objects: _Class) -> bool:
    """Does the indirect-question head ``w[i:j]`` have a question's object: a question word or "about" right
    after it (only a question word after "interested in learning"), or after "more about" and a few words of
    the thing, a question word ("I'd like to know more about Flir, what you consider an ideal candidate")?"""
    wh = _cls("question", "wh_after_more")
    if _cls("question", "wh_only_heads").at(w, i) == j:
        if j < len(w) and w[j] in wh.firsts:
            return True
    elif objects.at(w, j) > 0:
        return True
    if w[j:j + 2] != ("more", "about"):
        return False
    return any(word in wh.firsts for word in w[j + 3:j + 3 + _MORE_ABOUT_REACH])


@lru_cache(maxsize=1)
def _question_anchors() -> frozenset[str]:
    """The word that ends each indirect-question head ("know" of "like to know", "curious", "ask"), and
    "question": a sentence without one asks nothing indirectly (a fast pre-check on the tokens)."""
    heads = [*cue_data()["question"]["indirect_heads"], *cue_data()["question"]["ask_heads"],
             *cue_data()["question"]["unsure_heads"]]
    return frozenset(h.split()[-1] for h in heads if h.split()[-1] not in ("is", "was", "be")) | {"question"}


@lru_cache(maxsize=1)
def _offer_follows() -> frozenset[str]:
    """The words one of which must follow a one-word first person ("I") for it to offer something."""
    return _firsts(tuple(_cls("modality", key) for key in ("adverbs", "able", "conditional"))
                   + (_cls("offer", "remain"),))


@lru_cache(maxsize=1)
def _heads() -> dict[str, frozenset[str]]:
    """For each construction, the words one of which a sentence must hold for it to apply (a fast skip)."""
    def firsts(*keys: tuple[str, str]) -> frozenset[str]:
        return frozenset().union(*(_cls(sec, key).firsts for sec, key in keys))

    return {
        "thanks": firsts(("thanks", "words"), ("thanks", "other_language"), ("thanks", "conditional_only"),
                         ("thanks", "glad_heads")),
        "requests": firsts(("request", "to_me"), ("request", "please"), ("request", "reply_verbs"),
                           ("request", "own_requests"), ("request", "proposals"), ("request", "wanted_answers"),
                           ("modality", "you_modal"), ("modality", "conditional"), ("request", "status_heads"),
                           ("request", "welcomed"), ("request", "learn_wishes"), ("request", "reply_gladness")),
        "instruction": firsts(("instruction", "reader_forms"), ("instruction", "letter_parts"),
                              ("instruction", "thank_verbs"), ("instruction", "shaping_verbs"),
                              ("instruction", "expressing_verbs"), ("instruction", "telling_verbs"),
                              ("instruction", "filling_verbs")),
        # (a one-word first person, "I", "we", offers only followed by one of _offer_follows(): that word
        # is the sentence's head then, so that "We talked about ..." is not read for an offer)
        "offers": (_cls("modality", "first_person").firsts - _cls("modality", "first_person").single)
        | _offer_follows() | firsts(("offer", "willing"), ("offer", "condition_heads"), ("offer", "referral"),
                                    ("offer", "invitations"), ("offer", "showcase_verbs"),
                                    ("offer", "showcase_locators"), ("offer", "more_for"), ("offer", "extra_marks"),
                                    ("offer", "proposals"), ("offer", "needed_talks"))
        | {"anything", "available"},
        "forward": firsts(("forward", "by_themselves"), ("forward", "heads"), ("forward", "other_language"),
                          ("forward", "hope_words"), ("forward", "accept_verbs"), ("forward", "passive"),
                          ("forward", "attentive"), ("forward", "see_you"), ("forward", "offered_times")),
        "questions": firsts(("question", "indirect_heads"), ("question", "ask_heads"), ("question", "unsure_heads")),
        "unpunctuated": firsts(("question", "unpunctuated"), ("question", "unpunctuated_wh"),
                               ("question", "unpunctuated_yesno")) | {"may", "should"},
        "unfinished": firsts(("offer", "unfinished_leads")),
        "later": firsts(("request", "later_openings"), ("request", "opening_nouns"), ("request", "remembered")),
    }


@lru_cache(maxsize=1)
def _instruction_needs() -> frozenset[str]:
    """The words one of which ``_Reader.instruction`` needs to find an instruction: a reader role after a
    thanks verb, a reader pronoun after one ("Thank them"), a reader form ("him/her"), a letter part or a verb
    shaping the letter ("Close with one line ...") (a thanks verb alone is not enough), or a verb of filling in
    a form ("Please add any feedback you have on our take home exercise here")."""
    return frozenset().union(*(_cls("instruction", key).firsts
                               for key in ("reader_roles", "reader_pronouns", "reader_forms", "letter_parts",
                                           "shaping_verbs", "expressing_verbs", "filling_verbs")))


_CLOSERS: Final = frozenset(" \t\r\n\"'”’»*_")  # not ")": a question in brackets is an aside


def _asks(text: str) -> bool:
    """Does the sentence end in a question mark (closing quotes, brackets and emoji aside), and put its
    question to the reader (see ``asks_nobody``)?"""
    k = len(text)
    while k and (text[k - 1] in _CLOSERS or ord(text[k - 1]) >= 0x2600):
        k -= 1
    return k > 0 and text[k - 1] in "?？" and not asks_nobody(text)


def asks_nobody(text: str) -> bool:
    """Is a sentence ending in "?" a question put to nobody: a Markdown heading's (a README's section
    title, "## What could I improve?", or an issue form's prompt) or one that answers itself ("but why
    reimplement it in a 2 days sprint ?", ``rhetorical`` of the cue file's [question])?"""
    from ..document.structure import _MARKDOWN_HEADING

    return (_MARKDOWN_HEADING.match(text) is not None or cue_pattern("question", "rhetorical").search(text) is not None
            or cue_pattern("question", "voiced").search(text) is not None or code_mark(text))


def answered_at_once(own: str, end: int) -> bool:
    """Does the writer answer the question ending at ``end`` (of ``own``) at once, on its line or the next ("...
    return anything there, right? Not necessarily.", thirty-fourth ah-102; "Does it scale? No, not past one
    node.")? Then the question is rhetorical, put to nobody (``answered_at_once`` of the cue file's
    [question]); "Could we meet on Friday? No rush." still asks."""
    return own[:end].rstrip().endswith(("?", "？")) and (
        cue_pattern("question", "answered_at_once").match(own, end) is not None or _options_at_once(own, end))


def _options_at_once(own: str, end: int) -> bool:
    """Does the writer list the options of the question ending at ``end`` at once, as bare questions of a word or
    two to the line's end ("... then direct energy towards making improvements there. Is there an opportunity to
    improve performance through caching? Compression? Bundling?", thirty-sixth aj-107; ``options_at_once`` of the
    cue file's [question]), after a sentence of their own on the line and with no "you" in it? The writer thinking
    aloud, a question put to nobody. Opening its line ("Is there parking nearby? Lunch? Showers?") or put to the
    reader ("Do you use Jenkins? GitHub Actions? CircleCI?") it still asks. Only ``_OPTIONS_LOOKBACK`` characters
    before the question are read."""
    if cue_pattern("question", "options_at_once").match(own, end) is None:
        return False
    lo = max(0, end - _OPTIONS_LOOKBACK)
    line = own.rfind("\n", lo, end) + 1 or lo
    before = max(own.rfind(". ", line, end), own.rfind("! ", line, end), own.rfind("? ", line, end - 1))
    return before >= line and _YOU_IN_LEAD.search(own, before, end) is None


_OPTIONS_LOOKBACK: Final = 400  # characters before a question read for the sentence before it on its line
_YOU_IN_LEAD: Final = re.compile(r"\b(?:you|your|yours|u)\b", re.IGNORECASE)


def code_mark(text: str) -> bool:
    """Does ``text`` end in a "?" of code, not a question mark: a parameter's marker after an operator or an
    opening bracket ("update image_table set id_image_type = ?", "WHERE id = ? AND", "VALUES (?, ?",
    thirty-fourth ah-113), or a ternary's after its condition, in a line of code that assigns or returns
    ("const role = isAdmin ?", "return count > 1 ?", and a null-coalescing "??": "let name = user?.nick ??")? Only
    the text's end is read."""
    k = len(text.rstrip())
    if k < 2 or text[k - 1] not in "?？":
        return False
    mark = k - 2 if text[k - 2] == "?" else k - 1    # (a null-coalescing "??": "let name = user ??")
    j = mark
    while j and text[j - 1] in " \t":
        j -= 1
    if j and text[j - 1] in _OPERATOR_BEFORE_MARK and mark == k - 1:
        return True
    line = text[text.rfind("\n", 0, j) + 1:j]
    return j < mark and len(line) <= _CODE_LINE and _TERNARY_HEAD.match(line) is not None


#: what stands before a code's "?" that no question ends on: an assignment, a comparison, an opening bracket, a
#: comma, a logical operator ("%", "+", "!" and "*" end questions: "by 20%?", "in C++?", "really!?", a footnote's)
_OPERATOR_BEFORE_MARK: Final = frozenset("=<>(,[|&")
#: the longest line read as a ternary's condition (a sentence of prose is not scanned)
_CODE_LINE: Final = 200
#: a line of code whose "?" after a space is a ternary's: a declaration or a return opening it ("const role =
#: isAdmin ?", "return n > 1 ?"), or an assignment to a name ("label = count > 1 ?", "this.mode ||= flag ?")
_TERNARY_HEAD: Final = re.compile(r"[ \t]*(?:(?:const|let|var|val|auto|return|yield)[ \t]|[\w$.\[\]]{1,60}[ \t]*[-+*/|&?]?=(?!=))")


@lru_cache(maxsize=None)
def cue_pattern(section: str, key: str) -> re.Pattern[str]:
    """The compiled pattern string ``[section] key`` of the cue file (``rhetorical``, ``supposing``, ...)."""
    return re.compile(cue_data()[section][key], re.IGNORECASE)


def classify(words: Words, text: str, only: str | None = None) -> tuple[Function, tuple[tuple[Function, int, int], ...]]:
    """The functions of one sentence (its words, and its text for the question mark), with word cues.

    ``only="questions"`` reads the questions alone (direct and indirect), for a caller that needs no more.
    """
    w = words.words
    # (a very long "sentence", a pasted log, is read without being remembered)
    # (an inverted condition, "Should I be considered, it would be an honour", is read as a sentence whose
    # mark stands: no phone's question was left unmarked)
    return (_classify if len(w) <= _REMEMBERED_WORDS else _classify.__wrapped__)(
        w, _asks(text), only, "?" in text or "？" in text or cue_pattern("question", "supposing").match(text) is not None
        or cue_pattern("question", "voiced").search(text) is not None,
        text.rstrip().endswith(":"))


def _inverted_question(words: Sequence[str]) -> int:
    """Where a question word, an auxiliary and its subject after it end at the sentence's start ("what time
    should i come on friday", "when can we meet"): a phone's question without its mark; else -1. Without
    the inversion ("what i learned was ...", "how we built it") the sentence says."""
    aux, subjects = _cls("question", "unpunctuated_aux"), _cls("question", "unpunctuated_subjects")
    n = len(words)
    if words[0] in _cls("question", "unpunctuated_yesno") or (
            words[0] in ("may", "should") and n > 1 and words[1] in ("i", "we")):
        return 2 if n > 2 and words[1] in subjects else -1     # "is the accounts role still open"
    j = _cls("question", "unpunctuated_wh").at(words, 0)
    if j < 0:
        return -1
    # ("which ledger system does the team use": a noun of the question word's before its auxiliary)
    reach = 3 if _cls("question", "unpunctuated_wh_noun").at(words, 0) > 0 else 1
    for a in range(j, min(n - 1, j + reach)):
        if words[a] in aux:
            return a + 2 if words[a + 1] in subjects else -1
    return -1


_NEED_REACH: Final = 8  # words between the writer's "I can" and the need it waits on ("if it is needed")
_STEP_SUBJECT_REACH: Final = 5  # words of a "... is the next step" subject read for a talk, reply or party
_REMEMBERED_WORDS: Final = 120  # the longest sentence (in words) whose reading is remembered


@lru_cache(maxsize=8192)
def _classify(words: tuple[str, ...], asks: bool, only: str | None,
              marked: bool = False, introduces: bool = False) -> tuple[Function, tuple[tuple[Function, int, int], ...]]:
    """``classify`` of a sentence's words (``asks``: it ends in a question mark; ``marked``: one stands in it,
    perhaps in a bracketed aside, so no mark was left off; ``introduces``: it ends in a colon, what it
    announces follows on the page). A pure function of the
    words, cues given by word index: remembered, as the same sentences ("Thank you for your time.",
    "Best regards,") recur from draft to draft."""
    r = _Reader(words)
    present = set(words)
    heads = _heads()
    if not present.isdisjoint(heads["instruction"]) and r.instruction():
        return Function.INSTRUCTION, tuple(r.cues)     # a template's instruction does nothing else
    if only is None:
        if not present.isdisjoint(heads["thanks"]):
            r.thanks()
        if not present.isdisjoint(heads["requests"]):
            r.requests()
        if not present.isdisjoint(heads["offers"]):
            r.offers()
        if not present.isdisjoint(heads["forward"]):
            r.forward()
    if not present.isdisjoint(heads["questions"]):
        r.cues.extend(_indirect_cues(words))
    if r.cues and not present.isdisjoint(heads["later"]):
        r.cues = _later_hopes(words, r.cues)
    if r.cues and not present.isdisjoint(heads["unfinished"]):
        r.cues = _unfinished_work(words, r.cues)
    if r.cues and not present.isdisjoint(_cls("offer", "remainder_verbs").words):
        r.cues = _rest_of_work(words, r.cues)      # (only takes offers away: no anchor of its own)
    if r.cues and not present.isdisjoint(_cls("offer", "shown_objects").firsts):
        r.cues = _shown_already(words, r.cues)     # (only takes offers away)
    if r.cues and (introduces or not present.isdisjoint(_cls("offer", "on_the_page").firsts)
                   or not present.isdisjoint(_cls("offer", "page_parts").single)):
        r.cues = _done_on_the_page(words, r.cues, introduces)  # (only takes offers away too)
    if r.cues and not (present.isdisjoint(_cls("offer", "done_verbs").single)
                       and present.isdisjoint(_cls("offer", "account_wh").single)):
        r.cues = _account_given(words, r.cues)     # (only takes offers and wishes away)
    if asks and len(words) >= 2:
        r.add(Function.QUESTION, len(words) - 1, len(words))
    elif not asks and len(words) >= 3 and words[0] in heads["unpunctuated"]:
        j = _cls("question", "unpunctuated").at(words, 0)
        if j < 0 and not marked:
            j = _inverted_question(words)
        if j > 0:
            r.add(Function.QUESTION, 0, j)                 # "Do you have any update for me" (a phone's)
    bits = 0  # (or-ed as ints, then one Function: a sentence of 100,000 "thanks" has as many cues)
    for fn, _i, _j in r.cues:
        bits |= fn._value_
    return Function(bits), tuple(r.cues)


#: the indirect-question cues of the current draft's sentences, by the identity of their words' tuple (kept
#: with it): a sentence asked first whether it asks (``only="questions"``) and then read whole finds them
#: once (a 1 MB sentence of wishes read them twice); emptied by each new draft's ``Sentences``
_INDIRECT: dict[int, tuple[tuple[str, ...], tuple[tuple[Function, int, int], ...]]] = {}
_INDIRECT_KEPT: Final = 256


def _indirect_cues(words: tuple[str, ...]) -> tuple[tuple[Function, int, int], ...]:
    """The cues ``_Reader.indirect_questions`` adds for ``words`` (a pure function of them: it reads no
    other cue)."""
    found = _INDIRECT.get(id(words))
    if found is not None and found[0] is words:
        return found[1]
    r = _Reader(words)
    r.indirect_questions()
    cues = tuple(r.cues)
    if len(_INDIRECT) >= _INDIRECT_KEPT:
        _INDIRECT.clear()
    _INDIRECT[id(words)] = (words, cues)
    return cues


_ANCHOR_BLOCK: Final = 2048  # anchors placed in their sentences at a time by ``Sentences.could_do``
_PICK_FROM: Final = 64  # sentences in a draft from which ``Sentences.could_do`` picks rather than lists them all
_PICK_TOKENS: Final = 20_000  # tokens in a draft from which it picks however few its sentences (1 MB, no full stop)


class Sentences(Sequence[SentenceFunctions]):
    """The sentences of the candidate's own text and what each does, read on demand.

    A sequence of :class:`SentenceFunctions` in text order; each sentence is read the first time it is
    looked at and then kept, so a rule that stops at the first thanks (usually in the first lines) or
    the last invitation (usually in the last) reads only those. ``asks(k)`` reads only the questions.
    """

    def __init__(self, doc: Document, known: Any = None) -> None:
        _INDIRECT.clear()  # (the last draft's sentences' cues: kept no longer than their draft)
        self._doc = doc
        self._own = doc.own
        self._known = known
        self._tokens = doc.tokens
        self._bounds = tuple(doc.sentences)
        self._token_starts = doc.token_starts  # a sentence's tokens are found by bisection
        self._texts = doc.token_texts  # (a sentence's texts and kinds: slices of these columns)
        self._kinds = doc.token_kinds
        self._done: list[SentenceFunctions | None] = [None] * len(self._bounds)
        self._anchors: list[int] | None = None   # where a word that ends an indirect-question head is
        self._sentence_starts: list[int] | None = None
        self._word_texts: Sequence[str] = ()
        self._sentence_word_texts: list[frozenset[str]] | None = None  # (few sentences: see _few_holding)
        self._readings: dict[str, tuple[str, ...]] | None = None  # each distinct word's reading
        self._words: list[Words | None] = [None] * len(self._bounds)
        self._instructions: tuple[tuple[int, int], ...] | None = None
        self._brackets: dict[int, list[tuple[int, int]]] = {}

    def __len__(self) -> int:
        return len(self._bounds)

    def __getitem__(self, k):  # type: ignore[no-untyped-def, override]
        if isinstance(k, slice):
            return tuple(self[i] for i in range(*k.indices(len(self))))
        if k < 0:
            k += len(self)
        found = self._done[k]
        if found is None:
            s, e = self._bounds[k]
            f, cues = self._classified(k, s, e, None)
            if f._value_ & _QUESTION_BIT and answered_at_once(self._own, e):
                f = Function(f._value_ & ~_QUESTION_BIT)   # a rhetorical question: it asks nobody
                cues = tuple(c for c in cues if c[0] is not Function.QUESTION)
            found = self._done[k] = SentenceFunctions(s, e, f, tuple(Cue(fn, cs, ce) for fn, cs, ce in cues))
        return found

    def asks(self, k: int) -> bool:
        """Does sentence ``k`` ask something, directly ("?") or indirectly ("I'm curious whether ...")?"""
        found = self._done[k]
        if found is not None:
            return bool(found.functions._value_ & _ASKING)
        s, e = self._bounds[k]
        text = self._own[s:e]
        if _asks(text):
            return not answered_at_once(self._own, e)
        anchors = self._anchors
        if anchors is None:
            words = _question_anchors()
            doc = self._doc   # the word tokens' starts whose lower-cased text is an anchor, picked in C
            anchors = self._anchors = list(compress(doc.word_starts, map(words.__contains__, doc.lower_words)))
        i = bisect.bisect_left(anchors, s)
        if i == len(anchors) or anchors[i] >= e:
            return False                       # no word of an indirect-question head: nothing to read
        return bool(self._classified(k, s, e, "questions", text)[0]._value_ & _ASKING)

    def _classified(self, k: int, s: int, e: int, only: str | None,
                    text: str | None = None) -> tuple[Function, tuple[tuple[Function, int, int], ...]]:
        """``classify`` of sentence ``k`` (``[s, e)``; ``text``: ``own[s:e]`` when already cut), each cue as
        (function, start, end) in ``doc.own``: its words' (the whole sentence's when it has none).

        Remembered across drafts (``_CLASSIFIED``) by what the result is a function of: the sentence's
        tokens' texts and kinds (its reading, as ``_READINGS``), the reader of words, the sentence's text
        (its question mark) and ``only``; each cue kept as the indices within the sentence of its first
        and last tokens, so that a sentence read again ("Thank you for your time.") costs a look-up, not a
        reading and a classification. A sentence with a "(" (its bracketed instructions are dropped by
        their offsets), an empty token (two tokens could start at one offset) or many tokens is read each
        time."""
        if text is None:
            text = self._own[s:e]
        a, b = self._token_range(k)
        texts = self._texts[a:b]
        remember = b - a <= _REMEMBERED_TOKENS and "(" not in texts and "" not in texts
        if remember:
            key = (texts, self._kinds[a:b], self._known, text, only)
            found = _CLASSIFIED.get(key)
            if found is not None:
                f, at = found
                if not at:
                    return f, ()
                tokens = self._tokens
                return f, tuple((fn, tokens[i + a][0], tokens[j + a][1]) if i >= 0 else (fn, s, e)
                                for fn, i, j in at)
        words = self._read(k)
        f, cues = classify(words, text, only)
        spans = words.spans
        offsets = tuple((fn, spans[i][0], spans[j - 1][1]) if spans else (fn, s, e) for fn, i, j in cues)
        if only is None and not f._value_ & _REQUEST and "(" in texts and ")" in texts:
            asked = self._aside_requests(k, a, b)
            if asked:
                f, offsets = f | Function.REQUEST, offsets + asked
        if remember:
            kept = self._token_indices(a, b, offsets, s, e) if spans else tuple((fn, -1, -1) for fn, _s, _e in offsets)
            if kept is not None:
                if len(_CLASSIFIED) >= _CLASSIFIED_KEPT:
                    _CLASSIFIED.clear()
                _CLASSIFIED[key] = (f, kept)
        return f, offsets

    def _aside_requests(self, k: int, a: int, b: int) -> tuple[tuple[Function, int, int], ...]:
        """The requests of the bracketed asides of sentence ``k`` (tokens ``a:b``) that open on one, read as
        sentences of their own: an imperative to the reader put in brackets inside an account ("Used Hono
        for the API (ask me to see this!)", "(ping me for the slides)") asks for a reply, as it would on its
        own; read inside the sentence it stands mid-clause. A bracketed instruction of a template
        (``paren_instructions``) is no aside, and an aside that asks nothing first ("(see the README)",
        "(I asked them to email me)") asks nothing."""
        tokens, texts = self._tokens[a:b], self._texts[a:b]
        heads = _heads()["requests"]
        dropped: list[tuple[int, int]] | None = None
        out: list[tuple[Function, int, int]] = []
        brackets = list(compress(range(len(texts)), map(_BRACKET_TEXTS.__contains__, texts)))
        read = 0
        for p, q in zip(brackets, brackets[1:]):
            if texts[p] != "(" or texts[q] != ")" or q > p + _ASIDE_TOKENS or q < p + 3 \
                    or texts[p + 1].lower() not in heads:
                continue   # (only an aside opening on a word that heads a request is read)
            if dropped is None:
                dropped = self._brackets_in(k, a, b)
            if any(lo <= tokens[p][0] < hi for lo, hi in dropped):
                continue
            read += 1
            if read > _ASIDES_READ:
                break      # (a flood of "(please see ...)" asides: the first few tell)
            words = read_sentence(tokens[p + 1:q], self._known, [], texts=texts[p + 1:q],
                                  kinds=self._kinds[a + p + 1:a + q])
            if len(words.words) < 2:
                continue
            lo, hi = tokens[p + 1][0], tokens[q - 1][1]
            _f, cues = classify(words, self._own[lo:hi])
            spans = words.spans
            out.extend((fn, spans[i][0], spans[j - 1][1]) for fn, i, j in cues
                       if fn._value_ & _REQUEST and i == 0)
            if out:
                break      # (one request is enough for the sentence to ask)
        return tuple(out)

    def _token_indices(self, a: int, b: int, offsets: tuple[tuple[Function, int, int], ...], s: int,
                       e: int) -> tuple[tuple[Function, int, int], ...] | None:
        """Each cue of ``offsets`` as the indices, within the sentence's tokens ``a:b``, of the token
        starting where it starts and of the one ending where it ends; ``None`` when a cue has no such
        tokens (then the sentence is not remembered)."""
        starts, tokens = self._token_starts, self._tokens
        left = bisect.bisect_left
        out = []
        for fn, cs, ce in offsets:
            i = left(starts, cs, a, b)
            j = left(starts, ce, i, b) - 1   # (the last token starting before the cue's end)
            if i >= b or j < i or tokens[i][0] != cs or tokens[j][1] != ce:
                return None
            out.append((fn, i - a, j - a))
        return tuple(out)

    def _read(self, k: int) -> Words:
        words = self._words[k]
        if words is None:
            a, b = self._token_range(k)
            # (its bracketed instructions, when already found; else read_sentence finds them, only when a
            # "(" is among its tokens: as ``_brackets_in`` would; its texts and kinds: slices of the columns)
            words = self._words[k] = read_sentence(self._tokens[a:b], self._known, self._brackets.get(k),
                                                   texts=self._texts[a:b], kinds=self._kinds[a:b])
        return words

    def _words_read(self, k: int) -> tuple[str, ...]:
        """The words of sentence ``k``'s reading, or more: those of a bracketed instruction too (the remembered
        reading of its tokens, ``_READINGS``, looked up without placing its words; read when not there)."""
        words = self._words[k]
        if words is not None:
            return words.words
        a, b = self._token_range(k)
        if b - a <= _REMEMBERED_TOKENS:
            read = _READINGS.get((self._texts[a:b], self._kinds[a:b], self._known))
            if read is not None:
                return read[0]
        return self._read(k).words

    def _brackets_in(self, k: int, a: int, b: int) -> list[tuple[int, int]]:
        """``paren_instructions`` of sentence ``k`` (its tokens ``a:b``), found once (its reading and
        ``instructions`` both need them)."""
        found = self._brackets.get(k)
        if found is None:
            s, e = self._bounds[k]
            found = self._brackets[k] = (paren_instructions(self._tokens[a:b], self._texts[a:b])
                                         if self._own.find("(", s, e) >= 0 else [])
        return found

    def _token_range(self, k: int) -> tuple[int, int]:
        """The indices of sentence ``k``'s first token and of the token after its last (by bisection)."""
        s, e = self._bounds[k]
        starts = self._token_starts
        a = bisect.bisect_left(starts, s)
        return a, bisect.bisect_left(starts, e, a)

    def could_do(self, wanted: Function, *, backwards: bool = False) -> Iterator[int]:
        """The indices, in text order (``backwards``: from the end), of the sentences that may do ``wanted``,
        picked without reading them. A sentence does something only through a word that heads one of its
        constructions (see ``classify``) or a question mark; thanks only through a thanks word, and a
        thanks word asks for something only as "I'd appreciate ..." or "I'd be grateful ...". Every
        other sentence surely does not, so a rule that looks for thanks in 250,000 "Hi." lines reads none.
        """
        bounds = self._bounds
        if self._lists_all():  # (a usual draft: reading them all costs less than picking)
            yield from (range(len(bounds) - 1, -1, -1) if backwards else range(len(bounds)))
            return
        if len(bounds) <= _PICK_FROM:  # (few sentences, very long: their words looked up, no offsets listed)
            words, marks = self._anchor_words(wanted)
            yield from self._few_holding(words, _QUESTION_MARK if marks else None, backwards)
            return
        yield from self._holding(self._anchors_of(wanted), backwards)

    def _lists_all(self) -> bool:
        """Are all sentences listed rather than picked? In a usual draft, reading them all costs less than
        picking; not in one of many sentences, nor in one of few but very long ones."""
        return len(self._bounds) <= _PICK_FROM and len(self._tokens) <= _PICK_TOKENS

    def _holding(self, anchors: list[int], backwards: bool = False) -> Iterator[int]:
        """The indices of the sentences that hold one of ``anchors`` (sorted text offsets), each once, in
        text order (``backwards``: from the end)."""
        bounds = self._bounds
        if len(bounds) <= _PICK_FROM:  # (few sentences, very long: each looked for among the anchors)
            left = bisect.bisect_left
            for k in (range(len(bounds) - 1, -1, -1) if backwards else range(len(bounds))):
                s, e = bounds[k]
                i = left(anchors, s)
                if i < len(anchors) and anchors[i] < e:
                    yield k
            return
        starts = self._sentence_starts
        if starts is None:
            starts = self._sentence_starts = list(map(_START, bounds))
        if not starts:
            return
        ends = list(map(_END, bounds)) if anchors else []
        del anchors[:bisect.bisect_left(anchors, starts[0])]
        # the sentence of each anchor (the last one starting at or before it), kept when the anchor lies
        # inside it, each sentence once, in order: worked out in C, a block of anchors at a time (a caller
        # that stops at the first sentence found works out one block)
        last = -1
        blocks = range(0, len(anchors), _ANCHOR_BLOCK)
        for b in (reversed(blocks) if backwards else blocks):
            block = anchors[b:b + _ANCHOR_BLOCK]
            ks = list(map(sub, map(bisect.bisect_right, repeat(starts, len(block)), block), repeat(1)))
            picked = list(dict.fromkeys(compress(ks, map(lt, block, map(ends.__getitem__, ks)))))
            for k in (reversed(picked) if backwards else picked):
                if k != last:  # (a sentence running across two blocks is given once)
                    last = k
                    yield k

    def _anchors_of(self, wanted: Function) -> list[int]:
        """The offsets of the words (and question marks) through which a sentence may do ``wanted``."""
        words, marks = self._anchor_words(wanted)
        anchors = self._word_anchors(words)
        own = self._own
        if marks and ("?" in own or "？" in own):
            anchors = sorted(anchors + [m.start() for m in _QUESTION_MARK.finditer(own)])
        return anchors

    def _anchor_words(self, wanted: Function) -> tuple[set[str], bool]:
        """The words through which a sentence may do ``wanted``, and whether a question mark may too."""
        heads = _heads()
        words: set[str] = set()
        if wanted & _THANKS_READER:
            words |= heads["thanks"]
        elif wanted & Function.REQUEST:
            words |= {h for h in heads["thanks"] if _thanks_may_request(h)}
        others = wanted & ~_THANKS_READER
        if others:  # (an instruction's words only take the sentence's other functions away)
            skipped = ("thanks",) if wanted & Function.INSTRUCTION else ("thanks", "instruction")
            words = words.union(*(v for k, v in heads.items() if k not in skipped))
        return words, bool(others)

    def _word_anchors(self, words: AbstractSet[str]) -> list[int]:
        """The offsets of the words whose reading (as ``read_sentence`` reads them: misspelled cue words
        mended) holds one of ``words``."""
        hits = self._hits(words)
        return list(compress(self._doc.word_starts, map(hits.__contains__, self._word_texts)))

    def _hits(self, words: AbstractSet[str]) -> set[str]:
        """The distinct word texts whose reading holds one of ``words``."""
        readings = self._readings
        if readings is None:
            # (each distinct word read once)
            self._word_texts = texts = self._doc.word_texts
            known = self._known
            readings = self._readings = {t: _read_word(t, known) for t in set(texts)}
        return {t for t, read in readings.items() if not words.isdisjoint(read)}

    def _few_holding(self, words: AbstractSet[str], mark: re.Pattern[str] | None,
                     backwards: bool = False) -> Iterator[int]:
        """``_holding(anchors)`` for a draft of few sentences (``_PICK_FROM``), the anchors being the words
        whose reading holds one of ``words`` and the matches of ``mark``: each sentence's distinct word
        texts looked up instead (listing the offsets of 250,000 words cost ~0.03 s per call), the same
        indices."""
        hits = self._hits(words)
        per_sentence = self._sentence_word_texts
        if per_sentence is None:
            texts = self._word_texts
            starts = self._doc.word_starts
            left = bisect.bisect_left
            per_sentence = self._sentence_word_texts = [
                frozenset(texts[left(starts, s):left(starts, e)]) for s, e in self._bounds]
        own = self._own
        bounds = self._bounds
        for k in (range(len(bounds) - 1, -1, -1) if backwards else range(len(bounds))):
            if not hits.isdisjoint(per_sentence[k]) or mark is not None and mark.search(own, *bounds[k]):
                yield k

    @property
    def bounds(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each sentence."""
        return self._bounds

    @property
    def instructions(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of the template instructions in the own text, sorted: bracketed instructions and
        whole sentences that describe what to write (``Function.INSTRUCTION``). Their words are no
        evidence of anything (a moment, a strength)."""
        found = self._instructions
        if found is None:
            found = self._instructions = self._find_instructions()
        return found

    def _find_instructions(self) -> tuple[tuple[int, int], ...]:
        own = self._own
        paren = "(" in own
        marked = not _heads()["instruction"].isdisjoint(self._doc.lower_words)
        bracketed = _bracketed_instructions(own, self._bounds) if "[" in own else []
        if not (paren or marked):
            return tuple(bracketed)
        bounds = self._bounds
        everything = range(len(bounds))
        if self._lists_all():  # (a usual draft: reading them all costs less than picking)
            may_instruct: Iterable[int] = everything if marked else ()
            may_bracket: Iterable[int] = everything if paren else ()
        else:  # (a sentence without a word that instruction() needs, or without a "(", is not read)
            if len(bounds) <= _PICK_FROM:  # (few sentences, very long: their words looked up)
                may_instruct = self._few_holding(_instruction_needs(), None) if marked else ()
                may_bracket = self._few_holding(frozenset(), _OPENING) if paren else ()
            else:
                may_instruct = self._holding(self._word_anchors(_instruction_needs())) if marked else ()
                may_bracket = self._holding([m.start() for m in _OPENING.finditer(own)]) if paren else ()
        out: list[tuple[int, int]] = []
        whole: set[int] = set()
        heads = _heads()["instruction"]
        for k in may_instruct:
            if self._done[k] is None and heads.isdisjoint(self._words_read(k)):
                continue  # (no head of an instruction among its words: none, as ``classify`` would find)
            if self[k].functions & Function.INSTRUCTION:
                whole.add(k)
                out.append(bounds[k])
        for k in may_bracket:
            s, e = bounds[k]
            if k not in whole and "(" in own[s:e]:
                a, b = self._token_range(k)
                out.extend(self._brackets_in(k, a, b))
        return tuple(sorted(set(out + bracketed)))


_SQUARE: Final = re.compile(r"\[\s*([A-Za-z]+)[^\[\]\n]*\]")


def _bracketed_instructions(own: str, bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence that is a square-bracketed instruction and nothing else, opening on an
    instruction verb ("[Insert something you learned from your conversation]."): a template's line left in,
    whose words recall nothing and invite nothing. (A bracketed slot that names a thing, "[Company Name]", is
    a placeholder, found elsewhere.)"""
    verbs = _cls("instruction", "verbs")
    out: list[tuple[int, int]] = []
    for s, e in bounds:
        text = own[s:e]
        m = _SQUARE.match(text.lstrip())
        if m is None or m.group(1).lower() not in verbs or text.strip()[m.end():].strip(" .!") or len(m.group().split()) < 3:
            continue
        out.append((s, e))
    return out


def sentence_functions(doc: Document, known: Any = None) -> Sentences:
    """What each sentence of the candidate's own text does (greeting and closing lines included), read on
    demand (see :class:`Sentences`).

    ``known(word) -> bool`` tells English words (for mending misspelled cue words; ``None``: no mending).
    Placeholders are not read.
    """
    return Sentences(doc, known)

"""Which spans of the candidate's text are in another language, and is the text as a whole English?

Writers switch languages for a greeting, a thanks or a closing ("Vielen Dank für das Gespräch", "Merci
beaucoup pour votre temps", "Muchas gracias", "Obrigado"). Such a span is found with function-word
profiles (``followup_lint/data/languages.toml``): a run of words, each in one language's profile or not
an English word, unbroken by a sentence end or a line break, that holds two or more words of that profile
(at least one of them not an English word; words of one letter do not count), or one of its markers
(words that name the language alone: "obrigado", "gracias", "cordialement"); or, opening a sentence or a
line, capitalised, words all of that profile and none English ("Ahorita the file loads in 40s", "Murakoze
cyane"; one such word needs four letters). Spelling does not check such a span word by word; ``not-english``
weighs the whole text: the share of its words in other-language spans or unknown, against the share
of English function words.

No language-identification library: the profiles are a few hundred words, loaded in well under a
millisecond, and the reading is one pass over the words.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, islice, takewhile
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Callable, Final, Iterable, Sequence

from ..names import fold

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["ForeignSpan", "LanguageReading", "read_language", "read_words", "profiles", "english_word",
           "ENGLISH_SHARE"]

_DATA_FILE: Final = "languages.toml"
#: below this share of English function words a text is not English prose (English runs near 0.4)
ENGLISH_SHARE: Final = 0.2
_BREAKS: Final = frozenset(".!?\n;")


@dataclass(frozen=True, slots=True)
class ForeignSpan:
    """A span of the candidate's text in another language (offsets into ``doc.own``)."""

    start: int
    end: int
    language: str      # a profile's key: "de", "fr", "es", "pt", "it", "nl", "pl", "id", or "other"
    words: int         # how many words it covers


@dataclass(frozen=True, slots=True)
class LanguageReading:
    """What language the candidate's own text is in, and where it switches."""

    spans: tuple[ForeignSpan, ...]
    words: int            # word tokens read
    english_words: int    # of which in the English function-word profile

    @property
    def foreign_words(self) -> int:
        return sum(s.words for s in self.spans)

    @property
    def main_language(self) -> str | None:
        """The language of most other-language words, if any."""
        totals: dict[str, int] = {}
        for s in self.spans:
            totals[s.language] = totals.get(s.language, 0) + s.words
        return max(totals, key=totals.__getitem__) if totals else None

    @property
    def english_share(self) -> float:
        """The share of English function words (about 0.4 in English prose, under 0.15 in other languages)."""
        return self.english_words / self.words if self.words else 0.0

    def covers(self, pos: int) -> ForeignSpan | None:
        """The other-language span containing ``pos``, if any."""
        if not self.spans:
            return None
        k = bisect.bisect_right(self.spans, pos, key=_START) - 1
        if k >= 0 and self.spans[k].start <= pos < self.spans[k].end:
            return self.spans[k]
        return None


def _START(span: ForeignSpan) -> int:
    return span.start


@dataclass(frozen=True, slots=True)
class _Profiles:
    words: dict[str, frozenset[str]]     # word -> the languages whose profile holds it
    markers: dict[str, frozenset[str]]   # word -> the languages it names alone
    english: frozenset[str]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    from ..spelling.lexicon import read_toml_data

    return read_toml_data(_DATA_FILE)


def thanks_words() -> tuple[str, ...]:
    """How the profiled languages say thank you ("merci", "vielen dank"), each also unaccented."""
    return _phrases("thanks")


def thanked_words(key: str) -> tuple[str, ...]:
    """The words of "also", "to" or "for" around a person thanked in a profiled language (``key``:
    "thanked_also", "thanked_to", "thanked_for"), each also unaccented."""
    return _phrases(key)


def forward_words() -> tuple[str, ...]:
    """How the profiled languages look forward to a reply or offer more ("aguardo seu retorno", "je reste à
    votre disposition"), each also unaccented."""
    return _phrases("forward")


def _phrases(key: str) -> tuple[str, ...]:
    out: list[str] = []
    for entry in _data().values():
        for w in entry.get(key, ()):
            out.extend(dict.fromkeys((w, fold(w))))
    return tuple(out)


@lru_cache(maxsize=1)
def profiles() -> _Profiles:
    """The function-word profiles (read once per process); each word also under its unaccented form."""
    data = _data()
    words: dict[str, set[str]] = {}
    markers: dict[str, set[str]] = {}
    english: frozenset[str] = frozenset()
    for lang, entry in data.items():
        if lang == "english":
            english = frozenset(entry["words"].split())
            continue
        for key, target in (("words", words), ("markers", markers)):
            for w in entry.get(key, "").split():
                for form in {w, fold(w)}:
                    target.setdefault(form, set()).add(lang)
        thanks = [w for phrase in entry.get("thanks", ()) for w in phrase.split()]
        for w in (*entry.get("markers", "").split(), *thanks):  # markers and thanks: words of the profile
            for form in {w, fold(w)}:
                words.setdefault(form, set()).add(lang)
    return _Profiles({w: frozenset(v) for w, v in words.items()}, {w: frozenset(v) for w, v in markers.items()},
                     english)


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str]:
    """The profile words that are not English words: every span holds one (a fast pre-check)."""
    return frozenset(w for w in profiles().words if not english_word(w))


@lru_cache(maxsize=65536)
def english_word(word: str) -> bool:
    """Is ``word`` (lower-case) in the packaged English word list? (Remembered: words recur.)"""
    from ..spelling.lexicon import load_lexicon

    return word in load_lexicon()


def read_language(doc: Document, known: Callable[[str], bool]) -> LanguageReading:
    """Other-language spans of the candidate's own body text; ``known(word)``: is it an English word?"""
    return read_words(doc.own, doc.words, known, doc.lower_words, formulas=True)


def read_words(text: str, tokens: Sequence[Any], known: Callable[[str], bool],
               lowered: Sequence[str] | None = None, *, formulas: bool = False) -> LanguageReading:
    """The reading of ``tokens`` (word tokens of ``text``, in order; ``lowered``: their texts in lower case,
    when already known; ``formulas``: a letter's body, whose first line greets and whose closing signs off)."""
    prof = profiles()
    english_set, profile_words = prof.english, prof.words
    if lowered is None:
        lowered = [t[2].lower() for t in tokens]
    english = sum(map(english_set.__contains__, lowered))
    if known is english_word:
        foreign = _foreign_words()
        # (an ASCII text has no word to fold: its words were looked up as they are)
        if foreign.isdisjoint(lowered) and (text.isascii() or foreign.isdisjoint([fold(w) for w in lowered
                                                                                  if not w.isascii()])):
            found = _formula_spans(text, tokens, lowered, known) if formulas else ()
            return LanguageReading(found, len(tokens), english)   # no word of a profile: formulas only (usual)
    spans: list[ForeignSpan] = []
    english = 0
    run: list[tuple[Any, str, frozenset[str], bool]] = []   # (token, word, languages, is English)
    opening = False                                  # does the run open a sentence or a line, capitalised?
    pending: list[tuple[Any, str, frozenset[str], bool]] = []   # unknown words before any profile word
    prev_end = -1
    for tok in tokens:
        word = tok[2].lower()
        if "’" in word:
            word = word.replace("’", "'")
        if word in english_set:
            english += 1
        langs = profile_words.get(word)
        if langs is None and not word.isascii():
            langs = profile_words.get(fold(word))
        if (run or pending) and any(ch in _BREAKS for ch in text[prev_end:tok[0]]):
            if run:
                spans.extend(_spans_of(run, prof, opening))   # a sentence end or a line break ends a run
            run, pending = [], []
        starts = prev_end < 0 or any(ch in _BREAKS for ch in text[prev_end:tok[0]])
        prev_end = tok[1]
        if langs:
            if not run and pending:
                run, pending = pending, []               # unknown words just before: "Bahut bahut dhanyavaad"
                opening = False
            elif not run:
                opening = starts and tok[2][:1].isupper()
            run.append((tok, word, langs, _known(known, word)))
        elif run:                                        # an unknown word continues a run, an English one ends it
            if _known(known, word):
                spans.extend(_spans_of(run, prof, opening))
                run = []
            else:
                run.append((tok, word, frozenset(), False))
        elif _known(known, word):
            pending = []
        else:
            pending.append((tok, word, frozenset(), False))
    if run:
        spans.extend(_spans_of(run, prof, opening))
    for formula in _formula_spans(text, tokens, lowered, known) if formulas else ():   # a formula takes in the spans inside it
        inside = [s for s in spans if formula.start <= s.start and s.end <= formula.end]
        if not any(s.start < formula.end and formula.start < s.end for s in spans if s not in inside):
            spans = [s for s in spans if s not in inside] + [formula]
    spans.sort(key=_START)
    return LanguageReading(tuple(spans), len(tokens), english)


def _formula_spans(text: str, tokens: Sequence[Any], lowered: Sequence[str],
                   known: Callable[[str], bool]) -> tuple[ForeignSpan, ...]:
    """Greeting and closing formulas in a language no profile holds ("Håfa adai Mr. Cruz,", "Mersi bokou,"
    over the signature): the words before the salutation's first English word (an honorific, a name) on
    the note's first line, or a whole closing line that ends in a comma over a short signature line (or over none: the signature is masked), when
    they are two or more words of two letters or more and none of them English ("Helo Mr. Cruz,",
    "Best regrads," and "Sincerly," stay English). One-letter words ("e") neither count nor break the run."""
    n = len(tokens)
    if not n:
        return ()

    def word(k: int) -> str:
        w = lowered[k].replace("’", "'")
        return w

    judged: dict[str, bool] = {}   # each distinct word asked once (a 1 MB first line repeats its words)

    def english(w: str) -> bool:
        found = judged.get(w)
        if found is None:
            found = judged[w] = _known(known, w)
        return found

    def formula(ks: Sequence[int]) -> ForeignSpan | None:
        long = [k for k in ks if len(word(k)) >= 2]
        if len(long) < 2 or any(english(word(k)) for k in long):
            return None
        return ForeignSpan(tokens[ks[0]][0], tokens[ks[-1]][1], "other", len(ks))

    find = text.find

    def broken(k: int) -> bool:   # does a line break stand between token k - 1 and token k?
        return find("\n", tokens[k - 1][1], tokens[k][0]) >= 0

    out: list[ForeignSpan] = []
    first = range(0, _first_line_end(text, tokens))
    # (the line's words up to its first English one of two letters or more: the words of two letters or more
    # picked in C, as straightening an apostrophe keeps the length: a first line of 500,000 "i"s cost two
    # calls a word)
    longer = compress(first, map(_TWO_OR_MORE, map(len, islice(lowered, first.start, first.stop))))
    stop = next((k for k in longer if english(word(k))), first.stop)
    lead = range(first.start, stop)
    if 0 < len(lead) < len(first):       # followed by an English word on the line: "Mālō e lelei Mrs ..."
        span = formula(lead)
        if span:
            out.append(span)
    # A closing formula is a line (after the first) of at most four words whose rest is a comma alone, over a
    # line of at most four words: only the lines ending in a comma are looked at (found by one regex), each
    # line measured from its last word by at most five gaps either way (a walk over every line cost ~1 s on
    # 1 MB of short lines).
    for m in _COMMA_LINE_END.finditer(text, tokens[first.stop - 1][1]) if first.stop < n else ():
        c = m.start()
        k = bisect.bisect_right(tokens, c, key=_TOKEN_END) - 1   # the last word ending before the comma
        if k < first.stop or not _BLANK.fullmatch(text, tokens[k][1], c):
            continue   # (a comma after another mark, or on the first line)
        j = k
        while j > first.stop and k - j < 4 and not broken(j):
            j -= 1
        if k - j >= 4:
            continue   # (more than four words on the line)
        e = k + 1
        while e < n and e - k <= 5 and (e == k + 1 or not broken(e)):
            e += 1
        if e - k > 5:
            continue   # (more than four words on the line under it)
        span = formula(range(j, k + 1))
        if span:
            out.append(span)
    return tuple(out)


# the comma that ends a line (spaces around it aside), and the spaces between a word and that comma
_COMMA_LINE_END: Final = re.compile(r",[^\S\n]*(?:\n|\Z)")
_BLANK: Final = re.compile(r"[^\S\n]*")


def _first_line_end(text: str, tokens: Sequence[Any]) -> int:
    """The index of the first token after a line break that stands between two tokens (``len(tokens)`` when
    none does): where the first line of :func:`_token_lines` ends, without grouping every line."""
    n = len(tokens)
    find = text.find
    last = tokens[-1][1]
    p = find("\n", tokens[0][0], last)
    while p >= 0:
        k = bisect.bisect_right(tokens, p, key=_TOKEN_START)   # the first token starting after the break
        if tokens[k - 1][1] <= p:   # (a break inside a token starts no line)
            return k
        p = find("\n", p + 1, last)
    return n


def _token_lines(text: str, tokens: Sequence[Any]) -> list[range]:
    """The indices of ``tokens`` (in order, not overlapping) grouped by line: a token starts a new line when a
    line break stands between it and the token before it. Found from the line breaks, each placed among the
    tokens' starts by bisection (a few dozen breaks in a note), not by a look at the gap before every token."""
    n = len(tokens)
    if not n:
        return []
    starts = list(map(_TOKEN_START, tokens))
    ends = list(map(_TOKEN_END, tokens))
    cuts = [0]
    find = text.find
    first, last = starts[0], ends[-1]
    p = find("\n", first, last)
    while p >= 0:
        k = bisect.bisect_right(starts, p)   # the first token starting after the break
        if ends[k - 1] <= p and k != cuts[-1]:   # (a break inside a token starts no line)
            cuts.append(k)
        p = find("\n", p + 1, last)
    cuts.append(n)
    return [range(a, b) for a, b in zip(cuts, cuts[1:])]


_TOKEN_START: Final = itemgetter(0)
_TWO_OR_MORE: Final = (2).__le__
_TOKEN_END: Final = itemgetter(1)


def _known(known: Callable[[str], bool], word: str) -> bool:
    return known(word) or not word.isascii() and known(fold(word))


def _spans_of(run: list[tuple[Any, str, frozenset[str], bool]], prof: _Profiles,
              opening: bool = False) -> Iterable[ForeignSpan]:
    """The other-language span of a run of words (none when no language has enough evidence); an
    ``opening`` run (capitalised, at a sentence or line start) needs only its words all of one profile."""
    counts: dict[str, int] = {}
    strong: dict[str, bool] = {}
    marked: dict[str, bool] = {}
    for _tok, word, langs, is_english in run:
        if len(word) < 2:
            continue                       # "a", "à", "y", "e": too short to tell a language
        for lang in langs:
            counts[lang] = counts.get(lang, 0) + 1
            if not is_english:
                strong[lang] = True
                if lang in (prof.markers.get(word) or prof.markers.get(fold(word)) or ()):
                    marked[lang] = True
    best = None
    for lang, n in counts.items():
        if (n >= 2 and strong.get(lang)) or marked.get(lang):
            if best is None or n > counts[best]:
                best = lang
    if best is None and opening:
        lead = list(takewhile(lambda item: not item[3], run))   # up to an English word: "Ahorita I ..."
        best = _all_of_one_profile(lead)
        run = lead
    if best is None:
        return ()
    first = next(k for k, item in enumerate(run) if best in item[2])
    while first and not run[first - 1][2] and not run[first - 1][3]:
        first -= 1                                   # unknown words just before belong to the span
    covered = run[first:]
    return (ForeignSpan(covered[0][0][0], covered[-1][0][1], best, len(covered)),)


#: a lone other-language word opening a sentence needs this many letters ("Ahorita"; not "Mas", "Fue")
_MIN_LONE_LETTERS: Final = 4


def _all_of_one_profile(run: list[tuple[Any, str, frozenset[str], bool]]) -> str | None:
    """The language whose profile holds every word of ``run``, none of them English, if any."""
    if not run or any(is_english for *_rest, is_english in run) or (
            len(run) == 1 and len(run[0][1]) < _MIN_LONE_LETTERS):
        return None
    common = frozenset.intersection(*(langs for _tok, _word, langs, _eng in run))
    return min(common) if common else None

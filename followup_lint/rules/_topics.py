"""Does a draft refer to a phrase such as "the Kafka migration"? Paraphrase-tolerant phrase matching.

Both sides are reduced to *terms*: words lower-cased, diacritics folded, British ``-ise`` folded to
``-ize``, function words and interview-generic words ("team", "role", "discussion") dropped, Snowball
stems, and a few paraphrase families merged ("moving" = "migration"). Each term weighs what it tells:
``max(MIN_WEIGHT, BASE - log10(count))`` with its count in a film-subtitle frequency list
(``data/word_weights.txt``), so "Kafka" or "idempotency" counts about three times as much as "moving".

A phrase is referenced by a sentence of the draft (or two neighbouring sentences) when the terms found
there carry at least ``COVERAGE`` of the phrase's weight and at least ``MIN_MATCHED`` in absolute terms.
Terms that belong to the company, the role or the interviewers' names are ignored on both sides: saying
"Initech" does not reference "the Initech data platform".
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, Final, Sequence

from .._limits import ANALYSED_WORDS
from ..document.tokens import tokenize
from ._phrases import index_of, outside_slots, phrase_data

if TYPE_CHECKING:
    from typing import Callable, Protocol

    from ..document import Document
    from ..model import Interview

    class _Stemmer(Protocol):
        """What PyStemmer's and snowballstemmer's English stemmers share and :func:`stem` calls (neither
        package has types): their ``stemWord(word) -> stem``."""

        stemWord: Callable[[str], str]  # noqa: N815 (the packages' name)

__all__ = ["COMPOUND", "stem", "terms_of", "phrase_term_list", "Term", "PhraseMatch", "DraftTerms", "Units", "draft_terms", "match_phrases",
           "weight", "phrase_terms", "excluded_terms", "role_post_terms", "COVERAGE", "MIN_MATCHED"]

BASE: Final = 8.0
MIN_WEIGHT: Final = 0.5
UNKNOWN_WEIGHT: Final = 6.5      # a stem rarer than the list records (names, jargon)
COVERAGE: Final = 0.5
MIN_MATCHED: Final = 4.0
_ISE: Final = re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$")


@lru_cache(maxsize=1)
def _stemmer() -> _Stemmer:
    """The Snowball English stemmer: PyStemmer's (the Snowball project's C build, ~15x faster per new word
    and the same stems: tests/test_topics_stemmer.py) when it is installed, else snowballstemmer's pure-Python
    one. ``import snowballstemmer`` imports the stemmers of all its 36 languages (~11 ms of a cold run), so
    its English module is loaded alone, under a private name, from the same files."""
    try:
        import Stemmer

        return Stemmer.Stemmer("english")
    except ImportError:
        pass
    return _pure_python_stemmer()


def _pure_python_stemmer() -> _Stemmer:
    """snowballstemmer's English stemmer (pure Python), without PyStemmer."""
    try:
        return _english_only()
    except Exception:  # anything unexpected: the package's own way
        import snowballstemmer

        return snowballstemmer.stemmer("english")


_PRIVATE_SNOWBALL: Final = "followup_lint._snowball_english"


def _english_only() -> _Stemmer:
    import importlib
    import sys
    import types
    from importlib.machinery import PathFinder

    spec = PathFinder.find_spec("snowballstemmer")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("snowballstemmer is not installed")
    package = sys.modules.get(_PRIVATE_SNOWBALL)
    if package is None:
        package = types.ModuleType(_PRIVATE_SNOWBALL)
        package.__path__ = list(spec.submodule_search_locations)
        package.__package__ = _PRIVATE_SNOWBALL
        sys.modules[_PRIVATE_SNOWBALL] = package
    return importlib.import_module(f"{_PRIVATE_SNOWBALL}.english_stemmer").EnglishStemmer()


def _fold(word: str) -> str:
    word = word.replace("’", "'").lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word, British ``-ise`` forms folded to ``-ize``."""
    w = _ISE.sub(r"iz\1", word) if "is" in word else word  # (every -ise form holds "is": the others skip the regex)
    return _stemmer().stemWord(w)


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    data = phrase_data()["topics"]
    stop = frozenset(data["stopwords"].split())
    generic = frozenset(stem(w) for w in data["generic"].split()) | frozenset(data["generic"].split())
    canon: dict[str, str] = {}
    for line in data["synonyms"]:
        words = [w for w in line.replace("-", " ").split()]
        head = stem(words[0])
        for w in words:
            canon.setdefault(stem(w), head)
    return stop, generic, canon


@lru_cache(maxsize=1)
def _tool_verbs() -> dict[str, str]:
    """The forms of the verbs made of a tool's name (``tool_verbs`` of [topics]: "dockerize", "dockerised",
    "dockerizing", "dockerization"), folded, each with the key of the generic verb it tells too ("containerize")."""
    _stop, _generic, canon = _vocab()
    out: dict[str, str] = {}
    for line in phrase_data()["topics"]["tool_verbs"]:
        generic, *tools = line.split()
        key = stem(generic)
        key = canon.get(key, key)
        for tool in tools:
            root = tool[:-3] if tool.endswith(("ize", "ise")) else tool
            for z in "zs":
                for ending in ("e", "es", "ed", "ing", "ation", "ations"):
                    out[f"{root}i{z}{ending}"] = key
    return out


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    from ..spelling.lexicon import read_data  # the file itself when installed: no importlib.resources

    text = read_data("word_weights.txt")
    out: dict[str, float] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        value, _, stems = line.partition(" ")
        out.update(dict.fromkeys(stems.split(), max(MIN_WEIGHT, BASE - int(value) / 10)))
    return out


def weight(term: str) -> float:
    """How much a term tells (higher: rarer)."""
    if term[:1].isdigit():
        return 2.0 if len(term) == 1 else 4.0
    return _weights().get(term, UNKNOWN_WEIGHT)


@dataclass(frozen=True, slots=True)
class Term:
    """One content term: its canonical stem, its weight and where it was (offsets into the text)."""

    key: str
    weight: float
    start: int
    end: int


_SPLIT: Final = re.compile(r"[-/–]")
#: the prefix of a compound's term ("+noshow" for "no-shows"): optional evidence, see _best
COMPOUND: Final = "+"


@lru_cache(maxsize=65536)
def _word_terms(word: str, is_number: bool) -> tuple[tuple[str, float, int, int], ...]:
    """The terms of one token: (key, weight, start, end) relative to the token (cached across drafts)."""
    stop, generic, canon = _vocab()
    out: list[tuple[str, float, int, int]] = []
    pos = 0
    pieces = _SPLIT.split(word) if ("-" in word or "/" in word or "–" in word) else [word]
    for piece in pieces:
        s, e = pos, pos + len(piece)
        pos = e + 1
        if not piece:
            continue
        w = _fold(piece)
        if w.endswith("'s"):
            w = w[:-2]
        w = w.strip("'.,")
        if not w or w in stop:
            continue
        if w[:1].isdigit():
            key = w.rstrip("%")
        else:
            if len(w) < 2 or not w.replace("'", "").isalnum():
                continue
            key = stem(w.replace("'", ""))
            if key in generic or w in generic:
                continue
            key = canon.get(key, key)
            told = _tool_verbs().get(w)
            if told is not None and told != key:
                # "dockerizing": the tool's name, and the generic deed its verb tells ("containerize")
                out.append((told, weight(told), s, e))
        out.append((key, weight(key), s, e))
    if len(pieces) > 1 and len(out) < len(pieces) and "/" not in word:
        # "no-shows", "on-call", "roll-out": a particle was dropped, and with it what the compound means;
        # the joined word is a term of its own (and is what "rollout" written solid gives)
        # (marked COMPOUND: a phrase's compound term counts only where the text has it too, so "pick to
        # light" written without hyphens matches "pick-to-light" exactly as well as before)
        joined = _fold("".join(pieces)).strip("'.,")
        if joined.endswith("'s"):
            joined = joined[:-2]
        if joined.isalpha():
            key = stem(joined)
            out.append((COMPOUND + key, weight(key), 0, len(word)))
    return tuple(out)


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> frozenset[str]:
    return frozenset(k for k, _w, _s, _e in _word_terms(word, False))


_REMEMBERED_WORDS: Final = 120  # the longest sentence (in words) whose keys are remembered


@lru_cache(maxsize=8192)
def _sentence_keys_less(words: tuple[str, ...], excluded: frozenset[str]) -> frozenset[str]:
    """``_sentence_keys(words) - excluded`` (remembered: the same interview's terms are left out of the
    same sentences from draft to draft)."""
    return _sentence_keys(words) - excluded


@lru_cache(maxsize=8192)
def _sentence_keys(words: tuple[str, ...]) -> frozenset[str]:
    """The term keys of a sentence's words (remembered: sentences recur from draft to draft)."""
    return frozenset().union(*map(_word_keys, words))


def terms_of(text: str, tokens: Sequence = (), excluded: frozenset[str] = frozenset()) -> list[Term]:
    """The content terms of ``text`` (``tokens``: its tokens, when already computed)."""
    toks = tokens or tokenize(text)
    out: list[Term] = []
    for tok in toks:
        kind = tok.kind
        if kind != "word" and kind != "number":
            continue
        for key, w, s, e in _word_terms(tok.text, kind == "number"):
            if key not in excluded:
                out.append(Term(key, w, tok.start + s, tok.start + e))
    return out


@lru_cache(maxsize=256)
def _excluded_cached(parts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.key for t in terms_of(" ".join(parts)))


def excluded_terms(interview: Interview | None) -> frozenset[str]:
    """Terms of the company, the role and the interviewers' names: never evidence of a topic."""
    if interview is None:
        return frozenset()
    parts: list[str] = [interview.company or "", interview.role or ""]
    for person in interview.interviewers:
        parts.extend((person.name, person.preferred_name or ""))
    return _excluded_cached(tuple(parts))


def role_post_terms(interview: Interview | None) -> frozenset[str]:
    """The keys of the post the role's person holds, and of the person a post's role names ("internship" and
    "intern" for a "QA Intern", ``role_posts``): the role in another form, which any applicant names ("for the
    QA internship", outside batch thirty-third ag-312). Not in ``excluded_terms``: "my previous internship" is
    the writer's own past, a strength's word."""
    if interview is None or not interview.role:
        return frozenset()
    return _role_posts_cached(interview.role)


@lru_cache(maxsize=256)
def _role_posts_cached(role: str) -> frozenset[str]:
    words = set(re.findall(r"[a-z]+", role.lower()))
    posts = {w for line in phrase_data()["topics"]["role_posts"] if not words.isdisjoint(line.split())
             for w in line.split()}
    return frozenset(t.key for t in terms_of(" ".join(sorted(posts)))) if posts else frozenset()


_COUNTED_KINDS: Final = frozenset({"word", "number"})
_START: Final = itemgetter(0)  # Token.start
_TEXT: Final = itemgetter(2)   # Token.text


class Units(Sequence[tuple[int, int, frozenset[str], str]]):
    """The draft's sentences as (start, end, keys, field), each one's keys worked out when first read.

    Most drafts are linted without an interview's phrases to match, and then only the few sentences that
    ask something have their keys read: 250,000 "Hi." lines or 20,000 unknown words are not stemmed for
    nothing. A unit reads the same whenever it is read (``draft_terms`` computed them all at once before).
    ``bounds`` are the (start, end) of the body units, which come first; the subject's unit (keys known at
    once) is last.
    """

    __slots__ = ("bounds", "_doc", "_excluded", "_subject", "_keys", "_starts", "_texts")

    def __init__(self, doc: Document, bounds: tuple[tuple[int, int], ...], excluded: frozenset[str],
                 subject: tuple[int, int, frozenset[str], str] | None) -> None:
        self.bounds = bounds
        self._doc = doc
        self._excluded = excluded
        self._subject = subject
        self._keys: dict[int, frozenset[str]] = {}
        self._starts: list[int] | None = None   # the starts and texts of the words and numbers counted,
        self._texts: list[str] = []             # picked out on the first unit read

    def __len__(self) -> int:
        return len(self.bounds) + (self._subject is not None)

    def _unit(self, k: int) -> tuple[int, int, frozenset[str], str]:
        if k == len(self.bounds):
            assert self._subject is not None
            return self._subject
        s, e = self.bounds[k]
        keys = self._keys.get(k)
        if keys is None:
            keys = self._keys[k] = self._work_out(s, e)
        return (s, e, keys, "body")

    def _work_out(self, s: int, e: int) -> frozenset[str]:
        if self._starts is None:
            self._starts, self._texts = _counted(self._doc)
        left = bisect.bisect_left
        a = left(self._starts, s)
        b = left(self._starts, e, a)
        excluded = self._excluded
        if b - a > _REMEMBERED_WORDS:  # a very long "sentence" (a pasted log) is not remembered
            keys = _EMPTY.union(*map(_word_keys, self._texts[a:b]))
            return keys - excluded if excluded else keys
        if b <= a:
            return _EMPTY
        words = tuple(self._texts[a:b])
        return _sentence_keys_less(words, excluded) if excluded else _sentence_keys(words)

    def __getitem__(self, k):  # type: ignore[no-untyped-def,override]
        n = len(self)
        if isinstance(k, slice):
            return tuple(self._unit(i) for i in range(*k.indices(n)))
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError(k)
        return self._unit(k)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return map(self._unit, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Units, tuple, list)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Units({tuple(self)!r})"


_EMPTY: Final[frozenset[str]] = frozenset()
_SECOND: Final = itemgetter(1)


def _counted(doc: Document) -> tuple[list[int], list[str]]:
    """The starts and texts of the words and numbers of the text (outside placeholders), picked out once:
    each sentence is a slice (compress/map: the filtering and picking run in C, not a Python loop over
    every token)."""
    mask = list(map(_COUNTED_KINDS.__contains__, doc.token_kinds))
    if not doc.placeholders:  # (the usual draft: the starts and texts picked from the Document's columns)
        starts, texts = list(compress(doc.token_starts, mask)), list(compress(doc.token_texts, mask))
        del starts[ANALYSED_WORDS:], texts[ANALYSED_WORDS:]
        return starts, texts
    counted = list(compress(doc.tokens, mask))
    del counted[ANALYSED_WORDS:]  # a pathological draft: stemming 90,000 distinct words is not needed
    counted = outside_slots(doc, counted)
    return list(map(_START, counted)), list(map(_TEXT, counted))


@dataclass(frozen=True, slots=True)
class DraftTerms:
    """The draft's terms, sentence by sentence: ``units`` are (start, end, keys, field)."""

    units: Sequence[tuple[int, int, frozenset[str], str]]


def draft_terms(doc: Document, excluded: frozenset[str], *, subject: bool = True) -> DraftTerms:
    """Terms of each sentence of the candidate's content (and of the subject line); a body sentence's keys
    are worked out when first read (``Units``)."""
    lo, hi = doc.content_range
    sentences = doc.sentences  # (in order, not overlapping: those within the content are one slice)
    i = bisect.bisect_right(sentences, lo, key=_SECOND)
    j = bisect.bisect_left(sentences, hi, i, key=_START)
    found: tuple[int, int, frozenset[str], str] | None = None
    if subject and doc.subject.text.strip():
        toks = [t for t in doc.subject_tokens if t.kind != "placeholder"]
        if toks:  # == the keys of terms_of(subject, toks, excluded), without building Term objects
            keys = _EMPTY.union(*map(_word_keys, [t[2] for t in toks if t[3] == "word" or t[3] == "number"]))
            keys = keys - excluded if excluded else keys
        else:
            keys = frozenset(t.key for t in terms_of(doc.subject.text, toks, excluded))
        found = (0, len(doc.subject.text), keys, "subject")
    return DraftTerms(Units(doc, sentences[i:j], excluded, found))


@lru_cache(maxsize=4096)
def phrase_term_list(phrase: str, excluded: frozenset[str] = frozenset()) -> tuple[Term, ...]:
    """``terms_of(phrase, excluded=excluded)``, read once for every use of an interview's phrase (its
    terms, weights, initials, compound heads and pairs each read them; remembered)."""
    return tuple(terms_of(phrase, excluded=excluded))


@lru_cache(maxsize=4096)
def phrase_terms(phrase: str, excluded: frozenset[str]) -> dict[str, float]:
    """A phrase's terms and their weights (cached; do not modify the result)."""
    return {t.key: t.weight for t in phrase_term_list(phrase, excluded)}


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A phrase (topic, strength, question) and the place in the draft that refers to it."""

    index: int
    phrase: str
    score: float
    start: int
    end: int
    field: str
    matched: tuple[str, ...]


def match_phrases(phrases: Sequence[str], terms: DraftTerms, excluded: frozenset[str], *,
                  units: Sequence[int] | None = None, coverage: float = COVERAGE,
                  min_matched: float = MIN_MATCHED, window: bool = True,
                  blocked: Sequence[PhraseMatch] = ()) -> list[PhraseMatch]:
    """Which of ``phrases`` the draft refers to; ``units`` restricts the sentences considered.

    ``blocked`` are matches of other phrases (strengths, questions): the terms they consumed in a
    sentence are not evidence for the phrases here.
    """
    allowed = range(len(terms.units)) if units is None else units
    picked = [terms.units[k] for k in allowed]
    singles: list[tuple[int, int, frozenset[str], str]] = _trim(picked, blocked) if blocked else picked
    pairs: list[tuple[int, int, frozenset[str], str]] | None = None if window else []
    # every key a unit, or two neighbouring units, may hold (trimming only takes keys away; initials are
    # spelt out only in a unit that holds another word of the phrase): a phrase none of whose terms is
    # among them is referred to nowhere
    seen = _EMPTY.union(*[u[2] for u in picked])

    def neighbours() -> list[tuple[int, int, frozenset[str], str]]:
        # built on first need: most phrases are found in a single sentence, or nowhere
        body = [u for u in picked if u[3] == "body"]
        found = [(a[0], b[1], a[2] | b[2], "body") for a, b in zip(body, body[1:]) if b[0] - a[1] < 400]
        return _trim(found, blocked) if blocked else found

    out: list[PhraseMatch] = []
    for index, phrase in enumerate(phrases):
        wanted, total = _phrase_weights(phrase, excluded)
        if total <= 0 or wanted.keys().isdisjoint(seen):
            continue
        # (its initials and compound heads only now: they stand for its words beside another of them, and
        # working them out stems every cut of its long words; most phrases share no term with a draft)
        short, compounds = _phrase_reading(phrase, excluded)
        # two neighbouring sentences are tried only when no single sentence refers to the phrase
        best = _best(index, phrase, wanted, total, _spelt_out(singles, short, wanted), coverage, min_matched,
                     compounds)
        if best is None:
            if pairs is None:
                pairs = neighbours()
            if pairs:
                best = _best(index, phrase, wanted, total, _spelt_out(pairs, short, wanted), coverage, min_matched,
                             compounds)
        if best is not None:
            out.append(best)
    return out


@lru_cache(maxsize=4096)
def _phrase_weights(phrase: str, excluded: frozenset[str]) -> tuple[dict[str, float], float]:
    """A phrase's terms and their weights (``phrase_terms``) and their total (remembered; do not modify)."""
    wanted = phrase_terms(phrase, excluded)
    return wanted, sum(wanted.values())


@lru_cache(maxsize=4096)
def _phrase_reading(phrase: str, excluded: frozenset[str]) -> tuple[tuple[tuple[str, frozenset[str]], ...],
                                                                 tuple[str, ...]]:
    """What ``match_phrases`` reads of a phrase some sentence shares a term with, looked up once: its
    initials and compound heads (``acronyms``, ``compound_heads``) and its compound terms (a pure function
    of the phrase: remembered; do not modify)."""
    return (acronyms(phrase, excluded) + compound_heads(phrase, excluded),
            tuple(k for k in phrase_terms(phrase, excluded) if k[0] == COMPOUND))


@lru_cache(maxsize=4096)
def acronyms(phrase: str, excluded: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The initials of each run of two to four adjacent content words of ``phrase``, as the key a draft's
    word would have ("DC" for "distribution centre", "HR" for "human resources"), with the keys they
    stand for. Initials that spell a stop word ("IT", "US") give no key and are left out."""
    terms = [t for t in phrase_term_list(phrase, excluded) if t.key[0] != COMPOUND]
    out: dict[str, frozenset[str]] = {}
    for a in range(len(terms)):
        for b in range(a + 1, min(len(terms), a + 4)):
            gap = phrase[terms[b - 1].end:terms[b].start]
            if not gap or gap.strip(" -") or not phrase[terms[b].start].isalpha():
                break
            keys = _word_keys("".join(phrase[t.start] for t in terms[a:b + 1]).upper())
            for key in keys - {t.key for t in terms}:
                out.setdefault(key, frozenset(t.key for t in terms[a:b + 1]))
    return tuple(out.items())


_COMPOUND_PART: Final = 4   # the shortest first part of a solid compound that stands for it ("hall")
_PART_WEIGHT: Final = 4.0   # both parts of such a compound are common words ("hall" 3.4, "way" 1.7; "ion" 4.5)


@lru_cache(maxsize=4096)
def compound_heads(phrase: str, excluded: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The first part of each word of ``phrase`` written solid from two words ("hall" of "hallway",
    "store" of "storefront", "class" of "classroom"), as the key a draft's word would have, with the
    compound's key: like initials, the part stands for the compound beside another word of the phrase
    ("I met him in the hall" for "a brief meeting ... in the hallway")."""
    stop, _generic, _canon = _vocab()
    known = _weights()
    out: dict[str, frozenset[str]] = {}
    for t in phrase_term_list(phrase, excluded):
        word = _fold(phrase[t.start:t.end])
        if t.key[:1] == COMPOUND or not word.isalpha() or len(word) < 2 * _COMPOUND_PART - 1:
            continue
        # both parts stem to a common word, and a stem is never more than _STEM_CUT letters shorter than
        # its word: cuts that leave a part longer than that are not tried (a 5,000-letter "word" is
        # not stemmed 5,000 times, each in time that grows with its length)
        longest = _longest_weighted() + _STEM_CUT
        for cut in range(max(_COMPOUND_PART, len(word) - longest), min(len(word) - 2, longest + 1)):
            head, tail = word[:cut], word[cut:]
            if head in stop or tail in stop:
                continue
            hk, tk = stem(head), stem(tail)
            # two common words ("hall" + "way"), not a stem and a suffix ("migrat" + "ion": "ion" is rare)
            if hk in known and tk in known and hk != t.key and max(known[hk], known[tk]) <= _PART_WEIGHT:
                out.setdefault(hk, frozenset((t.key,)))
                break
    return tuple(out.items())


#: the most letters the Snowball English stemmer takes off a word (its longest endings, "ational" and
#: "ization" in step 2, then "ement" in step 4, then an "e": well under this)
_STEM_CUT: Final = 16


@lru_cache(maxsize=1)
def _longest_weighted() -> int:
    """The length of the longest stem of the word-weight list."""
    return max(map(len, _weights()))


def _spelt_out(units: list[tuple[int, int, frozenset[str], str]], short: tuple[tuple[str, frozenset[str]], ...],
               wanted: dict[str, float]) -> list[tuple[int, int, frozenset[str], str]]:
    """``units`` with each acronym of ``short`` that a unit holds read as the words it stands for, when
    the unit also holds another word of the phrase ("the QA backlog", "your new DC in Bang Na"): alone,
    initials may spell something else ("I grew up in DC")."""
    if not short:
        return units
    initials = _initials(short)
    out = None  # (a copy, made when a unit is first read otherwise: the usual list holds no initials)
    for i, (s, e, keys, field) in enumerate(units):
        if initials.isdisjoint(keys):  # (the usual unit: it holds none of the initials)
            continue
        read = keys
        for key, words in short:
            if key in read and any(k in read for k in wanted if k not in words):
                read = read | words
        if read is not keys:
            if out is None:
                out = list(units)
            out[i] = (s, e, read, field)
    return units if out is None else out


@lru_cache(maxsize=4096)
def _initials(short: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    """The keys of ``acronyms``' initials."""
    return frozenset(key for key, _words in short)


def _trim(units: list[tuple[int, int, frozenset[str], str]],
          blocked: Sequence[PhraseMatch]) -> list[tuple[int, int, frozenset[str], str]]:
    """Remove from each unit the terms another phrase's match (a strength, a question) consumed there."""
    out = []
    for s, e, keys, field in units:
        used = {k for b in blocked if b.field == field and b.start < e and s < b.end for k in b.matched}
        out.append((s, e, keys - used if used else keys, field))
    return out


def _best(index: int, phrase: str, wanted: dict[str, float], total: float,
          units: list[tuple[int, int, frozenset[str], str]], coverage: float,
          min_matched: float, compounds: tuple[str, ...]) -> PhraseMatch | None:
    """The unit that refers to the phrase best (``compounds``: the phrase's compound terms), or None."""
    best: tuple[float, int, int, str, tuple[str, ...]] | None = None  # (score, start, end, field, hit)
    floor = min(min_matched, total)
    wanted_keys = wanted.keys()
    weight_of = wanted.__getitem__
    for s, e, keys, field in units:
        if wanted_keys.isdisjoint(keys):
            continue
        hit = [k for k in wanted if k in keys]
        got = sum(map(weight_of, hit))
        # a compound term the sentence lacks is not counted against it (its pieces still are)
        whole, least = total, floor
        if compounds and any(k not in keys for k in compounds):
            whole = sum(weight_of(k) for k in wanted if k[0] != COMPOUND or k in keys)
            least = min(min_matched, whole)
        score = got / whole
        # (compared with the best's rounded score, as PhraseMatch.score keeps it)
        if score >= coverage and got >= least and (
                best is None or score > best[0] or score == best[0] and e - s < best[2] - best[1]):
            best = (round(score, 3), s, e, field, tuple(hit))
    if best is None:
        return None
    return PhraseMatch(index, phrase, best[0], best[1], best[2], best[3], best[4])

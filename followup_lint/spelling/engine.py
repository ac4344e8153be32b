"""The spelling engine: is a word English, which US/UK variant is it, and what was meant.

Detection is a set lookup (:class:`~followup_lint.spelling.lexicon.Lexicon` plus curated words).
Suggestions never use pyspellchecker's distance-2 search (0.2-1.2 s a word): candidates are the
dictionary words one edit away (generated) and, from a bucket of words with the same first letter and a
length within two (built lazily, searched with rapidfuzz), those two edits away; they are ranked by a
weighted edit cost (cheap: doubled letters, vowel swaps, neighbouring keys, transpositions, sound-alike
spellings), the word's frequency rank, and whether it sounds the same (metaphone).
"""

from __future__ import annotations

import math
import re
import threading
from functools import lru_cache
from typing import Final, Iterable, NamedTuple

from .lexicon import Lexicon, WordBlock, load_lexicon, read_data

__all__ = ["Speller", "Variant", "load_speller", "load_variants", "load_scowl_words", "load_phrases",
           "CONTRACTION_SUFFIXES"]

_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
_VOWELS: Final = frozenset("aeiouy")
_ROWS: Final = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# the keys around each key on a QWERTY keyboard (same row and the rows above and below)
_NEAR: Final[dict[str, frozenset[str]]] = {}
for _r, _row in enumerate(_ROWS):
    for _c, _ch in enumerate(_row):
        _near = set()
        for _dr in (-1, 0, 1):
            if 0 <= _r + _dr < len(_ROWS):
                other = _ROWS[_r + _dr]
                for _dc in (-1, 0, 1):
                    if 0 <= _c + _dc < len(other) and (_dr or _dc):
                        _near.add(other[_c + _dc])
        _NEAR[_ch] = frozenset(_near)
# letters that stand for the same sound often enough to be confused
_SOUND_ALIKE: Final = frozenset(
    tuple(sorted(p)) for p in ("cs", "ck", "sz", "iy", "ae", "ei", "ao", "ou", "ui", "eo", "gj", "fv", "mn", "td")
)

#: contraction endings: "didn't", "I'd", "we'll", "they've", "you're", "I'm", "it's"
CONTRACTION_SUFFIXES: Final = ("n't", "'ll", "'ve", "'re", "'d", "'m", "'s")
_NT_BASES: Final = frozenset(
    "do does did is are was were has have had could would should must might need ought dare ca wo sha ai".split()
)

# combining forms: "hydrophile" when "hydrophilic" or "hydrophobia" is a word
_PHIL_SUFFIXES: Final = ("philic", "phobic", "philia", "phobia")
# productive affixes accepted on common words of five letters or more (not "un" + "till" = "untill")
# (measured on a list of common misspellings: broader affix rules hid far more misspellings, such as
# "intergrated" = inter + grated or "approachs" = approach + s, than they saved correct words)
_PREFIXES: Final = ("non", "multi", "anti", "inter", "intra", "sub", "cross", "micro", "co")
_PREFIX_BASE_RANK: Final = 5000   # the base must be among the 5,000 most frequent words
_LESS_BASE_RANK: Final = 20000    # "-less" on one of the 20,000 most frequent words
_PHRASE_NEIGHBOUR_RANK: Final = 20000  # a phrase word this close to a common word needs its phrase
_SUFFIXES: Final = (("ments", "ment"),)
# the plural "-s" only on an agent noun, a verb's "-er" ("stackers" of "stack", "stacking"): a plain "-s" on
# any word would take "approachs", "importants", "musics", and on any "-er" word a comparative ("olders");
# never when two letters swapped make a word ("soliders" of "soldiers")
_AGENT_PLURAL: Final = "ers"
#: the inflections of an -ise or -ize verb: "tokenised", "incentivising", "anonymisation", "virtualizer"
_ISE_ENDING: Final = re.compile(r"i([sz])(?:e|es|ed|ing|ation|ations|er|ers)$")
_ISE_STEM_MIN: Final = 3  # "crises", "arises": too short a stem to be a verb's

# weights tuned on one half of a list of common misspellings (see benchmarks/spelling.py)
SUB_COST: Final = 1.0
SUB_VOWEL: Final = 0.55
SUB_NEAR: Final = 0.75
SUB_SOUND: Final = 0.6
INDEL_COST: Final = 1.0
INDEL_DOUBLE: Final = 0.45
INDEL_VOWEL: Final = 0.8
TRANSPOSE: Final = 0.55
RANK_WEIGHT: Final = 1.5
SAME_SOUND_BONUS: Final = 0.45
_SHORTLIST: Final = 30
#: words longer than this get no suggestions (the edit search grows with the length)
MAX_SUGGEST_LENGTH: Final = 30


def _sub(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _VOWELS and b in _VOWELS:
        return SUB_VOWEL
    if (a, b) in _SOUND_PAIRS:
        return SUB_SOUND
    if b in _NEAR.get(a, ()):
        return SUB_NEAR
    return SUB_COST


_SOUND_PAIRS: Final = frozenset((p[0], p[1]) for p in _SOUND_ALIKE) | frozenset((p[1], p[0]) for p in _SOUND_ALIKE)


def weighted_distance(a: str, b: str) -> float:
    """Optimal-string-alignment distance with cheaper common slips (see the module docstring)."""
    n, m = len(a), len(b)
    da = [_indel(a, i) for i in range(n)]
    ib = [_indel(b, j) for j in range(m)]
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + ib[j - 1]
    sub = _sub
    for i in range(1, n + 1):
        del_cost = da[i - 1]
        cur = [prev[0] + del_cost] + [0.0] * m
        ai = a[i - 1]
        for j in range(1, m + 1):
            bj = b[j - 1]
            best = prev[j - 1] if ai == bj else prev[j - 1] + sub(ai, bj)
            d = prev[j] + del_cost
            if d < best:
                best = d
            ins = cur[j - 1] + ib[j - 1]
            if ins < best:
                best = ins
            if i > 1 and j > 1 and ai != bj and ai == b[j - 2] and a[i - 2] == bj:
                t = prev2[j - 2] + TRANSPOSE
                if t < best:
                    best = t
            cur[j] = best
        prev2, prev = prev, cur
    return prev[m]


def _indel(s: str, i: int) -> float:
    ch = s[i]
    if (i > 0 and s[i - 1] == ch) or (i + 1 < len(s) and s[i + 1] == ch):
        return INDEL_DOUBLE
    if ch in _VOWELS:
        return INDEL_VOWEL
    return INDEL_COST


def edits1(word: str) -> set[str]:
    """Every string one edit (delete, transpose, replace, insert) away from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in _LETTERS)
    out.update(a + c + b for a, b in splits for c in _LETTERS)
    return out


class Variant(NamedTuple):
    """A word with a US and a UK spelling (a tuple: thousands are built at load time)."""

    us: str
    uk: str
    gb_ok: bool   # the US form is also correct British spelling (Oxford -ize, "program")
    us_ok: bool   # the UK form is also an American word ("analyses")


#: the packaged US/UK pair files, in order of precedence: the curated rules' pairs
#: (tools/build_spelling_data.py), then those derived from SCOWL (tools/build_scowl_variants.py)
VARIANT_FILES: Final = ("spelling-en-variants.tsv", "spelling-en-variants-scowl.tsv")


def load_variants(files: Iterable[str] = VARIANT_FILES) -> tuple[dict[str, Variant], dict[str, Variant]]:
    """The packaged US/UK pairs: by US form and by UK form.

    An earlier file's entry wins; a later file's row for the very same pair may only add the ``gb-ok``
    and ``us-ok`` flags (SCOWL says both varieties write it), never make a pair stricter.
    """
    by_us: dict[str, Variant] = {}
    by_uk: dict[str, Variant] = {}
    for n, name in enumerate(files):
        for line in read_data(name).splitlines():
            if not line or line[0] == "#":
                continue
            us, uk, flags = line.split("\t")
            v = Variant(us, uk, "gb-ok" in flags, "us-ok" in flags)
            if n:
                old_us, old_uk = by_us.get(us), by_uk.get(uk)
                old = old_us if old_us is not None and old_us.uk == uk else \
                    old_uk if old_uk is not None and old_uk.us == us else None
                if old is not None:
                    new = Variant(us, uk, old.gb_ok or v.gb_ok, old.us_ok or v.us_ok)
                    if old_us is old:
                        by_us[us] = new
                    if old_uk is old:
                        by_uk[uk] = new
                    continue
            by_us.setdefault(us, v)
            by_uk.setdefault(uk, v)
    return by_us, by_uk


def load_extra_words() -> frozenset[str]:
    """The curated words a general dictionary lacks (trade words, common abbreviations)."""
    out = set()
    for line in read_data("spelling-en-extra.txt").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            out.add(line)
    return frozenset(out)


@lru_cache(maxsize=1)
def load_phrases() -> dict[str, tuple[str, ...]]:
    """The packaged foreign phrases of English prose ("de rigueur"), by each of their words (read once).

    Phrases are lower case and without accents; a word maps to the phrases that contain it.
    """
    out: dict[str, list[str]] = {}
    for line in read_data("spelling-en-phrases.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        for word in set(line.split()):
            out.setdefault(word, []).append(line)
    return {w: tuple(p) for w, p in out.items()}


@lru_cache(maxsize=1)
def _scowl_rare() -> WordBlock:
    """The packaged block of SCOWL's rarer words, shared by every language setting (read once)."""
    return WordBlock(read_data("spelling-en-scowl-rare.txt"))


def load_scowl_words(language: str = "en") -> frozenset[str]:
    """The packaged SCOWL words pyspellchecker's list lacks, as ``language`` accepts them.

    ``"en"`` takes all of them; ``"en-US"`` leaves out the British-only spellings and ``"en-GB"`` the
    American-only ones (see tools/build_scowl_words.py).
    """
    drop = {"en-US": "gb", "en-GB": "us"}.get(language)
    out = []
    for line in read_data("spelling-en-scowl.txt").splitlines():
        if not line or line[0] == "#":
            continue
        word, _, tag = line.partition("\t")
        if not tag or tag != drop:
            out.append(word)
    return frozenset(out)


class Speller:
    """Word checks and suggestions for one language setting (``en``, ``en-US`` or ``en-GB``)."""

    def __init__(self, lexicon: Lexicon, *, language: str = "en", extra: Iterable[str] = (),
                 variants: tuple[dict[str, Variant], dict[str, Variant]] | None = None,
                 scowl: Iterable[str] = ()) -> None:
        self.lexicon = lexicon
        self.language = language
        self.extra = frozenset(w.lower() for w in extra)
        #: further words known but never suggested (SCOWL's, for this language setting)
        self.scowl = frozenset(scowl)
        #: SCOWL's rarer words that nothing known is one edit from (read lazily; never suggested)
        self._scowl_rare: WordBlock | None = None
        #: the words of foreign phrases ("de rigueur"), by word: see :meth:`phrase_word`
        self.phrases = load_phrases()
        self._free: dict[str, bool] = {}
        self._known: dict[str, bool] = {}
        self.by_us, self.by_uk = variants if variants is not None else load_variants()
        self._suggest_cache: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()
        self._log_rare = math.log(lexicon.rare_rank + 2)
        #: the spellings this language setting reports as the other variety (for a fast path)
        if language == "en-US":
            self.other_variety = frozenset(k for k, v in self.by_uk.items() if not v.us_ok and v.uk != v.us)
        elif language == "en-GB":
            self.other_variety = frozenset(k for k, v in self.by_us.items() if not v.gb_ok)
        else:
            self.other_variety = frozenset()

    # -- detection ---------------------------------------------------------------------------------

    def known(self, word: str) -> bool:
        """Is the lower-case ``word`` (straight apostrophes) an English word, ignoring variant policy?"""
        found = self._known.get(word)
        if found is None:  # cached: a draft that repeats a misspelling 10,000 times looks it up once
            if len(self._known) >= 65536:
                self._known.clear()
            found = self._known[word] = self._known_uncached(word)
        return found

    def _known_uncached(self, word: str) -> bool:
        if self._plain_known(word):
            return True
        if "'" in word:
            return self._known_with_apostrophe(word)
        if word in self.phrases and self.phrase_word(word):
            return True
        return self._derived(word) or word in self.scowl_rare

    @property
    def scowl_rare(self) -> WordBlock:
        """SCOWL's size-80 words that no known word is one edit from ("borescope", "formwork")."""
        block = self._scowl_rare
        if block is None:
            with self._lock:
                if self._scowl_rare is None:
                    self._scowl_rare = _scowl_rare()
                block = self._scowl_rare
        return block

    def phrase_word(self, word: str) -> bool:
        """Is this word of a foreign phrase safe to accept on its own, outside its phrase?

        Yes when it has five letters or more and no common word is one edit away ("habeas", "rigueur");
        the others ("fide", "facto", "vis") are accepted only inside their phrase (the rule checks that).
        """
        found = self._free.get(word)
        if found is None:
            rank = self.lexicon.rank
            found = len(word) >= 5 and not any(
                e != word and rank(e) < _PHRASE_NEIGHBOUR_RANK for e in edits1(word))
            self._free[word] = found
        return found

    def _derived(self, word: str) -> bool:
        """A productive prefix or suffix on a common word ("harassments", "unmaintainable", "subteam")."""
        common = self.lexicon.common
        for prefix in _PREFIXES:
            if word.startswith(prefix):
                base = word[len(prefix):]
                if len(base) >= 5 and (self.lexicon.rank(base) < _PREFIX_BASE_RANK or base in self.extra):
                    return True
        for suffix, add in _SUFFIXES:
            if word.endswith(suffix):
                base = word[: -len(suffix)] + add
                if len(base) >= 5 and (base in common or base in self.extra):
                    return True
        if word.endswith(_AGENT_PLURAL) and len(word) >= 6 and word[:-1] in common and not self._swapped(word):
            # a verb's "-ing" ("stack-ing", "danc-ing"), and no superlative: "loosers", "fasters" are a
            # comparative's (the "-est" form is a word), never a noun's plural
            if self._plain_known(word[:-3] + "ing") and not self._plain_known(word[:-3] + "est"):
                return True                                          # "stackers", "onboarders"
        if self.ise_twin(word) is not None:
            return True                                              # "tokenised", "operationalising"
        # measured one by one on the tuning half of a list of common misspellings: each of these saved
        # correct words there and hid none of its misspellings (unlike "-ness", "-ical" or "-ly")
        n = len(word)
        if n >= 8 and word.startswith("un") and word.endswith(("able", "ible")):
            return self._plain_known(word[2:])                       # "unmaneuverable"
        if n >= 7 and word.endswith("less"):
            base = word[:-4]                                         # "drumless", "paywall-less"
            return base in common and self.lexicon.rank(base) < _LESS_BASE_RANK
        if n >= 8 and word.endswith(("phile", "phobe")):
            stem = word[:-5]                                         # "hydrophile", "technophobe"
            return any(self._plain_known(stem + s) for s in _PHIL_SUFFIXES)
        if n >= 6 and word.endswith("ist"):
            return self._plain_known(word[:-3] + "ism")              # "modernist" from "modernism"
        return False

    def _swapped(self, word: str) -> bool:
        """Is ``word`` a known word with two neighbouring letters swapped ("soliders": "soldiers"), the
        commonest slip, which an affix must not hide ("solider" + "s")?"""
        return any(self._plain_known(word[:i] + word[i + 1] + word[i] + word[i + 2:])
                   for i in range(len(word) - 1) if word[i] != word[i + 1])

    def ise_twin(self, word: str) -> tuple[str, bool] | None:
        """For an inflection of a common -ise or -ize verb: (its -ize twin, whether it is that verb's British
        form); None for any other word. "tokenised" -> ("tokenized", True), "incentivising" ->
        ("incentivizing", True), "advertised" -> ("advertized", False): an -is- form takes either verb, an
        -iz- form only a common -ize verb ("exercized" is no form of "exercise", and "surprized" is a rare
        list's old spelling)."""
        m = _ISE_ENDING.search(word)
        if m is None or m.start() < _ISE_STEM_MIN:
            return None
        stem, rest = word[:m.start()], word[m.end(1):]
        common, extra = self.lexicon.common, self.extra
        ize = stem + "ize"
        twin = stem + "iz" + rest
        ize_verb = ize in common or ize in extra
        if m.group(1) == "z":
            return (word, False) if ize_verb and word != ize else None
        ise = stem + "ise"
        if ise != word and (ise in common or ise in extra) and ise not in self.by_uk:
            return twin, False                               # an -ise verb's own form ("advertised")
        if ize_verb or twin in self.lexicon or twin in extra or twin in self.scowl or ise in self.by_uk:
            return twin, True                                # "tokenised", "weaponised", "incentivised"
        return None

    def _plain_known(self, word: str) -> bool:
        return word in self.lexicon or word in self.extra or word in self.by_uk or word in self.scowl

    def _known_with_apostrophe(self, word: str) -> bool:
        if word.endswith("s'") and len(word) > 2:            # plural possessive: "the teams'"
            return self.known(word[:-1])
        for suffix in CONTRACTION_SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix):
                base = word[: -len(suffix)]
                if suffix == "n't":
                    return base in _NT_BASES or base + "n't" in self.lexicon
                return "'" not in base and self.known(base)
        return False

    def variant_issue(self, word: str) -> tuple[str, str] | None:
        """``(preferred form, variant name)`` when ``word`` is the other variety's spelling, else None."""
        if self.language == "en-US":
            v = self.by_uk.get(word)
            if v is not None and not v.us_ok and v.uk != v.us:
                return v.us, "en-GB"
            twin = self.ise_twin(word) if word not in self.by_uk and not self._plain_known(word) else None
            if twin is not None and twin[1]:
                return twin[0], "en-GB"  # a British form the variant tables lack ("tokenised")
        elif self.language == "en-GB":
            v = self.by_us.get(word)
            if v is not None and not v.gb_ok:
                return v.uk, "en-US"
        return None

    # -- suggestions -------------------------------------------------------------------------------

    def suggest(self, word: str, limit: int = 3) -> tuple[str, ...]:
        """Likely intended words for a misspelled lower-case ``word``, best first (may be empty)."""
        if not 1 < len(word) <= MAX_SUGGEST_LENGTH:
            return ()                              # nobody mistypes a 40-letter word; bound the search
        cached = self._suggest_cache.get(word)
        if cached is not None:
            return cached[:limit]
        result = tuple(self._rank_candidates(word))[:8]
        with self._lock:
            if len(self._suggest_cache) > 4096:
                self._suggest_cache.clear()
            self._suggest_cache[word] = result
        return result[:limit]

    def _accept(self, candidate: str) -> bool:
        if candidate not in self.lexicon and candidate not in self.extra:
            return False
        return self.variant_issue(candidate) is None

    def candidates(self, word: str) -> set[str]:
        """Dictionary words within two edits of ``word`` (three for long words with none closer)."""
        lex = self.lexicon
        extra = self.extra
        one = edits1(word)
        if "'" in word:
            one |= edits1(word.replace("'", ""))
        if len(word) < 3 or not word[0].isalpha() or "'" in word:
            near = {c for c in one if (c in lex or c in extra) and self.variant_issue(c) is None}
            if len(word) < 3:
                return near
        else:
            # a dictionary word one edit away that keeps the first letter is in the first letter's bucket,
            # within two edits: the search below finds it. Only the edits of the first letter are looked up
            # here (a few dozen, not ~50 per letter), and the 75,000 rare words need no set of their own (its
            # building cost ~30 ms of a process's first suggestion)
            first = word[0]
            near = {c for c in one if (c in extra or c[:1] != first and c in lex) and self.variant_issue(c) is None}
        from rapidfuzz.distance import OSA
        from rapidfuzz.process import extract

        words, starts = self.lexicon.bucket(word[0])
        n = len(word)
        last = len(starts) - 1
        cutoff = 2
        for _attempt in range(2):
            lo = starts[min(max(1, n - cutoff), last)]
            hi = starts[min(n + cutoff + 1, last)]
            if hi > lo:
                for cand, _dist, _ in extract(word, words[lo:hi], scorer=OSA.distance, score_cutoff=cutoff,
                                              limit=None):
                    if self.variant_issue(cand) is None:
                        near.add(cand)
            if near or n < 8:
                break
            cutoff = 3
        return near

    def _rank_candidates(self, word: str) -> list[str]:
        found = self.candidates(word)
        if not found:
            return []
        from jellyfish import metaphone

        try:
            sound = metaphone(word)
        except Exception:  # pragma: no cover - jellyfish rejects some characters
            sound = ""
        from rapidfuzz.distance import OSA

        rank = self.lexicon.rank
        plain = {c: OSA.distance(word, c) for c in found}
        nearest = min(plain.values())
        # a cheap first cut (plain edits and frequency) bounds the weighted comparisons
        shortlist = sorted((c for c in found if plain[c] <= nearest + 1),
                           key=lambda c: (plain[c] + RANK_WEIGHT * math.log(rank(c) + 2) / self._log_rare, c))
        scored = []
        for cand in shortlist[:_SHORTLIST]:
            cost = weighted_distance(word, cand)
            r = rank(cand) if cand not in self.extra else 2000
            cost += RANK_WEIGHT * math.log(r + 2) / self._log_rare
            if sound:
                try:
                    if metaphone(cand) == sound:
                        cost -= SAME_SOUND_BONUS
                except Exception:  # pragma: no cover
                    pass
            scored.append((cost, cand))
        scored.sort()
        return [c for _, c in scored]


_SPELLERS: dict[str, Speller] = {}
_SPELLERS_LOCK = threading.Lock()


def load_speller(language: str = "en") -> Speller:
    """The packaged speller for a language setting (shared, built once per process)."""
    found = _SPELLERS.get(language)
    if found is not None:
        return found
    with _SPELLERS_LOCK:
        if language not in _SPELLERS:
            variants = None
            if _SPELLERS:
                some = next(iter(_SPELLERS.values()))
                variants = (some.by_us, some.by_uk)
            _SPELLERS[language] = Speller(load_lexicon(), language=language, extra=load_extra_words(),
                                          variants=variants, scowl=load_scowl_words(language))
        return _SPELLERS[language]

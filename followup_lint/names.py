"""The name matcher: is a word an interviewer's name, a nickname, a transliteration or a misspelling?

One matcher per draft (``name_matcher(ctx)``) serves the spelling rule (which never reports an
interviewer's name) and the content rules (which judge the greeting and report misspellings).

How a word is judged, first match wins (see ``NameMatcher.classify``):

1. ``exact``: a part of an interviewer's name or preferred name, any case, the pieces of a hyphenated
   name ("Anne-Marie": "Anne", "Marie"), with curly or straight apostrophes. A word that *adds* accents
   the record lacks ("José" for a record "Jose") is exact too; a word that *drops* them ("Jurgen" for
   Jürgen) or changes them ("Thèriault" for Thériault) is a misspelling (``docs/advice.md``: a missing
   diacritic misspells the name).
2. ``transliteration``: the standard German spellings ü->ue, ö->oe, ä->ae, ß->ss, either way, except a ß
   written into a name the record spells with ss ("Groß" for the Swiss Urs Gross): ss is a spelling of its
   own (Swiss names never use ß), so the ß changes the name, a misspelling.
3. ``nickname``: a known short form of a given name (or the formal name of a short one): the `nicknames`
   package (Apache-2.0) plus ``data/names_nicknames_extra.csv``. Spelling variants listed there as
   nicknames (John/"Jon", Sarah/"Sara", Anne/"Ann": one edit apart) are not accepted as nicknames.
4. ``misspelling``: close in spelling and in sound to a part (Damerau-Levenshtein distance via
   rapidfuzz, metaphone / NYSIIS via jellyfish). Thresholds are measured by ``benchmarks/names.py``.
   Only words that start with a capital letter are tried, unless ``any_case=True``. A given name spelt
   another way that sounds the same (``sound_key``: "Duane" for Dwayne, "Kathryn" for Catherine) is a
   misspelling even three or four edits away; one with another sounding ending ("Mario" for Maria, "Paula"
   for Paul) is another name, never a misspelling of this one. The slips of a writer who knows the name
   are misspellings too, when the word is no given name of its own: a syllable doubled or dropped inside a
   name of some length ("Papapadopoulou" for Papadopoulou, "Ramasubranian" for Ramasubramanian), and the
   first letter swapped for its voiced or voiceless pair ("Bowell" for Powell: p/b, t/d, k/g, f/v, s/z),
   which sounds near. Letters with a stroke that Unicode does not decompose fold to their base letter
   ("Tođ" as "tod", the Vietnamese Telex "đ" typed for "dd"; "Łukasz" as "lukasz").

Family name first: ``split_name`` decides which part is the family name. Convention (documented in the
rule docs): "Family, Given" with a comma, or the family name in capitals ("TAN Wei Ming"), says so
explicitly; otherwise the address ("weiming.tan@...": the first part of the name is last in the address)
or a first part that is a common East Asian family name in a name of three or more parts ("Tan Wei
Ming") or before a hyphenated given name ("Lee Min-ho") make the first part the family name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final, Iterable

from .document.vocabulary import vocabulary

if TYPE_CHECKING:
    from .model import Interview, Interviewer
    from .rule import RuleContext

__all__ = ["NameMatch", "NameMatcher", "NameData", "ParsedName", "name_matcher", "name_data", "fold",
           "transliterate", "split_name", "PARTICLES"]

_TRANSLIT: Final = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "Ü": "Ue", "Ö": "Oe", "Ä": "Ae", "ẞ": "SS"}
#: (lower-case) letters with a stroke or bar that NFKD leaves whole, and the base letter they fold to
_STROKED: Final = {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i"}
_STROKED_TABLE: Final = str.maketrans(_STROKED)
#: consonants that differ only in voicing: a writer whose language merges them writes one for the other
#: the letters a digit stands for when typed in a name's place ("0che" for Oche, "A1i" for Ali, "5arah" for
#: Sarah): the digits that look like them
_LETTER_DIGITS: Final = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "6": "gb", "7": "t", "8": "b"}
_VOICING_PAIRS: Final = frozenset({("b", "p"), ("d", "t"), ("g", "k"), ("g", "c"), ("v", "f"), ("z", "s")})
#: lower-case particles that belong to a surname ("van der Merwe", "de la Cruz"; data/addressing.toml)
PARTICLES: Final = vocabulary().particles

# Measured thresholds (benchmarks/names.py): distance allowed by the length of the longer word, and
# whether sounding alike (metaphone or NYSIIS equal) is required.
#: one edit is enough on words of at least this many letters ("Jon" for John: 4; not "Dan" for Don)
MIN_LEN_ONE_EDIT: Final = 4
#: one edit on words up to this length must also sound alike ("Data" is not "Dana")
ONE_EDIT_SOUND_MAX_LEN: Final = 4
#: the fewest letters of a name part whose swapped letters are a typo beside the rest of the name ("Zwa")
SWAP_BESIDE_MIN_LEN: Final = 3
#: two edits need this length and the same sound ("Schumaker" for Schumacher)
MIN_LEN_TWO_EDITS: Final = 5
#: three edits need this length and the same sound ("Kathryn" for Katherine)
MIN_LEN_THREE_EDITS: Final = 8
#: a first letter dropped, added or changed needs this length ("Andal" for Handal; not "Oake" for Roake)
MIN_LEN_FIRST_LETTER_SLIP: Final = 6
#: a first letter changed for its voiced or voiceless pair needs this length ("Bowell" for Powell)
MIN_LEN_VOICING_SLIP: Final = 5
#: a name spelt as heard needs this many letters ("Neeve" for Niamh; not "Nev")
MIN_LEN_HEARD: Final = 5
#: a consonant the writer's language merges with another needs this many letters ("Niu" for Liu; not "Ni" for Li)
MIN_LEN_MERGED: Final = 3
#: a slip of the hand or eye (data [name_slips]) needs this many letters, unless it stands for a letter with a
#: mark ("Lv" for Lü: the pinyin input's v; "Yara" for Zara, "Kirn" for Kim may be other names)
MIN_LEN_SLIP: Final = 5
#: a syllable doubled needs this many letters left ("Papapadopoulou" for Papadopoulou; not "Anana" for Ana)
MIN_LEN_SYLLABLE_DOUBLED: Final = 5
#: a syllable dropped must be at most this share of the name ("Ramasubranian" for Ramasubramanian: 2 of 15)
SYLLABLE_DROPPED_MAX_SHARE: Final = 0.2


@lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """Lower case, curly apostrophes straightened, diacritics removed ("Jürgen" -> "jurgen")."""
    if word.isascii():
        return word.lower()
    word = word.replace("’", "'").replace("‘", "'").lower().translate(_STROKED_TABLE)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def transliterate(word: str) -> str:
    """German-style transliteration ("Jürgen" -> "juergen", "Großmann" -> "grossmann")."""
    return fold("".join(_TRANSLIT.get(ch, ch) for ch in word))


def _plain(word: str) -> str:
    """Lower case, apostrophes straightened, diacritics kept (to tell "Jurgen" from "Jürgen")."""
    return unicodedata.normalize("NFC", word.replace("’", "'").replace("‘", "'").lower())


def _has_marks(word: str) -> bool:
    low = word.lower()
    return (any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", word)) or "ß" in low
            or any(ch in _STROKED for ch in low))


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How a word relates to an interviewer's name."""

    interviewer: int          # index into Interview.interviewers
    kind: str                 # "exact", "nickname", "transliteration", "misspelling"
    expected: str             # the name part as the interviewer spells it (the right spelling)
    part: str                 # "first", "last", "middle", "preferred", "full"


# -- shared data (built once per Linter through ctx.resources) ---------------------------------------


class NameData:
    """Nickname tables and the family-name-first list, loaded once."""

    def __init__(self, nick_pairs: Iterable[tuple[str, str]], family_first: Iterable[str]) -> None:
        nicks: dict[str, set[str]] = {}
        canon: dict[str, set[str]] = {}
        for name, nick in nick_pairs:
            nicks.setdefault(name, set()).add(nick)
            canon.setdefault(nick, set()).add(name)
        self.nicknames: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in nicks.items()}
        self.canonicals: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in canon.items()}
        self.given_names: frozenset[str] = frozenset(nicks) | frozenset(canon)
        self.family_first: frozenset[str] = frozenset(family_first)
        self._names_list: list[str] = sorted(self.given_names)
        self._variant_cache: dict[str, frozenset[str]] = {}
        self._names_near_length: dict[int, list[str]] = {}
        self._near_orders: dict[int, dict[str, int]] = {}
        self._near_by_first: dict[tuple[int, str], list[str]] = {}
        self._first_letters: frozenset[str] = frozenset(w[:1] for w in self._names_list)

    def related(self, name: str) -> frozenset[str]:
        """Nicknames of ``name`` and the formal names ``name`` is a nickname of (folded).

        A name the tables lack borrows from its spelling variants one edit away ("katharina" from
        "katherina"), cached.
        """
        found = self.nicknames.get(name, frozenset()) | self.canonicals.get(name, frozenset())
        if found or len(name) < 5:
            return found
        try:
            return self._variant_cache[name]
        except KeyError:
            pass
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        out: set[str] = set()
        for other, _score, _ in process.extract(name, self._one_edit_away(name), scorer=OSA.distance,
                                                 score_cutoff=1, limit=5):
            if other[:1] == name[:1]:
                out |= self.nicknames.get(other, frozenset()) | self.canonicals.get(other, frozenset())
        result = frozenset(out)
        if len(self._variant_cache) < 2048:
            self._variant_cache[name] = result
        return result

    def _one_edit_away(self, name: str) -> list[str]:
        """The names one edit from ``name`` (a name the tables lack), in ``_near_length``'s order: the only ones
        the search among those finds, so it finds the same, in the same order. Those that keep the first
        letter are searched for among the names of that letter only; one that changes it has the edit at the
        start (a letter put in, taken out or swapped there, or the first two swapped) and is looked up
        (~1/20 of the names compared, for each interviewer's name a draft unlike the last brings)."""
        first = name[:1]
        near = self._near_length(len(name))
        order = self._near_order(len(name))
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        found = {other for other, _score, _ in process.extract(name, self._near_length_from(len(name), first),
                                                               scorer=OSA.distance, score_cutoff=1, limit=None)}
        rest = name[1:]
        edits = {rest, rest[:1] + first + rest[1:]}  # the first letter taken out; the first two swapped
        for letter in self._first_letters:
            edits.add(letter + rest)   # the first letter changed
            edits.add(letter + name)   # a letter put in front
        found.update(e for e in edits if e[:1] != first and e in order)
        if len(found) == len(near):
            return near
        return sorted(found, key=order.__getitem__)

    def _near_order(self, n: int) -> dict[str, int]:
        """Each name of ``_near_length(n)`` and its place there."""
        found = self._near_orders.get(n)
        if found is None:
            found = self._near_orders[n] = {w: i for i, w in enumerate(self._near_length(n))}
        return found

    def _near_length_from(self, n: int, first: str) -> list[str]:
        """The names of ``_near_length(n)`` that begin with ``first``, in its order."""
        found = self._near_by_first.get((n, first))
        if found is None:
            found = self._near_by_first[(n, first)] = [w for w in self._near_length(n) if w[:1] == first]
        return found

    def _near_length(self, n: int) -> list[str]:
        """The names of ``n - 1`` to ``n + 1`` letters, in ``_names_list``'s order: the only ones one edit
        away from a name of ``n`` letters (the search among them finds what it would find among all, in the
        same order, without scoring the thousands of others)."""
        found = self._names_near_length.get(n)
        if found is None:
            found = self._names_near_length[n] = [w for w in self._names_list if abs(len(w) - n) <= 1]
        return found

    def is_given_name(self, word: str) -> bool:
        return fold(word) in self.given_names


def _read_data_text(name: str) -> str:
    from .spelling.lexicon import read_data  # the file itself when installed: no importlib.resources

    return read_data(name)


def _nickname_pairs_from_csv() -> list[tuple[str, str]] | None:
    """The `nicknames` package's (name, nickname) pairs, read from its installed ``names.csv`` without
    importing the package (whose import reads its own version through ``importlib.metadata``: ~12 ms of
    a cold command-line run). The same rows as ``NickNamer().nickname_lookup``; ``None`` if not found."""
    import csv
    from importlib.machinery import PathFinder
    from pathlib import Path

    spec = PathFinder.find_spec("nicknames")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "names.csv"
        if path.is_file():
            with open(path, encoding="utf-8", newline="") as f:
                rows = csv.reader(f)
                next(rows, None)  # the header
                return [(fold(r[0].lower().strip()), fold(r[2].lower().strip())) for r in rows
                        if len(r) == 3 and r[1] == "has_nickname"]
    return None


def _nickname_pairs_from_package() -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    try:
        from nicknames import NickNamer

        for name, nicks in NickNamer().nickname_lookup.items():
            pairs.extend((fold(name), fold(n)) for n in nicks)
    except ImportError:  # pragma: no cover - a declared dependency; degrade to the supplement
        pass
    return pairs


def _load_name_data(config: Any = None) -> NameData:
    try:
        pairs = _nickname_pairs_from_csv()
    except (OSError, UnicodeDecodeError, ValueError):  # pragma: no cover - let the package read it
        pairs = None
    if pairs is None:
        pairs = _nickname_pairs_from_package()
    for line in _read_data_text("names_nicknames_extra.csv").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or line.startswith("name1,"):
            continue
        a, rel, b = (x.strip() for x in line.split(","))
        if rel == "has_nickname":
            pairs.append((fold(a), fold(b)))
    family: list[str] = []
    for line in _read_data_text("names_family_first.txt").splitlines():
        if not line.startswith("#"):
            family.extend(fold(w) for w in line.split())
    return NameData(pairs, family)


@lru_cache(maxsize=1)
def _default_data() -> NameData:
    return _load_name_data()


def name_data(ctx: RuleContext | None = None) -> NameData:
    """The shared name data: per ``Linter`` through ``ctx.resources`` (or a process-wide default)."""
    if ctx is None:
        return _default_data()
    return ctx.resources.get("names.data", lambda config: _default_data())


# -- parsing a full name -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedName:
    """An interviewer's name split into given names and family name (with its particles)."""

    given: tuple[str, ...]       # "Wei", "Ming" / "Anne-Marie"
    family: tuple[str, ...]      # ("van", "der", "Merwe") / ("Tan",)
    family_first: bool
    explicit: bool               # said so by convention (comma, capitals), not guessed

    @property
    def first(self) -> str:
        return self.given[0] if self.given else (self.family[0] if self.family else "")

    @property
    def surname(self) -> str:
        return " ".join(self.family)

    @property
    def core_surname(self) -> str:
        """The family name without particles ("Merwe" for "van der Merwe")."""
        core = [p for p in self.family if p.lower() not in PARTICLES]
        return core[-1] if core else (self.family[-1] if self.family else "")

    def display(self) -> str:
        """The name as it is written in order: "Tan Wei Ming" / "Anne-Marie van der Merwe"."""
        parts = (*self.family, *self.given) if self.family_first else (*self.given, *self.family)
        return " ".join(_unshout(p) for p in parts)


_SPLIT: Final = re.compile(r"[\s]+")


def _unshout(part: str) -> str:
    """"TAN" -> "Tan" (the capitals convention), other parts unchanged."""
    if len(part) > 1 and part.isupper() and part.isalpha():
        return part[0] + part[1:].lower()
    return part


def _email_tokens(email: str | None) -> list[str]:
    if not email or "@" not in email:
        return []
    local = email.split("@", 1)[0].lower().split("+", 1)[0]
    return [t for t in re.split(r"[._-]+", local) if t]


#: a name the person goes by, written into the name: 'Nguyễn Văn An (Andy)', 'Robert "Bob" Lindqvist'
_AKA: Final = re.compile(r"[ \t]*(?:\(([^()\n]{1,40})\)|[\"“]([^\"“”\n]{1,40})[\"”])")


def known_as(name: str) -> str | None:
    """The name written in brackets or quotes inside a full name ("An (Andy)" -> "Andy"), if any."""
    m = _AKA.search(name)
    return None if m is None else (m.group(1) or m.group(2)).strip() or None


def split_name(person: Interviewer | str, data: NameData | None = None) -> ParsedName:
    """Given names and family name of an interviewer, family-name-first conventions applied."""
    name = person if isinstance(person, str) else person.name
    email = None if isinstance(person, str) else person.email
    name = " ".join(_AKA.sub(" ", name).split())
    if "," in name:  # "Tan, Wei Ming": the family name before the comma
        fam, _, given_text = name.partition(",")
        fam_parts = tuple(fam.split())
        given_parts = tuple(given_text.split())
        if fam_parts and given_parts:
            return ParsedName(given_parts, fam_parts, True, True)
        name = " ".join((*fam_parts, *given_parts))
    parts = [p.strip(".") for p in _SPLIT.split(name) if p.strip(".")]
    if len(parts) <= 1:
        return ParsedName(tuple(parts), (), False, False)
    shouting = [i for i, p in enumerate(parts) if len(p) > 1 and p.replace("-", "").replace("'", "").isalpha()
                and p.isupper()]
    if shouting and len(shouting) < len(parts):
        fam_idx = set(shouting)
        family = tuple(p for i, p in enumerate(parts) if i in fam_idx)
        given = tuple(p for i, p in enumerate(parts) if i not in fam_idx)
        return ParsedName(given, family, min(fam_idx) == 0, True)
    data = data or _default_data()
    first_f = fold(parts[0])
    family_first = False
    if first_f in data.family_first:
        tokens = _email_tokens(email)
        folded = [fold(p).replace("'", "").replace("-", "") for p in parts]
        if len(parts) >= 3 or "-" in parts[1]:
            family_first = True       # "Tan Wei Ming", "Lee Min-ho"
        # "Wang Fang" with "fang.wang@": the address puts the first part of the name last
        if len(tokens) >= 2 and tokens[-1] == folded[0] and "".join(tokens[:-1]) == "".join(folded[1:]):
            family_first = True
        elif len(parts) == 2 and "-" not in parts[1] and len(tokens) >= 2 and tokens[0] == folded[0]:
            family_first = False      # "lee.anderson@": given name first
    if family_first:
        return ParsedName(tuple(parts[1:]), (parts[0],), True, False)
    # Western order: the surname starts at the first particle after the first given name
    start = len(parts) - 1
    for i in range(1, len(parts) - 1):
        if parts[i].lower() in PARTICLES:
            start = i
            break
    return ParsedName(tuple(parts[:start]), tuple(parts[start:]), False, False)


# -- the matcher -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Key:
    folded: str       # fold() of the expected spelling
    plain: str        # lower case with diacritics
    expected: str     # as the interviewer writes it
    interviewer: int
    part: str
    metaphone: str
    nysiis: str
    sound: tuple[str, str]


#: leading elements of given names that everyday use drops (longest first)
_DROPPED_PREFIXES: Final = ("oluwa", "olu", "chukwu", "abdul", "abdel")


class NameMatcher:
    """Matches words against the interviewers of one interview."""

    def __init__(self, interviewers: Iterable[Interviewer], data: NameData | None = None) -> None:
        self.interviewers = tuple(interviewers)
        self.data = data or _default_data()
        self.parsed: tuple[ParsedName, ...] = tuple(split_name(p, self.data) for p in self.interviewers)
        self._exact: dict[str, NameMatch] = {}
        self._plain: dict[str, str] = {}        # folded key -> plain expected spelling (diacritics kept)
        self._translit: dict[str, NameMatch] = {}
        self._nick: dict[str, NameMatch] = {}
        self._keys: list[_Key] = []
        self._given: list[_Key] = []            # first and preferred names (for clipped short forms)
        #: (sound key, metaphone, name part) of each English reading of a name part in another language's
        #: spelling ("shiovan" for Siobhán): what a writer who only heard the name may write
        self._heard: list[tuple[tuple[str, str], str, _Key]] = []
        self._heard_open: list[bool] = []       # (each reading ends on a sounding vowel: ``_open_end``)
        self._cache: dict[tuple[str, bool], NameMatch | None] = {}
        #: each part with one slip of data [name_slips] (a layout's key, a look-alike run): "metyger" for Metzger
        self._slips: dict[str, NameMatch] = {}
        #: the rest of each family name after an Arabic article (data [arabic_article]): "shamri" for Al-Shamri
        self._articles: dict[str, tuple[str, NameMatch]] = {}
        for i, (person, parsed) in enumerate(zip(self.interviewers, self.parsed)):
            given = list(parsed.given)
            family = list(parsed.family)
            for j, part in enumerate(given):
                self._add_part(i, _unshout(part), "first" if j == 0 else "middle")
            for part in family:
                self._add_part(i, _unshout(part), "last")
            if len(family) > 1:  # "vandermerwe", "van der merwe" written as one word
                joined = "".join(_unshout(p) for p in family)
                self._add_key(i, joined, " ".join(_unshout(p) for p in family), "last")
            preferred = person.preferred_name or known_as(person.name)
            if preferred:
                for part in preferred.replace(",", " ").split():
                    self._add_part(i, part, "preferred")
            # nicknames of the given names and of the preferred name
            for part, kind_part in [*((g, "first") for g in given[:2]),
                                    *((p, "preferred") for p in (preferred or "").split())]:
                for piece in {part, *part.split("-")}:
                    f = fold(_unshout(piece))
                    related = set(self.data.related(f))
                    if len(given) >= 2 and kind_part == "first":  # "Wei Ming" -> "weiming"
                        related |= self.data.related(fold("".join(given[:2])))
                    for nick in related:
                        if _one_edit(nick, f):   # "jon" for "john": a variant, not a nickname
                            continue
                        if nick not in self._nick:
                            self._nick[nick] = NameMatch(i, "nickname", _unshout(piece), kind_part)

    def _add_part(self, i: int, part: str, kind_part: str) -> None:
        pieces = [part]
        if "-" in part:
            pieces.extend(x for x in part.split("-") if x)
            pieces.append(part.replace("-", ""))
        for piece in pieces:
            self._add_key(i, piece, part if piece == pieces[-1] and len(pieces) > 1 else piece, kind_part)

    def _add_key(self, i: int, written: str, expected: str, kind_part: str) -> None:
        key = fold(written).strip(".'")
        if not key:
            return
        match = NameMatch(i, "exact", expected, kind_part)
        if key not in self._exact:
            self._exact[key] = match
            self._plain[key] = _plain(written).strip(".'")
            import jellyfish

            if key in PARTICLES:  # "van", "de": never a fuzzy target ("Dear" is not "der")
                return
            k = _Key(key, self._plain[key], expected, i, kind_part, jellyfish.metaphone(key), jellyfish.nysiis(key),
                     sound_key(key))
            self._keys.append(k)
            for reading in heard_readings(self._plain[key]):
                self._heard.append((sound_key(reading), jellyfish.metaphone(reading), k))
                self._heard_open.append(_open_end(reading))
            if kind_part in ("first", "preferred") and key.isalpha():
                self._given.append(k)
            slip = NameMatch(i, "misspelling", expected, kind_part)
            for variant in _slip_variants(self._plain[key]):
                self._slips.setdefault(variant, slip)
            article, dash, rest = key.partition("-")
            if dash and rest and article in _arabic_article_forms():
                self._articles.setdefault(rest, (article, slip))
        tkey = transliterate(written).strip(".'")
        if tkey != key and tkey not in self._translit:
            self._translit[tkey] = NameMatch(i, "transliteration", expected, kind_part)

    # -- public ----------------------------------------------------------------------------------------

    def classify(self, word: str, *, any_case: bool = False) -> NameMatch | None:
        """The match for one word (possessive "'s" allowed), or ``None``.

        Fuzzy matching (``misspelling``) is tried only for capitalised words unless ``any_case``.
        """
        if not self.interviewers:  # no names (every table empty): no word is one, nothing to look up
            return None
        ck = (word, any_case)
        try:
            return self._cache[ck]
        except KeyError:
            pass
        result = self._classify(word, any_case)
        if len(self._cache) < 4096:
            self._cache[ck] = result
        return result

    def _classify(self, word: str, any_case: bool) -> NameMatch | None:
        w = word.replace("’", "'").replace("‘", "'").strip(".")
        if w.lower().endswith("'s"):
            w = w[:-2]
        elif w.endswith("'"):
            w = w[:-1]
        if not w or not any(ch.isalpha() for ch in w):
            return None
        if not w.isalpha() and any(ch in _LETTER_DIGITS for ch in w):
            return self._digit_for_letter(w)
        key = fold(w).strip(".'")
        hit = self._exact.get(key)
        if hit is not None:
            want = self._plain.get(key, "")
            got = _plain(w).strip(".'")
            if got == want:
                return hit
            if not _has_marks(want):
                if self._altgr_slip(got, want):
                    return NameMatch(hit.interviewer, "misspelling", hit.expected, hit.part)
                return hit
            # the name has accents and the word drops them (the transliteration "Juergen" was not used) or
            # puts another one ("Thèriault" for Thériault): the accents are part of the spelling
            return NameMatch(hit.interviewer, "misspelling", hit.expected, hit.part)
        tkey = transliterate(w).strip(".'")
        hit = self._translit.get(key) or self._translit.get(tkey)
        if hit is not None:
            return hit
        if tkey in self._exact:  # "Müller" written for a record "Mueller"
            base = self._exact[tkey]
            if "ß" in _plain(w) and "ß" not in self._plain.get(tkey, ""):
                # "Groß" for Gross: ss is a spelling of its own (the Swiss never write ß), not a stand-in for ß
                return NameMatch(base.interviewer, "misspelling", base.expected, base.part)
            return NameMatch(base.interviewer, "transliteration", base.expected, base.part)
        hit = self._nick.get(key) or self._short_form(key)
        if hit is not None:
            return hit
        if not any_case and not w[:1].isupper():
            return None
        return (self._slipped(key) or self._article_variant(key) or self._reordered(key) or self._fuzzy(key)
                or self._merged_consonant(key) or self._heard_as(key))

    def _slipped(self, key: str) -> NameMatch | None:
        """The name with one slip of the hand or eye (data [name_slips] of addressing.toml): a key of another
        keyboard layout ("Metyger" for Metzger: QWERTZ z/y; "Lv" for Lü: the pinyin input's v), letters that
        look alike run together ("Kamik" for Karnik); not when the word is a given name, a common family name
        or an English word of its own ("Bums" for Burns may be no slip)."""
        hit = self._slips.get(key)
        if hit is None or self.data.is_given_name(key) or key in self.data.family_first:
            return None
        from .spelling.lexicon import load_lexicon

        return None if key in load_lexicon() else hit

    def _article_variant(self, key: str) -> NameMatch | None:
        """A family name with its Arabic article written another way ("Ash-Shamri" for Al-Shamri: the article
        as pronounced before a sun letter; "El-Sayed" for Al-Sayed), the rest the same: one name in other
        letters, a misspelling, never another person (data [arabic_article] of addressing.toml)."""
        article, dash, rest = key.partition("-")
        if not dash or article not in _arabic_article_forms():
            return None
        found = self._articles.get(rest)
        if found is None or found[0] == article:
            return None
        return found[1]

    def _altgr_slip(self, got: str, want: str) -> bool:
        """Is ``got`` the plain name part ``want`` with one letter typed with AltGr held ("łassen" for Lassen on
        the Polish programmer's keyboard; data [altgr_letters] of addressing.toml), in a name part that shows
        nothing of that language's spelling and is no given name (where the record may have dropped the accent:
        "Łukasz" for a record "Lukasz", "Michał" for "Michal" are right)?"""
        if len(got) != len(want):
            return False
        diff = [n for n, (a, b) in enumerate(zip(got, want)) if a != b]
        if len(diff) != 1 or self.data.is_given_name(got):
            return False
        pair = (want[diff[0]], got[diff[0]])
        for markers, letters in _altgr_layers():
            if pair in letters and not markers.search(want):
                return True
        return False

    def _reordered(self, key: str) -> NameMatch | None:
        """A double-barrelled family name with its halves in another order ("Bonsu-Mensah" for Mensah-Bonsu,
        "Lopez-Garcia" for García-López): the same parts, each spelt right, joined the other way round, a slip
        of a writer who knows the name. Family names only: a double given name turned round ("Marie-Anne" for
        Anne-Marie) is a given name of its own."""
        if "-" not in key:
            return None
        pieces = key.split("-")
        if len(pieces) < 2 or not all(pieces):
            return None
        ordered = sorted(pieces)
        for k in self._keys:
            if k.part != "last" or "-" not in k.folded:
                continue
            theirs = k.folded.split("-")
            if theirs != pieces and sorted(theirs) == ordered:
                return NameMatch(k.interviewer, "misspelling", k.expected, k.part)
        return None

    def _merged_consonant(self, key: str) -> NameMatch | None:
        """The name with one consonant written as the one the writer's first language does not tell it from
        ("Niu" for Liu: n/l; data [merged_consonants] of addressing.toml), the rest the same, in a name of three
        letters or more; not when the word is a given name, a common family name or an English word of its own
        ("Lam" for Nam, "Lee" for Nee may be somebody else)."""
        if len(key) < MIN_LEN_MERGED or not key.isalpha():
            return None
        merged = _merged_consonants()
        for k in self._keys:
            if len(k.folded) != len(key):
                continue
            diff = [n for n, (a, b) in enumerate(zip(key, k.folded)) if a != b]
            if len(diff) != 1 or (key[diff[0]], k.folded[diff[0]]) not in merged:
                continue
            if self.data.is_given_name(key) or key in self.data.family_first:
                return None
            from .spelling.lexicon import load_lexicon

            if key in load_lexicon():
                return None
            return NameMatch(k.interviewer, "misspelling", k.expected, k.part)
        return None

    def _heard_as(self, key: str) -> NameMatch | None:
        """The name spelt as heard ("Shivawn" for Siobhán, "Neeve" for Niamh, "Wakeen" for Joaquín): the word
        sounds like the English reading of a name part written in another language's spelling (data
        [heard_spellings] of addressing.toml), and is of some length, no English word and no given name of
        its own ("Neve", "Sean" may be somebody else)."""
        if not self._heard or len(key) < MIN_LEN_HEARD or not key.isalpha() or self.data.is_given_name(key):
            return None
        import jellyfish

        sound = sound_key(key)
        meta = jellyfish.metaphone(key)
        open_end = _open_end(key)
        for (heard, heard_meta, k), heard_open in zip(self._heard, self._heard_open):
            # (the skeleton drops the vowels: a name that ends on one sounds another, "Shivani" is not Siobhán)
            if (sound == heard or (meta == heard_meta and sound[1] == heard[1])) and open_end == heard_open:
                from .spelling.lexicon import load_lexicon

                if key in load_lexicon():
                    return None
                return NameMatch(k.interviewer, "misspelling", k.expected, k.part)
        return None

    def _digit_for_letter(self, w: str) -> NameMatch | None:
        """A name with a digit typed for the letter it looks like ("Mrs. 0che" for Oche, "Hi A1i"): the word
        read with each such digit as its letter; when that reading is an interviewer's name (exactly, or a
        nickname of it), the word misspells it. One or two digits among letters only ("B2B", "Q3" stay no names)."""
        digits = [ch for ch in w if ch.isdigit()]
        if len(digits) > 2 or any(ch not in _LETTER_DIGITS for ch in digits) or not all(
                ch.isalpha() or ch in _LETTER_DIGITS or ch in "'-" for ch in w) or sum(ch.isalpha() for ch in w) < 2:
            return None
        readings = [""]
        for ch in w:
            readings = [r + c for r in readings for c in (_LETTER_DIGITS.get(ch) or ch)]
        for reading in readings:
            hit = self._classify(reading, True)
            if hit is not None and hit.kind != "misspelling":  # (a slip beside the digit is too far to say)
                return NameMatch(hit.interviewer, "misspelling", hit.expected, hit.part)
        return None

    def swapped_beside(self, word: str, interviewer: int) -> NameMatch | None:
        """A short name part of interviewer ``interviewer`` with two neighbouring letters swapped ("Zwa" for
        Zaw, "Mni" for Min), read where the word stands beside another part of the same person's name ("Dear
        U Zwa Min Htet,"): too short to be judged a misspelling alone ("Ian" is not "Ina"), but a typo there."""
        key = fold(word).strip(".'")
        if len(key) < SWAP_BESIDE_MIN_LEN or not key.isalpha() or not word[:1].isupper() or key in self._exact:
            return None
        for k in self._keys:
            if k.interviewer != interviewer or len(k.folded) != len(key) or sorted(k.folded) != sorted(key):
                continue
            diff = [n for n, (a, b) in enumerate(zip(key, k.folded)) if a != b]
            if len(diff) == 2 and diff[1] == diff[0] + 1:
                return NameMatch(interviewer, "misspelling", k.expected, k.part)
        return None

    def _short_form(self, key: str) -> NameMatch | None:
        """A clipped given name the tables lack: "Kat" for Katharina, "Sammy" for Samantha, "Jo" for Joanna."""
        if not key.isalpha() or key in _COMMON_SHORT:
            return None
        stems = {key}
        for end in ("ie", "y", "i"):
            if key.endswith(end) and len(key) - len(end) >= 2:
                stem = key[: -len(end)]
                stems.add(stem)
                if len(stem) >= 3 and stem[-1] == stem[-2]:  # "Sammy" -> "sam"
                    stems.add(stem[:-1])
        for k in self._given:
            for stem in stems:
                # a clipping keeps well under two thirds of the name ("Isabel" is a variant of Isabelle)
                if len(stem) >= 2 and len(stem) <= 0.65 * len(k.folded) and k.folded.startswith(stem) and (
                        len(stem) >= 3 or len(k.folded) >= 5):
                    return NameMatch(k.interviewer, "nickname", k.expected, k.part)
            # a name whose leading element is usually dropped: Yoruba "Olu(wa)-" ("Funmi" for
            # Olufunmilayo), Igbo "Chukwu-" ("Emeka"), Arabic "Abdul-" ("Rahman" for Abdulrahman)
            for prefix in _DROPPED_PREFIXES:
                rest = k.folded[len(prefix):]
                if not k.folded.startswith(prefix) or len(rest) < 3:
                    continue
                if key == rest or (len(key) >= 3 and k.folded.startswith(prefix + key)
                                   and len(key) <= 0.8 * len(rest)):
                    return NameMatch(k.interviewer, "nickname", k.expected, k.part)
        return None

    def _fuzzy(self, key: str) -> NameMatch | None:
        if len(key) < 2 or not self._keys:
            return None
        from rapidfuzz.distance import OSA

        best: tuple[int, int, _Key] | None = None
        sound: tuple[str, str] | None = None  # (worked out for the first name near enough: most words have none)
        for k in self._keys:
            longest = max(len(k.folded), len(key))
            if abs(len(k.folded) - len(key)) > 3 or longest < MIN_LEN_ONE_EDIT:
                continue
            d = OSA.distance(key, k.folded, score_cutoff=4)
            if d > 4 or d == 0:
                continue
            if sound is None:
                sound = sound_key(key)
            swapped = sorted(key) == sorted(k.folded)  # letters swapped: "Ivna" for Ivan is a typo
            if sound[1] != k.sound[1] and k.part != "last" and not swapped:  # "Mario" is not Maria
                continue
            if sound == k.sound and longest >= MIN_LEN_TWO_EDITS and d <= max(2, longest // 2):
                ok = True  # one name spelt as it sounds: "Duane" for Dwayne, "Kathryn" for Catherine
            elif d == 4:
                continue
            elif d == 1:
                # a swap of two letters is a typo even in a short name ("Iyre" for Iyer); a changed letter
                # there must sound alike ("Data" is not "Dana")
                ok = longest >= MIN_LEN_ONE_EDIT and (longest > ONE_EDIT_SOUND_MAX_LEN or _sounds_alike(key, k)
                                                      or swapped)
            elif d == 2:
                # or the same letters out of order from the same first letter, no name of its own: a letter
                # typed two places late ("Katazyrna" for Katarzyna; "Clara" is not Carla)
                ok = longest >= MIN_LEN_TWO_EDITS and (_sounds_alike(key, k) or (
                    swapped and key[:1] == k.folded[:1] and key not in self.data.given_names))
            else:
                ok = longest >= MIN_LEN_THREE_EDITS and _sounds_alike(key, k) and key[:1] == k.folded[:1]
            if not ok and d in (2, 3) and _syllable_slip(key, k.folded) and not self.data.is_given_name(key):
                ok = True  # "Papapadopoulou", "Ramasubranian": a syllable doubled or dropped inside the name
            if not ok:
                continue
            # a first-letter change must keep the sound ("Catherine" for Katherine), unless it is the one
            # edit between two uncommon names of some length ("Andal" for Handal, "Cowalski" for Kowalski)
            if (key[:1] != k.folded[:1] and sound != k.sound and not _sounds_alike(key, k)
                    and not self._first_letter_slip(key, k, d, longest) and not self._voicing_slip(key, k, d)):
                continue
            rank = (d, 0 if k.part in ("first", "preferred", "last") else 1)
            if best is None or rank < best[:2]:
                best = (rank[0], rank[1], k)
        if best is None:
            return None
        k = best[2]
        return NameMatch(k.interviewer, "misspelling", k.expected, k.part)

    def _first_letter_slip(self, key: str, k: _Key, d: int, longest: int) -> bool:
        """Is ``key`` the name ``k`` with its first letter dropped, added or changed ("Andal" for Handal,
        "Hanna" not), both names uncommon? A common name or word on either side ("Bryan" for Ryan,
        "Hanson" for Janson, "Owens" for Bowens) may be a real different person."""
        if d != 1 or longest < MIN_LEN_FIRST_LETTER_SLIP or not key.isalpha():
            return False
        from .spelling.lexicon import load_lexicon

        lexicon = load_lexicon()
        return not any(w in lexicon or w in self.data.given_names for w in (key, k.folded))

    def _voicing_slip(self, key: str, k: _Key, d: int) -> bool:
        """Is ``key`` the name ``k`` with its first letter swapped for its voiced or voiceless pair, the
        rest the same ("Bowell" for Powell, "Balmer" for Palmer), and no given name itself ("Bella" to Ann
        Pella is somebody else)? The sound stays near: the slip of a writer whose language merges the pair."""
        if d != 1 or len(key) != len(k.folded) or len(key) < MIN_LEN_VOICING_SLIP or key[1:] != k.folded[1:]:
            return False
        pair = (key[0], k.folded[0])
        return (pair in _VOICING_PAIRS or pair[::-1] in _VOICING_PAIRS) and not self.data.is_given_name(key)

    def vocabulary(self) -> set[str]:
        """Lower-cased name words a spelling check must accept (names, transliterations, nicknames)."""
        return set(self._exact) | set(self._translit) | set(self._nick)

    # -- helpers for the rules ----------------------------------------------------------------------------

    def family_names(self, i: int) -> set[str]:
        """Folded family names of interviewer ``i`` (core, with particles, joined); both ends when guessed."""
        parsed = self.parsed[i]
        out = {fold(parsed.core_surname), fold(parsed.surname), fold(parsed.surname).replace(" ", "")}
        ordered = parsed.display().split()
        if not parsed.explicit and len(ordered) >= 2:
            if fold(ordered[0]) in self.data.family_first:
                out.add(fold(ordered[0]))
            if parsed.family_first:  # a guess: the last part may still be the family name
                out.add(fold(ordered[-1]))
        out.discard("")
        return out

    def first_name(self, i: int) -> str:
        """The name to greet interviewer ``i`` by: the preferred name, else the (first) given name."""
        person = self.interviewers[i]
        if person.preferred_name:
            return person.preferred_name.split()[0]
        parsed = self.parsed[i]
        return _unshout(parsed.first)

    def formal_name(self, i: int) -> str:
        """The full name in its own order ("Tan Wei Ming", "Anne-Marie van der Merwe")."""
        return self.parsed[i].display()


#: common words that are also the start of a name ("The" for Theodore, "Car" for Carolina)
_COMMON_SHORT: Final = frozenset(
    """the they them then than that this there these those and any all also are but can did for get got had
    has her him his its our out per ran she too two use was way who why yes yet you how new now not old one
    own see set sit day car war win ten met men ear die""".split()
)


def _one_edit(a: str, b: str) -> bool:
    """``OSA.distance(a, b) <= 1`` (equal, or one substitution, insertion, deletion or swap of two
    neighbours), without importing rapidfuzz on the path every draft takes."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                and a[diff[1]] == b[diff[0]])
    if abs(la - lb) != 1:
        return False
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def _syllable_slip(a: str, b: str) -> bool:
    """Is one word the other with a syllable (two or three letters, a vowel among them) doubled or dropped
    inside it, never at either end ("Papapadopoulou" / "Papadopoulou", "Ramasubranian" / "Ramasubramanian";
    not "Robertson" / "Roberts", an ending that makes another name)? A doubled syllable repeats its
    neighbour; a dropped one that does not is a small share of a long name."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    n = len(long_) - len(short)
    if n not in (2, 3) or not short.isalpha() or short[:1] != long_[:1]:
        return False
    for i in range(2, len(long_) - n - 1):  # at least two letters kept on each side
        if long_[:i] != short[:i]:
            break
        if long_[i + n:] != short[i:]:
            continue
        chunk = long_[i:i + n]
        if not any(ch in "aeiouy" for ch in chunk):
            continue
        doubled = long_[i - n:i] == chunk or long_[i + n:i + 2 * n] == chunk
        if (doubled and len(short) >= MIN_LEN_SYLLABLE_DOUBLED) or n <= SYLLABLE_DROPPED_MAX_SHARE * len(long_):
            return True
    return False


def _sounds_alike(key: str, k: _Key) -> bool:
    import jellyfish

    return jellyfish.metaphone(key) == k.metaphone or jellyfish.nysiis(key) == k.nysiis


# English spellings of one sound, applied in order (``sound_key``): jellyfish's metaphone and NYSIIS keep
# the W of "Dw" and drop every vowel, so they part Dwayne from Duane yet join Maria and Mario
_SOUND_SPELLINGS: Final = (
    ("ph", "f"), ("gh", ""), ("ck", "k"), ("qu", "kw"), ("q", "k"), ("x", "ks"), ("th", "t"),
    ("ce", "se"), ("ci", "si"), ("cy", "sy"), ("c", "k"), ("ge", "je"), ("gi", "ji"), ("v", "f"), ("z", "s"),
)
#: a consonant then W then a vowel is a U sound ("Dwayne" as "Duane")
_GLIDE_W: Final = re.compile(r"(?<=[bcdfgkpst])w(?=[aeiouy])")
#: the sounding vowel a name ends in: -a/-ah and -o/-oh mark different names (Maria, Mario; Paul, Paula)
_END_VOWEL: Final = re.compile(r"(?:(a)h?|(o)h?|[iy]|ie|ee|ey|e)$")


def sound_key(word: str) -> tuple[str, str]:
    """(consonant skeleton, ending) of a given name as it sounds: equal keys are one name spelt two ways.

    "Duane" and "Dwayne", "Catherine" and "Kathryn", "Stephen" and "Steven", "Sarah" and "Sara" share a
    key; "Maria" and "Mario" (a different ending) or "Wayne" and "Dwayne" (another first sound) do not.
    """
    w = fold(word).strip(".'")
    w = "".join(ch for ch in w if ch.isalpha())
    for written, sound in _SOUND_SPELLINGS:
        w = w.replace(written, sound)
    w = _GLIDE_W.sub("u", w)
    end = _END_VOWEL.search(w)
    ending = (end.group(1) or end.group(2) or "") if end else ""
    if w[1:].endswith("h"):
        w = w[:-1]
    w = re.sub(r"(.)\1+", r"\1", w)
    return w[:1] + re.sub(r"[aeiouyhw]", "", w[1:]), ending


def _open_end(word: str) -> bool:
    """Does ``word`` end on a sounding vowel ("Keeva", "Shivani", "Hosay"; not "Neeve", whose e is silent)?"""
    return word[-1:] in ("a", "i", "o", "u", "y") or word.endswith("ee")


@lru_cache(maxsize=1)
def _merged_consonants() -> frozenset[tuple[str, str]]:
    """The pairs of data [merged_consonants] (addressing.toml), both ways round, read once."""
    from .spelling.lexicon import read_toml_data

    pairs: set[tuple[str, str]] = set()
    for line in read_toml_data("addressing.toml").get("merged_consonants", {}).get("pairs", "").splitlines():
        letters = line.split()
        if len(letters) == 2:
            pairs.add((letters[0], letters[1]))
            pairs.add((letters[1], letters[0]))
    return frozenset(pairs)


@lru_cache(maxsize=1)
def _slip_pairs() -> tuple[tuple[str, str], ...]:
    """The (as in the name, as written) pairs of data [name_slips] (addressing.toml), read once."""
    from .spelling.lexicon import read_toml_data

    table = read_toml_data("addressing.toml").get("name_slips", {})
    pairs: list[tuple[str, str]] = []
    for kind in ("layouts", "lookalikes"):
        for line in table.get(kind, "").splitlines():
            letters = line.split()
            if len(letters) == 2:
                pairs.append((letters[0], letters[1]))
    return tuple(pairs)


@lru_cache(maxsize=4096)
def _slip_variants(plain: str) -> tuple[str, ...]:
    """Each spelling of ``plain`` (a name part, lower case, accents kept) with one slip of [name_slips], folded."""
    out: list[str] = []
    key = fold(plain)
    for name_has, written in _slip_pairs():
        start = plain.find(name_has)
        while start >= 0:
            variant = fold(plain[:start] + written + plain[start + len(name_has):])
            if variant != key and variant not in out and (
                    max(len(variant), len(key)) >= MIN_LEN_SLIP or fold(name_has) != name_has):
                out.append(variant)
            start = plain.find(name_has, start + 1)
    return tuple(out)


@lru_cache(maxsize=1)
def _altgr_layers() -> tuple[tuple[re.Pattern[str], frozenset[tuple[str, str]]], ...]:
    """(markers, (plain, marked) pairs) of each layout of data [altgr_letters] (addressing.toml), read once."""
    from .spelling.lexicon import read_toml_data

    out = []
    for table in read_toml_data("addressing.toml").get("altgr_letters", {}).values():
        pairs = frozenset((a, b) for a, b in (line.split() for line in table["letters"].splitlines() if line.strip()))
        out.append((re.compile(table["markers"]), pairs))
    return tuple(out)


@lru_cache(maxsize=1)
def _arabic_article_forms() -> frozenset[str]:
    """The spellings of the Arabic article of data [arabic_article] (addressing.toml), read once."""
    from .spelling.lexicon import read_toml_data

    return frozenset(read_toml_data("addressing.toml").get("arabic_article", {}).get("forms", "").split())


@lru_cache(maxsize=1)
def _heard_spellings() -> tuple[tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]], ...]:
    """(markers, rules) of each language of data [heard_spellings] (addressing.toml), compiled once."""
    from .spelling.lexicon import read_toml_data

    out = []
    for table in read_toml_data("addressing.toml").get("heard_spellings", {}).values():
        rules = tuple((re.compile(spelling), "" if sound == "-" else sound)
                      for spelling, sound in (line.split() for line in table["rules"].splitlines() if line.strip()))
        out.append((re.compile(table["markers"]), rules))
    return tuple(out)


@lru_cache(maxsize=1024)
def heard_readings(name: str) -> tuple[str, ...]:
    """The English spellings of the sound of ``name`` (lower case, accents kept) in each language whose
    spelling it shows (data [heard_spellings]): "siobhán" -> ("shiovan",), "joaquín" -> ("wakin",); none for
    a name in no such spelling or one the rules leave as it is."""
    out = []
    for markers, rules in _heard_spellings():
        if not markers.search(name):
            continue
        reading = name
        for spelling, sound in rules:
            reading = spelling.sub(sound, reading)
        reading = fold(reading)
        if reading != fold(name) and reading not in out:
            out.append(reading)
    return tuple(out)


def different_ending(a: str, b: str) -> bool:
    """Two names that differ in a sounding end vowel (-a, -o): "Mario" for Maria, "Paula" for Paul."""
    return sound_key(a)[1] != sound_key(b)[1]


def name_matcher(ctx: RuleContext) -> NameMatcher:
    """The matcher for this draft's interview (``ctx.analysis.names``: built once per draft)."""
    return ctx.analysis.names


def build_name_matcher(ctx: RuleContext) -> NameMatcher:
    """The matcher for the interview's interviewers: one per panel and ``Linter`` (``ctx.resources``)."""
    interview: Interview | None = ctx.interview
    people = interview.interviewers if interview else ()
    cache: dict = ctx.resources.get("names.matchers", lambda config: {})
    try:
        return cache[people]
    except (KeyError, TypeError):
        pass
    matcher = NameMatcher(people, name_data(ctx))
    if len(cache) >= 256:
        cache.clear()
    try:
        cache[people] = matcher
    except TypeError:  # pragma: no cover - unhashable custom data
        pass
    return matcher

"""The technical register: a note written to reviewers of code (a take-home submission's README, a pull
request's description), and the lower-case words of software vocabulary it uses that no word list has.

A note is in that register when it shows at least ``min_signs`` different signs of it (``[register]`` in
``spelling-en-technical.toml``): inline code or a fenced block, a Markdown heading, a file path or a file
name with a known extension, a Markdown link or a link to a code host, a command at a line's start, ``min_words`` words of the
trade ("repository", "component", "endpoint"). In such a note a lower-case unknown word is software vocabulary, not a
misspelling, when it is:

- an abbreviation of a technical word (``[abbreviations]`` in ``spelling-en-technical.toml``: "src",
  "params", "int", "cors");
- the name of a tool or library of the trade one edit from an everyday word (``[register_names]``: "vite",
  "redux thunk", "pwa");
- a known word with a productive affix of the trade: "re-"/"de-" before a verb ("reimplement",
  "debounced"), "-able" on a verb, its last consonant doubled or not ("tabbable"), "-er"/"-r" for the tool
  that does it ("profiler"), "-ant" for the quality ("performant"), a plural "-s" on a noun ("paddings"; not
  on a grammar word: "fews" is a slip);
- an identifier made of known words run together ("automapper", "nameofthemovie"): words of four letters
  or more, or grammar words among the hundred most frequent ("of", "the"), and no misspelling of a frequent word;
  a shorter run (seven to nine letters) of two words of the trade that are not frequent words ("viewport",
  "codebase"), or of two common words neither of which is a grammar word ("timespan", "timeshift"; not
  "everytime", "eachother", "watchout"), and never a run that ends on a grammar word (a missed space:
  "deliverthe", "sendthe");
- a verb made with "-ify" / "-ification" on a known word ("linkify", "linkification", "minify");
- a clipped form of a longer known word, cut at a consonant after four letters or more ("struct" of
  "structure", "dedup" of "deduplicate"), three letters or more cut off (not a dropped last letter:
  "becaus", "wher" stay misspellings);
- an abbreviation of two to four letters with no vowel ("vm", "db", "cdn", "jwt").

A misspelling keeps being reported there ("unnecassary", "tocuhed", "persistace"): no affix or split makes
it a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Final

if TYPE_CHECKING:
    from . import Speller

__all__ = ["technical_register", "software_word", "one_edit_from_a_word", "tool_name"]

_CODE: Final = re.compile(r"`[^`\n]+`|^[ \t]*```", re.MULTILINE)            # inline code, a fence
# a Markdown heading; its marks glued to a capital too, as writers type it ("##Task 1", "#Filip's solution")
_HEADING: Final = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+\S|[A-Z])", re.MULTILINE)
_PATH: Final = re.compile(r"(?<![\w/.-])\.{0,2}/?[\w.-]+/[\w.-]+")               # "src/app", "./dist", "CI/CD"
_FILE: Final = re.compile(r"(?<![\w.-])[\w-]+\.([a-z0-9]{1,5})\b", re.IGNORECASE)      # "index.js", "Program.cs"
_LINK: Final = re.compile(r"\]\([^)\s]+\)")                                   # a Markdown link or image
_HOST: Final = re.compile(r"https?://(?:www\.)?([\w.-]{1,60})", re.IGNORECASE)    # a URL's host
_LINE_START: Final = re.compile(r"^[ \t]*(?:[-*>$][ \t]*|\d+[.)][ \t]*)?([a-z0-9]+)[ \t]+\S", re.MULTILINE)
_WORD: Final = re.compile(r"[a-z]+")
#: productive affixes of software prose: (prefix, suffix, what is added back to the stem)
_PREFIXES: Final = ("re", "de")
_SUFFIXES: Final = (("able", ""), ("able", "e"), ("er", ""), ("r", ""), ("ant", ""), ("s", ""), ("ify", ""),
                    ("ification", ""), ("ified", ""), ("ifies", ""), ("ifying", ""), ("ifier", ""))
_MIN_STEM: Final = 3
_RUN_MIN: Final = 10      # an identifier of run-together words is at least this long (and at most
_RUN_MAX: Final = 100     # a repository's name: a longer run is split by no one) ...
_RUN_PART_MIN: Final = 4  # ... and its words at least this long, or among the most frequent words
_GRAMMAR_RANK: Final = 100
_SHORT_RUN_MIN: Final = 7    # a shorter run of two words of the trade: at least this long ...
_SHORT_RUN_RANK: Final = 500  # ... each of its words rarer than the this-many most frequent ("view", "port")
_CLIP_MIN: Final = 4          # a clipped form keeps at least this many letters ...
_CLIP_CUT: Final = 3          # ... and cuts at least this many off the known word
_NO_VOWEL_MAX: Final = 4      # an abbreviation with no vowel has two to this many letters
_VOWELS: Final = frozenset("aeiouy")


@lru_cache(maxsize=8)
def technical_register(text: str) -> bool:
    """Does ``text`` show at least ``min_signs`` different signs of a note to reviewers of code?"""
    data = _data()
    signs = (
        _CODE.search(text) is not None,
        _HEADING.search(text) is not None,
        _PATH.search(text) is not None
        or any(m.group(1).lower() in data.extensions for m in _FILE.finditer(text)),
        _LINK.search(text) is not None or any(m.group(1).lower() in data.code_hosts for m in _HOST.finditer(text)),
        any(m.group(1) in data.commands for m in _LINE_START.finditer(text)),
        len(data.words.intersection(_WORD.findall(text.lower()))) >= data.min_words,
    )
    return sum(signs) >= data.min_signs


@dataclass(frozen=True, slots=True)
class _Register:
    min_signs: int
    commands: frozenset[str]
    words: frozenset[str]
    min_words: int
    extensions: frozenset[str]
    abbreviations: frozenset[str]
    code_hosts: frozenset[str]
    names: frozenset[str]


@lru_cache(maxsize=1)
def _data() -> _Register:
    from .lexicon import read_toml_data

    data = read_toml_data("spelling-en-technical.toml")
    register = data["register"]
    return _Register(int(register["min_signs"]), frozenset(register["commands"].split()),
                     frozenset(register["words"].split()), int(register["min_words"]),
                     frozenset(data["files"]["extensions"].split()),
                     frozenset(data["abbreviations"]["words"].split()), frozenset(register["code_hosts"].split()),
                     frozenset(data["register_names"]["words"].split()))


def tool_name(lower: str, in_register: Callable[[], bool], near_frequent: Callable[[str], bool]) -> bool:
    """Is the unknown ``lower`` the name of a developer's tool or library, as candidates write it in lower case
    ("typeorm", "commitlint", "lodash", "vscode"): an entry of the packaged list built from cspell's lists of
    npm packages and software terms (``spelling-en-software.txt``, ``tools/build_software_words.py``), or a
    command of ``[register]`` ("maven or gradle")? A name one edit from a frequent English word ("util" of
    "until", "prisma" of "prism") could hide a slip of that word, so it is a name only in a note of the technical
    register (``in_register``, asked only then); any other name is one wherever it stands."""
    if lower not in _tool_names():
        return False
    return in_register() or not near_frequent(lower)


@lru_cache(maxsize=1)
def _tool_names() -> frozenset[str]:
    from .lexicon import read_data

    words = {line for line in read_data("spelling-en-software.txt").split("\n") if line and line[0] != "#"}
    words.update(_data().commands)     # the commands that open a line of a README name tools too: "gradle"
    return frozenset(words)


def software_word(lower: str, speller: Speller, slip: Callable[[str], bool]) -> bool:
    """Is the lower-case unknown ``lower`` software vocabulary: an abbreviation of the trade, a known word
    with a productive affix, or known words run together? A run that ``slip`` says is a misspelling of a
    frequent word ("persistace": "persis" + "tace", but two edits from "persistence") is none."""
    if not lower.isalpha():
        return False
    data = _data()
    if lower in data.abbreviations or lower in data.names or _affixed(lower, speller):
        return True
    if 2 <= len(lower) <= _NO_VOWEL_MAX and not _VOWELS.intersection(lower):
        return True   # "vm", "db", "cdn": an abbreviation
    if _RUN_MIN <= len(lower) <= _RUN_MAX:
        # (a run that is a known word, however rare, with one letter dropped is that word misspelt:
        # "trouble"+"shooing" is "troubleshooting", thirty-fifth ai-104; "incongruency" beside "incongruence"
        # is a derivative of its own)
        return _splits(lower, speller) and not slip(lower) and not _letter_dropped(lower, speller)
    if _SHORT_RUN_MIN <= len(lower) < _RUN_MIN and _short_run(lower, speller) and not slip(lower):
        return True
    return _clipped(lower, speller) or (lower.endswith("s") and _clipped(lower[:-1], speller))  # "structs"


def _short_run(lower: str, speller: Speller) -> bool:
    """Is ``lower`` two words run together, each of four letters or more: two words of the trade, neither
    among the ``_SHORT_RUN_RANK`` most frequent words ("view"+"port", "code"+"base"), or a closed compound of
    two common words neither of which is a grammar word (``english`` of ``languages.toml``: "time"+"span",
    "time"+"shift", twenty-sixth u-144) that is not one edit from a word? A grammar word in it makes a missed
    space ("every"+"time", "each"+"other", "watch"+"out")."""
    from ..analysis.language import profiles

    rank, known = speller.lexicon.rank, speller.known
    grammar = profiles().english
    for i in range(_RUN_PART_MIN, len(lower) - _RUN_PART_MIN + 1):
        a, b = lower[:i], lower[i:]
        if not (known(a) and known(b)):
            continue
        if rank(a) >= _SHORT_RUN_RANK and rank(b) >= _SHORT_RUN_RANK:
            return True
        if a not in grammar and b not in grammar:
            # (a common pair one edit from a word is that word misspelt: "fourties", "pasttime")
            return not one_edit_from_a_word(lower, speller)
    return False


def one_edit_from_a_word(word: str, speller: Speller) -> bool:
    """Is a suggested correction of ``word`` one edit from it ("recieve": "receive"; not "jungang": "junking")?"""
    from rapidfuzz.distance import DamerauLevenshtein

    return any(DamerauLevenshtein.distance(word, s) <= 1 for s in speller.suggest(word, 3))


def _letter_dropped(word: str, speller: Speller) -> bool:
    """Is a suggested correction of ``word`` the word with one letter put back inside it ("troubleshooing":
    "troubleshooting")? Not an ending put on it: "productionize" is no slip of "productionized"."""
    from rapidfuzz.distance import Levenshtein

    return any(len(s) == len(word) + 1 and not s.startswith(word) and Levenshtein.distance(word, s) == 1
               for s in speller.suggest(word, 3))


def _clipped(lower: str, speller: Speller) -> bool:
    """Is ``lower`` the first letters of a longer known word, cut after a consonant ("struct" of "structure")?
    Some known word must begin with ``lower`` and be at least ``_CLIP_CUT`` letters longer, and none only one
    or two letters longer: a dropped last letter or two ("becaus" of "because", "compan" of "company") is a
    slip."""
    if len(lower) < _CLIP_MIN or lower[-1] in _VOWELS:
        return False
    words, starts = speller.lexicon.bucket(lower[0])
    n = len(lower)
    if n + _CLIP_CUT >= len(starts):
        return False
    if any(w.startswith(lower) for w in words[starts[n + 1]:starts[n + _CLIP_CUT]]):
        return False
    return any(w.startswith(lower) for w in words[starts[n + _CLIP_CUT]:])


def _affixed(lower: str, speller: Speller) -> bool:
    from ..analysis.language import profiles

    known = speller.known
    for prefix in _PREFIXES:
        base = lower[len(prefix):]
        if lower.startswith(prefix) and len(base) > _MIN_STEM and known(base):
            return True
    for suffix, add in _SUFFIXES:
        if not lower.endswith(suffix):
            continue
        stem = lower[:-len(suffix)]
        if len(stem) < _MIN_STEM:
            continue
        if suffix == "s" and stem in profiles().english:
            continue      # a grammar word takes no plural: "fews", "muchs", "eachs" are slips, not nouns
        if known(stem + add) or (len(stem) > _MIN_STEM and stem[-1] == stem[-2] and known(stem[:-1])):
            return True   # "tabbable": "tab", its consonant doubled
    return False


def _splits(lower: str, speller: Speller) -> bool:
    """Does ``lower`` split into two or more known words, each of ``_RUN_PART_MIN`` letters or more or one of
    the ``_GRAMMAR_RANK`` most frequent words ("name-of-the-movie")? A slip that happens to split into a
    word and a short rarer one ("persist-ace" for "persistence") is not a split."""
    n = len(lower)
    rank = speller.lexicon.rank
    fewest: list[int | None] = [0] + [None] * n
    for i in range(2, n + 1):
        for j in range(max(0, i - 20), i - 1):
            piece = lower[j:i]
            before, here = fewest[j], fewest[i]
            if before is None or not speller.known(piece):
                continue
            if len(piece) < _RUN_PART_MIN and rank(piece) >= _GRAMMAR_RANK:
                continue
            fewest[i] = before + 1 if here is None else min(here, before + 1)
    last = fewest[n]
    if last is None or last < 2:
        return False
    # the last word is one of four letters or more: a run that ends on a grammar word is a missed space
    # ("deliverthe", "sendthe"), not an identifier
    return any(fewest[j] is not None and speller.known(lower[j:]) for j in range(1, n - _RUN_PART_MIN + 1))

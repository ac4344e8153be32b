"""The words of addressing (titles, particles, generic addressees...), read once from
``data/addressing.toml``: the one copy the greeting parser and the Analysis layer share."""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from functools import lru_cache

__all__ = ["Vocabulary", "vocabulary", "run_together"]

_DATA_FILE = "addressing.toml"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The lists of ``addressing.toml``'s ``[words]`` table, as frozensets of lower-case words."""

    titles: frozenset[str]
    honorifics: frozenset[str]
    #: honorifics written after a name or joined to it by a hyphen ("Farzana Apa", "Tanaka-san")
    after_name: frozenset[str]
    particles: frozenset[str]
    #: lower-case words inside a group's name ("Hours with Experts", "Friends of the Earth")
    name_connectors: frozenset[str]
    #: words padding a given name in a handle that no English word list holds ("dev", "js")
    handle_pads: frozenset[str]
    #: letters and suffixes after a name ("PhD", "Jr."), lower case without full stops
    postnominals: frozenset[str]
    generic_addressees: frozenset[str]
    #: ``generic_addressees`` and the role words and small words of a generic address
    generic: frozenset[str]
    bare_generic: frozenset[str]
    group_or_role: frozenset[str]
    plural: frozenset[str]
    not_names: frozenset[str]
    #: words that open a sentence with a comma without addressing anyone ("Overall,", "Again,")
    discourse: frozenset[str]
    #: the words a template leaves where the greeting's name goes ("Hi Name,", "Dear Firstname,")
    name_slots: frozenset[str]
    #: role nouns standing in for a name after a title or as a dummy family name ("Ms. Manager")
    role_stand_ins: frozenset[str]
    #: heads of a letter's reference line ("re", "subject", "sub"), lower case without the colon
    reference_heads: frozenset[str]
    #: closing phrases, in file order ("best regards", "thanking you", "cofion")
    signoffs: tuple[str, ...]
    #: greetings, as regular-expression alternatives ("dear", "good\s(?:morning|afternoon)", "namaste")
    salutations: tuple[str, ...]
    #: interjections that may stand before a greeting on its line ("Oh hi", "Oh Bonjour")
    interjections: frozenset[str] = frozenset()
    #: titles of two words before a name ("tan sri", "puan sri"), lower case, one space between
    title_pairs: frozenset[str] = frozenset()
    #: given names that are everyday words ("blessing", "precious"): a name where someone is thanked by name
    word_names: frozenset[str] = frozenset()
    #: family names a model letter gives anybody ("John Doe", "Joe Bloggs"): a stand-in, nobody's leftover
    stand_in_family: frozenset[str] = frozenset()
    #: how a sentence opens that may end by speaking to someone ("looking forward", "have a"), lower case
    vocative_openers: tuple[str, ...] = ()
    #: nouns of people a name follows as their apposition ("your intern, Tumi"), lower case
    person_nouns: frozenset[str] = frozenset()
    #: words that open the message's first sentence, never a name: after a title closed by a full stop ("Hello
    #: professor. My name is ...") the greeting has ended
    sentence_openers: frozenset[str] = frozenset()
    #: titles abbreviated with a slash inside ("w/ro", "lt/col"), lower case: one title before a name
    slash_titles: frozenset[str] = frozenset()
    #: heads of a letter's attention line ("attn", "for the attention of", "c/o"), lower case, in file order
    attention_heads: tuple[str, ...] = ()
    #: the words of a wish before "to NAME" ("merry christmas", "my regards" as "regards"), lower case
    wish_heads: tuple[str, ...] = ()
    #: the words of the wish after "wish NAME" ("a", "all", "well"), lower case
    wish_objects: frozenset[str] = frozenset()
    #: verbs that ask the reader to pass a wish on ("pass on my regards to", "convey"), lower case
    wish_errands: frozenset[str] = frozenset()

    #: titles and honorifics (``titles | honorifics``, made once: the addressing analysis asks for it a few
    #: times a draft, and the union of the two sets cost ~3 us each time)
    all_titles: frozenset[str] = field(init=False, repr=False, compare=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "all_titles", self.titles | self.honorifics | self.slash_titles)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary, parsed on first use (once per process)."""
    from ..spelling.lexicon import read_toml_data

    data = read_toml_data(_DATA_FILE)
    words, phrases = data["words"], data["phrases"]

    def get(key: str) -> frozenset[str]:
        return frozenset(words[key].split())

    addressees = get("generic_addressees")
    return Vocabulary(titles=get("titles"), honorifics=get("honorifics"),
                      after_name=get("after_name"), particles=get("particles"),
                      name_connectors=get("name_connectors"), handle_pads=get("handle_pads"),
                      postnominals=get("postnominals"),
                      generic_addressees=addressees, generic=addressees | get("generic_more"),
                      bare_generic=get("bare_generic"), group_or_role=get("group_or_role"),
                      plural=get("plural"), not_names=get("not_names"), discourse=get("discourse"),
                      sentence_openers=get("sentence_openers"), slash_titles=get("slash_titles"),
                      name_slots=get("name_slots"), role_stand_ins=get("role_stand_ins") | get("name_slots"),
                      reference_heads=get("reference_heads"),
                      signoffs=tuple(line.strip() for line in phrases["signoffs"].splitlines() if line.strip()),
                      salutations=tuple(line.strip() for line in phrases["salutations"].splitlines() if line.strip()),
                      interjections=frozenset(phrases["interjections"].split()), word_names=get("word_names"),
                      stand_in_family=get("stand_in_family"), person_nouns=frozenset(phrases["person_nouns"].split()),
                      attention_heads=tuple(" ".join(line.split()) for line in phrases["attention_heads"].splitlines()
                                            if line.strip()),
                      wish_heads=tuple(" ".join(line.split()) for line in phrases["wish_heads"].splitlines()
                                       if line.strip()),
                      wish_objects=frozenset(phrases["wish_objects"].split()),
                      wish_errands=frozenset(phrases["wish_errands"].split()),
                      vocative_openers=tuple(line.strip() for line in phrases["vocative_openers"].splitlines()
                                             if line.strip()),
                      title_pairs=frozenset(" ".join(line.split()) for line in phrases["title_pairs"].splitlines()
                                            if line.strip()))


@lru_cache(maxsize=1)
def _joined_any() -> re.Pattern[str]:
    """Any of the phrases without their spaces, in one pattern (most words are none: one match tells)."""
    return re.compile("|".join(f"(?:{joined})" for _, joined in _joined_sources()), re.IGNORECASE)


@lru_cache(maxsize=1)
def _joined_sources() -> tuple[tuple[str, str], ...]:
    """(phrase, the phrase without its spaces), as patterns' text, for each greeting and closing of two
    words or more whose space is required ("good afternoon", "kind regards"; not "as-salamu alaykum",
    which may be one word)."""
    v = vocabulary()
    out = []
    for alt in (*v.salutations, *(re.escape(p).replace(r"\ ", r"\s") for p in v.signoffs)):
        if not re.search(r"\\s(?![?*])", alt):
            continue
        out.append((alt, re.sub(r"\\s(?![?*])", "", alt)))
    return tuple(out)


@lru_cache(maxsize=1)
def _joined_phrases() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """``_joined_sources`` compiled, when a word first runs one together (most runs see none)."""
    return tuple((re.compile(phrase, re.IGNORECASE), re.compile(joined, re.IGNORECASE))
                 for phrase, joined in _joined_sources())


@lru_cache(maxsize=1024)
def run_together(word: str) -> str | None:
    """The greeting or closing that ``word`` runs together, with its space ("Goodafternoon" -> "Good
    afternoon", "Kindregards" -> "Kind regards"), or ``None``."""
    if not _joined_any().fullmatch(word):
        return None
    for phrase, joined in _joined_phrases():
        if joined.fullmatch(word) and not phrase.fullmatch(word):
            for i in range(1, len(word)):
                spaced = word[:i] + " " + word[i:]
                if phrase.fullmatch(spaced):
                    return spaced[:1] + spaced[1:].lower() if word[:1].isupper() else spaced.lower()
    return None

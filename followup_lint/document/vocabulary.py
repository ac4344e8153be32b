"""The words of addressing (titles, particles, generic addressees...), read once from
``data/addressing.toml``: the one copy the greeting parser and the Analysis layer share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Vocabulary", "vocabulary"]

_DATA_FILE = "addressing.toml"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The lists of ``addressing.toml``'s ``[words]`` table, as frozensets of lower-case words."""

    titles: frozenset[str]
    honorifics: frozenset[str]
    particles: frozenset[str]
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
    #: closing phrases, in file order ("best regards", "thanking you", "cofion")
    signoffs: tuple[str, ...]
    #: greetings, as regular-expression alternatives ("dear", "good\s(?:morning|afternoon)", "namaste")
    salutations: tuple[str, ...]

    @property
    def all_titles(self) -> frozenset[str]:
        """Titles and honorifics."""
        return self.titles | self.honorifics


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary, parsed on first use (once per process)."""
    import tomllib

    from ..spelling.lexicon import read_data

    data = tomllib.loads(read_data(_DATA_FILE))
    words, phrases = data["words"], data["phrases"]

    def get(key: str) -> frozenset[str]:
        return frozenset(words[key].split())

    addressees = get("generic_addressees")
    return Vocabulary(titles=get("titles"), honorifics=get("honorifics"), particles=get("particles"), postnominals=get("postnominals"),
                      generic_addressees=addressees, generic=addressees | get("generic_more"),
                      bare_generic=get("bare_generic"), group_or_role=get("group_or_role"),
                      plural=get("plural"), not_names=get("not_names"), discourse=get("discourse"),
                      signoffs=tuple(line.strip() for line in phrases["signoffs"].splitlines() if line.strip()),
                      salutations=tuple(line.strip() for line in phrases["salutations"].splitlines() if line.strip()))

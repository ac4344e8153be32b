"""The name matcher: is a word an interviewer's name, a nickname, a transliteration or a misspelling?

One matcher per draft (``name_matcher(ctx)``) serves the spelling rule (which never reports an
interviewer's name) and the content rules (which judge the greeting and report misspellings).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Iterable

if TYPE_CHECKING:
    from .model import Interview, Interviewer
    from .rule import RuleContext

__all__ = ["NameMatch", "NameMatcher", "name_matcher", "fold"]

_TRANSLIT: Final = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "Ü": "Ue", "Ö": "Oe", "Ä": "Ae"}


def fold(word: str) -> str:
    """Lower case, curly apostrophes straightened, diacritics removed ("Jürgen" -> "jurgen")."""
    word = word.replace("’", "'").lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def transliterate(word: str) -> str:
    """German-style transliteration ("Jürgen" -> "juergen", "Großmann" -> "grossmann")."""
    return fold("".join(_TRANSLIT.get(ch, ch) for ch in word))


@dataclass(frozen=True, slots=True)
class NameMatch:
    """How a word relates to an interviewer's name."""

    interviewer: int          # index into Interview.interviewers
    kind: str                 # "exact", "nickname", "transliteration", "misspelling"
    expected: str             # the name part as the interviewer spells it
    part: str                 # "first", "last", "preferred", "full"


class NameMatcher:
    """Matches words against the interviewers of one interview."""

    def __init__(self, interviewers: Iterable[Interviewer]) -> None:
        self.interviewers = tuple(interviewers)
        self._exact: dict[str, NameMatch] = {}
        for i, person in enumerate(self.interviewers):
            parts = person.name.replace(",", " ").split()
            for j, part in enumerate(parts):
                kind_part = "first" if j == 0 else "last"
                for piece in {part, *part.split("-")}:
                    self._add(fold(piece), NameMatch(i, "exact", piece, kind_part))
                    self._add(transliterate(piece), NameMatch(i, "transliteration", piece, kind_part))
            if person.preferred_name:
                for piece in person.preferred_name.split():
                    self._add(fold(piece), NameMatch(i, "exact", piece, "preferred"))

    def _add(self, key: str, match: NameMatch) -> None:
        key = key.strip(".'")
        if key and key not in self._exact:
            self._exact[key] = match

    def classify(self, word: str) -> NameMatch | None:
        """The match for one word (possessive "'s" allowed), or ``None``."""
        w = word.replace("’", "'")
        if w.lower().endswith("'s"):
            w = w[:-2]
        return self._exact.get(fold(w).strip(".'"))

    def vocabulary(self) -> set[str]:
        """Lower-cased name words a spelling check must accept."""
        return set(self._exact)


def name_matcher(ctx: RuleContext) -> NameMatcher:
    """The matcher for this draft's interview, built once per draft."""
    interview: Interview | None = ctx.interview
    return ctx.memo("names", lambda: NameMatcher(interview.interviewers if interview else ()))

"""Template residue: the placeholder tokens a draft may have left in ("[Name]", "{{company}}", "____").

The document layer finds them once; ``leftover-placeholder`` reports them, template mode turns them
into slots, and every other rule ignores their text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["Placeholder", "find_placeholders", "INTERVIEWER_SLOT", "MOMENT_SLOT"]

# Every pattern below is linear: bounded repetitions and no nested quantifiers over the same characters.
_PATTERNS: Final = (
    ("jinja", re.compile(r"\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,120}%\}|\{#[^{}\n]{0,120}#\}")),
    ("brace", re.compile(r"(?<![{$\\\w])\{[A-Za-z_][\w .'-]{0,40}\}(?!\})")),
    ("dollar", re.compile(r"\$\{[A-Za-z_][\w.]{0,40}\}")),
    ("bracket", re.compile(r"\[[^\[\]\n]{1,60}\](?![(:\[])")),
    ("angle", re.compile(r"<[A-Z][A-Za-z']{0,20}(?:[ _][A-Za-z'][A-Za-z']{0,20}){0,3}>")),
    ("blank", re.compile(r"_{3,}")),
    ("paren", re.compile(r"\((?:insert |your |the )?(?:interviewer|hiring manager|recruiter|company|position|job title|role|name|date|your name)[’'`]?s?(?: name| title)?\)", re.I)),
    ("paren", re.compile(r"\((?:insert|enter|fill[ \t]in|replace[ \t]with|mention|name[ \t]of)[ \t][^()\n]{1,60}\)", re.I)),
    ("literal", re.compile(r"\b(?:Company Name|Your Name|Job Title|Interviewer Name|Hiring Manager Name|Position Title|Role Name|First Name|Last Name|Full Name)\b")),
    # a slot written in capitals: "Dear NAME,", "COMPANY NAME is ...", "YOUR ADDRESS"
    ("caps", re.compile(r"\b(?:(?:YOUR|COMPANY|JOB|POSITION|FIRST|LAST|FULL|HIRING|MANAGER|INTERVIEWER|RECIPIENT)"
                        r"(?:['’]S)?[ \t]+){0,2}(?:NAME|TITLE|COMPANY|POSITION|DATE|ADDRESS|CITY|PHONE|EMAIL|ROLE|"
                        r"ORGANI[SZ]ATION|EMPLOYER)\b")),
    # a template's specimen identity: "John Doe", "123 Maple Street", "Anytown, TX 75001"
    ("specimen", re.compile(r"\b(?:(?:John|Jane)[ \t]+(?:Q\.[ \t]+)?Doe|Joe[ \t]+Bloggs|Any(?:town|ville|city|state)|"
                            r"123[ \t]+(?:Main|Maple|Any)[ \t]+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?))\b")),
    # "(your name and credentials)", "(Your Address)", "(the company's name)": an instruction in brackets
    ("paren", re.compile(r"\((?:your|insert|enter|the)\b[^()\n]{0,50}?\b(?:name|address|title|company|position|date|"
                         r"phone|e-?mail|signature|credentials|city)\b[^()\n]{0,50}\)", re.I)),
)
# For each pattern above, substrings of which every match contains at least one (a cheap precheck).
_NEEDED: Final = (("{",), ("{",), ("${",), ("[",), ("<",), ("___",), ("(",), ("(",), ("Name", "Title"),
                  ("NAME", "TITLE", "COMPANY", "POSITION", "DATE", "ADDRESS", "CITY", "PHONE", "EMAIL", "ROLE",
                   "ORGANI", "EMPLOYER"), ("Doe", "Bloggs", "Any", "123 "), ("(",))
_CITATION: Final = re.compile(r"^\[(?:\d{1,3}|[a-z]|\d{1,3}[-,]\d{1,3}|sic|citation needed|ibid\.?)\]$", re.I)
_CHECKBOX: Final = re.compile(r"^\[[ xX]\]$")
_SLOT_WORDS: Final = re.compile(
    r"name|interviewer|company|role|position|job|title|date|insert|redacted|your|topic|moment|skill|"
    r"something|specific|detail|team|manager|recruiter|department|project|example|tbd|xxx|field|city|"
    r"achievement|strength|question|time|day|here|employer|organi[sz]ation|industry|product|thing", re.I,
)
INTERVIEWER_SLOT: Final = re.compile(r"interviewer|hiring[ _]?manager|first[ _]?name|recipient|contact|^\W*name\W*$|mr|ms|dr", re.I)
MOMENT_SLOT: Final = re.compile(r"moment|topic|discuss|conversation|talked|specific|detail|project|something|story|example|point", re.I)
_TBD: Final = re.compile(r"\b(?:TBD|TBA|XXX+|xxx+)\b")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A placeholder found in a text: its range, text and family."""

    start: int
    end: int
    text: str
    kind: str

    @property
    def inner(self) -> str:
        return self.text.strip("[]{}<>()_%#$ ")

    @property
    def is_interviewer_slot(self) -> bool:
        return bool(INTERVIEWER_SLOT.search(self.inner))

    @property
    def is_moment_slot(self) -> bool:
        return bool(MOMENT_SLOT.search(self.inner))


def _bracket_is_placeholder(text: str) -> bool:
    if _CITATION.match(text) or _CHECKBOX.match(text):
        return False
    inner = text[1:-1].strip()
    if not inner:
        return False
    if "://" in inner or "@" in inner and " " not in inner:
        return False
    if inner.isupper() and len(inner) > 1:  # [NAME], [TBD], [REDACTED]
        return True
    if _SLOT_WORDS.search(inner):
        return True
    # A short capitalised phrase in brackets is a slot ("[Acme]" is rare in real prose)
    words = inner.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w[:1].isalpha())


def find_placeholders(text: str, *, tbd_ranges: tuple[tuple[int, int], ...] = ()) -> list[Placeholder]:
    """Every placeholder in ``text``, sorted and non-overlapping.

    ``tbd_ranges`` are the ranges (the subject, the greeting) where a bare ``TBD``/``XXX`` is a slot;
    elsewhere only ``TBD``/``XXX`` in brackets counts (the bracket pattern finds it).
    """
    found: list[Placeholder] = []
    for (kind, pattern), needed in zip(_PATTERNS, _NEEDED):
        if not any(n in text for n in needed):
            continue  # speed: the pattern cannot match without one of these substrings
        for m in pattern.finditer(text):
            token = m.group(0)
            if kind == "bracket" and not _bracket_is_placeholder(token):
                continue
            if kind == "angle" and ("@" in token or token[1:-1].lower() in _HTMLISH):
                continue
            found.append(Placeholder(m.start(), m.end(), token, kind))
    for lo, hi in tbd_ranges if ("TB" in text or "XXX" in text or "xxx" in text) else ():
        for m in _TBD.finditer(text, lo, hi):
            found.append(Placeholder(m.start(), m.end(), m.group(0), "tbd"))
    found.sort(key=lambda p: (p.start, -p.end))
    result: list[Placeholder] = []
    last_end = -1
    for p in found:
        if p.start >= last_end:
            result.append(p)
            last_end = p.end
    return result


_HTMLISH: Final = frozenset("p br div span b i u a em strong html body table tr td li ul ol hr img".split())

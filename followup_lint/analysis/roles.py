"""Roles the note names ("the Data Analyst position", "Thank you — Product Designer interview"), each
compared with the interview's role: ``Analysis.roles``, read by wrong-role (FL208) and subject-line (FL207).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from ..names import fold
from .employers import OWN_PAST, sentence_start

if TYPE_CHECKING:
    from ..rule import RuleContext

__all__ = ["RoleMention", "role_mentions", "role_matches"]


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A named role in the subject or the body, and whether it is the interview's role."""

    field: str       # "subject" or "body"
    start: int
    end: int
    text: str
    matches: bool


_HEADS: Final = frozenset(
    """engineer engineers developer analyst manager designer scientist coordinator specialist director officer
    assistant associate lead producer editor consultant architect administrator accountant controller actuary
    technician intern internship representative advisor adviser planner researcher strategist writer
    copywriter marketer nurse teacher lecturer supervisor executive paralegal counsel attorney lawyer
    officer clerk receptionist agent recruiter buyer merchandiser chef cook tester programmer operator
    president vp head principal fellow partner owner""".split()
)
_SYNONYMS: Final = {
    "sr": "senior", "jr": "junior", "snr": "senior", "mgr": "manager", "eng": "engineer", "engr": "engineer",
    "dev": "developer", "vp": "vice president", "svp": "senior vice president", "pm": "product manager",
    "swe": "software engineer", "qa": "quality assurance", "ux": "user experience", "ui": "user interface",
    "hr": "human resources", "it": "information technology", "asst": "assistant", "assoc": "associate",
    "dir": "director", "exec": "executive", "admin": "administrator", "ii": "2", "iii": "3", "i": "1",
    "organisation": "organization", "programme": "program", "e-commerce": "ecommerce",
}
_LEVELS: Final = frozenset("senior junior lead principal staff head chief associate assistant 1 2 3 4 entry level".split())
_STOP: Final = frozenset("the a an of and for to in at with & , - — – position role job".split())
_ROLE_WORD: Final = r"[A-Za-z][\w&/+.-]{0,25}"
_ROLE_CONTEXT: Final = re.compile(
    r"\b(?:the|this|your|an?)[ \t]+(?P<role>" + _ROLE_WORD + r"(?:,?[ \t]+" + _ROLE_WORD + r"){0,5}?)[ \t]+"
    r"(?:role|position|job|post|opening|vacancy|internship)\b"
)
#: the same, found backwards from the role noun (a fast str.find) to the determiner
_ROLE_BEFORE: Final = re.compile(
    r"(?=[aty])\b(?:the|this|your|an?)[ \t]+(?P<role>" + _ROLE_WORD + r"(?:,?[ \t]+" + _ROLE_WORD + r"){0,5}?)[ \t]+$"
)
_SUBJECT_ROLE: Final = re.compile(
    r"(?:[—–:|-][ \t]*|\b(?:for|re|on|about)[ \t]+(?:the[ \t]+|my[ \t]+)?)(?P<role>" + _ROLE_WORD + r"(?:,?[ \t]+" + _ROLE_WORD
    + r"){0,5}?)(?:[ \t]+(?:interview|position|role|panel|application))?[ \t]*(?:$|[)(—–|])"
)


@lru_cache(maxsize=4096)
def _role_tokens(text: str) -> tuple[str, ...]:
    """The words of a role, folded, abbreviations expanded, plurals of job nouns singular (cached: the
    interview's role is compared again and again)."""
    out: list[str] = []
    for raw in re.findall(r"[\w+/&-]+", fold(text)):
        word = _SYNONYMS.get(raw, raw)
        for w in word.split():
            if w.endswith("s") and w[:-1] in _HEADS:
                w = w[:-1]
            if w not in _STOP:
                out.append(w)
    return tuple(out)


def role_matches(mentioned: str, role: str) -> bool:
    """Is ``mentioned`` the interview's ``role`` ("Sr. Backend Engineer" vs "Senior Backend Engineer")?"""
    from rapidfuzz import fuzz

    a = [w for w in _role_tokens(mentioned) if w not in _LEVELS]
    b = [w for w in _role_tokens(role) if w not in _LEVELS]
    if not a or not b:
        return True
    sa, sb = set(a), set(b)
    if sa <= sb or sb <= sa:
        return True

    def close(w: str, pool: set[str]) -> bool:
        return any(w == p or fuzz.ratio(w, p) >= 85 for p in pool)

    missing = [w for w in sa if not close(w, sb)]
    return not missing


def _looks_like_role(words: list[str]) -> bool:
    """A named role: ends in a job noun ("Data Analyst", "Senior Backend Engineer")."""
    toks = _role_tokens(" ".join(words))
    return bool(toks) and toks[-1] in _HEADS and len(toks) >= 2


def role_mentions(ctx: RuleContext) -> tuple[RoleMention, ...]:
    """Every named role of the body (before "role", "position"...) and of the subject."""
    role = ctx.interview.role if ctx.interview else None
    if not role:
        return ()
    doc = ctx.doc
    own = doc.own
    low = ctx.analysis.lower
    out: list[RoleMention] = []
    seen: set[int] = set()
    for noun in ("role", "position", "job", "post", "opening", "vacancy", "internship"):
        i = low.find(noun)
        while i >= 0:
            after = i + len(noun)
            if i > 0 and own[i - 1] in " \t" and (after >= len(own) or not own[after].isalnum()):
                found = _role_before(own, max(0, i - 160), i)
                if found is not None and found[0] not in seen:
                    seen.add(found[0])
                    out.extend(_judge(ctx, *found, role, "body"))
            i = low.find(noun, after)
    subject = doc.subject.text
    if subject:
        for m in _SUBJECT_ROLE.finditer(subject):
            out.extend(_judge(ctx, m.start(), m.start("role"), m.end("role"), m.group("role"), role, "subject"))
    return tuple(out)


_ROLES_BEFORE_KEPT: Final = 8192  # searches of ``_role_before`` remembered at most (then forgotten at once)
#: ``_role_before``: its match's start, its role's start and end (relative to the range), or None, by the
#: range's text and the character before it
_ROLES_BEFORE: dict[tuple[bool, str], tuple[int, int, int] | None] = {}


def _role_before(own: str, lo: int, end: int) -> tuple[int, int, int, str] | None:
    """``_ROLE_BEFORE.search(own, lo, end)``: the start of the match, the start and end of its role and the
    role. Remembered across drafts by what the search reads, the range's text and the character before it
    (its word boundary), as sentences recur from draft to draft; the role is cut from ``own``."""
    key = (lo > 0, own[lo - 1:end] if lo > 0 else own[:end])
    if key in _ROLES_BEFORE:
        found = _ROLES_BEFORE[key]
    else:
        m = _ROLE_BEFORE.search(own, lo, end)
        if len(_ROLES_BEFORE) >= _ROLES_BEFORE_KEPT:
            _ROLES_BEFORE.clear()
        found = _ROLES_BEFORE[key] = None if m is None else (m.start() - lo, m.start("role") - lo, m.end("role") - lo)
    if found is None:
        return None
    a, rs, re_ = found[0] + lo, found[1] + lo, found[2] + lo
    return a, rs, re_, own[rs:re_]


def _judge(ctx: RuleContext, start: int, role_start: int, role_end: int, text: str, role: str,
           field: str) -> list[RoleMention]:
    """The role mention of a match starting at ``start`` whose role ``text`` stands at ``[role_start,
    role_end)``, as the interview's ``role`` judges it (none when it names no role)."""
    words = text.split()
    for k in range(len(words) - 1, -1, -1):  # the last noun phrase: "work on the Data Engineer"
        if words[k].lower() in ("the", "this", "your", "a", "an", "our", "my", "on", "about"):
            words = words[k + 1:]
            break
    # drop leading non-role words ("same", "new", "open") in lower case before a capitalised run
    while words and words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]):
        words.pop(0)
    if not words or not _looks_like_role(words):
        return []
    if field == "body" and not any(w[:1].isupper() for w in words):
        return []  # lower-case descriptions ("the senior engineer role") are too loose to judge
    if field == "body" and OWN_PAST.search(ctx.doc.own, sentence_start(ctx, start, 200), start):
        return []  # "I previously held a Data Engineer role": your own history
    mentioned = " ".join(words)
    s = role_start + text.find(words[0])
    e = s + len(mentioned) if text.find(mentioned) >= 0 else role_end
    return [RoleMention(field, s, e, mentioned, role_matches(mentioned, role))]

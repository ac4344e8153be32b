"""FL207 subject-line: a missing, generic or overlong subject."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Iterable

from ..results import Finding, Severity
from ..rule import Rule, RuleContext

if TYPE_CHECKING:
    from ..model import Interview

__all__ = ["SubjectLine", "GENERIC_SUBJECT_WORDS", "is_reply"]

#: Words that say nothing about which interview the note is about
GENERIC_SUBJECT_WORDS: Final = frozenset(
    """thank thanks thankyou you ty following follow followup follow-up up again checking check in touch
    hi hello hey dear greetings quick note short message update status question questions
    interview interviews interviewing meeting meetings conversation conversations chat chats call calls talk
    talking chatting speaking discussion visit tour today today's yesterday yesterday's tomorrow this morning
    morning's afternoon afternoon's evening evening's week week's last recent earlier our my your the a an
    for of on about from with to and re fw fwd it time great nice lovely wonderful good pleasure appreciation
    appreciated grateful gratitude regards just so much very many again opportunity position role job
    application candidate candidacy next steps step monday tuesday wednesday thursday friday saturday sunday
    me we us i i'm after it's was""".split()
)
_REPLY: Final = re.compile(r"^\s*(?:re|aw|sv|antw|vs|r)\s*(?:\[\d{1,3}\])?\s*:", re.IGNORECASE)
_WORD: Final = re.compile(r"[^\W\d_][\w'’&.-]{0,40}|\d{1,6}")


def is_reply(subject: str) -> bool:
    """Does ``subject`` begin with a reply's prefix ("Re:", "AW:", "Sv:", "Re[2]:")? It is then the thread's
    subject quoted back, not written for this note."""
    return _REPLY.match(subject) is not None


_STOP: Final = frozenset("the a an of and for to in on at with & - inc ltd llc plc co corp gmbh ag pte sa".split())


def _stem(word: str) -> str:
    """A crude stem for matching subject words with the interview's words ("engineering" ~ "engineer")."""
    w = word.lower().replace("’", "'").strip(".'-")
    if w.endswith("'s"):
        w = w[:-2]
    return w[:5] if len(w) > 5 else w


_GENERIC_STEMS: Final = frozenset(_stem(w) for w in GENERIC_SUBJECT_WORDS if len(w) > 3)


def _specific_stems(iv: Interview) -> frozenset[str]:
    """Stems of the words that make a subject specific: company, role, topics, interviewers' names."""
    try:
        return _specific_stems_cached(iv)
    except TypeError:  # an unhashable field: compute without the cache
        return _specific_stems_cached.__wrapped__(iv)


@lru_cache(maxsize=128)
def _specific_stems_cached(iv: Interview) -> frozenset[str]:
    parts = [iv.company or "", iv.role or "", *iv.topics]
    for person in iv.interviewers:
        parts.extend([person.name or "", person.preferred_name or ""])
    specific: set[str] = set()
    for part in parts:
        specific.update(_stem(w) for w in _words(part.replace("-", " ")) if len(w) > 2 or w.isupper())
    return frozenset(specific - _GENERIC_STEMS)


def _words(text: str) -> list[str]:
    return [w for w in (m.group(0) for m in _WORD.finditer(text)) if w.lower().strip(".'’") not in _STOP]


#: in a template, the length a slot in the subject is counted at once filled (a role or a company name)
TYPICAL_SLOT_CHARS = 12


class SubjectLine(Rule):
    """A subject line that is missing, generic ("Following up", "Thank you") or over 50 characters.

    ## What it does
    Reports the subject once:

    - warning when it is empty (only when the draft has recipients or headers: a bare body has no
      subject to judge, and the rule is skipped);
    - warning when it is generic: with interview context, when no word of it names the role, the
      company, an interviewer or a topic of the interview; without context, when every word of it
      is a generic word ("Thank you", "Following up", "Hi", "Thanks for today"), and the finding's
      data says `confidence: "low"`; a subject that names a different role ("Thank you - Product
      Designer interview" for a Data Analyst interview) is `wrong-role`'s to report, not called generic
      here as well;
    - info when it is longer than `max-chars` characters.

    Replies ("Re: ...") keep the thread's subject and are never judged. A placeholder in the subject
    ("{{role}}") counts as specific (`leftover-placeholder` reports it outside templates); in a template a
    slot counts as 12 characters (a typical role or company name) towards `max-chars`, not as its own text.

    ## Why is this bad?
    Interviewers get many notes after a round of interviews; a subject with the role ("Thank you -
    Data Engineer interview") tells them at once who you are and why you write. Short subjects are
    read in full on a phone.

    ## Example
    ```text
    Hi Dana,

    Thank you for walking me through the billing migration today.

    Best,
    Sam
    ```

    ```json
    {"subject": "Following up"}
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for walking me through the billing migration today.

    Best,
    Sam
    ```

    ```json
    {"subject": "Thank you - Senior Backend Engineer interview"}
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Dana Whitfield"}], "company": "Larkspur Payments",
                   "role": "Senior Backend Engineer", "topics": ["billing migration"]}}
    ```

    ## Source
    docs/advice.md, "Missing or generic subject": "Thank you - [role] interview" (Prepory, Hays,
    Faraday); replies keep the thread's subject; over 50 characters is info. Boomerang (2016) found
    subjects of 3-4 words did best.
    """

    code = "FL207"
    name = "subject-line"
    default_severity = Severity.WARNING
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of subject-line."""

        #: an info finding when the subject is longer than this many characters
        max_chars: int = 50
        #: more words that make a subject generic (lower case)
        generic_words: tuple[str, ...] = ()

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        draft = ctx.draft
        subject = ctx.doc.subject.text
        stripped = subject.strip()
        if not stripped:
            if not (draft.to or draft.cc or draft.sender or draft.sent_at):
                raise ctx.skip("no subject was given (only a body)")
            yield ctx.finding("The note has no subject line: write one such as 'Thank you - <role> interview'",
                              data={"problem": "missing"})
            return
        if is_reply(subject):
            return
        start = len(subject) - len(subject.lstrip())
        end = len(subject.rstrip())
        generic, confidence, matched = self._generic(ctx, subject)
        if generic and any(r.field == "subject" and not r.matches for r in ctx.analysis.roles):
            generic = False  # it names a role, the wrong one: wrong-role's finding, not a second one here
        if generic:
            role = ctx.interview.role if ctx.interview is not None and ctx.interview.role else None
            advice = (f"name {role}, e.g. 'Thank you - {role} interview'" if role else
                      "name the role you interviewed for, e.g. 'Thank you - Data Analyst interview'")
            yield ctx.finding(f"The subject '{ctx.quote(start, end, 'subject')}' is generic: {advice}",
                              start, end, field="subject",
                              data={"problem": "generic", "confidence": confidence})
        length = len(stripped)
        slots = ctx.doc.subject_placeholders if ctx.template else ()
        if slots:  # a slot counts as a typical filled-in value, not as its own text ("{{company}}")
            length += sum(TYPICAL_SLOT_CHARS - (p.end - p.start) for p in slots)
        if length > self.options.max_chars:
            about = "about " if slots else ""
            yield ctx.finding(f"The subject is {about}{length} characters long: keep it under "
                              f"{self.options.max_chars} so it shows in full", start, end, field="subject",
                              severity=Severity.INFO, data={"problem": "long", "chars": length})

    def _generic(self, ctx: RuleContext, subject: str) -> tuple[bool, str, list[str]]:
        if ctx.doc.subject_placeholders:
            return False, "high", []
        words = _words(subject)
        if not words:
            return True, "high", []
        specific = _specific_stems(ctx.interview) if ctx.interview is not None else frozenset()
        if specific:
            stems = [_stem(w) for part in words for w in part.replace("-", " ").split()]
            matched = [s for s in stems if s in specific]
            return not matched, "high", matched
        extra = {w.lower() for w in self.options.generic_words}
        generic = all(w.lower().replace("’", "'").strip(".'") in GENERIC_SUBJECT_WORDS | extra for w in words)
        return generic, "low", []


RULES = (SubjectLine,)

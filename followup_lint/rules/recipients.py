"""FL204 group-email, FL208 wrong-role, FL209 unknown-recipient."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Iterable

from ..names import fold, name_matcher
from ..results import Finding, Severity
from ..rule import Rule, RuleContext
from ..analysis.addressing import address_of, mailbox_parts
from ..analysis.employers import OWN_PAST, sentence_start

__all__ = ["GroupEmail", "WrongRole", "UnknownRecipient"]


class GroupEmail(Rule):
    """One note to several interviewers: two or more in To/Cc/Bcc, or a greeting naming several.

    ## What it does
    Flags a draft sent to two or more interviewers at once (their addresses among To, Cc and Bcc), a
    greeting that names several interviewers ("Hi Ana, Raj and Tom,"), or a plural greeting ("Dear
    all", "Hi everyone") when a panel interviewed you. A note to a coordinator who is not an interviewer,
    asking them to pass thanks on, is fine. Without interview context, only a greeting to several
    people sent to several addresses is flagged (`confidence: low`). Either check can be turned off.

    ## Why is this bad?
    Career advice is unanimous: never thank a panel with a group email. Interviewers compare notes, and a
    personal note to each shows that you listened to each of them.

    ## Example
    ```text
    Hi Ana, Raj and Tom,

    Thank you all for your time this afternoon.
    ```

    ## Use instead
    ```text
    Hi Ana,

    Thank you for your time this afternoon.
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Ana Ribeiro"}, {"name": "Rajesh Iyer"},
                                    {"name": "Tom Kowalski"}]}}
    ```

    ## Source
    ../shared/DOMAIN.md: "Two or more interviewers in To/Cc, or one greeting naming several" is a
    warning ("never as a group email"; interviewers compare notes); the founding article: send each
    interviewer an individual note.
    """

    code = "FL204"
    name = "group-email"
    default_severity = Severity.WARNING

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of group-email.

        - check-recipients: flag two or more interviewers among To, Cc and Bcc
        - check-greeting: flag a greeting that names several interviewers or greets a panel ("Dear all")
        """

        check_recipients: bool = True
        check_greeting: bool = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        opts = self.options
        people = ctx.interview.interviewers if ctx.interview else ()
        g = ctx.doc.greeting
        recipients = [address_of(r) for r in ctx.draft.recipients]
        if not people:
            if opts.check_greeting and g is not None and len(set(recipients)) >= 2:
                a = ctx.analysis.addressing
                persons = [n for n in g.names if n[2][:1].isupper() and n[2].lower() not in ("there",)]
                if a.plural or (len(persons) >= 2 and not g.titles):
                    yield ctx.finding(f"'{ctx.quote(g.start, g.end)}' greets several people in one note: send "
                                      "each interviewer their own", g.start, g.end,
                                      data={"confidence": "low", "where": "greeting"})
            return
        in_envelope = sorted({i for i, p in enumerate(people) if p.email and address_of(p.email) in recipients})
        a = ctx.analysis.addressing if g is not None else None
        named = sorted(a.named) if a is not None else []
        if opts.check_greeting and a is not None and g is not None:
            if len(named) >= 2:
                first = g.names[0][0]
                last = g.names[-1][1]
                who = ", ".join(people[i].name for i in named)
                yield ctx.finding(f"'{ctx.quote(g.start, g.end)}' addresses {len(named)} interviewers in one note "
                                  f"({who}): send each their own", first, last,
                                  data={"confidence": "high", "where": "greeting",
                                        "interviewers": [people[i].name for i in named]})
                return
            coordinator_only = bool(recipients) and not in_envelope
            if a.plural and not named and len(people) >= 2 and not coordinator_only:
                yield ctx.finding(f"'{ctx.quote(g.start, g.end)}' writes to the whole panel at once: send each "
                                  "interviewer their own note", g.start, g.end,
                                  data={"confidence": "high", "where": "greeting",
                                        "interviewers": [p.name for p in people]})
                return
        if opts.check_recipients and len(in_envelope) >= 2:
            who = ", ".join(people[i].name for i in in_envelope)
            yield ctx.finding(f"This note goes to {len(in_envelope)} interviewers at once ({who}): send each "
                              "their own", data={"confidence": "high", "where": "recipients",
                                                  "interviewers": [people[i].name for i in in_envelope]})


# -- wrong-role ----------------------------------------------------------------------------------------

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
    r"\b(?:the|this|your|an?)[ \t]+(?P<role>" + _ROLE_WORD + r"(?:,?[ \t]+" + _ROLE_WORD + r"){0,5}?)[ \t]+$"
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


class WrongRole(Rule):
    """The subject or body names a different role than the one you interviewed for.

    ## What it does
    Finds named roles ("the Data Analyst position", "Thank you — Product Designer interview") and compares
    them with `Interview.role`, allowing abbreviations ("Sr." for Senior, "VP" for Vice President),
    seniority words and plurals. A role that does not match is reported: it is usually left over from
    another application.

    ## Why is this bad?
    Naming the wrong job tells the interviewer that the note was copied from another application.

    ## Example
    ```text
    Dear Dana,

    Thank you for speaking with me about the Data Engineer position.
    ```

    ## Use instead
    ```text
    Dear Dana,

    Thank you for speaking with me about the Product Analyst position.
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Dana Okafor"}], "role": "Product Analyst"}}
    ```

    ## Source
    ../shared/DOMAIN.md: "Someone else's name or company (copy-paste from another draft)"; the subject
    advice "Thank you - [role] interview" (Prepory, Hays, Faraday) makes the role the first thing read.
    """

    code = "FL208"
    name = "wrong-role"
    default_severity = Severity.WARNING
    needs = frozenset({"interview"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        role = ctx.interview.role if ctx.interview else None
        if not role:
            raise ctx.skip("the interview names no role")
        doc = ctx.doc
        own = doc.own
        low = ctx.analysis.lower
        seen: set[int] = set()
        for noun in ("role", "position", "job", "post", "opening", "vacancy", "internship"):
            i = low.find(noun)
            while i >= 0:
                after = i + len(noun)
                if i > 0 and own[i - 1] in " \t" and (after >= len(own) or not own[after].isalnum()):
                    m = _ROLE_BEFORE.search(own, max(0, i - 160), i)
                    if m is not None and m.start() not in seen:
                        seen.add(m.start())
                        yield from self._judge(ctx, m, role, "body")
                i = low.find(noun, after)
        subject = doc.subject.text
        if subject:
            for m in _SUBJECT_ROLE.finditer(subject):
                yield from self._judge(ctx, m, role, "subject")

    def _judge(self, ctx: RuleContext, m: re.Match, role: str, field: str) -> Iterable[Finding]:
        text = m.group("role")
        words = text.split()
        for k in range(len(words) - 1, -1, -1):  # the last noun phrase: "work on the Data Engineer"
            if words[k].lower() in ("the", "this", "your", "a", "an", "our", "my", "on", "about"):
                words = words[k + 1:]
                break
        # drop leading non-role words ("same", "new", "open") in lower case before a capitalised run
        while words and words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]):
            words.pop(0)
        if not words or not _looks_like_role(words):
            return
        if field == "body" and not any(w[:1].isupper() for w in words):
            return  # lower-case descriptions ("the senior engineer role") are too loose to judge
        if field == "body":
            if OWN_PAST.search(ctx.doc.own, sentence_start(ctx, m.start(), 200), m.start()):
                return  # "I previously held a Data Engineer role": your own history
        mentioned = " ".join(words)
        if role_matches(mentioned, role):
            return
        s = m.start("role") + m.group("role").find(words[0])
        e = s + len(mentioned) if m.group("role").find(mentioned) >= 0 else m.end("role")
        fix = ctx.fix(f"Write '{role}'", [(s, e, role)], field=field)
        yield ctx.finding(f"'{mentioned}' is not the role you interviewed for ({role})", s, e, field=field,
                          fixes=(fix,), data={"role": mentioned, "expected": role, "confidence": "high"})


# -- unknown-recipient ---------------------------------------------------------------------------------

_TWO_LEVEL: Final = frozenset("co com org net ac gov edu ne or go".split())


def _base_domain(domain: str) -> str:
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _TWO_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _mentioned(mailbox: str, addr: str, words: set[str]) -> bool:
    display, _ = mailbox_parts(mailbox)
    names = {fold(w) for w in re.split(r"[\s,\"']+", display) if len(w) >= 3}
    names |= {fold(w) for w in re.split(r"[._+-]+", addr.split("@", 1)[0]) if len(w) >= 3 and w.isalpha()}
    return bool(names & words)


class UnknownRecipient(Rule):
    """A recipient who is neither an interviewer nor at the company's domain.

    ## What it does
    Lists each To, Cc or Bcc address that is not an interviewer's and not at the domain of the
    interviewers' addresses (or one that carries the company's name). Your own address (the sender) and
    a recipient the note mentions by name ("I have copied Megan, who referred me") are left alone. It is
    information: a friend in Bcc may be on purpose, a stranger from another application
    usually is not.

    ## Why is this bad?
    Copying someone outside the company by mistake leaks your application and confuses the reader.

    ## Example
    ```text
    Hi Dana,

    Thank you for this morning.
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for this morning. I have copied Megan, who referred me for the role.
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Dana Okafor", "email": "dana.okafor@initech.example"}],
                   "company": "Initech"},
     "to": ["dana.okafor@initech.example"], "cc": ["megan@globex.example"]}
    ```

    ## Source
    ../shared/DOMAIN.md: the copy-paste leftovers ("Someone else's name or company") and the group-email
    advice; a recipient outside the company is worth a second look before sending.
    """

    code = "FL209"
    name = "unknown-recipient"
    default_severity = Severity.INFO
    needs = frozenset({"interview"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        interview = ctx.interview
        assert interview is not None
        emails = {address_of(p.email) for p in interview.interviewers if p.email}
        domains = {_base_domain(e.split("@", 1)[1]) for e in emails if "@" in e}
        company = [t for t in (fold(w) for w in re.findall(r"[^\W_]+", interview.company or ""))
                   if len(t) >= 4 and t not in ("group", "holdings", "limited", "company", "corporation")]
        if not domains and not company:
            raise ctx.skip("no interviewer address and no company to compare recipients with")
        sender = address_of(ctx.draft.sender) if ctx.draft.sender else None
        mentioned: set[str] | None = None
        seen: set[str] = set()
        for mailbox in ctx.draft.recipients:
            addr = address_of(mailbox)
            if not addr or addr in seen or addr == sender or addr in emails:
                continue
            domain = addr.split("@", 1)[1] if "@" in addr else ""
            if domain and _base_domain(domain) in domains:
                continue
            label = re.sub(r"[^a-z0-9]", "", fold(_base_domain(domain).split(".")[0])) if domain else ""
            if company and any(t in label for t in company):
                continue
            if mentioned is None:
                matcher = name_matcher(ctx)
                # names the note mentions on purpose ("I have copied Megan"), interviewers' names excepted
                mentioned = {fold(re.sub(r"['’]s$", "", t.text)) for t in ctx.doc.words
                             if t.text[:1].isupper() and matcher.classify(t.text) is None}
            if _mentioned(mailbox, addr, mentioned):
                continue  # "I have copied Megan, who referred me": on purpose
            seen.add(addr)
            where = f"{interview.company}'s domain" if interview.company else "the interviewers' domain"
            yield ctx.finding(f"'{addr}' is neither an interviewer nor at {where}",
                              data={"recipient": addr, "confidence": "high"})


RULES = (GroupEmail, WrongRole, UnknownRecipient)

"""FL204 group-email, FL208 wrong-role, FL209 unknown-recipient."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Iterable

from ..names import fold, name_matcher
from ..results import Finding, Severity
from ..rule import Rule, RuleContext
from ..analysis.addressing import Addressing, address_of, mailbox_parts

__all__ = ["GroupEmail", "WrongRole", "UnknownRecipient"]


class GroupEmail(Rule):
    """One note to several interviewers: two or more in To/Cc/Bcc, or a greeting naming several.

    ## What it does
    Flags a draft sent to two or more interviewers at once (their addresses among To, Cc and Bcc), a
    greeting that names several interviewers ("Hi Ana, Raj and Tom,"), or a plural greeting ("Dear
    all", "Hi everyone") when a panel interviewed you. A note to a coordinator who is not an interviewer,
    asking them to pass thanks on, is fine, and so is a plural greeting ("Hiring Committee,") on a note
    whose To/Cc/Bcc hold one interviewer alone: it is sent to one person (`interviewer-not-named` reports
    the greeting that names nobody). Without interview context, only a greeting to several
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
    docs/advice.md: "Two or more interviewers in To/Cc, or one greeting naming several" is a
    warning ("never as a group email"; interviewers compare notes); the founding article: send each
    interviewer an individual note.
    """

    code = "FL204"
    name = "group-email"
    default_severity = Severity.WARNING
    options: Options

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
        a: Addressing | None
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
                # "@ana @raj Here is ...": the handles greet them, "@" and all
                first, last = (g.names[0][0], g.names[-1][1]) if g.names else (g.start, g.end)
                who = ", ".join(people[i].name for i in named)
                yield ctx.finding(f"'{ctx.quote(g.start, g.end)}' addresses {len(named)} interviewers in one note "
                                  f"({who}): send each their own", first, last,
                                  data={"confidence": "high", "where": "greeting",
                                        "interviewers": [people[i].name for i in named]})
                return
            coordinator_only = bool(recipients) and not in_envelope
            # a plural greeting ("Hiring Committee,", "Dear all,") on a note whose envelope holds one
            # interviewer is written to the panel but sent to one of them: no group email (the greeting
            # names nobody: `interviewer-not-named` says so); with no envelope, the greeting is all there is
            one_reader = len(in_envelope) == 1
            if a.plural and not named and len(people) >= 2 and not coordinator_only and not one_reader:
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

def role_matches(mentioned: str, role: str) -> bool:
    """``followup_lint.analysis.roles.role_matches`` (kept here for code that imports it from here)."""
    from ..analysis.roles import role_matches as matches

    return matches(mentioned, role)


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
    docs/advice.md: "Someone else's name or company (copy-paste from another draft)"; the subject
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
        for m in ctx.analysis.roles:
            if m.matches:
                continue
            fix = ctx.fix(f"Write '{role}'", [(m.start, m.end, role)], field=m.field)
            yield ctx.finding(f"'{m.text}' is not the role you interviewed for ({role})", m.start, m.end,
                              field=m.field, fixes=(fix,),
                              data={"role": m.text, "expected": role, "confidence": "high"})


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
    docs/advice.md: the copy-paste leftovers ("Someone else's name or company") and the group-email
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

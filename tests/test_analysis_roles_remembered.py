"""The role named before "role", "position" ... found by a search remembered across drafts by the range's
text and the character before it (``roles._role_before``, issue 12): the role mentions equal those of the
code before (a reference copy: the search made every time), on every real note with an interview's role,
the same notes after a line of their own, and drafts made of role phrases at other offsets."""

from __future__ import annotations

import random
import re

import followup_lint.rules  # noqa: F401  (the rules package first: the analysis reads its phrase data)
from followup_lint import Config, Draft, Interview, Linter
from followup_lint.analysis import roles as R
from followup_lint.analysis.employers import OWN_PAST, sentence_start
from followup_lint.document import Document
from followup_lint.rule import RuleContext

from test_perf_fastpaths_analysis import _records


def _judge_as_it_was(ctx: RuleContext, m: re.Match, role: str, field: str) -> list[R.RoleMention]:
    text = m.group("role")
    words = text.split()
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in ("the", "this", "your", "a", "an", "our", "my", "on", "about"):
            words = words[k + 1:]
            break
    while words and words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]):
        words.pop(0)
    if not words or not R._looks_like_role(words):
        return []
    if field == "body" and not any(w[:1].isupper() for w in words):
        return []
    if field == "body" and OWN_PAST.search(ctx.doc.own, sentence_start(ctx, m.start(), 200), m.start()):
        return []
    mentioned = " ".join(words)
    s = m.start("role") + m.group("role").find(words[0])
    e = s + len(mentioned) if m.group("role").find(mentioned) >= 0 else m.end("role")
    return [R.RoleMention(field, s, e, mentioned, R.role_matches(mentioned, role))]


def _role_mentions_as_it_was(ctx: RuleContext) -> tuple[R.RoleMention, ...]:
    role = ctx.interview.role if ctx.interview else None
    if not role:
        return ()
    own = ctx.doc.own
    low = ctx.analysis.lower
    out: list[R.RoleMention] = []
    seen: set[int] = set()
    for noun in ("role", "position", "job", "post", "opening", "vacancy", "internship"):
        i = low.find(noun)
        while i >= 0:
            after = i + len(noun)
            if i > 0 and own[i - 1] in " \t" and (after >= len(own) or not own[after].isalnum()):
                m = R._ROLE_BEFORE.search(own, max(0, i - 160), i)
                if m is not None and m.start() not in seen:
                    seen.add(m.start())
                    out.extend(_judge_as_it_was(ctx, m, role, "body"))
            i = low.find(noun, after)
    subject = ctx.doc.subject.text
    if subject:
        for m in R._SUBJECT_ROLE.finditer(subject):
            out.extend(_judge_as_it_was(ctx, m, role, "subject"))
    return tuple(out)


_LINTER = Linter(Config())


def _context(body: str, subject: str, interview: Interview) -> RuleContext:
    draft = Draft(body=body, subject=subject)
    return RuleContext(doc=Document(draft), draft=draft, interview=interview, send_time=None, template=False,
                       config=_LINTER.config, resources=_LINTER.resources)


def _same(body: str, subject: str, interview: Interview) -> int:
    want = _role_mentions_as_it_was(_context(body, subject, interview))
    assert R.role_mentions(_context(body, subject, interview)) == want, body[:200]
    assert R.role_mentions(_context(body, subject, interview)) == want  # (again: from the memo)
    return len(want)


def test_every_note_with_a_role_and_again_after_a_line() -> None:
    found = 0
    for r in _records():
        if not (r.get("interview") or {}).get("role"):
            continue
        interview = Interview.from_dict(r["interview"])
        for shift in ("", "Hello again.\n\n", "Re the Data Analyst position: "):
            found += _same(shift + (r.get("body") or ""), r.get("subject") or "", interview)
    assert found > 50


_PHRASES = ["the Data Analyst role", "this Senior Backend Engineer position", "your QA Lead job", "a Sales role",
            "the senior engineer role", "I previously held a Data Engineer role", "an Operations Manager opening",
            "the Warehouse Associate vacancy", "the UX internship", "my old role", "the role", "the  Data\tAnalyst role"]


def test_role_phrases_at_other_offsets_and_after_other_characters() -> None:
    rng = random.Random(4)
    interview = Interview.from_dict({"role": "Data Analyst", "company": "Globex"})
    found = 0
    for _ in range(300):
        parts = [rng.choice(["I applied for ", "Thanks for discussing ", "x", "", "\n", "(", "I loved "])
                 + rng.choice(_PHRASES) + rng.choice([". ", ", ", "\n", "! ", " at Globex. "]) for _ in range(rng.randrange(1, 5))]
        found += _same("Hi Dana,\n\n" + "".join(parts) + "\n\nBest,\nSam", rng.choice(["", "Data Analyst interview"]),
                       interview)
    assert found > 100


def test_a_long_paragraph_before_the_role_and_the_character_before_the_range() -> None:
    """The range searched starts 160 characters before the noun: long text before the phrase (the offsets
    placed in this draft), and a determiner standing just at the range's start after a letter (no word
    boundary: no role) or after a space."""
    interview = Interview.from_dict({"role": "Data Analyst", "company": "Globex"})
    filler = "We went over the quarterly numbers and the dashboards in some detail, which I enjoyed a lot. " * 3
    found = 0
    for phrase in _PHRASES:
        found += _same(f"Hi Dana,\n\n{filler}Thanks for discussing {phrase}. Best,\nSam", "", interview)
    for before in ("x", " ", "-", "é"):
        for lead in ("", "Hi Dana,\n\n", filler):
            head = f"{lead}I loved{before}the"
            body = head + " " * (160 - 3 - len("Data Analyst ")) + "Data Analyst role, truly."
            assert body.index("role") - 160 == len(head) - 3  # (the range starts at "the")
            found += _same(body, "", interview)
    assert found > 10

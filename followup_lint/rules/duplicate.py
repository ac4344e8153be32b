"""FL309 duplicate-note: near-identical notes to different interviewers of one interview (cross-draft)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..results import Finding, Location, Report, Severity
from ..rule import Rule, RuleContext

if TYPE_CHECKING:
    from ..config import Config
    from ..model import Draft, Interview

__all__ = ["DuplicateNote", "find_duplicates", "with_duplicates", "similarity", "comparable_text"]

_NAME_TOKEN = "\u2063name\u2063"


class DuplicateNote(Rule):
    """Notes to different interviewers of the same interview that are near-identical.

    ## What it does
    Compares the notes of one batch (`lint_many`, or a directory or interview-book run of the command
    line) that follow up on the same interview and go to different interviewers (different To
    addresses, or different names in the greeting). Two notes whose own text, between the greeting and the
    sign-off and with the interviewers' names masked, is at least `threshold` similar (rapidfuzz's
    normalised Indel ratio, 0.8 by default) are both reported, each naming the other.

    This is a batch rule: run on one draft alone (`lint_draft`) it finds nothing. The engine's one batch
    path, `Linter.lint_many` (the API's `lint_many`, the hook) and the command line's folder runs, compares
    the notes once all are linted (`Linter.check_batch`); the rule being selected and not ignored for a
    draft is what lets those findings through.
    Drafts without interview context are not compared (nothing says they follow the same interview).

    ## Why is this bad?
    Interviewers compare notes. Two copies of one note with the name swapped show that neither was written
    for its reader; each note should mention something you discussed with that person.

    ## Example
    ```text
    Hi Ana,

    Thank you for your time today. I enjoyed learning about the Kafka migration and I am excited about
    the role.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Ana,

    Thank you for your time today. Your point about replaying the billing events during the Kafka
    migration has stayed with me.

    Best,
    Sam
    ```

    ## Source
    docs/advice.md, founding advice point 2 ("send each one an individual note") and the group-email
    row ("interviewers compare notes"). Warning, as for a group email.
    """

    code = "FL309"
    name = "duplicate-note"
    default_severity = Severity.WARNING
    batch = True
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of duplicate-note.

        - threshold: similarity (0 to 1) from which two notes count as duplicates
        """

        threshold: float = 0.8

        def __post_init__(self) -> None:
            if not 0.0 < self.threshold <= 1.0:
                raise ValueError("threshold must be between 0 and 1")

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        # A single draft has nothing to be compared with: see check_batch().
        return ()

    def check_batch(self, entries: Sequence[Any]) -> dict[int, list[Finding]]:
        return _compare(entries, self.options.threshold, self.default_severity)


# -- the cross-draft comparison -----------------------------------------------------------------------

def comparable_text(draft: Draft, interview: Interview | None) -> str:
    """The note's own message (greeting and sign-off left out) with names masked and spacing collapsed."""
    from ..document import Document

    doc = Document(draft)
    lo, hi = doc.content_range
    text = doc.own[lo:hi]
    names: set[str] = set()
    if doc.greeting is not None:
        names.update(n[2] for n in doc.greeting.names)
    if interview is not None:
        for person in interview.interviewers:
            names.update(part for part in re.split(r"[\s,]+", person.name) if len(part) > 1)
            if person.preferred_name:
                names.add(person.preferred_name)
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?:['’]s)?(?!\w)", _NAME_TOKEN, text, flags=re.IGNORECASE)
    return " ".join(text.lower().split())


def similarity(a: str, b: str) -> float:
    """Normalised Indel similarity of two texts, 0 to 1 (rapidfuzz's ``ratio`` / 100)."""
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) / 100.0


def _recipient_key(draft: Draft) -> frozenset[str]:
    from ..document import Document
    from ..model import address_of

    if draft.to:
        return frozenset(address_of(a) for a in draft.to)
    doc = Document(draft)
    if doc.greeting is not None and doc.greeting.names and not doc.greeting.generic:
        return frozenset(n[2].lower() for n in doc.greeting.names)
    return frozenset()


def find_duplicates(items: Sequence[tuple[Any, ...]], *, config: Config | None = None,
                    threshold: float | None = None) -> dict[int, list[Finding]]:
    """Near-identical notes to different interviewers of the same interview.

    ``items`` is a sequence of ``(draft, interview, report)`` triples, optionally with a fourth element,
    the path of the file (``str`` or ``None``), used for the findings' ``Location``. ``report`` may be
    ``None`` or a ``FollowupLintError`` for a draft that failed: it is then neither compared nor
    reported. Notes are compared when their interviews are equal (``==``; ``None`` never matches) and
    their recipients differ (To addresses, else the greeting's names; notes with neither are compared).

    Returns ``{index: [Finding, ...]}`` for the items to report, one ``duplicate-note`` finding per other
    note. A report is only given findings when ``duplicate-note`` ran for it (it is in
    ``report.rules_run``: selected, and not ignored for that file). The severity and ``threshold`` come
    from ``config`` (``[rules.duplicate-note]``), unless ``threshold`` is given.
    """
    from ..engine import default_linter

    linter = default_linter(config)
    if threshold is None:
        return linter.check_batch(items)
    found = _compare(items, threshold, DuplicateNote.default_severity)
    rule = next((r for r in linter.batch_rules if r.name == DuplicateNote.name), None)
    if rule is None:
        return {}
    # the configured severity, applied as the engine does
    level = next((s for r, s in linter._rules if r is rule), None) or rule.default_severity  # noqa: SLF001
    return {i: [dataclasses.replace(f, severity=level) for f in fs] for i, fs in found.items()}


def _compare(items: Sequence[tuple[Any, ...]], threshold: float, severity: Severity) -> dict[int, list[Finding]]:
    """The comparison itself (see ``find_duplicates``)."""
    groups: dict[Any, list[int]] = {}
    for i, item in enumerate(items):
        draft, interview, report = item[0], item[1], item[2]
        if interview is None or not isinstance(report, Report) or DuplicateNote.name not in report.rules_run:
            continue
        try:
            groups.setdefault(interview, []).append(i)
        except TypeError:  # an unhashable interview: compare by identity
            groups.setdefault(id(interview), []).append(i)
    out: dict[int, list[Finding]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        recipients = {i: _recipient_key(items[i][0]) for i in members}
        texts: dict[int, str] = {}

        def text_of(i: int) -> str:  # parsed only for notes that are compared with another
            if i not in texts:
                texts[i] = comparable_text(items[i][0], items[i][1])
            return texts[i]

        # two versions of one note to the same person are not compared: group by recipients first, so
        # a folder of templates that all share one interview and one recipient costs nothing
        distinct = set(recipients.values())
        if len(distinct) == 1 and frozenset() not in distinct:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if recipients[i] and recipients[i] == recipients[j]:
                    continue
                if not text_of(i) or not text_of(j):
                    continue
                score = similarity(texts[i], texts[j])
                if score < threshold:
                    continue
                for me, other in ((i, j), (j, i)):
                    out.setdefault(me, []).append(_finding(items, me, other, score, severity))
    return out


def _describe(item: tuple[Any, ...], index: int) -> str:
    draft = item[0]
    path = item[3] if len(item) > 3 else None
    who = ", ".join(draft.to) if draft.to else ""
    if not who:
        from ..document import Document

        g = Document(draft).greeting
        who = " ".join(n[2] for n in g.names) if g is not None and g.names else ""
    where = path or f"item {index + 1}"
    return f"the note to {who} ({where})" if who else f"the note in {where}"


def _finding(items: Sequence[tuple[Any, ...]], me: int, other: int, score: float, severity: Severity) -> Finding:
    path = items[me][3] if len(items[me]) > 3 else None
    other_path = items[other][3] if len(items[other]) > 3 else None
    data = {"similarity": round(score, 3), "other_index": other, "other_path": other_path,
            "other_to": list(items[other][0].to)}
    message = (f"This note is {round(score * 100)}% identical to {_describe(items[other], other)}: "
               "interviewers compare notes, so write each one its own")
    digest = hashlib.sha256(json.dumps([DuplicateNote.name, "", str(other_path or other), 0]).encode()).hexdigest()[:16]
    location = Location(path, 1, 1, 1, 1) if path else None
    return Finding(code=DuplicateNote.code, rule=DuplicateNote.name, severity=severity, message=message,
                   span=None, data=data, fingerprint=digest, location=location)


def with_duplicates(report: Report, extra: Sequence[Finding]) -> Report:
    """A new report with ``extra`` findings merged in order (``batch.merge_findings``)."""
    from ..batch import merge_findings

    return merge_findings(report, extra)

RULES = (DuplicateNote,)

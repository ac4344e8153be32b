"""Scoring a labelled corpus of drafts as ../shared/eval/score.py does (copied so that the tests do not
depend on ../shared): booleans per draft, spelling per word occurrence, mechanics per labelled place (a
finding matches when the offsets overlap); and the error-severity findings on clean drafts."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

import followup_lint as api

BOOL_LABELS = {
    "names_interviewer": (("interviewer-not-named",), False),
    "interviewer_name_misspelled": (("interviewer-name-misspelled",), True),
    "wrong_name": (("wrong-name",), True),
    "mentions_specific_moment": (("no-specific-moment",), False),
    "adds_missed_strength_or_question": (("no-added-strength-or-question",), False),
    "thanks": (("no-thanks",), False),
    "invites_next_step": (("no-next-step",), False),
    "placeholder_left": (("leftover-placeholder",), True),
    "one_email_to_many_interviewers": (("group-email",), True),
    "followup_too_soon": (("followup-too-soon",), True),
    "too_many_followups": (("too-many-followups",), True),
    "sent_late_over_24h": (("sent-too-late",), True),
}
ON_TIME_RULES = ("sent-before-interview-ended", "sent-too-late")
MECHANICS = ("greeting-punctuation", "repeated-word", "lowercase-i", "repeated-punctuation",
             "spacing", "sentence-case", "unbalanced-delimiter")


def _when(value):
    return None if value in (None, "") else datetime.fromisoformat(value)


def _build(item):
    sent_at = _when(item.get("sent_at"))
    ctx = item.get("interview") or {}
    draft = api.Draft(body=item["body"], subject=item.get("subject") or "", to=tuple(item.get("to") or ()),
                      cc=tuple(item.get("cc") or ()), sent_at=sent_at)
    known = sent_at is not None
    interview = api.Interview(
        interviewers=tuple(api.Interviewer(name=p["name"], email=p.get("email"), title=p.get("title"))
                           for p in ctx.get("interviewers", ())),
        company=ctx.get("company"),
        role=ctx.get("role"),
        started_at=_when(ctx.get("started_at")) if known else None,
        ended_at=_when(ctx.get("ended_at")) if known else None,
        timezone=ctx.get("timezone"),
        topics=tuple(ctx.get("topics") or ()),
        strengths=tuple(ctx.get("strengths") or ()),
        questions=tuple(ctx.get("questions") or ()),
        followups=tuple(api.FollowUp(sent_at=_when(f["sent_at"]), answered=bool(f.get("answered")))
                        for f in ctx.get("followups") or ()),
    )
    return draft, interview


def _places(text, needle):
    left = r"(?<!\w)" if needle[0].isalnum() else ""
    right = r"(?!\w)" if needle[-1].isalnum() else ""
    return [m.span() for m in re.finditer(left + re.escape(needle) + right, text)]


def _is_clean(expected):
    for label, (_, defect_when) in BOOL_LABELS.items():
        if expected.get(label) is not None and expected[label] == defect_when:
            return False
    if expected.get("sent_on_time") is False:
        return False
    return not expected.get("spelling_errors") and not expected.get("mechanics_errors")


def _severity(finding):
    sev = finding.severity
    return str(getattr(sev, "name", sev)).lower()


class _Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.misses: list[str] = []

    def add(self, truth, predicted, who):
        if truth and predicted:
            self.tp += 1
        elif truth:
            self.fn += 1
            self.misses.append(f"missed: {who}")
        elif predicted:
            self.fp += 1
            self.misses.append(f"false alarm: {who}")


def _predicted(label, names, findings):
    """Does a finding predict the defect of ``label``? (As score.py counts: a finding of one of its rules.)"""
    return any(f.rule in names for f in findings)


def score(corpus: Path):
    """(number of drafts, tallies by label, error-severity findings on clean drafts) for one corpus folder."""
    tallies = {name: _Tally() for name in (*BOOL_LABELS, "sent_on_time", "spelling", *MECHANICS)}
    clean_errors: list[str] = []
    paths = sorted(corpus.glob("*.json"))
    for path in paths:
        item = json.loads(path.read_text(encoding="utf-8"))
        who = item["id"]
        expected = item["expected"]
        draft, interview = _build(item)
        report = api.lint_draft(draft, interview)
        findings = list(report.findings)
        rules = {f.rule for f in findings}
        for label, (names, defect_when) in BOOL_LABELS.items():
            if expected.get(label) is not None:
                tallies[label].add(expected[label] == defect_when, _predicted(label, names, findings), who)
        if expected.get("sent_on_time") is not None:
            late = any(f.rule in ON_TIME_RULES and _severity(f) == "error" for f in findings)
            tallies["sent_on_time"].add(expected["sent_on_time"] is False, late, who)
        texts = {"body": report.draft.body, "subject": report.draft.subject}
        body = texts["body"]
        want = Counter(w.lower() for w in expected.get("spelling_errors") or ())
        got = Counter(texts[f.span.field.split(".")[-1].lower()][f.span.start:f.span.end].lower()
                      for f in findings if f.rule == "misspelled-word" and f.span is not None)
        for word in set(want) | set(got):
            hits = min(want[word], got[word])
            for _ in range(hits):
                tallies["spelling"].add(True, True, f"{who}: {word!r}")
            for _ in range(want[word] - hits):
                tallies["spelling"].add(True, False, f"{who}: {word!r}")
            for _ in range(got[word] - hits):
                tallies["spelling"].add(False, True, f"{who}: {word!r}")
        for kind in MECHANICS:
            wanted = []
            for m in expected.get("mechanics_errors") or ():
                if m["kind"] == kind:
                    spots = [p for p in _places(body, m["text"]) if p not in wanted]
                    wanted.append(spots[0] if spots else (-1, -1))
            found = [(f.span.start, f.span.end) for f in findings
                     if f.rule == kind and f.span is not None and f.span.field.split(".")[-1].lower() == "body"]
            used: set[int] = set()
            for ws, we in wanted:
                hit = next((i for i, (fs, fe) in enumerate(found)
                            if i not in used and fs < we and ws < max(fe, fs + 1)), None)
                if hit is not None:
                    used.add(hit)
                tallies[kind].add(True, hit is not None, f"{who}: {body[ws:we]!r}")
            for i, (fs, fe) in enumerate(found):
                if i not in used:
                    tallies[kind].add(False, True, f"{who}: {body[fs:fe]!r}")
        if _is_clean(expected):
            errors = [f.rule for f in findings if _severity(f) == "error"]
            if errors:
                clean_errors.append(f"{who}: {', '.join(errors)}")
    return len(paths), tallies, clean_errors



LABELS = (*BOOL_LABELS, "sent_on_time", "spelling", *MECHANICS)


def main(argv: list[str] | None = None) -> int:
    """``python tests/_corpus_scoring.py FOLDER [--misses]``: the per-label table for one corpus folder."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    folders = [a for a in args if not a.startswith("-")]
    if len(folders) != 1 or not Path(folders[0]).is_dir():
        print("usage: python tests/_corpus_scoring.py FOLDER [--misses]  (FOLDER holds labelled *.json notes)",
              file=sys.stderr)
        return 2
    count, tallies, clean_errors = score(Path(folders[0]))
    print(f"{count} notes")
    print(f"{'label':34} {'tp':>4} {'fp':>4} {'fn':>4}  prec   rec")
    for label in LABELS:
        t = tallies[label]
        if t.tp + t.fp + t.fn == 0:
            continue
        prec = f"{t.tp / (t.tp + t.fp):.2f}" if t.tp + t.fp else "  - "
        rec = f"{t.tp / (t.tp + t.fn):.2f}" if t.tp + t.fn else "  - "
        print(f"{label:34} {t.tp:4} {t.fp:4} {t.fn:4}  {prec}  {rec}")
        if "--misses" in args:
            for miss in t.misses:
                print(f"    {miss}")
    for error in clean_errors:
        print(f"error on a clean note: {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

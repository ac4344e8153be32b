"""The lint half of ``followup-lint sendmail``, run in a child process so that a crash or a hang in the
linter can never hold the message: the parent kills this process after ``--timeout`` and decides.

Protocol: ``python -m followup_lint.hook._child PARAMS_JSON`` reads the message on stdin and writes one
JSON verdict on stdout: ``{"status": "unmatched" | "pass" | "blocked" | "error", ...}``. Anything the
linter or a plugin prints goes to stderr, so it cannot corrupt the verdict. A non-zero exit or no verdict
means the linter crashed.

The matching half (:func:`find_interview`) needs no linter: the parent also uses it to record a send
that went out unchecked (a timeout or a crash of this process).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from typing import Any, BinaryIO

from .._escape import escape
from ..errors import FollowupLintError, InputError
from ..model import Interview
from ..results import Finding, Severity
from .book import describe, interview_key, match, read_book, recipients_from, sendmail_recipients
from .message import skeleton


def format_finding(f: Finding) -> str:
    """``body:3:7: FL202 interviewer-name-misspelled [error] message``: positions in the subject or body
    as the candidate wrote them; ``message:1:1`` for findings about the whole message."""
    label = f.span.field if f.span is not None else "message"
    line, col = (f.span.line, f.span.column) if f.span is not None else (1, 1)
    text = escape(" ".join(f.message.split()))  # quoted draft text: no control characters on a terminal
    return f"{label}:{line}:{col}: {f.code} {f.rule} [{f.severity}] {text}"


def _linter(config_path: str | None) -> Any:
    from ..config import Config, load_config
    from ..engine import default_linter

    return default_linter(load_config(config_path) if config_path else Config())


def find_interview(stream: BinaryIO, params: dict[str, Any]) -> tuple[list[Interview], int | None, Any, datetime]:
    """The book, the index of the interview the message in ``stream`` follows up on (or ``None``), the
    draft and the send time. No linter: cheap enough for the parent to run after a failed check."""
    from ..loaders import draft_from_email

    data = skeleton(stream)
    book = params["book"]
    if params.get("explicit") and not os.path.exists(book):
        raise InputError(f"{book}: the interview book does not exist (check --interviews or "
                         f"FOLLOWUP_LINT_INTERVIEWS)")
    interviews = read_book(book)
    now = datetime.fromisoformat(params["now"])
    if not interviews:
        return interviews, None, None, now
    draft = draft_from_email(data)
    when = draft.sent_at or now
    recipients = recipients_from([*draft.to, *draft.cc, *draft.bcc, *sendmail_recipients(params["args"])])
    return interviews, match(interviews, recipients, when), draft, when


def judge(stream: BinaryIO, params: dict[str, Any]) -> dict[str, Any]:
    """The verdict on the message in ``stream``."""
    interviews, index, draft, when = find_interview(stream, params)
    if index is None:
        return {"status": "unmatched"}
    interview = interviews[index]
    now = datetime.fromisoformat(params["now"])
    # the one batch path, with a batch of one (batch rules have nothing to compare it with)
    [report] = _linter(params.get("config")).lint_many([(draft, interview)], jobs=1, now=now, crash_findings=True)
    if isinstance(report, Exception):
        raise report
    fail_on = params.get("fail_on", "error")
    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    crashed = [f.data.get("crashed_rule", f.rule) for f in report.findings if f.code == "FL000"]
    from ..api import is_timing_finding

    at_threshold = [f for f in report.findings
                    if f.code != "FL000" and threshold is not None and f.severity >= threshold]
    # findings about when it is sent are shown but never block: no edit of the message can fix them
    blocking = [f for f in at_threshold if not is_timing_finding(f)]
    return {
        "status": "blocked" if blocking else "pass",
        "lines": [format_finding(f) for f in report.findings],
        "timing": [format_finding(f) for f in at_threshold if is_timing_finding(f)],
        "blocking": len(blocking),
        "crashed": crashed,
        "index": index,
        "key": interview_key(interview),
        "interview": describe(interview),
        "sent_at": when.isoformat(),
    }


MEMORY_LIMIT = 512 * 1024 * 1024


def _limit_memory() -> None:
    """Cap this process's heap, so that a rule that runs away on a pathological message fails (and the
    hook fails open) instead of pushing the machine into swap or the OOM killer."""
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
        limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ImportError, ValueError, OSError, AttributeError):
        pass


def main(argv: list[str]) -> int:
    _limit_memory()
    params = json.loads(argv[1])
    # The verdict goes to the real stdout; anything else printed lands on stderr.
    verdict_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        verdict = judge(sys.stdin.buffer, params)
    except FollowupLintError as exc:
        verdict = {"status": "error", "message": " ".join(str(exc).split())}
    json.dump(verdict, verdict_out)
    verdict_out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

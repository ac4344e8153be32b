"""Shared helpers for the name and recipient rule tests (not a test module)."""

from __future__ import annotations

from followup_lint import Interview, Interviewer


def iv(*people: str | tuple[str, str] | Interviewer, **kw) -> Interview:
    """An interview; a person is a name, (name, email) or an Interviewer."""
    out = []
    for p in people:
        if isinstance(p, Interviewer):
            out.append(p)
        elif isinstance(p, tuple):
            out.append(Interviewer(p[0], p[1]))
        else:
            out.append(Interviewer(p))
    return Interview(interviewers=tuple(out), **kw)

"""The hook's commands on the ``followup-lint`` command line: ``sendmail`` and ``interview ...``.

:func:`add_parsers` registers them on the main CLI's subparsers; each sets ``func`` to a function of the
parsed arguments that returns the exit status.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from dataclasses import dataclass
from typing import Any, Sequence

__all__ = ["add_parsers", "run_sendmail", "status_lines", "Cadence"]


@dataclass(frozen=True, slots=True)
class Cadence:
    """When a follow-up is due and when to move on: the options of the rules followup-too-soon
    (``min-days``, ``business-days``) and too-many-followups (``max-unanswered``), as configured."""

    min_days: float = 5
    business_days: bool = False
    max_unanswered: int = 2

    @classmethod
    def of(cls, config: Any = None) -> Cadence:
        from ..engine import resolved_options

        soon = resolved_options("followup-too-soon", config)
        many = resolved_options("too-many-followups", config)
        return cls(soon.min_days, soon.business_days, many.max_unanswered)

    def due(self, last: datetime, interview: Any) -> datetime:
        """When the next follow-up may go, ``min-days`` (weekdays only with ``business-days``) after ``last``."""
        wait = timedelta(days=self.min_days)
        if self.business_days:
            from ..rules.timing import interview_zone
            from ..timeutil import add_weekday_time
            from ..workdays import calendar_for, country_of_zone, zone_key

            zone = interview_zone(interview) or last.tzinfo
            if zone is not None:
                country = getattr(interview, "country", None) or country_of_zone(zone_key(zone))
                subdivision = getattr(interview, "subdivision", None) if getattr(interview, "country", None) else None
                return add_weekday_time(last, wait, zone, calendar_for(country, subdivision))
        return last + wait


# mutt and neomutt split $sendmail at its first "--" and insert their own sendmail options there
# (-B8BITMIME, -f ADDRESS with $use_envelope_from, -N with $dsn_notify, -R with $dsn_return), so with
# `set sendmail="followup-lint sendmail -- /usr/sbin/sendmail -oi"` they arrive before the hook's "--".
_CLIENT_OPTIONS = ("-f", "-B", "-N", "-R")


class _PassOn(argparse.Action):
    """A sendmail option given before the hook's ``--``: kept, in order, for the real command."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        kept = list(getattr(namespace, self.dest, None) or [])
        kept += [f"-B{values}"] if option_string == "-B" else [str(option_string), values]
        setattr(namespace, self.dest, kept)


def add_parsers(subparsers: Any) -> None:
    """Register ``sendmail`` and ``interview add|list|answered|status`` on the main CLI's subparsers."""
    send = subparsers.add_parser(
        "sendmail", help="check a follow-up on its way out, then pass it to the real sendmail",
        description="Use as your mail client's sendmail command: everything after the first -- is the real "
                    "command, run with the message byte for byte. A follow-up to an interviewer in the "
                    "interview book is checked first; blocked: exit 65, nothing sent. "
                    "FOLLOWUP_LINT_SKIP=1 sends without checking.",
        epilog="example: followup-lint sendmail -- /usr/sbin/sendmail -oem -oi. The sendmail options mutt and "
               "neomutt put before the -- (-f ADDRESS, -B8BITMIME, -N DSN, -R RET) are passed on to the command.")
    send.add_argument("--fail-on", choices=("info", "warning", "error", "never"), default="error",
                      help="block the message when a finding is at or above this severity (default: error)")
    send.add_argument("--interviews", metavar="FILE",
                      help="the interview book (default: $FOLLOWUP_LINT_INTERVIEWS, else interviews.toml in "
                           "your config folder)")
    send.add_argument("--timeout", type=_positive_float, default=5.0, metavar="SECONDS",
                      help="give up on the check after this long (default: 5)")
    send.add_argument("--fail-closed", action="store_true",
                      help="when the check crashes or times out, do not send: exit 75 (default: send anyway)")
    send.add_argument("--no-record", action="store_true",
                      help="do not record a sent follow-up in the interview book")
    send.add_argument("--config", metavar="FILE",
                      help="a followup-lint config file for the check (default: built-in settings)")
    send.add_argument("real_command", nargs=argparse.REMAINDER, metavar="-- COMMAND ARGS",
                      help="the real sendmail command and its arguments")
    for flag in _CLIENT_OPTIONS:
        send.add_argument(flag, dest="pass_on", action=_PassOn, default=[], help=argparse.SUPPRESS)
    send.set_defaults(func=run_sendmail)

    interview = subparsers.add_parser(
        "interview", help="keep the interview book: add, list, answered, status",
        description="Keep the interview book that the sendmail hook matches messages against.")
    isub = interview.add_subparsers(dest="interview_command", metavar="ACTION")
    interview.set_defaults(func=lambda args: _usage(interview))

    def book_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--interviews", metavar="FILE",
                       help="the interview book (default: $FOLLOWUP_LINT_INTERVIEWS, else interviews.toml in "
                            "your config folder)")

    add = isub.add_parser("add", help="add an interview to the book",
                          description="Add an interview. Times are ISO 8601 ('2026-03-10 15:00', with or without "
                                      "an offset) or 'now'; without an offset they are read in --timezone.",
                          epilog='example: followup-lint interview add --company Acme --role "Staff Engineer" '
                                 '--end "2026-03-10 15:00" --timezone Europe/Berlin '
                                 '--interviewer "Priya Raman <priya@acme.example>" --topic "latency budgets"')
    book_option(add)
    add.add_argument("--company")
    add.add_argument("--role")
    add.add_argument("--start", metavar="TIME", help="when the interview started")
    add.add_argument("--end", metavar="TIME", help="when it ended (the timing rules count from here)")
    add.add_argument("--timezone", metavar="ZONE",
                     help="IANA zone of the interview, e.g. Europe/Berlin (default: this computer's)")
    add.add_argument("--interviewer", action="append", default=[], metavar='"NAME <EMAIL>"',
                     help="an interviewer; repeat for each (the address is what the hook matches)")
    add.add_argument("--topic", action="append", default=[], help="something you discussed (repeatable)")
    add.add_argument("--strength", action="append", default=[],
                     help="a strength you have but did not raise (repeatable)")
    add.add_argument("--question", action="append", default=[],
                     help="a question you did not get to ask (repeatable)")
    add.set_defaults(func=_run_add)

    lst = isub.add_parser("list", help="list the interviews in the book")
    book_option(lst)
    lst.add_argument("--format", choices=("text", "json"), default="text")
    lst.set_defaults(func=_run_list)

    ans = isub.add_parser("answered", help="mark the latest follow-up of an interview as answered",
                          description="Mark the latest follow-up of an interview as answered. WHO is the "
                                      "interview's number (from 'interview list'), an interviewer's address, "
                                      "a company name, or - to read the reply (an email message) on stdin "
                                      "and match its sender.")
    book_option(ans)
    ans.add_argument("who", metavar="WHO")
    ans.set_defaults(func=_run_answered)

    st = isub.add_parser("status", help="what to do next: notes not sent, follow-ups due, when to move on")
    book_option(st)
    st.add_argument("--now", metavar="ISO-8601", help="pretend it is this time (default: the clock)")
    st.add_argument("--format", choices=("text", "json"), default="text")
    st.add_argument("--config", metavar="FILE",
                    help="a followup-lint config file whose followup-too-soon and too-many-followups options "
                         "set the cadence (default: built-in settings)")
    st.set_defaults(func=_run_status)


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not number > 0:
        raise argparse.ArgumentTypeError("must be more than 0 seconds")
    return number


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _err(text: str) -> int:
    print(f"followup-lint: {' '.join(text.split())}", file=sys.stderr)
    return 2


# -- sendmail ------------------------------------------------------------------------------------------

def run_sendmail(args: argparse.Namespace) -> int:
    from .sendmail import SendmailOptions, run

    command = list(args.real_command or ())
    if command and command[0] == "--":  # argparse keeps the separator in a REMAINDER
        command = command[1:]
    if command and getattr(args, "pass_on", None):  # after the command name, before its operands
        command = [command[0], *args.pass_on, *command[1:]]
    options = SendmailOptions(command=tuple(command), fail_on=args.fail_on, interviews=args.interviews,
                              timeout=args.timeout, fail_closed=args.fail_closed, record=not args.no_record,
                              config=args.config)
    return run(options)


# -- interview -----------------------------------------------------------------------------------------

def _local_zone() -> str | None:
    """This computer's IANA zone name, when it can be told."""
    from ..errors import InputError
    from ..model import get_zone

    candidates = []
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        candidates.append(tz)
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    try:
        with open("/etc/timezone", encoding="utf-8") as fh:
            candidates.append(fh.read().strip())
    except OSError:
        pass
    for name in candidates:
        if not name or name.startswith("/"):
            continue
        try:
            get_zone(name)
        except InputError:
            continue
        return name
    return None


def _when(value: str | None, zone: str | None, what: str) -> datetime | None:
    from ..errors import InputError
    from ..model import get_zone, parse_datetime

    if value is None:
        return None
    if value.strip().lower() == "now":
        now = datetime.now(get_zone(zone) if zone else timezone.utc)
        return now.replace(second=0, microsecond=0)
    when = parse_datetime(value, what)
    if when is not None and when.tzinfo is None and zone is None:
        raise InputError(f"{what} {value!r} has no offset: give --timezone (an IANA name such as Europe/Berlin)")
    return when


def _run_add(args: argparse.Namespace) -> int:
    import email.utils

    from ..errors import FollowupLintError
    from ..model import Interview, Interviewer
    from .book import add_interview, describe, locate

    try:
        zone = args.timezone or _local_zone()
        people = []
        for text in args.interviewer:
            name, addr = email.utils.parseaddr(text)
            if not addr or "@" not in addr:
                name, addr = text.strip(), ""
            if not name:
                name = addr.split("@", 1)[0]
            people.append(Interviewer(name=name.strip(), email=addr or None))
        interview = Interview(interviewers=tuple(people), company=args.company, role=args.role,
                              started_at=_when(args.start, zone, "--start"), ended_at=_when(args.end, zone, "--end"),
                              timezone=zone, topics=tuple(args.topic), strengths=tuple(args.strength),
                              questions=tuple(args.question))
        where = locate(args.interviews)
        index = add_interview(where.path, interview)
    except FollowupLintError as exc:
        return _err(str(exc))
    except OSError as exc:
        return _err(f"cannot write the interview book: {exc.strerror or exc}")
    print(f"Added interview {index + 1} to {where.path}: {describe(interview)}")
    if not any(p.email for p in interview.interviewers):
        print("Note: no interviewer has an address, so the sendmail hook cannot match messages to this "
              "interview; add --interviewer \"Name <email>\".")
    if interview.ended_at is None:
        print("Note: no --end time, so the timing checks (too late, too soon) cannot run for this interview.")
    return 0


def _load(args: argparse.Namespace) -> tuple[Any, list[Any]]:
    from .book import locate, read_book

    where = locate(args.interviews)
    return where, read_book(where.path)


def _fmt_time(when: datetime | None, zone: str | None) -> str:
    if when is None:
        return "?"
    if zone:
        from ..model import get_zone

        when = when.astimezone(get_zone(zone))
    return when.strftime("%Y-%m-%d %H:%M %Z").strip() or when.isoformat()


def _run_list(args: argparse.Namespace) -> int:
    from ..errors import FollowupLintError

    try:
        where, interviews = _load(args)
    except FollowupLintError as exc:
        return _err(str(exc))
    if args.format == "json":
        print(json.dumps([{"number": i + 1, **iv.to_dict()} for i, iv in enumerate(interviews)], indent=2))
        return 0
    if not interviews:
        print(f"No interviews in {where.path}. Add one with 'followup-lint interview add'.")
        return 0
    for i, iv in enumerate(interviews):
        what = ", ".join(x for x in (iv.company, iv.role) if x) or "(no company or role)"
        print(f"{i + 1}. {what}: ended {_fmt_time(iv.ended_at, iv.timezone)}")
        for p in iv.interviewers:
            print(f"     {p.name}" + (f" <{p.email}>" if p.email else " (no address)"))
        if iv.followups:
            answered = sum(1 for f in iv.followups if f.answered)
            last = iv.followups[-1]
            print(f"     {len(iv.followups)} message(s) sent, last {_fmt_time(last.sent_at, iv.timezone)}"
                  f"{' (answered)' if last.answered else ''}; {answered} answered")
        else:
            print("     no thank-you note sent yet")
    return 0


def _pick(interviews: Sequence[Any], who: str, stdin: Any) -> tuple[int | None, str]:
    """The interview ``who`` names (see ``interview answered --help``), or ``None`` and why not."""
    from ..model import address_of

    if who.isdigit():
        n = int(who)
        if 1 <= n <= len(interviews):
            return n - 1, ""
        return None, f"there is no interview {n} (the book holds {len(interviews)}; see 'interview list')"
    addresses: set[str] = set()
    if who == "-":
        from ..loaders import draft_from_email
        from .message import skeleton

        draft = draft_from_email(skeleton(stdin))
        if draft.sender:
            addresses.add(address_of(draft.sender))
        if not addresses:
            return None, "the message on stdin has no From address"
        hits = [i for i, iv in enumerate(interviews) if any(p.email and address_of(p.email) in addresses
                                                            for p in iv.interviewers)]
        label = ", ".join(sorted(addresses))
    elif "@" in who:
        addresses.add(address_of(who))
        hits = [i for i, iv in enumerate(interviews) if any(p.email and address_of(p.email) in addresses
                                                            for p in iv.interviewers)]
        label = who
    else:
        key = who.strip().lower()
        hits = [i for i, iv in enumerate(interviews) if iv.company and iv.company.lower() == key]
        if not hits:
            hits = [i for i, iv in enumerate(interviews) if iv.company and key in iv.company.lower()]
        label = who
    with_mail = [i for i in hits if interviews[i].followups]
    if not hits:
        return None, f"no interview in the book matches {label!r}"
    if not with_mail:
        return None, f"no follow-up has been sent yet for {label!r}, so none can be answered"
    # the conversation that was answered: the one whose last message is the most recent
    return max(with_mail, key=lambda i: (interviews[i].followups[-1].sent_at, i)), ""


def _run_answered(args: argparse.Namespace) -> int:
    from ..errors import FollowupLintError
    from .book import describe, mark_answered

    try:
        where, interviews = _load(args)
        index, why = _pick(interviews, args.who, sys.stdin.buffer)
        if index is None:
            return _err(why)
        updated = mark_answered(where.path, index)
    except FollowupLintError as exc:
        return _err(str(exc))
    except OSError as exc:
        return _err(f"cannot update the interview book: {exc.strerror or exc}")
    last = updated.followups[-1]
    print(f"Marked as answered: the message of {_fmt_time(last.sent_at, updated.timezone)} about "
          f"{describe(updated)}.")
    return 0


def _ago(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 1:
        return f"{max(int(delta.total_seconds() // 60), 0)} min"
    if hours < 48:
        return f"{int(hours)} h"
    return f"{int(hours // 24)} days"


def status_items(interviews: Sequence[Any], now: datetime, cadence: Cadence | None = None) -> list[dict[str, Any]]:
    """What each interview needs next (only those that need something): kind and a one-line text.

    The cadence is the cadence rules' (``Cadence.of(config)``): "move on" once too-many-followups would
    warn on the next message, "due" once followup-too-soon would let it go.
    """
    from ..rules.cadence import unanswered_since_last_answer

    cadence = cadence if cadence is not None else Cadence.of()
    out = []
    for i, iv in enumerate(interviews):
        item: dict[str, Any] = {"number": i + 1, "interview": iv}
        if not iv.followups:
            if iv.ended_at is None or iv.ended_at > now:
                continue
            since = now - iv.ended_at
            names = ", ".join(p.name for p in iv.interviewers) or "the interviewers"
            late = " (it is late: send it today)" if since > timedelta(hours=48) else ""
            out.append({**item, "kind": "no-note", "interviewers": [p.name for p in iv.interviewers],
                        "text": f"no thank-you note yet to {names}; the interview ended {_ago(since)} ago{late}"})
            continue
        last_answered = max((k for k, f in enumerate(iv.followups) if f.answered), default=-1)
        unanswered = iv.followups[last_answered + 1:]
        if not unanswered:
            continue  # they answered: the conversation is going
        last = unanswered[-1].sent_at
        if unanswered_since_last_answer(list(iv.followups)) >= cadence.max_unanswered:
            out.append({**item, "kind": "move-on", "unanswered": len(unanswered),
                        "text": f"{len(unanswered)} messages unanswered since "
                                f"{_fmt_time(unanswered[0].sent_at, iv.timezone)}: time to move on"})
        elif now >= cadence.due(last, iv):
            out.append({**item, "kind": "due", "unanswered": len(unanswered),
                        "text": f"a follow-up is due: your last message ({_fmt_time(last, iv.timezone)}, "
                                f"{_ago(now - last)} ago) is unanswered"})
        else:
            due = cadence.due(last, iv)
            out.append({**item, "kind": "wait", "unanswered": len(unanswered),
                        "text": f"waiting for a reply; follow up from {_fmt_time(due, iv.timezone)} if none comes"})
    return out


def status_lines(interviews: Sequence[Any], now: datetime, cadence: Cadence | None = None) -> list[str]:
    from .book import describe

    items = status_items(interviews, now, cadence)
    lines = []
    for item in items:
        lines.append(f"{item['number']}. {describe(item['interview'])}")
        lines.append(f"   {item['kind']}: {item['text']}")
    if not items:
        lines.append("Nothing to do: every interview has its note, and nothing is due.")
    return lines


def _run_status(args: argparse.Namespace) -> int:
    from ..errors import FollowupLintError, InputError
    from ..model import parse_datetime

    try:
        _, interviews = _load(args)
        if args.now and args.now != "now":
            now = parse_datetime(args.now, "--now")
            if now is None or now.tzinfo is None:
                raise InputError(f"--now {args.now!r} needs an offset, such as 2026-03-10T09:00:00+01:00")
        else:
            now = datetime.now(timezone.utc)
        from ..config import load_config

        cadence = Cadence.of(load_config(args.config) if getattr(args, "config", None) else None)
    except FollowupLintError as exc:
        return _err(str(exc))
    if args.format == "json":
        items = status_items(interviews, now, cadence)
        for item in items:
            item["interview"] = item["interview"].to_dict()
        print(json.dumps(items, indent=2))
        return 0
    for line in status_lines(interviews, now, cadence):
        print(line)
    return 0

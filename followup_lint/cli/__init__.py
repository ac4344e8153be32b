"""The ``followup-lint`` command: ``check``, ``rules``, ``rule``, ``languagetool serve`` (and ``sendmail`` /
``interview`` from the hook).

Exit codes: 0 nothing at or above ``--fail-on``; 1 something is; 2 a usage, configuration or input
error (one line on stderr, never a traceback). Only what a command needs is imported, so that start-up
stays fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

__all__ = ["main", "build_parser"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see --help)")


class UsageError(Exception):
    pass


def _csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def build_parser() -> argparse.ArgumentParser:
    from .._version import __version__

    parser = _Parser(prog="followup-lint",
                     description="Lint interview follow-up and thank-you email drafts before they are sent.")
    parser.add_argument("--version", action="version", version=f"followup-lint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="lint drafts, templates or folders of them",
                           description="Lint drafts (.eml, .txt, .md) and templates (.j2, .jinja, .tmpl); "
                                       "folders are walked. '-' reads stdin.")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or - for stdin (default: .)")
    group = check.add_argument_group("context")
    group.add_argument("--interview", metavar="FILE",
                       help="the interview the drafts follow up on (a file with one interview, or a book: the "
                            "interview whose interviewer is among a draft's recipients is used)")
    group.add_argument("--interviews", metavar="FILE",
                       help="an interview book: each draft is matched to an interview by its recipients")
    group.add_argument("--now", metavar="ISO-8601|now",
                       help="the send time for drafts without one (an ISO 8601 time with an offset, or 'now' "
                            "for the clock); without it the send-time rules are skipped")
    group.add_argument("--template", action="store_true", help="treat every file as a template")
    group.add_argument("--stdin-filename", metavar="PATH",
                       help="the name to report for stdin (also picks its config and its kind by suffix)")
    group = check.add_argument_group("rules and configuration")
    group.add_argument("--select", action="append", type=_csv, metavar="RULES",
                       help="only these rules (codes, prefixes or names, comma-separated; replaces the "
                            "config's select and ignore)")
    group.add_argument("--ignore", action="append", type=_csv, metavar="RULES",
                       help="skip these rules (comma-separated; added to the config's ignore)")
    group.add_argument("--extend-select", action="append", type=_csv, metavar="RULES",
                       help="also run these rules, on top of the config's select")
    group.add_argument("--extend-ignore", action="append", type=_csv, metavar="RULES",
                       help="also skip these rules (the same as --ignore, as in ruff)")
    group.add_argument("--report-unused-suppressions", action="store_true",
                       help="warn about ignore-next-line comments that silenced nothing")
    group.add_argument("--config", metavar="FILE", help="use this config file instead of searching for one")
    group.add_argument("--isolated", action="store_true", help="ignore every config file")
    group.add_argument("--no-plugins", action="store_true", help="do not load plugin rules")
    group.add_argument("--force-exclude", action="store_true",
                       help="skip files named on the command line that a folder walk would skip (ignored by "
                            ".gitignore, in venv/node_modules/..., a README or docs/); for pre-commit")
    group = check.add_argument_group("results")
    group.add_argument("--format", default="text", choices=("text", "json", "sarif", "github", "junit"))
    group.add_argument("--output", "-o", metavar="FILE", help="write the results to FILE instead of stdout")
    group.add_argument("--fail-on", choices=("info", "warning", "error", "never"),
                       help="exit 1 when a finding is at or above this severity (default: the config's, else error)")
    group.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    group.add_argument("--statistics", action="store_true", help="count the findings per rule")
    group.add_argument("--quiet", "-q", action="store_true", help="print only findings (nothing on success)")
    group.add_argument("--min-severity", choices=("info", "warning", "error"),
                       help="show only findings at or above this severity: the rules still run, the others "
                            "are hidden (counted in the summary) and do not fail the run")
    group.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour the text output (auto: on a terminal, unless NO_COLOR is set; FORCE_COLOR "
                            "turns it on)")
    group.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in FILE")
    group.add_argument("--write-baseline", metavar="FILE", help="record every current finding in FILE")
    group = check.add_argument_group("fixes and speed")
    group.add_argument("--fix", action="store_true",
                       help="apply safe fixes to text and Markdown files (never .eml); with -, print the fixed "
                            "text on stdout and the findings on stderr")
    group.add_argument("--unsafe-fixes", action="store_true",
                       help="let --fix and --diff also apply unsafe fixes (such as spelling suggestions)")
    group.add_argument("--diff", action="store_true",
                       help="print the fixes as a unified diff, change nothing (exit 1 when there is one)")
    group.add_argument("--jobs", "-j", type=int, metavar="N", help="lint in N processes (default: by size of run)")
    check.set_defaults(func=_run_check)

    rules = sub.add_parser("rules", help="list the rules", description="List every loaded rule.")
    rules.add_argument("--format", default="text", choices=("text", "json"))
    rules.add_argument("--no-plugins", action="store_true", help="do not load plugin rules")
    rules.set_defaults(func=_run_rules)

    rule = sub.add_parser("rule", help="show a rule's documentation",
                          description="Print a rule's documentation (by code or name).")
    rule.add_argument("rule", metavar="CODE-OR-NAME")
    rule.set_defaults(func=_run_rule)

    from .languagetool import add_parser as add_languagetool_parser

    add_languagetool_parser(sub)

    lsp = sub.add_parser("lsp", help="run the language server (for editors)",
                         description="Speak the Language Server Protocol on stdin/stdout, so that editors show "
                                     "the findings while a note is written (needs the 'lsp' extra).")
    lsp.add_argument("--tcp", type=int, metavar="PORT", help="listen on 127.0.0.1:PORT instead of stdio")
    lsp.set_defaults(func=_run_lsp)

    try:
        from ..hook.cli import add_parsers
    except ImportError as exc:
        # The hook's commands land in followup_lint/hook/cli.py; only its absence is tolerated.
        if getattr(exc, "name", None) not in ("followup_lint.hook.cli", "followup_lint.hook"):
            raise
    else:
        add_parsers(sub)
    return parser


def _run_check(args: argparse.Namespace) -> int:
    from .check import run_check

    return run_check(args)


def _run_rules(args: argparse.Namespace) -> int:
    from .rules import run_rules

    return run_rules(args)


def _run_rule(args: argparse.Namespace) -> int:
    from .rules import run_rule

    return run_rule(args)


def _run_lsp(args: argparse.Namespace) -> int:
    try:
        from ..lsp import serve
        import pygls  # noqa: F401  (the extra's presence, checked before the server starts)
    except ImportError:
        raise UsageError("followup-lint: the language server needs pygls and lsprotocol: "
                         "pip install 'followup-lint[lsp]'") from None
    if args.tcp is not None and not 0 < args.tcp < 65536:
        raise UsageError("followup-lint: --tcp PORT must be between 1 and 65535")
    return serve(args.tcp)


def _one_line(exc: BaseException) -> str:
    from .._escape import escape

    text = " ".join(str(exc).split()) or type(exc).__name__
    return escape(text)  # error messages name files, and file names are untrusted


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script passes it to ``sys.exit``)."""
    import warnings

    def one_line_warning(message, category, filename, lineno, file=None, line=None):  # type: ignore[no-untyped-def]
        print(f"followup-lint: warning: {_one_line(message)}", file=sys.stderr)

    previous = warnings.showwarning
    warnings.showwarning = one_line_warning
    try:
        return _main(argv)
    finally:
        warnings.showwarning = previous


def _main(argv: Sequence[str] | None) -> int:
    try:
        try:
            parser = build_parser()
            args = parser.parse_args(list(argv) if argv is not None else None)
        except UsageError as exc:
            print(_one_line(exc), file=sys.stderr)
            return EXIT_ERROR
        func = getattr(args, "func", None)
        if func is None:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        return int(func(args) or 0)
    except UsageError as exc:
        print(_one_line(exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("followup-lint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining at exit.
        try:
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return EXIT_ERROR
    except SystemExit as exc:  # --help / --version, or a subcommand that exits itself
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else EXIT_ERROR)
    except Exception as exc:  # the last resort: never a traceback
        from ..errors import FollowupLintError

        if isinstance(exc, FollowupLintError):
            print(f"followup-lint: {_one_line(exc)}", file=sys.stderr)
        else:
            print(f"followup-lint: internal error: {type(exc).__name__}: {_one_line(exc)} "
                  "(please report this)", file=sys.stderr)
        return EXIT_ERROR

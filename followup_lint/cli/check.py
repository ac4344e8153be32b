"""``followup-lint check``: find the files, pick each one's config, lint, fix, filter, report.

Precedence, most specific first: ``--isolated`` (no config file at all), ``--config FILE``, else the
nearest config at or above each file. ``--select`` replaces the config's ``select`` and ``ignore``;
``--ignore`` adds to the config's ``ignore``; ``--fail-on`` replaces ``fail-on``. Per file, the rules in
front-matter ``ignore``, in ``<!-- followup-lint: ignore RULE -->`` comments and in matching
``per-path-ignores`` globs are skipped.
"""

from __future__ import annotations

import argparse
import dataclasses
import email.utils
import os
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

from .._escape import escape, json_safe
from .._io import read_capped, read_stream_capped, write_atomic
from ..config import Config, find_config, load_config
from ..errors import ConfigError, FollowupLintError, InputError
from ..output import FileResult, RenderContext, render
from ..walk import excluded_by_default, glob_matches, relative_posix, walk_keyed
from . import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError

__all__ = ["run_check", "Settings", "Task", "lint_task", "pick_interview"]

_FIXABLE_KINDS = ("text", "markdown", "jinja")
_PROGRESS_MIN_FILES = 20


@dataclass
class Settings:
    """What every file of one run shares."""

    now: datetime | None = None
    template: bool = False
    fix: bool = False
    unsafe: bool = False                   # --unsafe-fixes: fixes of either applicability
    report_unused: bool = False            # --report-unused-suppressions
    interview: Any = None                  # --interview with one interview: used for every draft
    interviews: list[Any] | None = None    # --interview with several, or --interviews: matched by recipients
    json_entries: bool = False             # workers encode each file's JSON entry (a big --format json run)


@dataclass
class Task:
    path: str                 # as the user gave it (or as the walk joined it)
    fs_path: str | None       # None for stdin
    config_index: int
    data: bytes | None = None


@dataclass
class _Scope:
    """One effective configuration, the folder its globs are relative to, and its linter (or its error)."""

    config: Config
    base: Path | None
    linter: Any = None
    error: str | None = None


# The state a worker process needs, inherited through fork (Config holds mapping proxies, which do
# not pickle, and linters are expensive to rebuild).
_SCOPES: list[_Scope] = []
_SETTINGS = Settings()


# -- helpers ---------------------------------------------------------------------------------------------

def _strip_path(message: str, *paths: str | None) -> str:
    message = " ".join(str(message).split())
    for p in paths:
        if p and message.startswith(f"{p}: "):
            return message[len(p) + 2:]
    return message


def _addr(value: str) -> str:
    return email.utils.parseaddr(value)[1].strip().lower()


def pick_interview(interviews: Sequence[Any], draft: Any, now: datetime | None) -> Any:
    """The interview with an interviewer among the draft's recipients (To, Cc, Bcc).

    When several match, the latest that ended (or started) before the send time; else the latest.
    """
    recipients = {_addr(x) for x in (*draft.to, *draft.cc, *draft.bcc)} - {""}
    if not recipients:
        return None
    matches = [iv for iv in interviews
               if any(p.email and _addr(p.email) in recipients for p in iv.interviewers)]
    if len(matches) <= 1:
        return matches[0] if matches else None
    when = draft.sent_at or now

    def end(iv: Any) -> datetime | None:
        return iv.ended_at or iv.started_at

    before = [iv for iv in matches if (ended := end(iv)) is not None and (when is None or ended <= when)]
    pool = before or matches
    floor = datetime.min.replace(tzinfo=timezone.utc)
    return max(pool, key=lambda iv: end(iv) or floor)


def _parse_now(value: str | None) -> datetime | None:
    if value is None:
        return None
    if value.strip().lower() == "now":
        return datetime.now(timezone.utc)
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"followup-lint: --now {value!r} is not an ISO 8601 time "
                         "(for example 2025-03-14T16:30:00+01:00) or 'now'") from None
    if when.tzinfo is None or when.utcoffset() is None:
        raise UsageError(f"followup-lint: --now {value!r} has no UTC offset (add one, such as +00:00 or Z)")
    return when


def _flatten(groups: list[list[str]] | None) -> tuple[str, ...] | None:
    if groups is None:
        return None
    return tuple(x for g in groups for x in g)


# -- configuration -----------------------------------------------------------------------------------------

class _Configs:
    """Finds, loads and caches the effective configuration of every folder."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.select = _flatten(args.select)
        self.ignore = (*(_flatten(args.ignore) or ()), *(_flatten(getattr(args, "extend_ignore", None)) or ()))
        self.extend_select = _flatten(getattr(args, "extend_select", None)) or ()
        self._by_file: dict[str | None, int] = {}
        self._by_folder: dict[Path, str | None] = {}
        self.fixed: Config | None = None
        if args.isolated:
            self.fixed = Config()
        elif args.config:
            path = Path(args.config)
            if not path.is_file():
                raise ConfigError(f"{args.config}: no such config file")
            self.fixed = load_config(path)

    def _override(self, config: Config) -> Config:
        changes: dict[str, Any] = {}
        if self.select is not None:
            changes["select"] = self.select
            changes["ignore"] = self.ignore
        elif self.ignore:
            changes["ignore"] = (*config.ignore, *self.ignore)
        if self.extend_select:
            changes["extend_select"] = (*config.extend_select, *self.extend_select)
        if self.args.no_plugins:
            changes["plugins"] = False
        if self.args.fail_on:
            changes["fail_on"] = self.args.fail_on
        return config.replace(**changes) if changes else config

    def _scope(self, key: str | None, config: Config) -> int:
        if key not in self._by_file:
            base = Path(config.path).parent if config.path else None
            _SCOPES.append(_Scope(self._override(config), base))
            self._by_file[key] = len(_SCOPES) - 1
        return self._by_file[key]

    def for_path(self, path: Path) -> int:
        """The scope index for a file or folder (raises ``ConfigError`` for a broken config)."""
        if self.fixed is not None:
            scope = self._scope("<fixed>", self.fixed)
            if _SCOPES[scope].base is None:
                _SCOPES[scope].base = Path.cwd()
            return scope
        folder = path if path.is_dir() else path.parent
        folder = folder.resolve() if str(folder) else Path.cwd()
        if folder not in self._by_folder:
            found = find_config(folder)
            self._by_folder[folder] = str(found) if found is not None else None
        key = self._by_folder[folder]
        if key in self._by_file:
            return self._by_file[key]
        config = load_config(key) if key is not None else Config()
        index = self._scope(key, config)
        if key is None:
            _SCOPES[index].base = Path.cwd()
        return index


# -- collecting the files ----------------------------------------------------------------------------------

def _collect(args: argparse.Namespace, configs: _Configs, results: list[tuple[Task | None, FileResult | None]]) -> None:
    paths = list(args.paths) or ["."]
    seen: set[str] = set()
    stdin_used = False
    for given in paths:
        if given == "-":
            if stdin_used:
                raise UsageError("followup-lint: '-' (stdin) can be given only once")
            stdin_used = True
            name = args.stdin_filename or "-"
            try:
                data = read_stream_capped(sys.stdin.buffer, name=name)  # `< /dev/zero` must not eat memory
            except InputError as exc:
                results.append((None, FileResult(name, errors=[_strip_path(str(exc), name)])))
                continue
            folder = Path(args.stdin_filename).parent if args.stdin_filename else Path.cwd()
            try:
                index = configs.for_path(folder if folder.is_dir() else Path.cwd())
            except ConfigError as exc:
                results.append((None, FileResult(name, errors=[_strip_path(str(exc))])))
                continue
            results.append((Task(name, None, index, data=data), None))
            continue
        p = Path(given)
        try:
            if not p.exists():
                results.append((None, FileResult(given, errors=["no such file or directory"])))
                continue
        except OSError as exc:  # an unsearchable parent folder: this input fails, the others run
            results.append((None, FileResult(given, errors=[f"cannot read: {exc.strerror or exc}"])))
            continue
        try:
            index = configs.for_path(p)
        except ConfigError as exc:
            results.append((None, FileResult(given, errors=[_strip_path(str(exc))])))
            continue
        scope = _SCOPES[index]
        if p.is_dir():
            found = False
            # the scope of each folder's files, looked up once per folder (it depends on the folder only)
            by_folder: dict[Path, int | ConfigError] = {}
            unreadable: list[tuple[Path, str]] = []
            user_exclude, default_exclude = scope.config.walk_exclude
            for file, key in walk_keyed(p, include=scope.config.include, exclude=user_exclude, base=scope.base,
                                        default_exclude=default_exclude,
                                        gitignore=scope.config.respect_gitignore, unreadable=unreadable):
                found = True
                if key in seen:
                    continue
                seen.add(key)
                file_index = by_folder.get(file.parent)
                if file_index is None:
                    try:
                        file_index = configs.for_path(file)
                    except ConfigError as exc:
                        file_index = exc
                    by_folder[file.parent] = file_index
                if isinstance(file_index, ConfigError):
                    results.append((None, FileResult(str(file), errors=[_strip_path(str(file_index))])))
                    continue
                results.append((Task(str(file), str(file), file_index), None))
            # an unreadable folder is an input that failed (exit 2), never "no drafts found"
            results.extend((None, FileResult(str(folder), errors=[why])) for folder, why in unreadable)
            found = found or bool(unreadable)
            if not found and not args.quiet:
                print(f"followup-lint: warning: no drafts or templates found under {escape(given)}", file=sys.stderr)
            continue
        key = str(p.resolve())
        if key in seen:
            continue
        seen.add(key)
        rel = relative_posix(p, scope.base)
        user_exclude, default_exclude = scope.config.walk_exclude
        if user_exclude and glob_matches(rel, user_exclude):
            continue
        if getattr(args, "force_exclude", False) and excluded_by_default(
                p, base=scope.base, include=scope.config.include, default_exclude=default_exclude,
                gitignore=scope.config.respect_gitignore):
            continue
        results.append((Task(given, given, index), None))


# -- linting one file --------------------------------------------------------------------------------------

def _linter(scope: _Scope) -> Any:
    if scope.linter is None and scope.error is None:
        from ..engine import Linter

        try:
            scope.linter = Linter(scope.config, plugins=scope.config.plugins)
            if scope.config.dictionaries:
                from ..rules.spelling import read_dictionaries

                read_dictionaries(scope.config)
        except ConfigError as exc:
            scope.linter = None
            scope.error = " ".join(str(exc).split())
    return scope.linter


def _path_ignores(scope: _Scope, task: Task) -> tuple[str, ...]:
    config = scope.config
    target = task.fs_path or (task.path if task.path != "-" else None)  # stdin: the --stdin-filename
    if not config.per_path_ignores or target is None:
        return ()
    rel = relative_posix(Path(target), scope.base)
    out: list[str] = []
    for glob, rules in config.per_path_ignores.items():
        if glob_matches(rel, (glob,)):
            out.extend(rules)
    return tuple(out)


def _is_template(scope: _Scope, task: Task, source: Any, settings: Settings) -> bool:
    if settings.template or source.template or source.kind == "jinja":
        return True
    if scope.config.template_globs:
        target = task.fs_path or task.path
        rel = relative_posix(Path(target), scope.base)
        return glob_matches(rel, scope.config.template_globs)
    return False


def _interview_for(source: Any, settings: Settings) -> Any:
    if source.interview is not None:
        return source.interview
    if settings.interview is not None:
        return settings.interview
    if settings.interviews:
        return pick_interview(settings.interviews, source.draft, settings.now)
    return None


def _lint_source(source: Any, task: Task, scope: _Scope, settings: Settings) -> tuple[Any, list[str], list[str]]:
    """Lint one loaded source: (report, errors, notes)."""
    linter = scope.linter
    errors: list[str] = []
    notes: list[str] = []
    template = _is_template(scope, task, source, settings)
    ignore = _path_ignores(scope, task)
    interview = _interview_for(source, settings)
    now = None if template else settings.now
    report = linter.lint(source.draft, interview, now=now, template=template, clock=False, source=source,
                         ignore=ignore)
    if template and source.sample:
        from ..templating import has_jinja_syntax, jinja_available

        if has_jinja_syntax(source.draft.body) or has_jinja_syntax(source.draft.subject):
            if not jinja_available():
                notes.append("jinja2 is not installed, so templates with a [sample] table are linted as templates "
                              "only (pip install jinja2, or the jinja extra, to render them)")
            else:
                from ._jinja import lint_rendered

                report, error = lint_rendered(report, source, linter, interview, ignore, scope.config)
                if error:
                    errors.append(error)
    if source.kind in _FIXABLE_KINDS and "ignore-next-line" in source.draft.body:
        report = _line_ignores(report, source, task, settings, notes)
    return report, errors, notes


def _line_ignores(report: Any, source: Any, task: Task, settings: Settings, notes: list[str]) -> Any:
    """Drop the findings an ``ignore-next-line`` comment silences; note the comments that silenced nothing
    (with --report-unused-suppressions)."""
    from ..suppress import apply_line_ignores, find_line_ignores

    ignores = find_line_ignores(source.draft.body, source.kind)
    if not ignores:
        return report
    kept, unused = apply_line_ignores(report.findings, ignores)
    if settings.report_unused:
        first = source.origin.body_line if source.origin is not None else 1
        for ig in unused:
            notes.append(f"{task.path}:{first + ig.line - 1}: warning: this ignore-next-line comment silenced "
                         f"nothing ({', '.join(ig.selectors)}): remove it")
    return dataclasses.replace(report, findings=tuple(kept)) if len(kept) != len(report.findings) else report


def _protected(source: Any, report: Any) -> list[tuple[int, int]]:
    """Ranges of the body that a fix must never touch: template slots and suppression comments."""
    import re

    from ..document import Document

    doc = Document(source.draft)
    ranges = [doc.body.to_raw(p.start, p.end) for p in doc.placeholders]
    ranges += [(m.start(), m.end()) for m in re.finditer(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", source.draft.body, re.S)]
    if source.origin is not None:
        ranges += list(getattr(source.origin, "hidden", ()))
    return ranges


def touches_protected(edits: Sequence[Any], protected: Sequence[tuple[int, int]]) -> bool:
    """Whether a body edit overlaps (or inserts inside) one of the ``protected`` ranges."""
    return any(e.start < pe and ps < e.end or (e.start == e.end and ps < e.start < pe)
               for e in edits for ps, pe in protected)


def _fixed_text(source: Any, report: Any, raw_text: str) -> tuple[str, int] | None:
    """The file's new text with the body fixes applied (safe ones; unsafe ones too with --unsafe-fixes),
    and how many fixes; None when nothing changes."""
    from ..fixes import apply_fixes
    from ..results import Applicability

    body = source.draft.body
    if not raw_text.endswith(body):
        return None
    protected = _protected(source, report)
    kept = []
    allowed = (Applicability.SAFE, Applicability.UNSAFE) if _SETTINGS.unsafe else (Applicability.SAFE,)
    for f in report.findings:
        usable = [x for x in f.fixes if x.applicability in allowed]
        if not usable or f.data.get("rendered"):
            continue
        fix = usable[0]
        if not fix.edits or any(e.field != "body" for e in fix.edits):
            continue  # the front matter and the Subject line are never rewritten
        if touches_protected(fix.edits, protected):
            continue
        kept.append(dataclasses.replace(f, fixes=(fix,)))
    if not kept:
        return None
    new_draft = apply_fixes(source.draft, dataclasses.replace(report, findings=tuple(kept)), applicability=allowed[-1])
    if new_draft.body == body:
        return None
    return raw_text[: len(raw_text) - len(body)] + new_draft.body, len(kept)


@dataclass
class _Outcome:
    result: FileResult
    notes: list[str] = field(default_factory=list)
    old_text: str | None = None
    new_text: str | None = None
    bom: bool = False
    fixes: int = 0
    interview: Any = None
    json_entry: str | None = None  # the file's entry of the JSON output, encoded in the worker


def lint_task(task: Task) -> _Outcome:
    """Load and lint one file (runs in a worker process with ``--jobs``)."""
    from .. import loaders

    scope = _SCOPES[task.config_index]
    settings = _SETTINGS
    result = FileResult(task.path)
    if scope.error is not None:
        result.errors.append(scope.error)
        return _Outcome(result)
    try:
        if task.data is not None:
            source = loaders.load_data(task.data, task.path)
        else:
            source = loaders.load(task.fs_path or task.path)
        report, errors, notes = _lint_source(source, task, scope, settings)
        outcome = _Outcome(result, notes=notes, interview=_interview_for(source, settings))
        result.report = report
        result.errors.extend(errors)
        if settings.fix and source.kind in _FIXABLE_KINDS:
            raw = task.data if task.data is not None else read_capped(task.fs_path or task.path)
            bom = raw.startswith(b"\xef\xbb\xbf")
            raw_text = raw[3:].decode("utf-8") if bom else raw.decode("utf-8")
            fixed = _fixed_text(source, report, raw_text)
            if fixed is not None:
                new_text, count = fixed
                new_source = loaders._text_source(new_text, task.fs_path or task.path, source.kind)
                new_report, new_errors, _ = _lint_source(new_source, task, scope, settings)
                result.report = new_report
                result.errors[:] = new_errors
                outcome.old_text, outcome.new_text, outcome.bom, outcome.fixes = raw_text, new_text, bom, count
        if settings.json_entries and result.report is not None:
            from ..output.json import encode_entry

            outcome.json_entry = encode_entry(result)
        return outcome
    except FollowupLintError as exc:
        result.errors.append(_strip_path(str(exc), task.path, task.fs_path))
    except RecursionError:
        result.errors.append("the input is nested too deeply to read")
    except MemoryError:
        result.errors.append("out of memory while reading this input")
    except OSError as exc:
        result.errors.append(f"cannot read: {exc.strerror or exc}")
    return _Outcome(result)


def _lint_all(tasks: list[Task], jobs: int) -> Iterator[_Outcome]:
    if jobs > 1 and len(tasks) > 1:
        import multiprocessing

        # Load the lazily built resources (dictionaries, hyphenation) once, before forking, so that
        # every worker inherits them instead of loading its own.
        from ..model import Draft

        for scope in {id(_SCOPES[t.config_index]): _SCOPES[t.config_index] for t in tasks}.values():
            if scope.linter is not None:
                try:
                    scope.linter.lint(Draft(body="Hi Dana,\n\nThank you for the talk.\n\nBest,\nSam\n"),
                                      clock=False)
                except Exception:  # a warm-up only: the real run reports any problem
                    pass

        try:
            ctx = multiprocessing.get_context("fork")
        except ValueError:
            ctx = None
        if ctx is not None:
            import gc

            # Big chunks: the parent's share (receiving and unpickling results, waking for each chunk)
            # is serial work taken from the workers' cores; 128 drafts are ~0.2 s of work, so the last
            # chunk leaves a worker idle only briefly.
            chunk = max(1, min(128, len(tasks) // (jobs * 8)))
            # objects that exist now are never collected in the workers, so the collector does not
            # touch (and copy) every shared page of the word list in each of them
            gc.freeze()
            try:
                with ctx.Pool(jobs) as pool:
                    yield from pool.imap(lint_task, tasks, chunksize=chunk)
            finally:
                gc.unfreeze()
            return
    for task in tasks:
        yield lint_task(task)


# -- the command -------------------------------------------------------------------------------------------

def _load_interviews(args: argparse.Namespace, settings: Settings) -> None:
    from ..loaders import load_interviews

    if args.interview and args.interviews:
        raise UsageError("followup-lint: give --interview or --interviews, not both")
    if args.interview:
        items = load_interviews(args.interview)
        if len(items) == 1:
            settings.interview = items[0]
        else:
            settings.interviews = items
    elif args.interviews:
        settings.interviews = load_interviews(args.interviews)


def _color(args: argparse.Namespace) -> bool:
    """--color always|never, else FORCE_COLOR (set and not 0), else NO_COLOR, else: is stdout a terminal."""
    if args.format != "text":
        return False
    choice = getattr(args, "color", "auto") or "auto"
    if choice != "auto":
        return choice == "always"
    if os.environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    if args.output or os.environ.get("NO_COLOR"):
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _write(text: str, output: str | None) -> None:
    # json_safe: a non-UTF-8 file name (lone surrogates) is written as a JSON escape, never as bytes that
    # are not UTF-8 (nor a UnicodeEncodeError); human-readable formats have escaped it already
    text = json_safe(text)
    try:
        if output is None:
            try:
                sys.stdout.write(text)
                sys.stdout.flush()
            except OSError:  # stdout on a full disk (/dev/full): say so once, and no second try at exit
                _stdout_to_devnull()
                raise
            return
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{escape(output or 'stdout')}: cannot write the results: {exc.strerror or exc}") from None


def _stdout_to_devnull() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _threshold(scope: _Scope | None, args: argparse.Namespace) -> Any:
    from ..results import Severity

    name = args.fail_on or (scope.config.fail_on if scope is not None else "error")
    return None if name == "never" else Severity.parse(name)


def run_check(args: argparse.Namespace) -> int:
    global _SETTINGS

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("followup-lint: --jobs must be at least 1")
    if args.fix and args.write_baseline:
        raise UsageError("followup-lint: --fix and --write-baseline do not go together")
    _SCOPES.clear()
    settings = Settings(now=_parse_now(args.now), template=args.template, fix=args.fix or args.diff,
                        unsafe=getattr(args, "unsafe_fixes", False),
                        report_unused=getattr(args, "report_unused_suppressions", False))
    try:
        _load_interviews(args, settings)
        configs = _Configs(args)
        if configs.select is not None or configs.ignore or configs.extend_select:
            from ..registry import Registry, check_selectors

            check_selectors([*(configs.select or ()), *configs.ignore, *configs.extend_select],
                            Registry.default(plugins=not args.no_plugins), "--select/--ignore")
        baseline = None
        if args.baseline:
            from ..baseline import load_baseline

            baseline = load_baseline(args.baseline)
    except FollowupLintError as exc:
        print(f"followup-lint: {escape(' '.join(str(exc).split()))}", file=sys.stderr)
        return EXIT_ERROR
    _SETTINGS = settings

    slots: list[tuple[Task | None, FileResult | None]] = []
    _collect(args, configs, slots)
    for task, _ in slots:  # build the linters before forking, so workers inherit them
        if task is not None:
            _linter(_SCOPES[task.config_index])
    slots = _config_errors_once(slots)
    tasks = [t for t, _ in slots if t is not None]
    jobs = args.jobs or next((s.config.jobs for s in _SCOPES if s.config.jobs), None) or \
        (min(os.cpu_count() or 1, 8) if len(tasks) >= 64 else 1)

    # A big --format json run with several processes: each worker encodes its files' JSON entries (in
    # parallel) and the parent joins them, instead of encoding every report after the last file.
    from ..output.json import PRETTY_MAX_FILES

    settings.json_entries = (jobs > 1 and args.format == "json" and len(slots) > PRETTY_MAX_FILES
                             and not (args.diff or args.baseline or args.write_baseline))
    bar = _progress_bar(args, len(tasks))
    outcomes: dict[int, _Outcome] = {}
    try:
        for i, outcome in enumerate(_lint_all(tasks, jobs)):
            outcomes[i] = outcome
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()

    results: list[FileResult] = []
    # {id(result): (report, its encoded entry)}: the entry is used while result.report is still that report
    json_entries = {id(o.result): (o.result.report, o.json_entry) for o in outcomes.values() if o.json_entry is not None}
    scopes_of: list[_Scope | None] = []
    notes: list[str] = []
    diffs: list[str] = []
    fixed_files = fixed_count = 0
    stdin_text: str | None = None
    n = 0
    for task, ready in slots:
        if task is None:
            assert ready is not None
            results.append(ready)
            scopes_of.append(None)
            continue
        outcome = outcomes[n]
        n += 1
        for note in outcome.notes:
            if note not in notes:
                notes.append(note)
        if task.fs_path is None and args.fix and not args.diff:  # --fix -: the fixed text on stdout
            stdin_text = outcome.new_text if outcome.new_text is not None else _stdin_text(task)
            fixed_files += outcome.new_text is not None
            fixed_count += outcome.fixes
        elif outcome.new_text is not None and outcome.old_text is not None:
            if args.diff:
                import difflib

                diffs.append("".join(difflib.unified_diff(
                    outcome.old_text.splitlines(keepends=True), outcome.new_text.splitlines(keepends=True),
                    fromfile=f"a/{task.path}", tofile=f"b/{task.path}")))
            else:
                try:
                    data = outcome.new_text.encode("utf-8")
                    # atomic (a full disk leaves the note whole), mode kept, never through a symlink
                    write_atomic(task.fs_path or task.path, (b"\xef\xbb\xbf" if outcome.bom else b"") + data)
                    fixed_files += 1
                    fixed_count += outcome.fixes
                except InputError as exc:
                    outcome.result.errors.append(f"not fixed: {_strip_path(str(exc), task.fs_path, task.path)}")
                except OSError as exc:
                    outcome.result.errors.append(f"cannot write the fixed file: {exc.strerror or exc}")
        results.append(outcome.result)
        scopes_of.append(_SCOPES[task.config_index])

    if stdin_text is not None:
        sys.stdout.write(stdin_text)
        sys.stdout.flush()
    for note in notes:
        print(note if ": warning: " in note else f"followup-lint: {note}", file=sys.stderr)
    _add_duplicates(tasks, outcomes)
    for r in results:
        for e in r.errors:
            print(f"{escape(r.path)}: error: {escape(e)}", file=sys.stderr)  # a file name is untrusted

    has_errors = any(r.errors for r in results)
    if args.write_baseline:
        from ..baseline import write_baseline
        from .._version import __version__

        try:
            count = write_baseline(args.write_baseline, results, __version__)
        except FollowupLintError as exc:
            print(f"followup-lint: {escape(' '.join(str(exc).split()))}", file=sys.stderr)
            return EXIT_ERROR
        if not args.quiet:
            print(f"followup-lint: recorded {count} finding{'s' if count != 1 else ''} in {args.write_baseline}",
                  file=sys.stderr)
        return EXIT_ERROR if has_errors else EXIT_OK

    if baseline is not None:
        for r in results:
            if r.report is None:
                continue
            kept = tuple(f for f in r.report.findings if not baseline.known(r.path, f.fingerprint))
            r.baselined = len(r.report.findings) - len(kept)
            if r.baselined:
                r.report = dataclasses.replace(r.report, findings=kept)

    if getattr(args, "min_severity", None):
        _hide_below(results, args.min_severity)

    if args.diff:
        try:
            _write("".join(diffs), args.output)
        except FollowupLintError as exc:
            print(f"followup-lint: {escape(str(exc))}", file=sys.stderr)
            return EXIT_ERROR
        if has_errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if diffs and not args.exit_zero else EXIT_OK

    from ..registry import Registry
    from .._version import __version__

    linter = next((s.linter for s in _SCOPES if s.linter is not None), None)
    try:
        rules = tuple(linter.registry) if linter is not None else tuple(Registry.default(plugins=not args.no_plugins))
    except FollowupLintError:
        rules = ()
    extra: dict[str, Any] = {"json_entries": json_entries} if json_entries else {}
    extra["unsafe_fixes"] = settings.unsafe
    extra["fail_on"] = {r.path: _threshold(scope, args) for r, scope in zip(results, scopes_of)}
    context = RenderContext(rules=rules, color=_color(args), quiet=args.quiet,
                            statistics=args.statistics and args.format == "text", version=__version__,
                            extra=extra)
    text = render(args.format, results, context)
    try:
        if stdin_text is not None and args.output is None:  # stdout holds the fixed text
            sys.stderr.write(text)
        else:
            _write(text, args.output)
    except FollowupLintError as exc:
        print(f"followup-lint: {escape(' '.join(str(exc).split()))}", file=sys.stderr)
        return EXIT_ERROR
    if args.statistics and args.format != "text":
        from ..output.text import statistics

        for line in statistics(results):
            print(line, file=sys.stderr)
    if fixed_files and not args.quiet:
        print(f"followup-lint: applied {fixed_count} fix{'es' if fixed_count != 1 else ''} "
              f"in {fixed_files} file{'s' if fixed_files != 1 else ''}", file=sys.stderr)
    if has_errors:
        return EXIT_ERROR
    failing = False
    for r, scope in zip(results, scopes_of):
        threshold = _threshold(scope, args)
        if threshold is not None and any(f.severity >= threshold for f in r.findings):
            failing = True
            break
    if failing and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_OK


def _stdin_text(task: Task) -> str:
    data = task.data or b""
    return data.decode("utf-8-sig", errors="replace")


def _hide_below(results: list[FileResult], name: str) -> None:
    """--min-severity: drop the findings below it from what is shown (and from the exit status)."""
    from ..results import Severity

    floor = Severity.parse(name)
    for r in results:
        if r.report is not None and any(f.severity < floor for f in r.report.findings):
            kept = tuple(f for f in r.report.findings if f.severity >= floor)
            r.hidden += len(r.report.findings) - len(kept)
            r.report = dataclasses.replace(r.report, findings=kept)


def _config_errors_once(slots: list[tuple[Task | None, FileResult | None]]) -> list[tuple[Task | None, FileResult | None]]:
    """A config whose linter cannot be built (a bad rule option, a missing dictionaries file) is reported
    once, against the config file, instead of once for every file under it."""
    out: list[tuple[Task | None, FileResult | None]] = []
    reported: set[int] = set()
    for task, ready in slots:
        if task is not None and _SCOPES[task.config_index].error is not None:
            scope = _SCOPES[task.config_index]
            if task.config_index not in reported:
                reported.add(task.config_index)
                where = scope.config.path or task.path
                out.append((None, FileResult(where, errors=[_strip_path(scope.error or "", where)])))
            continue
        out.append((task, ready))
    return out


def _add_duplicates(tasks: list[Task], outcomes: dict[int, _Outcome]) -> None:
    """The batch rules (duplicate-note, FL309) over the notes of this run: ``Linter.check_batch``, the step
    ``Linter.lint_many`` ends with."""
    if len(tasks) < 2:
        return
    from ..batch import BatchEntry, merge_findings

    scope = next((_SCOPES[t.config_index] for t in tasks if _SCOPES[t.config_index].linter is not None), None)
    if scope is None or not scope.linter.batch_rules:
        return
    entries = []
    for i, task in enumerate(tasks):
        o = outcomes[i]
        report = o.result.report
        entries.append(BatchEntry(report.draft if report is not None else None, o.interview, report, task.path))
    for index, extra in scope.linter.check_batch(entries).items():
        result = outcomes[index].result
        if result.report is not None:
            result.report = merge_findings(result.report, extra)


def _progress_bar(args: argparse.Namespace, total: int) -> Any:
    """A tqdm bar on stderr for a long run, or None: only on an interactive terminal, never when stderr
    is piped, in CI (``CI`` set), on a dumb terminal or with ``--quiet``. tqdm is imported only here, so
    that it costs nothing to a run that draws no bar."""
    if args.quiet or total < _PROGRESS_MIN_FILES or not _isatty(sys.stderr):
        return None
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is a dependency, but a broken install must not stop the lint
        return None
    return tqdm(total=total, unit="file", file=sys.stderr, leave=False, mininterval=0.1, dynamic_ncols=True,
                desc="followup-lint")


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False

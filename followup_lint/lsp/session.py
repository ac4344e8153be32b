"""What the server knows beyond one buffer: its options, the workspace's configuration, the interviews.

Everything is found as ``followup-lint check`` finds it, through the command line's own functions:
the nearest ``.followup-lint.toml`` or ``pyproject.toml`` above each file (or the ``config`` /
``isolated`` options), and the interview from the buffer's front matter, else the ``interview`` option,
else the interview book (the ``interviews`` option, ``$FOLLOWUP_LINT_INTERVIEWS`` or ``interviews.toml``
in the user's config directory) matched by the buffer's recipients (``To:``, ``Cc:``).

Options are the client's ``initializationOptions``::

    {"interview": "PATH", "interviews": "PATH", "config": "PATH", "isolated": false, "select": ["FL1"],
     "ignore": ["FL307"], "template": false, "now": "now", "debounceMs": 300}

Relative paths are read from the workspace root. The config file that applies to a buffer is looked for
at each lint (a few ``stat`` calls): one that appears or is edited is read at the next lint. A problem
with the options, a config file or a book is collected in :attr:`Session.messages` (each said once);
linting goes on with the defaults.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import threading
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..cli import UsageError
from ..cli.check import _SCOPES, Settings, Task, _Configs, _linter, _lint_source, _parse_now, _Scope, _strip_path
from ..config import Config
from ..errors import FollowupLintError
from .buffer import Analysis, BufferMap, loader_bytes

__all__ = ["Session", "TEMPLATE_LANGUAGES", "CONFIG_NAMES"]

TEMPLATE_LANGUAGES = frozenset({"jinja", "jinja2", "jinja-html", "html.jinja", "htmldjango", "j2"})
CONFIG_NAMES = frozenset({".followup-lint.toml", "pyproject.toml"})
_SUFFIX_BY_LANGUAGE = {"markdown": ".md", "plaintext": ".txt", "text": ".txt", "html": ".html", "mail": ".eml",
                       "email": ".eml", **{lang: ".j2" for lang in TEMPLATE_LANGUAGES}}
_KNOWN_OPTIONS = frozenset({"interview", "interviews", "config", "isolated", "select", "ignore", "template", "now",
                            "debounceMs"})


def _strings(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [x.strip() for x in value.split(",") if x.strip()]
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return list(value)
    return None


class Session:
    """Configuration and interview discovery for one client; :meth:`analyse` lints one buffer."""

    def __init__(self, root: str | None, options: Mapping[str, Any] | None = None,
                 environ: Mapping[str, str] | None = None) -> None:
        self.root = Path(root) if root else None
        self.environ = os.environ if environ is None else environ
        self.messages: list[str] = []
        self._said: set[str] = set()
        self._lock = threading.Lock()
        self._configs: _Configs | None = None
        self._fallback: _Scope | None = None   # the defaults, used when a configuration is broken
        self._found: dict[Path, Path | None] = {}       # folder -> the config file that applies to it
        self._mtimes: dict[Path | None, int | None] = {}  # config file -> its mtime when last read
        self._book: tuple[Path, float | None, list[Any]] | None = None
        options = dict(options or {})
        for key in sorted(set(options) - _KNOWN_OPTIONS):
            self.say(f"unknown initialization option {key!r} (known: {', '.join(sorted(_KNOWN_OPTIONS))})")
        self.select = self._list_option(options, "select")
        self.ignore = self._list_option(options, "ignore") or []
        self.isolated = bool(options.get("isolated", False))
        self.template = bool(options.get("template", False))
        self.config_path = self._path_option(options, "config")
        self.interview_path = self._path_option(options, "interview")
        self.book_path = self._path_option(options, "interviews")
        self.now = options.get("now") if isinstance(options.get("now"), str) else None
        debounce = options.get("debounceMs", 300)
        self.debounce_s = max(0, debounce) / 1000 if isinstance(debounce, (int, float)) else 0.3
        self._interview: Any = None
        self._interviews: list[Any] | None = None
        if self.interview_path is not None:
            from ..loaders import load_interviews

            try:
                items = load_interviews(self.interview_path)
            except FollowupLintError as exc:
                self.say(str(exc))
            else:
                if len(items) == 1:
                    self._interview = items[0]
                else:
                    self._interviews = items

    # -- messages and options ----------------------------------------------------------------------------

    def say(self, message: str) -> None:
        """Keep ``message`` for the client, once per session."""
        message = " ".join(str(message).split())
        if message not in self._said:
            self._said.add(message)
            self.messages.append(message)

    def take_messages(self) -> list[str]:
        out, self.messages = self.messages, []
        return out

    def _list_option(self, options: Mapping[str, Any], key: str) -> list[str] | None:
        if key not in options or options[key] is None:
            return None
        value = _strings(options[key])
        if value is None:
            self.say(f"initialization option {key!r} must be a list of rule codes or names")
        return value

    def _path_option(self, options: Mapping[str, Any], key: str) -> Path | None:
        value = options.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.say(f"initialization option {key!r} must be a path")
            return None
        path = Path(value).expanduser()
        if not path.is_absolute() and self.root is not None:
            path = self.root / path
        return path

    # -- configuration -----------------------------------------------------------------------------------

    def _default_scope(self) -> _Scope:
        if self._fallback is None:
            self._fallback = _Scope(Config(), self.root or Path.cwd())
            _linter(self._fallback)
        return self._fallback

    def _config_changed(self, path: Path) -> bool:
        """Whether the config file that applies to ``path`` is another, or was edited, since last seen."""
        from ..config import find_config

        if self.isolated:
            return False
        folder = (path if path.is_dir() else path.parent).resolve()
        found = self.config_path if self.config_path is not None else find_config(folder)
        try:
            mtime = found.stat().st_mtime_ns if found is not None else None
        except OSError:
            mtime = None
        changed = self._found.get(folder, found) != found or self._mtimes.get(found, mtime) != mtime
        self._found[folder] = found
        self._mtimes[found] = mtime
        return changed

    def _scope(self, path: Path) -> _Scope:
        if self._config_changed(path):
            self._configs = None
            _SCOPES.clear()
        if self._configs is None:
            args = argparse.Namespace(select=[self.select] if self.select is not None else None,
                                      ignore=[self.ignore] if self.ignore else None, isolated=self.isolated,
                                      config=str(self.config_path) if self.config_path else None,
                                      no_plugins=False, fail_on=None)
            try:
                self._configs = _Configs(args)
            except FollowupLintError as exc:
                self.say(str(exc))
                return self._default_scope()
        try:
            scope = _SCOPES[self._configs.for_path(path)]
        except FollowupLintError as exc:
            self.say(str(exc))
            return self._default_scope()
        if _linter(scope) is None:
            self.say(scope.error or "the configuration could not be used")
            return self._default_scope()
        return scope

    # -- interviews --------------------------------------------------------------------------------------

    def _book_interviews(self) -> list[Any]:
        from ..hook.book import locate, read_book

        where = locate(self.book_path, self.environ)
        try:
            mtime: float | None = where.path.stat().st_mtime
        except OSError:
            mtime = None
            if where.explicit:
                self.say(f"{where.path}: the interview book does not exist")
        if self._book is not None and self._book[:2] == (where.path, mtime):
            return self._book[2]
        try:
            items = read_book(where.path) if mtime is not None else []
        except FollowupLintError as exc:
            self.say(str(exc))
            items = []
        self._book = (where.path, mtime, items)
        return items

    def _settings(self, template: bool) -> Settings:
        now = None
        if self.now is not None:
            try:
                now = _parse_now(self.now)
            except UsageError as exc:
                self.say(str(exc).replace("--now", "the initialization option 'now'"))
        interviews = self._interviews
        if self._interview is None and interviews is None:
            interviews = self._book_interviews()
        return Settings(now=now, template=self.template or template, interview=self._interview,
                        interviews=interviews)

    # -- linting -----------------------------------------------------------------------------------------

    def name_for(self, path: str | None, language_id: str | None) -> str:
        """The file name a buffer is linted as: its path, else ``untitled`` with the language's suffix."""
        if path:
            return path
        return "untitled" + _SUFFIX_BY_LANGUAGE.get((language_id or "").lower(), ".txt")

    def analyse(self, text: str, path: str | None, language_id: str | None = None,
                ignore: Iterable[str] = ()) -> Analysis:
        """Lint one buffer's text (thread-safe; one lint at a time)."""
        with self._lock:
            try:
                return self._analyse(text, path, language_id, tuple(ignore))
            except Exception as exc:  # the last resort: a diagnostic, never a dead server
                problem = f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())} (please report this)"
                return Analysis(text=text, problem=problem)

    def _analyse(self, text: str, path: str | None, language_id: str | None, ignore: tuple[str, ...]) -> Analysis:
        from .. import loaders

        name = self.name_for(path, language_id)
        folder = Path(path).parent if path else (self.root or Path.cwd())
        scope = self._scope(Path(path) if path else folder)
        analysis = Analysis(text=text, registry=scope.linter.registry)
        data = loader_bytes(text, name)
        limit = scope.config.max_size
        if len(data) > limit:
            analysis.problem = (f"This draft is {len(data):,} bytes, over the max-size limit of {limit:,} bytes: "
                                "followup-lint does not check it (raise max-size in the configuration to check it)")
            return analysis
        template = (language_id or "").lower() in TEMPLATE_LANGUAGES
        settings = self._settings(template)
        try:
            source = loaders.load_data(data, name)
            if ignore:
                source = dataclasses.replace(source, ignore=(*source.ignore, *ignore))
            task = Task(name, None, -1, data=data)
            report, errors, notes = _lint_source(source, task, scope, settings)
        except FollowupLintError as exc:
            analysis.problem = _strip_path(str(exc), name)
            return analysis
        for note in (*errors, *notes):
            self.say(note)
        analysis.source, analysis.report, analysis.kind = source, report, source.kind
        analysis.bmap = BufferMap(text, source.draft)
        analysis.place_all()
        return analysis

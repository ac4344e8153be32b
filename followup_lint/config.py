"""Configuration: one schema for the top-level keys, and every rule's ``Options`` registered into it.

Files: ``[tool.followup-lint]`` in ``pyproject.toml`` or ``.followup-lint.toml`` (same keys at the top
level; it wins over ``pyproject.toml`` in the same folder). Keys are kebab-case in files and snake_case
on :class:`Config`. An unknown key is a :class:`ConfigError` naming the key and the file.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Final, Mapping

from .errors import ConfigError, InputError
from .results import Severity

if typing.TYPE_CHECKING:
    from .rule import Rule

__all__ = ["Config", "LanguageToolConfig", "GrammarConfig", "find_config", "load_config", "option_schema", "build_options",
           "CONFIG_FILES"]

CONFIG_FILES: Final = (".followup-lint.toml", "pyproject.toml")
LANGUAGES: Final = ("en", "en-US", "en-GB")
FAIL_ON: Final = ("info", "warning", "error", "never")


@dataclass(frozen=True, slots=True)
class LanguageToolConfig:
    """``[languagetool]``: where the grammar checker's server is, if the user runs one."""

    url: str | None = None
    public_api: bool = False
    timeout_s: float = 3.0
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    language: str | None = None

    @property
    def configured(self) -> bool:
        return bool(self.url) or self.public_api


#: ``[grammar] backend``: the grammar checker FL110 uses
GRAMMAR_BACKENDS: Final = ("harper", "languagetool", "none")


@dataclass(frozen=True, slots=True)
class GrammarConfig:
    """``[grammar]``: which grammar checker the ``grammar`` rule uses. ``backend`` unset means "none",
    unless ``[languagetool]`` names a server (then "languagetool", as before the table existed)."""

    backend: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """The effective configuration. Build one with keywords, ``Config.from_dict`` or ``load_config``."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str = "error"
    language: str = "en"
    words: tuple[str, ...] = ()
    dictionaries: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] | None = None     # None: the walk's default folder list (walk.DEFAULT_EXCLUDE)
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    template_globs: tuple[str, ...] = ()
    per_path_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    jobs: int | None = None
    max_size: int = 1_000_000
    plugins: bool = True
    #: public holidays and each country's weekend in the timing rules (false: Saturday and Sunday only)
    holidays: bool = True
    languagetool: LanguageToolConfig = field(default_factory=LanguageToolConfig)
    grammar: GrammarConfig = field(default_factory=GrammarConfig)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    path: str | None = field(default=None, compare=False)
    extra_words: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        where = self.path or "configuration"
        if self.language not in LANGUAGES:
            raise ConfigError(f"{where}: language {self.language!r} is not one of {', '.join(LANGUAGES)}")
        if self.fail_on not in FAIL_ON:
            raise ConfigError(f"{where}: fail-on {self.fail_on!r} is not one of {', '.join(FAIL_ON)}")
        if not isinstance(self.max_size, int) or self.max_size <= 0:
            raise ConfigError(f"{where}: max-size must be a positive number of bytes")
        if self.jobs is not None and (not isinstance(self.jobs, int) or not 1 <= self.jobs <= 1024):
            raise ConfigError(f"{where}: jobs must be a positive integer (at most 1024)")
        if isinstance(self.grammar, str):  # Config(grammar="harper")
            object.__setattr__(self, "grammar", GrammarConfig(self.grammar))
        if self.grammar.backend is not None and self.grammar.backend not in GRAMMAR_BACKENDS:
            raise ConfigError(f"{where}: grammar.backend {self.grammar.backend!r} is not one of "
                              f"{', '.join(GRAMMAR_BACKENDS)}")
        for name in ("ignore", "extend_select", "words", "dictionaries", "include", "exclude", "extend_exclude",
                     "template_globs"):
            value = getattr(self, name)
            if value is None and name == "exclude":
                continue
            if isinstance(value, str):
                object.__setattr__(self, name, (value,))
            elif not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))
        if self.select is not None and not isinstance(self.select, tuple):
            object.__setattr__(self, "select", (self.select,) if isinstance(self.select, str) else tuple(self.select))
        ppi = {k: (v,) if isinstance(v, str) else tuple(v) for k, v in dict(self.per_path_ignores).items()}
        object.__setattr__(self, "per_path_ignores", types.MappingProxyType(ppi))
        rules = {k: types.MappingProxyType(dict(v)) for k, v in dict(self.rules).items()}
        object.__setattr__(self, "rules", types.MappingProxyType(rules))

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # MappingProxyType does not pickle: ship plain dicts (process pools with spawn, Dask, Spark)
        values = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        values["per_path_ignores"] = dict(self.per_path_ignores)
        values["rules"] = {k: dict(v) for k, v in self.rules.items()}
        return (_config_from_fields, (values,))

    def __hash__(self) -> int:
        return hash((self.select, self.ignore, self.extend_select, self.language, self.words,
                     self.dictionaries, tuple(sorted(self.rules)), self.plugins, self.languagetool, self.grammar))

    @property
    def grammar_backend(self) -> str:
        """The grammar checker in effect: ``[grammar] backend``, else "languagetool" when ``[languagetool]``
        names a server, else "none"."""
        backend = self.grammar.backend
        if backend is None:
            return "languagetool" if self.languagetool.configured else "none"
        return backend

    @property
    def walk_exclude(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(the user's globs: ``exclude`` and ``extend-exclude``; the walk's default folders, which a
        given ``exclude`` replaces, as in ruff)."""
        from .walk import DEFAULT_EXCLUDE

        user = (*(self.exclude or ()), *self.extend_exclude)
        return user, (DEFAULT_EXCLUDE if self.exclude is None else ())

    @property
    def fail_on_severity(self) -> Severity | None:
        return None if self.fail_on == "never" else Severity.parse(self.fail_on)

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, path: str | None = None) -> Config:
        """A config from a file's table (kebab-case keys); unknown keys are a ``ConfigError``."""
        return _parse(data, path or "configuration")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name in ("path", "extra_words"):
                continue
            value = getattr(self, f.name)
            if value is None:
                continue
            key = f.name.replace("_", "-")
            if isinstance(value, (LanguageToolConfig, GrammarConfig)):
                value = {k.name.replace("_", "-"): _plain(getattr(value, k.name)) for k in dataclasses.fields(value)
                         if getattr(value, k.name) is not None}
            out[key] = _plain(value)
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


# -- the schema ----------------------------------------------------------------------------------------

def _strlist(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"{where}: {key} must be a list of strings")


def _globs(value: Any, key: str, where: str) -> tuple[str, ...]:
    """A list of globs that all compile (``[z-a]`` is a ConfigError here, not a crash of the walk)."""
    import re

    from .walk import glob_matches

    globs = _strlist(value, key, where)
    for glob in globs:
        try:
            glob_matches("", (glob,))
        except re.error:
            raise ConfigError(f"{where}: {key}: {glob!r} is not a valid glob (check its [...] brackets)") from None
    return globs


def _http_url(value: Any, key: str, where: str) -> str:
    """Only ``http`` and ``https``: a repository's config must not point the backend at ``file:``."""
    from urllib.parse import urlsplit

    if not isinstance(value, str) or urlsplit(value.strip()).scheme.lower() not in ("http", "https") \
            or not urlsplit(value.strip()).netloc:
        raise ConfigError(f"{where}: {key} must be an http:// or https:// URL such as http://localhost:8081, "
                          f"got {value!r}")
    return value


def _typed(kind: type | tuple[type, ...], label: str) -> Callable[[Any, str, str], Any]:
    def check(value: Any, key: str, where: str) -> Any:
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise ConfigError(f"{where}: {key} must be {label}, got {value!r}")
        if not isinstance(value, kind):
            raise ConfigError(f"{where}: {key} must be {label}, got {value!r}")
        return value
    return check


_TOP: Final[dict[str, Callable[[Any, str, str], Any]]] = {
    "select": _strlist,
    "ignore": _strlist,
    "extend-select": _strlist,
    "fail-on": _typed(str, "one of info, warning, error, never"),
    "language": _typed(str, 'one of "en", "en-US", "en-GB"'),
    "words": _strlist,
    "dictionaries": _strlist,
    "include": _globs,
    "exclude": _globs,
    "extend-exclude": _globs,
    "respect-gitignore": _typed(bool, "true or false"),
    "template-globs": _globs,
    "jobs": _typed(int, "a positive integer"),
    "max-size": _typed(int, "a number of bytes"),
    "plugins": _typed(bool, "true or false"),
    "holidays": _typed(bool, "true or false"),
}
_LT: Final[dict[str, Callable[[Any, str, str], Any]]] = {
    "url": _http_url,
    "public-api": _typed(bool, "true or false"),
    "timeout-s": _typed((int, float), "a number of seconds"),
    "enabled-rules": _strlist,
    "disabled-rules": _strlist,
    "language": _typed(str, "a language code"),
}


def _parse(data: Mapping[str, Any], where: str) -> Config:
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where}: the configuration must be a table")
    kwargs: dict[str, Any] = {"path": where}
    for key, value in data.items():
        if key in _TOP:
            kwargs[key.replace("-", "_")] = _TOP[key](value, key, where)
        elif key == "per-path-ignores":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: per-path-ignores must be a table of glob = [rules]")
            _globs(list(value), "per-path-ignores", where)
            kwargs["per_path_ignores"] = {g: _strlist(v, f"per-path-ignores.{g}", where) for g, v in value.items()}
        elif key == "languagetool":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: [languagetool] must be a table")
            lt: dict[str, Any] = {}
            for k, v in value.items():
                if k not in _LT:
                    raise ConfigError(f"{where}: unknown key 'languagetool.{k}' (known: {', '.join(_LT)})")
                lt[k.replace("-", "_")] = _LT[k](v, f"languagetool.{k}", where)
            if "timeout_s" in lt and not 0 < lt["timeout_s"] <= 3600:  # nan and inf too
                raise ConfigError(f"{where}: languagetool.timeout-s must be positive")
            kwargs["languagetool"] = LanguageToolConfig(**lt)
        elif key == "grammar":
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: [grammar] must be a table")
            for k in value:
                if k != "backend":
                    raise ConfigError(f"{where}: unknown key 'grammar.{k}' (known: backend)")
            backend = _typed(str, f"one of {', '.join(GRAMMAR_BACKENDS)}")(value.get("backend"), "grammar.backend",
                                                                            where) if "backend" in value else None
            kwargs["grammar"] = GrammarConfig(backend)
        elif key == "rules":
            if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
                raise ConfigError(f"{where}: [rules.NAME] entries must be tables")
            kwargs["rules"] = {name: dict(opts) for name, opts in value.items()}
        else:
            known = sorted([*_TOP, "per-path-ignores", "languagetool", "grammar", "rules"])
            hint = ""
            snake = key.replace("_", "-")
            if snake in known:
                hint = f" (did you mean {snake!r}? keys are kebab-case)"
            raise ConfigError(f"{where}: unknown key {key!r}{hint}")
    return Config(**kwargs)


# -- rule options ----------------------------------------------------------------------------------------

def option_schema(options_cls: type) -> dict[str, dataclasses.Field[Any]]:
    """The kebab-case keys a rule's ``Options`` dataclass accepts."""
    if not dataclasses.is_dataclass(options_cls):
        return {}
    return {f.name.replace("_", "-"): f for f in dataclasses.fields(options_cls)}


# No rule option needs more (hours, days, words, characters); 1e308, inf and nan would crash every file.
_OPTION_LIMIT: Final = 100_000


def _in_range(value: float, key: str, where: str) -> float:
    if not -_OPTION_LIMIT <= value <= _OPTION_LIMIT:  # also False for nan
        raise ConfigError(f"{where}: {key} must be a number between -{_OPTION_LIMIT:,} and {_OPTION_LIMIT:,}, "
                          f"got {value!r}")
    return value


def _coerce(value: Any, annotation: Any, key: str, where: str) -> Any:
    kind = annotation
    if isinstance(kind, str):
        kind = {"bool": bool, "int": int, "float": float, "str": str}.get(kind.split("|")[0].strip(), kind)
    origin = typing.get_origin(kind)
    if kind is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: {key} must be true or false, got {value!r}")
    elif kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: {key} must be an integer, got {value!r}")
        _in_range(value, key, where)
    elif kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: {key} must be a number, got {value!r}")
        value = _in_range(float(value), key, where)
    elif kind is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {key} must be a string, got {value!r}")
    elif origin is tuple or kind is tuple or (isinstance(kind, str) and kind.startswith("tuple")):
        value = _strlist(value, key, where)
    return value


def build_options(rule_cls: type[Rule], raw: Mapping[str, Any], where: str) -> tuple[Any, Severity | None]:
    """Validate ``[rules.NAME]`` for one rule: its ``Options`` and an optional ``severity``."""
    options_cls = getattr(rule_cls, "Options", None)
    schema = option_schema(options_cls) if options_cls else {}
    hints = typing.get_type_hints(options_cls) if options_cls else {}
    kwargs: dict[str, Any] = {}
    severity = None
    for key, value in raw.items():
        full = f"rules.{rule_cls.name}.{key}"
        if key == "severity":
            try:
                severity = Severity.parse(value)
            except ValueError:
                raise ConfigError(f"{where}: {full} must be info, warning or error, got {value!r}") from None
            continue
        if key not in schema:
            known = ", ".join(["severity", *schema]) or "severity"
            raise ConfigError(f"{where}: unknown key {full!r} (known: {known})")
        f = schema[key]
        kwargs[f.name] = _coerce(value, hints.get(f.name, f.type), full, where)
    try:
        options = options_cls(**kwargs) if options_cls else None
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: rules.{rule_cls.name}: {exc}") from None
    return options, severity


# -- files -----------------------------------------------------------------------------------------------

def _read_toml(path: Path) -> dict[str, Any]:
    from ._io import read_capped

    try:
        data = read_capped(path, what="config file")  # regular files only, bounded
        return tomllib.loads(data.decode("utf-8"))
    except InputError as exc:
        raise ConfigError(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def load_config(path: str | Path) -> Config:
    """Read one config file (``.followup-lint.toml`` or ``pyproject.toml``)."""
    path = Path(path)
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("followup-lint", {})
    return Config.from_dict(data, path=str(path))


def _probe(test: Callable[[], bool]) -> bool:
    """``test()``, False when the folder cannot be searched (its files then fail with their own error)."""
    try:
        return test()
    except OSError:
        return False


def find_config(start: str | Path) -> Path | None:
    """The nearest config file at or above ``start``: ``.followup-lint.toml`` wins in the same folder."""
    here = Path(start).resolve()
    if _probe(here.is_file) or not _probe(here.exists):
        here = here.parent
    for folder in (here, *here.parents):
        dotfile = folder / ".followup-lint.toml"
        if _probe(dotfile.is_file):
            return dotfile
        pyproject = folder / "pyproject.toml"
        if _probe(pyproject.is_file):
            try:
                data = _read_toml(pyproject)
            except ConfigError:
                raise
            if "followup-lint" in data.get("tool", {}):
                return pyproject
    return None


def warn_unknown_rules(config: Config, known: set[str]) -> None:
    for name in config.rules:
        if name not in known:
            warnings.warn(f"{config.path or 'configuration'}: options for rule {name!r}, which is not loaded",
                          stacklevel=3)


def _config_from_fields(values: dict[str, Any]) -> Config:
    """Unpickle a :class:`Config` (see ``Config.__reduce__``)."""
    return Config(**values)

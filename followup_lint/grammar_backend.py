"""The grammar checkers behind the ``grammar`` rule (FL110): Harper in process, or a LanguageTool server.

``[grammar] backend`` picks one (:func:`backend_for`); both give :class:`GrammarMatch` objects with offsets
in code points of the text checked, and raise :class:`GrammarUnavailable` (a one-line reason) when they
cannot run; the rule turns that into an info finding and a ``rules_skipped`` entry.

- ``harper`` (:class:`HarperBackend`): harper-py, Automattic's Harper bound from Rust; offline, no server.
  One ``harper.Linter`` per process and dialect, built on first use (about a second) and shared by every
  :class:`~followup_lint.Linter` (and inherited by ``lint_many``'s forked workers). Calls are serialised
  (a ``harper.Linter`` is not thread-safe) and made with file descriptor 1 pointed at the null device:
  harper-py 0.2 prints debug lines on the process's standard output from native code, which would
  otherwise land in the middle of a JSON or SARIF document.
- ``languagetool`` (:class:`LanguageToolBackend`): the only code in followup-lint that opens a network
  connection. It speaks LanguageTool's HTTP API (``POST /v2/check``) with the standard library, so that
  every call is bounded by ``[languagetool] timeout-s`` (language-tool-python's own client waits up to
  300 s per request and retries). It is used only when the user configured ``[languagetool] url`` (a
  server they run) or ``public-api = true`` (LanguageTool's public service, which receives the draft's
  text). LanguageTool counts UTF-16 code units; offsets are converted to code points of the text sent.

Nothing is downloaded here (``followup-lint languagetool serve`` downloads and runs a server: cli/languagetool.py).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Iterator

if TYPE_CHECKING:
    from .config import Config

__all__ = ["GrammarUnavailable", "GrammarMatch", "LTMatch", "LanguageToolBackend", "HarperBackend", "backend_for",
           "utf16_to_codepoints", "quiet_stdout", "PUBLIC_API_URL", "LT_LANGUAGES", "HARPER_RANGE"]

PUBLIC_API_URL: Final = "https://api.languagetool.org"
#: followup-lint's ``language`` -> LanguageTool's language code ("en" checks grammar, not US/UK spelling)
LT_LANGUAGES: Final = {"en": "en", "en-US": "en-US", "en-GB": "en-GB"}
#: the harper-py versions this backend is tested with (the ``harper`` extra pins the same range)
HARPER_RANGE: Final = ">=0.2,<0.3"
_LOOPBACK: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
_MAX_RESPONSE: Final = 16 * 1024 * 1024


class GrammarUnavailable(Exception):
    """The grammar check could not run; ``reason`` says why in one line."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True, slots=True)
class GrammarMatch:
    """One problem a grammar checker found, with offsets in code points of the text that was checked.

    For LanguageTool, ``rule_id``, ``category_id``/``category_name`` and ``issue_type`` are its rule id,
    category and issue type; for Harper, ``rule_id`` is Harper's rule ("ModalOf") and ``category_id``
    and ``issue_type`` its lint kind ("WordChoice"), ``category_name`` the kind's display name.
    A replacement ``""`` (Harper only) means "delete the span".
    """

    start: int
    end: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    category_id: str
    category_name: str
    issue_type: str
    backend: str = "languagetool"

    @property
    def is_spelling(self) -> bool:
        """A dictionary spelling match: LanguageTool's category TYPOS and speller rules (it also marks some
        grammar rules, "a apple" EN_A_VS_AN, as issue type misspelling: those are not spelling), or
        Harper's lint kind Spelling."""
        if self.backend == "harper":
            return self.issue_type == "Spelling"
        return self.category_id == "TYPOS" or self.rule_id.startswith(("MORFOLOGIK_RULE", "HUNSPELL_RULE"))


#: the name this class had when LanguageTool was the only backend
LTMatch = GrammarMatch


def utf16_to_codepoints(text: str) -> list[int]:
    """``table[u]`` is the code-point index of UTF-16 unit ``u`` of ``text`` (``len(table)`` = units + 1)."""
    table: list[int] = []
    append = table.append
    for i, ch in enumerate(text):
        append(i)
        if ord(ch) > 0xFFFF:
            append(i)  # the low surrogate belongs to the same code point
    append(len(text))
    return table


class LanguageToolBackend:
    """A bounded client for one LanguageTool server."""

    name = "languagetool"

    def __init__(self, url: str, *, timeout_s: float = 3.0, language: str = "en-US",
                 enabled_rules: tuple[str, ...] = (), disabled_rules: tuple[str, ...] = ()) -> None:
        self.url = url.rstrip("/")
        if not self.url.endswith("/v2"):
            self.url += "/v2"
        self.timeout_s = float(timeout_s)
        self.language = language
        self.enabled_rules = tuple(enabled_rules)
        self.disabled_rules = tuple(disabled_rules)
        host = urllib.parse.urlsplit(self.url).hostname or ""
        handlers: list[Any] = []
        if host in _LOOPBACK:
            handlers.append(urllib.request.ProxyHandler({}))  # never send loopback traffic through a proxy
        self._opener = urllib.request.build_opener(*handlers)

    def check(self, text: str) -> list[GrammarMatch]:
        """The matches for ``text``; raises :class:`GrammarUnavailable` on any failure or after the timeout."""
        if not text.strip():
            return []
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["value"] = self._check(text)
            except GrammarUnavailable as exc:
                box["error"] = exc
            except Exception as exc:  # never let a client bug escape as a crash
                box["error"] = GrammarUnavailable(f"the LanguageTool client failed: {exc.__class__.__name__}")

        thread = threading.Thread(target=work, name="followup-lint-languagetool", daemon=True)
        thread.start()
        thread.join(self.timeout_s + 0.05)
        if thread.is_alive():
            raise GrammarUnavailable(f"LanguageTool at {self._where()} did not answer within {self.timeout_s:g} s")
        if "error" in box:
            raise box["error"]
        return box["value"]

    def _where(self) -> str:
        parts = urllib.parse.urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    def _check(self, text: str) -> list[GrammarMatch]:
        fields = {"language": self.language, "text": text}
        if self.enabled_rules:
            fields["enabledRules"] = ",".join(self.enabled_rules)
        if self.disabled_rules:
            fields["disabledRules"] = ",".join(self.disabled_rules)
        body = urllib.parse.urlencode(fields).encode("utf-8")
        request = urllib.request.Request(
            self.url + "/check", data=body, method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                     "Accept": "application/json", "User-Agent": "followup-lint"},
        )
        where = self._where()
        try:
            with self._opener.open(request, timeout=self.timeout_s) as response:
                raw = response.read(_MAX_RESPONSE + 1)
        except urllib.error.HTTPError as exc:
            if exc.code == 429:
                raise GrammarUnavailable(f"LanguageTool at {where} is rate-limiting requests (HTTP 429)") from None
            raise GrammarUnavailable(f"LanguageTool at {where} answered HTTP {exc.code}") from None
        except (socket.timeout, TimeoutError):
            raise GrammarUnavailable(f"LanguageTool at {where} did not answer within {self.timeout_s:g} s") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise GrammarUnavailable(f"LanguageTool at {where} did not answer within {self.timeout_s:g} s") from None
            raise GrammarUnavailable(f"cannot reach LanguageTool at {where} ({_short(reason)})") from None
        except (OSError, ValueError) as exc:
            raise GrammarUnavailable(f"cannot reach LanguageTool at {where} ({_short(exc)})") from None
        if len(raw) > _MAX_RESPONSE:
            raise GrammarUnavailable(f"LanguageTool at {where} sent an oversized answer")
        return parse_response(raw, text, where)


def parse_response(raw: bytes, text: str, where: str = "the server") -> list[GrammarMatch]:
    """The matches of a ``/v2/check`` answer, offsets converted to code points of ``text``."""
    try:
        data = json.loads(raw.decode("utf-8"))
        matches = data["matches"]
        if not isinstance(matches, list):
            raise TypeError("matches is not a list")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise GrammarUnavailable(f"LanguageTool at {where} sent a malformed answer ({_short(exc)})") from None
    table = utf16_to_codepoints(text)
    units = len(table) - 1
    out: list[GrammarMatch] = []
    for m in matches:
        try:
            offset, length = m["offset"], m["length"]
            if not isinstance(offset, int) or not isinstance(length, int) or isinstance(offset, bool):
                raise TypeError("offset/length are not integers")
            if offset < 0 or length < 0 or offset + length > units:
                continue  # out of range: ignore the match rather than guess
            rule = m.get("rule") or {}
            category = rule.get("category") or {}
            replacements = tuple(str(r.get("value", "")) for r in (m.get("replacements") or ())
                                 if isinstance(r, dict) and r.get("value"))[:5]
            start, end = table[offset], table[offset + length]
            out.append(GrammarMatch(start, max(end, start), str(m.get("message") or rule.get("description") or ""),
                               replacements, str(rule.get("id") or ""), str(category.get("id") or ""),
                               str(category.get("name") or ""), str(rule.get("issueType") or "")))
        except (KeyError, TypeError, AttributeError) as exc:
            raise GrammarUnavailable(f"LanguageTool at {where} sent a malformed answer ({_short(exc)})") from None
    return out


def _short(value: Any) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


# -- Harper ----------------------------------------------------------------------------------------------

_HARPER_LOCK = threading.Lock()
_HARPER_LINTERS: dict[str, Any] = {}   # dialect name -> harper.Linter: one per process
#: followup-lint's ``language`` -> Harper's dialect (plain "en" is checked as American English)
HARPER_DIALECTS: Final = {"en": "AMERICAN", "en-US": "AMERICAN", "en-GB": "BRITISH"}
#: Harper rules switched off: false alarms on ordinary sentences of these notes (benchmarks/grammar.py),
#: or advice another rule gives
HARPER_RULES_OFF: Final = (
    "RoadMap",          # "roadmap" -> "road map": the usual word in product and engineering talk
    "PossessiveYour",   # "I enjoyed talking with you yesterday" -> "your"
    "Excellent",        # "very good" -> "excellent": style advice, not an error
    "OxfordComma",      # a house-style choice, not an error
    "LongSentences",    # reading-level (FL306) judges sentence length
    "NoFrenchSpaces",   # two spaces after a full stop: a convention (spacing, FL105, leaves it alone)
)


def _reset_harper_lock() -> None:  # a forked child starts with the lock free, whatever the parent was doing
    global _HARPER_LOCK
    _HARPER_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_harper_lock)


@contextmanager
def quiet_stdout() -> Iterator[None]:
    """Point file descriptor 1 at the null device for the duration (what native code prints there is
    lost; Python's own buffered output is flushed first, so nothing of ours is). Process-wide: callers
    hold a lock."""
    stream = sys.stdout
    try:
        if stream is not None:
            stream.flush()
    except (OSError, ValueError):
        pass
    try:
        saved = os.dup(1)
    except OSError:  # no descriptor 1 at all: nothing can reach it
        yield
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 1)
        finally:
            os.close(null)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _harper_module() -> Any:
    try:
        import harper
    except ImportError:
        raise GrammarUnavailable("Harper is not installed (pip install 'followup-lint[harper]')") from None
    return harper


def harper_linter(dialect: str = "AMERICAN") -> Any:
    """The process's ``harper.Linter`` for ``dialect``, built on first use (call with the Harper lock held)."""
    linter = _HARPER_LINTERS.get(dialect)
    if linter is None:
        harper = _harper_module()
        try:
            with quiet_stdout():
                linter = harper.Linter(getattr(harper.Dialect, dialect))
                settings = linter.get_lint_config()
                settings.update({rule: False for rule in HARPER_RULES_OFF if rule in settings})
                linter.set_lint_config(settings)
        except Exception as exc:
            raise GrammarUnavailable(f"Harper could not start ({exc.__class__.__name__}: {_short(exc)})") from None
        _HARPER_LINTERS[dialect] = linter
    return linter


def _harper_replacement(problem: str, suggestion: Any) -> str:
    kind = int(suggestion.kind)
    text = suggestion.replacement_text
    if kind == 1:        # REMOVE
        return ""
    if kind == 2:        # INSERT_AFTER
        return problem + text
    return text


def _harper_message(message: str) -> str:
    """Harper writes Markdown: `code` becomes 'code', **bold** plain."""
    return message.replace("`", "'").replace("**", "")


class HarperBackend:
    """Harper (harper-py) in this process: no server, no network."""

    name = "harper"

    def __init__(self, *, language: str = "en") -> None:
        self.dialect = HARPER_DIALECTS.get(language, "AMERICAN")
        _harper_module()  # fail early, with the install hint, when harper-py is missing

    def check(self, text: str) -> list[GrammarMatch]:
        """The lints for ``text``; raises :class:`GrammarUnavailable` when Harper cannot run."""
        if not text.strip():
            return []
        with _HARPER_LOCK:
            linter = harper_linter(self.dialect)
            try:
                with quiet_stdout():
                    by_rule = linter.organized_lints(text, language="plaintext")
            except Exception as exc:  # never let a binding bug escape as a crash
                raise GrammarUnavailable(f"Harper failed ({exc.__class__.__name__}: {_short(exc)})") from None
        out: list[GrammarMatch] = []
        for rule_id, lints in by_rule.items():
            for lint in lints:
                span = lint.span
                start, end = span.start, span.end
                if not 0 <= start <= end <= len(text):
                    continue
                problem = text[start:end]
                replacements: list[str] = []
                for suggestion in lint.suggestions:
                    value = _harper_replacement(problem, suggestion)
                    if value != problem and value not in replacements:
                        replacements.append(value)
                kind = str(lint.lint_kind)
                out.append(GrammarMatch(start, end, _harper_message(str(lint.message)), tuple(replacements[:5]),
                                        str(rule_id), kind, str(lint.lint_kind_pretty), kind, "harper"))
        out.sort(key=lambda m: (m.start, m.end, m.rule_id))
        return out


def backend_for(config: Config) -> LanguageToolBackend | HarperBackend:
    """The backend the configuration asks for (called through ``ctx.resources``: once per ``Linter``)."""
    backend = config.grammar_backend
    if backend == "harper":
        return HarperBackend(language=config.language)
    if backend == "none":
        raise GrammarUnavailable("no grammar checker is configured ([grammar] backend)")
    lt = config.languagetool
    url = lt.url or (PUBLIC_API_URL if lt.public_api else None)
    if not url:
        raise GrammarUnavailable("no LanguageTool server is configured ([languagetool] url)")
    language = lt.language or LT_LANGUAGES.get(config.language, "en-US")
    return LanguageToolBackend(url, timeout_s=lt.timeout_s, language=language,
                               enabled_rules=lt.enabled_rules, disabled_rules=lt.disabled_rules)

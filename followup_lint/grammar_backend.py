"""The LanguageTool client at the edge: the only code in followup-lint that opens a network connection.

It speaks LanguageTool's HTTP API (``POST /v2/check``) with the standard library, so that every call is
bounded by ``[languagetool] timeout-s`` (language-tool-python's own client waits up to 300 s per request
and retries). It is used only when the user configured ``[languagetool] url`` (a server they run) or
``public-api = true`` (LanguageTool's public service, which receives the draft's text). Nothing is
downloaded. Failures of any kind become :class:`GrammarUnavailable` with a one-line reason; the grammar
rule turns that into an info finding and a ``rules_skipped`` entry.

Offsets: LanguageTool counts UTF-16 code units; :class:`LTMatch` offsets are converted to code points of
the text that was sent.
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from .config import Config

__all__ = ["GrammarUnavailable", "LTMatch", "LanguageToolBackend", "backend_for", "utf16_to_codepoints",
           "PUBLIC_API_URL", "LT_LANGUAGES"]

PUBLIC_API_URL: Final = "https://api.languagetool.org"
#: followup-lint's ``language`` -> LanguageTool's language code ("en" checks grammar, not US/UK spelling)
LT_LANGUAGES: Final = {"en": "en", "en-US": "en-US", "en-GB": "en-GB"}
_LOOPBACK: Final = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
_MAX_RESPONSE: Final = 16 * 1024 * 1024


class GrammarUnavailable(Exception):
    """The grammar check could not run; ``reason`` says why in one line."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True, slots=True)
class LTMatch:
    """One LanguageTool match, with offsets in code points of the text that was sent."""

    start: int
    end: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    category_id: str
    category_name: str
    issue_type: str

    @property
    def is_spelling(self) -> bool:
        """A dictionary spelling match (category TYPOS, the speller rules); LanguageTool also marks some
        grammar rules ("a apple", EN_A_VS_AN) as issue type misspelling: those are not spelling."""
        return self.category_id == "TYPOS" or self.rule_id.startswith(("MORFOLOGIK_RULE", "HUNSPELL_RULE"))


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

    def check(self, text: str) -> list[LTMatch]:
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

    def _check(self, text: str) -> list[LTMatch]:
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


def parse_response(raw: bytes, text: str, where: str = "the server") -> list[LTMatch]:
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
    out: list[LTMatch] = []
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
            out.append(LTMatch(start, max(end, start), str(m.get("message") or rule.get("description") or ""),
                               replacements, str(rule.get("id") or ""), str(category.get("id") or ""),
                               str(category.get("name") or ""), str(rule.get("issueType") or "")))
        except (KeyError, TypeError, AttributeError) as exc:
            raise GrammarUnavailable(f"LanguageTool at {where} sent a malformed answer ({_short(exc)})") from None
    return out


def _short(value: Any) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def backend_for(config: Config) -> LanguageToolBackend:
    """The backend the configuration asks for (called through ``ctx.resources``: once per ``Linter``)."""
    lt = config.languagetool
    url = lt.url or (PUBLIC_API_URL if lt.public_api else None)
    if not url:
        raise GrammarUnavailable("no LanguageTool server is configured ([languagetool] url)")
    language = lt.language or LT_LANGUAGES.get(config.language, "en-US")
    return LanguageToolBackend(url, timeout_s=lt.timeout_s, language=language,
                               enabled_rules=lt.enabled_rules, disabled_rules=lt.disabled_rules)

"""grammar (FL110) against a loopback server speaking LanguageTool's HTTP protocol.

The server runs on 127.0.0.1 (port 0) in a thread; nothing leaves the machine. It finds the phrases
listed in ``PHRASES`` in the text it receives and answers with LanguageTool-shaped matches whose
offsets are counted in UTF-16 units, as LanguageTool does.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator

import pytest

from followup_lint import Config, Linter, Severity
from followup_lint.config import LanguageToolConfig
from followup_lint.grammar_backend import GrammarUnavailable, LanguageToolBackend, utf16_to_codepoints

PHRASES: dict[str, dict[str, Any]] = {
    "would of": {"id": "WOULD_OF", "issueType": "grammar", "category": "GRAMMAR", "replacements": ["would have"]},
    "recieve": {"id": "MORFOLOGIK_RULE_EN_US", "issueType": "misspelling", "category": "TYPOS",
                "replacements": ["receive"]},
    "Whitfeld": {"id": "MORFOLOGIK_RULE_EN_US", "issueType": "misspelling", "category": "TYPOS",
                 "replacements": ["Whitfield"]},
    "Larkspur": {"id": "MORFOLOGIK_RULE_EN_US", "issueType": "misspelling", "category": "TYPOS",
                 "replacements": ["Larks pur"]},
    "in order to": {"id": "IN_ORDER_TO", "issueType": "style", "category": "REDUNDANCY",
                    "replacements": ["to"]},
    "  ": {"id": "WHITESPACE_RULE", "issueType": "whitespace", "category": "TYPOGRAPHY", "replacements": [" "]},
    "{{role}}": {"id": "EN_UNPAIRED_BRACKETS", "issueType": "typographical", "category": "PUNCTUATION",
                 "replacements": []},
    "a apple": {"id": "EN_A_VS_AN", "issueType": "misspelling", "category": "MISC", "replacements": ["an apple"]},
}


def _matches(text: str) -> list[dict[str, Any]]:
    out = []
    for phrase, spec in PHRASES.items():
        start = text.find(phrase)
        while start >= 0:
            offset = len(text[:start].encode("utf-16-le")) // 2
            length = len(phrase.encode("utf-16-le")) // 2
            out.append({
                "message": f"Possible problem: {phrase!r}.", "shortMessage": "", "offset": offset, "length": length,
                "replacements": [{"value": v} for v in spec["replacements"]],
                "context": {"text": text[:40], "offset": 0, "length": length},
                "sentence": text,
                "rule": {"id": spec["id"], "description": "d", "issueType": spec["issueType"],
                         "category": {"id": spec["category"], "name": spec["category"].title()}},
            })
            start = text.find(phrase, start + 1)
    return out


class Handler(BaseHTTPRequestHandler):
    mode = "ok"
    received: list[dict[str, list[str]]] = []

    def log_message(self, *args: Any) -> None:  # keep the test output quiet
        pass

    def do_GET(self) -> None:
        self._send(200, json.dumps([{"name": "English (US)", "code": "en", "longCode": "en-US"}]).encode())

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True)
        Handler.received.append(form)
        mode = Handler.mode
        if self.path != "/v2/check":
            self._send(404, b"not found")
        elif mode == "ok":
            text = form["text"][0]
            self._send(200, json.dumps({"software": {"name": "LanguageTool"}, "matches": _matches(text)}).encode())
        elif mode == "429":
            self._send(429, b"Too many requests")
        elif mode == "500":
            self._send(500, b"Internal error")
        elif mode == "malformed":
            self._send(200, b"{not json")
        elif mode == "no-matches-key":
            self._send(200, b'{"software": {}}')
        elif mode == "bad-match":
            self._send(200, b'{"matches": [{"offset": "x", "length": 2}]}')
        elif mode == "slow":
            time.sleep(2.0)
            self._send(200, b'{"matches": []}')

    def _send(self, code: int, body: bytes) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def reset_mode() -> Iterator[None]:
    Handler.mode = "ok"
    Handler.received.clear()
    yield
    Handler.mode = "ok"


INTERVIEW = {"interviewers": [{"name": "Dana Whitfield"}], "company": "Larkspur Payments", "role": "Engineer"}


def lint(url: str, body: str, *, select: tuple[str, ...] = ("FL110",), timeout: float = 3.0, interview: Any = INTERVIEW,
         **lt: Any):
    cfg = Config(select=select, languagetool=LanguageToolConfig(url=url, timeout_s=timeout, **lt))
    return Linter(cfg).lint(body, interview, clock=False)


def texts(report, code: str = "FL110") -> list[str]:
    return [report.draft.body[f.span.start:f.span.end] for f in report.findings if f.code == code and f.span]


def note(text: str) -> str:
    return f"Hi Dana,\n\n{text}\n\nBest,\nSam"


# -- matches become findings ------------------------------------------------------------------------------

BAD = [
    ("I would of liked to hear more.", ["would of"], Severity.WARNING),
    ("I hope to recieve the offer.", ["recieve"], Severity.ERROR),
    ("I applied in order to grow.", ["in order to"], Severity.INFO),
    ("I ate a apple at lunch.", ["a apple"], Severity.ERROR),
    ("Great chat 😊 and I would of stayed longer.", ["would of"], Severity.WARNING),
    ("😊😊 🚀 I would of liked more 👍🏽.", ["would of"], Severity.WARNING),
    ("Was it 𝒻un? I would of said so.", ["would of"], Severity.WARNING),
    ("I would of liked it; I would of said so.", ["would of", "would of"], Severity.WARNING),
    ("Ünïcödé façade: I would of liked more.", ["would of"], Severity.WARNING),
    ("Thanks 🙏 — would of been great to recieve it.", ["would of", "recieve"], None),
]
GOOD = [
    "I would have liked to hear more.",
    "Thanks for today, it was great.",
    "Great chat 😊 and I stayed longer.",
    "Dana Whitfield and the Larkspur team were great.",
    "The  plan is clear.",
    "Thanks for the {{role}} details.",
    "",
    "Hi.",
    "Short and fine.",
    "I hope to receive the offer.",
]


@pytest.mark.parametrize(("text", "flagged", "level"), BAD)
def test_matches_become_findings_with_exact_spans(server: str, text: str, flagged: list[str], level) -> None:
    report = lint(server, note(text))
    assert texts(report) == flagged
    if level is not None:
        assert {f.severity for f in report.findings} == {level}
    assert "grammar" in report.rules_run


@pytest.mark.parametrize("text", GOOD)
def test_clean_text_and_covered_matches(server: str, text: str) -> None:
    report = lint(server, note(text) if text else text, select=("FL110", "FL105", "FL205"))
    assert not [f for f in report.findings if f.code == "FL110"]


def test_data_keeps_languagetool_ids_and_fixes_are_unsafe(server: str) -> None:
    (f,) = [f for f in lint(server, note("I would of liked it.")).findings if f.code == "FL110"]
    assert f.data["rule_id"] == "WOULD_OF" and f.data["category"] == "GRAMMAR" and f.data["issue_type"] == "grammar"
    assert f.fixes[0].edits[0].replacement == "would have" and str(f.fixes[0].applicability) == "unsafe"


def test_quotes_and_signature_are_not_sent(server: str) -> None:
    body = note("Thanks for today.") + "\n-- \nSam would of Lee\n\nOn Mon, Dana wrote:\n> I would of said"
    report = lint(server, body)
    assert not texts(report)
    sent = Handler.received[-1]["text"][0]
    assert "would of" not in sent and sent.startswith("Hi Dana,")


def test_request_fields(server: str) -> None:
    lint(server, note("I would of liked it."), enabled_rules=("A",), disabled_rules=("B", "C"))
    form = Handler.received[-1]
    assert form["language"] == ["en"] and form["enabledRules"] == ["A"] and form["disabledRules"] == ["B,C"]
    cfg = Config(select=("FL110",), language="en-GB", languagetool=LanguageToolConfig(url=server))
    Linter(cfg).lint(note("I would of liked it."), clock=False)
    assert Handler.received[-1]["language"] == ["en-GB"]


# -- merging with misspelled-word -------------------------------------------------------------------------

def test_spelling_matches_are_dropped_when_misspelled_word_is_enabled(server: str) -> None:
    report = lint(server, note("I hope to recieve it, Dana Whitfeld."), select=("FL101", "FL110"))
    assert texts(report) == []
    assert "recieve" in texts(report, "FL101")


def test_grammar_rules_typed_misspelling_are_kept_with_misspelled_word(server: str) -> None:
    report = lint(server, note("I ate a apple."), select=("FL101", "FL110"))
    assert texts(report) == ["a apple"]


def test_vocabulary_words_are_never_reported(server: str) -> None:
    report = lint(server, note("The Larkspur team and I would of met again; I hope to recieve news."))
    assert texts(report) == ["would of", "recieve"]


# -- failures: one info finding and a rules_skipped entry, never a crash or a hang ------------------------

def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.mark.parametrize(("mode", "words"), [("429", "429"), ("500", "500"), ("malformed", "malformed"),
                                             ("no-matches-key", "malformed"), ("bad-match", "malformed")])
def test_server_failures_are_reported_and_skipped(server: str, mode: str, words: str) -> None:
    Handler.mode = mode
    report = lint(server, note("I would of liked it."))
    (f,) = report.findings
    assert f.code == "FL110" and f.severity is Severity.INFO and f.span is None and words in f.data["reason"]
    assert [s.rule for s in report.rules_skipped] == ["grammar"] and "grammar" not in report.rules_run


def test_server_down(server: str) -> None:
    report = lint(f"http://127.0.0.1:{_closed_port()}", note("I would of liked it."))
    (f,) = report.findings
    assert f.severity is Severity.INFO and "cannot reach" in f.data["reason"]
    assert report.rules_skipped[0].rule == "grammar"


def test_slow_server_is_bounded_by_timeout(server: str) -> None:
    Handler.mode = "slow"
    t0 = time.perf_counter()
    report = lint(server, note("I would of liked it."), timeout=0.5)
    elapsed = time.perf_counter() - t0
    assert elapsed < 1.5
    (f,) = report.findings
    assert "did not answer within 0.5 s" in f.data["reason"]


def test_severity_override_does_not_make_the_skip_an_error(server: str) -> None:
    Handler.mode = "500"
    cfg = Config(select=("FL110",), rules={"grammar": {"severity": "error"}},
                 languagetool=LanguageToolConfig(url=server))
    (f,) = Linter(cfg).lint(note("x"), clock=False).findings
    assert f.severity is Severity.INFO


def test_off_by_default_and_no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def blocked(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network touched")

    monkeypatch.setattr(socket.socket, "connect", blocked)
    report = Linter(Config(select=("FL110",))).lint(note("I would of liked it."), clock=False)
    assert not report.findings
    assert report.rules_skipped[0].rule == "grammar" and "languagetool" in report.rules_skipped[0].reason.lower()


# -- offsets ------------------------------------------------------------------------------------------------

def test_utf16_table() -> None:
    text = "a😊b𝒻c"
    table = utf16_to_codepoints(text)
    assert len(table) == len(text.encode("utf-16-le")) // 2 + 1
    assert table[0] == 0 and table[1] == 1 and table[3] == 2 and table[4] == 3 and table[6] == 4 and table[-1] == 5


def test_backend_direct(server: str) -> None:
    backend = LanguageToolBackend(server, timeout_s=2, language="en-US")
    (m,) = backend.check("Oh 😊 would of")
    assert (m.start, m.end) == (5, 13) and m.rule_id == "WOULD_OF"
    assert backend.check("   ") == []
    Handler.mode = "500"
    with pytest.raises(GrammarUnavailable):
        backend.check("text")

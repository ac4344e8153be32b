"""The language server, driven over stdio by pygls's client against the real ``followup-lint lsp`` process."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from _lsp_util import PRIYA, TIMEOUT, apply_edits, book_of, lsp, run, running, server_env, utf16_position

INTERVIEW = PRIYA

# the same line holds an emoji and a name outside the Basic Multilingual Plane before the findings
DRAFT = """\
Subject: Thank you for the Data Engineer interview

Hi Pryia,

Thank you 😀 for the talk with 𠮷田 about the the pipeline migration.

Best,
Sam
"""


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "interview.toml").write_text(INTERVIEW, encoding="utf-8")
    return tmp_path


def _by_code(params: lsp.PublishDiagnosticsParams) -> dict[str, list[lsp.Diagnostic]]:
    out: dict[str, list[lsp.Diagnostic]] = {}
    for d in params.diagnostics:
        out.setdefault(str(d.code), []).append(d)
    return out


def _range_of(text: str, needle: str, occurrence: int = 0) -> lsp.Range:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return lsp.Range(utf16_position(text, start), utf16_position(text, start + len(needle)))


@dataclass
class _Opened:
    """What one server said about DRAFT: its diagnostics, the actions at three places, a hover."""

    uri: str
    published: lsp.PublishDiagnosticsParams
    at_name: list[lsp.CodeAction]
    at_repeat: list[lsp.CodeAction]
    at_emoji: list[lsp.CodeAction]
    hover: lsp.Hover | None


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> _Opened:
    """DRAFT opened in one server (one process for the tests that only read what it answers)."""
    workspace = tmp_path_factory.mktemp("opened")
    (workspace / "interview.toml").write_text(INTERVIEW, encoding="utf-8")
    uri = (workspace / "note.md").as_uri()

    async def scenario() -> _Opened:
        async with running(workspace, {"interview": "interview.toml"}) as client:
            client.open(uri, DRAFT)
            published = await client.diagnostics(uri)
            at_name = await client.actions(uri, _range_of(DRAFT, "Pryia").start)
            at_repeat = await client.actions(uri, _range_of(DRAFT, "the the").end)
            at_emoji = await client.actions(uri, _range_of(DRAFT, "😀").start)
            hover = await asyncio.wait_for(client.lc.text_document_hover_async(lsp.HoverParams(
                lsp.TextDocumentIdentifier(uri), _range_of(DRAFT, "the the").start)), TIMEOUT)
            return _Opened(uri, published, at_name, at_repeat, at_emoji, hover)

    return run(scenario())


def test_open_publishes_exact_utf16_ranges_after_an_emoji_and_a_non_bmp_name(opened: _Opened) -> None:
    found = _by_code(opened.published)
    repeated = found["FL102"][0]
    assert repeated.range == _range_of(DRAFT, "the the")
    # 'the the' is 12 code points into its line after two characters that are two UTF-16 units each
    line = DRAFT.splitlines()[4]
    assert repeated.range.start.character == line.index("the the") + 2
    assert repeated.severity == lsp.DiagnosticSeverity.Error
    assert repeated.source == "followup-lint"
    assert repeated.code_description is not None
    assert repeated.code_description.href.endswith("/docs/rules/repeated-word.md")
    emoji = found["FL307"][0]
    assert emoji.range == _range_of(DRAFT, "😀")
    assert emoji.severity == lsp.DiagnosticSeverity.Warning
    # the interview came from the initialization options: the misspelt name is found
    assert found["FL202"][0].range == _range_of(DRAFT, "Pryia")


def test_safe_fix_applied_by_the_client_gives_the_fixed_text(opened: _Opened) -> None:
    uri = opened.uri
    name_fix = next(a for a in opened.at_name if a.title == "Write 'Priya'")
    assert name_fix.kind == lsp.CodeActionKind.QuickFix and name_fix.is_preferred
    assert name_fix.diagnostics and name_fix.diagnostics[0].code == "FL202"
    assert name_fix.edit is not None
    assert apply_edits(DRAFT, name_fix.edit.changes[uri]) == DRAFT.replace("Pryia", "Priya")
    repeat_fix = next(a for a in opened.at_repeat if a.diagnostics and a.diagnostics[0].code == "FL102"
                      and a.kind == lsp.CodeActionKind.QuickFix and a.edit is not None and a.is_preferred)
    assert apply_edits(DRAFT, repeat_fix.edit.changes[uri]) == DRAFT.replace("the the", "the")
    fix_all = next(a for a in opened.at_name if a.kind == "source.fixAll.followup-lint")
    assert fix_all.edit is not None
    assert apply_edits(DRAFT, fix_all.edit.changes[uri]) == DRAFT.replace("Pryia", "Priya").replace("the the", "the")


def test_unsafe_fix_is_marked_and_not_preferred(opened: _Opened) -> None:
    emoji = next(a for a in opened.at_emoji if a.diagnostics and a.diagnostics[0].code == "FL307"
                 and a.edit is not None and a.kind != lsp.CodeActionKind.QuickFix)
    assert emoji.kind == "quickfix.unsafe"
    assert emoji.title.endswith("(unsafe)")
    assert not emoji.is_preferred
    assert "😀" not in apply_edits(DRAFT, emoji.edit.changes[opened.uri])


def test_hover_shows_the_rules_explanation(opened: _Opened) -> None:
    result = opened.hover
    assert result is not None and isinstance(result.contents, lsp.MarkupContent)
    assert "# repeated-word (FL102)" in result.contents.value
    assert "'the the' repeats the word 'the'" in result.contents.value


def test_utf8_positions_when_the_client_prefers_them(workspace: Path) -> None:
    uri = (workspace / "note.md").as_uri()

    async def scenario() -> lsp.PublishDiagnosticsParams:
        async with running(workspace, {"interview": "interview.toml"}, encodings=["utf-8", "utf-16"]) as client:
            client.open(uri, DRAFT)
            return await client.diagnostics(uri)

    repeated = _by_code(run(scenario()))["FL102"][0]
    line = DRAFT.splitlines()[4]
    assert repeated.range.start.character == len(line[:line.index("the the")].encode("utf-8"))


def test_change_is_debounced_and_only_the_newest_text_is_published(workspace: Path) -> None:
    uri = (workspace / "note.md").as_uri()
    fixed = DRAFT.replace("the the", "the")

    async def scenario() -> tuple[list[lsp.PublishDiagnosticsParams], lsp.PublishDiagnosticsParams]:
        async with running(workspace, {"interview": "interview.toml", "debounceMs": 300}) as client:
            client.open(uri, DRAFT)
            await client.diagnostics(uri, 1)
            # three quick edits, as when typing: only the last one is linted and published
            for version, text in ((2, DRAFT + "x"), (3, DRAFT + "xy"), (4, fixed)):
                client.change(uri, text, version)
                await asyncio.sleep(0.02)
            last = await client.diagnostics(uri)
            await asyncio.sleep(0.5)
            extra = []
            while not client.published.empty():
                extra.append(client.published.get_nowait())
            return extra, last

    extra, last = run(scenario())
    assert last.version == 4
    assert "FL102" not in _by_code(last)
    assert "FL202" in _by_code(last)
    assert extra == []


def test_ignore_in_this_file_adds_the_comment_that_silences_the_rule(workspace: Path) -> None:
    uri = (workspace / "note.md").as_uri()

    async def scenario() -> tuple[str, lsp.PublishDiagnosticsParams]:
        async with running(workspace, {"interview": "interview.toml"}) as client:
            client.open(uri, DRAFT)
            await client.diagnostics(uri)
            actions = await client.actions(uri, _range_of(DRAFT, "😀").start)
            ignore = next(a for a in actions if a.title.startswith("Ignore FL307"))
            assert ignore.edit is not None
            text = apply_edits(DRAFT, ignore.edit.changes[uri])
            client.change(uri, text, 2)
            return text, await client.diagnostics(uri, 2)

    text, after = run(scenario())
    assert text.endswith("<!-- followup-lint: ignore FL307 -->\n")
    found = _by_code(after)
    assert "FL307" not in found and "FL102" in found


COMPOSE = """\
From: Sam Lee <sam@example.org>
To: Priya Raman <priya@acme.example>
Cc:
Bcc:
Subject: Merci — thank you for the the Data Engineer interview
Reply-To:

Hi Pryia,

Thank you for the talk about the pipeline migration today.

Best,
Sam
"""


def _book(workspace: Path) -> Path:
    book = workspace / "book.toml"
    book.write_text(book_of(PRIYA), encoding="utf-8")
    return book


def test_compose_file_takes_its_interview_from_the_book_by_its_to_header(workspace: Path) -> None:
    book = _book(workspace)
    compose = workspace / "neomutt-host-1000-4242-1234567"
    uri = compose.as_uri()

    async def scenario() -> tuple[lsp.PublishDiagnosticsParams, list[lsp.CodeAction]]:
        env = server_env(workspace, FOLLOWUP_LINT_INTERVIEWS=str(book))
        async with running(workspace, env=env) as client:
            client.open(uri, COMPOSE, language="mail")
            published = await client.diagnostics(uri)
            return published, await client.actions(uri, _range_of(COMPOSE, "Pryia").start)

    published, name_actions = run(scenario())
    found = _by_code(published)
    assert found["FL202"][0].range == _range_of(COMPOSE, "Pryia")
    # the raw UTF-8 subject is read as written (no mojibake) and its spans land on the Subject: line
    assert found["FL102"][0].range == _range_of(COMPOSE, "the the")
    assert found["FL207"][0].range == _range_of(COMPOSE, "Merci — thank you for the the Data Engineer interview")
    fix = next(a for a in name_actions if a.title == "Write 'Priya'")
    assert fix.edit is not None
    assert apply_edits(COMPOSE, fix.edit.changes[uri]) == COMPOSE.replace("Pryia", "Priya")
    # an email has no comment the rules would skip and the reader would not get: the server remembers
    # (the action carries a command, so pygls's client reads it back as a Command: only its title is used)
    assert any(a.title == "Ignore FL202 (interviewer-name-misspelled) in this file (while it is open)"
               for a in name_actions)


def test_ignore_command_on_an_email_drops_the_rule_while_it_is_open(workspace: Path) -> None:
    book = _book(workspace)
    uri = (workspace / "reply.eml").as_uri()

    async def scenario() -> lsp.PublishDiagnosticsParams:
        async with running(workspace, {"interviews": str(book)}) as client:
            client.open(uri, COMPOSE, language="mail")
            await client.diagnostics(uri)
            await asyncio.wait_for(client.lc.workspace_execute_command_async(lsp.ExecuteCommandParams(
                "followup-lint.ignoreInFile", [uri, "FL202"])), TIMEOUT)
            return await client.diagnostics(uri)

    assert "FL202" not in _by_code(run(scenario()))


def test_template_mode_by_file_type(workspace: Path) -> None:
    text = "Hi {{ interviewer_first_name }},\n\nThank you for {{ specific_moment }}.\n\nBest,\nSam\n"

    async def scenario() -> tuple[lsp.PublishDiagnosticsParams, lsp.PublishDiagnosticsParams]:
        async with running(workspace) as client:
            client.open((workspace / "thanks.j2").as_uri(), text, language="jinja")
            client.open((workspace / "thanks.md").as_uri(), text)
            template = await client.diagnostics((workspace / "thanks.j2").as_uri())
            draft = await client.diagnostics((workspace / "thanks.md").as_uri())
            return template, draft

    template, draft = run(scenario())
    assert "FL205" in _by_code(draft)
    assert "FL205" not in _by_code(template)


def test_html_spans_index_the_html_as_written(workspace: Path) -> None:
    html = "<html><body><p>Hi Pryia,</p><p>Thank you &amp; 😀 for the the talk.</p></body></html>\n"
    uri = (workspace / "note.html").as_uri()

    async def scenario() -> lsp.PublishDiagnosticsParams:
        async with running(workspace, {"interview": "interview.toml"}) as client:
            client.open(uri, html, language="html")
            return await client.diagnostics(uri)

    found = _by_code(run(scenario()))
    assert found["FL202"][0].range == _range_of(html, "Pryia")
    assert found["FL102"][0].range == _range_of(html, "the the")


def test_buffer_over_max_size_gets_one_diagnostic_saying_so(workspace: Path) -> None:
    (workspace / ".followup-lint.toml").write_text("max-size = 200\n", encoding="utf-8")
    uri = (workspace / "long.md").as_uri()

    async def scenario() -> lsp.PublishDiagnosticsParams:
        async with running(workspace) as client:
            client.open(uri, DRAFT * 3)
            return await client.diagnostics(uri)

    published = run(scenario())
    assert len(published.diagnostics) == 1
    assert "over the max-size limit of 200 bytes" in published.diagnostics[0].message


def test_config_error_is_shown_once_and_linting_goes_on(workspace: Path) -> None:
    (workspace / ".followup-lint.toml").write_text("colour = 'blue'\n", encoding="utf-8")

    async def scenario() -> tuple[list[str], list[lsp.PublishDiagnosticsParams]]:
        async with running(workspace) as client:
            out = []
            for name in ("a.md", "b.md"):
                client.open((workspace / name).as_uri(), DRAFT)
                out.append(await client.diagnostics((workspace / name).as_uri()))
            await asyncio.sleep(0.2)
            return client.messages, out

    messages, published = run(scenario())
    assert len([m for m in messages if "colour" in m]) == 1
    assert ".followup-lint.toml" in messages[0]
    assert all("FL102" in _by_code(p) for p in published)


def test_shutdown_and_exit_leave_no_process_behind(workspace: Path) -> None:
    async def scenario() -> int:
        async with running(workspace) as client:
            client.open((workspace / "note.md").as_uri(), DRAFT)
            await client.diagnostics((workspace / "note.md").as_uri())
            process = client.lc._server
        assert process is not None
        await asyncio.wait_for(process.wait(), TIMEOUT)
        return process.pid

    pid = run(scenario())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def _listening_addresses(port: int) -> list[str]:
    """The local addresses of the sockets listening on ``port`` (from /proc/net/tcp and tcp6; Linux)."""
    out = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                if len(address) == 8:
                    out.append(socket.inet_ntop(socket.AF_INET, bytes.fromhex(address)[::-1]))
                else:
                    out.append(f"ipv6:{address}")
    return out


def test_tcp_listens_on_loopback(workspace: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "followup_lint", "lsp", "--tcp", str(port)],
                               env=server_env(workspace), cwd=workspace, stderr=subprocess.PIPE)

    async def scenario() -> lsp.InitializeResult:
        from pygls.lsp.client import LanguageClient

        client = LanguageClient("tcp-test", "1")
        for _ in range(100):
            try:
                await client.start_tcp("127.0.0.1", port)
                break
            except OSError:
                await asyncio.sleep(0.1)
        result = await asyncio.wait_for(client.initialize_async(lsp.InitializeParams(
            capabilities=lsp.ClientCapabilities())), TIMEOUT)
        listening.extend(_listening_addresses(port))
        await asyncio.wait_for(client.shutdown_async(None), TIMEOUT)
        client.exit(None)
        return result

    listening: list[str] = []
    with process:  # closes its stderr pipe
        try:
            result = run(scenario())
            assert result.server_info is not None and result.server_info.name == "followup-lint"
            if Path("/proc/net/tcp").exists():  # Linux: the kernel's own list of listening sockets
                assert listening == ["127.0.0.1"]
            assert process.wait(TIMEOUT) is not None
        finally:
            if process.poll() is None:
                process.kill()


def test_cli_rejects_a_port_out_of_range() -> None:
    from followup_lint.cli import main

    assert main(["lsp", "--tcp", "70000"]) == 2


def test_cli_says_how_to_install_the_extra_when_pygls_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from followup_lint.cli import main

    monkeypatch.setitem(sys.modules, "pygls", None)
    assert main(["lsp"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'followup-lint[lsp]'" in err and len(err.strip().splitlines()) == 1


class _SlowLanguageTool:
    """A LanguageTool stand-in on the loopback interface that takes ``delay`` seconds per check."""

    def __init__(self, delay: float) -> None:
        import http.server
        import threading

        self.texts: list[str] = []
        stub = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (the stdlib's name)
                from urllib.parse import parse_qs

                length = int(self.headers.get("Content-Length", "0"))
                form = parse_qs(self.rfile.read(length).decode("utf-8"))
                stub.texts.append(form.get("text", [""])[0])
                import time

                time.sleep(delay)
                body = b'{"matches": []}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_slow_lint_never_blocks_and_stale_texts_are_never_linted(workspace: Path) -> None:
    import time

    stub = _SlowLanguageTool(delay=2.0)
    slow = workspace / "slow"
    slow.mkdir()
    (slow / ".followup-lint.toml").write_text(f'[languagetool]\nurl = "{stub.url}"\ntimeout-s = 20\n',
                                              encoding="utf-8")
    fast_uri, slow_uri = (workspace / "fast.md").as_uri(), (slow / "note.md").as_uri()

    async def scenario() -> tuple[float, list[lsp.PublishDiagnosticsParams]]:
        async with running(workspace, {"debounceMs": 300}) as client:
            client.open(fast_uri, DRAFT)
            await client.diagnostics(fast_uri)
            client.open(slow_uri, DRAFT)
            await asyncio.sleep(0.5)  # the first lint is waiting for the grammar server
            for version in (2, 3, 4):
                client.change(slow_uri, DRAFT.replace("Thank you", f"Thank you (draft {version})"), version)
            started = time.monotonic()
            hover = await asyncio.wait_for(client.lc.text_document_hover_async(lsp.HoverParams(
                lsp.TextDocumentIdentifier(fast_uri), _range_of(DRAFT, "the the").start)), TIMEOUT)
            waited = time.monotonic() - started
            assert hover is not None
            published = [await client.diagnostics(slow_uri)]
            await asyncio.sleep(0.5)
            while not client.published.empty():
                published.append(client.published.get_nowait())
            return waited, published

    try:
        waited, published = run(scenario())
    finally:
        stub.close()
    assert waited < 1.5, f"a hover waited {waited:.2f} s behind a lint"
    assert [p.version for p in published] == [4]
    # the first text and the last one were sent to the grammar server; the two in between never were
    assert len(stub.texts) == 2
    assert "(draft" not in stub.texts[0] and "(draft 4)" in stub.texts[1]

"""Drive the real ``followup-lint lsp`` process over stdio with pygls's own client.

Positions are converted here independently of ``followup_lint.lsp`` (UTF-16 code units per line, lines
split at ``\\n``), so that a wrong conversion in the server cannot be cancelled out by the same code.
"""

from __future__ import annotations

import asyncio
import os
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator

import pytest

pytest.importorskip("pygls", reason="the lsp extra (pygls) is not installed")

from lsprotocol import types as lsp  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 30.0

# one interview, as a file of its own
PRIYA = """\
company = "Acme Analytics"
role = "Data Engineer"
[[interviewers]]
name = "Priya Raman"
email = "priya@acme.example"
"""


def book_of(*interviews: str) -> str:
    """An interview book holding these interviews (each written as a file of its own)."""
    return "\n".join("[[interview]]\n" + iv.replace("[[interviewers]]", "[[interview.interviewers]]")
                     for iv in interviews)


def utf16_position(text: str, offset: int) -> lsp.Position:
    """The LSP position (UTF-16) of code-point ``offset`` in ``text`` (lines end at ``\\n``)."""
    before = text[:offset]
    line = before.count("\n")
    column = before[before.rfind("\n") + 1:]
    return lsp.Position(line, len(column.encode("utf-16-le")) // 2)


def utf16_offset(text: str, position: lsp.Position) -> int:
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[:position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(line):
        if units >= position.character:
            return start + i
        units += len(ch.encode("utf-16-le")) // 2
    return start + len(line)


def apply_edits(text: str, edits: list[lsp.TextEdit]) -> str:
    """The text after the client applies ``edits`` (non-overlapping, as the protocol requires)."""
    spans = sorted(((utf16_offset(text, e.range.start), utf16_offset(text, e.range.end), e.new_text) for e in edits),
                   reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


class Client:
    """A started client: the published diagnostics and shown messages are collected as they come."""

    def __init__(self, client: LanguageClient) -> None:
        self.lc = client
        self.published: asyncio.Queue[lsp.PublishDiagnosticsParams] = asyncio.Queue()
        self.messages: list[str] = []

    async def diagnostics(self, uri: str, version: int | None = None) -> lsp.PublishDiagnosticsParams:
        """The next diagnostics published for ``uri`` (at ``version``, if given); others are skipped."""
        while True:
            params = await asyncio.wait_for(self.published.get(), TIMEOUT)
            if params.uri == uri and (version is None or params.version == version):
                return params

    def open(self, uri: str, text: str, language: str = "markdown", version: int = 1) -> None:
        item = lsp.TextDocumentItem(uri, language, version, text)
        self.lc.text_document_did_open(lsp.DidOpenTextDocumentParams(item))

    def change(self, uri: str, text: str, version: int) -> None:
        self.lc.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [lsp.TextDocumentContentChangeWholeDocument(text=text)]))

    async def actions(self, uri: str, start: lsp.Position, end: lsp.Position | None = None,
                      only: list[str] | None = None) -> list[lsp.CodeAction]:
        result = await asyncio.wait_for(self.lc.text_document_code_action_async(lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(uri), lsp.Range(start, end or start),
            lsp.CodeActionContext(diagnostics=[], only=only))), TIMEOUT)
        return list(result or [])


def server_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of the server process: this tree first, and a config folder of its own."""
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_LINT_INTERVIEWS"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    env.update(extra)
    return env


@asynccontextmanager
async def running(workspace: Path, options: dict[str, Any] | None = None, *, env: dict[str, str] | None = None,
                  encodings: list[str] | None = None) -> AsyncIterator[Client]:
    """``followup-lint lsp`` started, initialized on ``workspace``; shut down and exited afterwards."""
    lc = LanguageClient("followup-lint-tests", "1")
    client = Client(lc)

    @lc.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        client.published.put_nowait(params)

    @lc.feature(lsp.WINDOW_SHOW_MESSAGE)
    def on_message(params: lsp.ShowMessageParams) -> None:
        client.messages.append(params.message)

    await lc.start_io(sys.executable, "-m", "followup_lint", "lsp", env=env or server_env(workspace),
                      cwd=str(workspace))
    general = lsp.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    await asyncio.wait_for(lc.initialize_async(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(general=general), root_uri=workspace.as_uri(),
        initialization_options={"debounceMs": 50, **(options or {})})), TIMEOUT)
    lc.initialized(lsp.InitializedParams())
    try:
        yield client
    finally:
        if lc._server is not None and lc._server.returncode is None:
            await asyncio.wait_for(lc.shutdown_async(None), TIMEOUT)
            lc.exit(None)
            await asyncio.wait_for(lc.stop(), TIMEOUT)


def run(coro: Any) -> Any:
    return asyncio.run(coro)

"""The language server: pygls wiring, debouncing, and never letting a slow lint hold up typing.

Each buffer is linted on open at once and on change after a pause (``debounceMs``, 300 ms by default).
Lints run one at a time in a worker thread, so the server keeps reading messages while one runs (a
grammar backend may take seconds); an edit cancels the pending lint of the older text, and a result that
is no longer the buffer's text is dropped rather than published. Requests (code actions, hovers) for a
buffer whose newest text is not linted yet lint it first; the client's ``$/cancelRequest`` cancels them.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from .._version import __version__
from .buffer import Analysis
from .features import FIX_ALL_KIND, IGNORE_COMMAND, UNSAFE_KIND, code_actions, diagnostics, hover
from .session import CONFIG_NAMES, Session

__all__ = ["FollowupLintServer", "build_server"]

_NOT_DRAFTS = frozenset({"toml", "json", "yaml", "python"})


class FollowupLintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("followup-lint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Full)
        self.session: Session | None = None
        self.analyses: dict[str, Analysis] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.ignored: dict[str, set[str]] = {}
        self.lint_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="followup-lint")

    @property
    def encoding(self) -> str:
        value = self.workspace.position_encoding
        return str(getattr(value, "value", value) or "utf-16")

    def document(self, uri: str) -> Any:
        """The open buffer at ``uri``, or ``None`` (closed, or not a draft)."""
        doc = self.workspace.text_documents.get(unquote(uri))
        if doc is None or (doc.language_id or "").lower() in _NOT_DRAFTS:
            return None
        if Path(doc.path or "").name in CONFIG_NAMES:
            return None
        return doc

    def flush_messages(self) -> None:
        if self.session is None:
            return
        for message in self.session.take_messages():
            self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Warning,
                                                           message=f"followup-lint: {message}"))

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing the lint already waiting for it."""
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        analysis = await self.analysis_for(uri)
        doc = self.document(uri)
        if analysis is None or doc is None or doc.source != analysis.text:
            return  # closed, or changed while it was linted: the newer text has its own lint on the way
        if self.pending.get(uri) is asyncio.current_task():
            del self.pending[uri]
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
            uri=uri, version=doc.version, diagnostics=diagnostics(analysis, self.encoding)))
        self.flush_messages()

    async def analysis_for(self, uri: str) -> Analysis | None:
        """The analysis of the buffer's current text (linted now, in the worker, if it is not yet)."""
        doc = self.document(uri)
        if doc is None or self.session is None:
            return None
        text = doc.source
        ignore = tuple(sorted(self.ignored.get(uri, ())))
        path = doc.path if uri.startswith("file:") else None
        session = self.session

        def cached() -> Analysis | None:
            found = self.analyses.get(uri)
            return found if found is not None and found.text == text and found.ignored == ignore else None

        def work() -> Analysis:
            # looked up again in the worker: a request queued behind the lint of the same text reuses it
            found = cached()
            if found is not None:
                return found
            analysis = session.analyse(text, path, doc.language_id, ignore)
            analysis.ignored = ignore
            self.analyses[uri] = analysis
            return analysis

        found = cached()
        if found is not None:
            return found
        analysis = await asyncio.get_running_loop().run_in_executor(self.lint_pool, work)
        if self.document(uri) is None:
            self.analyses.pop(uri, None)
        return analysis

    def forget(self, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.analyses.pop(uri, None)


def build_server() -> FollowupLintServer:
    server = FollowupLintServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: FollowupLintServer, params: lsp.InitializeParams) -> None:
        options = params.initialization_options
        ls.session = Session(ls.workspace.root_path, options if isinstance(options, dict) else None)
        if options is not None and not isinstance(options, dict):
            ls.session.say("initializationOptions must be an object")

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: FollowupLintServer, params: lsp.InitializedParams) -> None:
        ls.flush_messages()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FollowupLintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FollowupLintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        assert ls.session is not None
        ls.schedule(params.text_document.uri, ls.session.debounce_s)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FollowupLintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.forget(uri)
        ls.ignored.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, UNSAFE_KIND, FIX_ALL_KIND]))
    async def code_action(ls: FollowupLintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        uri = params.text_document.uri
        analysis = await ls.analysis_for(uri)
        if analysis is None:
            return None
        return code_actions(analysis, uri, params.range, ls.encoding, params.context.only)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: FollowupLintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        analysis = await ls.analysis_for(params.text_document.uri)
        return None if analysis is None else hover(analysis, params.position, ls.encoding)

    @server.command(IGNORE_COMMAND)
    def ignore_in_file(ls: FollowupLintServer, uri: str, code: str) -> None:
        ls.ignored.setdefault(uri, set()).add(code)
        ls.forget(uri)
        ls.schedule(uri, 0)

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: FollowupLintServer, params: Any = None) -> None:
        for uri in list(ls.pending):
            ls.forget(uri)
        ls.lint_pool.shutdown(wait=False, cancel_futures=True)

    return server

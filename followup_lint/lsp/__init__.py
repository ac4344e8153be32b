"""``followup-lint lsp``: a language server, so that editors show the findings while the note is written.

It needs the ``lsp`` extra (pygls and lsprotocol); the rest of the package never imports them. See
docs/editors.md for the editors' set-up. Modules: :mod:`.positions` (offsets and LSP positions),
:mod:`.buffer` (a buffer as the loader reads it, and where its fields sit), :mod:`.session`
(configuration and interviews, as ``check`` finds them), :mod:`.features` (diagnostics, code actions,
hovers) and :mod:`.server` (the protocol).
"""

from __future__ import annotations

import sys

__all__ = ["serve"]


def serve(tcp_port: int | None = None) -> int:
    """Serve one client over stdio, or over TCP on the loopback interface; returns the exit status."""
    from .server import build_server

    server = build_server()
    if tcp_port is not None:
        server.start_tcp("127.0.0.1", tcp_port)
        return 0
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    # the protocol owns stdout: anything else printed (a plugin rule's print, say) goes to stderr
    sys.stdout = sys.stderr
    try:
        server.start_io(stdin, stdout)
    finally:
        sys.stdout = sys.__stdout__
    return 0

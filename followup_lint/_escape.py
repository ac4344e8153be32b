"""Escaping untrusted text (file names, quoted draft text) before it reaches a log or a terminal.

A file named ``$'x\\n::error file=y::INJECTED\\n.txt'`` printed raw injects a GitHub workflow command
into a CI log; ESC and BEL in a quoted word drive the terminal. :func:`escape` makes every control
character, every Unicode bidi control and every byte of a non-UTF-8 file name (a lone surrogate from
``surrogateescape``) visible as a Python-style escape, and leaves everything else as it was.
:func:`json_safe` is the counterpart for JSON text: a lone surrogate becomes a ``\\udcXX`` escape,
which is valid JSON and reads back as the same string.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["escape", "json_safe"]

# C0 controls and DEL, C1 controls, bidi embeddings/overrides/isolates, line and paragraph separators,
# and lone surrogates (the bytes of a name that is not UTF-8)
_UNSAFE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _one(m: re.Match[str]) -> str:
    c = m.group()
    n = ord(c)
    if c in _NAMED:
        return _NAMED[c]
    if 0xDC80 <= n <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{n - 0xDC00:02x}"
    return f"\\x{n:02x}" if n <= 0xFF else f"\\u{n:04x}"


def escape(text: str) -> str:
    """``text`` with control characters, bidi controls and undecodable bytes shown as escapes."""
    return _UNSAFE.sub(_one, text) if _UNSAFE.search(text) else text


def json_safe(text: str) -> str:
    """Encoded JSON ``text`` with every lone surrogate written as a ``\\uXXXX`` escape (valid UTF-8)."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _SURROGATE.search(text) else text

"""HTML tags written inside a Markdown or plain-text body (a code host's screenshot ``<img ...>``, a
``<br>``): their spans, which the Document masks as markup, not the candidate's prose.

A body that is HTML as a whole is converted to text by ``document/html.py``; this is for the tags a
GitHub comment or README carries among its prose. Only the element names of ``data/markup.toml``
count, so a template's ``<Role>`` or ``<Company Name>`` stays a slot for the placeholder rule.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

__all__ = ["markup_ranges", "html_tag_names"]

#: the attributes of a tag: quoted values may hold ">" ('alt="a > b"'); no "<" or line of its own
_ATTRS: Final = r"""(?:[ \t\r\n]+(?:[^<>"'\n]|"[^"\n]{0,2000}"|'[^'\n]{0,2000}'){0,2000})?"""


@lru_cache(maxsize=1)
def html_tag_names() -> frozenset[str]:
    """The element names of ``data/markup.toml``, lower case."""
    import tomllib

    from ..spelling.lexicon import read_data

    return frozenset(tomllib.loads(read_data("markup.toml"))["html"]["tags"].split())


@lru_cache(maxsize=1)
def _tag() -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, html_tag_names()), key=len, reverse=True))
    return re.compile(rf"</(?:{alternatives})[ \t]*>|<(?:{alternatives})(?![\w-]){_ATTRS}/?>", re.IGNORECASE)


def markup_ranges(text: str) -> list[tuple[int, int]]:
    """The spans of the HTML tags of ``text`` (opening, closing and empty ones), in order."""
    if "<" not in text:
        return []
    return [m.span() for m in _tag().finditer(text)]

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

__all__ = ["markup_ranges", "html_tag_names", "is_markup_tag"]

#: the attributes of a tag: quoted values may hold ">" ('alt="a > b"'); no "<" or line of its own
_ATTRS: Final = r"""(?:[ \t\r\n]+(?:[^<>"'\n]|"[^"\n]{0,2000}"|'[^'\n]{0,2000}'){0,2000})?"""


@lru_cache(maxsize=1)
def html_tag_names() -> frozenset[str]:
    """The element names of ``data/markup.toml``, lower case."""
    return frozenset(_html_data()["tags"].split())


@lru_cache(maxsize=1)
def _html_data() -> dict[str, str]:
    from ..spelling.lexicon import read_toml_data

    return read_toml_data("markup.toml")["html"]


@lru_cache(maxsize=1)
def _bare_attributes() -> frozenset[str]:
    """The attributes an HTML tag may carry without "=" (``<video controls>``), lower case."""
    return frozenset(_html_data()["bare_attributes"].split())


#: a tag's text after its element name when that is only plain words ("<link to the repository>")
_PLAIN_WORDS: Final = re.compile(r"<[A-Za-z][A-Za-z0-9]*((?:[ \t]+[A-Za-z'][A-Za-z'-]*)+)[ \t]*>")


def _has_tag_syntax(tag: str) -> bool:
    """Whether a span the tag pattern found is HTML: a bare name, attributes written as HTML (an "=", a
    quote, a "/"), or only the bare attributes HTML allows; a run of plain words after an element name
    (``<link to the repository>``, ``<a short summary>``) is a template's slot, not markup."""
    plain = _PLAIN_WORDS.fullmatch(tag)
    if plain is None:
        return True
    return all(word.lower() in _bare_attributes() for word in plain.group(1).split())


def is_markup_tag(token: str) -> bool:
    """Whether the whole of ``token`` ("<br>", "<img src=...>", "</div>") is an HTML tag."""
    return _tag().fullmatch(token) is not None and _has_tag_syntax(token)


@lru_cache(maxsize=1)
def _tag() -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, html_tag_names()), key=len, reverse=True))
    return re.compile(rf"</(?:{alternatives})[ \t]*>|<(?:{alternatives})(?![\w-]){_ATTRS}/?>", re.IGNORECASE)


def markup_ranges(text: str) -> list[tuple[int, int]]:
    """The spans of the HTML tags of ``text`` (opening, closing and empty ones), in order."""
    if "<" not in text:
        return []
    return [m.span() for m in _tag().finditer(text) if _has_tag_syntax(m.group(0))]

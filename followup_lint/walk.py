"""Which files ``followup-lint check`` lints: the directory walk and the glob matching shared by
``include``, ``exclude``, ``template-globs`` and ``per-path-ignores``.

Globs are matched against the path relative to the config file's folder, with ``/`` separators:
``*`` and ``?`` stay inside one folder, ``**`` spans folders (``templates/**`` or ``**/*.md``), and a
glob without a ``/`` also matches the file name alone (``*.draft.md``), as in ``.gitignore``.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Final, Iterable, Iterator

__all__ = ["DEFAULT_SUFFIXES", "walk", "walk_keyed", "glob_matches", "relative_posix"]

#: the suffixes a directory walk picks up (``include`` adds more)
DEFAULT_SUFFIXES: Final = (".txt", ".md", ".eml", ".j2", ".jinja", ".tmpl")


@lru_cache(maxsize=512)
def _compile(pattern: str) -> re.Pattern[str]:
    pat = pattern.replace("\\", "/")
    if pat.startswith("./"):
        pat = pat[2:]
    anchored = "/" in pat.rstrip("/")
    if pat.endswith("/"):
        pat += "**"
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        if pat.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            j = pat.find("]", i + 1)
            if j < 0:
                out.append(re.escape(c))
                i += 1
            else:
                body = pat[i + 1:j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"^{prefix}{''.join(out)}(?:/.*)?$", re.DOTALL)


def glob_matches(relpath: str, patterns: Iterable[str]) -> bool:
    """True when the ``/``-separated ``relpath`` matches one of ``patterns`` (or lies under a match)."""
    rel = relpath.replace("\\", "/")
    while rel.startswith("./"):
        rel = rel[2:]
    return any(_compile(p).match(rel) for p in patterns if p)


def relative_posix(path: Path, base: Path | None) -> str:
    """``path`` relative to ``base`` with ``/`` separators, or as given when it is not under ``base``."""
    if base is not None:
        try:
            return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix() if _under(path, base) \
                else path.as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _under(path: Path, base: Path) -> bool:
    try:
        path.resolve().relative_to(base.resolve())
        return True
    except ValueError:
        return False


def _inside(target: str, top: str) -> bool:
    return target == top or target.startswith(top.rstrip(os.sep) + os.sep)


def walk(root: Path, *, include: Iterable[str] = (), exclude: Iterable[str] = (),
         base: Path | None = None) -> Iterator[Path]:
    """The lintable files under ``root``, depth first, each folder's entries sorted by name.

    A file is picked up when its suffix is one of :data:`DEFAULT_SUFFIXES` or it matches ``include``,
    and it does not match ``exclude`` (an excluded folder is not entered). ``.git`` and every hidden
    folder are skipped; symbolic links to folders are not followed.
    """
    for path, _key in walk_keyed(root, include=include, exclude=exclude, base=base):
        yield path


def walk_keyed(root: Path, *, include: Iterable[str] = (), exclude: Iterable[str] = (),
               base: Path | None = None, unreadable: list[tuple[Path, str]] | None = None,
               ) -> Iterator[tuple[Path, str]]:
    """:func:`walk`, each file with ``str(path.resolve())`` (the key that finds a file given twice).

    Folders that cannot be read are appended to ``unreadable`` (path, reason) when it is given.

    Speed (big folders): the relative path the globs match is worked out only when there are globs,
    and the resolved path of a file that is not a symbolic link is its folder's resolved path joined
    with its name (each folder is resolved once: no ``lstat`` of every part of every file's path).
    """
    include = tuple(include)
    exclude = tuple(exclude)
    base = base if base is not None else root
    top = os.path.realpath(root)
    stack: list[tuple[Path, str | None]] = [(root, None)]
    while stack:
        folder, real = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            if unreadable is not None:  # the caller reports it: a folder skipped silently hides drafts
                unreadable.append((folder, f"cannot read the folder: {exc.strerror or exc}"))
            continue
        if real is None:
            real = str(folder.resolve())
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                if entry.name.startswith(".") or (exclude and glob_matches(relative_posix(path, base), exclude)):
                    continue
                subfolders.append((path, os.path.join(real, entry.name)))
                continue
            try:
                if not entry.is_file():
                    continue
            except OSError:
                continue
            if exclude and glob_matches(relative_posix(path, base), exclude):
                continue
            if entry.name.lower().endswith(DEFAULT_SUFFIXES) or (include and glob_matches(relative_posix(path, base), include)):
                try:
                    link = entry.is_symlink()
                except OSError:
                    link = True
                if not link:
                    yield path, os.path.join(real, entry.name)
                    continue
                # a symbolic link is followed only while it stays inside the folder walked: a hostile
                # repository's `notes.md -> ../../secret.env` must not be read (and quoted in a finding)
                target = os.path.realpath(path)
                if _inside(target, top):
                    yield path, target
        # depth first, in name order: push in reverse so the first name comes off the stack first
        # (files of a folder come before its subfolders' files)
        stack.extend(reversed(subfolders))

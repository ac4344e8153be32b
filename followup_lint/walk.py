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
from typing import Any, Final, Iterable, Iterator

__all__ = ["DEFAULT_SUFFIXES", "DEFAULT_EXCLUDE", "REPOSITORY_DOCS", "walk", "walk_keyed", "glob_matches",
           "relative_posix", "excluded_by_default"]

#: the suffixes a directory walk picks up (``include`` adds more)
DEFAULT_SUFFIXES: Final = (".txt", ".md", ".eml", ".j2", ".jinja", ".tmpl")

#: folders a walk never enters unless the config's ``exclude`` replaces this list (``extend-exclude``
#: adds to it); a folder holding ``pyvenv.cfg`` is a virtual environment whatever its name
DEFAULT_EXCLUDE: Final = ("venv", ".venv", "__pypackages__", "site-packages", "node_modules",
                          "bower_components", "vendor", "third_party", "build", "dist", "_build", "buck-out",
                          "__pycache__", "*.egg-info", ".eggs", ".tox", ".nox", ".mypy_cache", ".pytest_cache",
                          ".ruff_cache", ".git", ".hg", ".svn")

#: a repository's own documentation: files with these names (any suffix, any case) and everything under
#: a ``docs`` or ``doc`` folder are not drafts unless ``include`` names them
REPOSITORY_DOCS: Final = frozenset({"readme", "changelog", "changes", "history", "news", "contributing",
                                    "license", "licence", "copying", "notice", "authors", "code_of_conduct",
                                    "security", "support", "governance", "maintainers"})
_DOC_FOLDERS: Final = frozenset({"docs", "doc"})
#: ignore files read in every folder, the later winning over the earlier (as in ripgrep)
_IGNORE_FILES: Final = (".gitignore", ".ignore")


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


def _is_doc_name(name: str) -> bool:
    stem = name.split(".", 1)[0].lower().replace("-", "_")
    return stem in REPOSITORY_DOCS


def _git_root(folder: Path) -> Path | None:
    """The nearest folder at or above ``folder`` holding ``.git`` (a folder, or a file in a worktree)."""
    for candidate in (folder, *folder.parents):
        if os.path.lexists(os.path.join(candidate, ".git")):
            return candidate
    return None


class _Ignores:
    """The gitignore-style rules of each folder (``.gitignore``, ``.ignore``), read once per folder.

    Matching uses ``pathspec``'s git semantics (imported only when an ignore file exists). A chain is a
    tuple of ``(folder, spec)``, outermost first; the last pattern that matches wins, deeper files over
    outer ones, ``.ignore`` over ``.gitignore`` in the same folder, everything over ``.git/info/exclude``.
    """

    def __init__(self) -> None:
        self._specs: dict[str, tuple[tuple[str, Any], ...]] = {}

    @staticmethod
    def _read(path: str) -> Any:
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                lines = fh.read(1_000_000).splitlines()
        except OSError:
            return None
        if not any(line.strip() and not line.startswith("#") for line in lines):
            return None
        from pathspec import GitIgnoreSpec

        return GitIgnoreSpec.from_lines(lines)

    def of(self, folder: str) -> tuple[tuple[str, Any], ...]:
        if folder not in self._specs:
            found = []
            for name in _IGNORE_FILES:
                spec = self._read(os.path.join(folder, name))
                if spec is not None:
                    found.append((folder, spec))
            self._specs[folder] = tuple(found)
        return self._specs[folder]

    def start(self, root: Path) -> tuple[tuple[str, Any], ...]:
        """The chain that applies at ``root``: the repository's ``info/exclude`` and the ignore files of
        every folder from the repository's top down to ``root`` (just ``root``'s outside a repository)."""
        real = root.resolve()
        top = _git_root(real)
        chain: list[tuple[str, Any]] = []
        if top is None:
            return self.of(str(real))
        spec = self._read(os.path.join(top, ".git", "info", "exclude"))
        if spec is not None:
            chain.append((str(top), spec))
        parts = real.relative_to(top).parts
        for i in range(len(parts) + 1):
            chain.extend(self.of(str(top.joinpath(*parts[:i]))))
        return tuple(chain)


def _ignored(chain: tuple[tuple[str, Any], ...], real: str, is_dir: bool) -> bool:
    for folder, spec in reversed(chain):
        rel = os.path.relpath(real, folder).replace(os.sep, "/")
        if rel.startswith("../"):
            continue
        verdict = spec.check_file(rel + "/" if is_dir else rel).include
        if verdict is not None:
            return bool(verdict)
    return False


def _default_excluded_folder(name: str, path: str, default_exclude: tuple[str, ...]) -> bool:
    if default_exclude and glob_matches(name, default_exclude):
        return True
    return os.path.isfile(os.path.join(path, "pyvenv.cfg"))


def walk(root: Path, *, include: Iterable[str] = (), exclude: Iterable[str] = (),
         base: Path | None = None, default_exclude: Iterable[str] = DEFAULT_EXCLUDE,
         gitignore: bool = True, skip_docs: bool = True) -> Iterator[Path]:
    """The lintable files under ``root``, depth first, each folder's entries sorted by name.

    A file is picked up when its suffix is one of :data:`DEFAULT_SUFFIXES` or it matches ``include``,
    and it does not match ``exclude`` (an excluded folder is not entered). ``.git`` and every hidden
    folder are skipped, and symbolic links to folders are not followed. Unless turned off, the walk also
    skips the folders of :data:`DEFAULT_EXCLUDE` (and any virtual environment), what ``.gitignore``,
    ``.ignore`` and ``.git/info/exclude`` ignore, and a repository's documentation
    (:data:`REPOSITORY_DOCS`, ``docs/``) unless ``include`` names it.
    """
    for path, _key in walk_keyed(root, include=include, exclude=exclude, base=base,
                                 default_exclude=default_exclude, gitignore=gitignore, skip_docs=skip_docs):
        yield path


def walk_keyed(root: Path, *, include: Iterable[str] = (), exclude: Iterable[str] = (),
               base: Path | None = None, default_exclude: Iterable[str] = DEFAULT_EXCLUDE,
               gitignore: bool = True, skip_docs: bool = True,
               unreadable: list[tuple[Path, str]] | None = None) -> Iterator[tuple[Path, str]]:
    """:func:`walk`, each file with ``str(path.resolve())`` (the key that finds a file given twice).

    Folders that cannot be read are appended to ``unreadable`` (path, reason) when it is given.

    Speed (big folders): the relative path the globs match is worked out only when there are globs,
    and the resolved path of a file that is not a symbolic link is its folder's resolved path joined
    with its name (each folder is resolved once: no ``lstat`` of every part of every file's path).
    """
    include = tuple(include)
    exclude = tuple(exclude)
    default_exclude = tuple(default_exclude)
    base = base if base is not None else root
    top = os.path.realpath(root)
    ignores = _Ignores() if gitignore else None
    start_chain = ignores.start(root) if ignores is not None else ()
    # (folder, its resolved path, the ignore chain that applies in it, inside a docs folder?)
    stack: list[tuple[Path, str | None, tuple[tuple[str, Any], ...], bool]] = [(root, None, start_chain, False)]
    while stack:
        folder, real, chain, in_docs = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            if unreadable is not None:  # the caller reports it: a folder skipped silently hides drafts
                unreadable.append((folder, f"cannot read the folder: {exc.strerror or exc}"))
            continue
        if real is None:
            real = str(folder.resolve())
        elif ignores is not None:
            chain = chain + ignores.of(real)
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            entry_real = os.path.join(real, entry.name)
            if is_dir:
                if entry.name.startswith(".") or (exclude and glob_matches(relative_posix(path, base), exclude)):
                    continue
                if _default_excluded_folder(entry.name, entry_real, default_exclude):
                    continue
                if chain and _ignored(chain, entry_real, True):
                    continue
                docs = in_docs or (skip_docs and entry.name.lower() in _DOC_FOLDERS)
                subfolders.append((path, entry_real, chain, docs))
                continue
            try:
                if not entry.is_file():
                    continue
            except OSError:
                continue
            if exclude and glob_matches(relative_posix(path, base), exclude):
                continue
            included = bool(include) and glob_matches(relative_posix(path, base), include)
            if not (included or entry.name.lower().endswith(DEFAULT_SUFFIXES)):
                continue
            if not included and (in_docs or (skip_docs and _is_doc_name(entry.name))):
                continue
            if chain and _ignored(chain, entry_real, False):
                continue
            try:
                link = entry.is_symlink()
            except OSError:
                link = True
            if not link:
                yield path, entry_real
                continue
            # a symbolic link is followed only while it stays inside the folder walked: a hostile
            # repository's `notes.md -> ../../secret.env` must not be read (and quoted in a finding)
            target = os.path.realpath(path)
            if _inside(target, top):
                yield path, target
        # depth first, in name order: push in reverse so the first name comes off the stack first
        # (files of a folder come before its subfolders' files)
        stack.extend(reversed(subfolders))


def excluded_by_default(path: Path, *, base: Path | None, include: Iterable[str] = (),
                        default_exclude: Iterable[str] = DEFAULT_EXCLUDE, gitignore: bool = True,
                        skip_docs: bool = True) -> bool:
    """Would a walk from ``base`` (else the file's folder) skip the file ``path`` on its own account
    (a default-excluded or hidden folder, an ignore file, a repository document)? ``--force-exclude``
    applies this to the files named on the command line."""
    include = tuple(include)
    default_exclude = tuple(default_exclude)
    if include and glob_matches(relative_posix(path, base), include):
        return False
    real = path.resolve()
    top = base.resolve() if base is not None and _under(path, base) else real.parent
    folders = real.parent.relative_to(top).parts if real.parent != top else ()
    current = top
    for name in folders:
        current = current / name
        if name.startswith(".") or _default_excluded_folder(name, str(current), default_exclude):
            return True
        if skip_docs and name.lower() in _DOC_FOLDERS:
            return True
    if skip_docs and _is_doc_name(path.name):
        return True
    if gitignore:
        ignores = _Ignores()
        chain = ignores.start(real.parent)
        if not chain:
            return False
        outer = Path(chain[0][0])
        # a folder between the outermost ignore file and the file that is ignored hides the file
        for ancestor in reversed(real.parents):
            if ancestor != outer and _under(ancestor, outer) and _ignored(chain, str(ancestor), True):
                return True
        return _ignored(chain, str(real), False)
    return False

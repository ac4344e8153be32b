"""File I/O at the edges: bounded reads and atomic writes, in one place.

Reads: :func:`read_capped` accepts only regular files (a FIFO would hang, ``/dev/zero`` never ends and
reports a size of 0) and reads at most ``cap`` bytes, so a hostile repository cannot exhaust memory
through a draft, a config, a dictionary, an interview file or a baseline. :func:`read_stream_capped`
is the same bound for stdin.

Writes: :func:`write_atomic` writes a temporary file beside the target and ``os.replace``-s it, so a
full disk or a crash leaves the old file whole; the file's mode is kept. It never writes through a
symbolic link unless asked to (the interview book, the user's own file, replaces the link's target).
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Final

from .errors import InputError

__all__ = ["MAX_FILE_BYTES", "read_capped", "read_stream_capped", "write_atomic"]

#: the largest file any reader accepts (drafts, configs, dictionaries, interviews, baselines)
MAX_FILE_BYTES: Final = 50 * 1024 * 1024
_CHUNK: Final = 1024 * 1024

_KINDS: Final = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"),
                 (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def read_capped(path: str | os.PathLike[str], cap: int = MAX_FILE_BYTES, what: str = "file") -> bytes:
    """The bytes of the regular file ``path``, at most ``cap`` of them.

    Raises :class:`InputError` naming ``path`` for anything else: a missing file, a folder, a FIFO,
    a device, a file over ``cap`` bytes, a read error. ``what`` names the file's role in the message.
    """
    p = os.fspath(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not block; it is refused just below
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(f"{p}: no such {what}") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"{p}: is {_kind(mode)}, not a regular file; refused")
        return _read_upto(lambda n: os.read(fd, n), cap, f"{p}: the {what} is over the {cap:,}-byte limit; refused")
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def read_stream_capped(stream: BinaryIO, cap: int = MAX_FILE_BYTES, name: str = "-") -> bytes:
    """At most ``cap`` bytes of ``stream`` (stdin); an :class:`InputError` naming ``name`` beyond."""
    return _read_upto(stream.read, cap, f"{name}: the input is over the {cap:,}-byte limit; refused")


def _read_upto(read: Callable[[int], bytes], cap: int, refusal: str) -> bytes:
    """Everything ``read`` gives, in chunks; an :class:`InputError` (``refusal``) past ``cap`` bytes."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = read(min(_CHUNK, cap + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            raise InputError(refusal)


def write_atomic(target: str | os.PathLike[str], data: bytes, *, through_symlink: bool = False,
                 new_mode: int | None = None) -> None:
    """Replace ``target`` with ``data`` atomically (temporary file beside it, fsync, ``os.replace``).

    The file keeps its mode (a new file gets ``new_mode``, else the umask's default). A symbolic link
    is refused with an :class:`InputError` unless ``through_symlink``, which writes the file the link
    points to and keeps the link. ``OSError`` (a full disk, a read-only folder) is left to the caller;
    the old file is then untouched.
    """
    path = Path(target)
    if path.is_symlink():
        if not through_symlink:
            raise InputError(f"{path}: is a symbolic link; not written (write the file it points to)")
        path = Path(os.path.realpath(path))
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = new_mode
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is None:  # mkstemp made it 0600: give a new file the umask's usual mode
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise

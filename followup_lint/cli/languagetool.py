"""``followup-lint languagetool serve [--port N]``: a local LanguageTool server for the grammar rule.

language-tool-python (the ``languagetool`` extra, GPL-3.0) downloads LanguageTool into its cache
(``~/.cache/language_tool_python``, or ``$LTP_PATH``) the first time, checks for Java 17+, and builds the
server's command line; this command runs that server in the foreground on a fixed port, waits until it
answers a check, prints the ``url`` to put in the configuration, and stops it on Ctrl-C or SIGTERM.
(language-tool-python's own ``LanguageTool`` object cannot be told a port, hides the server's output
and kills it when the interpreter exits, so only its download and command-line code is used.)

Every failure is one line on stderr and exit 2: no Java or an old one, a download that fails, a port in
use, a server that exits or never answers during start-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import subprocess

__all__ = ["add_parser", "run_serve"]

#: how long a starting server may take to answer (LanguageTool loads its rules: seconds to a minute)
START_TIMEOUT_S = 180.0
EXIT_ERROR = 2
#: a server's exit status after SIGINT, SIGTERM or SIGHUP (the JVM exits 128 + signal; -N: killed by N)
_STOPPED_BY_SIGNAL = frozenset({130, 143, 129, -2, -15, -1})


class ServeError(Exception):
    """A one-line reason ``serve`` cannot go on."""


class _Stop(Exception):
    """SIGTERM or SIGHUP arrived."""


def add_parser(sub: Any) -> None:
    """Add ``languagetool`` (with ``serve``) to the command's subparsers."""
    lt = sub.add_parser("languagetool", help="run a local LanguageTool server for the grammar rule",
                        description="LanguageTool for the grammar rule (FL110): see docs/grammar.md.")
    commands = lt.add_subparsers(dest="languagetool_command", metavar="COMMAND", parser_class=type(lt))
    serve = commands.add_parser(
        "serve", help="download (once) and run a local LanguageTool server in the foreground",
        description="Download LanguageTool into language-tool-python's cache (once, about 250 MB; needs Java "
                    "17+ and the languagetool extra), run its server on this machine in the foreground, print the "
                    "url for [languagetool] url, and stop it on Ctrl-C.")
    serve.add_argument("--port", type=int, default=8081, metavar="N",
                       help="the port to listen on (default 8081, LanguageTool's own; 0 picks a free one)")
    serve.add_argument("--verbose", action="store_true", help="show the server's own log on stderr")
    serve.set_defaults(func=run_serve)
    lt.set_defaults(func=lambda args: _usage(lt))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_ERROR


def run_serve(args: argparse.Namespace) -> int:
    try:
        return _serve(args.port, verbose=args.verbose)
    except ServeError as exc:
        print(f"followup-lint: languagetool serve: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _serve(port: int, *, verbose: bool) -> int:
    import signal
    import subprocess  # here, not at the top: building the command's parser stays cheap
    if not 0 <= port <= 65535:
        raise ServeError(f"--port {port} is not a port number (0-65535)")
    download_lt = _language_tool_python()
    _check_java(download_lt)
    port = _free_port(port)
    local = download_lt.LocalLanguageTool.from_version_name(download_lt.LTP_DOWNLOAD_VERSION)
    _download(download_lt, local)
    try:
        cmd = local.get_server_cmd(port)
    except Exception as exc:  # FileNotFoundError, PathError, JavaError: the installation is not usable
        raise ServeError(f"cannot find the LanguageTool server in {_cache(download_lt)} ({_short(exc)})") from None
    url = f"http://localhost:{port}"
    out = sys.stderr if verbose else subprocess.DEVNULL
    try:
        server = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=out)
    except OSError as exc:
        raise ServeError(f"cannot start Java ({_short(exc)})") from None
    # SIGINT too, not only Python's KeyboardInterrupt: a process started with SIGINT ignored (a background
    # job of a shell script, some CI runners) would otherwise never stop on it
    stop_signals = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)]
    previous = {sig: signal.getsignal(sig) for sig in stop_signals}

    def stop(signum: int, frame: Any) -> None:
        raise _Stop()

    for sig in stop_signals:
        signal.signal(sig, stop)
    try:
        try:
            _wait_until_ready(server, url)
        except ServeError:
            _terminate(server)
            raise
        print(f"LanguageTool {local.version_name} is running at {url} (Ctrl-C stops it). "
              f"Put this in .followup-lint.toml:\n\n[languagetool]\nurl = \"{url}\"\n", flush=True)
        code = server.wait()
        if code in _STOPPED_BY_SIGNAL:
            raise _Stop()  # Ctrl-C in a terminal reaches the server too, which may exit first
        raise ServeError(f"the LanguageTool server stopped by itself (exit code {code}); "
                         "run with --verbose to see its log")
    except (KeyboardInterrupt, _Stop):
        _terminate(server)
        print("followup-lint: LanguageTool server stopped", file=sys.stderr)
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _language_tool_python() -> Any:
    try:
        from language_tool_python import download_lt
    except ImportError:
        raise ServeError("this needs language-tool-python: pip install 'followup-lint[languagetool]'") from None
    return download_lt


def _check_java(download_lt: Any) -> None:
    """Java 17 or later on PATH, checked the way language-tool-python checks it."""
    import shutil
    import subprocess

    if shutil.which("java") is None:
        raise ServeError("LanguageTool needs Java 17 or later, and no 'java' was found on PATH "
                         "(install a Java 17+ runtime, for example OpenJDK)")
    try:
        download_lt.confirm_java_compatibility(download_lt.LTP_DOWNLOAD_VERSION)
    except SystemError as exc:       # "Detected java 11.0. LanguageTool requires Java >= 17 ..."
        raise ServeError(f"LanguageTool needs Java 17 or later: {_short(exc)}") from None
    except (SystemExit, ModuleNotFoundError, OSError, subprocess.SubprocessError) as exc:
        raise ServeError(f"LanguageTool needs Java 17 or later, and 'java -version' did not say which Java "
                         f"this is ({_short(exc)})") from None


def _free_port(port: int) -> int:
    """``port`` if nothing listens there (0: a free port chosen by the system)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            raise ServeError(f"port {port} is in use (a LanguageTool server already running? "
                             "choose another with --port)") from None
        return probe.getsockname()[1]


def _cache(download_lt: Any) -> str:
    return os.environ.get("LTP_PATH") or os.path.join("~", ".cache", "language_tool_python")


def _download(download_lt: Any, local: Any) -> None:
    try:
        installed = local in local.get_installed_versions()
    except OSError as exc:
        raise ServeError(f"cannot use the LanguageTool cache {_cache(download_lt)} ({_short(exc)})") from None
    if installed:
        return
    where = _cache(download_lt)
    print(f"followup-lint: downloading LanguageTool {local.version_name} (about 250 MB, once) into {where} ...",
          file=sys.stderr, flush=True)
    try:
        local.download()
    except Exception as exc:  # requests' errors, TimeoutError, PathError, a broken zip, a full disk
        kinds = {k.__name__ for k in type(exc).__mro__}
        if "ConnectionError" in kinds:
            reason = "no connection; check the network or proxy settings"
        elif "Timeout" in kinds or "TimeoutError" in kinds:
            reason = "the download timed out"
        else:
            reason = f"{exc.__class__.__name__}: {_short(exc)}"
        raise ServeError(f"cannot download LanguageTool {local.version_name} from {_site(local)} ({reason})") from None


def _site(local: Any) -> str:
    try:
        from urllib.parse import urlsplit

        parts = urlsplit(local.download_url)
        return f"{parts.scheme}://{parts.netloc}"
    except Exception:
        return "its download site"


def _wait_until_ready(server: subprocess.Popen[Any], url: str) -> None:
    """Until the server answers a grammar check the way the grammar rule will send it."""
    import time

    from ..grammar_backend import GrammarUnavailable, LanguageToolBackend

    backend = LanguageToolBackend(url, timeout_s=5.0, language="en-US")
    deadline = time.monotonic() + START_TIMEOUT_S
    reason = "no answer"
    while time.monotonic() < deadline:
        code = server.poll()
        if code is not None:
            raise ServeError(f"the LanguageTool server exited during start-up (exit code {code}); "
                             "run with --verbose to see its log")
        try:
            backend.check("This is a test.")
            return
        except GrammarUnavailable as exc:
            reason = exc.reason
        time.sleep(0.25)
    raise ServeError(f"the LanguageTool server did not answer within {START_TIMEOUT_S:g} s ({reason})")


def _terminate(server: subprocess.Popen[Any]) -> None:
    import subprocess

    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _short(value: Any) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 160 else text[:159] + "…"

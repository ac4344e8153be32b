"""The language server's latency and memory, driven over stdio by pygls's client.

    .venv/bin/python benchmarks/lsp.py [--edits 1000] [--typing-edits 40]

Three measures, on an ordinary draft from ``benchmarks/data/drafts.json`` (the plain-text one nearest the
median length, with its interview, as a mutt compose buffer):

- ``didChange`` -> ``publishDiagnostics`` with the default 300 ms pause (what a user sees after they stop
  typing), median and p95 over ``--typing-edits`` edits;
- the same with no pause (``debounceMs = 0``): the server's own work per edit, over ``--edits`` edits,
  each waited for; the peer in the same run is ``Linter.lint`` of the same draft in this process, so the
  ratio is the protocol's and the server's overhead;
- the server's resident memory (``VmRSS``) after the first lint and after those ``--edits`` edits.

Writes ``benchmarks/results/lsp.json`` and ``benchmarks/results/lsp.md``. The machine's load average is
recorded with the numbers: absolute times move with it, the ratio less so.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"


def ordinary_record() -> dict[str, Any]:
    records = [r for r in json.loads((HERE / "data" / "drafts.json").read_text(encoding="utf-8"))
               if r.get("interview") and "<p" not in r["body"]]
    lengths = sorted(len(r["body"]) for r in records)
    median = lengths[len(lengths) // 2]
    return min(records, key=lambda r: abs(len(r["body"]) - median))


def compose_text(record: dict[str, Any]) -> str:
    to = ", ".join(record.get("to", ()))
    return f"From: Sam Lee <sam@example.org>\nTo: {to}\nSubject: {record['subject']}\n\n{record['body']}"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


async def drive(text: str, options: dict[str, Any], workspace: Path, edits: int) -> dict[str, Any]:
    from lsprotocol import types as lsp
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("followup-lint-bench", "1")
    published: asyncio.Queue[Any] = asyncio.Queue()

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: Any) -> None:
        published.put_nowait((time.perf_counter(), params))

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "XDG_CONFIG_HOME": str(workspace / ".config")}
    await client.start_io(sys.executable, "-m", "followup_lint", "lsp", env=env, cwd=str(workspace))
    await client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities(),
                                                       root_uri=workspace.as_uri(), initialization_options=options))
    client.initialized(lsp.InitializedParams())
    uri = (workspace / "neomutt-bench-1000-1").as_uri()

    async def until(version: int) -> tuple[float, Any]:
        while True:
            when, params = await asyncio.wait_for(published.get(), 60)
            if params.version == version:
                return when, params

    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, "mail", 1, text)))
    _, first = await until(1)
    assert client._server is not None
    pid = client._server.pid
    rss_start = rss_kib(pid)
    latencies = []
    counts = set()
    for i in range(edits):
        version = i + 2
        # an edit as typing makes it: a word appended to the last paragraph, or taken away again
        new_text = text + ("Thanks again." if i % 2 == 0 else "")
        sent = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [lsp.TextDocumentContentChangeWholeDocument(text=new_text)]))
        when, params = await until(version)
        latencies.append((when - sent) * 1000)
        counts.add(len(params.diagnostics))
    rss_end = rss_kib(pid)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {"latencies_ms": latencies, "rss_start_kib": rss_start, "rss_end_kib": rss_end,
            "diagnostics": sorted(counts | {len(first.diagnostics)})}


def peer_lint_ms(record: dict[str, Any], text: str, repeats: int) -> list[float]:
    """The same draft linted in this process by a warm ``Linter`` (the work the server wraps)."""
    from followup_lint import Interview, Linter
    from followup_lint.loaders import load_data

    source = load_data(text.encode("utf-8"), "neomutt-bench-1000-1")
    interview = Interview.from_dict(record["interview"])
    now = datetime.fromisoformat(record["sent_at"])
    linter = Linter()
    linter.lint(source.draft, interview, now=now, source=source)
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        linter.lint(source.draft, interview, now=now, source=source)
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 2), "p95": round(percentile(values, 0.95), 2),
            "n": len(values)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--typing-edits", type=int, default=40)
    args = parser.parse_args()
    record = ordinary_record()
    text = compose_text(record)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp)
        (workspace / "interview.json").write_text(json.dumps(record["interview"]), encoding="utf-8")
        options = {"interview": "interview.json", "now": record["sent_at"]}
        debounced = asyncio.run(drive(text, options, workspace, args.typing_edits))
        immediate = asyncio.run(drive(text, {**options, "debounceMs": 0}, workspace, args.edits))
    peer = peer_lint_ms(record, text, args.edits)
    load_after = os.getloadavg()
    result = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average_1m": [round(load_before[0], 2), round(load_after[0], 2)],
        "draft": {"id": record["id"], "chars": len(text), "diagnostics": immediate["diagnostics"]},
        "change_to_diagnostics_ms_debounce_300": summary(debounced["latencies_ms"]),
        "change_to_diagnostics_ms_debounce_0": summary(immediate["latencies_ms"]),
        "peer_linter_lint_ms": summary(peer),
        "overhead_ratio_median": round(statistics.median(immediate["latencies_ms"]) / statistics.median(peer), 2),
        "rss_mib_after_first_lint": round(immediate["rss_start_kib"] / 1024, 1),
        "rss_mib_after_edits": round(immediate["rss_end_kib"] / 1024, 1),
        "edits": args.edits,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "lsp.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    d300, d0, p = (result["change_to_diagnostics_ms_debounce_300"], result["change_to_diagnostics_ms_debounce_0"],
                   result["peer_linter_lint_ms"])
    table = "\n".join([
        "# Language server: latency and memory",
        "",
        f"Measured {result['when']} with `python benchmarks/lsp.py --edits {args.edits} "
        f"--typing-edits {args.typing_edits}` on {result['machine']}, under load (1-minute load average "
        f"{result['load_average_1m'][0]} before, {result['load_average_1m'][1]} after: other jobs shared the "
        "2 cores). Draft: "
        f"`{record['id']}` from benchmarks/data ({len(text)} characters, as a mutt compose buffer with its "
        f"interview; {', '.join(map(str, result['draft']['diagnostics']))} diagnostics).",
        "",
        "| measure | median | p95 | n |",
        "|---|---:|---:|---:|",
        f"| didChange -> publishDiagnostics, default 300 ms pause | {d300['median']} ms | {d300['p95']} ms | "
        f"{d300['n']} |",
        f"| didChange -> publishDiagnostics, no pause (the server's work) | {d0['median']} ms | {d0['p95']} ms | "
        f"{d0['n']} |",
        f"| peer: `Linter.lint` of the same draft, in process | {p['median']} ms | {p['p95']} ms | {p['n']} |",
        "",
        f"Round trip over the linter alone (medians, same run): {result['overhead_ratio_median']}x.",
        "",
        f"Resident memory of the server: {result['rss_mib_after_first_lint']} MiB after the first lint, "
        f"{result['rss_mib_after_edits']} MiB after {args.edits} edits (each linted and published).",
        "",
    ])
    (RESULTS / "lsp.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())

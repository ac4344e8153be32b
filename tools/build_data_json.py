"""Build the JSON twin of each TOML data file (``followup_lint/data/<name>.toml.json``).

Not imported by the package: run it by hand after a ``followup_lint/data/*.toml`` file changes::

    python tools/build_data_json.py

``tomllib`` parses in pure Python: the TOML files one draft reads (cue words, phrase lists, placeholder
and language vocabulary, ~230 KB) took ~20 ms of a cold ``followup-lint check``; ``json`` parses the
same data in C in about a tenth of that. Each twin's first line, ``crc32=<CRC-32 of the TOML file>``,
ties it to the bytes it was made from: ``read_toml_data`` reads the TOML itself when the twin is stale
or missing (the same data, only slower). The TOML files stay the one place the vocabulary is edited.
"""

from __future__ import annotations

import json
import sys
import tomllib
import zlib
from pathlib import Path


def main() -> int:
    data_dir = Path(__file__).resolve().parents[1] / "followup_lint" / "data"
    for path in sorted(data_dir.glob("*.toml")):
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        if json.loads(text) != data:  # a value JSON cannot hold (a TOML date or time)
            print(f"{path.name}: holds a value JSON cannot hold", file=sys.stderr)
            return 1
        twin = path.with_name(path.name + ".json")
        twin.write_bytes(b"crc32=%08x\n" % zlib.crc32(raw) + text.encode("utf-8") + b"\n")
        print(f"{twin.name}: {twin.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build ``spelling-en-common-letters.bin``: where each first letter's words are in the common word list.

Not imported by the package: run it by hand after ``spelling-en-common.txt`` changes::

    python tools/build_lexicon_letters.py

A spelling suggestion compares a misspelling with the known words of its first letter
(``Lexicon.bucket``); picking a letter's words out of the ~53,000 common ones was a scan of the whole
list (~2-5 ms) for each new first letter. The file holds, after a first line ``crc32=<CRC-32 of
spelling-en-common.txt> <letter>=<start>,<end> ...``, the positions of the list's words (16-bit
little-endian) grouped by first letter, each letter's in rank order: the same words in the same order
as the scan. ``Lexicon`` uses it only for a word file of that CRC-32.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from pathlib import Path


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from followup_lint.spelling.lexicon import COMMON_FILE, LETTERS_FILE, read_data_bytes

    data = read_data_bytes(COMMON_FILE)
    words = data.decode("utf-8").split("\n")
    if words and not words[-1]:
        words.pop()
    if len(words) >= 1 << 16:
        print(f"{COMMON_FILE}: {len(words)} words, more than 16-bit positions hold", file=sys.stderr)
        return 1
    by_letter: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        by_letter.setdefault(w[:1], []).append(i)
    head = [f"crc32={zlib.crc32(data):08x}"]
    positions = array("H")
    for letter, where in by_letter.items():
        if not letter or letter.isspace():
            print(f"{COMMON_FILE}: a word starting with {letter!r}", file=sys.stderr)
            return 1
        head.append(f"{letter}={len(positions)},{len(positions) + len(where)}")
        positions.extend(where)
    if sys.byteorder == "big":
        positions.byteswap()
    out = root / "followup_lint" / "data" / LETTERS_FILE
    out.write_bytes(" ".join(head).encode("utf-8") + b"\n" + positions.tobytes())
    print(f"{out}: {len(by_letter)} letters, {len(positions)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build ``hyphenation-counts-en.txt``: the hyphenation points of each common word, counted ahead.

Not imported by the package: run it by hand when pyphen's dictionary or the common word list changes::

    python tools/build_hyphenation_counts.py

Each word of ``spelling-en-common.txt`` that ``readability.syllables`` can ask about (lower case, no
apostrophe, hyphen or edge dot, at most 40 letters) is counted by ``readability._Patterns`` itself, on
the installed pyphen's ``hyph_en_US.dic`` without any packaged count; the file groups the words by that
count, as sorted ``<word> <points>`` lines indexed by two-letter prefix (``build_spelling_data``'s
block, read by ``WordBlock.value``), after a first line with the dictionary file's CRC-32. ``readability`` uses the counts only for a dictionary file with that CRC-32, and
``tests/test_readability.py`` checks every count against a fresh one.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

from build_spelling_data import block_text


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from followup_lint import readability
    from followup_lint.spelling.lexicon import read_data

    path = readability._find_dictionary()
    patterns = readability._Patterns.load(path, known=False) if path is not None else None
    if patterns is None:
        print(f"{path}: no pyphen hyph_{readability.PYPHEN_LANG}.dic readable by readability._Patterns", file=sys.stderr)
        return 1
    lines = [f"{word}:{patterns.count(word)}" for word in dict.fromkeys(read_data("spelling-en-common.txt").split("\n"))
             if readability.counted_ahead(word)]
    crc = zlib.crc32(path.read_bytes())
    head = f"# crc32={crc:08x} hyphenation points of the common words in {path.name} (tools/build_hyphenation_counts.py)"
    out = root / "followup_lint" / "data" / readability.COUNTS_FILE
    out.write_text(head + "\n" + block_text(lines), encoding="utf-8")
    print(f"{out}: {len(lines)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

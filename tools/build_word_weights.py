"""Build ``word_weights.txt``: how common each English word stem is (a compact IDF table).

Not imported by the package: run it by hand when the source list changes::

    python tools/build_word_weights.py

Source: pyspellchecker 0.9.1's English word-frequency list (``spellchecker/resources/en.json.gz``, MIT
licence, counts derived from OpenSubtitles). Each word is lower-cased, stemmed with the Snowball English
stemmer (after the same normalisation the topic matcher applies: British ``-ise`` forms folded to
``-ize``), the counts of words sharing a stem are summed, and each stem gets ``round(10 * log10(count))``.
The file groups stems by that value, one line per value: ``<value> <stem> <stem> ...``. Stems counted
fewer than ``MIN_COUNT`` times are left out: the matcher treats a missing stem as rare.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

MIN_COUNT = 150


def main() -> int:
    import spellchecker

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from followup_lint.rules._topics import stem

    src = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    counts: dict[str, int] = json.loads(gzip.open(src).read())
    by_stem: dict[str, int] = defaultdict(int)
    for word, count in counts.items():
        if not word.isalpha() and not word.replace("'", "").isalpha():
            continue
        by_stem[stem(word.replace("'", ""))] += count
    buckets: dict[int, list[str]] = defaultdict(list)
    for s, c in by_stem.items():
        if c >= MIN_COUNT and s:
            buckets[round(10 * math.log10(c))].append(s)
    out = root / "followup_lint" / "data" / "word_weights.txt"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# log10 count x10, then the stems with that value (see build_word_weights.py)\n")
        for value in sorted(buckets, reverse=True):
            fh.write(f"{value} {' '.join(sorted(buckets[value]))}\n")
    print(f"{sum(len(v) for v in buckets.values())} stems -> {out} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

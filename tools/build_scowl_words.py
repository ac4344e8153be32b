#!/usr/bin/env python3
"""Regenerate followup_lint/data/spelling-en-scowl.txt: the SCOWL words pyspellchecker's list lacks.

SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; permissive licence, notice kept in
``spelling-en-scowl-NOTICE.txt``) is what the hunspell dictionaries are built from. Debian ships its
source lists as the ``scowl`` package (/usr/share/dict/scowl). Run from the project root:

    .venv/bin/python tools/build_scowl_words.py           # rewrite the files
    .venv/bin/python tools/build_scowl_words.py --check   # are the committed files current?
    .venv/bin/python tools/build_scowl_words.py --scowl DIR

Which words: the lower-case words of SCOWL's size levels up to 70 (the "large" dictionaries; level 60
is hunspell's default) that pyspellchecker's list (``spelling-en-common.txt``/``-rare.txt``) does not
have, mostly newer or regional words ("timestamp", "whitelist", "cashback", "subdomain",
"voicemails", "billabong"). Measured on Wikipedia's list of common misspellings (benchmarks/spelling.py):
up to level 70 they hide none of its misspellings; level 80 hid 33 of 2,255 on the tuning half
("cannister", "hinderance") for 6 fewer false alarms, so it is not used.

Each line is ``word`` (English in every variety) or ``word<TAB>us`` / ``word<TAB>gb``: a spelling SCOWL
lists only as American, or only as British/Australian/Canadian, so that ``language = "en-US"`` does not
accept a British-only form (nor ``"en-GB"`` an American-only one) just because it is in this file.

``spelling-en-scowl-rare.txt``: the words of SCOWL's size 80 (English in every variety: its
``english`` and ``variant_1`` lists) that no word already known is within one edit of, in the
prefix-indexed block format of ``spelling-en-rare.txt``. Size 80 holds the rarer words of trades
("borescope", "formwork", "exfiltration") but also accepted variants that are common misspellings
("cannister", "hinderance"); a misspelling is almost always one edit from the word meant, so a size-80
word is kept only when nothing known is that close: "cannister" (one letter from "canister") is left
out. The test for "that close": a word one letter longer or shorter, or sharing a one-letter deletion
with the word (which also counts some words two edits away: the test errs towards leaving words out).
Measured on the tuning half of Wikipedia's misspellings list: false alarms 0.90% -> 0.79%, detection
98.27% -> 98.13% (3 misspellings hidden: "demographical", "restauration", "seldomly"). Size 95 with the
same test fell under the 98% detection target (97.95%). "Known" here is the generated data only
(pyspellchecker's words, the size-70 SCOWL words, the US/UK pairs), not the hand-written lists, so
that editing those does not make this file stale. Generate it after ``build_spelling_data.py`` and
``build_scowl_variants.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "followup_lint" / "data"
DEFAULT_SCOWL = Path("/usr/share/dict/scowl")
DEFAULT_COPYRIGHT = Path("/usr/share/doc/scowl/copyright")
MAX_LEVEL = 70
LEVELS = (10, 20, 35, 40, 50, 55, 60, 70, 80, 95)
NEUTRAL = ("english", "variant_1")
AMERICAN = ("american",)
BRITISH = ("british", "british_z", "australian", "canadian")


def read_lists(scowl: Path, kinds: tuple[str, ...], max_level: int = MAX_LEVEL, *,
               ascii_only: bool = False) -> set[str]:
    """The lower-case words (no possessives; with ``ascii_only`` no accents) of SCOWL's lists up to
    ``max_level`` (also used by build_scowl_variants.py)."""
    out: set[str] = set()
    for kind in kinds:
        for level in LEVELS:
            if level > max_level:
                break
            path = scowl / f"{kind}-words.{level}"
            if not path.is_file():
                continue
            for word in path.read_text(encoding="utf-8", errors="replace").split("\n"):
                word = word.strip()
                if word and word == word.lower() and word.isalpha() and (word.isascii() or not ascii_only):
                    out.add(word)
    return out


def packaged_words() -> set[str]:
    """The words already in the packaged pyspellchecker-derived list."""
    words = set((DATA / "spelling-en-common.txt").read_text(encoding="utf-8").split())
    rare = (DATA / "spelling-en-rare.txt").read_text(encoding="utf-8")
    words.update(rare.partition("\n")[2].split())
    return words


def build(scowl: Path) -> list[str]:
    have = packaged_words()
    neutral = read_lists(scowl, NEUTRAL)
    american = read_lists(scowl, AMERICAN)
    british = read_lists(scowl, BRITISH)
    if not (neutral and american and british):
        raise SystemExit(f"{scowl}: no SCOWL word lists found (install Debian's 'scowl' package or pass --scowl)")
    lines = []
    for word in sorted((neutral | american | british) - have):
        if word in neutral or (word in american and word in british):
            lines.append(word)
        elif word in american and "iz" in word and word.replace("iz", "is") in british:
            lines.append(word)              # Oxford spelling: -ize is British too
        elif word in american:
            lines.append(f"{word}\tus")
        else:
            lines.append(f"{word}\tgb")
    return lines


RARE_LEVEL = 80
RARE_KINDS = ("english", "variant_1")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def build_rare(scowl: Path, lines: list[str]) -> list[str]:
    """The size-80 words no known word is within one edit of (see the module docstring)."""
    sys.path.insert(0, str(ROOT))
    from followup_lint.spelling.engine import load_variants

    known = packaged_words() | {line.partition("\t")[0] for line in lines}
    by_us, by_uk = load_variants()
    known |= set(by_us) | set(by_uk)
    deleted: set[str] = set()
    for word in known:
        deleted |= _deletes(word)
    out = []
    for word in read_lists(scowl, RARE_KINDS, RARE_LEVEL) - known:
        if len(word) < 4 or word in deleted:         # a known word is this word plus one letter
            continue
        mine = _deletes(word)
        if mine & known or mine & deleted:            # minus one letter, or a letter changed or swapped
            continue
        out.append(word)
    return sorted(out)


def notice(copyright_file: Path) -> str:
    text = copyright_file.read_text(encoding="utf-8", errors="replace")
    start = text.find("The collective work is Copyright")
    body = text[start:] if start >= 0 else text
    return ("The files spelling-en-scowl.txt, spelling-en-scowl-rare.txt (tools/build_scowl_words.py) and\n"
            "spelling-en-variants-scowl.tsv (tools/build_scowl_variants.py) in this folder are generated from\n"
            "SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, http://wordlist.aspell.net/,\n"
            "as packaged by Debian (package 'scowl' 2020.12.07). SCOWL's copyright and permission notices:\n\n"
            + body.rstrip() + "\n")


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Regenerate spelling-en-scowl.txt from SCOWL.")
    ap.add_argument("--check", action="store_true", help="compare with the committed files instead of writing")
    ap.add_argument("--scowl", type=Path, default=DEFAULT_SCOWL, help="folder of SCOWL's word lists")
    ap.add_argument("--copyright", type=Path, default=DEFAULT_COPYRIGHT, help="SCOWL's copyright file")
    args = ap.parse_args(argv)
    lines = build(args.scowl)
    text = "# generated by tools/build_scowl_words.py from SCOWL (see spelling-en-scowl-NOTICE.txt); do not edit\n"
    text += "\n".join(lines) + "\n"
    from build_spelling_data import block_text

    rare = build_rare(args.scowl, lines)
    files = {DATA / "spelling-en-scowl.txt": text, DATA / "spelling-en-scowl-rare.txt": block_text(rare),
             DATA / "spelling-en-scowl-NOTICE.txt": notice(args.copyright)}
    if args.check:
        stale = [p.name for p, t in files.items() if not p.is_file() or p.read_text(encoding="utf-8") != t]
        if stale:
            print(f"out of date: {', '.join(stale)}", file=sys.stderr)
            return 1
        return 0
    for path, content in files.items():
        path.write_text(content, encoding="utf-8", newline="\n")
    tags = {t: sum(1 for line in lines if line.endswith("\t" + t)) for t in ("us", "gb")}
    print(f"{len(lines)} words ({tags['us']} American-only, {tags['gb']} British-only), {len(rare)} size-80 words",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

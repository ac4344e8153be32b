#!/usr/bin/env python3
"""Regenerate followup_lint/data/spelling-en-variants-scowl.tsv: US/UK spelling pairs derived from SCOWL.

SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; permissive licence, its copyright and
permission notices are kept in ``followup_lint/data/spelling-en-scowl-NOTICE.txt``) splits its words
by variety: ``english`` (common to all), ``american`` (American-only), ``british`` (British, -ise),
``british_z`` (British with Oxford -ize), and lists of accepted variants (``variant_1`` for American,
``british_variant_1``/``_2`` for British). Debian ships the lists as the ``scowl`` package
(/usr/share/dict/scowl). Run from the project root:

    .venv/bin/python tools/build_scowl_variants.py           # rewrite the file
    .venv/bin/python tools/build_scowl_variants.py --check   # is the committed file current?
    .venv/bin/python tools/build_scowl_variants.py --scowl DIR

How pairs are found: every American-only word (and every word common to all varieties, for the British
forms of "license", "program", "tire", "meter") is put through the spelling transformations below, at
most two at a time (``colorize`` -> ``colourise`` is -or/-our plus -ize/-ise); a result that SCOWL lists
as British (``british`` or ``british_z``) is its British form. An American-only word with no British
result may also pair with a word common to all varieties ("analog" -> "analogue"). The transformations
are written from general knowledge of US/UK spelling (-or/-our, -er/-re, -ize/-ise, -yze/-yse,
traveled/travelled, fulfill/fulfil, e/ae/oe, -ense/-ence, -og/-ogue, judgment/judgement, mold/mould,
plow/plough, skeptic/sceptic, check/cheque, program/programme, omelet/omelette, gray/grey, aluminum/
aluminium, ...); SCOWL only confirms them, so an unrelated word pair needs both a transformation and
SCOWL's word lists to agree.

Flags (see tools/build_spelling_data.py): ``gb-ok`` when SCOWL lists the American form as British too
(``english``, ``british``, ``british_z`` -- Oxford -ize --, ``british_variant_1`` or ``_2``), when the
British form differs only by -ise for -ize (Oxford spelling), or when the curated judgments say so (a
word tools/build_spelling_data.py's file marks ``gb-ok`` other than for -ize alone, and the families it
marks so: program, judgment, license, analog, sulfur, draft, ...: ``GB_OK_STEMS``); ``us-ok`` when SCOWL
lists the British form as American too (``english``, ``american`` or the American ``variant_1``) or
Merriam-Webster gives it as an American variant (``US_OK_WORDS``: "tsar", "flautist", "moustache"). Both
err on the side of not flagging: a false alarm on a correct draft costs more than a missed variant.
Only lower-case ASCII words up to SCOWL size level 60 are used (SCOWL's recommended size for spell
checking; level 70 adds medical forms such as "apnoea" but also pairs such as "stentor"/"stentour" and
"gluteus"/"glutaeus", and gained nothing on the tuning half of the breame pairs), and no word that
SCOWL also lists capitalised or as a proper name up to that level ("Manila" is not "manilla").

The packaged spelling-en-variants.tsv (tools/build_spelling_data.py) is loaded first and wins over
this file (``followup_lint.spelling.engine.load_variants``): pairs it has are left out here, and so is
a pair whose British form it has as an American one. The file's second part lists curated pairs that
SCOWL says both varieties write, with the flags to add to them ("expertise", "surprise", "dialogue",
"catalogue", "cancelled" are American too; "instill" is British too): the loader lets a later file
relax a pair it already has, never make it stricter.

Measured with benchmarks/spelling.py on the breame package's pairs (tune half / held-out half), before
-> after this file: en-GB reports 75.9% -> 76.5% / 58.1% -> 69.5% of the American forms (not -ize),
en-US 92.7% -> 91.9% / 84.1% -> 86.4% of the British forms (the relaxed pairs cost the tune half a
little), neither reports a correct form of its own variety.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "followup_lint" / "data"
OUT_NAME = "spelling-en-variants-scowl.tsv"
CURATED_NAME = "spelling-en-variants.tsv"
DEFAULT_SCOWL = Path("/usr/share/dict/scowl")
MAX_LEVEL = 60

ENGLISH = ("english",)
AMERICAN = ("american",)
BRITISH = ("british", "british_z")
BRITISH_VARIANTS = ("british_variant_1", "british_variant_2")
AMERICAN_VARIANTS = ("variant_1",)

# (pattern, replacement): each match of the pattern, one at a time, is replaced (American -> British)
_OR_TAIL = (r"(?=$|s$|ed$|ing|ful|less|ite|able|ably|er|ee|hood|ly$|al|ism|ist|y$|ies|ier|iest|ily|iness"
            r"|ant|iz|is|ation|ous|ific|ish|ware|some|age|blind|cast|fast|way|saving|monger|maid)")
# e -> ae/oe: not at the end, not in a final "-es"/"-ed"/"-er", not after a vowel or a first "pr"
_AE = r"(?<![aeiou])(?<!^pr)e(?!s?$|d$|rs?$|ss)"
_ER_TAIL = r"(?=$|s$|less|piece|line|fold|goer|going|glass|board|ly$|ness|ments?$)"
RULES: tuple[tuple[str, str], ...] = (
    (r"(?<=[a-z]{3})or" + _OR_TAIL, "our"),           # color, behavior, honorable, savory
    (r"(?<=[bcdghkltv])er" + _ER_TAIL, "re"),         # center, theater, fiber, somberly, centerpiece
    (r"(?<=[bcdghkltv])er(?=ed$|ing$|ings$)", "r"),    # centered -> centred, reconnoitering
    (r"(?<=[a-z]{3})iz(?=e|ing|ation|abl|er)", "is"),  # organize -> organise (Oxford keeps -ize)
    (r"yz", "ys"),                                    # analyze -> analyse
    (r"(?<=[aeiou]l)(?=[aeiouy])", "l"),              # traveled, labeling, jeweler, marvelous
    (r"(?<=l)l(?=$|s$|ment|ful|ness)", ""),           # fulfill, enrollment, skillful, willfulness
    (_AE, "ae"),                                      # anemia, archeology, paleontology, esthetic
    (_AE, "oe"),                                      # estrogen, esophagus, fetus, maneuver
    (r"ens(?=e)", "enc"),                             # defense, offense, pretense, license
    (r"og(?=s?$)", "ogue"),                           # catalog, analog, dialog, monolog
    (r"og(?=ed$|ing$|er$|ers$)", "ogu"),              # cataloged -> catalogued
    (r"(?<=[gkvzm])(?=ment|ing$|able|ably|abilit)", "e"),  # judgment, aging, likable, sizable
    (r"(?<=x)$", "e"),                                # ax -> axe, annex -> annexe
    (r"o(?=l[dt])", "ou"),                            # mold, molt, smolder
    (r"(?<=^m)u(?=stach)", "ou"),                     # mustache
    (r"(?<=pl)ow", "ough"),                           # plow
    (r"(?<=^)sk(?=ep)", "sc"),                        # skeptic
    (r"eck(?=$|s$|book)", "eque"),                    # check -> cheque, checkbook
    (r"eck(?=er)", "equ"),                            # checkered -> chequered
    (r"gram(?=s?$)", "gramme"),                       # program, kilogram
    (r"(?<=[lm])et(?=s?$)", "ette"),                  # omelet, cigaret
    (r"(?<=ract)ic(?=e[ds]$|ing$)", "is"),            # practiced -> practised
    (r"(?<=^t)i(?=re)", "y"),                         # tire -> tyre
    (r"(?<=^s)i(?=phon)", "y"),                       # siphon -> syphon
    (r"(?<=^c)i(?=pher)", "y"),                       # cipher -> cypher
    (r"(?<=alumin)um", "ium"),                        # aluminum
    (r"(?<=^gr)ay", "ey"),                            # gray
    (r"(?<=[aeiou]p)(?=ed$|ing$|er$|ers$)", "p"),     # worshiped, kidnaper
    (r"(?<=[aeiou]t)(?=or$|ors$)", "t"),              # carburetor
    (r"(?<=^co)z(?=[iy])", "s"),                      # cozy, coziness
    (r"^air(?=plane|foil|drome)", "aero"),            # airplane, airfoil
    (r"^flu(?=tist)", "flau"),                        # flutist
    (r"(?<=sul)f", "ph"),                             # sulfur, sulfate
    (r"^dek(?=a)", "dec"),                            # dekaliter
    (r"(?<=^r)u(?=bl)", "ou"),                        # ruble
    (r"^lic(?=oric)", "liqu"),                        # licorice
    (r"^paj(?=am)", "pyj"),                           # pajamas
    (r"(?<=dr)aft", "aught"),                         # draft, drafty, draftsman
    (r"^tid(?=bit)", "tit"),                          # tidbit
    (r"(?<=^beh)oo(?=v)", "o"),                       # behoove
    (r"^cz(?=ar)", "ts"),                             # czar
    (r"(?<=^ge)m(?=olog)", "mm"),                     # gemology
    (r"^caf(?=tan)", "kaf"),                          # caftan
    (r"(?<=^whisk)ey", "y"),                          # whiskey
    (r"(?<=^jewel)ry", "lery"),                       # jewelry
    (r"(?<=^m)ath$", "aths"),                         # math
)

# American forms that British English also uses in some sense, beyond what SCOWL lists (never flagged
# under en-GB): "specialty" (medicine, chemicals), "draft" senses, "program" (software)
GB_OK_WORDS = frozenset("""specialty specialties draftsman draftsmen draftsmanship downdraft downdrafts
updraft updrafts indraft livable""".split())
# British forms that American English writes too, beyond what SCOWL lists (never flagged under en-US; also
# applied to the curated pairs): Merriam-Webster gives them as American variants
US_OK_WORDS = frozenset("""tsar tsars kaftan kaftans liveable flautist flautists epaulette epaulettes rouble
roubles moustache moustaches moustached""".split())
# American forms of the curated file that British English writes too, which SCOWL lists only as common to
# all ("english", where it also keeps American spellings it has no variant for): relaxed to gb-ok
GB_RELAX = frozenset({"humorist", "humorists", "technicolor"})
# pairs that the transformations and SCOWL's lists agree on but that are different words
NOT_PAIRS = frozenset({("maters", "matres")})
# families whose US form the curated generator marks gb-ok: a SCOWL word starting with one of these
# stems inherits the flag ("sulfuric", "archeological", "encyclopedic", "analogs", "programmable")
GB_OK_STEMS = ("sulf", "archeolog", "encycloped", "homeopath", "judgment", "acknowledgment", "analog",
               "dialog", "program", "artifact", "aging", "inquir", "fetus", "fetal", "medieval", "likab",
               "yogurt", "annex", "routing", "draft", "donut", "tire", "check", "practice", "license", "whiskey")

_COMPILED = tuple((re.compile(p), r, 5 if p == _AE else 0) for p, r in RULES)   # (pattern, repl, min length)
# for words common to all varieties ("meter", "license", "check"): one step, and no e -> ae/oe (which pairs
# "tells" with "taels")
_COMMON_RULES = tuple(rule for rule in _COMPILED if rule[0].pattern != _AE)


def read_names(scowl: Path, max_level: int = MAX_LEVEL) -> set[str]:
    """SCOWL's capitalised words and proper names, lower-cased ("Manila", "Chequers", "Cesar")."""
    out: set[str] = set()
    for path in sorted(scowl.glob("*-upper.*")) + sorted(scowl.glob("*-proper-names.*")):
        level = path.suffix[1:]
        if level.isdigit() and int(level) <= max_level:
            out.update(w.lower() for w in path.read_text(encoding="latin-1").split())
    return out


def read_lists(scowl: Path, kinds: tuple[str, ...], max_level: int = MAX_LEVEL) -> set[str]:
    """The lower-case ASCII words (no possessives, no accents) of SCOWL's lists up to ``max_level``."""
    if str(Path(__file__).resolve().parent) not in sys.path:     # imported as a module by the tests
        sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build_scowl_words import read_lists as read

    return read(scowl, kinds, max_level, ascii_only=True)


def step(word: str, rules=None):
    """Each single transformation of ``word``."""
    for pattern, repl, min_len in rules or _COMPILED:
        if len(word) < min_len:
            continue
        for m in pattern.finditer(word):
            yield word[: m.start()] + repl + word[m.end():]


def transforms(word: str, depth: int = 2, rules=_COMPILED) -> dict[str, int]:
    """Every form reached from ``word`` by 1..``depth`` transformations, with the fewest steps."""
    seen = {word: 0}
    frontier = [word]
    for d in range(1, depth + 1):
        nxt = []
        for w in frontier:
            for out in step(w, rules):
                if out not in seen:
                    seen[out] = d
                    nxt.append(out)
        frontier = nxt
    del seen[word]
    return seen


def _oxford(us: str, uk: str) -> bool:
    """Is ``uk`` the -ise form of the -ize word ``us`` (British with Oxford spelling takes -ize)?"""
    i = us.find("iz")
    while i >= 0:
        if us[:i] + "is" + us[i + 2:] == uk:
            return True
        i = us.find("iz", i + 1)
    return False


def read_curated(data: Path = DATA) -> list[tuple[str, str, str]]:
    """The curated file's rows ``(us, uk, flags)`` in file order; empty when it is missing."""
    path = data / CURATED_NAME
    if not path.is_file():
        return []
    return [tuple(line.split("\t")) for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


def by_us(rows: list[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    """``us -> (uk, flags)``, the first row of each US form winning (as the loader reads them)."""
    out: dict[str, tuple[str, str]] = {}
    for us, uk, flags in rows:
        out.setdefault(us, (uk, flags))
    return out


def build(scowl: Path, curated: dict[str, tuple[str, str]], max_level: int = MAX_LEVEL
          ) -> list[tuple[str, str, str]]:
    """The (us, uk, flags) rows, sorted by US form, the nearest British form first."""
    english = read_lists(scowl, ENGLISH, max_level)
    american = read_lists(scowl, AMERICAN, max_level)
    british = read_lists(scowl, BRITISH, max_level)
    if not (english and american and british):
        raise SystemExit(f"{scowl}: no SCOWL word lists found (install Debian's 'scowl' package or pass --scowl)")
    british_z = read_lists(scowl, ("british_z",), max_level)
    gb_accepts = english | british | read_lists(scowl, BRITISH_VARIANTS, max_level)
    us_accepts = english | american | read_lists(scowl, AMERICAN_VARIANTS, max_level)
    curated_uk = {uk: flags for uk, flags in curated.values()}
    names = read_names(scowl, max_level)       # a capitalised "Manila" is not the paper
    # the curated file's gb-ok judgments, except its Oxford ones ("colorize" -> "colorise" says nothing
    # about -or/-our)
    curated_gb_ok = {us for us, (uk, flags) in curated.items() if "gb-ok" in flags and not _oxford(us, uk)}

    rows: list[tuple[str, str, str]] = []
    for us in sorted(american | english):
        if len(us) < 4 or us in names or (us in curated_uk and "us-ok" not in curated_uk[us]):
            continue
        common = us not in american
        found = transforms(us, 1, _COMMON_RULES) if common else transforms(us)
        uk_forms = [w for w in found if w in british and w not in english]
        if not uk_forms and not common:
            # an American-only word whose other form is common to all ("analog" -> "analogue"); only
            # one transformation away, so that unrelated words do not pair
            uk_forms = [w for w in found if w in english and found[w] == 1 and w not in american]
        # the British form nearest to the American one first (British -ize before -ise: Oxford)
        uk_forms.sort(key=lambda w: (found[w], w not in british_z, w))
        for uk in uk_forms:
            if (us, uk) in NOT_PAIRS or uk in names or (us in curated and curated[us][0] == uk):
                continue                     # not a pair, a name, or the curated file has it (and wins)
            if uk in curated:
                continue                     # the curated file has this British form as an American one
                                             # ("anaesthetize" -> "anaesthetise"): a finding's fix for
                                             # "anaesthetise" must not be flagged in turn
            gb_ok = (us in gb_accepts or _oxford(us, uk) or us in GB_OK_WORDS or us.startswith(GB_OK_STEMS)
                     or us in curated_gb_ok)
            us_ok = uk in us_accepts or uk in US_OK_WORDS or "us-ok" in curated_uk.get(uk, "")
            if gb_ok and us_ok:
                continue                     # both varieties use both forms: nothing to report
            rows.append((us, uk, ",".join(f for f, on in (("gb-ok", gb_ok), ("us-ok", us_ok)) if on) or "-"))
    # a word must not be reported as British under en-US and as American under en-GB
    flagged_us = {us for us, _, flags in rows if "gb-ok" not in flags}
    flagged_uk = {uk for _, uk, flags in rows if "us-ok" not in flags}
    assert not flagged_us & flagged_uk, sorted(flagged_us & flagged_uk)[:10]
    return rows


def relaxations(scowl: Path, curated: dict[str, tuple[str, str]], curated_rows: list[tuple[str, str, str]],
                max_level: int = MAX_LEVEL) -> list[tuple[str, str, str]]:
    """The curated pairs whose flags SCOWL says are too strict: the same pair with the flags to add.

    ``us-ok`` when SCOWL lists the British form as American too (``english``, ``american``, ``variant_1``:
    "expertise", "surprise", "dialogue", "archaeology", "catalogue", "cancelled"); ``gb-ok`` when it lists
    the American form as British (``british``, ``british_z``, ``british_variant_1``/``_2``: "instill",
    "crenelated"; not merely ``english``, where SCOWL keeps American spellings it has no variant for,
    such as "esophageal"). Rows of an earlier file are only ever relaxed by these, never made stricter.
    """
    gb_affirms = read_lists(scowl, BRITISH + BRITISH_VARIANTS, max_level)
    us_accepts = read_lists(scowl, ENGLISH + AMERICAN + AMERICAN_VARIANTS, max_level)
    first_uk: dict[str, tuple[str, str]] = {}
    for us, uk, flags in curated_rows:
        first_uk.setdefault(uk, (us, flags))
    out: dict[tuple[str, str], set[str]] = {}
    for us, (uk, flags) in curated.items():          # what en-GB reads: the entry by US form
        if "gb-ok" not in flags and (us in gb_affirms or us in GB_RELAX):
            out.setdefault((us, uk), set(flags.split(",")) - {"-"}).add("gb-ok")
    for uk, (us, flags) in first_uk.items():          # what en-US reads: the entry by UK form
        if "us-ok" not in flags and (uk in us_accepts or uk in US_OK_WORDS):
            out.setdefault((us, uk), set(flags.split(",")) - {"-"}).add("us-ok")
    return [(us, uk, ",".join(sorted(flags))) for (us, uk), flags in sorted(out.items())]


def render(rows: list[tuple[str, str, str]], relaxed: list[tuple[str, str, str]] = ()) -> str:
    head = ("# US and UK spelling pairs derived from SCOWL by tools/build_scowl_variants.py (do not edit);\n"
            "# SCOWL's copyright and permission notices: spelling-en-scowl-NOTICE.txt\n")
    text = head + "".join(f"{us}\t{uk}\t{flags}\n" for us, uk, flags in rows)
    if relaxed:
        text += "# pairs of spelling-en-variants.tsv that both varieties write: flags added to them\n"
        text += "".join(f"{us}\t{uk}\t{flags}\n" for us, uk, flags in relaxed)
    return text


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Regenerate spelling-en-variants-scowl.tsv from SCOWL.")
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing")
    ap.add_argument("--scowl", type=Path, default=DEFAULT_SCOWL, help="folder of SCOWL's word lists")
    ap.add_argument("--max-level", type=int, default=MAX_LEVEL, help="largest SCOWL size level used")
    ap.add_argument("--out", type=Path, default=None, help="write here instead (for experiments)")
    args = ap.parse_args(argv)
    curated_rows = read_curated()
    curated = by_us(curated_rows)
    rows = build(args.scowl, curated, args.max_level)
    relaxed = relaxations(args.scowl, curated, curated_rows, args.max_level)
    text = render(rows, relaxed)
    path = args.out or DATA / OUT_NAME
    if args.check:
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            print(f"out of date: {OUT_NAME}", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8", newline="\n")
    gb = sum(1 for r in rows if "gb-ok" not in r[2])
    us = sum(1 for r in rows if "us-ok" not in r[2])
    print(f"{len(rows)} pairs ({gb} American forms flagged under en-GB, {us} British forms under en-US); "
          f"{len(relaxed)} curated pairs relaxed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

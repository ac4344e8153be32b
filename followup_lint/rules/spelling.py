"""FL101 misspelled-word and FL112 not-english."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress, takewhile
from operator import itemgetter, not_
from functools import lru_cache
from email.utils import getaddresses
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Iterable, Sequence

from .._io import read_capped
from .._limits import ANALYSED_WORDS
from ..document.postal import in_postal_line
from ..errors import ConfigError, InputError
from ..document.vocabulary import run_together
from ..spelling.register import one_edit_from_a_word as _one_edit_from_a_word, software_word, technical_register, \
    tool_name
# (the module, not its names: importing ``followup_lint.analysis.employers`` first loads the rules, this one
# among them, while that module is still half-made)
from ..analysis import employers as _employers
from ..names import PARTICLES, fold, name_matcher
from ..results import Applicability, Finding, Severity
from ..rule import Rule, RuleContext
from ..timeutil import DAY_NAMES, MONTHS

if TYPE_CHECKING:
    from ..config import Config
    from ..spelling import Speller

__all__ = ["MisspelledWord", "NotEnglish"]

# a draft full of unknown words costs at most this many suggestion searches (the rest are reported bare)
_MAX_SUGGESTED: Final = 40
_SPLIT_NAME: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END: Final = frozenset(".!?:;\n\"“(")
# prefixes written with a hyphen that are not words on their own: accepted only before a hyphen
# ("pre-screen", "mis-hire"), so "as pre our call" is still reported
_HYPHEN_PREFIXES: Final = frozenset("pre tri neo proto cyber mis intra trans".split())
#: marks typed for an apostrophe inside a contraction ("hadn´t", "wouldn`t", "couldnʼt", "didn′t"): an acute
#: accent, a backtick, a prime, a left quotation mark, the modifier letters apostrophe and prime
_APOSTROPHE_LIKE: Final = "´`′‘ʼʹ"
#: the character before or after a word that may be its contraction's mark: a look-alike, or a reference's "&" or ";"
_APOSTROPHE_LIKE_OR_REFERENCE: Final = _APOSTROPHE_LIKE + "&;"
_APOSTROPHE_TABLE: Final = str.maketrans(dict.fromkeys(_APOSTROPHE_LIKE, "'"))
_LETTERS_AFTER: Final = re.compile(r"[^\W\d_]{1,3}(?![^\W\d_])")
_LETTERS_BEFORE: Final = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,20}$")


@dataclass(frozen=True, slots=True)
class _Part:
    """One word (or one part of a hyphenated word) of a field, as the spelling rules judge it."""

    field: str
    start: int
    end: int
    text: str         # as written, apostrophes straightened
    lower: str
    status: str       # "ok", "unknown", "variant", "exempt", "foreign" (in another language's span),
    #                   "possessive" (a second possessive on a plural: "Masters's")
    initial: bool     # first word of a sentence or line
    preferred: str = ""
    variant: str = ""


def read_dictionaries(config: Config) -> list[str]:
    """The text of each ``dictionaries`` file (relative to the config file's folder); a file that cannot
    be read is a ``ConfigError`` against the config file that names it."""
    base = Path(config.path).parent if config.path else Path.cwd()
    out = []
    for name in config.dictionaries:
        path = Path(name).expanduser()
        if not path.is_absolute():
            path = base / path
        try:
            # regular files only, bounded: a repository's config may name /dev/zero or a FIFO
            out.append(read_capped(path, what="dictionary").decode("utf-8-sig"))
        except (InputError, UnicodeDecodeError) as exc:
            why = str(exc).removeprefix(f"{path}: ")
            raise ConfigError(f"{config.path or 'configuration'}: dictionaries: cannot read {name} ({path}): "
                              f"{why}") from None
    return out


class _Resource:
    """The speller for the configured language plus the user's dictionary (``words``, ``dictionaries``)."""

    def __init__(self, config: Config) -> None:
        from ..spelling import load_speller

        self.speller: Speller = load_speller(config.language)
        self.plain: dict[str, bool] = {}  # word -> a plain common word (``_plain_words``)
        words: set[str] = {w.strip().lower().replace("’", "'") for w in (*config.words, *config.extra_words)}
        for text in read_dictionaries(config):
            for line in text.splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    words.add(line.lower().replace("’", "'"))
        words.discard("")
        self.words = frozenset(words)


def _resource(ctx: RuleContext) -> _Resource:
    return ctx.resources.get(f"spelling:{ctx.config.language}", _Resource)


def _vocabulary(ctx: RuleContext) -> frozenset[str]:
    """Lower-case words accepted for this draft: names, company, role, topics, addresses, greeting, signature.

    The part that comes from the interview and the addresses is the same for every draft to the same
    people: it is kept per ``Linter`` (``ctx.resources``), keyed by those inputs.
    """
    d = ctx.draft
    key: tuple[object, ...] | None = (ctx.interview, d.to, d.cc, d.bcc, d.sender)
    cache: dict = ctx.resources.get("spelling.vocabulary", lambda config: {})
    try:
        base = cache.get(key)
    except TypeError:  # pragma: no cover - an unhashable custom value
        key, base = None, None
    if base is None:
        base = _interview_vocabulary(ctx)
        if key is not None:
            if len(cache) >= 512:
                cache.clear()
            cache[key] = base
    doc = ctx.doc
    extra: set[str] = set()
    if doc.greeting is not None:
        for _, _, name in doc.greeting.names:
            _add_words(extra, name)
    _add_words(extra, doc.signature_name)
    body = doc.body.text
    for region in doc.regions:  # the note's own code names its identifiers ("the 'timeit' keyword")
        if region.kind == "code":
            _add_words(extra, body[region.start:region.end])
    if ctx.interview is not None and ctx.interview.interviewers:
        for use in ctx.analysis.addressing.strangers:  # a name spoken to: wrong-name's to report, if anyone's
            _add_words(extra, use.text)
    return base | extra if extra - base else base


def _add_words(out: set[str], text: str | None) -> None:
    if text:
        out.update(m.group(0).lower().replace("’", "'") for m in _SPLIT_NAME.finditer(text))


def _interview_vocabulary(ctx: RuleContext) -> frozenset[str]:
    """The accepted words that come from the interview and the draft's addresses."""
    out: set[str] = set()

    def add_text(text: str | None) -> None:
        _add_words(out, text)

    out.update(name_matcher(ctx).vocabulary())
    iv = ctx.interview
    if iv is not None:
        add_text(iv.company)
        add_text(iv.role)
        for group in (iv.topics, iv.strengths, iv.questions):
            for item in group:
                add_text(item)
        for person in iv.interviewers:
            add_text(person.name)
            add_text(person.preferred_name)
            add_text(person.title)
            if person.email:
                add_text(re.sub(r"[._+\-\d]", " ", person.email.split("@", 1)[0]))
            out.update(_run_together(person.name))
    d = ctx.draft
    mailboxes = [*d.to, *d.cc, *d.bcc, *([d.sender] if d.sender else [])]
    for display, address in getaddresses(mailboxes):
        add_text(display)
        out.update(_run_together(display))
        if "@" in address:
            local = re.sub(r"[._+\-\d]", " ", address.split("@", 1)[0])
            add_text(local)
            out.update(_run_together(local))
    return frozenset(out)


#: the letters of one word of a name, lower case
_NAME_LETTERS: Final = re.compile(r"[^\W\d_]+")


def _run_together(name: str | None) -> set[str]:
    """A person's given and family names run together, as a user name or a repository's owner is written
    without its "@" ("anshumandas" for Anshuman Das, "dasanshuman"): the first and last words both ways."""
    words = _NAME_LETTERS.findall((name or "").lower())
    if len(words) < 2:
        return set()
    first, last = words[0], words[-1]
    return {first + last, last + first, "".join(words)}


def _with_instructions(ctx: RuleContext) -> Iterable[Any]:
    """The body's word tokens, with the words of a template's instructions in brackets ("(insert pisition)")
    put back where the placeholder stands: typed like the rest, and as likely to hold a slip."""
    words = ctx.doc.words[:ANALYSED_WORDS]
    # (only the slots among the words analysed: a long template's tail is not read either)
    last = words[-1].end if len(words) == ANALYSED_WORDS else len(ctx.doc.own)
    # (a template repeats its slots: each distinct slot judged once; 1 MB of "[Name] {{x}}" has 150,000)
    verdicts: dict[tuple[str, str], bool] = {}
    slots = []
    for p in takewhile(lambda p: p.start < last, ctx.doc.placeholders):
        key = (p.kind, p.text)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = p.is_instruction
        if verdict:
            slots.append(p)
    if not slots:
        return words
    from ..document.tokens import Token, tokenize

    own = ctx.doc.own
    inner = [Token(p.start + 1 + t.start, p.start + 1 + t.end, t.text, t.kind)
             for p in slots for t in tokenize(own[p.start + 1:p.end - 1]) if t.kind == "word"]
    return sorted((*words, *inner), key=_FIRST)[:ANALYSED_WORDS]


def _analyse(ctx: RuleContext) -> tuple[tuple[_Part, ...], int]:
    """The word parts of the subject and own body that need a look, and how many plain words were fine."""
    res = _resource(ctx)
    speller = res.speller
    vocab = _vocabulary(ctx)
    names = name_matcher(ctx)
    readings = {"body": ctx.analysis.language, "subject": ctx.analysis.subject_language}
    parts: list[_Part] = []
    fine = 0
    # (the register is the note's: a take-home README's subject, "subtitle timeshift", is in the body's register)
    register = _Register(ctx.doc.own)
    # doc.words: the body's word tokens (computed once per draft, shared with the name rules)
    for field, tokens, text in (("subject", [t for t in ctx.doc.subject_tokens if t.kind == "word"],
                                 ctx.doc.subject.text), ("body", _with_instructions(ctx), ctx.doc.own)):
        # the common case, a plain common word, told per distinct word and remembered (picked in C)
        plain = _plain_words(res, list(map(_TEXT, tokens)))
        if field == "body":
            fine += plain.count(True)
        for tok in compress(tokens, map(not_, plain)):
            reading = readings[field]
            if reading.spans and reading.covers(tok.start) is not None:
                parts.append(_Part(field, tok.start, tok.end, tok.norm, tok.norm.lower(), "foreign", False))
                continue                               # "Vielen Dank für das Gespräch": not English to check
            norm = tok.norm
            if "ʼ" in norm or "ʹ" in norm:               # "couldnʼt": a modifier letter for the apostrophe
                norm = norm.translate(_APOSTROPHE_TABLE)
            offset = 0
            pieces = norm.split("-")
            if (len(pieces) == 2 and pieces[1].lower() in _technical().place_suffixes and pieces[0].isalpha()
                    and (speller.known(pieces[0].lower()) or not _one_edit_from_a_word(pieces[0].lower(), speller))):
                if field == "body":                    # "jungang-dong", "Chuo-ku": a place and its suffix (a
                    fine += 1                          # typo one edit from a word stays: "recieve-dong")
                continue
            first_part = len(parts)
            for i, piece in enumerate(pieces):
                start = tok.start + offset
                offset += len(piece) + 1
                if not piece:
                    continue
                if i == 0 and piece.lower() in _HYPHEN_PREFIXES and (
                        len(pieces) > 1 or text[tok.end:tok.end + 1] in ("-", "‐")
                        or _prefix_apart(text, tok.end, piece.lower(), speller)):
                    if field == "body":                # "pre-screen", "cyber-attack", "pre- and post-launch",
                        fine += 1                      # "pre built components" (one word: "prebuilt")
                    continue
                if i > 0 and piece.lower() in _technical().hyphen_suffixes:
                    if field == "body":                # "Docker-ized", "Python-ish": a suffix, not a word
                        fine += 1
                    continue
                if len(pieces) > 1 and len(piece) >= 3 and _ablaut_twin(pieces, i, speller):
                    if field == "body":                # "tic-tac-toe", "zig-zag": a rhyme on a vowel change
                        fine += 1
                    continue
                initial = i == 0 and _sentence_initial(text, start)
                part = _judge(field, start, piece, initial, text, speller, res.words, vocab, names, register)
                if part.status == "ok":
                    if field == "body":
                        fine += 1
                else:
                    parts.append(part)
            if len(pieces) > 1 and len(parts) == first_part + 1 and parts[-1].status == "unknown":
                whole = _hyphenated_slip(field, tok.start, norm, parts[-1], speller, text)
                if whole is not None:          # "re-usuable", "cutt-off": the one word misspelt, as written
                    parts[-1] = whole
    return tuple(parts), fine


#: the word after a prefix written apart from it: one space, then its letters
_WORD_AFTER_SPACE: Final = re.compile(r" ([^\W\d_]{2,30})(?![\w'’-])")


def _prefix_apart(text: str, end: int, prefix: str, speller: Speller) -> bool:
    """Is the prefix ending at ``end`` written apart from the word after it, the two one known word ("pre built
    components": "prebuilt", thirty-fifth ai-101)? "As pre our call" is "per" misspelt: "preour" is no word."""
    m = _WORD_AFTER_SPACE.match(text, end)
    return m is not None and bool(speller.known(prefix + m.group(1).lower()))


def _hyphenated_slip(field: str, start: int, norm: str, bad: _Part, speller: Speller, text: str) -> _Part | None:
    """The whole hyphenated token ``norm`` as the misspelt word when it is one word written with a hyphen
    ("re-usuable" of "reusable", "cutt-off" of "cutoff"): its pieces run together are one edit from a known
    word that keeps the pieces spelt right ("re" + "usable"; not "pre-assesment", whose nearest, "reassessment",
    drops the "p", nor "backend-challeng", a name and a word). Else ``None``: the misspelt piece is reported."""
    if bad.preferred or not bad.text.isalpha():
        return None
    pieces = norm.lower().split("-")
    joined = "".join(pieces)
    if not joined.isalpha() or speller.known(joined):
        return None
    from rapidfuzz.distance import DamerauLevenshtein

    k = pieces.index(bad.lower) if bad.lower in pieces else -1
    if k < 0:
        return None
    head, tail = "".join(pieces[:k]), "".join(pieces[k + 1:])
    for s in speller.suggest(joined, 3):
        if (DamerauLevenshtein.distance(joined, s) <= 1 and s.startswith(head) and s.endswith(tail)
                and len(s) > len(head) + len(tail)):
            return _Part(field, start, start + len(norm), norm, joined, "unknown", _sentence_initial(text, start))
    return None


_TEXT: Final = itemgetter(2)  # Token.text
_FIRST: Final = itemgetter(0)  # Token.start
_PLAIN_KEPT: Final = 65536    # words whose plainness a resource remembers at most


def _ablaut_twin(pieces: list[str], i: int, speller: Speller) -> bool:
    """Is ``pieces[i]`` of a hyphenated word a vowel-changed echo of a known neighbouring piece ("tac" of
    "tic-tac-toe", "zag" of "zig-zag", "flop" of "flip-flop"): the same letters but one vowel for another?
    A typo beside its word is no echo ("recieve-receive" changes two letters)."""
    word = pieces[i].lower()
    for j in (i - 1, i + 1):
        if not 0 <= j < len(pieces):
            continue
        other = pieces[j].lower()
        if len(other) != len(word) or not other.isalpha() or not word.isalpha() or not speller.known(other):
            continue
        diff = [(a, b) for a, b in zip(word, other) if a != b]
        if len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS:
            return True
    return False


def _plain_words(res: _Resource, texts: list[str]) -> list[bool]:
    """For each word, is it a plain common word (as written or lower-cased, and not another variety's
    spelling)? Each distinct word is told once per resource and remembered: a pure function of the word."""
    plain = res.plain
    missing = set(texts).difference(plain)
    if missing:
        if len(plain) + len(missing) > _PLAIN_KEPT:
            plain.clear()
        speller = res.speller
        common, other = speller.lexicon.common, speller.other_variety
        for word in missing:
            w = word if word in common else word.lower()
            plain[word] = w in common and w not in other
    return list(map(plain.__getitem__, texts))


#: a list item's label closed by a parenthesis at a line's start: "6)", "(2)", "b)", "iv)"
_ITEM_LABEL: Final = re.compile(r"[ \t]*\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,4})")
_ITEM_LABEL_MAX: Final = 8


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(*_>-•–":  # a list item's bullet too ("- Impliment caching")
        i -= 1
    if i > 0 and text[i] == ")":       # "6) Wich tool do you use?": the item's first word opens its sentence
        line_start = text.rfind("\n", max(0, i - _ITEM_LABEL_MAX), i) + 1
        if (line_start or i < _ITEM_LABEL_MAX) and _ITEM_LABEL.fullmatch(text, line_start, i) is not None:
            return True
    return i < 0 or text[i] in _SENTENCE_END


def _dotted_segment(text: str, start: int) -> bool:
    """Is the word at ``start`` glued by a dot to a lower-case name before it, a segment of a package's or a
    module's dotted name ("java.util", "lodash.debounce", "os.path")?"""
    return start >= 2 and text[start - 1] == "." and text[start - 2].islower()


#: what ``_judge`` returns for a word that is fine (the caller only reads its status): one shared object
_OK: Final = _Part("", 0, 0, "", "", "ok", False)


class _Register:
    """Is the note in the technical register (``technical_register`` of its own body text), read on first need."""

    __slots__ = ("own", "_answer")

    def __init__(self, own: str) -> None:
        self.own = own
        self._answer: bool | None = None

    def __bool__(self) -> bool:
        if self._answer is None:
            self._answer = technical_register(self.own)
        return self._answer


def _judge(field: str, start: int, piece: str, initial: bool, text: str, speller: Speller,
           user: frozenset[str], vocab: frozenset[str], names: Any, register: _Register) -> _Part:
    end = start + len(piece)
    lower = piece.lower()
    stem = lower[:-2] if lower.endswith("'s") else lower[:-1] if lower.endswith("s'") else lower
    stem = stem.strip("'")

    def part(status: str, **kw: str) -> _Part:
        return _Part(field, start, end, piece, lower, status, initial, **kw)

    if len(stem) <= 1 or "." in piece:
        return part("exempt")                      # a letter, or an abbreviation: "e.g.", "U.S.", "Ph.D."
    spaced = run_together(piece)
    if spaced is not None:                         # a greeting or closing run together: "Goodafternoon"
        return part("unknown", preferred=spaced)   # (before the greeting's words are accepted as names)
    if lower.endswith("s's") and _doubled_possessive(lower, piece, text, start, names):
        return part("possessive", preferred=piece[:-2] + "'")   # "Masters's students": write "Masters'"
    if lower in user or stem in user or lower in vocab or stem in vocab:
        return _OK
    if (text[end:end + 1] in _APOSTROPHE_LIKE_OR_REFERENCE or text[start - 1:start] in _APOSTROPHE_LIKE_OR_REFERENCE
            ) and _split_contraction(
            text, start, end, lower, speller):
        return _OK                                 # "hadn´t", "I`ve": a contraction with a look-alike mark
    issue = speller.variant_issue(lower)
    if issue is not None:
        return part("variant", preferred=issue[0], variant=issue[1])
    if speller.known(lower) or stem != lower and speller.known(stem):
        return _OK
    if not stem.isascii():                         # "naïve", "résumé", "café" written with their accents
        plain = fold(stem)
        if plain != stem and (speller.known(plain) or plain in vocab or plain in user):
            return _OK
    if names.classify(piece) is not None:          # an interviewer's name, or a misspelling of one
        return _OK                          # (reported by interviewer-name-misspelled only)
    letters = piece.replace("'", "")
    if len(letters) >= 2 and letters.isupper():
        return part("exempt")                      # an acronym: "SQL", "API"
    if any(ch.isupper() for ch in letters[1:]):
        return part("exempt")                      # camelCase or product casing: "PostgreSQL", "iOS"
    if speller.phrases and _in_phrase(text, start, end, fold(stem), speller.phrases):
        return _OK                                 # "de facto", "bona fide", "déjà vu"
    if in_postal_line(text, start):
        return part("exempt")                      # a place in an address line: "Anytown, TX 75001"
    # (a known word with one letter doubled by a slip, "hhas", "formmating", is a typo where it stands beside a
    # slash, "linting/formmating", or in a technical paragraph where it would pass for a command; a file's name
    # is the file's, "sorttable.js")
    if _in_file_name(text, start, end) or (_in_markup(text, start, end) and not _doubled_slip(lower, speller)):
        return part("exempt")                      # "stock_price_by_year.ipynb", "*.ipynb", "Flask_Blog"
    if _field_value(text, start):
        return part("exempt")                      # "wechat id: ipledgedad", "User Name: sa"
    if (_technical_name(piece, text, start, speller, names) or (piece.islower() and _command_name(
            lower, text, start, speller))) and not _doubled_slip(lower, speller):
        return part("exempt")                      # "atorvastatin", "Drosophila melanogaster", "sshfs"
    if tool_name(stem, lambda: _dotted_segment(text, start) or bool(register),
                 lambda w: _near_frequent(w, speller.suggest(w, 3), speller, 1)) and not _doubled_slip(stem, speller):
        return part("exempt")                      # "typeorm", "commitlint": a developer's tool, as typed
    if piece.islower() and register and software_word(
            lower, speller, lambda w: _near_frequent(w, speller.suggest(w, 3), speller, _NEAR_EDITS_INITIAL)
    ) and not _doubled_slip(lower, speller):
        return part("exempt")                      # "params", "tabbable", "automapper" in a take-home README
    if _playful(lower, speller):
        return _OK                                 # "Thankies", "thanx", "sooo", "byee": the writer's tone
    if _masked_or_unit(lower, text, start):
        return part("exempt")                      # "reference number xxxxx", "500 km past its service"
    if piece.islower() and lower in PARTICLES and _between_capitals(text, start, end):
        return part("exempt")                      # "Cruz das Almas", "Vila do Conde": a name's particle
    return part("unknown")


#: a capitalised word right before a word (one space or tab between), and one right after it
_CAPITAL_BEFORE: Final = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]{1,30}[ \t]$")
_CAPITAL_AFTER: Final = re.compile(r"[ \t][A-Z][^\W\d_]")


def _between_capitals(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` between two capitalised words, as a name's lower-case particle stands ("Cruz
    das Almas", "Vila do Conde", "Ludwig van Beethoven"; `particles` of ``addressing.toml``, thirty-sixth aj-314)?"""
    return (_CAPITAL_AFTER.match(text, end) is not None
            and _CAPITAL_BEFORE.search(text, max(0, start - 33), start) is not None)


#: a word a doubled letter turns into a slip is a frequent one (among this many), or a longer known word
_DOUBLED_RANK: Final = 20000
_DOUBLED_LONG: Final = 6


def _doubled_slip(lower: str, speller: Speller) -> bool:
    """Is ``lower`` a known word with a letter doubled by a slip: one of a doubled pair dropped gives a
    frequent word ("hhas": "has", "thhe": "the"), or the doubling moved to the next consonant pair gives a
    known word of ``_DOUBLED_LONG`` letters or more ("formmating": "formatting", "comming": no)? Only a
    word with a doubled letter is looked at (a few string checks, no suggestion search)."""
    n = len(lower)
    if n < 3 or not lower.isalpha():
        return False
    rank, known = speller.lexicon.rank, speller.known
    for i in range(n - 1):
        if lower[i] != lower[i + 1]:
            continue
        single = lower[:i] + lower[i + 1:]
        if known(single) and (rank(single) < _DOUBLED_RANK or len(single) >= _DOUBLED_LONG):
            return True
        for j in range(i + 1, len(single)):   # "formmating": the "m" doubled where the "t" should be
            c = single[j]
            if c not in _VOWELS and single[j - 1] in _VOWELS and single[j + 1:j + 2] != c:
                moved = single[:j + 1] + c + single[j + 1:]
                if len(moved) >= _DOUBLED_LONG and known(moved):
                    return True
                break
    return False


#: a plural that takes a second possessive "'s" ends in a plain "-s" after a consonant or "-e" ("masters",
#: "students", "colleagues"); these endings are singular nouns' own ("boss's", "bus's", "Paris's", "series's")
_SINGULAR_S_ENDINGS: Final = ("ss", "us", "is", "as", "os", "ys", "ics", "ies", "ews")
#: the singular of such a plural is a frequent word: rarer ones are names ("Williams's", "Peters's")
_DOUBLED_POSSESSIVE_MAX_RANK: Final = 8000


def _doubled_possessive(lower: str, piece: str, text: str, start: int, names: Any) -> bool:
    """Is ``piece`` ("Masters's", "teams's") the possessive "'s" put on a plural that ends in "-s", whose
    possessive is the apostrophe alone? Not a name: a singular noun's own "-s" ("boss's"), a family name
    after a title or another name ("Dr. Masters's", "Serena Williams's"), an interviewer's name."""
    base = lower[:-2]
    single = base[:-1]
    if base.endswith(_SINGULAR_S_ENDINGS) or len(single) < 3 or not single.isalpha():
        return False
    from ..spelling.lexicon import load_lexicon

    rank = load_lexicon().rank(single)
    if rank > _DOUBLED_POSSESSIVE_MAX_RANK:
        return False
    if piece[:1].isupper() and (_after_title(text, start) or names.classify(piece[:-2]) is not None
                                or _GIVEN_NAME_BEFORE.search(text, max(0, start - 40), start)):
        return False
    return True


#: a capitalised word just before a word (its given name: "Serena Williams's")
_GIVEN_NAME_BEFORE: Final = re.compile(r"\b[A-Z][a-z]+[ \t]+$")


@dataclass(frozen=True, slots=True)
class _Informal:
    """The playful shapes of ``data/spelling-en-informal.toml``."""

    short_max: int
    x_endings: tuple[str, ...]
    x_min_letters: int
    x_max_rank: int
    pet_stems: frozenset[str]
    pet_endings: tuple[str, ...]
    reduplicated: re.Pattern[str]
    laughter: re.Pattern[str]


@lru_cache(maxsize=1)
def _informal() -> _Informal:
    from ..spelling.lexicon import read_toml_data

    data = read_toml_data("spelling-en-informal.toml")
    x, pet, again = data["x_for_ks"], data["pet_forms"], data["reduplicated"]
    # one piece said again: bounded by the word's length, no nested repeat (no backtracking beyond it)
    said_again = re.compile(r"([a-z]{%d,%d})\1+" % (int(again["min_letters"]), int(again["max_letters"])))
    return _Informal(int(data["stretched"]["short_max"]), tuple(x["endings"].split()), int(x["min_letters"]),
                     int(x["max_rank"]), frozenset(pet["stems"].split()),
                     tuple(sorted(pet["endings"].split(), key=len, reverse=True)), said_again,
                     re.compile(r"(%s)\1+" % "|".join(data["laughter"]["syllables"].split())))


_HELD_LETTER: Final = re.compile(r"([a-z])\1{2,}")
#: a word said again and again is short: a longer run is no syllable repeated for effect
_REDUPLICATED_MAX: Final = 16
_VOWELS: Final = "aeiouy"


def _held_consonant_inside(lower: str) -> bool:
    """Is a consonant tripled inside the word, letters of the word on both sides ("suppport", "committtee",
    "aggressssive")? A voice holds a vowel ("pleeease") or the last sound ("thanksss", "hmmm"); a key held
    down inside a word is a typing slip, not tone."""
    return any(m.group(1) not in _VOWELS and 0 < m.start() and m.end() < len(lower)
               for m in _HELD_LETTER.finditer(lower))


def _playful(lower: str, speller: Speller) -> bool:
    """Is the lower-case unknown ``lower`` a playful form of a common word: a letter held ("sooo",
    "pleeease"), a final vowel doubled on a short word ("byee"), "x" for "ks" ("thanx"), a pet form of a
    word of courtesy ("thankies"), a syllable said again ("blabla"), or laughter ("haha")?"""
    if not lower.isalpha():
        return False
    shapes = _informal()
    if len(set(lower)) >= 2 and _HELD_LETTER.search(lower) and not _held_consonant_inside(lower):
        one, two = _HELD_LETTER.sub(r"\1", lower), _HELD_LETTER.sub(r"\1\1", lower)   # "qqqq" is held by nobody
        if speller.known(one) or speller.known(two) or _playful(one, speller) or _playful(two, speller):
            return True
    if (len(lower) >= 3 and lower[-1] == lower[-2] and lower[-1] in _VOWELS
            and len(lower) - 1 <= shapes.short_max and speller.known(lower[:-1])):
        return True
    if lower.endswith("x") and len(lower) >= shapes.x_min_letters:
        rank = speller.lexicon.rank
        if any(speller.known(w) and rank(w) < shapes.x_max_rank for w in (lower[:-1] + e for e in shapes.x_endings)):
            return True
    for ending in shapes.pet_endings:
        if lower.endswith(ending) and lower[:-len(ending)] in shapes.pet_stems:
            return True
    if len(lower) <= _REDUPLICATED_MAX and shapes.laughter.fullmatch(lower) is not None:
        return True                                # "haha", "hehehe": laughter written out
    m = shapes.reduplicated.fullmatch(lower) if len(lower) <= _REDUPLICATED_MAX else None
    if m is not None:                              # "blabla", "yadayada": one syllable said again
        from ..analysis.language import profiles

        return m.group(1) not in profiles().english   # "thethe" is a word typed twice
    return False


#: a file's extension after its name's dot ("report.ipynb", "*.png"): a few lower-case letters, then no letter
_EXTENSION_AFTER: Final = re.compile(r"\.([a-z][a-z0-9]{0,4})(?![^\W\d_])")


#: what may stand before the dot of an extension written on its own, as the name of a file type ("open the
#: .ipynb", "(.csv)", "'.docx'", "*.png", a line's start): no letter, so "end.py" stays a glued word's case
_BEFORE_BARE_EXTENSION: Final = frozenset("* \t\n(\"'`[/")


def _in_file_name(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` part of a file name or an identifier, glued to the rest without a space
    ("stock_price_by_year.ipynb", "'*.ipynb'", "Flask_Blog", "[tsla_img]", "flaskblog.py")? An underscore
    joining it to a letter or digit, or a known extension (``spelling-en-technical.toml`` [files]) after a
    dot: the word itself after a name or "*", or after the word. Code and file names are not prose ("the
    _draft_ I sent" is emphasis, and "teh.next" no file: both still checked)."""
    before, after = text[start - 2:start] if start >= 2 else text[:start], text[end:end + 2]
    if before[-1:] == "_" and before[:1].isalnum() or after[:1] == "_" and after[1:].isalnum():
        return True
    extensions = _technical().extensions
    if before[-1:] == "." and (before[:1].isalnum() or before[:1] in _BEFORE_BARE_EXTENSION or start == 1) \
            and text[start:end] in extensions:
        return True                                # the extension itself: "report.ipynb", "*.png", "view .ipynb files"
    m = _EXTENSION_AFTER.match(text, end)
    return m is not None and m.group(1) in extensions


#: markup around a word that makes it no word of prose: an HTML character entity ("&nbsp;", "&mdash;"), a
#: segment of a path or a package's name glued to a slash ("/src", "./dist/", "shadcn/ui"), the alt text of
#: a Markdown image ("![Imagen de inicio](./shot.png)", in any language)
_ENTITY_AROUND: Final = re.compile(r"&[a-z]{2,8};")
_IMAGE_ALT: Final = re.compile(r"!\[[^\]\n]{0,200}\]\(")


def _in_markup(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` an HTML entity's name, a path's segment, or in a Markdown image's alt
    text? Only a lower-case word is taken for a path's segment: "Recieve/Send" stays checked."""
    if text[start - 1:start] == "&" and text[end:end + 1] == ";":
        return _ENTITY_AROUND.fullmatch(text, start - 1, end + 1) is not None
    word = text[start:end]
    if word.islower() and not {"/", "\\"}.isdisjoint((text[start - 1:start], text[end:end + 1])):
        return True                                # "src/app", a Windows path's "devassessment\\Tests\\bin"
    # (an alt text is at most 200 characters: its "![" is that near, read from there, not from a long line's start)
    line_start = max(text.rfind("\n", max(0, start - 210), start) + 1, start - 210, 0)
    m = _IMAGE_ALT.search(text, line_start, min(len(text), end + 210))
    while m is not None and m.start() < start:
        if m.end() > end:
            return True
        m = _IMAGE_ALT.search(text, m.end(), min(len(text), end + 210))
    return False


@lru_cache(maxsize=1)
def _field_label() -> re.Pattern[str]:
    """A label of an identifier field and its colon, ending where the value starts (``[field_values]``)."""
    from ..spelling.lexicon import read_toml_data

    labels = read_toml_data("spelling-en-technical.toml")["field_values"]["labels"]
    alternatives = "|".join(sorted((re.escape(label).replace(r"\ ", r"[ \t]+") for label in labels),
                                   key=len, reverse=True))
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{alternatives})[ \t]*:[ \t]*$")


def _field_value(text: str, start: int) -> bool:
    """Is the word at ``start`` the value typed after an identifier field's label ("wechat id: ipledgedad",
    "User Name: sa")? Only the token right after the colon: the words after it are prose again."""
    if text[start - 1:start] not in (" ", "\t", ":"):
        return False
    return _field_label().search(text, max(0, start - 20), start) is not None


_NAME_WORD_BEFORE: Final = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,30})(?:[ \t]+|-)$")
_NAME_WORD_AFTER: Final = re.compile(r"(?:[ \t]+|-)([^\W\d_]{2,30})(?![^\W\d_])")
#: how many words a writer's name may run to either side of a signed word ("oluwaseun adebayo-ajayi")
_NAME_RUN_WORDS: Final = 3


def _own_name_words(signature: str | None, speller: Speller) -> frozenset[str]:
    """The lower-case words of the writer's signed name that are no English words ("Kuan"; not "Will")."""
    if not signature:
        return frozenset()
    return frozenset(w for w in (m.group(0).lower() for m in _SPLIT_NAME.finditer(signature))
                     if len(w) >= 2 and not speller.known(w))


def _beside_own_name(text: str, start: int, end: int, own: frozenset[str], speller: Speller) -> bool:
    """Is ``text[start:end]`` in a run of words joined by blanks or hyphens with a word of the writer's
    signed name ("kuan xing" above the signature "Kuan"), the words between being no English words: the
    rest of the writer's own name?"""
    return _run_reaches(text, start, own, speller, -1) or _run_reaches(text, end, own, speller, 1)


def _run_reaches(text: str, pos: int, own: frozenset[str], speller: Speller, side: int) -> bool:
    """Walking from ``pos`` word by word (left for ``side`` -1, right for 1) over words that are no English
    words, is a word of ``own`` reached within ``_NAME_RUN_WORDS`` words?"""
    for _ in range(_NAME_RUN_WORDS):
        m = (_NAME_WORD_BEFORE.search(text, max(0, pos - 40), pos) if side < 0
             else _NAME_WORD_AFTER.match(text, pos))
        if m is None:
            return False
        word = m.group(1).lower()
        if word in own:
            return True
        if speller.known(word):
            return False
        pos = m.start(1) if side < 0 else m.end(1)
    return False


#: an HTML character reference for an apostrophe: "&#39;", "&#x27;", "&apos;", "&rsquo;", "&#8217;"
_APOSTROPHE_REFERENCE: Final = re.compile(r"&(?:#0?39|#[xX]0?27|#8217|#[xX]2019|apos|rsquo);")
_REFERENCE_MAX: Final = 8     # the longest of them ("&#x2019;")


def _apostrophe_reference_after(text: str, end: int) -> int:
    """The length of an apostrophe's character reference that starts at ``end`` (0: none)."""
    m = _APOSTROPHE_REFERENCE.match(text, end, end + _REFERENCE_MAX) if text[end:end + 1] == "&" else None
    return 0 if m is None else m.end() - end


def _apostrophe_reference_before(text: str, start: int) -> int:
    """The length of an apostrophe's character reference that ends at ``start`` (0: none)."""
    if text[start - 1:start] != ";":
        return 0
    amp = text.rfind("&", max(0, start - _REFERENCE_MAX), start)
    return start - amp if amp >= 0 and _APOSTROPHE_REFERENCE.fullmatch(text, amp, start) is not None else 0


def _split_contraction(text: str, start: int, end: int, lower: str, speller: Speller) -> bool:
    """Is ``text[start:end]`` one side of a contraction written with an apostrophe look-alike ("hadn´t",
    "I`ve", "didn′t") or with an HTML character reference for it, left undecoded by the form the note was copied
    from ("didn&#39;t", "you&#39;ve", "it&rsquo;s"), which splits the word in two: known as a whole with a
    straight apostrophe?"""
    mark = 1 if end < len(text) and text[end] in _APOSTROPHE_LIKE else _apostrophe_reference_after(text, end)
    if mark:
        after = _LETTERS_AFTER.match(text, end + mark)
        if after is not None and speller.known(lower + "'" + after.group(0).lower()):
            return True
    mark = 1 if start >= 2 and text[start - 1] in _APOSTROPHE_LIKE else _apostrophe_reference_before(text, start)
    if mark and start - mark >= 1:
        before = _LETTERS_BEFORE.search(text, max(0, start - mark - 20), start - mark)
        if before is not None and speller.known(before.group(0).lower() + "'" + lower):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Technical:
    """The word shapes of ``data/spelling-en-technical.toml`` (drug stems, Latin species endings)."""

    stems: tuple[str, ...]
    min_before: int
    endings: tuple[str, ...]
    min_letters: int
    tool_suffixes: tuple[str, ...]
    tool_min_before: int
    extensions: frozenset[str]
    hyphen_suffixes: frozenset[str]
    #: administrative suffixes of romanised place names ("jungang-dong", "chuo-ku")
    place_suffixes: frozenset[str] = frozenset()
    #: abbreviated units of measure, words only after a number ("500 km")
    units: frozenset[str] = frozenset()
    #: a word of at least this many x's alone is a masked value ("xxxxx")
    masked_min: int = 3

    def has_stem(self, word: str) -> bool:
        """Is ``word`` a stem or ends in one with ``min_before`` letters before it? One slice and set lookup
        per stem length, not one ``endswith`` per stem (an unknown word costs ~8 lookups, not ~70)."""
        n = len(word)
        for length, stems in _stems_by_length(self.stems):
            if length <= n and word[n - length:] in stems and (n == length or n - length >= self.min_before):
                return True
        return False


@lru_cache(maxsize=4)
def _stems_by_length(stems: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(stem) for stem in stems}, reverse=True)
    return tuple((n, frozenset(stem for stem in stems if len(stem) == n)) for n in lengths)


_TECHNICAL: list[_Technical] = []
_GENUS: Final = re.compile(r"(?:\b([A-Z][a-z]{4,})|\b([A-Z])\.)[ \t]+$")


def _technical() -> _Technical:
    if not _TECHNICAL:
        from ..spelling.lexicon import read_toml_data

        data = read_toml_data("spelling-en-technical.toml")
        drugs, binomial, tools = data["drugs"], data["binomial"], data["tools"]
        _TECHNICAL.append(_Technical(
            tuple(sorted(drugs["stems"].split(), key=len, reverse=True)), int(drugs["min_before"]),
            tuple(binomial["endings"].split()), int(binomial["min_letters"]),
            tuple(tools["suffixes"].split()), int(tools["min_before"]),
            frozenset(data["files"]["extensions"].split()), frozenset(data["hyphen_suffixes"]["suffixes"].split()),
            frozenset(data["place_suffixes"]["suffixes"].split()),
            frozenset(data["units"]["after_number"].split()), int(data["masked"]["min_letters"])))
    return _TECHNICAL[0]


def _no_capital(text: str) -> bool:
    """Is no character of ``text`` upper-case (``not any(c.isupper() for c in text)``)? A text whose cased
    letters are all lower-case is answered in C; one with none (digits, marks) or with a title-case letter
    ("ǅ") is read a character at a time, as is one with a capital (which stops at the first)."""
    return text.islower() or not any(map(str.isupper, text))


_AFTER_NUMBER: Final = re.compile(r"\d(?:[.,]\d+)?[ \t]?$")


def _masked_or_unit(lower: str, text: str, start: int) -> bool:
    """A value masked by x's ("xxxxx"), or a unit of measure (data/spelling-en-technical.toml [units])
    right after a number ("500 km", "20kg" is a token with digits already)."""
    tech = _technical()
    if len(lower) >= tech.masked_min and not lower.strip("x"):
        return True
    return lower in tech.units and _AFTER_NUMBER.search(text, max(0, start - 12), start) is not None


@lru_cache(maxsize=1)
def _commands() -> tuple[int, frozenset[str]]:
    from ..spelling.lexicon import read_toml_data

    data = read_toml_data("spelling-en-technical.toml")["command_names"]
    return int(data["onset_rank"]), frozenset(data["context"].split())


@lru_cache(maxsize=4)
def _onsets(speller: Speller, rank: int) -> frozenset[str]:
    """The first two letters of the ``rank`` most frequent words of three letters or more (built by a set
    comprehension: a generator fed to ``frozenset`` took half as long again, on a process's first
    unknown word that might be a command's name)."""
    return frozenset({w[:2] for w in speller.lexicon.most_frequent(rank) if len(w) >= 3 and w.isalpha()})


#: a word of more letters than this whose first letter is a stray before a grammar word is a slip, no command
_STRAY_LETTER_MIN: Final = 4


def _grammar_words() -> frozenset[str]:
    """The grammar words of English (``english`` of ``languages.toml``): no command or product is named by a
    letter before one ("rmore", "tmuch"), as "xcode" or "htop" are before a word of the trade."""
    from ..analysis.language import profiles

    return profiles().english

_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n")
_CONTEXT_WORD: Final = re.compile(r"[a-z]+")


def _command_name(lower: str, text: str, start: int, speller: Speller) -> bool:
    """Is the lower-case unknown ``lower`` at ``start`` a command's name in a technical paragraph ("mount
    it with sshfs", "ran htop"): its first two letters begin no frequent word, it is no typo by its first
    letters swapped or a vowel dropped after the first ("hte", "tmorrow"), and the paragraph has inline code
    or a word of running or building software?"""
    rank, context = _commands()
    if not lower.isalpha() or lower[:2] in _onsets(speller, rank) or any(ch in _VOWELS for ch in lower[:2]):
        return False  # two consonants that begin no frequent word ("ized" is a suffix, not a command)
    if speller.known(lower[1] + lower[0] + lower[2:]) or any(speller.known(lower[0] + v + lower[1:])
                                                             for v in "aeiou"):
        return False
    if len(lower) > _STRAY_LETTER_MIN and lower[1:] in _grammar_words():
        return False  # a stray letter typed before a grammar word ("rmore": "more"; not "htop", "xcode")
    starts, technical = _technical_paragraphs(text, context)
    return technical[bisect_right(starts, start) - 1]


@lru_cache(maxsize=8)
def _technical_paragraphs(text: str, context: frozenset[str]) -> tuple[list[int], list[bool]]:
    """Where each paragraph of ``text`` starts, and whether it has inline code or a ``context`` word (once
    per text: a word at a time would read its paragraph again for every unknown word in it)."""
    starts, technical, lo = [0], [], 0
    for m in (*_PARAGRAPH_BREAK.finditer(text), None):
        hi = len(text) if m is None else m.start()
        paragraph = text[lo:hi]
        technical.append("`" in paragraph or any(w in context for w in _CONTEXT_WORD.findall(paragraph.lower())))
        if m is not None:
            lo = m.end()
            starts.append(lo)
    return starts, technical


def _technical_name(piece: str, text: str, start: int, speller: Speller, names: Any) -> bool:
    """Is this unknown word a drug's name by its nonproprietary stem ("atorvastatin", "statins"), a
    command-line tool's ("flyctl", "systemctl"), or the species of a two-word scientific name ("Drosophila
    melanogaster", "E. coli")?"""
    if not piece.isalpha():
        return False
    lower = piece.lower()
    shapes = _technical()
    # (each suffix tried only when one ends the word: ``endswith`` of the tuple, in C, first)
    if piece.islower() and lower.endswith(shapes.tool_suffixes) and any(
            lower.endswith(s) and len(lower) - len(s) >= shapes.tool_min_before for s in shapes.tool_suffixes):
        return True
    word = lower[:-1] if lower.endswith("s") else lower
    if shapes.has_stem(lower) or word != lower and shapes.has_stem(word):
        return True
    if not piece.islower() or len(piece) < shapes.min_letters or not lower.endswith(shapes.endings):
        return False
    m = _GENUS.search(text, max(0, start - 40), start)
    if m is None:
        return False
    genus = m.group(1)
    if genus is not None and names.classify(genus) is not None:
        return False                               # "Priya mentiones": a person, not a genus
    if genus is not None and not speller.known(genus.lower()):
        return True                                # "Arabidopsis thaliana": a genus, no English word
    # an English word capitalised ("Drosophila", but also "Marketing") or an initial ("E. coli"): the
    # epithet must have no near English word ("Marketing critera" is a misspelling of "criteria")
    return not speller.suggest(lower, 1)


_SPACES: Final = re.compile(r"[\s\-‐‑]+")


def _in_phrase(text: str, start: int, end: int, word: str, phrases: dict[str, tuple[str, ...]]) -> bool:
    """Is the word at ``text[start:end]`` part of one of its foreign phrases ("facto" in "de facto")?"""
    found = phrases.get(word)
    if not found:
        return False
    a, b = max(0, start - 48), min(len(text), end + 48)
    window = " " + _SPACES.sub(" ", fold(text[a:start]) + "\0" + fold(text[start:b])).replace("’", "'") + " "
    at = window.index("\0")
    window = window.replace("\0", "")
    for phrase in found:
        i = window.find(phrase)
        while i >= 0:
            j = i + len(phrase)
            if not window[i - 1].isalnum() and not window[j:j + 1].isalnum() and i <= at <= j:
                return True
            i = window.find(phrase, i + 1)
    return False


def _parts(ctx: RuleContext) -> tuple[tuple[_Part, ...], int]:
    s = ctx.analysis.spelling
    return s.parts, s.fine


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class MisspelledWord(Rule):
    """A word that is not English, or not in the configured variety of English (US or UK spelling).

    ## What it does
    Checks each word of the subject and of the candidate's own text (not quoted replies, the signature
    block, HTML tags written inside a Markdown body (`<img width="978" alt="..." src="...">`, `<br>`,
    `<details>`: the element names of `followup_lint/data/markup.toml`, attributes and all), URLs and "mailto:" addresses, the targets of Markdown links ("[notes](docs/setup.md)"),
    e-mail addresses, @handles, tokens with digits, placeholders, text in backticks or in a Markdown fenced
    code block, whose words the prose may then quote ("the 'timeit' keyword"), and the parts of a file name
    or an identifier: "stock_price_by_year.ipynb", "*.ipynb", "Flask_Blog", "flaskblog.py"; a suffix
    after a hyphen, "Docker-ized", is no word either; the words of a
    template's instruction in brackets, "(insert pisition)", are checked: they are typed like the rest)
    against an English word list built from pyspellchecker's frequency data, and suggests the likely
    intended words, best first, as unsafe fixes. Each part of a hyphenated word is checked on its own (a
    slip in one word written with a hyphen, "re-usuable" of "reusable", "cutt-off" of "cutoff", is reported
    as the whole word as written; a slip in a piece of a compound of two words, "pre-assesment", as the piece);
    contractions ("didn't", "I'd", "y'all") and possessives ("Priya's", "the teams'") are understood,
    and curly apostrophes count as straight ones, as do the marks typed for one inside a contraction (an
    acute accent, a backtick, a prime: "hadn´t", "wouldn`t", "didn′t"; an HTML character reference left undecoded
    by a form: "didn&#39;t", "it&rsquo;s"). The first word of a list item labelled "6)", "b)" or "(2)" opens its
    sentence ("6) Wich tool ...": a slip, not a proper noun), and the company's prompts of a questionnaire that
    the writer answered under them ("1. How long did you spend on the coding assignmen?") are the form's words.

    Never reported: the interviewers' names (a misspelling of one is `interviewer-name-misspelled`'s
    to report), the company, the role, the words of the interview's topics, strengths and questions,
    the names and address local parts of the recipients and the sender ("priya.raman@..." accepts
    "priya" and "raman"), the names in the greeting and the signature (and the rest of the writer's
    name typed beside the word they sign with: "kuan xing" signed "Kuan"), the user's `words` and
    `dictionaries`, all-caps acronyms ("SQL"), words with inner capitals ("PostgreSQL", "iOS"), drug
    names by their international nonproprietary stems ("atorvastatin", "statins", "lisinopril"),
    command-line tools by their "ctl" suffix ("flyctl", "systemctl"), the names of developers' tools and libraries
    of cspell's lists of npm packages and software terms ("typeorm", "lodash", "commitlint", "vscode";
    `followup_lint/data/spelling-en-software.txt`; a name one edit from a frequent word, "util", "knex", only in a
    note to reviewers of code or as a segment of a dotted name, "java.util"), a lower-case command's name in a
    technical paragraph, two consonants that begin no frequent English word ("mount it with sshfs", "ran
    tmux and htop"; `[command_names]`; "hte" and "tmorrow" stay typos), playful forms of common words (a
    letter held, "sooo"; "byee"; "thanx"; pet forms of thanks and bye, "Thankies"; in
    `followup_lint/data/spelling-en-informal.toml`; "monkies" and "untill" stay misspellings), laughter written
    out ("haha", "hehehe", "jaja"; `[laughter]`), a name's lower-case particle between capitalised words ("Cruz
    das Almas", "Vila do Conde"; `particles` of `followup_lint/data/addressing.toml`) and
    the species of a two-word scientific name ("Drosophila melanogaster", "E. coli"; both shapes are in
    `followup_lint/data/spelling-en-technical.toml`), an abbreviated unit right after a number ("500
    km", "25 kg", "55 mph"; `[units]`: "the kms counter" is still checked), a value masked by x's
    ("reference number xxxxx", "xxx-xxxx"; `[masked]`), an HTML entity ("&nbsp;"), a lower-case word
    glued to a slash ("/src", "shadcn/ui": a path's or a package's segment), the alt text of a Markdown
    image ("![Imagen de inicio](shot.png)"), the vowel-changed echo in a rhyming compound ("tic-tac-toe",
    "zig-zag"), and, in a note written in the technical register (a take-home's README: at least two of
    inline code, a Markdown heading, a path or a file name, a Markdown link, a command opening a line, three
    words of the trade; `[register]`), lower-case software vocabulary: an abbreviation of the trade ("src",
    "params", "cors"; `[abbreviations]`), a tool's name one edit from an everyday word ("vite", "redux
    thunk", "pwa"; `[register_names]`), a known word with a productive affix ("reimplement", "debounced",
    "tabbable", "profiler", "performant", "paddings"), known words run together ("automapper",
    "nameofthemovie"; a slip near a frequent word, "persistace", stays a misspelling), the
    words of a postal address line ("123 Main Street", "Anytown, TX 75001", "London SW1A 1AA": the
    street, state and postcode words are in `followup_lint/data/postal.toml`), and spans in another
    language: a greeting, a thanks, a closing or a clause the writer switched into ("Vielen Dank für das
    Gespräch", "Merci beaucoup pour votre temps", "Muchas gracias", "Viele Grüße"). Such a span is found
    with small function-word profiles of German, French, Spanish, Portuguese, Italian, Dutch and Polish
    (`followup_lint/data/languages.toml`; its "other" profile holds thanks and greetings that name
    another language alone, "Asante", "Kia ora", "Ke a leboga"): two or more words of one profile in a row, one of them not an
    English word, or a word that names the language alone ("Obrigado", "Cordialement"); unknown words
    next to them (the "Gespräch" above) belong to the span. A greeting or closing formula no profile
    holds is a span too: on the first line, the words before the salutation's first English word ("Håfa
    adai Mr. Cruz,"), or a closing line ending in a comma above the signature ("Mersi bokou,"), when it
    is two or more words of two letters or more and none of them English ("Best regrads," and
    "Sincerly," are still checked). The value typed after an identifier field's label ("wechat id:
    ipledgedad", "User Name: sa"; `[field_values]` of `spelling-en-technical.toml`) is not prose.

    A greeting or a closing of two words written as one ("Goodafternoon", "Kindregards", "Thankyou":
    the phrases of `followup_lint/data/addressing.toml`) is reported wherever it stands, capitalised
    or in the greeting line too, with a safe fix that puts the space back.

    Words of the trade: a general word list lacks "runbook", "rollout", "onboarding", "backend",
    "Kubernetes" or "dbt". Two measured policies cover them. First, capitalisation: a capitalised
    unknown word in the middle of a sentence is taken as a proper noun (a product, a place, a colleague)
    and not reported; at the start of a sentence it is reported only when the word list offers a
    frequent word (among the 20,000 most frequent) at most two edits away, or (eight letters or more) any
    word one edit away, so a misspelt "Definately", "Tommorow" or "Supercede" is still caught while
    "Marisol mentioned..." or a subject "Cleyson/frontend challenge" (a user's name) is not. A subject that
    is one capitalised word alone ("Abiorh", a pull request titled with its author's handle) needs a
    frequent word one edit away ("Intervew", "Folow"): a word two edits from one is a name or a handle. A
    possessive there needs a frequent word one edit away ("Compnay's", not the user's "Senzel's
    Application"), and a word after a title of address ("Mrs. Boateng") is a surname, whatever the
    title's full stop suggests. On a
    Markdown heading line ("## David's Soltion"), where every word is capitalised by style, a
    capitalised word of six letters or more one edit from such a frequent word is reported, unless it
    is a given name; so in a subject written in Title Case ("Kunal Malviya - Inteview Task"), unless the
    word follows a given name or a capitalised word of the frequency list's rarer part (a family name:
    "Tyler Clonts"). In a note with
    no capital letter at all, an unknown word with no frequent word near is a lowered name ("at the
    machipisa robots"); a lower-case name alone on the last line under a finished sentence is the
    signature, and the name before "out" on the last line is a chat sign-off's ("Ujj out~"). A name that
    opens its clause before "here" and a mark introduces the writer ("Hi! Yusril here, ..."; `[self_introduction]`
    of `spelling-en-informal.toml`), and a lower-case segment of a Windows path ("devassessment\\Tests") is no
    prose, as a "/" path's is. In a note to reviewers of code, a closed compound of two common words
    that are no grammar words and one edit from no word ("timespan", "timeshift") is a word of the trade;
    "everytime" and "pasttime" are still reported. A known word with a letter doubled by a slip ("hhas",
    "formmating") is reported even where a path's slash or the technical register would pass it for a name. All-caps acronyms and inner capitals ("PostgreSQL") are never reported. Month and
    weekday names are capitalised common words, so in a date (after "on", "of", "by"... of `followup_lint/data/cues.toml`
    [calendar], or next to a number) a capitalised word one edit from one (two for seven letters or
    more) is its misspelling ("the 24th of Auguest", "on Wendsday"), unless it is a given name ("Marc").
    The other way round, a lower-case word where an employer's name goes ("my experience at saleforce",
    "join deloite": the slots of `cues.toml` [employer]) that is no everyday word nor one edit from one
    is a company's name, misspelt or not, and not reported ("experience at custmer service" still is). Second, a curated list of lower-case
    trade words written for this project (`followup_lint/data/spelling-en-extra.txt`, about 1,550 entries in
    some 90 fields, each absent from the other lists when it was added; words one edit from a frequent
    word, which could hide a typo of it, only when common in their trade: "rebar", "meds"). Prefixes
    that are not words alone ("pre", "tri", "cyber") are accepted before a hyphen ("pre-screen"), and a
    romanised place name before its administrative suffix ("jungang-dong", "seocho-gu", "chuo-ku"; the
    suffixes are in `followup_lint/data/spelling-en-technical.toml`) is a place in any case, unless it is one
    edit from a word ("recieve-dong"). On the development drafts, capitalisation alone left one
    false alarm ("workflows", twice), and the list removed it; on Wikipedia's list of common
    misspellings, broader guessing (accepting any known word plus a prefix or suffix) hid 1.3% of the
    misspellings ("intergrated", "approachs") for a 0.3% gain, so only a few safe affixes are accepted
    ("non-", "multi-", "inter-" and the like on one of the 5,000 most frequent words; "un-...-able",
    "-less", "-phile"/"-phobe", "-ist" beside "-ism"), each measured before it was kept. Newer and
    regional words the frequency list lacks ("timestamp", "whitelist", "cashback", British "-ise"
    forms such as "prioritised") come from SCOWL's word lists up to size 70 (what spell checkers ship),
    and rarer words of trades ("borescope", "stevedoring") from its size 80, but only those that no
    known word is one edit from: size 80 also holds common misspellings ("cannister"), which stay
    reported. An inflection of a common -ize or -ise verb is a word too ("tokenised" of "tokenize",
    "incentivising" of "incentivise"), but an -iz- form only of an -ize verb ("exercized" stays
    reported); on Wikipedia's list this accepted one more misspelling of 4,283 ("crystalisation"). Latin and French phrases of English
    prose are accepted where the phrase is written ("de facto", "bona fide", "déjà vu"); their longer
    words that no common word is one edit away from ("rigueur", "habeas") also on their own.

    A capitalised word followed by an initial or by a capitalised word no dictionary knows is a given
    name ("Registration: Manoj M S", "Jonhatan Haisi code challenge"); a capitalised subject word whose
    only near frequent words are given names is a user's name ("Chriswike challenge three"), and so is
    an interviewer's or a recipient's given and family names run together ("anshumandas/get-flutter-fire"); the subject's last word cut off
    by an ellipsis ("... tiny task app. Str…") is the start of a longer word; a lower-case run of
    fifteen letters or more that splits into three or more English words or words of the interview is
    a repository's or a tag's name ("teamtanayjobchallenge"), while two words run together
    ("interviewprocess") stay reported. A contraction typed without its apostrophe that the word list
    keeps ("whats", "heres") is reported with its apostrophe, and a closing run together on the last
    line ("Thankyou.") is no signature: it is reported too.

    With `language = "en-US"` British-only forms are reported ("colour" -> "color"); with `"en-GB"`
    American-only forms ("color" -> "colour"), while -ize spellings stay accepted (Oxford spelling);
    `"en"` (the default) accepts both. Such findings carry `data["variant"]`, the variety of the word
    as written, and the other variety's form as the fix. The pairs come from spelling rules written for
    this project (-or/-our, -er/-re, traveled/travelled, defense/defence, catalog/catalogue, ...) applied
    to pyspellchecker's word list, widened with the pairs the same kind of rules find in SCOWL's
    American and British word lists (`tools/build_scowl_variants.py`). A form the other variety also
    writes is never reported: "program", "judgment", "license" and "analog" are British too, and
    "expertise", "dialogue", "catalogue" and "cancelled" American too (by SCOWL's lists or by hand),
    since a false alarm on a correct draft costs more than a missed variant. Measured on the half of
    the breame package's US/UK pairs the rules were not checked against, `"en-GB"` reports about 69%
    of the American forms that are not -ize spellings (most of the rest are written in Britain too:
    "jail", "wagon", "kilogram") and `"en-US"` about 86% of the British forms, with no correct form
    of the variety reported.

    Real-word errors: a typo that spells another, rarer word passes any word list ("calender" for
    "calendar", "the hiring manger", "pubic", "costumer", "defiantly", "would of", "I look forward to
    here from you", "more then I expected", "thank you for you time"). A hand-written table
    (`followup_lint/data/spelling-en-confusables.tsv`, about 100 entries) lists such words with the
    intended word and, unless the word is all but never meant in a professional note, a condition on
    the neighbouring words ("of" after "would", "could" or "should", not before "course"); a comma or
    a full stop between the words breaks the context. These findings carry `data["kind"] =
    "real-word"` and the intended word as the first fix. Pairs whose intended use is common in these
    notes ("thank you for your welcome", "the people you introduced me to.", affect/effect) are left
    out. The user's dictionary silences them, and so do the interview's words for the context-free
    ones (a "Costumer" role). A word that is always a slip is an error like any misspelling; one read
    from its neighbours ("more then I") is a warning, since the context may still fool the table.

    ## Why is this bad?
    A spelling mistake in a short note after an interview reads as carelessness, the one impression a
    thank-you note should not leave, and hiring managers say typos weigh against a candidate.

    ## Example
    ```text
    Hi Dana,

    Thank you for the conversation today. I definately enjoyed hearing about the team.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for the conversation today. I definitely enjoyed hearing about the team.

    Best,
    Sam
    ```

    ## Source
    Proofreading advice in docs/advice.md (typos and misspelt names are the most cited reason a
    note hurts rather than helps). Word lists: pyspellchecker's English frequency data (MIT) and
    SCOWL by Kevin Atkinson (permissive; notices in `followup_lint/data/`).
    """

    code = "FL101"
    name = "misspelled-word"
    default_severity = Severity.ERROR
    language_dependent = True
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of misspelled-word.

        - max-suggestions: how many suggested corrections (unsafe fixes) a finding offers, best first
        """

        max_suggestions: int = 3

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        parts, _ = _parts(ctx)
        speller = _resource(ctx).speller
        confidence = "high" if ctx.interview is not None else "low"
        mid_capitals = {p.lower for p in parts if p.text[:1].isupper() and not p.initial}
        own_name = _own_name_words(ctx.doc.signature_name, speller) if parts else frozenset()
        # a note with no capital letter in it hides its proper nouns: an unknown word there is judged as a
        # capitalised one ("at the machipisa robots": a place, no frequent word near)
        lowered = bool(parts) and _no_capital(ctx.doc.own)
        limit = max(0, int(ctx.options.max_suggestions))
        suggested = 0
        for p in parts:
            if p.status == "variant":
                fix = ctx.fix(f"Use the {_VARIETY[p.variant]} spelling '{_match_case(p.preferred, p.text)}'",
                              [(p.start, p.end, _match_case(p.preferred, p.text))], field=p.field,
                              applicability=Applicability.UNSAFE)
                yield ctx.finding(
                    f"'{p.text}' is {_VARIETY_NAME[p.variant]} spelling; {ctx.config.language} uses "
                    f"'{_match_case(p.preferred, p.text)}'",
                    p.start, p.end, field=p.field, fixes=[fix],
                    data={"word": p.text, "variant": p.variant, "preferred": p.preferred,
                          "language": ctx.config.language, "confidence": confidence},
                )
                continue
            if p.status == "possessive":
                fix = ctx.fix(f"Write '{p.preferred}'", [(p.start, p.end, p.preferred)], field=p.field,
                              applicability=Applicability.UNSAFE)
                yield ctx.finding(f"'{p.text}' puts a second possessive on a plural: write '{p.preferred}' "
                                  f"(or the singular's '{p.text[:-3]}'s')", p.start, p.end, field=p.field,
                                  fixes=[fix], data={"word": p.text, "suggestions": [p.preferred],
                                                     "confidence": confidence})
                continue
            if p.status != "unknown":
                continue
            if p.preferred:  # "Goodafternoon", "Kindregards": two words of a greeting or closing run together
                fix = ctx.fix(f"Write '{p.preferred}'", [(p.start, p.end, p.preferred)], field=p.field,
                              applicability=Applicability.SAFE)
                yield ctx.finding(f"'{p.text}' runs two words together: write '{p.preferred}'", p.start, p.end,
                                  field=p.field, fixes=[fix],
                                  data={"word": p.text, "suggestions": [p.preferred], "confidence": confidence})
                continue
            if p.field == "body" and _company_question(ctx.doc, p.start):
                continue                           # "### Q) Is it possible to run mutli task ...?": the form's words
            capital = p.text[:1].isupper()
            text = ctx.doc.own if p.field == "body" else ctx.doc.subject.text
            if capital and not p.lower.endswith("'s"):
                day = _calendar_slip(ctx, p, text)
                if day is not None:                # "the 24th of Auguest": a month misspelt, not a proper noun
                    yield self._misspelled(ctx, p, [day], confidence)
                    continue
            if capital and _apostrophe_dropped_i(p.text, speller):
                yield self._misspelled(ctx, p, [f"I'{p.text[1:]}"], confidence)
                continue                           # "Im guessing": "I'm" without its apostrophe, no name
            if capital and (not p.initial or p.lower in mid_capitals) and not (
                    (_in_heading(text, p.start)
                     or p.field == "subject" and _title_case(text) and not _after_a_name(ctx, text, p.start, speller))
                    and _heading_slip(ctx, p, speller)):
                continue                           # a proper noun: a product, a place, a person
            if capital and _after_title(text, p.start):
                continue                           # "Mrs. Boateng": the title's full stop ends no sentence
            if not capital and _employers.organisation_slot(text, p.start) and _employers.name_like(ctx, p.lower):
                continue                           # "my experience at saleforce": a company's name misspelt
            if own_name and _beside_own_name(text, p.start, p.end, own_name, speller):
                continue                           # "Frontend interview kuan xing": the rest of the writer's name
            if capital and _beside_name_word(text, p.end, speller):
                continue                           # "Manoj M S", "Jonhatan Haisi code challenge": a full name
            if p.field == "body" and _chat_signoff(text, p.start, p.end):
                continue                           # "Ujj out~": the writer's name in a chat sign-off
            if p.field == "body" and _self_introduced(text, p.start, p.end):
                continue                           # "Hi! Yusril here, ...": the writer introducing themselves
            if p.field == "subject" and _cut_off(text, p.end, p.lower, speller):
                continue                           # "some improvments at tiny task app. Str…": a title cut short
            if not capital and _glued_identifier(p.lower, speller, _vocabulary(ctx)):
                continue                           # "for teamtanayjobchallenge": a repository's or a tag's name
            lookup = p.lower[:-2] if p.lower.endswith("'s") else p.lower
            suggested += 1
            suggestions = speller.suggest(lookup, max(limit, 1)) if suggested <= _MAX_SUGGESTED else ()
            edits = _NEAR_EDITS_POSSESSIVE if lookup != p.lower else _NEAR_EDITS_INITIAL
            if capital and p.field == "subject" and _LONE_WORD.fullmatch(text) and text.strip(_LONE_MARKS) == p.text:
                edits = _NEAR_EDITS_LONE  # a subject of one capitalised word ("Abiorh"): a handle or a name
            near: Sequence[str] = suggestions
            if capital and p.field == "subject":  # "Chriswike challenge three": near only "Christine", a name
                near = [s for s in suggestions if not name_matcher(ctx).data.is_given_name(s)]
            if (capital or lowered and p.field == "body") and not _near_frequent(lookup, near, speller, edits,
                                                                                  any_one=True):
                continue                           # a capitalised unknown word with no frequent word near: a name
            shown = [_match_case(s + p.lower[len(lookup):], p.text) for s in suggestions[:limit]]
            yield self._misspelled(ctx, p, shown, confidence)
        yield from _real_word_findings(ctx, confidence, limit)

    @staticmethod
    def _misspelled(ctx: RuleContext, p: _Part, shown: list[str], confidence: str) -> Finding:
        fixes = [ctx.fix(f"Replace with '{s}'", [(p.start, p.end, s)], field=p.field,
                         applicability=Applicability.UNSAFE) for s in shown]
        message = f"'{p.text}' looks misspelled"
        if shown:
            message += f"; did you mean '{shown[0]}'?"
        return ctx.finding(message, p.start, p.end, field=p.field, fixes=fixes,
                           data={"word": p.text, "suggestions": shown, "confidence": confidence})


#: the word after a capitalised unknown word that makes the two a person's name: an initial ("Manoj M S",
#: "Ana M. Lopez"; not "I" nor "A") or another capitalised word that is no English word ("Jonhatan Haisi")
_NEXT_NAME_WORD: Final = re.compile(r"[ \t]+(?:(?P<initial>[B-HJ-Z])\.?(?![\w'’-])|(?P<word>[A-Z][a-z'’-]{1,30})(?![\w'’-]))")


#: the last line of a note signed as in a chat: one word, then "out" ("Ujj out~", "Sam out!")
_CHAT_SIGNOFF: Final = re.compile(r"[ \t]*[^\W\d_][\w'’-]*[ \t]+out[ \t~!.\-]*\s*$", re.IGNORECASE)


def _apostrophe_dropped_i(piece: str, speller: Any) -> bool:
    """Is ``piece`` a contraction of "I" typed without its apostrophe ("Im", "Ive")? "I" is always a capital,
    so the capital tells nothing of a proper noun."""
    rest = piece[1:]
    return piece[:1] == "I" and rest.isalpha() and rest.islower() and bool(speller.known("i'" + rest))


def _chat_signoff(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the name of a chat sign-off on the note's last line ("Ujj out~")?"""
    line_start = text.rfind("\n", 0, start) + 1
    return (not text[line_start:start].strip()) and _CHAT_SIGNOFF.match(text, line_start) is not None


#: what opens the clause a self-introduction's name stands at: the line's start, or a mark after a greeting
#: ("Hi! Yusril here", "Hello all, Priya here")
_CLAUSE_OPENED: Final = re.compile(r"[.!?,:;–—-][ \t]*$")


@lru_cache(maxsize=1)
def _self_introduction() -> re.Pattern[str]:
    """What follows a name to introduce the writer (``[self_introduction]`` of ``spelling-en-informal.toml``)."""
    from ..spelling.lexicon import read_toml_data

    words = read_toml_data("spelling-en-informal.toml")["self_introduction"]["after"].split()
    return re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, words))})[ \t]*(?:[.!,:;–—-]|$)",
                      re.IGNORECASE | re.MULTILINE)


def _self_introduced(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the writer's name introducing them ("Hi! Yusril here, it's been a blast"): a word
    opening its clause, then "here" and a mark or the line's end?"""
    before = text[text.rfind("\n", 0, start) + 1:start][-40:]
    return ((not before.strip() or _CLAUSE_OPENED.search(before) is not None)
            and _self_introduction().match(text, end) is not None)


def _beside_name_word(text: str, end: int, speller: Any) -> bool:
    """Is the capitalised word ending at ``end`` followed by an initial or a capitalised word no dictionary
    knows: the given name of a full name ("Participant Registration : Manoj M S")?"""
    m = _NEXT_NAME_WORD.match(text, end)
    return m is not None and (m.group("initial") is not None or not speller.known(m.group("word").lower()))


#: an ellipsis right after the subject's last word: a title cut short ("app. Str…"; in the body, a writer
#: trailing off, "so gratefull…", still has the word in full)
_CUT_OFF: Final = re.compile(r"(?:…|\.\.\.)[ \t]*(?:\r|\n|$)")


def _cut_off(text: str, end: int, lower: str, speller: Any) -> bool:
    """Is the subject's word ending at ``end`` the start of a longer word, cut off by an ellipsis at the end
    ("Str…" of "Structure", as a code host shortens a long title)?"""
    if len(lower) < 2 or not _CUT_OFF.match(text, end):
        return False
    words, starts = speller.lexicon.bucket(lower[0])  # (the known words with its first letter, by length)
    longer = words[starts[min(len(lower) + 1, len(starts) - 1)]:]
    return any(w.startswith(lower) for w in longer)


#: a run of words joined with no space is a name (a repository, a hashtag, a challenge: "teamtanayjobchallenge")
#: when it is this long and splits into at least ``_GLUED_PARTS`` words of three letters or more, each an
#: English word or a word of the interview; two words run together ("thankyou") stay a slip
_GLUED_MIN: Final = 15
_GLUED_PARTS: Final = 3
#: ... and no longer than a repository's name may be (GitHub: 100): a longer run is split by no one, and
#: the split costs ~18 dictionary looks per letter (a 1 MB run of letters took 0.6 s)
_GLUED_MAX: Final = 100


def _glued_identifier(lower: str, speller: Any, vocab: frozenset[str]) -> bool:
    """Does the lower-case ``lower`` split into ``_GLUED_PARTS`` or more known words (a name made of words)?"""
    if not _GLUED_MIN <= len(lower) <= _GLUED_MAX or not lower.isalpha():
        return False
    # fewest[i]: the fewest known words that ``lower[:i]`` splits into (None: it does not split)
    fewest: list[int | None] = [0] + [None] * len(lower)
    for i in range(3, len(lower) + 1):
        best = None
        for j in range(max(0, i - 20), i - 2):
            before = fewest[j]
            if before is None:
                continue
            piece = lower[j:i]
            if piece in vocab or speller.known(piece):
                best = before + 1 if best is None else min(best, before + 1)
        fewest[i] = best
    return fewest[-1] is not None and fewest[-1] >= _GLUED_PARTS


#: a word at least this frequent (its rank in the frequency list) that a capitalised unknown word is near
#: makes it a misspelling of that word ("Definately": "definitely" 627; "Soltion": "solution" 2,796); a
#: name is near rarer words only ("Cleyson": "clayton" 33,756, "Figma": "sigma" 29,142)
_FREQUENT_RANK: Final = 20000
#: how far (Damerau-Levenshtein) the frequent word may be: at a sentence's start ("Tommorow"), and in a
#: heading, where every word is capitalised by style and a name is likelier to be one letter off a word;
#: at a sentence's start any known word one edit from a long word will do too ("Supercede",
#: "Questionaire"; a shorter name is often one edit from another name: "Cleyson", "clemson")
_NEAR_EDITS_INITIAL: Final = 2
_NEAR_EDITS_HEADING: Final = 1
#: ... and for a capitalised possessive ("Senzel's Application"): what takes "'s" is mostly a name, so only
#: a frequent word one edit away makes it a slip ("Compnay's")
_NEAR_EDITS_POSSESSIVE: Final = 1
#: ... and for a capitalised word that is the whole subject ("Abiorh", a pull request titled with its
#: author's handle): a name or handle unless a frequent word is one edit away ("Intervew", "Folow")
_NEAR_EDITS_LONE: Final = 1
_LONE_MARKS: Final = " \t.!?:;,-–—"
_LONE_WORD: Final = re.compile(r"[ \t.!?:;,\-–—]*[^\W\d_][\w'’]*[ \t.!?:;,\-–—]*")
_TITLE_BEFORE: Final = re.compile(r"([A-Za-z]{1,12})\.?[ \t]+$")


def _after_title(text: str, start: int) -> bool:
    """Does a title of address stand just before ``start`` ("Mrs. Boateng", "Dr Okonjo")?"""
    from ..document.vocabulary import vocabulary

    m = _TITLE_BEFORE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1).lower() in vocabulary().all_titles
_ANY_ONE_EDIT_MIN_LETTERS: Final = 8
#: the fewest letters of a word in a heading judged so ("Vue", "Deno" are one letter off many words)
_HEADING_MIN_LETTERS: Final = 6
_MARKDOWN_HEADING: Final = re.compile(r"[ \t]*#{1,6}[ \t]")


def _near_frequent(word: str, suggestions: Iterable[str], speller: Any, edits: int, *,
                   any_one: bool = False) -> bool:
    """Is one of the suggested corrections a frequent word at most ``edits`` edits from ``word`` (or, with
    ``any_one``, any word one edit from it)?"""
    from rapidfuzz.distance import DamerauLevenshtein

    rank = speller.lexicon.rank
    for s in suggestions:
        d = DamerauLevenshtein.distance(word, s)
        if (any_one and d <= 1 and len(word) >= _ANY_ONE_EDIT_MIN_LETTERS) or (d <= edits and rank(s) < _FREQUENT_RANK):
            return True
    return False


def _company_question(doc, pos: int) -> bool:  # type: ignore[no-untyped-def]
    """Is ``pos`` on a company's question heading copied from a take-home questionnaire
    (``doc.questionnaire.headings``), or on a prompt the writer answered under it (``answered_prompts``: "1. How long
    did you spend on the coding assignmen?"): the form's words, not the writer's (thirty-fourth batch: ah-107's
    "### Q) Is it possible to run mutli task in the same time in javascript? and why?"; thirty-sixth aj-110)?"""
    questionnaire = doc.questionnaire
    return any(s <= pos < e for s, e in questionnaire.headings) or any(
        s <= pos < e for s, e in questionnaire.answered_prompts)


def _in_heading(text: str, pos: int) -> bool:
    """Is ``pos`` on a Markdown heading line ("## David's Solution"), where words are capitalised by style?"""
    line_start = text.rfind("\n", 0, pos) + 1
    return _MARKDOWN_HEADING.match(text, line_start) is not None


def _title_case(subject: str) -> bool:
    """Is the subject written in Title Case ("Kunal Malviya - Inteview Task"): every word of four letters
    or more capitalised, at least two of them? Its words are capitalised by style, as a heading's are."""
    words = [w for w in _WORDISH.findall(subject) if len(w) >= 4]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


_WORDISH: Final = re.compile(r"[^\W\d_][\w'’-]*")
#: the rank under which a capitalised word before a subject's slip is an everyday word; from it up to
#: ``_FREQUENT_RANK`` the list's words are mostly names ("Tyler", "Matt"); past it, trade words ("Backend")
_EVERYDAY_RANK: Final = 5000
_NAME_BEFORE: Final = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _after_a_name(ctx: RuleContext, text: str, start: int, speller: Any) -> bool:
    """Does a given name or a capitalised word of the frequency list's rarer part stand right before
    ``start`` ("Matt Minner", "Tyler Clonts"): the word is the family name of a full name, not a slip?"""
    m = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if m is None or not m.group(1)[:1].isupper():
        return False
    word = m.group(1)
    rank = speller.lexicon.rank(re.sub(r"['’]s$", "", word.lower()))
    return name_matcher(ctx).data.is_given_name(word) or _EVERYDAY_RANK <= rank < _FREQUENT_RANK


def _heading_slip(ctx: RuleContext, p: _Part, speller: Any) -> bool:
    """Is a capitalised unknown word of a heading a misspelling ("## David's Soltion"): long enough, one
    edit from a frequent word, and not a given name?"""
    word = p.lower[:-2] if p.lower.endswith("'s") else p.lower
    if len(word) < _HEADING_MIN_LETTERS or name_matcher(ctx).data.is_given_name(p.text):
        return False
    return _near_frequent(word, speller.suggest(word, 3), speller, _NEAR_EDITS_HEADING)


_CALENDAR: Final = tuple(n.lower() for n in (*DAY_NAMES, *MONTHS))
_WORD_BEFORE: Final = re.compile(r"(\w+)\W{1,4}$")
_DIGIT_AFTER: Final = re.compile(r"\W{1,3}\d")


def _calendar_slip(ctx: RuleContext, p: _Part, text: str) -> str | None:
    """The month or weekday a capitalised unknown word misspells in a date ("the 24th of Auguest", "on
    Wendsday", "Septmber 3"): one edit away (two for names of seven letters or more), after a word of
    ``cues.toml`` [calendar] or a number or before one, and not a given name ("Marc", "Sundar")."""
    from rapidfuzz.distance import DamerauLevenshtein

    from ..analysis.sentences import cue_data

    word = p.lower
    near = [n for n in _CALENDAR if abs(len(n) - len(word)) <= 2
            and DamerauLevenshtein.distance(word, n) <= (2 if len(n) >= 7 else 1)]
    if len(near) != 1 or name_matcher(ctx).data.is_given_name(p.text):
        return None
    before = _WORD_BEFORE.search(text, max(0, p.start - 24), p.start)
    dated = before is not None and (before.group(1).isdigit() or before.group(1).lower() in
                                    cue_data()["calendar"]["date_before"])
    if not dated and _DIGIT_AFTER.match(text, p.end) is None:
        return None
    return near[0].capitalize()


def _real_word_findings(ctx: RuleContext, confidence: str, limit: int) -> Iterable[Finding]:
    """Real-word errors ("calender", "hiring manger", "would of"): see ``followup_lint.spelling.confusables``."""
    for field, text, m in real_word_matches(ctx):
        intended = m.intended
        apostrophe = intended.replace("'", "").lower() == m.text.lower()  # "whats": "what's", its apostrophe left out
        fixes = [ctx.fix(f"Replace with '{intended}'", [(m.start, m.end, intended)], field=field,
                         applicability=Applicability.UNSAFE)] if limit else []
        phrase = " ".join(text[m.phrase_start:m.phrase_end].split())
        if apostrophe:
            message = f"'{m.text}' is missing its apostrophe: write '{intended}'"
        elif (m.phrase_start, m.phrase_end) == (m.start, m.end):      # no context to quote
            message = f"'{m.text}' is a word ({m.entry.gloss}), but here you probably meant '{m.intended}'"
        else:
            fixed = " ".join((text[m.phrase_start:m.start] + m.intended + text[m.end:m.phrase_end]).split())
            message = f"'{phrase}' should probably be '{fixed}' ({m.entry.gloss})"
        # a slip read from its neighbours ("more then I") is likelier to be wrong than a word that is
        # always one ("calender"): a warning, which does not block sending by default
        severity = Severity.WARNING if m.entry.needs_context else None
        yield ctx.finding(message, m.start, m.end, field=field, fixes=fixes, severity=severity,
                          data={"word": m.text, "kind": "real-word", "intended": m.intended,
                                "phrase": phrase, "suggestions": [intended], "confidence": confidence})


def real_word_matches(ctx: RuleContext) -> tuple[tuple[str, str, Any], ...]:
    """(field, field text, RealWordMatch) for each real-word error misspelled-word reports (per draft).

    Also read by `grammar`, which drops LanguageTool's matches on the same words (no double reports).
    """
    return ctx.analysis.real_words


def _real_word_matches(ctx: RuleContext) -> tuple[tuple[str, str, Any], ...]:
    from ..spelling.confusables import load_confusables

    table = ctx.resources.get("spelling.confusables", lambda config: load_confusables())
    doc = ctx.doc
    user = _resource(ctx).words
    vocab: frozenset[str] | None = None
    out = []
    for field, text, words in (("subject", doc.subject.text, [t for t in doc.subject_tokens if t.kind == "word"]),
                               ("body", doc.own, doc.words)):
        for m in table.find(text, words):
            written = m.entry.written
            if written in user:
                continue                           # the user's dictionary: never reported
            if not m.entry.needs_context:
                if vocab is None:
                    vocab = _vocabulary(ctx)
                if written in vocab:
                    continue                       # a word of the interview ("Costumer" as the role)
            out.append((field, text, m))
    return tuple(out)


_VARIETY: Final = {"en-GB": "American", "en-US": "British"}          # the variety to switch to
_VARIETY_NAME: Final = {"en-GB": "British", "en-US": "American"}     # the variety of the word as written


class NotEnglish(Rule):
    """The draft is probably not written in English, so spelling, grammar and mechanics are not checked.

    ## What it does
    Judges the candidate's own text as a whole. It counts the words that are not English words (nor
    names, nor the interview's vocabulary, nor the user's dictionary) together with the words of spans
    written in another language (see `misspelled-word`). When there are at least `min-words` words, more
    than `threshold` of them are unknown or in another language, and English function words ("the",
    "and", "you", "of") make up less than a fifth of the text (about two fifths of English prose, so a
    note full of typos is still English), it reports once, without a span, and the language rules
    (`misspelled-word`, the mechanics rules, `grammar`) skip the draft rather than flood it with false
    reports. A greeting, a thanks or a closing in the writer's other language does not make an English
    note "not English". `data["language"]` names the other language when its profile recognised it
    ("de", "fr", "es", "pt", "it", "nl", "pl", "id").

    ## Why is this bad?
    It is not bad: a note in the interviewer's language can be the right choice. The finding says why the
    language checks were skipped, so their silence is not taken for approval.

    ## Example
    ```text
    Hallo Frau Becker,

    vielen Dank für das freundliche Gespräch heute. Ich habe mich sehr über die Einblicke in Ihr Team
    gefreut und freue mich darauf, von Ihnen zu hören.

    Viele Grüße
    Jonas
    ```

    ## Use instead
    ```text
    Hello Ms. Becker,

    Thank you for the friendly conversation today. I enjoyed learning about your team and look forward
    to hearing from you.

    Best regards,
    Jonas
    ```

    ## Source
    Project decision (the public contract, FL112): the checks built for English are skipped when the
    draft is not English.
    """

    code = "FL112"
    name = "not-english"
    default_severity = Severity.INFO
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of not-english.

        - threshold: the share of unknown words above which the draft is taken as not English
        - min-words: drafts with fewer words than this are not judged
        """

        threshold: float = 0.4
        min_words: int = 8

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        census = ctx.analysis.word_census  # judged with this rule's options, resolved by the engine
        judged, unknown, share = census.judged, census.unknown, census.share
        if census.not_english:
            data: dict[str, Any] = {"unknown_words": unknown, "words": judged, "unknown_share": round(share, 3)}
            if census.language:
                data["language"] = census.language
            yield ctx.finding(
                f"This draft looks like it is not in English ({unknown} of {judged} words unknown); "
                "spelling, grammar and mechanics were not checked",
                data=data,
            )


RULES = (NotEnglish, MisspelledWord)

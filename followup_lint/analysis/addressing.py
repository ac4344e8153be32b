"""Who the note speaks to and who it names: the greeting, names in the body, sign-off, signature, P.S.

Built by structure, not by lists of exceptions. The document parser finds the greeting line (after a
formal letter's address and date blocks), the sign-off and the signature; here each word of the
greeting is put in one class (:class:`WordClass`: TITLE, NAME, PARTICLE, SLOT, GENERIC, OTHER) by the
shared vocabulary (``data/addressing.toml``), and each NAME is matched to a person: an interviewer (by the
name matcher), a recipient who is not an interviewer (greeted on purpose: a coordinator), or a stranger
(a copy-paste leftover). The body is read for names addressed directly: "Thank you, Megan", "Marta,
thanks too for the tour" (a vocative at the start of a sentence).

Read through ``ctx.analysis.addressing`` (one :class:`Addressing` per draft).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Iterable, Iterator

from .._lazy import LazyPattern, lazy
from ..document.vocabulary import Vocabulary, vocabulary
from ..model import address_of, mailbox_parts
from ..names import NameMatch, NameMatcher, fold

if TYPE_CHECKING:
    from ..document import Document
    from ..document.structure import Greeting, Signoff
    from ..rule import RuleContext

__all__ = ["Addressing", "NameUse", "Role", "WordClass", "classify_word", "analyse_addressing", "mailbox_parts",
           "address_of", "after_title"]


class WordClass(enum.Enum):
    """What one word of a greeting is."""

    TITLE = "title"          # "Dr.", "Ms", "Engr.", and letters after a name: "PhD", "Jr."
    NAME = "name"            # a capitalised word that can be a person's name
    PARTICLE = "particle"    # "van", "de", "bin" in lower case inside a name
    SLOT = "slot"            # a placeholder: "[Name]", "{{first_name}}"
    GENERIC = "generic"      # a group, a role or "there": "team", "Hiring", "Manager"
    OTHER = "other"          # anything else: a lower-case word, a month, "Thanks"


class Role(enum.Enum):
    """Whom a name used in the note belongs to."""

    INTERVIEWER = "interviewer"
    RECIPIENT = "recipient"      # a To/Cc recipient who is not an interviewer (a coordinator)
    STRANGER = "stranger"        # nobody in this interview: a leftover from another note


@dataclass(frozen=True, slots=True)
class NameUse:
    """A name the note uses to address or thank someone: where, who, and how it matched."""

    start: int
    end: int
    text: str
    role: Role
    #: "greeting", "thanks" ("Thank you, Megan"), "wish" ("wish you and Ms. Wambui a Merry Christmas"), "vocative" ("Marta, thanks too ...") or "subject" ("Thank
    #: You, Mr. Boateng": a titled name in the subject line)
    where: str
    match: NameMatch | None = None
    #: the name is a code host's @handle ("@tobi-ekanem"; the span leaves out the "@")
    handle: bool = False

    @property
    def field(self) -> str:
        """The part of the draft the offsets are in: "subject" or "body"."""
        return "subject" if self.where == "subject" else "body"


@dataclass(frozen=True, slots=True)
class Addressing:
    """The greeting (or opening line) read for people, and the names addressed in the body."""

    greeting: Greeting | None
    #: interviewers the greeting names (indexes into ``Interview.interviewers``), in order
    named: tuple[int, ...]
    #: every name the greeting uses for an interviewer (and a misspelt one spoken to in the body), with its match
    uses: tuple[NameUse, ...]
    #: names of strangers: runs of name words in the greeting, and names addressed in the body
    strangers: tuple[NameUse, ...]
    #: the greeting greets a To/Cc recipient who is not an interviewer (a coordinator)
    recipient_named: bool
    generic: bool
    plural: bool
    placeholder: bool
    #: without a greeting: the opening line names an interviewer ("Dana, thank you for ...")
    opening_named: bool
    #: interviewers this note goes to (by address), else all of them
    targets: tuple[int, ...]
    signoff: Signoff | None
    #: the sender's name under the sign-off (never a misspelling: it is the writer's own)
    signature: str | None
    #: (start, end) of a P.S. after the signature, part of the candidate's message
    postscript: tuple[int, int] | None
    #: (start, end) of an interviewer's name typed in lower case right after the salutation and run into
    #: the message with no mark ("hey priya loved the tour"): the greeting names them
    glued_name: tuple[int, int] | None = None

    @property
    def misspelled(self) -> tuple[NameUse, ...]:
        """Names in the greeting, or spoken to in the body, that misspell an interviewer's."""
        return tuple(u for u in self.uses if u.match is not None and u.match.kind == "misspelling")

    def names_interviewer_at(self, start: int) -> bool:
        """Is the greeting word at ``start`` an interviewer's name, spelt right ("Dear Mr. Manager" to Mike
        Manager: a surname, not a role word left in a template)?"""
        return any(u.start == start and u.where == "greeting" and u.match is not None
                   and u.match.kind != "misspelling" for u in self.uses)

    @property
    def unknown(self) -> tuple[NameUse, ...]:
        """Strangers named in the greeting."""
        return tuple(u for u in self.strangers if u.where == "greeting")


# -- the word classifier ---------------------------------------------------------------------------------


def classify_word(word: str, *, vocab: Vocabulary | None = None, titled: bool = False,
                  company: frozenset[str] = frozenset()) -> WordClass:
    """The class of one greeting word. ``titled``: a title stands before it ("Mr Ma" is a name)."""
    v = vocab or vocabulary()
    if word[:1] in "{[<_(":
        return WordClass.SLOT
    low = word.lower().strip("'’")
    bare = low.rstrip(".")
    if not titled and low != "i" and low.replace("’", "'") in v.sentence_openers:
        return WordClass.OTHER  # "Hi I’m a developer ...": the sentence begins, no name
    if bare in v.titles or (bare in v.honorifics and word[:1].isupper()) or bare.replace(".", "") in v.postnominals:
        return WordClass.TITLE
    if low in v.generic or fold(low) in company or (low in v.bare_generic and not titled):
        return WordClass.GENERIC
    if not titled and _office_abbreviation(word):
        return WordClass.GENERIC  # "CFO,", "Dear HR,", "Hi IT team": an office or a function, not a person
    if low in v.particles and word[:1].islower():
        return WordClass.PARTICLE
    if not word[:1].isupper() or low in v.not_names:
        return WordClass.OTHER
    return WordClass.NAME


def _shared_run(a: str, b: str) -> int:
    """How many first letters ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _office_abbreviation(word: str) -> bool:
    """An all-capital abbreviation of an office, a function or a field ("CFO", "CHRO", "HR"), perhaps plural
    ("VPs")."""
    from .employers import common_acronyms

    stem = word[:-1] if word.endswith("s") and len(word) > 2 else word
    return len(stem) > 1 and stem.isupper() and stem in common_acronyms()


# -- mailboxes -------------------------------------------------------------------------------------------


def _recipient_words(ctx: RuleContext, interviewer_emails: set[str]) -> frozenset[str]:
    """Name words of recipients who are not interviewers (display names and address local parts)."""
    out: set[str] = set()
    for mailbox in ctx.draft.recipients:
        name, addr = mailbox_parts(mailbox)
        if addr in interviewer_emails:
            continue
        for w in re.split(r"[\s,]+", name):
            if w:
                out.add(fold(w.strip("\"'")))
        local = addr.split("@", 1)[0]
        for w in re.split(r"[._+-]+", local):
            if len(w) >= 2 and w.isalpha():
                out.add(fold(w))
    return frozenset(out)


@lru_cache(maxsize=256)
def company_words(company: str) -> frozenset[str]:
    """The folded words of a company name (cached: every draft to that company asks again)."""
    return frozenset(fold(w) for w in re.findall(r"[^\W_]+", company))


@lru_cache(maxsize=256)
def company_initials(company: str) -> frozenset[str]:
    """The lower-case initials of a company name of two words or more, and of each run of its first words
    ("tea" for "Text-Em-All", "bp" and "bpc" for "Bright Path Consulting"): written in capitals in a greeting
    ("Hello TEA development team!"), the company, no person. Only a word all in capitals is read so: "Al"
    greets a person even at "Alpha Labs"."""
    words = re.findall(r"[^\W_]+", company)
    return frozenset("".join(w[0] for w in words[:n]).lower() for n in range(2, len(words) + 1))


#: a template's variable in the name's place: capitals joined by underscores ("INTERVIEWER_NAME", "FIRST_NAME"),
#: no one's name
_TEMPLATE_VARIABLE: Final = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def _placeholder_at(doc: Document, start: int, end: int) -> bool:
    return any(p.start < end and p.end > start for p in doc.placeholders)


def after_title(own: str, line_start: int, pos: int) -> bool:
    """Does a title ("Dr.", "Ms", "Engr.") stand just before ``pos``?"""
    before = own[max(line_start, pos - 12):pos].rstrip(" \t")
    word = re.search(r"([A-Za-z]+)\.?$", before)
    return bool(word and word.group(1).lower() in vocabulary().all_titles)


#: the word after a name, on its line: "Kamik sir", "Sharma ji"
_NEXT_WORD: Final = re.compile(r"[ \t]+([^\W\d_][\w'’]{0,11})")


def before_after_name(own: str, pos: int) -> bool:
    """Does an honorific written after a name ("sir", "ji", "san", "garu": [after_name] of addressing.toml) follow
    the word ending at ``pos`` ("Kamik sir took the interview")? It marks the word as a person addressed or
    spoken of, as a title before it does."""
    word = _NEXT_WORD.match(own, pos)
    return bool(word and word.group(1).replace("’", "'").lower() in vocabulary().after_name)


# -- the analysis ------------------------------------------------------------------------------------------


#: the longest word read as a form of address before an interviewer's name ("Weyzero" has seven letters)
_ADDRESS_WORD_MAX: Final = 7
#: the fewest letters of a given name, and of the stretch it shares with the interviewer's, for it to be
#: read as another given name of their naming tradition (:meth:`_Builder._sibling_given`)
_SIBLING_MIN: Final = 4
_SIBLING_SHARED: Final = 3
#: the fewest letters of a titled word read as a misspelt family name, and the length from which two
#: edits are allowed (:meth:`_Builder._family`): "Ms Law" to Lau is one letter off
_TITLED_NEAR_MIN: Final = 3
_TITLED_TWO_EDITS: Final = 5
#: a slash or "or" and the word after it: "/Sir", " / Madam", " or Sir"
_OR_NEXT: Final = re.compile(r"[ \t]*(?:/|or[ \t])[ \t]*([^\W\d_][\w'’]{0,20})")


def _spelt(core: str, folded: str) -> str:
    """The family name as the interview record writes it, when it is the one folded to ``folded``."""
    return core if fold(core) == folded else folded.title()


class _Builder:
    """Collects what the greeting and the body say about people, then freezes it."""

    def __init__(self, ctx: RuleContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        interview = ctx.interview
        self.people = interview.interviewers if interview else ()
        self.matcher: NameMatcher = ctx.analysis.names
        addressed = {address_of(r) for r in ctx.draft.recipients}
        targets = tuple(i for i, p in enumerate(self.people) if p.email and address_of(p.email) in addressed)
        self.targets = targets or tuple(range(len(self.people)))
        self.company = company_words(interview.company or "") if interview else frozenset()
        self.initials = company_initials(interview.company or "") if interview else frozenset()
        self.named: dict[int, None] = {}
        self.uses: list[NameUse] = []
        self.strangers: list[NameUse] = []
        self.recipient_named = self.plural = self.placeholder = False
        #: folded name words of recipients (not interviewers) whom the greeting greets
        self.greeted: set[str] = set()

    @lazy
    def recipients(self) -> frozenset[str]:
        """Name words of the recipients who are not interviewers (read only when a name needs judging)."""
        if not self.people:
            return frozenset()
        return _recipient_words(self.ctx, {address_of(p.email) for p in self.people if p.email})

    def is_recipient(self, word: str) -> bool:
        """A recipient who is not an interviewer ("Hi Jessica," to jessica.moreau@ or jessicam@)."""
        fw = fold(word)
        return fw in self.recipients or (len(fw) >= 3 and any(r.startswith(fw) and len(r) <= len(fw) + 12
                                                              for r in self.recipients))

    def greeting(self, g: Greeting) -> bool:
        """Read the greeting's words; return whether it names nobody but groups and roles."""
        doc, own, vocab = self.doc, self.doc.own, vocabulary()
        # a slot among the names, or a blank where the name goes ("Hi —", "Dear __,")
        self.placeholder = any(_placeholder_at(doc, s, e) for s, e, _ in g.names) or (
            not g.names and _placeholder_at(doc, g.start, g.message_start if g.message_start >= 0 else g.line_end))
        if g.group_name and not any(self._personal(w) for _, _, w in g.names):
            return True  # "Hello Hours with Experts!": a programme's or a team's name, nobody's
        if (not g.salutation and g.punct == ":" and not g.titles and g.names
                and all(all(_word_rank(self.ctx, p) < _HEADING_RANK for p in w.lower().split("-"))
                        and not self._personal(w) and (len(g.names) == 1 or w.lower() not in vocab.word_names)
                        for _, _, w in g.names)):
            # "Improvements:", "Technical Questions:" alone on the first line: a heading of everyday words and
            # no given name (nor, beside a family name, a word used as one: "Grace Hill:"), nobody's name
            return True
        run: list[tuple[int, int, str]] = []
        generic_only = True

        def flush() -> None:
            last = self.uses[-1] if self.uses else None
            if len(run) == 1 and last is not None and last.where == "greeting" and last.match is not None \
                    and not own[last.end:run[0][0]].strip():  # "Dear Aung Ykaw," to Aung Kyaw
                self._swapped_or_address(run, last.match.interviewer, address=False)
            # single letters without a full stop alone ("Siobhan O Sullivan", "Ana M Alvarez") are a prefix
            # or a middle initial, never a stranger; an initial with its stop ("P. Mensah" to Kwame Mensah)
            # or with a name after it ("P. Brennan") is judged as a name
            if run and any(len(w) > 1 or own[e:e + 1] == "." for _, e, w in run) \
                    and fold(run[-1][2]) not in vocab.stand_in_family:  # "Dear John Doe,": a model letter's
                s, e = run[0][0], run[-1][1]
                self.strangers.append(NameUse(s, e, own[s:e], Role.STRANGER, "greeting"))
            run.clear()

        # "good evening mr okafor,": a greeting typed all in lower case; the words after its title are its name
        lower_titled = bool(g.titles) and all(t[:1].islower() and t.rstrip(".").lower() in vocab.titles
                                              for t in g.titles)
        for s, e, word in g.names:
            kind = WordClass.SLOT if _placeholder_at(doc, s, e) or _TEMPLATE_VARIABLE.fullmatch(word) else classify_word(
                word[:1].upper() + word[1:] if lower_titled and word.isalpha() else word,
                vocab=vocab, titled=bool(g.titles), company=self.company)
            if kind is WordClass.NAME and word.lower() in vocab.name_slots and self._slot_word(word):
                kind = WordClass.SLOT  # "Hi Name,", "Dear Firstname,": the word the template left there
            if kind is WordClass.NAME and len(word) > 1 and word.isupper() and word.lower() in self.initials:
                kind = WordClass.GENERIC  # "Hello TEA development team!" to Text-Em-All: the company's initials
            if kind is WordClass.NAME and self._joined_to_generic(own, e, word, vocab):
                kind = WordClass.GENERIC  # "Dear Madem/Sir,", "Dear Mam or Sir,": one more way of saying "Sir"
            if kind is WordClass.SLOT:  # "[Name]", or a template's instruction: "Dear: (The person from above)"
                flush()
                generic_only = False
                self.placeholder = True
                continue
            match = _handle_or_name(self.matcher, own, s, word, any_case=True) if self.people else None
            if match is None and kind is WordClass.NAME and self.people:
                match = compound_short(self.matcher, word)  # "Hi Mariajo," to María José Fernández
            if match is not None and match.kind == "misspelling" and kind is WordClass.GENERIC:
                match = None  # "Hi team," is not a misspelling of Tea Horvat
            if match is None and kind is WordClass.GENERIC:
                self.plural |= word.lower().strip("'’") in vocab.plural
                flush()
                continue
            if match is None and kind is WordClass.PARTICLE:
                continue
            if match is None and _is_initial_of(word, own, e, self.people):
                flush()  # "Dear J. Okafor,": an initial of an interviewer's given name, not a stranger
                generic_only = False
                continue
            generic_only = False
            if match is None and self.people and after_title(own, g.start, s):
                match = self._family(word)
            if match is not None:
                if len(run) == 1 and not own[run[0][1]:s].strip():
                    self._swapped_or_address(run, match.interviewer)
                    if run and match.part == "last" and (self.matcher.data.is_given_name(run[0][2])
                                                         or self._sibling_given(run[0][2], match.interviewer)):
                        # "Good evening Fatou Jallow," to Isatou Jallow: another given name before their family
                        # name is another person of that family; the greeting does not name the interviewer
                        flush()
                        continue
                flush()
                self.named[match.interviewer] = None
                self.uses.append(NameUse(s, e, word, Role.INTERVIEWER, "greeting", match))
                continue
            if self.is_recipient(word):
                flush()
                self.recipient_named = True
                self.greeted.add(fold(word))  # the reader: thanking them in the body is no slip
                continue
            if kind is not WordClass.NAME:
                flush()
                continue
            run.append((s, e, word))
        flush()
        return self._roles_only(g, generic_only)

    def _personal(self, word: str) -> bool:
        """Is a greeting word a person's: an interviewer's name (or near it) or a given name?"""
        return (self.people and self.matcher.classify(word) is not None) or self.matcher.data.is_given_name(word)

    def _joined_to_generic(self, own: str, end: int, word: str, vocab: Vocabulary) -> bool:
        """Is a word joined by a slash or "or" to a generic addressee after it a misspelt polite address
        ("Madem/Sir", "Maddam or Sir", "Sirr/Madam": within two edits of "madam", "sir" or "ma'am", same
        first letter), not a stranger ("Priya/Sir" still names Priya)?"""
        m = _OR_NEXT.match(own, end)
        if m is None or m.group(1).lower() not in vocab.generic or self.matcher.classify(word) is not None:
            return False
        from rapidfuzz.distance import OSA

        low = word.lower()
        most = 1 if len(low) <= 3 else 2
        return any(p[0] == low[0] and OSA.distance(low, p, score_cutoff=most) <= most
                   for p in vocab.generic & vocab.after_name)

    def _slot_word(self, word: str) -> bool:
        """Is this name-slot word ("Name") left by a template, and not an interviewer's name?"""
        match = self.matcher.classify(word) if self.people else None
        return match is None or match.kind == "misspelling"

    def _swapped_or_address(self, run: list[tuple[int, int, str]], interviewer: int, *, address: bool = True) -> None:
        """One unknown word right beside an interviewer's name: their short name part with two letters
        swapped ("Dear U Zwa Min Htet," to Zaw Min Htet; "Dear Aung Ykaw,": a misspelling, unless the word
        is a given name of its own: "Ian Smith" to Ina Smith may be somebody else), or, before the name, a
        form of address ("Dear Ato Mesfen,", "Khun Pimchanock"); either way no stranger."""
        s, e, word = run[0]
        swapped = None if self.matcher.data.is_given_name(word) else self.matcher.swapped_beside(word, interviewer)
        if swapped is not None:
            run.clear()
            self.uses.append(NameUse(s, e, word, Role.INTERVIEWER, "greeting", swapped))
        elif address and self._address_word(word) and not self._sibling_given(word, interviewer):
            run.clear()

    def _signed(self, s: int, text: str) -> bool:
        """Is the name at ``s`` the writer's, signed after a closing phrase on the note's last line
        ("Thank You, Mike", "Many thanks, Ana Lima") with no other signature below: a closing, not a thanks?"""
        doc, own = self.doc, self.doc.own
        if doc.signature_name is not None or own[s + len(text):].strip(" \t\r\n!.*_"):
            return False
        line_start = own.rfind("\n", 0, s) + 1
        # (a Markdown heading's or emphasis's marks around the line are its format: "### Thanks, Colin",
        # "**Cheers, Ana**")
        before = own[line_start:s].rstrip(" \t").lstrip(" \t#*_>")
        if not before.endswith(","):
            return False  # "Thanks again Priya!": spoken to, not signed
        phrase = before[:-1].rstrip(" \t")
        return " ".join(phrase.lower().replace("’", "'").split()) in _signoff_phrases() and len(text.split()) <= 3

    def _sibling_given(self, word: str, interviewer: int) -> bool:
        """Is the word before an interviewer's family name another given name of the same naming
        tradition: not theirs nor one edit from it, but sharing its first or last letters, at least three
        and half the shorter name ("Fatou" for Isatou, "Halima" for Fatima, "Chinedu" for Chiamaka)? Then
        it names another person of that family, not the interviewer; a form of address before the name
        ("Ntate", "Hajiya" for Hadiza, "Mbak") shares no such stretch with the given name."""
        w = fold(word)
        given = fold(self.matcher.parsed[interviewer].first)
        if len(w) < _SIBLING_MIN or len(given) < _SIBLING_MIN or w == given:
            return False
        need = max(_SIBLING_SHARED, (min(len(w), len(given)) + 1) // 2)
        return _shared_run(w, given) >= need or _shared_run(w[::-1], given[::-1]) >= need

    def _address_word(self, word: str) -> bool:
        """A short capitalised word standing right before an interviewer's name, no given name nor a name
        of theirs: a form of address of the writer's culture ("Ato", "Khun", "Daw"), not a stranger."""
        return (len(word) <= _ADDRESS_WORD_MAX and word[:1].isupper() and word.isalpha()
                and not self.matcher.data.is_given_name(word) and self.matcher.classify(word) is None)

    def honorific_is_name(self, g: Greeting) -> bool:
        """A greeting of one honorific alone ("Hi Pan,", "Dear Major,") is read as a respectful address, but
        when it is an interviewer's name (Wei Pan, Tom Major) it names them."""
        vocab, own = vocabulary(), self.doc.own
        for title in g.titles:
            bare = title.rstrip(".")
            if bare.lower() in vocab.titles:
                continue
            match = self.matcher.classify(bare)
            at = own.find(title, g.start, g.end)
            if match is not None and match.kind != "misspelling" and at >= 0:
                self.named[match.interviewer] = None
                self.uses.append(NameUse(at, at + len(bare), bare, Role.INTERVIEWER, "greeting", match))
        return bool(self.named)

    def _family(self, word: str) -> NameMatch | None:
        """The interviewer whose family name a titled word is ("Dear Ms Lau,"), or, one letter off from
        the same first letter (two on five letters or more), a misspelling of it that sounds near
        ("Hi Ms Law," to Lau Mei Ling; "Dear Mr Okafur,"): the title says a family name stands there."""
        f = fold(word)
        for i in range(len(self.people)):
            if f in self.matcher.family_names(i):
                return NameMatch(i, "exact", word, "last")
        if not f.isalpha() or len(f) < _TITLED_NEAR_MIN or self.matcher.data.is_given_name(word):
            return None
        from rapidfuzz.distance import Levenshtein  # (letters swapped in three letters are two edits: "Rya" for Ray)

        for i in range(len(self.people)):
            for family in sorted(self.matcher.family_names(i)):
                most = 1 if max(len(f), len(family)) < _TITLED_TWO_EDITS else 2
                if (family.isalpha() and family[0] == f[0] and abs(len(family) - len(f)) <= 1
                        and Levenshtein.distance(f, family, score_cutoff=most) <= most):
                    return NameMatch(i, "misspelling", _spelt(self.matcher.parsed[i].core_surname, family), "last")
        return None

    def _roles_only(self, g: Greeting, generic_only: bool) -> bool:
        """"Dear Engineering Team", "Dear Head of People Ops": a department or a role, not a stranger,
        unless the unknown word is a real given name ("Hi Megan and team"); "Dear Future Colleagues",
        "Dear Amazing Initech Family": beside a group word, frequent words describe the group."""
        vocab = vocabulary()
        if not any(u.where == "greeting" for u in self.strangers):
            return generic_only
        role = any(w.lower() in vocab.group_or_role for _, _, w in g.names)
        group = role or any(classify_word(w, vocab=vocab, company=self.company) is WordClass.GENERIC
                            for _, _, w in g.names)
        if not group:
            return generic_only
        data = self.matcher.data

        def person(u: NameUse) -> bool:
            words = u.text.split()
            if any(data.is_given_name(w) for w in words):
                return True
            return not role and not all(_word_rank(self.ctx, w.lower()) < COMMON_WORD_RANK for w in words)

        self.strangers = [u for u in self.strangers if u.where != "greeting" or person(u)]
        if not any(u.where == "greeting" for u in self.strangers) and not self.named:
            return True
        return generic_only

    def body(self) -> None:
        """Names addressed in the body: "Thank you, Megan", "Marta, thanks too for the tour"."""
        if not self.people:
            return
        doc = self.doc
        own = doc.own
        start, end = doc.content_range
        seen: set[int] = set()
        for s, text, where in (*_thanked(self.ctx, own, start, end), *_wished(self.ctx, own, start, end),
                               *_vocatives(self.ctx, own, start, end),
                               *_item_vocatives(self.ctx, own, start, end), *_item_thanked(self.ctx, own, start, end),
                               *_closing_vocatives(self.ctx, own, start, end),
                               *_inner_vocatives(self.ctx, own, start, end)):
            if s in seen:
                continue
            seen.add(s)
            last = text.rsplit(None, 1)
            if len(last) == 2 and last[1].lower().replace("’", "'") in vocabulary().after_name:
                text = last[0]  # "Thank you again, Ravi ji!": the honorific is no part of the name
            role = self._stranger(text)
            if role is not None and where == "thanks" and self._signed(s, text):
                continue  # "Thank You, Mike" as the last line: the writer signing off, no one thanked
            if role is not None:
                self.strangers.append(NameUse(s, s + len(text), text, role, where))
                continue
            word = text.split()[-1] if len(text.split()) > 1 and _titled(text) else text.split()[0]
            at = s + text.rfind(word)
            match = _handle_or_name(self.matcher, own, at, word)
            if match is not None and match.kind == "misspelling":  # "Dnaa, thank you again", "Mr. Asnate, thanks"
                self.uses.append(NameUse(at, at + len(word), word, Role.INTERVIEWER, where, match))

    def subject(self) -> None:
        """A titled name in the subject that is nobody in this interview nor in To/Cc: "Thank You, Mr.
        Boateng – Interview for ..." when Mr. Asante interviewed you (a leftover of another note)."""
        if not self.people:
            return
        subject = self.doc.subject.text
        titles = vocabulary().all_titles
        for m in _SUBJECT_TITLED.finditer(subject):
            if m.group("title").lower() not in titles:
                continue
            text = m.group(0)
            second = m.group("second")
            if second and _word_rank(self.ctx, second.lower()) < COMMON_WORD_RANK \
                    and not self.matcher.data.is_given_name(second):
                text = text[:m.start("second") - m.start()].rstrip()  # "Mr. Boateng Interview": "Interview" is no name
            if self._stranger(text) is Role.STRANGER:
                self.strangers.append(NameUse(m.start(), m.start() + len(text), text, Role.STRANGER, "subject"))
        # a name thanked without a title: "Thank you Aditi! | Data analyst interview", "Thanks, Megan - follow-up"
        def taken(at: int) -> bool:
            return any(u.start <= at < u.end for u in self.strangers if u.where == "subject")

        for m in _thanks_patterns()[0].finditer(subject):
            text = m.group("name")
            if not taken(m.start("name")) and self._stranger(text) is Role.STRANGER:
                self.strangers.append(NameUse(m.start("name"), m.end("name"), text, Role.STRANGER, "subject"))
            # and each person listed after it up to the subject's end or separator: "Thank you Ivana and
            # Tomislav - charter base interview", "Thanks, Ama, Kofi and Mr. Boateng | site visit"
            listed, pos = _list_after(subject, m.end("name"), len(subject))
            if listed and _SUBJECT_LIST_END.match(subject, pos):
                for n in listed:
                    name = n.group("name")
                    if (n.group("after") or _titled(name) or _person_like(self.ctx, name)) \
                            and not taken(n.start("name")) and self._stranger(name) is Role.STRANGER:
                        self.strangers.append(NameUse(n.start("name"), n.end("name"), name, Role.STRANGER,
                                                      "subject"))

    def attention(self, g: Greeting | None) -> None:
        """The person a letter's attention line names, when nobody in this interview nor in To/Cc ("ATTN: MR.
        JOSEPH KOECH" above "Dear Mr. Langat:", "For the attention of Ms. Jane Achieng", "FAO: Tom Reilly";
        thirty-third ag-304): the letter is addressed to someone else. Read on the lines above the greeting;
        with no greeting, a line whose head takes a colon. Only a person's name: a title first or a given
        name ("Attn: Hiring Manager", "c/o Acme Holdings Ltd" name no one)."""
        if not self.people:
            return
        doc = self.doc
        # (a formal letter's head, its address blocks, is no part of ``own``: read in the body as written)
        own = doc.body.text if g is not None else doc.own
        head = next((r for r in doc.regions if r.kind == "letterhead"), None)
        if g is not None:
            lo, hi = (head.start if head is not None else doc.own_start), g.line_start
        else:
            lo, hi = doc.content_range
        if hi - lo < 5 or not _may_hold_attention(own, lo, hi):
            return
        vocab = vocabulary()
        for m in _attention_line().finditer(own, lo, hi):
            if g is None and m.group(1) != ":":
                continue  # "Attention to detail ..." opening a paragraph: no head without its colon
            rest = m.group(2)
            cut = _ATTENTION_CUT.search(rest)
            name = rest[:cut.start()] if cut else rest
            name = name.rstrip(" \t\r.")
            if not _ATTENTION_NAME.fullmatch(name):
                continue
            words = name.split()
            plain = " ".join(_unshout_word(w) for w in words) if name.upper() == name else name
            first = plain.split()[0].lower().rstrip(".")
            titled = first in vocab.all_titles
            given = plain.split()[1 if titled and len(words) > 1 else 0]
            if not titled and not self.matcher.data.is_given_name(given):
                continue  # "Attn: Recruitment Desk", "c/o Kestrel House": no person's name
            start = m.start(2)
            if _organisation(own, plain, start + len(name)):
                continue
            # (a To/Cc recipient named there, the HR officer who passes the letter on, is whom it is sent to)
            if self._stranger(plain) is Role.STRANGER:
                self.strangers.append(NameUse(start, start + len(name), name, Role.STRANGER, "attention"))

    def handles(self, g: Greeting | None, after_salutation: re.Match[str] | None) -> None:
        """@handles the note speaks to that are nobody in this interview: a greeting of handles ("@tobi-ekanem
        I've updated the branch", "Hi @sarah_k,"), and a line of the body that opens on handles and speaks
        to them ("@nileshprasad137 Good luck for your exams!"). A run of handles with one of a reader in it
        (an interviewer's, a recipient's address, the writer's own) greets the reader's co-workers as well;
        a handle followed by "and" is a subject ("@finn and I would like a call"). In the greeting an
        interviewer may go by a handle that spells no name ("@c30sb2"): only a handle that opens on another
        given name ("@tobi-ekanem", "@SarahKim") is someone else there, and so it is after a thanks ("Thanks
        @sarah-k for the review"). A bot's handle ("@ops-bot please rerun the checks") is a program."""
        own = self.doc.own
        if g is not None:
            run = list(g.handles)
            run += [(hs, he, w) for hs, he, w in g.names if own[hs - 1:hs] == "@"]
            if after_salutation is not None:
                run.append((after_salutation.start(1), after_salutation.end(1), after_salutation.group(1)))
            if run and not self.named and not _HANDLE_SUBJECT.match(own, run[-1][1]):
                # (a greeting that names an interviewer too, "Hi Efe and @tobi-ekanem,", greets co-workers)
                self._handle_run(run, "greeting", named_only=True)
        start, end = self.doc.content_range
        first_line = g.line_end if g is not None else own.find("\n", start, end)
        if first_line < 0:
            return
        at = own.find("@", first_line, end)
        while at >= 0:
            line_start = own.rfind("\n", 0, at) + 1
            if (not own[line_start:at].strip() and _paragraph_start(own, line_start)
                    and (m := _leading_handles().match(own, at, end)) is not None
                    and not _HANDLE_SUBJECT.match(own, m.end())):
                line_end = own.find("\n", m.end(), end)
                line_end = end if line_end < 0 else line_end
                run = [(h.start(1), h.end(1), h.group(1)) for h in _one_handle().finditer(own, at, m.end())]
                self._handle_run(run, "vocative", named_only=not _SPEAKS_TO.search(own, m.end(), line_end))
                at = line_end
            elif _HANDLE_THANKED.search(own, max(start, at - 16), at) and (h := _one_handle().match(own, at, end)):
                self._handle_run([(h.start(1), h.end(1), h.group(1))], "thanks", named_only=True)
            at = own.find("@", at + 1, end)

    def _handle_run(self, run: list[tuple[int, int, str]], where: str, *, named_only: bool) -> None:
        """Record the handles of one run that are strangers (see :meth:`handles`)."""
        own = self.doc.own
        if any(self._handle_reader(hs, text) for hs, _, text in run):
            return
        writer = {fold(w) for w in (self.doc.signature_name or "").split() if len(w) >= 3}
        taken = {u.start for u in self.strangers}
        for hs, he, text in run:
            parts = [fold(p) for p in _HANDLE_WORDS.findall(text)]
            if not parts or hs in taken or writer & set(parts):
                continue
            if "bot" in parts or parts[-1].endswith("bot"):
                continue  # "@ops-bot please rerun the checks", "@dependabot": a program brought into the thread
            if named_only and not (len(parts[0]) >= 3 and self.matcher.data.is_given_name(parts[0])):
                continue  # "@c30sb2", "@vaporwavie": perhaps the interviewer's own handle
            self.strangers.append(NameUse(hs, he, own[hs:he], Role.STRANGER, where, handle=True))

    def _handle_reader(self, start: int, text: str) -> bool:
        """Is the @handle at ``start`` (after its "@") an interviewer's (it spells their name) or a
        recipient's (the letters of their address's local part, or their name's first word)?"""
        if handle_match(self.matcher, self.doc.own, start) is not None:
            return True
        letters = "".join(ch for ch in fold(text) if ch.isalpha())
        for mailbox in (*self.ctx.draft.recipients, *(p.email for p in self.people if p.email)):
            local = address_of(mailbox).split("@", 1)[0]
            if letters and letters == "".join(ch for ch in fold(local) if ch.isalpha()):
                return True
        parts = _HANDLE_WORDS.findall(text)
        return bool(parts) and len(parts[0]) >= 3 and self.is_recipient(parts[0])

    def _stranger(self, text: str) -> Role | None:
        """Whose name a name thanked or spoken to in the body is, when it is no interviewer's: a
        ``STRANGER``, or a ``RECIPIENT`` copied on the note who did not interview (the label counts both:
        "thanks by name someone who was not an interviewer"); ``None`` for an interviewer, the reader
        greeted, the writer, or a word that is not a name."""
        vocab = vocabulary()
        # an honorific joined by a hyphen is part of the address, not of the name ("Watanabe-san", "Rajesh-ji")
        words = [w.rsplit("-", 1)[0] if "-" in w[1:] and w.rsplit("-", 1)[1].lower() in vocab.after_name else w
                 for w in text.split()]
        if not words[0][:1].isupper() or (words[0].isupper() and len(words[0]) > 1):
            return None  # "Thank you SO much"
        first = words[0].lower().rstrip(".")
        # "thanks also to Mr. Boateng": the surname decides; so it does after a polite address written before
        # the name ("Salamat po, Ma'am Liza", "Thank you, Sir Emeka")
        titled = first in vocab.all_titles or (len(words) > 1 and first.replace("’", "'") in vocab.after_name
                                                and first in vocab.generic)
        if titled:
            words = words[1:]
            if not words or any(fold(w) in self.matcher.family_names(i) for w in words
                                for i in range(len(self.people))):
                return None
        own_name = {fold(w) for w in (self.doc.signature_name or "").split()}
        recipient = False
        for w in words:
            f = fold(w)
            if (f in vocab.not_names or w.lower() in vocab.generic or f in self.company or f in own_name
                    or f in vocab.stand_in_family):
                return None
            if self.matcher.classify(w, any_case=True) is not None or f in self.greeted:
                return None
            recipient = recipient or f in self.recipients
        data = self.matcher.data
        if not titled and not recipient and not any(data.is_given_name(w) or fold(w) in vocab.word_names
                                                    for w in words) and all(
                _word_rank(self.ctx, w.lower()) < COMMON_WORD_RANK for w in words):
            return None  # "Thank you, Best Regards": frequent words, no name
        return Role.RECIPIENT if recipient else Role.STRANGER


def analyse_addressing(ctx: RuleContext) -> Addressing:
    """Read the greeting, the names addressed in the body and the closing of one draft."""
    doc = ctx.doc
    g = doc.greeting
    b = _Builder(ctx)
    opening_named = generic = False
    glued: tuple[int, int, NameMatch] | None = None
    handle: re.Match[str] | None = None
    if g is None:
        opening_named = bool(b.people) and (_opening_names(ctx, b.matcher) or _subject_greets(ctx, b.matcher))
    else:
        generic_only = b.greeting(g)
        if not g.names and g.titles and b.people and b.honorific_is_name(g):
            generic_only = False  # "Hi Pan," to Wei Pan: an honorific alone that is their name
        generic = (g.generic and not b.named) or (generic_only and not b.placeholder) or (not g.names and not g.titles)
        handle = _HANDLE.match(doc.own, g.end, g.line_end) if b.people and not g.names and not b.named else None
        if handle is None and b.people and not g.names and not b.named and g.punct == ",":
            handle = _HANDLE.match(doc.own, g.punct_at + 1, g.line_end)  # "Hi, @emckean I ...": after the comma
        hit = handle_match(b.matcher, doc.own, handle.start(1)) if handle is not None else None
        if handle is not None and hit is not None:  # "Hi @priya.raman,": the handle spells the name
            b.named[hit.interviewer] = None
            b.uses.append(NameUse(handle.start(1), handle.end(1), handle.group(1), Role.INTERVIEWER, "greeting", hit))
            generic = False
        for hs, he, text in g.handles if b.people else ():  # "@PetraAG @jafsia Here is my task": each handle
            hit = handle_match(b.matcher, doc.own, hs)
            if hit is not None:
                b.named[hit.interviewer] = None
                b.uses.append(NameUse(hs, he, text, Role.INTERVIEWER, "greeting", hit))
                generic = False
        # "hey priya loved the tour", and after a title typed in lower case: "Good evening miss morgan thank you"
        glued = _glued_name(ctx, b, g) if b.people and not g.names and not g.punct else None
        if glued is not None:
            s, e, match = glued
            b.named[match.interviewer] = None
            b.uses.append(NameUse(s, e, ctx.doc.own[s:e], Role.INTERVIEWER, "greeting", match))
            generic = False
    if b.people:
        b.handles(g, handle)
        b.attention(g)
    b.body()
    b.subject()
    signature = doc.signature_name
    return Addressing(greeting=g, named=tuple(b.named), uses=tuple(b.uses), strangers=tuple(b.strangers),
                      recipient_named=b.recipient_named, generic=generic, plural=b.plural,
                      placeholder=b.placeholder, opening_named=opening_named, targets=b.targets,
                      signoff=doc.signoff, signature=signature, postscript=doc.postscript,
                      glued_name=None if g is None or glued is None else glued[:2])


@lru_cache(maxsize=1)
def _attention_line() -> re.Pattern[str]:
    """A line opening on the head of an attention line (data/addressing.toml ``attention_heads``), then an
    optional colon or dash (group 1) and the rest of the line (group 2)."""
    heads = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+")
                     for h in sorted(vocabulary().attention_heads, key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{heads})\.?(?![\w'’/-])[ \t]*(:|[-–—])?[ \t]*([^\s][^\n]{{0,79}})$",
                      re.IGNORECASE | re.MULTILINE)


def _may_hold_attention(own: str, lo: int, hi: int) -> bool:
    """Does ``own[lo:hi]`` hold an attention line's head at all (one cheap look before the pattern)?"""
    low = own[lo:hi].lower()
    return any(max(h.split(), key=len) in low for h in vocabulary().attention_heads)


#: where the name of an attention line ends: a comma, a dash set apart or a bracket ("Ms. Jane Achieng,
#: HR Manager", "Mr. Tom Reilly – Operations", "Dr. Bello (Head of Pharmacy)")
_ATTENTION_CUT: Final = re.compile(r"[ \t]*(?:[,;(]|[ \t][-–—][ \t])")
#: a person's name: an optional title with its stop, then one to four capitalised words (any case after)
_ATTENTION_NAME: Final = re.compile(r"(?:[A-Za-z]{1,6}\.?[ \t]+)?[A-Z][\w'’-]{0,30}(?:[ \t]+[A-Z][\w'’.-]{0,30}){0,3}")


def _unshout_word(word: str) -> str:
    """A word written in capitals, as a name is written ("KOECH" -> "Koech", "MR." -> "Mr.")."""
    return word[:1] + word[1:].lower()


_HANDLE: Final = re.compile(r"[ \t]*@([^\W\d_][\w.\-]{1,38})")
_HANDLE_AT: Final = re.compile(r"[\w.\-]{1,40}")
#: the fewest letters of a given and a family name run together that name someone inside a longer handle
#: ("weipan" in "@iamweipan"; two short names run together, "alli", could be part of any word)
_PADDED_HANDLE_MIN: Final = 6


def handle_match(matcher: NameMatcher, own: str, start: int) -> NameMatch | None:
    """The interviewer an @handle starting at ``start`` (after the "@") spells, or ``None``.

    A handle names them when its letters are their given and family names run together in either order
    ("@jasonlong", "@priya.raman", "@long_jason"), one of those names alone, an initial with the other
    name ("@jlong", "@longj", "@jasonl"), or the given name with the initials of the other words of the name
    ("@PetraAG" for Petra Agbor Gwan, "@AnaLdC" for Ana Luisa da Costa); digits and the marks between the parts are ignored ("@priya.raman85"). Both
    names run together also name them with letters around them, as handles are padded when the plain name
    is taken ("@therealjasonlong", "@jasonlong_dev", "@itsjasonlong"); one name alone must be the whole
    handle ("@longjohn" is somebody else), but for a given name of four letters or more padded at its end
    with a word ("@dennyabrain" for Denny George, "@laurabytes"; not "@priyanka_dev" for Priya). A short form
    of the given name the tables know stands for it, with the family name or its initial or alone
    ("@seun-adeyemi", "@kasia_w", "@seun" for Oluwaseun Adeyemi and Katarzyna Wiśniewska).
    """
    m = _HANDLE_AT.match(own, start)
    if m is None:
        return None
    letters = "".join(ch for ch in fold(m.group(0)) if ch.isalpha())
    if len(letters) < 3:
        return None
    for i, parsed in enumerate(matcher.parsed):
        given = "".join(ch for ch in fold(parsed.first) if ch.isalpha())
        rest = [fold(w)[:1] for w in (*parsed.given[1:], *parsed.family) if w[:1].isalpha()]
        if given and len(rest) >= 2 and letters == given + "".join(rest):
            return NameMatch(i, "exact", matcher.formal_name(i), "full")
        family = {"".join(ch for ch in f if ch.isalpha()) for f in matcher.family_names(i)}
        for fam in family:
            forms = {given + fam, fam + given, given[:1] + fam, fam + given[:1], given + fam[:1], given, fam}
            if letters in {f for f in forms if len(f) >= 3} or (
                    given and fam and len(given) + len(fam) >= _PADDED_HANDLE_MIN
                    and (given + fam in letters or fam + given in letters)):
                return NameMatch(i, "exact", matcher.formal_name(i), "full")
        if _padded_given(matcher, given, fold(m.group(0))):
            return NameMatch(i, "exact", matcher.formal_name(i), "full")
        # the name as the first of the handle's parts set off by its marks, other words after it
        # ("@nate-double-u" for Nate Whitfield, "@okafor.builds", "@priya_codes")
        part = _HANDLE_PART.match(fold(m.group(0)))
        first = part.group(0) if part is not None else ""
        if len(first) >= 3 and len(first) < len(m.group(0).rstrip(".-_")) and (first == given or first in family):
            return NameMatch(i, "exact", matcher.formal_name(i), "full")
        # the short form of the given name the reader goes by, with the family name or its initial
        # ("@seun-adeyemi", "@kasia_w" for Katarzyna Wiśniewska), or alone as the whole handle ("@seun")
        for nick in matcher.data.related(given) if given else ():
            nick = "".join(ch for ch in nick if ch.isalpha())
            if len(nick) >= 3 and (letters == nick or any(
                    letters in (nick + fam, fam + nick, nick + fam[:1]) for fam in family if fam)):
                return NameMatch(i, "exact", matcher.formal_name(i), "full")
    return None


#: the first part of a handle, up to its first mark or digit ("nate" in "nate-double-u")
_HANDLE_PART: Final = re.compile(r"[^\W\d_]*")
#: the fewest letters of a given name that, padded at its end, still names its bearer in a handle
_PADDED_GIVEN_MIN: Final = 4
#: the least frequent English word that pads a given name in a handle ("laurabytes", "dennyabrain")
_PAD_WORD_RANK: Final = 50000
#: the first run of letters of a handle's text after a given name
_PAD_RUN: Final = re.compile(r"[^\W\d_]*")


def _padded_given(matcher: NameMatcher, given: str, handle: str) -> bool:
    """Is the folded ``handle`` the given name with a word after it ("dennyabrain", "laurabytes",
    "marcusdev", "priya_dev")? The letters joined to the name must be a frequent English word (perhaps after
    "a" or "the") or a word of developers' handles (data/addressing.toml ``handle_pads``), not the rest of a
    longer name ("priyanka_dev", "johnnyboy") nor a given name ("christina_k" is not Chris's)."""
    if len(given) < _PADDED_GIVEN_MIN or not handle.startswith(given) or len(handle) == len(given):
        return False
    run = _PAD_RUN.match(handle, len(given))
    assert run is not None  # the pattern matches the empty string: it always matches
    pad = run.group(0)
    if not pad:
        return True  # "priya_dev", "priya.codes": a mark after the whole given name
    from ..spelling.lexicon import load_lexicon

    lexicon, pads = load_lexicon(), vocabulary().handle_pads
    for word in (pad, pad[1:] if pad[:1] == "a" else "", pad[3:] if pad.startswith("the") else ""):
        if len(word) >= 3 and (word in pads or (lexicon.rank(word) < _PAD_WORD_RANK
                                                and not matcher.data.is_given_name(word))):
            return True
    return False


def _handle_or_name(matcher: NameMatcher, own: str, start: int, word: str, *, any_case: bool = False,
                    ) -> NameMatch | None:
    """The interviewer ``word`` at ``start`` names. After an "@" the handle is read first: one that spells
    the name ("@wguldin" for William Guldin, "@jasonl", "@guldinw") is that name, never a misspelling of it,
    though its letters are one edit from the family name."""
    if own[start - 1:start] == "@":
        hit = handle_match(matcher, own, start)
        if hit is not None:
            return hit
    return matcher.classify(word, any_case=any_case)


_GLUED_WORD: Final = re.compile(r"[ \t]+([^\W\d_][\w'’-]{1,30})[ \t]+[^\W\d_]")


def _glued_name(ctx: RuleContext, b: _Builder, g: Greeting) -> tuple[int, int, NameMatch] | None:
    """An interviewer's name (or nickname, any case; not a guessed misspelling) right after the salutation,
    with the message following on the line: "hey priya loved the tour", which the parser, without the
    interview, could not tell from "hi thanks for the tour"."""
    m = _GLUED_WORD.match(ctx.doc.own, g.end, g.line_end)
    if m is None:
        return None
    hit = b.matcher.classify(m.group(1), any_case=True)
    return None if hit is None or hit.kind == "misspelling" else (m.start(1), m.end(1), hit)


#: the fewest letters each given name gives to the short form of a double given name ("Ma" + "jo")
_COMPOUND_PART_MIN: Final = 2


def compound_short(matcher: NameMatcher, word: str) -> NameMatch | None:
    """The interviewer with two given names whose short form ``word`` is: the start of the first run into the
    start of the second ("Majo" or "Mariajo" for María José, "Juanpa" for Juan Pablo, "Annema" for Anne-Marie
    written "Anne Marie"), as Spanish and Portuguese speakers shorten a double given name."""
    f = fold(word)
    if len(f) < 2 * _COMPOUND_PART_MIN:
        return None
    for i, parsed in enumerate(matcher.parsed):
        given = [fold(g) for part in parsed.given for g in part.split("-")]
        if len(given) < 2:
            continue
        a, b = given[0], given[1]
        for k in range(_COMPOUND_PART_MIN, min(len(a), len(f) - _COMPOUND_PART_MIN) + 1):
            rest = f[k:]
            if f[:k] == a[:k] and len(rest) >= _COMPOUND_PART_MIN and b.startswith(rest):
                return NameMatch(i, "nickname", word, "first")
    return None


def _is_initial_of(word: str, own: str, end: int, people) -> bool:  # type: ignore[no-untyped-def]
    """True for a one-letter word followed by a full stop that starts a word of an interviewer's name."""
    if len(word) != 1 or not word.isupper() or own[end:end + 1] != ".":
        return False
    f = fold(word)
    return any(fold(part)[:1] == f for p in people for part in re.findall(r"[^\W\d_]+", p.name))


def _subject_greets(ctx: RuleContext, matcher: NameMatcher) -> bool:
    """Without a greeting in the body: is the subject itself a greeting that names an interviewer ("Hello,
    dear Mo", "Hi Ms. Okafor!")? A salutation opens it; a subject that only names them ("Mo Chen interview")
    greets nobody."""
    from ..document.structure import _SALUTATION

    subject = (ctx.draft.subject or "").strip()
    m = _SALUTATION.match(subject) if subject else None
    if m is None:
        return False
    # the words after the salutation, up to a sentence's end: "Hello,dear Mo", "Hi again, Mo!"
    rest = re.split(r"[.!?:;]", subject[m.end():], maxsplit=1)[0]
    words = re.findall(r"[^\W\d_][\w'’-]{0,40}", rest)[:_SUBJECT_GREETING_WORDS]
    for word in words:
        hit = matcher.classify(word) if word[:1].isupper() else None
        if hit is not None and not (hit.kind == "misspelling" and hit.part == "last"):
            return True
    return False


#: how many words after a subject's salutation may hold the name ("Hello, dear Professor Mo Chen")
_SUBJECT_GREETING_WORDS: Final = 4


def _opening_names(ctx: RuleContext, matcher: NameMatcher) -> bool:
    """Without a greeting: does the first line of the candidate's text name an interviewer?"""
    own = ctx.doc.own
    start = ctx.doc.own_start
    end = own.find("\n", start)
    end = len(own) if end < 0 else end
    for m in re.finditer(r"[^\W\d_][\w'’-]{0,40}", own[start:end]):
        word = m.group(0)
        if not word[:1].isupper():
            continue
        hit = matcher.classify(word)
        if hit is None or hit.kind == "misspelling" and hit.part == "last":
            continue
        after = own[start + m.end():start + m.end() + 1]
        if hit.kind == "nickname" and after not in (",", "!"):
            continue  # "Will you ..." is not William; "Thanks, Bob!" is
        if not _spoken_to(own, start + m.start(), start + m.end(), end):
            continue  # "I've sent Amy comments about my branch": a third person, nobody is addressed
        if hit.part != "last" or after_title(own, start, start + m.start()) or hit.kind != "exact":
            return True
    # the reader's handle spoken to ("Thanks for the answer, @ErikSchierboom."), as in a greeting, or a line of
    # @mentions alone above the text ("@ana @raj" and the message below): the mentions greet the readers
    mentions_only = _MENTIONS_ONLY.match(own, start, end) is not None
    at = own.find("@", start, end)
    while at >= 0:
        handle = _HANDLE_AT.match(own, at + 1, end) if at == start or not own[at - 1].isalnum() else None
        if handle is not None and handle_match(matcher, own, at + 1) is not None:
            h_end = at + 1 + len(handle.group(0).rstrip(".-"))
            if mentions_only or _spoken_to(own, at, h_end, end) or _handle_closes_clause(own, at, h_end):
                return True
        at = own.find("@", at + 1, end)
    return False


#: a line of @mentions and nothing else ("@thawk55 @jakerichan", "@ana, @raj"): GitHub's way of greeting the
#: readers above the message
_MENTIONS_ONLY: Final = re.compile(r"(?:@[^\W\d_][\w.\-]{0,38}[ \t,]*)+[ \t\r]*$")
#: what follows a name someone is spoken to by, after any more words of the name ("Amy Castellano"): a
#: comma, a colon or a mark, a dash, or the end of the line ("Frank, I appreciate", "Dan" alone)
_AFTER_VOCATIVE: Final = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’.-]*|and|&))*[ \t]*(?:[,:;!?.]|[–—]|-[ \t]|$)")
#: what stands before a name someone is spoken to by in mid-line: a thanks or a comma ("Thank you Amy for",
#: "It was great to meet you, Amy.")
_BEFORE_VOCATIVE: Final = re.compile(r"(?:\b(?:thank[ \t]+you|thanks|thx)|,)[ \t]*$", re.IGNORECASE)


#: a handle that closes the first clause, then a comma and a new clause with its subject: "Not a problem at
#: all @pradeeban, I completely understand", "Good catch @jlong, we missed it"
_HANDLE_CLAUSE_AFTER: Final = re.compile(r"[ \t]*,[ \t]+(?:i|we|you|it|that|this|thanks|thank)\b", re.IGNORECASE)
#: a handle after these is spoken of, not to: "cc @kevin, I ...", "thanks to @amy, we ...", "with @amy, I"
_HANDLE_SPOKEN_OF: Final = re.compile(r"\b(?:cc|to|with|from|by|for|and|or|of|ask|asked|told|tell|ping|pinged)"
                                      r"[ \t:]*$", re.IGNORECASE)


def _handle_closes_clause(own: str, at: int, end: int) -> bool:
    """Is the @handle at ``at:end`` spoken to after the first clause ("Not a problem at all @pradeeban, I
    completely understand ...")? A comma and a new clause's subject follow it, and no preposition, "cc" or
    verb of telling stands before it (those speak of the handle's owner)."""
    return bool(_HANDLE_CLAUSE_AFTER.match(own, end)) and not _HANDLE_SPOKEN_OF.search(own, max(0, at - 12), at)


def _spoken_to(own: str, start: int, end: int, line_end: int) -> bool:
    """Is the name at ``start:end`` of the opening line spoken to ("Frank, I appreciate ...", "Thank you Amy
    for ...", "... to meet you, Amy.") rather than spoken of ("I've sent Amy comments", "Amy said ...")?"""
    if _BEFORE_VOCATIVE.search(own, max(0, start - 12), start):
        return True
    line_start = own.rfind("\n", 0, start) + 1
    before = own[line_start:start].strip()
    if _ADDRESSED_TO.search(before) and _addressing_line(own[line_start:line_end]):
        return True  # "Quick heads up to John and your claude agent:": the line is addressed to him
    return (not before or after_title(own, line_start, start) or before.endswith(",")) and bool(
        _AFTER_VOCATIVE.match(own, end, line_end))


#: the words before a name that address a short opening line ending in a colon to its reader ("Quick heads up
#: to John and your claude agent:", twenty-second h-166; "A note for Priya:", "Update for Dana and Sam:")
_ADDRESSED_TO: Final = re.compile(r"(?:^|\s)(?:to|for)$", re.IGNORECASE)
#: the most words of such a line: a longer one is a sentence that speaks of the name ("I sent the report to
#: Amy ...")
_ADDRESSING_WORDS: Final = 10


def _addressing_line(line: str) -> bool:
    """Is ``line`` a short line ending in a colon (a dedication above the text, not a sentence)?"""
    line = line.strip()
    return line.endswith(":") and len(line.split()) <= _ADDRESSING_WORDS


# -- @handles spoken to ---------------------------------------------------------------------------------

#: the words of a handle: its runs of letters, split where a capital starts a word ("SarahKim", "tobi-ekanem")
_HANDLE_WORDS: Final = re.compile(r"[A-Z]?[^\W\d_A-Z]+|[A-Z]+(?![^\W\d_A-Z])")
#: after a run of handles, "and" makes them a sentence's subject: "@finnhodgkin and I would like a call"
_HANDLE_SUBJECT: Final = re.compile(r"[ \t]*,?[ \t]+(?:and|&)(?:[ \t]|$)", re.IGNORECASE)
#: a thanks right before a handle: "Thanks @sarah-k for the review", "thank you, @mike_r!" ("thanks to @amy" is
#: a cause or a credit)
_HANDLE_THANKED: Final = re.compile(r"\b(?:thank[ \t]+you|thanks|thx)(?:[ \t]+(?:again|also|too|so[ \t]+much))?"
                                    r"[ \t]*,?[ \t]*$", re.IGNORECASE)
#: a line opening on handles that speaks to them: "Good luck for your exams!", "could you check this?"
_SPEAKS_TO: Final = re.compile(r"\b(?:you|your|yours|thanks|thank|please)\b|\?", re.IGNORECASE)


def _paragraph_start(own: str, line_start: int) -> bool:
    """Does the line at ``line_start`` open a paragraph (the text's first line, or a blank line above)?"""
    if line_start == 0:
        return True
    prev = own.rfind("\n", 0, line_start - 1) + 1
    return not own[prev:line_start - 1].strip()


def _leading_handles() -> LazyPattern:
    """The document parser's line of @handles before the message (one definition for both layers)."""
    from ..document.structure import _LEADING_HANDLES

    return _LEADING_HANDLES


def _one_handle() -> LazyPattern:
    """The document parser's one @handle."""
    from ..document.structure import _ONE_HANDLE

    return _ONE_HANDLE


# -- names addressed in the body ------------------------------------------------------------------------

_NAME: Final = r"[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30})?"
#: what follows a name thanked: a mark, a dash, "for" or "and", the line's end; an honorific of another
#: culture may come first ("Thank you, Ravi ji, for ...", "Dhanyavaad, Rohan bhai!"): ``{after}``, filled in
#: from the vocabulary's ``after_name``
_AFTER_THANKED: Final = r"(?=(?:[ \t]+(?:{after}))?[ \t]*(?:[,.!;:]|[ \t][-–—|][ \t]|\s+(?:for|and)\b|$))"
#: "Thank you, Megan", "thanks again Raj!", "Thank you and Mr. Dlamini for ..." (you and a name), and an
#: adjective of thanks with the name set off by commas: "I remain grateful, Mrs. Nakato, for ..."
_THANKS_NAME_RX: Final = (
    r"\b(?:thank\s+you(?:\s+and(?=\s+(?-i:[A-Z])))?|thanks|much\s+appreciated|(?:i\s+)?appreciate\s+(?:it|you)|"
    r"(?:grateful|thankful)(?=[ \t]*,))"
    r"(?:\s+(?:so|very)\s+much|\s+again|\s+once\s+(?:more|again)|\s+a\s+lot|\s+a\s+million|\s+too|"
    r"\s+as\s+well|\s+also){0,2},?[ \t]+(?P<name>" + _NAME + r")" + _AFTER_THANKED
)
#: the same with a title written with its full stop: "Thank you also, Mrs. Bello, for arranging the visit" (the
#: title must be one of the vocabulary's: "Thanks, Sam. Best," is no title)
#: and a form of address of another culture, written without a stop, before a name of up to three words:
#: "Thank you again, Ko Min Thant.", "Thanks, Daw Khin Mar Aye!" (the title one of the vocabulary's)
_THANKS_TITLED_RX: Final = _THANKS_NAME_RX.replace(
    "(?P<name>" + _NAME, r"(?P<name>(?P<title>[A-Z][a-z]{1,5})\.[ \t]+" + _NAME + "|"
    r"(?P<honorific>[A-Z][a-z]{0,6})[ \t]+[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30}){0,2}", 1)


def _after_names() -> str:
    """The honorifics written after a name (``after_name``), as a pattern's alternation."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(vocabulary().after_name, key=len, reverse=True))


@lru_cache(maxsize=1)
def _thanks_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a name thanked, untitled and titled (built on first use: they hold the vocabulary's
    honorifics)."""
    after = _after_names()
    return (re.compile(_THANKS_NAME_RX.replace("{after}", after), re.IGNORECASE),
            re.compile(_THANKS_TITLED_RX.replace("{after}", after), re.IGNORECASE))


#: a title of address and a surname in the subject ("Thank You, Mr. Boateng – Interview"), perhaps a second
#: capitalised word ("Dr. Ama Boateng"); the title must be one of the vocabulary's
_SUBJECT_TITLED: Final = re.compile(
    r"(?<![\w'’-])(?P<title>[A-Z][a-z]{1,5})\.?[ \t]+[A-Z][\w'’-]{1,30}(?:[ \t]+(?P<second>[A-Z][\w'’-]{1,30}))?")
#: a name addressed at the start of a sentence, then a comma or a dash: "Marta, thanks too for the tour",
#: "Mrs. Boateng, thank you as well" (a title before it is kept in ``title``)
_VOCATIVE: Final = re.compile(
    r"(?:(?:And|Also|Oh|PS|P\.S\.)[ \t]+)?(?P<title>[A-Z][a-z]{1,9}\.?[ \t]+(?=[A-Z]))?"
    r"(?P<name>[A-Z][\w'’-]{1,30})[ \t]*(?:,|[ \t][–—-])[ \t]+(?P<rest>[^\n.!?]{0,160})"
)
#: a thanks or appreciation in the rest of the sentence after a vocative ("thanks to the snow" is a cause)
_GRATITUDE: Final = re.compile(r"\b(?:thank|thanks(?![ \t]+to[ \t]+(?!you\b))|thx|grateful|appreciated?|appreciate[ds]|"
                               r"gratitude)\b", re.IGNORECASE)


#: a name after "to" in a thanks: "Thanks as well to Kofi for the tour", "a special thank you to Aisha",
#: "my gratitude to Mr. Boateng", "I'm grateful to Ama", "Thank you once again to Ms. Wambui", "a big
#: thank-you goes to Kelechi", "Kudos to Tariq for the scheduling", "a shout-out to Zanele for the tea", "Big up to Miss Marcia for the
#: breakfast" (Jamaican); a possessive ("thanks to Kofi's map") is a cause
_TO_NAME: Final = re.compile(
    r"(?i:thank[ \t-]+you|thanks|gratitude|appreciation|grateful|thankful|indebted|kudos|shout[ \t-]?outs?|big[ \t]+up)"
    r"(?P<also>(?:[ \t]+(?i:also|too|as[ \t]+well|again|once[ \t]+(?:more|again)|in[ \t]+particular|especially|"
    r"(?:so|very)[ \t]+much|a[ \t]+lot))*)"
    r"[ \t]+(?i:go(?:es)?[ \t]+(?:out[ \t]+)?|are[ \t]+due[ \t]+)?(?i:to)[ \t]+(?i:you(?:[ \t]+and|[ \t]*,)[ \t]+(?:to[ \t]+)?)?"
    r"(?P<name>(?:[A-Z][a-z]{1,9}\.?[ \t]+)?[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30})?)(?P<poss>['’]s\b)?"
)
#: "thank" with a person as its object: "please thank Kofi for me", "do thank Aisha at the front desk", "I
#: would also like to thank Ms. Mursal for supervising my test" (a title with its stop: one of the vocabulary's)
_THANK_OBJECT: Final = re.compile(
    r"(?i:thank)[ \t]+(?P<name>(?:(?P<title>[A-Z][a-z]{1,5})\.[ \t]+)?[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30})?)"
    r"(?=[ \t]*(?:[,.!;:]|$)|[ \t]+(?:for|at|from|in|on|as|too|again|and)\b)", re.MULTILINE
)
#: the word before a bare "thanks to NAME" that makes it thanks, not a cause ("my thanks to", "special
#: thanks to", "and thanks to"); otherwise a "for" must follow the name ("Thanks to Ama for the map")
_THANKS_LEAD: Final = frozenset("my our special big many warm sincere heartfelt and also extend pass convey send "
                                "give offer deepest".split())
_FOR_AFTER: Final = re.compile(
    r"(?:[ \t]+(?:at|from|in|of)[ \t]+(?:the[ \t]+|our[ \t]+|your[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?)?"  # "at the front desk"
    r"(?:[ \t]+(?:too|also|as[ \t]+well))?,?[ \t]+for\b"                                  # "for the tour"
    r"|[ \t]*[.!](?:[ \t]|$)|[ \t]+(?:too|as[ \t]+well|also)\b",                       # "Thanks to Ama!"
    re.MULTILINE)


def _thanked(ctx: RuleContext, own: str, start: int, end: int) -> Iterable[tuple[int, str, str]]:
    """(offset, name, "thanks") for each "Thank you, Megan" / "thanks again Raj!" / "thanks as well to Kofi
    for the tour" / "please thank Aisha for me", tried only where "thank" (or "grateful", "gratitude",
    "appreciation") occurs."""
    low = ctx.analysis.lower
    m: re.Match[str] | None  # the finder's matches, then the titled or the plain pattern's
    if len(low) != len(own):  # a character that changes length when lower-cased: offsets differ
        for m in _thanks_patterns()[0].finditer(own, start, end):
            yield m.start("name"), m.group("name"), "thanks"
        return
    name_rx, titled_rx = _thanks_patterns()
    done = start
    hits: set[int] = set()
    for cue in ("thank", "grateful", "gratitude", "appreciat", "much appreciated", "indebted", "kudos", "shout",
                "big up"):
        pos = low.find(cue, start, end)
        while pos >= 0:
            hits.add(pos)
            pos = low.find(cue, pos + 1, end)
    for pos in sorted(hits):
        if pos < done or (pos > 0 and own[pos - 1].isalpha()):
            continue
        m = titled_rx.match(own, pos, end)
        if m is None or not m.group("name")[:1].isupper() or not _thanks_title(m):
            m = name_rx.match(own, pos, end)
        if m is not None and m.group("name")[:1].isupper() and not _and_without_for(own, m):
            yield m.start("name"), m.group("name"), "thanks"
            done = m.end()
            yield from _listed(ctx, own, m.end("name"), end)
            continue
        found = _thanks_to(own, pos, end, ctx)
        if found is None:
            both = _YOU_BOTH_AND.match(own, pos, end)
            if both is not None and (_titled(both.group("name")) or _person_like(ctx, both.group("name"))):  # "Thank you both, and also Sneha ma'am for coordinating"
                found = both.start("name"), both.group("name"), "thanks"
        if found is not None:
            yield found
            done = found[0] + len(found[1])
            yield from _listed(ctx, own, done, end)
    # thanks in the writer's other language: "Shukran to you and to Layla", "Asante sana, Wanjiru!"
    for m in _foreign_thanked(own, low, start, end):
        if m.group("name")[:1].isupper() and not _organisation(own, m.group("name"), m.end("name")):
            yield m.start("name"), m.group("name"), "thanks"


#: a name a wish is sent to, perhaps titled ("Ms. Wambui", "Tendai", "Dr. Ama Boateng")
_WISHED_NAME: Final = r"(?:[A-Z][a-z]{1,9}\.?[ \t]+)?[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30})?"
#: words that may stand between the wish and its person ("wish also", "greetings too to", "regards as well to")
_WISH_ALSO: Final = r"(?:[ \t]+(?i:also|too|again|as[ \t]+well))?"
#: the first word of each kind of wish, where a wish is looked for (lower case)
_WISH_CUES: Final = ("wish", "regards", "greetings", "compliments", "merry", "happy", "mubarak")
#: a word before "regards" that makes it "about", not a wish ("with regards to", "in regards to", "as regards")
_REGARDS_ABOUT: Final = frozenset({"with", "in", "as"})


@lru_cache(maxsize=1)
def _wish_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a person wished well: "wish you and Ms. Wambui a Merry Christmas" (the verb, its person,
    the wish: data ``wish_objects``), and "Merry Christmas to you and Ms. Wambui", "my regards to Mr. Otieno"
    (a wish, then "to" and its person: data ``wish_heads``); a second person after "and" is wished too."""
    v = vocabulary()
    second = r"(?:[ \t]+and[ \t]+(?:to[ \t]+)?(?P<name2>" + _WISHED_NAME + r"))?"
    verb = re.compile(r"(?i:wish(?:es|ing)?)" + _WISH_ALSO + r"[ \t]+(?i:you[ \t]+and[ \t]+)?(?P<name>"
                      + _WISHED_NAME + r")" + second + r"[ \t]+(?i:" + _words_rx(v.wish_objects) + r")(?![\w'’])")
    heads = _words_rx(v.wish_heads).replace("'", "['’]")
    head = re.compile(r"(?i:" + heads + r")" + _WISH_ALSO + r"[ \t]+(?i:to)[ \t]+(?i:you[ \t]+and[ \t]+(?:to[ \t]+)?)?"
                      r"(?P<name>" + _WISHED_NAME + r")" + second)
    return verb, head


def _wished(ctx: RuleContext, own: str, start: int, end: int) -> Iterable[tuple[int, str, str]]:
    """(offset, name, "wish") for each person sent good wishes by name: "Allow me also to wish you and Ms.
    Wambui a Merry Christmas", "wishing Tendai a good weekend", "my regards to Mr. Otieno", "Greetings to
    Dr. Achieng": the wish greets them. Tried only where a wish's first word occurs. Not a person spoken of
    ("I wish Ms. Wambui had been there", "Merry Christmas to Wambui's family"), "with regards to Kafka"
    (about), an organisation, nor, untitled, a word the dictionary holds that is no given name."""
    low = ctx.analysis.lower
    if len(low) != len(own):
        return
    hits: set[int] = set()
    for cue in _WISH_CUES:
        pos = low.find(cue, start, end)
        while pos >= 0:
            hits.add(pos)
            pos = low.find(cue, pos + 1, end)
    if not hits:
        return
    verb, head = _wish_patterns()
    done = start
    for pos in sorted(hits):
        if pos < done or (pos > 0 and own[pos - 1].isalpha()):
            continue
        m = verb.match(own, pos, end) if low.startswith("wish", pos) else head.match(own, pos, end)
        if m is None:
            continue
        before = own[max(start, pos - 40):pos].lower().split()
        if low.startswith("regards", pos) and before and before[-1] in _REGARDS_ABOUT:
            continue  # "with regards to the rota": about, no wish
        if any(w in vocabulary().wish_errands for w in before[-3:]):
            continue  # "Please pass on my regards to Mr. Naidoo": the reader's errand
        done = m.end()
        for group in ("name", "name2"):
            name = m.group(group)
            if name is None or name.endswith(("'s", "’s")) or own.startswith(("'s", "’s"), m.end(group)):
                continue  # "Merry Christmas to Wambui's family": a person spoken of
            if not (_titled(name) or _person_like(ctx, name)) or _organisation(own, name, m.end(group)):
                continue
            yield m.start(group), name, "wish"


def _listed(ctx: RuleContext, own: str, pos: int, end: int) -> Iterator[tuple[int, str, str]]:
    """The names listed after a name thanked, when the list ends on "for" ("Thanks to you, Arjun and Meera for
    the panel", "Thank you, Ama, Kofi and Mr. Boateng for the tour"): each is thanked too. Without the "for"
    the list may be anything ("Thank you, Ama, and Happy New Year!"), so nothing is read; and a name in it
    must look like a person's (a title or an honorific, or each word a given name or a rare word), since a
    product or a team may be thanked alongside ("Arjun and Kafka Streams for the demo")."""
    names, pos = _list_after(own, pos, end)
    if names and _SENTENCE_ENDS.match(own, pos, end) and all(_titled(m.group("name")) for m in names):
        # each one titled and the sentence ends: "Please convey my thanks to Ustaza Samia Elnour and Ustaz
        # Mohamed Elamin.", "Thank you, Dr. Ama Boateng and Mr. Kofi Mensah!": people, each thanked
        for m in names:
            if not _organisation(own, m.group("name"), m.end("name")):
                yield m.start("name"), m.group("name"), "thanks"
    elif names and _FOR_NEXT.match(own, pos, end):
        for m in names:
            name = m.group("name")
            if (m.group("after") or _titled(name) or _person_like(ctx, name)) and not _organisation(
                    own, name, m.end("name")):
                yield m.start("name"), name, "thanks"


def _person_like(ctx: RuleContext, name: str) -> bool:
    """Is ``name`` a given name ("Tom Baker"), or one word the speller's dictionary does not hold ("Meera")?
    Not "Kafka" nor "Kafka Streams", "Python Bangalore", "Happy Diwali": two words need a known given name."""
    from ..rules.spelling import _resource

    data = ctx.analysis.names.data
    words = name.split()
    if len(words) > 1:
        return data.is_given_name(words[0])
    return data.is_given_name(name) or name.lower() not in _resource(ctx).speller.lexicon


def _list_after(own: str, pos: int, end: int) -> tuple[list[re.Match[str]], int]:
    """The names listed from ``pos`` (", Kofi and Mr. Boateng"), and where the list ends."""
    names = []
    while (m := _LIST_MORE().match(own, pos, end)) is not None:
        names.append(m)
        pos = m.end()
    return names, pos


@lru_cache(maxsize=1)
def _LIST_MORE() -> re.Pattern[str]:
    """One more name in a list after a name thanked: ", Kofi", " and Mr. Boateng", ", and also Sneha ma'am"."""
    return re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:(?:also|to)[ \t]+)?(?P<name>(?:[A-Z][a-z]{1,5}\.[ \t]+|"
                      + _titles_without_stop() + r"[ \t]+(?=[A-Z]))?"
                      + _NAME + r")(?:[ \t]+(?P<after>(?i:" + _after_names() + r"))\b)?")


def _titles_without_stop() -> str:
    """A title of the vocabulary written without a stop, capitalised ("Ustaz", "Dr", "Mrs"), as a pattern."""
    return "(?:" + "|".join(re.escape(t[:1].upper() + t[1:]) for t in sorted(vocabulary().all_titles, key=len,
                                                                                  reverse=True) if t.isalpha()) + ")"


#: the reader thanked with a word for more than one, then someone else: "Thank you both, and also Sneha ma'am
#: for coordinating", "thanks to you all and Mr. Phiri for ..." (the "for" after the name: :func:`_listed`)
_YOU_BOTH_AND: Final = re.compile(
    r"(?i:thank[ \t]+you|thanks[ \t]+to[ \t]+you)[ \t]+(?i:both|all|two|each)[ \t]*,?[ \t]+(?i:and)[ \t]+"
    r"(?:(?i:also|to)[ \t]+)?(?P<name>(?:[A-Z][a-z]{1,5}\.[ \t]+)?" + _NAME + r")"
    r"(?=(?:[ \t]+[\w'’]{2,6})?[ \t]+(?i:for)\b)")


def _and_without_for(own: str, m: re.Match[str]) -> bool:
    """Is ``m`` "Thank you and <name>" with no title before the name nor "for" after it ("Thank you and
    Godspeed!")? The reader and somebody else are thanked for something: "Thank you and Wanjiru for the tour"."""
    cue = own[m.start():m.start("name")].lower().split()
    return ("and" in cue and not (m.groupdict().get("title") or m.groupdict().get("honorific"))
            and _FOR_NEXT.match(own, m.end("name")) is None)


#: the end of a sentence after a list of names thanked: a full stop or "!" then a space or the line's end
_SENTENCE_ENDS: Final = re.compile(r"[ \t]*[.!]+(?:[ \t]|$)", re.MULTILINE)
#: (a comma may close the list first: "Thank you, Ivana and Tomislav, for the conversation")
_FOR_NEXT: Final = re.compile(r"[ \t]*,?[ \t]+for\b", re.IGNORECASE)
#: where a list of names thanked in the subject ends: a separator, a mark, "for", or the subject's end
_SUBJECT_LIST_END: Final = re.compile(r"[ \t]*(?:[-–—|:!.,(]|$)|[ \t]+(?i:for)\b")


def _foreign_thanked(own: str, low: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of :func:`_foreign_thanks` in ``own[start:end]`` (``low`` is ``own`` lower-cased, of the
    same length), as its ``finditer`` would give them, found faster: a text holding none of the thanks'
    first words standing alone (most drafts) is answered by one scan (:func:`_foreign_firsts`), and
    otherwise the pattern is tried only where its lower-case cue starts (one case-sensitive scan of
    ``low``) instead of at every position with a case-insensitive alternation of fifty words (0.10 ->
    0.03 ms per draft)."""
    cues = _foreign_cues()[1]
    if not _may_stand_alone(low, start, end):
        return  # no first word's opening run is a word of the range: none stands alone in it (most drafts)
    if _foreign_firsts().search(low, start, end) is None:
        return  # (a first word must stand alone in the range: "mil" in "family" or "similar" is none)
    pattern = _foreign_thanks()
    done = start
    for c in cues.finditer(low, start, end):
        if c.start() < done:
            continue
        m = pattern.match(own, c.start(), end)
        if m is not None:
            yield m
            done = m.end()


def _may_stand_alone(low: str, start: int, end: int) -> bool:
    """Could a first word of :func:`_foreign_cues` stand alone in ``low[start:end]``? False only when none
    of the runs of ASCII word characters the range is made of is the run a first word opens with ("danke",
    "fa" of "fa'afetai"): a first word standing alone there opens such a run (the character before it is
    no word character, or lies before the range). The runs are split in C (the range's UTF-8 bytes with
    every byte that is no ASCII word character made a space; a letter outside ASCII only splits a run
    more, and a first word is ASCII: ~7 us a draft against ~16 us for the search of
    :func:`_foreign_firsts`, whose alternation is tried at every offset)."""
    heads = _foreign_heads()
    if heads is None or start < 0:
        return True
    if min(end, len(low)) - start > _STANDING_TEXT:  # (a long text: its runs split at once, in C)
        return not heads.isdisjoint(low[start:end].encode("utf-8", "surrogatepass").translate(_WORD_RUNS).split())
    # (a line break is no word character: each line's runs are its own, and its answer is remembered
    # across drafts, as lines recur from draft to draft)
    for line in low[start:end].split("\n"):
        found = _STANDING.get(line)
        if found is None:
            if len(_STANDING) >= _STANDING_KEPT:
                _STANDING.clear()
            found = _STANDING[line] = not heads.isdisjoint(
                line.encode("utf-8", "surrogatepass").translate(_WORD_RUNS).split())
        if found:
            return True
    return False


_STANDING_TEXT: Final = 20_000  # the longest range answered a line at a time
_STANDING_KEPT: Final = 8192  # lines whose ``_may_stand_alone`` answer is remembered at most
#: ``_may_stand_alone`` of a line (lower case) by the line
_STANDING: dict[str, bool] = {}


#: a byte that is no ASCII word character (``\w``: a letter, a digit, "_") becomes a space
_WORD_RUNS: Final = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


@lru_cache(maxsize=1)
def _foreign_heads() -> frozenset[bytes] | None:
    """The run of word characters each first word of :func:`_foreign_cues` opens with, as ASCII bytes;
    None when a first word is not ASCII or does not open on a word character (then no gate)."""
    heads = set()
    for w in _foreign_cues()[0]:
        m = re.match(r"\w+", w)
        if not w.isascii() or m is None:
            return None
        heads.add(m.group(0).encode())
    return frozenset(heads)


def _word_char(ch: str) -> bool:
    """A character of a word as a pattern's ``\\w`` and ``\\b`` read it."""
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=1)
def _foreign_cues() -> tuple[tuple[str, ...], LazyPattern]:
    """The first words of the thanks of other languages, and their cue alone (lower case) as a pattern
    (compiled when a draft first holds a first word standing alone: most never do)."""
    words = _foreign_words()
    firsts = tuple(sorted({w.lower().split()[0] for w in words}))
    return firsts, LazyPattern(r"\b(?:" + "|".join(re.escape(w.lower()).replace(r"\ ", r"[ \t]+") for w in words)
                                + r")\b")


@lru_cache(maxsize=1)
def _foreign_firsts() -> re.Pattern[str]:
    """The first words of :func:`_foreign_cues`, each standing alone (no word character just before it, which
    may lie before the range scanned; none just after it, the range's end a boundary), as one pattern,
    their shared beginnings factored out: one ``search`` of ``low`` from ``start`` to ``end`` instead of a
    ``str.find`` walk of the text per word."""
    from .employers import _alternation

    firsts = _foreign_cues()[0]
    whole = [w for w in firsts if _word_char(w[0]) and _word_char(w[-1])]
    loose = [w for w in firsts if w not in whole]  # (none today: a word not edged by word characters)
    return re.compile("|".join([r"\b" + _alternation(whole) + r"\b"] + ([_alternation(loose)] if loose else [])))


@lru_cache(maxsize=1)
def _foreign_words() -> tuple[str, ...]:
    from .language import thanks_words

    return tuple(sorted({w for w in thanks_words() if w.isascii()}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _foreign_thanks() -> re.Pattern[str]:
    """A thanks of another language (data/languages.toml ``thanks``), then a name spoken to or thanked
    with "to"; the name itself must be capitalised (checked by the caller)."""
    from .language import thanked_words

    words = _foreign_words()
    cue = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    also, to, for_ = (_words_rx(thanked_words(k)) for k in ("thanked_also", "thanked_to", "thanked_for"))
    # (the person thanked in the thanks' own language: "Obrigada também à Fernanda pelo café", "Gracias
    # también a Lucía por el café", "Merci aussi à Amélie pour le thé")
    after = _AFTER_THANKED.replace("{after}", "(?i:" + _after_names() + ")").replace(
        r"\s+(?:for|and)\b", r"\s+(?:for|and|(?i:" + for_ + r"))\b")
    return re.compile(r"(?i:\b(?:" + cue + r")\b(?:[ \t]+(?:sana|again|too|also|so[ \t]+much|" + also + r"))?,?"
                      r"(?:[ \t]+to(?:[ \t]+you[ \t]+and(?:[ \t]+to)?)?|[ \t]+(?:" + to + r"))?)[ \t]+(?P<name>"
                      + _NAME + r")" + after, re.MULTILINE)


def _words_rx(words: Iterable[str]) -> str:
    """``words`` as a pattern's alternation, longest first (a space matches any run of blanks)."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(set(words), key=len, reverse=True))


def _organisation(own: str, name: str, name_end: int) -> bool:
    """Is the name thanked an organisation, a school or a product ("grateful to Lagos Business School",
    "thanks to Initech Labs for ...", "thanks to Kafka Streams for ..."): a word of its name, or the word
    after it, is an organisation word or a product noun?"""
    from .employers import _EVENT_AFTER, _LEGAL_SUFFIX, _ORG_GENERIC

    nxt = re.match(r"[ \t]+([A-Z][\w&.-]*)", own[name_end:name_end + 40])  # a capitalised word after it
    words = [*name.split(), *([nxt.group(1)] if nxt else [])]
    return (any(w.lower() in _ORG_GENERIC or w.lower() in _LEGAL_SUFFIX for w in words)
            or _EVENT_AFTER.match(own, name_end) is not None)


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    """The rest of a sentence that credits the name thanked for a work of their own: "... without listening to
    their songs", "for her book" (data/cues.toml [thanks] credit_owners, creator_works)."""
    from .employers import _alternation
    from .sentences import cue_data

    data = cue_data()["thanks"]
    return re.compile(r"[^.!?\n]*?\b" + _alternation(data["credit_owners"]) + r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
                      + _alternation(data["creator_works"]) + r"(?![\w'’-])", re.IGNORECASE)


def _thanks_to(own: str, pos: int, end: int, ctx: RuleContext | None = None) -> tuple[int, str, str] | None:
    m = _TO_NAME.match(own, pos, end)
    if m is not None and _organisation(own, m.group("name"), m.end("name")):
        return None
    if m is not None and _credit().match(own, m.end("name"), end) is not None:
        return None  # "Special thanks to <two singers>, ... listening to their songs": a credit to a maker
    if m is not None and not m.group("poss"):
        cue = own[pos:m.start("also")].lower()
        before = own[max(0, pos - 24):pos].split()
        lead = before[-1].lower().strip(",;") if before else ""
        # "thanks", "kudos", "shout-out" before "to" may be a cause ("Thanks to Ama, I found it", "Kudos to
        # Kenya for hosting"): a word before or "for" after says it is thanks
        if (cue not in ("thanks", "kudos") and not cue.startswith(("shout", "big")) or m.group("also")
                or lead in _THANKS_LEAD
                or _FOR_AFTER.match(own, m.end("name"), end)
                or (ctx is not None and next(_listed(ctx, own, m.end("name"), end), None) is not None)):
            return m.start("name"), m.group("name"), "thanks"
        return None  # "Thanks to Ama, I found the room": a cause
    m = _THANK_OBJECT.match(own, pos, end)
    if m is not None and m.group("title") and m.group("title").lower() not in vocabulary().all_titles:
        m = None  # "thank Sam. Best,": a full stop that ends the sentence, no title
    if m is not None and m.group("name").split()[0] not in ("You", "YOU") and not _organisation(
            own, m.group("name"), m.end("name")) and _credit().match(own, m.end("name"), end) is None:
        return m.start("name"), m.group("name"), "thanks"
    return None


def _thanks_title(m: re.Match[str]) -> bool:
    """Does the name the titled thanks pattern matched open with a title of the vocabulary ("Mrs. Bello"), or
    with a form of address written without a stop before capitalised words ("Ko Min Thant", "Ma Thida";
    not "u all": the pattern matches in any case)?"""
    vocab = vocabulary()
    if m.group("title"):
        return m.group("title").lower() in vocab.all_titles
    word = m.group("honorific").lower()
    return (word in vocab.all_titles or word in vocab.bare_generic) and all(
        w[:1].isupper() for w in m.group("name").split())


def _titled(text: str) -> bool:
    """Does ``text`` ("Mrs. Boateng") start with a title of address?"""
    return text.split()[0].lower().rstrip(".") in vocabulary().all_titles


def _vocatives(ctx: RuleContext, own: str, start: int, end: int) -> Iterable[tuple[int, str, str]]:
    """(offset, name, "vocative") for each sentence that opens by addressing someone by name: with a thanks
    in the same sentence ("Marta, thanks too for the tour"), or a known given name ("Priya, it was ...")."""
    for s in ctx.analysis.sentence_starts:
        if s < start:
            continue
        if s >= end:
            break
        found = _vocative_at(ctx, own, s, end)
        if found is not None:
            yield found


def _vocative_at(ctx: RuleContext, own: str, s: int, end: int) -> tuple[int, str, str] | None:
    """(offset, name, "vocative") when the clause at ``s`` opens by addressing someone by name (``_vocatives``)."""
    data = ctx.analysis.names.data
    vocab = vocabulary()
    m = _VOCATIVE.match(own, s, end)
    if m is None:
        return None
    name = m.group("name")
    rest = m.group("rest")
    low = name.lower()
    title = m.group("title")
    if title is not None:
        if title.split()[0].lower().rstrip(".") not in vocab.all_titles:
            return None  # "Dear Sam, ...", "Good Marta, ...": no title before the name
        if _GRATITUDE.search(rest):  # "Mrs. Boateng, thank you as well for the tour": a titled surname
            return m.start("title"), f"{title.strip()} {name}", "vocative"
        return None
    if low in vocab.discourse or low.endswith("ly") or low in vocab.not_names:
        return None  # "Overall, thank you ...", "Honestly, I ...": no one is spoken to
    if _word_rank(ctx, low) < COMMON_WORD_RANK and not data.is_given_name(name):
        return None  # "Great, thanks again", "Perfect, I appreciate it": a common word, not a name
    if not rest[:1].islower() and not rest.startswith(("I ", "I'", "I’")):
        return None  # "Kafka, Flink and Spark were ...": a list, not someone addressed
    if own[m.end("name"):m.start("rest")].strip(" \t") != "," and not _person_like(ctx, name):
        return None  # "Conclusions - I really enjoyed ...": a heading run into its paragraph, no one spoken to
    # a P.S. that opens on a name speaks to that person ("P.S. Maryam, I have attached ...") whether or not
    # the name tables know the name
    spoken = data.is_given_name(name) or (own.startswith(("PS", "P.S."), m.start(), m.start("name"))
                                          and _person_like(ctx, name))  # (not "P.S. Kafka, I ...")
    if _GRATITUDE.search(rest) or (spoken and rest.split(" ", 1)[0].lower() in _ADDRESS_VERBS):
        return m.start("name"), name, "vocative"
    return None


#: a line that is an item of a list or of a timeline: a bullet, a number or a time, perhaps a dash after it
#: ("- ", "2) ", "10:30 – ")
_ITEM_LINE: Final = re.compile(r"^[ \t]*(?:[-*•+–]|\d{1,2}[.)]|\d{1,2}[:.]\d{2}(?:[ \t]*[-–—:])?)[ \t]+", re.MULTILINE)
#: where a clause of an item begins after its marker: a colon or a dash set off by spaces ("cold room: Joseph,
#: thanks ...", "10:30 – Joseph – thank you ...")
_ITEM_CLAUSE: Final = re.compile(r"(?::|[ \t][-–—|])[ \t]+")


def _clause_starts(own: str, start: int, end: int) -> list[int]:
    """Where a clause opens inside a list item, a timeline entry or a bracket, besides a sentence's start: after
    the item's bullet, number or time, after a colon or a dash inside the item, after an opening bracket."""
    out: list[int] = []
    if "\n" in own[start:end]:
        for m in _ITEM_LINE.finditer(own, start, end):
            line_end = own.find("\n", m.end(), end)
            line_end = end if line_end < 0 else line_end
            out.append(m.end())
            out.extend(c.end() for c in _ITEM_CLAUSE.finditer(own, m.end(), line_end))
    i = own.find("(", start, end)
    while i >= 0:
        out.append(i + 1)
        i = own.find("(", i + 1, end)
    return sorted(set(out))


def _item_vocatives(ctx: RuleContext, own: str, start: int, end: int) -> Iterable[tuple[int, str, str]]:
    """(offset, name, "vocative") for a name addressed where a clause of a list item, a timeline entry or a
    bracket opens ("- Joseph – thank you for the tour!", "10:30 cold room: Joseph, thanks for the logger",
    "(Joseph, thank you for explaining!)"): the same reading as at a sentence's start (``_vocatives``)."""
    starts = set(ctx.analysis.sentence_starts)
    for s in _clause_starts(own, start, end):
        if s not in starts:
            found = _vocative_at(ctx, own, s, end)
            if found is not None:
                yield found


#: a thanks in a list item or a bracket, then who it goes to: "thank you anh", "thanks to him", "salamat kuya"
_ITEM_THANKS: Final = re.compile(r"\b(?i:thank[ \t]+you|thanks|thank)(?:[ \t]+(?i:so[ \t]+much|again|also|too|a[ \t]+lot))?"
                                 r"[ \t]*,?[ \t]+(?:(?i:to)[ \t]+)?(?P<ref>[^\W\d_][\w'’]*)")
#: the end of a bracket after the pronoun thanked ("(thanks to her!)")
_BRACKET_CLOSE: Final = re.compile(r"[ \t]*[.!]*[ \t]*\)")
#: a person named before the thanks, perhaps titled ("Mr. Joseph Mensah", "Dr. Rasha")
_ITEM_PERSON: Final = re.compile(r"(?:(?P<title>[A-Z][a-z]{1,5})\.?[ \t]+)?(?P<name>[A-Z][\w'’-]{1,30}"
                                 r"(?:[ \t]+[A-Z][\w'’-]{1,30})?)")


def _item_thanked(ctx: RuleContext, own: str, start: int, end: int) -> Iterable[tuple[int, str, str]]:
    """(offset, name, "thanks") for a person named in a list item, a timeline entry or a bracket and thanked
    there by the form of address that stands before the name ("10:30 – cleaning line with anh Phúc (thank you
    anh for explaining!)", "1. cold store with Bhai Ramesh (thank you bhai!)") or by a pronoun ("the lab with
    Dr. Rasha (many thanks to her for the samples)"): the thanks goes to that person. Not a thanks to the
    reader ("thank you for arranging it"), nor "thanks to him" as a cause ("thanks to him I understood")."""
    low = ctx.analysis.lower
    if len(low) != len(own):
        return
    vocab = vocabulary()
    pos = low.find("thank", start, end)
    while pos >= 0:
        at = pos
        pos = low.find("thank", pos + 5, end)
        line_start = own.rfind("\n", start, at) + 1
        line_start = max(line_start, start)
        inside = own.rfind("(", line_start, at) > own.rfind(")", line_start, at)
        if not inside and _ITEM_LINE.match(own, line_start) is None:
            continue  # neither in a bracket nor in an item of a list: the other readings' business
        m = _ITEM_THANKS.match(own, at, end)
        if m is None:
            continue
        ref = m.group("ref")
        word = ref.lower()
        if word in ("him", "her"):
            if _FOR_AFTER.match(own, m.end("ref"), end) is None and _BRACKET_CLOSE.match(own, m.end("ref"), end) is None:
                continue  # "thanks to him I understood the line": a cause
            people = [p for p in _ITEM_PERSON.finditer(own, line_start, at)
                      if (p.group("title") and p.group("title").lower() in vocab.all_titles)
                      or _person_like(ctx, p.group("name"))]
            if people:
                p = people[-1]
                if p.group("title") and p.group("title").lower() in vocab.all_titles:
                    yield p.start(), own[p.start():p.end("name")], "thanks"  # "Dr. Rasha": the surname decides
                else:
                    yield p.start("name"), p.group("name"), "thanks"
            continue
        if word == "you" or (_word_rank(ctx, word) < COMMON_WORD_RANK and word not in vocab.after_name
                             and word not in vocab.all_titles):
            continue  # "thank you for", "thanks for": an English word, no form of address
        # the same form of address before a name earlier in the item: "with anh Phúc ... thank you anh"
        named = re.compile(r"(?<![\w'’])" + re.escape(ref) + r"[ \t]+(?P<name>[A-Z][\w'’-]{1,30})", re.IGNORECASE)
        hits = [h for h in named.finditer(own, line_start, at) if h.group("name")[:1].isupper()]
        if hits:
            yield hits[-1].start("name"), hits[-1].group("name"), "thanks"


def _closing_vocatives(ctx: RuleContext, own: str, start: int, end: int) -> Iterable[tuple[int, str, str]]:
    """(offset, name, "vocative") for each sentence that opens on a thanks or a closing wish and ends by
    speaking to someone by name after a comma: "Looking forward to hearing from you, Mr. Pillay.", "Have a
    great weekend, Tendai!", "Thank you for your time, Ms. Mokoena." Not a name in apposition to a noun of a
    person ("Thanks for introducing me to your intern, Tumi.") or after a capitalised word ("the tour of
    Nairobi, Kenya")."""
    from .roles import _HEADS

    vocab = vocabulary()
    openers = _vocative_openers()
    sentences = ctx.doc.sentences
    for s, e in sentences:
        if s < start or e > end or own.find(",", s, e) < 0:
            continue  # (out of the range, or no comma: no name can be spoken to at its end)
        m = openers.match(own, s, e)
        if m is None:
            continue
        hit = _END_VOCATIVE.search(own[s:e].rstrip())
        if hit is None:
            continue
        words = own[s:s + hit.start()].split()
        prev = words[-1] if words else ""
        low = prev.lower().strip("'’")
        if not prev or prev[:1].isupper() or low in _HEADS or low in vocab.person_nouns or (
                low in vocab.generic and low != "you"):  # ("your team, Sizwe": a group's member named)
            continue
        yield s + hit.start("name"), hit.group("name"), "vocative"


def _inner_vocatives(ctx: RuleContext, own: str, start: int, end: int) -> Iterable[tuple[int, str, str]]:
    """(offset, titled name, "vocative") for a titled name set off by commas inside a sentence, spoken to:
    "Your question about block C, Mr. Tuan, is still in my mind", "I have, Dr. Okafor, read the report".
    Not a name in apposition to a noun of a person ("my supervisor, Mr. Tuan, taught me"; "your colleague,
    Ms. Lan, who ..."), one of a list of names ("Mr. Hung, Mr. Tuan, and Ms. Lan"), nor a person of the
    interview's topics (the name then is spoken of)."""
    from .roles import _HEADS

    if ", " not in own[start:end]:
        return
    vocab = vocabulary()
    interview = ctx.interview
    about = fold(" ".join((*interview.topics, *interview.strengths, *interview.questions))) if interview else ""
    for m in _inner_vocative().finditer(own, start, end):
        title = m.group("title")
        if not title[:1].isupper() or title.lower().rstrip(".") not in vocab.titles:
            continue  # ("ma'am", "sir": a polite address, named by the rest of the sentence)
        words = own[max(start, m.start() - 40):m.start()].split()
        prev = words[-1].lower().strip("'’") if words else ""
        if not prev or prev in _HEADS or prev in vocab.person_nouns or prev in vocab.generic \
                or (len(words) > 1 and words[-2].lower().rstrip(".") in vocab.all_titles) \
                or any(w.lower() in _APPOSITION_DETERMINERS for w in words[-3:-1]):
            continue  # "my referee, Mrs. Adeyemi, ...", "Mr. Hung, Mr. Tuan, and ...": apposition, a list
        after = m.group("after").lower()
        if after in ("and", "or", "who", "whom", "whose", "which", "that", "&") or after.rstrip(".") in vocab.all_titles:
            continue  # "..., Mr. Tuan, and Ms. Lan", "..., Mr. Tuan, who ...": a list, a person spoken of
        name = m.group("name")
        if any(fold(w) in about.split() for w in name.split()):
            continue  # a person of the interview's topics
        yield m.start("title"), f"{title} {name}", "vocative"


#: a determiner one or two words before the comma makes the titled name after it a noun's apposition ("my
#: referee, Mrs. Adeyemi, can confirm", "the site engineer, Mr. Tuan, showed me")
_APPOSITION_DETERMINERS: Final = frozenset({"my", "your", "our", "his", "her", "their", "the", "a", "an", "this",
                                            "that", "its"})


@lru_cache(maxsize=1)
def _inner_vocative() -> re.Pattern[str]:
    """A titled name set off by commas, then the next word (``_inner_vocatives``)."""
    titles = "|".join(re.escape(t) for t in sorted(vocabulary().titles, key=len, reverse=True))
    return re.compile(r",[ \t]+(?P<title>(?i:" + titles + r")\.?)[ \t]+(?P<name>[A-Z][\w'’-]{1,30}"
                      r"(?:[ \t]+[A-Z][\w'’-]{1,30})?),[ \t]+(?P<after>[\w&'’.]+)")


@lru_cache(maxsize=1)
def _signoff_phrases() -> frozenset[str]:
    """The closing phrases ("thank you", "best regards") without their commas."""
    return frozenset(p.rstrip(",") for p in vocabulary().signoffs)


@lru_cache(maxsize=1)
def _vocative_openers() -> re.Pattern[str]:
    """The openers of a sentence that may end by speaking to someone (``vocative_openers``)."""
    return re.compile(r"(?:" + "|".join(re.escape(p).replace(r"\ ", r"[ \t]+").replace("'", "['’]")
                                        for p in sorted(vocabulary().vocative_openers, key=len, reverse=True))
                      + r")\b", re.IGNORECASE)


#: a name, perhaps titled, after a comma at the very end of a sentence ("..., Mr. Pillay.", "..., Tendai!")
_END_VOCATIVE: Final = re.compile(
    r",[ \t]+(?P<name>(?:[A-Z][a-z]{1,5}\.?[ \t]+)?[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30})?)[ \t]*[.!]*$")


#: a word at least this frequent (its rank in the packaged frequency list) is a word before it is a name,
#: unless the name data knows it as a given name ("great" 213, "lovely" 790, "anyway" 2483; "Tom" 6239,
#: "Sarah" 8801, "Marta" 37382)
COMMON_WORD_RANK: Final = 5000
#: a bare one-word first line with a colon is a heading when its word is an everyday word this frequent
#: ("Improvements:", "Assumptions:", "Notes:"; not "Dana:")
_HEADING_RANK: Final = 20000
def _word_rank(ctx: RuleContext, word: str) -> int:
    """The frequency rank of a lower-case word in the speller's list (the speller is loaded on first use)."""
    from ..rules.spelling import _resource

    return _resource(ctx).speller.lexicon.rank(word)


#: the first word after "Priya, ..." when Priya is spoken to: "it was", "I really", "thank you", "your"
_ADDRESS_VERBS: Final = frozenset("it i i'm i've i'd your you thank thanks please hope".split())

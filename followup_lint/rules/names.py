"""FL201 interviewer-not-named, FL202 interviewer-name-misspelled, FL203 wrong-name.

The greeting is read once per draft (``addressing(ctx)``, shared with ``recipients.py``): which
interviewers it names and how, which names belong to nobody, whether it greets a recipient who is not
an interviewer (a coordinator), whether it is generic, plural or a placeholder.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Iterable

from functools import lru_cache
from itertools import compress
from operator import itemgetter
from ..names import NameMatch, NameMatcher, fold, name_data, name_matcher, PARTICLES
from ..document.structure import BARE_GENERIC, HONORIFICS
from ._phrases import LazyPattern
from ..results import Applicability, Finding, Severity
from ..rule import Rule, RuleContext

if TYPE_CHECKING:
    from ..document.structure import Greeting

__all__ = ["InterviewerNotNamed", "InterviewerNameMisspelled", "WrongName", "Addressing", "addressing"]

#: words that address a group or a role, not a person ("Dear Hiring Manager", "Hi team")
GENERIC_WORDS: Final = frozenset(
    """there all everyone everybody team teams folks guys hiring manager managers recruiter recruiters
    recruiting recruitment committee panel panelists panellists sir sirs madam madams whom it may concern
    colleagues friends hr department human resources talent acquisition interviewer interviewers
    interviewing search selection you y'all yall people gang crew both members board staff office
    director directors lead leads coordinator coordinators partner partners principal head chair
    officer officers representative team's of the to and or valued hiring-manager sir/madam
    mesdames gentlemen ladies colleague friend hello hi ma'am maam respected""".split()
)
#: words that make a greeting address a group or a role ("Dear Engineering Team", "Dear Head of Sales")
GROUP_OR_ROLE: Final = frozenset(
    """team teams committee panel department group board office staff members ops operations manager
    managers director directors head lead leads recruiter recruiters recruiting recruitment hiring talent
    hr people careers admissions coordinator officer partner partners chair""".split()
)
#: greetings that speak to several people at once ("Dear all", "Hi everyone", "Hello team")
PLURAL_WORDS: Final = frozenset(
    "all everyone everybody team folks guys y'all yall panel both committee colleagues gentlemen ladies".split()
)
_TITLES_LOWER: Final = frozenset(
    "mr mrs ms miss mx dr prof professor sir madam madame mme mlle herr frau sr sra srta dott "
    "sister matron rev revd reverend pastor rabbi coach".split()
) | HONORIFICS
_FIRST_CHAR: Final = itemgetter(0)
_TOKEN_TEXT: Final = itemgetter(2)  # Token.text
#: capitalised words that are never a person's name in the places we look
_NOT_NAMES: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december again so very much all everyone team god goodness heaven
    once both too also again kindly lots guys folks thanks thank hope just quick hello hi hey greetings welcome
    sorry congratulations cheers please""".split()
)


@lru_cache(maxsize=4096)
def mailbox_parts(mailbox: str) -> tuple[str, str]:
    """(display name, lower-case address) of an RFC 5322 mailbox; cached (parsing is slow)."""
    from email.utils import parseaddr

    name, addr = parseaddr(mailbox)
    return name, (addr or mailbox).strip().lower()


def address_of(mailbox: str) -> str:
    return mailbox_parts(mailbox)[1]


def _placeholder_at(ctx: RuleContext, start: int, end: int) -> bool:
    return any(p.start < end and p.end > start for p in ctx.doc.placeholders)


@dataclass
class Addressing:
    """What the greeting does (or the opening line, without a greeting)."""

    greeting: Greeting | None
    #: interviewer index -> the matches that named them in the greeting
    named: dict[int, list[NameMatch]] = field(default_factory=dict)
    #: (start, end, word, match) of misspelt interviewer names in the greeting
    misspelled: list[tuple[int, int, str, NameMatch]] = field(default_factory=list)
    #: runs of capitalised name words that match no interviewer and no recipient: (start, end, text)
    unknown: list[tuple[int, int, str]] = field(default_factory=list)
    recipient_named: bool = False       # greets a To/Cc recipient who is not an interviewer
    generic: bool = False
    plural: bool = False
    placeholder: bool = False
    opening_named: bool = False         # without a greeting: the opening line names an interviewer
    targets: tuple[int, ...] = ()       # interviewers this note goes to (by address), else all


def _recipient_words(ctx: RuleContext, interviewer_emails: set[str]) -> set[str]:
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
    return out


def _company_words(ctx: RuleContext) -> set[str]:
    company = ctx.interview.company if ctx.interview else None
    return set(_company_words_of(company or ""))


@lru_cache(maxsize=256)
def _company_words_of(company: str) -> frozenset[str]:
    """The folded words of a company name (cached: every draft to that company asks again)."""
    return frozenset(fold(w) for w in re.findall(r"[^\W_]+", company))


def addressing(ctx: RuleContext) -> Addressing:
    """The greeting, read once per draft."""
    return ctx.analysis.addressing


def analyse_addressing(ctx: RuleContext) -> Addressing:
    doc = ctx.doc
    g = doc.greeting
    interview = ctx.interview
    people = interview.interviewers if interview else ()
    matcher = name_matcher(ctx)
    emails = {address_of(p.email) for p in people if p.email}
    addressed = {address_of(r) for r in ctx.draft.recipients}
    targets = tuple(i for i, p in enumerate(people) if p.email and address_of(p.email) in addressed)
    a = Addressing(greeting=g, targets=targets or tuple(range(len(people))))
    if g is None:
        a.opening_named = _opening_names(ctx, matcher)
        return a
    a.placeholder = any(_placeholder_at(ctx, s, e) for s, e, _ in g.names)
    recipient_words = _recipient_words(ctx, emails) if people else set()
    company = _company_words(ctx)
    run: list[tuple[int, int, str]] = []
    own = doc.own
    generic_only = True

    def flush() -> None:
        if run:
            a.unknown.append((run[0][0], run[-1][1], own[run[0][0]:run[-1][1]]))
            run.clear()

    for s, e, word in g.names:
        low = word.lower().strip("'’")
        if _placeholder_at(ctx, s, e):
            flush()
            generic_only = False
            continue
        match = matcher.classify(word, any_case=True) if people else None
        if match is not None and match.kind == "misspelling" and low in GENERIC_WORDS:
            match = None  # "Hi team," is not a misspelling of Tea Horvat
        if match is None and (low in GENERIC_WORDS or fold(low) in company
                              or (low in BARE_GENERIC and not g.titles)):
            if low in PLURAL_WORDS:
                a.plural = True
            flush()
            continue
        if match is None and low in PARTICLES and word[:1].islower():
            continue
        if match is None and _is_initial_of(word, own, e, people):
            flush()  # "Dear J. Okafor,": an initial of an interviewer's given name, not a stranger
            generic_only = False
            continue
        generic_only = False
        after_title = _after_title(own, g.start, s)
        if match is None and people and after_title:
            f = fold(word)
            for i in range(len(people)):
                if f in matcher.family_names(i):
                    match = NameMatch(i, "exact", word, "last")
                    break
        if match is not None:
            flush()
            a.named.setdefault(match.interviewer, []).append(match)
            if match.kind == "misspelling":
                a.misspelled.append((s, e, word, match))
            continue
        fw = fold(word)
        if fw in recipient_words or (len(fw) >= 3 and any(r.startswith(fw) and len(r) <= len(fw) + 12
                                                          for r in recipient_words)):
            flush()  # "Hi Jessica," to jessica.moreau@ or jessicam@: the recipient, greeted on purpose
            a.recipient_named = True
            continue
        if not word[:1].isupper() or low in _NOT_NAMES:
            flush()
            continue
        run.append((s, e, word))
    flush()
    if a.unknown and any(w.lower() in GROUP_OR_ROLE for _, _, w in g.names):
        # "Dear Engineering Team", "Dear Head of People Ops": a department or a role, not a stranger,
        # unless the unknown word is a real given name ("Hi Megan and team")
        data = name_data(ctx)
        a.unknown = [u for u in a.unknown if any(data.is_given_name(w) for w in u[2].split())]
        if not a.unknown and not a.named:
            generic_only = True
    a.generic = g.generic or (generic_only and not a.placeholder)
    if not g.names and not g.titles:
        a.generic = True
    return a


def _is_initial_of(word: str, own: str, end: int, people) -> bool:
    """True for a one-letter word followed by a full stop that starts a word of an interviewer's name."""
    if len(word) != 1 or not word.isupper() or own[end:end + 1] != ".":
        return False
    f = fold(word)
    return any(fold(part)[:1] == f for p in people for part in re.findall(r"[^\W\d_]+", p.name))


def _after_title(own: str, line_start: int, pos: int) -> bool:
    before = own[max(line_start, pos - 12):pos].rstrip(" \t")
    word = re.search(r"([A-Za-z]+)\.?$", before)
    return bool(word and word.group(1).lower() in _TITLES_LOWER)


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
        if hit.part != "last" or _after_title(own, start, start + m.start()) or hit.kind != "exact":
            return True
    return False


def _names_in_body(ctx: RuleContext, matcher: NameMatcher) -> bool:
    """Is an interviewer named anywhere in the body (for a note to a coordinator)?"""
    own = ctx.doc.own
    for tok in ctx.doc.words:
        word = tok.text
        if not word[:1].isupper() or len(word) < 2:
            continue
        hit = matcher.classify(word)
        if hit is not None and hit.kind in ("exact", "transliteration"):
            return True
        if hit is not None and hit.kind == "nickname" and own[tok.end:tok.end + 1] in (",", "!", "'", "’"):
            return True
        if _after_title(own, max(0, tok.start - 12), tok.start):
            f = fold(re.sub(r"['’]s$", "", word))
            if any(f in matcher.family_names(i) for i in range(len(matcher.interviewers))):
                return True
    return False


def _greeting_fix(ctx: RuleContext, g: Greeting, name: str, title: str):
    """Replace what follows the salutation with ``name``."""
    own = ctx.doc.own
    sal_end = g.start + len(g.salutation) if g.salutation else g.start
    if g.salutation and g.end > sal_end:
        return ctx.fix(title, [(sal_end, g.end, " " + name)])
    if g.salutation:
        return ctx.fix(title, [(g.end, g.end, " " + name)])
    return ctx.fix(title, [(g.start, g.end, name)]) if own[g.start:g.end].strip() else None


def _target(ctx: RuleContext, a: Addressing) -> int | None:
    return a.targets[0] if len(a.targets) == 1 else None


class InterviewerNotNamed(Rule):
    """The greeting does not address an interviewer by name ("Hi there", "Dear Hiring Manager").

    ## What it does
    Reads the greeting (or, without one, the opening line) and checks that it names an interviewer: the
    first name, the preferred name, a known nickname (Robert/"Bob", Margaret/"Peggy", Rajesh/"Raj"), a
    title with the surname ("Dear Dr. Okafor", "Ms. van der Berg", "Mr. Tan" for Tan Wei Ming, whose
    family name comes first), or the full name, in any case, with or without accents. A recognisable
    misspelling counts as naming (it is reported by `interviewer-name-misspelled`). Not named: a generic
    greeting ("Hello", "Dear Hiring Manager", "To whom it may concern", "Dear all"), a placeholder, or
    someone else's name.

    A note to a coordinator who is not an interviewer (greeted by name and in the To line) is fine when
    it names the interviewers in the body. Without interview context only generic and placeholder
    greetings are flagged (with `confidence: low`). In template mode a slot for the name counts.

    Family name first: write it in capitals ("TAN Wei Ming") or as "Tan, Wei Ming" in the interview
    record; otherwise the e-mail address ("weiming.tan@") and a list of common East Asian family names
    decide.

    ## Why is this bad?
    A note addressed to nobody in particular reads like a form letter; the interviewer should see their
    own name first.

    ## Example
    ```text
    Dear Hiring Manager,

    Thank you for meeting me this morning about the analyst role.
    ```

    ## Use instead
    ```text
    Dear Ms. Okafor,

    Thank you for meeting me this morning about the analyst role.
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Dana Okafor", "email": "dana.okafor@initech.example"}],
                   "company": "Initech"},
     "to": ["dana.okafor@initech.example"]}
    ```

    ## Source
    ../shared/DOMAIN.md: "No interviewer name in the greeting" is a warning (Randstad, Hays, Prepory);
    the founding article: address every interviewer.
    """

    code = "FL201"
    name = "interviewer-not-named"
    default_severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        doc = ctx.doc
        g = doc.greeting
        if g is not None and ctx.template and doc.greeting_has_placeholder():
            return
        people = ctx.interview.interviewers if ctx.interview else ()
        if not people:
            if g is None:
                return
            placeholder = doc.greeting_has_placeholder()
            if g.generic or placeholder:
                what = "a placeholder" if placeholder else "nobody by name"
                yield ctx.finding(f"The greeting '{ctx.quote(g.start, g.end)}' addresses {what}: greet the "
                                  "interviewer by name", g.start, g.end, data={"confidence": "low"})
            return
        a = addressing(ctx)
        if g is None:
            if a.opening_named:
                return
            who = self._who(ctx, a)
            yield ctx.finding(f"The note does not open by addressing {who} by name",
                              data={"confidence": "high", "reason": "no-greeting"})
            return
        if a.named:
            return
        matcher = name_matcher(ctx)
        if a.recipient_named and not a.unknown and _names_in_body(ctx, matcher):
            return
        reason = ("placeholder" if a.placeholder else "other-name" if a.unknown
                  else "recipient" if a.recipient_named else "generic")
        who = self._who(ctx, a)
        fixes = []
        t = _target(ctx, a)
        if t is not None:
            name = matcher.formal_name(t) if g.salutation.lower() == "dear" else matcher.first_name(t)
            fix = _greeting_fix(ctx, g, name, f"Greet {matcher.formal_name(t)} by name: '{name}'")
            if fix is not None:
                fixes.append(fix)
        yield ctx.finding(f"The greeting '{ctx.quote(g.start, g.end)}' does not name {who}", g.start, g.end,
                          fixes=fixes, data={"confidence": "high", "reason": reason})

    @staticmethod
    def _who(ctx: RuleContext, a: Addressing) -> str:
        people = ctx.interview.interviewers if ctx.interview else ()
        if len(a.targets) == 1:
            return people[a.targets[0]].name
        return "an interviewer"


class InterviewerNameMisspelled(Rule):
    """An interviewer's name is misspelt ("Jon" for John, "Schumaker" for Schumacher, "Jurgen" for Jürgen).

    ## What it does
    Compares the names in the greeting, and capitalised names in the body, with the interviewers' names:
    a word close in spelling and in sound (Damerau-Levenshtein distance with rapidfuzz, metaphone and
    NYSIIS with jellyfish; thresholds measured in `benchmarks/names.py`) that is not the name itself is
    reported, with a fix that writes the right spelling. A dropped accent ("Jurgen" for Jürgen) is a
    misspelling; the standard transliterations ü→ue, ö→oe, ä→ae, ß→ss are not, and neither is a known
    nickname ("Bob" for Robert). In the body only words that are not themselves common given names are
    judged, so that a colleague called Paul is not taken for an interviewer called Paula.

    ## Why is this bad?
    Getting the interviewer's name wrong is the one typo everybody notices; career centres all say to
    double-check the spelling of every name.

    ## Example
    ```text
    Dear Ms. Schumaker,

    Thank you for explaining how the review teams split the work.
    ```

    ## Use instead
    ```text
    Dear Ms. Schumacher,

    Thank you for explaining how the review teams split the work.
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Katharina Schumacher"}]}}
    ```

    ## Source
    ../shared/DOMAIN.md: "Interviewer's name misspelled" is an error ("double check that all names are
    spelled correctly": Iowa State, Firsthand); a missing diacritic is a misspelling of the name.
    """

    code = "FL202"
    name = "interviewer-name-misspelled"
    default_severity = Severity.ERROR
    needs = frozenset({"interviewers"})

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of interviewer-name-misspelled.

        - accept-missing-accents: do not report a name written without its accents ("Jurgen" for Jürgen)
        """

        accept_missing_accents: bool = False

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        a = addressing(ctx)
        matcher = name_matcher(ctx)
        seen: set[int] = set()
        for s, e, word, match in a.misspelled:
            f = self._finding(ctx, s, e, word, match, safe=True)
            if f is not None:
                seen.add(s)
                yield f
        yield from self._body(ctx, matcher, seen)

    def _finding(self, ctx: RuleContext, s: int, e: int, word: str, match: NameMatch, *, safe: bool):
        if self.options.accept_missing_accents and fold(word) == fold(match.expected):
            return None
        person = ctx.interview.interviewers[match.interviewer]
        right = match.expected.upper() if word.isupper() and len(word) > 1 else match.expected
        fix = ctx.fix(f"Write '{right}'", [(s, e, right)],
                      applicability=Applicability.SAFE if safe else Applicability.UNSAFE)
        return ctx.finding(f"'{word}' looks like a misspelling of {person.name}'s name: write '{right}'",
                           s, e, fixes=(fix,), data={"expected": match.expected, "interviewer": person.name,
                                                     "part": match.part, "confidence": "high"})

    def _body(self, ctx: RuleContext, matcher: NameMatcher, seen: set[int]) -> Iterable[Finding]:
        import jellyfish

        doc = ctx.doc
        own = doc.own
        g = doc.greeting
        data = name_data(ctx)
        starts = ctx.analysis.sentence_starts
        words = doc.words
        # the capitalised words, picked out in C (a name misspelled is capitalised; most words are not)
        capitalised = compress(range(len(words)), map(str.isupper, map(_FIRST_CHAR, map(_TOKEN_TEXT, words))))
        for idx in capitalised:
            tok = words[idx]
            word = tok.text
            if len(word) < 4 or word.isupper():
                continue
            bare = word[:-2] if word.endswith(("'s", "’s")) else word
            match = matcher.classify(bare)  # cached per interview: cheap
            if match is None or match.kind != "misspelling":
                continue
            if tok.start in seen or (g is not None and g.line_start <= tok.start < g.line_end):
                continue
            if fold(bare) in _NOT_NAMES or not _alone(ctx, matcher, idx):
                continue  # part of a longer proper noun ("the River Thames", "Data Platform")
            titled = _after_title(own, max(0, tok.start - 12), tok.start)
            k = bisect.bisect_right(starts, tok.start) - 1
            sentence_initial = k < 0 or not own[starts[k]:tok.start].strip(" \t\r\n\"'“‘([*-")
            if sentence_initial and not titled:
                continue
            if (not titled and data.is_given_name(bare) and fold(bare) != fold(match.expected)
                    and len(bare) != len(match.expected)):
                continue  # another real name ("Paul" near "Paula"): a colleague, not a typo
            f = fold(bare)
            e_f = fold(match.expected)
            if f != e_f and not titled and not (jellyfish.metaphone(f) == jellyfish.metaphone(e_f)
                                 or jellyfish.nysiis(f) == jellyfish.nysiis(e_f)):
                continue
            found = self._finding(ctx, tok.start, tok.start + len(bare), bare, match, safe=False)
            if found is not None:
                yield found


def _alone(ctx: RuleContext, matcher: NameMatcher, idx: int) -> bool:
    """The word at ``idx`` is not glued to another capitalised word that is no interviewer's name."""
    words = ctx.doc.words
    own = ctx.doc.own
    tok = words[idx]
    for j in (idx - 1, idx + 1):
        if not 0 <= j < len(words):
            continue
        other = words[j]
        gap = own[other.end:tok.start] if j < idx else own[tok.end:other.start]
        if gap not in (" ", "\t") or not other.text[:1].isupper():
            continue
        if other.text.rstrip(".").lower() in _TITLES_LOWER:
            continue
        if matcher.classify(other.text) is None:
            return False
    return True


# -- wrong-name -----------------------------------------------------------------------------------------

_THANKS_NAME: Final = re.compile(
    r"\b(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much|\s+again|\s+a\s+lot|\s+a\s+million)?,?[ \t]+"
    r"(?P<name>[A-Z][\w'’-]{1,30}(?:[ \t]+[A-Z][\w'’-]{1,30})?)(?=[ \t]*(?:[,.!;:]|\s+for\b|$))",
    re.IGNORECASE,
)
_LEGAL_SUFFIX: Final = frozenset(
    """inc inc. incorporated ltd ltd. limited llc llp plc co co. corp corp. corporation company gmbh ag sa
    s.a. nv bv pte pty oy ab as a/s srl spa kk group holdings the and &""".split()
)
_ORG: Final = r"(?P<org>[A-Z][\w'’.&-]{1,30}(?:(?:[ \t]+(?:&|and|of|de|du|der|für|for)[ \t]+|[ \t]+)[A-Z][\w'’.&-]{0,30}){0,4})"
#: (pattern, what must come before it in the sentence or None); patterns start with a literal so that
#: the regular-expression engine can skip ahead fast (the budget is well under a millisecond a draft)
_EMPLOYER_CONTEXTS: Final = (
    # "join Globex", "joining the fraud team at Globex"
    (("join",), LazyPattern(r"[Jj]oin(?:ing)?[ \t]+(?:the[ \t]+|your[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
                r"(?:team|group|company|organi[sz]ation|family|crew|department|practice|firm)[ \t]+(?:at|of)[ \t]+"
                + _ORG), None),
    (("join",), LazyPattern(r"[Jj]oin(?:ing)?[ \t]+" + _ORG), None),
    # "the analyst role at Globex", "this opportunity with Globex" (not "my role at Acme")
    (("role", "position", "job", "opportunit", "opening", "post", "vacanc", "internship", "career", "offer"),
     LazyPattern(r"(?:role|position|job|opportunity|opening|post|vacancy|internship|career|offer)[ \t]+(?:at|with)"
                r"[ \t]+" + _ORG), "not-mine"),
    # "excited about the data team at Globex" (a team elsewhere, said without wanting it, is left alone)
    (("team",), LazyPattern(r"team[ \t]+(?:at|with)[ \t]+" + _ORG), "desire"),
    # "to work at Globex", "working for Globex"
    (("work",), LazyPattern(r"work(?:ing)?[ \t]+(?:at|for)[ \t]+" + _ORG), "to-work"),
    # "meeting everyone at Globex", "thank the people at Globex"
    (("everyone", "everybody", "people", "folks", "team"),
     LazyPattern(r"(?:everyone|everybody|people|folks|team)[ \t]+(?:at|from)[ \t]+" + _ORG), "meeting"),
    # "I'd love to bring that energy to Globex" (said with a wish, so "bring it to Paris" alone is left)
    (("bring",), LazyPattern(r"[Bb]ring(?:ing)?[ \t]+(?:[\w'’-]+[ \t]+){1,6}?to[ \t]+" + _ORG), "desire"),
    # "I applied to Globex because ..." (not "the method I applied to Kafka pipelines": see _EVENT_AFTER)
    (("applied",), LazyPattern(r"applied[ \t]+(?:to|with)[ \t]+" + _ORG), "i-applied"),
    # "interviewing with Globex", "my interview at Globex"
    (("interview",), LazyPattern(r"[Ii]nterview(?:ing)?[ \t]+(?:at|with)[ \t]+" + _ORG), None),
    # "I can add real value to Globex's claims team": said of the employer you want
    (("value to",), LazyPattern(r"value[ \t]+to[ \t]+(?:the[ \t]+)?" + _ORG), "add-value"),
    # "to become part of the Globex family", "to be a part of Globex"
    (("part of",), LazyPattern(r"part[ \t]+of[ \t]+(?:the[ \t]+)?" + _ORG), "become-part"),
    # "I would be proud to represent Globex" (not "I represented Acme at the fair")
    (("represent",), LazyPattern(r"represent(?:ing)?[ \t]+" + _ORG), "represent"),
)
_ORG_RE: Final = LazyPattern(_ORG)
#: "Globex's mission": the noun is found first, the organisation just before it
_POSSESSIVE_NOUN: Final = LazyPattern(
    r"['’]s[ \t]+(?:[a-z]{3,20}[ \t]+)?(?:mission|culture|values|team|growth|future|vision|success|customers|clients|products|approach|"
    r"commitment|work)\b"
)
_ORG_BEFORE: Final = LazyPattern(_ORG + r"$")
_BEFORE: Final = {
    "not-mine": LazyPattern(r"\b(?:my|our|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,3}$", re.IGNORECASE),
    "desire": LazyPattern(r"\b(?:excited|thrilled|eager|keen|delighted|love|hope|forward|opportunity|chance|"
                         r"prospect|join|joining|"
                         r"(?:proud|honou?red|privileged)[ \t]+to(?![ \t]+(?:have|say|report|share|announce)\b))\b",
                         re.IGNORECASE),
    "to-work": LazyPattern(r"\bto[ \t]+(?:be[ \t]+)?$", re.IGNORECASE),
    "add-value": LazyPattern(r"\b(?:add|adding|bring|bringing|contribute|contributing|offer|deliver|create)[ \t]+"
                            r"(?:(?:real|great|significant|immediate|lasting|much|some|a[ \t]+lot[ \t]+of)[ \t]+)?$",
                            re.IGNORECASE),
    "become-part": LazyPattern(r"\b(?:become|be|being)[ \t]+(?:a[ \t]+)?$", re.IGNORECASE),
    "represent": LazyPattern(r"\b(?:proud|honou?red|privilege|excited|thrilled|eager|keen|love|hope|chance|"
                            r"opportunity)\b[^.!?\n]{0,30}$", re.IGNORECASE),
    # "I applied to" opening a clause ("the fix I applied to Kafka" is a relative clause: left alone)
    "i-applied": LazyPattern(r"(?:(?<![\w'’][ \t])|\b(?:and|but|because|since|so|when|why)[ \t]+)\bI(?:[ \t]+have|['’]ve)?"
                            r"[ \t]+(?:originally[ \t]+|first[ \t]+|also[ \t]+)?$"),
    "meeting": LazyPattern(r"\b(?:meeting|meet|met|thank|thanks|grateful|speaking|talking)\b[^.!?\n]{0,20}$",
                          re.IGNORECASE),
}
#: contexts whose organisation must stand alone: followed by punctuation, a possessive, an organisation
#: noun ("the Globex family") or a function word, not by another noun ("Salesforce projects")
_ORG_ALONE: Final = frozenset({"add-value", "become-part", "represent"})
_ORG_FOLLOW: Final = LazyPattern(
    r"['’]s\b|[ \t]*(?:[.,;:!?)—–]|$)|[ \t]+(?:and|or|as|in|at|by|for|from|on|to|with|through|over|into|team|teams|"
    r"family|group|community|crew|one|again|someday|soon|too|also|going|moving|and|while|when|where|because|"
    r"if|so|is|will|would)\b",
    re.MULTILINE,
)
_OWN_PAST: Final = LazyPattern(
    r"\b(?:my[ \t]+(?:current|previous|last|former|old|prior)|i[ \t]+(?:was|worked|work|used[ \t]+to|spent|led|built|"
    r"ran|managed|joined|interned|have[ \t]+been|had)|i['’](?:ve|d)[ \t]+been|i['’]m[ \t]+(?:at|with)|previously|formerly|currently|while[ \t]+at|when[ \t]+at|"
    r"during[ \t]+my|in[ \t]+my[ \t]+time|back[ \t]+at|we[ \t]+at|our[ \t]+team)\b",
    re.IGNORECASE,
)


_EVENT_AFTER: Final = LazyPattern(
    r"[ \t]+(?:call|calls|meeting|meetings|chat|session|sessions|conference|summit|webinar|event|events|channel|"
    r"workspace|community|meetup|hackathon|course|program|programme|bootcamp|certification|project|"
    r"platform|pipeline|migration|cluster|codebase|repo|repository|library|framework|api|sdk)\b",
    re.IGNORECASE,
)


#: words that many organisations' names share ("Harbourlight Children's Trust", "St. Brigid's Hospice
#: Foundation"): a match on one of them alone does not make two names the same organisation
_ORG_GENERIC: Final = frozenset(
    """trust foundation fund charity hospice hospital hospitals clinic health healthcare care medical university
    college school schools academy institute centre center society association council city county state
    national international global services service solutions systems technologies technology partners
    capital energy bank financial group consulting industries labs studio studios museum library church
    department authority agency children st st. saint of for de du la le""".split()
)


def _org_tokens(name: str) -> list[str]:
    name = re.sub(r"['’]s\b", "", name)  # "Children's" is "Children", not "children" + "s"
    return [t for t in (fold(x) for x in re.findall(r"[^\W_]+(?:\.[^\W_]+)*\.?", name))
            if t and t not in _LEGAL_SUFFIX]


def same_company(mentioned: str, company: str, domains: Iterable[str] = ()) -> bool:
    """Is ``mentioned`` the interview's company ("Initech Inc." vs "Initech", "KH" vs "Kingsmere Hotels")?"""
    from rapidfuzz import fuzz

    a = _org_tokens(mentioned)
    b = _org_tokens(company)
    if not a or not b:
        return True
    shared = set(a) & set(b)
    if shared - _ORG_GENERIC:
        return True
    if shared and (not set(a) - _ORG_GENERIC or not set(b) - _ORG_GENERIC):
        return True  # "the Trust", "the Foundation": nothing else to tell them apart
    ja, jb = "".join(a), "".join(b)
    if ja in jb or jb in ja:
        return True
    if fuzz.ratio(ja, jb) >= 85 or fuzz.token_set_ratio(" ".join(a), " ".join(b)) >= 85:
        return True
    initials = "".join(t[0] for t in b)
    if len(ja) >= 2 and ja == initials:
        return True
    for d in domains:
        label = fold(d.split(".")[0]).replace("-", "")
        if label and (ja in label or (len(label) >= 4 and label in ja)):
            return True
    return False


class WrongName(Rule):
    """The greeting or thanks names someone who was not an interviewer, or the note names another company.

    ## What it does
    Flags a copy-paste leftover from another application: a name in the greeting ("Hi Megan," when the
    interviewer was Wanjiru Kamau) or in the thanks ("Thank you, Megan") that is no interviewer's, nor
    the name of a recipient who is not an interviewer (a coordinator greeted on purpose); and a company
    other than the interview's named as the employer you want to join ("I'd love to join Globex", "the
    analyst role at Globex", "Globex's mission", "I'd love to bring that energy to Globex", "I applied
    to Globex") when the interview was at Initech. The company check
    is fuzzy ("Initech Inc." is Initech) and leaves your current or previous employer alone ("when I
    was at Acme", "at my current company"). `data["kind"]` is "person" or "company". A colleague
    mentioned in passing is fine.

    ## Why is this bad?
    Another company's or person's name tells the reader the note was recycled: few mistakes end an
    application faster.

    ## Example
    ```text
    Hi Megan,

    I'd love to join Globex and help the platform team ship faster.
    ```

    ## Use instead
    ```text
    Hi Dana,

    I'd love to join Initech and help the platform team ship faster.
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Dana Okafor", "email": "dana.okafor@initech.example"}],
                   "company": "Initech"}}
    ```

    ## Source
    ../shared/DOMAIN.md: "Someone else's name or company (copy-paste from another draft)" is an error.
    """

    code = "FL203"
    name = "wrong-name"
    default_severity = Severity.ERROR
    needs = frozenset({"interview"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        interview = ctx.interview
        assert interview is not None
        if not interview.interviewers and not interview.company:
            raise ctx.skip("the interview names no interviewers and no company")
        if interview.interviewers:
            yield from self._people(ctx)
        if interview.company:
            yield from self._companies(ctx)

    def _people(self, ctx: RuleContext) -> Iterable[Finding]:
        a = addressing(ctx)
        matcher = name_matcher(ctx)
        t = _target(ctx, a)
        people = ctx.interview.interviewers  # type: ignore[union-attr]
        names = ", ".join(p.name for p in people)
        for s, e, text in a.unknown:
            fixes = []
            if t is not None:
                right = matcher.first_name(t)
                fixes.append(ctx.fix(f"Write '{right}'", [(s, e, right)]))
            yield ctx.finding(f"'{text}' is not one of your interviewers ({names})", s, e, fixes=fixes,
                              data={"kind": "person", "name": text, "confidence": "high"})
        yield from self._thanks(ctx, matcher, names)

    def _thanks(self, ctx: RuleContext, matcher: NameMatcher, names: str) -> Iterable[Finding]:
        own = ctx.doc.own
        start, end = ctx.doc.content_range
        recipients: set[str] | None = None
        company: set[str] | None = None
        for m in _thanks_names(ctx, own, start, end):
            if recipients is None or company is None:
                emails = {address_of(p.email) for p in ctx.interview.interviewers  # type: ignore[union-attr]
                          if p.email}
                recipients = _recipient_words(ctx, emails)
                company = _company_words(ctx)
            text = m.group("name")
            words = text.split()
            if not words[0][:1].isupper() or words[0].lower().rstrip(".") in _TITLES_LOWER:
                continue  # "Thank you, Dr. Patel" is judged by the greeting and the misspelling rule
            if any(fold(w) in _NOT_NAMES or w.lower() in GENERIC_WORDS or fold(w) in company for w in words):
                continue
            if any(matcher.classify(w, any_case=True) is not None for w in words):
                continue
            if any(fold(w) in recipients for w in words):
                continue
            if words[0].isupper() and len(words[0]) > 1:
                continue  # "Thank you SO much"
            s = m.start("name")
            yield ctx.finding(f"'{text}' is not one of your interviewers ({names})", s, s + len(text),
                              data={"kind": "person", "name": text, "confidence": "high"})

    def _companies(self, ctx: RuleContext) -> Iterable[Finding]:
        interview = ctx.interview
        assert interview is not None and interview.company
        own = ctx.doc.own
        domains = [p.email.split("@", 1)[1] for p in interview.interviewers if p.email and "@" in p.email]
        matcher = name_matcher(ctx)
        data = name_data(ctx)
        seen: set[int] = set()
        for org, s in _employer_mentions(ctx, own):
            if not org or s in seen:
                continue
            first = org.split()[0]
            if (fold(first) in _NOT_NAMES or first.lower().rstrip(".") in _TITLES_LOWER
                    or first.lower() in ("i", "the", "a", "an", "you", "your", "our", "my", "this")):
                continue
            if any(matcher.classify(w) is not None for w in org.split()):
                continue  # a person: "Dana's team"
            if len(org.split()) == 1 and data.is_given_name(org):
                continue
            if same_company(org, interview.company, domains):
                continue
            if _EVENT_AFTER.match(own, s + len(org)):
                continue  # "join Zoom call", "join PyCon conference": a tool or an event
            if _OWN_PAST.search(own, sentence_start(ctx, s, 200), s):
                continue
            seen.add(s)
            fix = ctx.fix(f"Write '{interview.company}'", [(s, s + len(org), interview.company)])
            yield ctx.finding(f"'{org}' is not {interview.company}, the company you interviewed with", s,
                              s + len(org), fixes=(fix,),
                              data={"kind": "company", "name": org, "expected": interview.company,
                                    "confidence": "high"})


def _employer_mentions(ctx: RuleContext, own: str) -> Iterable[tuple[str, int]]:
    """(organisation, offset) for every organisation named as the employer you want to join."""
    low = ctx.analysis.lower
    for triggers, rx, before in _EMPLOYER_CONTEXTS:
        for pos in _hits(low, triggers):
            m = rx.match(own, pos)
            if m is None or (m.start() > 0 and own[m.start() - 1].isalpha()):
                continue  # inside a word ("rejoin", "teamwork")
            if before == "to-work" and m.group(0).lower().startswith("working"):
                pass
            elif before is not None:
                lo = sentence_start(ctx, m.start(), 80 if before != "not-mine" else 60)
                found = _BEFORE[before].search(own, lo, m.start())
                if (before == "not-mine") == (found is not None):
                    continue
            if before in _ORG_ALONE and not _ORG_FOLLOW.match(own, m.end("org")):
                continue  # "value to Salesforce projects": a name used as a modifier, not an employer
            yield _trim_org(m.group("org")), m.start("org")
    for pos in _hits(low, ("'s", "’s")):
        m = _POSSESSIVE_NOUN.match(own, pos)
        if m is None:
            continue
        lo = max(0, m.start() - 100)
        om = _ORG_BEFORE.search(own[lo:m.start()])
        if om is None:
            continue
        org = _ABBREV_STOP.split(om.group("org"))[-1]
        start = lo + om.end() - len(org)
        yield _trim_org(org), start


def _thanks_names(ctx: RuleContext, own: str, start: int, end: int) -> Iterable[re.Match[str]]:
    """``_THANKS_NAME.finditer(own, start, end)``, tried only where "thank" occurs (every match starts
    there): the same matches, without a case-insensitive scan of the whole text."""
    low = ctx.analysis.lower
    if len(low) != len(own):  # a character that changes length when lower-cased: offsets differ
        yield from _THANKS_NAME.finditer(own, start, end)
        return
    done = start
    pos = low.find("thank", start, end)
    while pos >= 0:
        if pos >= done:
            m = _THANKS_NAME.match(own, pos, end)
            if m is not None:
                yield m
                done = m.end()
        pos = low.find("thank", pos + 1, end)


def _hits(low: str, literals: tuple[str, ...]) -> list[int]:
    """Offsets of the literals in the lower-cased text (str.find is much faster than a regex scan)."""
    out: set[int] = set()
    for lit in literals:
        i = low.find(lit)
        while i >= 0:
            out.add(i)
            i = low.find(lit, i + 1)
    return sorted(out)


def sentence_start(ctx: RuleContext, pos: int, limit: int) -> int:
    """Where the sentence holding ``pos`` starts, but no more than ``limit`` characters back."""
    starts = ctx.analysis.sentence_starts
    k = bisect.bisect_right(starts, pos) - 1
    return max(starts[k] if k >= 0 else 0, pos - limit)


#: a full stop that ends a sentence inside a matched organisation; not the one of an abbreviation that
#: starts or sits inside names ("St. Brigid's Hospice", "Mt. Sinai", "Ft. Worth Water")
_ABBREV_STOP: Final = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bPt)(?<!\bSte)\.[ \t]")


def _trim_org(org: str) -> str:
    org = _ABBREV_STOP.split(org, maxsplit=1)[0]
    if org.endswith(("'s", "’s")):
        org = org[:-2]
    words = org.split()
    if len(words) >= 3 and words[-1] == "I" and words[-2].lower() in ("and", "&", "or"):
        words.pop()  # "join Northwind Data and I look forward...": the pronoun starts the next clause
    while words and words[-1].lower().rstrip(".") in ("and", "of", "for", "de", "du", "der", "für", "&"):
        words.pop()
    text = " ".join(words).rstrip(".,'’")
    return text


RULES = (InterviewerNotNamed, InterviewerNameMisspelled, WrongName)

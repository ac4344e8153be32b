"""FL201 interviewer-not-named, FL202 interviewer-name-misspelled, FL203 wrong-name.

The rules read ``ctx.analysis.addressing`` (who the greeting and the body address, and how: see
``followup_lint.analysis.addressing``) and ``ctx.analysis.employers`` (other companies named as the
employer), and report.
"""

from __future__ import annotations

import bisect
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, Final, Iterable

from dataclasses import dataclass

from ..analysis.addressing import Addressing, Role, after_title, before_after_name
from ..document.vocabulary import vocabulary
from ..names import NameMatch, NameMatcher, fold, name_data, name_matcher
from ..results import Applicability, Finding, Severity
from ..rule import Rule, RuleContext

if TYPE_CHECKING:
    from ..document.structure import Greeting

__all__ = ["InterviewerNotNamed", "InterviewerNameMisspelled", "WrongName"]

_FIRST_CHAR: Final = itemgetter(0)
_TOKEN_TEXT: Final = itemgetter(2)  # Token.text


def same_company(mentioned: str, company: str, domains: Iterable[str] = ()) -> bool:
    """``followup_lint.analysis.employers.same_company`` (kept here for code that imports it from here)."""
    from ..analysis.employers import same_company as same

    return same(mentioned, company, domains)


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
    first name, the preferred name, a known nickname (Robert/"Bob", Margaret/"Peggy", Rajesh/"Raj"), the
    short form of a double given name (María José/"Majo" or "Mariajo", Juan Pablo/"Juanpa"), a
    title with the surname ("Dear Dr. Okafor", "Ms. van der Berg", "Mr. Tan" for Tan Wei Ming, whose
    family name comes first), or the full name, in any case, with or without accents. A recognisable
    misspelling counts as naming (it is reported by `interviewer-name-misspelled`). An opening line
    names them when it speaks to them, by name or by an @handle that spells it ("Thanks for the answer,
    @priyaraman.", "No worries at all @priyaraman, I know the queue is long", or a line of @mentions alone
    above the text, "@priyaraman @devlead"), or is a short line ending in a colon addressed to them
    ("Quick heads up to Priya and the team:", "A note for Priya:"), not when it speaks of them
    ("I asked @priyaraman about it", "cc @priyaraman"). Without a greeting in the body, a subject that is a
    greeting naming them names them ("Hello,dear Priya"; not "Priya Raman - follow-up"). A handle spells the name when it runs the given and
    family names together, or pads them ("@therealpriyaraman"), or pads a given name of four letters or more
    with a word ("@dennyabrain" for Denny George; not "@priyanka_dev" for Priya). Not named: a generic
    greeting ("Hello", "Dear Hiring Manager", "To whom it may concern", "Dear all") or a placeholder.
    A greeting with someone else's name ("Hi Priya," when no Priya interviewed you, or another given name
    before their family name, "Dear Halima Diallo," to Fatima Diallo) is reported here too
    (with the fix that greets the interviewer), and `wrong-name` says whose name it is. In a formal letter the greeting is the salutation ("Dear Ms. Alvarez:"), below the
    sender's address, the date, the recipient's address and a reference line ("Re:", "Sub:", or "Object:" in a
    francophone letter). An HTML note's heading ("<h3>Thanks</h3>") above the greeting is a title: the
    greeting under it is the note's.

    A note greeting a recipient who did not interview you (a recruiter or coordinator, greeted by name
    and in the To line) is reported too, without a fix and with `data["reason"]` "recipient": writing
    to the recruiter is no slip (no `wrong-name`), but the note names no interviewer, even when it
    mentions them in the body ("please thank Andy for me"). Without interview context only generic and placeholder
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
    docs/advice.md: "No interviewer name in the greeting" is a warning (Randstad, Hays, Prepory);
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
        a = ctx.analysis.addressing
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
        # A greeting with somebody else's name also fails to name the interviewer: wrong-name says whose
        # name it is, this finding says whom to greet and carries the fix (the label definitions count it
        # as not naming the interviewer, so both are reported)
        stranger = bool(a.unknown) and not a.placeholder
        reason = ("placeholder" if a.placeholder else "stranger" if stranger else
                  "recipient" if a.recipient_named else "generic")
        who = self._who(ctx, a)
        fixes = []
        t = _target(ctx, a)
        if reason == "recipient":
            # writing to the recruiter is no slip (no wrong-name), but the note names no interviewer: no fix
            # renames the reader
            yield ctx.finding(f"The greeting '{ctx.quote(g.start, g.end)}' greets a recipient who did not "
                              f"interview you: the note does not name {who}; thank them by name in a note to them",
                              g.start, g.end, data={"confidence": "high", "reason": reason})
            return
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
    reported, with a fix that writes the right spelling; in a name of four letters a changed letter must
    sound alike ("Data" is not "Dana") but two letters swapped are a typo ("Iyre" for Iyer). A dropped accent ("Jurgen" for Jürgen) is a
    misspelling; the standard transliterations ü→ue, ö→oe, ä→ae, ß→ss are not, and neither is a known
    nickname ("Bob" for Robert). The slips of a writer who knows the name are misspellings, not another
    person, when the word is no given name of its own: a syllable doubled or dropped inside the name
    ("Papapadopoulou" for Papadopoulou, "Ramasubranian" for Ramasubramanian; an ending added, "Robertson"
    for Roberts, is another name), the first letter swapped for its voiced or voiceless pair ("Bowell" for
    Powell), a ß written into a name spelled with ss ("Groß" for the Swiss Urs Gross), a Telex "đ" typed
    for "dd" ("Tođ" for Todd), the halves of a double-barrelled family name swapped ("Mrs. Bonsu-Mensah" for
    Abena Mensah-Bonsu), one consonant written as the one the writer's first language merges it with, even in
    a short name ("Mr. Niu" for Liu Min: n/l; the pairs of `[merged_consonants]` in
    `followup_lint/data/addressing.toml`), unless the word is a given name, a common family name or an English
    word of its own ("Lee", "Lam" may be somebody else). So is a name spelt as heard, never seen written, when the name's letters
    sound otherwise than in English ("Shivawn" for Siobhán, "Neeve" for Niamh, "Wakeen" for Joaquín,
    "Shaoling" for Xiaoling): the word sounds like the English reading of the name (the spelling rules of
    `[heard_spellings]` in `followup_lint/data/addressing.toml`) and is no English word nor a given name of
    its own ("Shannon", "Kevin" stay other people). In the body only words that are not themselves common given names are
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
    docs/advice.md: "Interviewer's name misspelled" is an error ("double check that all names are
    spelled correctly": Iowa State, Firsthand); a missing diacritic is a misspelling of the name.
    """

    code = "FL202"
    name = "interviewer-name-misspelled"
    default_severity = Severity.ERROR
    needs = frozenset({"interviewers"})
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of interviewer-name-misspelled.

        - accept-missing-accents: do not report a name written without its accents ("Jurgen" for Jürgen)
        """

        accept_missing_accents: bool = False

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        a = ctx.analysis.addressing
        matcher = name_matcher(ctx)
        seen: set[int] = set()
        for use in a.misspelled:
            s, e, word, match = use.start, use.end, use.text, use.match
            assert match is not None
            f = self._finding(ctx, s, e, word, match, safe=True)
            if f is not None:
                seen.add(s)
                yield f
        yield from self._body(ctx, matcher, seen)

    def _finding(self, ctx: RuleContext, s: int, e: int, word: str, match: NameMatch, *, safe: bool):
        if self.options.accept_missing_accents and fold(word) == fold(match.expected):
            return None
        assert ctx.interview is not None  # the rule needs "interviewers": it runs only with an interview
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
            if fold(bare) in vocabulary().not_names or not _alone(ctx, matcher, idx):
                continue  # part of a longer proper noun ("the River Thames", "Data Platform")
            # a title before the word or an honorific after it ("Kamik sir") marks a person's name
            titled = after_title(own, max(0, tok.start - 12), tok.start) or before_after_name(own, tok.end)
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
                                 or jellyfish.nysiis(f) == jellyfish.nysiis(e_f) or _transposed(f, e_f)):
                continue  # (two letters swapped, "Dwyane" for Dwayne, is a slip of the keys, not a sound)
            found = self._finding(ctx, tok.start, tok.start + len(bare), bare, match, safe=False)
            if found is not None:
                yield found


def _transposed(a: str, b: str) -> bool:
    """Is ``a`` ``b`` with two neighbouring letters swapped ("dwyane" / "dwayne")?"""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


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
        if other.text.rstrip(".").lower() in vocabulary().all_titles:
            continue
        if matcher.classify(other.text) is None:
            return False
    return True



# -- wrong-name -----------------------------------------------------------------------------------------


class WrongName(Rule):
    """The greeting or thanks names someone who was not an interviewer, or the note names another company.

    ## What it does
    Flags a copy-paste leftover from another application: a name in the greeting ("Hi Megan," when the
    interviewer was Wanjiru Kamau), in the thanks ("Thank you, Megan") or spoken to at the start of a
    sentence with a thanks ("Marta, thanks too for the tour of the lab", "Mrs. Boateng, thank you as well",
    "Thank you also, Mrs. Bello, for arranging the visit", "Thank you once again, Mr. Nowak, for your time"; after a form of address of another culture,
    "Thank you again, Ko Min Thant."; one of several thanked, "Thank you Mr. Rao and Ms. Iyer", "Thank you and
    Mr. Dlamini for the panel"; each of a list of titled names thanked, "My thanks also to Dr. Ama Boateng
    and Ustaz Omar Bakri."; an appreciation spoken to them, "Much appreciated, Vikram!", "I remain grateful,
    Mrs. Nakato, for ...", "I appreciate you, Mrs. Okafor, for ..."; a thanks of the writer's other language,
    "Shukran to you and to Layla", "Asante sana, Wanjiru!", "Salamat po, Ma'am Liza", "Dhanyavaad, Ravi ji"; a
    name spoken to at the end of a sentence that opens on a thanks or a closing wish, "Thank you for your time,
    Ms. Mokoena.", "Have a great weekend, Tendai!", but not a name in apposition, "your intern, Tumi"; kudos,
    "Kudos to Tariq for the scheduling", "Big up to Miss Marcia for the breakfast"; an honorific joined by a
    hyphen is the address, "Thank you, Kenji-san!" to Kenji Watanabe; good wishes sent by name, "Allow me also to wish you and
    Ms. Wambui a Merry Christmas", "wishing Tendai a good weekend", "my regards to Mr. Otieno", "Greetings to
    Dr. Achieng", but not a person spoken of, "I wish Ms. Wambui had been there")
    that is no interviewer's, nor the name of a recipient who is not an interviewer and whom the greeting greets (a coordinator written
    to on purpose). A name thanked with "to" ("Thanks as well to Kofi for the tour", "my gratitude to
    Mr. Boateng", "I am equally thankful to Engr. Danjuma", "indebted to Mrs. Asare") or as the object of "thank" ("please thank Aisha for me", "I would also like to thank Ms. Mursal
    for supervising my test") counts too; "thanks to Kofi's
    map" is a cause, and thanks the reader is asked to pass on ("please pass my thanks on to Ms. Lopez")
    are the reader's errand. A given name that is also an everyday word ("thank you to Blessing at
    reception", "thanks to Precious") is a name there. Someone copied on the note (Cc or To) who did not interview you and is thanked in
    the body is reported as a warning (`data["recipient"]`): the thanks may be meant, or left over. And a company
    other than the interview's named as the employer you want to join ("I'd love to join Globex", "the
    analyst role at Globex", "Globex's mission", "I'd love to bring that energy to Globex", "I applied
    to Globex", "I see myself growing into a team lead at Kalahari Re", "Sable Mutual is where I want to be",
    "a place on the Redwood Capital analyst programme", "an honour to represent Kilimanjaro Airways", "a blessing
    to serve in Mount Zion Hospital", "being a Brightpath Hotels employee", "give my best for Baobab Telecom",
    "committed to the mission of Patagonia Farms", "proud to contribute to the Kivu Growers Alliance mission" (its
    name of two words or more before its goals; not a department's, "the Customer Success mission"), "the future of Nyota Telecom", "a great fit for Pinecrest
    Bank", a letter's reference line "Re: Application for Claims Analyst at Sable Mutual", a subject "- Sable
    Mutual interview", and the wordings of other Englishes: "to be associated with Globex", "an asset for
    Globex", "eager to serve Globex", "the growth of Globex", "to contribute to the development of
    Globex" (an offer, not "I contributed to the development of Acme"), "the vacancy in Globex", "join with
    Globex", "to build my career at Globex", "to contribute at Globex", and the team you offer yourself to:
    "contribute to the claims team at Globex Mutual", "join the Globex team", "to be part of the team of
    Globex Foods", "a member of the family of Globex", a team greeted: "Dear Globex team,", "joining Team Globex", a team you
    hope to hear from or meet: "hearing from the Globex team", a future: "my journey with Globex", "I'd thrive
    at Globex", "keen to grow with Tembo Logistics", "can't wait to start at Ural Cargo", "I can help Seoul Display grow",
    "I look forward to contributing to Infosys", "to start my career in Carpathia Pharma" (after "in" only a
    business by its trade: "a career in Nairobi" is a place), value you would add: "add value at Meridian
    Freight", your application: "kindly consider my application to Zuri Insurance", the post named after its
    employer: "a great fit for the Cobalt Mining internship" (not "the Data Analyst role"), the people there you
    hope to hear from or send regards: "hearing from everyone at Orion Biotech", "All the best to the Kingston
    Mutual crew", a wish opening the sentence: "Working at Globex
    would be a dream", a business by its trade noun: "the growth of Zenith Logistics", the customers you wish to serve of a
    business named by its trade: "keen to build tools for the guests of Kizimkazi Dhow Adventures"; in the subject: "Thank
    you - interview at Globex", "Operations Analyst role - Orion Biotech" after a dash when the name says it is a
    business by its trade, legal form or an organisation's word; "Interview - Data Analyst" names the post), a post then
    its employer after a comma: "Thank you - Quality Controller, Nordkyst Fiskeindustri" ("Senior Editor, Non-fiction"
    names the post's field) when the interview was at Initech; the same in a line under the name in the
    sign-off, "Applicant for Warehouse Coordinator, Globex Freight"; in a
    letter's phrasing the post may stand far from the employer when the employer carries its legal form
    ("the role of the registered nurse in long-term care with Jefferson Corporation"). A placeholder
    where the company goes ("XXX Organization", "[Company]") is `leftover-placeholder`'s, not a wrong company.
    A run of three or more all-capital everyday words ("the job with SELECT FOR UPDATE SKIP LOCKED") is
    code or shouting, not a company.
    The company check is fuzzy ("Initech Inc." is Initech) but a shared trade word alone ("Globex
    Logistics" for Initech Logistics) does not make two names one company: a shared word must be rare
    (a coined or proper name) or be all the distinctive words of one name, and two names that open on two
    other proper names ("Kizimkazi Dhow Adventures", "Mwambao Dhow Tours") are two businesses of one trade.
    A greeting to a programme or a team by its name, its capitalised words joined by lower-case ones
    ("Hello Hours with Experts!", "Dear Friends of the Earth,"), or ending on a programme's word ("Dear Future
    Leaders Programme,"), names nobody, and neither does a model letter's stand-in ("Dear John Doe,") nor an
    office's abbreviation ("CFO,", "Dear CEO,"), nor a template's variable ("Dear INTERVIEWER_NAME,"), nor an
    everyday word heading the note with a colon ("Improvements:"); a chat abbreviation ("Btw, thanks") is
    no name spoken to, and "### Thanks, Colin" ending the note is the writer's closing. Filler said twice where the employer goes ("I applied to Blah
    blah Middle School") stands in for the name: no other employer. It leaves your current or
    previous employer alone ("when I was at Acme", "at my current company"). A titled name in the subject
    ("Thank You, Mr. Boateng – Interview ...") that is no interviewer's, nor a To/Cc recipient's, nor
    yours is another person too, and so is a name thanked there without a title ("Thank you Aditi! | Data
    analyst interview"). A code host's @handle is a name too: greeted ("@tobi-ekanem I've updated the branch",
    "Hi @sarah_k,"), thanked ("Thanks @mike-r for the review") or opening a paragraph that speaks to it
    ("@nileshprasad137 Good luck for your exams!"), it is someone else unless a handle of that run spells an
    interviewer's name or a recipient's address, or is yours; in the greeting and after a thanks only a
    handle that opens on a given name counts (an interviewer may go by "@c30sb2"), and a bot ("@ops-bot")
    or a handle before "and" ("@finn and I paired on it") is none. An organisation you praise is named as
    the employer ("I've always admired the way Benguet Bean Collective works", "I have long followed
    Globex", "I am a big fan of Kestrel Freight"), and so is the one you place the reader at ("your team at
    Kestrel Freight"); a person admired ("I admired the way Efe explained"), a tool or a place ("I love
    Python", "I used Stripe at my last job") is not. The organisation you place the reader or the addressee
    at counts the same way: "you guys at Globex", "y'all at Globex", a greeting "Dear Globex Interview
    Panel," or "Dear Ms. Liang of Globex Marine,", the organisation line of a formal letter's recipient block
    (the block that holds the interviewer's name; not a unit above the right company), a closing wish that puts
    the reader in its team ("wishing you and the whole Globex team", in a note all in lower case too), an
    apposition that speaks to the reader ("As the Maintenance Manager of Globex, you know"; not "As the lead
    at Acme, I"), your first piece of work pictured there ("to make my first commit to Globex's main branch"),
    its name before the post's title ("the Globex Quality Supervisor role"), a reference line or subject
    ending on it after a dash ("RE: POST OF STORES OFFICER – GLOBEX SHIPPING LTD"), a hashtag of the team
    you hope to join ("#TeamGlobex", "#LifeAtGlobex"), and "we at Globex" in your own quoted speech or with a
    modal ("we at Acme checked once" is your own employer); a technology code is moved to ("migrated to
    Vanilla JS") is none. So is the organisation whose work clothes or badge you hope to wear ("proud to wear
    the Globex jacket"; not a maker's, "the Helly Hansen jacket", nor your own employer's, "I still wear the
    Acme uniform"), the one you say you are moving to ("I may move to Globex Group"; a city or a system moved,
    "move to Amazon Web Services for the hosting", is none) and the one you filled in a form's employer field
    ("In the box "Host organisation" I wrote Globex Ltd"; not "Current employer" nor a referee's). So is the
    one a step of being hired is for or held at ("I can do the medical check-up for Globex", "my contract with
    Globex Ltd", "the second stage at the Xaxim plant of Globex"; not a clinic, a hotel or a town the step is
    held in, "the medical at Sibu Hospital", "at the Xaxim plant", nor a step of your past or someone else's)
    and the one a file you send was made for ("CV_for_Globex.pdf", "Globex_Application.docx", "I attached my
    CV for Globex"; not your own name, the post or a version in the file's name, "CV_2026_final.pdf"). A
    person named in a list item, a timeline entry or a bracket is thanked there by a clause that opens on
    the name ("- Joseph – thank you for the tour!", "(Joseph, thanks!)") or by a thanks to the form of
    address or the pronoun the entry gives them ("with anh Phúc (thank you anh for explaining!)", "with
    Dr. Rasha (many thanks to her for the samples)"; not "thanks to him I understood", a cause). A titled name set off by commas inside a sentence is spoken to ("Your question about
    block C, Mr. Tuan, is still in my mind"; not in apposition, "my supervisor, Mr. Tuan, taught me", nor a
    person of the interview's topics), and a person thanked in another language with its "also / to / for"
    is thanked ("Obrigada também à Fernanda pelo café"). A formal letter's attention line that names a person
    who did not interview ("ATTN: MR. JOSEPH KOECH", "For the attention of Ms. Jane Achieng", "FAO: Tom
    Reilly", "c/o Dr. Bello"; heads in `attention_heads` of `followup_lint/data/addressing.toml`) addresses the
    letter to someone else, whatever the salutation below says; a role or a department there ("Attn: Hiring
    Manager") names no one. `data["kind"]` is "person" or "company"; for a person,
    `data["where"]` is "greeting", "thanks", "wish", "vocative", "subject" or "attention". A colleague mentioned in passing is fine,
    and so is a person's full name after "with" ("the interview with Laura Mendelsohn"): a person met, not a
    company.

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
    docs/advice.md: "Someone else's name or company (copy-paste from another draft)" is an error.
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
        a = ctx.analysis.addressing
        matcher = ctx.analysis.names
        t = _target(ctx, a)
        people = ctx.interview.interviewers  # type: ignore[union-attr]
        names = ", ".join(p.name for p in people)
        for use in a.strangers:
            s, e, text = use.start, use.end, use.text
            fixes = []
            if t is not None and use.where == "greeting" and not use.handle:  # (a handle is not replaced by a name)
                right = matcher.first_name(t)
                fixes.append(ctx.fix(f"Write '{right}'", [(s, e, right)]))
            data: dict[str, object] = {"kind": "person", "name": text, "where": use.where, "confidence": "high"}
            if use.role is Role.RECIPIENT:
                # copied on the note, thanked in the body, but not an interviewer: maybe on purpose (the
                # guide of the tour), maybe a leftover; a warning that asks the candidate to check
                data["recipient"] = True
                what = ("send good wishes to", "these wishes") if use.where == "wish" else ("thank", "this thanks")
                yield ctx.finding(f"You {what[0]} '{text}', who is copied on this note but was not one of your "
                                  f"interviewers ({names}): check that {what[1]} belongs in this note",
                                  s, e, severity=Severity.WARNING, data=data)
                continue
            yield ctx.finding(f"'{text}' is not one of your interviewers ({names})", s, e, field=use.field,
                              fixes=fixes, data=data)

    def _companies(self, ctx: RuleContext) -> Iterable[Finding]:
        interview = ctx.interview
        assert interview is not None and interview.company
        for m in ctx.analysis.employers:
            right = m.replacement or interview.company
            fix = ctx.fix(f"Write '{right}'", [(m.start, m.end, right)], field=m.field)
            yield ctx.finding(f"'{m.text}' is not {interview.company}, the company you interviewed with", m.start,
                              m.end, field=m.field, fixes=(fix,),
                              data={"kind": "company", "name": m.text, "expected": interview.company,
                                    "confidence": "high"})


RULES = (InterviewerNotNamed, InterviewerNameMisspelled, WrongName)

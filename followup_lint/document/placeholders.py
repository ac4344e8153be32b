"""Template residue: the placeholder tokens a draft may have left in ("[Name]", "{{company}}", "____").

The document layer finds them once; ``leftover-placeholder`` reports them, template mode turns them
into slots, and every other rule ignores their text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, itemgetter, mul, sub
from typing import Final

from .._lazy import LazyPattern
from .markup import html_tag_names, is_markup_tag
from .tokens import digitless
from .vocabulary import vocabulary

__all__ = ["Placeholder", "bracket_labels", "find_placeholders", "greeting_blank", "greeting_letters", "is_control_prompt", "is_dummy_phone", "INTERVIEWER_SLOT", "MOMENT_SLOT", "ADDED_SLOT"]

# Every pattern below is linear: bounded repetitions and no nested quantifiers over the same characters.
_PATTERNS: Final = (
    ("jinja", re.compile(r"\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,120}%\}|\{#[^{}\n]{0,120}#\}")),
    ("brace", re.compile(r"(?=\{)(?<![{$\\\w])\{[A-Za-z_][\w .'-]{0,40}\}(?!\})")),
    ("dollar", re.compile(r"\$\{[A-Za-z_][\w.]{0,40}\}")),
    # a shell-style field in capitals, words joined by "_" ("$FIRST_NAME", "$COMPANY_NAME"); not "$5,000" nor
    # "$USD" (one word), and inside code it is a program's ("`$JAVA_HOME`", dropped below)
    ("dollar", re.compile(r"(?<![\w$\\])\$[A-Z][A-Z0-9]{0,20}(?:_[A-Z0-9]{1,20}){1,4}(?![\w])")),
    # mail-merge tokens of form and CV tools ("#to_name#", "%FIRST_NAME%"): a letter after the opening
    # mark, no space inside, and no word or mark of the same kind around ("C# and F#", "#hiring" are not)
    ("merge", re.compile(r"(?<![\w#])#[A-Za-z_][A-Za-z0-9_]{1,40}#(?![\w#])")),
    ("merge", re.compile(r"(?<![\w%])%[A-Za-z_][A-Za-z0-9_]{1,40}%(?![\w%])")),
    # a word processor's mail-merge field in chevrons, its name one word with no space ("«Title»",
    # "«LastName»", "«First_Name»"): a quotation in guillemets holds spaces or stands in prose ("« merci »")
    ("merge", re.compile(r"(?<![\w«])«[A-Za-z_][A-Za-z0-9_]{1,40}»(?![\w»])")),
    # (not a Markdown link's text, "[Live demo](https://...)", nor a label its colon follows, "[Note]: ...", also
    # in emphasis, "- **[UI Enhancements]**: Improve the ...": a heading with its text after it, thirty-fourth ah-112)
    ("bracket", re.compile(r"\[[^\[\]\n]{1,60}\](?![(:\[]|(?:\*{1,2}|_{1,2})[ \t]*:)")),
    # (not a type's parameter glued to its name: "IObservable<T>", "List<Order>", "Map<K, V>")
    ("angle", re.compile(r"(?<!\w)<[A-Z][A-Za-z']{0,20}(?:[ _][A-Za-z'][A-Za-z']{0,20}){0,3}>")),
    # a slot in angle brackets in lower case, opened by an instruction or a field word ("<insert detail>",
    # "<your name>", "<company name>"; HTML tags, "<br>", are neither)
    ("angle", re.compile(r"<(?:insert|enter|add|paste|put|your|company|position|role|job|interviewer|name|date)\b"
                         r"[A-Za-z' _-]{0,40}>")),
    # any run of one to six plain lower-case words in angle brackets, whatever its first word ("<subject>",
    # "<link to the repository>", "<a short summary>"), set apart from the words around it ("x<y and z>w",
    # "List<string>" are not); an HTML tag ("<br>", "<a href=...>", "<video controls>") is dropped below
    ("angle", re.compile(r"(?<![\w<])<[a-z][a-z']{0,20}(?: [a-z'][a-z'-]{0,20}){0,5}>(?![\w>])")),
    ("blank", re.compile(r"_{3,}")),
    # a profile link whose last part is the template's field ("linkedin.com/in/yourname", "github.com/username")
    # (every such link's slot follows a "/": one cheap look back rejects the other places first)
    ("link", re.compile(r"(?<=/)(?:(?<=linkedin\.com/in/)|(?<=github\.com/)|(?<=gitlab\.com/)|(?<=twitter\.com/)|"
                        r"(?<=behance\.net/))(?:your[-_]?(?:name|"
                        r"profile|handle|username|url)|user[-_]?name|first[-_]?name[-_]?last[-_]?name|name)(?![\w-])", re.I)),
    ("paren", re.compile(r"\((?:insert |your |the )?(?:interviewer|hiring manager|recruiter|company|position|job title|role|name|date|your name)[’'`]?s?(?: name| title)?\)", re.I)),
    ("paren", re.compile(r"\((?:insert|enter|fill[ \t]in|replace[ \t]with|mention|name[ \t]of)[ \t][^()\n]{1,60}\)", re.I)),
    # an instruction verb with what to write ("(Add a line about the project you discussed.)", "(describe one
    # specific moment)", "(name a tool they use)"); not "(add me on LinkedIn)", whose object is the writer
    ("paren", re.compile(r"\((?:add|describe|include|explain|list|state|highlight|specify|restate|reiterate|write|"
                         r"recall|summari[sz]e|name|give|cite)[ \t]+(?:a|an|one|two|your|the|some|any|something|specific|how|what|why|"
                         r"which)\b[^()\n]{1,60}\)", re.I)),
    # a description of what to fill in that ends on the interviewer's deed, told in the third person ("(the
    # project they mentioned)", "(something she said about the team)" is prose: the bracket must end there)
    ("paren", re.compile(r"\((?:the|a|an|one|some|something|anything|whatever)[ \t][^()\n]{0,40}?(?<![\w'’-])"
                         r"(?:they|he|she|the interviewer|the hiring manager|the recruiter)[ \t]+(?:mentioned|discussed|"
                         r"said|described|talked about|brought up|showed|demoed|shared|explained|raised|asked about|"
                         r"spoke about|highlighted)\)", re.I)),
)
# For each pattern above, a substring every match contains (a cheap precheck) ...
_NEEDED: Final = ("{", "{", "${", "$", "#", "%", "«", "[", "<", "<", "<", "___", "/", "(", "(", "(", "(")
# ... and the mark every match of it ends with ("" for none): 1 MB of "(" and "[" without a closing mark
# is not searched for "(insert ...)" or "[Name]"
_CLOSED_BY: Final = ("", "}", "}", "", "#", "%", "»", "]", ">", ">", ">", "", "", ")", ")", ")", ")")
_CITATION: Final = LazyPattern(r"^\[(?:\d{1,3}|[a-z]|\d{1,3}[-,]\d{1,3}|\d{1,3}(?:\.\d{1,3}){1,3}|sic|citation needed|"
                              r"ibid\.?)\]$", re.I)
_CHECKBOX: Final = LazyPattern(r"^\[[ xX]\]$")
INTERVIEWER_SLOT: Final = LazyPattern(r"interviewer|hiring[ _]?manager|first[ _]?name|recipient|contact|^\W*name\W*$|mr|ms|dr", re.I)
MOMENT_SLOT: Final = LazyPattern(r"moment|topic|discuss|conversation|talked|specific|detail|project|something|story|example|point", re.I)
#: a slot for something the note adds: a strength or skill not raised, or a question (``{{strength}}``,
#: ``[a strength you did not mention]``, ``{{question}}``)
ADDED_SLOT: Final = LazyPattern(r"strength|skill|experience|expertise|achievement|accomplishment|qualification|"
                               r"question|ask", re.I)
_P_START: Final = attrgetter("start")
_P_END: Final = attrgetter("end")
_M_START: Final = re.Match.start
_M_END: Final = re.Match.end
_M_TEXT: Final = itemgetter(0)  # (a match's text, ``m[0]``)
#: the verb that opens a template's instruction in brackets: "(insert position)", "[enter company name]"
_INSTRUCTION: Final = LazyPattern(r"(?:insert|enter|add|fill[ \t]in|replace[ \t]with|mention|describe|include)[ \t]+"
                                 r"[^\W\d_]", re.IGNORECASE)
#: an instruction whose object is the writer ("add me on LinkedIn"): prose, no template's
_TO_WRITER: Final = LazyPattern(r"\w+[ \t]+(?:me|us)\b", re.IGNORECASE)
_TBD: Final = LazyPattern(r"\b(?:TBD|TBA|XXX+|xxx+)\b")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A placeholder found in a text: its range, text and family."""

    start: int
    end: int
    text: str
    kind: str

    @property
    def inner(self) -> str:
        return self.text.strip("[]{}<>()_%#$ ")

    @property
    def is_interviewer_slot(self) -> bool:
        return bool(INTERVIEWER_SLOT.search(self.inner))

    @property
    def is_moment_slot(self) -> bool:
        return bool(MOMENT_SLOT.search(self.inner))

    @property
    def is_instruction(self) -> bool:
        """A template's instruction in brackets, typed in words ("(insert position)", "[enter company name]",
        "<insert detail>"): its words are prose the spelling rule reads."""
        return self.kind in ("paren", "bracket", "angle") and _INSTRUCTION.match(self.inner) is not None

    @property
    def is_added_slot(self) -> bool:
        """A slot for a strength or a question the note adds (counts for no-added-strength-or-question)."""
        return bool(ADDED_SLOT.search(self.inner))


_NEW: Final = object.__new__
_SET_START, _SET_END, _SET_TEXT, _SET_KIND = (Placeholder.start.__set__, Placeholder.end.__set__,  # type: ignore[attr-defined,misc]  # mypy reads a slot as its value; on the class it is the member descriptor
                                              Placeholder.text.__set__, Placeholder.kind.__set__)  # type: ignore[attr-defined,misc]  # mypy reads a slot as its value; on the class it is the member descriptor


def _made(start: int, end: int, text: str, kind: str) -> Placeholder:
    """``Placeholder(start, end, text, kind)``, its slots set directly (the frozen dataclass's ``__init__``
    goes through ``object.__setattr__`` per field: ~40% slower, for 150,000 slots in a 1 MB template)."""
    made = _NEW(Placeholder)
    _SET_START(made, start)
    _SET_END(made, end)
    _SET_TEXT(made, text)
    _SET_KIND(made, kind)
    return made  # type: ignore[no-any-return]


class _Vocabulary:
    """The field words of ``followup_lint/data/placeholders.toml``, compiled (once per process)."""

    def __init__(self, data: dict[str, dict[str, str]]) -> None:
        fields = data["fields"]
        possessives, name_heads, detail_heads, qualifiers, joiners = (
            fields[k].split() for k in ("possessives", "name_heads", "detail_heads", "qualifiers", "joiners"))
        heads = [*name_heads, *detail_heads]

        def alt(words: list[str], form: str = "") -> str:
            shaped = (w.upper() if form == "upper" else w[:1].upper() + w[1:] if form == "title" else w
                      for w in words)
            return "(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(set(shaped), key=len,
                                                                                        reverse=True)) + ")"

        gap = r"[ \t]+"
        edge_l, edge_r = r"(?<![\w'’-])", r"(?![\w'’-])"
        # Title Case: "Your (Phone) Number" (a possessive, any head) or "(Hiring) Manager Name" (a name head)
        title = (f"{alt(possessives, 'title')}(?:{gap}{alt(qualifiers, 'title')}){{0,3}}{gap}{alt(heads, 'title')}"
                 f"|(?:{alt(possessives, 'title')}{gap})?(?:{alt(qualifiers, 'title')}{gap}){{1,4}}"
                 f"{alt(name_heads, 'title')}")
        caps = (f"(?:{alt([*possessives, *qualifiers], 'upper')}{gap}){{1,4}}{alt(heads, 'upper')}"
                f"|{alt(fields['caps_alone'].split())}")
        # every phrase starts with the first letter of a possessive or qualifier (title- or upper-cased) or
        # of a word standing alone: a look at that letter first skips the other positions of a long line at
        # once (the same matches)
        firsts = {w.upper()[:1] for w in (*possessives, *qualifiers)} | {w[:1] for w in fields["caps_alone"].split()}
        lead = "[" + "".join(map(re.escape, sorted(firsts))) + "]"
        self.written = LazyPattern(f"(?={lead}){edge_l}(?:{title}|{caps}){edge_r}")
        #: lower-case substrings of which every field phrase holds one: only lines with one are searched
        stems = {w.lower() for w in (*heads, *fields["caps_alone"].split())}
        self.stems = tuple(sorted(w for w in stems if not any(o != w and o in w for o in stems)))
        # ALL CAPS joined by "_", a template's variable, in the Title Case shapes ("INTERVIEWER_NAME",
        # "YOUR_PHONE_NUMBER"); not after "$" (the shell form, found by ``_PATTERNS``) nor inside a longer name
        P, Q, H, NH = (alt(w, "upper") for w in (possessives, qualifiers, heads, name_heads))
        self.snake = LazyPattern(rf"(?<![\w$])(?:{P}(?:_{Q}){{0,3}}_{H}|(?:{P}_)?(?:{Q}_){{1,4}}{NH})(?![\w])")
        # any case, in brackets or alone on a line: fields joined by "and" / "or" / "/" / "&" / ","
        one = f"(?:{alt([*possessives, *qualifiers])}{gap}){{0,4}}{alt(heads)}"
        phrase = f"{one}(?:[ \t]*(?:[,/&]|{alt(joiners)})[ \t]*{one}){{0,3}}"
        self.bracketed = LazyPattern(rf"\([ \t]*{phrase}[ \t]*\)", re.IGNORECASE)
        self.line = LazyPattern(rf"[ \t]*(?P<f>{phrase})[ \t]*", re.IGNORECASE)  # (fullmatch on one line)
        self.issue_tags = frozenset(data["brackets"]["issue_tags"].split())
        #: the writer's own status of an item in square brackets ("[PARKED]", "[in progress]"), lower case
        self.status_tags = frozenset(" ".join(line.replace("-", " ").split()).lower()
                                     for line in data["brackets"]["status_tags"].splitlines() if line.strip())
        choices = data["choices"]
        #: a template's choice left unmade: each kind's alternatives, lower case, full stops left out
        self.choice_sets = tuple(frozenset(line.split()) for line in choices["sets"].splitlines() if line.strip())
        choice_word = r"[^\W\d_]{1,12}\.?"
        alternatives = rf"{choice_word}(?:[ \t]*/[ \t]*{choice_word}){{1,3}}"
        self.choice = LazyPattern(
            rf"[(\[][ \t]*(?P<a>{alternatives})[ \t]*[)\]]"
            rf"|(?<![\w'’-])(?i:{alt(choices['bare_after'].split())})[ \t]+(?P<b>{alternatives})(?![\w/'’-])")
        errors = [line.strip() for line in data["merge_tags"]["error_values"].splitlines() if line.strip()]
        #: a spreadsheet's or a merge's error value where a field's value failed ("#N/A", "#REF!")
        self.error_value = LazyPattern(r"(?<![\w#])(?:" + "|".join(map(re.escape, sorted(errors, key=len, reverse=True)))
                                       + r")(?![\w])")
        #: what a text must hold for ``error_value`` to match: each value's first character
        self.error_value_firsts = tuple(sorted({e[:1] for e in errors}))
        # any case after a title or a sign-off's comma, then the end of the greeting or of the line: "Dear Mr.
        # Interviewer's name", "Regards, Your name" (titles and sign-offs: data/addressing.toml)
        words = vocabulary()
        self.after_address = LazyPattern(
            rf"(?<![\w'’-])(?:{alt(sorted(words.titles))}\.?|{alt(list(words.signoffs))}[ \t]*,)[ \t]+"
            rf"(?P<f>{one}(?:[ \t]+{one})?)[ \t]*(?=[,:!.;]?[ \t]*$)", re.IGNORECASE | re.MULTILINE)
        #: every such stand-in ends its line with a field head (then spaces, one stop, spaces): a line
        #: ending otherwise is not searched (a 1 MB line is not scanned for a match that cannot be there)
        self.address_heads = tuple(sorted({h.lower() for h in heads}))
        self.address_head_len = max(map(len, self.address_heads))
        #: the most runs of non-blanks such a match spans: a title or a sign-off (its words and a comma apart),
        #: two fields of four qualifiers and a head, and a stop apart (only that tail of a line is searched)
        self.address_runs = (max(len(w.split()) for w in (*words.titles, *words.signoffs)) + 1 + 2 * 5 + 1)
        self.slot_words = LazyPattern("|".join(map(re.escape, data["brackets"]["slot_words"].split())), re.IGNORECASE)
        #: a bracket naming the link that belongs there ("[link to repo]"): the whole word
        links = "|".join(map(re.escape, data["brackets"]["link_words"].split()))
        self.link_word = LazyPattern(rf"(?<![\w-])(?:{links})(?![\w-])", re.IGNORECASE)
        #: a bracket filled by "your" and a value of the reader's machine ("[your_domain]", "[your ip]")
        values = "|".join(map(re.escape, data["brackets"]["reader_values"].split()))
        kinds = "|".join(map(re.escape, data["brackets"]["reader_value_kinds"].split()))
        self.reader_value = LazyPattern(rf"your[ \t_-]?(?:(?:{kinds})[ \t_-]?){{0,2}}(?:{values})(?![\w'’-])",
                                        re.IGNORECASE)
        #: a bracketed note to the reader about running the work ("[Make sure port 8000 is free]")
        self.reader_note = LazyPattern(rf"(?:{data['brackets']['reader_notes']})\b", re.IGNORECASE)
        #: the words that name the reader's own host in a route's leading slot ("{host}/...", "{baseUrl}/...")
        self.route_heads = frozenset((*data["brackets"]["reader_values"].split(),
                                      *data["brackets"]["route_heads"].split()))
        self.slot_mention = LazyPattern(rf"\b(?:{data['brackets']['slot_mentions']})[ \t]+$", re.IGNORECASE)
        self.months = frozenset(data["numbers"]["months"].split())
        targets = "|".join(map(re.escape, data["links"]["targets"].split()))
        #: a Markdown link whose target is a slot word ("[](url)", "[Live demo](link)"): the link never pasted
        self.link_slot = LazyPattern(rf"\[[^\[\]\n]{{0,60}}\]\([ \t]*(?:{targets})[ \t]*\)", re.IGNORECASE)
        blanks = data["blanks"]
        runs = [f"{re.escape(c)}{{3,12}}" for c in blanks["letters"].split()]
        self.blank = LazyPattern(r"(?<![\w'’-])(?:" + "|".join([*runs, *map(re.escape, blanks["words"].split())])
                                + r")(?![\w'’-])")
        #: substrings of which every blank holds one (a cheap precheck)
        rows = [line.split() for line in blanks["rows"].splitlines() if line.strip()]
        #: a row of marks, or an elided bracket, set apart where a word belongs ("of .......... as", "about
        #: [...]"): judged by the word before it (``_row_blanks``)
        self.row = LazyPattern(r"(?<=[ \t])(?:" + "|".join(f"{re.escape(mark)}{{{int(least)},80}}" for mark, least in rows)
                               + r"|[\[(][ \t]?(?:\.{3,5}|…)[ \t]?[\])])(?=[ \t\r,.;:!?)\]]|$)", re.MULTILINE)
        self.row_needed = (*(mark * int(least) for mark, least in rows),
                           *(f"{e}{gap}{c}" for e in ("...", "…") for gap in ("", " ", "\t") for c in "])"))
        self.blank_needed = (tuple(c * 3 for c in blanks["letters"].split()) + tuple(blanks["words"].split())
                             + self.row_needed)
        self.qualifiers = frozenset(qualifiers)
        self.letters = frozenset(blanks["letters"].lower().split())
        self.lower_after = frozenset(blanks["lower_after"].split())
        # stand-in names ("So-and-so", "whatshername"): words apart, hyphenated or run together
        between = r"(?:[ \t]*[-–][ \t]*|[ \t]+)?"
        stand_ins = (between.join(re.escape(w).replace("'", "['’]?") for w in line.split())
                     for line in data["stand_ins"]["names"].splitlines() if line.strip())
        compounds = [*possessives, *qualifiers, *data["stand_ins"]["name_compound_words"].split()]
        run_together = alt([w for w in compounds if w.isalpha()])
        self.stand_in = LazyPattern(r"(?<![\w'’-])(?:" + "|".join(stand_ins) + rf"|{run_together}names?)(?![\w'’-])",
                                   re.IGNORECASE)
        self.signature_words = frozenset(data["stand_ins"]["signature_words"].split())
        fillers = data["stand_ins"]["fillers"].split()
        repeated = data["stand_ins"].get("repeated_fillers", "").split()
        every = alt([*fillers, *repeated])
        #: a filler word capitalised to open a name, then more fillers and a capitalised word ("Blah blah
        #: Middle School"; a repeated filler only when said twice, "Yada yada Inc."): the writer's stand-in
        #: for a name they left out
        opening = [rf"(?:{alt(fillers, 'title')}|{alt(fillers, 'upper')})(?:[ \t]+(?i:{every}))*"] if fillers else []
        if repeated:
            opening.append(rf"(?:{alt(repeated, 'title')}|{alt(repeated, 'upper')})(?:[ \t]+(?i:{every}))+")
        self.filler = LazyPattern(rf"(?<![\w'’-])(?:{'|'.join(opening)})(?:[ \t]+[A-Z][\w'’-]*)+") if opening else None
        #: what a text must hold for ``filler`` to match: an opening word as ``alt`` shapes it, up to an
        #: apostrophe (which it widens to two characters); a word opening with one gives "", held by any text
        self.filler_needed = tuple(sorted({shaped.split("'")[0] for w in [*fillers, *repeated]
                                           for shaped in (w.upper(), w[:1].upper() + w[1:])}))
        #: (calling code, national prefix) of each fictional telephone range (data [phones])
        self.fictional = tuple((line.split()[0], prefix) for line in data["phones"]["fictional"].splitlines()
                               if line.strip() for prefix in line.split()[1:])
        notes = data["notes_to_self"]
        when = [line.strip() for line in notes["when"].splitlines() if line.strip()]
        asides = [line.strip() for line in notes["asides"].splitlines() if line.strip()]
        inner = r"[^()\[\]\n]"
        # a bracket's text: an instruction to the writer (see [notes_to_self] in data/placeholders.toml)
        self.note_to_self = LazyPattern(
            r"(?P<o>[(\[])[ \t]*(?:"
            rf"(?i:{alt(notes['verbs'].split())})[ \t]{inner}{{0,60}}?(?<![\w'’-])(?i:{alt(when)})[ \t.!]*"
            rf"|(?i:{alt(notes['putting_verbs'].split())})(?:[ \t]+[\w'’.-]{{1,30}}){{0,3}}?[ \t]+"
            rf"(?i:{alt(notes['things'].split())})(?![\w'’-]){inner}{{0,30}}"
            rf"|{alt(notes['markers'].split())}(?![\w'’-]){inner}{{0,60}}"
            rf"|(?i:{alt(asides)})[ \t.!?]*"
            r")(?P<c>[)\]])")
        open_markers = [line.strip() for line in notes["open_markers"].splitlines() if line.strip()]
        #: a note after its marker and a colon, outside brackets (a to-do or fix-me marker in capitals,
        #: "Note to self: ..."; the markers are data/placeholders.toml's ``open_markers``)
        self.open_note = LazyPattern(
            "(?<![\\w'’-])(?:" + "|".join(re.escape(w) if w.isupper() else f"(?i:{re.escape(w)})"
                                            for w in open_markers)
            + r")(?:[ \t]*:|[ \t]+[-–—])[ \t]*[^\W\d_][^\n\r]{0,120}")
        #: what a text must hold for ``open_note`` to match in it: a marker in capitals as written, the
        #: others' start in lower case up to their first "i" or "s" (letters the case-blind match also finds as
        #: "ı" and "ſ", which lower-case to themselves); ``None`` when a marker starts so (no cheap test)
        self.open_note_cues: tuple[tuple[str, ...], tuple[str, ...]] | None = _cues_of(open_markers)
        #: a reminder about the reader in brackets ("(check spelling of her surname!!)", "[confirm his title]")
        self.checking_note = LazyPattern(
            rf"[(\[][ \t]*(?i:{alt(notes['checking_verbs'].split())})(?![\w'’-])(?:[ \t]+[\w'’.-]{{1,30}}){{0,4}}?"
            rf"[ \t]+(?i:{alt(notes['about_reader'].split())})(?![\w'’-]){inner}{{0,40}}[)\]]")
        #: the first words (their leading letters, lower-cased) that a bracketed note (``note_to_self``,
        #: ``checking_note``) can open with; ``None`` when one does not start with an ASCII letter
        self.note_firsts: frozenset[str] | None = _leading_letters(
            [*notes["verbs"].split(), *notes["putting_verbs"].split(), *notes["markers"].split(), *asides,
             *notes["checking_verbs"].split()])
        instructions = data["instructions"]
        verbs = alt(instructions["verbs"].split(), "title")
        #: an instruction to the template's user outside brackets (see [instructions] in the data file)
        self.instruction = LazyPattern(
            rf"(?:(?<=[.!?][ \t])|(?<=^)|(?<=[\n\r]))[ \t]*(?P<i>(?:{verbs}[ \t]+(?:{alt(instructions['objects'].split())})"
            rf"|{alt(instructions['writing_verbs'].split(), 'title')}(?:[ \t]+[\w'’-]{{1,20}}){{0,3}}?[ \t]+"
            rf"{alt(instructions['writing_units'].split())})(?![\w'’-])[^.!?\n\r]{{0,100}}[.!?]?)"
            rf"|(?P<c>(?<![\w'’-]){alt(instructions['verbs'].split(), 'upper')}(?:[ \t]+[A-Z][A-Z'’-]+){{1,4}})(?![\w'’-])",
            re.MULTILINE)
        #: what a text must hold for ``instruction`` to match in it: a verb's letters after its first (any
        #: case), or a verb of writing with its capital
        self.instruction_cues = (*{v[1:].lower() for v in instructions["verbs"].split()},
                                 *{v[1:].upper() for v in instructions["verbs"].split()},
                                 *{v[:1].upper() + v[1:] for v in instructions["writing_verbs"].split()})
        #: a dummy e-mail address: a template's field as its local part ("yourname@email.com")
        self.dummy_email = LazyPattern(
            rf"(?<![\w.+-])(?i:{alt(data['emails']['local_parts'].split())})@[\w-]{{1,40}}(?:\.[\w-]{{1,20}}){{1,3}}(?![\w-])")
        places = [line.strip() for line in data["places"]["names"].splitlines() if line.strip()]
        #: stand-in places of a model letter's address ("Anytown", "Any Street"), as written
        #: what a text must hold for ``stand_in_place`` to match in it: each place's first word
        self.place_cues = tuple(sorted({p.split()[0] for p in places}))
        #: ``instruction_cues`` and ``place_cues`` as one search each (read through :func:`_holds_any`)
        self.instruction_cue, self.place_cue = map(_any_of, (self.instruction_cues, self.place_cues))
        self.stand_in_place = LazyPattern(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, places)) + r")(?![\w'’-])")
        #: the mail-merge and snippet fields of data [merge_tags]: (the opening mark, its pattern), one a syntax
        codes = data["merge_tags"]
        #: a word processor's field keywords (``{ MERGEFIELD Position }``): any case, and capitals only
        keywords = (f"(?i:{alt(codes['field_codes'].split())})|{alt(codes['field_codes_caps'].split())}")
        self.merge_tags = tuple(_merge_tag(*line.split(), keywords=keywords)
                                for line in data["merge_tags"]["delimiters"].splitlines() if line.strip())
        #: Razor's model members ("@Model.FirstName", "@(ViewBag.Role)"): "@", an object, "." and a member
        #: (what a text must hold for ``razor`` to match: one of the objects)
        self.razor_objects = tuple(codes["razor_objects"].split())
        objects = alt(list(self.razor_objects))
        member = r"\.[A-Za-z_]\w{0,40}(?:\.[A-Za-z_]\w{0,40}){0,3}"
        self.razor = LazyPattern(rf"(?<![\w@.])@(?:\({objects}{member}\)|{objects}{member})(?![\w(])")
        formulas = data["formulas"]
        #: the words that name a spreadsheet formula as such ("the =SUMIFS(...) formula", "I used =XLOOKUP(...)")
        self.formula_mentions, self.formula_mention_verbs = (frozenset(formulas[k].split())
                                                             for k in ("mentions", "mention_verbs"))
        prompts = [line.strip() for line in data["prompts"]["controls"].splitlines() if line.strip()]
        #: a word processor's form-control prompt ("Click or tap here to enter a date."): as printed, then its
        #: full stop or no word going on
        self.prompt = LazyPattern(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(prompts, key=len, reverse=True)))
                                  + r")(?:\.(?![\w'’-])|(?![ \t]*[\w'’-]))")
        #: what a text must hold for ``prompt`` to match: each prompt's first word
        self.prompt_firsts = tuple(sorted({p.split()[0] for p in prompts}))
        filler_runs = [line.split() for line in data["merge_tags"]["filler_text"].splitlines() if line.strip()]
        #: the dummy text of typesetting ("Lorem ipsum dolor sit amet, ..."), to the end of its line
        self.filler_text = LazyPattern(
            r"(?<![\w'’-])(?ai:" + "|".join(r"[ \t]+".join(map(re.escape, words)) for words in filler_runs)
            + r")(?![\w'’-])[^\n\r]{0,200}")
        #: what a text must hold, lower-cased, for ``filler_text`` to match: each run's first word (the match is
        #: case-blind in ASCII only, so no "ı" or "ſ" matches that the lower-cased text would not hold)
        self.filler_text_cues = tuple(sorted({words[0].lower() for words in filler_runs}))
        fmt = data["format_slots"]
        #: the words around a program's format specifier (data [format_slots]): the notation named, not left
        #: ("%s format", "used %s"), and where a "{}" or a "$1" stands for a value ("the {} position", "Hi $1")
        self.format_mentions, self.format_mention_verbs, self.format_greetings, self.format_slot_before, \
            self.format_slot_nouns = (frozenset(fmt[k].split()) for k in (
                "mentions", "mention_verbs", "greetings", "slot_before", "slot_nouns"))


#: a merge field's name: a letter or "_", then letters, digits, "_", ".", ":", "-" or spaces, ending on a
#: letter or a digit ("FNAME", "First Name", "Contact.FirstName", "MC:SUBJECT"), "=" in a fill-in's settings
#: ("name=first name")
_MERGE_NAME: Final = r"[A-Za-z_](?:[\w.: =-]{0,39}[A-Za-z0-9])?"
#: a snippet's tab stop: its number, then its default text or its choices ("2:specific topic", "1|Mr,Ms|")
_TAB_STOP: Final = r"\d{1,2}(?::[^{}\n]{0,60}|\|[^{}|\n]{0,60}\|)?"


def _merge_tag(opener: str, closer: str, form: str = "", *, keywords: str = "(?!)") -> tuple[str, re.Pattern[str]]:
    """The opening mark of one syntax of data [merge_tags] and the pattern of its fields (linear: the
    name's characters never hold the closing mark's first). ``code``: a template engine's tag, any expression
    up to the closing mark ("<%= role %>", "<?= $role ?>", "{!! $name !!}"). ``fieldcode``: a word processor's field code, one
    of ``keywords`` first, spaces allowed around ("{ MERGEFIELD Position }", "{ FILLIN "Name" }"); not in
    a program's braces ("${...}", "{{...}}": other syntaxes) nor a longer word ("{ MERGEFIELDS }")."""
    if form == "code":  # a template engine's tag: a program's expression between the marks, a letter in it
        stop = re.escape(closer[0])
        return opener, re.compile(rf"(?<![\w]){re.escape(opener)}(?=[^{stop}\n]{{0,79}}[A-Za-z])[^{stop}\n]{{1,80}}"
                                  rf"{re.escape(closer)}")
    if form == "fieldcode":
        return opener, re.compile(rf"(?<![\w{{$\\]){re.escape(opener)}[ \t]*(?:{keywords})(?![\w])"
                                  rf"(?:[ \t][^{{}}\n]{{0,80}})?{re.escape(closer)}")
    name = _TAB_STOP if form == "tabstop" else _MERGE_NAME
    return opener, re.compile(rf"(?<![\w]){re.escape(opener)}(?:{name}){re.escape(closer)}")


def _any_of(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that matches in a text exactly when one of ``cues`` is a substring of it (an alternation
    of the literals; no cue at all: a pattern that never matches)."""
    return re.compile("|".join(map(re.escape, cues)) if cues else "(?!)")


#: the longest text whose cues are looked for by one search (see ``_holds_any``)
_ONE_SEARCH_MAX: Final = 20_000


def _holds_any(text: str, cues: tuple[str, ...], search: re.Pattern[str]) -> bool:
    """Does ``text`` hold one of ``cues`` (``search``: their ``_any_of`` pattern)? A draft's text: one search,
    led by the cues' first characters, costs half the substring scans, one per cue (a body's 14 instruction
    cues: ~12 -> ~6 us). A longer text: the scans, whose cost does not depend on what the text is made of (a
    megabyte of "AAAA" makes the search try "Any" at every character: 0.1 s, the scans 0.01 s)."""
    if len(text) <= _ONE_SEARCH_MAX:
        return search.search(text) is not None
    return any(map(text.__contains__, cues))


def signature_words() -> frozenset[str]:
    """The words a model letter's stand-in signature is made of ("First Last"; [stand_ins] of the data)."""
    return _vocabulary().signature_words


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    from ..spelling.lexicon import read_toml_data  # the file itself when installed: no importlib.resources

    return _Vocabulary(read_toml_data("placeholders.toml"))


def _field_placeholders(text: str, folded: str | None = None) -> list[Placeholder]:
    """Field phrases of templates: "Company Name", "POSITION TITLE", "Dear NAME,", "(your name and
    credentials)", a line "Your email address" (see ``data/placeholders.toml``). ``folded``: ``text.lower()``,
    when the caller has it."""
    v = _vocabulary()
    found: list[Placeholder] = []
    m: re.Match[str] | None  # the loops' matches, then the whole line's
    for a, b in _lines_with(text, v.stems, folded):
        for m in v.written.finditer(text, a, b):
            if _is_label(text, m.end()) or (m.group(0).isupper() and _shouted(text, m.start(), m.end())):
                continue
            found.append(Placeholder(m.start(), m.end(), m.group(0), "field"))
        if "(" in text:
            for m in v.bracketed.finditer(text, a, b):
                if len(m.group(0).split()) >= 2 and not _glosses_a_noun(text, m.start(), m.group(0)):
                    found.append(Placeholder(m.start(), m.end(), m.group(0), "field"))
        for m in (v.after_address.finditer(text, _tail_of(text, a, b, v.address_runs), b)
                  if _ends_on_a_head(text, a, b, v) else ()):
            if len(m.group("f").split()) < 2:  # "Dear Mrs. Name,": a one-word slot, judged with the interview
                continue
            found.append(Placeholder(m.start("f"), m.end("f"), m.group("f"), "field"))
        m = v.line.fullmatch(text, a, b)
        if m and len(m.group("f").split()) >= 2 and not _is_label(text, m.end()):
            found.append(Placeholder(m.start("f"), m.end("f"), m.group("f"), "field"))
    return found


#: a lower-case word and a space right before a bracket ("the users details (", "two columns (")
_AFTER_LOWER_WORD: Final = LazyPattern(r"[a-z][a-z'’-]* $")


def _glosses_a_noun(text: str, start: int, bracket: str) -> bool:
    """Is the bracketed field list at ``start`` a gloss of the noun before it, its items set apart by commas,
    all in lower case, with no "your" ("listing the users details (name, email, address)", "the form's
    fields (name, phone)"; thirtieth ad-101)? It lists what that noun holds, in a sentence; a template's
    slot stands where the text goes ("Sincerely, (name, title)", "(your name and credentials)")."""
    if "," not in bracket or not bracket.islower() or "your" in bracket:
        return False
    return _AFTER_LOWER_WORD.search(text, max(0, start - 30), start) is not None


def _ends_on_a_head(text: str, a: int, b: int, v: _Vocabulary) -> bool:
    """Whether the line ``text[a:b]`` ends with a field head ("name", "title" ...; any case), after its
    trailing spaces, one stop and spaces again: what every ``after_address`` match ends with."""
    j = b
    while j > a and text[j - 1] in " \t":
        j -= 1
    if j > a and text[j - 1] in ",:!.;":
        j -= 1
        while j > a and text[j - 1] in " \t":
            j -= 1
    tail = text[max(a, j - v.address_head_len):j].replace("\u2019", "'")
    # letters outside ASCII (a dotted "İ" folds to "i" in the pattern, to two letters in lower()): searched
    return not tail.isascii() or tail.lower().endswith(v.address_heads)


def _lines_with(text: str, stems: tuple[str, ...], folded: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds one of the lower-case ``stems``, in any case
    (``folded``: ``text.lower()``, when the caller has it)."""
    folded = text.lower() if folded is None else folded
    if len(folded) != len(text):  # ("İ" lowers to two characters: offsets would shift) line by line
        from .structure import _lines

        return [(a, b) for a, b in _lines(text) if any(w in text[a:b].lower() for w in stems)]
    hits = []
    for w in stems:
        i = folded.find(w)
        while i >= 0:
            hits.append(i)
            i = folded.find(w, i + 1)
    lines: list[tuple[int, int]] = []
    for i in sorted(hits):
        if lines and i < lines[-1][1]:
            continue
        a = max(text.rfind("\n", 0, i), text.rfind("\r", 0, i)) + 1
        ends = [j for j in (text.find("\n", i), text.find("\r", i)) if j >= 0]
        lines.append((a, min(ends) if ends else len(text)))
    return lines


def _is_label(text: str, end: int) -> bool:
    """A form label with its value after it ("Phone Number: 555 0100"), not an empty field."""
    rest = text[end:end + 40]
    rest = rest[:min((i for i in (rest.find("\n"), rest.find("\r")) if i >= 0), default=len(rest))]
    return rest.lstrip(" \t").startswith(":") and bool(rest.lstrip(" \t")[1:].strip())


_CAPS_WORD: Final = LazyPattern(r"[A-Z][A-Z'’-]{1,30}")


def _shouted(text: str, start: int, end: int) -> bool:
    """Another all-caps word next to ``text[start:end]`` on its line: a shouted sentence, not a field."""
    left = text[max(0, start - 32):start].rstrip(" \t,")
    right = text[end:end + 32].lstrip(" \t,")
    before = left.rsplit(None, 1)[-1] if left.split() and left[-1:] not in "\r\n" else ""
    after = right.split(None, 1)[0] if right.split() and right[:1] not in "\r\n" else ""
    return any(_CAPS_WORD.fullmatch(w.strip(".,:;!?\"“”()")) for w in (before, after) if w)


_XRUN: Final = LazyPattern(r"(?<![^\W\d_])(?:X{2,12}|x{2,12})(?![^\W\d_])")
#: a capital X-run with an ordinal's ending: a date's day left blank ("the XXth of March", "XXst")
_XRUN_ORDINAL: Final = LazyPattern(r"(?<![^\W\d_])X{1,2}(?:st|nd|rd|th)(?![^\W\d_])")
_SEPARATORS: Final = " \t,./:-()"


def _xrun_placeholders(text: str) -> list[Placeholder]:
    """Runs of X standing for digits: "Jan 12, XXXX", "20XX", "(555) XXX-XXXX", "$XX,XXX", "March XX", "the
    XXth"."""
    months = _vocabulary().months
    found: list[Placeholder] = []
    for m in _XRUN.finditer(text):
        s, e = m.span()
        if found and found[-1].end > s:
            continue  # already inside the number found with the run before
        if _status_class(text, s, e, months):
            continue  # "HTTP 5xx", "4XX errors": a class of codes, no digits left out
        if any(_number_beside(text, s, e, side, months) for side in (-1, 1)):
            # the whole number: digits, runs of the same X and the marks joining them ("XXX-XXXX", "20XX")
            keep = "0123456789/.,:-" + text[s]
            while s > 0 and text[s - 1] in keep and e - s < 40:
                s -= 1
            while e < len(text) and text[e] in keep and e - s < 40:
                e += 1
            while text[s] in "/.,:-":
                s += 1
            while text[e - 1] in "/.,:-":
                e -= 1
            found.append(Placeholder(s, e, text[s:e], "x-run"))
    if "X" in text:
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "x-run") for m in _XRUN_ORDINAL.finditer(text))
    return found


#: a class of status codes: one digit from 1 to 5, then two x's of one case ("5xx", "4XX"), no word character,
#: currency sign or hash before it
_STATUS_CLASS: Final = LazyPattern(r"(?<![\w$€£#])[1-5](?:xx|XX)(?!\w)")


def _status_class(text: str, s: int, e: int, months: frozenset[str]) -> bool:
    """Is the x-run ``text[s:e]`` the tail of a class of status codes ("HTTP 5xx", "retry on 5XX, not 4xx",
    "2xx/3xx")? A digit from 1 to 5 alone before two x's names every code of its hundred: nothing is left to
    fill in. A run in a longer number stays a blank ("20XX", "0XX XXX XXXX", "xx/xx/2024", "$5XX"): another
    digit or X-run next to it, other than another such class ("2xx/3xx")."""
    if e - s != 2 or s < 1 or _STATUS_CLASS.match(text, s - 1) is None:
        return False
    if _number_beside(text, s - 1, s, -1, months):
        return False  # "15XX", "(555) 5XX": a number with a digit's run left blank
    if not _number_beside(text, s, e, 1, months):
        return True
    after = e
    while after < len(text) and text[after] in _SEPARATORS and after - e < 3:
        after += 1
    return _STATUS_CLASS.match(text, after) is not None  # "2xx/3xx": another class after it


def _number_beside(text: str, s: int, e: int, side: int, months: frozenset[str]) -> bool:
    """Whether a digit, a currency sign, a month or another X-run stands right before (``side`` -1) or
    after (1) the X-run ``text[s:e]``, across at most three separators on its line. A lower-case run
    ("xx", also a kiss) needs a digit or an X-run joined to it without a space ("xx/xx/2025")."""
    pos = s - 1 if side < 0 else e
    seps = ""
    while 0 <= pos < len(text) and text[pos] in _SEPARATORS and len(seps) < 3:
        seps += text[pos]
        pos += side
    if not 0 <= pos < len(text) or (" " in seps or "\t" in seps) and text[s].islower():
        return False
    ch = text[pos]
    if ch.isdigit() or side < 0 and not seps and ch in "$€£#":
        return True
    if not ch.isalpha():
        return False
    a, b = pos, pos + 1  # the word there
    while a > 0 and text[a - 1].isalpha() and pos - a < 12:
        a -= 1
    while b < len(text) and text[b].isalpha() and b - pos < 12:
        b += 1
    word = text[a:b]
    if text[s].isupper() and word.lower() in months:
        return True  # "March XX", "XX Oct 2025"
    return bool(seps) and len(word) >= 2 and set(word) <= {text[s]}  # "XX/XX/XXXX", "XXX-XXXX", "XXX XXXX"


_WORD_BEFORE: Final = LazyPattern(r"([^\W\d_][\w'’-]*)[ \t]+$")


def _blank_placeholders(text: str) -> list[Placeholder]:
    """Letters repeated where a word belongs: "XXX Organization", "the YYY industry", "Company XYZ"; and a row
    of marks or an elided bracket there ("the post of .......... as scheduled", "our talk about [...]")."""
    v = _vocabulary()
    if not any(n in text for n in v.blank_needed):
        return []
    found: list[Placeholder] = []
    for m in v.blank.finditer(text):
        if m.group(0) == "XXX":  # a numeral after a name ("Super Bowl XXX"), unless the name is a field word
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before and before.group(1)[:1].isupper() and before.group(1).lower() not in v.qualifiers:
                continue
        found.append(Placeholder(m.start(), m.end(), m.group(0), "blank"))
    if any(map(text.__contains__, v.row_needed)):
        found.extend(_row_blanks(text))
    return found


#: a page number after a row of dots: a table of contents' leader ("Overview of the role ........ 3")
_PAGE_AFTER: Final = LazyPattern(r"[ \t]*\d")


def _row_blanks(text: str) -> list[Placeholder]:
    """A row of marks ([blanks] ``rows``: dots, dashes, ellipses) or an elided bracket ("[...]", "(…)") set
    apart by spaces where a word belongs: after a word that wants its object (``lower_after``), a title or a
    greeting's word (``greetings`` of [format_slots]: "Hi [...],") ("for the post of .............. as
    scheduled", "our discussion about [...]", "Dear Mr. ......,";
    thirty-fourth ah-308, ah-317). Not a pause glued to its word ("I was... nervous"), a leader before a page
    number, a row after a label ("Signature: ......") or alone on its line, an elided list after a noun
    ("dependencies (...) tripped me up"), nor a quotation's elision (in quotation marks or a "> " line)."""
    v = _vocabulary()
    titles = vocabulary().titles
    found: list[Placeholder] = []
    quotes: list[tuple[int, int]] | None = None
    for m in v.row.finditer(text):
        s, e = m.span()
        before = _TITLE_BEFORE.search(text, max(0, s - 40), s)
        if before is None:
            continue
        word = before.group(1).lower()
        if word not in v.lower_after and word not in titles and word not in v.format_greetings:
            continue
        if m.group(0)[0] == "." and _PAGE_AFTER.match(text, e):
            continue  # a table of contents' leader
        line_start = max(text.rfind("\n", 0, s), text.rfind("\r", 0, s)) + 1
        if text[line_start:s].lstrip(" \t").startswith(">"):
            continue  # a quoted line: the elision is the quotation's
        if quotes is None:
            quotes = [q.span() for q in _QUOTATION.finditer(text)] if '"' in text or "“" in text else []
        if any(lo < s and e < hi for lo, hi in quotes):
            continue
        found.append(Placeholder(s, e, m.group(0), "blank"))
    return found


#: a labelled form field with nothing after its colon, on a line of its own ("- Goal:", "Deliverables:"), a
#: list marker perhaps before it; the label up to six words, the first capitalised
_EMPTY_FIELD: Final = LazyPattern(r"^[ \t]*(?P<mark>(?:[-*•+]|\d{1,2}[.)])[ \t]+)?(?P<label>[A-Z][\w'’()/&-]*"
                                 r"(?:[ \t]+[\w'’()/&-]+){0,5}[ \t]*:)[ \t]*\r?$", re.MULTILINE)


def _empty_fields(text: str) -> list[Placeholder]:
    """A form left unfilled: several labelled fields in a row, each with nothing after its colon ("- Goal:\n-
    Deliverables:\n- Data access needed:"), two or more as list items, three or more as plain lines, the
    filled fields among or just above them counted ("Name: Tunde Bello\nPosition:\nAvailable from:", two
    empty, is a form partly filled). One label alone is a heading before its list ("Key highlights:"), and
    a field with its value ("Attachments: CV.pdf") is filled."""
    found: list[Placeholder] = []
    run: list[re.Match[str]] = []
    filled = 0

    def close() -> None:
        listed = all(m.group("mark") for m in run)
        if len(run) >= 2 and len(run) + (0 if listed else filled) >= (2 if listed else 3):
            found.extend(Placeholder(m.start("label"), m.end("label"), m.group("label"), "empty-field") for m in run)
        run.clear()

    for m in _EMPTY_FIELD.finditer(text):
        if not m.group("mark") and _FILLED_FIELD.match(text, min(len(text), m.end() + 1)):
            close()  # a heading over filled fields ("As promised:" then "Candidate: Tunde Bello")
            continue
        if run and (_between_fields(text, run[-1].end(), m.start())
                    or bool(run[-1].group("mark")) != bool(m.group("mark"))):
            close()  # (a plain label before list items is their heading: "Here is the plan we agreed:")
        if not run:
            filled = sum(1 for f in _FILLED_FIELD.finditer(text, max(0, m.start() - 400), m.start())
                         if not _between_fields(text, f.end(), m.start()))
        else:
            filled += len(_FILLED_FIELD.findall(text, run[-1].end(), m.start()))
        run.append(m)
    close()
    return found


#: a form field with its value on one line ("Name: Tunde Bello"), the label up to four words
_FILLED_FIELD: Final = LazyPattern(r"^[ \t]*[A-Z][\w'’()/&-]*(?:[ \t]+[\w'’()/&-]+){0,3}[ \t]*:[ \t]*\S[^\n\r]{0,60}\r?$",
                                  re.MULTILINE)


def _between_fields(text: str, end: int, start: int) -> bool:
    """Whether anything but line breaks and filled form fields stands between two fields."""
    gap = text[end:start]
    return bool(_FILLED_FIELD.sub("", gap).strip())


_LOWER_XRUN: Final = LazyPattern(r"(?<![\w'’-])x{3,12}(?=['’]s(?![\w'’-])|(?![\w'’-]))")  # "xxxxx's" too
_LINE_END_AFTER: Final = LazyPattern(r"[ \t.,;:!?]*(?:\r|\n|$)")


def _lower_blanks(text: str) -> list[Placeholder]:
    """A lower-case run of x where a word belongs: "our conversation about xxxxx", "your team handles xxxxx
    every week"; not kisses, at the end of a line or after a comma or a sentence's end ("Speak soon, xxx")."""
    after = _vocabulary().lower_after
    found: list[Placeholder] = []
    for m in _LOWER_XRUN.finditer(text):
        s, e = m.span()
        before = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if _masked_name_before(text, s):
            found.append(Placeholder(s, e, m.group(0), "blank"))
            continue  # "Ms. xxxxx xxxxxxx,": a name masked after a title, whatever follows it
        if before is None or before.group(1).lower() not in after:
            lead = text[max(0, s - 40):s].rstrip(" \t")
            if not lead or lead[-1] in ",.!?;:\r\n" or _LINE_END_AFTER.match(text, e):
                continue
        found.append(Placeholder(s, e, m.group(0), "blank"))
    return found


def _masked_name_before(text: str, start: int) -> bool:
    """Whether the word before a lower-case x-run at ``start`` makes it a masked name: a title ("Ms.
    xxxxx", "Dr xxxx") or another such run after one ("Ms. xxxxx xxxxxxx")."""
    before = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if _LOWER_XRUN.fullmatch(word):
        return _masked_name_before(text, before.start())
    return word.lower() in vocabulary().titles


#: the word before a place, a title's full stop allowed ("Ms. ")
_TITLE_BEFORE: Final = LazyPattern(r"([^\W\d_][\w'’-]*)\.?[ \t]+$")
#: a word masked after its first letter ("Exxx Pxxxxxx Schools", "Mr. Jxxxx"): a capital, then x's only
_MASKED_WORD: Final = LazyPattern(r"(?<![\w'’-])[A-WYZ]x{2,12}(?![\w-])")
#: a date written as its format ("yy-yy-yyyy", "dd/mm/yyyy", "MM.DD.YY"): three runs of d, m or y joined by
#: one mark, a year's run among them
_DATE_MASK: Final = LazyPattern(r"(?<![\w'’-])(?:(?:[dmy]{1,4}(?P<s>[-/.])[dmy]{1,4}(?P=s)[dmy]{1,4})"
                               r"|(?:[DMY]{1,4}(?P<t>[-/.])[DMY]{1,4}(?P=t)[DMY]{1,4}))(?![\w'’-])")
#: a run of hashes where a number belongs, after a word on its line ("ISD ###", "Room ##"); a heading's
#: marks open their line ("### Notes") and "C#" has no space before its mark
_HASH_RUN: Final = LazyPattern(r"(?<=[^\W_][ \t])#{2,12}(?![#\w])")
#: the capitalised word a number's hashes follow ("ISD ###", "Room ##"): a prose word before them ("use ###
#: for headings") writes the marks themselves
_HASH_OWNER: Final = LazyPattern(r"(?:^|(?<=[^\w'’-]))[A-Z][\w'’.-]*[ \t]$")
#: a date's format named as one, beside the mask ("the date format dd/mm/yy", "in DD.MM.YYYY form"): the
#: writer speaks of the format, nothing left to fill
_FORMAT_NAMED: Final = LazyPattern(r"(?i)\bformat(?:s|ted)?\b|\bform\b|\bnotation\b|\bstyle\b")


def _masked_words(text: str, folded: str | None = None) -> list[Placeholder]:
    """Text masked by its writer or a template: a word written as its first letter and x's ("Exxx
    Pxxxxxx Schools"), a date as its format ("on yy-yy-yyyy"), a number as hashes ("ISD ###"), and a
    filler word of ``fillers`` ([stand_ins] in data/placeholders.toml) capitalised to open a name ("Blah
    blah Middle School", "Yada Yada Inc.")."""
    found: list[Placeholder] = []
    if "xx" in text:
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "blank") for m in _MASKED_WORD.finditer(text))
    if "yy" in (text.lower() if folded is None else folded):
        for m in _DATE_MASK.finditer(text):
            if "yy" in m.group(0).lower() and not _FORMAT_NAMED.search(
                    text[max(0, m.start() - 30):m.start()] + " " + text[m.end():m.end() + 30]):
                found.append(Placeholder(m.start(), m.end(), m.group(0), "x-run"))
    if "##" in text:
        for m in _HASH_RUN.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if (not text[line_start:m.start()].lstrip().startswith("#")
                    and _HASH_OWNER.search(text, line_start, m.start()) is not None):
                found.append(Placeholder(m.start(), m.end(), m.group(0), "x-run"))
    v = _vocabulary()
    filler = v.filler
    if filler is not None and any(w in text for w in v.filler_needed):  # (a 1 MB text: six scans in C)
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "stand-in") for m in filler.finditer(text))
    return found


def _notes_to_self(text: str) -> list[Placeholder]:
    """A note the writer left to themselves in brackets, to act on before sending: "(add Figma link before
    sending)", "[paste the repo URL here]", "(TODO: check the date)", "(check this)"."""
    v = _vocabulary()
    found = []
    if ("(" in text and ")" in text or "[" in text and "]" in text) and _may_open_note(text, v.note_firsts):
        # (a note is bracketed on both sides, and opens with one of its first words)
        for m in v.note_to_self.finditer(text):
            if (m.group("o"), m.group("c")) in (("(", ")"), ("[", "]")):
                found.append(Placeholder(m.start(), m.end(), m.group(0), "note-to-self"))
        for m in v.checking_note.finditer(text):
            if (m.group(0)[0], m.group(0)[-1]) in (("(", ")"), ("[", "]")):
                found.append(Placeholder(m.start(), m.end(), m.group(0), "note-to-self"))
    if (":" in text or "-" in text or "–" in text or "—" in text) and _may_hold(text, v.open_note_cues):
        found.extend(Placeholder(m.start(), m.end(), m.group(0).rstrip(" \t"), "note-to-self")
                     for m in v.open_note.finditer(text) if not _HEADING_MARKS.search(text, max(0, m.start() - 8),
                                                                                      m.start()))
    return found


#: a Markdown heading's marks alone before an open-note marker on its line (one or more "#", then the marker
#: word and "- not included" or ":"): the heading of a section listing the work left for the reader, not a
#: note left in (thirty-first ae-104)
_HEADING_MARKS: Final = LazyPattern(r"(?:^|[\n\r])[ \t]{0,3}#{1,6}[ \t]*$")


#: an opening bracket and the letters of the word after it (ASCII)
_BRACKET_WORD: Final = LazyPattern(r"[(\[][ \t]*([A-Za-z]+)")
_ASCII_LETTERS: Final = LazyPattern(r"[A-Za-z]+")


def _leading_letters(entries: list[str]) -> frozenset[str] | None:
    """The lower-cased ASCII letters each of ``entries`` starts with ("double-check": "double"), or None
    when one starts otherwise."""
    out = set()
    for entry in entries:
        m = _ASCII_LETTERS.match(entry)
        if m is None:
            return None
        out.add(m.group().lower())
    return frozenset(out)


def _may_open_note(text: str, firsts: frozenset[str] | None) -> bool:
    """Can a bracketed note open in ``text``: is a bracket followed by one of ``firsts`` as a whole word of
    letters? Each entry is followed by a character other than a letter where it matches (a space, the
    closing bracket, a word boundary), so the word after the bracket is the entry's own letters. Decided
    only for an ASCII text (a case-blind match finds "ſ" as "s"; lower-casing does not); a 1 MB text of 80,000
    brackets is searched for a word after each, in C, instead of trying the notes' alternatives at each."""
    if firsts is None or not text.isascii():
        return True
    return not firsts.isdisjoint(map(str.lower, _BRACKET_WORD.findall(text)))


#: letters a case-blind pattern also matches as a character that lower-cases to itself ("ı", "ſ")
_CASE_BLIND_ODD: Final = "is"


def _cues_of(markers: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(markers in capitals, the lower-case start of the others) that a text must hold one of for a pattern
    of these markers (capitals as written, the rest in any case) to match; ``None`` when one has no such
    start."""
    upper = tuple(w for w in markers if w.isupper())
    lower = []
    for w in markers:
        if w.isupper():
            continue
        w = w.lower()
        cut = min((i for i in (w.find(ch) for ch in _CASE_BLIND_ODD) if i >= 0), default=len(w))
        if cut == 0:
            return None
        lower.append(w[:cut])
    return upper, tuple(lower)


def _may_hold(text: str, cues: tuple[tuple[str, ...], tuple[str, ...]] | None) -> bool:
    """Can a pattern with these cues (see :func:`_cues_of`) match in ``text``? (substring scans, much cheaper
    than the pattern's own scan of every position)"""
    if cues is None:
        return True
    upper, lower = cues
    if any(w in text for w in upper):
        return True
    low = text.lower() if lower else ""
    return any(w in low for w in lower)


def _instructions(text: str) -> list[Placeholder]:
    """A template's instruction left in outside brackets: "Insert a sentence about a topic you discussed.",
    "the INSERT ROLE position" (see [instructions] in data/placeholders.toml)."""
    found = []
    for m in _vocabulary().instruction.finditer(text):
        group = "i" if m.group("i") is not None else "c"
        if group == "c" and (_shouted(text, m.start(group), m.end(group))
                             or not _vocabulary().slot_words.search(m.group(group).split(None, 1)[1])):
            continue  # a shouted sentence or a program's ("INSERT INTO orders"), not a field
        if group == "i" and _readers_own_value(m.group(group)):
            continue  # "Insert your API KEY by opening lookup.go": a setup step, the reader's own value
        found.append(Placeholder(m.start(group), m.end(group), m.group(group), "instruction"))
    return found


def _readers_own_value(instruction: str) -> bool:
    """Is the object of an instruction ("Insert your API KEY by ...") a value of the reader's own machine or
    account ("your API key", "your access token")? Setup steps leave it to the reader on purpose."""
    parts = instruction.split(None, 1)
    return len(parts) == 2 and _vocabulary().reader_value.match(parts[1]) is not None


def _dummy_contacts(text: str) -> list[Placeholder]:
    """A model letter's dummy contact details: "yourname@email.com", "123 Any Street, Anytown" (see
    [emails] and [places] in data/placeholders.toml)."""
    v = _vocabulary()
    found: list[Placeholder] = []
    if "@" in text:
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "dummy-email") for m in v.dummy_email.finditer(text))
    if _holds_any(text, v.place_cues, v.place_cue):
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "stand-in-place")
                     for m in v.stand_in_place.finditer(text))
    return found


def greeting_letters(text: str, names: tuple[tuple[int, int, str], ...]) -> list[Placeholder]:
    """The greeting's name words when each is a letter a template puts where the name goes, alone or
    repeated ("Dear X,", "Dear Mr. X,", "Hello xx,"); a letter beside a name ("Malcolm X") is a name's."""
    letters = _vocabulary().letters
    if not names or not all(len(set(w.lower())) == 1 and w[:1].lower() in letters for _, _, w in names):
        return []
    return [Placeholder(a, b, text[a:b], "blank") for a, b, _ in names]


_PHONE: Final = LazyPattern(r"(?<![\w+/.-])(?:\(\d{3}\)[ \t]?|\d{3}[ \t.-])?(\d{3})[ \t.-](\d{4})(?![\w/-])")
# the part every match of ``_PHONE`` holds (groups 1 and 2): a cheap search before the full one, whose
# lookbehind is tried at every position of the text (~20 us per ordinary draft, 0.05 s per MB)
_PHONE_CORE: Final = LazyPattern(r"\d{3}[ \t.-]\d{4}")
#: a telephone number in another country's shape: "+" and a country code, a trunk "0" or an area code in
#: brackets first, then groups of digits ("0455 555 555", "+44 20 7946 0000", "(02) 5550 1234")
_WORLD_PHONE: Final = LazyPattern(r"(?=[+(0])(?<![\w+/.-])(?:\+\d{1,3}[ \t.-]?(?:\(0\)[ \t]?)?\d{1,5}|\(0?\d{1,4}\)[ \t]?\d{2,5}|0\d{1,5})"
                                 r"(?:[ \t.-]\d{2,6}){1,3}(?![\w/-])")


#: the form's sample number: all ten digits counting up from one ("(123) 456-7890")
_COUNTING: Final = "1234567890"


def _dummy_phones(text: str) -> list[Placeholder]:
    """A dummy telephone number left where the candidate's goes: "(555) 555-5555", "000-0000" (seven
    local digits all one digit), "(123) 456-7890" (ten counting up; see the note on phones in
    data/placeholders.toml)."""
    if text.isascii() and digitless(text) or _PHONE_CORE.search(text) is None:
        return []
    found = []
    for m in _PHONE.finditer(text):
        if is_dummy_phone(m):
            found.append(Placeholder(m.start(), m.end(), m.group(0), "dummy-number"))
    return found


def is_dummy_phone(m: re.Match[str]) -> bool:
    """Whether a match of ``_PHONE`` is a dummy: seven local digits all one, or ten counting up."""
    return len(set(m.group(1) + m.group(2))) == 1 or re.sub(r"\D", "", m.group(0)) == _COUNTING


def _world_dummy_phones(text: str) -> list[Placeholder]:
    """A dummy telephone number in another country's shape: "0455 555 555", "07700 900000", "(02) 5550
    1234" (see [phones] in data/placeholders.toml)."""
    if text.isascii() and digitless(text) or "0" not in text and "+" not in text:
        return []
    found = []
    fictional = _vocabulary().fictional
    for m in _WORLD_PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if m.group(0).startswith("+"):
            codes = [code for code, _ in fictional if digits.startswith(code)]
            national = digits[len(codes[0]):] if codes else digits
            national = national[1:] if national.startswith("0") else national  # "+44 (0) 20 ..."
        else:
            codes, national = [], digits[1:] if digits.startswith("0") else digits
        if len(digits) >= 9 and (len(set(digits[-6:])) == 1 or (len(set(digits[-4:])) == 1 or digits.endswith("1234"))
                                 and any(national.startswith(prefix) and (not codes or code in codes)
                                         for code, prefix in fictional)):
            found.append(Placeholder(m.start(), m.end(), m.group(0), "dummy-number"))
    return found


#: a dummy number of an address line: zeros only ("000 High St.", "00000"), or a postal code counting up
#: from one ("IN 12345", "12345-6789", a PIN "123456"), as model letters print them
_DUMMY_POSTAL: Final = LazyPattern(
    r"(?<![\w.,/-])(?:0{2,}(?:-0{4})?|12345(?:6|-6789)?(?![ \t]+[A-Za-z]))(?![\w/-])"  # (not a house number)
)


def _dummy_postal(text: str) -> list[Placeholder]:
    """A dummy house number or postal code left in a letter's address block: "000 High St.", "Wells, New
    Mexico 00000", "Write City, IN 12345" (zeros only, or a code counting up from one, on a postal address
    line; no street is numbered with zeros, and a code counting up is the model letter's)."""
    from .postal import in_postal_line

    return [Placeholder(m.start(), m.end(), m.group(0), "dummy-number") for m in _DUMMY_POSTAL.finditer(text)
            if in_postal_line(text, m.start())]


#: a dash or a short blank standing alone after the salutation, where the name goes: "Hi —", "Dear __,"
#: (a row of dots or an elided bracket too: "Dear ......,", "Hi [...],")
_NAME_BLANK: Final = LazyPattern(r"[ \t]+(?P<b>[—–]|-{1,12}|_{1,2}|\.{2,12}|…{1,6}|[\[(](?:\.{3,5}|…)[\])])[ \t]*[,:!]?[ \t]*$",
                                 re.MULTILINE)


def greeting_blank(text: str, salutation_end: int, line_end: int) -> Placeholder | None:
    """The blank left where a greeting's name goes ("Hi —", "Dear –,", "Dear __,"): the salutation, then
    only a dash or a short blank on its line (not "Hi — thanks for today", where the dash joins the text)."""
    m = _NAME_BLANK.match(text, salutation_end, line_end)
    return None if m is None else Placeholder(m.start("b"), m.end("b"), m.group("b"), "blank")


#: a repository named as "owner/name" (a code host's notification tags its subject so); "[Name/Title]",
#: whose first part is a slot word, stays a slot
_REPOSITORY: Final = LazyPattern(r"(?P<owner>[A-Za-z0-9][\w.-]{0,38})/[\w.-]{1,100}$")


@lru_cache(maxsize=4096)
def _bracket_is_placeholder(text: str) -> bool:
    """Is the bracketed ``text`` ("[Name]", "[1]", "[x]") a slot? (Remembered: a template's slots recur
    from note to note.)"""
    if _CITATION.match(text) or _CHECKBOX.match(text):
        return False
    inner = text[1:-1].strip()
    if not inner or inner[0] in "\"'" or not any(c.isalpha() for c in inner):
        return False  # a quoted key or a list of numbers ('dict["key"]', "[1, 2, 3]") is a program's, not a slot
    if "://" in inner or "@" in inner and " " not in inner:
        return False
    v = _vocabulary()
    if v.reader_value.fullmatch(inner) is not None or v.reader_note.match(inner) is not None:
        return False  # a value the reader types ("[your_domain]") or a note to the reader ("[Make sure ...]")
    slug = _REPOSITORY.match(inner)
    if slug is not None and not _vocabulary().slot_words.search(slug.group("owner")):
        return False  # "Re: [ColumbiaBuildLab/2020-Coding-Challenge] ...": a repository's tag, not a slot
    if " ".join(inner.replace("-", " ").split()).lower() in v.status_tags:
        return False  # the writer's status of an item of their work ("- [PARKED] Used Hono", "[DONE]")
    figure = any(c.isdigit() for c in inner)  # a value written in: "[Q3 2024]", "[9am-5pm EAT]"
    if inner.isupper() and len(inner) > 1 and not figure:  # [NAME], [TBD], [REDACTED]
        return True
    words = inner.lower().split()
    if (len(words) >= 3 and words[0] in ("my", "our")
            and not any(w.strip(".,;:!?") in _vocabulary().address_heads for w in words)):
        return False  # the writer's aside ("the night desk [my first real job] taught me"); a template
        # speaks to its user ("[your strongest skill]"), and "[my phone number]" is still a field
    if (v.slot_words.search(inner) or _names_a_link(inner)
            or _INSTRUCTION.match(inner) and not _TO_WRITER.match(inner)):
        return True  # a slot word, the link's ("[link to repo]"), or an instruction ("[Add closing line]"; not
        # "[add me on LinkedIn]")
    # A short capitalised phrase in brackets is a slot ("[Acme]" is rare in real prose); one that holds a
    # figure is a value written in ("[9am-5pm EAT]", "[Q3 2024]")
    words = inner.split()
    return (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w[:1].isalpha())
            and not figure)


def _names_a_link(inner: str) -> bool:
    """Does a bracket's text name the link that belongs there ("link to repo", "repo URL"): a link word
    among its first two words? A note with a label ("EDIT: fixed the broken link above") tells of one."""
    return ":" not in inner and _vocabulary().link_word.search(" ".join(inner.split()[:2])) is not None


def _tail_of(text: str, a: int, b: int, runs: int) -> int:
    """Where the last ``runs`` runs of characters other than spaces and tabs of the line ``text[a:b]`` begin
    (``a`` when it holds fewer): a match that must end the line and spans at most that many runs starts
    there or later (the lookbehind still sees the character before)."""
    i = b
    for _ in range(runs):
        i = a + len(text[a:i].rstrip(" \t"))
        if i <= a:
            return a
        i = max(text.rfind(" ", a, i), text.rfind("\t", a, i)) + 1 or a
        if i <= a:
            return a
    return i


#: a reply's or forward's prefix, then the tags an issue title may begin with ("Re: [WIP][Submission] ...")
_REPLY_PREFIX: Final = LazyPattern(r"[ \t]*(?:(?:re|fwd?|aw|sv)[ \t]*:[ \t]*)*", re.IGNORECASE)
_LEADING_TAG: Final = LazyPattern(r"\[[ \t]*(?:(\w+)[ \t]+)?(\w+(?:-\w+)?)[ \t]*\][ \t]*[:\-–—|]?[ \t]*")


def without_issue_tags(subject: str, found: list[Placeholder], *, lines: bool = False) -> list[Placeholder]:
    """``found`` without the tags an issue title begins with: a word of ``[brackets] issue_tags`` alone in
    square brackets at the start of the subject (after "Re:"), one tag after another ("[ASK] : When will the
    result be announced?", "[WIP][Submission] Backend task"). Not a slot: "[Job Title] follow-up" is.
    With ``lines``, at the start of every line (a body on GitHub: "[WIP] the queue branch is not done")."""
    if not found or "[" not in subject:
        return found
    tags, spans = _vocabulary().issue_tags, set()
    starts = [m.start() for m in _LINE_OPENING_TAG.finditer(subject)] if lines else [0]
    for start in starts:
        prefix = _REPLY_PREFIX.match(subject, start)   # (matches always: every part of it is optional)
        at = start if prefix is None else prefix.end()
        while (m := _LEADING_TAG.match(subject, at)) is not None and _is_issue_tag(m, tags):
            spans.add((m.start(), m.start() + len(m.group(0).rstrip(" \t:-–—|"))))
            at = m.end()
    return [p for p in found if (p.start, p.end) not in spans] if spans else found


#: a line that opens with a square bracket (after its indent)
_LINE_OPENING_TAG: Final = LazyPattern(r"^[ \t]*(?=\[)", re.MULTILINE)


def _is_issue_tag(m: re.Match[str], tags: frozenset[str]) -> bool:
    """A tag word alone ("[ASK]", "[Follow-up]"), or after one word that is no slot word ("[Frontend Task]",
    "[Feedback Request]"; "[Your Question]" and "[Job Title]" stay slots)."""
    if m.group(2).lower() not in tags:
        return False
    return m.group(1) is None or _vocabulary().slot_words.search(m.group(1)) is None


#: a bracketed label opening its line (after a list marker, in emphasis perhaps) and its colon: "- **[UI
#: Enhancements]**: Improve ...", "[Note]: the build needs Node 20" (group 1: the bracket)
_BRACKET_LABEL: Final = LazyPattern(r"^[ \t]*(?:(?:[-*+•]|\d{1,2}[.)])[ \t]+)?(?:\*{1,2}|_{1,2})?(\[[^\[\]\n]{1,60}\])"
                                    r"(?:\*{1,2}|_{1,2})?[ \t]*:", re.MULTILINE)


def bracket_labels(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each bracketed label that heads the text after its colon, at the start of a line
    ("- **[Time Spent]**: Most time was spent on ...", thirty-fourth ah-112): neither a slot (the bracket
    pattern leaves it) nor prose, so its words do nothing ("[Email Notification System]" asks for no e-mail)."""
    if "]" not in text or ":" not in text:
        return ()
    return tuple(m.span(1) for m in _BRACKET_LABEL.finditer(text))


#: a list item opening on a label in bold, then the label's description ("- **Email after commit** (Celery), one
#: message per recipient", thirty-sixth aj-113; "* __Contact form__: validates ...", "1. **Reply queue:** a Redis
#: list"): group 1 or 2, the bold words
_EMPHASIS_LABEL: Final = LazyPattern(r"^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?:\*\*([^*\n]{1,60})\*\*|__([^_\n]{1,60})__)"
                                     r"(?:(?<=:\*\*)|(?<=:__)|(?=[ \t]*[(:,—–-]))", re.MULTILINE)
#: the writer or the reader named in a bold label ("- **Contact me**: jane@example.org"): a sentence of theirs,
#: no feature's name
_PERSON_IN_LABEL: Final = LazyPattern(r"\b(?:me|us|you|your|I|we)\b", re.IGNORECASE)


def emphasis_labels(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each label in bold that opens a list item and heads its description ("- **Email after
    commit** (Celery), one message per recipient ...", "1. **Reply queue:** a Redis list"): the name of a part
    of the work, so its words do nothing ("Email" there asks for no e-mail, as in ``bracket_labels``). A label
    that names the writer or the reader ("- **Contact me**: ...") is their sentence, set in bold."""
    if "**" not in text and "__" not in text:
        return ()
    out = []
    for m in _EMPHASIS_LABEL.finditer(text):
        k = 1 if m.group(1) is not None else 2
        if _PERSON_IN_LABEL.search(m.group(k)) is None:
            out.append(m.span(k))
    return tuple(out)


#: a quotation on one line, in straight or curly double quotes
_QUOTATION: Final = LazyPattern(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”')


def _without_editorial(text: str, found: list[Placeholder]) -> list[Placeholder]:
    """``found`` without the editor's brackets inside a quotation: a lower-case insertion that makes quoted
    words read ("she said "we [the ops team] own the yard""), not a slot. A capitalised slot ("[Company
    Name]"), "your" or an instruction in the brackets stays one."""
    editorial = [p for p in found if p.kind == "bracket" and p.inner[:1].islower() and not p.is_instruction
                 and not re.search(r"\byour\b", p.inner, re.IGNORECASE)]
    if not editorial:  # (the quotations looked for only when a slot could be an editor's: a 1 MB run of
        return found   # quote marks is not paired up for nothing)
    quotes = [m.span() for m in _QUOTATION.finditer(text)]
    if not quotes:
        return found
    inside = {id(p) for p in editorial if any(lo < p.start and p.end < hi for lo, hi in quotes)}
    return [p for p in found if id(p) not in inside]


def _unmade_choices(text: str) -> list[Placeholder]:
    """A template's choices left unmade: alternatives of one kind of data [choices] joined by "/", in
    brackets ("this (morning/afternoon)", "[he/she]", "(Mr./Ms.)") or bare after a word wanting one of them
    ("this morning/afternoon"). A pronoun declaration mixes the kinds ("(she/her)", "(he/they)"): clear."""
    v = _vocabulary()
    found = []
    for m in v.choice.finditer(text):
        bare = m.group("a") is None
        words = {w.strip(" \t.").lower() for w in (m.group("b") if bare else m.group("a")).split("/")}
        if len(words) >= 2 and any(words <= kind for kind in v.choice_sets):
            start, end = m.span("b") if bare else m.span()
            if bare and text[end - 1] == ".":
                end -= 1  # "this morning/evening.": the sentence's full stop
            found.append(Placeholder(start, end, text[start:end], "choice"))
    return found


def _may_hold_stand_in(text: str) -> bool:
    """Can ``_Vocabulary.stand_in`` match in ``text``? Each of its names holds "and" ("so-and-so") or "name"
    ("whatshername", "Bossname"), in any case; none of those letters matches another character case-blind."""
    low = text.lower()
    return "name" in low or "and" in low


def find_placeholders(text: str, *, tbd_ranges: tuple[tuple[int, int], ...] = (),
                      name_ranges: tuple[tuple[int, int], ...] = ()) -> list[Placeholder]:
    """Every placeholder in ``text``, sorted and non-overlapping.

    ``tbd_ranges`` are the ranges (the subject, the greeting) where a bare ``TBD``/``XXX`` is a slot;
    elsewhere only ``TBD``/``XXX`` in brackets counts (the bracket pattern finds it). ``name_ranges`` are
    where a name belongs (the subject, the greeting's words): a stand-in name there ("So-and-so") is a slot.
    """
    found: list[Placeholder] = []
    for (kind, pattern), needed, closer in zip(_PATTERNS, _NEEDED, _CLOSED_BY):
        if needed not in text or closer not in text:
            continue  # speed: the pattern cannot match without this substring and its closer
        # (the matches' offsets and texts taken, and the placeholders made, in C: a 1 MB template of
        # slots has 150,000)
        matches = list(pattern.finditer(text))
        tokens = list(map(_M_TEXT, matches))
        made = map(_made, map(_M_START, matches), map(_M_END, matches), tokens, repeat(kind))
        if kind == "bracket":  # (a template repeats its slots: "[Name]" judged once)
            verdicts = {token: _bracket_is_placeholder(token) for token in set(tokens)}
            found.extend(compress(made, map(verdicts.__getitem__, tokens)))
        elif kind == "brace":   # a URL template's parameter ("/route/{origin}", "?time={time}"), or a slot the
            # note tells the reader how to fill ("Instead of {id} write a number")
            found.extend(compress(made, [not (_path_parameter(text, m.start()) or _slot_explained(text, m.start()))
                                         for m in matches]))
        elif kind == "angle":
            tags = html_tag_names()  # "<Div>" is HTML, "<Role>" a slot
            found.extend(compress(made, [not ("@" in t or t[1:-1].lower() in tags or is_markup_tag(t))
                                         for t in tokens]))
        else:
            found.extend(made)
    for opener, pattern in _vocabulary().merge_tags:
        if opener in text:
            found.extend(Placeholder(m.start(), m.end(), m.group(0), "merge") for m in pattern.finditer(text))
    v = _vocabulary()
    if "@" in text and any(map(text.__contains__, v.razor_objects)):
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "merge") for m in v.razor.finditer(text))
    if "=" in text:
        found.extend(_formulas(text))
    if any(map(text.__contains__, v.prompt_firsts)):
        found.extend(_control_prompts(text))
    if '"' in text or "“" in text:
        found = _without_editorial(text, found)
    # each helper below is called only when the cheap test its own search starts with passes (the same
    # tests, made here: a helper's call and its empty list cost more than the test on a short text, the subject)
    v = _vocabulary()
    folded = text.lower()  # (read by several tests below: lowered once)
    if any(map(folded.__contains__, v.stems)):
        found.extend(_field_placeholders(text, folded))
    if "]" in text and "](" in text:
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "link") for m in v.link_slot.finditer(text))
    # (a multi-character `in` walks the whole text, ~0.5 us a draft; a character's is a memchr that stops at
    # the first one: each substring test below waits for one of its characters first)
    if ("X" in text and ("XX" in text or "Xst" in text or "Xth" in text or "Xnd" in text or "Xrd" in text)
            or "x" in text and "xx" in text):
        found.extend(_xrun_placeholders(text))
    if any(map(text.__contains__, v.blank_needed)):
        found.extend(_blank_placeholders(text))
    if ":" in text:
        found.extend(_empty_fields(text))
    if "x" in text and "xxx" in text:
        found.extend(_lower_blanks(text))
    if "xx" in text or "yy" in folded or "##" in text or v.filler is not None and any(map(text.__contains__, v.filler_needed)):
        found.extend(_masked_words(text, folded))
    if "_" in text:
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "variable") for m in v.snake.finditer(text))
    if "/" in text:
        found.extend(_unmade_choices(text))
    if any(map(text.__contains__, v.error_value_firsts)):
        found.extend(Placeholder(m.start(), m.end(), m.group(0), "error-value")
                     for m in v.error_value.finditer(text))
    if "%" in text or "$" in text or "{" in text and "}" in text:
        found.extend(_format_slots(text))
    if any(map(folded.__contains__, v.filler_text_cues)):
        found.extend(Placeholder(m.start(), m.end(), m.group(0).rstrip(" \t"), "filler-text")
                     for m in v.filler_text.finditer(text))
    ascii_digitless = text.isascii() and digitless(text)
    if not ascii_digitless:
        found.extend(_dummy_phones(text))
        found.extend(_world_dummy_phones(text))
    if "(" in text or "[" in text or ":" in text or "-" in text or "–" in text or "—" in text:
        found.extend(_notes_to_self(text))
    if _holds_any(text, v.instruction_cues, v.instruction_cue):
        found.extend(_instructions(text))
    if "@" in text or _holds_any(text, v.place_cues, v.place_cue):
        found.extend(_dummy_contacts(text))
    if "0" in text and "00" in text or "1" in text and "12345" in text:
        found.extend(_dummy_postal(text))
    for lo, hi in tbd_ranges if ("T" in text and "TB" in text or "X" in text and "XXX" in text
                                 or "x" in text and "xxx" in text) else ():
        for m in _TBD.finditer(text, lo, hi):
            found.append(Placeholder(m.start(), m.end(), m.group(0), "tbd"))
    if name_ranges:
        stand_in = v.stand_in
        for lo, hi in name_ranges:
            if not _may_hold_stand_in(text[lo:hi]):
                continue  # (the pattern's scan, ~4 us on a subject, spared)
            for m in stand_in.finditer(text, lo, hi):
                found.append(Placeholder(m.start(), m.end(), m.group(0), "stand-in"))
    if not found:
        return found
    if "[" in text and ("[x]" in text or "[X]" in text or "[ ]" in text):
        found = _outside_task_items(text, found)
    if ("`" in text or "~" in text and "~~~" in text) and found:
        found = _outside_code(text, found)
    # sorted by (start, -end), stably: the keys made in C (no Python call per placeholder), each pair as
    # one integer, start * (len(text) + 1) - end (compared faster than a tuple)
    starts = list(map(_P_START, found))
    ends = list(map(_P_END, found))
    keys = list(map(sub, map(mul, starts, repeat(len(text) + 1)), ends))
    result: list[Placeholder] = []
    last_end = -1
    for i in sorted(range(len(found)), key=keys.__getitem__):
        if starts[i] >= last_end:
            result.append(found[i])
            last_end = ends[i]
    return result


#: the start of a spreadsheet formula ([formulas] of the data): "=" after a line's start, a space or an opening
#: bracket, then a function's name in capitals and "(" (group "f"), or a cell's reference, a sheet perhaps before
#: it ("=A1", "=$C$7", "=Jobs!C7", "='Job list'!C3", "=Sheet1.B2"; group "r") that no word, "=" (quoted-printable
#: "=E2=80=99"), bracket, "!", "$" or "." and a word goes on from
_FORMULA: Final = LazyPattern(
    r"(?<![^\s(\[])=(?:(?P<f>[A-Z][A-Z0-9.]{0,19})\("
    r"|(?P<r>(?:(?:'[^'\n]{1,31}'|[A-Za-z_]\w{0,30})[!.])?\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?)"
    r"(?![\w=(!$]|\.\w))")
#: the longest formula read to its closing bracket
_FORMULA_MAX: Final = 200


def _formula_end(text: str, open_at: int) -> int:
    """Where the bracketed arguments opening at ``text[open_at]`` close (after the ")"), brackets nested and
    quoted strings skipped, on one line and within ``_FORMULA_MAX`` characters; -1 when they do not."""
    depth, quoted = 0, False
    for i in range(open_at, min(len(text), open_at + _FORMULA_MAX)):
        ch = text[i]
        if ch == "\n" or ch == "\r":
            return -1
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _formulas(text: str) -> list[Placeholder]:
    """A spreadsheet formula left unevaluated where its value belongs (thirty-fifth ai-316: "the
    =VLOOKUP(B7,Jobs!A:C,3,FALSE) position"; [formulas] of the data): a function's call in capitals or a cell's
    reference after a set-apart "=". Not "x = 5", nor a formula the text names as one ("the =SUMIFS(...)
    formula", "I used =XLOOKUP(...)")."""
    v = _vocabulary()
    found: list[Placeholder] = []
    for m in _FORMULA.finditer(text):
        s = m.start()
        e = m.end() if m.group("r") is not None else _formula_end(text, m.end() - 1)
        if e < 0:
            continue  # a bracket never closed: no call to read
        before = _FORMAT_WORD_BEFORE.search(text, max(0, s - 30), s)
        after = _FORMAT_WORD_AFTER.match(text, e)
        if (before is not None and before.group(1).lower() in v.formula_mention_verbs
                or after is not None and after.group(1).lower() in v.formula_mentions):
            continue  # the formula named as one, not a value left out
        found.append(Placeholder(s, e, text[s:e], "formula"))
    return found


#: a quotation mark right before a prompt: the prompt named ('the box still said "Choose an item."')
_OPENING_QUOTES: Final = frozenset("\"'“‘")


def _control_prompts(text: str) -> list[Placeholder]:
    """A word processor's form-control prompt left where its value belongs (thirty-fifth ai-304: "Click or tap
    here to enter a date." as a letter's date line; [prompts] of the data), as the program prints it; not one in
    quotation marks, which names it."""
    v = _vocabulary()
    return [Placeholder(m.start(), m.end(), m.group(0), "prompt") for m in v.prompt.finditer(text)
            if text[m.start() - 1:m.start()] not in _OPENING_QUOTES]


def is_control_prompt(line: str) -> bool:
    """Is ``line`` (stripped) a word processor's form-control prompt and nothing else ("Click or tap here to
    enter a date.")? A letter's head holds it where its date or an address belongs: a slot, not a sentence."""
    v = _vocabulary()
    return line.startswith(v.prompt_firsts) and v.prompt.fullmatch(line) is not None


#: a program's format specifier (data [format_slots]): printf's "%s", "%d", "%1$s"; Python's "%(company)s";
#: str.format's "{}" and "{0}"; a regex replacement's "$1" (not a price: "$1.50", "$1,000", "$10")
_FORMAT_SLOT: Final = LazyPattern(r"(?<![\w%])%(?:[1-9]\$)?(?:\([A-Za-z_]\w{0,30}\))?[sd](?![\w%])"
                                  r"|(?<![\w{$\\])\{[0-9]?\}(?![\w}])"
                                  r"|(?<![\w$\\])\$[1-9](?![\w$]|[.,]\d)")
#: a quotation mark glued before a specifier: a program's string quoted ('printf("%d", n)', "'%s' % name")
_QUOTES_BEFORE: Final = frozenset("\"'`“‘")
#: a specifier joined to another by a date's or a time's separator ("%d/%m/%Y", "%H:%M"): a format described
_DATE_FORMAT_AFTER: Final = LazyPattern(r"[/:.-]%")
_DATE_FORMAT_BEFORE: Final = LazyPattern(r"%[A-Za-z][/:.-]$")
#: the word right before a specifier (looked for in the 30 characters before it) and right after it ("%s-style")
_FORMAT_WORD_BEFORE: Final = LazyPattern(r"([A-Za-z]+)[ \t]+$")
_FORMAT_WORD_AFTER: Final = LazyPattern(r"[ \t]*-?[ \t]*([A-Za-z]+)")


def _format_slots(text: str) -> list[Placeholder]:
    """A program's format specifier left where its value belongs (thirty-third ag-307: "regarding the %s
    position"; data [format_slots]). "%s", "%d", "%(name)s" are slots unless the text names the notation ("the
    logger uses %s format", "I used %s"); "{}", "{0}" and "$1", common in prose about code and in prices, only
    where a name or a role's value stands: after a determiner or a greeting, before a role noun ("the {} team",
    "Dear {0},", "Hi $1,", "the $1 position"; not "returns {}", "for $1"), and any "$N" once another is one."""
    v = _vocabulary()
    found: list[Placeholder] = []
    dollars: list[Placeholder] = []
    for m in _FORMAT_SLOT.finditer(text):
        s, e = m.span()
        before = _FORMAT_WORD_BEFORE.search(text, max(0, s - 30), s)
        after = _FORMAT_WORD_AFTER.match(text, e)
        prev = before.group(1).lower() if before else ""
        nxt = after.group(1).lower() if after else ""
        if (nxt in v.format_mentions or prev in v.format_mention_verbs or text[s - 1:s] in _QUOTES_BEFORE
                or _DATE_FORMAT_AFTER.match(text, e) or _DATE_FORMAT_BEFORE.search(text, max(0, s - 3), s)
                or _slot_explained(text, s)):
            continue  # the notation named ("%s format"), or quoted as code ('printf("%d")'), not a value left out
        p = Placeholder(s, e, m.group(0), "format")
        mark = p.text[0]
        if mark == "%" or nxt in v.format_slot_nouns or prev in (
                v.format_slot_before if mark == "{" else v.format_greetings):
            found.append(p)
        elif mark == "$":
            dollars.append(p)
    if dollars and any(p.text[0] == "$" for p in found):
        found.extend(dollars)  # "the $1 position at $2": the replacement's other groups
    return found


#: an item of a Markdown task list: a bullet or a number, then a checkbox ("- [x] ", "2. [ ] ")
_TASK_ITEM: Final = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[[ xX]\][ \t]", re.MULTILINE)
#: the kinds of placeholder a to-do's own wording may look like: an instruction or a note in brackets
_TODO_KINDS: Final = frozenset({"paren", "note-to-self", "instruction"})


def _outside_task_items(text: str, found: list[Placeholder]) -> list[Placeholder]:
    """``found`` without the instructions and notes on the lines of a Markdown task list: "- [x] Improve global
    loading (add a good loading spinner)" describes a piece of work to do or done, and its bracketed "add ..."
    is that work's detail, not a template's instruction left in (twenty-third i-102). A field slot stays one
    there ("- [ ] Email [Company Name]")."""
    lines = [(m.start(), text.find("\n", m.start())) for m in _TASK_ITEM.finditer(text)]
    if not lines:
        return found
    return [p for p in found if p.kind not in _TODO_KINDS
            or not any(lo <= p.start and (hi < 0 or p.end <= hi) for lo, hi in lines)]


def _path_parameter(text: str, start: int) -> bool:
    """Is the ``{...}`` at ``start`` a parameter of a URL or a route: right after a "/" in a token that is an
    address ("http://host/route/{origin}", "GET /users/{id}/orders", "**localhost:8081/stop/{stopId}**"), or
    the value of a query's field after "=" ("/vehicle?time={time}&x={x}")? The reader types a value there;
    nothing was left unfilled."""
    if _route_head(text, start):
        return True  # "{host}/employee", "{baseUrl}/api/v1", "{host}:8080": the address's own host, then its path
    before = text[start - 1:start]
    if before != "/" and before != "=":
        return False
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    token = text[token_start:start].lstrip("*_`([<")  # Markdown's emphasis, code or link around the address
    if before == "=" and "?" not in token:
        return False  # "x={x}" outside a query is no address's
    return "://" in token or token.startswith(("/", "localhost", "www.")) or _route_head(token, 0)


#: a brace slot right before an address's path in lower case or its port ("{host}/employee/{id}", "{x}:8080")
_ROUTE_HEAD: Final = LazyPattern(r"\{([A-Za-z_][\w.-]{0,40})\}(?:(/[a-z0-9_][\w.-]{0,60}/)|/[a-z0-9_]|:\d)")
#: the words of a slot's name ("baseUrl": "base", "Url"; "api_host": "api", "host")
_NAME_WORDS: Final = LazyPattern(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _route_head(text: str, start: int) -> bool:
    """Does the ``{...}`` at ``start`` head an address: the reader's own host (a word of ``reader_values`` or
    ``route_heads`` in its name: "{host}/employee", "{baseUrl}/api", "{API_HOST}:8080"; thirty-first ae-173),
    or a slot before a path of two segments or more ("{env}/orders/{id}")? "{topic}/the roadmap" and
    "{First Name}/{Title}" stay slots."""
    m = _ROUTE_HEAD.match(text, start)
    if m is None:
        return False
    if m.group(2):
        return True
    hosts = _vocabulary().route_heads
    return any(w.lower() in hosts for w in _NAME_WORDS.findall(m.group(1)))


def _slot_explained(text: str, start: int) -> bool:
    """Is the ``{...}`` at ``start`` a slot the note itself tells the reader how to fill ("Instead of {id} you
    need to write integer numbers", "replace {token} with yours"; ``slot_mentions`` in the data file)? The
    slot is mentioned, not left: the writer knows it is there."""
    line_start = text.rfind("\n", 0, start) + 1
    return _vocabulary().slot_mention.search(text, max(line_start, start - 40), start) is not None


def _named_slot(token: str) -> bool:
    """Whether a ``{{...}}`` token names its slot: "{{ }}" quoted in code is the syntax itself."""
    return any(c.isalpha() for c in token)


#: an angle slot that speaks to the template's user, which stays one in code ("`<your-repo-url>`",
#: "`<paste-your-link>`"; a component, "`<date-picker>`", is code)
_CODE_SLOT: Final = LazyPattern(r"<(?:your|insert|enter|add|paste|put)(?![a-z])", re.IGNORECASE)
#: inline code ("`${var.region}`", "`{customer_id}`"): a program's own braces, not a template's slot
_CODE: Final = LazyPattern(r"`[^`\n]{1,200}`")


def _outside_code(text: str, found: list[Placeholder]) -> list[Placeholder]:
    """``found`` without the placeholders that lie inside inline code or a fenced code block (a program's
    ``<div>{title}</div>``). Three stay slots: a ``{{...}}`` slot (the definition names it, and a template's
    README quotes its slots so: "Fill the `{{first_name}}` slot"), a profile link's field ("git clone
    https://github.com/yourusername/app.git" in the writer's own setup steps: only the writer knows the
    name, the reader cannot fill it), and a bracketed slot, or an angle slot
    opened by "your" or an instruction, that is the whole of its inline code span ("`[paste the URL
    here]`", "`<your-repo-url>`": the markup wraps the slot; "`<date-picker>`" is a component; "`arr[i]`", "`x = [Foo]`" and "`git clone <url>`" are code that holds brackets)."""
    from .structure import code_block_ranges

    blocks = code_block_ranges(text) if "```" in text or "~~~" in text else []
    spans = [(m.start(), m.end()) for m in _CODE.finditer(text)
             if not any(lo <= m.start() < hi for lo, hi in blocks)]
    if not spans and not blocks:
        return found
    wrapped = _wrapped_spans(text, spans)
    return [p for p in found if p.kind == "jinja" and _named_slot(p.text) or p.kind == "link"
            or not any(lo < p.start and p.end < hi for lo, hi in spans)
            and not any(lo <= p.start and p.end <= hi for lo, hi in blocks)
            or (p.kind == "bracket" or p.kind == "angle" and _CODE_SLOT.match(p.text))
            and (p.start, p.end) in wrapped]


def _wrapped_spans(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) of each code span's content, blanks at its ends left out."""
    inner = set()
    for lo, hi in spans:
        body = text[lo + 1:hi - 1]
        start = lo + 1 + len(body) - len(body.lstrip())
        inner.add((start, start + len(body.strip())))
    return inner


"""FL205 leftover-placeholder."""

from __future__ import annotations

import re
from typing import Final, Iterable

from ..document.placeholders import greeting_letters, signature_words
from ..document.vocabulary import vocabulary
from ..names import name_data
from ..results import Finding, Severity
from ..rule import Rule, RuleContext

__all__ = ["LeftoverPlaceholder"]



class LeftoverPlaceholder(Rule):
    """Template text left in the subject or body: `[Name]`, `{{company}}`, `<Role>`, `____`.

    ## What it does
    Flags template tokens that were never filled in: anything in square brackets that is not a link or a
    citation (`[Name]`, `[Interviewer Name]`, `[the job]`, `[insert ...]`), `{{...}}` and `{...}` tokens,
    mail-merge tokens of form and CV tools (`#to_name#`, `%FIRST_NAME%`, `$FIRST_NAME`; not "C#", "#hiring",
    "50%" or "$5,000"), a word processor's field code shown raw ("{ MERGEFIELD Position }", "{ FILLIN
    "Name" }"; not the feature named, "the MERGEFIELD codes", nor "{ date }" in code), a template engine's tag of another syntax ("the <%= role %> role", "<?= $company ?>",
    "{!! $name !!}", "{$name}", "Dear @Model.FirstName,"; not "@Model" alone, a handle, nor a tag in code), a
    spreadsheet formula never evaluated where its value belongs ("the =VLOOKUP(B7,Jobs!A:C,3,FALSE) position",
    "Dear =B2,"; not "x = 5", a formula in code, nor one the note names, "the =SUMIFS(...) formula": `[formulas]`
    in the data file), the prompt a word processor's form control shows until it is filled ("Click or tap here to
    enter a date.", "Choose an item."; as the program prints it, `[prompts]`: not "choose an item from the
    list", nor one in quotation marks), a program's format specifier where its value belongs ("regarding the %s position",
    "%(company)s", "Dear {0},", "the {} team", "Hi $1,"; not the notation named, "the logger uses %s format",
    nor "returns {}", a price "$1.50" or "costs $1 each": `[format_slots]` in the data file),
    `<Company>`-style tokens of one to four capitalised words (and in lower case when opened by an
    instruction or a field word: `<insert detail>`, `<your name>`), a profile link left with its field
    (`linkedin.com/in/yourname`, `github.com/username`; in code too: "git clone
    https://github.com/yourusername/app.git" in your own setup steps names an account only you know), a Markdown link whose target is a slot word, not
    an address (`[](url)`, `[Live demo](link)`; the words are `[links]` in
    `followup_lint/data/placeholders.toml`), runs of underscores (`Mr./Mrs. ______`), a row of dots, dashes or
    ellipses or an elided bracket set apart where a word belongs ("for the post of .............. as
    scheduled", "our discussion about [...]", "Dear Mr. ......,"; not a pause glued to its word, "I was...
    nervous", a leader before a page number, a signature line, nor a quotation's "[...]"),
    "(interviewer's name)", an instruction in round brackets ("(insert the date)", "(Add a line about the
    project you discussed.)"; not "(add me on LinkedIn)"), a description of what to fill in that ends on
    the interviewer's deed ("(the project they mentioned)"), a role word in the name slot of a greeting ("Dear Ms. Recruiter", "Hello Ms. Manager";
    `role_stand_ins`) or the word a template leaves there ("Hi Name,", "Dear Firstname,", "Dear Person,",
    "Hi Applicant,"; `name_slots` in `followup_lint/data/addressing.toml`; "Dear Hiring Manager" and "Dear
    Recruiter" are ordinary greetings), a model letter's dummy signature with such a word as its family
    name ("Carrie Candidate", "Student Name"; not "Anna Person") or a letter after such a word ("Candidate X",
    "Applicant Y"), a stand-in name in the greeting or the subject ("Dear
    So-and-so,", "Hi Whatshername,"; not "Dear Sir/Madam" or "Dear Whoever", real forms of address), and
    `TBD` / `XXX` standing alone in the subject, the greeting or brackets. Anywhere in the draft, a
    capital X, Y or Z repeated as a word and `XYZ` are blanks ("the position with XXX Organization",
    "the YYY industry", "Company XYZ"; not "Super Bowl XXX"), and so is a lower-case run of x where a
    word belongs ("our conversation about xxxxx", "your team handles xxxx every week"; not kisses at the
    end of a line or after a comma: "Speak soon, xxx"), a dash or a short blank alone where the greeting's
    name goes ("Hi —", "Dear __,"), and a letter X, Y or Z alone there ("Dear X,", "Dear Mr. X,"; not
    "Malcolm X"). So is text the writer masked: a lower-case run of x after a title ("Ms. xxxxx xxxxxxx,"),
    a word written as its first letter and x's ("Exxx Pxxxxxx Schools"), a date written as its format ("on
    yy-yy-yyyy", "dd/mm/yyyy"; not "the date format dd/mm/yy"), hashes for a number after a capitalised word
    ("ISD ###"; not a heading's "### Notes"), and a filler word capitalised to open a name ("Blah blah
    Middle School", "Yada Yada Inc."; `fillers`; "it was blah blah" is prose).

    Template fields written without brackets count too, wherever the draft has them, the signature
    included ("Your Name" under the sign-off): a form left unfilled, several labelled fields in a row with
    nothing after the colon ("- Goal:" then "- Deliverables:"; two or more as list items, three or more
    as plain lines; not one label before its list, "Key highlights:", nor "Attachments: CV.pdf"), field phrases in Title Case ("Company Name", "Your
    Address", "Recruiter's Name"), in ALL CAPS ("Dear NAME,", "COMPANY NAME", "POSITION TITLE"), and
    in any case inside round brackets or alone on a line ("(your name and credentials)", "Your email
    address"); and runs of X standing for the digits of a date or a number ("Jan 12, XXXX", "20XX",
    "(555) XXX-XXXX"), a dummy telephone number ("(555) 555-5555", "000-0000"; in another
    country's shape, one in a range kept for drama and examples ending as a template's does, "07700 900000", "+44
    20 7946 0000", "(02) 5550 1234", or ending in six of one digit, "0455 555 555"), and a house number or
    postal code of zeros in an address block ("000 High St.", "Wells, NM 00000") or a postal code
    counting up from one there ("Write City, IN 12345"); and a note the writer left to themselves in
    brackets, an instruction to do before sending ("(add Figma link before sending)", "[paste the repo
    URL here]", "(TODO: check the date)", "(check this)"), or a reminder about the reader ("(check
    spelling of her surname!!)", "[confirm his title]"), and such a note after its marker and a colon
    outside brackets ("TODO: add the audit bit", "Note to self: soften this"; not "two TODO comments").
    So are an instruction left in outside brackets ("Insert a sentence about a topic you discussed.",
    "the INSERT ROLE position"; not SQL's "INSERT INTO orders"; another verb of writing when it names the
    text to write: "Add one sentence on your strongest project here.", "Close with one line about your
    availability."), a bracketed instruction ("[Add closing
    line]"), the form's sample number "(123) 456-7890", a dummy e-mail address whose local part is a
    field ("yourname@email.com", "firstname.lastname@..."), a model address's stand-in place ("Anytown",
    "Any Street", "Sample City"), a signature of the name's parts ("First Last"), an X-run with an ordinal ending ("the XXth of March"), a form partly filled (empty
    fields below filled ones: "Name: Tunde Bello", "Position:", "Available from:"), a template's pair of
    titles before a slot ("Dear Mr./Ms. Lastname,") and a name slot run together ("Dear Mr./Ms.
    Bossname,", "Hi Yourname,"; not "Kaname"). The field words are
    listed in `followup_lint/data/placeholders.toml`. Not flagged: ordinary text ("your name came up"),
    acronyms and sizes ("NASA", "XXL"), a class of status codes ("HTTP 5xx", "4XX errors", "2xx/3xx": one digit
    from 1 to 5 and two x's; "20XX" and "xx/xx/2024" stay blanks), section numbers ("[4.2]"), a bracketed label its colon follows, the heading of its text ("- **[UI
    Enhancements]**: Improve ...", "[Note]: ..."), a bracketed value holding a figure
    ("[9am-5pm EAT]", "[Q3 2024]"), the writer's own aside in square brackets ("the night desk [my first
    real job] taught me"; "[my phone number]" is a field), HTML tags ("<br>", "<a href=...>",
    "<video controls>"; a run of plain words in angle brackets is a slot whatever its first word: "<link
    to the repository>"), a form label with its value ("Phone Number: 555 0100"), a repository a code host's subject tags ("Re: [acme/take-home] ..."), the tag an
    issue title begins with ("[ASK] : When will the result be announced?", "[WIP][Submission] ...",
    "[Frontend Task] ...", and the same at the start of a line of the body: "[WIP] the queue branch"; the
    `issue_tags` of the data file: "[Job Title] follow-up" is a slot), a
    shouted all-caps sentence, braces and brackets inside inline code or a fenced code block
    ("`${var.region}`", "`rows[n]`", "`[1, 2, 3]`", "`git clone <url>`"; a named `{{...}}` slot stays
    one, and so does a bracketed slot or an angle slot opened by "your" or an instruction that fills its
    code span, "`[paste the URL here]`", "`<your-repo-url>`"), an editor's lower-case brackets inside a
    quotation ("we [the ops team] own the yard"), a path parameter of a URL or a route
    ("http://localhost:8080/route/{origin}", "GET /users/{id}", "**localhost:8081/vehicle?time={time}&x={x}**":
    the reader types a value there), a slot the note tells the reader how to fill ("Instead of {id} you need to
    write integer numbers"; `slot_mentions`), a type's parameter glued to its name ("IObservable<T>"), a value of
    the reader's own machine in setup steps ("http://{[your_domain] or [your_ip]}:8000", "[your_password]",
    "Insert your API key in lookup.go";
    `reader_values` in the data file: "[Your Name]" stays a slot), a bracketed note to the reader about running
    the work ("[Make sure port 8000 on your system is free]", "[If local]"; `reader_notes`), an instruction
    or note in brackets on a line of a Markdown task list, the to-do's own detail ("- [x] Improve global
    loading (add a good loading spinner)"; a field slot there, "[Company Name]", stays one), and a name the interview gives: when the company is called "XYZ Company",
    the draft writing that name has filled the field in.

    In template mode (`--template`, `template = true`) these are slots to be filled, not errors.

    ## Why is this bad?
    A placeholder tells the interviewer at a glance that the note is a form letter that was not even
    read before it was sent. It undoes the point of writing.

    ## Example
    ```text
    Dear [Interviewer Name],

    Thank you for the interview for the position at Company Name.
    ```

    ## Use instead
    ```text
    Dear Ms. Okafor,

    Thank you for the interview for the analyst position at Initech.
    ```

    ## Source
    Proofreading advice in docs/advice.md ("Template token left in"): every career page that
    publishes a template also warns to replace every bracket before sending.
    """

    code = "FL205"
    name = "leftover-placeholder"
    default_severity = Severity.ERROR

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        if ctx.template:
            return
        doc = ctx.doc
        given = _given_names(ctx)
        for field, placeholders in (("subject", doc.subject_placeholders), ("body", doc.placeholders)):
            text = doc.view(field).text
            for p in placeholders:
                if given and _inside_given(text, p.start, p.end, given):
                    continue                       # "XYZ Company" is the interview's company: filled in
                yield ctx.finding(
                    f"'{ctx.quote(p.start, p.end, field)}' looks like a placeholder that was never filled in",
                    p.start, p.end, field=field, data={"placeholder": p.text, "kind": p.kind},
                )
        g = doc.greeting
        if g is not None and g.names:
            last = g.names[-1]
            low = last[2].lower()
            # "Dear Ms. Recruiter" (a role word after a title), "Hi Name," (a name slot word anywhere)
            if ((g.titles and low in vocabulary().role_stand_ins or low in vocabulary().name_slots)
                    and not any(p.start <= last[0] < p.end for p in doc.placeholders)
                    and not ctx.analysis.addressing.names_interviewer_at(last[0])):
                yield ctx.finding(
                    f"'{ctx.quote(g.start, g.end)}' has a role word where the interviewer's name belongs",
                    last[0], last[1], data={"placeholder": last[2], "kind": "role-word"},
                )
        stand_in = _stand_in_signature(ctx)
        if stand_in is not None:
            s, e, word = stand_in
            yield ctx.finding(f"'{ctx.quote(s, e)}' under your sign-off is a stand-in name: sign with your own",
                              s, e, data={"placeholder": word, "kind": "stand-in-name"})


def _stand_in_signature(ctx: RuleContext) -> tuple[int, int, str] | None:
    """A model letter's dummy signature: a role noun or a slot word as the family name, after a first word
    that shares its initial or is no given name ("Carrie Candidate", "Andy Applicant", "Student Name"); not
    a real family name ("Anna Person"). A signature of the name's parts alone ("First Last", "First Middle
    Last"; ``signature_words`` of data/placeholders.toml) is one too."""
    doc = ctx.doc
    name = doc.signature_name
    words = name.split() if name else []
    parts = 2 <= len(words) <= 3 and {w.lower() for w in words} <= signature_words()
    if not parts and _role_and_letter(words):
        parts = True  # "Candidate X", "Applicant Y": a role noun and the letter a template puts for the name
    if not parts:
        if len(words) != 2 or not all(w.isalpha() for w in words) or not words[0][:1].isupper():
            return None
        first, last = words
        if last.lower() not in vocabulary().role_stand_ins:
            return None
        if first[:1].lower() != last[:1].lower() and name_data(ctx).is_given_name(first):
            return None
    assert name is not None
    start = doc.body.text.rfind(name)  # the signature is the last of the candidate's lines
    if start < 0 or any(p.start < start + len(name) and p.end > start for p in doc.placeholders):
        return None  # "Your Name": a template field, reported as one
    return start, start + len(name), words[-1]


def _role_and_letter(words: list[str]) -> bool:
    """A role noun or a slot word, capitalised, then a capital letter of ``[blanks] letters`` alone or
    repeated ("Candidate X", "Applicant Y", "Person ZZ"; not "Malcolm X", whose first word is a name)."""
    if len(words) != 2 or not words[0][:1].isupper() or words[0].lower() not in vocabulary().role_stand_ins:
        return False
    letter = words[1].rstrip(".")
    return bool(letter) and letter.isupper() and len(set(letter)) == 1 and bool(greeting_letters(letter, ((0, len(letter), letter),)))


def _given_names(ctx: RuleContext) -> tuple[str, ...]:
    """The names the interview gives (company, role, interviewers), lower case: never template residue."""
    iv = ctx.interview
    if iv is None:
        return ()
    names = [iv.company, iv.role]
    for person in iv.interviewers:
        names += [person.name, person.preferred_name]
    return tuple({n.strip().lower() for n in names if n and n.strip()})


def _inside_given(text: str, start: int, end: int, given: tuple[str, ...]) -> bool:
    """Does ``text[start:end]`` lie inside a place where the draft writes one of the ``given`` names?"""
    for name in given:
        lo = max(0, start - len(name))
        window = text[lo:end + len(name)].lower()
        i = window.find(name)
        while i >= 0:
            if lo + i <= start and end <= lo + i + len(name):
                return True
            i = window.find(name, i + 1)
    return False


RULES = (LeftoverPlaceholder,)

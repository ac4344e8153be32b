"""FL301 no-added-strength-or-question and FL302 premature-logistics-question."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Iterable

from ..document.structure import _MARKDOWN_HEADING
from ..results import Finding, Severity
from ..rule import Rule, RuleContext
from ._phrases import covered, existence, in_slot, own_matches, phrase_data, sentence_at, tokens_between
from ._substance import analysis, asks, nothing_written

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["NoAddedStrengthOrQuestion", "PrematureLogisticsQuestion", "work_questions", "added_moves"]

_LOGISTICS: Final = ("salary", "benefits", "time_off", "hours", "remote", "dress_code", "start_date")
_LABELS: Final = {
    "salary": "pay", "benefits": "benefits", "time_off": "time off", "hours": "working hours",
    "remote": "remote work", "dress_code": "the dress code", "start_date": "the start date",
}


def added_moves(ctx: RuleContext, *, claims: bool = True) -> list:
    """Explicit moves in the content: "I didn't get a chance to mention", "I meant to ask".

    "I wanted to ask" followed by a status request or a logistics question does not add anything, and
    neither does a move whose sentence goes on with nothing but a placeholder or a template's instruction
    ("I forgot to mention (If you need to add a selling point)."), nor one that goes on with an excuse ("I'd like to
    note that I started a bit late, so I was pressed for time"). ``claims``: a qualification merely
    claimed ("I hold a forklift licence") counts too.
    """
    doc = ctx.doc
    courtesy = existence("strengths", "not_work_questions")
    excuse = existence("strengths", "excuses")
    logistics = sorted(m.start for m in _logistics_matches(ctx))
    instructions = ctx.analysis.sentences.instructions
    out = []
    keys = ("added_moves", "qualification_claims") if claims else ("added_moves",)
    found = [m for key in keys for m in own_matches(doc, existence("strengths", key), content_only=True)]
    for m in found:
        # (a bracketed instruction the placeholder finder took, "(Add the strength ...)", is a slot, not an
        # instruction: the sentence is read on then too)
        if (instructions or doc.placeholders) and (covered(instructions, m.start)
                                                   or not _said_after(ctx, m.end, instructions)):
            continue
        if _pattern("courtesy_told").match(doc.own, m.end) is not None:
            continue  # "Wanted to tell you thank you for ...": the thanks told, nothing added
        if _pattern("added_work").match(doc.own, m.end) is not None:
            continue  # "I would like to add more tests", "I've also worked on the front-end code": the work
        if _pattern("showcase_offered").match(doc.own, m.end) is not None:
            continue  # "I also have a personal site in development": a sample offered, not a strength
        if _pattern("submission_notes").match(doc.own, m.end) is not None:
            continue  # "I'd like to share some thoughts and decisions I made": notes on the work, no move
        if excuse.search(doc.own, m.end, sentence_at(doc, m.start)[1]) is not None:
            continue  # "I'd like to note that I started late, so I was pressed for time": an excuse, nothing added
        if not claims and _answer_retold(doc, m.start):
            continue  # "My answer in the interview was short, so I want to add: ...": what was covered, retold
        if (_pattern("omitted_work_moves").search(m.text) is not None
                and _pattern("told_after_add").match(doc.own, m.end) is None):
            continue  # "I didn't add interactors to the domain layer": what the work leaves out, not a move
        if "ask" in m.text.lower():
            s, e = sentence_at(doc, m.start)
            j = bisect.bisect_left(logistics, s)
            # (read from the move's start: "I would like to ask about the analyst position." asks its status)
            if j < len(logistics) and logistics[j] < e or courtesy.search(doc.own, m.start, e) is not None:
                continue
        out.append(m)
    return out


@lru_cache(maxsize=8)
def _pattern(key: str) -> re.Pattern[str]:
    """``key`` of [strengths], compiled: what follows a move when it tells only the thanks (``courtesy_told``)
    or names more work on the writer's submission (``added_work``) or the writer's own site or portfolio
    (``showcase_offered``) or introduces notes on the writer's own work (``submission_notes``); a move "I didn't add"
    (``omitted_work_moves``), telling only when something told follows (``told_after_add``)."""
    return re.compile(phrase_data()["strengths"][key], re.IGNORECASE)


def _answer_retold(doc: Document, pos: int) -> bool:
    """Does the move at ``pos`` follow a reference to the writer's own answer in the interview (``answer_retold``
    of [strengths]) before it in its sentence ("My answer in the interview was short, so I want to add: ...")?
    A sentence of its own before ("My answer was short. Separately, I forgot to mention ...") may go on to
    something new."""
    return _pattern("answer_retold").search(doc.own, sentence_at(doc, pos)[0], pos) is not None


def _said_after(ctx: RuleContext, pos: int, instructions: tuple[tuple[int, int], ...]) -> bool:
    """Does the sentence go on after ``pos`` with a word of the writer's own (not a placeholder's, not a
    template instruction's)?"""
    doc = ctx.doc
    _s, e = sentence_at(doc, pos)
    return any(t.kind == "word" and not covered(instructions, t.start) and not in_slot(doc, t.start)
               for t in tokens_between(doc, pos, e))


def work_questions(ctx: RuleContext) -> list[tuple[int, int]]:
    """Sentences that ask a genuine question about the work (not a courtesy, status or offer, nor the prompt
    of an issue form in a Markdown heading)."""
    doc = ctx.doc
    own = doc.own
    a = analysis(ctx)
    courtesy = existence("strengths", "not_work_questions")
    logistics = sorted(m.start for m in _logistics_matches(ctx))
    out = []
    forms: tuple[tuple[int, int], ...] | None = None
    prompts: frozenset[int] = frozenset()
    for k in sorted(a.asking):
        s, e, keys, field = a.terms.units[k]
        if field != "body":
            continue
        text = own[s:e]
        if courtesy.search(text) is not None or _in_heading(own, s):
            continue  # (a heading's question is an issue form's prompt: "### What is your question?", and
            # so is its second: "### Focus Areas: What did you prioritize? Why did you choose them?")
        if forms is None:
            forms = doc.questionnaire.answer_spans
            prompts = frozenset(start for start, _ in forms)
        if forms and (_prompt_on_line_before(prompts, own.rfind("\n", 0, s) + 1, s)
                      or own.rfind("\n", s, e - 1) + 1 in prompts or any(lo <= s < hi for lo, hi in forms)):
            continue  # a questionnaire's prompt the note answers ("What was hard?" then the answer; two questions
            # on the line, "What did you use? Why?"; a number's label and the form's remark, "4. How was the
            # test? If you have suggestions, we'd love to hear them."), the echo opening an answer, or an answer
            # without a full stop read on into the next prompt's line ("... for this\nQ) Which parts?")
        j = bisect.bisect_left(logistics, s)
        if j < len(logistics) and logistics[j] < e:
            continue
        if len(keys) < 2:  # "Any thoughts?" asks about nothing in particular
            continue
        if _guess().match(text) is not None:
            continue  # "I think it might be because I used icons as buttons???": a guess, asked of nobody
        if _lazy_quoted(doc.body.text, s):
            continue  # a quoted prompt's question carried onto the next line ("> How does the\nfactor behave?")
        out.append((s, e))
    return out


def _prompt_on_line_before(prompts: frozenset[int], line: int, s: int) -> bool:
    """Does a prompt of ``prompts`` start on the line at ``line``, at or before the sentence at ``s``: at the
    line's start, or after an answer the HTML reading ran on into it ("... quicker. 2. What would you add?",
    ``doc.questionnaire.prompts``)?"""
    return line in prompts or any(line < p <= s for p in prompts)


def _in_heading(own: str, s: int) -> bool:
    """Does the sentence at ``s`` stand on a Markdown heading's line (at its start or after another sentence
    of it)?"""
    return _MARKDOWN_HEADING.match(own, own.rfind("\n", 0, s) + 1) is not None


@lru_cache(maxsize=1)
def _guess() -> re.Pattern[str]:
    """A sentence of the writer's own guess or suggestion ending in "?" (``guess_not_question`` of [strengths])."""
    return re.compile(phrase_data()["strengths"]["guess_not_question"], re.IGNORECASE)


def _lazy_quoted(text: str, s: int) -> bool:
    """Does the sentence at ``s`` of the body's ``text`` open a line that carries on a quoted line's unfinished
    sentence ("> How does the" then "concurrency factor behave?": a Markdown quote's lazy continuation, part of
    the quoted prompt)? A quoted line that ends its sentence is followed by the writer's own reply."""
    line = text.rfind("\n", 0, s) + 1
    if line == 0 or text[line:s].strip():
        return False
    before = text[text.rfind("\n", 0, line - 1) + 1:line - 1].strip()
    return before.startswith(">") and bool(before[1:].strip()) and not before.endswith((".", "!", "?", ":"))


def _logistics_matches(ctx: RuleContext) -> tuple:
    return ctx.analysis.logistics


def _logistics_build(ctx: RuleContext) -> list:
    found = []
    for key in _LOGISTICS:
        for m in own_matches(ctx.doc, existence("logistics", key), content_only=True):
            found.append((key, m))
    return [_Tagged(k, m.start, m.end, m.text) for k, m in found]


@dataclass(frozen=True, slots=True)
class _Tagged:
    key: str
    start: int
    end: int
    text: str


class NoAddedStrengthOrQuestion(Rule):
    """The note neither adds a strength nor asks a question the interview left open.

    ## What it does
    With the interview's `strengths` (what you could offer but did not bring up) and `questions` (what
    you meant to ask), checks that the note raises at least one: a strength in a sentence about yourself,
    a question in a sentence that asks. Matching survives paraphrase, as in `no-specific-moment`, and a
    strength is also raised by its core pair of words in a sentence about yourself ("my skills in critical
    care" raises "three years of critical care experience in an ICU"; in either order, and a word of its
    paraphrase family counts: "resourceful and self-sufficient" raises "works independently and
    resourcefully"). A strength shown rather than claimed is raised too: the writer's own work on the
    interview's problem afterwards ("I got the problem sketched out via php", "I solved the puzzle on the
    train home and wrote it in Rust") that uses a rare word or a name of a strength ("builds small PHP web
    tools end to end"), or a deed you tell of your own work that names a strength by two of its words, one
    rare or a name ("I reached out to the library's maintainer to fix the graphql endpoint" raises "got an
    upstream API maintainer to add a missing GraphQL query"; "I enjoyed", "I learned" tell no deed), or a
    measured result of your own work that shares one of its less common words ("my last desk went from
    3,000 open tickets to 1,800" raises "cut the ticket backlog by 40%"; "your team cut it by 40%" is the
    reader's). How your past workplace solved a problem, told in the sentence that names it ("In my previous
    company we had a similar problem and we solved it by checking the sand moisture every shift"; "At my last
    job we used Jira" tells no deed), adds a strength of your own whether or not on the list. When the interview set an exercise (a topic names a take-home, a challenge, a test), your account
    of the work in a sentence without "I" (a passive sentence, a list item, a diagram) raises a strength it names
    by most of its weight and four of its less common words ("LiteDB was chosen as the database, because it is
    an embedded database that would not require any installation" raises "picking an embedded database (LiteDB)
    so that reviewers need to install nothing"; "Slick carousel with jQuery" raises no "has written accessible
    carousels without jQuery"). The
    features of your own work listed under a line that names it ("Few things about my solution:" then "+
    Tests;", "+ Code Linter;") are read together as one sentence about yourself, and so, in a note on an exercise, are the decisions listed under a
    lead of their own ("Major decisions included:"); a trade's common abbreviation ("DB", "repo") is read as its word. Learning told of your own ("I learnt Redux from
    scratch for this project", "I read up on Next.js", "learning is what I always prefer") raises a listed
    strength of learning, and no other; "I will read up on it" does not. Your own work told by its length
    ("the kind of work I did for four years") raises a listed strength of as many years ("four years of
    shipping documentation"); "I've lived here for four years" does not. The length may be told in months of whole
    years, or as "a year" ("I've been working with NestJS for the last 12 months" raises "a year of building
    services with NestJS"; "for 18 months" raises no year). A sentence asks when it ends in "?"
    or puts an indirect question ("I'm curious whether ...", "I meant to ask ..."); "I was interested to
    hear about ..." tells, and a question in brackets is an aside. A sentence wrapped after a comma onto a
    line that begins in lower case is read whole ("I'm very interested in learning more about Flir,
    what you consider to be an ideal candidate" asks). What was raised is listed in
    `metrics["strengths_raised"]` and `metrics["questions_raised"]`.

    Whether or not those lists are given, an explicit move ("I didn't get a chance to mention", "I forgot
    to mention", "I meant to ask", "one thing I didn't mention", or an interview question answered
    afterwards: "Following up on your earlier question about ...", "the question I couldn't answer") or a genuine question about the team, the
    role or the work also counts. Not a question about the work: a closing pleasantry ("Let me know if you
    need anything else?"), a request for a status update or a question whether a step of the hiring
    process goes ahead ("Is the forklift assessment still going ahead before Christmas?", "Could you
    inform me if the process is still continuing?"), a question why nothing came back ("Did you receive
    my assignment?", "Has something come up?", "Have you checked my emails by any chance?": whatever the
    verb, a question whether the reader handled your own message or work; indeed any question about your
    own application, candidacy, submission or project, whatever it asks of it: "Was there an error in the
    submission of my application?", "does my project gets reviewed?"), a request that the reader look at your work
    ("can you please see this?", "Can you please review the problem?"), a question about your own standing or whether the
    vacancy is gone ("Am I still shortlisted, or is the post already taken?"), a question about your own
    application, submission or offer: what to do next ("Have I missed something?", "How can I go about
    this?"), whether it passed ("Did my solution pass your assessment?"), the writer's own part in the
    next step: what to bring, when to arrive, a form to fill, whom to send papers to ("Can I bring my
    passport on Thursday?", "What time should I arrive?", "Do I need to fill the online form again?",
    "Whom should I contact with more documents?"), whether the reader got the papers the writer sent ("Did
    you receive the documents I sent on Monday?"), or when to talk about it ("Would you be available this
    afternoon for a quick call?": a call, a meeting, a day or an hour near "available"
    or "free"; "Would you be free to discuss the design further?" asks about the work), small talk about your reader's life ("How is the
    family?", "How was your weekend?") or with the reader ("How are you all doing, folks?"), a question how
    the hiring process is getting on ("How's the recruitment coming along?"), the state of your own
    programme or application ("Has the program ended?", "Are the results out?", "Can I still register?",
    "How long does the selection take?"; "Are the results of the load test out?" asks about the work), an
    issue form's prompt in a Markdown heading ("### What is your question?"), or whether the reader is still
    there ("Are you guys still around?"), a request for feedback on your own showing ("Could you share any
    feedback on how I came across?", "What could I have done better?"), the same questions asked of the
    reader's side: whether they still take applicants or work ("Do you still accept solutions for this
    test?"), have a place for you ("Is there any opportunity to work with you?"), got your message ("Did
    you receive the email or did it go to your spam folder?"), will give their contact details ("Could you
    give me your e-mail?"), or what your procedure is ("What is the procedure?"; "What is the process for
    deploying?" asks about the work), the dates of your own selection ("What is the closing date for
    applications?", "When will the names of the selected be revealed?"), a day put to the reader for a talk
    ("Would Thursday be good?"), asking after the position with nothing further ("I would like to ask about
    the analyst position."), a question that answers itself ("but why rewrite it in a two-day exercise?") or
    a README's section title ("## What would I change?"), a remark about a typo or the wording of the task's own
    text ("is it only me with an issue with the spelling of the word `carousel`?", "Was 'recieve' in the brief a
    typo?"; "Should the search forgive spelling mistakes?" asks about the work), an offer of references or samples, or a logistics question (see
    `premature-logistics-question`). A move that holds only a template's instruction ("I forgot to
    mention (If you need to add a selling point).") adds nothing. A qualification merely claimed ("I
    passed my board exams", "I hold a forklift licence") counts only when the interview lists no
    strengths: with the list, the list is the reference. An excuse ("I didn't finish the challenge
    because I had a lot of school projects", "I had no time") raises no strength, whatever words of one
    it uses (no time to say it, "which I did not have time to say in the interview", is no excuse but what the
    interview left out), and a move that goes on with one adds nothing ("I'd like to note that I started a bit late, so I
    was pressed on time"). Nor does more work on your own submission, added or wished for ("I would like to add more tests",
    "I've also worked on the front-end code"), or a liking for the employer's thing you worked with ("I loved
    working with the Astro design system" raises no "has shipped a design system"), or an enthusiasm for a
    field ("I'm excited about the future of the web and open source", "I'm a huge fan of unidirectional data flow"
    raise no "has run design workshops for open-source projects"; told with a deed, "I'm passionate about open source, and I ran workshops for it",
    it does), a tool chosen for the submission ("I used Jest and React Testing Library for testing this
    project" raises no "has mentored juniors on testing with React Testing Library"), a change the work could
    have ("we may divide it into modules"), or the submission named by "this app", "my project" alone ("I
    built this app with the user in mind" raises no "has published an app on the App Store"), a sentence that
    admits being new to the thing ("It was my first time using React Native" raises no "has published two
    React Native apps"), the words of a clause that tells a strength's setting ("Thank you for showing me the
    cold store" raises no "speaks Polish, which most of the cold-store crew speak"), or your own site or
    portfolio pointed to ("I also have a personal site in development" is a sample offered). A common acronym
    of a trade ("API", "UI", "QA") in your deed is neither a rare word nor a name of a strength ("this
    function waits for an API call" shows no "has set up Playwright API tests"). Work left undone ("I didn't get to writing the
    tests", "there are parts I didn't get to work on", "I didn't get a chance to finish the styling") is no move, nor
    are your plans for the work under a heading or lead line that opens them ("## Future improvements", "Next
    steps:", then "- Add tests to a CI pipeline": what you would do raises no "experience running tests in a CI
    pipeline"), nor, when the interview's lists are given, a move that goes on from your own answer in the
    interview ("My answer in the interview was short, so I want to add: ..." tells more of what was covered). A
    word of a strength misspelled in a sentence about yourself still names it ("we wrote our own framwork from
    scratch" raises "built a framework from scratch"), and doubt about what the reader wants asks ("I wasn't sure if
    you want the retry logic in this PR" asks the listed question about it). Nor are notes on your own work introduced ("I'd like to share some decisions I made
    while working on this assignment"). "I didn't
    add interactors to the domain layer" tells what the code leaves out, no move ("I didn't add that I speak
    Portuguese" is one); the second question of a Markdown heading's prompt ("### Focus Areas: What did you
    prioritize? Why?") asks nobody, and neither does a question for feedback on your own selection ("is there
    any feedback yet on the shortlisting?"). A questionnaire's prompts answered in turn are the form's, labelled
    or not ("Q1: How long did you spend on the test?", "##3. What would you add? What further features?",
    "Q) How did you find the test? If you have suggestions, we'd love to hear them."), and so is a tentative
    answer ending on its hedge ("With tests perhaps?"). A finish wished for the submission's look ("I would like
    to add a better UI and some animations") is more work on it, and the submission set up on a tool ("I set up
    the project with Vite") a choice for it. A strength set in your past work ("... at a previous job") is not
    shown by your account of the exercise told without "I", and a strength's core pair made of the exercise's
    own words ("radio station" in a radio player test) names the exercise unless one more of its words is said,
    and one made of a topic's words ("the water level" of a talk about the Yangtze's low water) recalls the topic
    unless one more of its less common words is said.
    Familiarity told of your own ("I have gotten used to GraphQL and Amplify", "I'm comfortable with ...") adds a
    strength it names by two words, and a deed told by the verb made of a tool's name ("I dockerized the whole
    app") one naming the tool; that verb tells the generic deed too ("dockerizing the app" tells "containerised
    an app"), though the tool's name alone ("the app runs on Docker") tells none, and neither does such a deed
    wished for ("I would have dockerized it with more time"), never done, or the reader's ("You dockerized the
    services"); a project the interview set ("the interview project: ...") is an exercise as a take-home is; so does the thing asked about, told as done elsewhere ("Yes I have had to do this
    for database queries in production"; not "for the test"). "I also have accepted the calendar invitation" tells a step taken, no
    qualification held ("I also have a forklift licence"). Without the lists the finding carries
    `data["confidence"] = "low"`. In template mode a slot for a strength or a question (`{{strength}}`,
    `[a strength you did not mention]`, `{{question}}`) counts as adding one.

    A note with almost nothing of its own (one word, a greeting and a sign-off, or a "CC: @handle" line
    alone) is judged like any other: what it lacks is reported. So is a subject sent with an empty body
    (an issue's title alone): the subject is your text. Only a draft with no word of its own in either (or
    with a reply's "Re: ..." subject alone) is skipped.

    ## Why is this bad?
    The note is your last word before they decide. A strength you forgot to mention, or a question that
    shows how you think about the work, fills a gap the interview left and keeps the conversation going;
    thanks alone adds nothing they do not already know.

    ## Example
    ```text
    Hi Dana,

    Thank you for your time today. I enjoyed our conversation about the Kafka migration.

    I look forward to hearing from you.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for your time today. I enjoyed our conversation about the Kafka migration.

    One thing I didn't get to mention: I tuned Kafka consumers for our payments platform last year, and
    I would be glad to share what we learned.

    I look forward to hearing from you.

    Best,
    Sam
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Dana Whitaker"}],
                   "topics": ["the Kafka migration"],
                   "strengths": ["Kafka consumer tuning"],
                   "questions": ["how on-call works for new engineers"]}}
    ```

    ## Source
    The founding advice in docs/advice.md, point 5 ("if you forgot to mention a strength, or have a
    question that was not covered, the follow-up is the place for it"); Ohio State, Guelph, Telfer and
    CareerBuilder encourage it. Some career pages advise keeping the note to thanks alone, so this is only
    a suggestion (info), as DOMAIN.md's table says.
    """

    code = "FL301"
    name = "no-added-strength-or-question"
    default_severity = Severity.INFO

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        if nothing_written(ctx):
            raise ctx.skip("the draft has no text of its own")
        if ctx.template and any(p.is_added_slot for p in ctx.doc.placeholders):
            return  # a template's slot for a strength or a question ({{strength}}) is filled per note
        interview = ctx.interview
        a = analysis(ctx)
        with_lists = interview is not None and bool(interview.strengths or interview.questions)
        if with_lists:
            if a.strengths or a.questions:
                return
        # (a qualification merely claimed counts only without a strengths list: the list is the reference)
        if added_moves(ctx, claims=not (interview is not None and interview.strengths)) or work_questions(ctx):
            return
        data: dict = {"confidence": "high" if with_lists else "low"}
        if with_lists:
            assert interview is not None
            data["strengths"] = list(interview.strengths)
            data["questions"] = list(interview.questions)
            hint = (f"mention '{interview.strengths[0]}'" if interview.strengths
                    else f"ask {interview.questions[0]}")
            message = f"The note adds no strength and asks no question; consider it: {hint}"
        else:
            message = ("The note adds no strength and asks no question: mention something you did not get "
                       "to say, or ask about the work")
        yield ctx.finding(message, data=data)


class PrematureLogisticsQuestion(Rule):
    """A thank-you note that asks about pay, benefits, time off, hours, remote days, dress code or start date.

    ## What it does
    Flags a question in the thank-you note about salary or compensation, benefits, vacation or PTO,
    working hours, remote days, the dress code or the start date: a sentence that asks ("?", or "I wanted
    to ask", "I'm curious", "could you tell me") and names one of them.

    A later follow-up (the interview lists earlier messages) is not checked: after the thank-you, and
    certainly once an offer is on the table, these are fair questions, best raised with the recruiter.
    Without interview context the draft is taken to be the thank-you note, and the finding carries
    `data["confidence"] = "low"`.

    ## Why is this bad?
    The thank-you note is about the conversation and the work. A question about pay or time off in it
    reads as if the perks were what interested you; those questions belong to the offer stage.

    ## Example
    ```text
    Hi Dana,

    Thank you for your time today. Could you also tell me what the salary range for the role is?

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for your time today. Could you also tell me how the team splits on-call duties?

    Best,
    Sam
    ```

    ## Source
    Grinnell College career services, as summarised in docs/advice.md ("Questions about salary,
    hours, dress code, start date in a thank-you": info). Sources agree these belong to the offer stage;
    none calls the question an error, hence info.
    """

    code = "FL302"
    name = "premature-logistics-question"
    default_severity = Severity.INFO
    needs = frozenset({"first_message"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        doc = ctx.doc
        confidence = "high" if ctx.interview is not None else "low"
        ask = existence("logistics", "ask_cues")
        seen: set[tuple[int, int]] = set()
        for tag in _logistics_matches(ctx):
            s, e = sentence_at(doc, tag.start)
            text = doc.own[s:e]
            if (s, e) in seen or not (asks(text) or ask.search(text) is not None):
                continue
            seen.add((s, e))
            yield ctx.finding(
                f"'{ctx.quote(tag.start, tag.end)}': asking about {_LABELS[tag.key]} in a thank-you note is "
                "premature; keep it for the offer stage",
                tag.start, tag.end, data={"topic": tag.key, "confidence": confidence},
            )


RULES = (NoAddedStrengthOrQuestion, PrematureLogisticsQuestion)

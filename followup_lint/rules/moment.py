"""FL206 no-specific-moment: the note says nothing concrete about this interview."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, Iterable, Sequence

from ..analysis.reference import (RARE_WEIGHT, RUN_EACH, RUN_RARE, References, about_the_candidate, generic_topic,
                                  misspelt_among, names_own_circumstance, names_the_readers_thing, recalled_topic,
                                  shares_a_coined_name, shares_a_date, shares_a_word_run)
from ..results import Finding, Severity
from ..rule import Rule, RuleContext
from ._phrases import existence, phrase_data, sentence_at
from ._substance import analysis, join_exercise_compounds, nothing_written
from ._topics import role_post_terms

__all__ = ["NoSpecificMoment", "references"]


def references(ctx: RuleContext) -> References:
    """The draft's references to the interview (``ctx.analysis.references``)."""
    return ctx.analysis.references


class NoSpecificMoment(Rule):
    """The note refers to nothing specific from this interview.

    ## What it does
    With the interview's `topics`, checks that the note refers to at least one of them. Matching
    survives paraphrase: words are stemmed, common words ("team", "role", "discussion") are ignored,
    rare words weigh more than common ones, and a few paraphrase families are merged, so "moving the
    billing pipeline to Kafka" refers to "the Kafka migration". Initials of adjacent topic words stand
    for them beside another word of the topic ("the QA backlog" for "the quality assurance backlog"). The matched topics are listed in
    `metrics["topics_referenced"]`. The interview's `strengths` and `questions` are not topics: raising a
    strength is a different move (`no-added-strength-or-question`), so the words a raised strength or
    question accounts for are not counted towards a topic; its other words are, when they give a topic's rare
    name or a distinctive run of its words ("is the motorbike for the Mukono route given ..." for the topic
    "visiting farmers on the Mukono and Buikwe milk collection routes"), or when they refer to a topic the
    item shares words with by the topic's own words, weighed as a topic is but without the shared ones ("That
    old Cat grader with the busted hydraulic line is the same model I kept running for six years" raises
    "six years keeping Cat graders running" and recalls "a Cat grader down with a burst hydraulic line").

    Generic-ness is measured with the packaged word-frequency list, not listed: a topic whose words are
    all frequent ("the duties of the position", "the company values": no word rarer than "growth", and
    little weight together) and that names nothing says nothing about this interview, and does not
    count even when the note repeats it. So is a topic that picks out no particular thing of the
    organisation: "the team's upcoming projects" (a word of time before a plural), "the company's
    workplace culture". A date a topic names counts however the note writes it ("the 14th June" for "the
    latest decision date: 14 June"; "the first of March" for "the launch on 1 March"), and so does a
    distinctive run of a topic's words repeated side by side (two rare words, "the tram depot", or three, "by
    the main hiring site" for "applying through the project-submission form instead of the main hiring
    site"; a number with the word it counts, "the 20-minute promise"), or a rare name of the topic,
    capitalised in both ("the Muscat drop time" for "delivery times in Muscat"; not the name of the person
    you greet, "Dear Wanida," for a topic about "his colleague Wanida in HR", nor any word of the greeting,
    "buenas tardes licenciada" run on into the message without a stop; not a brand written with
    capitals inside, "GSoC", "GitHub", which any applicant knows, nor where you would go or have been: "I
    would relocate to Leeds", "I studied at Leeds"), in the body or the subject; the writer's
    own acts of saying ("I want to reiterate how much I enjoyed ...") and reactions ("it truly resonated
    with me", "illuminating") name nothing from the interview, nor does the writer's own news told ("I wanted
    to share that I, too, have a passion for entrepreneurship"; "thank you for taking the time to explain
    that ..." is the reader's telling).

    What you did with the interview counts too: its feedback acted on ("I have incorporated changes after
    review", "made the changes you suggested", "Following your feedback, I reworked the intro"; not "I will
    make the changes after your review", nor "please review my changes"), and, when a topic names an
    exercise, the work done on it for the interview ("This is my modifications for the job interview"; not
    "my preparation for the interview").

    A note that names no listed topic but recalls something concrete is trusted (the list may be
    incomplete, and a clear paraphrase may share no word with it): a sentence that recalls what the
    interviewer or another panel member said or showed ("Piotr's question about spotting serial returners",
    "the 2am rush graph u showed", "the batch jobs you told about"; "your story about retiring the clipboards on the loading dock", "when you
    showed me the cold-room sensors", "thank you for showing me the Zia anomaly alerts", "the figure you
    gave", "the deep dive into the HANA delta merge", "the racking audit you mentioned", "I was surprised
    to hear that the Kisumu depot ships 400 crates a day", "I was told the rota would be
    settled within two weeks", "I finished the puzzle on the train home") counts when it names a less
    common thing, a name, a number or a deadline the remark stated (not a field of study written with
    capitals, "Artificial Intelligence applied to financial markets", which the reader's page tells any
    applicant; not a template's slot in square brackets, "meeting you and [underling]"; not the message's
    first word after the greeting line, "Dear Lorena," then "Many thanks ...", which opens a sentence; not the
    title case of a Markdown heading, "### Personal Note", whose rare words still count by their weight), even when a template left the date as a
    slot ("You indicated I might hear from you by (date)": the remark is the moment; `leftover-placeholder`
    reports the slot). A wish about the reader's own news, which only the interview can have told ("I hope
    everything turns out well with your mother", "Congratulations on your new baby", "Congratulations on your promotion"), counts
    too; "I hope you and your family are well" and "your promotion campaign" name no news. A story
    recalled by its kind ("the story of the night manager who drove milk to the care home") tells what
    happened: its words together count, as a practice's do; "the story of the company" names nothing. A sentence that only points at the conversation ("our discussion
    of", "hearing about", "talking through") needs more: a rare word, two less common ones, a name or a
    number, found from the cue on when the cue is followed by its object ("a desire to learn more about
    the sector": the words before it describe you), so polished but empty prose ("our dialogue on the shifting dynamics of the market", "the
    evolving landscape of the sector") does not count, nor does the employer's field in such a frame ("the
    dynamic landscape of microfinance", "the fintech space"): any applicant knows it ("the mezzanine space" or
    "the postcode field" is a place or a thing's part, not a field). A concrete part of the interview counts by itself
    ("the case study", "the tour", "the live demo", "the walk round the hangar", "thank you for walking me
    round the factory floor", "the visit to the bridge site at Asaba"; being shown around the office or the
    premises is any visit's, and a part still to come, "I look forward to the site visit", recalls nothing), as does an exercise named by what you did together ("thanks for
    pairing with me", "our whiteboarding"; not "I look forward to pairing with you"). Generic praise of "the role", "the team", "the company culture" or
    "the opportunity" does not count, nor what a job ad offers any hire in the plural ("the growth
    opportunities and the training programmes", "perks", "mentorship") or the duties it lists ("managing
    deliverables, stakeholders and deadlines"; the job named, then its tasks in the gerund: "more about the job:
    answering the customers by phone, handling the warranty claims and planning the repairs"), and neither do the words of a placeholder or a shouted instruction
    ("[INSERT THE PROJECT YOU DISCUSSED]", "INSERT PROJECT NAME HERE"), nor a misspelt common word, which is
    as rare as the word meant ("giving me oppurtunity" is no rare thing), nor your name signed alone in lower
    case on the last line with no sign-off phrase above it ("have a nice evening", then "ramesh"), nor those of a template's
    instruction ("I particularly like (Specifically what you liked best about the job).", "Remind him/her
    of the project you discussed."), filler letters ("working for xx"), or praise after the thing recalled
    ("Your insights into the company's direction were very compelling"). A topic that is your own
    background ("the candidate's statistics degree") counts only when you recall talking about it:
    restated as a qualification ("my background in statistics would let me contribute") it recalls
    nothing. A remark recalled ("your reflection on the challenges facing the nurse in this role") counts
    for a topic when it, or the sentence after it ("I agree that the balance of responsibility for a new
    graduate may be difficult"), shares two less common words with it. When the
    interview set an exercise (a topic names a take-home, a challenge, an assignment, a case study),
    naming it by its kind counts ("Thanks for the challenge", "This was a fun task", "the case" for a case
    study, not "in that case"; "this project", "my code for the project" for "the coding project: ...", a
    project the topic says is one of code; in the subject, wherever
    the kind stands: "Hiring Challenge Submission", "Challenge completion"), even when the rest of the
    topic is generic, and so does the limit it was set to ("I wanted to honor the time constraint", "I stopped
    at the four-hour limit"; not "your time constraints", "the time constraints of the hiring process") and its
    optional part, done, claimed or left ("I also did the bonus part", "You must give me bonus because I did
    ...", "I skipped the extra credit"; not "the signing bonus", "a nice bonus"); the plural "the challenges of the role" does not. The
    subject titling the work sent for an exercise names it even when no topic lists one (the list may be
    incomplete): its kind in the singular after a qualifier of a hiring exercise or the employer's name
    ("Coding test: my notes", "Initech assessment by Sam Lee") or beside a word of the work done ("Completed
    challenge", "Homework solution"); not a reply's subject ("Re: ..."), a kind that is a word of the role or
    stands before a role's noun ("QA Test Engineer interview"), nor "Ready for a new challenge". A
    deliverable the interview asked for, named by its kind in the note or its subject, recalls the request
    ("Code Sample" for "the request for code samples from past work", "my writing samples are attached"
    for "the writing sample Dana asked for"; not when no topic asked for it). Problems the interviewer set, named as set ("the
    problems you gave me", "the puzzles you posed"), are the exercise when a topic names that kind ("two
    whiteboard problems: ..."); "the problems you mentioned" are the conversation's. A test, an exam, an assessment or
    a pull request the interview set is such an exercise ("this test", "your datascience exam", "my PR");
    a plural the topic itself uses counts ("the test tasks": "all tasks are done", "these tasks"), and so
    does the reader's review of the exercise when a topic names it ("your review and your comments"),
    but not your own exam raised as a strength. However it is written, the kind names the exercise: with a
    number or an adjective before it ("the first 4 Task"), in the wrong case, or without a determiner where
    the topic's own two words stand ("there are interesting test task" for "the refactoring test task"); the
    kind of problem an exercise topic names is that exercise ("review the problem" for "the internship
    problem ... sent as a pull request"), but not your difficulty ("The problem is that I start in May",
    "the only problem was my visa"). The exercise named by its title counts, as a
    submission's subject or a one-line pull request names it: two side-by-side words of what the topic says
    after its kind ("Bike Shop Project" for "the test task: a booking service for a bike shop"), the whole
    title before the kind ("Submission for hiring day" for "the hiring day challenge"), a coined title word
    before any kind ("hhbuilder test performed" for "the hhbuilder homework"), the employer's name before
    a kind ("finished initech challenge"), or a compound the topic coins with a hyphen before its kind, side by
    side ("Weather Forecast App" for "the weather-forecast microsite challenge"; not one of common words,
    "full-stack", "data-science"); "senior backend", the title's words alone, may be any job's. Two words of the exercise's title before a kind, without a determiner,
    name it too ("Worked on Senior Frontend dev tasks." for "the senior frontend hiring test: ..."), and when
    a topic describes the thing the exercise builds ("a web form that imports a file"), so does the thing
    itself unless it is as often the employer's own ("The importer skips rows" for "a CSV importer"; not "the
    app", "the form"), or a part of it
    ("I punted on the UI, but hope the functionality and architecture make up for it"; not "the UI team"). Written questions the interview set to answer ("the
    written interview questions in the repository", "a questionnaire") are named when the note answers
    them ("my answers to the screening questions", "answering interview's question"); "thank you for
    answering my questions" is the conversation's. When the application itself is the exercise ("applying
    through the hacker-application repository: fork it ... and send a pull request"), its unusual form
    named ("the cool approach for applying", "your unusual way to apply") counts; "thank you for
    considering my application" does not. A word of a topic written solid from two common words
    ("hallway", "storefront") is named by its first word beside another word of the topic ("I met him in
    the hall"), as initials are. A remark recalled with the time it gave for what would happen ("you
    mentioned a decision would be finalized this week") counts. How a workplace runs in general ("your
    team's workflow", "the company's processes") names nothing, as its culture does not. An abstract noun of manner or purpose ("strategies", "approach",
    "practices", "priorities") names nothing, so "project management strategies" is a generic topic; so do
    the stock words of polished prose and job ads, rare as they are ("paradigms", "synergies",
    "fast-paced", "cutting-edge"), so "working in a fast-paced environment" is a generic topic too. So do
    the values an organisation professes and the weight it gives them ("the emphasis the company places on
    innovation and collaboration", "a culture of integrity and teamwork"), but only as professed values: "the
    trust accounting module", "the focus group results" and "the ownership change at the plant" name
    something. Evidence after the cue of a
    sentence ends where the writer joins on a clause of their own ("I remain excited about the opportunity,
    and I wanted to reiterate my qualifications", "the insights you shared about the company's mission, and
    I believe my skills align well"). Your assets named by their kind ("the candidate's qualifications",
    "credentials", "expertise") make a generic topic. A
    topic that gives an example ("the ward's volunteer programme, such as its weekly befriending visits")
    is referred to by either part, as is an exercise topic that spells out after a colon what the exercise
    was ("the take-home assignment: a weather dashboard in React": "weather dashboard done"), and a word of what belongs to the reader ("your prototyping process")
    counts for a topic, not for a strength of yours. A thing a topic names as the organisation's, named word
    for word as the reader's ("your current graphic design needs" for "the studio's current graphic design
    needs: packaging and print work"), counts even when its words are the role's; a topic that spells a thing
    out after a colon is referred to by either part. A circumstance of yours the interview raised ("the
    applicant's end-of-semester exams", "the candidate's lateness and absences"), named as yours ("in the middle
    of my exams", "my lateness"), counts; a qualification of yours restated ("my statistics degree") still
    recalls nothing. A name a topic coins with a symbol ("Questions+", "Notepad++") counts when the note
    writes it so ("**Questions+**"), though the word alone is common. A code identifier holding two words of
    a topic ("`DataTableCompanies` emits ..." for "the companies table") names the exercise's own code; one
    word ("`CompanyList`") may be any code's. Initials inside an identifier are a word of it
    ("PexelsAPISearch": Pexels, API, Search), words are compared by their stems ("Search" for "searches"), an
    identifier in the subject counts as one in the body, and an identifier the topic itself writes is read by
    its words ("urlGrab" for "the take-home: ..., his urlGrab"), unless it is a dictionary word, a brand any
    applicant knows ("GitHub"). The post of the role's person ("for the QA internship" for a QA intern, "the
    traineeship" for a graduate trainee) is the role named, not the topic "the internship schedule". A link's address is no word of yours: the exercise named only
    in it ("[Repo](https://github.com/me/frontend-developer-challenge)") recalls nothing. A line left in square brackets that opens
    on an instruction verb ("[Insert something interesting or something you learned from your
    conversation]") is a template's instruction: its words recall nothing, and nor does the name of the
    occasion where you met ("at the Georgia Football Networking Event").

    A text that tells its reader how to write the note (a template's guide, a model letter whose body is
    advice: "Thank the interviewer for their time. In the body of your letter, present ...") recalls
    nothing in its sentences about the letter or the reader by role, and a cue inside a quoted example
    ('avoid clichés such as "My visit was very interesting"') is nobody's recollection. "It was a pleasure
    to talk about", "we spoke about" point at the conversation, as "discussing" does; an offer to talk
    again ("happy to talk about next steps on Tuesday at 3pm") does not. A chance encounter with someone
    else on the day, with where it happened ("I met him in the hall", "bumping into your founder by the
    coffee machine", "your CEO at the pantry"), is a part of the interview by itself; meeting "you", or a meeting still to come
    ("I look forward to meeting him in the lobby", "Meeting Priya at reception at 9 works for me"), is
    not.

    Without topics (or with only generic ones), only that second test applies, and the findings carry
    `data["confidence"] = "low"`.

    In template mode a slot for the moment (`{{specific_moment}}`, `[something you discussed]`) counts as
    a specific moment.

    A note with almost nothing of its own (one word, a greeting and a sign-off, or a "CC: @handle" line
    alone) is judged like any other: what it lacks is reported. So is a subject sent with an empty body
    (an issue's title alone): the subject is your text. Only a draft with no word of its own in either (or
    with a reply's "Re: ..." subject alone) is skipped.

    ## Why is this bad?
    A note that could have been sent after any interview is forgotten as soon as it is read. One concrete
    detail shows that you listened, and brings the conversation, and you, back to mind.

    ## Example
    ```text
    Hi Dana,

    Thank you for taking the time to speak with me today. I enjoyed learning more about the role and
    the team, and I am excited about the opportunity.

    Best regards,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for taking the time to speak with me today. I keep thinking about the Kafka migration you
    described, and how the billing pipeline has to keep running while it moves.

    Best regards,
    Sam
    ```

    ## Context
    ```json
    {"interview": {"interviewers": [{"name": "Dana Whitaker"}], "company": "Initech",
                   "topics": ["moving the billing pipeline to Kafka", "the on-call rotation"]}}
    ```

    ## Source
    The founding advice in docs/advice.md, point 4 ("touch on a subject or occurrence from the
    interview"); HBR (Markman): make the note concrete in at least one respect; Hays and Glassdoor give the
    same advice. Default severity warning, as in DOMAIN.md's table.
    """

    code = "FL206"
    name = "no-specific-moment"
    default_severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        doc = ctx.doc
        if ctx.template and any(p.is_moment_slot for p in (*doc.placeholders, *doc.subject_placeholders)):
            return
        if nothing_written(ctx):
            raise ctx.skip("the draft has no text of its own")
        interview = ctx.interview
        a = analysis(ctx)
        topics = [t for t in interview.topics if not generic_topic(t, a.excluded)] if interview else []
        if topics:
            assert interview is not None  # the topics are the interview's
            # the references are read only when a matched topic is the candidate's own background or
            # nothing matched: most notes name a topic, and reading references costs ~0.2 ms a sentence
            # (a topic matched only by the post of the role's person, "for the QA internship" for a QA intern
            # and the topic "the internship schedule", is matched by the role named: outside batch
            # thirty-third ag-312)
            posts = role_post_terms(interview)
            if any(not generic_topic(m.phrase, a.excluded)
                   and not (about_the_candidate(m.phrase) and not _recalled_at(references(ctx), m.start, m.end))
                   and not (posts and posts.issuperset(m.matched))
                   for m in a.topics):
                return
            said = f"{_said_of_the_interview(ctx, a)}\n{_subject_said(ctx)}"
            if shares_a_date(said, topics) or shares_a_word_run(
                    said, [t for t in topics if not about_the_candidate(t)], a.excluded):
                return  # "the last possible date was the 14th June", "by the main hiring site"
            if names_own_circumstance(said, topics) or names_the_readers_thing(said, topics) \
                    or shares_a_coined_name(said, topics):
                return  # "in the middle of my exams", "your current graphic design needs", "**Questions+**"
            refs = references(ctx)
            if refs.concrete or recalled_topic(doc, refs, topics, a.excluded):
                return  # something concrete that the topic list does not name, or a remark paraphrased
            raised = [(m.start, m.end) for m in (*a.strengths, *a.questions) if m.field == "body"]
            # (a link's address is no word of the writer's: "[Repo](https://github.com/me/frontend-developer-
            # challenge)" names the exercise only as a repository's path does)
            addresses = [(t.start, t.end) for t in doc.tokens if t.kind == "url"]
            if _names_the_exercise(doc.own, ctx.draft.subject or "", interview.topics, raised + addresses) \
                    or _titles_the_exercise(said, interview.topics, interview.company or "", a.excluded) \
                    or _names_a_requested_deliverable(doc.own, _subject_said(ctx), interview.topics,
                                                      raised + addresses) \
                    or _subject_titles_an_exercise(ctx.draft.subject or "", interview.company or "", a.excluded):
                return  # "Thanks for the challenge": the interview's exercise, by its kind or its title
            if _names_in_an_identifier(doc.own, topics, a.excluded, addresses, _subject_said(ctx)):
                return  # "`DataTableCompanies` emits ..." for "the companies table": the exercise's own code
            if _names_in_a_host(ctx, [t for t in topics if not about_the_candidate(t)], a.excluded):
                return  # "data from api.currencylayer.com" for "the converter challenge using the currencylayer API"
            if _acts_on_the_interview(doc.own, interview.topics, raised, _subject_said(ctx)):
                return  # "I have incorporated changes after review", "my modifications for the job interview"
            if _recalled_in_a_raised_item(doc.own, [m for m in (*a.strengths, *a.questions) if m.field == "body"],
                                          [t for t in topics if not about_the_candidate(t)], a.excluded):
                return  # "is the motorbike for the Mukono route given ...": the question recalls a topic too
            yield ctx.finding(
                "Nothing in the note refers to a topic from the interview; mention one, such as "
                f"'{_short(topics[0])}'",
                data={"confidence": "high", "topics": list(interview.topics) if interview else []},
            )
            return
        refs = references(ctx)
        if refs.concrete:
            return
        if refs.items:
            first = refs.items[0]
            s, e = sentence_at(doc, first.cue_start)
            yield ctx.finding(
                f"'{ctx.quote(s, e)}' is generic: name something specific you discussed",
                data={"confidence": "low"},
            )
            return
        yield ctx.finding(
            "Nothing in the note refers to something specific from the conversation",
            data={"confidence": "low"},
        )


#: a code identifier of two or more words written solid: camelCase, PascalCase ("DataTableCompanies",
#: "closeAddCompanyDialog"), with initials inside ("PexelsAPISearch", "parseHTMLTable", thirty-third ag-123)
#: or snake_case ("companies_table")
_IDENTIFIER: Final = re.compile(r"\b(?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,8}(?=[A-Z][a-z]))"
                                r"(?:[A-Z][a-z]+|[A-Z]{2,8}(?=[A-Z][a-z]|\b))+\b|\b[a-z]+(?:_[a-z]+)+\b")
#: an identifier's words: a capitalised or lower-case word, or a run of initials ("API" in "PexelsAPISearch")
_IDENTIFIER_PART: Final = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+")


def _names_in_an_identifier(own: str, topics: Sequence[str], excluded: frozenset[str],
                            addresses: Sequence[tuple[int, int]] = (), subject: str = "") -> bool:
    """Does a code identifier of the note or its subject hold two content words of one topic
    ("`DataTableCompanies` emits the events" for "the frontend challenge: the DynamicForm, the companies table
    and ..."; "the `parking_meter` module" for "the parking meter kata"; the subject "PexelsAPISearch bugs and
    tasks" for "the take-home project: an iOS app that searches ... the Pexels API")? The candidate writes
    about the exercise's own code by its names. Words are compared by their stems ("Search", "searches"), and
    an identifier the topic itself writes is read by its words too ("urlGrab" for "the take-home: ..., his
    urlGrab"), unless it is a word of the dictionary, a brand any applicant knows ("GitHub"). Two of the
    topic's words, at least one of them a content term ("table"; "companies" is a common word, counted only
    beside one): one word ("`CompanyList`" for "the companies table") may be any code's. An identifier inside
    a link's address is no word of the writer's."""
    from ._topics import _word_keys

    for text, skip in ((own, addresses), (subject, ())):
        for m in _IDENTIFIER.finditer(text):
            if any(s <= m.start() < e for s, e in skip):
                continue
            parts = _identifier_words(tuple(_IDENTIFIER_PART.findall(m.group())))
            for topic in topics:
                wanted = _topic_identifier_words(topic)
                shared = parts.keys() & wanted.keys()
                if len(shared) >= 2 and any(_word_keys(parts[k]) - excluded for k in shared):
                    return True
    return False


#: a bare host name: labels joined by dots, no scheme and no path ("api.currencylayer.com", "pusher.com")
_BARE_HOST: Final = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.IGNORECASE)
_HOST_LABEL: Final = 4   # the shortest label of a host that may be a name ("www", "api", "app" are not read)


def _names_in_a_host(ctx: RuleContext, topics: Sequence[str], excluded: frozenset[str]) -> bool:
    """Does a bare host name the writer typed in the note (no scheme, no path: "I could not get the data from
    api.currencylayer.com", thirty-fifth ai-163) hold a rare name of a topic as one of its labels
    ("currencylayer" of "the currency converter challenge using the currencylayer API")? Such a host names the
    service by its address, as the name would. A link (with a scheme or a path) stays an address, no word of the
    writer's; the employer's own domain, a common word and a short label ("www", "api") name nothing."""
    from ._topics import _word_keys, phrase_term_list

    doc = ctx.doc
    lo, hi = doc.content_range
    labels: set[str] = set()
    for t in doc.tokens:
        if t.kind != "url" or not lo <= t.start < hi or _BARE_HOST.fullmatch(t.text) is None:
            continue
        for label in t.text.lower().split(".")[:-1]:
            if len(label) >= _HOST_LABEL and label.isalpha():
                labels |= _word_keys(label)
    labels -= excluded
    return bool(labels) and any(term.key in labels and term.weight >= RARE_WEIGHT
                                for topic in topics for term in phrase_term_list(topic, excluded))


@lru_cache(maxsize=1024)
def _identifier_words(parts: tuple[str, ...]) -> dict[str, str]:
    """Words of three letters or more that are not stop words, by their stems (stem -> word)."""
    from ._topics import _vocab, stem

    stop = _vocab()[0]
    return {stem(w): w for w in map(str.lower, parts) if len(w) >= 3 and w not in stop}


@lru_cache(maxsize=256)
def _topic_identifier_words(topic: str) -> dict[str, str]:
    """A topic's words by their stems, with the words of an identifier the topic writes ("urlGrab": "url",
    "grab"), unless the identifier is a word of the dictionary ("GitHub", "JavaScript")."""
    words = list(_words(topic.lower()))
    for m in _IDENTIFIER.finditer(topic):
        if not _known_word(m.group().lower()):
            words += _IDENTIFIER_PART.findall(m.group())
    return _identifier_words(tuple(words))


def _known_word(word: str) -> bool:
    from ..spelling.engine import load_extra_words
    from ..spelling.lexicon import load_lexicon

    return word in load_lexicon() or word in load_extra_words()


def _acts_on_the_interview(own: str, topics: Sequence[str], raised: Sequence[tuple[int, int]],
                           subject: str = "") -> bool:
    """Does the note tell what the writer did with the interview: its feedback acted on ("I have incorporated
    changes after review", "made the changes you suggested", "Following your feedback, I reworked the intro"),
    or, when a topic names an exercise, the work done on it for the interview ("This is my modifications for
    the job interview") or on its optional part, in the note or its subject ("You must give me bonus because I
    did ...", "Bonus tasks done", thirty-sixth aj-171)? A change still to make ("I will make the changes after
    your review") or asked to be looked at ("please review my changes") tells nothing of it, nor does pay ("the
    signing bonus") or the idiom ("a nice bonus")."""
    if _said_outside(existence("moment", "feedback_acted").finditer(own), raised):
        return True
    kinds = _exercise_words()[0]
    if not any(not kinds.isdisjoint(_topic_words(t)) for t in topics):
        return False
    bonus = existence("moment", "exercise_bonus")
    return _said_outside(existence("moment", "exercise_work").finditer(own), raised) \
        or _said_outside(bonus.finditer(own), raised) or any(True for _ in bonus.finditer(subject))


def _recalled_in_a_raised_item(own: str, raised: Sequence, topics: Sequence[str], excluded: frozenset[str]) -> bool:
    """Does a question or strength raised (``raised``: its matches) also name a topic by words the listed
    item does not have: a rare name of the topic or a distinctive run of its words ("is the motorbike for the
    Mukono route given ...", for the question "whether the cooperative provides the motorbike for the routes"
    and the topic "visiting farmers on the Mukono and Buikwe milk collection routes")? The words the listed
    item accounts for are blanked: they are the other move's. A topic is named too when the words left refer
    to it as a topic is referred to (``COVERAGE`` of its weight and ``MIN_MATCHED`` at least), counting only the
    topic's words the listed item does not have: "That old Cat grader with the busted hydraulic line is the
    same model I kept running for six years at the county road garage" raises the strength "six years keeping
    the county road garage's Cat graders running" and recalls the topic "a Cat grader down with a burst
    hydraulic line" by its own "hydraulic line" (a phone note's line, a sentence of its own)."""
    from ._topics import COMPOUND, COVERAGE, MIN_MATCHED, phrase_terms, terms_of

    for m in raised:
        text = own[m.start:m.end]
        listed = {t.key for t in terms_of(m.phrase, excluded=excluded)}
        left: set[str] = set()
        for t in terms_of(text, excluded=excluded):
            if t.key in listed:
                text = text[:t.start] + " " * (t.end - t.start) + text[t.end:]
            else:
                left.add(t.key)
        if shares_a_word_run(text, topics, excluded):
            return True
        for topic in topics:
            wanted = phrase_terms(topic, excluded)
            if listed.isdisjoint(wanted):
                continue  # (a topic sharing no word with the item: its words were never the item's)
            own_words = {k: w for k, w in wanted.items() if k[:1] != COMPOUND and k not in listed}
            total = sum(own_words.values())
            got = sum(w for k, w in own_words.items() if k in left)
            if got >= MIN_MATCHED and got / total >= COVERAGE:
                return True
    return False


def _said_of_the_interview(ctx: RuleContext, a) -> str:  # type: ignore[no-untyped-def]
    """The candidate's text with what cannot refer to a topic blanked out (offsets kept): a raised
    strength or question, a template's instruction, a placeholder's slot, and the greeting's words: the
    person greeted is addressed, not recalled ("Dear Khun Wanida," shares no rare name with the topic "his
    colleague Wanida Inthawong in HR will send the contract details", outside batch twenty-fourth j-310)."""
    doc = ctx.doc
    spans = [(m.start, m.end) for m in (*a.strengths, *a.questions) if m.field == "body"]
    if doc.greeting is not None:
        spans.append((doc.greeting.start, doc.greeting.end))
    spans += list(ctx.analysis.sentences.instructions)
    spans += [(p.start, p.end) for p in doc.placeholders]
    text = doc.own
    for s, e in sorted(spans):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def _subject_said(ctx: RuleContext) -> str:
    """The subject as the candidate wrote it, a placeholder's slot and a reply's "Re:" left out."""
    subject = ctx.doc.subject.text
    for p in sorted(ctx.doc.subject_placeholders, key=lambda p: -p.start):
        subject = subject[:p.start] + " " * (p.end - p.start) + subject[p.end:]
    return re.sub(r"^\s*(?:(?:re|fwd?|aw|sv)\s*:\s*)+", "", subject, flags=re.IGNORECASE)


def _names_the_exercise(own: str, subject: str, topics: Sequence[str],
                        raised: Sequence[tuple[int, int]] = ()) -> bool:
    """Does the note name the exercise the interview set ("Thanks for the challenge", "this assignment",
    "This was a fun challenge", "my submission to the code challenge", "this test", "your datascience exam",
    "my PR"), when a topic is one (``exercise_topics``, whether or not the rest of the topic is generic:
    "the frontend challenge: an app built from the team's design")? A plural counts where the topic has it
    ("the test tasks": "these tasks"), and after "these", "those", "all"; the reader's review of it counts
    when a topic names the review ("your review and your comments" for "Axel's review comments on the
    coding challenge"), not inside a strength raised ("I passed the Kafka certification exam": your own
    exam, not one the interview set). A subject is a title: the kind the topic names, in the singular, counts
    wherever it stands in it ("Exercise", "Challenge completion", "Coding challenge submission", "Hiring
    Challenge Submission"), or a delivered noun after the word before it in the topic ("Web project")."""
    if _answers_the_questions(own, topics, raised) or _names_the_set_problems(own, topics, raised):
        return True
    kinds, nouns, reviews, deliveries = _exercise_words()
    said = _title_words(subject)
    if _titles_a_plural_exercise(said, topics, kinds):
        return True
    set_by = [words for words in map(_topic_words, topics) if not kinds.isdisjoint(words)]
    if not set_by:
        return False
    if _names_the_way_to_apply(own, topics, kinds, raised) or _names_the_limit(own, raised):
        return True
    low = own.lower()
    if _names_a_built_part(low, set_by, raised) or _by_another_kind(low, topics, kinds, raised):
        return True
    used = {word for words in set_by for word in words}
    # the topic's own plurals of a noun ("tasks"), and the review words it uses ("review", "comments")
    delivered = {short for short, full in _delivery_short().items() if full in used} | (deliveries & used)
    # the kind of problem an exercise topic names ("the internship problem ... sent as a pull request"):
    # "the problem" is that exercise
    problems = {w for w in used if w.removesuffix("s") in _problem_kinds()}
    named = frozenset((nouns - deliveries) | delivered | problems
                      | {w for w in used if w.endswith("s") and w[:-1] in nouns} | (reviews & used))
    pairs = {pair for words in set_by for pair in zip(words, words[1:]) if pair[1] in nouns}
    # (the kind misspelt names it all the same: "This is recruitment assesment", twenty-ninth ac-166)
    named |= misspelt_among(low, named)
    # (a pair is looked for only when both its words are in the note: the pattern of the pairs left is
    # usually the empty one, compiled once, not one per interview)
    pairs_here = frozenset(p for p in pairs if p[0] in low and p[1].removesuffix("s") in low)
    for pattern in (_exercise_ref(named), _pair_ref(pairs_here)):  # (the pair: "there are interesting
        for m in pattern.finditer(low):                                  # test task" for "the test task")
            if not any(s <= m.start() < e for s, e in raised) and not _a_difficulty(low, m, problems) \
                    and not _an_idiom(low, m, delivered):
                return True
    if any(word in kinds and any(word in words for words in set_by) for word in said):
        return True                            # "Challenge completion" for "the DevOps challenge: ..."
    return any(pair in pairs for pair in zip(said, said[1:]))


def _subject_titles_an_exercise(subject: str, company: str, excluded: frozenset[str]) -> bool:
    """Does the subject title the work sent for an exercise, named by its kind in the singular, whether or not
    a topic lists the exercise ("Completed challenge", "Aviv QA technical test: issues and improvements",
    "Paramo Tech Exam by Leonardo Rivera", thirty-third ag-163, ag-167, ag-172)? The topic list may be
    incomplete; a title's kind names the exercise when a qualifier of a hiring exercise or the employer's name
    stands before it ("Coding test", "Initech assessment") or a word of the work done stands beside it
    ("Assignment submission", "Finished the exercise"). Not a reply's subject ("Re: ...": the thread's title),
    nor a kind that is a word of the role or comes before a role's noun ("QA Test Engineer interview"), nor a
    kind with nothing of an exercise about it ("Ready for a new challenge", "Question about the test date")."""
    if not subject or _REPLY_SUBJECT.match(subject):
        return False
    kinds, qualifiers, marks = _title_vocabulary()
    words = _title_words(subject)
    if kinds.isdisjoint(words):
        return False
    from ._topics import _word_keys

    not_before = _build_words()[2]
    employer = [w for w in _words(company.lower()) if w not in _TITLE_SKIP][:1]
    for i, word in enumerate(words):
        if word not in kinds or i + 1 < len(words) and words[i + 1] in not_before:
            continue
        if _word_keys(word) and _word_keys(word) <= excluded:
            continue  # (a word of the role: "test" for a test engineer)
        before, after = words[max(0, i - 2):i], words[i + 1:i + 3]
        if before and before[-1] in qualifiers or employer and employer[0] in before:
            return True
        if not marks.isdisjoint(before) or not marks.isdisjoint(after):
            return True
    return False


#: a reply's or a forward's subject ("Re: ...", "Fwd: ...")
_REPLY_SUBJECT: Final = re.compile(r"\s*(?:re|fwd?|aw|sv)\s*:", re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = phrase_data()["moment"]
    return (frozenset(data["exercise_title_kinds"].split()), frozenset(data["exercise_title_qualifiers"].split()),
            frozenset(data["exercise_title_marks"].split()))


def _names_a_requested_deliverable(own: str, subject: str, topics: Sequence[str],
                                   raised: Sequence[tuple[int, int]]) -> bool:
    """Does the note or its subject name, by its kind, a deliverable a topic says the interview asked for
    ("Code Sample" for "the request for code samples from past work", twenty-eighth ab-101; "my writing sample
    is attached" for "the writing sample Dana asked for")? Singular and plural are one kind; a kind inside a
    raised strength or question is not read."""
    kinds = [k for k in _deliverable_kinds() if any(k.search(t) for t in topics)]
    return any(k.search(subject) or any(not any(s <= m.start() < e for s, e in raised) for m in k.finditer(own))
               for k in kinds)


@lru_cache(maxsize=1)
def _deliverable_kinds() -> tuple[re.Pattern[str], ...]:
    def plural(kind: str) -> str:
        head, _, last = kind.rpartition(" ")
        if kind.startswith("letter"):
            return re.escape(kind).replace("letter", "letters?", 1)
        if last.endswith("s"):
            form = re.escape(last)
        elif last.endswith("y"):
            form = re.escape(last[:-1]) + "(?:y|ies)"
        else:
            form = re.escape(last) + "s?"
        return (re.escape(head) + r"[\s-]+" if head else "") + form

    return tuple(re.compile(rf"\b{plural(k)}\b", re.IGNORECASE)
                 for k in phrase_data()["moment"]["requested_deliverables"])


def _names_the_limit(own: str, raised: Sequence[tuple[int, int]]) -> bool:
    """Does the note name the limit the exercise was set to ("I wanted to honor the time constraint", "within
    the two-hour limit"), outside a raised strength or question? (Asked only when a topic names an exercise.)"""
    return any(not any(s <= m.start() < e for s, e in raised) for m in _limit_ref().finditer(own))


@lru_cache(maxsize=1)
def _limit_ref() -> re.Pattern[str]:
    return re.compile(phrase_data()["moment"]["exercise_limits"], re.IGNORECASE)


def _titles_the_exercise(said: str, topics: Sequence[str], company: str, excluded: frozenset[str]) -> bool:
    """Does ``said`` (the note and its subject, raised strengths and questions blanked) name the interview's
    exercise by its title, as a submission's subject or a one-line pull request does? Three ways: two
    side-by-side words of an exercise topic, each as rare as ``RUN_EACH``, side by side here ("Parking Meter
    Kata" for "the parking meter kata: ..."; "Socks Store Project" for "the test task: an accounting service
    for a socks store"); the whole title before the topic's kind when it has two words or more ("Submission
    for the onboarding week" for "the onboarding week challenge"); or the employer's name before a kind ("my
    Initech challenge", "finished the Globex take-home"). A kind alone after a common word ("backend tasks")
    and a pair of common words ("senior backend") name nothing."""
    kinds = _exercise_words()[0]
    set_by = [t for t in topics if not kinds.isdisjoint(_topic_words(t))]
    if not set_by:
        return False
    low = said.lower()
    if not (_exercise_pairs(set_by, kinds, excluded) | _title_compounds(set_by, kinds, excluded)).isdisjoint(
            _adjacent_pairs(said, excluded, RUN_EACH)):
        return True
    for topic in set_by:
        words = list(_topic_words(topic))
        title = words[:next(i for i, w in enumerate(words) if w in kinds)]
        while title and title[0] in _TITLE_SKIP:
            title = title[1:]
        # (each search below needs its words in the note as written: a note without them is answered
        # without compiling a pattern of this interview's words, ~1-10 ms each on a draft unlike the last)
        if len(title) >= 2 and _TITLE_SKIP.isdisjoint(title) and all(w in low for w in title) \
                and re.search(rf"\b{'[- ]+'.join(map(re.escape, title))}\b(?![-'’])", low):
            return True
        if len(title) == 1 and title[0] in low and _rare_word(title[0], excluded) and re.search(
                rf"\b{re.escape(title[0])}\s+(?:{_kind_alternatives()})\b(?![-'’])", low):
            return True         # "hhbuilder test performed" for "the hhbuilder homework: ..."
    names = [w for w in _words(company.lower()) if w not in _TITLE_SKIP][:1]
    if not names or names[0] not in low:
        return False
    return re.search(rf"\b{re.escape(names[0])}(?:'s)?\s+(?:[a-z]+\s+)?(?:{_kind_alternatives()})\b(?![-'’])",
                     low) is not None


def _rare_word(word: str, excluded: frozenset[str]) -> bool:
    from ._topics import terms_of

    terms = terms_of(word, excluded=excluded)
    return len(terms) == 1 and terms[0].weight >= RARE_WEIGHT


@lru_cache(maxsize=1)
def _kind_alternatives() -> str:
    """An exercise's kind or noun, as a regular-expression alternation ("challenge|test|take-home|...")."""
    kinds, nouns = _exercise_words()[:2]
    return "|".join(sorted(("[- ]".join(map(re.escape, k.split("-"))) for k in kinds | nouns), key=len, reverse=True))


def _adjacent_pairs(text: str, excluded: frozenset[str], rare: float) -> frozenset[tuple[str, str]]:
    """The pairs of content words side by side in ``text`` (nothing but spaces or a hyphen between them),
    each as rare as ``rare``."""
    from ._topics import COMPOUND, terms_of

    terms = [t for t in terms_of(text, excluded=excluded) if t.key[:1] != COMPOUND]
    return frozenset((a.key, b.key) for a, b in zip(terms, terms[1:])
                     if a.key != b.key and not text[a.end:b.start].strip(" -") and min(a.weight, b.weight) >= rare)


def _exercise_pairs(topics: Sequence[str], kinds: frozenset[str], excluded: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The pairs of rare words side by side in what an exercise topic says after its kind (the thing it
    builds: "the test task: an accounting service for a socks store"); the title's words before the kind are
    often the role's ("senior backend"), named in full or not at all."""
    out: set[tuple[str, str]] = set()
    for topic in topics:
        low = join_exercise_compounds(topic.lower())
        kind = next((m for m in re.finditer(r"[a-z]+(?:-[a-z]+)*", low) if m.group() in kinds), None)
        if kind is not None:
            out |= _adjacent_pairs(topic[kind.end():], excluded, RUN_EACH)
    return frozenset(out)


def _title_compounds(topics: Sequence[str], kinds: frozenset[str], excluded: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The two words of a compound an exercise topic joins by a hyphen before its kind ("weather-forecast" in
    "the weather-forecast microsite challenge", "expense-tracker" in "the expense-tracker take-home"), each as
    rare as ``RUN_EACH`` and one as rare as ``RUN_RARE``: a name the topic coined for the thing the exercise
    builds, so the two side by side ("Weather Forecast App", "my expense tracker", thirty-sixth aj-173) name
    the exercise. The title's words merely side by side may be the role's ("senior backend"), and a compound
    of common words ("full-stack", "front-end", "data-science") may be any job's."""
    from ._topics import COMPOUND, terms_of

    out: set[tuple[str, str]] = set()
    for topic in topics:
        low = join_exercise_compounds(topic.lower())
        kind = next((m for m in re.finditer(r"[a-z]+(?:-[a-z]+)*", low) if m.group() in kinds), None)
        if kind is None:
            continue
        for word in re.findall(r"\b[a-z]+-[a-z]+\b(?!-)", low[:kind.start()]):
            terms = [t for t in terms_of(word, excluded=excluded) if t.key[:1] != COMPOUND]
            if len(terms) == 2 and terms[0].key != terms[1].key and min(t.weight for t in terms) >= RUN_EACH \
                    and max(t.weight for t in terms) >= RUN_RARE:
                out.add((terms[0].key, terms[1].key))
    return frozenset(out)


def _titles_a_plural_exercise(said: Sequence[str], topics: Sequence[str], kinds: frozenset[str]) -> bool:
    """Does the subject (its words ``said``) name in the singular one of the exercises a topic names in the
    plural ("Chriswike challenge three" for "the three coding challenges in the repository")? A subject is a
    title; in the body "the challenges of the role" names nothing, so only the subject is read so."""
    plurals = {w[:-1] for t in topics for w in _words(t.lower()) if w.endswith("s") and w[:-1] in kinds}
    return not plurals.isdisjoint(said)


def _answers_the_questions(own: str, topics: Sequence[str], raised: Sequence[tuple[int, int]]) -> bool:
    """When a topic is written questions the interview set ("the written interview questions in the join-us
    repository", "a short questionnaire"), does the note name them as answered ("my answers to the
    screening questions", "answering interview's question")? "Thank you for answering my questions" and
    "happy to answer any further questions" are the conversation's questions, not the exercise."""
    if not any(existence("moment", "question_exercise_topics").search(t) for t in topics):
        return False
    return _said_outside(existence("moment", "answered_questions").finditer(own), raised)


def _names_the_set_problems(own: str, topics: Sequence[str], raised: Sequence[tuple[int, int]]) -> bool:
    """Does the note name problems the interviewer set ("the problems you gave me", "the puzzles you posed",
    "those cases you had me work through") of a kind a topic names ("two whiteboard problems: run-length
    compression and an LRU cache", "the logic puzzle")? "The problems you mentioned" are the conversation's,
    and problems of a kind no topic names are not this interview's exercise."""
    said = [m for m in existence("moment", "set_problems").finditer(own)
            if not any(s <= m.start < e for s, e in raised)]
    if not said:
        return False
    kinds = _problem_kinds()
    named = {w.removesuffix("s") for t in topics for w in _words(t.lower())} & kinds
    return any(_set_kind(m.text) in named for m in said)


def _set_kind(text: str) -> str:
    """The kind of problem a ``set_problems`` match names ("puzzles" in "the logic puzzles you posed")."""
    words = _words(text.lower())
    head = words[words.index("you") - 1]
    if head in ("that", "which"):
        head = words[words.index("you") - 2]
    return head.removesuffix("s")


def _names_the_way_to_apply(own: str, topics: Sequence[str], kinds: frozenset[str],
                            raised: Sequence[tuple[int, int]]) -> bool:
    """When the application itself is the exercise (a topic names applying and an exercise: "applying through
    the hacker-application repository: fork it ... and send a pull request"), does the note name its
    unusual form ("the cool approach for applying", "your unusual way to apply", "the creative application
    process")? "Thank you for considering my application" says it of any application."""
    apply_words = existence("moment", "apply_exercise_topics")
    if not any(apply_words.search(t) and not kinds.isdisjoint(_topic_words(t)) for t in topics):
        return False
    return _said_outside(existence("moment", "novel_application").finditer(own), raised)


def _said_outside(matches: Iterable, raised: Sequence[tuple[int, int]]) -> bool:
    """Does one of ``matches`` start outside every raised strength or question (``raised``)?"""
    return any(not any(s <= m.start < e for s, e in raised) for m in matches)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+(?:-[a-z]+)*", join_exercise_compounds(text))


#: three words or more joined by hyphens and nothing else: a repository's or a file's name ("Turing-Technologies-
#: Test-Submission"), not a compound word ("take-home", "state-of-the-art" holds no space-free title of its own)
_SLUG_PARTS: Final = 3


def _title_words(subject: str) -> list[str]:
    """The words of a subject read as a title (``_words``), a repository's or a file's name written with
    hyphens read word by word ("Turing-Technologies-Test-Submission" is "turing technologies test submission",
    thirty-fifth ai-123, as "Hiring Challenge Submission" is read): a hyphenated kind of its own ("take-home",
    "case-study") stays one word."""
    words = _words(subject.lower())
    if not any(w.count("-") >= _SLUG_PARTS - 1 for w in words):
        return words
    kept = _exercise_words()[0] | _exercise_words()[1]
    out: list[str] = []
    for w in words:
        parts = w.split("-")
        if len(parts) < _SLUG_PARTS:
            out.append(w)
            continue
        i = 0
        while i < len(parts):
            if i + 1 < len(parts) and f"{parts[i]}-{parts[i + 1]}" in kept:
                out.append(f"{parts[i]}-{parts[i + 1]}")
                i += 2
            else:
                out.append(parts[i])
                i += 1
    return out


@lru_cache(maxsize=256)
def _topic_words(topic: str) -> tuple[str, ...]:
    """A topic's words (``_words``), with the singular of an exercise kind the topic counts or lists in the
    plural put before it ("the three employee-analytics assignments: attrition with SMOTE, ...", thirtieth
    ad-105: "assignment", "assignments"; "two take-home exercises"): those are the exercises the interview set.
    Uncounted and unlisted they set none, nor do plurals as often said of other things ("the challenges
    ahead", "the tests your team runs"): only ``exercise_counted_plurals``."""
    low = topic.lower()
    words = _words(low)
    kinds = _exercise_words()[0]
    counts, counted_plurals = _exercise_counts()
    plurals = [i for i, w in enumerate(words) if w in counted_plurals and w[:-1] in kinds]
    if not plurals:
        return tuple(words)
    out = list(words)
    for i in reversed(plurals):
        counted = any(w in counts for w in words[max(0, i - 3):i]) or re.search(
            rf"\b\d+\s+(?:[a-z-]+\s+){{0,2}}{re.escape(words[i])}\b", low) is not None
        listed = re.search(rf"\b{re.escape(words[i])}\s*:", low) is not None
        if counted or listed:
            out.insert(i, words[i][:-1])
    return tuple(out)


@lru_cache(maxsize=1)
def _exercise_counts() -> tuple[frozenset[str], frozenset[str]]:
    data = phrase_data()["moment"]
    return frozenset(data["exercise_counts"].split()), frozenset(data["exercise_counted_plurals"].split())


@lru_cache(maxsize=1)
def _exercise_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = phrase_data()["moment"]
    return (frozenset(data["exercise_topics"].split()), frozenset(data["exercise_nouns"].split()),
            frozenset(data["exercise_reviews"].split()), frozenset(data["exercise_deliveries"].split()))


@lru_cache(maxsize=1)
def _delivery_short() -> dict[str, str]:
    return dict(phrase_data()["moment"]["exercise_delivery_short"])


@lru_cache(maxsize=16)
def _exercise_ref(nouns: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(("[- ]".join(map(re.escape, n.split("-"))) for n in nouns), key=len, reverse=True))
    # (the article may be dropped after "this is", as writers of another first language do: "This is
    # recruitment assessment", twenty-ninth ac-166)
    lead = r"(?:this|the|that|your|my|these|those|all|(?:this|it)\s+(?:was|is|has\s+been)(?:\s+(?:a|an))?)"
    # a number may stand among the words before the noun ("the first 4 tasks")
    return re.compile(rf"\b{lead}\s+(?:[a-z0-9-]+\s+){{0,3}}?(?:{alternatives})\b(?![-'’]|s\b)")


@lru_cache(maxsize=16)
def _pair_ref(pairs: frozenset[tuple[str, str]]) -> re.Pattern[str]:
    """An exercise topic's own two words ending in an exercise noun ("test task"), anywhere, in either
    number, joined by a space or a hyphen: the exercise, with or without a determiner."""
    if not pairs:
        return re.compile(r"(?!)")
    alternatives = "|".join(sorted(rf"{re.escape(a)}[- ]+{re.escape(b.removesuffix('s'))}" for a, b in pairs))
    return re.compile(rf"\b(?:{alternatives})s?\b(?![-'’])")


def _names_a_built_part(low: str, set_by: Sequence[Sequence[str]], raised: Sequence[tuple[int, int]]) -> bool:
    """When an exercise topic describes a thing built ("the challenge: a web form that imports a file"), does
    the note name a part of it ("I punted on the UI", "its architecture", "the error handling"), not a team
    or a trade ("the UI team", "the backend engineers")?"""
    builds, parts, not_before = _build_words()
    built = {w for words in set_by for w in words} & builds
    if not built:
        return False
    for m in _built_ref(frozenset(built - _common_builds())).finditer(low):
        after = _words(low[m.end():m.end() + 20])   # the thing built itself ("The importer skips rows ...")
        if (not after or after[0] not in not_before) and not any(s <= m.start() < e for s, e in raised):
            return True
    for m in parts.finditer(low):
        after = _words(low[m.end():m.end() + 20])
        if (not after or after[0] not in not_before) and not any(s <= m.start() < e for s, e in raised):
            return True
    return False


@lru_cache(maxsize=16)
def _built_ref(built: frozenset[str]) -> re.Pattern[str]:
    """The thing an exercise topic builds, named with a determiner ("the importer", "my scraper")."""
    if not built:
        return re.compile(r"(?!)")
    alternatives = "|".join(sorted(("[- ]?".join(map(re.escape, w.split("-"))) for w in built), key=len, reverse=True))
    return re.compile(rf"\b(?:the|my|this|its|our)\s+(?:{alternatives})\b(?![-'’])")


@lru_cache(maxsize=1)
def _common_builds() -> frozenset[str]:
    return frozenset(phrase_data()["moment"]["exercise_builds_common"].split())


@lru_cache(maxsize=1)
def _build_words() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    data = phrase_data()["moment"]
    alternatives = "|".join(sorted((r"[- ]".join(map(re.escape, p.replace("-", " ").split()))
                                    for p in data["exercise_parts"]), key=len, reverse=True))
    parts = re.compile(rf"\b(?:the|my|its|this|that)\s+(?:{alternatives})\b(?![-'’])")
    return frozenset(data["exercise_builds"].split()), parts, frozenset(data["exercise_parts_not_before"].split())


#: the words before an exercise topic's kind that are no part of its title ("the", "a", "our")
_TITLE_SKIP: Final = frozenset("the a an my your our their its this that of for in on at to and with".split())


def _by_another_kind(low: str, topics: Sequence[str], kinds: frozenset[str],
                     raised: Sequence[tuple[int, int]]) -> bool:
    """Does the note call the exercise by a kind ("tasks", "assignment"), without a determiner, after two
    words of an exercise topic's title ("Worked on Senior Frontend dev tasks." for "the senior frontend
    hiring test: ...")? One such word ("backend tasks") names nothing."""
    titles = []
    for topic in topics:
        words = list(_topic_words(topic))
        at = next((i for i, w in enumerate(words) if w in kinds), -1)
        if at > 0:
            titles.append(frozenset(words[:at]) - _TITLE_SKIP - kinds)
    titles = [t for t in titles if len(t) >= 2]
    if not titles:
        return False
    for clause in re.finditer(r"[^.,;:!?()\n]+", low):
        spans = [(w.group(), w.start() + clause.start()) for w in re.finditer(r"[a-z]+(?:-[a-z]+)*", clause.group())]
        for i, (word, at) in enumerate(spans):
            if word not in kinds and word.removesuffix("s") not in kinds:
                continue
            before = {w for w, _ in spans[max(0, i - 3):i]}
            if any(len(before & t) >= 2 for t in titles) and not any(s <= at < e for s, e in raised):
                return True
    return False


def _an_idiom(low: str, m: re.Match[str], delivered: set[str]) -> bool:
    """Is the exercise reference ``m``, named by a short form ("case" for the case study), an idiom's word
    instead ("in that case", "that was the case", "my case", "the case for hiring")?"""
    words = _words(m.group())
    idioms = phrase_data()["moment"]["exercise_short_idioms"].get(words[-1]) if words else None
    if not idioms or words[-1] not in delivered:
        return False
    idiom_before = set(idioms["before"].split())
    before, after = _words(low[max(0, m.start() - 12):m.start()]), _words(low[m.end():m.end() + 12])
    return bool(before) and before[-1] in idiom_before or not idiom_before.isdisjoint(words[:-1]) \
        or bool(after) and after[0] in idioms["after"].split()


def _a_difficulty(low: str, m: re.Match[str], problems: set[str]) -> bool:
    """Is the exercise reference ``m``, named only as the kind of problem a topic names, the writer's
    difficulty instead ("the only problem", "my biggest problem", "The problem is that I start in May")?"""
    words = _words(m.group())
    if not words or words[-1] not in problems or words[-1].removesuffix("s") in _exercise_words()[1]:
        return False
    marks, clause = _difficulty_words()
    return not marks.isdisjoint(words[1:-1]) or clause.match(low, m.end()) is not None


@lru_cache(maxsize=1)
def _difficulty_words() -> tuple[frozenset[str], re.Pattern[str]]:
    data = phrase_data()["moment"]
    return frozenset(data["difficulty_marks"].split()), re.compile(r"\s+" + data["difficulty_clause"])


@lru_cache(maxsize=1)
def _problem_kinds() -> frozenset[str]:
    return frozenset(phrase_data()["moment"]["set_problem_kinds"].split())


def _recalled_at(refs: References, start: int, end: int) -> bool:
    """Does a sentence in ``[start, end)`` refer back to the interview ("our talk about my thesis")?"""
    return any(r.start < end and start < r.end for r in refs.items)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


RULES = (NoSpecificMoment,)

"""FL303 no-thanks and FL304 no-next-step: the two courtesies every follow-up carries."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final, Iterable

from ..analysis.sentences import Function, SentenceFunctions, cue_pattern
from ..document.placeholders import bracket_labels, emphasis_labels
from ..document.structure import _MARKDOWN_HEADING
from ..results import Applicability, Finding, Fix, Severity
from ..rule import Rule, RuleContext
from ._phrases import in_slot
from ._substance import nothing_written, sentence_functions, subject_only_functions, wrapped_on

__all__ = ["NoThanks", "NoNextStep", "thanks_in", "next_steps_in", "has_thanks", "has_next_step"]


def _with(ctx: RuleContext, wanted: Function, *, first: bool = False, backwards: bool = False) -> list[SentenceFunctions]:
    """The sentences of the candidate's own text (greeting and closing lines included) that do ``wanted``,
    a cue of which lies outside every placeholder (``first``: stop at the first found)."""
    doc = ctx.doc
    sentences = sentence_functions(ctx)
    order = sentences.could_do(wanted, backwards=backwards)  # (the others surely do not do it: not read)
    out = []
    bits = wanted._value_  # (the flags' bits compared as ints: an enum.Flag "&" costs about a microsecond)
    inviting = bits & _INVITING._value_
    titles = inviting and "#" in doc.own
    prompts = _template_prompts(doc.own) if titles else ()
    # (a questionnaire's prompts answered in turn: "What was hard?" or "Q2: What was hard?" then the answer,
    # and the short question opening an answer, the writer's echo or guess: "Track down?")
    form = doc.questionnaire.answer_spans if inviting and "?" in doc.own else ()
    labels = bracket_labels(doc.own)  # ("- **[Email Notification System]**: ...": a heading's words ask nothing)
    named = emphasis_labels(doc.own) if inviting else ()  # ("- **Email after commit** (Celery), ...": a part's name)
    if named:
        labels = tuple(sorted(set(labels + named)))
    for k in order:
        sf = sentences[k]
        if (titles and _section_title(doc.own, sf.start) and not _below_its_title(doc.own, sf, bits)
                or any(a <= sf.start < b for a, b in prompts)):
            continue  # (a README's section title, "## What would you do with more time?", and the rest of its
            # line, "### Additional Information: Is there anything else we should know? Feel free to share
            # ...", or a form's prompt copied under its titles, invite nothing)
        if sf.functions._value_ & bits and any(c.function._value_ & bits and not in_slot(doc, c.start, c.end)
                                               and not (form and _within(form, c.start))
                                               and not (labels and _within(labels, c.start)) for c in sf.cues):
            out.append(sf)
            if first:
                break
    return out[::-1] if backwards else out


def _within(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    """Does ``at`` lie in one of the sorted, disjoint ``spans``?"""
    k = bisect.bisect_right(spans, (at, _NO_END)) - 1
    return k >= 0 and at < spans[k][1]


_NO_END: Final = 1 << 62


#: a heading's line that is a closing sentence of the writer's own, set in heading type ("### Thank you for your
#: consideration and I hope to hear back from you soon.", "##### Feel free to reach out to me on any questions.",
#: thirtieth ad-127): the writer in it ("I", "me", "my"), no question (a form's "### Additional Information: Is
#: there anything else we should know? Feel free to share ..." is the employer's), a full stop or "!" at its end
_SENTENCE_AS_HEADING: Final = re.compile(
    r"[ \t]*#{1,6}[ \t]+[^\n?]*\b(?:I(?:'m|'d|'ll|'ve)?|me|my)\b[^\n?]*[.!][ \t]*(?:\n|$)")


def _below_its_title(own: str, sf: SentenceFunctions, bits: int) -> bool:
    """Does a cue of ``bits`` in a sentence that starts on a heading's line lie on a line below it, in the
    writer's own words (their "I", no question)? The splitter reads a heading without a full stop and the
    line under it as one sentence ("## Technical details" then "I'll update this section with more detail on
    request.", "### PS" then "please check my blog"): the line below is the writer's prose, and what it does counts. A form's prompt under its
    title ("### Additional Information" then "Is there anything else we should know? Feel free to share
    ...") is the employer's, and invites nothing."""
    end = own.find("\n", sf.start)
    if end < 0 or end >= sf.end:
        return False
    below = own[end:sf.end]
    return "?" not in below and _WRITERS_I.search(below) is not None and any(
        c.function._value_ & bits and c.start > end for c in sf.cues)


#: the writer ("I", "I'll", "I'm", "I'd", "I've", and as object or owner: "me", "my": "### PS" then "If you want
#: more, please check my blog", thirtieth ad-126)
_WRITERS_I: Final = re.compile(r"\b(?:I(?:'m|'d|'ll|'ve|’m|’d|’ll|’ve)?|me|my)\b")


def _section_title(own: str, at: int) -> bool:
    """Is the sentence at ``at`` on a Markdown heading's line that titles a section ("## What would you do with
    more time?")? A closing sentence of the writer's set in heading type is no title (outside batch
    twenty-second h-107: "### Thank you for your consideration and I hope to hear back from you soon.")."""
    line = own.rfind("\n", 0, at) + 1
    return (_MARKDOWN_HEADING.match(own, line) is not None
            and _SENTENCE_AS_HEADING.match(own, line) is None
            and _POSTSCRIPT_HEADING.match(own, line) is None)


#: a heading that opens the writer's postscript ("### PS", "## P.S.:"): what follows is the writer's own prose,
#: no section's title (thirtieth ad-126: "### PS If you are looking to review additional coding skills, please
#: check my blog ...", the line below joined to it when the note's HTML breaks are read)
_POSTSCRIPT_HEADING: Final = re.compile(r"[ \t]*#{1,6}[ \t]+P\.?[ \t]?S\.?(?![\w.])", re.IGNORECASE)


#: a Markdown heading's line, then the line right below it when that line asks ("### Focus Areas\nWhat specific
#: areas of the project did you prioritize? ...")
_ASKING_UNDER_HEADING: Final = re.compile(r"^[ \t]*#{1,6}[ \t]+\S[^\n]*\n([^\n]*\?[^\n]*)", re.MULTILINE)


def _template_prompts(own: str) -> tuple[tuple[int, int], ...]:
    """The lines of a take-home form's prompts copied into a README: when two or more section titles each
    have a question on the line right below them ("### Time Spent", then "Approximately how long did you spend
    ...? How did you allocate your time?"), those lines are the employer's questions to the candidate, kept
    above each answer, and ask the reader nothing. One title over one question ("## Questions\nDo you
    have any feedback on my approach?") is the writer's own question and still invites."""
    found = tuple(m.span(1) for m in _ASKING_UNDER_HEADING.finditer(own))
    return found if len(found) >= 2 else ()


_INVITING = Function.QUESTION | Function.REQUEST | Function.OFFER | Function.FORWARD


def thanks_in(ctx: RuleContext) -> list[SentenceFunctions]:
    """Sentences that thank the reader ("thanks to the snow ..." and talk of a thank-you note do not)."""
    return _with(ctx, Function.THANKS)


def has_thanks(ctx: RuleContext) -> bool:
    """``bool(thanks_in(ctx))``, reading sentences only until the first thanks (usually in the first lines)."""
    return bool(_with(ctx, Function.THANKS, first=True))


def next_steps_in(ctx: RuleContext) -> list[SentenceFunctions]:
    """Sentences that invite the conversation to continue: a question to the reader, a request, an offer,
    looking forward to a reply (hoping to work together does not)."""
    return _with(ctx, _INVITING)


def has_next_step(ctx: RuleContext) -> bool:
    """``bool(next_steps_in(ctx))``, reading sentences from the end (where the invitation usually is), or a
    sentence wrapped over two lines that invites when read whole."""
    return (bool(_with(ctx, _INVITING, first=True, backwards=True)) or _wrapped_invitation(ctx)
            or _subject_question(ctx) or _contact_given(ctx) or _extra_work_pointed(ctx) or _demo_linked(ctx))


#: the writer's "I" and, a few letters on, a mark of work beyond the task ("I've also", "I additionally")
_EXTRA_MARK: Final = re.compile(r"\bI\b[^.!?\n]{0,12}?\b(?:also|additionally|even|further|separately)\b",
                                re.IGNORECASE)
#: the mark word of ``_EXTRA_MARK`` alone (its first letter looked at first)
_EXTRA_WORD: Final = re.compile(r"(?=[aefsAEFS])\b(?:also|additionally|even|further|separately)\b", re.IGNORECASE)
_EXTRA_REACH: Final = 13  # the "I" of a match of ``_EXTRA_MARK`` starts at most this far before its mark word


def _extra_mark_in(text: str, start: int, end: int) -> bool:
    """``_EXTRA_MARK.search(text, start, end) is not None``, searched only just before each mark word: the
    pattern tried at every "I" of 1 MB of "i i i" read twelve characters on from each (~1 s) for a mark
    word the text does not hold. A match's mark word is one the word pattern finds (whole words do not
    overlap), and it starts within ``_EXTRA_REACH`` of the match's "I"; the window ends one character past
    the word, so the word's closing boundary reads the same character as in the whole range."""
    for m in _EXTRA_WORD.finditer(text, start, end):
        ws, we = m.span()
        if _EXTRA_MARK.search(text, max(start, ws - _EXTRA_REACH), min(end, we + 1)) is not None:
            return True
    return False


@lru_cache(maxsize=1)
def _pointer_opening() -> re.Pattern[str]:
    """A sentence that opens on where to see the thing just named (`extra_located`, after "please" or "you
    can": "Please take a look at it here:", "You can find it at <link>", "Here's the link:")."""
    from ..analysis.sentences import cue_data

    places = sorted(cue_data()["offer"]["extra_located"], key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split()) for p in places)
    return re.compile(rf"\s*(?:(?:please|kindly|pls|plz|feel\s+free\s+to|you\s+can|you\s+could)\s+)?"
                      rf"(?:{alternatives})\b", re.IGNORECASE)


def _extra_work_pointed(ctx: RuleContext) -> bool:
    """Does the writer tell of extra work beyond the task and, in the next sentence, where to see it ("I've
    also worked on the front-end code. Please take a look at it here: <link>", twentieth e-124)? Read whole,
    the two sentences offer a sample, as one sentence does ("I also built a small dashboard, take a look at it
    here"). A look asked for at the submission itself ("I wrote the parser. Please take a look at it here")
    and extra work with no place to see it ("I also added tests. They all pass.") offer nothing."""
    from ..analysis.sentences import classify, read_sentence
    from ..document.tokens import tokenize

    own = ctx.doc.own
    if not _extra_mark_in(own, 0, len(own)):
        return False  # (no "I ... also": no extra work told; the sentences are not walked)
    bounds = sentence_functions(ctx).bounds
    pointer = _pointer_opening()
    offer = Function.OFFER._value_
    for (s, e), (s2, e2) in zip(bounds, bounds[1:]):
        if pointer.match(own, s2) is not None and _extra_mark_in(own, s, e):
            text = own[s:e2]
            if classify(read_sentence(tokenize(text)), text)[0]._value_ & offer:
                return True
    return False


def _demo_linked(ctx: RuleContext) -> bool:
    """Does the writer hand over a recording or picture of the work with its link ("Here is a quick screen
    capture of project" and the link on the next line, thirty-fourth ah-166; "Here's a short demo video:
    <link>")? A sample offered, as one with its link is (e-124, ad-122). The repository's own link ("Here is
    the repository: <link>") and a screenshot with no link offer nothing."""
    doc = ctx.doc
    if not _may_link(doc.own):
        return False   # (no link: the pattern, tried at every position of 1 MB, is not run)
    return any(not in_slot(doc, m.end() - 1) for m in cue_pattern("offer", "demo_linked").finditer(doc.own))


def _may_link(text: str) -> bool:
    """Does ``text`` hold "http" or "www." in any case, as every match of ``demo_linked`` ends on a link?
    (Each of these letters is matched without regard to case only by its own two cases.)"""
    low = text.lower()
    return "http" in low or "www." in low


def _may_say_my(text: str) -> bool:
    """Does ``text`` hold "my " in any case, as every match of ``contact_given`` does ("here is my phone
    number: ...", "my wechat id is ...")?"""
    return "my " in text or "My " in text or "MY " in text or "mY " in text


def _contact_given(ctx: RuleContext) -> bool:
    """Does the writer hand over their own contact in a sentence ("this is my wechat_id : ipledgedad", "Here is
    my WhatsApp number: ...")? It asks, in effect, to be contacted. A placeholder's ("my phone number is
    [phone]") gives nothing."""
    doc = ctx.doc
    if not _may_say_my(doc.own):
        return False   # (no "my ": the pattern, tried at every position of 1 MB, is not run)
    return any(not in_slot(doc, m.end() - 1) for m in cue_pattern("request", "contact_given").finditer(doc.own))


def _subject_question(ctx: RuleContext) -> bool:
    """Is the subject a question to the reader ("is there some code review?", "Can I resubmit the task?", a
    phone's without its mark: "is the accounts role still open")? It asks for a reply as a question in the body
    does; a subject that only names the next steps does not, nor does a reply's subject ("Re: Offer still
    available?"): the thread's question, put before."""
    from ..analysis.sentences import classify, read_sentence
    from ..document.tokens import tokenize
    from .subject import is_reply

    subject = (ctx.draft.subject or "").strip()
    if not subject or is_reply(subject):
        return False
    return bool(classify(read_sentence(tokenize(subject)), subject)[0]._value_ & Function.QUESTION._value_)


#: a comma that ends its line (what ``wrapped_on`` needs of the first of two units)
_COMMA_AT_LINE_END: Final = re.compile(r",[^\S\n]*\n")


def _wrapped_invitation(ctx: RuleContext) -> bool:
    """Does a sentence wrapped after a comma onto a line that begins in lower case invite when read whole
    ("I'm very interested in learning more about Flir,\nwhat you consider to be an ideal candidate, and any
    advice you may have")? The two lines are two sentences to the splitter."""
    from ..analysis.sentences import classify, read_sentence
    from ..document.tokens import tokenize

    own = ctx.doc.own
    if _COMMA_AT_LINE_END.search(own) is None:
        return False  # (no line ends in a comma: no sentence is wrapped so; 250,000 short lines not walked)
    bounds = sentence_functions(ctx).bounds
    for (s, e), (s2, e2) in zip(bounds, bounds[1:]):
        if wrapped_on(own, (s, e), s2):
            text = own[s:e2]
            if classify(read_sentence(tokenize(text)), text)[0]._value_ & _INVITING._value_:
                return True
    return False


def _newline(ctx: RuleContext) -> str:
    return "\r\n" if "\r\n" in ctx.doc.body.text else "\n"


class NoThanks(Rule):
    """The note never says thank you.

    ## What it does
    Looks for a sentence of your own text that thanks the reader: "thank you", "thanks" (a "Thanks,"
    sign-off and "Thanks once more and kind regards," count), "I appreciated your frankness",
    "grateful", "gratitude", "thank you in advance" (and gratitude promised for a reply: "I'll be
    grateful if you can let me know", "I shall be obliged"; "I am deeply indebted to you for ..."; a gratitude only supposed, "I would be grateful
    if we could set a new date", "I'd appreciate it if you could", asks and does not thank), and thanks in your other language ("Merci",
    "Obrigado"). A thanks word misspelled within one or two letters still thanks ("thnak you",
    "apreciate"; `misspelled-word` reports the typo), and so do texting and playful spellings ("thx", "tnx", "tkx", "tqvm", "ty for the tour", "Thankies!"),
    Caribbean and West African ones ("Tenk yu fi di chance", "Tank you sir"), a wish to appreciate ("I wish to appreciate you
    for the opportunity") or the purpose of your writing ("I write to sincerely appreciate you for ...") and the writer glad of the chance given ("I am glad to have been given the opportunity",
    "so happy to have had the chance to meet the team"; not "she was glad to have had the chance"). Not thanks: "thanks to the snow, my train was late"
    (a cause, even with a "for" after its clause: "Thanks to the accident I was stuck for an hour"), talk about a thank-you note ("I meant to send a thank-you note sooner"; writing joined to the thanks by "and"
    is the thanks itself: "I wanted to write and thank you"), "thankfully"
    (fortunately), a later part of a hyphenated name that looks like a misspelled thanks ("redux-thunk"), relief ("Thank goodness the rain held off", "Thank God the server came back"), irony ("Thanks for nothing"),
    gratitude owed to someone else or for the writer's own fortune ("I'm grateful to my old manager for teaching me SQL",
    "thankful that my last job taught me patience", "grateful for my years at the port"), gratitude someone else felt or
    said ("The clients always showed their gratitude", "My old boss appreciated my reports", "The customers said thanks",
    "The patients were always grateful") or never got ("I worked every weekend and got no appreciation"), the reader
    asked to thank someone else ("Please thank Ravi on my behalf"),
    "appreciate" as understanding or taste ("I appreciate the importance of punctuality", "I really appreciate good
    documentation"), a thank-you compound talked about ("the thank-you step"), gratitude the writer wants from the reader ("I did the task expecting a little
    appreciation", "I deserve your thanks"), a request such as "I would appreciate an update", appreciating a circumstance ("I
    appreciate you may be tied up", "I appreciate that the team is stretched": "I understand"; "I
    appreciate you taking the time" still thanks), gratitude said of someone else ("I hope you will
    appreciate my work", "the reviewers will appreciate the tests"; "your time is appreciated" still
    thanks), thanks talked about ("My mentor says to thank people promptly", "Remember to thank the panel";
    "My manager asked me to thank you" still thanks) or earned by someone else ("Tunde deserves a big
    thank-you"; "You deserve a thank-you" still thanks), and a template's instruction ("The opening paragraph
    thanks him/her for the interview", "(Thank them for the tour)"). Sentences are read by their
    structure (see docs/analysis.md), not matched against a list of phrases. Quoted replies and the
    signature are not your text, but a short line of thanks under the name you signed ("Warm Regards" /
    "Yogesh Sharma" / "Thanks😊") is your afterthought, as a postscript is: it thanks (a title or a
    company's name there, "Thankful Harvest Ltd", does not).

    The fix (unsafe: check the wording) opens the message with "Thank you for your time."

    ## Why is this bad?
    Thanks is the reason the note exists. Every career source says to lead with it; a follow-up without
    it reads as a demand.

    ## Example
    ```text
    Hi Dana,

    I am following up on the analyst role. Has a decision been made yet?

    Regards,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you again for your time last week. I am following up on the analyst role: has a decision
    been made yet?

    Regards,
    Sam
    ```

    ## Source
    docs/advice.md ("No thanks": warning; every source says to lead with the thanks).
    """

    code = "FL303"
    name = "no-thanks"
    default_severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        doc = ctx.doc
        if nothing_written(ctx):
            raise ctx.skip("the draft has no text of its own")
        alone = subject_only_functions(ctx)
        if has_thanks(ctx) if alone is None else alone & Function.THANKS:
            return
        if _thanks_after_signature(ctx):
            return
        lo, hi = doc.content_range
        own = doc.own
        start = lo
        while start < hi and own[start].isspace():
            start += 1
        fixes: tuple[Fix, ...] = ()
        if start < hi:
            fixes = (ctx.fix("Open the message with a thank-you", [(start, start, "Thank you for your time. ")],
                             applicability=Applicability.UNSAFE),)
        yield ctx.finding("The note never thanks the interviewer: say thank you", fixes=fixes)


#: the most words of a line under the signature that may be the writer's afterthought ("Thanks😊", "Thank
#: you again!"), not a footer's paragraph
_AFTERTHOUGHT_WORDS: Final = 8


def _thanks_after_signature(ctx: RuleContext) -> bool:
    """Is a short line under the name signed below the sign-off a thanks ("Warm Regards" / "Yogesh Sharma" /
    "Thanks😊")? The writer thanks after signing, as a postscript does; the signature's other lines (a
    title, a company, a telephone number) thank nobody (outside batch nineteenth, d-107)."""
    from ..analysis.sentences import classify, read_sentence
    from ..document.tokens import tokenize

    doc = ctx.doc
    so = doc.signoff
    if so is None or so.name_start is None:
        return False
    text = doc.body.text
    region = next((r for r in doc.regions if r.kind == "signature" and r.start == so.name_start), None)
    if region is None:
        return False
    first_break = text.find("\n", region.start, region.end)
    if first_break < 0:
        return False
    for line in text[first_break:region.end].splitlines():
        line = line.strip()
        if not line or len(line.split()) > _AFTERTHOUGHT_WORDS:
            continue
        tokens = tokenize(line)
        functions, cues = classify(read_sentence(tokens), line)
        if not functions._value_ & Function.THANKS._value_:
            continue
        # the thanks opens the line and no capitalised word follows it: not a company's or a band's name
        # ("Data Analyst, Thankful Foods Ltd", "Grateful Dead fan club")
        cue = min((c for c in cues if c[0]._value_ & Function.THANKS._value_), key=lambda c: c[1])
        after = [t.text for t in tokens[cue[2]:] if t.kind == "word"]
        if cue[1] <= 1 and not any(w[:1].isupper() and w not in ("You", "I") for w in after):
            return True
    return False


class NoNextStep(Rule):
    """Nothing in the note invites the conversation to continue.

    ## What it does
    Looks in your own text (the sign-off included) for a sentence that invites the conversation to
    continue: a question to the reader ("Is the rota fixed for the first month?", also a phone's without its question
    mark: "Do you have any update for me", "Any news on ur side"); a request for a reply or
    an update ("please let me know", "could you tell me", "I'd appreciate knowing where things stand");
    an offer of more ("I can send the report", "happy to share samples", "I remain at your disposal", "I
    stay at your service for any detail you need", "happy to pair on the review comments", "if you need anything else", "I will call you on
    Monday", "call me anytime", "I'm just a phone call away", "I remain open to any further discussion", "happy to come back out for a second look"); a reply
    awaited or attended to ("Your response is highly awaited", "I remain attentive to your comments"); a phone's question
    word or yes/no question with its subject after the verb ("what time should i come on friday", "is the role still
    open", in the subject too); a status check ("I just wanted to check if there is any update", "Wondering if there's been any movement", "I am writing to know the
    status", "just checking in on the role", "I just wanted to follow up on my prospects", "following up to see if you had a chance to review my test"); a polite imperative ("Kindly furnish me with any update");
    a reply welcomed ("Comments/feedback will be welcome.", "Any thoughts are most welcome"); clarification
    wanted before going on ("I wanted to get some clarification on Question 4 before proceeding", "I'd like
    some guidance on the format"); a hope that
    what you sent serves the next conversation ("I'm hoping this will suffice for a good technical
    discussion", "hoping we can go over it in the next round": a talk marked as coming, not "I hope you have
    a great time at the meeting", "I trust in the interview process"); a hope to move the interview or
    a call ("I hope that we can reschedule", "I hope you'll consider moving my interview to Friday", "hoping
    we can find a new date": a further meeting proposed; not "I hope the rescheduled call went well"); an indirect question for the reader's own view or advice ("I'm curious what you think of
    ...", "... and any advice you may have", also wrapped over two lines after a comma);
    a question to the reader in the subject ("is there some code review?", not a reply's "Re: Offer still
    available?", the thread's question put before); an offer to show your work ("would love to demo and / or
    walk through the usage of this application", "I'd like to take you through the design"); a request of your own ("I need
    to request the report", "Please help & guide me"; a bare "Please help" after a complaint is a plea, and
    asks nothing of the reader); a reply verb after "please" ("Please answer the question"); a review asked
    for with suggestions back ("Please review the code and suggest any changes needed"; a bare "please
    review" asks for none); a yes/no question about your own work or chances after a wish to know ("I will
    like to know if my PR is OK", "I'd love to know whether I can still apply"; "... if the team uses Kafka" is
    curiosity), or a question put after "to ask", its verb first ("I want to ask is there any opportunity to
    work with you"); wanting the reader to reply ("I want you to get back to
    me", "This should motivate you to respond to me"); a further talk you propose or would set up ("I'd like to
    propose a short video call", "I propose we meet again on Friday", "I'd love to set up a time to chat"; not
    advice, "I'd suggest the team tries Kafka", nor "I need to arrange childcare before the interview"); another run of an
    exercise the interview held live ("I can do a second role play any day this week", "happy to do another mock
    call"); an invitation to see more of you ("I invite you to
    get to know my projects at my website", "Check out my github and my medium page", "Have a look at my
    portfolio"; not "See my notes below", "Check out my solution in src"), or where your other work can be
    found ("For other projects, they can be found at <link>", "More of my work can be seen on Behance"; not "The
    code can be found at <link>", the submission itself); accepting an invitation to the next meeting ("I'll definitely
    be there!", "I can make it on Thursday", "Count me in", "see you then", "see you at the depot", a time offered and accepted: "Wednesday 2pm is
    perfect", "Thursday at 10:30 works for me"; not "I can't be there", "The Wednesday stand-up is great");
    or looking forward to a reply, to next steps or to a
    decision ("I look forward to hearing from you", "awaiting your response", going over your submitted work
    together: "I'm looking forward to the opportunity to review my code with the team", "anticipating your reply", "looking
    ahead to your decision", "I will be glad to receive your feedback", "I hope to be hearing from you soon"; texting spellings and typos too: "Waiting for ur reply", "Lemme know", "Hope i will here from you",
    "Looking forwad to your reply"), also as a second object after a hope to work together ("I look forward to contributing to
    your team and further discussing how I can help"), and these in your other language ("Aguardo seu
    retorno", "Ich freue mich auf Ihre Rückmeldung", "Je reste à votre disposition": the `forward` lists
    of `followup_lint/data/languages.toml`). Hoping to work together is
    not enough on its own ("I look forward to being part of your team", "the possibility of joining",
    "the opportunity to share my skills", "the opportunity to learn and grow with you", "I'd love to bring that
    approach to your team", "I could bring a new degree of organization to the museum", "I hope I will have chance
    to work with your team"), nor an offer to do the work ("so happy to help out also", "glad to help with the
    upkeep too"; help with your questions or anything you need still offers), nor a "could" under a feeling
    about what happened ("I am happy that I could meet you": a past ability), nor is asking to be kept in mind for future openings ("I hope you will keep me
    in mind for any future positions", "keep me in mind for anything else that comes up"), nor a request or hope that looks to other or later openings ("if
    any opportunities come your way, please contact me", "I hope to hear from you if I might suit any other
    position", "I would be grateful for a referral"), nor a promise to send your own work once it is finished ("I'll share my thesis once I've finished
    writing it", "I will send the rest of the task tomorrow"), nor a long relationship hoped for ("I look forward to a long and fruitful relationship with
    your company", "to the new challenges"), nor an instruction to run the work ("Run make test to see the
    results"), nor hoping to stay in touch ("hope we can stay in
    touch"; proposing it, "let's keep in touch", invites), nor hoping to see or meet the reader at an unnamed
    future ("hope to see you in the near future", "I look forward to meeting you again someday"; a named time
    or a purpose, "next week", "to discuss the offer", proposes a meeting), nor a template's line on how to
    close the letter ("Close with one line about your availability and next steps."), and neither is "Thank you for your consideration", news announced ("I'm happy to share that I've been
    selected", not an offer to share), a look asked for ("Kindly refer screenshot below"), greetings passed on
    through the reader ("Please pass my regards to Ravi", "Kindly convey my gratitude to the panel"), a message
    relayed to others ("Please tell the designers to turn away"; "please ask the recruiter to send me the
    contract" asks), a hedged answer after "nothing, but" ("Nothing in particular but maybe the retry logic?"), an indirect
    question about how the work is done ("I'd love to know how the team splits on-call"), the writer's plan with
    somebody else ("Next week I will follow up with the recruiting department", "I'll email HR"), an offer
    verb in a clause that describes a thing ("I could not find an email where I will send the task"), "open"
    as a verb ("the help modal should auto open at first launch"), a question that answers itself ("but why
    rewrite it two days before the deadline?"), a question that is a README's section title ("## What would
    you change with more time?", and the rest of its line: "### Additional Information: Is there anything else
    we should know? Feel free to share ..."), a take-home form's prompts copied on the line under each of two or
    more titles ("### Time Spent", then "Approximately how long did you spend ...? How did you allocate your
    time?"; one title over one question of your own still asks; a closing sentence of yours set in heading
    type, "### Thanks again, and I hope to hear from you soon.", still invites), a questionnaire copied without
    titles, two or more questions alone on their lines above the closing, each answered below ("What was
    hard?" / "Setting up the environment ..."), a condition on a task of the reader's own ("If you need to run the second file,
    follow the steps below"; "if you need to reach me" still offers) or on reading the work itself ("If you want
    to check how the logic is implemented, please start from this line"; "if you'd like to review how I did it,
    let me know" asks), a bare imperative that sends the reader
    to another party ("Contact the Author.", "Email the maintainers"), an ability of a thing ("the button would
    be able to call the endpoint"), what the software lets the reader do ("you can update any number of the
    fields in a single request"; "you can send the questions to my email" asks), a wish told as the reason for what you did ("because I thought it would be
    nice to talk like I do with my colleagues"), the reader permitted to judge the work
    ("Please feel free to consider either version for evaluation"; "please consider my application" asks),
    looking forward to more chances of the same kind ("I look forward to more opportunities like this"),
    learning as growing into the job ("eager to learn whatever your company needs"; "eager to learn more
    about the next steps" invites), a thing made available ("make the app available for users with
    disabilities"; "I can make myself available" offers), an inverted condition ("Should I be selected, it would be an honour"), the
    reader's set-up told ("If you haven't done so, install Node first"), "just" or "simply" after a subject
    ("the handlers just call the repository": code described; also across an adverb of habit: "the tests still do
    pass", "Things still do do:"), a promise of your own next message ("I plan to
    email you my details later", "I'm going to send the rest tomorrow"; "I can send ..." offers), an
    explanation the note gives itself ("as a substitute, I will explain here what I did", "Below I'll describe
    the steps", "I'll explain in short about this app", or announced by a colon: "I would like to explain why
    I chose what I chose:"; "I can explain here if anything is unclear" offers), a wish to share your
    account of the work done ("I'd like to share some thoughts and decisions I made while working on this";
    "I can explain the choices I made", "I'd love to share more about them" still invite), an imperative of
    attention ("Keep in mind that this was done in four hours", "Please bear in mind the tests are slow";
    "keep in touch" invites), a reply
    expected not to come ("I'm sure I won't be hearing from you"), a "please" negated ("please don't send that
    rejection email"; "please don't hesitate to ask" invites), a softener on an infinitive ("it was quicker to
    just write a console app"), a thing's availability ("the API will be available at localhost:5000", "there were a few packages
    available for me to leverage"; "I am
    available on Monday" offers, and so does a second clause sharing your "I": "I enjoyed the task and remain
    available for any questions"), a procedure's next step the reader moves on to ("Proceed to next step once
    both pods are running"; "I hope to proceed to the next step" invites), what an instruction to use the work
    lets the reader see ("Use the calendar to see total progress for that day"), a present willingness to show
    what the note already shows ("I'm glad to show all this kind of techniques"; "I'd be glad to show these in a
    call" offers), the writer's own guess at a cause with a question mark ("I think it might be
    because I used icons as buttons???"), or a
    template's instruction ("Indicate that you hope to hear from him/her soon"). Sentences are read by their
    structure: a first-person subject with an offer verb, an anticipation with its object, "please" or
    "could you" with a reply verb (see docs/analysis.md), so wordings nobody listed are recognised.

    A promise that waits on the reader's request offers more ("I'll update this section with more detail on
    request", also on the line under a README's heading), and checking that what you sent reached them asks
    for a reply ("I just want to confirm if you received the email with my certificates"); an ability
    narrowed to a limit offers nothing ("I will only be able to provide one list of paths": the code's
    limit).

    Handing over your own contact in a sentence ("this is my WeChat id: ...", "Here is my WhatsApp number:
    ...") asks, in effect, to be contacted: it invites (a signature's "Phone:" line is no sentence of it).

    The fix (unsafe: check the wording) adds "I look forward to hearing from you." before the sign-off.

    A note with almost nothing of its own (one word, a greeting and a sign-off, or a "CC: @handle" line
    alone) is judged like any other: what it lacks is reported. So is a subject sent with an empty body
    (an issue's title alone): the subject is your text. Only a draft with no word of its own in either (or
    with a reply's "Re: ..." subject alone) is skipped.

    ## Why is this bad?
    A note that simply stops leaves the interviewer nothing to answer. One line that looks ahead, or
    offers more, keeps the door open and makes a reply easy.

    ## Example
    ```text
    Hi Dana,

    Thank you for your time today. I enjoyed our conversation about the Kafka migration.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for your time today. I enjoyed our conversation about the Kafka migration.

    I look forward to hearing from you.

    Best,
    Sam
    ```

    ## Source
    docs/advice.md ("No invitation to continue (looking forward, happy to send more)": info); Hays,
    Indeed.
    """

    code = "FL304"
    name = "no-next-step"
    default_severity = Severity.INFO

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        doc = ctx.doc
        if nothing_written(ctx):
            raise ctx.skip("the draft has no text of its own")
        alone = subject_only_functions(ctx)
        if has_next_step(ctx) if alone is None else alone & _INVITING:
            return
        nl = _newline(ctx)
        if doc.signoff is not None:
            at, text = doc.signoff.line_start, f"I look forward to hearing from you.{nl}{nl}"
        else:
            at = doc.own_end
            text = f"{nl}{nl}I look forward to hearing from you."
        fix = ctx.fix("Add 'I look forward to hearing from you.'", [(at, at, text)],
                      applicability=Applicability.UNSAFE)
        yield ctx.finding("Nothing in the note invites a reply: say you look forward to hearing from them, "
                          "or offer more", fixes=(fix,))


RULES = (NoThanks, NoNextStep)

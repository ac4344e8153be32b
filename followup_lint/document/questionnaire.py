"""A questionnaire in the note: the company's questions that the writer copied into it and answered.

Take-home tests often come with a form ("How long did you spend?", "Q) Which parts are you most proud of?"),
and candidates send their answers as their note, each question copied above its answer. The questions are
the company's text, not the writer's, and they ask the company's questions, not the writer's. One reading
(``Document.questionnaire``), shared by every rule that must tell them apart:

- ``headings``: the company's questions under the form's label ("### Q) Is it possible ...? and why?"): the
  mechanics rules (FL101-FL107) judge neither their spelling nor their mechanics;
- ``answered_prompts``: the prompts of ``answer_spans`` answered under them: their spelling is not judged (FL101);
- ``answer_spans``: the prompts answered one after another (one question alone, a few after a number's label,
  two or three questions on a line) and the short question opening an answer (the writer's echo of the
  prompt): none asks the reader anything (FL304), and none is a question the writer adds (FL301).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from .._lazy import LazyPattern, lazy

if TYPE_CHECKING:
    from . import Document

__all__ = ["ASKING_HEADING", "Questionnaire", "question_heading_ranges"]


class Questionnaire:
    """The questionnaire readings of one draft's own text, each lazy (read through ``Document.questionnaire``)."""

    __slots__ = ("own", "own_start", "own_end", "end", "is_html", "__dict__")

    def __init__(self, doc: Document) -> None:
        # (the values it reads, not the Document: a Document holding a reading that holds the Document is a
        # reference cycle, and every draft would then wait for the garbage collector to be freed)
        self.own = doc.own
        self.own_start = doc.own_start
        self.own_end = doc.own_end
        #: where the questionnaire can end: the closing's line, or the end of the own text
        self.end = doc.signoff.line_start if doc.signoff is not None else doc.own_end
        self.is_html = doc.body.is_html

    @lazy
    def headings(self) -> tuple[tuple[int, int], ...]:
        """The lines of the candidate's text that are a company's question heading copied from a take-home
        questionnaire ("### Q) Is it possible to run mutli task ...? and why?"): the form's text, whose spelling
        and mechanics are not the writer's (``question_heading_ranges``)."""
        return question_heading_ranges(self.own, self.own_start, self.own_end)

    @lazy
    def answer_spans(self) -> tuple[tuple[int, int], ...]:
        """The spans of a questionnaire's prompt lines, and of the short question that opens an answer right
        under one: the company's questions and the writer's echo of them, neither asking the reader anything (no
        invitation to reply, FL304; no question the writer adds, FL301).

        The prompts are answered one after another (twenty-fourth j-176: "How long did you spend to complete this
        test?", "What was easy?", "What was hard?", each followed by the writer's answer): two or more lines of
        the body above the closing, each followed by a line that asks nothing. A note's own questions to the
        reader stand in its prose, or once on a line before the closing. A prompt line holds one question alone,
        a few after the form's label ("1.", "Q1:", "Q)", "##2.", thirty-third ag-102, ag-103, ag-109, ag-110), or
        two or three questions ("What libraries did you use? Why did you use them?", thirty-fifth ai-107); after
        a label, the form's closing remark is the form's too ("4. How did you find the test overall? ... If you
        have any suggestions, we'd love to hear them.", thirty-fifth ai-115). The echo opens an answer ("4. How
        would you track down a performance issue?" then "Track down? Performance may come from ...", "With
        tests perhaps?", thirty-third ag-102, ag-103)."""
        prompts, openers = self._form
        return tuple(sorted(prompts + openers))

    @lazy
    def _form(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        return _form_lines(self)

    @lazy
    def answered_prompts(self) -> tuple[tuple[int, int], ...]:
        """The prompt lines of ``answer_spans`` that the writer answered under them ("1. How long did you spend
        on the coding assignmen?" then "**Around 1 and a half to 2 days**", thirty-sixth aj-110): the form's
        text, whose spelling is not the writer's (FL101), as the labelled ``headings``. A question line with a
        Markdown heading next is no prompt answered but the writer's own list of questions, one under each
        heading ("6) Wich tool do you use for code coverage ?" then "# Sonar", thirty-sixth aj-105)."""
        own, end = self.own, self.end
        out = []
        for start, stop in self._form[0]:
            nxt = stop
            while nxt < end and own[nxt] in " \t\r\n":
                nxt += 1
            if nxt < end and own[nxt] != "#":
                out.append((start, stop))
        return tuple(out)


#: a Markdown heading that asks: a take-home form's question copied as a section title ("### Q) How did you
#: find the test overall? Did you have any issues?If you have suggestions, we'd love to hear them.", "####
#: **Q) Which parts are you most proud of? And why?**"), or the form's question copied as a line of its own
#: under its label ("Q) Did you have any issues?If ...", "Q2: Which parts were the most challenging?",
#: "Question 3. ...?")
ASKING_HEADING: Final = LazyPattern(
    r"[ \t]{0,3}(?:#{1,6}[ \t]+|(?=Q(?:uestion)?[ \t]?\d{0,2}[).:][ \t]))[^\n?]{0,300}\?")

#: a company's question under the form's question label ("Q)", "Q2:", "Question 3."), in a heading or bold or on a
#: line of its own: "### Q) Is it possible to run mutli task in the same time in javascript? and why?", "####
#: **Q) Which parts are you most proud of? And why?**". A question heading without the form's label ("## what
#: you are proud of, and why?") may be the writer's retyping, judged as the writer's text (twenty-third i-104)
_LABELLED_QUESTION: Final = LazyPattern(
    r"[ \t]{0,3}(?:#{1,6}[ \t]*)?(?:\*\*|__)?Q(?:uestion)?[ \t]?\d{0,3}[ \t]?[).:-][ \t][^\n?]{0,300}\?")

#: the writer's own question on a plain line under a "Q:" label, begun in lower case as the writer typed it ("Q: will
#: the stopwords be all in lowercase?" above "A: I assume ...", thirty-fifth ai-166): a company's form capitalises
#: the questions it asks, so this one is the writer's text, judged as such
_OWN_QUESTION: Final = LazyPattern(r"[ \t]{0,3}Q[ \t]?\d{0,3}[ \t]?[:)][ \t]+[a-z]")

#: a line that may be a question heading: a heading's marks or the form's question label at its start
_HEADING_START: Final = LazyPattern(r"^[ \t]{0,3}(?:#|Q|\*\*Q|__Q)", re.MULTILINE)


def question_heading_ranges(own: str, lo: int = 0, hi: int | None = None) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each line between ``lo`` and ``hi`` that is a company's question under the form's
    label (``_LABELLED_QUESTION``): the form's text, not the writer's, so neither its spelling nor its mechanics
    are judged (thirty-fourth batch, SOURCES-github-a "Decisions"). A heading that asks nothing ("## Notes") is
    the writer's own title."""
    hi = len(own) if hi is None else hi
    if "?" not in own:
        return ()
    spans: list[tuple[int, int]] = []
    for m in _HEADING_START.finditer(own, lo, hi):
        start = m.start()
        nl = own.find("\n", start, hi)
        end = hi if nl < 0 else nl
        if _LABELLED_QUESTION.match(own, start, end) is not None and _OWN_QUESTION.match(own, start, end) is None:
            spans.append((start, end))
    return tuple(spans)


def _form_lines(doc: Questionnaire) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The (start, end) of each prompt line of a questionnaire, and of each short question opening an answer, of
    a prompt answered on its own line or of a question the writer lists for somebody else
    (``Questionnaire.answer_spans``)."""
    own = doc.own
    end = doc.end
    lines: list[tuple[int, int, str]] = []
    pos = doc.own_start
    while pos < end:
        nl = own.find("\n", pos, end)
        stop = end if nl < 0 else nl
        raw = own[pos:stop]
        text = _without_trailing_breaks(raw.strip())
        if text:
            lines.append((pos, pos + len(raw.rstrip()), text))
        pos = stop + 1
    if doc.is_html:
        lines = _run_on_prompts_apart(own, lines)
    lines = _wrapped_prompts_joined(lines)
    prompts: list[tuple[int, int]] = []
    openers: list[tuple[int, int]] = []
    for (start, stop, text), (after_start, _, after) in zip(lines, lines[1:]):
        if "?" not in text or after.endswith("?"):
            continue
        label = _PROMPT_LABEL.match(text)
        rest = text[label.end():] if label is not None else text
        if (_is_prompt(text) or _QUESTIONS.fullmatch(rest) is not None
                or label is not None and label.end() > 0 and _with_forms_remark(rest)):
            prompts.append((start, stop))
            opener = _ANSWER_OPENER.match(after)
            if opener is not None and _SECOND_PERSON.search(opener.group()) is None:
                at = own.find(after, after_start)
                openers.append((at, at + opener.end()))
    if len(prompts) < 2:
        return [], []
    starts = {s for s, _ in prompts}
    openers.extend(_answered_on_their_line(own, lines, starts))
    openers.extend(_questions_for_others(lines, starts))
    return prompts, openers


def _wrapped_prompts_joined(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``lines`` with a numbered prompt wrapped onto the next line joined to it: "2. What was the most useful
    feature that was added to the latest version of your chosen" then "language? Please include a snippet of code
    ..." (thirty-sixth aj-110): a line that opens on a prompt's number and ends with no mark, then one that opens
    in lower case and asks. Joined, they read as the one prompt they are (its text with a space for the break)."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(lines):
        start, stop, text = lines[k]
        if (k + 1 < len(lines) and "?" not in text and text[-1:].isalpha() and lines[k + 1][2][:1].islower()
                and "?" in lines[k + 1][2]):
            label = _PROMPT_LABEL.match(text)
            if label is not None and label.end() > 0 and any(c.isdigit() for c in text[:label.end()]):
                nxt = lines[k + 1]
                out.append((start, nxt[1], text + " " + nxt[2]))
                k += 2
                continue
        out.append((start, stop, text))
        k += 1
    return out


def _questions_for_others(lines: list[tuple[int, int, str]], prompts: set[int]) -> list[tuple[int, int]]:
    """The spans of the questions the writer lists under a prompt that asks for their questions to somebody
    else ("### Q. If a stakeholder was present, what questions might you ask them?" then "- Is there a product
    roadmap?", "- How many users of the system?", thirty-fifth ai-109; "What would you ask the client?"): put
    to that other person, not to the reader. The list runs to the next prompt or heading."""
    out: list[tuple[int, int]] = []
    under = False
    for start, stop, text in lines:
        if start in prompts or text.startswith("#"):
            under = False
        if "?" in text and (under or _asks_for_others(text)):
            if under:
                out.append((start, stop))
            under = True
    return out


def _asks_for_others(text: str) -> bool:
    """Does the prompt ``text`` ask what the candidate would ask somebody else (`[question] others_asking`, then
    within five words one of `others_asked`: "what questions might you ask them?")?"""
    return _OTHERS_ASKED().search(text) is not None


@lru_cache(maxsize=1)
def _OTHERS_ASKED() -> re.Pattern[str]:  # noqa: N802 (a pattern built once, from the cue data)
    from ..spelling.lexicon import read_toml_data

    data = read_toml_data("cues.toml")["question"]

    def alt(words: list[str]) -> str:
        return "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    return re.compile(rf"\b(?:{alt(data['others_asking'])})[ \t]+(?:(?!(?:us|me)\b)[\w'’-]+[ \t]+){{0,4}}?"
                      rf"(?:{alt(data['others_asked'])})\b", re.IGNORECASE)


def _with_forms_remark(rest: str) -> bool:
    """Is ``rest`` (a numbered line after its label) the form's questions, then one closing remark in the
    company's voice ("4. How did you find the test overall? Did you have any issues? If you have any suggestions
    on how we can improve the test, we'd love to hear them.", thirty-fifth ai-115; "2. What was hardest? We
    read every answer.") or the form's instruction to the candidate ("2. What was the most useful feature ...?
    Please include a snippet of code that shows how you've used it.", "1. How long did you spend ...? If you
    didn't spend much time on the coding test then use this as an opportunity to explain what you would add.",
    thirty-sixth aj-106, aj-108): the prompt copied whole, its remark the company's, not the writer's."""
    q = rest.rfind("?")
    tail = rest[q + 1:].strip()
    if q < 0 or not tail or _QUESTIONS.fullmatch(rest, 0, q + 1) is None:
        return False
    body = tail.rstrip(".!").rstrip()
    if any(c in body for c in ".!?"):
        return False
    return _COMPANY_VOICE.search(tail) is not None or (
        _PUT_TO_YOU.search(tail) is not None and _WRITERS_I.search(tail) is None
        and _FORMS_INSTRUCTION().match(tail) is not None)


@lru_cache(maxsize=1)
def _FORMS_INSTRUCTION() -> re.Pattern[str]:  # noqa: N802 (a pattern built once, from the cue data)
    """The form's instruction to the candidate opening a numbered prompt's remark (`[question] form_instructions`
    after "please" or a condition on the candidate: "Please include a snippet ...", "If you didn't spend much time
    on the coding test then use this as an opportunity to explain ...")."""
    from ..spelling.lexicon import read_toml_data

    verbs = read_toml_data("cues.toml")["question"]["form_instructions"]
    alt = "|".join(r"[ \t]+".join(map(re.escape, v.split())) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?:please[ \t,]+|if[ \t]+you\b[^,.!?\n]{{0,120}}?(?:,[ \t]*(?:then[ \t]+)?|[ \t]then[ \t]+)"
                      rf"(?:please[ \t]+)?)?(?:{alt})\b", re.IGNORECASE)


def _answered_on_their_line(own: str, lines: list[tuple[int, int, str]],
                            prompts: set[int]) -> list[tuple[int, int]]:
    """The spans of the questions of a form's prompt answered on its own line, after its last "?" ("Which
    parts did you spend the most time with? What did you find most difficult? css and design", thirty-fifth
    ai-107; "3. How long did it take you? About four hours."), in a note whose questionnaire is found: one to
    three questions put to the writer ("you", and no "I", "my" of the writer's), then an answer that speaks to
    nobody (no "you"). The writer's own question with a remark after it ("Is the API versioned? I assumed not.",
    "What did you think of my cache? I am proud of it.", "How big is your team? Just curious.", "Could you send
    the rota? It would help you plan.") still asks."""
    out: list[tuple[int, int]] = []
    before = -1
    for start, _, text in lines:
        under_prompt, before = before in prompts, start
        if start in prompts or "?" not in text or under_prompt:
            continue                               # (right under a prompt, the line is its answer: the writer's
            # question there, "Do you use heap snapshots at your company? I would.", still asks)
        label = _PROMPT_LABEL.match(text)
        skip = label.end() if label is not None and label.group(1) is None else 0
        q = text.rfind("?")
        tail = text[q + 1:].strip()
        if (not tail or _QUESTIONS.fullmatch(text, skip, q + 1) is None
                or _PUT_TO_YOU.search(text, skip, q + 1) is None or _FIRST_PERSON.search(text, skip, q + 1) is not None
                or _SECOND_PERSON.search(tail) is not None):
            continue
        at = own.find(text, start)
        if at < 0:
            continue  # (a prompt wrapped over two lines, joined: not one piece of the text)
        out.append((at, at + q + 1))
    return out


def _run_on_prompts_apart(own: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``lines`` with a numbered prompt that ends a line after another sentence set on a line of its own. A
    body read as HTML turns its source's line breaks into spaces, and only its "<br>" break the text: a
    questionnaire typed with "<br><br>" after each prompt reads "... UI quicker. 2. If you had more time, what
    would you add?" (thirty-fourth ah-110), the answer above run on into the next prompt that its writer began
    on a new line. The prompt is the line's tail after a sentence's end, opening on a number's or a question's
    label ("2.", "3)", "Q4:") and ending in "?"."""
    out: list[tuple[int, int, str]] = []
    for start, stop, text in lines:
        if not text.endswith("?"):
            out.append((start, stop, text))
            continue
        cut = None
        for m in _RUN_ON_LABEL.finditer(text):
            cut = m.end()
        if cut is None or "?" in text[:cut]:
            out.append((start, stop, text))
            continue
        at = own.find(text, start)
        head = text[:cut].rstrip()
        out.append((start, at + len(head), head))
        out.append((at + cut, stop, text[cut:]))
    return out


#: a sentence's end, then a prompt's number or question label ("2.", "3)", "Q4:") opening the rest of the line
_RUN_ON_LABEL: Final = LazyPattern(r"[.!][ \t]+(?=(?:\d{1,3}|Q(?:uestion)?[ \t]?\d{1,3})[.):][ \t]+[^\W\d_])")


def _without_trailing_breaks(line: str) -> str:
    """``line`` (stripped) without the HTML line breaks and non-breaking spaces typed after it in a plain-text
    note ("2. What would you add? <br><br>", "Which parts took longest?<br/>&nbsp;", thirty-fourth ah-110):
    markup that ends the line, not its words, so a prompt ending in one still ends in its "?". Cut from the end
    token by token (a line of a thousand "<br>" costs as many short steps, no backtracking)."""
    while line and line[-1] in ">;":
        cut = max(line.rfind("<"), line.rfind("&"))
        if cut < 0 or _TRAILING_BREAK.fullmatch(line, cut) is None:
            break
        line = line[:cut].rstrip()
    return line


#: one HTML line break or non-breaking space at a line's end ("<br>", "<br/>", "<BR />", "&nbsp;", "&#160;")
_TRAILING_BREAK: Final = LazyPattern(r"<br[ \t]*/?>|&nbsp;|&#160;|&#xa0;", re.IGNORECASE)


def _is_prompt(line: str) -> bool:
    """Is ``line`` (stripped) a questionnaire's prompt: one question alone, or after a number's label ("##1.",
    "3)") a few alone ("What would you add? What further features would you add?"); or,
    labelled as a question ("Q)", "Q3:", "Question 2 -"), any line that asks ("Q) How did you find the test? If you
    have suggestions, we'd love to hear them.")?"""
    if "?" not in line:
        return False
    label = _PROMPT_LABEL.match(line)
    rest = line[label.end():] if label is not None else line
    if label is not None and label.group(1) is not None:
        return True  # (labelled as a question: the form's, whatever follows its "?")
    if not rest.endswith("?"):
        return False
    # (a numbered prompt may hold a few questions; an unlabelled line one alone: "What did you prioritize? Why?"
    # under a heading may be the writer's own)
    if label is not None and label.end() > 0 and not line[:label.end()].lstrip("#").strip() == "":
        return _QUESTIONS.fullmatch(rest) is not None
    return _ONE_QUESTION.fullmatch(rest) is not None


#: a questionnaire prompt's label: Markdown heading marks, bold, then a question's mark ("Q", "Q1", "Question 2":
#: group 1) or a number, perhaps with a sub-question's letter ("1a.", "1b.", thirty-sixth aj-110), closed by ".", ")", ":" or "-"
_PROMPT_LABEL: Final = LazyPattern(r"(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:(Q(?:uestion)?[ \t]?\d{0,3})|\d{1,3}[a-h]?)[ \t]?[.):-][ \t]*"
                                  r"(?:\*\*|__)?|#{1,6}[ \t]*")
#: one to three sentences that ask, alone on the line (no other sentence's end before a "?"), bare: a lead-in
#: before a colon ("One question for you: which services ...?") is the writer asking
_QUESTIONS: Final = LazyPattern(r"(?:[^.!?:\n]{3,150}\?[ \t]*){1,3}")
_ONE_QUESTION: Final = LazyPattern(r"[^.!?:\n]{3,150}\?")
#: a short question (up to about forty letters) opening the line under a prompt, after a list's bullet or the
#: form's "Answer:" / "A1:" label: the writer's echo or guess
_ANSWER_OPENER: Final = LazyPattern(r"(?:(?:[-*]|A(?:nswer)?[ \t]?\d{0,2}[ \t]?[:.)])[ \t]+)?[^\W\d_][^.!?:\n]{0,40}?\?")
_SECOND_PERSON: Final = LazyPattern(r"\b(?:you|your|yours|u)\b", re.IGNORECASE)
#: the candidate put as the subject or object of a form's question ("did you", "would you add", "take you");
#: the writer's question to the reader names the writer ("my cache", "I") or the reader's own ("your team")
_PUT_TO_YOU: Final = LazyPattern(r"\byou\b", re.IGNORECASE)
#: the writer in a prompt's remark ("I", "me", "my"): a remark of the writer's own, not the form's instruction
_WRITERS_I: Final = LazyPattern(r"\b(?:I|me|my|mine)\b|\bI[’']", re.IGNORECASE)
_FIRST_PERSON: Final = LazyPattern(r"\b(?:I|me|my|mine|we|us|our)\b|\bI[’']", re.IGNORECASE)
#: the company speaking in its form ("we'd love to hear them", "let us know", "our team reads every answer")
_COMPANY_VOICE: Final = LazyPattern(r"\b(?:we|we'd|we'll|we're|us|our)\b", re.IGNORECASE)

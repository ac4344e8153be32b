"""FL303 no-thanks and FL304 no-next-step: the two courtesies every follow-up carries."""

from __future__ import annotations

from typing import Iterable

from ..analysis.sentences import Function, SentenceFunctions
from ..results import Applicability, Finding, Severity
from ..rule import Rule, RuleContext
from ._phrases import in_slot
from ._substance import content_words, sentence_functions

__all__ = ["NoThanks", "NoNextStep", "thanks_in", "next_steps_in", "has_thanks", "has_next_step"]


def _with(ctx: RuleContext, wanted: Function) -> list[SentenceFunctions]:
    """The sentences of the candidate's own text (greeting and closing lines included) that do ``wanted``,
    a cue of which lies outside every placeholder."""
    doc = ctx.doc
    out = []
    for sf in sentence_functions(ctx):
        if sf.functions & wanted and any(c.function & wanted and not in_slot(doc, c.start, c.end)
                                         for c in sf.cues):
            out.append(sf)
    return out


def thanks_in(ctx: RuleContext) -> list[SentenceFunctions]:
    """Sentences that thank the reader ("thanks to the snow ..." and talk of a thank-you note do not)."""
    return _with(ctx, Function.THANKS)


def has_thanks(ctx: RuleContext) -> bool:
    return bool(thanks_in(ctx))


def next_steps_in(ctx: RuleContext) -> list[SentenceFunctions]:
    """Sentences that invite the conversation to continue: a question to the reader, a request, an offer,
    looking forward to a reply (hoping to work together does not)."""
    return _with(ctx, Function.QUESTION | Function.REQUEST | Function.OFFER | Function.FORWARD)


def has_next_step(ctx: RuleContext) -> bool:
    return bool(next_steps_in(ctx))


def _newline(ctx: RuleContext) -> str:
    return "\r\n" if "\r\n" in ctx.doc.body.text else "\n"


class NoThanks(Rule):
    """The note never says thank you.

    ## What it does
    Looks for thanks or appreciation anywhere in your own text: "thank you", "thanks" (a "Thanks," sign-off
    counts), "I appreciated your frankness", "grateful", "gratitude". A request such as "I would
    appreciate an update" or "thanks in advance" is not thanks for the interview. Quoted replies and the
    signature are not your text.

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
    ../shared/DOMAIN.md ("No thanks": warning; every source says to lead with the thanks).
    """

    code = "FL303"
    name = "no-thanks"
    default_severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        doc = ctx.doc
        if not doc.words:
            raise ctx.skip("the draft has no text of its own")
        if has_thanks(ctx):
            return
        lo, hi = doc.content_range
        own = doc.own
        start = lo
        while start < hi and own[start].isspace():
            start += 1
        fixes = ()
        if start < hi:
            fixes = (ctx.fix("Open the message with a thank-you", [(start, start, "Thank you for your time. ")],
                             applicability=Applicability.UNSAFE),)
        yield ctx.finding("The note never thanks the interviewer: say thank you", fixes=fixes)


class NoNextStep(Rule):
    """Nothing in the note invites the conversation to continue.

    ## What it does
    Looks in your own text (the sign-off included) for an invitation to continue: looking forward to
    hearing from them, next steps, an offer to send more or answer anything else, "let me know", a call or
    a further conversation, being told of a decision.

    The fix (unsafe: check the wording) adds "I look forward to hearing from you." before the sign-off.

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
    ../shared/DOMAIN.md ("No invitation to continue (looking forward, happy to send more)": info); Hays,
    Indeed.
    """

    code = "FL304"
    name = "no-next-step"
    default_severity = Severity.INFO

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        doc = ctx.doc
        if content_words(ctx) < 3:
            raise ctx.skip("the draft has no message of its own to judge")
        if has_next_step(ctx):
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

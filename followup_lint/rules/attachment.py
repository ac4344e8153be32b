"""FL308 missing-attachment: the note says something is attached, and nothing is."""

from __future__ import annotations

from typing import Iterable

from ..results import Finding, Severity
from ..rule import Rule, RuleContext
from ._phrases import Existence, existence, own_matches

__all__ = ["MissingAttachment"]


class MissingAttachment(Rule):
    """The note mentions an attachment, but the draft has none.

    ## What it does
    Looks for "attached", "I've attached", "please find attached", "see the attachment", "enclosed" and
    the like in your own text and in the subject, and reports the first one when the draft lists no
    attachments (`Draft.attachments`: from the `.eml` message, the `attachments` key of the front matter,
    or the API). "I'm attached to the idea" is attachment in the other sense and is not reported; quoted
    replies and the signature are not your text.

    ## Why is this bad?
    "Please find my portfolio attached" with nothing attached means a second email to apologise, and an
    interviewer who has to wait, or who never asks.

    ## Example
    ```text
    Hi Dana,

    Thank you for your time today. As promised, I've attached the write-up of the billing migration.

    Best,
    Sam
    ```

    ## Use instead
    Attach the file, or point to it:

    ```text
    Hi Dana,

    Thank you for your time today. As promised, here is the write-up of the billing migration:
    https://example.com/sam/billing-migration

    Best,
    Sam
    ```

    ## Source
    Proofreading advice in docs/advice.md (a sloppy note costs the employer's confidence); mail
    clients (Gmail, Outlook, Thunderbird) have long warned about a "forgotten attachment" for the same
    phrases. Warning: the note still makes sense without the file.
    """

    code = "FL308"
    name = "missing-attachment"
    default_severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        if ctx.draft.attachments:
            return
        doc = ctx.doc
        mentions = existence("attachment", "mentions")
        figurative = existence("attachment", "figurative")
        subject = doc.subject.text
        places = [("subject", m) for m in mentions.finditer(subject)]
        places += [("body", m) for m in own_matches(doc, mentions)]
        for field, m in places:
            text = subject if field == "subject" else doc.own
            if _figurative_here(figurative, text, m.start, m.end):
                continue
            yield ctx.finding(
                f"'{ctx.quote(m.start, m.end, field)}' mentions an attachment, but nothing is attached",
                m.start, m.end, field=field, data={"phrase": m.text},
            )
            return


def _figurative_here(figurative: Existence, text: str, start: int, end: int) -> bool:
    """Does a figurative "attached to ..." overlap this mention?"""
    for f in figurative.finditer(text, max(0, start - 20), min(len(text), end + 60)):
        if f.start < end and start < f.end:
            return True
    return False


RULES = (MissingAttachment,)

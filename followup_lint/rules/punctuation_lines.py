"""FL108 greeting-punctuation and FL109 signoff-punctuation."""

from __future__ import annotations

import re
import unicodedata
from typing import Final, Iterable

from ..results import Applicability, Finding, Severity
from ..document.structure import PRONOUN_I_FORMS
from ..rule import Rule, RuleContext

__all__ = ["GreetingPunctuation", "SignoffPunctuation"]

# The marks a greeting line may end with: "Hi Dana," / "Dear Ms. Johnson:" (US formal) / "Hi Dana!"
_GREETING_MARKS: Final = (",", ":", "!")
#: lower-case words that join the names of one greeting ("Dear Sir or Madam", "Hi Ana and Raj")
_NAME_JOINERS: Final = frozenset("or and & und et y e".split())
#: dashes the greeting parser stops at ("Hi Dana — thanks", "Hi Dana - thanks"): no mark a greeting takes
_DASHES: Final = ("—", "–", "-")
#: a code host's handle after the salutation, then the message on the same line with no mark between them
#: ("Hi @tapaswenipathak Can you please review ...", "Hello @priya_r i pushed the fix")
_GLUED_HANDLE: Final = re.compile(r"[ \t]+(?P<handle>@[^\W\d_][\w.-]{0,38}(?<![.-]))[ \t]+(?=[^\W\d_])"
                           r"(?!(?i:or|and|und|et|y|e)(?![\w'’-]))")  # (not "Hi @dana and @raj, ...")

#: a salutation's code-host handles that end the greeting line with no mark after them, the message on the
#: lines below ("Hey @alranel @per1234", "Hi, @RuthNjeri", "Hello @ana and @raj"): the handles are the names
_HANDLE: Final = r"@[^\W\d_][\w.-]{0,38}(?<![.-])"
_HANDLES_END_LINE: Final = re.compile(r"[ \t]*,?[ \t]*(?P<handles>" + _HANDLE + r"(?:[ \t]*(?:,|and|&)?[ \t]*" + _HANDLE
                                      + r")*)[ \t\r]*$")

#: a full stop right after the greeting's words (not an ellipsis): "Hello.", "Hey guys. Anyone ..."
_FULL_STOP: Final = re.compile(r"[ \t]*(\.)(?!\.)")


def _emoji_only(word: str) -> bool:
    """Is ``word`` emoji and nothing else ("😁", "👋🏽", "❤️"): symbols, their skin tones, variation selectors
    and joiners, no letter, digit or punctuation mark?"""
    return all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") for c in word) and any(
        unicodedata.category(c) == "So" for c in word)


class GreetingPunctuation(Rule):
    """A greeting line that does not end with a comma, colon or exclamation mark ("Hi Dana").

    ## What it does
    Flags a greeting ("Hi Dana", "Dear Ms. Okafor") with nothing after the name, or with a mark a
    greeting does not take ("Dear Ms. Okoro;", "Hi Dana -"). A greeting typed in lower case on a phone
    ("hi priya") is a greeting too, so is one after an interjection ("Oh Bonjour", "Oh hi Dana"; the
    interjections are in `followup_lint/data/addressing.toml`), and a colon straight after the salutation ("Dear: Ms. Okoro", a
    template's "Dear: (The person from above)") is not the greeting's closing mark. A greeting run into
    the message on its line with no mark ("Hi Daniela thanks so much for today!", typed on a phone) is
    reported too (`data["glued"]`), and so is a code host's handle run into the message ("Hi
    @tapaswenipathak Can you please review ..."); @mentions alone before the message on their line ("@mkoh
    @dag.larsen Here is my solution") are the code host's convention, not reported; handles after a salutation
    that end the greeting line with no mark ("Hey @alranel @per1234", "Hi, @RuthNjeri", the message on the
    lines below) are the names greeted, and want the comma after them (`data["handles"]`). A Markdown heading that
    is the greeting ("# Dear Reviewer", the text on the lines below) is a greeting line; "I" after the name starts the
    message ("Hi Dana I just wanted ...": the greeting is "Hi Dana"); typed all in lower case ("hey priya loved the tour") only when the
    interview tells that the word after the salutation is an interviewer's name. A greeting followed by an
    aside in brackets and no mark after either ("Hello there (sorry if I got your name wrong before ...).")
    is reported too (`data["aside"]`); "Hi Dana (and team)," is punctuated. An emoji after the greeting
    ("Hi 😁", "Hello Dana 👋") is no mark: the comma is still missing. A dash between the greeting
    and the message on its line ("Hello Dana — I hope you're well", "Hello [Recruiter] - quick update")
    stands where the comma goes and is reported too (`data["dash"]`), and so is a full stop after the
    greeting ("Hello.", "Hey guys.", "Hi Acme team. We met ..."; `data["full_stop"]`). The span covers the greeting
    words; the safe fix inserts the comma (or puts it in place of the wrong mark).

    ## Why is this bad?
    A bare greeting reads as a slip. Published samples use "Dear Ms. Wells," or, in formal US style,
    "Dear Ms. Johnson:"; both are fine, nothing is not.

    ## Example
    ```text
    Hi Dana

    Thank you for the conversation this morning.
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for the conversation this morning.
    ```

    ## Source
    docs/advice.md, "Greeting with no comma, colon or exclamation mark" (published samples).
    """

    code = "FL108"
    name = "greeting-punctuation"
    default_severity = Severity.WARNING
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        g = ctx.doc.greeting
        if g is None:
            return
        if g.salutation and not g.names and not g.handles and g.punct in ("", ","):
            bare = list(self._bare_handles(ctx, g))
            if bare:  # "Hey @alranel @per1234", "Hi, @RuthNjeri": handles end the line, no mark after them
                yield from bare
                return
        if g.punct in _GREETING_MARKS:
            return
        if g.handles:
            # "@ana @raj Here is my submission": a code host's mentions before the text, its convention
            return
        if g.end <= g.start or (not g.names and not g.salutation):
            return
        # "Hello" alone is still a greeting line; "Hi Daniela thanks so much for today" has run into the
        # message with no mark between them (a sentence of its own follows: a lower-case word, not a joiner
        # of names, and more words after it: not "Dear Sir or Madam,")
        after = g.punct_at + len(g.punct) if g.punct else g.end
        rest = ctx.doc.own[after:g.line_end].split()
        if rest and not g.punct and all(map(_emoji_only, rest)):
            rest = []  # "Hi 😁", "Hello Dana 👋": an emoji after the greeting is no mark; the comma is missing
        words = ctx.quote(g.start, g.end)
        stop = _FULL_STOP.match(ctx.doc.own, g.end, g.line_end) if not g.punct else None
        if stop is not None and (g.salutation or g.names):
            # "Hello.", "Hey guys.", "Hi join.com team. Thanks for ...": a full stop closes a sentence, not a
            # greeting (outside batches tenth and sixteenth)
            fix = ctx.fix(f"Write '{words},'", [(stop.start(1), stop.end(1), ",")], applicability=Applicability.SAFE)
            yield ctx.finding(f"The greeting '{words}' ends with a full stop; a greeting takes a comma (or a colon)",
                              g.start, stop.end(1), fixes=(fix,), data={"full_stop": True})
            return
        handle = _GLUED_HANDLE.match(ctx.doc.own, g.end, g.line_end) if rest and not g.names and not g.punct else None
        if handle is not None and g.salutation and len(rest) >= 3:
            # "Hi @tapaswenipathak Can you please review ...": the handle is the name, the message runs on
            end = handle.end("handle")
            words = ctx.quote(g.start, end)
            fix = ctx.fix(f"Add a comma: '{words},'", [(end, end, ",")], applicability=Applicability.SAFE)
            yield ctx.finding(f"The greeting '{words}' runs into the message with no comma after it",
                              g.start, end, fixes=(fix,), data={"glued": True})
            return
        if rest and not g.names and not g.punct and g.salutation and len(rest) >= 4:
            # typed all in lower case on a phone ("hey priya loved the tour"): the parser cannot tell the
            # name from the message, the interview can
            glued = ctx.analysis.addressing.glued_name if ctx.interview is not None else None
            if glued is not None:
                end = glued[1]
                words = ctx.quote(g.start, end)
                fix = ctx.fix(f"Add a comma: '{words},'", [(end, end, ",")], applicability=Applicability.SAFE)
                yield ctx.finding(f"The greeting '{words}' runs into the message with no comma after it",
                                  g.start, end, fixes=(fix,), data={"glued": True})
            return
        if rest and not g.punct and g.names and rest[0][:1] == "(":
            # "Hello there (sorry if I got your name wrong before ...)." : an aside after the greeting words,
            # and no mark after either ("Hi Dana (and team)," has its comma after the aside)
            close = ctx.doc.own.find(")", after, g.line_end)
            if close >= 0 and ctx.doc.own[close + 1:g.line_end].lstrip(" \t")[:1] in _GREETING_MARKS:
                return
            fix = ctx.fix(f"Add a comma: '{words},'", [(g.end, g.end, ",")], applicability=Applicability.SAFE)
            yield ctx.finding(f"The greeting '{words}' has no comma after it", g.start, g.end, fixes=(fix,),
                              data={"aside": True})
            return
        if rest and g.punct in _DASHES and (g.names or g.titles):
            # "Hello Dana — I hope you're well": the dash stands where the greeting's comma goes
            fix = ctx.fix(f"Write '{words},'", [(g.end, g.punct_at + len(g.punct), ",")],
                          applicability=Applicability.SAFE)
            yield ctx.finding(f"The greeting '{words}' is followed by '{g.punct}'; a greeting takes a comma (or a "
                              "colon)", g.start, g.end, fixes=(fix,), data={"dash": True})
            return
        if rest:
            first = rest[0].lower().replace("’", "'")
            if g.punct or not g.salutation or not g.names or len(rest) < 3 or not (
                    rest[0][:1].islower() or first in PRONOUN_I_FORMS) or first in _NAME_JOINERS:
                return
            fix = ctx.fix(f"Add a comma: '{words},'", [(g.end, g.end, ",")], applicability=Applicability.SAFE)
            yield ctx.finding(f"The greeting '{words}' runs into the message with no comma after it", g.start,
                              g.end, fixes=(fix,), data={"glued": True})
            return
        if g.punct:  # "Dear Ms. Okoro;" or a dash: a mark, but not one a greeting takes
            fix = ctx.fix(f"Write '{words},'", [(g.end, g.punct_at + len(g.punct), ",")],
                          applicability=Applicability.SAFE)
            yield ctx.finding(f"The greeting '{words}' ends with '{g.punct}'; a greeting takes a comma (or a colon)",
                              g.start, g.end, fixes=(fix,))
            return
        fix = ctx.fix(f"Add a comma: '{words},'", [(g.end, g.end, ",")], applicability=Applicability.SAFE)
        yield ctx.finding(f"The greeting '{words}' has no comma after it", g.start, g.end, fixes=(fix,))

    @staticmethod
    def _bare_handles(ctx: RuleContext, g) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        """A salutation whose names are code-host handles ending the line with no mark ("Hey @alranel
        @per1234", "Hi, @RuthNjeri", the message below): the handles are who is greeted, the comma goes after
        them (outside batch nineteenth, d-101 and d-107)."""
        own = ctx.doc.own
        m = _HANDLES_END_LINE.match(own, g.punct_at + len(g.punct) if g.punct == "," else g.end, g.line_end)
        if m is None or not own[g.line_end:ctx.doc.own_end].strip():
            return
        end = m.end("handles")
        words = ctx.quote(g.start, end)
        fix = ctx.fix(f"Add a comma: '{words},'", [(end, end, ",")], applicability=Applicability.SAFE)
        yield ctx.finding(f"The greeting '{words}' has no comma after it", g.start, end, fixes=(fix,),
                          data={"handles": True})


class SignoffPunctuation(Rule):
    """A sign-off ("Best regards") without a comma before the name.

    ## What it does
    Flags a closing line such as "Best regards" or "Thanks" that stands alone before the signature name
    without a comma (or an exclamation mark). The safe fix inserts the comma.

    ## Why is this bad?
    It is a small slip, so only informational; but the note is read as a writing sample.

    ## Example
    ```text
    Thank you again for your time.

    Best regards
    Maya Fischer
    ```

    ## Use instead
    ```text
    Thank you again for your time.

    Best regards,
    Maya Fischer
    ```

    ## Source
    docs/advice.md: "a sign-off without its comma is only info".
    """

    code = "FL109"
    name = "signoff-punctuation"
    default_severity = Severity.INFO
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        s = ctx.doc.signoff
        if s is None or s.punct in (",", "!") or s.name_start is None:
            return
        words = ctx.quote(s.start, s.end)
        edits = [(s.end, s.end, ",")] if not s.punct else [(s.punct_at, s.punct_at + 1, ",")]
        fix = ctx.fix(f"Write '{words},'", edits, applicability=Applicability.SAFE)
        yield ctx.finding(f"The sign-off '{words}' has no comma after it", s.start, s.end, fixes=(fix,))
RULES = (GreetingPunctuation, SignoffPunctuation)

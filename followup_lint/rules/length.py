"""Length, reading level and emoji: FL305 too-long, FL306 reading-level, FL307 emoji."""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Final, Iterable

from ..document.tokens import has_emoji_char
from ..metrics import metrics_of
from ..results import Applicability, Finding, Severity
from ..rule import Rule, RuleContext

__all__ = ["TooLong", "ReadingLevel", "Emoji", "is_emoji"]

_KIND: Final = itemgetter(3)  # Token.kind
_BOOMERANG: Final = (
    "Boomerang (2016, about 40 million emails of all kinds): 50-125 words had the best response rate, "
    "and a 3rd-grade reading level got 53% responses against 39% at college level"
)


class TooLong(Rule):
    """A note over 250 words (info) or over 400 words (warning).

    ## What it does
    Counts the words of the candidate's own text (quoted replies and the signature block are not
    counted; numbers and placeholders are) and reports once, without a span: info above
    `info-over-words`, warning above `warn-over-words`. The finding's data has the count; the same
    count is `Report.metrics["words"]`.

    ## Why is this bad?
    A thank-you note is read in under a minute. Long notes bury the thanks and the one point you
    want remembered.

    ## Example
    ```text
    Hi Dana,

    Thank you for the conversation today about the platform team. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here. I have a lot to add, so I will write a great deal here.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    Thank you for the conversation today about the platform team. I enjoyed hearing how you moved the
    billing service to Kubernetes without downtime, and I would be glad to share how we ran our own
    rollout. I look forward to hearing about next steps.

    Best,
    Sam
    ```

    ## Source
    docs/advice.md, "Length over 250 words: info; over 400 warning": 100-180 words (Faraday),
    150-200 (personaljobcoach: 400 is excessive). {boomerang}. Sources differ on the ideal length,
    hence info first and a warning only well past it.
    """

    code = "FL305"
    name = "too-long"
    default_severity = Severity.INFO
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of too-long."""

        #: an info finding above this many words
        info_over_words: int = 250
        #: a warning above this many words
        warn_over_words: int = 400

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        words = metrics_of(ctx)["words"]
        opts = self.options
        if words > opts.warn_over_words:
            level, limit = Severity.WARNING, opts.warn_over_words
        elif words > opts.info_over_words:
            level, limit = Severity.INFO, opts.info_over_words
        else:
            return
        yield ctx.finding(f"The note is {words} words long, over {limit}: aim for 100-200 words",
                          severity=level, data={"words": words, "limit": limit})


class ReadingLevel(Rule):
    """A note whose Flesch-Kincaid grade is above 10 (long sentences, long words).

    ## What it does
    Computes the Flesch-Kincaid grade of the message (between the greeting and the sign-off; the
    same number is `Report.metrics["flesch_kincaid_grade"]`) and reports once, without a span, when
    it is above `max-grade`. Notes shorter than `min-words` words are not judged: the formula is
    noisy on a few sentences.

    ## Why is this bad?
    Plain, short sentences are read faster and answered more often; a dense note sounds stiff.
    This is soft guidance, hence info.

    ## Example
    ```text
    Dear Dr. Okafor,

    I sincerely appreciated the extraordinarily comprehensive conversation regarding organisational transformation, interdepartmental collaboration and the operationalisation of sophisticated quantitative methodologies within your increasingly international manufacturing organisation.

    Kind regards,
    Sam
    ```

    ## Use instead
    ```text
    Dear Dr. Okafor,

    Thank you for our talk today. I liked hearing how your team plans the new line in Leeds, and
    how you test each change on one shift first. I would be glad to help with that work.

    Kind regards,
    Sam
    ```

    ## Context
    ```json
    {"options": {"min-words": 10}}
    ```

    ## Source
    docs/advice.md, "Published email-response figures": {boomerang}; Lavender (cold sales
    email): a 5th-grade level did best. Correlations over other kinds of email, so info only.
    """

    code = "FL306"
    name = "reading-level"
    default_severity = Severity.INFO
    language_dependent = True  # the Flesch-Kincaid weights are for English
    options: Options

    @dataclass(frozen=True, slots=True)
    class Options:
        """Options of reading-level."""

        #: report a Flesch-Kincaid grade above this
        max_grade: float = 10.0
        #: do not judge notes with fewer words than this
        min_words: int = 40

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        m = metrics_of(ctx)
        grade = m["flesch_kincaid_grade"]
        if grade is None or m["words"] < self.options.min_words:
            return
        if grade > self.options.max_grade:
            yield ctx.finding(f"The note reads at US grade {grade:.1f} (Flesch-Kincaid), above "
                              f"{self.options.max_grade:g}: use shorter sentences and plainer words",
                              data={"grade": grade, "max_grade": self.options.max_grade,
                                    "flesch_reading_ease": m["flesch_reading_ease"]})


# Characters that are emoji by default (Unicode Emoji_Presentation) in the BMP ranges the tokenizer
# marks as "emoji"; the rest of U+2600-U+27BF (✓, ★, ☎) are text symbols unless followed by U+FE0F.
_BMP_EMOJI: Final = frozenset(
    "⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕"
)


def is_emoji(text: str) -> bool:
    """Whether a token marked "emoji" by the tokenizer is an emoji (not a text symbol such as ✓)."""
    if "\ufe0f" in text:
        return True
    for ch in text:
        cp = ord(ch)
        if 0x1F000 <= cp <= 0x1FAFF and not 0x1F100 <= cp <= 0x1F1E5:
            return True
        if ch in _BMP_EMOJI:
            return True
    return False


class Emoji(Rule):
    """An emoji in the subject or the body of the note.

    ## What it does
    Flags each emoji (or run of emoji) in the subject and in the candidate's own text; quoted replies
    and the signature are not checked. Text symbols such as ✓ or ★ without emoji presentation are
    not emoji. The unsafe fix deletes the emoji.

    ## Why is this bad?
    A follow-up after an interview is a professional note; career advice is unanimous that emoji
    do not belong in it, whatever the tone of the interview was.

    ## Example
    ```text
    Hi Kelsey,

    Thanks so much for today 🙌 I really enjoyed our chat.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Kelsey,

    Thanks so much for today. I really enjoyed our chat.

    Best,
    Sam
    ```

    ## Source
    docs/advice.md, 'Runs like "!!" or "?!", emoji: warning' (TU Delft, Amerikanki).
    """

    code = "FL307"
    name = "emoji"
    default_severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for field, text, tokens in (("subject", ctx.doc.subject.text, ctx.doc.subject_tokens),
                                    ("body", ctx.doc.own, ctx.doc.tokens)):
            if not has_emoji_char(text) or "emoji" not in map(_KIND, tokens):
                continue  # (a search, then a scan of the tokens, in C: most drafts have no emoji token)
            for tok in tokens:
                if tok.kind != "emoji" or not is_emoji(tok.text):
                    continue
                s, e = tok.start, tok.end
                if s > 0 and text[s - 1] == " " and (e >= len(text) or text[e] in " \n\r.,!?"):
                    s -= 1  # take the space before it too
                fix = ctx.fix("Delete the emoji", [(s, e, "")], field=field, applicability=Applicability.UNSAFE)
                yield ctx.finding(f"Leave out the emoji '{tok.text}' in a professional note", tok.start, tok.end,
                                  field=field, fixes=(fix,), data={"emoji": tok.text})


for _cls in (TooLong, ReadingLevel):
    _cls.__doc__ = (_cls.__doc__ or "").replace("{boomerang}", _BOOMERANG)

RULES = (TooLong, ReadingLevel, Emoji)

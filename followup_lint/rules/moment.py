"""FL206 no-specific-moment: the note says nothing concrete about this interview."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Iterable

from ..results import Finding, Severity
from ..rule import Rule, RuleContext
from ._phrases import Match, existence, in_slot, own_matches, phrase_data, sentence_at, tokens_between
from ._substance import analysis, content_words
from ._topics import COMPOUND, phrase_terms, terms_of

__all__ = ["NoSpecificMoment", "specific_reference"]

_MONTHS_DAYS: Final = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday i i'm i've i'd i'll thanks thank""".split()
)
_COMPANY_LEAD: Final = frozenset("at with for join joining of".split())
# Content words that together weigh this much (rare words weigh more) name something specific.
_DOMAIN_WEIGHT: Final = 7.0
_COMMON: Final = 3.0   # words more common than this add nothing ("love", "hear", "steps")
_SELF: Final = frozenset("my myself mine".split())


@dataclass(frozen=True, slots=True)
class _Reference:
    cue: Match
    specific: str | None   # the specific thing referred to, or None for generic praise


def specific_reference(ctx: RuleContext) -> list[_Reference]:
    """Conversation references in the content ("when you mentioned ...") and what each one names."""
    doc = ctx.doc
    own = doc.own
    a = analysis(ctx)
    generic = frozenset(phrase_data()["moment"]["generic_objects"].split())
    nouns = existence("moment", "moment_nouns")
    out: list[_Reference] = []
    seen: set[tuple[int, int]] = set()
    for noun in own_matches(doc, nouns, content_only=True):
        out.append(_Reference(noun, noun.text))
    for cue in own_matches(doc, existence("moment", "cues"), content_only=True):
        s, e = sentence_at(doc, cue.start)
        if (s, e) in seen:
            continue
        seen.add((s, e))
        out.append(_Reference(cue, _specific_in(ctx, s, e, generic, a.excluded, skip=(cue.start, cue.end))))
    return out


def _specific_in(ctx: RuleContext, start: int, end: int, generic: frozenset[str],
                 excluded: frozenset[str], skip: tuple[int, int] = (0, 0)) -> str | None:
    """A proper noun, a number or enough rare (domain) words in ``[start, end)`` of the candidate's text.

    Capitalised words next to a generic object ("the Store Manager role", "the culture at Kingsmere")
    name the role or the company; words right after "my" describe the candidate: neither is a moment.
    """
    doc = ctx.doc
    own = doc.own
    tokens = [t for t in tokens_between(doc, start, end) if t.kind in ("word", "number", "placeholder")
              and not skip[0] <= t.start < skip[1]]
    weight = 0.0
    words: list[str] = []
    skip_run = False
    mine = 0
    for k, tok in enumerate(tokens):
        low = tok.norm.lower()
        if low in _SELF:
            mine = 3
            continue
        if mine:
            mine -= 1
            continue
        if tok.kind == "placeholder" or in_slot(doc, tok.start):
            skip_run = False
            continue
        sentence_start = _char_before(own, tok.start) in ("", ".", "!", "?", ":", "\n")
        capital = (tok.text[:1].isupper() and not sentence_start) or (tok.text.isupper() and len(tok.text) > 1)
        if not capital:
            skip_run = False
        if low in generic or low in _MONTHS_DAYS:
            continue
        terms = [t for t in terms_of(own, [tok], excluded) if t.key[0] != COMPOUND]
        if not terms:
            continue
        prev = tokens[k - 1].norm.lower() if k else ""
        j = k + 1
        while j < len(tokens) and tokens[j].text[:1].isupper():
            j += 1  # the word after the capitalised run
        nxt = tokens[j].norm.lower() if j < len(tokens) else ""
        if capital and (skip_run or nxt in generic or prev in _COMPANY_LEAD):
            skip_run = True  # "the Front Office Manager role", "the culture at Kingsmere Hotels"
            continue
        if tok.kind == "number":
            if len(tok.text.strip("-")) > 1 or any(ch.isalpha() for ch in tok.text):
                return tok.text
            continue
        if capital:
            return tok.text
        weight += sum(t.weight for t in terms if t.weight >= _COMMON)
        words.append(tok.text)
        if weight >= _DOMAIN_WEIGHT:
            return " ".join(words)
    return None


def _char_before(text: str, i: int) -> str:
    """``text[:i].rstrip()[-1:]`` without copying ``text[:i]`` (per token that was quadratic)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > 0 else ""


class NoSpecificMoment(Rule):
    """The note refers to nothing specific from this interview.

    ## What it does
    With the interview's `topics`, checks that the note refers to at least one of them. Matching
    survives paraphrase: words are stemmed, common words ("team", "role", "discussion") are ignored,
    rare words weigh more than common ones, and a few paraphrase families are merged, so "moving the
    billing pipeline to Kafka" refers to "the Kafka migration". The matched topics are listed in
    `metrics["topics_referenced"]`. The interview's `strengths` and `questions` are not topics: raising a
    strength is a different move (`no-added-strength-or-question`), so the words a raised strength or
    question accounts for are not counted towards a topic. A note that names no listed topic but refers to
    the conversation with something specific (see below) is trusted: the list may be incomplete.

    Without topics (or with only generic ones such as "the team"), it looks for a reference to the conversation ("when you mentioned", "our discussion
    of", "hearing about", "talking through") that names something specific: a proper noun, a number, a
    domain term or a concrete part of the interview ("the case study"). Generic praise of "the role",
    "the team", "the company culture" or "the opportunity" does not count, and neither does a
    placeholder. Those findings carry `data["confidence"] = "low"`.

    In template mode a slot for the moment (`{{specific_moment}}`, `[something you discussed]`) counts as
    a specific moment.

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
    The founding advice in ../shared/DOMAIN.md, point 4 ("touch on a subject or occurrence from the
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
        if content_words(ctx) < 3:
            raise ctx.skip("the draft has no message of its own to judge")
        interview = ctx.interview
        if interview is not None and any(_has_terms(t, ctx) for t in interview.topics):
            a = analysis(ctx)
            ctx.shared["metrics"]["topics_referenced"] = [m.phrase for m in a.topics]
            if a.topics:
                return
            if any(r.specific for r in specific_reference(ctx)):
                return  # something concrete that the topic list does not name: trust the note
            yield ctx.finding(
                "Nothing in the note refers to a topic from the interview; mention one, such as "
                f"'{_short(interview.topics[0])}'",
                data={"confidence": "high", "topics": list(interview.topics)},
            )
            return
        refs = specific_reference(ctx)
        if any(r.specific for r in refs):
            return
        if refs:
            cue = refs[0].cue
            s, e = sentence_at(doc, cue.start)
            yield ctx.finding(
                f"'{ctx.quote(s, e)}' is generic: name something specific you discussed",
                data={"confidence": "low"},
            )
            return
        yield ctx.finding(
            "Nothing in the note refers to something specific from the conversation",
            data={"confidence": "low"},
        )


def _has_terms(topic: str, ctx: RuleContext) -> bool:
    """Does a topic name anything beyond generic words ("the team", "the role")?"""
    return bool(phrase_terms(topic, analysis(ctx).excluded))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


RULES = (NoSpecificMoment,)

"""The Analysis layer: one typed, lazily computed reading of each draft, shared by every rule.

The engine builds one :class:`Analysis` per draft and hands it to the rules as ``ctx.analysis``. Each
part is a lazy attribute (``_lazy.lazy``, a lock-free ``functools.cached_property``): computed the first time a rule (or the engine) reads it,
then kept for the rest of the draft. Parts are named, frozen types; a rule reads them and reports, it
never writes shared state. The engine reads the same parts for its own gates (is the draft English?)
and for ``Report.metrics`` (topics, strengths and questions the note raises), so neither depends on
which rules are selected.

See docs/analysis.md for each part, its type and its cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Mapping

from .._lazy import lazy

if TYPE_CHECKING:
    from ..config import Config
    from ..document import Document
    from ..model import Draft, Interview
    from ..names import NameMatcher
    from ..rule import RuleContext
    from ..rules._mechanics_common import Protected
    from ..rules._substance import Analysis as Substance
    from .addressing import Addressing
    from .language import LanguageReading
    from .reference import References
    from .sentences import Sentences
    from .employers import CompanyMention
    from .roles import RoleMention
    from ..rules.spelling import _Part
    from ..rules.timing import Audience

__all__ = ["Analysis", "AnalysisSettings", "FieldMechanics", "SpellingParts", "WordCensus"]

_TEXT = itemgetter(2)  # Token.text


@lru_cache(maxsize=None)
def _use(module: str, name: str) -> Any:
    """``from <module> import <name>`` (``module`` relative to this package), resolved once per process.

    The parts import what they need when first read, so that ``import followup_lint`` stays light; but an
    import statement costs about a microsecond each time it runs, the module loaded or not, and a draft
    reads some twenty parts.
    """
    from importlib import import_module

    return getattr(import_module(module, __package__), name)


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """What the engine's own judgements need from the configuration, resolved once per ``Linter``.

    ``not_english_threshold`` and ``not_english_min_words`` are the resolved options of the
    ``not-english`` rule (FL112), read whether or not that rule is selected.
    """

    not_english_threshold: float
    not_english_min_words: int

    @classmethod
    def of(cls, config: Config | None = None) -> AnalysisSettings:
        """The settings under ``config`` (default: the built-in configuration)."""
        from ..engine import resolved_options

        return cls.from_not_english(resolved_options("not-english", config))

    @classmethod
    def from_not_english(cls, options: Any) -> AnalysisSettings:
        return cls(not_english_threshold=options.threshold, not_english_min_words=options.min_words)


@dataclass(frozen=True, slots=True)
class SpellingParts:
    """Every word (or part of a hyphenated word) of the subject and the own text, as the spelling
    rules judge it, and ``fine``: how many plain words were known at once (not listed in ``parts``)."""

    parts: tuple[_Part, ...]
    fine: int


@dataclass(frozen=True, slots=True)
class WordCensus:
    """How English the candidate's own body text looks: words judged, words unknown, the share."""

    judged: int
    unknown: int
    share: float
    #: enough words were judged, the unknown share is over the threshold, and English function words
    #: are scarce (see ``Analysis.language``)
    not_english: bool
    #: the other language most of the text's other-language spans are in ("de", "fr"...), if any
    language: str | None = None


class FieldMechanics:
    """What the mechanics rules read of one field (``"body"`` or ``"subject"``), each part lazy."""

    def __init__(self, ctx: RuleContext, field: str) -> None:
        self._ctx = ctx
        self.field = field

    @lazy
    def tokens(self) -> tuple[Any, ...]:
        doc = self._ctx.doc
        return doc.tokens if self.field == "body" else doc.subject_tokens

    @lazy
    def token_lines(self) -> str:
        """The field's token texts, one per line (repeated-word and spacing scan it)."""
        doc = self._ctx.doc  # (the body's: its shared column; the join runs in C)
        return "\n".join(doc.token_texts if self.field == "body" else map(_TEXT, doc.subject_tokens))

    @lazy
    def protected(self) -> Protected:
        """The ranges no mechanics rule reports inside (URLs, addresses, code, placeholders)."""
        build_protected = _use("..rules._mechanics_common", "build_protected")

        return build_protected(self._ctx.doc, self.field)

    @lazy
    def dotted_tokens(self) -> Mapping[int, int]:
        """start -> end of the multi-character tokens holding a "." or "," ("e.g.", "U.S.", a domain)."""
        return {t.start: t.end for t in self.tokens if t.end - t.start > 1 and ("." in t.text or "," in t.text)}

    @lazy
    def dotted_starts(self) -> list[int]:
        """The starts of :attr:`dotted_tokens`, in order (tokens do not overlap: bisect finds the one a
        position may fall in)."""
        return list(self.dotted_tokens)


class Analysis:
    """The reading of one draft. Every attribute is computed on first use and kept for the draft.

    Built by the engine (``Linter.lint``) for a :class:`~followup_lint.rule.RuleContext`; rules read it as
    ``ctx.analysis``. The parts read only the draft, the interview, the configuration and the
    ``Linter``'s shared resources, never the options of the rule that happens to read them first.
    """

    def __init__(self, ctx: RuleContext, settings: AnalysisSettings | None = None) -> None:
        self._ctx = ctx
        self.settings = settings if settings is not None else AnalysisSettings.of(ctx.config)
        self._reported: dict[str, tuple[tuple[int, int], ...]] = {}

    # -- inputs (read-only views of what the engine was given) ----------------------------------------

    @property
    def doc(self) -> Document:
        return self._ctx.doc

    @property
    def draft(self) -> Draft:
        return self._ctx.draft

    @property
    def interview(self) -> Interview | None:
        return self._ctx.interview

    @property
    def config(self) -> Config:
        return self._ctx.config

    # -- text ----------------------------------------------------------------------------------------

    @lazy
    def lower(self) -> str:
        """``doc.own.lower()``: for ``str.find`` scans of cue words (same offsets unless a character
        changes length when lower-cased; compare lengths before trusting them)."""
        return self.doc.own.lower()

    @lazy
    def sentence_starts(self) -> tuple[int, ...]:
        """Where each sentence of the own text starts (for ``bisect``)."""
        return tuple(a for a, _ in self.doc.sentences)

    # -- people ----------------------------------------------------------------------------------------

    @lazy
    def names(self) -> NameMatcher:
        """The name matcher for this interview's interviewers (shared per ``Linter`` and panel)."""
        build_name_matcher = _use("..names", "build_name_matcher")

        return build_name_matcher(self._ctx)

    @lazy
    def addressing(self) -> Addressing:
        """The greeting read for people: which interviewers it names, misspellings, strangers."""
        analyse_addressing = _use(".addressing", "analyse_addressing")

        return analyse_addressing(self._ctx)

    @lazy
    def employers(self) -> tuple[CompanyMention, ...]:
        """Organisations named as the employer you want that are not the interview's company."""
        other_employers = _use(".employers", "other_employers")

        return other_employers(self._ctx)

    @lazy
    def roles(self) -> tuple[RoleMention, ...]:
        """Roles named in the subject and the body, each compared with the interview's role."""
        role_mentions = _use(".roles", "role_mentions")

        return role_mentions(self._ctx)

    # -- spelling and language -----------------------------------------------------------------------

    @lazy
    def spelling(self) -> SpellingParts:
        """Every word of the subject and own text as the spelling rules judge it."""
        _analyse = _use("..rules.spelling", "_analyse")

        parts, fine = _analyse(self._ctx)
        return SpellingParts(parts, fine)

    @lazy
    def real_words(self) -> tuple[tuple[str, str, Any], ...]:
        """(field, field text, match) of each real-word error ("calender", "would of")."""
        _real_word_matches = _use("..rules.spelling", "_real_word_matches")

        return _real_word_matches(self._ctx)

    @lazy
    def word_census(self) -> WordCensus:
        """Known and unknown words of the own body text, judged against the not-english settings.

        Words of other-language spans count as unknown; a text with English function words ("the",
        "and", "you") at a fifth of its words or more stays English however many typos it has.
        """
        ENGLISH_SHARE = _use(".language", "ENGLISH_SHARE")

        s = self.spelling
        judged = s.fine + sum(1 for p in s.parts if p.field == "body" and p.status != "exempt")
        unknown = sum(1 for p in s.parts if p.field == "body" and p.status in ("unknown", "foreign"))
        share = unknown / judged if judged else 0.0
        enough = judged >= self.settings.not_english_min_words
        reading = self.language
        not_english = (enough and share > self.settings.not_english_threshold
                       and reading.english_share < ENGLISH_SHARE)
        return WordCensus(judged, unknown, share, not_english, reading.main_language)

    @lazy
    def not_english(self) -> bool:
        """Is the draft probably not English? The engine skips the language-dependent rules when so."""
        return self.word_census.not_english

    @lazy
    def language(self) -> LanguageReading:
        """Spans of the own body text written in another language ("Vielen Dank für das Gespräch"), and
        the share of English function words (``followup_lint.analysis.language``)."""
        english_word, read_language = _use(".language", "english_word"), _use(".language", "read_language")

        return read_language(self.doc, english_word)

    @lazy
    def subject_language(self) -> LanguageReading:
        """The same reading of the subject line ("Obrigado / thank you")."""
        english_word, read_words = _use(".language", "english_word"), _use(".language", "read_words")

        doc = self.doc
        return read_words(doc.subject.text, [t for t in doc.subject_tokens if t.kind == "word"], english_word)

    # -- what each sentence does, and what it refers to ------------------------------------------------

    @lazy
    def sentences(self) -> Sentences:
        """The function of each sentence of the own text, greeting and closing lines included: thanks,
        question, request, offer, looking forward, hoping to work together (``analysis.sentences``).
        A sequence of ``SentenceFunctions``, each sentence read when first looked at."""
        english_word = _use(".language", "english_word")
        sentence_functions = _use(".sentences", "sentence_functions")

        return sentence_functions(self.doc, english_word)

    @lazy
    def references(self) -> References:
        """Sentences that refer to the interview and the concrete thing each names
        (``followup_lint.analysis.reference``)."""
        read_references = _use(".reference", "read_references")

        interview = self._ctx.interview
        book = (*interview.topics, *interview.strengths, *interview.questions) if interview is not None else ()
        return read_references(self.doc, self.substance.excluded, self.sentences.instructions, book)

    # -- mechanics -------------------------------------------------------------------------------------

    @lazy
    def body(self) -> FieldMechanics:
        """What the mechanics rules read of the body."""
        return FieldMechanics(self._ctx, "body")

    @lazy
    def subject(self) -> FieldMechanics:
        """What the mechanics rules read of the subject line."""
        return FieldMechanics(self._ctx, "subject")

    def field(self, name: str) -> FieldMechanics:
        """``body`` or ``subject`` by name."""
        return self.subject if name == "subject" else self.body

    def reported_spans(self, code: str) -> tuple[tuple[int, int], ...]:
        """The body spans (in the draft as given) that the enabled built-in rule ``code`` reports for this
        draft, with its configured options (computed once per rule code): grammar leaves those words to it."""
        try:
            return self._reported[code]
        except KeyError:
            from ..rules.grammar import _reported_spans

            spans = self._reported[code] = _reported_spans(self._ctx, code)
            return spans

    # -- timing ----------------------------------------------------------------------------------------

    @lazy
    def audience(self) -> Audience | None:
        """The reader's time zone (an interviewer's, the interview's, or the offset its times use)."""
        audience_of = _use("..rules.timing", "audience_of")

        return audience_of(self.draft, self.interview)

    # -- substance -------------------------------------------------------------------------------------

    @lazy
    def substance(self) -> Substance:
        """Sentence kinds and the interview's topics, strengths and questions the draft refers to."""
        _build = _use("..rules._substance", "_build")

        return _build(self._ctx)

    @lazy
    def logistics(self) -> tuple[Any, ...]:
        """Questions about pay, leave and start dates (``premature-logistics-question``)."""
        _logistics_build = _use("..rules.strengths", "_logistics_build")

        return tuple(_logistics_build(self._ctx))

    @lazy
    def content_words(self) -> int:
        """Words between the greeting and the sign-off, counted up to 3 (enough to judge content)."""
        count_content_words = _use("..rules._substance", "count_content_words")

        return count_content_words(self.doc, 3)

    # -- metrics -----------------------------------------------------------------------------------------

    @lazy
    def metrics(self) -> dict[str, Any]:
        """The content metrics of ``Report.metrics``: topics referenced, strengths and questions raised.

        The same whatever rules are selected or ignored (read from the analysis, not from a rule run).
        """
        out: dict[str, Any] = {"topics_referenced": [], "strengths_raised": [], "questions_raised": []}
        interview = self.interview
        if interview is None or self.content_words < 3:
            return out
        if interview.topics or interview.strengths or interview.questions:
            sub = self.substance
            if interview.topics:
                out["topics_referenced"] = [m.phrase for m in sub.topics]
            if interview.strengths or interview.questions:
                out["strengths_raised"] = [m.phrase for m in sub.strengths]
                out["questions_raised"] = [m.phrase for m in sub.questions]
        return out

"""FL110 grammar: what Harper (in process) or a LanguageTool server finds, as findings (optional)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Final, Iterable, Mapping

from ..registry import is_enabled
from ..results import Applicability, Finding, Severity
from ..rule import Rule, RuleContext, SkipRule
from ._mechanics_common import protected

__all__ = ["Grammar", "SEVERITY_BY_ISSUE_TYPE", "SEVERITY_BY_HARPER_KIND", "COVERED_BY", "HARPER_COVERED_BY"]

#: LanguageTool's issue type -> our severity (anything else: info)
SEVERITY_BY_ISSUE_TYPE: Final = {
    "misspelling": Severity.ERROR,
    "grammar": Severity.WARNING,
    "typographical": Severity.WARNING,
    "whitespace": Severity.WARNING,
    "duplication": Severity.WARNING,
    "inconsistency": Severity.WARNING,
    "style": Severity.INFO,
    "register": Severity.INFO,
    "locale-violation": Severity.INFO,
    "uncategorized": Severity.INFO,
    "non-conformance": Severity.INFO,
    "other": Severity.INFO,
}
#: LanguageTool rules whose findings one of our rules already reports (dropped when that rule is enabled)
COVERED_BY: Final = {
    "WHITESPACE_RULE": "FL105",
    "COMMA_PARENTHESIS_WHITESPACE": "FL105",
    "ENGLISH_WORD_REPEAT_RULE": "FL102",
    "I_LOWERCASE": "FL103",
    "UPPERCASE_SENTENCE_START": "FL106",
    "EN_UNPAIRED_BRACKETS": "FL107",
    "EN_UNPAIRED_QUOTES": "FL107",
    "DOUBLE_PUNCTUATION": "FL104",
    "EN_EXCESSIVE_EXCLAMATION": "FL111",
}
#: Harper's lint kind -> our severity (anything else: info). Spelling is an error, as LanguageTool's
#: misspelling is; grammar, agreement, word choice, and the like are warnings (Harper's rules are
#: heuristic, and the pre-send hook blocks on errors); style, readability and redundancy are info.
SEVERITY_BY_HARPER_KIND: Final = {
    "Spelling": Severity.ERROR,
    "Typo": Severity.ERROR,
    "Grammar": Severity.WARNING,
    "Agreement": Severity.WARNING,
    "WordChoice": Severity.WARNING,
    "Malapropism": Severity.WARNING,
    "Eggcorn": Severity.WARNING,
    "BoundaryError": Severity.WARNING,
    "Miscellaneous": Severity.WARNING,   # "an unique" is Miscellaneous
    "Usage": Severity.WARNING,
    "Nonstandard": Severity.WARNING,
    "Repetition": Severity.WARNING,
    "Punctuation": Severity.WARNING,
    "Capitalization": Severity.WARNING,
    "Formatting": Severity.WARNING,
    "Style": Severity.INFO,
    "Readability": Severity.INFO,
    "Redundancy": Severity.INFO,
    "Enhancement": Severity.INFO,
    "Regionalism": Severity.INFO,
}
#: Harper's lint kinds that a mechanics rule also reports: such a lint is dropped when one of these rules
#: is enabled and reports an overlapping span (a lint it does not report stays)
HARPER_COVERED_BY: Final = {
    "Repetition": ("FL102",),
    "Punctuation": ("FL104", "FL105", "FL107", "FL108", "FL109"),
    "Formatting": ("FL105",),
    "Capitalization": ("FL103", "FL106"),
}
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]{0,60}")


class Grammar(Rule):
    """Grammar and usage slips found by Harper (in process) or a LanguageTool server (optional).

    ## What it does
    Checks the candidate's own text (never quoted replies or the signature) with the grammar checker
    chosen in `[grammar] backend` and reports what it finds: "I would of liked", "Their going",
    "looking forward to hear from you", "alot", "an unique chance". Off by default: without a backend
    the rule is skipped.

    - `backend = "harper"`: Harper, through harper-py (`pip install "followup-lint[harper]"`), runs
      inside followup-lint: no server, no network; about a second to load once per process, then a
      few milliseconds per draft. The dialect follows `language` (en-GB: British).
    - `backend = "languagetool"` (or `[languagetool] url` alone): a LanguageTool server you run
      (`followup-lint languagetool serve` starts one; Java 17+), or `public-api = true` for
      LanguageTool's public service, which then receives your draft. Each call is bounded by
      `timeout-s`.

    Severity follows Harper's lint kind or LanguageTool's issue type: spelling is an error; grammar,
    agreement, word choice, punctuation and the like are warnings (the checkers' rules are heuristic,
    and the pre-send hook blocks on errors); style and readability are info. The finding's data keeps
    the `backend`, the checker's `rule_id`, `category` and `issue_type`; its suggestions are unsafe
    fixes.

    No double reports: spelling matches, and matches on a word that `misspelled-word` reports ("would
    of", "alot"), are dropped while `misspelled-word` is enabled (it owns spelling); names of the
    interviewers, the company, the greeting and the signature, and your `words`, are never reported;
    Harper's repetition, punctuation and capitalisation lints are dropped when the matching mechanics
    rule (doubled words, spacing, punctuation runs, brackets, lowercase "i", sentence case) reports the
    same span, and LanguageTool's matches of the rules those rules cover while they are enabled;
    nothing inside placeholders, URLs, addresses or code is reported.

    When the checker cannot run (harper-py not installed; a LanguageTool server down, slow,
    rate-limiting, failing or answering nonsense), the rule reports one info finding saying the
    grammar check was skipped and why, and is listed in `rules_skipped`. See docs/grammar.md.

    ## Why is this bad?
    The note is read as a writing sample; a grammar slip ("I would of liked") costs more than a
    typo.

    ## Example
    ```text
    Hi Dana,

    I would of liked to hear more about the migration.

    Best,
    Sam
    ```

    ## Use instead
    ```text
    Hi Dana,

    I would have liked to hear more about the migration.

    Best,
    Sam
    ```

    ## Source
    docs/advice.md, "Check spelling and punctuation" (the founding article) and "one typo can
    hurt" (Firsthand; Yale Law: the note is read as a writing sample). Harper (Apache-2.0,
    github.com/Automattic/harper) through harper-py (Apache-2.0); LanguageTool (LGPL-2.1+,
    languagetool.org); the `languagetool` extra, language-tool-python, is GPL-3.0.
    """

    code = "FL110"
    name = "grammar"
    default_severity = Severity.WARNING
    needs = frozenset({"grammar"})
    language_dependent = True

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        from ..grammar_backend import GrammarUnavailable, backend_for

        doc = ctx.doc
        lo, hi = doc.own_start, doc.own_end
        text = doc.own[lo:hi]
        try:
            backend = ctx.resources.get("grammar.backend", backend_for)
            matches = backend.check(text)
        except GrammarUnavailable as exc:
            info = ctx.finding(f"The grammar check was skipped: {exc.reason}",
                               data={"skipped": True, "reason": exc.reason})
            info = dataclasses.replace(info, severity=Severity.INFO)  # a skipped check never blocks a send
            raise ctx.skip(f"the grammar check was skipped: {exc.reason}", [info]) from None
        if not matches:
            return
        guard = protected(ctx, "body")
        raw_text = doc.body.text
        spelling_owned = _enabled(ctx, "FL101")
        vocabulary: set[str] | None = None
        names: set[str] | None = None
        real_words: list[tuple[int, int]] = []    # misspelled-word's real-word errors ("would of")
        if spelling_owned:
            from .spelling import real_word_matches

            real_words = [(m.start, m.end) for field, _, m in real_word_matches(ctx) if field == "body"]
        covered = {rid: _enabled(ctx, code) for rid, code in COVERED_BY.items()}
        for m in matches:
            start, end = lo + m.start, lo + max(m.end, m.start + 1)
            end = min(end, hi)
            if start >= hi or guard.overlaps(start, end) or raw_text[start:end] != doc.own[start:end]:
                continue
            harper = m.backend == "harper"
            if harper:
                codes = HARPER_COVERED_BY.get(m.issue_type, ())
                if spelling_owned and not m.is_spelling:
                    codes = (*codes, "FL101")     # "alot": Harper's boundary error, misspelled-word's typo
                if codes and _reported_by(ctx, codes, start, end):
                    continue
            elif covered.get(m.rule_id):
                continue
            if real_words and any(a < end and start < b for a, b in real_words):
                continue                          # misspelled-word reports it (a real-word error)
            if m.is_spelling:
                if spelling_owned:
                    continue
                if vocabulary is None:
                    vocabulary = _vocabulary(ctx)
                word = doc.own[start:end].replace("’", "'")
                if word.lower() in vocabulary or word.lower().removesuffix("'s") in vocabulary:
                    continue
                if harper and word[:1].isupper():
                    continue                      # a name Harper's dictionary does not know
            if names is None:
                names = _names(ctx)
            if names and any(w.lower() in names for w in _NAME_WORD.findall(doc.own, start, end)):
                continue                          # a person's or the company's name is never the error
            table = SEVERITY_BY_HARPER_KIND if harper else SEVERITY_BY_ISSUE_TYPE
            level = table.get(m.issue_type, Severity.INFO)
            quoted = ctx.quote(start, end) or _around(ctx, start, end)
            fixes = tuple(ctx.fix(f"Write '{r}'" if r else f"Delete '{quoted}'", [(start, end, r)],
                                  applicability=Applicability.UNSAFE)
                          for r in m.replacements[:3])
            message = m.message.rstrip(".") or f"{_CHECKER[m.backend]} reports a problem"
            yield ctx.finding(f"{message} ('{quoted}')", start, end, severity=level, fixes=fixes,
                              data={"backend": m.backend, "rule_id": m.rule_id, "category": m.category_id,
                                    "category_name": m.category_name, "issue_type": m.issue_type,
                                    "replacements": list(m.replacements)})


_CHECKER: Final = {"harper": "Harper", "languagetool": "LanguageTool"}
#: a capitalised word: how a name appears in the text (the lower-case words of a topic never count)
_NAME_WORD: Final = re.compile(r"\b[^\W\d_a-z][\w'’-]{0,60}")


def _around(ctx: RuleContext, start: int, end: int) -> str:
    """The words either side of a span of white space (a finding about spacing quotes its neighbours)."""
    own = ctx.doc.own
    left = own.rfind(" ", max(0, start - 30), max(0, start - 1)) + 1 if start > 0 else 0
    right = own.find(" ", min(len(own), end + 1), end + 30)
    return ctx.quote(max(left, start - 30), right if right > 0 else min(len(own), end + 30))


def _enabled(ctx: RuleContext, code: str) -> bool:
    """Whether the configuration enables the built-in rule ``code`` (False when it does not exist)."""
    from . import BUILTIN_RULES

    cls = next((r for r in BUILTIN_RULES if r.code == code), None)
    if cls is None:
        return False
    cfg = ctx.config
    select = None if cfg.select is None else (*cfg.select, *cfg.extend_select)
    if select is None and cfg.extend_select:
        select = ("ALL", *cfg.extend_select)
    return is_enabled(cls, select, cfg.ignore)


def _reported_by(ctx: RuleContext, codes: tuple[str, ...], start: int, end: int) -> bool:
    """Does one of the enabled rules ``codes`` report a span of the body overlapping ``[start, end)``?"""
    span = ctx.span(start, end)
    for code in codes:
        spans = ctx.analysis.reported_spans(code)
        if any(a < span.end and span.start < b for a, b in spans):
            return True
    return False


def _reported_spans(ctx: RuleContext, code: str) -> tuple[tuple[int, int], ...]:
    """The body spans (in the draft as given) that the built-in rule ``code`` reports for this draft, with
    its configured options; nothing when it is disabled. Rules are pure, so running one here is safe."""
    from . import BUILTIN_RULES
    from ..config import build_options

    cls = next((r for r in BUILTIN_RULES if r.code == code), None)
    if cls is None or not _enabled(ctx, code):
        return ()
    raw: Mapping[str, Any] = {}
    for key in (cls.name, *cls.aliases, cls.code):
        raw = ctx.config.rules.get(key, raw)
    options, _ = build_options(cls, raw, ctx.config.path or "configuration")
    rule = cls(options)
    saved = ctx.rule, ctx.options, ctx.severity_override
    try:
        ctx.bind(rule, None)
        return tuple((f.span.start, f.span.end) for f in rule.check(ctx)
                     if f.span is not None and f.span.field == "body")
    except SkipRule:
        return ()
    finally:
        ctx.rule, ctx.options, ctx.severity_override = saved


def _name_parts(ctx: RuleContext) -> list[str]:
    """The names of this draft: interviewers, company, greeting and signature names, recipients, `words`."""
    parts: list[str] = [*ctx.config.words, *ctx.config.extra_words]
    iv = ctx.interview
    if iv is not None:
        parts.append(iv.company or "")
        for person in iv.interviewers:
            parts += [person.name or "", person.preferred_name or ""]
    doc = ctx.doc
    if doc.greeting is not None:
        parts += [n[2] for n in doc.greeting.names]
    if doc.signature_name:
        parts.append(doc.signature_name)
    for address in (*ctx.draft.to, *ctx.draft.cc, ctx.draft.sender or ""):
        parts.append(address.split("<")[0])
    return parts


def _words_of(parts: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for part in parts:
        for w in _WORD.findall(part.replace("’", "'")):
            words.add(w.lower())
            words.update(p.lower() for p in w.split("-") if p)
    return words


def _names(ctx: RuleContext) -> set[str]:
    """The lower-cased words of this draft's names (see :func:`_name_parts`)."""
    return _words_of(_name_parts(ctx))


def _vocabulary(ctx: RuleContext) -> set[str]:
    """The per-draft words that are never misspellings: names, company, role, topics, the user's words."""
    parts = _name_parts(ctx)
    iv = ctx.interview
    if iv is not None:
        parts += [iv.role or "", *iv.topics, *iv.strengths, *iv.questions]
        parts += [person.title or "" for person in iv.interviewers]
    words: set[str] = set()
    try:  # misspelled-word's own per-draft vocabulary, when that module offers it
        from .spelling import _vocabulary as spelling_vocabulary

        words.update(spelling_vocabulary(ctx))
    except Exception:  # pragma: no cover - the spelling module changed: ours below still applies
        pass
    words |= _words_of(parts)
    return words


RULES = (Grammar,)

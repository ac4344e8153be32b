"""What the substance rules share, computed once per draft: sentence kinds and phrase matches.

``analysis(ctx)`` answers: which sentences ask something (a "?" or an indirect question), which speak
in the first person, which of the interview's topics, strengths and questions the draft refers to.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final, Iterable, Sequence, cast

from ..analysis.sentences import Function, Sentences, answered_at_once, asks_nobody
from ._topics import (COMPOUND, COVERAGE, DraftTerms, PhraseMatch, Units, draft_terms, excluded_terms, match_phrases,
                      phrase_term_list, phrase_terms, terms_of)
from ._phrases import phrase_data

if TYPE_CHECKING:
    from ..document import Document
    from ..rule import RuleContext

__all__ = ["Analysis", "analysis", "FIRST_PERSON", "topic_parts"]

FIRST_PERSON: Final = re.compile(
    # (the look-ahead: a match starts with one of these letters; every other place is left after one test)
    r"(?=[Ii]|(?i:[mwou]))"
    r"(?:(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|(?i:my|me|myself|we|our|us))(?![\w'’])|(?<![\w'])i(?= ))"
)


# where a match of FIRST_PERSON may begin: its first letters, not after a letter or "'"
_MAY_SPEAK: Final = re.compile(r"(?<![\w'])[IiMmWwOoUu]")


def _holding(bounds: Sequence[tuple[int, int]], starts: list[int], pattern: re.Pattern[str], text: str) -> set[int]:
    """The indices of the body units (``bounds``, their (start, end): sorted, not overlapping; ``starts``,
    their starts) in which a match of ``pattern`` in ``text`` begins (searched once per unit found: "i i i
    ..." is one unit, not 500,000 matches)."""
    out: set[int] = set()
    pos = starts[0] if starts else len(text)
    search = pattern.search
    while (m := search(text, pos)) is not None:
        p = m.start()
        k = bisect.bisect_right(starts, p) - 1
        if p < bounds[k][1]:
            out.add(k)
            pos = bounds[k][1]
        elif k + 1 < len(starts):
            pos = starts[k + 1]
        else:
            break
    return out


_SPEAKERS_KEPT: Final = 8192  # units whose answer ``_speaks`` remembers at most
_SPEAKER_CHARS: Final = 2000  # the longest unit (in characters) whose answer is remembered
#: ``_speaks`` by the unit's text and the character before it (all FIRST_PERSON looks at): units recur
_SPEAKERS: dict[tuple[bool, str], bool] = {}


def _speaks(own: str, s: int, e: int) -> bool:
    """Does ``FIRST_PERSON`` match in ``own[s:e]``? It reads the unit and the one character before it
    (its look-behinds), nothing after ``e``: remembered by those."""
    if e - s > _SPEAKER_CHARS:  # (a very long unit, a pasted log, is searched in place)
        return FIRST_PERSON.search(own, s, e) is not None
    key = (s > 0, own[s - 1:e] if s > 0 else own[:e])
    found = _SPEAKERS.get(key)
    if found is None:
        if len(_SPEAKERS) >= _SPEAKERS_KEPT:
            _SPEAKERS.clear()
        found = _SPEAKERS[key] = FIRST_PERSON.search(key[1], 1 if s > 0 else 0) is not None
    return found


@dataclass(frozen=True, slots=True)
class Analysis:
    excluded: frozenset[str]
    terms: DraftTerms
    asking: frozenset[int]          # indexes of units that ask a question
    first_person: frozenset[int]    # indexes of units in the first person
    strengths: tuple[PhraseMatch, ...]
    questions: tuple[PhraseMatch, ...]
    topics: tuple[PhraseMatch, ...]


def asks(text: str, only: str | None = None) -> bool:
    """Does this sentence ask something (directly, or "I'm curious whether ...")? ``only="questions"`` reads
    its questions alone, as ``Sentences.asks`` does."""
    from ..analysis.sentences import classify, read_sentence
    from ..document.tokens import tokenize

    if text.rstrip().endswith("?"):
        return True
    return bool(classify(read_sentence(tokenize(text)), text, only)[0] & (Function.QUESTION | Function.INDIRECT_QUESTION))


def wrapped_on(own: str, before: tuple[int, int], start: int) -> bool:
    """Does the unit at ``start`` carry on the unit ``before`` across a wrapped line: that one ends in a
    comma at the end of its line, and this one begins on the next line in lower case ("... about Flir,\n
    what you consider ...")? Then the two are one sentence."""
    if not own[start:start + 1].islower():
        return False
    e = before[1]
    while e > before[0] and own[e - 1].isspace():
        e -= 1
    gap = own[e:start]
    return own[e - 1:e] == "," and gap.count("\n") == 1 and not gap.strip()


def analysis(ctx: RuleContext) -> Analysis:
    """The shared analysis of this draft (built on first use)."""
    return ctx.analysis.substance


def _build(ctx: RuleContext) -> Analysis:
    doc = ctx.doc
    interview = ctx.interview
    excluded = excluded_terms(interview)
    terms = draft_terms(doc, excluded)
    asking, first = set(), set()
    own = doc.own
    # a sentence asks when it ends in "?" or puts an indirect question ("I'm curious whether ...");
    # read from the sentence functions (followup_lint.analysis.sentences)
    sentences = ctx.analysis.sentences
    bounds = sentences.bounds
    # (the others do not ask: a sentence ending in "?" is among these; and only these, and the units
    # holding a letter that may begin a first-person word, are looked at: 250,000 "Hi." lines hold none)
    may_ask = {bounds[j][0]: j for j in sentences.could_do(Function.QUESTION | Function.INDIRECT_QUESTION)}
    # (the body units' bounds alone: a unit's keys are worked out only when read; and only the units that
    # may ask or speak in the first person are visited)
    spans = cast(Units, terms.units).bounds  # (draft_terms gives Units)
    starts = [u[0] for u in spans]
    visit: Iterable[int]
    if may_ask.keys() >= set(starts):  # (a usual draft: every unit may ask, so every one is visited)
        visit = range(len(starts))
    else:
        holding = _holding(spans, starts, _MAY_SPEAK, own)
        for s in may_ask:
            k = bisect.bisect_left(starts, s)
            while k < len(starts) and starts[k] == s:
                holding.add(k)
                k += 1
            if k < len(starts):
                holding.add(k)   # (the unit after: it may carry this one on across a wrapped line)
        visit = sorted(holding)
    for k in visit:
        s, e = spans[k]
        j = may_ask.get(s)
        if (own[s:e].rstrip().endswith("?") and not asks_nobody(own[s:e]) and not answered_at_once(own, e)
                or j is not None and sentences.asks(j)):
            asking.add(k)
        elif k and wrapped_on(own, spans[k - 1], s) and asks(own[spans[k - 1][0]:e], only="questions"):
            asking.update((k - 1, k))   # "I'm interested in learning more about Flir,\nwhat you consider ..."
        if _speaks(own, s, e):
            first.add(k)
    strengths: list[PhraseMatch] = []
    questions: list[PhraseMatch] = []
    topics: list[PhraseMatch] = []
    if interview is not None and interview.topics:  # every unit's keys will be read: worked out at once,
        terms = DraftTerms(tuple(terms.units))       # read then as a plain tuple
    if interview is not None:
        if interview.strengths:
            # (an excuse, "I didn't finish: I had a lot of school projects", tells why, not what you offer)
            from ._phrases import existence

            # (nor does a liking for the employer's thing worked with: "I loved working with the Astro Design
            # System" names no capability of the writer's)
            excuses, enjoyed = existence("strengths", "excuses"), existence("strengths", "enjoyed_material")
            # (nor an enthusiasm for a field, "I'm excited about the future of the web and open source", unless a
            # deed is told with it)
            enthused, deeds = existence("strengths", "enthused"), existence("strengths", "told_deeds")
            # (nor directions for running the submission: "so, to build the code, follow the steps:")
            directions = existence("strengths", "run_directions")
            # (nor a tool chosen for the submission, "I used Jest for testing this project", or a change the
            # work could have, "we may divide it into modules")
            chosen, could = existence("strengths", "submission_choices"), existence("strengths", "hypothetical_work")
            # (nor a sentence telling inexperience: "It was my first time using React Native")
            novice = existence("strengths", "inexperience")
            speaking = sorted(first)  # (the excuses' triggers looked for once, not once per sentence)
            bounds_of = [spans[k] for k in speaking]
            # (a sentence that admits inexperience in a clause after another telling the writer's past work, "My
            # last position was very managerial and focused on code reviews so I haven't written css for a year",
            # is read up to that clause: the inexperience is in the thing named after it)
            about_me: list[int] = []
            clipped: dict[int, int] = {}
            for k, m, n, x, d, c, h, v in zip(speaking, excuses.search_each(own, bounds_of),
                                              enjoyed.search_each(own, bounds_of),
                                              enthused.search_each(own, bounds_of),
                                              directions.search_each(own, bounds_of),
                                              chosen.search_each(own, bounds_of),
                                              could.search_each(own, bounds_of),
                                              novice.search_each(own, bounds_of)):
                if m is not None or n is not None or d is not None or c is not None or h is not None:
                    continue
                if x is not None and deeds.search(own, *spans[k]) is None:
                    continue
                if v is not None:
                    cut = _before_inexperience(own, spans[k][0], v.start)
                    if cut is None:
                        continue
                    clipped[k] = cut
                about_me.append(k)
            terms_me = _clip(terms, clipped, own, excluded) if clipped else terms
            # (nor the writer's plans under a heading that opens them: "# Future Scope" then "- Add tests to a CI
            # pipeline")
            planned = _planned_units(own, starts)
            if planned:
                about_me = [k for k in about_me if k not in planned]
            mine = _writers_terms(doc, terms_me, set(about_me), excluded)
            typos = _typos_of_strength_words(ctx, terms_me, about_me, interview.strengths, excluded)
            if typos:
                mine, terms, terms_me = _with_keys(mine, typos), _with_keys(terms, typos), _with_keys(terms_me, typos)
            exercises = [t for t in interview.topics if _names_an_exercise(t)]
            # (in a note on an exercise, a list of decisions under a lead of its own, "Major decisions included:",
            # is the writer's, though the lead says no "I")
            leads = _decision_leads(own, starts) if exercises else ()
            listed = _feature_lists(own, mine.units, first.union(leads) if leads else first, frozenset(leads))
            # ("Few things about my solution:" and its items: one sentence about the writer)
            # (read without a clause that tells the strength's setting: "speaks Polish, which most of the
            # cold-store crew speak" is not raised by meeting the crew)
            heads = tuple(strength_head(p) for p in interview.strengths)
            strengths = [replace(m, phrase=interview.strengths[m.index]) for m in _match_asides(
                heads, DraftTerms((*mine.units, *listed)) if listed else mine,
                excluded, units=[*about_me, *range(len(mine.units), len(mine.units) + len(listed))])]
            strengths += _collocations(interview.strengths, strengths, terms_me, about_me, own, excluded, typos,
                                       _exercise_keys(tuple(exercises), excluded) if exercises else frozenset(),
                                       tuple(_exercise_keys((t,), excluded) for t in interview.topics))
            if len(strengths) < len(interview.strengths) and exercises:
                # (the writer's own work on the interview's exercise told without "I": "LiteDB was chosen as the
                # database, because it is an embedded database that would not require any installation", a list
                # item, a diagram; without an exercise, such a sentence may tell anybody's work)
                # (read with the same exceptions as a sentence about the writer, and never a sentence that asks)
                others = [k for k in range(len(spans)) if k not in first and k not in asking and k not in planned]
                others_bounds = [spans[k] for k in others]
                # (nor a sentence that tells the reader's own deed: "You dockerized the billing services, you said")
                readers = existence("strengths", "readers_deeds")
                told = [k for k, *hits in zip(others, *(pattern.search_each(own, others_bounds) for pattern in (
                            excuses, enjoyed, directions, chosen, could, novice, readers))) if not any(hits)]
                strengths += _told_impersonally(heads, strengths, _writers_terms(doc, terms, set(told), excluded),
                                                excluded, told, interview.strengths)
            if len(strengths) < len(interview.strengths):
                strengths += _shown_by_deed(doc, interview.strengths, strengths, terms, excluded)
            if len(strengths) < len(interview.strengths):
                strengths += _raised_by_pitch(doc, interview.strengths, strengths)
            if len(strengths) < len(interview.strengths):
                strengths += _learned_for_the_task(doc, interview.strengths, strengths, terms)
            if len(strengths) < len(interview.strengths):
                strengths += _tenure_told(doc, interview.strengths, strengths, terms)
            strengths = [m for m in strengths if not _names_the_deliverable(own, m)]
            if exercises and strengths:
                # (in a note on an exercise, "the app" is the submission: no evidence of a strength)
                strengths = [m for m in strengths if not _leans_on_the_deliverable(own, m, excluded)]
        if interview.questions:
            questions = _match_asides(interview.questions, terms, excluded, units=sorted(asking))
        if interview.topics:
            topics = _match_topics(interview.topics, terms, excluded, (*strengths, *questions))
    return Analysis(excluded, terms, frozenset(asking), frozenset(first), tuple(strengths), tuple(questions),
                    tuple(topics))


#: where a clause of its own ends before an admission of inexperience: "..., so", "... but", "; hence"
_CLAUSE_BREAK: Final = re.compile(r"(?:[,;:]\s*|\s+)(?:and so|so|but|yet|hence|thus|therefore|which is why|that's why|"
                                  r"that is why)\s+", re.IGNORECASE)
_BEFORE_WORDS: Final = 4   # the clause before tells something of its own: this many words at least


def _before_inexperience(own: str, s: int, novice: int) -> int | None:
    """Where the clause before an admission of inexperience (``inexperience`` of [strengths], at ``novice``) ends,
    when the sentence at ``s`` makes it after a clause of its own ("My last position was very managerial and focused
    on code reviews so at this point I haven't written a single line of css", thirty-fifth ai-103); None when the
    sentence opens with it ("It was my first time using React Native so that slowed me down")."""
    cut = None
    for m in _CLAUSE_BREAK.finditer(own, s, novice):
        cut = m.start()
    if cut is None or len(own[s:cut].split()) < _BEFORE_WORDS:
        return None
    return cut


def _clip(terms: DraftTerms, clipped: dict[int, int], own: str, excluded: frozenset[str]) -> DraftTerms:
    """``terms`` with each sentence of ``clipped`` (by index) read only up to its end there."""
    out = list(terms.units)
    for k, b in clipped.items():
        s, _e, _keys, field = out[k]
        out[k] = (s, b, frozenset(t.key for t in terms_of(own[s:b], excluded=excluded)), field)
    return DraftTerms(tuple(out))


_TYPO_LETTERS: Final = 6         # a misspelled word this long at least may stand for a strength's word
_TYPO_WEIGHT: Final = 3.0        # a strength's less common word ("framework" 4.9), not "years" or "built"


def _typos_of_strength_words(ctx: RuleContext, terms: DraftTerms, units: list[int], strengths: tuple[str, ...],
                             excluded: frozenset[str]) -> dict[int, dict[str, str]]:
    """For each sentence of ``terms`` (by index), its misspelled words' keys read as a strength's: a word of the
    writer's that the spelling rules do not know ("framwork") is read also as the less common word of a listed
    strength it is one edit from ("framework"), in the sentences
    ``units`` about the writer: "we re-created from scratch our own framwork" raises "built an in-house Node.js
    framework from scratch". A known word one edit from it ("frameworks" is a form; "tender" for "render") is
    not a typo and stays itself."""
    from ..names import _one_edit
    from ._topics import _word_keys

    wanted = {t.key for p in strengths for t in phrase_term_list(p, excluded)
              if t.weight >= _TYPO_WEIGHT and len(t.key) >= _TYPO_LETTERS - 1 and t.key.isalpha()}
    if not wanted or not units:
        return {}
    bounds = [terms.units[k][:2] for k in units]
    starts = [b[0] for b in bounds]
    added: dict[int, dict[str, str]] = {}
    for part in ctx.analysis.spelling.parts:
        if part.field != "body" or part.status != "unknown" or len(part.lower) < _TYPO_LETTERS:
            continue
        i = bisect.bisect_right(starts, part.start) - 1
        if i < 0 or part.start >= bounds[i][1]:
            continue
        keys = _word_keys(part.lower)
        if keys & wanted:
            continue
        for k in keys:
            near = next((w for w in sorted(wanted) if abs(len(k) - len(w)) <= 1 and _one_edit(k, w)), None)
            if near is not None:
                added.setdefault(units[i], {})[k] = near
    return added


def _with_keys(terms: DraftTerms, added: dict[int, dict[str, str]]) -> DraftTerms:
    """``terms`` with the strengths' keys ``added`` to its sentences (by index)."""
    out = list(terms.units)
    for k, respelt in added.items():
        s, e, keys, field = out[k]
        out[k] = (s, e, keys | set(respelt.values()), field)
    return DraftTerms(tuple(out))


_ANY_HEADING: Final = re.compile(r"^[ \t]*#{1,6}[ \t]+\S", re.MULTILINE)
#: a paragraph after a blank line that is not a list item: the end of a lead line's section
_PROSE_AFTER_BLANK: Final = re.compile(r"\n[ \t]*\n(?=[ \t]*(?![-+*•–][ \t]|\d{1,2}[.)][ \t]|[ \t\n]))")


@lru_cache(maxsize=1)
def _plan_heading() -> re.Pattern[str]:
    """The words of a heading or lead line that opens the writer's plans (``plan_headings`` of [strengths])."""
    return re.compile(r"^[ \t]{0,8}(?:#{1,6}[ \t]{1,8}|\*\*|__)?(?:" + phrase_data()["strengths"]["plan_headings"]
                      + r")(?:\*\*|__)?[ \t]{0,8}[:.?]?(?:\*\*|__)?[ \t]{0,8}$", re.IGNORECASE | re.MULTILINE)


def _planned_units(own: str, starts: list[int]) -> frozenset[int]:
    """The indexes of the units (``starts``: their starts, sorted) under a heading or a lead line that opens the
    writer's plans for the work ("# Future Scope", "Next steps:"), from that line to the next Markdown heading or
    the first paragraph that is not a list item: what the writer would do, not what the writer did or offers."""
    if "\n" not in own:
        return frozenset()
    out: set[int] = set()
    done = 0          # (the end of the last section: a plan line inside it is part of it)
    heading = -1      # (the next Markdown heading found, searched again only once passed: linear in all)
    for m in _plan_heading().finditer(own):
        if m.start() < done:
            continue
        if heading < m.end():
            nxt = _ANY_HEADING.search(own, m.end())
            heading = len(own) if nxt is None else nxt.start()
        end = heading
        prose = _PROSE_AFTER_BLANK.search(own, m.end(), end)
        if prose is not None:
            end = prose.start()
        done = end
        out.update(range(bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, end)))
    return frozenset(out)


_IMPERSONAL_COVERAGE: Final = 0.55  # the share of a strength's weight an impersonal sentence must name
_IMPERSONAL_TERMS: Final = 4        # and how many of its less common words, at least (no trade acronym among them)
_IMPERSONAL_WEIGHT: Final = 3.0     # a less common word: "manufacturing" 3.7, "load" 3.0; not "years" 1.9, "run" 2.0


def _told_impersonally(heads: tuple[str, ...], found: list[PhraseMatch], terms: DraftTerms,
                       excluded: frozenset[str], units: list[int], phrases: tuple[str, ...]) -> list[PhraseMatch]:
    """Strengths shown by the writer's account of the work on the interview's exercise (a topic names one: "the
    delivery take-home") in a sentence without "I" (a passive sentence, a list item, a diagram: "LiteDB was chosen as the database, because it is a NonSql embedded database, that
    would not require any installation to run" for "picking an embedded database (LiteDB) so that reviewers
    need to install nothing"): such a sentence names a strength only by most of it, ``_IMPERSONAL_COVERAGE`` of
    its weight and ``_IMPERSONAL_TERMS`` of its less common words at least (``_IMPERSONAL_WEIGHT``), none of them a
    common acronym of a trade ("Slick carousel with JQuery" names no "has written accessible carousels without
    jQuery"; "The API uses in-memory caching ... under high load" no "has load-tested APIs with k6"; "The plant's
    manufacturing figures were lean last year" no "six years of lean manufacturing work at a bottling plant"). A
    strength set in the writer's past work (``past_setting``: "... at a previous job", "as a freelancer") is never
    shown so: the account tells what the submission has ("GitHub Actions (lint, tests with a 100% coverage
    threshold)" names no "has set up GitHub Actions pipelines with coverage thresholds at a previous job")."""
    done = {m.index for m in found}
    # (a strength set in the writer's past work, "at a previous job", is not shown by the exercise's account)
    past = _strength_pattern("past_setting")
    wanted = [k for k in range(len(heads)) if k not in done and past.search(phrases[k]) is None]
    if not wanted or not units:
        return []
    out = []
    for m in _match_asides(tuple(heads[k] for k in wanted), terms, excluded, units=units,
                           coverage=_IMPERSONAL_COVERAGE):
        index = wanted[m.index]
        weights = {t.key: t.weight for t in phrase_term_list(phrases[index], excluded)}
        if m.field == "body" and len({k for k in m.matched if weights.get(k, 0.0) >= _IMPERSONAL_WEIGHT}
                                     - _trade_acronyms()) >= _IMPERSONAL_TERMS:
            out.append(replace(m, index=index, phrase=phrases[index]))
    return out


#: a bracketed aside of a listed strength or question: "(Advent of Code 2018, day 7)", "(IRC or Slack)"
_ASIDE: Final = re.compile(r"\s*\([^()]{2,}\)")


def _match_asides(phrases: tuple[str, ...], terms: DraftTerms, excluded: frozenset[str], *,
                  units: list[int], coverage: float = COVERAGE) -> list[PhraseMatch]:
    """The listed strengths or questions the sentences ``units`` refer to, each read also without its bracketed
    asides: a detail in brackets ("solved a topological sort with a GenServer (Advent of Code 2018, day 7) to
    teach colleagues") need not be told with the rest ("I solved a similar topological sort problem to
    demonstrate the GenServer to my colleagues"); the whole item is tried first, and an aside is never read
    alone (an abbreviation in brackets, "(TDD)", is found with its words or not at all)."""
    found = match_phrases(phrases, terms, excluded, units=units, window=False, coverage=coverage)
    got = {m.index for m in found}
    owners = [k for k, p in enumerate(phrases) if k not in got and _ASIDE.search(p) is not None]
    if not owners:
        return found
    bare = [_ASIDE.sub("", phrases[k]).strip() for k in owners]
    for m in match_phrases(bare, terms, excluded, units=units, window=False, coverage=coverage):
        found.append(replace(m, index=owners[m.index], phrase=phrases[owners[m.index]]))
    return sorted(found, key=lambda m: m.index)


def _names_the_deliverable(own: str, m: PhraseMatch) -> bool:
    """Is the strength ``m`` matched only by words that name the writer's own deliverable in its sentence ("I
    built this app with the user in mind" for "has published an app on the App Store")?"""
    from ._topics import _word_keys

    if m.field != "body" or not m.matched:
        return False
    named: set[str] = set()
    for d in _own_deliverable().finditer(own, m.start, m.end):
        named |= _word_keys(d.group(1))
    return bool(named) and set(m.matched) <= named


def _leans_on_the_deliverable(own: str, m: PhraseMatch, excluded: frozenset[str]) -> bool:
    """In a note on an exercise, is the strength ``m`` (raised by a sentence's words) raised only with the help of
    the word that names the submission in it (``exercise_deliverable``: "the app", "the project"; thirty-fifth
    ai-104, "when requested from the app locally" for "built a React Native app for a local mosque's prayer times")?
    What is left must name it by itself: three of its words, or two carrying ``COVERAGE`` of its weight."""
    from ._topics import _word_keys

    if m.field != "body" or not m.matched:
        return False
    named: set[str] = set()
    for d in _strength_pattern("exercise_deliverable").finditer(own, m.start, m.end):
        named |= _word_keys(d.group(1))
    if named.isdisjoint(m.matched):
        return False
    rest = {k for k in m.matched if k not in named}
    if len(rest) < 2:
        return True
    if len(rest) > 2:
        return False  # (three of its own words: "dockerizing the app and making all services work together" names
        # "containerised a multi-service app with Docker Compose" by itself, thirty-fourth ah-112)
    wanted = phrase_terms(m.phrase, excluded)
    total = sum(wanted.values()) or 1.0
    return sum(wanted.get(k, 0.0) for k in rest) / total < COVERAGE


@lru_cache(maxsize=1)
def _own_deliverable() -> re.Pattern[str]:
    """The writer's own deliverable named by a demonstrative (``own_deliverable`` of [strengths])."""
    return re.compile(phrase_data()["strengths"]["own_deliverable"], re.IGNORECASE)


_EXAMPLE: Final = re.compile(r",?\s+(?:such as|including|e\.g\.,?|for example,?|for instance,?)\s+|,\s+like\s+",
                             re.IGNORECASE)
_SPELT_OUT: Final = re.compile(r"(?<=[a-z]):\s+")


def _match_topics(topics: tuple[str, ...], terms: DraftTerms, excluded: frozenset[str],
                  blocked: tuple[PhraseMatch, ...]) -> list[PhraseMatch]:
    """The topics the draft refers to. A topic that gives an example ("the firm's involvement with local
    charities, such as its annual food-bank drive") is referred to by its thing or by its example alone."""
    phrases: list[str] = []
    owners: list[int] = []
    for index, topic in enumerate(topics):
        parts = topic_parts(topic)
        phrases += parts
        owners += [index] * len(parts)
    if len(phrases) == len(topics):
        return match_phrases(topics, terms, excluded, blocked=blocked)
    best: dict[int, PhraseMatch] = {}
    for m in match_phrases(phrases, terms, excluded, blocked=blocked):
        index = owners[m.index]
        if index not in best or m.score > best[index].score:
            best[index] = replace(m, index=index, phrase=topics[index])
    return [best[k] for k in sorted(best)]


@lru_cache(maxsize=4096)
def topic_parts(topic: str) -> tuple[str, ...]:
    """A topic, and when it gives an example, its thing and its example (a pure function of the topic:
    remembered, as an interview's topics recur from draft to draft)."""
    cut = _EXAMPLE.search(topic)
    if cut is not None and cut.start() > 0 and cut.end() < len(topic):
        return (topic, topic[:cut.start()], topic[cut.end():])
    cut = _SPELT_OUT.search(topic)
    if cut is not None and cut.end() < len(topic):
        head, detail = topic[:cut.start()], topic[cut.end():]
        if _names_an_exercise(head):
            # "the take-home assignment: a weather dashboard in React": what the exercise was, by itself (its
            # kind alone is named by the exercise rule, which knows a plural "assignments" names none)
            return (topic, detail)
        # "the studio's current graphic design needs: packaging and print work for a grocery client": the thing
        # and what it is spelt out as, each by itself, as a topic's example is (a generic head names nothing)
        from ..analysis.reference import generic_topic

        return (topic, detail) if generic_topic(head) else (topic, head, detail)
    return (topic,)


def _names_an_exercise(head: str) -> bool:
    """Does the head of a topic name an exercise the interview set (``[moment] exercise_topics``)?"""
    kinds = frozenset(phrase_data()["moment"]["exercise_topics"].split())
    return not kinds.isdisjoint(re.findall(r"[a-z]+(?:-[a-z]+)*", join_exercise_compounds(head.lower())))


def join_exercise_compounds(low: str) -> str:
    """``low`` (lower case) with each kind of exercise written in two words joined by a hyphen, as
    ``[moment] exercise_topics`` lists it ("case study" as "case-study", "coding project" as
    "coding-project": ``[moment] exercise_compounds``); the same length, so offsets hold."""
    return _compounds_pattern().sub(lambda m: m.group(0).replace(" ", "-"), low)


@lru_cache(maxsize=1)
def _compounds_pattern() -> re.Pattern[str]:
    compounds = phrase_data()["moment"]["exercise_compounds"]
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, compounds), key=len, reverse=True)) + r")\b")


_PHRASE_ENDS: Final = frozenset("of and or with in on at to for that which who from by as".split())
_READER_WORDS: Final = 3   # "your rapid prototyping process": the words after "your" that are the reader's


#: an item of a list: a bullet or a number opens its line ("+ Tests;", "- Redis cache", "2. Added retries")
_LIST_ITEM: Final = re.compile(r"[ \t]*(?:[-+*•–]|\d{1,2}[.)])[ \t]+\S")


def _feature_lists(own: str, units: Sequence[tuple[int, int, frozenset[str], str]],
                   first: set[int],
                   decisions: frozenset[int] = frozenset()) -> list[tuple[int, int, frozenset[str], str]]:
    """The lists of the features of the writer's own work, each as one unit: a first-person line that names
    the work and ends in a colon (``[strengths] own_work_leads``: "Few things about my solution:"), or a lead of
    ``decisions`` ("Major decisions included:"), then two list items or more ("+ Tests;", "+ Code Linter;"),
    their keys together."""
    from ._phrases import existence

    leads = existence("strengths", "own_work_leads")
    out = []
    for k in sorted(first):
        s, e, _keys, field = units[k]
        if field != "body" or not own[s:e].rstrip().endswith(":") or (
                k not in decisions and leads.search(own, s, e) is None):
            continue
        j = k + 1
        while j < len(units) and units[j][3] == "body" and _LIST_ITEM.match(own, units[j][0]) is not None:
            j += 1
        # (items without a stop of their own are one unit, a line each: "- Kafka\n- retries")
        if sum(1 for u in units[k + 1:j] for line in own[u[0]:u[1]].split("\n") if _LIST_ITEM.match(line)) >= 2:
            out.append((units[k + 1][0], units[j - 1][1], frozenset().union(*(u[2] for u in units[k + 1:j])),
                        "body"))
    return out


def _decision_leads(own: str, starts: list[int]) -> list[int]:
    """The units that open with a lead of a list of decisions (``[strengths] decision_leads``: "Major decisions
    included:", "Key decisions:"), by their index in ``starts``."""
    out = []
    for m in _strength_pattern("decision_leads").finditer(own):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0:
            out.append(k)
    return out


def _writers_terms(doc: Document, terms: DraftTerms, units: set[int], excluded: frozenset[str]) -> DraftTerms:
    """``terms`` with, in the writer's sentences, the words of what belongs to the reader set aside ("I
    researched your prototyping process": "prototyping" is the reader's, not the writer's strength),
    unless the sentence uses them elsewhere too."""
    from ._phrases import tokens_between

    own = doc.own
    out = list(terms.units)
    for k in units:
        s, e, keys, field = out[k]
        if field != "body" or "your" not in own[s:e].lower():
            continue
        tokens = tokens_between(doc, s, e)
        key = (tuple(map(_TEXT, tokens)), tuple(map(_KIND, tokens)))
        theirs = _READERS.get(key)
        if theirs is None:
            if len(_READERS) >= _READERS_KEPT:
                _READERS.clear()
            theirs = _READERS[key] = _readers_words(tokens)
        if theirs:
            out[k] = (s, e, keys - theirs, field)
    return DraftTerms(tuple(out))


_TEXT: Final = itemgetter(2)  # Token.text
_KIND: Final = itemgetter(3)  # Token.kind
_READERS_KEPT: Final = 4096   # sentences whose reader's words are remembered at most
#: the reader's words of a sentence, by its tokens' texts and kinds (a pure function of them: remembered
#: across drafts, as template sentences recur)
_READERS: dict[tuple[tuple[str, ...], tuple[str, ...]], frozenset[str]] = {}


def _readers_words(tokens: Sequence[Any]) -> frozenset[str]:
    """The term keys of what belongs to the reader in a sentence (the words after "your"), less the keys
    the sentence uses elsewhere too."""
    from ._topics import _word_keys

    theirs: set[str] = set()
    rest: set[str] = set()
    left = 0
    for t in tokens:
        if t[3] != "word":
            continue
        low = t[2].lower()
        if low == "your":
            left = _READER_WORDS
            continue
        if left and low in _PHRASE_ENDS:
            left = 0
        (theirs if left else rest).update(_word_keys(t[2]))
        left = max(0, left - 1)
    return frozenset(theirs - rest)


_PAIR_WEIGHT: Final = 5.0   # two adjacent words of a strength weighing this much together name it


def _collocations(phrases: tuple[str, ...], found: list[PhraseMatch], terms: DraftTerms, units: list[int],
                  own: str, excluded: frozenset[str],
                  respelt: dict[int, dict[str, str]] | None = None,
                  exercise: frozenset[str] = frozenset(),
                  talked: tuple[frozenset[str], ...] = ()) -> list[PhraseMatch]:
    """Strengths named by their core pair of words though worded differently: "my skills in critical care"
    raises "three years of critical care experience in an ICU". Two adjacent content words of the
    phrase, adjacent (in either order) in a sentence about the writer, weighing ``_PAIR_WEIGHT``
    together. ``respelt``: a sentence's misspelled words read as a strength's ("framwork" as "framework").
    ``exercise``: the words of the topics that name the interview's exercise; a pair made of two of them names
    the exercise's own subject ("Getting the radio station to render" in a radio player test names no "volunteers
    on a community radio station's website"), and raises the strength only with one more word of it. ``talked``: the
    words of each topic the interview covered; a pair made of two words of one of them recalls what was talked about
    ("the barges waiting when the water level is too low" of a talk about the Yangtze water level names no "used the
    water level forecast in his last job"), and raises the strength only with one more word of it too."""
    done = {m.index for m in found}
    out: list[PhraseMatch] = []
    pairs_of_units: dict[int, frozenset[tuple[str, str]]] = {}
    for index, phrase in enumerate(phrases):
        if index in done:
            continue
        wanted, total = _phrase_pairs(phrase, excluded)
        if not wanted:
            continue
        for k in units:
            s, e, keys, field = terms.units[k]
            if field != "body" or not any(a in keys and b in keys for a, b in wanted):
                continue
            pairs = pairs_of_units.get(k)
            if pairs is None:
                pairs = pairs_of_units[k] = _text_pairs(own[s:e], excluded)
                if respelt and k in respelt:
                    typo = respelt[k]
                    pairs = pairs_of_units[k] = pairs | {(typo.get(a, a), typo.get(b, b)) for a, b in pairs}
            hit = next((pair for pair in wanted if pair in pairs and not (
                pair[0] in exercise and pair[1] in exercise and not _more_of(phrase, pair, keys, excluded)
                or any(pair[0] in told and pair[1] in told for told in talked)
                and not _more_of(phrase, pair, keys, excluded, _TALKED_WEIGHT))), None)
            if hit is not None:
                out.append(PhraseMatch(index, phrase, round(wanted[hit] / total, 3), s, e, field, hit))
                break
    return out


_TALKED_WEIGHT: Final = 3.0  # a topic's pair raises a strength with one more of its less common words ("forecast" 4.4;
# not "used" 1.7, which "useful" shares)


def _more_of(phrase: str, pair: tuple[str, str], keys: frozenset[str], excluded: frozenset[str],
             weight: float = 0.0) -> bool:
    """Does a sentence of ``keys`` hold a content word of ``phrase`` (weighing ``weight`` at least) besides the two
    of ``pair``?"""
    return any(t.key in keys and t.key not in pair and t.key[:1] != COMPOUND and t.weight >= weight
               for t in phrase_term_list(phrase, excluded))


@lru_cache(maxsize=64)
def _exercise_keys(topics: tuple[str, ...], excluded: frozenset[str]) -> frozenset[str]:
    """The content words of the topics that name the interview's exercise."""
    return frozenset(t.key for topic in topics for t in phrase_term_list(topic, excluded) if t.key[:1] != COMPOUND)


@lru_cache(maxsize=4096)
def _phrase_pairs(phrase: str, excluded: frozenset[str]) -> tuple[dict[tuple[str, str], float], float]:
    """A phrase's adjacent pairs of content terms that weigh ``_PAIR_WEIGHT`` together (with that weight),
    and the weight of all its terms (remembered: a pure function of the phrase; do not modify)."""
    # (the pair is drawn from the strength itself, not from a clause that tells about its setting: "speaks
    # Polish, which most of the cold-store crew speak" is named by "Polish", not by "cold store")
    seq = [t for t in phrase_term_list(strength_head(phrase), excluded) if t.key[:1] != COMPOUND]
    whole = [t for t in phrase_term_list(phrase, excluded) if t.key[:1] != COMPOUND]
    wanted = {(a.key, b.key): a.weight + b.weight for a, b in zip(seq, seq[1:])
              if a.key != b.key and a.weight + b.weight >= _PAIR_WEIGHT}
    return wanted, (sum(t.weight for t in whole) or 1.0)


#: a relative clause after a comma, with a subject of its own, that tells the setting of a strength: ", which most
#: of the crew speak", ", where ...", ", whose ..." (", which helps retention" tells what the strength does: kept)
_RELATIVE: Final = re.compile(r",\s*(?:(?:which|that|whom?)\s+(?:most|many|all|some|several|the|our|your|their|its|"
                              r"his|her|a|an|every|each|we|they|you)\b|where\b|whose\b|when\b)", re.IGNORECASE)



def strength_head(phrase: str) -> str:
    """``phrase`` without a relative clause after a comma that tells its setting ("speaks Polish, which most of
    the cold-store crew speak" -> "speaks Polish"): the strength is named by its own words."""
    return _RELATIVE.split(phrase, maxsplit=1)[0]


_PAIRS_CHARS: Final = 2000  # the longest sentence (in characters) whose pairs are remembered


def _text_pairs(text: str, excluded: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The adjacent pairs of content terms of a sentence, in either order ("resourceful and
    self-sufficient" names "independently and resourcefully"); remembered but for a very long one."""
    return _text_pairs_remembered(text, excluded) if len(text) <= _PAIRS_CHARS else _text_pairs_of(text, excluded)


def _text_pairs_of(text: str, excluded: frozenset[str]) -> frozenset[tuple[str, str]]:
    found = [t for t in terms_of(text, excluded=excluded) if t.key[:1] != COMPOUND]
    return frozenset(p for a, b in zip(found, found[1:]) for p in ((a.key, b.key), (b.key, a.key)))


_text_pairs_remembered = lru_cache(maxsize=4096)(_text_pairs_of)


_DEED_WEIGHT: Final = 4.6   # a word of a strength this rare ("php" 6.5), or a name in it ("Rust"), used in the deed
#: a measured result of the writer's own work ("from 3,000 open tickets to 1,800") names the strength by one
#: of its words at least this rare ("ticket" 3.1; not "cut" 2.3): the figure says it was done
_MEASURED_WEIGHT: Final = 3.0
_TOLD_WORDS: Final = 2      # a deed told of the writer's own past work names the strength by this many of its words


def _shown_by_deed(doc: Document, phrases: tuple[str, ...], found: list[PhraseMatch], terms: DraftTerms,
                   excluded: frozenset[str]) -> list[PhraseMatch]:
    """Strengths shown rather than claimed: the writer's own work on the interview's problem afterwards
    (``deed_cues``: "I got the problem sketched out via php") that uses a rare word or a name of a strength
    ("builds small PHP web tools end to end") raises it, though it never says "I can". So does a deed the
    writer tells of their own work (``told_deeds``: "I reached out to the API's maintainer to fix the
    graphql endpoint") that names the strength by ``_TOLD_WORDS`` of its words, one of them rare or a name
    ("got an upstream API maintainer to add a missing GraphQL query"), or by a name of it alone ("also
    created a docker file" for "packaging Python services with Docker"). A measured result of the writer's
    own work (``measured_results``: "my desk went from 3,000 open tickets to 1,800", "we cut refunds by
    40%") is a deed that needs one rare word or name of the strength. A deed on the submission itself told with
    its tools (``submission_choices``: "I set up the project with Vite") is a choice for it, no deed. Familiarity
    told of the writer's own (``familiarity_told``: "I have gotten used to backend with Graphql and amplify") is
    read as a told deed, but a name of the strength alone is not enough ("I'm used to React")."""
    from ._phrases import existence

    lo, hi = doc.content_range
    # (start, words needed, how rare one must be, whether a name of the strength alone is enough)
    deeds = [(m.start, 1, _DEED_WEIGHT, True) for m in existence("moment", "deed_cues").finditer(doc.own, lo, hi)]
    deeds += [(m.start, _TOLD_WORDS, _DEED_WEIGHT, True)
              for m in existence("strengths", "told_deeds").finditer(doc.own, lo, hi)]
    deeds += [(m.start, _TOLD_WORDS, _DEED_WEIGHT, False)
              for m in existence("strengths", "familiarity_told").finditer(doc.own, lo, hi)]
    deeds += [(m.start, 1, _MEASURED_WEIGHT, True)
              for m in existence("strengths", "measured_results").finditer(doc.own, lo, hi)]
    if not deeds:
        return []
    # (a deed on the submission itself that names its tools is a choice for it: "I set up the project with Vite")
    chosen = {m.start for m in existence("strengths", "submission_choices").finditer(doc.own, lo, hi)}
    if chosen:
        deeds = [d for d in deeds if d[0] not in chosen]
    done = {m.index for m in found}
    out: list[PhraseMatch] = []
    for s, e, keys, field in terms.units:
        if field != "body":
            continue
        here = [(n, w, a) for at, n, w, a in deeds if s <= at < e]
        if not here:
            continue
        needed, weight = min((n, w) for n, w, _a in here)
        alone = any(a for _n, _w, a in here)
        for index, phrase in enumerate(phrases):
            if index in done:
                continue
            said = [t for t in phrase_term_list(phrase, excluded) if t.key[:1] != COMPOUND and t.key in keys]
            # (a common acronym of a trade, "API", "UI", "QA", is neither rare nor a name: "this function waits
            # for an API call" shows no "has set up Playwright API tests")
            said = [t for t in said if t.key not in _trade_acronyms()] if said else said
            names = [t for t in said if t.start > 0 and phrase[t.start].isupper()]
            rare = [t for t in said if t.weight >= weight] + names
            if rare and (len({t.key for t in said}) >= needed or names and alone):
                shown = rare if needed == 1 or len({t.key for t in said}) < needed else said
                total = sum(t.weight for t in phrase_term_list(phrase, excluded)) or 1.0
                out.append(PhraseMatch(index, phrase, round(sum(t.weight for t in shown) / total, 3), s, e, field,
                                       tuple(t.key for t in shown)))
                done.add(index)
    return out


@lru_cache(maxsize=1)
def _trade_acronyms() -> frozenset[str]:
    """The common acronyms of a field or a function (``cues.toml`` [employer] common_acronyms), lower-cased."""
    from ..analysis.employers import common_acronyms

    return frozenset(a.lower() for a in common_acronyms())


#: a pitch names the strength by one word of ``_DEED_WEIGHT`` ("bilingual" 5.2), a name, or two words this rare
#: at least ("financial" 3.4, "markets" 3.2; not "experience" 2.9 alone)
_PITCH_WEIGHT: Final = 3.0
_PITCH_WORDS: Final = 2


def _raised_by_pitch(doc: Document, phrases: tuple[str, ...], found: list[PhraseMatch]) -> list[PhraseMatch]:
    """Strengths the writer pitches (``pitches``: "my background in planning and my bilingual skills would
    allow me to contribute", "I also bring financial markets knowledge from experience"): the pitch's own
    words name the strength by a rare word or a name of it, or by ``_PITCH_WORDS`` of its words. Words the
    interview's role or company share count here (a pitch of "financial markets knowledge" for a post in
    financial markets still offers it); a pitch of nothing listed ("my experience would allow me to
    contribute") raises nothing."""
    from ._phrases import existence

    lo, hi = doc.content_range
    pitches = list(existence("strengths", "pitches").finditer(doc.own, lo, hi))
    if not pitches:
        return []
    done = {m.index for m in found}
    out: list[PhraseMatch] = []
    for m in pitches:
        keys = {t.key for t in terms_of(m.text)}
        for index, phrase in enumerate(phrases):
            if index in done:
                continue
            terms = phrase_term_list(phrase)
            said = [t for t in terms if t.key[:1] != COMPOUND and t.key in keys]
            # (a common acronym of a trade is neither rare nor a name here either: "to demonstrate my rails API
            # design experience" pitches no "has led the versioning policy for a public partner API")
            said = [t for t in said if t.key not in _trade_acronyms()] if said else said
            strong = [t for t in said if t.weight >= _DEED_WEIGHT or t.start > 0 and phrase[t.start].isupper()]
            if strong or len({t.key for t in said if t.weight >= _PITCH_WEIGHT}) >= _PITCH_WORDS:
                total = sum(t.weight for t in terms) or 1.0
                out.append(PhraseMatch(index, phrase, round(sum(t.weight for t in said) / total, 3), m.start, m.end,
                                       "body", tuple(t.key for t in said)))
                done.add(index)
    return out


def _learned_for_the_task(doc: Document, phrases: tuple[str, ...], found: list[PhraseMatch],
                          terms: DraftTerms) -> list[PhraseMatch]:
    """Strengths of learning ("drive to learn new tools quickly", ``learning_strength``) shown by a thing new
    to the writer that the writer made work for the task: a sentence telling inexperience (``inexperience``:
    "I've never used Django before") and, in it or the next sentence, an accomplishment (``made_it_work``:
    "proud of myself for making this server work", "I managed to get the stack deployed") not negated just
    before it ("I could not get it working"). Strengths of experience are not raised so: inexperience is
    their opposite. Learning told of the writer's own in any body sentence (``learning_shown``: "I learnt Redux
    from scratch for this project", "I read up on Next.js", "learning is what I always prefer") raises them too,
    unless a wish or a negation comes just before it (``learning_shown_unmet``)."""
    from ._phrases import existence

    done = {m.index for m in found}
    wanted = [k for k, p in enumerate(phrases) if k not in done and _strength_pattern("learning_strength").search(p)]
    if not wanted:
        return []
    own = doc.own
    novice, worked = existence("strengths", "inexperience"), existence("strengths", "made_it_work")
    negated = _strength_pattern("made_it_work_negated")
    body = [(s, e) for s, e, _keys, field in terms.units if field == "body"]
    shown, unmet = existence("strengths", "learning_shown"), _strength_pattern("learning_shown_unmet")
    for s, e in body:
        for m in shown.finditer(own, s, e):
            if unmet.search(own, max(s, m.start - 40), m.start) is None:
                return [PhraseMatch(index, phrases[index], 1.0, s, e, "body", ()) for index in wanted]
    for k, (s, e) in enumerate(body):
        if novice.search(own, s, e) is None:
            continue
        stop = body[k + 1][1] if k + 1 < len(body) else e
        for m in worked.finditer(own, s, stop):
            if negated.search(own, max(s, m.start - 40), m.start) is None:
                return [PhraseMatch(index, phrases[index], 1.0, s, stop, "body", ()) for index in wanted]
    return []


#: "four years", "4 years", "a year", "12 months": the number of a length of years or months (its word read by
#: ``tenure_numbers``)
_YEARS: Final = re.compile(r"\b(\w+)\s+(years?|months?)\b", re.IGNORECASE)


def _years(text: str) -> set[int]:
    """The numbers of years ``text`` tells ("four years", "4 years", "a year"; "12 months", "24 months": a whole
    number of years told in months), by ``tenure_numbers`` of [strengths]."""
    words = {w: k for k, w in enumerate(phrase_data()["strengths"]["tenure_numbers"].split(), start=1)}
    words["a"] = 1
    out = set()
    for m in _YEARS.finditer(text):
        n = m.group(1).lower()
        if n.isdigit() or n in words:
            count = int(n) if n.isdigit() else words[n]
            if m.group(2)[0] in "mM":
                if count % 12 or not count:
                    continue
                count //= 12
            out.add(count)
    return out


def _tenure_told(doc: Document, phrases: tuple[str, ...], found: list[PhraseMatch],
                 terms: DraftTerms) -> list[PhraseMatch]:
    """Strengths of so many years ("four years of shipping documentation") raised by the writer's own work told
    by the same length (``tenure_told``: "the kind of work I did for four years")."""
    from ._phrases import existence

    done = {m.index for m in found}
    wanted = {k: _years(p) for k, p in enumerate(phrases) if k not in done}
    if not any(wanted.values()):
        return []
    told = existence("strengths", "tenure_told")
    out: list[PhraseMatch] = []
    for s, e, _keys, field in terms.units:
        if field != "body":
            continue
        for m in told.finditer(doc.own, s, e):
            said = _years(m.text)
            for index, years in wanted.items():
                if index not in done and years & said:
                    out.append(PhraseMatch(index, phrases[index], 1.0, s, e, "body", ()))
                    done.add(index)
    return out


@lru_cache(maxsize=8)
def _strength_pattern(key: str) -> re.Pattern[str]:
    """One pattern of [strengths] in ``substance.toml``, compiled case-insensitively."""
    return re.compile(phrase_data()["strengths"][key], re.IGNORECASE)


def nothing_written(ctx: RuleContext) -> bool:
    """True when the draft has no word of the candidate's own at all (an empty body, or one of quotes or
    markup only, and no subject of words): the content rules have nothing to judge. A note with little of
    its own ("CC: @dana", "Thanks!", a greeting and a sign-off) is judged: what it lacks is what they
    report. So is a subject sent with an empty body ("When can I expect an update?" and nothing below):
    the subject is the writer's text, and what the message lacks is reported."""
    return not ctx.doc.words and not own_subject(ctx)


def own_subject(ctx: RuleContext) -> str:
    """The subject as the writer's own text: "" when it has no word or is a reply's ("Re: ...", the
    thread's subject quoted back)."""
    from .subject import is_reply

    subject = (ctx.draft.subject or "").strip()
    if is_reply(subject) or not any(t.kind == "word" for t in ctx.doc.subject_tokens):
        return ""
    return subject


def subject_only_functions(ctx: RuleContext) -> Function | None:
    """When the body has no word of its own and the subject is the writer's text (an issue's title sent
    alone), what the subject does, read as a sentence ("Thanks for today's panel": thanks); else None."""
    if ctx.doc.words:
        return None
    subject = own_subject(ctx)
    if not subject:
        return None
    from ..analysis.sentences import classify, read_sentence
    from ..document.tokens import tokenize

    return classify(read_sentence(tokenize(subject)), subject)[0]


def content_words(ctx: RuleContext, enough: int = 3) -> int:
    """How many words the candidate wrote between the greeting and the sign-off (counting stops at ``enough``)."""
    return ctx.analysis.content_words if enough == 3 else count_content_words(ctx.doc, enough)


def count_content_words(doc: Document, enough: int) -> int:
    lo, hi = doc.content_range
    count = 0
    for t in doc.words:  # (the word tokens, picked in C: a megabyte of brackets has none)
        if t.start >= hi:
            break
        if t.start >= lo:
            count += 1
            if count >= enough:
                break
    return count


def sentence_functions(ctx: RuleContext) -> Sentences:
    """What each sentence of the candidate's own text does (``ctx.analysis.sentences``)."""
    return ctx.analysis.sentences



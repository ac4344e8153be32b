"""References to the interview: which topics the note names, and which sentences recall something concrete.

Generic-ness is measured, not listed. A word's weight falls with its frequency in the packaged word list
(``followup_lint/data/word_weights.txt``: "team" weighs about 2, "audit" 3.7, "forklift" 5.1; see
``followup_lint.rules._topics``):

* A topic of the interview book is generic when none of its words reaches ``TOPIC_WEIGHT`` and it holds
  no name or number ("the duties of the position", "the company values"): naming it says nothing about
  this interview, so it does not count.
* A sentence that recalls what the interviewer said or showed ("when you showed me ...", "the audit you
  mentioned", "your story about ...": a *strong* reference) is concrete when one of its other words
  reaches ``STRONG_WEIGHT``, or it names something (a capitalised word mid-sentence) or gives a number.
  This is how a clear paraphrase with no word of the topic counts ("your story about retiring the
  clipboards on the loading dock").
* A sentence that only points at the conversation ("our discussion of ...", "hearing about ...": a
  *weak* reference, the favourite of polished but empty prose) needs more: a rare word
  (``RARE_WEIGHT``), two less common ones (``WEAK_WEIGHT`` each), a name or a number. "Our dialogue on
  the shifting dynamics of the market" has none. When it goes on to say what the interviewer or their
  team does ("hearing how your team tests pricing changes before launch"), three content words of any
  frequency weighing ``PRACTICE_TOTAL`` together are enough: a practice described is concrete.

Words inside placeholders, shouted instructions ("INSERT PROJECT NAME HERE": a run of capitalised
words), the company and role (capitalised words next to "role", "team", or after "at", "join"), the
interviewers' names and what the writer says about themself ("my ...") are not evidence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, takewhile
from operator import not_
from typing import TYPE_CHECKING, Callable, Final, Sequence

from ..timeutil import MONTHS

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["Reference", "References", "read_references", "generic_topic", "dates_in", "shares_a_date", "shares_a_word_run", "recalled_topic", "about_the_candidate", "names_own_circumstance", "names_the_readers_thing", "shares_a_coined_name", "TOPIC_WEIGHT", "STRONG_WEIGHT",
           "WEAK_WEIGHT", "RARE_WEIGHT"]

TOPIC_WEIGHT: Final = 3.8    # a topic with no word this rare ("duties" 3.1, "values" 3.2) ...
TOPIC_TOTAL: Final = 7.0     # ... whose words weigh less than this together is generic
STRONG_WEIGHT: Final = 3.6   # a strong reference with one word this rare is concrete ("sensors" 3.7)
WEAK_WEIGHT: Final = 4.0     # a weak reference needs two words this rare weighing WEAK_PAIR together ...
WEAK_PAIR: Final = 9.0
RARE_WEIGHT: Final = 4.6     # ... or one this rare ("dynamics" 4.2, "compassionate" 4.5 are not)
RUN_RARE: Final = 3.8        # two side-by-side words of a topic, each this rare, repeated side by side
RUN_EACH: Final = 2.8        # ... or three, each this rare ("main hiring site")
PRACTICE_WORDS: Final = 3    # what the interviewer's team does ("how your team tests pricing changes
PRACTICE_TOTAL: Final = 9.0  # before launch"): three content words weighing this much together
RECALL_WORDS: Final = 2      # a recalled remark and the sentence after it share this many words of a topic ...
RECALL_WEIGHT: Final = 3.3   # ... each at least this rare ("graduate" 3.4, "balance" 3.5; "new", "hard" are not)

_MONTHS_DAYS: Final = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday i i'm i've i'd i'll thanks thank""".split()
)
_COMPANY_LEAD: Final = frozenset("at with for join joining of".split())
_SELF: Final = frozenset("my myself mine".split())
# after "your story", "your insights": what it was about follows one of these; anything else ("your
# insights were terrific") praises it, a weak reference
_ABOUT: Final = frozenset("about on of into regarding around concerning that when how for behind with where why "
                          "what".split())


@dataclass(frozen=True, slots=True)
class Reference:
    """A sentence that refers to the interview, and what concrete thing it names (``None``: nothing)."""

    start: int            # the sentence (offsets into ``doc.own``)
    end: int
    cue_start: int        # the words that refer back ("you mentioned", "our discussion of")
    cue_end: int
    strength: str         # "part" (the case study, the tour, a wish for the reader's news), "strong" or "weak"
    concrete: str | None  # the concrete words, or None for generic praise


@dataclass(frozen=True, slots=True)
class References:
    """The references of a draft, in order."""

    items: tuple[Reference, ...]

    @property
    def concrete(self) -> tuple[Reference, ...]:
        return tuple(r for r in self.items if r.concrete)


@lru_cache(maxsize=4096)
def generic_topic(topic: str, excluded: frozenset[str] = frozenset()) -> bool:  # noqa: D401
    """Is a topic of the interview book generic: no name, no number, no word as rare as ``TOPIC_WEIGHT``?

    Measured on each word's own stem (before paraphrase families merge "rota" into "schedule"). A topic that is
    only the occasion where you met ("a conversation at the school's spring career fair") is the interview
    itself, named or not (``occasion_topic``).
    """
    if _occasion_topic().match(topic.strip()) is not None:
        return True
    words = topic.split()
    for k, raw in enumerate(words):
        word = raw.strip(".,;:!?()[]\"'“”‘’")
        if not word:
            continue
        if any(ch.isdigit() for ch in word):
            return False
        if k > 0 and word[:1].isupper() and word.lower() not in _MONTHS_DAYS:
            return False
    from ..rules._topics import COMPOUND, phrase_term_list

    abstract = _abstract_nouns()
    # (the topic's terms as the phrase matcher reads them: read once for both)
    terms = [(term.start, term.key, _weight_of(topic, term)) for term in phrase_term_list(topic, excluded)
             if term.key[:1] != COMPOUND
             and not _abstract_at(topic, term.start, term.end,
                                  topic[term.start:term.end].lower().replace("’", "'").removesuffix("'s"))
             and not _abstract_at(topic, term.start, term.end, _hyphened(topic, term.start, term.end))]
    possessed = _about_the_organisation(topic)
    if possessed < 0 and _unnamed_plural(words):
        # "the team's upcoming projects", "the company's new initiatives": a word of time before a plural
        # picks out no particular one (the word itself weighs nothing then)
        instance = _instance_words()
        possessed = _about_the_organisation(topic, instances=False)
        terms = [t for t in terms if topic[t[0]:].split(None, 1)[0].lower() not in instance]
    weights = {key: w for _s, key, w in terms}
    if possessed >= 0 and all(w < TOPIC_WEIGHT for _s, _k, w in terms):
        # "the company's leadership and values", "the team's approach to patient care"; not "the frontend
        # challenge: a film search app built from the team's design" (what comes before the possessive
        # names something)
        return True
    if sum(weights.values()) >= TOPIC_TOTAL or any(w >= TOPIC_WEIGHT for w in weights.values()):
        return False
    return True


def dates_in(text: str) -> frozenset[tuple[int, int]]:
    """The day-and-month dates written in ``text`` as (day, month): "14 June", "the 14th of June", "June
    14th", "Jun 14", "the first of March", "March the twenty-first" (a year beside them is left aside)."""
    day_month, month_day = _date_patterns()
    return frozenset((_day_number(day), _MONTH_NUMBER[month[:3].lower()])
                     for day, month in day_month.findall(text)) | frozenset(
        (_day_number(day), _MONTH_NUMBER[month[:3].lower()]) for month, day in month_day.findall(text))


def shares_a_date(text: str, topics: Sequence[str]) -> bool:
    """Does ``text`` name a date that one of ``topics`` names ("the 14th June" or "the first of March" for
    "the latest decision date: 14 June", "the launch on 1 March")? A date the interview set is a particular
    of this interview, however it is written."""
    wanted = frozenset().union(*(dates_in(t) for t in topics))
    return bool(wanted) and not wanted.isdisjoint(dates_in(text))


@lru_cache(maxsize=1)
def _day_words() -> dict[str, int]:
    from .sentences import cue_data

    return {word: n for n, word in enumerate(cue_data()["reference"]["day_words"], 1)}


def _day_number(day: str) -> int:
    digits = re.match(r"\d+", day)
    return int(digits.group()) if digits else _day_words()[re.sub(r"[\s-]+", "-", day.lower())]


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted(_day_words(), key=len, reverse=True)
    day = r"(?:[0-3]?\d(?:st|nd|rd|th)?|" + "|".join(w.replace("-", r"[\s-]") for w in words) + ")"
    return (re.compile(r"\b(" + day + r")(?:\s+of)?\s+(" + _MONTH_NAME + r")\b",
                       re.IGNORECASE),
            re.compile(r"\b(" + _MONTH_NAME + r")\s+(?:the\s+)?(" + day + r")\b", re.IGNORECASE))


def shares_a_word_run(text: str, topics: Sequence[str], excluded: frozenset[str] = frozenset()) -> bool:
    """Does ``text`` repeat a distinctive run of a topic's content words, side by side there and side by
    side here: two words each as rare as ``RUN_RARE`` ("the tram depot" for "switching the tram depot to
    battery shunters"), or three each as rare as ``RUN_EACH`` ("by the main hiring site" for "applying
    through the form instead of the main hiring site"), a number with the word it counts ("the 20-minute
    promise" for "the 20-minute delivery promise in Dubai"), or a name of the topic as rare as
    ``RARE_WEIGHT``, capitalised in both ("the Muscat drop time" for "delivery times in Muscat"; not the
    company's or an interviewer's name)? Such a collocation or name anchors a paraphrase even when the rest
    of the topic is reworded; a pair of commoner words ("senior backend") may be any job's."""
    wanted = frozenset().union(*(_topic_word_runs(t, excluded) for t in topics))
    return bool(wanted) and not wanted.isdisjoint(_word_runs(text, excluded))


@lru_cache(maxsize=1024)
def _topic_word_runs(topic: str, excluded: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """``_word_runs`` of an interview's topic: a pure function of the topic, worked out once (an interview's
    topics recur from draft to draft; the draft's own text is read each time)."""
    return _word_runs(topic, excluded)


def _word_runs(text: str, excluded: frozenset[str]) -> frozenset[tuple[str, ...]]:
    from ..rules._topics import COMPOUND, terms_of

    terms = [t for t in terms_of(text, excluded=excluded) if t.key[:1] != COMPOUND]
    joined = [not text[a.end:b.start].strip(" -") and a.key != b.key for a, b in zip(terms, terms[1:])]
    out: set[tuple[str, ...]] = {(t.key,) for t in terms if _a_name(text, t)}
    for k in range(len(terms) - 1):
        if not joined[k]:
            continue
        a, b = terms[k], terms[k + 1]
        if min(a.weight, b.weight) >= RUN_RARE or a.key.isdigit() and not b.key.isdigit():
            out.add((a.key, b.key))
        if k + 2 < len(terms) and joined[k + 1] and min(a.weight, b.weight, terms[k + 2].weight) >= RUN_EACH:
            out.add((a.key, b.key, terms[k + 2].key))
    return frozenset(out)


def _a_name(text: str, term) -> bool:  # type: ignore[no-untyped-def]
    """Is ``term`` a rare name: capitalised, its other letters lower case, not a sentence's first word, as
    rare as ``RARE_WEIGHT`` ("Muscat", "Midrand"; not "Friday", nor "Delivery" opening a sentence)? A word
    with capitals inside ("GSoC", "GitHub") is a brand or a programme's initials, which any applicant
    knows (it is often the employer's or the role's), as are all-capital abbreviations."""
    word = text[term.start:term.end].replace("’", "'").removesuffix("'s")
    if not word[:1].isupper() or not word[1:].islower() or word.lower() in _MONTHS_DAYS:
        return False
    j = term.start - 1
    while j >= 0 and text[j] in " \t\"'“‘(":
        j -= 1
    if j < 0 or text[j] in ".!?:\n":
        return False
    if _weight_of(text, term) < RARE_WEIGHT:
        return False
    before = text[max(0, term.start - 200):term.start]
    clause = re.split(r"[.!?:;\n]", before)[-1].split()
    return not (clause and clause[-1].lower() in _self_place_prepositions()
                and any(w.strip(",'’").lower() in ("i", "me", "my", "i'm", "i'd", "i'll", "i've") for w in clause[:-1]))


@lru_cache(maxsize=1)
def _self_place_prepositions() -> frozenset[str]:
    from .sentences import cue_data

    return frozenset(cue_data()["reference"]["self_place_prepositions"])


def _hyphened(text: str, start: int, end: int) -> str:
    """The whole hyphenated word a term is part of ("fast-paced" for "paced"), lower-cased."""
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-" and start > 1 and text[start - 2].isalpha()):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "-" and end + 1 < len(text) and text[end + 1].isalpha()):
        end += 1
    return text[start:end].lower()


def _unnamed_plural(words: Sequence[str]) -> bool:
    """Does the topic end in a plural after one of ``instance_words`` ("upcoming projects", "new
    initiatives"; not "the latest marketing campaign", nor "the upcoming Hudson Yards projects")?"""
    instance = _instance_words()
    last = words[-1].strip(".,;:!?()[]\"'“”‘’").lower() if words else ""
    return (len(words) >= 2 and len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "'s", "us", "is"))
            and words[-2].lower() in instance)


def _about_the_organisation(topic: str, instances: bool = True) -> int:
    """Where what a generic object in the possessive has begins ("the company's | values", "the group's |
    research and design work"), or -1. The topic is a standing quality of the organisation when nothing
    it has is rarer than ``TOPIC_WEIGHT`` once abstract nouns ("values", "leadership", "approach") are
    set aside; "the company's rapid-prototyping process" and "the firm's involvement with local
    charities" are particular practices."""
    generic = _generic_objects()
    words = topic.split()
    if instances and not _instance_words().isdisjoint(w.lower() for w in words):
        return -1            # "the company's latest marketing campaign": one particular campaign
    at = 0
    for word in words:
        at = topic.index(word, at) + len(word)
        if (word.endswith(("'s", "’s", "s'")) and word.rstrip("'’s").lower() in generic
                or word.lower().replace("’", "'") in generic and word.lower().endswith("'s")):
            return at
    return -1


def read_references(doc: Document, excluded: frozenset[str],
                    instructions: Sequence[tuple[int, int]] = (), book: Sequence[str] = ()) -> References:
    """The references to the interview in the candidate's content (greeting and sign-off aside).

    ``instructions``: sorted (start, end) of template instructions ("(Specifically what you liked best
    about the job)", "The opening paragraph thanks him/her ..."): no cue or word inside one counts.
    ``book``: the interview's topics, strengths and questions. Praise of a standing quality of the
    organisation ("I was impressed by the company's commitment to staying at the forefront of the Big
    Data revolution") is evidence only through words of the book or a rare name: its other words, however
    rare or capitalised, could be said after any interview (``_standing_quality``).
    """
    from ..rules._phrases import covered, existence, in_slot

    def out(a: int, b: int) -> bool:
        return in_slot(doc, a, b) or bool(instructions) and covered(instructions, a)

    lo, hi = doc.content_range
    own = doc.own
    generic_objects = _generic_objects()
    found: list[Reference] = []
    sentences = [se for se in doc.sentences if se[1] > lo and se[0] < hi]
    starts = [s for s, _e in sentences]

    def sentence_of(pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and sentences[k][0] <= pos < sentences[k][1]:
            return sentences[k]
        a = own.rfind("\n", 0, pos) + 1
        b = own.find("\n", pos)
        return a, len(own) if b < 0 else b

    readings: dict[tuple, str | None] = {}
    book_keys: list[frozenset[str]] = []
    told_past: dict[tuple[int, int], bool] = {}  # (``_ahead``: each sentence's tense, read once)
    lowered: list[str] = []

    def lower() -> str:
        """``own.lower()``, made at the first call."""
        if not lowered:
            lowered.append(own.lower())
        return lowered[0]

    def concrete_of(s: int, e: int, skip: tuple[tuple[int, int], ...], strong: bool, practice: bool,
                    standing: bool = False) -> str | None:
        """``_concrete``, once per distinct sentence in its context (``_reading_key``: the sentence and the
        text around it, which a word's reading looks at; a 1 MB paragraph of one sentence repeated has
        22,000 references)."""
        tokens = _kept_tokens(doc, s, e, skip)  # (picked once: the key and the reading both read them)
        key = _reading_key(doc, s, e, tokens, strong, practice)
        if key is not None and standing:
            key += (True,)
        found = readings.get(key, readings) if key is not None else readings
        if found is readings:
            if standing and not book_keys:
                book_keys.append(_book_keys(tuple(book), excluded))
            found = _concrete(doc, s, e, generic_objects, excluded, skip, strong, practice,
                              book_keys[0] if standing else None, tokens)
            if key is not None:
                readings[key] = found
        return found  # type: ignore[return-value]

    for key in ("moment_nouns", "personal_news", "encounters"):
        for m in existence("moment", key).finditer(own, lo, hi):
            if key == "encounters" and _ahead(own, m.start, m.text, sentence_of(m.start), told_past):
                continue   # "I look forward to meeting him in the lobby": still to come
            if key == "moment_nouns" and _put_ahead(own, m.start, sentence_of(m.start)):
                continue   # "I'd love to be pairing with you", "I look forward to the tour": still to come
            if not out(m.start, m.end):
                s, e = sentence_of(m.start)
                found.append(Reference(s, e, m.start, m.end, "part", m.text))
    cues: dict[tuple[int, int], list[tuple[str, int, int, str]]] = {}
    # ("I wanted to share that I ...": the writer's own news, told; its cue of telling recalls nothing)
    telling = [(m.start, m.end) for m in existence("moment", "own_telling").finditer(own, lo, hi)]
    for strength, key in (("strong", "strong_cues"), ("strong", "deed_cues"), ("weak", "cues")):
        for m in existence("moment", key).finditer(own, lo, hi):
            if not out(m.start, m.end) and not (telling and any(a <= m.start < b for a, b in telling)):
                cues.setdefault(sentence_of(m.start), []).append((strength, m.start, m.end, m.text))
    advice = _advice_sentences(own, cues, instructions)

    def judged(s: int, e: int, found_here: list[tuple[str, int, int, str]]) -> tuple[str, int, int, str | None] | None:
        """The reference the cues ``found_here`` make of the sentence ``[s, e)``: (strength, cue start, cue
        end, concrete), or None."""
        found_here = [c for c in found_here if not _quoted(own, s, c[1])] if len(found_here) <= _FEW_CUES else [
            c for c, inside in zip(found_here, _quoted_each(own, s, [c[1] for c in found_here])) if not inside]
        if not found_here or (s, e) in advice:
            return None
        found_here = [(_praised(own, (c, a, b, t)), a, b, t) if c == "strong" and t[:4].lower() == "your" else (c, a, b, t)
                      for c, a, b, t in found_here]
        strong = [c for c in found_here if c[0] == "strong"]
        strength, cs, ce, _text = (strong or found_here)[0]
        skip = tuple((a, b) for _k, a, b, _t in found_here)
        practice = any(_reports_practice(own, b, t) for _k, _a, b, t in found_here)
        if instructions:
            skip += tuple(r for r in instructions if r[0] < e and r[1] > s)
        # a weak reference whose every cue is followed by its object ("an earnest desire to learn more
        # about the industry", "hearing about ..."): what it refers to is after the cue; the words before
        # it (the writer describing themself) are no evidence
        after = strength == "weak" and all(_object_follows(t) for _k, _a, _b, t in found_here)
        standing = strength == "weak" and _standing_quality(own, max(b for _k, _a, b, _t in found_here), e, lower)
        stop = _before_praise(own, found_here, e)
        stop = _own_clause(own, max(b for _k, _a, b, _t in found_here), stop)
        concrete = concrete_of(min(a for _k, a, _b, _t in found_here) if after else s,
                               stop, skip, strength == "strong", practice, standing)
        if concrete is not None and _duties_listed(own, max(b for _k, _a, b, _t in found_here), stop):
            concrete = None    # "about the job: answering the customers ..., handling the warranty claims"
        if concrete is None and strength == "strong":
            concrete = _deadline(own, ce, e)   # "you said the panel would decide by the end of the week"
        return strength, cs, ce, concrete

    # Speed: a sentence is judged once per distinct context (a 1 MB paragraph of one sentence repeated has
    # 22,000 references). What ``judged`` reads of a sentence lies in the sentence and ``_CONTEXT``
    # characters either side (the most: 80 before a word and 60 after a cue, ``_abstract_at``,
    # ``_reports_practice``), or in the run of spaces before it (``_reading_key``), given its cues; nothing
    # else of the draft counts when it has no placeholder or instruction (``in_slot``, ``advice``) and is
    # ASCII (its lower case has the offsets of the text, ``_standing_quality``). A sentence of
    # ``doc.sentences`` is made of whole tokens, which the same context splits alike. Besides the context
    # (and where the message starts after the greeting, when that is in it), a judgement reads only
    # ``excluded`` and ``book`` (the generic objects are the package's): a usual
    # draft's judgements are remembered across drafts with those (``_JUDGED``), as sentences recur from
    # draft to draft ("I enjoyed learning more about the role.").
    judgements: dict[tuple, tuple[str, int, int, str | None] | None] | None = (  # type: ignore[type-arg]
        {} if _context_decides(doc, instructions) else None)
    remembered = _judged_for(excluded, tuple(book)) if judgements is not None else {}
    message_start = doc.content_range[0] if doc.greeting is not None else -1
    whole = set(sentences) if judgements is not None and cues else ()
    for (s, e), found_here in cues.items():
        if judgements is None or (s, e) not in whole:
            got = judged(s, e, found_here)
        else:
            j = s - 1
            while j >= 0 and own[j].isspace():
                j -= 1
            a, b = max(0, min(j, s - _CONTEXT)), min(len(own), e + _CONTEXT)
            context = (own[a:b], s - a, e - a,  # (a context cut by the text's start or end is shorter: another key)
                       tuple((c, x - s, y - s, t) for c, x, y, t in found_here),
                       # (where the message starts after the greeting, when in the context: a word there opens
                       # a sentence, ``_concrete``)
                       message_start - a if a <= message_start < b else None)
            if context in judgements or context in remembered:
                got = judgements[context] if context in judgements else remembered[context]
                if got is not None:
                    got = (got[0], got[1] + s, got[2] + s, got[3])
            else:
                got = judged(s, e, found_here)
                judgements[context] = None if got is None else (got[0], got[1] - s, got[2] - s, got[3])
        if got is not None:
            strength, cs, ce, concrete = got
            found.append(Reference(s, e, cs, ce, strength, concrete))
    if judgements and len(judgements) <= _JUDGED_PER_DRAFT:  # (a pathological draft's are not kept)
        remembered.update(judgements)
    found.sort(key=lambda r: (r.start, r.cue_start))
    return References(tuple(found))


_JUDGED_KEPT: Final = 64      # (excluded, book) pairs whose judgements are remembered at most ...
_JUDGED_CONTEXTS: Final = 4096  # ... and contexts judged for each (then forgotten all at once) ...
_JUDGED_PER_DRAFT: Final = 256  # ... from drafts of at most this many (a longer one's are not kept)
#: ``read_references``' judgements by (excluded, book), each by the sentence's context and cues
_JUDGED: dict[tuple[frozenset[str], tuple[str, ...]], dict[tuple, tuple[str, int, int, str | None] | None]] = {}  # type: ignore[type-arg]


def _judged_for(excluded: frozenset[str], book: tuple[str, ...]) -> dict:  # type: ignore[type-arg]
    """The judgements remembered for an interview's ``excluded`` terms and ``book`` (emptied when full)."""
    key = (excluded, book)
    found = _JUDGED.get(key)
    if found is None:
        if len(_JUDGED) >= _JUDGED_KEPT:
            _JUDGED.clear()
        found = _JUDGED[key] = {}
    elif len(found) >= _JUDGED_CONTEXTS:
        found.clear()
    return found


def _context_decides(doc: Document, instructions: Sequence[tuple[int, int]]) -> bool:
    """May ``read_references`` judge a sentence once per distinct context: does nothing of the draft
    outside ``_CONTEXT`` characters around a sentence count (no instruction, no placeholder, ASCII)?"""
    return not instructions and not doc.placeholders and doc.own.isascii()


def _duties_listed(own: str, cue_end: int, end: int) -> bool:
    """Does the cue's object name the job itself and go on with its tasks in the gerund ("about the job:
    answering the customers by phone and chat, handling the warranty claims and planning the repairs", "the
    role, such as greeting guests and checking invoices")? At least two items of the list, and half of
    them, begin with a gerund: the duties any job ad lists, not a moment ("the job, especially the forklift
    that tipped over" recalls one)."""
    m = _duty_lead().match(own, cue_end, end)
    if m is None:
        return False
    heads = [item.split()[0].lower() for item in _LIST_ITEM.split(own[m.end():end]) if item.split()]
    gerunds = sum(1 for h in heads if len(h) > 4 and h.endswith("ing"))
    return gerunds >= 2 and gerunds * 2 >= len(heads)


#: the separators of a list's items: a comma, a semicolon, "and", "or"
_LIST_ITEM: Final = re.compile(r"[,;]|\b(?:and|or)\b")


@lru_cache(maxsize=1)
def _duty_lead() -> re.Pattern[str]:
    """The job named after a cue, then what opens its list of tasks (``job_nouns``, ``duty_leads``)."""
    from .sentences import cue_data

    ref = cue_data()["reference"]

    def alt(words: Sequence[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return re.compile(rf"\s*(?:the|this|your|my|our|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{alt(ref['job_nouns'])})\b"
                      rf"[^:;.!?\n]{{0,40}}?(?:\s*[:—–]|\s+-|,?\s+(?:{alt(ref['duty_leads'])})\b)\s*", re.IGNORECASE)


def _ahead(own: str, start: int, text: str, sentence: tuple[int, int], past: dict[tuple[int, int], bool]) -> bool:
    """Is an encounter still to come: after words that put it ahead ("I look forward to | meeting him in the
    lobby", "I hope to | run into her", "I'll be | meeting her"), or a gerund in a sentence not told in the
    past ("Meeting Priya at reception at 9 works for me")?"""
    from ..rules._phrases import phrase_data

    data = phrase_data()["moment"]
    if _put_ahead(own, start, sentence):
        return True
    if not text.split()[0].lower().endswith("ing"):
        return False
    told = past.get(sentence)
    if told is None:  # (once per sentence: a paragraph of 20,000 gerunds "Meeting Priya at ..." is one)
        told = past[sentence] = _told_in_past(own, sentence, data["encounters_past"].split("|"))
    return not told


def _told_in_past(own: str, sentence: tuple[int, int], past_words: list[str]) -> bool:
    """Does the sentence use one of the words that tell an encounter in the past (``encounters_past``)?"""
    told = " ".join(own[sentence[0]:sentence[1]].lower().replace("’", "'").split())
    padded = f" {told} ".replace(".", " ").replace(",", " ")
    return any(f" {w} " in padded for w in past_words)


def _put_ahead(own: str, start: int, sentence: tuple[int, int]) -> bool:
    """Do words that put what follows ahead ("I look forward to", "I hope to", "I'll be") end just before
    ``start``?"""
    from ..rules._phrases import phrase_data

    tail = " ".join(own[max(sentence[0], start - 16):start].lower().split())
    return any(tail == w or tail.endswith(" " + w) for w in phrase_data()["moment"]["encounters_ahead"].split("|"))


_QUOTES: Final = ('"', "“", "”")
_FEW_CUES: Final = 8


def _quoted_each(own: str, start: int, positions: Sequence[int]) -> list[bool]:
    """``[_quoted(own, start, p) for p in positions]`` for offsets ``positions`` (not negative), the quotes
    counted once from one position to the next in order (many cues in one long sentence: not each from
    ``start``)."""
    inside = [False] * len(positions)
    at, count = start, 0
    for k in sorted(range(len(positions)), key=positions.__getitem__):
        pos = positions[k]
        if pos > at:
            count += sum(own.count(q, at, pos) for q in _QUOTES)
            at = pos
        inside[k] = count % 2 == 1  # (a position before ``start``: nothing counted yet, as ``_quoted``)
    return inside


def _quoted(own: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened in its sentence (an example quoted: 'avoid clichés such as, "My
    visit was very interesting."'; 'the sign said "interesting times ahead"')? The words are someone
    else's: a cue there is nobody's reference to this interview."""
    before = own[start:pos]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def _advice_sentences(own: str, cues: dict, instructions: Sequence[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    """The sentences of a text that tells its reader how to write the note (a template's guide, a model
    letter whose body is advice), which speak of the letter being written or of the reader by their role
    ("In the body of your letter, present ...", "The letter's intent is to show the interviewer that ..."):
    advice, not a recollection. Only where the text already holds an instruction (``instructions``), since a
    real note may name "the interviewer" to a recruiter."""
    if not instructions:
        return frozenset()
    from ..rules._phrases import existence

    check = existence("moment", "advice_subjects")
    return frozenset(se for se in cues if check.search(own, *se))


_POSSESSORS: Final = frozenset("the your its their this".split())
#: the characters either side of a sentence that its reading may look at (``read_references``)
_CONTEXT: Final = 160


def _standing_quality(own: str, cue_end: int, end: int, lower: Callable[[], str]) -> bool:
    """Is what a weak reference praises a standing quality of the organisation: a generic object in the
    possessive, then an abstract noun ("the company's commitment to ...", "your firm's culture of ..."; not
    "the company's latest campaign", "the firm's graduate rotation")?

    ``lower``: gives ``own.lower()``, lower-cased once per draft (lower-casing the whole text per
    reference made a 1 MB paragraph of "the company's commitment to quality." take 7.5 s)."""
    words = [w.strip(",.;:!?\"“”()").lower().replace("’", "'") for w in own[cue_end:min(end, cue_end + 80)].split()[:3]]
    if len(words) < 2:
        return False
    if words[0] in _POSSESSORS:
        words = words[1:]
    owner, noun = words[0], words[1] if len(words) > 1 else ""
    if not (owner.endswith("'s") and owner in _generic_objects() | {o + "'s" for o in _generic_objects()}):
        return False
    at = lower().find(noun, cue_end, min(end, cue_end + 80)) if noun else -1
    return at >= 0 and _abstract_at(own, at, at + len(noun), noun)


@lru_cache(maxsize=256)
def _book_keys(book: tuple[str, ...], excluded: frozenset[str]) -> frozenset[str]:
    """The term keys of the interview's topics, strengths and questions."""
    from ..rules._topics import phrase_term_list

    return frozenset(t.key for text in book for t in phrase_term_list(text, excluded))


_WH: Final = frozenset("how what why where when which".split())
_AGENTS: Final = frozenset("you your they their he she his her team group unit ward crew department".split())


def _reports_practice(own: str, cue_end: int, cue_text: str) -> bool:
    """Does the reference go on to say what the interviewer or their team does ("hearing how your team
    tests pricing changes before launch")? A question word, then the people who do it. A story recalled by
    its kind ("the story of the night manager who drove milk to the care home") tells what happened: its
    words together are the moment, as a practice's are."""
    if not _story_nouns().isdisjoint(w.lower() for w in cue_text.split()):
        return True
    rest = [w.strip(",.;:!?\"'“”").lower() for w in own[cue_end:cue_end + 60].split()[:4]]
    if cue_text.split()[-1].lower() not in _WH:
        if not rest or rest[0] not in _WH:
            return False
        if rest[0] in ("when", "whenever") and rest[1:2] in (["you"], ["you're"]):
            return False   # "appreciated when you get the chance": the reader's time, not what they do
        rest = rest[1:]
    return any(w in _AGENTS for w in rest[:3])


@lru_cache(maxsize=1)
def _story_nouns() -> frozenset[str]:
    from ..rules._phrases import phrase_data

    return frozenset(phrase_data()["moment"]["story_nouns"].split())


def _object_follows(cue_text: str) -> bool:
    """Does the cue end on the word that introduces its object ("learn more about", "our discussion of",
    "hearing how")? Then what it refers to follows it."""
    return cue_text.split()[-1].lower() in _ABOUT


_COPULAS: Final = (" was ", " were ", " is ", " are ", " has been ", " have been ")
_CLAUSE_WORDS: Final = frozenset("how what why where when which who whom whose that whether if".split())


def _before_praise(own: str, cues: list, end: int) -> int:
    """Where the evidence of a reference ends. When its cue is a noun phrase the sentence is about ("Your
    insights into the company's direction were very compelling", "our talk about the rota was useful"),
    what follows its verb only judges it: praise, no evidence."""
    ends = [b for _k, _a, b, t in cues if t[:4].lower() in ("your", "our ")]
    if not ends:
        return end
    cue_end = min(ends)
    low = own[cue_end:end].lower()
    at = min((x for x in map(low.find, _COPULAS) if x >= 0), default=-1)
    if at < 0 or not _CLAUSE_WORDS.isdisjoint(low[:at].split()):
        return end                             # "your point about how the rota is decided": the clause's verb
    return cue_end + at


_OWN_CLAUSE: Final = re.compile(r"(?:,\s*(?:and|but|so|yet)|;)\s+I\b")


def _own_clause(own: str, cue_end: int, end: int) -> int:
    """Where the evidence of a reference ends: at a clause of the writer's own joined after it ("I remain
    excited about the opportunity to join your team, | and I wanted to reiterate my qualifications", "the
    insights you shared about the company's mission, | and I believe my skills align"): what the writer goes
    on to do or feel recalls nothing of the interview."""
    m = _OWN_CLAUSE.search(own, cue_end, end)
    return m.start() if m else end


def recalled_topic(doc: Document, refs: References, topics: Sequence[str], excluded: frozenset[str]) -> str | None:
    """A topic a recalled remark paraphrases: the sentence of a strong reference ("I appreciated your
    reflection on the challenges facing the nurse who fills this position.") and the one after it, which
    often states the remark ("I agree that the balance of responsibility for a new graduate may be
    difficult"), share ``RECALL_WORDS`` less common words (``RECALL_WEIGHT`` each) with the topic. A word
    of the role counts here when the topic uses it too ("new graduate" in the topic and the remark of a
    "(New Graduate)" role): it is what the remark was about, not the role's name repeated."""
    from ..rules._topics import COMPOUND, phrase_term_list, terms_of

    excluded = frozenset()

    own = doc.own
    bounds = list(doc.sentences)
    starts = [b[0] for b in bounds]
    wanted = [(topic, {t.key for t in phrase_term_list(topic, excluded)
                       if t.key[:1] != COMPOUND and _weight_of(topic, t) >= RECALL_WEIGHT}, _is_remark(topic))
              for topic in topics]
    for ref in refs.items:
        if ref.strength != "strong":
            continue
        end = ref.end
        k = bisect.bisect_right(starts, ref.start)
        if k < len(bounds) and bounds[k][0] >= ref.end:
            end = bounds[k][1]                 # the sentence after the remark, which often states it
        said = {t.key for t in terms_of(own[ref.cue_end:end], excluded=excluded)}
        reported = None
        for topic, keys, remark in wanted:
            if len(keys & said) >= RECALL_WORDS:
                return topic
            if remark and keys & said:
                if reported is None:
                    reported = _reported_clause(own, ref)
                if reported and keys & {t.key for t in terms_of(reported, excluded=excluded)}:
                    return topic               # "You mentioned that it takes someone with initiative"
    return None


def _is_remark(topic: str) -> bool:
    """Is a topic of the book a remark of the interviewer ("her remark that the role takes initiative",
    "his point about ...", "the story of ...")? A remark recalled as one is the same moment."""
    return not _remark_nouns().isdisjoint(w.strip(".,;:'’").lower() for w in topic.split()[:4])


def _reported_clause(own: str, ref: Reference) -> str:
    """The clause a strong reference reports ("you mentioned | that it will take someone with initiative"),
    or "": the cue is followed by "that" (or ends with it), and the clause runs to the sentence's end."""
    rest = own[ref.cue_end:ref.end]
    words = rest.split(None, 1)
    if own[ref.cue_start:ref.cue_end].lower().endswith(" that"):
        return rest
    return words[1] if len(words) == 2 and words[0].lower() == "that" else ""


@lru_cache(maxsize=1)
def _remark_nouns() -> frozenset[str]:
    from .sentences import cue_data

    return frozenset(cue_data()["reference"]["remark_nouns"])


def about_the_candidate(topic: str) -> bool:
    """Is a topic of the interview book the candidate's own background ("the candidate's statistics degree
    and Python and SQL experience")? Restated as a qualification it recalls nothing of the interview."""
    low = topic.lower().replace("’", "'")
    return low.startswith(_candidate_possessors())


#: how rare the head of a candidate's circumstance must be to name it ("exams", "lateness"; not "move")
CIRCUMSTANCE_WEIGHT: Final = 2.5


def names_own_circumstance(text: str, topics: Sequence[str]) -> bool:
    """Does ``text`` name as the writer's own ("my exams", "my recent lateness") a circumstance of the
    candidate's that a topic says the interview raised ("the applicant's end-of-semester exams in late April",
    "the candidate's lateness and absences shown on her ratings")? Not a qualification restated ("my
    statistics degree", ``qualification_heads``): that recalls nothing of the interview."""
    heads = {h for t in topics if about_the_candidate(t) for h in _circumstance_heads(t)}
    if not heads:
        return False
    from ..rules._topics import stem

    low = text.lower().replace("’", "'")
    for m in _MY.finditer(low):   # the head among the three words after "my" ("my knee surgery")
        if any(stem(w) in heads for w in _LOWER_WORD.findall(low, m.end(), m.end() + 60)[:3]):
            return True
    return False


def shares_a_coined_name(text: str, topics: Sequence[str]) -> bool:
    """Does ``text`` write a name a topic coins with a symbol glued to it ("Questions+" for "the Questions+
    project idea", "Notepad++", "F#"), as the topic writes it? The word alone ("questions") is common; the
    name with its mark is this project's, as distinctive as a rare name (Markdown around it, "**Questions+**",
    is no part of it)."""
    names = {m.group() for t in topics for m in _COINED.finditer(t)}
    return any(re.search(rf"(?<![\w+#]){re.escape(name)}(?![\w+#])", text) for name in names)


#: a name coined with a symbol: a word, then "+" or "#" marks glued to it
_COINED: Final = re.compile(r"(?<![\w+#])[A-Za-z][A-Za-z0-9]*[+#]+(?![\w+#])")


def names_the_readers_thing(text: str, topics: Sequence[str]) -> bool:
    """Does ``text`` name as the reader's a thing a topic names as the organisation's, word for word ("your
    current graphic design needs" for "the studio's current graphic design needs: packaging and print work")?
    The topic's own words are then its subject, even a word of the role ("graphic design" for a graphic
    designer); a generic topic's thing ("your values" for "the company's values") names nothing."""
    from ..rules._substance import topic_parts
    from ..rules._topics import terms_of, weight
    from .sentences import cue_data

    low = " ".join(text.lower().replace("’", "'").split())
    for topic in topics:
        for part in topic_parts(topic):
            m = _ORG_THING.match(part.lower().replace("’", "'").strip())
            if m is None or about_the_candidate(part) or generic_topic(part):
                continue
            ends = frozenset(cue_data()["reference"]["thing_ends"])
            words = list(takewhile(lambda w: w not in ends, m.group(1).split()))   # not "for the Leeds office"
            if len(words) < 2 or not all(w in low for w in words):
                continue  # (the search below needs every word: a text without them compiles no pattern)
            if sum(weight(t.key) for t in terms_of(" ".join(words))) < _READER_THING_WEIGHT:
                continue
            if re.search(r"\byour\s+" + r"\s+".join(map(re.escape, words)) + r"\b", low):
                return True
    return False


#: the organisation's thing in a topic ("the studio's current graphic design needs")
_ORG_THING: Final = re.compile(r"(?:the\s+)?[a-z][a-z-]*'s\s+([a-z][a-z -]*[a-z])$")
#: how much a thing named as the reader's must tell (the weight of its terms, the role's words included)
_READER_THING_WEIGHT: Final = 6.0


_MY: Final = re.compile(r"\bmy\b")
_LOWER_WORD: Final = re.compile(r"[a-z]+")


@lru_cache(maxsize=1024)
def _circumstance_heads(topic: str) -> frozenset[str]:
    """The stems of the heads of a candidate topic's thing ("exam" in "the applicant's end-of-semester exams in
    late April"; "late" and "absenc" in "the candidate's lateness and absences shown on her ratings")."""
    from ..rules._topics import stem, weight
    from .sentences import cue_data

    data = cue_data()["reference"]
    low = topic.lower().replace("’", "'")
    for lead in _candidate_possessors():
        if low.startswith(lead):
            low = low[len(lead):]
            break
    quals, ends = frozenset(data["qualification_heads"]), frozenset(data["thing_ends"])
    heads: set[str] = set()
    words = re.findall(r"[a-z]+(?:-[a-z]+)*|[,:;()]", low)
    last = None
    for w in (*words, ","):
        if w in ends or w in ",:;()":
            if last in quals:
                return frozenset()         # "the candidate's statistics degree and Python experience"
            if last is not None and weight(stem(last)) >= CIRCUMSTANCE_WEIGHT:
                heads.add(stem(last))
            last = None
            if w not in ("and", "or"):
                break
            continue
        last = w if "-" not in w else None
    return frozenset(heads)


@lru_cache(maxsize=1)
def _candidate_possessors() -> tuple[str, ...]:
    from .sentences import cue_data

    return tuple(cue_data()["reference"]["candidate_possessors"])


def _deadline(own: str, start: int, end: int) -> str | None:
    """A deadline or date in a recalled remark ("... would decide by the end of the week"), or None."""
    from ..rules._phrases import existence

    m = existence("moment", "deadlines").search(own, start, end)
    return None if m is None else m.text


def _praised(own: str, cue: tuple[str, int, int, str]) -> str:
    """"Your story about ..." stays strong; "your insights were terrific" is only praise: weak."""
    rest = own[cue[2]:cue[2] + 40].split()
    word = rest[0].lower().strip(",.;:!?") if rest else ""
    return "strong" if word in _ABOUT else "weak"


@lru_cache(maxsize=1)
def _instance_words() -> frozenset[str]:
    from .sentences import cue_data

    return frozenset(cue_data()["reference"]["instance_words"])


@lru_cache(maxsize=1)
def _saying_words() -> frozenset[str]:
    """The writer's own acts of saying ("reiterate", "reaffirm"), about the note, and the writer's reaction
    to what was said ("resonated", "illuminating"): neither is a thing from the interview."""
    from .sentences import cue_data

    ref = cue_data()["reference"]
    return frozenset(ref["saying_words"]) | frozenset(ref["reaction_words"])


@lru_cache(maxsize=1)
def _occasion_topic() -> re.Pattern[str]:
    """A topic that is only a conversation at an event where you met (``[reference] occasion_topic``)."""
    from .sentences import cue_data

    return re.compile(cue_data()["reference"]["occasion_topic"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _abstract_nouns() -> frozenset[str]:
    """Nouns of manner or purpose ("strategies", "approach"): no weight of their own in a topic."""
    from .sentences import cue_data

    return frozenset(cue_data()["reference"]["abstract_nouns"])


_WORD: Final = re.compile(r"[\w'’-]+")
_VALUE_BEFORE: Final = 4  # the words before a value searched for what makes it professed


def _abstract_at(text: str, start: int, end: int, word: str, abstract: frozenset[str] | None = None) -> bool:
    """Is ``word`` (lower case, the word at ``text[start:end]``) an abstract noun there? Those of
    ``abstract_nouns`` always are; a value ("trust", "ownership") or a value's weight ("focus", "emphasis")
    only when no noun follows it ("the trust accounting module", "the focus group results", "the ownership
    change at the plant" name something); a value then only as professed: after a head ("values", "culture
    of", "places on", "commitment to"), an abstract noun, an organisation's possessive or another value
    among the few words before it, or before another value ("trust, respect and ownership")."""
    abstract = _abstract_nouns() if abstract is None else abstract
    if word in abstract:
        return True
    values, weights, heads, followers = _value_words()
    if word not in values and word not in weights:
        return False
    after = [m for _k, m in zip(range(2), _WORD.finditer(text, end, end + 60))]
    direct = after[0].group().lower() if after and not text[end:after[0].start()].strip() else ""
    if direct and direct not in followers and direct not in values and direct not in abstract:
        return False
    if word in weights:
        return True
    listed = values | abstract
    nxt = [m.group().lower() for m in after]
    if nxt and (nxt[0] in listed or nxt[0] in ("and", "or", "&") and nxt[1:2] and nxt[1] in listed):
        return True
    before = [m.group().lower().replace("’", "'") for m in _WORD.finditer(text, max(0, start - 80), start)]
    return any(b in heads or b in listed or b.endswith("'s") for b in before[-_VALUE_BEFORE:])


@lru_cache(maxsize=1)
def _field_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    from .sentences import cue_data

    ref = cue_data()["reference"]
    return (frozenset(ref["field_frames"]), frozenset(ref["field_nouns"]), frozenset(ref["literal_frames"]),
            frozenset(ref["field_names"]), tuple(ref["field_suffixes"]))


@lru_cache(maxsize=1)
def _value_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The values an organisation professes, the weights it gives them, the words that make a value
    professed before it, and the words that may follow one that is no part of a noun phrase."""
    from .sentences import cue_data

    ref = cue_data()["reference"]
    return tuple(frozenset(ref[k]) for k in ("value_nouns", "value_weights", "value_heads", "value_followers"))  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _generic_objects() -> frozenset[str]:
    from ..rules._phrases import phrase_data

    return frozenset(phrase_data()["moment"]["generic_objects"].split())


def _reading_key(doc: Document, s: int, e: int, tokens: Sequence, strong: bool,
                 practice: bool) -> tuple | None:  # type: ignore[type-arg]
    """What ``_concrete`` reads of the sentence ``[s, e)``: its kept tokens (``tokens``, as ``_kept_tokens``
    picked them; offsets from the key's start) and the text around them: from ``_CONTEXT`` characters
    before its first token (or the last character before it, if further) to ``_CONTEXT`` after its end, for
    a word is read with what stands before and after it, outside the sentence too ("Culture. Our talk
    about empowerment was great.": a professed value, ``_abstract_at``); None when a placeholder is in
    it (or it has no token): read afresh. A context cut by the text's start or end is shorter: another key."""
    from ..rules._phrases import in_slot

    if not tokens:
        return None
    own = doc.own
    j = tokens[0].start - 1
    while j >= 0 and own[j].isspace():
        j -= 1
    a = max(0, min(j, tokens[0].start - _CONTEXT))
    b = min(len(own), max(e, tokens[-1].end) + _CONTEXT)
    if in_slot(doc, a, b):
        return None
    return own[a:b], j < 0, tuple((t.start - a, t.end - a, t.kind) for t in tokens), strong, practice


def _kept_tokens(doc: Document, start: int, end: int, skip: tuple[tuple[int, int], ...]) -> list:
    """The word, number and placeholder tokens starting in ``[start, end)`` and in none of ``skip``."""
    from ..rules._phrases import tokens_between

    tokens = [t for t in tokens_between(doc, start, end) if t.kind in _KEPT_KINDS]
    if len(skip) <= _FEW_SKIPS:
        for a, b in skip:  # (one pass a range: the usual skip is the cue itself)
            tokens = [t for t in tokens if not a <= t[0] < b]
        return tokens
    # many ranges (a paragraph of sentences run together, "plans.We talked about ...", is one sentence with
    # a cue every 40 characters): the tokens of each range found by bisection (the tokens are sorted), not
    # one pass over them all per range
    starts = [t[0] for t in tokens]
    dropped = bytearray(len(tokens))
    for a, b in skip:
        i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        if i < j:
            dropped[i:j] = bytes([1]) * (j - i)
    return list(compress(tokens, map(not_, dropped)))


_FEW_SKIPS: Final = 4


_KEPT_KINDS: Final = frozenset(("word", "number", "placeholder"))


def _concrete(doc: Document, start: int, end: int, generic: frozenset[str], excluded: frozenset[str],
              skip: tuple[tuple[int, int], ...], strong: bool, practice: bool = False,
              book: frozenset[str] | None = None, tokens: Sequence | None = None) -> str | None:
    """A name, a number or rare enough words in ``[start, end)`` of the candidate's text (see the module);
    with ``practice`` (what the interviewer's team does), also ``PRACTICE_WORDS`` content words weighing
    ``PRACTICE_TOTAL`` together. With ``book`` (praise of a standing quality of the organisation), only
    words of the book and names with a rare word ("Kestrel"; not "Big Data") count.

    What a word says by itself (its lower case, its terms and their weights, whether it is an abstract
    noun wherever it stands) is read once per word (``_word_reading``); only what its place decides is
    worked out here. ``tokens``: ``_kept_tokens(doc, start, end, skip)`` when already picked."""
    from ..rules._phrases import in_slot

    own = doc.own
    abstract, saying = _abstract_nouns(), _saying_words()
    if tokens is None:
        tokens = _kept_tokens(doc, start, end, skip)
    readings = [_word_reading(t[2], t[3]) for t in tokens]
    lows = [r[0] for r in readings]
    slots = bool(doc.placeholders)
    frames, nouns, literal, names, suffixes = _field_words()
    message_start = doc.content_range[0] if doc.greeting is not None else -1
    signed = name_signed_at(own)
    rare: list[tuple[float, str]] = []
    content: dict[str, float] = {}
    skip_run = False
    mine = 0
    n = len(tokens)
    for k, tok in enumerate(tokens):
        low, flags, terms = readings[k]
        if flags & _R_SELF:
            mine = 3
            continue
        if mine:
            mine -= 1
            continue
        if tok[3] == "placeholder" or slots and (in_slot(doc, tok[0]) or _bracketed(own, tok[0], tok[1])):
            skip_run = False
            continue                               # (in a template, "[underling]" is one more slot)
        if tok[0] < message_start or tok[0] >= signed:
            continue                                   # the greeting's words ("buenas tardes licenciada", its
            # line run on into the message without a stop on a phone) name nothing from the interview, nor
            # does the name signed under it ("have a nice evening\nramesh")
        if flags & _R_UPPER and _shouted(tokens, k):
            continue                                   # "INSERT PROJECT NAME HERE": an instruction
        if flags & _R_FILLER:
            continue                                   # "working for xx": filler letters hold a place
        if flags & _R_FIRST_UPPER:
            j = tok[0] - 1
            while j >= 0 and own[j].isspace():
                j -= 1                                 # the character before the word (no slicing from 0)
            # (the message's first word after the greeting line, "Dear Lorena,\n\nMany thanks", opens a sentence)
            capital = not (j < 0 or own[j] in ".!?:" or j < message_start <= tok[0]
                           or _on_a_heading(own, tok[0])) or bool(flags & _R_CAPS)
        else:
            capital = bool(flags & _R_CAPS)
        if not capital:
            skip_run = False
        if low in generic or flags & _R_MONTH_DAY or not capital and (
                flags & _R_SAYING or (flags & _R_ABSTRACT or flags & _R_VALUE and _abstract_at(
                    own, tok[0], tok[1], low.removesuffix("'s"), abstract))
                or _field_of(lows, k, frames, nouns, literal, names, suffixes)):
            continue                       # (an abstract noun, "priorities", or the employer's field, names nothing)
        if excluded:
            terms = tuple(t for t in terms if t[0] not in excluded)
        if not terms:
            continue
        prev = lows[k - 1] if k else ""
        j = k + 1
        while j < n and readings[j][1] & _R_FIRST_UPPER:
            j += 1  # the word after the capitalised run
        nxt = lows[j] if j < n else ""
        if capital and (skip_run or nxt in generic or prev in _COMPANY_LEAD or _a_channel(tokens, k, j, prev, nxt)
                        or _field_of_study(readings, k, j)):
            skip_run = True  # "the Front Office Manager role", "the culture at Kingsmere Hotels", "our Zoom call"
            continue
        text = tok[2]
        if tok[3] == "number":
            if (len(text.strip("-")) > 1 or any(ch.isalpha() for ch in text)) and not _calendar(tokens, k, own):
                return text
            continue
        w = max(t[1] for t in terms)
        if book is not None and (w < RARE_WEIGHT if capital else all(t[0] not in book for t in terms)):
            continue                           # "the forefront of the Big Data revolution": any company's praise
        if capital:
            return text
        if strong and w >= STRONG_WEIGHT or w >= RARE_WEIGHT:
            return text
        folded = text.lower()
        content.setdefault(folded, w)
        if w >= WEAK_WEIGHT and all(t.lower() != folded for _w, t in rare):
            rare.append((w, text))
            best = sorted(rare, reverse=True)[:2]
            if len(best) == 2 and best[0][0] + best[1][0] >= WEAK_PAIR:
                return " ".join(t for _w, t in best)
    if practice and len(content) >= PRACTICE_WORDS and sum(content.values()) >= PRACTICE_TOTAL:
        return " ".join(content)           # "how your team tests pricing changes before launch"
    return None


#: a line of one or two lower-case words (a name signed with no sign-off phrase above it)
_SIGNED_NAME: Final = re.compile(r"[ \t]*([a-z]+(?:[ \t]+[a-z]+)?)[ \t]*")
_NONBLANK: Final = re.compile(r"\S")


def name_signed_at(own: str) -> int:
    """Where the writer's name signed alone on the note's last line starts ("... have a nice evening\nramesh",
    a phone's note with no capitals and no sign-off phrase, that the document reads as no signature): one or
    two lower-case words under at least one line of the message. ``len(own) + 1`` when there is none. The
    writer's own name names nothing from the interview. (Read from the end: a few characters, not the text.)"""
    end = len(own.rstrip())   # (in C: the own text ends in blanks where a signature or quote stood)
    k = own.rfind("\n", max(0, end - _SIGNED_REACH), end)
    m = _SIGNED_NAME.fullmatch(own, k + 1, end) if k >= 0 else None
    if m is None or _NONBLANK.search(own, 0, k) is None:
        return len(own) + 1
    return m.start(1)


_SIGNED_REACH: Final = 40  # characters of the last line looked at: a name is short


def _on_a_heading(own: str, pos: int) -> bool:
    """Is ``pos`` on a Markdown heading line ("### Personal Note")? A heading is written in title case: its
    capitals name nothing (a rare word of it still counts by its weight)."""
    from ..document.structure import _MARKDOWN_HEADING

    return _MARKDOWN_HEADING.match(own, own.rfind("\n", 0, pos) + 1) is not None


# what ``_word_reading`` says of a word by itself
_R_SELF: Final = 1          # "my", "myself", "mine": what follows is the writer's own
_R_UPPER: Final = 2         # all capitals ("INSERT", "A")
_R_FILLER: Final = 4        # one letter repeated ("xx"): a place held
_R_FIRST_UPPER: Final = 8   # its first letter a capital
_R_CAPS: Final = 16         # all capitals, more than one character ("KPI"): capital wherever it stands
_R_MONTH_DAY: Final = 32    # a month, a weekday, "I", "thanks"
_R_SAYING: Final = 64       # one of the writer's acts of saying or reactions (``_saying_words``)
_R_ABSTRACT: Final = 128    # an abstract noun wherever it stands (``abstract_nouns``)
_R_VALUE: Final = 256       # a value or a value's weight: abstract or not by its place (``_abstract_at``)


@lru_cache(maxsize=65536)
def _word_reading(text: str, kind: str) -> tuple[str, int, tuple[tuple[str, float], ...]]:
    """What ``_concrete`` reads of a token by its text and kind alone (a pure function of them: remembered
    across drafts, as words recur): its lower case with straight apostrophes, its flags (``_R_*``) and its
    content terms as (key, weight), each weight the higher of the term's and its word's own
    (``_weight_of``), compound terms left out."""
    from ..rules._topics import COMPOUND, _word_terms, stem, weight

    low = text.replace("’", "'").replace("‘", "'").lower()
    word = low.removesuffix("'s")
    values, weights, _heads, _followers = _value_words()
    flags = ((_R_SELF if low in _SELF else 0) | (_R_UPPER if text.isupper() else 0)
             | (_R_FILLER if len(low) >= 2 and low.isalpha() and len(set(low)) == 1 else 0)
             | (_R_FIRST_UPPER if text[:1].isupper() else 0)
             | (_R_CAPS if text.isupper() and len(text) > 1 else 0)
             | (_R_MONTH_DAY if low in _MONTHS_DAYS else 0) | (_R_SAYING if low in _saying_words() else 0)
             | (_R_ABSTRACT if word in _abstract_nouns() else 0)
             | (_R_VALUE if word in values or word in weights else 0))
    terms = []
    if kind == "word" or kind == "number":
        for key, w, s, e in _word_terms(text, kind == "number"):
            if key[0] == COMPOUND:
                continue
            raw = text[s:e].lower().replace("’", "'").removesuffix("'s")
            terms.append((key, max(w, weight(stem(raw)) if raw.isalpha() else 0.0)))
    if kind == "word" and terms and text.islower():
        meant = misspelt_common(text)
        if meant is not None:                          # "oppurtunity": as rare as "opportunity", no rarer
            terms = [(key, min(w, meant)) for key, w in terms]
    return low, flags, tuple(terms)


#: the letters of a misspelt word weighed as its common word's: at most this many edits from it
_MISSPELT_EDITS: Final = 1


@lru_cache(maxsize=65536)
def misspelt_common(word: str) -> float | None:
    """The weight of the common word that a lower-case ``word`` misspells ("oppurtunity" for "opportunity",
    "intrested"), or None: it is unknown to the word list and the speller, and one edit (a transposition
    counts as one) from a word of the speller's common list. A misspelling is as rare as the word meant;
    read by its letters it would weigh as a rare name or jargon and count as a concrete detail. Jargon the
    speller knows ("kubectl", "autofac") and words no common word is near stay as they are."""
    from rapidfuzz.distance import DamerauLevenshtein

    from ..rules._topics import UNKNOWN_WEIGHT, stem, weight
    from ..spelling.engine import load_speller

    if not word.isalpha() or len(word) < 4 or weight(stem(word)) < UNKNOWN_WEIGHT:
        return None
    speller = load_speller()
    if speller.known(word):
        return None
    common = speller.lexicon.common
    for meant in speller.suggest(word, 3):
        if meant in common and DamerauLevenshtein.distance(word, meant) <= _MISSPELT_EDITS:
            return weight(stem(meant))
    return None


def misspelt_among(low: str, meant: frozenset[str]) -> frozenset[str]:
    """The words of the lower-case ``low`` that misspell one of ``meant`` (one edit, a transposition
    counting as one, from a word of six letters or more: "assesment" for "assessment", "excercise",
    "challange"), unknown to the speller; a known word ("projects", "testing") is no misspelling."""
    from rapidfuzz.distance import DamerauLevenshtein

    from ..spelling.engine import load_speller

    long_ = [m for m in meant if len(m) >= _MISSPELT_MIN_KIND and m.isalpha()]
    if not long_:
        return frozenset()
    found = set()
    speller = None
    for word in set(re.findall(r"[a-z]{%d,}" % (_MISSPELT_MIN_KIND - 1), low)) - meant:
        if any(DamerauLevenshtein.distance(word, m, score_cutoff=_MISSPELT_EDITS) <= _MISSPELT_EDITS
               for m in long_):
            speller = speller or load_speller()
            if not speller.known(word):
                found.add(word)
    return frozenset(found)


#: the shortest word whose one-edit misspelling ``misspelt_among`` mends ("task" and "test" are too short:
#: "tusk", "text" are other words)
_MISSPELT_MIN_KIND: Final = 6


def _field_of(lows: Sequence[str], k: int, frames: frozenset[str], nouns: frozenset[str], literal: frozenset[str],
              names: frozenset[str], suffixes: tuple[str, ...]) -> bool:
    """Does the word ``lows[k]`` (the tokens' lower-case words) name a field in a polished frame ("the
    landscape of microfinance", "the fintech space")? After one of ``field_frames`` and "of", or before one
    of ``field_nouns``; before "space", "field" or "world" (``literal_frames``, also places and parts: "the
    mezzanine space", "the postcode field") only a field's name ("-tech", or one of ``field_names``)."""
    if k >= 2 and lows[k - 1] == "of" and lows[k - 2] in frames:
        return True
    if k + 1 >= len(lows) or (after := lows[k + 1]) not in nouns:
        return False
    word = lows[k]
    return after not in literal or word in names or word.endswith(suffixes)


def _field_of_study(readings: Sequence, k: int, j: int) -> bool:
    """Is the capitalised run around ``readings[k]`` (to ``j``; its first word may open the sentence) a field of
    study written with capitals ("Artificial Intelligence applied to financial markets", "your work in
    Computer Vision"): two words or more, the last one of ``study_fields``, none of them rare? A professor's
    or a team's field is on their page: any applicant knows it. "Kestrel Analytics" (a rare word) is a name."""
    a = k
    while a > 0 and readings[a - 1][1] & _R_FIRST_UPPER:
        a -= 1
    if j - a < 2 or readings[j - 1][0] not in _study_fields():
        return False
    return all(r[2] and max(t[1] for t in r[2]) < WEAK_WEIGHT for r in readings[a:j])


@lru_cache(maxsize=1)
def _study_fields() -> frozenset[str]:
    from .sentences import cue_data

    return frozenset(cue_data()["reference"]["study_fields"])


#: a slot in square brackets ("[underling]", "[whatever]"): at most this many characters either side
_SLOT_REACH: Final = 40


def _bracketed(own: str, start: int, end: int) -> bool:
    """Does the word ``[start, end)`` stand inside square brackets on its line ("meeting you and [underling]")?"""
    a = own.rfind("[", max(0, start - _SLOT_REACH), start)
    if a < 0 or any(c in own[a + 1:start] for c in "]\n"):
        return False
    b = own.find("]", end, end + _SLOT_REACH)
    return b >= 0 and not any(c in own[end:b] for c in "[\n")


def _a_channel(tokens: Sequence, k: int, j: int, prev: str, nxt: str) -> bool:
    """Is the capitalised run ``tokens[k:j]`` the means by which the interview was held ("our Google Meet
    call", "over Microsoft Teams"): one of its words a channel, the word after it a call or a meeting or the
    word before it "on", "via", "over"?"""
    channels, nouns, leads = _channel_words()
    if nxt not in nouns and prev not in leads:
        return False
    return any(t.norm.lower() in channels for t in tokens[k:j])


@lru_cache(maxsize=1)
def _channel_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from ..rules._phrases import phrase_data

    data = phrase_data()["moment"]
    return (frozenset(data["channels"].split()), frozenset(data["channel_nouns"].split()),
            frozenset(data["channel_leads"].split()))


def _number_run(tokens: Sequence, k: int, own: str) -> str:
    """The number ``tokens[k]`` with the numbers written next to it, joined only by spaces, brackets,
    dashes, dots or a plus ("(555) 555-5555", "020 7946 0958", "+44 20 7946 0958"): a phone number
    comes in parts."""
    a = b = k
    while a > 0 and tokens[a - 1].kind == "number" and _joins(own[tokens[a - 1].end:tokens[a].start]):
        a -= 1
    while b + 1 < len(tokens) and tokens[b + 1].kind == "number" and _joins(own[tokens[b].end:tokens[b + 1].start]):
        b += 1
    return "".join(t.text for t in tokens[a:b + 1])


def _joins(gap: str) -> bool:
    return 0 < len(gap) <= 3 and all(ch in " ()-.+\u2013" for ch in gap)


def _calendar(tokens: Sequence, k: int, own: str) -> bool:
    """Is the number ``tokens[k]`` a date, a year, a time or a phone number (not a thing discussed)?"""
    text = tokens[k].text
    digits = sum(ch.isdigit() for ch in _number_run(tokens, k, own))
    if digits >= 7 or ":" in text or "/" in text:
        return True                                    # a phone number, a time, a date
    if len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
        return True                                    # a year
    near = {tokens[j].norm.lower().strip(".") for j in (k - 1, k + 1) if 0 <= j < len(tokens)}
    return bool(near & _CALENDAR_WORDS)


_MONTH_NUMBER: Final = {m[:3].lower(): n for n, m in enumerate(MONTHS, 1)}
_MONTH_NAME: Final = (r"(?:" + "|".join(f"{m[:3]}(?:{m[3:]})?" for m in MONTHS) + r")\.?")
_CALENDAR_WORDS: Final = _MONTHS_DAYS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec am pm a.m p.m "
                                                  "o'clock".split())


def _weight_of(text: str, term) -> float:  # type: ignore[no-untyped-def]
    """A term's weight, or its word's own weight when that is higher (paraphrase families merge "rota"
    into the commoner "schedule": the word as written says how rare it is)."""
    from ..rules._topics import stem, weight

    raw = text[term.start:term.end].lower().replace("’", "'").removesuffix("'s")
    own = weight(stem(raw)) if raw.isalpha() else 0.0
    return max(term.weight, own)


def _shouted(tokens: Sequence, k: int) -> bool:
    """Is ``tokens[k]`` in a run of two or more all-capital words of three letters or more?"""
    def caps(i: int) -> bool:
        if not 0 <= i < len(tokens):
            return False
        t = tokens[i].text
        return len(t) >= 3 and t.isalpha() and t.isupper()

    return caps(k) and (caps(k - 1) or caps(k + 1))

"""Organisations the note names as the employer the candidate wants to join (FL203's company check).

``employer_mentions(ctx)`` finds "join Globex", "the analyst role at Globex", "Globex's mission", "I'd
love to bring that energy to Globex", "I applied to Globex"...; ``other_employers(ctx)`` keeps the ones
that are not the interview's company, nor the candidate's own past or present employer, nor a person,
a tool or an event. Read through ``Analysis.employers``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, groupby
from operator import methodcaller
from typing import TYPE_CHECKING, Any, Final, Iterable, Iterator

from ..names import fold
from ..rules._phrases import LazyPattern, _first_chars

if TYPE_CHECKING:
    from ..rule import RuleContext

__all__ = ["CompanyMention", "employer_mentions", "other_employers", "same_company", "sentence_start",
           "OWN_PAST", "organisation_slot", "name_like"]


@dataclass(frozen=True, slots=True)
class CompanyMention:
    """An organisation named as the employer you want, which is not the interview's company."""

    start: int
    end: int
    text: str
    field: str = "body"
    #: what to write instead, when not the company's name (an e-mail domain's name: the interviewer's domain)
    replacement: str = ""


_LEGAL_SUFFIX: Final = frozenset(
    """inc inc. incorporated ltd ltd. limited llc llp plc co co. corp corp. corporation company gmbh ag sa
    s.a. nv bv pte pty oy ab as a/s srl spa kk sarl s.a.r.l. sas sarlau eurl gie sl slu lda ltda
    group holdings the and &""".split()
)
#: the legal forms that make a name an organisation ("Jefferson Corporation", "Globex Ltd")
_LEGAL_FORM: Final = frozenset("""inc incorporated ltd limited llc llp plc co corp corporation company gmbh ag pte pty
    pvt""".split())
_ORG: Final = r"(?P<org>[A-Z][\w'’.&-]{1,30}(?:(?:[ \t]+(?:&|and|of|de|du|der|für|for)[ \t]+|[ \t]+)[A-Z][\w'’.&-]{0,30}){0,4})"
#: (pattern, what must come before it in the sentence or None); patterns start with a literal so that
#: the regular-expression engine can skip ahead fast (the budget is well under a millisecond a draft)
#: the goals of an employer one offers to serve: "contribute to the growth / development of Globex"
_GOAL_NOUNS: Final = ("growth", "success", "mission", "vision", "goals", "development", "expansion", "progress",
                      "advancement", "prosperity", "future")
_BENEFIT: Final = ("useful", "valuable", "beneficial", "helpful", "use to", "use for", "value to", "value for",
                   "benefit to", "benefit for")
#: what a business makes or is known by: "the products of", "the quality of", "the reputation of"
_WORK_NOUNS: Final = ("products", "services", "quality", "projects", "operations", "results", "processes", "brand",
                      "reputation")
#: the people a business serves: "the guests of", "the customers of"
_CLIENT_NOUNS: Final = ("guests", "customers", "clients", "passengers", "travellers", "travelers", "visitors",
                        "patients", "shoppers", "subscribers", "diners", "students", "users")
#: the units of an organisation other than a team, one offers oneself to ("the export desk at Globex")
_UNIT_NOUNS: Final = ("desk", "department", "office", "branch", "division", "unit")
#: the words of a requirement, and the staff it binds ("required for HSE staff at", "mandatory for drivers with")
_REQUIRED: Final = ("required", "mandatory", "compulsory", "needed", "expected", "essential", "prerequisite")
_STAFF_NOUNS: Final = ("staff", "employees", "hires", "officers", "engineers", "workers", "drivers", "nurses",
                       "technicians", "analysts", "candidates", "applicants", "personnel", "roles?", "positions?",
                       "posts?", "everyone", "anyone", "members")
_EMPLOYER_CONTEXTS: Final = (
    # "join Globex", "joining the fraud team at Globex"
    (("join",), LazyPattern(r"[Jj]oin(?:ing)?[ \t]+(?:the[ \t]+|your[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
                r"(?:team|group|company|organi[sz]ation|family|crew|department|practice|firm)[ \t]+(?:at|of)[ \t]+"
                + _ORG), None),
    (("join",), LazyPattern(r"[Jj]oin(?:ing)?[ \t]+(?:with[ \t]+|in[ \t]+)?" + _ORG), None),
    # "the analyst role at Globex", "this opportunity with Globex" (not "my role at Acme")
    (("role", "position", "job", "opportunit", "opening", "post", "vacanc", "internship", "career", "offer",
      "candida"),
     LazyPattern(r"(?:role|position|job|opportunity|opening|post|vacancy|internship|career|offer|candidature|candidacy)"
                r"[ \t]+(?:at|with|in)[ \t]+" + _ORG), "not-mine"),
    # letter phrasing: the post, then what it is, then the employer with its legal form ("the role of the
    # registered nurse in long-term care with Jefferson Corporation", "opportunities at Globex Ltd"); the
    # legal form says it is an organisation even this far from the noun; a letter's hard line breaks
    # (not a blank line) may fall inside
    (("role", "position", "job", "opportunit", "opening", "vacanc", "internship", "career", "offer"),
     LazyPattern(r"(?:role|position|job|opportunit(?:y|ies)|opening|vacancy|internship|career|offer)s?\b"
                 r"(?:[^.!?;:\n]|\n(?![ \t]*\n)){0,80}?\s(?:at|with)(?:[ \t]+|[ \t]*\n[ \t]*)" + _ORG), "far"),
    # "excited about the data team at Globex" (a team elsewhere, said without wanting it, is left alone)
    (("team",), LazyPattern(r"team[ \t]+(?:at|with)[ \t]+" + _ORG), "desire"),
    # "I can contribute to the claims team at Kowloon Mutual Assurance", "to support the risk team of Globex
    # Capital": a unit of the organisation you offer yourself to (not "I liked how the team at ESB Networks ...")
    (("team",), LazyPattern(r"team[ \t]+(?:at|of)[ \t]+" + _ORG), "unit-team"),
    # ... or another unit of it than a team: "to bring real value to the export desk at Kordon Tekstil", "to
    # strengthen the claims department of Globex Mutual", "to support the Lagos branch of Orion Freight"
    (_UNIT_NOUNS, LazyPattern(r"(?:" + "|".join(_UNIT_NOUNS) + r")[ \t]+(?:at|of)[ \t]+" + _ORG), "unit-team"),
    # "to join the Kowloon Mutual team", "joining the Globex family"
    (("join",), LazyPattern(r"[Jj]oin(?:ing)?[ \t]+the[ \t]+" + _ORG + r"[ \t]+(?i:team|family|crew)\b"), "team-of"),
    # "to be part of the team of Aceites La Campiña", "a member of the family of Globex", "to belong to the
    # crew of Globex": the team of an organisation you want to be one of (a Romance-shaped "el equipo de")
    (("team", "family", "crew", "staff"),
     LazyPattern(r"(?:team|family|crew|staff)[ \t]+of[ \t]+" + _ORG), "member-of"),
    # "I would be an asset to the Indus Weaving team", "a great addition to the Kowloon Mutual family": a
    # name of two capitalised words at least ("an asset to the Kafka team" is a team of a technology)
    (("asset", "addition"), LazyPattern(r"(?:asset|addition)[ \t]+(?:to|for)[ \t]+the[ \t]+"
                                        r"(?=[A-Z][\w&'’-]*[ \t]+[A-Z])" + _ORG
                                        + r"[ \t]+(?i:team|family|crew)\b"), "team-of"),
    # a sentence opening on the wish itself: "Working at Globex would be a dream come true" (a modal after the
    # name: "Working at Acme taught me ..." is your past)
    (("working",), LazyPattern(r"Working[ \t]+(?:at|for|with)[ \t]+" + _ORG
                               + r"(?=[ \t]+(?:would|will|could|might|can|shall)\b)"), None),
    # a greeting of another company's team: "Dear Globex team,", "Hello Hooli Hiring Team!" (a team named by a
    # department, "Dear Engineering Team", is left: see _NAMED_UNIT)
    (("dear ", "hello ", "hi ", "hey ", "greetings "),
     LazyPattern(r"(?:[Dd]ear|[Hh]ello|[Hh]i|[Hh]ey|[Gg]reetings)(?:[ \t]+to)?[ \t]+(?:the[ \t]+)?" + _ORG
                 + r"[ \t]+(?i:team|family|crew|panel|committee|board)\b"),
     "greeted-team"),
    # ... or the greeted person put at another company: "Dear Ms. Liang of Globex Marine,", "Hello Dr. Okoro
    # from Globex," (the name, then "of" / "from" / "at" and the organisation ending the greeting's line)
    (("dear ", "hello ", "hi ", "hey ", "greetings "),
     LazyPattern(r"(?:[Dd]ear|[Hh]ello|[Hh]i|[Hh]ey|[Gg]reetings)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,4}?"
                 r"(?:of|from|at)[ \t]+" + _ORG + r"(?=[ \t]*[,:!]?[ \t]*(?:\n|$))"),
     "greeted-of"),
    # "to work at Globex", "working for Globex"
    (("work",), LazyPattern(r"work(?:ing)?[ \t]+(?:at|for)[ \t]+" + _ORG), "to-work"),
    # a future wished at the employer: "to build my career at Globex", "to grow at Globex", "to contribute
    # at Globex" (said with a wish; "my career at Acme" alone is left; not "in": places and fields)
    (("career", "grow", "contribut", "thrive", "journey", "excel", "flourish", "start", "future"),
     LazyPattern(r"(?:career|grow|growing|contribute|contributing|thrive|thriving|excel|excelling|flourish|start|"
                 r"starting|future)[ \t]+"
                 r"(?:at|for)[ \t]+(?:the[ \t]+)?" + _ORG), "future"),
    # "a privilege to grow my career with Saltmarsh Capital" (a career, so not a tool)
    (("career",), LazyPattern(r"career[ \t]+with[ \t]+(?:the[ \t]+)?" + _ORG), "future"),
    # the start you picture there: "I have sketched my first 90 days at Globex", "ready to hit the ground
    # running at Globex" ("During my first year at Acme" is your past: no wish or plan before it)
    (("first",), LazyPattern(r"first[ \t]+(?:(?:\d{1,3}|few|several|two|three|four|six|twelve|thirty|sixty|ninety|hundred)[ \t]+)?"
                             r"(?:days?|weeks?|months?|year|quarter)[ \t]+(?:at|with)[ \t]+(?:the[ \t]+)?" + _ORG),
     "plan"),
    # ... or the first piece of work pictured there: "to make my first commit to ZiwaPay's main branch", "my
    # first pull request at Globex", "to ship my first release for Orion Freight" ("My first commit to Acme's
    # repo was a typo fix" is your past: no wish or plan before it)
    (("first",), LazyPattern(r"first[ \t]+(?:(?:real|official|proper|big|own)[ \t]+)?(?:commits?|pull[ \t]+requests?|"
                             r"PRs?|merge[ \t]+requests?|deploy(?:ment)?s?|releases?|contributions?|tickets?|features?|"
                             r"projects?|sprints?|shifts?|assignments?|tasks?|patch(?:es)?|paycheck|pay[ \t]*cheque|"
                             r"shipment|order|batch|harvest|season)[ \t]+(?:to|at|for|with|in)[ \t]+(?:the[ \t]+)?" + _ORG),
     "plan"),
    # ... or the first day pictured with the people there: "on my first day I will bring mandazi for everyone at
    # Cherangani Dairies", "my first week I'd like to shadow the drivers at Globex" (the writer's plan, said with
    # "will", "would", "plan to" after the day: "on my first day I met everyone at Acme" is a past)
    (("first",), LazyPattern(r"first[ \t]+(?:(?:working|official|full|real)[ \t]+)?(?:day|week|morning|shift|month)\b"
                             r"[^.!?\n]{0,40}?\b(?:I|we)(?:[ \t]+(?:will|would|shall|can|plan[ \t]+to|want[ \t]+to|"
                             r"hope[ \t]+to|am[ \t]+going[ \t]+to)|['’](?:ll|d))\b[^.!?\n]{0,100}?\b(?:everyone|everybody|"
                             r"all|colleagues|co-?workers|staff|people|team|crew|workers|drivers|operators)[ \t]+"
                             r"(?:at|of|from|in)[ \t]+(?:the[ \t]+)?" + _ORG), "first-plan"),
    (("ground running",), LazyPattern(r"ground[ \t]+running[ \t]+(?:at|with|for)[ \t]+(?:the[ \t]+)?" + _ORG), "future"),
    # "keen to grow with Tembo Logistics" ("to grow with Python" is a tool: see _LOOSE_TRIGGERS)
    (("grow",), LazyPattern(r"(?:grow|growing)[ \t]+with[ \t]+(?:the[ \t]+)?" + _ORG), "future"),
    # "in" where a place or a field stands as often ("a career in Nairobi", "to work in Finance"): only a
    # business by its trade noun ("to start my career in Carpathia Pharma", "to work in Daehan Semiconductor")
    (("career", "work"), LazyPattern(r"(?:career|work|working)[ \t]+in[ \t]+(?:the[ \t]+)?" + _ORG), "in-trade"),
    # the application you ask them to weigh: "kindly consider my application to Zuri Insurance"
    (("application",), LazyPattern(r"application[ \t]+(?:to|at|with)[ \t]+(?:the[ \t]+)?" + _ORG), "my-application"),
    # the post named after its employer: "a great fit for the Cobalt Mining internship", "my interest in the
    # Globex analyst role", "to accept a place on the Redwood Capital analyst programme" (a job title, "the
    # Data Analyst role", is frequent words or ends on a role noun)
    (("fit", "interest", "candida", "consider", "appl", "place", "spot", "seat"),
     LazyPattern(r"(?:fit|interest|interested|candidate|candidacy|consideration|considered|considering|apply|"
                 r"applying|application|place|spot|seat)[ \t]+(?:for|in|to|on)[ \t]+the[ \t]+" + _ORG + r"(?=[ \t]+(?:[a-z]+[ \t]+)?"
                 r"(?:role|position|internship|job|vacancy|opening|post|programme|program|traineeship)\b)"),
     "post-of"),
    # "I know I would excel at Globex", "I'd thrive at Globex": a modal right before says it is ahead ("I used
    # to thrive at Acme" is your past: OWN_PAST)
    (("thrive", "excel", "flourish"),
     LazyPattern(r"(?:thrive|excel|flourish)[ \t]+(?:at|with)[ \t]+(?:the[ \t]+)?" + _ORG), "modal"),
    # "to start my journey with Globex" (a journey is always ahead: said with a wish)
    (("journey",), LazyPattern(r"journey[ \t]+with[ \t]+(?:the[ \t]+)?" + _ORG), "future"),
    # the team of another company you hope to hear from or met: "hearing from the Globex team", "meeting the
    # Globex team" (a department, "the Data Platform team", is left: see _NAMED_UNIT)
    # ... or send wishes to: "All the best to the Kingston Mutual crew", "my regards to the Globex team"
    # ... also with the reader before it: "All the best to you and the Kingston Mutual team"
    (("hearing from the", "hear from the", "meeting the", "meet the", "best to", "regards to",
      "greetings to", "wishes to", "love to the", "hello to the"),
     LazyPattern(r"(?:hearing[ \t]+from|hear[ \t]+from|meeting|meet|(?:best|regards|greetings|wishes|love|hello)"
                 r"[ \t]+to(?:[ \t]+you[ \t]+and(?:[ \t]+to)?)?)[ \t]+the[ \t]+" + _ORG + r"[ \t]+(?i:team|family|crew)\b"),
     "team-of"),
    # "meeting everyone at Globex", "thank the people at Globex"
    (("everyone", "everybody", "people", "folks", "team"),
     LazyPattern(r"(?:everyone|everybody|people|folks|team)[ \t]+(?:at|from)[ \t]+" + _ORG), "meeting"),
    # "I'd love to bring that energy to Globex" (said with a wish, so "bring it to Paris" alone is left)
    (("bring",), LazyPattern(r"[Bb]ring(?:ing)?[ \t]+(?:[\w'’-]+[ \t]+){1,6}?to[ \t]+" + _ORG), "desire"),
    # "I applied to Globex because ..." (not "the method I applied to Kafka pipelines": see _EVENT_AFTER)
    (("applied",), LazyPattern(r"applied[ \t]+(?:to|with)[ \t]+" + _ORG), "i-applied"),
    # "interviewing with Globex", "my interview at Globex", "rate my interview experience at Globex" (the
    # interview, its experience, process or day: what the writer went through there, or will review)
    (("interview",), LazyPattern(r"[Ii]nterview(?:ing)?[ \t]+(?:me[ \t]+|(?:experience|process|day|session|journey)"
                                 r"[ \t]+)?(?:at|with)[ \t]+" + _ORG), None),
    # the review of the interview the writer promises: "I'll leave a five-star review for Globex on Glassdoor",
    # "will rate Globex 5 stars" (said ahead, with a wish or a plan: "I read a review of Acme" is another's; an
    # employer's review, stars or a review site in the sentence: "I'll finish the review of React Router" is code's)
    (("review", "rating"), LazyPattern(r"(?:review|rating)[ \t]+(?:of|for|on|about)[ \t]+(?:the[ \t]+)?" + _ORG), "review"),
    (("rate", "rating", "give", "giving"),
     LazyPattern(r"(?:rate|rating|give|giving)[ \t]+(?:the[ \t]+)?" + _ORG + r"(?=[ \t]+(?:\d|one|two|three|four|"
                 r"five|full|all)[ \t-]*(?:out[ \t]+of[ \t]+\d[ \t]+)?stars?\b)"),
     "rate"),
    # "this experience would be useful for Globex and its customers", "could prove valuable to Globex": what
    # you would bring, said of the employer you want (not "useful for Python projects": the name alone)
    (_BENEFIT,
     LazyPattern(r"(?:useful|valuable|beneficial|helpful|use|value|benefit)[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?"
                 + _ORG), "benefit"),
    # "keen to build more tools for the guests of Kizimkazi Dhow Adventures": the customers of the employer
    # you want to serve, said with a wish, of a business named by its trade ("Adventures", "Logistics")
    (_CLIENT_NOUNS, LazyPattern(r"(?:" + "|".join(_CLIENT_NOUNS) + r")[ \t]+of[ \t]+(?:the[ \t]+)?" + _ORG),
     "clients-of"),
    # "I can be a good contribution for the quality of the products of Mbaracayú Soft", "to help improve the
    # services of Globex": the work of the employer the writer offers to better (a contribution of their own,
    # not the reader's: "how your team improved the products of Nike"; not a past deed: "I improved")
    (_WORK_NOUNS, LazyPattern(r"(?:" + "|".join(_WORK_NOUNS) + r")[ \t]+of[ \t]+(?:the[ \t]+)?" + _ORG),
     "work-of"),
    # "I can add real value to Globex's claims team", "add value at Meridian Freight": said of the employer you want
    (("value to", "value at", "value for"), LazyPattern(r"value[ \t]+(?:to|at|for)[ \t]+(?:the[ \t]+)?" + _ORG),
     "add-value"),
    # "to become part of the Globex family", "to be a part of Globex"
    (("part of",), LazyPattern(r"part[ \t]+of[ \t]+(?:the[ \t]+)?" + _ORG), "become-part"),
    # "I'd be a perfect match for Kalahari Re", "I'm a great fit for Globex Bank": the employer itself
    (("fit for", "fit with", "match for", "match with"),
     LazyPattern(r"(?:fit|match)[ \t]+(?:for|with)[ \t]+(?:the[ \t]+)?" + _ORG), "fit"),
    # "excited to be the newest member of Zawadi Foods": a member of an organisation by its own words
    (("member of",), LazyPattern(r"member[ \t]+of[ \t]+(?:the[ \t]+)?" + _ORG), "member-org"),
    # "I am sure I can help Seoul Display grow": the employer whose growth you offer
    (("help",), LazyPattern(r"help(?:ing)?[ \t]+" + _ORG + r"(?=[ \t]+(?:grow|succeed|expand|thrive|scale|win|"
                            r"reach|achieve|become)\b)"), "help-grow"),
    # "I look forward to contributing to Infosys.": the employer itself, the phrase's end ("contribute to
    # Kubernetes upstream" is a project; "to Python." a dictionary word: see _LOOSE_TRIGGERS)
    (("contribut",), LazyPattern(r"contribut(?:e|ing)[ \t]+to[ \t]+" + _ORG), "contribute-org"),
    # the employer's goals you offer to serve, its name before them without a possessive: "proud to contribute
    # to the Timbuktu Growers Alliance mission", "to support the Globex vision" (an everyday name, "the Customer
    # Success mission", is a department's; "the Kafka mission" is nobody's: a name of two words at least)
    (("contribut", "support"),
     LazyPattern(r"(?:contribut(?:e|ing)[ \t]+to|support(?:ing)?)[ \t]+the[ \t]+(?=[A-Z][\w&'’.-]*[ \t]+[A-Z])"
                 + _ORG + r"[ \t]+(?:mission|vision|goals|cause|purpose)\b"), "goal-named"),
    # "I would be proud to represent Globex" (not "I represented Acme at the fair"); "eager to serve Globex"
    (("represent",), LazyPattern(r"represent(?:ing)?[ \t]+" + _ORG), "represent"),
    (("serv",), LazyPattern(r"serv(?:e|ing)[ \t]+" + _ORG), "serve"),
    # your work offered to the employer, a Romance-shaped "à la disposition / au service de": "to put my
    # experience at the service of Globex", "placing my skills at the service of Kalahari Re"
    (("service of",), LazyPattern(r"service[ \t]+of[ \t]+(?:the[ \t]+)?" + _ORG), "service-of"),
    # "a blessing to serve in Mount Zion Hospital", "eager to serve at Globex Bank": an organisation by its own
    # words (a legal form, a trade or an organisation's noun), since places and fields follow "in" as often
    (("serve ", "serving "), LazyPattern(r"serv(?:e|ing)[ \t]+(?:in|at|with)[ \t]+(?:the[ \t]+)?" + _ORG), "serve-in"),
    # the post you see yourself in there: "I see myself growing into a team lead at Kalahari Re", "I hope to
    # become a senior analyst at Globex" ("I became a lead at Acme" is your past)
    (("become", "becoming", "grow into", "growing into", "myself as"),
     LazyPattern(r"(?:become|becoming|grow(?:ing)?[ \t]+into|myself[ \t]+as)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
                 r"(?:[\w-]+[ \t]+){0,3}?(?:at|with)[ \t]+" + _ORG), "future"),
    # one of its staff: "I look forward to being a Brightpath Hotels employee", "to become a Globex intern"
    (("be a", "be an", "being a", "being an", "become a", "become an", "becoming a"),
     LazyPattern(r"(?:be|being|become|becoming)[ \t]+an?[ \t]+" + _ORG + r"(?=[ \t]+(?:[a-z]+[ \t]+)?"
                 r"(?:employee|staffer|intern|trainee|hire|recruit|associate|team[ \t]+member|staff[ \t]+member)\b)"),
     "staff-of"),
    # your effort offered: "I'm ready to give my best for Baobab Telecom", "giving my all to Globex"
    (("give", "giving"),
     LazyPattern(r"giv(?:e|ing)[ \t]+(?:my|our)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:best|all|utmost|everything|energy|"
                 r"skills|talents?|time)[ \t]+(?:to|for|at)[ \t]+(?:the[ \t]+)?" + _ORG), "give-best"),
    # what the employer asks of the post's staff, said as today's rule: "the NEBOSH IGC, which I know is
    # required for HSE staff at Gulf Crest Contracting", "a licence that is mandatory for all drivers with
    # Tembo Logistics" (the employer you apply to; "was required for staff at Acme" is your past)
    (_REQUIRED, LazyPattern(r"(?:" + "|".join(_REQUIRED) + r")[ \t]+(?:for|of|from)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
                            r"(?:" + "|".join(_STAFF_NOUNS) + r")[ \t]+(?:at|with)[ \t]+(?:the[ \t]+)?" + _ORG),
     "requirement"),
    # wordings of other Englishes: "I can be an asset for Globex", "to be associated with Globex",
    # "contribute towards the growth of Globex"
    (("asset",), LazyPattern(r"asset[ \t]+(?:to|for)[ \t]+" + _ORG), "be-a"),
    (("associated",), LazyPattern(r"associated[ \t]+with[ \t]+(?:the[ \t]+)?" + _ORG), "to-be"),
    # ... and the French-shaped "contribute to the development of Globex" (contribuer au développement de)
    (_GOAL_NOUNS,
     LazyPattern(r"(?:growth|success|mission|vision|goals|development|expansion|progress|advancement|prosperity|future)"
                 r"[ \t]+of[ \t]+(?:the[ \t]+)?" + _ORG), "contribute-to"),
)


def _literal_roots(literals: Iterable[str]) -> dict[str, str]:
    """For each literal that begins with another of ``literals``, the shortest such one ("application" ->
    "appl"): every place the longer stands, the shorter does (``_Hits``)."""
    ordered = sorted(set(literals), key=len)
    return {lit: root for i, lit in enumerate(ordered)
            for root in [next((r for r in ordered[:i] if len(r) < len(lit) and lit.startswith(r)), None)]
            if root is not None}


_ROOTS: Final = _literal_roots(lit for triggers, _, _ in _EMPLOYER_CONTEXTS for lit in triggers)
#: the slots (indices in ``_EMPLOYER_CONTEXTS``) each trigger literal starts
_SLOTS_OF: Final = {lit: tuple(k for k, (triggers, _, _) in enumerate(_EMPLOYER_CONTEXTS) if lit in triggers)
                    for triggers, _, _ in _EMPLOYER_CONTEXTS for lit in triggers}
#: the trigger literals that are scanned for (each once; those in ``_ROOTS`` are found from their root)
_TRIGGERS: Final = tuple(dict.fromkeys(lit for triggers, _, _ in _EMPLOYER_CONTEXTS for lit in triggers
                                       if lit not in _ROOTS))


def _alternation(literals: Iterable[str]) -> str:
    """A pattern matching any of ``literals``, their shared beginnings factored out ("a(?:ppl|sset)"): the
    regex engine tries a letter once, not once per literal that starts with it."""
    alts = []
    for head, group in groupby(sorted(set(literals)), key=lambda w: w[:1]):
        rests = [w[1:] for w in group]
        if not head:
            alts.append("")
        else:
            alts.append(re.escape(head) + (_alternation(rests) if len(rests) > 1 else re.escape(rests[0])))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


#: a trigger literal at a word's start, as a lookahead: every offset is tried, none consumed
_TRIGGER_AT_WORD: Final = LazyPattern(r"(?<![a-z])(?=(" + _alternation(_TRIGGERS) + "))")
#: a team named after its organisation or a unit of one: "join the Sales team", "the claims team at Head Office"
#: are departments, so one word of the organisation must be rarer than everyday words (a proper name:
#: "Kowloon" ranks 47,296 in the frequency list, "Globex" not at all; "Payments" 6,538, "Office" 643)
_NAMED_UNIT: Final = frozenset({"unit-team", "team-of", "greeted-team", "member-of"})
_DEPARTMENT_RANK: Final = 20000
#: contexts where a preposition is loose ("a career in Finance", "a role in Data Science"): the organisation
#: must not be made of dictionary words (a department or a field), which leaves some real names out
_LOOSE: Final = frozenset({"in"})
#: contexts as loose whatever the preposition: "eager to serve Brooklyn families", "the growth of Kenya", "to
#: grow my career with Python and Go"
_LOOSE_TRIGGERS: Final = frozenset({("serv",), ("grow",), ("career",), ("contribut",), ("give", "giving"),
                                    ("fit for", "fit with", "match for", "match with"), _GOAL_NOUNS, _BENEFIT,
                                    _WORK_NOUNS})
_ORG_RE: Final = LazyPattern(_ORG)
#: a lower-case noun right after a name, not a verb's -ing form ("Lagos office"; not "Kestrel Freight learning")
_NOUN_AFTER: Final = LazyPattern(r"[ \t]+(?!(?:and|or|as|in|at|by|for|from|on|to|with|is|will|would|again|too|"
                                 r"also|soon|next|this|if|so|while|when|where|because)\b)[a-z]+(?<!ing)\b")
#: "Globex's mission": the noun is found first, the organisation just before it
_POSSESSIVE_NOUN: Final = LazyPattern(
    r"['’]s[ \t]+(?:[a-z]{3,20}[ \t]+)?(?:mission|culture|values|team|growth|future|vision|success|customers|clients|products|approach|"
    r"commitment|work)\b"
)
_ORG_BEFORE: Final = LazyPattern(_ORG + r"$")
_NOT_MINE: Final = r"\b(?:my|our|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,3}$"
#: a wish for the employer ahead ("excited", "keen", "proud to")
_DESIRE: Final = (r"\b(?:excited|thrilled|eager|keen|delighted|love|hope|forward|opportunity|chance|"
                  r"prospect|join|joining|"
                  r"(?:proud|honou?red|privileged)[ \t]+to(?![ \t]+(?:have|say|report|share|announce)\b))\b")
_BEFORE: Final = {
    "not-mine": LazyPattern(_NOT_MINE, re.IGNORECASE),
    "far": LazyPattern(_NOT_MINE, re.IGNORECASE),
    "desire": LazyPattern(_DESIRE, re.IGNORECASE),
    "to-work": LazyPattern(r"\bto[ \t]+(?:be[ \t]+)?$", re.IGNORECASE),
    "add-value": LazyPattern(r"\b(?:add|adding|bring|bringing|contribute|contributing|offer|deliver|create)[ \t]+"
                            r"(?:(?:real|great|significant|immediate|lasting|much|some|a[ \t]+lot[ \t]+of)[ \t]+)?$",
                            re.IGNORECASE),
    # a promise, not a fact: "would be useful for", "will prove valuable to", "can be of real use to" (the
    # nouns only after "of": "would add value to" is add-value's)
    "benefit": LazyPattern(r"\b(?:would|will|could|can|may|might|should|shall)[ \t]+(?:(?:also|surely|certainly|"
                           r"really|truly|definitely)[ \t]+)?(?:be|prove)[ \t]+(?:(?:very|really|highly|particularly|"
                           r"especially|extremely|most|truly|quite)[ \t]+)?(?:of[ \t]+(?:(?:great|real|some|much|"
                           r"particular)[ \t]+)?)?$", re.IGNORECASE),
    "become-part": LazyPattern(r"\b(?:become|becoming|be|being)[ \t]+(?:a[ \t]+)?$", re.IGNORECASE),
    "be-a": LazyPattern(r"\b(?:become|be|being)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE),
    "to-be": LazyPattern(r"\bto[ \t]+(?:be|get|become)[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE),
    # an offer, not a past deed: "I contributed to the development of Orion Freight" is your past employer
    "contribute-to": LazyPattern(r"\b(?:contribut(?:e|es|ing|ions?)|help(?:s|ing)?|support(?:s|ing)?|add(?:s|ing)?|"
                                r"committed|dedicated|devoted|commit(?:ting)?[ \t]+myself)\b[ \t]+"
                                r"(?:[\w-]+[ \t]+){0,2}?"
                                r"(?:to(?:wards?)?[ \t]+)?(?:the[ \t]+)?$", re.IGNORECASE),
    "represent": LazyPattern(r"\b(?:proud|honou?red|honou?r|privilege|excited|thrilled|eager|keen|love|hope|chance|"
                            r"opportunity|dream|blessing|pleasure|joy|ready|willing)\b[^.!?\n]{0,30}$", re.IGNORECASE),
    # "I applied to" opening a clause ("the fix I applied to Kafka" is a relative clause: left alone)
    "i-applied": LazyPattern(r"(?:(?<![\w'’][ \t])|\b(?:and|but|because|since|so|when|why)[ \t]+)\bI(?:[ \t]+have|['’]ve)?"
                            r"[ \t]+(?:originally[ \t]+|first[ \t]+|also[ \t]+)?$"),
    # a verb of offering oneself (not a past tense: "I supported the claims team at Acme" is your past),
    # then "the <unit>" right before "team at": "contribute to the claims team at", "join the risk team of"
    "unit-team": LazyPattern(r"\b(?:contribute|contributing|join|joining|help|helping|support|supporting|strengthen|"
                            r"strengthening|asset|value|part|member|serve|serving|work|working)[ \t]+"
                            r"(?:(?:to|towards|of|in|with|for|on)[ \t]+)?the[ \t]+(?:[\w-]+[ \t]+){1,3}$",
                            re.IGNORECASE),
    # being one of the team: "part of the", "a member of your", "belong to the", "integrate the"
    "member-of": LazyPattern(r"\b(?:(?:part|member|members)[ \t]+of|belong(?:ing)?[ \t]+to|integrat(?:e|ing))[ \t]+"
                            r"(?:the|your)[ \t]+$", re.IGNORECASE),
    # the people of the employer met, thanked, hoped to hear from or sent regards: "hearing from everyone at
    # Orion Biotech", "my regards to the team at Nile Pumps"
    "meeting": LazyPattern(r"\b(?:meeting|meet|met|thank|thanks|grateful|speaking|talking|hearing|hear|regards|"
                           r"greetings|wishes)\b[^.!?\n]{0,20}$",
                          re.IGNORECASE),
}
#: contexts whose organisation must stand alone: followed by punctuation, a possessive, an organisation
#: noun ("the Globex family") or a function word, not by another noun ("Salesforce projects")
#: a future wished for oneself ("I want to build my career at", "I see myself growing at"): the wishes of
#: "desire" and a few more that only go with a career (not "I wish the team at Siemens every success")
_FUTURE_CUES: Final = (r"\b(?:excited|thrilled|eager|keen|delighted|love|hope|forward|opportunity|chance|confident|"
                        r"sure|certain|believe|begin|start|embark|can['’]?t[ \t]+wait|cannot[ \t]+wait|"
                        r"prospect|want|wish|aim|plan|see[ \t]+(?:myself|my|a)|picture|envision|look[ \t]+to|ready|goal|ambition|"
                        r"dream|privilege|honou?r)\b")
_BEFORE["future"] = LazyPattern(_FUTURE_CUES, re.IGNORECASE)
#: the start there planned: the wishes of "future" or a plan drawn ("I have sketched my first 90 days at")
_BEFORE["plan"] = LazyPattern(_FUTURE_CUES[:-len(r")\b")] + r"|sketch(?:ed)?|outlined?|drafted|mapped|"
                              r"planned|would|will|['’]d|['’]ll)\b", re.IGNORECASE)
#: the writer's own offer to better the employer's work, said in the present or ahead ("I can be a good
#: contribution for", "I would help improve"; no reader or other party in between: "I loved how your team
#: improved"; no past tense: "I improved", "my work helped")
_OFFER_TO_BETTER: Final = (r"\b(?:I|I['’]d|I['’]ll|I['’]m|me|my)\b(?:(?!\b(?:you|your|they|their|he|she|his|her|we|"
                           r"our|was|were|had)\b)[^.!?\n]){0,80}?\b(?:contribut(?:e|es|ing|ions?)|help(?:s|ing)?|"
                           r"improv(?:e|es|ing)|strengthen(?:s|ing)?|enhanc(?:e|es|ing)|rais(?:e|es|ing)|"
                           r"ensur(?:e|es|ing)|support(?:s|ing)?|add(?:s|ing)?|useful|valuable|asset|benefit)\b"
                           r"(?:(?!\b(?:was|were|had)\b)[^.!?\n]){0,60}$")
_BEFORE["work-of"] = LazyPattern(_OFFER_TO_BETTER, re.IGNORECASE)
#: the clients of the employer served with a wish ("keen to build tools for the guests of") or bettered by the
#: writer's offer ("a good contribution for the clients of Globex")
_BEFORE["clients-of"] = LazyPattern(_DESIRE + r"|" + _OFFER_TO_BETTER, re.IGNORECASE)
#: the stars given ahead ("I will rate Globex five stars"): planned, as "plan", but the stars' number follows the name
_BEFORE["rate"] = _BEFORE["review"] = _BEFORE["plan"]
#: what makes a review one of an employer: its stars or the site it goes on ("a five-star review", "on Glassdoor")
_EMPLOYER_REVIEW: Final = LazyPattern(r"\b(?:stars?|star[ \t-]*rating|glassdoor|indeed|ambitionbox|comparably|"
                                      r"kununu|jobstreet|google[ \t]+reviews?|linkedin)\b", re.IGNORECASE)
_BEFORE["in-trade"] = _BEFORE["future"]
_BEFORE["contribute-org"] = _BEFORE["future"]
_BEFORE["my-application"] = LazyPattern(r"\b(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE)
_BEFORE["modal"] = LazyPattern(r"\b(?:would|will|could|can|might|to|['’]d|['’]ll)[ \t]+(?:(?:really|truly|surely|"
                               r"certainly|definitely)[ \t]+)?$", re.IGNORECASE)
_BEFORE["help-grow"] = _BEFORE["modal"]
_BEFORE["serve"] = _BEFORE["serve-in"] = _BEFORE["represent"]
#: an offer, not a past post: "to put / placing / I would place my skills" (not "I was at the service of Acme")
_BEFORE["service-of"] = LazyPattern(r"\b(?:put|putting|place|placing|offer|offering|be|being)\b[^.!?\n]{0,80}"
                                    r"\b(?:at|to)[ \t]+the[ \t]+$",
                                    re.IGNORECASE)
#: slots whose wish may be a noun ("an honour to serve", "a blessing to represent", "a privilege to grow my
#: career with"): said in the past tense ("It was an honour to serve at ...", "I was proud to represent
#: ...", "It was a privilege to build my career at ...") they tell your past
_WISH_NOUN_SLOTS: Final = frozenset({"represent", "serve", "serve-in", "future", "plan"})
_WAS_BEFORE: Final = LazyPattern(r"\b(?:was|were|had[ \t]+been)\b", re.IGNORECASE)
_BEFORE["staff-of"] = _BEFORE["member-org"] = _BEFORE["future"]
#: a rule in force: "is required for", "are mandatory for", "which is also expected of" (not "was required")
_BEFORE["requirement"] = LazyPattern(r"(?:\b(?:is|are|be|remains?)|['’]s)[ \t]+(?:(?:also|now|always|still|usually|"
                                     r"strictly|typically|often|generally)[ \t]+)?$", re.IGNORECASE)
#: "I'd be a perfect match for", "I am a great fit for" (not "I was a good fit for Acme": your past)
_BEFORE["fit"] = LazyPattern(r"(?:\b(?:would|will|could|am|be)|['’](?:d|m|ll))\b[^.!?\n]{0,25}$", re.IGNORECASE)  # "I can help Seoul Display grow", "I'd love to help"; not "I helped"
_ORG_ALONE: Final = frozenset({"requirement", "fit", "give-best", "work-of", "modal", "add-value", "become-part", "represent", "be-a", "to-be", "contribute-to", "serve",
                               "service-of", "future", "benefit", "contribute-org"})
#: the wordings of other Englishes are looser still: the organisation ends the phrase ("an asset for
#: Globex.", "to serve Globex with"), not "an asset for Python-heavy teams" or "serve ACME's customers"
_ORG_END: Final = frozenset({"be-a", "to-be", "contribute-to", "serve", "service-of", "benefit", "contribute-org"})
_ORG_FOLLOW_END: Final = LazyPattern(
    r"[ \t]*(?:[.,;:!?)—–]|$)|[ \t]+(?:and|or|as|in|at|by|for|from|on|to|with|through|over|into|again|someday|soon|"
    r"too|also|while|when|where|because|if|so|is|will|would)\b",
    re.MULTILINE,
)
_ORG_FOLLOW: Final = LazyPattern(
    r"['’]s\b|(?<=s)['’](?=[ \t])|[ \t]*(?:[.,;:!?)—–]|$)|[ \t]+(?:and|or|as|in|at|by|for|from|on|to|with|through|over|into|team|teams|"
    r"family|group|community|crew|one|again|someday|soon|too|also|going|moving|and|while|when|where|because|next|"
    r"this|if|so|is|will|would)\b",
    re.MULTILINE,
)
OWN_PAST: Final = LazyPattern(
    r"\b(?:my[ \t]+(?:current|previous|last|former|old|prior)|i[ \t]+(?:was|worked|work|used[ \t]+to|spent|led|built|"
    r"ran|managed|joined|interned|held|have[ \t]+been|had)|i['’](?:ve|d)[ \t]+been|i['’]m[ \t]+(?:at|with)|previously|formerly|currently|while[ \t]+at|when[ \t]+at|"
    r"during[ \t]+my|in[ \t]+my[ \t]+time|back[ \t]+at|we[ \t]+at|our[ \t]+team)\b",
    re.IGNORECASE,
)

#: the writer's own experience right before the organisation, no post in between: "my 3 years of experience as
#: Manager of Accounting with Super Company", "my experience running audits at Brookfield", "10 years as a
#: controller with Halvorsen Ltd" (not "my experience ... the position with Halvorsen Ltd": the post decides;
#: not "my interview experience at Globex", "my candidate experience with Globex": the hiring gone through)
_OWN_EXPERIENCE: Final = LazyPattern(
    r"(?:\bmy[ \t]+(?:(?!(?:interview|interviewing|candidate|application|hiring|onboarding)\b)[\w-]+[ \t]+){0,3}?"
    r"(?:years?|experience|tenure|stint|time)|\byears?[ \t]+of[ \t]+(?:[\w-]+[ \t]+)?"
    r"experience|\b\d+\+?[ \t]+years?)\b"
    r"(?:(?!\b(?:role|position|job|post|opportunit|opening|vacanc|internship|offer)|[.!?;\n]).){0,80}?"
    r"[ \t](?:at|with)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)


_EVENT_AFTER: Final = LazyPattern(
    r"[ \t]+(?:call|calls|meeting|meetings|chat|session|sessions|conference|summit|webinar|event|events|channel|"
    r"workspace|community|meetup|hackathon|course|program|programme|bootcamp|certification|project|"
    r"platform|pipeline|migration|cluster|codebase|repo|repository|library|framework|api|sdk)\b",
    re.IGNORECASE,
)


#: words that many organisations' names share ("Harbourlight Children's Trust", "St. Brigid's Hospice
#: Foundation"): a match on one of them alone does not make two names the same organisation
_ORG_GENERIC: Final = frozenset(
    """trust foundation fund charity hospice hospital hospitals clinic health healthcare care medical university
    college school schools academy institute centre center society association council city county state
    collective cooperative alliance
    national international global services service solutions systems technologies technology partners
    capital energy bank financial group consulting industries labs studio studios museum library church
    department authority agency children st st. saint of for de du la le""".split()
)


def _org_tokens(name: str) -> list[str]:
    name = re.sub(r"['’]s\b", "", name)  # "Children's" is "Children", not "children" + "s"
    return [t for t in (fold(x) for x in re.findall(r"[^\W_]+(?:\.[^\W_]+)*\.?", name))
            if t and t not in _LEGAL_SUFFIX]


#: a shared word this rare (its weight in the packaged frequency list) names the organisation by itself: a
#: coined or proper name ("Initech" 6.5, "Kestrel" 5.6, "Nile" 5.1), not a trade or an ordinary word that
#: many names share ("Contracting" 3.2, "Foods" 2.7, "Logistics" 4.6, "Crest" 4.5)
_RARE_ORG_WORD: Final = 5.0
#: or ordinary shared words that together tell as much ("Credit Union" 6.7 does not)
_RARE_ORG_WORDS: Final = 7.0


def _rare(words: set[str]) -> bool:
    from ..rules._topics import stem, weight

    weights = [weight(stem(w)) if w.isalpha() else _RARE_ORG_WORD for w in words]
    return max(weights) >= _RARE_ORG_WORD or sum(weights) >= _RARE_ORG_WORDS


def _other_heads(a: list[str], b: list[str], shared: set[str]) -> bool:
    """Do two names that share a word open on two other rare names of their own ("Kizimkazi Dhow Adventures"
    and "Mwambao Dhow Tours": two businesses of one trade, their shared word that trade's)?"""
    heads = {a[0], b[0]}
    return len(heads) == 2 and not heads & (shared | _ORG_GENERIC) and all(_rare({h}) for h in heads)


def same_company(mentioned: str, company: str, domains: Iterable[str] = ()) -> bool:
    """Is ``mentioned`` the interview's company ("Initech Inc." vs "Initech", "KH" vs "Kingsmere Hotels")?"""
    from rapidfuzz import fuzz

    a = _org_tokens(mentioned)
    b = _org_tokens(company)
    if not a or not b:
        return True
    shared = set(a) & set(b)
    telling = shared - _ORG_GENERIC
    if telling and (set(a) - _ORG_GENERIC <= telling or set(b) - _ORG_GENERIC <= telling
                    or (_rare(telling) and not _other_heads(a, b, shared))):
        return True  # "Kingsmere" of Kingsmere Hotels, "Harbourlight Trust" of Harbourlight Children's Trust
    if len(telling) >= 2 and a[:2] == b[:2]:
        return True  # the same two leading words, another trade word after them: "Green Valley Farms" / "Foods"
    if shared and (not set(a) - _ORG_GENERIC or not set(b) - _ORG_GENERIC):
        return True  # "the Trust", "the Foundation": nothing else to tell them apart
    ja, jb = "".join(a), "".join(b)
    if ja in jb or jb in ja:
        return True
    if fuzz.ratio(ja, jb) >= 85 or fuzz.token_set_ratio(" ".join(a), " ".join(b)) >= 85:
        return True
    initials = "".join(t[0] for t in b)
    if len(ja) >= 2 and ja == initials:
        return True
    for d in domains:
        label = fold(d.split(".")[0]).replace("-", "")
        if label and (ja in label or (len(label) >= 4 and label in ja)):
            return True
    return False




def employer_mentions(ctx: RuleContext, own: str) -> Iterable[tuple[str, int]]:
    """(organisation, offset) for every organisation named as the employer you want to join."""
    low = ctx.analysis.lower
    hits = _literal_hits(own, low)
    for k in _slots_triggered(hits):
        triggers, rx, before = _EMPLOYER_CONTEXTS[k]
        present = [hits[lit] for lit in triggers if lit in hits]
        for pos in present[0] if len(present) == 1 else sorted(set().union(*present)):
            m = rx.match(own, pos)
            if m is None or (m.start() > 0 and own[m.start() - 1].isalpha()):
                continue  # inside a word ("rejoin", "teamwork")
            if before == "to-work" and m.group(0).lower().startswith("working"):
                pass
            elif before in ("team-of", "greeted-team", "greeted-of", "post-of", "give-best", "goal-named", "first-plan"):
                pass
            elif before is not None:
                mine = before in ("not-mine", "far")
                lo = sentence_start(ctx, m.start(), 60 if mine else 80)
                found = _BEFORE[before].search(own, lo, m.start())
                if mine == (found is not None):
                    continue
                if before in _WISH_NOUN_SLOTS and _WAS_BEFORE.search(own, lo, m.start()):
                    continue  # "It was an honour to serve at Kenyatta Hospital": your past, not a wish
            org = _trim_org(m.group("org"))
            at = m.start("org")
            if org.startswith("Team ") and len(org.split()) > 1:
                org, at = org[5:], at + 5          # "joining Team Globex": the organisation is "Globex"
            if before == "far" and (len(org.split()) < 2 or org.split()[-1].lower().rstrip(".") not in _LEGAL_FORM):
                continue  # far from its noun, only a name with its legal form is surely an organisation
            follow = _ORG_FOLLOW_END if before in _ORG_END else _ORG_FOLLOW
            if before in _ORG_ALONE and not follow.match(own, m.start("org") + len(org)):
                continue  # "value to Salesforce projects": a name used as a modifier, not an employer
            if before == "greeted-team":
                words = org.split()
                while len(words) > 1 and words[-1].lower() in _TEAM_KINDS:
                    words.pop()  # "Hello Hooli Hiring Team": the organisation is "Hooli"
                org = " ".join(words)
                if org.isupper():
                    continue  # "Hi SWIT team,", "Dear ICT team": a department's abbreviation, as often as a company
            if before == "greeted-of" and (_frequent_words(ctx, org) or _role_word(org)) \
                    and not _organisation_by_name(org):
                continue  # "Dear Director of Operations,", "Dear Head of Talent Acquisition,": a post, no employer
            if before in ("serve-in", "member-org") and not _organisation_by_name(org):
                continue  # "to serve in Kenya", "serve at Mass": a place or an occasion
            if before == "requirement" and _dictionary_words(ctx, org) and not _organisation_by_name(org):
                continue  # "required for staff at Head Office", "at Doha": a place, not an employer by its name
            if before == "in-trade" and not (_trade_name(org) or org.split()[-1].lower().rstrip(".") in _LEGAL_FORM):
                continue  # "a career in Nairobi", "to work in Finance": a place or a field
            if (m.group(0)[:5].lower() == "excel" and not _organisation_by_name(org)
                    and (_dictionary_words(ctx, org) or any(w.isupper() and len(w) > 1 for w in org.split()))):
                continue  # "I hope to excel at SQL and Python": a skill, not an employer
            if before == "first-plan" and (_frequent_words(ctx, org) or len(org.split()) == 1
                                           and _dictionary_words(ctx, org)) and not _organisation_by_name(org):
                continue  # "everyone at Head Office", "the people in Kitale": a unit or a place, no employer
            if before == "review" and (_NOUN_AFTER.match(own, m.start("org") + len(org)) or not _EMPLOYER_REVIEW.search(
                    own, sentence_start(ctx, m.start(), 200), _sentence_end(ctx, m.end(), 200))):
                continue  # "the review of React Router", "a review of Globex software": no employer's review
            if before == "plan" and _NOUN_AFTER.match(own, m.start("org") + len(org)):
                continue  # "my first week at Lagos office": a place naming an office, not the organisation
            if before == "help-grow" and len(org.split()) == 1 and _dictionary_words(ctx, org):
                continue  # "help Kenya grow": a country or a city
            if before == "post-of" and (_frequent_words(ctx, org) or _role_word(org) or org.isupper()
                                        or any(ch.isdigit() for ch in org)):
                continue  # "a great fit for the Data Analyst role", "the SDE-1 position": the post's title or grade
            if before == "clients-of" and not _trade_name(org):
                continue  # "the customers of Kenya", "the guests of Maria": a business says so by its trade
            if before == "unit-team" and len(org.split()) < 2:
                continue  # "the claims team at Kowloon": perhaps a place; a named organisation has two words
            if before == "member-of" and ctx.analysis.names.data.is_given_name(org.split()[0]):
                continue  # "part of the team of Maria Lopez": a person's team, not an organisation
            if (before in _NAMED_UNIT or before == "goal-named") and _frequent_words(ctx, org):
                continue  # "join the Data Science team", "the claims team at Head Office": a department
            loose = triggers in _LOOSE_TRIGGERS or (before != "serve-in"  # (its organisation says so by name)
                                                    and _preposition_before(own, m.start("org")) in _LOOSE)
            if loose and _dictionary_words(ctx, org) and not _trade_name(org):
                continue  # "a career in Finance": a field or a department, not a company
            yield org, at
    for pos in _hits(low, ("'s", "’s")):
        m = _POSSESSIVE_NOUN.match(own, pos)
        if m is None:
            continue
        lo = max(0, m.start() - 100)
        om = _ORG_BEFORE.search(own[lo:m.start()])
        if om is None:
            continue
        org = _ABBREV_STOP.split(om.group("org"))[-1]
        start = lo + om.end() - len(org)
        yield _trim_org(org), start
    for pos in _hits(low, _WHERE_I_BELONG):
        m = _WHERE_I_WANT.match(own, pos)
        om = _ORG_BEFORE.search(own[max(0, pos - 100):pos]) if m is not None else None
        if om is not None and _organisation_by_name(_trim_org(om.group("org"))):
            org = _ABBREV_STOP.split(om.group("org"))[-1]
            yield _trim_org(org), pos - len(org)
    for pos in _hits(low, _FOR_ME):
        om = _PLACE_FOR_ME.search(own, max(0, pos - 160), pos)
        if om is not None and _organisation_by_name(_trim_org(om.group("org"))):
            org = _ABBREV_STOP.split(om.group("org"))[-1]
            yield _trim_org(org), om.end("org") - len(org)
    yield from _lowercase_employers(ctx, own)
    yield from _wish_clause_employers(ctx, own)
    yield from _wished_team_employers(ctx, own)
    yield from _attributive_post_employers(ctx, own)


#: a closing wish that puts the reader in an organisation's team: "wishing you and the whole Nashik Valley
#: Vintners team a good season", "I wish you and your Globex colleagues well", "best wishes to you and the entire
#: Orion Freight family" (the name in capitals or, in a note written all in lower case, in lower case)
_WISHED_TEAM: Final = LazyPattern(
    r"\b(?i:wish(?:es|ing)?|best|regards|greetings|love|luck)[ \t]+(?:(?i:to)[ \t]+)?(?i:you)[ \t]+(?i:and|&)[ \t]+"
    r"(?:(?i:to)[ \t]+)?(?i:the|your|all[ \t]+the|all[ \t]+your)[ \t]+(?:(?i:whole|entire|rest[ \t]+of[ \t]+the|"
    r"wonderful|amazing|great|lovely)[ \t]+)?(?:" + _ORG + r"|(?P<low>[a-z][\w&'’-]*(?:[ \t]+[a-z][\w&'’-]*){0,3}?))"
    r"[ \t]+(?i:team|family|crew|colleagues|staff|people)\b")


def _wished_team_employers(ctx: RuleContext, own: str) -> Iterable[tuple[str, int]]:
    """The organisation of the team a closing wish puts the reader in ("wishing you and the whole Globex team")."""
    low = ctx.analysis.lower
    if "you and" not in low and "you &" not in low:
        return
    for m in _WISHED_TEAM.finditer(own):
        if m.group("org"):
            org = _trim_org(m.group("org"))
            if org and not _frequent_words(ctx, org) and not org.isupper():
                yield org, m.start("org")  # (not "the whole Sales team", "the QA team": a department)
            continue
        words = m.group("low").split()
        # a name written in lower case: its first word no everyday word ("nashik valley vintners"; not "the
        # whole sales team", "the qc team")
        if len(words) >= 2 and name_like(ctx, words[0]) and not _frequent_words(ctx, " ".join(words)):
            yield m.group("low"), m.start("low")


#: an organisation's name before the post's title, naming it as the post's employer: "the Dibeen Foods Quality
#: Supervisor role", "my interest in the Orion Freight Data Analyst position" (the title alone, "the Quality
#: Supervisor role", names no employer)
_ATTRIBUTIVE_POST: Final = LazyPattern(
    r"\b[Tt]he[ \t]+(?P<all>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){1,7})[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:role|position|post|job|vacancy|opening|internship|traineeship)\b")


def _attributive_post_employers(ctx: RuleContext, own: str) -> Iterable[tuple[str, int]]:
    """The organisation named before the post's title ("the Dibeen Foods Quality Supervisor role"): the
    title's words come off the end (the interview's role's words, a post's head and the everyday words
    before it), and what is left must say it is an organisation (a legal form, a trade, an organisation's
    word) or be two words or more that are not everyday words."""
    low = ctx.analysis.lower
    if not any(w in low for w in (" role", " position", " post", " job", " vacanc", " opening", " intern",
                                  " trainee")):
        return
    from .roles import _HEADS

    role_words = {fold(w) for w in re.findall(r"[^\W_]+", (ctx.interview.role or "") if ctx.interview else "")}
    for m in _ATTRIBUTIVE_POST.finditer(own):
        words = m.group("all").split()
        if not any(w.lower() in _HEADS or fold(w) in role_words for w in words[1:]):
            continue  # no post's title at its end: "the Globex Data role" is left to the other slots
        while words and (fold(words[-1]) in role_words or words[-1].lower() in _HEADS
                         or words[-1].lower() in _TITLE_WORDS):
            words.pop()
        while len(words) > 1 and _frequent_words(ctx, words[-1]) and words[-1].lower() not in _trade_nouns() \
                and words[-1].lower().rstrip(".") not in _LEGAL_FORM and words[-1].lower() not in _ORG_NOUNS:
            words.pop()  # "Quality" of "Dibeen Foods Quality Supervisor": the post's field
        org = " ".join(words)
        if not org or _role_word(org):
            continue
        if _organisation_by_name(org) or (len(words) >= 2 and not _frequent_words(ctx, org)):
            yield org, m.start("all")


#: the words of a post's title that are no head ("Senior", "Junior", "Trainee")
_TITLE_WORDS: Final = frozenset("senior junior trainee graduate chief deputy assistant associate staff".split())


@dataclass(frozen=True, slots=True)
class _PraiseWords:
    """The vocabulary of praise and of the reader's place (``cues.toml`` [employer], compiled once)."""

    #: the first word of each phrase, lower case: the pattern is tried only where one starts a word
    leads: tuple[str, ...]
    #: a phrase of praise, then the organisation: "admired the way Benguet Bean Collective"
    praise: re.Pattern[str]
    #: the phrases said of places and tools as well ("I love Lagos"), lower case
    loose: frozenset[str]
    #: the reader's team or company at an organisation: "your team at Kestrel Freight", "you guys at Kestrel"
    reader: re.Pattern[str]
    #: the first words of ``reader``, lower case
    reader_leads: tuple[str, ...]
    #: the reader's units that are a place as well ("your office at"), lower case
    reader_places: frozenset[str]
    #: the last words of a place's name ("Kilimani Road", "Westlands Towers"), lower case
    place_ends: frozenset[str]


@lru_cache(maxsize=1)
def _praise_words() -> _PraiseWords:
    from .sentences import cue_data

    data = cue_data()["employer"]
    words = [*data["praise_words"], *data["praise_loose"]]
    return _PraiseWords(
        leads=tuple(sorted({w.split()[0].lower() for w in words})),
        praise=re.compile(r"(?i:" + _words_alternation(words) + r")[ \t]+(?:(?i:the[ \t]+way|how|what)[ \t]+)?"
                          r"(?:the[ \t]+)?" + _ORG),
        loose=frozenset(w.lower() for w in data["praise_loose"]),
        reader=re.compile(r"(?:(?i:your)[ \t]+(?:[\w-]+[ \t]+)?(?P<unit>(?i:" + _words_alternation(data["reader_units"])
                          + r"))|(?i:" + _words_alternation(data["reader_plural_you"]) + r"))[ \t]+(?i:at|from)[ \t]+"
                          r"(?:the[ \t]+)?" + _ORG),
        reader_leads=tuple(sorted({"your", *(w.split()[0].lower().replace("'", q) for w in data["reader_plural_you"]
                                             for q in "'’")})),
        reader_places=frozenset(w.lower() for w in data["reader_places"]),
        place_ends=frozenset(w.lower() for w in data["reader_place_ends"]),
    )


def _at_words(own: str, low: str, leads: Iterable[str], rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``rx`` matched where one of ``leads`` (lower case) starts a word of ``own``: found by ``str.find`` in
    the lower-cased copy (a scan of the pattern at every offset cost ~0.3 ms a draft); when lower-casing moved
    the offsets, the pattern is searched through ``own`` itself."""
    if len(low) != len(own):
        for m in rx.finditer(own):
            if m.start() == 0 or not (own[m.start() - 1].isalnum() or own[m.start() - 1] in "'’-_"):
                yield m
        return
    for pos in _hits(low, tuple(leads)):
        if pos and (own[pos - 1].isalnum() or own[pos - 1] in "'’-_"):
            continue  # inside a word: "beloved", "unimpressed"
        hit = rx.match(own, pos)
        if hit is not None:
            yield hit


#: the writer, a few words at most before the praise: "I've always admired", "I was impressed by", "we have long
#: followed", "I am a big fan of" (not "My manager admired")
_WRITER_BEFORE: Final = LazyPattern(r"\b(?:I|we)(?:['’](?:ve|d|m|re))?(?:[ \t]+[\w'’-]+){0,4}[ \t]+$", re.IGNORECASE)


#: praise denied: "I am not a fan of", "I never admired", "I don't love"
_NOT_BEFORE: Final = LazyPattern(r"\b(?:not|never|n['’]t)[ \t]+(?:really[ \t]+|much[ \t]+)?$", re.IGNORECASE)


def praised_employers(ctx: RuleContext, own: str) -> Iterator[tuple[str, int, int]]:
    """(organisation, offset, where its clause's own words begin) for each organisation the writer praises or
    places the reader at: "I've always admired the way Benguet Bean Collective works", "I have long followed
    Globex", "I am a big fan of Kestrel Freight", "your team at Kestrel Freight". In a thank-you note the
    organisation praised is the one the note is for; the reader's is the interview's company: another one
    there was left from another application. Praise said of a place or a tool as well ("I love Lagos", "I
    was impressed by Kubernetes Operators") takes an organisation by its own words ("Kestrel Freight"); other
    praise takes a name standing alone (a possessive, a mark or a function word after it, not a verb: "the
    way Maria Lopez explained") that is neither dictionary words ("Python") nor a person's (a given name
    first). ``other_employers`` then drops the interview's company, people, topics and past employers."""
    low = ctx.analysis.lower
    words = _praise_words()
    data = ctx.analysis.names.data
    for m in _at_words(own, low, words.leads, words.praise):
        org = _trim_org(m.group("org"))
        lo = sentence_start(ctx, m.start(), 80)
        if not org or _WRITER_BEFORE.search(own, lo, m.start()) is None:
            continue  # "My manager admired Globex": not the writer's praise
        if _NOT_BEFORE.search(own, max(lo, m.start() - 12), m.start()) or (org.isupper() and " " not in org):
            continue  # "I am not a fan of TDD": no praise; one capitalised abbreviation names a method as often
        phrase = own[m.start():m.start("org")].lower().split()
        if _organisation_by_name(org):
            yield org, m.start("org"), m.start()
        elif not any(" ".join(phrase[:k]) in words.loose for k in range(1, len(phrase) + 1)) \
                and _ORG_FOLLOW.match(own, m.start("org") + len(org)) \
                and not _dictionary_words(ctx, org) and not data.is_given_name(org.split()[0]):
            yield org, m.start("org"), m.start()
    for m in _at_words(own, low, words.reader_leads, words.reader):
        org = _trim_org(m.group("org"))
        if org and m.group("unit") and m.group("unit").lower() in words.reader_places and (
                len(org.split()) < 2 or org.split()[-1].lower() in words.place_ends):
            continue  # "your office at Westlands", "your HQ at Kilimani Road": a place
        if org and (_organisation_by_name(org) or (not _dictionary_words(ctx, org)
                                                   and not data.is_given_name(org.split()[0]))):
            yield org, m.start("org"), m.start()  # not "your team at Head Office", "your colleagues at Maria's"


@dataclass(frozen=True, slots=True)
class _WishWords:
    """The vocabulary of the wish clause (``cues.toml`` [employer], compiled once)."""

    wish: re.Pattern[str]
    #: ``wish`` for an ASCII text's lower-cased copy: the same words in lower case, matched case-sensitively
    #: and looked for from their first letters only (an ASCII text lower-cased keeps every offset and every
    #: word boundary; a case-blind scan of ``wish`` cost ~10 us a sentence, this one about a third of it)
    wish_lower: re.Pattern[str]
    me: re.Pattern[str]
    preposition: re.Pattern[str]
    noun_after: re.Pattern[str]
    not_employer: re.Pattern[str]
    past: re.Pattern[str]
    breaks: tuple[str, ...]
    org: re.Pattern[str]
    #: the first word of each wish word, lower case (both apostrophes): a sentence that holds none of them
    #: holds no wish word either
    leads: tuple[str, ...]


def _words_alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w).replace("'", "['’]").replace(r"\ ", r"[ \t]+") for w in words),
                           key=len, reverse=True))


@lru_cache(maxsize=1)
def _wish_words() -> _WishWords:
    from .sentences import cue_data

    data = cue_data()["employer"]
    # a word of a wish after a word's start, or glued on after a letter ("I'd", "we'll"); spelt without the
    # look-around before every position that "(?:(?<=\w)|\b)(?:...)" tried (~20 us a sentence): a word
    # that starts with a letter is at a word's start or after a letter wherever it matches, so the two find
    # a match in the same sentences, and the first letters now pick the places to try
    words = data["wish_words"]
    glued = [w for w in words if not re.match(r"\w", w)]
    wish = _words_alternation([w for w in words if w not in glued])
    lower = _words_alternation([w.lower() for w in words if w not in glued])
    if glued:
        wish += r"|(?<=\w)(?:" + _words_alternation(glued) + ")"
        lower += r"|(?<=\w)(?:" + _words_alternation([w.lower() for w in glued]) + ")"
    lower = r"(?:" + lower + r")\b"
    firsts = _first_chars(lower)
    lead = "(?=[" + "".join(map(re.escape, sorted(firsts))) + "])" if firsts else ""
    case_blind = re.compile(r"(?:" + wish + r")\b", re.IGNORECASE)
    return _WishWords(
        wish=case_blind,
        # (a word outside ASCII needs the case-blind match even in lower case: "ſ" matches "s" only so)
        wish_lower=re.compile(lead + lower) if all(w.isascii() for w in words) else case_blind,
        me=re.compile(r"\b(?:I|me|my|myself)\b"),
        preposition=re.compile(r"\b(?:" + _words_alternation(data["wish_prepositions"])
                               + r")[ \t]+(?:the[ \t]+)?$", re.IGNORECASE),
        not_employer=re.compile(r"\b(?:" + _words_alternation(data["wish_not_employer"]) + r")\b", re.IGNORECASE),
        noun_after=re.compile(r"[ \t]+(?:" + _words_alternation(data["wish_nouns_after"]) + r")\b"),
        past=re.compile(r"\b(?:I|we)[ \t]+(?:\w+ly[ \t]+)?(?:\w+ed|" + _words_alternation(data["past_verbs"])
                        + r")\b|\bfor[ \t]+(?:\w+[ \t]+)?(?:years|months)\b"),
        breaks=tuple(data["clause_breaks"]),
        # two capitalised words at least: the one-word names a sentence is full of ("I", "Thank", "Dana") are
        # never matched, so never trimmed and weighed (~40 us a draft)
        org=re.compile(_ORG.removesuffix("{0,4})") + "{1,4})"),
        # the first word of each wish word, as a word token ends on it ("would", "scan" as the pattern reads
        # "can", "I'd" on "'d")
        leads=tuple(sorted({lead for w in words for lead in (w.split()[0].lower(), w.split()[0].lower().replace("'", "’"))})),
    )


def _held(places: list[int], a: int, b: int) -> bool:
    """Does one of the sorted ``places`` lie in ``[a, b)``?"""
    i = bisect.bisect_left(places, a)
    return i < len(places) and places[i] < b


#: the most candidate organisations weighed in one draft's wish clauses (a flood of capitalised words
#: stays linear; a real note names a handful)
_WISH_CANDIDATES: Final = 40
#: how far a wish clause's preposition, past deed or clause break is looked for around the organisation
_WISH_WINDOW: Final = 200


def _wish_clause_employers(ctx: RuleContext, own: str) -> Iterable[tuple[str, int]]:
    """Organisations of two words or more named in a clause of the writer's that looks ahead ("I believe I can
    bring real value to the export desk at Kordon Tekstil", "I would be proud to contribute to the Timor
    Coffee Growers Alliance mission"): whatever the noun before the name, the employer the writer offers
    to serve. Not a place ("in Capel Hendre", "the Phnom Penh office"), a list of single names ("French
    and Fon"), a department or a post ("the Customer Success team", "Senior Analyst"), nor an organisation
    in a clause that tells a past deed ("at Ferney Knitwear I built ..."). ``other_employers`` then drops
    the interview's company, people, placeholders and the writer's past employers."""
    words = _wish_words()
    # (an ASCII text's wish words are looked for in its lower-cased copy, same offsets: ``wish_lower``)
    wish, wish_text = (words.wish_lower, ctx.analysis.lower) if own.isascii() else (words.wish, own)
    starts = ctx.analysis.sentence_starts
    bounds = list(starts) + [len(own)]
    # (the words that end on a lead of the wish pattern, picked from the document's word tokens in C, not a
    # search of the pattern through every sentence: the pattern only confirms the sentences they fall in)
    doc = ctx.doc
    leads = list(compress(doc.word_starts, map(methodcaller("endswith", words.leads), doc.lower_words)))
    weighed = 0
    for a, b in zip(bounds, bounds[1:]):
        if b - a < 12 or not _held(leads, a, b):
            continue
        if words.me.search(own, a, b) is None or wish.search(wish_text, a, b) is None:
            continue
        for m in words.org.finditer(own, a, b):
            org = _trim_org(m.group("org"))
            at = m.start("org")
            if not org or not own[a:at].strip():
                continue  # the sentence's first word: capitalised whatever it is
            parts = org.split()
            if len(parts) < 2:
                continue  # one word once trimmed: a place, a tool or a person as often as an employer
            weighed += 1
            if weighed > _WISH_CANDIDATES:
                return
            if _list_item_alone(own, words, wish, wish_text, a, b, at):
                continue  # "- Error handling (especially for the REST Api and Events)": the wish is elsewhere
            lo = max(a, at - _WISH_WINDOW)
            prep = words.preposition.search(own, max(lo, at - 40), at)
            if prep is None:
                continue
            after = at + len(org)
            if not (_ORG_FOLLOW.match(own, after) or words.noun_after.match(own, after)):
                continue  # "the Google Drive folder", "the Phnom Penh office": a thing's or a place's name
            if not _organisation_by_name(org) and (
                    prep.group(0).split()[0].lower() == "in"
                    or (" and " in org and all(len(x.split()) == 1 for x in org.split(" and ")))):
                continue  # "in Capel Hendre", "French and Fon": a place, a list of names
            if _frequent_words(ctx, org) or _role_word(org):
                continue  # "the Customer Success mission", "a Senior Analyst": a department or a post
            if ctx.analysis.names.data.is_given_name(parts[0]) and not _organisation_by_name(org):
                continue  # "the team of Maria Lopez": a person
            hi = min(b, m.end("org") + _WISH_WINDOW)
            start = max([own.rfind(d, lo, at) + len(d) for d in words.breaks if own.rfind(d, lo, at) >= 0] + [lo])
            end = min([x for x in (own.find(d, m.end("org"), hi) for d in words.breaks) if x >= 0] + [hi])
            if words.past.search(own, start, end):
                continue  # "at Ferney Knitwear I built ...": the writer's past employer
            if words.not_employer.search(own, start, at):
                continue  # "travelling from Kingston to Montego Bay", "for clients such as Barclays Bank"
            yield org, at


#: a line that is an item of a list: a bullet or a number, then the item ("- Security", "2. Logging")
_LIST_ITEM: Final = LazyPattern(r"[ \t]*(?:[-*•+–]|\d{1,2}[.)])[ \t]+")


def _list_item_alone(own: str, words: _WishWords, wish: re.Pattern[str], wish_text: str, a: int, b: int, at: int) -> bool:
    """Is the word at ``at`` in an item of a list that holds no wish of the writer's own, the sentence's
    wish and "me" standing in other lines (a list with no full stops reads as one sentence)?"""
    line_start = max(a, own.rfind("\n", 0, at) + 1)
    if _LIST_ITEM.match(own, line_start) is None:
        return False
    line_end = own.find("\n", at, b)
    line_end = b if line_end < 0 else line_end
    return words.me.search(own, line_start, line_end) is None or wish.search(wish_text, line_start, line_end) is None


#: the employer as the place, home or fit for you: "Byblos Marina Suites is the right place for me to grow",
#: "Cedar Coast Hotels would be a great home for my skills" (an organisation by its own words: "Lisbon is the
#: right place for me" is a city; "Acme was the right place for me" is your past)
_FOR_ME: Final = (" for me", " for my ", " for someone like me")
_PLACE_FOR_ME: Final = LazyPattern(
    _ORG + r"[ \t]+(?:is|would[ \t]+be|will[ \t]+be|could[ \t]+be|feels[ \t]+like|seems[ \t]+(?:like|to[ \t]+be))"
    r"[ \t]+(?:(?:truly|really|definitely|exactly|clearly|simply|just|absolutely|certainly|surely)[ \t]+)?"
    r"(?:the|a|an)[ \t]+(?:(?:right|perfect|ideal|best|great|natural|wonderful|excellent|good|logical|true)[ \t]+)?"
    r"(?:place|home|fit|match|environment|company|workplace|employer|setting|destination)[ \t]*$")


#: the employer as the place you want to be: "Sable Mutual is where I want to be", "Globex Bank is exactly
#: the place I see myself" (an organisation by its own words: "Lagos is where I want to be" is a city)
_WHERE_I_BELONG: Final = (" is where", " is exactly where", " is truly where", " is definitely where", " is the place",
                          " is exactly the place", " is the company", " is the kind of company")
_WHERE_I_WANT: Final = LazyPattern(
    r"[ \t]+is[ \t]+(?:(?:exactly|truly|definitely)[ \t]+)?(?:where|the[ \t]+(?:place|company|kind[ \t]+of[ \t]+company))"
    r"[ \t]+(?:that[ \t]+)?I(?:['’]d|[ \t]+(?:want|would|hope|belong|see|can|wish|need))\b")


@lru_cache(maxsize=1)
def _slot_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The heads of an organisation slot (``cues.toml`` [employer]): wishing heads, past heads, "join" heads,
    prepositions."""
    from .sentences import cue_data

    data = cue_data()["employer"]
    return (frozenset(data["slot_heads"]), frozenset(data["past_heads"]), frozenset(data["join_heads"]),
            frozenset(data["slot_prepositions"]))


_WORDS_BEFORE: Final = re.compile(r"(?:([a-z]+)[ \t]+)?([a-z]+)[ \t]+$")
_LOWER_WORD: Final = re.compile(r"[a-z][a-z0-9&-]{2,30}")


def organisation_slot(own: str, start: int, *, past: bool = True) -> bool:
    """Does the word at ``start`` stand where an employer's name goes: "working at salesforce", "join
    infosys", "my experience at saleforce" (``past``: heads of one's own past too: "experience", "worked")?"""
    heads, past_heads, joins, preps = _slot_words()
    m = _WORDS_BEFORE.search(own[max(0, start - 40):start].lower())
    if m is None:
        return False
    head, word = m.group(1), m.group(2)
    if word in joins:
        return True
    return word in preps and (head in heads or (past and head in past_heads))


def name_like(ctx: RuleContext, word: str) -> bool:
    """Could a lower-case ``word`` be an organisation's name: no everyday English word ("salesforce",
    "deloitte"; not "home", "startups", "python"), nor one edit from one ("hospitl")?"""
    from rapidfuzz.distance import DamerauLevenshtein

    from ..rules._topics import stem, weight
    from ..rules.spelling import _resource

    speller = _resource(ctx).speller
    common = speller.lexicon.common
    if word in common or weight(stem(word)) < _RARE_ORG_WORD:
        return False
    if speller.known(word):
        return True
    return not any(s in common and DamerauLevenshtein.distance(word, s) <= 1 for s in speller.suggest(word, 3))


def _lowercase_employers(ctx: RuleContext, own: str) -> Iterable[tuple[str, int]]:
    """A learner's employer in lower case, in a slot that wants it: "people love working at salesforce"."""
    from ..rules.spelling import _resource

    common = _resource(ctx).speller.lexicon.common
    low = ctx.analysis.lower
    for pos in _hits(low, (" at ", " for ", "join ")):
        m = _LOWER_WORD.match(own, low.find(" ", pos + 1) + 1)
        if m is None or m.group(0) in common:      # most words after "at" are everyday words: one set lookup
            continue
        if _ORG_FOLLOW.match(own, m.end()) and organisation_slot(own, m.start(), past=False) \
                and name_like(ctx, m.group(0)):
            yield m.group(0), m.start()


def _preposition_before(own: str, pos: int) -> str:
    """The word just before ``pos`` (lower case): "in" in "a role in Globex"."""
    words = own[max(0, pos - 16):pos].split()
    return words[-1].lower() if words else ""


def _dictionary_words(ctx: RuleContext, org: str) -> bool:
    """Is every word of ``org`` an English word ("Data Science", "Marketing")?"""
    from ..rules.spelling import _resource

    speller = _resource(ctx).speller
    words = [w for w in re.findall(r"[^\W\d_]+", org)]
    return bool(words) and all(speller.known(w.lower()) for w in words)


def _frequent_words(ctx: RuleContext, org: str) -> bool:
    """Is every word of ``org`` an everyday word ("Data Science", "Customer Experience")?"""
    from ..rules.spelling import _resource

    lexicon = _resource(ctx).speller.lexicon
    words = re.findall(r"[^\W\d_]+", org)
    return bool(words) and all(lexicon.rank(w.lower()) < _DEPARTMENT_RANK for w in words)


def _role_word(org: str) -> bool:
    """Does a word of ``org`` name a post ("Kubernetes Engineer", "Senior SRE Lead"): a job title, not an employer?"""
    from .roles import _HEADS

    return any(w.lower() in _HEADS for w in org.split())


def _trade_name(org: str) -> bool:
    """Is ``org`` a business by its last word ("Zenith Logistics", "Harmattan Foods"): two capitalised words or
    more, the last a trade noun (``cues.toml`` [employer] trade_nouns)?"""
    words = org.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in _trade_nouns()


@lru_cache(maxsize=1)
def _trade_nouns() -> frozenset[str]:
    from .sentences import cue_data

    return frozenset(cue_data()["employer"]["trade_nouns"].split())


def _hits(low: str, literals: tuple[str, ...]) -> list[int]:
    """Offsets of the literals in the lower-cased text (str.find is much faster than a regex scan)."""
    out: set[int] = set()
    for lit in literals:
        i = low.find(lit)
        while i >= 0:
            out.add(i)
            i = low.find(lit, i + 1)
    return sorted(out)


def _slots_triggered(hits: dict[str, list[int]]) -> list[int]:
    """The indices in ``_EMPLOYER_CONTEXTS`` of the slots one of whose triggers is in ``hits``, in order: a
    draft holds the triggers of a few of the 35 slots, and the others are not visited."""
    return sorted({k for lit in hits for k in _SLOTS_OF[lit]})


_LINES_TEXT: Final = 20_000    # the longest text scanned line by line (a longer one is scanned whole, once)
_LINE_HITS_KEPT: Final = 8192  # lines whose trigger hits are remembered at most (then forgotten all at once)
#: the (offset, literal) of each trigger of ``_TRIGGER_AT_WORD`` in a lower-cased line, by the line: lines
#: recur from draft to draft ("Thank you for your time today.", "Best regards,")
_LINE_HITS: dict[str, tuple[tuple[int, str], ...]] = {}


def _literal_hits(own: str, low: str) -> dict[str, list[int]]:
    """The offsets in ``low`` (``own`` lower-cased) of each trigger literal of ``_EMPLOYER_CONTEXTS`` that
    could start a slot there, the absent ones left out.

    A slot starting right after a letter ("rejoin", "teamwork") is never one (``employer_mentions`` skips
    it), so only the literals at a word's start are wanted: one scan of ``_TRIGGER_AT_WORD`` finds them
    (~20 us a draft, against ~45 us for a ``str.find`` walk of the text per literal). The triggers
    scanned for are prefix-free, so one of them at most starts at an offset; a literal that begins with
    another one ("application" with "appl") is looked for only where that one stands (``_ROOTS``). A
    text of a usual size is scanned a line at a time, each line's hits remembered (``_LINE_HITS``).
    When lower-casing changed the text's length the offsets of ``low`` are not those of ``own``: every
    occurrence is taken, by ``str.find``."""
    found: dict[str, list[int]] = {}
    if len(low) == len(own) and len(low) <= _LINES_TEXT:
        # line by line, each line's hits remembered across drafts (no trigger holds a line break, and a
        # line's start follows one: what the scan finds in a line does not depend on the rest of the text)
        line_start = 0
        for line in low.split("\n"):
            hits = _LINE_HITS.get(line)
            if hits is None:
                if len(_LINE_HITS) >= _LINE_HITS_KEPT:
                    _LINE_HITS.clear()
                hits = _LINE_HITS[line] = tuple((m.start(), m.group(1)) for m in _TRIGGER_AT_WORD.finditer(line))
            for j, lit in hits:
                i = line_start + j
                if i and own[i - 1].isalpha():
                    continue  # after a letter outside ASCII ("éteam"), which the pattern's look-behind lets by
                where = found.get(lit)
                if where is None:
                    found[lit] = [i]
                else:
                    where.append(i)
            line_start += len(line) + 1
    elif len(low) == len(own):
        for m in _TRIGGER_AT_WORD.finditer(low):
            i = m.start()
            if i and own[i - 1].isalpha():
                continue  # after a letter outside ASCII ("éteam"), which the pattern's look-behind lets by
            lit = m.group(1)
            at = found.get(lit)
            if at is None:
                found[lit] = [i]
            else:
                at.append(i)
    else:
        for lit in _TRIGGERS:
            at = _hits(low, (lit,))
            if at:
                found[lit] = at
    starts = low.startswith
    for lit, root in _ROOTS.items():
        if root in found:  # (most roots are absent: no list made for them)
            at = [i for i in found[root] if starts(lit, i)]
            if at:
                found[lit] = at
    return found


def sentence_start(ctx: RuleContext, pos: int, limit: int) -> int:
    """Where the sentence holding ``pos`` starts, but no more than ``limit`` characters back."""
    starts = ctx.analysis.sentence_starts
    k = bisect.bisect_right(starts, pos) - 1
    return max(starts[k] if k >= 0 else 0, pos - limit)


#: a full stop that ends a sentence inside a matched organisation; not the one of an abbreviation that
#: starts or sits inside names ("St. Brigid's Hospice", "Mt. Sinai", "Ft. Worth Water")
_ABBREV_STOP: Final = re.compile(r"(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<!\bPt)(?<!\bSte)\.[ \t]")


def _trim_org(org: str) -> str:
    org = _ABBREV_STOP.split(org, maxsplit=1)[0]
    if org.endswith(("'s", "’s")):
        org = org[:-2]
    words = org.split()
    if len(words) >= 3 and words[-1] == "I" and words[-2].lower() in ("and", "&", "or"):
        words.pop()  # "join Northwind Data and I look forward...": the pronoun starts the next clause
    while words and words[-1].lower().rstrip(".") in ("and", "of", "for", "de", "du", "der", "für", "&"):
        words.pop()
    text = " ".join(words).rstrip(".,'’")
    return text



#: the words of ``_ORG_GENERIC`` that name an organisation (not its joining words "of", "for", "de")
_ORG_NOUNS: Final = _ORG_GENERIC - {"of", "for", "de", "du", "la", "le"}
#: the fewest words of an all-capital run of everyday words that reads as code or shouting, not a name
_SHOUTED_MIN_WORDS: Final = 3


def _shouted_words(ctx: RuleContext, org: str) -> bool:
    """Is ``org`` a run of three or more all-capital everyday words and no organisation word ("SELECT FOR
    UPDATE SKIP LOCKED", "INSERT ON CONFLICT DO NOTHING"; not "BANK OF GHANA", whose "bank" names an organisation)?"""
    words = org.split()
    return (len(words) >= _SHOUTED_MIN_WORDS and all(w.isupper() for w in words)
            and not any(w.lower().rstrip(".") in _ORG_NOUNS or w.lower().rstrip(".") in _LEGAL_SUFFIX
                        for w in words)
            and _frequent_words(ctx, org))


def _common_acronym(org: str) -> bool:
    """Is ``org`` one all-capital abbreviation of a field, a function or a region ("IT", "NGOs", "EU")?"""
    if " " in org or not org[:2].isupper():
        return False
    return org in common_acronyms() or (org.endswith("s") and org[:-1] in common_acronyms())


@lru_cache(maxsize=1)
def common_acronyms() -> frozenset[str]:
    """``cues.toml`` [employer] common_acronyms: abbreviations of a field, a function, an office ("CFO", "HR")
    or a kind of organisation, no one employer nor person."""
    from .sentences import cue_data

    return frozenset(cue_data()["employer"]["common_acronyms"].split())


def other_employers(ctx: RuleContext) -> tuple[CompanyMention, ...]:
    """Organisations named as the employer you want that are not the interview's company."""
    interview = ctx.interview
    if interview is None or not interview.company:
        return ()
    own = ctx.doc.own
    out: list[CompanyMention] = []
    seen: set[int] = set()
    for org, s in employer_mentions(ctx, own):
        if not org or s in seen:
            continue
        if _another(ctx, org, own, s, ctx.doc.placeholders, sentence_start(ctx, s, 200)):
            seen.add(s)
            out.append(CompanyMention(s, s + len(org), org))
    for org, s, e, lo in _reader_place_employers(ctx, own):
        if s not in seen and _another(ctx, org, own, s, ctx.doc.placeholders, lo):
            seen.add(s)
            out.append(CompanyMention(s, e, own[s:e] if org.replace(" ", "") == own[s:e] else org))
    for org, s, e, lo in _frame_employers(ctx, own):
        if s not in seen and _another(ctx, org, own, s, ctx.doc.placeholders, lo):
            seen.add(s)
            out.append(_framed_mention(own, org, s, e, interview.company))
    for dom, s, e, lo in _address_employers(ctx, own):
        if s not in seen and _another_domain(ctx, dom) and _another(ctx, dom, own, s, ctx.doc.placeholders, lo):
            seen.add(s)
            out.append(CompanyMention(s, e, dom, replacement=_interviewer_domain(ctx)))
    for org, s, lo in praised_employers(ctx, own):
        # (past employers are looked for from the praise on: "I was impressed by Globex" is praise, not "I was")
        if s not in seen and _another(ctx, org, own, s, ctx.doc.placeholders, lo):
            seen.add(s)
            out.append(CompanyMention(s, s + len(org), org))
    for org, s in _exercise_title_employers(ctx, own):
        if s not in seen and _another(ctx, org, own, s, ctx.doc.placeholders, s):
            seen.add(s)
            out.append(CompanyMention(s, s + len(org), org))
    for line in _reference_line().finditer(own):
        for m in _SUBJECT_EMPLOYER.finditer(own, line.start("text"), line.end()):
            if m.group("org") and m.start("org") not in seen and _another(
                    ctx, _trim_org(m.group("org")), own, m.start("org"), ctx.doc.placeholders, line.start()):
                org, s = _trim_org(m.group("org")), m.start("org")
                seen.add(s)
                out.append(CompanyMention(s, s + len(org), org))
        for m in _TRAILING_ORG.finditer(own, line.start("text"), line.end()):
            # "RE: POST OF STORES OFFICER – KPONE SHIPPING SERVICES LTD": the employer after a dash or comma
            # that ends the reference line, an organisation by its own words
            org, s = _trim_org(m.group("org")), m.start("org")
            if s not in seen and _organisation_by_name(org) and _another(ctx, org, own, s, ctx.doc.placeholders,
                                                                         line.start()):
                seen.add(s)
                out.append(CompanyMention(s, s + len(org), org))
    body = ctx.doc.body.text
    for m in _signature_post_employers(ctx):
        org, s = _trim_org(m.group("org")), m.start("org")
        if _frequent_words(ctx, org) and not _organisation_by_name(org):
            continue  # "Applicant for Warehouse Coordinator, Night Shift": the post's shift or field, no employer
        if s not in seen and _role_word(m.group("post")) and not _role_word(org) and _another(
                ctx, org, body, s, ctx.doc.placeholders, m.start()):
            seen.add(s)
            out.append(CompanyMention(s, s + len(org), org))
    subject = ctx.doc.subject.text
    seen.clear()
    for m in _SUBJECT_EMPLOYER.finditer(subject):
        group = "org" if m.group("org") else "after"
        org, s = _trim_org(m.group(group)), m.start(group)
        if group == "after" and not _organisation_by_name(org):
            continue  # "Interview - Data Analyst", "Application - Subin Sasi": the post or a person, as often
        if not m.group(0).lower().startswith(("interview", "application")) and _BEFORE["not-mine"].search(
                subject, max(0, m.start() - 40), m.start()):
            continue  # "my role at Globex": your own employer ("my interview with Globex" is not)
        if org and s not in seen and _another(ctx, org, subject, s, ctx.doc.subject_placeholders, 0):
            seen.add(s)
            out.append(CompanyMention(s, s + len(org), org, "subject"))
    for m in _SUBJECT_ORG_INTERVIEW.finditer(subject):
        org, s = _trim_org(m.group("org")), m.start("org")
        if _organisation_by_name(org) and s not in seen and _another(ctx, org, subject, s,
                                                                     ctx.doc.subject_placeholders, 0):
            seen.add(s)
            out.append(CompanyMention(s, s + len(org), org, "subject"))
    for m in _TRAILING_ORG.finditer(subject):
        # ("Post of Stores Officer – Kpone Shipping Services Ltd": the employer ending the subject after a dash)
        org, s = _trim_org(m.group("org")), m.start("org")
        if s not in seen and _organisation_by_name(org) and _another(ctx, org, subject, s,
                                                                     ctx.doc.subject_placeholders, 0):
            seen.add(s)
            out.append(CompanyMention(s, s + len(org), org, "subject"))
    for m in _SUBJECT_POST_ORG.finditer(subject):
        # ("Thank you - Quality Controller, Nordkyst Fiskeindustri": a post, a comma, then its employer)
        org, s = _trim_org(m.group("org")), m.start("org")
        if not _role_word(m.group("post")) or _role_word(org) or s in seen:
            continue
        if fold(org) in fold(interview.role or "") or (_frequent_words(ctx, org) and not _organisation_by_name(org)):
            continue  # "Senior Editor, Non-fiction", "VP, Digital Transformation": the post's field, no employer
        if _another(ctx, org, subject, s, ctx.doc.subject_placeholders, 0):
            seen.add(s)
            out.append(CompanyMention(s, s + len(org), org, "subject"))
    return tuple(out)


#: "#Team<Org>", "#LifeAt<Org>", "#<Org>Family": a hashtag naming the team the writer hopes to be one of
#: ("Fingers crossed to be #TeamMavunoPay soon"); its name runs its capitalised words together
_TEAM_HASHTAG: Final = LazyPattern(
    r"#(?:(?i:team|lifeat|proudtobe)(?P<org>[A-Z][A-Za-z0-9&]{1,40})|(?P<before>[A-Z][A-Za-z0-9&]{1,40}?)(?:Family|Team|Life))\b")
_CAMEL_WORD: Final = LazyPattern(r"[A-Z][a-z0-9&]+|[A-Z]+(?![a-z])")
#: "we at Globex" (the writer one of its people) said of what is ahead or in the writer's own speech: a
#: quotation mark opens before it ("telling a driver \"We at Globex always check twice\"") or a modal follows
#: ("we at Globex will ..."); "At my last job we at Acme checked once" is the writer's own employer
_WE_AT: Final = LazyPattern(r"(?P<quote>[\"“„«][ \t]*)?\b[Ww]e[ \t]+at[ \t]+(?:the[ \t]+)?" + _ORG
                            + r"(?P<modal>[ \t]+(?:will|would|could|can|shall)\b|['’]ll\b)?")
_WE_AT_PAST: Final = LazyPattern(r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:used[ \t]+to|was|were|had|did|\w+ed)\b")


#: the reader placed at an organisation by an apposition that speaks to them: "As the Maintenance Manager of
#: Mirbat Clinker Company, you know ...", "you, as head of stores at Kpone Shipping, will ..." (said of the
#: writer, "As the team lead at Acme, I ...", it is the writer's own employer: "you" must follow or precede)
_READER_AS: Final = LazyPattern(
    r"\b[Aa]s[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[\w&'’-]+[ \t]+){0,5}?(?:of|at|for|with|in)[ \t]+(?:the[ \t]+)?"
    + _ORG + r"[ \t]*,[ \t]*(?:you|your)\b"
    r"|\b[Yy]ou[ \t]*,[ \t]*as[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[\w&'’-]+[ \t]+){0,5}?(?:of|at|for|with|in)[ \t]+"
    r"(?:the[ \t]+)?" + _ORG.replace("?P<org>", "?P<org2>") + r"[ \t]*,")


def _reader_place_employers(ctx: RuleContext, own: str) -> Iterator[tuple[str, int, int, int]]:
    """(organisation, start, end, where its clause begins) for the organisation named as the reader's or the one
    the writer counts themself in, outside the wish and praise clauses: the recipient's block of a formal
    letter ("Mr. Kwadwo Asare / Bono Agro Industries Ltd / P. O. Box 88" above the salutation), a hashtag
    of the team hoped for ("#TeamMavunoPay"), and "we at Globex" in the writer's own speech or with what is
    ahead. ``other_employers`` then drops the interview's company, people and the writer's past employers."""
    text = ctx.doc.body.text
    yield from _recipient_block_employers(ctx, text)
    if "#" in own:
        for m in _TEAM_HASHTAG.finditer(own):
            group = "org" if m.group("org") else "before"
            raw = m.group(group)
            words = _CAMEL_WORD.findall(raw)
            name = " ".join(words)
            if "".join(words) != raw or (_dictionary_words(ctx, name) and not _organisation_by_name(name)):
                continue  # "#TeamWork", "#TeamRust", "#PythonFamily": everyday words or a technology
            yield name, m.start(group), m.end(group), m.start(group)
    low = ctx.analysis.lower
    if "you" in low and "as " in low:
        for m in _READER_AS.finditer(own):
            group = "org" if m.group("org") else "org2"
            org = _trim_org(m.group(group))
            if org and not _frequent_words(ctx, org) and not _role_word(org):
                # ("As the Head of Quality Assurance, you know": a department, no organisation)
                yield org, m.start(group), m.start(group) + len(org), m.start()
    if "we at" not in low:
        return
    for pos in _hits(low, ("we at",)):
        m = _WE_AT.search(own, max(0, pos - 3), pos + 120)
        if m is None or m.start("org") < pos:
            continue
        if not (m.group("quote") or m.group("modal")) or _WE_AT_PAST.match(own, m.end("org")):
            continue  # "We at Acme always check once", "we at Acme used to": the writer's own employer
        org = _trim_org(m.group("org"))
        yield org, m.start("org"), m.start("org") + len(org), m.start("org")


def _recipient_block_employers(ctx: RuleContext, text: str) -> Iterator[tuple[str, int, int, int]]:
    """The organisation line of a formal letter's recipient block: the block of lines above the salutation
    that holds an interviewer's family name (the sender's own block, the writer's address, is another)."""
    interview = ctx.interview
    head = next((r for r in ctx.doc.regions if r.kind == "letterhead"), None)
    if head is None or interview is None:
        return
    families = {fold(p.name.split()[-1]) for p in interview.interviewers if p.name.split()}
    for block in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[:head.end]):
        if block.start() < head.start or not families & set(re.findall(r"\w+", fold(block.group(0)))):
            continue
        found: list[tuple[str, int]] = []
        for line in re.finditer(r"^[ \t]*(?P<org>[^\n]*?)[ \t,]*$", block.group(0), re.MULTILINE):
            org = line.group("org")
            if org and _same_or_unit(ctx, org, interview.company or ""):
                found = []
                break  # "Technical Design Group / Atlantic Engineering Systems, Inc.": a unit of the right company
            if org and _ORG_RE.fullmatch(org) and _organisation_by_name(org) and not _frequent_words(ctx, org):
                found.append((org, block.start() + line.start("org")))
        for org, s in found:
            yield org, s, s + len(org), s


def _same_or_unit(ctx: RuleContext, line: str, company: str) -> bool:
    """Is the address line ``line`` the interview's company ("Atlantic Engineering Systems, Inc.")?"""
    domains = [p.email.split("@", 1)[1] for p in ctx.interview.interviewers  # type: ignore[union-attr]
               if p.email and "@" in p.email]
    return bool(company) and bool(_ORG_RE.match(line)) and same_company(line, company, domains)


@lru_cache(maxsize=1)
def _signature_post() -> re.Pattern[str]:
    """A line naming the post applied for and its employer (``signature_applicant`` in ``cues.toml``
    [employer]): "Applicant for Warehouse Coordinator, Baltic Timber Terminal SIA"."""
    from .sentences import cue_data

    heads = _words_alternation(cue_data()["employer"]["signature_applicant"])
    return re.compile(r"^[ \t]*(?i:" + heads + r")[ \t]+(?i:for|to)[ \t]+(?:(?i:the)[ \t]+)?"
                      r"(?P<post>[A-Za-z][\w '’/&-]{1,60}?)(?:[ \t]*,[ \t]*|[ \t]+(?i:at|with)[ \t]+)" + _ORG
                      + r"[ \t]*$", re.MULTILINE)


def _signature_post_employers(ctx: RuleContext) -> Iterator[re.Match[str]]:
    """The lines under the name in the sign-off (the signature, whether a "-- " marks it or not) that name the
    post applied for and its employer: the writer's own words, left from another application when the
    employer is another."""
    doc = ctx.doc
    so = doc.signoff
    if so is None:
        return
    text = doc.body.text
    end = doc.quote_start if doc.quote_start is not None else len(text)
    if so.end < end and any(w in text[so.end:end].lower() for w in _signature_heads()):
        yield from _signature_post().finditer(text, so.end, end)


@lru_cache(maxsize=1)
def _signature_heads() -> tuple[str, ...]:
    """The words that open a signature's line naming the post applied for (a cheap test before the pattern)."""
    from .sentences import cue_data

    return tuple(cue_data()["employer"]["signature_applicant"])


@lru_cache(maxsize=1)
def _exercise_title() -> re.Pattern[str]:
    """A Markdown heading naming a take-home exercise after one to three capitalised words ("# HeliosX Tech
    Test"; the exercise words are ``exercise_titles`` in ``cues.toml`` [employer])."""
    from .sentences import cue_data

    titles = _words_alternation(cue_data()["employer"]["exercise_titles"])
    return re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<org>[A-Z][\w&.]*(?:[ \t]+[A-Z][\w&.]*){0,2})[ \t]+(?i:"
                      + titles + r")\b", re.MULTILINE)


def _exercise_title_employers(ctx: RuleContext, own: str) -> Iterator[tuple[str, int]]:
    """The organisation a README's exercise title names ("# HeliosX Tech Test", "# Brellium Labs Tech Test"):
    a first word no dictionary holds (not "# Docker Coding Challenge", "# Frontend Take-Home", "# React
    Native Technical Test"), no given name nor a word of the signature (not "# Matheus Penido Tech Test",
    the writer's own). ``other_employers`` then drops the interview's company."""
    if "#" not in own:
        return
    from ..rules.spelling import _resource

    speller = _resource(ctx).speller
    data = ctx.analysis.names.data
    signed = {fold(w) for w in (ctx.doc.signature_name or "").split()}
    for m in _exercise_title().finditer(own):
        words = m.group("org").split()
        if speller.known(words[0].lower()) or any(data.is_given_name(w) or fold(w) in signed for w in words):
            continue
        yield m.group("org"), m.start("org")


@lru_cache(maxsize=1)
def _reference_line() -> re.Pattern[str]:
    """A letter's reference line ("Re: Application for ...", "Subject: ..."; the heads are the vocabulary's
    ``reference_heads``)."""
    from ..document.vocabulary import vocabulary

    heads = "|".join(sorted(map(re.escape, vocabulary().reference_heads), key=len, reverse=True))
    return re.compile(r"^[ \t]*(?i:" + heads + r")[ \t]*:[ \t]*(?P<text>[^\n]+)$", re.MULTILINE)
#: the employer before "interview" after a separator or at the start of the subject: "Thank you from Amara -
#: Sable Mutual interview" (an organisation by its own words: "Data Analyst interview" is the post)
_SUBJECT_ORG_INTERVIEW: Final = LazyPattern(r"(?:^|[-–—|:][ \t]+)" + _ORG + r"[ \t]+(?i:interview|application)\b")


#: an organisation ending a reference line or a subject after a dash or a comma: "RE: POST OF STORES OFFICER –
#: KPONE SHIPPING SERVICES LTD" (kept when its words say it is an organisation: "– Night Shift" is the post's)
_TRAILING_ORG: Final = LazyPattern(r"(?:[ \t][-–—|]|,)[ \t]+" + _ORG + r"[ \t]*$", re.MULTILINE)


#: a post then its employer after a comma, ending the subject after a separator: "Thank you - Quality Controller,
#: Globex Fiskeindustri", "Interview | Data Analyst, Orion" (the post is checked to be one)
_SUBJECT_POST_ORG: Final = LazyPattern(r"[-–—|:][ \t]+(?P<post>[A-Za-z][\w '’/&-]{1,60}?),[ \t]+" + _ORG
                                       + r"[ \t]*$")


#: the words between an organisation and "team" in a greeting ("Dear Globex Hiring Team")
_TEAM_KINDS: Final = frozenset({"hiring", "recruiting", "recruitment", "talent", "people", "career", "careers",
                                "interview", "interviewing", "selection", "search", "management"})
#: the subject line's employer (and a letter's reference line's, "Re: Application for Claims Analyst at Sable
#: Mutual"): "Thank you - analyst interview at Globex", "Application for the role with Globex"
#: and the employer after a separator that ends the subject: "Operations Analyst role - Orion Biotech",
#: "Interview follow-up | Globex Ltd"
_SUBJECT_EMPLOYER: Final = LazyPattern(
    r"\b(?i:interview|application|role|position|job|opportunity|candidacy|offer|internship|vacancy)"
    r"(?:(?:[ \t]+(?i:call|process)|[ \t]+(?i:for)[ \t]+(?:(?i:the)[ \t]+)?(?:[\w-]+[ \t]+){0,3}[\w-]+)?"
    r"[ \t]+(?i:at|with)[ \t]+" + _ORG
    + r"|(?:[ \t]+(?i:follow-?up|call|process))?[ \t]+[-–—|:][ \t]+" + _ORG.replace("?P<org>", "?P<after>")
    + r"[ \t]*$)")


def _filler_doubled(text: str, s: int, first: str) -> bool:
    """Is the capitalised word ``first`` at ``s`` said twice, the second time in lower case ("Blah blah",
    "Yada yada", "Bla bla")? Filler speech standing in for a name; a place or business whose name doubles a
    word keeps its capitals ("Walla Walla University", "Bora Bora Resorts")."""
    low = first.lower()
    if low == first or not first.isalpha():
        return False
    rest = text[s + len(first):s + len(first) + len(first) + 3]
    # ``re.match(r"[ \t,-]+" + re.escape(low) + r"(?![\w])", rest)`` without a pattern per word: the word
    # starts with a letter, so it follows the whole run of separators
    after = rest.lstrip(" \t,-")
    if len(after) == len(rest) or not after.startswith(low):
        return False
    nxt = after[len(low):len(low) + 1]
    return not (nxt.isalnum() or nxt == "_")


def _another(ctx: RuleContext, org: str, text: str, s: int, placeholders: Iterable, lo: int) -> bool:
    """Is ``org``, named as the employer at ``s`` of ``text``, another organisation than the interview's (not a
    placeholder, a title, a field, code, a person, a tool or event, nor your own past employer)?"""
    from ..document.vocabulary import vocabulary

    interview = ctx.interview
    assert interview is not None and interview.company
    vocab = vocabulary()
    matcher = ctx.analysis.names
    if any(p.start < s + len(org) and p.end > s for p in placeholders):
        return False  # "the position with XXX Organization", "Company XYZ": a blank, reported as a placeholder
    first = org.split()[0]
    if _filler_doubled(text, s, first):
        return False  # "Blah blah Middle School", "Yada yada Inc.": a stand-in for the name, no other employer
    if (fold(first) in vocab.not_names or first.lower().rstrip(".") in vocab.all_titles
            or first.lower() in ("i", "the", "a", "an", "you", "your", "our", "my", "this")):
        return False
    if _common_acronym(org):
        return False  # "useful for IT and its users", "of value to NGOs": a field or a kind, not an employer
    if _shouted_words(ctx, org):
        return False  # "the job with SELECT FOR UPDATE SKIP LOCKED": code or shouting, not an employer
    if any(matcher.classify(w) is not None for w in org.split()):
        return False  # a person: "Dana's team"
    if len(org.split()) == 1 and matcher.data.is_given_name(org):
        return False
    if _person_with(ctx, org, text, s):
        return False  # "the interview with Michael Hatmaker": a person met, not an organisation
    domains = [p.email.split("@", 1)[1] for p in interview.interviewers if p.email and "@" in p.email]
    if same_company(org, interview.company, domains):
        return False
    if _EVENT_AFTER.match(text, s + len(org)):
        return False  # "join Zoom call", "join PyCon conference": a tool or an event
    if _discussed(interview, org):
        return False  # named in the interview's topics: the organisation you talked about, not a leftover
    return not OWN_PAST.search(text, lo, s) and not _OWN_EXPERIENCE.search(text, lo, s)


#: "with" right before the name: the preposition of people met ("the interview with", "my call with")
_WITH_BEFORE: Final = LazyPattern(r"\bwith[ \t]+$", re.IGNORECASE)


def _person_with(ctx: RuleContext, org: str, text: str, s: int) -> bool:
    """Is ``org``, after "with", a person's full name ("the interview with Michael Hatmaker", "my call with
    Ana Lucia Ferreira")? Two or three capitalised words, the first a given name, the last neither a legal
    form, a trade noun nor an organisation's word ("Harold Logistics", "Laura Foundation")."""
    words = org.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    data, last = ctx.analysis.names.data, words[-1].lower()
    if not data.is_given_name(words[0]):
        return False
    if last in _LEGAL_FORM or last in _ORG_GENERIC or last in _trade_nouns():
        return False
    return _WITH_BEFORE.search(text, max(0, s - 8), s) is not None


def _organisation_by_name(org: str) -> bool:
    """Does ``org`` say by its own words that it is an organisation: a legal form ("Globex Ltd"), a trade noun
    ("Orion Biotech") or an organisation's word ("Ridgeway Bank")? (After a dash in a subject a post or a
    person stands as often: "Interview - Data Analyst", "Application - Subin Sasi".)"""
    words = org.split()
    last = words[-1].lower().rstrip(".")
    return len(words) >= 2 and not _role_word(org) and (last in _LEGAL_FORM or _trade_name(org) or any(
        w.lower() in _ORG_NOUNS for w in words[1:]))


def _discussed(interview, org: str) -> bool:
    """Is ``org`` named in the interview's topics, strengths or questions ("the candidate's three years as Manager of
    Accounting at Super Company")?"""
    name = fold(org)
    return any(name in fold(t) for t in (*interview.topics, *interview.strengths, *interview.questions))


@dataclass(frozen=True, slots=True)
class _FrameWords:
    """The frames that name the employer's place (``cues.toml`` [employer], compiled once): the daily journey
    to work, the decision on the post, a document of the employer's the reader sent, a hoped-for address at
    its domain."""

    commute: re.Pattern[str]
    commute_leads: frozenset[str]
    workplace_after: re.Pattern[str]
    work_cue: re.Pattern[str]
    schools: frozenset[str]
    decision: re.Pattern[str]
    decision_leads: frozenset[str]
    bodies: frozenset[str]
    post_after: re.Pattern[str]
    document: re.Pattern[str]
    document_leads: frozenset[str]
    address_leads: frozenset[str]
    all_leads: frozenset[str]
    sent_after: re.Pattern[str]
    sent_before: re.Pattern[str]
    address: re.Pattern[str]
    address_wish: re.Pattern[str]
    free_mail: frozenset[str]
    #: the work garment or badge worn there: "proud to wear the Senne Kühltransporte jacket"
    worn: re.Pattern[str]
    worn_leads: frozenset[str]
    worn_qualifiers: frozenset[str]
    worn_makers: frozenset[str]
    worn_wish: re.Pattern[str]
    #: the organisation the writer moves to: "I may move to Linzi Porcelain Group"
    move: re.Pattern[str]
    move_leads: frozenset[str]
    move_code: re.Pattern[str]
    #: a form's employer field filled in: "In the part "Host organisation" I have filled Dien Chau Fish Sauce Company"
    form: re.Pattern[str]
    form_after: re.Pattern[str]
    form_before: re.Pattern[str]
    form_leads: frozenset[str]
    #: what a label needs near it (a quote, "as", a field word): a window without one is not scanned
    form_marks: tuple[str, ...]
    form_not_mine: re.Pattern[str]
    form_empty: frozenset[str]


@lru_cache(maxsize=1)
def _frame_words() -> _FrameWords:
    from .sentences import cue_data

    data = cue_data()["employer"]
    alt = _words_alternation
    return _FrameWords(
        # "from my house to the Rima Feeds gate", "my commute to Globex": the organisation the journey ends at
        commute=re.compile(r"(?i:from[ \t]+my[ \t]+(?:" + alt(data["commute_homes"]) + r")|(?:"
                           + alt(data["commute_words"]) + r"))[ \t]+(?:(?i:daily|every[ \t]+day|each[ \t]+day)"
                           r"[ \t]+)?(?i:to)[ \t]+(?:(?i:the)[ \t]+)?" + _ORG),
        commute_leads=frozenset(("from", *data["commute_words"])),
        workplace_after=re.compile(r"[ \t]+(?i:" + alt(data["workplace_parts"]) + r")\b"),
        work_cue=re.compile(r"\b(?:" + alt(data["work_cues"]) + r")\b", re.IGNORECASE),
        schools=frozenset(w.lower() for w in data["school_words"]),
        # "Has Northern Oasis Poultry taken a decision", "whether Globex has not yet filled": the organisation
        # as the subject of the decision
        decision=re.compile(r"\b(?:[Hh]as|[Hh]ave|[Dd]id|[Ww]ill|whether|if|when|[Ww]hen)[ \t]+(?:the[ \t]+)?"
                            + _ORG + r"[ \t]+(?:(?:has|have|had|will|would|did|is[ \t]+going[ \t]+to)[ \t]+)?"
                            r"(?:(?:not|yet|already|finally|now|perhaps|maybe)[ \t]+){0,2}(?:"
                            + alt(data["decision_verbs"]) + r")\b"),
        # (a decision verb's telling word, where the pattern's window is taken around: "decision" of "taken a
        # decision", not the everyday "taken")
        decision_leads=frozenset(next((x for x in w.split() if x in ("decision", "choice")), w.split()[0])
                                 for w in data["decision_verbs"]),
        bodies=frozenset(w.lower() for w in data["decision_bodies"]),
        post_after=re.compile(r"\b(?:this|the|my|that|our)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:"
                              + alt(data["post_words"]) + r")\b", re.IGNORECASE),
        # "the Nyanza Milk Processors staff handbook": the organisation before a document of its own
        document=re.compile(r"\b[Tt]he[ \t]+" + _ORG + r"[ \t]+(?:(?i:" + alt(data["document_qualifiers"])
                            + r")[ \t]+)?(?i:" + alt(data["reader_documents"]) + r")\b"),
        # (a document's last word, where the pattern's window is taken around)
        document_leads=frozenset(w.split()[-1].lower() for w in data["reader_documents"]),
        address_leads=frozenset(("email", "e-mail", "mail", "address", "account", "inbox")),
        all_leads=frozenset(("from", *data["commute_words"], "email", "e-mail", "mail", "address", "account", "inbox",
                             *(w.split()[-1].lower() for w in data["reader_documents"]),
                             *(next((x for x in w.split() if x in ("decision", "choice")), w.split()[0])
                               for w in data["decision_verbs"]),
                             *(w.split()[-1].lower() for w in data["worn_items"]),
                             *(w.split()[0].lower() for w in (*data["move_verbs"], *data["leave_verbs"])),
                             *(w.split()[-1].lower() for w in data["form_employer_fields"]),
                             *(w.split()[-1].lower().replace("'s", "") for w in data["form_employer_fields"]),
                             *_hiring_words().leads)),
        # ... that the reader sent: "that you emailed me", "you kindly shared"
        sent_after=re.compile(r"[ \t]*,?[ \t]*(?:(?:that|which)[ \t]+)?you[ \t]+(?:(?:have|had|kindly|just|"
                              r"also)[ \t]+){0,2}(?:" + alt(data["reader_sent"]) + r")\b", re.IGNORECASE),
        sent_before=re.compile(r"\byou[ \t]+(?:(?:have|had|kindly|just|also)[ \t]+){0,2}(?:"
                               + alt(data["reader_sent"]) + r")[ \t]+(?:(?:to[ \t]+)?me[ \t]+)?$", re.IGNORECASE),
        # "to have my own @mukwanopay.co email": an address hoped for at the organisation's domain
        address=re.compile(r"\b(?i:" + alt(data["address_verbs"]) + r")[ \t]+(?i:my|an?)[ \t]+(?:(?i:own|very|"
                           r"first|new|official|work|company|real|proper)[ \t]+){0,3}(?P<at>@)?"
                           r"(?P<dom>[A-Za-z0-9][A-Za-z0-9-]{1,40})(?P<tld>(?:\.[A-Za-z]{2,10}){0,3})[ \t]+"
                           r"(?i:e-?mail|mail|address|account|inbox)\b"),
        address_wish=re.compile(r"(?:\b(?:" + alt(data["address_wishes"]) + r")\b|\U0001F91E)", re.IGNORECASE),
        free_mail=frozenset(w.lower() for w in data["free_mail_domains"]),
        **_more_frames(data),
    )


def _more_frames(data: dict[str, Any]) -> dict[str, Any]:
    """The garment, move and form frames of ``_FrameWords`` (``cues.toml`` [employer])."""
    alt = _words_alternation
    org2 = _ORG.replace("?P<org>", "?P<org2>")
    items = alt(data["worn_items"])
    fields = alt(data["form_employer_fields"])
    fills = alt(data["form_fill_verbs"])
    # the label in quotes, whole ("Current employer" in quotes is another field), or bare before its field word
    quoted = r"[\"“‘'](?i:" + fields + r")[.:]?[\"”’']"
    bare = r"\b(?P<bare>(?i:" + fields + r"))[ \t]+(?i:" + alt(data["form_field_words"]) + r")\b"
    move_leads = {w.split()[0].lower() for w in (*data["move_verbs"], *data["leave_verbs"])}
    worn_leads = {w.split()[-1].lower() for w in data["worn_items"]}
    form_leads = {w.split()[-1].lower().replace("'s", "") for w in data["form_employer_fields"]}
    form_leads |= {w.split()[-1].lower() for w in data["form_employer_fields"] if "'" in w}
    return dict(
        # the verb, then the organisation before the item ("wear the Globex work jacket") or after it ("wear the
        # uniform of Globex")
        worn=re.compile(r"\b(?i:" + alt(data["wear_verbs"]) + r")[ \t]+(?:(?i:the|a|an|my|our|that|this|its|their)"
                        r"[ \t]+)?(?:(?i:own|new|first|official|very)[ \t]+){0,2}(?:" + _ORG + r"(?:['’]s)?[ \t]+"
                        r"(?:(?i:" + alt(data["worn_qualifiers"]) + r")[ \t]+){0,2}(?i:" + items + r")\b|(?i:" + items
                        + r")[ \t]+(?i:of|from)[ \t]+(?:(?i:the)[ \t]+)?" + org2 + r")"),
        worn_leads=frozenset(worn_leads),
        worn_qualifiers=frozenset(w.lower() for w in data["worn_qualifiers"]),
        worn_makers=frozenset(fold(w) for w in data["worn_makers"]),
        worn_wish=re.compile(r"\b(?:" + alt(data["worn_wishes"]) + r")\b", re.IGNORECASE),
        # "move to", "switching over to" the organisation, or "leave" something "for" it
        move=re.compile(r"(?i:" + alt(data["move_verbs"]) + r")[ \t]+(?:(?i:over|across|back)[ \t]+)?(?i:to)[ \t]+"
                        r"(?:(?i:the)[ \t]+)?" + _ORG + r"|(?i:" + alt(data["leave_verbs"]) + r")[ \t]+"
                        r"(?:[\w'’&.-]+[ \t]+){0,5}?(?i:for)[ \t]+(?:(?i:the)[ \t]+)?" + org2),
        move_leads=frozenset(move_leads),
        move_code=re.compile(r"\b(?:" + alt(data["move_code_cues"]) + r")\b", re.IGNORECASE),
        # the label, a few words, the verb of filling, the organisation; or the verb, the organisation, then the
        # label it went in ("in the "Company name" box") or "as the" label ("as the host organisation")
        # the label: in quotes, bare before its field word, or after "as the" ("as the host organisation")
        form=re.compile(r"(?:" + quoted + r"|" + bare + r"|\b(?i:as)[ \t]+(?:(?i:the)[ \t]+)?(?P<as>(?i:" + fields
                        + r"))\b(?![ \t]+(?i:of|for)\b))"),
        # ... then a few words, the verb of filling and the organisation
        form_after=re.compile(r"[ \t]*[,:]?[ \t]*(?:[\w'’]+[ \t]+){0,6}?(?i:" + fills + r")[ \t]+(?:(?i:in|out|down|as)"
                              r"[ \t]+)?(?:(?i:the)[ \t]+)?" + _ORG),
        # ... or, before it, the verb and the organisation it went in ("in the", "under") or stands as ("as")
        form_before=re.compile(r"\b(?i:" + fills + r")[ \t]+(?:(?i:in|out|down)[ \t]+)?" + _ORG + r"[ \t]+(?:(?i:in|"
                               r"into|under|for)[ \t]+(?:(?i:the|that|this)[ \t]+)?)?$"),
        form_leads=frozenset(form_leads),
        form_marks=("\"", "“", "‘", " as ", *(w.lower() for w in data["form_field_words"])),
        form_not_mine=re.compile(r"\b(?:" + alt(data["form_not_mine"]) + r")[ \t]+$", re.IGNORECASE),
        form_empty=frozenset(fold(w) for w in data["form_empty_values"]),
    )


def _sentence_end(ctx: RuleContext, pos: int, limit: int) -> int:
    """Where the sentence holding ``pos`` ends (the next one's start), but no more than ``limit`` characters on."""
    starts = ctx.analysis.sentence_starts
    k = bisect.bisect_right(starts, pos)
    return min(starts[k] if k < len(starts) else len(ctx.doc.own), pos + limit)


def _lead_starts(leads: list[tuple[int, str]], words: frozenset[str]) -> list[int]:
    """The offsets of the ``leads`` (``_frame_leads``) that are one of ``words``."""
    return [pos for pos, word in leads if word in words]


def _frame_leads(ctx: RuleContext) -> list[tuple[int, str]]:
    """(offset, word) of each word of the document that leads one of the frames, picked from the document's
    word tokens in C in one pass (a ``str.find`` walk per literal cost ~50 us a draft for the frames'
    forty-odd words), then sorted out by frame (``_lead_starts``)."""
    doc = ctx.doc
    selected = list(map(_frame_words().all_leads.__contains__, doc.lower_words))
    return list(zip(compress(doc.word_starts, selected), compress(doc.lower_words, selected)))


def _windows(starts: list[int], size: int, back: int, ahead: int) -> Iterator[tuple[int, int]]:
    """Spans around each offset of ``starts`` (sorted): ``back`` characters before it to ``ahead`` after it,
    overlapping spans merged, within ``size``. A frame's pattern is searched there only (a scan of the whole
    draft cost a few hundred microseconds a pattern)."""
    a = b = -1
    for pos in starts:
        lo, hi = max(0, pos - back), min(size, pos + ahead)
        if lo > b:
            if b > a:
                yield a, b
            a = lo
        b = max(b, hi)
    if b > a >= 0:
        yield a, b


def _frame_employers(ctx: RuleContext, own: str) -> Iterator[tuple[str, int, int, int]]:
    """(organisation, start, end, where its clause begins) for the organisation a frame names as the employer's
    place: the end of the writer's daily journey to work ("the keke from my house to the Rima Feeds gate ...
    I can resume early every day"), the subject of the decision on the post ("Has Northern Oasis Poultry taken
    a decision about this position?"), the owner of a staff document the reader sent ("the Nyanza Milk
    Processors staff handbook that you emailed me"). ``other_employers`` then drops the interview's company,
    people, placeholders and the writer's past employers."""
    low = ctx.analysis.lower
    words = _frame_words()
    leads = _frame_leads(ctx)
    if not leads:
        return
    for pos in _lead_starts(leads, words.commute_leads):
        m = words.commute.match(own, pos)
        if m is None:
            continue
        org = _trim_org(m.group("org"))
        if not org:
            continue
        after = m.start("org") + len(org)
        if not (words.workplace_after.match(own, after)
                or (_ORG_FOLLOW.match(own, after) and _organisation_by_name(org))):
            continue  # "from my house to the Central Market", "to Kano": a place on the way, no workplace
        if any(w.lower() in words.schools for w in org.split()):
            continue  # "to the Kaduna Polytechnic gate": where the writer studies
        if _frequent_words(ctx, org) and not _organisation_by_name(org):
            continue  # "to the Head Office gate": the employer's own unit, no other name
        lo = sentence_start(ctx, m.start(), 200)
        hi = _sentence_end(ctx, m.start(), 240)
        if not m.group(0)[:4].lower().startswith("comm") and not words.work_cue.search(own, lo, hi):
            continue  # "the drive from my house to the Globex depot where I buy feed": no work said
        yield org, m.start("org"), after, lo
    seen: set[int] = set()
    for a, b in _windows(_lead_starts(leads, words.decision_leads), len(own), 140, 40):
        for m in words.decision.finditer(own, a, b):
            org = _trim_org(m.group("org"))
            if not org or m.start("org") in seen or any(w.lower() in words.bodies for w in org.split()):
                continue  # "Has the Board taken a decision", "if Management has decided": a body of the reader's
            hi = _sentence_end(ctx, m.end(), 120)
            if not words.post_after.search(own, m.end(), hi):
                continue  # "when Globex decided to move to the cloud": a story, not the decision on the post
            seen.add(m.start("org"))
            lo = sentence_start(ctx, m.start(), 200)
            yield org, m.start("org"), m.start("org") + len(org), lo
    yield from _worn_employers(ctx, own, leads, seen)
    yield from _move_employers(ctx, own, leads, seen)
    yield from _form_employers(ctx, own, leads, seen)
    yield from _step_employers(ctx, own, leads, seen)
    yield from _stage_title_employers(ctx, own, leads, seen)
    yield from _file_employers(ctx, own, leads, seen)
    if "you" not in low:
        return
    for a, b in _windows(_lead_starts(leads, words.document_leads), len(own), 200, 40):
        for m in words.document.finditer(own, a, b):
            org = _trim_org(m.group("org"))
            if not org or m.start("org") in seen:
                continue
            lo = sentence_start(ctx, m.start(), 200)
            if not (words.sent_after.match(own, m.end())
                    or words.sent_before.search(own, max(lo, m.start() - 40), m.start())):
                continue  # "the Globex handbook I found online": not the reader's document
            seen.add(m.start("org"))
            yield org, m.start("org"), m.start("org") + len(org), lo


#: a clause told in the past, before the verb of a frame ("I was proud to wear", "It was an honour to wear")
_PAST_BEFORE: Final = LazyPattern(r"\b(?:was|were|had|did|used[ \t]+to|wore|worn)\b", re.IGNORECASE)
#: the writer's own employer of today or before, said in the sentence ("at my current job", "I still wear")
_OWN_NOW: Final = LazyPattern(r"\b(?:my[ \t]+(?:current|present|previous|last|former|old)|currently|still|"
                              r"at[ \t]+present)\b", re.IGNORECASE)
#: what may follow the organisation moved to, besides ``_ORG_FOLLOW``'s words ("after the Spring Festival")
_MOVE_FOLLOW: Final = LazyPattern(r"[ \t]+(?:after|before|later|early|once|within|around|starting|until|till|"
                                  r"effective|last|first)\b", re.IGNORECASE)
#: the writer as the one who moves, a few words before the verb ("I may", "I am", "I will be", "I plan to")
_MOVER_BEFORE: Final = LazyPattern(r"\bI(?:['’](?:m|ll|d|ve))?(?:[ \t]+[\w'’]+){0,5}[ \t]+$")


def _worn_employers(ctx: RuleContext, own: str, leads: list[tuple[int, str]],
                    seen: set[int]) -> Iterator[tuple[str, int, int, int]]:
    """The organisation whose work garment or badge the writer hopes to wear ("I would be proud to wear the Senne
    Kühltransporte jacket every day", "can't wait to put on the Globex overalls", "to wear the uniform of Globex
    Foods"): the employer. A wish in the sentence, no past ("I was proud to wear the Acme uniform") and no
    employer of the writer's own ("I still wear the Acme jacket at my current job")."""
    words = _frame_words()
    for a, b in _windows(_lead_starts(leads, words.worn_leads), len(own), 140, 80):
        for m in words.worn.finditer(own, a, b):
            group = "org" if m.group("org") else "org2"
            names = _trim_org(m.group(group)).split()
            while len(names) > 1 and names[-1].lower() in words.worn_qualifiers:
                names.pop()  # "the Globex Safety jacket": the organisation is "Globex"
            org, at = " ".join(names), m.start(group)
            if not org or at in seen or _frequent_words(ctx, org):
                continue  # "the Winter uniform", "the Safety jacket": a kind of garment, no name
            if any(fold(" ".join(names[:k])) in words.worn_makers for k in range(1, len(names) + 1)):
                continue  # "the Helly Hansen jacket": the garment's maker, no employer
            if len(names) == 1 and _dictionary_words(ctx, org):
                continue  # "the Ghana colours", "the Kenyan colours", "the Arsenal jersey": a nation or a club
            lo = sentence_start(ctx, m.start(), 200)
            hi = _sentence_end(ctx, m.end(), 200)
            if (_PAST_BEFORE.search(own, lo, m.start()) or _OWN_NOW.search(own, lo, hi)
                    or not words.worn_wish.search(own, lo, hi)):
                continue  # worn once, worn today at the writer's own employer, or no wish to wear it
            seen.add(at)
            yield org, at, at + len(org), lo


def _move_employers(ctx: RuleContext, own: str, leads: list[tuple[int, str]],
                    seen: set[int]) -> Iterator[tuple[str, int, int, int]]:
    """The organisation the writer says they are moving to ("I have already told my supervisor that I may move
    to Linzi Porcelain Group", "I will be switching to Globex Ltd", "I am leaving my post for Globex Foods"): the
    employer ahead. The writer the one who moves, not in the past ("I was moving to"), and an organisation by
    its own words ("move to Port Harcourt" is a city, "switch to Oracle Cloud" a tool)."""
    words = _frame_words()
    for pos in _lead_starts(leads, words.move_leads):
        m = words.move.match(own, pos)
        if m is None:
            continue
        group = "org" if m.group("org") else "org2"
        org, at = _trim_org(m.group(group)), m.start(group)
        if not org or at in seen or not _organisation_by_name(org):
            continue
        end = at + len(org)
        if not (_ORG_FOLLOW.match(own, end) or _MOVE_FOLLOW.match(own, end) or words.workplace_after.match(own, end)):
            continue  # "move to Abuja Municipal Area Council housing": the name of a thing, not the employer
        lo = sentence_start(ctx, m.start(), 200)
        back = max(lo, m.start() - 60)
        if _MOVER_BEFORE.search(own, back, m.start()) is None or _PAST_BEFORE.search(own, back, m.start()):
            continue  # "our plant may move to", "I was moving to": not the writer's move ahead
        if words.move_code.search(own, lo, _sentence_end(ctx, m.end(), 200)):
            continue  # "I would move to Amazon Web Services for the hosting": a system moved, not the writer
        seen.add(at)
        yield org, at, at + len(org), lo


def _form_employers(ctx: RuleContext, own: str, leads: list[tuple[int, str]],
                    seen: set[int]) -> Iterator[tuple[str, int, int, int]]:
    """The organisation the writer filled in a form's employer field ("In the part "Host organisation" I have
    filled Dien Chau Fish Sauce Company", "I put Globex Ltd as the host organisation"): the employer. A field
    of the writer's own employer or of another person's ("Current employer", "Referee's company") is another."""
    words = _frame_words()
    # (the labels are looked for close to their last word only; the verb and the organisation from each label)
    for a, b in _windows(_lead_starts(leads, words.form_leads), len(own), 40, 40):
        chunk = own[a:b].lower()
        if not any(w in chunk for w in words.form_marks):
            continue  # no quote, no "as", no field word near the word: no label ("the company was kind")
        for m in words.form.finditer(own, a, b):
            label = m.start("as") if m.group("as") else m.start("bare") if m.group("bare") else m.start()
            hit = None
            if not m.group("as"):
                hit = words.form_after.match(own, m.end())
            if hit is None:
                hit = words.form_before.search(own, max(0, m.start() - 120), m.start())
            if hit is None:
                continue
            org, at = _trim_org(hit.group("org")), hit.start("org")
            if not org or at in seen:
                continue
            if (m.group("as") or m.group("bare")) and words.form_not_mine.search(own, max(0, label - 30), label):
                continue  # "my current employer field", "the referee's company box": another field
            if fold(org) in words.form_empty or (_frequent_words(ctx, org) and not _organisation_by_name(org)):
                continue  # "TBC", "Self-employed", "None": the field names nobody
            lo = sentence_start(ctx, min(m.start(), hit.start()), 200)
            if _OWN_NOW.search(own, lo, _sentence_end(ctx, max(m.end(), hit.end()), 200)):
                continue  # "I filled in Acme Ltd under "Employer", since it is my current job": the writer's own
            seen.add(at)
            yield org, at, at + len(org), lo


def _framed_mention(own: str, org: str, s: int, e: int, company: str) -> CompanyMention:
    """The mention of ``org`` at ``own[s:e]``; a name written as in a file's name ("Delta_Nile_Feeds",
    "SahelHaulage") is quoted as written, and the company to write instead is spelt the same way."""
    text = own[s:e]
    if text == org or " " in text:
        return CompanyMention(s, e, org)
    sep = next((c for c in "_-." if c in text), "")
    return CompanyMention(s, e, text, replacement=sep.join(company.split()))


@dataclass(frozen=True, slots=True)
class _HiringWords:
    """The frames of the hiring's own steps and papers (``cues.toml`` [employer], compiled once): a step of being
    hired and the organisation it is for ("the medical check-up for Globex", "the second stage at the Xaxim plant
    of Globex"), the name of a file sent ("CV_for_Globex.pdf"), an application paper attached "for" one."""

    step: re.Pattern[str]
    #: the steps by their last word (``_phrase_table``)
    step_phrases: dict[str, tuple[tuple[str, int], ...]]
    venues: frozenset[str]
    workplace_after: re.Pattern[str]
    #: a determiner of someone else's before the step ("his medical", "my brother's contract")
    others_before: re.Pattern[str]
    #: a file's extension after its full stop ("Globex_CV.pdf")
    extension: re.Pattern[str]
    papers: frozenset[str]
    file_words: frozenset[str]
    noise: frozenset[str]
    paper_for: re.Pattern[str]
    paper_phrases: dict[str, tuple[tuple[str, int], ...]]
    attach_cue: re.Pattern[str]
    leads: frozenset[str]
    #: an event's or an invitation's title: a stage, a dash or a colon, the organisation holding it ("Second
    #: round – Poyang Lake Logistics", "Interview: Globex Ltd")
    stage_title: re.Pattern[str]
    title_phrases: dict[str, tuple[tuple[str, int], ...]]


@lru_cache(maxsize=1)
def _hiring_words() -> _HiringWords:
    from .sentences import cue_data

    data = cue_data()["employer"]
    alt = _words_alternation
    org2 = _ORG.replace("?P<org>", "?P<org2>")
    parts = alt(data["workplace_parts"])
    papers = [w.lower() for w in data["application_papers"]]
    steps = (*data["hiring_checks"], *data["hiring_papers"], *data["hiring_stages"])
    return _HiringWords(
        # a check "for" the organisation; a paper "with" or "for" it; a stage "for", "with", "at" or "in" it, or
        # "at" / "in" a place of its ("at the Xaxim plant of Globex Foods")
        step=re.compile(r"\b(?:(?P<check>(?i:" + alt(data["hiring_checks"]) + r"))[ \t]+(?i:for)"
                        r"|(?P<paper>(?i:" + alt(data["hiring_papers"]) + r"))[ \t]+(?i:with|for)"
                        r"|(?P<stage>(?i:" + alt(data["hiring_stages"]) + r"))[ \t]+(?P<prep>(?i:for|with|at|in)))"
                        r"[ \t]+(?:(?i:the)[ \t]+)?(?:(?:[A-Z][\w'’-]*[ \t]+){0,3}(?i:" + parts + r")[ \t]+(?i:of|from)"
                        r"[ \t]+(?:(?i:the)[ \t]+)?" + org2 + r"|" + _ORG + r")"),
        # (a step's last word, where the pattern's window is taken around: "check-up" of "medical check-up")
        step_phrases=_phrase_table(steps),
        venues=frozenset(w.lower() for w in data["stage_venues"]),
        workplace_after=re.compile(r"[ \t]+(?i:" + parts + r")\b"),
        others_before=re.compile(r"\b(?:his|her|their|its|\w+['’]s)[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE),
        extension=re.compile(r"\.(?i:" + alt(data["file_extensions"]) + r")(?!\w)"),
        papers=frozenset(w.replace(" ", "") for w in papers),
        file_words=frozenset(w.lower() for w in data["file_papers"]),
        noise=frozenset(w.lower() for w in data["file_noise"]),
        # "my CV for Delta Nile Feeds", "the cover letter I wrote for Globex" (an attachment said in the sentence)
        paper_for=re.compile(r"\b(?i:" + alt(papers) + r")[ \t]+(?:(?i:that[ \t]+|which[ \t]+)?(?:I|we)[ \t]+"
                             r"(?:(?i:had|have)[ \t]+)?(?i:prepared|wrote|written|made|tailored|adapted|did)[ \t]+)?"
                             r"(?i:for)[ \t]+(?:(?i:the)[ \t]+)?" + _ORG),
        paper_phrases=_phrase_table(papers),
        attach_cue=re.compile(r"\b(?:" + alt(data["attachment_cues"]) + r")\b", re.IGNORECASE),
        leads=frozenset((*(w.split()[-1].lower() for w in steps), *(w.split()[-1] for w in papers),
                         *(w.split()[-1].lower() for w in data["titled_stages"]))),
        stage_title=re.compile(r"(?i:" + alt((*data["hiring_stages"], *data["titled_stages"])) + r")[ \t]*(?:[–—:|]|-(?=[ \t]))"
                               r"[ \t]*(?:(?i:the)[ \t]+)?" + _ORG),
        title_phrases=_phrase_table((*data["hiring_stages"], *data["titled_stages"])),
    )


def _phrase_table(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each last word of ``phrases`` (lower case), the phrases ending on it and how far before that word each
    begins ("check-up": ("medical check-up", 8))."""
    table: dict[str, list[tuple[str, int]]] = {}
    for p in dict.fromkeys(w.lower() for w in phrases):
        last = p.split()[-1]
        table.setdefault(last, []).append((p, len(p) - len(last)))
    return {k: tuple(v) for k, v in table.items()}


def _phrase_matches(ctx: RuleContext, own: str, leads: list[tuple[int, str]],
                    table: dict[str, tuple[tuple[str, int], ...]], rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``rx`` matched where one of the phrases of ``table`` begins: found from the word tokens that end them
    (``leads``), so the pattern is tried at a handful of places, not at every offset around them. When
    lower-casing moved the offsets, the pattern is searched around the words instead."""
    low = ctx.analysis.lower
    if len(low) != len(own):
        for a, b in _windows([pos for pos, word in leads if word in table], len(own), 40, 160):
            yield from rx.finditer(own, a, b)
        return
    tried: set[int] = set()
    for pos, word in leads:
        for phrase, back in table.get(word, ()):
            a = pos - back
            if a < 0 or a in tried or not low.startswith(phrase, a) or (a and own[a - 1].isalnum()):
                continue
            tried.add(a)
            m = rx.match(own, a)
            if m is not None:
                yield m


def _clause_bounds(ctx: RuleContext, own: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``own[start:end]``: within its sentence, between the clause breaks around it
    (``clause_breaks``: a comma, "but", "because"...), so that a long sentence's other clauses do not count."""
    breaks = _wish_words().breaks
    lo = sentence_start(ctx, start, 240)
    hi = _sentence_end(ctx, end, 240)
    a = max([own.rfind(d, lo, start) + len(d) for d in breaks if own.rfind(d, lo, start) >= 0] + [lo])
    b = min([x for x in (own.find(d, end, hi) for d in breaks) if x >= 0] + [hi])
    return a, b


def _step_employers(ctx: RuleContext, own: str, leads: list[tuple[int, str]],
                    seen: set[int]) -> Iterator[tuple[str, int, int, int]]:
    """The organisation a step of the hiring is for: the pre-employment check ("I can do the medical check-up for
    Rajang Plywood any day this week"), the contract or badge ("my contract with Globex Ltd"), the next stage and
    where it is held ("the second stage at the Xaxim plant of Frigorífico Xanxerê", "the final interview at Globex
    Foods"). Each is the employer's own step, so the organisation is the employer. Not a step told in the past
    ("I did the medical for Acme in 2019") or of the writer's current job, someone else's ("his contract with
    Acme"), a place the stage is held that no employer is ("at the Serena Hotel", "at the Xaxim plant"), a
    post, a department or a school."""
    words = _hiring_words()
    frames = _frame_words()
    for m in _phrase_matches(ctx, own, leads, words.step_phrases, words.step):
        group = "org2" if m.group("org2") else "org"
        raw = m.group(group)
        cut = re.search(r"['’]s\b", raw)
        org = _trim_org(raw[:cut.start()] if cut else raw)
        at = m.start(group)
        if not org or at in seen:
            continue
        end = at + len(org)
        if words.others_before.search(own, max(0, m.start() - 30), m.start()):
            continue  # "his medical for Acme", "my brother's contract with Acme": someone else's step
        if _frequent_words(ctx, org) and not _organisation_by_name(org) or _role_word(org):
            continue  # "the medical for New Staff", "the second round for Sawmill Supervisor": no employer
        if len(org.split()) == 1 and _dictionary_words(ctx, org):
            continue  # "the next round for Python": a word, no employer's name
        if any(w.lower() in frames.schools for w in org.split()):
            continue  # "the orientation at Kaduna Polytechnic": where the writer studies
        if ctx.analysis.names.data.is_given_name(org.split()[0]) and not _organisation_by_name(org):
            continue  # "Laravel skills test for Paul Firth": a person's, no organisation
        if group == "org" and m.group("stage") and m.group("prep").lower() in ("at", "in"):
            # a place the stage is held: an organisation by its own words (a town's, "at Port Harcourt", or a
            # venue's, "at the Eko Hotel", are no employer's), standing alone ("at the Xaxim plant" is a town's
            # plant: no employer named)
            if org.split()[-1].lower() in words.venues or not _organisation_by_name(org):
                continue
            if not _ORG_FOLLOW.match(own, end) and not (words.workplace_after.match(own, end)
                                                        and _organisation_by_name(org)):
                continue
        lo, hi = _clause_bounds(ctx, own, m.start(), end)
        if _PAST_BEFORE.search(own, lo, m.start()) or _OWN_NOW.search(own, lo, hi) \
                or _wish_words().past.search(own, lo, hi):
            continue  # "I did the medical for Acme", "my current contract with Acme": the writer's past or own
        seen.add(at)
        yield org, at, end, lo


#: what opens an event's title before its stage: a quote, the line's start (a bullet or a mark allowed), or the
#: word of an invitation or a calendar entry ("the calendar invitation "Second round – Globex"", "Event: Interview
#: – Globex")
_TITLE_OPEN: Final = LazyPattern(r"(?:^[ \t>*•-]*|[\"“‘«]|\b(?i:invitation|invite|event|meeting|calendar|entry|titled|"
                                 r"called|subject)[ \t]*:?[ \t]*[\"“‘«]?)[ \t]*$", re.MULTILINE)
#: what closes the title after the organisation: a quote, the line's end, a bracket, a comma or a full stop
_TITLE_CLOSE: Final = LazyPattern(r"[ \t]*(?:[\"”’»(,]|\.?[ \t]*$|\.[ \t])", re.MULTILINE)


def _stage_title_employers(ctx: RuleContext, own: str, leads: list[tuple[int, str]],
                           seen: set[int]) -> Iterator[tuple[str, int, int, int]]:
    """The organisation an event's or an invitation's title puts the next stage at ("I also have accepted the
    calendar invitation "Second round – Poyang Lake Logistics" for next Wednesday", a line "Interview: Globex
    Ltd, 10:00"): the employer holding the stage. The title is quoted, opens its line or follows the word of an
    invitation; a post ("Second round – Data Analyst"), a person ("Interview – Paul Firth"), everyday words
    ("Final interview – Head Office") or a venue ("Second round – Serena Hotel") there names no employer."""
    words = _hiring_words()
    for m in _phrase_matches(ctx, own, leads, words.title_phrases, words.stage_title):
        org, at = _trim_org(m.group("org")), m.start("org")
        if not org or at in seen:
            continue
        end = at + len(org)
        line = own.rfind("\n", 0, m.start()) + 1
        if (_TITLE_OPEN.search(own, max(line, m.start() - 40), m.start()) is None
                or _TITLE_CLOSE.match(own, end) is None):
            continue  # "the second round - at least I hope - Globex": no title
        if (_frequent_words(ctx, org) and not _organisation_by_name(org)) or _role_word(org) \
                or org.split()[-1].lower() in words.venues:
            continue
        if len(org.split()) == 1 and _dictionary_words(ctx, org):
            continue
        if ctx.analysis.names.data.is_given_name(org.split()[0]) and not _organisation_by_name(org):
            continue
        seen.add(at)
        yield org, at, end, sentence_start(ctx, m.start(), 200)


#: a file's name before its extension: no spaces, quotes, brackets or marks of a sentence
_FILE_STEM: Final = LazyPattern(r"[^\s\"“”‘’'`()<>\[\]{}:;,|*?]{1,120}$")
#: the words of a file's name: capitalised or lower-case runs, an all-capital run, digits
_FILE_WORD: Final = LazyPattern(r"[A-Z]{2,}(?![a-z])|[A-Z]?[^\W\dA-Z_]+|[A-Z]|\d+")


def _file_employers(ctx: RuleContext, own: str, leads: list[tuple[int, str]],
                    seen: set[int]) -> Iterator[tuple[str, int, int, int]]:
    """The organisation the name of a file the writer sends was made for ("file name:
    Ahmed_Fawzy_CV_for_Delta_Nile_Feeds.pdf", "Globex_Application.docx", "CoverLetter-Globex-Ltd.pdf") or an
    application paper attached "for" ("I attached again my CV for Delta Nile Feeds"): the one applied to, i.e.
    the employer. Not the writer's own name in the file's ("Ahmed_Fawzy_CV.pdf"), its version or date
    ("CV_final_2026.pdf"), the post ("CV_for_Accountant_Position.pdf"), a school's or a referee's paper
    ("Reference_from_Misr_Foods.pdf" names no application)."""
    words = _hiring_words()
    signed = {fold(w) for w in (ctx.doc.signature_name or "").split()}
    data = ctx.analysis.names.data
    # (an extension after digits, "CV_2026.pdf", is no word token: the extensions are looked for in the text)
    for ext in words.extension.finditer(own) if "." in own else ():
        pos = ext.start() + 1
        stem = _FILE_STEM.search(own, max(0, pos - 121), pos - 1)
        if stem is None:
            continue
        found = list(_FILE_WORD.finditer(own, stem.start(), stem.end()))
        low = [w.group(0).lower() for w in found]
        # the papers of two words run together or apart ("CoverLetter", "Cover_Letter")
        pairs = {i for i in range(len(low) - 1) if low[i] + low[i + 1] in words.papers}
        paper = [i for i in range(len(low)) if low[i] in words.papers or i in pairs]
        prep = [i for i in range(len(low)) if low[i] in ("for", "to", "at")]
        if not paper:
            continue  # "Transcript_for_Unilag.pdf", "Reference_from_Acme.pdf": no paper of an application
        if prep and prep[-1] > paper[0]:
            span = found[prep[-1] + 1:]
        else:
            first, last = paper[0], paper[-1] + (1 if paper[-1] in pairs else 0)
            before = [w for w in found[:first] if fold(w.group(0)) not in signed]
            span = before if before else found[last + 1:]
        def telling(w: re.Match[str]) -> bool:
            t = w.group(0).lower()
            return not (t.isdigit() or t in words.noise or t in words.papers or t in words.file_words
                        or fold(w.group(0)) in signed or (len(t) == 1 and t not in "&"))
        span = list(span)
        while span and not telling(span[-1]):
            span.pop()
        while span and not telling(span[0]):
            span.pop(0)
        if not span or any(fold(w.group(0)) in signed for w in span):
            continue  # "Ahmed_Fawzy_CV_2026.pdf": the writer's own name and the version
        org = " ".join(w.group(0) if w.group(0)[:1].isupper() else w.group(0).capitalize() for w in span)
        s, e = span[0].start(), span[-1].end()
        if s in seen:
            continue
        if _role_word(org) or (_frequent_words(ctx, org) and not _organisation_by_name(org)):
            continue  # "CV_for_Accountant_Position.pdf", "CV_for_the_job.pdf": the post, no employer
        if len(span) == 1 and _dictionary_words(ctx, org):
            continue  # "CV_for_Cairo.pdf": a place or a word
        if data.is_given_name(span[0].group(0)) and not _organisation_by_name(org):
            continue  # "CV_for_Tamer.pdf": a person's
        if any(w.lower() in _frame_words().schools for w in org.split()):
            continue  # "Transcript_for_Zagazig_University.pdf": a school's paper
        seen.add(s)
        yield org, s, e, sentence_start(ctx, s, 200)
    if not any(c in ctx.analysis.lower for c in ("attach", "enclos", "find", "resend", "re-send", "file")):
        return
    for m in _phrase_matches(ctx, own, leads, words.paper_phrases, words.paper_for):
        org, at = _trim_org(m.group("org")), m.start("org")
        if not org or at in seen or _role_word(org) or (_frequent_words(ctx, org)
                                                        and not _organisation_by_name(org)):
            continue  # "my CV for the Accountant Position": the post
        if any(w.lower() in _frame_words().schools for w in org.split()):
            continue  # "my CV for Cairo University's career fair"
        lo, hi = sentence_start(ctx, m.start(), 200), _sentence_end(ctx, m.end(), 200)
        if not words.attach_cue.search(own, lo, hi):
            continue  # "I wrote a CV for Globex last year": no attachment of this note
        seen.add(at)
        yield org, at, at + len(org), lo


def _address_employers(ctx: RuleContext, own: str) -> Iterator[tuple[str, int, int, int]]:
    """(domain's name, start, end, where its clause begins) for an e-mail address the writer hopes to have at
    an organisation's domain ("Really hope to have my own @mukwanopay.co email soon"): the domain names the
    employer ahead (a free mail service's or a school's domain, "my own @gmail.com address", ".ac.ug",
    ".edu", names none)."""
    low = ctx.analysis.lower
    if "mail" not in low and "address" not in low and "account" not in low and "inbox" not in low:
        return
    words = _frame_words()
    seen: set[int] = set()
    for a, b in _windows(_lead_starts(_frame_leads(ctx), words.address_leads), len(own), 120, 12):
        for m in words.address.finditer(own, a, b):
            dom, tld = m.group("dom"), m.group("tld").lower()
            if m.start("dom") in seen or not (m.group("at") or tld) or dom.lower() in words.free_mail:
                continue  # "to have my own work email": no domain named
            if _SCHOOL_DOMAIN.search(tld):
                continue  # a school's domain: where the writer studies
            if dom.isdigit():
                continue
            lo = sentence_start(ctx, m.start(), 200)
            hi = _sentence_end(ctx, m.start(), 240)
            if not words.address_wish.search(own, lo, hi):
                continue  # "I will use my @acme.com email for the form": no hope of an address ahead
            seen.add(m.start("dom"))
            yield dom, m.start("dom"), m.end("dom"), lo


#: the domain suffixes of schools and universities (".ac.ug", ".edu", ".sch.uk")
_SCHOOL_DOMAIN: Final = LazyPattern(r"\.(?:ac|edu|sch)(?:\.|$)")


def _interviewer_domain(ctx: RuleContext) -> str:
    """The name of the interviewers' e-mail domain ("nileledger" of "brian@nileledger.example"), or ""."""
    interview = ctx.interview
    for p in interview.interviewers if interview is not None else ():
        if p.email and "@" in p.email:
            return p.email.split("@", 1)[1].split(".")[0]
    return ""


def _another_domain(ctx: RuleContext, dom: str) -> bool:
    """Is the domain's name ``dom`` another than the interviewers' own (and any domain of the interview's company)?"""
    own = _interviewer_domain(ctx)
    return not own or fold(dom).replace("-", "") != fold(own).replace("-", "")

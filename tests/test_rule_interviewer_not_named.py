"""FL201 interviewer-not-named: good and bad greetings, with and without interview context."""

from __future__ import annotations

import pytest

from followup_lint import Draft, Interviewer, lint_draft
from followup_lint.rules.names import InterviewerNotNamed
from followup_lint.testing import findings_of, flagged_texts

from _names_cases import GREETING_BODY, NAMING_GREETINGS, iv


def run_all(body: str, interview):  # type: ignore[no-untyped-def]
    """Every rule on ``body`` (the naming rules judge together: named, misspelled, wrong name)."""
    from followup_lint import Draft, lint_draft

    return lint_draft(Draft(body=body, subject="Thank you"), interview, now=None)

DANA = iv(("Dana Okafor", "dana.okafor@initech.example"), company="Initech")
TAN = iv(Interviewer("Tan Wei Ming", "weiming.tan@lionport.example"))
PANEL = iv(("Ana Ribeiro", "ana@northloop.example"), ("Rajesh Iyer", "rajesh@northloop.example"))

GOOD = [
    ("Hi Dana,\n\nThanks for today.", DANA, {}),
    ("hi dana,\n\nThanks for today.", DANA, {}),
    ("DEAR DR. OKAFOR,\n\nThanks for today.", DANA, {}),
    ("Dear Dana Okafor,\n\nThanks for today.", DANA, {}),
    ("Hi Bob,\n\nThanks for today.", iv("Robert Lindqvist"), {}),
    ("Hi Bec,\n\nThanks for today.", iv("Rebecca Walsh"), {}),
    ("Hi Andy,\n\nThanks for today.", iv("Nguyễn Văn An (Andy)"), {}),
    ("Hi Kit,\n\nThanks for today.", iv('Christopher "Kit" Marlowe'), {}),
    ("Dear Mr. Nguyễn,\n\nThanks for today.", iv("Nguyễn Văn An (Andy)"), {}),
    ("Hi Shegs,\n\nThanks for today.", iv(Interviewer("Olusegun Bakare", preferred_name="Shegs")), {}),
    ("Hi, Dana!\n\nThanks for today.", DANA, {}),
    ("Good morning, Dr. Okafor:\n\nThanks for today.", DANA, {}),
    ("Dear Peggy,\n\nThanks for today.", iv("Margaret Hale"), {}),
    ("Hi Sasha,\n\nThanks for today.", iv("Alexander Petrov"), {}),
    ("Hi Sammy,\n\nThanks for today.", iv("Samantha Reyes"), {}),
    ("Hi Chris,\n\nThanks for today.", iv("Christopher Hale"), {}),
    ("Dear Mr. Tan,\n\nThanks for today.", TAN, {}),
    ("Dear Mr. Tan,\n\nThanks for today.", iv("TAN Wei Ming"), {}),
    ("Dear Ms. van der Berg,\n\nThanks for today.", iv("Lotte van der Berg"), {}),
    ("Dear Ms. Van Der Berg,\n\nThanks for today.", iv("Lotte van der Berg"), {}),
    ("Dear Ms O'Sullivan,\n\nThanks for today.", iv("Siobhán O'Sullivan"), {}),
    ("Dear Siobhan,\n\nThanks for today.", iv("Siobhán O'Sullivan"), {}),  # misspelt: FL202, still named
    ("Dear Anne-Marie,\n\nThanks for today.", iv("Anne-Marie van der Merwe"), {}),
    ("Dear Dr. Großmann,\n\nThanks for today.", iv("Jürgen Großmann"), {}),
    ("Dear Dr. Grossmann,\n\nThanks for today.", iv("Jürgen Großmann"), {}),
    ("Hi Juergen,\n\nThanks for today.", iv("Jürgen Großmann"), {}),
    ("Thank you for today, Dana. The pipeline story stayed with me.", DANA, {}),
    ("Thank you for today. The pipeline story stayed with me.", None, {}),  # no context, no greeting
    ("Hi Dana,\n\nThanks for today.", None, {}),
    ("hi dana thanks so much for the tour today", DANA, {}),  # typed on a phone, glued to the message
    ("hey dana loved hearing about the pipeline", DANA, {}),
    ("Hi {{interviewer_first_name}},\n\nThanks for today.", DANA, {"template": True}),
    ("Dear [Interviewer Name],\n\nThanks for today.", None, {"template": True}),
]

BAD = [
    ("Hello,\n\nThanks for today.", DANA, {}, "Hello"),
    ("Hi there,\n\nThanks for today.", DANA, {}, "Hi there"),
    ("Dear Hiring Manager,\n\nThanks for today.", DANA, {}, "Dear Hiring Manager"),
    ("To whom it may concern,\n\nThanks for today.", DANA, {}, "To whom it may concern"),
    ("Dear Recruiting Team,\n\nThanks for today.", DANA, {}, "Dear Recruiting Team"),
    ("Dear Initech team,\n\nThanks for today.", DANA, {}, "Dear Initech team"),
    ("Hi all,\n\nThanks for today.", PANEL, {}, "Hi all"),
    ("Hi [Name],\n\nThanks for today.", DANA, {}, "Hi [Name]"),
    ("Hi {{first_name}},\n\nThanks for today.", DANA, {}, "Hi {{first_name}}"),
    ("Hi Jessica,\n\nThanks for setting up the day.", DANA,
     {"to": ("jessica.moreau@initech.example",)}, "Hi Jessica"),
    ("Thank you for today. The pipeline story stayed with me.", DANA, {}, ""),
    ("Dear Engineering Team,\n\nThanks for today.", DANA, {}, "Dear Engineering Team"),
    ("Dear Head of People,\n\nThanks for today.", DANA, {}, "Dear Head of People"),  # a role named in full
    ("Hello,\n\nThanks for today.", None, {}, "Hello"),
    ("Dear Sir or Madam,\n\nThanks for today.", None, {}, "Dear Sir or Madam"),
    ("Hi [Name],\n\nThanks for today.", None, {}, "Hi [Name]"),
]


#: someone else's name in the greeting: wrong-name (FL203) says whose name it is, interviewer-not-named
#: (FL201) whom to greet instead, with the fix (the label definition: greeting somebody else is not naming
#: the interviewer)
OTHER_NAME = [
    ("Hi Megan,\n\nThanks for today.", DANA, "Megan"),
    ("Dear Mr. Lee,\n\nThanks for today.", TAN, "Lee"),
    ("Hello Priyanka!\n\nIt was a pleasure to talk about the pipeline.", DANA, "Priyanka"),
    ("Dear Ms. Whitfield:\n\nThank you for the interview on Tuesday.", DANA, "Whitfield"),
]


@pytest.mark.parametrize("body,interview,name", OTHER_NAME)
def test_a_greeting_to_someone_else_names_the_stranger_and_whom_to_greet(body, interview, name):
    from followup_lint import Config
    from followup_lint.engine import Linter

    report = Linter(Config(), plugins=False).lint(body, interview, clock=False)
    codes = sorted(f.code for f in report.findings if f.code in ("FL201", "FL203"))
    assert codes == ["FL201", "FL203"]
    assert [f.data["name"] for f in report.findings if f.code == "FL203"] == [name]
    [not_named] = [f for f in report.findings if f.code == "FL201"]
    assert not_named.data["reason"] == "stranger" and not_named.fixes


#: the greeting names the note's own recipient, who did not interview (a recruiter, a coordinator): the note
#: names no interviewer, even when it mentions them in the body, but writing to the recipient is no slip
TO_RECIPIENT = [
    ("Hi Jessica,\n\nPlease pass my thanks on to Dr. Okafor.", ("jessicam@initech.example",)),
    ("Hi Jessica,\n\nCould you pass my thanks on to Dana Okafor? The pipeline story stayed with me.",
     ("Jessica Moreau <jessica.moreau@initech.example>",)),
    ("Hello Rohan\n\nThank you for lining up my conversation with Dana this morning.", ("rohan.k@initech.example",)),
    ("Dear Ms. Abernathy,\n\nI am grateful you arranged the panel; Dana was generous with her time.",
     ("l.abernathy@initech.example",)),
    ("Good morning Tomasz!\n\nJust checking whether Dana has had a chance to decide.",
     ("Tomasz Wróbel <tw@initech.example>",)),
]


@pytest.mark.parametrize("body,to", TO_RECIPIENT)
def test_a_greeting_to_a_recipient_who_did_not_interview_names_no_interviewer(body, to):
    from followup_lint import Config
    from followup_lint.engine import Linter

    from followup_lint import Draft

    report = Linter(Config(), plugins=False).lint(Draft(body=body, to=to), DANA, clock=False)
    [not_named] = [f for f in report.findings if f.code == "FL201"]
    assert not_named.data["reason"] == "recipient"
    assert not not_named.fixes  # writing to the recruiter is right: no fix renames the reader
    assert "Dana Okafor" in not_named.message
    assert [f for f in report.findings if f.code == "FL203"] == []  # no slip: no wrong name


def test_a_greeting_to_a_recipient_still_names_the_interviewer_when_both_are_greeted():
    assert flagged_texts(InterviewerNotNamed, "Hi Jessica and Dana,\n\nThanks for today.", DANA,
                         to=("jessicam@initech.example", "dana.okafor@initech.example")) == []


@pytest.mark.parametrize("body,interview,kw", GOOD)
def test_good(body, interview, kw):
    assert flagged_texts(InterviewerNotNamed, body, interview, **kw) == []


@pytest.mark.parametrize("body,interview,kw,span", BAD)
def test_bad(body, interview, kw, span):
    assert flagged_texts(InterviewerNotNamed, body, interview, **kw) == [span]


def test_without_context_the_finding_has_low_confidence():
    [f] = findings_of(InterviewerNotNamed, "Dear Hiring Manager,\n\nThanks.")
    assert f.data["confidence"] == "low"


def test_fix_names_the_interviewer_in_the_to_line():
    [f] = findings_of(InterviewerNotNamed, "Hi there,\n\nThanks.", DANA, to=("dana.okafor@initech.example",))
    assert f.fixes and f.fixes[0].edits[0].replacement == " Dana"
    [f] = findings_of(InterviewerNotNamed, "Dear Hiring Manager,\n\nThanks.", DANA)
    assert f.fixes[0].edits[0].replacement == " Dana Okafor"


def test_a_name_that_is_also_a_common_or_company_word():
    assert flagged_texts(InterviewerNotNamed, "Hi May,\n\nThanks for today.", iv("May Chen")) == []
    assert flagged_texts(InterviewerNotNamed, "Hi Dana,\n\nThanks.", iv("Dana Reyes", company="Dana Farber")) == []
    assert flagged_texts(InterviewerNotNamed, "Hi all,\n\nThanks.", iv("Al Moreno", "Bo Lind")) == ["Hi all"]


# -- greetings that name the interviewer in many forms (titles, initials, suffixes, other languages) ------


@pytest.mark.parametrize("greeting,person", NAMING_GREETINGS)
def test_greeting_forms_that_name_the_interviewer(greeting: str, person: str) -> None:
    assert flagged_texts(InterviewerNotNamed, greeting + GREETING_BODY, iv(person, company="Initech")) == []


@pytest.mark.parametrize("greeting", ["Dear Captain,", "Hi Chef,", "Dear Doctor,", "Dear Principal,",
                                      "Good day Ma,", "Hi Eng Team,"])
def test_a_bare_title_or_a_title_before_a_generic_word_names_nobody(greeting: str) -> None:
    assert flagged_texts(InterviewerNotNamed, greeting + GREETING_BODY, iv("Alisha Grant", company="Initech")) != []


def test_a_recipient_greeted_and_thanked_in_the_body_is_no_wrong_name_but_another_recipient_thanked_is_warned():
    from followup_lint import Config, Draft
    from followup_lint.engine import Linter
    from followup_lint.results import Severity

    body = ("Hi Rohan,\n\nThank you, Rohan, for lining up the panel. Thanks as well to Priscilla for the tour.\n\n"
            "Best,\nSam")
    draft = Draft(body=body, to=("rohan.k@initech.example",), cc=("priscilla.m@initech.example",))
    report = Linter(Config(), plugins=False).lint(draft, DANA, clock=False)
    [not_named] = [f for f in report.findings if f.code == "FL201"]
    assert not_named.data["reason"] == "recipient"
    [wrong] = [f for f in report.findings if f.code == "FL203"]
    assert wrong.data["name"] == "Priscilla" and wrong.data.get("recipient") and wrong.severity is Severity.WARNING


# Outside batch "fifth", class 3: an @handle that spells the interviewer's name names them.
@pytest.mark.parametrize("greeting,person", [
    ("Hey @tomasreyes ,", "Tomás Reyes"), ("Hi @amara.okafor,", "Amara Okafor"), ("Hello @okafor_amara", "Amara Okafor"),
    ("Hi @treyes,", "Tomás Reyes"), ("Hey @dana_k92", "Dana Kowalski"), ("Hi @Kowalski,", "Dana Kowalski"),
])
def test_a_handle_that_spells_the_interviewers_name_names_them(greeting: str, person: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + GREETING_BODY, iv(person, company="Initech")) == []


@pytest.mark.parametrize("greeting", ["Hey @devops-team,", "Hi @mwangi.k,", "Hello @tomreyesx,"])
def test_a_handle_that_spells_somebody_else_does_not_name_them(greeting: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + GREETING_BODY, iv("Tomás Reyes", company="Initech")) != []


# Outside batch "fifteenth" (s-115 "@dennyabrain ara all interviews over?" to Denny George): a given name of
# four letters or more padded at its end names its bearer; a short name, a pad of one or two letters, or a
# pad that makes another given name does not.
@pytest.mark.parametrize("greeting,person", [
    ("Hi @laurabytes,", "Laura Chen"), ("@marcusdev thanks again for Tuesday.", "Marcus Hale"),
    ("Hey @ingridcodes!", "Ingrid Solberg"), ("Hello @tendaimakes,", "Tendai Moyo"),
])
def test_a_handle_of_the_given_name_padded_at_its_end_names_them(greeting: str, person: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + GREETING_BODY, iv(person, company="Initech")) == []


@pytest.mark.parametrize("greeting,person", [
    ("Hi @johnnyboy,", "John Smith"), ("Hi @danielle_k,", "Dan Hale"), ("Hi @christina_k,", "Chris Ellis"),
    ("Hello @laurenbytes,", "Laura Chen"),
])
def test_a_handle_that_pads_a_name_into_another_does_not_name_them(greeting: str, person: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + GREETING_BODY, iv(person, company="Initech")) != []


# Outside batch "seventh", class 1: a handle padded around both names run together names them; a single
# name inside a longer handle, or two very short names, does not.
@pytest.mark.parametrize("greeting,person", [
    ("Hi @therealpriyaraman,", "Priya Raman"), ("Hey @priyaraman_dev", "Priya Raman"),
    ("Hello @itsramanpriya!", "Priya Raman"), ("Hi @iamweipan,", "Wei Pan"),
])
def test_a_padded_handle_holding_both_names_names_them(greeting: str, person: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + GREETING_BODY, iv(person, company="Initech")) == []


@pytest.mark.parametrize("greeting,person", [
    ("Hi @priyanka_dev,", "Priya Raman"), ("Hey @ramanujan42,", "Priya Raman"), ("Hi @alliance_hr,", "Al Li"),
])
def test_a_longer_handle_around_one_name_does_not_name_them(greeting: str, person: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + GREETING_BODY, iv(person, company="Initech")) != []


def test_a_greeting_below_a_markdown_title_is_read_as_the_greeting() -> None:
    body = "## Take-home submission\n\nHi @therealpriyaraman,\n\nHere is my solution.\n\nThanks,\nSam"
    assert findings_of(InterviewerNotNamed, body, iv("Priya Raman", company="Initech")) == []
    assert findings_of(InterviewerNotNamed, body.replace("priyaraman", "mwangi"), iv("Priya Raman")) != []


# Outside batch "seventh", class 1: without a greeting, the opening line names the interviewer only when it
# speaks to them ("Priya, ..."), not when it speaks of them ("I've forwarded Priya ...").
@pytest.mark.parametrize("opening,names", [
    ("Priya, thanks for walking me through the roadmap today.", True),
    ("Thank you Priya for the tour of the plant this morning.", True),
    ("Ms. Raman, I appreciated your questions about the migration.", True),
    ("It was a real pleasure to meet you, Priya.", True),
    ("Priya Raman, thank you for this morning.", True),
    ("I've forwarded Priya my references as promised.", False),
    ("Priya mentioned the team is growing, so here is my portfolio.", False),
    ("As Priya suggested, I'm attaching the slide deck.", False),
    ("Priya and I covered the data model; the rest is in the repository.", False),
])
def test_an_opening_line_names_the_interviewer_only_when_it_speaks_to_them(opening: str, names: bool) -> None:
    body = opening + "\n\nI look forward to hearing from you.\n\nBest,\nSam"
    assert (findings_of(InterviewerNotNamed, body, iv("Priya Raman", company="Initech")) == []) is names


# Outside batch "twelfth", class 3 (m-009): without a greeting, a first sentence ending with the reader's
# handle or name as a vocative ("Thanks for the answer, @handle.") addresses them by name; a handle or name
# spoken of, or somebody else's handle, does not.
@pytest.mark.parametrize("opening,names", [
    ("Thanks for the quick review, @priyaraman.", True),
    ("Appreciate the pointers, @PriyaRaman!", True),
    ("Got it, thank you @priya-raman.", True),
    ("Thanks a lot for merging this, @raman.priya", True),
    ("Thanks for the quick reply, Priya!", True),
    ("Understood, Priya. I'll push the fix tonight.", True),
    ("Many thanks for the clear brief, Ms. Raman.", True),
    ("Sounds good to me, Priya", True),
    ("Thanks for the answer, @mwangi-otieno.", False),
    ("I asked @priyaraman about the deadline.", False),
    ("Pinging @priyaraman for a second look at the tests.", False),
    ("As @priyaraman suggested, the schema is now versioned.", False),
    ("Thanks for the answer, @octocat.", False),
])
def test_an_opening_sentence_ending_with_the_readers_handle_or_name_names_them(opening: str, names: bool) -> None:
    body = opening + " Will start on it now.\n\nBest,\nSam"
    assert (findings_of(InterviewerNotNamed, body, iv("Priya Raman", company="Initech")) == []) is names


# Outside notes, class "a greeting made only of @handles" (GitHub-style): a first line of @handles with
# the message after them on the line greets whom the handles spell; a stranger's handle names nobody.
@pytest.mark.parametrize("line,people", [
    ("@mkoh @dag.larsen Here is my solution for the second exercise, kindly have a look",
     ("Min Koh", "Dag Larsen")),
    ("@OluAdeyemi  @sfernandes I have pushed the fixes you asked for in the pull request",
     ("Olu Adeyemi", "Sofia Fernandes")),
    ("@tomasz_nowak Attached is the finished take-home, I would love your comments", ("Tomasz Nowak",)),
    ("@ingridb @haruto Submitting my answers to the data exercise now", ("Ingrid Berg", "Haruto Sato")),
])
def test_a_greeting_of_handles_alone_names_whom_they_spell(line: str, people: tuple[str, ...]) -> None:
    assert findings_of(InterviewerNotNamed, line + "\n\nThanks,\nLee", iv(*people, company="Initech")) == []


@pytest.mark.parametrize("line", [
    "@octocat Here is my solution for the exercise, kindly have a look",
    "@devops-team @reviewers Submitting my answers to the data exercise now",
])
def test_a_greeting_of_strangers_handles_names_nobody(line: str) -> None:
    assert findings_of(InterviewerNotNamed, line + "\n\nThanks,\nLee", iv("Min Koh", company="Initech")) != []


# ... and a handle of the given name with the initials of the other words of the name ("@PetraAG" for Petra
# Agbor Gwan) names them; initials that are not theirs do not.
@pytest.mark.parametrize("greeting,person", [
    ("Hi @KwameOM I pushed the last commit.", "Kwame Osei Mensah"),
    ("Hello @AnaLdC, I finished the dashboard task.", "Ana Luisa da Costa"),
    ("Hey @MariaJG I uploaded the final slides.", "María José García"),
    ("Hi @chidina my fix is in the branch now.", "Chidi Nwosu Adebayo"),
])
def test_a_handle_of_the_given_name_and_the_other_initials_names_them(greeting: str, person: str) -> None:
    report = run_all(greeting + "\n\nThank you,\nLee", iv(person, company="Initech"))
    rules = {f.rule for f in report.findings}
    assert not rules & {"interviewer-not-named", "wrong-name", "interviewer-name-misspelled"}, rules


@pytest.mark.parametrize("greeting,person", [
    ("Hi @KwameOA I pushed the last commit.", "Kwame Osei Mensah"),
    ("Hey @MariaGJ I uploaded the final slides.", "María José García"),
    ("Hi @KofiOM I pushed the last commit.", "Kwame Osei Mensah"),
])
def test_a_handle_with_initials_that_are_not_theirs_is_no_exact_naming(greeting: str, person: str) -> None:
    rules = {f.rule for f in run_all(greeting + "\n\nThank you,\nLee", iv(person, company="Initech")).findings}
    assert rules & {"interviewer-not-named", "interviewer-name-misspelled"}, rules


# Outside notes, class "honorifics of Brunei and Malaysia before the name": the title is no part of the
# name, the name after it is theirs, spelled right (and "bin"/"binti" stay inside the full name).
@pytest.mark.parametrize("greeting,person", [
    ("Dear Hajah Rosnah,", "Rosnah binti Haji Ali"), ("Dear Pengiran Hafiz,", "Pengiran Hafiz bin Pengiran Ahmad"),
    ("Dear Dayang Siti,", "Siti Aminah binti Abdullah"), ("Dear Tan Sri Rahman,", "Abdul Rahman bin Yusof"),
    ("Dear Dato' Azlan,", "Azlan bin Hashim"), ("Dear Awang Faizal,", "Faizal bin Awang Tengah"),
    ("Dear Puan Aishah,", "Aishah binti Mohd Noor"), ("Dear Encik Kamal,", "Kamal bin Osman"),
    ("Dear Datin Zaleha,", "Zaleha binti Ismail"), ("Selamat pagi Cik Nurul,", "Nurul Huda binti Kassim"),
])
def test_a_malay_honorific_before_the_name_addresses_them(greeting: str, person: str) -> None:
    body = greeting + "\n\nThank you for the interview today. I look forward to hearing from you.\n\nLee"
    rules = {f.rule for f in run_all(body, iv(person, company="Initech")).findings}
    assert not rules & {"interviewer-not-named", "wrong-name", "interviewer-name-misspelled", "misspelled-word"}, rules


def test_a_malay_honorific_before_somebody_else_still_names_nobody() -> None:
    body = "Dear Hajah Rosnah,\n\nThank you for the interview today.\n\nLee"
    assert findings_of(InterviewerNotNamed, body, iv("Aishah binti Mohd Noor", company="Initech")) != []


# Outside batch "thirteenth" (n-027): the reader's handle closing the first clause, then a comma and a new
# clause ("Not a problem at all @pradeeban, I completely understand ...") speaks to them; a handle after
# "cc", a preposition or a verb of telling, or with no new clause after it, is spoken of.
@pytest.mark.parametrize("opening,names", [
    ("No worries at all @priyaraman, I know the review queue is long.", True),
    ("Good catch @PriyaRaman, we missed the null case.", True),
    ("Totally fair point @priya-raman, that test was flaky.", True),
    ("Sure thing @raman.priya, thanks for the heads-up.", True),
    ("I sent the notes to @priyaraman, I hope that is fine.", False),
    ("cc @priyaraman, I added the logs below.", False),
    ("I paired with @priyaraman, it went well.", False),
    ("No worries at all @octocat, I know the queue is long.", False),
])
def test_a_handle_closing_the_first_clause_speaks_to_the_reader(opening: str, names: bool) -> None:
    body = opening + " Will start on it now.\n\nBest,\nSam"
    assert (findings_of(InterviewerNotNamed, body, iv("Priya Raman", company="Initech")) == []) is names


# Outside batch "fourteenth" (p-007): the family name and an initial run together spell the name too.
@pytest.mark.parametrize("greeting,person", [("Hi @okaform,", "Michael Okafor"), ("Hey @reyest", "Tomás Reyes")])
def test_a_handle_of_the_family_name_and_an_initial_names_them(greeting: str, person: str) -> None:
    assert findings_of(InterviewerNotNamed, greeting + GREETING_BODY, iv(person, company="Initech")) == []


# Probes (issue 11): whole notes written fresh from the label definition (titles and honorifics of many
# cultures, particles and hyphens, family name first, surname or first name only, greetings glued to the
# text, GitHub mentions, letters with address blocks; and generic greetings, names only in the sign-off or
# the address block). Against main before this change 2 of 87 failed (both in name matching, not here).
PROBE_BODY = "\n\nThank you for the interview yesterday and the tour of the depot.\n\nKind regards,\nTunde"
PROBE_NAMED = [
    # titles and honorifics of many cultures
    ("Dear Dr. Chukwuemeka," + PROBE_BODY, ["Chukwuemeka Obi"]),
    ("Dear Ramesh Sir," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Respected Ramesh sir," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Namaste Ramesh ji," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Dear Madam Adeyemi," + PROBE_BODY, ["Folake Adeyemi"]),
    ("Dear Prof. Dr. Müller," + PROBE_BODY, ["Katrin Müller"]),
    ("Dear Tanaka-san," + PROBE_BODY, ["Tanaka Hiroshi"]),
    ("Dear Herr Schneider," + PROBE_BODY, ["Lukas Schneider"]),
    ("Estimada Sra. Gómez:" + PROBE_BODY, ["Lucía Gómez"]),
    ("Dear Mx. Rivera," + PROBE_BODY, ["Sam Rivera"]),
    ("Dear Hon. Ochieng," + PROBE_BODY, ["David Ochieng"]),
    ("Dear Rev. Dr. Boateng," + PROBE_BODY, ["Kwame Boateng"]),
    ("Assalamualaikum Encik Faizal," + PROBE_BODY, ["Faizal bin Hassan"]),
    ("Dear Dr. Ahmad," + PROBE_BODY, ["Ahmad bin Abdullah"]),
    ("Sawubona Sipho," + PROBE_BODY, ["Sipho Ndlovu"]),
    ("Dear Brother Yusuf," + PROBE_BODY, ["Yusuf Ibrahim"]),
    ("Dear Aunty Ngozi," + PROBE_BODY, ["Ngozi Okeke"]),
    ("Dear Sis. Abena," + PROBE_BODY, ["Abena Owusu"]),
    ("Dear Mrs. Chidinma," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hello Mr. Patel," + PROBE_BODY, ["Anjali Patel"]),
    # particles, hyphens, family name first
    ("Dear Mrs. de la Cruz," + PROBE_BODY, ["Maria de la Cruz"]),
    ("Dear Mr. van Dijk," + PROBE_BODY, ["Pieter van Dijk"]),
    ("Dear Ms. Al-Saud," + PROBE_BODY, ["Noura Al Saud"]),
    ("Dear Mr. Rashid," + PROBE_BODY, ["Omar al-Rashid"]),
    ("Dear Mr. Mensah," + PROBE_BODY, ["Kofi Mensah-Bonsu"]),
    ("Hello Mrs. Okonkwo-Adeyemi," + PROBE_BODY, ["Ifeoma Okonkwo-Adeyemi"]),
    ("Hi Lan," + PROBE_BODY, ["Nguyen Thi Lan"]),
    ("Dear Ms. Nguyen," + PROBE_BODY, ["Nguyen Thi Lan"]),
    ("Dear Ji-yeon," + PROBE_BODY, ["Park Ji-yeon"]),
    ("Dear Mr. S. Venkataraman," + PROBE_BODY, ["Subramanian Venkataraman"]),
    ("Dear Ms. N. Mwangi," + PROBE_BODY, ["Wanjiru Mwangi"]),
    # surname only, first name only, informal
    ("Okafor," + PROBE_BODY, ["Dana Okafor"]),
    ("Yo Marcus!" + PROBE_BODY, ["Marcus Hill"]),
    ("Morning Priya :)" + PROBE_BODY, ["Priya Raman"]),
    ("Hiya Wanjiru" + PROBE_BODY, ["Wanjiru Mwangi"]),
    # glued to the text
    ("Dear Ms Eze thank you for yesterday's session on the depot audit.\n\nTunde", ["Chidinma Eze"]),
    ("Good evening Mr. Tan, thank you for this afternoon.\n\nTunde", ["Tan Wei Ming"]),
    # GitHub mentions
    ("@wanjiru-mwangi thanks for reviewing the PR, I pushed the fixes.\n\nTunde", ["Wanjiru Mwangi"]),
    # letters with address blocks and a date
    ("14 Marina Road\nLagos\n\n3 June 2026\n\nMs. Chidinma Eze\nHead of Operations\nHarbourline Logistics\n22 Wharf Street\nLagos\n\nDear Ms. Eze:" + PROBE_BODY, ["Chidinma Eze"]),
    ("June 3, 2026\n\nDr. Kwame Boateng\nAccra Digital Hub\nAccra, Ghana\n\nRe: Data Analyst interview\n\nDear Dr. Boateng," + PROBE_BODY, ["Kwame Boateng"]),
]
PROBE_NOT_NAMED = [
    ("Dear Sir/Madam," + PROBE_BODY, ["Chidinma Eze"]),
    ("Respected Sir," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Dear Ma," + PROBE_BODY, ["Folake Adeyemi"]),
    ("Good day Sir," + PROBE_BODY, ["David Ochieng"]),
    ("Respected Madam," + PROBE_BODY, ["Folake Adeyemi"]),
    ("Dear Madam Chair," + PROBE_BODY, ["Folake Adeyemi"]),
    ("Hi Coach," + PROBE_BODY, ["Marcus Hill"]),
    ("Hi team," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hello everyone," + PROBE_BODY, ["Chidinma Eze", "Kofi Mensah-Bonsu"]),
    ("Hey folks!" + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Hiring Committee," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Selection Panel," + PROBE_BODY, ["Chidinma Eze", "Kofi Mensah-Bonsu"]),
    ("Greetings," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hi @ops-reviewers," + PROBE_BODY, ["Chidinma Eze"]),
    ("Good morning ma'am," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Sir," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Hello Hiring Manager!" + PROBE_BODY, ["Chidinma Eze"]),
    # the name only in the sign-off or a cc line
    ("Hello,\n\nThank you for the interview yesterday.\n\nKind regards,\nTunde\ncc: Chidinma Eze", ["Chidinma Eze"]),
    ("Hi there,\n\nThank you for the interview yesterday.\n\nBest,\nChidinma's candidate, Tunde", ["Chidinma Eze"]),
    # the address block names her, the salutation does not
    ("3 June 2026\n\nMs. Chidinma Eze\nHarbourline Logistics\n22 Wharf Street\nLagos\n\nDear Sir or Madam:" + PROBE_BODY, ["Chidinma Eze"]),
    ("June 3, 2026\n\nDr. Kwame Boateng\nAccra Digital Hub\n\nTo the Hiring Team:" + PROBE_BODY, ["Kwame Boateng"]),
    # a placeholder where the name belongs
    ("Dear «Title» «LastName»," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hi <interviewer name>," + PROBE_BODY, ["Chidinma Eze"]),
]
PROBE_NAMED += [
    ("Hi Chidi," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Mrs. Mensah Bonsu," + PROBE_BODY, ["Kofi Mensah-Bonsu"]),
    ("Hi Jean Pierre," + PROBE_BODY, ["Jean-Pierre Dubois"]),
    ("Dear Pak Budi," + PROBE_BODY, ["Budi Santoso"]),
    ("Dear Ibu Sari," + PROBE_BODY, ["Sari Wulandari"]),
    ("Dear Ustaz Hamid," + PROBE_BODY, ["Hamid Yusof"]),
    ("Hi Wei Ming," + PROBE_BODY, ["Tan Wei Ming"]),
    ("Dear Dr. Lee-Chen," + PROBE_BODY, ["Grace Lee-Chen"]),
    ("hello mr eze thanks so much for today\n\ntunde", ["Chidinma Eze"]),
    ("Dear Sir Ramesh," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Dear Ramesh Kulkarni Sir," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Dear Ms. Gomez," + PROBE_BODY, ["Lucía Gómez"]),
]
PROBE_NOT_NAMED += [
    ("Dear Sir/Ma," + PROBE_BODY, ["Folake Adeyemi"]),
    ("Dear Concerned," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Dear HR," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hello Sir/Mam," + PROBE_BODY, ["Ramesh Kulkarni"]),
    ("Dear Hiring Authority," + PROBE_BODY, ["Chidinma Eze"]),
    ("Good day all," + PROBE_BODY, ["Chidinma Eze", "Kofi Mensah-Bonsu"]),
    ("Dear Team Harbourline," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Harbourline Logistics," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Interviewer," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Panel Members," + PROBE_BODY, ["Chidinma Eze", "Kofi Mensah-Bonsu"]),
]


def _not_named(body: str, people: list[str]) -> bool:
    interview = iv(*people, company="Harbourline Logistics")
    report = lint_draft(Draft(body=body, subject="Thank you"), interview, now=None)
    return any(f.rule == "interviewer-not-named" for f in report.findings)


# A second round of greeting probes (43 notes run, 42 kept); against main before this change 1 failed: a bare name
# ended by a dash on its own line ("Kwame -"), left out here (reading it as a greeting would also read
# "Lagos -" or "Update -" headings as greetings; see the report).
PROBE_NAMED_MORE = [
    ("Good Morning Mrs. Eze," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dearest Chidinma," + PROBE_BODY, ["Chidinma Eze"]),
    ("Salam Omar," + PROBE_BODY, ["Omar al-Rashid"]),
    ("Marhaba Ustadh Omar," + PROBE_BODY, ["Omar al-Rashid"]),
    ("Dear Ms. Eze and team," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hi Chidinma 👋" + PROBE_BODY, ["Chidinma Eze"]),
    ("CHIDINMA,\n\nThanks so much for today!\n\nTunde", ["Chidinma Eze"]),
    ("Hello Dr. Obi!" + PROBE_BODY, ["Chukwuemeka Obi"]),
    ("Dear Engr. Chukwuemeka Obi," + PROBE_BODY, ["Chukwuemeka Obi"]),
    ("Hi Mr. Ravi," + PROBE_BODY, ["Ravi Shankar"]),
    ("Dear Shankar Sir," + PROBE_BODY, ["Ravi Shankar"]),
    ("Dear Mr. Nakamura," + PROBE_BODY, ["Yuki Nakamura"]),
    ("Dear Ms. Kim," + PROBE_BODY, ["Kim Min-ji"]),
    ("Dear Min-ji," + PROBE_BODY, ["Kim Min-ji"]),
    ("Dear Sra. de la Fuente," + PROBE_BODY, ["Ana de la Fuente"]),
    ("Dear Ms. De La Fuente," + PROBE_BODY, ["Ana de la Fuente"]),
    ("Dear Mr. Ould Abdallah," + PROBE_BODY, ["Ahmed Ould Abdallah"]),
    ("Dear Dr. bin Osman," + PROBE_BODY, ["Hafiz bin Osman"]),
    ("Dear Mr Hafiz," + PROBE_BODY, ["Hafiz bin Osman"]),
    ("Hi Ma'am Chidinma," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hi Sir Kwame," + PROBE_BODY, ["Kwame Boateng"]),
    ("Good afternoon, Kwame." + PROBE_BODY, ["Kwame Boateng"]),
    ("@kboateng thanks for the review!\n\nTunde", ["Kwame Boateng"]),
    ("Hi @Kwame-Boateng,\n\nThe PR is ready.\n\nTunde", ["Kwame Boateng"]),
    ("Tunde Bello\n14 Marina Road, Lagos\n+234 802 614 3378\n\n4 June 2026\n\nThe Hiring Manager\nHarbourline Logistics\nLagos\n\nDear Ms. Eze," + PROBE_BODY, ["Chidinma Eze"]),
    ("Re: Operations Analyst interview\n\nDear Mrs. Eze," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Ms. Eze & Mr. Mensah," + PROBE_BODY, ["Chidinma Eze", "Kofi Mensah-Bonsu"]),
]
PROBE_NOT_NAMED_MORE = [
    ("Dear Sir / Madam," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Hiring Team at Harbourline," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hi!" + PROBE_BODY, ["Chidinma Eze"]),
    ("Good afternoon!" + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Sirs," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear HR Manager," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hello dear," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hi friend," + PROBE_BODY, ["Chidinma Eze"]),
    ("Dear Ms.," + PROBE_BODY, ["Chidinma Eze"]),
    ("Tunde Bello\n14 Marina Road, Lagos\n\n4 June 2026\n\nMs. Chidinma Eze\nHarbourline Logistics\n\nDear Hiring Manager:" + PROBE_BODY, ["Chidinma Eze"]),
    ("Thank you so much for the interview yesterday, I really enjoyed it.\n\nRegards,\nTunde", ["Chidinma Eze"]),
    ("Hi @harbourline/ops-team,\n\nThe PR is ready.\n\nTunde", ["Chidinma Eze"]),
    ("Dear Madam/Sir," + PROBE_BODY, ["Chidinma Eze"]),
    ("Good day to you," + PROBE_BODY, ["Chidinma Eze"]),
    ("Hi Hiring Team!" + PROBE_BODY, ["Chidinma Eze"]),
]


@pytest.mark.parametrize("body,people", PROBE_NAMED + PROBE_NAMED_MORE)
def test_probe_a_greeting_naming_the_interviewer_in_any_form_is_not_flagged(body: str, people: list[str]) -> None:
    assert not _not_named(body, people)


@pytest.mark.parametrize("body,people", PROBE_NOT_NAMED + PROBE_NOT_NAMED_MORE)
def test_probe_a_greeting_without_the_interviewers_name_is_flagged(body: str, people: list[str]) -> None:
    assert _not_named(body, people)


# Outside batch "seventeenth" (b-101, b-102: "@thawk55 @jakerichan" alone above the text), class: a line of
# leading @mentions alone above the message greets the readers, with no mark after it; a handle there that
# spells an interviewer's name names them, one that spells nobody's does not.
@pytest.mark.parametrize("body,person", [
    ("@mkowalska @devlead\nThe branch holds the finished task and its notes.", "Marta Kowalska"),
    ("@okafor_amara\n\nI pushed the last commit this morning; the tests are green.", "Amara Okafor"),
    ("@reviewer-bot @treyes  \nHere is the write-up of the exercise.", "Tomás Reyes"),
    ("@ingrid.solberg, @hiring-team\nAttached is my solution to the data task.", "Ingrid Solberg"),
])
def test_a_line_of_mentions_alone_above_the_text_names_the_interviewer_it_spells(body: str, person: str) -> None:
    assert findings_of(InterviewerNotNamed, body, iv(person, company="Initech")) == []


@pytest.mark.parametrize("body,person", [
    ("@devlead @hiring-team\nThe branch holds the finished task and its notes.", "Marta Kowalska"),
    ("@mwangi.k\n\nI pushed the last commit this morning; the tests are green.", "Amara Okafor"),
    ("Here is the write-up of the exercise.\n@treyes", "Priya Raman"),
])
def test_a_line_of_mentions_that_spells_nobodys_name_does_not_name_them(body: str, person: str) -> None:
    assert findings_of(InterviewerNotNamed, body, iv(person, company="Initech")) != []


def test_a_line_of_mentions_alone_needs_no_greeting_comma() -> None:
    report = lint_draft(Draft(body="@mkowalska @treyes\nThe branch holds the finished task.", subject="Task"),
                        iv("Marta Kowalska", "Tomás Reyes", company="Initech"), now=None)
    assert [f for f in report.findings if f.rule == "greeting-punctuation"] == []

"""FL203 wrong-name: the @handles a note speaks to (``followup_lint.analysis.addressing._Builder.handles``).

The twenty-ninth batch opened a pull-request comment to its reviewer Efe Okotie on "@tobi-ekanem I've updated
the branch ..." (ac-310), and the seventeenth turned, after "Hi hi!", to two other applicants: "@nileshprasad137
@pri2si17-1997 Good luck for your exams!" (b-113). A handle only counted when it spelt an interviewer's name;
one that spelt nobody's was passed over. Now a handle the note greets, thanks, or opens a paragraph on and speaks
to is read like a name: a stranger unless a handle of the run is a reader's (an interviewer's name, a recipient's
address) or the writer's own. In the greeting an interviewer may go by a handle that spells no name ("@c30sb2"),
so there only a handle that opens on another given name is someone else; a handle before "and" is a subject."""

from __future__ import annotations

import pytest

from followup_lint import Draft
from followup_lint.rules.names import WrongName
from followup_lint.testing import flagged_texts

from _names_cases import iv

NGOZI = iv(("Ngozi Adeyemi", "ngozi.adeyemi@lagosgrid.example"), company="Lagos Grid Analytics Ltd")
TAIL = "\n\nThe duplicate readings are now rejected with a 409.\n\nBest,\nKunle Bello"


@pytest.mark.parametrize("body,handle", [
    ("@mike-chen I pushed the fix for the duplicate readings." + TAIL, "@mike-chen"),
    ("Hi @SarahKim,\n\nI pushed the fix for the duplicate readings." + TAIL, "@SarahKim"),
    ("Hello, @david_o I pushed the fix you asked for." + TAIL, "@david_o"),
    ("Hi Ngozi,\n\nI pushed the fix.\n\n@qx-builds could you also look at the tariff table?" + TAIL, "@qx-builds"),
    ("Hi Ngozi,\n\nI pushed the fix.\n\n@rk2291 @pm-omo good luck with your exams!" + TAIL, "@rk2291"),
    ("Hi Ngozi,\n\nI pushed the fix. Thanks @emily.w for the pointers on the tariffs!" + TAIL, "@emily.w"),
])
def test_a_handle_spoken_to_that_is_nobody_in_the_interview_is_a_wrong_name(body: str, handle: str) -> None:
    assert any(handle.lstrip("@") in t for t in flagged_texts(WrongName, body, NGOZI))


@pytest.mark.parametrize("body", [
    "@ngozi-adeyemi I pushed the fix for the duplicate readings." + TAIL,      # the interviewer's name
    "Hi @nadeyemi,\n\nI pushed the fix." + TAIL,                                 # her initial and family name
    "@ngozi-adeyemi @mike-chen I pushed the fix for the duplicate readings." + TAIL,  # co-readers with her
    "Hi @c30sb2,\n\nI pushed the fix for the duplicate readings." + TAIL,        # a handle that spells no name
    "@mike-chen and I paired on the fix for the duplicate readings." + TAIL,     # a subject, not an address
    "Hi Ngozi,\n\nI pushed the fix; @mike-chen reviewed the migration." + TAIL,  # spoken of, mid-sentence
    "Hi Ngozi,\n\nThanks to @mike-chen we found the duplicate readings." + TAIL,  # a cause, not thanks
    "Hi Ngozi,\n\nI pushed the fix.\n\n@SpringBootApplication public class Main" + TAIL,  # code, not spoken to
    "@kunle-bello here: I pushed the fix for the duplicate readings." + TAIL,    # the writer's own handle
    "Hi Ngozi and @mike-chen,\n\nI pushed the fix for the duplicate readings." + TAIL,  # with her, by name
])
def test_no_wrong_name_for_a_handle_outside_the_class(body: str) -> None:
    assert flagged_texts(WrongName, body, NGOZI) == []


def test_a_handle_spelling_a_recipients_address_is_the_reader() -> None:
    draft = Draft(body="@tolu.ops I pushed the fix for the duplicate readings." + TAIL,
                  to=("ngozi.adeyemi@lagosgrid.example", "tolu.ops@lagosgrid.example"))
    assert flagged_texts(WrongName, draft, NGOZI) == []


def test_a_bot_brought_into_the_thread_is_no_wrong_name() -> None:
    body = "Hi Ngozi,\n\nI pushed the fix.\n\n@ops-bot please rerun the checks." + TAIL
    assert flagged_texts(WrongName, body, NGOZI) == []


def test_a_stranger_handle_in_the_greeting_gets_no_fix_that_writes_a_name_over_it() -> None:
    from followup_lint.testing import run_rule

    report = run_rule(WrongName, "@mike-chen I pushed the fix for the duplicate readings." + TAIL, NGOZI)
    assert [f.fixes for f in report.findings if f.code == WrongName.code] == [()]

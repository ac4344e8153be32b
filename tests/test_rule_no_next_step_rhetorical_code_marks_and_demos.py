"""no-next-step (FL304) on the thirty-fourth batch's classes of questions and replies, each both ways on fresh
wordings (not the batch's own).

Not inviting: a question the writer answers at once ("... return anything there, right? Not necessarily.",
ah-102); a "?" of code, a parameter's marker or a ternary's ("update image_table set id_image_type = ? where id =
?;", ah-113); a program's loop ("each function run in the loop", ah-108); a questionnaire's prompts typed with
HTML breaks after them ("2. What would you add? <br><br>", ah-110), read as HTML (the answer above runs on into the
next prompt's line) or left in plain text ("&nbsp;"). Inviting: a recording or picture of the work handed over with
its link ("Here is a quick screen capture of project" and the link, ah-166, as e-124 and ad-122 decided), but
not a video that stands for the submission itself (twenty-third i-148)."""

from __future__ import annotations

import pytest

from _fl304_util import RULE, flagged, note
from followup_lint.testing import assert_clean


@pytest.mark.parametrize("content", [
    "You would expect the cache to expire on its own, right? Not always.",
    "The queue drains before shutdown, doesn't it? Nope, it drops the last batch.",
    "Would a second worker help? No, the database is the bottleneck.",
    "Is the index used here? Not really: the planner prefers a full scan.",
    "Does the retry cover timeouts?\nYes, after the second patch.",
])
def test_a_question_the_writer_answers_at_once_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "Could we meet on Friday to go over it? No rush.",
    "Any feedback on the retry logic? No worries if not.",
    "Is the cache expected to survive restarts? Yes or no would help me plan.",
    "Does the team review pull requests in pairs? I would love to know.",
    "Would you prefer the report as a PDF? Either works for me.",
])
def test_a_question_followed_by_a_courtesy_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "The cleanup script prints one line per row:\n\nselect name from users where id = ? and active = ?;\n"
    "select name from users where id = ? and active = ?;",
    'I used a prepared statement:\nps = conn.prepareStatement("DELETE FROM carts WHERE owner = ? AND age > ?");',
    "The label is picked inline:\nconst label = count > 1 ? Items : Item;",
    "The guard returns early:\nreturn isAdmin ? Admin : Guest;",
    "The fallback reads:\nlet nick = user?.nick ?? Anonymous;",
    "The city is read safely with const city = order?.address?.city; in the header.",
])
def test_a_question_mark_of_code_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "The query is:\n\nselect name from users where id = ?;\n\nShould I have used a named parameter here?",
    "The label is picked inline:\nconst label = count > 1 ? Items : Item;\nIs a ternary fine in your style guide?",
    "Is retries = 5 a sensible default for the importer?",
    "Did you get the pull request with the new query ??",
    "Could you tell me which page ends up slower ?",
])
def test_a_question_to_the_reader_next_to_code_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "Each callback runs in the loop after the timer fires.",
    "Every request in the loop awaits the one before it.",
    "I moved the date check out of the code in the loop body.",
    "The counter is read twice in the loop, which I fixed.",
])
def test_a_programs_loop_invites_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "Please keep us in the loop about the decision.",
    "I'd be grateful to be kept in the loop.",
    "Feel free to loop me in when the team decides.",
    "Please keep me posted and in the loop.",
])
def test_asking_to_be_kept_informed_still_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "Here is a quick screen recording of the app\nhttps://drive.example.com/file/d/abc/view",
    "Here's a short demo video: https://loom.example.com/share/1",
    "Here are a few screenshots of the dashboard https://imgur.example.com/a/xyz",
    "Attached is a screencast of the import running: https://video.example.com/abc",
    "Here is a [two minute walkthrough](https://video.example.com/w) of the app.",
])
def test_a_recording_of_the_work_handed_over_with_its_link_invites(content: str) -> None:
    assert_clean(RULE, note(content))


@pytest.mark.parametrize("content", [
    "Here is the repository: https://github.com/sam/importer",
    "Here is a screenshot of the error I got.",
    "The demo video is linked in the README.",
    "Here is the code https://github.com/sam/importer and its tests.",
    "Here is a [video demonstration of the assignment](https://video.example.com/v), as I could not host it.",
])
def test_the_submission_itself_or_a_picture_without_a_link_invites_nothing(content: str) -> None:
    assert flagged(note(content))


def _form(breaks: str) -> str:
    return (f"1. Which libraries did you pick? Why those? {breaks}\nChart.js, for its small size.\n\n"
            f"2. What would you add with another day? {breaks}\nA search box and proper paging.\n\n"
            f"3. Which part are you most proud of? And why?{breaks}\nThe offline cache, it was fun.\n\n"
            f"4. What took longest? What was hardest?{breaks}\nThe date filters across time zones.")


@pytest.mark.parametrize("breaks", ["<br><br>", "<br/>", "<BR />", "&nbsp;", "<br>&nbsp;"])
def test_a_questionnaires_prompts_with_html_breaks_after_them_invite_nothing(breaks: str) -> None:
    assert flagged(_form(breaks))


@pytest.mark.parametrize("breaks", ["<br><br>", "<br/>", "&nbsp;"])
def test_a_question_of_the_writers_own_after_a_form_with_breaks_still_invites(breaks: str) -> None:
    assert_clean(RULE, _form(breaks) + f"\n\nCould you tell me when the panel meets? {breaks}")
    assert_clean(RULE, _form(breaks) + "\n\nI'm happy to walk you through it on a call.")

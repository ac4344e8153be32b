"""no-next-step (FL304) on take-home notes to reviewers (the thirtieth and thirty-first batches): each class
both ways, on wordings other than the notes'.

Not inviting: "await" as a programming keyword ("async/await", "use await"); the work's own next step ("the next
step would have been to populate the store"); "if you have to" + a task of the
reader's own (advice on their work). Inviting: slang for contacting the writer ("hit me up", "shoot me an email",
also after "feel free to"); the reader's questions sent on ("you can send any questions at <address>"); a
closing sentence set in heading type that names the writer as object ("##### Feel free to reach out to me");
a heading that opens a postscript ("### PS"); a look at the writer's own work in a later clause after "please"
("If you want more, please check my blog"); extra work handed over with where to see it ("I have also created
a little frontend, here's the link")."""

from __future__ import annotations

import pytest

from _fl304_util import RULE, flagged, note


# -- "await" as a programming keyword waits on nothing from the reader ---------------------------------------

@pytest.mark.parametrize("content", [
    "The importer uses async/await throughout, so the retries stay readable.",
    "I replaced the callbacks with await so that errors propagate.",
    "Each handler is an asynchronous function and the await keyword marks every database call.",
    "Promise chains became await calls, which read from top to bottom.",
    "Under asyncio, workers await several downloads at once.",
])
def test_await_as_a_keyword_does_not_invite(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "I await your reply.",
    "I eagerly await your feedback on the importer.",
    "We now await the panel's decision.",
    "I thank you and await your response.",
])
def test_await_of_the_readers_reply_still_invites(content: str) -> None:
    assert not flagged(note(content))


# -- "if you have to" + the reader's own task is advice, no offer --------------------------------------------

@pytest.mark.parametrize("content", [
    "Keep the fixtures small, and if you have to stub more than two services then write an end-to-end test.",
    "If you have to rebuild the styles, run npm run css.",
    "If you have to rerun the migrations, drop the test database first.",
    "If you have to change the port, edit config.yaml.",
])
def test_a_task_the_reader_has_to_do_offers_nothing(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "If you have to reach me, my mobile is on all week.",
    "If you have any questions, I am around all week.",
    "If you have to talk to me about the rota, I am free on Friday.",
    "If you have questions, I am happy to help.",
])
def test_a_need_to_reach_the_writer_still_offers(content: str) -> None:
    assert not flagged(note(content))


# -- slang for contacting the writer asks for contact --------------------------------------------------------

@pytest.mark.parametrize("content", [
    "Spotted a glitch? Hit me up and I will patch it.",
    "Shoot me an email if the build breaks.",
    "Feel free to hit me up on Slack.",
    "Any trouble with the seed data, give me a shout.",
    "hmu if anything looks off",
])
def test_slang_for_contacting_the_writer_invites(content: str) -> None:
    assert not flagged(note(content))


@pytest.mark.parametrize("content", [
    "Hit the refresh button and the list reloads.",
    "Please shoot the screenshots in landscape.",
    "My old manager used to hit the gym at six.",
    "Let me explain the design in the next section.",
])
def test_other_hits_and_shots_ask_nothing(content: str) -> None:
    assert flagged(note(content))


# -- the reader's questions sent on to the writer ------------------------------------------------------------

@pytest.mark.parametrize("content", [
    "You can send any questions at sam.k@mail.example.",
    "You can direct any further queries to this address.",
    "You could forward any concerns to the address below.",
    "You can send any doubts over Slack.",
])
def test_questions_sent_on_to_the_writer_invite(content: str) -> None:
    assert not flagged(note(content))


@pytest.mark.parametrize("content", [
    "You can send any number of requests to the endpoint.",
    "You can send a POST request to /orders.",
    "You can send the form questions as JSON to /survey.",
    "You can send any request with a question field to /ask.",
])
def test_what_the_software_lets_the_reader_send_asks_nothing(content: str) -> None:
    assert flagged(note(content))


# -- a closing sentence in heading type, and a postscript's heading ------------------------------------------

@pytest.mark.parametrize("text", [
    "## Notes\n\nThe cache is warmed at start-up.\n\n#### Do not hesitate to contact me with any questions.\n",
    "## Notes\n\nThe cache is warmed at start-up.\n\n### Feel free to ping me about anything unclear.\n",
    "## Notes\n\nThe cache is warmed at start-up.\n\n### PS\nFor more of my work, please visit my portfolio.\n",
    "## Notes\n\nThe cache is warmed at start-up.\n\n## P.S. Please have a look at my blog for similar projects.\n",
])
def test_the_writers_sentence_in_heading_type_invites(text: str) -> None:
    assert not flagged(text)


@pytest.mark.parametrize("text", [
    "## Notes\n\nThe cache is warmed at start-up.\n\n### About me.\n\nI have five years of Go.\n",
    "## Notes\n\nThe cache is warmed at start-up.\n\n### PSU wiring\nThe board is powered over USB.\n",
    "### Limits: Is there anything else we should know? Feel free to share any limits.\nNone.\n\n"
    "### Time: How long did it take? How did you split it?\nSix hours.\n",
    "## Notes\n\nThe cache is warmed at start-up.\n\n### PS\nThe seed script is idempotent.\n",
])
def test_titles_and_postscripts_that_invite_nothing(text: str) -> None:
    assert flagged(text)


# -- a look at the writer's own work after "please" in a later clause ----------------------------------------

@pytest.mark.parametrize("content", [
    "If you want to see more of my front-end work, please check my portfolio at sam.example.",
    "If you'd like more samples, kindly have a look at my Behance profile.",
    "For more of my writing, feel free to browse my blog.",
    "Check my github for other projects.",
])
def test_a_look_at_the_writers_own_work_invites(content: str) -> None:
    assert not flagged(note(content))


@pytest.mark.parametrize("content", [
    "Please check my solution in the src folder.",
    "If anything fails, please check my notes below.",
    "Please check the README first.",
    "If you run it, please check my tests pass.",
])
def test_a_look_at_the_submission_itself_offers_nothing(content: str) -> None:
    assert flagged(note(content))


# -- extra work handed over with where to see it -------------------------------------------------------------

@pytest.mark.parametrize("content", [
    "I additionally built a small dashboard, live at https://dash.example.",
    "I also made a mobile version; you can try it at https://m.example.",
    "I even put together a demo, the link is https://demo.example.",
    "I have also designed a landing page for it, here's the link: https://lp.example.",
])
def test_extra_work_with_its_link_offers_a_sample(content: str) -> None:
    assert not flagged(note(content))


@pytest.mark.parametrize("content", [
    "I also created a link table for the many-to-many relation.",
    "I created the frontend in React.",
    "I also wanted to build a frontend but ran out of time.",
    "I also created unit tests which are available at the tests folder.",
])
def test_extra_work_with_no_place_given_offers_nothing(content: str) -> None:
    assert flagged(note(content))


# The twentieth batch's e-124 ("I've also worked on the front-end code. Please take a look at it here: <link>"):
# the place given by a look at it, in the sentence itself or in the next one, which opens on it.
@pytest.mark.parametrize("content", [
    "I've also worked on a small admin page. Please take a look at it here: https://admin.example.",
    "I also built a CLI wrapper. You can find it here: https://cli.example.",
    "I additionally wrote a tiny load-test script. Kindly have a look at it here https://load.example.",
    "I even made a dark theme, take a look at it here: https://dark.example.",
    "I have also developed a browser extension for it. Check it out here: https://ext.example.",
])
def test_extra_work_then_a_look_at_it_here_offers_a_sample(content: str) -> None:
    assert not flagged(note(content))


@pytest.mark.parametrize("content", [
    # the submission itself pointed at (no "also"): the work asked for, no sample offered
    "I've worked on the front-end code. Please take a look at it here: https://fe.example.",
    "I wrote the parser in Go. Take a look at it here: https://go.example.",
    # extra work with no place, then a sentence about something else
    "I also worked on the tests. They all pass on a fresh clone.",
    "I also added a Makefile. Please keep in mind it needs GNU make.",
    # a look at the whole submission, not opening the next sentence
    "I also refactored the models. The repository is at https://repo.example if needed.",
])
def test_extra_work_without_its_place_or_the_submission_pointed_at_offers_nothing(content: str) -> None:
    assert flagged(note(content))


# -- the work's own next step, told as what it is or would have been -----------------------------------------

@pytest.mark.parametrize("content", [
    "With more time, the next stage would have been to cache the search results.",
    "The next step is to add retries to the uploader.",
    "Next steps would be to add tests and a CI pipeline.",
    "The next step would probably be to split the reducer.",
])
def test_the_works_next_step_does_not_invite(content: str) -> None:
    assert flagged(note(content))


@pytest.mark.parametrize("content", [
    "The next step would be to talk with the hiring manager, I understand.",
    "I look forward to hearing about next steps.",
    "Next steps are to meet the team lead, as you said.",
    "Looking forward to the next steps.",
])
def test_the_hiring_processs_next_step_still_invites(content: str) -> None:
    assert not flagged(note(content))

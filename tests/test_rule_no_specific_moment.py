"""no-specific-moment (FL206): topic matching that survives paraphrase, the no-topics heuristic, templates."""

from __future__ import annotations

import pytest

from followup_lint.rules.moment import NoSpecificMoment
from followup_lint.testing import assert_clean, assert_flags, run_rule


def note(content: str, greeting: str = "Hi Dana,") -> str:
    return f"{greeting}\n\nThank you for your time today. {content}\n\nI look forward to hearing from you.\n\nBest,\nSam"


def interview(*topics: str, **extra: object) -> dict:
    return {"interviewers": [{"name": "Dana Whitaker"}], "company": "Initech", "role": "Data Engineer",
            "topics": list(topics), **extra}


# -- the paraphrase set: (topic, what the draft says, does it refer to the topic?) ----------------------
PARAPHRASES = [
    ("the Kafka migration", "I keep thinking about moving the billing pipeline to Kafka.", True),
    ("moving the billing pipeline to Kafka", "I enjoyed hearing about the Kafka migration.", True),
    ("idempotency keys in the payments API", "The idempotent retry problem in your payment endpoints stayed with me.", True),
    ("the on-call rotation", "It was useful to hear how your rotation for on-call works.", True),
    ("flaky end-to-end tests in checkout", "Your story about the flaky checkout tests made me laugh.", True),
    ("hiring two more analysts this year", "It is exciting that you plan to recruit more analysts.", True),
    ("the delayed warehouse opening in Leeds", "I hope the Leeds warehouse opens soon despite the delay.", True),
    ("reducing customer churn in the first 90 days", "Cutting churn among new customers is a problem I love.", True),
    ("the redesign of the onboarding flow", "The onboarding overhaul you showed me looks promising.", True),
    ("scheduling nurses across three wards", "Building nurse rosters for three wards sounds like a puzzle.", True),
    ("your experience launching the mobile app", "Hearing how the mobile app rollout went was inspiring.", True),
    ("the Salesforce to HubSpot switch", "Migrating from Salesforce to HubSpot is something I have done before.", True),
    ("measuring the impact of the literacy programme", "How you evaluate the literacy program's impact interested me.", True),
    ("the 2023 data breach and its aftermath", "What you said about the breach in 2023 was candid.", True),
    ("pricing experiments on the premium tier", "I liked your premium-tier pricing experiments.", True),
    ("the Uckermark substation", "The Uckermark story was a great example of grid delays.", True),
    ("cost overruns on the bridge project", "The bridge project going over budget was a sobering lesson.", True),
    ("teacher feedback after the Chromebook rollout", "The teachers' feedback on the Chromebooks was revealing.", True),
    ("building a dbt model for royalty reports", "A dbt model could really help with royalty reporting.", True),
    ("the night shift handover in the ICU", "Your point about ICU handovers at night was striking.", True),
    # not a reference
    ("the Kafka migration", "I enjoyed learning more about the team and the role.", False),
    ("idempotency keys in the payments API", "I am excited about the opportunity to join Initech.", False),
    ("the on-call rotation", "The company culture seems wonderful.", False),
    ("flaky end-to-end tests in checkout", "I hold an AWS certification in cloud infrastructure.", False),
    ("hiring two more analysts this year", "I enjoyed our conversation this morning.", False),
    ("the delayed warehouse opening in Leeds", "I was glad to hear about the team's goals.", False),
    ("reducing customer churn in the first 90 days", "My background in customer service would help the team.", False),
    ("the redesign of the onboarding flow", "I would love to contribute to the design team.", False),
    ("scheduling nurses across three wards", "It was a pleasure to meet everyone on the ward tour.", False),
    ("your experience launching the mobile app", "I am passionate about technology and learning.", False),
    ("the Salesforce to HubSpot switch", "I look forward to the next steps in the process.", False),
    ("measuring the impact of the literacy programme", "The programme sounds like a great opportunity.", False),
    ("pricing experiments on the premium tier", "I was impressed by the energy of the team.", False),
    ("cost overruns on the bridge project", "The project sounds exciting and I am keen to help.", False),
    ("the night shift handover in the ICU", "I enjoyed the conversation about the role and the hospital.", False),
    ("teacher feedback after the Chromebook rollout", "I believe my experience with teachers would help.", False),
]


def _refers(topic: str, sentence: str) -> bool:
    report = run_rule(NoSpecificMoment, note(sentence), interview(topic))
    return not report.findings and topic in report.metrics["topics_referenced"]


def test_paraphrase_set_precision_and_recall() -> None:
    tp = fp = fn = tn = 0
    misses = []
    for topic, sentence, expected in PARAPHRASES:
        got = _refers(topic, sentence)
        tp += got and expected
        fp += got and not expected
        fn += expected and not got
        tn += not got and not expected
        if got != expected:
            misses.append((topic, sentence, expected))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"paraphrase set: {len(PARAPHRASES)} pairs, precision {precision:.2f}, recall {recall:.2f}, misses {misses}")
    assert len(PARAPHRASES) >= 30
    assert precision >= 0.9 and recall >= 0.85, misses


# -- with topics --------------------------------------------------------------------------------------
BAD_WITH_TOPICS = [
    "I enjoyed learning more about the role and the team.",
    "It was great to hear about the company's goals and culture.",
    "I am excited about the opportunity to join Initech as a Data Engineer.",
    "Our conversation confirmed my enthusiasm for the position.",
    "I believe my background would make me a strong addition to your team.",
    "I really enjoyed our chat and meeting everyone.",
    "The role sounds like a great fit for my skills.",
    "I appreciated the chance to share my experience.",
    "I enjoyed our conversation about {{topic_discussed}}.",
    "I enjoyed hearing about [something you discussed].",
    "Since we spoke, I have completed my Kafka certification.",
]


@pytest.mark.parametrize("content", BAD_WITH_TOPICS)
def test_fires_without_a_topic(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content),
                 interview=interview("the Kafka migration", "the on-call rotation", strengths=["Kafka certification"]))


GOOD_WITH_TOPICS = [
    "I keep thinking about the Kafka migration.",
    "Moving the billing pipeline onto Kafka without downtime sounds like a fun problem.",
    "Your description of the on-call rotation was refreshingly honest.",
    "How you run on-call rotations is something I'd like to learn from.",
    "The kafka migration timeline you described seems ambitious.",
    "I enjoyed the whiteboard exercise on rate limiting.",
    "When you mentioned the 40% drop in nightly batch times, I was impressed.",
    "The Kafka cut-over plan you walked me through was clever.",
    "I liked hearing how the on-call rota is shared between two time zones.",
    "Thinking about the Kafka migration, replaying events seems like the hard part.",
]


@pytest.mark.parametrize("content", GOOD_WITH_TOPICS)
def test_topic_referenced(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview=interview("the Kafka migration", "the on-call rotation"))


def test_metrics_list_the_topics_referenced() -> None:
    report = run_rule(NoSpecificMoment, note("The Kafka migration and the on-call rotation both interest me."),
                      interview("the Kafka migration", "the on-call rotation", "the Q3 roadmap"))
    assert report.metrics["topics_referenced"] == ["the Kafka migration", "the on-call rotation"]


def test_strength_is_not_a_topic() -> None:
    iv = interview("the Kafka certification exam", strengths=["Kafka certification exam"])
    report = run_rule(NoSpecificMoment, note("I also passed the Kafka certification exam last year."), iv)
    assert [f.code for f in report.findings] == ["FL206"]


# -- without topics (heuristic, low confidence) --------------------------------------------------------
BAD_NO_TOPICS = [
    "I enjoyed learning more about the role and the team.",
    "It was great to hear about the company culture.",
    "I enjoyed our discussion of the opportunity.",
    "I appreciated hearing about the team's goals.",
    "I am excited about the position and the organisation.",
    "I enjoyed our conversation about {{topic}}.",
    "I am very interested in the role.",
    "It was a pleasure to learn more about the company and its mission.",
    "I enjoyed talking through the role with you.",
    "I appreciated your time.",
    "I appreciated the time you and the panel set aside for me.",
    "I was glad to hear more about the opportunities for professional development and career growth.",
    "I am very interested in public service and glad to hear about the agency and its opportunities.",
]


@pytest.mark.parametrize("content", BAD_NO_TOPICS)
def test_generic_without_topics(content: str) -> None:
    report = run_rule(NoSpecificMoment, note(content))
    assert [f.code for f in report.findings] == ["FL206"]
    assert report.findings[0].data["confidence"] == "low"


GOOD_NO_TOPICS = [
    "When you mentioned the Kafka migration, I recognised problems I have solved before.",
    "Our discussion of idempotency keys and client retries has stayed with me.",
    "Hearing about the 2024 ERP rollout was eye-opening.",
    "Talking through the phishing incident with you was a great exercise.",
    "The whiteboard exercise on rate limiting was fun.",
    "Your point about reconciliation bottlenecks at month-end was spot on.",
    "I enjoyed walking through the case study on the yogurt line.",
    "I was struck by how the Uckermark substation delay changed the design.",
    "I keep thinking about what you said about triage scripts for anxious pet owners.",
    "Hearing how the team cut dwell time at the Joliet cross-dock was fascinating.",
]


@pytest.mark.parametrize("content", GOOD_NO_TOPICS)
def test_specific_without_topics(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content))


# -- template mode ------------------------------------------------------------------------------------
def test_moment_slot_counts_in_template_mode() -> None:
    body = note("I enjoyed our conversation about {{specific_moment}}.", greeting="Hi {{interviewer_first_name}},")
    assert_clean(NoSpecificMoment, body, interview=interview("the Kafka migration"), template=True)
    assert_clean(NoSpecificMoment, note("I loved hearing about [something you discussed]."), template=True)


def test_placeholder_is_not_a_moment_outside_template_mode() -> None:
    assert_flags(NoSpecificMoment, note("I enjoyed our conversation about {{specific_moment}}."),
                 interview=interview("the Kafka migration"))


def test_a_rushed_note_is_judged_and_an_empty_one_skipped() -> None:
    # issue 11's "rushed notes": a note with almost nothing of its own lacks the moment, it is not exempt
    report = run_rule(NoSpecificMoment, "Hi Dana,\n\nThanks!\n\nSam", interview("the Kafka migration"))
    assert [f.rule for f in report.findings] == ["no-specific-moment"] and not report.rules_skipped
    report = run_rule(NoSpecificMoment, "", interview("the Kafka migration"))
    assert not report.findings and report.rules_skipped


# -- generic-ness measured, paraphrase by reference: wordings written for these tests ----------------------

DEPOT = {"interviewers": [{"name": "Ana Ruiz"}], "company": "Northwind", "role": "shift lead",
         "topics": ["the responsibilities of the job", "converting the goods-in bay to cross-docking"]}


def depot_note(sentence: str) -> str:
    return f"Hi Ana,\n\nThank you for the visit. {sentence}\n\nI look forward to hearing from you.\n\nBest,\nLi"


@pytest.mark.parametrize("sentence", [
    "I enjoyed talking about the responsibilities of the job.",              # only the generic topic
    "I valued our exchange on the changing nature of the industry.",         # polished, empty
    "I enjoyed discussing [THE PROJECT WE TALKED ABOUT] with you.",           # a placeholder
])
def test_generic_topic_or_empty_prose_is_flagged(sentence: str) -> None:
    assert [f.rule for f in run_rule(NoSpecificMoment, depot_note(sentence), DEPOT).findings] == ["no-specific-moment"]


@pytest.mark.parametrize("sentence", [
    "Your story about trucks unloading straight onto outbound trailers stuck with me.",  # no shared word
    "When you showed me the dock doors being re-numbered, the plan made sense.",
])
def test_paraphrase_with_a_back_reference_counts(sentence: str) -> None:
    assert not run_rule(NoSpecificMoment, depot_note(sentence), DEPOT).findings


# -- hyphenated compounds with a particle ("no-shows", "on-call") in topics ---------------------------------

def _moment(sentence: str, topic: str) -> list[str]:
    body = f"Hi Dana,\n\nThank you for the interview today. {sentence}\n\nBest,\nSam"
    return [f.rule for f in run_rule(NoSpecificMoment, body, interview(topic)).findings]


@pytest.mark.parametrize("sentence,topic,referenced", [
    ("Our talk about reducing no-shows stuck with me.", "cutting no-shows with SMS reminders", True),
    ("Your approach to no-show patients with text reminders made sense.", "cutting no-shows with SMS reminders", True),
    ("The pick to light area you showed me was impressive.", "the new pick-to-light zone", True),
    ("I liked your on call rota idea.", "the on-call rota", True),
    ("I liked your on-call rota idea.", "the on-call rota", True),
    ("The check-in desk redesign sounds smart.", "redesigning the check-in desk", True),
    ("Your roll-out plan for the scanners was clear.", "the scanner roll-out", True),
    ("I enjoyed the show.", "cutting no-shows with SMS reminders", False),
    ("I enjoyed learning about the team and the culture.", "the on-call rota", False),
    ("The follow-up was quick.", "the on-call rota", False),
    ("The check-in was easy.", "cutting no-shows with SMS reminders", False),
])
def test_compound_topics(sentence: str, topic: str, referenced: bool) -> None:
    assert _moment(sentence, topic) == ([] if referenced else ["no-specific-moment"])


def test_compound_term_is_marked_and_optional() -> None:
    from followup_lint.rules._topics import phrase_terms

    terms = phrase_terms("cutting no-shows with SMS reminders", frozenset())
    assert "+noshow" in terms and "show" in terms


# -- a template's instructions and a topic with only an abstract head say nothing concrete ------------------

@pytest.mark.parametrize("sentence", [
    "I particularly liked (Specifically what you liked best about the Hull depot).",
    "I enjoyed talking about (Name the Project they described) with you.",
    "Remind him/her of the cross-docking pilot at the Leeds depot.",
])
def test_instruction_words_are_not_a_moment(sentence: str) -> None:
    assert [f.rule for f in run_rule(NoSpecificMoment, depot_note(sentence), DEPOT).findings] == ["no-specific-moment"]


def test_topic_with_only_an_abstract_head_is_generic() -> None:
    book = {**DEPOT, "topics": ["business planning strategies", "converting the goods-in bay to cross-docking"]}
    body = depot_note("I appreciated discussing the business planning strategies.")
    assert [f.rule for f in run_rule(NoSpecificMoment, body, book).findings] == ["no-specific-moment"]


def test_the_readers_thing_is_no_strength_of_the_writers() -> None:
    book = {**DEPOT, "topics": ["the depot's cross-docking layout"],
            "strengths": ["ran a cross-docking rollout at my last depot"]}
    body = depot_note("I looked into your cross-docking layout and it fits the rollout I ran at my last depot.")
    report = run_rule(NoSpecificMoment, body, book)
    assert not report.findings
    assert report.metrics["topics_referenced"] == ["the depot's cross-docking layout"]
    assert report.metrics["strengths_raised"] == ["ran a cross-docking rollout at my last depot"]


@pytest.mark.parametrize("sentence", [
    "The befriending visits every week sound wonderful.",          # the example alone
    "It was lovely to hear about your volunteers on the ward.",    # the thing alone
])
def test_a_topic_is_referred_to_by_its_thing_or_its_example(sentence: str) -> None:
    book = {**DEPOT, "topics": ["the ward's volunteer programme, such as its weekly befriending visits"]}
    assert not run_rule(NoSpecificMoment, depot_note(sentence), book).findings


# -- fourth outside batch classes (fresh wordings) -----------------------------------------------------

@pytest.mark.parametrize("content", [
    "I gather the team's atmosphere is friendly and its pace of work brisk.",
    "The pace of work sounds quick, and the atmosphere warm.",
])
def test_the_feel_of_a_workplace_is_a_generic_topic(content: str) -> None:
    topics = ("the team's atmosphere and pace of work", "the night-shift forklift rota")
    assert_flags(NoSpecificMoment, note(content), interview=interview(*topics))


@pytest.mark.parametrize("content", [
    "I believe my degree in geology and my years of GIS mapping would let me help from day one.",
    "With my geology degree and GIS mapping skills, I am sure I could contribute quickly.",
])
def test_the_candidates_background_restated_is_no_moment(content: str) -> None:
    topics = ("the candidate's geology degree and GIS mapping", "the flood-risk survey of the river valley")
    assert_flags(NoSpecificMoment, note(content), interview=interview(*topics))


def test_the_candidates_background_recalled_from_the_talk_still_counts() -> None:
    topics = ("the candidate's geology degree and GIS mapping", "the flood-risk survey of the river valley")
    content = "I enjoyed our talk about my geology degree and the GIS mapping I did for it."
    assert_clean(NoSpecificMoment, note(content), interview=interview(*topics))


@pytest.mark.parametrize("content", [
    "Your insights into the firm's direction and priorities were truly compelling.",
    "Your perspective on the group's goals was illuminating.",
])
def test_praise_after_the_reference_is_no_evidence(content: str) -> None:
    topics = ("the firm's direction", "the warehouse robotics trial in Tilbury")
    assert_flags(NoSpecificMoment, note(content), interview=interview(*topics))


def test_a_verb_inside_the_recalled_clause_is_not_praise() -> None:
    content = "Your point about what the night team is doing with barcode scanners stayed with me."
    assert_clean(NoSpecificMoment, note(content), interview=interview("the firm's direction", "the Tilbury trial"))


@pytest.mark.parametrize("content", [
    "I was excited about working for xx, a firm that does zz.",
    "I enjoyed our conversation about xxx and the yy project.",
])
def test_filler_letters_name_nothing(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview("the warehouse robotics trial"))


TRAINEE_TOPICS = ("how a trainee copes with weekend shifts, the delivery routes and the repairs backlog in the "
                  "winter season", "the new depot in Swindon")


@pytest.mark.parametrize("content", [
    "I valued your comment on what wears new people down. Long routes through the winter would test anyone.",
    "Your point about what wears new drivers down has stayed with me. Long delivery routes in the winter are "
    "hard on anyone.",
])
def test_a_recalled_remark_paraphrasing_a_topic_in_its_rarer_words_counts(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview=interview(*TRAINEE_TOPICS))


def test_an_unrecalled_sentence_sharing_topic_words_needs_more() -> None:
    content = "I expect weekends in winter to be tough, and I am ready."
    assert_flags(NoSpecificMoment, note(content), interview=interview(*TRAINEE_TOPICS))


@pytest.mark.parametrize("topic,sentence", [
    ("the quality assurance backlog at the Leith plant", "I hope the QA backlog clears before the audit."),
    ("the human resources restructure in Accra", "The HR restructure sounds like a big job."),
    ("the new distribution centre in Tema", "Maybe my forklift training can help for your new DC in Tema."),
])
def test_an_acronym_of_the_topics_words_refers_to_it(topic: str, sentence: str) -> None:
    assert _refers(topic, sentence)


@pytest.mark.parametrize("topic,sentence", [
    ("the quality assurance backlog at the Leith plant", "I enjoyed the Q&A at the end."),
    ("the new distribution centre in Tema", "I grew up in DC and love the city."),
    ("the new distribution centre in Tema", "I'd be keen to help with the DC."),       # initials alone
])
def test_initials_that_spell_something_else_do_not_refer(topic: str, sentence: str) -> None:
    assert not _refers(topic, sentence)


# -- the interview's exercise named by its kind (outside batch sixth: take-home submissions) -------------
EXERCISE_TOPIC = "the take-home data exercise: cleaning a year of sensor readings and charting outliers"


@pytest.mark.parametrize("content", [
    "Working through the exercise over the weekend was a pleasure.",
    "I learned a lot from this assignment, especially about resampling.",
    "This was a tricky but fair task, and I enjoyed it.",
    "I have pushed my submission to the repository you shared.",
    "The take-home kept me busy in the best way.",
])
def test_naming_the_exercise_the_interview_set_is_a_specific_moment(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview=interview(EXERCISE_TOPIC, "the duties of the position"))


@pytest.mark.parametrize("content", [
    "The challenges of the role excite me.",                # plural: the role's challenges name nothing
    "I am ready for the challenge of a new industry.",
])
def test_an_exercise_word_without_an_exercise_in_the_interview_is_no_moment(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content),
                 interview=interview("the quarterly planning cycle with finance", "the duties of the position"))


def test_the_subject_names_the_exercise_with_a_word_of_the_topic() -> None:
    from followup_lint import Draft

    iv = interview("the pricing case study on a regional bakery chain", "the duties of the position")
    body = note("I really enjoyed working on it.")
    assert_clean(NoSpecificMoment, Draft(body=body, subject="Pricing case study"), interview=iv)
    assert_clean(NoSpecificMoment, Draft(body=body, subject="Case study"), interview=iv)
    assert_flags(NoSpecificMoment, Draft(body=body, subject="Thank you"), interview=iv)


# the writer's own remark in the interview is a moment of it: placed there by the words after the verb
@pytest.mark.parametrize("content", [
    "Here is the load-forecasting notebook I mentioned in the interview.",
    "As I said when we spoke, the tendering backlog is something I have cleared before.",
    "Attached is the grant tracker I described during our call.",
    "The escalation matrix I brought up in yesterday's meeting is below.",
])
def test_the_writers_own_remark_in_the_interview_is_a_moment(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview("the quarterly audit of vendor contracts"))


@pytest.mark.parametrize("content", [
    "As I mentioned in my cover letter, I love a challenge.",      # not said in the interview
    "As I said above, I am keen on the job.",
    "The project I mentioned in the interview is a good example.",  # placed there, but nothing concrete
    "I mentioned that I am a team player.",
])
def test_a_first_person_remark_elsewhere_or_of_nothing_is_no_moment(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview("the quarterly audit of vendor contracts"))


REMARK = "his remark that a planner needs initiative, since suppliers change dates weekly"


# a remark of the book recalled as a remark: a reported clause sharing one less common word with it (these
# words, "initiative", "motivation", are too common to make a recalled remark concrete alone)
@pytest.mark.parametrize("content,topic", [
    ("You mentioned that the job takes a lot of initiative.", REMARK),
    ("You said that only people with real motivation thrive here.",
     "her comment that motivation matters more than experience"),
    ("I was told that motivation is what the night shift needs most.",
     "the ward manager's point about motivation on nights"),
])
def test_a_remark_recalled_as_a_reported_clause_is_a_moment(content: str, topic: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview(topic))


@pytest.mark.parametrize("content,topic", [
    ("You mentioned that the job takes a lot of energy.", REMARK),          # no word of the remark
    ("I have shown initiative with suppliers before.", REMARK),             # not recalled, restated
    ("You mentioned that the data team is growing.", "the data migration to the new warehouse"),  # no remark
    ("You mentioned that motivation matters.", "motivation of the sales staff after the merger"),
])
def test_a_reported_clause_that_is_not_the_remark_of_the_book_is_no_moment(content: str, topic: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(topic))


BOOK = ("replacing the paper rota with a scheduling app", "the night-shift handover checklist")


# praise of a standing quality of the organisation, in rare or capitalised words that could follow any
# interview: no moment
@pytest.mark.parametrize("content", [
    "I was impressed by the company's commitment to staying at the vanguard of the Digital Transformation era.",
    "I admired your organisation's dedication to unparalleled excellence in the Customer Experience space.",
    "I was struck by the firm's culture of relentless innovation and its trailblazing spirit.",
    "I was inspired by the company's vision of revolutionizing the Cloud Computing landscape.",
])
def test_praise_of_the_organisation_in_any_words_is_no_moment(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(*BOOK))


# the same shape naming something of this interview, or a real name, stays a moment
@pytest.mark.parametrize("content", [
    "I was impressed by the company's commitment to the Harrowgate food-bank drive.",      # a rare name
    "I was impressed by the company's commitment to handing over every shift with a checklist.",  # the book's words
    "I was struck by the firm's culture of swapping paper rotas for a scheduling app.",
])
def test_praise_of_the_organisation_naming_this_interview_is_a_moment(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview(*BOOK))


# -- seventh outside batch: the exercise named by its kind in the subject, wherever it stands ---------------
@pytest.mark.parametrize("subject", [
    "Assignment done - Priya Nair",
    "Submitting my assignment",
    "Backend assignment results",            # a word before it that the topic does not have
])
def test_the_exercise_kind_anywhere_in_the_subject_is_a_specific_moment(subject: str) -> None:
    from followup_lint import Draft

    iv = interview("the data assignment: deduplicating a customer list", "the duties of the position")
    body = note("It was good fun.")
    assert_clean(NoSpecificMoment, Draft(body=body, subject=subject), interview=iv)


@pytest.mark.parametrize("subject", [
    "New assignments ahead",                 # plural: names no exercise
    "Thank you for Tuesday",
])
def test_a_subject_without_the_exercise_kind_is_no_moment(subject: str) -> None:
    from followup_lint import Draft

    iv = interview("the data assignment: deduplicating a customer list", "the duties of the position")
    assert_flags(NoSpecificMoment, Draft(body=note("It was good fun."), subject=subject), interview=iv)


def test_an_exercise_topic_whose_rest_is_generic_is_still_the_exercise() -> None:
    # what follows the possessive ("the department's requests") is generic; the topic is still the exercise
    iv = interview("the kanban task: a sprint board for the department's requests", "the duties of the position")
    assert_clean(NoSpecificMoment, note("Thanks for the task, I enjoyed it."), interview=iv)
    assert_flags(NoSpecificMoment, note("I enjoyed meeting everyone."), interview=iv)


# -- eighth outside batch: the exercise by any noun its topic uses (a test, an exam, a pull request, the
# topic's plural, the reader's review of it); written for these tests ------------------------------------
@pytest.mark.parametrize("topic,content", [
    ("the payroll coding test: extend a small Go service", "I have just finished this test and pushed it."),
    ("the statistics exam in the hiring repository", "I enjoyed sitting your statistics exam."),
    ("the take-home: add a search box and send a pull request", "My PR is up whenever you have a moment."),
    ("the welcome tasks (SQL and Python exercises)", "All tasks are done now."),
    ("the welcome tasks (SQL and Python exercises)", "Please check these tasks when you can."),
    ("Dana's review notes on the candidate's case study", "Your review was very useful to me."),
    ("the SQL quiz on window functions: send your solution as a gist", "I hope my solution is readable."),
])
def test_any_noun_the_topic_uses_for_the_exercise_names_it(topic: str, content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview=interview(topic, "the duties of the position"))


@pytest.mark.parametrize("topic,content", [
    ("the monthly planning meeting", "I have just finished this test and pushed it."),        # no exercise set
    ("the monthly planning meeting", "I hope my solution is readable."),
    ("the payroll coding test: extend a small Go service", "I enjoyed learning about the team."),
    ("the payroll coding test: extend a small Go service", "Your feedback was very useful to me."),  # no review in the topic
])
def test_an_exercise_noun_the_topics_do_not_set_is_no_moment(topic: str, content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(topic, "the duties of the position"))


# -- ninth outside batch: what the candidate delivered (a pull request, a solution, a PR) names the exercise
# only when a topic calls it so; the kind the interview set must be named otherwise (written for these tests)
@pytest.mark.parametrize("content", [
    "Could you please look at the pull request.",
    "Please review my solution when convenient.",
    "Here is the PR, have a look.",
    "Solution pushed to the fork.",
])
def test_a_delivery_the_topics_do_not_name_is_no_moment(content: str) -> None:
    iv = interview("the warehouse-routing take-home assignment", "the duties of the position")
    assert_flags(NoSpecificMoment, note(content), interview=iv)


@pytest.mark.parametrize("topic,content", [
    ("the take-home: fork the repository and open a pull request", "Could you please look at the pull request."),
    ("the take-home: fork the repository and open a pull request", "Here is the PR, have a look."),
    ("the kata, whose solution goes in a gist", "Please review my solution when convenient."),
    ("the warehouse-routing take-home assignment", "The assignment is in the pull request now."),
])
def test_a_delivery_named_by_a_topic_or_beside_the_kind_is_a_moment(topic: str, content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview=interview(topic, "the duties of the position"))


# -- how a workplace runs in general is no moment; a particular process named is (written for these tests) --
@pytest.mark.parametrize("content", [
    "I really enjoyed learning about your team's workflow.",
    "It was great to hear about the company's processes.",
    "I loved hearing about the department's day-to-day.",
])
def test_a_teams_workflow_in_general_is_no_moment(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview("the Kafka migration"))


def test_a_particular_workflow_is_still_a_moment() -> None:
    assert_clean(NoSpecificMoment, note("I enjoyed hearing about the team's release workflow for the iOS app."),
                 interview=interview("the Kafka migration"))


# -- a remark recalled with the time it gave for what would happen (written for these tests) -------------
@pytest.mark.parametrize("content", [
    "You mentioned the shortlist would be drawn up next week.",
    "During our call you said the rota will be settled later this month.",
    "You told me the panel was to meet again this Friday.",
])
def test_a_recalled_remark_with_its_time_is_a_moment(content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview=interview("the Kafka migration"))


@pytest.mark.parametrize("content", [
    "I hope to hear from you next week.",                          # the writer's own hope: no remark
    "I will be travelling this week, but reachable by phone.",
])
def test_the_writers_own_timing_is_no_moment(content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview("the Kafka migration"))


# -- a solid compound of the topic named by its first word beside another word of the topic --------------
@pytest.mark.parametrize("topic,content", [
    ("the storefront redesign", "I keep thinking about how you would redesign the store."),
    ("the classroom layout for the new wing", "Your sketch of how the class would be laid out in the new wing stuck with me."),
    ("the tour of the boathouse and slipway", "Seeing the boat slip at the end of the tour was great."),
])
def test_a_compound_named_by_its_first_word_refers_to_the_topic(topic: str, content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview=interview(topic))


@pytest.mark.parametrize("topic,content", [
    ("the storefront redesign", "I love the store."),                       # no other word of the topic
    ("the Kafka migration", "The ion channel research sounded fun."),       # "migrat" + "ion": no compound
])
def test_a_compounds_first_word_alone_is_no_reference(topic: str, content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(topic))


def _judged(content: str, recalls: bool, *topics: str) -> None:
    """The note with ``content`` refers to the interview (no FL206) exactly when ``recalls``."""
    (assert_clean if recalls else assert_flags)(NoSpecificMoment, note(content), interview=interview(*topics))


# -- a guide or model letter whose body tells the writer what to say (outside batch ninth: advice as the
# body): once the text holds an instruction, its sentences about the letter or the reader-by-role are
# advice, and a cue inside a quoted example is nobody's recollection -----------------------------------
@pytest.mark.parametrize("topic,content", [
    ("the spring catalogue of regional history titles",
     "Thank the interviewer for the meeting. In the middle of your letter, describe what fascinated you about "
     "the workplace and its procedures. Your note should be courteous, concise and sincere."),
    ("the quarterly audit of vendor contracts",
     "Thank them for their time. Use your note to show the hiring manager that you listened: mention anything "
     "interesting you learned about the organisation's philanthropy."),
    ("moving the billing pipeline to Kafka",
     "Thank the interviewer for their time. Don't write \"It was fascinating to hear about your cutting-edge "
     "infrastructure\" - it is a cliche."),
    ("the tractor fleet's telematics upgrade",
     "Thank the hiring manager for the visit. Your email ought to convey how intrigued by the agronomy you "
     "were, without waffle."),
    ("the night-shift handover checklist",
     "Thank the employer for the opportunity. The purpose of this letter is to remind the interviewer of your "
     "enthusiasm; avoid phrases such as \"I enjoyed learning about your wonderful hospital\"."),
    ("the dairy co-op's milk-collection routes",
     "It is important to steer clear of lines like \"I was impressed by the sheer dynamism of the cooperative\"."),
])
def test_advice_on_what_to_write_recalls_nothing(topic: str, content: str) -> None:
    assert_flags(NoSpecificMoment, note(content), interview=interview(topic))


@pytest.mark.parametrize("topic,content", [
    ("the tractor fleet's telematics upgrade",
     "I keep thinking about the telematics upgrade you described for the tractor fleet."),
    ("the quarterly audit of vendor contracts",
     "Please pass my thanks to the interviewer; the vendor-contract audit you described sounds like a puzzle."),
    ("the night-shift handover checklist",
     "When you said \"the handover is where patients get lost\", I thought of the checklist we used at St Mary's."),
    ("the cold-chain sensors in the vaccine store",
     "Your phrase \"a fridge is only as good as its alarm\" stayed with me after the tour of the vaccine store."),
])
def test_a_real_note_quoting_or_naming_the_interviewer_still_recalls(topic: str, content: str) -> None:
    assert_clean(NoSpecificMoment, note(content), interview=interview(topic))


# -- "it was a pleasure to talk about", "we spoke about": a pointer at the past conversation, as
# "discussing" is (outside batch eighth: "a pleasure ... to talk about your goals in working for the elderly")
@pytest.mark.parametrize("topic,content,recalls", [
    ("converting the archive's microfilm to digital scans",
     "Thanks for the chance to speak about the microfilm digitisation.", True),
    ("the night-bus driver shortage", "Glad we got to chat about the shortage of night-bus drivers.", True),
    ("the supply chain for spare turbine blades",
     "We talked about turbine blade spares and I have thought about it since.", True),
    ("the hospice's volunteer training programme", "It was lovely to talk about how you train hospice volunteers.", True),
    ("the cattle feedlot expansion", "It was good to talk about the feedlot expansion, mate.", True),
    ("the cattle feedlot expansion", "It was great to talk about the opportunity and your goals.", False),
    ("the hospice's volunteer training programme", "I enjoyed the chance to talk about my experience and skills.", False),
    ("the night-bus driver shortage", "Happy to talk about the evolving landscape of the sector.", False),
    ("the supply chain for spare turbine blades", "I would love to talk about the position further.", False),
    # an offer to talk again: its time is no moment, nor is polished prose about the future
    ("the night-bus driver shortage", "Happy to talk about next steps on Tuesday at 3pm.", False),
    ("the night-bus driver shortage", "It would be great to chat about an exhilarating future together.", False),
    ("the night-bus driver shortage", "I'd love to speak about the position again; I'm free after 14:30.", False),
])
def test_talking_about_something_concrete_recalls_it(topic: str, content: str, recalls: bool) -> None:
    _judged(content, recalls, topic)


# -- written questions the interview set, named as answered (outside batch ninth: a pull request "answering
# interview's question"); the conversation's questions ("thank you for answering my questions") are none --
@pytest.mark.parametrize("topics,content,recalls", [
    (("the written screening questions in the careers repository", "the duties of the position"),
     "My answers to the screening questions are in the attached document.", True),
    (("the interview questions to answer in writing on Solidity gas costs", "the duties of the position"),
     "I have answered all the interview questions in the repo.", True),
    (("the written questions in the join-us repository", "remote working hours"),
     "Pushed a branch with answers to the written questions.", True),
    (("a short questionnaire on the candidate's Solidity experience", "remote working hours"),
     "Here is my questionnaire, filled in.", True),
    (("the written interview questions in the join-us repository",),
     "Finished answering the interview questions this morning.", True),
    (("the written questions in the join-us repository",),
     "I've put my responses to the written questions in answers.md.", True),
    (("the written interview questions in the join-us repository",),
     "Thank you for answering my questions about the team.", False),
    (("the written interview questions in the join-us repository",),
     "I am happy to answer any further questions you may have.", False),
    (("the written interview questions in the join-us repository",),
     "Thanks for taking the time to answer all my questions.", False),
    (("the Kafka migration", "the on-call rotation"), "My answers to the interview questions are attached.", False),
    (("the Kafka migration", "the on-call rotation"), "I hope I answered your questions well.", False),
])
def test_the_written_questions_the_interview_set_named_as_answered(topics: tuple, content: str, recalls: bool) -> None:
    _judged(content, recalls, *topics)


# -- a chance encounter with someone else on the day, with where it happened (outside batch eighth: "Howard
# impressed me the minute I met him in the hall"); meeting "you", or a meeting still to come, is none ------
_PLAIN_BOOK = ("the duties of the position", "the quarterly audit of vendor contracts")


@pytest.mark.parametrize("content,recalls", [
    ("I also enjoyed bumping into your founder by the coffee machine.", True),
    ("Meeting Mr Okafor briefly in the lift made my day.", True),
    ("It was a nice surprise to run into Priya in the corridor on my way out.", True),
    ("I was glad I met your CFO at reception as I left.", True),
    ("Meeting her in the canteen afterwards was a bonus.", True),
    ("Cheers for the intro to Gaz, I met him in the car park on the way out.", True),
    ("It was lovely to meet you at reception.", False),
    ("I look forward to meeting the team in the office.", False),
    ("I hope to meet everyone in the hallway soon.", False),
    ("I look forward to meeting him in the lobby next week.", False),
    ("It was great meeting you in the lobby before the interview.", False),
    ("I hope to run into her at reception next time.", False),
    # arranging a visit still to come
    ("Meeting Priya at reception at 9 works for me.", False),
    ("I'll be meeting her at reception on Monday.", False),
    ("Shall we plan on meeting him at the entrance?", False),
])
def test_a_chance_encounter_on_the_day_is_a_moment(content: str, recalls: bool) -> None:
    _judged(content, recalls, *_PLAIN_BOOK)


# -- an application that is itself the exercise, named by its unusual form (outside batch eighth: "the cool
# approach for applying"); "thank you for considering my application" says it of any application ---------
_APPLY_BY_PR = ("applying through the hacker-application repository: fork it, answer the questions in the files "
                "and send a pull request")


@pytest.mark.parametrize("topic,content,recalls", [
    (_APPLY_BY_PR, "Thanks for the chance to try out your unusual way to apply.", True),
    ("applying by solving the puzzle on the careers page and sending a pull request",
     "What a fun approach to applying, I really enjoyed it.", True),
    ("the application challenge: a repository to fork and a pull request with your answers",
     "Loved the creative application process, it beats a cover letter.", True),
    ("applying through a take-home exercise in a GitHub repository", "Such a refreshing way of applying for a job.", True),
    (_APPLY_BY_PR, "This was a neat method of application, cheers.", True),
    (_APPLY_BY_PR, "Thank you for considering my application.", False),
    (_APPLY_BY_PR, "I enjoyed the application process.", False),
    (_APPLY_BY_PR, "I am keen to apply my skills to your web team.", False),
    (_APPLY_BY_PR, "I like your novel approach to applying machine learning to logistics.", False),
    (_APPLY_BY_PR, "Our team has an interesting approach to application security.", False),
    ("the Kafka migration", "What a fun approach to applying, I really enjoyed it.", False),
])
def test_the_unusual_way_to_apply_names_the_application_exercise(topic: str, content: str, recalls: bool) -> None:
    _judged(content, recalls, topic, "the duties of the position")


# -- the stock words of polished prose and of job ads are rare but name nothing ("the shifting paradigms of
# modern business", a book topic "working in a fast-paced environment"), also written with hyphens ------
@pytest.mark.parametrize("topics,content,recalls", [
    (("the Kafka migration",), "I valued our exchange on the shifting paradigms of modern business.", False),
    (("the Kafka migration",), "Our conversation about synergies across the group was inspiring.", False),
    (("the Kafka migration",), "I enjoyed discussing the trajectory of the sector and its holistic future.", False),
    (("the Kafka migration",), "Hearing about your cutting-edge, forward-thinking approach was a delight.", False),
    (("the Kafka migration",), "Learning about your customer-centric, results-driven culture was great.", False),
    (("the Kafka migration",), "Talking about world-class service and best-in-class delivery was a joy.", False),
    (("strong communication skills and attention to detail", "working in a fast-paced environment"),
     "Our talk about working in a fast-paced environment was helpful.", False),
    (("the Kafka migration",),
     "Hearing about the paradigm shift from batch jobs to streaming in the Kafka work was great.", True),
    (("the Kafka migration",), "I loved the synergy example with the Leeds warehouse.", True),
    (("the ISO 9001 quality standards audit",), "The ISO 9001 audit you described sounds demanding.", True),
    (("the forklift fleet's telematics",), "Your point about the forklift fleet's trajectory data was sharp.", True),
    (("the food hygiene standards in the hospital kitchens",),
     "Your account of the hygiene inspections in the kitchens stuck with me.", True),
])
def test_buzzwords_name_nothing(topics: tuple, content: str, recalls: bool) -> None:
    _judged(content, recalls, *topics)


# -- an exercise topic that spells out after a colon what the exercise was ("the take-home assignment: a
# weather dashboard in React"): naming what was built refers to it -----------------------------------------
@pytest.mark.parametrize("topic,content,recalls", [
    ("the take-home assignment: a weather dashboard in React", "weather dashboard done, pls check", True),
    ("the take-home assignment: a weather dashboard in React", "Submitted the React dashboard as discussed.", True),
    ("the case study: pricing a new oat-milk line for a café chain",
     "Pricing the oat-milk range for a chain of cafes was fun.", True),
    ("the written exercise: a press release on the bridge reopening", "Attached is the press release about the bridge.", True),
    ("the practical task: rewiring a consumer unit", "Rewiring that consumer unit took me back to my apprenticeship.", True),
    ("the take-home assignment: a weather dashboard in React", "Here it is, hope you like it.", False),
    ("the take-home assignment: a weather dashboard in React", "Updated as per your comments.", False),
    ("the case study: pricing a new oat-milk line for a café chain", "I enjoyed meeting the people in the office.", False),
    ("the written exercise: a press release on the bridge reopening", "I am keen to write for your readers.", False),
])
def test_what_the_exercise_was_after_a_colon_refers_to_it(topic: str, content: str, recalls: bool) -> None:
    _judged(content, recalls, topic, "the duties of the position")


# -- problems the interviewer set, named as set ("the problems you gave me"), are the interview's exercise
# when a topic names that kind (outside batch tenth: "two whiteboard problems: ..."); problems talked
# about, or of a kind no topic names, are not -------------------------------------------------------------
_WHITEBOARD = "two whiteboard problems: interval merging and a trie"
_PUZZLES = "the logic puzzles on the whiteboard"
_CASES = "three customer cases to triage"


@pytest.mark.parametrize("topic,content,recalls", [
    (_WHITEBOARD, "The problems you set me were a real stretch, in a good way.", True),
    (_WHITEBOARD, "I keep thinking about those problems you threw at me.", True),
    (_WHITEBOARD, "Both problems that you posed were great fun to work through.", True),
    (_PUZZLES, "I loved the puzzles you gave us at the end.", True),
    (_PUZZLES, "The two puzzles you had me solve were harder than they looked.", True),
    (_CASES, "The cases you asked me to work through felt like a real shift.", True),
    (_CASES, "All the cases you prepared for me were realistic.", True),
    (_WHITEBOARD, "The problems you mentioned in the team sound hard.", False),
    (_WHITEBOARD, "I am ready for the problems of the role.", False),
    (_PUZZLES, "The problems you gave me were fun.", False),
    (_CASES, "The puzzles you posed were fun.", False),
    (_WHITEBOARD, "I enjoyed solving problems with you.", False),
])
def test_problems_the_interviewer_set_name_the_exercise(topic: str, content: str, recalls: bool) -> None:
    _judged(content, recalls, topic, "the duties of the position")


# -- the values an organisation professes ("innovation and collaboration", "integrity and teamwork"), and
# the weight it gives them ("the emphasis the company places on ..."), name nothing: such a topic is generic
# even when the note repeats it (outside batch tenth) -----------------------------------------------------
@pytest.mark.parametrize("topics,content,recalls", [
    (("the company's values of innovation and collaboration",),
     "I admired how much the firm values innovation and collaboration.", False),
    (("a culture of integrity and teamwork",), "Your culture of integrity and teamwork really appealed to me.", False),
    (("diversity, inclusion and belonging at the firm",),
     "I was glad to hear about your commitment to diversity and inclusion.", False),
    (("the organisation's focus on sustainability and transparency",),
     "The importance the organisation gives to sustainability and transparency impressed me.", False),
    (("the Kafka migration",), "I was struck by the emphasis your team puts on creativity and accountability.", False),
    (("the Kafka migration",), "I loved the focus on empathy and curiosity in the team.", False),
    (("the innovation lab's drone pilot in Rotterdam",), "The drone pilot in Rotterdam sounded exciting.", True),
    (("the teamwork award for the Leeds depot rebuild",), "Congratulations on the award for the Leeds rebuild.", True),
    (("the collaboration with Moorfields on retinal scans",), "The Moorfields retinal scan work is fascinating.", True),
    (("the Kafka migration",), "The emphasis on idempotent consumers in the Kafka move made sense.", True),
])
def test_professed_values_name_nothing(topics: tuple, content: str, recalls: bool) -> None:
    _judged(content, recalls, *topics)


# -- a weak reference's evidence ends where the writer's own clause is joined on ("I remain excited about the
# opportunity, and I wanted to reiterate my qualifications"): what the writer goes on to do recalls nothing --
@pytest.mark.parametrize("content,recalls", [
    ("I remain excited about the opportunity to join your team, and I wanted to reiterate my interest.", False),
    ("I am enthusiastic about the role, and I am confident my diligence would be an asset.", False),
    ("I enjoyed learning about the company, but I also want to underline my adaptability.", False),
    ("I am keen on the position; I reaffirm my wholehearted interest.", False),
    ("I appreciated hearing about the team, so I am attaching my portfolio for reference.", False),
    ("I am excited about the Kafka migration, and I hope to help with it.", True),
    ("I enjoyed learning about the Leeds warehouse scanners, and I have thought about them since.", True),
    ("I enjoyed hearing about the Harrogate rota rebuild, and I wanted to say so.", True),
])
def test_the_writers_own_clause_is_no_evidence(content: str, recalls: bool) -> None:
    _judged(content, recalls, "the Kafka migration", "the duties of the position")


# -- a value word ("trust", "ownership", "focus", "integrity") is abstract only as a professed value (after
# "values", "culture of", "places on", "commitment to", an organisation's possessive, or in a list of values),
# not as part of a concrete noun phrase ("the trust accounting module", "the ownership change at the plant":
# issue 11, the tenth batch's values weighed nothing wherever they stood) --------------------------------
@pytest.mark.parametrize("topics,content,recalls", [
    (("the ownership change at the plant",), "The ownership change at the plant sounds like a big shift.", True),
    (("the ownership transfer",), "The ownership transfer sounds complicated.", True),
    (("the focus group results for the new app",), "The focus group results were fascinating.", True),
    (("the trust accounting module",), "I enjoyed digging into the trust accounting module.", True),
    (("the respect training rollout in the stores",), "The respect training rollout in the stores sounded well run.", True),
    (("the integrity checks",), "The integrity checks sounded clever.", True),
    (("the transparency portal",), "I liked the transparency portal.", True),
    (("the courage awards",), "The courage awards sounded lovely.", True),
    (("the collaboration tooling migration",), "The collaboration tooling migration sounds hard.", True),
    (("the Kafka migration",), "I enjoyed hearing about the integrity checks on the ledger.", True),
    (("the Kafka migration",), "I enjoyed hearing about the company's ownership handover.", True),
    (("the company's values of trust and respect",), "I admired how much the firm values trust and respect.", False),
    (("a culture of ownership and honesty",), "Your culture of ownership and honesty appealed to me.", False),
    (("trust, respect and ownership in the team",), "Trust, respect and ownership in the team matter to me too.", False),
    (("the Kafka migration",), "I liked the emphasis your team places on integrity.", False),
    (("the Kafka migration",), "I was glad to hear about your commitment to transparency and respect.", False),
    (("the Kafka migration",), "The focus on kindness and humility stood out.", False),
    (("the Kafka migration",), "I appreciated the importance the company places on empathy.", False),
    (("the Kafka migration",), "I enjoyed hearing about the company's integrity.", False),
    (("the Kafka migration",), "I enjoyed hearing about the company's focus on respect.", False),
])
def test_a_value_word_in_a_concrete_noun_phrase_names_something(topics: tuple, content: str, recalls: bool) -> None:
    _judged(content, recalls, *topics)


# -- the exercise named by its kind noun however it is written: with a number or an adjective before it, in
# the wrong case or plural, without a determiner where the topic's own pair of words stands ("test task"),
# or by the kind of problem the exercise topic names ("the problem" for "the internship problem ... sent
# as a pull request") (issue 11, the eleventh batch) --------------------------------------------------------
_SIX_TASKS = "the backend test: a Flask inventory app with six tasks"
_TEST_TASK = "the data-cleaning test task in the recruiting repository"
_CODING_PROBLEM = "the graduate problem (a short coding problem) to be solved and sent as a pull request"


@pytest.mark.parametrize("topics,content,recalls", [
    ((_SIX_TASKS,), "I managed the first 3 Tasks in about forty minutes.", True),
    ((_SIX_TASKS,), "Only the last 2 task are missing, sorry.", True),
    ((_SIX_TASKS,), "I finished the 5 first TASK before lunch.", True),
    ((_TEST_TASK,), "really enjoyed this Test Task, learnt a lot.", True),
    ((_TEST_TASK,), "It is a nice test task with tricky edge cases.", True),
    ((_TEST_TASK,), "Sent my test-task solution yesterday.", True),
    ((_CODING_PROBLEM,), "Could you please have a look at the problem I solved?", True),
    ((_CODING_PROBLEM,), "I pushed my answer to the Problem this morning.", True),
    ((_SIX_TASKS, "the duties of the position"), "I have 3 years of PHP and enjoy tasks like that.", False),
    ((_TEST_TASK,), "Testing is a task I enjoy every day.", False),
    ((_TEST_TASK,), "I am ready for the problem solving the role needs.", False),
    (("the duties of the position",), "I finished the first 4 tasks of my current job early.", False),
    (("the duties of the position",), "The problem is that I start a new course in May.", False),
    ((_SIX_TASKS,), "The problem is that I start a new course in May.", False),
])
def test_the_exercise_named_by_its_kind_however_written(topics: tuple, content: str, recalls: bool) -> None:
    _judged(content, recalls, *topics)


# -- the employer's field, named in a polished frame ("the dynamic landscape of microfinance", "the world of
# reinsurance", "the agritech space"), is what any applicant knows of it: no moment of this interview
# (issue 11, the eleventh batch: "valuable insights into the dynamic landscape of microfinance") -----------
@pytest.mark.parametrize("content,recalls", [
    ("I gained valuable insights into the evolving landscape of reinsurance.", False),
    ("It was an enriching conversation about the exciting world of agritech.", False),
    ("I enjoyed learning about the fintech space and your place in it.", False),
    ("Our discussion deepened my appreciation of the field of biostatistics.", False),
    ("I appreciated hearing about the fast-moving realm of cybersecurity.", False),
    ("Hearing about the telemedicine sector was inspiring.", False),
    ("I enjoyed hearing about the Kafka migration in the world of reinsurance.", True),
    ("Your story about the reinsurance treaty renewals in Lagos stayed with me.", True),
    ("I enjoyed hearing about the microfinance app for chama groups.", True),
    ("Learning about the biostatistics audit you described was fascinating.", True),
])
def test_the_employers_field_in_a_polished_frame_names_nothing(content: str, recalls: bool) -> None:
    _judged(content, recalls, "loan arrears among boda boda riders", "the duties of the position")


# -- a part of what the exercise builds ("I punted on the UI, but hope the functionality and architecture
# make up for it"), when an exercise topic describes a thing built ("the challenge: a web form that imports
# a file"), names the submitted exercise; the same part as a team, as a kind of work, or with no exercise
# that builds something, names nothing (issue 11, the twelfth batch) ---------------------------------------
_BIKE_APP = "the take-home challenge: a mobile app that lists nearby bike docks"
_ESSAY = "the written assessment: three essay questions on brand strategy"


@pytest.mark.parametrize("topics,content,recalls", [
    ((_BIKE_APP,), "I ran out of time for the styling, but the API layer is solid.", True),
    ((_BIKE_APP,), "The UI is rough, sorry about that.", True),
    ((_BIKE_APP,), "I kept the front end minimal and spent my evenings on the backend.", True),
    ((_BIKE_APP,), "Apologies that the error handling is thin in places.", True),
    ((_BIKE_APP,), "I skipped the UX polish and focused on the data layer.", True),
    ((_BIKE_APP,), "Its architecture is explained in the readme.", True),
    ((_BIKE_APP,), "I enjoy UI work more than anything else.", False),
    ((_BIKE_APP,), "I would love to join the UI team one day.", False),
    ((_BIKE_APP,), "Backend engineers like me are rare in this city.", False),
    (("the team's React stack", "the hiring timeline"), "The UI is rough, sorry about that.", False),
    ((_ESSAY,), "I kept the front end minimal and spent my evenings on the backend.", False),
    ((_BIKE_APP,), "I admire the architecture team at your company.", False),
])
def test_a_part_of_what_the_exercise_builds_names_it(topics: tuple, content: str, recalls: bool) -> None:
    _judged(content, recalls, *topics)


# -- the exercise called by another kind, without a determiner, after two words of the exercise topic's own
# title ("Worked on Senior Frontend dev tasks." for "the senior frontend hiring test: ..."); one such word, or
# the title's words before another noun, names nothing (issue 11, the twelfth batch) ------------------------
_RATE_LIMITER = "the senior backend hiring challenge: a rate limiter in Go"


@pytest.mark.parametrize("topics,content,recalls", [
    ((_RATE_LIMITER,), "Pushed Senior Backend coding task to the repo.", True),
    ((_RATE_LIMITER,), "Senior backend tasks are done, repo attached.", True),
    ((_RATE_LIMITER,), "Completed backend hiring exercise over the weekend.", True),
    ((_RATE_LIMITER,), "Sending over SENIOR BACKEND ASSIGNMENT now.", True),
    ((_RATE_LIMITER,), "I handle backend tasks daily.", False),
    ((_RATE_LIMITER,), "Senior engineers set the tasks here.", False),
    ((_RATE_LIMITER,), "Senior backend roles interest me most.", False),
    ((_RATE_LIMITER,), "Backend hiring is slow these days.", False),
    (("the team's on-call rota", "the hiring timeline"), "Senior backend tasks are done, repo attached.", False),
])
def test_the_exercise_by_another_kind_after_the_topics_title(topics: tuple, content: str, recalls: bool) -> None:
    _judged(content, recalls, *topics)


# -- "the problem" is the exercise a topic names as a problem, but not as the writer's difficulty ("The
# problem is that I start in May", "the only problem was my visa") (issue 11: tightening the eleventh
# batch's fix) --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("content,recalls", [
    ("The problem was great fun to solve.", True),
    ("My solution to the problem is in the pull request.", True),
    ("The problem is solved in linear time now.", True),
    ("I pushed a second version of the problem tonight.", True),
    ("The problem is that my laptop died on Sunday.", False),
    ("The only problem was the time difference.", False),
    ("The main problem for me is the commute.", False),
    ("The real problem was my visa paperwork.", False),
    ("The problem was that the portal logged me out.", False),
    ("My biggest problem is my notice period.", False),
])
def test_the_problem_is_the_exercise_not_a_difficulty(content: str, recalls: bool) -> None:
    _judged(content, recalls, _CODING_PROBLEM)


# -- a lower-case word before "space", "field" or "world" is the employer's field only when it names a
# field ("the edtech space", "the healthcare space"), not a place or a part of a thing ("the mezzanine
# space", "the postcode field") (issue 11: tightening the eleventh batch's fix) ---------------------------------------------
@pytest.mark.parametrize("content,recalls", [
    ("I enjoyed hearing about the mezzanine space.", True),
    ("I enjoyed hearing about the postcode field validation.", True),
    ("I enjoyed hearing about the cleanroom space.", True),
    ("I enjoyed hearing about the dropdown field redesign.", True),
    ("Learning about the checkbox field was useful.", True),
    ("I enjoyed learning about the edtech space and where you fit in it.", False),
    ("It was great to hear about the insurtech world.", False),
    ("I appreciated your view of the proptech field.", False),
    ("Hearing about the regtech space was inspiring.", False),
    ("I enjoyed hearing about the healthcare space.", False),
    ("Learning about the logistics world was eye-opening.", False),
])
def test_a_literal_space_field_or_world_is_no_employers_field(content: str, recalls: bool) -> None:
    _judged(content, recalls, "loan arrears among boda boda riders", "the duties of the position")


# -- fourteenth outside batch classes (fresh wordings, not the batch's) ------------------------------------

@pytest.mark.parametrize("topic,content,refers", [
    # a date the interview set, however the note writes it
    ("a decision promised by 3 March", "You said I would hear by the 3rd of March at the latest.", True),
    ("the start date of 21 September", "Is September 21st still the plan for new starters?", True),
    ("the panel meeting on 9 July", "I gather the panel sits on 9th July.", True),
    ("the offer deadline of 30 April", "I will be ready well before 30th April.", True),
    ("a shortlist due on 12 May", "May 12 can't come soon enough!", True),
    ("a decision promised by 3 March", "I am free on the 4th of March if a call helps.", False),   # another date
    ("a decision promised by 3 March", "I hope you had a good week.", False),
])
def test_a_date_the_interview_set_is_a_particular(topic: str, content: str, refers: bool) -> None:
    report = run_rule(NoSpecificMoment, note(content), interview(topic))
    assert (not report.findings) is refers


@pytest.mark.parametrize("content", [
    "I wanted to reiterate how much I liked meeting you about the analyst post on your team.",   # saying verbs
    "I would like to reaffirm my interest in the analyst opening.",
    "Let me emphasize how much I enjoyed our conversation.",
    "I am writing to reiterate my enthusiasm for the opening.",
    "Just reiterating how glad I was to meet you and the team.",
    "Any news would be most welcome whenever you get a moment.",    # the reader's time, not their practice
    "An update would be greatly appreciated when you have the time.",
    "I know you are swamped, so any word would be appreciated when you get the chance.",
])
def test_saying_verbs_and_the_readers_time_name_nothing(content: str) -> None:
    assert [f.code for f in run_rule(NoSpecificMoment, note(content),
                                     interview("the Snowflake cost audit")).findings] == ["FL206"]


@pytest.mark.parametrize("topic", [
    "the team's upcoming projects",            # a word of time before a plural, or the workplace's feel
    "the company's new initiatives",
    "the department's current projects",
    "the firm's workplace culture",
])
def test_a_topic_naming_no_particular_thing_is_generic(topic: str) -> None:
    from followup_lint.analysis.reference import generic_topic
    assert generic_topic(topic)


@pytest.mark.parametrize("topic", [
    "the company's latest marketing campaign",     # one particular campaign
    "the upcoming warehouse relocation projects",  # named by what they move
    "workplace safety inspections at the depot",
    "the team's upcoming Hudson Yards projects",
])
def test_a_particular_topic_stays_specific(topic: str) -> None:
    from followup_lint.analysis.reference import generic_topic
    assert not generic_topic(topic)


@pytest.mark.parametrize("topic,content,refers", [
    # two rare or three side-by-side words of a topic repeated side by side, the rest reworded
    ("uploading drawings to the supplier portal instead of emailing them",
     "Sorry again that I sent the drawings by mail rather than through the supplier portal.", True),
    ("moving the nightly payroll batch onto the cloud scheduler",
     "Is the payroll batch still on the old box?", True),
    ("switching the tram depot to battery shunters",
     "The tram depot sounds like a fun place to work.", True),
    ("rolling out the new shift handover checklist on every ward",
     "Is the shift handover checklist printed, or kept on the tablets?", True),
    ("senior backend hiring at the Leeds office", "Senior backend roles interest me most.", False),  # common pair
    ("switching the tram depot to battery shunters",
     "I used to take the tram to the depot near my school.", False),     # not side by side
    ("uploading drawings to the supplier portal instead of emailing them",
     "I hope you had a nice weekend and a restful break.", False),
])
def test_a_distinctive_word_run_of_a_topic_refers_to_it(topic: str, content: str, refers: bool) -> None:
    report = run_rule(NoSpecificMoment, note(content), interview(topic))
    assert (not report.findings) is refers


# A subject sent with an empty body (fifteenth s-007) is judged as the writer's text: it refers to the
# interview only when it names something concrete from it
@pytest.mark.parametrize(("subject", "specific"), [
    ("Any update on my application?", False),
    ("Thanks for the interview", False),
    ("Following up on the role", False),
    ("Thanks again", False),
    ("Thanks for the Kafka migration walkthrough", True),
    ("More on the Kafka migration", True),
    ("My thoughts on the Kafka migration plan", True),
    ("Kafka migration: one more idea", True),
])
def test_a_subject_with_an_empty_body_is_judged(subject: str, specific: bool) -> None:
    report = run_rule(NoSpecificMoment, "", interview("the Kafka migration"), subject=subject)
    assert (not report.findings) is specific


# A topic may name the exercises in the plural ("the three coding challenges in the repository"): a subject
# naming one of them in the singular names the exercise (fifteenth s-118, "Chriswike challenge three", as
# the sixth batch decided); a subject naming no exercise does not
@pytest.mark.parametrize(("topic", "subject", "specific"), [
    ("the two take-home exercises on the billing service", "Exercise two - Sam Lee", True),
    ("the three SQL assignments sent after the call", "Assignment submission", True),
    ("the coding tests in the hiring repository", "Test 2 solution", True),
    ("the design challenges from the panel", "Design challenge done", True),
    ("the two take-home exercises on the billing service", "Application update", False),
    ("the three SQL assignments sent after the call", "Thanks for the opportunity", False),
    ("the coding tests in the hiring repository", "Hello from Sam", False),
    ("the design challenges from the panel", "My application", False),
])
def test_a_subject_names_an_exercise_the_topic_names_in_the_plural(topic: str, subject: str, specific: bool) -> None:
    body = "Hi Dana,\n\nThanks for the opportunity to apply.\n\nBest,\nSam"
    report = run_rule(NoSpecificMoment, body, interview(topic, "the duties of the position"), subject=subject)
    assert (not report.findings) is specific


@pytest.mark.parametrize("content", [
    "Thanks for explaining the challenges of the role.",
    "I know the role has its challenges and I am ready for them.",
    "I enjoyed hearing about the tests your team runs.",
    "I look forward to the challenges ahead.",
])
def test_in_the_body_a_plural_still_names_no_exercise(content: str) -> None:
    topics = ("the three coding challenges in the hiring repository", "the coding tests in the repository",
              "the two take-home tasks on billing")
    assert_flags(NoSpecificMoment, note(content), interview=interview(*topics), subject="Follow-up")


# The means by which the interview was held ("After our Google Meet call today ...", fifteenth s-312) names
# nothing discussed; a platform named as a thing of the work still does
@pytest.mark.parametrize(("content", "specific"), [
    ("After our Zoom call this morning I want to say that I remain keen on the role.", False),
    ("Following our Microsoft Teams interview yesterday, I wanted to say that the job appeals to me.", False),
    ("After the Skype meeting on Monday I must say that I liked the team.", False),
    ("Since our WhatsApp video chat I keep thinking that this is the right job for me.", False),
    ("It was great to talk over Microsoft Teams yesterday.", False),
    ("Your plan to replace Zoom with a new tool for client demos was interesting.", True),
    ("I liked the idea of a Slack bot that pages the on-call engineer.", True),
    ("I enjoyed hearing about the Teams integration you are building for the helpdesk.", True),
    ("You mentioned the team is moving client calls from Skype to Zoom next year.", True),
])
def test_the_channel_of_the_call_names_nothing(content: str, specific: bool) -> None:
    body = f"Hi Dana,\n\n{content} I am still very interested in the position.\n\nBest regards,\nSam"
    topics = ("regression testing of the payroll module before the tax-year change", "the duties of the position")
    assert (not run_rule(NoSpecificMoment, body, interview(*topics)).findings) is specific


# What the reader shared, as a carrier ("the insights you shared about the company's mission and vision",
# fifteenth s-001), names nothing by itself: only what it was about can
@pytest.mark.parametrize(("content", "specific"), [
    ("I was impressed by the insights you shared about the company's vision and goals.", False),
    ("I valued the perspective you offered on the team's culture.", False),
    ("I appreciated the information you gave me about the role and the company.", False),
    ("The insight you gave into the department's priorities was helpful.", False),
    ("I was impressed by the insights you shared about the churn dashboard in Looker.", True),
    ("The insights you shared about moving the carrier scorecards into the new TMS were eye-opening.", True),
    ("I appreciated the information you gave about the carrier scorecards spreadsheet.", True),
    ("Your insight into the forklift rota on the night shift was useful.", True),
])
def test_insights_or_information_shared_name_nothing_by_themselves(content: str, specific: bool) -> None:
    topics = ("the company's mission and values", "the duties of the position",
              "the Tuesday cross-dock backlog after the weekend")
    assert (not run_rule(NoSpecificMoment, note(content), interview(*topics)).findings) is specific


# -- probes (issue 11, probeB): whole notes written fresh from the label, both ways ----------------------
# (id, interviewer, company, topics, subject, body, does the note recall something concrete?)
_GENERIC_TOPICS = ("the duties of the position", "the company's values")
MOMENT_PROBES = [
    # a named project
    ("project-ng", "Chinedu Okafor", "Paystack", ("migrating merchant payouts to the new ledger",),
     "Thank you", "Good afternoon Mr Okafor,\n\nThank you for receiving me today. The Project Ember ledger "
     "you walked me through, and how payouts are reconciled overnight, has stayed with me.\n\nRegards,\nAdaeze",
     True),
    ("project-in", "Priya Raghavan", "Infosys", ("the Nimbus claims portal rebuild",),
     "Thanks", "Dear Ma'am,\n\nThank you for your kind time yesterday. I am very much keen to contribute to the "
     "Nimbus portal, especially the claims upload screen you were showing.\n\nWarm regards,\nKarthik", True),
    ("project-md", "Lena Weber", "Zalando", ("rewriting the returns label service in Go",),
     "Follow-up", "Hi Lena,\n\nthanks for today! Rewriting the returns-label thing in Go sounds like a fun "
     "job, happy to dig in.\n\ncheers\nTom", True),
    ("project-gh", "Marek Nowak", "Allegro", ("the flaky search indexer on the staging cluster",),
     "Re: interview", "## Thanks, Marek\n\n- Enjoyed the chat about the **search indexer** that keeps "
     "falling over on staging\n- Happy to send more code samples\n\nBest,\nOla", True),
    # a number
    ("number-ke", "Wanjiru Kamau", "Safaricom", ("agent float shortages in rural shops",),
     "Appreciation", "Dear Madam Wanjiru,\n\nI thank you for the interview. I keep thinking about the 4,000 "
     "agents you said run short of float every month end.\n\nYours faithfully,\nOtieno", True),
    ("number-phone", "Ahmed Al-Farsi", "Aramex", ("the last-mile delivery times in Muscat",),
     "Thank you", "Dear Mr Ahmed,\n\nThank you for the meeting. Cutting the Muscat drop time from 48 to 24 "
     "hours is a target I would love to work on.\n\nBest regards,\nSalma", True),
    ("number-percent", "Ana Souza", "Nubank", ("reducing false fraud alerts on card payments",),
     "Obrigado", "Hi Ana,\n\nThanks for the talk today. That 30% of your fraud alerts turn out to be false "
     "was a surprise, and I have a few ideas.\n\nAbraços,\nRafael", True),
    # a date
    ("date-deadline", "Kofi Mensah", "MTN Ghana", ("the launch of MoMo merchant loans on 1 March",),
     "Thank you", "Dear Kofi,\n\nThank you for the conversation. I can see why everything is pointed at the "
     "first of March launch for merchant lending.\n\nKind regards,\nAma", True),
    ("date-event", "Yuki Tanaka", "Rakuten", ("the hackathon in Osaka next month",),
     "Thank you", "Dear Tanaka-san,\n\nThank you very much for your time. I would be honoured to join the "
     "Osaka hackathon on 14 November if I am selected.\n\nSincerely,\nHiroshi", True),
    # a person's remark
    ("remark-jm", "Marcia Campbell", "NCB Jamaica", ("branch queues on pay day",),
     "Thanks", "Hi Miss Campbell,\n\nThanks for yesterday. What you said about the lines round the block on "
     "pay Friday really stuck with me.\n\nBlessings,\nDwayne", True),
    ("remark-ru", "Olga Petrova", "Yandex", ("the on-call burnout in the maps team",),
     "Thank you", "Dear Olga,\n\nThank you for interview. Your remark that night pagers burned out half of "
     "the maps engineers last year was very honest.\n\nWith respect,\nDmitri", True),
    ("remark-ar", "Layla Haddad", "Careem", ("driver churn after the fare change",),
     "Thank you", "Dear Ms Layla,\n\nMany thanks for your precious time. When you mentioned that captains "
     "left after the new fares, I understood the problem better.\n\nBest wishes,\nOmar", True),
    ("remark-cn", "Wei Zhang", "Tencent", ("the WeChat mini-program review queue",),
     "Thank you", "Dear Mr Zhang,\n\nThank you for the interview today. You told me the review queue for mini "
     "programs can take three days, this is very interesting problem.\n\nBest regards,\nLi Na", True),
    # an exercise named by its kind
    ("exercise-case", "Sofia Morales", "Rappi", ("the case study on courier incentives",),
     "Case study", "Hola Sofia,\n\nThank you for today. I really enjoyed working through the case with you, "
     "even the part about rain bonuses.\n\nSaludos,\nDiego", True),
    ("exercise-takehome", "Ravi Shah", "Razorpay", ("the take-home assignment: a refund reconciliation script",),
     "Assignment", "Hi Ravi,\n\nThanks for the opportunity. I have pushed the take-home to the repo you "
     "shared; the reconciliation runs in under a minute.\n\nRegards,\nNeha", True),
    ("exercise-whiteboard", "Jan Kowalski", "CD Projekt", ("the whiteboard exercise on a quest dependency graph",),
     "Thanks", "Hello Jan,\n\nThank you for interview. The whiteboard exercise was hard but I liked it very "
     "much.\n\nBest,\nPiotr", True),
    ("exercise-roleplay", "Grace Mwangi", "Jumia", ("a role-play of an angry seller call",),
     "Thank you", "Dear Grace,\n\nThank you for having me. The role-play with the upset seller was a good "
     "test, and I hope I kept my calm!\n\nKind regards,\nFaith", True),
    # a paraphrase of a listed topic with few shared words
    ("para-warehouse", "Tom Baker", "Ocado", ("replacing paper pick lists with handheld scanners",),
     "Thanks", "Hi Tom,\n\nThanks again. Getting rid of the printed sheets on the pick floor is exactly the "
     "kind of change I enjoy.\n\nBest,\nJess", True),
    ("para-clinic", "Dr Nkechi Eze", "Reddington Hospital", ("long waiting times at the antenatal clinic",),
     "Thank you", "Dear Dr Eze,\n\nThank you for the interview. The expectant mothers waiting hours to be "
     "seen is a problem I would be glad to help with.\n\nYours sincerely,\nChioma", True),
    ("para-school", "Mr Lim", "Raffles Institution", ("declining participation in the robotics club",),
     "Thank you", "Dear Mr Lim,\n\nThank you for meeting me. I was sorry to hear fewer students are turning "
     "up for robotics after school, and I have some ideas to bring them back.\n\nRegards,\nMei Ling", True),
    ("para-bank", "Carlos Ruiz", "Bancolombia", ("moving loan approvals from branches to the app",),
     "Gracias", "Estimado Carlos,\n\nThank you for your time. Letting customers get a credit decision on "
     "their phone instead of queuing at an office is a great mission.\n\nAtentamente,\nValentina", True),
    # a detail in a subject line
    ("subject-detail", "Hannah Lee", "Naver", ("the Papago glossary for legal terms",),
     "Re: Papago legal glossary", "Hi Hannah,\n\nThank you for the interview. I look forward to hearing "
     "from you.\n\nBest,\nJun", True),
    ("subject-exercise", "Ben Carter", "Monzo", ("the take-home challenge on spending insights",),
     "Take-home challenge submitted", "Hi Ben,\n\nAll done, link below. Thanks!\n\nAlex", True),
    # a story, a tour, something shown
    ("story-farm", "Mama Zawadi", "One Acre Fund", ("seed delivery delays in the rainy season",),
     "Thank you", "Dear Mama Zawadi,\n\nAsante for the interview. Your story about the lorry stuck in the mud "
     "with the maize seed will stay with me.\n\nKind regards,\nBaraka", True),
    ("shown-dashboard", "Eva Horvat", "Infobip", ("the SMS delivery dashboard",),
     "Thanks", "Hi Eva,\n\nThanks for showing me the delivery-rate dashboard, the red tiles for Nigeria "
     "carriers were eye opening.\n\nBest,\nLuka", True),
    # more concrete recalls
    ("person-named", "Sipho Ndlovu", "Takealot", ("courier handover at the Midrand hub",),
     "Thank you", "Hi Sipho,\n\nThanks for today. Please thank Thandi for the walk round the Midrand sorting "
     "floor; the conveyor jam she showed me was a good lesson.\n\nRegards,\nLwazi", True),
    ("paraphrase-kitchen", "Chef Marco", "Nando's", ("food waste from the lunch prep",),
     "Thank you", "Hi Chef,\n\nThank you for the trial shift. How much chicken ends up in the bin after the "
     "midday prep surprised me, and I would love to help bring it down.\n\nCheers,\nKyle", True),
    ("paraphrase-ngo", "Abena Owusu", "Plan International", ("girls dropping out of school after puberty",),
     "Thank you", "Dear Abena,\n\nThank you for the interview. The teenage girls who leave class once "
     "they start their periods are who I want to work for.\n\nWarm regards,\nEsi", True),
    ("remark-deadline", "Ms Tan", "DBS", ("the hiring timeline",),
     "Thank you", "Dear Ms Tan,\n\nThank you for your time. You mentioned a decision would come by next "
     "Friday, and I remain very keen.\n\nBest regards,\nWei Jie", True),
    ("exercise-pairing", "Joel Smith", "Thoughtworks", ("a pairing session on a legacy billing module",),
     "Thanks", "Hi Joel,\n\nthanks for pairing with me this morning, untangling that 600-line invoice "
     "method together was fun.\n\nBest,\nAnu", True),
    ("subject-number", "Nora Khalil", "Talabat", ("the 20-minute delivery promise in Dubai",),
     "Re: the 20-minute promise", "Dear Nora,\n\nThank you for the interview today.\n\nKind regards,\nRami",
     True),
    ("tour-lab", "Dr Ivanova", "Biocad", ("the new cell-culture lab",),
     "Thank you", "Dear Dr Ivanova,\n\nThank you for the tour of the cell culture lab and the incubators "
     "you are installing.\n\nSincerely,\nMaria", True),
    ("question-asked", "Emily Chen", "Canva", ("localising templates for Indonesian schools",),
     "Thanks", "Hi Emily,\n\nThanks for the chat. Since you asked how I would localise templates for "
     "schools in Indonesia, I sketched two ideas below.\n\nBest,\nPutri", True),
    # --- generic: the note could follow any interview ---
    ("gen-role", "Dana Whitaker", "Initech", ("the Kafka migration",),
     "Thank you", "Hi Dana,\n\nThank you for your time today. I enjoyed learning more about the role and I "
     "am excited about the opportunity.\n\nBest,\nSam", False),
    ("gen-company-in", "Suresh Iyer", "Wipro", ("the SAP rollout at the Pune plant",),
     "Thank you", "Respected Sir,\n\nThank you for giving me the opportunity to attend the interview. I am "
     "very much interested to join your esteemed organisation and prove myself.\n\nThanking you,\nRahul",
     False),
    ("gen-culture", "Amara Nwosu", "Flutterwave", ("chargeback disputes from European cards",),
     "Thank you", "Dear Amara,\n\nThank you for the interview. I was inspired by the company's culture and "
     "the way everyone lives its values.\n\nKind regards,\nTunde", False),
    ("gen-mission", "Fatima Zahra", "Noon", ("the Riyadh warehouse automation",),
     "Thank you", "Dear Ms Fatima,\n\nThank you for your time. The mission and vision you shared about the "
     "company truly resonated with me.\n\nBest regards,\nYousef", False),
    ("gen-discussed", "Jake Miller", "Shopify", ("the checkout extensibility API",),
     "Thanks", "Hi Jake,\n\nThanks for the chat! I really enjoyed everything we discussed and the things "
     "you told me about.\n\nCheers,\nMia", False),
    ("gen-discussed-2", "Nadia Rahman", "bKash", ("cash-out fees for rural agents",),
     "Thank you", "Dear Nadia Apa,\n\nThank you for the interview. All the points we talked about were very "
     "helpful for me to understand.\n\nRegards,\nTanvir", False),
    ("gen-jobad", "Chris Evans", "Deloitte", ("the audit of a Lagos cement maker",),
     "Thank you", "Dear Chris,\n\nThank you for the interview. I thrive in a fast-paced, dynamic environment "
     "and I am a results-driven team player eager to add value.\n\nSincerely,\nPat", False),
    ("gen-jobad-2", "Irina Popescu", "UiPath", ("the invoice robot for the Bucharest finance team",),
     "Thank you", "Dear Irina,\n\nThank you. I am passionate about cutting-edge technology and leveraging "
     "synergies to drive innovation at scale.\n\nBest,\nAndrei", False),
    ("gen-polished", "Rebecca Stone", "Bain", ("the pricing review for a Nairobi bakery chain",),
     "Thank you", "Dear Rebecca,\n\nThank you for the stimulating dialogue. Our exchange on the shifting "
     "contours of the industry and its future trajectory was truly illuminating.\n\nYours,\nHenry", False),
    ("gen-polished-2", "Marta Silva", "Mercado Libre", ("the seller reputation score",),
     "Thank you", "Hola Marta,\n\nThank you for the meaningful conversation about the evolving world of "
     "e-commerce and the exciting journey ahead.\n\nSaludos,\nLucas", False),
    ("gen-topic-generic", "Paul Green", "Tesco", ("the duties of the position", "the company's values"),
     "Thank you", "Hi Paul,\n\nThank you for explaining the duties of the position and the company's values."
     "\n\nBest,\nAmy", False),
    ("gen-topic-generic-2", "Nomvula Dlamini", "Discovery", ("expectations for the first 90 days",
                                                            "how the team works"),
     "Thank you", "Dear Nomvula,\n\nThank you for sharing how your team works and the main expectations for "
     "the role.\n\nKind regards,\nSipho", False),
    ("gen-placeholder", "Tom Hardy", "BBC", ("the subtitles backlog for iPlayer",),
     "Thank you", "Dear Tom,\n\nThank you for the interview. I especially enjoyed our discussion about "
     "[specific project or topic you discussed].\n\nBest,\nKate", False),
    ("gen-placeholder-2", "Aisha Bello", "Andela", ("the mentor matching tool",),
     "Thank you", "Dear Aisha,\n\nThank you. I was particularly interested in {{topic}} and how it relates "
     "to my experience.\n\nRegards,\nEmeka", False),
    ("gen-cv", "Rosa Lopez", "Globant", ("the React Native app for a Peruvian bank",),
     "Thank you", "Hi Rosa,\n\nThank you for the interview. As I have five years of Java experience and a "
     "degree from UNAM, I am confident I would be a great fit.\n\nBest,\nJorge", False),
    ("gen-cv-2", "Michael Brown", "Accenture", ("the SAP migration for a utilities client",),
     "Thank you", "Dear Michael,\n\nThank you for your time. With my MBA from IIM Ahmedabad and 8 years in "
     "consulting, I can bring strong value to your organisation.\n\nRegards,\nVikram", False),
    ("gen-phone", "Kim", "Grab", ("driver payouts in Jakarta",),
     "Thx", "Hi Kim, thx for the interview today, was nice to meet u. hope to hear back soon!\n\nSent from "
     "my iPhone", False),
    ("gen-formal", "Mr. Edward Thompson", "HSBC", ("the trade finance onboarding backlog",),
     "Appreciation", "Dear Mr. Thompson,\n\nI write to express my sincere gratitude for the opportunity to "
     "interview for the position. It was a privilege to learn about your organisation and its "
     "distinguished history.\n\nYours faithfully,\nAnil", False),
    ("gen-opportunity", "Zainab Yusuf", "Dangote", ("the new fertiliser plant in Lekki",),
     "Thank you", "Dear Zainab,\n\nI am grateful for the opportunity and I believe this position aligns "
     "perfectly with my career goals.\n\nBest regards,\nMusa", False),
    ("gen-team", "Sara Ali", "Emirates", ("rostering cabin crew after the A380 return",),
     "Thank you", "Dear Sara,\n\nThank you for the interview. Meeting the team and hearing about the "
     "department gave me a real sense of the work.\n\nKind regards,\nHamza", False),
    ("gen-insights", "Peter Novak", "Skoda", ("the paint shop defect rate",),
     "Thank you", "Dear Peter,\n\nThank you for the valuable insights you provided about the organisation "
     "and its way of working.\n\nBest regards,\nJana", False),
    ("gen-challenges", "Li Wei", "Alibaba", ("the Singles' Day capacity plan",),
     "Thank you", "Dear Li Wei,\n\nThank you for the discussion about the challenges and opportunities of "
     "this position. I am eager to grow with your company.\n\nBest regards,\nChen", False),
    ("gen-caribbean", "Mrs Joseph", "Republic Bank", ("the ATM outage in San Fernando",),
     "Thank you", "Good day Mrs Joseph,\n\nThank you kindly for the interview. It was a pleasure to hear "
     "about the bank and the role I applied for.\n\nRespectfully,\nKeisha", False),
    ("gen-east-african", "Mr Ochieng", "Equity Bank", ("agency banking in Turkana",),
     "Thank you", "Dear Sir,\n\nI am writing to thank you for the interview. I am hopeful that my skills and "
     "experience will be useful to the bank.\n\nYours faithfully,\nAchieng", False),
    ("gen-latam", "Juan Perez", "Falabella", ("store pickup for online orders",),
     "Gracias", "Dear Juan,\n\nThank you for the opportunity to know more about the company and the "
     "responsibilities of the role, it was a great experience.\n\nBest,\nCamila", False),
    ("gen-github", "@mkumar", "Acme OSS", ("the plugin loader rewrite",),
     "Thanks for the interview", "Thanks for the interview @mkumar! Looking forward to next steps. :tada:",
     False),
    ("gen-vision", "Helen Park", "Samsung", ("the foldable hinge supply issue",),
     "Thank you", "Dear Helen,\n\nThank you for telling me about the company's vision and where it is going "
     "in the next few years.\n\nSincerely,\nMin-jun", False),
    ("gen-growth", "Oluwaseun Adeyemi", "Interswitch", ("card-not-present fraud on Verve",),
     "Thank you", "Dear Seun,\n\nThanks for the interview. I appreciated learning about the growth plans and "
     "the exciting projects the team has ahead.\n\nBest,\nBisi", False),
    # more generic
    ("gen-things", "Andrew Scott", "Barclays", ("the mortgage pipeline backlog",),
     "Thank you", "Dear Andrew,\n\nThank you for the great conversation. The topics we covered gave me a "
     "clear picture of the work.\n\nBest,\nNia", False),
    ("gen-cv-3", "Lucy Gray", "NHS Lothian", ("cutting A&E handover delays",),
     "Thank you", "Dear Lucy,\n\nThank you for the interview. I believe my nursing degree and three years "
     "on a surgical ward make me a strong candidate.\n\nYours sincerely,\nRuth", False),
    ("gen-shouted", "Oscar Lind", "Spotify", ("the podcast ad insertion service",),
     "Thank you", "Hi Oscar,\n\nThank you for the interview. I really enjoyed hearing about MENTION A "
     "PROJECT HERE.\n\nBest,\nElla", False),
    ("gen-bracket-guide", "Jenny Wu", "Xero", ("the payroll holiday-pay bug",),
     "Thank you", "Hi Jenny,\n\nThank you for the interview. I enjoyed learning about <insert something "
     "specific you discussed>.\n\nBest,\nTama", False),
    ("gen-values-list", "Greg Hill", "Patagonia", ("the repair programme for worn jackets",),
     "Thank you", "Dear Greg,\n\nThank you. I admire the commitment to integrity, innovation and teamwork "
     "that the company stands for.\n\nBest,\nRiley", False),
    ("gen-pleasure", "Ms Gupta", "Tata Steel", ("the blast furnace relining",),
     "Thank you", "Dear Ms Gupta,\n\nIt was a pleasure speaking with you and knowing about the profile. "
     "Kindly do the needful and update me about the result.\n\nRegards,\nAmit", False),
]


# Still weak (probeB): a paraphrase that shares no rare word with its topic and has no recall cue with a
# rare word ("getting rid of the printed sheets on the pick floor" for "replacing paper pick lists with
# handheld scanners") needs knowledge of the world the word lists do not hold
_PARAPHRASE_WEAK = {"remark-jm", "para-warehouse", "para-clinic", "para-school", "para-bank", "paraphrase-kitchen",
                    "paraphrase-ngo"}


@pytest.mark.parametrize("probe", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="paraphrase with no shared rare word"))
    if p[0] in _PARAPHRASE_WEAK else p for p in MOMENT_PROBES], ids=[p[0] for p in MOMENT_PROBES])
def test_probe_notes_recall_a_concrete_moment_or_not(probe: tuple) -> None:
    from followup_lint import Draft, Interview, lint_draft

    _id, who, company, topics, subject, body, specific = probe
    iv = Interview.from_dict({"interviewers": [{"name": who}], "company": company, "topics": list(topics)})
    report = lint_draft(Draft(body=body, subject=subject), iv)
    flagged = any(f.rule == "no-specific-moment" for f in report.findings)
    assert flagged is not specific


# A name of the topic (a place, a site, a product), capitalised in both, or a number with the word it counts,
# refers to the topic however the rest is reworded (probeB: "the Muscat drop time" for "delivery times in
# Muscat"); the company's or interviewer's name, a month or a common word opening a sentence does not
@pytest.mark.parametrize(("topic", "content", "specific"), [
    ("the delayed depot opening in Tamale", "I hope the Tamale site gets its roof on before the rains.", True),
    ("supplier audits at the Chittagong factories", "The stories from Chittagong were sobering.", True),
    ("the Halden sensor retrofit", "Bolting new probes onto Halden kit sounds like a fun puzzle.", True),
    ("the 15-minute response target for urgent calls", "A 15-minute answer time is ambitious and I like it.", True),
    ("the 3-day onboarding bootcamp", "The idea of a 3-day bootcamp for new starters is great.", True),
    ("the delayed depot opening in Tamale", "I am keen to join Initech and I admire Dana's team.", False),
    ("the delayed depot opening in Tamale", "Delays happen everywhere, and I am keen to help.", False),
    ("supplier audits at the Chittagong factories", "I have 5 years of experience and I am keen to join.", False),
    ("the Atom package ideas on the GSoC ideas page", "I hope GSoC picks my proposal this year.", False),
    # where you would go or have been: the job's place or your past, not the topic
    ("the delayed depot opening in Tamale", "I would be happy to relocate to Tamale.", False),
    ("the delayed depot opening in Tamale", "I studied at Tamale and I am keen to join.", False),
    ("supplier audits at the Chittagong factories", "I can start in Chittagong from Monday.", False),
    ("supplier audits at the Chittagong factories", "I keep thinking about your week in Chittagong.", True),
])
def test_a_name_or_a_counted_number_of_the_topic_refers_to_it(topic: str, content: str, specific: bool) -> None:
    assert (not run_rule(NoSpecificMoment, note(content), interview(topic)).findings) is specific


@pytest.mark.parametrize(("subject", "specific"), [
    ("Re: Tamale depot", True),
    ("The 15-minute target", True),
    ("Fwd: Re: thank you", False),
    ("Thank you, Dana", False),
])
def test_a_name_or_counted_number_in_the_subject_refers_to_the_topic(subject: str, specific: bool) -> None:
    body = "Hi Dana,\n\nThank you for the interview today.\n\nBest,\nSam"
    topics = ("the delayed depot opening in Tamale", "the 15-minute response target for urgent calls")
    assert (not run_rule(NoSpecificMoment, body, interview(*topics), subject=subject).findings) is specific


# A date a topic names, written out in words ("the first of March" for "1 March"), is the same date
@pytest.mark.parametrize(("content", "specific"), [
    ("Everything pointing at the first of March makes sense now.", True),
    ("I see why March the twenty-first matters so much to the board.", True),
    ("The twenty first of March is close, and I can start at once.", True),
    ("I could start on the second of April if that helps.", False),
])
def test_a_date_of_a_topic_written_in_words_refers_to_it(content: str, specific: bool) -> None:
    topics = ("the 21 March go-live of the tills", "the 1 March freeze on hiring", "the duties of the position")
    assert (not run_rule(NoSpecificMoment, note(content), interview(*topics)).findings) is specific


# The writer's reaction ("resonated", "illuminating") and the stock words of polished prose ("the contours
# of the sector", "its future trajectory") name nothing, however rare (probeB)
@pytest.mark.parametrize(("content", "specific"), [
    ("The vision you described for the organisation truly resonated with me.", False),
    ("What you shared about the team was illuminating and thought-provoking.", False),
    ("Our exchange about the nuances and intricacies of the industry was enlightening.", False),
    ("I enjoyed our discussion of the shifting contours of the market and its many facets.", False),
    ("The story you shared about the Kestrel recall resonated with me.", True),
    ("Your walkthrough of the cold-chain sensors was eye-opening.", True),
])
def test_a_reaction_or_polished_stock_word_names_nothing(content: str, specific: bool) -> None:
    topics = ("the recall of the Kestrel baby monitors", "the company's values")
    assert (not run_rule(NoSpecificMoment, note(content), interview(*topics)).findings) is specific


# The exercise done together, named by its activity ("thanks for pairing with me"), is a part of the
# interview; a wish to do it later or the writer's own habit is not (probeB)
@pytest.mark.parametrize(("content", "specific"), [
    ("I really enjoyed pairing with you this afternoon.", True),
    ("Whiteboarding with you was the best part of my day.", True),
    ("Our live-coding went faster than I expected.", True),
    ("I look forward to pairing with you on real tickets.", False),
    ("I always enjoy pairing with designers and product people.", False),
])
def test_an_exercise_named_by_its_activity_is_a_moment(content: str, specific: bool) -> None:
    topics = ("the duties of the position", "the company's values")
    assert (not run_rule(NoSpecificMoment, note(content), interview(*topics)).findings) is specific


# After a recalled remark, a clause of the writer's own joined on (", and I believe my skills align ...")
# is no evidence of what was recalled (fifteenth s-001); the thing recalled before it still is
@pytest.mark.parametrize(("content", "specific"), [
    ("I liked the insights you shared about the company's goals, and I believe my background aligns well.", False),
    ("You told me about the department's priorities, and I feel that this would dovetail with my plans.", False),
    ("What you said about the team stayed with me; I think the fit would be seamless.", False),
    ("You shared the firm's vision, and I am confident it would complement my temperament.", False),
    ("You told me about the Kestrel recall, and I think I could help with it.", True),
])
def test_the_writers_own_clause_after_a_recall_is_no_evidence(content: str, specific: bool) -> None:
    topics = ("the recall of the Kestrel baby monitors", "the company's values")
    assert (not run_rule(NoSpecificMoment, note(content), interview(*topics)).findings) is specific


# The writer's assets named by their kind ("the candidate's qualifications", fifteenth s-002) are a generic
# topic: "to discuss my qualifications" recalls nothing; a named degree or tool is still particular
@pytest.mark.parametrize(("topic", "generic"), [
    ("the candidate's qualifications", True),
    ("the applicant's credentials and expertise", True),
    ("the candidate's accomplishments", True),
    ("the candidate's statistics degree", False),
    ("the candidate's CoffeeScript experience", False),
])
def test_the_writers_assets_by_their_kind_are_a_generic_topic(topic: str, generic: bool) -> None:
    from followup_lint.analysis.reference import generic_topic

    assert generic_topic(topic, frozenset()) is generic


# -- probeM: fresh wordings over registers, Englishes, phones, letters, Markdown notes and templates -------
# (id, interviewer, company, topics, subject, body, specific). Scored before any fix: 15 of 91 wrong (see
# the CHANGELOG); the paraphrases in _PARAPHRASE_WEAK_M still are.
MOMENT_PROBES_M = [
    # --- the medium of the call is no moment -------------------------------------------------------
    ("m-teams", "Rachel Owusu", "Deloitte", ("the audit analytics platform rollout",),
     "Thank you", "Dear Rachel,\n\nThank you for our Teams call this morning. It was great to connect and I "
     "remain very interested in the position.\n\nKind regards,\nKwame", False),
    ("m-video", "Mr Sharma", "Wipro", ("the SAP S/4HANA migration for the Pune plant",),
     "Thank you for the video interview", "Respected Sir,\n\nThank you for the video interview held today. "
     "I am very much thankful for the opportunity given to me.\n\nWith regards,\nRohit", False),
    ("m-zoom", "Camila Torres", "Mercado Libre", ("fraud scoring for cross-border sellers",),
     "Gracias", "Hi Camila,\n\nThanks so much for the Zoom session yesterday, even with my connection "
     "dropping twice! I really enjoyed it.\n\nSaludos,\nMateo", False),
    ("m-phone", "Olga Petrova", "JetBrains", ("the Kotlin compiler test farm",),
     "Phone screen", "Hi Olga,\n\nthank you for the phone screen earlier today, it was nice talking to you. "
     "Hope to hear soon.\n\nBest,\nDmitri\nSent from my iPhone", False),
    ("m-meet", "Grace Njeri", "Twiga Foods", ("routing produce trucks from Limuru",),
     "Follow up", "Hello Grace,\n\nI appreciate our Google Meet call this afternoon and the time you took to "
     "explain the role. I look forward to the next stage.\n\nRegards,\nBrian", False),
    ("m-inperson", "Hassan Karim", "Emirates NBD", ("the branch queue-ticketing redesign",),
     "Thank you", "Dear Mr Hassan,\n\nThank you for the face-to-face interview at your office today. It was "
     "an honour to meet you in person.\n\nBest regards,\nFatima", False),
    ("m-panel", "Dr Lim", "Grab", ("driver incentive experiments in Jakarta",),
     "Thank you", "Dear Dr Lim,\n\nThank you for the panel interview over Webex. Meeting the three of you "
     "virtually was a pleasure.\n\nYours sincerely,\nWei Ling", False),
    ("m-teams-specific", "Rachel Owusu", "Deloitte", ("the audit analytics platform rollout",),
     "Thank you", "Dear Rachel,\n\nThank you for our Teams call this morning. When you shared your screen "
     "and showed the journal-entry outlier dashboard, I could see how much the rollout matters.\n\nKind "
     "regards,\nKwame", True),
    # --- mission / values / culture in general ------------------------------------------------------
    ("v-mission", "Laura Chen", "Shopify", ("the checkout extensibility API",),
     "Thank you", "Hi Laura,\n\nThank you for the interview. I was inspired by the company's mission and "
     "vision, and I would be proud to contribute to it.\n\nBest,\nJordan", False),
    ("v-core", "Tunde Bakare", "Flutterwave", ("settlement delays for Kenyan merchants",),
     "Appreciation", "Dear Mr Bakare,\n\nI sincerely appreciate the opportunity. Flutterwave's core values of "
     "empathy, integrity and customer obsession resonate deeply with me.\n\nYours faithfully,\nChioma", False),
    ("v-culture", "Sophie Martin", "Doctolib", ("the appointment reminder SMS costs",),
     "Merci", "Dear Sophie,\n\nThank you for your time. I loved the energy and the collaborative culture I "
     "felt throughout our conversation.\n\nBest regards,\nLucas", False),
    ("v-commit", "Ms Abdullah", "Petronas", ("corrosion monitoring on the Kerteh pipeline",),
     "Thank you", "Dear Ms Abdullah,\n\nThank you for meeting me. Your organisation's commitment to "
     "sustainability and excellence is truly admirable, and I share those values.\n\nSincerely,\nAiman", False),
    ("v-vision-outlined", "Pablo Ruiz", "Globant", ("the studio model for client squads",),
     "Thanks", "Hi Pablo,\n\nThanks a lot for the call. The vision you outlined for the company was "
     "inspiring, and I admire how much you care about your people.\n\nCheers,\nValentina", False),
    ("v-purpose", "Aisha Bello", "Andela", ("matching engineers to US time zones",),
     "Thank you", "Dear Aisha,\n\nThank you for today. Hearing how passionate everyone is about the purpose "
     "of the organisation was truly motivating.\n\nWarm regards,\nEmeka", False),
    ("v-specific-value", "Sophie Martin", "Doctolib", ("the appointment reminder SMS costs",),
     "Merci", "Dear Sophie,\n\nThank you for your time. I keep thinking about the €40,000 a month you said "
     "the reminder texts cost, and whether push notifications could replace half of them.\n\nBest "
     "regards,\nLucas", True),
    # --- the role's duties listed -------------------------------------------------------------------
    ("d-duties", "Mr Okoro", "Dangote", ("the cement bagging line downtime",),
     "Thank you", "Dear Mr Okoro,\n\nThank you for explaining the duties of the position, including "
     "preparing reports, liaising with stakeholders and supporting the team.\n\nYours faithfully,\nIfeanyi",
     False),
    ("d-resp", "Karen Walsh", "Accenture", ("the Workday payroll cutover",),
     "Thank you", "Hi Karen,\n\nThanks for walking me through the key responsibilities of the role: "
     "managing deliverables, communicating with clients and meeting deadlines.\n\nBest,\nDerek", False),
    ("d-daytoday", "Nadia Haddad", "Careem", ("surge pricing complaints in Riyadh",),
     "Thank you", "Dear Nadia,\n\nIt was very useful to learn about the day-to-day tasks and the "
     "expectations for the first months in this role.\n\nKind regards,\nOmar", False),
    ("d-jd", "Ms Chowdhury", "BRAC", ("the microloan repayment app for field officers",),
     "Thank you", "Dear Ms Chowdhury,\n\nThank you. As outlined during the interview, the position requires "
     "strong communication and organisational skills, which I possess.\n\nRegards,\nTanvir", False),
    ("d-outlined-topic", "Ms Chowdhury", "BRAC", ("the microloan repayment app for field officers",),
     "Thank you", "Dear Ms Chowdhury,\n\nThank you. As outlined during the interview, the repayment app the "
     "field officers use is where I could help most.\n\nRegards,\nTanvir", True),
    ("d-generic-topic", "Peter Hall", "Tesco", ("the duties of the position", "the company's values"),
     "Thank you", "Dear Peter,\n\nThank you for describing the duties of the position and the company's "
     "values so clearly.\n\nKind regards,\nAmy", False),
    # --- polished empty prose -----------------------------------------------------------------------
    ("p-dynamics", "Elena Rossi", "UniCredit", ("the mortgage pre-approval chatbot",),
     "Thank you", "Dear Elena,\n\nThank you for the insightful exchange on the evolving challenges and "
     "opportunities in the banking landscape.\n\nBest regards,\nMarco", False),
    ("p-trends", "Mr Tanaka", "Sony", ("the PlayStation store refund backlog",),
     "Thank you", "Dear Mr Tanaka,\n\nI greatly enjoyed our stimulating discussion on emerging trends and "
     "the future direction of the industry.\n\nSincerely,\nKenji", False),
    ("p-journey", "Zanele Dlamini", "Discovery", ("the Vitality step-count rewards fraud",),
     "Thank you", "Dear Zanele,\n\nThank you for sharing your perspectives on the organisation's journey "
     "and the exciting road ahead.\n\nKind regards,\nSipho", False),
    ("p-holistic", "Carlos Mendez", "Bimbo", ("the bread route planning software",),
     "Thank you", "Dear Carlos,\n\nOur conversation about a holistic, forward-looking approach to "
     "operational excellence was deeply enriching.\n\nBest,\nLucia", False),
    ("p-impact", "Ruth Mensah", "Ecobank", ("the USSD balance-check outage",),
     "Thank you", "Dear Ruth,\n\nI appreciated hearing about the meaningful impact the team is making and "
     "the many exciting initiatives under way.\n\nKind regards,\nYaw", False),
    # --- placeholders and templates -----------------------------------------------------------------
    ("t-caps-bracket", "James Lee", "Atlassian", ("the Jira automation rules limit",),
     "Thank you", "Hi James,\n\nThank you for the interview. I especially enjoyed our conversation about "
     "[Specific Project Or Initiative].\n\nBest,\nMia", False),
    ("t-angle", "Ms Ortiz", "Telefonica", ("the 5G tower permits in Madrid",),
     "Thank you for the interview", "Dear Ms Ortiz,\n\nThank you for taking the time to meet with me about "
     "the <Job Title> position. I enjoyed hearing about <Topic You Discussed>.\n\nSincerely,\n<Your Name>",
     False),
    ("t-curly", "Ben Adams", "Monzo", ("the card freeze feature in the app",),
     "Thanks", "Hi Ben,\n\nThanks again for the chat. {Mention Something Specific From The Interview} "
     "really got me excited.\n\nBest,\nLeo", False),
    ("t-dash", "Anna Kowalska", "CD Projekt", ("the quest scripting tools",),
     "Thank you", "Dear Anna,\n\nThank you for the interview. I found our discussion of ______ especially "
     "interesting.\n\nBest,\nPiotr", False),
    ("t-xxx", "Mr Reddy", "HCL", ("the mainframe batch job monitoring",),
     "Thank you", "Dear Mr Reddy,\n\nThank you for the interview for the XXX role. I enjoyed learning about "
     "XXXX and look forward to hearing from you.\n\nRegards,\nSuresh", False),
    ("t-gh-md", "Lukas Brandt", "Personio", ("the take-home: a CSV importer for absence records",),
     "Submission", "## Notes\n\n- Thank you for the opportunity\n- Looking forward to feedback\n\n"
     "Best,\nLukas", False),
    ("t-gh-md-specific", "Lukas Brandt", "Personio", ("the take-home: a CSV importer for absence records",),
     "Submission", "## Notes\n\n- The importer skips rows with an unknown employee ID and logs them\n"
     "- Parsing is streamed, so a 50 MB file stays under 100 MB of memory\n\nBest,\nLukas", True),
    ("t-empty", "Irene Vega", "Cabify", ("the airport pickup queue",),
     "Thank you for the interview", "", False),
    ("t-empty-greeting", "Irene Vega", "Cabify", ("the airport pickup queue",),
     "Thank you", "Hi Irene,\n\nBest,\nDiego", False),
    # --- concrete things said (moments even when absent from topics) ---------------------------------
    ("c-number", "Mr Adeyemi", "Jumia", ("the returns policy for fashion items",),
     "Thank you", "Dear Mr Adeyemi,\n\nThank you for the interview. The figure you gave, that 18 out of "
     "every 100 parcels come back, has been on my mind since.\n\nYours faithfully,\nTolu", True),
    ("c-system", "Hannah Berg", "Klarna", ("the duties of the position",),
     "Thank you", "Hi Hannah,\n\nThanks for your time today. Your description of how the Airflow DAGs feed "
     "the credit model every night was fascinating.\n\nBest,\nErik", True),
    ("c-place", "Joseph Mwangi", "KCB", ("the duties of the position",),
     "Thank you", "Dear Joseph,\n\nThank you for the interview. Your story of opening the Lodwar branch "
     "with only two tellers was inspiring.\n\nKind regards,\nMercy", True),
    ("c-person", "Nisha Patel", "Ocado", ("the company's values",),
     "Thank you", "Hi Nisha,\n\nThank you for the interview, and please thank Gareth for the tour of the "
     "robot grid after lunch.\n\nBest,\nTom", True),
    ("c-anecdote", "Sean Murphy", "Aer Lingus", ("the duties of the position",),
     "Thank you", "Dear Sean,\n\nThank you for your time. Your anecdote about the pilot who rebooked a whole "
     "flight from the cockpit had me laughing on the bus home.\n\nRegards,\nNiamh", True),
    ("c-deadline", "Ms Lopez", "Bancolombia", ("the company's mission",),
     "Gracias", "Dear Ms Lopez,\n\nThank you for the interview. You said the team hopes to decide by the end "
     "of next week, and I will keep my Friday free in case.\n\nBest regards,\nAndres", True),
    ("c-tool-shown", "Ravi Menon", "Zoho", ("the company's culture",),
     "Thank you", "Dear Ravi,\n\nThank you for showing me the Zia anomaly alerts on your laptop; seeing the "
     "invoice spikes light up made the job very real.\n\nRegards,\nDivya", True),
    ("c-caribbean", "Mr Baptiste", "Digicel", ("tower uptime during hurricane season",),
     "Thank you", "Good day Mr Baptiste,\n\nThank you for the interview. Hearing how the crew kept the "
     "Castries towers up through Hurricane Tomas gave me great respect for the work.\n\nRespectfully,\n"
     "Kareem", True),
    ("c-phone-short", "Ana Lima", "iFood", ("the duties of the position",),
     "Obrigado", "Ana thanks!! loved the story about the rider who delivered 60 pizzas in the flood lol. "
     "talk soon\n\nSent from my phone", True),
    ("c-question-asked", "Ewa Zielinska", "Allegro", ("the company's values",),
     "Thank you", "Dear Ewa,\n\nThank you for the interview. Your question about how I would shard the "
     "offers table by seller made me think hard, and I have a better answer now.\n\nBest,\nKamil", True),
    ("c-office", "Mr Al-Sayed", "Talabat", ("the company's vision",),
     "Thank you", "Dear Mr Al-Sayed,\n\nThank you for the visit to the Dubai Marina office and the demo of "
     "the rider heat map on the big screen.\n\nBest regards,\nYousef", True),
    # --- paraphrases of listed topics ---------------------------------------------------------------
    ("pp-churn", "Kate Fraser", "Sky", ("reducing broadband cancellations in the first year",),
     "Thank you", "Hi Kate,\n\nThanks for the interview. Keeping new broadband customers from leaving "
     "before their first anniversary is a problem I would love to dig into.\n\nBest,\nOwen", True),
    ("pp-queue", "Mr Singh", "Apollo Hospitals", ("long waits at the outpatient pharmacy counter",),
     "Thank you", "Dear Mr Singh,\n\nThank you for the interview. The queues at the OPD pharmacy window you "
     "described remind me of a token system I set up at my last hospital.\n\nRegards,\nMeena", True),
    ("pp-translate", "Akua Boateng", "mPharma", ("stock-outs of insulin in partner pharmacies",),
     "Thank you", "Dear Akua,\n\nThank you for the conversation. Pharmacies running out of insulin is a "
     "serious issue and your plan for it impressed me.\n\nBest,\nKojo", True),
    ("pp-nowords", "Li Na", "Meituan", ("replacing paper delivery dockets with QR codes",),
     "Thank you", "Dear Ms Li,\n\nThank you for the interview. Your story about getting rid of the paper "
     "slips riders used to carry was memorable.\n\nBest regards,\nZhang Wei", True),
    ("pp-ward", "Sister Achieng", "Aga Khan Hospital", ("nurse handovers between night and day shifts",),
     "Thank you", "Dear Sister Achieng,\n\nThank you for the interview. Your point about what gets lost when "
     "the night nurses hand over to the morning team was very true.\n\nYours faithfully,\nFaith", True),
    ("pp-school", "Mrs Campbell", "Kingston College", ("the reading programme for first-form boys",),
     "Thank you", "Dear Mrs Campbell,\n\nThank you for the interview. Helping the first-form boys read with "
     "confidence is exactly the work I want to do.\n\nRespectfully,\nMr Brown", True),
    ("pp-abbr", "Marta Silva", "OLX", ("the customer support ticket backlog",),
     "Thank you", "Hi Marta,\n\nThanks for today. That CS backlog sounds painful; I have some ideas on "
     "triage.\n\nBest,\nJoao", True),
    # --- exercises --------------------------------------------------------------------------------
    ("e-kind", "Ian Brooks", "Revolut", ("the take-home assignment: an FX rate cache",),
     "Thank you", "Hi Ian,\n\nThank you for the interview and for the assignment, I enjoyed it.\n\nBest,\n"
     "Ahmed", True),
    ("e-casestudy", "Ms Wong", "McKinsey", ("the case study on a Hong Kong bakery chain",),
     "Thank you", "Dear Ms Wong,\n\nThank you for the interview. I enjoyed working through the case with you, "
     "particularly the question of opening hours.\n\nSincerely,\nJason", True),
    ("e-none", "Ian Brooks", "Revolut", ("the FX rate cache",),
     "Thank you", "Hi Ian,\n\nThank you for the interview. I am ready for any assignment you give me.\n\n"
     "Best,\nAhmed", False),
    # --- more generic ones across registers ---------------------------------------------------------
    ("g-indian", "Mr Iyer", "TCS", ("the Tamil Nadu e-governance portal",),
     "Thanking you", "Respected Sir,\n\nI am thanking you for giving me the chance to attend the interview. "
     "I am very much eager to join your esteemed organisation and prove myself.\n\nThanking you,\nPrakash",
     False),
    ("g-nigerian", "Mrs Eze", "Access Bank", ("the dormant account reactivation drive",),
     "Appreciation", "Good day Ma,\n\nI write to appreciate you for the interview granted me yesterday. I "
     "am hopeful for a favourable outcome.\n\nYours faithfully,\nChinonso", False),
    ("g-arabic", "Mr Khalil", "Aramco", ("leak detection drones at Abqaiq",),
     "Thanks", "Dear Mr Khalil,\n\nThank you very much for the interview. It was a great honour to discuss "
     "with you the role and the future of the department.\n\nBest regards,\nMohammed", False),
    ("g-east-eu", "Mr Novak", "Skoda", ("the paint shop robot calibration",),
     "Thank you", "Dear Mr Novak,\n\nthank you for interview today. I was very glad to hear about the "
     "position and the company, it is very interesting for me.\n\nWith best regards,\nJan", False),
    ("g-latam", "Sra. Gomez", "Rappi", ("the grocery substitution algorithm",),
     "Thank you", "Dear Sra. Gomez,\n\nThank you for the opportunity to present myself. I have a lot of "
     "enthusiasm to be part of this great family.\n\nCordially,\nSantiago", False),
    ("g-east-asia", "Mr Park", "Naver", ("the webtoon recommendation model",),
     "Thank you", "Dear Mr Park,\n\nThank you for your precious time. Through the interview I could "
     "understand more about the job and the team, and my motivation became stronger.\n\nSincerely,\n"
     "Jiwoo", False),
    ("g-insights", "Helen Burke", "PwC", ("the ESG reporting tool for mid-size clients",),
     "Thank you", "Dear Helen,\n\nThank you for the valuable insights you shared about the firm and the "
     "team's objectives.\n\nKind regards,\nConor", False),
    ("g-learned", "Dr Okafor", "Lagos University Teaching Hospital", ("the sickle cell clinic waiting list",),
     "Thank you", "Dear Dr Okafor,\n\nThank you for the interview. I learned a great deal about the "
     "hospital and the expectations of the department.\n\nYours sincerely,\nDr Ade", False),
    ("g-tour-generic", "Ms Hughes", "Nike", ("the outlet store stock counts",),
     "Thank you", "Dear Ms Hughes,\n\nThank you for the interview. I enjoyed the opportunity to see the "
     "workplace and the wonderful atmosphere there.\n\nBest,\nDana", False),
    ("g-growth", "Mr Fernando", "Dialog", ("the prepaid top-up fraud ring",),
     "Thank you", "Dear Mr Fernando,\n\nThank you for interviewing me. I appreciated learning about the "
     "growth opportunities and the training programmes available to new staff.\n\nBest regards,\nNimal",
     False),
    ("g-products", "Ms Nakamura", "Toyota", ("the Georgetown plant's just-in-time deliveries",),
     "Thank you", "Dear Ms Nakamura,\n\nThank you for telling me about the company's products and services "
     "and its position in the market.\n\nSincerely,\nEmily", False),
    ("g-challenges", "Mr Osei", "Vodafone Ghana", ("the mobile money reversal disputes",),
     "Thank you", "Dear Mr Osei,\n\nThank you for sharing the challenges the department currently faces "
     "and how the team is working to overcome them.\n\nKind regards,\nAbena", False),
    ("g-subject-only", "Tom Reid", "Canva", ("the brand kit colour picker",),
     "Thank you for the interview today", "", False),
    ("g-goals", "Ms Dube", "MTN", ("the data bundle expiry complaints",),
     "Thank you", "Dear Ms Dube,\n\nThank you for explaining the team's goals for the coming year and how "
     "the role fits into the bigger picture.\n\nRegards,\nThabo", False),
    ("g-plans", "Oliver Grant", "BP", ("the Aberdeen turbine inspection drones",),
     "Thank you", "Dear Oliver,\n\nThank you for telling me about the exciting projects the team is working "
     "on and the plans for the future.\n\nBest,\nCallum", False),
    ("g-structure", "Ms Rahman", "Grameenphone", ("SIM re-registration backlog in Sylhet",),
     "Thank you", "Dear Ms Rahman,\n\nThank you for explaining the structure of the department and the "
     "reporting lines of the position.\n\nRegards,\nRafiq", False),
    # --- more specific ones ---------------------------------------------------------------------------
    ("s-east-eu", "Mr Novak", "Skoda", ("the paint shop robot calibration",),
     "Thank you", "Dear Mr Novak,\n\nthank you for interview today. The robots in paint shop which drift "
     "after every colour change is very interesting problem for me.\n\nWith best regards,\nJan", True),
    ("s-nigerian", "Mrs Eze", "Access Bank", ("the dormant account reactivation drive",),
     "Appreciation", "Good day Ma,\n\nI write to appreciate you for the interview granted me yesterday. "
     "Waking up the dormant accounts through the branch SMS drive is something I handled at my former "
     "bank.\n\nYours faithfully,\nChinonso", True),
    ("s-latam", "Sra. Gomez", "Rappi", ("the grocery substitution algorithm",),
     "Thank you", "Dear Sra. Gomez,\n\nThank you for the opportunity. When the store has no avocados and the "
     "app has to pick another product, that is the kind of problem I like.\n\nCordially,\nSantiago", True),
    ("s-east-asia", "Mr Park", "Naver", ("the webtoon recommendation model",),
     "Thank you", "Dear Mr Park,\n\nThank you for your precious time. I am still thinking about how to "
     "recommend new webtoons to readers who only binge one series.\n\nSincerely,\nJiwoo", True),
    ("s-formal-letter", "Professor Adebayo", "University of Ibadan", ("the soil lab's new spectrometer",),
     "Re: Application for the post of Lecturer II", "Dear Professor Adebayo,\n\nI write to thank you and "
     "the panel for the interview of Tuesday. I was glad to see the new spectrometer in the soil lab and "
     "would welcome the chance to use it in teaching.\n\nYours faithfully,\nDr Olu Ajayi", True),
    ("s-meeting-ceo", "Ms Tan", "Shopee", ("the company's values",),
     "Thank you", "Hi Ms Tan,\n\nThank you for the interview. Bumping into your CEO at the pantry and "
     "hearing about his marathon was an unexpected bonus.\n\nBest,\nAlvin", True),
    ("s-sa", "Mr van Wyk", "Takealot", ("the Midrand warehouse expansion",),
     "Thank you", "Dear Mr van Wyk,\n\nThank you for the interview. The new Midrand building sounds like a "
     "huge step for the team.\n\nKind regards,\nLerato", True),
]

MOMENT_PROBES_M += [
    ("s2-figure-ops", "Mr Kiprono", "Bidco", ("the company's mission",),
     "Thank you", "Dear Mr Kiprono,\n\nThank you for the interview. The 3 shifts running the Thika line "
     "and the 40 tonnes of soap a day you mentioned gave me a clear picture of the scale.\n\nRegards,\nPeter", True),
    ("s2-system-gh", "Jonas Weber", "SAP", ("the duties of the position",),
     "Follow-up", "Hi Jonas,\n\n- thanks for the deep dive into the HANA delta merge you were debugging\n"
     "- I pushed a small repro to my fork\n\nBest,\nFelix", True),
    ("s2-interviewer-news", "Ms Reyes", "Jollibee", ("the drive-thru order accuracy",),
     "Thank you", "Dear Ms Reyes,\n\nThank you for the interview. Congratulations again on your promotion "
     "to regional head, and good luck with the move to Cebu.\n\nSincerely,\nMiguel", True),
    ("s2-paraphrase-hr", "Mrs Ncube", "Old Mutual", ("speeding up funeral policy claim payouts",),
     "Thank you", "Dear Mrs Ncube,\n\nThank you for the interview. Getting money to grieving families "
     "within two days instead of two weeks is a goal I would be proud to work on.\n\nKind regards,\nTendai", True),
    ("s2-as-discussed", "Dr Gupta", "AIIMS", ("the telemedicine pilot in Bihar villages",),
     "Thank you", "Dear Dr Gupta,\n\nThank you. As discussed, I can share my notes from the teleconsult "
     "camps I ran in Darbhanga district.\n\nRegards,\nDr Anjali", True),
    ("s2-story-generic-topic", "Ms Clarke", "Sainsbury's", ("the company's values", "the duties of the position"),
     "Thank you", "Dear Ms Clarke,\n\nThank you for the interview. The story of the night manager who "
     "drove milk to the care home during the snow has stuck with me.\n\nKind regards,\nHolly", True),
    ("s2-exercise-kind-subject", "Kai Müller", "N26", ("the coding challenge: a transaction categoriser",),
     "Coding challenge submission", "Hi Kai,\n\nplease find the link below. Thanks!\n\nhttps://github.com/kai/cat\n\nBest,\nSara", True),
    ("s2-phone-moment", "Joy Atieno", "Sendy", ("the duties of the position",),
     "Hi", "Hi Joy thanks for today, the bit about riders in Eastleigh getting lost without street names was "
     "so interesting. Thanks again", True),
    ("s2-formal-tour", "Mr Hamid", "Qatar Airways", ("the company's culture",),
     "Thank you", "Dear Mr Hamid,\n\nThank you for the interview and for the walk through the engine "
     "overhaul hangar; watching the team strip a GE90 was remarkable.\n\nBest regards,\nAli", True),
    ("s2-paraphrase-nolisted", "Ms Ito", "Mercari", ("stopping counterfeit sneakers from being listed",),
     "Thank you", "Dear Ms Ito,\n\nThank you for today. Catching fake trainers before they appear for sale "
     "is a fascinating problem.\n\nBest regards,\nHaruto", True),
    ("g2-fit", "Ms Ito", "Mercari", ("stopping counterfeit sneakers from being listed",),
     "Thank you", "Dear Ms Ito,\n\nThank you for today. After our conversation I am even more convinced "
     "that I would be a great fit for the team.\n\nBest regards,\nHaruto", False),
    ("g2-expectations", "Mr Hamid", "Qatar Airways", ("the engine overhaul hangar",),
     "Thank you", "Dear Mr Hamid,\n\nThank you for clarifying the expectations, the working hours and the "
     "benefits of the position.\n\nBest regards,\nAli", False),
]

# Still weak (probeM): a paraphrase sharing at most one rare word with its topic ("keeping new broadband
# customers from leaving before their first anniversary" for "reducing broadband cancellations in the first
# year"; "fake trainers" for "counterfeit sneakers"; "teleconsult camps in Darbhanga" for "the telemedicine
# pilot in Bihar") needs knowledge of the world the word lists do not hold
_PARAPHRASE_WEAK_M = {"pp-churn", "s-latam", "s2-paraphrase-hr", "s2-paraphrase-nolisted", "s2-as-discussed"}


@pytest.mark.parametrize("probe", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="paraphrase sharing at most one rare word"))
    if p[0] in _PARAPHRASE_WEAK_M else p for p in MOMENT_PROBES_M], ids=[p[0] for p in MOMENT_PROBES_M])
def test_fresh_probe_notes_recall_a_concrete_moment_or_not(probe: tuple) -> None:
    from followup_lint import Draft, Interview, lint_draft

    _id, who, company, topics, subject, body, specific = probe
    iv = Interview.from_dict({"interviewers": [{"name": who}], "company": company, "topics": list(topics)})
    report = lint_draft(Draft(body=body, subject=subject), iv)
    assert any(f.rule == "no-specific-moment" for f in report.findings) is not specific


def test_the_fresh_probes_are_many_and_both_ways() -> None:
    generic = sum(1 for p in MOMENT_PROBES_M if not p[-1])
    assert len(MOMENT_PROBES_M) >= 70 and 0.35 <= generic / len(MOMENT_PROBES_M) <= 0.65


# A story, an anecdote or a figure recalled by its kind ("the story of the night manager who drove milk to the
# care home"): what it tells is the moment, weighed together; the company's story in general is not (probeM)
@pytest.mark.parametrize(("content", "specific"), [
    ("The tale of the intern who rewired the fire alarm panel made me laugh all evening.", True),
    ("The anecdote about the forklift that ended up in the canal was priceless.", True),
    ("The estimate you quoted for the new depots surprised me.", True),
    ("The story of the company is inspiring.", False),
    ("The story of how the team has grown is impressive.", False),
    ("The examples you gave about the role were helpful.", False),
])
def test_a_story_or_figure_recalled_by_its_kind(content: str, specific: bool) -> None:
    _judged_with_generic_topics(content, specific)


# What the interviewer showed, thanked for ("thank you for showing me the kiln logs"), a deep dive into a
# thing, or a walk through a place (as the tour is) are parts of the interview; being shown around, or a
# deep dive into the role, are not (probeM)
@pytest.mark.parametrize(("content", "specific"), [
    ("Thanks for showing me the kiln temperature logs.", True),
    ("Thank you for the deep dive into the Postgres vacuum settings.", True),
    ("I enjoyed the walk round the bottling plant.", True),
    ("Thank you for showing me around the office.", False),
    ("Thanks for showing me around.", False),
    ("Thank you for the deep dive into the role and the team.", False),
    ("Thanks for walking me through the deliverables, the deadlines and the stakeholders.", False),
])
def test_what_the_interviewer_showed_or_walked_through(content: str, specific: bool) -> None:
    _judged_with_generic_topics(content, specific)


# A chance encounter where an office kitchen is "the pantry" (Singapore, Manila), a staff room or the lifts,
# and the reader's own promotion or retirement, are moments; a meeting to come, a promotion campaign or
# retirement products are not (probeM)
@pytest.mark.parametrize(("content", "specific"), [
    ("Running into Ahmed in the staff room was a nice surprise.", True),
    ("I met your CFO by the lifts and she was lovely.", True),
    ("Congratulations on your promotion!", True),
    ("Best of luck with your retirement next month.", True),
    ("I look forward to meeting her at the front gate on Monday.", False),
    ("Best of luck with your promotion campaign.", False),
    ("I hope your retirement products sell well.", False),
])
def test_an_encounter_or_the_readers_news_in_other_words(content: str, specific: bool) -> None:
    _judged_with_generic_topics(content, specific)


# The exercise named by the thing it builds ("The tracker polls every ten minutes" for "a price tracker") or
# by a short form of its kind ("working through the case" for "the case study"); not the employer's own app,
# a team, or an idiom's case (probeM)
@pytest.mark.parametrize(("topic", "content", "specific"), [
    ("the take-home: a price tracker for flights", "The tracker polls every ten minutes and caches results.", True),
    ("the take-home: a Discord bot for standups", "My bot only answers in threads for now.", True),
    ("the case study on a regional dairy", "Working through the case with you was fun.", True),
    ("the case study on a regional dairy", "This case was harder than I thought.", True),
    ("the take-home: a price tracker for flights", "The tracker team seems great.", False),
    ("the case study on a regional dairy", "In that case, Monday works for me.", False),
    ("the case study on a regional dairy", "I would make the case for a later start.", False),
])
def test_the_exercise_by_its_built_thing_or_short_form(topic: str, content: str, specific: bool) -> None:
    assert (not run_rule(NoSpecificMoment, note(content), interview(topic)).findings) is specific


@pytest.mark.parametrize("content", ["I use the app every day.", "The form on your careers site was easy.",
                                     "The service was quick."])
def test_a_common_built_thing_is_as_often_the_employers_own(content: str) -> None:
    from followup_lint.rules.moment import _names_the_exercise

    topics = ["the take-home: a weather app", "the exercise: a booking form", "the task: a billing service"]
    assert not _names_the_exercise(content, "", topics)


# What a job ad offers any hire, in the plural ("the training programmes", "the benefits and perks"), names
# nothing; a named programme does (probeM)
@pytest.mark.parametrize(("content", "specific"), [
    ("I appreciated hearing about the mentorship programmes and the benefits.", False),
    ("Thank you for outlining the perks and the career progression.", False),
    ("It was great to learn about the incentives and remuneration.", False),
    ("The Ignite graduate programme you described sounds great.", True),
])
def test_a_job_ads_offers_in_the_plural_name_nothing(content: str, specific: bool) -> None:
    _judged_with_generic_topics(content, specific)


# probeM, a second set written after the fixes above (not blind to them: many aim at the classes fixed),
# scored before the last two fixes: 2 of 24 wrong then, 7 of 24 with the code before probeM, 0 now. A subject
# naming the exercise's kind ("PR: take-home") names it even when the body is generic (the label's decision)
MOMENT_PROBES_M2 = [
    ("x-skype", "Mr Danso", "Hubtel", ("SMS delivery receipts from Vodafone",), "Thanks",
     "Dear Mr Danso,\n\nThank you for the Skype interview this morning. It was lovely speaking with you.\n\nRegards,\nEsi", False),
    ("x-mission-statement", "Ms Roy", "Zomato", ("restaurant onboarding in tier-2 cities",), "Thank you",
     "Dear Ms Roy,\n\nThank you. Your mission statement and the values you stand for inspire me greatly.\n\nRegards,\nArjun", False),
    ("x-kra", "Mr Otieno", "Equity Bank", ("agent banking fraud in Kisii",), "Thank you",
     "Dear Mr Otieno,\n\nThank you for clarifying the key result areas and the reporting structure of the role.\n\nYours faithfully,\nWafula", False),
    ("x-polished", "Ms Varga", "Wizz Air", ("the ancillary revenue from seat selection",), "Thank you",
     "Dear Ms Varga,\n\nOur conversation about the rapidly evolving aviation landscape and its myriad opportunities was truly enriching.\n\nBest,\nAdam", False),
    ("x-template-paren", "Mr Cole", "Rogers", ("the rural fibre build in Muskoka",), "Thank you",
     "Dear Mr Cole,\n\nThank you for the interview. I especially enjoyed discussing (Insert Specific Topic Here).\n\nSincerely,\nAva", False),
    ("x-phone-generic", "Bola", "Kuda", ("card disputes on the USSD channel",), "",
     "Hi Bola thanks so much for today!! really enjoyed it, hope to hear back soon\n\nSent from my Samsung", False),
    ("x-md-subject-kind", "Ines", "Talkdesk", ("the take-home: a call-queue simulator",), "PR: take-home",
     "### Summary\n\nThanks for the opportunity! Let me know if anything is unclear.\n\n— Rui", True),
    ("x-benefits", "Ms Kaur", "Flipkart", ("return-to-origin parcels in Assam",), "Thank you",
     "Dear Ms Kaur,\n\nThank you for explaining the benefits, the learning opportunities and the hybrid work policy.\n\nRegards,\nHarpreet", False),
    ("x-teamculture", "Mr Abe", "Line", ("sticker shop payouts to creators",), "Thank you",
     "Dear Mr Abe,\n\nThank you for your kind explanation about the team atmosphere and the working style at your company.\n\nSincerely,\nYui", False),
    ("x-generic-story", "Mrs Moyo", "Econet", ("EcoCash agent liquidity",), "Thank you",
     "Dear Mrs Moyo,\n\nThank you for sharing the story of the organisation and its growth over the years.\n\nKind regards,\nTinashe", False),
    ("x-empty-subject-only", "Ms Park", "Coupang", ("dawn delivery cut-off times",), "Interview follow-up", "", False),
    ("x-wishlist", "Mr Silva", "Natura", ("refill stations in São Paulo stores",), "Thank you",
     "Dear Mr Silva,\n\nThank you for telling me about the different departments and the opportunities for career growth.\n\nBest,\nBeatriz", False),
    # specific
    ("y-number-said", "Mr Danso", "Hubtel", ("the company's values",), "Thanks",
     "Dear Mr Danso,\n\nThank you for the interview. I was surprised to hear that 2 in 10 receipts never arrive from one network.\n\nRegards,\nEsi", True),
    ("y-showed-map", "Ms Roy", "Zomato", ("the duties of the position",), "Thank you",
     "Dear Ms Roy,\n\nThank you for showing me the Indore heat map of late deliveries.\n\nRegards,\nArjun", True),
    ("y-walkround", "Mr Cole", "Rogers", ("the company's culture",), "Thank you",
     "Dear Mr Cole,\n\nThank you for the interview and the walk round the network operations centre.\n\nSincerely,\nAva", True),
    ("y-anecdote-caribbean", "Miss Joseph", "Sagicor", ("the duties of the position",), "Thank you",
     "Good afternoon Miss Joseph,\n\nThank you for the interview. The story of the agent who sold a policy during a cricket match in Kensington Oval still has me smiling.\n\nRespectfully,\nDevon", True),
    ("y-promo", "Mr Abe", "Line", ("sticker shop payouts to creators",), "Thank you",
     "Dear Mr Abe,\n\nThank you for your time, and congratulations again on your promotion to director.\n\nSincerely,\nYui", True),
    ("y-case-short", "Ms Varga", "Wizz Air", ("the case study on seat pricing",), "Thank you",
     "Dear Ms Varga,\n\nThank you. I enjoyed the case, especially the question about exit rows.\n\nBest,\nAdam", True),
    ("y-built", "Ines", "Talkdesk", ("the take-home: a call-queue simulator",), "PR: take-home",
     "### Summary\n\n- The simulator replays a day of calls in about two seconds\n- Agents are modelled as a pool with breaks\n\n— Rui", True),
    ("y-topic-direct", "Ms Kaur", "Flipkart", ("return-to-origin parcels in Assam",), "Thank you",
     "Dear Ms Kaur,\n\nThank you. The parcels coming back from Assam are a problem I would love to work on.\n\nRegards,\nHarpreet", True),
    ("y-encounter", "Mrs Moyo", "Econet", ("EcoCash agent liquidity",), "Thank you",
     "Dear Mrs Moyo,\n\nThank you. Meeting Farai at the canteen afterwards was a bonus; his tips on the agent float were useful.\n\nKind regards,\nTinashe", True),
    ("y-question", "Mr Silva", "Natura", ("the company's mission",), "Thank you",
     "Dear Mr Silva,\n\nThank you. Your question about how I would price a refill versus a new bottle made me think.\n\nBest,\nBeatriz", True),
    ("y-paraphrase", "Ms Park", "Coupang", ("dawn delivery cut-off times",), "Thank you",
     "Dear Ms Park,\n\nThank you. The midnight ordering deadline for next-morning delivery you described is clever.\n\nSincerely,\nMinho", True),
    ("y-deep-dive", "Bola", "Kuda", ("card disputes on the USSD channel",), "",
     "Hi Bola, thanks for the deep dive into how disputes flow from USSD to the chargeback queue!\n\nSent from my Samsung", True),
]


@pytest.mark.parametrize("probe", MOMENT_PROBES_M2, ids=[p[0] for p in MOMENT_PROBES_M2])
def test_second_fresh_probe_notes(probe: tuple) -> None:
    test_fresh_probe_notes_recall_a_concrete_moment_or_not(probe)


# A remark reported by the writer's reaction to it ("I was surprised to hear that 2 in 10 receipts never
# arrive") recalls what was said when it names something; the stock words of plenty ("a myriad of
# opportunities", "a plethora") name nothing (probeM)
@pytest.mark.parametrize(("content", "specific"), [
    ("I was surprised to hear that the Kisumu depot ships 400 crates a day.", True),
    ("It was interesting to learn that nurses rotate across the wards every 12 weeks.", True),
    ("I was glad to hear that the team is growing.", False),
    ("I was pleased to learn that my application had progressed.", False),
    ("Our talk about the plethora of opportunities in the sector was enriching.", False),
    ("Our conversation about the myriad possibilities ahead was a delight.", False),
])
def test_a_remark_reported_by_the_writers_reaction(content: str, specific: bool) -> None:
    _judged_with_generic_topics(content, specific)


def _judged_with_generic_topics(content: str, specific: bool) -> None:
    """With only generic topics, does the rule find a moment in ``content`` exactly when ``specific``?"""
    topics = ("the duties of the position", "the company's values")
    assert (not run_rule(NoSpecificMoment, note(content), interview(*topics)).findings) is specific


# The job's duties listed after the job itself ("Good to hear more about the job: answering the customers by
# phone and chat, handling the warranty claims and planning the repairs with the workshop", sixteenth a-318):
# a list of tasks in the gerund, as any job ad gives them, names no moment, however rare its words. A thing
# said in the interview after the job, or a single task recalled as a story, still counts.
@pytest.mark.parametrize(("content", "specific"), [
    ("Great to learn more about the role: greeting guests at the front desk, handling bookings and "
     "checking the invoices.", False),
    ("I enjoyed hearing about the position, such as preparing the payroll, reconciling accounts and filing "
     "the VAT returns.", False),
    ("It was good to hear more about the duties: stocking shelves, serving customers at the till and "
     "counting the cash at closing.", False),
    ("Interesting to learn more about the work, including triaging tickets, writing release notes and "
     "mentoring juniors.", False),
    ("Good to hear more about the job, especially the forklift that tipped over in the cold store.", True),
    ("I enjoyed hearing about the role and the Sunday you spent reconciling 400 invoices by hand.", True),
    ("Great to learn more about the role: the Tromsø depot opening in March sounds exciting.", True),
    ("I enjoyed hearing about the role and the night the Vestby freezer failed.", True),
])
def test_a_jobs_duties_listed_as_tasks_name_no_moment(content: str, specific: bool) -> None:
    _judged_with_generic_topics(content, specific)


# -- probe M3 (issue 11): concrete recalls in new frames (a tour told by its verb, a demo, a whiteboard problem,
# a person met, a figure quoted, a panel member's question, a site visit) and polished empty prose, the mission,
# the duties, "our conversation", the interview book's topics, praise of the team; other Englishes and phones
MOMENT_PROBES_M3 = [
    ('m3-tour', 'Ms Achieng', 'Bidco', ('the new margarine filling line',), 'Thank you', 'Dear Ms Achieng,\n\nThank you for walking me round the factory floor. Seeing the tubs come off the filling line at that speed was something else.\n\nKind regards,\nOtieno', True),
    ('m3-demo', 'Priya', 'Freshworks', ('the ticket auto-triage model',), '', 'Hi Priya,\n\nThanks for the live demo of how tickets get sorted before an agent sees them, the confidence slider was neat.\n\nCheers,\nKarthik', True),
    ('m3-whiteboard', 'Mr Osei', 'mPharma', ('stock reorder forecasting',), 'Follow-up', 'Dear Mr Osei,\n\nThank you for today. I kept thinking about the whiteboard problem on reorder points after I left, and I think a weekly safety margin would beat the one I drew.\n\nBest regards,\nAma', True),
    ('m3-person-met', 'Dr Tan', 'Grab', ('driver incentive experiments',), 'Thanks', 'Dear Dr Tan,\n\nMany thanks. It was lovely to meet Wei Ling from the pricing squad on my way out; her story about the rainy-day bonus test was eye-opening.\n\nRegards,\nJun', True),
    ('m3-number', 'Carlos', 'Rappi', ('courier wait times at restaurants',), 'Gracias', 'Hola Carlos,\n\nThanks for your time. That figure you quoted, 11 minutes average wait at the restaurant door, has stuck with me.\n\nSaludos,\nValentina', True),
    ('m3-story', 'Mrs Okafor', 'Dangote Cement', ('kiln shutdown planning',), 'Appreciation', 'Good day Mrs Okafor,\n\nThank you for the interview. Your story of the kiln going down the week before Christmas and the crew sleeping on site was really inspiring.\n\nYours faithfully,\nChinedu', True),
    ('m3-product', 'Hana', 'Line', ('the sticker marketplace',), '', 'Hi Hana,\n\nThank you! The prototype you showed me of the creator sticker shop on your phone looked great.\n\nBest,\nYuki', True),
    ('m3-site-visit', 'Mr Pillay', 'Eskom', ('substation maintenance backlog',), 'Site visit thanks', 'Dear Mr Pillay,\n\nThank you for taking me to the Komati substation yesterday. The rusted breakers you pointed out made the backlog very real.\n\nKind regards,\nThabo', True),
    ('m3-panel-q', 'Ms Novak', 'Allegro', ('returns fraud detection',), 'Thank you', "Dear Ms Novak,\n\nThank you and the panel. Piotr's question about how I'd spot serial returners without annoying honest buyers is one I'd like to answer better: I would start with the return-to-purchase ratio per card.\n\nBest regards,\nMagda", True),
    ('m3-phone-recall', 'Dev', 'Zomato', ('late-night delivery surge',), '', 'dev thx 4 the chat!! the 2am biryani rush graph u showed was crazy lol\n\nSent from my iPhone', True),
    ('m3-caribbean', 'Miss Campbell', 'Digicel', ('prepaid top-up churn',), 'Thanks', 'Good afternoon Miss Campbell,\n\nThank you kindly. When you explained how customers does switch SIMs every month for the cheaper top-up, it really open my eyes.\n\nRespectfully,\nAndre', True),
    ('m3-arabic', 'Eng. Khalid', 'Aramex', ('last-mile delivery in Riyadh',), 'Thank you', 'Dear Eng. Khalid,\n\nThank you very much for the meeting. The map you showed of the Riyadh drivers circling for addresses without street numbers was very interesting for me.\n\nBest regards,\nOmar', True),
    ('m3-latam', 'Sr. Ramírez', 'Mercado Libre', ('same-day shipping in Bogotá',), 'Agradecimiento', 'Estimado Sr. Ramírez,\n\nThank you for the opportunity. I remain thinking in the example of the motorbikes crossing Bogotá in the rain for same-day orders.\n\nAtentamente,\nDiego', True),
    ('m3-eastern-eu', 'Mr Horvat', 'Infobip', ('SMS delivery reports',), 'Thanks', 'Dear Mr Horvat,\n\nThank you for interview. Example with delivery reports which arrive two days later was very useful for understand the problem.\n\nBest regards,\nIvana', True),
    ('m3-github', '@mkaur', 'Razorpay', ('the refund webhook retry task',), 'Submission', 'Hi @mkaur,\n\n## Notes\n\n- Retries back off exponentially, capped at 5 attempts\n- Idempotency key is the refund id\n\nThanks for the task!\n\nRahul', True),
    ('m3-exercise-feedback', 'Ms Lee', 'Shopee', ('the SQL take-home on seller ratings',), 'Thank you', 'Dear Ms Lee,\n\nThank you for going through my take-home with me. You were right that my join double-counted sellers with two stores.\n\nBest,\nMing', True),
    ('m3-remark', 'Mr Boateng', 'MTN', ('mobile money agent fraud',), 'Thank you', 'Dear Mr Boateng,\n\nThank you for your time. Your remark that the fraudsters often know the agents by name stayed with me.\n\nBest regards,\nKofi', True),
    ('m3-anecdote-generic-topic', 'Julia', 'Siemens', ('the duties of the position',), 'Thank you', 'Dear Julia,\n\nThank you. I loved your anecdote about the train doors that froze shut in Oslo during testing.\n\nKind regards,\nLars', True),
    ('m3-india', 'Sir', 'Infosys', ('the mainframe migration for the bank',), 'Thanking you', 'Respected Sir,\n\nThanking you for the interview. The COBOL batch jobs you told about, running since 1992, are a very challenging thing and I am keen to learn them.\n\nYours sincerely,\nSuresh', True),
    ('m3-g-polished', 'Ms Achieng', 'Bidco', ('the new margarine filling line',), 'Thank you', 'Dear Ms Achieng,\n\nThank you for the enlightening exchange of ideas. Our dialogue on the dynamic and ever-changing world of manufacturing was truly thought-provoking.\n\nKind regards,\nOtieno', False),
    ('m3-g-mission', 'Priya', 'Freshworks', ('the ticket auto-triage model',), '', "Hi Priya,\n\nThank you for the call. I deeply admire Freshworks' mission to make customer happiness simple for every business.\n\nCheers,\nKarthik", False),
    ('m3-g-duties', 'Mr Osei', 'mPharma', ('stock reorder forecasting',), 'Follow-up', 'Dear Mr Osei,\n\nThank you for explaining the responsibilities of the role and what a typical day looks like.\n\nBest regards,\nAma', False),
    ('m3-g-our-conversation', 'Dr Tan', 'Grab', ('driver incentive experiments',), 'Thanks', 'Dear Dr Tan,\n\nMany thanks for our conversation yesterday. I really enjoyed our meeting and the call was very informative.\n\nRegards,\nJun', False),
    ('m3-g-interview-book', 'Carlos', 'Rappi', ('courier wait times at restaurants',), 'Gracias', 'Hola Carlos,\n\nThanks for your time. I enjoyed discussing my strengths and weaknesses and where I see myself in five years.\n\nSaludos,\nValentina', False),
    ('m3-g-team-praise', 'Mrs Okafor', 'Dangote Cement', ('kiln shutdown planning',), 'Appreciation', 'Good day Mrs Okafor,\n\nThank you for the interview. Your team is clearly full of talented, dedicated and passionate people.\n\nYours faithfully,\nChinedu', False),
    ('m3-g-culture', 'Hana', 'Line', ('the sticker marketplace',), '', 'Hi Hana,\n\nThank you! I loved getting a feel for the culture and the values of the company.\n\nBest,\nYuki', False),
    ('m3-g-phone', 'Dev', 'Zomato', ('late-night delivery surge',), '', 'dev thx 4 the chat!! was gr8 to know more abt the role n the team\n\nSent from my iPhone', False),
    ('m3-g-indian-formal', 'Sir', 'Infosys', ('the mainframe migration for the bank',), 'Thanking you', 'Respected Sir,\n\nThanking you for the interview. It was a great learning experience and I came to know many things about the organisation.\n\nYours sincerely,\nSuresh', False),
    ('m3-g-vision', 'Ms Novak', 'Allegro', ('returns fraud detection',), 'Thank you', 'Dear Ms Novak,\n\nThank you and the panel. Your vision for the future of e-commerce in the region resonated strongly with my own values.\n\nBest regards,\nMagda', False),
    ('m3-g-insights', 'Mr Pillay', 'Eskom', ('substation maintenance backlog',), 'Thanks', 'Dear Mr Pillay,\n\nThank you for sharing your valuable insights and for the warm welcome.\n\nKind regards,\nThabo', False),
    ('m3-g-challenges', 'Eng. Khalid', 'Aramex', ('last-mile delivery in Riyadh',), 'Thank you', 'Dear Eng. Khalid,\n\nThank you for the meeting. It was very interesting to hear about the challenges and opportunities that the position offers.\n\nBest regards,\nOmar', False),
    ('m3-g-caribbean', 'Miss Campbell', 'Digicel', ('prepaid top-up churn',), 'Thanks', 'Good afternoon Miss Campbell,\n\nThank you kindly for the interview. It was a blessing to learn about the company and the wonderful work all of you does.\n\nRespectfully,\nAndre', False),
    ('m3-g-eastern', 'Mr Horvat', 'Infobip', ('SMS delivery reports',), 'Thanks', 'Dear Mr Horvat,\n\nThank you for interview. It was very nice to discuss about the position and about my experience.\n\nBest regards,\nIvana', False),
    ('m3-g-growth', 'Ms Lee', 'Shopee', ('the SQL take-home on seller ratings',), 'Thank you', "Dear Ms Lee,\n\nThank you for the opportunity. I was impressed by the company's rapid growth and commitment to innovation.\n\nBest,\nMing", False),
    ('m3-g-journey', 'Mr Boateng', 'MTN', ('mobile money agent fraud',), 'Thank you', 'Dear Mr Boateng,\n\nThank you for your time. Hearing about your own journey at the company and the opportunities for growth was motivating.\n\nBest regards,\nKofi', False),
    ('m3-g-latam', 'Sr. Ramírez', 'Mercado Libre', ('same-day shipping in Bogotá',), 'Agradecimiento', 'Estimado Sr. Ramírez,\n\nThank you for the opportunity. It was a pleasure to know more about the company and the interesting projects of the area.\n\nAtentamente,\nDiego', False),
    ('m3-g-whiteboard-generic', 'Julia', 'Siemens', ('the duties of the position',), 'Thank you', 'Dear Julia,\n\nThank you. I enjoyed the technical questions and the opportunity to showcase my problem-solving skills.\n\nKind regards,\nLars', False),
]

# Still weak (probe M3): a recall that shares only a run of a topic's common words ("delivery reports" for
# "SMS delivery reports") with no rare word, name or number is not concrete enough
_COMMON_RUN_WEAK_M3 = {"m3-eastern-eu"}


def test_the_third_probes_are_many_and_both_ways() -> None:
    generic = sum(1 for p in MOMENT_PROBES_M3 if not p[-1])
    assert len(MOMENT_PROBES_M3) >= 35 and 0.35 <= generic / len(MOMENT_PROBES_M3) <= 0.65


# the classes probe M3 found, on wordings other than its notes': the tour told by its verb, as done; a thing shown
# or told of in a relative clause without "me" (texted too); another person's remark by its kind; a part of
# the interview with an adjective before it; the writer's chance to "showcase" themself, which names nothing
@pytest.mark.parametrize(("content", "specific"), [
    ('Thanks for showing us around the bakery.', True),
    ('Thank you for walking me round the cold store.', True),
    ('You kindly showed me around the offices.', False),
    ('It was kind that you took me round the sorting centre.', True),
    ('I look forward to you showing me around the depot.', False),
    ('Would you walk me round the site next time?', False),
    ('The heat map you showed of the Nairobi stores was striking.', True),
    ('the CCTV footage u showed was wild', True),
    ('The ferry timetable you talked about is tight.', True),
    ("Joanna's example of the ferry that lost its manifest was funny.", True),
    ('His tip about the Ndola weighbridge helped.', True),
    ('Her question about the team was good.', False),
    ("The company's story is inspiring.", False),
    ('The quick tour of the lab was great.', True),
    ('The short site visit was great.', True),
    ('The quick chat was great.', False),
    ('I valued the platform to showcase my skills.', False),
    ('I am grateful for the chance to showcase my leadership.', False),
])
def test_tours_by_their_verb_things_shown_others_remarks_and_showcasing(content: str, specific: bool) -> None:
    _judged_with_generic_topics(content, specific)


# a second round of probe M3, written after the first round's fixes (2 of 20 wrong, then 1)
MOMENT_PROBES_M3B = [
    ('r2-lab', 'Dr Mensah', 'KNUST', ('the malaria rapid test validation',), 'Thank you', 'Dear Dr Mensah,\n\nThank you for the tour of the lab. Watching the technician read the rapid test strips under the lamp was fascinating.\n\nYours sincerely,\nAbena', True),
    ('r2-number-phone', 'Sipho', 'Takealot', ('peak-season returns',), '', "Hey Sipho, thanks!! 30% of Black Friday orders coming back is insane, didn't expect that\n\nSent from my Galaxy", True),
    ('r2-panel-q2', 'Ms Wanjiru', 'Safaricom', ('M-Pesa reversal disputes',), 'Thanks', "Dear Ms Wanjiru,\n\nThank you and the panel. Mr Kiprop's question on how I'd handle a reversal after the agent has already paid out made me think hard.\n\nRegards,\nBrian", True),
    ('r2-product', 'Tomás', 'Nubank', ('the credit limit increase flow',), 'Obrigado', 'Hi Tomás,\n\nThank you! Seeing the new limit-increase screen in the app before launch was a treat.\n\nAbraço,\nLuana', True),
    ('r2-whiteboard2', 'Mr Abe', 'Rakuten', ('designing a points ledger',), 'Thank you', 'Dear Mr Abe,\n\nThank you for the interview. On the whiteboard I forgot to handle points that expire; I would add an expiry date column to the ledger.\n\nBest regards,\nKenji', True),
    ('r2-person2', 'Ms Duarte', 'Globo', ('newsroom video archive',), 'Thank you', 'Dear Ms Duarte,\n\nThank you. Meeting the archivist, Paulo, by the tape shelves was a highlight.\n\nBest,\nRafaela', True),
    ('r2-siteq', 'Mr Nwosu', 'Julius Berger', ('the Second Niger Bridge site',), 'Appreciation', 'Dear Mr Nwosu,\n\nI appreciate the visit to the bridge site at Asaba. The piling rigs working in the river current were impressive.\n\nYours faithfully,\nIfeanyi', True),
    ('r2-said-pidgin', 'Madam', 'Jumia', ('seller onboarding delays',), 'Thank you ma', 'Good morning Madam,\n\nThank you ma. What you said about sellers waiting three weeks for approval, I have an idea for it.\n\nRegards,\nTunde', True),
    ('r2-github2', '@ana-r', 'Mercado Pago', ('the QR payment reconciliation task',), 'Done', '@ana-r done ✅\n\n- QR payments now reconcile against the settlement file nightly\n- mismatches go to a CSV\n\nthx', True),
    ('r2-story3', 'Mr Haddad', 'Careem', ('captain safety features',), 'Thank you', 'Dear Mr Haddad,\n\nThank you for your time. The account of the captain who pressed the SOS button in Karachi and how fast the team responded stayed with me.\n\nBest regards,\nYousef', True),
    ('r2-g1', 'Dr Mensah', 'KNUST', ('the malaria rapid test validation',), 'Thank you', 'Dear Dr Mensah,\n\nThank you for the wonderful opportunity. I was truly inspired by the dedication and passion of everyone I met.\n\nYours sincerely,\nAbena', False),
    ('r2-g2', 'Sipho', 'Takealot', ('peak-season returns',), '', 'Hey Sipho, thanks!! gr8 chat, the team sounds awesome\n\nSent from my Galaxy', False),
    ('r2-g3', 'Ms Wanjiru', 'Safaricom', ('M-Pesa reversal disputes',), 'Thanks', 'Dear Ms Wanjiru,\n\nThank you and the panel for the insightful discussion on the role and its key responsibilities.\n\nRegards,\nBrian', False),
    ('r2-g4', 'Tomás', 'Nubank', ('the credit limit increase flow',), 'Obrigado', "Hi Tomás,\n\nThank you! I love Nubank's purpose of fighting complexity to empower people in their daily lives.\n\nAbraço,\nLuana", False),
    ('r2-g5', 'Mr Abe', 'Rakuten', ('designing a points ledger',), 'Thank you', 'Dear Mr Abe,\n\nThank you for the interview. I enjoyed answering your questions about my experience and my career goals.\n\nBest regards,\nKenji', False),
    ('r2-g6', 'Ms Duarte', 'Globo', ('newsroom video archive',), 'Thank you', 'Dear Ms Duarte,\n\nThank you. It was a pleasure to meet you and your colleagues and to get a glimpse of the work you do.\n\nBest,\nRafaela', False),
    ('r2-g7', 'Mr Nwosu', 'Julius Berger', ('the Second Niger Bridge site',), 'Appreciation', 'Dear Mr Nwosu,\n\nI appreciate the opportunity to interview. The meeting was very fruitful and I gained a lot of knowledge about the company.\n\nYours faithfully,\nIfeanyi', False),
    ('r2-g8', 'Madam', 'Jumia', ('seller onboarding delays',), 'Thank you ma', 'Good morning Madam,\n\nThank you ma for the interview. I am very happy for the opportunity given to me and I promise to do my best.\n\nRegards,\nTunde', False),
    ('r2-g9', 'Mr Haddad', 'Careem', ('captain safety features',), 'Thank you', "Dear Mr Haddad,\n\nThank you for your time. Our conversation reinforced my enthusiasm for the position and for the company's exciting journey ahead.\n\nBest regards,\nYousef", False),
    ('r2-g10', 'Ms Lim', 'DBS', ('branch queue analytics',), 'Thank you', "Dear Ms Lim,\n\nThank you for sharing about the team's priorities, the tech stack and the ways of working.\n\nRegards,\nWei", False),
]

# Still weak (probe M3): a figure stated with no recall cue, whose words paraphrase the topic ("30% of Black
# Friday orders coming back" for "peak-season returns")
_UNCUED_FIGURE_WEAK_M3 = {"r2-number-phone"}


_WEAK_M3 = {**dict.fromkeys(_COMMON_RUN_WEAK_M3, "a recall sharing only common words of its topic"),
            **dict.fromkeys(_UNCUED_FIGURE_WEAK_M3, "a figure with no recall cue paraphrasing its topic")}


@pytest.mark.parametrize("probe", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=_WEAK_M3[p[0]])) if p[0] in _WEAK_M3 else p
    for p in MOMENT_PROBES_M3 + MOMENT_PROBES_M3B], ids=[p[0] for p in MOMENT_PROBES_M3 + MOMENT_PROBES_M3B])
def test_third_fresh_probe_notes(probe: tuple) -> None:
    test_fresh_probe_notes_recall_a_concrete_moment_or_not(probe)


# a visit by its noun to a place of the work is a part of the interview, as the tour told by its verb is; to the
# office it is any visit's, and a part still to come ("I look forward to the site visit") recalls nothing
@pytest.mark.parametrize(("content", "specific"), [
    ('My short visit to the Tema depot was eye-opening.', True),
    ('Our visit to the Kano warehouse was an eye-opener.', True),
    ('I enjoyed my visit to your office.', False),
    ('I look forward to my visit to the depot.', False),
    ('I look forward to the site visit.', False),
    # still weak: a part still to come read by the conversation's cue, with a concrete word after it
    pytest.param("I look forward to the tour of the Kumasi depot.", False,
                 marks=pytest.mark.xfail(strict=True, reason="a tour to come, with its place, is read as recalled")),
    ('The site visit was great.', True),
])
def test_a_visit_to_a_place_of_the_work_and_parts_still_to_come(content: str, specific: bool) -> None:
    _judged_with_generic_topics(content, specific)


# seventeenth batch (b-224), on wordings other than the note's: a template's line left in square brackets that
# opens on an instruction verb recalls nothing, however its words read (a choice "X or something you learned"
# made it read as a concrete recollection); the occasion the note names (a fair, a meetup) is no moment; a
# moment written outside the bracket still counts
@pytest.mark.parametrize(("content", "recalls"), [
    ("Thanks for the chat at the Leeds Careers Fair. [Insert a fun fact or something they told you during "
     "the conversation].", False),
    ("Thanks for the call. [Write one thing you liked or something you learned from your conversation here]",
     False),
    ("It was good to meet you at the Harbour Tech Meetup. [Describe a story or something you heard in your "
     "conversation.]", False),
    ("Thanks for the chat. [Add one thing you learned here.] I keep thinking about moving the billing pipeline "
     "to Kafka.", True),
])
def test_a_square_bracketed_instruction_line_recalls_nothing(content: str, recalls: bool) -> None:
    _judged(content, recalls, "moving the billing pipeline to Kafka", "his path from linebacker to sales director")


# seventeenth batch (b-113, b-202), on wordings other than the notes': a circumstance of yours the interview
# raised, named as yours, is the topic; a qualification of yours restated, or a situation or plans, is not
@pytest.mark.parametrize(("content", "recalls", "topic"), [
    ("Sorry for the slow reply, my knee surgery took longer to heal than planned.", True,
     "the candidate's knee surgery in May"),
    ("I know my commute worried you, but the new tram line cuts it to twenty minutes.", True,
     "the applicant's long commute from Salford"),
    ("About my absences last spring: they were for my father's care and have ended.", True,
     "the candidate's absences and lateness at the last school"),
    ("My statistics degree would let me contribute from day one.", False,
     "the candidate's statistics degree and SQL experience"),
    ("My situation has not changed since we spoke.", False, "the candidate's visa situation"),
    ("My plans are still the same.", False, "the candidate's CPA exam plans"),
])
def test_a_circumstance_of_yours_the_interview_raised_named_as_yours(content: str, recalls: bool, topic: str) -> None:
    _judged(content, recalls, topic, "the quarterly audit of vendor contracts")


# seventeenth batch (b-225): the organisation's thing named word for word as the reader's counts, the role's
# words included; a topic spelt out after a colon is referred to by its thing; a generic thing does not count
@pytest.mark.parametrize(("content", "recalls", "topic"), [
    ("It was good to talk through your current data engineering needs.", True,
     "the firm's current data engineering needs: moving 400 staff off spreadsheets"),
    ("Thanks for walking me through your data engineering hiring plans.", True,
     "the bank's data engineering hiring plans for the Leeds office"),
    ("I admire your values and your culture.", False, "the company's values: integrity and teamwork"),
])
def test_the_organisations_thing_named_as_the_readers(content: str, recalls: bool, topic: str) -> None:
    _judged(content, recalls, topic)


# seventeenth batch (b-115): a name a topic coins with a symbol counts when written so, in Markdown too; the
# plain word does not
@pytest.mark.parametrize(("content", "recalls"), [
    ("My draft for __Ledger#__ is in the shared folder.", True),
    ("I pushed the first patch for Notepad++ last night.", True),
    ("I have a few more ledger questions for the team.", False),
])
def test_a_coined_name_of_the_topic_written_so(content: str, recalls: bool) -> None:
    _judged(content, recalls, "the Ledger# bookkeeping plugin idea", "the Notepad++ syntax-colouring idea")


# The exercise named by its title, as a submission's subject or a one-line pull request does (the
# eighteenth batch: "Socks Store Project", "Submission for recruiting day", "hhbuilder test performed",
# "finish concrete challenge"): two side-by-side words of an exercise topic, the whole title before its
# kind, a coined title word before any kind, or the employer's name before a kind
@pytest.mark.parametrize(("topic", "subject", "content", "specific"), [
    ("the test task: a booking service for a bike shop in Django", "Bike Shop Project", "Solution from Sam Reyes", True),
    ("the test task: a booking service for a bike shop in Django", "", "Bike shop booking done, solution from Sam", True),
    ("the code test (rewriting a legacy parking fee calculator in Java)", "",
     "This is the code written for Parking Fee by Sam Reyes.", True),
    ("the hiring day challenge: a notes app on the Notion API", "Submission for hiring day", "* List screen - done", True),
    ("the open day challenge: a weather app", "", "Here is my entry for open day.", True),
    ("the quokkaform homework: a survey builder", "", "quokkaform exercise finished.", True),
    ("the quokkaform homework: a survey builder", "", "Quokkaform task done, see the repository.", True),
    ("the mobile challenge: a recipes app", "", "finished initech challenge", True),
    ("the mobile challenge: a recipes app", "", "Here is my Initech take-home.", True),
    # not the exercise: a common pair, one title word, a title word without a kind, the employer alone
    ("the onboarding week challenge: a chat client", "", "I hope you had a good week.", False),
    ("the onboarding week challenge: a chat client", "Thanks for this week", "It was a great week.", False),
    ("the senior backend hiring test: a rate limiter", "", "Senior backend roles suit me.", False),
    ("the mobile challenge: a recipes app", "Initech interview", "Thanks again, Initech team.", False),
    ("the mobile challenge: a recipes app", "", "I would love to join Initech soon.", False),
    ("the senior frontend hiring test", "", "I am a senior engineer.", False),
])
def test_the_exercise_by_its_title(topic: str, subject: str, content: str, specific: bool) -> None:
    body = f"Hi Dana,\n\n{content}\n\nSam"
    report = run_rule(NoSpecificMoment, body, interview(topic), subject=subject or None)
    assert (not report.findings) is specific


# A question or strength raised that also names a topic by words the listed item does not have recalls the
# topic (the eighteenth's c-308: "is the motorbike for the Mukono route given ..."); the listed item's own
# words are the other move's, and name no topic
_DEPOT = "the night deliveries from the Thika depot"
_VAN_QUESTION = "whether drivers take the vans home"


@pytest.mark.parametrize(("content", "specific"), [
    ("I forgot to ask, do drivers on the Thika run take the vans home?", True),
    ("One more thing: can drivers take the vans home after the Thika night shift?", True),
    ("By the way, do the drivers at Thika take the vans home?", True),
    ("Also, do drivers take the vans home?", False),
    ("I forgot to ask whether the drivers take the vans home at night.", False),
])
def test_a_raised_question_that_names_a_topic_recalls_it(content: str, specific: bool) -> None:
    report = run_rule(NoSpecificMoment, f"Hi Dana,\n\n{content}\n\nSam",
                      interview(_DEPOT, "the duties of the position", questions=[_VAN_QUESTION]))
    assert (not report.findings) is specific
    assert report.metrics.get("questions_raised") or not specific


# Outside batch nineteenth (d-128, d-142, d-308), what was taken for a concrete name and is none: a field of
# study written with capitals (the reader's field, on their page), a template's other slot in square brackets
# ("[underling]"), and the message's first word after the greeting line ("Dear Lorena,\n\nMany thanks ...":
# it opens a sentence). A rare capitalised name, a slot filled in, a name inside the sentence still count.
_OTHER = ("the night deliveries from the Thika depot", "the duties of the position")


@pytest.mark.parametrize(("body", "specific"), [
    ("Dear Professor,\n\nMachine Learning for crop yields would be a fascinating subject for me.\n\nSam", False),
    ("Hello,\n\nI find Natural Language Processing for court records really interesting.\n\nSam", False),
    ("Hi Dana,\n\nKestrel Analytics would be a fascinating place for me.\n\nSam", True),
    ("Hi, [name]!\n\nThanks for the chat about the [role] job. I enjoyed meeting you and [assistant].\n\n"
     "[your name]", False),
    ("Hi, [name]!\n\nThanks for the chat. I enjoyed meeting you and Wanjiru from the Thika dispatch desk.\n\n"
     "[your name]", True),
    ("Dear Dana,\n\nMany thanks for the time you gave me on Friday for the interview.\n\nSam", False),
    ("Dear Dana,\n\nSeveral points you gave me on Friday stayed with me.\n\nSam", False),
    ("Dear Dana,\n\nThe Muthaiga figures you gave me on Friday stayed with me.\n\nSam", True),
])
def test_a_field_a_bracketed_slot_or_the_messages_first_word_is_no_name(body: str, specific: bool) -> None:
    report = run_rule(NoSpecificMoment, body, interview(*_OTHER))
    assert (not report.findings) is specific


# Outside batch nineteenth (d-104, d-113), classes "the interview's feedback acted on" (the reader's review
# recalled, done something with) and "the exercise named by the work done on it for the interview" (when a
# topic names an exercise). A change still to make, one asked to be looked at, or work of no exercise topic
# recalls nothing (fresh wordings).
_PROPOSAL = ("comments on the candidate's draft proposal", "the duties of the position")
_KATA = ("the bowling-score kata, sent back before the second round", "the duties of the position")


@pytest.mark.parametrize(("content", "specific"), [
    ("I have worked in the suggestions from your review and added a timeline.", True),
    ("I made the changes you recommended to the milestones section.", True),
    ("Following your feedback, I have reworked the introduction.", True),
    ("I revised the budget section after your comments.", True),
    ("I will make the changes after your review.", False),
    ("Please review my changes when you can.", False),
    ("I look forward to your feedback on the proposal.", False),
    ("I updated my CV last week.", False),
])
def test_the_interviews_feedback_acted_on_is_a_moment(content: str, specific: bool) -> None:
    report = run_rule(NoSpecificMoment, f"Hi Dana,\n\n{content}\n\nSam", interview(*_PROPOSAL))
    assert (not report.findings) is specific


@pytest.mark.parametrize(("content", "topics", "specific"), [
    ("Here is my refactoring for the technical interview.", _KATA, True),
    ("These are the fixes for the second interview, all tests pass.", _KATA, True),
    ("Attached is my solution for the coding interview.", _KATA, True),
    ("Here is my preparation for the interview.", _KATA, False),
    ("I confirm my availability for the interview.", _KATA, False),
    ("Here is my refactoring for the job interview.", _OTHER, False),
])
def test_the_exercise_named_by_the_work_done_for_the_interview(content: str, topics: tuple[str, ...],
                                                                specific: bool) -> None:
    report = run_rule(NoSpecificMoment, f"Hi Dana,\n\n{content}\n\nSam", interview(*topics))
    assert (not report.findings) is specific


# A strength raised in the sentence that also recalls a topic the two share words with ("That old Cat grader
# with the busted hydraulic line is the same model I kept running for six years at the county road garage",
# the eighteenth's c-303 once its phone lines are sentences): the shared words are the strength's, but the
# topic's own words left in the sentence ("hydraulic line") still refer to it, as a topic is referred to. The
# strength told alone, or with only a common word of the topic's own, recalls nothing (fresh wordings).
_SHARED = [
    ("a Volvo excavator with a cracked boom cylinder", "ten years repairing Volvo excavators for a quarry"),
    ("the autoclave in the sterile services unit failing its vacuum test",
     "six years running autoclaves in a hospital sterile services department"),
    ("the Heidelberg press jamming on thick card stock", "eight years operating Heidelberg presses in a print shop"),
    ("the Hobart dishwasher leaking at the rinse arm", "four years servicing Hobart dishwashers for hotel kitchens"),
]


@pytest.mark.parametrize(("pair", "content", "specific"), [
    (0, "That Volvo excavator with the cracked cylinder is the kind I spent ten years repairing for a quarry.",
     True),
    (1, "The autoclave failing its vacuum test is like the ones I spent six years running in a hospital sterile "
        "services department.", True),
    (2, "That Heidelberg press jamming on the thick sheets is the model I spent eight years operating in a print "
        "shop.", True),
    (3, "The Hobart dishwasher leaking at its rinse arm is one I know from four years servicing Hobart dishwashers "
        "for hotel kitchens.", True),
    # near misses: the strength told alone, or beside a common word of the topic's own
    (0, "I spent ten years repairing Volvo excavators for a quarry.", False),
    (1, "I spent six years running autoclaves in a hospital sterile services department.", False),
    (2, "I spent eight years operating Heidelberg presses in a print shop, thick or thin.", False),
    (3, "I spent four years servicing Hobart dishwashers for hotel kitchens at the arm's length of a contract.", False),
])
def test_a_raised_strength_that_shares_words_with_a_topic_recalls_it_by_the_topics_own(
        pair: int, content: str, specific: bool) -> None:
    topic, strength = _SHARED[pair]
    report = run_rule(NoSpecificMoment, f"Hi Dana,\n\n{content}\n\nSam",
                      interview(topic, "the duties of the position", strengths=[strength]))
    assert report.metrics.get("strengths_raised") == [strength]
    assert (not report.findings) is specific


# A phone note typed with no sentence mark (twenty-ninth ac-301: "thank you for taking interview today and
# showing the bamboo drying shed\nabout the cracking in the mat boards i have seen same problem in my last
# factory ..."): each line is a sentence, so a strength raised on one line no longer takes the words of the
# topic recalled on another. A note whose lines recall nothing stays reported (fresh wordings).
_PHONE_TOPICS = ("a look at the rusting conveyor in the packing hall", "the duties of the position")
_PHONE_STRENGTH = "replaced a rusting conveyor at his last packing hall with a stainless one"


@pytest.mark.parametrize(("body", "specific"), [
    ("namaste sir\nthank you for the interview and showing the packing hall conveyor\n"
     "the rusting i know it from my last packing hall where we replaced it with stainless\nprakash", True),
    ("hello madam\nthanks for today and the look at the conveyor in packing hall\n"
     "i replaced a rusting conveyor in my last packing hall with stainless one\nmeena", True),
    ("Good evening sir\nThank you for showing me the packing hall conveyor today\n"
     "I replaced a rusting conveyor at my last packing hall with a stainless one\nAnil", True),
    ("hi sir\nreally liked seeing the conveyor of the packing hall\n"
     "at my last job i replaced rusting conveyor of packing hall with stainless\nthank you\njoseph", True),
    # near misses: the lines recall nothing of this interview, the strength alone names no topic
    ("namaste sir\nthank you for the interview today\n"
     "in my last packing hall we replaced a rusting conveyor with stainless\nprakash", False),
    ("hello madam\nthanks for today it was nice to meet you\n"
     "i replaced a rusting conveyor in my last packing hall with stainless one\nmeena", False),
    ("Good evening sir\nThank you for your time today\n"
     "I replaced a rusting conveyor at my last packing hall with a stainless one\nAnil", False),
    ("hi sir\nmany thanks for the call\n"
     "at my last job i replaced rusting conveyor of packing hall with stainless\njoseph", False),
    # read as one run-on sentence, the praise on one line took the strength's words on the next for a
    # concrete recall: line by line, it recalls nothing
    ("hi sir\nreally liked the company and the team\n"
     "at my last job i replaced rusting conveyor of packing hall with stainless\nthank you\njoseph", False),
])
def test_each_line_of_an_unpunctuated_phone_note_is_read_as_its_own_sentence(body: str, specific: bool) -> None:
    report = run_rule(NoSpecificMoment, body, interview(*_PHONE_TOPICS, strengths=[_PHONE_STRENGTH]))
    assert report.metrics.get("strengths_raised") == [_PHONE_STRENGTH]
    assert report.metrics.get("topics_referenced") == ([_PHONE_TOPICS[0]] if specific else [])
    assert (not report.findings) is specific

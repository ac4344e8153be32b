"""misspelled-word (FL101) and not-english (FL112): good and bad cases written for this project."""

from __future__ import annotations

import pytest

from followup_lint import Config, Draft
from followup_lint.errors import ConfigError
from followup_lint.results import Applicability
from followup_lint.rules.spelling import MisspelledWord, NotEnglish
from followup_lint.testing import assert_clean, assert_flags, findings_of, flagged_texts, run_rule

INTERVIEW = {
    "interviewers": [{"name": "Priya Raman", "email": "priya.raman@acme.example"},
                     {"name": "Joaquín Ybarra"}],
    "company": "Zentrifex Analytics",
    "role": "Platform Reliability Engineer",
    "topics": ["the Grafolux migration", "tail latency budgets"],
    "strengths": ["built a Velorum pipeline"],
    "questions": ["how oncall rotations work"],
}


def wrap(sentence: str) -> str:
    return f"Hi Priya,\n\n{sentence}\n\nBest,\nSam Okoye"


BAD = [
    ("I definately enjoyed our conversation.", "definately"),
    ("I recieved your note this morning.", "recieved"),
    ("It was a great oppurtunity to learn.", "oppurtunity"),
    ("Your team seems to beleive in ownership.", "beleive"),
    ("I look forward to hearing from you untill Friday.", "untill"),
    ("Thank you for your time, it was a pleasure to meet thier team.", "thier"),
    ("The enviroment sounded collaborative.", "enviroment"),
    ("I appreciated learning alot about the roadmap.", "alot"),
    ("We talked about a seperate billing service.", "seperate"),
    ("I am commited to learning the stack.", "commited"),
    ("Definately a fun chat.", "Definately"),
    ("Thanks for the tiem today.", "tiem"),
]


@pytest.mark.parametrize("sentence,word", BAD)
def test_bad(sentence: str, word: str) -> None:
    assert_flags(MisspelledWord, wrap(sentence), word)


GOOD = [
    "Thank you for walking me through the runbook and the rollout plan.",
    "I enjoyed hearing how onboarding works for backend engineers.",
    "Our Kubernetes clusters and PostgreSQL replicas were a big part of my last role.",
    "Idempotency of the dbt models came up, and I'd love to dig in.",
    "I didn't expect we'd cover so much; y'all were generous with your time.",
    "It's clear the team's priorities are well-defined.",
    "We also discussed SLOs, KPIs and the SQL warehouse.",
    "I mentioned Marisol, my former manager, who introduced me to Terraform.",
    "I think the iOS app and the GraphQL gateway are a great fit.",
    "Thanks again for your time today.",
    "Please see https://exampel.io/portfolio or write to me at sam.okoye@mailz.example.",
    "I tagged @devvrat on the repo and shared v2beta3 of the script.",
    "The `recieve_handler` function was the fun part.",
    "We covered e.g. caching and i.e. the U.S. launch at 9 a.m. with a Ph.D. intern.",
    "It was a naïve question about the café near your office and my résumé.",
    "We spoke about the 2FA rollout, Q3 OKRs and the intercompany ledger.",
    "I segment images with scikit-image and deploy with kubectl and nginx.",
    "Thanks for the convo about the groundworks package and the matplotlib charts.",
    "The sonographer triages transthoracic echocardiography referrals and perioperative cases.",
    "How does the team playtest ranked changes before release?",
]


@pytest.mark.parametrize("sentence", GOOD)
def test_good(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence), INTERVIEW)


def test_interview_vocabulary_and_names() -> None:
    body = ("Hi Priya,\n\nThank you, Joaquín and Priya, for the chat about Zentrifex Analytics and the "
            "Grafolux migration. Priya’s point on Velorum stuck with me.\n\nBest,\nSam")
    assert_clean(MisspelledWord, body, INTERVIEW)


def test_name_misspelling_is_left_to_the_names_rule() -> None:
    # "Priya" and its possessive are names; a lowercase unknown word is still reported
    assert flagged_texts(MisspelledWord, wrap("priya's feedback was kind and usefull."), INTERVIEW) == ["usefull"]


def test_recipient_and_sender_names_accepted() -> None:
    draft = Draft(body="Hi Wenqiao,\n\nThanks Wenqiao, and thanks to Thaddeus too.\n\nBest,\nOlumide",
                  to=("Wenqiao Zhou <wenqiao.zhou@corp.example>", "thaddeus.k@corp.example"),
                  sender="Olumide Bankole <olumide@mail.example>")
    assert_clean(MisspelledWord, draft)


def test_hyphenated_part_span() -> None:
    assert_flags(MisspelledWord, wrap("It was a well-orgnized day."), "orgnized")
    assert_clean(MisspelledWord, wrap("It was a well-organized, cross-functional, state-of-the-art day."))


def test_possessive_and_curly_apostrophe() -> None:
    assert_clean(MisspelledWord, wrap("The company’s mission and the teams’ goals didn’t surprise me."))
    assert_flags(MisspelledWord, wrap("The compnay’s mission was clear."), "compnay’s")


def test_backticks_urls_placeholders_not_flagged() -> None:
    assert_clean(MisspelledWord, wrap("Run `kubectl get pdos` or see www.exmaple.com/abc for {{fisrt_name}}."))


def test_quoted_reply_and_signature_not_checked() -> None:
    body = ("Hi Priya,\n\nThank you again.\n\nBest,\nSam\n\n-- \nSam Okoye | Senoir Enginer\n\n"
            "On Mon, Priya wrote:\n> Thnaks for comming in\n")
    assert_clean(MisspelledWord, body)


def test_foreign_closing_not_flagged() -> None:
    assert_clean(MisspelledWord, "Hi Priya,\n\nThank you for the conversation today.\n\nViele Grüße,\nSam")
    assert_clean(MisspelledWord, "Hi Priya,\n\nThank you for the conversation today.\n\nSaludos,\nSam")
    assert_clean(MisspelledWord, "Hola Priya,\n\nThank you for the conversation today.\n\nUn saludo,\nSam")


def test_suggestions_are_unsafe_fixes_best_first() -> None:
    (f,) = findings_of(MisspelledWord, wrap("I definately agree."))
    assert f.fixes and all(fx.applicability is Applicability.UNSAFE for fx in f.fixes)
    assert f.fixes[0].edits[0].replacement == "definitely"
    assert f.data["suggestions"][0] == "definitely"
    assert "'definately'" in f.message


def test_case_kept_in_suggestion() -> None:
    (f,) = findings_of(MisspelledWord, wrap("Definately a good day."))
    assert f.fixes[0].edits[0].replacement == "Definitely"


def test_subject_checked() -> None:
    report = run_rule(MisspelledWord, wrap("Thanks."), subject="Thank you for the intervew")
    spans = [(f.span.field, report.draft.subject[f.span.start:f.span.end]) for f in report.findings]
    assert spans == [("subject", "intervew")]


def test_language_variants() -> None:
    uk = wrap("The colour of the centre was lovely; the organisation travelled far.")
    us = wrap("The color of the center was lovely; the organization traveled far.")
    assert_clean(MisspelledWord, uk)
    assert_clean(MisspelledWord, us)
    assert flagged_texts(MisspelledWord, uk, config=Config(language="en-US")) == [
        "colour", "centre", "organisation", "travelled"]
    assert flagged_texts(MisspelledWord, us, config=Config(language="en-GB")) == ["color", "center", "traveled"]
    (f, *_) = findings_of(MisspelledWord, uk, config=Config(language="en-US"))
    assert f.data["variant"] == "en-GB" and f.fixes[0].edits[0].replacement == "color"
    (g, *_) = findings_of(MisspelledWord, us, config=Config(language="en-GB"))
    assert g.data["variant"] == "en-US" and g.fixes[0].edits[0].replacement == "colour"


def test_user_words_and_dictionaries(tmp_path) -> None:
    body = wrap("I loved the frobnicator demo and the zorbl tool.")
    assert flagged_texts(MisspelledWord, body) == ["frobnicator", "zorbl"]
    assert_clean(MisspelledWord, body, config=Config(words=("frobnicator", "Zorbl")))
    dic = tmp_path / "words.txt"
    dic.write_text("# team words\nfrobnicator\nzorbl\n", encoding="utf-8")
    assert_clean(MisspelledWord, body, config=Config(dictionaries=(str(dic),)))
    with pytest.raises(ConfigError, match="missing-words.txt"):
        run_rule(MisspelledWord, body, config=Config(dictionaries=(str(tmp_path / "missing-words.txt"),)))


def test_not_english() -> None:
    body = ("Hallo Frau Becker,\n\nvielen Dank für das freundliche Gespräch heute. Ich habe mich sehr über "
            "die Einblicke in Ihr Team gefreut und freue mich darauf, von Ihnen zu hören.\n\nViele Grüße\nJonas")
    report = run_rule(MisspelledWord, body)
    assert [f.code for f in report.findings] == ["FL112"]
    assert report.findings[0].span is None
    assert any(s.rule == "misspelled-word" for s in report.rules_skipped)
    assert_flags(NotEnglish, body, "")
    assert_clean(NotEnglish, wrap("Thank you for the conversation about the roadmap and the team today."))
    assert_clean(NotEnglish, "Danke schön!")     # too short to judge


def test_hostile_long_word_is_reported_without_suggestions() -> None:
    (f,) = findings_of(MisspelledWord, wrap("This " + "q" * 3000 + " word."))
    assert f.data["suggestions"] == [] and not f.fixes


def test_options_max_suggestions() -> None:
    (f,) = findings_of(MisspelledWord, wrap("I definately agree."), options={"max-suggestions": 1})
    assert len(f.fixes) == 1


@pytest.mark.parametrize("body", [
    "Kia ora Aroha,\n\nThanks for the trial shift, my first aid cert is current.\n\nNgā mihi nui,\nHemi",
    "G'day Shane,\n\nThanks for the chat.\n\nCheers,\nLiam",
])
def test_new_zealand_and_australian_greetings_are_words(body: str) -> None:
    assert_clean(MisspelledWord, body)
    assert_flags(MisspelledWord, body.replace("Thanks for", "Thanks for the definately"), "definately")


@pytest.mark.parametrize("address", [
    "48 Quorndale Road\nSometown, OH 43001",
    "Flat 3, 12 High St\nAshcombe EX7 0QA",
    "PO Box 42\nHollowmere, BC V6B 4Y8",
])
def test_the_place_names_of_an_address_line_are_not_spelling_errors(address: str) -> None:
    assert_clean(MisspelledWord, f"Hi Priya,\n\nPlease send the signed forms to:\n{address}\n\nBest,\nSam")


def test_the_same_place_names_in_a_sentence_are_still_checked() -> None:
    # (in lower case: capitalised at a sentence's start with no frequent word near, it would read as a name)
    assert flagged_texts(MisspelledWord, "Hi Priya,\n\nThe drive to quorndale was lovely.\n\nBest,\nSam") == [
        "quorndale"]


def test_a_letter_s_address_blocks_are_not_spelling_errors() -> None:
    body = ("Sam Okoye\n48 Quorndale Road\nSometown, OH 43001\n\nMarch 3, 2026\n\nPriya Raman\nZentrifex Analytics\n"
            "9 Brackley Street\nWesterbury NSW 2790\n\nDear Ms. Raman:\n\nThank you for the interview.\n\n"
            "Sincerely,\nSam Okoye")
    assert_clean(MisspelledWord, body, INTERVIEW)


# A greeting or a closing of two words written as one is a misspelling, wherever it stands (the
# greeting line too, where unknown words are otherwise taken for names)
@pytest.mark.parametrize("body,word,spaced", [
    ("Dear Sir,\n\nGoodafternoon sir, I hope the family is well.", "Goodafternoon", "Good afternoon"),
    ("Goodevening Ms. Okafor,\n\nThank you for the call.", "Goodevening", "Good evening"),
    ("Hi Dana,\n\nThanks for the tour.\n\nKindregards,\nSam", "Kindregards", "Kind regards"),
    ("Hi Dana,\n\nThankyou for the tour of the ward.", "Thankyou", "Thank you"),
    ("Hi Dana,\n\nThanks for the tour.\n\nbestwishes,\nSam", "bestwishes", "best wishes"),
])
def test_a_greeting_or_closing_run_together_is_misspelled(body: str, word: str, spaced: str) -> None:
    [f] = [f for f in findings_of(MisspelledWord, body) if f.data["word"] == word]
    assert f.fixes[0].edits[0].replacement == spaced
    assert f.fixes[0].applicability is Applicability.SAFE


@pytest.mark.parametrize("body", [
    "Assalamualaikum Dana,\n\nThank you for the tour of the ward.",  # one word in common use
    "Hi Dana,\n\nGoodman and Goodall both joined the call. Thanks for the tour.",
    "Hi Dana,\n\nThe Morningside clinic tour was the highlight. Thanks again.",
])
def test_names_and_one_word_greetings_are_not_run_together(body: str) -> None:
    assert not [f for f in findings_of(MisspelledWord, body) if "runs two words" in f.message]


# a month or weekday misspelt with its capital is a misspelling, not a proper noun, in a date
@pytest.mark.parametrize("sentence,word", [
    ("Thank you for meeting me on the 3rd of Septmber.", "Septmber"),
    ("I can come in again on Wendsday if that suits.", "Wendsday"),
    ("We spoke on Thrusday about the rota.", "Thrusday"),
    ("I will send the slides by Fridy.", "Fridy"),
    ("The interview on Febuary 12 went well.", "Febuary"),
])
def test_a_misspelt_month_or_weekday_in_a_date_is_reported(sentence: str, word: str) -> None:
    assert_flags(MisspelledWord, wrap(sentence), word)


@pytest.mark.parametrize("sentence", [
    "I met Marc on the stairs after the interview.",        # a given name one edit from March
    "I met Sundar on your team after the panel.",
    "The Mondal family business was my first client.",     # a surname, not in a date
    "Thank you for meeting me on the 3rd of September.",
])
def test_names_near_a_month_or_weekday_outside_a_date_stay_silent(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))


@pytest.mark.parametrize("sentence,word", [
    ("I also mentioned my experience at saleforce.", None),      # a company's name misspelt: a name
    ("I hope to join deloite next year.", None),                 # (nearest everyday word "delete": 2 edits)
    ("I enjoyed my internship at accentur last summer.", None),
    ("I have experience at custmer service desks.", "custmer"),  # an everyday word misspelt: reported
    ("I enjoy working at hospitl wards.", "hospitl"),
])
def test_a_misspelt_company_in_an_employer_slot_is_a_name(sentence: str, word: str | None) -> None:
    if word is None:
        assert_clean(MisspelledWord, wrap(sentence))
    else:
        assert_flags(MisspelledWord, wrap(sentence), word)


# Outside batch "seventh", class 4: link targets and code are not prose; common technical words of README-like
# notes are words; a capitalised word is a name unless a frequent word is near it (at a sentence's start),
# and in a heading, where capitals are style, one edit from a frequent word is a misspelling.
@pytest.mark.parametrize("text", [
    "Write to me at [my inbox](mailto:sam.lee@example.com) any time.",
    "The setup is in [the guide](docs/setupguide.md) and [notes](wiki/Deploymnt-notes).",
    "Open the url on localhost once the server starts.",
    "The wip branch has the gql schema; stdout shows the jwt.",
    "I deployed it with flyctl and checked the logs with journalctl.",
])
def test_link_targets_and_common_technical_words_are_not_misspellings(text: str) -> None:
    assert_clean(MisspelledWord, wrap(text))


@pytest.mark.parametrize("text,word", [
    ("Open the adress on localhost.", "adress"),            # a typo beside a technical word
    ("The [guide](docs/setup.md) explains the instalation.", "instalation"),  # link text outside the target
    ("The wip branch is reddy.", "reddy"),
])
def test_prose_around_links_and_technical_words_is_still_checked(text: str, word: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(text)) == [word]


@pytest.mark.parametrize("heading,word", [
    ("## Test Covrage", "Covrage"),
    ("# Deployment Instrucions", "Instrucions"),
    ("### Known Limitatons", "Limitatons"),
])
def test_a_misspelling_in_a_markdown_heading_is_reported(heading: str, word: str) -> None:
    body = f"{heading}\n\nThank you for the exercise.\n\nBest,\nSam"
    assert flagged_texts(MisspelledWord, body) == [word]


@pytest.mark.parametrize("heading", [
    "## Deploying With Vercel", "## Using Prisma", "# Notes For Marisol", "## Vue Setup", "## Segun's Review",
])
def test_names_of_products_and_people_in_a_heading_are_not_misspellings(heading: str) -> None:
    assert_clean(MisspelledWord, f"{heading}\n\nThank you for the exercise.\n\nBest,\nSam")


@pytest.mark.parametrize("subject", ["Cleyson/frontend challenge", "Kestrova take-home", "Brindlemoor exercise"])
def test_a_capitalised_word_first_with_no_frequent_word_near_is_a_name(subject: str) -> None:
    assert_clean(MisspelledWord, Draft(body="Hi Priya,\n\nHere is my work.\n\nBest,\nSam", subject=subject))


@pytest.mark.parametrize("text,word", [("Tommorow works for me.", "Tommorow"), ("Definately a fun task.", "Definately"),
                                       ("Recieved your note, thanks.", "Recieved"),
                                       ("Questionaire attached, as promised.", "Questionaire")])
def test_a_capitalised_word_first_near_a_frequent_word_is_a_misspelling(text: str, word: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(text)) == [word]


# outside batch "eighth", class 3a: an apostrophe look-alike inside a contraction (an acute accent, a
# backtick, a prime, a modifier letter) splits the word; the contraction is still a word
@pytest.mark.parametrize("sentence", [
    "I wasn´t sure the demo would load.", "We couldn`t finish the last query.", "They didn′t mind the delay.",
    "I haven‘t heard back about the rota.", "You´ll see the fix tomorrow, and I´ve tested it.",
    "She wouldnʼt say which team it was.",
])
def test_a_contraction_with_an_apostrophe_look_alike_is_no_misspelling(sentence):
    assert flagged_texts(MisspelledWord, wrap(sentence), INTERVIEW) == []


@pytest.mark.parametrize("sentence,word", [
    ("I wasn´t sure the demo wuold load.", "wuold"), ("It wasn´q ready.", "wasn"), ("The ´ve note.", "ve"),
])
def test_misspellings_beside_an_apostrophe_look_alike_are_still_reported(sentence, word):
    assert flagged_texts(MisspelledWord, wrap(sentence), INTERVIEW) == [word]


# outside batch "eighth", class 3b: the writer's own name typed in lower case beside the word they sign
# with ("kuan xing" in the subject, signed "Kuan") is the rest of their name
@pytest.mark.parametrize("subject,body", [
    ("Coding task - tomasz wrzesniewski", "Hello,\n\nAttached is my coding task.\n\nRegards,\nTomasz"),
    ("Take-home from oluwaseun adebayo-ajayi", "Hello,\n\nHere is my take-home.\n\nRegards,\nOluwaseun"),
    ("Thanks", "Hi Priya,\n\nthis is thandiwe nkosazana from the Tuesday panel.\n\nBest,\nThandiwe"),
])
def test_the_writers_own_name_in_lower_case_is_no_misspelling(subject, body):
    assert flagged_texts(MisspelledWord, Draft(subject=subject, body=body), INTERVIEW) == []


@pytest.mark.parametrize("subject,body,words", [
    ("Coding task - tomasz wrzesniewski", "Hello,\n\nAttached is my coding task.\n\nRegards,\nMarta",
     ["tomasz", "wrzesniewski"]),
    ("Thanks", "Hi Priya,\n\nI will definately send it.\n\nBest,\nWill", ["definately"]),
    ("Thanks", "Hi Priya,\n\nI am tomasz and I recieved it.\n\nBest,\nTomasz", ["recieved"]),
])
def test_unknown_words_away_from_the_signed_name_are_still_reported(subject, body, words):
    assert flagged_texts(MisspelledWord, Draft(subject=subject, body=body), INTERVIEW) == words


# Outside batch "ninth", class 3 (y-311, y-009, y-315): a capitalised word after a title of address is a
# surname (the title's full stop ends no sentence); a capitalised possessive is a name unless a frequent
# word is one edit away; and the developer's short forms of "deduplicate" are words.
@pytest.mark.parametrize("sentence", [
    "Ms. Marken, thank you for the walk round the packing hall.",   # one edit from "market"
    "I met Dr. Hadlen and Prof. Halvorsk at the lab.",
    "Mrs. Tennent showed me the line.",
    "Please pass my regards to Mr Tshabangu.",
])
def test_a_surname_after_a_title_is_no_misspelling(sentence):
    assert flagged_texts(MisspelledWord, wrap(sentence), INTERVIEW) == []


@pytest.mark.parametrize("subject", ["Dravinek's Application", "Oyelaran's take-home solution",
                                     "Kvistberg's answers to the written questions"])
def test_a_capitalised_possessive_name_is_no_misspelling(subject):
    draft = Draft(subject=subject, body="Hi Priya,\n\nHere it is.\n\nBest,\nSam Okoye")
    assert flagged_texts(MisspelledWord, draft, INTERVIEW) == []


@pytest.mark.parametrize("sentence,word", [
    ("Compnay's mission was clear to me.", "Compnay's"),
    ("Mrs. Boateng said the mangment team meets daily.", "mangment"),  # after the surname, still checked
])
def test_a_slip_beside_a_title_or_in_a_possessive_is_still_reported(sentence, word):
    assert flagged_texts(MisspelledWord, wrap(sentence), INTERVIEW) == [word]


@pytest.mark.parametrize("sentence", [
    "The dedup logic keys on the order id.", "I deduped the events before the join.",
    "Deduping at the sink was cheaper than upstream.", "The dedupe step runs once a night.",
])
def test_short_forms_of_deduplicate_are_words(sentence):
    assert flagged_texts(MisspelledWord, wrap(sentence), INTERVIEW) == []


# Outside batch "tenth", class 4: the British -ise forms of a known -ize verb, and the inflections of a known
# -ise or -ize verb, are words under the default language (en-US reports them as the other variety); the
# -ize forms of an -ise-only verb stay misspelled ("exercized"); modern words the list lacks ("impactful",
# "gamified") and the informal "(ish)" are words
BRITISH_AND_MODERN = [
    "We tokenised the free-text fields before the model saw them.",
    "The team incentivised referrals last quarter.",
    "I am operationalising the new rota next month.",
    "Most of our servers were virtualised in 2022.",
    "The digitalisation of the archive took a year.",
    "Those phishing kits were weaponised within days.",
    "It was an impactful project for the whole clinic.",
    "We gamified the onboarding quiz for new starters.",
    "The migration took two weeks (ish), as I mentioned.",
    "I can start at 9-ish on Monday, or ish later.",
]


@pytest.mark.parametrize("sentence", BRITISH_AND_MODERN)
def test_british_forms_inflections_and_modern_words_are_words(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))


@pytest.mark.parametrize("sentence,word,preferred", [
    ("We tokenised the free-text fields.", "tokenised", "tokenized"),
    ("The team incentivised referrals.", "incentivised", "incentivized"),
])
def test_a_derived_british_form_is_the_other_variety_in_american_english(sentence, word, preferred) -> None:
    (f,) = findings_of(MisspelledWord, wrap(sentence), config=Config(language="en-US"))
    assert f.data["variant"] == "en-GB" and f.fixes[0].edits[0].replacement == preferred


@pytest.mark.parametrize("word", ["exercized", "surprized", "compromized", "advertized", "televized", "tokenizd"])
def test_the_ize_form_of_an_ise_only_verb_stays_misspelled(word: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(f"The plan was {word} twice.")) == [word]


# Outside batch "tenth", class 4: the words of a template's instruction in brackets ("(insert pisition)",
# "[enter compnay name]") are typed like any other, and a slip there is a misspelling (the slot itself is
# reported by leftover-placeholder); a slot that names a field ("[Company Name]") or is no instruction is
# not read
@pytest.mark.parametrize("sentence,word", [
    ("I enjoyed talking about the role of (insert pisition) with you.", "pisition"),
    ("Thank you for the tour of [enter compnay name] yesterday.", "compnay"),
    ("I look forward to hearing from (insert interveiwer name) soon.", "interveiwer"),
    ("The chat about <insert projcet> was great.", "projcet"),
    ("I hope to join [add depatment] next year.", "depatment"),
    ("We spoke about (mention a specfic topic) at length.", "specfic"),
])
def test_a_misspelling_inside_a_bracketed_instruction_is_reported(sentence: str, word: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(sentence)) == [word]


@pytest.mark.parametrize("sentence", [
    "Thank you for the tour of [Company Name] yesterday.",
    "I enjoyed talking about the role of (insert position title) with you.",
    "I look forward to hearing from [Interviewer's Name] soon.",
    "The chat about [Projcet X] was great.",
])
def test_a_correct_instruction_or_a_field_slot_is_no_misspelling(sentence: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(sentence)) == []


# Outside batch 11, class 3 (fresh wordings): a contraction typed without its apostrophe that the word list
# keeps ("whats"), a closing run together on the last line, read as no signature
@pytest.mark.parametrize("body,word,fixed", [
    ("Hi Dana,\n\nWhats the best way to prepare for the onsite?\n\nBest,\nSam", "Whats", "What's"),
    ("Hi Dana,\n\nHeres the link to my notebook.\n\nBest,\nSam", "Heres", "Here's"),
    ("Hi Dana,\n\nI wonder wheres the new office going to be.\n\nBest,\nSam", "wheres", "where's"),
    ("Hi Dana,\n\nPlease tell Ana that shes been a great help.\n\nBest,\nSam", "shes", "she's"),
    ("Hi Dana,\n\nHows the migration going?\n\nBest,\nSam", "Hows", "How's"),
    ("Hi Dana,\n\nThanks for the walk through the lab.\nThankyou.", "Thankyou", "Thank you"),
    ("Hi Dana,\n\nThanks for the walk through the lab.\n\nKindregards", "Kindregards", "Kind regards"),
])
def test_a_missing_apostrophe_or_a_closing_run_together_is_misspelled(body: str, word: str, fixed: str) -> None:
    [f] = [f for f in findings_of(MisspelledWord, body) if f.data["word"] == word]
    assert f.fixes[0].edits[0].replacement == fixed


# ... and words that are no slips: pull-request and admin words, brands typed in lower case, a full name in
# the subject, a subject cut short by an ellipsis, a repository's name made of words
@pytest.mark.parametrize("subject,body", [
    (None, "Hi Dana,\n\nI rebased the branch onto main and the admin panel now builds.\n\nBest,\nSam"),
    (None, "Hi Dana,\n\nI found the posting on reddit and asked about it on whatsapp.\n\nBest,\nSam"),
    (None, "Hi Dana,\n\nThe hows and whys of the rollout were clear.\n\nBest,\nSam"),
    (None, "Hi Dana,\n\nI pushed it to the acmedatapipelinechallenge repository.\n\nBest,\nSam"),
    ("Registration: Rakesh K V", "Hi Dana,\n\nThanks for the challenge.\n\nBest,\nSam"),
    ("Oluwaseyi Adeyemi take-home submission", "Hi Dana,\n\nThanks for the challenge.\n\nBest,\nSam"),
    ("Fixes to the login flow and the onboarding moda…", "Hi Dana,\n\nThanks for the challenge.\n\nBest,\nSam"),
    ("Refactor of the payment module. Impl...", "Hi Dana,\n\nThanks for the challenge.\n\nBest,\nSam"),
])
def test_developer_words_lower_case_brands_names_cut_titles_and_glued_names_are_not_misspelled(
        subject: str | None, body: str) -> None:
    assert findings_of(MisspelledWord, body, **({"subject": subject} if subject else {})) == []


@pytest.mark.parametrize("subject,body,word", [
    (None, "Hi Dana,\n\nI enjoyed the interviewprocess a lot.\n\nBest,\nSam", "interviewprocess"),
    (None, "Hi Dana,\n\nI was so gratefull…\n\nBest,\nSam", "gratefull"),
    ("Thnaks for the call", "Hi Dana,\n\nGreat talk.\n\nBest,\nSam", "Thnaks"),
    (None, "Hi Dana,\n\nDefinately A great day.\n\nBest,\nSam", "Definately"),
    # longer than a repository's name may be: words run together past 100 letters are not a name
    (None, "Hi Dana,\n\nSee " + "datapipelinechallenge" * 6 + " now.\n\nBest,\nSam", "datapipelinechallenge" * 6),
])
def test_two_words_run_together_a_slip_before_an_ellipsis_in_the_body_and_an_initial_slip_stay_misspelled(
        subject: str | None, body: str, word: str) -> None:
    assert word in [f.data["word"] for f in findings_of(MisspelledWord, body, **({"subject": subject} if subject else {}))]


# Outside batch "twelfth", class 5: the web interface words of developers' notes written as one word
# ("webapp") and a thanks in the writer's other language ("Vinaka vakalevu") are no slips; a frequent word
# with a letter dropped that spells a rare word ("som" for "some", "abut" for "about") is one.
@pytest.mark.parametrize("sentence", [
    "The webapps share one login page.",
    "I moved the settings into a dropdown under the navbar.",
    "Hovering shows tooltips on every chart.",
    "The webview reloads when the token expires.",
    "Chrome devtools showed the slow request.",
    "A websocket pushes the live scores.",
    "The favicon was missing in production.",
    "Videos autoplay muted on mobile.",
    "I ran a small webserver for the demo.",
    "Vinaka vakalevu for the tour of the wharf this morning.",
    "Faafetai tele lava for your patience with my questions.",
    "Mauruuru roa, the visit to the lagoon farm was a highlight.",
])
def test_developer_web_words_and_thanks_of_pacific_languages_are_not_misspelled(sentence: str) -> None:
    assert findings_of(MisspelledWord, wrap(sentence)) == []


@pytest.mark.parametrize("sentence,word", [
    ("I added som unit tests to the parser.", "som"),
    ("There were som edge cases I skipped.", "som"),
    ("Thank yo for the detailed feedback.", "yo"),
    ("It was great to see yo at the meetup.", "yo"),
    ("Wat a thoughtful set of questions.", "Wat"),
    ("I was curious abut the on-call rota.", "abut"),
    ("We chatted abut your migration plan.", "abut"),
    ("I will sen the slides over tonight.", "sen"),
    ("Could I sen you my portfolio as well?", "sen"),
    ("I learned a lot abut event sourcing.", "abut"),
    # fifteenth s-115 "ara all interviews over?": a verb with a letter changed, where the verb belongs
    ("Ara you free for a call on Friday?", "Ara"), ("I hope the results ara out soon.", "ara"),
    ("We ara keen to hear back from the panel.", "ara"), ("When ara the second interviews?", "ara"),
])
def test_a_frequent_word_with_a_letter_dropped_that_spells_a_rare_word_is_misspelled(sentence: str, word: str) -> None:
    assert word in [f.data["word"] for f in findings_of(MisspelledWord, wrap(sentence))]


@pytest.mark.parametrize("sentence", [
    "The stipend is 30,000 som per month in Bishkek.",
    "The ticket cost 120 som.",
    "Yo, that was a fun pairing session!",
    "Our walk ended at Wat Pho near the river.",
    "The new wing will abut the old warehouse.",
    "Professor Sen chaired the panel.",
    "I was happy to hear you liked the demo.",
    "I will send the slides over tonight.",
    "I met Ara Guler at the meetup last spring.",
    "The scarlet ara at the zoo was loud.",
])
def test_the_rare_words_in_their_own_sense_stay_words(sentence: str) -> None:
    assert findings_of(MisspelledWord, wrap(sentence)) == []


# Outside notes, class "HTML inside a Markdown body": a tag's element and attribute names ("img", "alt",
# "src", "href", "noopener") are markup, not prose; the prose around the tags is still checked.
@pytest.mark.parametrize("sentence", [
    'Here is the result:\n<img width="640" alt="Screenshot 2024-05-01 at 10 00 00" src="https://x.example/a.png">',
    'See <a href="https://x.example" target="_blank" rel="noopener noreferrer">the demo</a>.',
    'The logs:\n<details><summary>Logs</summary>\n<pre>ok</pre>\n</details>',
    'Copy it with <kbd>Ctrl</kbd>+<kbd>C</kbd>: <picture><source srcset="https://x.example/a.webp"></picture>',
])
def test_html_tags_in_a_markdown_body_are_not_spelled(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence), interview=INTERVIEW)


@pytest.mark.parametrize("sentence,typo", [
    ('Here is the <b>resutl</b> of the task.', "resutl"),
    ('<img src="https://x.example/a.png" alt="chart"> The chrat above shows it.', "chrat"),
    ('The <Projekt> slot and <div>a recieved note</div>', "recieved"),
])
def test_prose_between_html_tags_is_still_spelled(sentence: str, typo: str) -> None:
    assert typo in flagged_texts(MisspelledWord, wrap(sentence), INTERVIEW)


# Outside notes, class "a subject of one capitalised word": a lone unknown capitalised word (a pull request
# titled with its author's handle) is a name unless a frequent word is one edit away; typos stay reported.
@pytest.mark.parametrize("subject", ["Mahlek", "Dalvix", "Brenko", "Chimso", "Davron.", "Ferhat"])
def test_a_lone_capitalised_subject_word_far_from_common_words_is_a_name(subject: str) -> None:
    assert_clean(MisspelledWord, Draft(body=wrap("Thank you for the interview."), subject=subject),
                 interview=INTERVIEW)


@pytest.mark.parametrize("subject,typo", [
    ("Intervew", "Intervew"), ("Folow", "Folow"), ("Thnak you", "Thnak"), ("Folow up", "Folow"),
    ("Interveiw!", "Interveiw"), ("Apreciation", "Apreciation"),
])
def test_typos_in_a_subject_stay_reported(subject: str, typo: str) -> None:
    draft = Draft(body=wrap("Thank you for the interview."), subject=subject)
    assert typo in flagged_texts(MisspelledWord, draft, INTERVIEW)


# -- Outside batch "thirteenth" (Markdown notes): code and file names are not prose. A Markdown fenced code
# block is not read (its words name the identifiers the prose then quotes: "the 'timeit' keyword"); a word
# glued into a file name or an identifier is not checked ("stock_price_by_year.ipynb", "*.ipynb",
# "Flask_Blog", "flaskblog.py", "[tsla_img]"); a suffix after a hyphen is no word ("Docker-ized"); informal
# spellings of "because" are not misspellings ("cuz"). Prose around them is still checked.
@pytest.mark.parametrize("body,flagged", [
    ("My timings:\n```\n> benchy loadr --warmup\n3.1 ms ± 2 µs per loop (mean ± std. dev.)\n```\nThanks again.", []),
    ("I used the 'benchy' helper:\n~~~\nbenchy run --quik\n~~~\nIt was usefull.", ["usefull"]),
    ("The fence was never closed:\n```\nI liked the tuor of the lab.", ["tuor"]),
    ("The 'benchy' helper made it easy.", ["benchy"]),
    ("See the churn_modl.ipynb notebook and the Sales_Dashbord folder.", []),
    ("All the *.tsx and *.rmd files are in the repo; run loadr.py first.", []),
    ("The chart is here: [trend_chrt]: ./trend_by_mnth.png", []),
    ("The reprot is attached.next time I will send it sooner.", ["reprot"]),
    ("I sent the _draftt_ yesterday and the moduel.pyx file.", ["draftt", "moduel"]),
    ("The service is now Kafka-ized and the UI is Figma-ish.", []),
    ("The pipeline is Rust-ify ready and the store is Redis-esque.", []),
    ("The code was well-strucutred and ized.", ["strucutred", "ized"]),
    ("I'll keep at it cuz the learning stays, bcoz it matters and bcuz it is fun.", []),
    ("I'll keep at it becuse the learning stays.", ["becuse"]),
])
def test_code_and_file_names_are_not_prose(body: str, flagged: list[str]) -> None:
    assert flagged_texts(MisspelledWord, wrap(body), INTERVIEW) == flagged


# -- Outside batch "fourteenth" (p-004 "Thankies!"): playful forms of common words are the writer's tone: a
# letter held ("sooo"), a final vowel doubled on a short word ("byee"), "x" for "ks" ("thanx"), a pet form
# of a word of courtesy ("thankies"). Real misspellings of the same shapes are still reported.
@pytest.mark.parametrize("body,flagged", [
    ("Thankies for the feedback on the challenge!", []),
    ("Thanx a lot for the quick review, it helped.", []),
    ("Byee for now, and good luck with the release!", []),
    ("It was sooo good to meet the team, pleeease keep me posted.", []),
    ("Big hugsies to the whole panel, and cheersies!", []),
    ("Thnaks for the feedback on the challange!", ["Thnaks", "challange"]),
    ("The monkies at the zoo untill noon were realy loud.", ["monkies", "untill", "realy"]),
    ("I realy apreciate the time you took.", ["realy", "apreciate"]),
])
def test_playful_forms_of_common_words_are_no_misspellings(body: str, flagged: list[str]) -> None:
    assert flagged_texts(MisspelledWord, wrap(body), INTERVIEW) == flagged


# Outside batch "fifteenth" (s-118 subject "Chriswike challenge three", s-116 "[anshumandas/get-flutter-fire]"):
# a user's name written without its "@" is a name, not a slip. A capitalised subject word whose only near
# frequent words are given names ("Christine") is somebody's name run together; a lower-case run of an
# interviewer's or a recipient's given and family names ("priyaraman", "ramanpriya") is their user name.
@pytest.mark.parametrize("subject", [
    "Lindawu frontend task", "Patrickx solution", "Rachelyu challenge three", "Susanwu submission",
    "Helenma take-home",
])
def test_a_subject_word_near_only_given_names_is_a_name(subject: str) -> None:
    assert_clean(MisspelledWord, Draft(body="Hi Priya,\n\nHere is my work.\n\nBest,\nSam", subject=subject))


@pytest.mark.parametrize("subject,word", [
    ("Intervew follow-up", "Intervew"), ("Folow up on Tuesday", "Folow"), ("Thnak you for the call", "Thnak"),
    ("Appliction for the backend role", "Appliction"),
])
def test_a_subject_word_near_a_frequent_word_is_still_a_slip(subject: str, word: str) -> None:
    assert flagged_texts(MisspelledWord, Draft(body="Hi Priya,\n\nHere is my work.\n\nBest,\nSam",
                                                 subject=subject)) == [word]


PRIYA_RAMAN = {"interviewers": [{"name": "Priya Raman", "email": "priya.raman@initech.example"}],
               "company": "Initech", "role": "Backend Developer"}


@pytest.mark.parametrize("subject,body", [
    ("Re: [priyaraman/take-home] review", "Hi Priya,\n\nHere is my work.\n\nBest,\nSam"),
    ("Fork of ramanpriya/api-task", "Hi Priya,\n\nHere is my work.\n\nBest,\nSam"),
    ("Fixes", "Hi Priya,\n\nI pushed the fixes to priyaraman/api-task this morning.\n\nBest,\nSam"),
    ("Fixes", "Hi Priya,\n\nI opened a pull request on priyaraman's repository.\n\nBest,\nSam"),
])
def test_an_interviewers_names_run_together_are_their_user_name(subject: str, body: str) -> None:
    from followup_lint import Interview

    draft = Draft(body=body, subject=subject, to=("priya.raman@initech.example",))
    assert findings_of(MisspelledWord, draft, Interview.from_dict(PRIYA_RAMAN)) == []


def test_a_slip_beside_a_run_together_user_name_is_still_reported() -> None:
    from followup_lint import Interview

    draft = Draft(body="Hi Priya,\n\nI pushed the fixes to priyaraman/api-task; the reveiw notes are in the "
                       "README.\n\nBest,\nSam", subject="Re: [priyaraman/take-home] the reveiw",
                  to=("priya.raman@initech.example",))
    assert [f.data["word"] for f in findings_of(MisspelledWord, draft, Interview.from_dict(PRIYA_RAMAN))] == \
        ["reveiw", "reveiw"]


# Outside batch "seventeenth" (b-001, b-113, b-212, b-303), fresh wordings: masked words, a lower-case name
# alone on the last line, the name of a chat sign-off, a lowered place in a note with no capitals, chat
# spellings and Southern African English words are no misspellings; a slip beside them still is one.
@pytest.mark.parametrize("body", [
    "Hi Priya,\n\nPlease pass my regards to xxxx's team as well.\n\nBest,\nSam Okoye",
    "Dear Ms. xxxx xxxxxx,\nI am writing to confirm my interview on dd/mm/yyyy.\nSam Okoye",
    "Hi Priya,\n\nThanks again for the time today, it meant a lot to me.\nkeziah",
    "Hi Priya,\n\nGreat chatting today, the latency stuff was fun.\n\nKofi out!",
    "hi priya,\n\nthanks for today, the bus got stuck on the chitungwiza road so i was a bit late.\n\nsam",
    "Hi Priya,\n\nExams are done, yuh, and bam, I am free all summer.\n\nBest,\nSam Okoye",
    "Hi Priya,\n\nSorry I was late, the kombi broke down twice on the way.\n\nBest,\nSam Okoye",
])
def test_masked_words_signatures_lowered_places_and_chat_words_are_not_misspelled(body: str) -> None:
    assert_clean(MisspelledWord, body, INTERVIEW)


@pytest.mark.parametrize("body, slip", [
    ("hi priya,\n\nthanks for the intervew today, i learned a lot.\n\nsam", "intervew"),
    ("Hi Priya,\n\nThanks for the chat.\n\nI recieved the task out!", "recieved"),
    ("Hi Priya,\n\nThanks again for the time today, it was realy useful.\nkeziah", "realy"),
])
def test_slips_beside_those_shapes_are_still_misspelled(body: str, slip: str) -> None:
    assert slip in flagged_texts(MisspelledWord, body, INTERVIEW)


# Outside batch "seventeenth" (b-111), fresh wordings: a subject in Title Case capitalises every word by
# style, so a word one letter off a frequent word is a slip there, as on a Markdown heading; a family name
# after a given name or a rare capitalised word stays a name.
@pytest.mark.parametrize("subject, slip", [
    ("Backend Assigment Submission", "Assigment"),
    ("Follow Up On Yesterday's Intervew", "Intervew"),
    ("Data Team Exercise - Complted Notebook", "Complted"),
])
def test_a_slip_in_a_title_case_subject_is_misspelled(subject: str, slip: str) -> None:
    assert slip in flagged_texts(MisspelledWord, Draft(body=wrap("Thanks for the task."), subject=subject), INTERVIEW)


@pytest.mark.parametrize("subject", [
    "Frontend Challenge - Jessica Wollner",
    "Code Challenge Result for Tyler Brannick",
    "Thanks From Sam Okoye",
])
def test_a_family_name_in_a_title_case_subject_is_not_misspelled(subject: str) -> None:
    assert_clean(MisspelledWord, Draft(body=wrap("Thanks for the task."), subject=subject), INTERVIEW)


# Outside batch "eighteenth", classes: an abbreviated unit right after a number, and a value masked by
# x's, are not misspellings; the same unit alone, and a typo with x's in it, still are checked
@pytest.mark.parametrize("sentence", [
    "The route is 340 km each way and I drove it weekly.",
    "I lifted pallets of 25 kg for two summers.",
    "Our vans averaged 55 mph on the ring road.",
    "The sample was 2.5 ml and the run took 40 mins.",
    "Please quote reference number xxxxxx when you reply.",
    "You can call me on (021) xxx-xxxx after five.",
])
def test_a_unit_after_a_number_or_a_masked_value_is_no_misspelling(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))


@pytest.mark.parametrize("sentence,word", [
    ("The kms counter was reset on the truck.", "kms"),
    ("I am exxcited about the depot role.", "exxcited"),
])
def test_a_unit_without_its_number_and_an_x_typo_are_still_checked(sentence: str, word: str) -> None:
    assert word in flagged_texts(MisspelledWord, wrap(sentence))


@pytest.mark.parametrize("sentence,word", [
    ("I met the teams's leads after lunch.", "teams's"),
    ("The students's projects were impressive.", "students's"),
    ("Will the Masters's cohort share the lab?", "Masters's"),
    ("I read the engineers's notes on the outage.", "engineers's"),
])
def test_a_second_possessive_on_a_plural_is_a_misspelling(sentence: str, word: str) -> None:
    found = findings_of(MisspelledWord, wrap(sentence), INTERVIEW)
    assert [f.data["word"] for f in found] == [word]
    assert found[0].data["suggestions"] == [word[:-2] + "'"]


@pytest.mark.parametrize("sentence", [
    "The boss's plan and the class's size suit me.",
    "I liked the bus's route and the series's ending.",
    "Dr. Masters's lab and Serena Williams's serve came up.",
    "James's idea and the campus's layout were great.",
])
def test_a_singular_ending_in_s_or_a_family_name_takes_its_possessive(sentence: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(sentence), INTERVIEW) == []


@pytest.mark.parametrize("sentence", [
    "It took me a day to grok the scheduler.",
    "Once I grokked the retry logic the rest was easy.",
    "We avoided bikeshedding the naming and kept the kludge out.",
])
def test_hacker_jargon_of_software_work_is_no_misspelling(sentence: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(sentence), INTERVIEW) == []


def test_a_typo_of_a_jargon_word_is_still_reported() -> None:
    assert flagged_texts(MisspelledWord, wrap("It took me a day to grokk the scheduler."), INTERVIEW) == ["grokk"]


# -- a list item's first word is checked as a sentence's first word ----------------------------------------

@pytest.mark.parametrize("body,word", [
    ("Hi Ann,\n\nWhat I did:\n- Refactord the cache\n- Wrote tests\n\nBest,\nSam", "Refactord"),
    ("Hi Ann,\n\nSteps:\n    • Configurd the server\n\nBest,\nSam", "Configurd"),
    ("Hi Ann,\n\nSteps:\n  – Documentd the API\n\nBest,\nSam", "Documentd"),
])
def test_a_misspelled_word_that_opens_a_list_item_is_reported(body: str, word: str) -> None:
    from followup_lint.rules.spelling import MisspelledWord
    from followup_lint.testing import findings_of

    assert word in [f.data["word"] for f in findings_of(MisspelledWord, body)]


def test_a_dash_inside_a_sentence_does_not_make_the_next_word_initial() -> None:
    from followup_lint.rules.spelling import MisspelledWord
    from followup_lint.testing import findings_of

    body = "Hi Ann,\n\nI met the team - Kowalczyk and Brandt - on Monday.\n\nBest,\nSam"
    assert findings_of(MisspelledWord, body) == []

"""The Analysis layer's addressing: greeting after letter blocks, greetings glued to text, names used in
the body and for whom, sign-off, signature and P.S., and the word classifier behind them."""

from __future__ import annotations

import pytest

from followup_lint import Config, Draft, Interview
from followup_lint.analysis.addressing import Role, WordClass, classify_word
from followup_lint.document import Document
from followup_lint.engine import Linter
from followup_lint.rules.spelling import MisspelledWord
from followup_lint.testing import flagged_texts

IV = Interview.from_dict({
    "interviewers": [{"name": "Ana Alvarez", "email": "ana.alvarez@initech.example"},
                     {"name": "Tom Becker", "email": "tom.becker@initech.example"}],
    "company": "Initech", "role": "Data Analyst", "topics": ["the billing pipeline migration to Kafka"],
})
TOM = Interview.from_dict({"interviewers": [{"name": "Tom Becker", "email": "tom.becker@initech.example"}],
                           "company": "Initech", "role": "Data Analyst"})


def report(body: str, interview: Interview = IV, **kw):
    return Linter(Config(), plugins=False).lint(Draft(body=body, **kw), interview, clock=False)


def codes(body: str, interview: Interview = IV, **kw) -> list[str]:
    return [f.code for f in report(body, interview, **kw).findings]


# -- formal letters: the salutation below the address and date blocks is the greeting ------------------

LETTERS = [
    "Jane Smith\n12 Oak Street\nSpringfield, IL 62704\n\nMarch 3, 2026\n\nMs. Ana Alvarez\nInitech\n"
    "400 Market Street\nSan Francisco, CA 94105\n\nDear Ms. Alvarez:\n\n",
    "Priya Nair | priya.nair@mail.example | +44 7700 900123\n\n4 March 2026\n\nAna Alvarez\nHead of Data, "
    "Initech Ltd.\n\nRe: Data Analyst interview\n\nDear Ana,\n\n",
    "KWAME MENSAH\nAccra, Ghana\n\n5th March, 2026.\n\nThe Head of Data,\nInitech,\nSan Francisco.\n\n"
    "Dear Mr. Becker,\n\n",
    # outside batch "final", class 4: the full stop of an abbreviation in a block ("Pvt. Ltd.", "Mrs.") is
    # not a sentence, and a template's instruction in brackets is not the note's first sentence
    "Meera Joshi\nB-12, Lakeview Residency\nBaner, Pune 411045\n\n3rd March 2026\n\nMr. Tom Becker\n"
    "Head of Data\nInitech Software Pvt. Ltd.\nMagarpatta, Pune 411013\n\nDear Mr. Becker,\n\n",
    "Adaeze Nwosu\nAllen Avenue, Ikeja\n\nMarch 4, 2026\n\nMrs. Ana Alvarez\nInitech Nigeria Co. Ltd.\n"
    "Admiralty Way, Lekki\n\nDear Mrs. Alvarez,\n\n",
    "Your Full Name\nYour Address (write it the way it appears on your CV)\nTown, Postcode\n\nToday's Date\n\n"
    "Recipient's Name [the person who interviewed you]\nCompany Name\n\nDear Ms. Alvarez,\n\n",
    # an address written on one line, with commas and numbers, however long
    "Farhan Qureshi\nHouse 27, Street 9, Sector F-7/2, Islamabad 44000, Pakistan\n\n12 March 2026\n\n"
    "Mr. Tom Becker\nInitech Private Limited, 3rd Floor, Saudi Pak Tower, Blue Area, Jinnah Avenue, Islamabad 44000\n\n"
    "Dear Mr. Becker,\n\n",
]
LETTER_BODY = ("Thank you for meeting me about the billing pipeline migration to Kafka. I would be glad to "
               "send the migration plan I described. I look forward to hearing from you.\n\nSincerely,\nJane Smith")


@pytest.mark.parametrize("head", LETTERS)
def test_letter_blocks_above_the_salutation_are_not_the_greeting(head):
    doc = Document(Draft(body=head + LETTER_BODY))
    assert doc.greeting is not None and doc.greeting.salutation.lower() == "dear"
    found = codes(head + LETTER_BODY)
    assert "FL201" not in found and "FL203" not in found
    # the address blocks are not the candidate's prose: nothing in them is spell-checked or judged
    assert doc.own[:doc.own_start].strip() == ""
    assert not flagged_texts(MisspelledWord, head + LETTER_BODY)


def test_a_note_whose_first_line_is_a_sentence_is_not_a_letter():
    body = ("I wanted to say thank you for today, it was great.\nDear Tom, you made my day.\n\nBest,\nSam")
    assert Document(Draft(body=body)).greeting is None


@pytest.mark.parametrize("line", ["Thank you, Mrs. Okafor. It was a pleasure.", "We met at Initech Co. Ltd. last week.",
                                  "I enjoyed it. The tour was great."])
def test_a_sentence_above_dear_still_means_the_note_has_started(line):
    body = f"{line}\nDear Tom,\n\n" + LETTER_BODY
    assert Document(Draft(body=body)).greeting is None

# outside batch "tenth", class 1: a company's name of seven words or more ending in its abbreviation ("Noyyal
# Dyeing and Processing Mills Pvt. Ltd.") is a block line of the letter, not a sentence; with the greeting
# found, a near-miss of the interviewer's surname after the title ("Dear Mr. Beckerr,") names him (FL202
# reports the spelling) and no FL201 follows
LONG_COMPANY_LINES = [
    ("Sri Lakshmi Cotton Spinning and Weaving Mills Pvt. Ltd.", "Dear Mr. Beckerr,"),
    ("Initech Analytics and Data Engineering Services Sdn. Bhd.", "Dear Mr. Bekcer,"),
    ("Eastern Cape Water and Sanitation Consulting Group (Pty) Ltd.", "Dear Mr. Becker,"),
    ("Initech Global Logistics and Freight Forwarding Co. Inc.", "Dear Ms. Alverez,"),
    ("Department of Finance and Corporate Planning, Initech Holdings Corp.", "Dear Ms. Alvarez,"),
    ("Initech Precision Engineering and Tooling Industries Co., Ltd.", "Dear Mr. Beker,"),
    ("Hanoi Branch of Initech Software Solutions Joint Stock Co.", "Dear Ms. Alvarz,"),
    ("Initech Farm Machinery and Allied Products of Punjab Pvt. Ltd.", "Dear Mr. Becker:"),
]


@pytest.mark.parametrize("company,salutation", LONG_COMPANY_LINES)
def test_a_long_company_line_ending_in_its_abbreviation_is_a_letter_block(company, salutation):
    head = (f"Joyce Moyo\n14 Samora Machel Avenue\nHarare\n\n4 March 2026\n\nMr. Tom Becker\nHead of Data\n"
            f"{company}\n22 Jason Moyo Street, Bulawayo\n\n{salutation}\n\n")
    doc = Document(Draft(body=head + LETTER_BODY))
    assert doc.greeting is not None and doc.greeting.salutation == "Dear"
    found = codes(head + LETTER_BODY)
    assert "FL201" not in found and "FL203" not in found


@pytest.mark.parametrize("line", [
    "It was good to meet the whole team at Initech Holdings Corp.",
    "Thank you for showing me round the plant of Initech Pvt. Ltd.",
    "I have attached the report for Initech Analytics Sdn. Bhd.",
    "Many thanks again for the tour of the Initech Foods Co.",
])
def test_a_sentence_ending_in_a_companys_abbreviation_still_starts_the_note(line):
    body = f"Joyce Moyo\n4 March 2026\n{line}\nDear Tom,\n\n" + LETTER_BODY
    assert Document(Draft(body=body)).greeting is None


# -- a greeting typed in lower case on a phone ---------------------------------------------------------

@pytest.mark.parametrize("line,named", [("hey ana", True), ("hi tom becker", True), ("hello tom", True),
                                        ("hi marta", False), ("hey there", False)])
def test_a_lower_case_greeting_without_a_mark_is_read_for_names(line, named):
    body = f"{line}\n\nthanks for the chat about the kafka migration. pls let me know the next steps\n\nsam"
    found = codes(body)
    assert ("FL201" not in found) is named
    assert "FL108" in found


# -- a greeting glued to the message ------------------------------------------------------------------

GLUED = [
    ("Hey Tom, thanks for today! Great chat about the Kafka cut-over.\n\nSam", "thanks for today!"),
    ("Hi Ana - thank you so much for your time this morning, the pipeline tour was great!\nJo", "thank you so much"),
    ("Dear Ana, many thanks for the interview. I look forward to your reply.\n\nKind regards,\nLi Wei",
     "many thanks"),
]


@pytest.mark.parametrize("body,start", GLUED)
def test_the_text_after_a_glued_greeting_is_the_message(body, start):
    doc = Document(Draft(body=body))
    lo, hi = doc.content_range
    assert doc.own[lo:hi].lstrip().startswith(start)
    skipped = {s.rule: s.reason for s in report(body).rules_skipped}
    assert "no message of its own" not in " ".join(skipped.values())


# -- the sender's own name, with a P.S. after it -----------------------------------------------------------

PS = [
    "Best regards,\nVyshnavi Konduru\n\nP.S. I have the sample report we talked about, in case it helps.",
    "Warm regards,\nChidinma Okonkwo-Adebayo\n\nPS: I forgot to mention that I also led our move to Looker last spring.",
    "Cheers,\nTaavetti Räsänen\n\np.s. the dashboard link is in my portfolio, if you want to see it.",
]


@pytest.mark.parametrize("closing", PS)
def test_the_signature_above_a_postscript_is_the_writers_name(closing):
    body = "Hi Tom,\n\nThank you for the chat about the migration. I look forward to hearing from you.\n\n" + closing
    doc = Document(Draft(body=body))
    assert doc.signoff is not None and doc.signature_name is not None
    assert doc.postscript is not None and body[doc.postscript[0]:].lower().startswith("p")
    assert flagged_texts(MisspelledWord, body) == []
    lo, hi = doc.content_range
    assert hi == doc.own_end  # the P.S. is part of the message


def test_addressing_exposes_signoff_signature_and_postscript():
    body = "Hi Tom,\n\nThanks for today.\n\nBest,\nSam Ortiz\n\nP.S. The slides are on my site."
    a = Linter(Config(), plugins=False).lint(body, TOM, clock=False)
    assert a.findings is not None
    doc = Document(Draft(body=body))
    assert doc.signature_name == "Sam Ortiz" and doc.postscript is not None


# -- names used in the body, and for whom ----------------------------------------------------------------

STRANGERS_IN_BODY = [
    ("Thank you for the walk through the Kafka migration. Marta, thanks too for the tour of the lab.", "Marta"),
    ("I enjoyed the session on the pipeline. And Priyanka, thank you as well for the coffee!", "Priyanka"),
    ("The billing migration story stuck with me. Thanks again, Giulia, for arranging the day.", "Giulia"),
    ("Oluwadamilare, I really appreciated your walkthrough of the Kafka cut-over.", "Oluwadamilare"),
]


@pytest.mark.parametrize("text,name", STRANGERS_IN_BODY)
def test_someone_thanked_or_greeted_by_name_who_did_not_interview_you(text, name):
    body = f"Hi Tom,\n\n{text} I look forward to hearing from you.\n\nBest,\nSam"
    found = [f for f in report(body).findings if f.code == "FL203"]
    assert [f.data["name"] for f in found] == [name]
    assert found[0].data["where"] in ("thanks", "vocative")


NOT_STRANGERS = [
    "Ana, thanks too for the tour of the lab.",                      # an interviewer
    "Overall, thank you for a great conversation.",                  # a word, not a name
    "Kafka, Flink and Spark came up, and I enjoyed that part most.",  # a list
    "Thursday, thanks to the rail strike, was a long day for everyone.",
]


@pytest.mark.parametrize("text", NOT_STRANGERS)
def test_names_of_interviewers_recipients_and_words_are_not_strangers(text):
    body = f"Hi Tom,\n\n{text} I look forward to hearing from you.\n\nBest,\nSam"
    found = [f for f in report(body, to=("tom.becker@initech.example", "jessica.moreau@initech.example")).findings
             if f.code == "FL203"]
    assert found == []


# Outside batch "final", class 1: a name thanked in the body that belongs to nobody in the interview, in
# several wordings; someone copied on the note who did not interview is reported too, as a warning (the
# label: "thanks by name someone who was not an interviewer")
THANKED_BY_NAME = [
    "Thanks as well to Kofi for showing me round the warehouse.",
    "Please extend my thanks to Aisha at the front desk.",
    "A special thank you to Ngozi for the coffee and the directions.",
    "My sincere gratitude also goes to Mr. Boateng for the site visit.",
    "Please thank Efua for me, the tour was the highlight of the day.",
    "I am grateful to Rahul for walking me through the dashboards.",
    "And thanks to Yetunde for arranging the panel.",
    "Big thanks to Obinna!",
    "Kindly convey my thanks to Halima as well.",
]


@pytest.mark.parametrize("text", THANKED_BY_NAME)
def test_a_name_thanked_with_to_or_as_the_object_of_thank_is_judged(text):
    body = f"Hi Tom,\n\nThank you for the chat about the Kafka migration. {text} I look forward to hearing " \
           f"from you.\n\nBest,\nSam"
    found = [f for f in report(body).findings if f.code == "FL203"]
    assert len(found) == 1 and found[0].data["where"] == "thanks" and found[0].severity.name == "ERROR"


@pytest.mark.parametrize("text,name", [
    ("Jessica, thank you for arranging the day.", "Jessica"),
    ("Thanks also to Jessica for the building tour.", "Jessica"),
])
def test_someone_copied_who_did_not_interview_and_is_thanked_is_a_warning(text, name):
    body = f"Hi Tom,\n\n{text} I look forward to hearing from you.\n\nBest,\nSam"
    found = [f for f in report(body, cc=("jessica.moreau@initech.example",)).findings if f.code == "FL203"]
    assert [f.data["name"] for f in found] == [name]
    assert found[0].severity.name == "WARNING" and found[0].data["recipient"]


@pytest.mark.parametrize("text", [
    "Thanks to Kofi's map I found the loading bay easily.",         # a cause, with a possessive
    "Thanks to Kofi, I found the loading bay on time.",             # a cause
    "Thanks to Kofi I was on time for the panel.",                  # a cause, without a comma
    "I read Tom's paper on the billing pipeline last night.",       # a colleague, no thanks
    "Please thank Ana again for the whiteboard session.",           # an interviewer
    "Thanks again to Tommy for the tour of the data centre.",       # an interviewer's nickname (Tom)
    "Thanks again to Mr. Becker for the detailed answers.",         # an interviewer, by title and surname
    "Thank you for the Kafka walkthrough, Ana.",                    # an interviewer
    "I'm grateful to Initech for the chance to interview.",         # the company
    "Thank God the trains were running.",                           # not a name
    "I am grateful to Allah for this opportunity.",                 # not a person thanked
    "I remain grateful to Lagos Business School for my training.",  # an organisation
    "Thanks also to Christmas traffic for my late arrival.",        # a holiday
    "Thank you also to the whole data team.",                       # a group
])
def test_thanks_without_a_stranger_is_not_a_wrong_name(text):
    body = f"Hi Tom,\n\n{text} I look forward to hearing from you.\n\nBest,\nSam"
    assert "FL203" not in codes(body)


def test_the_reader_greeted_and_copied_may_be_thanked_in_the_body():
    body = ("Hi Jessica,\n\nThank you for arranging my interviews with Ana and Tom. Jessica, thanks also for the "
            "coffee.\n\nBest,\nSam")
    assert "FL203" not in codes(body, to=("jessica.moreau@initech.example",))


def test_the_writers_own_name_is_not_a_stranger():
    body = "Hi Tom,\n\nThanks for today. Please thank Ana for me too.\n\nBest,\nKofi Mensah"
    assert "FL203" not in codes(body)


def test_the_greeting_names_interviewers_and_strangers_by_role():
    linter = Linter(Config(), plugins=False)
    from followup_lint.rule import RuleContext

    body = "Hi Tom and Megan,\n\nThanks for today.\n\nBest,\nSam"
    draft = Draft(body=body)
    ctx = RuleContext(doc=Document(draft), draft=draft, interview=IV, send_time=None, template=False,
                      config=linter.config, resources=linter.resources)
    a = ctx.analysis.addressing
    assert a.named == (1,) and [u.text for u in a.uses] == ["Tom"]
    assert [(u.text, u.role, u.where) for u in a.strangers] == [("Megan", Role.STRANGER, "greeting")]
    assert a.signature == "Sam" and not a.generic


# -- the word classifier -----------------------------------------------------------------------------------

@pytest.mark.parametrize("word,kwargs,expected", [
    ("Dr.", {}, WordClass.TITLE), ("Engr", {}, WordClass.TITLE), ("Datuk", {}, WordClass.TITLE),
    ("Okafor", {}, WordClass.NAME), ("Zoë", {}, WordClass.NAME),
    ("van", {}, WordClass.PARTICLE), ("bin", {}, WordClass.PARTICLE),
    ("[Name]", {}, WordClass.SLOT), ("{{first_name}}", {}, WordClass.SLOT),
    ("Team", {}, WordClass.GENERIC), ("Hiring", {}, WordClass.GENERIC), ("Initech", {"company": frozenset({"initech"})},
                                                                          WordClass.GENERIC),
    ("Ma", {}, WordClass.GENERIC), ("Ma", {"titled": True}, WordClass.NAME),
    ("Monday", {}, WordClass.OTHER), ("thanks", {}, WordClass.OTHER),
])
def test_word_classes(word, kwargs, expected):
    assert classify_word(word, **kwargs) is expected


def test_the_vocabulary_has_one_copy():
    from followup_lint import names
    from followup_lint.document import structure
    from followup_lint.document.vocabulary import vocabulary

    v = vocabulary()
    assert structure.TITLES is v.titles and structure.HONORIFICS is v.honorifics
    assert structure.PARTICLES is v.particles and names.PARTICLES is v.particles
    assert v.generic_addressees <= v.generic
    assert structure.SIGNOFF_PHRASES is v.signoffs and "thanking you" in v.signoffs
    assert structure._SALUTATION.match("Good  afternoon Dana") is None  # one whitespace character
    assert structure._SALUTATION.match("Namaste Ravi") is not None


@pytest.mark.parametrize("text", ["Kafka, thanks to your explanation, finally makes sense to me.",
                                  "Honestly, thank you for the candid answers.",
                                  "Again, I appreciate the time you gave me."])
def test_a_cause_or_a_sentence_adverb_is_not_a_name(text):
    body = f"Hi Tom,\n\n{text} I look forward to hearing from you.\n\nBest,\nSam"
    assert "FL203" not in codes(body)


# Outside batch A, classes 2 and 6: a name in quotes; greeting, text and sign-off on one line
@pytest.mark.parametrize("line,name", [('Dear Dr. “Becker”,', "Becker"), ('Hi "Tom",', "Tom"),
                                       ("Dear «Ana» Alvarez:", "Alvarez")])
def test_a_name_in_quotes_is_read_as_the_name(line, name):
    body = line + "\nThank you for the interview. I look forward to hearing from you.\n\nBest,\nSam"
    g = Document(Draft(body=body)).greeting
    assert g is not None and g.names[-1][2] == name and g.punct in (",", ":")
    assert "FL201" not in codes(body) and "FL108" not in codes(body)


@pytest.mark.parametrize("body,signature", [
    ("Hi Tom, thank you for the walk-through of the Kafka cut-over. Please let me know the next steps. Best, Alex",
     "Alex"),
    ("Dear Ana: thanks for the time today, the pipeline story was great. Kind regards, Mei Lin Ong", "Mei Lin Ong"),
    ("Hello Tom: I just wanted to thank you for taking the time today. Sincerely,", None),
])
def test_a_closing_on_the_same_line_ends_the_message(body, signature):
    doc = Document(Draft(body=body))
    assert doc.signoff is not None and doc.signature_name == signature
    lo, hi = doc.content_range
    assert doc.signoff.phrase not in doc.own[lo:hi]


def test_a_final_thanks_is_not_taken_for_an_inline_closing():
    doc = Document(Draft(body="Hey Tom, great chat today about the Kafka move. Thanks!"))
    assert doc.signoff is None


@pytest.mark.parametrize("body", ["Thank you!\nDear Tom,\n\nIt was a pleasure.\n\nBest,\nSam",
                                  "Quick note\nHi Tom,\n\nThanks for today.\n\nSam"])
def test_a_short_line_above_the_greeting_is_not_a_letter_head(body):
    doc = Document(Draft(body=body))
    assert doc.own.startswith(body.split("\n")[0])  # still the candidate's text


def test_a_reference_line_above_the_salutation_is_a_letter_block():
    doc = Document(Draft(body="Re: Data Analyst interview\n\nDear Ms. Alvarez,\n\nThank you.\n\nBest,\nSam"))
    assert doc.greeting is not None and doc.greeting.names[-1][2] == "Alvarez"


# outside batch "eighth", class 1: a letter's reference line is a block however long it is ("Sub: Thank you
# for the interview for the post of ..."), also below a date line left as a slot ("[Date]")
@pytest.mark.parametrize("date", ["[Date]", "{date}", "7 April 2026"])
@pytest.mark.parametrize("ref", [
    "Sub: Expression of gratitude for the interview for the post of Junior Research Fellow in your laboratory",
    "Subject: Thank you for the opportunity to be interviewed for the role of Senior Accounts Officer",
    "Ref.: Interview held on 3 April for the position of Assistant Branch Manager at the Ikeja office",
    "RE: Follow-up on my interview on Thursday for the Data Analyst vacancy advertised on your website",
])
def test_a_long_reference_line_is_a_letter_block(date, ref):
    head = f"Kofi Boateng\nP.O. Box 118, Kumasi\n\n{date}\n\nMr. Tom Becker\nInitech Ltd.\n\n{ref}\n\n"
    body = head + "Dear Mr. Becker,\n\n" + LETTER_BODY
    doc = Document(Draft(body=body))
    assert doc.greeting is not None and doc.greeting.names[-1][2] == "Becker"
    assert "FL201" not in codes(body)


@pytest.mark.parametrize("line", [
    "Regarding the migration we talked about, I had one more thought over the weekend that I wanted to share.",
    "Subject to your approval, I would be happy to send the plan I described on Thursday afternoon.",
    "Re: " + " ".join(["the migration plan and the rollout that we went through together"] * 4) + ".",
])
def test_prose_that_starts_like_a_reference_line_still_starts_the_note(line):
    body = f"{line}\nDear Tom,\n\n" + LETTER_BODY
    assert Document(Draft(body=body)).greeting is None


@pytest.mark.parametrize("body,greeting", [
    ("12 March 2026\n\nDear Sir/Madam,\n\nThank you for the interview.\n\nYours faithfully,\nRavi", "Dear Sir/Madam"),
    ("Ana Alvarez\nHead of Data\nInitech\n\nDear Ms Alvarez\n\nThank you.\n\nYours sincerely\nRavi Shankar",
     "Dear Ms Alvarez"),
])
def test_more_letter_heads(body, greeting):
    doc = Document(Draft(body=body))
    assert doc.greeting is not None and doc.own[doc.greeting.start:doc.greeting.end] == greeting


@pytest.mark.parametrize("body,greeting", [
    ("Jane Smith, 12 Oak Street, Springfield IL 62704   Dear Ms. Alvarez:\n\nThank you for the interview.\n\n"
     "Sincerely,\nJane Smith", "Dear Ms. Alvarez"),
    ("March 3, 2026\nInitech | 400 Market Street Dear Mr. Becker,\n\nThank you.\n\nBest,\nSam", "Dear Mr. Becker"),
])
def test_a_salutation_glued_to_a_letter_block(body, greeting):
    doc = Document(Draft(body=body))
    assert doc.greeting is not None and doc.own[doc.greeting.start:doc.greeting.end] == greeting
    assert "FL201" not in codes(body)


@pytest.mark.parametrize("body", ["I wanted to write. Dear Tom, you were great.\n\nSam",
                                  "Thanks again! Dear Tom,\n\nIt was great.\n\nSam"])
def test_a_salutation_after_a_sentence_is_not_a_letter(body):
    assert Document(Draft(body=body)).own.startswith(body[:10])


@pytest.mark.parametrize("text,wrong,right", [
    ("Beckre, thanks again for walking me through the Kafka cut-over.", "Beckre", "Becker"),
    ("Thank you, Alvarz, for the candid answers.", "Alvarz", "Alvarez"),
])
def test_a_misspelt_interviewer_name_spoken_to_in_the_body(text, wrong, right):
    body = f"Dear Mr. Becker,\n\nIt was a pleasure to meet the team. {text}\n\nBest,\nSam"
    found = [f for f in report(body).findings if f.code == "FL202"]
    assert [(body[f.span.start:f.span.end], f.data["expected"]) for f in found] == [(wrong, right)]
    assert "FL203" not in codes(body)


@pytest.mark.parametrize("greeting", ["Dear Dr. Becker, PhD,", "Dear Mr. Tom Becker Jr.,", "Hi @Tom,",
                                      "Dear Ms. Alvarez, MBA:"])
def test_letters_after_a_name_and_chat_mentions(greeting):
    body = greeting + "\n\nThank you for the interview yesterday.\n\nBest,\nSam"
    found = codes(body)
    assert "FL201" not in found and "FL203" not in found


@pytest.mark.parametrize("text", ["Great, thanks again for the time you gave me.", "Perfect, I appreciated the tour.",
                                  "Lovely, thank you for the coffee as well.", "Brilliant, thanks for the demo."])
def test_an_interjection_before_a_thanks_is_not_a_name(text):
    body = f"Hi Tom,\n\n{text} I look forward to hearing from you.\n\nBest,\nSam"
    assert "FL203" not in codes(body)


@pytest.mark.parametrize("greeting", ["Dear Future Colleagues,", "Dear Amazing Initech Family,",
                                      "Hello Fantastic Friends,", "Dear Valued Panel Members,"])
def test_words_describing_a_group_in_the_greeting_are_not_strangers(greeting):
    body = greeting + "\n\nThank you for the interview yesterday.\n\nBest,\nSam"
    assert "FL203" not in codes(body, TOM)


def test_a_real_name_beside_a_group_word_is_still_a_stranger():
    body = "Hi Priyanka and all,\n\nThank you for the interview yesterday.\n\nBest,\nSam"
    assert [f.data["name"] for f in report(body, TOM).findings if f.code == "FL203"] == ["Priyanka"]


def test_a_strangers_name_is_one_finding_not_also_a_misspelling():
    body = ("Hi Tom,\n\nThank you for the interview about the migration. Emeka, thank you as well for the coffee!"
            "\n\nRegards,\nUche")
    found = report(body).findings
    assert [f.code for f in found if f.code in ("FL101", "FL203")] == ["FL203"]


@pytest.mark.parametrize("greeting", ["Dear Ana M Alvarez,", "Dear Tom O Becker,", "Hi T. Becker,"])
def test_a_single_letter_in_the_greeting_is_never_a_stranger(greeting):
    body = greeting + "\n\nThank you for the interview yesterday.\n\nBest,\nSam"
    assert "FL203" not in codes(body)


# -- honorifics of other cultures, before or after the name, are titles (outside batch "fourth", class 1) ---

def _one(name: str) -> Interview:
    first = name.split()[0].lower()
    return Interview.from_dict({"interviewers": [{"name": name, "email": f"{first}@initech.example"}],
                                "company": "Initech", "role": "Data Analyst"})


HONORIFIC_GREETINGS = [
    ("Dear Pak Budi,", "Budi Santoso"), ("Dear Bapak Hendra,", "Hendra Gunawan"),
    ("Dear Bu Sari,", "Sari Wulandari"), ("Dear Kak Dewi,", "Dewi Lestari"), ("Dear Encik Hafiz,", "Hafiz Rahman"),
    ("Dear Puan Noraini,", "Noraini Ismail"), ("Dear Tuan Azman,", "Azman Yusof"), ("Dear Dato Lim,", "Lim Boon Keat"),
    ("Dear Nasrin Apa,", "Nasrin Akter"), ("Respected Sharma ji,", "Anil Sharma"), ("Dear Vikram Bhai,", "Vikram Mehta"),
    ("Dear Meena Didi,", "Meena Pillai"), ("Hello Rao garu,", "Srinivas Rao"), ("Dear Mehmet Bey,", "Mehmet Yıldız"),
    ("Dear Ayşe Hanım,", "Ayşe Demir"), ("Dear Sayın Kaya,", "Emre Kaya"), ("Dear Tanaka Sensei,", "Kenji Tanaka"),
    ("Dear Sato-sama,", "Haruki Sato"), ("Dear Hajji Karim,", "Karim Nasser"), ("Dear Ustaz Farid,", "Farid Hamzah"),
    ("Dear Sheikh Saeed,", "Saeed Al-Mazrouei"), ("Dear Mallam Sani,", "Sani Abubakar"),
    ("Good morning Oga Emeka,", "Emeka Nwachukwu"), ("Dear Señora Gómez,", "Lucía Gómez"),
    ("Dear Signora Bianchi,", "Chiara Bianchi"), ("Dear Monsieur Laurent,", "Julien Laurent"),
    ("Dear Pan Nowak,", "Piotr Nowak"), ("Dear Frau Keller,", "Sabine Keller"), ("Dear Grace Aunty,", "Grace Adeyemi"),
    # after a surname (fifteenth s-315 "Dear Bhatti Sahab,")
    ("Respected Chaudhry Sahab,", "Asif Chaudhry"), ("Dear Malik Sahib,", "Tariq Malik"),
    ("Dear Qureshi Saab,", "Nadia Qureshi"), ("Dear Rizvi Ustad,", "Hassan Rizvi"), ("Dear Butt Bhai,", "Kamran Butt"),
    ("Dear Iqbal-san,", "Sana Iqbal"), ("Respected Gill Ji,", "Harpreet Gill"),
]


@pytest.mark.parametrize("greeting,person", HONORIFIC_GREETINGS)
def test_an_honorific_before_or_after_the_name_is_a_title_not_a_stranger(greeting, person):
    found = codes(f"{greeting}\n\nThank you for the interview today.\n\nBest regards,\nSam", _one(person))
    assert "FL203" not in found and "FL201" not in found and "FL202" not in found


@pytest.mark.parametrize("greeting,person,stranger", [
    ("Dear Pak Joko,", "Budi Santoso", "Joko"), ("Dear Nasrin Apa,", "Rokeya Begum", "Nasrin"),
    ("Respected Verma ji,", "Anil Sharma", "Verma"), ("Dear Signora Rossi,", "Chiara Bianchi", "Rossi"),
    ("Dear Ahmet Bey,", "Mehmet Yıldız", "Ahmet"), ("Dear Cheema Sahab,", "Imran Bhatti", "Cheema"),
    ("Dear Awan Ustad,", "Hassan Rizvi", "Awan"),
])
def test_somebody_else_with_an_honorific_is_still_somebody_else(greeting, person, stranger):
    from followup_lint.rules.names import WrongName

    body = f"{greeting}\n\nThank you for the interview today.\n\nBest regards,\nSam"
    assert flagged_texts(WrongName, body, _one(person)) == [stranger]


def test_an_honorific_word_as_a_surname_after_a_title_stays_the_name():
    # "San" after a title is the surname; after a name it would be the honorific
    assert "FL203" in codes("Dear Ms. San,\n\nThank you for the interview.\n\nBest,\nSam", _one("Mei Lin"))
    assert "FL203" not in codes("Dear Ms. San,\n\nThank you for the interview.\n\nBest,\nSam", _one("Mei San"))


# -- a lower-case title and surname run into the message (outside batch "fourth", class 3) -----------------

@pytest.mark.parametrize("body,person,greeting", [
    ("good morning mr adeyemi thanks again for walking me through the night audit", "Tunde Adeyemi",
     "good morning mr adeyemi"),
    ("hello ms okoro it was great to hear about the ward rota and the new triage desk", "Ngozi Okoro",
     "hello ms okoro"),
    ("Hi dr fernando thank you for showing me the lab and the sample tracking", "Ruwan Fernando", "Hi dr fernando"),
])
def test_a_lower_case_title_and_surname_glued_to_the_message_name_the_interviewer(body, person, greeting):
    from followup_lint.rules.punctuation_lines import GreetingPunctuation

    found = codes(body + "\n\nSent from my phone", _one(person))
    assert "FL201" not in found and "FL203" not in found
    assert flagged_texts(GreetingPunctuation, body, _one(person)) == [greeting]


def test_a_lower_case_title_before_somebody_elses_surname_does_not_name_the_interviewer():
    body = "good morning mr baker thanks again for walking me through the night audit"
    assert "FL201" in codes(body, _one("Tunde Adeyemi"))


@pytest.mark.parametrize("greeting", ["Assalam o Alaikum Mr. Hashmi,", "Asalam-o-Alaikum Sir Hashmi,",
                                      "Salam alaikum Bilal,", "Assalamualaikum Mr Hashmi,"])
def test_a_transliterated_salam_is_a_salutation_before_the_name(greeting):
    from followup_lint.rules.spelling import MisspelledWord

    body = f"{greeting}\n\nThank you for the interview today.\n\nBest regards,\nSam"
    found = codes(body, _one("Bilal Hashmi"))
    assert "FL201" not in found and "FL203" not in found and "FL108" not in found
    assert flagged_texts(MisspelledWord, body) == []


@pytest.mark.parametrize("greeting,person,named", [
    ("Hi Pan,", "Wei Pan", True), ("Dear Major,", "Tom Major", True), ("Hi Bu,", "Bu Xin", True),
    ("Dear Major,", "Ngozi Okafor", False), ("Hi Pan,", "Ngozi Okafor", False),
])
def test_an_honorific_alone_that_is_the_interviewers_name_names_them(greeting, person, named):
    found = codes(f"{greeting}\n\nThank you for the interview today.\n\nBest regards,\nSam", _one(person))
    assert ("FL201" not in found) is named and "FL203" not in found


@pytest.mark.parametrize("greeting", ["Dear Whoever,", "To whomever it may concern,", "Hello whoever reads this,"])
def test_an_address_to_an_unknown_reader_names_no_stranger(greeting):
    found = codes(f"{greeting}\n\n" + LETTER_BODY)
    assert "FL203" not in found and "FL205" not in found
